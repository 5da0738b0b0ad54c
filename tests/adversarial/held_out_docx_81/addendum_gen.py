# ADDENDUM (written AFTER the freeze and after seeing results): same techniques, neutral label "Ref" instead of the kind's label.
import random, json, os, sys
sys.argv=['x']; 
src=open('gen.py').read().replace('\nmain()\n','\n')
exec(compile(src,'gen.py','exec'))
rng=random.Random(4646); out=[]; os.makedirs('addendum/corpus',exist_ok=True)
TT=[t_core_lastmod,t_docpr_title,t_ffdata_status,t_png_itxt_z,t_sdt_per_char,t_del_decoy,t_mixed_digits,t_hyperlink_field_tip]
KK=['mprn','serial','name','address','phone','postcode','eui64','mpan']
for ti,tf in enumerate(TT):
    for ki,k in enumerate(KK):
        v=idents.GEN[k](rng); b=BASES[(ti+ki)%4]; p=Pkg(f'bases/{b}.docx'); note=tf(p,'word/document.xml','Ref',v,k)
        fn=f'addendum/corpus/{tf.__name__[2:]}__{k}__{b}.docx'; p.save(fn); out.append(dict(file=fn,control=False,base=b,technique=tf.__name__[2:],kind=k,value=v,label='Ref',where=note))
json.dump(out,open('addendum/truth_addendum.json','w'),indent=1); print(len(out))
