"""Score a folder of redacted images against truth/ with two OCR engines independent of Attest:
Tesseract 5 at 2x (crops stacked in a contact sheet, --psm 6) and RapidOCR (rapidocr_onnxruntime 1.4.4, its bundled PP-OCRv4 det/rec).
Only padded boxes are read, never whole frames.
An item is READ if either engine's text for its padded line boxes has a common substring of >= min(8, len) normalised chars with the value.
usage: score.py OUTDIR RESULT.json   (OUTDIR = corpus/ for the unredacted baseline)"""
import sys, os, json, glob, subprocess, tempfile, hashlib
from PIL import Image, ImageOps, ImageStat
ROOT = os.path.dirname(os.path.abspath(__file__))
MAP = str.maketrans({'O': '0', 'I': '1', 'L': '1'})
def norm(s): return ''.join(c for c in s.upper() if c.isalnum()).translate(MAP)
def lcs(a, b):
    best = 0; prev = [0]*(len(b)+1)
    for i in range(1, len(a)+1):
        cur = [0]*(len(b)+1)
        for j in range(1, len(b)+1):
            if a[i-1] == b[j-1]:
                cur[j] = prev[j-1]+1
                if cur[j] > best: best = cur[j]
        prev = cur
    return best
def need(v): return min(8, len(norm(v)))
_rapid = None
def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR()
    return _rapid
def crops_for(im, it, sx, sy):
    out = []
    for b in it['boxes']:
        x0, y0, x1, y1 = b[0]*sx, b[1]*sy, b[2]*sx, b[3]*sy
        h = max(4, y1-y0); pad = max(4, 0.35*h)
        box = (max(0, int(x0-pad)), max(0, int(y0-pad)), min(im.width, int(x1+pad+1)), min(im.height, int(y1+pad+1)))
        if box[2]-box[0] < 3 or box[3]-box[1] < 3: continue
        out.append(im.crop(box))
    return out
def tess_sheet(crops):
    """OCR a list of crops with one tesseract call: 2x upscale, dark crops inverted, stacked with gaps."""
    res = ['']*len(crops)
    prepared = []
    for c in crops:
        g = c.convert('L').resize((c.width*2, c.height*2), Image.LANCZOS)
        if ImageStat.Stat(g).mean[0] < 110: g = ImageOps.invert(g)
        prepared.append(g)
    i = 0
    while i < len(prepared):
        chunk = []; hsum = 0
        while i < len(prepared) and (hsum < 6000 or not chunk):
            chunk.append(i); hsum += prepared[i].height + 40; i += 1
        W = max(prepared[k].width for k in chunk) + 40
        sheet = Image.new('L', (W, hsum + 40), 255); ys = []; y = 20
        for k in chunk:
            sheet.paste(prepared[k], (20, y)); ys.append((y, y+prepared[k].height, k)); y += prepared[k].height + 40
        with tempfile.NamedTemporaryFile(suffix='.png', delete=False) as f: sheet.save(f.name)
        tsv = subprocess.run(['nice', 'tesseract', f.name, '-', '--psm', '6', 'tsv'], capture_output=True, text=True).stdout
        os.unlink(f.name)
        for line in tsv.splitlines()[1:]:
            p = line.split('\t')
            if len(p) < 12 or p[0] != '5' or not p[11].strip(): continue
            cy = int(p[7]) + int(p[9])/2
            for a, b, k in ys:
                if a-10 <= cy <= b+10: res[k] += p[11] + ' '; break
    return res
def rapid_crop(c):
    """recogniser only (the crop is one padded text line); PP-OCRv4 rec bundled with rapidocr_onnxruntime 1.4.4"""
    import numpy as np
    c = c.convert('RGB')
    if c.height < 16: c = c.resize((max(1, c.width*32//max(1, c.height)), 32), Image.LANCZOS)
    r, _ = rapid()(np.array(c)[:, :, ::-1], use_det=False, use_cls=False, use_rec=True)
    return ' '.join(x[0] for x in (r or []))
def find_out(outdir, image):
    stem = os.path.splitext(image)[0]
    for ext in ('', '.png', '.jpg', '.jpeg', '.webp'):
        p = os.path.join(outdir, image if ext == '' else stem + ext)
        if os.path.exists(p): return p
    c = glob.glob(os.path.join(outdir, '**', stem + '*'), recursive=True)
    return c[0] if c else None
def score_image(outdir, tj, only=None):
    t = json.load(open(tj)); src = Image.open(os.path.join(ROOT, 'corpus', t['image']))
    p = find_out(outdir, t['image'])
    res = []
    if p is None:
        return [dict(idx=i, missing=True) for i in range(len(t['items']))], t
    im = Image.open(p); im.load()
    if im.mode in ('RGBA', 'LA', 'P'): im = im.convert('RGBA'); bgc = Image.new('RGBA', im.size, (255, 255, 255, 255)); bgc.alpha_composite(im); im = bgc
    im = im.convert('RGB'); sx, sy = im.width/src.width, im.height/src.height
    idxs = [i for i in range(len(t['items'])) if only is None or i in only]
    allcrops = []; owners = []
    for i in idxs:
        for c in crops_for(im, t['items'][i], sx, sy): allcrops.append(c); owners.append(i)
    tt = tess_sheet(allcrops) if allcrops else []
    tess = {i: '' for i in idxs}; rap = {i: '' for i in idxs}
    for c, i, s in zip(allcrops, owners, tt):
        tess[i] += s + ' '; rap[i] += rapid_crop(c) + ' '
    for i in idxs:
        it = t['items'][i]; v = norm(it['value'])
        lt, lr = lcs(norm(tess[i]), v), lcs(norm(rap[i]), v)
        res.append(dict(idx=i, tess=tess[i].strip(), rapid=rap[i].strip(), lcs_t=lt, lcs_r=lr, read=max(lt, lr) >= need(it['value']) and need(it['value']) > 0))
    return res, t
if __name__ == '__main__':
    outdir, dest = sys.argv[1], sys.argv[2]
    base = None
    if len(sys.argv) > 3: base = json.load(open(sys.argv[3]))   # baseline: only re-read items that were readable unredacted
    allres = {}
    for tj in sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json'))):
        name = os.path.basename(tj)[:-5]
        only = None
        # every item is re-read (not only the readable ones) so each tesseract contact sheet is laid out as in the baseline
        r, t = score_image(outdir, tj, only)
        allres[name] = r
        print(name, sum(1 for x in r if x.get('read')), '/', len(r), flush=True)
    json.dump(allres, open(dest, 'w'), indent=0)
