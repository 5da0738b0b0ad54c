#!/tmp/venv/bin/python
"""Held-out screenshot scorer for Attest (issue 13).
Usage: /tmp/venv/bin/python /tmp/ho32/score.py [--corpus /tmp/ho32/screens] [--out /tmp/ho32/redacted] [--skip-attest]
Runs `attest redact` on every corpus image once, then reads each output with two OCR engines
independent of Attest's configuration (Tesseract 5 on the 2x-upscaled image, psm 11; RapidOCR with no
angle classifier, lower det thresholds, limit_type=max/2400, unclip 2.0, text_score 0.3) and scores
strict recall (no 8 consecutive chars of an identifier readable), metadata hygiene and keep-rate."""
import argparse, json, os, re, subprocess, sys, time, zlib, io, struct, collections
import numpy as np
from PIL import Image

ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default="/tmp/ho32/screens")
ap.add_argument("--out", default="/tmp/ho32/redacted")
ap.add_argument("--attest", default="/tmp/venv/bin/attest")
ap.add_argument("--skip-attest", action="store_true", help="score an existing --out folder")
ap.add_argument("--results", default="/tmp/ho32")
ap.add_argument("--only", nargs="*", help="score only these image names (debug)")
ap.add_argument("--baseline", default="/tmp/ho32/baseline/results.json", help="results of scoring the UNREDACTED corpus (same scorer); used to report recall over secrets the OCR can read at all")
args = ap.parse_args()

truth = json.load(open(os.path.join(args.corpus, "truth.json")))["images"]
names = sorted(truth) if not args.only else args.only
os.makedirs(args.out, exist_ok=True)
attest_info = {}
if not args.skip_attest:
    files = [os.path.join(args.corpus, n) for n in names]
    t0 = time.time()
    r = subprocess.run([args.attest, "redact", "--out", args.out, "--report", os.path.join(args.out, "attest_report.json")] + files,
                       capture_output=True, text=True)
    attest_info = {"rc": r.returncode, "seconds": round(time.time() - t0, 1), "stderr_tail": r.stderr[-2000:], "stdout_tail": r.stdout[-2000:]}
    print("attest rc", r.returncode, "in", attest_info["seconds"], "s", file=sys.stderr)

# ---------- OCR engines ----------
from rapidocr import RapidOCR
RAPID = RapidOCR(params={"Global.use_cls": False, "Global.text_score": 0.3, "Global.log_level": "error",
                         "Det.thresh": 0.2, "Det.box_thresh": 0.4, "Det.limit_type": "max", "Det.limit_side_len": 2400,
                         "Det.unclip_ratio": 2.0})

def ocr_rapid(img):
    r = RAPID(np.array(img.convert("RGB"))[:, :, ::-1].copy())
    return list(r.txts) if r is not None and r.txts is not None else []

def ocr_tess(img):
    g = img.convert("L"); g = g.resize((g.width * 2, g.height * 2), Image.LANCZOS)
    buf = io.BytesIO(); g.save(buf, "PNG")
    r = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "11", "-l", "eng"], input=buf.getvalue(), capture_output=True)
    return [l for l in r.stdout.decode("utf-8", "replace").splitlines() if l.strip()]

FOLD = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1"})
def norm(s):
    return re.sub(r"[^0-9a-z]", "", s.lower().translate(FOLD))

def flatten(im, bg):
    im = im.convert("RGBA"); b = Image.new("RGBA", im.size, bg + (255,)); b.alpha_composite(im); return b.convert("RGB")

def has_alpha(im):
    return im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)

def views(im, entry):
    v = []
    if has_alpha(im):
        v += [("on_white", flatten(im, (255, 255, 255))), ("on_black", flatten(im, (0, 0, 0))), ("alpha_ignored", im.convert("RGBA").convert("RGB") if False else Image.merge("RGB", im.convert("RGBA").split()[:3]))]
    else:
        v.append(("rgb", im.convert("RGB")))
    base = v[0][1]
    rot = entry.get("rotation")
    if rot:
        v.append(("derotated", base.rotate(-rot, expand=True, fillcolor=(255, 255, 255))))
    if "rot90" in entry["case"]:
        v.append(("rot+90", base.rotate(90, expand=True))); v.append(("rot-90", base.rotate(-90, expand=True)))
    return v

