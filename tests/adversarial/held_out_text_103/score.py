# score.py OUTDIR [--json FILE]: scores attest redact output against truth.json (no running of Attest)
import json, os, re, sys, html
sys.path.insert(0,"/tmp/ho51/text"); from common import *
C="/tmp/ho51/text/corpus"; TR=json.load(open("/tmp/ho51/text/truth.json"))
OUT=sys.argv[1]; JS=sys.argv[sys.argv.index("--json")+1] if "--json" in sys.argv else None
ENC={"b64","b64_payload","b64_value","hex","pct_full"}
def detag(s): return html.unescape(re.sub(r"<[^>]{0,80}>","",s))
res=dict(files=0,missing_out=[],secrets=0,leaked=0,keeps=0,kept=0,misses=[],lost=[])
for fn,v in sorted(TR.items()):
    orig=norm(decode(open(os.path.join(C,fn),"rb").read(),v["encoding"])); res["files"]+=1
    op=os.path.join(OUT,fn)
    if not os.path.exists(op):
        res["missing_out"].append(fn); out=None
    else: out=norm(decode(open(op,"rb").read(),v["encoding"]))
    sp=spans(orig,v["secrets"]); base=blank(orig,sp)
    bviews=[strip(base),strip(detag(base))]; 
    oviews=[strip(out),strip(detag(out))] if out is not None else None
    for s in v["secrets"]:
        res["secrets"]+=1
        if out is None: res["leaked"]+=1; res["misses"].append(dict(file=fn,genre=v["genre"],kind=s["kind"],form=s["form"],text=s["text"],why="no output")); continue
        leak=None
        if s["kind"] in ("name","address") and s["form"] not in ENC:
            for w in words(s["text"]):
                if wcount(out,w)>wcount(base,w): leak=w; break
        else:
            c=strip(s["canon"] or s["text"])
            wins=[c] if len(c)<=8 else [c[i:i+8] for i in range(len(c)-7)]
            for w in wins:
                if any(o.count(w)>b.count(w) for o,b in zip(oviews,bviews)): leak=w; break
        if leak:
            res["leaked"]+=1
            # context
            i=orig.find(s["text"]); ctx=orig[max(0,i-50):i+len(s["text"])+30].replace("\n","⏎")
            res["misses"].append(dict(file=fn,genre=v["genre"],kind=s["kind"],form=s["form"],text=s["text"],leaked=leak,context=ctx))
    seen={}
    for k in v["keeps"]: seen.setdefault(k["text"],[]).append(k["kind"])
    for ktext,kinds in seen.items():
        exp=kcount(base,ktext); exp=max(exp,len(kinds)) if exp==0 else exp
        got=kcount(out,ktext) if out is not None else 0
        n=len(kinds); res["keeps"]+=n; ok=min(n, n-max(0,exp-got)) if exp else 0
        ok=max(ok,0); res["kept"]+=ok
        if ok<n:
            ctx=""
            if out is not None:
                i=orig.find(ktext); ctx=orig[max(0,i-40):i+len(ktext)+30].replace("\n","⏎")
            res["lost"].append(dict(file=fn,genre=v["genre"],kind=kinds[0],text=ktext,lost=n-ok,context=ctx))
res["recall"]=1-res["leaked"]/res["secrets"]; res["keep_rate"]=res["kept"]/res["keeps"]
print(f"files {res['files']} (no output: {len(res['missing_out'])})  secrets {res['secrets']} leaked {res['leaked']} recall {res['recall']:.4f}  keeps {res['keeps']} kept {res['kept']} keep-rate {res['keep_rate']:.4f}")
if JS: json.dump(res,open(JS,"w"),indent=1,ensure_ascii=False)
