"""Score Attest's redacted copies (out/) against truth.json using independent OCR (ocr/tess, ocr/rapid).
usage: python score.py   -> prints figures, writes score.json and misses.md"""
import json, os, re, math, sys
import numpy as np
from PIL import Image
ROOT = "/tmp/ho35/screens"; T = json.load(open(f"{ROOT}/truth.json"))
FOLD = str.maketrans({"O": "0", "Q": "0", "I": "1", "L": "1", "|": "1", "Z": "2", "S": "5", "B": "8"})
def norm(s): return re.sub(r"[^0-9A-Z]", "", s.upper())
def fold(s): return norm(s).translate(FOLD)
ENGINES = ["tess", "rapid"]
def load(eng, d, f):
    p = f"{ROOT}/ocr/{eng}/{d}/{f}.json"
    return json.load(open(p)) if os.path.exists(p) else None
def rot_pts(pts, ang, w, h, W, H):  # PIL rotate(ang, expand) point mapping
    th = math.radians(ang); x = pts[:, 0] - w / 2; y = pts[:, 1] - h / 2
    return np.stack([x * math.cos(th) + y * math.sin(th) + W / 2, -x * math.sin(th) + y * math.cos(th) + H / 2], 1)
def rect_in_view(r, view, fname, size):
    if not view.endswith("_unrot"): return r
    ang = int(re.match(r"rot(\d+)_", fname).group(1)); w, h = size
    th = math.radians(-ang); W = abs(w * math.cos(th)) + abs(h * math.sin(th)); H = abs(w * math.sin(th)) + abs(h * math.cos(th))
    pts = np.array([[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]], float); q = rot_pts(pts, -ang, w, h, W, H)
    return [q[:, 0].min(), q[:, 1].min(), q[:, 0].max(), q[:, 1].max()]
def local_text(lines, rects, margin_frac=0.6):
    """texts of OCR lines (and tesseract words) overlapping any rect, in order"""
    sel = []
    for ln in lines:
        b = ln["box"]
        for r in rects:
            m = max(6, (r[3] - r[1]) * margin_frac)
            if b[0] < r[2] + m and b[2] > r[0] - m and b[1] < r[3] + m and b[3] > r[1] - m:
                sel.append(ln["text"]); break
    return sel
def secret_read(s, texts):
    """strict: 8 consecutive chars of the identifier core, or a whole name/address token"""
    joined = fold("".join(texts)); per = [fold(t) for t in texts]
    if s["rule"] == "token":
        hit = [t for t in s["tokens"] if len(t) >= 3 and any(fold(t) in p for p in per + [joined])]
        return hit
    c = fold(s["core"])
    if s["rule"] == "whole":
        return [s["core"]] if c and c in joined else []
    wins = [c[i:i + 8] for i in range(len(c) - 7)]
    hit = [w for w in wins if w in joined]
    return hit
def keep_read(k, texts):
    n = fold(k["norm"]); return any(n in fold(t) for t in texts) or n in fold("".join(texts))
def img_size(p):
    with Image.open(p) as im: return im.size
_C = {}
def _pair(fo, fr):
    if (fo, fr) not in _C:
        _C.clear(); a = Image.open(fo).convert("RGB"); b = Image.open(fr).convert("RGB")
        if a.size != b.size: b = b.resize(a.size)
        _C[(fo, fr)] = (a, b)
    return _C[(fo, fr)]
def changed_frac(fo, fr, r):
    try:
        a, b = _pair(fo, fr)
        x0, y0, x1, y1 = [int(round(v)) for v in r]; x0, y0 = max(0, x0), max(0, y0); x1, y1 = min(a.size[0], x1), min(a.size[1], y1)
        if x1 <= x0 or y1 <= y0: return None
        A = np.asarray(a.crop((x0, y0, x1, y1))).astype(int); B = np.asarray(b.crop((x0, y0, x1, y1))).astype(int)
        return float((np.abs(A - B).max(2) > 40).mean())
    except Exception: return None
