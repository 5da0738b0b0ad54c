"""Figures from a score.py result: python3 summarize.py RESULT.json [misses.json]"""
import sys, json
from collections import defaultdict

R = json.load(open(sys.argv[1]))


def agg(keyf):
    d = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # ids total, readable, leaked, keeps total, readable, kept
    for img, v in R["images"].items():
        for it in v["items"]:
            k = keyf(img, v, it)
            a = d[k]
            if it["role"] == "id":
                a[0] += 1
                if it["readable"]:
                    a[1] += 1; a[2] += bool(it.get("read_after"))
            else:
                a[3] += 1
                if it["readable"]:
                    a[4] += 1; a[5] += bool(it.get("read_after"))
    return d


def fmt(name, a):
    rec = "%.1f%%" % (100 * (1 - a[2] / a[1])) if a[1] else "-"
    kr = "%.1f%%" % (100 * a[5] / a[4]) if a[4] else "-"
    return "| %s | %d | %d | %d | %s | %d | %d | %d | %s |" % (name, a[0], a[1], a[2], rec, a[3], a[4], a[4] - a[5], kr)


HDR = "| group | ids | readable | leaked | strict recall | keeps | readable | lost | keep-rate |\n|---|---|---|---|---|---|---|---|---|"
for title, f in [("TOTAL", lambda i, v, it: "all"), ("per design", lambda i, v, it: v["design"]),
                 ("per toolkit", lambda i, v, it: v["toolkit"]), ("per kind", lambda i, v, it: it["kind"] if it["role"] == "id" else "keep:" + it["kind"]),
                 ("per scale", lambda i, v, it: "%.2f" % v["scale"]), ("per theme", lambda i, v, it: v["theme"]),
                 ("per image", lambda i, v, it: i)]:
    print("\n### " + title + "\n" + HDR)
    d = agg(f)
    for k in sorted(d):
        print(fmt(k, d[k]))

if len(sys.argv) > 2:
    out = []
    for img, v in R["images"].items():
        for it in v["items"]:
            if it["readable"] and ((it["role"] == "id" and it.get("read_after")) or (it["role"] == "keep" and not it.get("read_after"))):
                out.append({"file": img, "design": v["design"], "role": it["role"], "kind": it["kind"], "value": it["value"], "surface": it["surface"],
                            "text_after": it.get("text_after", ""), "engine_after": it.get("engine_after", ""), "rects": it["rects"]})
    json.dump(out, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
    print("\nwrote", len(out), "rows to", sys.argv[2])
