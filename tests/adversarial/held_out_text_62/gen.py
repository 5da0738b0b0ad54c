#!/usr/bin/env python3
"""Generate held-out TEXT corpus for issue 12 (helper-62). Deterministic (seed 4062)."""
import base64, binascii, json, os, random, urllib.parse, quopri, html

R = random.Random(4062)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')
os.makedirs(OUT, exist_ok=True)
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
USED = set()

def uniq(f):
    for _ in range(1000):
        v = f()
        if v not in USED:
            USED.add(v); return v
    raise RuntimeError

def mpan_core():
    def f():
        d = [int(c) for c in R.choice(['10','11','12','13','14','15','16','17','18','19','20','21','22','23'])] + [R.randint(0,9) for _ in range(10)]
        c = sum(a*b for a, b in zip(d, PRIMES)) % 11 % 10
        return ''.join(map(str, d)) + str(c)
    return uniq(f)

def mpan_bad_check(core):
    c = (int(core[-1]) + R.randint(1, 9)) % 10
    return core[:-1] + str(c)

def mprn():
    return uniq(lambda: R.choice('34789') + ''.join(R.choice('0123456789') for _ in range(9)))

def eserial():
    shapes = [lambda: f"{R.randint(10,24)}{R.choice('KLPEJ')}{R.randint(1000000,9999999)}",
              lambda: f"S{R.randint(10,99)}{R.choice('ABCDEK')}{R.randint(100000,999999)}",
              lambda: f"E6S{R.randint(10000000000,99999999999)}",
              lambda: f"K{R.randint(10,99)}{R.choice('ABC')}{R.randint(10000,99999)}X"]
    return uniq(lambda: R.choice(shapes)())

def gserial():
    shapes = [lambda: f"G4{R.choice('AKPSE')}{R.randint(10000000,99999999)}{R.randint(10,24)}",
              lambda: f"E6E{R.randint(10000000000,99999999999)}",
              lambda: f"{R.randint(10,24)}M{R.randint(1000000,9999999)}",
              lambda: f"G6{R.choice('UWT')}{R.randint(1000000,9999999)}"]
    return uniq(lambda: R.choice(shapes)())

def eui():
    oui = R.choice(['00-1B-C5', '70-B3-D5', '00-24-B1', 'BC-33-AC', 'D0-52-A8', '00-0D-6F'])
    return uniq(lambda: oui + '-' + '-'.join(f"{R.randint(0,255):02X}" for _ in range(5)))

PCS = ['LS6 2QT', 'CF10 3NQ', 'B15 2TT', 'M14 5RG', 'EH9 1PR', 'NE2 4HH', 'BS8 1TH', 'SA1 8EN', 'PL4 6AB', 'YO31 7EW',
       'G12 8QQ', 'NR2 3DZ', 'DN35 8LB', 'TR1 2HU', 'LL57 2DG', 'SY23 3BU', 'HU5 2SQ', 'EX4 4QJ', 'CV4 7AL', 'OX4 1RE',
       'L17 8XY', 'SK17 6AF', 'DH1 3LE', 'KT2 7LB', 'BN2 0JY', 'IV2 3PB', 'AB24 3FX', 'DD1 4HN', 'PE30 1DB', 'TQ1 2JN',
       'WR14 3EG', 'HR4 9BA', 'CA3 8QW', 'LA1 4YW', 'FY1 5AA', 'ST4 2DE', 'DE22 1GB', 'NG7 2RD', 'S10 2TN', 'WF1 2EB']
