"""Score Attest outputs against ground truth, independently of Attest's OCR.
masked (box): >=95% of the item's box pixels covered (changed, or enclosed by changed pixels: black ink under a black mask).
masked (ocr): no 8 consecutive chars (or the whole id if shorter) of the identifier read by Tesseract (2x upscale, psm 7 and 6) in the output crop."""
import json, glob, os, re, subprocess, sys, collections, statistics
import numpy as np, cv2
from PIL import Image
R=os.environ.get('HELD_OUT_SCREENS', '/tmp/ho30/screens'); C=R+'/corpus'; O=R+'/out'; MIS=R+'/misses'; os.makedirs(MIS,exist_ok=True)
def load(path):
    im=Image.open(path); return im
def views(im):
    """list of RGB arrays as a viewer shows it: alpha flattened on light and dark."""
    if im.mode in ('RGBA','LA','PA') or (im.mode=='P' and 'transparency' in im.info):
        im=im.convert('RGBA'); out=[]
        for bg in ((255,255,255),(20,20,20)):
            b=Image.new('RGBA',im.size,bg+(255,)); b.alpha_composite(im); out.append(np.asarray(b.convert('RGB')).astype(np.int16))
        return out
    a=np.asarray(im.convert('RGB')).astype(np.int16); return [a,a]
def covered_map(a,b,box,thr):
    x0,y0,x1,y1=box; H,W=a.shape[:2]; m=8
    X0,Y0,X1,Y1=max(0,x0-m),max(0,y0-m),min(W,x1+m),min(H,y1+m)
    D=(np.abs(a[Y0:Y1,X0:X1]-b[Y0:Y1,X0:X1]).sum(2)>thr).astype(np.uint8)
    n,lab=cv2.connectedComponents(1-D,connectivity=4)
    border=set(np.unique(np.concatenate([lab[0],lab[-1],lab[:,0],lab[:,-1]])))
    outside=np.isin(lab,list(border))&(D==0)
    cov=~outside
    return cov[y0-Y0:y1-Y0,x0-X0:x1-X0]
NORM=lambda s: re.sub(r'[^0-9A-Z]','',s.upper())
def readable(text,ident):
    t=NORM(text); i=NORM(ident)
    if not i: return False
    k=min(8,len(i))
    return any(i[j:j+k] in t for j in range(len(i)-k+1))
def ocr(arr,box,rot=False):
    x0,y0,x1,y1=box; H,W=arr.shape[:2]; m=6
    crop=arr[max(0,y0-m):min(H,y1+m),max(0,x0-m):min(W,x1+m)].astype(np.uint8)
    if crop.size==0: return ''
    im=Image.fromarray(crop).resize((crop.shape[1]*2,crop.shape[0]*2),Image.LANCZOS)
    outs=[]
    angles=[0,90,180,270] if rot else [0]
    for ang in angles:
        imr=im.rotate(ang,expand=True,fillcolor=tuple(int(v) for v in crop[0,0])) if ang else im
        p=R+'/tmp/ocr.png'; imr.save(p)
        for psm in ('7','6'):
            t=subprocess.run(['tesseract',p,'-','--psm',psm],capture_output=True,text=True).stdout
            outs.append(t)
    return '\n'.join(outs)
def ocr_read(arr,box,ident,rot):
    x0,y0,x1,y1=box; H,W=arr.shape[:2]; m=6
    crop=arr[max(0,y0-m):min(H,y1+m),max(0,x0-m):min(W,x1+m)].astype(np.uint8)
    if crop.size==0: return False,''
    big=Image.fromarray(crop).resize((crop.shape[1]*2,crop.shape[0]*2),Image.LANCZOS)
    p=R+'/tmp/ocr.png'; allt=[]
    for ang in ([0,90,270,180] if rot else [0]):
        imr=big.rotate(ang,expand=True,fillcolor=tuple(int(v) for v in crop[0,0])) if ang else big
        if rot and ang==0 and 'rot12' in rot: imr=big.rotate(12 if '12' in rot else 0,expand=True,fillcolor=tuple(int(v) for v in crop[0,0]))
        imr.save(p)
        for psm in ('7','6'):
            t=subprocess.run(['tesseract',p,'-','--psm',psm],capture_output=True,text=True).stdout; allt.append(t)
            if readable(t,ident): return True,t
    return False,' | '.join(x.strip() for x in allt)[:200]
