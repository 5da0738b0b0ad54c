# one plain full-frame pass of RapidOCR's default engine (the /tmp/venv rapidocr package, default config) per image
import sys, time, glob, os, json
from rapidocr import RapidOCR
from PIL import Image
import numpy as np
E = RapidOCR(); E(np.zeros((64, 256, 3), np.uint8) + 255)
out = {}
for f in sorted(glob.glob("/tmp/ho45/screens/corpus/*")):
    t = time.time(); im = np.array(Image.open(f).convert("RGB")); r = E(im); out[os.path.basename(f)] = time.time() - t
    print(os.path.basename(f), round(out[os.path.basename(f)], 3), flush=True)
json.dump(out, open("/tmp/ho45/screens/logs/plain_rapid.json", "w"), indent=0)
