"""Surface forms. render(kind, value, form, r) -> (surface, extra_patterns)."""
import base64, quopri, urllib.parse
from ids import grp, digitmap, to_words, INVIS, SPACES, strip_acc

DIGITAL = {"mpan", "mpan_full", "mpan_badcheck", "mprn", "eui", "eserial", "gserial", "phone"}

FORMS = {
    "mpan": ["plain", "plain", "plain", "grouped", "sep", "sep", "longspace", "space", "invis", "invis", "invis2",
             "fullwidth", "arabic", "mathbold", "devanagari", "html_ent", "html_nbsp", "html_tag", "b64", "hex",
             "pct", "qp", "jsonu", "split", "words", "asr", "thousands", "quoted_excel", "urlpath", "in_id"],
    "mprn": ["plain", "plain", "plain", "grouped", "sep", "invis", "space", "fullwidth", "arabic", "b64", "hex",
             "pct", "html_ent", "split", "words", "thousands", "in_id", "jsonu"],
    "eui": ["plain", "dash", "colon", "lower", "dotquad", "0x", "spaced", "invis", "html_tag", "b64", "revbytes",
            "lowercolon", "split", "fullwidth", "in_id", "pct"],
    "eserial": ["plain", "plain", "lower", "spaced", "hyphen", "invis", "fullwidth", "html_tag", "b64", "split",
                "in_id", "dots", "jsonu"],
    "gserial": ["plain", "plain", "lower", "spaced", "hyphen", "invis", "fullwidth", "html_ent", "b64", "split",
                "in_id", "dots"],
    "phone": ["plain", "plain", "intl", "dots", "nospace", "brackets", "invis", "pct", "words", "html_ent", "00intl"],
    "email": ["plain", "plain", "upper", "mailto_pct", "html_ent", "obfusc", "b64", "angle", "invis"],
    "postcode": ["plain", "plain", "nospace", "lower", "nbsp", "double", "hyphen", "underscore", "fullwidth",
                 "invis", "html_nbsp", "split"],
    "name": ["plain", "plain", "plain", "upper", "surname_first", "ascii", "nfd", "html_ent", "lower"],
}


def b64(s):
    return base64.b64encode(s.encode()).decode()


def html_ent(s, r):
    return "".join(("&#%d;" % ord(c)) if r.random() < 0.5 else ("&#x%X;" % ord(c)) for c in s)


def split_at(s, r, prefix=None):
    p = prefix or r.choice(["> ", ">> ", "# ", "// ", "-- ", " * ", "; ", "| ", "% "])
    k = max(2, min(len(s) - 2, len(s) // 2 + r.randint(-2, 2)))
    return s[:k] + "\n" + p + s[k:], p


def digit_form(kind, v, form, r, groups):
    g = grp(v, groups)
    if form == "plain":
        return v
    if form == "grouped":
        return " ".join(g)
    if form == "sep":
        return r.choice(["_", ",", ":", "+", ".", "/", "-", " - ", ", "]).join(g)
    if form == "longspace":
        return (" " * r.randint(3, 9)).join(g)
    if form == "space":
        return SPACES[r.choice(list(SPACES))].join(g)
    if form == "invis":
        ch = INVIS[r.choice(list(INVIS))]
        return ch.join(v)
    if form == "invis2":
        chs = list(INVIS.values())
        return "".join(c + (r.choice(chs) if r.random() < 0.5 else "") for c in v)
    if form == "fullwidth":
        return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else (chr(ord(c) - 0x41 + 0xFF21) if "A" <= c <= "Z" else c) for c in v)
    if form == "arabic":
        return digitmap(v, 0x660)
    if form == "devanagari":
        return digitmap(v, 0x966)
    if form == "mathbold":
        return digitmap(v, 0x1D7CE)
    if form == "html_ent":
        return html_ent(v, r)
    if form == "html_nbsp":
        return "&nbsp;".join(g)
    if form == "html_tag":
        t = r.choice(["b", "mark", "span", "i", "wbr", "em"])
        if t == "wbr":
            return "<wbr>".join(g)
        return "".join("<%s>%s</%s>" % (t, x, t) if j % 2 == 0 else x for j, x in enumerate(g))
    if form == "b64":
        return b64(v)
    if form == "hex":
        return v.encode().hex()
    if form == "pct":
        return "".join("%%%02X" % ord(c) for c in v)
    if form == "qp":
        return "".join("=%02X" % ord(c) for c in v)
    if form == "jsonu":
        return "".join("\\u%04x" % ord(c) for c in v)
    if form == "split":
        return split_at(v, r)[0]
    if form == "words":
        return to_words(v, r)
    if form == "asr":
        return to_words(v, r, asr=True)
    if form == "thousands":
        s = v
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:]); s = s[:-3]
        parts.insert(0, s)
        return ",".join(parts)
    if form == "quoted_excel":
        return "'" + v
    if form == "urlpath":
        return "https://dip.uat.example/api/v2/supply-points/%s/history?page=2" % v
    if form == "in_id":
        return r.choice(["req-%s-%02d", "%s_step%d.png", "corr:%s:%d", "EVD-%s-%d", "job/%s/%d"]) % (v, r.randint(1, 40))
    # eui / serial
    if form == "dash":
        return "-".join(g)
    if form == "colon":
        return ":".join(g)
    if form == "lowercolon":
        return ":".join(g).lower()
    if form == "lower":
        return v.lower()
    if form == "dotquad":
        return ".".join(grp(v.lower(), [4, 4, 4, 4]))
    if form == "0x":
        return "0x" + v
    if form == "spaced":
        return " ".join(g)
    if form == "revbytes":
        return "".join(reversed(grp(v, [2] * 8)))
    if form == "hyphen":
        return "-".join(grp(v, [3, 4, 4, 4]))
    if form == "dots":
        return ".".join(grp(v, [3, 4, 4, 4]))
    raise KeyError(form)


