"""Score an Attest redaction output dir against truth.json.
usage: python score.py OUTDIR [--json results.json]"""
import sys, os, json, re, collections, codecs
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import views, norm, spoken_digits, leaked, BOMS, FORMAT

HERE = os.path.dirname(os.path.abspath(__file__))
truth = json.load(open(os.path.join(HERE, "truth.json")))
CORPUS = os.path.join(HERE, "corpus")
out = sys.argv[1]

def decode(b, enc, keeps):
    for bom, e in BOMS:
        if b.startswith(bom):
            return b[len(bom):].decode(e, errors="replace"), e + "+BOM"
    best = None
    for e in dict.fromkeys([enc, "utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252"]):
        try: t = b.decode(e)
        except Exception: continue
        sc = (sum(k in t for k in keeps), -t.count("\x00") - t.count("\ufffd"), -sum(1 for c in t if ord(c) > 0x2000))
        if best is None or sc > best[0]: best = (sc, t, e)
    if best is None:
        return b.decode("utf-8", errors="replace"), "utf-8(replace)"
    return best[1], best[2]

def ctx(t, i, j, w=60):
    s = t[max(0, i - w):j + w]
    return s.replace("\r", "\\r").replace("\n", "⏎")

def find_ev(sec, vws):
    # locate evidence for context
    v = sec["value"]
    cands = []
    if sec.get("encoded"): cands.append(sec["encoded"])
    if sec["kind"] in ("name", "address"):
        cands += sec.get("tokens") or v.split()
    else:
        cands += [sec["shown"], v, v[:8], v[-8:]]
    for c in cands:
        if not c: continue
        for x in vws:
            i = x.lower().find(c.lower())
            if i >= 0: return ctx(x, i, i + len(c))
    # digit 8-gram with separators
    nv = norm(v)
    for x in vws:
        for k in range(len(nv) - 7):
            pat = r"[\W_]{0,6}".join(re.escape(ch) for ch in nv[k:k + 8])
            m = re.search(pat, x, re.I)
            if m: return ctx(x, m.start(), m.end())
    return "(context not located)"

tot = collections.Counter(); hit = collections.Counter()
by = {k: [collections.Counter(), collections.Counter()] for k in ("kind", "cls", "genre", "enc")}
misses = []; lost = []; missing = []; kt = 0; kk = 0; decs = collections.Counter()
for f in truth:
    p = os.path.join(out, f["file"])
    if not os.path.exists(p):
        missing.append(f["file"]); continue
    b = open(p, "rb").read()
    t, used = decode(b, f["encoding"], f["keeps"])
    decs[(f["encoding"] + ("+BOM" if f["bom"] else ""), used)] += 1
    tn = t.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    vws = views(tn); nv = [norm(x) for x in vws]; sp = spoken_digits(vws[0])
    orig_b = open(os.path.join(CORPUS, f["file"]), "rb").read()
    orig, _ = decode(orig_b, f["encoding"], f["keeps"])
    for s in f["secrets"]:
        bucket = "spoken" if s["cls"] == "spoken" else ("first_name_only" if s["cls"] == "first_name_only" else "main")
        lk, ev = leaked(s, vws, nv, sp)
        tot[bucket] += 1
        keys = {"kind": s["kind"], "cls": s["cls"], "genre": f["genre"], "enc": f["encoding"] + ("+BOM" if f["bom"] else "") + "/" + f["eol"]}
        for k, v in keys.items():
            if bucket == "main": by[k][0][v] += 1
        if not lk:
            hit[bucket] += 1
            for k, v in keys.items():
                if bucket == "main": by[k][1][v] += 1
        else:
            misses.append({"file": f["file"], "genre": f["genre"], "enc": keys["enc"], "bucket": bucket, "kind": s["kind"], "cls": s["cls"], "value": s["value"], "shown": s["shown"], "why": ev, "context_out": find_ev(s, vws)})
    for k in f["keeps"]:
        kt += 1
        if k in tn or k in t: kk += 1
        else:
            i = orig.find(k)
            oc = ctx(orig, i, i + len(k), 40) if i >= 0 else ""
            pre = orig[max(0, i - 12):i] if i >= 0 else ""
            j = tn.find(pre.replace("\r\n", "\n").replace("\r", "\n")) if pre.strip() else -1
            lost.append({"file": f["file"], "genre": f["genre"], "keep": k, "orig_context": oc, "out_context": ctx(tn, j, j + len(pre) + len(k), 40) if j >= 0 else "(not located)"})

def pct(a, b): return "%.2f%% (%d/%d)" % (100.0 * a / b, a, b) if b else "n/a"
print("files in truth:", len(truth), " output missing:", len(missing), missing[:20])
print("RECALL main (excl. spoken, first-name-only):", pct(hit["main"], tot["main"]))
print("RECALL spoken (speech-to-text):", pct(hit["spoken"], tot["spoken"]))
print("RECALL first-name-only (weak identifiers):", pct(hit["first_name_only"], tot["first_name_only"]))
print("KEEP-RATE:", pct(kk, kt))
for k in ("kind", "cls"):
    print("\nby", k)
    for v in sorted(by[k][0], key=lambda x: (by[k][1][x] / by[k][0][x], x)):
        print("  %-22s %s" % (v, pct(by[k][1][v], by[k][0][v])))
print("\ngenres below 100%:")
for v in sorted(by["genre"][0], key=lambda x: (by["genre"][1][x] / by["genre"][0][x], x)):
    if by["genre"][1][v] < by["genre"][0][v]: print("  %-22s %s" % (v, pct(by["genre"][1][v], by["genre"][0][v])))
print("\nby encoding/eol:")
for v in sorted(by["enc"][0]): print("  %-28s %s" % (v, pct(by["enc"][1][v], by["enc"][0][v])))
print("\noutput decodings (truth enc -> decoded as):", dict(decs))
print("\nMISSES (%d):" % len(misses))
for m in sorted(misses, key=lambda m: (m["bucket"], m["kind"], m["cls"], m["file"])):
    print("  [%s] %s %s/%s (%s) value=%r shown=%r -- %s\n      out: %s" % (m["bucket"], m["file"], m["kind"], m["cls"], m["enc"], m["value"], m["shown"][:60], m["why"], m["context_out"]))
print("\nLOST KEEPS (%d):" % len(lost))
for l in lost:
    print("  %s keep=%r\n      orig: %s\n      out:  %s" % (l["file"], l["keep"], l["orig_context"], l["out_context"]))
if "--json" in sys.argv:
    json.dump({"misses": misses, "lost": lost, "missing": missing, "tot": tot, "hit": hit, "keeps": [kk, kt]}, open(sys.argv[sys.argv.index("--json") + 1], "w"), indent=1)
