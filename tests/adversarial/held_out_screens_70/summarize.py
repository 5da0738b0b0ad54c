"""Combine orig readability + output leak scoring into figures and a miss list. usage: summarize.py ORIG.json OUT.json [label]"""
import json, sys, collections
orig = json.load(open(sys.argv[1])); out = json.load(open(sys.argv[2])); label = sys.argv[3] if len(sys.argv) > 3 else sys.argv[2]
TOWNKEEPS = set()
import glob
for tf in glob.glob('/tmp/ho43/screens/truth/*.json'):
    t = json.load(open(tf))
    for e in t['keeps']:
        if e['value'] in ('Bangor', 'Aberystwyth', 'Glasgow', 'Leicester', 'Hull', 'Bristol', 'Dundee', 'Norwich', 'Swansea', 'Derby', 'Carlisle', 'Truro', 'Leeds', 'London', 'Manchester', 'Cardiff', 'Inverness'):
            TOWNKEEPS.add((t['item'], e['value']))
n_read = n_leak = n_unread = 0; misses = []; bykind = collections.Counter(); bykind_leak = collections.Counter()
k_read = k_kept = 0; lost = []; k_read_nt = k_kept_nt = 0; missing = []
hidden = []
for it in sorted(orig):
    o = orig[it]; r = out.get(it)
    if not r or r.get('missing'):
        missing.append(it); continue
    for eo, er in zip(o['ids'], r['ids']):
        assert eo['value'] == er['value']
        if not eo['leak']: n_unread += 1; continue
        n_read += 1; bykind[eo['kind']] += 1
        if er['leak']:
            n_leak += 1; bykind_leak[eo['kind']] += 1
            misses.append(dict(item=it, kind=er['kind'], value=er['value'], form=er['form'], by=er['by'],
                               read={k: er['detail'][k] for k in er['by']}, text={k: er['text'][k] for k in er['by'][:3]}))
    for eo, er in zip(o['keeps'], r['keeps']):
        if not eo['kept']: continue
        town = (it, eo['value']) in TOWNKEEPS
        k_read += 1; k_kept += er['kept']
        if not town: k_read_nt += 1; k_kept_nt += er['kept']
        if not er['kept']: lost.append((it, eo['value'], 'town (part of address line)' if town else ''))
    for h in r.get('hidden', []):
        if h['in_bytes'] or h['rgb_ocr_leak']: hidden.append((it, h))
print('# %s' % label)
print('readable identifiers in originals: %d (not readable by either engine in the original, excluded: %d)' % (n_read, n_unread))
print('leaked (>=8 chars in order / whole short value / any name-address word): %d  -> strict recall %.2f%%' % (n_leak, 100 * (1 - n_leak / max(1, n_read))))
print('keeps readable in originals: %d, kept %d -> keep-rate %.2f%%;  excluding town names inside address lines: %d/%d -> %.2f%%' % (
    k_read, k_kept, 100 * k_kept / max(1, k_read), k_kept_nt, k_read_nt, 100 * k_kept_nt / max(1, k_read_nt)))
print('by kind (leaked/readable):', {k: '%d/%d' % (bykind_leak[k], v) for k, v in bykind.items()})
if missing: print('MISSING outputs:', missing)
print('\n## misses')
for m in misses:
    print('- %(item)s | %(kind)s | %(value)s | form: %(form)s | engines: %(by)s | read: %(read)s' % m)
    for k, v in m['text'].items(): print('    %s: %r' % (k, v[:140]))
print('\n## hidden/metadata leaks')
for it, h in hidden: print('-', it, h)
print('\n## lost keeps')
for x in lost: print('-', *x)
