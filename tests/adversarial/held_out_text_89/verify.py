#!/usr/bin/env python3
"""Independent truth check: offsets, MPAN check digits, EUI/postcode shapes, encoded forms decode back,
and a sweep for unrecorded MPAN-valid 13-digit runs / list names outside recorded spans."""
import base64, json, os, quopri, re, sys
H = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(H, "gen"))
from lib import mpan_check, FIRST, LAST
t = json.load(open(os.path.join(H, "truth.json"), encoding="utf-8"))
bad = 0; checked = 0; gaps = []
W = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
def spoken(s):
    out, toks = "", s.split(); i = 0
    while i < len(toks):
        if toks[i] == "double": out += W[toks[i+1]] * 2; i += 2
        else: out += W.get(toks[i], ""); i += 1
    return out
def sniff(data):
    for bom, c in ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
        if data.startswith(bom): return data[len(bom):].decode(c)
    if data[:4].count(0) == 3: return data.decode("utf-32-le" if data[0] else "utf-32-be")
    if data[1:2] == b"\x00": return data.decode("utf-16-le")
    if data[0:1] == b"\x00": return data.decode("utf-16-be")
    return data.decode("utf-8")
for fn, m in t["files"].items():
    txt = sniff(open(os.path.join(H, "corpus", fn), "rb").read()).replace("\r\n", "\n")
    spans = []
    for it in m["items"]:
        checked += 1
        if txt[it["start"]:it["end"]] != it["text"]:
            bad += 1; print("OFFSET", fn, it); continue
        spans.append((it["start"], it["end"]))
        if it["role"] != "id": continue
        k, tech, v = it["kind"], it["tech"], it["text"]
        if k == "mpan":
            if tech == "base64_json": d = json.loads(base64.b64decode(v))["mpan"]
            elif tech == "ju": d = json.loads('"' + v + '"')
            elif tech == "spoken": d = spoken(v)
            elif tech == "xxd_hex": d = bytes.fromhex(v.replace(" ", "")).decode()[:13]
            elif tech == "ocr": d = v.replace("O", "0").replace("l", "1").replace("S", "5").replace("B", "8").replace(" ", "")
            else: d = re.sub(r"\D", "", v)
            d = d[-13:]
            if len(d) != 13 or mpan_check(d[:12]) != d[12]: bad += 1; print("MPAN", fn, it, d)
        elif k == "eui64":
            h = re.sub(r"[^0-9A-Fa-f]", "", v[2:] if v.startswith("0x") else v)
            if len(h) != 16: bad += 1; print("EUI", fn, it)
        elif k == "postcode" and tech not in ("nato",):
            if not re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}[A-Za-z]?[\s\u00a0]*\d[A-Za-z]{2}", v): bad += 1; print("PC", fn, it)
        elif k == "name" and tech == "rfc2047_b": base64.b64decode(v).decode()
        elif k == "name" and tech == "rfc2047_q": assert "for" in quopri.decodestring(v.encode(), header=True).decode()
    # sweep for unrecorded MPANs and names
    def covered(a, b): return any(s <= a and b <= e for s, e in spans)
    for mm in re.finditer(r"(?<!\d)\d{13}(?!\d)", txt):
        d = mm.group()
        if mpan_check(d[:12]) == d[12] and not covered(mm.start(), mm.end()):
            gaps.append((fn, "mpan?", d))
    for nm in set(FIRST) | {l for l in LAST if len(l) > 4}:
        for mm in re.finditer(r"\b" + re.escape(nm) + r"\b", txt):
            if not covered(mm.start(), mm.end()): gaps.append((fn, "name?", nm, txt[max(0, mm.start()-30):mm.end()+20]))
print(f"checked {checked} items, {bad} bad; possible unrecorded: {len(gaps)}")
for g in gaps[:40]: print("  ", g)
