import json, sys, csv, statistics, re, os
sys.argv_ = sys.argv; outdir = sys.argv[1].rstrip('/')
ROOT = '/tmp/ho40/screens'
sys.argv = ['x', 'none']
src = open(ROOT + '/score.py').read().replace('\nmain()\n', '\n')
src = src.replace('ENG = RapidOCR(', 'ENG = None and RapidOCR(')
exec(src)
r = json.load(open(outdir + '_score.json'))
tot = dict(readable=0, leaked=0, leak_t=0, leak_r=0, unreadable=0, refused_items=0, kreadable=0, kept=0)
bykind = {}; misses = []; lost = []; refused = []
for f, d in sorted(r.items()):
    if d.get('missing'):
        t = json.load(open(ROOT + '/truth/' + f + '.json')); refused.append((f, len(t['items']))); tot['refused_items'] += len(t['items']); continue
    for it in d['items']:
        k = bykind.setdefault(it['kind'], [0, 0])
        if not it['readable_orig']: tot['unreadable'] += 1; continue
        tot['readable'] += 1; k[0] += 1
        lt = any(id_leak(it['kind'], it['value'], x)[0] for x in it['tess'].split('|')) or (it['leaked'] and it['engine'] == 'tess')
        lr = any(id_leak(it['kind'], it['value'], x)[0] for x in it['rapid'].split('|')) or (it['leaked'] and it['engine'] == 'rapid')
        tot['leak_t'] += lt; tot['leak_r'] += lr
        if it['leaked']:
            tot['leaked'] += 1; k[1] += 1; misses.append((f, it))
    for kp in d['keeps']:
        if kp['readable_orig']:
            tot['kreadable'] += 1; tot['kept'] += kp['kept']
            if not kp['kept']: lost.append((f, kp))
fig = dict(files_scored=len(r) - len(refused), refused_files=refused, readable_ids=tot['readable'], unreadable_in_original=tot['unreadable'],
           leaked_combined=tot['leaked'], strict_recall_combined=1 - tot['leaked'] / tot['readable'],
           strict_recall_tesseract2x=1 - tot['leak_t'] / tot['readable'], strict_recall_rapidocr_v3=1 - tot['leak_r'] / tot['readable'],
           keeps_readable=tot['kreadable'], keeps_kept=tot['kept'], keep_rate=tot['kept'] / tot['kreadable'],
           by_kind={k: dict(readable=v[0], leaked=v[1]) for k, v in bykind.items()})
# timings
try:
    A = {row['file']: float(row['wall_s']) for row in csv.DictReader(open(ROOT + '/timings_attest.csv')) if row['rc'] == '0'}
    P = {row['file']: float(row['plain_s']) for row in csv.DictReader(open(ROOT + '/timings_plain_rapidocr.csv'))}
    ratios = sorted(A[f] / P[f] for f in A if f in P and P[f] > 0)
    q = lambda xs, p: xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
    fig['timing'] = dict(n=len(ratios), attest_median_s=statistics.median(A.values()), attest_p90_s=q(sorted(A.values()), .9),
                         plain_median_s=statistics.median(P[f] for f in A), plain_p90_s=q(sorted(P[f] for f in A), .9),
                         ratio_median=statistics.median(ratios), ratio_p90=q(ratios, .9))
except Exception as e: fig['timing'] = str(e)
json.dump(fig, open(outdir + '_figures.json', 'w'), indent=1)
print(json.dumps(fig, indent=1))
print('\nMISSES')
for f, it in misses: print('- %s | %s %s | form: %s | readable: %r (%s, %s)' % (f, it['kind'], it['value'], it['form'], it['seen'], it['engine'], it['view']))
print('\nLOST KEEPS')
for f, k in lost: print('- %s | %s %r | out read: %r' % (f, k['kind'], k['text'], k['out_txt'][:60]))
