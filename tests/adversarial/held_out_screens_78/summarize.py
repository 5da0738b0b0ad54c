"""python summarize.py ORIG_SCORE OUT_SCORE [LABEL] -> prints figures and writes work/summary_LABEL.json"""
import json, sys, collections, statistics, os
T = json.load(open("/tmp/ho45/screens/truth.json"))
O = json.load(open(sys.argv[1])); P = json.load(open(sys.argv[2])); label = sys.argv[3] if len(sys.argv) > 3 else "single"
def idx(res):
    d = collections.defaultdict(dict)
    for r in res: d[(r["i"], r["r"])][r["view"]] = r
    return d
tot_id = readable_id = leaked = 0; misses = []; unreadable = []
tot_k = readable_k = kept = 0; lost = []; missing = []
for f in sorted(T):
    if f not in O or f not in P: continue
    if P[f].get("missing"): missing.append(f); continue
    oi, pi = idx(O[f]["orig"]), idx(P[f]["out"])
    items = T[f]["items"] if "whole_rot" not in T[f] else T[T[f]["derived"]]["items"]
    for i, it in enumerate(items):
        key = (i, it["r"]); ov = oi.get(key, {}); pv = pi.get(key, {})
        if it["r"] == "id":
            tot_id += 1
            if not any(v["readable"] for v in ov.values()): unreadable.append((f, it["k"], it["v"])); continue
            readable_id += 1
            lv = [v for v in pv.values() if v["readable"]]
            if lv: leaked += 1; misses.append({"file": f, "kind": it["k"], "value": it["v"], "views": [v["view"] for v in lv], "readable": lv[0]["what"]})
        else:
            dd = "".join(ch for ch in it["v"] if ch.isdigit())
            if it["k"] == "epoch_ms" and len(dd) == 13 and sum(int(a)*p for a, p in zip(dd[:12], [3,5,7,13,17,19,23,29,31,37,41,43])) % 11 % 10 == int(dd[12]):
                continue  # scorer fix after freeze: 13-digit epoch that passes the MPAN check digit is ambiguous, not a fair keep
            tot_k += 1
            if not any(v["readable"] for v in ov.values()): continue
            readable_k += 1
            if any(v["readable"] for v in pv.values()): kept += 1
            else: lost.append({"file": f, "kind": it["k"], "value": it["v"], "read": next(iter(pv.values()), {}).get("what", "")})
meta = [(f, P[f].get("out_meta"), P[f].get("meta_hits")) for f in sorted(P) if P[f].get("out_meta")]
S = {"label": label, "ids_total": tot_id, "ids_readable_in_original": readable_id, "ids_leaked": leaked,
     "strict_recall": round(100 * (1 - leaked / max(1, readable_id)), 2), "keeps_total": tot_k, "keeps_readable_in_original": readable_k,
     "keeps_kept": kept, "keep_rate": round(100 * kept / max(1, readable_k), 2), "misses": misses, "lost_keeps": lost,
     "unreadable_in_original": unreadable, "missing_outputs": missing,
     "out_meta": [{"file": f, "mode": m["mode"], "icc": m["icc"], "info": m["info_keys"], "meta_hits": h} for f, m, h in meta if m["icc"] or m["info_keys"] or m["mode"] not in ("RGB", "L") or (h and any(x["in_bytes"] for x in h))]}
json.dump(S, open(f"/tmp/ho45/screens/work/summary_{label}.json", "w"), indent=1)
print(f"[{label}] strict recall {S['strict_recall']}% ({leaked} leaked of {readable_id} readable; {tot_id} ids, {len(unreadable)} unreadable in original)")
print(f"[{label}] keep-rate {S['keep_rate']}% ({kept}/{readable_k}; {tot_k} keeps)")
for m in misses: print("MISS", m["file"], m["kind"], m["value"], m["views"], repr(m["readable"]))
c = collections.Counter(l["kind"] for l in lost); print("LOST by kind", dict(c))
for l in lost: print("LOST", l["file"], l["kind"], repr(l["value"]), "read:", repr(l["read"]))
for m in S["out_meta"]: print("META", m)
if missing: print("MISSING OUTPUTS", missing)
