#!/usr/bin/env python3
"""Round-55 text corpus generator (seeded, deterministic). python3 gen.py -> corpus/ + truth.json"""
import json, os, random, string, uuid, shutil, hashlib

SEED = 55055
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'corpus')
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

FIRST = ['Aarav', 'Siobhan', 'Oluwaseun', 'Mei', 'Dafydd', 'Eilidh', 'Krzysztof', 'Fatima', 'Tomasz', 'Niamh',
         'Rhiannon', 'Hamish', 'Chidi', 'Priya', 'Ioana', 'Gwilym', 'Lachlan', 'Yusuf', 'Anahera', 'Bogdan',
         'Seren', 'Callum', 'Ngozi', 'Xiaoling', 'Mairead', 'Ruaridh', 'Zainab', 'Emeka', 'Agnieszka', 'Kwame',
         'Grace', 'Holly', 'Rose', 'Dawn', 'Robin', 'Ivy', 'Jack', 'Faith', 'Rowan', 'Heather', 'Sandy', 'Amber',
         'Tariq', 'Hywel', 'Morag', 'Thandiwe', 'Giorgos', 'Svetlana', 'Ravi', 'Olamide']
LAST = ['Oyelaran', 'Nakamura', 'ap Iorwerth', 'MacLeod', 'Wiśniewski', 'Chaudhry', 'Szabo', 'Okonkwo', 'Llewellyn',
        "O'Sullivan", 'Featherstonehaugh', 'Van der Berg', 'Nguyen', 'Kowalczyk', 'Mensah', 'Abernethy', 'Pritchard',
        'Baptiste', 'Rahman', 'Cadwaladr', 'Fraser-Munro', 'Dimitrov', 'Haddad', 'Achterberg', 'Sithole',
        'Brook', 'Field', 'Marsh', 'Moss', 'Wood', 'Stone', 'Hill', 'Banks', 'Fox', 'Rivers', 'Frost', 'Gold',
        'Lamb', 'Bird', 'Green', 'Hale', 'Mackintosh', 'Ferreira', 'Zhou', 'Iqbal', 'Urquhart', 'Tremayne']
STREETS = ['Heol y Nant', 'Ffordd Penrhyn', 'Stryd Fawr', 'Lôn Glasfryn', 'Cae Bryn', 'Tannery Wynd', 'Kirkbrae',
           'Harbour Brae', 'Mill Lade', 'Gairloch Crescent', 'Thistle Close', 'Pennine Way', 'Copper Beech Drive',
           'Orchard Mews', 'Quarry Bank', 'Lark Rise', 'Tithe Barn Lane', 'Jubilee Terrace', 'Kiln Row',
           'Foundry Walk', 'Saltings Road', 'Gorse Hill', 'Chapel Street', 'Dyke Road', 'Canal Side', 'Wharf Street',
           'Ropewalk', 'Station Approach', 'Priory Gardens', 'Ashgrove Avenue', 'Bellfield Place', 'Ochil View']
STREETS2 = ['Heol y Nant', 'Ffordd Penrhyn', 'Stryd Fawr', 'Tannery Wynd', 'Kirkbrae', 'Harbour Brae', 'Mill Lade']
TOWNS = [('Llanelli', 'SA15'), ('Caernarfon', 'LL55'), ('Aberystwyth', 'SY23'), ('Merthyr Tydfil', 'CF47'),
         ('Pwllheli', 'LL53'), ('Ystradgynlais', 'SA9'), ('Kirkcaldy', 'KY1'), ('Stornoway', 'HS1'), ('Thurso', 'KW14'),
         ('Dingwall', 'IV15'), ('Peebles', 'EH45'), ('Oban', 'PA34'), ('Dumfries', 'DG1'), ('Wick', 'KW1'),
         ('Halifax', 'HX1'), ('Barnsley', 'S70'), ('Redruth', 'TR15'), ('Kendal', 'LA9'), ('Hexham', 'NE46'),
         ('Lowestoft', 'NR32'), ('Margate', 'CT9'), ('Leominster', 'HR6'), ('Bangor', 'LL57'), ('Motherwell', 'ML1'),
         ('Glasgow', 'G41'), ('Leeds', 'LS6'), ('Manchester', 'M14'), ('Birmingham', 'B29'), ('London', 'SW1A'),
         ('Westminster', 'W1D'), ('Cardiff', 'CF24'), ('Edinburgh', 'EH7')]
