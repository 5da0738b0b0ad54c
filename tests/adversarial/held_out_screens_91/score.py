# Scores OCR of outputs against truth.json. usage: score.py BASELINE_OCR.json OUTPUT_OCR.json OUTDIR(for pixel check) > results.json
import sys, json, re, unicodedata, os
import numpy as np
from PIL import Image
ROOT = "/tmp/ho48/screens"
T = json.load(open(f"{ROOT}/truth.json"))
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})
CONF = str.maketrans({"O": "0", "I": "1", "L": "1", "|": "1"})
def norm_id(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return re.sub(r"[^A-Z0-9]", "", s).translate(CONF)
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})
def norm_words(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)
def inter(a, b):
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))
def area(a): return max(1e-6, (a[2] - a[0]) * (a[3] - a[1]))
def region_text(lines, rects, pad=3):
    # text of OCR lines overlapping the item; for tesseract use words overlapping when the line is long
    out = []
    for L in lines:
        for r in rects:
            rr = [r[0] - pad, r[1] - pad, r[2] + pad, r[3] + pad]
            i = inter(L["box"], rr)
            if i and (i / area(rr) >= 0.3 or i / area(L["box"]) >= 0.3):
                out.append(L["text"]); break
    return " ".join(out)
def leaked(item, text):
    v = item["text"]
    if item["kind"] in ("name", "address"):
        words = [w for w in re.findall(r"[^\W\d_]{3,}", v)]
        nt = norm_words(text)
        hits = [w for w in words if norm_words(w) and norm_words(w) in nt]
        return hits
    if item["kind"] == "postcode":
        nv = norm_id(v); nt = norm_id(text)
        return [v] if nv in nt else []
    nv = norm_id(v); nt = norm_id(text)
    if len(nv) < 8: return [v] if nv in nt else []
    return [nv[i:i + 8] for i in range(len(nv) - 7) if nv[i:i + 8] in nt][:1]
def keep_ok(item, text):
    nv = norm_words(item["text"]); nt = norm_words(text)
    return bool(nv) and nv in nt
def pixchange(orig, out, rects):
    if out is None: return None
    tot = ch = 0
    for r in rects:
        a = orig[int(r[1]):int(r[3]), int(r[0]):int(r[2])].astype(int); b = out[int(r[1]):int(r[3]), int(r[0]):int(r[2])].astype(int)
        if a.shape != b.shape or a.size == 0: continue
        d = np.abs(a - b).max(axis=2) > 40
        tot += d.size; ch += d.sum()
    return round(ch / tot, 3) if tot else None
def main(basef, outf, outdir):
    B = json.load(open(basef)); O = json.load(open(outf))
    res = []
    for fn, t in T.items():
        b = B.get(fn); o = O.get(fn)
        op = os.path.join(outdir, fn) if outdir else None
        orig = np.array(Image.open(f"{ROOT}/corpus/{fn}").convert("RGB"))
        outim = None
        if op and os.path.exists(op):
            oi = Image.open(op).convert("RGB")
            if oi.size == (orig.shape[1], orig.shape[0]): outim = np.array(oi)
        for it in t["items"]:
            r = dict(id=it["id"], file=fn, t=it["t"], kind=it["kind"], text=it["text"], clipped=it.get("clipped", False))
            for eng in ("tess", "rapid"):
                bt = region_text(b[eng], it["rects"]) if b else ""
                ot = region_text(o[eng], it["rects"]) if o else None
                if it["t"] == "S":
                    r["base_" + eng] = bool(leaked(it, bt))
                    r["out_" + eng] = (leaked(it, ot) if ot is not None else None)
                    r["outtext_" + eng] = ot
                else:
                    r["base_" + eng] = keep_ok(it, bt)
                    r["out_" + eng] = (keep_ok(it, ot) if ot is not None else None)
                    r["outtext_" + eng] = ot
            r["pix"] = pixchange(orig, outim, it["rects"])
            res.append(r)
    return res
if __name__ == "__main__":
    res = main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    json.dump(res, open(sys.argv[4] if len(sys.argv) > 4 else "/dev/stdout", "w"), indent=0, ensure_ascii=False)
