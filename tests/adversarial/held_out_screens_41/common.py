import random, json, os
R = random.Random(13013)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12):
    return str(sum(int(c)*w for c,w in zip(d12,W)) % 11 % 10)
def mpan(dist=None):
    dist = dist or R.randint(10,23)
    d12 = f"{dist:02d}" + "".join(str(R.randint(0,9)) for _ in range(10))
    return d12 + mpan_check(d12)
def bad13(prefix="17"):
    # 13-digit number that is NOT a valid MPAN (for keeps such as epoch ms)
    while True:
        s = prefix + "".join(str(R.randint(0,9)) for _ in range(11))
        if mpan_check(s[:12]) != s[12]:
            return s
def sbox_core(m):  # distributor / unique ref / check
    return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
def mprn():
    return str(R.randint(1,9)) + "".join(str(R.randint(0,9)) for _ in range(9))
def elec_serial():
    st = R.choice(["A","B","C","D"])
    if st=="A": return R.choice(["EL","LG","SM","AC","KM"]) + f"{R.randint(15,24)}" + R.choice("ABCKLP") + f"{R.randint(0,999999):06d}"
    if st=="B": return f"{R.randint(15,24)}" + R.choice("EKLP") + f"{R.randint(0,9999999):07d}"
    if st=="C": return "S" + f"{R.randint(10,24)}" + R.choice("ABK") + f"{R.randint(0,999999):06d}"
    return "E" + f"{R.randint(15,24)}" + "UP" + f"{R.randint(0,999999):06d}"
def gas_serial():
    st = R.choice(["G4","E6S","GB"])
    if st=="G4": return "G4" + R.choice("ABKLU") + f"{R.randint(0,99999999):08d}"
    if st=="E6S": return "E6S" + f"{R.randint(0,99999999):08d}" + f"{R.randint(15,24)}"
    return f"{R.randint(0,99999999):08d}" + "G" + R.choice("AB") + f"{R.randint(10,24)}"
def eui64():
    oui = R.choice(["00-1B-C5","70-B3-D5","00-0D-6F","BC-33-AC"])
    rest = "-".join(f"{R.randint(0,255):02X}" for _ in range(5))
    return oui + "-" + rest
def phone():
    return R.choice([f"01632 960{R.randint(0,999):03d}", f"07700 900{R.randint(0,999):03d}", f"020 7946 0{R.randint(0,999):03d}"])
FIRST = ["Imogen","Barnaby","Ottilie","Caspian","Philippa","Lachlan","Wilhelmina","Ferdinand","Rosalind","Tobias","Henrietta","Ambrose","Clementine","Peregrine","Marisol","Evander","Saoirse","Leopold","Araminta","Dashiell"]
LAST = ["Trevelyan","Quarrington","Ashcombe","Pemberthy","Haverstock","Lindqvist","Okonkwo-Reid","Fairbrother","Castellane","Dunmore","Wolstenholme","Prothero","Ravensworth","Kilbride","Abernathy","Stainforth","Mallinson","Penhaligon","Blakiston","Vardy-Moss"]
STREET = ["Quillon Crescent","Larkspur Avenue","Tamsin Road","Ferrier Close","Brackenholme Lane","Wistow Gardens","Cobbold Street","Marlpit Drive","Saltergate Way","Hollinwood Terrace","Gannet Mews","Orchardleigh Place"]
TOWN = ["Ashbury Vale","Kettlewick","Porthmere","Lower Staunton","Marbridge","Eddlesford","Calder Heath","Wyrmley"]
PCS = ["BS7 9QX","LS6 2UE","CF24 4HQ","M14 5TP","NE3 1RZ","SO17 3AW","EH9 1JN","B29 6LD","G12 8QQ","NG7 2RD","DE22 3HB","PL4 8AA"]
def person():
    return R.choice(["Mrs ","Mr ","Ms ","Dr ",""]) + R.choice(FIRST) + " " + R.choice(LAST)
def address():
    return f"{R.randint(2,148)} {R.choice(STREET)}, {R.choice(TOWN)}"
def email(name=None):
    n = name or person()
    parts = [p for p in n.replace("Mrs ","").replace("Mr ","").replace("Ms ","").replace("Dr ","").split()]
    return (parts[0][0] + "." + parts[-1]).lower().replace("'","") + "@" + R.choice(["example.com","example.org","example.net","brightgrid-mail.co.uk"])
def guid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
GENERIC = {"road","avenue","street","lane","close","crescent","drive","way","terrace","mews","place","gardens","lower","vale","heath","mrs","mr","ms","dr","flat"}
def tokens_of(text):
    import re
    return [t for t in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text) if t.lower() not in GENERIC]

TRUTH_PATH = os.path.join(os.path.dirname(__file__), "..", "truth.jsonl")
def emit(rec):
    with open(TRUTH_PATH, "a") as f:
        f.write(json.dumps(rec) + "\n")
class Rec:
    """secrets: list of dict(kind, value, shown(optional text as shown), tokens(optional for names/addresses))"""
    def __init__(self, file, toolkit, scale, theme, note=""):
        self.d = dict(file=file, toolkit=toolkit, scale=scale, theme=theme, note=note, secrets=[], keeps=[], views=["plain"], meta_secrets=[])
    def s(self, kind, value, shown=None, box=None):
        e = dict(kind=kind, value=value, shown=shown if shown is not None else value)
        if kind in ("name","address"): e["tokens"] = tokens_of(value)
        if box: e["box"] = box
        self.d["secrets"].append(e); return shown if shown is not None else value
    def k(self, value, box=None):
        e = dict(value=value)
        if box: e["box"] = box
        self.d["keeps"].append(e); return value
    def emit(self): emit(self.d)
