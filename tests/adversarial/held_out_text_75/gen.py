#!/usr/bin/env python3
"""Held-out text corpus generator (helper-75, ho45). Writes corpus/ and truth.json."""
import base64, binascii, json, os, random, re, quopri, urllib.parse, html, itertools, unicodedata

R = random.Random(4545)
HERE = os.path.dirname(os.path.abspath(__file__))
CORP = os.path.join(HERE, 'corpus')
os.makedirs(CORP, exist_ok=True)

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
USED = set()

def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v); return v

def mpan_core():
    def f():
        d = '%02d' % R.randint(10, 23)
        body = d + ''.join(R.choice('0123456789') for _ in range(10))
        cd = sum(int(c) * p for c, p in zip(body, PRIMES)) % 11 % 10
        return body + str(cd)
    return uniq(f)

def mpan_top():
    return '%02d' % R.choice([1, 2, 3, 4, 5, 8, 0]) + R.choice(['801', '845', '181', '571', '965', '500']) + '%03d' % R.randint(1, 999)

def mprn():
    return uniq(lambda: str(R.randint(1, 9)) + ''.join(R.choice('0123456789') for _ in range(9)))

def eser():
    return uniq(lambda: R.choice(['%02d' % R.randint(10, 25) + R.choice('KLMPQ') + '%07d' % R.randint(0, 9999999),
                                  'E' + '%02d' % R.randint(10, 25) + R.choice('ZKP') + '%06d' % R.randint(0, 999999),
                                  'S1' + R.choice('ABK') + '%07d' % R.randint(0, 9999999),
                                  'K' + '%02d' % R.randint(1, 9) + 'A' + '%06d' % R.randint(0, 999999)]))

def gser():
    return uniq(lambda: R.choice(['G4' + R.choice('AKSE') + '%08d' % R.randint(0, 99999999),
                                  'E6S' + '%08d' % R.randint(0, 99999999) + '%02d' % R.randint(10, 25),
                                  'G6' + R.choice('KS') + '%07d' % R.randint(0, 9999999) + R.choice('ABCDEF'),
                                  '%08d' % R.randint(10000000, 99999999) + R.choice(['U6', 'G4', 'U16'])]))

def eui():
    return uniq(lambda: R.choice(['00-1B-2C', '70-B3-D5', 'BC-34-00', '00-0D-6F', 'D0-52-A8']).replace('-', '') +
                ''.join(R.choice('0123456789ABCDEF') for _ in range(10)))

def phone():
    return uniq(lambda: R.choice(['07700 9%05d' % R.randint(0, 99999), '07%03d %06d' % (R.randint(400, 999), R.randint(0, 999999)),
                                  '0113 496 %04d' % R.randint(0, 9999), '020 7946 %04d' % R.randint(0, 9999),
                                  '01632 %06d' % R.randint(0, 999999), '0161 496 %04d' % R.randint(0, 9999)]))

FIRST = ['Siân', 'Llŷr', 'Aoife', 'Niamh', 'Bartosz', 'Agnieszka', 'Eilidh', 'Ruaridh', 'Tomasz', 'Dafydd', 'Ffion', 'Oisín',
         'Grainne', 'Morwenna', 'Hamish', 'Kwabena', 'Adaeze', 'Priyanka', 'Gurpreet', 'Rhodri', 'Ceridwen', 'Fenella',
         'Torquil', 'Ysolde', 'Peregrine', 'Marguerite', 'Cosmo', 'Leontyne', 'Anwen', 'Seren', 'Euan', 'Isla', 'Callum',
         'Mairead', 'Padraig', 'Saoirse', 'Wojciech', 'Zofia', 'Małgorzata', 'Ifeoma', 'Chidera', 'Tariq', 'Yasmin',
         'Rosalind', 'Barnaby', 'Octavia', 'Ottilie', 'Crispin', 'Jago', 'Tamsin', 'Kerensa', 'Lowenna', 'Demelza',
         'Branwen', 'Gethin', 'Iestyn', 'Nerys', 'Catrin', 'Deiniol', 'Ffraid', 'Eluned', 'Emrys', 'Hywel', 'Idris',
         'Ieuan', 'Lowri', 'Meinir', 'Olwen', 'Rhiannon', 'Sioned', 'Tegwen', 'Wynfor', 'Aled', 'Bethan', 'Carys',
         'Dilys', 'Elin', 'Gwenllian', 'Heledd', 'Mabli', 'Osian', 'Ruairí', 'Ciarán', 'Fionnuala', 'Eithne', 'Declan',
         'Fergal', 'Orla', 'Ronan', 'Sinéad', 'Tadhg', 'Una', 'Ailsa', 'Fraser', 'Morag', 'Lachlan', 'Kirsty', 'Struan',
         'Iona', 'Calum', 'Finlay', 'Rory', 'Shona', 'Thelonius', 'Augustin', 'Bronagh', 'Clodagh', 'Dervla', 'Eamon',
         'Jadwiga', 'Krzysztof', 'Radosław', 'Bogusława', 'Przemysław', 'Ngozi', 'Obinna', 'Oluwaseun', 'Chiamaka',
         'Harpreet', 'Manjit', 'Sukhwinder', 'Rajinder', 'Lakshmi', 'Anjali', 'Deepika', 'Vikram', 'Arjun', 'Ravindra']
