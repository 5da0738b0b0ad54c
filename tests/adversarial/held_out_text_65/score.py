"""Score an output folder against truth.json.
usage: score.py OUTDIR [--json result.json] [--quiet]
Leak rule: an identifier leaks when >= 8 of its characters in order (whole value if shorter) stay readable in any
view of the output (raw; NFKC/digit-folded/format-stripped; HTML/JSON/py/% unescaped; QP; line-prefix stripped;
decoded base64/base32/hex/a85/uu/gzip/zlib/deflate blobs; OCR-confusion folded), or for names/addresses any word
of it stays readable. A missing output counts as refused (safe)."""
import base64, binascii, gzip, html, json, os, re, sys, unicodedata, urllib.parse, zlib

ROOT = "/tmp/ho41/text"
FOLD = str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5", "b": "8", "z": "2"})


def read_any(path, hint):
    b = open(path, "rb").read()
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if b.startswith(bom):
            try:
                return b.decode(enc)
            except UnicodeDecodeError:
                pass
    encs = [hint, "utf-8", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
    if b"\x00" not in b:
        encs = [e for e in encs if not e.startswith("utf-16") and not e.startswith("utf-32")] + ["latin-1"]
    for e in encs:
        try:
            t = b.decode(e)
            if "\x00" in t:
                continue
            return t
        except (UnicodeDecodeError, LookupError):
            continue
    return b.decode("latin-1")


def udigits(s):
    out = []
    for ch in s:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.digit(ch)))
                continue
            except (TypeError, ValueError):
                pass
        cat = unicodedata.category(ch)
        if cat == "Cf" or ch in "\u034f" or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        out.append(ch)
    return "".join(out)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = udigits(s)
    for _ in range(2):
        s = html.unescape(s)
    s = re.sub(r"<[^<>]{0,200}>", "", s)
    s = udigits(s)
    for _ in range(3):
        s = re.sub(r"\\+u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
        s = re.sub(r"\\+x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    s = re.sub(r"\\+[tnr]", " ", s)
    s = udigits(s)
    try:
        s2 = urllib.parse.unquote_plus(s)
    except Exception:
        s2 = s
    return udigits(unicodedata.normalize("NFKC", s2))


def qp(s):
    s = re.sub(r"=\r?\n", "", s)
    return re.sub(r"=([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), s)


PREFIX = re.compile(r"(?m)^[ \t]*(?:>+|#+|//+|--+|;+|\*+|REM\b|rem\b|%+|')[ \t]*")


def btext(b):
    outs = []
    for fn in (lambda x: gzip.decompress(x), lambda x: zlib.decompress(x), lambda x: zlib.decompress(x, -15)):
        try:
            d = fn(b)
            outs.append(d)
        except Exception:
            pass
    res = []
    for x in [b] + outs:
        for enc in ("utf-8", "utf-16-le"):
            try:
                t = x.decode(enc)
                if sum(ch.isprintable() or ch in "\r\n\t" for ch in t) >= 0.85 * max(1, len(t)):
                    res.append(t)
                    if "%3C" in t or "%20" in t:
                        res.append(urllib.parse.unquote(t))
                    break
            except UnicodeDecodeError:
                pass
    return res


def decode_blobs(s):
    out = []
    toks = set()
    for m in re.finditer(r"[A-Za-z0-9+/_-]{8,}={0,2}", s):
        toks.add(m.group(0))
        for p in re.split(r"[/_.-]", m.group(0)):
            if len(p) >= 8:
                toks.add(p)
    for m in re.finditer(r"[A-Z2-7]{8,}=*", s):
        toks.add(m.group(0))
    for t in toks:
        for alt in (t, t.replace("-", "+").replace("_", "/")):
            try:
                b = base64.b64decode(alt + "=" * (-len(alt) % 4), validate=True)
                out += btext(b)
            except Exception:
                pass
        if re.fullmatch(r"[A-Z2-7]+=*", t) and len(t) >= 16:
            try:
                out += btext(base64.b32decode(t + "=" * (-len(t) % 8)))
            except Exception:
                pass
        if re.fullmatch(r"[0-9a-fA-F]+", t) and len(t) % 2 == 0 and len(t) >= 16:
            out += btext(bytes.fromhex(t))
    for m in re.finditer(r"(?:\b[0-9A-Fa-f]{2}[ :]){5,}[0-9A-Fa-f]{2}\b", s):
        try:
            out += btext(bytes.fromhex(re.sub(r"[ :]", "", m.group(0))))
        except Exception:
            pass
    for m in re.finditer(r"<~(.*?)~>", s, re.S):
        try:
            out += btext(base64.a85decode(m.group(0), adobe=True))
        except Exception:
            pass
    for m in re.finditer(r"(?ms)^begin \d{3} \S+\n(.*?)^end", s):
        bb = b""
        for line in m.group(1).splitlines():
            try:
                bb += binascii.a2b_uu(line)
            except Exception:
                pass
        out += btext(bb)
    return out


def norm_keep_tags(s):
    s = unicodedata.normalize("NFKC", s)
    s = udigits(html.unescape(html.unescape(s)))
    for _ in range(3):
        s = re.sub(r"\\+u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return udigits(unicodedata.normalize("NFKC", s))


def views(text):
    v = [text]
    n1 = norm(text)
    v.append(n1)
    v.append(norm_keep_tags(text))
    v.append(re.sub(r"\b0[xX]", "", n1))
    v.append("".join(re.findall(r'"text":"(.)"', text)))
    v.append(qp(text))
    v.append(norm(qp(text)))
    v.append(PREFIX.sub("", n1))
    dec = []
    for s in list(v):
        dec += decode_blobs(s)
    for d in list(dec):
        dec += decode_blobs(norm(d))
    for d in dec:
        v.append(d)
        v.append(norm(d))
    # drop page-stamp lines / form-feed blocks (ombudsman bundle style)
    v.append(re.sub(r"(?m)^\s*BUNDLE .*$", "", n1))
    return v


def compact(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


def windows(t, n=8):
    if len(t) <= n:
        return [t]
    return [t[i:i + n] for i in range(len(t) - n + 1)]


def target(d):
    k, v = d["kind"], d["value"]
    if k in ("name", "address"):
        return None
    if k == "email":
        return compact(v.split("@")[0]) + "@" + compact(v.split("@")[1])
    return compact(unicodedata.normalize("NFKC", v))


def word_leak(words, vs, cvs):
    for w in words:
        wl = w.lower()
        for s in vs:
            if re.search(r"(?<![\w])" + re.escape(wl) + r"(?![\w])", s.lower()):
                return w, s
        wc = compact(w)
        if len(wc) >= 6:
            for s in cvs:
                if wc in s:
                    return w, "(compact view)"
    return None


def ctx(s, needle, width=60):
    i = s.lower().find(needle.lower())
    if i < 0:
        return None
    return s[max(0, i - width): i + len(needle) + width].replace("\n", "\\n")


def score(outdir, truth, report_refused=None):
    files = {f[:4]: f for f in os.listdir(outdir)} if os.path.isdir(outdir) else {}
    res = dict(ids=[], keeps=[], missing=[])
    for t in truth:
        of = files.get(t["fid"])
        if of is None:
            res["missing"].append(t["file"])
            for d in t["ids"]:
                res["ids"].append(dict(d, file=t["file"], genre=t["genre"], leaked=False, refused=True))
            for kp in t["keeps"]:
                res["keeps"].append(dict(kp, file=t["file"], kept=None))
            continue
        text = read_any(os.path.join(outdir, of), t["encoding"])
        vs = views(text)
        cvs = [compact(s) for s in vs]
        fcvs = [s.translate(FOLD) for s in cvs]
        fn_vs = [of, norm(of)]
        for d in t["ids"]:
            if d.get("where") == "filename":
                V, CV, FCV = fn_vs, [compact(x) for x in fn_vs], [compact(x).translate(FOLD) for x in fn_vs]
            else:
                V, CV, FCV = vs, cvs, fcvs
            leaked, remnant = False, None
            tg = target(d)
            if tg is None:
                r = word_leak(d["words"], V, CV)
                if r:
                    leaked = True
                    w, s = r
                    remnant = "word %r: %s" % (w, ctx(s, w) if s != "(compact view)" else s)
            else:
                if d.get("alt"):
                    for alt in d["alt"]:
                        for w in windows(compact(alt)):
                            hit = next((i for i, s in enumerate(CV) if w in s), None)
                            if hit is not None:
                                leaked, remnant = True, "alternate form window %r (view %d)" % (w, hit)
                                break
                        if leaked:
                            break
                if leaked:
                    wl = []
                elif d["kind"] == "email":
                    loc, dom = tg.split("@")
                    wl = [w for i, w in enumerate(windows(loc + dom)) if i < len(loc)]
                else:
                    wl = windows(tg)
                for w in wl:
                    hit = next((i for i, s in enumerate(CV) if w in s), None)
                    if hit is None:
                        fw = w.translate(FOLD)
                        hit = next((i for i, s in enumerate(FCV) if fw in s), None)
                        if hit is not None:
                            leaked, remnant = True, "ocr-folded window %r" % w
                            break
                    else:
                        leaked = True
                        rv = d["needle"] if d["needle"] in text else None
                        remnant = "window %r (view %d)%s" % (w, hit, "; original form still verbatim in output" if rv else "")
                        # show context in best human view
                        for s in V:
                            c = ctx(s, d["value"][:8]) if d["value"][:8].lower() in s.lower() else None
                            if c:
                                remnant += " ctx: " + c
                                break
                        break
            res["ids"].append(dict(d, file=t["file"], genre=t["genre"], leaked=leaked, refused=False, remnant=remnant))
        for kp in t["keeps"]:
            kept = re.search(r"(?<![0-9A-Za-z])" + re.escape(kp["value"]) + r"(?![0-9A-Za-z])", text) is not None
            res["keeps"].append(dict(kp, file=t["file"], kept=kept))
    return res


def summarize(res, quiet=False):
    ids = res["ids"]
    n = len(ids)
    leaks = [d for d in ids if d["leaked"]]
    ref = [d for d in ids if d["refused"]]
    keeps = [k for k in res["keeps"] if k["kept"] is not None]
    lost = [k for k in keeps if not k["kept"]]
    print(f"identifier occurrences: {n}  leaked: {len(leaks)}  recall: {100.0 * (n - len(leaks)) / max(1, n):.2f}%  (refused-as-safe: {len(ref)})")
    vals = {}
    for d in ids:
        vals.setdefault((d["file"], d["kind"], d["value"]), []).append(d["leaked"])
    lv = sum(1 for x in vals.values() if any(x))
    print(f"unique values per file: {len(vals)}  with any leak: {lv}  value-recall: {100.0 * (len(vals) - lv) / max(1, len(vals)):.2f}%")
    print(f"keeps: {len(keeps)}  lost: {len(lost)}  keep-rate: {100.0 * (len(keeps) - len(lost)) / max(1, len(keeps)):.2f}%  (keeps in refused/missing files: {len(res['keeps']) - len(keeps)})")
    print("missing outputs (refused?):", len(res["missing"]), res["missing"][:50])
    by = {}
    for d in ids:
        b = by.setdefault(d["kind"], [0, 0]); b[0] += 1; b[1] += d["leaked"]
    print("by kind: " + "; ".join(f"{k} {v[0]-v[1]}/{v[0]}" for k, v in sorted(by.items())))
    bk = {}
    for k in keeps:
        b = bk.setdefault(k["type"], [0, 0]); b[0] += 1; b[1] += (not k["kept"])
    print("keeps by type: " + "; ".join(f"{k} {v[0]-v[1]}/{v[0]}" for k, v in sorted(bk.items())))
    if not quiet:
        for d in leaks:
            print(f"LEAK {d['file']} {d['kind']} form={d['form']} value={d['value']!r} :: {d['remnant']}")
        for k in lost:
            print(f"LOST {k['file']} {k['type']} {k['value']}")


if __name__ == "__main__":
    outdir = sys.argv[1]
    truth = json.load(open(ROOT + "/truth.json"))
    res = score(outdir, truth)
    if "--json" in sys.argv:
        json.dump(res, open(sys.argv[sys.argv.index("--json") + 1], "w"), indent=1, ensure_ascii=False)
    summarize(res, quiet="--quiet" in sys.argv)
