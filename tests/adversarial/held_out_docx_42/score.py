#!/tmp/venv/bin/python
# Re-score: runs `attest scan` once per corpus file (sequentially), keeps raw output in results/, prints figures.
# Usage: /tmp/venv/bin/python /tmp/ho34/docx/score.py [--rescan]
import json, os, subprocess, sys, hashlib, collections
os.chdir('/tmp/ho34/docx')
ATTEST = '/tmp/ho34/bin/attest'
# integrity: corpus must match the frozen manifest
bad = [l.split()[1] for l in open('MANIFEST.sha256') if hashlib.sha256(open(l.split(None,1)[1].strip(),'rb').read()).hexdigest() != l.split()[0]]
if bad: sys.exit('manifest mismatch: %s' % bad)
truth = json.load(open('truth.json'))
os.makedirs('results', exist_ok=True)
rescan = '--rescan' in sys.argv
res = {}
for t in truth:
    rp = os.path.join('results', t['file'] + '.json')
    if os.path.exists(rp) and not rescan: res[t['file']] = json.load(open(rp)); continue
    env = dict(os.environ, ATTEST_WORKSPACE='/tmp/ho34/docx/scratch/scan_ws')
    try:
        r = subprocess.run([ATTEST, 'scan', os.path.join('corpus', t['file'])], capture_output=True, text=True, timeout=600, env=env)
        d = dict(rc=r.returncode, out=r.stdout, err=r.stderr)
    except subprocess.TimeoutExpired:
        d = dict(rc='timeout', out='', err='')
    json.dump(d, open(rp, 'w'), indent=1); res[t['file']] = d
    print(t['file'], d['rc'], flush=True)
def crashed(d): return d['rc'] == 'timeout' or 'Traceback' in d['err'] or 'Traceback' in d['out'] or (isinstance(d['rc'], int) and d['rc'] < 0)
def flagged(d): return not crashed(d) and d['rc'] != 0
alt = [t for t in truth if not t['control']]; ctl = [t for t in truth if t['control']]
miss = [t for t in alt if not flagged(res[t['file']])]
fp = [t for t in ctl if res[t['file']]['rc'] != 0 or crashed(res[t['file']])]
cr = [t for t in truth if crashed(res[t['file']])]
print('\naltered files: %d, flagged: %d (%.1f%%), missed: %d' % (len(alt), len(alt)-len(miss), 100*(len(alt)-len(miss))/len(alt), len(miss)))
print('controls: %d, passed: %d, wrongly flagged/failed: %d' % (len(ctl), len(ctl)-len(fp), len(fp)))
print('crashes/timeouts: %d' % len(cr))
byvis = collections.Counter((t['visibility'], flagged(res[t['file']])) for t in alt)
for v in sorted(set(t['visibility'] for t in alt)):
    print('  visibility %-12s flagged %3d / %3d' % (v, byvis[(v, True)], byvis[(v, True)] + byvis[(v, False)]))
byk = collections.Counter((t['kind'], flagged(res[t['file']])) for t in alt)
for k in sorted(set(t['kind'] for t in alt)):
    print('  kind %-9s flagged %3d / %3d' % (k, byk[(k, True)], byk[(k, True)] + byk[(k, False)]))
print('\nMISSES:')
for t in miss:
    d = res[t['file']]
    print('  %s | %s | %s | %s | %s | rc=%s %s' % (t['file'], t['kind'], t['secret'], t['location'], t['visibility'], d['rc'], (d['out'] + d['err']).strip().replace('\n', ' ')[:160]))
print('\nCONTROLS WRONGLY FLAGGED / FAILED:')
for t in fp:
    d = res[t['file']]
    print('  %s | keep=%r | %s | rc=%s %s' % (t['file'], t['secret'], t['location'], d['rc'], (d['out'] + d['err']).strip().replace('\n', ' ')[:300]))
print('\nCRASHES:')
for t in cr:
    d = res[t['file']]; print('  %s rc=%s\n%s' % (t['file'], d['rc'], (d['err'] or d['out'])[-1500:]))
json.dump(dict(missed=[t['file'] for t in miss], false_flags=[t['file'] for t in fp], crashes=[t['file'] for t in cr]), open('score_summary.json', 'w'), indent=1)
