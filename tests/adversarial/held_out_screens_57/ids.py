import random
R = random.Random(5757)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
_used = set()
def _uniq(f):
    while True:
        v = f()
        if v not in _used:
            _used.add(v); return v
def mpan_core():
    def f():
        d = R.randint(10, 23)
        body = f"{d:02d}" + "".join(str(R.randint(0, 9)) for _ in range(10))
        c = sum(int(a)*w for a, w in zip(body, W)) % 11 % 10
        return body + str(c)
    return _uniq(f)
def mpan_valid(core):
    return sum(int(a)*w for a, w in zip(core[:12], W)) % 11 % 10 == int(core[12])
def mpan_top():
    def f():
        pc = R.choice(["01","02","03","04","05","08","00"])
        mtc = R.choice(["801","845","151","393","402","811","820","500"])
        llf = f"{R.randint(1,999):03d}" if R.random()<.8 else R.choice(["A12","B07","E3H"])
        return pc+mtc+llf
    return _uniq(f)
def g_core(c, sep=" "):  # 2 4 4 3
    return sep.join([c[:2], c[2:6], c[6:10], c[10:]])
def g_top(t, sep=" "):
    return sep.join([t[:2], t[2:5], t[5:]])
def mprn():
    return _uniq(lambda: R.choice("3456789") + "".join(str(R.randint(0,9)) for _ in range(R.choice([9,9,9,8]))))
def serial_elec():
    return _uniq(lambda: R.choice(["E1","K0","S1","L8","D0"]) + str(R.randint(0,9)) + R.choice(["BG","W","P","A","Z"]) + "".join(str(R.randint(0,9)) for _ in range(5)))
def serial_gas():
    return _uniq(lambda: "E6S" + "".join(str(R.randint(0,9)) for _ in range(8)) + R.choice(["17","18","19","20","21"]))
def eui():
    def f():
        oui = R.choice(["00-1B-C5","00-0D-6F","70-B3-D5","BC-33-AC","00-24-08"])
        rest = "-".join(f"{R.randint(0,255):02X}" for _ in range(5))
        return oui + "-" + rest
    return _uniq(f)
def eui_plain(e): return e.replace("-", "")
def eui_dotted(e):
    h = eui_plain(e).lower(); return ".".join([h[0:4], h[4:8], h[8:12], h[12:16]])
FIRST = ["Siobhan","Hugo","Ffion","Tomasz","Aoife","Rhodri","Priya","Callum","Morag","Kwame","Eilidh","Dominic","Bethan","Oluwaseun","Niamh","Ruaridh","Catrin","Declan","Imogen","Farhan","Gwenllian","Lachlan","Saoirse","Idris","Harriet","Cormac","Yasmin","Alasdair","Tamsin","Euan"]
LAST = ["O'Donnell-Price","de la Mare","ap Rhys","Van der Berg","MacGillivray","Fitzwilliam-Hart","St John-Stevas","Nic Dhòmhnaill","Achterberg","Le Fevre","Okonkwo-Blake","D'Souza","Featherstonehaugh","Llewellyn-Bowen","McCorquodale","Ó Súilleabháin","Abernethy","Pennington-Rowe","Quarshie","Von Trapp-Ellis","Marjoribanks","Cholmondeley","Grosvenor-Lyle","Dalrymple","Ni Bhriain","Kaur-Bassi","Tremayne","Ashworth-Kerr","Pryce-Jones","Urquhart"]
_ni = 0
def name():
    global _ni
    n = FIRST[_ni % len(FIRST)] + " " + LAST[(_ni*7) % len(LAST)]; _ni += 1; return n
STREETS = ["Castle Wynd","Tolbooth Close","Heol y Felin","Mercat Brae","Quarry Bank Lane","Sandpiper Mews","Kirkgate","Bryn Glas Terrace","Tanners Row","Ropewalk Court","Lindisfarne Gardens","Chapel Fold","Pendle View","Harbour Steps","Orchard Leys","Foundry Yard","Whinmoor Rise","Coble Dene","Priory Walk","Saltings Road"]
TOWNS = ["Tillicoultry","Llandeilo","Hexham","Kirkcaldy","Todmorden","Bideford","Stornoway","Ilkeston","Penrith","Brecon","Whitby","Arbroath","Dursley","Oswestry","Ludlow","Alnwick","Lampeter","Dunbar","Settle","Truro"]
PCS = ["FK13 6BX","SA19 6HN","NE46 3LP","KY1 2QT","OL14 7DW","EX39 4AZ","HS1 2RF","DE7 8SJ","CA11 7YU","LD3 9EW","YO21 3PN","DD11 1QB","GL11 4HR","SY11 2TG","SY8 1AX","NE66 1NJ","SA48 7ED","EH42 1HT","BD24 9LR","TR1 2UG","M14 5RB","B15 2TT","LS6 2QF","CF24 4HQ","G12 8QQ","BT9 5AG","PL4 8AA","SW9 7QD","N1C 4AG","EC1V 9NR"]
_ai = 0
def address():
    global _ai
    a = f"{R.randint(1,180)} {STREETS[_ai % 20]}, {TOWNS[_ai % 20]}"; pc = PCS[_ai % len(PCS)]; _ai += 1; return a, pc
_pi = 0
def phone():
    global _pi
    _pi += 1
    return R.choice([f"07700 900{_pi:03d}", f"0161 496 0{_pi:03d}", f"+44 20 7946 0{_pi:03d}", f"0113 496 0{_pi:03d}"])
def email(n):
    p = n.lower().replace("'", "").replace(" ", ".").replace("ò","o").replace("ó","o").replace("ú","u").replace("á","a")
    return p + R.choice(["@example.co.uk","@mail.example.org","@example.net"])
