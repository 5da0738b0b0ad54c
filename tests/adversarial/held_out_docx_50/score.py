import json, os, re, collections
T=json.load(open('truth.json'))
rows=[]; 
for r in T:
    b=r['file'][:-5]
    if not os.path.exists('results/%s.rc'%b): continue
    rc=int(open('results/%s.rc'%b).read().strip() or -1); o=open('results/%s.out'%b,errors='replace').read(); e=open('results/%s.err'%b,errors='replace').read()
    crash = rc not in (0,1) or 'Traceback' in o+e
    tails=[re.sub(r'[^0-9A-Za-z]','',m)[-3:].upper() for m in re.findall(r'•+\s?([^\s•]+(?:\s[^\s•:]+)?)\s*$',o,re.M)]
    kinds=re.findall(r':\s([A-Z_][A-Z_0-9 -]*?)\s•',o)
    refused=bool(re.search(r'refus|cannot read|could not read|unreadable',o+e,re.I))
    d=dict(file=r['file'],type=r['type'],technique=r['technique'],rc=rc,crash=crash,refused=refused,out=o.strip()[:400],err=e.strip()[-300:])
    if r['type']=='altered':
        d.update(kind=r['kind'],secret=r['secret'],visibility=r['visibility'],tail=r['tail'],flagged=(rc==1),strict=(rc==1 and r['tail'] in tails))
    else:
        d.update(passed=(rc==0))
    rows.append(d)
json.dump(rows,open('score.json','w'),indent=1)
alt=[d for d in rows if d['type']=='altered']; ctl=[d for d in rows if d['type']=='control']
print('altered scanned %d: flagged %d (%.1f%%), flagged with matching finding (strict) %d (%.1f%%), crashes %d'%(len(alt),sum(d['flagged'] for d in alt),100*sum(d['flagged'] for d in alt)/max(1,len(alt)),sum(d['strict'] for d in alt),100*sum(d['strict'] for d in alt)/max(1,len(alt)),sum(d['crash'] for d in alt)))
for vis in sorted(set(d['visibility'] for d in alt)):
    s=[d for d in alt if d['visibility']==vis]; print('  %-70s %d/%d flagged, %d strict'%(vis,sum(d['flagged'] for d in s),len(s),sum(d['strict'] for d in s)))
print('controls %d: passed %d, flagged %d, crashes %d'%(len(ctl),sum(d['passed'] for d in ctl),sum(d['rc']==1 for d in ctl),sum(d['crash'] for d in ctl)))
print('\nMISSES (altered, not flagged):')
for d in alt:
    if not d['flagged']: print('  %s | %s | %s | %s | rc=%d %s'%(d['file'],d['kind'],d['secret'],d['visibility'],d['rc'],'CRASH' if d['crash'] else ''))
print('\nFLAGGED BUT NOT FOR THE PLANTED VALUE (loose only):')
for d in alt:
    if d['flagged'] and not d['strict']: print('  %s | %s | tail %s | out: %s'%(d['file'],d['secret'],d['tail'],d['out'].replace('\n',' / ')[:250]))
print('\nCONTROLS FLAGGED / CRASHED:')
for d in ctl:
    if not d['passed']: print('  %s | rc=%d | %s | %s'%(d['file'],d['rc'],d['out'].replace('\n',' / ')[:300],d['err'][-200:]))
print('\nCRASHES / stderr:')
for d in rows:
    if d['crash'] or d['err'] and not d['err'].startswith('attest:'): print('  %s rc=%d err=%s'%(d['file'],d['rc'],d['err'][-300:].replace('\n',' / ')))
