#!/tmp/venv/bin/python
"""Score Attest redaction of the held-out screenshot corpus.
usage: score.py ORIG_CACHE_ONLY | score.py OUTDIR  (reads truth.json, corpus/, writes score/)"""
import json, sys, os, re, subprocess, tempfile, hashlib, math
from PIL import Image, ImageChops, ImageStat
ROOT='/tmp/ho36/screens'; T=json.load(open(ROOT+'/truth.json'))
CACHE=ROOT+'/score/ocr_cache.json'; os.makedirs(ROOT+'/score',exist_ok=True)
cache=json.load(open(CACHE)) if os.path.exists(CACHE) else {}
TMP=tempfile.mkdtemp(prefix='sc',dir=ROOT+'/score')
rap=subprocess.Popen([ROOT+'/venv/bin/python',ROOT+'/ocr_server.py'],stdin=subprocess.PIPE,stdout=subprocess.PIPE,text=True,stderr=subprocess.DEVNULL)
def key(im,tag):
    return tag+hashlib.sha1(im.tobytes()+str(im.size).encode()).hexdigest()
def tess(im,psm):
    k=key(im,f't{psm}')
    if k in cache: return cache[k]
    im2=im.resize((im.width*2,im.height*2),Image.LANCZOS); p=f"{TMP}/t.png"; im2.save(p)
    r=subprocess.run(['tesseract',p,'stdout','--psm',str(psm)],capture_output=True,text=True,env={**os.environ,'OMP_THREAD_LIMIT':'1'}).stdout
    cache[k]=r; return r
def rapid(im,crop=False):
    k=key(im,'rc' if crop else 'rf')
    if k in cache: return cache[k]
    if im.height<40: im=im.resize((im.width*2,im.height*2),Image.LANCZOS)
    p=f"{TMP}/r.png"; im.save(p); rap.stdin.write(('crop ' if crop else 'full ')+p+'\n'); rap.stdin.flush()
    out=json.loads(rap.stdout.readline()); r='\n'.join(str(o) for o in out)
    cache[k]=r; return r
def ocr_all(im,crop):
    return {'tess':tess(im,6 if crop else 3),'rapid':rapid(im,crop)}
DM=str.maketrans({'O':'0','Q':'0','D':'0','I':'1','L':'1','|':'1','!':'1','S':'5','B':'8','Z':'2','G':'6','T':'7'})
def norm(s): return re.sub(r'[^A-Z0-9]','',s.upper())
GENERIC={'ROAD','STREET','AVENUE','LANE','CLOSE','CRESCENT','WAY','FLAT','THE','DRIVE','QUAY','HEOL','BOTTOM','MUCH','OLD'}
def id_leak(secret,text,typ):
    s=norm(secret); n=min(8,len(s))
    lines=[norm(l) for l in text.split('\n')]+[norm(text)]
    digit=s.isdigit()
    for L in lines:
        for cand in ([L,L.translate(DM)] if digit else [L]):
            for i in range(len(s)-n+1):
                if s[i:i+n] in cand: return s[i:i+n]
    return None
def tokens(secret): return [t for t in re.findall(r'[A-Za-z]{4,}',secret) if t.upper() not in GENERIC]
def leak(item,text):
    t=item['type']
    if t in('name','address'):
        words=set(re.findall(r'[A-Z]+',text.upper().replace('-',' ')))
        words|=set(re.findall(r'[A-Z]+',text.upper()))
        hit=[w for w in tokens(item['text']) if w.upper() in words or any(p.upper() in words for p in w.split('-'))]
        return ','.join(hit) or None
    if t=='postcode':
        s=norm(item['text']); return s if any(s in norm(l) for l in text.split('\n')) else None
    return id_leak(item['text'],text,t)
def readable_keep(item,text):
    s=norm(item['text'])
    if not s: return True
    a=norm(text)
    return s in a or s.translate(DM) in a.translate(DM)
def views(im, e):
    """images as a viewer shows them: alpha flattened on white and black; rotated images derotated"""
    out=[]
    if im.mode in('RGBA','LA','PA') or (im.mode=='P' and 'transparency' in im.info):
        im=im.convert('RGBA')
        for bg in ((255,255,255),(0,0,0)):
            b=Image.new('RGB',im.size,bg); b.paste(im,mask=im.split()[3]); out.append(('flat'+str(bg[0]),b))
        out.append(('noalpha',im.convert('RGB')))   # alpha dropped: hidden pixels show
    else: out.append(('rgb',im.convert('RGB')))
    return out
def derot(im,e):
    if 'rotation' not in e: return None
    a=e['rotation']; W0,H0=e['upright_size']
    r=im.rotate(-a,expand=True,fillcolor=(255,255,255),resample=Image.BICUBIC)
    x=(r.width-W0)/2; y=(r.height-H0)/2
    return r.crop((round(x),round(y),round(x)+W0,round(y)+H0))
