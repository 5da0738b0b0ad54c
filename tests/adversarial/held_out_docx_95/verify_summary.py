import json, collections
T = {t['file']: t for t in json.load(open('truth.json'))}; V = json.load(open('verify.json'))
E = json.load(open('verify_exif.json'))
agg = collections.defaultdict(lambda: collections.Counter())
for v in V:
    t = T[v['file']]; key = (t['role'], t['technique'])
    agg[key]['n'] += 1
    if v['parser']: agg[key]['parser_text'] += 1
    if (v.get('parser_ocr') or 0) >= 0.9: agg[key]['parser_ocr>=.9'] += 1
    if v.get('lo_text'): agg[key]['lo_pdf_text'] += 1
    if (v.get('lo_ocr') or 0) >= 0.9: agg[key]['lo_page_ocr>=.9'] += 1
    if v.get('lo_text') is None: agg[key]['lo_no_pdf'] += 1
    if v['file'] in E and E[v['file']]['ocr_upright'] >= 0.9: agg[key]['exif_upright_ocr>=.9'] += 1
for k in sorted(agg): print('%-9s %-28s %s' % (k[0], k[1], dict(agg[k])))
