#!/tmp/ho33/screens/venv/bin/python
"""Score Attest's redacted screenshots against truth.json with independent OCR (Tesseract 2x + RapidOCR PP-OCRv4).
Usage: venv/bin/python score.py [--fresh]   (OCR results are cached in build/ocr/)"""
import json, os, re, subprocess, sys, tempfile, struct, zlib, time, difflib
import numpy as np
from PIL import Image, ImageOps
from rapidocr_onnxruntime import RapidOCR
R = "/tmp/ho33/screens"; os.chdir(R)
FRESH = "--fresh" in sys.argv
ocr4 = RapidOCR()
TRUTH = json.load(open("truth.json"))["images"]
RULE = {'mpan':'win8','mpan_top':'win8','mprn':'win8','eserial':'win8','gserial':'win8','eui':'win8','phone':'win8',
        'name':'token','address':'token','postcode':'whole','email':'token'}
STOP = {'road','street','avenue','crescent','lane','flat','heol','example','com','org','net','the'}
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
def dmap(s): return s.translate(str.maketrans({'o':'0','i':'1','l':'1','|':'1'}))
def tess(img, psm):
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        img.save(f.name)
        out = subprocess.run(["tesseract", f.name, "stdout", "--psm", str(psm), "tsv"], capture_output=True, text=True).stdout
    lines = {}
    for row in out.splitlines()[1:]:
        p = row.split("\t")
        if len(p) < 12 or not p[11].strip(): continue
        key = (p[2], p[3], p[4]); x, y, w, h = map(int, p[6:10])
        L = lines.setdefault(key, {'t': [], 'b': [x, y, x+w, y+h]})
        L['t'].append(p[11]); b = L['b']; L['b'] = [min(b[0], x), min(b[1], y), max(b[2], x+w), max(b[3], y+h)]
    return [(" ".join(L['t']), L['b']) for L in lines.values()]
def rapid(img):
    res, _ = ocr4(np.array(img.convert("RGB")))
    out = []
    for pts, txt, sc in (res or []):
        xs = [p[0] for p in pts]; ys = [p[1] for p in pts]; out.append((txt, [min(xs), min(ys), max(xs), max(ys)]))
    return out
def dark(img): return np.array(img.convert("L")).mean() < 128
def prep_t(img, f):
    g = img.convert("L")
    if dark(g): g = ImageOps.invert(g)
    return g.resize((max(1, round(g.width*f)), max(1, round(g.height*f))), Image.LANCZOS)
def views(path, rec):
    im = Image.open(path); im.load(); vs = []
    has_a = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    if has_a:
        a = im.convert("RGBA")
        for nm, bg in (("white", (255, 255, 255, 255)), ("black", (0, 0, 0, 255))):
            b = Image.new("RGBA", a.size, bg); b.alpha_composite(a); vs.append((nm, b.convert("RGB")))
        vs.append(("rgb_no_alpha", a.convert("RGB")))
    else: vs.append(("rgb", im.convert("RGB")))
    return vs, has_a
def ocr_image(path, rec, cache):
    if os.path.exists(cache) and not FRESH: return json.load(open(cache))
    vs, has_a = views(path, rec); ang = rec.get('rotation', 0); res = {'full': {}, 'crops': {}}
    # scale factor between truth and this file (outputs could be resized)
    W0, H0 = Image.open("corpus/" + rec['file']).size
    for nm, v in vs:
        sx, sy = v.width / W0, v.height / H0
        full = {'tess': [(t, [c/2 for c in b]) for t, b in tess(prep_t(v, 2), 11)], 'rapid': rapid(v)}
        if ang:
            d = v.rotate(-ang, expand=True, fillcolor=v.getpixel((0, 0)))
            full['tess_derot'] = [(t, None) for t, b in tess(prep_t(d, 2), 11)]; full['rapid_derot'] = [(t, None) for t, b in rapid(d)]
        res['full'][nm] = full
        cr = []
        for i, s in enumerate(rec['secrets']):
            b = s['box']; h = b[3] - b[1]; m = 0.3*min(h, 60) + 4
            box = [max(0, (b[0]-m)*sx), max(0, (b[1]-m)*sy), min(v.width, (b[2]+m)*sx), min(v.height, (b[3]+m)*sy)]
            c = v.crop([round(x) for x in box])
            if ang: c = c.rotate(-ang, expand=True, fillcolor=c.getpixel((0, 0)))
            th = h if not ang or abs(ang) < 45 else (b[2]-b[0]) * 0.2
            f = min(4, max(2, 48 / max(8, th)))
            pad = ImageOps.expand(c, 16, fill=c.getpixel((0, 0)))
            t1 = " ".join(t for t, _ in tess(prep_t(pad, f), 6))
            big = pad.resize((round(pad.width*2), round(pad.height*2)), Image.LANCZOS) if pad.height < 200 else pad
            t2 = " ".join(t for t, _ in rapid(big))
            cr.append({'tess': t1, 'rapid': t2})
        res['crops'][nm] = cr
    os.makedirs(os.path.dirname(cache), exist_ok=True); json.dump(res, open(cache, "w")); return res
