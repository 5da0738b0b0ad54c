"""Own scorer. usage: score.py DIR_OF_IMAGES TAG  -> ocr/TAG.json (OCR texts per item).
Reads each truth/<base>.json, finds <base>.(png|jpg|...) in DIR, OCRs each item's crop with Tesseract (2x) and
RapidOCR PP-OCRv4 (rapidocr_onnxruntime 1.4.4, its bundled v4 det/rec models), and RapidOCR on the full frame."""
import sys, os, json, glob, subprocess, tempfile, io
from PIL import Image, ImageOps, ImageStat
ROOT='/tmp/ho47/screens'
from rapidocr_onnxruntime import RapidOCR
eng = RapidOCR()
def tess(im, psm):
    with tempfile.NamedTemporaryFile(suffix='.png', dir=ROOT+'/tmp') as f:
        im.save(f.name)
        return subprocess.run(['tesseract', f.name, 'stdout', '--psm', str(psm)], capture_output=True, text=True,
                              env=dict(os.environ, OMP_THREAD_LIMIT='1')).stdout.strip()
def rapid(im):
    import numpy as np
    res, _ = eng(np.asarray(im.convert('RGB'))[:, :, ::-1].copy(), use_cls=False)
    return [(b, t) for b, t, c in (res or [])]
def rapid_rec(im):
    import numpy as np
    res, _ = eng(np.asarray(im.convert('RGB'))[:, :, ::-1].copy(), use_det=False, use_cls=False, use_rec=True)
    return ' '.join(str(x[0]) for x in (res or []))
def tess_full(im, dark):
    g = im.convert('L')
    if dark: g = ImageOps.invert(g)
    g = g.resize((g.width*2, g.height*2), Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix='.png', dir=ROOT+'/tmp') as f:
        g.save(f.name)
        tsv = subprocess.run(['tesseract', f.name, 'stdout', '--psm', '11', 'tsv'], capture_output=True, text=True,
                             env=dict(os.environ, OMP_THREAD_LIMIT='1')).stdout
    ws = []
    for line in tsv.splitlines()[1:]:
        p = line.split('\t')
        if len(p) == 12 and p[11].strip():
            x, y, w, h = (int(v)/2 for v in p[6:10]); ws.append((x, y, x+w, y+h, p[11]))
    return ws
def lines_of(rects):
    g = []
    for r in sorted(rects, key=lambda r: (r[1], r[0])):
        if g and abs((r[1]+r[3])/2 - (g[-1][1]+g[-1][3])/2) < (r[3]-r[1])/2:
            q = g[-1]; g[-1] = [min(q[0], r[0]), min(q[1], r[1]), max(q[2], r[2]), max(q[3], r[3])]
        else: g.append(list(r))
    return g
def crop(im, b, sx, sy):
    x0, y0, x1, y1 = b[0]*sx, b[1]*sy, b[2]*sx, b[3]*sy; h = max(6, y1-y0)
    c = im.crop((max(0, int(x0-0.6*h)), max(0, int(y0-0.35*h)), min(im.width, int(x1+0.6*h+1)), min(im.height, int(y1+0.35*h+1))))
    return c
def prep_tess(c):
    c = c.convert('L')
    if ImageStat.Stat(c).mean[0] < 128: c = ImageOps.invert(c)
    c = c.resize((c.width*2, c.height*2), Image.LANCZOS)
    return ImageOps.expand(c, 16, fill=255)
def prep_rapid(c):
    c = c.convert('RGB')
    if c.height < 40:
        f = 40 / c.height; c = c.resize((int(c.width*f), 40), Image.LANCZOS)
    return ImageOps.expand(c, 12, fill=c.getpixel((0, 0)))
def main(d, tag):
    out = {}
    for tf in sorted(glob.glob(ROOT+'/truth/*.json')):
        t = json.load(open(tf)); base = os.path.basename(tf)[:-5]
        cache = f'{ROOT}/ocr/{tag}.d/{base}.json'
        if os.path.exists(cache): out[base] = json.load(open(cache)); continue
        cand = [p for p in glob.glob(os.path.join(d, base+'.*')) if not p.endswith('.json')]
        if not cand: out[base] = {'missing': True}; print(base, 'MISSING', flush=True); continue
        im0 = Image.open(cand[0]); im0.load()
        if im0.mode in ('RGBA', 'LA', 'P'):
            im0 = im0.convert('RGBA'); bg = Image.new('RGBA', im0.size, (255,255,255,255)); bg.alpha_composite(im0); im0 = bg
        im = im0.convert('RGB')
        W, H = Image.open(ROOT+'/corpus/'+t['image']).size
        sx, sy = im.width/W, im.height/H
        full = rapid(im)
        tfw = tess_full(im, t['theme'] == 'dark')
        res = []
        for it in t['items']:
            rects = lines_of([r for r in it['rects'] if r[0] < W and r[1] < H and r[2] > 0 and r[3] > 0])
            if not rects: res.append({'offscreen': ''}); continue
            u = [min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects)]
            texts = {}
            texts['tess_full'] = ' '.join(w[4] for w in tfw if w[0]*1 < u[2]*sx and w[2] > u[0]*sx and w[1] < u[3]*sy and w[3] > u[1]*sy)
            cu = crop(im, u, sx, sy)
            if it['s']:
                texts['tess'] = tess(prep_tess(cu), 7 if len(rects) == 1 else 6)
                texts['rapid'] = ' '.join(rapid_rec(prep_rapid(crop(im, r, sx, sy))) for r in rects)
                if t['design'].endswith('comb') or len(rects) > 1:
                    texts['rapid_det'] = ' '.join(x[1] for x in rapid(prep_rapid(cu)))
            if it['s'] and len(rects) > 1:
                texts['tess_parts'] = ''.join(tess(prep_tess(crop(im, r, sx, sy)), 7) for r in rects)
                texts['rapid_parts'] = ''.join(rapid_rec(prep_rapid(crop(im, r, sx, sy))) for r in rects)
            # full-frame RapidOCR lines overlapping the item
            ov = []
            for b, txt in full:
                bx0 = min(p[0] for p in b)/sx; by0 = min(p[1] for p in b)/sy; bx1 = max(p[0] for p in b)/sx; by1 = max(p[1] for p in b)/sy
                if bx0 < u[2] and bx1 > u[0] and by0 < u[3] and by1 > u[1]: ov.append(txt)
            texts['rapid_full'] = ' '.join(ov)
            res.append(texts)
        out[base] = {'items': res, 'size': [im.width, im.height]}
        os.makedirs(os.path.dirname(cache), exist_ok=True); json.dump(out[base], open(cache, 'w'), ensure_ascii=False)
        print(base, len(res), flush=True)
    os.makedirs(ROOT+'/ocr', exist_ok=True)
    json.dump(out, open(f'{ROOT}/ocr/{tag}.json', 'w'), ensure_ascii=False, indent=0)
if __name__ == '__main__': main(sys.argv[1], sys.argv[2])
