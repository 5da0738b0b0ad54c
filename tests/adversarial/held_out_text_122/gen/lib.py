"""Planting helpers for the round-56 text corpus (seeded, deterministic, stdlib only)."""
import base64, random, string, urllib.parse, uuid

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


FIRST = ["Siobhan", "Oluwaseun", "Priya", "Tomasz", "Mairead", "Gwenllian", "Hamish", "Ravinder", "Chiamaka",
         "Dmitri", "Aoife", "Eilidh", "Rhodri", "Nkechi", "Wojciech", "Farhan", "Lowri", "Catriona", "Kwame",
         "Yusuf", "Anahita", "Bronwen", "Tariq", "Ngozi", "Padraig", "Mehmet", "Sunita", "Ewan", "Iolo", "Marisol",
         "Keziah", "Thanh", "Baptiste", "Ingrid", "Zofia", "Alisdair", "Fionnuala", "Hiroshi", "Amara", "Dafydd"]
LAST = ["Okonkwo", "Nowakowski", "Chaudhry", "MacLeod", "Ap Gwilym", "Fitzgerald", "Adeyemi", "Szymanski",
        "Ramasamy", "Kowalczyk", "McAllister", "Llewellyn", "Haddad", "Oyelaran", "Grzybowski", "Rahman",
        "Pritchard", "Mbeki", "Lindqvist", "O'Callaghan", "Nguyen", "Abernethy", "Yilmaz", "Choudhury",
        "Vasquez", "Przybylski", "Tshabalala", "Kaczmarek", "Ferreira", "Ogunleye", "Drummond", "Cadwaladr"]
# English names that are also words
WFIRST = ["Rose", "Mark", "Will", "Grace", "Hazel", "Dawn", "Faith", "Sandy", "Holly", "Robin", "Joy", "Iris",
          "Bill", "Pat", "Hope", "Heather", "Jack", "Frank", "Ruby", "Summer"]
WLAST = ["Bush", "Field", "Wood", "Baker", "Rain", "Church", "Hill", "Marsh", "Stone", "Brook", "Hall", "Moss",
         "Bell", "Green", "Mills", "Fisher", "Parsons", "Lamb", "Fox", "Page", "Frost", "Sharp"]

STREETS = [("Heol y Felin", "Caerphilly", "CF83"), ("Stryd Fawr", "Bala", "LL23"), ("Ffordd Penrhos", "Bangor", "LL57"),
           ("Lon Isaf", "Aberystwyth", "SY23"), ("Heol Maes y Coed", "Pontypridd", "CF37"),
           ("Kirk Wynd", "Kirkcaldy", "KY1"), ("Braehead Loan", "Linlithgow", "EH49"), ("Vennel Brae", "Dunblane", "FK15"),
           ("Shore Road", "Stornoway", "HS1"), ("Marischal Row", "Aberdeen", "AB10"), ("Netherkirkgate", "Forfar", "DD8"),
           ("Cnoc an t-Sithein", "Portree", "IV51"), ("Gallowgate", "Glasgow", "G40"), ("Sandgate Yard", "Berwick-upon-Tweed", "TD15"),
           ("Pudding Chare", "Newcastle upon Tyne", "NE1"), ("Shambles Close", "Knaresborough", "HG5"),
           ("Tithebarn Street", "Preston", "PR1"), ("Mill Hill Terrace", "Todmorden", "OL14"),
           ("Coldharbour Lane", "Brixton", "SW9"), ("Ropewalk Mews", "Bridport", "DT6"), ("Quayside Parade", "Fowey", "PL23"),
           ("Ormeau Avenue", "Belfast", "BT2"), ("Cregagh Gardens", "Belfast", "BT6"), ("Blackthorn Drove", "Wisbech", "PE13"),
           ("Chantry Crescent", "Ludlow", "SY8"), ("Tanyard Court", "Hexham", "NE46"), ("Poets Corner", "Ledbury", "HR8"),
           ("Bryn Awel", "Ammanford", "SA18"), ("Glebe Street", "Dumfries", "DG1"), ("Lade Braes", "St Andrews", "KY16")]
