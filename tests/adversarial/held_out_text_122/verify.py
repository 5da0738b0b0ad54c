"""Independent check of truth.json against the corpus bytes (does not import the generator)."""
import json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.abspath(__file__))
PR = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff", "utf-32-le-bom": b"\xff\xfe\x00\x00"}
PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
DRAMA = [r"^7700900\d{3}$", r"^2079460\d{3}$", r"^(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$", r"^2920180\d{3}$", r"^2896496\d{3}$", r"^1632960\d{3}$"]


def dec(b, enc):
    if enc.startswith("utf-8"):
        return b.decode("utf-8-sig")
    codec = enc.replace("-bom", "")
    t = b.decode(codec)
    return t[1:] if t.startswith("\ufeff") else t


def red(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s.upper() if c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def main(corpus=os.path.join(ROOT, "corpus")):
    truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    errs = []
    for fn, t in truth.items():
        b = open(os.path.join(corpus, fn), "rb").read()
        bom = BOMS.get(t["encoding"])
        if bom and not b.startswith(bom): errs.append((fn, "missing BOM"))
        if not bom and any(b.startswith(x) for x in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")): errs.append((fn, "unexpected BOM"))
        text = dec(b, t["encoding"])
        if t["newline"] == "CRLF" and "\n" in text.replace("\r\n", ""): errs.append((fn, "bare LF in CRLF file"))
        cnt = {}
        for s in t["secrets"]:
            cnt[s["surface"]] = cnt.get(s["surface"], 0) + 1
        for surf, n in cnt.items():
            if text.count(surf) < n: errs.append((fn, f"surface found {text.count(surf)}x < {n}: {surf!r}"))
        for s in t["secrets"]:
            k, v = s["kind"], s["value"]
            if s["enc"] is None and k not in ("name", "address", "email") and red(v) not in red(s["surface"]):
                errs.append((fn, f"value not in surface {v} {s['surface']!r}"))
            if k == "mpan":
                if not (re.fullmatch(r"\d{13}", v) and str(sum(int(c) * p for c, p in zip(v, PR)) % 11 % 10) == v[12]): errs.append((fn, f"bad mpan {v}"))
            if k == "mpan_full":
                c = v[8:]
                if not (re.fullmatch(r"\d{21}", v) and str(sum(int(x) * p for x, p in zip(c, PR)) % 11 % 10) == c[12]): errs.append((fn, f"bad full mpan {v}"))
            if k == "mprn" and not re.fullmatch(r"[1-9]\d{5,9}", v): errs.append((fn, f"bad mprn {v}"))
            if k == "eui64" and not re.fullmatch(r"[0-9A-F]{16}", v): errs.append((fn, f"bad eui {v}"))
            if k == "postcode" and not PC.match(v): errs.append((fn, f"bad postcode {v}"))
            if k == "phone" and not any(re.match(x, v) for x in DRAMA): errs.append((fn, f"bad phone {v}"))
            if k == "email" and not re.fullmatch(r"[a-z0-9._]+@example\.(com|org|net|co\.uk)", v): errs.append((fn, f"bad email {v}"))
            if k in ("eserial", "gserial") and not re.fullmatch(r"[A-Z0-9]{7,14}", v): errs.append((fn, f"bad serial {v}"))
            if k in ("name", "address") and not any(len(w) >= 3 for w in re.findall(r"[^\W\d_]+", v)): errs.append((fn, f"unscoreable {v}"))
        ss = [s["surface"] for s in t["secrets"]]
        for kp in t["keeps"]:
            if kp["surface"] not in text: errs.append((fn, f"keep missing {kp['surface']!r}"))
            for x in ss:
                if kp["surface"] in x or (len(x) > 5 and x in kp["surface"]): errs.append((fn, f"keep {kp['surface']!r} overlaps secret {x!r}"))
    for e in errs: print("ERR", *e)
    ns = sum(len(t["secrets"]) for t in truth.values())
    print(f"verify: {len(truth)} files, {ns} secrets, {sum(len(t['keeps']) for t in truth.values())} keeps, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
