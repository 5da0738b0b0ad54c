import random
R = random.Random(4545)
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(dist=None):
    d = dist or R.randint(10,23)
    while True:
        body = f"{d:02d}" + "".join(str(R.randint(0,9)) for _ in range(10))
        c = sum(int(a)*p for a,p in zip(body,PR)) % 11 % 10
        return body + str(c)
def check_ok(s13):
    return sum(int(a)*p for a,p in zip(s13[:12],PR)) % 11 % 10 == int(s13[12])
def not_mpan13():
    while True:
        s = "".join(str(R.randint(0,9)) for _ in range(13))
        if not check_ok(s): return s
def top():
    return f"{R.choice(['01','02','03','04','05','08'])}", f"{R.choice(['801','845','811','393','020','244'])}", f"{R.randint(100,999)}"
def mprn():
    return str(R.randint(1,9)) + "".join(str(R.randint(0,9)) for _ in range(9))
def eui():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(16))
def serial():
    yy = R.randint(10,24); 
    return f"{R.choice(['E','S','L','K'])}{yy}{R.choice(['UA','UP','K','D','ZA'])}{R.randint(10000,99999)}"
def gserial():
    return f"G4A{R.randint(1000000,9999999)}{R.choice('ABCDEFGH')}"
FIRST=["Siobhan","Gareth","Fionnuala","Hamish","Aneurin","Priyanka","Oluwaseun","Marguerite","Dafydd","Keziah","Ruaraidh","Tamsin","Cerys","Ptolemy","Blessing","Iestyn","Wojciech","Roisin","Zainab","Euan","Morwenna","Tobias","Lowri","Ifeoma","Caoimhe","Ebenezer","Saoirse","Bartholomew"]
LAST=["ap Rhys-Owen","van der Berg","O'Dowd","MacGillivray-Scott","de la Cour","Fitzherbert-Lyle","Nwachukwu-Hart","Llewellyn-Price","St John-Mildmay","Featherstonehaugh","D'Souza","Ó Súilleabháin","ferch Ifan","Abernethy","Trelawny-Penrose","von Hessler","Bayliss-Okafor","McCrindle","Le Marchant","Ashworth-Keane","Pryce-Jones","Quarshie","Winstanley","Du Plessis"]
_used=set()
def name():
    while True:
        n=f"{R.choice(FIRST)} {R.choice(LAST)}"
        if n not in _used: _used.add(n); return n
STREETS=["Ffordd Penrhyn","Wheatsheaf Lane","Cromwell Terrace","Heol y Nant","Quarry Bank Road","Tithebarn Close","Glebe Mews","Pennine View","Ropewalk Street","Ashgrove Crescent","Lochside Brae","Tanyard Row","Kiln Hill","Saltmarsh Way","Beacon Rise","Orchard Garth"]
TOWNS=["Bangor","Huddersfield","Truro","Dumfries","Lowestoft","Carlisle","Hereford","Aberystwyth","Whitby","Kendal","Stornoway","Ludlow"]
PCS=[("LL57","2DG"),("HD4","6QT"),("TR1","3HX"),("DG2","9BA"),("NR32","1EW"),("CA3","8RP"),("HR4","0LU"),("SY23","3JN"),("YO21","4EZ"),("LA9","7PF"),("HS1","2XA"),("SY8","1AB"),("EH10","5NG"),("BT9","6DQ"),("M14","7HR"),("B29","6SE"),("SE15","4QN"),("G41","2TX"),("CF24","3PW"),("NE6","1UL")]
_pcu=set()
AREAS=["LL","HD","TR","DG","NR","CA","HR","SY","YO","LA","HS","EH","BT","M","B","SE","G","CF","NE","PL","IV","KW","ST","WR","SA","BS","LS","DH","TD","PH"]
def postcode():
    while True:
        a=R.choice(AREAS); d=str(R.randint(1,29)); inc=f"{R.randint(0,9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p=f"{a}{d} {inc}"
        if p not in _pcu: _pcu.add(p); return p
def street():
    return f"{R.randint(2,188)} {R.choice(STREETS)}"
def phone():
    return R.choice([f"07700 900{R.randint(100,999)}", f"+44 20 7946 0{R.randint(100,999)}", f"0161 496 0{R.randint(100,999)}"])
def email(n):
    f,l = n.split(" ",1)
    l = l.replace(" ","").replace("'","").lower().replace("ó","o").replace("ú","u").replace("á","a")
    return f"{f[0].lower()}.{l}@{R.choice(['example.co.uk','mailinator.test','example.org'])}"
def guid():
    h=lambda n:"".join(R.choice("0123456789abcdef") for _ in range(n))
    return f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}"
def epoch_ms(): return str(R.randint(1764990000000,1765090000000))
def sts(): 
    d="".join(str(R.randint(0,9)) for _ in range(20)); return " ".join(d[i:i+4] for i in range(0,20,4))
def ean():
    d=[R.randint(0,9) for _ in range(12)]; d[0]=5;d[1]=0
    s=sum(x*(3 if i%2 else 1) for i,x in enumerate(d)); return "".join(map(str,d))+str((10-s%10)%10)
