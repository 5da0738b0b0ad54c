# Shared helpers for the held-out text corpus generator (issue 12).
import random, uuid, base64, binascii, urllib.parse, quopri, html

R = random.Random(33012)

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(a) * b for a, b in zip(d12, W)) % 11 % 10


def new_mpan():
    dist = R.randint(10, 23)
    body = "%02d%010d" % (dist, R.randint(0, 9999999999))
    return body + str(mpan_check(body))


def bad_mpan():
    m = new_mpan()
    return m[:12] + str((int(m[12]) + R.randint(1, 9)) % 10)


def new_mprn(n=None):
    n = n or R.choice([10] * 8 + [6, 7, 8, 9])
    first = str(R.randint(1, 9))
    return first + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def new_elec_serial():
    st = R.randint(0, 4)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    yy = "%02d" % R.randint(5, 24)
    if st == 0:
        return R.choice(L) + R.choice(L) + yy + R.choice(L) + "%05d" % R.randint(0, 99999)
    if st == 1:
        return R.choice(L) + yy + R.choice(L) + "%06d" % R.randint(0, 999999)
    if st == 2:
        return yy + R.choice("PEKLM") + "%07d" % R.randint(0, 9999999)
    if st == 3:
        return R.choice(["EML", "SMT", "LGZ", "ACL"]) + yy + "%07d" % R.randint(0, 9999999)
    return R.choice(L) + R.choice(L) + yy + R.choice(L) + "%06d" % R.randint(0, 999999)


def new_gas_serial():
    st = R.randint(0, 3)
    if st == 0:
        return "G4" + R.choice("AKSEU") + "%08d" % R.randint(0, 99999999)
    if st == 1:
        return "E6S" + "%08d" % R.randint(0, 99999999) + "%02d" % R.randint(12, 24)
    if st == 2:
        return "G4" + R.choice("AK") + "%07d" % R.randint(0, 9999999) + R.choice("ABCDEFGH")
    return R.choice(["U6", "G6"]) + R.choice("AKM") + "%07d" % R.randint(0, 9999999) + "%02d" % R.randint(95, 99)


def new_eui():
    oui = R.choice(["00DB12", "BC4A20", "70B3D5", "000D6F", "001EC0", "D8A98B", "00124B"])
    rest = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    return oui + rest


def eui_fmt(e, style):
    p = [e[i:i + 2] for i in range(0, 16, 2)]
    if style == "dash":
        return "-".join(p)
    if style == "colon":
        return ":".join(p).lower()
    if style == "plain":
        return e
    if style == "lower":
        return e.lower()
    if style == "0x":
        return "0x" + e
    if style == "dot":
        return ".".join(e[i:i + 4] for i in range(0, 16, 4)).lower()
    if style == "space":
        return " ".join(p)
    if style == "dash4":
        return "-".join(e[i:i + 4] for i in range(0, 16, 4))
    return e


def new_phone(style=None):
    k = R.randint(0, 2)
    if k == 0:
        d = "01632960%03d" % R.randint(0, 999)
        forms = ["01632 960%s" % d[8:], "(01632) 960 %s" % d[8:], "+44 1632 960%s" % d[8:], d]
    elif k == 1:
        d = "07700900%03d" % R.randint(0, 999)
        forms = ["07700 900%s" % d[8:], "07700 900 %s" % d[8:], "+44 7700 900%s" % d[8:], "+447700900%s" % d[8:], d]
    else:
        d = "0207946%04d" % R.randint(0, 999)
        forms = ["020 7946 %s" % d[7:], "020-7946-%s" % d[7:], "+44 20 7946 %s" % d[7:], "(020) 7946 %s" % d[7:]]
    return d, R.choice(forms)


