"""Value factory for the round-52 text corpus. Seeded, deterministic, stdlib only."""
import random, re, uuid

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10


FIRST = ["Oluwaseun", "Siobhán", "Aled", "Catriona", "Priya", "Wojciech", "Fatima", "Kwame", "Gareth", "Eilidh",
         "Hamish", "Ngozi", "Mehmet", "Ana", "Jean-Luc", "Hoa", "Rhiannon", "Dafydd", "Morag", "Lachlan", "Aisling",
         "Tadhg", "Bartosz", "Agnieszka", "Chidi", "Yusuf", "Ayesha", "Ravinder", "Gurpreet", "Mei", "Jun", "Keiko",
         "Sven", "Ingrid", "Dimitrios", "Eleni", "Goran", "Ljiljana", "Olamide", "Tamsin", "Bronwen", "Iolo",
         "Seren", "Callum", "Fionnuala", "Zainab", "Tariq", "Kofi", "Abena", "Rosa", "Lucía", "Thabo", "Nomvula"]
LAST = ["Adeyemi", "Ní Bhriain", "ap Rhys", "MacLeòid", "Raghunathan", "Kowalczyk", "Al-Hashimi", "Mensah",
        "Llewellyn", "Mackenzie", "McTavish", "Okonkwo", "Yılmaz", "de la Cruz", "Dubois", "Nguyen", "Pritchard",
        "Vaughan-Jones", "Urquhart", "Sutherland", "O'Sullivan", "Ó Murchú", "Wiśniewski", "Zielińska", "Eze",
        "Chaudhry", "Sandhu", "Kaur", "Chen", "Watanabe", "Lindqvist", "Papadopoulos", "Petrović", "Balogun",
        "Trevithick", "Gwynedd-Price", "Featherstonehaugh", "Abernethy", "Dalgleish", "Rahman", "Hussain",
        "Boateng", "Osei", "Fernández", "van der Berg", "Mokoena", "Szabó", "Novák", "Fitzgerald", "Cadwaladr"]
# plain English names that are also words
WORDNAMES = [("Rose", "Baker"), ("Mark", "Hill"), ("Grace", "Bell"), ("Dawn", "Field"), ("Joy", "Cook"),
             ("Bill", "Mason"), ("Holly", "Wood"), ("Faith", "Marsh"), ("Hope", "Street"), ("Jack", "Frost"),
             ("Summer", "Brook"), ("Pearl", "Fisher"), ("Frank", "Price"), ("Robin", "Fox"), ("Heather", "Lake"),
             ("Will", "Turner"), ("Sandy", "Shore"), ("Daisy", "Green"), ("Glen", "Moss"), ("Ivy", "Mills")]
STREETS = ["Heol y Felin", "Stryd Fawr", "Ffordd yr Eglwys", "Lôn Glasfryn", "Brynmawr Terrace", "Cnoc na Mara",
           "Sràid na h-Eaglais", "Wynd Close", "Abbotsford Crescent", "Ferryhill Road", "Braehead Avenue",
           "Kirkgate", "Wellmeadow Lane", "Pittodrie Place", "Cathedral Walk", "Ty Gwyn Road", "Penlan Way",
           "Millbrae Gardens", "Ravelston Dykes", "Sauchiehall Street", "Byres Road", "Gelliwastad Road",
           "Clydach Vale Row", "Tremadog Street", "Castle Wynd", "Harbour Brae", "Lochside View", "Inchgarth Road",
           "Orchard Mews", "Quarry Bank", "Coronation Drive", "Victoria Parade", "Ashgrove Court", "Beech Rise"]
