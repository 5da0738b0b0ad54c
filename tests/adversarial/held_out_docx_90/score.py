# score.py SCANDIR : scores per-file `attest scan` results against truth_verified.json (no scanning here)
import json, sys, os, re, collections
D = '/tmp/ho48/docx'; S = sys.argv[1]
truth = json.load(open(f'{D}/truth_verified.json'))
KW = {'mpan': r'mpan', 'mprn': r'mprn', 'serial': r'serial|msn', 'eui64': r'eui|device', 'name': r'name', 'address': r'address',
      'postcode': r'postcode|post code', 'phone': r'phone|telephone', 'email': r'e-?mail'}
rows = []
for t in truth:
    b = t['file'][:-5]
    if not os.path.exists(f'{S}/{b}.rc'): continue
    rc = int(open(f'{S}/{b}.rc').read().strip() or -1); out = open(f'{S}/{b}.out', errors='replace').read(); err = open(f'{S}/{b}.err', errors='replace').read()
    allo = (out + '\n' + err).replace(f"/tmp/ho48/docx/corpus/{t['file']}", '<FILE>')
    refused = bool(re.search(r'refus|cannot read|could not read|unreadable|unsupported|UNSCANNABLE|cannot be checked', allo, re.I))
    crashed = 'Traceback' in err or rc not in (0, 1, 2) 
    flagged = rc != 0
    kindhit = bool(re.search(KW.get(t['kind'], r'$^'), allo, re.I)) if t['role'] == 'altered' else None
    rows.append(dict(t, rc=rc, flagged=flagged, refused=refused, crashed=crashed, kindhit=kindhit, report=allo.strip()[:1500],
                     time=float(open(f'{S}/{b}.time').read().strip() or 0)))
json.dump(rows, open(f'{S}/scored.json', 'w'), indent=1, ensure_ascii=False)
alt = [r for r in rows if r['role'] == 'altered']; ctl = [r for r in rows if r['role'] == 'control']
print(f"altered {len(alt)}: flagged {sum(r['flagged'] for r in alt)} ({100*sum(r['flagged'] for r in alt)/len(alt):.1f}%), "
      f"flagged with own kind named {sum(r['flagged'] and r['kindhit'] for r in alt)}, refused {sum(r['refused'] for r in alt)}, crashed {sum(r['crashed'] for r in alt)}")
print(f"controls {len(ctl)}: clean {sum(not r['flagged'] for r in ctl)}, falsely flagged {sum(r['flagged'] for r in ctl)}, crashed {sum(r['crashed'] for r in ctl)}")
bt = collections.defaultdict(lambda: [0, 0, 0])
for r in alt: bt[r['technique']][0] += 1; bt[r['technique']][1] += r['flagged']; bt[r['technique']][2] += bool(r['flagged'] and r['kindhit'])
print('\ntechnique: n flagged own-kind')
for k, v in bt.items(): print(f'  {k}: {v[0]} {v[1]} {v[2]}')
bk = collections.defaultdict(lambda: [0, 0])
for r in alt: bk[r['kind']][0] += 1; bk[r['kind']][1] += r['flagged']
print('\nkind: n flagged'); [print(f'  {k}: {v[0]} {v[1]}') for k, v in bk.items()]
print('\nMISSES:')
for r in alt:
    if not r['flagged']: print(f"  {r['file']} | {r['technique']} | {r['kind']} | {r['value']!r} | {r['where']} | lo_text={r.get('visible_lo_text')} ocr_page={r.get('ocr_lo_page')}")
print('\nFLAGGED WITHOUT OWN KIND:')
for r in alt:
    if r['flagged'] and not r['kindhit']: print(f"  {r['file']} | {r['kind']} | {r['value']!r} | {r['report'][:200]!r}")
print('\nFLAGGED ONLY AS UNSCANNABLE/REFUSED (altered):'); [print('  ', r['file'], r['report'][:160]) for r in alt if r['flagged'] and r['refused'] and not r['kindhit']]
print('\nFALSE FLAGS:')
for r in ctl:
    if r['flagged']: print(f"  {r['file']} | {r['technique']} | {r['value']!r} | {r['report'][:300]!r}")
print('\nCRASHES:'); [print('  ', r['file'], r['rc'], r['report'][-300:]) for r in rows if r['crashed']]
print('\ntime: max %.1fs total %.0fs' % (max(r['time'] for r in rows), sum(r['time'] for r in rows)))
