#!/usr/bin/env python3
"""Scorer self-test: identity -> 0 % recall / 100 % keeps; oracle (every planted surface replaced) -> 100 % / 100 %."""
import json, os, shutil, subprocess, sys
T = json.load(open("truth.json"))
for d in ("st_identity", "st_oracle"): shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
for f in T["files"]:
    shutil.copy(os.path.join("corpus", f["file"]), os.path.join("st_identity", f["file"]))
    bom = bytes.fromhex(f["bom"]); t = open(os.path.join("corpus", f["file"]), "rb").read()[len(bom):].decode(f["codec"])
    for s in sorted({x["surface"] for x in f["secrets"]}, key=len, reverse=True): t = t.replace(s, "[REDACTED]")
    open(os.path.join("st_oracle", f["file"]), "wb").write(bom + t.encode(f["codec"]))
for d in ("st_identity", "st_oracle"):
    print(d, subprocess.run([sys.executable, "score.py", "truth.json", "corpus", d, "--json", d + ".json"], capture_output=True, text=True).stdout.strip())
