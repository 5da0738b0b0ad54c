import json, sys, collections
R=json.load(open(sys.argv[1])); mode=sys.argv[2] if len(sys.argv)>2 else "out"
ids=[(r,e) for r in R for e in r["items"] if e["type"]=="id"]
keeps=[(r,e) for r in R for e in r["items"] if e["type"]=="keep"]
print(f"files {len(R)}  identifiers {len(ids)}  keeps {len(keeps)}")
if mode=="base":
    un=[(r["file"],e["kind"],e["value"],e.get("orig_text")) for r,e in ids if not e["orig_readable"]]
    print("ids NOT readable in original:",len(un))
    for u in un: print("  ",u[0],u[1],u[2],json.dumps(u[3])[:200])
    uk=[(r["file"],e["kind"],e["value"],e.get("orig_text")) for r,e in keeps if not e["orig_readable"]]
    print("keeps NOT readable in original:",len(uk))
    for u in uk: print("  ",u[0],u[1],u[2],json.dumps(u[3])[:160])
    amb=[(r["file"],e["value"]) for r,e in keeps if e.get("ambiguous_mpan_like")]
    print("ambiguous keeps (pass MPAN check):",amb)
    sys.exit()
sc=[(r,e) for r,e in ids if e["orig_readable"] and e["kind"]!="MPAN_TOP"]
lk=[(r,e) for r,e in sc if e.get("out_leak") or (not e.get("hidden") and e.get("changed",1)<0.03)]
nout=[r["file"] for r in R if not r["out"]]
print(f"scored identifiers (readable in original, excl. MPAN top line) {len(sc)}; leaked {len(lk)}; strict recall {100*(1-len(lk)/max(1,len(sc))):.2f}%")
print("no output for:",nout)
tops=[(r,e) for r,e in ids if e["kind"]=="MPAN_TOP"]
print("MPAN top lines readable after:",[ (r["file"],e["value"]) for r,e in tops if e.get("out_leak")], "of", len(tops))
kk=[(r,e) for r,e in keeps if e["orig_readable"] and not e.get("ambiguous_mpan_like")]
lost=[(r,e) for r,e in kk if not e.get("out_kept") and e.get("changed",1)>=0.03]
ocrfail=[(r,e) for r,e in kk if not e.get("out_kept") and e.get("changed",1)<0.03]
print(f"keeps unread by OCR in output but pixels untouched (counted kept): {len(ocrfail)}")
print(f"scored keeps {len(kk)}; lost {len(lost)}; keep-rate {100*(1-len(lost)/max(1,len(kk))):.2f}%")
print("\nLEAKS:")
for r,e in lk: print(f"  {r['file']} | {e['kind']} | {e['value']} | hidden={e['hidden']} meta={e['meta']} | {e.get('leak_detail')} changed={e.get('changed',-1):.2f} | out: {json.dumps(e.get('out_text'))[:220]}")
print("\nLOST KEEPS:")
for r,e in lost: print(f"  {r['file']} | {e['kind']} | {e['value']} | changed={e.get('changed',-1):.2f} | out: {json.dumps(e.get('out_text'))[:120]}")
print("\nOUTPUT PROPS:")
for r in R: print("  ",r["file"],"->",r["out"] and r["out"].split('/')[-1],r.get("out_props"))
