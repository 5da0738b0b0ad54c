"""Score `attest scan` results. results.jsonl: {file, rc, out, err, secs}. Flagged = exit status != 0.
A crash = 'Traceback' in stdout/stderr (counted separately; a crash with rc!=0 still counts as flagged for recall)."""
import json, sys, collections
ROOT = '/tmp/ho53/docx'
def score(results, truth, quiet=False):
    R = {r['file']: r for r in results}
    alt = [t for t in truth if not t['control']]; ctl = [t for t in truth if t['control']]
    flagged = lambda f: f in R and R[f]['rc'] != 0
    crash = [f for f, r in R.items() if 'Traceback' in (r.get('out', '') + r.get('err', ''))]
    hit = [t for t in alt if flagged(t['file'])]; miss = [t for t in alt if not flagged(t['file'])]
    fp = [t for t in ctl if flagged(t['file'])]
    out = dict(altered=len(alt), flagged=len(hit), recall=len(hit) / len(alt) if alt else 0, controls=len(ctl), controls_clean=len(ctl) - len(fp),
               crashes=crash, per_technique={}, per_kind={}, per_family={}, misses=[t['file'] for t in miss], false_positives=[t['file'] for t in fp])
    for key, dst in (('technique', 'per_technique'), ('kind', 'per_kind'), ('family', 'per_family')):
        g = collections.defaultdict(lambda: [0, 0])
        for t in alt:
            g[t[key]][1] += 1; g[t[key]][0] += flagged(t['file'])
        out[dst] = {k: f'{a}/{b}' for k, (a, b) in sorted(g.items())}
    return out
if __name__ == '__main__':
    truth = json.load(open(f'{ROOT}/truth.json'))
    if sys.argv[1:] == ['--selftest']:
        ident = [dict(file=t['file'], rc=0, out='', err='') for t in truth]
        oracle = [dict(file=t['file'], rc=0 if t['control'] else 1, out='', err='') for t in truth]
        a = score(ident, truth); b = score(oracle, truth)
        print('identity: recall %.1f%% controls clean %d/%d' % (100 * a['recall'], a['controls_clean'], a['controls']))
        print('oracle:   recall %.1f%% controls clean %d/%d' % (100 * b['recall'], b['controls_clean'], b['controls']))
        assert a['recall'] == 0 and b['recall'] == 1 and b['controls_clean'] == b['controls'] and a['controls_clean'] == a['controls']
        print('selftest ok'); sys.exit()
    res = [json.loads(l) for l in open(sys.argv[1])]
    s = score(res, truth); json.dump(s, open(f'{ROOT}/score.json', 'w'), indent=1)
    print(json.dumps({k: v for k, v in s.items() if k not in ('misses',)}, indent=1))
