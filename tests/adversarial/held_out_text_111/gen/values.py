"""Value factories for the round-53 text corpus (seeded; stdlib only)."""
import random, string

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10

def mpan_core(r):
    d = str(r.randint(10, 23)) + "".join(r.choice(string.digits) for _ in range(10))
    return d + str(mpan_check(d))

def mpan_top(r):
    pc = r.choice(["00", "01", "02", "03", "04", "05", "08"])
    mtc = "%03d" % r.choice([801, 811, 845, 151, 393, 500, 974, 802])
    llf = "%03d" % r.randint(1, 999)
    return pc, mtc, llf

def mprn(r):
    n = r.choice([10, 10, 10, 9, 8, 7])
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))

L = string.ascii_uppercase
def D(r, n): return "".join(r.choice(string.digits) for _ in range(n))
def A(r, n): return "".join(r.choice(L) for _ in range(n))

def eserial(r):
    yy = "%02d" % r.randint(5, 24)
    f = r.randrange(6)
    if f == 0: return "E" + yy + A(r, 2) + D(r, 5)
    if f == 1: return yy + "K" + D(r, 7)
    if f == 2: return "Z" + yy + A(r, 1) + D(r, 6)
    if f == 3: return "EML" + D(r, 10)
    if f == 4: return "K" + yy + "W" + D(r, 6)
    return "S" + yy + "P" + D(r, 6)

def gserial(r):
    yy = "%02d" % r.randint(5, 24)
    f = r.randrange(5)
    if f == 0: return "E6S" + D(r, 8) + yy
    if f == 1: return "G4" + A(r, 1) + D(r, 8)
    if f == 2: return yy + "M" + D(r, 6)
    if f == 3: return "U6" + A(r, 1) + D(r, 7)
    return "SSM" + D(r, 7) + yy

def eui(r):
    oui = r.choice(["000D6F", "0CA2F4", "70B3D5", "001BC5", "00124B", "BC33AC"])
    return oui + "".join(r.choice("0123456789ABCDEF") for _ in range(10))

def eui_form(r, e, f=None):
    f = r.randrange(7) if f is None else f
    p = [e[i:i+2] for i in range(0, 16, 2)]
    if f == 0: return "-".join(p)
    if f == 1: return ":".join(p)
    if f == 2: return e
    if f == 3: return "0x" + e
    if f == 4: return e.lower()
    if f == 5: return ":".join(p).lower()
    return " ".join(e[i:i+4] for i in range(0, 16, 4))

AREAS = ["CF", "SA", "LL", "SY", "LD", "NP", "EH", "G", "AB", "IV", "KW", "PA", "DD", "KY", "FK", "HS", "ZE",
         "BT", "M", "B", "L", "LS", "NE", "BS", "EX", "TR", "NR", "YO", "SW", "E", "N", "W", "DG", "TD", "ML", "PH"]
def postcode(r):
    a = r.choice(AREAS)
    if len(a) == 1:
        out = a + r.choice([str(r.randint(1, 9)), str(r.randint(10, 99)), str(r.randint(1, 9)) + r.choice("ABCDEFGHJKMNPRSTUVWXY")])
    else:
        out = a + r.choice([str(r.randint(1, 9)), str(r.randint(10, 29)), str(r.randint(1, 9)) + r.choice("ABEHMNPRVWXY")])
    return out + " " + str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")

def phone(r):
    f = r.randrange(9)
    if f < 3:
        d = "7700 900" + D(r, 3)
        return r.choice(["0" + d, "+44 " + d, "+44" + d.replace(" ", ""), "0" + d.replace(" ", ""), "07700-900" + d[-3:]])
    if f == 3: return "01632 960" + D(r, 3)
    if f == 4: return "020 7946 0" + D(r, 3)
    if f == 5: return r.choice(["0113", "0114", "0115", "0116", "0117", "0118"]) + " 496 0" + D(r, 3)
    if f == 6: return r.choice(["0131", "0141", "0121", "0161", "0151"]) + " 496 0" + D(r, 3)
    if f == 7: return "028 9649 6" + D(r, 3)
    return "029 2018 0" + D(r, 3)

