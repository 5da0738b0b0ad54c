# one plain full-frame pass of RapidOCR's default engine (the rapidocr 3.x package with bundled PP-OCRv6 small, as in /tmp/venv) per image
import glob, time, sys, json, numpy as np
from PIL import Image
from rapidocr import RapidOCR
eng=RapidOCR(params={'Global.log_level':'critical'} ) if True else None
res={}
for f in sorted(glob.glob('/tmp/ho41/screens/corpus/*')):
    im=np.array(Image.open(f).convert('RGB'))
    eng(im[:64,:64])  # warm
    t=time.time(); eng(im); res[f.split('/')[-1]]=time.time()-t
    print(f.split('/')[-1],'%.2f'%res[f.split('/')[-1]],flush=True)
json.dump(res,open('/tmp/ho41/screens/results/times_rapid_default.json','w'),indent=0)
