#!/usr/bin/env python3
"""Scorer self-test: identity output -> 0 % recall, 100 % keeps; oracle (every surface replaced) -> 100 % / 100 %."""
import json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score

here = os.path.dirname(os.path.abspath(__file__))
tp, cdir = sys.argv[1], sys.argv[2]
truth = json.load(open(tp, encoding="utf-8"))
tmp = tempfile.mkdtemp()
ident, oracle = os.path.join(tmp, "ident"), os.path.join(tmp, "oracle")
os.makedirs(ident); os.makedirs(oracle)
for fe in truth["files"]:
    raw = open(os.path.join(cdir, fe["file"]), "rb").read()
    shutil.copy(os.path.join(cdir, fe["file"]), ident)
    text, _ = score.decode(raw, fe["codec"], fe["bom"])
    for s in sorted(fe["secrets"], key=lambda s: -len(s["surface"])):
        text = text.replace(s["surface"], "[" + s["kind"].upper() + "]")
    data = (score.BOMD[fe["codec"]] if fe["bom"] else b"") + text.encode(fe["codec"])
    open(os.path.join(oracle, fe["file"]), "wb").write(data)
ri = score.score(truth, cdir, ident)["summary"]
ro = score.score(truth, cdir, oracle)["summary"]
print("identity", ri)
print("oracle  ", ro)
ok = ri["recall"] == 0.0 and ri["keep_rate"] == 100.0 and ro["recall"] == 100.0 and ro["keep_rate"] == 100.0 \
    and ri["encoding_preserved"] == ri["files"] == ro["encoding_preserved"]
shutil.rmtree(tmp)
print("SELFTEST", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