def longest_leak(sn, texts):
    """longest substring of sn (>= min(8,len)) found in any text; returns (substr, raw_text)"""
    k = min(8, len(sn)); best = ("", None)
    for raw, tn in texts:
        for i in range(0, len(sn) - k + 1):
            if sn[i:i + k] in tn:
                j = i + k
                while j < len(sn) and sn[i:j + 1] in tn: j += 1
                if j - i > len(best[0]): best = (sn[i:j], raw)
    return best

def chain_leak(sn, lines):
    """for secrets drawn in several pieces (wrapped lines, S-box cells): chain OCR lines whose end/start/whole
    match consecutive pieces of the secret (each piece >= 2 chars); returns the longest chained substring"""
    k = min(8, len(sn)); n = len(sn); run = [0] * (n + 1); src = [""] * (n + 1)
    suf, pre = [], []
    for raw, tn in lines:
        if not tn: continue
        for a in range(n):
            for b in range(n, a + 1, -1):
                piece = sn[a:b]
                if tn.endswith(piece): suf.append((a, b, raw)); break
            for b in range(n, a + 1, -1):
                if tn.startswith(sn[a:b]): pre.append((a, b, raw, tn == sn[a:b])); break
    for a, b, raw in suf:
        if b - a > run[b]: run[b] = b - a; src[b] = raw
    full = [(a, b, raw) for a, b, raw, f in pre if f]
    for _ in range(3):
        for a, b, raw in full:
            if run[a] and run[a] + b - a > run[b]: run[b] = run[a] + b - a; src[b] = src[a] + " + " + raw
    best = ("", None)
    for a, b, raw, f in pre:
        if run[a] and run[a] + b - a >= k and run[a] + b - a > len(best[0]):
            best = (sn[a - run[a]:b], src[a] + " + " + raw)
    for b in range(n + 1):
        if run[b] >= k and run[b] > len(best[0]): best = (sn[b - run[b]:b], src[b])
    return best

# ---------- metadata ----------
BAD_PNG = {b"iCCP", b"tEXt", b"zTXt", b"iTXt", b"eXIf"}
def metadata(path):
    data = open(path, "rb").read(); found = []; blobs = [data]
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        p = 8
        while p + 8 <= len(data):
            ln, typ = struct.unpack(">I4s", data[p:p + 8]); body = data[p + 8:p + 8 + ln]
            if typ not in (b"IHDR", b"PLTE", b"IDAT", b"IEND"): found.append(typ.decode("latin1"))
            if typ in (b"iCCP", b"zTXt"):
                try: blobs.append(zlib.decompress(body[body.index(b"\0") + 2:]))
                except Exception: pass
            if typ == b"iTXt":
                try:
                    parts = body.split(b"\0", 2); rest = parts[2]
                    if rest[0] == 1: blobs.append(zlib.decompress(rest[2:].split(b"\0", 2)[2]))
                except Exception: pass
            p += 12 + ln
    elif data[:2] == b"\xff\xd8":
        p = 2
        while p + 4 <= len(data) and data[p] == 0xFF:
            m = data[p + 1]
            if m == 0xDA: break
            ln = struct.unpack(">H", data[p + 2:p + 4])[0]; seg = data[p + 4:p + 2 + ln]
            if m == 0xFE: found.append("COM")
            elif m == 0xE2 and seg.startswith(b"ICC_PROFILE"): found.append("APP2-ICC")
            elif m == 0xE1: found.append("APP1-" + ("Exif" if seg.startswith(b"Exif") else "XMP/other"))
            elif 0xE2 <= m <= 0xEF: found.append("APP%d" % (m - 0xE0))
            p += 2 + ln
    bad = [f for f in found if f.encode() in BAD_PNG or f in ("COM", "APP2-ICC") or f.startswith("APP1")]
    return found, bad, b"".join(blobs)