SUR = ['Ó Briain', 'ap Llywelyn', 'Wiśniewska', 'Fforde-Pritchard', 'de la Mare', 'van der Westhuizen', "O'Driscoll",
       'MacGillivray', 'Featherstonehaugh', 'Cholmondeley', 'Ní Bhriain', 'Mac an tSaoi', 'Brzęczyszczykiewicz',
       'Vaughan-Thomas', 'Llewellyn-Bowen', 'St John-Smythe', 'Okonkwo-Baptiste', 'Chaudhry', 'Sandhu', 'Grewal',
       'Penhaligon', 'Trelawny', 'Tregothnan', 'Polglase', 'Nancarrow', 'Pengelly', 'Rowe-Hosking', 'Kowalczyk',
       'Zieliński', 'Wójcik', 'Dąbrowska', 'Kamińska', 'Lewandowski', 'Szymańska', 'Mhic Aoidh', 'Ua Buachalla',
       'Fitzwarren', 'Carrington-Lowe', 'Haverstock', 'Quenby', 'Ravenscroft', 'Sotheby-Kerr', 'Tyrwhitt', 'Urquhart',
       'Abernethy', 'Buchanan-Strang', 'Drummond-Hay', 'Farquharson', 'Menzies', 'Ogilvy', 'Strachan', 'Auchinleck',
       'le Fanu', 'du Maurier', 'di Stefano', "D'Arcy", 'von Trapp', 'ter Horst', 'Ap Rhys', 'Pryce-Jenkins',
       'Gwilym', 'Iorwerth', 'Madoc', 'Parry-Williams', 'Bevan', 'Prydderch', 'Cadwaladr', 'Glyndŵr', 'Maddocks',
       'Adeyemi', 'Oyelaran', 'Nwachukwu', 'Balogun', 'Mensah', 'Boateng', 'Asante', 'Oduya', 'Kaur-Bhatti', 'Sidhu',
       'Dhillon', 'Bhattacharya', 'Venkataraman', 'Raghunathan', 'Krishnamurthy', 'Subramanian', 'Ghosh-Dastidar',
       'Hollingsworth', 'Wolstenholme', 'Ramsbottom', 'Higginbottom', 'Sidebottom', 'Oddie', 'Pickersgill', 'Micklethwaite',
       'Ackroyd', 'Sugden', 'Throssell', 'Blenkinsop', 'Dunwoody', 'McIlwaine', 'Gallagher', 'Ó Súilleabháin',
       'Mac Giolla Phádraig', 'Ní Dhomhnaill', 'Nic Gearailt', 'Breathnach', 'Ó Conchúir', 'Ó Gallchóir', 'Ó Raghallaigh']
STREETN = ['Thornbury', 'Pendlebury', 'Whitecairns', 'Cwmdonkin', 'Heol Gwyrosydd', 'Brynhyfryd', 'Tregenna', 'Penmorvah',
           'Lanyon', 'Tremayne', 'Ballinamore', 'Ardnagrask', 'Kilwinning', 'Auchtermuchty', 'Sauchiehall', 'Glenmavis',
           'Strathcona', 'Inchmurrin', 'Garthdee', 'Kittybrewster', 'Mastrick', 'Sheddocksley', 'Cults', 'Bieldside',
           'Featherbed', 'Goosepool', 'Haverigg', 'Ulverscroft', 'Wragby', 'Quorndon', 'Rothley', 'Cossington', 'Sileby',
           'Barkby', 'Thurmaston', 'Wymeswold', 'Hoton', 'Prestwold', 'Burton Bandalls', 'Sutton Bonington', 'Kegworth',
           'Lockington', 'Hemington', 'Castle Donington', 'Diseworth', 'Belton', 'Osgathorpe', 'Thringstone', 'Swannington',
           'Coleorton', 'Pegg', 'Wilsthorpe', 'Ockbrook', 'Borrowash', 'Spondon', 'Chaddesden', 'Breadsall', 'Morley',
           'Smalley', 'Horsley Woodhouse', 'Denby', 'Kilburn', 'Holbrook', 'Belper', 'Ambergate', 'Crich', 'Fritchley',
           'Bullbridge', 'Codnor', 'Loscoe', 'Heanor', 'Langley Mill', 'Eastwood', 'Brinsley', 'Underwood', 'Selston',
           'Jacksdale', 'Pye Bridge', 'Ironville', 'Riddings', 'Somercotes', 'Leabrooks', 'Alfreton', 'Swanwick',
           'Pentrich', 'Ripley', 'Waingroves', 'Marehay', 'Openwoodgate', 'Lower Hartshay', 'Nether Heage', 'Bowmer',
           'Whatstandwell', 'Wirksworth', 'Bolehill', 'Cromford', 'Scarthin', 'Bonsall', 'Slaley', 'Ible', 'Grangemill',
           'Aldwark', 'Brassington', 'Longcliffe', 'Parwich', 'Alsop', 'Tissington', 'Fenny Bentley', 'Thorpe Cloud',
           'Ilam', 'Blore', 'Swinscoe', 'Calton', 'Waterhouses', 'Grindon', 'Onecote', 'Bradnop', 'Cheddleton']
