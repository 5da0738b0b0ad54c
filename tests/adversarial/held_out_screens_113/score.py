"""Score a redaction run from OCR readings.  score.py ORIG_OCR_DIR RED_OCR_DIR OUT_PREFIX [TIMES.json]
An item is readable on the original if any reading (Tesseract 2x crop, RapidOCR crop, RapidOCR full frame; per box, or the
boxes of a wrapped item joined in order) shares >= min(8, len) consecutive normalised characters with its value.
Identifier leaks if the same holds after redaction (strict). Keep is kept if the same holds after redaction."""
import json, os, re, sys, unicodedata
from collections import defaultdict
from PIL import Image

CONF = str.maketrans({"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8", "Z": "2", "G": "6"})


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^A-Z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).upper())


def lcs(a, b):
    if not a or not b: return 0
    best = 0; prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1); ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best: best = cur[j]
        prev = cur
    return best


def pieces(reads, nboxes):
    ps = []; groups = defaultdict(list)
    for eng, vi, bi, tag, t in reads:
        for part in t.split(" | ") if eng == "rapidfull" else [t]:
            ps.append((eng, part))
        groups[(eng, vi, tag)].append((bi, t.replace(" | ", " ")))
    if nboxes > 1:
        for (eng, vi, tag), lst in groups.items():
            ps.append((eng + "+joined", " ".join(t for _, t in sorted(lst))))
    return ps


def best(value, reads, nboxes):
    v = norm(value); digit = v.isdigit(); b = 0; src = ""; txt = ""
    for eng, t in pieces(reads, nboxes):
        n = norm(t)
        m = lcs(v, n)
        if digit: m = max(m, lcs(v, n.translate(CONF)))
        if m > b: b, src, txt = m, eng, t
    return b, min(8, len(v)), src, txt


def main(orig_dir, red_dir, prefix, times=None):
    rows = []
    for f in sorted(os.listdir("corpus")):
        if not f.endswith(".json"): continue
        if os.environ.get("ONLY") and f[:-5] not in os.environ["ONLY"].split(","): continue
        n = f[:-5]; d = json.load(open("corpus/" + f))
        W, H = Image.open("corpus/" + d["image"]).size
        ro = json.load(open(os.path.join(orig_dir, f))) if os.path.exists(os.path.join(orig_dir, f)) else None
        rr = json.load(open(os.path.join(red_dir, f))) if os.path.exists(os.path.join(red_dir, f)) else None
        m = re.match(r"([a-z]\d\d)_([a-z0-9]+)", n)
        design = m.group(2) if m else n
        for it in d["items"]:
            off = any(x < -2 or y < -2 or x + w > W + 2 or y + h > H + 2 for x, y, w, h in it["boxes"])
            r = dict(image=n, design=design, toolkit=d["toolkit"], scale=d["scale"], theme=d["theme"], role=it["r"], kind=it["k"],
                     value=it["v"], surface=it["s"], i=it["i"], boxes=it["boxes"], offscreen=off)
            if ro is None: r["status"] = "no-orig-ocr"; rows.append(r); continue
            b0, thr, s0, t0 = best(it["v"], ro.get(str(it["i"]), []), len(it["boxes"]))
            r.update(orig_best=b0, thr=thr, orig_src=s0, orig_text=t0, readable=(b0 >= thr and not off))
            if rr is None:
                r["status"] = "no-output"
            else:
                b1, _, s1, t1 = best(it["v"], rr.get(str(it["i"]), []), len(it["boxes"]))
                r.update(red_best=b1, red_src=s1, red_text=t1, after=(b1 >= thr))
            rows.append(r)
    json.dump(rows, open(prefix + "_rows.json", "w"), indent=0, ensure_ascii=False)
    ids = [r for r in rows if r["role"] == "id" and r.get("readable")]
    keeps = [r for r in rows if r["role"] == "keep" and r.get("readable")]
    out = []

    def fig(rs, role):
        if not rs: return "-"
        if role == "id":
            ok = sum(1 for r in rs if r.get("after") is False); return "%d/%d = %.1f %%" % (ok, len(rs), 100.0 * ok / len(rs))
        ok = sum(1 for r in rs if r.get("after")); return "%d/%d = %.1f %%" % (ok, len(rs), 100.0 * ok / len(rs))
    allid = [r for r in rows if r["role"] == "id"]; allk = [r for r in rows if r["role"] == "keep"]
    out.append("identifiers planted %d, readable unredacted %d; keeps planted %d, readable %d" % (len(allid), len(ids), len(allk), len(keeps)))
    out.append("STRICT RECALL %s" % fig(ids, "id")); out.append("KEEP-RATE %s" % fig(keeps, "keep"))
    for key in ["design", "kind", "toolkit", "theme", "scale", "image"]:
        out.append("\n## per %s" % key)
        vals = sorted(set(str(r[key]) for r in rows))
        for v in vals:
            out.append("%-34s recall %-22s keep %s" % (v, fig([r for r in ids if str(r[key]) == v], "id"), fig([r for r in keeps if str(r[key]) == v], "keep")))
    open(prefix + "_summary.txt", "w").write("\n".join(out) + "\n")
    miss = [dict(file=r["image"], kind=r["kind"], value=r["value"], surface=r["surface"], read_after=r["red_text"], engine=r["red_src"],
                 chars=r["red_best"]) for r in ids if r.get("after")]
    lost = [dict(file=r["image"], kind=r["kind"], value=r["value"], surface=r["surface"], read_after=r.get("red_text"), orig=r["orig_text"])
            for r in keeps if not r.get("after")]
    json.dump({"misses": miss, "lost_keeps": lost}, open(prefix + "_misses_raw.json", "w"), indent=1, ensure_ascii=False)
    print("\n".join(out[:3]))


if __name__ == "__main__":
    main(*sys.argv[1:])
