"""Independent check that each planted value is visible: LibreOffice PDF text (pdftotext), own XML parser for
properties/comments, Tesseract on each picture extracted from the .docx (at 2x). Writes verify/visibility.json."""
import json, zipfile, subprocess, re, unicodedata, os, io, sys
from PIL import Image
ROOT = '/tmp/ho52/docx'
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[^0-9a-z@.]', '', s.lower())
def alnum(s): return re.sub(r'[^0-9a-z]', '', unicodedata.normalize('NFKC', s).lower())
def pdf_text(rel):
    pdf = ROOT + '/verify/pdf/' + rel.split('/')[0] + '/' + os.path.basename(rel)[:-5] + '.pdf'
    if not os.path.exists(pdf): return None
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
def xml_fields(path):
    """own parser: text of core/app props and comment attributes"""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n in ('docProps/core.xml', 'docProps/app.xml') or n.endswith('comments.xml'):
                s = z.read(n).decode('utf-8')
                out += re.findall(r'>([^<>]+)<', s) + re.findall(r'w:initials="([^"]*)"', s)
    import html
    return [html.unescape(x) for x in out]
def ocr_images(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/media/ho52_'):
                im = Image.open(io.BytesIO(z.read(n))).convert('L')
                im = im.resize((im.width * 2, im.height * 2), Image.LANCZOS)
                tmp = '/tmp/ho52/docx/verify/_ocr.png'; im.save(tmp)
                t = subprocess.run(['tesseract', tmp, '-', '--psm', '6'], capture_output=True, text=True).stdout
                texts.append(t)
    return texts
def longest_common(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b: best = j - i
            else: break
    return best
def main():
    truth = json.load(open(ROOT + '/truth.json'))
    res = {}
    for t in truth:
        path = ROOT + '/corpus/' + t['file']; v = t['value']; target = alnum(v)
        r = {}
        if t['family'] == 'picture':
            txt = ' '.join(ocr_images(path)); a = alnum(txt)
            r['ocr_full'] = target in a; r['ocr_longest'] = longest_common(target, a)
            r['visible'] = r['ocr_full'] or r['ocr_longest'] >= min(8, len(target))
            r['method'] = 'tesseract(2x) on extracted picture'
        elif t['technique'] in ('x_comment_initials', 'x_app_manager_company', 'x_core_content_status'):
            fs = xml_fields(path)
            r['visible'] = any(target in alnum(x) for x in fs); r['method'] = 'own parser (properties/comment attributes)'
        else:
            txt = pdf_text(t['file'])
            if txt is None: r['visible'] = None; r['method'] = 'no pdf'
            else:
                a = alnum(txt); r['pdf_full'] = target in a
                # split techniques: both halves visible (layout may put them on two lines)
                halves = [alnum(x) for x in t['surface'].split('|')]
                r['pdf_halves'] = all(h and h in a for h in halves)
                r['visible'] = r['pdf_full'] or r['pdf_halves']; r['method'] = 'LibreOffice PDF -> pdftotext'
        res[t['file']] = r
    json.dump(res, open(ROOT + '/verify/visibility.json', 'w'), indent=1)
    from collections import Counter
    c = Counter((t['set'], t['technique'], res[t['file']]['visible']) for t in truth)
    for k in sorted(c, key=str): print(k, c[k])
main()
