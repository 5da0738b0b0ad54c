"""Score an `attest redact` output folder against truth.json.   python3 score.py OUTDIR [--json results.json]
Secret leaked: (names/addresses) any word of 3+ letters of it readable in the corresponding output line(s);
(others) the whole value if shorter than 8 chars, else any 8-char window of it (as written, or with
separators removed, case-folded) readable there.  Words/windows that also occur in the original line(s)
outside every secret are not counted.  Keep survives: exact text present (alnum-bounded) in the line(s).
If an output file's line count differs from the input, the whole output file is used instead of lines."""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

root = os.path.dirname(os.path.abspath(__file__))
truth = json.load(open(os.path.join(root, 'truth.json'), encoding='utf-8'))
WORD = re.compile(r'[^\W\d_]{3,}')
PCRE = re.compile(r'\b[A-Z]{1,2}\d{1,2}[A-Z]?[\s\u00a0]*\d[A-Z]{2}\b', re.I)


def decode_in(fn, meta):
    data = open(os.path.join(root, 'corpus', fn), 'rb').read()
    return data[len(bytes.fromhex(meta['bom'])):].decode(meta['encoding'])


def decode_out(data, meta):
    for bom, enc in [(b'\xff\xfe\x00\x00', 'utf-32-le'), (b'\x00\x00\xfe\xff', 'utf-32-be'), (b'\xef\xbb\xbf', 'utf-8'),
                     (b'\xff\xfe', 'utf-16-le'), (b'\xfe\xff', 'utf-16-be')]:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + '+bom'
            except UnicodeDecodeError:
                pass
    for enc in [meta['encoding'], 'utf-8']:
        try:
            t = data.decode(enc)
            if t.count('\x00') == 0:
                return t, enc
        except UnicodeDecodeError:
            pass
    return data.decode('utf-8', 'replace'), 'utf-8-replace'


def strip(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s).casefold() if c.isalnum())


def lines_of(t):
    return t.replace('\r\n', '\n').replace('\r', '\n').split('\n')


def find_out(outdir, fn):
    p = os.path.join(outdir, fn)
    if os.path.exists(p):
        return p
    for dp, dn, fns in os.walk(outdir):
        for f in fns:
            if f == fn or (f.startswith(os.path.splitext(fn)[0]) and not f.endswith('.json')):
                return os.path.join(dp, f)
    return None


