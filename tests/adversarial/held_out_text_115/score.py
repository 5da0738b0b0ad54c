#!/usr/bin/env python3
"""Score redacted copies: python3 score.py OUTDIR [--json results.json] [--misses misses.json] [--lost lost_keeps.json]
Leak rule (TASK.md): windows kinds -> any 8-char window of the value reduced to [0-9A-Z] occurs in the output more often
than in the original with every planted span removed; names/addresses -> any word of 3+ letters occurs more often (case
insensitive, whole word) than in the original outside planted spans; verbatim (encoded) surfaces -> surface survives.
A file with no output copy is 'refused' (its secrets are not leaks, its keeps are lost)."""
import argparse, collections, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
BOMS = [("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]


def canon(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())


def dec_orig(b, enc):
    base = enc.replace("-bom", "")
    if enc.endswith("-bom"):
        for n, bom in BOMS:
            if b.startswith(bom):
                b = b[len(bom):]
                break
    return b.decode(base)


def dec_out(b, enc):
    """returns text, encoding_preserved(bool), note"""
    base = enc.replace("-bom", "")
    want_bom = enc.endswith("-bom")
    has = None
    for n, bom in BOMS:
        if b.startswith(bom):
            has = n
            break
    try:
        if want_bom:
            if has != base:
                raise ValueError("BOM lost/changed (%s)" % has)
            return b[len(dict(BOMS)[base]):].decode(base), True, ""
        if has:
            raise ValueError("BOM added (%s)" % has)
        return b.decode(base), True, ""
    except Exception as ex:
        note = str(ex)
    for n, bom in BOMS:
        if b.startswith(bom):
            try:
                return b[len(bom):].decode(n), False, note
            except Exception:
                pass
    for e in (base, "utf-8", "utf-16", "latin-1"):
        try:
            return b.decode(e), False, note
        except Exception:
            pass


def windows(s):
    c = s["canon"]
    if len(c) <= 8:
        return [c]
    ws = [c[i:i + 8] for i in range(len(c) - 7)]
    lo = s.get("win_min_start", 0)
    hi = s.get("win_max_start", len(ws) - 1)
    return ws[lo:hi + 1] or ws


def wcount(word, text):
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", text, re.I))


def context(text, pat):
    m = re.search(pat, text, re.I)
    if not m:
        return ""
    a = text.rfind("\n", 0, m.start()) + 1
    z = text.find("\n", m.end())
    z = len(text) if z < 0 else z
    return text[a:z].strip()[:220]


def winpat(w):
    return r"[^0-9A-Za-z]{0,3}".join(re.escape(ch) for ch in w)


def find_out(outdir, fn):
    p = os.path.join(outdir, fn)
    if os.path.exists(p):
        return p
    for dp, dn, fns in os.walk(outdir):
        if fn in fns:
            return os.path.join(dp, fn)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    ap.add_argument("--truth", default=os.path.join(ROOT, "truth.json"))
    ap.add_argument("--json")
    ap.add_argument("--misses")
    ap.add_argument("--lost")
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))
    tot = collections.Counter()
    kind = collections.defaultdict(lambda: [0, 0])
    genre = collections.defaultdict(lambda: [0, 0, 0, 0])
    kkind = collections.defaultdict(lambda: [0, 0])
    misses, lost, refused, encnotes = [], [], [], []
    for fn, e in sorted(truth.items()):
        O = dec_orig(open(os.path.join(a.corpus, fn), "rb").read(), e["encoding"])
        op = find_out(a.outdir, fn)
        if op is None:
            refused.append(fn)
            X = None
        else:
            X, ok, note = dec_out(open(op, "rb").read(), e["encoding"])
            if not ok:
                encnotes.append({"file": fn, "encoding": e["encoding"], "note": note})
        B = O
        for sf in sorted({s["surface"] for s in e["secrets"]}, key=len, reverse=True):
            B = B.replace(sf, "\u0001")
        cB = canon(B)
        cX = canon(X) if X is not None else ""
        g = genre[e["genre"]]
        for s in e["secrets"]:
            tot["secrets"] += 1
            kind[s["kind"]][0] += 1
            g[0] += 1
            leak = []
            if X is not None:
                if s["mode"] == "windows":
                    leak = [w for w in windows(s) if cX.count(w) > cB.count(w)]
                elif s["mode"] == "words":
                    leak = [w for w in s["words"] if wcount(w, X) > wcount(w, B)]
                else:
                    leak = [s["surface"]] if s["surface"] in X else []
            if leak:
                kind[s["kind"]][1] += 1
                g[1] += 1
                tot["leaks"] += 1
                if s["mode"] == "windows":
                    # longest readable run
                    c = s["canon"]
                    best = max((c[i:j] for i in range(len(c)) for j in range(i + 8, len(c) + 1) if cX.count(c[i:j]) > cB.count(c[i:j])), key=len, default=leak[0])
                    ctx = context(X, winpat(best))
                    seen = best
                elif s["mode"] == "words":
                    ctx = context(X, r"(?<![^\W\d_])" + re.escape(leak[0]) + r"(?![^\W\d_])")
                    seen = " ".join(leak)
                else:
                    ctx = context(X, re.escape(s["surface"][:40]))
                    seen = s["surface"]
                misses.append({"file": fn, "genre": e["genre"], "kind": s["kind"], "value": s["surface"], "surface": seen,
                               "full": s["surface"] in X, "context": ctx, "class": ""})
        cnt = collections.Counter(k["surface"] for k in e["keeps"])
        kk = {k["surface"]: k["kind"] for k in e["keeps"]}
        for sf, n in cnt.items():
            tot["keeps"] += n
            kkind[kk[sf]][0] += n
            g[2] += n
            if X is None:
                lostn = n
            else:
                lostn = max(0, min(n, O.count(sf) - X.count(sf)))
            kkind[kk[sf]][1] += n - lostn
            g[3] += n - lostn
            tot["kept"] += n - lostn
            if lostn:
                lost.append({"file": fn, "genre": e["genre"], "kind": kk[sf], "surface": sf, "lost": lostn, "of": n,
                             "context_original": context(O, re.escape(sf)), "refused": X is None})
    res = {"files": len(truth), "secrets": tot["secrets"], "leaks": tot["leaks"],
           "recall": 1 - tot["leaks"] / max(1, tot["secrets"]), "keeps": tot["keeps"], "kept": tot["kept"],
           "keep_rate": tot["kept"] / max(1, tot["keeps"]), "refused_files": refused, "encoding_changes": encnotes,
           "per_kind": {k: {"n": v[0], "leaked": v[1], "recall": 1 - v[1] / v[0]} for k, v in sorted(kind.items())},
           "per_keep_kind": {k: {"n": v[0], "kept": v[1], "rate": v[1] / v[0]} for k, v in sorted(kkind.items())},
           "per_genre": {k: {"n": v[0], "leaked": v[1], "recall": 1 - v[1] / max(1, v[0]), "keeps": v[2], "kept": v[3]} for k, v in sorted(genre.items())}}
    print("recall %.2f%% (%d/%d leaked), keep-rate %.2f%% (%d/%d), refused %d, encoding changes %d" % (
        100 * res["recall"], tot["leaks"], tot["secrets"], 100 * res["keep_rate"], tot["kept"], tot["keeps"], len(refused), len(encnotes)))
    for k, v in res["per_kind"].items():
        print("  %-10s %4d  leaked %4d  recall %.1f%%" % (k, v["n"], v["leaked"], 100 * v["recall"]))
    if a.json:
        json.dump(res, open(a.json, "w"), indent=1, ensure_ascii=False)
    if a.misses:
        json.dump(misses, open(a.misses, "w"), indent=1, ensure_ascii=False)
    if a.lost:
        json.dump(lost, open(a.lost, "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
