import json
R = '/tmp/ho47/docx'
t = json.load(open(f'{R}/truth_gen.json')); p = json.load(open(f'{R}/verify/parser.json'))
o = json.load(open(f'{R}/verify/ocr.json')); l = json.load(open(f'{R}/verify/lo.json'))
bad = []
for it in t:
    v = dict(parser_hits=p[it['id']], ocr=o.get(it['id']), lo=l[it['id']])
    v['verified'] = bool(p[it['id']]) or (o.get(it['id'], {}).get('score', 0) >= 0.9)
    v['visible_in_lo_render'] = bool(l[it['id']]['pdftext'] or l[it['id']].get('page_ocr', 0) >= 0.9)
    it['verification'] = v
    if not v['verified']: bad.append(it['id'])
json.dump(t, open(f'{R}/truth.json', 'w'), ensure_ascii=False, indent=1)
print('unverified:', bad, 'total', len(t))
