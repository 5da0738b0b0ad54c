# usage: score.py OCR_BASELINE OCR_OUTPUT [report.json]  -- strict recall and keep-rate per engine
import json, sys, re
from collections import defaultdict
truth=json.load(open('/tmp/ho51/screens/truth.json')); B=json.load(open(sys.argv[1])); O=json.load(open(sys.argv[2]))
import unicodedata
def F(s):  # v2 (after first run): fold diacritics (ś->s, ł->l) and URL-decode %20 so 'Wiśniewska' / 'DE22%201HR' read as such count
    s=(s or '').replace('%20',' ').replace('ł','l').replace('Ł','L')
    return ''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c))
N=lambda s: re.sub(r'[^0-9A-Z]','',F(s).upper().replace('£','L'))
L=lambda s: re.sub(r'[^A-Z]','',F(s).upper())
def words(v): return [L(w) for w in re.split(r'[\s,]+',v) if len(L(w))>=3]
def leak(it,txt):
    if txt is None: return False
    k=it['kind']
    if k in('name','address'):
        o=L(txt); return any(w in o for w in words(it['text']))
    v=N(it['text']); o=N(txt)
    if not v: return False
    if len(v)<8: return v in o
    return any(v[i:i+8] in o for i in range(len(v)-7))
def kept(it,txt):
    v=N(it['text']); return bool(v) and txt is not None and v in N(txt)
eng=['tess','rapid']; st={'secrets':{},'keeps':{}}; misses=[]; lost=[]; unread=[]
agg={e:defaultdict(int) for e in eng+['either']}
for img,t in truth.items():
    b=B[img]; o=O.get(img,{'missing':True})
    for k,it in enumerate(t['items']):
        bi=b['items'][k]; oi=None if o.get('missing') else o['items'][k]
        if it['cls']=='secret':
            base={e:leak(it,bi[e]) for e in eng}; out={e:(oi is not None and leak(it,oi[e])) for e in eng}
            for e in eng:
                if base[e]: agg[e]['s_read']+=1; agg[e]['s_leak']+=out[e]
            if any(base.values()):
                agg['either']['s_read']+=1; L_=any(out[e] for e in eng if base[e]) or (oi is None)
                agg['either']['s_leak']+=L_
                if L_: misses.append({'image':img,'kind':it['kind'],'text':it['text'],'layout':it.get('layout',''),'design':t.get('design',''),'derived':t.get('derived',''),'by':[e for e in eng if out[e]],'ocr':{e:(oi or {}).get(e) for e in eng}})
            else: unread.append({'image':img,'kind':it['kind'],'text':it['text']})
        else:
            base={e:kept(it,bi[e]) for e in eng}; out={e:(oi is not None and kept(it,oi[e])) for e in eng}
            for e in eng:
                if base[e]: agg[e]['k_read']+=1; agg[e]['k_ok']+=out[e]
            if any(base.values()):
                agg['either']['k_read']+=1; ok=all(out[e] for e in eng if base[e]); agg['either']['k_ok']+=ok
                if not ok: lost.append({'image':img,'kind':it['kind'],'text':it['text'],'box':[round(x) for x in it['box']],'ocr':{e:(oi or {}).get(e) for e in eng}})
tot_s=sum(1 for t in truth.values() for i in t['items'] if i['cls']=='secret'); tot_k=sum(1 for t in truth.values() for i in t['items'] if i['cls']=='keep')
print(f'images {len(truth)}  secrets planted {tot_s}  keeps planted {tot_k}')
for e in eng+['either']:
    a=agg[e]; print(f"{e:6s} secrets readable unredacted {a['s_read']:4d}  leaked {a['s_leak']:3d}  strict recall {100*(1-a['s_leak']/max(1,a['s_read'])):.2f}%   keeps readable {a['k_read']:4d} kept {a['k_ok']:4d} keep-rate {100*a['k_ok']/max(1,a['k_read']):.2f}%")
if len(sys.argv)>3: json.dump({'agg':agg,'misses':misses,'lost':lost,'unread':unread},open(sys.argv[3],'w'),indent=1,ensure_ascii=False)
