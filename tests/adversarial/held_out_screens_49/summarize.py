#!/tmp/venv/bin/python
import json, collections, sys
R=json.load(open('/tmp/ho36/screens/score/result.json')); T={e['file']:e for e in json.load(open('/tmp/ho36/screens/truth.json'))}
tot=collections.Counter(); miss=[]; lost=[]; unread_s=[]; per=[]
for im in R['images']:
    if im.get('missing'): print('MISSING OUTPUT',im['file']); continue
    e=T[im['file']]; its=e['items']
    c=collections.Counter()
    for i,(r,t) in enumerate(zip(im['items'],its)):
        ctx=' … '.join(x['text'] for x in its[max(0,i-1):i+2])[:90]
        if r['kind']=='secret':
            c['s']+=1; c['s_read']+=r['orig_readable']
            if r['leak']: c['leak']+=1; c['leak_read']+=r['orig_readable']; miss.append((im['file'],r,ctx))
            if not r['orig_readable']: unread_s.append((im['file'],r))
        else:
            dbt=r['type']=='keep_debatable'
            if r['orig_readable'] and not dbt:
                c['k_read']+=1
                if r['kept']: c['kept']+=1
                else: lost.append((im['file'],r,ctx))
            if dbt: c['dbt']+=1; c['dbt_kept']+= bool(r.get('kept'))
    tot+=c; per.append((im['file'],c,im.get('out_mode'),im.get('out_icc'),im.get('out_info')))
print('images',len(R['images']))
print(f"secrets {tot['s']}, readable in original (truth verified by Tesseract-2x or RapidOCR-v4) {tot['s_read']}")
print(f"LEAKS (strict: >=8 chars of an id / whole postcode / a whole name-or-address token readable in output): {tot['leak']} ; of verified {tot['leak_read']}")
print(f"strict recall raw (all secrets): {1-tot['leak']/tot['s']:.4f} ; over verified: {1-tot['leak_read']/max(1,tot['s_read']):.4f}")
print(f"keeps readable in original {tot['k_read']}, still readable {tot['kept']}: keep-rate {tot['kept']/max(1,tot['k_read']):.4f}; debatable keeps {tot['dbt']} kept {tot['dbt_kept']}")
print('\n== per image: file secrets leaks keeps_readable kept out_mode icc_bytes info_keys')
for f,c,m,icc,info in per: print(f"{f:45s} {c['s']:3d} {c['leak']:3d} {c['k_read']:3d} {c['kept']:3d} {m} {icc} {info}")
print('\n== MISSES'); 
for f,r,ctx in miss: print(f"{f} | {r['type']} | {r['text']} | readable-in-orig={r['orig_readable']} | crop={r['leak_crop']} full={r['leak_full']} | ctx: {ctx} | out-OCR: {r['crop_ocr'][:120]}")
print('\n== LOST KEEPS')
for f,r,ctx in lost: print(f"{f} | {r['type']} | {r['text']} | changed={r['changed_frac']} | ctx: {ctx} | out-OCR: {r['crop_ocr'][:100]}")
print('\n== secrets NOT readable in original by either engine (truth unverified)')
for f,r in unread_s: print(f"{f} | {r['type']} | {r['text']}")
print('\n== metadata secrets')
for im in R['images']:
    for m in im.get('metadata_secrets',[]): print(im['file'],m)
