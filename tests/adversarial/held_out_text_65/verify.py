"""Independent checks: parsers (json, lxml, csv), MPAN check digits, EUI shape, postcode shape, uniqueness."""
import json, re, csv, io, sys, os
from lxml import etree
sys.path.insert(0, os.path.dirname(__file__))
from ctx import is_valid_core
from score import read_any
ROOT = "/tmp/ho41/text"
truth = json.load(open(ROOT + "/truth.json"))
bad = 0
for t in truth:
    p = os.path.join(ROOT, "corpus", t["file"]); txt = read_any(p, t["encoding"])
    ext = t["file"].rsplit(".", 1)[1]
    try:
        if ext == "json":
            if t["genre"] in ("gelf",):
                [json.loads(l) for l in txt.splitlines() if l.strip()]
            else:
                json.loads(txt)
        elif ext in ("xml", "drawio") and not txt.startswith("XML_"):
            etree.fromstring(txt.encode())
        elif ext == "csv":
            list(csv.reader(io.StringIO(txt)))
    except Exception as e:
        print("PARSE", t["file"], e); bad += 1
    for d in t["ids"]:
        if d["kind"] == "mpan" and not d["form"].startswith("mistyped") and not is_valid_core(d["value"]):
            print("BADMPAN", t["file"], d["value"]); bad += 1
        if d["kind"] == "mpan" and d["form"].startswith("mistyped") and is_valid_core(d["value"]):
            print("MISTYPE-VALID", d["value"]); bad += 1
        if d["kind"] == "eui" and not re.fullmatch(r"[0-9A-F]{16}", d["value"]):
            print("BADEUI", d["value"]); bad += 1
        if d["kind"] == "postcode" and not re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", d["value"]):
            print("BADPC", d["value"]); bad += 1
print("files", len(truth), "problems", bad)
# forms coverage
from collections import Counter
c = Counter((d["kind"], d["form"].split("(")[0].replace("+escaped", "")) for t in truth for d in t["ids"])
print(len(c), "kind/form pairs;", len({d["form"] for t in truth for d in t["ids"]}), "distinct forms")
