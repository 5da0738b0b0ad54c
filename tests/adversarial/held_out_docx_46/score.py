#!/tmp/venv/bin/python
"""Re-score: checks the frozen manifest, runs `attest scan` once per corpus file, writes results/ and prints figures."""
import json, os, subprocess, hashlib, time, sys, collections
D = '/tmp/ho35/docx'; ATTEST = '/tmp/ho35/bin/attest'
man = [l.split('  ', 1) for l in open(D + '/MANIFEST.sha256').read().splitlines() if l.strip()]
bad = [f for h, f in man if hashlib.sha256(open(os.path.join(D, f), 'rb').read()).hexdigest() != h]
if bad: sys.exit('manifest mismatch: %s' % bad)
T = json.load(open(D + '/truth.json'))
os.makedirs(D + '/results', exist_ok=True)
res = {}
cache = D + '/results/raw.json'
if len(sys.argv) > 1 and sys.argv[1] == '--reuse' and os.path.exists(cache): res = json.load(open(cache))
env = dict(os.environ, HOME=D + '/home', ATTEST_WORKSPACE=D + '/scanws')
for t in T:
    if t['file'] in res: continue
    f = D + '/corpus/' + t['file']; t0 = time.time()
    try:
        p = subprocess.run([ATTEST, 'scan', f], capture_output=True, text=True, timeout=300, env=env)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        rc, out, err = 'timeout', '', ''
    res[t['file']] = dict(rc=rc, stdout=out[-4000:], stderr=err[-4000:], secs=round(time.time() - t0, 1))
    print(t['file'], rc, repr((out + err)[-160:]), flush=True)
    json.dump(res, open(cache, 'w'), indent=1)
def crashed(r): return r['rc'] not in (0, 1) or 'Traceback' in r['stderr'] or 'Traceback' in r['stdout']
def flagged(r): return r['rc'] == 1
alt = [t for t in T if t['altered']]; ctl = [t for t in T if not t['altered']]
miss = [t for t in alt if not flagged(res[t['file']])]
fp = [t for t in ctl if flagged(res[t['file']])]
crash = [t for t in T if crashed(res[t['file']])]
summary = dict(altered_total=len(alt), altered_flagged=len(alt) - len(miss), controls_total=len(ctl), controls_clean=len(ctl) - len(fp), crashes=len(crash),
               misses=[dict(file=t['file'], cls=t['cls'], technique=t['technique'], kind=t['kind'], secret=t['shown_as'], part=t['part'], how=t['how'], rc=res[t['file']]['rc'], out=(res[t['file']]['stdout'] + res[t['file']]['stderr'])[-300:]) for t in miss],
               false_positives=[dict(file=t['file'], technique=t['technique'], keeps=t.get('keeps'), out=res[t['file']]['stdout'][-1500:]) for t in fp],
               crashes_list=[dict(file=t['file'], rc=res[t['file']]['rc'], err=res[t['file']]['stderr'][-1500:]) for t in crash])
by = collections.defaultdict(lambda: [0, 0])
for t in alt: by[t['cls']][1] += 1; by[t['cls']][0] += flagged(res[t['file']])
summary['by_class'] = {k: '%d/%d' % tuple(v) for k, v in sorted(by.items())}
json.dump(summary, open(D + '/results/summary.json', 'w'), indent=1, ensure_ascii=False)
print('altered flagged %d/%d; controls clean %d/%d; crashes %d' % (summary['altered_flagged'], len(alt), summary['controls_clean'], len(ctl), len(crash)))
print(json.dumps(summary['by_class']))
