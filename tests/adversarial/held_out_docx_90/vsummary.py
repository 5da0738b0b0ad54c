import json, collections
t = json.load(open('/tmp/ho48/docx/truth_verified.json'))
by = collections.defaultdict(lambda: collections.Counter())
for r in t:
    if r['role'] != 'altered': continue
    c = by[r['technique']]; c['n'] += 1
    for k in ('in_file_parser', 'visible_lo_text', 'ocr_image', 'ocr_lo_page', 'pdf_ok'):
        if r.get(k): c[k] += 1
print('technique n parser lo_text ocr_img ocr_page pdf')
for k, c in by.items(): print(k, c['n'], c['in_file_parser'], c['visible_lo_text'], c['ocr_image'], c['ocr_lo_page'], c['pdf_ok'])
for r in t:
    if r['role'] == 'altered' and not (r.get('in_file_parser') or r.get('visible_lo_text') or r.get('ocr_image') or r.get('ocr_lo_page')):
        print('UNVERIFIED', r['file'], r['value'], r.get('ocr_image_text'))
