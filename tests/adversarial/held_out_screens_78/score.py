"""Scorer: python score.py ORIG_DIR OUT_DIR RESULT_JSON   (OUT_DIR may be '-' to only check originals)
Engines: Tesseract 5 at 2x (psm 6 crops, psm 11 full frame) and RapidOCR PP-OCRv4 (rapidocr_onnxruntime, box_thresh 0.3, text_score 0.3)."""
import sys, os, json, re, subprocess, tempfile, difflib, glob
import numpy as np
from PIL import Image, ImageOps, ImageFilter
from rapidocr_onnxruntime import RapidOCR
ENG = RapidOCR(box_thresh=0.3, text_score=0.3, det_limit_type="max", det_limit_side_len=1600, intra_op_num_threads=1, inter_op_num_threads=1)
os.environ["OMP_THREAD_LIMIT"] = "1"
TRUTH = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")))
TMP = tempfile.mkdtemp(prefix="sc_", dir="/tmp/ho45/screens/work")
def tess(img, psm=6):
    p = os.path.join(TMP, "t.png"); img.save(p)
    for _ in range(3):
        try:
            r = subprocess.run(["tesseract", p, "-", "--psm", str(psm)], capture_output=True, text=True, timeout=120)
            return r.stdout
        except subprocess.TimeoutExpired:
            continue
    return ""
def tess_tsv(img):
    p = os.path.join(TMP, "f.png"); img.save(p)
    r = subprocess.run(["tesseract", p, "-", "--psm", "11", "tsv"], capture_output=True, text=True, timeout=300)
    out = []
    for ln in r.stdout.splitlines()[1:]:
        c = ln.split("\t")
        if len(c) == 12 and c[11].strip():
            x, y, w, h = map(int, c[6:10]); out.append((c[11], [x/2, y/2, (x+w)/2, (y+h)/2]))
    return out
def rapid(img):
    a = np.array(img.convert("RGB"))
    res, _ = ENG(a)
    return res or []
def views(path, info):
    im = Image.open(path); im.load()
    vs = []
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        for bg in [(255, 255, 255), (0, 0, 0)]:
            b = Image.new("RGB", im.size, bg); b.paste(im, mask=im.split()[3]); vs.append(("flat" + str(bg[0]), b))
        vs.append(("rgb_no_alpha", im.convert("RGB")))
    else:
        vs.append(("rgb", im.convert("RGB")))
    return vs
import unicodedata
def norm(s): return re.sub(r"[^A-Z0-9@]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper())
def dig(s): return s.translate(str.maketrans("OQDILJ|SZBG", "00011115286"))
def lcs_sub(a, b):
    best = 0; m = [0]*(len(b)+1)
    for i in range(1, len(a)+1):
        prev = 0
        for j in range(1, len(b)+1):
            tmp = m[j]
            m[j] = prev+1 if a[i-1] == b[j-1] else 0
            best = max(best, m[j]); prev = tmp
    return best
NAMEK = ("name", "addr")
def id_leaked(item, texts):
    v = item["v"]; k = item["k"]
    if any(k.startswith(x) for x in NAMEK):
        words = [norm(w) for w in re.split(r"[\s\-']+", v) if len(norm(w)) >= 3]
        for t in texts:
            toks = set(norm(x) for x in re.split(r"[\s\-',.:;()\"]+", t))
            jt = norm(t)
            for w in words:
                if w in toks or (len(w) >= 5 and w in jt): return True, w
        return False, ""
    V = norm(v); need = min(8, len(V))
    for t in texts:
        O = norm(t)
        if V.isdigit(): O2 = dig(O)
        else: O2 = O
        n = max(lcs_sub(V, O), lcs_sub(V, O2))
        if n >= need:
            return True, O[:60]
    return False, ""
def keep_ok(item, texts):
    V = norm(item["v"])
    if not V: return True
    for t in texts:
        O = norm(t)
        if V in O: return True
        if len(V) >= 4:
            for i in range(0, max(1, len(O)-len(V)+1)):
                if difflib.SequenceMatcher(None, V, O[i:i+len(V)]).ratio() >= 0.85: return True
    return False
def crop(img, box, m=None):
    x0, y0, x1, y1 = box; h = y1-y0
    m = m if m is not None else max(4, int(0.25*h))
    c = img.crop((max(0, x0-m), max(0, y0-m), min(img.width, x1+m), min(img.height, y1+m)))
    return c
def angles(item):
    r = int(float(item.get("rot", "0") or 0))
    return [0] if r == 0 else sorted(set([0, r % 360, (-r) % 360]))
def deline(c):
    g = np.array(ImageOps.grayscale(c)).astype(int)
    bg = np.median(g); dark_text = bg > 128
    ink = (g < bg-60) if dark_text else (g > bg+60)
    out = g.copy()
    for y in np.where(ink.mean(1) > 0.5)[0]: out[y, :] = bg
    for x in np.where(ink.mean(0) > 0.5)[0]: out[:, x] = bg
    im = Image.fromarray(out.clip(0, 255).astype("uint8"))
    if not dark_text: im = ImageOps.invert(im)
    return im.convert("RGB")
def thick(c):
    g = ImageOps.autocontrast(ImageOps.grayscale(c))
    if np.median(np.array(g)) < 128: g = ImageOps.invert(g)
    return g.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.GaussianBlur(1.5)).convert("RGB")
