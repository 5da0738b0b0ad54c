"""Builder for planted identifiers and keeps (stdlib only, deterministic via rng)."""
import random, string, uuid, datetime, unicodedata

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(c) * w for c, w in zip(d12, W)) % 11 % 10


FIRST = ["Holly", "Rose", "Grace", "Hope", "Dawn", "Will", "Mark", "Bill", "Summer", "Jay", "Amara", "Chidi",
         "Kenji", "Aiko", "Farah", "Imran", "Zofia", "Tomasz", "Eleni", "Dimitris", "Siobhan", "Niamh", "Rhodri",
         "Carys", "Lars", "Ingrid", "Thi Mai", "Minh", "Oluwaseun", "Priya", "Rajesh", "Mehmet", "Ayse", "Pedro",
         "Lucia", "Fatima", "Yusuf", "Ewan", "Morag", "Kwame", "Abena", "Svetlana", "Bogdan", "Hamish", "Bryony",
         "Ffion", "Declan", "Saoirse", "Jun", "Mei", "Anika", "Dev", "Ezra", "Talia", "Otis", "Mabel", "Reuben",
         "Wren", "Ivy", "Sunny", "Robin", "Carol", "Faith", "Joy", "Pearl", "Miles", "Dale", "Glen", "Ray"]
LAST = ["Wood", "Field", "Baker", "Moss", "Brook", "Marsh", "Hill", "Stone", "Fox", "Bird", "Rice", "Young",
        "King", "Lamb", "Hunt", "Page", "Bell", "Okonkwo", "Nakamura", "Siddiqui", "Kowalczyk", "Papadopoulou",
        "MacLeod", "O'Sullivan", "van der Berg", "Fernández", "Nguyen", "Chaudhry", "Adeyemi", "Haddad",
        "Lindqvist", "Gruffydd", "Achterberg", "Mensah", "Ivanova", "Dragomir", "Ní Bhriain", "Szabó", "Yilmaz",
        "Okafor-Whyte", "Pryce-Jones", "Castellanos", "Abernethy", "Featherstonehaugh", "Tran", "Kaur",
        "Ramaswamy", "Boateng", "Rahman", "Sato", "Kim", "Lee", "Shaw", "Frost", "Snow", "Winter", "Rivers",
        "Sands", "Waters", "Lane", "Gardener", "Cook", "Mason", "Sharp", "Black", "Swan", "Crane", "Heron"]
STREETS = ["Larkspur", "Tanners", "Coldharbour", "Wellgate", "Priory", "Foundry", "Ashgrove", "Marlowe",
           "Quarry Hill", "Cemetery", "Kingfisher", "Beechwood", "Station", "Cobden", "Ropewalk", "Gasworks",
           "Hollins", "Blackthorn", "Mill Brow", "Tenter", "Penrhyn", "Heol y Nant", "Dunkeld", "Sauchiehall",
           "Clover", "Osier", "Brunswick", "Garibaldi", "Alma", "Inkerman", "Wharf", "Chapel", "Victoria",
           "Albion", "Moorside", "Hazel", "Sycamore", "Fairfield", "Pendle", "Bramble"]
STYPE = ["Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Terrace", "Drive", "Way", "Grove", "Court",
         "Place", "Gardens", "Row", "Walk", "Mews", "Rise", "View"]
TOWNS = [("Hebden Bridge", "HX7"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"),
         ("Cardiff", "CF24"), ("Newcastle upon Tyne", "NE6"), ("Glasgow", "G12"), ("Edinburgh", "EH6"),
         ("London", "SW11"), ("Birmingham", "B29"), ("Norwich", "NR2"), ("Swansea", "SA1"), ("Carlisle", "CA2"),
         ("Ipswich", "IP4"), ("Truro", "TR1"), ("Lincoln", "LN2"), ("Dundee", "DD4"), ("Wrexham", "LL13"),
         ("Stockport", "SK4"), ("Hull", "HU5"), ("Derby", "DE22"), ("Reading", "RG1"), ("Exeter", "EX4"),
         ("Belfast", "BT7"), ("Aberystwyth", "SY23"), ("Whitby", "YO21"), ("Kendal", "LA9"), ("Oban", "PA34")]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ty Gwyn", "Bramble End", "Hillcrest", "The Granary",
               "Orchard House", "Windyridge", "Craigmore", "Fernlea"]
