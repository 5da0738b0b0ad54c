import json, sys
from PIL import Image, ImageDraw
from common import *
for f in sys.argv[1:]:
    t = json.load(open(f"{BUILD}/truth/{f}.json")); im = Image.open(f"{CORPUS}/{f}").convert("RGB"); d = ImageDraw.Draw(im)
    for s in t['secrets']: d.rectangle(s['box'], outline=(255,0,0), width=2)
    for k in t['keeps']: d.rectangle(k['box'], outline=(0,170,0), width=1)
    im.save(f"{BUILD}/ov_{f}")