def merge_parts(items):
    out=[];groups=collections.OrderedDict()
    for it in items:
        if it['kind'].endswith('_part') and it.get('note'):
            key=(it['kind'],it['note'])
            if key not in groups:
                g=dict(it); g['kind']='mpan' if it['kind']=='mpan_core_part' else 'mpan_top'; g['cls']='html-sbox-core' if g['kind']=='mpan' else 'html-sbox-top'
                g['text']=it['note'] if g['kind']=='mpan' else ''; g['parts']=[]; groups[key]=g; out.append(g)
            g=groups[key]; g['parts']+=it['parts']
            if g['kind']=='mpan_top': g['text']+=it['text']
        else: out.append(it)
    for g in groups.values():
        ps=g['parts']; g['box']=[min(p[0] for p in ps),min(p[1] for p in ps),max(p[2] for p in ps),max(p[3] for p in ps)] if ps else None
    return out
def main():
    times={}
    if os.path.exists(O+'/times.tsv'):
        for l in open(O+'/times.tsv'):
            f=l.rstrip('\n').split('\t')
            if len(f)==3: times[f[0]]=(float(f[1]),int(f[2]))
    rows=[]; keeps=[]
    for jf in sorted(glob.glob(C+'/'+os.environ.get('ONLY','*')+'.json')):
        j=json.load(open(jf)); fn=j.get('file',j['name']+'.png'); inp=C+'/'+fn; outp=O+'/'+fn
        if not os.path.exists(outp):
            cand=glob.glob(O+'/'+os.path.splitext(fn)[0]+'.*'); cand=[c for c in cand if not c.endswith(('.json','.log'))]
            if not cand: print('NO OUTPUT',fn); continue
            outp=cand[0]
        iv=views(load(inp)); ov=views(load(outp))
        if iv[0].shape!=ov[0].shape: print('SIZE MISMATCH',fn); continue
        jpeg=fn.endswith('.jpg'); thr=90 if jpeg else 40
        ink=np.asarray(Image.open(R+'/ink/'+j['name']+'.png'))>0
        ink=cv2.dilate(ink.astype(np.uint8),np.ones((5,5),np.uint8))>0
        for it in merge_parts(j['items']):
            if not it['parts'] or it['box'] is None: 
                if it['role']=='id': rows.append(dict(image=fn,kind=it['kind'],cls=it['cls'],text=it['text'],box=None,visible=0.0,hidden=True,j=j)); 
                continue
            tot=0;cov_box=0;ink_tot=0;ink_cov=0
            for p in it['parts']:
                p=[int(v) for v in p]
                if p[2]<=p[0] or p[3]<=p[1]: continue
                cv_=np.minimum(*[covered_map(a,b,p,thr) for a,b in zip(iv,ov)])
                tot+=cv_.size; cov_box+=cv_.sum()
                ik=ink[p[1]:p[3],p[0]:p[2]]; ink_tot+=ik.sum(); ink_cov+=(cv_&ik).sum()
            bf=cov_box/max(1,tot); inf=ink_cov/max(1,ink_tot) if ink_tot else bf
            r=dict(image=fn,kind=it['kind'],cls=it['cls'],text=it['text'],box=[int(v) for v in it['box']],parts=it['parts'],visible=it.get('visible',1.0),box_frac=float(bf),ink_frac=float(inf),j=j,jpeg=jpeg)
            if it['role']=='keep': keeps.append(r); continue
            rot=it['cls'] if it['cls'].startswith('rot') else None
            # readability in input (either view), and in output unless the box is fully painted over
            rin=False
            for a in (iv[0],) if iv[0] is iv[1] else iv:
                ok,_=ocr_read(a,r['box'],it['text'],rot); rin=rin or ok
                if rin: break
            rout=False; rtxt=''
            if not (bf>=0.995 and inf>=0.999):
                for a in (ov[0],) if ov[0] is ov[1] else ov:
                    ok,t=ocr_read(a,r['box'],it['text'],rot); rout=rout or ok; rtxt=t
                    if rout: break
            r.update(read_in=rin,read_out=rout,out_text=rtxt if rout else '')
            rows.append(r)
    json.dump([{k:v for k,v in r.items() if k!='j'} for r in rows],open(R+'/score_ids.json','w'),indent=0,default=str)
    json.dump([{k:v for k,v in r.items() if k!='j'} for r in keeps],open(R+'/score_keeps.json','w'),indent=0,default=str)
    report(rows,keeps,times)