PHONE_AREAS = [("01632", "960"), ("0113", "496 0"), ("0117", "496 0"), ("0121", "496 0"), ("0131", "496 0"),
               ("0141", "496 0"), ("0161", "496 0"), ("0191", "498 0"), ("020", "7946 0"), ("028", "9649 6"),
               ("07700", "900"), ("07700", "900")]
EDOM = ["example.com", "example.org", "example.net", "mail.example.com", "customer.example.org"]
ORGS = ["Northern Powergrid", "Electricity North West", "SP Energy Networks", "UK Power Networks",
        "National Grid Electricity Distribution", "Scottish and Southern Electricity Networks", "Cadent",
        "Wales & West Utilities", "Xoserve", "Elexon", "Smart DCC", "RECCo", "Ofgem", "Citizens Advice",
        "Energy Ombudsman", "Northern Gas Networks", "SGN"]


class F:
    """One file's planting context."""

    def __init__(self, rng):
        self.r = rng
        self.secrets = []   # dicts kind,value,surface
        self.keeps = []     # dicts kind,surface
        self._cache = {}

    # ---------- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def S(self, kind, value, surface):
        self.secrets.append({"kind": kind, "value": value, "surface": surface})
        return surface

    def K(self, surface, kind="keep"):
        self.keeps.append({"kind": kind, "surface": surface})
        return surface

    # ---------- values
    def mpan_value(self):
        d = self.ch("12") + self.ch("0123456789") + self.digits(9)
        d = str(self.r.choice(range(10, 24))) + self.digits(10)
        return d + str(mpan_check(d))

    def mpan(self, style=None, value=None):
        v = value or self.mpan_value()
        style = style or self.r.choices(["plain", "space", "dash", "space3", "dot", "nbsp"],
                                        [60, 16, 10, 6, 4, 4])[0]
        if style == "plain":
            s = v
        elif style == "space":
            s = f"{v[:2]} {v[2:6]} {v[6:10]} {v[10:]}"
        elif style == "dash":
            s = f"{v[:2]}-{v[2:6]}-{v[6:10]}-{v[10:]}"
        elif style == "space3":
            s = f"{v[:4]} {v[4:8]} {v[8:]}"
        elif style == "dot":
            s = f"{v[:2]}.{v[2:6]}.{v[6:10]}.{v[10:]}"
        else:
            s = f"{v[:2]}\u00a0{v[2:6]}\u00a0{v[6:10]}\u00a0{v[10:]}"
        return self.S("mpan", v, s)

    def bad13(self):
        while True:
            d = str(self.r.choice(range(10, 24))) + self.digits(10)
            c = (mpan_check(d) + self.r.randint(1, 9)) % 10
            v = d + str(c)
            if int(v[-1]) != mpan_check(v[:12]):
                return self.K(v, "bad13")

    def mprn(self, style=None):
        n = self.r.choice([7, 8, 9, 10, 10, 10])
        v = str(self.r.randint(1, 9)) + self.digits(n - 1)
        style = style or self.r.choices(["plain", "space"], [85, 15])[0]
        s = v if style == "plain" or n < 9 else f"{v[:4]} {v[4:7]} {v[7:]}"
        return self.S("mprn", v, s)

    def eserial(self, lower=None):
        k = self.r.randint(0, 3)
        yy = self.r.choice(["14", "16", "17", "19", "21", "22", "23"])
        if k == 0:
            v = "E" + yy + self.ch(["UP", "ZA", "BG", "LG", "SE"]) + self.digits(5)
        elif k == 1:
            v = yy + self.ch("ABCKLMP") + self.digits(7)
        elif k == 2:
            v = "S" + self.digits(2) + self.ch("ABCKLM") + self.digits(6)
        else:
            v = self.ch(["K", "L", "D"]) + yy + self.ch("ABC") + self.digits(5)
        s = v
        if lower if lower is not None else self.r.random() < 0.12:
            s = v.lower()
        elif self.r.random() < 0.08:
            s = " ".join([v[:3], v[3:6], v[6:]])
        return self.S("elec_serial", v, s)

    def gserial(self, lower=None):
        k = self.r.randint(0, 3)
        if k == 0:
            v = "E6S" + self.digits(8) + self.ch(["19", "20", "21", "22"])
        elif k == 1:
            v = "G4" + self.ch("AKLS") + self.digits(7)
        elif k == 2:
            v = self.ch(["U6", "G6"]) + self.ch("ABM") + self.digits(8)
        else:
            v = "SMG" + self.digits(7) + self.ch("ABC")
        s = v
        if lower if lower is not None else self.r.random() < 0.12:
            s = v.lower()
        elif self.r.random() < 0.06:
            s = v[:3] + "-" + v[3:]
        return self.S("gas_serial", v, s)

    def eui(self, style=None):
        v = "".join(self.ch("0123456789ABCDEF") for _ in range(16))
        v = self.ch(["00", "D0", "BC", "70"]) + v[2:]
        style = style or self.r.choices(["dash", "plain", "colon", "lowcolon", "0x", "dot", "space"],
                                        [30, 25, 15, 10, 8, 6, 6])[0]
        p = [v[i:i + 2] for i in range(0, 16, 2)]
        s = {"dash": "-".join(p), "plain": v, "colon": ":".join(p), "lowcolon": ":".join(p).lower(),
             "0x": "0x" + v, "dot": ".".join(v[i:i + 4] for i in range(0, 16, 4)), "space": " ".join(p)}[style]
        return self.S("eui64", v, s)

    def person(self):
        fn, ln = self.ch(FIRST), self.ch(LAST)
        return fn, ln

    def name(self, form=None, who=None):
        fn, ln = who or self.person()
        form = form or self.r.choices(["full", "title", "last_first", "upper", "initial"], [55, 15, 10, 10, 10])[0]
        if form == "full":
            s = f"{fn} {ln}"
        elif form == "title":
            s = f"{self.ch(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'])} {fn} {ln}"
        elif form == "last_first":
            s = f"{ln.upper()}, {fn}"
        elif form == "upper":
            s = f"{fn} {ln}".upper()
        else:
            s = f"{fn[0]}. {ln}"
        return self.S("name", f"{fn} {ln}", s)

    def town(self):
        return self.ch(TOWNS)

    def postcode(self, district=None, style=None):
        district = district or getattr(self, "_lt", None) or self.town()[1]
        self._lt = None
        v = f"{district} {self.r.randint(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
        style = style or self.r.choices(["std", "nospace", "lower", "double"], [75, 10, 10, 5])[0]
        s = {"std": v, "nospace": v.replace(" ", ""), "lower": v.lower(), "double": v.replace(" ", "  ")}[style]
        return self.S("postcode", v, s)

    def street(self):
        return f"{self.ch(STREETS)} {self.ch(STYPE)}"

    def address(self, town=None, form=None):
        t = town or self.town()
        self._lt = t[1]
        form = form or self.r.choices(["num", "flat", "house", "numnotown"], [60, 15, 10, 15])[0]
        st = self.street()
        n = self.r.randint(1, 212)
        if form == "num":
            s = f"{n} {st}, {t[0]}"
        elif form == "flat":
            s = f"Flat {self.r.randint(1, 24)}, {n} {st}, {t[0]}"
        elif form == "house":
            s = f"{self.ch(HOUSE_NAMES)}, {st}, {t[0]}"
        else:
            s = f"{n} {st}"
        return self.S("address", s, s)

    def addr_pc(self, sep=", "):
        t = self.town()
        return self.address(t) + sep + self.postcode(t[1])

    def phone(self, style=None):
        a, p = self.ch(PHONE_AREAS)
        last = self.digits(6 - len(p.replace(" ", "")) + 3) if False else None
        if a in ("01632", "07700"):
            v = a + p + self.digits(3)
            nat = f"{a} {p}{v[-3:]}"
        else:
            v = a + p.replace(" ", "") + self.digits(3)
            nat = f"{a} {p}{v[-3:]}"
        style = style or self.r.choices(["nat", "intl", "plain", "paren"], [55, 20, 15, 10])[0]
        if style == "nat":
            s = nat
        elif style == "intl":
            s = "+44 " + nat[1:]
        elif style == "plain":
            s = v
        else:
            s = f"({a}) {nat[len(a) + 1:]}"
        return self.S("phone", v, s)

    def email(self, who=None):
        fn, ln = who or self.person()
        loc = self.ch([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}{self.r.randint(1, 99)}", f"{ln}.{fn[0]}"])
        loc = unicodedata.normalize("NFKD", loc).encode("ascii", "ignore").decode()
        loc = "".join(c for c in loc.lower() if c.isalnum() or c == ".")
        v = f"{loc}@{self.ch(EDOM)}"
        s = v.upper() if self.r.random() < 0.05 else v
        return self.S("email", v, s)

    def acct(self, style=None):
        k = self.r.randint(0, 2)
        if k == 0:
            v = self.digits(8)
            v = str(self.r.randint(1, 9)) + v[1:]
        elif k == 1:
            v = "A" + self.digits(9)
        else:
            v = self.ch(["CUS", "AC"]) + self.digits(8)
        s = v
        if self.r.random() < 0.1 and v.isdigit():
            s = v[:4] + " " + v[4:]
        return self.S("account", v, s)

    # ---------- keeps
    def tc(self):
        return self.K(self.ch([f"TC_FM_TS_{self.r.randint(1, 9)}_TC_{self.r.randint(1, 40)}",
                               f"MHHS-TC-{self.r.randint(100, 999)}", f"SIT-{self.r.randint(1000, 9999)}",
                               f"UIT_{self.r.randint(10, 99)}_{self.r.randint(1, 20):02d}",
                               f"PIT-CS-{self.r.randint(10, 99)}"]), "tc")

    def mref(self):
        return self.K(self.ch([f"MPAN-REF-{self.r.randint(1, 99):02d}", f"MPAN{self.r.randint(1000, 9999)}",
                               f"LDSO-REF-{self.r.randint(100, 999)}", f"MPRN-REF-{self.r.randint(1, 60):02d}"]),
                      "mpanref")

    def ticket(self):
        return self.K(self.ch([f"INC{self.digits(7)}", f"DEF-{self.r.randint(1000, 9999)}",
                               f"MHHSP-{self.r.randint(100, 9999)}", f"CHG{self.digits(7)}",
                               f"BUG-{self.r.randint(100, 999)}"]), "ticket")

    def ts(self, fmt=None):
        d = datetime.datetime(2026, self.r.randint(1, 11), self.r.randint(1, 28), self.r.randint(0, 23),
                              self.r.randint(0, 59), self.r.randint(0, 59))
        fmt = fmt or self.ch(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%d-%b-%Y %H:%M:%S"])
        return self.K(d.strftime(fmt), "timestamp")

    def uid(self):
        return self.K(str(uuid.UUID(int=self.r.getrandbits(128), version=4)), "uuid")

    def ver(self):
        return self.K(f"{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}", "version")

    def amt(self):
        return self.K(f"£{self.r.randint(1, 2400)}.{self.r.randint(0, 99):02d}", "amount")

    def reading(self):
        return self.K(f"{self.r.randint(100, 99999):05d}", "reading")

    def kwh(self):
        return self.K(f"{self.r.randint(1, 9999)}.{self.r.randint(0, 999):03d} kWh", "reading")

    def flow(self):
        return self.K(self.ch(["D0010", "D0150", "D0135", "D0139", "D0312", "D0171", "IF-031", "IF-021",
                               "IF-036", "PUB-031", "D0313", "ONUPD", "SR 8.14.1", "SRV 4.1.1"]), "flow")

    def org(self):
        return self.K(self.ch(ORGS), "org")

    def word(self):
        return self.K(self.ch(["grace period", "Mark as resolved", "in May", "hope to", "will be", "Bill run",
                               "field force", "Summer tariff", "King's Lynn depot", "Moss Side feeder",
                               "Rose Street substation", "new dawn release", "Glen depot"]), "word")

    def hexid(self, n=12):
        return "".join(self.ch("0123456789abcdef") for _ in range(n))
