#!/usr/bin/env python
"""Independent scorer. usage: score.py orig            -> OCR originals, cache readability (cache/orig.json)
                                 score.py out OUTDIR     -> score Attest outputs in OUTDIR against truth + cache"""
import sys, os, json, glob, re, io, subprocess, difflib, math, time
import numpy as np
os.environ['OMP_THREAD_LIMIT'] = '1'
from PIL import Image, ImageOps, ImageSequence
ROOT = '/tmp/ho40/screens'
TR = ROOT + '/truth'; CORPUS = ROOT + '/corpus'
import rapidocr_onnxruntime.utils as _U
_SO = _U.SessionOptions
def _so():
    s = _SO(); s.intra_op_num_threads = 1; s.inter_op_num_threads = 1; return s
_U.SessionOptions = _so
from rapidocr_onnxruntime import RapidOCR
ENG = RapidOCR(text_score=0.3, use_angle_cls=False, det_limit_type='max', det_limit_side_len=960, det_model_path='', det_box_thresh=0.3)   # PP-OCRv3 det/rec bundled with rapidocr_onnxruntime 1.2.3
CONF = str.maketrans({'O': '0', 'I': '1', 'L': '1', 'S': '5', 'B': '8', 'Z': '2', 'Q': '0', 'D': '0'})
def norm(s): return re.sub(r'[^0-9A-Z]', '', s.upper())
def canon(s): return norm(s).translate(CONF)
PART = {'VAN', 'DER', 'DEN', 'DEL', 'LA', 'LE', 'DU', 'DE', 'AP', 'ST', 'NI', 'MR', 'MRS', 'MS', 'DR'}
def lcs_sub(a, b):
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)); return m.size
def id_leak(kind, value, text):
    """returns (leaked bool, what readable)"""
    if kind in ('name', 'address'):
        words = [w for w in re.split(r'[^A-Za-zÀ-ÿ0-9\']+', value) if len(w) >= 3 and w.upper() not in PART and not w.isdigit()]
        t = norm(text.replace('í', 'i').replace('Í', 'I'))
        hit = [w for w in words if norm(w.replace('í', 'i')) in t]
        return bool(hit), ' '.join(hit)
    v = canon(value); t = canon(text)
    need = min(8, len(v))
    m = difflib.SequenceMatcher(None, v, t, autojunk=False).find_longest_match(0, len(v), 0, len(t))
    return m.size >= need, v[m.a:m.a + m.size] if m.size >= 4 else ''
def keep_ok(keep, text):
    k = canon(keep); t = canon(text)
    if not k: return True
    if k in t: return True
    sm = difflib.SequenceMatcher(None, k, t, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(k) >= 0.8

def frames_of(path):
    im = Image.open(path); out = []
    n = getattr(im, 'n_frames', 1)
    for i in range(n):
        im.seek(i); f = im.copy()
        if f.mode in ('I;16', 'I;16B', 'I;16L', 'I'):
            a = np.asarray(f).astype(np.float64); mx = 65535 if a.max() > 255 else 255
            f = Image.fromarray((a / mx * 255).clip(0, 255).astype(np.uint8), 'L')
        if f.mode == 'P' and 'transparency' in f.info: f = f.convert('RGBA')
        if f.mode in ('P', 'L', 'CMYK', 'YCbCr', '1'): f = f.convert('RGB')
        if f.mode in ('LA', 'PA'): f = f.convert('RGBA')
        out.append(f)
    return out
def views(f, hidden=False):
    if f.mode == 'RGBA':
        if hidden: return [('rgb-ignoring-alpha', f.convert('RGB'))]
        v = []
        for nm, bg in (('on-white', (255, 255, 255)), ('on-black', (0, 0, 0))):
            b = Image.new('RGB', f.size, bg); b.paste(f, (0, 0), f); v.append((nm, b))
        return v
    return [('rgb', f.convert('RGB'))]

def crop_for(img, box, rot):
    x0, y0, x1, y1 = box; h = max(4, y1 - y0); m = max(6, 0.35 * min(h, x1 - x0) if rot else 0.45 * h)
    c = img.crop((int(max(0, x0 - m)), int(max(0, y0 - m)), int(min(img.width, x1 + m)), int(min(img.height, y1 + m))))
    if rot:
        a = np.asarray(c); bg = tuple(int(v) for v in np.median(a.reshape(-1, 3), axis=0))
        c = c.rotate(-rot, expand=True, resample=Image.BICUBIC, fillcolor=bg)
    return c
def pad(c, p=16):
    a = np.asarray(c); bg = tuple(int(v) for v in np.median(np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]]), axis=0))
    return ImageOps.expand(c, p, fill=bg)
