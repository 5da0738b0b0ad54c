# OCR the LibreOffice-rendered pages (pdftoppm 200 dpi -> tesseract) and the image parts of files the text render did not confirm.
import sys, subprocess, os, json, glob, zipfile, io
sys.path.insert(0, '/tmp/ho34/docx'); os.chdir('/tmp/ho34/docx')
from verify import norm, ocr_images, truth
v = json.load(open('verification.json')); T = {t['file']: t for t in truth}
out = {}
for f, r in v.items():
    t = T[f]
    if r['render'] or r['ocr'] or t['visibility'] not in ('page', 'page-word') and t['technique'] != 'orphan_image': continue
    base = os.path.splitext(f)[0] if f.lower().endswith(('.docx','.xml','.docm')) else f
    pdf = 'scratch/pdf/%s.pdf' % base; s = norm(t['secret']); page_hit = False; txt = ''
    if os.path.exists(pdf):
        for g in glob.glob('scratch/pageocr/p-*'): os.remove(g)
        subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', pdf, 'scratch/pageocr/p'])
        for png in sorted(glob.glob('scratch/pageocr/p-*.png')):
            for psm in ('3',):
                tt = subprocess.run(['tesseract', png, '-', '--psm', psm], capture_output=True, text=True).stdout; txt += tt
        page_hit = s in norm(txt)
    img_hit = None
    if t['technique'] in ('orphan_image', 'numbering_picbullet', 'img_pixels', 'gif_first_frame') and f.endswith('.docx'):
        img_hit = any(s in norm(x) for x in ocr_images('corpus/' + f))
    out[f] = dict(page_ocr=page_hit, image_ocr=img_hit)
    print(f, t['technique'], t['visibility'], out[f], flush=True)
json.dump(out, open('verification_pageocr.json', 'w'), indent=1)
