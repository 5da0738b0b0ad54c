# OCR check of image-borne values: the embedded PNG itself and the LibreOffice-rendered pages
import json, zipfile, io, re, subprocess, os, sys, glob, base64
sys.path.insert(0, 'gen'); from canon import canon
from rapidocr import RapidOCR
ocr = RapidOCR()
truth = json.load(open('truth.json'))
IMG = ('object_vshape_imagedata_png', 'unused_first_header_image', 'wordml2003_binData_image')
def ocr_bytes(b):
    r = ocr(b); return " ".join(r.txts or [])
for t in truth:
    if t['technique'] not in IMG: continue
    raw = open('corpus/' + t['file'], 'rb').read(); texts = []
    if raw[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(raw))
        for n in z.namelist():
            if n.endswith('.png') and ('/ob' in n or '/fh' in n): texts.append(ocr_bytes(z.read(n)))
    else:
        for b in re.findall(r'<w:binData[^>]*>([^<]+)<', raw.decode()): texts.append(ocr_bytes(base64.b64decode(b)))
    t['ocr_embedded_image'] = ' | '.join(texts)
    pdf = 'verify/pdf/' + t['file'][:-5] + '.pdf'; pt = ''
    if os.path.exists(pdf):
        subprocess.run(['pdftoppm', '-r', '110', '-png', pdf, 'verify/pg'], check=True)
        for p in sorted(glob.glob('verify/pg*.png')): pt += ' ' + ocr_bytes(open(p, 'rb').read()); os.remove(p)
    t['ocr_lo_pages_hit'] = canon(t['value']) in canon(pt)
    t['ocr_embedded_hit'] = canon(t['value']) in canon(t['ocr_embedded_image'])
    print(t['file'], t['value'], '| emb:', t['ocr_embedded_hit'], t['ocr_embedded_image'][:60], '| pages:', t['ocr_lo_pages_hit'], flush=True)
json.dump(truth, open('truth.json', 'w'), indent=1, ensure_ascii=False)