TOWNS = [("Pontypridd", "CF37"), ("Caernarfon", "LL55"), ("Aberystwyth", "SY23"), ("Llanelli", "SA15"),
         ("Merthyr Tydfil", "CF47"), ("Bangor", "LL57"), ("Stornoway", "HS1"), ("Inverness", "IV2"),
         ("Aberdeen", "AB10"), ("Dundee", "DD1"), ("Paisley", "PA1"), ("Kirkcaldy", "KY1"), ("Dumfries", "DG1"),
         ("Edinburgh", "EH4"), ("Glasgow", "G12"), ("Wrexham", "LL11"), ("Newport", "NP20"), ("Swansea", "SA1"),
         ("Cardiff", "CF10"), ("Lerwick", "ZE1"), ("Kirkwall", "KW15"), ("Fort William", "PH33"),
         ("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"), ("London", "SW1A"), ("London", "E14"),
         ("Sheffield", "S10"), ("Truro", "TR1"), ("Carlisle", "CA1"), ("Belfast", "BT9")]
STREET_TYPES = {"road", "street", "lane", "avenue", "close", "crescent", "place", "walk", "way", "gardens", "drive",
                "parade", "court", "rise", "mews", "view", "terrace", "flat", "house", "heol",
                "stryd", "ffordd", "lôn", "sràid", "cottage", "farm", "the", "and", "unit"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "rev"}
DOMAINS = ["example.com", "example.org", "example.net", "example.co.uk"]


