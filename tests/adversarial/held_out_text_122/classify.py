"""classify.py results.json -> misses.json + report tables (misses_table.md). Not part of the frozen scorer."""
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import red, words, decode_like
truth = json.load(open("truth.json", encoding="utf-8"))
R = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "results.json", encoding="utf-8"))
OUT = sys.argv[2] if len(sys.argv) > 2 else "out"


def snippet(fn, x):
    out, _ = decode_like(open(os.path.join(OUT, fn), "rb").read(), truth[fn]["encoding"])
    s = x["surface"]
    # surface verbatim first, else the evidence word/window
    i = out.find(s)
    if i < 0 and x["kind"] in ("name", "address"):
        m = re.search(r"(?i)(?<![^\W\d_])" + re.escape(x["evidence"]) + r"(?![^\W\d_])", out)
        i = m.start() if m else -1
    if i < 0:
        for line in out.splitlines():
            if x["evidence"] in red(line):
                return line.strip()[:160]
        return "(spans lines)"
    a, b = max(0, i - 70), min(len(out), i + len(s) + 60)
    return out[a:b].replace("\r", "").replace("\n", " ⏎ ").replace("\t", " ⇥ ").strip()


def cls(x, ctx):
    k, f = x["kind"], x["form"]
    if k == "account":
        if f == "bank": return "1 account: 8-digit bank account number (XML number=, 'Bank account ending', payload column, JSON id)"
        if f == "alpha": return "1 account: alphanumeric account ref (2 letters+8 digits+letter) under any label"
        return "1 account: 10-digit/dashed/CA account under a label that is not 'account' (ref=, employeeNumber, RFF+Z13, BusinessPartnerSet(), JSON:API id, Welsh 'Rhif cyfrif', glued 'acc')"
    if k == "mprn":
        return "2 MPRN in a URL path, JSON:API id, RAML example, Apex MPRN__c variable or list cell (no 'MPRN' word immediately before)"
    if k == "name":
        if f in ("init",): return "3c name: initial + surname ('S. Rain')"
        if re.search(r"\[NAME-\d+\][ ,]{0,2}" + re.escape(x["evidence"]) + "|" + re.escape(x["evidence"]) + r"[ ,]{0,2}\[NAME-", ctx, re.I): return "3b name: partly masked, other half left (first or surname)"
        return "3a name: whole name left (word-names, upper/lower case, in SQL VALUES, XML attributes, CSV cells, 'Enw:', '客户', JSON note text)"
    if k == "address":
        return "4 address: lower-case street line, Welsh street read as a name, or street left beside a masked name"
    return "5 full MPAN top line / phone glued to it"


ms = []
for x in R["misses"]:
    ctx = snippet(x["file"], x)
    ms.append({"file": x["file"], "genre": x["genre"], "kind": x["kind"], "value": x["value"], "surface": x["surface"], "form": x["form"],
               "class": cls(x, ctx), "evidence": x["evidence"], "context": ctx})
json.dump(ms, open("misses.json", "w"), indent=1, ensure_ascii=False)
L = []
for c in sorted({m["class"] for m in ms}):
    g = [m for m in ms if m["class"] == c]
    L.append(f"\n### {c}  ({len(g)})\n\n| file | kind | surface left readable | context in the output |\n|---|---|---|---|")
    for m in g:
        L.append(f"| {m['file']} | {m['kind']} | `{m['surface']}` | `{m['context'].replace('|', '¦')}` |")
L.append("\n### lost keeps\n\n| file | kind | keep | what is there now |\n|---|---|---|---|")
for k in R["lost_keeps"]:
    L.append(f"| {k['file']} | {k['kind']} | `{k['surface']}` | `{k['context'].replace('|', '¦')[:140]}` |")
open("misses_table.md", "w").write("\n".join(L) + "\n")
print(collections.Counter(m["class"] for m in ms))