# ---------- scoring ----------
outs = {}
for f in sorted(os.listdir(args.out)):
    if not f.endswith(".json"): outs.setdefault(os.path.splitext(f)[0], f)
full = set(os.listdir(args.out))
per_image = {}; leaks = []; lost = []; meta_fail = []
T0 = time.time()
for n in names:
    e = truth[n]; stem = os.path.splitext(n)[0]
    res = {"toolkit": e["toolkit"], "source_toolkit": e.get("source_toolkit", e["toolkit"]), "case": e["case"], "scale": e["scale"], "theme": e["theme"],
           "secrets": len(e["secrets"]), "keeps": len(e["keeps"]), "leaked": 0, "kept": 0}
    of = n if n in full else outs.get(stem)
    if of is None:
        res["missing_output"] = True; per_image[n] = res
        for k in e["keeps"]: lost.append({"image": n, "text": k["text"], "changed": None, "why": "no output"})
        res["secret_results"] = []
        print(n, "NO OUTPUT", file=sys.stderr); continue
    op = os.path.join(args.out, of); res["output"] = of
    im = Image.open(op); im.load()
    found, bad, blob = metadata(op); res["ancillary"] = found; res["metadata_bad"] = bad
    if bad: meta_fail.append({"image": n, "output": of, "chunks": bad})
    texts = []; ocr_dump = {}
    for vname, vim in views(im, e):
        for eng, fn in (("tesseract2x", ocr_tess), ("rapidocr", ocr_rapid)):
            lines = fn(vim); ocr_dump[f"{eng}/{vname}"] = lines
            for l in lines: texts.append((f"{eng}/{vname}: {l}", norm(l)))
            texts.append((f"{eng}/{vname}: <all lines joined>", norm("".join(lines))))
    res["ocr"] = ocr_dump
    bloblow = blob.lower()
    sr = []
    for s in e["secrets"]:
        sn = norm(s["text"]); item = {"text": s["text"], "kind": s["kind"], "box": s.get("box")}
        if s.get("box") is None:  # metadata-only secret
            hit = s["text"].encode().lower() in bloblow or sn.encode() in re.sub(rb"[^0-9a-z]", b"", bloblow)
            item.update(leaked=bool(hit), via="metadata (%s)" % s.get("where"), readable=s["text"] if hit else "")
        else:
            sub, raw = longest_leak(sn, texts)
            if not sub and s.get("parts"):
                sub, raw = chain_leak(sn, [t for t in texts if "<all lines joined>" not in t[0]])
                raw = ("chained lines: " + raw) if sub else raw
            item.update(leaked=bool(sub), readable=sub, via=raw)
        if s.get("hidden_alpha"): item["hidden_alpha"] = True
        if item["leaked"]:
            res["leaked"] += 1
            leaks.append({"image": n, "toolkit": res["toolkit"], "case": e["case"], "kind": s["kind"], "secret": s["text"], "readable": item["readable"], "via": item["via"],
                          "hidden_alpha": bool(s.get("hidden_alpha"))})
        sr.append(item)
    res["secret_results"] = sr
    # keep-rate
    src = Image.open(os.path.join(args.corpus, n)); src.load()
    dark_bg = e["case"] == "alpha_white_on_transparent"
    bg = (0, 0, 0) if dark_bg else (255, 255, 255)
    a = np.asarray(flatten(src, bg) if has_alpha(src) else src.convert("RGB")).astype(int)
    bim = flatten(im, bg) if has_alpha(im) else im.convert("RGB")
    if bim.size != src.size: bim = bim.resize(src.size, Image.LANCZOS); res["resized_output"] = True
    b = np.asarray(bim).astype(int)
    kr = []
    for k in e["keeps"]:
        x0, y0, x1, y1 = [int(v) for v in k["box"]]
        x0, y0 = max(0, x0), max(0, y0); x1, y1 = min(a.shape[1], x1), min(a.shape[0], y1)
        if x1 <= x0 or y1 <= y0: continue
        d = np.abs(a[y0:y1, x0:x1] - b[y0:y1, x0:x1]).max(axis=2) > 48
        frac = float(d.mean()); ok = frac <= 0.20
        kr.append({"text": k["text"], "changed": round(frac, 3), "kept": ok})
        if ok: res["kept"] += 1
        else: lost.append({"image": n, "toolkit": res["toolkit"], "case": e["case"], "text": k["text"], "changed": round(frac, 3)})
    res["keep_results"] = kr
    per_image[n] = res
    print(f"{n}: leaked {res['leaked']}/{res['secrets']} kept {res['kept']}/{res['keeps']} meta_bad={bad} ({time.time()-T0:.0f}s)", file=sys.stderr)

