#!/usr/bin/env python3
"""Independent check of truth.json against the corpus. Usage: verify_truth.py TRUTH CORPUS"""
import json, re, sys, os
from collections import Counter

PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan_ok(v):
    return len(v) == 13 and v.isdigit() and sum(int(a) * b for a, b in zip(v[:12], PRIMES)) % 11 % 10 == int(v[12])


SHAPES = {
    "mpan": lambda v: mpan_ok(v),
    "mprn": lambda v: re.fullmatch(r"[1-9]\d{5,9}", v),
    "elec_serial": lambda v: re.fullmatch(r"[A-Z0-9]{8,12}", v) and re.search(r"\d{5}", v),
    "gas_serial": lambda v: re.fullmatch(r"[A-Z0-9]{9,14}", v) and re.search(r"\d{6}", v),
    "eui64": lambda v: re.fullmatch(r"[0-9A-F]{16}", v),
    "postcode": lambda v: re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v),
    "phone": lambda v: re.fullmatch(r"0(1632960\d{3}|7700900\d{3}|1(13|17|21|31|41|51|61)4960\d{3}|1914980\d{3}|2079460\d{3}|2896496\d{3})", v),
    "email": lambda v: re.fullmatch(r"[a-z0-9.]+@([a-z]+\.)?example\.(com|org|net)", v),
    "account": lambda v: re.fullmatch(r"(\d{8}|A\d{9}|(CUS|AC)\d{8})", v),
    "name": lambda v: re.search(r"[A-Za-z]{3}", v),
    "address": lambda v: re.search(r"[A-Za-z]{3}", v),
}
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff", "utf-8": b"\xef\xbb\xbf"}


def norm(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())


def main(tp, cdir):
    truth = json.load(open(tp, encoding="utf-8"))
    errs = []
    kinds = Counter()
    for fe in truth["files"]:
        raw = open(os.path.join(cdir, fe["file"]), "rb").read()
        b = BOMS[fe["codec"]]
        if fe["bom"] != raw.startswith(b):
            errs.append(f"{fe['file']}: BOM mismatch")
        text = raw[len(b):].decode(fe["codec"]) if fe["bom"] else raw.decode(fe["codec"])
        if (fe["newline"] == "crlf") != ("\r\n" in text):
            errs.append(f"{fe['file']}: newline mismatch")
        spans = []
        for s in fe["secrets"]:
            kinds[s["kind"]] += 1
            if not SHAPES[s["kind"]](s["value"]):
                errs.append(f"{fe['file']}: bad shape {s['kind']} {s['value']!r}")
            if s["surface"] not in text:
                errs.append(f"{fe['file']}: surface missing {s['surface']!r}")
            if s["kind"] not in ("name", "address", "email") and norm(s["surface"]).lstrip("0X") and \
                    norm(s["value"]) not in norm(s["surface"]) and s["kind"] != "phone":
                errs.append(f"{fe['file']}: surface/value differ {s}")
            for m in re.finditer(re.escape(s["surface"]), text):
                spans.append((m.start(), m.end()))
        for k in fe["keeps"]:
            if k["surface"] not in text:
                errs.append(f"{fe['file']}: keep missing {k['surface']!r}")
            if k["kind"] == "bad13" and mpan_ok(k["surface"]):
                errs.append(f"{fe['file']}: bad13 has a valid check digit {k['surface']}")
            for m in re.finditer(re.escape(k["surface"]), text):
                for a, z in spans:
                    if m.start() < z and a < m.end():
                        errs.append(f"{fe['file']}: keep {k['surface']!r} overlaps a secret span")
            for s in fe["secrets"]:
                if s["kind"] not in ("name", "address") and len(norm(s["value"])) >= 8 and norm(s["value"])[:8] in norm(k["surface"]):
                    errs.append(f"{fe['file']}: keep {k['surface']!r} contains secret {s['value']}")
    print(dict(kinds))
    for e in errs[:50]:
        print("ERR", e)
    print(f"{len(truth['files'])} files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
