#!/usr/bin/env python3
"""Score an Attest redaction of the held-out text corpus.

usage: score.py OUTDIR [--report attest_report.json] [--json results.json]
       score.py --selftest      (null redaction = corpus itself must leak everything;
                                 perfect redaction = forms replaced must leak nothing and keep everything)
"""
import sys, os, re, json, html, base64, binascii, quopri, unicodedata, urllib.parse, collections

HERE = "/tmp/ho33/text"
CORPUS = os.path.join(HERE, "corpus")
TRUTH = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))

BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")]
DECL = {"utf-16": "utf-16-le", "utf-16-be-bom": "utf-16-be", "utf-32": "utf-32-le", "utf-32-be-bom": "utf-32-be",
        "utf-8-sig": "utf-8"}


def decode(data, declared):
    for b, e in BOMS:
        if data.startswith(b):
            try:
                return data[len(b):].decode(e), e + "+bom"
            except UnicodeDecodeError:
                pass
    cands = [DECL.get(declared, declared), "utf-8", "cp1252", "latin-1"]
    for e in cands:
        try:
            t = data.decode(e)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" in t and e not in ("latin-1",):
            continue
        return t, e
    return data.decode("latin-1"), "latin-1"


def strip_cf(t):
    return "".join(ch for ch in t if not (unicodedata.category(ch) in ("Cf", "Mn") or 0xFE00 <= ord(ch) <= 0xFE0F))


def to_ascii_digits(t):
    out = []
    for ch in t:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except (TypeError, ValueError):
                pass
        out.append(ch)
    return "".join(out)


B64RE = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")
HEXRE = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Fa-f])")
XXD = re.compile(r"^[0-9a-f]{8}: ((?:[0-9a-f]{2,4} ?)+)", re.M)


def b64dec(s):
    out = []
    for cand in (s, s + "=" * (-len(s) % 4)):
        for f in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                b = f(cand)
            except Exception:
                continue
            for e in ("utf-8", "utf-16", "latin-1"):
                try:
                    out.append(b.decode(e)); break
                except Exception:
                    pass
    return " ".join(out)


def views(t):
    v = [t]
    v.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
    v.append(html.unescape(t))
    try:
        v.append(urllib.parse.unquote(t))
    except Exception:
        pass
    try:
        v.append(quopri.decodestring(t.encode("utf-8", "ignore")).decode("utf-8", "ignore"))
    except Exception:
        pass
    dec = []
    for m in B64RE.finditer(t):
        dec.append(b64dec(m.group(0)))
    # consecutive base64 lines (MIME)
    block = []
    for line in t.splitlines() + [""]:
        if re.fullmatch(r"[A-Za-z0-9+/=]{8,}", line.strip()):
            block.append(line.strip())
        else:
            if len(block) > 1:
                dec.append(b64dec("".join(block)))
            block = []
    for m in HEXRE.finditer(t):
        try:
            dec.append(bytes.fromhex(m.group(0)).decode("utf-8", "ignore"))
        except Exception:
            pass
    xx = "".join(m.group(1).replace(" ", "") for m in XXD.finditer(t))
    if xx:
        try:
            dec.append(bytes.fromhex(xx).decode("utf-8", "ignore"))
        except Exception:
            pass
    v.append("\n".join(dec))
    return [strip_cf(unicodedata.normalize("NFKC", to_ascii_digits(x))) for x in v]


def norm(s):
    s = strip_cf(unicodedata.normalize("NFKC", to_ascii_digits(s))).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def windows(val, n=8):
    if len(val) <= n:
        return {val}
    return {val[i:i + n] for i in range(len(val) - n + 1)}


def secret_norm(sec):
    if sec["kind"] == "email":
        return norm(sec["value"].split("@")[0])
    if sec["kind"] in ("name", "address"):
        return None
    return norm(sec["value"])


