"""Scorer self-test: identity -> every secret leaked, all keeps kept; oracle (every secret occurrence replaced by
[X]) -> 0 leaks, all keeps kept. Writes to selftest/."""
import os, json, shutil, re, subprocess, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
from score import score, decode, CODEC
truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
C = os.path.join(ROOT, "corpus")
for mode in ["identity", "oracle"]:
    od = os.path.join(ROOT, "selftest", mode); shutil.rmtree(od, ignore_errors=True); os.makedirs(od)
    for f, v in truth.items():
        data = open(os.path.join(C, f), "rb").read()
        if mode == "oracle":
            t, c = decode(data, v["encoding"])
            # replace longest first
            for s in sorted(v["secrets"], key=lambda s: -len(s["text"])):
                t = t.replace(s["text"], "[X]")
            bom = {"utf-16-le+bom": b"\xff\xfe", "utf-32-le+bom": b"\xff\xfe\x00\x00", "utf-8-sig": b""}.get(v["encoding"], b"")
            codec = {"utf-16-le+bom": "utf-16-le", "utf-32-le+bom": "utf-32-le"}.get(v["encoding"], CODEC[v["encoding"]])
            data = bom + t.encode(codec)
        open(os.path.join(od, f), "wb").write(data)
    r = score(od, C, truth)
    t = r["totals"]
    print(mode, "recall", t["recall_pct"], "leaked", t["secrets_leaked"], "/", t["secrets"], "keep", t["keep_rate_pct"], t["keeps_lost"])
    if mode == "identity":
        for f, fr in r["files"].items():
            for s in fr["secrets"]:
                if not s["leaked"]: print("  NOT-LEAKED-IN-IDENTITY", f, s)
    else:
        for f, fr in r["files"].items():
            for s in fr["secrets"]:
                if s["leaked"]: print("  ORACLE-LEAK", f, s)
            for k in fr["keeps"]:
                if k["lost"]: print("  ORACLE-LOST", f, k)
