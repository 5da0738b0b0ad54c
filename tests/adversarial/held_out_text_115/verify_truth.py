#!/usr/bin/env python3
"""Independent check of truth.json against corpus/ bytes (does not import the generator)."""
import json, os, re, sys, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff",
        "utf-32-le-bom": b"\xff\xfe\x00\x00", "utf-32-be-bom": b"\x00\x00\xfe\xff"}
PR = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
PC = re.compile(r"^(?:[A-Z]{1,2}[0-9][0-9A-Z]?) [0-9][A-Z]{2}$", re.I)
DRAMA = [(r"^01632 ?96\d{4}$"), (r"^020 ?7946 ?0\d{3}$"), (r"^01(13|17|31|41|61) ?496 ?0\d{3}$"), (r"^0191 ?498 ?0\d{3}$"),
         (r"^028 ?9649 ?6\d{3}$"), (r"^029 ?2018 ?0\d{3}$"), (r"^07700 ?900\d{3}$")]


def decode(b, enc):
    bom = BOMS.get(enc)
    if bom:
        assert b.startswith(bom), "BOM missing"
        b = b[len(bom):]
    else:
        for v in BOMS.values():
            if enc != "utf-8" and b.startswith(v):
                raise AssertionError("unexpected BOM")
    base = enc.replace("-bom", "")
    return b.decode(base)


def mpan_ok(d):
    return len(d) == 13 and sum(int(c) * p for c, p in zip(d[:12], PR)) % 11 % 10 == int(d[12])


def main():
    t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    errs = []
    n = collections.Counter()
    for fn, e in t.items():
        b = open(os.path.join(ROOT, "corpus", fn), "rb").read()
        try:
            txt = decode(b, e["encoding"])
        except Exception as ex:
            errs.append((fn, "decode", str(ex)))
            continue
        crlf = "\r\n" in txt
        if (e["newline"] == "CRLF") != crlf or (crlf and re.search(r"(?<!\r)\n", txt)):
            errs.append((fn, "newline"))
        need = collections.Counter(s["surface"] for s in e["secrets"])
        for s in e["secrets"]:
            n[s["kind"]] += 1
            sf, k = s["surface"], s["kind"]
            if txt.count(sf) < 1:
                errs.append((fn, "absent", k, sf))
            d = re.sub(r"\D", "", sf)
            if k == "mpan" and s.get("mode") != "verbatim" and not mpan_ok(d):
                errs.append((fn, "mpan check", sf))
            if k == "mpan_full" and not (len(d) == 21 and mpan_ok(d[8:])):
                errs.append((fn, "mpan_full", sf))
            if k == "mprn" and not (6 <= len(d) <= 10 and d == sf):
                errs.append((fn, "mprn", sf))
            if k == "postcode" and not PC.match(sf):
                errs.append((fn, "postcode", sf))
            if k == "phone":
                p = sf.replace("+44 ", "0").replace("+44", "0").replace("(", "").replace(")", "")
                if not any(re.match(rx, p) for rx in DRAMA):
                    errs.append((fn, "phone", sf))
            if k == "email" and not re.match(r"^[a-z0-9._]+@example\.(com|org|net)$", sf):
                errs.append((fn, "email", sf))
            if k == "eui64" and s.get("mode") != "verbatim":
                h = re.sub(r"^0x", "", sf)
                h = re.sub(r"[-: ]", "", h)
                if not re.fullmatch(r"[0-9A-Fa-f]{16}", h):
                    errs.append((fn, "eui", sf))
            if s.get("mode") == "verbatim":
                # hex(2) UTF-16LE of the value
                dec = bytes(int(x, 16) for x in sf.split(",")).decode("utf-16-le").rstrip("\0")
                if dec != s["value"] or not mpan_ok(dec):
                    errs.append((fn, "verbatim decode", sf))
        for k in e["keeps"]:
            if k["surface"] not in txt:
                errs.append((fn, "keep absent", k["surface"]))
            for s in e["secrets"]:
                if k["surface"] in s["surface"] or (len(s["surface"]) > 3 and s["surface"] in k["surface"]):
                    errs.append((fn, "keep/secret overlap", k["surface"], s["surface"]))
    print("secrets by kind:", dict(n))
    print("errors:", len(errs))
    for x in errs[:50]:
        print(x)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
