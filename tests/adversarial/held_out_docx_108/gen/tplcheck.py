"""Templates: was the pack refused, written with the value (own parser over every part incl. attributes + OCR of pictures), or clean?"""
import json, zipfile, re, unicodedata, subprocess, io, os, html
from PIL import Image
ROOT = '/tmp/ho52/docx'
def alnum(s): return re.sub(r'[^0-9a-z]', '', unicodedata.normalize('NFKC', s).lower())
rows = []
for t in json.load(open(ROOT + '/truth.json')):
    if t['set'] != 'template': continue
    n = os.path.basename(t['file']); r = json.load(open(ROOT + '/results/templates/' + n + '.json'))
    found = []
    if r['written']:
        target = alnum(t['value'])
        with zipfile.ZipFile(ROOT + '/packs/' + n) as z:
            for m in z.namelist():
                b = z.read(m)
                if m.endswith(('.xml', '.rels')):
                    s = html.unescape(b.decode('utf-8', 'replace'))
                    txt = ''.join(re.findall(r'>([^<>]*)<', s)) + ' '.join(re.findall(r'="([^"]*)"', s))
                    if target in alnum(txt): found.append(m)
                elif m.lower().endswith(('.png', '.jpg', '.jpeg')):
                    im = Image.open(io.BytesIO(b)).convert('L'); im = im.resize((im.width * 2, im.height * 2))
                    im.save(ROOT + '/verify/_t.png')
                    o = subprocess.run(['tesseract', ROOT + '/verify/_t.png', '-', '--psm', '6'], capture_output=True, text=True).stdout
                    a = alnum(o)
                    if target in a or (len(target) > 8 and any(target[i:i + 8] in a for i in range(len(target) - 7))): found.append(m + ' (OCR)')
    outcome = 'refused' if not r['written'] else ('written WITH value' if found else 'written clean')
    rows.append(dict(file=t['file'], technique=t['technique'], kind=t['kind'], value=t['value'], rc=r['rc'], outcome=outcome,
                     where=found, pack_msg=(r['out'] + r['err']).strip()[:300], rescan_rc=r['scan_rc'], rescan=r['scan_out'].strip()[:200]))
json.dump(rows, open(ROOT + '/templates_result.json', 'w'), indent=1, ensure_ascii=False)
for x in rows: print(x['technique'], x['kind'], x['outcome'], x['where'], 'rc', x['rc'], '| rescan rc', x['rescan_rc'], '|', x['pack_msg'][:120].replace('\n', ' '))
