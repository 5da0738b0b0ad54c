"""Score redacted screenshots with two OCR engines independent of Attest's:
Tesseract 5 (crop upscaled 2x, LANCZOS; inverted when dark; psm 7, psm 6 for multi-line items) and RapidOCR
(rapidocr_onnxruntime, PP-OCRv4 det+rec; rec-only retry when detection finds nothing).
An item is READ in an image if either engine's text for its padded box(es) shares a common substring of
min(8, len(value)) characters with the value (alnum only, upper case, O->0, I->1).
  readable identifier = READ on the original; leaked = READ after redaction (strict recall = 1 - leaked/readable)
  readable keep = READ on the original; kept = READ after redaction
Short-circuit: the second engine only runs when the first did not read the item (same result, less time).
usage: venv/bin/python score.py CORPUSDIR OUTDIR RESULT.json     (OUTDIR = folder with redacted copies, same file names;
       a missing output counts as leaked/kept=False and is listed)"""
import sys, os, json, glob, re, hashlib, subprocess, io, pickle, time
from difflib import SequenceMatcher
from PIL import Image, ImageOps
import numpy as np

CACHE_F = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ocr_cache2.pkl")
try:
    CACHE = pickle.load(open(CACHE_F, "rb"))
except Exception:
    CACHE = {}
_rapid = None


def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR(det_limit_type="max", det_limit_side_len=1280)
    return _rapid


def norm(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return s.replace("O", "0").replace("I", "1")


def lcs(a, b):
    if not a or not b: return 0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


def crops(im, rects):
    out = []
    for x, y, w, h in rects:
        px, py = max(4, round(0.4 * h)), max(3, round(0.25 * h))
        box = (max(0, x - px), max(0, y - py), min(im.width, x + w + px), min(im.height, y + h + py))
        if box[2] - box[0] < 3 or box[3] - box[1] < 3: continue
        out.append(im.crop(box))
    return out


def key(c, eng):
    return hashlib.sha1(eng.encode() + c.tobytes() + str(c.size).encode()).hexdigest()


def tess(c, ml):
    k = key(c, "tess%d" % ml)
    if k in CACHE: return CACHE[k]
    g = c.convert("L")
    if np.asarray(g).mean() < 128: g = ImageOps.invert(g)
    g = g.resize((g.width * 2, g.height * 2), Image.LANCZOS)
    b = io.BytesIO(); g.save(b, "PNG")
    r = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6" if ml else "7"], input=b.getvalue(), capture_output=True)
    txt = r.stdout.decode("utf-8", "replace")
    CACHE[k] = txt
    return txt


def rap(c):
    k = key(c, "rapid")
    if k in CACHE: return CACHE[k]
    a = np.asarray(c.convert("RGB"))[:, :, ::-1].copy()
    res, _ = rapid()(a)
    txt = " ".join(r[1] for r in res) if res else ""
    if not txt:
        res2, _ = rapid()(a, use_det=False, use_cls=False, use_rec=True)
        if res2: txt = " ".join(str(r[0]) for r in res2)
    CACHE[k] = txt
    return txt


def read(im, it):
    """-> (read?, engine, text)"""
    nv = norm(it["value"])
    thr = min(8, len(nv))
    cs = crops(im, it["rects"])
    if not cs: return False, "", ""
    t = "".join(rap(c) for c in cs)
    if lcs(nv, norm(t)) >= thr: return True, "rapid", t
    t2 = "".join(tess(c, it.get("ml", False)) for c in cs)
    if lcs(nv, norm(t2)) >= thr: return True, "tess", t2
    return False, "", (t + " | " + t2)


def load(p):
    im = Image.open(p)
    im.load()
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255)); bg.alpha_composite(im); im = bg
    return im.convert("RGB")


def main():
    cdir, odir, resf = sys.argv[1], sys.argv[2], sys.argv[3]
    res = {"images": {}}
    t0 = time.time()
    for j in sorted(glob.glob(cdir + "/*.json")):
        t = json.load(open(j))
        orig = load(os.path.join(cdir, t["image"]))
        # redacted copy: same name, or same stem with another extension
        cand = [os.path.join(odir, t["image"])] + sorted(glob.glob(os.path.join(odir, os.path.splitext(t["image"])[0] + ".*")))
        cand = [c for c in cand if os.path.exists(c) and not c.endswith(".json")]
        red = load(cand[0]) if cand else None
        if red is not None and red.size != orig.size:
            fx, fy = red.width / orig.width, red.height / orig.height
        else:
            fx = fy = 1.0
        rows = []
        for it in t["items"]:
            rb, eb, tb = read(orig, it)
            r = {"id": it["id"], "role": it["role"], "kind": it["kind"], "value": it["value"], "surface": it["surface"], "rects": it["rects"],
                 "readable": rb, "engine_before": eb}
            if rb:
                if red is None:
                    ra, ea, ta = (False, "", "") if it["role"] == "keep" else (True, "missing-output", "")
                else:
                    it2 = dict(it, rects=[[round(x * fx), round(y * fy), round(w * fx), round(h * fy)] for x, y, w, h in it["rects"]])
                    ra, ea, ta = read(red, it2)
                r.update({"read_after": ra, "engine_after": ea, "text_after": ta if ra else ""})
            rows.append(r)
        res["images"][t["image"]] = {"design": t["design"], "toolkit": t["toolkit"], "scale": t["scale"], "theme": t["theme"],
                                     "output": cand[0] if cand else None, "items": rows}
        print(t["image"], "done %.0fs" % (time.time() - t0), flush=True)
        pickle.dump(CACHE, open(CACHE_F, "wb"))
    json.dump(res, open(resf, "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
