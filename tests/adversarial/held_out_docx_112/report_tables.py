"""Build misses.json and markdown tables from score.json, truth and verify.json."""
import json
ROOT = '/tmp/ho53/docx'
truth = {t['file']: t for t in json.load(open(f'{ROOT}/truth.json'))}
s = json.load(open(f'{ROOT}/score.json')); ver = json.load(open(f'{ROOT}/verify/verify.json'))
res = {json.loads(l)['file']: json.loads(l) for l in open(f'{ROOT}/results.jsonl')}
misses = []
for f in s['misses']:
    t = truth[f]; v = ver.get(f, {})
    misses.append(dict(file=f, kind=t['kind'], value=t['value'], surface=t['surface'], technique=t['technique'], klass=t['technique'],
                       how=t['how'], base=t['base'], visible_verified=v.get('visible_verified'), parser=v.get('parser'),
                       scan_rc=res[f]['rc'], scan_out=res[f]['out'].strip()[-300:]))
json.dump(misses, open(f'{ROOT}/misses.json', 'w'), indent=1, ensure_ascii=False)
print('| technique (class) | file | kind | surface left readable | how / context | verified by |')
print('|---|---|---|---|---|---|')
for m in sorted(misses, key=lambda m: (m['technique'], m['kind'])):
    v = ver.get(m['file'], {}); by = ','.join(k for k in ('render_text', 'ocr_picture', 'ocr_page', 'parser') if v.get(k)) or 'NOT verified'
    print(f"| {m['technique']} | {m['file']} | {m['kind']} | `{m['surface']}` | {m['how']} (base {m['base']}) | {by} |")
