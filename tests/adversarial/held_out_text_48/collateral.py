"""Supplementary (post-hoc) over-redaction measure: of the distinct word tokens (>=3 chars) of each
original file that are NOT part of any truth secret, how many are gone from the redacted copy.
usage: python collateral.py OUTDIR"""
import sys, os, re, json, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BOMS
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, "truth.json")))
out = sys.argv[1]
W = re.compile(r"[A-Za-z0-9]{3,}")

def dec(b, enc):
    for bom, e in BOMS:
        if b.startswith(bom): return b[len(bom):].decode(e, errors="replace")
    try: return b.decode(enc)
    except Exception: return b.decode("utf-16-le", errors="replace")

tot = 0; gone = 0; byg = collections.defaultdict(lambda: [0, 0]); ex = collections.defaultdict(collections.Counter)
for f in T:
    p = os.path.join(out, f["file"])
    if not os.path.exists(p): continue
    o = dec(open(os.path.join(HERE, "corpus", f["file"]), "rb").read(), f["encoding"])
    r = dec(open(p, "rb").read(), f["encoding"]).replace("\x00", "")
    sec = set()
    for s in f["secrets"]:
        for x in [s["value"], s["shown"]] + s.get("also_shown", []) + s.get("tokens", []) + ([s["encoded"]] if s.get("encoded") else []):
            sec.update(W.findall(x))
            sec.update(w.lower() for w in W.findall(x))
    ow = set(W.findall(o)) - sec
    ow = {w for w in ow if w.lower() not in sec}
    rw = set(W.findall(r))
    lost = {w for w in ow if w not in rw}
    tot += len(ow); gone += len(lost)
    byg[f["genre"]][0] += len(ow); byg[f["genre"]][1] += len(lost)
    for w in lost: ex[f["genre"]][w] += 1
print("non-secret distinct word tokens kept: %.2f%% (%d of %d lost)" % (100 - 100.0 * gone / tot, gone, tot))
for g, (a, b) in sorted(byg.items(), key=lambda x: -x[1][1] / max(1, x[1][0])):
    if b: print("  %-18s lost %4d/%4d (%.1f%%)  e.g. %s" % (g, b, a, 100.0 * b / a, ", ".join(w for w, _ in ex[g].most_common(12))))
