#!/usr/bin/env python3
"""Independent check of truth.json against corpus/: decoding, BOMs, surfaces present, checksums and shapes."""
import json, os, re, sys, hashlib
from common_io import decode_declared, views, canon

HERE = os.path.dirname(os.path.abspath(__file__))
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errs = []
kinds = {}
for fn, t in T.items():
    b = open(os.path.join(HERE, "corpus", fn), "rb").read()
    if hashlib.sha256(b).hexdigest() != t["sha256"]:
        errs.append(f"{fn}: sha")
    text, okb, okd = decode_declared(b, t["encoding"])
    if not (okb and okd):
        errs.append(f"{fn}: encoding {t['encoding']} bom={okb} dec={okd}")
    if ("\r\n" in text) != (t["newline"] == "CRLF"):
        errs.append(f"{fn}: newline")
    vs = views(text, t["view"])
    for s in t["secrets"]:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        if not any(s["surface"] in v for v in vs):
            errs.append(f"{fn}: surface missing {s['kind']} {s['surface']!r}")
        k, d = s["kind"], re.sub(r"\D", "", s["surface"])
        if k in ("mpan", "mpan_full"):
            core = d[-13:]
            if not (sum(int(c) * p for c, p in zip(core[:12], P)) % 11 % 10 == int(core[12]) and core == s["value"]
                    and 10 <= int(core[:2]) <= 23 and len(d) in ((13,) if k == "mpan" else (21,))):
                errs.append(f"{fn}: bad mpan {s['surface']}")
        if k == "mprn" and not (6 <= len(d) <= 10 and d == s["value"]):
            errs.append(f"{fn}: bad mprn {s['surface']}")
        if k == "eui64" and not re.fullmatch(r"[0-9A-F]{16}", canon(s["surface"].lower().replace("0x", ""))):
            errs.append(f"{fn}: bad eui {s['surface']}")
        if k == "postcode" and not re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}", canon(s["surface"])):
            errs.append(f"{fn}: bad postcode {s['surface']}")
        if k == "email" and not re.fullmatch(r"[a-z0-9.]+@example\.(com|org|net|co\.uk)", s["surface"].lower()):
            errs.append(f"{fn}: bad email {s['surface']}")
        if k == "phone" and not re.search(r"(7700900|1614960|1314960|2920180|2079460|1414960|1632960|1174960|2896496)\d{3}$", d):
            errs.append(f"{fn}: non-drama phone {s['surface']}")
        if k in ("name", "address") and not s.get("words"):
            errs.append(f"{fn}: no scored words {s['surface']}")
    for kp in t["keeps"]:
        if not any(kp["surface"] in v for v in vs):
            errs.append(f"{fn}: keep missing {kp['surface']!r}")
        for s in t["secrets"]:
            if s["surface"] in kp["surface"]:
                errs.append(f"{fn}: keep {kp['surface']!r} contains secret surface {s['surface']!r}")
print("kinds:", kinds)
print(f"{len(T)} files checked, {len(errs)} problems")
for e in errs[:50]:
    print(" ", e)
sys.exit(1 if errs else 0)
