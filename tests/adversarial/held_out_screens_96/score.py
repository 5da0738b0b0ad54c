# score.py BASELINE_OCR.json OUT_OCR.json [OUTDIR] -> prints figures, writes results/score_*.json
import json, sys, re, unicodedata, os
T=json.load(open('/tmp/ho49/screens/truth.json'))
B=json.load(open(sys.argv[1])); O=json.load(open(sys.argv[2]))
CONF=str.maketrans({'O':'0','Q':'0','D':'0','I':'1','L':'1','|':'1','S':'5','B':'8','Z':'2','G':'6'})
def deacc(s): return unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode()
def norm(s): return re.sub(r'[^A-Z0-9]','',deacc(s).upper()).translate(CONF)
def words(s): return set(w.lower() for w in re.findall(r'[A-Za-z]+',deacc(s)))
WORDKINDS={'name','address'}
def readable(item, text):
    if not text: return False
    v=item['text']
    if item['kind'] in WORDKINDS:
        ws=[w.lower() for w in re.findall(r'[A-Za-z]+',deacc(v)) if len(w)>=3]
        return any(w in words(text) for w in ws)
    nv=norm(v); nt=norm(text)
    if len(nv)<8: return nv in nt
    return any(nv[i:i+8] in nt for i in range(len(nv)-7))
def kept(item,text):
    if not text: return False
    return norm(item['text']) in norm(text) if item['kind'] not in WORDKINDS else False
ENG=['tess','rapid']
res={'ids':[], 'keeps':[]}
for n,t in T.items():
    b=B.get(n,{}); o=O.get(n,{})
    for i,it in enumerate(t['items']):
        rb={e:(readable(it,b[e][i]) if it['secret'] else kept(it,b[e][i])) for e in ENG if e in b}
        if o.get('missing') or 'tess' not in o:
            ro={e:None for e in ENG}
        else:
            ro={e:(readable(it,o[e][i]) if it['secret'] else kept(it,o[e][i])) for e in ENG}
        rec={'img':n,'i':i,'kind':it['kind'],'text':it['text'],'box':[round(x) for x in it['box']],'base':rb,'out':ro,
             'out_text':{e:(o.get(e) or ['']*len(t['items']))[i] for e in ENG},'design':t.get('design'),'toolkit':t.get('toolkit')}
        (res['ids'] if it['secret'] else res['keeps']).append(rec)
def pct(a,b): return f'{100*a/b:.2f}% ({a}/{b})' if b else 'n/a'
lines=[]
ids=res['ids']; ks=res['keeps']
lines.append(f"identifiers planted: {len(ids)}; keeps planted: {len(ks)}")
for e in ENG:
    den=[r for r in ids if r['base'].get(e)]; leak=[r for r in den if r['out'][e]]
    lines.append(f"strict recall {e}: {pct(len(den)-len(leak),len(den))}")
den=[r for r in ids if any(r['base'].values())]
leak=[r for r in den if any(r['out'][e] for e in ENG if r['out'][e] is not None)]
lines.append(f"strict recall combined (readable by either unredacted; leaked if either reads it after): {pct(len(den)-len(leak),len(den))}")
lines.append(f"identifiers readable by neither engine unredacted (not scored): {len(ids)-len(den)}")
# keeps
for e in ENG:
    den_k=[r for r in ks if r['base'].get(e)]; lost=[r for r in den_k if not r['out'][e]]
    lines.append(f"keep-rate {e}: {pct(len(den_k)-len(lost),len(den_k))}")
den_k=[r for r in ks if any(r['base'].values())]
lost_k=[r for r in den_k if not any(r['out'][e] for e in ENG if r['base'].get(e))]
lines.append(f"keep-rate combined (kept if an engine that read it before still reads it): {pct(len(den_k)-len(lost_k),len(den_k))}")
print('\n'.join(lines))
res['summary']=lines; res['leaks']=leak; res['lost_keeps']=lost_k
out=sys.argv[3] if len(sys.argv)>3 else '/tmp/ho49/screens/results/score.json'
json.dump(res,open(out,'w'),indent=0)
