#!/usr/bin/env python
"""summarize.py BASELINE.json REDACTED.json OUTDIR -> figures, every miss, every lost keep (markdown to stdout)"""
import sys, json, os, re
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, 'truth.json')))
B = json.load(open(sys.argv[1])); R = json.load(open(sys.argv[2])); OUT = sys.argv[3]
def eng(by):
    e = set()
    for b in by: e.add('tess' if b.startswith('tess') else 'rapid')
    return e
def meta_leak(path, v):
    if not os.path.exists(path): return None
    b = open(path,'rb').read()
    for enc in ('utf-8','utf-16-le','utf-16-be','latin-1'):
        try:
            if v.encode(enc) in b: return True
        except Exception: pass
    return False
tot = Counter(); leaks = []; lost = []; missing = []
pe = Counter()
for name, t in T.items():
    b = B.get(name); r = R.get(name)
    if r is None or r.get('missing'): missing.append(name); continue
    for i, it in enumerate(t['secrets']):
        if 'box' not in it:
            tot['meta'] += 1
            ml = meta_leak(os.path.join(OUT, name), it['text'])
            if ml: leaks.append((name, it, 'metadata: '+it['where'], [], ['bytes']))
            continue
        bb = b['secrets'][i]; rr = r['secrets'][i]
        if not bb['read']: tot['unreadable_base'] += 1; continue
        tot['readable'] += 1
        be = eng(bb['by'])
        for e in ('tess','rapid'):
            if e in be: pe['read_'+e] += 1
        if rr['read']:
            re_ = eng(rr['by'])
            for e in re_: pe['leak_'+e] += 1
            leaks.append((name, it, 'pixels', rr['hits'], rr['by']))
    for i, it in enumerate(t['keeps']):
        bb = b['keeps'][i]; rr = r['keeps'][i]
        if not bb['read']: tot['keep_unreadable_base'] += 1; continue
        tot['keeps'] += 1
        if rr['read']: tot['kept'] += 1
        else: lost.append((name, it))
        be = eng(bb['by']); re_ = eng(rr['by'])
        for e in ('tess','rapid'):
            if e in be:
                pe['kb_'+e] += 1
                if e in re_ or (rr['read'] and not re_ & {'tess','rapid'}): pe['kr_'+e] += 1
n = tot['readable']; L = sum(1 for l in leaks if l[2] == 'pixels')
print('## Figures\n')
print('- images scored: %d (missing outputs: %s)' % (len(T) - len(missing), ', '.join(missing) or 'none'))
print('- identifiers planted in pixels: %d; readable on the unredacted corpus by Tesseract-2x or RapidOCR-v4 (full frame or crop): %d; unreadable even unredacted: %d' % (n + tot['unreadable_base'], n, tot['unreadable_base']))
print('- **strict recall: %.2f %%** (%d of %d readable identifiers leak >= 8 chars in order / a 3+ letter name-address word)' % (100*(n-L)/max(1,n), L, n))
print('  - leaks readable by Tesseract 2x: %d (recall %.2f %%); by RapidOCR PP-OCRv4: %d (recall %.2f %%)' % (pe['leak_tess'], 100*(n-pe['leak_tess'])/n, pe['leak_rapid'], 100*(n-pe['leak_rapid'])/n))
print('- metadata identifiers (PNG text/iTXt, ICC desc/cprt, JPEG EXIF/COM): %d planted, %d still present in output bytes' % (tot['meta'], sum(1 for l in leaks if l[2] != 'pixels')))
print('- **keep-rate: %.2f %%** (%d of %d keeps readable on the unredacted corpus still readable)' % (100*tot['kept']/max(1,tot['keeps']), tot['kept'], tot['keeps']))
print('  - Tesseract 2x: %.2f %% (%d/%d); RapidOCR PP-OCRv4: %.2f %% (%d/%d)' % (100*pe['kr_tess']/max(1,pe['kb_tess']), pe['kr_tess'], pe['kb_tess'], 100*pe['kr_rapid']/max(1,pe['kb_rapid']), pe['kr_rapid'], pe['kb_rapid']))
print('\n## Every miss\n')
print('| file | kind | value | leaked text read | by | where |')
print('|---|---|---|---|---|---|')
for name, it, where, hits, by in leaks:
    print('| %s | %s | `%s` | %s | %s | %s |' % (name, it['kind'], it['text'], ', '.join('`%s`' % h for h in hits), '+'.join(by), where))
print('\n## Every lost keep\n')
by_kind = defaultdict(list)
for name, it in lost: by_kind[it['kind']].append((name, it['text']))
for k, v in sorted(by_kind.items(), key=lambda x: -len(x[1])):
    print('- **%s** (%d): %s' % (k, len(v), '; '.join('%s `%s`' % (n_, t_) for n_, t_ in v)))
json.dump({'leaks': [(a, b['text'], b['kind'], c, d, e) for a, b, c, d, e in leaks], 'lost': [(a, b['text'], b['kind']) for a, b in lost]}, open(os.path.join(os.path.dirname(sys.argv[2]), 'summary.json'), 'w'), indent=1, ensure_ascii=False)
