"""Identifier factories and form renderers for the helper-71 held-out text corpus."""
import random, base64, binascii, quopri, urllib.parse, unicodedata

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10


def mpan_ok(s):
    return len(s) == 13 and s.isdigit() and 10 <= int(s[:2]) <= 23 and mpan_check(s[:12]) == int(s[12])


class Factory:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.windows = set()
        self.used_words = set()

    def _uniq(self, norm):
        ws = {norm[i:i + 8] for i in range(max(1, len(norm) - 7))}
        if ws & self.windows:
            return False
        self.windows |= ws
        return True

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def mpan(self):
        while True:
            d = '%02d' % self.r.randint(10, 23) + self.digits(10)
            v = d + str(mpan_check(d))
            if self._uniq(v):
                return v

    def top_line(self):
        pc = '%02d' % self.r.choice([1, 2, 3, 4, 5, 8, 0])
        mtc = '%03d' % self.r.choice([801, 845, 181, 151, 393, 500, 855])
        llf = '%03d' % self.r.randint(100, 999)
        return pc, mtc, llf

    def mprn(self):
        while True:
            v = str(self.r.choice([7, 8, 9, 3, 4])) + self.digits(self.r.choice([7, 8, 9]))
            if self._uniq(v):
                return v

    def eserial(self):
        while True:
            shape = self.r.randint(0, 3)
            if shape == 0:
                v = '%02d' % self.r.randint(14, 25) + self.r.choice('PLKEAS') + self.digits(7)
            elif shape == 1:
                v = 'E' + self.r.choice(['10BG', '12Z', '15D', '09K']) + self.digits(6)
            elif shape == 2:
                v = self.r.choice(['K', 'L', 'S', 'A']) + self.digits(2) + self.r.choice('ABCDEFGHJ') + self.digits(6)
            else:
                v = 'EML' + self.digits(9)
            if self._uniq(v.lower()):
                return v

    def gserial(self):
        while True:
            shape = self.r.randint(0, 3)
            if shape == 0:
                v = 'G4' + self.r.choice('ABKSEM') + self.digits(8)
            elif shape == 1:
                v = 'E6E' + self.digits(11)
            elif shape == 2:
                v = 'M0' + self.digits(2) + self.r.choice('ABC') + self.digits(7)
            else:
                v = 'G4K' + self.digits(5) + self.r.choice('ABCD') + self.digits(3)
            if self._uniq(v.lower()):
                return v

    OUIS = ['001BC5', '90FD9F', '70B3D5', 'BC33AC', '000D6F', '0015BC', '00124B', 'D0CF5E', '588E81', '8CF681']

    def eui(self):
        while True:
            v = self.r.choice(self.OUIS) + ''.join(self.r.choice('0123456789ABCDEF') for _ in range(10))
            if self._uniq(v.lower()):
                return v

    OUTWARD = ['LS6', 'M14', 'CF10', 'B29', 'NE4', 'G12', 'EH9', 'BS7', 'NG7', 'SA2', 'LL57', 'DN4', 'HU5',
               'PL4', 'EX2', 'YO10', 'S11', 'L15', 'BT9', 'AB24', 'IV2', 'KA7', 'DD1', 'TR1', 'SY23', 'LD1',
               'W1A', 'EC1V', 'SE15', 'N16', 'E17', 'SW9', 'CR0', 'BN2', 'RG1', 'OX4', 'CB1', 'NR2', 'IP4',
               'LE2', 'DE22', 'ST4', 'WV3', 'CV1', 'HR4', 'GL1', 'TA1', 'BA2', 'SP1', 'PO5', 'SO17', 'CT1']

    def postcode(self):
        while True:
            v = self.r.choice(self.OUTWARD) + ' ' + str(self.r.randint(0, 9)) + ''.join(
                self.r.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))
            if v not in self.used_words:
                self.used_words.add(v)
                return v

    FIRST = ['Siobhan', 'Rhys', 'Gwenllian', 'Aurelia', 'Bartholomew', 'Oluwaseun', 'Priyanka', 'Zbigniew',
             'Catrin', 'Eilidh', 'Ruairidh', 'Ifeoma', 'Tadhg', 'Marguerite', 'Leofric', 'Anwen', 'Dervla',
             'Krzysztof', 'Małgorzata', 'Siân', 'Geraint', 'Fionnuala', 'Hamish', 'Ottilie', 'Percival',
             'Bronwen', 'Cerys', 'Ffion', 'Aoife', 'Seonaid', 'Tobiah', 'Wilhelmina', 'Jagdeep', 'Nkechi',
             'Ewa', 'Dafydd', 'Lowri', 'Saoirse', 'Cormac', 'Ingrid', 'Rosalind', 'Ptolemy', 'Yusuf',
             'Agnieszka', 'Thelonius', 'Morwenna', 'Iestyn', 'Gruffudd']
    LAST = ["O'Connell", 'ap Gwilym', 'de la Cruz-Pemberton', 'Van der Berg', 'Fitzwilliam-Hughes', 'Wójcik',
            'Llŷr', 'MacAulay', 'Featherstonehaugh', 'Okonkwo-Bright', 'Ní Bhriain', 'Szczepański',
            'Ffrench-Mullen', 'Tremayne', 'St John-Stevas', 'Cholmondeley', 'Abernethy', 'Quarshie',
            'Brzęczyszczykiewicz', 'Penhaligon', 'Mac an tSaoi', "D'Arcy-Lyle", 'Ramasubramanian', 'Kowalczyk',
            'Uí Néill', 'Gwynedd-Parry', 'von Trapp-Ellis', 'Le Mesurier', 'Bhattacharjee', 'Ó Súilleabháin',
            'Vaughan-Thomas', 'Ferreira da Silva', 'Dlamini', 'Nakashima', 'Ellerbeck', 'Haverstock',
            'Pryce-Jenkins', 'Oyelaran', 'Cruickshank', 'Ashworth-Blyth']

    def name(self):
        while True:
            v = self.r.choice(self.FIRST) + ' ' + self.r.choice(self.LAST)
            if v not in self.used_words:
                self.used_words.add(v)
                return v

    STREETS = ['Ashdown', 'Brackenbury', 'Penrhyn', 'Cwmdonkin', 'Thistlewood', 'Kelvinhaugh', 'Marchbank',
               'Quernmore', 'Wyndcliffe', 'Saxonbury', 'Tregenna', 'Heathfield', 'Lindisfarne', 'Blencathra',
               'Glanrhyd', 'Rosebery', 'Coldharbour', 'Pendragon', 'Foxglove', 'Alderney', 'Inchkeith',
               'Wrekin', 'Ravensworth', 'Bellahouston', 'Trefoil', 'Mortimer', 'Ullswater', 'Kinnaird',
               'Portobello', 'Glebeland', 'Sandringham', 'Westcombe', 'Calderwood', 'Maesglas', 'Hawthornden']
    TYPES = ['Road', 'Avenue', 'Street', 'Close', 'Lane', 'Crescent', 'Terrace', 'Drive', 'Gardens', 'Way',
             'Grove', 'Place', 'Mews', 'Row', 'Walk', 'Rise', 'Heol', 'Brae', 'Wynd', 'Parade']
    TOWNS = ['Harrogate', 'Aberystwyth', 'Kirkcaldy', 'Penzance', 'Scunthorpe', 'Llandudno', 'Stockport',
             'Wolverhampton', 'Dumfries', 'Carmarthen', 'Macclesfield', 'Loughborough', 'Kilmarnock',
             'Pontypridd', 'Whitehaven', 'Chelmsford', 'Shrewsbury', 'Hartlepool', 'Inverness', 'Bridlington',
             'Llanelli', 'Gateshead', 'Stevenage', 'Maidstone', 'Barnstaple', 'Huddersfield', 'Cheltenham',
             'Ayr', 'Wrexham', 'Kettering', 'Lowestoft', 'Darlington', 'Falkirk', 'Merthyr Tydfil']
    HOUSES = ['Ty Gwyn', 'Bryn Awel', 'Windrush', 'Larkspur Cottage', 'Hafod Lon', 'Greystones', 'Tigh na Mara']

    def address(self):
        while True:
            st = self.r.choice(self.STREETS)
            town = self.r.choice(self.TOWNS)
            if (st, town) in self.used_words:
                continue
            self.used_words.add((st, town))
            pc = self.postcode()
            typ = self.r.choice(self.TYPES)
            num = str(self.r.randint(1, 240))
            flat = self.r.random() < 0.25
            house = self.r.choice(self.HOUSES) if self.r.random() < 0.2 else None
            parts = []
            words = [st] + town.split()
            if flat:
                parts.append('Flat %d' % self.r.randint(1, 12))
            if house:
                parts.append(house)
                words += [w for w in house.split() if w not in ('Cottage', 'na')]
            line1 = ('%s %s %s' % (num, st, typ))
            return dict(line1=line1, town=town, postcode=pc, pre=parts, words=words, street=st, typ=typ, num=num)

    def phone(self):
        while True:
            if self.r.random() < 0.5:
                v = '07' + str(self.r.randint(1, 9)) + self.digits(8)
            else:
                v = self.r.choice(['0113', '0161', '0121', '0141', '0131', '0117', '0191', '0114']) + self.digits(7)
            if self._uniq(v):
                return v

    DOMAINS = ['btinternet.com', 'gmail.com', 'outlook.com', 'yahoo.co.uk', 'sky.com', 'hotmail.co.uk',
               'virginmedia.com', 'talktalk.net']

    def email(self, name=None):
        while True:
            if name:
                f, l = name.split(' ', 1)
                base = self._ascii(f).lower() + self.r.choice(['.', '_', '']) + self._ascii(l.split()[-1]).lower().replace("'", '')
            else:
                base = self.r.choice(self.STREETS).lower() + self.r.choice(['.', '_']) + self.r.choice(self.FIRST).lower()
                base = self._ascii(base)
            base += str(self.r.randint(10, 99))
            v = base + '@' + self.r.choice(self.DOMAINS)
            norm = ''.join(c for c in base.lower() if c.isalnum())
            if len(norm) >= 8 and norm not in self.used_words:
                self.used_words.add(norm)
                return v

    @staticmethod
    def _ascii(s):
        return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L')