def feat(r):
    j=r['j']; fs=[]
    fs.append('renderer:'+j.get('renderer','?')); fs.append('theme:'+j.get('theme','?'))
    fs.append('scale:'+str(j.get('dpr',j.get('dpi','?')))); fs.append('format:'+('jpeg' if r.get('jpeg') else 'png'))
    fs.append('size:%dx%d'%tuple(j['size']))
    return fs
def pct(a,b): return '%.1f %%'%(100*a/b) if b else 'n/a'
def report(rows,keeps,times):
    vis=[r for r in rows if not r.get('hidden')]; hid=[r for r in rows if r.get('hidden')]
    full=[r for r in vis if r['visible']>=0.999]; part=[r for r in vis if r['visible']<0.999]
    L=[]; A=L.append
    A('# Held-out screenshot corpus: Attest results\n')
    A('Generated by make.py (chromium headless HTML, Qt widgets offscreen, QPainter canvases, LibreOffice→PDF→pdftoppm, JPEG screen-share copies). Scored by score.py.\n')
    nimg=len(set(r['image'] for r in rows)|set(k['image'] for k in keeps))
    A(f'Images: {nimg}. Identifier instances: {len(rows)} ({len(full)} fully visible, {len(part)} partly covered/clipped, {len(hid)} fully hidden - excluded). Keep items: {len(keeps)}.\n')
    def rec(rs):
        n=len(rs); b=sum(1 for r in rs if r.get('masked',r['box_frac']>=0.95)); o=sum(1 for r in rs if not r['read_out'])
        ri=[r for r in rs if r['read_in']]; leak=sum(1 for r in ri if r['read_out'])
        i95=sum(1 for r in rs if r['ink_frac']>=0.99)
        return n,b,o,len(ri),leak,i95
    A('## Headline\n')
    A('| set | ids | strict recall (box ≥95 % covered, or ≥99 % of glyph pixels changed) | glyph-pixel recall (≥99 % of glyph pixels changed) | recall (no 8 chars Tesseract-readable in output) | Tesseract-readable in input | of those still readable in output |')
    A('|---|---|---|---|---|---|---|')
    for nm,rs in [('all visible',vis),('fully visible',full),('partly covered',part)]:
        n,b,o,ri,leak,i95=rec(rs); A(f'| {nm} | {n} | {b}/{n} = {pct(b,n)} | {i95}/{n} = {pct(i95,n)} | {o}/{n} = {pct(o,n)} | {ri} | {leak} ({pct(leak,ri)}) |')
    k=sum(1 for r in keeps if r['box_frac']<=0.2); A(f'\nKeep rate (≤20 % of box changed): {k}/{len(keeps)} = {pct(k,len(keeps))}\n')
    ts=[v[0] for kk,v in times.items()]
    if ts:
        A(f'Attest wall time per image (one `attest redact` process per image, includes ~1-2 s start-up): median {statistics.median(ts):.2f} s, mean {statistics.mean(ts):.2f} s, max {max(ts):.2f} s, total {sum(ts):.0f} s over {len(ts)} images. Non-zero exit codes: {sum(1 for v in times.values() if v[1]!=0)}.\n')
    for title,keyf in [('case class (where the identifier sits / how drawn)',lambda r:[r['cls']]),('kind',lambda r:[r['kind']]),('image feature',feat)]:
        A(f'## Recall by {title}\n'); A('| group | ids | strict (box/glyph) | glyph ≥99 % | not readable in output | readable in input | leaks (readable in & out) |'); A('|---|---|---|---|---|---|---|')
        g=collections.defaultdict(list)
        for r in vis:
            for kf in keyf(r): g[kf].append(r)
        for kf in sorted(g):
            n,b,o,ri,leak,i95=rec(g[kf]); A(f'| {kf} | {n} | {pct(b,n)} | {pct(i95,n)} | {pct(o,n)} | {ri} | {leak} |')
        A('')
    A('## Keep rate by kind\n'); g=collections.defaultdict(list)
    for r in keeps: g[r['kind']].append(r)
    A('| kind | items | kept |'); A('|---|---|---|')
    for kf in sorted(g): A(f'| {kf} | {len(g[kf])} | {pct(sum(1 for r in g[kf] if r["box_frac"]<=0.2),len(g[kf]))} |')
    A('\nKeep items lost (>20 % changed):\n')
    for r in keeps:
        if r['box_frac']>0.2: A(f'- {r["image"]} {r["kind"]} "{r["text"]}" box={r["box"]} changed={100*r["box_frac"]:.0f} %')
    A('\n## Every miss (visible identifier: box < 95 % covered and < 99 % of its glyph pixels changed)\n')
    A('Crops (input | output, margin 12 px) in misses/. "read_out" = Tesseract read ≥8 consecutive chars of it in the output crop.\n')
    A('| # | image | kind | class | text | box | visible | % box masked | % glyph px changed | readable in input | readable in output | crop |'); A('|---|---|---|---|---|---|---|---|---|---|---|---|')
    mi=0
    for r in sorted(vis,key=lambda r:(r['image'],r['box'][1],r['box'][0])):
        if r.get('masked',r['box_frac']>=0.95): continue
        mi+=1; cp=crop_png(r,mi)
        A(f'| {mi} | {r["image"]} | {r["kind"]} | {r["cls"]} | `{r["text"]}` | {r["box"]} | {100*r["visible"]:.0f} % | {100*r["box_frac"]:.1f} | {100*r["ink_frac"]:.1f} | {"yes" if r["read_in"] else "no"} | {"YES" if r["read_out"] else "no"} | misses/{cp} |')
    A('\n## Masked by box measure but still Tesseract-readable in output\n')
    for r in vis:
        if r.get('masked') and r['read_out']: A(f'- {r["image"]} {r["kind"]} `{r["text"]}` {r["box"]}')
    open(R+'/RESULTS.md','w').write('\n'.join(L)+'\n'); print('\n'.join(L[:40]))
