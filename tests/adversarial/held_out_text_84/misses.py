"""Group misses and lost keeps from results.json into Markdown (by kind/form/genre)."""
import json, sys, collections
r = json.load(open(sys.argv[1], encoding="utf-8"))
s = r["summary"]
print(f"# Misses by class\n\nrecall {s['recall']} % ({s['secrets'] - s['leaked']}/{s['secrets']}), keep-rate {s['keep_rate']} % ({s['keeps'] - s['lost_keeps']}/{s['keeps']}), missing outputs {s['missing_outputs']}\n")
g = collections.defaultdict(list)
for m in r["misses"]:
    g[(m["kind"], m["form"])].append(m)
for (k, f), ms in sorted(g.items(), key=lambda x: -len(x[1])):
    print(f"\n## {k} / {f}: {len(ms)}\n")
    for m in ms:
        print(f"- `{m['file']}` L{m['line']} ({m['encoding']}, {m['newline']}) value `{m['text']!r}` probes {m['probes'][:4]}\n  - orig: `{m['orig_line']}`\n  - out:  `{m['out_line']}`")
print("\n# Lost keeps\n")
g = collections.defaultdict(list)
for m in r["lost_keeps"]:
    g[m["kind"]].append(m)
for k, ms in sorted(g.items(), key=lambda x: -len(x[1])):
    print(f"\n## {k}: {len(ms)}\n")
    for m in ms:
        print(f"- `{m['file']}` L{m['line']} keep `{m['text']}`\n  - orig: `{m['orig_line']}`\n  - out:  `{m['out_line']}`")
