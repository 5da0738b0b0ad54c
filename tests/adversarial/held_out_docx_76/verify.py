"""Independent verification: own parser (all XML text + attributes, nested zips), LibreOffice PDF text, OCR for images."""
import zipfile, json, io, os, re, sys, unicodedata, subprocess
from lxml import etree
from PIL import Image
ROOT = '/tmp/ho45/docx'
def canon(s):
    out = []
    for c in unicodedata.normalize('NFKC', s):
        d = None
        try: d = unicodedata.digit(c)
        except Exception:
            try:
                n = unicodedata.numeric(c)
                if n == int(n) and 0 <= n <= 9: d = int(n)
            except Exception: pass
        if d is not None: out.append(str(d)); continue
        if c in '\u115f\u1160\u3164\uffa0': continue
        if c.isalpha(): out.append(c.lower())
    return ''.join(out)
def xml_text(data):
    root = etree.fromstring(data)
    bits = []
    for el in root.iter():
        if isinstance(el.tag, str):
            bits.extend(el.attrib.values())
            if el.text: bits.append(el.text)
        if el.tail: bits.append(el.tail)
    return ' '.join(bits)
def xml_text_visible(data):
    """w:t / w:delText / w:instrText / a:t only, in order, joined without separator (reader-ish)."""
    root = etree.fromstring(data)
    return ''.join(el.text or '' for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname in ('t', 'instrText', 'Text'))
def pkg_text(zbytes, depth=0):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    allt, vis, errs = [], [], []
    for n in z.namelist():
        d = z.read(n)
        if n.endswith('.xml') or n.endswith('.rels'):
            try:
                allt.append(xml_text(d)); vis.append(xml_text_visible(d))
            except Exception as e:
                errs.append(f'{n}: {e}')
        elif d[:2] == b'PK' and depth < 3:
            a, v, e = pkg_text(d, depth + 1); allt.append(a); vis.append(v); errs += e
    return ' '.join(allt), ''.join(vis), errs
truth = json.load(open(f'{ROOT}/truth.json'))
res = {}
for t in truth:
    f = f"{ROOT}/{t['file']}"
    data = open(f, 'rb').read()
    allt, vis, errs = pkg_text(data)
    cv = canon(t['value']); cs = canon(t['shown'])
    r = dict(wellformed=not errs, errs=errs, in_parts=(cv in canon(allt) or cs in canon(allt)), in_runs_joined=(cv in canon(vis) or cs in canon(vis)))
    if t['technique'] == 'P16_body_footnote_split':
        h = len(t['value']) // 2
        r['halves_in_parts'] = canon(t['value'][:h]) in canon(vis) and canon(t['value'][h:]) in canon(vis)
    pdf = f"{ROOT}/verify/pdf/{t['id']}.pdf"
    if os.path.exists(pdf):
        txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        open(f"{ROOT}/verify/pdf/{t['id']}.txt", 'w').write(txt)
        r['lo_pdf_text'] = cv in canon(txt) or cs in canon(txt)
        if t['technique'] == 'P16_body_footnote_split':
            h = len(t['value']) // 2
            r['lo_pdf_halves'] = canon(t['value'][:h]) in canon(txt) and canon(t['value'][h:]) in canon(txt)
        r['lo_pdf_text_raw8'] = None
    else:
        r['lo_pdf_text'] = None
    if t['technique'] in ('P19_image_rot45', 'P20_photo_bill'):
        z = zipfile.ZipFile(f)
        for n in z.namelist():
            if ('rot45_77' in n or 'photo77' in n):
                im = Image.open(io.BytesIO(z.read(n))).convert('L')
                if 'rot45' in n: im = im.rotate(-45, expand=True, fillcolor=255)
                im.save('/tmp/ho45/docx/verify/ocr_in.png')
                o = subprocess.run(['nice', '-n', '10', 'tesseract', '/tmp/ho45/docx/verify/ocr_in.png', '-', '--psm', '6'], capture_output=True, text=True).stdout
                r['ocr_text'] = o.strip()[:400]
                import unicodedata as U
                fold = lambda x: ''.join(c for c in U.normalize('NFKD', x) if not U.combining(c))
                r['ocr_found'] = canon(fold(t['value'])) in canon(fold(o))
    res[t['id']] = r
json.dump(res, open(f'{ROOT}/verify/verify.json', 'w'), ensure_ascii=False, indent=1)
bad = {k: v for k, v in res.items() if not v['wellformed'] or not v['in_parts']}
print('not wellformed / not in parts:', bad)
for key in ('in_parts', 'in_runs_joined', 'lo_pdf_text', 'ocr_found'):
    print(key, sum(1 for v in res.values() if v.get(key)), '/', sum(1 for v in res.values() if key in v and v[key] is not None))
