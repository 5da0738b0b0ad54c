"""Score attest scan outputs against truth. usage: score.py [SCANDIR]"""
import json, re, sys, os, collections
R = '/tmp/ho45/docx'
SD = sys.argv[1] if len(sys.argv) > 1 else f'{R}/scan'
truth = json.load(open(f'{R}/truth_verified.json'))
EXP = dict(mpan={'MPAN'}, mprn={'MPRN'}, serial={'MSN', 'SERIAL', 'GAS_SERIAL', 'METER_SERIAL'}, eui={'DEVICE', 'EUI', 'EUI-64', 'EUI64'},
           postcode={'POSTCODE', 'ADDRESS'}, phone={'PHONE'}, email={'EMAIL'}, name={'NAME'})
FIND = re.compile(r'^(.*?): (.+?): ([A-Z][A-Z0-9_-]+) (\S.*)$')
# Scorer fix after freeze (documented in FIRST_REPORT.md): these controls are corpus defects, not clean controls.
INVALID = {'c010_P21_quoted_email_thread_sts_token': 'P21 template line "From: Field Ops <fieldops@supplier.example>" is itself an e-mail address',
           'c030_P21_quoted_email_thread_tester_name': 'same P21 template e-mail address',
           'c034_P21_quoted_email_thread_mpan_ref': 'same P21 template e-mail address',
           'c025_P10_lastrenderedpagebreak_split_duis_id': 'a DUIS request id embeds two EUI-64s (originator and target device): a real identifier'}
# P21 altered items: an EMAIL finding comes from the template line, so only the item's own kind counts (already the rule).
rows = []
for t in truth:
    o = f"{SD}/{t['id']}.out"; rcf = f"{SD}/{t['id']}.rc"
    if not os.path.exists(rcf):
        rows.append(dict(t, status='NOT RUN')); continue
    rc, secs = open(rcf).read().split(); rc = int(rc); secs = float(secs)
    out = open(o, errors='replace').read()
    finds = []
    for l in out.splitlines():
        m = FIND.match(l)
        if m and not l.startswith('attest:'): finds.append((m.group(2), m.group(3), m.group(4)))
    other = [l for l in out.splitlines() if not (FIND.match(l) and not l.startswith('attest:')) and not l.startswith('clean:') and not re.match(r'attest: \d+ finding', l)]
    crash = rc not in (0, 1) or 'Traceback' in out
    kinds = {k for _, k, _ in finds}
    refused = bool(re.search(r'refus|cannot read|could not read|unreadable|not scanned', out, re.I))
    r = dict(t, rc=rc, secs=secs, kinds=sorted(kinds), findings=finds, other=other, crash=crash, refused=refused)
    if t['control']:
        r['status'] = 'CONTROL_INVALID' if t['id'] in INVALID else 'CONTROL_CLEAN' if (rc == 0 and not finds and not refused) else 'CONTROL_FLAGGED'
    else:
        k = t['kind']
        if kinds & EXP[k]: r['status'] = 'HIT'
        elif (finds and not (t['technique'] == 'P21_quoted_email_thread' and kinds == {'EMAIL'})) or refused: r['status'] = 'FLAGGED_OTHER'
        else: r['status'] = 'MISS'
    rows.append(r)
json.dump(rows, open(f'{SD}/score.json', 'w'), ensure_ascii=False, indent=1)
alt = [r for r in rows if not r['control']]; ctl = [r for r in rows if r['control']]
c = collections.Counter(r['status'] for r in rows)
print('altered:', len(alt), {s: sum(1 for r in alt if r['status'] == s) for s in ('HIT', 'FLAGGED_OTHER', 'MISS', 'NOT RUN')})
hit = sum(1 for r in alt if r['status'] == 'HIT'); fl = sum(1 for r in alt if r['status'] in ('HIT', 'FLAGGED_OTHER'))
ran = [r for r in alt if r['status'] != 'NOT RUN']
print(f'recall (flagged for its own kind): {hit}/{len(ran)} = {100*hit/max(1,len(ran)):.1f}%   file flagged at all: {fl}/{len(ran)} = {100*fl/max(1,len(ran)):.1f}%')
cr = [r for r in ctl if r['status'] not in ('NOT RUN', 'CONTROL_INVALID')]
print('invalid controls (corpus defects, excluded):', {r['id']: (INVALID[r['id']], [f[1] for f in r.get('findings', [])]) for r in ctl if r['status'] == 'CONTROL_INVALID'})
cc = sum(1 for r in cr if r['status'] == 'CONTROL_CLEAN')
print(f'controls clean: {cc}/{len(cr)} = {100*cc/max(1,len(cr)):.1f}%')
print('crashes:', [r['id'] for r in rows if r.get('crash')])
ts = [r['secs'] for r in rows if 'secs' in r]
if ts: print(f'time per file: mean {sum(ts)/len(ts):.2f}s, max {max(ts):.2f}s ({max(rows, key=lambda r: r.get("secs", 0))["id"]}), total {sum(ts):.0f}s')
print('\nby kind:')
for k in EXP:
    a = [r for r in ran if r['kind'] == k]; print(f'  {k:9s} {sum(1 for r in a if r["status"]=="HIT")}/{len(a)}')
print('\nby technique (misses):')
bt = collections.defaultdict(list)
for r in ran: bt[r['technique']].append(r)
for tq, rs in sorted(bt.items()):
    m = [r for r in rs if r['status'] != 'HIT']
    if m: print(f'  {tq}: {len(rs)-len(m)}/{len(rs)} hit; not hit: ' + ', '.join(f"{r['kind']}({r['status']}{':'+','.join(r['kinds']) if r['kinds'] else ''})" for r in m))
print('\nMISSES / FLAGGED_OTHER detail:')
for r in ran:
    if r['status'] != 'HIT':
        print(f"  {r['id']} | {r['kind']} | value {r['value']!r} shown {r['shown']!r} | {r['how']} | visible: {r['visible_note']} | {r['status']} {r['kinds']} {r['other'][:2]}")
print('\nCONTROLS flagged:')
for r in cr:
    if r['status'] != 'CONTROL_CLEAN':
        print(f"  {r['id']} | {r['kind']} | {r['value']!r} | {[(a,b,c) for a,b,c in r['findings']]} {r['other'][:2]}")
