"""Build the figures + miss/lost lists (markdown) from score.json, metacheck.json, timings.tsv, scan_*.txt"""
import json, re, statistics, collections
ROOT = "/tmp/ho35/screens"; S = json.load(open(f"{ROOT}/score.json")); T = json.load(open(f"{ROOT}/truth.json"))
def cls(f, m):
    t = T[f]; k = m["kind"]; txt = m["text"]
    if m["where"] == "S-box/grid": c = "S box / grid layout"
    elif m["where"] == "hidden-in-transparent": c = "alpha: text in transparent pixels"
    elif f.startswith("rot"): c = f"rotation ({f.split('_')[0][3:]} deg)"
    elif f.startswith("photo_faceplate"): c = "meter faceplate photo"
    elif f.startswith("photo_"): c = "phone photo of a screen (perspective/moire/blur)"
    elif f.startswith("scan_"): c = "scanned letter (200 dpi grey, skew, noise)"
    elif f.startswith("pil_lone"): c = "lone small text on big empty screen"
    elif f.startswith("pil_boxed"): c = "boxed digits (one per cell)"
    elif f.startswith("pil_alpha"): c = "alpha: white on transparent"
    elif f.startswith("snip_"): c = "annotation (highlighter / pen / box) over the value"
    elif f.startswith("share_"): c = "screen-share JPEG copy"
    elif f.startswith("rdp_"): c = "RDP-like rescale"
    else: c = "ordinary screen"
    sub = []
    if k == "eui" and "." in txt: sub.append("dotted device id")
    if k == "serial" and (txt != txt.upper() or " " in txt.strip()): sub.append("lower-case/spaced serial")
    if t.get("page") == "crm" and k == "mpan": sub.append("MPAN wrapped over two lines (narrow note)")
    if t.get("page") == "dip_tracker": sub.append("DIP tracker (incl. 9 px dense grid / letter-spaced / link)")
    if t.get("page") == "explorer" or ("_" in txt and k != "name"): sub.append("identifier inside a file name")
    if t.get("page") == "portal_switch": sub.append("autocomplete / modal overlay / disabled field")
    if t.get("page") == "teams": sub.append("Teams share")
    if t.get("page") == "grafana": sub.append("dashboard KPI/table")
    if t.get("page") == "vscode": sub.append("editor")
    if t.get("source") == "qt" or "qt_" in f: sub.append("Qt widgets")
    if t.get("source") == "libreoffice" or "bill" in f or "sheet" in f: sub.append("LibreOffice page")
    return c + (" / " + ", ".join(sub) if sub else "")
out = []
tot = S["totals"]
out.append(f"strict recall: {tot['sec_ok']}/{tot['sec']} = {100*S['strict_recall']:.2f} %  (secrets readable by >=1 independent engine in the original; {len(S['unread_secret'])} more secrets were not OCR-readable in the original and are listed separately)")
out.append(f"keep-rate: {tot['keep_ok']}/{tot['keep']} = {100*S['keep_rate']:.2f} %  (keeps readable in the original; {S['unread_keep']} keeps not OCR-readable in the original were not counted)")
g = collections.defaultdict(list)
for m in S["miss"]: g[cls(m["file"], m)].append(m)
out.append("\n### Misses (identifier still readable in the redacted image), grouped by guessed class\n")
for c in sorted(g, key=lambda c: -len(g[c])):
    out.append(f"**{c}** ({len(g[c])})")
    for m in g[c]:
        lk = m["leaks"][0]; cov = ",".join(f"{x:.2f}" if x is not None else "-" for x in m["box_changed"])
        out.append(f"- `{m['file']}` {m['kind']} `{m['text']}` [{m['where']}] read in output by {', '.join(sorted(set(l['engine']+':'+l['view'] for l in m['leaks'])))} as {lk['read'][:3]}; OCR around it: \"{lk['ocr'][:90]}\"; box pixels changed: {cov}")
out.append("\n### Lost keeps (readable in original, not in output)\n")
gl = collections.defaultdict(list)
for k in S["lost"]: gl[k["text"]].append(k)
for k in S["lost"]:
    ctx = "; ".join(f"{e}: \"{v[:80]}\"" for e, v in k["out_ocr"].items())
    out.append(f"- `{k['file']}` keep `{k['text']}`; output OCR near it: {ctx}")
out.append("\n### Secrets not OCR-readable in the original (not in the recall denominator)\n")
for m in S["unread_secret"]:
    cov = ",".join(f"{x:.2f}" if x is not None else "-" for x in m["box_changed"])
    out.append(f"- `{m['file']}` {m['kind']} `{m['text']}` [{m['where']}] box pixels changed: {cov}")
open(f"{ROOT}/misses.md", "w").write("\n".join(out)); print("\n".join(out[:3])); print("miss classes:", {c: len(v) for c, v in g.items()})
