"""Shared helpers for the held-out text corpus (helper-59, stop 39)."""
import base64, binascii, quopri, random, urllib.parse, html

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10


USED = set()
FILEUSED = set()


def uniq(f):
    def w(rng, *a, **k):
        for _ in range(1000):
            v = f(rng, *a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError
    return w


@uniq
def mpan_core(rng):
    d = "%02d" % rng.randint(10, 23) + "".join(rng.choice("0123456789") for _ in range(10))
    return d + str(mpan_check(d))


@uniq
def mprn(rng):
    n = rng.choice([10, 10, 10, 9, 8])
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


@uniq
def elec_serial(rng):
    s = rng.choice(["E6S", "E7S", "S18", "K", "F81", "L", "A"])
    if s in ("E6S", "E7S"):
        return s + "".join(rng.choice("0123456789") for _ in range(11))
    if s in ("K", "L", "A"):
        return "%s%02d%s%06d" % (s, rng.randint(0, 99), rng.choice("ABCDEFGHJ"), rng.randint(100000, 999999))
    return s + rng.choice("ABCD") + "%07d" % rng.randint(1000000, 9999999)


@uniq
def gas_serial(rng):
    s = rng.choice(["G4A", "G4K", "G4P", "E6E", "U6", "BKG4"])
    if s == "U6":
        return "U6%s%08d" % (rng.choice("ABCDEF"), rng.randint(10000000, 99999999))
    if s == "BKG4":
        return "BKG4%s%08d" % (rng.choice("EF"), rng.randint(10000000, 99999999))
    return s + "%08d%02d" % (rng.randint(10000000, 99999999), rng.randint(10, 24))


OUIS = ["00-1B-C5", "00-0D-6F", "90-FD-9F", "D0-CF-5E", "84-18-26", "70-B3-D5", "0C-A2-F5", "58-8E-81"]


@uniq
def eui64(rng):
    return rng.choice(OUIS) + "-" + "-".join("%02X" % rng.randint(0, 255) for _ in range(5))


def pc_shape(rng):
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    inw = "%d%s%s" % (rng.randint(0, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    shape = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    areas1 = ["B", "E", "G", "L", "M", "N", "S", "W"]
    areas2 = ["CF", "LS", "BS", "NE", "SW", "EH", "CB", "OX", "PL", "TR", "LL", "SA", "DH", "YO", "HU", "NG", "LE", "BN", "KT", "RG"]
    out = ""
    if shape == "A9":
        out = rng.choice(areas1) + str(rng.randint(1, 9))
    elif shape == "A99":
        out = rng.choice(areas1) + str(rng.randint(10, 40))
    elif shape == "AA9":
        out = rng.choice(areas2) + str(rng.randint(1, 9))
    elif shape == "AA99":
        out = rng.choice(areas2) + str(rng.randint(10, 40))
    elif shape == "A9A":
        out = rng.choice(["W1", "E1", "N1", "W1"]) + rng.choice("ABCDEFGHJKPSTUW")
    else:
        out = rng.choice(["SW1", "EC1", "WC2", "EC2"]) + rng.choice("ABCDEFGHJKMNPRVWXY")
    return out + " " + inw


postcode = uniq(pc_shape)


@uniq
def phone(rng):
    k = rng.choice(["mob", "mob", "lon", "geo"])
    if k == "mob":
        return "07700 9%05d" % rng.randint(0, 99999)
    if k == "lon":
        return "020 7946 %04d" % rng.randint(0, 9999)
    return "0113 496 %04d" % rng.randint(0, 9999)


GIVEN = ["Siân", "Declan", "Harriet", "Anouk", "Oluwaseun", "Isla", "Marie-Claire", "Gethin", "Priya", "Rhodri",
         "Aoife", "Tomasz", "Eilidh", "Hamish", "Folasade", "Lowri", "Ciarán", "Imogen", "Dafydd", "Nkechi",
         "Saoirse", "Wojciech", "Ffion", "Barnaby", "Kezia", "Ptolemy", "Yusuf", "Thomasina", "Bronwen", "Alasdair",
         "Niamh", "Ebony", "Teodora", "Cormac", "Mairead", "Lorcan", "Zainab", "Ifeoma", "Tegwen", "Euan"]
SURN = ["ap Rhys", "O'Sullivan", "Fenwick-Lowe", "van der Berg", "Adeyemi-Clarke", "MacLeod", "de la Haye", "Llewellyn",
        "Chaudhry", "Wojcikowski", "Featherstonehaugh", "St John-Smythe", "Okonkwo", "McAllister", "Pemberton-Hale",
        "D'Arcy", "Vaughan-Thomas", "le Fevre", "Ní Bhriain", "Kowalczyk", "Trevithick", "Abernethy", "Fairclough",
        "ab Owen", "Mulholland", "Ashworth-Burke", "de Souza", "Quennell", "Rutherglen", "Oyelaran", "Penhaligon",
        "Van Damme-Ross", "Ferreira-Gomes", "Hargreaves", "Iqbal-Hussain", "Strachan", "Tregothnan", "Ellingham",
        "Macaulay", "Nwachukwu", "FitzGerald", "della Rovere", "Blenkinsop", "Carrick-Moore"]
STREETS = ["Wheelwright", "Cuckmere", "Tollgate", "Ravenscar", "Pendragon", "Quarrybank", "Hollinshead", "Bramblewood",
           "Larkspur", "Sandpiper", "Marlowe", "Thistledown", "Coldharbour", "Ashbourne", "Kingfisher", "Drovers",
           "Penrhyn", "Glebelands", "Wyvern", "Foxglove", "Tregarthen", "Bellingham", "Cwrt-y-Gollen", "Heronsgate",
           "Merevale", "Ladysmith", "Cranbourne", "Fernhill", "Blackthorn", "Gorsedd", "Tannery", "Millrace",
           "Rosemullion", "Saltings", "Wharfedale", "Keldholme", "Pinfold", "Cloisters", "Lapwing", "Yewtree",
           "Harebell", "Nettlecombe", "Orchardleigh", "Stonechat", "Whinmoor", "Lindisfarne", "Carrow", "Ffordd Glyndwr"]
STYPES = ["Road", "Street", "Avenue", "Close", "Lane", "Crescent", "Drive", "Way", "Gardens", "Terrace", "Mews", "Row", "Grove", "Place"]
TOWNS = ["Hebden Bridge", "Llandeilo", "Kirkby Stephen", "Tavistock", "Market Drayton", "Stranraer", "Ashby-de-la-Zouch",
         "Bishop's Stortford", "Newton Abbot", "Todmorden", "Machynlleth", "Wetherby", "Saltash", "Penrith", "Haltwhistle",
         "Ystradgynlais", "Bideford", "Knaresborough", "Crickhowell", "Leominster", "Bridport", "Morpeth", "Kelso", "Ludlow"]
HOUSENAMES = ["Rose Cottage", "The Old Forge", "Ty Gwyn", "Meadow View", "Hafod Wen", "The Granary", "Orchard House", "Bryn Awel"]

GENERIC = set(w.lower() for w in STYPES) | {"flat", "the", "old", "house", "cottage", "view", "de", "la", "ap", "ab", "van",
                                             "der", "le", "st", "ni", "della", "apartment", "unit", "bridge", "abbot", "market", "newton", "y",
                                             "john", "zouch", "stephen", "ffordd"}


def name(rng):
    for _ in range(1000):
        g, s = rng.choice(GIVEN), rng.choice(SURN)
        v = g + " " + s
        if v not in USED and g not in FILEUSED and s not in FILEUSED:
            USED.add(v)
            FILEUSED.add(g); FILEUSED.add(s)
            return v


def address(rng):
    for _ in range(1000):
        st = rng.choice(STREETS)
        town = rng.choice(TOWNS)
        if st in FILEUSED or town in FILEUSED:
            continue
        FILEUSED.add(st); FILEUSED.add(town)
        k = rng.random()
        num = rng.randint(1, 240)
        if k < 0.2:
            first = "Flat %d, %d %s %s" % (rng.randint(1, 12), num, st, rng.choice(STYPES))
        elif k < 0.3:
            first = "%s, %s %s" % (rng.choice(HOUSENAMES), st, rng.choice(STYPES))
        elif k < 0.4:
            first = "%d%s %s %s" % (num, rng.choice("ab"), st, rng.choice(STYPES))
        else:
            first = "%d %s %s" % (num, st, rng.choice(STYPES))
        return first, town
    raise RuntimeError("streets exhausted")


def email_for(rng, nm):
    local = "".join(c for c in nm.lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c in ".-"))
    dom = rng.choice(["outlook.com", "btinternet.com", "example.co.uk", "gmail.com", "sky.com", "hotmail.co.uk"])
    e = "%s%d@%s" % (local, rng.randint(10, 99), dom)
    USED.add(e)
    return e


def mpan_full(rng, core):
    pc = rng.choice(["01", "02", "03", "04", "05", "08", "00"])
    mtc = "%03d" % rng.choice([801, 845, 151, 500, 817, 393, 846])
    llfc = "%03d" % rng.randint(100, 999)
    return pc, mtc, llfc, core


def b64(s):
    return base64.b64encode(s.encode()).decode()


def hexs(s):
    return binascii.hexlify(s.encode()).decode()


def pct(s):
    return "".join("%%%02X" % b for b in s.encode())


def qp(s):
    return quopri.encodestring(s.encode(), quotetabs=True).decode()


def ents(s, hexa=False):
    return "".join(("&#x%x;" % ord(c)) if hexa else ("&#%d;" % ord(c)) for c in s)
