# LibreOffice -> PDF -> pdftotext for every file; page OCR (tesseract, 200 dpi) of the pages for pixel techniques;
# comment techniques also exported with comments in the margin.
import json, subprocess, re, os, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from verify_ocr import match
ROOT = '/tmp/ho47/docx'
PIX = {'img_in_footnote', 'img_split_two', 'png_alpha_text', 'img_dark_mode', 'svg_embedded_raster', 'svg_char_texts', 'apng_frame2', 'tiff_page2'}
def sq(s): return re.sub(r'\s+', ' ', s).strip()
truth = json.load(open(f'{ROOT}/truth_gen.json'))
res = {}
for it in truth:
    pdf = f'{ROOT}/verify/pdf/{it["id"]}.pdf'
    txt = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout
    tgt = it['target']
    ci = it['technique'] == 'caps_style_chain'
    vis = (sq(tgt).upper() in sq(txt).upper()) if ci else (sq(tgt) in sq(txt))
    r = dict(pdftext=vis)
    if ci: r['shown_upper'] = sq(tgt).upper() in sq(txt)
    pn = f'{ROOT}/verify/pdf_notes/{it["id"]}.pdf'
    if os.path.exists(pn):
        t2 = subprocess.run(['pdftotext', pn, '-'], capture_output=True, text=True).stdout
        r['pdftext_notes_margin'] = sq(tgt) in sq(t2)
    if it['technique'] in PIX:
        d = f'{ROOT}/verify/pages/{it["id"]}'; os.makedirs(d, exist_ok=True)
        subprocess.run(['pdftoppm', '-r', '200', '-png', pdf, f'{d}/p'], check=True)
        best = 0
        for pg in sorted(glob.glob(f'{d}/p*.png'))[-3:]:
            o = subprocess.run(['tesseract', pg, '-'], capture_output=True, text=True).stdout
            best = max(best, match(tgt, o) if len(o) < 20000 else 0)
            if best == 1.0: break
        r['page_ocr'] = round(best, 3)
    res[it['id']] = r
    print(it['id'], r, flush=True)
json.dump(res, open(f'{ROOT}/verify/lo.json', 'w'), indent=1)
