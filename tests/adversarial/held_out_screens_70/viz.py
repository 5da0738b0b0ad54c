import json, sys
from PIL import Image, ImageDraw
for it in sys.argv[1:]:
    t=json.load(open('/tmp/ho43/screens/truth/%s.json'%it))
    im=Image.open('/tmp/ho43/screens/corpus/'+t['file']).convert('RGB'); d=ImageDraw.Draw(im)
    for e in t['ids']:
        for b in e['boxes']: d.rectangle(b,outline=(255,0,0),width=2)
    for e in t['keeps']:
        for b in e['boxes']: d.rectangle(b,outline=(0,200,0))
    im.save('/tmp/ho43/screens/work/viz_%s.png'%it)
