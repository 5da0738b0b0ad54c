# For each altered template: fresh copy of the demo workspace, `attest pack 1 --template T --out P`; was a pack written,
# does it hold the value (own extractor, planted image bytes), and does `attest scan` flag the pack. Usage: run_templates.py OUTDIR
import json, os, sys, shutil, subprocess, hashlib, zipfile, io
sys.path.insert(0, os.path.dirname(__file__))
from verify_parser import extract, found
R = '/tmp/ho47/docx'; A = '/tmp/ho47/bin/attest'
out = sys.argv[1]; os.makedirs(out, exist_ok=True)
T = json.load(open(f'{R}/truth_templates.json'))
res = []
for it in T:
    ws = f'{out}/ws_{it["id"]}'; shutil.rmtree(ws, ignore_errors=True); subprocess.run([A, '--workspace', ws, 'demo'], capture_output=True, text=True, timeout=600)  # fresh workspace: copies trip the rollback check
    tpl = f'{out}/tpl_{it["id"][:3]}.docx'; shutil.copy(f'{R}/{it["file"]}', tpl)
    pk = f'{out}/pack_{it["id"][:3]}.docx'
    p = subprocess.run([A, '--workspace', ws, 'pack', '1', '--template', tpl, '--out', pk], capture_output=True, text=True, timeout=600)
    r = dict(id=it['id'], technique=it['technique'], kind=it['kind'], value=it['value'], rc=p.returncode, stdout=p.stdout[-3000:], stderr=p.stderr[-3000:], written=os.path.exists(pk))
    if r['written']:
        data = open(pk, 'rb').read()
        src = extract(data)
        r['value_in_pack'] = found(it['target'], src, ci=it['technique'] == 'caps_style_chain')
        img = it.get('image')
        if img:
            tz = zipfile.ZipFile(f'{R}/{it["file"]}'); h = hashlib.sha256(tz.read(img)).hexdigest()
            pz = zipfile.ZipFile(io.BytesIO(data))
            r['planted_image_in_pack'] = any(hashlib.sha256(pz.read(n)).hexdigest() == h for n in pz.namelist())
        s = subprocess.run([A, '--workspace', ws, 'scan', pk], capture_output=True, text=True, timeout=600)
        r['scan_rc'] = s.returncode; r['scan_out'] = (s.stdout + s.stderr)[-2000:]
    r['leak'] = bool(r['written'] and (r.get('value_in_pack') or r.get('planted_image_in_pack')))
    res.append(r); print(r['id'], 'rc', r['rc'], 'written', r['written'], 'leak', r['leak'], flush=True)
json.dump(res, open(f'{out}/templates.json', 'w'), indent=1, ensure_ascii=False)
print(f"templates: {len(res)}; refused (no pack): {sum(not r['written'] for r in res)}; written holding the value: {sum(r['leak'] for r in res)}")