STYPE = ['Road', 'Street', 'Avenue', 'Crescent', 'Close', 'Lane', 'Terrace', 'Gardens', 'Way', 'Drive', 'Grove', 'Place',
         'Walk', 'Mews', 'Rise', 'Row', 'Court', 'Square', 'Parade', 'Hill', 'View', 'Wynd', 'Brae', 'Vennel']
TOWNS = ['Llanfyllin', 'Machynlleth', 'Aberaeron', 'Penrhyndeudraeth', 'Kirkcudbright', 'Auchterarder', 'Tobermory',
         'Lostwithiel', 'Mousehole', 'Padstow', 'Bodmin', 'Launceston', 'Ballycastle', 'Enniskillen', 'Cookstown',
         'Ashby-de-la-Zouch', 'Market Harborough', 'Bishops Stortford', 'Saffron Walden', 'Much Wenlock',
         'Church Stretton', 'Cleobury Mortimer', 'Ledbury', 'Kington', 'Presteigne', 'Knighton', 'Rhayader',
         'Llanidloes', 'Newtown', 'Welshpool', 'Oswestry', 'Ellesmere', 'Wem', 'Whitchurch', 'Nantwich', 'Sandbach',
         'Congleton', 'Macclesfield', 'Bollington', 'Poynton', 'Buxton', 'Chapel-en-le-Frith', 'Glossop', 'Hayfield',
         'Castleton', 'Hathersage', 'Bakewell', 'Matlock', 'Ashbourne', 'Uttoxeter', 'Cheadle', 'Leek', 'Biddulph',
         'Kidsgrove', 'Alsager', 'Crewe', 'Middlewich', 'Northwich', 'Frodsham', 'Helsby', 'Neston', 'Ellesmere Port']
OUTWARD = ['LD', 'SY', 'HR', 'KA', 'PH', 'PA', 'TR', 'PL', 'BT', 'LE', 'CM', 'CB', 'TF', 'WV', 'CW', 'SK', 'DE', 'ST', 'NG',
           'S', 'M', 'B', 'G', 'L', 'E', 'N', 'W', 'EH', 'AB', 'IV', 'CF', 'SA', 'LL', 'NP', 'EC', 'SW', 'SE', 'NW']

def postcode():
    def f():
        o = R.choice(OUTWARD)
        o += str(R.randint(1, 29))
        if len(o) <= 3 and R.random() < 0.2 and o[0] in 'EWN':
            o += R.choice('ABCW')
        return o + ' ' + str(R.randint(0, 9)) + R.choice('ABDEFGHJLNPQRSTUWXYZ') + R.choice('ABDEFGHJLNPQRSTUWXYZ')
    return uniq(f)

NAMEPOOL = None
def person():
    global NAMEPOOL
    if not NAMEPOOL:
        NAMEPOOL = [(f, s) for f in FIRST for s in SUR]; R.shuffle(NAMEPOOL)
    while True:
        f, s = NAMEPOOL.pop()
        words = set(w.lower() for w in re.findall(r"[^\W\d_]{3,}", f + ' ' + s))
        if not (words & USED_NAMEWORDS):
            USED_NAMEWORDS.update(words); return f, s
USED_NAMEWORDS = set()

STREETS = None
def address():
    global STREETS
    if not STREETS:
        STREETS = STREETN[:]; R.shuffle(STREETS)
    sn = STREETS.pop()
    st = R.choice(STYPE)
    town = R.choice(TOWNS)
    num = R.choice([str(R.randint(1, 240)), str(R.randint(1, 60)) + R.choice('ab'), 'Flat %d, %d' % (R.randint(1, 12), R.randint(1, 99)),
                    R.choice(['Rose Cottage', 'Ty Gwyn', 'The Old Forge', 'Bryn Awel', 'Hafod', 'Glebe Farm', 'Pen y Bryn']),
                    'Unit %d' % R.randint(1, 30)])
    return num, sn + ' ' + st, town, postcode()

# ------------------------------------------------------------ forms
INV = {'LRM': '\u200e', 'RLM': '\u200f', 'U+2063': '\u2063', 'U+2066': '\u2066', 'U+2069': '\u2069', 'VS16': '\ufe0f',
       'CGJ U+034F': '\u034f', 'ZWSP': '\u200b', 'ZWJ': '\u200d', 'SHY': '\u00ad', 'WJ U+2060': '\u2060', 'ZWNBSP U+FEFF': '\ufeff',
       'U+2068': '\u2068', 'VS1 U+FE00': '\ufe00', 'ALM U+061C': '\u061c'}
SEPS = {'_': '_', ',': ',', ':': ':', '+': '+', '.': '.', '/': '/', 'longspace': '      ', 'tab': '\t', 'NBSP': '\u00a0',
        'thin U+2009': '\u2009', 'en-dash': '\u2013', 'minus U+2212': '\u2212', 'narrow-NBSP U+202F': '\u202f', 'ideographic-space': '\u3000',
        'hyphen': '-', 'dot-space': '. ', 'middot': '\u00b7'}
