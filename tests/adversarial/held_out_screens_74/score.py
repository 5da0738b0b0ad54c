#!/usr/bin/env python
"""Scorer: python score.py CORPUS TRUTH OUTDIR REPORT_JSON   (OUTDIR='-' = baseline on originals only)"""
import sys, os, json, re, subprocess, tempfile, io, glob, zlib
from PIL import Image, ImageOps
import numpy as np
from rapidocr_onnxruntime import RapidOCR
CORPUS, TRUTH, OUTDIR, REP = sys.argv[1:5]
ENG = RapidOCR()
TMP = tempfile.mkdtemp()
P=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_ok(s): return len(s)==13 and s.isdigit() and sum(int(a)*p for a,p in zip(s[:12],P))%11%10==int(s[12])
def norm(s): return re.sub(r'[^A-Z0-9]','',s.upper())
def lcs_subseq(a,b):
    if not a or not b: return 0
    prev=[0]*(len(b)+1)
    for ca in a:
        cur=[0]
        for j,cb in enumerate(b): cur.append(prev[j]+1 if ca==cb else max(prev[j+1],cur[j]))
        prev=cur
    return prev[-1]
def lcs_substr(a,b):
    best=0
    for i in range(len(a)):
        for j in range(len(b)):
            k=0
            while i+k<len(a) and j+k<len(b) and a[i+k]==b[j+k]: k+=1
            best=max(best,k)
    return best
def views(im):
    """what a viewer could show: flattened on light and on dark, and raw RGB (alpha ignored)"""
    if im.mode in ("RGBA","LA") or (im.mode=="P" and "transparency" in im.info):
        im=im.convert("RGBA"); out={}
        for nm,bg in (("light",(255,255,255)),("dark",(0,0,0))):
            b=Image.new("RGBA",im.size,bg+(255,)); b.alpha_composite(im); out[nm]=b.convert("RGB")
        out["rgb_raw"]=im.convert("RGB"); return out
    return {"rgb":im.convert("RGB")}
def tess(crop):
    p=os.path.join(TMP,"c.png"); crop.save(p)
    r=subprocess.run(["tesseract",p,"stdout","--psm","7"],capture_output=True,text=True)
    return r.stdout.strip()
def rapid(crop):
    a=np.array(crop.convert("RGB"))[:,:,::-1]
    res,_=ENG(a, use_det=False, use_cls=False, text_score=0.3)
    return " ".join(r[0] if isinstance(r[0],str) else r[1] for r in res) if res else ""
def prep(img, r, undo):
    x0,y0,x1,y1=r; pad=max(4,0.15*min(x1-x0,y1-y0))
    box=(max(0,int(x0-pad)),max(0,int(y0-pad)),min(img.width,int(x1+pad+1)),min(img.height,int(y1+pad+1)))
    if box[2]-box[0]<3 or box[3]-box[1]<3: return None
    c=img.crop(box)
    if undo: c=c.rotate(undo,expand=True,fillcolor=c.getpixel((0,0)),resample=Image.BICUBIC)
    return c
def tess_batch(crops):
    """one tesseract call per image view: crops (grey, dark ones inverted, 2x) stacked with gaps; words mapped back by row"""
    if not crops: return []
    rows=[]
    for c in crops:
        g=c.convert("L")
        if np.array(g).mean()<110: g=ImageOps.invert(g)
        g=g.resize((g.width*2,g.height*2),Image.LANCZOS); rows.append(g)
    W=max(r.width for r in rows)+80; H=sum(r.height+60 for r in rows)+60
    canvas=Image.new("L",(W,H),255); y=40; spans=[]
    for r in rows: canvas.paste(r,(40,y)); spans.append((y-20,y+r.height+20)); y+=r.height+60
    p=os.path.join(TMP,"b.png"); canvas.save(p)
    out=subprocess.run(["tesseract",p,"stdout","--psm","4","tsv"],capture_output=True,text=True).stdout
    res=[[] for _ in rows]
    for line in out.splitlines()[1:]:
        f=line.split("\t")
        if len(f)<12 or not f[11].strip(): continue
        cy=int(f[7])+int(f[9])/2
        for i,(a,b) in enumerate(spans):
            if a<=cy<=b: res[i].append((int(f[6]),f[11])); break
    return [" ".join(w for _,w in sorted(r)) for r in res]
