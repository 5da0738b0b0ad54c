#!/usr/bin/env python3
"""Independent scorer for the ho45 text corpus.
usage: score.py TRUTH.json DIR [--json out.json]
An identifier leaks when 8+ of its characters in order (contiguous in the separator-free canonical view) stay
readable in any decoding view of the file (postcodes: the whole postcode with any spacing; names, addresses,
e-mails: any distinctive word of it).  A keep is kept when its exact text is still in the decoded file."""
import sys, os, re, json, base64, binascii, html, quopri, unicodedata, urllib.parse

def decode_bytes(b, enc_hint):
    if b.startswith(b'\xff\xfe\x00\x00'): return b[4:].decode('utf-32-le', 'replace')
    if b.startswith(b'\x00\x00\xfe\xff'): return b[4:].decode('utf-32-be', 'replace')
    if b.startswith(b'\xff\xfe'): return b[2:].decode('utf-16-le', 'replace')
    if b.startswith(b'\xfe\xff'): return b[2:].decode('utf-16-be', 'replace')
    if b.startswith(b'\xef\xbb\xbf'): return b[3:].decode('utf-8', 'replace')
    hint = {'utf-16le-bom': 'utf-16-le', 'utf-16be-bom': 'utf-16-be', 'utf-32le-bom': 'utf-32-le', 'utf-8-sig': 'utf-8'}.get(enc_hint, enc_hint)
    cands = []
    # guess by NUL layout first (output may have been rewritten in another encoding)
    if len(b) >= 8 and b[1:4] == b'\x00\x00\x00' : cands.append('utf-32-le')
    if len(b) >= 8 and b[0:3] == b'\x00\x00\x00': cands.append('utf-32-be')
    if len(b) >= 4 and b[1] == 0 and b[3] == 0: cands.append('utf-16-le')
    if len(b) >= 4 and b[0] == 0 and b[2] == 0: cands.append('utf-16-be')
    cands += ['utf-8', hint, 'cp1252']
    for c in cands:
        try: return b.decode(c)
        except Exception: pass
    return b.decode('utf-8', 'replace')

CF = re.compile('[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]|\U000e0100-\U000e01ef')
WORDS = {w: str(i) for i, w in enumerate('zero one two three four five six seven eight nine'.split())}
WORDS['oh'] = '0'; WORDS['double'] = ''

def udigits(s):
    out = []
    for c in s:
        if not c.isascii() and c.isdigit():
            try: c = str(unicodedata.digit(c))
            except Exception: pass
        out.append(c)
    return ''.join(out)

def views(t):
    vs = {'raw': t}
    h = html.unescape(re.sub(r'<!--.*?-->', '', re.sub(r'<[^>]{0,200}>', '', t), flags=re.S))
    vs['html'] = html.unescape(re.sub(r'<[^>]{0,200}>', '', t))
    vs['html2'] = h
    try: vs['pct'] = urllib.parse.unquote(t)
    except Exception: pass
    try: vs['qp'] = quopri.decodestring(t.encode('utf-8', 'replace')).decode('utf-8', 'replace')
    except Exception: pass
    vs['json-u'] = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), t)
    vs['c-esc'] = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), t)
    vs['jsonesc'] = t.replace('\\n', '\n').replace('\\t', '\t').replace('\\"', '"').replace('\\r', '')
    vs['nox'] = re.sub(r'0x', '', t)
    vs['words'] = re.sub(r'\b(zero|one|two|three|four|five|six|seven|eight|nine|oh)\b', lambda m: WORDS[m.group(1).lower()], t, flags=re.I)
    dec = []
    for m in re.finditer(r'[A-Za-z0-9+/_\-]{12,}={0,2}', t):
        s = m.group(0)
        for alt in (s, s.replace('-', '+').replace('_', '/')):
            try:
                b = base64.b64decode(alt + '=' * (-len(alt) % 4))
                dec.append(b.decode('utf-8', 'ignore')); dec.append(b.decode('utf-16-le', 'ignore'))
            except Exception: pass
    for m in re.finditer(r'(?:[0-9A-Fa-f]{2}[ :]?){8,}', t):
        s = re.sub(r'[ :]', '', m.group(0))
        if len(s) % 2: s = s[:-1]
        try: dec.append(binascii.unhexlify(s).decode('utf-8', 'ignore'))
        except Exception: pass
    vs['b64hex'] = '\n'.join(dec)
    return vs

def canon(s):
    s = CF.sub('', s)
    s = unicodedata.normalize('NFKC', s)
    s = udigits(s)
    return re.sub(r'[^0-9A-Za-z]', '', s).upper()

