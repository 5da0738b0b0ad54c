"""Identifier and keep factories + Doc recorder for the round-49 text corpus."""
import random, base64, hashlib, uuid, re, urllib.parse

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * w for c, w in zip(d12, W)) % 11 % 10

FIRST = ["John", "Sarah", "James", "Paul", "Margaret", "David", "Susan", "Peter", "Emma", "Gareth", "Rhiannon",
         "Dafydd", "Siobhan", "Eilidh", "Ruaridh", "Mairead", "Priya", "Sanjay", "Farhana", "Imran", "Gurpreet",
         "Oluwaseun", "Chidinma", "Kwame", "Adaeze", "Agnieszka", "Wojciech", "Katarzyna", "Tomasz", "Bronwen",
         "Aled", "Catriona", "Hamish", "Niamh", "Padraig", "Yusuf", "Ayesha", "Mohammed", "Nkechi", "Kofi",
         "Rebecca", "Graham", "Lesley", "Derek", "Joan", "Malgorzata", "Iwan", "Seren", "Morag", "Fiona"]
LAST = ["Smith", "Brown", "Wood", "Walker", "Green", "White", "Hill", "Baker", "Turner", "Wright", "Jones",
        "Llewellyn", "ap Rhys", "Pritchard", "MacLeod", "O'Neill", "McAllister", "Nic a' Phearsain", "Patel",
        "Chaudhry", "Begum", "Sandhu", "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Nowak", "Kowalczyk",
        "Wiśniewska", "Zieliński", "Hughes-Parry", "Ferguson", "Campbell", "Gallagher", "Rahman", "Hussain",
        "Fairweather", "Marsh", "Field", "Lamb", "Bird", "Price", "Bell", "Cook", "Mason", "Rose", "Farmer"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]
STREETS = [("Pendle", "Road"), ("Heol", "y Felin"), ("Glan", "yr Afon"), ("Byres", "Road"), ("Lisburn", "Road"),
           ("Cranmore", "Avenue"), ("Stanmore", "Crescent"), ("Ashgrove", "Terrace"), ("Kingfisher", "Close"),
           ("Moorfield", "Lane"), ("Thornbury", "Gardens"), ("Sefton", "Drive"), ("Caedmon", "Walk"),
           ("Foxhollow", "Way"), ("Ravenscroft", "Street"), ("Brackenbury", "Grove"), ("Whinmoor", "Court"),
           ("Lyndhurst", "Place"), ("Cefn", "Coed Road"), ("Maryhill", "Road"), ("Dunluce", "Avenue"),
           ("Cherrywood", "Rise"), ("Ffordd", "Pengam"), ("Sycamore", "View"), ("Hawthorn", "Mews")]
STREET_GENERIC = {"road", "street", "avenue", "lane", "close", "drive", "crescent", "terrace", "gardens", "walk",
                  "way", "grove", "court", "place", "rise", "view", "mews", "flat", "apartment", "house",
                  "heol", "ffordd", "the", "and", "box", "c/o"}
TOWNS = [("Aberystwyth", "SY23"), ("Pwllheli", "LL53"), ("Glasgow", "G12"), ("Belfast", "BT7"), ("Newry", "BT34"),
         ("Swansea", "SA1"), ("Wrexham", "LL11"), ("Inverness", "IV2"), ("Stornoway", "HS1"), ("Burnley", "BB11"),
         ("Wakefield", "WF1"), ("Luton", "LU2"), ("Bradford", "BD8"), ("Leicester", "LE2"), ("Carlisle", "CA1"),
         ("Truro", "TR1"), ("Hexham", "NE46"), ("Kettering", "NN15"), ("Paisley", "PA1"), ("Omagh", "BT78")]
HOUSE_NAMES = ["Tŷ Gwyn", "Rose Cottage", "Bryn Haul", "The Old Forge", "Glenview", "Hafod Las"]
DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"]


