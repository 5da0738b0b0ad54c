# Corrected figures: truth notes written AFTER seeing results (corpus and truth.json unchanged).
import json, sys
R=json.load(open(sys.argv[1]))
DEBATABLE={"A-20931":"customer account reference (Attest masks ACCOUNT after a label; arguably customer data)",
           "8120 4471":"customer account number (same)",
           "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1003":"DUIS RequestID: it embeds two EUI-64 device ids, so it is itself an identifier carrier (truth bug)"}
kc=[r for r in R if r["role"]=="k" and r["orig_readable"]]
kc2=[r for r in kc if r["text"] not in DEBATABLE]
sc=[r for r in R if r["role"]=="s"]
ocr=[r for r in sc if r["orig_readable"]]; pix=[r for r in sc if not r["orig_readable"] and r.get("pixel_visible")]
leak=sum(r["out_readable"] for r in ocr)+sum(any(v[1] for v in r["pixel_visible"]) for r in pix)
print(f"keep-rate raw {sum(r['out_readable'] for r in kc)}/{len(kc)} = {100*sum(r['out_readable'] for r in kc)/len(kc):.2f} %")
print(f"keep-rate without the {len(kc)-len(kc2)} debatable keeps {sum(r['out_readable'] for r in kc2)}/{len(kc2)} = {100*sum(r['out_readable'] for r in kc2)/len(kc2):.2f} %")
n=len(ocr)+len(pix); print(f"recall incl. the {len(pix)} OCR-unreadable secrets scored by pixel difference: {n-leak}/{n} = {100*(n-leak)/n:.2f} %")
