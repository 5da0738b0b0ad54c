"""Independent truth check: sniff encodings without truth, parse structured genres, validate check digits,
check keeps and secrets don't overlap."""
import os, json, re, sys, csv, io
ROOT = os.path.dirname(os.path.abspath(__file__))
truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def sniff(b):
    if b[:4] == b"\xff\xfe\x00\x00": return b[4:].decode("utf-32-le")
    if b[:2] == b"\xff\xfe": return b[2:].decode("utf-16-le")
    if b[:3] == b"\xef\xbb\xbf": return b[3:].decode("utf-8")
    if len(b) >= 4 and b[0] == 0 and b[1] == 0 and b[2] == 0: return b.decode("utf-32-be")
    if len(b) >= 4 and b[1] == 0 and b[2] == 0 and b[3] == 0: return b.decode("utf-32-le")
    if b[0] == 0: return b.decode("utf-16-be")
    if b[1] == 0: return b.decode("utf-16-le")
    return b.decode("utf-8")
prob = 0; parsed = 0
try:
    import yaml
except ImportError:
    yaml = None
from lxml import etree
for f, v in truth.items():
    t = sniff(open(os.path.join(ROOT, "corpus", f), "rb").read()).replace("\r\n", "\n")
    for s in v["secrets"]:
        if s["text"] not in t: print("MISSING secret", f, s); prob += 1
        if s["kind"] == "mpan" and s.get("canon"):
            c = s["canon"]
            if not (len(c) == 13 and sum(int(x) * w for x, w in zip(c, W)) % 11 % 10 == int(c[12])):
                print("BAD MPAN", f, c); prob += 1
        if s["kind"] == "eui64" and not re.fullmatch(r"[0-9A-F]{16}", s["canon"]): print("BAD EUI", f, s); prob += 1
    for k in v["keeps"]:
        if k["text"] not in t: print("MISSING keep", f, k); prob += 1
        if k["kind"] == "epoch_ms":
            c = k["text"]
            if sum(int(x) * w for x, w in zip(c, W)) % 11 % 10 == int(c[12]): print("EPOCH passes MPAN check", f, c); prob += 1
        if k["kind"] == "ean":
            d = k["text"]; s_ = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
            if (10 - s_ % 10) % 10 != int(d[12]): print("BAD EAN", f, d); prob += 1
        ka = re.sub(r"\W", "", k["text"]).lower()
        for s in v["secrets"]:
            sa = re.sub(r"\W", "", s.get("canon") or s["text"]).lower()
            if len(sa) >= 8 and any(sa[i:i+8] in ka for i in range(len(sa) - 7)): print("KEEP contains secret", f, k, s); prob += 1
    ext = f.rsplit(".", 1)[1]
    try:
        if ext == "json": json.loads(t); parsed += 1
        elif ext == "ndjson": [json.loads(l) for l in t.splitlines() if l.strip()]; parsed += 1
        elif ext in ("xml", "fods"): etree.fromstring(t.encode("utf-8")); parsed += 1
        elif ext == "yaml" and yaml: yaml.safe_load(t); parsed += 1
        elif ext == "csv": list(csv.reader(io.StringIO(t), delimiter=";" if "five9" in f else ",")); parsed += 1
    except Exception as e:
        print("PARSE", f, e); prob += 1
print("files", len(truth), "structured files parsed", parsed, "problems", prob)
