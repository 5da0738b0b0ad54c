#!/usr/bin/env python3
"""Score redacted outputs against truth.json.
usage: score.py OUTDIR [--json results.json] [--logs DIR]   (OUTDIR holds files with the corpus names)
       score.py --selftest
Rules
  digit/alnum kinds (mpan, mpan21, mprn, esn, gsn, eui64, phone, postcode, account): value reduced to [0-9A-Z]
    (NFKC, upper); leak if any 8-char window (the whole value if shorter) occurs in the reduced output more often
    than in the reduced original with every planted surface blanked.
  email: leak if the reduced local part (>=5 chars; else 'local@') occurs more often than in that baseline, or
    the whole address does.
  name, address: leak if any scored word (3+ letters; address words exclude street-type words) occurs as a whole
    word (case-insensitive) more often in the output than in the baseline.
  keeps: each distinct keep surface, occurrences bounded by non-alphanumerics; kept = min(out, orig).
"""
import json, os, re, sys, unicodedata, collections, shutil, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CODEC = {'utf-8': 'utf-8', 'utf-8-bom': 'utf-8-sig', 'utf-16-le-bom': 'utf-16', 'utf-16-be-bom': 'utf-16',
         'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-32-le-bom': 'utf-32', 'utf-32-be': 'utf-32-be',
         'utf-32-le': 'utf-32-le'}
BOM = {'utf-8-bom': b'\xef\xbb\xbf', 'utf-16-le-bom': b'\xff\xfe', 'utf-16-be-bom': b'\xfe\xff',
       'utf-32-le-bom': b'\xff\xfe\x00\x00'}
ALNUM_KINDS = {'mpan', 'mpan21', 'mprn', 'esn', 'gsn', 'eui64', 'phone', 'postcode', 'account'}


def red(s):
    return re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())


def count_ov(hay, needle):
    if not needle:
        return 0
    return sum(1 for _ in re.finditer('(?=' + re.escape(needle) + ')', hay))


def wcount(text, w):
    return len(re.findall(r'(?<![^\W_])' + re.escape(w) + r'(?![^\W_])', text, flags=re.I))


def kcount(text, k):
    return len(re.findall(r'(?<![0-9A-Za-z])' + re.escape(k) + r'(?![0-9A-Za-z])', text))


def decode(raw, enc):
    return raw.decode(CODEC[enc], errors='replace').lstrip('\ufeff').replace('\r\n', '\n')


def baseline(text, secrets):
    b = text
    for s in sorted({x['surface'] for x in secrets}, key=len, reverse=True):
        b = b.replace(s, ' \u0000 ')
    return b


def windows(v):
    v = red(v)
    return {v} if len(v) < 8 else {v[i:i + 8] for i in range(len(v) - 7)}


def leaked(s, out, base, rout, rbase):
    k = s['kind']
    if k in ALNUM_KINDS:
        return any(count_ov(rout, w) > count_ov(rbase, w) for w in windows(s['value']))
    if k == 'email':
        local = s['surface'].split('@')[0]
        rl = red(local)
        if len(rl) >= 5:
            if count_ov(rout, rl) > count_ov(rbase, rl):
                return True
        elif out.lower().count(local.lower() + '@') > base.lower().count(local.lower() + '@'):
            return True
        return out.lower().count(s['surface'].lower()) > base.lower().count(s['surface'].lower())
    return any(wcount(out, w) > wcount(base, w) for w in s['words'])


