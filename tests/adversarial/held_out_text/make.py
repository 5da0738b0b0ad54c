#!/usr/bin/env python3
"""Held-out adversarial text corpus for Attest (black-box). Deterministic by SEED.

Writes ./corpus/* and ./truth.json.  stdlib only.
"""
import hashlib
import json
import os
import random
import shutil
import sys
import uuid

SEED = int(os.environ.get("HO30_SEED", "3030"))
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PER_GENRE = int(os.environ.get("HO30_PER_GENRE", "11"))

R = random.Random(SEED)

# --------------------------------------------------------------------------- identity pools
PEOPLE = [
    # (title, first, last, origin)
    ("Mr", "Gethin", "Pritchard", "welsh"), ("Ms", "Angharad", "Llewellyn", "welsh"),
    ("Mr", "Rhodri", "ap Dafydd", "welsh"), ("Mrs", "Siân", "Rhys-Evans", "welsh"),
    ("Miss", "Eluned", "Vaughan", "welsh"), ("Mr", "Iestyn", "Gruffudd", "welsh"),
    ("Ms", "Ailsa", "McTavish", "scottish"), ("Mr", "Calum", "MacLeod", "scottish"),
    ("Mrs", "Morag", "Drummond", "scottish"), ("Miss", "Eilidh", "Fraser", "scottish"),
    ("Mr", "Torquil", "Urquhart", "scottish"), ("Ms", "Siobhán", "Ní Bhriain", "irish"),
    ("Mr", "Oisín", "Gallagher", "irish"), ("Ms", "Caoimhe", "O'Sullivan", "irish"),
    ("Mrs", "Niamh", "Doherty", "irish"), ("Mr", "Tadhg", "Mulcahy", "irish"),
    ("Dr", "Priyanka", "Raghunathan", "southasian"), ("Mr", "Mohammed", "Chaudhry", "southasian"),
    ("Mrs", "Harjinder", "Sandhu", "southasian"), ("Ms", "Tahmina", "Begum", "southasian"),
    ("Mr", "Venkatesh", "Subramaniam", "southasian"), ("Mr", "Imran", "Qureshi", "southasian"),
    ("Mr", "Grzegorz", "Wiśniewski", "polish"), ("Mrs", "Agnieszka", "Krawczyk", "polish"),
    ("Mr", "Przemysław", "Zieliński", "polish"), ("Ms", "Małgorzata", "Wojciechowska", "polish"),
    ("Mr", "Chukwuemeka", "Okonkwo", "westafrican"), ("Mrs", "Adaeze", "Nwosu", "westafrican"),
    ("Mr", "Kwabena", "Asante", "westafrican"), ("Ms", "Folasade", "Adeyemi", "westafrican"),
    ("Mr", "Oluwaseun", "Bankole", "westafrican"), ("Mrs", "Abena", "Boateng", "westafrican"),
    ("Ms", "Xiaoling", "Chen", "chinese"), ("Mr", "Ka-Wai", "Leung", "chinese"),
    ("Mrs", "Meiying", "Zhou", "chinese"), ("Mr", "Jianhong", "Xu", "chinese"),
    ("Ms", "Hodan", "Warsame", "somali"), ("Mr", "Emre", "Yıldız", "turkish"),
    ("Mr", "Ionuț", "Popescu", "romanian"), ("Ms", "Rūta", "Kazlauskaitė", "lithuanian"),
    ("Mr", "Yousef", "Al-Masri", "arabic"), ("Mrs", "Thu Hà", "Nguyen", "vietnamese"),
    ("Mr", "João", "Carvalho", "portuguese"), ("Mr", "Delroy", "Campbell", "caribbean"),
    ("Mr", "Peregrine", "Ashworth", "english"), ("Ms", "Tamsin", "Fairclough", "english"),
    ("Mrs", "Jocasta", "Pennington", "english"), ("Mr", "Ebenezer", "Thwaites", "english"),
    ("Mrs", "Clemency", "Hargreaves", "english"), ("Mr", "Wilfred", "Oddie", "english"),
    ("Mrs", "Hephzibah", "Greenhalgh", "english"), ("Mrs", "Ruth", "Green", "english"),
    ("Mr", "Dean", "Hill", "english"), ("Ms", "Amber", "Brooke", "english"),
    ("Mr", "Kofi", "Mensah", "westafrican"), ("Ms", "Zofia", "Nowak", "polish"),
]

# street, town-ish locality, town, outward code
PLACES = [
    ("Gwydir Street", "", "Cambridge", "CB1"), ("Heol y Nant", "Whitchurch", "Cardiff", "CF14"),
    ("Ffordd Glyn", "", "Bangor", "LL57"), ("Tollcross Road", "Parkhead", "Glasgow", "G31"),
    ("Braeside Place", "", "Glasgow", "G32"), ("Marchmont Road", "", "Edinburgh", "EH9"),
    ("Kenilworth Drive", "Oadby", "Leicester", "LE2"), ("Victoria Terrace", "", "Aberystwyth", "SY23"),
    ("Harehills Lane", "", "Leeds", "LS8"), ("Lower Bristol Road", "", "Bath", "BA2"),
    ("Stapleton Road", "Easton", "Bristol", "BS5"), ("Ladypool Road", "Sparkbrook", "Birmingham", "B12"),
    ("Wilmslow Road", "Rusholme", "Manchester", "M14"), ("Whitechapel Road", "", "London", "E1"),
    ("Coldharbour Lane", "Brixton", "London", "SW9"), ("Stoke Newington Church Street", "", "London", "N16"),
    ("Ormeau Road", "", "Belfast", "BT7"), ("Great Western Road", "", "Aberdeen", "AB10"),
    ("Lemon Street", "", "Truro", "TR1"), ("Culduthel Road", "", "Inverness", "IV2"),
    ("Unthank Road", "", "Norwich", "NR2"), ("St Helen's Road", "", "Swansea", "SA1"),
    ("Strand Road", "", "Londonderry", "BT48"), ("Belgrave Gate", "", "Leicester", "LE1"),
    ("Lumb Lane", "Manningham", "Bradford", "BD8"), ("Abbots Close", "Chadderton", "Oldham", "OL9"),
    ("Junction Road", "", "Kirkwall", "KW15"), ("Stricklandgate", "", "Kendal", "LA9"),
    ("Cherry Tree Walk", "", "Peterborough", "PE1"), ("Wellington Parade", "", "Blackpool", "FY1"),
    ("Fenwick Gardens", "Heaton", "Newcastle upon Tyne", "NE6"), ("Wordsworth Grove", "", "Carlisle", "CA2"),
    ("Gallowgate", "", "Aberdeen", "AB25"), ("Upper Mealy Lane", "", "Huddersfield", "HD7"),
    ("Pen-y-Bryn", "Llanbedr", "Ruthin", "LL15"), ("Mill Lane", "", "Frome", "BA11"),
    ("Station Road", "", "Ely", "CB7"), ("Kirkgate", "", "Wakefield", "WF1"),
    ("Churchill Way", "", "Basingstoke", "RG21"), ("Goose Green", "", "Altrincham", "WA14"),
    ("Canal Street", "", "Manchester", "M1"), ("Green Lane", "", "Derby", "DE1"),
    ("Lon Glanfor", "", "Pwllheli", "LL53"), ("Queen's Crescent", "", "Stornoway", "HS1"),
]
RURAL = [
    ("Ty Gwyn", "Llanfihangel-y-Creuddyn", "Aberystwyth", "SY23"),
    ("Hafod Uchaf", "Cwm Penmachno", "Betws-y-Coed", "LL24"),
    ("Tigh na Mara", "Achiltibuie", "Ullapool", "IV26"),
    ("Rose Cottage", "Much Marcle", "Ledbury", "HR8"),
    ("The Old Forge", "Little Snoring", "Fakenham", "NR21"),
    ("Glebe Farm", "Chipping Warden", "Banbury", "OX17"),
    ("Ballynure House", "Ballyclare", "Newtownabbey", "BT39"),
    ("Lower Trewint", "Altarnun", "Launceston", "PL15"),
    ("Braeview", "Kirkton of Glenisla", "Blairgowrie", "PH11"),
    ("Sunnyside Croft", "Skerray", "Thurso", "KW14"),
]
STREET_TYPES = {"street", "road", "lane", "drive", "terrace", "place", "avenue", "close", "walk",
                "parade", "gardens", "grove", "way", "crescent", "gate", "green"}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