def ocr_view(img, items_rects):
    """items_rects: list of (rects, undo). returns list of (tess_text, rapid_text) per item"""
    flat=[]; owner=[]
    for k,(rects,undo) in enumerate(items_rects):
        for r in rects:
            c=prep(img,r,undo)
            if c is not None: flat.append(c); owner.append(k)
    tt=tess_batch(flat)
    rt=[]
    for c in flat:
        c2=c if c.height>=32 else c.resize((c.width*2,c.height*2),Image.LANCZOS)
        rt.append(rapid(ImageOps.expand(c2,border=16,fill=c2.getpixel((0,0)))))
    T=[[] for _ in items_rects]; R=[[] for _ in items_rects]
    for o,a,b in zip(owner,tt,rt): T[o].append(a); R[o].append(b)
    return [(" ".join(a)," ".join(b)) for a,b in zip(T,R)]
def undo_angle(t,it):
    r=it.get("rot",0) or 0
    if not r: return 0
    return r if t["toolkit"].startswith("chromium") else -r
def id_leak(it, text):
    v=it["value"]; k=it["kind"]; n=norm(text)
    if k in ("NAME","ADDRESS"):
        words=[norm(w) for w in re.split(r"[\s,]+",v) if len(norm(w))>=3 and not norm(w).isdigit()]
        hit=[w for w in words if re.search(r'(?<![A-Z])'+re.escape(w)+r'(?![A-Z])', re.sub(r'[^A-Z0-9 ]',' ',text.upper()).replace(' ','  ')) or w in n and len(w)>=5]
        return bool(hit), " ".join(hit)
    if k=="POSTCODE":
        nv=norm(v); return nv in n, nv if nv in n else ""
    nv=norm(v); L=lcs_subseq(nv,n)
    if len(nv)<8: return nv in n, ""
    return L>=8, f"lcs={L} substr={lcs_substr(nv,n)}"
