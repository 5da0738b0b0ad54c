import json,sys
from PIL import Image,ImageDraw
t=json.load(open(sys.argv[1])); im=Image.open("/tmp/ho38/screens/corpus/"+t["file"]).convert("RGB"); d=ImageDraw.Draw(im)
for it in t["items"]: d.rectangle(it["box"],outline="red" if it["t"]=="id" else "lime",width=2)
im.save(sys.argv[2])
