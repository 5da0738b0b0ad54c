"""score.py MODE DIR  — MODE=orig (verify truth on corpus) or out (score redacted outputs in DIR vs truth)."""
import sys, os, json, re, glob, subprocess, hashlib, time, difflib
sys.path.insert(0,'/tmp/ho41/screens/gen')
from PIL import Image, ImageOps
import numpy as np
ROOT='/tmp/ho41/screens'
CACHE=os.environ.get('OCRCACHE',ROOT+'/build/ocrcache.json')
cache={}
for _f in glob.glob(ROOT+'/build/ocrcache*.json'):
    try: cache.update(json.load(open(_f)))
    except Exception: pass
_rapid=None
def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR  # PP-OCRv4 det/rec (Attest bundles PP-OCRv6)
        _rapid=RapidOCR(det_limit_side_len=2000,det_box_thresh=0.3,det_unclip_ratio=2.0,text_score=0.3,use_angle_cls=True,print_verbose=False)
    return _rapid
def views(im):
    if im.mode in('RGBA','LA','PA') or (im.mode=='P' and 'transparency' in im.info):
        im=im.convert('RGBA'); a=np.array(im)
        out=[]
        for bg in (255,0):
            al=a[...,3:4]/255.0; out.append(Image.fromarray((a[...,:3]*al+bg*(1-al)).astype('uint8')))
        out.append(Image.fromarray(a[...,:3]))   # alpha dropped: what a tool that ignores alpha shows
        return out
    return [im.convert('RGB')]
def full_ocr(img,tag):
    """full-frame OCR of one view by both engines; returns list of (engine, text, box) in image coords"""
    key=hashlib.md5(img.tobytes()).hexdigest()+tag
    if key in cache: return cache[key]
    out=[]
    big=img.resize((img.width*2,img.height*2),Image.LANCZOS); big.save('/tmp/ho41/screens/build/_t.png')
    r=subprocess.run(['tesseract','/tmp/ho41/screens/build/_t.png','-','--psm','11','tsv'],capture_output=True,text=True,env=dict(os.environ,OMP_THREAD_LIMIT='1'))
    r2=r
    for tsv in (r.stdout,):
        for ln in tsv.splitlines()[1:]:
            f=ln.split('\t')
            if len(f)==12 and f[11].strip():
                x,y,w,h=map(int,f[6:10]); out.append((0,f[11],[x/2,y/2,(x+w)/2,(y+h)/2]))
    res,_=rapid()(np.array(img)[:,:,::-1])
    for b,t,sc in (res or []):
        xs=[p[0] for p in b]; ys=[p[1] for p in b]; out.append((1,t,[min(xs),min(ys),max(xs),max(ys)]))
    cache[key]=out; return out
CONF=str.maketrans({'O':'0','Q':'0','I':'1','L':'1','S':'5','Z':'2','B':'8','G':'6'})
def canon(s): return re.sub(r'[^A-Z0-9]','',s.upper()).translate(CONF)
def lcs(a,b):
    if not a or not b: return 0
    prev=[0]*(len(b)+1)
    for x in a:
        cur=[0]
        for j,y in enumerate(b): cur.append(prev[j]+1 if x==y else max(prev[j+1],cur[j]))
        prev=cur
    return prev[-1]
def lcsub(a,b):
    m=difflib.SequenceMatcher(None,a,b,autojunk=False).find_longest_match(0,len(a),0,len(b)); return m.size
def angles_for(truth,it):
    f=it.get('form',''); tr=truth.get('transform','')
    a=[0]
    m=re.search(r'rot(-?\d+)',f)
    if m: a.append(int(m.group(1)))      # Qt clockwise -> PIL rotate(+a) undoes
    m=re.search(r'rotated (-?[\d.]+)',tr)
    if m:
        x=float(m.group(1)); base=list(a)
        a+= [ (b - x) for b in base]       # PIL transpose/cv2 ccw -> rotate(-x) undoes
    return sorted(set(a))
def rot_view(v,ang):
    if not ang: return v,(lambda p:p)
    w,h=v.size; fill=tuple(int(x) for x in np.median(np.array(v.resize((64,64))).reshape(-1,3),0))
    rv=v.rotate(ang,expand=True,fillcolor=fill); W,H=rv.size
    a=np.deg2rad(ang); c,s_=np.cos(a),np.sin(a)
    def fn(p):  # PIL rotate ccw by ang about centre, then expand offset
        x=p[:,0]-w/2; y=p[:,1]-h/2
        return np.stack([x*c+y*s_+W/2, -x*s_+y*c+H/2],1)
    return rv,fn
def boxmap(b,fn):
    pts=np.array([[b[0],b[1]],[b[2],b[1]],[b[2],b[3]],[b[0],b[3]]],float); q=fn(pts); return [q[:,0].min(),q[:,1].min(),q[:,0].max(),q[:,1].max()]
def ov(a,b):
    ix=max(0,min(a[2],b[2])-max(a[0],b[0])); iy=max(0,min(a[3],b[3])-max(a[1],b[1])); return ix*iy
