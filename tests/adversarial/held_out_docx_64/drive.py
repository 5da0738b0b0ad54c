import sys, os, json, shutil
sys.path.insert(0,'/tmp/ho40/docx/gen')
import build as B, idents as I
from pkg import Pkg
ROOT='/tmp/ho40/docx'
@B.tech('plain_run','render: plain visible paragraph (detector baseline)')
def _(p,t,a,b,k,v): p.body_insert(B.intro()+B.P(B.R(t)))
KINDS=['MPAN','MPRN','SERIAL','EUI64','POSTCODE','NAME','PHONE','EMAIL']
KEEPS=["MPAN-REF-07","MPAN-REF-12 step 3","DIP-MSG-000451","DIP-ACK-000918","TC_MHHS_0412","IF-031 v2.1","D0010 flow 002","build 4.12.3.8890","2026-03-14T09:30:00Z","£1,234.56 credit","1500 records","SR 8.2.1","GBCS 4.0","ECS24 request","UUID 5e1f0c2a-77d3-4d0b-9a61-3f0e2b8c1d44","ADO#48213","Port 8443","Invoice INV-2026-004417","Order 4411-2093-7781","Ticket INC0012345","SEC Section H14","MP192 modification","TAG 87","Release 2022-11","CSS ref CSS-000233","SMETS2 CHF","Version 0.3 14/02/2022","Run 7 of 12","Phase SIT-B","DUIS 5.1","MHHS-SIT-0412","Hash 9f2c0d1e4b","IPv4 10.20.30.40","Time 09:30:15.250","Duration 00:00:30","Batch 20260314-0930","Test data set TDS-17","Site ref SITE-0042","Queue depth 2048","Response code 200 OK"]
for d in ('corpus/altered','corpus/controls'):
    shutil.rmtree(f'{ROOT}/{d}',ignore_errors=True); os.makedirs(f'{ROOT}/{d}')
truth=[]; cnt={k:0 for k in KINDS}; n=0; off=0
def make(tname, kind, value, text, outdir, idx):
    f,vis,kinds=B.T[tname]
    base=B.BASES[idx%4]
    p=Pkg(f'{ROOT}/base/{base}.docx')
    lab=I.label(kind,value)
    k=B.split_point(value)
    a=lab+' '+value[:k]; b=value[k:]
    note=f(p,text,a,b,kind,value)
    fn=f'{outdir}/{idx:03d}_{tname}_{kind.lower()}_{base}.docx'
    p.save(f'{ROOT}/corpus/{fn}')
    return dict(file=f'corpus/{fn}',base=base,technique=tname,visibility=vis,kind=kind,value=value,text=text,pieces=[a,b],note=note)
tn=[t for t in B.T if t!='plain_run']
# altered
idx=0
for k in KINDS:
    v=I.GEN[k](cnt[k]); cnt[k]+=1
    truth.append(make('plain_run',k,v,I.label(k,v)+' '+v,'altered',idx)); idx+=1
for t in tn:
    kinds=B.T[t][2]; kinds=KINDS if kinds=='ALL' else kinds
    reps=3 if len(kinds)>1 else 2
    for r in range(reps):
        k=kinds[(off+r)%len(kinds)]
        v=I.GEN[k](cnt[k]); cnt[k]+=1
        truth.append(make(t,k,v,I.label(k,v)+' '+v,'altered',idx)); idx+=1
    off+=1
# controls
ctl=[t for t in tn if B.T[t][2]=='ALL' and t not in ('fullwidth_digits','combining_underline','soft_hyphen_char')]
for j,keep in enumerate(KEEPS):
    t=ctl[(j*5)%len(ctl)]
    truth.append(make(t,'KEEP',keep,keep,'controls',500+j))
json.dump(truth,open(f'{ROOT}/truth/truth.json','w'),indent=1,ensure_ascii=False)
print(len([x for x in truth if x['kind']!='KEEP']),'altered',len([x for x in truth if x['kind']=='KEEP']),'controls')
