"""Score redacted outputs against truth with two OCR engines independent of Attest's:
Tesseract 5 at 2x (psm 11 full frame; psm 6 on padded crops of identifiers: on the original only when the full frame missed it, on the redacted copy unless its tight boxes are flat) and RapidOCR 1.4.4 PP-OCRv4 (full frame; crops of identifiers at 2x).
An item is READ in an image if any reading attributed to its padded box shares a common substring of k=min(8,len(norm)) chars with its norm.
readable = read on the original; leak = readable identifier still read on the redacted copy; kept = readable keep still read (full-frame readings).
usage: score.py TRUTH ORIG_DIR RED_DIR OUT.json   (RED_DIR files matched by stem; cache in ocr_cache/)"""
import json, os, re, sys, hashlib, subprocess, io
import numpy as np
from PIL import Image
CACHE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ocr_cache"); os.makedirs(CACHE, exist_ok=True)
_rapid = None
def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR()
    return _rapid
def norm(s): return re.sub(r"[^0-9A-Z]", "", s.upper())
def views(path):
    im = Image.open(path)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA"); out = []
        for bg in ((255, 255, 255), (0, 0, 0)):
            b = Image.new("RGBA", im.size, bg + (255,)); out.append(Image.alpha_composite(b, im).convert("RGB"))
        return out
    return [im.convert("RGB")]
def tess(img, psm, scale=2):
    img = img.resize((img.width * scale, img.height * scale), Image.LANCZOS); buf = io.BytesIO(); img.save(buf, "PNG")
    r = subprocess.run(["nice", "tesseract", "stdin", "stdout", "-l", "eng", "--psm", str(psm), "tsv"], input=buf.getvalue(), capture_output=True)
    words = []
    for line in r.stdout.decode("utf8", "replace").splitlines()[1:]:
        p = line.split("\t")
        if len(p) == 12 and p[11].strip() and float(p[10]) >= 0:
            x, y, w, h = (int(v) / scale for v in p[6:10]); words.append([x, y, x + w, y + h, p[11]])
    return words
def rap(img, scale=1):
    if scale != 1: img = img.resize((img.width * scale, img.height * scale), Image.LANCZOS)
    res, _ = rapid()(np.array(img)[:, :, ::-1].copy())
    out = []
    for quad, text, conf in res or []:
        xs = [p[0] / scale for p in quad]; ys = [p[1] / scale for p in quad]; out.append([min(xs), min(ys), max(xs), max(ys), text])
    return out
def full_frame(path):
    key = hashlib.sha256(open(path, "rb").read()).hexdigest()[:24]; cf = os.path.join(CACHE, key + ".json")
    if os.path.exists(cf): return json.load(open(cf))
    d = []
    for v in views(path): d.append(dict(tess=tess(v, 11), rapid=rap(v)))
    json.dump(d, open(cf, "w")); return d
def pad(b, W, H):
    h = b[3] - b[1]; p = max(4, int(0.45 * h))
    return [max(0, b[0] - p), max(0, b[1] - p), min(W, b[2] + p), min(H, b[3] + p)]
def attributed(ff, boxes, W, H):
    texts = []
    for view in ff:
        for eng in ("tess", "rapid"):
            s = ""
            for b in boxes:
                P = pad(b, W, H)
                for x0, y0, x1, y1, t in view[eng]:
                    cy = (y0 + y1) / 2
                    if not (P[1] <= cy <= P[3]): continue
                    if eng == "tess":
                        cx = (x0 + x1) / 2
                        if P[0] <= cx <= P[2]: s += t + " "
                    else:
                        n = max(1, len(t)); cw = (x1 - x0) / n
                        s += "".join(c for i, c in enumerate(t) if P[0] <= x0 + (i + .5) * cw <= P[2]) + " "
            texts.append((eng + "_full", s))
    return texts
