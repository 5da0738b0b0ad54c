"""Time one plain full-frame pass of RapidOCR's default engine (the /tmp/venv rapidocr 3.10 defaults) per image."""
import sys, glob, time, json, os
from rapidocr import RapidOCR
eng = RapidOCR()
res = {}
for p in sorted(glob.glob("/tmp/ho39/screens/corpus/*")):
    t = time.perf_counter(); eng(p); res[os.path.basename(p)] = time.perf_counter() - t
    print("%-45s %.2f" % (os.path.basename(p), res[os.path.basename(p)]), flush=True)
json.dump(res, open("/tmp/ho39/screens/fullframe_times.json", "w"), indent=1)
