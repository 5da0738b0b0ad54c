# usage: check_templates.py OUTDIR -- builds a pack from each altered template, then looks for the value in the pack
import json, subprocess, sys, os, zipfile, io, re, hashlib, shutil
sys.argv += ['tpl_out']; OUT = sys.argv[1]; os.makedirs(OUT, exist_ok=True)
from verify import alnum, ocr_img, fuzzy_in  # noqa (verify.py guarded by __main__)
T = [t for t in json.load(open('truth.json')) if t['role'] == 'template']
WS = os.path.abspath(OUT + '/ws')
if not os.path.exists(WS): subprocess.run(['/tmp/ho49/bin/attest', '--workspace', WS, 'demo'], capture_output=True)
basez = zipfile.ZipFile('bases/pack.docx'); baseh = {hashlib.sha1(basez.read(i)).hexdigest() for i in basez.namelist()}
res = []
for t in T:
    name = os.path.basename(t['file']); outp = os.path.abspath('%s/pack_%s' % (OUT, name))
    if os.path.exists(outp): os.remove(outp)
    r = subprocess.run(['/tmp/ho49/bin/attest', '--workspace', WS, 'pack', '1', '--template', os.path.abspath(t['file']), '--out', outp], capture_output=True, text=True, timeout=300)
    row = dict(file=t['file'], technique=t['technique'], kind=t['kind'], value=t['value'], rc=r.returncode, msg=(r.stdout + r.stderr).strip()[:500], written=os.path.exists(outp))
    if row['written']:
        z = zipfile.ZipFile(outp); txt = []; ocr = []
        for n in z.namelist():
            d = z.read(n)
            if n.lower().endswith(('.png', '.jpg', '.jpeg')):
                if hashlib.sha1(d).hexdigest() not in baseh: ocr.append(ocr_img(d))
            else: txt.append(re.sub(r'<[^>]+>', '', d.decode('utf-8', 'replace')))
        alltxt = '\n'.join(txt)
        row['value_in_pack_text'] = t['shown'] in alltxt or alnum(t['shown']) in alnum(alltxt)
        row['value_in_pack_ocr'] = fuzzy_in(t['value'], '\n'.join(ocr)) if ocr else None
    res.append(row); print(json.dumps(row, ensure_ascii=False), flush=True)
json.dump(res, open(OUT + '/templates.json', 'w'), ensure_ascii=False, indent=1)
