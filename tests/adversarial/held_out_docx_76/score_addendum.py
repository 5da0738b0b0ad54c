import json, re, collections, sys
R = '/tmp/ho45/docx'; SD = sys.argv[1] if len(sys.argv) > 1 else f'{R}/scan_add'
t = json.load(open(f'{R}/addendum_truth.json'))
EXP = dict(name={'NAME'}, mprn={'MPRN'})
FIND = re.compile(r'^(.*?): (.+?): ([A-Z][A-Z0-9_-]+) (\S.*)$')
c = collections.Counter()
for x in t:
    rc, secs = open(f"{SD}/{x['id']}.rc").read().split(); out = open(f"{SD}/{x['id']}.out").read()
    kinds = {m.group(3) for l in out.splitlines() for m in [FIND.match(l)] if m and not l.startswith('attest:')}
    x['status'] = 'HIT' if kinds & EXP[x['kind']] else 'MISS'; x['kinds'] = sorted(kinds); x['rc'] = int(rc); x['secs'] = float(secs)
    c[(x['kind'], x['status'])] += 1
    if x['status'] == 'MISS': print('  MISS', x['id'], repr(x['shown'][:60]), x['kinds'])
json.dump(t, open(f'{SD}/score.json', 'w'), ensure_ascii=False, indent=1)
print('addendum:', dict(c))
