# 16 altered templates (the Attest demo pack as the restyled template), one identifier each.
import random, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import idents
from gen import build, ROOT
TT = ['comment_reply', 'flddata_b64', 'hyperlink_field_code', 'addin_field_code', 'docpr_name', 'pic_hlink_tooltip',
      'img_in_footnote', 'png_exif_chunk', 'apng_frame2', 'orphan_part', 'unused_rel', 'app_titles', 'altchunk_mht_qp',
      'docx_in_docx_header', 'svg_embedded_raster', 'caps_style_chain']
rng = random.Random(4848)
kinds = list(idents.KINDS)
out = []
for i, t in enumerate(TT):
    k = kinds[i % 9] if t != 'caps_style_chain' else 'serial'
    v = idents.KINDS[k](rng); text = rng.choice(idents.CONTEXT[k]).format(v=v)
    if t == 'caps_style_chain': text, v = text.lower(), v.lower()
    it = dict(id=f't{i:02d}_{t}_{k}', kind=k, value=v, text=text, target=v, technique=t, base='demo_pack', control=False)
    info, path = build(it, f'{ROOT}/templates')
    it.update(info); it['file'] = os.path.relpath(path, ROOT); out.append(it)
json.dump(out, open(f'{ROOT}/truth_templates.json', 'w'), ensure_ascii=False, indent=1)
print(len(out))
