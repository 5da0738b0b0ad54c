import json, sys, collections
R=json.load(open(sys.argv[1])); out=sys.argv[2] if len(sys.argv)>2 else None
def pct(a,b): return f"{100*a/b:.1f}% ({a}/{b})" if b else "n/a"
ids=[r for r in R if r["role"]=="id" and r["readable"]]
core=[r for r in ids if r["kind"]!="mpan_top"]
keeps=[r for r in R if r["role"]=="keep" and r["readable"]]
allid=[r for r in R if r["role"]=="id"]; allk=[r for r in R if r["role"]=="keep"]
L=[]
L.append(f"identifiers planted {len(allid)} (readable unredacted {len(ids)}), keeps planted {len(allk)} (readable {len(keeps)})")
L.append(f"STRICT RECALL (excl. S-box top lines) {pct(sum(not r['still'] for r in core),len(core))}")
L.append(f"strict recall incl. top lines {pct(sum(not r['still'] for r in ids),len(ids))}")
L.append(f"KEEP-RATE {pct(sum(r['still'] for r in keeps),len(keeps))}")
def table(key,name):
    L.append(f"\n| {name} | strict recall | keep-rate |\n|---|---|---|")
    ks=sorted(set(key(r) for r in R))
    for k in ks:
        a=[r for r in ids if key(r)==k]; b=[r for r in keeps if key(r)==k]
        L.append(f"| {k} | {pct(sum(not r['still'] for r in a),len(a))} | {pct(sum(r['still'] for r in b),len(b))} |")
table(lambda r:r["design"]+(" (jpeg)" if r["jpeg"] else ""),"design")
table(lambda r:r["kind"],"kind")
table(lambda r:f"{r['scale']}/{r['theme']}","scale/theme")
table(lambda r:r["toolkit"],"toolkit")
table(lambda r:r["image"],"image")
L.append("\n## leaks\n| image | kind | value | text read after (tesseract / rapid) | chars |\n|---|---|---|---|---|")
leaks=[r for r in ids if r["still"]]
for r in leaks: L.append(f"| {r['image']} | {r['kind']} | `{r['surface']}` | `{r['after_text']['t']}` / `{r['after_text']['r']}` | {max(r['after'].values())}/{r['need']} |")
L.append("\n## lost keeps\n| image | kind | keep | text read after (t / r) |\n|---|---|---|---|")
for r in keeps:
    if not r["still"]: L.append(f"| {r['image']} | {r['kind']} | `{r['surface']}` | `{r['after_text']['t']}` / `{r['after_text']['r']}` |")
s="\n".join(L); print(s)
if out: open(out,"w").write(s)
