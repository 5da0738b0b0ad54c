# OCR check of every pixel-borne value: the picture as Word would paint it (alpha over white, halves joined,
# SVG rendered by Qt's renderer), tesseract at 2x, RapidOCR as a second engine.
import zipfile, io, json, re, base64, subprocess, tempfile, os, sys, difflib
from PIL import Image
ROOT = '/tmp/ho47/docx'
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
def svg_render(data):
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtGui import QImage, QPainter, QColor
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    r = QSvgRenderer(QByteArray(data)); s = r.defaultSize()
    img = QImage(s.width() * 2, s.height() * 2, QImage.Format_RGB32); img.fill(QColor('white'))
    p = QPainter(img); r.render(p); p.end()
    buf = io.BytesIO(); b = img.bits().tobytes() if hasattr(img.bits(), 'tobytes') else bytes(img.constBits())
    return Image.frombuffer('RGBA', (img.width(), img.height()), bytes(img.constBits()), 'raw', 'BGRA', img.bytesPerLine(), 1).convert('RGB')
def flat(im):
    if im.mode in ('RGBA', 'LA', 'P'):
        im = im.convert('RGBA'); bg = Image.new('RGB', im.size, 'white'); bg.paste(im, mask=im.split()[3]); return bg
    return im.convert('RGB')
def tess(im):
    im = im.resize((im.width * 2, im.height * 2), Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix='.png') as f:
        im.save(f.name)
        return subprocess.run(['tesseract', f.name, '-', '--psm', '7'], capture_output=True, text=True).stdout
_ro = None
def rapid(im):
    global _ro
    from rapidocr import RapidOCR
    import numpy as np
    _ro = _ro or RapidOCR()
    r = _ro(np.array(im.convert('RGB')))
    return ' '.join(r.txts or [])
def sq(s): return re.sub(r'\s+', '', s).lower()
def match(target, text):
    t, s = sq(target), sq(text)
    if t in s: return 1.0
    m = difflib.SequenceMatcher(None, t, s).find_longest_match(0, len(t), 0, len(s))
    best = 0
    for i in range(max(1, len(s) - len(t) + 1)):
        best = max(best, difflib.SequenceMatcher(None, t, s[i:i + len(t)]).ratio())
    return best
def images_for(it, z):
    t = it['technique']
    if t == 'img_split_two':
        a, b = [Image.open(io.BytesIO(z.read(n))) for n in it['image']]
        im = Image.new('RGB', (a.width + b.width + 24, max(a.height, b.height) + 24), 'white'); im.paste(flat(a), (12, 12)); im.paste(flat(b), (12 + a.width, 12))
        return im
    d = z.read(it['image'])
    if t == 'svg_embedded_raster':
        return svg_render(d)
    if t == 'svg_char_texts':
        return svg_render(d)
    im = Image.open(io.BytesIO(d))
    if t == 'apng_frame2': im.seek(1); return flat(im.copy())
    if t == 'tiff_page2': im.seek(1); return flat(im.copy())
    if t == 'png_alpha_text': return flat(im)
    if t == 'img_dark_mode':
        from PIL import ImageOps
        return ImageOps.invert(im.convert('RGB'))
    return flat(im)
if __name__ == '__main__':
    truth = json.load(open(f'{ROOT}/truth_gen.json'))
    T = {'img_in_footnote', 'img_split_two', 'png_alpha_text', 'img_dark_mode', 'svg_embedded_raster', 'svg_char_texts', 'apng_frame2', 'tiff_page2'}
    res = {}
    os.makedirs(f'{ROOT}/verify/ocrimg', exist_ok=True)
    for it in truth:
        if it['technique'] not in T: continue
        z = zipfile.ZipFile(f'{ROOT}/{it["file"]}')
        im = images_for(it, z); im.save(f'{ROOT}/verify/ocrimg/{it["id"]}.png')
        tt = tess(im); sc = match(it['target'], tt); eng = 'tesseract'
        if sc < 1.0:
            rt = rapid(im); sc2 = match(it['target'], rt)
            if sc2 > sc: sc, tt, eng = sc2, rt, 'rapidocr'
        res[it['id']] = dict(ocr=tt.strip(), score=round(sc, 3), engine=eng)
        print(it['id'], res[it['id']]['score'], eng, repr(tt.strip())[:90], flush=True)
    json.dump(res, open(f'{ROOT}/verify/ocr.json', 'w'), indent=1, ensure_ascii=False)
