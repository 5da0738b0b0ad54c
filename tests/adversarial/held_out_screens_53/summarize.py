import json, sys, os, re, statistics
from PIL import Image
R=json.load(open(sys.argv[1])); T=json.load(open("truth.json")); out=[]; OUTD=sys.argv[2] if len(sys.argv)>2 else "out"
P=lambda *a: out.append(" ".join(str(x) for x in a))
sec=[r for r in R if r["role"]=="s"]; kp=[r for r in R if r["role"]=="k"]; meta=[r for r in R if r["role"]=="meta"]
sc=[r for r in sec if r["orig_readable"]]; leaks=[r for r in sc if r["out_readable"]]
kc=[r for r in kp if r["orig_readable"]]; lost=[r for r in kc if not r["out_readable"]]
P(f"images: {len(T)}   secrets in truth: {len(sec)} (readable in the original by Tesseract-2x or RapidOCR-v4-alt: {len(sc)})   keeps in truth: {len(kp)} (readable in original: {len(kc)})")
P(f"STRICT RECALL (no 8 chars / no whole name-address token readable after redaction): {len(sc)-len(leaks)}/{len(sc)} = {100*(len(sc)-len(leaks))/max(1,len(sc)):.2f} %")
P(f"KEEP-RATE: {len(kc)-len(lost)}/{len(kc)} = {100*(len(kc)-len(lost))/max(1,len(kc)):.2f} %")
ml=[m for m in meta if m["leaked"]]
P(f"metadata secrets (ICC desc/cprt, PNG tEXt/iTXt) surviving in outputs: {len(ml)}/{len(meta)}")
kinds=sorted(set(r["kind"] for r in sc))
P("recall by kind: "+", ".join(f"{k} {sum(1 for r in sc if r['kind']==k and not r['out_readable'])}/{sum(1 for r in sc if r['kind']==k)}" for k in kinds))
tk=sorted(set(r["toolkit"] for r in T.values()))
for t in tk:
    imgs={n for n,d in T.items() if d["toolkit"]==t}; s=[r for r in sc if r["image"] in imgs]; k=[r for r in kc if r["image"] in imgs]
    P(f"  toolkit {t}: recall {sum(1 for r in s if not r['out_readable'])}/{len(s)}, keeps {sum(1 for r in k if r['out_readable'])}/{len(k)}")
P("\nUNREADABLE IN ORIGINAL (excluded from the rates; truth check):")
for r in sec+kp:
    if not r["orig_readable"]: P(f"  {r['role']} {r['image']} {r['kind']} {r['text']!r} box={[[round(v) for v in b] for b in r['rects']]}")
P("\nMISSES (secret still readable in the redacted output):")
for r in leaks: P(f"  {r['image']} | {r['kind']} | {r['text']!r} | box={[[round(v) for v in b] for b in r['rects']]} | read by {r['out_ev']} as: {r['out_text'][:120]!r}")
P("\nLOST KEEPS:")
for r in lost: P(f"  {r['image']} | {r['kind']} | {r['text']!r} | box={[[round(v) for v in b] for b in r['rects']]} | output OCR: {r['out_text'][:100]!r}")
P("\nMETADATA:")
for m in meta: P(f"  {m['image']} {m['kind']} {m['text']} in {m['where']}: {'LEAKED' if m['leaked'] else 'gone'}  output info={m.get('out_info')}")
P("\nNO OUTPUT:", sorted({r['image'] for r in R if r.get('has_output') is False}))
# output format checks
P("\nOUTPUT FILE CHECKS (mode / ICC / ancillary keys / EXIF orientation / size vs input):")
for n in sorted(T):
    stem=os.path.splitext(n)[0]; c=[f for f in os.listdir(OUTD) if os.path.splitext(f)[0]==stem] if os.path.isdir(OUTD) else []
    if not c: continue
    o=Image.open(OUTD+"/"+c[0]); i=Image.open("corpus/"+n)
    flags=[]
    if o.mode in ("RGBA","LA","PA") or "transparency" in o.info: flags.append(f"alpha({o.mode})")
    if o.info.get("icc_profile"): flags.append("ICC")
    ks=[k for k in o.info if k not in ("dpi","jfif","jfif_version","jfif_unit","jfif_density","progressive","progression","adobe","adobe_transform","icc_profile","transparency","gamma","srgb")]
    if ks: flags.append("info:"+",".join(ks))
    ex=o.getexif()
    if len(ex): flags.append(f"exif:{dict(ex)}"[:80])
    if o.size!=i.size: flags.append(f"size {i.size}->{o.size}")
    P(f"  {n} -> {c[0]} {o.mode} {' '.join(flags)}")
# timings
if os.path.exists("run/times.txt"):
    tt=[l.split() for l in open("run/times.txt")]; per=[float(x[1]) for x in tt if x[0] in T]; blank=[float(x[1]) for x in tt if x[0]=="blank"]
    per.sort(); p90=per[int(0.9*(len(per)-1))]
    P(f"\nTIMING attest redact, one process per image incl. start-up: median {statistics.median(per):.2f}s p90 {p90:.2f}s max {max(per):.2f}s; start-up on a 32x32 blank: {blank}")
    P(f"  minus start-up (blank median {statistics.median(blank):.2f}s): median {statistics.median(per)-statistics.median(blank):.2f}s p90 {p90-statistics.median(blank):.2f}s")
    for x in tt:
        if x[0] not in T: P("  "+" ".join(x))
    rcs=[x for x in tt if x[0] in T and x[2]!="rc=0"]; P("  non-zero exit:",rcs)
print("\n".join(out))
