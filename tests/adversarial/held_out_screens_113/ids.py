"""Seeded invented identifiers and keeps (round 53, screens tester)."""
import random

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
DISTS = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mpan(self):
        d12 = self.r.choice(DISTS) + self.digits(10)
        return d12 + mpan_check(d12)

    def top(self):  # profile class 2 digits, MTC 3, LLFC 3
        return "0" + str(self.r.randint(1, 8)), str(self.r.choice([801, 845, 181, 393, 500, 611, 120])), self.digits(3)

    def mprn(self, n=10):
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    def eserial(self):
        return self.r.choice([
            lambda: "S" + self.digits(2) + self.r.choice("KLMPR") + self.digits(6),
            lambda: self.digits(2) + self.r.choice("ABDEHJKLMP") + self.digits(7),
            lambda: self.r.choice(["K", "L", "Z"]) + self.digits(2) + "D" + self.digits(6),
        ])()

    def gserial(self):
        return self.r.choice([lambda: "E6S" + self.digits(11), lambda: "G4K" + self.digits(8) + self.r.choice("ABC")])()

    def eui(self, sep="-"):
        b = ["00", "1C", "9B"] + ["%02X" % self.r.randint(0, 255) for _ in range(5)]
        return sep.join(b)

    def postcode(self):
        return self.r.choice(["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QR", "EH12 9JF", "CF10 3NQ",
                              "BT7 1NN", "NE4 7YH", "G41 2SP", "PL4 8AA", "RG1 1DB", "BS8 4UD", "NR2 9RW", "TR1 3HQ",
                              "AB10 6QL", "HU5 2JX", "OX4 1BY", "L17 0BD"])

    def phone(self):
        return self.r.choice([lambda: "01632 96" + self.digits(4), lambda: "07700 90" + self.digits(4),
                              lambda: "020 7946 0" + self.digits(3), lambda: "0113 496 0" + self.digits(3)])()

    FIRST = ["Rose", "Grace", "Mark", "Will", "Ngozi", "Siobhan", "Priya", "Wojciech", "Aoife", "Tomasz", "Mei", "Olusegun",
             "Dewi", "Faisal", "Ingrid", "Kofi", "Rhiannon", "Hamish", "Amara", "Joy", "Hope", "Bill", "Dawn", "Sunny"]
    LAST = ["Hill", "Baker", "Field", "Cook", "Okonkwo", "Ní Bhriain", "Raghunathan", "Brzęczyszczyk", "Nakamura", "Wood",
            "Fletcher", "Abara", "Llewellyn", "Al-Rashid", "Sørensen", "Mensah", "Pryce", "MacLeod", "Stone", "Marsh",
            "Moss", "Bishop", "Lamb", "Young"]

    def name(self):
        return self.r.choice(self.FIRST) + " " + self.r.choice(self.LAST)

    def email(self, name=None):
        n = (name or self.name()).lower().replace(" ", ".").replace("í", "i").replace("ę", "e").replace("ø", "o")
        n = "".join(c for c in n if c.isalnum() or c in ".-")
        return n + "@" + self.r.choice(["example.com", "example.org", "example.co.uk", "example.net"])

    STREETS = ["Orchard Lane", "Mill Road", "Chapel Street", "Heol y Bryn", "Station Approach", "Kingsway",
               "Victoria Terrace", "Bramble Close", "Harbour View", "Church Walk"]

    def address(self):
        return "%d %s" % (self.r.randint(1, 220), self.r.choice(self.STREETS))

    def account(self):
        return self.r.choice([lambda: self.digits(10), lambda: "A-" + self.digits(8), lambda: "8" + self.digits(11)])()

    # ---- keeps
    def keep(self):
        r = self.r
        return r.choice([
            lambda: ("flow", r.choice(["D0010", "D0150", "D0149", "D0086", "D0019", "D0302", "D0055"])),
            lambda: ("iface", "IF-0%02d" % r.randint(10, 60)),
            lambda: ("dip", "DIP-%s-%05d" % (r.choice(["MSG", "EVT", "ACK"]), r.randint(0, 99999))),
            lambda: ("mpanref", "MPAN-REF-%02d" % r.randint(1, 40)),
            lambda: ("tc", "TC-%s-%04d" % (r.choice(["REG", "SETT", "MIG", "SMETS"]), r.randint(1, 9999))),
            lambda: ("ts", "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                               r.randint(0, 59), r.randint(0, 59))),
            lambda: ("ver", "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40))),
            lambda: ("amount", "£%d.%02d" % (r.randint(1, 2400), r.randint(0, 99))),
            lambda: ("reading", "%06d kWh" % r.randint(0, 999999)),
            lambda: ("ticket", r.choice(["INC", "CHG", "PRB"]) + "%07d" % r.randint(0, 9999999)),
            lambda: ("ado", "Bug %d" % r.randint(10000, 99999)),
            lambda: ("uuid", "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                              r.getrandbits(12), r.getrandbits(48))),
            lambda: ("word", r.choice(["Rose", "Baker", "Field", "Mill", "Read", "Bishop", "Stone", "Hope", "Marsh",
                                       "Moss", "Lamb", "Young", "Grace", "Dawn"])),
            lambda: ("status", r.choice(["Accepted", "Rejected", "Pending", "Passed", "Failed", "Blocked"])),
            lambda: ("dcc_sr", "SR %d.%d" % (r.randint(1, 11), r.randint(1, 4))),
        ])()