def agg(group_fn, exclude_top=False):
    g = collections.OrderedDict()
    for n, r in sorted(per_image.items()):
        for key in group_fn(n, r):
            d = g.setdefault(key, {"images": 0, "secrets": 0, "leaked": 0, "keeps": 0, "kept": 0})
            d["images"] += 1; d["keeps"] += r["keeps"]; d["kept"] += r["kept"]
            for s in r.get("secret_results", []):
                if exclude_top and s["kind"] == "mpan_top": continue
                d["secrets"] += 1; d["leaked"] += int(s["leaked"])
            if r.get("missing_output"):
                d["secrets"] += r["secrets"]
    for d in g.values():
        d["recall"] = round(1 - d["leaked"] / d["secrets"], 4) if d["secrets"] else None
        d["keep_rate"] = round(d["kept"] / d["keeps"], 4) if d["keeps"] else None
    return g

base_ok = {}
if args.baseline and os.path.exists(args.baseline):
    bl = json.load(open(args.baseline))["images"]
    for n, r in bl.items():
        for i, sres in enumerate(r.get("secret_results", [])): base_ok[(n, i)] = sres["leaked"]
b_tot = b_leak = 0; unreadable_at_baseline = []
for n, r in per_image.items():
    for i, sres in enumerate(r.get("secret_results", [])):
        if base_ok.get((n, i), True):
            b_tot += 1; b_leak += int(sres["leaked"])
        else:
            unreadable_at_baseline.append({"image": n, "kind": sres["kind"], "text": sres["text"]})
overall = agg(lambda n, r: ["all"])["all"]
overall_no_top = agg(lambda n, r: ["all"], exclude_top=True)["all"]
by_kind = collections.OrderedDict()
for n, r in per_image.items():
    for s in r.get("secret_results", []):
        d = by_kind.setdefault(s["kind"], {"secrets": 0, "leaked": 0}); d["secrets"] += 1; d["leaked"] += int(s["leaked"])
for d in by_kind.values(): d["recall"] = round(1 - d["leaked"] / d["secrets"], 4)
results = {"attest": attest_info, "overall": overall, "overall_excluding_mpan_top": overall_no_top,
           "by_toolkit": agg(lambda n, r: [r["toolkit"]]), "by_source_toolkit": agg(lambda n, r: [r["source_toolkit"]]),
           "by_case": agg(lambda n, r: [r["case"]]), "by_scale": agg(lambda n, r: ["%d%%" % round(r["scale"] * 100)]),
           "by_theme": agg(lambda n, r: [r["theme"]]), "by_kind": by_kind,
           "baseline_readable": {"secrets": b_tot, "leaked": b_leak, "recall": round(1 - b_leak / b_tot, 4) if b_tot else None, "unreadable_unredacted": unreadable_at_baseline},
           "metadata_failures": meta_fail, "leaks": leaks, "lost_keeps": lost, "images": per_image,
           "missing_outputs": [n for n, r in per_image.items() if r.get("missing_output")]}
json.dump(results, open(os.path.join(args.results, "results.json"), "w"), indent=1)

