#!/usr/bin/env python3
"""List every miss and lost keep with context from results.json (after score.py)."""
import json, sys
R = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "results.json"))
T = json.load(open("truth.json"))
def ctx(fn, r, w=45):
    m = T["files"][fn]
    o = open("corpus/" + fn, "rb").read().decode(m["codec"]).lstrip("\ufeff").replace("\r\n", "\n")
    return (o[max(0, r["start"] - w):r["start"]] + "«" + o[r["start"]:r["end"]] + "»" + o[r["end"]:r["end"] + 25]).replace("\n", "⏎")
print("## misses"); 
for fn, v in R["files"].items():
    for r in v["items"]:
        if r["role"] == "id" and r["leaked"]:
            print(f"- `{fn}` [{T['files'][fn]['encoding']}/{T['files'][fn]['newline']}] {r['kind']}/{r['tech']} `{r['text']}` kept={r.get('kept_words', r.get('kept_alnum'))} — `{ctx(fn, r)}`")
print("## lost keeps")
for fn, v in R["files"].items():
    for r in v["items"]:
        if r["role"] == "keep" and not r["ok"]:
            print(f"- `{fn}` {r['kind']} `{r['text']}` — `{ctx(fn, r)}`")
