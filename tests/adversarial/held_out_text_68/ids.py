"""Identifier value generators and surface forms (helper-68, ho42 text corpus)."""
import base64, random, string, unicodedata

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


def mpan_valid(core):
    return len(core) == 13 and core.isdigit() and mpan_check(core[:12]) == core[12]


FIRST = ["Amelia", "Rhodri", "Siân", "Łukasz", "Gwenllian", "Oluwaseun", "Bethan", "Dafydd", "Niamh", "Eilidh",
         "Tomasz", "Agnieszka", "Ffion", "Callum", "Priyanka", "Hamish", "Morwenna", "Iestyn", "Zofia", "Lowri",
         "Thaddeus", "Euan", "Ceridwen", "Saoirse", "Wojciech", "Imogen", "Caradog", "Ruaridh", "Małgorzata",
         "Aneurin", "Perpetua", "Kwabena", "Nneka", "Tamsin", "Brychan", "Ottilie", "Seren", "Cadfael",
         "Radosław", "Blodwen", "Fenella", "Lachlan", "Jemima", "Taliesin", "Philippa", "Grzegorz", "Hermione",
         "Ysolde", "Cosmo", "Elspeth"]
LAST = ["Fotheringham-Smythe", "ap Llywelyn", "Wiśniewski", "van der Merwe", "de la Haye", "O'Callaghan",
        "Llŷr-Pritchard", "MacAskill", "Brzęczyszczykiewicz", "Okonkwo-Bassey", "Featherstonehaugh",
        "le Strange", "ferch Gruffydd", "St John-Mildmay", "Pennyfeather", "Cholmondeley", "Szczepańska",
        "Ní Bhriain", "Vaughan-Thomas", "D'Arcy-Evans", "Rhys-Meredith", "Kowalczyk", "du Maurier",
        "Abernethy", "Quarshie", "Trevelyan", "Mac an tSaoir", "Gwynedd-Price", "Wójcik", "von Trapp-Hughes",
        "Pugh-Jenkins", "Attenborough", "Nakamura-Lloyd", "Haverfordwest-Jones", "Bellingham", "Zieliński",
        "ab Owain", "McGillivray", "Inchbald", "Loveridge", "Ashworth-Bramley", "Dąbrowska", "Penhaligon",
        "Tremayne", "Ogunleye", "Sutcliffe", "Quennell", "Wyndham-Lewis", "Marchbanks", "Threlkeld"]
STREET = ["Wickhambrook", "Larkspur", "Tanyrallt", "Bramblemoor", "Kittiwake", "Pendragon", "Cwrt-y-Gollen",
          "Foxglove", "Heatherdene", "Quarrybank", "Sandpiper", "Ffordd Glyndwr", "Thistlewood", "Oakapple",
          "Ravensworth", "Brynhyfryd", "Kingfisher", "Sloeberry", "Coalpit", "Whinmoor", "Marigold",
          "Dunnockside", "Penylan", "Saltings", "Gorsebank", "Wheelwright", "Ropewalk", "Tanners",
          "Cobblestone", "Harebell", "Elderberry", "Nightingale", "Stonechat", "Wagtail", "Dovecote",
          "Hollybush", "Millrace", "Lambourne", "Fieldfare", "Yarrowdale"]
STYPE = ["Road", "Street", "Avenue", "Close", "Lane", "Crescent", "Drive", "Terrace", "Way", "Gardens",
         "Mews", "Grove", "Place", "Row", "Court", "Walk", "Parade", "View", "Rise", "Heol"]
HOUSENAME = ["Rose Cottage", "Ty Gwyn", "The Old Forge", "Bryn Awel", "Hillcrest House", "Pen-y-Bont Farm",
             "The Granary", "Nant Yr Efail", "Wisteria Lodge", "Ffynnon Wen"]
TOWN = ["Knaresborough", "Llanidloes", "Bridlington", "Tewkesbury", "Machynlleth", "Skelmersdale",
        "Aberaeron", "Cleckheaton", "Wivenhoe", "Bexhill-on-Sea", "Ystradgynlais", "Huntingdon",
        "Kirkcudbright", "Lostwithiel", "Mexborough", "Oswestry", "Penicuik", "Rhayader", "Saltburn",
        "Tywyn", "Whitstable", "Bishop's Stortford", "Chipping Norton", "Llandrindod Wells", "Ashby-de-la-Zouch",
        "Bungay", "Dolgellau", "Haltwhistle", "Kilmarnock", "Wetherby"]
AREA = ["SW", "LS", "CF", "SA", "LL", "B", "M", "G", "EH", "BS", "NE", "YO", "SY", "PL", "TR", "CO", "HG", "DN", "WF",
        "KA", "E", "N", "W", "L", "S", "TN", "CB", "OX", "HP", "NP"]
