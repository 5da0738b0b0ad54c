"""Pack the demo run with each template; record refused / written with the value / written clean."""
import json, subprocess, os, zipfile, hashlib, re, sys
sys.path.insert(0, '/tmp/ho53/docx')
ROOT = '/tmp/ho53/docx'; A = '/tmp/ho53/bin/attest'; WS = f'{ROOT}/ws_tpl'
from verify import parser_text, norm, ocr
tt = json.load(open(f'{ROOT}/truth_templates.json')); os.makedirs(f'{ROOT}/packs', exist_ok=True); res = []
for t in tt:
    out = f'{ROOT}/packs/pack_{t["file"]}'
    p = subprocess.run(['nice', A, '--workspace', WS, 'pack', '1', '--template', f'{ROOT}/templates/{t["file"]}', '--out', out], capture_output=True, text=True, timeout=600)
    r = dict(file=t['file'], rc=p.returncode, out=p.stdout[-3000:], err=p.stderr[-3000:], written=os.path.exists(out))
    if r['written']:
        v = norm(t['value']) if t['value'] else None
        r['value_in_text'] = bool(v) and v in norm(parser_text(out))
        r['template_image_in_pack'] = False; r['ocr_media_hit'] = False
        tim = f'{ROOT}/truth_images/tpl_{t["file"][4:6]}.png'
        with zipfile.ZipFile(out) as z:
            names = [n for n in z.namelist() if n.startswith('word/media/')]
            hs = {hashlib.md5(z.read(n)).hexdigest() for n in names}
            if os.path.exists(tim):
                from PIL import Image
                # template image as stored in the template zip
                with zipfile.ZipFile(f'{ROOT}/templates/{t["file"]}') as zt:
                    th = {hashlib.md5(zt.read(n)).hexdigest() for n in zt.namelist() if 'img53_' in n}
                r['template_image_in_pack'] = bool(th & hs)
                for n in names:
                    fn = f'{ROOT}/packs/_m.png'; open(fn, 'wb').write(z.read(n))
                    try:
                        I = Image.open(fn).convert('RGB'); I = I.resize((I.width * 2, I.height * 2)); I.save(fn)
                        if v in norm(ocr(fn, '6' if 'vertical' in t['technique'] else '3')): r['ocr_media_hit'] = True
                    except Exception as e:
                        pass
        r['verdict'] = 'written WITH value' if (r['value_in_text'] or r['template_image_in_pack'] or r['ocr_media_hit']) else 'written clean'
    else:
        r['verdict'] = 'refused'
    r['crash'] = 'Traceback' in p.stdout + p.stderr
    print(t['file'], r['rc'], r['verdict'], p.stdout.strip().splitlines()[-1:] , p.stderr.strip().splitlines()[-1:]); res.append(r)
json.dump(res, open(f'{ROOT}/templates_result.json', 'w'), indent=1)
