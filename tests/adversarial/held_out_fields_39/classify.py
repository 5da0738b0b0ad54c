#!/tmp/venv/bin/python
"""Summarise run 1 (scored) and run 2 (supplementary) leaks with the documented exclusions."""
import json
R = '/tmp/ho33/fields/'
t = json.load(open(R + 'truth.json'))
# person names, never registered (their registration was refused or never attempted), typed where a person's
# name is expected (tester / --by / participant / signed-by): Attest cannot know them; not counted as misses.
NOT_ID = {'P07', 'A02', 'A09', 'A32', 'A35', 'B11', 'X07', 'R12v', 'R14g', 'R14b'}
KEYBUG = {'B09'}   # its local-part key 'bronwent' is a prefix of I41's name 'bronwentallentire' (truth-key bug)
for run, res in (('run 1 (scored)', 'results'), ('run 2 (supplementary, flow fixed)', 'results2')):
    L = json.load(open(R + res + '/leaks.json'))
    raw = [p for p in t['probes'] if L[p['id']]]
    cnt = [p for p in t['probes'] if p['id'] not in NOT_ID]
    miss = [p for p in cnt if L[p['id']] and p['id'] not in KEYBUG]
    print(f'## {run}')
    print(f'raw: {len(raw)} of {len(t["probes"])} probes survived somewhere -> {100*(1-len(raw)/len(t["probes"])):.1f} % held')
    print(f'corrected: {len(miss)} misses of {len(cnt)} counted identifier probes -> {100*(1-len(miss)/len(cnt)):.1f} % held')
    for p in miss:
        ws = sorted(set(x['where'].split('!')[0].split(' (')[0] for x in L[p['id']]))
        ctx = L[p['id']][0]['context']
        print(f"- {p['id']} `{p['step']}` field `{p['field']}` kind {p['kind']} form {p['form']}: typed {p['typed'][:70]!r}\n    where: {', '.join(ws)}\n    context: {ctx[:110]!r}")
    print()
