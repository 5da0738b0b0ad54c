"""Second OCR look for pictures the plain pass missed: blur (undoes dithering), median + autocontrast + threshold,
3x upscale; psm 6 and 7. Updates verify/visibility.json (keeps the first-pass fields, adds ocr2_*)."""
import json, zipfile, io, subprocess, re, unicodedata
from PIL import Image, ImageFilter, ImageOps
ROOT = '/tmp/ho52/docx'
def alnum(s): return re.sub(r'[^0-9a-z]', '', unicodedata.normalize('NFKC', s).lower())
def variants(im):
    g = im.convert('L')
    yield g.filter(ImageFilter.GaussianBlur(1.6)).resize((g.width * 2, g.height * 2), Image.LANCZOS)
    m = ImageOps.autocontrast(g.filter(ImageFilter.MedianFilter(3))).resize((g.width * 3, g.height * 3), Image.LANCZOS)
    yield m.point(lambda x: 255 if x > 140 else 0)
    yield ImageOps.autocontrast(g.filter(ImageFilter.GaussianBlur(1.0))).resize((g.width * 3, g.height * 3), Image.LANCZOS).point(lambda x: 255 if x > 110 else 0)
vis = json.load(open(ROOT + '/verify/visibility.json'))
for t in json.load(open(ROOT + '/truth.json')):
    r = vis[t['file']]
    if t['family'] != 'picture' or r['visible']: continue
    target = alnum(t['value']); best = 0; full = False
    with zipfile.ZipFile(ROOT + '/corpus/' + t['file']) as z:
        ims = [Image.open(io.BytesIO(z.read(n))) for n in z.namelist() if n.startswith('word/media/ho52_')]
    for im in ims:
        for v in variants(im):
            v.save(ROOT + '/verify/_o2.png')
            for psm in ('6', '11'):
                a = alnum(subprocess.run(['tesseract', ROOT + '/verify/_o2.png', '-', '--psm', psm], capture_output=True, text=True).stdout)
                if target in a: full = True
                for L in range(len(target), best, -1):
                    if any(target[i:i + L] in a for i in range(len(target) - L + 1)): best = L; break
            if full: break
        if full: break
    r['ocr2_full'] = full; r['ocr2_longest'] = best
    r['visible'] = full or best >= min(8, len(target)); r['method'] += ' + second OCR pass (blur/threshold/3x)'
json.dump(vis, open(ROOT + '/verify/visibility.json', 'w'), indent=1)
from collections import Counter
tr = json.load(open(ROOT + '/truth.json'))
print(Counter((t['set'], t['technique'], vis[t['file']]['visible']) for t in tr if t['family'] == 'picture'))
