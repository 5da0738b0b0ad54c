import json,os,re,sys,collections
ROOT='/tmp/ho44/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else f'{ROOT}/out/scan'
truth=json.load(open(f'{ROOT}/truth/truth_verified.json'))
KRX=dict(mpan=r'\bMPAN\b',mprn=r'\bMPRN\b',serial=r'serial|\bMSN\b',eui=r'EUI|device',postcode=r'post ?code',name=r'\bname',phone=r'phone',email=r'e-?mail')
def canon(s): return re.sub(r'[^0-9a-z]','',s.lower())
rows=[]
# manual adjudication: name line lies inside the ADDRESS finding span (paragraphs 187-191)
MANUAL_FOUND={'alt_020_letter_address_block_name.docx'}

for t in truth:
    b=t['file'][:-5]; p=f'{OUT}/{b}'
    if not os.path.exists(p+'.rc'): rows.append(dict(t,status='not_run')); continue
    rc=int(open(p+'.rc').read().strip() or -1); out=open(p+'.out',errors='replace').read(); err=open(p+'.err',errors='replace').read(); tm=float(open(p+'.time').read() or 0)
    both=out+err
    crash='Traceback' in both or rc not in (0,1,2)
    refused=bool(re.search(r'refus|cannot read|could not read|unreadable|not supported|UNSCANNABLE|cannot be checked',both,re.I))
    flagged=rc!=0 and not crash
    r=dict(t,rc=rc,time=tm,crash=crash,refused=refused,flagged=flagged,out=out.strip()[-600:],err=err.strip()[-600:])
    if t['type']=='altered':
        r['kind_named']=bool(re.search(KRX[t['kind']],both,re.I))
        cv=canon(t['value']); r['echo_leak']=any(cv[i:i+8] in canon(both) for i in range(0,max(1,len(cv)-7))) if t['kind'] not in('name',) else any(w.lower() in both.lower() for w in t['value'].split() if len(w)>3)
        LAB=dict(mpan='MPAN|MPRN',mprn='MPRN|MPAN',serial='MSN',eui='DEVICE',postcode='POSTCODE|ADDRESS',name='NAME',phone='PHONE',email='EMAIL')
        cv=canon(t['value']).replace('o','0').replace('l','1'); own=False
        for line in out.splitlines():
            m=re.search(r': ([A-Z_]+) (•+)(.*)$',line)
            if not m: continue
            tail=canon(m.group(3)).replace('o','0').replace('l','1')
            if re.fullmatch(LAB[t['kind']],m.group(1)) or (len(tail)>=3 and cv.endswith(tail)): own=True
        if t['file'] in MANUAL_FOUND: own=True
        r['own_finding']=own
        r['status']='crash' if crash else ('refused' if refused and flagged else ('flagged' if flagged and own else ('INCIDENTAL' if flagged else 'MISS')))
    else:
        r['status']='crash' if crash else ('clean' if rc==0 else ('REFUSED' if refused and not re.search(r': (?!UNSCANNABLE)[A-Z_]+ •',out) else 'WRONGLY_FLAGGED'))
    rows.append(r)
json.dump(rows,open(f'{OUT}/../score.json','w'),indent=1,ensure_ascii=False)
alt=[r for r in rows if r['type']=='altered' and r['status']!='not_run']; ctl=[r for r in rows if r['type']=='control' and r['status']!='not_run']
c=collections.Counter(r['status'] for r in alt); cc=collections.Counter(r['status'] for r in ctl)
print(f"altered run {len(alt)}/{sum(1 for r in rows if r['type']=='altered')}: {dict(c)}")
print(f"  STRICT recall (own identifier found, or file refused) = {c['flagged']+c['refused']}/{len(alt)} = {100*(c['flagged']+c['refused'])/max(1,len(alt)):.1f}%")
print(f"  LENIENT (file fails the scan for any reason) = {c['flagged']+c['refused']+c['INCIDENTAL']}/{len(alt)} = {100*(c['flagged']+c['refused']+c['INCIDENTAL'])/max(1,len(alt)):.1f}%")
print(f"  flagged naming the right kind: {sum(1 for r in alt if r['status'] in('flagged','refused') and r['kind_named'])}; scan output echoing >=8 chars of value: {sum(1 for r in alt if r.get('echo_leak'))}")
print(f"controls run {len(ctl)}: {dict(cc)}")
ts=[r['time'] for r in rows if 'time' in r]; 
if ts: print(f"time per file: mean {sum(ts)/len(ts):.2f}s, max {max(ts):.2f}s ({max(rows,key=lambda r:r.get('time',0))['file']}), total {sum(ts)/60:.1f} min")
print('\nBy kind:'); 
for k in KRX: 
    a=[r for r in alt if r['kind']==k]; print(f"  {k:9s} {sum(r['status'] in ('flagged','refused') for r in a)}/{len(a)}")
print('\nBy technique (misses):')
bt=collections.defaultdict(list)
for r in alt: bt[r['technique']].append(r)
for k,v in bt.items():
    m=[r for r in v if r['status'] in('MISS','crash','INCIDENTAL')]
    print(f"  {k:28s} {len(v)-len(m)}/{len(v)}"+('  MISSED: '+', '.join(r['kind'] for r in m) if m else ''))
print('\nMISSES:')
for r in alt:
    if r['status'] in ('MISS','crash','INCIDENTAL'): print(f"  [{r['status']}]",f"  {r['file']} | {r['kind']} | {r['value']!r} form={r.get('form')!r} | {r['technique']} | {r['where']} | visible: {r['visible']} | rc={r['rc']} {r['out'][-120:]!r}")
print('\nWrong-kind flags (flagged but kind not named):')
for r in alt:
    if r['status'] in('flagged','refused') and not r['kind_named']: print(f"  {r['file']} | {r['kind']} | {r['out'][-200:]!r}")
print('\nCONTROLS flagged / crashed:')
for r in ctl:
    if r['status']!='clean': print(f"  {r['file']} rc={r['rc']} {r['out'][-300:]!r} {r['err'][-200:]!r}")
print('\nCrashes / stderr:')
for r in rows:
    if r.get('crash') or (r.get('err') and not re.fullmatch(r'attest: \d+ finding\(s\).*',r['err'].strip())): print(f"  {r['file']} rc={r.get('rc')} err={r.get('err','')[-300:]!r}")
