import json,sys
from PIL import Image,ImageDraw
for n in sys.argv[1:]:
    e=json.load(open(f'/tmp/ho36/screens/truth_parts/{n}.json'))
    im=Image.open('/tmp/ho36/screens/corpus/'+n).convert('RGB'); d=ImageDraw.Draw(im)
    for it in e['items']:
        for b in it['boxes']: d.rectangle(b,outline=(255,0,0) if it['kind']=='secret' else (0,160,255),width=1)
    im.save('/tmp/ho36/screens/gen/tmp/chk_'+n.rsplit('.',1)[0]+'.png')
