"""Score attest scan results. results/<file>.json = {rc, out, err, secs}. Usage: score.py [RESULTS_DIR] [--selftest]"""
import json, sys, os, re, unicodedata
from collections import defaultdict, Counter
ROOT = '/tmp/ho52/docx'
def alnum(s): return re.sub(r'[^0-9a-z]', '', unicodedata.normalize('NFKC', s).lower())
def outcome(r):
    txt = (r.get('out') or '') + (r.get('err') or '')
    if 'Traceback' in txt or r['rc'] not in (0, 1, 2, 3): return 'crash'
    if r.get('timeout'): return 'hang'
    if r['rc'] == 0: return 'clean'
    return 'flagged'
def echo(r, v):
    t = alnum((r.get('out') or '') + (r.get('err') or '')); a = alnum(v)
    return len(a) >= 6 and a in t
def score(results, truth, quiet=False):
    alt = [t for t in truth if t['set'] == 'altered']; ctl = [t for t in truth if t['set'] == 'control']
    S = {'altered_n': len(alt), 'controls_n': len(ctl)}
    oc = {t['file']: outcome(results[t['file']]) for t in alt + ctl if t['file'] in results}
    S['altered_flagged'] = sum(oc.get(t['file']) == 'flagged' for t in alt)
    S['altered_crash'] = sum(oc.get(t['file']) in ('crash', 'hang') for t in alt)
    S['altered_clean_miss'] = sum(oc.get(t['file']) == 'clean' for t in alt)
    S['controls_clean'] = sum(oc.get(t['file']) == 'clean' for t in ctl)
    S['controls_flagged'] = [t['file'] for t in ctl if oc.get(t['file']) != 'clean']
    per = defaultdict(lambda: [0, 0]); perk = defaultdict(lambda: [0, 0]); perf = defaultdict(lambda: [0, 0]); perb = defaultdict(lambda: [0, 0])
    for t in alt:
        f = oc.get(t['file']) == 'flagged'
        for d, k in ((per, t['technique']), (perk, t['kind']), (perf, t['family']), (perb, t['base'])):
            d[k][0] += f; d[k][1] += 1
    S['per_technique'] = dict(per); S['per_kind'] = dict(perk); S['per_family'] = dict(perf); S['per_base'] = dict(perb)
    S['echo'] = [t['file'] for t in alt + ctl if t['file'] in results and echo(results[t['file']], t['value'])]
    S['misses'] = [t for t in alt if oc.get(t['file']) != 'flagged']
    S['outcomes'] = oc
    return S
def selftest(truth):
    null = {t['file']: {'rc': 0, 'out': 'clean: 1 file(s) scanned'} for t in truth}
    orac = {t['file']: {'rc': 1 if t['set'] == 'altered' else 0, 'out': 'x'} for t in truth}
    a = score(null, truth); b = score(orac, truth)
    assert a['altered_flagged'] == 0 and a['controls_clean'] == a['controls_n'], a
    assert b['altered_flagged'] == b['altered_n'] and b['controls_clean'] == b['controls_n'], b
    crash = {t['file']: {'rc': 1, 'out': '', 'err': 'Traceback (most recent call last)'} for t in truth}
    c = score(crash, truth); assert c['altered_flagged'] == 0 and c['altered_crash'] == c['altered_n']
    print('selftest ok: null scanner 0/%d flagged, %d/%d controls clean; oracle %d/%d flagged, %d/%d clean; crash counted as crash'
          % (a['altered_n'], a['controls_clean'], a['controls_n'], b['altered_flagged'], b['altered_n'], b['controls_clean'], b['controls_n']))
if __name__ == '__main__':
    truth = json.load(open(ROOT + '/truth.json'))
    if '--selftest' in sys.argv: selftest(truth); sys.exit()
    rd = sys.argv[1]
    res = {}
    for t in truth:
        p = os.path.join(rd, t['file'] + '.json')
        if os.path.exists(p): res[t['file']] = json.load(open(p))
    S = score(res, truth)
    print('altered flagged %d/%d (%.1f%%), crash/hang %d, passed clean %d' % (S['altered_flagged'], S['altered_n'], 100.0 * S['altered_flagged'] / S['altered_n'], S['altered_crash'], S['altered_clean_miss']))
    print('controls clean %d/%d; flagged: %s' % (S['controls_clean'], S['controls_n'], S['controls_flagged']))
    for name in ('per_family', 'per_technique', 'per_kind', 'per_base'):
        print(name); [print('  %-28s %3d/%-3d' % (k, v[0], v[1])) for k, v in sorted(S[name].items())]
    print('value echo in output:', S['echo'])
    json.dump({k: v for k, v in S.items() if k not in ('outcomes',)}, open(ROOT + '/score.json', 'w'), indent=1, ensure_ascii=False)