DIGITS = {'fullwidth': 0xFF10, 'arabic-indic': 0x0660, 'devanagari': 0x0966, 'bengali': 0x09E6, 'math-bold': 0x1D7CE}

def groups(v, kind):
    if kind in ('mpan', 'mpan13x'): return [v[:2], v[2:6], v[6:10], v[10:]]
    if kind == 'mprn': return [v[:4], v[4:7], v[7:]]
    if kind == 'eui': return [v[i:i + 2] for i in range(0, 16, 2)]
    if kind == 'phone': return v.split(' ')
    return [v[:3], v[3:7], v[7:]] if len(v) > 7 else [v]

def conv_digits(s, base):
    return ''.join(chr(base + int(c)) if c.isdigit() else c for c in s)

ENC_FORMS = ['b64', 'hex', 'pct', 'qp', 'entity-dec', 'entity-hex', 'json-u', 'b64url', 'hex-spaced', 'c-escape']

def encode(s, form):
    b = s.encode()
    if form == 'b64': return base64.b64encode(b).decode()
    if form == 'b64url': return base64.urlsafe_b64encode(b).decode().rstrip('=')
    if form == 'hex': return b.hex()
    if form == 'hex-spaced': return ' '.join('%02X' % x for x in b)
    if form == 'pct': return ''.join('%%%02X' % x for x in b)
    if form == 'qp': return ''.join('=%02X' % x for x in b)
    if form == 'entity-dec': return ''.join('&#%d;' % ord(c) for c in s)
    if form == 'entity-hex': return ''.join('&#x%x;' % ord(c) for c in s)
    if form == 'json-u': return ''.join('\\u%04x' % ord(c) for c in s)
    if form == 'c-escape': return ''.join('\\x%02x' % x for x in b)
    raise ValueError(form)

def render(v, kind, form, prefix=''):
    """Render identifier value v (canonical) in a form."""
    g = groups(v, kind)
    if form == 'plain': return v if kind != 'phone' else v.replace(' ', '')
    if form == 'spaced': return ' '.join(g)
    if form == 'dashed': return '-'.join(g)
    if form == 'lower': return v.lower()
    if form == 'lower-dashed': return '-'.join(g).lower()
    if form.startswith('inv:'):
        ch = INV[form[4:]]
        return ch.join(v)
    if form.startswith('inv-group:'):
        ch = INV[form[10:]]
        return ch.join(g)
    if form.startswith('sep:'):
        return SEPS[form[4:]].join(g)
    if form in DIGITS: return conv_digits(v, DIGITS[form])
    if form.startswith('split:'):
        p = form[6:]
        h = len(v) // 2
        return v[:h] + '\n' + p + v[h:]
    if form == 'html:nbsp': return '&nbsp;'.join(g)
    if form == 'html:b': return '<b>' + v[:5] + '</b>' + v[5:]
    if form == 'html:wbr': return '<wbr>'.join(g)
    if form == 'html:mark': return v[:4] + '<mark>' + v[4:9] + '</mark>' + v[9:]
    if form == 'html:span': return ''.join('<span>%s</span>' % x for x in g)
    if form == 'html:shy': return '&shy;'.join(g)
    if form == 'html:comment': return v[:6] + '<!-- x -->' + v[6:]
    if form in ENC_FORMS: return encode(v, form)
    if form == 'eui:colon': return ':'.join(g)
    if form == 'eui:dash-lower': return '-'.join(g).lower()
    if form == 'eui:0x': return '0x' + v
    if form == 'eui:0x-lower': return '0x' + v.lower()
    if form == 'eui:dots': return '.'.join(v[i:i + 4] for i in range(0, 16, 4))
    if form == 'eui:space': return ' '.join(g)
    if form == 'eui:bytes': return ', '.join('0x' + x for x in g)
    if form == 'eui:dashed4': return '-'.join(v[i:i + 4] for i in range(0, 16, 4))
    if form == 'ph:intl': return '+44 ' + v[1:]
    if form == 'ph:intl-nospace': return '+44' + v[1:].replace(' ', '')
    if form == 'ph:0044': return '0044 ' + v[1:]
    if form == 'ph:paren': return '(' + g[0] + ') ' + ' '.join(g[1:])
    if form == 'ph:tel': return 'tel:+44' + v[1:].replace(' ', '')
    if form == 'ph:+44(0)': return '+44 (0)' + v[1:]
    if form == 'ph:dots': return '.'.join(g)
    if form == 'apos': return "'" + v
    if form == 'in-filename': return 'evidence_' + v + '_01.png'
    if form == 'in-url': return 'https://portal.example.energy/meter/' + v + '/history?tab=reads'
    if form == 'glued': return {'mpan': 'MPAN', 'mprn': 'MPRN', 'eser': 'MSN', 'gser': 'GMSN', 'eui': 'GUID'}.get(kind, 'ID') + v
    if form == 'cd-apart': return v[:-1] + ' ' + v[-1]
    if form == 'parens-groups': return '(' + g[0] + ') ' + ' '.join(g[1:])
    if form == 'reqid': return 'REQ-' + v + '-0001'
    if form == 'words':
        W = 'zero one two three four five six seven eight nine'.split()
        return ' '.join(W[int(c)] for c in v)
    raise ValueError(form)

