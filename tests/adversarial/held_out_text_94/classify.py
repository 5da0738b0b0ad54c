"""List every miss and lost keep from a results json, grouped."""
import json, sys, collections
r = json.load(open(sys.argv[1]))
truth = json.load(open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "truth.json")))
print("# Misses and lost keeps\n"); print("Totals:", json.dumps(r["totals"]), "\n")
miss = collections.defaultdict(list); lost = collections.defaultdict(list)
for f, fr in r["files"].items():
    if fr["status"] != "ok": print(f"- FILE {f}: {fr['status']} {fr.get('message','')[:200]}")
    for s in fr["secrets"]:
        if s["leaked"]: miss[(s["kind"], s["form"])].append((f, s["text"], s["evidence"]))
    for k in fr["keeps"]:
        if k["lost"]: lost[k["kind"]].append((f, k["text"]))
print("\n## Misses by kind/form\n")
for (k, fm), L in sorted(miss.items(), key=lambda x: -len(x[1])):
    print(f"### {k} / {fm}: {len(L)}")
    for f, t, e in L: print(f"- {f}: `{t}` (left: `{e}`)")
print("\n## Lost keeps by kind\n")
for k, L in sorted(lost.items(), key=lambda x: -len(x[1])):
    print(f"### {k}: {len(L)}")
    for f, t in L: print(f"- {f}: `{t}`")
