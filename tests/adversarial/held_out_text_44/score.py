#!/tmp/venv/bin/python
"""Score Attest redaction output against truth.json.
usage: score.py OUTDIR [--json results.json]    (OUTDIR=corpus itself -> self-check: every secret must be visible, every keep present)"""
import sys, os, re, json, html, base64, binascii, quopri, unicodedata, urllib.parse, email, email.header, email.policy
HERE=os.path.dirname(os.path.abspath(__file__))
T=json.load(open(os.path.join(HERE,"truth.json")))
CORPUS=os.path.join(HERE,"corpus")
def strip_fmt(s):
    out=[]
    for ch in s:
        cat=unicodedata.category(ch)
        if cat=="Cf" or 0xFE00<=ord(ch)<=0xFE0F or ch in "\u034f\u180e" or 0xE0100<=ord(ch)<=0xE01EF: continue
        if cat=="Nd":
            try: ch=str(unicodedata.digit(ch))
            except Exception: pass
        out.append(ch)
    return unicodedata.normalize("NFKC","".join(out))
def decodings(b):
    outs=[]
    for bom,e in [(b"\xff\xfe\x00\x00","utf-32-le"),(b"\x00\x00\xfe\xff","utf-32-be"),(b"\xef\xbb\xbf","utf-8"),(b"\xff\xfe","utf-16-le"),(b"\xfe\xff","utf-16-be")]:
        if b.startswith(bom): return [b[len(bom):].decode(e,"replace")]
    if b.count(0)>len(b)//8:
        for e in ["utf-32-le","utf-32-be","utf-16-le","utf-16-be"]:
            try: outs.append(b.decode(e,"replace"))
            except Exception: pass
        # primary first: pick the one with most ASCII letters
        outs.sort(key=lambda t:-sum(ch.isascii() and ch.isalnum() for ch in t))
        return outs
    try: return [b.decode("utf-8")]
    except UnicodeDecodeError: return [b.decode("cp1252","replace"),b.decode("utf-8","replace")]
