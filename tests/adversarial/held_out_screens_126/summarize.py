"""Figures from results.json: per design/kind/toolkit/scale/theme; every miss and lost keep; timings; scan."""
import json, sys, collections, statistics
R = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "results.json"))
def fig(rows):
    ids = [r for r in rows if r["role"] == "id" and r["readable"]]; ks = [r for r in rows if r["role"] == "keep" and r["readable"]]
    rec = sum(not r["read_after"] for r in ids); kept = sum(r["read_after"] for r in ks)
    return "%d/%d = %s | %d/%d = %s" % (rec, len(ids), "%.1f%%" % (100 * rec / len(ids)) if ids else "-", kept, len(ks), "%.1f%%" % (100 * kept / len(ks)) if ks else "-")
def table(key, title):
    print("\n### %s\n\n| %s | strict recall (ids masked / readable) | keep-rate (kept / readable) |\n|---|---|---|" % (title, title))
    g = collections.defaultdict(list)
    for r in R: g[key(r)].append(r)
    for k in sorted(g): print("| %s | %s |" % (k, fig(g[k]).replace(" | ", " | ")))
tot_id = [r for r in R if r["role"] == "id"]; tot_k = [r for r in R if r["role"] == "keep"]
print("identifiers planted (on screen): %d, readable unredacted: %d; keeps: %d, readable: %d" % (len(tot_id), sum(r["readable"] for r in tot_id), len(tot_k), sum(r["readable"] for r in tot_k)))
print("OVERALL:", fig(R))
def scale_bucket(r):
    s = r["scale"]; return "<1.0" if s < 0.99 else "1.0" if s < 1.1 else "1.1-1.5" if s <= 1.5 else "1.6-2.0" if s <= 2.0 else ">2.0"
table(lambda r: r["design"], "design")
table(lambda r: r["kind"], "kind")
table(lambda r: r["toolkit"].split("+")[0] + ("+jpeg" if "jpeg" in r["toolkit"] else ""), "toolkit")
table(lambda r: r["theme"], "theme")
table(scale_bucket, "scale")
top = [r for r in R if r["kind"] == "sbox_top" and r["readable"]]
print("\nS-box top lines (not identifiers, reported only): %d readable, %d still readable after" % (len(top), sum(r["read_after"] for r in top)))
print("\n### misses\n\n| file | kind | value | surface | read after by | OCR text after |\n|---|---|---|---|---|---|")
M = [r for r in R if r["role"] == "id" and r["readable"] and r["read_after"]]
for r in sorted(M, key=lambda r: (r["kind"], r["image"])): print("| %s | %s | %s | %s | %s | %s |" % (r["image"], r["kind"], r["value"], r["surface"], ",".join(r["after"]), " / ".join(r["after_text"]).replace("|", "¦")))
print("\n### lost keeps\n\n| file | value |\n|---|---|")
for r in sorted([r for r in R if r["role"] == "keep" and r["readable"] and not r["read_after"]], key=lambda r: (r["design"], r["image"])): print("| %s | %s |" % (r["image"], r["value"]))