class R:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def __getattr__(self, a):
        return getattr(self.r, a)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mpan_core(self):
        d = "%02d" % self.r.choice(range(10, 24)) + self.digits(10)
        return d + str(mpan_check(d))

    def bad_epoch_ms(self):
        while True:
            v = str(self.r.randint(1767225600000, 1798761599999))
            if mpan_check(v[:12]) != int(v[12]):
                return v

    def mpan_full(self):
        return "%02d" % self.r.choice([1, 1, 2, 3, 4, 5, 8, 0]), "%03d" % self.r.choice([801, 845, 151, 393, 500]), \
            "%03d" % self.r.randint(1, 999), self.mpan_core()

    def mprn(self):
        return str(self.r.randint(1, 9)) + self.digits(self.r.choice([5, 6, 7, 8, 9]))

    def elec_serial(self):
        f = self.r.choice([lambda: "%02d" % self.r.randint(10, 24) + self.r.choice("PLKEAZ") + self.digits(7),
                           lambda: self.r.choice(["S", "L", "E"]) + "%02d" % self.r.randint(14, 24) +
                           self.r.choice("ABCDEFGHJK") + self.digits(5),
                           lambda: "K" + "%02d" % self.r.randint(10, 24) + "W" + self.digits(6),
                           lambda: "Z" + self.digits(2) + "S" + self.digits(6)])
        return f()

    def gas_serial(self):
        f = self.r.choice([lambda: "E6S" + self.digits(11), lambda: "G4A" + self.digits(7) + self.r.choice("ABCDEF"),
                           lambda: "G4K" + self.digits(8), lambda: self.digits(2) + "M" + self.digits(6),
                           lambda: "U6S" + self.digits(9)])
        return f()

    def eui(self, sep=None):
        b = ["00", self.r.choice(["1B", "0D", "24"]), self.r.choice(["C5", "6F", "46"])] + \
            ["%02X" % self.r.randint(0, 255) for _ in range(5)]
        return b

    def name_parts(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def street(self):
        return self.r.choice(STREETS)

    def town(self):
        return self.r.choice(TOWNS)

    def postcode(self, out=None):
        t, o = self.town()
        o = out or o
        return o + " " + str(self.r.randint(1, 9)) + self.r.choice("ABDEFGHJLNPQRSTUWXYZ") + \
            self.r.choice("ABDEFGHJLNPQRSTUWXYZ")

    def phone(self):
        return self.r.choice(["07700 9%05d" % self.r.randint(0, 99999), "01632 96%04d" % self.r.randint(0, 9999),
                              "+44 7%03d %06d" % (self.r.randint(300, 999), self.r.randint(0, 999999)),
                              "0113 496 %04d" % self.r.randint(0, 9999), "028 9018 %04d" % self.r.randint(0, 9999)])

    def account(self):
        return self.r.choice(["%d" % self.r.randint(10 ** 9, 10 ** 10 - 1), "A-%08d" % self.r.randint(0, 10 ** 8),
                              "8%07d" % self.r.randint(0, 10 ** 7)])

    # keeps
    def tc(self): return "TC-%04d" % self.r.randint(100, 9999)
    def dflow(self): return self.r.choice(["D0010", "D0086", "D0149", "D0150", "D0205", "D0055", "D0052", "D0312"])
    def ifmsg(self): return self.r.choice(["IF-031", "IF-032", "IF-033", "IF-021", "IF-019", "IF-036"])
    def dip(self): return "DIP-%s-%06d" % (self.r.choice(["MSG", "EVT"]), self.r.randint(0, 999999))
    def mref(self): return "MPAN-REF-%02d" % self.r.randint(1, 99)
    def uuid(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def sha(self, n=40): return "%0*x" % (n, self.r.getrandbits(4 * n))
    def ts(self): return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.r.randint(1, 12), self.r.randint(1, 28),
                                                               self.r.randint(0, 23), self.r.randint(0, 59),
                                                               self.r.randint(0, 59), self.r.randint(0, 999))
    def unix(self): return str(self.r.randint(1767225600, 1798761599))
    def inv(self): return "INV-2026-%06d" % self.r.randint(0, 999999)
    def wo(self): return "WO-%07d" % self.r.randint(0, 9999999)
    def ean(self):
        d = "50" + self.digits(10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
        return d + str((10 - s % 10) % 10)
    def ver(self): return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 200))
    def kwh(self): return "%d.%d kWh" % (self.r.randint(10, 99999), self.r.randint(0, 9))
    def money(self): return "£%d.%02d" % (self.r.randint(1, 2500), self.r.randint(0, 99))
    def date(self): return "%02d/%02d/2026" % (self.r.randint(1, 28), self.r.randint(1, 12))
    def tariff(self): return self.r.choice(["E7-DUAL-V3", "FIX-12M-OCT26", "EV-FLEX-02", "STD-VAR-N", "ECO7-SC-11"])
    def firmware(self): return "%X.%X.%02X" % (self.r.randint(1, 15), self.r.randint(0, 15), self.r.randint(0, 255))


