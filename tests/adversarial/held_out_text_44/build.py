import sys, os, json, random, re, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
import genres1, genres2, genres3, genres4, genres5
from genres1 import G
OUT="/tmp/ho35/text/corpus"; os.makedirs(OUT, exist_ok=True)
TITLES={"Mr","Mrs","Ms","Miss","Dr","Mx"}
class Ctx:
    def __init__(s,r): s.secrets=[]; s.keeps=[]; s.used=set(); s.r=r; s.last_addr=None
    def person(s): return Person(s.r,s.used)
    def address(s): a=Addr(s.r,s.used); s.last_addr=a; return a
    def S(s,kind,value,shown=None,cls="plain",tokens=None,check=True):
        sh=value if shown is None else shown
        s.secrets.append(dict(kind=kind,value=value,shown=sh,cls=cls,tokens=tokens,check=check)); return sh
    def sreg(s,kind,value): return value
    def K(s,t): s.keeps.append(t); return t
DEF_ENC=[("utf-8",50),("utf-8-sig",10),("utf-16-le-bom",8),("utf-16-be-bom",4),("utf-16-le",4),("utf-16-be",3),("utf-32-le-bom",3),("utf-32-be",2),("utf-32-le",2),("cp1252",14)]
DEF_EOL=[("\n",60),("\r\n",35),("\r",5)]
def wpick(r,lst): return r.choices([a for a,_ in lst],[w for _,w in lst])[0]
def encode(text,enc):
    boms={"utf-8-sig":(b"\xef\xbb\xbf","utf-8"),"utf-16-le-bom":(b"\xff\xfe","utf-16-le"),"utf-16-be-bom":(b"\xfe\xff","utf-16-be"),"utf-32-le-bom":(b"\xff\xfe\x00\x00","utf-32-le"),"utf-32-be-bom":(b"\x00\x00\xfe\xff","utf-32-be")}
    if enc in boms: b,e=boms[enc]; return b+text.encode(e)
    return text.encode(enc)
def name_tokens(v):
    return [t for t in re.split(r"[\s,;\-]+",v) if len(t)>=4 and t not in TITLES]
truth={"files":{}}
def emit(fname,genre,text,c,r,enc_choices=None,eol_choices=None):
    enc=r.choice(enc_choices) if enc_choices else wpick(r,DEF_ENC)
    eol=r.choice(eol_choices) if eol_choices else wpick(r,DEF_EOL)
    text=text.replace("\r\n","\n")
    if eol!="\n": text=text.replace("\n",eol)
    try: data=encode(text,enc)
    except UnicodeEncodeError: enc="utf-8"; data=encode(text,enc)
    open(os.path.join(OUT,fname),"wb").write(data)
    secs=[]
    for s in c.secrets:
        s=dict(s)
        if s["kind"]=="name" and not s["tokens"]: s["tokens"]=name_tokens(s["value"])
        if s["kind"]=="address" and s["tokens"]: s["tokens"]=[t for x in s["tokens"] for t in re.split(r"[\s\-]+",x) if len(t)>=4]
        if eol!="\n": s["shown"]=s["shown"].replace("\n",eol)
        secs.append(s)
    keeps=[k for k in c.keeps if len(k)>=4 and not any(k in (s["value"]+" "+s["shown"]) for s in c.secrets)]
    truth["files"][fname]={"genre":genre,"encoding":enc,"eol":repr(eol),"secrets":secs,"keeps":keeps,"keeps_dropped":[k for k in c.keeps if k not in keeps]}
SEED=int(sys.argv[1]) if len(sys.argv)>1 else 35012
R=random.Random(SEED)
for gname,(f,ext,n,enc,eol) in G.items():
    for i in range(n):
        r=random.Random(R.getrandbits(64)); c=Ctx(r)
        text=f(c,r)
        emit(f"{gname}_{i+1:02d}.{ext}",gname,text,c,r,enc,eol)
