import sys, json, os, collections
ROOT = "/tmp/ho48/screens"
T = json.load(open(f"{ROOT}/truth.json"))
res = json.load(open(sys.argv[1])); outdir = sys.argv[2] if len(sys.argv) > 2 else ""
note = {fn: t["note"] for fn, t in T.items()}; tk = {fn: t["toolkit"] for fn, t in T.items()}
ids = [r for r in res if r["t"] == "S"]; keeps = [r for r in res if r["t"] == "K"]
def readable(r): return r["base_tess"] or r["base_rapid"]
def missing_out(r): return r["out_tess"] is None
rid = [r for r in ids if readable(r)]
def leak(r):
    return bool((r["base_tess"] or True) and r["out_tess"]) or bool(r["out_rapid"])
def leak_e(r, e): return bool(r["out_" + e])
L = [r for r in rid if leak(r)]
print("# Figures\n")
print(f"- images: {len(T)}; identifiers planted: {len(ids)}; readable unredacted by Tesseract-2x or RapidOCR-v4: {len(rid)} (tess {sum(r['base_tess'] for r in ids)}, rapid {sum(r['base_rapid'] for r in ids)})")
print(f"- images with no output: {sorted(set(r['file'] for r in res if missing_out(r)))}")
print(f"- STRICT RECALL (no 8 chars / no 3+ letter word readable by either engine): {len(rid)-len(L)}/{len(rid)} = {100*(len(rid)-len(L))/max(1,len(rid)):.2f} %  (leaks: {len(L)})")
for e in ("tess", "rapid"):
    re_ = [r for r in ids if r["base_" + e]]; le = [r for r in re_ if leak_e(r, e)]
    print(f"  - {e}: {len(re_)-len(le)}/{len(re_)} = {100*(len(re_)-len(le))/max(1,len(re_)):.2f} %")
# also any readable-after even if not readable before
extra = [r for r in ids if not readable(r) and leak(r)]
print(f"- identifiers not readable before but readable after: {len(extra)}")
rk = [r for r in keeps if readable(r)]
def kept(r):
    return any(r["base_" + e] and r["out_" + e] for e in ("tess", "rapid"))
lost = [r for r in rk if not kept(r)]
print(f"- KEEP RATE: {len(rk)-len(lost)}/{len(rk)} = {100*(len(rk)-len(lost))/max(1,len(rk)):.2f} %  (keeps planted {len(keeps)}, readable unredacted {len(rk)})")
print("\n## Recall by kind\n")
c = collections.defaultdict(lambda: [0, 0])
for r in rid: c[r["kind"]][0] += 1; c[r["kind"]][1] += leak(r)
for k_, (n, l) in sorted(c.items()): print(f"- {k_}: {n-l}/{n} ({l} leaked)")
print("\n## Recall by toolkit\n")
c = collections.defaultdict(lambda: [0, 0])
for r in rid: c[tk[r["file"]]][0] += 1; c[tk[r["file"]]][1] += leak(r)
for k_, (n, l) in sorted(c.items()): print(f"- {k_}: {n-l}/{n} ({l} leaked)")
print("\n## Recall / keep by image\n")
print("| image | ids readable | leaked | keeps readable | lost |\n|---|---|---|---|---|")
for fn in T:
    a = [r for r in rid if r["file"] == fn]; b = [r for r in rk if r["file"] == fn]
    print(f"| {fn} | {len(a)} | {sum(leak(r) for r in a)} | {len(b)} | {sum(not kept(r) for r in b)} |")
print("\n## Every leaked identifier\n")
for r in sorted(L, key=lambda r: (r["file"], r["id"])):
    eng = "+".join(e for e in ("tess", "rapid") if leak_e(r, e))
    read = "; ".join(f"{e}: {r['outtext_'+e]!r}" for e in ("tess", "rapid") if leak_e(r, e))
    print(f"- `{r['file']}` [{r['kind']}] `{r['text']}` — read by {eng}{' (clipped at edge)' if r['clipped'] else ''}; pixels changed {r['pix']}; technique: {note[r['file']]}; OCR: {read[:160]}")
print("\n## Every lost keep\n")
g = collections.defaultdict(list)
for r in lost:
    cause = "masked (pixels changed >=30 %)" if (r["pix"] or 0) >= 0.3 else ("partly changed (5-30 %)" if (r["pix"] or 0) >= 0.05 else "unchanged pixels: OCR variance / neighbour masked")
    g[cause].append(r)
for cause, rs in g.items():
    print(f"### {cause}: {len(rs)}\n")
    for r in sorted(rs, key=lambda r: r["file"]):
        print(f"- `{r['file']}` [{r['kind']}] `{r['text']}` pix {r['pix']}; out: tess {str(r['outtext_tess'])[:70]!r} rapid {str(r['outtext_rapid'])[:70]!r}")
    print()
