#!/usr/bin/env python3
"""Corrected figures (documented truth/scoring artefacts), computed from results.json + out/.
 1. identical secret entries in one file (same kind/value/form) counted once (kafka_dump keys were listed twice)
 2. e-mail: counted leaked only if the local part itself is still present (raw scorer's 8-char windows also hit the
    unredacted *name* in sql_script_*, whose e-mail was in fact replaced)
 3. debatable keeps removed: customer account numbers (pdf_letter 8 digits, pdf_bill 9 digits), SAP business-partner
    numbers (1000xxxxxx, a customer key), the '[~qa.lead]' tester mention"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score
T = score.TRUTH['files']; r = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'results.json'))
outdir = sys.argv[2] if len(sys.argv) > 2 else 'out'
tot = leak = 0; ktot = klost = 0
for f, fr in r['files'].items():
    t, _ = score.decode_bytes(open(os.path.join(outdir, f), 'rb').read(), T[f]['encoding'])
    vs = score.views(t)
    leaked = {(l['kind'], l['value'], l['form']) for l in fr['leaks']}
    seen = set()
    for s in T[f]['secrets']:
        key = (s['kind'], s['value'], s['form'][:80])
        if key in seen: continue
        seen.add(key); tot += 1
        if key in leaked:
            if s['kind'] == 'email':
                lp = s['value'].split('@')[0].lower()
                if not any(lp + '@' in v.lower() or lp in v.lower() for v in vs): continue
            leak += 1
    acct = set()
    for k in T[f]['keeps']:
        g = T[f]['genre']
        if (g == 'pdf_letter' and re.fullmatch(r'\d{8}', k)) or (g == 'pdf_bill' and re.fullmatch(r'\d{9}', k)) \
           or (g == 'sap_isu' and re.fullmatch(r'1000\d{6}', k)) or k == 'qa.lead':
            continue
        ktot += 1
        if k in fr['lost_keeps']: klost += 1
print(json.dumps({'secrets_dedup': tot, 'leaked': leak, 'recall': round(1 - leak / tot, 4), 'keeps': ktot, 'lost': klost,
                  'keep_rate': round(1 - klost / ktot, 4)}, indent=1))
