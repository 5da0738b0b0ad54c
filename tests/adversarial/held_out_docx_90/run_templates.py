# run_templates.py OUTDIR: build a pack of demo run 1 with each altered template; record rc/output, whether the pack
# holds the value (own parser), and whether `attest scan` flags the written pack.
import json, os, shutil, subprocess, sys
sys.argv += [] ; OUT = sys.argv[1]; os.makedirs(OUT, exist_ok=True)
D = '/tmp/ho48/docx'; A = '/tmp/ho48/bin/attest'
import verify_lib as V
res = []
for t in json.load(open(f'{D}/truth_templates.json')):
    ws = f'{OUT}/ws_{t["file"][:-5]}'; shutil.rmtree(ws, ignore_errors=True); subprocess.run([A, '--workspace', ws, 'demo'], capture_output=True, timeout=600)
    pk = f'{OUT}/{t["file"][:-5]}_pack.docx'
    r = subprocess.run([A, '--workspace', ws, 'pack', '1', '--template', f'{D}/templates/{t["file"]}', '--out', pk], capture_output=True, text=True, timeout=600)
    e = dict(t, rc=r.returncode, out=(r.stdout + r.stderr)[-600:], written=os.path.exists(pk))
    if e['written']:
        e['value_in_pack'] = V.norm(t['value']) in V.norm(V.parts_text(pk))
        s = subprocess.run([A, '--workspace', ws, 'scan', pk], capture_output=True, text=True, timeout=600)
        e['scan_rc'] = s.returncode; e['scan_out'] = (s.stdout + s.stderr)[-800:]
    res.append(e); print(t['file'], e['rc'], e['written'], e.get('value_in_pack'), e.get('scan_rc'))
json.dump(res, open(f'{OUT}/templates_result.json', 'w'), indent=1, ensure_ascii=False)
