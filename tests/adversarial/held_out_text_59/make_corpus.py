"""Generate the held-out text corpus + truth.  usage: make_corpus.py OUTDIR TRUTH.json"""
import sys, os, json, random, string, textwrap
from common import *
from forms import *

rng = random.Random(3959)


class Doc:
    def __init__(self, fname):
        self.fname = fname
        self.ids = []
        self.keeps = []
        self.enc = "utf-8"
        self.html = False

    def _rec(self, kind, value, form, probe, words=None, extra=None):
        r = {"kind": kind, "value": value, "form": form, "probe": probe}
        if words:
            r["words"] = words
        if extra:
            r.update(extra)
        self.ids.append(r)

    def _f(self, kind, form, allowed=None):
        if form:
            return form
        items = allowed or ALNUM_FORMS
        if self.html:
            return cyc(kind + "H", items)
        return cyc(kind, [f for f in items if not f.startswith(("html:", "ent:"))])

    def mpan(self, form=None, value=None):
        v = value or mpan_core(rng)
        f = self._f("mpan", form)
        self._rec("mpan", v, f, v)
        return render("mpan", v, f, rng), v

    def mpan21(self, style=None):
        core = mpan_core(rng)
        pc, mtc, llfc, _ = mpan_full(rng, core)
        style = style or cyc("m21", ["box", "flat", "slash", "twoline", "dash", "cells"])
        if style == "box":
            s = "S %s %s %s\n  %s %s %s %s" % (pc, mtc, llfc, core[:2], core[2:6], core[6:10], core[10:])
        elif style == "flat":
            s = pc + mtc + llfc + core
        elif style == "slash":
            s = "%s %s %s / %s" % (pc, mtc, llfc, core)
        elif style == "twoline":
            s = "S%s%s%s\n%s" % (pc, mtc, llfc, core)
        elif style == "dash":
            s = "%s-%s-%s-%s-%s-%s" % (pc, mtc, llfc, core[:2], core[2:10], core[10:])
        else:
            s = "\n".join([pc, mtc, llfc, core[:2], core[2:6], core[6:10], core[10:]])
        self._rec("mpan21", core, "mpan21:" + style, core, extra={"full": pc + mtc + llfc + core})
        return s, core

    def mpan_bad(self):
        v = mpan_core(rng)
        bad = v[:12] + str((int(v[12]) + 3) % 10)
        self._rec("mpan-badcheck", bad, "plain", bad, extra={"optional": True})
        return bad

    def mprn(self, form=None):
        v = mprn(rng)
        f = self._f("mprn", form)
        self._rec("mprn", v, f, v)
        return render("mprn", v, f, rng), v

    def eser(self, form=None):
        v = elec_serial(rng)
        f = self._f("eser", form)
        self._rec("elec-serial", v, f, v)
        return render("eser", v, f, rng), v

    def gser(self, form=None):
        v = gas_serial(rng)
        f = self._f("gser", form)
        self._rec("gas-serial", v, f, v)
        return render("gser", v, f, rng), v

    def eui(self, form=None):
        v = eui64(rng)
        f = form or cyc("euiform", ["plain", "colon", "none", "dots", "0x", "lower", "spaces", "lowercolon", "dot4", "0xlower"]
                        + ([] if not self.html else ["html"]) + ["b64", "inv", "hexu", "pct", "split", "braces"])
        h = v.replace("-", "")
        bs = v.split("-")
        s = {"plain": v, "colon": ":".join(bs), "none": h, "dots": ".".join(bs), "0x": "0x" + h, "lower": v.lower(),
             "spaces": " ".join(bs), "lowercolon": ":".join(bs).lower(), "dot4": ".".join(h[i:i + 4] for i in range(0, 16, 4)).lower(),
             "0xlower": "0x" + h.lower(), "html": "<b>" + "-".join(bs[:4]) + "</b>-" + "-".join(bs[4:]), "b64": b64(v),
             "inv": "\u2063".join(bs), "hexu": "".join("\\u%04x" % ord(c) for c in h), "pct": pct(v),
             "split": "-".join(bs[:4]) + "-\n# " + "-".join(bs[4:]), "braces": "{" + ", ".join("0x" + b for b in bs) + "}"}[f]
        self._rec("eui64", v, f, h)
        return s, v

    def pc(self, form=None, value=None):
        v = value or postcode(rng)
        f = form or cyc("pc", [x for x in PC_FORMS if self.html or x not in ("html", "ent")])
        self._rec("postcode", v, f, v.replace(" ", ""))
        return render_pc(v, f), v

    def phone(self, form=None):
        v = phone(rng)
        f = form or cyc("ph", [x for x in PH_FORMS if self.html or x != "html"])
        self._rec("phone", v, f, v.replace(" ", "")[1:])
        return render_ph(v, f), v

    def email(self, nm=None, form=None):
        v = email_for(rng, nm or name(rng))
        f = form or cyc("em", [x for x in EM_FORMS if self.html or x not in ("ent", "html-a")])
        self._rec("email", v, f, "".join(c for c in v.lower() if c.isalnum()))
        return render_em(v, f), v

    def name(self, form=None):
        v = name(rng)
        f = form or cyc("nm", [x for x in NM_FORMS if self.html or x not in ("html", "ent")])
        self._rec("name", v, f, None, words=namewords(v))
        return render_nm(v, f), v

    def addr(self, form=None):
        first, town = address(rng)
        pcv = postcode(rng)
        f = form or cyc("ad", [x for x in AD_FORMS if self.html or x != "html"])
        self._rec("address", first + ", " + town, f, None, words=addrwords(first + " " + town))
        self._rec("postcode", pcv, "in-address:" + f, pcv.replace(" ", ""))
        return render_ad(first, town, pcv, f), (first, town, pcv)

    def kr(self, kind=None):
        return keep_token(kind)

    def k(self, kind=None):
        t = keep_token(kind)
        self.keeps.append(t)
        return t