COMPANIES = ["British Gas", "Octopus Energy", "EDF", "E.ON Next", "OVO Energy", "ScottishPower",
             "Utility Warehouse", "So Energy", "Ecotricity", "Good Energy", "SSE Energy Services"]
JOBS = ["Senior Test Analyst", "Test Lead", "Field Engineer", "Metering Technician",
        "Smart Operations Analyst", "Customer Service Advisor", "Integration Test Manager",
        "Head of Test", "DCC Adaptor Developer", "Complaints Handler"]
MPIDS = ["EELC", "LOND", "SEEB", "MIDE", "NORW", "SWEB", "YELG", "MANW", "HYDE", "SPOW", "BGAS", "OVOE"]
GSP = ["_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L", "_M", "_N", "_P"]
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

USED = set()


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("uniq")


def pick(*fns):
    return R.choice(fns)()


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mpan_core():
    def f():
        base = "%02d" % R.randint(10, 23) + digits(10)
        chk = sum(int(d) * p for d, p in zip(base, PRIMES)) % 11 % 10
        return base + str(chk)
    return uniq(f)


def mpan_bad_check(core):
    good = int(core[-1])
    return core[:-1] + str((good + R.randint(1, 9)) % 10)


def mprn():
    return uniq(lambda: R.choice(["7", "8", "9", "4", "3", "2", "1"]) + digits(R.choice([6, 7, 8, 9])))


def elec_serial():
    shapes = [
        lambda: R.choice("KSEZAD") + "%02d" % R.randint(3, 24) + R.choice(["BG", "UK", "MA", "CE"]) + digits(5),
        lambda: R.choice("ZSEK") + "%02d" % R.randint(12, 24) + R.choice("NUAPW") + digits(6),
        lambda: "%02d" % R.randint(14, 24) + R.choice("LEKS") + digits(7),
        lambda: R.choice("ADFL") + "%02d" % R.randint(88, 99) + R.choice("CDHM") + digits(5),
    ]
    return uniq(lambda: R.choice(shapes)())


def gas_serial():
    shapes = [
        lambda: "E6S" + digits(8) + "%02d" % R.randint(16, 24),
        lambda: "G4K" + digits(8) + R.choice("ABCDEF"),
        lambda: "G4A" + digits(8),
        lambda: "M0" + digits(2) + R.choice("ABK") + digits(7),
        lambda: R.choice(["00L", "07U", "03K"]) + digits(7),
        lambda: "U6" + R.choice("AL") + digits(8),
    ]
    return uniq(lambda: R.choice(shapes)())


def eui():
    pref = R.choice([[0x00, 0xDB, 0x12], [0x70, 0xB3, 0xD5], [0x00, 0x1B, 0xC5], [0xBC, 0x1D, 0x7E], [0x00, 0x0D, 0x6F]])
    return uniq(lambda: tuple(pref + [R.randint(0, 255) for _ in range(5)]))


def eui_fmt(b, form=None):
    form = form or R.choice(["dash", "dash", "dash", "colon", "plain", "lowerdash", "0x", "space", "dot"])
    h = ["%02X" % x for x in b]
    if form == "dash":
        return "-".join(h)
    if form == "colon":
        return ":".join(h).lower()
    if form == "plain":
        return "".join(h)
    if form == "lowerdash":
        return "-".join(h).lower()
    if form == "0x":
        return "0x" + "".join(h)
    if form == "space":
        return " ".join(h)
    if form == "dot":
        s = "".join(h).lower()
        return ".".join(s[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(form)


def postcode(outward):
    return outward + " " + str(R.randint(0, 9)) + R.choice(INWARD_LETTERS) + R.choice(INWARD_LETTERS)


def pc_fmt(pc):
    f = R.random()
    if f < 0.55:
        return pc
    if f < 0.7:
        return pc.lower()
    if f < 0.85:
        return pc.replace(" ", "")
    if f < 0.92:
        return pc.replace(" ", "  ")
    return pc.lower().replace(" ", "")


def phone():
    def f():
        kind = R.choice(["mob", "mob", "mob", "geo", "lon", "ni"])
        if kind == "mob":
            return "07700 9" + digits(5)
        if kind == "geo":
            return R.choice(["0117 496 0", "0113 496 0", "0161 496 0", "0131 496 0", "0141 496 0", "0121 496 0", "01632 960 "]) + digits(3)
        if kind == "lon":
            return "020 7946 0" + digits(3)
        return "028 9018 " + digits(4)
    return uniq(f)


def phone_fmt(p):
    d = p.replace(" ", "")
    f = R.random()
    if f < 0.35:
        return p
    if f < 0.5:
        return d
    if f < 0.62:
        return "+44 " + p[1:]
    if f < 0.72:
        return "+44 (0)" + p[1:]
    if f < 0.8:
        return "+44" + d[1:]
    if f < 0.87:
        return "0044 " + p[1:]
    if f < 0.94:
        return d[:5] + "-" + d[5:8] + "-" + d[8:]
    return "(" + p.split(" ")[0] + ") " + "".join(p.split(" ")[1:])


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self):
        self.title, self.first, self.last, self.origin = R.choice(PEOPLE)
        fl = strip_accents(self.first).lower().replace(" ", "").replace("'", "")
        ll = strip_accents(self.last).lower().replace(" ", "").replace("'", "")
        dom = R.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk",
                        "icloud.com", "sky.com", "virginmedia.com"])
        form = R.choice([f"{fl}.{ll}", f"{fl[0]}.{ll}{R.randint(1, 99)}", f"{ll}{fl[0]}", f"{fl}_{ll}{R.randint(60, 99)}", f"{fl}{ll}"])
        self.email = form + ("" if R.random() < 0.7 else str(R.randint(1, 9))) + "@" + dom
        self.phone = phone()
        self.full = f"{self.first} {self.last}"


class Staff:
    def __init__(self, company=None):
        self.title, self.first, self.last, _ = R.choice(PEOPLE)
        self.full = f"{self.first} {self.last}"
        self.company = company or R.choice(COMPANIES)
        dom = self.company.lower().replace(" ", "").replace(".", "") + ".co.uk"
        self.email = (strip_accents(self.first).lower().replace(" ", "").replace("'", "") + "." + strip_accents(self.last).lower().replace(" ", "").replace("'", "") + "@" + dom)
        self.phone = phone()
        self.job = R.choice(JOBS)


class Addr:
    def __init__(self, rural=None):
        self.rural = R.random() < 0.15 if rural is None else rural
        self.flat = None
        if self.rural:
            self.house, self.locality, self.town, outward = R.choice(RURAL)
            self.line1 = self.house
            self.street = None
        else:
            self.street, self.locality, self.town, outward = R.choice(PLACES)
            num = str(R.randint(1, 240))
            if R.random() < 0.1:
                num += R.choice("abc")
            self.num = num
            self.line1 = f"{num} {self.street}"
            if R.random() < 0.2:
                self.flat = R.choice([f"Flat {R.randint(1, 12)}", f"Flat {R.randint(0, 3)}/{R.randint(1, 2)}",
                                      f"Apartment {R.randint(1, 40)}", f"{R.randint(1, 4)}F{R.randint(1, 3)}"])
        self.pc = uniq(lambda: postcode(outward))

    def one_line(self, case=None, commas=True):
        parts = ([self.flat] if self.flat else []) + [self.line1] + ([self.locality] if self.locality else []) + [self.town]
        s = (", " if commas else " ").join(parts)
        pcs = pc_fmt(self.pc)
        s = s + (", " if commas and R.random() < 0.5 else " ") + pcs
        if case == "lower":
            s = s.lower()
        elif case == "upper":
            s = s.upper()
        return s

    def lines(self):
        parts = ([self.flat] if self.flat else []) + [self.line1] + ([self.locality] if self.locality else []) + [self.town, pc_fmt(self.pc)]
        return parts


class Supply:
    def __init__(self):
        self.person = Person()
        self.addr = Addr()
        self.mpan = mpan_core()
        self.mprn = mprn()
        self.eserial = elec_serial()
        self.gserial = gas_serial()
        self.esme = eui()
        self.gsme = eui()
        self.chub = eui()


