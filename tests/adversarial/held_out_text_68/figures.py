"""Headline figures (helper-68). Usage: figures.py TRUTH.json SCORE.json"""
import json, sys, collections
truth = json.load(open(sys.argv[1])); sc = json.load(open(sys.argv[2]))
tot = collections.Counter(); lk = collections.Counter(); ref = collections.Counter()
ktot = collections.Counter(); klost = collections.Counter(); lost = []
dv_tot = set(); dv_leak = set()
for r in sc["results"]:
    t = truth[r["file"]]
    if not r["present"]:
        for d in t["ids"]:
            ref[d["kind"]] += 1
        continue
    for d in r["ids"]:
        tot[d["kind"]] += 1; dv_tot.add((r["file"], str(d["value"])))
        if d["leaked"]:
            lk[d["kind"]] += 1; dv_leak.add((r["file"], str(d["value"])))
    for k in r["keeps"]:
        ktot[k["cls"]] += 1
        if not k["kept"]:
            klost[k["cls"]] += 1; lost.append((r["file"], k["tok"], k["cls"]))
N = sum(tot.values()); L = sum(lk.values()); R = sum(ref.values())
print("identifiers in corpus: %d (in refused files: %d)" % (N + R, R))
print("leaked occurrences: %d -> recall %.2f%% over scored outputs, %.2f%% counting refused files as safe" % (L, 100 * (N - L) / N, 100 * (N + R - L) / (N + R)))
print("distinct (file,value) pairs: %d, leaked %d -> %.2f%%" % (len(dv_tot), len(dv_leak), 100 * (len(dv_tot) - len(dv_leak)) / len(dv_tot)))
print("files with at least one leak: %d of %d scored" % (sum(1 for r in sc["results"] if r["present"] and any(d["leaked"] for d in r["ids"])), sum(1 for r in sc["results"] if r["present"])))
print("\n| kind | identifiers | leaked | recall |\n|---|---|---|---|")
for k in sorted(tot, key=lambda x: -tot[x]):
    print("| %s | %d | %d | %.1f%% |" % (k, tot[k], lk[k], 100 * (tot[k] - lk[k]) / tot[k]))
KT = sum(ktot.values()); KL = sum(klost.values())
print("\nkeeps: %d, lost %d -> keep-rate %.2f%%" % (KT, KL, 100 * (KT - KL) / KT))
amb = sum(klost[c] for c in ("hex-counter",))
print("keep-rate without the 14 EUI-shaped 16-hex counters (ambiguous by design): %.2f%%" % (100 * (KT - ktot["hex-counter"] - (KL - klost["hex-counter"])) / (KT - ktot["hex-counter"])))
print("\n| keep class | keeps | lost |\n|---|---|---|")
for c in sorted(ktot, key=lambda x: -ktot[x]):
    print("| %s | %d | %d |" % (c, ktot[c], klost[c]))
print("\nlost keeps:")
for f, tok, c in lost:
    print("- %s `%s` (%s)" % (f, tok, c))