def namewords(v):
    import re
    return [w for w in re.split(r"[^\w]+", v) if len(w) >= 3 and w.lower() not in GENERIC]


def addrwords(v):
    import re
    return [w for w in re.split(r"[^\w']+", v) if len(w) >= 3 and not w.isdigit() and w.lower() not in GENERIC
            and not re.fullmatch(r"\d+[ab]", w)]


KEEPKINDS = ["ts", "msgid", "uuid", "ver", "dip", "mpanref", "tc", "amount", "count", "offset", "companyno", "sha", "span",
             "err", "flow", "job", "dur", "pct", "ip", "epochms", "epochs", "corr", "batch", "ticket", "seq", "port", "ean",
             "invoice", "vat", "build", "kwh", "tariff", "date"]
KCOUNT = {}


def keep_token(kind=None):
    kind = kind or cyc("keep", KEEPKINDS)
    r = rng
    while True:
        if kind == "ts":
            t = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        elif kind == "msgid":
            t = "MSG-%s-%06d" % (r.choice(["ELEC", "GAS", "SMRT"]), r.randint(0, 999999))
        elif kind == "uuid":
            import uuid
            t = str(uuid.UUID(int=r.getrandbits(128), version=4))
        elif kind == "ver":
            t = "v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 99))
        elif kind == "dip":
            t = "DIP-%07d" % r.randint(0, 9999999)
        elif kind == "mpanref":
            t = "MPAN-REF-%02d" % r.randint(1, 99)
        elif kind == "tc":
            t = "TC-%s-%04d" % (r.choice(["COS", "SMETS", "MHHS", "REG", "BILL"]), r.randint(0, 9999))
        elif kind == "amount":
            t = "£%d.%02d" % (r.randint(1, 9999), r.randint(0, 99))
        elif kind == "count":
            t = "records=%d" % r.randint(1, 99999)
        elif kind == "offset":
            t = "offset=%d" % r.randint(1000000, 99999999)
        elif kind == "companyno":
            t = "%08d" % r.randint(1000000, 14999999)
            t = "CRN" + t
        elif kind == "sha":
            t = "%040x" % r.getrandbits(160)
            t = t[:12]
        elif kind == "span":
            t = "%016x" % r.getrandbits(64)
        elif kind == "err":
            t = "ERR_%s_%03d" % (r.choice(["VALIDATION", "TIMEOUT", "SCHEMA", "AUTH"]), r.randint(0, 999))
        elif kind == "flow":
            t = r.choice(["D0010", "D0150", "D0086", "D0205", "D0055", "D0311", "MDD-0042", "IF-021", "IF-036", "PUB-003"]) + "-%03d" % r.randint(1, 999)
        elif kind == "job":
            t = "JOB%05d" % r.randint(0, 99999)
        elif kind == "dur":
            t = "%dms" % r.randint(1, 99999)
        elif kind == "pct":
            t = "%d.%d%%" % (r.randint(0, 99), r.randint(0, 9))
        elif kind == "ip":
            t = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        elif kind == "epochms":
            t = "%d" % r.randint(1764000000000, 1799999999999)
            if mpan_check(t[:12]) == int(t[12]):
                continue
        elif kind == "epochs":
            t = "%d" % r.randint(1764000000, 1799999999)
        elif kind == "corr":
            t = "corr-%08x" % r.getrandbits(32)
        elif kind == "batch":
            t = "BATCH_%04d_%02d" % (r.randint(2020, 2026), r.randint(1, 99))
        elif kind == "ticket":
            t = "INC%07d" % r.randint(0, 9999999)
        elif kind == "seq":
            t = "seq#%d" % r.randint(1, 99999)
        elif kind == "port":
            t = "port=%d" % r.randint(1024, 65535)
        elif kind == "ean":
            t = "50%011d" % r.randint(0, 10 ** 11 - 1)
        elif kind == "invoice":
            t = "INV/%d/%05d" % (r.randint(2024, 2026), r.randint(0, 99999))
        elif kind == "vat":
            t = "GB%09d" % r.randint(100000000, 999999999)
        elif kind == "build":
            t = "build.%d" % r.randint(100, 99999)
        elif kind == "kwh":
            t = "%d.%03dkWh" % (r.randint(0, 99999), r.randint(0, 999))
        elif kind == "tariff":
            t = "TARIFF_%s_%02d" % (r.choice(["E7", "STD", "EV", "AGILE"]), r.randint(1, 99))
        elif kind == "date":
            t = "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12))
        if kind in ("mpanref", "flow", "pct", "tariff", "date", "dur", "count", "seq", "port", "build", "job") or t not in USED:
            USED.add(t)
            return t