def score(outdir, truth, corpus):
    res = {'files': {}, 'kinds': collections.Counter(), 'kinds_leak': collections.Counter(),
           'genre': collections.Counter(), 'genre_leak': collections.Counter(), 'keep_total': 0, 'keep_kept': 0,
           'keep_kinds': collections.Counter(), 'keep_kinds_kept': collections.Counter(), 'missing': [],
           'encoding_issues': [], 'misses': [], 'lost_keeps': []}
    for fn, t in truth.items():
        raw_in = open(os.path.join(corpus, fn), 'rb').read()
        p = os.path.join(outdir, fn)
        if not os.path.exists(p):
            res['missing'].append(fn)
            continue
        raw_out = open(p, 'rb').read()
        enc = t['encoding']
        b = BOM.get(enc, b'')
        if b and not raw_out.startswith(b):
            res['encoding_issues'].append((fn, 'BOM lost'))
        if not b and raw_out[:3] == b'\xef\xbb\xbf' or (not b and raw_out[:2] in (b'\xff\xfe', b'\xfe\xff')):
            res['encoding_issues'].append((fn, 'BOM added'))
        try:
            raw_out.decode(CODEC[enc])
        except UnicodeDecodeError:
            res['encoding_issues'].append((fn, 'not decodable as ' + enc))
        if (t['newline'] == 'crlf') != ('\r\n' in raw_out.decode(CODEC[enc], errors='replace')):
            res['encoding_issues'].append((fn, 'newline style changed'))
        text = decode(raw_in, enc)
        out = decode(raw_out, enc)
        base = baseline(text, t['secrets'])
        rout, rbase = red(out), red(base)
        fl = []
        for s in t['secrets']:
            res['kinds'][s['kind']] += 1
            res['genre'][t['genre']] += 1
            if leaked(s, out, base, rout, rbase):
                res['kinds_leak'][s['kind']] += 1
                res['genre_leak'][t['genre']] += 1
                line = next((ln for ln in text.split('\n') if s['surface'].split('\n')[0] in ln), '')
                fl.append(s)
                res['misses'].append({'file': fn, 'genre': t['genre'], 'kind': s['kind'], 'value': s['value'],
                                      'surface': s['surface'], 'context': line.strip()[:200]})
        for ksur in sorted({k['surface'] for k in t['keeps']}):
            kind = next(k['kind'] for k in t['keeps'] if k['surface'] == ksur)
            o = kcount(text, ksur)
            n = min(kcount(out, ksur), o)
            res['keep_total'] += o
            res['keep_kept'] += n
            res['keep_kinds'][kind] += o
            res['keep_kinds_kept'][kind] += n
            if n < o:
                line = next((ln for ln in text.split('\n') if ksur in ln), '')
                oline = ''
                res['lost_keeps'].append({'file': fn, 'kind': kind, 'surface': ksur, 'orig': o, 'kept': n,
                                          'context': line.strip()[:200]})
        res['files'][fn] = len(fl)
    tot = sum(res['kinds'].values())
    lk = sum(res['kinds_leak'].values())
    res['recall'] = (tot - lk) / tot if tot else 0
    res['keep_rate'] = res['keep_kept'] / res['keep_total'] if res['keep_total'] else 0
    res['total'] = tot
    res['leaks'] = lk
    return res


def summary(r):
    print(f"identifiers {r['total']}, leaked {r['leaks']}, recall {100 * r['recall']:.2f} %; keeps "
          f"{r['keep_kept']}/{r['keep_total']} = {100 * r['keep_rate']:.2f} %; missing outputs {len(r['missing'])}; "
          f"encoding issues {len(r['encoding_issues'])}")


def selftest():
    truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
    corpus = os.path.join(HERE, 'corpus')
    r = score(corpus, truth, corpus)
    summary(r)
    assert r['leaks'] == r['total'], 'identity must leak everything'
    assert r['keep_rate'] == 1.0
    d = tempfile.mkdtemp()
    for fn, t in truth.items():
        raw = open(os.path.join(corpus, fn), 'rb').read()
        text = raw.decode(CODEC[t['encoding']])
        for s in sorted({x['surface'] for x in t['secrets']}, key=len, reverse=True):
            text = text.replace(s, '[REDACTED]')
            if '\n' in s:
                text = text.replace(s.replace('\n', '\r\n'), '[REDACTED]')
        if t['encoding'] in ('utf-16-le-bom', 'utf-16-be-bom', 'utf-32-le-bom', 'utf-8-bom'):
            enc = {'utf-16-le-bom': 'utf-16-le', 'utf-16-be-bom': 'utf-16-be', 'utf-32-le-bom': 'utf-32-le',
                   'utf-8-bom': 'utf-8'}[t['encoding']]
            data = BOM[t['encoding']] + text.lstrip('\ufeff').encode(enc)
        else:
            data = text.encode(CODEC[t['encoding']])
        open(os.path.join(d, fn), 'wb').write(data)
    r = score(d, truth, corpus)
    summary(r)
    assert r['leaks'] == 0, r['misses'][:5]
    assert r['keep_rate'] == 1.0, r['lost_keeps'][:5]
    assert not r['encoding_issues'], r['encoding_issues'][:5]
    shutil.rmtree(d)
    print('selftest OK (identity -> 0 % recall, oracle -> 100 %)')


def main():
    if '--selftest' in sys.argv:
        return selftest()
    outdir = sys.argv[1]
    truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
    r = score(outdir, truth, os.path.join(HERE, 'corpus'))
    summary(r)
    if '--json' in sys.argv:
        json.dump(r, open(sys.argv[sys.argv.index('--json') + 1], 'w'), ensure_ascii=False, indent=1, default=list)


if __name__ == '__main__':
    main()