PC_I = [0]
def postcode():
    p = PCS[PC_I[0] % len(PCS)]
    if PC_I[0] >= len(PCS):
        out, inn = p.split(); p = out[:-1] + str((int(out[-1]) + PC_I[0] // len(PCS)) % 10) + ' ' + inn[0] + chr(65 + (PC_I[0] % 20)) + inn[2]
    PC_I[0] += 1
    return uniq(lambda: p) if p not in USED else uniq(lambda: p[:-1] + R.choice('ABDEFGHJLNPQRSTUWXYZ'))

FIRST = ['Siobhan', 'Gwenllian', 'Tobias', 'Oluwaseun', 'Ffion', 'Lachlan', 'Marguerite', 'Eilidh', 'Ruaridh', 'Temperance',
         'Cressida', 'Aurelio', 'Bronwen', 'Caoimhe', 'Dafydd', 'Ekaterina', 'Fenella', 'Horatio', 'Iolanthe', 'Jocasta',
         'Keziah', 'Leofric', 'Morwenna', 'Nkechi', 'Ottoline', 'Peregrine', 'Quentin', 'Rosalind', 'Saoirse', 'Tamsin',
         'Ulrika', 'Valentina', 'Wilfred', 'Xanthe', 'Yevgeny', 'Zenobia', 'Anwen', 'Barnaby', 'Clementine', 'Dervla',
         'Evander', 'Fitzroy', 'Gethin', 'Henrietta', 'Ignatius', 'Juniper', 'Kingsley', 'Lucinda', 'Mairead', 'Nerys']
SUR = ['Ferreira-Okafor', 'ap Rhys', 'de la Cour', 'Vaughan-Pryce', "O'Sullivan", 'Ní Bhriain', 'van der Merwe', 'MacAskill',
       'Featherstonehaugh', 'Abernethy', 'Cholmondeley', 'Quarshie', 'Lloyd-Ellis', 'St John-Mildmay', 'Fitzwilliam', 'Okonkwo',
       'Penhaligon', 'Trevelyan', 'Wojciechowski', 'Baptiste-Harwood', "D'Arcy", 'Ó Faoláin', 'von Trapp-Ellery', 'Kaczmarek',
       'Braithwaite', 'Ruddlesden', 'Oyelaran', 'Mac an tSaoir', 'Llewellyn-Bowen', 'Attenborough', 'Pemberton-Shaw', 'Kowalczyk',
       'Nwachukwu', 'Hetherington', 'Le Mesurier', 'du Maurier', 'Ramaswamy', 'Sutcliffe', 'Gallacher', 'Tregothnan']
PARTICLES = {'ap', 'de', 'la', 'van', 'der', 'von', 'du', 'le', 'mac', 'an', 'st', 'ní', 'ó'}
def name():
    return uniq(lambda: R.choice(FIRST) + ' ' + R.choice(SUR))

STREETS = ['Quarrington', 'Pennyfarthing', 'Cwrt-y-Felin', 'Wheelwright', 'Blackthorn', 'Gallowtree', 'Marlowe', 'Tinkerbrook',
           'Hollinwood', 'Saltergate', 'Penrhiw', 'Ashbourne', 'Cobblers', 'Throstle', 'Fennimore', 'Lindisfarne', 'Harebell',
           'Kestrel', 'Windermere', 'Bramblewick', 'Hawthornden', 'Coldharbour', 'Larkspur', 'Tregenna', 'Glebeland', 'Nethercott',
           'Brackenbury', 'Sheepwash', 'Millbeck', 'Foxglove', 'Rookery', 'Ropewalk', 'Tanyard', 'Weavers', 'Ffordd-Dewi']
STYPES = ['Road', 'Avenue', 'Close', 'Lane', 'Crescent', 'Street', 'Terrace', 'Way', 'Drive', 'Gardens', 'Mews', 'Row', 'Rise', 'Wynd']
LOCS = ['Headingley', 'Splott', 'Edgbaston', 'Fallowfield', 'Morningside', 'Jesmond', 'Clifton', 'Uplands', 'Mutley', 'Heworth',
        'Hillhead', 'Thorpe Hamlet', 'Cleethorpes', 'Truro', 'Bangor', 'Aberystwyth', 'Newland', 'Pennsylvania', 'Canley', 'Cowley',
        'Aigburth', 'Buxton', 'Gilesgate', 'Kingston', 'Kemptown', 'Inverness', 'Old Aberdeen', 'Broughty Ferry', 'Kings Lynn', 'Torquay']
HOUSE_NAMES = ['Ty Gwyn', 'Rose Cottage', 'The Old Forge', 'Hafod Wen', 'Lilac House', 'The Granary', 'Bryn Awel', 'Fernlea']
def address():
    def f():
        s = R.choice(STREETS); t = R.choice(STYPES); loc = R.choice(LOCS)
        num = R.choice([str(R.randint(1, 240)), f"Flat {R.randint(1,12)}, {R.randint(2,90)}", f"{R.randint(1,99)}a", R.choice(HOUSE_NAMES) + ','])
        return (num, s, t, loc)
    return uniq(f)

def phone():
    return uniq(lambda: R.choice([f"07700 900{R.randint(0,999):03d}", f"0113 496 0{R.randint(0,999):03d}", f"0161 496 0{R.randint(0,999):03d}", f"029 2018 {R.randint(0,9999):04d}"]))

def email(nm):
    first, last = nm.split(' ', 1)
    lp = (first[0] + '.' + ''.join(c for c in last if c.isalpha() and c.isascii())).lower() + str(R.randint(10, 99))
    return lp + '@' + R.choice(['example-mail.co.uk', 'inbox.example.org', 'custmail.example.net'])

# ---------------- keeps -----------------
KEEP_SET = set()
def keep_tok():
    kinds = [
        lambda: f"TC-MHHS-{R.randint(100,9999):04d}", lambda: f"MPAN-REF-{R.randint(1,99):02d}", lambda: f"IF-{R.randint(1,60):03d}",
        lambda: f"PUB-{R.randint(1,60):03d}", lambda: f"DIP-{R.getrandbits(40):010x}", lambda: f"2026-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z",
        lambda: f"v{R.randint(1,9)}.{R.randint(0,30)}.{R.randint(0,99)}", lambda: f"£{R.randint(1,9999):,}.{R.randint(0,99):02d}",
        lambda: f"INV-2026-{R.randint(0,999999):06d}", lambda: f"SR-{R.randint(10000,99999)}", lambda: f"DEF-{R.randint(100,9999)}",
        lambda: f"MSG{R.randint(100000,999999)}", lambda: f"SRV_{R.randint(1,12)}.{R.randint(1,20)}", lambda: f"D{R.randint(10,399):04d}001",
        lambda: f"REQ-{R.getrandbits(32):08x}", lambda: f"BATCH{R.randint(1000,9999)}", lambda: f"UIT-{R.choice('AB')}-{R.randint(10,99)}",
        lambda: f"CR{R.randint(1000,1999)}", lambda: f"IRP{R.randint(500,699)}", lambda: f"PO-{R.randint(4500000,4599999)}",
        lambda: f"MDR-{R.randint(10,99)}-{R.choice(['LIVE','TEST'])}", lambda: f"count={R.randint(1,99999)}",
        lambda: f"SEC-{R.randint(10,99)}.{R.randint(1,9)}", lambda: f"ADO-{R.randint(100000,999999)}", lambda: f"TXN{R.randint(10**9, 10**10-1)}X",
        lambda: f"HH:{R.randint(1,48)}", lambda: f"GSP_{R.choice('ABCDEFGHJKLMNP')}", lambda: f"LLFC-{R.randint(100,999)}",
        lambda: f"CompanyNo{R.randint(1000000,9999999):08d}", lambda: f"VATGB{R.randint(100000000,999999999)}",
    ]
    return uniq(lambda: R.choice(kinds)())

# ---------------- forms -----------------
INVIS = ['\u200b', '\u2063', '\u2066', '\u2069', '\u200e', '\u200f', '\ufe0f', '\u034f', '\u2060', '\u00ad', '\u180e', '\u2067', '\u202a', '\u202c', '\ufeff', '\u200d']
SEPS = ['_', ',', ':', '+', '.', '    ', '/', '\u00b7', '\u2013', '\u2009', '\u202f', '\u00a0', ' - ', '|', '~', '\t']
DIG = {'0': 'zero', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine'}
NATO = {c: w for c, w in zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split())}

def groups(v, sizes=None):
    if sizes is None:
        out, i = [], 0
        while i < len(v):
            n = R.choice([2, 3, 4]); out.append(v[i:i+n]); i += n
        return out
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i+n]); i += n
    if i < len(v): out.append(v[i:])
    return out

