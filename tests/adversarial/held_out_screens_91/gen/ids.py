import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    d=[int(c) for c in "%02d"%r.randint(10,23)]+[r.randint(0,9) for _ in range(10)]
    c=sum(a*b for a,b in zip(d,PR))%11%10
    return "".join(map(str,d))+str(c)
def top(r):
    return "%02d"%r.choice([1,1,2,3,4,5,8]), "%03d"%r.choice([801,811,845,393,152,500,118]), "%03d"%r.randint(100,999)
def mprn(r):
    return str(r.choice([7,8,9,3,4]))+"".join(str(r.randint(0,9)) for _ in range(9))
def eserial(r):
    f=r.choice(["{y}{L}{n7}","S{y}{L}{n6}","{L}{y}{L}{n6}","E{y}Z{n6}"])
    L=lambda: r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
    return f.format(y="%02d"%r.randint(8,24),L=L(),n7="%07d"%r.randint(0,9999999),n6="%06d"%r.randint(0,999999))
def gserial(r):
    return r.choice(["E6S","G4K","M016"])+"".join(str(r.randint(0,9)) for _ in range(8 if r.random()<.5 else 11))
def eui(r,sep=None):
    b=[0x00,0x1C,0x9B] if r.random()<.5 else [0x70,0xB3,0xD5]
    b+= [r.randint(0,255) for _ in range(5)]
    sep=r.choice(["-",":",""," "]) if sep is None else sep
    return sep.join("%02X"%x for x in b)
FIRST=["John","Sarah","James","Paul","Emma","Siân","Rhys","Gwenllian","Eilidh","Ruaridh","Catriona","Priya","Sanjay","Aaliyah","Mohammed","Chidi","Oluwaseun","Kwame","Ngozi","Agnieszka","Wojciech","Małgorzata","Tomasz","Margaret","David","Fatima","Hamish","Dafydd","Aoife","Olena","Ifeoma","Rajesh","Harpreet","Mei","Connor"]
LAST=["Smith","Brown","Wood","Walker","Jones","ap Gruffudd","Llewellyn","MacLeod","NicDhòmhnaill","Patel","Khan","Okafor","Adeyemi","Mensah","Kowalski","Wiśniewska","Nowak","Thompson","Evans","Campbell","Begum","Singh","Osei","Hughes","O'Brien","Chen","Taylor","Roberts","Morgan","Ahmed"]
def name(r): return r.choice(FIRST)+" "+r.choice(LAST)
STREETS=["Heol y Bont","Station Road","Glebe Lane","Byres Road","Wellington Street","Maes y Coed","Kingsway","Church View","Albert Terrace","Orchard Close","Pen-y-lan Road","Thistle Crescent","Mill Lane","Victoria Avenue"]
TOWNS=[("Cardiff","CF14 3NX"),("Swansea","SA1 5HD"),("Glasgow","G12 8QQ"),("Inverness","IV2 4AB"),("Leeds","LS6 2DP"),("Bradford","BD7 1AY"),("Leicester","LE2 0PW"),("Manchester","M14 5RT"),("Wrexham","LL13 7HT"),("Bristol","BS3 4LX"),("Aberdeen","AB24 3FX"),("Norwich","NR2 3QE"),("Sheffield","S11 8UL"),("Plymouth","PL4 6AB")]
def addr(r):
    t,p=r.choice(TOWNS)
    return "%d %s"%(r.randint(1,140),r.choice(STREETS)), t, p
def phone(r): return r.choice(["01632 96%04d"%r.randint(0,9999),"07700 90%04d"%r.randint(0,9999),"0113 496 %04d"%r.randint(0,999)])
def email(r,n): 
    import unicodedata
    a=unicodedata.normalize("NFKD",n).encode("ascii","ignore").decode().lower().replace(" ",".").replace("'","")
    return a+"@"+r.choice(["example.co.uk","example.com","mail.example.org"])
def acct(r): return r.choice(["%010d"%r.randint(10**9,9*10**9),"A%08d"%r.randint(0,10**8-1)])
# keeps
def tc(r): return "TC-%04d"%r.randint(100,9999)
def flow(r): return r.choice(["D0010","D0150","D0086","D0019","D0036","D0055","D0205","IF-031","IF-021","IF-036","PUB-046","D0311"])
def dip(r): return "DIP-%06d"%r.randint(0,999999)
def mref(r): return "MPAN-REF-%02d"%r.randint(1,40)
def ts(r): return "2026-%02d-%02dT%02d:%02d:%02dZ"%(r.randint(1,11),r.randint(1,28),r.randint(0,23),r.randint(0,59),r.randint(0,59))
def uuid(r): 
    h="".join(r.choice("0123456789abcdef") for _ in range(32)); return "%s-%s-%s-%s-%s"%(h[:8],h[8:12],h[12:16],h[16:20],h[20:])
def amt(r): return "£%d.%02d"%(r.randint(3,900),r.randint(0,99))
def fw(r): return "v%d.%d.%d"%(r.randint(1,9),r.randint(0,20),r.randint(0,99))
def reading(r): return "%05d kWh"%r.randint(100,99999)
def wo(r): return "WO-%06d"%r.randint(0,999999)
