# 15 altered templates (demo pack used as template), one identifier each; truth_templates.json
import json, random, os
import gen
gen.R.seed(4949)
D = '/tmp/ho48/docx'; O = f'{D}/templates'; os.makedirs(O, exist_ok=True)
TT = ['footer_vert_tb', 'rtf_u', 'txt_utf16', 'alpha5', 'px1', 'heic', 'svg_use', 'stale_field', 'resolved_comment', 'tab_split',
      'marker_split', 'hyperlink_split', 'collapsed_heading', 'png_ztxt', 'tiny_text']
truth = []
for i, tech in enumerate(TT):
    kind = gen.KINDS[i % 9]; v = gen.GEN[kind](); lab = gen.R.choice(gen.LABEL[kind])
    pk = gen.Pkg(f'{D}/bases/pack.docx'); where = gen.TECH[tech](pk, lab, v)
    fn = f't{i+1:02d}_{tech}_{kind}.docx'; pk.save(f'{O}/{fn}')
    truth.append({'file': fn, 'technique': tech, 'kind': kind, 'value': v, 'label': lab, 'where': where})
json.dump(truth, open(f'{D}/truth_templates.json', 'w'), indent=1, ensure_ascii=False)
print(len(truth))
