"""Rendering of identifiers in many surface forms."""
import itertools, json
from common import *

INVIS = ["\u200e", "\u200f", "\u2063", "\u2066", "\u2067", "\u2068", "\u2069", "\ufe0f", "\u034f", "\u200b",
         "\u2060", "\u00ad", "\ufeff", "\u180e", "\u200d", "\u202a", "\u202c", "\ufe00"]
DIGIT_SETS = {"fullwidth": 0xFF10, "arabic": 0x0660, "devanagari": 0x0966, "bengali": 0x09E6, "mathbold": 0x1D7CE}


def groups(kind, v):
    if kind == "mpan":
        return [v[:2], v[2:6], v[6:10], v[10:]]
    if kind == "eui64":
        return v.split("-")
    if kind == "phone":
        return v.split(" ")
    if kind == "postcode":
        return v.split(" ")
    n = 4
    return [v[i:i + n] for i in range(0, len(v), n)]


def udigits(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


# forms applicable to digit/alnum identifiers
ALNUM_FORMS = (["plain", "plain", "spaced", "sep:_", "sep:,", "sep::", "sep:+", "sep:.", "sep:/", "longspace", "sep:-",
                "sep:\t", "sep:\u00a0", "sep:\u2009", "sep:\u202f", "sep: - "]
               + ["inv:%04x" % ord(c) for c in INVIS]
               + ["digits:" + k for k in DIGIT_SETS]
               + ["split:> ", "split:# ", "split:// ", "split:-- ", "split: * ", "split:;; ", "split:>> ", "split:REM ",
                  "split:", "split:\\"]
               + ["html:b", "html:mark", "html:wbr", "html:span", "html:nbsp", "html:comment", "ent:dec", "ent:hex", "ent:named"]
               + ["b64", "b64url", "hex", "pct", "qp", "jsonu", "pyx", "octal", "dblpct", "utf7", "mime-b", "b64kv", "hexkv"]
               + ["excel-apos", "excel-formula", "lower", "thousands", "thousands-dot", "dtmf", "ocr", "zoned-hex", "comp3",
                  "charcodes", "reversed-quote"])


def render(kind, v, form, rng):
    g = groups(kind, v)
    if form == "plain":
        return v
    if form == "spaced":
        return " ".join(g)
    if form == "longspace":
        return "     ".join(g)
    if form.startswith("sep:"):
        return form[4:].join(g)
    if form.startswith("inv:"):
        c = chr(int(form[4:], 16))
        if c in "\u2066\u2067\u2068\u202a":
            k = len(v) // 2
            return c + v[:k] + "\u2069" + c + v[k:] + "\u2069"
        # between every other char
        return "".join(ch + (c if i % 3 == 1 else "") for i, ch in enumerate(v))
    if form.startswith("digits:"):
        return udigits(v, DIGIT_SETS[form[7:]])
    if form.startswith("split:"):
        pre = form[6:]
        k = len(v) // 2
        if pre == "\\":
            return v[:k] + "\\\n" + v[k:]
        return v[:k] + "\n" + pre + v[k:]
    if form.startswith("html:"):
        t = form[5:]
        k = len(v) // 2
        if t == "wbr":
            return "<wbr>".join(g)
        if t == "nbsp":
            return "&nbsp;".join(g)
        if t == "comment":
            return v[:k] + "<!-- -->" + v[k:]
        if t == "span":
            return "".join('<span class="d">%s</span>' % x for x in g)
        return "%s<%s>%s</%s>" % (v[:k], t, v[k:], t)
    if form == "ent:dec":
        return ents(v)
    if form == "ent:hex":
        return ents(v, True)
    if form == "ent:named":
        return "&thinsp;".join(g)
    if form == "b64":
        return b64(v)
    if form == "b64url":
        return b64(json.dumps({"id": v})).replace("+", "-").replace("/", "_").rstrip("=")
    if form == "b64kv":
        return b64("%s=%s;" % (kind, v))
    if form == "hex":
        return hexs(v)
    if form == "hexkv":
        return hexs('"%s":"%s"' % (kind, v)).upper()
    if form == "pct":
        return pct(v)
    if form == "dblpct":
        return pct(v).replace("%", "%25")
    if form == "qp":
        return qp(v).replace("=\n", "=\n")
    if form == "jsonu":
        return "".join("\\u%04x" % ord(c) for c in v)
    if form == "pyx":
        return "".join("\\x%02x" % ord(c) for c in v)
    if form == "octal":
        return "".join("\\%03o" % ord(c) for c in v)
    if form == "utf7":
        import codecs
        return "+" + __import__("base64").b64encode(v.encode("utf-16-be")).decode().rstrip("=") + "-"
    if form == "mime-b":
        return "=?UTF-8?B?%s?=" % b64(v)
    if form == "excel-apos":
        return "'" + v
    if form == "excel-formula":
        return '="%s"' % v
    if form == "lower":
        return v.lower()
    if form == "thousands":
        if v.isdigit():
            return "{:,}".format(int(v))
        return v.lower().replace("-", "")
    if form == "thousands-dot":
        if v.isdigit():
            return "{:,}".format(int(v)).replace(",", ".")
        return v.replace("-", ".")
    if form == "dtmf":
        return " ".join(c for c in v if c.isalnum())
    if form == "ocr":
        return v.replace("0", "O", 1).replace("1", "l", 1).replace("5", "S", 1)
    if form in ("zoned-hex", "comp3", "thousands", "thousands-dot", "charcodes") and not v.isdigit():
        return v
    if form == "zoned-hex":
        return " ".join("F%s" % c if c.isdigit() else "%02X" % (0xC1 + (ord(c.upper()) - 65) % 9) for c in v)
    if form == "comp3":
        s = "".join(c for c in v if c.isdigit())
        s = s + "F" if len(s) % 2 else "0" + s + "F"
        return " ".join(s[i:i + 2] for i in range(0, len(s), 2))
    if form == "charcodes":
        return ",".join(str(ord(c)) for c in v)
    if form == "reversed-quote":
        return '"' + '" "'.join(g) + '"'
    raise ValueError(form)


PC_FORMS = ["plain", "plain", "nbsp", "double", "hyphen", "underscore", "lower", "nospace", "thin", "inv", "fullwidth",
            "html", "split", "tab", "dot", "b64", "pct", "ent"]


def render_pc(v, form):
    o, i = v.split(" ")
    return {"plain": v, "nbsp": o + "\u00a0" + i, "double": o + "  " + i, "hyphen": o + "-" + i,
            "underscore": o + "_" + i, "lower": v.lower(), "nospace": o + i, "thin": o + "\u2009" + i,
            "inv": o[0] + "\u200b" + o[1:] + " " + i, "fullwidth": "".join(chr(ord(c) + 0xFEE0) if c != " " else "\u3000" for c in v),
            "html": o + "&nbsp;" + i, "split": o + "\n" + i, "tab": o + "\t" + i, "dot": o + "." + i,
            "b64": b64(v), "pct": pct(v), "ent": ents(v)}[form]


PH_FORMS = ["plain", "intl", "intl0", "dash", "dots", "0044", "tel", "nospace", "inv", "paren", "b64", "html", "e164", "split"]


def render_ph(v, form):
    d = v.replace(" ", "")
    i = "+44" + d[1:]
    return {"plain": v, "intl": "+44 " + v[1:], "intl0": "+44 (0)" + v[1:], "dash": v.replace(" ", "-"),
            "dots": v.replace(" ", "."), "0044": "0044 " + d[1:], "tel": "tel:" + i, "nospace": d,
            "inv": "\u2066" + v + "\u2069", "paren": "(" + v.split(" ")[0] + ") " + " ".join(v.split(" ")[1:]),
            "b64": b64(i), "html": v.replace(" ", "&nbsp;"), "e164": i, "split": v.split(" ")[0] + "\n> " + " ".join(v.split(" ")[1:])}[form]


EM_FORMS = ["plain", "mailto", "pct", "ent", "upper", "inv", "obfus", "angle", "b64", "html-a", "qp"]


def render_em(v, form):
    l, dm = v.split("@")
    return {"plain": v, "mailto": "mailto:" + v, "pct": v.replace("@", "%40"), "ent": v.replace("@", "&#64;").replace(".", "&#46;"),
            "upper": v.upper(), "inv": l + "\u200b@" + dm, "obfus": l + " [at] " + dm.replace(".", " [dot] "),
            "angle": "<" + v + ">", "b64": b64(v), "html-a": '<a href="mailto:%s">%s</a>' % (v, v), "qp": qp("To: " + v)}[form]


NM_FORMS = ["plain", "plain", "surname-first", "upper", "title", "inv", "initial", "split", "html", "b64", "ent", "lower", "curly"]


def render_nm(v, form):
    g, s = v.split(" ", 1)
    return {"plain": v, "surname-first": s + ", " + g, "upper": v.upper(), "title": "Mrs " + v, "inv": g + "\u200b " + s[:2] + "\u00ad" + s[2:],
            "initial": g[0] + ". " + s, "split": g + "\n> " + s, "html": "<b>" + g + "</b>&nbsp;" + s, "b64": b64(v),
            "ent": ents(v), "lower": v.lower(), "curly": v.replace("'", "\u2019")}[form]


AD_FORMS = ["prose", "prose", "log", "lines", "upper", "html", "inv", "split", "b64", "nocomma", "pct", "semicolon"]


def render_ad(first, town, pc, form):
    return {"prose": "%s, %s %s" % (first, town, pc), "log": "%s, %s, %s" % (first, town, pc),
            "lines": "%s\n%s\n%s" % (first.replace(", ", ",\n"), town, pc), "upper": ("%s, %s %s" % (first, town, pc)).upper(),
            "html": "%s<br/>%s<br>%s" % (first, town, pc.replace(" ", "&nbsp;")), "inv": "%s,\u200b %s\u2063 %s" % (first, town, pc),
            "split": "%s,\n> %s %s" % (first, town, pc), "b64": b64("%s, %s %s" % (first, town, pc)),
            "nocomma": "%s %s %s" % (first.replace(",", ""), town, pc), "pct": urllib.parse.quote_plus("%s, %s %s" % (first, town, pc)),
            "semicolon": "%s; %s; %s" % (first, town, pc)}[form]


class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def next(self):
        x = self.items[self.i % len(self.items)]
        self.i += 1
        return x


CYC = {}


def cyc(kind, items):
    if kind not in CYC:
        CYC[kind] = Cycle(items)
    return CYC[kind].next()
