"""Seeded invented identifiers and keeps. No real data."""
import random, string, uuid
PRIMES=[3,5,7,13,17,19,23,29,31,37,41,43]
def check_digit(d12):
    return sum(int(a)*p for a,p in zip(d12,PRIMES))%11%10
def valid_core(c):
    return len(c)==13 and c.isdigit() and check_digit(c[:12])==int(c[12])
FIRST=["Aisha","Tomasz","Siobhan","Oluwaseun","Priya","Dafydd","Mei","Kwame","Ines","Rhiannon","Jamal","Agnieszka",
 "Hamish","Chidi","Saoirse","Ravi","Yusuf","Morag","Hiroshi","Leilani","Grace","Rose","Victor","Mark","Drew","Faith","Joy","Hope","Will","Bill","Dawn","Iris"]
LAST=["Okonkwo","Kowalczyk","Nwachukwu","Patel","Llewellyn","Zhang","Mensah","Ferreira","MacLeod","Haddad","Wisniewska",
 "Fraser","Eze","Gallagher","Sharma","Demir","Tanaka","Kahale","Bishop","Baker","Hall","Price","Wood","Fields","Carpenter","Mason","Cook","Marsh","Brook","Shepherd"]
STREETS=["Mill Lane","Station Road","Orchard Close","Chapel Street","Kingsway","Victoria Terrace","Rowan Drive","Quarry Hill","Meadow View","Harbour Walk","Tanners Row","Bridge End"]
TOWNS=["Hexham","Llandudno","Keswick","Stornoway","Frome","Ludlow","Whitby","Barnstaple","Oban","Penrith","Truro","Dunbar"]
DIST=list(range(10,24))
class Gen:
    def __init__(s,seed):
        s.r=random.Random(seed)
    def core(s):
        d=f"{s.r.choice(DIST):02d}"+"".join(s.r.choice(string.digits) for _ in range(10))
        return d+str(check_digit(d))
    def top(s):
        return f"{s.r.choice(['01','02','03','04','05','08'])}", f"{s.r.choice([801,811,842,845,393,151,500]):03d}", f"{s.r.randint(100,999):03d}"
    def mprn(s,n=10):
        return str(s.r.randint(1,9))+"".join(s.r.choice(string.digits) for _ in range(n-1))
    def eserial(s):
        r=s.r;L=string.ascii_uppercase
        f=r.choice([lambda:f"{r.choice(['E','L','K','S'])}{r.randint(10,25)}{r.choice(L)}{r.randint(0,999999):06d}",
                    lambda:f"{r.randint(10,25)}{r.choice(['P','L','K'])}{r.randint(0,9999999):07d}",
                    lambda:f"{r.choice(['EML','SMX','ACL'])}{r.randint(0,9999999):07d}"])
        return f()
    def gserial(s):
        r=s.r
        return r.choice([f"E6S{r.randint(0,10**11-1):011d}",f"G4K{r.randint(0,10**8-1):08d}{r.randint(10,25)}",f"{r.randint(0,99999999):08d}{r.choice(['D','M'])}{r.randint(10,25)}"])
    def eui(s,sep="-"):
        b=["00","1C","9B"]+[f"{s.r.randint(0,255):02X}" for _ in range(5)]
        return b
    def name(s):
        return f"{s.r.choice(FIRST)} {s.r.choice(LAST)}"
    def postcode(s):
        r=s.r;L="ABDEFGHJLNPQRSTUWXYZ"
        out=r.choice(["NE46","LL30","CA12","HS1","BA11","SY8","YO21","EX31","PA34","CA11","TR1","EH42","SW1A","M14","B3","G12"])
        return f"{out} {r.randint(1,9)}{r.choice(L)}{r.choice(L)}"
    def address(s):
        return f"{s.r.randint(1,140)} {s.r.choice(STREETS)}, {s.r.choice(TOWNS)}"
    def phone(s):
        r=s.r
        return r.choice([f"01632 {r.randint(960000,960999)}",f"07700 {r.randint(900000,900999)}",f"020 7946 {r.randint(0,999):04d}",f"0113 496 {r.randint(0,999):04d}"])
    def email(s,name=None):
        n=name or s.name()
        a,b=n.lower().split()
        return f"{a}.{b}@{s.r.choice(['example.com','example.org','example.net','example.co.uk'])}"
    def account(s):
        return f"{s.r.randint(10**9,10**10-1)}"
    # keeps
    def tc(s): return f"TC-{s.r.choice(['MHHS','SIT','DCC','QT'])}-{s.r.randint(1,999):04d}"
    def msg(s): return s.r.choice(["D0010","D0150","D0149","D0086","IF-031","IF-021","IF-013","PUB-046","DUIS SRV 4.1.1","D0002"])
    def dip(s): return f"DIP-{s.r.randint(0,16**8):08x}"
    def ref(s): return f"MPAN-REF-{s.r.randint(1,99):02d}"
    def ts(s): return f"2026-{s.r.randint(1,12):02d}-{s.r.randint(1,28):02d}T{s.r.randint(0,23):02d}:{s.r.randint(0,59):02d}:{s.r.randint(0,59):02d}Z"
    def uuid(s): return str(uuid.UUID(int=s.r.getrandbits(128),version=4))
    def ver(s): return f"v{s.r.randint(1,9)}.{s.r.randint(0,20)}.{s.r.randint(0,40)}"
    def amount(s): return f"£{s.r.randint(10,4999):,}.{s.r.randint(0,99):02d}"
    def reading(s): return f"{s.r.randint(100,99999):06d}.{s.r.randint(0,9)} kWh"
    def ticket(s): return s.r.choice([f"INC{s.r.randint(10**6,10**7-1):07d}",f"DEF-{s.r.randint(100,9999)}",f"ADO-{s.r.randint(10000,99999)}"])
    def word(s): return s.r.choice(["Grace period","Mark as read","Rose 4%","Will retry","Joy of testing","Bill summary","Dawn run","Price cap"])