# --------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self, genre):
        self.genre = genre
        self.secrets = []
        self.keeps = []
        self.fname_secrets = []

    def S(self, value, kind, **extra):
        x = {"s": value, "kind": kind}
        x.update(extra)
        self.secrets.append(x)
        return value

    def A(self, value, a):
        """register an address secret: value as written; num/street (or house name) for the leak rule"""
        if a.rural:
            return self.S(value, "address", num="", street=a.house)
        return self.S(value, "address", num=a.num, street=a.street)

    def K(self, value, kind):
        self.keeps.append({"s": value, "kind": kind})
        return value

    # composite helpers -----------------------------------------------------
    def name(self, p, form=None):
        form = form or R.choice(["full", "full", "title_last", "first", "lower", "upper", "initial"])
        if form == "full":
            return self.S(p.full, "name")
        if form == "title_last":
            return p.title + " " + self.S(p.last, "name")
        if form == "first":
            return self.S(p.first, "name")
        if form == "lower":
            return self.S(p.full.lower(), "name")
        if form == "upper":
            return self.S(p.full.upper(), "name")
        if form == "initial":
            return p.title + " " + p.first[0] + " " + self.S(p.last, "name")
        raise ValueError(form)

    def addr_secret(self, a, s_line1):
        self.S(s_line1, "address")

    def address(self, a, style=None):
        """Return an address string and register its parts."""
        style = style or R.choice(["one", "one", "lower", "upper", "nocomma", "multi"])
        case = {"lower": "lower", "upper": "upper"}.get(style)
        if style == "multi":
            ls = a.lines()
            txt = "\n".join(ls)
            self._reg_addr(a, txt)
            return txt
        txt = a.one_line(case=case, commas=(style != "nocomma" and style != "lower"))
        self._reg_addr(a, txt)
        return txt

    def _reg_addr(self, a, txt):
        low = txt.lower()
        l1 = a.line1.lower()
        i = low.find(l1)
        assert i >= 0, (txt, a.line1)
        self.A(txt[i:i + len(l1)], a)
        # postcode: find any form
        for form in (a.pc, a.pc.replace(" ", ""), a.pc.replace(" ", "  ")):
            j = low.find(form.lower())
            if j >= 0:
                self.S(txt[j:j + len(form)], "postcode")
                break
        else:
            raise AssertionError((txt, a.pc))

    def mpan(self, core, form=None):
        form = form or R.choice(["plain", "plain", "plain", "sp4", "sp_std", "dash", "sp_std"])
        if form == "plain":
            s = core
        elif form == "sp_std":
            s = f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
        elif form == "sp4":
            s = " ".join(core[i:i + 4] for i in range(0, 13, 4))
        elif form == "dash":
            s = f"{core[:2]}-{core[2:6]}-{core[6:10]}-{core[10:]}"
        return self.S(s, "mpan")

    def mpan_sform(self, core):
        pc = "%02d" % R.randint(1, 8)
        mtc = R.choice(["801", "845", "151", "393", "811"])
        llf = "%03d" % R.randint(1, 999)
        top = f"S {pc} {mtc} {llf}"
        bottom = f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
        self.S(bottom, "mpan")
        return f"{top}\n  {bottom}"

    def serial(self, s, kind, case=None):
        case = case or ("lower" if R.random() < 0.12 else "as")
        v = s.lower() if case == "lower" else s
        return self.S(v, kind)

    def dev(self, b, form=None):
        return self.S(eui_fmt(b, form), "eui64")

    def phone(self, p):
        return self.S(phone_fmt(p), "phone")

    def email(self, e, upper=False):
        return self.S(e.upper() if upper else e, "email")

    # keeps ---------------------------------------------------------------
    def tc(self):
        return self.K(R.choice(["TC-EXT-", "TC-SIT-", "TC-UIT-", "MHHS-TC-", "PIT-TC-"]) + "%04d" % R.randint(1, 2999), "test_case_ref")

    def ts(self, form=None):
        y, mo, d = 2024, R.randint(1, 12), R.randint(1, 28)
        h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
        form = form or R.choice(["iso", "isoz", "uk", "sql"])
        if form == "iso":
            v = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999):03d}+00:00"
        elif form == "isoz":
            v = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
        elif form == "uk":
            v = f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"
        elif form == "sql":
            v = f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999999):06d}"
        elif form == "flow":
            v = f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}"
        return self.K(v, "timestamp")

    def uuid(self):
        return self.K(str(uuid.UUID(int=R.getrandbits(128), version=4)), "uuid")

    def sha(self, n=40):
        return self.K(hashlib.sha256(str(R.random()).encode()).hexdigest()[:n], "hash")

    def ip(self):
        return self.K(f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "ip")

    def mpid(self):
        return self.K(R.choice(MPIDS), "mpid")

    def gsp(self):
        return self.K(R.choice(GSP), "gsp_group")

    def ref(self):
        return self.K(R.choice(["MPAN-REF-", "MPRN-REF-", "SERIAL-REF-", "DEVICE-REF-", "SITE-REF-"]) + "%02d" % R.randint(1, 40), "register_ref")

    def reading(self):
        return self.K("%06d" % R.randint(100, 99999), "reading")

    def epoch_ms(self):
        return self.K(str(R.randint(1704067200000, 1735603200000)), "epoch_ms")

    def company(self):
        return self.K(R.choice(COMPANIES), "company")

    def amount(self):
        return self.K("£{:,.2f}".format(R.randint(1000, 250000) / 100), "amount")


# --------------------------------------------------------------------------- genres
GENRES = {}


def genre(name, ext):
    def deco(fn):
        GENRES[name] = (fn, ext)
        return fn
    return deco


def hdr_flow(d, flow, frm, to):
    fid = "%010d" % R.randint(1, 9_999_999)
    ts = d.ts("flow")
    return f"ZHV|{fid}|{d.K(flow, 'flow_name')}001|X|{frm}|C|{to}|{ts}||||OPER|", fid


@genre("dtc_d0010", "txt")
def g_d0010(d):
    lines = []
    h, fid = hdr_flow(d, "D0010", d.mpid(), "UDMS")
    lines.append(h)
    n = R.randint(1, 4)
    for _ in range(n):
        s = Supply()
        lines.append(f"026|{d.mpan(s.mpan, 'plain')}|V|")
        lines.append(f"028|{d.serial(s.eserial, 'elec_serial', 'as')}|C|")
        for reg in R.sample(["01", "02", "1", "S", "D"], 2):
            lines.append(f"030|{reg}|{d.ts('flow')}|{d.reading()}.0|||T|N|")
    lines.append(f"ZPT|{fid}|{len(lines) - 1}||1|{d.ts('flow')}|")
    pre = ""
    if R.random() < 0.5:
        pre = f"Evidence for {d.tc()} step 3 - outbound {d.K('D0010', 'flow_name')} as received by MDS:\n\n"
    return pre + "\n".join(lines) + "\n"


@genre("dtc_d0150_d0149", "txt")
def g_d0150(d):
    flow = R.choice(["D0150", "D0149"])
    h, fid = hdr_flow(d, flow, d.mpid(), d.mpid())
    s = Supply()
    lines = [h]
    if flow == "D0150":
        lines += [f"288|{d.mpan(s.mpan, 'plain')}|{d.ts('flow')}|",
                  f"289|{d.serial(s.eserial, 'elec_serial', 'as')}|{R.choice(['H', 'N', 'S'])}|{R.choice(['CR', 'KE', 'S2'])}|{d.ts('flow')}|",
                  f"290|{R.choice(['01', 'S1'])}|{d.K('TPR ' + '%05d' % R.randint(1, 400), 'register_id')}|{R.choice(['1', '2'])}|",
                  f"293|{d.dev(s.esme, 'plain')}|{d.dev(s.chub, 'plain')}|"]
    else:
        lines += [f"280|{d.mpan(s.mpan, 'plain')}|{d.ts('flow')}|{d.gsp()}|",
                  f"281|{d.ts('flow')}|{R.choice(['801', '845'])}|",
                  f"282|{R.choice(['01', '02'])}|{d.K('%05d' % R.randint(1, 999), 'register_id')}|"]
    lines.append(f"ZPT|{fid}|{len(lines) - 1}||1|{d.ts('flow')}|")
    note = ""
    if R.random() < 0.6:
        note = f"\n-- note: site is {d.address(s.addr, 'one')}, meter on landing\n"
    return "\n".join(lines) + "\n" + note