def leaked(sec, vws, nviews, others):
    if sec["kind"] in ("name", "address"):
        for tok in sec["tokens"]:
            rx = re.compile(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", re.I)
            for x in vws:
                m = rx.search(x)
                if m:
                    return tok
        return None
    val = secret_norm(sec)
    ws = windows(val)
    amb = set()
    for o in others:
        if o and o != val:
            amb |= windows(o)
    ws2 = ws - amb
    if not ws2:
        ws2 = {val}
    for w in sorted(ws2):
        for nv in nviews:
            if w in nv:
                return w
    return None


def score_text(fentry, text):
    vws = views(text)
    nviews = [norm(x) for x in vws]
    others = [secret_norm(s) for s in fentry["secrets"] if s.get("where") != "filename"]
    res = []
    for s in fentry["secrets"]:
        if s.get("where") == "filename":
            continue
        res.append((s, leaked(s, vws, nviews, others)))
    kres = [(k, k in text) for k in fentry["keeps"]]
    return res, kres


def context(text, form, n=60):
    i = text.find(form)
    if i < 0:
        return None
    a = max(0, i - n // 2)
    return text[a:i + len(form) + n // 2]


def selftest():
    bad = 0
    for f in TRUTH["files"]:
        data = open(os.path.join(CORPUS, f["file"]), "rb").read()
        text, enc = decode(data, f["encoding"])
        res, kres = score_text(f, text)
        for s, l in res:
            if not l:
                print("NULL-REDACTION NOT SEEN:", f["file"], s); bad += 1
        for k, ok in kres:
            if not ok:
                print("KEEP NOT IN ORIGINAL:", f["file"], k); bad += 1
        sim = text
        if any(s.get("encoded") == "qp" for s in f["secrets"]):
            sim = quopri.decodestring(sim.encode("utf-8")).decode("utf-8")
        for s in sorted(f["secrets"], key=lambda s: -len(s["form"])):
            if s.get("where") == "filename":
                continue
            if s["form"] not in text and s["form"] not in sim:
                print("FORM NOT IN TEXT:", f["file"], s["form"][:80]); bad += 1
            sim = sim.replace(s["form"], "[X]")
        res, kres = score_text(f, sim)
        for s, l in res:
            if l:
                print("PERFECT-REDACTION STILL LEAKS:", f["file"], s["kind"], s["value"], "window", l); bad += 1
        for k, ok in kres:
            if not ok:
                print("PERFECT-REDACTION LOSES KEEP:", f["file"], k); bad += 1
    print("selftest problems:", bad)


def main():
    if sys.argv[1] == "--selftest":
        return selftest()
    out = sys.argv[1]
    rep = None
    if "--report" in sys.argv:
        rep = json.load(open(sys.argv[sys.argv.index("--report") + 1]))
    outmap = {}
    if rep:
        names = sorted(f["file"] for f in TRUTH["files"])
        for fr in rep.get("files", []):
            outmap[names[fr["input"] - 1]] = fr.get("output")
    tot = collections.Counter(); hit = collections.Counter()
    kt = 0; kk = 0
    opt_t = opt_h = 0
    misses = []; lost = []; encchg = collections.Counter(); missing_out = []
    by = {k: (collections.Counter(), collections.Counter()) for k in ("kind", "cls", "genre")}
    for f in TRUTH["files"]:
        op = outmap.get(f["file"]) or os.path.join(out, f["file"])
        orig_text, _ = decode(open(os.path.join(CORPUS, f["file"]), "rb").read(), f["encoding"])
        if not op or not os.path.exists(op):
            missing_out.append(f["file"])
            text = None
        else:
            text, oenc = decode(open(op, "rb").read(), f["encoding"])
            ienc = decode(open(os.path.join(CORPUS, f["file"]), "rb").read(), f["encoding"])[1]
            if oenc != ienc:
                encchg["%s -> %s" % (ienc, oenc)] += 1
        for s in f["secrets"]:
            if s.get("where") == "filename":
                l = os.path.basename(op) if (op and os.path.exists(op) and norm(s["value"]) in norm(os.path.basename(op))) else None
                r = [(s, l)]
            else:
                continue
            for s2, l2 in r:
                _acc(s2, l2, f, tot, hit, by, misses, orig_text, os.path.basename(op) if op else "")
        if text is None:
            for s in f["secrets"]:
                if s.get("where") != "filename":
                    _acc(s, "NO OUTPUT FILE", f, tot, hit, by, misses, orig_text, "")
            for k in f["keeps"]:
                kt += 1; lost.append((f["file"], k, "no output"))
            continue
        res, kres = score_text(f, text)
        for s, l in res:
            if s.get("optional"):
                opt_t += 1; opt_h += (l is None)
                if l:
                    misses.append({"file": f["file"], "genre": f["genre"], "kind": s["kind"], "cls": s["cls"], "value": s["value"], "left": l,
                                   "optional": True, "context": (context(orig_text, s["form"]) or "")})
                continue
            _acc(s, l, f, tot, hit, by, misses, orig_text, text)
        for k, ok in kres:
            kt += 1; kk += ok
            if not ok:
                lost.append((f["file"], k, context(orig_text, k)))
    T = sum(tot.values()); H = sum(hit.values())
    print("files %d  secrets %d  recall %.2f%% (%d missed)  keeps %d  keep-rate %.2f%% (%d lost)" % (
        len(TRUTH["files"]), T, 100.0 * H / T, T - H, kt, 100.0 * kk / max(kt, 1), kt - kk))
    print("optional (13-digit with wrong check digit in MPAN context): masked %d/%d" % (opt_h, opt_t))
    for key in ("kind", "cls"):
        print("\nby %s:" % key)
        t, h = by[key]
        for k in sorted(t, key=lambda k: (h[k] / t[k], k)):
            print("  %-26s %4d/%-4d %6.1f%%" % (k, h[k], t[k], 100.0 * h[k] / t[k]))
    print("\noutput encodings differing from input:", dict(encchg))
    print("missing outputs:", missing_out)
    res = {"recall": H / T, "secrets": T, "missed": T - H, "keeps": kt, "keep_rate": kk / max(kt, 1), "misses": misses,
           "lost_keeps": [{"file": a, "keep": b, "context": c} for a, b, c in lost], "encoding_changes": dict(encchg)}
    if "--json" in sys.argv:
        json.dump(res, open(sys.argv[sys.argv.index("--json") + 1], "w"), indent=1, ensure_ascii=False)
    print("\nMISSES:")
    for m in misses:
        print(" %s | %s | %s | %r | left %r | ctx %r" % (m["file"], m["kind"], m["cls"], m["value"], m["left"], m["context"]))
    print("\nLOST KEEPS:")
    for a, b, c in lost:
        print(" %s | %r | ctx %r" % (a, b, c))


def _acc(s, l, f, tot, hit, by, misses, orig_text, text):
    tot[s["kind"]] += 1
    ok = l is None
    hit[s["kind"]] += ok
    for key, val in (("kind", s["kind"]), ("cls", s["cls"]), ("genre", f["genre"])):
        by[key][0][val] += 1; by[key][1][val] += ok
    if not ok:
        misses.append({"file": f["file"], "genre": f["genre"], "kind": s["kind"], "cls": s["cls"], "value": s["value"], "left": l,
                       "context": context(orig_text, s["form"]) or s["form"][:80]})


if __name__ == "__main__":
    main()
