import random, string, base64, binascii, urllib.parse, quopri, uuid, datetime
W=[3,5,7,13,17,19,23,29,31,37,41,43]
def cd(b): return sum(int(a)*w for a,w in zip(b,W))%11%10
def dg(r,n): return "".join(str(r.randint(0,9)) for _ in range(n))
def mpan(r,d=None):
    d=d or r.randint(10,23); b=f"{d:02d}"+dg(r,10); return b+str(cd(b))
def bad13(r,prefix=None):
    """13-digit number that is NOT a valid MPAN core (keep)"""
    while True:
        b=(prefix or str(r.randint(1,9)))+dg(r,12-len(prefix or "x"))
        b=b[:12]; last=(cd(b)+r.randint(1,9))%10
        if last!=cd(b): return b+str(last)
def epoch_ms(r):
    while True:
        v=str(r.randint(1790000000000,1799999999999))
        if cd(v[:12])!=int(v[12]): return v
def mpan_sp(m): return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
def topline(r): return (f"0{r.randint(1,8)}", r.choice(["801","845","811","393","500","151","802","863"]), f"{r.randint(100,999)}")
def mprn(r,n=10): return str(r.randint(1,9))+dg(r,n-1)
def eserial(r):
    L=string.ascii_uppercase
    s=r.choice(["EM","KL","AC","LG","SM","EK","DE","FL","HK","ZL"])+f"{r.randint(5,24):02d}"+r.choice("ABCDEFGHJKLMNP")+dg(r,r.choice([5,6]))
    return s
def gserial(r):
    k=r.randint(0,2)
    if k==0: return "E6S"+dg(r,7)+str(r.choice([17,18,19,20,21,22,23]))
    if k==1: return r.choice(["G4A","G4K","G4S"])+dg(r,8)
    return "GPM0"+dg(r,6)
OUIS=["00-0D-6F","00-1E-5E","BC-33-AC","70-B3-D5","00-12-4B","D0-52-A8","00-24-46","84-18-26","90-FD-9F","00-07-81"]
def eui(r):
    o=r.choice(OUIS).replace("-","")
    return (o+"".join(r.choice("0123456789ABCDEF") for _ in range(10))).upper()
