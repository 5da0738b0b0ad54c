"""Identifier/keep generators and form renderers for the helper-65 held-out text corpus."""
import base64, binascii, gzip, zlib, random, string, urllib.parse, quopri, json

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(a) * w for a, w in zip(d12, W)) % 11 % 10


def is_valid_core(s):
    return len(s) == 13 and s.isdigit() and mpan_check(s[:12]) == int(s[12])


FIRST = ["Siân", "Rhodri", "Aoife", "Hamish", "Ffion", "Kwame", "Mairead", "Imran", "Zofia", "Eilidh", "Tomasz",
         "Olwen", "Declan", "Priya", "Callum", "Niamh", "Gethin", "Beatrix", "Oluwaseun", "Morwenna", "Lachlan",
         "Isolde", "Euan", "Tegwen", "Cormac", "Harriet", "Bronwen", "Alasdair", "Saoirse", "Dafydd", "Jemima",
         "Ruaridh", "Anwen", "Fergus", "Perpetua", "Iestyn", "Marisol", "Ptolemy", "Ceridwen", "Torquil", "Henrietta",
         "Lowri", "Caoimhe", "Barnaby", "Eluned", "Ignatius", "Rosalind", "Cadfael", "Wilhelmina", "Osian", "Araminta",
         "Kenji", "Blodwen", "Seren", "Crispin", "Philippa", "Gwilym", "Clementine", "Aneurin", "Hermione"]
SUR = ["ap Gruffydd", "MacLeod-Fraser", "Ní Bhriain", "van der Merwe", "de Burgh", "Lloyd-Davies", "Asante-Boateng",
       "O'Sullivan", "ap Iorwerth", "St John-Smythe", "Chaudhry", "Wiśniewska", "Fitzwarren", "Penhaligon",
       "Quarmby", "Ogunleye", "le Strange", "Vaughan-Pryce", "Mac an tSaoir", "Threlfall", "Nwachukwu", "Ellwood",
       "de la Mare", "Featherstonehaugh", "Cholmondeley", "Abernethy", "Trelawny", "Blenkinsop", "Huxtable",
       "Ramsbottom", "Kowalczyk", "Ó Dónaill", "Bracegirdle", "Wyndham-Quin", "Attwater", "Pugh-Jenkins",
       "McGillivray", "Entwistle", "Sowerbutts", "Inglethorpe", "von Essen", "Dunkerley", "Marchbanks",
       "Gwynedd-Rhys", "Ashworth-Bell", "Postlethwaite", "d'Abreu", "Honeysett", "Kavanagh-Doyle", "Merryweather",
       "Shufflebotham", "Tregothnan", "Yeardley", "Pankhurst", "Oyelaran", "Stanbridge", "Mountjoy", "Rushworth",
       "Fanshawe", "Llewellyn-Bowen"]
STREETS = ["Larkhill", "Quarrendon", "Penrhos", "Tollgate", "Wychwood", "Cherrytree", "Foxglove", "Harebell",
           "Ravensworth", "Sandpiper", "Kingfisher", "Blackthorn", "Marlpit", "Osprey", "Bellflower", "Saxonbury",
           "Moorcroft", "Lindisfarne", "Brackenhurst", "Thornaby", "Gatehampton", "Pendragon", "Heathfield",
           "Whinmoor", "Cefn Coed", "Glanrhyd", "Ashdene", "Coldharbour", "Elmswood", "Haverhill", "Knotgrass",
           "Lapwing", "Meadowsweet", "Nettlebed", "Oxlease", "Pippin", "Quillet", "Rookery", "Sorrel", "Teasel",
           "Underhill", "Verbena", "Wrenfield", "Yarrowby", "Zetland", "Bwlch", "Maesteg", "Tregarth", "Carrbridge",
           "Drumbeg", "Inchmarlo", "Kirkhaven", "Lochview", "Strathmore", "Balgownie", "Dunvegan", "Fernihurst",
           "Glenmoriston", "Hawksmoor", "Juniper", "Keswick", "Lavender", "Mulberry", "Nightingale", "Orchardleigh",
           "Primrose", "Quantock", "Redstart", "Swallowfield", "Tamarisk", "Upperthorpe", "Vicarage", "Willowbrook",
           "Yewtree", "Alderley", "Beechcroft", "Cornflower", "Damson", "Eskdale", "Fieldfare"]