def inter(a, b, m=8):
    return a and not (a[2] < b[0]-m or a[0] > b[2]+m or a[3] < b[1]-m or a[1] > b[3]+m)
def evidence(res, box, i, sx=1, sy=1):
    """text readable at the secret/keep location: localized full-OCR lines + crop OCR (if i given) + whole derotated text"""
    texts = []
    bb = [box[0]*sx, box[1]*sy, box[2]*sx, box[3]*sy]
    for nm, full in res['full'].items():
        for eng, lines in full.items():
            for t, b in lines:
                if b is None or inter(b, bb): texts.append(t)
        if i is not None: texts += [res['crops'][nm][i]['tess'], res['crops'][nm][i]['rapid']]
    return texts
def leaked(kind, secret, texts):
    rule = RULE[kind]; ns = norm(secret)
    if rule == 'win8':
        hay = [norm(t) for t in texts]; hay += [dmap(h) for h in hay]
        if len(ns) < 8: return [ns] if any(ns in h for h in hay) else []
        hits = [ns[j:j+8] for j in range(len(ns)-7) if any(ns[j:j+8] in h for h in hay)]
        return hits
    if rule == 'whole':
        return [ns] if any(ns in norm(t) for t in texts) else []
    toks = [t for t in re.split(r'[^a-z0-9]+', secret.lower()) if len(t) >= 3 and t not in STOP and not t.isdigit()]
    words = set(w for t in texts for w in re.split(r'[^a-z0-9]+', t.lower()))
    return [t for t in toks if t in words]
def keep_read(text, texts):
    nk = norm(text)
    if len(nk) < 3: return None
    return any(nk in norm(t) for t in texts)
def meta_strings(path):
    data = open(path, "rb").read(); out = []; chunks = []
    if data[:8] == b'\x89PNG\r\n\x1a\n':
        p = 8
        while p < len(data):
            n, = struct.unpack('>I', data[p:p+4]); ty = data[p+4:p+8].decode('latin1'); body = data[p+8:p+8+n]; chunks.append(ty)
            if ty not in ('IDAT', 'IHDR', 'IEND', 'PLTE'):
                out.append(body.decode('latin1'))
                if ty in ('zTXt', 'iCCP'):
                    k = body.index(b'\0'); 
                    try: out.append(zlib.decompress(body[k+2:]).decode('latin1'))
                    except Exception: pass
                if ty == 'iTXt':
                    try: out.append(zlib.decompress(body.split(b'\0', 3)[3][body.split(b'\0',3)[3].index(b'\0')+1:]).decode('latin1'))
                    except Exception: pass
            p += 12 + n
    elif data[:2] == b'\xff\xd8':
        p = 2
        while p < len(data) - 4:
            if data[p] != 0xFF: break
            mk = data[p+1]
            if mk == 0xDA: chunks.append('SOS'); break
            n, = struct.unpack('>H', data[p+2:p+4]); chunks.append(hex(mk)); out.append(data[p+4:p+2+n].decode('latin1')); p += 2 + n
    else:
        out.append(data.decode('latin1'))
    # also decode utf-16 strings (EXIF XPComment etc.)
    return out, chunks