# ---- propagation across files (value labelled in one file, bare / other form in another)
for i in range(8):
    r=random.Random(R.getrandbits(64)); k=i%8
    ca=Ctx(r); cb=Ctx(r); cb.used=ca.used
    P=ca.person(); A=ca.address(); mp=mprn(r); sr=eserial(r); e=eui(r); m=mpan(r)
    ta=(f"Job {ca.K('FJ'+dg(r,7))} - {ca.K(tcref(r))}\nCustomer: {ca.S('name',P.full)}\nSite address: {ca.S('address',A.line1,tokens=A.tokens)}, {A.city} {ca.S('postcode',A.pc)}\n"
        f"MPRN: {ca.S('mprn',mp)}\nElectricity meter serial: {ca.S('eserial',sr)}\nComms hub GUID: {ca.S('eui',eui_fmt(e,'-'))}\nMPAN: {ca.S('mpan',m)}\n")
    if k==0: tb=f"site_ref,qty,status\n{cb.S('mprn',mp,cls='propagation-bare')},3,{cb.K('CLOSED')}\n{cb.K(dg(r,9))},1,OPEN\n"
    elif k==1: tb=f"[{ukday(r)} 12:01] ops: spoke to {cb.S('name',P.last.lower(),tokens=[P.last],cls='propagation-lower-surname')} again, still no access\n[{ukday(r)} 12:03] ops: rebook for {cb.K('AM slot')}\n"
    elif k==2: tb=f"{cb.K(ts(r))} WARN asset {cb.S('eserial',sr.lower(),cls='propagation-case')} offline for {r.randint(2,9)}h\n"
    elif k==3: tb=f"Reminder: the {cb.S('address',A.street,tokens=[A.sw],cls='propagation-street-only')} job needs a second engineer ({cb.K(tcref(r))})\n"
    elif k==4: tb=f"GET /api/hubs/{cb.S('eui',e.lower(),cls='propagation-bare-eui')}/status 200 {cb.K(str(r.randint(100,999)))}ms\n"
    elif k==5: tb=f"Checked with {cb.S('name',P.first,tokens=[P.first],cls='propagation-first-name')} on the phone - she confirmed the read {cb.K(reading(r))}\n"
    elif k==6: tb=f"ids: {cb.K(dg(r,10))}, {cb.S('mprn',mp,cls='propagation-bare')}, {cb.K(dg(r,10))}\n"
    else: tb=f"note: {cb.S('mpan',grp(m,[3,5,5],' '),cls='propagation-odd-grouping')} rejected by {cb.K('IF-021')}\n"
    emit(f"prop_{i+1:02d}_a.txt","propagation",ta,ca,r,["utf-8"],["\n"])
    emit(f"prop_{i+1:02d}_b.txt","propagation",tb,cb,r,["utf-8"],["\n"])
# ---- identifiers in file names
for i in range(4):
    r=random.Random(R.getrandbits(64)); c=Ctx(r); m=mpan(r); sr=eserial(r)
    fn=[f"mpan_{grp(m,[2,4,4,3],'_')}_reads.csv",f"evidence_{sr.lower()}_notes.txt",f"IF031_{m}_payload.json",f"{mprn(r)}_gas_exchange.txt"][i]
    body=[lambda:f"date,register,read\n{c.K(day(r))},1,{c.K(reading(r))}\n",lambda:f"photo of meter taken {c.K(ukday(r))}, display ok\n",lambda:json.dumps({"msgType":c.K("IF-031"),"status":c.K("ACK")}),lambda:f"exchange complete {c.K(ukday(r))}\n"][i]()
    val=[m,sr,m,(re.match(r"\d+",fn).group(0) if i==3 else "")][i]; kind=["mpan","eserial","mpan","mprn"][i]
    c.secrets.append(dict(kind=kind,value=val,shown=fn,cls="filename",tokens=None,check=False,where="filename"))
    emit(fn,"filename",body,c,r,["utf-8"],["\n"])
# ---- soft (optional) cases: mistyped check digit in MPAN context
for i in range(3):
    r=random.Random(R.getrandbits(64)); c=Ctx(r); m=mpan(r); bad=m[:12]+str((int(m[12])+r.randint(1,9))%10)
    c.secrets.append(dict(kind="mpan_badcheck",value=bad,shown=bad,cls="bad-check-digit",tokens=None,check=True,soft=True))
    emit(f"soft_badcheck_{i+1:02d}.txt","soft",f"Customer read the MPAN as {bad} (supply number on bill) - {c.K(tcref(r))}\n",c,r,["utf-8"],["\n"])
json.dump(truth,open("/tmp/ho35/text/truth.json","w"),indent=1,ensure_ascii=False)
print(len(truth["files"]),"files", sum(len(v["secrets"]) for v in truth["files"].values()),"secrets", sum(len(v["keeps"]) for v in truth["files"].values()),"keeps", len(G),"genres")
