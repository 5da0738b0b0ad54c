"""Scorer self-test: identity copy -> recall ~0 %, keeps 100 %; oracle (every truth span replaced) -> 100 %/100 %."""
import json, os, shutil, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import score, decode_bytes, nl
HERE = os.path.dirname(os.path.abspath(__file__))
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
corpus = os.path.join(HERE, "corpus")
ident = "/tmp/ho47/text/selftest_identity"; orac = "/tmp/ho47/text/selftest_oracle"
for d in (ident, orac):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
for name, ft in truth["files"].items():
    shutil.copy(os.path.join(corpus, name), os.path.join(ident, name))
    t = nl(decode_bytes(open(os.path.join(corpus, name), "rb").read(), ft["encoding"]))
    for s in sorted(ft["secrets"], key=lambda s: -s["start"]):
        rep = "[REDACTED]" + "\n" * s["text"].count("\n")
        t = t[:s["start"]] + rep + t[s["end"]:]
    oname = name
    if ft.get("filename_secret"):
        oname = name.replace(ft["filename_secret"]["text"], "[MPAN]")
    open(os.path.join(orac, oname), "w", encoding="utf-8").write(t)
r1 = score(ident, corpus, truth)["summary"]; print("identity", r1)
r2 = score(orac, corpus, truth); print("oracle", r2["summary"])
for m in r2["misses"][:20]: print(" oracle miss", m)
for m in r2["lost_keeps"][:20]: print(" oracle lost", m)
r1f = score(ident, corpus, truth)
print("identity non-leaked:", [(m) for m in []])
leaked = {(x['file'], x['text']) for x in r1f['misses']}
for name, ft in truth["files"].items():
    for s in ft["secrets"]:
        if (name, s["text"]) not in leaked: print(" identity NOT leaked:", name, s["kind"], repr(s["text"]))