HOUSE_NAMES = ["Ty Gwyn", "Rose Cottage", "The Old Forge", "Bryn Teg", "Tigh na Mara", "Glenview", "Ashgrove House"]
GENERIC_ADDR = {"road", "street", "avenue", "lane", "flat", "close", "drive", "way", "court", "house", "place",
                "terrace", "crescent", "gardens", "apartment", "unit", "the", "and", "upon", "mews", "parade", "row",
                "yard", "cottage", "floor", "ground", "first", "second"}
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
OUIS = ["00:0D:6F", "70:B3:D5", "00:1D:E4", "D0:52:A8", "00:24:46", "58:8E:81", "84:BA:20"]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "example.co.uk"]


class P:
    def __init__(self, rng):
        self.r = rng
        self.sec = []
        self.keeps = []

    # ---------------------------------------------------------------- plumbing
    def _s(self, kind, value, surface, form="plain", enc=None):
        self.sec.append({"kind": kind, "value": value, "surface": surface, "form": form, "enc": enc})
        return surface

    def again(self, surface):
        """repeat an already planted surface (recorded as another instance)"""
        rec = [x for x in self.sec if x["surface"] == surface][-1]
        self.sec.append(dict(rec, form=rec["form"] + "+repeat"))
        return surface

    def tx(self, surf, f):
        """transform the surface of the most recent plant(s) with this surface (e.g. upper-casing for a screen)"""
        new = f(surf)
        for rec in self.sec:
            if rec["surface"] == surf:
                rec["surface"] = new
        return new

    def k(self, kind, surface):
        self.keeps.append({"kind": kind, "surface": surface})
        return surface

    def d(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def ch(self, seq):
        return self.r.choice(seq)

    # ---------------------------------------------------------------- values
    def v_core(self):
        d12 = self.ch(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]) + self.d(10)
        return d12 + mpan_check(d12)

    def mpan(self, form=None, core=None):
        if form is None and core is None and self.r.random() < 0.15:
            return self.mpan_full()
        c = core or self.v_core()
        form = form or self.ch(["plain", "plain", "plain", "sp", "sp4", "dash"])
        surf = {"plain": c, "sp": f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}", "sp4": f"{c[:4]} {c[4:8]} {c[8:12]} {c[12]}",
                "dash": f"{c[:2]}-{c[2:6]}-{c[6:10]}-{c[10:]}", "dot": f"{c[:2]}.{c[2:6]}.{c[6:10]}.{c[10:]}",
                "lc_label": c}[form]
        return self._s("mpan", c, surf, form)

    def mpan_full(self, form=None):
        pc = self.ch(["01", "02", "03", "04", "05", "08", "00"])
        mtc = self.ch(["801", "845", "811", "151", "403", "842"])
        llfc = self.d(3)
        c = self.v_core()
        v = pc + mtc + llfc + c
        form = form or self.ch(["S", "plain21", "spaced", "slash"])
        surf = {"S": f"S {pc} {mtc} {llfc} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}", "plain21": v,
                "spaced": f"{pc} {mtc} {llfc} {c}", "slash": f"{pc}/{mtc}/{llfc}/{c}"}[form]
        return self._s("mpan_full", v, surf, form)

    def mprn(self, n=None):
        n = n or self.ch([10, 10, 10, 9, 8, 7])
        v = str(self.r.randint(1, 9)) + self.d(n - 1)
        return self._s("mprn", v, v, f"len{n}")

    def eserial(self, form=None):
        shape = self.ch(["a", "b", "c", "d"])
        if shape == "a":
            v = self.ch("KLEMS") + self.d(2) + self.ch("ABCDEFGHJKLMNPRTVWXY") + self.d(5)
        elif shape == "b":
            v = self.d(2) + self.ch("PLEKMSAZ") + self.d(7)
        elif shape == "c":
            v = "EML" + self.d(10)
        else:
            v = self.ch(["LGZ", "ACE", "SAG", "ELS"]) + self.d(8)
        form = form or self.ch(["plain", "plain", "plain", "lower"])
        surf = v.lower() if form == "lower" else v
        return self._s("eserial", v, surf, form)

    def gserial(self, form=None):
        shape = self.ch(["e6s", "g4", "ssg", "m"])
        if shape == "e6s":
            v = "E6S" + self.d(8) + self.ch(["17", "18", "19", "20", "21", "22"])
        elif shape == "g4":
            v = "G4" + self.ch("ABKLMNPS") + self.d(7)
        elif shape == "ssg":
            v = self.ch(["SSG", "UGI", "EDM"]) + self.d(8)
        else:
            v = "M" + self.d(3) + "A" + self.d(6) + self.d(2)
        form = form or self.ch(["plain", "plain", "spaced", "lower"])
        if form == "spaced":
            surf = v[:3] + " " + v[3:-2] + " " + v[-2:]
        elif form == "lower":
            surf = v.lower()
        else:
            surf = v
        return self._s("gserial", v, surf, form)

    def eui(self, form=None):
        o = self.ch(OUIS).replace(":", "")
        v = (o + "".join(self.r.choice("0123456789ABCDEF") for _ in range(10))).upper()
        form = form or self.ch(["colon", "dash", "plain", "lowerplain", "0x", "dot4"])
        pairs = [v[i:i + 2] for i in range(0, 16, 2)]
        surf = {"colon": ":".join(pairs), "dash": "-".join(pairs), "plain": v, "lowerplain": v.lower(),
                "0x": "0x" + v, "dot4": ".".join(v[i:i + 4] for i in range(0, 16, 4)).lower(),
                "space": " ".join(pairs)}[form]
        return self._s("eui64", v, surf, form)

    def person(self, wordy=None):
        wordy = self.r.random() < 0.35 if wordy is None else wordy
        if wordy:
            f, l = self.ch(WFIRST), self.ch(WLAST)
        else:
            f, l = self.ch(FIRST), self.ch(LAST)
        return {"first": f, "last": l}

    def name(self, who, style="full"):
        f, l = who["first"], who["last"]
        surf = {"full": f"{f} {l}", "lastfirst": f"{l}, {f}", "upper": f"{f} {l}".upper(), "lower": f"{f} {l}".lower(),
                "title": f"{self.ch(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'])} {l}", "first": f, "last": l,
                "init": f"{f[0]}. {l}", "LASTFIRST": f"{l.upper()} {f}"}[style]
        return self._s("name", surf, surf, style)

    def email(self, who=None):
        who = who or self.person()
        base = (who["first"] + self.ch([".", "_", ""]) + who["last"]).lower().replace(" ", "").replace("'", "")
        local = base + (self.d(2) if len(base) < 10 or self.r.random() < 0.4 else "")
        v = f"{local}@{self.ch(EMAIL_DOMAINS)}"
        return self._s("email", v, v)

    def phone(self, form=None):
        kind = self.ch(["mob", "mob", "ldn", "leeds", "edi", "gla", "cdf", "bel", "drama"])
        x = self.d(3)
        nat = {"mob": "7700900" + x, "ldn": "2079460" + x, "leeds": "1134960" + x, "edi": "1314960" + x,
               "gla": "1414960" + x, "cdf": "2920180" + x, "bel": "2896496" + x, "drama": "1632960" + x}[kind]
        form = form or self.ch(["nat", "nat", "intl", "compact", "brk"])
        if kind == "mob":
            nat_s = f"07700 900{x}"
        elif kind in ("ldn",):
            nat_s = f"020 7946 0{x}"
        elif kind == "cdf":
            nat_s = f"029 2018 0{x}"
        elif kind == "bel":
            nat_s = f"028 9649 6{x}"
        elif kind == "drama":
            nat_s = f"01632 960{x}"
        else:
            nat_s = f"0{nat[:3]} {nat[3:6]} {nat[6:]}"
        surf = {"nat": nat_s, "intl": "+44 " + nat_s[1:], "compact": "0" + nat, "brk": "+44 (0)" + nat_s[1:]}[form]
        return self._s("phone", nat, surf, form)

    def acct(self, form=None):
        form = form or self.ch(["ten", "ten", "dash", "cust", "bank", "alpha"])
        if form == "ten":
            v = self.ch("3456789") + self.d(9); surf = v
        elif form == "dash":
            v = self.d(10); surf = f"{v[:3]}-{v[3:7]}-{v[7:]}"
        elif form == "cust":
            v = "CA" + self.d(9); surf = v
        elif form == "bank":
            v = self.d(8); surf = v
        else:
            v = self.ch(["AB", "KX", "PV", "ZT"]) + self.d(8) + self.ch("ABCDEFGHJ"); surf = v
        return self._s("account", v, surf, form)

    def postcode(self, area=None, form=None):
        area = area or self.ch(["CF10", "SA1", "LL57", "EH6", "G12", "AB24", "IV2", "M14", "B15", "LS6", "BT7", "SW9", "N1C", "PA34", "KW15", "NE6"])
        inward = self.d(1) + self.ch(UNIT_LETTERS) + self.ch(UNIT_LETTERS)
        v = area + inward
        form = form or self.ch(["std", "std", "std", "nospace", "lower", "dbl"])
        surf = {"std": f"{area} {inward}", "nospace": v, "lower": f"{area} {inward}".lower(), "dbl": f"{area}  {inward}",
                "nbsp": f"{area}\u00a0{inward}"}[form]
        return self._s("postcode", v, surf, form)

    def addr(self, style=None):
        st, town, area = self.ch(STREETS)
        style = style or self.ch(["num", "num", "flat", "house", "lower", "nocomma"])
        n = str(self.r.randint(1, 240))
        if style == "num":
            s = f"{n} {st}, {town}"
        elif style == "flat":
            s = f"Flat {self.r.randint(1, 12)}, {n} {st}, {town}"
        elif style == "house":
            s = f"{self.ch(HOUSE_NAMES)}, {st}, {town}"
        elif style == "lower":
            s = f"{n} {st}, {town}".lower()
        else:
            s = f"{n} {st} {town}"
        self._s("address", s, s, style)
        return s, area

    def addr_pc(self, sep=", ", style=None, pcform=None):
        s, area = self.addr(style)
        return s + sep + self.postcode(area, pcform)

    def enc(self, kind, how):
        """plant an identifier only in encoded form"""
        tmp = P(self.r)
        surf0 = getattr(tmp, kind)()
        rec = tmp.sec[0]
        raw = surf0.encode()
        e = {"b64": lambda: base64.b64encode(raw).decode(), "hex": lambda: raw.hex(),
             "pct": lambda: "".join("%%%02X" % b for b in raw)}[how]()
        return self._s(rec["kind"], rec["value"], e, "enc-" + how, how)

    # ---------------------------------------------------------------- keeps
    def ts(self):
        y, mo, dd, h, mi, s = 2026, self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
        f = self.ch(["iso", "isoms", "uk", "compact", "epochms"])
        t = {"iso": f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}Z", "isoms": f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d}.{self.d(3)}",
             "uk": f"{dd:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}", "compact": f"{y}{mo:02d}{dd:02d}{h:02d}{mi:02d}{s:02d}",
             "epochms": "17" + self.d(11)}[f]
        return self.k("timestamp", t)

    def uid(self):
        return self.k("uuid", str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def tc(self):
        return self.k("testcase", self.ch(["TC-LDSO-QT-", "SIT-MHHS-", "UIT-DCC-", "TC_CSS_", "PIT-SMETS2-"]) + self.d(4))

    def flow(self):
        return self.k("msgtype", self.ch(["D0010", "D0086", "D0150", "D0019", "D0311", "IF-031", "IF-021", "IF-036", "PUB-003", "SRV-8.1.1"]))

    def mref(self):
        return self.k("mpanref", f"MPAN-REF-{self.r.randint(1, 99):02d}")

    def dip(self):
        return self.k("dipid", "DIP-" + "".join(self.r.choice("0123456789ABCDEF") for _ in range(10)))

    def ver(self):
        return self.k("version", f"v{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}")

    def amt(self):
        return self.k("amount", f"£{self.r.randint(1, 2999):,}.{self.d(2)}")

    def reading(self):
        return self.k("reading", f"{self.d(6)} kWh" if self.r.random() < .6 else f"{self.d(5)}.{self.d(1)} m3")

    def ticket(self):
        return self.k("ticket", self.ch(["INC", "DEF-", "RT#", "CHG", "BUG-", "QT-DEF-"]) + self.d(self.ch([4, 5, 7])))

    def word(self):
        return self.k("word", self.ch(["mark the read as estimated", "will retry", "rose by 4%", "a grace period",
                                      "bush telegraph", "the field engineer", "hazel-nut", "before dawn", "in good faith",
                                      "sandy soil", "holly bush", "round robin", "a joy to test", "the bill total",
                                      "hope so", "heather moorland", "jack the priority", "frank feedback", "ruby gem",
                                      "summer tariff", "stone wall", "brook culvert", "the church hall", "green deal"]))