def tess(c):
    c2 = c.resize((max(1, c.width * 2), max(1, c.height * 2)), Image.LANCZOS)
    b = io.BytesIO(); pad(c2).save(b, 'PNG')
    r = subprocess.run(['tesseract', '-', '-', '--psm', '6', '-l', 'eng'], input=b.getvalue(), capture_output=True, timeout=60)
    return r.stdout.decode('utf-8', 'replace').replace('\n', ' ')
def rapid(c):
    a = np.asarray(pad(c))[:, :, ::-1].copy()
    if a.shape[0] < 24 or a.shape[1] < 24: return ''
    res, _ = ENG(a)
    if not res: return ''
    res = sorted(res, key=lambda r: (round(r[0][0][1] / 10), r[0][0][0]))
    return ' '.join(r[1] for r in res)
def delines(c, bh):
    import cv2
    a = np.asarray(c.convert('L')); inv = a < 128 if a.mean() > 128 else a > 128
    b = (inv * 255).astype(np.uint8)
    h = cv2.morphologyEx(b, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(6, int(bh * 0.6)), 1)))
    v = cv2.morphologyEx(b, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(6, int(bh * 0.8)))))
    bg = 255 if a.mean() > 128 else 0; out = a.copy(); out[(h > 0) | (v > 0)] = bg
    return Image.fromarray(out).convert('RGB')
def merge_lines(boxes):
    rows = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        if rows and abs(rows[-1][1] - b[1]) < 0.5 * (b[3] - b[1]): r = rows[-1]; rows[-1] = [min(r[0], b[0]), min(r[1], b[1]), max(r[2], b[2]), max(r[3], b[3])]
        else: rows.append(list(b))
    return rows
def read_boxed(img, boxes, rot):
    t1 = []; t2 = []
    for b in merge_lines(boxes):
        c = delines(crop_for(img, b, rot), b[3] - b[1]); t1.append(tess(c)); t2.append(rapid(c))
    return ' '.join(t1), ' '.join(t2)
def read_boxes(img, boxes, rot):
    t1 = []; t2 = []
    for b in boxes:
        c = crop_for(img, b, rot)
        if c.width < 2 or c.height < 2: continue
        t1.append(tess(c)); t2.append(rapid(c))
    return ' '.join(t1), ' '.join(t2)

def exif_orient(path):
    try: return Image.open(path).getexif().get(0x0112, 1)
    except Exception: return 1
def map_boxes(boxes, rot, orig_size, out_size, orig_path):
    W, H = orig_size; w, h = out_size
    if (w, h) == (W, H): return boxes, rot
    if (w, h) == (H, W) and exif_orient(orig_path) in (6, 8):
        # output was exif-transposed: orientation 6 -> rotate 90 CW (PIL -90)
        ang = -90 if exif_orient(orig_path) == 6 else 90; a = math.radians(ang); out = []
        for b in boxes:
            xs = []; ys = []
            for x, y in ((b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])):
                dx, dy = x - W / 2, y - H / 2
                xs.append(dx * math.cos(a) + dy * math.sin(a) + w / 2); ys.append(-dx * math.sin(a) + dy * math.cos(a) + h / 2)
            out.append([min(xs), min(ys), max(xs), max(ys)])
        return out, (rot + ang) % 360
    sx, sy = w / W, h / H
    return [[b[0] * sx, b[1] * sy, b[2] * sx, b[3] * sy] for b in boxes], rot