def main():
    rep = {'images': [], 'misses': [], 'lost_keeps': [], 'meta_leaks': [], 'not_visible_in_original': []}
    tim = {}
    for l in open("timings.txt"):
        p = l.split()
        if len(p) == 3: tim[p[0]] = (int(p[1]), float(p[2]))
    scan = {}
    for nm in ("scan_corpus.txt", "scan_out.txt"):
        flagged = set()
        if os.path.exists(nm):
            for l in open(nm):
                m = re.match(r'^(\S+?): ', l)
                if m: flagged.add(os.path.basename(m.group(1)))
        scan[nm] = flagged
    T = dict(tot=0, leak=0, vis=0, leak_vis=0, keeps=0, kept=0)
    from collections import defaultdict
    by = defaultdict(lambda: [0, 0]); bykind = defaultdict(lambda: [0, 0]); byfile = {}
    t0 = time.time()
    for n, rec in enumerate(TRUTH):
        f = rec['file']; outp = "out/" + f
        if not os.path.exists(outp):
            cands = [x for x in os.listdir("out") if x.rsplit('.', 1)[0] == f.rsplit('.', 1)[0]]
            outp = "out/" + cands[0] if cands else None
        o = ocr_image("corpus/" + f, rec, f"build/ocr/orig/{f}.json")
        r = ocr_image(outp, rec, f"build/ocr/out/{f}.json") if outp else None
        W0, H0 = Image.open("corpus/" + f).size
        if outp:
            oi = Image.open(outp); sx, sy = oi.width / W0, oi.height / H0
        info = dict(file=f, output=outp, secrets=len(rec['secrets']), leaks=0, keeps=0, kept=0, time=tim.get(f),
                    scan_orig_flagged=f in scan["scan_corpus.txt"], scan_out_flagged=os.path.basename(outp or "") in scan["scan_out.txt"])
        for i, s in enumerate(rec['secrets']):
            ev_o = evidence(o, s['box'], i); vis = bool(leaked(s['kind'], s['text'], ev_o))
            hits = leaked(s['kind'], s['text'], evidence(r, s['box'], i, sx, sy)) if r else ['NO OUTPUT']
            T['tot'] += 1; T['vis'] += vis; lk = bool(hits); T['leak'] += lk; T['leak_vis'] += lk and vis
            bykind[s['kind']][0] += 1; bykind[s['kind']][1] += lk; info['leaks'] += lk
            if not vis: rep['not_visible_in_original'].append(dict(file=f, kind=s['kind'], text=s['text']))
            if lk:
                ctx = [t for t in evidence(r, s['box'], i, sx, sy) if any(h in norm(t) or h in dmap(norm(t)) for h in hits)][:3]
                rep['misses'].append(dict(file=f, kind=s['kind'], secret=s['text'], readable=hits[:3], ocr_context=ctx, visible_in_original=vis, note=s.get('note', '')[:80]))
        for k in rec['keeps']:
            ro = keep_read(k['text'], evidence(o, k['box'], None))
            if not ro: continue
            rr = keep_read(k['text'], evidence(r, k['box'], None, sx, sy)) if r else False
            T['keeps'] += 1; T['kept'] += rr; info['keeps'] += 1; info['kept'] += rr
            if not rr: rep['lost_keeps'].append(dict(file=f, keep=k['text']))
        # metadata / alpha
        if outp:
            oi = Image.open(outp); strs, chunks = meta_strings(outp); blob = "\n".join(strs)
            info.update(mode=oi.mode, icc=bool(oi.info.get('icc_profile')), chunks=chunks, size_ok=(oi.size == (W0, H0)))
            allsec = [(m['kind'], m['text'], m['where']) for m in rec['meta_secrets']] + [(s['kind'], s['text'], 'pixels-text') for s in rec['secrets']]
            for kd, tx, wh in allsec:
                h = leaked(kd, tx, [blob, blob.replace('\0', '')])
                if h: rep['meta_leaks'].append(dict(file=f, kind=kd, text=tx, where=wh, hits=h[:2]))
            info['meta_secrets'] = len(rec['meta_secrets'])
        rep['images'].append(info)
        print(f"[{n+1}/{len(TRUTH)} {time.time()-t0:.0f}s] {f}: leaks {info['leaks']}/{info['secrets']} kept {info['kept']}/{info['keeps']}", flush=True)
    ms = len(rep['meta_leaks']); mt = sum(len(r['meta_secrets']) for r in TRUTH)
    rep['summary'] = dict(images=len(TRUTH), secrets=T['tot'], leaked=T['leak'], strict_recall=1 - T['leak']/T['tot'],
        secrets_readable_in_original=T['vis'], leaked_of_readable=T['leak_vis'], strict_recall_of_readable=1 - T['leak_vis']/max(1, T['vis']),
        strict_recall_excl_mpan_top=1 - (T['leak'] - bykind['mpan_top'][1]) / (T['tot'] - bykind['mpan_top'][0]),
        keeps_readable_in_original=T['keeps'], kept=T['kept'], keep_rate=T['kept']/max(1, T['keeps']),
        meta_secrets=mt, meta_leak_findings=ms, by_kind={k: dict(total=v[0], leaked=v[1]) for k, v in bykind.items()},
        scan_orig_flagged=sum(i['scan_orig_flagged'] for i in rep['images']), scan_out_flagged=sum(i['scan_out_flagged'] for i in rep['images']))
    ts = sorted(v[1] for k, v in tim.items() if k != 'blank.png')
    if ts: rep['summary']['attest_time_s'] = dict(median=ts[len(ts)//2], p90=ts[int(len(ts)*0.9)], max=ts[-1], total=sum(ts), blank_16px_png=tim.get('blank.png'))
    json.dump(rep, open("score.json", "w"), indent=1)
    print(json.dumps(rep['summary'], indent=1))
main()
