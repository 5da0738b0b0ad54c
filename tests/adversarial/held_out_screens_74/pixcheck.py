# adds "changed" (fraction of box pixels altered by redaction) to each visual item of a score JSON; in-place
import json, sys, numpy as np
from PIL import Image
S=sys.argv[1]; C=sys.argv[2] if len(sys.argv)>2 else "/tmp/ho44/screens/corpus"
R=json.load(open(S))
def flat(im):
    if im.mode in ("RGBA","LA","P"):
        im=im.convert("RGBA"); b=Image.new("RGBA",im.size,(255,255,255,255)); b.alpha_composite(im); return b.convert("RGB")
    return im.convert("RGB")
for r in R:
    if not r["out"]: continue
    a=flat(Image.open(C+"/"+r["file"])); b=flat(Image.open(r["out"]))
    if b.size!=a.size: b=b.resize(a.size)
    A=np.asarray(a).astype(int); B=np.asarray(b).astype(int); D=np.abs(A-B).max(axis=2)>48
    for e in r["items"]:
        if not e["rects"]: continue
        tot=0; ch=0
        for x0,y0,x1,y1 in e["rects"]:
            x0,y0=max(0,int(x0)),max(0,int(y0)); x1,y1=min(a.width,int(x1)+1),min(a.height,int(y1)+1)
            sub=D[y0:y1,x0:x1]; tot+=sub.size; ch+=int(sub.sum())
        e["changed"]=ch/max(1,tot)
json.dump(R,open(S,"w"),indent=1)
