"""Score Attest output against truth.  usage: score.py TRUTH.json CORPUSDIR OUTDIR [REPORT.json] [--orig]
Leak: 8+ alnum chars of the identifier in order readable in some decoded view of the output (shorter ids: all of
them); names/addresses: any distinctive word.  Keeps: whole token still present."""
import sys, os, re, json, html, base64, binascii, quopri, unicodedata, urllib.parse, collections

GENERIC = {"road", "street", "avenue", "close", "lane", "crescent", "drive", "way", "gardens", "terrace", "mews", "row", "grove",
           "place", "flat", "the", "old", "house", "cottage", "view", "de", "la", "ap", "ab", "van", "der", "le", "st", "ni",
           "della", "apartment", "unit", "bridge", "abbot", "market", "newton", "john", "zouch", "stephen", "ffordd", "bishop"}


def decode_bytes(b, enc):
    if b.startswith(b"\xff\xfe\x00\x00"):
        return b[4:].decode("utf-32-le", "replace")
    if b.startswith(b"\x00\x00\xfe\xff"):
        return b[4:].decode("utf-32-be", "replace")
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le", "replace")
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace")
    base = enc.replace("-bom", "").replace("-sig", "")

    def sane(t):
        odd = sum(1 for c in t if c == "\x00" or 0x3000 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7FF or 0xE000 <= ord(c) <= 0xF8FF)
        return odd <= 0.02 * max(len(t), 1)
    for e in [base, "utf-8"]:
        try:
            t = b.decode(e)
            if sane(t):
                return t
        except Exception:
            pass
    cands = []
    for e in [base, "utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252"]:
        try:
            t = b.decode(e, "replace")
        except Exception:
            continue
        bad = sum(1 for c in t if c in "\x00\ufffd" or (ord(c) > 0x2FFF and not (0xFF00 <= ord(c) <= 0xFFEF)))
        cands.append((bad, e != base, t))
    cands.sort(key=lambda x: (x[0], x[1]))
    return cands[0][2]


FMT = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff0-\ufff8]")


def unidigits(t):
    out = []
    for c in t:
        if ord(c) > 127:
            d = unicodedata.decimal(c, None)
            if d is not None:
                out.append(str(d))
                continue
        out.append(c)
    return "".join(out)


def printable(s):
    return s and sum(1 for c in s if c.isprintable() or c in "\r\n\t") >= 0.85 * len(s)


def try_text(bs):
    for e in ("utf-8", "utf-16-be", "utf-16-le"):
        try:
            s = bs.decode(e)
            if printable(s):
                return s
        except Exception:
            pass
    return None


def views(T):
    V = [T]
    H = re.sub(r"<!\[CDATA\[|\]\]>", "", T)
    H = re.sub(r"<!--.*?-->", "", H, flags=re.S)
    H = re.sub(r"<[^<>]{0,300}>", "", H)
    V.append(html.unescape(H))
    V.append(html.unescape(T))
    try:
        p = urllib.parse.unquote_plus(T)
        V.append(p)
        V.append(urllib.parse.unquote_plus(p))
    except Exception:
        pass
    try:
        V.append(quopri.decodestring(T.encode("utf-8", "replace")).decode("utf-8", "replace"))
    except Exception:
        pass
    extra = []
    for src in list(V):
        for m in re.finditer(r"[A-Za-z0-9+/_-]{8,}={0,2}", src):
            s = m.group(0)
            for alt in (s, s.replace("-", "+").replace("_", "/")):
                try:
                    bs = base64.b64decode(alt + "=" * (-len(alt) % 4), validate=False)
                except Exception:
                    continue
                x = try_text(bs)
                if x:
                    extra.append(x)
                    break
        for m in re.finditer(r"\+([A-Za-z0-9+/]{8,})-", src):
            try:
                bs = base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4))
                extra.append(bs.decode("utf-16-be", "replace"))
            except Exception:
                pass
        for m in re.finditer(r"(?:[0-9A-Fa-f]{2}[ ]?){8,}", src):
            hx = re.sub(r"\s", "", m.group(0))
            if len(hx) % 2:
                hx = hx[:-1]
            try:
                x = try_text(binascii.unhexlify(hx))
                if x:
                    extra.append(x)
            except Exception:
                pass
    V += extra
    # escape sequences
    def unesc(s):
        s2 = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
        s2 = re.sub(r"\\[tnr]", " ", s2)
        bs = re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), s2.encode("utf-8", "replace"))
        bs = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8) & 255]), bs)
        return bs.decode("utf-8", "replace")
    V.append(unesc(T))
    # char code lists
    def codes(m):
        try:
            return "".join(chr(int(x)) for x in re.findall(r"\d+", m.group(0)))
        except Exception:
            return ""
    V.append(re.sub(r"(?:\b(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])\b\s*,\s*){7,}\b\d+\b", codes, T))
    # zoned decimal hex (EBCDIC)
    V.append(re.sub(r"(?:\bF([0-9])\b\s?){4,}", lambda m: "".join(re.findall(r"F([0-9])", m.group(0))), T))
    # hex-dump hex columns joined across lines, ascii columns joined
    hexcol, asccol = [], []
    for line in T.splitlines():
        m = re.match(r"\s*[0-9A-Fa-f]{4,8}:?\s+((?:[0-9A-Fa-f]{2,4}\s)+)\s*'(.*)'\s*$", line)
        if m:
            hexcol.append(re.sub(r"\s", "", m.group(1)))
            asccol.append(m.group(2))
    if hexcol:
        try:
            V.append(binascii.unhexlify("".join(hexcol)).decode("utf-8", "replace"))
        except Exception:
            pass
        V.append("".join(asccol))
    # OCR confusions
    V.append(re.sub(r"\b[\wO]{8,}\b", lambda m: m.group(0).translate(str.maketrans("OoIl|S", "001115")) if sum(c.isdigit() for c in m.group(0)) >= 4 else m.group(0), T))
    return [unidigits(FMT.sub("", unicodedata.normalize("NFKC", v))) for v in V]


