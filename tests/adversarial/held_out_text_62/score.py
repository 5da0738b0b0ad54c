#!/usr/bin/env python3
"""Score an Attest output folder against truth.json.  usage: score.py OUTDIR [--json res.json]
OUTDIR=corpus scores the originals (truth check: everything must leak, every keep present)."""
import base64, binascii, html, json, os, re, sys, unicodedata, urllib.parse
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
PARTICLES = {'ap', 'de', 'la', 'van', 'der', 'von', 'du', 'le', 'mac', 'an', 'st', 'ní', 'ó', 'old', 'kings', 'tsaoir'}

def decode(data, enc):
    boms = [(b'\xff\xfe\x00\x00', 'utf-32-le'), (b'\x00\x00\xfe\xff', 'utf-32-be'), (b'\xef\xbb\xbf', 'utf-8'), (b'\xff\xfe', 'utf-16-le'), (b'\xfe\xff', 'utf-16-be')]
    for b, e in boms:
        if data.startswith(b):
            try: return data[len(b):].decode(e)
            except UnicodeDecodeError: pass
    order = {'utf-16le': 'utf-16-le', 'utf-16be': 'utf-16-be', 'utf-32le': 'utf-32-le', 'utf-32be': 'utf-32-be', 'cp1252': 'cp1252'}
    cands = []
    if enc in order: cands.append(order[enc])
    cands += ['utf-8', 'utf-16-le', 'utf-32-le', 'cp1252']
    for e in cands:
        try:
            t = data.decode(e)
            if e.startswith('utf-16') or e.startswith('utf-32'):
                if sum(c.isprintable() or c in '\r\n\t' for c in t) < 0.9 * max(1, len(t)): continue
            return t
        except UnicodeDecodeError: pass
    return data.decode('latin-1')

NUMW = {'zero': '0', 'oh': '0', 'nought': '0', 'o': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}
NATO = {w.lower(): w[0] for w in 'Alpha Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Xray Yankee Zulu'.split()}

def spoken(t):
    t = re.sub(r'\b([A-Za-z]) for [A-Za-z-]+\b', lambda m: ' ' + m.group(1).upper() + ' ', t)
    toks = re.findall(r"[A-Za-z-]+|[^A-Za-z-]+", t)
    out, mult = [], 1
    for tok in toks:
        lw = tok.lower()
        if lw in ('double', 'triple'):
            mult = 2 if lw == 'double' else 3; continue
        if lw in NUMW: out.append(NUMW[lw] * mult); mult = 1; continue
        if lw in NATO: out.append(NATO[lw] * mult); mult = 1; continue
        if re.fullmatch(r'[A-Za-z]', tok): out.append(tok.upper()); continue
        if re.fullmatch(r'\s+', tok): continue
        out.append(tok); mult = 1
    return ''.join(out)

