"""Group the misses of a score JSON into classes (my guess at the missing general rule) and print markdown."""
import json, sys, collections
r = json.load(open(sys.argv[1]))
def cls(d):
    g, k, f = d["genre"], d["kind"], d["form"]
    if f.startswith("drawio-deflate"): return "C1 draw.io compressed diagram (raw deflate + base64 + URL-encoding) not decoded"
    if f.startswith("gzb64") or f.startswith("zlibb64") or f in ("gzb64", "zlibb64"): return "C2 gzip/zlib + base64 blobs not decompressed"
    if f == "a85": return "C3 Ascii85 (<~ ~>) not decoded"
    if f == "b32": return "C4 base32 not decoded"
    if f.startswith("uuencode"): return "C5 uuencoded attachment not decoded"
    if f in ("hex", "0x_bytes"): return "C6 hex / 0x-byte-list EUI not decoded (isolated cases)"
    if f == "json_u" and k == "email": return "C7 e-mail with JSON-escaped @ (\\u0040): only part of local part masked"
    if g == "fluentd": return "C8 double-escaped JSON (JSON string inside JSON string) with \\\\uXXXX escapes not canonicalised"
    if k == "mprn" and f in ("underscore", "comma", "colon", "plus", "middot", "dblspace", "hyphen_sp"): return "S1 MPRN digit groups with separators (_ , : + · double space, ' - ') not bridged"
    if k in ("eserial", "gserial") and f in ("longspace", "slash", "space", "lower_sp"): return "S2 meter serial split by long space runs, '/', or spaced lower-case groups not bridged"
    if k == "postcode" and f in ("longspace",): return "S3 postcode with a long run of spaces"
    if f == "split-csv-columns": return "S4 postcode split over two CSV columns (outward / inward)"
    if f.startswith("linesplit"): return "S5 EUI-64 split over a line break with quote/comment prefix (MPAN/MPRN same form are caught)"
    if f in ("pagebreak-split", "hyphenated-linebreak"): return "S6 value split over a page break with bundle page stamps / soft-hyphenated line break"
    if f == "visio-cp-split": return "S7 value split by inline empty XML elements (Visio <cp IX='n'/>): MPAN only half-masked, EUI untouched"
    if f == "track-changes": return "S8 value/name split by Track-Changes markup ([Deleted: ..][Inserted: ..]): remainder left"
    if f.startswith("macro-one-char"): return "S9 one character per JSON element (keyboard macro recording)"
    if f == "filename-underscore": return "S10 MPAN with '_' separators inside a file path in a log line"
    if f in ("ocr", "ocr-O-for-0"): return "F1 OCR letter/digit confusions (O/0 l/1 S/5 B/8 Z/2) in captions"
    if k == "eui" and f in ("lower",) and g == "xferlog": return "F2 lower-case EUI-64 as a file name in a path (/inbound/<eui>.hcs)"
    if k == "eui" and g == "wireshark_zigbee": return "F3 Wireshark OUI-resolved EUI (SiliconL_35:4e:ec:1c:bd) - 5 bytes left"
    if k == "name": return "N1 names: hyphenated/uppercase surname-first, initial + surname, surname after markup, typewriter hyphenated surname"
    if k == "address" and g == "clipboard_html_v2": return "A1 address lines separated by <br>: locality left"
    return "X other"
by = collections.defaultdict(list)
for d in r["ids"]:
    if d["leaked"]:
        by[cls(d)].append(d)
for c in sorted(by):
    L = by[c]
    print(f"\n### {c} — {len(L)} occurrence(s) in {len(set(d['file'] for d in L))} file(s)\n")
    for d in L:
        rem = (d.get("remnant") or "").replace("|", "\\|")
        if len(rem) > 260: rem = rem[:260] + "…"
        print(f"- `{d['file']}` {d['kind']} form `{d['form']}` value `{d['value']}` — readable: {rem}")
