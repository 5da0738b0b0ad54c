"""Independent readings: Tesseract 5 at 2x on padded crops (psm 7; tall boxes also psm 6 and rotated 90/270), RapidOCR
PP-OCRv4 on the same crops, and one full-frame RapidOCR pass whose lines are assigned to the boxes they overlap.
Usage: ocr.py TRUTH.json IMAGE OUT.json"""
import json, os, subprocess, sys, tempfile
import numpy as np
from PIL import Image

_rapid = None
import hashlib
CACHE = "/tmp/ho53/screens/work/ocrcache"
os.makedirs(CACHE, exist_ok=True)


def ckey(tag, im):
    return os.path.join(CACHE, hashlib.sha1(tag.encode() + repr(im.size).encode() + im.tobytes()).hexdigest())


def cget(tag, im):
    p = ckey(tag, im)
    return open(p).read() if os.path.exists(p) else None


def cput(tag, im, t):
    open(ckey(tag, im), "w").write(t)


def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR()
    return _rapid


def flatten(im):
    """What a viewer shows: RGBA flattened on white (light viewer) and on black (dark viewer)."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        w = Image.new("RGB", im.size, (255, 255, 255)); w.paste(im, mask=im.split()[3])
        b = Image.new("RGB", im.size, (0, 0, 0)); b.paste(im, mask=im.split()[3])
        return [w, b]
    return [im.convert("RGB")]


def tess_batch(crops, psm):
    res = [cget("tess%d" % psm, c) for c in crops]
    todo = [i for i, r in enumerate(res) if r is None]
    for i, t in zip(todo, tess_batch_raw([crops[i] for i in todo], psm)):
        res[i] = t; cput("tess%d" % psm, crops[i], t)
    return res


def tess_batch_raw(crops, psm):
    if not crops: return []
    with tempfile.TemporaryDirectory(dir="/tmp/ho53/screens/work") as td:
        paths = []
        for i, c in enumerate(crops):
            p = os.path.join(td, "c%04d.png" % i); c.save(p); paths.append(p)
        lst = os.path.join(td, "list.txt"); open(lst, "w").write("\n".join(paths) + "\n")
        r = subprocess.run(["tesseract", lst, "stdout", "--psm", str(psm), "-l", "eng"], capture_output=True, text=True, timeout=900,
                           env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        parts = r.stdout.split("\f")
    parts = (parts + [""] * len(crops))[:len(crops)]
    return [p.strip() for p in parts]


def rapid_rec(arr):
    res, _ = rapid()(arr, use_det=False, use_cls=False)
    if not res: return ""
    return " ".join(r[0] for r in res)


def rapid_text(arr):
    res, _ = rapid()(arr)
    if not res: return ""
    res = sorted(res, key=lambda r: (round(min(p[1] for p in r[0]) / 8), min(p[0] for p in r[0])))
    return " ".join(r[1] for r in res)


def read(truth, image, orig=None):
    d = json.load(open(truth))
    views = flatten(Image.open(image))
    W, H = views[0].size
    if orig:
        d["_w"], d["_h"] = Image.open(orig).size
    # a redacted copy may have another size; map truth boxes proportionally
    sx = W / d.get("_w", W); sy = H / d.get("_h", H)
    out = {}
    for vi, im in enumerate(views):
        crops7, crops6, idx7, idx6, rcrops, ridx = [], [], [], [], [], []
        for it in d["items"]:
            for bi, (x, y, w, h) in enumerate(it["boxes"]):
                x, y, w, h = x * sx, y * sy, w * sx, h * sy
                small = min(w, h)
                pad = max(4, 0.35 * small)
                box = (int(max(0, x - pad)), int(max(0, y - pad)), int(min(W, x + w + pad)), int(min(H, y + h + pad)))
                if box[2] - box[0] < 2 or box[3] - box[1] < 2: continue
                c = im.crop(box)
                c2 = c.resize((c.width * 2, c.height * 2), Image.LANCZOS)
                variants = [("n", c2)]
                if h > 1.6 * w:
                    variants += [("r90", c2.rotate(90, expand=True)), ("r270", c2.rotate(270, expand=True))]
                    crops6.append(c2); idx6.append((it["i"], bi, "n6"))
                    rcrops.append(c2); ridx.append((it["i"], bi, "det"))
                for tag, v in variants:
                    crops7.append(v); idx7.append((it["i"], bi, tag))
                    rcrops.append(v); ridx.append((it["i"], bi, tag))
        for (i, bi, tag), t in zip(idx7, tess_batch(crops7, 7)):
            out.setdefault(str(i), []).append(["tess", vi, bi, tag, t])
        for (i, bi, tag), t in zip(idx6, tess_batch(crops6, 6)):
            out.setdefault(str(i), []).append(["tess", vi, bi, tag, t])
        for (i, bi, tag), c in zip(ridx, rcrops):
            a = np.array(Image.new("RGB", (c.width + 40, c.height + 40), c.getpixel((0, 0))))
            a[20:20 + c.height, 20:20 + c.width] = np.array(c)
            t = cget("rapid" + tag, c)
            if t is None:
                t = rapid_text(a) if tag == "det" else rapid_rec(np.array(c)); cput("rapid" + tag, c, t)
            out.setdefault(str(i), []).append(["rapid", vi, bi, tag, t])
        # full-frame RapidOCR
        res, _ = rapid()(np.array(im))
        lines = []
        for r in res or []:
            xs = [p[0] for p in r[0]]; ys = [p[1] for p in r[0]]
            lines.append((min(xs), min(ys), max(xs), max(ys), r[1]))
        for it in d["items"]:
            for bi, (x, y, w, h) in enumerate(it["boxes"]):
                x, y, w, h = x * sx, y * sy, w * sx, h * sy
                pad = max(4, 0.35 * min(w, h)); X0, Y0, X1, Y1 = x - pad, y - pad, x + w + pad, y + h + pad
                got = []
                for (a, b, c, e, t) in lines:
                    iw = max(0, min(c, X1) - max(a, X0)); ih = max(0, min(e, Y1) - max(b, Y0))
                    inter = iw * ih
                    if inter > 0 and (inter >= 0.5 * (w * h) or inter >= 0.5 * (c - a) * (e - b)):
                        got.append(t)
                if got: out.setdefault(str(it["i"]), []).append(["rapidfull", vi, bi, "n", " | ".join(got)])
    return out


if __name__ == "__main__":
    truth, image, dst = sys.argv[1:4]
    json.dump(read(truth, image, sys.argv[4] if len(sys.argv) > 4 else None), open(dst, "w"))
