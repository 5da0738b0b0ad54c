"""OCR every image (input corpus or attest outputs) with two engines independent of Attest's configuration.
usage: ocr.py IMGDIR CACHE.json   (files are taken from truth.jsonl; output names may keep the same name)"""
import sys, os, json, subprocess, tempfile, time
import numpy as np
from PIL import Image, ImageOps
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
truth = [json.loads(l) for l in open(f"{ROOT}/truth.jsonl")]
imgdir, cache_path = sys.argv[1], sys.argv[2]
cache = json.load(open(cache_path)) if os.path.exists(cache_path) else {}
from rapidocr import RapidOCR
rapid = RapidOCR(params={"Global.text_score": 0.3, "Global.max_side_len": 4096, "Global.min_side_len": 30, "Global.log_level": "error",
                         "Det.box_thresh": 0.35, "Det.unclip_ratio": 1.9, "Det.limit_side_len": 1536, "Det.limit_type": "max",
                         "EngineConfig.onnxruntime.intra_op_num_threads": 2})
def views(im, rec):
    out = {}
    has_alpha = im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info)
    if has_alpha:
        a = im.convert("RGBA")
        for nm, bg in [("on_black", (0, 0, 0)), ("on_white", (255, 255, 255))]:
            b = Image.new("RGB", a.size, bg); b.paste(a, mask=a.split()[3]); out[nm] = b
        out["rgb_ignore_alpha"] = a.convert("RGB") if False else Image.fromarray(np.asarray(a)[..., :3])
    else:
        out["plain"] = im.convert("RGB")
    for v in rec.get("views", []):
        if v.startswith("rot"):
            ang = float(v[3:]); base = out.get("plain") or out.get("on_white")
            out[v] = base.rotate(ang, expand=True, fillcolor=(242, 242, 242), resample=Image.BICUBIC)
    return out
def tess(im):
    g = im.convert("L")
    if np.asarray(g).mean() < 128: g = ImageOps.invert(g)
    f = 2 if max(g.size) * 2 <= 8000 else 1
    g = g.resize((g.width * f, g.height * f), Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix=".png") as t:
        g.save(t.name)
        r = subprocess.run(["tesseract", t.name, "stdout", "--psm", "3"], capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return r.stdout
def rap(im):
    a = np.asarray(im.convert("RGB"))[..., ::-1].copy()
    r = rapid(a)
    return "\n".join(r.txts or []) if r is not None and r.txts is not None else ""
t0 = time.time()
for rec in truth:
    fn = rec["file"]; p = os.path.join(imgdir, fn)
    if fn in cache or not os.path.exists(p): continue
    im = Image.open(p); im.load(); res = {}
    for vn, vim in views(im, rec).items():
        res[vn] = {"tess": tess(vim), "rapid": rap(vim)}
    cache[fn] = res; json.dump(cache, open(cache_path, "w"))
    print(f"{time.time()-t0:7.1f}s {fn}", flush=True)