HOUSENAMES = ['Bryn Awel', 'Tŷ Gwyn', 'Rose Cottage', 'The Old Forge', 'Craigview', 'Hafod', 'Glenmore House']
DIP = ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23']
PHONE_BLOCKS = [('01632', 96, 4), ('020 7946', 0, 4), ('0113 496', 0, 4), ('0114 496', 0, 4), ('0117 496', 0, 4),
                ('0121 496', 0, 4), ('0131 496', 0, 4), ('0141 496', 0, 4), ('0151 496', 0, 4), ('0161 496', 0, 4),
                ('028 9649', 6, 4), ('029 2018', 0, 4), ('07700 900', 0, 3)]
WORDKEEPS = ['will', 'mark', 'bill', 'grant', 'hope', 'may', 'frost', 'field', 'banks', 'green', 'rose', 'fox']


def mpan_check(d12):
    return str(sum(int(a) * p for a, p in zip(d12, PRIMES)) % 11 % 10)


class Ctx:
    def __init__(self, rng, fname):
        self.r = rng
        self.fname = fname
        self.secrets = []
        self.keeps = []
        self.used_words = set()
        self.people = []

    # ---------- secrets
    def S(self, kind, surface, value=None, words=None):
        self.secrets.append({'kind': kind, 'surface': surface, 'value': value if value is not None else surface,
                             **({'words': words} if words else {})})
        return surface

    def K(self, kind, surface):
        self.keeps.append({'kind': kind, 'surface': surface})
        return surface

    def core(self):
        r = self.r
        d = r.choice(DIP) + ''.join(r.choice(string.digits) for _ in range(10))
        return d + mpan_check(d)

    def mpan(self, form=None):
        c = self.core()
        r = self.r
        form = form or r.choice(['plain', 'plain', 'sp', 'sp2', 'dash'])
        s = {'plain': c, 'sp': f'{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}', 'sp2': f'{c[:2]} {c[2:12]} {c[12]}',
             'dash': f'{c[:2]}-{c[2:6]}-{c[6:10]}-{c[10:]}'}[form]
        return self.S('mpan', s, c)

    def mpan21(self, form=None):
        r = self.r
        c = self.core()
        pc = r.choice(['01', '02', '03', '04', '05', '00'])
        mtc = f'{r.randint(100, 999)}'
        llf = f'{r.randint(100, 999)}'
        form = form or r.choice(['line', 'plain', 'slash'])
        s = {'line': f'{pc} {mtc} {llf} {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}', 'plain': pc + mtc + llf + c,
             'slash': f'S {pc} {mtc} {llf} / {c[:2]} {c[2:6]} {c[6:10]} {c[10:]}'}[form]
        return self.S('mpan21', s, pc + mtc + llf + c)

    def mprn(self):
        r = self.r
        n = r.choice([7, 8, 9, 10, 10, 10])
        v = str(r.randint(1, 9)) + ''.join(r.choice(string.digits) for _ in range(n - 1))
        return self.S('mprn', v)

    def esn(self, lower=False):
        r = self.r
        shape = r.choice(['A', 'B', 'C', 'D', 'E'])
        yy = f'{r.randint(5, 24):02d}'
        if shape == 'A':
            v = f'{r.choice("KLSZDE")}{yy}{r.choice(string.ascii_uppercase)}{r.randint(0, 99999):05d}'
        elif shape == 'B':
            v = f'{yy}{r.choice("PLKM")}{r.randint(0, 9999999):07d}'
        elif shape == 'C':
            v = f'E{yy}{r.choice(["UP", "BN", "ZE"])}{r.randint(0, 999999):06d}'
        elif shape == 'D':
            v = f'Z{yy}N{r.randint(0, 999999):06d}'
        else:
            v = f'L{yy}{r.choice("ABC")}{r.randint(0, 9999999):07d}'
        s = v.lower() if lower else v
        return self.S('esn', s, v)

    def gsn(self, lower=False):
        r = self.r
        shape = r.choice(['E6S', 'G4K', 'SSG', 'U6', 'BKG'])
        if shape == 'E6S':
            v = f'E6S{r.randint(0, 99999999):08d}{r.randint(15, 24)}'
        elif shape == 'G4K':
            v = f'G4K{r.randint(0, 99999999):08d}'
        elif shape == 'SSG':
            v = f'SSG{r.randint(0, 9999999):07d}'
        elif shape == 'U6':
            v = f'{r.randint(0, 99):02d}U6{r.randint(0, 999999):06d}'
        else:
            v = f'{r.randint(0, 99999999):08d}G4'
        s = v.lower() if lower else v
        return self.S('gsn', s, v)

    def eui(self, form=None):
        r = self.r
        b = [r.choice(['00', '70', 'D0', 'BC']), r.choice(['1B', 'B3', '0D', '5C'])] + \
            [f'{r.randint(0, 255):02X}' for _ in range(6)]
        v = ''.join(b)
        form = form or r.choice(['dash', 'colon', 'plain', 'lower', 'space'])
        s = {'dash': '-'.join(b), 'colon': ':'.join(x.lower() for x in b), 'plain': v, 'lower': v.lower(),
             'space': ' '.join(b)}[form]
        return self.S('eui64', s, v)

    def person(self, form='full'):
        r = self.r
        while True:
            f, l = r.choice(FIRST), r.choice(LAST)
            if f.lower() not in self.used_words and l.lower() not in self.used_words:
                break
        self.used_words |= {f.lower(), l.lower()}
        self.people.append((f, l))
        return f, l

    def name(self, form=None):
        f, l = self.person()
        r = self.r
        form = form or r.choice(['full', 'full', 'full', 'title', 'rev', 'lower', 'initial'])
        t = r.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'])
        s = {'full': f'{f} {l}', 'title': f'{t} {f} {l}', 'rev': f'{l.upper()}, {f}', 'lower': f'{f} {l}'.lower(),
             'initial': f'{t} {f[0]}. {l}'}[form]
        words = [w for w in (f + ' ' + l).replace("'", ' ').replace('-', ' ').split() if len(w) >= 3]
        if form == 'initial':
            words = [w for w in l.replace("'", ' ').replace('-', ' ').split() if len(w) >= 3]
        return self.S('name', s, f'{f} {l}', words)

    def first_last(self, title=None):
        f, l = self.person()
        full = self.S('name', f'{title + " " if title else ""}{f} {l}', f'{f} {l}',
                      [w for w in (f + ' ' + l).replace("'", ' ').replace('-', ' ').split() if len(w) >= 3])
        return f, l, full

    def fname_only(self, f):
        return self.S('name', f, f, [f] if len(f) >= 3 else None)

    def lname_only(self, l, title):
        s = f'{title} {l}'
        return self.S('name', s, l, [w for w in l.replace("'", ' ').replace('-', ' ').split() if len(w) >= 3])

    def pc(self, town=None, form=None):
        r = self.r
        if town is None:
            town = r.choice(TOWNS)
        out = town[1]
        inward = f'{r.randint(0, 9)}{r.choice("ABDEFGHJLNPQRSTUWXYZ")}{r.choice("ABDEFGHJLNPQRSTUWXYZ")}'
        if out == 'SW1A':
            inward = '1AA' if r.random() < .3 else inward
        form = form or r.choice(['std', 'std', 'std', 'nosp', 'lower'])
        v = f'{out} {inward}'
        s = {'std': v, 'nosp': out + inward, 'lower': v.lower()}[form]
        return s, v

    def postcode(self, form=None):
        s, v = self.pc(form=form)
        return self.S('postcode', s, v)

    def addr(self, sep=', ', with_pc=True, flat=False, lower=False):
        r = self.r
        town = r.choice(TOWNS)
        while town[0].lower() in self.used_words:
            town = r.choice(TOWNS)
        st = r.choice(STREETS)
        while st.lower() in self.used_words:
            st = r.choice(STREETS)
        self.used_words |= {town[0].lower(), st.lower()}
        num = r.choice([str(r.randint(1, 180)), str(r.randint(1, 60)) + r.choice('ab'), r.choice(HOUSENAMES)])
        head = (f'Flat {r.randint(1, 12)}, ' if flat else '') + num
        parts = [f'{head} {st}' if num[0].isdigit() else f'{head}{sep}{st}', town[0]]
        s = sep.join(parts)
        if lower:
            s = s.lower()
        words = [w for w in (st + ' ' + town[0] + ' ' + (num if not num[0].isdigit() else '')).split()
                 if len(w) >= 3 and w.lower() not in GENERIC]
        self.S('address', s, s, words)
        if with_pc:
            ps, pv = self.pc(town=town)
            if lower:
                ps = ps.lower()
            self.S('postcode', ps, pv)
            return s + sep + ps
        return s

    def phone(self, form=None):
        r = self.r
        pre, mid, n = r.choice(PHONE_BLOCKS)
        if pre == '01632':
            tail = f'960{r.randint(0, 999):03d}'
            v = f'01632 {tail}'
        elif pre == '07700 900':
            v = f'07700 900{r.randint(0, 999):03d}'
        elif pre == '028 9649':
            v = f'028 9649 6{r.randint(0, 999):03d}'
        elif pre == '029 2018':
            v = f'029 2018 {r.randint(0, 999):04d}'
        else:
            v = f'{pre} {r.randint(0, 999):04d}'
        digits = v.replace(' ', '')
        form = form or r.choice(['std', 'std', 'plain', 'intl', 'intl2'])
        s = {'std': v, 'plain': digits, 'intl': '+44 ' + v[1:], 'intl2': '+44(0)' + digits[1:]}[form]
        return self.S('phone', s, digits)

    def email(self, f=None, l=None):
        r = self.r
        if f is None:
            f, l = self.person()
        base = r.choice([f'{f}.{l}', f'{f[0]}{l}', f'{f}{r.randint(1, 99)}', f'{l}.{f[0]}'])
        base = ''.join(ch for ch in base.lower() if ch.isascii() and (ch.isalnum() or ch == '.'))
        dom = r.choice(['example.com', 'example.org', 'example.net', 'mail.example.com', 'example.co.uk'])
        s = f'{base}@{dom}'
        return self.S('email', s, s)

    def acct(self, form=None):
        r = self.r
        form = form or r.choice(['digits', 'pref', 'dash', 'alpha'])
        n = ''.join(r.choice(string.digits) for _ in range(8))
        s = {'digits': r.choice('123456789') + n[:9], 'pref': 'A' + n, 'dash': f'{n[:4]}-{n[4:]}',
             'alpha': f'CUS{n}'}[form]
        return self.S('account', s, s)

    # ---------- keeps
    def tc(self):
        r = self.r
        return self.K('testcase', r.choice([f'TC-MHHS-{r.randint(1, 999):04d}', f'SIT-E2E-{r.randint(1, 300):03d}',
                                            f'UIT-LDSO-{r.randint(1, 99):02d}', f'QT-{r.randint(100, 999)}-{r.randint(1, 9)}']))

    def msg(self):
        r = self.r
        return self.K('msgtype', r.choice(['D0010', 'D0036', 'D0275', 'D0004', 'D0086', 'D0150', 'D0149', 'D0052',
                                           'IF-031', 'IF-021', 'IF-036', 'PUB-041', 'SR 8.2', 'SR 4.1.1', 'ONJOB', 'UMSO']))

    def ref(self):
        return self.K('mpanref', f'MPAN-REF-{self.r.randint(1, 99):02d}')

    def uid(self):
        return self.K('uuid', str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def ts(self):
        r = self.r
        return self.K('timestamp', f'2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:'
                                   f'{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z')

    def ver(self):
        r = self.r
        return self.K('version', f'v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}')

    def amt(self):
        r = self.r
        return self.K('amount', f'£{r.randint(1, 4999)}.{r.randint(0, 99):02d}')

    def read(self):
        r = self.r
        return self.K('reading', f'{r.randint(100, 99999)}.{r.randint(0, 9)} kWh')

    def ticket(self):
        r = self.r
        return self.K('ticket', r.choice([f'INC{r.randint(0, 9999999):07d}', f'MHHS-{r.randint(100, 9999)}',
                                          f'DEF-{r.randint(1000, 99999)}', f'CHG{r.randint(0, 999999):06d}',
                                          f'RITM{r.randint(0, 9999999):07d}']))

    def dipid(self):
        r = self.r
        return self.K('dipid', f'DIP-{r.choice(["SUP", "LDSO", "MDS", "ADS"])}-{r.randint(1000, 9999)}')

    def word(self):
        r = self.r
        for _ in range(20):
            w = r.choice(WORDKEEPS)
            if w not in self.used_words:
                self.used_words.add(w)
                return self.K('word', w)
        return self.K('word', 'meter')


GENERIC = {'road', 'street', 'lane', 'close', 'avenue', 'drive', 'way', 'the', 'flat', 'house', 'crescent', 'place',
           'gardens', 'walk', 'row', 'terrace', 'mews', 'view', 'bank', 'side', 'hill', 'rise', 'approach'}

from genres import GENRES  # noqa: E402


def encode(text, enc, nl):
    if nl == 'crlf':
        text = text.replace('\n', '\r\n')
    m = {'utf-8': ('utf-8', b''), 'utf-8-bom': ('utf-8', b'\xef\xbb\xbf'),
         'utf-16-le-bom': ('utf-16-le', b'\xff\xfe'), 'utf-16-be-bom': ('utf-16-be', b'\xfe\xff'),
         'utf-16-le': ('utf-16-le', b''), 'utf-16-be': ('utf-16-be', b''),
         'utf-32-le-bom': ('utf-32-le', b'\xff\xfe\x00\x00'), 'utf-32-be': ('utf-32-be', b''),
         'utf-32-le': ('utf-32-le', b'')}
    codec, bom = m[enc]
    return bom + text.encode(codec)


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = {}
    encs16 = ['utf-16-le-bom', 'utf-16-be-bom', 'utf-16-le', 'utf-16-be', 'utf-32-le-bom', 'utf-32-be', 'utf-32-le']
    idx = 0
    plan = []
    for gname, (fn, ext) in GENRES.items():
        for i in range(4):
            plan.append((gname, fn, ext, i))
    for gname, fn, ext, i in plan:
        idx += 1
        fname = f'{idx:03d}_{gname}_{i}.{ext}'
        c = Ctx(random.Random(f'{SEED}-{fname}'), fname)
        text = fn(c)
        x = rng.random()
        enc = 'utf-8'
        if x < 0.16:
            enc = encs16[idx % len(encs16)]
        elif x < 0.22:
            enc = 'utf-8-bom'
        nl = 'crlf' if rng.random() < 0.2 else 'lf'
        if text.count('\n') < 1:
            text += '\n'
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(encode(text, enc, nl))
        truth[fname] = {'genre': gname, 'encoding': enc, 'newline': nl, 'secrets': c.secrets, 'keeps': c.keeps}
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    ns = sum(len(v['secrets']) for v in truth.values())
    nk = sum(len(v['keeps']) for v in truth.values())
    print(f'{len(truth)} files, {len(GENRES)} genres, {ns} secrets, {nk} keeps')


if __name__ == '__main__':
    main()
