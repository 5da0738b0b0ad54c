"""Independent scorer: Tesseract (2x, psm 6 + psm 11) and RapidOCR (rapidocr_onnxruntime 1.4.4, PP-OCRv4 det/rec,
lowered thresholds) on each truth box; plus a RapidOCR full-frame pass.  usage: score.py IMGDIR OUT.json [items...]"""
import sys, os, json
os.environ['OMP_THREAD_LIMIT'] = '1'
import os as _o, re, io, subprocess, glob, math, time
import numpy as np
from PIL import Image, ImageOps
from rapidocr_onnxruntime import RapidOCR
TRUTH = '/tmp/ho43/screens/truth'
imgdir, outp = sys.argv[1], sys.argv[2]; only = [a for a in sys.argv[3:] if a != '--fast']
FAST = '--fast' in sys.argv  # originals: skip crops when a full-frame engine already reads the value
ocr = RapidOCR(text_score=0.3, det_box_thresh=0.4, det_unclip_ratio=1.8, use_angle_cls=True)

def tess(img, psm):
    b = io.BytesIO(); img.save(b, 'PNG')
    r = subprocess.run(['tesseract', 'stdin', 'stdout', '--psm', str(psm)], input=b.getvalue(), capture_output=True)
    return r.stdout.decode('utf8', 'replace')

def rapid(img):
    res, _ = ocr(np.asarray(img.convert('RGB')))
    return ' '.join(r[1] for r in res) if res else ''

def N(s): return re.sub(r'[^0-9A-Z]', '', s.upper())
CONF = str.maketrans('OQDILJSBZGT', '00011158267')
def lcs(a, b):
    best = 0; prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1; best = max(best, cur[j])
        prev = cur
    return best
def match_len(value, text):
    v, t = N(value), N(text)
    return max(lcs(v, t), lcs(v.translate(CONF), t.translate(CONF)))

TITLES = {'MR', 'MRS', 'MS', 'DR', 'MISS'}
def words_leak(value, text):
    toks = set(N(x) for x in re.split(r'[\s,.;:()\-\'’/]+', text.upper()) if x)
    tn = N(text); hits = []
    for w in re.split(r'[\s\-\']+', value):
        w = N(w)
        if len(w) < 3 or w in TITLES or w.isdigit(): continue
        if w in toks or (len(w) >= 5 and w in tn): hits.append(w)
    return hits

def is_leak(e, text):
    kind = e['kind']; v = N(e['value'])
    if kind in ('name', 'address'):
        h = words_leak(e['value'], text); return bool(h), ','.join(h)
    m = match_len(e['value'], text); need = min(8, len(v))
    return m >= need, '%d/%d' % (m, len(v))

def keep_ok(e, text):
    v = N(e['value'])
    if not v: return True, ''
    m = match_len(e['value'], text)
    return m >= max(1, math.ceil(0.8 * len(v))), '%d/%d' % (m, len(v))

def find_img(t):
    stem = os.path.splitext(t['file'])[0]
    c = [p for p in glob.glob(os.path.join(imgdir, '**', stem + '*'), recursive=True) if os.path.isfile(p) and not p.endswith('.json')]
    exact = [p for p in c if os.path.basename(p) == t['file']]
    return (exact or sorted(c, key=len) or [None])[0]

def views(img):
    if img.mode in ('RGBA', 'LA', 'PA') or (img.mode == 'P' and 'transparency' in img.info):
        im = img.convert('RGBA'); out = []
        for bg in ((255, 255, 255), (0, 0, 0)):
            b = Image.new('RGB', im.size, bg); b.paste(im, mask=im.split()[3]); out.append(('on_' + ('white' if bg[0] else 'black'), b))
        return out
    return [('rgb', img.convert('RGB'))]

def crop(img, boxes, angle, scale=1.0):
    x0 = min(b[0] for b in boxes) * scale; y0 = min(b[1] for b in boxes) * scale; x1 = max(b[2] for b in boxes) * scale; y1 = max(b[3] for b in boxes) * scale
    hgt = min(x1 - x0, y1 - y0); pad = max(6, 0.35 * hgt)
    c = img.crop((max(0, int(x0 - pad)), max(0, int(y0 - pad)), min(img.width, int(x1 + pad)), min(img.height, int(y1 + pad))))
    if angle: c = c.rotate(-angle, expand=True, fillcolor=c.getpixel((0, 0)), resample=Image.BICUBIC)
    return c

