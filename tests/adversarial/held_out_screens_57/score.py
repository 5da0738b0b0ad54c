"""Scorer: OCR each truth box (Tesseract 2x + RapidOCR PP-OCRv4 from rapidocr_onnxruntime, tuned config) in originals and outputs."""
import json, os, sys, glob, re, io, time, hashlib
os.environ.setdefault("OMP_NUM_THREADS", "1")
from PIL import Image, ImageOps, ImageChops
import numpy as np
BASE = "/tmp/ho38/screens"; CORPUS = f"{BASE}/corpus"; TRUTH = f"{BASE}/truth"
CONF = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "Z": "2", "S": "5", "B": "8", "G": "6"})
def norm(s): return re.sub(r"[^A-Z0-9]", "", s.upper()).translate(CONF)
def letters(s): return re.sub(r"[^A-Z]", "", s.upper())
def lcs_subseq(a, b):
    if not a or not b: return 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b): cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
def lcs_substr(a, b):
    best = 0; prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            v = prev[j] + 1 if ca == cb else 0; cur.append(v); best = max(best, v)
        prev = cur
    return best
NAMEWORD_MIN = 3
def id_leak(kind, val, text):
    """returns (leaked_strict, leaked_substr, detail)"""
    if kind in ("name", "address"):
        L = letters(text); ws = [letters(w) for w in re.split(r"[\s,]+", val)]
        hit = [w for w in ws if len(w) >= NAMEWORD_MIN and w in L]
        return bool(hit), bool(hit), ",".join(hit)
    v = norm(val); t = norm(text)
    need = len(v) if kind == "postcode" else min(8, len(v))
    a, b = lcs_subseq(v, t), lcs_substr(v, t)
    return a >= need, b >= need, f"subseq {a}/{len(v)} substr {b}"
def keep_ok(val, text):
    v = norm(val); t = norm(text)
    if not v: return True
    return lcs_subseq(v, t) / len(v) >= 0.8
_tess = None; _rap = None
def ocr_tess(im, psm):
    import pytesseract
    im2 = im.resize((im.size[0] * 2, im.size[1] * 2), Image.LANCZOS)
    return pytesseract.image_to_string(im2, config=f"--psm {psm}")
def ocr_rap(im, det=True):
    global _rap
    if _rap is None:
        from rapidocr_onnxruntime import RapidOCR
        _rap = RapidOCR(det_limit_type="max", det_limit_side_len=1280, intra_op_num_threads=1, inter_op_num_threads=1)
    w, h = im.size
    if h < 40:
        k = 40 / h; im = im.resize((max(1, int(w * k)), 40), Image.LANCZOS)
    im = ImageOps.expand(im, 16 if det else 4, fill=im.getpixel((0, 0)))
    if not det:
        res, _ = _rap(np.asarray(im)[:, :, ::-1], use_det=False, use_cls=False)
        return " ".join(r[0] for r in (res or []) if r and isinstance(r[0], str))
    res, _ = _rap(np.asarray(im)[:, :, ::-1], use_cls=True, box_thresh=0.3, unclip_ratio=2.0, text_score=0.3)
    return " ".join(r[1] for r in (res or []))
def views(path, hidden=False):
    im = Image.open(path); im.load()
    out = []
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        for bg in ((255, 255, 255), (0, 0, 0)):
            b = Image.new("RGBA", im.size, bg + (255,)); b.alpha_composite(im); out.append(("flat" + str(bg[0]), b.convert("RGB")))
        if hidden: out.append(("rgb-ignoring-alpha", im.convert("RGB")))
    else:
        out.append(("rgb", im.convert("RGB")))
    return out
def crop(im, box, angle, toolkit):
    x0, y0, x1, y1 = box; h = max(4, y1 - y0); p = 3 + int(0.1 * min(h, x1 - x0))
    c = im.crop((max(0, x0 - p), max(0, y0 - p), min(im.size[0], x1 + p), min(im.size[1], y1 + p)))
    crops = [("0", c)]
    if angle:
        undo = -angle if toolkit == "pillow" else angle
        crops.append((f"rot{undo}", c.rotate(undo, expand=True, resample=Image.BICUBIC, fillcolor=c.getpixel((0, 0)))))
    return crops
def read_box(vs, box, angle, toolkit, multiline):
    texts = []
    for vname, im in vs:
        for cname, c in crop(im, box, angle, toolkit):
            if c.size[0] < 2 or c.size[1] < 2: continue
            line = not multiline and (cname != "0" or not angle)
            texts.append((f"{vname}/{cname}/tess", ocr_tess(c, 7 if line else 6).strip()))
            texts.append((f"{vname}/{cname}/rapid4", ocr_rap(c, det=not line).strip()))
    return texts