def f_invis(v):
    return ''.join(c + (R.choice(INVIS) if i < len(v)-1 and R.random() < 0.5 else '') for i, c in enumerate(v))
def f_sep(v, sep=None):
    return (sep or R.choice(SEPS)).join(groups(v))
def f_fullwidth(v):
    return ''.join(chr(ord(c) + 0xFEE0) if c.isalnum() and c.isascii() else c for c in v)
def f_arabic(v):
    return ''.join(chr(0x660 + int(c)) if c.isdigit() else c for c in v)
def f_deva(v):
    return ''.join(chr(0x966 + int(c)) if c.isdigit() else c for c in v)
def f_mathbold(v):
    return ''.join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in v)
def f_spoken(v):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c.isdigit():
            if i + 2 < len(v) and v[i+1] == c and v[i+2] == c:
                out.append('triple ' + DIG[c]); i += 3; continue
            if i + 1 < len(v) and v[i+1] == c:
                out.append('double ' + (('oh' if R.random() < .5 else 'zero') if c == '0' else DIG[c])); i += 2; continue
            out.append('oh' if c == '0' and R.random() < .5 else DIG[c])
        elif c.isalpha():
            out.append(R.choice([NATO[c.upper()], c.upper() + ' for ' + NATO[c.upper()]]))
        i += 1
    return ' '.join(out)