def read_crop(c):
    c2 = c.resize((c.width * 2, c.height * 2), Image.LANCZOS)
    brd = ImageOps.expand(c, 24, fill=c.getpixel((0, 0)))
    return {'tess6': tess(c2, 6), 'rapid': rapid(brd)}

def rapid_boxes(img):
    res, _ = ocr(np.asarray(img.convert('RGB')))
    out = []
    for q, txt, sc in (res or []):
        xs = [p[0] for p in q]; ys = [p[1] for p in q]; out.append(([min(xs), min(ys), max(xs), max(ys)], txt))
    return out

def tess_boxes(img):
    c2 = img  # full frame at 1x (speed); the per-box crops below are read at 2x
    b = io.BytesIO(); c2.save(b, 'PNG')
    r = subprocess.run(['tesseract', 'stdin', 'stdout', '--psm', '11', 'tsv'], input=b.getvalue(), capture_output=True).stdout.decode('utf8', 'replace')
    out = []
    for ln in r.splitlines()[1:]:
        f = ln.split('\t')
        if len(f) >= 12 and f[11].strip():
            x, y, w, h = map(int, f[6:10]); out.append(([x, y, x + w, y + h], f[11]))
    return out

def rot_box(b, w, h, deg):
    W = abs(w * math.cos(math.radians(deg))) + abs(h * math.sin(math.radians(deg))); H = abs(w * math.sin(math.radians(deg))) + abs(h * math.cos(math.radians(deg)))
    a = math.radians(deg)
    def m(x, y):
        x0, y0 = x - w / 2, y - h / 2
        return x0 * math.cos(a) + y0 * math.sin(a) + W / 2, -x0 * math.sin(a) + y0 * math.cos(a) + H / 2
    pts = [m(b[0], b[1]), m(b[2], b[1]), m(b[0], b[3]), m(b[2], b[3])]
    return [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]

def inside(ob, tb):
    cx, cy = (ob[0] + ob[2]) / 2, (ob[1] + ob[3]) / 2
    pad = 0.3 * (tb[3] - tb[1]) + 4
    if tb[0] - pad <= cx <= tb[2] + pad and tb[1] - pad <= cy <= tb[3] + pad: return True
    ix = max(0, min(ob[2], tb[2]) - max(ob[0], tb[0])); iy = max(0, min(ob[3], tb[3]) - max(ob[1], tb[1]))
    return ix * iy > 0.5 * (tb[2] - tb[0]) * (tb[3] - tb[1])

