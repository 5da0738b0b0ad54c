"""Score Attest text redaction against the ho42 truth (helper-68).
Usage: score.py TRUTH.json ORIGDIR OUTDIR [RESULT.json]
Identifier leaks if 8+ of its canonical characters in order survive in any decoded view of the output
(postcodes: outward+inward adjacent; names/addresses: any distinctive word, whole-word, accent-folded)."""
import sys, os, re, json, html, base64, binascii, unicodedata, urllib.parse, csv, io

FMT_EXTRA = set(range(0xFE00, 0xFE10)) | {0x034F, 0x00AD, 0x061C, 0x180E}


def decode_bytes(b):
    if b.startswith(b"\xff\xfe\x00\x00"):
        return b[4:].decode("utf-32-le", "replace"), "utf-32-le+bom"
    if b.startswith(b"\x00\x00\xfe\xff"):
        return b[4:].decode("utf-32-be", "replace"), "utf-32-be+bom"
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le", "replace"), "utf-16-le+bom"
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace"), "utf-16-be+bom"
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace"), "utf-8-sig"
    n = len(b)
    if n >= 8:
        z = [sum(1 for k in range(j, n, 4) if b[k] == 0) for j in range(4)]
        q = n // 4
        if n % 4 == 0 and z[1] > 0.9 * q and z[2] > 0.9 * q and z[3] > 0.9 * q:
            return b.decode("utf-32-le", "replace"), "utf-32-le"
        if n % 4 == 0 and z[0] > 0.9 * q and z[1] > 0.9 * q and z[2] > 0.9 * q:
            return b.decode("utf-32-be", "replace"), "utf-32-be"
        e = sum(1 for k in range(0, n, 2) if b[k] == 0); o = sum(1 for k in range(1, n, 2) if b[k] == 0)
        if o > 0.4 * n / 2 and e < 0.1 * n / 2:
            return b.decode("utf-16-le", "replace"), "utf-16-le"
        if e > 0.4 * n / 2 and o < 0.1 * n / 2:
            return b.decode("utf-16-be", "replace"), "utf-16-be"
    return b.decode("utf-8", "replace"), "utf-8"


