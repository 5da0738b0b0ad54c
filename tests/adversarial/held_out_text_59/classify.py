"""Assign each miss in score.json to a guessed class; print a markdown list (used in FIRST_REPORT.md)."""
import json, re, collections, sys
r = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "score.json"))
def cls(m):
    f, k, fo, g = m["file"], m["kind"], m["form"], m.get("genre", "")
    if g == "paginated_report" and k == "mpan21": return "D page-break split of a 21-digit supply number"
    if g == "ssml" and k == "mpan": return "E digits split across sibling XML elements (SSML say-as + break)"
    if g == "mq_dump": return "F hex-dump ASCII column split over 16-byte rows"
    if fo == "braces": return "G EUI-64 as C byte-array initialiser {0x58, 0x8E, ...}"
    if g == "erlang_terms" and k == "eui64" or fo == "charcodes": return "H decimal char-code arrays (Erlang <<48,48,...>>, 49,51,...)"
    if fo in ("dblpct", "utf7") or (fo == "b64" and g == "ssml"): return "I double %-encoding / UTF-7 / base64 in an XML attribute"
    if k == "address" and fo == "pct": return "J1 address in +/%2C (form-urlencoded) text: street masked, town left"
    if k == "address": return "J2 address split over lines / ';' : town left on its own (postcode in my truth had an invalid 4th letter)"
    if k == "postcode": return "J3 postcode glued to a JSON-escaped newline (\\nBS8 3SJ)"
    if k == "mprn" and fo == "dtmf": return "L MPRN as DTMF single digits '5 7 8 5 2 0 0 5 #'"
    if k == "name":
        if fo == "split": return "K1 name split over a '> ' quoted line: one half left"
        if fo == "lower": return "K2 lower-case name: given name / first part of double-barrelled surname left"
        if fo == "upper": return "K3 upper-case (and truncated fixed-field) name"
        return "K4 other name form (initial+surname, base64 in attribute)"
    if fo.startswith("split"): return "B serial split over a line with quote/comment prefix (> >> # -- ;; bare)"
    if fo.startswith("inv"): return "C invisible/bidi chars inside a BK-G4-shaped gas serial"
    return "A separators between groups of serials / MPRNs (, : + / . tab NBSP thin ' - ' long spaces, thousands)"
groups = collections.defaultdict(list)
for m in r["misses"]:
    if m.get("optional"): continue
    groups[cls(m)].append(m)
for c in sorted(groups):
    print("\n### %s  (%d)\n" % (c, len(groups[c])))
    for m in groups[c]:
        print("- `%s` %s, form `%s`, value `%s`, readable: %s" % (m["file"], m["kind"], m["form"].replace("\t", "\\t").replace("\u00a0", "NBSP").replace("\u2009", "THIN").replace("\u202f", "NNBSP"), m["value"], ", ".join(m["readable"][:2])))
