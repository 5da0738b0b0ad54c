import json,os,sys,re
sys.argv=["x","/tmp/ho35/text/work/masked"]
os.makedirs(sys.argv[1],exist_ok=True)
T=json.load(open("/tmp/ho35/text/truth.json"))
import importlib.util
spec=importlib.util.spec_from_file_location("sc","/tmp/ho35/text/score.py")
src=open("/tmp/ho35/text/score.py").read().replace("\nmain()\n","\n")
ns={"__file__":"/tmp/ho35/text/score.py"}; exec(compile(src,"score","exec"),ns)
bad=[]
for fn,info in T["files"].items():
    b=open(f"/tmp/ho35/text/corpus/{fn}","rb").read(); prim,_=ns["views"](b)
    t=prim
    for s in sorted(info["secrets"],key=lambda s:-len(s["shown"])):
        for x in (s["shown"],s["value"]):
            if x and len(x)>=3: t=t.replace(x,"■■■")
    # keeps vs secrets
    for k in info["keeps"]:
        nk=ns["norm"](k)
        for s in info["secrets"]:
            n=ns["norm"](s["value"])
            if s["kind"] in("name","address","email","phone"): continue
            if len(n)>=8 and any(n[i:i+8] in nk for i in range(len(n)-7)): bad.append(("keep-has-secret",fn,k,s["value"]))
        for s in info["secrets"]:
            for tok in (s.get("tokens") or []):
                if re.search(r"(?<![A-Za-z])"+re.escape(tok)+r"(?![A-Za-z])",k,re.I): bad.append(("keep-has-token",fn,k,tok))
    open(os.path.join(sys.argv[1],fn),"w",encoding="utf-8").write(t)
for x in bad: print(x)
print(len(bad),"keep collisions")