def score(outdir):
    res = {'files': {}, 'misses': [], 'lost_keeps': [], 'missing_outputs': [], 'line_mismatch': []}
    tot = Counter()
    for fn, meta in sorted(truth.items()):
        orig = decode_in(fn, meta)
        ol = lines_of(orig)
        p = find_out(outdir, fn)
        if p is None:
            res['missing_outputs'].append(fn)
            for it in meta['items']:
                tot['secret_missing_output' if it['cls'] == 'secret' else 'keep_missing_output'] += 1
            continue
        out, oenc = decode_out(open(p, 'rb').read(), meta)
        xl = lines_of(out)
        same = len(xl) == len(ol)
        if not same:
            res['line_mismatch'].append(fn)
        # original with all secrets blanked (for exclusion)
        blank = list(orig)
        for it in meta['items']:
            if it['cls'] == 'secret':
                for i in range(it['start'], it['end']):
                    if blank[i] not in '\r\n':
                        blank[i] = '\x00'
        blank = ''.join(blank)
        bl = lines_of(blank)
        fstat = Counter()
        for it in meta['items']:
            a, b = it['line_start'], it['line_end']
            O = '\n'.join(xl[a:b + 1]) if same else out
            R = '\n'.join(bl[a:b + 1])
            t = it['text']
            if it['cls'] == 'keep':
                tot['keeps'] += 1
                lb = r'(?<!\d)' if t[0].isdigit() else r'(?<![A-Za-z0-9])'
                la = r'(?!\d)' if t[-1].isdigit() else r'(?![A-Za-z0-9])'
                ok = re.search(lb + re.escape(t) + la, O) is not None
                if ok:
                    tot['keeps_kept'] += 1
                else:
                    fstat['lost'] += 1
                    ctx = orig[max(0, it['start'] - 40):it['end'] + 40].replace('\r', '').replace('\n', '⏎')
                    res['lost_keeps'].append({'file': fn, 'genre': meta['genre'], 'kind': it['kind'], 'text': t,
                                              'context': ctx, 'output_line': O[:300] if same else None})
                continue
            tot['secrets'] += 1
            leaked = []
            if it['kind'] in ('name', 'address'):
                Rw = set(w.casefold() for w in WORD.findall(R))
                Ow = set(w.casefold() for w in WORD.findall(O))
                for w in WORD.findall(t):
                    if w.casefold() not in Rw and w.casefold() in Ow:
                        leaked.append(w)
                if it['kind'] == 'address':
                    for m in PCRE.finditer(t):
                        sp = strip(m.group())
                        if sp in strip(O) and sp not in strip(R):
                            leaked.append(m.group())
            else:
                So, Sr = strip(O), strip(R)
                st = strip(t)
                if len(t) < 8:
                    if (t in O and t not in R) or (st in So and st not in Sr):
                        leaked.append(t)
                else:
                    for i in range(len(t) - 7):
                        w = t[i:i + 8]
                        if w in O and w not in R and w.strip():
                            leaked.append(w)
                            break
                    if not leaked:
                        for i in range(len(st) - 7):
                            w = st[i:i + 8]
                            if w in So and w not in Sr:
                                leaked.append('~' + w)
                                break
            if leaked:
                fstat['leak'] += 1
                ctx = orig[max(0, it['start'] - 50):it['end'] + 50].replace('\r', '').replace('\n', '⏎')
                outline = O if same else None
                res['misses'].append({'file': fn, 'genre': meta['genre'], 'kind': it['kind'], 'form': it['form'], 'text': t,
                                      'leaked': leaked, 'context': ctx, 'output_line': outline[:400] if outline else None,
                                      'encoding': meta['encoding'] + ('+bom' if meta['bom'] else ''), 'newline': meta['newline']})
            else:
                tot['secrets_caught'] += 1
        res['files'][fn] = {'out_encoding': oenc, 'same_lines': same, 'leaks': fstat['leak'], 'lost': fstat['lost']}
    tot_s, tot_k = tot['secrets'] + tot['secret_missing_output'], tot['keeps'] + tot['keep_missing_output']
    res['summary'] = {'files': len(truth), 'secrets': tot_s, 'caught': tot['secrets_caught'], 'leaked': len(res['misses']),
                      'secrets_in_missing_outputs': tot['secret_missing_output'],
                      'recall': tot['secrets_caught'] / tot_s if tot_s else None,
                      'keeps': tot_k, 'keeps_kept': tot['keeps_kept'], 'keep_rate': tot['keeps_kept'] / tot_k if tot_k else None,
                      'missing_outputs': len(res['missing_outputs']), 'line_mismatch_files': len(res['line_mismatch']),
                      'misses_by_kind': Counter(m['kind'] for m in res['misses']),
                      'misses_by_kind_form': Counter('%s/%s' % (m['kind'], m['form']) for m in res['misses']),
                      'misses_by_genre': Counter(m['genre'] for m in res['misses']),
                      'lost_by_kind': Counter(m['kind'] for m in res['lost_keeps'])}
    per_kind = defaultdict(Counter)
    for fn, meta in truth.items():
        for it in meta['items']:
            if it['cls'] == 'secret':
                per_kind[it['kind']]['n'] += 1
            else:
                per_kind['keep:' + it['kind']]['n'] += 1
    res['summary']['counts_by_kind'] = {k: v['n'] for k, v in sorted(per_kind.items())}
    return res


if __name__ == '__main__':
    outdir = sys.argv[1]
    res = score(outdir)
    js = sys.argv[sys.argv.index('--json') + 1] if '--json' in sys.argv else os.path.join(root, 'results.json')
    json.dump(res, open(js, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    s = res['summary']
    print('secrets %d caught %d leaked %d  recall %.2f%%' % (s['secrets'], s['caught'], s['leaked'], 100 * (s['recall'] or 0)))
    print('keeps %d kept %d  keep-rate %.2f%%' % (s['keeps'], s['keeps_kept'], 100 * (s['keep_rate'] or 0)))
    print('missing outputs %d, line-count changed %d' % (s['missing_outputs'], s['line_mismatch_files']))
    print('misses by kind', dict(s['misses_by_kind']))
    print('lost keeps by kind', dict(s['lost_by_kind']))