FORMS = {
    'mpan': ['plain', 'spaced', 'dashed', 'inv:LRM', 'inv:RLM', 'inv:U+2063', 'inv:U+2066', 'inv:VS16', 'inv:CGJ U+034F', 'inv:ZWSP',
             'inv:SHY', 'inv:WJ U+2060', 'inv:ZWNBSP U+FEFF', 'inv-group:U+2068', 'inv-group:ZWJ', 'inv:ALM U+061C', 'inv:VS1 U+FE00',
             'sep:_', 'sep:,', 'sep::', 'sep:+', 'sep:.', 'sep:/', 'sep:longspace', 'sep:tab', 'sep:NBSP', 'sep:thin U+2009',
             'sep:en-dash', 'sep:minus U+2212', 'sep:narrow-NBSP U+202F', 'sep:ideographic-space', 'sep:dot-space', 'sep:middot',
             'fullwidth', 'arabic-indic', 'devanagari', 'bengali', 'math-bold',
             'split:> ', 'split:# ', 'split:// ', 'split:-- ', 'split:', 'split:>> ', 'split:; ', 'split:* ', 'split:| ', 'split:% ',
             'b64', 'hex', 'pct', 'qp', 'entity-dec', 'entity-hex', 'json-u', 'b64url', 'hex-spaced', 'c-escape',
             'apos', 'in-filename', 'in-url', 'glued', 'cd-apart', 'parens-groups', 'reqid'],
    'mprn': ['plain', 'spaced', 'dashed', 'inv:LRM', 'inv:U+2063', 'inv:ZWSP', 'sep:_', 'sep:.', 'sep:longspace', 'sep:NBSP',
             'fullwidth', 'split:> ', 'split:# ', 'b64', 'hex', 'pct', 'entity-dec', 'json-u', 'arabic-indic', 'sep:,'],
    'eser': ['plain', 'lower', 'spaced', 'dashed', 'lower-dashed', 'inv:ZWSP', 'inv:RLM', 'sep:_', 'sep:.', 'fullwidth', 'split:> ',
             'b64', 'hex', 'pct', 'entity-hex', 'json-u', 'in-filename', 'glued'],
    'gser': ['plain', 'lower', 'spaced', 'dashed', 'lower-dashed', 'inv:U+2066', 'inv:WJ U+2060', 'sep:_', 'sep:/', 'fullwidth',
             'split:# ', 'b64', 'hex', 'pct', 'entity-dec', 'json-u'],
    'eui': ['plain', 'eui:colon', 'eui:dash-lower', 'eui:0x', 'eui:0x-lower', 'eui:dots', 'eui:space', 'eui:bytes', 'eui:dashed4',
            'lower', 'sep:_', 'inv:ZWSP', 'split:> ', 'b64', 'hex', 'pct', 'entity-hex', 'json-u', 'fullwidth', 'dashed', 'reqid', 'in-url'],
    'phone': ['spaced', 'plain', 'ph:intl', 'ph:intl-nospace', 'ph:0044', 'ph:paren', 'ph:tel', 'ph:+44(0)', 'ph:dots', 'sep:-',
              'inv:ZWSP', 'b64', 'pct', 'fullwidth', 'sep:_'],
}
SEPS['-'] = '-'
HTML_FORMS = ['html:nbsp', 'html:b', 'html:wbr', 'html:mark', 'html:span', 'html:shy', 'html:comment']
CYC = {k: itertools.cycle(v) for k, v in FORMS.items()}
HCYC = itertools.cycle(HTML_FORMS)

PC_FORMS = ['plain', 'nospace', 'NBSP', 'double', 'hyphen', 'underscore', 'lower', 'lower-nospace', 'tab', 'thin', 'ZWSP-in', 'fullwidth']
PCC = itertools.cycle(PC_FORMS)
def render_pc(pc, form):
    o, i = pc.split(' ')
    return {'plain': pc, 'nospace': o + i, 'NBSP': o + '\u00a0' + i, 'double': o + '  ' + i, 'hyphen': o + '-' + i,
            'underscore': o + '_' + i, 'lower': pc.lower(), 'lower-nospace': (o + i).lower(), 'tab': o + '\t' + i,
            'thin': o + '\u2009' + i, 'ZWSP-in': o + ' ' + i[0] + '\u200b' + i[1:], 'fullwidth': ''.join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in pc)}[form]

NAME_FORMS = ['plain', 'upper', 'lower', 'surname-first', 'initial', 'title', 'upper-surname-first', 'plain', 'ascii']
NFC = itertools.cycle(NAME_FORMS)
def render_name(f, s, form):
    return {'plain': f + ' ' + s, 'upper': (f + ' ' + s).upper(), 'lower': (f + ' ' + s).lower(), 'surname-first': s + ', ' + f,
            'initial': f[0] + '. ' + s, 'title': R.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx']) + ' ' + f + ' ' + s,
            'upper-surname-first': s.upper() + ', ' + f, 'ascii': fold(f + ' ' + s)}[form]