def crops(path, boxes, W, H, key):
    cf = os.path.join(CACHE, "crop_" + key + ".json")
    if os.path.exists(cf): return [tuple(x) for x in json.load(open(cf))]
    out = []
    U = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]
    P = pad(U, W, H)
    for v in views(path):
        c = v.crop(P)
        out.append(("tess_crop", " ".join(w[4] for w in tess(c, 6))))
        out.append(("rapid_crop", " ".join(w[4] for w in rap(c, 2))))
    json.dump(out, open(cf, "w")); return out
_U = {}
def uniform(path, boxes):
    """True when every tight box is flat in every view (a solid mask): nothing there to read, skip the crop OCR."""
    if path not in _U: _U[path] = views(path)
    from PIL import ImageStat
    return all(max(ImageStat.Stat(v.crop(b)).stddev) < 3 for v in _U[path] for b in boxes)
def lcs(a, b):
    if not a or not b: return 0
    best = 0; prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1; best = max(best, cur[j])
        prev = cur
    return best
def read(it, texts):
    k = min(8, len(it["norm"])); hits = [(e, t) for e, t in texts if lcs(it["norm"], norm(t)) >= k]
    return hits
def find_out(red_dir, image):
    stem = os.path.splitext(image)[0]
    c = [f for f in os.listdir(red_dir) if os.path.splitext(f)[0] == stem]
    return os.path.join(red_dir, c[0]) if c else None
def main():
    T = json.load(open(sys.argv[1])); O, R, OUT = sys.argv[2], sys.argv[3], sys.argv[4]
    res = []
    for im in T["images"]:
        op = os.path.join(O, im["image"]); rp = find_out(R, im["image"]); W, H = im["size"]
        ffo = full_frame(op); ffr = full_frame(rp) if rp else None
        hro = hashlib.sha256(open(op, "rb").read()).hexdigest()[:16]
        hrr = hashlib.sha256(open(rp, "rb").read()).hexdigest()[:16] if rp else None
        if rp:
            rw, rh = Image.open(rp).size
            if (rw, rh) != (W, H): print("SIZE CHANGED", im["image"], (W, H), (rw, rh))
        for it in im["items"]:
            if it["role"] == "neutral" and it["kind"] != "sbox_top": continue
            to = attributed(ffo, it["boxes"], W, H)
            ho = read(it, to)
            if not ho and it["role"] in ("id", "neutral"):  # full frame missed it: try crops before calling it unreadable
                ho = read(it, crops(op, it["boxes"], W, H, hro + "_" + it["id"].replace(":", "_")))
            r = dict(image=im["image"], design=im["design"], toolkit=im["toolkit"], scale=im["scale"], theme=im["theme"], id=it["id"], role=it["role"],
                     kind=it["kind"], value=it["value"], surface=it["surface"], readable=bool(ho), read_by=sorted({e for e, _ in ho}), missing_output=rp is None)
            if ho and rp:
                tr = attributed(ffr, it["boxes"], W, H)
                if it["role"] in ("id", "neutral") and not uniform(rp, it["boxes"]): tr += crops(rp, it["boxes"], W, H, hrr + "_" + it["id"].replace(":", "_"))
                hr = read(it, tr)
                r["after"] = sorted({e for e, _ in hr}); r["after_text"] = [t.strip()[:120] for _, t in hr][:2]
                r["read_after"] = bool(hr)
            elif ho:
                r["read_after"] = it["role"] != "keep"  # missing output: ids count as leaked? no output = nothing exported; treat as not leaked
                r["read_after"] = False
            res.append(r)
        print(im["image"], file=sys.stderr, flush=True)
    json.dump(res, open(OUT, "w"), indent=1)
    ids_ = [r for r in res if r["role"] == "id" and r["readable"]]; ks = [r for r in res if r["role"] == "keep" and r["readable"]]
    print("readable ids %d, strict recall %.2f%%; readable keeps %d, keep-rate %.2f%%" % (
        len(ids_), 100 * sum(not r["read_after"] for r in ids_) / max(1, len(ids_)), len(ks), 100 * sum(r["read_after"] for r in ks) / max(1, len(ks))))
if __name__ == "__main__":
    main()