def crop_png(r,i):
    a=Image.open(C+'/'+r['image']).convert('RGB'); fnout=O+'/'+r['image']
    b=Image.open(fnout if os.path.exists(fnout) else glob.glob(O+'/'+os.path.splitext(r['image'])[0]+'.*')[0]).convert('RGB')
    x0,y0,x1,y1=r['box']; m=12; bx=(max(0,x0-m),max(0,y0-m),min(a.size[0],x1+m),min(a.size[1],y1+m))
    ca=a.crop(bx); cb=b.crop(bx); w,h=ca.size; im=Image.new('RGB',(w*2+6,h),(255,0,255)); im.paste(ca,(0,0)); im.paste(cb,(w+6,0))
    name='%03d_%s_%s.png'%(i,os.path.splitext(r['image'])[0],r['kind']); im.save(MIS+'/'+name); return name
def rescore():
    # recompute ink coverage on undilated glyph pixels (a black mask on a black background leaves background pixels unchanged)
    rows=json.load(open(R+'/score_ids.json')); keeps=json.load(open(R+'/score_keeps.json')); cache={}
    for r in rows+keeps:
        fn=r['image']; name=os.path.splitext(fn)[0]
        if name not in cache:
            j=json.load(open(C+'/'+name+'.json')); inp=C+'/'+fn; outp=O+'/'+fn
            iv=views(load(inp)); ov=views(load(outp)); ink=np.asarray(Image.open(R+'/ink/'+j['name']+'.png'))>0
            cache.clear(); cache[name]=(j,iv,ov,ink,90 if fn.endswith('.jpg') else 40)
        j,iv,ov,ink,thr=cache[name]; r['j']=j
        if not r.get('box'): continue
        tot=0;cov=0
        for p in r['parts']:
            p=[int(v) for v in p]
            if p[2]<=p[0] or p[3]<=p[1]: continue
            ik=ink[p[1]:p[3],p[0]:p[2]]
            ch=np.minimum(*[(np.abs(a[p[1]:p[3],p[0]:p[2]]-b[p[1]:p[3],p[0]:p[2]]).sum(2)>thr) for a,b in zip(iv,ov)])
            tot+=ik.sum(); cov+=(ch&ik).sum()
        r['ink_frac']=float(cov/tot) if tot else r['box_frac']
        r['masked']=r['box_frac']>=0.95 or r['ink_frac']>=0.99
    json.dump([{k:v for k,v in r.items() if k!='j'} for r in rows],open(R+'/score_ids_rescored.json','w'),indent=0,default=str)
    for f in glob.glob(MIS+'/*.png'): os.remove(f)
    times={}
    for l in open(O+'/times.tsv'):
        f=l.rstrip('\n').split('\t')
        if len(f)==3: times[f[0]]=(float(f[1]),int(f[2]))
    report(rows,keeps,times)
if __name__=='__main__':
    if sys.argv[1:]==['--rescore']: rescore()
    else: main()
