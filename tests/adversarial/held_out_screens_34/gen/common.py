import json, random, os, re
OUT = "/tmp/ho32/screens"
TRUTH = os.path.join(OUT, "truth.json")
R = random.Random(1313)
PRIMES = [3,5,7,13,17,19,23,29,31,37,41,43]

def mpan_check(d12):
    return sum(int(c)*p for c, p in zip(d12, PRIMES)) % 11 % 10

def mpan_core():
    dist = R.choice(["10","11","12","13","14","15","16","17","18","19","20","21","22","23"])
    body = dist + "".join(str(R.randint(0,9)) for _ in range(10))
    return body + str(mpan_check(body))

def fmt_core(c):  # 14 1234 5678 901
    return f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"

def mpan_top():
    pc = R.choice(["01","02","03","04","05","08"])
    mtc = R.choice(["801","845","811","393","574","011"])
    llf = "%03d" % R.randint(100, 999)
    return pc, mtc, llf

def mprn():
    return str(R.randint(1,9)) + "".join(str(R.randint(0,9)) for _ in range(9))

def elec_serial():
    return R.choice(["S1","E1","21","19"]) + R.choice("ABCDEFGHJKLMNP") + R.choice("0123456789ABK") + "".join(str(R.randint(0,9)) for _ in range(6))

def gas_serial():
    return "E6S" + "".join(str(R.randint(0,9)) for _ in range(8)) + R.choice(["1961","2071","1853"])[:3]

def eui():
    b = ["00","1C","9B"] + ["%02X" % R.randint(0,255) for _ in range(5)]
    return b

def eui_fmt(b, sep="-"):
    return sep.join(b)

FIRST = ["Margaret","Oluwaseun","Siobhan","Priyanka","Gareth","Eilidh","Tomasz","Rhiannon","Callum","Anjali","Declan","Fenella","Hamish","Bethany","Kwabena","Imogen"]
LAST = ["Featherstone","Okonkwo-Hale","MacAllister","Ravichandran","Pritchard","Wojciechowski","Llewellyn","Abernethy","Castellano","Thistlethwaite","Brannigan","Cartwright"]
STREETS = ["Kingfisher Crescent","Ashbourne Road","Threadneedle Mews","Llanover Terrace","Bramblewood Close","Harrowgate Avenue","Quarrybank Lane","Pembridge Gardens"]
TOWNS = ["Harrogate","Aberystwyth","Kilmarnock","Huddersfield","Peterborough","Chelmsford","Stockport","Inverness"]

def name():
    return R.choice(FIRST) + " " + R.choice(LAST)
def street():
    return "%d %s" % (R.randint(2,188), R.choice(STREETS))
def town():
    return R.choice(TOWNS)
def postcode():
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return R.choice(["HG","SY","KA","HD","PE","CM","SK","IV","LS","CF"]) + str(R.randint(1,29)) + " " + str(R.randint(1,9)) + R.choice(L) + R.choice(L)
def phone():
    return R.choice(["07700 9","01632 9","07700 9"]) + "%05d" % R.randint(0,99999)
def email(n):
    a, b = n.lower().split(" ", 1)
    return f"{a}.{b.replace('-','').lower()}@" + R.choice(["example.co.uk","mailbox.example","example.org"])
def acct():
    return "%d" % R.randint(10**9, 10**10-1)

def load():
    if os.path.exists(TRUTH):
        return json.load(open(TRUTH))
    return {"images": {}}

def save_entry(fname, entry):
    t = load()
    t["images"][fname] = entry
    json.dump(t, open(TRUTH, "w"), indent=1)
