"""Value makers for the round-54 text corpus (seeded by caller's rng)."""
import random, string, uuid

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10

def mpan_core(r):
    d = str(r.randint(10, 23)) + "".join(r.choice(string.digits) for _ in range(10))
    return d + str(mpan_check(d))

def mpan_top(r):
    return "%02d" % r.randint(1, 8), r.choice(["801", "845", "211", "393", "850", "027", "151"]), "%03d" % r.randint(1, 990)

def mprn(r):
    n = r.choice([6, 7, 8, 9, 10, 10, 10])
    first = r.choice("123456789")
    return first + "".join(r.choice(string.digits) for _ in range(n - 1))

L = "ABCDEFGHJKLMNPRSTUVWXYZ"

def e_serial(r):
    s = r.randint(0, 3)
    yy = "%02d" % r.randint(5, 24)
    if s == 0:
        return yy + r.choice("KPLEMSZ") + "".join(r.choice(string.digits) for _ in range(7))
    if s == 1:
        return r.choice("SKLZFE") + "%02d" % r.randint(5, 24) + r.choice(L) + "".join(r.choice(string.digits) for _ in range(5))
    if s == 2:
        return "EML" + "".join(r.choice(string.digits) for _ in range(10))
    return r.choice(["D", "F", "K"]) + "".join(r.choice(string.digits) for _ in range(7)) + r.choice(L)

def g_serial(r):
    s = r.randint(0, 3)
    if s == 0:
        return "E6S" + "".join(r.choice(string.digits) for _ in range(8)) + "%02d" % r.randint(12, 24)
    if s == 1:
        return "G4" + r.choice(L) + "".join(r.choice(string.digits) for _ in range(8))
    if s == 2:
        return "%02d" % r.randint(90, 99) if False else "%02d" % r.randint(5, 23) + "M" + "".join(r.choice(string.digits) for _ in range(7))
    return "U6" + r.choice(L) + "".join(r.choice(string.digits) for _ in range(7)) + r.choice(L)

OUIS = ["000D6F", "001BC5", "70B3D5", "D052A8", "00124B", "0C4314", "BC33AC"]

def eui64(r):
    return r.choice(OUIS) + "".join(r.choice("0123456789ABCDEF") for _ in range(10))

def eui_form(r, e, style=None):
    style = style if style is not None else r.randint(0, 5)
    p = [e[i:i + 2] for i in range(0, 16, 2)]
    return [e, "-".join(p), ":".join(p).lower(), "0x" + e, " ".join(p), e.lower()][style]

GIVEN = ["Siobhán", "Dafydd", "Mhairi", "Chukwuemeka", "Aditi", "Przemysław", "Zoltán", "Oluwaseun", "Ngozi", "Eilidh",
         "Rhiannon", "Gethin", "Catriona", "Tadhg", "Aoife", "Bartosz", "Ioana", "Mehmet", "Yusuf", "Fatima", "Priyanka",
         "Rajinder", "Thanh", "Hiroshi", "Ayesha", "Kwame", "Lindiwe", "Søren", "Giedre", "Anders", "Keziah", "Callum",
         "Grace", "Will", "Mark", "Rose", "Frank", "Bill", "Ivy", "Dawn", "Faith", "Robin", "Sandy", "Amber", "Joy", "Hope",
         "Drew", "Rich", "Victor", "Glen", "Holly", "Jack", "Pat", "Summer", "Iolo", "Morag", "Seonaid", "Lowri", "Hamish"]
FAMILY = ["Ní Bhriain", "ap Gruffydd", "MacLeòid", "Okonkwo", "Venkataraman", "Wiśniewski", "Nagy", "Adeyemi", "Eze",
          "Mac an t-Saoir", "Pritchard", "Llewellyn", "Ó Súilleabháin", "Kowalczyk", "Popescu", "Yılmaz", "Hussain",
          "Chaudhry", "Sandhu", "Nguyen", "Tanaka", "Mensah", "Dlamini", "Kjærgaard", "Petrauskaitė", "Lindqvist",
          "Abernethy", "Field", "Bishop", "Bush", "Castle", "Lane", "Brook", "Hill", "Shepherd", "Young", "Green",
          "Stone", "Mann", "Marsh", "Wood", "Fox", "Baker", "Walker", "Moss", "Street", "Rivers", "Banks", "Church",
          "Sutherland-Gower", "O'Sullivan-Hughes", "de la Cruz", "Van der Berg", "Al-Rashid", "Fairweather", "Meadows"]

