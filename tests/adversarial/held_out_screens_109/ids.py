"""Seeded value factory for the round-52 screens corpus (stdlib only)."""
import random, uuid, string

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(core12):
    return sum(int(d) * p for d, p in zip(core12, PRIMES)) % 11 % 10


class Vals:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    # ---- identifiers -------------------------------------------------
    def mpan(self):
        def f():
            d = self.r.choice(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"])
            body = d + "".join(self.r.choice(string.digits) for _ in range(10))
            return body + str(mpan_check(body))
        return self._uniq(f)

    def mpan_top(self):
        pc = self.r.choice(["01", "02", "03", "04", "05", "08"])
        mtc = self.r.choice(["801", "845", "811", "393", "151", "402", "001"])
        llfc = "%03d" % self.r.randint(100, 999)
        return pc + mtc + llfc

    def mprn(self, n=None):
        n = n or self.r.choice([10, 10, 10, 9, 8])
        return self._uniq(lambda: str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1)))

    def serial_e(self):
        def f():
            shape = self.r.choice(["ddLdddddddd", "LddLddddd", "LLddLddddd", "Sddddddddd"])
            out = ""
            for c in shape:
                if c == "d": out += self.r.choice(string.digits)
                elif c == "L": out += self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                else: out += c
            return out
        return self._uniq(f)

    def serial_g(self):
        return self._uniq(lambda: self.r.choice(["E6S", "G4K", "E6E"]) + "".join(self.r.choice(string.digits) for _ in range(self.r.choice([8, 11]))))

    def eui64(self):
        def f():
            b = [0x00, 0x1C, 0x9B] + [self.r.randint(0, 255) for _ in range(5)]
            return "".join("%02X" % x for x in b)
        return self._uniq(f)

    FIRST = ["Rose", "Will", "Hope", "Mark", "Grace", "Dawn", "Chidi", "Priya", "Wojciech", "Amara", "Kwabena", "Siobhan",
             "Mehmet", "Anjali", "Tomasz", "Ifeoma", "Rhiannon", "Callum", "Yusuf", "Lowri", "Bartholomew", "Eilidh",
             "Hannah", "Joy", "Faith", "Summer", "Robin", "Carol", "Victoria", "Olamide", "Xiaoling", "Ruairi"]
    LAST = ["Baker", "Read", "Field", "Bishop", "Okonkwo", "Raghunathan", "Kowalczyk", "Oduya", "Walker", "Summers",
            "Mensah", "Quigley", "Yilmaz", "Chaudhry", "Wisniewski", "Eze", "Pritchard", "Fraser", "Rahman", "Llewellyn",
            "Cooper", "Mason", "Brook", "Marsh", "Winter", "Hill", "Lamb", "Fox", "Nakamura", "Adebayo", "MacLeod"]
    STREETS = ["Millbrook Road", "Cwmdonkin Drive", "Station Approach", "Tannery Lane", "Ashgrove Terrace",
               "Gorsedd Close", "Kingfisher Way", "Albion Street", "Rowan Crescent", "Pentland View",
               "Chapel Walk", "Foundry Yard", "Marsh Lane", "Orchard Rise", "Quarry Bank"]
    TOWNS = ["Leeds", "Swansea", "Ipswich", "Dundee", "Truro", "Wrexham", "Carlisle", "Luton", "Perth", "Bangor"]

    def name(self):
        return self._uniq(lambda: self.r.choice(self.FIRST) + " " + self.r.choice(self.LAST))

    def street(self):
        return self._uniq(lambda: "%d %s" % (self.r.randint(2, 188), self.r.choice(self.STREETS)))

    def town(self):
        return self.r.choice(self.TOWNS)

    def postcode(self):
        def f():
            L = "ABCDEFGHJKLMNOPRSTUWYZ"
            shape = self.r.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
            out = ""
            for i, c in enumerate(shape):
                if c == "A": out += self.r.choice(L if i < 4 else "ABDEFGHJLNPQRSTUWXYZ")
                elif c == "9": out += self.r.choice(string.digits)
                else: out += c
            return out
        return self._uniq(f)

    def phone(self):
        def f():
            k = self.r.choice(["mob", "01632", "020", "0113"])
            if k == "mob": return "07700 900%03d" % self.r.randint(0, 999)
            if k == "01632": return "01632 960%03d" % self.r.randint(0, 999)
            if k == "020": return "020 7946 0%03d" % self.r.randint(0, 999)
            return "0113 496 0%03d" % self.r.randint(0, 999)
        return self._uniq(f)

    def email(self, name=None):
        name = name or self.name()
        a, b = name.lower().split(" ", 1)
        return self._uniq(lambda: "%s.%s%s@%s" % (a, b.replace(" ", ""), self.r.choice(["", str(self.r.randint(1, 99))]),
                                                 self.r.choice(["example.com", "example.org", "example.net", "example.co.uk"])))

    def account(self):
        return self._uniq(lambda: self.r.choice(["85", "73", "61"]) + "".join(self.r.choice(string.digits) for _ in range(8)))

    # ---- keeps -------------------------------------------------------
    def tc(self):
        return self._uniq(lambda: "TC-%s-%03d" % (self.r.choice(["REGS", "DIP", "SMETS", "COS", "QT", "MHHS"]), self.r.randint(1, 999)))

    def flow(self):
        return self.r.choice(["D0010", "D0150", "D0149", "D0086", "D0019", "D0052", "IF-031", "IF-021", "IF-013", "PUB-011", "D0301"])

    def dip(self):
        return self._uniq(lambda: "DIP-%08X" % self.r.getrandbits(32))

    def mpanref(self):
        return self._uniq(lambda: "MPAN-REF-%02d" % self.r.randint(1, 99))

    def ts(self):
        return "2026-%02d-%02dT%02d:%02d:%02dZ" % (self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23),
                                                   self.r.randint(0, 59), self.r.randint(0, 59))

    def date(self):
        return "%02d/%02d/2026" % (self.r.randint(1, 28), self.r.randint(1, 12))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def version(self):
        return "v%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 20), self.r.randint(0, 99))

    def amount(self):
        return "£%d.%02d" % (self.r.randint(10, 2400), self.r.randint(0, 99))

    def reading(self):
        return "%05d kWh" % self.r.randint(100, 99999)

    def ticket(self):
        return self._uniq(lambda: self.r.choice(["INC", "DEF-", "BUG-", "CHG"]) + "%07d" % self.r.randint(1, 9999999))

    WORDS = ["Read", "Mark as read", "Hope", "Will follow up", "Rose", "Field test", "Baker Street depot", "Summer tariff",
             "Grace period", "Dawn reading", "Bishop's note", "Winter peak", "Fox meter room", "Robin rota"]

    def word(self):
        return self.r.choice(self.WORDS)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s): out.append(s[i:])
    return sep.join(out)


def eui_fmt(h, style):
    b = [h[i:i + 2] for i in range(0, 16, 2)]
    if style == "dash": return "-".join(b)
    if style == "colon": return ":".join(b)
    if style == "space": return " ".join(b)
    if style == "dot4": return ".".join(h[i:i + 4] for i in range(0, 16, 4)).lower()
    if style == "dot": return ".".join(b)
    if style == "lower": return h.lower()
    return h
