"""Independent check that each planted value is visible: own parser, LibreOffice PDF text, Tesseract OCR."""
import json, zipfile, re, html, subprocess, os, sys
ROOT = '/tmp/ho53/docx'
def norm(s): return re.sub(r'\s+', '', html.unescape(s)).lower()
def parser_text(path):
    raw = open(path, 'rb').read()
    if raw[:2] == b'\xff\xfe': return raw[2:].decode('utf-16-le')
    if not raw.startswith(b'PK'): return raw.decode('utf-8', 'replace')
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/media') or n.endswith('.rels'): continue
            t = z.read(n).decode('utf-8', 'replace')
            out.append(' '.join(re.findall(r'string="([^"]*)"', t)))   # VML textpath
            t = re.sub(r'<!--.*?-->|<\?.*?\?>', '', t, flags=re.S)
            out.append(re.sub(r'<[^>]+>', '', t))
    return '\n'.join(out)
def ocr(png, psm='6'):
    return subprocess.run(['nice', 'tesseract', png, '-', '--psm', psm], capture_output=True, text=True).stdout
def main():
    truth = json.load(open(f'{ROOT}/truth.json')); res = {}
    os.makedirs(f'{ROOT}/verify/ocr', exist_ok=True)
    only = sys.argv[1:]
    for t in truth:
        if t['control'] or (only and t['technique'] not in only): continue
        f = t['file']; fid = f[:-5]; v = norm(t['value']); r = {}
        r['parser'] = v in norm(parser_text(f'{ROOT}/corpus/{f}'))
        pdf = f'{ROOT}/verify/pdf/{fid}.pdf'
        r['render_text'] = os.path.exists(pdf) and v in norm(subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout)
        if t['family'] == 'picture':
            im = f'{ROOT}/truth_images/{fid}.png'
            from PIL import Image
            I = Image.open(im); big = f'{ROOT}/verify/ocr/{fid}_2x.png'; I.resize((I.width * 2, I.height * 2), Image.LANCZOS).save(big)
            txt = ocr(big, '6' if t['technique'] == 'vertical_stack' else '3')
            open(f'{ROOT}/verify/ocr/{fid}.txt', 'w').write(txt)
            r['ocr_picture'] = v in norm(txt)
            crop = {'map_pin': (70, 140, I.width, 210, '7'), 'vertical_stack': (150, 50, 212, I.height, '6'), 'strikethrough': (10, 50, I.width, 100, '7')}.get(t['technique'])
            if crop:
                c = I.crop(crop[:4]); c = c.resize((c.width * 2, c.height * 2), Image.LANCZOS); cf = f'{ROOT}/verify/ocr/{fid}_crop.png'; c.save(cf)
                ct = ocr(cf, crop[4]); open(f'{ROOT}/verify/ocr/{fid}_crop.txt', 'w').write(ct); r['ocr_picture_crop'] = v in norm(ct)
        if t['technique'] == 'watermark_split' and os.path.exists(pdf):
            pre = f'{ROOT}/verify/ocr/{fid}_page'
            subprocess.run(['pdftoppm', '-r', '150', '-png', '-f', '1', '-l', '1', pdf, pre])
            pg = [x for x in os.listdir(f'{ROOT}/verify/ocr') if x.startswith(os.path.basename(pre))][0]
            from PIL import Image
            P = Image.open(f'{ROOT}/verify/ocr/{pg}').convert('L').point(lambda x: 0 if x < 235 else 255); P.save(f'{ROOT}/verify/ocr/{pg}')
            txt = ocr(f'{ROOT}/verify/ocr/{pg}', '3'); open(f'{ROOT}/verify/ocr/{fid}_page.txt', 'w').write(txt); r['ocr_page'] = v in norm(txt)
        r['visible_verified'] = r.get('render_text') or r.get('ocr_picture') or r.get('ocr_picture_crop') or r.get('ocr_page') or False
        res[f] = r
    json.dump(res, open(f'{ROOT}/verify/verify.json', 'w'), indent=1)
    from collections import Counter
    c = Counter(); n = Counter()
    for f, r in res.items():
        tech = next(t['technique'] for t in truth if t['file'] == f); n[tech] += 1
        for k, ok in r.items():
            if ok: c[(tech, k)] += 1
    for tech in n:
        print(f'{tech:22s} n={n[tech]:2d} ' + ' '.join(f'{k}={c[(tech,k)]}' for k in ('parser', 'render_text', 'ocr_picture', 'ocr_picture_crop', 'ocr_page', 'visible_verified')))
if __name__ == "__main__": main()
