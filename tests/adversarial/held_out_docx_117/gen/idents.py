"""Deterministic identifiers (invented, valid shapes) and keeps. seed fixed."""
import random
R = random.Random(5417)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    while True:
        d = [r.randint(10, 29) // 1 % 10 if False else 0]  # placeholder
        dist = r.choice(["10","11","12","13","14","15","16","17","18","19","20","21","22","23"])
        body = dist + "".join(str(r.randint(0, 9)) for _ in range(10))
        s = sum(int(c) * w for c, w in zip(body, W))
        return body + str(s % 11 % 10)
def check_mpan(v):
    return len(v) == 13 and v.isdigit() and int(v[-1]) == sum(int(c)*w for c, w in zip(v[:12], W)) % 11 % 10
FIRST = ["Rose", "Hope", "Mark", "Grace", "Joy", "Amara", "Siobhan", "Oluwaseun", "Priyanka", "Wojciech", "Mei", "Tariq",
         "Eilidh", "Dmitri", "Faith", "Bill", "Ngozi", "Lowri", "Xiaoling", "Summer", "Kwame", "Rhiannon"]
LAST = ["Baker", "Fisher", "Bird", "Hunter", "Mason", "Okonkwo", "Nakamura", "Kowalczyk", "Chaudhry", "Brown", "Rivers",
        "Ferreira", "Nguyen", "Stone", "Marsh", "Ahmed", "Wood", "Castellanos", "Booth", "Young", "Hill", "Szabo"]
STREETS = ["Marlow Road", "Hazel Grove", "Ashby Close", "Station Street", "Kingfisher Way", "Orchard Lane", "Beech Avenue",
           "Mill Crescent", "Chapel Terrace", "Victoria Drive", "Lark Rise", "Quarry Hill", "Fern Gardens", "Canal Walk"]
TOWNS = ["Kettering", "Harrogate", "Llanelli", "Stockport", "Paisley", "Taunton", "Grimsby", "Wrexham", "Dundee", "Carlisle",
         "Bury St Edmunds", "Newry", "Stroud", "Keswick"]
PC = ["LS6 2QT", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "SW1A 2AA", "G12 8QQ", "BT9 6AX",
      "CF10 3NQ", "EH8 9YL", "NE1 4LP", "PL4 8AA", "OX2 6GG", "S10 2TN", "YO31 7EP", "KY16 9AJ", "TR1 3HD", "L69 3BX"]
def phone(r):
    return r.choice([
        lambda: "01632 960" + "%03d" % r.randint(0, 999),
        lambda: "020 7946 0" + "%03d" % r.randint(0, 999),
        lambda: "07700 900" + "%03d" % r.randint(0, 999),
        lambda: "0113 496 0" + "%03d" % r.randint(0, 999),
        lambda: "0161 496 0" + "%03d" % r.randint(0, 999),
        lambda: "+44 7700 900" + "%03d" % r.randint(0, 999),
    ])()
def serial(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        lambda: "E%02d%s%s%05d" % (r.randint(10, 24), r.choice(L), r.choice(L), r.randint(0, 99999)),
        lambda: "S%02dA%06d" % (r.randint(5, 23), r.randint(0, 999999)),
        lambda: "K%02dW%05d" % (r.randint(1, 22), r.randint(0, 99999)),
        lambda: "G4A%08d" % r.randint(0, 99999999),
        lambda: "%02dK%07d" % (r.randint(10, 23), r.randint(0, 9999999)),
        lambda: "L%02dLG%05d" % (r.randint(10, 23), r.randint(0, 99999)),
    ])()
def eui(r):
    b = [0x00, 0x1B, 0xC5, 0x0C] + [r.randint(0, 255) for _ in range(4)]
    sep = r.choice(["-", ":", "-"])
    return sep.join("%02X" % x for x in b)
def make(kind, r):
    if kind == "mpan": return mpan_core(r)
    if kind == "mprn": return str(r.randint(10**(n := r.choice([7, 8, 9, 10])) // 10, 10**n - 1))
    if kind == "serial": return serial(r)
    if kind == "eui64": return eui(r)
    if kind == "name": return r.choice(FIRST) + " " + r.choice(LAST)
    if kind == "address": return "%d %s, %s" % (r.randint(2, 180), r.choice(STREETS), r.choice(TOWNS))
    if kind == "postcode": return r.choice(PC)
    if kind == "phone": return phone(r)
    if kind == "email": return "%s.%s@%s" % (r.choice(FIRST).lower(), r.choice(LAST).lower(), r.choice(["example.com", "example.co.uk", "example.org", "example.net"]))
    if kind == "account": return str(r.randint(10**9, 10**10 - 1)) if r.random() < .6 else "%d-%06d" % (r.randint(10, 99), r.randint(0, 999999))
LABEL = {"mpan": "MPAN", "mprn": "MPRN", "serial": "Meter serial", "eui64": "Device ID", "name": "Customer",
         "address": "Address", "postcode": "Postcode", "phone": "Phone", "email": "E-mail", "account": "Account no"}
KINDS = list(LABEL)
KEEPS = [("Test case", "FM_TS_1_TC_07"), ("Flow", "D0010"), ("Interface", "IF-031"), ("DIP id", "DIP-MSG-4512"),
         ("Supply ref", "MPAN-REF-07"), ("Received", "2026-11-02T09:14:33Z"), ("Correlation", "3f2b9c1e-7d4a-4e21-9b0c-5a6e8f1d2c3b"),
         ("Harness", "v2.3.1"), ("Amount", "£1,234.56"), ("Reading", "04512.7 kWh"), ("Ticket", "INC0045123"),
         ("Witness", "Mark as reviewed"), ("Status", "Rose to priority 2"), ("Step", "Step 4 of 9"),
         ("Message type", "MHHS-BSC-IF-021"), ("Release", "R2.1 Qualification")]
