#!/tmp/venv/bin/python
"""Independent leak finder: scan files/dirs (zip members, sqlite dumps recursively) for any pool value in any separator/case form.
usage: leakscan.py OUT.json PATH... """
import sys, os, json, re, unicodedata, zipfile, io, sqlite3, subprocess
pool=json.load(open("/tmp/ho36/fields/corpus/pool.json"))
keeps=json.load(open("/tmp/ho36/fields/corpus/truth.json"))["keeps"]
def canon(s):
    s=unicodedata.normalize("NFKC",s)
    s="".join(c for c in s if unicodedata.category(c)!="Cf" and not (0xFE00<=ord(c)<=0xFE0F) and c!="\u034f")
    return s.lower()
def alnum(s): return re.sub(r"[^0-9a-z@.]","",s).replace(".","")
needles=[]
for p in pool:
    for k in ["mpan","mprn","eser","gser","eui","phone","pc"]:
        v=p[k]; needles.append((p["id"],k,p[k],"an",alnum(canon(v))))
    needles.append((p["id"],"email",p["email"],"lc",canon(p["email"])))
    needles.append((p["id"],"name",p["name"],"ws",re.sub(r"\s+"," ",canon(p["name"]))))
    needles.append((p["id"],"addr",p["addr"],"ws",re.sub(r"\s+"," ",canon(p["addr"].split(",")[0]))))
def texts_of(path,data):
    out=[]
    if data[:4]==b"PK\x03\x04":
        try:
            z=zipfile.ZipFile(io.BytesIO(data))
            for n in z.namelist():
                out+= [(path+"!"+a,t) for a,t in texts_of(n,z.read(n))]
            return out
        except Exception: pass
    if data[:16]==b"SQLite format 3\x00":
        try:
            r=subprocess.run(["sqlite3",path,".dump"],capture_output=True,timeout=60)
            out.append((path+"[dump]",r.stdout.decode("utf-8","replace")))
        except Exception as e: pass
    out.append((path,data.decode("utf-8","replace")))
    if data.count(b"\x00")>len(data)//4:
        out.append((path+"[u16]",data.decode("utf-16-le","replace")))
    return out
def scan_text(where,t,hits):
    c=canon(t); a=alnum(c); w=re.sub(r"\s+"," ",c)
    for pid,k,v,mode,n in needles:
        if len(n)<5: continue
        hay={"an":a,"lc":c,"ws":w}[mode]
        if n in hay:
            i=hay.find(n); ctx=hay[max(0,i-40):i+len(n)+40]
            hits.append(dict(where=where,pool=pid,kind=k,value=v,ctx=ctx))
def main():
    out=sys.argv[1]; hits=[]
    for root in sys.argv[2:]:
        files=[root] if os.path.isfile(root) else [os.path.join(d,f) for d,_,fs in os.walk(root) for f in fs]
        for f in files:
            if os.path.islink(f): continue
            try: data=open(f,"rb").read()
            except Exception: continue
            scan_text(f+"[name]",f,hits)
            for where,t in texts_of(f,data): scan_text(where,t,hits)
    json.dump(hits,open(out,"w"),indent=1,ensure_ascii=False)
    seen=set()
    for h in hits:
        key=(h["where"],h["pool"],h["kind"])
        if key in seen: continue
        seen.add(key); print(h["pool"],h["kind"],repr(h["value"]),"@",h["where"],"|",h["ctx"][:120])
    print("TOTAL distinct",len(seen))
main()
