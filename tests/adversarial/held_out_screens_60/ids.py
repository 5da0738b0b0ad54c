"""Identifier factory: every value unique, MPAN check digits valid."""
import random
R = random.Random(3913)
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
_used = set()
def _uniq(f):
    while True:
        v = f()
        if v not in _used:
            _used.add(v); return v
def mpan_check(d12):
    return str(sum(int(c)*p for c, p in zip(d12, PR)) % 11 % 10)
def mpan_valid(core):
    return len(core) == 13 and core.isdigit() and mpan_check(core[:12]) == core[12]
def mpan_core():
    def f():
        d = str(R.randint(10, 23)) + "".join(str(R.randint(0, 9)) for _ in range(10))
        return d + mpan_check(d)
    return _uniq(f)
def mpan_top():
    return _uniq(lambda: "%02d%03d%03d" % (R.choice([1,2,3,4,5,6,7,8]), R.choice([801,803,845,151,393,181]), R.randint(100,999)))
def sbox_fmt(core):  # DD UUUU UUUU UUC
    return "%s %s %s %s" % (core[:2], core[2:6], core[6:10], core[10:])
def mprn():
    return _uniq(lambda: str(R.randint(1,9)) + "".join(str(R.randint(0,9)) for _ in range(9)))
def elec_serial():
    return _uniq(lambda: R.choice(["S","E","K","L","D"]) + "%02d" % R.randint(1,99) + R.choice(["A","B","W","Z","BG"]) + "%06d" % R.randint(0,999999))
def gas_serial():
    return _uniq(lambda: "G4" + R.choice(["A","K","F","S"]) + "%08d" % R.randint(0,99999999))
HEX = "0123456789ABCDEF"
def eui64():
    return _uniq(lambda: "-".join(["00", R.choice(["DB","1B","0D","24"])] + ["".join(R.choice(HEX) for _ in range(2)) for _ in range(6)]))
FIRST = ["Siobhan","Gareth","Charlotte","Hamish","Priya","Eleanor","Tomasz","Aoife","Rhodri","Marguerite","Oluwaseun","Fenella","Declan","Imogen","Bartholomew","Niamh","Lachlan","Ffion","Cosmo","Rosalind","Idris","Morwenna","Kwabena","Perpetua"]
LAST = ["O'Donnell-Price","ap Rhys","de la Mare","MacLeod","Chaudhry-Whitfield","van der Berg","Wiśniewski","Ní Bhriain","Fitzwilliam-Hay","le Breton","St John-Stevas","McAllister","Featherstonehaugh","da Costa","Ó Súilleabháin","Vaughan-Lloyd","de Courcy","Abernethy","Okonkwo-Harris","Penhaligon","Trevelyan","Blaxland","Quayle","Attenborough-Nye"]
def name():
    return _uniq(lambda: R.choice(FIRST) + " " + R.choice(LAST))
STREETS = ["Rowan Close","Tregenna Lane","Millbrook Terrace","Quarry Bank Road","Castle Wynd","Pendle View","Heol y Felin","Saxon Chase","Lavender Mews","Old Forge Court","Kestrel Rise","Glebe Crescent"]
TOWNS = ["Little Hadham","Penzance","Keswick","Llandeilo","Bridport","Clitheroe","Stranraer","Ludlow","Whitby","Ely","Oban","Hexham"]
PCA = ["SG11 2DX","TR18 4QH","CA12 5JR","SA19 6PA","DT6 3LS","BB7 1HT","DG9 7EY","SY8 1AZ","YO21 3BN","CB7 4DW","PA34 5TU","NE46 1QP","M14 6GH","EH3 9WN","BS8 1TF","LS6 2AB","G12 8QQ","CF10 3NB","B15 2TT","NG7 2RD","SW1A 1AA","W1T 4JH","EC1V 9HX","L17 8UE","OX4 1AW","CV4 7AL","BT9 5BN","S10 2TN","PL4 8AA","IP1 3QJ"]
def postcode():
    return _uniq(lambda: R.choice(PCA))
def street():
    return _uniq(lambda: "%d %s" % (R.randint(2, 148), R.choice(STREETS)))
def town():
    return R.choice(TOWNS)
def phone():
    return _uniq(lambda: R.choice(["07700 9%05d" % R.randint(0,99999), "0161 496 %04d" % R.randint(0,9999), "020 7946 %04d" % R.randint(0,9999), "0113 496 %04d" % R.randint(0,9999)]))
def email(n):
    f, l = n.split(" ", 1)
    import unicodedata
    l = unicodedata.normalize("NFKD", l).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
    return _uniq(lambda: "%s.%s%d@%s" % (f[0].lower(), l, R.randint(1, 99), R.choice(["example.co.uk", "mail.example.com", "btinternet.example"])))
def msgid():
    return "DIP-%08d" % R.randint(0, 99999999)
def ref():
    return "MPAN-REF-%02d" % R.randint(1, 99)
def amount():
    return "£%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
def date():
    return "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12))
def ts():
    return "2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
if __name__ == "__main__":
    for _ in range(3): c = mpan_core(); print(c, mpan_valid(c))
    print(eui64(), mprn(), elec_serial(), gas_serial(), name(), postcode(), phone())
