# usage: score.py SCANDIR [TPLDIR] -- scores only
import json, sys, os, re, collections
T = json.load(open('truth.json')); V = {v['file']: v for v in json.load(open('verify.json'))}
D = sys.argv[1]
KW = dict(mpan=['mpan'], mprn=['mprn'], serial=['serial', 'meter'], eui64=['eui', 'device', 'guid'], name=['name', 'person'], address=['address'],
  postcode=['postcode', 'post code'], phone=['phone', 'telephone'], email=['e-mail', 'email', 'mail'])
def load(f):
    b = f.replace('/', '_'); g = lambda e: open(os.path.join(D, b + e), errors='replace').read() if os.path.exists(os.path.join(D, b + e)) else ''
    return g('.out'), g('.err'), int(g('.rc').strip() or -1), g('.time').strip()
def classify(out, err, rc):
    txt = out + err
    if 'Traceback' in txt: return 'crash'
    if rc == 124: return 'hang'
    if rc == 0: return 'clean'
    if re.search(r'refus|cannot read|could not read|unreadable|not a (valid )?docx|unsupported', txt, re.I): return 'refused'
    return 'flagged'
rows = []
for t in T:
    if t['role'] == 'template': continue
    out, err, rc, tm = load(t['file']); c = classify(out, err, rc)
    kind_ok = any(k in (out + err).lower() for k in KW.get(t['kind'], [])) if c == 'flagged' else None
    rows.append(dict(t, status=c, rc=rc, kind_named=kind_ok, time=tm, report=(out + err).strip()[:600], verify=V.get(t['file'])))
alt = [r for r in rows if r['role'] == 'altered']; ctl = [r for r in rows if r['role'] == 'control']
caught = [r for r in alt if r['status'] in ('flagged', 'refused')]
print('altered: %d, flagged %d, refused %d, clean (MISS) %d, crash %d, hang %d' % (len(alt), sum(r['status'] == 'flagged' for r in alt), sum(r['status'] == 'refused' for r in alt),
  sum(r['status'] == 'clean' for r in alt), sum(r['status'] == 'crash' for r in alt), sum(r['status'] == 'hang' for r in alt)))
print('flagged but kind not named: %d' % sum(1 for r in alt if r['status'] == 'flagged' and not r['kind_named']))
print('controls: %d, clean %d, flagged %d, refused %d, crash %d' % (len(ctl), sum(r['status'] == 'clean' for r in ctl), sum(r['status'] == 'flagged' for r in ctl),
  sum(r['status'] == 'refused' for r in ctl), sum(r['status'] == 'crash' for r in ctl)))
bt = collections.defaultdict(lambda: collections.Counter())
for r in alt: bt[r['technique']][r['status']] += 1
print('\nper technique (altered):')
for k in sorted(bt): print('  %-28s %s' % (k, dict(bt[k])))
print('\nMISSES:')
for r in alt:
    if r['status'] not in ('flagged', 'refused'): print('  %s | %s | %s | %r | base %s | verify %s | report: %s' % (r['file'], r['technique'], r['kind'], r['value'], r['base'], r['verify'], r['report'][:200].replace('\n', ' / ')))
print('\nFLAGGED WITHOUT OWN KIND:')
for r in alt:
    if r['status'] == 'flagged' and not r['kind_named']: print('  %s | %s | %r | report: %s' % (r['file'], r['kind'], r['value'], r['report'][:300].replace('\n', ' / ')))
print('\nCONTROLS NOT CLEAN:')
for r in ctl:
    if r['status'] != 'clean': print('  %s | %s | %r | %s | report: %s' % (r['file'], r['technique'], r['value'], r['status'], r['report'][:400].replace('\n', ' / ')))
json.dump(rows, open(os.path.join(D, 'scored.json'), 'w'), ensure_ascii=False, indent=1)
