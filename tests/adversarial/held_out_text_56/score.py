"""Scorer for helper-56 text corpus.  usage: score.py CORPUSDIR OUTDIR [report.json] > results"""
import sys, os, json, re, html, base64, binascii, unicodedata, urllib.parse, quopri, codecs
TRUTH = json.load(open(os.path.join(os.path.dirname(__file__), '..', 'truth.json')))
WORDN = {'zero': '0', 'oh': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9',
         'alpha': 'a', 'bravo': 'b', 'charlie': 'c', 'delta': 'd', 'echo': 'e', 'foxtrot': 'f', 'golf': 'g', 'hotel': 'h', 'juliet': 'j',
         'kilo': 'k', 'lima': 'l', 'mike': 'm', 'papa': 'p', 'sierra': 's', 'uniform': 'u', 'whiskey': 'w'}


def decode_bytes(b, enc):
    for bom, e in ((codecs.BOM_UTF32_LE, 'utf-32-le'), (codecs.BOM_UTF32_BE, 'utf-32-be'), (codecs.BOM_UTF8, 'utf-8'),
                   (codecs.BOM_UTF16_LE, 'utf-16-le'), (codecs.BOM_UTF16_BE, 'utf-16-be')):
        if b.startswith(bom):
            return b[len(bom):].decode(e, 'replace')
    if b.count(b'\x00') > len(b) // 5:
        e = enc.replace('+bom', '')
        if e in ('utf-16', 'utf-8', 'utf-8-sig'):
            e = 'utf-16-le'
        cands = [e, 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']
        best = None
        for c in cands:
            try:
                t = b.decode(c)
            except Exception:
                continue
            score = sum(ch.isprintable() or ch in '\r\n\t' for ch in t) / max(1, len(t))
            if best is None or score > best[0]:
                best = (score, t)
        if best:
            return best[1]
    return b.decode('utf-8', 'replace')


def clean(t):
    t = re.sub(r'\x1b\[[0-9;]*[A-Za-z]', '', t)
    t = unicodedata.normalize('NFKC', t)
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if cat in ('Cf', 'Mn', 'Me') or 0xFE00 <= ord(ch) <= 0xFE0F or ch == '\u180e':
            continue
        if cat == 'Nd':
            out.append(str(unicodedata.decimal(ch)))
            continue
        out.append(ch)
    return ''.join(out)


def unesc(t):
    t = re.sub(r'\\u(-?\d{1,5})\?', lambda m: chr(int(m.group(1)) % 65536), t)
    t = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), t)
    t = t.encode('utf-16', 'surrogatepass').decode('utf-16', 'replace')
    t = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252', 'replace'), t)
    t = re.sub(r'\\([0-7]{3})', lambda m: chr(int(m.group(1), 8)), t)
    t = re.sub(r'\\([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), t)
    return t


def printable(s):
    return s and sum(c.isprintable() or c in '\n\r\t' for c in s) / len(s) > 0.85


def blobs(t):
    out = []
    t2 = re.sub(r'\n ', '', t)  # LDIF unfold
    for m in re.finditer(r'[A-Za-z0-9+/_-]{8,}={0,2}', t2):
        s = m.group(0)
        for dec in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                b = dec(s + '=' * (-len(s) % 4))
                d = b.decode('utf-8')
                if printable(d):
                    out.append(d); break
            except Exception:
                pass
    for m in re.finditer(r'(?:[0-9a-fA-F]{2}){6,}', t2):
        s = m.group(0)
        try:
            b = bytes.fromhex(s)
        except Exception:
            continue
        for e in ('utf-8', 'utf-16-be'):
            try:
                d = (b[2:] if b[:2] == b'\xfe\xff' else b).decode(e)
                if printable(d):
                    out.append(d)
            except Exception:
                pass
    return '\n'.join(out)


def spoken(t):
    s = re.sub(r'\s*\[\s*at\s*\]\s*|\s*\(at\)\s*|\s+at\s+', '@', t, flags=re.I)
    s = re.sub(r'\s*\[\s*dot\s*\]\s*|\s+dot\s+', '.', s, flags=re.I)
    s = re.sub(r'\s+underscore\s+', '_', s, flags=re.I)
    return s


def wordsview(t):
    toks = re.findall(r"[A-Za-z0-9]+", t)
    out = []
    for w in toks:
        lw = w.lower()
        if lw in WORDN:
            out.append(WORDN[lw])
        elif len(w) == 1 or w.isdigit():
            out.append(lw)
        else:
            out.append('|')
    return ''.join(out)


def views(raw):
    v = {}
    v['clean'] = clean(raw)
    h = re.sub(r'<!\[CDATA\[|\]\]>', '', raw)
    h = re.sub(r'<!--.*?-->', '', h, flags=re.S)
    h = re.sub(r'<[^>]{0,200}>', ' ', h)
    v['html'] = clean(html.unescape(h))
    v['pct'] = clean(urllib.parse.unquote_plus(raw))
    try:
        v['qp'] = clean(quopri.decodestring(raw.encode('utf-8', 'replace')).decode('utf-8', 'replace'))
    except Exception:
        v['qp'] = ''
    v['esc'] = clean(unesc(raw))
    v['sqlcat'] = clean(re.sub(r"'\s*\|\|\s*'", '', raw))
    b = blobs(raw) + '\n' + blobs(html.unescape(raw)) + '\n' + blobs(urllib.parse.unquote(raw))
    v['blob'] = clean(b + '\n' + html.unescape(b) + '\n' + unesc(b))
    v['spoken'] = clean(spoken(raw))
    v['words'] = wordsview(clean(raw).replace('-', ' '))
    return v


def alnum(s):
    return re.sub(r'[^0-9a-z]', '', s.lower())


MASKC = set('*#x•●█■?_')


def leak_value(kind, norm, streams, maskstream):
    L = len(norm)
    w = min(8, L)
    starts = range(0, L - w + 1)
    if kind == 'mpan21':
        starts = range(1, L - w + 1)
    for st in streams:
        for s in starts:
            if norm[s:s + w] in st:
                return norm[s:s + w]
    # partial mask: a window of L chars with >=8 equal and the rest mask chars
    if L >= 8:
        ms = maskstream
        first = norm[:2]
        for m in re.finditer(re.escape(norm[0]), ms):
            seg = ms[m.start():m.start() + L]
            if len(seg) < L:
                break
            eq = sum(a == b for a, b in zip(seg, norm))
            if eq >= 8 and all(a == b or a in MASKC for a, b in zip(seg, norm)) and eq < L:
                return 'partial:' + seg
    return None


def score(corpus, outdir, rep=None):
    res = {'files': [], 'ids': [], 'keeps_total': 0, 'keeps_kept': 0, 'lost_keeps': [], 'missing_outputs': []}
    for T in TRUTH:
        fn = T['file']
        op = os.path.join(outdir, fn)
        if not os.path.exists(op):
            res['missing_outputs'].append(fn)
            for e in T['ids']:
                res['ids'].append({'file': fn, 'kind': e['kind'], 'value': e['value'], 'forms': e['forms'], 'status': 'refused/missing'})
            continue
        raw = decode_bytes(open(op, 'rb').read(), T['encoding'])
        V = views(raw)
        streams = [alnum(x) for k, x in V.items() if k != 'words'] + [V['words']]
        spoken_view = V['spoken']
        maskstream = re.sub(r'[^0-9a-z*#x•●█■?_]', '', V['clean'].lower())
        low_views = [x.lower() for k, x in V.items() if k != 'words']
        for e in T['ids']:
            k = e['kind']
            st = 'masked'; what = None
            if k in ('name', 'address'):
                others = set(w.lower() for o in T['ids'] if o is not e and o['words'] for w in o['words'])
                wl = [w for w in e['words'] if w.lower() not in others] or e['words']
                for wd in wl:
                    pat = re.compile(r'(?<![^\W_])' + re.escape(clean(wd).lower()) + r'(?![^\W_])')
                    if any(pat.search(x) for x in low_views):
                        what = wd; break
            elif k == 'postcode':
                o, i = e['value'].lower().split(' ')
                pat = re.compile(r'(?<![a-z])' + o + r'[^a-z0-9\n]{0,3}' + i + r'(?![a-z])')
                if any(pat.search(x) for x in low_views):
                    what = e['value']
                elif alnum(e['value']) in V['words']:
                    what = 'spelt:' + e['value']
            elif k == 'email':
                local = alnum(e['value'].split('@')[0])
                ss = streams + [alnum(clean(spoken_view))]
                what = next((local[-8:] for x in ss if local[-8:] in x), None)
            elif k == 'phone':
                d = alnum(e['value'])[-8:]
                what = next((d for x in streams if d in x), None)
            else:
                what = leak_value(k, alnum(e['value']), streams, maskstream)
            if what:
                st = 'LEAK'
            res['ids'].append({'file': fn, 'genre': T['genre'], 'enc': T['encoding'], 'kind': k, 'value': e['value'], 'forms': e['forms'],
                               'status': st, 'readable': what})
        for kp in T['keeps']:
            if len(kp) < 3:
                continue
            res['keeps_total'] += 1
            if kp in raw:
                res['keeps_kept'] += 1
            else:
                res['lost_keeps'].append({'file': fn, 'keep': kp})
    return res


if __name__ == '__main__':
    corpus, outdir = sys.argv[1], sys.argv[2]
    r = score(corpus, outdir)
    ids = r['ids']
    main = [x for x in ids if x['kind'] != 'mpan13bad']
    leaks = [x for x in main if x['status'] == 'LEAK']
    bad = [x for x in ids if x['kind'] == 'mpan13bad']
    print('files', len(TRUTH), 'missing outputs', len(r['missing_outputs']))
    print('identifiers (file,value) %d  leaked %d  recall %.2f%%' % (len(main), len(leaks), 100 * (1 - len(leaks) / len(main))))
    print('optional 13-digit wrong-check in MPAN context: %d, leaked %d' % (len(bad), sum(x['status'] == 'LEAK' for x in bad)))
    print('keeps %d kept %d keep-rate %.2f%%' % (r['keeps_total'], r['keeps_kept'], 100 * r['keeps_kept'] / max(1, r['keeps_total'])))
    # scorer fix after freeze: the 12 bill 'Account number' values are customer account numbers (a customer
    # identifier), wrongly recorded as keeps by the generator; report keep-rate without them too.
    acct = set((t['file'], k) for t in TRUTH if t['genre'] == 'pdftotext-layout' for k in t['keeps'] if re.fullmatch(r'0\d{9}', k))
    lost_adj = [x for x in r['lost_keeps'] if (x['file'], x['keep']) not in acct]
    tot_adj = r['keeps_total'] - len(acct)
    print('keeps excluding %d customer account numbers: %d kept %d keep-rate %.2f%%' % (len(acct), tot_adj, tot_adj - len(lost_adj), 100 * (tot_adj - len(lost_adj)) / tot_adj))
    from collections import Counter
    c = Counter(x['kind'] for x in main); cl = Counter(x['kind'] for x in leaks)
    for k in sorted(c):
        print('  %-10s %4d leaked %4d' % (k, c[k], cl[k]))
    json.dump(r, open(sys.argv[3] if len(sys.argv) > 3 else 'score.json', 'w'), ensure_ascii=False, indent=1)
