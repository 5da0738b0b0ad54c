#!/usr/bin/env python3
"""Post-run analysis (written after the first run; does not change truth or scorer): classes of misses, contexts,
lost keeps, scan coverage, value echo in stdout/stderr/reports. Writes misses.json and analysis.json."""
import json, os, re, glob, collections
from common_io import decode_declared, sniff, views, canon
from genlib import WORDNAMES
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
R = json.load(open(os.path.join(HERE, "results.json"), encoding="utf-8"))
outs = {os.path.basename(p): p for p in glob.glob(os.path.join(HERE, "out", "*", "*"))}
WORDS = {w.lower() for pair in WORDNAMES for w in pair}


def otext(fn):
    b = open(outs[fn], "rb").read()
    t, okb, okd = decode_declared(b, T[fn]["encoding"])
    return t if okd else sniff(b)


def ctx(fn, d):
    t = otext(fn)
    pats = [re.escape(d["surface"])]
    if d.get("hit"):
        h = d["hit"]
        pats.append(r"[\s.\-_:/,+]*".join(re.escape(c) for c in h))
    for pat in pats:
        m = re.search(pat, t, re.I)
        if m:
            a = t.rfind("\n", 0, m.start()) + 1; z = t.find("\n", m.end())
            return t[a: z if z >= 0 else len(t)].strip()[:200], t[m.start():m.end()]
    return "(not located)", ""


def cls(fn, d, orig):
    g, k, s = T[fn]["genre"], d["kind"], d["surface"]
    if g in ("sevenzip_list", "robocopy_log"):
        return "A. identifiers inside file and archive paths (dir/file names in listings)"
    if k == "eserial" and canon(s).startswith("SMETS2"):
        return "B. electricity serial shape 'SMETS2-NNXX999999' (prefix, hyphen, two letters) not recognised"
    if k in ("name", "phone") and g == "avaya_cms":
        i = orig.find(s)
        if i >= 0 and (orig[i + len(s): i + len(s) + 1].isdigit() or (i > 0 and orig[i - 1].isalpha())):
            return "F. fixed-width column overflow: value glued to the next column (name+phone)"
    if k == "account":
        return "E. account numbers under weak labels (CostCentre=, 'Our ref:', unlabelled pipe field)"
    if k == "gserial":
        return "D. gas serial shapes GMS#######/SSWG####### (second mention, chat text)"
    if k == "address":
        return "G. address partly masked (town or house-name left) or verbatim after 'addr is'/'Description: Meter X at'" 
    if k == "email_local":
        return "H. chat user names that are e-mail local parts (not scored)"
    if k == "name":
        words = [w.lower() for w in d["words"]]
        verb = d.get("surface_verbatim")
        if not verb:
            return "C3. names partly masked (first name or surname left beside a mask)"
        if all(w in WORDS for w in words):
            return "C1. plain English names that are also words (Grace Bell, Will Turner, Joy Cook...) left whole"
        return "C2. other names left whole (lower case, initial+surname, particles, headers)"
    return "Z. other"


misses = []
for fn, r in R["files"].items():
    b = open(os.path.join(HERE, "corpus", fn), "rb").read()
    orig, _, _ = decode_declared(b, T[fn]["encoding"])
    for d in r["secrets"]:
        if d["status"] == "masked":
            continue
        c, left = ctx(fn, d)
        misses.append({"file": fn, "genre": T[fn]["genre"], "encoding": T[fn]["encoding"], "kind": d["kind"], "value": d["value"],
                       "surface": d["surface"], "left_readable": left or d.get("hit"), "surface_verbatim": d.get("surface_verbatim"),
                       "context": c, "class": cls(fn, d, orig), "scored": d["kind"] != "email_local"})
lost = []
for fn, r in R["files"].items():
    for k in r["keeps"]:
        if not k["kept"]:
            t = otext(fn)
            # find the output line corresponding: same line number as in original
            b = open(os.path.join(HERE, "corpus", fn), "rb").read()
            o, _, _ = decode_declared(b, T[fn]["encoding"])
            ln = o[:o.find(k["surface"])].count("\n")
            ol = t.split("\n")[ln].strip() if ln < len(t.split("\n")) else ""
            lost.append({"file": fn, "kind": k["kind"], "surface": k["surface"], "orig_line": k.get("orig_line"), "out_line": ol[:220]})

# scan coverage
flag = collections.Counter()
scanlines = []
for p in glob.glob(os.path.join(HERE, "runs", "*", "scan.stdout")):
    for l in open(p, encoding="utf-8", errors="replace"):
        m = re.match(r"(/\S+): line", l)
        if m:
            flag[os.path.basename(m.group(1))] += 1; scanlines.append(l.strip())
leaky = sorted({m["file"] for m in misses if m["scored"]})
scan = {"leaky_files": len(leaky), "leaky_files_flagged": [f for f in leaky if flag[f]], "flagged_files": dict(flag),
        "flag_lines": scanlines}

# echo: any planted value (surface or canonical value of >=6 chars) in stdout/stderr/report
echo = []
blobs = {}
for p in glob.glob(os.path.join(HERE, "runs", "*", "*")):
    if os.path.isfile(p) and (p.endswith(".stdout") or p.endswith(".stderr") or p.endswith(".json")):
        blobs[p] = open(p, encoding="utf-8", errors="replace").read()
for fn, t in T.items():
    for d in t["secrets"]:
        for p, txt in blobs.items():
            if d["surface"] in txt or (len(canon(d["value"])) >= 7 and d["kind"] not in ("name", "address") and canon(d["value"]) in canon(txt)):
                echo.append({"where": os.path.relpath(p, HERE), "file": fn, "kind": d["kind"], "surface": d["surface"]})
json.dump(misses, open(os.path.join(HERE, "misses.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
json.dump({"lost_keeps": lost, "scan": scan, "echo": echo}, open(os.path.join(HERE, "analysis.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
cc = collections.Counter(m["class"] for m in misses)
for c, n in sorted(cc.items()):
    print(n, c)
print("lost keeps", len(lost)); print("scan: leaky files", len(leaky), "flagged", scan["leaky_files_flagged"], "all flagged", dict(flag))
print("echo", len(echo), echo[:5])