FIRST = ["Priya", "Tomasz", "Eilidh", "Oluwaseun", "Bethan", "Callum", "Aoife", "Rhodri", "Margarethe", "Kwabena",
         "Siobhan", "Dafydd", "Ngozi", "Lorcan", "Ffion", "Ravindra", "Henrietta", "Lachlan", "Zofia", "Ebenezer",
         "Imogen", "Tariq", "Morwenna", "Leopold", "Anwen", "Desmond", "Yusuf", "Philippa", "Gethin", "Mairead",
         "Ottilie", "Jasvinder", "Crispin", "Rosalind", "Idris", "Wilhelmina", "Cormac", "Blessing", "Tegan", "Hamish"]
LAST = ["Okonkwo", "Threlfall", "Ashworth", "Nakamura", "Fairweather", "Kowalczyk", "Ogunbanjo", "MacLennan",
        "Quarshie", "Dunsford", "Haverstock", "Ellingham", "Trevelyan", "Abernethy", "Szymanski", "Blackwood",
        "Oyelaran", "Penhaligon", "Whitcombe", "Castellano", "Rosewarne", "Featherstone", "Lindqvist", "Gallacher",
        "Pemberton", "Achterberg", "Mbeki-Hart", "Sowerby", "Tregenza", "Upjohn", "Vardy-Nolan", "Winstanley",
        "Yeboah", "Zielinski", "Hollingworth", "Cartwright", "Delahunty", "Eckersley", "Fothergill", "Gwilliam"]
STREETW = ["Marlowe", "Tannery", "Foxglove", "Chantry", "Pevensey", "Larkspur", "Ropewalk", "Belvoir", "Sandpiper",
           "Wisteria", "Heathcote", "Millbrook", "Kingfisher", "Cromwell", "Ashdown", "Juniper", "Bramley", "Sycamore",
           "Lavender", "Thistlewood", "Ravensworth", "Coppergate", "Hazelmere", "Bluebell", "Cedarwood", "Partridge",
           "Wheatsheaf", "Buttercup", "Goldcrest", "Yewtree", "Tintagel", "Caradoc", "Elmstead", "Fernhill"]
STYPE = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Way", "Drive", "Court", "Gardens", "Terrace",
         "Grove", "Mews", "Row", "Place", "Walk", "Rise", "Parade", "View", "Hill"]
TOWNS = ["Ashcombe", "Pendleford", "Wrexley", "Stokesay", "Bryngarw", "Hexworthy", "Middlecott", "Cadnam",
         "Thornleigh", "Kirkbampton", "Nettlecombe", "Polwithen", "Garthmyl", "Saxilby", "Wolvercote", "Stanwardine",
         "Llanfechain", "Dunholme", "Brancepeth", "Ormesby", "Pitlessie", "Auchtermuchty", "Kilbarchan", "Tideswell"]
HOUSES = [("Rose Cottage", ["Rose Cottage"]), ("The Old Forge", ["Old Forge"]), ("Ty Gwyn", ["Gwyn"]),
          ("Hillcrest", ["Hillcrest"]), ("Meadowbank", ["Meadowbank"]), ("Kestrel House", ["Kestrel"]),
          ("Bryn Awel", ["Awel"]), ("Glebe Farm", ["Glebe"])]
PC_AREAS = ["LE", "NN", "CV", "BS", "CF", "LS", "M", "B", "NG", "EH", "G", "PL", "TR", "SA", "LL", "YO", "DN", "HU",
            "S", "NE", "SE", "N", "E", "KY", "AB", "DH", "SY", "OX", "GL", "EX"]
PCU = "ABDEFGHJLNPQRSTUWXYZ"


def new_postcode():
    return "%s%d %d%s%s" % (R.choice(PC_AREAS), R.randint(1, 29), R.randint(0, 9), R.choice(PCU), R.choice(PCU))


_used = {"first": set(), "last": set(), "street": set()}


def pick_unique(lst, key):
    avail = [x for x in lst if x not in _used[key]]
    if not avail:
        _used[key].clear(); avail = lst
    x = R.choice(avail)
    _used[key].add(x)
    return x