@genre("dtc_d0302_customer", "txt")
def g_d0302(d):
    h, fid = hdr_flow(d, "D0302", d.mpid(), d.mpid())
    s = Supply()
    a = s.addr
    # address split across pipe fields
    if a.rural:
        af = ["", d.A(a.house, a), "", a.locality, a.town]
    else:
        num = a.num
        d.A(f"{num}|{a.street}", a)
        af = [a.flat or "", f"{num}|{a.street}", a.locality, a.town]
    pcs = d.S(a.pc, "postcode")
    lines = [h,
             f"3AA|{d.mpan(s.mpan, 'plain')}|{d.ts('flow')}|",
             f"3AB|{s.person.title}|{d.S(s.person.first, 'name')}|{d.S(s.person.last, 'name')}|",
             "3AC|" + "|".join(af) + f"|{pcs}|",
             f"3AD|{d.phone(s.person.phone)}||{d.email(s.person.email)}|",
             f"ZPT|{fid}|5||1|{d.ts('flow')}|"]
    return "\n".join(lines) + "\n"


@genre("dtc_d0055_reg", "txt")
def g_d0055(d):
    h, fid = hdr_flow(d, "D0055", d.mpid(), "SMRA")
    lines = [h]
    for _ in range(R.randint(1, 3)):
        s = Supply()
        lines.append(f"{d.K('055', 'group')}|{d.mpan(s.mpan, 'plain')}|{d.K('2024%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), 'date')}|{d.mpid()}|{d.gsp()}|")
        lines.append(f"056|{R.choice(['01', '02', '03', '05'])}|{R.choice(['801', '845', '151'])}|")
    lines.append(f"ZPT|{fid}|{len(lines) - 1}||1|{d.ts('flow')}|")
    return "\n".join(lines) + "\n\n" + f"Registration accepted for {d.ref()} in {d.tc()}.\n"


@genre("duis_xml", "xml")
def g_duis(d):
    s = Supply()
    target = R.choice([s.esme, s.gsme, s.chub])
    orig = "90-B3-D5-1F-30-01-00-00"
    tform = R.choice(["dash", "dash", "lowerdash"])
    t1 = eui_fmt(target, tform)
    d.S(t1, "eui64")
    ctr = R.randint(1000, 99999)
    rid = f"{orig}:{t1}:{ctr}"
    sr, var = R.choice([("4.1", "4.1.1"), ("1.1", "1.1.1"), ("6.15", "6.15.1"), ("8.2", "8.2"), ("11.1", "11.1"), ("6.2", "6.2.7")])
    d.K(var, "duis_srv")
    t2 = eui_fmt(target, R.choice(["dash", "plain"]))
    d.S(t2, "eui64")
    resp = R.random() < 0.5
    extra = ""
    if R.random() < 0.6:
        extra = f"      <sr:MPxN>{d.mpan(s.mpan, 'plain') if target != s.gsme else d.S(s.mprn, 'mprn')}</sr:MPxN>\n"
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:{'Response' if resp else 'Request'} xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="{d.K('5.1', 'version')}">
  <sr:Header>
    <sr:{'ResponseID' if resp else 'RequestID'}>{rid}</sr:{'ResponseID' if resp else 'RequestID'}>
    <sr:CommandVariant>{R.choice([1, 4, 8])}</sr:CommandVariant>
    <sr:ServiceReference>{sr}</sr:ServiceReference>
    <sr:ServiceReferenceVariant>{var}</sr:ServiceReferenceVariant>
    {'<sr:ResponseCode>' + d.K('I0', 'response_code') + '</sr:ResponseCode>' if resp else ''}
    <sr:ResponseDateTime>{d.ts('isoz')}</sr:ResponseDateTime>
  </sr:Header>
  <sr:Body>
    <sr:DeviceDetails>
      <sr:DeviceID>{t2}</sr:DeviceID>
{extra}      <sr:DeviceType>{R.choice(['ESME', 'GSME', 'CHF', 'GPF'])}</sr:DeviceType>
      <sr:CorrelationID>{d.uuid()}</sr:CorrelationID>
    </sr:DeviceDetails>
  </sr:Body>
