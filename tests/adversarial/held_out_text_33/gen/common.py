"""Shared value generators and the Doc recorder for the held-out text corpus.

Every secret/keep is recorded as the exact substring that ends up in the file text
(after line-ending conversion), plus the canonical form the scorer checks for.
"""
import random, uuid, datetime, base64, binascii, urllib.parse, quopri, re

R = random.Random(3207)

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


DIST = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]


def mpan_core(dist=None):
    d = (dist or R.choice(DIST)) + "".join(R.choice("0123456789") for _ in range(10))
    return d + mpan_check(d)


def mpan_top():
    pc = R.choice(["00", "01", "02", "03", "04", "05", "08"])
    mtc = R.choice(["801", "845", "811", "181", "393", "403", "501", "958"])
    llfc = R.choice(["100", "120", "212", "364", "505", "021", "860", "004"])
    return pc, mtc, llfc


def mprn():
    n = R.choice([10, 10, 10, 9, 8])
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def elec_serial():
    shape = R.randint(0, 6)
    D = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if shape == 0:
        return "S" + D(2) + R.choice("ABCDEK") + D(6)          # S95A012345
    if shape == 1:
        return D(2) + R.choice("KLPEJ") + D(7)                # 19K0123456
    if shape == 2:
        return "Z" + D(2) + R.choice("NPK") + D(6)            # Z16N012345
    if shape == 3:
        return "E" + D(2) + R.choice(["BG", "Z0", "MB"]) + D(5)  # E10BG12345
    if shape == 4:
        return "K" + D(2) + "A" + D(5)
    if shape == 5:
        return D(2) + "A" + D(7)                              # 21A1234567
    return "L" + D(2) + R.choice("AMS") + D(6)


def gas_serial():
    shape = R.randint(0, 4)
    D = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if shape == 0:
        return "E6S" + D(11)                                  # E6S04155481961
    if shape == 1:
        return "G4" + R.choice("AKLM") + D(8)                 # G4A12345678
    if shape == 2:
        return "M016" + R.choice("AKL") + D(7) + R.choice("ADS")
    if shape == 3:
        return D(2) + R.choice("MG") + D(6) + R.choice("AB")  # 08M123456A
    return "SMG" + D(8)


def eui64():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(16))


def eui_form(h, style=None):
    style = style or R.choice(["dash", "dash", "colon", "plain", "space", "dot", "0x", "lowerdash"])
    p = [h[i:i + 2] for i in range(0, 16, 2)]
    if style == "dash":
        return "-".join(p)
    if style == "colon":
        return ":".join(p)
    if style == "plain":
        return h
    if style == "space":
        return " ".join(p)
    if style == "dot":
        return ".".join(h[i:i + 4] for i in range(0, 16, 4)).lower()
    if style == "0x":
        return "0x" + h
    if style == "lowerdash":
        return "-".join(p).lower()
    return h


GIVEN = ["Oliver", "Amelia", "Mohammed", "Aisha", "Priya", "Sanjay", "Chidi", "Ngozi", "Siobhan", "Cormac",
         "Rhys", "Eilidh", "Hamish", "Wojciech", "Agnieszka", "Mei", "Tomasz", "Fatima", "Yusuf", "Kwame",
         "Abena", "Deepak", "Harpreet", "Gurpreet", "Callum", "Morag", "Bronwen", "Dafydd", "Zainab", "Imran",
         "Olumide", "Ioana", "Andrzej", "Lan", "Graham", "Maureen", "Keith", "Shirley", "Declan", "Roisin",
         "Tariq", "Shabana", "Femi", "Yetunde", "Kieran", "Lowri", "Isla", "Euan", "Marek", "Oksana",
         "Dimitri", "Sofia", "Aleksander", "Hui", "Jun", "Beatrice", "Winston", "Claudette", "Desmond", "Rukhsana"]
SURN = ["Okafor", "Patel", "Khan", "Begum", "Nowak", "Kowalski", "MacLeod", "O'Sullivan", "Evans", "Pritchard",
        "Nguyen", "Chen", "Mensah", "Adeyemi", "Hussain", "Rahman", "Sandhu", "Grewal", "Murphy", "Campbell",
        "Ahmed", "Kaur", "Lewandowski", "Popescu", "Da Silva", "Fraser", "Thornton", "Braithwaite", "Ogunleye",
        "Achterberg", "McAllister", "Llewellyn", "Cartwright", "Fairbairn", "Abernethy", "Dhillon", "Chowdhury",
        "Zielinski", "Kovalenko", "Asante", "Boateng", "Sutherland", "Winterbottom", "Pennington", "Heathcote",
        "Oyelaran", "Iqbal", "Mistry", "Varga", "Petrova", "Whitfield", "Ramsbottom", "Quigley", "Gallacher"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]