def account(r):
    f = r.randrange(5)
    if f == 0: return D(r, 10)
    if f == 1: return "CUST" + D(r, 7)
    if f == 2: return "AC" + D(r, 9)
    if f == 3: return "8" + D(r, 8)
    return "A-" + D(r, 4) + "-" + D(r, 4)

FIRST = ["Siân", "Rhodri", "Eilidh", "Ruaridh", "Aoife", "Niamh", "Oluwaseun", "Chidinma", "Priya", "Arjun", "Mohammed",
         "Fatima", "Zainab", "Wojciech", "Agnieszka", "Bartosz", "Ioana", "Dmitri", "Yusuf", "Mei", "Hiroshi", "Nguyen",
         "Thandiwe", "Kwame", "Gareth", "Bethan", "Morag", "Hamish", "Catriona", "Lowri", "Dafydd", "Ifeoma", "Tomasz",
         "Giulia", "Mateus", "Sadia", "Harpreet", "Gurpreet", "Amandeep", "Kofi", "Ayesha", "Rosa", "Xiaoming", "Svetlana",
         "Eamon", "Padraig", "Seren", "Iolo", "Ffion", "Marek", "Leilani", "Kai", "Ngozi"]
LAST = ["Llewellyn", "ap Rhys", "MacLeod", "McAllister", "O'Sullivan", "Ní Bhriain", "Adeyemi", "Okonkwo", "Patel",
        "Chaudhry", "Khan", "Nowak", "Kowalczyk", "Popescu", "Ivanova", "Yilmaz", "Zhang", "Takahashi", "Tran",
        "Mokoena", "Mensah", "Pritchard", "Vaughan", "Sutherland", "Fraser", "Urquhart", "Jones-Davies", "Nwosu",
        "Wiśniewski", "Rossi", "Silva", "Begum", "Sandhu", "Grewal", "Gill", "Boateng", "Siddiqui", "Ferreira",
        "Fitzgerald", "Kaczmarek", "Mahoney", "Nakamura", "Oyelaran", "de Souza", "van der Berg", "Szabó"]
# plain English names that are also words
WFIRST = ["Rose", "Mark", "Bill", "Amber", "Grace", "Frank", "Hope", "Will", "Faith", "Dawn", "Pearl", "Jack", "Holly",
          "Ruby", "Ivy", "Sky", "Robin", "Heather", "Brook", "Drew"]
WLAST = ["Bell", "Stone", "Wood", "Hill", "Green", "Brown", "Baker", "Cook", "Fisher", "Mason", "Shepherd", "Moss",
         "Marsh", "Field", "Rivers", "Lamb", "Fox", "Street", "Bush", "Gold", "King", "Price"]

def name(r):
    f = r.randrange(10)
    if f < 6: fn, ln = r.choice(FIRST), r.choice(LAST)
    elif f < 8: fn, ln = r.choice(WFIRST), r.choice(WLAST)
    else: fn, ln = r.choice(FIRST + WFIRST), r.choice(LAST + WLAST)
    return fn, ln

STREETS = [("Heol y Felin", "Caerphilly"), ("Ffordd Pentre", "Llandudno"), ("Stryd Fawr", "Bala"), ("Lôn Las", "Llanberis"),
           ("Maes y Deri", "Aberystwyth"), ("Clos Cae Mawr", "Penarth"), ("Brynglas Road", "Newport"), ("Cathays Terrace", "Cardiff"),
           ("Sauchiehall Street", "Glasgow"), ("Leith Walk", "Edinburgh"), ("Union Grove", "Aberdeen"), ("Culduthel Road", "Inverness"),
           ("Perth Road", "Dundee"), ("Harbour Street", "Stornoway"), ("Commercial Street", "Lerwick"), ("Annan Road", "Dumfries"),
           ("Kilmarnock Road", "Glasgow"), ("Mossley Hill Drive", "Liverpool"), ("Holloway Road", "London"), ("Wilmslow Road", "Manchester"),
           ("Spring Gardens", "Newcastle upon Tyne"), ("Gloucester Road", "Bristol"), ("Fore Street", "Penzance"), ("Lisburn Road", "Belfast"),
           ("Shankill Road", "Belfast"), ("Gorgie Road", "Edinburgh"), ("Mill Lane", "Beverley"), ("Church Street", "Tywyn"),
           ("Ormeau Road", "Belfast"), ("Station Road", "Kirkwall"), ("Victoria Crescent", "Dingwall"), ("Pen y Bryn", "Wrexham")]
