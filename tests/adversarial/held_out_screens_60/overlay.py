import json, sys
from PIL import Image, ImageDraw
t = json.load(open("/tmp/ho39/screens/truth/%s.json" % sys.argv[1]))
im = Image.open("/tmp/ho39/screens/corpus/" + t["file"]).convert("RGB"); d = ImageDraw.Draw(im)
for it in t["items"]:
    for b in it["boxes"]:
        d.rectangle(b, outline=(255, 0, 0) if it["role"] == "id" else (0, 200, 0), width=2)
s = float(sys.argv[2]) if len(sys.argv) > 2 else 1
im = im.resize((int(im.width * s), int(im.height * s)))
im.save("/tmp/ho39/screens/tmp/ov.png")
