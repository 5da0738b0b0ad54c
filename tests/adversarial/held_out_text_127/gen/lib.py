import random, re, uuid
from pools import *
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_cd(d12): return str(sum(int(a)*p for a,p in zip(d12,PR)) % 11 % 10)
NBSP = "\u00a0"
USED = set()

class File:
    def __init__(self, rng, genre, name):
        self.r = rng; self.genre = genre; self.fname = name
        self.secrets = []; self.keeps = []
    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in USED:
                USED.add(v); return v
        raise RuntimeError("uniq")
    def _uniqf(self, f):
        if not hasattr(self, "_fk"): self._fk = set()
        for _ in range(1000):
            v = f()
            if v not in self._fk:
                self._fk.add(v); return v
        raise RuntimeError("uniqf")
    def S(self, kind, value, surface, words=None):
        self.secrets.append(dict(kind=kind, value=value, surface=surface, words=words)); return surface
    def K(self, kind, surface):
        self.keeps.append(dict(kind=kind, surface=surface)); return surface
    def pick(self, seq): return self.r.choice(seq)
    # ---- identifiers
    def mpan_value(self):
        def f():
            d = "%02d" % self.r.randint(10,23) + "".join(str(self.r.randint(0,9)) for _ in range(10))
            return d + mpan_cd(d)
        return self._uniq(f)
    def mpan_surface(self, c, form):
        if form == "plain": return c
        if form == "sp": return f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"
        if form == "dash": return f"{c[:2]}-{c[2:6]}-{c[6:10]}-{c[10:]}"
        if form == "sp4": return f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"
        if form == "dot": return f"{c[:2]}.{c[2:6]}.{c[6:10]}.{c[10:]}"
        raise ValueError(form)
    def mpan(self, form=None, value=None):
        c = value or self.mpan_value()
        form = form or self.pick(["plain"]*6+["sp","sp","dash","sp4"])
        return self.S("mpan", c, self.mpan_surface(c, form))
    def mpan21(self, form=None):
        c = self.mpan_value()
        top = "0%d" % self.r.randint(1,8) + self.pick(["801","845","800","811","843","852"]) + "%03d" % self.r.randint(1,999)
        form = form or self.pick(["plain","sp","S","slash","two"])
        if form == "plain": s = top + c
        elif form == "sp": s = f"{top[:2]} {top[2:5]} {top[5:]} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"
        elif form == "S": s = f"S {top[:2]} {top[2:5]} {top[5:]} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"
        elif form == "slash": s = f"{top[:2]}/{top[2:5]}/{top[5:]}/{c}"
        elif form == "two": s = f"S  {top[:2]}  {top[2:5]}  {top[5:]}\n   {c[:2]}  {c[2:6]}  {c[6:10]}  {c[10:]}"
        return self.S("mpan21", top + c, s)
    def mprn(self, form=None):
        n = self.pick([10,10,10,10,10,9,8,8,7,6])
        v = self._uniq(lambda: str(self.r.randint(1,9)) + "".join(str(self.r.randint(0,9)) for _ in range(n-1)))
        form = form or self.pick(["plain"]*5+["sp"])
        s = v if (form == "plain" or n < 9) else f"{v[:4]} {v[4:7]} {v[7:]}"
        return self.S("mprn", v, s)
    def eser(self, form=None):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"; d = lambda k: "".join(str(self.r.randint(0,9)) for _ in range(k))
        shapes = [lambda: "%02d" % self.r.randint(14,24) + self.pick(L) + d(7),
                  lambda: self.pick("EKSLD") + "%02d" % self.r.randint(5,24) + self.pick(L) + d(5),
                  lambda: "EML" + d(10), lambda: self.pick(L)+self.pick(L) + d(8)]
        v = self._uniq(lambda: self.pick(shapes)())
        form = form or self.pick(["plain"]*5+["lower","sp"])
        s = v.lower() if form == "lower" else (v[:3]+" "+v[3:7]+" "+v[7:] if form == "sp" else v)
        return self.S("eser", v, s)
    def gser(self, form=None):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"; d = lambda k: "".join(str(self.r.randint(0,9)) for _ in range(k))
        shapes = [lambda: "G4" + self.pick(L) + d(8), lambda: "E6S" + d(11), lambda: "%02d" % self.r.randint(10,24) + "M" + d(7),
                  lambda: "SMG" + d(8), lambda: "U6" + self.pick(L) + d(7)]
        v = self._uniq(lambda: self.pick(shapes)())
        form = form or self.pick(["plain"]*5+["lower","dash"])
        s = v.lower() if form == "lower" else (v[:3]+"-"+v[3:] if form == "dash" else v)
        return self.S("gser", v, s)
    def eui(self, form=None):
        oui = self.pick(OUIS).replace("-","")
        v = self._uniq(lambda: oui + "".join(self.pick("0123456789ABCDEF") for _ in range(10)))
        form = form or self.pick(["dash","dash","colon","none","0x","lower","dot"])
        pairs = [v[i:i+2] for i in range(0,16,2)]
        s = {"dash": "-".join(pairs), "colon": ":".join(pairs).lower(), "none": v, "0x": "0x"+v,
             "lower": v.lower(), "dot": ".".join(v[i:i+4] for i in range(0,16,4)).lower()}[form]
        return self.S("eui64", v, s)
    def person(self):
        if not hasattr(self, "_pw"): self._pw = set()
        for _ in range(1000):
            if self.r.random() < .5: f, l = self.pick(FIRST_LAST)
            else: f = self.pick(FIRST_LAST)[0]; l = self.pick(FIRST_LAST)[1]
            ws = {w.lower() for w in re.findall(r"[^\W\d_]+", f + " " + l)}
            if ws & self._pw: continue
            self._pw |= ws; return (f, l)
        raise RuntimeError("person")
    def name(self, form=None, who=None):
        f, l = who or self.person()
        form = form or self.pick(["full"]*5+["title","init","lastfirst","lower","upperlast"])
        if form == "full": s = f"{f} {l}"
        elif form == "title": s = f"{self.pick(TITLES)} {l}"
        elif form == "init": s = f"{f[0]}. {l}"
        elif form == "lastfirst": s = f"{l.upper()}, {f}"
        elif form == "lower": s = f"{f} {l}".lower()
        elif form == "upperlast": s = f"{f} {l.upper()}"
        elif form == "first": s = f
        elif form == "last": s = l
        words = [w for w in re.findall(r"[^\W\d_]+", s) if len(w) >= 3 and w not in TITLES]
        return self.S("name", f"{f} {l}", s, words)
    def addr(self, form=None, with_town=True):
        st, town, area = self.pick(STREETS)
        key = self._uniq(lambda: (self.r.randint(1,180), st))
        n = key[0]
        form = form or self.pick(["num"]*5+["flat","hname","letter","scot"])
        if form == "num": s = f"{n} {st}"
        elif form == "flat": s = f"Flat {self.r.randint(1,9)}, {n} {st}"
        elif form == "hname": s = f"{self.pick(HOUSE_NAMES)}, {st}"
        elif form == "letter": s = f"{n}{self.pick('abc')} {st}"
        elif form == "scot": s = f"{self.r.randint(0,3)}/{self.r.randint(1,2)}, {n} {st}"
        if with_town: s += f", {town}"
        words = [w for w in re.findall(r"[^\W\d_]+", s) if len(w) >= 3 and w.lower() not in ADDR_STOP]
        self._area = area
        return self.S("address", s, s, words)
    def pc(self, form=None, area=None):
        area = area or getattr(self, "_area", None) or self.pick(["CF","SA","G","EH","AB","M","LS","TR","NE","B"])
        L = "ABDEFGHJLNPQRSTUWXYZ"
        def f():
            d = str(self.r.randint(1,29)) if len(area) == 1 else str(self.r.randint(1,39))
            return f"{area}{d} {self.r.randint(0,9)}{self.pick(L)}{self.pick(L)}"
        v = self._uniq(f)
        form = form or self.pick(["std"]*6+["nosp","lower","nbsp","dbl"])
        s = {"std": v, "nosp": v.replace(" ",""), "lower": v.lower(), "nbsp": v.replace(" ",NBSP), "dbl": v.replace(" ","  ")}[form]
        return self.S("postcode", v, s)
    def phone(self, form=None):
        p, k = self.pick(PHONE_PATTERNS)
        v = self._uniq(lambda: p + "".join(str(self.r.randint(0,9)) for _ in range(k)))
        form = form or self.pick(["std"]*5+["intl","nosp","dash"])
        digits = v.replace(" ","")
        s = {"std": v, "intl": "+44 " + v[1:], "nosp": digits, "dash": v.replace(" ","-")}[form]
        return self.S("phone", digits, s)
    def email(self):
        f, l = self.pick(FIRST_LAST)
        import unicodedata
        a = lambda x: unicodedata.normalize("NFKD", x).encode("ascii","ignore").decode().lower().replace(" ","").replace("'","")
        loc = self.pick([f"{a(f)}.{a(l)}", f"{a(f)[0]}{a(l)}", f"{a(l)}{self.r.randint(1,99)}", f"{a(f)}_{a(l)}{self.r.randint(60,99)}"])
        v = self._uniq(lambda: f"{loc}@{self.pick(DOMAINS)}")
        return self.S("email", v, v)
    def acct(self, form=None):
        d = lambda k: "".join(str(self.r.randint(0,9)) for _ in range(k))
        form = form or self.pick(["ten","ten","eight","pref","dash","twelve"])
        if form == "ten": v = self._uniq(lambda: str(self.r.randint(1,9)) + d(9)); s = v
        elif form == "eight": v = self._uniq(lambda: str(self.r.randint(1,9)) + d(7)); s = v
        elif form == "twelve": v = self._uniq(lambda: "8" + d(11)); s = v
        elif form == "pref": v = self._uniq(lambda: self.pick(["A","AC","CUS","JUN"]) + d(8)); s = v
        elif form == "dash": v = self._uniq(lambda: d(4)+"-"+d(4)+"-"+d(2)); s = v
        return self.S("account", v, s)
    # ---- keeps
    def k_tc(self): return self.K("test_case", self._uniqf(lambda: self.pick(["TC-IF031-","QT-LDSO-","SIT-E2E-","UIT-SRV811-","TC-D0019-","MHHS-QT-TC-","DUIS-TC-"]) + "%03d" % self.r.randint(1,999)))
    def k_flow(self): return self.K("message_type", self.pick(["D0010","D0019","D0052","D0170","D0001","D0002","IF-031","IF-021","IF-036","IF-047","PUB-003","PUB-046","SRV 8.1.1","SRV 4.1.1","ECS17b","GCS13a","UTILMD"]))
    def k_dip(self): return self.K("dip_id", self._uniqf(lambda: "DIP-" + "".join(self.pick("0123456789abcdef") for _ in range(12))))
    def k_mref(self): return self.K("mpan_ref", self._uniqf(lambda: "MPAN-REF-%02d" % self.r.randint(1,99)))
    def k_ts(self): return self.K("timestamp", self._uniqf(lambda: "2025-%02d-%02dT%02d:%02d:%02dZ" % (self.r.randint(1,12), self.r.randint(1,28), self.r.randint(0,23), self.r.randint(0,59), self.r.randint(0,59))))
    def k_uuid(self): return self.K("uuid", str(uuid.UUID(int=self.r.getrandbits(128), version=4)))
    def k_ver(self): return self.K("version", self._uniqf(lambda: "v%d.%d.%d" % (self.r.randint(1,9), self.r.randint(0,20), self.r.randint(0,40))))
    def k_amt(self): return self.K("amount", self._uniqf(lambda: "£%d.%02d" % (self.r.randint(1,2999), self.r.randint(0,99))))
    def k_read(self): return self.K("reading", self._uniqf(lambda: "%05d kWh" % self.r.randint(100,99999)))
    def k_ticket(self): return self.K("ticket", self._uniqf(lambda: self.pick(["INC00","CHG00","MHHS-","DEF-","QTDEF-","RITM00"]) + str(self.r.randint(1000,99999))))
    def k_word(self):
        return self.K("word_name", self.pick(["bill","will","mark","rose","grace","dawn","frank","hope","joy","page","read","wood","field","brook","hall","bell"]))
    def k_batch(self):
        d = "9" + "".join(str(self.r.randint(0,9)) for _ in range(11))
        cd = str((int(mpan_cd("1"+d[1:]))+3) % 10)
        return self.K("batch_no", self._uniqf(lambda: d + cd))
    def k_org(self): return self.K("org", self.pick(["Elexon","Xoserve","Ofgem","Northern Powergrid","SP Energy Networks","UK Power Networks","National Gas","Electralink","SSEN Distribution","Cadent"]))
    def k_any(self):
        return self.pick([self.k_tc,self.k_flow,self.k_dip,self.k_mref,self.k_ts,self.k_uuid,self.k_ver,self.k_amt,self.k_read,self.k_ticket])()