BREAK = re.compile(r"[*\u2588\u25a0\u2022\[\]\u00ab\u00bb\u2026?{}#]")


PREFIX = re.compile(r"(?:\\)?\r?\n[ \t]*(?:>+|#+|//|--|\*|;;|REM\b)?[ \t]*", re.I)


def alnum(v):
    v = PREFIX.sub("", v)
    v = re.sub(r"\b0x([0-9A-Fa-f]{2})\b", r"\1", v)
    return re.sub(r"[^0-9a-z|]", "", BREAK.sub("|", v.lower()))


def words(v):
    return set(w.lower() for w in re.split(r"[^\w]+", v) if len(w) >= 3)


def id_leaks(rec, A, W):
    k = rec["kind"]
    if k in ("name", "address"):
        val = rec["value"]
        ws = [w for w in re.split(r"[^\w]+", unicodedata.normalize("NFKC", val)) if len(w) >= 3 and not w.isdigit()
              and w.lower() not in GENERIC and not re.fullmatch(r"\d+[ab]", w)]
        hit = [w for w in ws if w.lower() in W]
        return hit
    p = re.sub(r"[^0-9a-z]", "", rec["probe"].lower())
    if len(p) < 8:
        return [p] if p in A else []
    hits = []
    for j in range(len(p) - 7):
        if p[j:j + 8] in A:
            hits.append(p[j:j + 8])
    return hits


def valid_pc(v):
    o = v.split(" ")[0]
    if re.fullmatch(r"[A-Z]{2}\d[A-Z]", o):
        return o[3] in "ABEHMNPRVWXY"
    if re.fullmatch(r"[A-Z]\d[A-Z]", o):
        return o[2] in "ABCDEFGHJKPSTUW"
    return True


def keep_present(t, T):
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(t) + r"(?![0-9A-Za-z])", T) is not None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    orig = "--orig" in sys.argv
    truth = json.load(open(args[0]))
    cdir, odir = args[1], args[2]
    rep = None
    if len(args) > 3 and os.path.exists(args[3]):
        rep = open(args[3]).read()
    tot = leaks = 0
    kt = kk = 0
    missing = []
    misses = []
    lost = []
    bykind = collections.Counter(); bykindleak = collections.Counter()
    for t in truth:
        path = os.path.join(odir, t["file"])
        if not os.path.exists(path):
            missing.append(t["file"])
            for rec in t["ids"]:
                if not rec.get("optional") and not (rec["kind"] == "postcode" and not valid_pc(rec["value"])):
                    tot += 1; bykind[rec["kind"]] += 1
            continue
        T = decode_bytes(open(path, "rb").read(), t["encoding"])
        V = views(T)
        A = "\n".join(alnum(v) for v in V)
        W = set()
        for v in V:
            W |= words(v)
        for rec in t["ids"]:
            if rec["kind"] == "postcode" and not valid_pc(rec["value"]):
                rec = dict(rec, optional=True, note="invalid postcode shape in truth (generator error, scorer fix after freeze)")
            hits = id_leaks(rec, A, W)
            if rec.get("optional"):
                if hits:
                    misses.append({"file": t["file"], "kind": rec["kind"], "value": rec["value"], "form": rec["form"], "readable": hits[:3], "optional": True})
                continue
            tot += 1; bykind[rec["kind"]] += 1
            if hits:
                leaks += 1; bykindleak[rec["kind"]] += 1
                misses.append({"file": t["file"], "genre": t["genre"], "enc": t["encoding"], "kind": rec["kind"], "value": rec["value"], "form": rec["form"], "readable": hits[:3]})
        Tn = unicodedata.normalize("NFC", T)
        for k in t["keeps"]:
            kt += 1
            if keep_present(k, Tn) or keep_present(k, V[1]):
                kk += 1
            else:
                lost.append({"file": t["file"], "keep": k})
    res = {"files": len(truth), "ids": tot, "leaked": leaks, "recall": round(100.0 * (tot - leaks) / max(tot, 1), 2),
           "keeps": kt, "kept": kk, "keep_rate": round(100.0 * kk / max(kt, 1), 2), "missing_outputs": missing,
           "by_kind": {k: "%d/%d leaked" % (bykindleak[k], bykind[k]) for k in sorted(bykind)},
           "misses": misses, "lost_keeps": lost}
    json.dump(res, open(os.path.join(os.path.dirname(os.path.abspath(args[0])), "score_orig.json" if orig else "score.json"), "w"), indent=1, ensure_ascii=False)
    print(json.dumps({k: v for k, v in res.items() if k not in ("misses", "lost_keeps", "missing_outputs")}, indent=1))
    print("missing outputs:", len(missing), "misses:", len(misses), "lost keeps:", len(lost))


if __name__ == "__main__":
    main()
