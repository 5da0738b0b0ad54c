"""Print a per-kind / per-form / per-genre summary of a score JSON."""
import sys, json, collections
r = json.load(open(sys.argv[1])); t = json.load(open(sys.argv[2]))
print('SUMMARY', json.dumps(r['summary']))
tot = collections.Counter(i['kind'] for x in t for i in x['ids'])
miss = collections.Counter(m['kind'] for m in r['misses'])
print('by kind (missed/total):', ', '.join('%s %d/%d' % (k, miss[k], tot[k]) for k in sorted(tot)))
gt = collections.Counter(x['genre'] for x in t for i in x['ids']); gm = collections.Counter(m['genre'] for m in r['misses'])
print('by genre:', ', '.join('%s %d/%d' % (k, gm[k], gt[k]) for k in sorted(gt)))
ft = collections.Counter(f.split(':')[0] if not f.startswith(('sep:', 'sp:', 'invis:', 'tag:')) else f for x in t for i in x['ids'] for f in i['forms'])
fm = collections.Counter(f.split(':')[0] if not f.startswith(('sep:', 'sp:', 'invis:', 'tag:')) else f for m in r['misses'] for f in m['forms'])
print('by form (ids with that form missed/total):', ', '.join('%s %d/%d' % (k, fm[k], ft[k]) for k in sorted(ft, key=lambda k: -fm[k])))
kc = collections.Counter(k['cat'] for k in r['lost_keeps']); kt = collections.Counter(k['cat'] for x in t for k in x['keeps'])
print('lost keeps by cat:', ', '.join('%s %d/%d' % (k, kc[k], kt[k]) for k in sorted(kt, key=lambda k: -kc[k])))
