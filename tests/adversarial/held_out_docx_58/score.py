# Score attest scan results against truth. Usage: score.py [OUTDIR]
import json, re, sys, os, unicodedata
from collections import defaultdict, Counter
R='/tmp/ho38/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else f'{R}/results/scan'
truth=json.load(open(os.environ.get('TRUTH',f'{R}/truth.json')))
KIND={'mpan':{'MPAN'},'mprn':{'MPRN'},'serial':{'MSN','SERIAL','GAS_SERIAL','METER_SERIAL'},'eui':{'DEVICE','EUI','EUI64'},
      'postcode':{'POSTCODE'},'name':{'NAME'},'phone':{'PHONE'},'email':{'EMAIL'}}
FIND=re.compile(r'^(?P<path>.+?\.docx): (?P<where>.*): (?P<kind>[A-Z][A-Z_0-9-]*) (?P<mask>.*)$')
def n(s): return re.sub(r'[^0-9a-z]','',unicodedata.normalize('NFKC',s).lower())
rows=[]
for t in truth:
    b=t['file'][:-5]; p=f'{OUT}/{b}'
    if not os.path.exists(p+'.rc'): rows.append(dict(t,status='not_run')); continue
    out=open(p+'.out',encoding='utf-8',errors='replace').read(); rc=int(open(p+'.rc').read()); tm=float(open(p+'.time').read())
    finds=[]; other=[]
    for line in out.splitlines():
        m=FIND.match(line.strip())
        if m: finds.append(m.groupdict())
        elif line.strip() and not line.startswith('attest:') and not line.startswith('clean:'): other.append(line)
    crash = rc not in (0,1) or 'Traceback' in out
    r=dict(t,rc=rc,time=round(tm,2),findings=[f"{f['where']}: {f['kind']} {f['mask']}" for f in finds],other_output=other[:5])
    if t['type']=='altered':
        ks=KIND[t['kind']]; nv=n(t['value'])
        def tail_ok(f):
            tl=n(f['mask'].replace('•',''))
            return tl!='' and tl in nv
        kind_hit=[f for f in finds if f['kind'] in ks]
        tail_hit=[f for f in finds if tail_ok(f)]
        if crash: st='crash'
        elif kind_hit and (tail_hit or not any(n(f['mask'].replace('•','')) for f in kind_hit)): st='flagged'
        elif kind_hit: st='flagged_kind_only'
        elif tail_hit: st='flagged_other_kind'
        elif finds or rc!=0: st='flagged_unrelated' 
        else: st='MISS'
        r['status']=st
    else:
        r['status']='crash' if crash else ('clean' if rc==0 and not finds else 'FALSE_FLAG')
    rows.append(r)
json.dump(rows,open(f'{OUT}/score.json','w'),indent=1,ensure_ascii=False)
alt=[r for r in rows if r['type']=='altered']; ctl=[r for r in rows if r['type']=='control']
c=Counter(r['status'] for r in alt); cc=Counter(r['status'] for r in ctl)
times=[r['time'] for r in rows if 'time' in r]
print(f"altered: {len(alt)}  {dict(c)}")
print(f"flag rate (flagged + flagged_kind_only + flagged_other_kind): {sum(c[k] for k in ('flagged','flagged_kind_only','flagged_other_kind'))}/{len(alt)}")
print(f"controls: {len(ctl)}  {dict(cc)}")
if times: print(f"time per file: mean {sum(times)/len(times):.2f}s  min {min(times):.2f}  max {max(times):.2f}  n={len(times)}")
print('\nper technique (miss count / 8):')
bt=defaultdict(list)
for r in alt: bt[r['technique']].append(r)
for k,v in bt.items():
    ms=[r['kind']+('(crash)' if r['status']=='crash' else '(unrelated-flag)' if r['status']=='flagged_unrelated' else '') for r in v if r['status'] in('MISS','crash','flagged_unrelated')]
    if ms: print(f"  {k}: {len(ms)}/{len(v)} missed: {' '.join(ms)}")
print('\nper kind misses:',dict(Counter(r['kind'] for r in alt if r['status']=='MISS')))
print('\nfalse flags on controls:')
for r in ctl:
    if r['status']!='clean': print('  ',r['file'],r['status'],r.get('findings'),r.get('other_output'))
