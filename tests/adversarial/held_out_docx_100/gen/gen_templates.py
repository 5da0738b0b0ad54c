#!/usr/bin/env python3
"""Altered templates for `attest pack --template` (each hides one identifier in a b_pack copy)."""
import sys, os, json, random, subprocess
sys.path.insert(0,os.path.dirname(__file__))
import gen as G, idents as I
from pkg import Pkg
ROOT=G.ROOT; OUT=f'{ROOT}/templates'; os.makedirs(OUT,exist_ok=True)
rng=random.Random(505050)
PLAN=[('tagchars','mpan'),('comment_author','name'),('core_misc','account'),('custprop_name','serial'),('emb_odt','mprn'),('vml_title','eui'),
('caption_label','postcode'),('hlink_anchor','phone'),('pic_behind','email'),('altchunk_attr','address'),('print_field','mpan'),('annot_chars','name')]
fns={t:f for t,f,_ in G.TECH}
vals=[(t,k,I.make(k,rng)) for t,k in PLAN]
os.makedirs(f'{ROOT}/work/odt',exist_ok=True)
for i,(t,k,v) in enumerate(vals):
    if t=='emb_odt':
        open(f'{ROOT}/work/odt/t{i:03d}.txt','w').write(f'Site visit notes\n{I.LABEL[k]}: {v}\n')
        subprocess.run(['soffice','--headless','--convert-to','odt','--outdir',f'{ROOT}/work/odt',f'{ROOT}/work/odt/t{i:03d}.txt'],check=True,capture_output=True)
with open(f'{ROOT}/truth_templates.jsonl','w') as tf:
    for i,(t,k,v) in enumerate(vals):
        p=Pkg(f'{ROOT}/bases/b_pack.docx'); kw={}
        if t=='emb_odt': kw['fid']=f't{i:03d}'
        if t=='core_misc': kw['field']='cp:contentStatus'
        if t=='altchunk_attr': kw['style']=0
        info=fns[t](p,k,v,False,**kw); fn=f't{i+1:02d}_{t}_{k}.docx'; p.save(f'{OUT}/{fn}')
        tf.write(json.dumps(dict(file=fn,technique=t,kind=k,value=v,**info),ensure_ascii=False)+'\n')
print(len(vals))
