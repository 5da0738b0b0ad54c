"""Deterministic invented GB energy identifiers and keeps (round 57 screens)."""
import random
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()
    def _u(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v); return v
        raise RuntimeError
    def mpan_core(self):
        def f():
            d = "%02d" % self.r.randint(10, 23) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            return d + str(mpan_check(d))
        return self._u(f)
    def top_line(self):
        pc = "%02d" % self.r.choice([0, 1, 2, 3, 4, 5, 6, 8])
        mtc = "%03d" % self.r.choice([801, 845, 151, 392, 500, 811, 823, 860])
        llf = "%03d" % self.r.randint(100, 999)
        return pc, mtc, llf
    def mprn(self):
        return self._u(lambda: str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(self.r.choice([7, 8, 9]))))
    def elec_serial(self):
        r = self.r
        shapes = [lambda: "%02d%s%07d" % (r.randint(10, 24), r.choice("PKLMEUW"), r.randint(0, 9999999)),
                  lambda: "S%02d%s%06d" % (r.randint(10, 24), r.choice("ABUW"), r.randint(0, 999999)),
                  lambda: "%s%02d%s%05d" % (r.choice(["K", "L", "D"]), r.randint(10, 24), r.choice("ABCW"), r.randint(0, 99999)),
                  lambda: "EML%04d%06d" % (r.randint(1000, 2400), r.randint(0, 999999))]
        return self._u(lambda: r.choice(shapes)())
    def gas_serial(self):
        r = self.r
        shapes = [lambda: "E6S%011d" % r.randint(0, 10**11 - 1),
                  lambda: "G4K%08d%s" % (r.randint(0, 10**8 - 1), r.choice("ABCDE")),
                  lambda: "%08dM%s" % (r.randint(0, 10**8 - 1), r.choice("01234"))]
        return self._u(lambda: r.choice(shapes)())
    def eui(self, sep=None):
        r = self.r
        b = [0x00, 0x1C, 0x9B] if r.random() < .5 else [0xD0, 0x52, 0xA8]
        b += [r.randint(0, 255) for _ in range(5)]
        hx = ["%02X" % x for x in b]
        sep = sep if sep is not None else r.choice(["-", ":", "", " "])
        if sep == ".":
            s = "".join(hx).lower(); v = ".".join(s[i:i + 4] for i in range(0, 16, 4))
        else:
            v = sep.join(hx)
        return self._u(lambda: v) if v not in self.used else self.eui(sep)
    FIRST = ["Amara", "Siobhan", "Wojciech", "Priyanka", "Oluwaseun", "Mei", "Dafydd", "Ines", "Tariq", "Eilidh",
             "Rose", "Grace", "Bill", "Dawn", "Will", "Hope", "Faith", "Jack", "Mark", "Summer", "Rich", "Joy",
             "Kwame", "Agnieszka", "Ruairi", "Yusuf", "Chidi", "Aoife", "Hamza", "Leilani"]
    LAST = ["Okonkwo", "Nowakowska", "ap Rhys", "Chaudhry", "Nakamura", "Fitzgerald", "Baker", "Mason", "Hill",
            "Page", "Cook", "Wood", "Green", "Field", "Bird", "Brook", "Marsh", "Stone", "Hughes", "Mahlangu",
            "Kowalczyk", "O'Sullivan", "Banerjee", "Castellanos", "Lindqvist", "Adeyemi", "Singh", "Forde"]
    def name(self):
        return self._u(lambda: self.r.choice(self.FIRST) + " " + self.r.choice(self.LAST))
    STREETS = ["Mill Lane", "Station Road", "Orchard Close", "Heol y Nant", "Chapel Street", "Victoria Terrace",
               "Bridge End", "Kiln Way", "Poplar Grove", "Ferry Road", "Canal Side", "Albion Mews", "Larch Rise"]
    TOWNS = ["Leeds", "Cardiff", "Wigan", "Dundee", "Luton", "Truro", "Bangor", "Derby", "Ipswich", "Carlisle"]
    def address(self):
        return self._u(lambda: "%d %s" % (self.r.randint(1, 240), self.r.choice(self.STREETS)))
    def postcode(self):
        r = self.r
        A = "ABCDEFGHJKLMNOPRSTUWYZ"; B = "ABDEFGHJLNPQRSTUWXYZ"
        shapes = [lambda: "%s%d %d%s%s" % (r.choice(["M", "B", "L", "G", "S"]), r.randint(1, 9), r.randint(1, 9), r.choice(B), r.choice(B)),
                  lambda: "%s%d %d%s%s" % (r.choice(["LS", "CF", "DN", "NE", "TR", "CR", "SW", "BS"]), r.randint(1, 29), r.randint(1, 9), r.choice(B), r.choice(B)),
                  lambda: "%s%d%s %d%s%s" % (r.choice(["EC", "SW", "W", "N"]), r.randint(1, 9), r.choice("ABCEHJKPMNRVWXY"), r.randint(1, 9), r.choice(B), r.choice(B))]
        return self._u(lambda: r.choice(shapes)())
    def phone(self):
        r = self.r
        shapes = [lambda: "01632 %06d" % r.randint(960000, 960999), lambda: "07700 %06d" % r.randint(900000, 900999),
                  lambda: "020 7946 %04d" % r.randint(0, 999), lambda: "0113 496 %04d" % r.randint(0, 999),
                  lambda: "+44 7700 %06d" % r.randint(900000, 900999), lambda: "0161 496 %04d" % r.randint(0, 999)]
        return self._u(lambda: r.choice(shapes)())
    def email(self, name=None):
        n = name or self.name()
        a, b = n.lower().replace("'", "").split(" ", 1)
        b = b.replace(" ", "")
        return self._u(lambda: "%s.%s%s@%s" % (a, b, self.r.choice(["", str(self.r.randint(1, 99))]), self.r.choice(["example.com", "example.org", "example.net"])))
    def account(self):
        r = self.r
        shapes = [lambda: "A%08d" % r.randint(0, 10**8 - 1), lambda: "ACC-%07d" % r.randint(0, 10**7 - 1),
                  lambda: "%d%09d" % (r.randint(1, 9), r.randint(0, 10**9 - 1)), lambda: "CUS/%06d/%02d" % (r.randint(0, 999999), r.randint(1, 99))]
        return self._u(lambda: r.choice(shapes)())
    # keeps
    def tc(self): return self.r.choice(["TC-BP3-%03d", "LDSO-QT-%03d", "FM_TS_1_TC_%d", "SIT-E2E-%04d", "UIT-%03d"]) % self.r.randint(1, 400)
    def flow(self): return self.r.choice(["D0010", "D0150", "D0086", "D0055", "D0205", "D0302", "IF-031", "IF-021", "IF-033", "PUB-046", "SR 8.1.1", "SR 11.2", "ECS17", "GCS28"])
    def ref(self): return "MPAN-REF-%02d" % self.r.randint(1, 60)
    def ts(self): return "2026-%02d-%02dT%02d:%02d:%02dZ" % (self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))
    def uuid(self):
        h = "".join(self.r.choice("0123456789abcdef") for _ in range(32))
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    def ver(self): return "v%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 20), self.r.randint(0, 40))
    def amount(self): return "£%d.%02d" % (self.r.randint(3, 900), self.r.randint(0, 99))
    def reading(self): return "%05d kWh" % self.r.randint(100, 99999)
    def ticket(self): return self.r.choice(["INC%07d", "DEF-%04d", "CHG%06d", "BUG %d"]) % self.r.randint(1, 99999)
    def dip(self): return "DIP-%s" % "".join(self.r.choice("0123456789ABCDEF") for _ in range(10))
    def word(self): return self.r.choice(["Rose", "Grace", "Hope", "Brook", "Summer", "Mill", "Green", "Field", "Mason", "Baker", "Page", "Stone", "Joy", "Will", "Bill"])
    def keep(self):
        return self.r.choice([self.tc, self.flow, self.ref, self.ts, self.uuid, self.ver, self.amount, self.reading, self.ticket, self.dip])()
