# check packs built from altered templates: does the identifier survive into the written pack? (own parser + OCR of images)
import json, sys, zipfile, io, os, subprocess
sys.path.insert(0, 'gen'); from canon import canon, found_in
from rapidocr import RapidOCR
ocr = RapidOCR(); out = []
for t in json.load(open('templates_truth.json')):
    n = os.path.basename(t['file'])[:-5]; p = f'runs/tpl/{n}.pack.docx'
    r = dict(t, written=os.path.exists(p))
    if r['written']:
        raw = open(p, 'rb').read(); r['own_parser_hits'] = found_in(raw, t['value'])
        z = zipfile.ZipFile(io.BytesIO(raw)); o = ''
        if 'image' in t['technique']:
            for nm in z.namelist():
                if nm.startswith('word/media/'): o += ' ' + ' '.join(ocr(z.read(nm)).txts or [])
            r['ocr_hit'] = canon(t['value']) in canon(o)
        sc = subprocess.run(['/tmp/ho41/bin/attest', '--workspace', 'ws/scan', 'scan', p], capture_output=True, text=True)
        r['scan_rc'] = sc.returncode; r['scan_out'] = (sc.stdout + sc.stderr)[-400:]
        r['parts_with_value'] = sorted({h.split('>')[0] for h in r['own_parser_hits']})
    else:
        r['message'] = open(f'runs/tpl/{n}.out').read()[-300:] + open(f'runs/tpl/{n}.err').read()[-300:]
    out.append(r); print(n, 'written' if r['written'] else 'NOT written', r.get('parts_with_value'), r.get('ocr_hit'), 'scan rc', r.get('scan_rc'), flush=True)
json.dump(out, open('runs/tpl.check.json', 'w'), indent=1, ensure_ascii=False)