class Doc:
    """Builds one file; records secrets (exact text as in decoded file) and keeps."""

    def __init__(self, r):
        self.r = r
        self.secrets = []
        self.keeps = []

    def s(self, text, kind, form="plain", canon=None):
        self.secrets.append({"text": text, "kind": kind, "form": form, **({"canon": canon} if canon else {})})
        return text

    def k(self, text, kind):
        self.keeps.append({"text": text, "kind": kind})
        return text

    # convenience identifiers in forms
    def mpan(self, form=None):
        r = self.r
        c = r.mpan_core()
        form = form or r.choice(["plain"] * 6 + ["sp4", "sp2", "dash", "full21", "fullS"])
        if form == "plain": t = c
        elif form == "sp4": t = "%s %s %s %s" % (c[:2], c[2:6], c[6:10], c[10:])
        elif form == "sp2": t = "%s %s %s" % (c[:2], c[2:12], c[12])
        elif form == "dash": t = "%s-%s-%s" % (c[:2], c[2:12], c[12])
        elif form == "full21":
            pc, mtc, llf, c = r.mpan_full(); t = pc + mtc + llf + c
        elif form == "fullS":
            pc, mtc, llf, c = r.mpan_full(); t = "S %s %s %s %s %s %s" % (pc, mtc, llf, c[:2], c[2:12], c[12])
        else: t = c
        return self.s(t, "mpan", form, canon=c)

    def mprn(self):
        return self.s(self.r.mprn(), "mprn")

    def eserial(self, lower=False):
        v = self.r.elec_serial()
        if lower: v = v.lower()
        return self.s(v, "meter_serial", "lower" if lower else "plain")

    def gserial(self, lower=False):
        v = self.r.gas_serial()
        if lower: v = v.lower()
        return self.s(v, "gas_serial", "lower" if lower else "plain")

    def eui(self, sep=None):
        b = self.r.eui()
        sep = sep if sep is not None else self.r.choice(["-", ":", "", " ", ".", "0x"])
        if sep == "0x": t = "0x" + "".join(b)
        elif sep == ".": t = ".".join(["".join(b[i:i + 2]) for i in range(0, 8, 2)])
        elif sep == "lower": t = ":".join(b).lower()
        else: t = sep.join(b)
        return self.s(t, "eui64", "sep" + repr(sep), canon="".join(b))

    def name(self, style=None):
        r = self.r
        f, l = r.name_parts()
        style = style or r.choice(["plain"] * 4 + ["title", "comma", "initial", "caps", "lower", "titleinit"])
        if style == "plain": t = f"{f} {l}"
        elif style == "title": t = f"{r.choice(TITLES)} {l}"
        elif style == "titlefull": t = f"{r.choice(TITLES)} {f} {l}"
        elif style == "comma": t = f"{l}, {f}"
        elif style == "initial": t = f"{f[0]}. {l}"
        elif style == "caps": t = f"{f} {l}".upper()
        elif style == "lower": t = f"{f} {l}".lower()
        elif style == "titleinit": t = f"{r.choice(TITLES)} {f[0]} {l}"
        elif style == "surname": t = l
        elif style == "first": t = f
        else: t = f"{f} {l}"
        return self.s(t, "name", style)

    def street_line(self, style=None):
        r = self.r
        a, b = r.street()
        style = style or r.choice(["num"] * 4 + ["flat", "slash", "house", "nonum", "co", "pobox"])
        if style == "num": t = f"{r.randint(1, 240)} {a} {b}"
        elif style == "flat": t = f"Flat {r.randint(1, 30)}, {r.randint(1, 120)} {a} {b}"
        elif style == "slash": t = f"{r.randint(1, 4)}/{r.randint(1, 3)}, {r.randint(2, 300)} {a} {b}"
        elif style == "house": t = f"{r.choice(HOUSE_NAMES)}, {a} {b}"
        elif style == "nonum": t = f"{a} {b}"
        elif style == "co": t = f"c/o {r.choice(FIRST)} {r.choice(LAST)}, {r.randint(1, 99)} {a} {b}"
        elif style == "pobox": t = f"PO Box {r.randint(10, 9999)}"
        return self.s(t, "address", style)

    def town_pc(self):
        t, o = self.r.town()
        pc = o + " " + str(self.r.randint(1, 9)) + self.r.choice("ABDEFGHJLNPQRSTUWXYZ") + \
            self.r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return t, pc

    def address(self, sep=", ", pcform=None):
        """returns full address string; records street line, town and postcode separately"""
        line = self.street_line()
        t, pc = self.town_pc()
        self.s(t, "address", "town")
        pcf = pcform or self.r.choice(["plain"] * 6 + ["nospace", "lower", "dblspace"])
        if pcf == "nospace": pc = pc.replace(" ", "")
        elif pcf == "lower": pc = pc.lower()
        elif pcf == "dblspace": pc = pc.replace(" ", "  ")
        self.s(pc, "postcode", pcf)
        return f"{line}{sep}{t}{sep}{pc}"

    def postcode(self):
        t, pc = self.town_pc()
        return self.s(pc, "postcode")

    def phone(self):
        return self.s(self.r.phone(), "phone")

    def email(self, first=None, last=None):
        f, l = self.r.name_parts()
        f = first or f; l = last or l
        lp = re.sub(r"[^a-z]", "", (f + "." + l).lower().replace(".", "dot")).replace("dot", ".")
        lp = re.sub(r"[^a-z.]", "", f.lower()) + self.r.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", l.lower()) + \
            str(self.r.randint(1, 99))
        return self.s(lp + "@" + self.r.choice(DOMAINS), "email")

    def account(self):
        return self.s(self.r.account(), "account")

    # keeps
    def K(self, kind):
        r = self.r
        f = {"tc": r.tc, "dflow": r.dflow, "if": r.ifmsg, "dip": r.dip, "mref": r.mref, "uuid": r.uuid,
             "sha": r.sha, "ts": r.ts, "unix": r.unix, "epoch_ms": r.bad_epoch_ms, "inv": r.inv, "wo": r.wo,
             "ean": r.ean, "ver": r.ver, "kwh": r.kwh, "money": r.money, "date": r.date, "tariff": r.tariff,
             "fw": r.firmware}[kind]
        return self.k(f(), kind)
