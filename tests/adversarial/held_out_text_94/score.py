"""Score attest redact output against truth.json.
usage: score.py OUTDIR [--json results.json] [--corpus corpus] [--runlog runlog.json]
Leak rule: an identifier leaked if 8+ consecutive alnum chars of its canonical form remain in the output (alnum
stream, also with tags stripped), or, if the canonical form is shorter than 8, the whole value (bounded, small
separators allowed); names/addresses: any scored word of 3+ letters (case-insensitive, letter-bounded); if the
address has no such word (PO Box nnn) the exact text. Keep: survives if verbatim occurrences are not fewer."""
import sys, os, re, json, argparse, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
CODEC = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16-le+bom": "utf-16", "utf-16-be": "utf-16-be",
         "utf-16-le": "utf-16-le", "utf-32-le+bom": "utf-32", "utf-32-be": "utf-32-be"}


def decode(data, enc):
    for c in [CODEC[enc], "utf-8-sig"]:
        try:
            t = data.decode(c)
            if t.startswith("\ufeff"):
                t = t[1:]
            return t, c
        except UnicodeDecodeError:
            pass
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace"), "utf-16?"
    return data.decode("utf-8", "replace"), "utf-8-replace"


SPLIT = ("split-two-messages", "concat-split", "wrapped->>>")


def is_split(s):
    # fix 2026-12-06 (after the addendum run): addendum split forms are named split-*; score each fragment by itself
    return s["kind"] not in ("name", "address") and (s["form"] in SPLIT or s["form"].startswith("split"))


def unscored(s):
    """a fragment of an identifier split across messages/literals/lines shorter than 6 chars is not scored"""
    return is_split(s) and len(alnum(s["text"])) < 6


def alnum(s):
    return re.sub(r"[\W_]", "", s).lower()


def canon_of(s):
    if s["kind"] == "email":
        return alnum(s["text"].split("@")[0])
    if is_split(s):
        return alnum(s["text"])
    if s.get("canon"):
        return alnum(s["canon"])
    t = re.sub(r"<[^>]+>", "", s["text"])
    t = re.sub(r"&#x?[0-9a-f]+;|&[a-z]+;", "", t, flags=re.I)
    return alnum(t)


def leak_check(s, out, out_al, out_al_notags):
    """returns (leaked:bool, count:int, evidence:str)"""
    if s["kind"] in ("name", "address") and s.get("words") is not None:
        ws = s["words"]
        if ws:
            best = 0; ev = []
            for w in ws:
                n = len(re.findall(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", out, re.I))
                if n:
                    ev.append(w); best = max(best, n)
            return (best > 0, best, ",".join(ev))
        if s.get("words_excluded"):
            return (False, 0, "unscorable")
        n = out.lower().count(s["text"].lower())
        return (n > 0, n, s["text"] if n else "")
    c = canon_of(s)
    if len(c) >= 8:
        best = 0; ev = ""
        for i in range(len(c) - 7):
            w = c[i:i + 8]
            n = max(out_al.count(w), out_al_notags.count(w))
            if n > best:
                best, ev = n, w
        return (best > 0, best, ev)
    pat = r"(?<![A-Za-z0-9])" + r"[\s\-.+_]{0,2}".join(re.escape(ch) for ch in c) + r"(?![A-Za-z0-9])"
    n = len(re.findall(pat, out, re.I))
    return (n > 0, n, c if n else "")


def score(outdir, corpus, truth, runlog=None):
    res = {"files": {}, "totals": {}}
    tot = collections.Counter()
    for fname, v in truth.items():
        fr = {"secrets": [], "keeps": [], "status": "ok"}
        src = open(os.path.join(corpus, fname), "rb").read()
        inp, _ = decode(src, v["encoding"])
        if v["newline"] == "crlf":
            inp = inp.replace("\r\n", "\n")
        op = os.path.join(outdir, fname)
        if not os.path.exists(op):
            fr["status"] = "missing"
            if runlog and fname in runlog.get("refused", {}):
                fr["status"] = "refused"; fr["message"] = runlog["refused"][fname]
            tot["files_" + fr["status"]] += 1
            tot["secrets"] += len(v["secrets"]); tot["secrets_protected"] += len(v["secrets"])
            tot["keeps"] += len(v["keeps"])
            res["files"][fname] = fr
            continue
        out, oc = decode(open(op, "rb").read(), v["encoding"])
        fr["out_codec"] = oc
        out = out.replace("\r\n", "\n")
        out_al = alnum(out); out_nt = alnum(re.sub(r"<[^>]+>", "", out))
        # secrets grouped by (text, kind)
        groups = collections.OrderedDict()
        for s in v["secrets"]:
            groups.setdefault((s["text"], s["kind"]), []).append(s)
        for (text, kind), ss in groups.items():
            if unscored(ss[0]):
                tot["fragments_unscored"] += len(ss)
                continue
            leaked, cnt, ev = leak_check(ss[0], out, out_al, out_nt)
            nleak = min(len(ss), cnt) if leaked else 0
            for i, s in enumerate(ss):
                lk = i < nleak
                fr["secrets"].append({"text": text, "kind": kind, "form": s["form"], "leaked": lk,
                                      "evidence": ev if lk else ""})
                tot["secrets"] += 1; tot["secrets_leaked"] += lk
                tot["leaked_" + kind] += lk; tot["n_" + kind] += 1
        kg = collections.OrderedDict()
        for k in v["keeps"]:
            kg.setdefault(k["text"], []).append(k)
        for text, ks in kg.items():
            ic = inp.count(text); oc2 = out.count(text)
            lost = min(len(ks), max(0, ic - oc2))
            for i, k in enumerate(ks):
                l = i < lost
                fr["keeps"].append({"text": text, "kind": k["kind"], "lost": l})
                tot["keeps"] += 1; tot["keeps_lost"] += l
        tot["files_ok"] += 1
        res["files"][fname] = fr
    S = tot["secrets"]; K = tot["keeps"]
    tot["recall_pct"] = round(100 * (S - tot["secrets_leaked"]) / S, 2) if S else None
    tot["keep_rate_pct"] = round(100 * (K - tot["keeps_lost"]) / K, 2) if K else None
    res["totals"] = dict(tot)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    ap.add_argument("--truth", default=os.path.join(ROOT, "truth.json"))
    ap.add_argument("--json")
    ap.add_argument("--runlog")
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))
    runlog = json.load(open(a.runlog)) if a.runlog and os.path.exists(a.runlog) else None
    res = score(a.outdir, a.corpus, truth, runlog)
    t = res["totals"]
    print(json.dumps({k: t[k] for k in sorted(t)}, indent=1))
    if a.json:
        json.dump(res, open(a.json, "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
