"""OCR every image (corpus/ and out/) with Tesseract at 2x and RapidOCR (PP-OCRv4, rapidocr_onnxruntime 1.4.4).
usage: python ocr.py tess|rapid DIR... ; writes ocr/<engine>/<dirname>/<file>.json = {view: [{"text", "box"}]}"""
import json, os, sys, subprocess, tempfile, re, io, math
from PIL import Image
ROOT = "/tmp/ho35/screens"
def rot_angle(name):
    m = re.match(r"rot(\d+)_", name); return int(m.group(1)) if m else None
def views(path):
    im = Image.open(path); name = os.path.basename(path); v = {}
    has_alpha = im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info)
    if has_alpha:
        a = im.convert("RGBA")
        for nm, bg in (("on_white", (255, 255, 255, 255)), ("on_black", (0, 0, 0, 255))):
            b = Image.new("RGBA", a.size, bg); b.alpha_composite(a); v[nm] = b.convert("RGB")
        v["rgb_drop"] = a.convert("RGB")  # alpha ignored: what a viewer without alpha shows
    else:
        v["base"] = im.convert("RGB")
    ang = rot_angle(name)
    if ang:
        for k in list(v):
            v[k + "_unrot"] = v[k].rotate(-ang, expand=True, resample=Image.BICUBIC, fillcolor=(236, 236, 236))
    return v
def tess(img):
    w, h = img.size; big = img.resize((w * 2, h * 2), Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        big.save(f.name)
        out = subprocess.run(["tesseract", f.name, "stdout", "--psm", "11", "-l", "eng", "tsv"], capture_output=True, text=True).stdout
    lines = {}
    for row in out.splitlines()[1:]:
        p = row.split("\t")
        if len(p) < 12 or p[0] != "5" or not p[11].strip(): continue
        key = (int(p[2]), int(p[3]), int(p[4])); x, y, ww, hh = map(int, p[6:10])
        lines.setdefault(key, []).append((p[11], [x / 2, y / 2, (x + ww) / 2, (y + hh) / 2]))
    res = []
    for key in sorted(lines):
        ws = lines[key]; bx = [min(b[0] for _, b in ws), min(b[1] for _, b in ws), max(b[2] for _, b in ws), max(b[3] for _, b in ws)]
        res.append({"text": " ".join(t for t, _ in ws), "box": bx, "words": [[t, b] for t, b in ws]})
    return res
_rapid = None
def rapid(img):
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR()
    import numpy as np
    r, _ = _rapid(np.asarray(img)[:, :, ::-1].copy(), use_cls=False)
    res = []
    for box, text, score in (r or []):
        xs = [p[0] for p in box]; ys = [p[1] for p in box]
        res.append({"text": text, "box": [min(xs), min(ys), max(xs), max(ys)], "score": float(score)})
    return res
if __name__ == "__main__":
    eng = sys.argv[1]; fn = tess if eng == "tess" else rapid
    dirs = sys.argv[2:]; files = sorted(os.listdir(dirs[0]))
    if os.environ.get("REVERSE"): files = files[::-1]
    for f in files:
      for d in dirs:
            od = f"{ROOT}/ocr/{eng}/{os.path.basename(d.rstrip('/'))}"; os.makedirs(od, exist_ok=True)
            op = f"{od}/{f}.json"
            if os.path.exists(op): continue
            try:
                res = {k: fn(v) for k, v in views(os.path.join(d, f)).items()}
            except Exception as e:
                res = {"error": repr(e)}
            json.dump(res, open(op, "w")); print(eng, d, f, flush=True)
