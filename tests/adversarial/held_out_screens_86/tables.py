"""tables.py OUT_TAG OUTDIR: per-kind / per-toolkit tables, leaks with OCR, lost keeps with a cause (mask overlap)."""
import sys, json, glob, os, collections
from PIL import Image, ImageChops
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judge import id_readable, keep_readable
ROOT = '/tmp/ho47/screens'; tag, od = sys.argv[1], sys.argv[2]
R = json.load(open(f'{ROOT}/results/{tag}.json'))
T = {os.path.basename(f)[:-5]: json.load(open(f)) for f in glob.glob(ROOT+'/truth/*.json')}
B = json.load(open(f'{ROOT}/ocr/baseline.json'))
# per kind / toolkit
tot = collections.Counter(); rd = collections.Counter(); lk = collections.Counter(); tk = collections.Counter(); tkl = collections.Counter(); tkr = collections.Counter()
unread = {(u[0], u[1], u[2]) for u in R['unreadable_in_original']}
leakset = collections.Counter((l['image'], l['kind'], l['value']) for l in R['leaks'])
for base, t in T.items():
    for it in t['items']:
        if not it['s']: continue
        tot[it['kind']] += 1
        if (base, it['kind'], it['text']) in unread: continue
        rd[it['kind']] += 1; tkr[t['toolkit']] += 1
print('| kind | planted | readable in original | leaked | recall |\n|---|---|---|---|---|')
for l in R['leaks']: lk[l['kind']] += 1; tkl[l['toolkit']] += 1
for k in sorted(tot, key=lambda k: -tot[k]):
    print(f'| {k} | {tot[k]} | {rd[k]} | {lk[k]} | {100*(1-lk[k]/max(1,rd[k])):.1f} % |')
print('\n| toolkit | readable ids | leaked | recall |\n|---|---|---|---|')
for k in sorted(tkr): print(f'| {k} | {tkr[k]} | {tkl[k]} | {100*(1-tkl[k]/max(1,tkr[k])):.1f} % |')
print('\nLEAKS')
for l in R['leaks']:
    print(l['image'], l['kind'], repr(l['value']), 'readable:', l['readable'], 'ocr:', {k: v[:80] for k, v in l['ocr'].items()})
print('\nLOST KEEPS')
def dark_frac(base, rects, img):
    im0 = np.asarray(Image.open(f'{ROOT}/corpus/{T[base]["image"]}').convert('RGB')).astype(int)
    p = [q for q in glob.glob(f'{od}/{base}.*')][0]; im1 = np.asarray(Image.open(p).convert('RGB').resize((im0.shape[1], im0.shape[0]))).astype(int)
    tot = ch = 0
    for r in rects:
        x0, y0, x1, y1 = [int(round(v)) for v in r]
        a = im0[max(0,y0):y1, max(0,x0):x1]; b = im1[max(0,y0):y1, max(0,x0):x1]
        tot += a.shape[0]*a.shape[1]; ch += ((np.abs(a-b).sum(axis=2) > 60) & (b.sum(axis=2) < 40)).sum()
    return ch/max(1, tot)
cause = collections.defaultdict(list)
for l in R['lost']:
    it = [x for x in T[l['image']]['items'] if not x['s'] and x['text'] == l['value'] and x['kind'] == l['kind']][0]
    f = dark_frac(l['image'], it['rects'], None)
    c = 'masked (>=30% of its box painted over)' if f >= .3 else ('partly masked (5-30%)' if f >= .05 else 'not masked (OCR reads it differently)')
    cause[c].append((l['image'], l['kind'], l['value'], round(f, 2), {k: v[:60] for k, v in (l['ocr'] or {}).items() if k in ('tess_full', 'rapid_full')}))
for c, v in cause.items():
    print(f'## {c}: {len(v)}')
    for x in v: print('  ', *x)
