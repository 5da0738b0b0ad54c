import json, os, sys, random, traceback, shutil
sys.path.insert(0, os.path.dirname(__file__))
# imgs.py is shared with the screen corpus's generators (both helpers wrote into one folder)
sys.path.insert(1, os.path.join(os.path.dirname(__file__), '..', '..', 'held_out_screens_34', 'gen'))
import ids, techs
from pkg import Pkg

OUT = '/tmp/ho32/docx'
ALT = OUT + '/altered'
BASE = OUT + '/base/'
shutil.rmtree(ALT, ignore_errors=True)
os.makedirs(ALT)
rnd = random.Random(7)

CHARLEVEL = lambda n: n.startswith(('inv_', 'sep_')) or n in ('fullwidth_digits', 'arabic_indic_digits', 'math_bold_digits', 'devanagari_digits',
                                                            'sym_digits', 'caps_lowercase', 'lowercase_plain', 'decimal_entities', 'hex_entities_cdata_mix',
                                                            'reversed_rtl', 'percent_encoded_visible', 'hex_visible', 'base64_visible')
SECONDARY = ['runs_per_char', 'two_paragraphs', 'borderless_cells_2', 'sym_digits', 'field_simple', 'field_complex_result', 'hyperlink_text',
             'header_text', 'footnote', 'comment_text', 'textbox_dml', 'watermark_vml_textpath', 'picture_alt_descr', 'vml_alt', 'sdt_alias',
             'sdt_tag', 'sdt_dropdown_display', 'docvar', 'numbering_lvltext', 'formtext_default_only', 'altchunk_html', 'altchunk_rtf',
             'altchunk_text', 'ole_label', 'ole_extra_stream', 'img_png_pixels', 'png_tEXt', 'png_icc_desc', 'img_svg_tspans', 'zip_comment',
             'xml_comment', 'style_name', 'inv_invisible_sep', 'sep_underscore', 'hidden_vanish', 'custom_property']
BASES = ['attest_pack_run1', 'pydocx_base', 'attest_demo_pack', 'lo_from_odt', 'attest_pack_run1_utc', 'lo_from_html', 'attest_pack_run1', 'pydocx_min']
NEEDS = {'replace_existing_image': 'attest_pack_run1', 'thumbnail_pixels': 'pydocx_base'}
CYC_ALL = ['mpan', 'address', 'mpan', 'namephone', 'mprn', 'mpan', 'serial', 'device']
CYC_DIG = ['mpan', 'mprn', 'serial', 'mpan', 'device']

CONTROL_TEXTS = [
    'Test case FM_TS_1_TC_07 step 3 executed at 2026-12-04T10:15:32Z',
    'Data reference MPAN001 (see register)',
    'Correlation id 3f2b8c1e-6d4a-4b7e-9c21-0a5e8f7d6b13',
    'Message type IF-021, DIP id DIP-000123, version 1.2.0',
    'Witness session 2026-11-30 09:41 to 10:05, duration 24 min',
    'Defect DEF-00417 raised, severity 2, priority P3',
    'Run 12 of plan 4, 3 of 5 steps passed',
    'Screenshot hash prefix 0a19d85f recorded at 14:02:11',
    'Reference MPRN-REF-07 used for the gas leg',
    'Build 2026.12.04-rc3, environment SIT-A',
]
CONTROL_TECHS = ['runs_per_char', 'two_paragraphs', 'borderless_cells_4', 'sym_digits', 'field_complex_result', 'hyperlink_target', 'header_text',
                 'footnote', 'comment_text', 'textbox_dml', 'watermark_vml_textpath', 'picture_alt_descr', 'sdt_alias', 'sdt_dropdown_display',
                 'docvar', 'custom_property', 'numbering_lvltext', 'formtext_default_only', 'altchunk_html', 'altchunk_rtf', 'ole_package_payload',
                 'ole_label', 'img_png_pixels', 'png_tEXt', 'png_icc_desc', 'img_svg_tspans', 'zip_comment', 'xml_comment', 'style_name',
                 'inv_zwsp', 'sep_underscore', 'hidden_vanish']

T = {n: (f, v, note) for n, f, v, note in techs.TECHS}
jobs = []
bi = 0
for k, (name, f, v, note) in enumerate(techs.TECHS):
    cyc = CYC_DIG if CHARLEVEL(name) else CYC_ALL
    jobs.append((name, cyc[k % len(cyc)], False))
for k, name in enumerate(SECONDARY):
    prim = [j for j in jobs if j[0] == name][0][1]
    cyc = CYC_DIG if CHARLEVEL(name) else ['mpan', 'address', 'namephone', 'mprn', 'serial', 'device']
    c = cyc[k % len(cyc)]
    if c == prim:
        c = cyc[(k + 1) % len(cyc)]
    jobs.append((name, c, False))
for k, name in enumerate(CONTROL_TECHS):
    jobs.append((name, 'control', True))

truth = {}
errors = []
n = 0
for name, cls, ctl in jobs:
    f, verify, note = T[name]
    base = NEEDS.get(name) or BASES[bi % len(BASES)]
    bi += 1
    for attempt in range(len(BASES) + 1):
        try:
            p = Pkg(BASE + base + '.docx')
            if ctl:
                text = CONTROL_TEXTS[n % len(CONTROL_TEXTS)]
                ident = None
                tok = text.split()[2] if len(text.split()) > 2 else text
            else:
                ident, text = ids.make(cls)
                tok = ident
            how = f(p, text, tok)
            break
        except Exception as e:
            errors.append((name, base, repr(e)))
            base = BASES[(bi + attempt + 1) % len(BASES)]
            if cls != 'control':
                ids.used.discard(ident)
    else:
        print('FAILED', name, cls)
        continue
    n += 1
    fn = ('c%03d.docx' if ctl else 'd%03d.docx') % n
    p.save(os.path.join(ALT, fn))
    truth[fn] = {'class': cls, 'identifier': ident, 'text': text, 'technique': name, 'how': how, 'base': base + '.docx',
                 'verify_plan': verify, 'spec_note': note}
json.dump(truth, open(OUT + '/truth_build.json', 'w'), indent=1, ensure_ascii=False)
print(len(truth), 'files;', 'errors:', len(errors))
for e in errors:
    print(e)
from collections import Counter
print(Counter(v['class'] for v in truth.values()))
