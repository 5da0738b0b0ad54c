#!/usr/bin/env python3
# Figures from results/scan_results.json + corpus/truth.json -> results/report.json and printed summary
import json, collections, re
R='/tmp/ho33/docx'
t=json.load(open(R+'/corpus/truth.json')); s=json.load(open(R+'/results/scan_results.json'))
KW={'mpan':'MPAN','mprn':'MPRN','eserial':'serial','gserial':'serial','eui64':'EUI','phone':'phone','email':'mail','address':'postcode'}
miss=[]; hit=[]; crash=[]; other=[]
for a in t['altered']:
    r=s.get(a['file'])
    if r is None: continue
    if 'Traceback' in r['err'] or r['rc'] not in (0,1): crash.append((a,r))
    if r['rc']!=0: hit.append(a); a['scan']=r
    else: miss.append(a); a['scan']=r
fp=[]; 
for c in t['controls']:
    r=s.get(c['file'])
    if r is None: continue
    if 'Traceback' in r['err'] or r['rc'] not in (0,1): crash.append((c,r))
    if r['rc']!=0: fp.append((c,r))
na=sum(1 for a in t['altered'] if a['file'] in s); nc=sum(1 for c in t['controls'] if c['file'] in s)
print(f'altered scanned {na}, flagged {len(hit)} ({100*len(hit)/max(na,1):.1f}%), missed {len(miss)}')
print(f'controls scanned {nc}, passed {nc-len(fp)}, wrongly flagged {len(fp)}')
print(f'crashes/odd exit {len(crash)}')
bykind=collections.Counter(a['kind'] for a in miss); print('misses by kind',dict(bykind))
print('\nMISSES by technique:')
for a in sorted(miss,key=lambda a:(a['technique'],a['file'])):
    print(f" {a['file']} | {a['kind']} | {a['secret']} | {a['where']} | claim={a['visibility_claim']} lo_text={a.get('lo_text_found')}")
print('\nFLAGGED CONTROLS:')
for c,r in fp: print(' ',c['file'],c['where'],'|',r['out'].strip()[:300].replace('\n',' / '),r['err'].strip()[-200:])
print('\nCRASH/ODD:')
for a,r in crash: print(' ',a['file'],r['rc'],r['err'][-400:])
# kind mismatch: flagged but the finding kind does not mention the planted kind
print('\nFLAGGED, planted kind not named in output (possible incidental flag):')
for a in hit:
    o=a['scan']['out']+a['scan']['err']
    if KW[a['kind']].lower() not in o.lower(): print(' ',a['file'],a['kind'],'|',o.strip()[:250].replace('\n',' / '))
json.dump(dict(miss=[a['file'] for a in miss],fp=[c['file'] for c,_ in fp],crash=[a['file'] for a,_ in crash]),open(R+'/results/summary.json','w'),indent=1)