B64=re.compile(r"[A-Za-z0-9+/_\-]{12,}={0,2}")
HEX=re.compile(r"(?:[0-9A-Fa-f]{2}){6,}")
EW=re.compile(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")
def b64view(t):
    out=[]
    for m in B64.finditer(t):
        s=m.group(0).rstrip("=")
        for alt in (s, s.replace("-","+").replace("_","/")):
            try:
                d=base64.b64decode(alt+"="*(-len(alt)%4),validate=False).decode("utf-8")
                if sum(ch.isprintable() for ch in d)>0.8*len(d): out.append(d)
            except Exception: pass
    # also try whole base64 bodies spread over lines
    for blk in re.findall(r"(?:[A-Za-z0-9+/]{40,}={0,2}\r?\n)+[A-Za-z0-9+/]*={0,2}",t):
        try: out.append(base64.b64decode(re.sub(r"\s","",blk)).decode("utf-8","replace"))
        except Exception: pass
    return "\n".join(out)
def hexview(t):
    out=[]
    for m in HEX.finditer(t):
        try: out.append(bytes.fromhex(m.group(0)).decode("latin-1"))
        except Exception: pass
    return "\n".join(out)
def ewview(t):
    def rep(m):
        try: return str(email.header.make_header(email.header.decode_header(m.group(0))))
        except Exception: return m.group(0)
    return EW.sub(rep,t)
def xxdview(t):
    return "".join(m.group(1) for m in re.finditer(r"^[0-9a-f]{8}: .{40}  (.*)$",t,re.M))
def emlview(b):
    try:
        msg=email.message_from_bytes(b,policy=email.policy.default); out=[]
        for part in msg.walk():
            if part.is_multipart(): continue
            try: out.append(part.get_content())
            except Exception: pass
        for k,v in msg.items(): out.append(f"{k}: {v}")
        return "\n".join(out)
    except Exception: return ""
def views(b):
    ds=decodings(b); vs=[]
    for t in ds:
        u=t.replace("\r\n ","").replace("\n ","").replace("\r ","")
        base=[t,u,html.unescape(re.sub(r"<[^>]+>","",t)),urllib.parse.unquote_plus(t),ewview(t),b64view(t),hexview(t),xxdview(t)]
        try: base.append(quopri.decodestring(t.encode("utf-8","replace")).decode("utf-8","replace"))
        except Exception: pass
        vs+=base
    vs.append(emlview(b))
    vs=[strip_fmt(v) for v in vs if v]
    vs+= [html.unescape(re.sub(r"<[^>]+>","",v)) for v in list(vs)]
    return ds[0], vs
def norm(s): return re.sub(r"[^0-9a-z]","",s.lower())
EMAIL=re.compile(r"[\w.+\-%]+@[\w\-]+(?:\.[\w\-]+)+")
def leak(sec,vs,nvs):
    k=sec["kind"]; v=sec["value"]
    if k=="phone": d=re.sub(r"\D","",v); pats=[d[-8:]]
    elif k=="email": lp=norm(v.split("@")[0]); pats=[lp] if len(lp)<8 else [lp[i:i+8] for i in range(len(lp)-7)]
    elif k=="name": pats=[]
    else:
        n=norm(v); pats=[n] if len(n)<=8 else [n[i:i+8] for i in range(len(n)-7)]
    for p in pats:
        for i,nv in enumerate(nvs):
            j=nv.find(p)
            if j>=0: return f"window '{p}' in view{i}: ...{nv[max(0,j-25):j+len(p)+25]}..."
    if k in("name","address") and sec.get("tokens"):
        for tok in sec["tokens"]:
            rx=re.compile(r"(?<![A-Za-z])"+re.escape(strip_fmt(tok))+r"(?![A-Za-z])",re.I)
            for i,v2 in enumerate(vs):
                v3=EMAIL.sub(" ",v2)
                m=rx.search(v3)
                if m: return f"token '{tok}' in view{i}: ...{v3[max(0,m.start()-30):m.end()+30]}...".replace("\n","\\n").replace("\r","\\r")
    return None
def main():
    outdir=sys.argv[1]; js=sys.argv[sys.argv.index("--json")+1] if "--json" in sys.argv else None
    mapping={}
    mp=os.path.join(HERE,"outmap.json")
    if os.path.exists(mp) and os.path.abspath(outdir)!=os.path.abspath(CORPUS): mapping=json.load(open(mp))
    outnames=set(os.listdir(outdir))
    res={"misses":[],"soft":[],"lost_keeps":[],"missing_outputs":[]}
    tot=hit=ktot=kok=0
    for fn,info in sorted(T["files"].items()):
        on=mapping.get(fn,fn); op=os.path.join(outdir,on)
        src=open(os.path.join(CORPUS,fn),"rb").read(); sprim,_=views(src)
        if not os.path.exists(op):
            res["missing_outputs"].append(fn)
            for s in info["secrets"]:
                if s.get("soft"): continue
                tot+=1; hit+=1
            ktot+=len(info["keeps"]); res["lost_keeps"]+= [dict(file=fn,keep=k,ctx="(no output file)") for k in info["keeps"]]
            continue
        b=open(op,"rb").read(); prim,vs=views(b); nvs=[norm(v) for v in vs]
        nname=norm(strip_fmt(on))
        for s in info["secrets"]:
            if s.get("where")=="filename":
                n=norm(s["value"]); pats=[n[i:i+8] for i in range(max(1,len(n)-7))]
                why=next((f"output file name {on}" for p in pats if p in nname),None)
            else: why=leak(s,vs,nvs)
            entry=dict(file=fn,genre=info["genre"],enc=info["encoding"],kind=s["kind"],cls=s["cls"],value=s["value"],shown=s["shown"],why=why)
            if s.get("soft"): res["soft"].append(entry); continue
            tot+=1
            if why: res["misses"].append(entry)
            else: hit+=1
        for k in info["keeps"]:
            ktot+=1; n_in=sprim.count(k); n_out=prim.count(k)
            if n_out>=n_in and n_in>0: kok+=1
            else:
                j=sprim.find(k); ctx=sprim[max(0,j-30):j+len(k)+30]
                res["lost_keeps"].append(dict(file=fn,genre=info["genre"],keep=k,n_in=n_in,n_out=n_out,ctx=ctx))
    res["recall"]=hit/tot if tot else 0; res["secrets"]=tot; res["caught"]=hit
    res["keep_rate"]=kok/ktot if ktot else 0; res["keeps"]=ktot; res["kept"]=kok
    print(f"files={len(T['files'])} secrets={tot} caught(no leak)={hit} recall={res['recall']*100:.2f}%  keeps={ktot} kept={kok} keep-rate={res['keep_rate']*100:.2f}%  missing_outputs={len(res['missing_outputs'])} soft_leaks={sum(1 for s in res['soft'] if s['why'])}/{len(res['soft'])}")
    if js: json.dump(res,open(js,"w"),indent=1,ensure_ascii=False)
main()
