# one plain full-frame pass of RapidOCR's default engine (the /tmp/venv rapidocr, default config) per image
import sys, time, glob, os, csv
from PIL import Image
import numpy as np
from rapidocr import RapidOCR
eng = RapidOCR()
files = sorted(glob.glob('/tmp/ho40/screens/corpus/*'))
w = csv.writer(open('/tmp/ho40/screens/timings_plain_rapidocr.csv', 'w')); w.writerow(['file', 'plain_s', 'n_boxes'])
eng(np.zeros((64, 64, 3), np.uint8) + 255)  # warm-up
for f in files:
    im = Image.open(f); im.seek(0); a = np.asarray(im.convert('RGB'))[:, :, ::-1].copy()
    t = time.time(); r = eng(a); dt = time.time() - t
    n = len(r.txts) if getattr(r, 'txts', None) is not None else 0
    w.writerow([os.path.basename(f), '%.3f' % dt, n]); print(os.path.basename(f), '%.2f' % dt, n, flush=True)
