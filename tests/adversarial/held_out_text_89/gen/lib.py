"""Value makers, forms and the template filler for the round-48 text corpus (seeded, deterministic)."""
import json, re, uuid, hashlib

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


def ean_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


FIRST = ["John", "Sarah", "James", "Paul", "Mark", "Grace", "Emma", "David", "Susan", "Peter", "Karen", "Thomas",
         "Rhys", "Siân", "Gwenllian", "Dafydd", "Eilidh", "Ruaraidh", "Mairead", "Catriona", "Priya", "Mohammed",
         "Harpreet", "Sunil", "Aisha", "Chinedu", "Adwoa", "Oluwaseun", "Kwame", "Ngozi", "Katarzyna", "Paweł",
         "Agnieszka", "Tomasz", "Siobhán", "Ciarán", "Niamh", "Declan", "Fatima", "Imran", "Bethan", "Iestyn",
         "Hamish", "Morag", "Deepa", "Yusuf", "Olamide", "Zofia", "Margaret", "George"]
LAST = ["Smith", "Brown", "Wood", "Walker", "Hill", "Green", "Baker", "Cook", "Young", "King", "Fields", "Mills",
        "Llewellyn", "Pryce", "ap Gwilym", "Mackenzie", "MacAoidh", "NicLeòid", "Raghunathan", "Iqbal",
        "Kaur Sandhu", "Okonkwo", "Mensah", "Adeyemi", "Wiśniewska", "Zieliński", "Kowalczyk", "O'Sullivan",
        "Ó Briain", "Clarke-Hughes", "Price-Davies", "Bell", "Stone", "Marsh", "Lamb", "Fox", "Patel", "Chaudhry",
        "Boateng", "Nowak", "MacLeod", "Jones", "Evans", "Rees", "Owusu", "Taylor", "Robinson", "Shaw", "Hughes",
        "Ward"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]
STREET_TYPES = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Terrace", "Grove", "Way", "Gardens",
                "Place", "Court", "Row", "View", "Walk", "Hill"]
STREETS = ["Ashgrove", "Kirkstall", "Beechwood", "Hyndland", "Cathedral", "Albion", "Marlborough", "Thornton",
           "Woodhouse", "Penrhyn", "Clarendon", "Belmont", "Station", "Victoria", "Rosebery", "Dunraven",
           "Fernbank", "Holyrood", "Ormeau", "Lisburn", "Malone", "Cregagh", "Blackthorn", "Gorsey", "Pendle",
           "Harrowby", "Stanmore", "Wellesley", "Sandringham", "Kingsley"]
WELSH_STREETS = ["Heol y Bont", "Ffordd yr Orsaf", "Stryd Fawr", "Heol Llanbedr", "Lôn Glan Môr", "Ffordd Penrhos",
                 "Heol y Felin", "Stryd y Castell"]
HOUSE_NAMES = ["Rose Cottage", "Tŷ Gwyn", "The Old Rectory", "Glenview", "Bryn Awel", "Hawthorn Lodge",
               "Ardnamurchan House", "Penlan Farm"]
# (town, postcode districts, region)
PLACES = [("Leeds", ["LS6", "LS8", "LS11", "LS17"], "E"), ("Sheffield", ["S7", "S10", "S11"], "E"),
          ("Manchester", ["M14", "M20", "M21"], "E"), ("Bristol", ["BS3", "BS6", "BS7"], "E"),
          ("Norwich", ["NR2", "NR3"], "E"), ("Plymouth", ["PL4", "PL1"], "E"), ("Newcastle upon Tyne", ["NE6", "NE4"], "E"),
          ("Birmingham", ["B15", "B29", "B13"], "E"), ("Glasgow", ["G12", "G41", "G31"], "S"),
          ("Edinburgh", ["EH3", "EH6", "EH10"], "S"), ("Aberdeen", ["AB10", "AB24"], "S"),
          ("Inverness", ["IV2", "IV3"], "S"), ("Belfast", ["BT7", "BT9", "BT5"], "N"), ("Derry", ["BT48"], "N"),
          ("Lisburn", ["BT27", "BT28"], "N"), ("Cardiff", ["CF10", "CF24", "CF5"], "W"),
          ("Caernarfon", ["LL55"], "W"), ("Llanelli", ["SA15"], "W"), ("Aberystwyth", ["SY23"], "W"),
          ("Swansea", ["SA1", "SA2"], "W"), ("Exeter", ["EX4", "EX2"], "E"), ("York", ["YO10", "YO31"], "E")]
