import random, json, os, sys, re, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from lib import T
from genres import GENRES
OUT=sys.argv[1] if len(sys.argv)>1 else "/tmp/ho51/text/corpus"
os.makedirs(OUT, exist_ok=True)
R=random.Random(5105)
truth={}
ENCS=["utf-8"]*30+["utf-8-sig"]*2+["utf-16-le-bom","utf-16-be","utf-16-le","utf-32-le-bom","utf-32-be"]
names=sorted(GENRES)
n=0
for g in names:
    for k in range(4):
        t=T(random.Random(f"{g}-{k}-5105"))
        text,ext=GENRES[g](t)
        enc=R.choice(ENCS); nl="\r\n" if R.random()<0.2 else "\n"
        if nl=="\r\n": text=text.replace("\r\n","\n").replace("\n","\r\n")
        fn=f"{n:03d}_{g}.{ext}"; n+=1
        if enc=="utf-16-le-bom": data=b"\xff\xfe"+text.encode("utf-16-le")
        elif enc=="utf-32-le-bom": data=b"\xff\xfe\x00\x00"+text.encode("utf-32-le")
        else: data=text.encode(enc)
        open(os.path.join(OUT,fn),"wb").write(data)
        truth[fn]=dict(genre=g,encoding=enc,newline="CRLF" if nl=="\r\n" else "LF",secrets=t.sec,keeps=t.keep)
json.dump(truth,open(os.path.join(os.path.dirname(OUT),"truth.json"),"w"),indent=1,ensure_ascii=False)
print(n,"files", sum(len(v["secrets"]) for v in truth.values()),"secrets", sum(len(v["keeps"]) for v in truth.values()),"keeps", len(names),"genres")
