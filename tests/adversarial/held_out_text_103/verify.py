# independent truth check: every recorded text present; parsers; oracle scan for unrecorded MPAN-like / name-like text
import json, os, re, sys, xml.dom.minidom
sys.path.insert(0,"/tmp/ho51/text"); from common import *
sys.path.insert(0,"/tmp/ho51/text/gen"); from lib import mpan_cd, FIRST, LAST
C="/tmp/ho51/text/corpus"; T=json.load(open("/tmp/ho51/text/truth.json")); bad=0
for fn,v in sorted(T.items()):
    txt=norm(decode(open(os.path.join(C,fn),"rb").read(),v["encoding"]))
    for s in v["secrets"]+v["keeps"]:
        if s["text"] not in txt: print("MISSING",fn,s["kind"],repr(s["text"])); bad+=1
    if fn.endswith(".json"):
        try: json.loads(txt)
        except Exception as e: print("JSONERR",fn,e); bad+=1
    if fn.endswith(".xml"):
        try: xml.dom.minidom.parseString(txt.encode())
        except Exception as e: print("XMLERR",fn,e); bad+=1
    b=blank(txt,spans(txt,v["secrets"]))
    for m in re.finditer(r"(?<!\d)\d{13}(?!\d)",b):
        d=m.group()
        if mpan_cd(d[:12])==d[12] and 10<=int(d[:2])<=23: print("UNRECORDED_MPANLIKE",fn,d,[k["kind"] for k in v["keeps"] if k["text"]==d]); 
    for w in set(FIRST+[x for l in LAST for x in l.split()]):
        if len(w)>=3 and w.lower() not in ("mac","ap","the"):
            n=len(re.findall(r"(?<![^\W\d_])"+re.escape(w)+r"(?![^\W\d_])",b,flags=re.I))
            kn=sum(1 for k in v["keeps"] if k["text"].lower()==w.lower())
            if n>kn: print("UNRECORDED_NAMEWORD",fn,w,n)
    for s in v["secrets"]:
        if s["kind"]=="mpan" and s["form"] in ("plain","sp","sq","repeat","positional","cli_arg","url_path"):
            d=re.sub(r"\D","",s["text"])
            if len(d)!=13 or mpan_cd(d[:12])!=d[12]: print("BADMPAN",fn,s["text"]); bad+=1
    for m in re.finditer(r"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\b",b):
        print("UNRECORDED_POSTCODELIKE",fn,m.group())
    for m in re.finditer(r"[\w.]+@[\w.]+",b): print("UNRECORDED_EMAIL",fn,m.group())
print("bad",bad)