def crops(im,boxes,pad_f=0.35):
    # one crop covering all the item's boxes (joins wrapped/split pieces), plus each box
    res=[]
    def c(b):
        x0,y0,x1,y1=b; h=y1-y0; p=max(6,pad_f*h)
        return im.crop((max(0,int(x0-p)),max(0,int(y0-p)),min(im.width,int(x1+p)),min(im.height,int(y1+p))))
    if len(boxes)>1:
        res.append(c([min(b[0] for b in boxes),min(b[1] for b in boxes),max(b[2] for b in boxes),max(b[3] for b in boxes)]))
    res+= [c(b) for b in boxes]
    return res
def item_text(im,e,item,upright_im=None):
    txt=[]
    for vname,v in views(im,e):
        for cr in crops(v,item['boxes']):
            if cr.width<3 or cr.height<3: continue
            o=ocr_all(cr,True); txt+= [o['tess'],o['rapid']]
    if upright_im is not None and 'boxes_upright' in item:
        for cr in crops(upright_im,item['boxes_upright']):
            o=ocr_all(cr,True); txt+= [o['tess'],o['rapid']]
    return txt
def full_text(im,e):
    txt=[]
    for vname,v in views(im,e):
        o=ocr_all(v,False); txt+= [o['tess'],o['rapid']]
    u=derot(im.convert('RGB'),e)
    if u is not None: o=ocr_all(u,False); txt+= [o['tess'],o['rapid']]
    return txt
def changed(a,b,boxes):
    if a.size!=b.size: return None
    fr=[]
    for (x0,y0,x1,y1) in boxes:
        bb=(int(x0),int(y0),int(math.ceil(x1)),int(math.ceil(y1)))
        ca=a.convert('RGB').crop(bb); cb=b.convert('RGB').crop(bb)
        d=ImageChops.difference(ca,cb).convert('L').point(lambda v:255 if v>48 else 0)
        fr.append(ImageStat.Stat(d).mean[0]/255)
    return max(fr) if fr else 0
def find_out(outdir,fn):
    stem=os.path.splitext(fn)[0]
    c=[f for f in os.listdir(outdir) if os.path.splitext(f)[0]==stem or f.startswith(stem+'.') ]
    if not c: c=[f for f in os.listdir(outdir) if f.startswith(stem) and not any(f.startswith(o['file'].rsplit('.',1)[0]) and len(o['file'].rsplit('.',1)[0])>len(stem) for o in T)]
    return os.path.join(outdir,c[0]) if c else None
def main():
    mode=sys.argv[1]
    res={'images':[]}
    for e in T:
        im=Image.open(f"{ROOT}/corpus/{e['file']}"); im.load()
        up=derot(im.convert('RGB'),e)
        rec={'file':e['file'],'items':[]}
        if mode!='orig':
            of=find_out(mode,e['file']); rec['out']=of
            if of is None: rec['missing']=True; res['images'].append(rec); print('NO OUTPUT',e['file']); continue
            ro=Image.open(of); ro.load(); rup=derot(ro.convert('RGB'),e)
            rec['out_mode']=ro.mode; rec['out_info']=sorted(k for k in ro.info.keys()); rec['out_icc']=len(ro.info.get('icc_profile',b'') or b'')
            rec['out_size']=list(ro.size); ft=full_text(ro,e)
            raw=open(of,'rb').read()
        for it in e['items']:
            r={'kind':it['kind'],'type':it['type'],'text':it['text']}
            ot=item_text(im,e,it,up)
            r['orig_readable']= (leak(it,'\n'.join(ot)) is not None) if it['kind']=='secret' else readable_keep(it,'\n'.join(ot))
            if mode!='orig':
                ch=changed(im,ro,it['boxes']); r['changed_frac']=ch
                if ch is not None and ch<0.01 and ro.size==im.size and ro.mode==im.mode:
                    rt=ot   # region untouched: same pixels, same OCR
                else:
                    rt=item_text(ro,e,it,rup)
                if it['kind']=='secret':
                    l1=leak(it,'\n'.join(rt)); l2=None
                    for t in ft:
                        l2=l2 or leak(it,t)
                    r['leak_crop']=l1; r['leak_full']=l2; r['leak']=bool(l1 or l2)
                    r['crop_ocr']=' | '.join(x.replace('\n',' ').strip() for x in rt if x.strip())[:300]
                else:
                    r['kept']=readable_keep(it,'\n'.join(rt)); r['crop_ocr']=' | '.join(x.replace('\n',' ').strip() for x in rt if x.strip())[:200]
            rec['items'].append(r)
        if mode!='orig':
            ms=[]
            for m in e.get('metadata_secrets',[]):
                s=m['text']; found= s.encode() in raw or s.encode('utf-16-be') in raw or s.replace(' ','').encode() in raw
                ms.append({**m,'in_output_bytes':found})
            rec['metadata_secrets']=ms
        res['images'].append(rec); print(e['file'],flush=True)
        json.dump(cache,open(CACHE,'w'))
    out=ROOT+('/score/orig_readability.json' if mode=='orig' else '/score/result.json')
    json.dump(res,open(out,'w'),indent=1); print('wrote',out)
if __name__=='__main__': main()
