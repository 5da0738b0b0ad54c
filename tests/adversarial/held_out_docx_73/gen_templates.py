# Altered templates for `attest pack --template` (built from base B_pydocx and A_pack)
import json,random
src=open('/tmp/ho44/docx/gen/gen.py').read().replace('\nmain()\n','\n')
g={}; exec(compile(src,'gen.py','exec'),g)
g['random'].seed(9944)
import os; os.makedirs('/tmp/ho44/docx/templates',exist_ok=True)
rows=[]
for i,(tn,k,base) in enumerate([('second_section_header','mpan','B_pydocx'),('orphan_footnote','name','B_pydocx'),('figure_caption','phone','B_pydocx'),('embedded_csv','serial','B_pydocx'),('img_webp_lossless','mpan','B_pydocx'),('second_section_header','email','A_pack'),('bidi_visual_table','mpan','A_pack'),('embedded_eml_b64_attachment','postcode','A_pack')]):
    v=g['GEN'][k](); it,where,how=g['T'][tn][0](k,v); fn=f'tpl_{i:02d}_{tn}_{k}.docx'
    g['build'](base,it,'/tmp/ho44/docx/templates/'+fn); rows.append(dict(file=fn,base=base,technique=tn,kind=k,value=v,where=where))
json.dump(rows,open('/tmp/ho44/docx/truth/templates.json','w'),indent=1,ensure_ascii=False); print(rows)
