import sys, json
from PIL import Image, ImageDraw
f = sys.argv[1]; t = json.load(open('/tmp/ho40/screens/truth/%s.json' % f))
im = Image.open('/tmp/ho40/screens/corpus/' + f).convert('RGB'); d = ImageDraw.Draw(im)
for it in t['items']:
    for b in it['boxes']: d.rectangle(b, outline=(255,0,0), width=2)
for k in t['keeps']: d.rectangle(k['box'], outline=(0,160,255), width=1)
im.save('/tmp/ho40/screens/ov.png')
