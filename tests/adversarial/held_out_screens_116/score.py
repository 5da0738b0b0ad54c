"""Score a redacted folder against the truth with Tesseract at 2x and RapidOCR (PP-OCRv4, bundled models).
usage: score.py ORIG_DIR RED_DIR OUT.json [image-substring-filter]"""
import sys, os, json, re, hashlib, subprocess, tempfile, difflib, time
import numpy as np
from PIL import Image, ImageOps
R="/tmp/ho54/screens"; T=json.load(open(f"{R}/truth/truth.json"))
ORIG,RED,OUT=sys.argv[1:4]; FILT=sys.argv[4] if len(sys.argv)>4 else ""
CACHE_F=f"{R}/ocr_cache.json"; cache=json.load(open(CACHE_F)) if os.path.exists(CACHE_F) else {}
def N(s):
    s=re.sub(r'[^0-9A-Za-z]','',s).upper(); return s.translate(str.maketrans("OIL","011"))
def lcs(a,b):
    if not a or not b: return 0
    m=difflib.SequenceMatcher(None,a,b,autojunk=False).find_longest_match(0,len(a),0,len(b)); return m.size
_rapid=None
def rapid(img):
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR; _rapid=RapidOCR(intra_op_num_threads=1,inter_op_num_threads=1)
    # recogniser only (PP-OCRv4 rec): the crop is one line of the item's own box
    res,_=_rapid(np.array(img.convert("RGB")),use_det=False,use_cls=False)
    return " ".join(r[0] for r in (res or []) if r[1]>0.3)
def crops(img,item):
    out=[]
    for x,y,w,h in item["boxes"]:
        ph=max(2,0.15*h); pw=max(5,0.6*h) if item["role"]=="id" else 2  # keeps: their own box only
        out.append(img.crop((max(0,int(x-pw)),max(0,int(y-ph)),min(img.width,int(x+w+pw+1)),min(img.height,int(y+h+ph+1)))))
    return out
def key(c,eng): return eng+hashlib.md5(c.tobytes()+str(c.size).encode()).hexdigest()
def tess_batch(cs):
    """Tesseract at 2x: crops stacked into montages, one tesseract call per montage."""
    todo=[c for c in cs if key(c,"t") not in cache]
    i=0
    while i<len(todo):
        chunk=[];H=10
        while i<len(todo) and H<16000:
            c=todo[i].convert("L"); c=c.resize((c.width*2,c.height*2),Image.LANCZOS)
            if np.asarray(c).mean()<110: c=ImageOps.invert(c)
            chunk.append((todo[i],c,H)); H+=c.height+30; i+=1
        W=max(c.width for _,c,_ in chunk)+20; m=Image.new("L",(W,H),255)
        for _,c,y in chunk: m.paste(c,(10,y))
        with tempfile.NamedTemporaryFile(suffix=".png") as f:
            m.save(f.name); tsv=subprocess.run(["nice","tesseract",f.name,"-","--psm","6","tsv"],capture_output=True,text=True).stdout
        words=[]
        for ln in tsv.splitlines()[1:]:
            p=ln.split("\t")
            if len(p)==12 and p[11].strip(): words.append((int(p[7])+int(p[9])/2,int(p[2]),int(p[3]),int(p[4]),int(p[5]),int(p[6]),p[11]))
        for orig,c,y in chunk:
            ws=sorted([w for w in words if y-5<=w[0]<=y+c.height+5],key=lambda w:(w[1],w[2],w[3],w[4],w[5]))
            cache[key(orig,"t")]=" ".join(w[6] for w in ws)
def read_item(img,item):
    cs=crops(img,item); res={}
    for eng in ("t","r"):
        texts=[]
        for c in cs:
            k=key(c,eng)
            if k not in cache: cache[k]=rapid(c) if eng=="r" else None
            texts.append(cache[k])
        res[eng]=texts
    return res
def chars(texts,v):
    if len(texts)==1: return lcs(N(texts[0]),v)
    return max(lcs(N(" ".join(texts)),v),sum(lcs(N(t),v) for t in texts))
results=[]; t0=time.time()
for t in T:
    if FILT and FILT not in t["image"]: continue
    for phase,d in (("before",ORIG),("after",RED)):
        p=os.path.join(d,t["image"])
        if not os.path.exists(p):
            alt=[f for f in os.listdir(d) if os.path.splitext(f)[0]==os.path.splitext(t["image"])[0]] if os.path.isdir(d) else []
            p=os.path.join(d,alt[0]) if alt else None
        t[phase+"_file"]=p
    imo=Image.open(t["before_file"]); imo.load()
    if imo.mode in("RGBA","LA","P"): imo=imo.convert("RGBA"); bg=Image.new("RGBA",imo.size,(255,255,255,255)); imo=Image.alpha_composite(bg,imo)
    imo=imo.convert("RGB")
    imr=None
    if t["after_file"]:
        imr=Image.open(t["after_file"]); imr.load()
        if imr.mode in("RGBA","LA","P"): imr=imr.convert("RGBA"); imr=Image.alpha_composite(Image.new("RGBA",imr.size,(255,255,255,255)),imr)
        imr=imr.convert("RGB")
        if imr.size!=imo.size: imr=imr.resize(imo.size)
    tess_batch([c for it in t["items"] for c in crops(imo,it)])
    if imr is not None: tess_batch([c for it in t["items"] for c in crops(imr,it)])
    for it in t["items"]:
        v=N(it["value"]); k=min(8,len(v))
        b=read_item(imo,it); cb={e:chars(b[e],v) for e in b}
        rec=dict(image=t["image"],design=t["design"],toolkit=t["toolkit"],scale=t["scale"],theme=t["theme"],jpeg=bool(t.get("derived")),
                 id=it["id"],role=it["role"],kind=it["kind"],value=it["value"],surface=it["surface"],need=k,before=cb,
                 readable=max(cb.values())>=k,before_text={e:" | ".join(x or "" for x in b[e]) for e in b})
        if rec["readable"]:
            if imr is None: rec["after"]=None; rec["leak"]=None
            else:
                a=read_item(imr,it); ca={e:chars(a[e],v) for e in a}
                rec["after"]=ca; rec["after_text"]={e:" | ".join(x or "" for x in a[e]) for e in a}
                rec["still"]=max(ca.values())>=k
        results.append(rec)
    print(t["image"],round(time.time()-t0),flush=True)
    json.dump(cache,open(CACHE_F,"w"))
json.dump(results,open(OUT,"w"),indent=0)
def pct(a,b): return f"{100*a/b:.2f}% ({a}/{b})" if b else "n/a"
ids=[r for r in results if r["role"]=="id" and r["readable"] and r["kind"]!="mpan_top"]
keeps=[r for r in results if r["role"]=="keep" and r["readable"]]
print("strict recall",pct(sum(1 for r in ids if r.get("still") is False),len(ids)),"keep-rate",pct(sum(1 for r in keeps if r.get("still")),len(keeps)))
