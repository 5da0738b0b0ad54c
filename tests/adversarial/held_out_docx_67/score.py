# score attest scan results against truth.json. usage: score.py RUNDIR
import json, sys, re, os, collections, statistics
sys.path.insert(0, os.path.dirname(__file__)); from canon import canon
RUN = sys.argv[1] if len(sys.argv) > 1 else 'runs/scan1'
KMAP = dict(mpan='MPAN', mprn='MPRN', serial='MSN', eui='DEVICE', postcode='POSTCODE', name='NAME', phone='PHONE', email='EMAIL')
truth = json.load(open('truth.json'))
# controls found defective after the run (scorer-side exclusion, corpus unchanged): C035's .eml headers carry real e-mail addresses
INVALID = {'C035_embedded_eml_qp_mini.docx'}
LINE = re.compile(r'^(?P<file>[^:]+\.docx): (?P<where>.*): (?P<kind>[A-Z][A-Z0-9_-]+)(?: (?P<mask>.*))?$')
res = []
for t in truth:
    n = t['file']; p = f'{RUN}/{n}'
    if not os.path.exists(p + '.rc'): res.append(dict(t, status='NOT_RUN')); continue
    rc = int(open(p + '.rc').read().strip() or -1); out = open(p + '.out', errors='replace').read(); err = open(p + '.err', errors='replace').read()
    tm = float(open(p + '.time').read() or 0)
    finds = [m.groupdict() for m in (LINE.match(l) for l in out.splitlines()) if m]
    for f_ in finds: f_['mask'] = f_['mask'] or ''
    unscannable = [f_ for f_ in finds if f_['kind'] == 'UNSCANNABLE']
    finds = [f_ for f_ in finds if f_['kind'] != 'UNSCANNABLE']
    crash = rc not in (0, 1) or 'Traceback' in err
    refused = bool(unscannable) and rc != 0
    tail = lambda m: canon(m.replace('•', ''))
    if t['control'] and n in INVALID:
        status = 'INVALID_CONTROL'
    elif t['control']:
        status = 'CRASH' if crash else ('CLEAN' if rc == 0 and not finds else ('REFUSED' if refused and not finds else 'FLAGGED'))
    else:
        want = KMAP[t['kind']]; cv = canon(t['value'])
        kf = [f for f in finds if f['kind'] == want]
        exact = [f for f in kf if tail(f['mask']) and cv.endswith(tail(f['mask']))]
        other_exact = [f for f in finds if f['kind'] != want and tail(f['mask']) and len(tail(f['mask'])) >= 2 and cv.endswith(tail(f['mask']))]
        if crash: status = 'CRASH'
        elif exact: status = 'FOUND'
        elif other_exact: status = 'FOUND_WRONGKIND'
        elif kf: status = 'FOUND_KIND'
        elif finds: status = 'FLAGGED_OTHER'
        elif refused: status = 'REFUSED'
        elif rc != 0: status = 'FLAGGED_NOFINDING'
        else: status = 'MISS'
    res.append(dict(t, status=status, rc=rc, time=tm, findings=[f"{f['where']}: {f['kind']} {f['mask'][-12:]}" for f in finds + unscannable][:8], stderr=err.strip()[-300:]))
json.dump(res, open(f'{RUN}.score.json', 'w'), indent=1, ensure_ascii=False)
alt = [r for r in res if not r['control']]; ctl = [r for r in res if r['control']]
c = collections.Counter(r['status'] for r in alt); cc = collections.Counter(r['status'] for r in ctl)
ok = c['FOUND'] + c['FOUND_KIND'] + c['FOUND_WRONGKIND']
print(f'RUN {RUN}: altered {len(alt)}: ' + ', '.join(f'{k}={v}' for k, v in sorted(c.items())))
print(f'  flagged for its identifier (FOUND+FOUND_KIND+FOUND_WRONGKIND): {ok}/{len(alt)} = {100*ok/len(alt):.1f} %')
fl = sum(v for k, v in c.items() if k not in ('MISS', 'NOT_RUN', 'CRASH'))
print(f'  file flagged or refused at all: {fl}/{len(alt)} = {100*fl/len(alt):.1f} %')
vc = len(ctl) - cc['INVALID_CONTROL']
print(f'controls {len(ctl)}: ' + ', '.join(f'{k}={v}' for k, v in sorted(cc.items())) + f'; clean-rate {100*cc["CLEAN"]/vc:.1f} % of {vc} valid controls')
ts = [r['time'] for r in res if r.get('time')]
if ts: print(f'time per file: median {statistics.median(ts):.2f}s, max {max(ts):.2f}s ({max(res, key=lambda r: r.get("time", 0))["file"]}), total {sum(ts):.0f}s')
byt = collections.defaultdict(lambda: [0, 0])
for r in alt: byt[r['technique']][0] += 1; byt[r['technique']][1] += r['status'] in ('FOUND', 'FOUND_KIND', 'FOUND_WRONGKIND')
print('per technique (ok/n) with misses:')
for k, (n, o) in sorted(byt.items()):
    if o < n: print(f'  {k}: {o}/{n}')
print('NOT-FOUND altered items:')
for r in alt:
    if r['status'] not in ('FOUND', 'FOUND_KIND'): print(f"  {r['status']:14s} {r['file']} | {r['kind']} | {r['value']} | {r['how']} | {r.get('findings')} | {r.get('stderr','')[:160]}")
print('controls not clean:')
for r in ctl:
    if r['status'] != 'CLEAN': print(f"  {r['status']} {r['file']} | {r['value']} | {r.get('findings')} | {r.get('stderr','')[:160]}")
