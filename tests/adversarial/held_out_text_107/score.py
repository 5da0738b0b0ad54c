#!/usr/bin/env python3
"""Score redacted copies against truth.json.
usage: score.py OUTROOT [--json results.json] [--logs RUNROOT]
OUTROOT holds the redacted copies (searched recursively, matched by file name).
Leak rule (id kinds): a value is leaked if any of its distinctive 8-char windows of [0-9A-Z] (the whole value if
shorter) occurs in the output more often than in the original outside all planted spans. A window is distinctive
if it is not also a window of another planted value in the same file (so one leaked phone does not condemn its
neighbours); if no window is distinctive all are used. Names/addresses: a word of 3+ letters of the value (titles and
street-type words excluded, see truth 'words') occurring (whole word, any case) more often in the output than in the
original outside planted spans; the same distinctive rule applies to words.
Keep: kept if the surface occurs verbatim in the output at least as often as in the original."""
import json, os, re, sys, collections
from common_io import decode_declared, sniff, views, canon

HERE = os.path.dirname(os.path.abspath(__file__))
WORDKINDS = {"name", "address"}
UNSCORED = {"email_local"}


def wins(v):
    return [v] if len(v) <= 8 else [v[i:i + 8] for i in range(len(v) - 7)]


def count_ov(h, n):
    c, i = 0, h.find(n)
    while i >= 0:
        c += 1; i = h.find(n, i + 1)
    return c


def wcount(text, w):
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, re.I))


def blank(text, secrets):
    for s in sorted({d["surface"] for d in secrets}, key=len, reverse=True):
        text = text.replace(s, "\x00")
    return text


def score_file(t, orig_b, out_b):
    otext, _, _ = decode_declared(orig_b, t["encoding"])
    res = {"secrets": [], "keeps": [], "enc_ok": None}
    if out_b is None:
        for d in t["secrets"]:
            res["secrets"].append(dict(d, status="missing"))
        for k in t["keeps"]:
            res["keeps"].append(dict(k, kept=False, why="missing"))
        return res
    ntext, okb, okd = decode_declared(out_b, t["encoding"])
    res["enc_ok"] = bool(okb and okd)
    if not okd:
        ntext = sniff(out_b)
    res["crlf_ok"] = ("\r\n" in ntext) == (t["newline"] == "CRLF")
    ov, nv = views(otext, t["view"]), views(ntext, t["view"])
    base = [blank(v, t["secrets"]) for v in ov]
    basec, outc = [canon(b) for b in base], [canon(v) for v in nv]
    allwin = collections.defaultdict(set)
    allwords = collections.defaultdict(set)
    for i, d in enumerate(t["secrets"]):
        if d["kind"] in WORDKINDS:
            for w in d["words"]:
                allwords[w.lower()].add(d["value"].lower())
        else:
            for w in wins(canon(d["value"])):
                allwin[w].add(canon(d["value"]))
    for d in t["secrets"]:
        hit = None
        if d["kind"] in WORDKINDS:
            ws = [w for w in d["words"] if len(allwords[w.lower()]) == 1] or d["words"]
            for w in ws:
                for b, n in zip(base, nv):
                    if wcount(n, w) > wcount(b, w):
                        hit = w; break
                if hit: break
        else:
            cv = canon(d["value"])
            ws = [w for w in wins(cv) if len(allwin[w]) == 1] or wins(cv)
            for w in ws:
                for b, n in zip(basec, outc):
                    if count_ov(n, w) > count_ov(b, w):
                        hit = w; break
                if hit: break
        r = dict(d, status="leak" if hit else "masked")
        if hit:
            r["hit"] = hit
            # exact surface left readable?
            r["surface_verbatim"] = any(d["surface"] in n for n in nv)
            # context line from output
            for n in nv:
                m = re.search(re.escape(hit), n, re.I)
                if m:
                    a = n.rfind("\n", 0, m.start()) + 1; z = n.find("\n", m.end())
                    r["context"] = n[a: z if z >= 0 else len(n)].strip()[:220]; break
            else:
                r["context"] = "(only in canonical view: digits split by separators)"
        res["secrets"].append(r)
    for k in t["keeps"]:
        oc = max(v.count(k["surface"]) for v in ov)
        nc = max(v.count(k["surface"]) for v in nv)
        r = dict(k, kept=nc >= oc, orig=oc, out=nc)
        if not r["kept"]:
            # context: the original line, and what the output has in that place
            o = ov[0]; i = o.find(k["surface"]); a = o.rfind("\n", 0, i) + 1; z = o.find("\n", i)
            r["orig_line"] = o[a: z if z >= 0 else len(o)].strip()[:200]
        res["keeps"].append(r)
    return res


def find_outputs(root):
    m = {}
    for dp, _, fs in os.walk(root):
        for f in fs:
            m.setdefault(f, os.path.join(dp, f))
    return m


def main():
    root = sys.argv[1]
    jpath = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
    T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    outs = find_outputs(root)
    allres = {}
    for fn, t in T.items():
        ob = open(os.path.join(HERE, "corpus", fn), "rb").read()
        nb = open(outs[fn], "rb").read() if fn in outs else None
        allres[fn] = score_file(t, ob, nb)
    S = collections.Counter(); L = collections.Counter(); K = collections.Counter(); KL = collections.Counter()
    GS = collections.Counter(); GL = collections.Counter(); GK = collections.Counter(); GKL = collections.Counter()
    KK = collections.Counter(); KKL = collections.Counter()
    for fn, r in allres.items():
        g = T[fn]["genre"]
        for d in r["secrets"]:
            if d["kind"] in UNSCORED: continue
            S[d["kind"]] += 1; GS[g] += 1
            if d["status"] != "masked":
                L[d["kind"]] += 1; GL[g] += 1
        for k in r["keeps"]:
            K[k["kind"]] += 1; GK[g] += 1
            if not k["kept"]:
                KL[k["kind"]] += 1; GKL[g] += 1
    ns, nl, nk, nkl = sum(S.values()), sum(L.values()), sum(K.values()), sum(KL.values())
    summ = {"files": len(T), "outputs_found": sum(1 for f in T if f in outs), "secrets": ns, "leaks": nl,
            "recall": round(100 * (ns - nl) / ns, 2), "keeps": nk, "lost_keeps": nkl, "keep_rate": round(100 * (nk - nkl) / nk, 2),
            "per_kind": {k: [S[k], L[k], round(100 * (S[k] - L[k]) / S[k], 1)] for k in sorted(S)},
            "per_keep_kind": {k: [K[k], KL[k], round(100 * (K[k] - KL[k]) / K[k], 1)] for k in sorted(K)},
            "per_genre": {g: [GS[g], GL[g], round(100 * (GS[g] - GL[g]) / max(GS[g], 1), 1), GK[g], GKL[g]] for g in sorted(GS)},
            "enc_bad": [f for f, r in allres.items() if r["enc_ok"] is False],
            "crlf_bad": [f for f, r in allres.items() if r.get("crlf_ok") is False]}
    print(json.dumps({k: v for k, v in summ.items() if k not in ("per_genre",)}, indent=1, ensure_ascii=False))
    if jpath:
        json.dump({"summary": summ, "files": allres}, open(jpath, "w", encoding="utf-8"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