DIST = [str(x) for x in range(10, 24)]
EUI_OUI = ["000D6F", "001BC5", "00124B", "D0CF5E", "70B3D5", "BC33AC", "0022A3", "8C6DC4"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique")

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def mpan_core(self):
        def f():
            d = self.r.choice(DIST) + "".join(self.r.choice(string.digits) for _ in range(10))
            return d + mpan_check(d)
        return self.uniq(f)

    def mpan_badcheck(self):
        def f():
            d = self.r.choice(DIST) + "".join(self.r.choice(string.digits) for _ in range(10))
            good = mpan_check(d)
            bad = self.r.choice([c for c in string.digits if c != good])
            return d + bad
        return self.uniq(f)

    def mpan_top(self):
        return (self.r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "00"]),
                self.r.choice(["801", "845", "811", "812", "836", "850", "857"]),
                self.r.choice(["100", "110", "202", "311", "541", "707", "912"]))

    def mprn(self):
        return self.uniq(lambda: self.r.choice("1234567") + "".join(self.r.choice(string.digits) for _ in range(self.r.choice([8, 9, 9, 9]))))

    def elec_serial(self):
        def f():
            k = self.r.randrange(5)
            if k == 0:
                return "%02d%s%07d" % (self.r.randint(14, 25), self.r.choice("LPKMEJ"), self.r.randrange(10**7))
            if k == 1:
                return "EML%010d" % self.r.randrange(10**10)
            if k == 2:
                return "S%d%s%05d" % (self.r.randint(1, 9), self.r.choice(["A", "K", "BG"]), self.r.randrange(10**5))
            if k == 3:
                return "K%02dA%06d" % (self.r.randint(5, 19), self.r.randrange(10**6))
            return "E%02dBG%06d" % (self.r.randint(10, 23), self.r.randrange(10**6))
        return self.uniq(f)

    def gas_serial(self):
        def f():
            k = self.r.randrange(4)
            if k == 0:
                return "G4A%08d" % self.r.randrange(10**8)
            if k == 1:
                return "E6S%08d%02d" % (self.r.randrange(10**8), self.r.randint(14, 25))
            if k == 2:
                return "G4K%02d%06d" % (self.r.randint(14, 25), self.r.randrange(10**6))
            return "U6%s%07d" % (self.r.choice("WXYZ"), self.r.randrange(10**7))
        return self.uniq(f)

    def eui(self):
        return self.uniq(lambda: self.r.choice(EUI_OUI) + "".join(self.r.choice("0123456789ABCDEF") for _ in range(10)))

    def postcode(self):
        def f():
            a = self.r.choice(AREA)
            k = self.r.randrange(3)
            if k == 0:
                out = a + str(self.r.randint(1, 9))
            elif k == 1:
                out = a + str(self.r.randint(10, 29))
            else:
                out = self.r.choice(["EC1A", "EC2M", "EC4Y", "SW1A", "SW1P", "SW1W", "W1A", "W1D", "W1K", "WC1B",
                                     "WC2N", "E1W", "N1C", "SE1P", "NW1W", "EC3V", "WC2H", "W1J"])
            inw = str(self.r.randint(0, 9)) + "".join(self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            return out + " " + inw
        return self.uniq(f)

    def name(self):
        return self.uniq(lambda: self.r.choice(FIRST) + " " + self.r.choice(LAST))

    def phone(self):
        def f():
            k = self.r.randrange(3)
            if k == 0:
                return "07700 900%03d" % self.r.randrange(1000)
            if k == 1:
                return "01632 960%03d" % self.r.randrange(1000)
            return "020 7946 0%03d" % self.r.randrange(1000)
        return self.uniq(f)

    def email(self, name=None):
        def f():
            n = name or self.r.choice(FIRST) + " " + self.r.choice(LAST)
            base = strip_acc(n).lower().replace("'", "").replace(" ", self.r.choice([".", "_", ""]))
            return "%s%d@%s" % (base, self.r.randint(10, 99), self.r.choice(["btinternet.com", "outlook.example", "gmail.example", "hotmail.co.uk", "yahoo.example.co.uk"]))
        return self.uniq(f)

    def address(self):
        def f():
            if self.r.random() < 0.25:
                first = self.r.choice(HOUSENAME)
            elif self.r.random() < 0.3:
                first = "Flat %d, %d" % (self.r.randint(1, 12), self.r.randint(1, 180))
            else:
                first = str(self.r.randint(1, 240))
            return (first, "%s %s" % (self.r.choice(STREET), self.r.choice(STYPE)), self.r.choice(TOWN))
        return self.uniq(f)


def strip_acc(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


INVIS = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "lrm": "\u200e", "rlm": "\u200f",
         "u2063": "\u2063", "lri": "\u2066", "pdi": "\u2069", "fsi": "\u2068", "vs16": "\ufe0f", "cgj": "\u034f",
         "shy": "\u00ad", "bom": "\ufeff", "alm": "\u061c", "lre": "\u202a", "pdf": "\u202c"}
SPACES = {"nbsp": "\u00a0", "nnbsp": "\u202f", "thin": "\u2009", "figsp": "\u2007", "ideo": "\u3000", "emsp": "\u2003"}


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def digitmap(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


def to_words(s, r, asr=False):
    W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if asr:
        W2 = {"0": ["oh", "zero", "o"], "2": ["two", "to", "too"], "4": ["four", "for"], "8": ["eight", "ate"]}
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if i + 1 < len(s) and s[i + 1] == c and r.random() < 0.6:
            w = W[int(c)] if not asr else r.choice(W2.get(c, [W[int(c)]]))
            out.append("double " + w); i += 2; continue
        out.append(W[int(c)] if not asr else r.choice(W2.get(c, [W[int(c)]])))
        i += 1
    return " ".join(out)
