#!/tmp/venv/bin/python
"""Per-command/field outcome table from run 1 (and run 2 where run 1 did not exercise the field)."""
import json
R = '/tmp/ho33/fields/'
t = json.load(open(R + 'truth.json'))
NOT_ID = {'P07', 'A02', 'A09', 'A32', 'A35', 'B11', 'X07', 'R12v', 'R14g', 'R14b'}
out = ['| probe | command | field | kind / form | run1 rc | run1 outcome | run2 rc | run2 outcome |', '|---|---|---|---|---|---|---|---|']
for run in (1, 2):
    pass
L1 = json.load(open(R + 'results/leaks.json')); L2 = json.load(open(R + 'results2/leaks.json'))
D1 = {r['label']: r['rc'] for r in json.load(open(R + 'results/drive.json'))['results']}
D2 = {r['label']: r['rc'] for r in json.load(open(R + 'results2/drive.json'))['results']}
def oc(p, L, D):
    rc = D.get(p['step'])
    if L[p['id']]:
        w = sorted(set(x['where'].split('/')[0].split(' (')[0] for x in L[p['id']]))
        s = 'SURVIVED in ' + ','.join(w)
        if p['id'] in ('R12v', 'R14g', 'R14b'): s += ' (value of a refused registration; the survival is that of the later probe with the same value, counted there or excluded there)'
        elif p['id'] in NOT_ID: s += ' (unregistered person name in a person-name field, not counted)'
        if p['id'] == 'B09': s += ' (truth-key false hit, not counted)'
        return rc, s
    return rc, ('refused, no echo' if rc == 2 else 'not found (masked / not stored)')
for p in t['probes']:
    r1, o1 = oc(p, L1, D1); r2, o2 = oc(p, L2, D2)
    out.append(f"| {p['id']} | {p['step']} | {p['field']} | {p['kind']} / {p['form']} | {r1} | {o1} | {r2} | {o2} |")
open(R + 'results/fields_table.md', 'w').write('\n'.join(out) + '\n')
print(len(out) - 2, 'rows')
