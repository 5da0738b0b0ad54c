"""Show, for each miss, the output lines where the identifier is still readable."""
import sys, json, re
sys.path.insert(0, __import__('os').path.dirname(__file__))
from score import alnum, windows, fold, views, decodings
r = json.load(open(sys.argv[1])); outdir = sys.argv[2]
for m in r['misses']:
    data = open(outdir + '/' + m['file'], 'rb').read()
    texts = decodings(data, m['enc'])
    print('==', m['file'], m['kind'], repr(m['value']), m['forms'], m['hits'])
    shown = 0
    v = views(texts[0])
    for vn in ('raw', 'decoded', 'lines'):
        for line in v[vn].splitlines():
            a = alnum(line)
            if m['kind'] in ('name', 'address'):
                ws = [h.split(':', 1)[1] for h in m['hits'] if ':' in h]
                ok = any(re.search(r'\b%s\b' % re.escape(fold(w)), fold(line)) for w in ws if w != 'postcode') or ('postcode' in ws and alnum(m['value'].rsplit(', ', 1)[1]) in a)
            else:
                ok = any(w in a or w in a.replace('0x', '') for w in windows(alnum(m['value'])))
            if ok and shown < 2:
                print('   [%s] %r' % (vn, line[:300])); shown += 1