KEEP_TOWNS = ["Reading", "Wakefield", "Sunderland", "Preston", "Derby", "Chester", "Bath", "Durham"]
WORDS = ["brown", "wood", "walker", "hill", "green", "baker", "cook", "young", "king", "fields", "mills", "bell",
         "stone", "marsh", "lamb", "fox", "shaw", "ward"]
PCL = "ABDEFGHJLNPQRSTUWXYZ"
SER_PREFIX = ["S14A", "K05E", "E10BG", "L87S", "Z16N", "F12A", "D11UK", "18P", "21L", "A12E"]
GAS_PREFIX = ["G4A", "G4K", "E6S", "SMG", "G6E", "UGM"]
EUI_OUI = ["00-0D-6F", "00-1B-C5", "70-B3-D5", "BC-33-AC", "00-24-46", "D0-52-A8"]
STREET_WORDS = set(STREET_TYPES) | {"Flat", "The", "and", "Old", "House", "Farm", "Lodge", "upon", "Box", "Heol",
                                   "Ffordd", "Stryd", "Lôn"}


class Rec:
    """One customer/supply with all its identifiers and a set of keeps."""

    def __init__(self, rng, n):
        r = self.r = rng
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.title = r.choice(TITLES)
        town, dists, reg = r.choice(PLACES)
        self.town, self.reg = town, reg
        self.pc = f"{r.choice(dists)} {r.randint(1, 9)}{r.choice(PCL)}{r.choice(PCL)}"
        num = r.randint(1, 212)
        if reg == "W" and r.random() < 0.6:
            street = r.choice(WELSH_STREETS)
        else:
            street = f"{r.choice(STREETS)} {r.choice(STREET_TYPES)}"
        k = r.random()
        if reg == "S" and k < 0.35:
            self.line1 = f"{r.randint(0, 3)}/{r.randint(1, 2)}, {num} {street}"
            self.addr_tech = "tenement_2/1"
        elif k < 0.25:
            self.line1 = f"Flat {r.randint(1, 24)}, {num} {street}"
            self.addr_tech = "flat"
        elif k < 0.40:
            self.line1 = f"{r.choice(HOUSE_NAMES)}, {street}"
            self.addr_tech = "no_number"
        elif k < 0.45:
            self.line1 = f"PO Box {r.randint(10, 999)}"
            self.addr_tech = "po_box"
        else:
            self.line1 = f"{num} {street}"
            self.addr_tech = "plain"
        d12 = r.choice(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]) + \
            "".join(str(r.randint(0, 9)) for _ in range(10))
        self.mpan = d12 + mpan_check(d12)
        self.mtop = r.choice(["01", "02", "03", "04", "05", "08"]) + r.choice(["801", "845", "181", "393", "811", "970"]) + \
            f"{r.randint(100, 999)}"
        self.mprn = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 9])))
        p = r.choice(SER_PREFIX)
        self.eser = p + "".join(str(r.randint(0, 9)) for _ in range(10 - len(p) if len(p) < 5 else 5))
        g = r.choice(GAS_PREFIX)
        if g == "E6S":
            self.gser = g + "".join(str(r.randint(0, 9)) for _ in range(7)) + str(r.randint(1995, 2024))
        else:
            self.gser = g + "".join(str(r.randint(0, 9)) for _ in range(8))
        self.eui = r.choice(EUI_OUI).replace("-", "") + "".join(r.choice("0123456789ABCDEF") for _ in range(10))
        self.phone = r.choice([f"07700 900{r.randint(100, 999)}", f"0113 496 0{r.randint(100, 999)}",
                               f"028 9018 {r.randint(1000, 9999)}", f"029 2018 {r.randint(1000, 9999)}",
                               f"0141 496 0{r.randint(100, 999)}", f"07{r.randint(400, 999)} {r.randint(100000, 999999)}"])
        ascii_last = self.last.replace("ś", "s").replace("ń", "n").replace("ò", "o").replace("Ó ", "o").replace(" ", "").replace("'", "").lower()
        ascii_first = self.first.replace("â", "a").replace("ł", "l").replace("á", "a").lower()
        self.email = f"{ascii_first}.{ascii_last}{r.randint(1, 99)}@{r.choice(['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.co.uk'])}"
        self.acct = r.choice([f"{r.randint(10000000, 99999999)}", f"A{r.randint(1000000, 9999999)}",
                              f"CA-{r.randint(100000, 999999)}-{r.randint(10, 99)}"])
        # keeps
        self.tc = f"TC-{r.randint(1000, 9999)}"
        self.flow = r.choice(["D0010", "D0086", "D0149", "D0150", "D0205", "D0055", "D0302", "D0131", "D0019", "D0036"])
        self.iflow = r.choice(["IF-031", "IF-032", "IF-047", "IF-021", "IF-036", "PUB-011"])
        self.dip = str(uuid.UUID(int=r.getrandbits(128), version=4))
        self.uuid = str(uuid.UUID(int=r.getrandbits(128), version=4))
        self.mref = f"MPAN-REF-{r.randint(1, 99):02d}"
        self.tsms = str(r.randint(1762000000000, 1765999999999))
        self.unix = str(r.randint(1762000000, 1765999999))
        self.inv = f"INV-{r.randint(2025, 2026)}-{r.randint(100000, 999999)}"
        self.wo = f"WO-{r.randint(100000, 9999999)}"
        e12 = "50" + "".join(str(r.randint(0, 9)) for _ in range(10))
        self.ean = e12 + ean_check(e12)
        self.sha = hashlib.sha1(str(r.random()).encode()).hexdigest()
        self.sha7 = self.sha[:7]
        self.ver = f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"
        self.kwh = f"{r.randint(100, 99999)}.{r.randint(0, 9)}"
        self.gbp = f"£{r.randint(1, 2999)}.{r.randint(0, 99):02d}"
        self.date = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"
        self.tariff = r.choice(["E7-STD-2026", "SEG-FIX-12", "EV-NIGHT-V3", "FLEX-OCT-25", "STD-VAR-E1", "ECO7-DUAL-09"])
        self.keeptown = r.choice(KEEP_TOWNS)
        self.word = r.choice(WORDS)
        self.read = f"{r.randint(0, 99999):06d}"
        self.n = n

    # ---- forms -------------------------------------------------------------------------
    def mpan_form(self, tech=None):
        m = self.mpan
        opts = ["plain", "spaced", "full21", "full_spaced", "dashed", "nbsp", "dotted", "wrapped", "zwsp"]
        tech = tech or self.r.choice(opts)
        t = {"plain": m, "spaced": f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}", "full21": self.mtop + m,
             "full_spaced": f"{self.mtop[:2]} {self.mtop[2:5]} {self.mtop[5:]} {m[:2]} {m[2:6]} {m[6:10]} {m[10:]}",
             "dashed": f"{m[:2]}-{m[2:6]}-{m[6:10]}-{m[10:]}", "nbsp": f"{m[:2]}\u00a0{m[2:6]}\u00a0{m[6:10]}\u00a0{m[10:]}",
             "dotted": f"{m[:4]}.{m[4:8]}.{m[8:]}", "wrapped": f"{m[:6]}\n{m[6:]}",
             "zwsp": "\u200b".join([m[:4], m[4:8], m[8:]]),
             "sline": f"S {self.mtop[:2]} {self.mtop[2:5]} {self.mtop[5:]}\n  {m[:2]} {m[2:6]} {m[6:10]} {m[10:]}",
             "ju": "".join(f"\\u{ord(c):04x}" for c in m)}[tech]
        return t, tech

    def ser_form(self, which="e", tech=None):
        s = self.eser if which == "e" else self.gser
        tech = tech or self.r.choice(["plain", "plain", "lower", "spaced", "hyphen"])
        cut = 4 if len(s) > 9 else 3
        t = {"plain": s, "lower": s.lower(), "spaced": s[:cut] + " " + s[cut:], "hyphen": s[:cut] + "-" + s[cut:]}[tech]
        return t, tech

    def eui_form(self, tech=None):
        e = self.eui
        tech = tech or self.r.choice(["dash", "colon", "none", "lower_colon", "0x", "space", "dot4"])
        pairs = [e[i:i + 2] for i in range(0, 16, 2)]
        t = {"dash": "-".join(pairs), "colon": ":".join(pairs), "none": e, "lower_colon": ":".join(pairs).lower(),
             "0x": "0x" + e, "space": " ".join(pairs), "dot4": ".".join(e[i:i + 4] for i in range(0, 16, 4)).lower()}[tech]
        return t, tech

    def pc_form(self, tech=None):
        p = self.pc
        tech = tech or self.r.choice(["plain", "plain", "plain", "nospace", "lower", "double", "nbsp"])
        a, b = p.split(" ")
        t = {"plain": p, "nospace": a + b, "lower": p.lower(), "double": a + "  " + b, "nbsp": a + "\u00a0" + b}[tech]
        return t, tech

    def phone_form(self, tech=None):
        p = self.phone
        tech = tech or self.r.choice(["plain", "plain", "intl", "nospace"])
        digits = p.replace(" ", "")
        t = {"plain": p, "intl": "+44 " + p[1:], "nospace": digits}[tech]
        return t, tech

    def ph(self):
        """placeholder table: KEY -> (text, role, kind, tech)"""
        r = self.r
        d = {}
        full = f"{self.first} {self.last}"
        d["NAME"] = (full, "id", "name", "plain")
        d["NAME_SF"] = (f"{self.last}, {self.first}", "id", "name", "surname_first")
        d["NAME_UP"] = (full.upper(), "id", "name", "caps")
        d["NAME_LOW"] = (full.lower(), "id", "name", "lower")
        d["NAME_INIT"] = (f"{self.first[0]}. {self.last}", "id", "name", "initial")
        d["FIRST"] = (self.first, "id", "name", "forename_only")
        d["LAST"] = (self.last, "id", "name", "surname_only")
        d["TITLE"] = (self.title, "text", None, None)
        d["ADDR1"] = (self.line1, "id", "address", self.addr_tech)
        d["TOWN"] = (self.town, "id", "address", "town")
        d["ADDR"] = (f"{self.line1}, {self.town}", "id", "address", self.addr_tech)
        d["ADDR_UP"] = (f"{self.line1}, {self.town}".upper(), "id", "address", self.addr_tech + "+caps")
        for k in ["PC", "PC_X"]:
            t, tech = self.pc_form("plain" if k == "PC" else None)
            d[k] = (t, "id", "postcode", tech)
        for k in ["MPAN", "MPAN_X", "MPAN_X2", "MPAN_SP", "MPAN_FULL", "MPAN_S", "MPAN_U", "MPAN_EMB", "MPAN_WRAP"]:
            tech = {"MPAN": "plain", "MPAN_SP": "spaced", "MPAN_FULL": "full21", "MPAN_S": "sline", "MPAN_U": "ju",
                    "MPAN_EMB": "plain", "MPAN_WRAP": "wrapped"}.get(k)
            t, tech = self.mpan_form(tech)
            if k == "MPAN_EMB":
                tech = "embedded"
            d[k] = (t, "id", "mpan", tech)
        d["MPRN"] = (self.mprn, "id", "mprn", "plain")
        d["MPRN_EMB"] = (self.mprn, "id", "mprn", "embedded")
        for k in ["ESER", "ESER_X"]:
            t, tech = self.ser_form("e", "plain" if k == "ESER" else None)
            d[k] = (t, "id", "elec_serial", tech)
        d["ESER_LOW"] = (self.eser.lower(), "id", "elec_serial", "lower")
        for k in ["GSER", "GSER_X"]:
            t, tech = self.ser_form("g", "plain" if k == "GSER" else None)
            d[k] = (t, "id", "gas_serial", tech)
        for k in ["EUI", "EUI_X", "EUI_X2"]:
            t, tech = self.eui_form("dash" if k == "EUI" else None)
            d[k] = (t, "id", "eui64", tech)
        d["EUI_RAW"] = (self.eui, "id", "eui64", "none")
        for k in ["PHONE", "PHONE_X"]:
            t, tech = self.phone_form("plain" if k == "PHONE" else None)
            d[k] = (t, "id", "phone", tech)
        d["EMAIL"] = (self.email, "id", "email", "plain")
        d["ACCT"] = (self.acct, "id", "account", "plain")
        for k, v in [("TC", self.tc), ("FLOW", self.flow), ("IF", self.iflow), ("DIP", self.dip), ("UUID", self.uuid),
                     ("MREF", self.mref), ("TSMS", self.tsms), ("UNIX", self.unix), ("INV", self.inv), ("WO", self.wo),
                     ("EAN", self.ean), ("SHA", self.sha), ("SHA7", self.sha7), ("VER", self.ver), ("KWH", self.kwh),
                     ("GBP", self.gbp), ("DATE", self.date), ("TARIFF", self.tariff), ("KTOWN", self.keeptown),
                     ("WORD", self.word), ("READ", self.read)]:
            d[k] = (v, "keep", k.lower(), None)
        return d


