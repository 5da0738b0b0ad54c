#!/usr/bin/env python3
# Corrected score: base B2 (pydocx_cos_evidence.docx) contains a real EUI-64 (90-B3-D5-1F-30-01-00-00) in body paragraph 24 (truth bug: I wrote it as a keep).
# For B2-based altered files, count as flagged only if a finding other than that one is reported; B2 controls are excluded.
import json,re
R='/tmp/ho33/docx'; t=json.load(open(R+'/corpus/truth.json')); s=json.load(open(R+'/results/scan_results.json'))
def findings(o): return [l for l in o.splitlines() if re.search(r'\.docx: ',l)]
miss=[]; n=0
for a in t['altered']:
    r=s[a['file']]; f=findings(r['out'])
    if a['base']=='B2': f=[l for l in f if not ('paragraph 24: DEVICE' in l and '-00' in l)]
    n+=1
    if not f: miss.append(a)
print(f'corrected: altered {n}, flagged {n-len(miss)} ({100*(n-len(miss))/n:.1f}%), missed {len(miss)}')
for a in miss: print(f" {a['file']} | {a['kind']} | {a['secret']} | {a['where']} | claim={a['visibility_claim']} lo_text={a.get('lo_text_found')}")
c=[x for x in t['controls'] if x['base']!='B2']; fp=[x for x in c if s[x['file']]['rc']!=0]
print(f'controls excluding B2: {len(c)}, wrongly flagged {len(fp)}')
