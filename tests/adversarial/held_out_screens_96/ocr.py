# OCR every truth item's crop in one image set with Tesseract (2x, psm 6) and RapidOCR 1.4.4 PP-OCRv4 (not Attest's engine)
import json, os, sys, subprocess, tempfile, shutil
os.environ['OMP_THREAD_LIMIT']='1'; os.environ['OMP_NUM_THREADS']='1'
from PIL import Image
from rapidocr_onnxruntime import RapidOCR
ENG=RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
def crops(im, items):
    # one crop per line part of each item (a wrapped value has several), padded a little
    out=[]
    for it in items:
        cs=[]
        lines=[]
        for p in (it['parts'] or [it['box']]):   # merge fragments that sit on one line (nested spans, word boxes)
            for L in lines:
                ov=min(L[3],p[3])-max(L[1],p[1])
                if ov>0.5*min(L[3]-L[1],p[3]-p[1]):
                    L[0]=min(L[0],p[0]);L[1]=min(L[1],p[1]);L[2]=max(L[2],p[2]);L[3]=max(L[3],p[3]); break
            else: lines.append(list(p))
        for (x0,y0,x1,y1) in lines:
            h=max(8,y1-y0); px=0.6*h; py=0.25*h
            b=[max(0,int(x0-px)),max(0,int(y0-py)),min(im.width,int(x1+px+1)),min(im.height,int(y1+py+1))]
            if b[2]-b[0]<4 or b[3]-b[1]<4: continue
            cs.append(im.crop(b))
        out.append(cs or None)
    return out
def run(imgpath, items, tmpdir):
    im=Image.open(imgpath); 
    if im.mode in ('RGBA','LA','P'):
        im=im.convert('RGBA'); bg=Image.new('RGBA',im.size,(255,255,255,255)); im=Image.alpha_composite(bg,im)
    im=im.convert('RGB')
    cs=crops(im,items)
    os.makedirs(tmpdir,exist_ok=True); lst=[]
    idx=[]
    for i,cc in enumerate(cs):
        if cc is None: continue
        for j,c in enumerate(cc):
            p=f'{tmpdir}/{i:04d}_{j}.png'; c.resize((c.width*2,c.height*2),Image.LANCZOS).save(p); lst.append(p); idx.append(i)
    tess=['']*len(items); rap=['']*len(items)
    if lst:
        open(f'{tmpdir}/list.txt','w').write('\n'.join(lst)+'\n')
        o=subprocess.run(['tesseract',f'{tmpdir}/list.txt','stdout','--psm','7'],capture_output=True,text=True,timeout=900).stdout
        pages=o.split('\f')
        for k,i in enumerate(idx): tess[i]+=(' ' if tess[i] else '')+(pages[k].strip() if k<len(pages) else '')
    import numpy as np
    for i,cc in enumerate(cs):
        if cc is None: continue
        txt=[]
        for c in cc:
            res,_=ENG(np.array(c),use_det=False,use_cls=False)   # recogniser only on the line crop
            txt+= [x[0] for x in (res or [])]
        rap[i]=' '.join(txt)
    shutil.rmtree(tmpdir,ignore_errors=True)
    return tess,rap
if __name__=='__main__':
    # usage: ocr.py TRUTH.json IMGDIR OUT.json
    T=json.load(open(sys.argv[1])); D=sys.argv[2]; res={}
    if os.path.exists(sys.argv[3]): res=json.load(open(sys.argv[3]))
    for n,t in T.items():
        if n in res: continue
        p=t['file']; ip=os.path.join(D,os.path.basename(p))
        if not os.path.exists(ip): res[n]={'missing':True}; continue
        tess,rap=run(ip,t['items'],f'/tmp/ho49/screens/tmp/ocr_{os.getpid()}')
        res[n]={'tess':tess,'rapid':rap}
        json.dump(res,open(sys.argv[3],'w'))
        print(n,flush=True)
