"""Combine baseline and output scoring into figures + miss list. usage: summarize.py base.json out.json [label]"""
import json, sys, collections
B = {r["file"]: r for r in json.load(open(sys.argv[1]))}
O = {r["file"]: r for r in json.load(open(sys.argv[2]))}
import numpy as np
from PIL import Image
def flat(p):
    im = Image.open(p)
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA"); bg = Image.new("RGBA", im.size, (0, 0, 0, 255)); im = Image.alpha_composite(bg, im)
    return np.asarray(im.convert("L")).astype(int)
def changed(p1, p2, boxes):
    a, b = flat(p1), flat(p2)
    if a.shape != b.shape: return -2
    n = c = 0
    for x0, y0, x1, y1 in boxes:
        x0, y0 = max(0, x0), max(0, y0)
        d = np.abs(a[y0:y1, x0:x1] - b[y0:y1, x0:x1]) > 40; n += d.size; c += d.sum()
    return round(100.0 * c / max(1, n), 1)
unr = []
tot = leak = unread = kt = kk = 0; misses = []; lost = []; meta = []; outchk = []; sbox = [0, 0]
bykind = collections.defaultdict(lambda: [0, 0])
for f, b in sorted(B.items()):
    o = O.get(f)
    if not o or o.get("missing"):
        misses.append((f, "ALL", "output missing", "", "")); continue
    if o["mode"] in ("RGBA", "LA", "PA") or o["icc"] or [k for k in o["info_keys"] if k not in ("dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive", "progression", "gamma", "srgb", "adobe", "adobe_transform", "aspect")]:
        outchk.append((f, o["mode"], o["icc"], o["info_keys"]))
    for bi, oi in zip(b["items"], o["items"]):
        assert bi["value"] == oi["value"]
        if bi["role"] == "meta":
            meta.append((f, bi["kind"], bi["value"], bi["where"], "LEAK" if oi["leak"] else "ok", "orig-has" if bi["leak"] else "orig-missing")); continue
        if bi["role"] == "id":
            if not bi["leak"]:
                unread += 1
                try:
                    ch = changed(b["path"], o["path"], bi["boxes"])
                except Exception as e:
                    ch = -1
                unr.append((f, bi["kind"], bi["value"], ch)); continue
            tot += 1; bykind[bi["kind"]][0] += 1
            if oi["leak"]:
                leak += 1; bykind[bi["kind"]][1] += 1
                misses.append((f, bi["kind"], bi["value"], "readable: %s" % ",".join(oi["leak"]), oi["text"][:160].replace("\n", " ")))
        else:
            if not bi["kept"]: continue
            kt += 1
            if oi["kept"]: kk += 1
            else: lost.append((f, bi["kind"], bi["value"], oi["text"][:100].replace("\n", " ")))
print("identifiers readable in originals: %d (plus %d not readable by either engine in the original, excluded)" % (tot, unread))
print("leaked after redaction: %d  -> strict recall %.2f%%" % (leak, 100.0 * (tot - leak) / max(1, tot)))
print("keeps readable in originals: %d, kept: %d -> keep-rate %.2f%%" % (kt, kk, 100.0 * kk / max(1, kt)))
print("by kind (readable, leaked):", dict((k, tuple(v)) for k, v in sorted(bykind.items())))
print("\nMISSES:")
for m in misses: print("  %s | %s | %s | %s | ocr: %s" % m)
print("\nIDS NOT READABLE IN ORIGINAL (excluded from recall); %% of box pixels changed by redaction:")
for u in unr: print("  %s | %s | %s | changed %s%%" % u)
print("\nLOST KEEPS:")
for l in lost: print("  %s | %s | %s | ocr: %s" % l)
print("\nMETADATA identifiers:")
for m in meta: print("  %s | %s | %s | %s | %s | %s" % m)
print("\nOUTPUT FORMAT FLAGS (alpha / ICC / ancillary info):")
for c in outchk: print("  %s mode=%s icc=%s info=%s" % c)
