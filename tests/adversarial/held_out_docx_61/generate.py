# Generates corpus/altered/*.docx and corpus/controls/*.docx plus truth/truth_gen.jsonl
import os, json, sys, shutil
sys.path.insert(0,os.path.dirname(__file__))
from pkg import Pkg
from techniques import T
from idents import GEN, LABEL, KEEPS
ROOT='/tmp/ho39/docx'
BASES=['A_attest_pack','B_python_docx','C_libreoffice','D_minimal']
KINDS=['MPAN','MPRN','SERIAL','EUI64','POSTCODE','NAME','PHONE','EMAIL']
CLASS={}
for n in T:
    c=('char-layout' if n in ['neg_spacing_overlap','position_raise_lower','w_scale_1pct','w_scale_alternating','letter_spacing_wide','webHidden_run','specVanish_run_in_paragraphs','rtl_run','complex_script_cs','eastAsian_vert','emphasis_marks','text_effect_outline_emboss','super_sub_alternating','black_on_black_shading','strike_dstrike']
       else 'table-cell-direction' if n.startswith('cell_') else
       'unicode-chars' if n in ['fullwidth_forms','math_bold_digits','zero_width_space_between','word_joiner_between','soft_hyphen_char_between','narrow_nbsp_groups','figure_space_groups','rlo_reversed_logical'] else
       'xml-encoding' if n in ['xml_char_refs','cdata_section','multiple_wt_in_one_run','utf16_document_part','utf8_bom_document_part','namespace_other_prefix','namespace_default','mc_ignorable_processcontent','mc_ignorable_element_dropped','inline_customXml_element'] else
       'run-content-elements' if n in ['softHyphen_element_between','noBreakHyphen_groups','tab_between_groups_tight_stops'] else
       'numbering' if n.startswith('numbering') or n.startswith('abstractNum') else
       'document-properties' if n.startswith('coreprop') or n in ['DOCPROPERTY_custom_field','custom_property_only','INFO_Comments_field'] else
       'fields' if n in ['field_stale_result','field_code_only_result_differs','SYMBOL_fields_per_char','formula_field_number_picture','GOTOBUTTON_display_text','TC_field_hidden_code','USERNAME_field','USERADDRESS_field'] else
       'hyperlinks' if 'yperlink' in n or 'HYPERLINK' in n else
       'headers-footers-notes' if n.startswith(('header','footer','endnote','footnote','second_section')) else
       'shapes-textboxes' if n in ['textbox_anchored_off_page','shape_docPr_title_descr'] else
       'revisions' if n in ['tracked_deletion_delText','tracked_insertion','moveFrom_moveTo'] else
       'math' if n.startswith('omath') else
       'table-properties' if n.startswith('table_') else
       'package-parts' if n=='orphan_text_part' else 'other')
    CLASS[n]=c
def main():
    for d in ['corpus/altered','corpus/controls','truth']: os.makedirs(f'{ROOT}/{d}',exist_ok=True)
    truth=open(f'{ROOT}/truth/truth_gen.jsonl','w')
    items=[]; k=0
    names=list(T)
    for ti,n in enumerate(names):
        f,kinds,vis=T[n]; allowed=kinds or KINDS
        reps=3 if (kinds is None or len(allowed)>=3) else len(allowed)
        if kinds is None and ti%5==0: reps=4
        for r in range(reps):
            kind=allowed[(ti*3+r)%len(allowed)] if kinds is None else allowed[r%len(allowed)]
            items.append((n,kind))
    used=set(); idx=0
    for j,(n,kind) in enumerate(items):
        f,kinds,vis=T[n]
        idx+=1; V=GEN[kind](idx+100)
        while V in used: idx+=1; V=GEN[kind](idx+100)
        used.add(V)
        base=BASES[j%4]
        p=Pkg(f'{ROOT}/base/{base}.docx')
        f(p,V,LABEL[kind])
        fn=f'corpus/altered/{j+1:03d}_{n}_{kind}_{base[0]}.docx'
        p.save(f'{ROOT}/{fn}')
        truth.write(json.dumps({'file':fn,'type':'altered','base':base,'technique':n,'class':CLASS[n],'kind':kind,'value':V,'label':LABEL[kind],'design_visibility':vis})+'\n')
    # controls: technique applied to a non-identifier keep
    ctl=[n for n in names if n not in ('numbering_start_prefix','numbering_lvlOverride_startOverride','formula_field_number_picture')][::2][:40]
    for c,n in enumerate(ctl):
        f,kinds,vis=T[n]; V=KEEPS[c%len(KEEPS)]; base=BASES[c%4]
        p=Pkg(f'{ROOT}/base/{base}.docx'); f(p,V,'Reference')
        fn=f'corpus/controls/C{c+1:02d}_{n}_{base[0]}.docx'; p.save(f'{ROOT}/{fn}')
        truth.write(json.dumps({'file':fn,'type':'control','base':base,'technique':n,'class':CLASS[n],'kind':'KEEP','value':V,'label':'Reference','design_visibility':vis})+'\n')
    print(len(items),'altered',len(ctl),'controls')
main()
