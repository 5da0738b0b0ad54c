# Independent verification: own parser (+OCR of picture members) and LibreOffice PDF text (+OCR of rendered pages for pictures)
import json, zipfile, subprocess, re, io, os, sys, difflib, tempfile
from lxml import etree
from PIL import Image
T = json.load(open('truth.json'))
def alnum(s): return re.sub(r'[\W_]+', '', s.replace('\u0332', '')).upper()
def ocr_img(data):
    im = Image.open(io.BytesIO(data)); im = im.convert('RGB'); im = im.resize((im.width * 2, im.height * 2))
    with tempfile.NamedTemporaryFile(suffix='.png') as f:
        im.save(f.name); return subprocess.run(['tesseract', f.name, '-', '--psm', '6'], capture_output=True, text=True).stdout
def fuzzy_in(val, hay):
    a, h = alnum(val), alnum(hay)
    if a in h: return 1.0
    best = 0
    for i in range(0, max(1, len(h) - len(a) + 1)):
        best = max(best, difflib.SequenceMatcher(None, a, h[i:i + len(a)]).ratio())
    return round(best, 2)
def parser_text(fn):
    z = zipfile.ZipFile(fn); out = []; ocr = []
    for i in z.infolist():
        out.append(i.comment.decode('utf-8', 'replace'))
        try: d = z.read(i)
        except Exception as e: out.append('<unreadable %s: %s>' % (i.filename, e)); continue
        if i.filename.lower().endswith(('.png', '.jpeg', '.jpg')):
            if 'xim' in i.filename: ocr.append(ocr_img(d))
            continue
        if 0: ocr.append(ocr_img(d)); continue
        try:
            root = etree.fromstring(d, etree.XMLParser(resolve_entities=True, load_dtd=True))
        except Exception: continue
        for p in root.iter():
            if isinstance(p.tag, str) and p.tag.endswith('}p'):
                out.append(''.join(t.text or '' for t in p.iter() if isinstance(t.tag, str) and t.tag.endswith('}t')))
    return '\n'.join(out), '\n'.join(ocr)
if __name__ == '__main__':
    res = []
    for t in T:
        fn = t['file']; pdf = 'pdf/' + fn.replace('.docx', '.pdf')
        ptxt, pocr = parser_text(fn)
        shown = t['shown']
        r = dict(file=fn)
        r['parser'] = shown in ptxt.replace('\u0332', '') or shown in ptxt
        r['parser_ocr'] = fuzzy_in(t['value'], pocr) if pocr else None
        if os.path.exists(pdf):
            lt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
            r['lo_text'] = shown in lt.replace('\u0332', '') or alnum(shown) in alnum(lt)
            if t['technique'].startswith(('I_', 'H_watermark')):
                with tempfile.TemporaryDirectory() as td:
                    subprocess.run(['pdftoppm', '-r', '150', '-png', pdf, td + '/pg'], check=True)
                    txt = ''
                    for f in sorted(os.listdir(td)):
                        txt += subprocess.run(['tesseract', td + '/' + f, '-'], capture_output=True, text=True).stdout
                r['lo_ocr'] = fuzzy_in(t['value'], txt)
        else:
            r['lo_text'] = None; r['lo_note'] = 'LibreOffice made no PDF'
        res.append(r); print(json.dumps(r), flush=True)
    json.dump(res, open('verify.json', 'w'), indent=1)