def main():
    res = {"images": {}, "miss": [], "lost": [], "unread_secret": [], "unread_keep": 0}
    tot = dict(sec=0, sec_ok=0, keep=0, keep_ok=0, sec_all=0)
    for f, t in T.items():
        fo = f"{ROOT}/corpus/{f}"; fr = f"{ROOT}/out/{f}"
        if not os.path.exists(fr):
            res["images"][f] = {"error": "no output"}
        size = img_size(fo)
        ocr = {(e, d): load(e, d, f) for e in ENGINES for d in ("corpus", "out")}
        def texts_for(e, d, rects, glob=False):
            o = ocr[(e, d)]
            if not o or "error" in o: return {}
            out = {}
            for view, lines in o.items():
                if glob or not rects: out[view] = [l["text"] for l in lines]
                else: out[view] = local_text(lines, [rect_in_view(r, view, f, size) for r in rects])
            return out
        im_rec = {"secrets": [], "keeps_total": 0, "keeps_kept": 0}
        for s in t["secrets"]:
            if s["where"].startswith("metadata"): continue
            tot["sec_all"] += 1
            rects = s.get("part_rects") or s["rects"]
            readers = []; leaks = []
            for e in ENGINES:
                for view, tx in texts_for(e, "corpus", rects).items():
                    if secret_read(s, tx): readers.append(f"{e}:{view}")
                for view, tx in texts_for(e, "out", rects).items():
                    h = secret_read(s, tx)
                    if h: leaks.append({"engine": e, "view": view, "read": h, "ocr": " | ".join(tx)[:160]})
            cov = [changed_frac(fo, fr, r) for r in s["rects"]] if os.path.exists(fr) else []
            rec = {"kind": s["kind"], "text": s["text"], "where": s["where"], "readable_in_original": readers, "leaks": leaks, "box_changed": cov}
            im_rec["secrets"].append(rec)
            if readers or (leaks and not readers):
                tot["sec"] += 1; res.setdefault("secrets_all", []).append({"file": f, "kind": s["kind"], "text": s["text"], "leaked": bool(leaks)})
                if not leaks: tot["sec_ok"] += 1
                else: res["miss"].append({"file": f, **rec})
            else:
                res["unread_secret"].append({"file": f, **rec})
        for k in t["keeps"]:
            readers = []
            for e in ENGINES:
                for view, tx in texts_for(e, "corpus", k["rects"]).items():
                    if keep_read(k, tx): readers.append((e, view))
            if not readers: res["unread_keep"] += 1; continue
            # same engine; same view when the output has it, else any view of the output (e.g. RGBA input -> RGB output)
            kept = False
            for e, view in readers:
                ov = texts_for(e, "out", k["rects"])
                cand = [ov[view]] if view in ov else list(ov.values())
                if any(keep_read(k, tx) for tx in cand): kept = True; break
            tot["keep"] += 1; im_rec["keeps_total"] += 1
            res.setdefault("keeps_all", []).append({"file": f, "text": k["text"], "kept": None})
            res["keeps_all"][-1]["kept"] = bool(kept)
            if kept: tot["keep_ok"] += 1; im_rec["keeps_kept"] += 1
            else:
                ctx = {f"{e}:{v}": " | ".join(texts_for(e, "out", k["rects"]).get(v, []))[:140] for e, v in readers if v in texts_for(e, "out", k["rects"])}
                res["lost"].append({"file": f, "text": k["text"], "rects": k["rects"], "out_ocr": ctx})
        res["images"][f] = im_rec
    res["totals"] = tot
    res["strict_recall"] = tot["sec_ok"] / max(1, tot["sec"]); res["keep_rate"] = tot["keep_ok"] / max(1, tot["keep"])
    json.dump(res, open(f"{ROOT}/score.json", "w"), indent=1)
    print(json.dumps(tot), "strict recall %.4f" % res["strict_recall"], "keep-rate %.4f" % res["keep_rate"])
    print("misses", len(res["miss"]), "lost keeps", len(res["lost"]), "secrets unreadable in original", len(res["unread_secret"]), "keeps unreadable in original", res["unread_keep"])
if __name__ == "__main__": main()
