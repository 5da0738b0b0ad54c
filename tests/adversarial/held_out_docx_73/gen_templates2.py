# POST-FREEZE ADDENDUM (built 06:1x UTC after B-based templates were refused for missing styles): A_pack-based altered templates
import json
src=open('/tmp/ho44/docx/gen/gen.py').read().replace('\nmain()\n','\n')
g={}; exec(compile(src,'gen.py','exec'),g); g['random'].seed(7744)
import os; os.makedirs('/tmp/ho44/docx/templates2',exist_ok=True); rows=[]
for i,(tn,k) in enumerate([('second_section_header','mpan'),('orphan_footnote','name'),('orphan_footnote','mpan'),('embedded_csv','serial'),('img_webp_lossless','mpan'),('main_part_odd_case','phone'),('footnote_ref_split','mpan'),('second_section_header','name')]):
    v=g['GEN'][k](); it,where,how=g['T'][tn][0](k,v); fn=f'tpl2_{i:02d}_{tn}_{k}.docx'
    g['build']('A_pack',it,'/tmp/ho44/docx/templates2/'+fn); rows.append(dict(file=fn,base='A_pack',technique=tn,kind=k,value=v,where=where))
json.dump(rows,open('/tmp/ho44/docx/truth/templates2.json','w'),indent=1,ensure_ascii=False)
