# one plain full-frame pass of the bundled OCR engine (RapidOCR default, as installed with Attest's venv) per image
import glob, time, json, sys, os
from rapidocr import RapidOCR
from PIL import Image
import numpy as np
e = RapidOCR()
files = sorted(glob.glob("/tmp/ho38/screens/corpus/*"))
e(np.asarray(Image.open(files[0]).convert("RGB")))  # warm-up
out = {}
for f in files:
    im = np.asarray(Image.open(f).convert("RGB"))
    t = time.perf_counter(); e(im); out[os.path.basename(f)] = time.perf_counter() - t
    print(os.path.basename(f), round(out[os.path.basename(f)], 3), flush=True)
json.dump(out, open("/tmp/ho38/screens/runs/plain_ocr_times.json", "w"), indent=1)
