"""Score an Attest output folder against truth.json.  usage: score.py CORPUS OUTDIR TRUTH RESULT.json"""
import sys, os, re, json, html, base64, binascii, unicodedata, urllib.parse


def canon(s):
    s = unicodedata.normalize('NFKC', s)
    out = []
    for c in s:
        cat = unicodedata.category(c)
        if cat in ('Cf', 'Mn', 'Me') or c in '\u180e':
            continue
        d = unicodedata.decimal(c, None)
        if d is not None and not c.isascii():
            out.append(str(d)); continue
        out.append(c)
    return ''.join(out)


def alnum(s):
    return ''.join(c for c in canon(s).lower() if c.isascii() and c.isalnum())


def printable(b):
    return ''.join(chr(x) if 32 <= x < 127 else ' ' for x in b)


def b64_views(s):
    out = []
    for m in re.finditer(r'[A-Za-z0-9+/_-]{8,}={0,2}', s):
        t = m.group(0)
        for alt in (t, t.replace('-', '+').replace('_', '/')):
            core = alt.rstrip('=')
            try:
                b = base64.b64decode(core + '=' * (-len(core) % 4), validate=False)
            except Exception:
                continue
            out.append(printable(b))
            try:
                out.append(b.decode('utf-16-le', 'ignore'))
            except Exception:
                pass
    for m in re.finditer(r'[A-Z2-7]{8,}=*', s):
        t = m.group(0)
        try:
            out.append(printable(base64.b32decode(t + '=' * (-len(t) % 8))))
        except Exception:
            pass
    return out


def hex_views(s):
    out = []
    for m in re.finditer(r'(?:[0-9A-Fa-f]{2}[ :]?){6,}', s):
        h = re.sub(r'[ :]', '', m.group(0))
        if len(h) % 2:
            h = h[:-1]
        try:
            out.append(printable(bytes.fromhex(h)))
        except Exception:
            pass
    lines = s.splitlines()
    for i in range(len(lines) - 1):
        a, b = lines[i].strip(), lines[i + 1].strip()
        if re.fullmatch(r'[0-9A-F]{8,}', a) and re.fullmatch(r'[0-9A-F]{8,}', b) and len(a) == len(b):
            out.append(printable(bytes(int(x, 16) * 16 + int(y, 16) for x, y in zip(a, b))))
    return out


PREFIX = re.compile(r'^\s*(?:(?:>\s*)+|#|//|--|;|\*|\||REM\b|%|!|E\s{2,})?\s*')


def views(text):
    v = {'raw': text}
    v['html'] = html.unescape(html.unescape(re.sub(r'<!--.*?-->|<[^>]+>', '', text, flags=re.S)))
    v['bbcode'] = re.sub(r'\[/?[a-z]+(?:=[^\]]*)?\]', '', text)
    try:
        v['url'] = urllib.parse.unquote(urllib.parse.unquote(text))
    except Exception:
        pass
    v['qp'] = re.sub(r'=([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), text)
    v['esc'] = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)),
                      re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), text))
    v['esc'] = re.sub(r'\\[ntr]', ' ', v['esc']).encode('utf-16', 'surrogatepass').decode('utf-16', 'ignore')
    v['nox'] = re.sub(r'0x', '', text)
    v['lines'] = ''.join(PREFIX.sub('', l) for l in text.splitlines())
    dec = []
    for src in (text, v['html'], v['url'], v['esc']):
        dec += b64_views(src)
        dec += hex_views(src)
    # one more level (base64 inside decoded base64 etc.)
    dec2 = []
    for d in dec:
        dec2 += b64_views(d)
    v['decoded'] = '\n'.join(dec + dec2)
    return v


def decodings(data, enc):
    outs = []
    for e in [enc, 'utf-8', 'utf-16', 'utf-32', 'latin-1', 'cp500', 'utf-7', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']:
        try:
            t = data.decode(e)
        except Exception:
            continue
        if e in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be') and e != enc and data[:1] != b'\x00' and b'\x00' not in data[:64]:
            continue
        outs.append(t)
    return outs


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', canon(s)) if not unicodedata.combining(c)).casefold().replace('ł', 'l')


def norm_id(kind, value):
    n = alnum(value)
    cands = [n]
    if kind == 'phone':
        cands.append('44' + n[1:])
    return cands


def windows(n):
    if len(n) <= 8:
        return [n]
    return [n[i:i + 8] for i in range(len(n) - 7)]


def analyse(data, enc):
    texts = decodings(data, enc)
    vs = {}
    for t in texts:
        for k, s in views(t).items():
            vs.setdefault(k, []).append(s)
    al = {k: '\n'.join(alnum(s) for s in ss) for k, ss in vs.items()}
    al_h = {k: s.replace('o', '0') for k, s in al.items()}
    words = {k: set(re.findall(r'\w+', fold('\n'.join(ss)))) for k, ss in vs.items()}
    return texts, al, al_h, words


def leaked(ident, A):
    texts, al, al_h, words = A
    kind, value = ident['kind'], ident['value']
    hits = set()
    if kind in ('name', 'address'):
        for w in ident['words']:
            fw = fold(w)
            for k, ws in words.items():
                if fw in ws:
                    hits.add(k + ':' + w)
        if kind == 'address':
            pc = alnum(value.rsplit(', ', 1)[1])
            for k, s in al.items():
                if pc in s:
                    hits.add(k + ':postcode')
        return sorted(hits)
    cands = norm_id(kind, value)
    if kind == 'eui':
        v = value.lower()
        cands.append(''.join(v[i:i + 2] for i in range(14, -2, -2)))
    if kind == 'postcode':
        cands = [alnum(value)]
    for c in cands:
        for w in windows(c):
            for k, s in al.items():
                if w in s:
                    hits.add(k)
            if kind in ('eserial', 'gserial'):
                for k, s in al_h.items():
                    if w.replace('o', '0') in s:
                        hits.add(k + '~homoglyph')
    return sorted(hits)


def main():
    corpus, outdir, truthp, resp = sys.argv[1:5]
    truth = json.load(open(truthp))
    res = dict(files=[], misses=[], lost_keeps=[], missing_outputs=[])
    tot_ids = tot_miss = tot_keep = tot_lost = 0
    for t in truth:
        op = os.path.join(outdir, t['file'])
        if not os.path.exists(op):
            res['missing_outputs'].append(t['file'])
            continue
        A = analyse(open(op, 'rb').read(), t['encoding'])
        texts = A[0]
        for ident in t['ids']:
            tot_ids += 1
            h = leaked(ident, A)
            if h:
                tot_miss += 1
                res['misses'].append(dict(file=t['file'], genre=t['genre'], enc=t['encoding'], kind=ident['kind'], value=ident['value'], forms=ident['forms'], hits=h))
        for kp in t['keeps']:
            tot_keep += 1
            if not any(kp['token'] in s for s in texts):
                tot_lost += 1
                res['lost_keeps'].append(dict(file=t['file'], token=kp['token'], cat=kp['cat']))
    res['summary'] = dict(ids=tot_ids, missed=tot_miss, recall=(1 - tot_miss / tot_ids) if tot_ids else None,
                          keeps=tot_keep, lost=tot_lost, keep_rate=(1 - tot_lost / tot_keep) if tot_keep else None,
                          missing_outputs=len(res['missing_outputs']))
    json.dump(res, open(resp, 'w'), indent=1, ensure_ascii=False)
    print(json.dumps(res['summary']))


if __name__ == '__main__':
    main()