</sr:{'Response' if resp else 'Request'}>
"""
    return body


@genre("if031_json", "json")
def g_if031(d):
    s = Supply()
    a = s.addr
    addr = {}
    if a.flat:
        addr["subBuildingName"] = a.flat
    if a.rural:
        addr["buildingName"] = d.A(a.house, a)
    else:
        addr["buildingNumber"] = a.num
        addr["thoroughfare"] = a.street
    if a.locality:
        addr["dependentLocality"] = a.locality
    addr["postTown"] = a.town.upper()
    addr["postcode"] = d.S(a.pc, "postcode")
    mpan_v = d.mpan(s.mpan, "plain")
    obj = {
        "messageHeader": {"interfaceId": d.K("IF-031", "interface"), "messageId": d.uuid(),
                          "createdAt": d.ts("isoz"), "sender": d.mpid(), "testCase": d.tc()},
        "payload": {
            "mpan": mpan_v,
            "meterSerialNumber": d.serial(s.eserial, "elec_serial", "as"),
            "esmeDeviceId": d.dev(s.esme, "dash"),
            "installationAddress": addr,
            "gspGroupId": d.gsp(),
            "energisationStatus": "E",
            "lastReading": {"register": "1", "value": float(d.K(str(R.randint(100, 99999)) + ".5", "reading")), "unit": "kWh"},
        }}
    txt = json.dumps(obj, indent=2, ensure_ascii=False)
    # the address secret registered above assumed a layout; replace with what json actually wrote
    if not a.rural:
        seg_start = txt.index(f'"buildingNumber": "{a.num}"') + len('"buildingNumber": ')
        seg_end = txt.index(f'"thoroughfare": "{a.street}"') + len(f'"thoroughfare": "{a.street}')
        d.A(txt[seg_start:seg_end], a)
    return txt + "\n"


@genre("mhhs_json", "json")
def g_mhhs(d):
    s = Supply()
    corr = f"{s.mpan}-{R.randint(100, 999)}"
    d.S(s.mpan, "mpan")  # also inside the correlation id
    obj = {
        "CommonBlock": {"S0": {"environmentTag": "SIT-A", "senderUniqueReference": d.uuid(),
                               "publicationTime": d.ts("iso"), "eventCode": d.K("MHHS-BR-" + "%03d" % R.randint(1, 99), "mhhs_code"),
                               "correlationId": corr}},
        "CustomBlock": {"MPAN": s.mpan,
                        "meteringPointAddress": {"addressLine1": d.address(s.addr, "one"), "postcode": None},
                        "connectionType": "W", "mssId": d.mpid(),
                        "supplierContact": d.S(s.person.full, "name")}}
    obj["CustomBlock"]["meteringPointAddress"].pop("postcode")
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


@genre("ado_csv", "csv")
def g_ado(d):
    rows = ['ID,Work Item Type,Title,Assigned To,State,Tags,Repro Steps']
    for _ in range(R.randint(2, 5)):
        s = Supply()
        st = Staff()
        wid = d.K(str(R.randint(40000, 99999)), "work_item_id")
        title = pick(
            lambda: f"{d.tc()} D0010 rejected for MPAN {d.mpan(s.mpan)}",
            lambda: f"Install at {d.address(s.addr, 'one')} failed commissioning",
            lambda: f"ESME {d.dev(s.esme)} not joining CH",
            lambda: f"Gas meter {d.serial(s.gserial, 'gas_serial')} reads zero",
        )
        title = '"' + title.replace('"', '""').replace("\n", " ") + '"'
        if "\n" in title:
            pass
        rows.append(f'{wid},Bug,{title},{d.S(st.full, "name")} <{d.email(st.email)}>,Active,SIT;{d.K("Release 3.2", "version")},"Customer {d.name(s.person)} rang on {d.phone(s.person.phone)}"')
    return "\n".join(rows) + "\n"


@genre("crm_csv", "csv")
def g_crm(d):
    cols = ["Account No", "Customer Name", "Supply Address", "Post Code", "MPAN", "MPRN", "Elec Meter", "Gas Meter", "Tel", "Email", "Balance"]
    rows = [",".join(cols)]
    for _ in range(R.randint(2, 6)):
        s = Supply()
        a = s.addr
        l1 = d.A(a.line1 if R.random() < 0.7 else a.line1.upper(), a)
        town = a.town
        rows.append(",".join([
            d.K("A-" + digits(8), "account_no"), '"' + d.name(s.person, R.choice(["full", "upper", "lower"])) + '"',
            f'"{(a.flat + ", ") if a.flat else ""}{l1}, {town}"', d.S(pc_fmt(a.pc), "postcode"),
            d.mpan(s.mpan, R.choice(["plain", "sp_std"])), d.S(s.mprn, "mprn"),
            d.serial(s.eserial, "elec_serial"), d.serial(s.gserial, "gas_serial"),
            d.phone(s.person.phone), d.email(s.person.email, upper=R.random() < 0.2), '"' + d.amount() + '"']))
    return "\n".join(rows) + "\n"


@genre("psql_grid", "txt")
def g_psql(d):
    out = [f"sit_db=> select mpan_core, meter_serial, install_addr, postcode, status from supply_point where status = 'ERR' limit {R.randint(3, 9)};"]
    rows = []
    for _ in range(R.randint(2, 5)):
        s = Supply()
        a = s.addr
        l1 = a.line1 if not a.rural else a.house
        rows.append((d.mpan(s.mpan, "plain"), d.serial(s.eserial, "elec_serial"), d.A(l1, a), d.S(a.pc, "postcode"), "ERR"))
    w = [max(len(r[i]) for r in rows + [("mpan_core", "meter_serial", "install_addr", "postcode", "status")]) for i in range(5)]
    hdr = ("mpan_core", "meter_serial", "install_addr", "postcode", "status")
    out.append(" " + " | ".join(h.ljust(w[i]) for i, h in enumerate(hdr)))
    out.append("-" + "-+-".join("-" * w[i] for i in range(5)) + "-")
    for r in rows:
        out.append(" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)))
    out.append(f"({len(rows)} rows)")
    out.append("")
    out.append(f"Time: {d.K(str(R.randint(1, 900)) + '.' + digits(3) + ' ms', 'duration')}")
    return "\n".join(out) + "\n"


@genre("ssms_grid", "txt")
def g_ssms(d):
    hdr = ["CustomerName", "MPRN", "GasMeterSerial", "Address1", "PostCode", "CreatedUtc"]
    rows = []
    for _ in range(R.randint(2, 5)):
        s = Supply()
        a = s.addr
        rows.append([d.S(s.person.full, "name"), d.S(s.mprn, "mprn"), d.serial(s.gserial, "gas_serial", "as"),
                     d.A(a.line1, a), d.S(a.pc, "postcode"), d.ts("sql")])
    w = [max(len(x) for x in col) for col in zip(hdr, *rows)]
    out = ["".join(h.ljust(w[i] + 1) for i, h in enumerate(hdr)).rstrip(),
           " ".join("-" * w[i] for i in range(len(hdr)))]
    for r in rows:
        out.append(" ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    out += ["", f"({len(rows)} rows affected)", "", f"Completion time: {d.ts('iso')}"]
    return "\n".join(out) + "\n"


@genre("kibana_jsonl", "log")
def g_kibana(d):
    out = []
    for _ in range(R.randint(3, 7)):
        s = Supply()
        msg = pick(
            lambda: f"Validation failed: mpan {d.mpan(s.mpan)} not found in MPRS",
            lambda: f"customer address {d.address(s.addr, 'one')} did not match PAF",
            lambda: f"device {d.dev(s.esme)} returned ACK with status {d.K('E45', 'error_code')}",
            lambda: f"Site: {d.address(s.addr, 'nocomma')}",
            lambda: f"Gas meter {d.serial(s.gserial, 'gas_serial')} commissioned on CH {d.dev(s.chub)}",
            lambda: f"Contact updated for {d.name(s.person, 'full')} ({d.email(s.person.email)})",
            lambda: f"Processed {d.K(str(R.randint(2, 900)) + ' records', 'count')} in {d.K(str(R.randint(10, 999)) + 'ms', 'duration')}",
        )
        rec = {"@timestamp": d.ts("isoz"), "log.level": R.choice(["INFO", "WARN", "ERROR"]),
               "service.name": "mhhs-adapter", "trace.id": d.sha(32), "message": msg,
               "host.ip": d.ip()}
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


@genre("splunk_kv", "log")
def g_splunk(d):
    out = []
    for _ in range(R.randint(3, 7)):
        s = Supply()
        kv = pick(
            lambda: f'mpan="{d.mpan(s.mpan)}" msn="{d.serial(s.eserial, "elec_serial")}" result=REJECT reason="{d.K("ER_INVALID_MTC", "error_code")}"',
            lambda: f'mprn={d.S(s.mprn, "mprn")} gas_msn={d.serial(s.gserial, "gas_serial")} status=OK',
            lambda: f'user_email={d.email(s.person.email)} caller_tel="{d.phone(s.person.phone)}" action=callback',
            lambda: f'device_id={d.dev(s.gsme)} request_id=req-{d.dev(s.gsme, "plain")}-{R.randint(1, 99)} srv={d.K("SRV 4.1", "duis_srv")}',
            lambda: f'supply_addr="{d.address(s.addr, "lower")}" pc_check=FAIL',
        )
        out.append(f'{d.ts("iso")} host=sit-app{R.randint(1, 4)} src_ip={d.ip()} port={d.K(str(R.choice([8443, 443, 5671, 9092])), "port")} {kv}')
    return "\n".join(out) + "\n"


@genre("python_trace", "txt")
def g_pytrace(d):
    s = Supply()
    ln = d.K(f"line {R.randint(20, 900)}", "line_number")
    v = R.choice(["mpan", "serial", "addr", "email"])
    if v == "mpan":
        val = d.mpan(s.mpan, "plain")
        err = f"ValueError: MPAN check digit mismatch for '{val}'"
        call = f"validate_mpan(mpan='{val}')"
    elif v == "serial":
        val = d.serial(s.eserial, "elec_serial")
        err = f"KeyError: '{val}'"
        call = f"meters[msn]  # msn='{val}'"
    elif v == "addr":
        val = d.address(s.addr, "one")
        err = f"AddressLookupError: no UPRN for {val!r}"
        call = "lookup(addr)"
    else:
        val = d.email(s.person.email)
        err = f"smtplib.SMTPRecipientsRefused: {{'{val}': (550, b'5.1.1 User unknown')}}"
        call = "send_bill(to)"
    return f"""{d.ts('iso')} ERROR harness.runner [{d.tc()}] step failed
Traceback (most recent call last):
  File "/opt/harness/steps/flow_steps.py", {ln}, in run_step
    result = {call}
  File "/opt/harness/lib/{v}_utils.py", line {R.randint(10, 300)}, in {call.split('(')[0].split('[')[0]}
    raise
{err}
"""


@genre("java_trace", "txt")
def g_javatrace(d):
    s = Supply()
    dv = d.dev(s.esme, R.choice(["dash", "plain", "colon"]))
    return f"""{d.ts('sql')} ERROR [http-nio-{d.K('8080', 'port')}-exec-{R.randint(1, 9)}] u.c.e.a.DuisClient - Service request failed
uk.co.energy.adapter.DeviceNotFoundException: Device {dv} not found for MPAN {d.mpan(s.mpan)}
	at uk.co.energy.adapter.DuisClient.send(DuisClient.java:{R.randint(50, 700)})
	at uk.co.energy.adapter.flow.Srv41Handler.handle(Srv41Handler.java:{R.randint(20, 300)})
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_meter_serial"
  Detail: Key (meter_serial)=({d.serial(s.eserial, 'elec_serial')}) already exists.
	... {d.K('42 more', 'count')}
