import json, sys, collections, os, re
R = json.load(open(sys.argv[1])); out = sys.argv[2] if len(sys.argv) > 2 else None
ids = [r for r in R if r["t"] == "id" and not r.get("hidden")]
hid = [r for r in R if r.get("hidden")]
keeps = [r for r in R if r["t"] == "keep"]
L = []
def p(*a): L.append(" ".join(str(x) for x in a))
miss_out = [r for r in R if r.get("out_missing")]
p(f"items: {len(ids)} identifiers (+{len(hid)} hidden-in-alpha), {len(keeps)} keeps; files with no output found: {len(set(r['file'] for r in miss_out))}")
rd = [r for r in ids if r["orig_readable"]]
lk = [r for r in rd if r.get("leak_strict")]; lk2 = [r for r in rd if r.get("leak_substr")]
p(f"identifiers readable in original (8+ chars / any name word / whole postcode by either engine): {len(rd)} of {len(ids)}")
if rd: p(f"STRICT RECALL (no 8 chars in order readable): {100*(1-len(lk)/len(rd)):.2f}%  ({len(lk)} leaked of {len(rd)}); contiguous-substring variant: {100*(1-len(lk2)/len(rd)):.2f}% ({len(lk2)} leaked)")
lk_all = [r for r in ids if r.get("leak_strict")]
p(f"leaks among ALL identifiers incl. unreadable-in-original: {len(lk_all)}")
nt = [r for r in rd if r["kind"] != "mpan_top"]; nl = [r for r in nt if r.get("leak_strict")]
if nt: p(f"excluding S-box top lines (mpan_top): {100*(1-len(nl)/len(nt)):.2f}% ({len(nl)}/{len(nt)})")
kr = [r for r in keeps if r["orig_readable"]]; kl = [r for r in kr if r.get("kept") is False]
if kr: p(f"KEEP-RATE: {100*(1-len(kl)/len(kr)):.2f}% ({len(kr)-len(kl)}/{len(kr)} readable keeps still readable)")
for name, key in [("kind", lambda r: r["kind"]), ("toolkit", lambda r: r["toolkit"]), ("theme", lambda r: r["theme"]), ("page", lambda r: re.sub(r"_(light|dark|transparent)_\d+$|_\d+dpi$", "", os.path.splitext(r["file"])[0]))]:
    c = collections.defaultdict(lambda: [0, 0])
    for r in rd: c[key(r)][0] += 1; c[key(r)][1] += bool(r.get("leak_strict"))
    p(f"\nby {name}: " + "; ".join(f"{k} {v[1]}/{v[0]} leaked" for k, v in sorted(c.items())))
p("\nLEAKED identifiers:")
for r in sorted(lk, key=lambda r: (r["file"], r["idx"])):
    p(f"- {r['file']} [{r['kind']}] shown as {r['text']!r} (val {r['val']}) angle={r['angle']} box={r['box']} changed={r.get('changed')} via={','.join(r['leak_via'][:3])} :: {r['out_detail']} :: OCR {r['out_text'][:120]!r}")
p("\nUnreadable in original (not counted):")
for r in ids:
    if not r["orig_readable"]: p(f"  {r['file']} [{r['kind']}] {r['text']!r} ({r['orig_detail']}) leak_in_output={r.get('leak_strict')}")
p("\nHidden-in-alpha items (RGB under alpha=0):")
for r in hid: p(f"  {r['file']} [{r['kind']}] {r['val']} orig_readable(rgb)={r['orig_readable']} leak_in_output={r.get('leak_strict')} via={r.get('leak_via')}")
p("\nLOST keeps:")
for r in kl: p(f"- {r['file']} {r['val']!r} box={r['box']} changed={r.get('changed')} :: OCR {r.get('out_text','')[:80]!r}")
s = "\n".join(L); print(s)
if out: open(out, "w").write(s)
