"""Score a folder of redacted copies against truth.json.
usage: python3 score.py OUTDIR [--json results.json] [--corpus corpus] [--truth truth.json]
Leak rule (COMMON.md): an identifier leaks if 8+ characters of its canonical form (alnum, lower) remain in order
(the whole value if shorter), or for names/addresses any word of 3+ letters. Checked locally: on the secret's own
line range when the redacted file keeps the line count, else on the whole file; a probe counts as leaked only if it
occurs more often in the redacted text than in the original with every secret span blanked (so shared text such as
a town in a company name, or a word used elsewhere on the line, is not counted).
Keep rule: the keep's exact text occurs at least as often in the same range of the redacted text as in the original."""
import json, os, re, sys, unicodedata, html, argparse, collections

HERE = os.path.dirname(os.path.abspath(__file__))


def decode_bytes(b, hint=None):
    if b.startswith(b"\x00\x00\xfe\xff"):
        return b[4:].decode("utf-32-be", "replace")
    if b.startswith(b"\xff\xfe\x00\x00"):
        return b[4:].decode("utf-32-le", "replace")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace")
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le", "replace")
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    if b"\x00" in b[:400] and len(b) >= 4:
        head = b[:400]
        n = len(head) - len(head) % 4
        z = [sum(1 for i in range(k, n, 4) if head[i] == 0) for k in range(4)]
        q = n // 4
        if q and z[1] > 0.9 * q and z[2] > 0.9 * q and z[3] > 0.9 * q:
            return b.decode("utf-32-le", "replace")
        if q and z[0] > 0.9 * q and z[1] > 0.9 * q and z[2] > 0.9 * q:
            return b.decode("utf-32-be", "replace")
        ev = sum(1 for i in range(0, len(head) - 1, 2) if head[i] == 0)
        od = sum(1 for i in range(1, len(head), 2) if head[i] == 0)
        return b.decode("utf-16-be" if ev > od else "utf-16-le", "replace")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode(hint if hint == "cp1252" else "cp1252", "replace")


def nl(t):
    return t.replace("\r\n", "\n").replace("\r", "\n")


def norm(t, qp=False):
    t = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)
    if qp:
        t = re.sub(r"=\n", "", t)
        t = re.sub(r"=(20|2C|3D|0D|0A)", lambda m: chr(int(m.group(1), 16)), t)
    t = re.sub(r"%(20|3A|2C|40|2B|2F)", lambda m: chr(int(m.group(1), 16)), t)
    t = html.unescape(t)
    t = unicodedata.normalize("NFKC", t)
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and unicodedata.decimal(c, None) is not None else c for c in t)


QP_GENRES = {"mbox_qp", "vcard21_qp"}


def alnum(t):
    return re.sub(r"[^0-9a-z]", "", t.lower())


def count_overlap(hay, needle):
    if not needle:
        return 0
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def probes(sec):
    if sec["kind"] in ("name", "address"):
        return [("word", w) for w in sec["words"]]
    c = sec["canon"]
    if len(c) <= 8:
        return [("alnum", c)]
    return [("alnum", c[i:i + 8]) for i in range(len(c) - 7)]


def word_count(text, w):
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, flags=re.I))


def find_outputs(outdir):
    m = {}
    for root, _, files in os.walk(outdir):
        for f in files:
            mm = re.match(r"(f\d{3}_)", f)
            if mm:
                m.setdefault(mm.group(1), []).append(os.path.join(root, f))
    return m


