#!/tmp/venv/bin/python
"""Supplementary run 2: same frozen values (plan.json/truth.json unchanged), flow fixed where run 1's
own script was wrong: step-3 evidence goes to a new run C (run A's case has only 2 steps), the wash-up
is signed by the real witness so --action/--note are exercised, run C is packed."""
import json
plan = json.load(open('/tmp/ho33/fields/plan.json'))
out = []
for c in plan:
    c = json.loads(json.dumps(c))
    if c['label'] in ('runA-step3', 'runA-step3b', 'runA-show'):
        c['argv'] = [a.replace('{RUNA2}', '{RUNC}') for a in c['argv']]
    if c['label'] == 'runA-washup':
        i = c['argv'].index('--signed-by'); c['argv'][i + 1] = 'Amara Okafor'
    if c['label'] == 'runA-finish':
        out.append(dict(label='runC-finish', argv=['run', 'finish', '--json', '{RUNC}'], stdin=None, capture={}, env={}, expect=None))
    out.append(c)
    if c['label'] == 'runA-step2':
        out.append(dict(label='runC-start', argv=['run', 'start', '--json', '--tester', 'Dev Rao', 'COS_TS_2_TC_11'], stdin=None, capture={'RUNC': 'json:id'}, env={}, expect=None))
    if c['label'] == 'packB':
        out.append(dict(label='packC', argv=['pack', '--with-files', '--out', '/tmp/ho33/fields/packs2/COS_TS_2_TC_11_evidence.docx', '{RUNC}'], stdin=None, capture={}, env={}, expect=None))
s = json.dumps(out, indent=1, ensure_ascii=False).replace('/tmp/ho33/fields/packs/', '/tmp/ho33/fields/packs2/').replace('/tmp/ho33/fields/redact_out', '/tmp/ho33/fields/redact_out2')
open('/tmp/ho33/fields/plan2.json', 'w').write(s)
print(len(out), 'commands')
