"""Build the corpus + truth. Run once; then freeze (manifest)."""
import os, sys, json, random, hashlib, codecs
sys.path.insert(0, os.path.dirname(__file__))
from lib import Doc
import genres1, genres2, genres3
from genres1 import G
from common import views, norm, spoken_digits, leaked

OUT = "/tmp/ho36/text/corpus"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(4812)

ENCS = [("utf-8", False, 48), ("utf-8", True, 10), ("utf-16-le", True, 8), ("utf-16-be", True, 4), ("utf-16-le", False, 5), ("utf-16-be", False, 3),
        ("utf-32-le", True, 4), ("utf-32-be", False, 2), ("utf-32-le", False, 2), ("utf-32-be", True, 2), ("cp1252", False, 12)]
BOM = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}

plan = []
for gname in G:
    k = {"obfus_notes": 22, "plain_notes": 18}.get(gname, 4)
    plan += [gname] * k
truth = []
problems = []
for i, gname in enumerate(plan):
    fid = "%03d" % i
    d = Doc(random.Random(rng.getrandbits(64)), fid)
    ext, text = G[gname](d)
    text = text.replace("\r\n", "\n")
    # verify every secret shown + keeps in the text (independent of Attest)
    vws = views(text)
    nv = [norm(x) for x in vws]
    sp = spoken_digits(text)
    secrets = []
    for s in d.secrets:
        sh = s["shown"]
        ok = any(sh in x for x in vws) or sh in text
        if s.get("encoded"): ok = s["encoded"] in text
        lk, ev = leaked(s, vws, nv, sp)
        if s["kind"] in ("name", "address") and lk: ok = True
        if not ok or not lk:
            problems.append((fid, gname, s["kind"], s["value"], repr(sh)[:80], ok, lk))
            continue
        if s["cls"] == "plain" and s["shown"] not in text:
            s["cls"] = "escaped_in_format"   # url-encoded (+/%20/%40), \\u0020, backslash-comma etc.
        secrets.append(s)
    # dedupe by (kind,value)
    seen = {}
    for s in secrets:
        key = (s["kind"], s["value"])
        if key in seen:
            seen[key].setdefault("also_shown", []).append(s["shown"]) if s["shown"] != seen[key]["shown"] else None
            if seen[key]["cls"] == "plain" and s["cls"] != "plain": seen[key]["cls"] = s["cls"]
        else: seen[key] = dict(s)
    secrets = list(seen.values())
    secvals = [norm(s["value"]) for s in secrets]
    keeps = []
    for k in dict.fromkeys(d.keeps):
        if len(k) < 4 or k not in text: continue
        nk = norm(k)
        if any(len(sv) >= 6 and (sv in nk) for sv in secvals): continue
        keeps.append(k)
    # encoding
    encs = [e for e in ENCS]
    enc, bom, _ = rng.choices(encs, weights=[w for *_, w in encs])[0]
    if enc == "cp1252":
        try: text.encode("cp1252")
        except UnicodeEncodeError: enc, bom = "utf-8", False
    eol = rng.choices(["\n", "\r\n", "\r"], weights=[60, 35, 5])[0]
    t2 = text.replace("\n", eol)
    if t2.startswith("<?xml") and enc.startswith("utf-") and enc != "utf-8":
        t2 = t2.replace('encoding="UTF-8"', 'encoding="%s"' % enc[:6].upper(), 1).replace('encoding="utf-8"', 'encoding="%s"' % enc[:6].upper(), 1)
    b = (BOM[enc] if bom else b"") + t2.encode(enc)
    fn = f"{fid}_{gname}.{ext}"
    open(os.path.join(OUT, fn), "wb").write(b)
    # read-back check
    rb = open(os.path.join(OUT, fn), "rb").read()
    if bom: rb = rb[len(BOM[enc]):]
    back = rb.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
    assert back == t2.replace("\r\n", "\n").replace("\r", "\n"), fn
    truth.append({"file": fn, "genre": gname, "encoding": enc, "bom": bom, "eol": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[eol], "secrets": secrets, "keeps": keeps})

json.dump(truth, open("/tmp/ho36/text/truth.json", "w"), indent=1)
print("files", len(truth), "genres", len(set(t["genre"] for t in truth)))
print("secrets", sum(len(t["secrets"]) for t in truth), "keeps", sum(len(t["keeps"]) for t in truth))
print("problems", len(problems))
for p in problems:
    if p[1] not in ("kql",) and not (p[1] in ("pytest","selenium") and p[2]=="name"): print(p)
