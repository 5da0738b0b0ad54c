# Altered templates for `attest pack --template`: each carries ONE identifier in a part that could travel into a pack.
import os, sys, json
sys.path.insert(0,os.path.dirname(__file__))
from pkg import Pkg
from techniques import T, core_set, custom_prop, P, R
from idents import GEN, LABEL
ROOT='/tmp/ho39/docx'; os.makedirs(f'{ROOT}/corpus/templates',exist_ok=True)
plan=[('header_first_page_titlePg','MPAN'),('header_even_page','NAME'),('footer_first_page','POSTCODE'),('header_textbox_shape','PHONE'),
      ('coreprop_title_with_field','MPAN'),('custom_property_only','EMAIL'),('coreprop_creator_with_field','NAME'),('footnote_separator_text','SERIAL'),
      ('abstractNum_name_attr','EUI64'),('second_section_header','MPRN'),('endnote_text','MPAN'),('table_caption_description','POSTCODE')]
out=open(f'{ROOT}/truth/templates.jsonl','w')
for j,(n,kind) in enumerate(plan):
    V=GEN[kind](900+j); base=['A_attest_pack','B_python_docx'][j%2]
    p=Pkg(f'{ROOT}/base/{base}.docx'); T[n][0](p,V,LABEL[kind])
    fn=f'corpus/templates/T{j+1:02d}_{n}_{kind}_{base[0]}.docx'; p.save(f'{ROOT}/{fn}')
    out.write(json.dumps({'file':fn,'technique':n,'kind':kind,'value':V,'base':base})+'\n')
# clean control templates
for j,base in enumerate(['A_attest_pack','B_python_docx']):
    p=Pkg(f'{ROOT}/base/{base}.docx'); fn=f'corpus/templates/TC{j+1}_clean_{base[0]}.docx'; p.save(f'{ROOT}/{fn}')
    out.write(json.dumps({'file':fn,'technique':'clean','kind':'KEEP','value':'','base':base})+'\n')
