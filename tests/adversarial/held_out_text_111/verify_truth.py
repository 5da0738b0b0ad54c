"""Independent check of truth.json against the corpus bytes (does not import the generator)."""
import json, os, re, sys, codecs
ROOT = os.path.dirname(os.path.abspath(__file__))
BOMS = {"utf-8-bom": codecs.BOM_UTF8, "utf-16-le-bom": codecs.BOM_UTF16_LE, "utf-16-be-bom": codecs.BOM_UTF16_BE,
        "utf-32-le-bom": codecs.BOM_UTF32_LE, "utf-32-be-bom": codecs.BOM_UTF32_BE}
def decode(b, enc):
    if enc in BOMS:
        assert b.startswith(BOMS[enc]), "missing BOM"
        b = b[len(BOMS[enc]):]
    base = {"utf-8-bom": "utf-8"}.get(enc, enc.replace("-bom", ""))
    return b.decode(base)
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan_ok(m): return len(m) == 13 and m.isdigit() and sum(int(a) * b for a, b in zip(m, P)) % 11 % 10 == int(m[12])
PC = re.compile(r"^(?:[A-Z]{1,2}[0-9][0-9A-Z]?) [0-9][A-Z]{2}$")
def phone_ok(p):
    d = re.sub(r"\D", "", p)
    if d.startswith("44"): d = "0" + d[2:]
    return bool(re.match(r"^(07700900\d{3}|01632960\d{3}|02079460\d{3}|011[3-8]4960\d{3}|01[2-6]14960\d{3}|02896496\d{3}|02920180\d{3})$", d))
def main():
    T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    bad = 0; n = 0; k = 0
    for fn, t in T.items():
        b = open(os.path.join(ROOT, "corpus", fn), "rb").read()
        s = decode(b, t["encoding"])
        if t["newline"] == "crlf": assert "\r\n" in s, fn
        else: assert "\r" not in s, fn
        for x in t["secrets"] + t["keeps"]:
            if s[x["start"]:x["start"] + len(x["surface"])] != x["surface"]:
                print("OFFSET", fn, x); bad += 1
        for x in t["secrets"]:
            n += 1; v = x["value"]; kd = x["kind"]
            ok = True
            if kd in ("mpan", "mpan_full"):
                d = re.sub(r"\D", "", x["surface"])
                ok = mpan_ok(v) and (d.endswith(v) or (kd == "mpan" and len(d) >= 5 and d in v))  # split parts allowed
                if kd == "mpan_full": ok = ok and len(d) == 21
            elif kd == "mprn": ok = v.isdigit() and 6 <= len(v) <= 10
            elif kd == "postcode": ok = bool(PC.match(v)) and re.sub(r"[^A-Z0-9]", "", x["surface"].upper()) == v.replace(" ", "")
            elif kd == "phone": ok = phone_ok(v)
            elif kd == "email": ok = ("@" not in v) or bool(re.search(r"@example\.(com|org|net|co\.uk)$", v))
            elif kd == "eui64": ok = bool(re.match(r"^[0-9A-F]{16}$", v)) and (lambda h: h == v or (len(h) >= 5 and h in v))(re.sub(r"[^0-9A-F]", "", x["surface"].upper().replace("0X", "", 1)))
            elif kd in ("elec_serial", "gas_serial"): ok = len(v) >= 8 and re.sub(r"[^0-9A-Z]", "", x["surface"].upper()) == v
            elif kd == "account": ok = len(re.sub(r"\W", "", v)) >= 8
            if not ok: print("VALUE", fn, x); bad += 1
        for x in t["keeps"]:
            k += 1
            for y in t["secrets"]:
                if x["start"] < y["start"] + len(y["surface"]) and y["start"] < x["start"] + len(x["surface"]):
                    print("OVERLAP", fn, x, y); bad += 1
    print("files", len(T), "secrets", n, "keeps", k, "problems", bad)
    return 1 if bad else 0
sys.exit(main())
