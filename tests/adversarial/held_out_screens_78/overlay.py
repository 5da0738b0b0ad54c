import json,sys
from PIL import Image,ImageDraw
t=json.load(open(sys.argv[1]))
for f in sys.argv[2:]:
    im=Image.open("corpus/"+f).convert("RGB"); d=ImageDraw.Draw(im)
    for it in t[f]["items"]:
        for b in it.get("boxes",[it.get("box")]):
            d.rectangle(b,outline=(255,0,0) if it["r"]=="id" else (0,160,255))
    im.save("work/ov_"+f)