# ---------- RESULTS.md ----------
L = ["# Attest held-out screenshot corpus (issue 13) — results", "",
     f"Corpus: {len(names)} images, {sum(len(truth[n]['secrets']) for n in names)} secrets, {sum(len(truth[n]['keeps']) for n in names)} keeps. "
     f"Attest rc={attest_info.get('rc')} in {attest_info.get('seconds')} s.", "",
     "Strict recall: a secret leaks if Tesseract (2x, psm 11) or RapidOCR (no cls, det thresh 0.2/box 0.4, limit max 2400, unclip 2.0) "
     "reads >= 8 consecutive chars of it (all chars if shorter; separators removed, case-folded, o/i/l folded to 0/1) in any line or in all lines joined, "
     "on the output as shown on white and on black (and with alpha ignored) for images with alpha; rotated views for rotated cases; "
     "metadata secrets leak if the output's bytes/ICC/text chunks still contain them. Keep kept if <= 20 % of its box pixels changed (>48 levels).", "",
     f"**Strict recall: {overall['recall']:.2%}** ({overall['secrets'] - overall['leaked']}/{overall['secrets']}; {overall['leaked']} leaked) — "
     f"excluding S-box top lines: {overall_no_top['recall']:.2%} ({overall_no_top['leaked']} leaked of {overall_no_top['secrets']})  ",
     f"**Keep-rate: {overall['keep_rate']:.2%}** ({overall['kept']}/{overall['keeps']})  ",
     f"Recall over secrets the same OCR reads on the UNREDACTED image (baseline): " + (f"{1 - b_leak / b_tot:.2%} ({b_leak} leaked of {b_tot}; {len(unreadable_at_baseline)} secrets unreadable even unredacted)  " if b_tot and base_ok else "n/a  "),
     f"Outputs with ICC/text/EXIF/comment metadata: {len(meta_fail)}; missing outputs: {len(results['missing_outputs'])}", ""]
def table(title, g):
    L.extend([f"## {title}", "", "| group | images | secrets | leaked | recall | keeps | kept | keep-rate |", "|---|---|---|---|---|---|---|---|"])
    for k, d in g.items():
        L.append(f"| {k} | {d['images']} | {d['secrets']} | {d['leaked']} | {d['recall'] if d['recall'] is None else '%.2f%%' % (100*d['recall'])} | {d['keeps']} | {d['kept']} | {d['keep_rate'] if d['keep_rate'] is None else '%.2f%%' % (100*d['keep_rate'])} |")
    L.append("")
table("By toolkit", results["by_toolkit"]); table("By source toolkit (composites attributed to what they were made from)", results["by_source_toolkit"])
table("By case", results["by_case"]); table("By scale", results["by_scale"]); table("By theme", results["by_theme"])
L.extend(["## By identifier kind", "", "| kind | secrets | leaked | recall |", "|---|---|---|---|"] + [f"| {k} | {d['secrets']} | {d['leaked']} | {100*d['recall']:.2f}% |" for k, d in by_kind.items()] + [""])
L.extend(["## Every leak (grouped by case)", ""])
for case in sorted({l["case"] for l in leaks}):
    L.append(f"### {case}")
    for l in [x for x in leaks if x["case"] == case]:
        L.append(f"- `{l['image']}` {l['kind']} `{l['secret']}` — readable `{l['readable']}` via {l['via']!r}" + (" (hidden in transparent pixels)" if l["hidden_alpha"] else ""))
    L.append("")
L.extend(["## Secrets the scorer's OCR cannot read even unredacted (not evidence of redaction)", ""] + [f"- `{u['image']}` {u['kind']} `{u['text']}`" for u in unreadable_at_baseline] + [""])
L.extend(["## Metadata failures", ""] + [f"- `{m['image']}` -> `{m['output']}`: {', '.join(m['chunks'])}" for m in meta_fail] + ["", "## Every lost keep", ""])
L += [f"- `{l['image']}` `{l['text']}` changed {l['changed']}" for l in lost]
L += ["", "## Re-run", "", "```", "/tmp/venv/bin/python /tmp/ho32/score.py            # runs attest redact into /tmp/ho32/redacted, then scores",
      "/tmp/venv/bin/python /tmp/ho32/score.py --skip-attest   # re-score an existing output folder", "```"]
open(os.path.join(args.results, "RESULTS.md"), "w").write("\n".join(L) + "\n")
print(f"recall {overall['recall']} keep {overall['keep_rate']} leaks {len(leaks)} lost {len(lost)} meta {len(meta_fail)}", file=sys.stderr)