def views(t):
    v = {'raw': t}
    v['html'] = html.unescape(re.sub(r'<[^>]*>', '', re.sub(r'<!--.*?-->', '', t, flags=re.S)))
    v['pct'] = urllib.parse.unquote_plus(t)
    v['qp'] = re.sub(r'=([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), t.replace('=\n', '').replace('=\r\n', ''))
    try: v['qp'] = v['qp'].encode('latin-1').decode('utf-8')
    except Exception: pass
    v['jsonu'] = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), t)
    v['jsonesc'] = re.sub(r'\\([tnr"/\\])', lambda m: {'t': '\t', 'n': '\n', 'r': '\r'}.get(m.group(1), m.group(1)), v['jsonu'])
    v['zpl'] = ''.join(re.findall(r'\^FD(.*?)\^FS', t, flags=re.S))
    v['gs1'] = re.sub(r'\(\d\d\)', '', t)
    v['chr'] = re.sub(r'Chr\((\d+)\)', lambda m: chr(int(m.group(1))), t)
    v['ps'] = ''.join(re.findall(r'\(([^()]*)\)', t))
    v['sci'] = re.sub(r'\b(\d\.\d+)e\+(\d+)\b', lambda m: str(int(Decimal(m.group(1)) * (10 ** int(m.group(2))))), t)
    dec = []
    for m in re.finditer(r'[A-Za-z0-9+/_-]{16,}={0,2}', t):
        s = m.group(0)
        for alt in (False, True):
            try:
                b = base64.urlsafe_b64decode(s + '=' * (-len(s) % 4)) if alt else base64.b64decode(s + '=' * (-len(s) % 4), validate=True)
            except Exception: continue
            for e in ('utf-8', 'utf-16-le'):
                try:
                    d = b.decode(e)
                    if sum(c.isprintable() for c in d) > 0.9 * len(d): dec.append(d)
                except Exception: pass
    for m in re.finditer(r'(?:[0-9a-fA-F]{2}[ :]?){8,}', t):
        s = re.sub(r'[ :]', '', m.group(0))
        if len(s) % 2: s = s[:-1]
        try:
            d = bytes.fromhex(s).decode('utf-8')
            if sum(c.isprintable() for c in d) > 0.9 * len(d): dec.append(d)
        except Exception: pass
    v['blobs'] = '\n'.join(dec)
    v['spoken'] = spoken(t)
    return v

def norm(t):
    t = unicodedata.normalize('NFKC', t)
    out = []
    for c in t:
        if unicodedata.category(c) == 'Cf' or c in '\u034f\u180e' or 0xFE00 <= ord(c) <= 0xFE0F: continue
        if c.isdigit() and not c.isascii():
            try: c = str(unicodedata.digit(c))
            except Exception: pass
        out.append(c)
    return ''.join(out)

def compact(t):
    return re.sub(r'[^A-Za-z0-9]', '', t).upper()

def key(idr):
    k, v = idr['kind'], idr['value']
    if k == 'email':
        return compact(v.split('@')[0])
    return compact(v)

def words(idr):
    ws = []
    for w in idr.get('words') or []:
        for p in re.split(r"[-'’]", w):
            if len(p) >= 3 and p.lower() not in PARTICLES: ws.append(p)
    return ws

def seq_leak(k, cviews, kind=None):
    n = 8 if len(k) >= 8 else len(k)
    if kind == 'email': n = len(k)          # whole local part (surname alone is scored as the name)
    lo, hi = 0, len(k) - n + 1
    if kind == 'phone': lo = hi - 1         # shared 07700 900 / 0113 496 0 prefixes are not identifying: last 8 digits
    if kind == 'eui': lo = 1                # skip the window that is OUI + one byte only
    for name, cv in cviews.items():
        for i in range(lo, hi):
            w = k[i:i+n]
            j = cv.find(w)
            if j >= 0:
                return name, w
    return None

def word_leak(ws, nviews):
    for name, nv in nviews.items():
        for w in ws:
            pat = re.escape(w) if len(w) >= 5 else r'(?<![A-Za-z])' + re.escape(w) + r'(?![A-Za-z])'
            if re.search(pat, nv, re.I):
                return name, w
    return None

def pc_invalid(v):
    # scorer fix after first run: the generator's PCS rotation made some postcodes that are not real shapes
    # (inward letters C I K M O V are never used; district 0 exists only in a few areas)
    out, inw = v.split()
    if any(c in 'CIKMOV' for c in inw[1:]): return True
    if out[-1] == '0' and out[:-1] not in ('BL', 'BS', 'BT', 'CM', 'CR', 'FY', 'HU', 'SS', 'CF', 'NR', 'PA', 'L', 'M', 'B', 'N', 'E', 'S', 'G', 'DH', 'PE', 'DN'):
        return True
    return False

def ambiguous_keep(f, kp):
    # scorer fix after first run: two keep designs were unfair and are reported apart, not counted:
    # a reference placed right after the label 'ENERGY ACCT' (a customer account number by position), and
    # the 13-digit 'ledger' number in cos_reconcile_* (issue 12 lets a 13-digit number whose first 12 digits
    # form an MPAN core be masked in MPAN context)
    orig = open(os.path.join(HERE, 'corpus', f['file']), 'rb').read().decode('utf-8', 'replace')
    if ('ACCT ' + kp) in orig: return True
    if f['genre'] == 'mistyped-check' and kp.isdigit() and len(kp) == 13: return True
    return False