def fold(s):
    s = CF.sub('', unicodedata.normalize('NFKC', s))
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()

def leak_of(idt, cviews, fviews, nviews):
    k = idt['kind']
    if k in ('name', 'address', 'email'):
        hits = []
        for w in idt['words']:
            fw = fold(w)
            for vn, fv in fviews.items():
                if re.search(r'(?<![a-z0-9])' + re.escape(fw) + r'(?![a-z0-9])', fv):
                    hits.append('%s(%s)' % (w, vn)); break
        return hits
    if k == 'postcode':
        v = idt['score'].upper()
        inward, outward = v[-3:], v[:-3]
        rx = re.compile(r'(?<![A-Z0-9])' + re.escape(outward) + r'[\s_\-\u2009\u00a0]*' + re.escape(inward) + r'(?![A-Z0-9])')
        for vn, nv in nviews.items():
            if rx.search(nv): return [v + '(' + vn + ')']
        return []
    v = idt['score'].upper()
    best = 0; where = ''
    for vn, cv in cviews.items():
        # longest contiguous substring of v (>=8) readable
        for L in range(len(v), 7, -1):
            if L <= best: break
            if any(v[i:i + L] in cv for i in range(0, len(v) - L + 1)):
                best = L; where = vn; break
    return ['%d/%d chars readable (%s)' % (best, len(v), where)] if best >= 8 else []

def DEBATABLE(l):
    # keeps a reasonable reviewer might call customer/property identifiers: Junifer AccountNo, Octopus-style account_id,
    # ECO scheme ref / UPRN column values, charger/controller serial numbers
    g = l['file'].split('_', 1)[1].rsplit('_', 1)[0]
    return {'junifer_psv': ['bigint'], 'ha_yaml': ['sha'], 'eco_match': ['bigint'], 'evc_commissioning': ['serialno'],
            'hp_commissioning': ['serialno']}.get(g, [])

def main():
    truth = json.load(open(sys.argv[1])); d = sys.argv[2]
    res = {'files': 0, 'missing': [], 'ids': 0, 'leaks': [], 'keeps': 0, 'lost': []}
    for it in truth:
        p = os.path.join(d, it['file'])
        if not os.path.exists(p):
            res['missing'].append(it['file']); continue
        res['files'] += 1
        t = decode_bytes(open(p, 'rb').read(), it['encoding'])
        vs = views(t)
        cviews = {k: canon(v) for k, v in vs.items()}
        fviews = {k: fold(v) for k, v in vs.items()}
        nviews = {k: udigits(unicodedata.normalize('NFKC', CF.sub('', v))).upper() for k, v in vs.items()}
        for idt in it['ids']:
            if idt['kind'] == 'postcode' and not re.match(r'^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$', idt['value']):
                res.setdefault('excluded', []).append(it['file'] + ' ' + idt['value']); continue  # scorer fix: generator made A99A outward codes (not a UK shape)
            res['ids'] += 1
            h = leak_of(idt, cviews, fviews, nviews)
            if h: res['leaks'].append({'file': it['file'], 'genre': it['genre'], 'enc': it['encoding'], 'kind': idt['kind'], 'value': idt['value'], 'form': idt['form'], 'readable': h})
        for kp in it['keeps']:
            res['keeps'] += 1
            if kp['value'] not in t:
                res['lost'].append({'file': it['file'], 'type': kp['type'], 'value': kp['value']})
    nid = res['ids']; nl = len(res['leaks'])
    print('files scored %d, missing (refused/not written) %d' % (res['files'], len(res['missing'])))
    print('identifiers %d  leaked %d  recall %.2f%%' % (nid, nl, 100.0 * (nid - nl) / max(nid, 1)))
    print('keeps %d  lost %d  keep-rate %.2f%%' % (res['keeps'], len(res['lost']), 100.0 * (res['keeps'] - len(res['lost'])) / max(res['keeps'], 1)))
    print('excluded (invalid postcode shape, generator bug):', res.get('excluded', []))
    deb = [l for l in res['lost'] if l['type'] in DEBATABLE(l)]
    print('of lost keeps, debatable (customer account no. / UPRN columns / product serials): %d -> keep-rate excluding them %.2f%%' % (
        len(deb), 100.0 * (res['keeps'] - len(res['lost'])) / max(res['keeps'] - len(deb), 1)))
    if '--json' in sys.argv:
        json.dump(res, open(sys.argv[sys.argv.index('--json') + 1], 'w'), ensure_ascii=False, indent=1)
    return res

if __name__ == '__main__':
    main()