class Builder:
    def __init__(self):
        self.parts = []
        self.items = []
        self.pos = 0

    def add(self, text, role="text", kind=None, tech=None, canon=None):
        if role in ("id", "keep"):
            self.items.append({"role": role, "kind": kind, "tech": tech, "text": text, "start": self.pos,
                               "end": self.pos + len(text)})
        self.parts.append(text)
        self.pos += len(text)

    def text(self):
        return "".join(self.parts)


def esc(text, mode):
    if mode == "json":
        return json.dumps(text, ensure_ascii=False)[1:-1]
    if mode == "jsonA":
        return json.dumps(text, ensure_ascii=True)[1:-1]
    if mode == "sql":
        return text.replace("'", "''")
    if mode == "xml":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
    return text


PH = re.compile(r"\{\{(B\.)?([A-Z0-9_]+)\}\}")


def fill(b, template, recs, mode=None):
    """Fill {{KEY}} / {{B.KEY}} placeholders from recs[0]/recs[1] into builder b."""
    tables = [rc.ph() if not hasattr(rc, "_ph") else rc._ph for rc in recs]
    for rc, t in zip(recs, tables):
        rc._ph = t
    pos = 0
    for m in PH.finditer(template):
        b.add(template[pos:m.start()])
        tab = tables[1] if m.group(1) else tables[0]
        text, role, kind, tech = tab[m.group(2)]
        if role == "id" and kind == "mpan" and tech in ("wrapped", "sline") and mode in ("json", "jsonA", "sql"):
            text, tech = rc_fallback(text)
        b.add(esc(text, mode) if tech != "ju" else text, role, kind, tech)
        pos = m.end()
    b.add(template[pos:])


def rc_fallback(text):
    return text.replace("\n  ", " ").replace("\n", ""), "spaced_fallback"