def render(kind, v, form, r):
    """v: canonical value (for name/address a tuple/str). Returns surface string."""
    if kind in ("mpan", "mpan_badcheck"):
        return digit_form(kind, v, form, r, [2, 4, 4, 3])
    if kind == "mprn":
        return digit_form(kind, v, form, r, [3, 3, 4] if len(v) == 10 else [3, 3, 3])
    if kind == "eui":
        return digit_form(kind, v, form, r, [2] * 8)
    if kind in ("eserial", "gserial"):
        if form in ("spaced",):
            return " ".join(grp(v, [3, 4, 4, 4]))
        return digit_form(kind, v, form, r, [3, 4, 4, 4])
    if kind == "phone":
        d = v.replace(" ", "")
        nsn = d[1:]
        if form == "plain":
            return v
        if form == "intl":
            return "+44 " + v[1:]
        if form == "00intl":
            return "0044 (0)" + v[1:]
        if form == "dots":
            return v.replace(" ", ".")
        if form == "nospace":
            return d
        if form == "brackets":
            a, b = v.split(" ", 1)
            return "(%s) %s" % (a, b)
        if form == "invis":
            return "\u2060".join(d)
        if form == "pct":
            return "%2B44" + "".join("%%%02X" % ord(c) for c in nsn)
        if form == "words":
            return to_words(d, r)
        if form == "html_ent":
            return html_ent(v, r)
    if kind == "email":
        if form == "plain":
            return v
        if form == "upper":
            return v.upper()
        if form == "mailto_pct":
            return "mailto:" + urllib.parse.quote(v, safe="")
        if form == "html_ent":
            return html_ent(v, r)
        if form == "obfusc":
            loc, dom = v.split("@")
            return loc + " [at] " + dom.replace(".", " [dot] ")
        if form == "b64":
            return b64(v)
        if form == "angle":
            return "<" + v + ">"
        if form == "invis":
            loc, dom = v.split("@")
            return loc[:3] + "\u200b" + loc[3:] + "@" + dom
    if kind == "postcode":
        o, i = v.split(" ")
        if form == "plain":
            return v
        if form == "nospace":
            return o + i
        if form == "lower":
            return v.lower()
        if form == "nbsp":
            return o + "\u00a0" + i
        if form == "double":
            return o + "  " + i
        if form == "hyphen":
            return o + "-" + i
        if form == "underscore":
            return o + "_" + i
        if form == "fullwidth":
            return digit_form(kind, v, "fullwidth", r, [10])
        if form == "invis":
            return o + "\u200b" + " " + i
        if form == "html_nbsp":
            return o + "&nbsp;" + i
        if form == "split":
            return o + "\n> " + i
    if kind == "name":
        if form == "plain":
            return v
        if form == "upper":
            return v.upper()
        if form == "lower":
            return v.lower()
        if form == "surname_first":
            f, l = v.split(" ", 1)
            return "%s, %s" % (l.upper(), f)
        if form == "ascii":
            return strip_acc(v)
        if form == "nfd":
            import unicodedata
            return unicodedata.normalize("NFD", v)
        if form == "html_ent":
            return "".join("&#%d;" % ord(c) if not c.isascii() or r.random() < 0.3 else c for c in v)
    raise KeyError((kind, form))
