"""Invented-data factory + truth recorder for the held-out text corpus (helper-48)."""
import random, string, base64, binascii, urllib.parse, uuid, hashlib

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(core12):
    return str(sum(int(c) * w for c, w in zip(core12, W)) % 11 % 10)

FIRST = "Gwendolyn Tobias Marisol Eilidh Caradog Priyanka Oluwaseun Benedikt Rhiannon Fergus Delphine Anwen Kwabena Siobhan Lachlan Imogen Thaddeus Yusra Hamish Ottilie Bartholomew Niamh Ezekiel Saoirse Leopold Zainab Cormac Henrietta Dafydd Aurelia Peregrine Wilhelmina Casimir Morwenna Ignatius Florentyna Evander Clementine Rosalind Ambrose".split()
SUR = "Ashcroft Okonkwo Fairweather Quigley Threlfall Abernethy Vandersteen Llewellyn Maddocks Ramsbottom Featherstonehaugh Ogunbiyi Kowalczyk Drummond Thistlewood Haverstock Blenkinsop Winterbourne Gallacher Mcilwraith Penhaligon Rookwood Tregarthen Umfreville Whitlock Yardley Zabinski Pemberton Hollingworth Ellerby Cattermole Nightingale Brackenbury Oyelaran Szczepanski Macfarlane Trevithick Ollerenshaw Gatehouse Dunnachie Lyttelton Ravensworth Stackhouse Wolstenholme Ferriby Quartermaine Bellingham Ashdown Kilbride Pendlebury".split()
STREET = "Larkspur Wexcombe Bramblewick Tolhurst Quenby Marchbank Fennimore Gorsedene Huxtable Inglenook Juniperhill Kestrelmoor Lindenhurst Mossgiel Nettlecombe Orchardleigh Pennycress Rushmere Sandlewood Tansyfield Upperdown Valerian Wychwood Yarrowdale Cobblestone Dunmallet Elderbrook Foxglove Glenarvon Hazelbury Ivybridge Kingfisher Lavenham Meadowsweet Northolme Oakhanger Primrose Quarrybank Ridgeholt Saxonbury".split()
STYPE = "Road Avenue Close Lane Crescent Drive Gardens Terrace Way Grove Street Mews Place Rise View".split()
TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Harrogate", "HG"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Norwich", "NR"), ("Stockport", "SK"), ("Derby", "DE"), ("Exeter", "EX"), ("Inverness", "IV"), ("Perth", "PH"), ("Truro", "TR"), ("Carlisle", "CA"), ("Luton", "LU"), ("Reading", "RG"), ("Wolverhampton", "WV"), ("Manchester", "M"), ("Glasgow", "G"), ("London", "SE"), ("London", "NW"), ("Sheffield", "S"), ("Bath", "BA"), ("Lincoln", "LN"), ("Aberdeen", "AB"), ("Kendal", "LA"), ("Hereford", "HR"), ("Llandudno", "LL"), ("Belfast", "BT"), ("Dundee", "DD"), ("Ipswich", "IP")]
HOUSE = ["Bramling Cottage", "Hazelmere House", "Tanglewood Lodge", "Ferncliffe Barn", "Gwelfor Farm", "Millrace Cottage", "Swallowfield House", "Coldharbour Lodge"]
DIST = list(range(10, 24))
LETTERS_PC = "ABDEFGHJLNPQRSTUWXYZ"

