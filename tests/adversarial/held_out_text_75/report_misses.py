import json, sys, collections
r = json.load(open(sys.argv[1]))
print('--- leaks by kind/form ---')
c = collections.Counter((l['kind'], l['form']) for l in r['leaks'])
for (k, f), n in sorted(c.items()): print('%-14s %-24s %d' % (k, f, n))
print('--- lost keeps by type ---')
for t, n in collections.Counter(l['type'] for l in r['lost']).most_common(): print('%-10s %d' % (t, n))
print('missing outputs:', r['missing'])
