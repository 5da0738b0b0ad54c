"""Scorer self-test without Attest: identity (everything leaks) and oracle (truth-based) redactors."""
import json, os, sys, shutil, subprocess
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import score
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
truth = json.load(open(os.path.join(H, "truth.json")))["files"]
for mode in ("identity", "oracle"):
    od = f"/tmp/ho32/selftest_{mode}"; shutil.rmtree(od, ignore_errors=True); os.makedirs(od)
    mapping = {}
    for f, t in truth.items():
        src = score.decode_bytes(open(os.path.join(H, "corpus", f), "rb").read(), t["encoding"])
        if mode == "oracle":
            for v in sorted({s["value"] for s in t["secrets"]}, key=len, reverse=True):
                src = src.replace(v, "[REDACTED]")
        p = os.path.join(od, f); open(p, "w", encoding="utf-8").write(src); mapping[f] = p
    json.dump({"mapping": mapping, "refused": {}, "notes": [mode]}, open(os.path.join(od, "mapping.json"), "w"))
    r = subprocess.run([sys.executable, os.path.join(H, "score.py"), "--no-run", "--out", od], capture_output=True, text=True)
    print("==", mode); print(r.stdout[-1500:], r.stderr[-2000:])
    shutil.copy(os.path.join(H, "results.json"), os.path.join(od, "results.json"))
for f in ("results.json", "RESULTS.md"):
    os.remove(os.path.join(H, f))
