import re, html, urllib.parse, unicodedata, codecs

BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]

def strip_bom_decode(b, enc):
    for bom, e in BOMS:
        if b.startswith(bom):
            return b[len(bom):].decode(e, errors="replace"), e + "+bom"
    return b.decode(enc, errors="replace"), enc

FORMAT = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")

def views(t):
    t = t.replace("\x00", "")
    t = unicodedata.normalize("NFKC", t)
    t = FORMAT.sub("", t)
    v = [t]
    h = html.unescape(html.unescape(t))
    h2 = re.sub(r"<[^<>]{0,200}>", "", h)
    v += [h, h2]
    try: v.append(urllib.parse.unquote_plus(t))
    except Exception: pass
    u = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)
    u = u.replace('\\\\"', '"').replace('\\"', '"')
    v.append(u)
    v.append(re.sub(r"<[^<>]{0,200}>", "", html.unescape(u)))
    return [unicodedata.normalize("NFKC", FORMAT.sub("", x)) for x in v]

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        if c.isdigit():
            try: out.append(str(unicodedata.digit(c)))
            except Exception: out.append(c)
        elif c.isalnum() and c.isascii(): out.append(c.lower())
        elif c.isalpha(): out.append(c.lower())
    return "".join(out)

WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
def spoken_digits(t):
    t = t.lower()
    t = re.sub(r"\b(double|triple)\s+(\w+)", lambda m: (WORDS.get(m.group(2), m.group(2)) * (2 if m.group(1) == "double" else 3)), t)
    t = re.sub(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", lambda m: WORDS[m.group(1)], t)
    return re.sub(r"[^0-9]", "", t)

def short_re(v):
    chars = [re.escape(c) for c in norm(v)]
    return re.compile(r"(?<![A-Za-z0-9])" + r"[\W_]{0,3}".join(chars) + r"(?![A-Za-z0-9])", re.I)

def leaked(sec, vws, nviews, spoken=None):
    """Return (leaked: bool, evidence str)."""
    kind = sec["kind"]; val = sec["value"]
    if sec.get("encoded"):
        for x in vws:
            if sec["encoded"] in x: return True, "encoded form intact"
    if kind in ("name", "address"):
        toks = sec.get("tokens") or [t for t in re.split(r"[\s,]+", val) if len(t) > 2]
        left = []
        for tok in toks:
            r = re.compile(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", re.I)
            if any(r.search(x) for x in vws): left.append(tok)
        return (bool(left), "tokens left: " + ",".join(left)) if left else (False, "")
    if kind == "email":
        loc = norm(val.split("@")[0]); dom = val.split("@")[1]
        for x in vws:
            if val.lower() in x.lower(): return True, "email verbatim"
        r = re.compile(re.escape(val.split("@")[0]) + r"\s*(@|%40|&#64;|\(at\)|\[at\])", re.I)
        if any(r.search(x) for x in vws): return True, "local part left"
        return False, ""
    nv = norm(val)
    if sec.get("cls") == "spoken" and spoken is not None:
        hay = [spoken]
    else:
        hay = nviews
    if len(nv) >= 8:
        for i in range(len(nv) - 7):
            g = nv[i:i + 8]
            for h in hay:
                if g in h: return True, "8-gram '%s' left" % g
        return False, ""
    r = short_re(val)
    if sec.get("cls") == "spoken":
        if any(nv in h for h in hay): return True, "whole value left"
    for x in vws:
        m = r.search(x)
        if m: return True, "whole value left: " + m.group(0)
    return False, ""
