"""Shared data makers for the round-47 held-out text corpus (seeded, deterministic)."""
import re, random, string, hashlib, uuid

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10

def mpan_valid(s13):
    return len(s13) == 13 and s13.isdigit() and mpan_check(s13[:12]) == int(s13[12])

FIRST = ["John", "Sarah", "James", "Paul", "Mark", "Grace", "Rose", "Jack", "Emma", "Olivia", "Siobhan", "Niamh",
         "Aled", "Gwenllian", "Dafydd", "Rhys", "Eilidh", "Ruaridh", "Catriona", "Priya", "Rajesh", "Anjali",
         "Mohammed", "Fatima", "Oluwaseun", "Chinedu", "Adaeze", "Kwame", "Agnieszka", "Krzysztof", "Tomasz",
         "Wojciech", "Zofia", "Ioana", "Giuseppe", "Mei", "Aisha", "Yusuf", "Hannah", "Kofi", "Bethan", "Seren",
         "Iolo", "Morag", "Hamish", "Deepak", "Sunita", "Bogdan", "Ngozi", "Tunde", "Margaret", "Dorothy", "Ian",
         "Robin", "Holly", "Amber", "Victoria", "Albert", "Norman", "Florence"]
LAST = ["Smith", "Brown", "Wood", "Walker", "Green", "King", "Baker", "Hall", "Rose", "Mark", "O'Neill", "D'Souza",
        "Smith-Jones", "ap Gwilym", "MacLeod", "McAllister", "Nowak", "Kowalski", "Wisniewski", "Okafor", "Adeyemi",
        "Mensah", "Patel", "Chaudhry", "Khan", "Iqbal", "Nguyen", "Williams", "Evans", "Llewellyn", "Pryce",
        "Fitzgerald", "Grace", "Bishop", "Marsh", "Field", "Chamberlain", "Lamb", "Fox", "Moss", "Ward",
        "Sutherland", "Macdonald", "Ferguson", "Wilson-Hughes", "Ogunleye", "Asante", "Banerjee", "Sharma",
        "Zielinska", "Dabrowski", "O'Connor", "Mc Ginley", "De Souza", "Price", "Hill", "Young", "Bell"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Revd", "Mx"]

AREAS = [("NE46", "Hexham"), ("BT7", "Belfast"), ("CF10", "Cardiff"), ("SA31", "Carmarthen"), ("G12", "Glasgow"),
         ("EH3", "Edinburgh"), ("LL55", "Caernarfon"), ("M14", "Manchester"), ("B15", "Birmingham"), ("LS6", "Leeds"),
         ("BS7", "Bristol"), ("NR2", "Norwich"), ("PL4", "Plymouth"), ("IV2", "Inverness"), ("AB10", "Aberdeen"),
         ("KA7", "Ayr"), ("E1", "London"), ("N16", "London"), ("CH41", "Birkenhead"), ("DE22", "Derby"),
         ("TR1", "Truro"), ("LD1", "Llandrindod Wells"), ("DH1", "Durham"), ("YO1", "York"), ("HU5", "Hull"),
         ("SY23", "Aberystwyth"), ("BT48", "Londonderry"), ("PA1", "Paisley"), ("BT20", "Bangor"),
         ("NP20", "Newport"), ("SA1", "Swansea"), ("DD1", "Dundee"), ("CA3", "Carlisle"), ("S10", "Sheffield")]
STREETS = ["Mill", "Church", "Station", "Victoria", "Albert", "Park", "Chapel", "Queen's", "King", "Green", "Rose",
           "Hall", "Baker", "Walker", "Oakfield", "Hawthorn", "Priory", "St Mary's", "Elm", "Beech", "Orchard",
           "Meadow", "Castle", "Bridge", "Cemetery", "Tanners", "Ropewalk", "Wellington", "Gladstone", "Cromwell"]
STYPES = ["Road", "Lane", "Street", "Avenue", "Close", "Crescent", "Drive", "Way", "Gardens", "Terrace", "Court",
          "Mews", "Row", "Walk", "Place", "Grove", "Hill"]
HOUSES = ["Rose Cottage", "The Old Forge", "Ty Gwyn", "Bryn Awel", "Hawthorn House", "The Granary", "Meadow View",
          "Glebe Farm", "Ivy Cottage", "Orchard End", "Ardmore", "Tigh na Mara", "The Willows", "Hillcrest"]
WELSH_ST = ["Heol y Bont", "Ffordd yr Eglwys", "Stryd Fawr", "Heol Llanelli", "Lon Glan Mor", "Ffordd Penrhos"]
TOWNS_EXTRA = ["Hexham", "Carlisle", "Ayr", "Truro", "Bangor", "Derby", "Durham", "York"]

def pc_inward(rng):
    return str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


class Person:
    def __init__(self, rng):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.title = rng.choice(TITLES)
        area, town = rng.choice(AREAS)
        self.town = town
        self.outward = area
        self.inward = pc_inward(rng)
        self.postcode = f"{area} {self.inward}"
        kind = rng.random()
        st = f"{rng.choice(STREETS)} {rng.choice(STYPES)}"
        if area.startswith(("SA", "LL", "SY", "LD", "CF", "NP")) and rng.random() < 0.5:
            st = rng.choice(WELSH_ST)
        n = rng.randint(1, 240)
        if kind < 0.45:
            self.addr = f"{n} {st}, {town}"
        elif kind < 0.6:
            self.addr = f"Flat {rng.randint(1, 12)}, {n}{rng.choice('ab')} {st}, {town}"
        elif kind < 0.75:
            self.addr = f"{rng.choice(HOUSES)}, {st}, {town}"
        elif kind < 0.82 and town in ("Glasgow", "Edinburgh", "Paisley", "Dundee", "Aberdeen"):
            self.addr = f"{rng.randint(0, 4)}/{rng.randint(1, 3)}, {n} {st}, {town}"
        elif kind < 0.88:
            self.addr = f"PO Box {rng.randint(10, 999)}, {town}"
        else:
            self.addr = f"{n} {st}, {rng.choice(['Low Fell', 'Heaton', 'Jesmond', 'Roath', 'Canton', 'Partick', 'Leith', 'Headingley'])}, {town}"
        self.street = st
        # numbers
        d = str(rng.randint(10, 23))
        body = d + "".join(rng.choice(string.digits) for _ in range(10))
        self.mpan = body + str(mpan_check(body))
        self.top = (f"0{rng.randint(1, 8)}", str(rng.choice([801, 845, 151, 393, 121])), f"{rng.randint(1, 999):03d}")
        self.mprn = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(rng.choice([6, 7, 8, 9])))
        yy = rng.randint(12, 25)
        self.eser = rng.choice([
            f"{yy}{rng.choice('ELKPZS')}{rng.randint(0, 9999999):07d}",
            f"{rng.choice('SKLDZ')}{rng.randint(10, 99)}{rng.choice('ABCDEH')}{rng.randint(0, 99999):05d}",
            f"E{yy}{rng.choice('ABCDZ')}{rng.randint(0, 999999):06d}",
        ])
        self.gser = rng.choice([
            f"E6S{rng.randint(0, 99999999):08d}{yy}",
            f"G4{rng.choice('ABCKP')}{rng.randint(0, 9999999):07d}",
            f"U6K{rng.randint(0, 9999999):07d}",
            f"{yy}M{rng.randint(0, 999999):06d}",
        ])
        oui = rng.choice(["000D6F", "001BC5", "70B3D5", "BC33AC", "84186B", "0022A3"])
        self.eui = oui + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
        self.account = rng.choice(["85", "10", "61", "30"]) + "".join(rng.choice(string.digits) for _ in range(rng.choice([8, 10])))
        self.mobile = f"07700 900{rng.randint(0, 999):03d}"
        self.land = rng.choice([f"0191 496 0{rng.randint(0, 999):03d}", f"028 9018 0{rng.randint(0, 999):03d}",
                                f"029 2018 0{rng.randint(0, 999):03d}", f"0113 496 0{rng.randint(0, 999):03d}",
                                f"0141 496 0{rng.randint(0, 999):03d}", f"01434 60{rng.randint(0, 9999):04d}"])
        local = rng.choice([f"{self.first}.{self.last}", f"{self.first[0]}{self.last}", f"{self.first}{rng.randint(1, 99)}",
                            f"{self.last}.{self.first[0]}"]).lower().replace("'", "").replace(" ", "")
        self.email = f"{local}@{rng.choice(['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com'])}"


