import json,sys,os,re,unicodedata,collections
ROOT='/tmp/ho51/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else ROOT+'/scan1'
KMAP={'mpan':{'MPAN'},'mprn':{'MPRN'},'serial':{'MSN','SERIAL','GAS_MSN','METER'},'eui64':{'DEVICE','EUI64','EUI-64'},'name':{'NAME'},'address':{'ADDRESS'},'postcode':{'POSTCODE'},'phone':{'PHONE'},'email':{'EMAIL'},'account':{'ACCOUNT'}}
def canon(s): return re.sub(r'[^0-9a-z]','',unicodedata.normalize('NFKC',s).lower())
truth=json.load(open(ROOT+'/truth.json')); rows=[]
for t in truth:
    b=t['file'][:-5]; o=os.path.join(OUT,b+'.out')
    if not os.path.exists(os.path.join(OUT,b+'.rc')): rows.append(dict(t,status='missing',kind_ok=None,tail_ok=None,findings=[],out='',kinds=[])); continue
    out=open(o,errors='replace').read(); rc=int(open(os.path.join(OUT,b+'.rc')).read().strip() or -1)
    finds=re.findall(r'\.docx: (.*?): ([A-Z_\-0-9]+) (•*)(.*?)\s*$',out,re.M)
    if rc==124: st='timeout'
    elif 'Traceback' in out: st='crash'
    elif rc==0: st='clean'
    elif finds: st='flagged'
    else: st='refused_or_error'
    kinds={f[1] for f in finds}
    kind_ok=bool(kinds & KMAP.get(t['kind'],set())) if t['role']=='altered' else None
    tail_ok=any(canon(t['value']).endswith(canon(f[3])) and canon(f[3]) for f in finds) if t['role']=='altered' else None
    rows.append(dict(t,status=st,rc=rc,kinds=sorted(kinds),kind_ok=kind_ok,tail_ok=tail_ok,findings=[' '.join(f[:2])+' '+f[1]+' …'+f[3] for f in finds][:6],out=out[-600:] if st in('refused_or_error','crash') else ''))
json.dump(rows,open(OUT+'/score.json','w'),indent=1,ensure_ascii=False)
alt=[r for r in rows if r['role']=='altered']; ctl=[r for r in rows if r['role']=='control']
caught=[r for r in alt if r['status'] in('flagged','refused_or_error','crash','timeout')]
print(f"altered {len(alt)}: flagged/refused {len(caught)} ({100*len(caught)/len(alt):.1f}%), of which own kind {sum(1 for r in alt if r['kind_ok'])}, tail matches value {sum(1 for r in alt if r['tail_ok'])}; missed {len(alt)-len(caught)}")
print('status counts',collections.Counter(r['status'] for r in rows))
print(f"controls {len(ctl)}: clean {sum(1 for r in ctl if r['status']=='clean')}, false flags {sum(1 for r in ctl if r['status']!='clean')}")
bt=collections.defaultdict(lambda:[0,0,0])
for r in alt:
    x=bt[r['tech']]; x[0]+=1; x[1]+= r['status']!='clean'; x[2]+= bool(r['kind_ok'])
print('\nper technique: n caught kind_ok'); [print(f'  {k}: {v[0]} {v[1]} {v[2]}') for k,v in bt.items()]
bk=collections.defaultdict(lambda:[0,0])
for r in alt: bk[r['kind']][0]+=1; bk[r['kind']][1]+= r['status']!='clean'
print('per kind: n caught'); [print(f'  {k}: {v}') for k,v in bk.items()]
print('\nMISSES'); [print(' ',r['file'],r['kind'],repr(r['value'])) for r in alt if r['status']=='clean']
print('\nCAUGHT BUT WRONG KIND'); [print(' ',r['file'],r['kind'],r['kinds'],r['findings'][:2]) for r in alt if r['status']!='clean' and not r['kind_ok']]
print('\nCONTROL FALSE FLAGS'); [print(' ',r['file'],r['kind'],repr(r['value']),r['status'],r['findings'][:3],r['out'][:200]) for r in ctl if r['status']!='clean']
print('\nNON-FINDING FAILURES'); [print(' ',r['file'],r['status'],r['out'][:300]) for r in rows if r['status'] in('refused_or_error','crash','timeout','missing')]
