import json, os, sys, random, hashlib
sys.path.insert(0,os.path.dirname(__file__))
import core, genres
from core import G
OUT='/tmp/ho44/text/corpus'; DUM='/tmp/ho44/text/dummy'
os.makedirs(OUT,exist_ok=True); os.makedirs(DUM,exist_ok=True)
N=214
def file_enc(i):
    if i%9==0: return 'utf-16'
    if i%9==3: return 'utf-16-be'
    if i%13==5: return 'utf-32-le'
    if i%13==7: return 'utf-32'
    if i%17==2: return 'utf-8-sig'
    if i%19==4: return 'utf-16-le'
    return 'utf-8'
truth=[]
def render(i,gfn,idseed):
    g=G(i,seed=5000+i,idseed=idseed)
    ext,text,enc=gfn(g)
    return g,ext,text,enc
for i in range(N):
    gfn=genres.GENRES[i%len(genres.GENRES)]
    sn=core.cyc_snapshot()
    gd,ext,td,encd=render(i,gfn,900000+i)
    core.cyc_restore(sn)
    g,ext,text,enc=render(i,gfn,1000+i)
    assert len(gd.truth)==len(g.truth),(gfn.__name__,len(gd.truth),len(g.truth))
    assert [x['form'] for x in gd.truth]==[x['form'] for x in g.truth],gfn.__name__
    fenc='bytes' if enc=='bytes' else file_enc(i)
    hdr='# evidence '+g.k('tc')+' '+g.k('step')+' captured '+g.k('ts')+' '+g.k('ref')+' build '+g.k('ver')+' flow '+g.k('msg')+' '+g.k('po')+' '+g.k('vat')+' '+g.k('co')+' '+g.k('dip')+'\n'
    if isinstance(text,bytes): text=hdr.encode()+text; td=hdr.encode()+td
    else: text=hdr+text; td=hdr+td
    if fenc!='utf-8' and fenc!='bytes' and i%2==0: text=text.replace('\n','\r\n')
    fname=f'{i:03d}_{gfn.__name__}.{ext}'
    def enc_b(t):
        return t if isinstance(t,bytes) else t.encode(fenc)
    open(os.path.join(OUT,fname),'wb').write(enc_b(text)); open(os.path.join(DUM,fname),'wb').write(enc_b(td))
    truth.append({'file':fname,'genre':gfn.__name__,'encoding':fenc,'ids':g.truth,'keeps':g.keeps})
# cross-file propagation notes: values from earlier files in other forms
r=random.Random(77)
for j in range(10):
    i=N+j; src=[t for t in truth[:N] if t['ids']]
    picks=[]
    g=G(i,seed=7000+j,idseed=800000+j); gd=G(i,seed=7000+j,idseed=810000+j)
    lines=[];dl=[]
    kinds_forms=[('mpan',['sci','thousands','inv_u2063','circled','mathbold','sep_tilde','sp_ideo']),('eserial',['fw_lower','inv_vs16','hyph_l','us','slash']),('name',['lower','shy','spaced_letters','fw','possessive']),('eui',['le_rev','bytes_c','dot2','us','oxl']),('postcode',['spaced_each','slash','dot','tab','nnbsp']),('mprn',['thousands','sep_middot','arabic','inv_alm'])]
    for kind,forms in kinds_forms:
        cands=[(t,x) for t in src for x in t['ids'] if x['kind']==kind]
        t,x=r.choice(cands); f=r.choice(forms)
        v=x['value'] if isinstance(x['value'],str) else tuple(x['value'])
        kk=g.k(); gd.k()
        s1=g.p(kind,form=f,val=v,prop=True); g.truth[-1]['src']=t['file']
        vd=gd.new(kind) if kind!='name' else gd.new('name'); s2=gd.p(kind,form=f,val=vd,prop=True)
        lines.append(f'- as discussed, {kind} {s1} (see {kk}) still wrong'); dl.append(f'- as discussed, {kind} {s2} (see {kk}) still wrong')
    fname=f'{i:03d}_handover_xfile.txt'
    hdr=f'Follow-up note {g.k("ts")} {gd.k("ts") and ""}'
    open(os.path.join(OUT,fname),'w').write(hdr+'\n'+'\n'.join(lines)+'\n'); open(os.path.join(DUM,fname),'w').write(hdr+'\n'+'\n'.join(dl)+'\n')
    truth.append({'file':fname,'genre':'handover_xfile','encoding':'utf-8','ids':g.truth,'keeps':g.keeps})
json.dump(truth,open('/tmp/ho44/text/truth.json','w'),ensure_ascii=False,indent=1)
print(len(truth),'files',sum(len(t['ids']) for t in truth),'ids',sum(len(t['keeps']) for t in truth),'keeps')