EMAIL_FORMS = ['plain', 'mailto', 'pct-at', 'upper', 'angle', 'obf-at', 'entity-at', 'b64']
EFC = itertools.cycle(EMAIL_FORMS)
DOMAINS = ['btinternet.com', 'outlook.com', 'gmail.com', 'hotmail.co.uk', 'sky.com', 'yahoo.co.uk', 'icloud.com', 'virginmedia.com', 'talktalk.net']

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

# ------------------------------------------------------------ keeps
def kgen(t):
    d = lambda n: ''.join(R.choice('0123456789') for _ in range(n))
    hx = lambda n: ''.join(R.choice('0123456789abcdef') for _ in range(n))
    ts = lambda: '2026-%02d-%02dT%02d:%02d:%02dZ' % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    m = {
        'sts': lambda: ' '.join(d(4) for _ in range(5)),
        'sts_plain': lambda: d(20),
        'rrn': lambda: '-'.join(d(4) for _ in range(5)),
        'uuid': lambda: '%s-%s-%s-%s-%s' % (hx(8), hx(4), '4' + hx(3), R.choice('89ab') + hx(3), hx(12)),
        'ts': ts,
        'date': lambda: '%02d/%02d/2026' % (R.randint(1, 28), R.randint(1, 12)),
        'amount': lambda: '£%d.%02d' % (R.randint(1, 2999), R.randint(0, 99)),
        'bigamount': lambda: '£%d,%03d.%02d' % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
        'version': lambda: 'v%d.%d.%d' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
        'mpanref': lambda: 'MPAN-REF-%02d' % R.randint(1, 99),
        'mprnref': lambda: 'MPRN-REF-%03d' % R.randint(1, 999),
        'company': lambda: '%08d' % R.randint(1000000, 15999999),
        'companysc': lambda: 'SC%06d' % R.randint(100000, 999999),
        'vat': lambda: 'GB %s %s %s' % (d(3), d(4), d(2)),
        'invoice': lambda: 'INV-2026-%06d' % R.randint(0, 999999),
        'mcs': lambda: 'MCS-%08d' % R.randint(0, 99999999),
        'title': lambda: R.choice(['CYM', 'WYK', 'DY', 'LT', 'SYK', 'NGL', 'HD', 'SK']) + d(6),
        'kwh': lambda: '%d.%d kWh' % (R.randint(100, 99999), R.randint(0, 9)),
        'payref': lambda: 'PP-%s-%s-%s' % (d(4), d(4), d(2)),
        'case': lambda: 'TC-%s-%03d' % (R.choice(['SEG', 'FIT', 'PPM', 'EPC', 'HP', 'EVC', 'RTS', 'WHD', 'G99', 'MHHS']), R.randint(1, 999)),
        'sgc': lambda: 'SGC %s' % d(6),
        'order': lambda: 'ORD-%s' % d(7),
        'sha': lambda: hx(7),
        'sha40': lambda: hx(40),
        'ip': lambda: '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        'ms': lambda: '%d ms' % R.randint(3, 9999),
        'txn': lambda: 'TXN%s' % d(12),
        'trace': lambda: hx(32),
        'spanid': lambda: hx(16),
        'dip': lambda: 'DIP-%s' % hx(12).upper(),
        'msgtype': lambda: R.choice(['IF-021', 'IF-033', 'PUB-045', 'SEG-EXP-02', 'FIT-GEN-01', 'PPM-VEND-04', 'EPC-LODGE', 'G99-APP', 'CP12-REC', 'WHD-MATCH-3']),
        'batch': lambda: 'BATCH-2026%02d%02d-%02d' % (R.randint(1, 11), R.randint(1, 28), R.randint(1, 40)),
        'count': lambda: '%d rows' % R.randint(1, 99999),
        'percent': lambda: '%d.%d%%' % (R.randint(0, 99), R.randint(0, 9)),
        'ticket': lambda: 'HO45-%d' % R.randint(1, 9999),
        'ofgem': lambda: 'R%s' % d(7),
        'fitid': lambda: 'FIT%08d-1' % R.randint(0, 99999999),
        'bigint': lambda: d(12),
        'chgid': lambda: 'I' + hx(40),
        'tariff': lambda: R.choice(['E7-STD-', 'EV-NIGHT-', 'SEG-FIX-', 'TOU-']) + d(4),
        'krn': lambda: 'KRN %d' % R.randint(1, 9),
        'ti': lambda: 'TI %02d' % R.randint(1, 99),
        'port': lambda: 'port %d' % R.randint(1024, 65000),
        'coord': lambda: '%.5f' % R.uniform(50, 58),
        'money': lambda: '%d.%02d GBP' % (R.randint(0, 999), R.randint(0, 99)),
        'serialno': lambda: 'SN-%s' % hx(6).upper(),
        'dnoref': lambda: 'G99/%s/%04d' % (R.choice(['ENWL', 'NPG', 'UKPN', 'SPEN', 'SSEN', 'NGED']), R.randint(1, 9999)),
        'cp12': lambda: 'GSR-%s' % d(8),
        'gassafe': lambda: 'Gas Safe reg %s' % d(6),
        'term7': lambda: d(7),
        'term6': lambda: d(6),
        'keyno': lambda: 'KEY-REV-%d' % R.randint(1, 9),
    }
    return m[t]()

