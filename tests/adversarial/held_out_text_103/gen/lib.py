import random, base64, json, re, uuid, hashlib
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_cd(d12): return str(sum(int(a)*b for a,b in zip(d12,PR))%11%10)
FIRST=["John","Sarah","James","Paul","Mark","Rose","Grace","David","Emma","Peter","Rhys","Gwenllian","Dafydd","Cerys","Eilidh","Ruairidh","Catriona","Morwenna","Jago","Demelza","Priya","Mohammed","Harpreet","Anjali","Imran","Chukwuemeka","Adaeze","Kwame","Oluwaseun","Abena","Małgorzata","Krzysztof","Zofia","Tomasz","Siobhán","Aoife","Margaret","Alan","Susan","Gareth"]
LAST=["Smith","Brown","Wood","Walker","Baker","Hill","Field","Jones","Evans","Llewelyn","ap Gruffydd","Pritchard","MacLeod","Mac an t-Saoir","Morrison","Penrose","Trelawny","Nancarrow","Patel","Iqbal","Sandhu","Chaudhry","Okafor","Nwosu","Mensah","Adeyemi","Wiśniewska","Nowak","Kowalczyk","Ó Súilleabháin","Taylor","Green","White","Cook","Mason","Fisher","Hughes","Begum","Asante","Campbell"]
STREETS=["Heol y Bryn","Ffordd Pentre","Stryd Fawr","Lôn Las","Sràid na h-Eaglais","Chapel Lane","Station Road","Trevithick Road","Fore Street","Kingsley Avenue","Mill Close","Oak Crescent","Brook Street","Victoria Terrace","Meadow Way","Beech Grove","Harcourt Drive","Tregenna Place","Clarendon Gardens","Ashby Walk","Penlan Rise","Glebe Court"]
TOWNS=[("Cardiff","CF14"),("Swansea","SA1"),("Bangor","LL57"),("Inverness","IV2"),("Stornoway","HS1"),("Truro","TR1"),("Penzance","TR18"),("Leeds","LS6"),("Leicester","LE2"),("Manchester","M14"),("Bradford","BD7"),("Birmingham","B11"),("London","SE15"),("Glasgow","G42"),("Newcastle upon Tyne","NE6"),("Bristol","BS5"),("Norwich","NR2"),("Carmarthen","SA31"),("Aberystwyth","SY23"),("Redruth","TR15")]
OUIS=["00-0D-6F","70-B3-D5","BC-33-AC","90-FD-9F","00-1D-B5","0C-A2-F4","D0-52-A8","00-12-4B"]
EMAILDOM=["gmail.com","outlook.com","btinternet.com","yahoo.co.uk","hotmail.co.uk","sky.com"]
class T:
    def __init__(s, r): s.r=r; s.sec=[]; s.keep=[]
    def S(s, kind, surf, canon=None, form="plain", words=None):
        s.sec.append(dict(kind=kind, text=surf, canon=canon, form=form, words=words)); return surf
    def K(s, kind, text): s.keep.append(dict(kind=kind, text=text)); return text
    # raw values
    def mpan_raw(s):
        r=s.r; d=str(r.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23]))+"".join(str(r.randrange(10)) for _ in range(10))
        return d+mpan_cd(d)
    def mprn_raw(s): r=s.r; n=r.choice([8,9,10,10,10]); return str(r.randint(1,9))+"".join(str(r.randrange(10)) for _ in range(n-1))
    def eserial_raw(s):
        r=s.r; f=r.choice(["A","B","C"])
        if f=="A": return r.choice(["E","K","L","S","Z","D"])+"%02d"%r.randint(5,24)+r.choice(["A","B","P","U","EM","UP","K"])+"%05d"%r.randint(0,99999)
        if f=="B": return r.choice(["SA","SB","SC","SM"])+"%08d"%r.randint(0,99999999)
        return "%02d"%r.randint(10,24)+r.choice(["P","L","M"])+"%07d"%r.randint(0,9999999)
    def gserial_raw(s):
        r=s.r; f=r.choice(["E6S","G4K","U6G","E6E"])
        return f+"%08d"%r.randint(0,99999999)+"%02d"%r.randint(10,24)
    def eui_raw(s):
        r=s.r; return r.choice(OUIS).replace("-","")+"".join(r.choice("0123456789ABCDEF") for _ in range(10))
    def name_raw(s): r=s.r; return r.choice(FIRST), r.choice(LAST)
    def addr_raw(s):
        r=s.r; town,out=r.choice(TOWNS); st=r.choice(STREETS); no=str(r.randint(1,180))
        pc=out+" "+str(r.randint(0,9))+r.choice("ABDEFGHJLNPQRSTUWXYZ")+r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return no, st, town, pc
    def phone_raw(s):
        r=s.r; p=r.choice(["07700 9","07781 4","07912 3","01632 9","029 2018 ","0113 496 ","0161 496 ","+44 7700 9","+44 (0)29 2018 "])
        return p+("%04d"%r.randint(0,9999) if p.rstrip().endswith(("2018","496")) else "%05d"%r.randint(0,99999))
    def acct_raw(s): r=s.r; return r.choice(["","","A","CA-"])+str(r.randint(10000000,99999999))+r.choice(["","","","%02d"%r.randint(0,99)])
    # secret helpers (plain)
    def mpan(s, fmt="plain"):
        v=s.mpan_raw()
        if fmt=="sp": v=v[:2]+" "+v[2:6]+" "+v[6:10]+" "+v[10:]
        return s.S("mpan", v, form=fmt)
    def mpan_full(s, sep=""):
        r=s.r; core=s.mpan_raw(); pc="0"+str(r.randint(1,8)); mtc=str(r.choice([801,845,151,181,393])); llf="%03d"%r.randint(1,999)
        v=sep.join([pc,mtc,llf,core]) if sep else pc+mtc+llf+core
        return s.S("mpan", v, canon=core, form="full21")
    def mprn(s): return s.S("mprn", s.mprn_raw())
    def eser(s, low=False):
        v=s.eserial_raw(); v=v.lower() if low else v; return s.S("serial", v, form="lower" if low else "plain")
    def gser(s): return s.S("gas_serial", s.gserial_raw())
    def eui(s, sep="-"):
        v=s.eui_raw()
        if sep=="0x": out="0x"+v
        elif sep in ("-",":","."," "): out=sep.join(v[i:i+2] for i in range(0,16,2))
        else: out=v
        return s.S("eui64", out, form="eui"+(sep or "none"))
    def name(s, style="normal", parts=None):
        f,l=parts or s.name_raw()
        v={"normal":f+" "+l,"caps":(f+" "+l).upper(),"lower":(f+" "+l).lower(),"rev":l+", "+f,"title":s.r.choice(["Mr","Mrs","Ms","Miss","Dr"])+" "+f+" "+l}[style]
        return s.S("name", v, form=style)
    def fname(s, v): return s.S("name", v, form="split")
    def addr(s, style="line", a=None):
        no,st,town,pc=a or s.addr_raw()
        v={"line":f"{no} {st}, {town}","street":f"{no} {st}","caps":f"{no} {st}, {town}".upper(),"flat":f"Flat {s.r.randint(1,9)}, {no} {st}, {town}"}[style]
        return s.S("address", v, form=style)
    def pc(s, v=None, style="plain"):
        v=v or s.addr_raw()[3]
        if style=="nbsp": v=v.replace(" ","\u00a0")
        elif style=="nosp": v=v.replace(" ","")
        elif style=="lower": v=v.lower()
        return s.S("postcode", v, form=style)
    def phone(s): return s.S("phone", s.phone_raw())
    def email(s, n=None):
        f,l=n or s.name_raw()
        import unicodedata as u; A=lambda x: u.normalize("NFKD",x.replace("ł","l").replace("Ł","L")).encode("ascii","ignore").decode()
        lo=re.sub(r"[^a-z]","",A(f).lower())+s.r.choice([".","_",""])+re.sub(r"[^a-z]","",A(l).lower())+str(s.r.randint(1,99))
        return s.S("email", lo+"@"+s.r.choice(EMAILDOM))
    def acct(s): return s.S("account", s.acct_raw())
    # keeps
    def relabel(s, text, kind=None):
        k=s.keep.pop(); s.keep.append(dict(kind=kind or k['kind'], text=text)); return text
    def tc(s): return s.K("tc_ref", s.r.choice(["TC-","TC_","TC"])+str(s.r.randint(100,9999)))
    def flow(s): return s.K("dflow", s.r.choice(["D0010","D0086","D0149","D0150","D0205","D0055","D0302","D0131","IF-031","IF-021","IF-036"]))
    def mref(s): return s.K("mpan_ref", "MPAN-REF-%02d"%s.r.randint(1,60))
    def uid(s): return s.K("uuid", str(uuid.UUID(int=s.r.getrandbits(128), version=4)))
    def ts(s): return s.K("timestamp", "2026-%02d-%02dT%02d:%02d:%02dZ"%(s.r.randint(1,11),s.r.randint(1,28),s.r.randint(0,23),s.r.randint(0,59),s.r.randint(0,59)))
    def epoch_ms(s):
        while True:
            v=str(s.r.randint(1764000000000,1796000000000))
            if mpan_cd(v[:12])!=v[12]: return s.K("epoch_ms", v)
    def unix(s): return s.K("unix_time", str(s.r.randint(1764000000,1796000000)))
    def inc(s): return s.K("ticket", s.r.choice(["INC%07d","SR-%d","CS%07d","RITM%07d","CHG%07d"])%s.r.randint(1000,999999))
    def wo(s): return s.K("work_order", "WO-%06d"%s.r.randint(1,999999))
    def inv(s): return s.K("invoice", "INV-2026-%06d"%s.r.randint(1,999999))
    def ean(s):
        d="50"+"".join(str(s.r.randrange(10)) for _ in range(10)); c=(10-sum(int(x)*(3 if i%2 else 1) for i,x in enumerate(d))%10)%10
        return s.K("ean13", d+str(c))
    def ver(s): return s.K("version", "%d.%d.%d"%(s.r.randint(1,9),s.r.randint(0,30),s.r.randint(0,99)))
    def sha(s): return s.K("hash", hashlib.sha1(str(s.r.random()).encode()).hexdigest())
    def kwh(s): return s.K("reading", "%d.%d"%(s.r.randint(100,99999),s.r.randint(0,9)))
    def money(s): return s.K("money", "£%d.%02d"%(s.r.randint(1,2500),s.r.randint(0,99)))
    def dip(s): return s.K("dip_id", "DIP-%s"%"".join(s.r.choice("0123456789ABCDEF") for _ in range(12)))
    def tariff(s): return s.K("tariff", s.r.choice(["E7-FIX-24M","STD-VAR-01","EV-GO-NIGHT","ECO7-DUAL","FLEX-OCT-26"]))
    def fw(s): return s.K("firmware", "%d.%d.%d.%d"%(s.r.randint(1,5),s.r.randint(0,9),s.r.randint(0,99),s.r.randint(100,9999)))
    def date(s): return s.K("date", "%02d/%02d/2026"%(s.r.randint(1,28),s.r.randint(1,12)))
