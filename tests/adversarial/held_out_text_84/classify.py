"""Map each miss / lost keep in results.json to a developer-facing class; print Markdown lists."""
import json, sys
r = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "results.json", encoding="utf-8"))
def mcls(m):
    g, k, f, t = m["genre"], m["kind"], m["form"], m["text"]
    if g == "cobol_copybook_rec": return "A. Fixed-width record (COBOL copybook data line, fields abut with no separator)"
    if k == "address" and t.startswith("PO Box"): return "B. PO Box address: box redacted, town after it left"
    if k == "address": return "C. House-name address with Welsh street, no number, no label word before it"
    if f == "ni_mprn": return "D. NI 11-digit MPRN after label `MPRN(NI)`"
    if g == "mongo_extjson": return "E. MPRN as MongoDB extended JSON `\"mprn\": {\"$numberLong\": \"...\"}`"
    if k == "account": return "F. Account number inside a Redis key `cust:<acct>`"
    if k == "eui64": return "G. EUI-64 lower-case, no separator, inside a file name"
    return "H. Names: " + {"initial": "initial + surname", "lower": "lower-case with particle / common-word surname",
                           "first": "first name alone in prose", "surname_caps": "`SURNAME, Forename`", "caps": "ALL CAPS in a JSON error string",
                           "surname_first": "`Surname, Forename` in chat", "title_initial": "`Revd` + initial + surname",
                           "plain": "plain (query string / chat header)"}.get(f, f)
def kcls(m):
    k, o = m["kind"], m["orig_line"]
    if k == "company": return "1. Company names that contain a town"
    if k == "unix_time": return "2. 10-digit Unix times after `from=` (-> MPRN) or `state serial` (-> MSN)"
    if k == "work_order" and "Meter exchange" in o: return "3a. Work order after `Meter exchange` (-> MSN)"
    if k in ("work_order", "test_case") and (o.startswith("Visit") or o.startswith("Retest")): return "3b. Work order / test case in a CSV first cell `Visit WO-…` / `Retest TC-…` (-> NAME)"
    if k == "test_case": return "3c. Test case in the first cell of a CSV whose previous row has a quoted multi-line cell (-> ADDRESS)"
    if k == "uuid": return "4. UUID in a fixed-width report footer `Report id <uuid>` (-> NAME NAME MPAN, column detector)"
    return "5. Invoice number + date across `*` (X12) read as an MPAN"
import collections
g = collections.defaultdict(list)
for m in r["misses"]: g[mcls(m)].append(m)
print("## Every miss, by class\n")
for c in sorted(g):
    print(f"\n### {c}: {len(g[c])}\n")
    for m in g[c]:
        print(f"- `{m['file']}` L{m['line']} ({m['encoding']}) {m['kind']}/{m['form']}: `{m['text'].strip()}`, left readable: {', '.join(m['probes'][:4])}\n  - original: `{m['orig_line'].strip()}`\n  - redacted: `{m['out_line'].strip()}`")
g = collections.defaultdict(list)
for m in r["lost_keeps"]: g[kcls(m)].append(m)
print("\n## Every lost keep, by cause\n")
for c in sorted(g):
    print(f"\n### {c}: {len(g[c])}\n")
    for m in g[c]:
        print(f"- `{m['file']}` L{m['line']} {m['kind']}: `{m['text']}`\n  - original: `{m['orig_line'].strip()}`\n  - redacted: `{m['out_line'].strip()}`")
