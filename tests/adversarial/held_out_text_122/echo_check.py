"""look for planted values in Attest's stdout/stderr/report JSON and scan output (runs/)"""
import glob, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import red, windows
truth = json.load(open("truth.json", encoding="utf-8"))
blob = ""
for f in sorted(glob.glob("runs/*.stdout") + glob.glob("runs/*.stderr") + glob.glob("runs/*.report.json") + glob.glob("runs/scan_*")):
    blob += open(f, encoding="utf-8", errors="replace").read() + "\n"
rb = red(blob); low = blob.casefold()
hits = []
for fn, t in truth.items():
    for s in t["secrets"]:
        if s["kind"] in ("name", "address"):
            if s["surface"].casefold() in low: hits.append((fn, s["kind"], s["surface"]))
        else:
            v = red(s["value"])
            if any(w in rb for w in windows(v)) and len(v) >= 6: hits.append((fn, s["kind"], s["surface"]))
print(len(hits), "echoed values"); [print(*h) for h in hits[:40]]