def find_out(outdir, fname):
    p = os.path.join(outdir, fname)
    if os.path.exists(p): return p
    for root, _, files in os.walk(outdir):
        if fname in files: return os.path.join(root, fname)
    return None

def main():
    outdir = sys.argv[1]
    res = {'files': 0, 'missing': [], 'ids': 0, 'leaks': [], 'opt_ids': 0, 'opt_leaks': [], 'keeps': 0, 'kept': 0, 'lost_keeps': []}
    for f in TRUTH:
        p = find_out(outdir, f['file'])
        if p is None:
            res['missing'].append(f['file']); continue
        res['files'] += 1
        t = decode(open(p, 'rb').read(), f['encoding'])
        vs = views(t)
        nviews = {n: norm(x) for n, x in vs.items()}
        cviews = {n: compact(x) for n, x in nviews.items()}
        for idr in f['identifiers']:
            if idr['kind'] in ('name', 'address'):
                hit = word_leak(words(idr), nviews)
            else:
                hit = seq_leak(key(idr), cviews, idr['kind'])
            rec = dict(file=f['file'], genre=f['genre'], kind=idr['kind'], form=idr['form'], value=idr['value'], surface=idr['surface'][:120],
                       view=hit[0] if hit else None, readable=hit[1] if hit else None)
            if idr['kind'] == 'postcode' and pc_invalid(idr['value']):
                res.setdefault('invalid_pc', 0); res['invalid_pc'] += 1
                if hit: res.setdefault('invalid_pc_leaks', []).append(rec)
                continue
            if idr.get('optional'):
                res['opt_ids'] += 1
                if hit: res['opt_leaks'].append(rec)
            else:
                res['ids'] += 1
                if hit: res['leaks'].append(rec)
        for kp in f['keeps']:
            if ambiguous_keep(f, kp):
                res.setdefault('ambiguous_keeps', []).append(dict(file=f['file'], keep=kp, kept=kp in t)); continue
            res['keeps'] += 1
            if kp in t or kp in vs['jsonu']: res['kept'] += 1
            else: res['lost_keeps'].append(dict(file=f['file'], keep=kp))
    res['refused'] = res['missing']
    ref_ids = sum(1 for f in TRUTH if f['file'] in res['missing'] for i in f['identifiers'] if not i.get('optional') and not (i['kind'] == 'postcode' and pc_invalid(i['value'])))
    ids = res['ids']
    allids = ids + ref_ids
    print(f"recall counting refused files as safe: {(allids-len(res['leaks']))/max(allids,1)*100:.2f}% ({allids-len(res['leaks'])}/{allids})")
    print(f"ambiguous keeps (not counted): {len(res.get('ambiguous_keeps', []))}, of which kept: {sum(k['kept'] for k in res.get('ambiguous_keeps', []))}")
    print(f"outdir={outdir} files scored={res['files']} missing={len(res['missing'])}")
    print(f"identifiers={ids} leaked={len(res['leaks'])} recall={(ids-len(res['leaks']))/max(ids,1)*100:.2f}%  (optional: {res['opt_ids']} leaked {len(res['opt_leaks'])})")
    print(f"excluded (not a real postcode shape): {res.get('invalid_pc', 0)} postcodes, of which left readable: {len(res.get('invalid_pc_leaks', []))}")
    print(f"keeps={res['keeps']} kept={res['kept']} keep-rate={res['kept']/max(res['keeps'],1)*100:.2f}%")
    if '--json' in sys.argv:
        json.dump(res, open(sys.argv[sys.argv.index('--json') + 1], 'w'), indent=1, ensure_ascii=False)
    return res

if __name__ == '__main__':
    main()
