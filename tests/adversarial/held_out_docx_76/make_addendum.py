"""Addendum (frozen separately, after the first scan): labelled names and labelled MPRNs through the same techniques,
to separate 'no cue word' from 'technique' for classes A and B."""
src = open('/tmp/ho45/docx/gen/make.py').read()
src = src[:src.index('items = []; truth = []')]
exec(src)
import random as _r; _r.seed(4576)
OUT = f'{ROOT}/addendum'; os.makedirs(OUT, exist_ok=True)
SENT['name'] = 'Witnessed by {} at 10:02.'
truth = []
LAB = dict(name='Witnessed by ', mprn='Gas MPRN ')
def make(item_id, tech, fn, kind, base):
    pk = Pkg(base); v = uniq(GEN[kind])
    if tech[0] == 'P':
        disp = LAB[kind] + v
        how, shown = fn(pk, kind, disp)
    else:
        how, shown = fn(pk, kind, v)
    pk.save(f'{OUT}/{item_id}.docx')
    truth.append(dict(file=f'addendum/{item_id}.docx', id=item_id, technique=tech, base=base, control=False, kind=kind, value=v, shown=shown, how=how + ' (with label)'))
i = 0
for t in ['U03_math_bold_digits_bolditalic_letters', 'U05_bengali_digits_circled_letters', 'U06_dingbat_negative_circled_digits_squared_letters', 'U11_combining_enclosing_circle',
          'S02_one_dot_leader', 'S04_braille_blank', 'S07_nb_hyphen_char', 'S10_small_em_dash', 'F02_zwnbsp_inside', 'F05_combining_grapheme_joiner_pairs',
          'P02_mergefield_b', 'P04_ref_differs', 'P06_table_of_figures', 'P08_set_field', 'P10_lastrenderedpagebreak_split', 'P12_insertion_split', 'P14_rowheading_cell_split',
          'P16_body_footnote_split', 'P22_googledocs_runs', 'P24_vml_textbox', 'P26_core_keywords', 'P28_core_description_comments', 'P30_visio_vsdx']:
    i += 1; make(f'd{i:03d}_{t}_name', t, TECH[t], 'name', BASES[i % 4])
for t in ['P01_gotobutton', 'P03_toa_ta', 'P05_pageref_result', 'P07_checkbox_label', 'P09_private_field', 'P13_deleted_table_row', 'P15_two_textboxes', 'P17_header_table',
          'P19_image_rot45', 'P21_quoted_email_thread', 'P25_core_subject_field', 'P27_core_category']:
    i += 1; make(f'd{i:03d}_{t}_mprn', t, TECH[t], 'mprn', BASES[i % 4])
json.dump(truth, open(f'{ROOT}/addendum_truth.json', 'w'), ensure_ascii=False, indent=1)
print(len(truth))
