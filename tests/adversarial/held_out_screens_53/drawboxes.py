import json,sys
from PIL import Image, ImageDraw
for j in sys.argv[1:]:
    d=json.load(open(j)); im=Image.open(j.rsplit('/',1)[0]+'/'+d['image']).convert('RGB'); dr=ImageDraw.Draw(im)
    for it in d['items']:
        for x,y,w,h in it['rects']: dr.rectangle([x,y,x+w,y+h],outline=(255,0,0) if it['r']=='s' else (0,200,0))
    im.save('/tmp/ho37/screens/t/'+d['image'].replace('.png','_boxes.png'))
