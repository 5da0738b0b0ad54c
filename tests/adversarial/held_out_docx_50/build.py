import sys, json, shutil, hashlib
sys.path.insert(0,'.')
import lib
from gen import T
from controls import C
from tech import *
BASES=['attest_pack','pydocx','lo','minimal']
gens={'mpan':lambda:lib.mpan(lambda m:m[5]!='0' and m[9]!='0' and m[8]!='0'),'mprn':lib.mprn,'eserial':lib.eserial,'gserial':lib.gserial,
      'eui':lambda:lib.eui('-') ,'postcode':lib.postcode,'phone':lib.phone,'email':lib.email,'name_addr':lambda:(lib.name().strip()+', '+lib.address())}
out=open('truth.jsonl','w'); n=0; bi=0; extra=0
def newval(kind):
    while True:
        v=gens[kind]()
        if kind=='eui' and v.split('-')[5][0]=='0': continue
        if kind=='eserial' and not v[:2].isalpha(): continue
        if kind=='eserial':
            k=next(i for i,ch in enumerate(v) if ch.isdigit())
            if v[k]=='0': continue
        return v
for name,kind,fn,vis,nv in T:
    if nv==2 and extra<22 and vis!=lib_EXTR if False else False: pass
    cnt=nv
    if nv==2 and extra<22 and vis in ('Word+LibreOffice','Word only (per spec)'): cnt=3; extra+=1
    for k in range(cnt):
        base=BASES[bi%4]; bi+=1
        for attempt in range(4):
            p=Pkg('base/%s.docx'%base); v=newval(kind)
            r=fn(p,v)
            if r is not None: break
            base=BASES[bi%4]; bi+=1
        secret,loc=r
        n+=1; fname='a%03d_%s_%s.docx'%(n,name,base)
        p.save('corpus/'+fname)
        out.write(json.dumps(dict(file=fname,type='altered',technique=name,kind=kind,secret=secret,raw_value=v,base=base,location=loc,visibility=vis))+'\n')
m=0
for name,fn in C:
    base=BASES[m%4]; m+=1
    p=Pkg('base/%s.docx'%base); fn(p)
    fname='c%03d_%s_%s.docx'%(m,name,base); p.save('corpus/'+fname)
    out.write(json.dumps(dict(file=fname,type='control',technique=name,base=base))+'\n')
for b in BASES+['attest_demo']:
    m+=1; fname='c%03d_unaltered_%s.docx'%(m,b); shutil.copy('base/%s.docx'%b,'corpus/'+fname)
    out.write(json.dumps(dict(file=fname,type='control',technique='unaltered base',base=b))+'\n')
print(n,'altered',m,'controls')
