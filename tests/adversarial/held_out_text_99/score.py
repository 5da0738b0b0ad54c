"""Score an output folder of `attest redact` against truth.json.  python3 score.py OUTDIR [--json FILE]
Leak rule (COMMON.md): identifiers: any 8 consecutive characters of the value's canonical form (letters/digits,
lower case; e-mail: local part; URL-escapes decoded) readable in the output (canonical text), or the whole value
if shorter; names/addresses: any word of 3+ letters readable (street-type words, titles and town names excluded).
To avoid counting text that legitimately appears elsewhere, a fragment/word is a leak only if it occurs MORE often
in the output than in the original file with all secret values blanked out.  Keep: output has at least as many
verbatim occurrences of the keep as the original."""
import json, os, re, sys, urllib.parse, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen'))
from lib import STREET_GENERIC, NAME_GENERIC, TOWNS
root = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(root, 'truth.json')))
TOWNW = {w.lower() for v in TOWNS.values() for t, _ in v for w in t.split()}
WORD_KINDS = {'name', 'address', 'initial'}

def dec_orig(b, enc):
    base = enc.replace('-bom', '')
    return (b.decode('utf-8-sig') if base == 'utf-8' else b.decode(base).lstrip('\ufeff'))

def dec_out(b, enc):
    cands = []
    if b.startswith(b'\xff\xfe\x00\x00'): cands.append('utf-32-le')
    elif b.startswith(b'\x00\x00\xfe\xff'): cands.append('utf-32-be')
    elif b.startswith(b'\xff\xfe'): cands.append('utf-16-le')
    elif b.startswith(b'\xfe\xff'): cands.append('utf-16-be')
    elif b.startswith(b'\xef\xbb\xbf'): cands.append('utf-8-sig')
    cands += ['utf-8', enc.replace('-bom', ''), 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']
    for c in cands:
        try:
            t = b.decode(c).lstrip('\ufeff')
            if '\x00' in t: continue
            return t, c
        except Exception:
            pass
    return b.decode('latin-1'), 'latin-1'

def mpanok(v):
    P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return bool(re.fullmatch(r'\d{13}', v)) and str(sum(int(a) * p for a, p in zip(v, P)) % 11 % 10) == v[-1]

def canon(s):
    return re.sub(r'[^0-9a-z]', '', s.lower())

def words(v, kind):
    ws = re.findall(r"[^\W\d_]{3,}", v)
    gen = STREET_GENERIC if kind == 'address' else NAME_GENERIC
    return [w for w in ws if w.lower() not in gen and w.lower() not in TOWNW]

def wcount(text, w):
    return len(re.findall(r'(?<![^\W\d_])' + re.escape(w) + r'(?![^\W\d_])', text, flags=re.I))

def idform(s):
    v = urllib.parse.unquote(s['value'])
    if s['kind'] == 'email': v = v.split('@')[0]
    if s['kind'] == 'eui64' and v.lower().startswith('0x'): v = v[2:]
    return canon(v)

def score(outdir, jsonout=None, quiet=False):
    res = {'files': {}, 'misses': [], 'lost_keeps': [], 'missing_outputs': []}
    tot = leaked = 0; ktot = kept = 0; unscored = 0
    bykind = collections.defaultdict(lambda: [0, 0])
    for fn, info in sorted(T.items()):
        orig = dec_orig(open(os.path.join(root, 'corpus', fn), 'rb').read(), info['encoding'])
        op = os.path.join(outdir, fn)
        if not os.path.exists(op):
            res['missing_outputs'].append(fn)
            continue
        out, oenc = dec_out(open(op, 'rb').read(), info['encoding'])
        outsider = orig
        for s in sorted(info['secrets'], key=lambda s: -len(s['value'])):
            outsider = outsider.replace(s['value'], ' \x00 ')
        oc_out = canon(out); oc_out2 = canon(urllib.parse.unquote(out)); oc_in = canon(outsider)
        for s in info['secrets']:
            kind = s['kind']
            if kind in WORD_KINDS:
                ws = words(s['value'], kind)
                if not ws:
                    if kind == 'initial' or not re.search(r'\d', s['value']):
                        unscored += 1; continue
                    frag = canon(s['value'])
                    lk = [frag] if oc_out.count(frag) > oc_in.count(frag) else []
                else:
                    lk = [w for w in ws if wcount(out, w) > wcount(outsider, w)]
            else:
                c = idform(s)
                grams = [c] if len(c) < 8 else [c[i:i + 8] for i in range(len(c) - 7)]
                lk = [g for g in grams if max(oc_out.count(g), oc_out2.count(g)) > oc_in.count(g)]
            tot += 1; bykind[kind][0] += 1
            if lk:
                leaked += 1; bykind[kind][1] += 1
                i = orig.find(s['value'])
                ctx = orig[max(0, i - 60): i + len(s['value']) + 40].replace('\r', '').replace('\n', '⏎')
                res['misses'].append({'file': fn, 'genre': info['genre'], 'encoding': info['encoding'], 'kind': kind,
                                      'technique': s['technique'], 'value': s['value'], 'leaked': lk[:4], 'context': ctx})
        for k in info['keeps']:
            ktot += 1
            if out.count(k['value']) >= min(orig.count(k['value']), outsider.count(k['value'])):
                kept += 1
            else:
                i = out.find(k['value'][:4])
                j = orig.find(k['value'])
                res['lost_keeps'].append({'file': fn, 'kind': k['kind'], 'value': k['value'], 'orig_count': orig.count(k['value']),
                                          'mpan_check_valid': mpanok(k['value']),
                                          'context': orig[max(0, j - 50): j + len(k['value']) + 30].replace('\r', '').replace('\n', '⏎'),
                                          'out_count': out.count(k['value'])})
        res['files'][fn] = {'out_encoding': oenc}
    res['summary'] = {'identifiers_scored': tot, 'leaked': leaked, 'recall': 1 - leaked / max(tot, 1), 'unscored': unscored,
                      'keeps': ktot, 'kept': kept, 'keep_rate': kept / max(ktot, 1), 'missing_outputs': len(res['missing_outputs']),
                      'by_kind': {k: {'n': v[0], 'leaked': v[1]} for k, v in sorted(bykind.items())}}
    if jsonout: json.dump(res, open(jsonout, 'w'), indent=1, ensure_ascii=False)
    if not quiet: print(json.dumps(res['summary'], indent=1))
    return res

if __name__ == '__main__':
    a = sys.argv[1:]
    j = a[a.index('--json') + 1] if '--json' in a else None
    score(a[0], j)
