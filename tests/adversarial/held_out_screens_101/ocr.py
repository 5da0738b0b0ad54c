# OCR an image folder with Tesseract (2x, psm 11) and RapidOCR (rapidocr_onnxruntime PP-OCRv4); cache tokens as JSON
import os, sys, json, subprocess, tempfile, csv, io, glob
os.environ['OMP_THREAD_LIMIT']='1'
from PIL import Image
def tess(path):
    im=Image.open(path).convert('RGB'); im=im.resize((im.width*2,im.height*2),Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix='.png') as t:
        im.save(t.name)
        out=subprocess.run(['tesseract',t.name,'stdout','--psm','11','tsv'],capture_output=True,text=True,env=dict(os.environ,OMP_THREAD_LIMIT='1')).stdout
    toks=[]
    for r in csv.DictReader(io.StringIO(out),delimiter='\t',quoting=csv.QUOTE_NONE):
        if r.get('level')=='5' and r['text'].strip():
            x,y,w,h=(int(r[k])/2 for k in ('left','top','width','height'))
            toks.append([r['text'],[x,y,x+w,y+h]])
    return toks
_r=None
def rapid(path):
    global _r
    if _r is None:
        from rapidocr_onnxruntime import RapidOCR
        _r=RapidOCR(intra_op_num_threads=2,inter_op_num_threads=1)
    res,_=_r(path)
    toks=[]
    for box,txt,sc in (res or []):
        xs=[p[0] for p in box]; ys=[p[1] for p in box]
        toks.append([txt,[min(xs),min(ys),max(xs),max(ys)]])
    return toks
if __name__=='__main__':
    src,dst=sys.argv[1],sys.argv[2]; os.makedirs(dst,exist_ok=True)
    files=sorted(f for f in glob.glob(src+'/*') if f.lower().endswith(('.png','.jpg','.jpeg')))
    for f in files:
        o=os.path.join(dst,os.path.basename(f)+'.json')
        if os.path.exists(o): continue
        try: d={'tess':tess(f),'rapid':[[t,[float(x) for x in b]] for t,b in rapid(f)]}
        except Exception as e: d={'error':repr(e),'tess':[],'rapid':[]}
        json.dump(d,open(o,'w')); print(os.path.basename(f),len(d['tess']),len(d['rapid']),flush=True)