"""


@genre("http_log", "log")
def g_http(d):
    out = []
    for _ in range(R.randint(3, 6)):
        s = Supply()
        path = pick(
            lambda: f"/api/v2/mpans/{d.mpan(s.mpan, 'plain')}/reads?from=2024-01-01&to=2024-02-01",
            lambda: f"/crm/search?postcode={d.S(s.addr.pc.replace(' ', '+'), 'postcode')}&addr={d.A(s.addr.line1.replace(' ', '+'), s.addr)}",
            lambda: f"/customers/lookup?email={d.S(s.person.email.replace('@', '%40'), 'email')}",
            lambda: f"/devices/{d.dev(s.esme, 'lowerdash')}/status",
            lambda: f"/meters?msn={d.serial(s.eserial, 'elec_serial')}&mprn={d.S(s.mprn, 'mprn')}",
        )
        out.append(f'{d.ip()} - - [{R.randint(1, 28):02d}/Mar/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000] "GET {path} HTTP/1.1" {d.K(R.choice(["200", "404", "500", "422"]), "http_status")} {R.randint(100, 9000)} "-" "python-requests/{d.K("2.31.0", "version")}"')
    return "\n".join(out) + "\n"


def sig(d, st):
    return f"""Kind regards,
{d.S(st.full, 'name')}
{d.K(st.job, 'job_title')}
{d.K(st.company, 'company')}
M: {d.phone(st.phone)} | E: {d.email(st.email)}
"""


@genre("email_plain", "eml")
def g_email(d):
    s = Supply()
    a, b = Staff(), Staff()
    greet = R.choice(["Hi", "Hello", "Morning", "Dear", "Hiya"])
    body = f"""From: {d.S(a.full, 'name')} <{d.email(a.email)}>
To: {d.S(b.full, 'name')} <{d.email(b.email)}>
Subject: RE: {d.tc()} - failed D0150 for {d.K('EELC', 'mpid')}
Date: {d.ts('uk')}

{greet} {d.S(b.first, 'name')},

Looked again and the MPAN on the flow is {d.mpan(s.mpan)} but the meter at the property is {d.serial(s.eserial, 'elec_serial')}.
The customer ({d.name(s.person, 'full')}) says the engineer left a card. Supply address is
{d.address(s.addr, 'multi')}

Can you re-run once {d.company()} confirm?

{sig(d, a)}
-----Original Message-----
From: {d.S(b.full, 'name')}
Sent: {d.ts('uk')}
> Thanks {d.S(a.first, 'name')}, the gas side is MPRN {d.S(s.mprn, 'mprn')}, meter
> {d.serial(s.gserial, 'gas_serial')}. Call the customer on {d.phone(s.person.phone)} if needed.
"""
    return body


@genre("chat_paste", "txt")
def g_chat(d):
    s = Supply()
    a, b = Staff(), Staff()
    an, bn = a.full, b.full
    lines = [
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(an, 'name')}: anyone got a working mpan for {d.tc()}?",
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(bn, 'name')}: try {d.mpan(s.mpan, R.choice(['plain', 'sp_std', 'sp4']))} - its on {d.gsp()}",
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(bn, 'name')}: meter is {d.serial(s.eserial, 'elec_serial', 'lower')} lol lowercase in the db",
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(an, 'name')}: ta. chub {d.dev(s.chub)} ?",
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(bn, 'name')}: yeah. customer is {d.name(s.person, 'lower')} at {d.address(s.addr, 'lower')}",
        f"[{R.randint(8, 17):02d}:{R.randint(0, 59):02d}] {d.S(an, 'name')}: 👍 thanks {d.S(b.first.lower(), 'name')}",
    ]
    if R.random() < 0.5:
        lines.insert(0, f"{d.S(an, 'name')}  {R.randint(8, 17):02d}:{R.randint(0, 59):02d}\nthread started in #sit-smets2")
    return "\n".join(lines) + "\n"


@genre("call_notes", "txt")
def g_call(d):
    s = Supply()
    p = s.person
    agent = Staff()
    notes = pick(
        lambda: f"spoke to {p.title} {d.S(p.last, 'name')}, confirmed DOB + address {d.address(s.addr, 'lower')}. ",
        lambda: f"customer ({d.S(p.full, 'name')}) called re high bill {d.amount()}. ",
        lambda: f"Cust {d.S(p.first.lower(), 'name')} {d.S(p.last.lower(), 'name')} rang from {d.phone(p.phone)}, wants smart install. ",
        lambda: f"3rd party called on behalf of {p.title.lower()} {d.S(p.last, 'name')} - no consent on file. ",
    )
    notes += pick(
        lambda: f"Meter no {d.serial(s.eserial, 'elec_serial')} read {d.reading()} kWh. ",
        lambda: f"gas meter {d.serial(s.gserial, 'gas_serial')}, mprn {d.S(s.mprn, 'mprn')}. ",
        lambda: f"MPAN {d.mpan(s.mpan)} ",
    )
    notes += pick(
        lambda: f"Call back on {d.phone(p.phone)} or email {d.email(p.email)}.",
        lambda: f"Lives at {d.address(s.addr, 'one')}.",
        lambda: f"Premises: {d.address(s.addr, 'nocomma')}",
    )
    return f"""Interaction {d.K('INT-' + digits(7), 'interaction_id')} | Agent: {d.S(agent.full, 'name')} ({d.K(agent.job, 'job_title')})
Opened {d.ts('uk')}  Duration {d.K(f'{R.randint(1, 40)}m {R.randint(0, 59)}s', 'duration')}
Notes:
{notes}
Outcome: {R.choice(['Resolved', 'Escalated to Tier 2', 'Callback booked'])}
"""


@genre("site_visit", "txt")
def g_site(d):
    s = Supply()
    eng = Staff()
    lbl = R.choice(["Install at", "Site", "Property", "Premises", "Supply address", "Address of visit", "Job address"])
    rural = Addr(rural=True) if R.random() < 0.3 else s.addr
    adr = d.address(rural, R.choice(["one", "multi", "upper", "nocomma"]))
    sep = "\n" if "\n" in adr else " "
    return f"""JOB SHEET  {d.K('JOB-' + digits(6), 'job_id')}   {d.ts('uk')}
Engineer: {d.S(eng.full, 'name')}  ({d.K(R.choice(['Field Engineer', 'Metering Technician', 'Smart Installer (Dual Fuel)']), 'job_title')})
{lbl}:{sep}{adr}
Contact on site: {d.name(s.person)}  tel {d.phone(s.person.phone)}

Old elec meter removed: {d.serial(s.eserial, 'elec_serial')}  final read {d.reading()}
New ESME {d.dev(s.esme)} / CH {d.dev(s.chub, 'plain')}
Gas meter {d.serial(s.gserial, 'gas_serial')} (MPRN {d.S(s.mprn, 'mprn')}) - regulator ok, {d.K('21 mbar', 'measurement')}
Cut-out fuse {d.K('100A', 'measurement')}. Earth {d.K('TN-C-S', 'tech')}. Install time {d.K('2h 15m', 'duration')}.
Notes: access via side gate, dog. MPAN on cut-out label:
{d.mpan_sform(s.mpan)}
"""


@genre("complaint_letter", "txt")
def g_letter(d):
    s = Supply()
    p = s.person
    adr = d.address(s.addr, "multi")
    return f"""{d.S(p.full, 'name')}
{adr}

{d.K('%02d/%02d/2024' % (R.randint(1, 28), R.randint(1, 12)), 'date')}

Dear Sir or Madam,

Account {d.K('A-' + digits(8), 'account_no')} – complaint about smart meter installation

I am writing to complain about the visit on {R.randint(1, 28)} March. Your engineer fitted a meter
(serial {d.serial(s.eserial, 'elec_serial')}) which has shown no readings since. My electricity
supply number (MPAN) is {d.mpan(s.mpan, R.choice(['sp_std', 'plain', 'sp4']))} and I have been billed {d.amount()} on estimates.

Please contact me on {d.phone(p.phone)} or by email at {d.email(p.email)}.

Yours faithfully,

{d.S(p.first + ' ' + p.last, 'name')}
"""


@genre("jira_ticket", "txt")
def g_jira(d):
    s = Supply()
    rep, asg = Staff(), Staff()
    return f"""{d.K('SMETS-' + str(R.randint(100, 9999)), 'ticket_id')}  {R.choice(['CH not commissioning', 'D0010 rejected', 'Prepayment top-up lost'])}
Type: Bug   Priority: {d.K('P2', 'priority')}   Severity: {d.K('Sev 2', 'severity')}
Reporter: {d.S(rep.full, 'name')}   Assignee: {d.S(asg.full.lower(), 'name')}
Environment: SIT-B / DUIS {d.K('v5.1', 'version')}
Linked test: {d.tc()}

Description
-----------
Steps to reproduce:
# Send {d.K('SRV 8.1.1', 'duis_srv')} to {d.dev(s.esme)}
# Observe {d.K('E45', 'error_code')} in the response within {d.K('30s', 'duration')}
# Check CRM record for {d.name(s.person)} (Property: {d.address(s.addr, 'one')})

