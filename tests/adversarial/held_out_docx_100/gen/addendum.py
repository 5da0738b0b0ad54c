#!/usr/bin/env python3
"""POST-FREEZE ADDENDUM (written after seeing run r1): same values as the r1 misses, planted plainly, to separate technique from value shape."""
import json, os, sys
sys.path.insert(0,os.path.dirname(__file__))
import gen as G, idents as I
from pkg import Pkg, para
ROOT=G.ROOT; OUT=f'{ROOT}/addendum'; os.makedirs(OUT,exist_ok=True)
rows=[json.loads(l) for l in open(f'{ROOT}/truth.jsonl')]
miss=[l.split()[0] for l in open(f'{ROOT}/runs/r1/score.txt') if l.startswith('  a') and 'kind=' in l and 'value=' in l]
recs=[r for r in rows if r['file'] in miss]
tf=open(f'{ROOT}/truth_addendum.jsonl','w'); n=0
for r in recs:
    k,v=r['kind'],r['value']
    for mode in ('plain_labelled','plain_unlabelled'):
        n+=1; p=Pkg(f'{ROOT}/bases/b_pydocx.docx')
        p.body_insert(para(f'{I.LABEL[k]}: {v}' if mode=='plain_labelled' else f'Checked {v} on site.'))
        fn=f'x{n:03d}_{mode}_{r["technique"]}_{k}.docx'; p.save(f'{OUT}/{fn}')
        tf.write(json.dumps(dict(file=fn,source=r['file'],technique=mode,kind=k,value=v),ensure_ascii=False)+'\n')
    if r['technique']=='pic_photo':
        n+=1; p=Pkg(f'{ROOT}/bases/b_pydocx.docx'); d,s=G.png(f'{I.LABEL[k]}: {v}',h=70,size=30); rid=G.add_image(p,d,'png')
        p.body_insert(f'<w:p>{G.inline(rid,s,7301)}</w:p>'); fn=f'x{n:03d}_flat_png_{k}.docx'; p.save(f'{OUT}/{fn}')
        tf.write(json.dumps(dict(file=fn,source=r['file'],technique='flat_png',kind=k,value=v),ensure_ascii=False)+'\n')
print(n)