# ---------------------------------------------------------------- genres
from genres import GENRES


def main(out, truth_path):
    os.makedirs(out, exist_ok=True)
    truth = []
    n = 0
    encs = Cycle(["utf-8"] * 7 + ["utf-16-le-bom", "utf-8", "utf-16-le", "utf-8", "utf-32-le", "utf-8", "utf-16-be",
                                   "utf-8", "utf-32-be-bom", "utf-8", "utf-8-sig", "cp1252", "utf-8", "utf-32-le-bom", "utf-16-be-bom"])
    per = 7
    for gname, fn, ext in GENRES:
        for i in range(per):
            fname = "%03d_%s.%s" % (n, gname, ext)
            d = Doc(fname)
            import common; common.FILEUSED.clear()
            d.html = ext in ("html", "xhtml", "htm", "xml") or gname in ("confluence_xhtml",)
            text = fn(d, rng, i)
            if ext not in ("json",):
                meta = "run-meta %s %s %s %s %s" % (d.k(), d.k(), d.k(), d.k(), d.k())
                if ext in ("xml", "html", "kml"):
                    text = text + "<!-- " + meta + " -->\n"
                elif ext == "edn":
                    text = text + ";; " + meta + "\n"
                else:
                    text = text + meta + "\n"
            enc = encs.next() if gname not in ("kafka_console",) else "utf-8"
            if gname in ("ebcdic_note",):
                enc = "utf-8"
            data = encode(text, enc)
            if data is None:
                enc = "utf-8"
                data = encode(text, enc)
            d.enc = enc
            with open(os.path.join(out, fname), "wb") as fh:
                fh.write(data)
            truth.append({"file": fname, "genre": gname, "encoding": enc, "ids": d.ids, "keeps": d.keeps})
            n += 1
    json.dump(truth, open(truth_path, "w"), indent=1, ensure_ascii=False)
    print(n, "files", sum(len(t["ids"]) for t in truth), "ids", sum(len(t["keeps"]) for t in truth), "keeps")


def encode(text, enc):
    try:
        if enc == "utf-16-le-bom":
            return b"\xff\xfe" + text.encode("utf-16-le")
        if enc == "utf-16-be-bom":
            return b"\xfe\xff" + text.encode("utf-16-be")
        if enc == "utf-32-le-bom":
            return b"\xff\xfe\x00\x00" + text.encode("utf-32-le")
        if enc == "utf-32-be-bom":
            return b"\x00\x00\xfe\xff" + text.encode("utf-32-be")
        return text.encode(enc)
    except UnicodeEncodeError:
        return None


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
