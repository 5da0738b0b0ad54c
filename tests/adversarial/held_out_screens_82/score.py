#!/usr/bin/env python
"""score.py IMGDIR OUTJSON [--baseline]: OCR every image of truth.json found in IMGDIR with Tesseract (2x) and
RapidOCR PP-OCRv4 (rapidocr_onnxruntime, not Attest's engine) and decide per identifier / keep whether readable."""
import os, sys, json, re, subprocess, unicodedata, io, hashlib
os.environ.setdefault('OMP_NUM_THREADS', '1'); os.environ.setdefault('OMP_THREAD_LIMIT', '1')
import numpy as np
from PIL import Image, ImageOps
HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = json.load(open(os.path.join(HERE, 'truth.json')))
_rapid = None
def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    return _rapid
def tess_words(im, psm=11, scale=2):
    w, h = im.size
    big = im.convert('L').resize((w*scale, h*scale), Image.LANCZOS)
    buf = io.BytesIO(); big.save(buf, 'PNG')
    out = subprocess.run(['tesseract','stdin','stdout','--psm',str(psm),'-l','eng','tsv'], input=buf.getvalue(), capture_output=True).stdout.decode('utf-8','replace')
    res = []
    for line in out.splitlines()[1:]:
        p = line.split('\t')
        if len(p) < 12 or not p[11].strip(): continue
        x,y,ww,hh = [int(v)/scale for v in p[6:10]]
        res.append((p[11], [x,y,x+ww,y+hh], (int(p[2]),int(p[3]),int(p[4]))))
    return res
def rapid_words(im):
    arr = np.array(im.convert('RGB'))[:, :, ::-1]
    r, _ = rapid()(arr)
    res = []
    for b, t, s in (r or []):
        xs = [q[0] for q in b]; ys = [q[1] for q in b]
        res.append((t, [min(xs),min(ys),max(xs),max(ys)], None))
    return res
def rapid_rec(im):
    arr = np.array(im.convert('RGB'))[:, :, ::-1]
    r, _ = rapid()(arr, use_det=False, use_cls=False)
    return ' '.join(x[0] for x in (r or []))
def tess_text(im, psm):
    buf = io.BytesIO(); im.save(buf, 'PNG')
    return subprocess.run(['tesseract','stdin','stdout','--psm',str(psm),'-l','eng'], input=buf.getvalue(), capture_output=True).stdout.decode('utf-8','replace')
def load(path, t):
    im = Image.open(path)
    if im.mode in ('RGBA','LA','PA') or (im.mode == 'P' and 'transparency' in im.info):
        im = im.convert('RGBA')
        fl = t.get('flatten')
        if fl == 'none':   # what is stored under the alpha
            return [im.convert('RGB')]
        outs = []
        for bg in ((['#000000'] if fl == 'dark' else ['#ffffff', '#000000'])):
            b = Image.new('RGBA', im.size, bg); b.alpha_composite(im); outs.append(b.convert('RGB'))
        if fl != 'dark': outs.append(im.convert('RGB'))
        return outs
    return [im.convert('RGB')]
def deacc(s): return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ł','l').replace('Ł','L')
DIG = str.maketrans({'O':'0','D':'0','Q':'0','I':'1','L':'1','|':'1','!':'1','Z':'2','S':'5','B':'8','G':'6','T':'7'})
def norm(s): return re.sub(r'[^A-Z0-9]', '', deacc(s).upper())
WORDY = {'name','address','address_town','town'}
def leak(item, text):
    """is secret `item` readable in OCR `text`?"""
    k = item['kind']; v = item['text']
    if k in WORDY:
        ws = set(w for w in re.findall(r'[a-z]+', deacc(text).lower()) if len(w) >= 3)
        need = [w for w in re.findall(r'[a-z]+', deacc(v).lower()) if len(w) >= 3]
        return [w for w in need if w in ws]
    nv = norm(v); nt = norm(text)
    if nv.isdigit(): nt = nt.translate(DIG)
    if k == 'email':
        nv = norm(v.split('@')[0])  # local part
    n = min(8, len(nv))
    hits = [nv[i:i+n] for i in range(len(nv)-n+1) if nv[i:i+n] in nt]
    return hits
def kept(item, text):
    nv = norm(item['text']); nt = norm(text)
    if not nv: return True
    return nv in nt
