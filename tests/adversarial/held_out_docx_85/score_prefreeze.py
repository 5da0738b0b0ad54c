# Scores a run_scan.py OUTDIR against truth.json (own scorer; reads only the wrapper's outputs).
import json, sys, re, collections
R = '/tmp/ho47/docx'
out = sys.argv[1]
truth = {it['id']: it for it in json.load(open(f'{R}/truth.json'))}
mp = json.load(open(f'{out}/map.json'))
KW = {'mpan': [r'\bmpan'], 'mprn': [r'\bmprn'], 'serial': [r'serial'], 'eui64': [r'eui', r'device'],
      'name': [r'\bname\b', r'person', r'customer name'], 'address': [r'address(?!\w)', r'street'], 'postcode': [r'post ?code'],
      'phone': [r'phone', r'telephone', r'mobile'], 'email': [r'e-?mail']}
def kinds_in(text):
    t = re.sub(r'\S*/f\d{3}\.docx\S*', ' ', text.lower())
    t = t.replace('e-mail', 'email')
    return sorted(k for k, pats in KW.items() if any(re.search(p, t) for p in pats))
rows = []
for iid, f in mp.items():
    r = json.load(open(f'{out}/res/{f}.json'))
    it = truth.get(iid)
    txt = (r['stdout'] or '') + '\n' + (r['stderr'] or '')
    crash = r['rc'] is None or 'Traceback' in (r['stderr'] or '')
    refused = bool(re.search(r'refus|cannot read|could not read|unreadable|not supported|unsupported', txt, re.I))
    flagged = (r['rc'] not in (0, None)) and not crash
    ks = kinds_in(txt)
    row = dict(id=iid, file=f, rc=r['rc'], crash=crash, refused=refused, flagged=flagged, kinds=ks, secs=r['secs'])
    if it:
        row.update(kind=it['kind'], technique=it['technique'], control=it['control'], value=it['value'], base=it['base'])
        row['own_kind'] = flagged and (it['kind'] in ks or not ks or refused)
    else:
        row.update(kind='base', technique='base', control=True, value=None, base=iid)
    rows.append(row)
json.dump(rows, open(f'{out}/score.json', 'w'), indent=1, ensure_ascii=False)
alt = [r for r in rows if not r['control']]; ctl = [r for r in rows if r['control'] and r['kind'] == 'control']
bases = [r for r in rows if r['kind'] == 'base']
print(f"altered copies flagged: {sum(r['flagged'] for r in alt)}/{len(alt)}; flagged for own kind (or kind unstated/refused): {sum(r['own_kind'] for r in alt)}/{len(alt)}")
print(f"controls clean: {sum(r['rc']==0 for r in ctl)}/{len(ctl)}; bases clean: {sum(r['rc']==0 for r in bases)}/{len(bases)}")
print(f"crashes/timeouts: {sum(r['crash'] for r in rows)}; refusals (by wording): {sum(r['refused'] for r in rows)}")
bt = collections.defaultdict(lambda: [0, 0, 0]); bk = collections.defaultdict(lambda: [0, 0, 0])
for r in alt:
    for d, k in ((bt, r['technique']), (bk, r['kind'])):
        d[k][0] += 1; d[k][1] += r['flagged']; d[k][2] += r['own_kind']
print('\nby technique (n, flagged, own-kind):')
for k, v in bt.items(): print(f'  {k:24s} {v}')
print('by kind:')
for k, v in bk.items(): print(f'  {k:10s} {v}')
print('\nMISSES (altered copy passed clean or not flagged for its kind):')
for r in alt:
    if not r['own_kind']:
        it = truth[r['id']]
        print(f"  {r['id']} [{r['file']}] kind={r['kind']} tech={r['technique']} base={r['base']} value={it['value']!r} text={it['text']!r} rc={r['rc']} kinds_reported={r['kinds']}")
print('\nFALSE FLAGS (controls/bases not clean):')
for r in ctl + bases:
    if r['rc'] != 0:
        it = truth.get(r['id'], {})
        print(f"  {r['id']} [{r['file']}] tech={r['technique']} text={it.get('text')!r} rc={r['rc']} kinds={r['kinds']}")
