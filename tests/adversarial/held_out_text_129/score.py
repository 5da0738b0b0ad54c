#!/usr/bin/env python3
"""Score redacted copies against truth.json.

Usage: score.py TRUTH CORPUS OUTDIR [--json R] [--echo FILE ...]

Leak rule (per file, per planted identifier instance):
  * baseline = original decoded text with every planted secret surface cut out.
  * non-word kinds (mpan, mprn, elec_serial, gas_serial, eui64, postcode, phone, account): the canonical
    value reduced to [0-9A-Z] (upper case); its 8-char windows (the whole value if shorter). For each window
    w, excess(w) = count(w in reduced output) - count(w in reduced baseline) (overlapping counts).
    Instances of that value leaked = clamp(max_w excess(w), 0, planted instances of the value).
  * email: the local part followed by '@' (or ' at ', '(at)', '[at]', '%40', '&#64;') counted case-insensitively
    in output vs baseline; the whole address likewise; the excess is the number of leaked instances.
  * name / address: words of 3+ letters from the planted surfaces of that value (titles dropped; for addresses
    street-type words, 'Flat', 'The' and a trailing town segment dropped). excess(word) = whole-word
    case-insensitive count in output - count in baseline; leaked = clamp(max excess, 0, instances).
  * keep: each distinct keep surface must occur in the output at least as often as in the original
    (verbatim); lost = shortfall.
"""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

