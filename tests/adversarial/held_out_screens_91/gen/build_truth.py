import json, glob, os
ROOT = "/tmp/ho48/screens"
out = {}
for f in sorted(glob.glob(f"{ROOT}/truth/*.json")):
    t = json.load(open(f)); items = []; i = 0; its = t["items"]
    while i < len(its):
        it = its[i]
        if it["kind"] in ("mpan_top", "mpan_core_part"):
            j = i
            while j < len(its) and its[j]["kind"] == it["kind"]: j += 1
            grp = its[i:j]
            items.append(dict(t="S", kind="sbox_top" if it["kind"] == "mpan_top" else "sbox_core", text=" ".join(g["text"] for g in grp),
                              rects=[r for g in grp for r in g["rects"]], clipped=any(g["clipped"] for g in grp), parts=[g["text"] for g in grp]))
            i = j; continue
        items.append(it); i += 1
    items = [x for x in items if x["rects"]]
    for n, x in enumerate(items): x["id"] = "%s#%d" % (t["name"], n)
    t["items"] = items
    out[t["file"]] = t
json.dump(out, open(f"{ROOT}/truth.json", "w"), indent=1, ensure_ascii=False)
S = sum(1 for t in out.values() for x in t["items"] if x["t"] == "S"); K = sum(1 for t in out.values() for x in t["items"] if x["t"] == "K")
print(len(out), "images", S, "identifiers", K, "keeps")
from collections import Counter
print(Counter(x["kind"] for t in out.values() for x in t["items"] if x["t"] == "S"))
