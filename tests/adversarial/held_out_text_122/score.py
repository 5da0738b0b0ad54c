"""score.py OUTDIR [--json results.json] [--misses misses.json] [--corpus DIR]
Scores redacted copies in OUTDIR (same file names as corpus/) against truth.json.
Leak rule (per identifier group = same kind+value in a file, n instances):
  numeric/alnum kinds: value reduced to [0-9A-Z] (after NFKC); 8-char windows (whole value if shorter), minus windows shared
  with another planted value of the file (unless none remain). Excess = count in reduced output - count in reduced original
  with every planted surface removed. Encoded plants: the same on the reduced encoded surface as well.
  name/address: words of 3+ letters (address: minus generic street-type words), minus words shared with another planted
  name/address of the file (unless none remain); excess = whole-word count in output - count in original outside planted spans.
  leaked instances = min(n, max excess) when max excess > 0.
Keep: kept instances of a keep surface = min(n planted, verbatim count in output).
Missing output file = refusal (nothing leaked, keeps lost)."""
import json, os, re, sys, unicodedata, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff", "utf-32-le-bom": b"\xff\xfe\x00\x00"}
GENERIC = {"road", "street", "avenue", "lane", "flat", "close", "drive", "way", "court", "house", "place", "terrace", "crescent",
           "gardens", "apartment", "unit", "the", "and", "upon", "mews", "parade", "row", "yard", "cottage", "mrs", "miss"}
WORDY = {"name", "address"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)


