#!/usr/bin/env python3
"""Attach a class to every miss / lost keep (written after the first run; rules by kind, shape and file)."""
import json, re
ms = json.load(open("misses_raw.json")); lk = json.load(open("lost_keeps_raw.json"))
def cls(m):
    k, v, f = m["kind"], m["value"], m["file"]
    if k == "mpan" and "," in v: return "A hex(2) registry value (UTF-16LE bytes as hex) of an MPAN"
    if k == "email": return "Z scorer artefact: e-mail masked, adjacent leaked name shares its canonical window"
    if k == "e_serial" and re.fullmatch(r"[A-Z]\d{7}[A-Z]", v): return "B electricity serial shape letter+7 digits+letter, even under meter labels"
    if k == "account": return "C account number whose label is not adjacent (XML attribute N='Account', sibling JSON/XML element, schema key, table column header) or absent"
    if k == "mprn": return "F short MPRN in a table column headed 'SP ID'"
    if k == "address": return "E address in lower case / partial address (house name masked, street and town left)"
    if k == "name":
        if m["full"] is False: return "D2 name half-masked (one part left readable)"
        if v.islower(): return "D3 lower-case name in notes"
        return "D1 name without a personal label (XML attribute label, ODF span, schema examples, CSV sender, bold, after 'for'/'returns', parentheses)"
    return "?"
for m in ms: m["class"] = cls(m)
for l in lk: l["class"] = "K1 file refused (semicolon CSV: 'redacted CSV would not keep its rows and columns')" if l["refused"] else "K2 ordinary word masked because a surname that is the same word (Field, Moss, Castle) was found in ANOTHER file of the same redact batch (detector 'register': cross-file value propagation)"
json.dump(ms, open("misses.json", "w"), indent=1, ensure_ascii=False)
json.dump(lk, open("lost_keeps.json", "w"), indent=1, ensure_ascii=False)
import collections
print(collections.Counter(m["class"][:60] for m in ms)); print(collections.Counter(l["class"][:40] for l in lk))