def texts_for(ocrs,b,pad=3):
    bb=[b[0]-pad,b[1]-pad,b[2]+pad,b[3]+pad]; ab=max(1,(bb[2]-bb[0])*(bb[3]-bb[1]))
    res=[[],[]]
    for e,t,ob in ocrs:
        ao=max(1,(ob[2]-ob[0])*(ob[3]-ob[1])); i=ov(bb,ob)
        if i/ao>=0.5 or i/ab>=0.3: res[e].append((ob[1],ob[0],t))
    return [' '.join(t for _,_,t in sorted(r)) for r in res]
def read_item(frames,truth,it):
    """frames: dict ang->(list of (views OCR lists), fn)"""
    per=['','']
    for ang in angles_for(truth,it):
        ocrl,fn=frames[ang]
        parts=[[],[]]
        for b in it['boxes']:
            mb=boxmap(b,fn)
            for ocrs in ocrl:
                t=texts_for(ocrs,mb)
                for e in (0,1): parts[e].append(t[e])
        for e in (0,1): per[e]+=' '+' '.join(parts[e])
    return per
STOP={'road','street','lane','close','the','and','of'}
def judge(it,per):
    """returns (readable_chars, leaked, detail)"""
    kind=it['kind']; val=it['value']
    if kind=='keep':
        kv=canon(val); best=0
        for p in per:
            cp=canon(p)
            if kv and kv in cp: best=1; break
            if kv and len(kv)>=3:
                m=difflib.SequenceMatcher(None,kv,cp,autojunk=False); best=max(best,sum(x.size for x in m.get_matching_blocks())/len(kv))
        return best, best>=0.8, per
    if kind in('name','address'):
        words=[w for w in re.findall(r"[A-Za-zÀ-ÿ'’-]+",val) if len(w)>=3 and w.lower() not in STOP]
        hit=[]
        for w in words:
            for p in per:
                toks=re.findall(r"[A-Za-zÀ-ÿ'’-]+",p)
                if any(difflib.SequenceMatcher(None,w.lower(),t.lower()).ratio()>=0.85 for t in toks): hit.append(w); break
        return len(hit), bool(hit), per
    v=canon(val); need=min(8,len(v))
    if kind=='postcode': need=len(v)
    best=max(lcs(v,canon(p)) for p in per)
    return best, best>=need, per
def score_file2(mode,d,tf,tdir):
    rows=[]
    if True:
        tr=json.load(open(tf)); fn=tr['file']
        if mode=='orig': p=(ROOT+'/corpus/'+fn) if tdir.endswith('/truth') else (tdir+'/'+fn)
        else:
            cands=[x for x in glob.glob(d+'/'+os.path.splitext(fn)[0]+'*') if not x.endswith('.json')]
            if not cands: rows.append(dict(file=fn,missing_output=True)); return rows
            p=cands[0]
        im=Image.open(p); im.load(); vw=views(im)
        angs=sorted(set(a for it in tr['items'] for a in angles_for(tr,it)))
        frames={}
        for a in angs:
            ocrl=[];fn=None
            for k,v in enumerate(vw):
                rv,fn=rot_view(v,a)
                if rv.width*rv.height>2_000_000:
                    bx=[boxmap(b,fn) for it in tr['items'] for b in it['boxes']]
                    X0=max(0,int(min(b[0] for b in bx))-40);Y0=max(0,int(min(b[1] for b in bx))-40);X1=min(rv.width,int(max(b[2] for b in bx))+40);Y1=min(rv.height,int(max(b[3] for b in bx))+40)
                    res=full_ocr(rv.crop((X0,Y0,X1,Y1)),'v%d'%k); ocrl.append([(e,t,[b[0]+X0,b[1]+Y0,b[2]+X0,b[3]+Y0]) for e,t,b in res])
                else: ocrl.append(full_ocr(rv,'v%d'%k))
            frames[a]=(ocrl,fn)
        for it in tr['items']:
            per=read_item(frames,tr,it); n,flag,per=judge(it,per)
            rows.append(dict(file=tr["file"],out=os.path.basename(p),id=it['id'],kind=it['kind'],keep=it['keep'],value=it['value'],form=it['form'],boxes=it['boxes'],score=n,hit=flag,tess=per[0][:200],rapid=per[1][:200]))
        json.dump(cache,open(CACHE,'w'))
    return rows
def truthfiles(tdir): return sorted(glob.glob(tdir+'/*.json'))
if __name__=='__main__':
    # worker: tasks "mode:outdir:truthdir:tag"; claims (mode,tag,file) with O_EXCL markers; rows per file in results/rows/<tag>/
    T0=time.time()
    for task in sys.argv[1:]:
        mode,d,tdir,tag=task.split(':')
        od=ROOT+'/results/rows/'+tag; os.makedirs(od,exist_ok=True)
        fl=truthfiles(tdir)
        if os.environ.get('REV'): fl=fl[::-1]
        for tf in fl:
            b=os.path.basename(tf)
            if os.path.exists(od+'/'+b): continue
            try: fd=os.open(od+'/'+b+'.claim',os.O_CREAT|os.O_EXCL); os.close(fd)
            except FileExistsError: continue
            rows=score_file2(mode,d,tf,tdir)
            json.dump(rows,open(od+'/'+b,'w'),ensure_ascii=False)
            print(tag,b,'%.0fs'%(time.time()-T0),flush=True)