Data: MPAN {d.mpan(s.mpan)}, ESME msn {d.serial(s.eserial, 'elec_serial')}, register ref {d.ref()}
[~{d.S(strip_accents(asg.first).lower() + '.' + strip_accents(asg.last).lower().replace(' ', '').replace("'", ''), 'name')}] can you take a look?
"""


@genre("servicenow", "txt")
def g_snow(d):
    s = Supply()
    caller = Staff()
    return f"""Number: {d.K('INC' + digits(7), 'ticket_id')}
Caller: {d.S(caller.full, 'name')}
Category: Metering / Smart
Short description: Meter exchange - {d.serial(s.gserial, 'gas_serial')} not on DCC inventory
Description:
Customer {d.S(s.person.last.upper(), 'name')}, {d.S(s.person.first.upper(), 'name')} (surname first as per legacy)
Supply: {d.address(s.addr, 'upper')}
MPRN {d.S(s.mprn, 'mprn')}; GSME {d.dev(s.gsme)}; CH {d.dev(s.chub)}
Work notes ({d.ts('sql')}): called {d.phone(s.person.phone)}, no answer. {d.K('CHG' + digits(7), 'ticket_id')} raised.
"""


@genre("excel_csv_odd", "csv")
def g_excel(d):
    hdr = ["Sl No.", "TC Ref", "mpan core (13)", " Meter S/N ", "Dev ID (ESME)", "Cust", "Addr line 1", "PCODE", "Expected Result", "kWh"]
    rows = [";".join(hdr)]
    for i in range(R.randint(3, 6)):
        s = Supply()
        rows.append(";".join([str(i + 1), d.tc(), "'" + d.mpan(s.mpan, "plain"), d.serial(s.eserial, "elec_serial"),
                              d.dev(s.esme, R.choice(["plain", "dash", "colon"])),
                              d.name(s.person, R.choice(["full", "upper", "title_last"])),
                              d.A(s.addr.line1, s.addr), d.S(pc_fmt(s.addr.pc), "postcode"),
                              d.K("Read accepted", "phrase"), d.K(str(R.randint(1000, 99999)) + ".5", "reading")]))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


@genre("yaml_config", "yaml")
def g_yaml(d):
    s = Supply()
    return f"""# test data for {d.tc()}
environment: sit-b
dcc_adaptor:
  host: {d.ip()}
  port: {d.K('5671', 'port')}
  originator: 90-B3-D5-1F-30-01-00-00
fixtures:
  - ref: {d.ref()}
    mpan: "{d.mpan(s.mpan, 'plain')}"
    msn: {d.serial(s.eserial, 'elec_serial')}
    esme: "{d.dev(s.esme)}"
    gsme: '{d.dev(s.gsme)}'
    mprn: {d.S(s.mprn, 'mprn')}
    gas_msn: {d.serial(s.gserial, 'gas_serial')}
    customer:
      name: {d.S(s.person.full, 'name')}
      phone: "{d.phone(s.person.phone)}"
      email: {d.email(s.person.email)}
      address: "{d.address(s.addr, 'one')}"
timeouts:
  srv_4_1_1: {d.K('PT30S', 'duration')}
"""


@genre("ini_config", "ini")
def g_ini(d):
    s = Supply()
    return f"""; harness.ini  generated {d.ts('iso')}
[general]
test_case = {d.tc()}
version = {d.K('3.14.2', 'version')}

[supply]
mpan={d.mpan(s.mpan)}
mprn={d.S(s.mprn, 'mprn')}
meter_serial={d.serial(s.eserial, 'elec_serial')}
chub_eui={d.dev(s.chub)}
site_address={d.address(s.addr, 'nocomma')}

[contact]
owner={d.S(s.person.full, 'name')}
notify={d.email(s.person.email)}
sms={d.phone(s.person.phone)}
"""


@genre("markdown_table", "md")
def g_md(d):
    rows = ["| Step | Test case | MPAN | Meter | Customer | Address | Result |", "|---|---|---|---|---|---|---|"]
    for i in range(R.randint(2, 5)):
        s = Supply()
        rows.append(f"| {i + 1} | {d.tc()} | `{d.mpan(s.mpan)}` | {d.serial(s.eserial, 'elec_serial')} | {d.name(s.person)} | {d.address(s.addr, R.choice(['one', 'lower', 'nocomma']))} | {d.K(R.choice(['PASS', 'FAIL', 'BLOCKED']), 'result')} |")
    return f"## Run summary – {d.tc()}\n\nFlows: {d.K('D0010', 'flow_name')}, {d.K('D0150', 'flow_name')}\n\n" + "\n".join(rows) + "\n"


@genre("html_email", "html")
def g_html(d):
    s = Supply()
    st = Staff()
    return f"""<html><body style="font-family:Calibri">
<p>Hi {d.S(st.first, 'name')},</p>
<p>Please find the evidence for <b>{d.tc()}</b>. The customer, <span class="x">{d.name(s.person, 'full')}</span>, lives at
{d.address(s.addr, 'one')}.</p>
<table border="1"><tr><th>MPAN</th><th>MSN</th><th>GSME</th></tr>
<tr><td>{d.mpan(s.mpan)}</td><td>{d.serial(s.eserial, 'elec_serial')}</td><td>{d.dev(s.gsme)}</td></tr></table>
<p>Mobile: <a href="tel:{d.S(s.person.phone.replace(' ', ''), 'phone')}">{d.phone(s.person.phone)}</a><br>
<a href="mailto:{d.email(s.person.email)}">email customer</a></p>
<p>Thanks,<br>{d.S(st.full, 'name')}<br>{d.K(st.job, 'job_title')}, {d.K(st.company, 'company')}</p>
</body></html>
"""


@genre("prose_notes", "txt")
def g_prose(d):
    s = Supply()
    p = s.person
    a = s.addr
    where = f"{a.line1} in {a.town}" if not a.rural else f"{a.house} near {a.town}"
    d.A(a.line1 if not a.rural else a.house, a)
    return f"""Retest notes {d.ts('uk')}