res = {}
for tf in sorted(glob.glob(TRUTH + '/*.json')):
    t = json.load(open(tf)); it = t['item']
    if only and it not in only: continue
    p = find_img(t); r = dict(file=p, ids=[], keeps=[], meta={})
    if not p: r['missing'] = True; res[it] = r; print(it, 'MISSING', flush=True); continue
    img = Image.open(p); img.load()
    r['meta'] = dict(mode=img.mode, size=img.size, icc=bool(img.info.get('icc_profile')), info_keys=sorted(k for k in img.info if k not in ('dpi',)))
    sc = img.width / t['size'][0] if t.get('size') else 1.0
    vs = views(img)
    # full frame pass (derotated)
    full = {}; fb = {}; ang = t.get('angle', 0)
    for vn, vim in vs:
        fim = vim.rotate(-ang, expand=True) if ang else vim
        rb = rapid_boxes(fim); tb = tess_boxes(fim)
        full[vn] = ' '.join(x[1] for x in rb); fb[vn] = {'rapidF': rb, 'tessF': tb}
    def region_text(vn, e):
        out = {}
        bs = [[v * sc for v in b] for b in e['boxes']]
        if ang: bs = [rot_box(b, vs[0][1].width, vs[0][1].height, -ang) for b in bs]
        for eng, lst in fb[vn].items():
            out[vn + ':' + eng] = ' '.join(txt for ob, txt in lst if any(inside(ob, b) for b in bs))
        return out
    jobs = []  # (sect, idx, vn, crop)
    entries = {'ids': [], 'keeps': []}
    for sect in ('ids', 'keeps'):
        for e in t[sect]:
            if e['kind'] == 'mpan-top': continue
            texts = {}
            for vn, vim in vs:
                texts.update(region_text(vn, e))
            if sect == 'ids':
                for vn in full: texts[vn + ':rapid_full'] = full[vn]
                cheap = any(is_leak(e, v)[0] for v in texts.values())
                if not (FAST and cheap):
                    for vn, vim in vs:
                        jobs.append((len(entries['ids']), vn, crop(vim, e['boxes'], e.get('angle', 0), sc)))
            if sect == 'keeps':
                for vn, vim in vs:
                    jobs.append((('k', len(entries['keeps'])), vn, crop(vim, e['boxes'], e.get('angle', 0), sc)))
            entries[sect].append((e, texts))
    # one tesseract process for all crops of the item
    if jobs:
        import tempfile
        td = tempfile.mkdtemp(dir='/tmp/ho43/screens/work'); lst = []
        for n, (i, vn, c) in enumerate(jobs):
            fn = '%s/%04d.png' % (td, n); c.resize((c.width * 2, c.height * 2), Image.LANCZOS).save(fn); lst.append(fn)
        open(td + '/list.txt', 'w').write('\n'.join(lst) + '\n')
        tout = subprocess.run(['tesseract', td + '/list.txt', 'stdout', '--psm', '6'], capture_output=True).stdout.decode('utf8', 'replace')
        pages = tout.split('\f')
        for n, (i, vn, c) in enumerate(jobs):
            if isinstance(i, tuple):
                entries['keeps'][i[1]][1][vn + ':tess6'] = pages[n] if n < len(pages) else ''; continue
            entries['ids'][i][1][vn + ':tess6'] = pages[n] if n < len(pages) else ''
            entries['ids'][i][1][vn + ':rapid'] = rapid(ImageOps.expand(c, 24, fill=c.getpixel((0, 0))))
        subprocess.run(['rm', '-rf', td])
    for e, texts in entries['ids']:
        ev = {k: is_leak(e, v) for k, v in texts.items()}
        leaked = [k for k, (l, _) in ev.items() if l]
        r['ids'].append(dict(kind=e['kind'], value=e['value'], form=e.get('form', ''), leak=bool(leaked), by=leaked,
                             detail={k: d for k, (l, d) in ev.items()}, text={k: v.strip()[:160] for k, v in texts.items()}))
    for e, texts in entries['keeps']:
        ev = {k: keep_ok(e, v) for k, v in texts.items()}
        ok = [k for k, (l, _) in ev.items() if l]
        r['keeps'].append(dict(value=e['value'], kept=bool(ok), by=ok, text={k: v.strip()[:100] for k, v in texts.items()}))
    # hidden: metadata bytes + RGB-under-alpha
    raw = open(p, 'rb').read(); r['hidden'] = []
    for h in t.get('hidden', []):
        v = h['value']; inbytes = any(x in raw for x in (v.encode(), v.encode('utf-16-be'), v.encode('utf-16-le')))
        rgbleak = False
        if h['boxes']:
            c = crop(img.convert('RGBA').convert('RGB') if img.mode == 'RGBA' else img.convert('RGB'), h['boxes'], 0, sc)
            arr = np.asarray(c).astype(int); c = Image.fromarray((255 - (arr * 20).clip(0, 255)).astype('uint8'))  # amplify dark RGB under alpha
            tx = ' '.join(read_crop(c).values()); rgbleak = is_leak(h, tx)[0]
        r['hidden'].append(dict(kind=h['kind'], value=v, form=h['form'], in_bytes=inbytes, rgb_ocr_leak=rgbleak))
    res[it] = r
    print(it, 'ids leaked %d/%d' % (sum(x['leak'] for x in r['ids']), len(r['ids'])), 'keeps %d/%d' % (sum(x['kept'] for x in r['keeps']), len(r['keeps'])), flush=True)
json.dump(res, open(outp, 'w'), indent=1, ensure_ascii=False)