STREET = ["Larkspur", "Hazelmere", "Tanners", "Cromwell", "Sefton", "Pennine", "Brunswick", "Glebe",
          "Wharfedale", "Kingsway", "Albion", "Jubilee", "Cadogan", "Penllyn", "Craigievar", "Foxglove",
          "Oakhurst", "Mafeking", "Sandringham", "Tithebarn", "Ravensworth", "Beaconsfield", "Coldharbour",
          "Ashburnham", "Wellesley", "Marlborough", "Gorsedd", "Bramley", "Elmfield", "Copperfield",
          "Harewood", "Stanhope", "Lyndhurst", "Rowan", "Kestrel", "Wykeham", "Balmoral", "Dunvegan"]
STYPE = ["Road", "Street", "Close", "Avenue", "Lane", "Grove", "Crescent", "Drive", "Way", "Gardens",
         "Terrace", "Place", "Court", "Rise", "View", "Mews", "Walk", "Brae", "Row", "Hill"]
HOUSENAME = ["Rose Cottage", "The Old Forge", "Ty Gwyn", "Hillcrest", "Bryn Awel", "The Granary",
             "Willow Barn", "Orchard House", "Glenview", "Stable Cottage"]
TOWNS = [("NE46", "Hexham"), ("LS6", "Leeds"), ("M14", "Manchester"), ("CF14", "Cardiff"),
         ("EH10", "Edinburgh"), ("BS3", "Bristol"), ("B23", "Birmingham"), ("G41", "Glasgow"),
         ("NG7", "Nottingham"), ("SW9", "London"), ("E17", "London"), ("PL4", "Plymouth"),
         ("IV2", "Inverness"), ("LL57", "Bangor"), ("YO31", "York"), ("CB4", "Cambridge"),
         ("OX4", "Oxford"), ("TR18", "Penzance"), ("DD1", "Dundee"), ("AB24", "Aberdeen"),
         ("SA1", "Swansea"), ("HU5", "Hull"), ("L15", "Liverpool"), ("S11", "Sheffield"),
         ("NR2", "Norwich"), ("EX4", "Exeter"), ("SO17", "Southampton"), ("LE2", "Leicester"),
         ("CV6", "Coventry"), ("DL3", "Darlington"), ("KA7", "Ayr"), ("WV4", "Wolverhampton"),
         ("BD8", "Bradford"), ("PE1", "Peterborough"), ("SY23", "Aberystwyth"), ("TD1", "Galashiels")]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
MAILDOM = ["btinternet.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com",
           "virginmedia.com", "talktalk.net", "icloud.com", "live.co.uk"]
MPIDS = ["BGAS", "EDFE", "OVOE", "OCTO", "SPOW", "EMEB", "NEEB", "SWEB", "LOND", "YELG", "MANW", "HYDE",
         "SOUT", "UDMS", "LBSL", "PRIS", "TMPS"]


def person():
    return R.choice(GIVEN), R.choice(SURN)


