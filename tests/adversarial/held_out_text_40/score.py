#!/usr/bin/env python3
"""Score redacted output against truth.json.  usage: score.py OUTDIR [--json results.json]"""
import base64, binascii, html, json, os, quopri, re, sys, unicodedata, urllib.parse

TRUTH = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'truth.json')))
COMMON_PREFIX = ['07700900', '01632960', '02079460', '447700900']

def decode_bytes(b, enc):
    cands = []
    if b.startswith(b'\xef\xbb\xbf'): cands.append('utf-8-sig')
    if b.startswith(b'\xff\xfe\x00\x00'): cands.append('utf-32')
    if b.startswith(b'\x00\x00\xfe\xff'): cands.append('utf-32')
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'): cands.append('utf-16')
    encmap = {'utf-16-be-bom': 'utf-16', 'utf-32-be-bom': 'utf-32'}
    cands += [encmap.get(enc, enc), 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'cp1252']
    for c in cands:
        try:
            t = b.decode(c)
        except Exception:
            continue
        if '\x00' in t and c not in ('utf-32-le', 'utf-32-be'):
            continue
        return t.lstrip('\ufeff'), c
    return b.decode('latin-1'), 'latin-1'

WORDS = {'oh': '0', 'zero': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}
def spoken_view(t):
    toks = re.findall(r'[A-Za-z]+|\d', t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i].lower()
        mult = 1
        if w in ('double', 'triple') and i + 1 < len(toks) and (toks[i + 1].lower() in WORDS or toks[i + 1].isdigit()):
            mult = 2 if w == 'double' else 3; i += 1; w = toks[i].lower()
        if w in WORDS: out.append(WORDS[w] * mult)
        elif w.isdigit(): out.append(w * mult)
        else: out.append(' ' + w + ' ')
        i += 1
    return ''.join(out)

def ocr_view(t):
    return t.translate(str.maketrans({'O': '0', 'o': '0', 'l': '1', 'I': '1', '|': '1', 'S': '5', 'B': '8'}))

def b64_view(t):
    out = []
    for m in re.finditer(r'[A-Za-z0-9+/_-]{12,}={0,2}', t):
        s = m.group(0)
        for dec in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                bb = dec(s + '=' * (-len(s) % 4))
                out.append(bb.decode('utf-8', 'ignore')); out.append(bb.decode('utf-16-le', 'ignore'))
            except Exception:
                pass
    return '\n'.join(out)

def hex_view(t):
    out = []
    for m in re.finditer(r'(?:0x)?((?:[0-9A-Fa-f]{2}){8,})', t):
        try:
            out.append(binascii.unhexlify(m.group(1)).decode('latin-1'))
        except Exception:
            pass
    return '\n'.join(out)

def views(t):
    v = [t]
    h = html.unescape(re.sub(r'<[^>]*>', '', t)); v.append(h)
    v.append(html.unescape(t))
    u = urllib.parse.unquote_plus(urllib.parse.unquote_plus(t)); v.append(u)
    try:
        v.append(quopri.decodestring(t.replace('\r\n', '\n').encode('utf-8', 'ignore')).decode('utf-8', 'ignore'))
    except Exception:
        pass
    v.append(re.sub(r'-(?:\r\n|\r|\n)\s*', '', t))           # de-hyphenate
    v.append(re.sub(r'(?:\r\n|\r|\n)\s*>\s*', '', t))         # quote prefixed line joins
    v.append(t.replace('\\u0020', ' ')); v.append(t.replace('\\x', ''))
    v.append(b64_view(t)); v.append(hex_view(t)); v.append(spoken_view(t)); v.append(ocr_view(t))
    return v

def norm(s):
    s = unicodedata.normalize('NFKC', s)
    out = []
    for c in s:
        d = unicodedata.decimal(c, None)
        if d is not None: out.append(str(d))
        elif c.isascii() and c.isalnum(): out.append(c.lower())
        elif c.isalpha(): out.append(c.lower())
    return ''.join(out)

def windows(v, n=8):
    if len(v) <= n: return [v]
    return [v[i:i + n] for i in range(len(v) - n + 1)]

def secret_leaks(s, nviews, rviews):
    """returns the leaked evidence string or None"""
    kind = s['kind']
    if kind in ('name', 'address'):
        for tok in s['tokens']:
            pat = re.compile(r'(?<![A-Za-z])' + re.escape(tok) + r'(?![A-Za-z])', re.I)
            for rv in rviews:
                if pat.search(rv): return 'token:' + tok
        return None
    val = s['value']
    if kind == 'email': val = val.split('@')[0] if len(norm(val.split('@')[0])) >= 8 else val
    nv = norm(val)
    ws = [w for w in windows(nv) if not any(w in cp for cp in COMMON_PREFIX)] or [nv]
    cls = s.get('cls', '')
    if cls in ('ocr', 'spaced', 'hyphen', 'lower', 'upper'):
        nf = norm(s['form'])
        ws += [w for w in windows(nf) if not any(w in cp for cp in COMMON_PREFIX)]
    for w in ws:
        for v in nviews:
            if w in v: return 'window:' + w
    return None

def main():
    outdir = sys.argv[1]
    res = {'files': {}, 'missing': []}
    tot_s = leak_s = tot_k = lost_k = 0
    for fname, ft in sorted(TRUTH['files'].items()):
        path = os.path.join(outdir, fname)
        if not os.path.exists(path):
            res['missing'].append(fname)
            continue
        t, used = decode_bytes(open(path, 'rb').read(), ft['encoding'])
        rv = views(t)
        nv = [norm(x) for x in rv]
        fr = {'decoded_as': used, 'leaks': [], 'lost_keeps': []}
        for s in ft['secrets']:
            tot_s += 1
            ev = secret_leaks(s, nv, rv)
            if ev:
                leak_s += 1
                # context
                ctx = ''
                key = s['form'].split('\n')[0][:12] if s['form'] else ''
                i = t.find(key) if key else -1
                if i < 0 and s['kind'] in ('name', 'address') and ev.startswith('token:'):
                    m = re.search(re.escape(ev[6:]), t, re.I); i = m.start() if m else -1
                if i >= 0: ctx = t[max(0, i - 30): i + 40]
                fr['leaks'].append({'kind': s['kind'], 'cls': s['cls'], 'value': s['value'], 'form': s['form'][:80], 'evidence': ev, 'context': ctx})
        for k in ft['keeps']:
            tot_k += 1
            if k not in t:
                lost_k += 1
                fr['lost_keeps'].append(k)
        res['files'][fname] = fr
    nmiss = sum(len(TRUTH['files'][f]['secrets']) for f in res['missing'])
    res['summary'] = {'files': len(TRUTH['files']), 'scored_files': len(res['files']), 'missing_outputs': len(res['missing']),
                      'secrets_scored': tot_s, 'secrets_leaked': leak_s, 'recall': round(1 - leak_s / max(tot_s, 1), 4),
                      'secrets_in_missing_files': nmiss, 'keeps': tot_k, 'keeps_lost': lost_k, 'keep_rate': round(1 - lost_k / max(tot_k, 1), 4)}
    print(json.dumps(res['summary'], indent=1))
    if len(sys.argv) > 3 and sys.argv[2] == '--json':
        json.dump(res, open(sys.argv[3], 'w'), indent=1, ensure_ascii=False)

if __name__ == '__main__':
    main()
