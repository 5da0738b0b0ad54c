#!/tmp/venv/bin/python
"""Summarise rounds: secrets exercised (their command ran), survived (found anywhere), by round; writes results.md."""
import json, os, glob
ROOT = '/tmp/ho34/fields'
rows = []; leaks = []
for rnd, suf, art in (('r1', '', os.environ.get('R1DIR', 'results_r1_original')), ('r2', '2', 'artifacts_r2'), ('r3', '3', 'artifacts_r3'), ('r4', '4', 'artifacts_r4')):
    if not os.path.exists(f'{ROOT}/{art}/score.json'): continue
    plan = json.load(open(f'{ROOT}/plan{suf}.json')); sc = json.load(open(f'{ROOT}/{art}/score.json'))
    res = {r['id']: r for r in json.load(open(f'{ROOT}/{art}/commands.json'))['results']}
    cdir = f'{ROOT}/corpus{suf}'
    files = {}
    for fn in os.listdir(cdir):
        b = open(cdir + '/' + fn, 'rb').read()
        files[cdir + '/' + fn] = fn + b.decode('utf-8', 'ignore') + b.decode('utf-16', 'ignore') + b.decode('utf-32', 'ignore')
    def cmds_for(s):
        out = []
        for e in plan:
            blob = ' '.join(e['argv']) + (e['stdin'] or '') + e.get('note', '') + ' '.join(v or '' for v in e['env'].values())
            for a in e['argv']:
                for p, t in files.items():
                    if a == p or a == '@' + p: blob += t
            if s['typed'] and (s['typed'] in blob or s['value'] in blob): out.append(e['id'])
        return out
    ex = sv = 0
    for s in sc['secrets']:
        cs = cmds_for(s)
        ran = [c for c in cs if res.get(c, {}).get('rc') is not None]
        exercised = bool(ran) or not cs
        ex += exercised; sv += bool(s['hits'])
        if s['hits']: leaks.append((rnd, s, ran or cs))
    kept = sum(k['kept'] for k in sc['keeps'])
    flags = {f: [c['id'] for c in sc['commands'] if c[f]] for f in ('traceback', 'wrong_refusal', 'not_refused', 'refuse_rc_not_2')}
    rows.append((rnd, len(sc['secrets']), ex, sv, len(sc['keeps']), kept, flags))
with open(ROOT + '/results.md', 'w') as f:
    f.write('| round | secrets | exercised | survived somewhere | keeps | kept in displayed output | tracebacks | cmds expected ok but failed | cmds expected refused but accepted |\n|---|---|---|---|---|---|---|---|---|\n')
    for r in rows:
        f.write(f'| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {len(r[6]["traceback"])} | {", ".join(r[6]["wrong_refusal"])} | {", ".join(r[6]["not_refused"])} |\n')
    f.write('\n| round | id | kind | form | field (where typed) | command(s) | where found |\n|---|---|---|---|---|---|---|\n')
    for rnd, s, cs in leaks:
        where = '; '.join(sorted(set(h[0] for h in s['hits'])))
        f.write(f'| {rnd} | {s["id"]} | {s["kind"]} | {s["form"]!r} | {s["where"]} | {", ".join(cs)} | {where} |\n')
print(open(ROOT + '/results.md').read())
