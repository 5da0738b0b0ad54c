"""Runs the frozen score.score_image over the truth files one by one, writing each image's result as soon as it is done (resumable)."""
import sys, os, json, glob, score
outdir, dest = sys.argv[1], sys.argv[2]; os.makedirs(dest, exist_ok=True)
names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(score.ROOT, 'truth', '*.json')))
if len(sys.argv) > 3 and sys.argv[3] == 'reverse': names.reverse()
for n in names:
    f = os.path.join(dest, n + '.json')
    if os.path.exists(f): continue
    r, t = score.score_image(outdir, os.path.join(score.ROOT, 'truth', n + '.json'))
    json.dump(r, open(f, 'w')); print(n, sum(1 for x in r if x.get('read')), '/', len(r), flush=True)
