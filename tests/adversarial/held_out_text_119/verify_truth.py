#!/usr/bin/env python3
"""Independent check of truth.json against corpus/ (does not import gen.py)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
BOMS = [(b'\xff\xfe\x00\x00', 'utf-32-le'), (b'\x00\x00\xfe\xff', 'utf-32-be'), (b'\xef\xbb\xbf', 'utf-8'),
        (b'\xff\xfe', 'utf-16-le'), (b'\xfe\xff', 'utf-16-be')]
CODEC = {'utf-8': 'utf-8', 'utf-8-bom': 'utf-8-sig', 'utf-16-le-bom': 'utf-16', 'utf-16-be-bom': 'utf-16',
         'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-32-le-bom': 'utf-32', 'utf-32-be': 'utf-32-be',
         'utf-32-le': 'utf-32-le'}
PC = re.compile(r'^(?:[A-Z]{1,2}[0-9][A-Z0-9]?) [0-9][A-Z]{2}$')
PHONE = re.compile(r'^(01632960\d{3}|02079460\d{3}|01[1-6][1-9]4960\d{3}|0289649\d{4}|0292018\d{4}|07700900\d{3})$')


def ok_core(d):
    return len(d) == 13 and d.isdigit() and int(d[12]) == sum(int(a) * b for a, b in zip(d[:12], P)) % 11 % 10


def decode(raw, enc):
    t = raw.decode(CODEC[enc])
    return t.lstrip('\ufeff').replace('\r\n', '\n')


def main():
    truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
    bad = 0
    n = k = 0
    for fn, t in truth.items():
        raw = open(os.path.join(HERE, 'corpus', fn), 'rb').read()
        enc = t['encoding']
        has_bom = any(raw.startswith(b) for b, _ in BOMS)
        if has_bom != (enc.endswith('bom') or enc == 'utf-8-bom'):
            print('BOM mismatch', fn); bad += 1
        if ('\r\n' in raw.decode(CODEC[enc])) != (t['newline'] == 'crlf'):
            print('newline mismatch', fn); bad += 1
        text = decode(raw, enc)
        spans = []
        for s in t['secrets']:
            n += 1
            sur, v, kd = s['surface'], s['value'], s['kind']
            if sur not in text:
                print('surface missing', fn, kd, repr(sur)); bad += 1
            if kd == 'mpan' and not (ok_core(v) and re.sub(r'\D', '', sur) == v):
                print('bad mpan', fn, sur); bad += 1
            if kd == 'mpan21' and not (len(v) == 21 and ok_core(v[8:]) and re.sub(r'\D', '', sur) == v):
                print('bad mpan21', fn, sur); bad += 1
            if kd == 'mprn' and not (v.isdigit() and 6 <= len(v) <= 10):
                print('bad mprn', fn, sur); bad += 1
            if kd == 'postcode' and not PC.match(v):
                print('bad postcode', fn, v); bad += 1
            if kd == 'postcode' and re.sub(r'\s', '', sur.upper()) != v.replace(' ', ''):
                print('postcode surface', fn, sur); bad += 1
            if kd == 'phone' and not PHONE.match(v):
                print('bad phone', fn, v); bad += 1
            if kd == 'phone' and not re.sub(r'\D', '', sur).endswith(v[1:]):
                print('phone surface', fn, sur); bad += 1
            if kd == 'email' and not re.match(r'^[a-z0-9.]+@(mail\.)?example\.(com|org|net|co\.uk)$', sur):
                print('bad email', fn, sur); bad += 1
            if kd == 'eui64' and not (re.fullmatch(r'[0-9A-F]{16}', v) and re.sub(r'[^0-9A-F]', '', sur.upper()) == v):
                print('bad eui', fn, sur); bad += 1
            if kd in ('esn', 'gsn') and not (sur.upper() == v and re.fullmatch(r'[0-9A-Z]{8,16}', v)):
                print('bad serial', fn, sur); bad += 1
            if kd in ('name', 'address') and not s.get('words'):
                print('no words', fn, sur); bad += 1
            if kd in ('name', 'address'):
                for w in s['words']:
                    if w.lower() not in sur.lower():
                        print('word not in surface', fn, w, sur); bad += 1
            for m in re.finditer(re.escape(sur), text):
                spans.append((m.start(), m.end()))
        for kp in t['keeps']:
            k += 1
            sur = kp['surface']
            if sur not in text:
                print('keep missing', fn, sur); bad += 1
            for m in re.finditer(re.escape(sur), text):
                if any(a <= m.start() < b for a, b in spans):
                    print('keep inside secret', fn, sur); bad += 1
    print(f'{len(truth)} files, {n} secrets, {k} keeps, {bad} problems')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
