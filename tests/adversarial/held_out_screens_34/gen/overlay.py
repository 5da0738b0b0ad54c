import sys, json
from PIL import Image, ImageDraw
t = json.load(open("/tmp/ho32/screens/truth.json"))["images"]
for f in sys.argv[1:]:
    e = t[f]; im = Image.open("/tmp/ho32/screens/" + f).convert("RGB"); d = ImageDraw.Draw(im)
    for s in e["secrets"]:
        if s.get("box"): d.rectangle(s["box"], outline=(255, 0, 0), width=2)
    for k in e["keeps"]: d.rectangle(k["box"], outline=(0, 200, 0), width=1)
    im.save("/tmp/ho32/ov_" + f.rsplit(".",1)[0] + ".png")