def clean(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cat == "Cf" or cp in FMT_EXTRA or 0xE0100 <= cp <= 0xE01EF:
            continue
        if cat == "Nd":
            out.append(str(unicodedata.digit(ch)))
            continue
        out.append(ch)
    s = "".join(out).replace("Ł", "L").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s


WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "to": "2", "too": "2", "three": "3",
         "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}


def spoken(s):
    toks = re.findall(r"[a-z]+", s.lower())
    out, cur, i = [], [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDS:
            cur.append(WORDS[toks[i + 1]] * (2 if t == "double" else 3)); i += 2; continue
        if t in WORDS:
            cur.append(WORDS[t])
        else:
            if len(cur) >= 4:
                out.append("".join(cur))
            cur = []
        i += 1
    if len(cur) >= 4:
        out.append("".join(cur))
    return " ".join(out)


def printable_runs(bs):
    try:
        t = bs.decode("utf-8")
    except UnicodeDecodeError:
        t = bs.decode("latin-1")
    return " ".join(re.findall(r"[\x20-\x7e\u00a0-\uffff]{6,}", t))


def b64_views(s):
    out = []
    for m in re.finditer(r"[A-Za-z0-9+/_-]{8,}={0,2}", s):
        t0 = m.group(0).replace("-", "+").replace("_", "/")
        for off in (0, 1, 2, 3):
            t = t0[off:]
            body = t.rstrip("=")
            t = body + "=" * (-len(body) % 4)
            try:
                bs = base64.b64decode(t, validate=True)
                out.append(printable_runs(bs))
            except (binascii.Error, ValueError):
                continue
    return out


def hex_views(s):
    out = []
    s2 = re.sub(r"(?<=[0-9A-Fa-f]{2}) (?=[0-9A-Fa-f]{2}\b)", "", s)  # "DF 09 0A" -> "DF090A"
    s2 = re.sub(r"\n  (?=[0-9A-F]{2})", "", s2)
    for m in re.finditer(r"[0-9A-Fa-f]{12,}", s2):
        t = m.group(0)
        for off in (0, 1):
            u = t[off:]
            u = u[: len(u) // 2 * 2]
            try:
                out.append(printable_runs(bytes.fromhex(u)))
            except ValueError:
                pass
    return out


def jsonu(text):
    def pair(m):
        return chr(0x10000 + ((int(m.group(1), 16) - 0xD800) << 10) + (int(m.group(2), 16) - 0xDC00))
    text = re.sub(r"\\+u(?=[0-9a-fA-F]{4})", lambda m: "\\u", text)
    t = re.sub(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", pair, text, flags=re.I)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)


def views(text, depth=2):
    v = raw_views(text, depth)
    cl = [clean(x) for x in v]
    cl.append(spoken(" ".join(cl[:3])))
    return cl


def raw_views(text, depth):
    v = [text, text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")]
    un = html.unescape(text)
    v.append(un)
    v.append(re.sub(r"<[^<>]{0,80}>", "", un))
    v.append(html.unescape(re.sub(r"<[^<>]{0,80}>", "", text)))
    v.append(jsonu(text))
    v.append(urllib.parse.unquote_plus(text))
    v.append(urllib.parse.unquote(urllib.parse.unquote(text)))
    for u in (urllib.parse.unquote(text), jsonu(text)):
        v.append(html.unescape(re.sub(r"<[^<>]{0,80}>", "", u)))
        v.append(re.sub(r"<[^<>]{0,80}>", "", html.unescape(u)))
    qp = re.sub(r"=\r?\n", "", text)
    v.append(re.sub(r"=([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), qp))
    v.append(re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text))
    extra = []
    for t in list(v):
        extra += b64_views(t)
        extra += hex_views(t)
    if depth > 1:
        for e in [x for x in extra if x]:
            v += raw_views(e, depth - 1)
    else:
        v += extra
    return v


def alnum(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


def csv_body_view(text):
    try:
        rows = list(csv.reader(io.StringIO(text)))
        return "".join(r[-1] for r in rows[1:] if r)
    except Exception:
        return ""


def leaks(idr, V, A):
    k = idr["kind"]
    if k in ("name", "address"):
        for w in idr["patterns"]:
            for part in re.split(r"[^A-Za-z]+", clean(w)):
                if len(part) < 3 or part.lower() in ("van", "der", "von", "the", "mac", "ferch", "road", "street"):
                    continue
                rx = re.compile(r"(?<![A-Za-z])" + re.escape(part) + r"(?![A-Za-z])", re.I)
                if any(rx.search(x) for x in V):
                    return part
        return None
    if k == "postcode":
        o, i = idr["value"].lower().split(" ")
        rx = re.compile(r"(?<![a-z0-9])" + re.escape(o) + r"[^a-z0-9]{0,6}" + re.escape(i) + r"(?![a-z0-9])", re.I)
        for x in V:
            m = rx.search(x)
            if m:
                return m.group(0)
        return None
    for p in idr["patterns"]:
        p = alnum(p)
        if len(p) < 8:
            if any(p in a for a in A):
                return p
            continue
        for j in range(len(p) - 7):
            w = p[j:j + 8]
            if any(w in a for a in A):
                # report the longest surviving run
                best = w
                for L in range(len(p), 8, -1):
                    for s0 in range(0, len(p) - L + 1):
                        if any(p[s0:s0 + L] in a for a in A):
                            return p[s0:s0 + L]
                return best
    return None


def keep_count(tok, text):
    return len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(tok) + r"(?![A-Za-z0-9])", text))


def score_file(fname, t, odir):
    p = os.path.join(odir, fname)
    res = {"file": fname, "present": os.path.exists(p), "ids": [], "keeps": []}
    if not res["present"]:
        return res
    text, enc = decode_bytes(open(p, "rb").read())
    res["out_encoding"] = enc
    if t["genre"] == "icsalt":
        text = re.sub(r"\r?\n[ \t]", "", text)  # RFC 5545 unfolding, as a calendar client shows it
    V = views(text)
    body = ""
    if t["genre"] == "chunks":
        body = csv_body_view(text)
        V += views(body)
    A = [alnum(x) for x in V]
    for d in t["ids"]:
        lk = leaks(d, V, A)
        res["ids"].append({"kind": d["kind"], "form": d["form"], "value": d["value"], "leaked": lk, "note": d.get("note", "")})
    need = {}
    for k in t["keeps"]:
        need[k["tok"]] = need.get(k["tok"], 0) + 1
    have = {tok: max(keep_count(tok, text), keep_count(tok, body)) for tok in need}
    used = {}
    for k in t["keeps"]:
        used[k["tok"]] = used.get(k["tok"], 0) + 1
        res["keeps"].append({"tok": k["tok"], "cls": k["cls"], "kept": have[k["tok"]] >= used[k["tok"]]})
    return res


def main():
    truth = json.load(open(sys.argv[1]))
    odir = sys.argv[3]
    results = [score_file(f, t, odir) for f, t in sorted(truth.items())]
    nid = sum(len(r["ids"]) for r in results if r["present"])
    nleak = sum(1 for r in results for d in r["ids"] if d["leaked"])
    nk = sum(len(r["keeps"]) for r in results)
    nkept = sum(1 for r in results for k in r["keeps"] if k["kept"])
    missing = [r["file"] for r in results if not r["present"]]
    summ = {"files": len(results), "outputs_missing": missing, "identifiers_scored": nid, "leaked": nleak,
            "recall": (nid - nleak) / nid if nid else None, "keeps": nk, "kept": nkept,
            "keep_rate": nkept / nk if nk else None}
    if len(sys.argv) > 4:
        json.dump({"summary": summ, "results": results}, open(sys.argv[4], "w"), ensure_ascii=False, indent=1)
    print(json.dumps(summ, indent=1, ensure_ascii=False)[:3000])


if __name__ == "__main__":
    main()
