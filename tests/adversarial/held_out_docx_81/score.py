# usage: score.py SCANDIR  -- scores per-file `attest scan` outputs against truth.json
import json, sys, os, re
from collections import defaultdict, Counter
os.chdir('/tmp/ho46/docx'); D=sys.argv[1] if len(sys.argv)>1 else 'runs/scan1'
T=json.load(open('truth.json'))
KW={'mpan':r'\bMPAN\b','mprn':r'\bMPRN\b','serial':r'serial|\bMSN\b','eui64':r'EUI|device','name':r'\bname\b','address':r'address','postcode':r'postcode','phone':r'phone|telephone','email':r'e-?mail'}
res=[]
for t in T:
    if t.get('template'): continue
    d='controls' if t['control'] else 'altered'; b=os.path.basename(t['file'])[:-5]
    try: out=open(f'{D}/{d}/{b}.out').read(); rc=int(open(f'{D}/{d}/{b}.rc').read().strip() or -1)
    except FileNotFoundError: out='';rc=None
    r=dict(t); r['rc']=rc; r['out']=out.strip()
    r['crash']= rc is None or rc not in (0,1,2) or 'Traceback' in out
    r['refused']= bool(re.search(r'refus|cannot read|could not read|unreadable|not read',out,re.I))
    r['flagged']= rc not in (0,None)
    if not t['control']: r['kind_named']= bool(re.search(KW[t['kind']],out.replace(t['file'],''),re.I))
    res.append(r)
alt=[r for r in res if not r['control']]; ctl=[r for r in res if r['control']]
print(f'altered flagged: {sum(r["flagged"] for r in alt)}/{len(alt)}  (own kind named: {sum(r["flagged"] and r["kind_named"] for r in alt)})  refused: {sum(r["refused"] for r in alt)}  crashes: {sum(r["crash"] for r in res)}')
print(f'controls clean: {sum(not r["flagged"] for r in ctl)}/{len(ctl)}')
bt=defaultdict(lambda:[0,0]); bk=defaultdict(lambda:[0,0]); bb=defaultdict(lambda:[0,0])
for r in alt:
    for dct,key in ((bt,r['technique']),(bk,r['kind']),(bb,r['base'])): dct[key][0]+=r['flagged']; dct[key][1]+=1
for name,dct in (('technique',bt),('kind',bk),('base',bb)):
    print(f'\n-- by {name}'); [print(f'  {k:22s} {v[0]}/{v[1]}') for k,v in dct.items()]
print('\n-- MISSES'); 
for r in alt:
    if not r['flagged']: print(f"  {r['technique']:20s} {r['kind']:8s} {r['base']:9s} {r['value']!r}  [{r['visibility']}]  out={r['out'][:80]!r}")
print('\n-- flagged but other kind named')
for r in alt:
    if r['flagged'] and not r['kind_named']: print(f"  {r['technique']:20s} {r['kind']:8s} {r['value']!r} out={r['out'][:160]!r}")
print('\n-- FALSE FLAGS (controls)')
for r in ctl:
    if r['flagged']: print(f"  {r['file']} {r['value']!r} out={r['out'][:200]!r}")
print('\n-- crashes/odd rc'); [print('  ',r['file'],r['rc'],r['out'][-300:]) for r in res if r['crash']]
json.dump(res,open(f'{D}/scored.json','w'),indent=1,ensure_ascii=False)
