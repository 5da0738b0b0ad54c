import random, json, os
import numpy as np
from PIL import Image
ROOT=os.environ.get('HELD_OUT_SCREENS', '/tmp/ho30/screens'); CORPUS=ROOT+'/corpus'; INK=ROOT+'/ink'
os.makedirs(INK, exist_ok=True)
W=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    d=[r.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23])]
    s=str(d[0])+''.join(str(r.randrange(10)) for _ in range(10))
    c=sum(int(a)*w for a,w in zip(s,W))%11%10
    return s+str(c)
def mpan_top(r):
    return '%02d'%r.choice([1,2,3,4,5,8]), '%03d'%r.choice([801,811,845,393,151,500]), '%03d'%r.randrange(100,999)
def mprn(r): return str(r.randrange(1,10))+''.join(str(r.randrange(10)) for _ in range(9))
def eui(r): return '%02X'%r.choice([0,0x70,0xD0])+''.join('%02X'%r.randrange(256) for _ in range(7))
def eui_fmt(e,f):
    p=[e[i:i+2] for i in range(0,16,2)]
    return {'dash':'-'.join(p),'colon':':'.join(p),'plain':e,'0x':'0x'+e,'dot':'.'.join(p),'dot4':'.'.join(e[i:i+4] for i in range(0,16,4)).lower(),'lower':'-'.join(p).lower()}[f]
def eserial(r): return r.choice(['S','E','K','L','Z'])+'%02d'%r.randrange(0,23)+r.choice('ABCDEKWN')+'%06d'%r.randrange(10**6)
def gserial(r): return 'G4'+r.choice('ABKS')+'%08d'%r.randrange(10**8)+r.choice('ABCD')
FIRST=['Margaret','Oluwaseun','Siobhan','Gareth','Priya','Callum','Eleanor','Tomasz','Aisha','Dylan','Rhiannon','Hamish']
LAST=['Pemberton','Okonkwo','Gallagher','Llewellyn','Chaudhry','MacLeod','Whitfield','Nowak','Rahman','Prothero','Fairbairn','Cartwright']
STREET=['Acacia Avenue','Bramble Close','Station Road','Mill Lane','Heather Drive','Victoria Street','Orchard Way','Kingsway']
TOWN=[('Harrogate','HG2 8QT'),('Wrexham','LL13 7DF'),('Ipswich','IP4 2BX'),('Carlisle','CA1 3NU'),('Swindon','SN2 1AZ'),('Perth','PH1 5RS'),('Bolton','BL3 6JP')]
def person(r):
    f=r.choice(FIRST); l=r.choice(LAST); t,pc=r.choice(TOWN)
    return dict(name=f+' '+l, first=f, last=l, street='%d %s'%(r.randrange(1,180),r.choice(STREET)),
                town=t, pc=pc, phone='07700 900%03d'%r.randrange(1000), land='01632 960%03d'%r.randrange(1000),
                email='%s.%s@%s'%(f.lower(),l.lower(),r.choice(['gmail.com','outlook.com','btinternet.com'])))
def tighten(rect, ink, pad=1):
    x0,y0,x1,y1=[int(round(v)) for v in rect]
    H,Wd=ink.shape; x0=max(0,x0);y0=max(0,y0);x1=min(Wd,x1);y1=min(H,y1)
    if x1<=x0 or y1<=y0: return None
    sub=ink[y0:y1,x0:x1]; ys,xs=np.nonzero(sub)
    if len(xs)==0: return None
    return [int(x0+xs.min()-pad) if x0+xs.min()-pad>=0 else 0, max(0,int(y0+ys.min()-pad)), min(Wd,int(x0+xs.max()+1+pad)), min(H,int(y0+ys.max()+1+pad))]
def inkdiff(a,b,thr=30):
    a=np.asarray(a.convert('RGBA')).astype(int); b=np.asarray(b.convert('RGBA')).astype(int)
    return np.abs(a-b).sum(2)>thr
def save(name, img, items, ink, meta):
    """items: dicts with role,kind,text,cls,parts(list of loose rects), visible"""
    out=[]
    for it in items:
        parts=[]
        for p in it['parts']:
            t=tighten(p, ink)
            if t is not None: parts.append(t)
        it=dict(it); it['loose']=[[int(v) for v in p] for p in it['parts']]; it['parts']=parts
        if parts:
            it['box']=[min(p[0] for p in parts),min(p[1] for p in parts),max(p[2] for p in parts),max(p[3] for p in parts)]
        else: it['box']=None; it['visible']=0.0
        out.append(it)
    img.save(f'{CORPUS}/{name}.png')
    Image.fromarray((ink*255).astype(np.uint8)).save(f'{INK}/{name}.png')
    meta=dict(meta); meta.update(name=name, size=list(img.size), items=out)
    json.dump(meta, open(f'{CORPUS}/{name}.json','w'), indent=1)
    print(name, img.size, len(out), 'items', sum(1 for i in out if i['role']=='id'), 'ids', flush=True)
def clip_covered(q, covers):
    """q=[x0,y0,x1,y1]; covers list of rects drawn above. returns (clipped rect or None, hidden_area)"""
    x0,y0,x1,y1=q; area=max(1e-6,(x1-x0)*(y1-y0)); hid=0
    for c in covers:
        ix=max(0,min(x1,c[2])-max(x0,c[0])); iy=max(0,min(y1,c[3])-max(y0,c[1]))
        if ix*iy<=0: continue
        hid+=ix*iy
        if c[1]<=y0 and c[3]>=y1:
            if c[0]<=x0 and c[2]>=x1: return None, area
            if c[0]>x0: x1=min(x1,c[0])
            else: x0=max(x0,c[2])
        elif c[0]<=x0 and c[2]>=x1:
            if c[1]>y0: y1=min(y1,c[1])
            else: y0=max(y0,c[3])
    return [x0,y0,x1,y1], hid
