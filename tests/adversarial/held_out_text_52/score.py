#!/tmp/venv/bin/python
"""Score Attest's redacted copies against truth.json.
usage: score.py CORPUS_DIR OUT_DIR [--json RESULT.json] [--selftest]
  --selftest: score the corpus against itself (every secret must be found = truth check)"""
import sys, os, re, json, html, base64, binascii, quopri, unicodedata, urllib.parse, codecs

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"[\s.\-_,:+/>#=|]+")
WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}

def decode(raw, enc):
    base, _, bom = enc.partition("+")
    if base == "utf-8-sig":
        return raw.decode("utf-8-sig")
    t = raw.decode(base)
    if t.startswith("\ufeff"):
        t = t[1:]
    return t

def decode_out(raw, enc):
    try:
        return decode(raw, enc), enc
    except Exception:
        pass
    for b, e in [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                 (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]:
        if raw.startswith(b):
            return raw.decode(e), e
    try:
        return raw.decode("utf-8"), "utf-8"
    except Exception:
        return raw.decode("cp1252", "replace"), "cp1252?"

def strip_invis(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        cat = unicodedata.category(c)
        if cat in ("Cf", "Mn", "Me"):
            continue
        if c.isdigit() and not ("0" <= c <= "9"):
            try:
                c = str(unicodedata.digit(c))
            except Exception:
                pass
        out.append(c)
    return "".join(out)

def words_to_digits(s):
    toks = re.split(r"(\s+)", s)
    out = []; dbl = False
    for t in toks:
        lw = t.lower().strip().strip(".,")
        if not lw:
            out.append(t); continue
        if lw == "double":
            dbl = True; continue
        if lw in WORDS:
            out.append(WORDS[lw] * (2 if dbl else 1)); dbl = False
        else:
            if dbl: out.append("double")
            dbl = False; out.append(t)
    return "".join(out)

def ocr_fix(s):
    def f(mo):
        t = mo.group(0)
        if sum(ch.isdigit() for ch in t) >= 8:
            return t.translate(str.maketrans("OolI", "0011"))
        return t
    return re.sub(r"[0-9OolI]{10,}", f, s)

def views(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    v = [t]
    v.append(html.unescape(re.sub(r"<[^>]{0,200}>", "", t)))
    try:
        v.append(quopri.decodestring(t.encode("utf-8", "replace")).decode("utf-8", "replace"))
    except Exception:
        pass
    v.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t))
    v.append(urllib.parse.unquote_plus(t))
    # base64 / base64url blobs (possibly wrapped)
    joined = re.sub(r"([A-Za-z0-9+/=_-]{20,})\n(?=[A-Za-z0-9+/=_-]{4,})", r"\1", t)
    for m in re.finditer(r"[A-Za-z0-9+/_-]{8,}={0,2}", joined):
        b = m.group(0)
        for fn in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                x = fn(b + "=" * (-len(b) % 4))
                v.append(x.decode("utf-8", "replace")); v.append(x.decode("utf-16-le", "replace"))
            except Exception:
                pass
    for m in re.finditer(r"(?:[0-9a-fA-F]{2}){8,}", t):
        try:
            v.append(binascii.unhexlify(m.group(0)).decode("utf-8", "replace"))
        except Exception:
            pass
    for m in re.finditer(r"(?:[0-9a-fA-F]{2},){6,}[0-9a-fA-F]{2}", t):   # .reg hex lists
        x = bytes(int(h, 16) for h in m.group(0).split(","))
        v.append(x.decode("utf-16-le", "replace")); v.append(x.decode("latin-1"))
    base = list(v)
    for s in base:
        v.append(s.replace("=\n", "").replace("\n", ""))
    v.append(words_to_digits(t)); v.append(ocr_fix(t))
    return [strip_invis(s) for s in v]

def norm(s):
    return SEP.sub("", s).lower()

DIGITISH = {"mpan", "mpan_badcheck", "mprn", "eserial", "gserial", "eui", "phone", "postcode"}

def secret_left(sec, vs, nvs):
    k = sec["kind"]; val = sec["value"]
    if k in DIGITISH:
        nv = norm(strip_invis(val))
        w = min(8, len(nv))
        for j in range(0, len(nv) - w + 1):
            win = nv[j:j + w]
            for idx, nvv in enumerate(nvs):
                if win in nvv:
                    return win, idx
        return None
    if k == "email":
        loc = norm(val.split("@")[0]) + "@"
        for idx, nvv in enumerate(nvs):
            if loc in nvv:
                return loc, idx
        return None
    # name / address: any full token left (whole word, case-insensitive)
    for tok in sec["tokens"]:
        pat = re.compile(r"(?<![^\W\d_])" + re.escape(strip_invis(tok)) + r"(?![^\W\d_])", re.I)
        for idx, vv in enumerate(vs):
            if pat.search(vv):
                return tok, idx
    return None

def context(text, needle, width=30):
    # find needle allowing separators between characters
    pat = r"[\W_]{0,6}".join(re.escape(c) for c in needle)
    m = re.search(pat, text, re.I)
    if not m:
        return None
    a = max(0, m.start() - width); b = min(len(text), m.end() + width)
    return text[a:b].replace("\n", "⏎").replace("\t", "→")

def main():
    args = sys.argv[1:]
    selftest = "--selftest" in args
    jout = None
    if "--json" in args:
        jout = args[args.index("--json") + 1]
    pos = [a for a in args if not a.startswith("--") and a != jout]
    corpus, outdir = pos[0], (pos[1] if len(pos) > 1 else pos[0])
    truth = json.load(open(os.path.join(HERE, "truth.json")))
    res = {"secrets": {}, "keeps": {}, "misses": [], "lost_keeps": [], "enc_changed": [], "missing_files": []}
    for f in truth["files"]:
        inp = decode(open(os.path.join(corpus, f["file"]), "rb").read(), f["encoding"]).replace("\r\n", "\n").replace("\r", "\n")
        op = os.path.join(outdir, f["file"])
        if not os.path.exists(op):
            res["missing_files"].append(f["file"]); out = ""; oenc = None
        else:
            out, oenc = decode_out(open(op, "rb").read(), f["encoding"])
            out = out.replace("\r\n", "\n").replace("\r", "\n")
            if oenc != f["encoding"]:
                res["enc_changed"].append((f["file"], f["encoding"], oenc))
        vs = views(out); nvs = [norm(x) for x in vs]
        for s in f["secrets"]:
            st = res["secrets"].setdefault(s["kind"], [0, 0])
            st[1] += 1
            left = secret_left(s, vs, nvs)
            if left is None:
                st[0] += 1
            else:
                ctx = None
                for vv in vs:
                    ctx = context(vv, left[0])
                    if ctx: break
                res["misses"].append({"file": f["file"], "genre": f["genre"], "kind": s["kind"], "value": s["value"],
                                      "note": s.get("note", ""), "left": left[0], "view": left[1], "context": ctx})
        # secret spans in input
        spans = []
        for s in f["secrets"]:
            for part in (s.get("written_as") or s["written"]).split("|"):
                if len(part) < 2: continue
                for m in re.finditer(re.escape(part), inp):
                    spans.append((m.start(), m.end()))
        seen = set()
        for k in f["keeps"]:
            key = (k["value"], k["cls"])
            if key in seen: continue
            seen.add(key)
            occ = [m.start() for m in re.finditer(re.escape(k["value"]), inp)]
            free = [o for o in occ if not any(a < o + len(k["value"]) and o < b for a, b in spans)]
            if not free:
                continue
            st = res["keeps"].setdefault(k["cls"], [0, 0])
            st[1] += 1
            if out.count(k["value"]) >= len(free):
                st[0] += 1
            else:
                o = free[0]
                res["lost_keeps"].append({"file": f["file"], "genre": f["genre"], "cls": k["cls"], "value": k["value"],
                                          "context_in": inp[max(0, o - 30): o + len(k["value"]) + 30].replace("\n", "⏎").replace("\t", "→")})
    tot = [sum(v[0] for v in res["secrets"].values()), sum(v[1] for v in res["secrets"].values())]
    print("SECRETS redacted %d/%d = %.2f%%" % (tot[0], tot[1], 100.0 * tot[0] / max(1, tot[1])))
    for k, v in sorted(res["secrets"].items()):
        print("  %-14s %4d/%4d  %.1f%%" % (k, v[0], v[1], 100.0 * v[0] / v[1]))
    strict = [(k, v) for k, v in res["secrets"].items() if k != "mpan_badcheck"]
    st = [sum(v[0] for k, v in strict), sum(v[1] for k, v in strict)]
    print("  (excluding optional mpan_badcheck: %d/%d = %.2f%%)" % (st[0], st[1], 100.0 * st[0] / max(1, st[1])))
    for k, v in sorted(res["keeps"].items()):
        print("KEEPS %-10s %4d/%4d  %.2f%%" % (k, v[0], v[1], 100.0 * v[0] / v[1]))
    kk = [sum(v[0] for k, v in res["keeps"].items() if k != "account"), sum(v[1] for k, v in res["keeps"].items() if k != "account")]
    print("KEEPS excl. account %d/%d = %.2f%%" % (kk[0], kk[1], 100.0 * kk[0] / max(1, kk[1])))
    print("misses:", len(res["misses"]), " lost keeps:", len(res["lost_keeps"]), " output encoding changed:", len(res["enc_changed"]),
          " missing outputs:", len(res["missing_files"]))
    if jout:
        json.dump(res, open(jout, "w"), indent=1, ensure_ascii=False)

main()
