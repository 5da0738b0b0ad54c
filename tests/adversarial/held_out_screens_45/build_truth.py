import json, os, re, glob, hashlib
ROOT = "/tmp/ho35/screens"; T = {}
for f in ["truth_chromium.json", "truth_qt.json", "truth_lo.json", "truth_derived.json", "truth_pil.json"]:
    T.update(json.load(open(f"{ROOT}/build/{f}")))
files = sorted(os.listdir(f"{ROOT}/corpus"))
assert set(files) == set(T), (set(files) ^ set(T))
def alnum(s): return re.sub(r"[^0-9A-Za-z]", "", s).upper()
def core(kind, text):
    t = text.replace(" ", "")
    if kind == "mpan":
        m = re.search(r"\d{13}", t); return m.group(0) if m else re.sub(r"\D", "", t)
    if kind == "mprn":
        m = re.search(r"\d{10}", t); return m.group(0) if m else re.sub(r"\D", "", t)
    if kind == "serial":
        m = re.search(r"[A-Za-z]{2}\d{2}[A-Za-z]\d{7}", t); return (m.group(0) if m else alnum(t)).upper()
    if kind == "gserial":
        return alnum(t)
    if kind == "eui":
        a = alnum(t); m = re.search(r"[0-9A-F]{16}", a); return m.group(0) if m else a
    if kind == "phone": return re.sub(r"\D", "", t)
    if kind == "postcode": return alnum(t)
    if kind == "email": return alnum(text.split("@")[0])
    return alnum(t)
out = {}
for fn in files:
    t = T[fn]; secrets = []; keeps = {}; parts = []
    for it in t["items"]:
        if it["kind"] == "mpan_part": parts.append(it); continue
        if it["secret"]:
            kind = it["kind"]
            s = {"kind": kind, "text": it["text"], "rects": it["rects"], "where": it.get("vis", "visible")}
            if kind in ("name", "address", "participant"):
                tok = json.loads(it["tok"]) if it.get("tok") else it["text"].split()
                if kind == "address": tok = [x for x in tok if not re.match(r"^\d+ ", x)]
                s["rule"] = "token"; s["tokens"] = [alnum(x) for x in tok]
            else:
                c = core(kind, it["text"]); s["core"] = c; s["rule"] = "window8" if len(c) >= 8 else "whole"
            secrets.append(s)
        else:
            k = alnum(it["text"] or "")
            if len(k) >= 2 and k not in keeps: keeps[k] = {"text": it["text"], "norm": k, "rects": it["rects"]}
    if parts:
        c = "".join(re.sub(r"\D", "", p["text"]) for p in parts)
        rs = [r for p in parts for r in p["rects"]]
        ub = [[min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs)]] if rs else []
        secrets.append({"kind": "mpan", "text": " ".join(p["text"] for p in parts), "rects": ub, "part_rects": rs, "where": "S-box/grid", "core": c, "rule": "window8", "sbox": True})
    out[fn] = {k: v for k, v in t.items() if k != "items"} | {"secrets": secrets, "keeps": list(keeps.values())}
json.dump(out, open(f"{ROOT}/truth.json", "w"), indent=1)
ns = sum(len(v["secrets"]) for v in out.values()); nk = sum(len(v["keeps"]) for v in out.values())
print(len(out), "images", ns, "secrets", nk, "keeps")
from collections import Counter
print(Counter(s["kind"] for v in out.values() for s in v["secrets"]))
# sanity: MPAN check digits
W = [3,5,7,13,17,19,23,29,31,37,41,43]
bad = [(f, s["core"]) for f, v in out.items() for s in v["secrets"] if s["kind"] == "mpan" and (len(s["core"]) != 13 or sum(int(a)*w for a, w in zip(s["core"], W)) % 11 % 10 != int(s["core"][12]))]
print("bad mpans", bad)
