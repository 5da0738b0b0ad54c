#!/usr/bin/env python3
"""Scorer self-test: identity 'redactor' must give recall 0 %, keep 100 %; truth oracle recall 100 %, keep 100 %."""
import json, os, shutil, subprocess, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
from score import dec_orig

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
ident, orac = "/tmp/ho54/text/selftest_identity", "/tmp/ho54/text/selftest_oracle"
for d in (ident, orac):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
BOM = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff", "utf-32-le-bom": b"\xff\xfe\x00\x00", "utf-32-be-bom": b"\x00\x00\xfe\xff"}
for fn, e in t.items():
    b = open(os.path.join(ROOT, "corpus", fn), "rb").read()
    open(os.path.join(ident, fn), "wb").write(b)
    x = dec_orig(b, e["encoding"])
    for sf in sorted({s["surface"] for s in e["secrets"]}, key=len, reverse=True):
        x = x.replace(sf, "[X]")
    base = e["encoding"].replace("-bom", "")
    open(os.path.join(orac, fn), "wb").write(BOM.get(e["encoding"], b"") + x.encode(base))
for d in (ident, orac):
    print(d)
    subprocess.run([sys.executable, os.path.join(ROOT, "score.py"), d])