def evaluate(path, truth, origpath):
    fr = frames_of(path); osz = Image.open(origpath).size; res = {'items': [], 'keeps': []}
    orig_mode = 'orig' if path == origpath else 'out'
    for it in truth['items']:
        boxes, rot = map_boxes(it['boxes'], it['rot'], osz, fr[0].size, origpath)
        hidden = 'hidden' in it['form']
        fidx = range(len(fr)) if (it['frame'] is None or orig_mode == 'out') else [it['frame']] if it['frame'] < len(fr) else []
        best = dict(leak=False, seen='', tess='', rapid='', view='')
        for fi in fidx:
            for vn, v in views(fr[fi], hidden):
                if orig_mode == 'orig':
                    b = ' '.join(rapid(c) for c in (crop_for(v, bb, rot) for bb in boxes) if c.width > 1 and c.height > 1)
                    a = '' if id_leak(it['kind'], it['value'], b)[0] else ' '.join(tess(c) for c in (crop_for(v, bb, rot) for bb in boxes) if c.width > 1 and c.height > 1)
                else:
                    a, b = read_boxes(v, boxes, rot)
                if 'boxed' in it['form']:
                    a2, b2 = read_boxed(v, boxes, rot); a += ' || ' + a2; b += ' || ' + b2
                for eng, txt in (('tess', a), ('rapid', b)):
                    lk, seen = id_leak(it['kind'], it['value'], txt)
                    if lk and not best['leak']: best.update(leak=True, seen=seen, engine=eng, view=vn, frame=fi)
                best['tess'] += ('|' if best['tess'] else '') + a.strip()[:200]; best['rapid'] += ('|' if best['rapid'] else '') + b.strip()[:200]
            if best['leak']: break
        res['items'].append(best)
    for k in truth['keeps']:
        boxes, rot = map_boxes([k['box']], k['rot'], osz, fr[0].size, origpath)
        fidx = range(len(fr)) if (k['frame'] is None or orig_mode == 'out') else [k['frame']] if k['frame'] < len(fr) else []
        ok = False; txts = []
        for fi in fidx:
            for vn, v in views(fr[fi]):
                for eng in (rapid, tess):
                    a = ' '.join(eng(c) for c in (crop_for(v, bb, rot) for bb in boxes) if c.width > 1 and c.height > 1); txts.append(a.strip())
                    if keep_ok(k['text'], a): ok = True; break
                if ok: break
            if ok: break
        res['keeps'].append(dict(ok=ok, txt=' | '.join(txts)[:200]))
    return res

def main():
    mode = sys.argv[1]
    os.makedirs(ROOT + '/cache', exist_ok=True)
    truths = {os.path.basename(f)[:-5]: json.load(open(f)) for f in sorted(glob.glob(TR + '/*.json'))}
    only = sys.argv[3:] if mode == 'out' else sys.argv[2:]
    if mode == 'orig':
        cp = ROOT + '/cache/orig.json'; cache = json.load(open(cp)) if os.path.exists(cp) else {}
        for fn, t in truths.items():
            if only and fn not in only: continue
            t0 = time.time(); cache[fn] = evaluate(CORPUS + '/' + fn, t, CORPUS + '/' + fn)
            r = cache[fn]; print('%-36s ids readable %d/%d keeps readable %d/%d  %.1fs' % (fn, sum(x['leak'] for x in r['items']), len(r['items']), sum(x['ok'] for x in r['keeps']), len(r['keeps']), time.time() - t0), flush=True)
            json.dump(cache, open(cp, 'w'))
        return
    outdir = sys.argv[2]
    orig = json.load(open(ROOT + '/cache/orig.json'))
    outs = {}
    for p in glob.glob(outdir + '/**/*', recursive=True):
        if os.path.isfile(p) and not p.endswith('.json'):
            outs.setdefault(os.path.basename(p), []).append(p)
            outs.setdefault('stem:' + os.path.splitext(os.path.basename(p))[0], []).append(p)
    report = {}
    for fn, t in truths.items():
        if only and fn not in only: continue
        stem = os.path.splitext(fn)[0]; cands = outs.get(fn) or outs.get('stem:' + stem, [])
        if not cands: report[fn] = dict(missing=True); print(fn, 'NO OUTPUT', flush=True); continue
        op = cands[0]; r = evaluate(op, t, CORPUS + '/' + fn); o = orig[fn]
        rows = []
        for it, ro, rr in zip(t['items'], o['items'], r['items']):
            rows.append(dict(kind=it['kind'], value=it['value'], form=it['form'], readable_orig=ro['leak'], orig_seen=ro.get('seen', ''), leaked=rr['leak'], seen=rr.get('seen', ''), engine=rr.get('engine', ''), view=rr.get('view', ''), tess=rr['tess'], rapid=rr['rapid']))
        krows = []
        for k, ko, kr in zip(t['keeps'], o['keeps'], r['keeps']):
            krows.append(dict(text=k['text'], kind=k['kind'], readable_orig=ko['ok'], kept=kr['ok'], out_txt=kr['txt']))
        report[fn] = dict(output=op, items=rows, keeps=krows)
        print('%-36s leaked %d/%d readable  keeps %d/%d' % (fn, sum(x['leaked'] and x['readable_orig'] for x in rows), sum(x['readable_orig'] for x in rows), sum(x['kept'] and x['readable_orig'] for x in krows), sum(x['readable_orig'] for x in krows)), flush=True)
    sp = os.path.join(outdir.rstrip('/') + '_score.json')
    if only and os.path.exists(sp):
        old = json.load(open(sp)); old.update(report); report = old
    json.dump(report, open(sp, 'w'), indent=1, ensure_ascii=False)
main()
