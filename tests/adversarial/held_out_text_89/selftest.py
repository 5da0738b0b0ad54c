#!/usr/bin/env python3
"""Scorer self-test: identity copy -> 0% recall; truth oracle (every id span replaced) -> 100% recall, 100% keeps."""
import json, os, shutil, subprocess, sys
H = os.path.dirname(os.path.abspath(__file__))
t = json.load(open(os.path.join(H, "truth.json"), encoding="utf-8"))
o = os.path.join(H, "selftest", "oracle"); shutil.rmtree(o, ignore_errors=True); os.makedirs(o)
for i, (fn, m) in enumerate(t["files"].items()):
    txt = open(os.path.join(H, "corpus", fn), "rb").read().decode(m["codec"]).lstrip("\ufeff").replace("\r\n", "\n")
    for it in sorted([x for x in m["items"] if x["role"] == "id"], key=lambda x: -x["start"]):
        txt = txt[:it["start"]] + "[REDACTED]" + txt[it["end"]:]
    enc = m["codec"] if i % 2 else "utf-8"
    open(os.path.join(o, fn), "wb").write(txt.encode(enc))
for d in ("ident", "oracle"):
    r = subprocess.run([sys.executable, os.path.join(H, "score.py"), os.path.join(H, "selftest", d), "--json", os.path.join(H, "selftest", d + ".json")], capture_output=True, text=True)
    s = json.load(open(os.path.join(H, "selftest", d + ".json")))["summary"]
    print(d, "recall", s["recall"], "keep_rate", s["keep_rate"], "leaks", s["leaks"], "lost", s["keeps_lost"])