def changed_frac(a, b, box):
    x0, y0, x1, y1 = box
    ca, cb = a.crop(box), b.crop(box)
    d = np.asarray(ImageChops.difference(ca, cb)).max(axis=2) if ca.size[0] and ca.size[1] else np.zeros((1, 1))
    return float((d > 40).mean()) if d.size else 0.0, float(d.mean()) if d.size else 0.0
def score_file(args):
    tfile, outdir, cache = args
    t = json.load(open(tfile)); res = []
    orig = f"{CORPUS}/{t['file']}"
    hidden = any(i.get("hidden") for i in t["items"])
    ov = views(orig, hidden)
    outp = None
    if outdir:
        stem = os.path.splitext(t["file"])[0]
        cands = [p for p in glob.glob(f"{outdir}/{stem}*") if os.path.splitext(os.path.basename(p))[0] in (stem, stem + ".redacted", stem + "_redacted")]
        outp = cands[0] if cands else None
    outv = None
    if outp:
        try:
            outv = views(outp, hidden)
            oi = outv[0][1]
            if oi.size != tuple(t["size"]):
                outv = [(n, im.resize(tuple(t["size"]), Image.LANCZOS)) for n, im in outv]
        except Exception as e:
            outv = None
    for k, it in enumerate(t["items"]):
        box = it["box"]; multiline = (box[3] - box[1]) > 60 and not it.get("angle")
        key = f"{t['file']}#{k}"
        if key in cache: otexts = cache[key]
        else:
            otexts = read_box(ov, box, it.get("angle", 0), t["toolkit"], multiline); cache[key] = otexts
        r = dict(file=t["file"], idx=k, t=it["t"], kind=it["kind"], val=it["val"], text=it["text"], box=box, angle=it.get("angle", 0), toolkit=t["toolkit"], theme=t.get("theme"), hidden=it.get("hidden", False))
        otxt = " | ".join(x for _, x in otexts)
        if it["t"] == "id":
            s, sub, det = id_leak(it["kind"], it["val"], otxt) if it["kind"] not in ("name", "address") else id_leak(it["kind"], it["val"], otxt)
            # per-engine readability for names: any engine
            r.update(orig_readable=s, orig_detail=det)
        else:
            r.update(orig_readable=any(keep_ok(it["val"], x) for _, x in otexts))
        if outv is None:
            r.update(out_missing=True); res.append(r); continue
        # unchanged box -> reuse
        fr, mean = changed_frac(ov[0][1], outv[0][1], box)
        r.update(changed=round(fr, 3), meandiff=round(mean, 2))
        if fr < 0.002 and mean < 1.5 and len(ov) == len(outv):
            texts = otexts; r["reused"] = True
        else:
            texts = read_box(outv, box, it.get("angle", 0), t["toolkit"], multiline)
        txt = " | ".join(x for _, x in texts)
        if it["t"] == "id":
            s = [(n, id_leak(it["kind"], it["val"], x)) for n, x in texts]
            r.update(leak_strict=any(v[0] for _, v in s), leak_substr=any(v[1] for _, v in s),
                     leak_via=[n for n, v in s if v[0]], out_detail=id_leak(it["kind"], it["val"], txt)[2], out_text=txt[:300])
        else:
            r.update(kept=any(keep_ok(it["val"], x) for _, x in texts), out_text=txt[:300])
        res.append(r)
    return res, {k: v for k, v in cache.items() if k.startswith(t["file"] + "#")}
if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None
    dest = sys.argv[2] if len(sys.argv) > 2 else f"{BASE}/score/results.json"
    cachef = f"{BASE}/score/orig_ocr_cache.json"
    cache = json.load(open(cachef)) if os.path.exists(cachef) else {}
    files = sorted(glob.glob(f"{TRUTH}/*.json"))
    if len(sys.argv) > 3: files = [f for f in files if any(s in f for s in sys.argv[3].split(","))]
    from multiprocessing import Pool
    allres = []; t0 = time.time()
    with Pool(int(os.environ.get("NPROC", "2"))) as pool:
        for res, c in pool.imap_unordered(score_file, [(f, outdir, {k: v for k, v in cache.items() if k.startswith(os.path.basename(json.load(open(f))["file"]) + "#")}) for f in files]):
            allres += res; cache.update(c)
            print(f"{res[0]['file'] if res else '?'} {len(res)} items {time.time()-t0:.0f}s", flush=True)
    json.dump(cache, open(cachef, "w"))
    json.dump(allres, open(dest, "w"), indent=0)
