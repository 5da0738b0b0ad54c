#!/tmp/venv/bin/python
"""Extra scorer pass: where do 12 consecutive digits of any MPAN secret survive (first 12 = core w/o check digit, or last 12)?"""
import json, sys, os, glob
exec(open('/tmp/ho34/fields/suite/run_all.py').read().split('def main():')[0].replace("RND = os.environ.get('ROUND', 'r1')", "RND = os.environ.get('ROUND', 'r2')"))
ART2 = {'r1': 'results_r1_original'}.get(RND, 'artifacts_' + RND)
res = json.load(open(f'{ROOT}/{ART2}/commands.json'))['results']
texts = {('stdout:' + r['id']): r['stdout'] for r in res}; texts.update({('stderr:' + r['id']): r['stderr'] for r in res})
for d in glob.glob(f'{ROOT}/{ART2}/*.dump.sql') + glob.glob(f'{ROOT}/{ART2}/render/*/*.txt'):
    texts[d] = open(d, errors='ignore').read()
comp = {k: compact(v) for k, v in texts.items()}
for s in truth['secrets']:
    if s['kind'] != 'mpan': continue
    v = s['value']
    for part in (v[:12], v[1:]):
        hits = [k for k, c in comp.items() if part in c and v not in c]
        if hits: print(RND, s['id'], s['where'], part, hits[:6])
