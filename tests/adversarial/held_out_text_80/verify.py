"""Independent check of truth.json against corpus/ (own decoder and parsers; no Attest).
Checks: offsets/substrings; MPAN check digits of every planted MPAN; no keep is a valid MPAN core; every
MPAN-valid 13-digit group, postcode shape, 16-hex group, e-mail and list name found by regex is covered by
a recorded secret (or reported as an uncovered candidate)."""
import json, re, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen'))
from lib import mpan_valid, FIRST, LAST

root = os.path.dirname(os.path.abspath(__file__))
truth = json.load(open(os.path.join(root, 'truth.json'), encoding='utf-8'))
BOMS = {'efbbbf': 'utf-8-sig'}
problems, uncovered = [], []


def decode(fn, meta):
    data = open(os.path.join(root, 'corpus', fn), 'rb').read()
    bom = bytes.fromhex(meta['bom'])
    assert data.startswith(bom)
    return data[len(bom):].decode(meta['encoding'])


PC = re.compile(r'\b[A-Z]{1,2}\d{1,2}[A-Z]?[\s\u00a0]*\d[A-Z]{2}\b', re.I)
HEX16 = re.compile(r'(?<![0-9A-Fa-f])(?:0x)?[0-9A-Fa-f]{2}(?:[-:. ]?[0-9A-Fa-f]{2}){7}(?![0-9A-Fa-f])')
EMAIL = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
NAMEWORDS = set(w for L in list(FIRST.values()) + list(LAST.values()) for n in L for w in re.findall(r'[^\W\d_]{3,}', n))
STAFF_OK = {'John', 'Holly', 'Church', 'Wood', 'Field', 'Stone', 'Hill', 'Green'}  # words used in fixed template text

n_items = 0
for fn, meta in sorted(truth.items()):
    text = decode(fn, meta)
    cover = [False] * len(text)
    kcover = [False] * len(text)
    for it in meta['items']:
        n_items += 1
        if text[it['start']:it['end']] != it['text']:
            problems.append((fn, 'offset', it['text']))
        if it['cls'] == 'secret':
            for i in range(it['start'], it['end']):
                cover[i] = True
        if it['cls'] == 'keep':
            for i in range(it['start'], it['end']):
                kcover[i] = True
        d = re.sub(r'\D', '', it['text'])
        if it['cls'] == 'secret' and it['kind'] == 'mpan':
            core = d[-13:]
            if not mpan_valid(core):
                problems.append((fn, 'mpan check digit', it['text']))
        if it['cls'] == 'keep' and re.fullmatch(r'\d{13}', it['text']) and mpan_valid(it['text']):
            problems.append((fn, 'keep is MPAN-valid', it['text']))

    def covered(s, e):
        return any(cover[s:e])
    # MPAN-valid groups: digit runs allowing single separators
    for m in re.finditer(r'\d(?:[ .\-_]?\d){12,20}', text):
        d = re.sub(r'\D', '', m.group())
        for i in range(0, len(d) - 12):
            if mpan_valid(d[i:i + 13]) and not covered(m.start(), m.end()):
                uncovered.append((fn, 'mpan-valid digits', m.group()))
                break
    for m in PC.finditer(text):
        if not covered(m.start(), m.end()) and not re.fullmatch(r'(?i)[A-Z]{1,2}\d+\s*\d[A-Z]{2}', m.group()) is None:
            # postcode-shaped token outside secrets
            uncovered.append((fn, 'postcode-shape', m.group()))
    for m in HEX16.finditer(text):
        if not covered(m.start(), m.end()) and not any(kcover[m.start():m.end()]):
            uncovered.append((fn, 'hex16', m.group()))
    for m in EMAIL.finditer(text):
        if not covered(m.start(), m.end()) and 'example.test' not in m.group():
            uncovered.append((fn, 'email', m.group()))
    for m in re.finditer(r'[^\W\d_]{3,}', text):
        w = m.group()
        if w in NAMEWORDS and not covered(m.start(), m.end()) and w not in STAFF_OK:
            uncovered.append((fn, 'name-word', w + ' :: ' + text[max(0, m.start() - 30):m.end() + 30].replace('\n', ' ')))

print('files', len(truth), 'items', n_items, 'problems', len(problems), 'uncovered candidates', len(uncovered))
for p in problems[:50]:
    print('PROBLEM', p)
from collections import Counter
print(Counter(u[1] for u in uncovered))
for u in uncovered[:200]:
    print('UNCOVERED', u)
