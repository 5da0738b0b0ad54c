#!/usr/bin/env python3
"""Look for planted values in Attest's stdout/stderr/reports and workspaces (raw bytes decoded utf-8/16/32, reduced)."""
import json, re, os, glob, sys
red = lambda s: re.sub(r"[^0-9A-Z]", "", s.upper())
T = json.load(open("truth.json"))
def texts(p):
    b = open(p, "rb").read(); out = [b.decode("utf-8", "replace")]
    for c in ("utf-16-le", "utf-16-be", "utf-32-le"):
        try: out.append(b.decode(c, "replace"))
        except Exception: pass
    return out
targets = sorted(glob.glob("runs/*.stdout") + glob.glob("runs/*.stderr") + glob.glob("runs/*.report.json") + [p for p in glob.glob("runs/ws_*/**", recursive=True) if os.path.isfile(p)])
hay = {p: [red(t) for t in texts(p)] for p in targets}
rawhay = {p: texts(p)[0] for p in targets}
hits = []
for f in T["files"]:
    for s in f["secrets"]:
        if s["kind"] in ("name", "address"):
            for p, t in rawhay.items():
                if s["surface"] in t: hits.append((p, f["file"], s["kind"], s["surface"]))
        else:
            v = red(s["value"])
            if len(v) < 6: continue
            for p, ts in hay.items():
                if any(v in t for t in ts): hits.append((p, f["file"], s["kind"], s["surface"]))
print("searched", len(targets), "files; hits", len(hits))
for h in hits[:40]: print(h)
json.dump(hits, open("echo_hits.json", "w"), ensure_ascii=False, indent=1)
