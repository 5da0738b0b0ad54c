import json,sys
from PIL import Image,ImageDraw
for nm in sys.argv[1:]:
    t=json.load(open(f'/tmp/ho51/screens/truth/{nm}.json')); im=Image.open(f'/tmp/ho51/screens/corpus/'+t['image']).convert('RGB'); d=ImageDraw.Draw(im)
    for it in t['items']: d.rectangle(it['box'],outline='red' if it['cls']=='secret' else 'lime')
    im.save(f'/tmp/ho51/screens/gen/_ov_{nm}.png')
