"""Score: strict recall (no 8 consecutive chars of an identifier, nor a whole name/address token, readable by either
independent OCR engine in any view of the redacted image) and keep-rate (keep readable in output, counted only
if readable in input). Also metadata (ICC, text chunks, EXIF, raw bytes) and alpha of outputs.
usage: score.py [OUTDIR]   (default run/out); needs run/ocr_in.json and run/ocr_out.json"""
import sys, os, json, re, zlib
from PIL import Image
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
outdir = sys.argv[1] if len(sys.argv) > 1 else f"{ROOT}/run/out"
truth = [json.loads(l) for l in open(f"{ROOT}/truth.jsonl")]
RUN = os.environ.get("RUN", f"{ROOT}/run")
OIN = json.load(open(f"{RUN}/ocr_in.json")); OOUT = json.load(open(f"{RUN}/ocr_out.json"))
CONF = str.maketrans({"O": "0", "Q": "0", "I": "1", "L": "1", "|": "1", "S": "5", "Z": "2", "B": "8"})
def norm(s): return re.sub(r"[^A-Z0-9]", "", s.upper()).translate(CONF)
def joined(ocr):  # list of (engine, view, normalized whole text)
    return [(e, v, norm(t)) for v, d in ocr.items() for e, t in d.items()]
def words(ocr): return [(e, v, set(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", t))) for v, d in ocr.items() for e, t in d.items()]
NAMEKINDS = ("name", "address")
def readable(sec, ocr):
    """return list of (engine, view, evidence) where the secret is readable"""
    hits = []
    if sec["kind"] in NAMEKINDS:
        toks = set()
        for t in sec.get("tokens", []):
            for part in re.split(r"[-']", t.lower()):
                if len(part) >= 4: toks.add(part)
        for e, v, ws in words(ocr):
            wsp = set(p for w in ws for p in re.split(r"[-']", w))
            for t in sorted(toks):
                if t in wsp: hits.append((e, v, t))
        return hits
    val = norm(sec["value"])
    wins = [val] if len(val) <= 8 else [val[i:i + 8] for i in range(len(val) - 7)]
    for e, v, txt in joined(ocr):
        for w in wins:
            if w in txt: hits.append((e, v, w)); break
    return hits
def keep_readable(k, ocr):
    val = norm(k["value"])
    return [(e, v) for e, v, txt in joined(ocr) if val in txt]
def ctx(ocr_txt, frag):
    return ocr_txt[:0]
res = dict(images=0, sec_total=0, sec_unreadable_in_input=0, sec_scored=0, misses=[], keep_total=0, keep_short=0, keep_unreadable_in=0, keep_scored=0, keep_kept=0, lost=[], meta=[], per_kind={})
for rec in truth:
    fn = rec["file"]; oin = OIN.get(fn); oout = OOUT.get(fn)
    if oin is None or oout is None: print("no OCR for", fn); continue
    res["images"] += 1
    seen = set()
    for s in rec["secrets"]:
        key = (s["kind"], s["value"])
        if key in seen: continue
        seen.add(key); res["sec_total"] += 1
        pk = res["per_kind"].setdefault(s["kind"], [0, 0, 0])  # scored, missed, unreadable-in
        h = readable(s, oout)
        if not readable(s, oin) and not h:
            res["sec_unreadable_in_input"] += 1; pk[2] += 1; continue
        res["sec_scored"] += 1; pk[0] += 1
        if h:
            pk[1] += 1
            # context from output OCR
            e, v, frag = h[0]; raw = oout[v][e]
            res["misses"].append(dict(file=fn, kind=s["kind"], value=s["value"], shown=s["shown"], read_by=sorted(set(f"{a}:{b}" for a, b, _ in h)), fragment=frag, note=rec.get("note", "")))
    kseen = set()
    for k in rec["keeps"]:
        if k["value"] in kseen: continue
        kseen.add(k["value"]); res["keep_total"] += 1
        if len(norm(k["value"])) < 3: res["keep_short"] += 1; continue
        if not keep_readable(k, oin): res["keep_unreadable_in"] += 1; continue
        res["keep_scored"] += 1
        if keep_readable(k, oout): res["keep_kept"] += 1
        else: res["lost"].append(dict(file=fn, value=k["value"]))
    # metadata / alpha of output
    op = os.path.join(outdir, fn)
    if os.path.exists(op):
        im = Image.open(op); raw = open(op, "rb").read()
        info = {k: (len(v) if isinstance(v, bytes) else v) for k, v in im.info.items() if k not in ("dpi",)}
        blobs = [raw]
        for v in im.info.values():
            if isinstance(v, bytes):
                blobs.append(v)
                try: blobs.append(zlib.decompress(v))
                except Exception: pass
            elif isinstance(v, str): blobs.append(v.encode())
        leaks = []
        for s in rec["secrets"] + rec.get("meta_secrets", []):
            vals = [s["value"]] + ([t for t in s.get("tokens", []) if len(t) >= 4] if s["kind"] in NAMEKINDS else [])
            for v in vals:
                if any(v.encode() in b for b in blobs): leaks.append(v)
        res["meta"].append(dict(file=fn, mode=im.mode, has_alpha=im.mode in ("RGBA", "LA", "PA"), icc="icc_profile" in im.info, info_keys=sorted(info.keys()), byte_leaks=sorted(set(leaks))))
    else:
        res["meta"].append(dict(file=fn, missing_output=True))
r = res
print(f"images {r['images']}")
print(f"secrets (unique per image): {r['sec_total']}, unreadable by both engines in input and output (not scored): {r['sec_unreadable_in_input']}, scored: {r['sec_scored']}")
print(f"STRICT RECALL: {(r['sec_scored'] - len(r['misses']))}/{r['sec_scored']} = {100 * (r['sec_scored'] - len(r['misses'])) / max(1, r['sec_scored']):.2f} %")
print("per kind (scored, missed, unreadable-in-input):", json.dumps(r["per_kind"]))
print(f"keeps (unique per image): {r['keep_total']}, too short to score: {r['keep_short']}, unreadable in input: {r['keep_unreadable_in']}, scored: {r['keep_scored']}")
print(f"KEEP-RATE: {r['keep_kept']}/{r['keep_scored']} = {100 * r['keep_kept'] / max(1, r['keep_scored']):.2f} %")
print("\nMISSES:")
for m in r["misses"]: print(json.dumps(m))
print("\nLOST KEEPS:")
for m in r["lost"]: print(json.dumps(m))
print("\nOUTPUT METADATA / ALPHA problems:")
for m in r["meta"]:
    if m.get("missing_output") or m["has_alpha"] or m["icc"] or m["byte_leaks"] or set(m["info_keys"]) - {"jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive", "progression", "adobe", "adobe_transform"}:
        print(json.dumps(m))
json.dump(r, open(f"{RUN}/score.json", "w"), indent=1)
