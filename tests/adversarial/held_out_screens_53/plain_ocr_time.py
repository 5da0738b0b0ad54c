# one plain full-frame pass of RapidOCR (the rapidocr package in /tmp/venv, default settings) per corpus image, for the relative speed figure
import time, os, sys, statistics, numpy as np
from PIL import Image
from rapidocr import RapidOCR
eng=RapidOCR(); ts={}
for f in sorted(os.listdir("corpus")):
    im=np.array(Image.open("corpus/"+f).convert("RGB"))
    t=time.time(); eng(im); ts[f]=time.time()-t
v=sorted(ts.values()); print("plain_rapidocr median %.2f p90 %.2f"%(statistics.median(v), v[int(0.9*(len(v)-1))]))
for f,t in ts.items(): print(f, "%.3f"%t)