STYPES = ["Road", "Street", "Avenue", "Crescent", "Close", "Lane", "Drive", "Way", "Grove", "Terrace", "Gardens", "Place",
          "Mews", "Court", "Rise", "View", "Walk", "Heol", "Ffordd"]
LOCS = ["Bramley", "Headingley", "Splott", "Canton", "Moseley", "Jesmond", "Heaton", "Kirkstall", "Roath", "Gorbals",
        "Partick", "Clifton", "Bedminster", "Hove", "Didsbury", "Chorlton", "Walkley", "Crookes", "Sketty", "Mumbles",
        "Portobello", "Leith", "Stoneygate", "Beeston", "Lenton", "Fishponds", "Tilehurst", "Radyr", "Llandaff",
        "Handsworth", "Eccleshall", "Hunslet", "Armley", "Cathays", "Penylan", "Whitchurch", "Rhiwbina", "Ystrad",
        "Treorchy", "Cwmbran", "Heolgerrig", "Pontcanna", "Aigburth", "Wavertree", "Anfield", "Kingsthorpe",
        "Westbury", "Stapleford", "Pelsall", "Wollaton"]
TOWNS = [("Leeds", "LS"), ("Cardiff", "CF"), ("Birmingham", "B"), ("Newcastle upon Tyne", "NE"), ("Glasgow", "G"),
         ("Bristol", "BS"), ("Brighton", "BN"), ("Manchester", "M"), ("Sheffield", "S"), ("Swansea", "SA"),
         ("Edinburgh", "EH"), ("Leicester", "LE"), ("Nottingham", "NG"), ("Reading", "RG"), ("Liverpool", "L"),
         ("Northampton", "NN"), ("Walsall", "WS"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Norwich", "NR")]
HOUSES = ["Rose Cottage", "Tŷ Gwyn", "Hazelmere", "The Old Forge", "Bryn Awel", "Willowmead", "Cobblestones",
          "Fairhaven", "The Granary", "Ty Newydd", "Holly Lodge", "Larchmont"]
HOUSE_WORDS_GENERIC = {"the", "old", "ty", "tŷ"}
DOMAINS = ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com",
           "virginmedia.com", "talktalk.net", "protonmail.com"]
OUIS = ["00-0D-6F", "00-1B-C5", "00-24-46", "70-B3-D5", "BC-33-AC", "00-12-4B", "D0-52-A8", "84-18-26", "00-07-81"]

INVIS = {"zwsp": "\u200b", "lrm": "\u200e", "rlm": "\u200f", "u2063": "\u2063", "vs": "\ufe0f", "cgj": "\u034f",
         "shy": "\u00ad", "wj": "\u2060", "bomchar": "\ufeff", "zwj": "\u200d", "zwnj": "\u200c", "alm": "\u061c",
         "u2064": "\u2064"}
SEPS = {"space": " ", "hyphen": "-", "dot": ".", "underscore": "_", "comma": ",", "colon": ":", "plus": "+",
        "slash": "/", "longspace": "     ", "nbsp": "\u00a0", "nnbsp": "\u202f", "thinsp": "\u2009", "endash": "\u2013",
        "nbhyphen": "\u2011", "ideosp": "\u3000", "tab": "\t", "emsp": "\u2003", "figsp": "\u2007", "minus": "\u2212",
        "middot": "\u00b7", "dblspace": "  ", "hyphen_sp": " - "}
DIGSETS = {"fullwidth": 0xFF10, "arabic": 0x0660, "devanagari": 0x0966, "mathbold": 0x1D7CE, "ext_arabic": 0x06F0,
           "bengali": 0x09E6, "mathmono": 0x1D7F6}

TEXT_FORMS = (["plain"] + list(SEPS) + list(INVIS) + ["isolate", "bidi_embed"] + list(DIGSETS) +
              ["html_tags", "html_ent_dec", "html_ent_hex", "html_nbsp", "html_wbr", "json_u", "py_x", "pct", "pct_all",
               "ocr"])
BLOB_FORMS = ["b64", "b64url", "b32", "hex", "hexsp", "qp", "a85", "gzb64", "zlibb64", "b64_utf16"]


def group(v, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(v[i:i + s]); i += s
    if i < len(v):
        out.append(v[i:])
    return [g for g in out if g]


def digits_to(v, base):
    return "".join(chr(base + int(ch)) if ch.isdigit() else ch for ch in v)


def render_text(v, form, sizes):
    g = group(v, sizes)
    if form == "plain":
        return v
    if form in SEPS:
        return SEPS[form].join(g)
    if form in INVIS:
        ch = INVIS[form]
        return ch.join(v[i:i + 2] for i in range(0, len(v), 2)) if form in ("shy", "zwsp") else ch.join(g) if len(g) > 1 else ch.join(v)
    if form == "isolate":
        return "\u2066" + "\u2069\u2067".join(g) + "\u2069"
    if form == "bidi_embed":
        return "\u202a" + ("\u202c\u202b").join(g) + "\u202c"
    if form in DIGSETS:
        return " ".join(digits_to(x, DIGSETS[form]) for x in g)
    if form == "html_tags":
        tags = ["<b>", "</b><mark>", "</mark><span class=\"d\">", "</span><i>", "</i><wbr>"]
        return "".join(x + (tags[i % len(tags)] if i < len(g) - 1 else "") for i, x in enumerate(g)) + ("</b>" if len(g) == 2 else "")
    if form == "html_ent_dec":
        return "".join("&#%d;" % ord(c) if i % 2 == 0 else c for i, c in enumerate(v))
    if form == "html_ent_hex":
        return "".join("&#x%X;" % ord(c) for c in v)
    if form == "html_nbsp":
        return "&nbsp;".join(g)
    if form == "html_wbr":
        return "<wbr>".join(g)
    if form == "json_u":
        return "".join("\\u%04x" % ord(c) if i % 3 != 2 else c for i, c in enumerate(v))
    if form == "py_x":
        return "".join("\\x%02x" % ord(c) for c in v)
    if form == "pct":
        return "%20".join(g)
    if form == "pct_all":
        return "".join("%%%02X" % ord(c) for c in v)
    if form == "ocr":
        m = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
        out = []
        for i, c in enumerate(v):
            out.append(m[c] if c in m and i % 2 == 0 else c)
        return " ".join(group("".join(out), sizes))
    raise ValueError(form)


def a85(b):
    return "<~" + base64.a85encode(b).decode() + "~>"


def render_blob(v, form):
    b = v.encode()
    if form == "b64":
        return base64.b64encode(b).decode()
    if form == "b64url":
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    if form == "b32":
        return base64.b32encode(b).decode()
    if form == "hex":
        return b.hex()
    if form == "hexsp":
        return " ".join("%02X" % x for x in b)
    if form == "qp":
        return "".join("=%02X" % x for x in b)
    if form == "a85":
        return a85(b)
    if form == "gzb64":
        return base64.b64encode(gzip.compress(b, mtime=0)).decode()
    if form == "zlibb64":
        return base64.b64encode(zlib.compress(b)).decode()
    if form == "b64_utf16":
        return base64.b64encode(v.encode("utf-16-le")).decode()
    raise ValueError(form)


class Ctx:
    """One per file. Records truth for identifiers and keeps."""

    def __init__(self, rng, fid, gctr):
        self.rng = rng
        self.fid = fid
        self.ids = []   # dicts: id, kind, value, form, needle, words, where
        self.keeps = []
        self.used_words = set()
        self.g = gctr  # global counters dict for rotation
        self._cap = None
        self.vals = {}

    # ---------- rotation helpers
    def nextform(self, kind, forms):
        k = "f_" + kind
        i = self.g.get(k, 0)
        self.g[k] = i + 1
        return forms[i % len(forms)]

    def _rec(self, kind, value, form, needle, words=None, vid=None):
        vid = vid or "%s-%s-%d" % (self.fid, kind, len(self.ids))
        d = dict(id=vid, kind=kind, value=value, form=form, needle=needle, words=words or [])
        if self._cap is not None:
            self._cap.append(d)
        self.ids.append(d)
        return needle

    def _uniq(self, gen):
        for _ in range(1000):
            x = gen()
            if x not in self.g.setdefault("seen", set()):
                self.g["seen"].add(x)
                return x
        raise RuntimeError

    # ---------- values
    def v_mpan(self):
        def g():
            d12 = "%02d" % self.rng.randint(10, 23) + "".join(self.rng.choice(string.digits) for _ in range(10))
            return d12 + str(mpan_check(d12))
        return self._uniq(g)

    def v_mprn(self):
        return self._uniq(lambda: str(self.rng.randint(1, 9)) + "".join(self.rng.choice(string.digits) for _ in range(self.rng.choice([9, 9, 7]))))

    def v_eserial(self):
        r = self.rng
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        pats = [lambda: "E%02dUP%s" % (r.randint(10, 24), d(5)), lambda: "K%02dW%s" % (r.randint(10, 24), d(6)),
                lambda: "L%02dA%s" % (r.randint(10, 24), d(6)), lambda: "S%02dP%s" % (r.randint(10, 24), d(6)),
                lambda: "%02dE%s" % (r.randint(15, 24), d(7)), lambda: "Z%02dK%s" % (r.randint(10, 24), d(5)),
                lambda: "F%02dT%s" % (r.randint(10, 24), d(6))]
        return self._uniq(lambda: r.choice(pats)())

    def v_gserial(self):
        r = self.rng
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        pats = [lambda: "E6S%s%d" % (d(8), r.randint(2012, 2024)), lambda: "G4K%s" % d(8), lambda: "U6S%s" % d(7),
                lambda: "G4%02dW%s" % (r.randint(12, 24), d(6)), lambda: "SMG4%s" % d(7), lambda: "M%02dG%s" % (r.randint(10, 24), d(6))]
        return self._uniq(lambda: r.choice(pats)())

    def v_eui(self):
        r = self.rng
        return self._uniq(lambda: r.choice(OUIS).replace("-", "") + "".join(r.choice("0123456789ABCDEF") for _ in range(10)))

    def v_pc(self, area=None):
        r = self.rng
        area = area or r.choice(TOWNS)[1]
        L = "ABDEFGHJLNPQRSTUWXYZ"
        def g():
            out = area + str(r.randint(1, 29 if len(area) == 1 else 19)) + " " + str(r.randint(0, 9)) + r.choice(L) + r.choice(L)
            return out
        return self._uniq(g)

    def v_phone(self):
        r = self.rng
        pats = [lambda: "07700 900%03d" % r.randint(0, 999), lambda: "0113 496 0%03d" % r.randint(0, 999),
                lambda: "0161 496 0%03d" % r.randint(0, 999), lambda: "029 2018 0%03d" % r.randint(0, 999),
                lambda: "020 7946 0%03d" % r.randint(0, 999), lambda: "0117 496 0%03d" % r.randint(0, 999),
                lambda: "0131 496 0%03d" % r.randint(0, 999), lambda: "07911 123%03d" % r.randint(0, 999)]
        return self._uniq(lambda: r.choice(pats)())

    def v_name(self):
        r = self.rng
        def g():
            return r.choice(FIRST) + " " + r.choice(SUR)
        for _ in range(500):
            n = g()
            ws = set(w.lower() for w in n.replace("-", " ").split())
            if not (ws & self.used_words):
                self.used_words |= ws
                return n
        raise RuntimeError

    def v_email(self, name=None):
        r = self.rng
        def g():
            f = r.choice(FIRST).lower().replace("â", "a")
            s = r.choice(SUR).lower().replace(" ", "").replace("'", "").replace("í", "i").replace("ś", "s").replace("ó", "o")
            sep = r.choice([".", "_", "", "-"])
            return "%s%s%s%d@%s" % (f, sep, s, r.randint(1, 99), r.choice(DOMAINS))
        return self._uniq(g)

    def v_addr(self, flat=False, house=False):
        r = self.rng
        for _ in range(500):
            st = r.choice(STREETS); loc = r.choice(LOCS); town, area = r.choice(TOWNS)
            hn = r.choice(HOUSES) if house else None
            ws = {st.lower(), loc.lower()} | ({w.lower() for w in st.split()})
            if hn:
                ws |= {w.lower() for w in hn.split()} - HOUSE_WORDS_GENERIC
            if ws & self.used_words:
                continue
            self.used_words |= ws
            pc = self.v_pc(area)
            num = r.randint(1, 240)
            return dict(flat=("Flat %d" % r.randint(1, 12)) if flat else None, house=hn, num=num, street=st,
                        stype=r.choice(STYPES), loc=loc, town=town, pc=pc,
                        words=sorted(w for w in ws if len(w) >= 3))
        raise RuntimeError

    # ---------- renderers (record truth)
    def _digits(self, kind, v, form, sizes):
        if form in BLOB_FORMS:
            return self._rec(kind, v, form, render_blob(v, form))
        return self._rec(kind, v, form, render_text(v, form, sizes))

    def mpan(self, form=None, v=None):
        v = v or self.v_mpan()
        form = form or self.nextform("mpan", TEXT_FORMS + BLOB_FORMS)
        return self._digits("mpan", v, form, [2, 4, 4, 3])

    def mpan21(self, form=None, v=None, pc=None, mtc=None, llf=None, S=True):
        v = v or self.v_mpan()
        r = self.rng
        pc = pc or "%02d" % r.choice([0, 1, 2, 3, 4, 5, 8])
        mtc = mtc or str(r.choice([801, 845, 811, 500, 381, 193]))
        llf = llf or "%03d" % r.randint(1, 999)
        form = form or self.nextform("mpan21", ["plain", "space", "s_box", "twoline", "hyphen", "nbsp", "zwsp", "slash"])
        top = pc + mtc + llf
        if form == "plain":
            s = top + v
        elif form == "s_box":
            s = "S %s %s %s %s %s %s %s" % (pc, mtc, llf, v[:2], v[2:6], v[6:10], v[10:])
        elif form == "twoline":
            s = "S  %s  %s  %s\n   %s  %s %s %s" % (pc, mtc, llf, v[:2], v[2:6], v[6:10], v[10:])
        else:
            s = render_text(top + v, form, [2, 3, 3, 2, 4, 4, 3])
        self.vals.setdefault("mpan21", []).append(v)
        self._rec("mpan", v, "full21-" + form, s)
        return s

    def mpan_mistyped(self, form="plain"):
        v = self.v_mpan()
        bad = v[:12] + str((int(v[12]) + 3) % 10)
        return self._rec("mpan", bad, "mistyped-check-" + form, render_text(bad, form, [2, 4, 4, 3]))

    def mprn(self, form=None, v=None):
        v = v or self.v_mprn()
        form = form or self.nextform("mprn", TEXT_FORMS + BLOB_FORMS)
        return self._digits("mprn", v, form, [3, 3, 4] if len(v) == 10 else [4, 4])

    def _alnum(self, kind, v, form, sizes):
        if form == "lower":
            return self._rec(kind, v, form, v.lower())
        if form == "lower_sp":
            return self._rec(kind, v, form, " ".join(group(v.lower(), sizes)))
        if form in BLOB_FORMS:
            return self._rec(kind, v, form, render_blob(v, form))
        return self._rec(kind, v, form, render_text(v, form, sizes))

    SER_FORMS = ["plain", "lower", "space", "hyphen", "lower_sp", "dot", "underscore", "zwsp", "nbsp", "fullwidth",
                 "html_tags", "json_u", "lrm", "cgj", "pct", "b64", "hex", "ocr", "shy", "slash", "isolate", "vs",
                 "html_ent_hex", "longspace", "qp", "b32"]

    def eserial(self, form=None, v=None):
        v = v or self.v_eserial()
        form = form or self.nextform("eserial", self.SER_FORMS)
        return self._alnum("eserial", v, form, [3, 2, 5] if "UP" in v else [3, 3, 4])

    def gserial(self, form=None, v=None):
        v = v or self.v_gserial()
        form = form or self.nextform("gserial", self.SER_FORMS)
        return self._alnum("gserial", v, form, [3, 4, 4, 4])

    EUI_FORMS = ["hyphen", "colon", "plain", "lower", "dot4", "0x", "0x_lower", "space", "lower_colon", "zwsp",
                 "underscore", "cisco", "json_u", "html_tags", "b64", "hex", "nbsp", "fullwidth", "lrm", "pct",
                 "0x_bytes", "longspace", "dot"]

    def eui(self, form=None, v=None):
        v = v or self.v_eui()
        form = form or self.nextform("eui", self.EUI_FORMS)
        pairs = [v[i:i + 2] for i in range(0, 16, 2)]
        if form == "hyphen":
            s = "-".join(pairs)
        elif form == "colon":
            s = ":".join(pairs)
        elif form == "lower_colon":
            s = ":".join(pairs).lower()
        elif form == "plain":
            s = v
        elif form == "lower":
            s = v.lower()
        elif form == "dot4":
            s = ".".join(v[i:i + 4] for i in range(0, 16, 4))
        elif form == "cisco":
            s = ".".join(v[i:i + 4] for i in range(0, 16, 4)).lower()
        elif form == "0x":
            s = "0x" + v
        elif form == "0x_lower":
            s = "0x" + v.lower()
        elif form == "0x_bytes":
            s = ", ".join("0x" + p for p in pairs)
        elif form == "space":
            s = " ".join(pairs)
        elif form in BLOB_FORMS:
            s = render_blob(v, form)
        else:
            s = render_text(v, form, [2] * 8)
        return self._rec("eui", v, form, s)

    PC_FORMS = ["plain", "nbsp", "dblspace", "hyphen", "underscore", "nospace", "lower", "nnbsp", "zwsp", "thinsp",
                "tab", "html_nbsp", "fullwidth", "lrm", "pct", "dot", "longspace", "json_u", "plus"]

    def pc(self, form=None, v=None):
        v = v or self.v_pc()
        form = form or self.nextform("pc", self.PC_FORMS)
        a, b = v.split(" ")
        if form == "nospace":
            s = a + b
        elif form == "lower":
            s = v.lower()
        elif form == "plus":
            s = a + "+" + b
        elif form in SEPS:
            s = SEPS[form].join([a, b])
        elif form in BLOB_FORMS:
            s = render_blob(v, form)
        else:
            s = render_text(a + b, form, [len(a), 3])
        return self._rec("postcode", v, form, s)

    PHONE_FORMS = ["plain", "intl", "intl_compact", "brackets", "hyphen", "dots", "0044", "tel_uri", "zwsp", "nbsp",
                   "fullwidth", "compact", "intl_0", "html_tags", "pct", "b64", "lrm"]

    def phone(self, form=None, v=None):
        v = v or self.v_phone()
        form = form or self.nextform("phone", self.PHONE_FORMS)
        d = v.replace(" ", "")
        nsn = d[1:]
        parts = v.split(" ")
        if form == "plain":
            s = v
        elif form == "intl":
            s = "+44 " + " ".join([parts[0][1:]] + parts[1:])
        elif form == "intl_compact":
            s = "+44" + nsn
        elif form == "intl_0":
            s = "+44 (0)" + " ".join([parts[0][1:]] + parts[1:])
        elif form == "brackets":
            s = "(" + parts[0] + ") " + " ".join(parts[1:])
        elif form == "hyphen":
            s = "-".join(parts)
        elif form == "dots":
            s = ".".join(parts)
        elif form == "0044":
            s = "0044 " + " ".join([parts[0][1:]] + parts[1:])
        elif form == "tel_uri":
            s = "tel:+44-" + "-".join([parts[0][1:]] + parts[1:])
        elif form == "compact":
            s = d
        elif form in BLOB_FORMS:
            s = render_blob(v, form)
        else:
            s = render_text(d, form, [len(p) for p in parts])
        return self._rec("phone", nsn, form, s)

    EMAIL_FORMS = ["plain", "upper", "mailto_pct", "at_dot_words", "html_ent", "rfc2047", "b64", "zwsp", "angle",
                   "json_u", "fullwidth_at", "pct_all", "bracket_at"]

    def email(self, form=None, v=None):
        v = v or self.v_email()
        form = form or self.nextform("email", self.EMAIL_FORMS)
        loc, dom = v.split("@")
        if form == "plain":
            s = v
        elif form == "upper":
            s = v.upper()
        elif form == "mailto_pct":
            s = "mailto:" + loc + "%40" + dom
        elif form == "at_dot_words":
            s = loc + " at " + dom.replace(".", " dot ")
        elif form == "bracket_at":
            s = loc + " [at] " + dom.replace(".", " [dot] ")
        elif form == "html_ent":
            s = loc + "&#64;" + dom
        elif form == "rfc2047":
            s = "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="
        elif form == "b64":
            s = base64.b64encode(v.encode()).decode()
        elif form == "zwsp":
            s = loc[:4] + "\u200b" + loc[4:] + "@\u200b" + dom
        elif form == "angle":
            s = "<" + v + ">"
        elif form == "json_u":
            s = loc + "\\u0040" + dom
        elif form == "fullwidth_at":
            s = loc + "\uff20" + dom
        elif form == "pct_all":
            s = "".join("%%%02X" % ord(c) for c in v)
        else:
            raise ValueError(form)
        return self._rec("email", v, form, s)

    NAME_FORMS = ["plain", "surname_first", "upper", "title", "initial", "plain", "upper_surname", "possessive",
                  "html_split", "zwsp", "title"]

    def name(self, form=None, v=None):
        v = v or self.v_name()
        form = form or self.nextform("name", self.NAME_FORMS)
        f, s = v.split(" ", 1)
        if form == "plain":
            r = v
        elif form == "surname_first":
            r = s + ", " + f
        elif form == "upper":
            r = v.upper()
        elif form == "title":
            r = self.rng.choice(["Mrs", "Mr", "Ms", "Dr", "Miss", "Mx"]) + " " + v
        elif form == "initial":
            r = f[0] + ". " + s
        elif form == "upper_surname":
            r = s.upper() + " " + f
        elif form == "possessive":
            r = v + "'s"
        elif form == "html_split":
            r = "<b>" + f + "</b>&nbsp;<i>" + s + "</i>"
        elif form == "zwsp":
            r = f[:2] + "\u200b" + f[2:] + " " + s
        elif form == "spaced":
            r = " ".join(v)
        else:
            raise ValueError(form)
        words = [w for w in v.replace("-", " ").split() if len(w) >= 2]
        if form == "initial":
            words = [w for w in s.replace("-", " ").split() if len(w) >= 2]
        words = [w for w in words if w.lower() not in ("ap", "de", "van", "der", "la", "le", "st", "von", "mac", "an", "ní", "ó")]
        return self._rec("name", v, form, r, words=words)

    ADDR_FORMS = ["prose", "label_site", "log_kv", "pipe", "multiline", "nocomma", "upper", "flat", "house",
                  "reverse_label", "semicolon", "prose"]

    def addr(self, form=None, a=None, pcform=None):
        form = form or self.nextform("addr", self.ADDR_FORMS)
        a = a or self.v_addr(flat=(form == "flat"), house=(form == "house"))
        pcs = self.pc(pcform or "plain", v=a["pc"])
        line1 = "%d %s %s" % (a["num"], a["street"], a["stype"])
        if a.get("flat"):
            line1 = a["flat"] + ", " + line1
        if a.get("house"):
            line1 = a["house"] + ", " + a["street"] + " " + a["stype"]
        if form in ("prose", "label_site", "flat", "house", "reverse_label"):
            s = "%s, %s, %s %s" % (line1, a["loc"], a["town"], pcs)
        elif form == "log_kv":
            s = 'addr1="%s" locality="%s" town="%s" postcode="%s"' % (line1, a["loc"], a["town"], pcs)
        elif form == "pipe":
            s = "%s|%s|%s|%s" % (line1, a["loc"], a["town"], pcs)
        elif form == "multiline":
            s = "%s\n%s\n%s\n%s" % (line1, a["loc"], a["town"], pcs)
        elif form == "nocomma":
            s = "%s %s %s %s" % (line1.replace(",", ""), a["loc"], a["town"], pcs)
        elif form == "upper":
            s = ("%s, %s, %s" % (line1, a["loc"], a["town"])).upper() + " " + pcs
        elif form == "semicolon":
            s = "%s; %s; %s; %s" % (line1, a["loc"], a["town"], pcs)
        else:
            raise ValueError(form)
        self._rec("address", line1 + ", " + a["loc"] + ", " + a["town"] + " " + a["pc"], form, s, words=a["words"])
        return s

    # ---------- capture groups for container-encoded payloads
    def begin(self):
        self._cap = []
        self._kcap = len(self.keeps)

    def end(self, blob, form):
        for d in self._cap:
            d["needle"] = blob
            d["form"] = form + "(" + d["form"] + ")"
        self._cap = None
        del self.keeps[self._kcap:]
        return blob

    # ---------- keeps
    def k(self, t=None):
        r = self.rng
        t = t or r.choice(KEEP_TYPES)
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
        if t == "tc":
            s = r.choice(["TC-QT-%s" % d(4), "MHHS-TC-BP%s-%s" % (d(3), d(3)), "SIT-E2E-%s" % d(5), "UIT_%s_%s" % (d(2), d(3))])
        elif t == "mpanref":
            s = r.choice(["MPAN-REF-%s" % d(2), "MPANREF%s" % d(3), "MPAN-REF-%s" % d(4), "QTMPAN%s" % d(3)])
        elif t == "msg":
            s = r.choice(["D0010", "D0150", "D0086", "D0268", "D0205", "IF-031", "IF-021", "IF-036", "PUB-042", "ECS17",
                          "SRV8.1.1", "CS11", "UNC-NRF", "MM12", "ONUPD", "D0055", "D0302", "IF-019", "DUIS-4.2", "GBCS-v3.2"])
        elif t == "dip":
            s = "DIP-%s-%s-%s" % (hx(8), hx(4), hx(12))
        elif t == "uuid":
            s = "%s-%s-4%s-a%s-%s" % (hx(8), hx(4), hx(3), hx(3), hx(12))
        elif t == "ts":
            s = "2026-%02d-%02dT%02d:%02d:%02d.%sZ" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), d(3))
        elif t == "epochms":
            while True:
                s = "17" + d(11)
                if not is_valid_core(s):
                    break
        elif t == "epoch":
            s = "17" + d(8)
        elif t == "amount":
            s = "£%d,%s.%s" % (r.randint(1, 9), d(3), d(2))
        elif t == "count":
            s = "records=%d" % r.randint(100, 99999)
        elif t == "version":
            s = "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99))
        elif t == "po":
            s = "PO-45%s" % d(8)
        elif t == "inv":
            s = "INV-2026-%s" % d(6)
        elif t == "crn":
            s = "CRN%s" % d(8)
        elif t == "ticket":
            s = r.choice(["RITM%s" % d(7), "CHG%s" % d(7), "DEF-%s" % d(5), "BUG%s" % d(6)])
        elif t == "llfc":
            s = r.choice(["LLFC%s" % d(3), "SSC%s" % d(4), "MTC%s" % d(3), "PC0%d" % r.randint(1, 8), "GSP_%s" % r.choice("ABCDEFGHJKLMNP")])
        elif t == "mpid":
            s = r.choice(["EELC", "LOND", "SWEB", "MANW", "NORW", "SOUT", "BGAS", "UDMS", "HYDE", "SPOW"]) + "-" + d(2)
        elif t == "batch":
            s = "BATCH%s" % d(8)
        elif t == "ip":
            s = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        elif t == "sha":
            s = "sha256:" + hx(40)
        elif t == "ean":
            while True:
                s = "50" + d(11)
                if not is_valid_core(s):
                    break
        elif t == "job":
            s = "WO-%s" % d(8)
        elif t == "vat":
            s = "GB%s" % d(9)
        elif t == "duration":
            s = "%dms" % r.randint(3, 99999)
        elif t == "build":
            s = "build.2026.%s" % d(4)
        elif t == "ofgem":
            s = "CMP-2026-%s" % d(5)
        elif t == "date":
            s = "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12))
        elif t == "corr":
            s = "corr-%s" % hx(16)
        elif t == "port":
            s = "port=%d" % r.randint(1024, 65000)
        elif t == "reading":
            s = "%s.%skWh" % (d(5), d(1))
        elif t == "compno":
            s = "SC%s" % d(6)
        else:
            raise ValueError(t)
        self.keeps.append(dict(value=s, type=t))
        return s

KEEP_TYPES = ["tc", "mpanref", "msg", "dip", "uuid", "ts", "epochms", "epoch", "amount", "count", "version", "po",
              "inv", "crn", "ticket", "llfc", "mpid", "batch", "ip", "sha", "ean", "job", "vat", "duration", "build",
              "ofgem", "date", "corr", "port", "reading", "compno"]