def red(s):
    return "".join(c for c in norm(s).upper() if c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def words(s):
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", norm(s))]


def decode_like(b, enc):
    """decode output as the input encoding; report whether BOM/encoding preserved"""
    notes = []
    bom = BOMS.get(enc)
    if bom and not b.startswith(bom): notes.append("BOM lost")
    if not bom:
        for k, v in BOMS.items():
            if b.startswith(v) and not (enc.startswith("utf-16-le") and k.startswith("utf-32")): notes.append(f"BOM added ({k})"); break
    codec = "utf-8" if enc.startswith("utf-8") else enc.replace("-bom", "")
    try:
        t = b.decode(codec)
    except UnicodeDecodeError:
        notes.append(f"not decodable as {codec}")
        for c in ("utf-8", "utf-16", "utf-32"):
            try:
                t = b.decode(c); notes.append(f"decoded as {c}"); break
            except UnicodeDecodeError:
                continue
        else:
            t = b.decode("latin-1")
    t = t.lstrip("\ufeff")
    if "\x00" in t and not enc.startswith("utf-8"): notes.append("NULs after decoding")
    return t, notes


def count_ov(hay, needle):
    return sum(1 for i in range(len(hay) - len(needle) + 1) if hay.startswith(needle, i)) if needle else 0


def windows(v):
    return {v[i:i + 8] for i in range(len(v) - 7)} if len(v) >= 8 else {v}


def score(outdir, corpus=os.path.join(ROOT, "corpus"), truth_path=os.path.join(ROOT, "truth.json")):
    truth = json.load(open(truth_path, encoding="utf-8"))
    res = {"files": {}, "misses": [], "lost_keeps": [], "refused": [], "encoding_issues": []}
    for fn, t in sorted(truth.items()):
        from verify import dec
        orig = dec(open(os.path.join(corpus, fn), "rb").read(), t["encoding"])
        op = os.path.join(outdir, fn)
        if not os.path.exists(op):
            res["refused"].append(fn); out = None
        else:
            out, notes = decode_like(open(op, "rb").read(), t["encoding"])
            if notes: res["encoding_issues"].append({"file": fn, "encoding": t["encoding"], "notes": notes})
            if t["newline"] == "CRLF" and out.count("\r\n") < orig.count("\r\n") * 0.9: res["encoding_issues"].append({"file": fn, "encoding": t["encoding"], "notes": ["CRLF lost"]})
        base = orig
        for s in sorted({s["surface"] for s in t["secrets"]}, key=len, reverse=True):
            base = base.replace(s, "\x00")
        rb, rbw = red(base), collections.Counter(words(base))
        ro = red(out) if out is not None else ""
        ow = collections.Counter(words(out)) if out is not None else collections.Counter()
        groups = collections.OrderedDict()
        for s in t["secrets"]:
            groups.setdefault((s["kind"], s["value"]), []).append(s)
        allvals = {(s["kind"], s["value"]): red(s["value"]) for s in t["secrets"]}
        fr = {"genre": t["genre"], "encoding": t["encoding"], "n": 0, "leaked": 0, "keeps": 0, "kept": 0, "by_kind": collections.Counter(), "leak_kind": collections.Counter()}
        for (kind, value), insts in groups.items():
            n = len(insts); fr["n"] += n; fr["by_kind"][kind] += n
            if out is None: continue
            excess, ev = 0, None
            if kind in WORDY:
                ws = {w for w in words(value) if len(w) >= 3 and not (kind == "address" and w in GENERIC)}
                others = set()
                for (k2, v2) in groups:
                    if (k2, v2) != (kind, value) and k2 in WORDY: others |= set(words(v2))
                ws2 = ws - others or ws
                for w in ws2:
                    e = ow[w] - rbw[w]
                    if e > excess: excess, ev = e, w
            else:
                rv = red(value)
                ws = windows(rv)
                oth = [v for kv, v in allvals.items() if kv != (kind, value)]
                ws2 = {w for w in ws if not any(w in v for v in oth)} or ws
                plain = [s for s in insts if not s["enc"]]
                for w in ws2:
                    e = count_ov(ro, w) - count_ov(rb, w)
                    if e > excess: excess, ev = e, w
                excess = min(excess, len(plain)) if plain else 0
                leaked_enc = []
                for s in insts:
                    if s["enc"]:
                        for w in windows(red(s["surface"])):
                            if count_ov(ro, w) - count_ov(rb, w) > 0:
                                leaked_enc.append(s); ev = ev or w; break
                if excess > 0 or leaked_enc:
                    insts = plain[:excess] + leaked_enc
                    excess = len(insts)
            if excess > 0:
                k = min(n, excess); fr["leaked"] += k; fr["leak_kind"][kind] += k
                ctx = context(out, ev, kind in WORDY)
                for s in insts[:k]:
                    res["misses"].append({"file": fn, "genre": t["genre"], "encoding": t["encoding"], "kind": kind, "value": value,
                                          "surface": s["surface"], "form": s["form"], "evidence": ev, "context": ctx, "class": None})
        kc = collections.Counter(k["surface"] for k in t["keeps"]); kk = {k["surface"]: k["kind"] for k in t["keeps"]}
        for surf, n in kc.items():
            fr["keeps"] += n
            got = min(n, out.count(surf)) if out is not None else 0
            fr["kept"] += got
            if got < n:
                res["lost_keeps"].append({"file": fn, "genre": t["genre"], "kind": kk[surf], "surface": surf, "lost": n - got,
                                          "context": keep_ctx(orig, out, surf)})
        res["files"][fn] = fr
    return res


def context(out, ev, wordy):
    for line in out.splitlines():
        if (wordy and ev in words(line)) or (not wordy and ev in red(line)):
            return line.strip()[:220]
    return "(window spans lines)"


def keep_ctx(orig, out, surf):
    if out is None: return "(file refused)"
    for line in orig.splitlines():
        if surf in line:
            i = orig.splitlines().index(line)
            ol = out.splitlines()
            return (ol[i] if i < len(ol) else "?").strip()[:220]
    return ""


def summarise(res):
    F = res["files"].values()
    n = sum(f["n"] for f in F); l = sum(f["leaked"] for f in F); k = sum(f["keeps"] for f in F); kt = sum(f["kept"] for f in F)
    byk, lk = collections.Counter(), collections.Counter()
    byg = collections.defaultdict(lambda: [0, 0, 0, 0])
    bye = collections.defaultdict(lambda: [0, 0])
    for f in F:
        byk.update(f["by_kind"]); lk.update(f["leak_kind"])
        g = byg[f["genre"]]; g[0] += f["n"]; g[1] += f["leaked"]; g[2] += f["keeps"]; g[3] += f["kept"]
        e = bye[f["encoding"]]; e[0] += f["n"]; e[1] += f["leaked"]
    return {"secrets": n, "leaked": l, "recall": 1 - l / n if n else 1, "keeps": k, "kept": kt, "keep_rate": kt / k if k else 1,
            "by_kind": {x: {"n": byk[x], "leaked": lk[x], "recall": 1 - lk[x] / byk[x]} for x in sorted(byk)},
            "by_genre": {g: {"n": v[0], "leaked": v[1], "recall": 1 - v[1] / v[0] if v[0] else 1, "keeps": v[2], "kept": v[3]} for g, v in sorted(byg.items())},
            "by_encoding": {e: {"n": v[0], "leaked": v[1]} for e, v in sorted(bye.items())},
            "refused": res["refused"], "encoding_issues": res["encoding_issues"]}


if __name__ == "__main__":
    sys.path.insert(0, ROOT)
    a = sys.argv[1:]
    outdir = a[0]
    corpus = a[a.index("--corpus") + 1] if "--corpus" in a else os.path.join(ROOT, "corpus")
    res = score(outdir, corpus)
    summ = summarise(res)
    if "--json" in a:
        json.dump({"summary": summ, "misses": res["misses"], "lost_keeps": res["lost_keeps"]}, open(a[a.index("--json") + 1], "w"), indent=1, ensure_ascii=False)
    if "--misses" in a:
        json.dump(res["misses"], open(a[a.index("--misses") + 1], "w"), indent=1, ensure_ascii=False)
    print(f"recall {summ['recall']:.2%} ({summ['secrets'] - summ['leaked']}/{summ['secrets']}), keep-rate {summ['keep_rate']:.2%} ({summ['kept']}/{summ['keeps']}), refused {len(summ['refused'])}, encoding issues {len(summ['encoding_issues'])}")
    for k, v in summ["by_kind"].items():
        print(f"  {k:10s} {v['n']:5d} leaked {v['leaked']:4d} recall {v['recall']:.1%}")
