"""Post-hoc (not frozen): was each flagged altered copy flagged for the planted value (tail match) or only for something else / refusal?"""
import json, re, collections
R = {json.loads(l)['file']: json.loads(l) for l in open('results.jsonl')}
T = json.load(open('truth.json'))
cls = collections.Counter(); per = collections.defaultdict(collections.Counter); rows = []
for t in T:
    if t['control']: continue
    r = R[t['file']]; o = r['out']
    if r['rc'] == 0: c = 'missed'
    elif 'UNSCANNABLE' in o: c = 'refused_unscannable'
    else:
        tail = re.sub(r'[^0-9A-Za-z]', '', t['value'])[-3:].lower()
        tails = [re.sub(r'[^0-9A-Za-z]', '', m).lower()[-3:] for m in re.findall(r'•+([^\s•]*)', o)]
        c = 'flagged_planted_value' if any(tail.endswith(x) and x for x in tails) or any(tail == x for x in tails) else 'flagged_other_only'
    cls[c] += 1; per[t['technique']][c] += 1
    if c == 'flagged_other_only': rows.append((t['file'], t['value'], o.strip().replace('\n', ' // ')[:250]))
print(dict(cls))
for k, v in per.items(): print(f'{k:22s}', dict(v))
for x in rows: print(*x, sep=' | ')
