"""Independent check of the truth values: MPAN check digits recomputed here, shapes by regex."""
import json, re
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
RX = {'mprn': r'^\d{6,10}$', 'serial': r'^[0-9A-Z]{9,15}$', 'eui64': r'^([0-9A-F]{2}-){7}[0-9A-F]{2}$', 'name': r'^[A-Z][a-z]+ [A-Z][A-Za-z]+$',
      'address': r'^\d+ [A-Za-z ]+, [A-Za-z]+ [A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$', 'postcode': r'^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$',
      'phone': r'^(07700 900\d{3}|020 7946 0\d{3}|0161 496 0\d{3}|0113 496 0\d{3})$', 'email': r'^[a-z.]+\d*@example\.(com|org|net|co\.uk)$',
      'account': r'^\d{10}$'}
bad = 0
for t in json.load(open('/tmp/ho52/docx/truth.json')):
    k, v = t['kind'], t['value']
    if k == 'keep': continue
    ok = (len(v) == 13 and v.isdigit() and sum(int(a) * b for a, b in zip(v, P)) % 11 % 10 == int(v[12])) if k == 'mpan' else bool(re.match(RX[k], v))
    if not ok: bad += 1; print('BAD', t['file'], k, v)
print('truth values checked, bad =', bad)
