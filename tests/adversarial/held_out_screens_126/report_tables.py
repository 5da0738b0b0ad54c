"""Classify misses and lost keeps (classes assigned from design/kind/value shape and the overlapping Attest finding), write misses.json and tables."""
import json, re, collections
R = json.load(open("work/results_annot.json"))
CTX = {
 ("alttab",): "Alt-Tab switcher: three window thumbnails at 0.39x on a dark 1920x1080 desktop (text ~5-6 px high)",
 ("lo_bill", "account"): "bill, closing line: 'Direct Debit reference <acct>.' (no 'Account' label)",
 ("lo_bill+share", "account"): "JPEG share copy of the bill, 'Direct Debit reference <acct>.'",
 ("letter", "account"): "final-bill letter body: 'Please quote <acct> when you call us on ...' (oldstyle serif)",
 ("letter+hdr", "account"): "HDR washed-out copy of the letter: 'Please quote <acct> when you call ...'",
 ("lo_bill", "gas_serial"): "bill meter-readings table, 8 pt ruled table, Meter column (shape 8 digits + M + digit)",
 ("letter", "gas_serial"): "letter meter table (serif, oldstyle figures), Meter column (8 digits + M + digit)",
 ("portal", "name"): "dark app bar at 150 %: 'MyEnergy account · Dawn Page · ACC-...' (word-name, no label)",
 ("sqlite", "name"): "terminal sqlite3 .mode line: '        name = Will Wood' (word-name)",
 ("sticky", "mprn"): "status line under a grid: 'Selected: 436653918 · 01632 960903 · <uuid>' (unlabelled 9-digit MPRN)",
 ("lo_bill+share", "phone"): "JPEG share copy (0.73x, q50) of the bill: 'Questions? Call 0113 496 0142 or e-mail ...' (masked on the PNG)",
}
def klass(r):
    d = r["design"]; k = r["kind"]
    if d == "alttab": return "A. Thumbnails: window previews scaled to 0.39x (Alt-Tab); nothing masked, scan silent"
    if k == "account": return "B. Account numbers in running text without an 'Account' label (Direct Debit reference / please quote)"
    if k == "gas_serial": return "C. Gas meter serials shaped 8 digits + M + digit in meter tables"
    if k == "name": return "D. Word-names without a 'Name' label (app bar, key = value line)"
    if k == "mprn": return "E. Unlabelled 9-digit MPRN in a status line"
    if k == "phone": return "F. Screen-share JPEG copy loses a phone the PNG original had masked"
    return "G. other"
def ctx(r):
    return CTX.get((r["design"],)) or CTX.get((r["design"], r["kind"])) or r["design"]
M = [r for r in R if r["role"] == "id" and r["readable"] and r["read_after"]]
out = [dict(file=r["image"], kind=r["kind"], value=r["value"], surface=r["surface"], cls=klass(r), read_after_by=r["after"], ocr_after=r["after_text"],
            context=ctx(r), flagged_by_scan_on_original=r.get("scan_orig"), flagged_by_scan_on_output=bool(r.get("scan_out"))) for r in M]
json.dump(out, open("misses.json", "w"), indent=1)
g = collections.defaultdict(list)
for m in out: g[m["cls"]].append(m)
print("## Every miss (readable identifier still readable after redaction), by class\n")
for c in sorted(g):
    print("### %s — %d\n\n| file | kind | surface left readable | context | read after by | scan orig / out |\n|---|---|---|---|---|---|" % (c, len(g[c])))
    for m in g[c]: print("| %s | %s | `%s` | %s | %s | %s / %s |" % (m["file"], m["kind"], m["surface"], m["context"], ",".join(m["read_after_by"]), "yes" if m["flagged_by_scan_on_original"] else "NO", "yes" if m["flagged_by_scan_on_output"] else "NO"))
    print()
def kclass(r):
    c = r.get("cause") or []
    if not c: return "K7. No Attest box over it (OCR variance in the scorer, not a redaction)"
    kind, det = c[0]
    d = r["design"]
    if d.startswith("qt_tree"): return "K1. Keep in the cell right of a device id/serial in a tree row (DEVICE field-right)"
    if d.startswith("lo_sheet") and det == "column": return "K2. Column mask runs on into the next column(s) of a printed sheet (MSN column)"
    if re.fullmatch(r"D\d{4}", r["value"]): return "K3. Flow names D0nnn masked as device/serial (pattern)"
    if d.startswith("qt_flowerr"): return "K4. UUIDs/readings on pipe-delimited flow lines masked with the name/MPAN beside them"
    if d.startswith("han"): return "K5. Topology labels under device ids (SMETS2, GBCS v4.0, Zigbee SEP 1.2) and legend lines below the address"
    if r["value"].startswith("MPAN-REF"): return "K6. MPAN-REF-nn references masked (label 'Customer ref' as ACCOUNT, or a MPRN/POSTCODE column)"
    return "K8. other over-reach"
L = [r for r in R if r["role"] == "keep" and r["readable"] and not r["read_after"]]
g = collections.defaultdict(list)
for r in L: g[kclass(r)].append(r)
print("## Every lost keep (readable keep no longer read after redaction), by class\n")
for c in sorted(g):
    print("### %s — %d\n\n| file | keep | design | Attest finding over it (kind, detector) |\n|---|---|---|---|" % (c, len(g[c])))
    for r in g[c]: print("| %s | `%s` | %s | %s |" % (r["image"], r["value"], r["design"], "; ".join("%s %s" % tuple(x) for x in (r.get("cause") or [])[:2]) or "none"))
    print()
nk = [r for r in R if r["role"] == "keep" and r["readable"]]
noise = len(g.get("K7. No Attest box over it (OCR variance in the scorer, not a redaction)", []))
print("keep-rate excluding K7 (scorer OCR variance): %d/%d = %.1f%%" % (len(nk) - len(L), len(nk) - noise, 100 * (len(nk) - len(L)) / (len(nk) - noise)))
