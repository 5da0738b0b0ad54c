import random
R = random.Random(3713)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(dist=None):
    d = dist or R.randint(10,23)
    body = f"{d:02d}" + "".join(str(R.randint(0,9)) for _ in range(10))
    cd = sum(int(c)*w for c,w in zip(body,W)) % 11 % 10
    return body + str(cd)
def mpan_sp(m):  # 12 3456 7890 123
    return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
def top():
    return f"{R.choice(['01','02','03','04','05','08'])}", f"{R.choice(['801','845','151','393','032','811'])}", f"{R.randint(100,999)}"
def mprn():
    return str(R.randint(1,9)) + "".join(str(R.randint(0,9)) for _ in range(9))
def eserial():
    return R.choice(["S","E","K","L","Z"]) + R.choice("ABCDEFJKLMPR") + f"{R.randint(12,24):02d}" + R.choice("ABCDEKMPW") + f"{R.randint(0,99999):05d}"
def gserial():
    return R.choice(["G4A","G4K","E6S","G4S","E6E"]) + f"{R.randint(0,9999999):07d}" + f"{R.randint(10,24)}"
def eui():
    return "-".join(f"{R.randint(0,255):02X}" for _ in range(8))
FIRST = ["Eleanor","Marcus","Priya","Gwendolyn","Tobias","Siobhan","Rupert","Anwen","Kwabena","Harriet","Declan","Moira","Ifeoma","Lachlan","Beatrix","Oswin","Rosalind","Fergus"]
LAST = ["Whitcombe","Pemberton-Rhys","Okonkwo","Featherstone","Llewellyn","Ashworth","Brannigan","Thistlewood","MacAskill","Greenhalgh","Blackmore","Fairbairn","Quennell","Haverstock","Dunmore","Castellane"]
STREETS = ["Foxglove Lane","Marlpit Road","Cobbler's Way","Hollybush Crescent","Tannery Street","Pennyfield Avenue","Larkrise Close","Wharfside Drive","Ropewalk Terrace","Kestrel Gardens","Mill Leat Road","Orchard Vale"]
TOWNS = [("Bramleigh","BR4 7QN"),("Castlemoor","CM9 2HX"),("Ashby Fenwick","LE17 4TD"),("Wellstone","WS11 8PJ"),("Harrowgate Vale","HG3 5RL"),("Kilbride","G74 3XW"),("Penwithick","PL26 8YT"),("Dunmarsh","DN22 6QB"),("Oakhurst","OX29 1ZE"),("Sedgefold","TS21 3LU"),("Llanfair Isaf","LL55 2NA"),("Westcombe","SE10 9DD")]
def name():
    return R.choice(FIRST)+" "+R.choice(LAST)
def addr():
    t,pc = R.choice(TOWNS)
    return f"{R.randint(2,148)} {R.choice(STREETS)}", t, pc
def phone():
    return R.choice([f"01632 960{R.randint(0,999):03d}", f"07700 900{R.randint(0,999):03d}", f"020 7946 0{R.randint(0,999):03d}"])
def email(n):
    f,l = n.split(" ",1)
    return f"{f.lower()}.{l.lower().replace(' ','').replace(chr(39),'')}@{R.choice(['example.com','example.org','example.net','mailbox-test.co.uk'])}"
def guid():
    import uuid
    return str(uuid.UUID(int=R.getrandbits(128)))
def dipid():
    return "DIP-" + "".join(R.choice("0123456789ABCDEF") for _ in range(12))
def ts():
    return f"2026-0{R.randint(1,9)}-{R.randint(10,28)} {R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}"
def tc():
    return R.choice(["TC-","SIT-E2E-","UIT-LDSO-","PIT-"]) + f"{R.randint(100,9999)}"