def eui_fmt(e,sep="-"): return sep.join(e[i:i+2] for i in range(0,16,2))
FIRST=["Siobhan","Marguerite","Tobias","Eluned","Kwabena","Rosalind","Dafydd","Ingrid","Lachlan","Oluwaseun","Philippa","Ruairidh","Genevieve","Bartholomew","Ffion","Anwen","Caradog","Imogen","Horatio","Priyanka","Zbigniew","Leocadia","Thaddeus","Morwenna","Evander","Clementine","Osric","Henrietta","Barnaby","Tamsin","Aurelio","Wilhelmina","Cosmo","Perpetua","Ignatius","Seraphina","Leopold","Ottilie","Florian","Jacinta","Benedikt","Rhiannon","Cormac","Isadora","Jolyon","Marisol","Alasdair","Delphine","Fergus","Honoria","Kasimir","Lucasta","Ambrose","Niamh","Peregrine","Saoirse","Wendeline","Xanthe","Yevgenia","Zephaniah"]
LAST=["Okonkwo","Featherstone","Wrexley","McGarrity","Abernethy","Quarrington","Pemberton-Lowe","Tregothnan","Szczepanski","Ravensworth","Ogunleye","Haverstock","Blenkinsop","Cattermole","Dimbleford","Fairweather","Gallimore","Hetherington","Illingworth","Jarrold","Kettleborough","Llewellyn-Price","Mountstephen","Nethercott","Ormerod","Postlethwaite","Quilliam","Rowbotham","Sowerbutts","Threlfall","Uttley","Vavasour","Wigglesworth","Yeardley","Zacharias","Ackroyd","Bagshawe","Chisholm","Drinkwater","Entwistle","Fothergill","Greatorex","Higginbottom","Inchbald","Jeavons","Kirkbride","Loveridge","Margerison","Nightingale","Oddie","Pickersgill","Ramsbottom","Scattergood","Tattersall","Unsworth","Verity","Winstanley","Attwooll","Boddington","Cresswell","Dunnachie","Eckersley","Fazakerley","Gurney","Hallworth","Iredale","Jagger","Kenyon","Lumb","Mottershead","Nuttall","Openshaw","Pennycook","Rigby","Sutcliffe","Tinsley","Umpleby","Varley","Whitworth","Yarwood","Adeyemi","Bhattacharya","Chaudhry","Dimitriou","Eriksen","Fitzgerald","Gruffydd","Hussain","Iwasaki","Jankowski","Kowalczyk","Lindqvist","Mbeki","Nakamura","Obafemi","Papadakis","Quintero","Rasmussen","Sokolova","Thorsdottir"]
STREETW=["Quillet","Tennant","Brackenholt","Cawdor","Fennimore","Haldane","Juniperwell","Larkspur","Marchbank","Nettlecombe","Ollerton","Pargeter","Quenby","Rookery","Saltire","Tavistock","Umberleigh","Vellacott","Wheatsheaf","Yarrowdale","Ashgrove","Birchanger","Coldharbour","Dovecote","Elmsleigh","Foxglove","Gorsedene","Hollybush","Ivybridge","Kingfisher","Lapwing","Meadowsweet","Nuthatch","Orchardleigh","Pennyroyal","Quarryfield","Redwing","Sandpiper","Thornbury","Underhill","Vicarage","Woodruff","Yewtree","Alderley","Barnfield","Chantry","Duckpool","Eastbrook","Fernhill","Glebelands","Hazelmere","Inkerman","Jubilee","Kestrel","Lindisfarne","Millstream","Newlands","Oakhanger","Pinfold","Ravenscar","Sheepwash","Tanyard","Upperthorpe","Waterloo","Bramblewick","Cobblers","Dunstable","Fairholme","Greenacre","Highcroft","Kiln","Lavender","Mulberry","Nightjar","Osprey","Penrose","Rectory","Sorrel","Tollgate","Wisteria","Beaconsfield","Croftside","Drovers","Ferrymans","Gatehouse","Hopfield","Lockkeepers","Mariners","Netherby","Pottery"]
STYPE=["Road","Street","Avenue","Lane","Close","Drive","Way","Crescent","Gardens","Terrace","Row","Grove","Mews","Place","Walk","Court"]
HOUSEN=["Rosebank Cottage","The Old Forge","Ty Gwyn","Meadow View","Hawthorn Lodge","Swallows Rest","The Granary","Brookside Barn","Orchard House","Pen-y-Bryn","The Old School House","Willowmere","Stonechat Cottage","Bryn Heulog","Glenview"]
FLATB=["Larkspur House","Kestrel Court","Marlowe Heights","Regent Point","Carrick House","Tudor Mansions","Albion Works","Sovereign Quay"]
TOWNS=[("Leeds","LS6"),("Bristol","BS5"),("Cardiff","CF24"),("Manchester","M14"),("Glasgow","G42"),("Norwich","NR3"),("Exeter","EX4"),("Derby","DE23"),("York","YO31"),("Swansea","SA1"),("Luton","LU2"),("Hull","HU5"),("Reading","RG1"),("Stoke-on-Trent","ST4"),("Sunderland","SR2"),("Aberdeen","AB24"),("London","SE15"),("London","N16"),("London","E17"),("Brighton","BN2"),("Truro","TR1"),("Inverness","IV2"),("Carlisle","CA1"),("Lincoln","LN2"),("Wrexham","LL11"),("Bath","BA2"),("Oxford","OX4"),("Coventry","CV6"),("Preston","PR1"),("Ipswich","IP4"),("Dundee","DD4"),("Plymouth","PL4"),("Leicester","LE3"),("Sheffield","S11"),("Newcastle upon Tyne","NE6"),("Birmingham","B29")]
LOCAL=["Headingley","Easton","Roath","Fallowfield","Langside","Sprowston","Heavitree","Normanton","Heworth","St Thomas","Stopsley","Newland","Caversham","Hartshill","Ashbrooke","Old Aberdeen","Peckham","Stoke Newington","Walthamstow","Hanover","Kenwyn","Hilton","Stanwix","Monks Road","Rhosddu","Widcombe","Cowley","Radford","Ashton-on-Ribble","Rushmere"]
IN_L="ABDEFGHJLNPQRSTUWXYZ"
def postcode(r,town=None):
    t=town or r.choice(TOWNS); return t[1]+" "+str(r.randint(1,9))+r.choice(IN_L)+r.choice(IN_L)
class Person:
    def __init__(s,r,used):
        while True:
            f=r.choice(FIRST); l=r.choice(LAST)
            if f not in used and l not in used: break
        used.add(f); used.add(l)
        s.first,s.last=f,l; s.full=f"{f} {l}"
        s.title=r.choice(["Mr","Mrs","Ms","Miss","Dr","Mx"])
        dom=r.choice(["example.com","example.org","example.net","mailbox-example.co.uk","inbox.example.com","homemail-example.net"])
        k=r.randint(0,4)
        lp=[f"{f.lower()}.{l.lower()}",f"{f[0].lower()}{l.lower()}{r.randint(1,99)}",f"{l.lower()}.{f[0].lower()}",f"{f.lower()}{r.randint(60,99)}",f"{f.lower()}_{l.lower()[:4]}"][k]
        lp=lp.replace("-","").replace(" ","")
        s.email=f"{lp}@{dom}"
        s.mobile="07700 900"+dg(r,3); s.land=r.choice(["01632 960","020 7946 0"])+dg(r,3)