Went back to the property on {where} with {p.title} {d.S(p.last, 'name')} present. The meter cupboard
was locked so {p.first and d.S(p.first, 'name')} fetched the key. The postcode on the work order was wrong; correct is
{d.S(pc_fmt(a.pc), 'postcode')}. After the swap the reading was {d.reading()} kWh and the new device joined at {d.ts('isoz')}.
Number to ring next time is {d.phone(p.phone)}. This closes {d.tc()} and the register entry {d.ref()}.
The {d.company()} portal showed the supply as energised. Nothing else of note; {d.K(str(R.randint(2, 9)) + ' photos', 'count')} attached.
"""


@genre("wrapped_ids", "txt")
def g_wrapped(d):
    s = Supply()
    core = s.mpan
    cut = R.randint(4, 10)
    form = R.choice(["wrap", "wrap_quote", "sform_inline", "url", "path", "corr", "badcheck", "full21"])
    if form == "wrap":
        d.S(core[:cut] + "\n" + core[cut:], "mpan")
        body = f"Please check the rejected supply point, the MPAN we used was {core[:cut]}\n{core[cut:]} and the flow {d.K('D0010', 'flow_name')} came back {d.K('REJ', 'status')}."
    elif form == "wrap_quote":
        d.S(core[:cut] + "\n> " + core[cut:], "mpan")
        body = f"> Please check the rejected supply point, the MPAN we used was {core[:cut]}\n> {core[cut:]} and the flow came back rejected.\n\nWill do. {d.tc()}"
    elif form == "sform_inline":
        pc, mtc, llf = "%02d" % R.randint(1, 8), "801", "%03d" % R.randint(1, 999)
        d.S(core, "mpan")
        body = f"Full MPAN from the bill: S{pc}{mtc}{llf}{core} (profile {pc}, MTC {mtc})"
    elif form == "url":
        body = f"Evidence link: https://portal.example-energy.co.uk/supply/{d.mpan(core, 'plain')}/timeline?tc={d.tc()}&tab=reads"
    elif form == "path":
        body = f"Saved screenshot to C:\\Users\\tester\\Evidence\\{d.mpan(core, 'plain')}\\{d.tc()}\\step_04.png"
    elif form == "corr":
        dv = eui_fmt(s.esme, "plain")
        d.S(dv, "eui64")
        body = f"correlationId=corr_{dv}_{R.randint(1, 99)} srv={d.K('6.15.1', 'duis_srv')} device {d.dev(s.esme, 'dash')}"
    elif form == "badcheck":
        bad = mpan_bad_check(core)
        d.S(bad, "mpan")
        body = f"Customer quoted MPAN {bad} on the phone (check digit looks off, probably misread)."
    else:
        pc, mtc, llf = "%02d" % R.randint(1, 8), "845", "%03d" % R.randint(1, 999)
        d.S(f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}", "mpan")
        body = f"Top line {pc} {mtc} {llf}, bottom line {core[:2]} {core[2:6]} {core[6:10]} {core[10:]} (from photo)."
    return body + "\n"


@genre("harness_log", "log")
def g_harness(d):
    s = Supply()
    p = s.person
    out = [f"{d.ts('iso')} INFO  [{d.tc()}] step 1/6 start",
           f"{d.ts('iso')} DEBUG payload.mpan={d.mpan(s.mpan)} payload.msn={d.serial(s.eserial, 'elec_serial')}",
           f"{d.ts('iso')} DEBUG Gas meter: {d.serial(s.gserial, 'gas_serial')}",
           f"{d.ts('iso')} INFO  customer address {d.address(s.addr, 'one')}",
           f"{d.ts('iso')} WARN  retry {d.K('2/3', 'count')} for {d.dev(s.esme, R.choice(['dash', 'colon', '0x', 'plain', 'space', 'dot']))} after {d.K('HTTP 503', 'http_status')}",
           f"{d.ts('iso')} INFO  notify {d.email(p.email)} / {d.phone(p.phone)}",
           f"{d.ts('iso')} INFO  epoch={d.epoch_ms()} uuid={d.uuid()} sha={d.sha(64)}",
           f"{d.ts('iso')} INFO  step 6/6 PASS in {d.K('412ms', 'duration')}"]
    R.shuffle(out)
    return "\n".join(out) + "\n"


@genre("keep_only", "txt")
def g_keep(d):
    """Files with no identifiers: decoys that must survive."""
    lines = [
        f"Test {d.tc()} covers flows {d.K('D0010', 'flow_name')}, {d.K('D0149', 'flow_name')} and {d.K('D0150', 'flow_name')}.",
        f"DUIS service reference {d.K('1.1.1', 'duis_srv')} then {d.K('SRV 4.1', 'duis_srv')}; market role {d.K('Supplier (X)', 'role')} LDSO {d.mpid()} GSP group {d.gsp()}.",
        f"Invoice {d.K('INV-2024-' + digits(6), 'invoice')} for {d.amount()} paid {d.ts('uk')}.",
        f"Register {d.ref()} holds the data; reading {d.reading()} kWh at {d.ts('isoz')}.",
        f"Epoch {d.epoch_ms()} / correlation {d.uuid()} / build {d.sha(40)}",
        f"Server {d.ip()}:{d.K('8443', 'port')} returned {d.K('HTTP 422', 'http_status')} after {d.K('1.84 s', 'duration')}.",
        f"{d.company()} and {d.company()} both participate as Suppliers; contact the {d.K(R.choice(JOBS), 'job_title')}.",
        f"Version {d.K('v' + str(R.randint(1, 9)) + '.' + str(R.randint(0, 20)) + '.' + str(R.randint(0, 30)), 'version')}, {d.K(str(R.randint(100, 9999)) + ' messages', 'count')}, line {d.K(str(R.randint(100, 9999)), 'line_number')}.",
        f"Meter reading {d.K('%05d' % R.randint(100, 99999) + ' kWh', 'reading')} submitted at {d.K(f'{R.randint(0, 23):02d}:{R.randint(0, 59):02d}', 'time')} on {d.K('Platform 3', 'phrase')}.",
        f"Order ref {d.K('ORD' + digits(10), 'order_ref')}; work item {d.K(str(R.randint(10000, 99999)), 'work_item_id')}.",
    ]
    R.shuffle(lines)
    return "\n".join(lines) + "\n"


@genre("adversarial_chars", "txt")
def g_adv(d):
    """Realistic paste artefacts: NBSP from Outlook, zero-width from Teams, fullwidth digits from IME."""
    s = Supply()
    form = R.choice(["nbsp_pc", "zwsp_mpan", "nbsp_mpan", "fullwidth", "html_entity", "dot_serial", "hyphen_serial", "spaced_serial"])
    if form == "nbsp_pc":
        v = s.addr.pc.replace(" ", "\u00a0")
        body = f"Postcode: {d.S(v, 'postcode')} (copied from Outlook)"
    elif form == "zwsp_mpan":
        c = s.mpan
        v = c[:6] + "\u200b" + c[6:]
        body = f"mpan from teams: {d.S(v, 'mpan')}"
    elif form == "nbsp_mpan":
        c = s.mpan
        v = f"{c[:2]}\u00a0{c[2:6]}\u00a0{c[6:10]}\u00a0{c[10:]}"
        body = f"MPAN {d.S(v, 'mpan')} per bill"
    elif form == "fullwidth":
        c = s.mpan
        v = "".join(chr(0xFF10 + int(x)) for x in c)
        body = f"MPAN：{d.S(v, 'mpan')}"
    elif form == "html_entity":
        c = s.mpan
        v = f"{c[:2]}&nbsp;{c[2:6]}&nbsp;{c[6:10]}&nbsp;{c[10:]}"
        body = f"<td>MPAN</td><td>{d.S(v, 'mpan', key=c)}</td>"
    elif form == "dot_serial":
        v = ".".join([s.eserial[:3], s.eserial[3:]])
        body = f"serial {d.S(v, 'elec_serial')} (as engraved)"
    elif form == "hyphen_serial":
        v = s.gserial[:3] + "-" + s.gserial[3:]
        body = f"gas meter s/n {d.S(v, 'gas_serial')}"
    else:
        v = " ".join([s.eserial[:3], s.eserial[3:6], s.eserial[6:]])
        body = f"meter serial number {d.S(v, 'elec_serial')} read off the plate"
    return f"{d.tc()} note: {body}\n"


# --------------------------------------------------------------------------- filenames with identifiers
def fname_for(d, genre, i, ext):
    base = f"{genre}_{i:03d}"
    r = R.random()
    if r < 0.06:
        s = Supply()
        v = s.mpan
        d.fname_secrets.append({"s": v, "kind": "mpan"})
        base = f"{genre}_{i:03d}_{v}"
    elif r < 0.09:
        s = Supply()
        v = s.eserial.lower()
        d.fname_secrets.append({"s": v, "kind": "elec_serial"})
        base = f"{genre}_{i:03d}_msn-{v}"
    elif r < 0.11:
        a = Addr(rural=False)
        v = a.pc.replace(" ", "_")
        d.fname_secrets.append({"s": v, "kind": "postcode"})
        base = f"{genre}_{i:03d}_{v}"
    elif r < 0.13:
        p = Person()
        v = strip_accents(p.last).replace(" ", "").replace("'", "")
        d.fname_secrets.append({"s": v, "kind": "name"})
        base = f"{genre}_{i:03d}_complaint_{v}"
    return base + "." + ext


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    truth = []
    for gname, (fn, ext) in GENRES.items():
        for i in range(PER_GENRE):
            d = Doc(gname)
            text = fn(d)
            fname = fname_for(d, gname, i, ext)
            # verify
            for x in d.secrets:
                assert x["s"] in text, (gname, x, text)
            for x in d.keeps:
                assert x["s"] in text, (gname, x)
            # dedupe
            seen, secs = set(), []
            for x in d.secrets:
                k = (x["s"], x["kind"])
                if k not in seen:
                    seen.add(k)
                    secs.append(x)
            seenk, keeps = set(), []
            for x in d.keeps:
                k = (x["s"], x["kind"])
                if k in seenk:
                    continue
                # a keep must not overlap any secret
                if any(x["s"] in y["s"] or y["s"] in x["s"] for y in secs):
                    continue
                seenk.add(k)
                keeps.append(x)
            with open(os.path.join(CORPUS, fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            truth.append({"file": fname, "genre": gname, "secrets": secs, "keeps": keeps,
                          "filename_secrets": d.fname_secrets})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "files": truth}, f, indent=1, ensure_ascii=False)
    ns = sum(len(t["secrets"]) for t in truth)
    nk = sum(len(t["keeps"]) for t in truth)
    print(f"{len(truth)} files, {ns} secrets, {nk} keeps")


if __name__ == "__main__":
    main()