HOUSES = ["Ty Gwyn", "Bryn Awel", "Rose Cottage", "The Old Forge", "Glenview", "Ard na Mara", "Hafod", "Craigellachie House"]

def address(r):
    st, town = r.choice(STREETS)
    f = r.randrange(6)
    if f == 0: line = "Flat %d, %d %s" % (r.randint(1, 12), r.randint(1, 200), st)
    elif f == 1: line = "%s, %s" % (r.choice(HOUSES), st)
    elif f == 2: line = "%d%s %s" % (r.randint(1, 99), r.choice(["A", "B", "a"]), st)
    elif f == 3: line = "Unit %d, %d-%d %s" % (r.randint(1, 9), r.randint(2, 20), r.randint(22, 40), st)
    else: line = "%d %s" % (r.randint(1, 250), st)
    return line, town

def email(r, fn, ln):
    import unicodedata
    def asc(s): return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()
    dom = r.choice(["example.com", "example.org", "example.net", "example.co.uk"])
    f = r.randrange(4)
    if f == 0: lp = asc(fn) + "." + asc(ln)
    elif f == 1: lp = asc(fn)[0] + asc(ln) + str(r.randint(1, 99))
    elif f == 2: lp = asc(ln) + "_" + asc(fn)
    else: lp = asc(fn) + str(r.randint(1960, 2005))
    return lp + "@" + dom

def person(r):
    fn, ln = name(r)
    line, town = address(r)
    pc, mtc, llf = mpan_top(r)
    return dict(first=fn, last=ln, name=fn + " " + ln, line=line, town=town, addr=line + ", " + town,
                pc=postcode(r), phone=phone(r), email=email(r, fn, ln), acct=account(r),
                mpan=mpan_core(r), top=(pc, mtc, llf), mprn=mprn(r), es=eserial(r), gs=gserial(r), eui=eui(r))

# ---- keeps ----
def uuid(r):
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab") + h[17:20], h[20:32])
def ts(r):
    return "2026-%02d-%02dT%02d:%02d:%02d%s" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+01:00"]))
def tcref(r):
    return r.choice(["TC-MHHS-%04d", "SIT-INT-%03d", "PIT-%03d", "UIT-SR-%03d", "LDSO-QT-%03d", "TC_%05d"]) % r.randint(1, 999)
def msgtype(r):
    return r.choice(["D0010", "D0086", "D0036", "D0275", "D0150", "D0149", "IF-031", "IF-021", "IF-036", "PUB-029", "PUB-011", "SR 8.1.1", "SRV 11.2", "GFI", "ONJOB", "MDD"])
def mpanref(r): return "MPAN-REF-%02d" % r.randint(1, 99)
def dipid(r): return "DIP-" + "".join(r.choice("0123456789ABCDEF") for _ in range(10))
def ver(r): return "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30))
def amount(r): return "£%d.%02d" % (r.randint(1, 2999), r.randint(0, 99))
def reading(r): return "%06d" % r.randint(0, 99999)
def ticket(r): return r.choice(["INC%07d", "DEF-%04d", "MHHS-%04d", "CHG%06d", "BUG-%05d"]) % r.randint(1, 99999 if True else 0)
KEEPWORDS = ["bill", "mark", "will", "hope", "grace", "amber", "robin", "frank", "green", "field", "stone", "read", "reading", "dawn", "brook"]