class Addr:
    def __init__(s,r,used):
        while True:
            w=r.choice(STREETW)
            if w not in used: break
        used.add(w)
        s.num=str(r.randint(1,240)); s.street=f"{w} {r.choice(STYPE)}"; s.sw=w
        s.town=r.choice(TOWNS); s.loc=r.choice(LOCAL); s.pc=postcode(r,s.town)
        k=r.random(); s.tokens=[w]
        if k<0.15:
            h=r.choice(HOUSEN); s.line1=f"{h}, {s.num} {s.street}"; s.tokens=[w]+[x for x in h.replace("-"," ").split() if len(x)>=4 and x not in("House","Cottage","Lodge","Barn","View","Rest","Old","School")]
        elif k<0.3:
            b=r.choice(FLATB); s.line1=f"Flat {r.randint(1,40)}, {b}, {s.num} {s.street}"; s.tokens=[w,b.split()[0]]
        else: s.line1=f"{s.num} {s.street}"
        s.city=s.town[0]
def guid(r): return str(uuid.UUID(int=r.getrandbits(128)))
def ts(r,ms=True,z=True):
    d=datetime.datetime(2026,r.randint(9,11),r.randint(1,28),r.randint(6,21),r.randint(0,59),r.randint(0,59),r.randint(0,999)*1000)
    s=d.strftime("%Y-%m-%dT%H:%M:%S")+(f".{d.microsecond//1000:03d}" if ms else "")+("Z" if z else "")
    return s
def day(r): return f"2026-{r.randint(9,11):02d}-{r.randint(1,28):02d}"
def ukday(r): return f"{r.randint(1,28):02d}/{r.randint(9,11):02d}/2026"
def tcref(r): return r.choice([f"TC-MHHS-IF{r.choice(['031','021','036','041'])}-{r.randint(1,99):03d}",f"SIT-LDSO-{r.randint(1,999):04d}",f"UIT-SMETS2-{r.randint(1,500):03d}",f"PIT-CSS-{r.randint(10,99)}.{r.randint(1,9)}",f"QT-{r.choice(['LDSO','SUPP','MDS'])}-{r.randint(100,999)}"])
def mpanref(r): return r.choice([f"MPAN-REF-{r.randint(1,99):03d}",f"MPAN{r.randint(1,9999):04d}",f"TD-MPAN-{r.randint(1,50):02d}"])
def dipid(r): return r.choice([f"DIP-{day(r).replace('-','')}-{dg(r,8)}", guid(r)])
def sts(r): return dg(r,20)
def sts_sp(t): return " ".join(t[i:i+4] for i in range(0,20,4))
def amount(r): return f"£{r.randint(1,400)}.{r.randint(0,99):02d}"
def reading(r): return f"{r.randint(0,99999):05d}"
def ver(r): return f"v{r.randint(1,6)}.{r.randint(0,20)}.{r.randint(0,9)}"
def incid(r): return f"INC{dg(r,7)}"
ZW=["\u200b","\u200c","\u200d","\u2060","\u200e","\u200f","\u2063","\u2066","\u2067","\u2068","\u2069","\ufe0f","\ufe00","\u034f","\u00ad","\ufeff","\u202a","\u202c","\u180e"]
def inv(r,s,n=None,chars=None):
    chars=chars or ZW; pos=list(range(1,len(s)))
    k=n or r.randint(1,3); ps=sorted(r.sample(pos,min(k,len(pos))),reverse=True)
    for p in ps: s=s[:p]+r.choice(chars)+s[p:]
    return s
FW=str.maketrans("0123456789","０１２３４５６７８９")
AR=str.maketrans("0123456789","٠١٢٣٤٥٦٧٨٩")
DV=str.maketrans("0123456789","०१२३४५६७८९")
def mbold(s): return "".join(chr(0x1D7CE+int(ch)) if ch.isdigit() else ch for ch in s)
def grp(s,sizes,sep=" "):
    out=[];i=0
    for z in sizes: out.append(s[i:i+z]); i+=z
    if i<len(s): out.append(s[i:])
    return sep.join(x for x in out if x)
def b64(s): return base64.b64encode(s.encode()).decode()
def b64u(s): return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
def hexs(s): return s.encode().hex()
def pct(s): return "".join(f"%{ord(c):02X}" for c in s)
def ent(s,hexm=False): return "".join((f"&#x{ord(c):x};" if hexm else f"&#{ord(c)};") for c in s)