def inter(a, b, pad=4):
    return not (a[2] < b[0]-pad or b[2] < a[0]-pad or a[3] < b[1]-pad or b[3] < a[1]-pad)
def region_text(words, box):
    sel = [w for w in words if inter(w[1], box) and (min(w[1][2],box[2]+4)-max(w[1][0],box[0]-4)) > 0.3*max(1,(w[1][2]-w[1][0])) or (w[1][2]-w[1][0] > 0 and inter(w[1], box, 0) and (box[2]-box[0]) < (w[1][2]-w[1][0]) and (min(w[1][2],box[2])-max(w[1][0],box[0])) > 0.5*(box[2]-box[0]))]
    sel.sort(key=lambda w: (round(w[1][1]/6), w[1][0]))
    return ' '.join(w[0] for w in sel)
def crop_texts(im, box, rot):
    x0,y0,x1,y1 = box; pad = 6
    c = im.crop((max(0,int(x0-pad)), max(0,int(y0-pad)), min(im.width,int(x1+pad+1)), min(im.height,int(y1+pad+1))))
    if rot: c = c.rotate(-rot, expand=True, fillcolor=c.getpixel((0,0)))
    g = c.convert('L')
    if np.asarray(g).mean() < 128: g = ImageOps.invert(g)
    big = g.resize((g.width*2, g.height*2), Image.LANCZOS)
    t1 = tess_text(big, 6) + ' ' + tess_text(big, 7)
    bordered = ImageOps.expand(c, 20, fill=c.getpixel((0,0)))
    t2 = ' '.join(w[0] for w in rapid_words(bordered)) + ' ' + rapid_rec(c)
    return t1, t2
def main():
    d = sys.argv[1]; out = sys.argv[2]; base = '--baseline' in sys.argv
    only = [a for a in sys.argv[3:] if not a.startswith('--')]
    res = {}
    if os.path.exists(out): res = json.load(open(out))
    for name, t in TRUTH.items():
        if only and name not in only: continue
        if name in res: continue
        p = os.path.join(d, name)
        if not os.path.exists(p):
            res[name] = {'missing': True}; json.dump(res, open(out,'w'), indent=1); continue
        ims = load(p, t)
        rot_img = any(it.get('rot') for it in t['secrets']+t['keeps']) and len(t['secrets']+t['keeps']) > 0
        full = []
        for im in ims:
            full.append((tess_words(im), rapid_words(im)))
        r = {'secrets': [], 'keeps': []}
        for it in t['secrets']:
            if 'box' not in it:
                r['secrets'].append({'text': it['text'], 'meta': True}); continue
            hits = []; src = []
            for im, (tw, rw) in zip(ims, full):
                if not it.get('rot'):
                    for eng, ws in (('tess', tw), ('rapid', rw)):
                        h = leak(it, region_text(ws, it['box']))
                        if h: hits += h; src.append(eng)
                if not hits:
                    a, b = crop_texts(im, it['box'], it.get('rot'))
                    for eng, tx in (('tess-crop', a), ('rapid-crop', b)):
                        h = leak(it, tx)
                        if h: hits += h; src.append(eng)
            r['secrets'].append({'text': it['text'], 'read': bool(hits), 'by': sorted(set(src)), 'hits': sorted(set(hits))[:4]})
        for it in t['keeps']:
            ok = False; src = []
            for im, (tw, rw) in zip(ims, full):
                if not it.get('rot'):
                    for eng, ws in (('tess', tw), ('rapid', rw)):
                        if kept(it, region_text(ws, it['box'])): ok = True; src.append(eng)
                if not ok and (it.get('rot') or base or True):
                    a, b = crop_texts(im, it['box'], it.get('rot'))
                    for eng, tx in (('tess-crop', a), ('rapid-crop', b)):
                        if kept(it, tx): ok = True; src.append(eng)
                if ok: break
            r['keeps'].append({'text': it['text'], 'read': ok, 'by': src})
        res[name] = r
        print(name, sum(x.get('read',0) for x in r['secrets']), '/', len(r['secrets']), 'secrets read;', sum(x['read'] for x in r['keeps']), '/', len(r['keeps']), 'keeps read', flush=True)
        json.dump(res, open(out,'w'), indent=1, ensure_ascii=False)
main()
