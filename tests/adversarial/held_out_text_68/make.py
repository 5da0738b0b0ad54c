"""Generate the ho42 held-out text corpus (helper-68). Usage: python make.py OUTDIR TRUTH.json"""
import json, os, sys, random, base64, hashlib, uuid
sys.path.insert(0, os.path.dirname(__file__))
from ids import Gen, mpan_valid, mpan_check, strip_acc
from forms import render, FORMS

SEED = 4268
G = Gen(SEED)
R = random.Random(SEED + 1)
TRUTH = {}
POOL = []  # (kind, value) for cross-file propagation


class Ctx:
    def __init__(self, fname):
        self.fname = fname
        self.ids = []
        self.keeps = []
        self.r = R

    # ---------- identifiers
    def I(self, kind, form=None, value=None, ctxnote=""):
        r = self.r
        if value is None:
            value = {"mpan": G.mpan_core, "mpan_full": G.mpan_core, "mpan_badcheck": G.mpan_badcheck,
                     "mprn": G.mprn, "eui": G.eui, "eserial": G.elec_serial, "gserial": G.gas_serial,
                     "phone": G.phone, "postcode": G.postcode, "name": G.name}[kind]()
        fk = "mpan" if kind in ("mpan_full", "mpan_badcheck") else kind
        if form is None:
            form = r.choice(FORMS[fk])
        rk = "mpan" if kind == "mpan_full" else kind
        surf = render(rk, value, form, r)
        if kind in ("mpan", "mpan_full", "mpan_badcheck", "mprn", "phone"):
            canon = value.replace(" ", "")
            if kind == "phone":
                canon = canon[1:]
        elif kind == "eui":
            canon = value.lower()
        elif kind in ("eserial", "gserial"):
            canon = value.lower()
        elif kind == "postcode":
            canon = value.lower()
        elif kind == "name":
            canon = value
        else:
            canon = value
        pats = [canon]
        if form == "revbytes":
            pats.append(surf.lower())
        self.ids.append(dict(kind=kind, value=value, canon=canon, form=form, surface=surf, patterns=pats,
                             note=ctxnote))
        POOL.append((kind, value))
        return surf

    def mpan_full(self, form=None):
        """21-digit full MPAN; returns (top, core_surface). Scored on the core."""
        pc, mtc, llfc = G.mpan_top()
        core = G.mpan_core()
        s = self.I("mpan_full", form=form, value=core, ctxnote="full MPAN top %s %s %s" % (pc, mtc, llfc))
        return pc, mtc, llfc, s, core

    def email(self, name=None, form=None):
        v = G.email(name)
        form = form or self.r.choice(FORMS["email"])
        surf = render("email", v, form, self.r)
        loc = v.split("@")[0]
        self.ids.append(dict(kind="email", value=v, canon=loc, form=form, surface=surf, patterns=[loc]))
        return surf

    def addr(self, form=None, with_pc=True, pcform=None):
        first, street, town = G.address()
        pc = G.postcode() if with_pc else None
        r = self.r
        form = form or r.choice(["comma", "comma", "prose", "upper", "multiline", "slash", "nocomma"])
        pcs = render("postcode", pc, pcform or r.choice(FORMS["postcode"]), r) if pc else ""
        if form == "comma":
            s = "%s %s, %s" % (first, street, town) if first[0].isdigit() else "%s, %s, %s" % (first, street, town)
            if first.startswith("Flat"):
                s = "%s %s, %s" % (first, street, town)
            if pc: s += ", " + pcs
        elif form == "prose":
            s = "%s %s in %s" % (first, street, town)
            if pc: s += " (%s)" % pcs
        elif form == "upper":
            s = ("%s %s %s" % (first, street, town)).upper()
            if pc: s += " " + pcs
        elif form == "multiline":
            p = r.choice(["> ", "# ", "  ", "// "])
            s = "%s %s\n%s%s" % (first, street, p, town)
            if pc: s += "\n%s%s" % (p, pcs)
        elif form == "slash":
            s = "%s %s / %s" % (first, street, town)
            if pc: s += " / " + pcs
        else:
            s = "%s %s %s" % (first, street, town)
            if pc: s += " " + pcs
        words = [w for w in (first + " " + street.rsplit(" ", 1)[0] + " " + town).replace(",", " ").split()
                 if not w.isdigit() and w not in ("Flat", "The", "Yr", "y", "Y", "on", "de", "la", "Sea", "Farm", "House", "Cottage", "Lodge", "Wells")
                 and len(w) >= 3]
        self.ids.append(dict(kind="address", value="%s, %s, %s" % (first, street, town), canon=words, form=form,
                             surface=s, patterns=words))
        if pc:
            self.ids.append(dict(kind="postcode", value=pc, canon=pc.lower(), form="in_address",
                                 surface=pcs, patterns=[pc.lower()]))
        return s

    def name(self, form=None):
        v = G.name()
        s = self.I("name", form=form, value=v)
        words = [w for w in strip_acc(v).replace("'", " ").replace("-", " ").split() if len(w) >= 3 and w.lower() not in ("van", "der", "ferch", "mac", "von", "the")]
        self.ids[-1]["patterns"] = words
        self.ids[-1]["canon"] = words
        return s, v

    def reuse(self, kinds=("mpan", "eui", "eserial", "gserial", "mprn"), form=None):
        """Cross-item propagation: a value used in an earlier file, in another form here."""
        cands = [p for p in POOL if p[0] in kinds]
        if not cands:
            return self.I(self.r.choice(kinds), form=form)
        k, v = self.r.choice(cands[-60:])
        return self.I(k, form=form, value=v, ctxnote="propagated from earlier item")

    # ---------- keeps
    def K(self, tok, cls="plain"):
        self.keeps.append(dict(tok=tok, cls=cls))
        return tok


from keeps import *  # noqa
import genres  # noqa: E402  (genre functions use Ctx/kref/...)

ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]


def main(out, truthp):
    os.makedirs(out, exist_ok=True)
    files = []
    enc_plan = {}
    for gname, gfun, n in genres.GENRES:
        for i in range(n):
            ext = gfun.ext if hasattr(gfun, "ext") else "txt"
            fname = "%s_%02d.%s" % (gname, i, ext)
            c = Ctx(fname)
            text = gfun(c, i)
            enc = "utf-8"
            if (i == 3 or (i == 7 and len(files) % 20 < 10)) and not getattr(gfun, "noenc", False):
                enc = ENCODINGS[(len(files) // 3 + i) % len(ENCODINGS)]
            import score as _sc
            body = _sc.csv_body_view(text) if gname == "chunks" else ""
            seen = {}
            kept = []
            for k in c.keeps:
                seen[k["tok"]] = seen.get(k["tok"], 0) + 1
                if max(_sc.keep_count(k["tok"], text), _sc.keep_count(k["tok"], body)) >= seen[k["tok"]]:
                    kept.append(k)
            c.keeps = kept
            data = text.encode(enc)
            with open(os.path.join(out, fname), "wb") as f:
                f.write(data)
            TRUTH[fname] = dict(genre=gname, encoding=enc, ids=c.ids, keeps=c.keeps)
            files.append(fname)
    with open(truthp, "w") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
    print(len(files), "files", sum(len(t["ids"]) for t in TRUTH.values()), "ids",
          sum(len(t["keeps"]) for t in TRUTH.values()), "keeps")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