def read_box(img, item, boxes, pre=None):
    texts = []
    for ang in angles(item):
        parts_t, parts_r = [], []
        for b in boxes:
            c = crop(img, b)
            if pre: c = pre(c)
            if ang: c = c.rotate(-ang if ang in (90,180,270) else ang, expand=True, fillcolor=c.getpixel((0, 0)))
            c2 = c.resize((c.width*2, c.height*2), Image.LANCZOS)
            parts_t.append(tess(c2, 6 if len(boxes) == 1 else 6))
            pad = ImageOps.expand(c, border=16, fill=c.getpixel((0, 0)))
            if c.height < 60: pad = pad.resize((pad.width*2, pad.height*2), Image.LANCZOS)
            parts_r.append(" ".join(r[1] for r in rapid(pad)))
        texts += [" ".join(parts_t), " ".join(parts_r)]
        if ang == 0 and any(parts_t + parts_r) and len(angles(item)) > 1: pass
    return texts
def overlap(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0])); iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    ar = max(1, (a[2]-a[0])*(a[3]-a[1])); return ix*iy/ar
def full_words(img):
    big = img.resize((img.width*2, img.height*2), Image.LANCZOS)
    w = tess_tsv(big)
    for box, txt, sc in rapid(img):
        xs = [p[0] for p in box]; ys = [p[1] for p in box]; w.append((txt, [min(xs), min(ys), max(xs), max(ys)]))
    return w
ORIG_DIR = None
def score_image(path, info, mode):
    res = []
    if "whole_rot" in info:
        src = info["derived"]; W, H = Image.open(os.path.join(ORIG_DIR, src)).size
        ang = info["whole_rot"]; items = TRUTH[src]["items"]
    for vname, img in views(path, info):
        if "whole_rot" in info:
            img = img.rotate(-ang, expand=True, resample=Image.BICUBIC, fillcolor=(128, 128, 128))
            dx, dy = (img.width - W) / 2, (img.height - H) / 2
            sh = lambda b: [b[0]+dx, b[1]+dy, b[2]+dx, b[3]+dy]
            info = {**info, "items": [{**it, **({"boxes": [sh(b) for b in it["boxes"]]} if "boxes" in it else {"box": sh(it["box"])})} for it in items]}
        fw = None
        for idx, it in enumerate(info["items"]):
            boxes = it.get("boxes") or [it["box"]]
            if it["r"] == "id":
                if it.get("hidden") and vname != "rgb_no_alpha": continue
                texts = read_box(img, it, boxes)
                lk, what = id_leaked(it, texts)
                for pre in (deline, thick):
                    if lk: break
                    texts = read_box(img, it, boxes, pre); lk, what = id_leaked(it, texts)
                res.append({"i": idx, "view": vname, "r": "id", "k": it["k"], "v": it["v"], "readable": lk, "what": what})
            else:
                texts = read_box(img, it, boxes); ok = keep_ok(it, texts)
                if not ok:
                    texts = read_box(img, it, boxes, deline); ok = keep_ok(it, texts)
                res.append({"i": idx, "view": vname, "r": "keep", "k": it["k"], "v": it["v"], "readable": ok, "what": texts[0][:60] if texts else ""})
    return res
def meta(path):
    im = Image.open(path); out = {}
    out["mode"] = im.mode; out["icc"] = len(im.info.get("icc_profile") or b""); out["info_keys"] = [k for k in im.info.keys() if k not in ("dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive", "progression")]
    raw = open(path, "rb").read(); out["raw_text_hits"] = []
    return out, raw
if __name__ == "__main__":
    orig, outd, dst = sys.argv[1], sys.argv[2], sys.argv[3]; ORIG_DIR = orig
    only = sys.argv[4:] or sorted(TRUTH)
    R = {}
    if os.path.exists(dst): R = json.load(open(dst))
    for f in only:
        if f in R: continue
        info = TRUTH[f]; entry = {}
        if outd == "-":
            entry["orig"] = score_image(os.path.join(orig, f), info, "orig")
            m, raw = meta(os.path.join(orig, f)); entry["orig_meta"] = m
        else:
            cands = [p for p in glob.glob(os.path.join(outd, os.path.splitext(f)[0] + ".*"))]
            if not cands: entry["missing"] = True
            else:
                o = cands[0]; entry["out_file"] = os.path.basename(o)
                entry["out"] = score_image(o, info, "out")
                m, raw = meta(o); entry["out_meta"] = m
                for mm in info.get("meta", []):
                    entry.setdefault("meta_hits", []).append({"k": mm["k"], "v": mm["v"], "in_bytes": mm["v"].encode() in raw})
        R[f] = entry; json.dump(R, open(dst, "w"), indent=0)
        print(f, "done", flush=True)