def f_entity(v):
    return ''.join(R.choice([f"&#{ord(c)};", f"&#x{ord(c):x};", c]) for c in v)
def f_html_split(v):
    g = groups(v)
    tags = ['<b>{}</b>', '<mark>{}</mark>', '{}<wbr>', '<span class="d">{}</span>', '{}&nbsp;', '<!-- x -->{}', '{}&#8203;', '<i>{}</i>']
    return ''.join(R.choice(tags).format(x) for x in g)
def f_b64(v): return base64.b64encode(v.encode()).decode()
def f_hex(v): return v.encode().hex()
def f_pct(v): return ''.join(f"%{ord(c):02X}" for c in v)
def f_qp(v): return ''.join(f"={ord(c):02X}" for c in v)
def f_split_lines(v, prefix):
    g = groups(v, [len(v)//2]) if R.random() < .5 else groups(v, [len(v)//3, len(v)//3])
    return ('\n' + prefix).join(g)
def f_lower_spaced(v):
    return ' '.join(v.lower())
def f_jsonu(v):
    return ''.join(f"\\u{ord(c):04x}" for c in v)
def f_rev_groups(v):  # not an encoding; groups of chars separated by dots e.g. "1 9 0 0"
    return ' '.join(v)

CHAR_FORMS = {
    'plain': lambda v: v, 'invisible': f_invis, 'separator': f_sep, 'fullwidth': f_fullwidth, 'arabic-indic': f_arabic,
    'devanagari': f_deva, 'math-bold': f_mathbold, 'spaced-chars': f_rev_groups,
}

# ---------------- truth -----------------
TRUTH = []
FILES = []
class Item:
    def __init__(self, fname, genre, enc='utf-8'):
        self.f, self.genre, self.enc = fname, genre, enc
        self.ids, self.keeps = [], []
    def id(self, kind, value, surface, form, words=None, optional=False):
        self.ids.append(dict(kind=kind, value=value, surface=surface, form=form, words=words, optional=optional))
        return surface
    def k(self, tok=None):
        t = tok or keep_tok(); self.keeps.append(t); return t
    def keeps_line(self, n=4, sep=' '):
        return sep.join(self.k() for _ in range(n))

def canon_words(parts):
    ws = []
    for p in parts:
        for w in p.replace(',', ' ').replace("'", ' ').split():
            if w.lower() in PARTICLES or len(w) < 3 or w.isdigit() or w.lower() in {'flat', 'the', 'house', 'cottage'}:
                continue
            if w in STYPES: continue
            ws.append(w)
    return ws

def mk_name(it, form='plain'):
    n = name()
    return n, it.id('name', n, n, form, words=canon_words([n]))

def mk_addr(it, form='prose', with_pc=True, pc_form='plain'):
    num, s, t, loc = address()
    pc = postcode() if with_pc else None
    a = f"{num} {s} {t}, {loc}"
    it.id('address', a, a, form, words=canon_words([s, loc]))
    pcs = None
    if pc:
        pcs = pc_surface(pc, pc_form)
        it.id('postcode', pc, pcs, 'postcode-' + pc_form)
    return a, pcs

def pc_surface(pc, form):
    o, i = pc.split()
    return {'plain': pc, 'nbsp': o + '\u00a0' + i, 'double': o + '  ' + i, 'hyphen': o + '-' + i, 'underscore': o + '_' + i,
            'nospace': o + i, 'lower': pc.lower(), 'thin': o + '\u2009' + i, 'fullwidth': f_fullwidth(pc), 'tab': o + '\t' + i,
            'spaced': ' '.join(pc.replace(' ', '')), 'zwsp': o + '\u200b' + i, 'slash': o + '/' + i, 'dot': o + '.' + i}[form]

PC_FORMS = ['plain', 'nbsp', 'double', 'hyphen', 'underscore', 'nospace', 'lower', 'thin', 'fullwidth', 'tab', 'spaced', 'zwsp', 'slash', 'dot']

def mk(it, kind, form=None):
    """Return surface for a fresh identifier of kind in a random or given char form."""
    v = {'mpan': mpan_core, 'mprn': mprn, 'eserial': eserial, 'gserial': gserial, 'eui': eui, 'phone': phone}[kind]()
    canon = v.replace('-', '').replace(' ', '')
    if kind == 'eui':
        form = form or R.choice(['plain', 'colon', 'dot', 'none', '0x', 'lower', 'cisco', 'space', 'invisible', 'fullwidth'])
        h = canon
        surf = {'plain': v, 'colon': v.replace('-', ':'), 'dot': v.replace('-', '.'), 'none': h, '0x': '0x' + h, 'lower': v.lower(),
                'cisco': '.'.join([h[0:4], h[4:8], h[8:12], h[12:16]]).lower(), 'space': v.replace('-', ' '),
                'invisible': f_invis(v), 'fullwidth': f_fullwidth(v)}[form]
    elif kind in ('eserial', 'gserial'):
        form = form or R.choice(['plain', 'lower', 'spaced-chars', 'hyphen', 'invisible', 'separator', 'fullwidth', 'plain'])
        surf = {'plain': v, 'lower': v.lower(), 'spaced-chars': f_lower_spaced(v) if R.random() < .5 else ' '.join(v), 'hyphen': '-'.join(groups(v)),
                'invisible': f_invis(v), 'separator': f_sep(v), 'fullwidth': f_fullwidth(v)}.get(form) or CHAR_FORMS[form](v)
    elif kind == 'phone':
        form = form or R.choice(['plain', 'intl', 'brackets', 'dots', 'nospace', 'invisible'])
        d = canon
        surf = {'plain': v, 'intl': '+44 ' + v[1:], 'brackets': '(' + v.split()[0] + ') ' + ' '.join(v.split()[1:]), 'dots': v.replace(' ', '.'),
                'nospace': d, 'invisible': f_invis(v), 'fullwidth': f_fullwidth(v), 'spoken': f_spoken(d)}.get(form) or CHAR_FORMS[form](d)
    else:
        form = form or R.choice(['plain', 'invisible', 'separator', 'fullwidth', 'arabic-indic', 'spaced-chars', 'plain', 'separator'])
        if form == 'separator':
            surf = f_sep(v)
        elif form in CHAR_FORMS:
            surf = CHAR_FORMS[form](v)
        elif form == 'spoken':
            surf = f_spoken(v)
        elif form == 'mpan-grouped':
            surf = f"{v[:2]} {v[2:6]} {v[6:10]} {v[10:]}"
        else:
            raise KeyError(form)
    it.id(kind, canon if kind != 'phone' else canon, surf, form)
    return surf, v

def mpan21(it, form='plain'):
    core = mpan_core()
    pc = f"{R.randint(1,8):02d}"; mtc = f"{R.choice([801,845,151,500,842]):03d}"; llfc = f"{R.randint(100,999)}"
    full = pc + mtc + llfc + core
    if form == 'plain': s = full
    elif form == 'boxed': s = f"S {pc} {mtc} {llfc}\n  {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
    elif form == 'slash': s = f"{pc}/{mtc}/{llfc}/{core}"
    elif form == 'spaced': s = f"{pc} {mtc} {llfc} {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
    else: s = CHAR_FORMS[form](full)
    it.id('mpan', core, s, 'mpan21-' + form)
    return s, core

def save(it, text):
    path = os.path.join(OUT, it.f)
    enc = it.enc
    if enc == 'utf-8': data = text.encode('utf-8')
    elif enc == 'utf-8-sig': data = text.encode('utf-8-sig')
    elif enc == 'utf-16le-bom': data = b'\xff\xfe' + text.encode('utf-16-le')
    elif enc == 'utf-16be-bom': data = b'\xfe\xff' + text.encode('utf-16-be')
    elif enc == 'utf-16le': data = text.encode('utf-16-le')
    elif enc == 'utf-16be': data = text.encode('utf-16-be')
    elif enc == 'utf-32le-bom': data = b'\xff\xfe\x00\x00' + text.encode('utf-32-le')
    elif enc == 'utf-32le': data = text.encode('utf-32-le')
    elif enc == 'utf-32be': data = text.encode('utf-32-be')
    elif enc == 'cp1252': data = text.encode('cp1252', errors='replace')
    else: raise KeyError(enc)
    open(path, 'wb').write(data)
    TRUTH.append(dict(file=it.f, genre=it.genre, encoding=enc, identifiers=it.ids, keeps=it.keeps))

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'genres.py')).read())

json.dump(TRUTH, open(os.path.join(os.path.dirname(OUT), 'truth.json'), 'w'), indent=1, ensure_ascii=False)
print(len(TRUTH), 'files', sum(len(t['identifiers']) for t in TRUTH), 'ids', sum(len(t['keeps']) for t in TRUTH), 'keeps')
