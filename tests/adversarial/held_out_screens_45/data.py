import random
W = [3,5,7,13,17,19,23,29,31,37,41,43]
rnd = random.Random(35013)
def mpan_core(dist=None):
    d = dist or rnd.randint(10, 23)
    body = f"{d:02d}" + "".join(str(rnd.randint(0,9)) for _ in range(10))
    cd = sum(int(c)*w for c, w in zip(body, W)) % 11 % 10
    return body + str(cd)
def check(core):
    return sum(int(c)*w for c, w in zip(core[:12], W)) % 11 % 10 == int(core[12])
def mprn():
    return str(rnd.randint(1,9)) + "".join(str(rnd.randint(0,9)) for _ in range(9))
def eserial():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rnd.choice(["S","E","K","L","D"]) + rnd.choice(L) + f"{rnd.randint(10,24):02d}" + rnd.choice("ABCDEFGHJKLMNPRTUVWXYZ") + f"{rnd.randint(0,9999999):07d}"
def gserial():
    return rnd.choice(["G4A","G4K","E6S","G4F"]) + f"{rnd.randint(0,99999999):08d}" + rnd.choice(["","21","19"])
def eui():
    return "-".join(f"{rnd.randint(0,255):02X}" for _ in range(8))
def phone():
    return rnd.choice([f"01632 960{rnd.randint(0,999):03d}", f"07700 900{rnd.randint(0,999):03d}", f"020 7946 0{rnd.randint(0,999):03d}"])
FIRST = ["Marguerite","Osian","Delphine","Tobias","Rhiannon","Caspar","Imelda","Bartholomew","Philippa","Evander","Rosalind","Lachlan","Genevieve","Ambrose","Honoria","Fenwick"]
LAST = ["Ashdown","Tregarthen","Wolstenholme","Pennycook","Brackenbury","Fairweather","Oakenshaw","Cholmondley","Ravenscroft","Stanbridge","Hollingworth","Mountjoy","Quennell","Larkham","Whitcombe","Davenhill"]
STREETS = [("Pellingham","Crescent"),("Thornbury","Avenue"),("Kestrel","Close"),("Millhaven","Road"),("Saxonbury","Lane"),("Ferndown","Gardens"),("Wickersley","Way"),("Hawthorne","Drive"),("Carrowmore","Street"),("Beechcroft","Terrace"),("Larkspur","Grove"),("Tamarisk","Walk")]
TOWNS = [("Kettering","NN15 6QT"),("Harrogate","HG2 8PL"),("Taunton","TA1 4RZ"),("Wrexham","LL13 9XB"),("Dundee","DD4 7HS"),("Lancaster","LA1 3EW"),("Salisbury","SP2 9JN"),("Ipswich","IP4 2BQ"),("Stockport","SK7 1LD"),("Truro","TR1 3UF"),("Derby","DE22 4NX"),("Bangor","LL57 2DG")]
def person():
    return rnd.choice(FIRST), rnd.choice(LAST)
def address():
    n = rnd.randint(2, 148); s = rnd.choice(STREETS); t = rnd.choice(TOWNS)
    return n, s, t
def guid():
    import uuid
    return str(uuid.UUID(int=rnd.getrandbits(128)))
def dipid():
    return "DIP-" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(12))