KEEP_TYPES = ['sts', 'rrn', 'uuid', 'ts', 'date', 'amount', 'bigamount', 'version', 'mpanref', 'mprnref', 'company', 'companysc', 'vat',
              'invoice', 'mcs', 'title', 'kwh', 'payref', 'case', 'sgc', 'order', 'sha', 'sha40', 'ip', 'ms', 'txn', 'trace', 'spanid',
              'dip', 'msgtype', 'batch', 'count', 'percent', 'ticket', 'ofgem', 'fitid', 'bigint', 'chgid', 'tariff', 'krn', 'ti',
              'coord', 'money', 'serialno', 'dnoref', 'cp12', 'keyno', 'sts_plain']

# ------------------------------------------------------------ item context
class Item:
    def __init__(self, name, genre, html=False):
        self.fname, self.genre, self.html = name, genre, html
        self.ids, self.keeps = [], []
        self.vals = {}

    def _id(self, kind, value, form, score, extra=None):
        e = {'kind': kind, 'value': value, 'form': form, 'score': score}
        if extra: e.update(extra)
        self.ids.append(e)

    def _form(self, fam, form):
        if form: return form
        if self.html and R.random() < 0.45 and fam in ('mpan', 'mprn', 'eser', 'gser'): return next(HCYC)
        return next(CYC[fam])

    def mpan(self, form=None, key=None, kind='mpan'):
        v = self.vals.get(key) if key else None
        if v is None:
            v = mpan_core()
            if key: self.vals[key] = v
        f = self._form('mpan', form)
        s = render(v, 'mpan', f)
        self._id('mpan', v, f, v, {'key': key})
        return s

    def mpan21(self, form=None, key=None, layout='line'):
        core = self.vals.get(key) if key else None
        if core is None:
            core = mpan_core()
            if key: self.vals[key] = core
        top = mpan_top()
        f = form or R.choice(['plain', 'spaced', 'S-box', 'two-line', 'dashed21', 'inv:ZWSP', 'b64', 'pct'])
        full = top + core
        if f == 'plain': s = full
        elif f == 'spaced': s = '%s %s %s %s %s %s %s' % (top[:2], top[2:5], top[5:], core[:2], core[2:6], core[6:10], core[10:])
        elif f == 'S-box': s = 'S | %s | %s | %s |\n  | %s | %s | %s %s |' % (top[:2], top[2:5], top[5:], core[:2], core[2:6] + ' ' + core[6:10], core[10:], '')
        elif f == 'two-line': s = 'S %s %s %s\n  %s %s %s %s' % (top[:2], top[2:5], top[5:], core[:2], core[2:6], core[6:10], core[10:])
        elif f == 'dashed21': s = '-'.join([top[:2], top[2:5], top[5:], core[:2], core[2:6], core[6:10], core[10:]])
        else: s = render(full, 'mpan21', f)
        self._id('mpan21', full, f, core, {'key': key})
        return s

    def mpan13x(self, form=None):
        # 13-digit number whose first 12 form an MPAN core but the check digit is wrong (mistyped), in MPAN context
        v = mpan_core()
        bad = v[:12] + str((int(v[12]) + R.randint(1, 9)) % 10)
        f = form or R.choice(['plain', 'spaced', 'dashed'])
        s = render(bad, 'mpan13x', f)
        self._id('mpan_badcheck', bad, f, bad)
        return s

    def simple(self, fam, gen, form=None, key=None):
        v = self.vals.get(key) if key else None
        if v is None:
            v = gen()
            if key: self.vals[key] = v
        f = self._form(fam, form)
        canon = v.replace(' ', '')
        s = render(v if fam == 'phone' else v, fam, f)
        self._id(fam, canon, f, canon, {'key': key})
        return s

    def mprn(self, form=None, key=None): return self.simple('mprn', mprn, form, key)
    def eser(self, form=None, key=None): return self.simple('eser', eser, form, key)
    def gser(self, form=None, key=None): return self.simple('gser', gser, form, key)
    def eui(self, form=None, key=None): return self.simple('eui', eui, form, key)
    def phone(self, form=None, key=None): return self.simple('phone', phone, form, key)

    def pc(self, form=None, key=None, value=None):
        v = value or (self.vals.get(key) if key else None) or postcode()
        if key: self.vals[key] = v
        f = form or next(PCC)
        self._id('postcode', v, f, v.replace(' ', ''))
        return render_pc(v, f)

    def name(self, form=None, key=None):
        p = self.vals.get(key) if key else None
        if p is None:
            p = person()
            if key: self.vals[key] = p
        f = form or next(NFC)
        s = render_name(p[0], p[1], f)
        words = [w for w in re.findall(r"[^\W\d_]+", p[0] + ' ' + p[1]) if len(w) >= 3 and w.lower() not in ('van', 'der', 'mac', 'nic', 'von', 'ter', 'ní')]
        self._id('name', p[0] + ' ' + p[1], f, None, {'words': words})
        return s

    def email(self, form=None, key=None):
        p = self.vals.get(key) if key else None
        if p is None:
            f0, s0 = person()
            loc = re.sub(r'[^a-z]', '', fold(f0).lower()) + R.choice(['.', '_', '']) + re.sub(r'[^a-z]', '', fold(s0).lower()) + str(R.randint(1, 99))
            p = loc + '@' + R.choice(DOMAINS)
            if key: self.vals[key] = p
        f = form or next(EFC)
        loc, dom = p.split('@')
        s = {'plain': p, 'mailto': 'mailto:' + p, 'pct-at': loc + '%40' + dom, 'upper': p.upper(), 'angle': '<' + p + '>',
             'obf-at': loc + ' [at] ' + dom.replace('.', ' [dot] '), 'entity-at': loc + '&#64;' + dom, 'b64': base64.b64encode(p.encode()).decode()}[f]
        self._id('email', p, f, None, {'words': [loc]})
        return s

    def addr(self, style=None, pcform=None, key=None):
        num, street, town, pc = address()
        style = style or R.choice(['comma', 'lines', 'log', 'upper', 'nocomma', 'pipe'])
        pcs = self.pc(pcform, value=pc)
        if style == 'comma': s = '%s %s, %s, %s' % (num, street, town, pcs)
        elif style == 'lines': s = '%s %s\n%s\n%s' % (num, street, town, pcs)
        elif style == 'log': s = '%s %s %s %s' % (num, street, town, pcs)
        elif style == 'upper': s = ('%s %s, %s' % (num, street, town)).upper() + ' ' + pcs
        elif style == 'nocomma': s = '%s %s %s  %s' % (num, street.lower(), town, pcs)
        else: s = '%s %s | %s | %s' % (num, street, town, pcs)
        sw = [w for w in re.findall(r"[^\W\d_]+", street) if w not in STYPE]
        tw = [w for w in re.findall(r"[^\W\d_]+", town) if w.lower() not in ('de', 'la', 'en', 'le', 'market', 'church', 'much', 'port')]
        self._id('address', '%s %s, %s' % (num, street, town), style, None, {'words': sw + tw})
        return s

    def k(self, t):
        v = kgen(t)
        self.keeps.append({'type': t, 'value': v})
        return v

