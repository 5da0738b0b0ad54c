import random
P=[3,5,7,13,17,19,23,29,31,37,41,43]
R=random.Random(4474)
_used=set()
def uniq(f):
    while True:
        v=f()
        if v not in _used:
            _used.add(v); return v
def mpan_core(dist=None):
    def f():
        d=dist or R.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23])
        body=f"{d:02d}"+"".join(str(R.randint(0,9)) for _ in range(10))
        c=sum(int(a)*p for a,p in zip(body,P))%11%10
        return body+str(c)
    return uniq(f)
def mpan_ok(s):
    return len(s)==13 and sum(int(a)*p for a,p in zip(s[:12],P))%11%10==int(s[12])
def top():
    return R.choice(["01","02","03","04","05","08"]), R.choice(["801","845","151","393","512","026"]), f"{R.randint(100,999)}"
def mprn():
    return uniq(lambda: str(R.randint(1,9))+"".join(str(R.randint(0,9)) for _ in range(9)))
def eui():
    return uniq(lambda: "000D6F00"+"".join(R.choice("0123456789ABCDEF") for _ in range(8)))
def eui_fmt(v,sep="-",lower=False):
    s=sep.join(v[i:i+2] for i in range(0,16,2))
    return s.lower() if lower else s
def eserial():
    return uniq(lambda: R.choice(["S14E","E12Z","L84A","K10W","Z17M"])+f"{R.randint(0,999999):06d}")
def gserial():
    return uniq(lambda: R.choice(["G4A","G4K","E6S","G4W"])+f"{R.randint(0,99999999):08d}"+f"{R.randint(10,99)}")
FIRST=["Siobhan","Gareth","Priya","Oluwaseun","Hamish","Bethan","Declan","Niamh","Rhys","Imogen","Tariq","Eilidh","Callum","Agnieszka","Dafydd","Marguerite","Hollie","Ezekiel","Fenella","Rupert"]
LAST=["van der Berg","Featherstonehaugh","O'Driscoll","Lloyd-Pryce","de la Mare","Macaulay","Ashworth-Bell","ap Iorwerth","Nkemelu","St John","Wojciechowska","Pemberton","le Fevre","Ramsbottom","McAllister-Gow","Dunleavy","Okonkwo-Hart","Threlfall","Van Hoorn","Baird"]
def name():
    return uniq(lambda: R.choice(FIRST)+" "+R.choice(LAST))
STREETS=["Haverstock Rise","Cwmbran Terrace","Old Tannery Lane","Gorsedd Close","Ropewalk Mews","Kiln Brae","Larkspur Crescent","Foundry Wynd","Beacon View","Mill Race Court"]
TOWNS=[("Wrexham","LL13"),("Keighley","BD21"),("Dunfermline","KY11"),("Truro","TR1"),("Ipswich","IP4"),("Lancaster","LA1"),("Hexham","NE46"),("Newport","NP20"),("Stroud","GL5"),("Perth","PH2")]
def address():
    def f():
        t,pc=R.choice(TOWNS)
        return (f"{R.randint(2,148)} {R.choice(STREETS)}", t, f"{pc} {R.randint(1,9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}")
    return uniq(f)
def phone():
    return uniq(lambda: R.choice([f"07{R.randint(700,999)} {R.randint(100000,999999)}", f"01{R.randint(200,999)} {R.randint(100000,999999)}", f"+44 7{R.randint(100,999)} {R.randint(100,999)} {R.randint(100,999)}"]))
def email(n):
    a=n.lower().replace(" ",".").replace("'","")
    return uniq(lambda: a+R.choice(["@btinternet.com","@gmail.com","@outlook.co.uk","@sky.com"]))
def mref():
    return uniq(lambda: f"MPAN-REF-{R.randint(1,99):02d}")