class Planter:
    def __init__(self, rng):
        self.r = rng
        self.secrets = []
        self.keeps = []
        self._n = 0

    # ------------------------------------------------------------------ secrets
    def _rec(self, kind, value, surface, words=None):
        d = {"kind": kind, "value": value, "surface": surface}
        if words is not None:
            d["words"] = words
        self.secrets.append(d)
        return surface

    def _core(self, dist=None):
        r = self.r
        d = dist or r.choice(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"])
        body = d + "".join(r.choice("0123456789") for _ in range(10))
        return body + str(mpan_check(body))

    def mpan(self, form=None):
        c = self._core()
        forms = [c, c, f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}", f"{c[:2]}-{c[2:6]}-{c[6:10]}-{c[10:]}",
                 f"{c[:2]} {c[2:10]} {c[10:]}", f"{c[:4]}.{c[4:8]}.{c[8:]}", f"{c[:2]}  {c[2:6]} {c[6:10]} {c[10:]}"]
        s = forms[form] if form is not None else self.r.choice(forms)
        return self._rec("mpan", c, s)

    def mpan_full(self, form=None):
        r = self.r
        c = self._core()
        pc = r.choice(["01", "02", "03", "04", "05", "08", "00"])
        mtc = r.choice(["801", "845", "811", "151", "393", "500"])
        llf = "%03d" % r.randint(1, 999)
        top = pc + mtc + llf
        forms = [top + c, f"{pc} {mtc} {llf} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}",
                 f"S {pc} {mtc} {llf} {c}", f"{pc}-{mtc}-{llf}-{c}", f"S{top}{c}"]
        s = forms[form] if form is not None else r.choice(forms)
        return self._rec("mpan_full", c, s)

    def mprn(self, n=None):
        r = self.r
        n = n or r.choice([10, 10, 10, 9, 8, 7, 6])
        v = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))
        s = v
        if n == 10 and r.random() < 0.2:
            s = f"{v[:4]} {v[4:7]} {v[7:]}"
        return self._rec("mprn", v, s)

    def eserial(self):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        shapes = [lambda: r.choice(L) + "%02d" % r.randint(0, 99) + r.choice(L) + "%06d" % r.randint(0, 999999),
                  lambda: "%02d" % r.randint(10, 24) + r.choice(L) + "%07d" % r.randint(0, 9999999),
                  lambda: "EML" + "%010d" % r.randint(0, 9999999999),
                  lambda: r.choice(["K", "D", "L", "S"]) + "%02d" % r.randint(80, 99) + r.choice(L) + "%05d" % r.randint(0, 99999),
                  lambda: "SMETS2-" + "%02d" % r.randint(17, 24) + r.choice(L) + r.choice(L) + "%06d" % r.randint(0, 999999)]
        v = r.choice(shapes)()
        s = v.lower() if r.random() < 0.12 else v
        return self._rec("eserial", re.sub("[^0-9A-Z]", "", v.upper()), s)

    def gserial(self):
        r = self.r
        shapes = [lambda: "E6S" + "%08d" % r.randint(0, 99999999) + "%02d" % r.randint(15, 24),
                  lambda: "G4" + r.choice("ABKLMSU") + "%07d" % r.randint(0, 9999999),
                  lambda: r.choice(["U6", "U16", "G6"]) + r.choice("ABCK") + "%07d" % r.randint(0, 9999999),
                  lambda: "%02d" % r.randint(0, 24) + "M" + "%07d" % r.randint(0, 9999999),
                  lambda: r.choice(["SSWG", "LPG", "GMS"]) + "%07d" % r.randint(0, 9999999)]
        v = r.choice(shapes)()
        s = v.lower() if r.random() < 0.1 else v
        return self._rec("gserial", re.sub("[^0-9A-Z]", "", v.upper()), s)

    def eui(self):
        r = self.r
        oui = r.choice(["00124B", "000D6F", "70B3D5", "D0CF5E", "BC33AC", "0015BC", "001BC5", "2C1165"])
        v = oui + "".join(r.choice("0123456789ABCDEF") for _ in range(10))
        g = [v[i:i + 2] for i in range(0, 16, 2)]
        forms = ["-".join(g), ":".join(g), v, v.lower(), "0x" + v.lower(), ".".join(v[i:i + 4] for i in range(0, 16, 4)).lower(),
                 " ".join(g), "-".join(g).lower()]
        return self._rec("eui64", v, r.choice(forms))

    def postcode(self, area=None):
        r = self.r
        area = area or r.choice(TOWNS)[1]
        v = f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        x = r.random()
        s = v
        if x < 0.12:
            s = v.replace(" ", "")
        elif x < 0.2:
            s = v.lower()
        elif x < 0.26:
            s = v.replace(" ", "  ")
        return self._rec("postcode", v.replace(" ", ""), s)

    def phone(self):
        r = self.r
        n = "%03d" % r.randint(0, 999)
        forms = [f"07700 900{n}", f"+44 7700 900{n}", f"07700900{n}", f"0161 496 0{n}", f"(0131) 496 0{n}",
                 f"029 2018 0{n}", f"+44 (0)20 7946 0{n}", f"0141 4960{n}", f"01632 960{n}", f"0117-496-0{n}",
                 f"028 9649 6{n}", f"+447700900{n}"]
        s = r.choice(forms)
        return self._rec("phone", re.sub(r"\D", "", s), s)

    def _person(self):
        r = self.r
        if r.random() < 0.3:
            return r.choice(WORDNAMES)
        return r.choice(FIRST), r.choice(LAST)

    def name(self, style=None):
        r = self.r
        f, l = self._person()
        styles = [f"{f} {l}", f"{f} {l}", f"{l}, {f}", f"{r.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Mx'])} {l}",
                  f"{f[0]}. {l}", f"{f.lower()} {l.lower()}", f"{l.upper()} {f}"]
        s = styles[style] if style is not None else r.choice(styles)
        words = [w for w in re.findall(r"[^\W\d_]{3,}", s) if w.lower() not in TITLES]
        return self._rec("name", s, s, words)

    def email(self):
        r = self.r
        f, l = self._person()
        import unicodedata
        a = lambda x: re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower())
        local = r.choice([f"{a(f)}.{a(l)}", f"{a(f)[0]}{a(l)}", f"{a(f)}{r.randint(1, 99)}", f"{a(l)}.{a(f)}"])
        s = f"{local}@{r.choice(DOMAINS)}"
        if r.random() < 0.1:
            s = s.upper()
        return self._rec("email", s.lower(), s)

    def address(self, with_town=True):
        r = self.r
        st = r.choice(STREETS)
        town, _ = r.choice(TOWNS)
        pre = r.choice([f"{r.randint(1, 240)} ", f"Flat {r.randint(1, 12)}, {r.randint(1, 99)} ", f"{r.randint(1, 60)}{r.choice('ab')} ",
                        r.choice(["Tŷ Coch, ", "Rose Cottage, ", "Glenview, ", "Unit 4, "]), f"{r.randint(2, 30)}/{r.randint(1, 9)} "])
        s = f"{pre}{st}" + (f", {town}" if with_town else "")
        words = [w for w in re.findall(r"[^\W\d_]{3,}", s) if w.lower() not in STREET_TYPES]
        return self._rec("address", s, s, words)

    def account(self):
        r = self.r
        forms = ["%08d" % r.randint(10000000, 99999999), "A%09d" % r.randint(0, 999999999),
                 "%04d %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999), r.randint(0, 9999)),
                 "CUST-%07d" % r.randint(0, 9999999), "%d-%06d" % (r.randint(10, 99), r.randint(0, 999999)),
                 "ACC%08d" % r.randint(0, 99999999)]
        s = r.choice(forms)
        return self._rec("account", re.sub("[^0-9A-Z]", "", s.upper()), s)

    # ------------------------------------------------------------------ keeps
    def _keep(self, kind, s):
        self.keeps.append({"kind": kind, "surface": s})
        return s

    def tc(self):
        r = self.r
        s = r.choice([f"TC-MHHS-{r.randint(1, 999):04d}", f"QT-LDSO-{r.randint(1, 300):03d}",
                      f"SIT-E2E-{r.randint(1, 99):02d}-{r.randint(1, 20)}", f"UIT-{r.randint(100, 999)}",
                      f"TP-DUIS-{r.randint(1, 99):03d}", f"PIT_TC_{r.randint(1, 500):03d}"])
        return self._keep("testcase", s)

    def msg(self):
        r = self.r
        s = r.choice(["D0010", "D0001", "D0135", "D0312", "D0036", "D0019", "D0155", "D0171", "IF-031", "IF-021",
                      "IF-033", "IF-036", "PUB-011", "PUB-003", "SRV 8.14.1", "SRV 4.1.1", "ONUPD", "MRA", "D0215"])
        return self._keep("msgtype", s)

    def dip(self):
        r = self.r
        return self._keep("dip", f"DIP-{r.choice(['MSG', 'EVT', 'ACK'])}-{r.randint(10**7, 10**8 - 1):X}")

    def mref(self):
        return self._keep("mpanref", f"MPAN-REF-{self.r.randint(1, 99):02d}")

    def ts(self):
        r = self.r
        s = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        s += r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+01:00", ""])
        return self._keep("timestamp", s)

    def uid(self):
        return self._keep("uuid", str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def ver(self):
        r = self.r
        return self._keep("version", f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}")

    def amt(self):
        r = self.r
        return self._keep("amount", f"£{r.randint(1, 2999)}.{r.randint(0, 99):02d}")

    def reading(self):
        r = self.r
        return self._keep("reading", f"{r.randint(100, 99999)}.{r.randint(0, 9)} kWh")

    def ticket(self):
        r = self.r
        s = r.choice([f"INC{r.randint(10**6, 10**7 - 1)}", f"QTDEF-{r.randint(1, 9999)}", f"CHG{r.randint(10**5, 10**6 - 1)}",
                      f"BUG-{r.randint(100, 99999)}", f"RITM{r.randint(10**6, 10**7 - 1)}"])
        return self._keep("ticket", s)

    def word(self):
        r = self.r
        s = r.choice(["grace period", "Mark as passed", "rose by", "bill run", "Frost protection", "Will retry",
                      "Green tariff", "Hope this helps", "Field force", "Price cap", "Summer time", "Daisy chain",
                      "Dawn reads", "Baker Street test lab", "Hill climb", "Street lighting", "Fox test", "Robin round"])
        return self._keep("word", s)

    def anykeep(self):
        return self.r.choice([self.tc, self.msg, self.dip, self.mref, self.ts, self.uid, self.ver, self.amt,
                              self.reading, self.ticket, self.word])()