class Doc:
    def __init__(self, rng, fid):
        self.r = rng
        self.fid = fid
        self.secrets = []   # dicts
        self.keeps = []
        self._used_first = set(); self._used_sur = set(); self._used_st = set()

    # ---------- recording ----------
    def S(self, kind, value, shown=None, cls="plain", encoded=None, tokens=None):
        shown = value if shown is None else shown
        e = {"kind": kind, "value": value, "shown": shown, "cls": cls}
        if encoded: e["encoded"] = encoded
        if tokens: e["tokens"] = tokens
        self.secrets.append(e)
        return shown

    def K(self, v):
        v = str(v)
        self.keeps.append(v)
        return v

    # ---------- raw value generators (not recorded) ----------
    def d(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def mpan_v(self, dist=None):
        dist = dist or self.r.choice(DIST)
        core = "%02d" % dist + self.d(10)
        return core + mpan_check(core)

    def mprn_v(self, n=None):
        n = n or self.r.choice([10] * 8 + [6, 7, 8, 9])
        return str(self.r.randint(1, 9)) + self.d(n - 1)

    def eserial_v(self):
        L = string.ascii_uppercase
        st = self.r.choice(["LLYYL6", "LLYYL5", "YYL7", "LYYL6", "LLYYLL5"])
        yy = "%02d" % self.r.randint(5, 25)
        out = ""
        for tok in ["".join(x) for x in [st]]:
            pass
        i = 0; out = ""
        while i < len(st):
            c = st[i]
            if c == "L": out += self.r.choice("ABCDEFGHJKLMNPRSTUWXZ"); i += 1
            elif st[i:i+2] == "YY": out += yy; i += 2
            elif c.isdigit(): out += self.d(int(c)); i += 1
        return out

    def gserial_v(self):
        t = self.r.choice(["E6S", "G4K", "G4A", "U6W", "G4S", "EDM"])
        if t == "E6S": return "E6S" + self.d(8) + "%02d" % self.r.randint(12, 25)
        if t == "EDM": return "EDMI" + self.d(8)
        return t + self.d(8)

    def eui_v(self):
        pre = self.r.choice(["00124B", "0015BC", "001BC5", "70B3D5", "000D6F", "D8A01D"])
        return pre + "".join(self.r.choice("0123456789ABCDEF") for _ in range(10))

    def pc_v(self, area):
        if area in ("SE", "NW") and self.r.random() < 0.3:
            dist = "%d%s" % (self.r.randint(1, 9), self.r.choice("ABEHMNPRVWXY"))
        else:
            dist = str(self.r.randint(1, 29 if len(area) == 2 else 49))
        return "%s%s %d%s%s" % (area, dist, self.r.randint(0, 9), self.r.choice(LETTERS_PC), self.r.choice(LETTERS_PC))

    def phone_v(self):
        c = self.r.choice(["07700 900%03d", "01632 960%03d", "020 7946 0%03d", "0113 496 0%03d", "0117 496 0%03d", "0161 496 0%03d", "0131 496 0%03d", "029 2018 0%03d"])
        return c % self.r.randint(0, 999)

    def _pick(self, pool, used):
        c = [x for x in pool if x not in used]
        v = self.r.choice(c); used.add(v); return v

    # ---------- recorded helpers ----------
    def mpan(self, fmt="plain", cls=None, value=None):
        v = value or self.mpan_v()
        if fmt == "plain": s = v
        elif fmt == "sp": s = "%s %s %s %s" % (v[:2], v[2:6], v[6:10], v[10:])
        elif fmt == "sp2": s = "%s %s %s" % (v[:2], v[2:12], v[12:])
        elif fmt == "dash": s = "%s-%s-%s-%s" % (v[:2], v[2:6], v[6:10], v[10:])
        else: s = fmt(v)
        return self.S("mpan", v, s, cls or ("plain" if fmt == "plain" else "spaced"))

    def mpan_full(self, v=None):
        """21-digit full MPAN S-line: PC MTC LLFC / core"""
        v = v or self.mpan_v()
        pc = "%02d" % self.r.randint(0, 8); mtc = "%03d" % self.r.choice([801, 845, 811, 151, 393, 500]); ll = "%03d" % self.r.randint(100, 999)
        return pc, mtc, ll, v

    def mprn(self, n=None, shown=None, cls="plain"):
        v = self.mprn_v(n)
        return self.S("mprn", v, shown(v) if callable(shown) else v, cls)

    def eserial(self, shown=None, cls="plain"):
        v = self.eserial_v()
        return self.S("elec_serial", v, shown(v) if shown else v, cls)

    def gserial(self, shown=None, cls="plain"):
        v = self.gserial_v()
        return self.S("gas_serial", v, shown(v) if shown else v, cls)

    def eui(self, sep="-", cls=None):
        v = self.eui_v()
        if sep == "0x": s = "0x" + v
        elif sep == "0xl": s = "0x" + v.lower()
        elif sep is None or sep == "": s = v
        else: s = sep.join(v[i:i+2] for i in range(0, 16, 2))
        if self.r.random() < 0.3 and sep not in ("0x",): s = s.lower()
        return self.S("eui64", v, s, cls or ("plain" if sep in ("-", ":", "") else "sep"))

    def first(self): return self._pick(FIRST, self._used_first)
    def sur(self): return self._pick(SUR, self._used_sur)

    def name(self, fmt="fl", cls="plain"):
        f, l = self.first(), self.sur()
        title = self.r.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])
        s = {"fl": f"{f} {l}", "lf": f"{l}, {f}", "tl": f"{title} {l}", "tfl": f"{title} {f} {l}", "ufl": f"{f.upper()} {l.upper()}", "il": f"{f[0]}. {l}"}[fmt]
        toks = [t for t in s.replace(",", " ").replace(".", " ").split() if len(t) > 2 and t not in ("Mrs", "Miss")]
        return self.S("name", s, s, cls, tokens=toks), f, l

    def town(self):
        return self.r.choice(TOWNS)

    def postcode(self, area=None, shown=None, cls="plain"):
        area = area or self.town()[1]
        v = self.pc_v(area)
        return self.S("postcode", v, shown(v) if shown else v, cls)

    def street(self):
        return f"{self.r.randint(1, 240)} {self._pick(STREET, self._used_st)} {self.r.choice(STYPE)}"

    def addr(self, sep=", ", flat=False, house=False, with_pc=True, cls="plain", pc_shown=None):
        """Records address line (street + town tokens) and postcode separately. Returns shown string."""
        t, area = self.town()
        st = self.street()
        parts = []
        if flat: parts.append(f"Flat {self.r.randint(1, 24)}")
        if house: parts.append(self.r.choice(HOUSE))
        parts.append(st)
        parts.append(t)
        line = sep.join(parts)
        toks = [w for w in st.split()[1:-1]] + ([w for w in parts[1 if flat else 0].split() if w not in ("House", "Cottage", "Lodge", "Farm", "Barn")] if house else [])
        self.S("address", line, line, cls, tokens=toks)
        if with_pc:
            pc = self.postcode(area, shown=pc_shown, cls="plain" if pc_shown is None else "pc_obf")
            return line + (" " if sep == ", " and self.r.random() < 0.5 else sep) + pc
        return line

    def phone(self, shown=None, cls="plain"):
        v = self.phone_v()
        return self.S("phone", v, shown(v) if shown else v, cls)

    def email(self, f=None, l=None, cls="plain"):
        f = f or self.first(); l = l or self.sur()
        dom = self.r.choice(["example.com", "example.org", "example.net", "mail.example.co.uk", "northgrid-energy.example", "brightwatt.example.com"])
        loc = self.r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f[0]}", f"{f}{self.r.randint(1, 99)}", f"{f}_{l}"]).lower()
        return self.S("email", f"{loc}@{dom}", None, cls)

    # ---------- keeps generators (recorded) ----------
    def guid(self): return self.K(str(uuid.UUID(int=self.r.getrandbits(128), version=4)))
    def ts(self):
        return self.K("2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.r.randint(1, 11), self.r.randint(1, 28), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59), self.r.randint(0, 999)))
    def epoch_ms(self): return self.K(str(self.r.randint(1764000000000, 1796000000000)))
    def tc(self): return self.K(self.r.choice(["TC-QT-", "MHHS-TC-", "SIT-E2E-", "UIT-", "REG-"]) + "%04d" % self.r.randint(1, 9999))
    def sts(self):
        t = self.d(20); return self.K(" ".join(t[i:i+4] for i in range(0, 20, 4)))
    def dip(self): return self.K("DIP-%s-%08d" % (self.r.choice(["IF031", "IF021", "PUB025", "IF013"]), self.r.randint(1, 99999999)))
    def sha(self): return self.K(hashlib.sha256(self.d(30).encode()).hexdigest())
    def amount(self): return self.K("£%d.%02d" % (self.r.randint(5, 1900), self.r.randint(0, 99)))
    def acct(self): return self.K("%d" % self.r.randint(40000000, 49999999))
    def ticket(self): return self.K(self.r.choice(["INC", "CHG", "PRB"]) + "%07d" % self.r.randint(1, 9999999))
    def build(self): return self.K("2026%02d%02d.%d" % (self.r.randint(1, 11), self.r.randint(1, 28), self.r.randint(1, 9)))
    def reading(self): return self.K("%05d.%d" % (self.r.randint(0, 99999), self.r.randint(0, 9)))
    def order(self): return self.K("ORD-%d" % self.r.randint(10000000, 99999999))