BOMS = [("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]
BOMD = dict(BOMS)
NONWORD = {"mpan", "mprn", "elec_serial", "gas_serial", "eui64", "postcode", "phone", "account"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx", "prof", "sir"}
STYPES = {"road", "street", "avenue", "lane", "close", "crescent", "terrace", "drive", "way", "grove", "court",
          "place", "gardens", "row", "walk", "mews", "rise", "view", "flat", "the", "hill", "brow"}


def red(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", s)


def cnt(hay, needle):
    if not needle:
        return 0
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def wcount(text, word):
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", text, flags=re.I))


def decode(raw, codec, bom):
    if bom:
        b = BOMD[codec]
        if raw.startswith(b):
            return raw[len(b):].decode(codec), True
    else:
        try:
            t = raw.decode(codec)
            if not t.startswith("\ufeff"):
                return t, True
        except UnicodeDecodeError:
            pass
    for c, b in BOMS:
        if raw.startswith(b):
            return raw[len(b):].decode(c, errors="replace"), False
    for c in ("utf-8", codec):
        try:
            return raw.decode(c), False
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", errors="replace"), False


def find_out(outdir, name):
    p = os.path.join(outdir, name)
    if os.path.exists(p):
        return p
    stem = os.path.splitext(name)[0]
    for root, _, files in os.walk(outdir):
        for fn in files:
            if fn == name or fn.startswith(stem):
                return os.path.join(root, fn)
    return None


def name_words(kind, surface):
    words = []
    if kind == "address":
        segs = [s.strip() for s in surface.split(",")]
        if len(segs) >= 2 and not re.search(r"\d", segs[-1]):
            segs = segs[:-1]
        surface = ", ".join(segs)
    for w in re.findall(r"[^\W\d_]+", surface):
        if len(w) >= 3 and w.lower() not in TITLES and not (kind == "address" and w.lower() in STYPES):
            words.append(w)
    return words


def shape(s):
    s = re.sub(r"[0-9]+", "9", s)
    s = re.sub(r"[A-Z]+", "A", s)
    s = re.sub(r"[a-z]+", "a", s)
    return s.replace("\u00a0", "<nbsp>")


def context(text, surface, w=60):
    i = text.find(surface)
    if i < 0:
        return ""
    return text[max(0, i - w):i + len(surface) + w].replace("\r", "").replace("\n", " \u23ce ")


def score(truth, cdir, outdir):
    res = {"files": [], "misses": [], "lost_keeps": []}
    for fe in truth["files"]:
        raw = open(os.path.join(cdir, fe["file"]), "rb").read()
        orig, _ = decode(raw, fe["codec"], fe["bom"])
        op = find_out(outdir, fe["file"])
        fr = {"file": fe["file"], "genre": fe["genre"], "codec": fe["codec"] + ("+BOM" if fe["bom"] else ""),
              "newline": fe["newline"], "output": op, "secrets": 0, "leaked": 0, "keeps": 0, "lost": 0}
        if op is None:
            out, enc_ok = "", False
            fr["missing_output"] = True
        else:
            oraw = open(op, "rb").read()
            out, enc_ok = decode(oraw, fe["codec"], fe["bom"])
            nl_ok = ("\r\n" in out) == (fe["newline"] == "crlf")
            fr["encoding_preserved"] = enc_ok and nl_ok
        base = orig
        for s in sorted(fe["secrets"], key=lambda s: -len(s["surface"])):
            base = base.replace(s["surface"], "\u2063")
        rout, rbase = red(out), red(base)
        lout, lbase = out.lower(), base.lower()
        groups = defaultdict(list)
        for s in fe["secrets"]:
            groups[(s["kind"], s["value"])].append(s)
        for (kind, value), insts in groups.items():
            n = len(insts)
            if kind in NONWORD:
                key = red(value)
                wins = [key] if len(key) <= 8 else [key[i:i + 8] for i in range(len(key) - 7)]
                ex = max(cnt(rout, w) - cnt(rbase, w) for w in wins)
            elif kind == "email":
                loc = value.split("@")[0].lower()
                pat = re.escape(loc) + r"\s*(@|\(at\)|\[at\]| at |%40|&#64;|&#x40;)"
                ex = max(len(re.findall(pat, lout)) - len(re.findall(pat, lbase)),
                         cnt(lout, value.lower()) - cnt(lbase, value.lower()))
            else:
                words = sorted({w for s in insts for w in name_words(kind, s["surface"])})
                ex = max([wcount(out, w) - wcount(base, w) for w in words] or [0])
            leaked = max(0, min(n, ex))
            fr["secrets"] += n
            fr["leaked"] += leaked
            for s in insts[:leaked] if leaked < n else insts:
                pass
            for j, s in enumerate(insts):
                rec = {"file": fe["file"], "genre": fe["genre"], "codec": fr["codec"], "kind": kind,
                       "value": value, "surface": s["surface"], "shape": shape(s["surface"]), "leaked": j < leaked}
                res.setdefault("instances", []).append(rec)
                if j < leaked:
                    m = dict(rec)
                    m["context"] = context(orig, s["surface"])
                    res["misses"].append(m)
        kc = Counter(k["surface"] for k in fe["keeps"])
        for surf in kc:
            n = cnt(orig, surf)
            m = cnt(out, surf)
            lost = max(0, n - m)
            fr["keeps"] += n
            fr["lost"] += lost
            if lost:
                kind = next(k["kind"] for k in fe["keeps"] if k["surface"] == surf)
                res["lost_keeps"].append({"file": fe["file"], "kind": kind, "surface": surf, "orig": n, "out": m,
                                          "context": context(orig, surf)})
        res["files"].append(fr)
    S = sum(f["secrets"] for f in res["files"])
    L = sum(f["leaked"] for f in res["files"])
    K = sum(f["keeps"] for f in res["files"])
    KL = sum(f["lost"] for f in res["files"])
    res["summary"] = {"files": len(res["files"]), "genres": len({f["genre"] for f in res["files"]}),
                      "identifiers": S, "leaked": L, "recall": round(100 * (S - L) / S, 2) if S else None,
                      "keeps": K, "keeps_lost": KL, "keep_rate": round(100 * (K - KL) / K, 2) if K else None,
                      "outputs_missing": sum(1 for f in res["files"] if f.get("missing_output")),
                      "encoding_preserved": sum(1 for f in res["files"] if f.get("encoding_preserved"))}
    return res


def echo_check(truth, paths):
    hits = []
    blobs = []
    for p in paths:
        try:
            blobs.append((p, open(p, "rb").read().decode("utf-8", errors="replace")))
        except OSError:
            pass
    for fe in truth["files"]:
        for s in fe["secrets"]:
            for p, t in blobs:
                if s["kind"] in NONWORD and len(red(s["value"])) >= 7:
                    if red(s["value"]) in red(t):
                        hits.append((p, fe["file"], s["kind"], s["value"]))
                elif s["surface"] in t and len(s["surface"]) >= 6:
                    hits.append((p, fe["file"], s["kind"], s["surface"]))
    return hits


def main(argv):
    args = argv[1:]
    jpath = None
    echo = []
    if "--echo" in args:
        i = args.index("--echo")
        echo = args[i + 1:]
        args = args[:i]
    if "--json" in args:
        i = args.index("--json")
        jpath = args[i + 1]
        args = args[:i] + args[i + 2:]
    tp, cdir, outdir = args
    truth = json.load(open(tp, encoding="utf-8"))
    res = score(truth, cdir, outdir)
    if echo:
        res["echo_hits"] = [list(h) for h in echo_check(truth, echo)]
        res["summary"]["echo_hits"] = len(res["echo_hits"])
    print(json.dumps(res["summary"], indent=1))
    if jpath:
        json.dump(res, open(jpath, "w", encoding="utf-8"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