TOWNS = [("Pontypridd", "CF37"), ("Llandeilo", "SA19"), ("Bangor", "LL57"), ("Aberystwyth", "SY23"), ("Merthyr Tydfil", "CF47"),
         ("Machynlleth", "SY20"), ("Caernarfon", "LL55"), ("Glasgow", "G11"), ("Paisley", "PA1"), ("Inverness", "IV2"),
         ("Wick", "KW1"), ("Kirkwall", "KW15"), ("Stornoway", "HS1"), ("Lerwick", "ZE1"), ("Dundee", "DD4"), ("Leith", "EH6"),
         ("Aberdeen", "AB10"), ("Portree", "IV51"), ("Belfast", "BT7"), ("Derry", "BT48"), ("Penzance", "TR18"),
         ("Whitby", "YO21"), ("Kendal", "LA9"), ("Hexham", "NE46"), ("Bootle", "L20"), ("Salford", "M6"), ("Luton", "LU1"),
         ("Ely", "CB7"), ("Truro", "TR1"), ("Dumfries", "DG1"), ("Fort William", "PH33"), ("Wrexham", "LL13"),
         ("Tenby", "SA70"), ("Brecon", "LD3"), ("Oban", "PA34"), ("Peebles", "EH45"), ("Stromness", "KW16"),
         ("Westminster", "SW1A"), ("Camden", "NW1W"), ("Shoreditch", "EC2A")]
STREETS = ["Heol y Nant", "Ffordd Penrhos", "Stryd Fawr", "Dumbarton Road", "Great Western Road", "Mill Lane",
           "Station Road", "Victoria Terrace", "Church Street", "Bryn Celyn", "Maes y Dderwen", "Cae Glas Close",
           "Strathmore Avenue", "Gallowgate", "Causewayside", "Hope Street", "Rose Lane", "Holly Way", "Mark Lane",
           "Glen Crescent", "Castle Wynd", "Kirk Brae", "Harbour View", "Queen's Drive", "Ormeau Road", "Shankill Parade",
           "Nantgarw Road", "Tan y Bryn", "Albert Gardens", "Wellington Court", "Orchard Rise", "Mallard Close",
           "Kingsway", "The Paddock", "Bishop's Walk", "Lon Las", "Sauchiehall Street", "Fore Street"]
HOUSE_NAMES = ["Ty Gwyn", "Bryn Awel", "Rose Cottage", "The Old Forge", "Glenview", "Tigh na Mara", "Hafod", "Ivy House"]

def postcode(r, area):
    inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    a = area
    if a[-1].isdigit() and r.random() < 0.15 and len(a) <= 3 and a[0] != "B":
        pass
    return a + " " + inward

def address(r):
    town, area = r.choice(TOWNS)
    t = r.randint(0, 5)
    st = r.choice(STREETS)
    if t == 0:
        a = "Flat %d, %d %s, %s" % (r.randint(1, 9), r.randint(1, 220), st, town)
    elif t == 1:
        a = "%s, %s, %s" % (r.choice(HOUSE_NAMES), st, town)
    elif t == 2:
        a = "%d/%d %s, %s" % (r.randint(0, 3), r.randint(1, 3), st, town) if town in ("Glasgow", "Paisley", "Dundee", "Leith", "Aberdeen") else "%d%s %s, %s" % (r.randint(1, 99), r.choice(["A", "B", ""]), st, town)
    else:
        a = "%d %s, %s" % (r.randint(1, 240), st, town)
    return a, postcode(r, area), town

