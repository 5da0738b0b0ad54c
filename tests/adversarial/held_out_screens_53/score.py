import json, sys, os, re, glob, zlib, time
from difflib import SequenceMatcher
from PIL import Image, ImageOps
sys.path.insert(0,os.path.dirname(__file__))
from ocr import tess, rocr, norm
T=json.load(open(sys.argv[1])); CORP=sys.argv[2]; OUT=sys.argv[3]; RES=sys.argv[4]
cache={}
if os.path.exists(RES+".cache.json"): cache=json.load(open(RES+".cache.json"))
STOP={"mr","mrs","ms","dr","road","street","lane","way","avenue","close","drive","crescent","terrace","gardens","vale","flat","the"}
def find_out(name):
    stem=os.path.splitext(name)[0]
    c=[p for p in glob.glob(os.path.join(OUT,stem+".*")) if not p.endswith(".json")]
    return c[0] if c else None
def views(path,d):
    im=Image.open(path); v=d.get("view",{}); vs=[]
    if v.get("exif"):
        ori=im.getexif().get(0x0112)
        if ori: im=ImageOps.exif_transpose(im)
        elif im.size!=tuple(v["orig_size"]): im=im.transpose(Image.ROTATE_270)  # stored pixels shown raw: undo storage rotation so boxes line up
    if "rotate" in v:
        op=v["rotate"]; W,H=v["orig_size"]
        if op in (90,180,270): im=im.transpose({90:Image.ROTATE_270,180:Image.ROTATE_180,270:Image.ROTATE_90}[op])
        else:
            r=im.convert("RGB").rotate(-op,expand=True,fillcolor=(255,255,255),resample=Image.BICUBIC); ox=(r.size[0]-W)/2; oy=(r.size[1]-H)/2
            im=r.crop((round(ox),round(oy),round(ox)+W,round(oy)+H))
    if im.mode in ("RGBA","LA","PA") or (im.mode=="P" and "transparency" in im.info):
        a=im.convert("RGBA"); vs.append(("on_white",Image.alpha_composite(Image.new("RGBA",a.size,(255,255,255,255)),a).convert("RGB")))
        vs.append(("on_black",Image.alpha_composite(Image.new("RGBA",a.size,(0,0,0,255)),a).convert("RGB"))); vs.append(("alpha_dropped",a.convert("RGB")))
    elif im.mode in ("I;16","I;16B","I"):
        arr=__import__("numpy").array(im).astype("float"); vs.append(("rgb",Image.fromarray((arr/ (257 if arr.max()>255 else 1)).clip(0,255).astype("uint8")).convert("RGB")))
    else: vs.append(("rgb",im.convert("RGB")))
    return vs
def merge_lines(rects):
    out=[]
    for r in rects:
        for o in out:
            y0=max(o[1],r[1]); y1=min(o[1]+o[3],r[1]+r[3])
            if y1-y0>0.5*min(o[3],r[3]):
                x0=min(o[0],r[0]); yy=min(o[1],r[1]); x1=max(o[0]+o[2],r[0]+r[2]); yb=max(o[1]+o[3],r[1]+r[3]); o[:]=[x0,yy,x1-x0,yb-yy]; break
        else: out.append(list(r))
    return out
def pixel_visible(it,oimg,rimg):
    """fallback for secrets the OCR engines cannot read even in the original (boxed digits, tiny text):
    split each line box into equal columns, one per character; a column counts as still visible if the output
    pixels there are essentially unchanged. Leak if >=8 consecutive characters (or all, if shorter) unchanged."""
    import numpy as np
    t=re.sub(r"[^0-9A-Za-z]","",it["t"]); fx=rimg.size[0]/oimg.size[0]; fy=rimg.size[1]/oimg.size[1]
    rs=merge_lines(it["rects"]); tot=sum(r[2] for r in rs) or 1; vis=[]
    for x,y,w,h in rs:
        n=max(1,round(len(t)*w/tot)); a=np.asarray(oimg.convert("L").crop((int(x),int(y),int(x+w)+1,int(y+h)+1)).resize((max(n*4,4),max(4,int(h)))),dtype=float)
        b=np.asarray(rimg.convert("L").crop((int(x*fx),int(y*fy),int((x+w)*fx)+1,int((y+h)*fy)+1)).resize((max(n*4,4),max(4,int(h)))),dtype=float)
        for c in range(n):
            ca=a[:,c*4:(c+1)*4]; cb=b[:,c*4:(c+1)*4]
            vis.append(ca.std()>8 and abs(ca-cb).mean()<12)
    run=best=0
    for v in vis: run=run+1 if v else 0; best=max(best,run)
    return best>=min(8,len(t)), best