def postcode():
    out, town = R.choice(TOWNS)
    return out + " " + str(R.randint(1, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L), town


def street():
    return R.choice(STREET) + " " + R.choice(STYPE)


def phone():
    s = R.randint(0, 4)
    if s == 0:
        return "07700 900" + "%03d" % R.randint(0, 999)
    if s == 1:
        return "0113 496 0" + "%03d" % R.randint(0, 999)
    if s == 2:
        return "020 7946 0" + "%03d" % R.randint(0, 999)
    if s == 3:
        return "+44 7700 900" + "%03d" % R.randint(0, 999)
    return "0161 496 0" + "%03d" % R.randint(0, 999)


def email(g, s):
    loc = R.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{R.randint(1, 99)}", f"{s}.{g[0]}", f"{g}_{s}"])
    loc = loc.lower().replace("'", "").replace(" ", "")
    return loc + "@" + R.choice(MAILDOM)


def account():
    return R.choice(["", "A", "CA-"]) + str(R.randint(10 ** 7, 10 ** 9 - 1))


def guid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ts(fmt="%Y-%m-%dT%H:%M:%S"):
    base = datetime.datetime(2026, 3, 2, 7, 0, 0)
    t = base + datetime.timedelta(days=R.randint(0, 240), seconds=R.randint(0, 13 * 3600))
    return t.strftime(fmt)


def tc_ref():
    return R.choice([
        lambda: f"FM_TS_{R.randint(1, 9)}_TC_{R.randint(1, 30):02d}",
        lambda: f"SIT-UIT-ESM-{R.randint(100, 999):04d}",
        lambda: f"TC-DUIS-{R.randint(1, 400)}",
        lambda: f"QT_LDSO_{R.randint(1, 60):03d}",
        lambda: f"E2E-COS-{R.randint(10, 99)}.{R.randint(1, 9)}",
        lambda: f"MHHS-TC-{R.randint(1000, 9999)}",
        lambda: f"SRT-NOV-{R.randint(1, 250):03d}",
    ])()


def mpan_ref():
    return R.choice([f"MPAN{R.randint(1, 999):03d}", f"MPAN-REF-{R.randint(1, 9999):04d}",
                     f"LDSO-MPAN-{R.randint(1, 200):03d}", f"TD-ELEC-{R.randint(1, 500):03d}"])


def td_ref():
    return R.choice([f"TD-GAS-{R.randint(1, 300):03d}", f"TDR{R.randint(1000, 9999)}",
                     f"DATA-SET-{R.choice('ABCDEFG')}{R.randint(1, 40)}", f"TD-SM-{R.randint(1, 700):04d}"])


def dip_id():
    return R.choice(["1195000001", "2695000001", "2595000001", "1995000001", "1595000001", "1895000001",
                     "1095000001", "1295000001", "2295000001", "1495000001", "1795000001", "2395000001",
                     "1195000002", "1295000002"])


def defect():
    return R.choice([f"DEF-{R.randint(100, 9999)}", f"Bug {R.randint(40000, 99999)}",
                     f"INC{R.randint(1000000, 9999999)}", f"SITD-{R.randint(100, 2999)}"])


def version():
    return R.choice([f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}", f"{R.randint(1, 5)}.{R.randint(0, 9)}",
                     f"R{R.randint(1, 9)}.{R.randint(0, 9)}", f"build {R.randint(1000, 9999)}"])


def money():
    return "£" + f"{R.randint(0, 900)}.{R.randint(0, 99):02d}"


# ---------------------------------------------------------------- obfuscation
FMT = ["\u200b", "\u200c", "\u200d", "\u2060", "\u2063", "\u200e", "\u200f", "\u2066", "\u2069",
       "\ufe0f", "\ufe00", "\u034f", "\u00ad", "\u2062", "\u202a", "\u202c"]


def sprinkle(v, n=None):
    """insert invisible format characters between characters"""
    chars = list(v)
    n = n or R.randint(1, 3)
    for _ in range(n):
        i = R.randint(1, len(chars) - 1)
        chars.insert(i, R.choice(FMT))
    return "".join(chars)


