# score: python score.py BASE_OCR_DIR OUT_OCR_DIR [OUTJSON]  (truth from truth_*.json)
import json, glob, re, sys, os, unicodedata
HERE='/tmp/ho50/screens'
T={}
for f in glob.glob(HERE+'/truth_*.json'): T.update(json.load(open(f)))
def nalnum(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^0-9A-Za-z]','',s).upper()
def nlet(s): return re.sub(r'[^A-Z]','',nalnum(s))
def overl(b,p,m=4):
    return not (b[2]<p[0]-m or b[0]>p[2]+m or b[3]<p[1]-m or b[1]>p[3]+m)
def lines(toks):
    # cluster tokens into lines by y-centre
    ts=sorted(toks,key=lambda t:((t[1][1]+t[1][3])/2,t[1][0])); L=[]
    for t,b in ts:
        yc=(b[1]+b[3])/2; h=max(1,b[3]-b[1])
        for l in L:
            if abs(l['yc']-yc)<0.5*max(h,l['h']): l['t'].append((t,b)); break
        else: L.append({'yc':yc,'h':h,'t':[(t,b)]})
    return [' '.join(t for t,b in sorted(l['t'],key=lambda z:z[1][0])) for l in L]
NAMEK=('name','address')
def windows(n): return [n] if len(n)<8 else [n[i:i+8] for i in range(len(n)-7)]
def readable(item,toks,ltext):
    parts=item['parts']
    near=[t for t,b in toks if any(overl(b,p) for p in parts)]
    loc=' '.join(near)
    if item['secret']:
        if item['kind'] in NAMEK:
            words=[w for w in re.findall(r"[^\W\d_]+",item['text']) if len(nlet(w))>=3]
            L=nlet(loc); hit=[w for w in words if nlet(w) in L]
            return bool(hit), hit
        n=nalnum(item['text'])
        # addendum (after first results): an e-mail's local part repeats the customer's name, so a leaked NAME
        # elsewhere on the line was counted as an e-mail leak; e-mails are checked only on OCR text overlapping their box
        cands=[nalnum(loc)]+([] if item['kind']=='email' else ltext)
        for w in windows(n):
            for c in cands:
                if w in c: return True, w
        return False, None
    else:
        n=nalnum(item['text'])
        if not n: return True,None
        return (n in nalnum(loc)), None
def score(base,out):
    R={'items':[]}
    for img,meta in sorted(T.items()):
        bp=os.path.join(base,img+'.json'); 
        stem=os.path.splitext(img)[0]
        cand=[p for p in glob.glob(os.path.join(out,stem+'.*.json'))] if out else []
        B=json.load(open(bp)) if os.path.exists(bp) else None
        O=json.load(open(cand[0])) if cand else None
        for idx,it in enumerate(meta['items']):
            if not it.get('visible',True): continue
            rec=dict(img=img,idx=idx,text=it['text'],kind=it['kind'],secret=it['secret'],design=meta['design'],toolkit=meta['toolkit'],scale=meta['scale'],theme=meta['theme'],box=it['parts'])
            for eng in ('tess','rapid'):
                if B is None: continue
                lt=[nalnum(l) for l in lines(B[eng])]
                rec['base_'+eng]=readable(it,B[eng],lt)[0]
                if O is not None:
                    lt2=[nalnum(l) for l in lines(O[eng])]
                    r,h=readable(it,O[eng],lt2); rec['out_'+eng]=r; rec['hit_'+eng]=h
            rec['missing_out']=O is None
            R['items'].append(rec)
    return R
if __name__=='__main__':
    R=score(sys.argv[1],sys.argv[2] if len(sys.argv)>2 and sys.argv[2]!='-' else None)
    json.dump(R,open(sys.argv[3] if len(sys.argv)>3 else HERE+'/score.json','w'),ensure_ascii=False,indent=0)
    it=R['items']; HEAD=lambda r:r['secret'] and r['kind']!='mpan_top'
    for eng in ('tess','rapid'):
        ids=[r for r in it if HEAD(r) and r.get('base_'+eng)]; ks=[r for r in it if not r['secret'] and r.get('base_'+eng)]
        s='%s: readable ids %d of %d, readable keeps %d of %d'%(eng,len(ids),sum(1 for r in it if HEAD(r)),len(ks),sum(1 for r in it if not r['secret']))
        if 'out_'+eng in (ids[0] if ids else {}):
            leak=[r for r in ids if r.get('out_'+eng)]; kept=[r for r in ks if r.get('out_'+eng)]
            s+=' | strict recall %.2f%% (%d leaks) | keep %.2f%% (%d lost)'%(100*(1-len(leak)/len(ids)),len(leak),100*len(kept)/len(ks),len(ks)-len(kept))
        print(s)
    ids=[r for r in it if HEAD(r) and (r.get('base_tess') or r.get('base_rapid'))]
    if ids and 'out_tess' in ids[0]:
        leak=[r for r in ids if (r.get('base_tess') and r.get('out_tess')) or (r.get('base_rapid') and r.get('out_rapid'))]
        ks=[r for r in it if not r['secret'] and (r.get('base_tess') or r.get('base_rapid'))]
        kept=[r for r in ks if (r.get('base_tess') and r.get('out_tess')) or (r.get('base_rapid') and r.get('out_rapid'))]
        print('combined: ids %d, strict recall %.2f%% (%d leaks); keeps %d, keep-rate %.2f%% (%d lost)'%(len(ids),100*(1-len(leak)/len(ids)),len(leak),len(ks),100*len(kept)/len(ks),len(ks)-len(kept)))
    else:
        print('combined readable ids',len(ids),'keeps',sum(1 for r in it if not r['secret'] and (r.get('base_tess') or r.get('base_rapid'))))