class Person:
    def __init__(self):
        self.first = pick_unique(FIRST, "first")
        self.last = pick_unique(LAST, "last")
        self.title = R.choice(["Mrs", "Mr", "Ms", "Dr", "Miss", "Mx"])
        self.phone_digits, self.phone = new_phone()
        dom = R.choice(["example.com", "example.org", "example.net", "example.co.uk", "mailbox-north.co.uk",
                        "fastmail-demo.net"])
        local = R.choice(["%s.%s" % (self.first, self.last), "%s%s" % (self.first[0], self.last),
                          "%s_%s%d" % (self.first, self.last, R.randint(1, 99))]).lower()
        self.email = local + "@" + dom
        self.local = local

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)


class Site:
    def __init__(self):
        self.num = R.randint(1, 240)
        self.sw = pick_unique(STREETW, "street")
        self.st = R.choice(STYPE)
        self.town = R.choice(TOWNS)
        self.pc = new_postcode()
        self.flat = R.choice([None, None, None, "Flat %d" % R.randint(1, 12), "Apartment %d" % R.randint(1, 40)])
        self.house = R.choice([None] * 5 + HOUSES)
        self.mpan = new_mpan()
        self.pc_top = "%02d %s %s" % (R.choice([1, 1, 1, 2, 3, 4, 5, 8]), R.choice(["801", "845", "151", "393"]),
                                      R.choice(["801", "A12", "020", "110", "570"]))
        self.mprn = new_mprn()
        self.eserial = new_elec_serial()
        self.gserial = new_gas_serial()
        self.eui = new_eui()
        self.gpf = new_eui()

    def street(self):
        return "%d %s %s" % (self.num, self.sw, self.st)

    def addr_line(self, with_flat=True):
        parts = []
        toks = [self.sw, self.town]
        if with_flat and self.flat:
            parts.append(self.flat)
        if self.house:
            parts.append(self.house[0]); toks += self.house[1]
        parts.append(self.street())
        parts.append(self.town)
        return ", ".join(parts), toks


def fmtchars():
    return R.choice(["\u200e", "\u200f", "\u2063", "\u2066", "\u2067", "\u2068", "\u2069", "\ufe0f", "\u034f",
                     "\u200b", "\u200d", "\u2060", "\u00ad", "\ufe00", "\u200c"])


def inject_fmt(s, n=None):
    pos = list(range(1, len(s)))
    R.shuffle(pos)
    pos = sorted(pos[: (n or R.randint(1, 4))], reverse=True)
    for p in pos:
        s = s[:p] + fmtchars() + s[p:]
    return s


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def other_digits(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


def mpan_groups(m, style):
    if style == "plain":
        return m
    g = [m[0:2], m[2:6], m[6:10], m[10:13]]
    if style in ("space", "-", "_", ",", ":", "+", ".", "/"):
        return ({"space": " "}.get(style, style)).join(g)
    if style == "4":
        return " ".join([m[0:4], m[4:8], m[8:12], m[12]])
    if style == "wide":
        return "    ".join(g)
    if style == "tab":
        return "\t".join(g)
    return m


def b64(s, enc="utf-8"):
    return base64.b64encode(s.encode(enc)).decode()


def hexs(s):
    return binascii.hexlify(s.encode()).decode()


def pct(s):
    return "".join("%%%02X" % ord(c) for c in s)


def ents(s, hexa=False):
    return "".join(("&#x%X;" % ord(c)) if hexa else ("&#%d;" % ord(c)) for c in s)


def guid():
    return str(uuid.UUID(int=R.getrandbits(128)))


def ts(h=None):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(9, 11), R.randint(1, 28), h if h is not None else R.randint(6, 20),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def epoch_ms():
    while True:
        v = "17%011d" % R.randint(60000000000, 69999999999)
        if mpan_check(v[:12]) != int(v[12]):
            return v


def tcref():
    return R.choice(["TC-SIT-%04d", "MHHS-SIT-FTS-%03d", "SITFTS-%04d", "UIT-SRV-%03d", "PIT-DUIS-%04d", "QT-LDSO-%03d",
                     "E2E-COS-%03d"]) % R.randint(1, 999)