def keep_ok(it, text):
    kv=norm(it["value"]); n=norm(text)
    if not kv: return True
    if kv in n: return True
    # fuzzy: allow one error per 6 chars
    return lcs_subseq(kv,n) >= len(kv)-max(1,len(kv)//6)
def meta_leak(path, value):
    raw=open(path,"rb").read(); blobs=[raw]
    try:
        im=Image.open(path)
        for kk,vv in im.info.items():
            if isinstance(vv,bytes): blobs.append(vv)
            elif isinstance(vv,str): blobs.append(vv.encode())
    except Exception: pass
    nv=value.encode()
    return any(nv in b for b in blobs) or any(value.split()[-1].encode() in b for b in blobs if " " in value)
def file_props(path):
    d={}
    try:
        im=Image.open(path); d["mode"]=im.mode; d["format"]=im.format; d["size"]=im.size
        d["alpha"]=im.mode in("RGBA","LA","PA") or "transparency" in im.info
        d["icc"]="icc_profile" in im.info and bool(im.info["icc_profile"])
        d["info_keys"]=sorted(k for k in im.info.keys() if k not in ("dpi","jfif","jfif_version","jfif_unit","jfif_density","progression","progressive","gamma","srgb","adobe","adobe_transform"))
        d["exif"]=bool(im.info.get("exif"))
    except Exception as e: d["error"]=str(e)
    return d
def find_out(fname):
    if OUTDIR=="-": return None
    stem=os.path.splitext(fname)[0]
    c=[p for p in glob.glob(os.path.join(OUTDIR,"**",stem+"*"),recursive=True) if os.path.isfile(p) and not p.endswith(".json")]
    c=[p for p in c if os.path.splitext(os.path.basename(p))[0] in (stem, stem+".redacted", stem+"_redacted", stem+"-redacted") or os.path.basename(p)==fname]
    ex=[p for p in c if os.path.basename(p)==fname]
    return ex[0] if ex else (sorted(c,key=len)[0] if c else None)
results=[]
BASE={}
if os.environ.get("BASE"):
    for r in json.load(open(os.environ["BASE"])):
        for i,e in enumerate(r["items"]): BASE[(r["file"],i)]=e
ONLY=os.environ.get("ONLY")
for tf in sorted(glob.glob(os.path.join(TRUTH,"*.json"))):
    t=json.load(open(tf)); f=t["file"]; src=os.path.join(CORPUS,f)
    if ONLY and os.path.basename(tf)[:-5] not in ONLY.split(","): continue
    out=find_out(f)
    rec={"file":f,"toolkit":t["toolkit"],"out":out,"items":[]}
    if OUTDIR!="-": rec["out_props"]=file_props(out) if out else None
    oimg=Image.open(src); oviews=views(oimg)
    rviews=views(Image.open(out)) if out else None
    if rviews:
        # map views by name; if output lost alpha, compare all original views against the single output view
        pass
    vis=[(i,it) for i,it in enumerate(t["items"]) if not it.get("meta")]
    need_orig=[(i,it) for i,it in vis if (f,i) not in BASE]
    OT={}
    for vn,vi in oviews.items():
        res=ocr_view(vi,[(it["rects"],undo_angle(t,it)) for i,it in need_orig])
        for (i,it),tx in zip(need_orig,res): OT.setdefault(i,{})[vn]=list(tx)
    RT={}
    if out and rviews:
        oi=list(rviews.values())[0]; sc=oi.width/oimg.width if oi.size!=oimg.size else 1.0
        for vn,vi in rviews.items():
            res=ocr_view(vi,[([[c*sc for c in r] for r in it["rects"]],undo_angle(t,it)) for i,it in vis])
            for (i,it),tx in zip(vis,res): RT.setdefault(i,{})[vn]=list(tx)
    for idx,it in enumerate(t["items"]):
        e={"type":it["type"],"kind":it["kind"],"value":it["value"],"rects":it["rects"],"hidden":it.get("hidden",False),"meta":it.get("meta")}
        if it.get("meta"):
            e["orig_readable"]=meta_leak(src,it["value"])
            if out: e["out_leak"]=meta_leak(out,it["value"]); e["out_text"]="(metadata bytes)"
            rec["items"].append(e); continue
        und=undo_angle(t,it)
        # original readability
        if (f,idx) in BASE: otexts=BASE[(f,idx)]["orig_text"]
        else:
            otexts=OT[idx]
        e["orig_text"]=otexts
        if it["type"]=="id":
            e["orig_readable"]=any(id_leak(it,tt)[0] for v in otexts.values() for tt in v) or it.get("hidden",False)
        else:
            e["orig_readable"]=any(keep_ok(it,tt) for v in otexts.values() for tt in v)
            nv=norm(it["value"]); e["ambiguous_mpan_like"]=mpan_ok(nv)
        if out and rviews:
            sc=1.0
            oi=list(rviews.values())[0]
            if oi.size!=oimg.size: sc=oi.width/oimg.width
            rr=[[c*sc for c in r] for r in it["rects"]]
            rt=RT[idx]
            e["out_text"]=rt
            if it["type"]=="id":
                L=[(vn,eng,)+id_leak(it,tt) for vn,v in rt.items() for eng,tt in zip(("tess","rapid"),v)]
                lk=[x for x in L if x[2]]
                e["out_leak"]=bool(lk); e["leak_detail"]=[f"{a}/{b}: {d}" for a,b,c,d in lk]
            else:
                e["out_kept"]=any(keep_ok(it,tt) for v in rt.values() for tt in v)
        rec["items"].append(e)
    results.append(rec); print(f, "done", flush=True)
json.dump(results,open(REP,"w"),indent=1)