def canon_alnum(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


class Doc:
    """Templates hold markers; render() substitutes and records exact spans."""
    def __init__(self, rng):
        self.rng = rng
        self.items = []

    def _m(self, tag, rec):
        self.items.append(rec)
        return f"\u27e6{tag}{len(self.items) - 1}\u27e7"

    def S(self, kind, text, canon=None, form="plain", words=None):
        rec = dict(kind=kind, text=text, form=form)
        if kind in ("name", "address"):
            rec["words"] = words if words is not None else [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3 and w not in TITLES and w.lower() not in ("flat", "box", "c/o")]
        else:
            rec["canon"] = canon if canon is not None else canon_alnum(text)
        return self._m("S", rec)

    def K(self, kind, text):
        return self._m("K", dict(kind=kind, text=text))

    def render(self, tpl):
        out = []
        secrets, keeps = [], []
        pos = 0
        cur = 0
        for m in re.finditer(r"\u27e6([SK])(\d+)\u27e7", tpl):
            out.append(tpl[pos:m.start()])
            cur += m.start() - pos
            rec = dict(self.items[int(m.group(2))])
            rec["start"] = cur
            rec["end"] = cur + len(rec["text"])
            out.append(rec["text"])
            cur += len(rec["text"])
            pos = m.end()
            (secrets if m.group(1) == "S" else keeps).append(rec)
        out.append(tpl[pos:])
        text = "".join(out)
        for r in secrets + keeps:
            assert text[r["start"]:r["end"]] == r["text"]
            r["line_start"] = text.count("\n", 0, r["start"])
            r["line_end"] = text.count("\n", 0, r["end"])
        return text, secrets, keeps

    # ---- identifier helpers (forms) ----
    def name(self, p, form=None):
        r = self.rng
        form = form or r.choice(["plain", "plain", "title", "surname_first", "caps", "lower", "initial", "title_initial"])
        f, l, t = p.first, p.last, p.title
        txt = {"plain": f"{f} {l}", "title": f"{t} {f} {l}", "surname_first": f"{l}, {f}",
               "caps": f"{f} {l}".upper(), "lower": f"{f} {l}".lower(), "initial": f"{f[0]}. {l}",
               "title_initial": f"{t} {f[0]} {l}", "surname_caps": f"{l.upper()}, {f}", "first": f,
               "last_title": f"{t} {l}"}[form]
        return self.S("name", txt, form=form)

    def addr(self, p, form=None):
        form = form or "plain"
        txt = p.addr
        if form == "caps":
            txt = txt.upper()
        elif form == "nocomma":
            txt = txt.replace(",", "")
        elif form == "lines":
            txt = txt.replace(", ", "\n")
        return self.S("address", txt, form=form)

    def pc(self, p, form=None):
        form = form or self.rng.choice(["plain", "plain", "plain", "nospace", "lower", "nbsp", "dbl"])
        o, i = p.outward, p.inward
        txt = {"plain": f"{o} {i}", "nospace": f"{o}{i}", "lower": f"{o} {i}".lower(), "nbsp": f"{o}\u00a0{i}",
               "dbl": f"{o}  {i}", "hyph": f"{o}-{i}", "under": f"{o}_{i}"}[form]
        return self.S("postcode", txt, canon=(o + i).lower(), form=form)

    def mpan(self, p, form=None):
        c = p.mpan
        form = form or self.rng.choice(["core", "core", "core", "spaced", "full21", "full_sp", "dashed"])
        t = p.top
        txt = {"core": c, "spaced": f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}", "full21": "".join(t) + c,
               "full_sp": f"{t[0]} {t[1]} {t[2]} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}", "dashed": f"{c[:2]}-{c[2:6]}-{c[6:10]}-{c[10:]}",
               "dots": f"{c[:2]}.{c[2:6]}.{c[6:10]}.{c[10:]}", "core_sp3": f"{c[:4]} {c[4:8]} {c[8:]}",
               "uesc": "".join(f"\\u{ord(ch):04x}" for ch in c[:3]) + c[3:],
               "wrap": c[:7] + "\n" + c[7:], "qpsoft": c[:9] + "=\n" + c[9:], "under": f"{c[:2]}_{c[2:6]}_{c[6:10]}_{c[10:]}",
               "plus": f"{c[:2]}+{c[2:6]}+{c[6:10]}+{c[10:]}", "pct": f"{c[:2]}%20{c[2:6]}%20{c[6:10]}%20{c[10:]}",
               }[form]
        return self.S("mpan", txt, canon=c, form=form)

    def mprn(self, p, form=None):
        c = p.mprn
        form = form or self.rng.choice(["plain", "plain", "spaced"])
        txt = c if form == "plain" else (" ".join(c[i:i + 3] for i in range(0, len(c), 3)) if form == "spaced" else c)
        return self.S("mprn", txt, canon=c, form=form)

    def eser(self, p, form=None, gas=False):
        c = p.gser if gas else p.eser
        form = form or self.rng.choice(["plain", "plain", "lower", "spaced"])
        if form == "plain":
            txt = c
        elif form == "lower":
            txt = c.lower()
        elif form == "spaced":
            txt = c[:3] + " " + c[3:7] + " " + c[7:]
        elif form == "hyph":
            txt = c[:3] + "-" + c[3:]
        return self.S("gas_serial" if gas else "elec_serial", txt, canon=c.lower(), form=form)

    def gser(self, p, form=None):
        return self.eser(p, form, gas=True)

    def eui(self, p, form=None):
        e = p.eui
        form = form or self.rng.choice(["dash", "colon", "plain", "lower_colon", "0x", "dot4", "space4", "plain_lower"])
        pairs = [e[i:i + 2] for i in range(0, 16, 2)]
        txt = {"dash": "-".join(pairs), "colon": ":".join(pairs), "plain": e, "lower_colon": ":".join(pairs).lower(),
               "0x": "0x" + e, "dot4": ".".join(e[i:i + 4] for i in range(0, 16, 4)),
               "space4": " ".join(e[i:i + 4] for i in range(0, 16, 4)).lower(), "plain_lower": e.lower()}[form]
        return self.S("eui64", txt, canon=e.lower(), form=form)

    def phone(self, p, form=None):
        form = form or self.rng.choice(["mobile", "land", "intl", "mobile_ns"])
        txt = {"mobile": p.mobile, "land": p.land, "intl": "+44 " + p.mobile[1:], "mobile_ns": p.mobile.replace(" ", ""),
               "intl_ns": "+44" + p.mobile[1:].replace(" ", "")}[form]
        return self.S("phone", txt, canon=re.sub(r"\D", "", txt), form=form)

    def email(self, p, form=None):
        local = p.email.split("@")[0]
        c = canon_alnum(local)
        return self.S("email", p.email, canon=c if len(c) >= 4 else canon_alnum(p.email), form="plain")

    def acct(self, p, form=None):
        c = p.account
        form = form or self.rng.choice(["plain", "plain", "spaced"])
        txt = c if form == "plain" else " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        return self.S("account", txt, canon=c, form=form)

    # ---- keep helpers ----
    def k_epoch_ms(self):
        while True:
            v = str(self.rng.randint(1764000000000, 1766000000000))
            if not mpan_valid(v):
                return self.K("epoch_ms", v)

    def k_unix(self):
        return self.K("unix_time", str(self.rng.randint(1764000000, 1766000000)))

    def k_inv(self):
        return self.K("invoice", self.rng.choice([f"INV-2026-{self.rng.randint(1, 99999):05d}", f"INV{self.rng.randint(100000, 999999)}", f"SI/26/{self.rng.randint(1000, 9999)}"]))

    def k_wo(self):
        return self.K("work_order", self.rng.choice([f"WO-{self.rng.randint(1000000, 9999999)}", f"WO{self.rng.randint(100000, 999999)}", f"JOB-{self.rng.randint(10000, 99999)}"]))

    def k_ean(self):
        while True:
            b = "50" + "".join(self.rng.choice(string.digits) for _ in range(10))
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
            v = b + str((10 - s % 10) % 10)
            if not mpan_valid(v):
                return self.K("ean13", v)

    def k_mpanref(self):
        return self.K("mpan_ref", self.rng.choice([f"MPAN-REF-{self.rng.randint(1, 99):02d}", f"MPRN-REF-{self.rng.randint(1, 40):02d}", f"MSN-REF-{self.rng.randint(1, 30):02d}"]))

    def k_dflow(self):
        return self.K("dflow", self.rng.choice(["D0010", "D0150", "D0086", "D0149", "D0205", "D0055", "D0052", "D0311", "D0002", "D0268", "D0036"]) + self.rng.choice(["", "001", "002"]))

    def k_dip(self):
        return self.K("dip_id", self.rng.choice([f"DIP-{self.rng.randint(10000000, 99999999)}", f"DIPMSG-{uuid.UUID(int=self.rng.getrandbits(128)).hex[:12].upper()}", f"IF-0{self.rng.randint(10, 45)}"]))

    def k_uuid(self):
        return self.K("uuid", str(uuid.UUID(int=self.rng.getrandbits(128), version=4)))

    def k_sha(self):
        return self.K("sha", hashlib.sha1(str(self.rng.random()).encode()).hexdigest()[: self.rng.choice([40, 12, 7])])

    def k_ver(self):
        return self.K("version", f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 99)}")

    def k_kwh(self):
        return self.K("reading", f"{self.rng.randint(100, 99999)}.{self.rng.randint(0, 9)}")

    def k_money(self):
        return self.K("money", f"\u00a3{self.rng.randint(1, 1999):,}.{self.rng.randint(0, 99):02d}")

    def k_date(self):
        return self.K("date", self.rng.choice([f"2026-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}", f"{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}/2026"]))

    def k_tc(self):
        return self.K("test_case", self.rng.choice([f"TC-{self.rng.randint(100, 9999)}", f"QT-ELEC-{self.rng.randint(1, 400):03d}", f"SIT-{self.rng.randint(1000, 9999)}"]))

    def k_tariff(self):
        return self.K("tariff", self.rng.choice([f"E1R-FIX-{self.rng.randint(12, 36)}M-{self.rng.randint(2501, 2612)}-A", f"SVT-{self.rng.choice(['N', 'S', 'M', 'L'])}{self.rng.randint(10, 23)}", f"EV-NIGHT-{self.rng.randint(1, 9)}"]))

    def k_company(self):
        t = self.rng.choice(TOWNS_EXTRA + ["Carmarthen", "Belfast", "Leeds", "Inverness"])
        return self.K("company", self.rng.choice([f"{t} Energy Services Ltd", f"{t} Metering Ltd", f"{t} Heat & Power", f"{t} Community Energy CIC"]))

    def k_any(self, n=1):
        fs = [self.k_epoch_ms, self.k_unix, self.k_inv, self.k_wo, self.k_ean, self.k_mpanref, self.k_dflow, self.k_dip,
              self.k_uuid, self.k_sha, self.k_ver, self.k_kwh, self.k_money, self.k_date, self.k_tc, self.k_tariff]
        return [self.rng.choice(fs)() for _ in range(n)]
