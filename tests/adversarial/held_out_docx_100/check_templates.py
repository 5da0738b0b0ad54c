#!/usr/bin/env python3
"""check_templates.py OUTDIR [--score-only]: build a pack of run 1 from each altered template; a written pack holding the value is a leak."""
import json, sys, os, subprocess, zipfile, io, html, hashlib
sys.path.insert(0,'/tmp/ho50/docx/gen')
from verify import canon, alltext
ROOT='/tmp/ho50/docx'; OUT=sys.argv[1]; os.makedirs(OUT+'/packs',exist_ok=True)
A='/tmp/ho50/bin/attest'; WS=f'{ROOT}/ws'
recs=[json.loads(l) for l in open(f'{ROOT}/truth_templates.jsonl')]
if '--score-only' not in sys.argv:
    res=[]
    for r in recs:
        out=f'{OUT}/packs/{r["file"]}'
        if os.path.exists(out): os.remove(out)
        p=subprocess.run([A,'--workspace',WS,'pack','1','--template',f'{ROOT}/templates/{r["file"]}','--out',out,'--time-zone','UTC'],capture_output=True,text=True,timeout=300)
        res.append(dict(file=r['file'],rc=p.returncode,out=(p.stdout+p.stderr).strip()[:800],written=os.path.exists(out)))
    json.dump(res,open(f'{OUT}/templates.json','w'),indent=0,ensure_ascii=False)
res={x['file']:x for x in json.load(open(f'{OUT}/templates.json'))}
print('TEMPLATES:')
for r in recs:
    x=res[r['file']]; holds=None
    if x['written']:
        data=open(f'{OUT}/packs/{r["file"]}','rb').read(); txt='\n'.join(alltext(data))
        tag=''.join(chr(0xE0000+ord(c)) for c in r['value'])
        holds=(r['value'] in txt) or (html.escape(r['value']) in txt) or (tag in txt) or (canon(r['value']) in canon(txt))
        if r['technique']=='pic_behind':
            src=zipfile.ZipFile(f'{ROOT}/templates/{r["file"]}'); z=zipfile.ZipFile(io.BytesIO(data))
            hs={hashlib.sha256(src.read(n)).hexdigest() for n in src.namelist() if 't50img' in n}
            holds=holds or any(hashlib.sha256(z.read(n)).hexdigest() in hs for n in z.namelist() if n.startswith('word/media/'))
    verdict='REFUSED' if not x['written'] else ('LEAK (pack written holding the value)' if holds else 'written, value stripped')
    print(f'  {r["file"]:36s} rc={x["rc"]} {verdict} :: {x["out"][-160:]!r}')
