"""Scorer self-test: identity 'redactor' must give 0 % recall; a truth oracle (padded id boxes painted black) 100 %."""
import json, os, shutil, sys, score
from PIL import Image, ImageDraw
ROOT = score.ROOT; names = sys.argv[1:]
os.makedirs(f'{ROOT}/work/oracle', exist_ok=True)
for n in names:
    t = json.load(open(f'{ROOT}/truth/{n}.json')); im = Image.open(f"{ROOT}/corpus/{t['image']}").convert('RGB'); d = ImageDraw.Draw(im)
    for it in t['items']:
        if it['role'] == 'id':
            for b in it['boxes']: d.rectangle([b[0]-3, b[1]-3, b[2]+3, b[3]+3], fill=(0, 0, 0))
    im.save(f"{ROOT}/work/oracle/{t['image']}")
for label, out in [('identity', f'{ROOT}/corpus'), ('oracle', f'{ROOT}/work/oracle')]:
    ids = leak = 0
    for n in names:
        base, t = score.score_image(f'{ROOT}/corpus', f'{ROOT}/truth/{n}.json')
        readable = {r['idx'] for r in base if r['read'] and t['items'][r['idx']]['role'] == 'id'}
        after, _ = score.score_image(out, f'{ROOT}/truth/{n}.json')
        after = [r for r in after if r['idx'] in readable]
        ids += len(readable); leak += sum(1 for r in after if r['read'])
    print(label, 'readable ids', ids, 'still read', leak, 'recall %.1f%%' % (100*(ids-leak)/max(1, ids)))
