import values as V

class Ctx:
    """Builds text with inline span markers: \x01id\x02surface\x03 (secret) / \x04id\x02surface\x03 (keep)."""
    def __init__(self, r):
        self.r = r
        self.items = []
        self.avoid = set()
    def _m(self, lead, kind, surface, value):
        self.items.append((kind, surface, value))
        return "%s%d\x02%s\x03" % (lead, len(self.items) - 1, surface)
    def S(self, kind, surface, value=None):
        if kind in ("name", "address"):
            for w in __import__("re").findall(r"[^\W\d_]{3,}", surface):
                self.avoid.add(w.lower())
        return self._m("\x01", kind, surface, value if value is not None else surface)
    def K(self, kind, surface):
        return self._m("\x04", kind, surface, surface)
    def P(self):
        return V.person(self.r)
    # secrets
    def name(self, p, f=0):
        r = self.r
        s = [p["name"], p["last"].upper() + ", " + p["first"], r.choice(["Mr", "Mrs", "Ms", "Dr", "Miss"]) + " " + p["name"],
             p["name"].lower(), p["first"] + " " + p["last"][0] + ".", p["last"] + " " + p["first"]][f]
        return self.S("name", s)
    def first(self, p): return self.S("name", p["first"])
    def addr(self, p, f=0):
        s = [p["addr"], p["line"], p["addr"].upper(), p["addr"].replace(",", ""), p["addr"].lower()][f]
        return self.S("address", s)
    def town(self, p): return self.S("address", p["town"])
    def pc(self, p, f=0):
        s = p["pc"]
        s = [s, s.replace(" ", ""), s.lower(), s.replace(" ", "  "), s.replace(" ", "-")][f]
        return self.S("postcode", s, p["pc"])
    def ph(self, p): return self.S("phone", p["phone"])
    def em(self, p, f=0):
        s = p["email"]
        if f == 1: s = s.upper()
        return self.S("email", s, p["email"])
    def ac(self, p): return self.S("account", p["acct"])
    def mp(self, p, f=0):
        m = p["mpan"]
        s = [m, m[:2] + " " + m[2:6] + " " + m[6:10] + " " + m[10:], m[:2] + "-" + m[2:6] + "-" + m[6:10] + "-" + m[10:],
             m[:4] + " " + m[4:8] + " " + m[8:12] + " " + m[12], m[:2] + " " + m[2:]][f]
        return self.S("mpan", s, m)
    def mf(self, p, f=0):
        a, b, c = p["top"]; m = p["mpan"]
        s = [a + " " + b + " " + c + " " + m, a + b + c + m, "S " + a + " " + b + " " + c + " " + m[:2] + " " + m[2:6] + " " + m[6:10] + " " + m[10:],
             a + "-" + b + "-" + c + "-" + m][f]
        return self.S("mpan_full", s, m)
    def mprn(self, p): return self.S("mprn", p["mprn"])
    def es(self, p, f=0):
        s = p["es"]
        s = [s, s.lower(), s[:3] + " " + s[3:], s[:3] + "-" + s[3:]][f]
        return self.S("elec_serial", s, p["es"])
    def gs(self, p, f=0):
        s = p["gs"]
        s = [s, s.lower(), s[:3] + " " + s[3:]][f]
        return self.S("gas_serial", s, p["gs"])
    def eui(self, p, f=None): return self.S("eui64", V.eui_form(self.r, p["eui"], f), p["eui"])
    # keeps
    def tc(self): return self.K("testcase", V.tcref(self.r))
    def mt(self): return self.K("msgtype", V.msgtype(self.r))
    def ts(self): return self.K("timestamp", V.ts(self.r))
    def uuid(self): return self.K("uuid", V.uuid(self.r))
    def ref(self): return self.K("mpanref", V.mpanref(self.r))
    def dip(self): return self.K("dipid", V.dipid(self.r))
    def ver(self): return self.K("version", V.ver(self.r))
    def amt(self): return self.K("amount", V.amount(self.r))
    def rd(self): return self.K("reading", V.reading(self.r))
    def tk(self): return self.K("ticket", V.ticket(self.r))
    def kw(self, words=None):
        cands = [w for w in (words or V.KEEPWORDS) if w.lower() not in self.avoid]
        return self.K("word", self.r.choice(cands)) if cands else "the"
