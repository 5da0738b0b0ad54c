"""identity redactor -> recall 0%; truth oracle (every planted surface replaced) -> recall 100%, keeps 100%."""
import json, os, shutil, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, ROOT)
from score import score, summarise
from verify import dec
truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
d = tempfile.mkdtemp()
ident, oracle = os.path.join(d, "ident"), os.path.join(d, "oracle")
shutil.copytree(os.path.join(ROOT, "corpus"), ident); os.makedirs(oracle)
for fn, t in truth.items():
    b = open(os.path.join(ROOT, "corpus", fn), "rb").read()
    txt = dec(b, t["encoding"])
    for s in sorted({s["surface"] for s in t["secrets"]}, key=len, reverse=True):
        txt = txt.replace(s, "[REDACTED]")
    from gen_build_encode import encode
    open(os.path.join(oracle, fn), "wb").write(encode(txt, t["encoding"]))
a = summarise(score(ident)); b = summarise(score(oracle))
print("identity: recall %.2f%% keep %.2f%%" % (100 * a["recall"], 100 * a["keep_rate"]))
print("oracle:   recall %.2f%% keep %.2f%% encoding issues %d" % (100 * b["recall"], 100 * b["keep_rate"], len(b["encoding_issues"])))
assert a["leaked"] == a["secrets"] and b["leaked"] == 0 and b["keep_rate"] == 1.0
print("selftest OK")
shutil.rmtree(d)