ITEMS = []

def emit(item, text, enc='utf-8'):
    path = os.path.join(CORP, item.fname)
    if enc == 'utf-8': data = text.encode('utf-8')
    elif enc == 'utf-8-sig': data = b'\xef\xbb\xbf' + text.encode('utf-8')
    elif enc == 'utf-16le-bom': data = b'\xff\xfe' + text.encode('utf-16-le')
    elif enc == 'utf-16be-bom': data = b'\xfe\xff' + text.encode('utf-16-be')
    elif enc == 'utf-16le': data = text.encode('utf-16-le')
    elif enc == 'utf-16be': data = text.encode('utf-16-be')
    elif enc == 'utf-32le-bom': data = b'\xff\xfe\x00\x00' + text.encode('utf-32-le')
    elif enc == 'utf-32le': data = text.encode('utf-32-le')
    elif enc == 'utf-32be': data = text.encode('utf-32-be')
    elif enc == 'cp1252': data = text.encode('cp1252', errors='replace')
    else: raise ValueError(enc)
    with open(path, 'wb') as fh: fh.write(data)
    ITEMS.append({'file': item.fname, 'genre': item.genre, 'encoding': enc, 'ids': item.ids, 'keeps': item.keeps})

from genres import GENRES  # noqa

if __name__ == '__main__':
    ENCS = itertools.cycle(['utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-32le-bom', 'utf-32le', 'utf-32be', 'utf-8-sig', 'utf-16be'])
    n = 0
    for rep in range(5):
        for gname, (fn, ext, html) in GENRES.items():
            n += 1
            USED_NAMEWORDS.clear()
            it = Item('%03d_%s_%d.%s' % (n, gname, rep, ext), gname, html)
            text = fn(it, rep)
            if ext not in ('json',):
                cm = {'yaml': '# ', 'http': '# ', 'diff': '', 'html': '', 'enex': '', 'xfdf': ''}.get(ext, '')
                foot = '%sevidence %s captured %s step %s checksum %s' % (cm, it.k('ticket'), it.k('ts'), it.k('case'), it.k('sha'))
                if ext in ('html', 'enex', 'xfdf'): foot = '<!-- ' + foot + ' -->'
                elif ext == 'diff': foot = ' ' + foot
                text = text + foot + '\n'
            enc = 'utf-8'
            if n % 9 == 4: enc = next(ENCS)
            if gname == 'fixedwidth_u16': enc = 'utf-16le-bom' if rep % 2 == 0 else 'utf-16be'
            emit(it, text, enc)
    json.dump(ITEMS, open(os.path.join(HERE, 'truth.json'), 'w'), ensure_ascii=False, indent=1)
    ni = sum(len(i['ids']) for i in ITEMS); nk = sum(len(i['keeps']) for i in ITEMS)
    print(len(ITEMS), 'files', ni, 'ids', nk, 'keeps')
