"""Negative control: replace every truth surface with [REDACTED]; scorer should then report ~0 leaks."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import score
truth = json.load(open(sys.argv[1])); src, dst = sys.argv[2], sys.argv[3]
os.makedirs(dst, exist_ok=True)
for f, t in truth.items():
    text, enc = score.decode_bytes(open(os.path.join(src, f), "rb").read())
    surfs = sorted({d["surface"] for d in t["ids"]}, key=len, reverse=True)
    for s in surfs:
        text = text.replace(s, "[REDACTED]")
        text = text.replace(json.dumps(s, ensure_ascii=False)[1:-1], "[REDACTED]")
        text = text.replace(json.dumps(s)[1:-1], "[REDACTED]")
    open(os.path.join(dst, f), "w", encoding="utf-8").write(text)
