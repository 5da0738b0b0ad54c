"""Independent scorer: Tesseract (2x) + RapidOCR PP-OCRv4 (rapidocr_onnxruntime 1.4.4, own venv) on each truth box.
usage: score.py MODE IMGDIR OUTJSON   (MODE = base | out)"""
import os, sys, json, re, subprocess, io, difflib, glob
import numpy as np
os.environ['OMP_THREAD_LIMIT'] = '1'
from PIL import Image, ImageOps
TR = "/tmp/ho39/screens/truth"
mode, imgdir, outjson = sys.argv[1], sys.argv[2], sys.argv[3]
only = sys.argv[4].split(",") if len(sys.argv) > 4 else None
from rapidocr_onnxruntime import RapidOCR
ENG = RapidOCR(text_score=0.3, box_thresh=0.3, unclip_ratio=1.8)
def an(s): return re.sub(r"[^0-9a-z]", "", s.lower())
def tess(im):
    b = io.BytesIO(); im.save(b, "PNG")
    r = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6", "-l", "eng"], input=b.getvalue(), capture_output=True)
    return r.stdout.decode("utf-8", "ignore")
def rapid(im):
    res, _ = ENG(np.array(im.convert("RGB"))[:, :, ::-1].copy())
    return " ".join(r[1] for r in (res or []))
def views_of(im, views):
    out = {}
    if im.mode in ("RGBA", "LA", "P") and (im.mode != "P" or "transparency" in im.info):
        im = im.convert("RGBA")
        a = np.array(im)
        if (a[:, :, 3] < 255).any():
            for v in views or ["white", "black"]:
                if v == "rgb": out[v] = Image.fromarray(a[:, :, :3])
                else:
                    bg = Image.new("RGBA", im.size, (255, 255, 255, 255) if v == "white" else (0, 0, 0, 255))
                    out[v] = Image.alpha_composite(bg, im).convert("RGB")
            return out
    out["plain"] = im.convert("RGB"); return out
def read_box(im, b, rot, check=None):
    W, H = im.size; pad = 4
    x0, y0, x1, y1 = max(0, b[0] - pad), max(0, b[1] - pad), min(W, b[2] + pad), min(H, b[3] + pad)
    if x1 <= x0 or y1 <= y0: return ""
    c = im.crop((x0, y0, x1, y1))
    angs = [(-rot) % 360] if rot else [0]
    texts = []
    for a in angs:
        cc = c.rotate(a, expand=True, fillcolor=c.getpixel((0, 0))) if a else c
        g = cc.convert("L"); mean = np.array(g).mean()
        big = cc.resize((cc.width * 2, cc.height * 2), Image.LANCZOS)
        if mean < 128: big = ImageOps.invert(big.convert("RGB"))
        bord = ImageOps.expand(big, 20, fill=big.getpixel((0, 0)))
        texts.append(tess(bord))
        if check and check(" ".join(texts)): return " | ".join(texts)
        texts.append(rapid(ImageOps.expand(cc, 16, fill=cc.getpixel((0, 0)))))
    return " | ".join(texts)
STOP = {"the", "and", "close", "road", "lane", "view", "rise", "court", "mews", "terrace", "chase", "crescent", "wynd", "bank"}
def leaked(it, text):
    v = an(it["value"]); t = an(text); k = it["kind"]
    if k in ("name", "address"):
        words = [an(w) for w in re.split(r"[\s\-']+", it["value"])]
        toks = set(an(w) for w in re.split(r"[\s|,.;:]+", text.replace("-", " ").replace("'", " ")))
        hit = [w for w in words if len(w) >= 3 and (w in toks or (len(w) >= 5 and w in t))]
        return hit
    if len(v) < 8:
        return [v] if v in t else []
    for i in range(len(v) - 7):
        if v[i:i + 8] in t: return [v[i:i + 8]]
    return []
def kept(it, text):
    v = an(it["value"]); t = an(text)
    if not v: return True
    if v in t: return True
    if len(v) >= 4:
        sm = difflib.SequenceMatcher(None, v, t); m = sm.find_longest_match(0, len(v), 0, len(t))
        best = 0
        for i in range(max(0, len(t) - len(v)) + 1):
            r = difflib.SequenceMatcher(None, v, t[i:i + len(v)]).ratio(); best = max(best, r)
            if best >= 0.8: return True
    return False
res = []
for tf in sorted(glob.glob(TR + "/*.json")):
    T = json.load(open(tf)); fn = T["file"]
    if only and os.path.splitext(fn)[0] not in only: continue
    path = os.path.join(imgdir, fn)
    if not os.path.exists(path):
        alt = glob.glob(os.path.join(imgdir, os.path.splitext(fn)[0] + ".*"))
        if not alt:
            res.append({"file": fn, "missing": True}); print("MISSING", fn, flush=True); continue
        path = alt[0]
    raw = open(path, "rb").read()
    im = Image.open(path); im.load()
    info = {"file": fn, "path": path, "mode": im.mode, "icc": bool(im.info.get("icc_profile")), "info_keys": sorted(k for k in im.info.keys() if k not in ("dpi",)), "items": []}
    V = views_of(im, T.get("views"))
    for it in T["items"]:
        iv = it.get("views") or list(V.keys())
        texts = []
        for vn in iv:
            if vn not in V: continue
            chk = (lambda t: bool(leaked(it, t))) if it["role"] == "id" and len(it["boxes"]) == 1 else (lambda t: kept(it, t)) if it["role"] == "keep" else None
            texts.append(" || ".join(read_box(V[vn], b, it.get("rot", 0), chk) for b in it["boxes"]))
        text = " ### ".join(texts)
        r = {"role": it["role"], "kind": it["kind"], "value": it["value"], "boxes": it["boxes"], "text": text}
        if it["role"] == "id": r["leak"] = leaked(it, text)
        else: r["kept"] = kept(it, text)
        info["items"].append(r)
    for m in T.get("meta", []):
        info["items"].append({"role": "meta", "kind": m["kind"], "value": m["value"], "where": m["where"], "leak": [m["value"]] if m["value"].encode() in raw else []})
    res.append(info)
    nl = sum(1 for r in info["items"] if r["role"] == "id" and r["leak"]); nid = sum(1 for r in info["items"] if r["role"] == "id")
    nk = sum(1 for r in info["items"] if r["role"] == "keep" and r["kept"]); nkt = sum(1 for r in info["items"] if r["role"] == "keep")
    print("%-45s ids readable %d/%d keeps readable %d/%d" % (fn, nl, nid, nk, nkt), flush=True)
json.dump(res, open(outjson, "w"), indent=1, ensure_ascii=False)
