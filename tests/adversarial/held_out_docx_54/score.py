"""Re-score: python score.py  (runs `attest scan` once over the frozen corpus, then per file only for files it did not mention)."""
import json, subprocess, os, sys, re, hashlib, time
os.chdir('/tmp/ho37/docx')
A = '/tmp/ho37/bin/attest'
T = json.load(open('corpus/truth.json'))
V = json.load(open('verify/verify.json')) if os.path.exists('verify/verify.json') else {}
# integrity of the frozen corpus
bad = []
for line in open('corpus/MANIFEST.sha256'):
    h, f = line.split(None, 1); f = f.strip()
    if hashlib.sha256(open(f, 'rb').read()).hexdigest() != h: bad.append(f)
if bad: print('MANIFEST MISMATCH', bad); sys.exit(3)
os.makedirs('ws', exist_ok=True)
t0 = time.time()
r = subprocess.run([A, '--workspace', 'ws/scan', 'scan', 'corpus/altered', 'corpus/controls'], capture_output=True, text=True)
dt = time.time() - t0
open('results/scan_all.stdout', 'w').write(r.stdout); open('results/scan_all.stderr', 'w').write(r.stderr)
files = ['corpus/' + e['file'] for e in T['altered']] + ['corpus/' + e['file'] for e in T['controls']]
lines = {f: [] for f in files}
other = []
for ln in (r.stdout + '\n' + r.stderr).splitlines():
    hit = None
    for f in files:
        if ln.startswith(f + ':') or ln.startswith(f + ' ') or (f in ln):
            if hit is None or len(f) > len(hit): hit = f
    (lines[hit].append(ln) if hit else other.append(ln))
per = {}
for f in files:
    if lines[f]:
        per[f] = dict(source='all', lines=lines[f])
    else:
        rr = subprocess.run([A, '--workspace', 'ws/scan', 'scan', f], capture_output=True, text=True)
        per[f] = dict(source='single', rc=rr.returncode, lines=(rr.stdout + rr.stderr).splitlines())
def verdict(p):
    txt = '\n'.join(p['lines'])
    if 'Traceback' in txt: return 'CRASH'
    if p['source'] == 'all': return 'flagged'
    if p['rc'] == 0 and ('clean' in txt): return 'clean'
    if p['rc'] == 1: return 'flagged'
    return f'other(rc={p["rc"]})'
out = dict(scan_all_rc=r.returncode, scan_all_seconds=round(dt, 1), unattributed_lines=other, files={})
for f in files:
    out['files'][f] = dict(verdict=verdict(per[f]), **per[f])
json.dump(out, open('results/score.json', 'w'), indent=1, ensure_ascii=False)
alt = [e for e in T['altered']]; ctl = T['controls']
fa = [e for e in alt if out['files']['corpus/' + e['file']]['verdict'] != 'clean']
cf = [e for e in ctl if out['files']['corpus/' + e['file']]['verdict'] != 'clean']
crash = [f for f, v in out['files'].items() if v['verdict'] == 'CRASH']
print(f'scan over everything: rc={r.returncode}, {dt:.0f}s; unattributed output lines: {len(other)}')
print(f'altered flagged (not clean): {len(fa)}/{len(alt)}')
print(f'controls clean: {len(ctl) - len(cf)}/{len(ctl)}')
print(f'crashes: {len(crash)}')
from collections import Counter
print('verdicts:', Counter(v['verdict'] for v in out['files'].values()))
