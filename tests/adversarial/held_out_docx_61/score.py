# Scores attest scan results against truth. usage: score.py SCANDIR > report
import json, sys, os, re, unicodedata, collections
ROOT='/tmp/ho39/docx'; SD=sys.argv[1] if len(sys.argv)>1 else f'{ROOT}/results/scan'
KINDMAP={'MPAN':{'MPAN'},'MPRN':{'MPRN'},'SERIAL':{'MSN','SERIAL','GAS_SERIAL'},'EUI64':{'DEVICE','EUI64'},'POSTCODE':{'POSTCODE','ADDRESS'},'NAME':{'NAME','PERSON','ADDRESS'},'PHONE':{'PHONE'},'EMAIL':{'EMAIL'}}
def n(s):
    s=unicodedata.normalize('NFKC',s); return re.sub(r'[^0-9a-z]','',s.casefold())
def load(b):
    g=lambda e:open(f'{SD}/{b}.{e}',encoding='utf-8',errors='replace').read() if os.path.exists(f'{SD}/{b}.{e}') else None
    return g('out'),g('err'),g('rc'),g('time')
def findings(out):
    F=[]
    for line in (out or '').splitlines():
        m=re.match(r'^(.*?\.docx): (.*): ([A-Z_0-9]+) (.*)$',line)
        if m: F.append({'where':m.group(2),'kind':m.group(3),'shown':m.group(4)})
    return F
rows=[json.loads(l) for l in open(f'{ROOT}/truth/truth.jsonl')]
res=[]
for r in rows:
    b=os.path.basename(r['file'])[:-5]; out,err,rc,t=load(b)
    if rc is None: r['scanned']=False; res.append(r); continue
    rc=int(rc.strip()); F=findings(out)
    tail=lambda f: n(f['shown'].replace('•',''))
    r.update(scanned=True,rc=rc,time=float(t),findings=F,stdout=out.strip(),stderr=(err or '').strip()[-600:])
    r['crash']= rc not in (0,1) or 'Traceback' in (err or '')
    r['refused']= bool(re.search(r'refus|cannot read|unreadable|could not',(out or '')+(err or ''),re.I))
    if r['type']=='altered':
        v=n(r['value'])
        r['flagged_any']= rc!=0 or bool(F)
        r['flagged_for_id']= any(f['kind'] in KINDMAP[r['kind']] or (tail(f) and v.endswith(tail(f))) for f in F) or (r['refused'] and rc!=0)
    else:
        r['flagged_any']= rc!=0 or bool(F)
    res.append(r)
json.dump(res,open(f'{SD}/scored.json','w'),indent=1,ensure_ascii=False)
A=[r for r in res if r['type']=='altered' and r.get('scanned')]; C=[r for r in res if r['type']=='control' and r.get('scanned')]
print(f"scanned altered {len(A)}/{sum(r['type']=='altered' for r in res)}, controls {len(C)}/{sum(r['type']=='control' for r in res)}")
fa=sum(r['flagged_for_id'] for r in A); fany=sum(r['flagged_any'] for r in A)
print(f"altered flagged for their identifier: {fa}/{len(A)} = {100*fa/max(1,len(A)):.1f}%  (flagged at all: {fany})")
cf=[r for r in C if r['flagged_any']]; print(f"controls flagged: {len(cf)}/{len(C)}  keep-rate {100*(len(C)-len(cf))/max(1,len(C)):.1f}%")
cr=[r for r in res if r.get('crash')]; print(f"crashes: {len(cr)}")
ts=[r['time'] for r in res if r.get('scanned')]
if ts: print(f"time per file: mean {sum(ts)/len(ts):.2f}s, max {max(ts):.2f}s, total {sum(ts):.0f}s")
print('\nby kind (flagged-for-id / n):')
for k in ['MPAN','MPRN','SERIAL','EUI64','POSTCODE','NAME','PHONE','EMAIL']:
    x=[r for r in A if r['kind']==k]; print(f"  {k:9s} {sum(r['flagged_for_id'] for r in x)}/{len(x)}")
print('\nby class:')
for c in sorted(set(r['class'] for r in A)):
    x=[r for r in A if r['class']==c]; print(f"  {c:24s} {sum(r['flagged_for_id'] for r in x)}/{len(x)}")
print('\nby technique (missed/n):')
bt=collections.defaultdict(list)
for r in A: bt[r['technique']].append(r)
for t,x in sorted(bt.items()):
    m=[r for r in x if not r['flagged_for_id']]
    if m: print(f"  {t:40s} missed {len(m)}/{len(x)}: "+', '.join(r['kind'] for r in m))
print('\nMISSES (file | class | kind | value | visible_by | scan output):')
for r in A:
    if not r['flagged_for_id']:
        print(f"  {r['file']} | {r['class']} | {r['kind']} | {r['value']} | {r['visible_by']} | rc={r['rc']} {r['stdout'].splitlines()[-1] if r['stdout'] else ''}")
print('\nCONTROLS FLAGGED:')
for r in cf: print(f"  {r['file']} | {r['value']} | {r['stdout']}")
print('\nCRASHES:')
for r in cr: print(f"  {r['file']} rc={r['rc']} {r['stderr'][-300:]}")
print('\nFLAGGED-BUT-NOT-FOR-ID (altered, findings unrelated):')
for r in A:
    if r['flagged_any'] and not r['flagged_for_id']: print(f"  {r['file']}: {r['stdout'][:300]}")
