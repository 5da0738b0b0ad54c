"""Independent check of truth+scorer: (a) identity copy must leak 100 %, keep 100 %; (b) oracle redaction
(replace every recorded needle with [REDACTED]) must leak 0 %, keep 100 %."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
from score import score, summarize, read_any
ROOT = "/tmp/ho41/text"
truth = json.load(open(ROOT + "/truth.json"))
ident, orc = ROOT + "/check_identity", ROOT + "/check_oracle"
for d in (ident, orc):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
for t in truth:
    src = os.path.join(ROOT, "corpus", t["file"])
    shutil.copy(src, os.path.join(ident, t["file"]))
    text = read_any(src, t["encoding"])
    for n in sorted({d["needle"] for d in t["ids"] if d.get("where") != "filename"}, key=len, reverse=True):
        text = text.replace(n, "[REDACTED]")
    fn = t["fid"] + "_redacted" + os.path.splitext(t["file"])[1] if any(d.get("where") == "filename" for d in t["ids"]) else t["file"]
    enc = t["encoding"]
    open(os.path.join(orc, fn), "wb").write(text.encode(enc))
print("== identity"); summarize(score(ident, truth), quiet=True)
print("== oracle"); r = score(orc, truth); summarize(r, quiet=False)
idl = score(ident, truth)
nl = [d for d in idl["ids"] if not d["leaked"]]
print("identity non-leaks (scorer blind spots):", len(nl))
for d in nl[:40]: print("  BLIND", d["file"], d["kind"], d["form"], repr(d["needle"][:80]))
