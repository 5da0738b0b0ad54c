import sys, json
from PIL import Image, ImageDraw
n=sys.argv[1]; t=json.load(open(f'/tmp/ho48/screens/truth/{n}.json')); im=Image.open('/tmp/ho48/screens/corpus/'+t['file']).convert('RGB'); d=ImageDraw.Draw(im)
for i in t['items']:
  for r in i['rects']: d.rectangle(r,outline='red' if i['t']=='S' else 'lime')
im.save('/tmp/ho48/screens/work/chk.png')
