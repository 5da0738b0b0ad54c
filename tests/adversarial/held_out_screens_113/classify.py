"""Group misses and lost keeps into classes; write misses.json and markdown tables.  classify.py PREFIX"""
import json, re, sys
from collections import Counter, defaultdict
P = sys.argv[1]
rows = json.load(open(P + "_rows.json"))
DES = {"colbreak": "CSS multi-column prose (values split over line/column breaks, justified)", "vertical": "vertical writing-mode (side tabs, upright stacks, sideways-lr)",
       "emphasis": "identifier drawn in styled pieces (chip + body + superscript check digit, bold tail, faded prefix, circled-S box)",
       "groupfmt": "unusual digit groupings / cases in a device log", "psql": "terminal: psql \\x records, jq, less search hit",
       "captions": "live captions over video", "watermark": "DLP watermark / billing grid", "svgtext": "SVG textLength-squeezed values and curved textPath stamps",
       "seqdiag": "sequence-diagram notes", "tabs": "Qt West tabs and table vertical header", "rich": "Qt QTextBrowser mail body",
       "impress": "LibreOffice Impress slide table", "writer": "LibreOffice Writer letter over page breaks", "calc": "LibreOffice Calc custom number format",
       "share": "screen-share JPEG copy", "magnify3x": "nearest-neighbour magnified crop", "magnify2x": "nearest-neighbour magnified crop",
       "snapped": "two snapped windows at half width"}
def cls(r):
    d = r["design"]; k = r["kind"]; sub = ""
    if len(r["boxes"]) > 1: sub = "split over %d fragments" % len(r["boxes"])
    elif r["kind"] == "name": sub = "person's name"
    elif r["design"] == "groupfmt": sub = "format " + re.sub(r"[0-9]", "9", re.sub(r"[A-Za-z]", "a", r["surface"]))
    elif r["design"] == "tabs": sub = "West tab" if r["boxes"][0][2] < r["boxes"][0][3] else ""
    return "%s | %s%s" % (k, DES.get(d, d), (" | " + sub) if sub else "")
ids = [r for r in rows if r["role"] == "id" and r.get("readable")]
keeps = [r for r in rows if r["role"] == "keep" and r.get("readable")]
miss = [r for r in ids if r.get("after")]
lost = [r for r in keeps if not r.get("after")]
out = [dict(file=r["image"], kind=r["kind"], value=r["value"], surface=r["surface"], class_=cls(r), read_after=r["red_text"], engine=r["red_src"],
            chars_read=r["red_best"]) for r in miss]
for o in out: o["class"] = o.pop("class_")
json.dump(out, open("misses.json", "w"), indent=1, ensure_ascii=False)
lostj = [dict(file=r["image"], kind=r["kind"], value=r["value"], read_before=r["orig_text"], read_after=r.get("red_text")) for r in lost]
json.dump(lostj, open("lost_keeps.json", "w"), indent=1, ensure_ascii=False)
md = []
c = Counter(o["class"] for o in out)
md.append("### Miss classes (count)\n")
for k, v in c.most_common(): md.append("- %d × %s" % (v, k))
md.append("\n### Every miss\n\n| class | file | kind | surface (planted) | read after redaction (engine) |\n|---|---|---|---|---|")
for o in sorted(out, key=lambda o: (-c[o["class"]], o["class"], o["file"])):
    md.append("| %s | %s | %s | `%s` | `%s` (%s, %d chars) |" % (o["class"], o["file"], o["kind"], o["surface"], o["read_after"].replace("|", "/")[:80], o["engine"], o["chars_read"]))
ck = Counter(r["kind"] for r in lost)
md.append("\n### Lost keeps by kind\n")
for k, v in ck.most_common(): md.append("- %d × %s" % (v, k))
md.append("\n| file | kind | keep | read before | read after |\n|---|---|---|---|---|")
for r in sorted(lost, key=lambda r: (r["kind"], r["image"])):
    md.append("| %s | %s | `%s` | `%s` | `%s` |" % (r["image"], r["kind"], r["value"], r["orig_text"].replace("|", "/")[:60], (r.get("red_text") or "").replace("|", "/")[:60]))
open(P + "_tables.md", "w").write("\n".join(md) + "\n")
print("misses", len(out), "lost", len(lost)); print("\n".join(md[:40]))
