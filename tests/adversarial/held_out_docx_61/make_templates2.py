# POST-FREEZE SUPPLEMENT: the B-based templates were refused (missing Attest styles), so the same techniques again on the Attest pack (A) as template.
import os, sys, json
sys.path.insert(0,os.path.dirname(__file__))
from pkg import Pkg
from techniques import T
from idents import GEN, LABEL
ROOT='/tmp/ho39/docx'; os.makedirs(f'{ROOT}/corpus_supplement/templates2',exist_ok=True)
plan=[('header_even_page','NAME'),('header_textbox_shape','PHONE'),('custom_property_only','EMAIL'),('footnote_separator_text','SERIAL'),
      ('second_section_header','MPRN'),('table_caption_description','POSTCODE'),('DOCPROPERTY_custom_field','MPAN'),('coreprop_keywords_with_field','EUI64'),
      ('coreprop_lastModifiedBy_with_field','NAME'),('footnote_continuationNotice','MPAN'),('mc_ignorable_element_dropped','NAME'),('numbering_start_prefix','MPRN')]
out=open(f'{ROOT}/corpus_supplement/templates2.jsonl','w')
for j,(n,kind) in enumerate(plan):
    V=GEN[kind](950+j); p=Pkg(f'{ROOT}/base/A_attest_pack.docx'); T[n][0](p,V,LABEL[kind])
    fn=f'corpus_supplement/templates2/S{j+1:02d}_{n}_{kind}_A.docx'; p.save(f'{ROOT}/{fn}')
    out.write(json.dumps({'file':fn,'technique':n,'kind':kind,'value':V,'base':'A_attest_pack'})+'\n')