def split_groups(v, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(v[i:i + s]); i += s
    if i < len(v):
        out.append(v[i:])
    return sep.join(out)


def mpan_variant(core, allow_fancy=True):
    k = R.random()
    if k < 0.45 or not allow_fancy:
        return R.choice([core, core, core, split_groups(core, [2, 4, 4], " ")])
    if k < 0.6:
        return split_groups(core, [2, 4, 4], R.choice([" ", "-", "  ", "."]))
    if k < 0.7:
        return sprinkle(core)
    if k < 0.8:
        return split_groups(core, R.choice([[4, 4, 5], [3, 3, 3], [2, 4, 4]]), R.choice(["_", ",", ":", "+", ".", "   ", "\u00a0", "\u2009"]))
    if k < 0.87:
        # unicode digits
        table = R.choice([0xFF10, 0x0660, 0x0966])
        idx = R.sample(range(13), 3)
        return "".join(chr(table + int(c)) if i in idx else c for i, c in enumerate(core))
    return split_groups(core, [2, 4, 4], " ")


def pc_variant(pc):
    k = R.random()
    if k < 0.7:
        return pc
    o, i = pc.split(" ")
    return R.choice([o + i, o + "\u00a0" + i, o + "  " + i, o + "-" + i, o + "_" + i, pc.lower(), (o + i).lower()])


def serial_variant(s):
    k = R.random()
    if k < 0.75:
        return s
    return R.choice([s.lower(), s[:3] + " " + s[3:], s[:3] + "-" + s[3:], sprinkle(s, 1), " ".join([s[:4], s[4:8], s[8:]]).strip()])


def qp_encode(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return binascii.hexlify(s.encode("utf-8")).decode("ascii")


def pct(s):
    return "".join("%%%02X" % b if (not chr(b).isalpha() or R.random() < 0.5) else chr(b) for b in s.encode())


# ---------------------------------------------------------------- recorder
STREET_WORDS = set(w.lower() for w in STYPE) | {"flat", "apartment", "unit", "house", "cottage", "the"}


class Doc:
    def __init__(self, genre, name):
        self.genre, self.fname = genre, name
        self.secrets, self.keeps = [], []

    def s(self, kind, value, canon=None, tokens=None, note=None):
        """record a secret; canon = canonical form scorer looks for (digits/alnum); tokens = words"""
        e = {"value": value, "kind": kind}
        if canon is not None:
            e["canon"] = canon
        if tokens is not None:
            e["tokens"] = tokens
        if note:
            e["form"] = note
        self.secrets.append(e)
        return value

    def k(self, kind, value):
        self.keeps.append({"value": value, "kind": kind})
        return value

    # convenience ---------------------------------------------------------
    def mpan(self, core=None, fancy=True, form=None):
        core = core or mpan_core()
        v = form if form is not None else mpan_variant(core, fancy)
        return self.s("mpan", v, canon=core, note=None if v == core else "variant")

    def name(self, g=None, sname=None, title=False, fmt=None):
        if g is None:
            g, sname = person()
        if fmt == "last_first":
            v = f"{sname.upper()}, {g}"
        elif fmt == "initial":
            v = f"{R.choice(TITLES)} {g[0]} {sname}"
            return self.s("name", v, tokens=[sname])
        elif title:
            v = f"{R.choice(TITLES)} {g} {sname}"
        else:
            v = f"{g} {sname}"
        return self.s("name", v, tokens=[g, sname])

    def surname_only(self, sname, title=True):
        v = (R.choice(["Mr", "Mrs", "Ms"]) + " " + sname) if title else sname
        return self.s("name", v, tokens=[sname])

    def address(self, flat=False, housename=False, with_town=True):
        num = str(R.randint(1, 240)) + R.choice(["", "", "", "a", "b"])
        st = street()
        pc, town = postcode()
        parts = []
        toks = [st.split()[0]]
        if housename:
            hn = R.choice(HOUSENAME)
            parts.append(hn)
            toks += [w for w in hn.split() if w.lower() not in STREET_WORDS]
            line = f"{hn}, {st}"
        elif flat:
            line = f"Flat {R.randint(1, 40)}, {num} {st}"
        else:
            line = f"{num} {st}"
        if with_town:
            line = f"{line}, {town}"
        return line, toks, pc, town

    def addr(self, **kw):
        line, toks, pc, town = self.address(**kw)
        return self.s("address", line, tokens=toks), pc, town

    def pc(self, pc, variant=True):
        v = pc_variant(pc) if variant else pc
        return self.s("postcode", v, canon=pc.replace(" ", "").lower())

    def serial(self, kind="elec_serial", s=None, variant=True):
        s = s or (elec_serial() if kind == "elec_serial" else gas_serial())
        v = serial_variant(s) if variant else s
        return self.s(kind, v, canon=s.lower())

    def mprn(self, m=None):
        m = m or mprn()
        return self.s("mprn", m, canon=m)

    def eui(self, h=None, style=None):
        h = h or eui64()
        return self.s("device_id", eui_form(h, style), canon=h.lower())

    def phone(self, p=None):
        p = p or phone()
        return self.s("phone", p, canon=re.sub(r"\D", "", p))

    def email(self, g=None, sname=None):
        if g is None:
            g, sname = person()
        e = email(g, sname)
        return self.s("email", e, canon=e.split("@")[0].replace(".", "").replace("_", "").lower())

    def acct(self, a=None):
        a = a or account()
        return self.s("account", a, canon=re.sub(r"\W", "", a).lower())
