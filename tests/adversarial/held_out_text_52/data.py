"""Invented data factory + secret/keep registration for the ho37 text corpus."""
import random, string, base64, uuid, hashlib

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * w for c, w in zip(d12, W)) % 11 % 10

class Reg:
    cur = None

def begin():
    Reg.cur = {"secrets": [], "keeps": []}

def S(kind, value, written=None, tokens=None, note=""):
    """register a secret; returns the text to put in the file"""
    w = value if written is None else written
    Reg.cur["secrets"].append({"kind": kind, "value": value, "written": w,
                               "tokens": tokens or [], "note": note})
    return w

def K(s, cls="keep"):
    Reg.cur["keeps"].append({"value": s, "cls": cls})
    return s

def A(s):
    """account number keep (may be masked by design)"""
    return K(s, "account")


class Data:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def uniq(self, f):
        for _ in range(200):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("uniq")

    # ---- electricity
    def mpan(self, dist=None):
        def f():
            d = "%02d" % (dist or self.r.randint(10, 23))
            body = d + "".join(self.r.choice(string.digits) for _ in range(10))
            return body + str(mpan_check(body))
        return self.uniq(f)

    def mpan_badcheck(self):
        m = self.mpan()
        good = int(m[-1])
        bad = (good + self.r.randint(1, 9)) % 10
        return m[:-1] + str(bad)

    def top_line(self):
        pc = self.r.choice(["01", "02", "03", "04", "05", "00", "08"])
        mtc = self.r.choice(["801", "845", "811", "181", "393", "151", "860"])
        llfc = "%03d" % self.r.randint(1, 999)
        return pc, mtc, llfc

    def mprn(self, n=10):
        def f():
            return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))
        return self.uniq(f)

    def eserial(self):
        r = self.r
        style = r.randint(0, 3)
        def f():
            yy = "%02d" % r.randint(9, 24)
            if style == 0:   # Landis-ish 2 letters + yy + letter + digits
                return r.choice(["EL", "LG", "AC", "SK", "HM", "KL", "SM"]) + yy + r.choice("ABCDEFHJKLMNPRSTWX") + "%05d" % r.randint(0, 99999)
            if style == 1:   # EDMI style E6S + 8 digits + yy
                return "E6S" + "%08d" % r.randint(0, 99999999) + yy
            if style == 2:   # yy + letter + 7 digits
                return yy + r.choice("ABCDEFHJKLMNPRSTWX") + "%07d" % r.randint(0, 9999999)
            return r.choice(["S1", "K0", "D0"]) + yy + r.choice("ABCDEFH") + "%06d" % r.randint(0, 999999)
        return self.uniq(f)

    def gserial(self):
        r = self.r
        style = r.randint(0, 3)
        def f():
            yy = "%02d" % r.randint(5, 24)
            if style == 0:
                return "G4" + r.choice("ABCDEFKLMNPRS") + "%08d" % r.randint(0, 99999999)
            if style == 1:
                return "E6E" + "%08d" % r.randint(0, 99999999) + yy
            if style == 2:
                return yy + r.choice("MPRSGK") + "%06d" % r.randint(0, 999999)
            return "U6G" + "%07d" % r.randint(0, 9999999)  + r.choice("ABCDW")
        return self.uniq(f)

    def eui(self):
        r = self.r
        def f():
            oui = r.choice(["000D6F", "001BC5", "0015BC", "70B3D5", "00124B", "BCB0E7"])
            return oui + "".join(r.choice("0123456789ABCDEF") for _ in range(10))
        return self.uniq(f)

    # ---- people
    FIRST = ["Siobhan", "Aurelio", "Oluwaseun", "Bartholomew", "Ffion", "Eilidh", "Priyanka", "Tadeusz",
             "Marguerite", "Kwabena", "Rhiannon", "Caoimhe", "Ignatius", "Lowenna", "Ngozi", "Thibault",
             "Wojciech", "Zainab", "Hamish", "Genevieve", "Ruaridh", "Anneliese", "Dafydd", "Yusuf",
             "Perpetua", "Euan", "Saoirse", "Mehmet", "Henrietta", "Cormac", "Bronwen", "Isidore",
             "Leocadia", "Fergus", "Imogen", "Tobias", "Winifred", "Hyacinth", "Osian", "Marisol"]
    LAST = ["O'Halloran", "Fitzwilliam-Hughes", "Nwachukwu", "Siddiqui", "Kowalczyk", "MacAskill",
            "Featherstonehaugh", "Papadopoulos", "Ó Súilleabháin", "Threlfall", "Gallacher", "Abernethy",
            "Okonkwo-Reid", "Bhattacharya", "Trevithick", "Quarmby", "Nakamura", "D'Souza", "Pengelly",
            "Ravensworth", "Llewellyn-Price", "Oyelaran", "Castellanos", "Whitmarsh", "Haverstock",
            "Zielinski", "McCrindle", "Brackenbury", "Ashworth-Lyle", "Vanterpool", "Szymanska",
            "Hargreave", "Ellenborough", "Tremayne", "Adeyemi", "Kilbride", "Montgomerie", "Pryce-Jones"]
    PARTICLE = [("van der", "Westhuizen"), ("de la", "Fuente"), ("da", "Silveira"), ("von", "Hattingberg"),
                ("al-", "Rashidi"), ("ter", "Haarsteeg")]

    def person(self):
        r = self.r
        fn = self.uniq(lambda: r.choice(self.FIRST))
        if r.random() < 0.12:
            p, ln = r.choice(self.PARTICLE)
            last = (p + ln) if p.endswith("-") else (p + " " + ln)
            toks = [fn, ln]
        else:
            last = self.uniq(lambda: r.choice(self.LAST))
            toks = [fn] + [t for t in last.replace("-", " ").split() if len(t) > 2]
            if last.startswith("O'") or last.startswith("D'"):
                toks = [fn, last]
        return {"first": fn, "last": last, "tokens": toks,
                "title": r.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])}

    STREETS = ["Larkspur", "Wexcombe", "Tregarthen", "Ashdown", "Pennyroyal", "Mossgiel", "Glebelands",
               "Cheverell", "Bramblewick", "Quenington", "Foxhollow", "Saltcote", "Harrowgate", "Kinnaird",
               "Thistlebank", "Pennistone", "Wyndcliffe", "Rookery", "Cardigan", "Hazeldene", "Marlpit",
               "Tanyard", "Coldharbour", "Inchgarvie", "Lochside", "Withybed", "Cwrt-y-Gollen", "Penlan",
               "Sandpiper", "Ballochmyle", "Kestrelmoor", "Fennimore", "Duncombe", "Yewtree", "Alderholt"]
    TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Gardens", "Terrace",
             "Place", "Grove", "Court", "Mews", "Rise", "View", "Walk", "Row", "Wynd", "Brae"]
    HOUSES = ["Tŷ Gwyn", "Hawthorn Cottage", "Old Forge House", "Glenview Farmhouse", "The Granary",
              "Millstream Barn", "Pinewood Lodge", "Orchard End", "Quarry Bank House", "Heatherlea"]
    TOWNS = [("Leeds", "LS", None), ("Sheffield", "S", "South Yorkshire"), ("Bristol", "BS", None),
             ("Cardiff", "CF", None), ("Glasgow", "G", None), ("Edinburgh", "EH", None),
             ("Norwich", "NR", "Norfolk"), ("Truro", "TR", "Cornwall"), ("Carlisle", "CA", "Cumbria"),
             ("Swansea", "SA", None), ("Inverness", "IV", "Highland"), ("Exeter", "EX", "Devon"),
             ("Newcastle upon Tyne", "NE", None), ("Stockport", "SK", "Cheshire"), ("Derby", "DE", "Derbyshire"),
             ("Llandeilo", "SA", "Carmarthenshire"), ("Kendal", "LA", "Cumbria"), ("Hexham", "NE", "Northumberland"),
             ("Paisley", "PA", "Renfrewshire"), ("Aberystwyth", "SY", "Ceredigion"), ("Bath", "BA", "Somerset"),
             ("Manchester", "M", None), ("Birmingham", "B", None), ("London", "SE", None), ("Belfast", "BT", None)]
    VILLAGES = ["Little Brockhampton", "Nether Thrupp", "Stoke Ambledown", "Upper Cheswardine", "Kirkton of Ballindrum",
                "Llanfihangel-ar-Elwyn", "Chipping Ledwell", "Much Dewchurch"]

    def postcode(self, area=None):
        r = self.r
        U = "ABDEFGHJLNPQRSTUWXYZ"
        def f():
            a = area or r.choice(["LS", "S", "BS", "CF", "G", "EH", "NR", "TR", "M", "B"])
            if len(a) == 1:
                out = a + r.choice([str(r.randint(1, 9)), str(r.randint(10, 40))])
            else:
                out = a + str(r.randint(1, 29))
                if r.random() < 0.08 and a in ("EH", "SE"):
                    out = a + str(r.randint(1, 9)) + r.choice("ABEHJKPSTW")
            return out + " " + str(r.randint(0, 9)) + r.choice(U) + r.choice(U)
        return self.uniq(f)

    def address(self):
        r = self.r
        town, area, county = r.choice(self.TOWNS)
        st = self.uniq(lambda: r.choice(self.STREETS))
        typ = r.choice(self.TYPES)
        num = r.choice([str(r.randint(1, 240)), str(r.randint(1, 60)) + r.choice("AB")])
        a = {"num": num, "street": st + " " + typ, "st_tok": st, "town": town, "county": county,
             "pc": self.postcode(area), "flat": None, "house": None, "village": None}
        x = r.random()
        if x < 0.2:
            a["flat"] = r.choice(["Flat %d" % r.randint(1, 30), "Flat %d/%d" % (r.randint(0, 3), r.randint(1, 4)),
                                  "Unit %d%s" % (r.randint(1, 9), r.choice("ABC")), "Apartment %d" % r.randint(1, 90)])
        elif x < 0.32:
            a["house"] = self.uniq(lambda: r.choice(self.HOUSES))
            a["num"] = None
            if r.random() < 0.6:
                a["village"] = r.choice(self.VILLAGES)
        a["tokens"] = [st] + ([a["house"]] if a["house"] else [])
        return a

    def addr_line(self, a, style="comma"):
        parts = []
        if a["flat"]:
            parts.append(a["flat"])
        if a["house"]:
            parts.append(a["house"])
            parts.append(a["street"])
        else:
            parts.append(a["num"] + " " + a["street"])
        if a["village"]:
            parts.append(a["village"])
        parts.append(a["town"])
        if a["county"] and style in ("comma", "lines"):
            parts.append(a["county"])
        if style == "comma":
            return ", ".join(parts)
        if style == "nocomma":
            return " ".join(parts)
        if style == "caps":
            return ", ".join(parts).upper()
        if style == "lines":
            return "\n".join(parts)
        return ", ".join(parts)

    def phone(self):
        r = self.r
        c = r.randint(0, 4)
        n3 = "%03d" % r.randint(0, 999)
        if c == 0: return "01632 960" + n3
        if c == 1: return "07700 900" + n3
        if c == 2: return "020 7946 0" + n3
        if c == 3: return "+44 7700 900" + n3
        return "0113 496 0" + n3

    def email(self, p=None):
        r = self.r
        dom = r.choice(["example.com", "example.org", "example.net", "mailbox.example.co.uk",
                        "hollowayhomes-lettings.co.uk", "quarmbyfarms.uk", "btinternet.example.com"])
        if p:
            loc = r.choice([p["first"].lower() + "." + p["last"].lower().replace("'", "").replace(" ", ""),
                            p["first"][0].lower() + p["last"].lower().replace("'", "").replace(" ", "") + str(r.randint(1, 99))])
            loc = loc.encode("ascii", "ignore").decode()
        else:
            loc = r.choice(["tenant", "homeowner", "j.smythe", "flatfour", "rentals"]) + str(r.randint(10, 9999))
        return loc + "@" + dom

    # ---- keeps
    def guid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def epoch_ms(self):
        return str(self.r.randint(1764547200000, 1767225599000))

    def ts(self):
        return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.r.randint(10, 12), self.r.randint(1, 28),
                                                       self.r.randint(0, 23), self.r.randint(0, 59),
                                                       self.r.randint(0, 59), self.r.randint(0, 999))

    def sts(self):
        d = "".join(self.r.choice(string.digits) for _ in range(20))
        return " ".join(d[i:i + 4] for i in range(0, 20, 4))

    def sha(self, n=40):
        return hashlib.sha256(str(self.r.random()).encode()).hexdigest()[:n]

    def tc(self):
        return self.r.choice(["TC-QT-", "QT-LDSO-", "SIT-E2E-", "UIT-", "TC_"]) + "%04d" % self.r.randint(1, 9999)

    def ticket(self):
        return self.r.choice(["INC", "CHG", "RITM", "DEF-", "BUG-"]) + "%07d" % self.r.randint(1, 9999999)

    def acct(self):
        return self.r.choice(["", "A-", "ACC"]) + "%08d" % self.r.randint(10000000, 99999999)

    def amount(self):
        return "£%d.%02d" % (self.r.randint(1, 2400), self.r.randint(0, 99))

    def reading(self):
        return "%06d" % self.r.randint(0, 999999)

    def dip(self):
        return "DIP-" + self.guid()

    def jwt_sig(self):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(32))).decode().rstrip("=")

    def build(self):
        return "2026%02d%02d.%d" % (self.r.randint(10, 12), self.r.randint(1, 28), self.r.randint(1, 9))

    def mpid(self):
        return self.r.choice(["EELC", "SWEB", "LOND", "MIDE", "NORW", "YELG", "HYDE", "SPOW", "MANW", "SOUT", "UDMS", "PRTL"])

    def gsp(self):
        return "_" + self.r.choice("ABCDEFGHJKLMNP")