def crop_text(key,img,rects,ref_size):
    rects=merge_lines(rects)
    if key in cache: return cache[key]
    fx=img.size[0]/ref_size[0]; fy=img.size[1]/ref_size[1]; out=[]
    for x,y,w,h in rects:
        p=max(4,0.3*h); box=(max(0,int((x-p)*fx)),max(0,int((y-p)*fy)),min(img.size[0],int((x+w+p)*fx)+1),min(img.size[1],int((y+h+p)*fy)+1))
        if box[2]-box[0]<3 or box[3]-box[1]<3: out.append(["",""]); continue
        c=img.crop(box); out.append([tess(c),rocr(c)])
    cache[key]=out; return out
def readable(it,texts):
    """texts: list per rect of [tess, rapid]; returns (bool, engine, evidence)"""
    k=it["k"]; t=it["t"]
    for ei,eng in enumerate(["tesseract","rapidocr"]):
        raw=" ".join(r[ei] for r in texts); n=norm(raw)
        if it["r"]=="s":
            if k in ("name","address"):
                toks=[w for w in re.findall(r"[a-z]+",t.lower()) if len(w)>=3 and w not in STOP]
                letters=re.sub(r"[^a-z]","",raw.lower())
                hit=[w for w in toks if w in letters]
                if hit: return True,eng,raw.strip()
            else:
                s=norm(t.split("@")[0]) if k=="email" else norm(t)
                cands=[n]
                if s.isdigit(): cands.append(n.translate(str.maketrans("oilsz|","011521")))
                L=8
                wins=[s] if len(s)<L else [s[i:i+L] for i in range(len(s)-L+1)]
                for c in cands:
                    if any(w in c for w in wins): return True,eng,raw.strip()
        else:
            s=norm(t)
            if not s: return True,eng,raw
            if s in n: return True,eng,raw.strip()
            if len(n)>=len(s)*0.7:
                best=max((SequenceMatcher(None,s,n[i:i+len(s)]).ratio() for i in range(0,max(1,len(n)-len(s)+1))),default=0)
                if best>=0.8: return True,eng,raw.strip()
    return False,"",(" | ".join(r[0].strip()+" / "+r[1] for r in texts))[:200]
def meta_check(path,secrets):
    im=Image.open(path); found=[]; raw=open(path,"rb").read()
    blobs=[raw, im.info.get("icc_profile") or b""]+[str(v).encode() for v in im.info.values() if isinstance(v,(str,bytes))]
    for m in re.finditer(rb"IDAT|zTXt|iTXt|iCCP",raw): pass
    # decompress any zlib streams in iCCP/zTXt/iTXt
    for m in re.finditer(rb"(iCCP|zTXt|iTXt)",raw):
        seg=raw[m.end():m.end()+200000]
        for off in range(0,120):
            try: blobs.append(zlib.decompressobj().decompress(seg[off:])); break
            except Exception: pass
    for s in secrets:
        pat=s["t"].encode()
        if any(pat in b or pat.replace(b"-",b"") in b for b in blobs): found.append(s)
    return found, {"mode":im.mode,"icc":bool(im.info.get("icc_profile")),"info_keys":[k for k in im.info.keys() if k not in ("dpi",)],"exif_orientation":im.getexif().get(0x0112)}
results=[]
t0=time.time()
for name,d in T.items():
    src=os.path.join(CORP,name); outp=find_out(name) if OUT!="-" else None
    W,H=Image.open(src).size
    ov=views(src,d)
    ref=ov[0][1].size
    rv=views(outp,d) if outp else []
    for i,it in enumerate(d["items"]):
        orig_read=False; oev=""
        for vn,img in ov:
            txt=crop_text(f"o|{name}|{vn}|{i}",img,it["rects"],ref)
            ok,eng,ev=readable(it,txt)
            if ok: orig_read=True; oev=f"{vn}:{eng}"; break
        out_read=False; rev=""; rt=""
        if outp:
            for vn,img in rv:
                txt=crop_text(f"r|{name}|{vn}|{i}",img,it["rects"],ref)
                ok,eng,ev=readable(it,txt); rt=ev
                if ok: out_read=True; rev=f"{vn}:{eng}"; break
        pv=None
        if it["r"]=="s" and not orig_read and outp:
            pv=[]
            for (vn,oi),(_,ri) in zip(ov,rv): pv.append([vn]+list(pixel_visible(it,oi,ri)))
        results.append(dict(image=name,role=it["r"],kind=it["k"],text=it["t"],rects=it["rects"],hidden=it.get("hidden_in_transparent",False),orig_readable=orig_read,orig_ev=oev,out_readable=out_read,out_ev=rev,out_text=rt[:200],has_output=bool(outp),pixel_visible=pv))
    if d.get("meta_secrets"):
        found,info=meta_check(outp,d["meta_secrets"]) if outp else (d["meta_secrets"],{})
        for s in d["meta_secrets"]:
            results.append(dict(image=name,role="meta",kind=s["k"],text=s["t"],where=s["where"],leaked=s in found,out_info=info))
    json.dump(cache,open(RES+".cache.json","w"))
    print(name, f"{time.time()-t0:.0f}s", flush=True)
json.dump(results,open(RES,"w"),indent=1)
