"""Box-measure rescoring of the held-out screen corpus against another output folder (no Tesseract)."""
import sys, os, glob, json, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
from PIL import Image
import score as S
out = sys.argv[1]
only = sys.argv[2] if len(sys.argv) > 2 else '*'
rows = []; keeps = []
for jf in sorted(glob.glob(S.C + f'/{only}.json')):
    j = json.load(open(jf)); fn = j.get('file', j['name'] + '.png')
    outp = os.path.join(out, fn)
    if not os.path.exists(outp):
        c = [p for p in glob.glob(os.path.join(out, os.path.splitext(fn)[0] + '.*')) if not p.endswith(('.json', '.log'))]
        if not c: print('NO OUTPUT', fn); continue
        outp = c[0]
    iv = S.views(S.load(S.C + '/' + fn)); ov = S.views(S.load(outp))
    if iv[0].shape != ov[0].shape: print('SIZE', fn); continue
    thr = 90 if fn.endswith('.jpg') else 40
    ink = np.asarray(Image.open(S.R + '/ink/' + j['name'] + '.png')) > 0
    for it in S.merge_parts(j['items']):
        if not it['parts'] or it['box'] is None: continue
        tot = cb = it_ = ic = 0
        for p in it['parts']:
            p = [int(v) for v in p]
            if p[2] <= p[0] or p[3] <= p[1]: continue
            cv = np.minimum(*[S.covered_map(a, b, p, thr) for a, b in zip(iv, ov)])
            tot += cv.size; cb += cv.sum()
            ik = ink[p[1]:p[3], p[0]:p[2]]
            ch = np.minimum(*[(np.abs(a[p[1]:p[3], p[0]:p[2]] - b[p[1]:p[3], p[0]:p[2]]).sum(2) > thr) for a, b in zip(iv, ov)])
            it_ += ik.sum(); ic += (ch & ik).sum()
        bf = cb / max(1, tot); inf = ic / it_ if it_ else bf
        r = dict(image=fn, kind=it['kind'], cls=it['cls'], text=it['text'], box=it['box'], visible=it.get('visible', 1.0), box_frac=float(bf), ink_frac=float(inf))
        r['masked'] = bf >= 0.95 or inf >= 0.99
        (keeps if it['role'] == 'keep' else rows).append(r)
vis = [r for r in rows]; full = [r for r in vis if r['visible'] >= 0.999]
m = sum(r['masked'] for r in vis); mf = sum(r['masked'] for r in full)
k = sum(r['box_frac'] <= 0.2 for r in keeps)
print(f'recall all {m}/{len(vis)} = {100*m/max(1,len(vis)):.1f} %  full {mf}/{len(full)} = {100*mf/max(1,len(full)):.1f} %  keep {k}/{len(keeps)} = {100*k/max(1,len(keeps)):.1f} %')
c = collections.Counter((r['kind'], r['cls']) for r in full if not r['masked'])
for kk, v in c.most_common(): print('  miss', v, kk)
c = collections.Counter((r['kind']) for r in keeps if r['box_frac'] > 0.2)
for kk, v in c.most_common(): print('  lost keep', v, kk)
json.dump(dict(rows=rows, keeps=keeps), open(os.path.join(out, 'myscore.json'), 'w'), default=str)