PHONE_RANGES = [("01632", 960000, 960999, "5+6"), ("020 7946", 0, 999, "4w"), ("0113 496", 0, 999, "4w"), ("0117 496", 0, 999, "4w"),
                ("0131 496", 0, 999, "4w"), ("0141 496", 0, 999, "4w"), ("0161 496", 0, 999, "4w"), ("0191 498", 0, 999, "4w"),
                ("028 9649", 6000, 6999, "4"), ("029 2018", 0, 999, "4w"), ("07700", 900000, 900999, "5+6")]

def phone(r):
    pre, lo, hi, sh = r.choice(PHONE_RANGES)
    n = r.randint(lo, hi)
    if sh == "5+6":
        return "%s %06d" % (pre, n)
    return "%s %04d" % (pre, n)

def phone_form(r, p, style=None):
    d = p.replace(" ", "")
    style = style if style is not None else r.randint(0, 4)
    if style == 0:
        return p
    if style == 1:
        return d
    if style == 2:
        return "+44 " + p[1:]
    if style == 3:
        return "+44" + d[1:]
    return "(" + p.split(" ")[0] + ") " + " ".join(p.split(" ")[1:])

def email(r, given, family):
    g = "".join(c for c in given.lower() if c.isascii() and c.isalpha()) or "user"
    f = "".join(c for c in family.lower() if c.isascii() and c.isalpha()) or "x"
    loc = r.choice(["%s.%s", "%s%s", "%s_%s%d", "%s.%s%d"])
    loc = loc % ((g, f) if loc.count("%") == 2 else (g, f, r.randint(1, 99)))
    return loc + "@" + r.choice(["example.com", "example.org", "example.net"])

def account(r):
    s = r.randint(0, 4)
    if s == 0:
        return "".join(r.choice(string.digits) for _ in range(9))
    if s == 1:
        return "A-" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    if s == 2:
        return "%04d %04d %02d" % (r.randint(1000, 9999), r.randint(0, 9999), r.randint(0, 99))
    if s == 3:
        return "CUS" + "".join(r.choice(string.digits) for _ in range(7))
    return "9" + "".join(r.choice(string.digits) for _ in range(11))


# ---------------- keeps ----------------
MSG = ["D0010", "D0086", "D0150", "D0149", "D0055", "D0205", "D0302", "IF-031", "IF-021", "IF-033", "PUB-011", "ECS17b", "CS11",
       "SRV 8.1.1", "SRV 4.1.1", "MI-7", "IF-015", "D0019"]

def keep_tc(r):
    return r.choice(["TC-LDSO-%04d", "MHHS-TC-%05d", "SIT-E2E-%03d", "UIT-REG-%03d", "PIT-%04d"]) % r.randint(1, 9999 if True else 0)

def keep_ts(r):
    y, mo, d, h, mi, s = 2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s), "%02d/%02d/%04d %02d:%02d" % (d, mo, y, h, mi),
                     "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, h, mi, s, r.randint(0, 999))])

def keep_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def keep_dip(r):
    return r.choice(["DIP-%08X" % r.getrandbits(32), "DIPMSG-2025%02d%02d-%06d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 999999))])

def keep_ref(r):
    return "MPAN-REF-%02d" % r.randint(1, 99)

def keep_ver(r):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 40)), "build 2025.%02d.%d" % (r.randint(1, 12), r.randint(1, 9))])

def keep_amount(r):
    return "£%d.%02d" % (r.randint(3, 2400), r.randint(0, 99))

def keep_reading(r):
    return "%05d kWh" % r.randint(100, 99999) if r.random() < 0.5 else "%d.%d m3" % (r.randint(100, 9999), r.randint(0, 9))

def keep_ticket(r):
    return r.choice(["INC%07d", "CHG%07d", "DEF-%04d", "ADO#%06d", "RITM%07d", "PRB%06d"]) % r.randint(1, 999999)

WORDS = ["grace period", "mark as passed", "prices rose", "to be frank", "the bill date", "will retest", "field test",
         "dawn run", "green status", "in good faith", "hope to close", "summer release", "stone-cold reboot", "brook no delay",
         "a young build", "the castle gateway", "moss-covered kiosk", "walker script", "baker job"]