# ---------- forms -----------------------------------------------------------------------------
GROUPS = {'mpan': [2, 4, 4, 3], 'mprn': [4, 3, 3], 'phone': [5, 6], 'eui': [2] * 8}


def group(v, kind):
    g = GROUPS.get(kind)
    if not g:
        g = [len(v) // 2, len(v) - len(v) // 2]
    out, i = [], 0
    for n in g:
        if i >= len(v):
            break
        out.append(v[i:i + n]);
        i += n
    if i < len(v):
        out[-1] += v[i:]
    return out


INVIS = {'lrm': '\u200e', 'rlm': '\u200f', 'isep': '\u2063', 'lri': '\u2066', 'rli': '\u2067', 'fsi': '\u2068',
         'pdi': '\u2069', 'vs16': '\ufe0f', 'cgj': '\u034f', 'zwsp': '\u200b', 'zwj': '\u200d', 'shy': '\u00ad',
         'wj': '\u2060', 'bom': '\ufeff', 'vs1': '\ufe00', 'alm': '\u061c', 'mvs': '\u180e'}
SPACES = {'nbsp': '\u00a0', 'nnbsp': '\u202f', 'thin': '\u2009', 'figsp': '\u2007', 'ideo': '\u3000',
          'tab': '\t', 'endash': '\u2013', 'hyph2010': '\u2010', 'minus': '\u2212', 'middot': '\u00b7',
          'tilde': '~', 'star': '*', 'pipe': '|', 'emsp': '\u2003'}


def digit_map(v, zero):
    return ''.join(chr(zero + int(c)) if c.isdigit() else c for c in v)


def render(v, kind, form, r):
    """Return the text of value v of kind in the given form."""
    g = group(v, kind)
    if form == 'plain':
        return v
    if form == 'spaced':
        return ' '.join(g)
    if form.startswith('sep:'):
        return form[4:].join(g)
    if form == 'longspace':
        return '      '.join(g)
    if form.startswith('invis:'):
        ch = INVIS[form[6:]]
        return ch.join(v) if len(v) < 14 else ch.join(g)
    if form.startswith('sp:'):
        return SPACES[form[3:]].join(g)
    if form == 'fullwidth':
        return ''.join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in v)
    if form == 'arabic':
        return digit_map(v, 0x660)
    if form == 'persian':
        return digit_map(v, 0x6F0)
    if form == 'devanagari':
        return digit_map(v, 0x966)
    if form == 'mathbold':
        return digit_map(v, 0x1D7CE)
    if form == 'ent_dec':
        return ''.join('&#%d;' % ord(c) for c in v)
    if form == 'ent_hex':
        return ''.join('&#x%X;' % ord(c) for c in v)
    if form == 'ent_mixed':
        return ''.join(('&#%d;' % ord(c)) if i % 2 else c for i, c in enumerate(v))
    if form.startswith('tag:'):
        t = form[4:]
        if t == 'wbr':
            return '<wbr>'.join(g)
        if t == 'comment':
            return '<!-- -->'.join(g)
        if t == 'span':
            return ''.join('<span class="d">%s</span>' % x for x in g)
        return ''.join(('<%s>%s</%s>' % (t, x, t)) if i % 2 == 0 else x for i, x in enumerate(g))
    if form == 'html_nbsp':
        return '&nbsp;'.join(g)
    if form == 'pct':
        return ''.join('%%%02X' % ord(c) for c in v)
    if form == 'pct2':
        return ''.join('%%25%02X' % ord(c) for c in v)
    if form == 'b64':
        return base64.b64encode(v.encode()).decode()
    if form == 'b64url':
        return base64.urlsafe_b64encode(v.encode()).decode().rstrip('=')
    if form == 'b64u16':
        return base64.b64encode(v.encode('utf-16-le')).decode()
    if form == 'b32':
        return base64.b32encode(v.encode()).decode()
    if form == 'hex':
        return v.encode().hex()
    if form == 'hexsp':
        return ' '.join('%02X' % b for b in v.encode())
    if form == 'qp':
        return ''.join('=%02X' % ord(c) for c in v)
    if form == 'ju':
        return ''.join('\\u%04x' % ord(c) for c in v)
    if form == 'cx':
        return ''.join('\\x%02x' % ord(c) for c in v)
    if form == 'lower':
        return v.lower()
    if form == 'hyph':
        return '-'.join(g)
    if form == 'homoglyph':
        return v.replace('0', 'O', 2)
    if form == 'combining':
        return '\u0332'.join(v)  # combining low line under each char
    if form == 'eui_colon':
        return ':'.join(v[i:i + 2] for i in range(0, 16, 2))
    if form == 'eui_dash':
        return '-'.join(v[i:i + 2] for i in range(0, 16, 2))
    if form == 'eui_dot':
        return '.'.join(v[i:i + 4] for i in range(0, 16, 4)).lower()
    if form == 'eui_0x':
        return '0x' + v
    if form == 'eui_lower':
        return v.lower()
    if form == 'eui_carray':
        return ', '.join('0x' + v[i:i + 2] for i in range(0, 16, 2))
    if form == 'eui_rev':
        return ''.join(v[i:i + 2] for i in range(14, -2, -2))
    if form == 'eui_space':
        return ' '.join(v[i:i + 2] for i in range(0, 16, 2))
    if form == 'eui_dot2':
        return '.'.join(v[i:i + 2] for i in range(0, 16, 2))
    if form == 'pc_nbsp':
        return v.replace(' ', '\u00a0')
    if form == 'pc_double':
        return v.replace(' ', '  ')
    if form == 'pc_hyph':
        return v.replace(' ', '-')
    if form == 'pc_us':
        return v.replace(' ', '_')
    if form == 'pc_none':
        return v.replace(' ', '')
    if form == 'pc_lower':
        return v.lower()
    if form == 'pc_tab':
        return v.replace(' ', '\t')
    raise ValueError(form)


def linesplit(v, kind, prefix, head=''):
    """Split the value across two lines, the second starting with prefix."""
    g = group(v, kind)
    k = max(1, len(g) // 2)
    return ''.join(g[:k]), prefix + ''.join(g[k:])