def score(outdir, corpus, truth):
    outs = find_outputs(outdir)
    res = {"files": {}, "misses": [], "lost_keeps": [], "missing_outputs": []}
    tot_s = tot_l = tot_k = tot_kl = 0
    by_kind = collections.defaultdict(lambda: [0, 0])
    by_form = collections.defaultdict(lambda: [0, 0])
    by_genre = collections.defaultdict(lambda: [0, 0, 0, 0])
    for name, ft in sorted(truth["files"].items()):
        orig = nl(decode_bytes(open(os.path.join(corpus, name), "rb").read(), ft["encoding"]))
        cand = outs.get(ft["prefix"], [])
        if not cand:
            res["missing_outputs"].append(name)
            out = None
        else:
            out = nl(decode_bytes(open(cand[0], "rb").read(), ft["encoding"]))
        masked = list(orig)
        for s in ft["secrets"]:
            for i in range(s["start"], s["end"]):
                if masked[i] != "\n":
                    masked[i] = "\u2588"
        masked = "".join(masked)
        ol, ml = orig.split("\n"), masked.split("\n")
        same = out is not None and len(out.split("\n")) == len(ol)
        outl = out.split("\n") if out is not None else None
        fr = {"secrets": len(ft["secrets"]), "leaked": 0, "keeps": len(ft["keeps"]), "lost": 0, "same_lines": same,
              "output": cand[0] if cand else None}
        def rng(lines, a, b):
            return "\n".join(lines[a:b + 1])
        for s in ft["secrets"]:
            tot_s += 1
            by_kind[s["kind"]][0] += 1
            by_form[(s["kind"], s["form"])][0] += 1
            by_genre[ft["genre"]][0] += 1
            if out is None:
                leaked = True; why = "no output"
            else:
                a, b = s["line_start"], s["line_end"]
                if same:
                    o_txt, base_txt = rng(outl, a, b), rng(ml, a, b)
                else:
                    o_txt, base_txt = out, masked
                qp = ft["genre"] in QP_GENRES
                o_n, b_n = norm(o_txt, qp), norm(base_txt, qp)
                leaked, why = False, []
                if s["kind"] in ("name", "address"):
                    for _, w in probes(s):
                        if word_count(o_n, w) > word_count(b_n, w):
                            leaked = True; why.append(w)
                else:
                    oa, ba = alnum(o_n), alnum(b_n)
                    for _, p in probes(s):
                        if count_overlap(oa, p) > count_overlap(ba, p):
                            leaked = True; why.append(p)
                            break
            if leaked:
                tot_l += 1
                fr["leaked"] += 1
                by_kind[s["kind"]][1] += 1
                by_form[(s["kind"], s["form"])][1] += 1
                by_genre[ft["genre"]][1] += 1
                ctx_line = ol[s["line_start"]] if s["line_start"] < len(ol) else ""
                octx = (outl[s["line_start"]] if same else "") if out is not None else ""
                res["misses"].append({"file": name, "genre": ft["genre"], "encoding": ft["encoding"], "newline": ft["newline"],
                                      "kind": s["kind"], "form": s["form"], "text": s["text"], "probes": why,
                                      "line": s["line_start"] + 1, "orig_line": ctx_line[:240], "out_line": octx[:240]})
        fs = ft.get("filename_secret")
        if fs:
            tot_s += 1
            by_kind["mpan"][0] += 1
            by_form[("mpan", "filename")][0] += 1
            by_genre[ft["genre"]][0] += 1
            on = os.path.basename(cand[0]) if cand else name
            if any(fs["canon"][i:i + 8] in alnum(on) for i in range(len(fs["canon"]) - 7)):
                tot_l += 1; fr["leaked"] += 1
                by_kind["mpan"][1] += 1; by_form[("mpan", "filename")][1] += 1; by_genre[ft["genre"]][1] += 1
                res["misses"].append({"file": name, "genre": ft["genre"], "encoding": ft["encoding"], "newline": ft["newline"],
                                      "kind": "mpan", "form": "filename", "text": fs["text"], "probes": [],
                                      "line": 0, "orig_line": name, "out_line": on})
        for k in ft["keeps"]:
            tot_k += 1
            by_genre[ft["genre"]][2] += 1
            if out is None:
                lost = True
            else:
                a, b = k["line_start"], k["line_end"]
                if same:
                    lost = rng(outl, a, b).count(k["text"]) < rng(ol, a, b).count(k["text"])
                else:
                    lost = out.count(k["text"]) < orig.count(k["text"])
            if lost:
                tot_kl += 1
                fr["lost"] += 1
                by_genre[ft["genre"]][3] += 1
                res["lost_keeps"].append({"file": name, "genre": ft["genre"], "kind": k["kind"], "text": k["text"],
                                          "line": k["line_start"] + 1, "orig_line": ol[k["line_start"]][:240],
                                          "out_line": (outl[k["line_start"]][:240] if same else "")})
        res["files"][name] = fr
    res["summary"] = {"files": len(truth["files"]), "secrets": tot_s, "leaked": tot_l,
                      "recall": round(100.0 * (tot_s - tot_l) / max(tot_s, 1), 2), "keeps": tot_k, "lost_keeps": tot_kl,
                      "keep_rate": round(100.0 * (tot_k - tot_kl) / max(tot_k, 1), 2),
                      "missing_outputs": len(res["missing_outputs"])}
    res["by_kind"] = {k: {"n": v[0], "leaked": v[1]} for k, v in sorted(by_kind.items())}
    res["by_form"] = {f"{k[0]}/{k[1]}": {"n": v[0], "leaked": v[1]} for k, v in sorted(by_form.items())}
    res["by_genre"] = {k: {"secrets": v[0], "leaked": v[1], "keeps": v[2], "lost": v[3]} for k, v in sorted(by_genre.items())}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--json", default=None)
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus"))
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))
    res = score(a.outdir, a.corpus, truth)
    print(json.dumps(res["summary"]))
    for k, v in res["by_kind"].items():
        print(f"  {k:12s} n={v['n']:4d} leaked={v['leaked']}")
    if a.json:
        json.dump(res, open(a.json, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
