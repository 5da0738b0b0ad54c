"""Value generators, forms and a FileBuilder that records truth. helper-56, stop 38."""
import random, base64, json, string

R = random.Random(5638)
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(a) * b for a, b in zip(d12, W)) % 11 % 10


USED = set()


def uniq(fn):
    def g(*a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError
    return g


@uniq
def mpan():
    d = str(R.randint(10, 23)) + ''.join(R.choice(string.digits) for _ in range(10))
    return d + str(mpan_check(d))


def mpan_top():
    pc = '0' + str(R.randint(1, 8))
    mtc = R.choice(['801', '845', '811', '023', '500', '802', '151'])
    llfc = '%03d' % R.randint(1, 999)
    return pc, mtc, llfc


@uniq
def bad13():
    # 13-digit number whose first 12 form an MPAN-core prefix but check digit wrong
    d = str(R.randint(10, 23)) + ''.join(R.choice(string.digits) for _ in range(10))
    c = (mpan_check(d) + R.randint(1, 9)) % 10
    return d + str(c)


@uniq
def mprn():
    return str(R.randint(1, 9)) + ''.join(R.choice(string.digits) for _ in range(9))


@uniq
def elec_serial():
    t = R.randint(0, 3)
    if t == 0:
        return '%02d%s%07d' % (R.randint(10, 24), R.choice('KLPJDEFH'), R.randint(0, 9999999))
    if t == 1:
        return '%s%02d%s%06d' % (R.choice('SKFEL'), R.randint(1, 99), R.choice('ABCDW'), R.randint(0, 999999))
    if t == 2:
        return 'E%02dBG%05d' % (R.randint(10, 23), R.randint(0, 99999))
    return '%sM%08d' % (R.choice(['A', 'L', 'S']), R.randint(0, 99999999))


@uniq
def gas_serial():
    t = R.randint(0, 3)
    if t == 0:
        return 'G4%s%08d%02d' % (R.choice('AKFEW'), R.randint(0, 99999999), R.randint(12, 24))
    if t == 1:
        return 'E6E%08d%02d' % (R.randint(0, 99999999), R.randint(15, 24))
    if t == 2:
        return 'SSP%08d' % R.randint(0, 99999999)
    return 'U6%s%07d' % (R.choice('LMK'), R.randint(0, 9999999))


OUIS = ['001BC5', '000D6F', '70B3D5', 'BC33AC', '00124B', '588E81', '3C6A2C', '90FD9F']


@uniq
def eui():
    return R.choice(OUIS) + ''.join(R.choice('0123456789ABCDEF') for _ in range(10))


PC_OUT = ['NE46', 'CA11', 'LA9', 'SY8', 'SA70', 'LL23', 'SY20', 'SA19', 'LL15', 'LD3', 'YO7', 'YO17', 'YO21',
          'BD24', 'LA12', 'LE15', 'PE9', 'LN11', 'PE11', 'NR25', 'IP22', 'NR35', 'TQ9', 'EX23', 'PL15', 'BA5',
          'BA11', 'SN10', 'SL7', 'MK46', 'SK17', 'DE45', 'ST13', 'CW5', 'WA16', 'HR8', 'GL20', 'GL5', 'EH42',
          'EH45', 'FK17', 'IV25', 'IV36', 'PA34', 'KA30', 'KA26', 'IV51', 'KW14', 'W1A', 'EC1V', 'SW1A', 'M1',
          'B33', 'G2', 'CF10', 'BT7', 'NW10', 'E14', 'SE1', 'N1C']
INC = 'ABDEFGHJLNPQRSTUWXYZ'


@uniq
def postcode():
    return '%s %d%s%s' % (R.choice(PC_OUT), R.randint(0, 9), R.choice(INC), R.choice(INC))


GIVEN = ['Olivia', 'Declan', 'Siân', 'Ffion', 'Rhodri', 'Aoife', 'Hamish', 'Priya', 'Tomasz', 'Niamh', 'Gwilym',
         'Eleri', 'Catriona', 'Ruaridh', 'Imogen', 'Tobias', 'Harriet', 'Kwame', 'Yusuf', 'Bethan', 'Alasdair',
         'Morwenna', 'Oluwaseun', 'Lowri', 'Seren', 'Cerys', 'Padraig', 'Ewan', 'Isla', 'Fenella', 'Anwen',
         'Dafydd', 'Zainab', 'Lachlan', 'Eilidh', 'Bartholomew', 'Clemency', 'Jocelyn', 'Ottilie', 'Peregrine',
         'Marguerite', 'Wojciech', 'Chidi', 'Mhairi', 'Torquil', 'Euan', 'Saoirse', 'Rhiannon', 'Iestyn', 'Gethin']
SUR = ["ap Gruffydd", "ap Rhys", "Hastings-Brook", "O'Rourke", "de la Mare", "Van der Berg", "MacAulay",
       "Pryce-Jones", "Fitzwilliam", "Ní Bhriain", "Featherstonehaugh", "Okonkwo-Smythe", "le Strange",
       "Mac an tSaoir", "D'Arcy", "Llewellyn-Bowen", "Cholmondeley", "Wrigglesworth", "Ó Súilleabháin",
       "Bosworth-Tate", "Abernethy", "Kowalczyk", "Ferreira-Lyle", "St John-Stevas", "Urquhart", "Threlfall",
       "Penhaligon", "Trevithick", "Nankervis", "Quiller-Couch", "Haworth", "Dunwoody", "Blenkinsop",
       "Ogunleye", "Chaudhry", "Balasubramaniam", "Vaughan-Thomas", "ab Owain", "von Trapp", "du Maurier",
       "Greenhalgh", "Micklethwaite", "Ravenscroft", "Sutcliffe-Hardy", "McGillivray", "Ellingham",
       "Arbuthnot", "Tregunna", "Polglase", "Pengelly"]
PARTICLES = {'ap', 'ab', 'de', 'la', 'le', 'van', 'der', 'von', 'du', 'mac', 'an', 'ní', 'ó', 'st', 'o', 'd'}


@uniq
def name():
    return R.choice(GIVEN) + ' ' + R.choice(SUR)


def name_words(n):
    import re
    ws = re.findall(r"[^\W\d_]+", n)
    return [w for w in ws if w.lower() not in PARTICLES and len(w) >= 3]


STEMS = ['Larkspur', 'Juniper', 'Foxglove', 'Tanners', 'Coldharbour', 'Blackthorn', 'Ashdown', 'Kingfisher',
         'Mayfield', 'Sandpiper', 'Wheatsheaf', 'Primrose', 'Heathfield', 'Beechwood', 'Cobden', 'Gladstone',
         'Ravensworth', 'Wyndham', 'Bramble', 'Hawthorn', 'Lapwing', 'Quarrybank', 'Tollgate', 'Ropewalk',
         'Saltergate', 'Penrhos', 'Glanrafon', 'Maesteg', 'Cwrt-y-Gollen', 'Bryncelyn', 'Strathmore', 'Balgownie',
         'Cairnfield', 'Inverleith', 'Dunsinane', 'Trelawney', 'Polwithen', 'Chapelfield', 'Pinfold',
         'Swallowfield', 'Nightingale', 'Goldcrest', 'Cherrytree', 'Millbrook', 'Oakleigh', 'Fernhill',
         'Harebell', 'Wisteria', 'Yewtree', 'Cowslip']
TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Crescent', 'Terrace', 'Gardens', 'Mews',
         'Grove', 'Row', 'Walk', 'Place']
TOWNS = ['Hexham', 'Penrith', 'Ulverston', 'Ludlow', 'Tenby', 'Bala', 'Machynlleth', 'Llandeilo', 'Ruthin',
         'Brecon', 'Thirsk', 'Malton', 'Whitby', 'Settle', 'Barrow-in-Furness', 'Oakham', 'Stamford', 'Louth',
         'Spalding', 'Sheringham', 'Diss', 'Bungay', 'Totnes', 'Bude', 'Launceston', 'Glastonbury', 'Frome',
         'Devizes', 'Marlow', 'Olney', 'Buxton', 'Bakewell', 'Leek', 'Nantwich', 'Knutsford', 'Ledbury',
         'Tewkesbury', 'Stroud', 'Dunbar', 'Peebles', 'Callander', 'Dornoch', 'Forres', 'Oban', 'Largs',
         'Girvan', 'Portree', 'Thurso', 'Aberaeron', 'Llanidloes']
HOUSES = ['Rose Cottage', 'Bryn Awel', 'Ty Gwyn', 'The Old Forge', 'Hillcrest', 'Penlan Farm', 'Ivy House',
          'Glebe Cottage', 'Tan-y-Bryn', 'Meadowsweet', 'Carreg Wen', 'The Granary', 'Fernlea', 'Wren Cottage']
GENERIC = set(x.lower() for x in TYPES) | {'flat', 'the', 'cottage', 'house', 'farm', 'old', 'in', 'y',
                                           'apartment', 'unit', 'floor'}


@uniq
def address():
    """returns dict: line (no postcode), parts list, postcode, words"""
    stem = R.choice(STEMS)
    typ = R.choice(TYPES)
    town = R.choice(TOWNS)
    t = R.randint(0, 3)
    if t == 0:
        parts = ['%d %s %s' % (R.randint(1, 220), stem, typ), town]
    elif t == 1:
        parts = ['Flat %d' % R.randint(1, 30), '%d %s %s' % (R.randint(1, 120), stem, typ), town]
    elif t == 2:
        parts = [R.choice(HOUSES), '%s %s' % (stem, typ), town]
    else:
        parts = ['%d%s %s %s' % (R.randint(1, 99), R.choice('AB'), stem, typ), town]
    return tuple(parts)


def addr_words(parts):
    import re
    ws = []
    for p in parts:
        for w in re.findall(r"[^\W\d_]+", p):
            if w.lower() not in GENERIC and len(w) >= 3 and w not in ws:
                ws.append(w)
    return ws


@uniq
def phone():
    t = R.randint(0, 2)
    if t == 0:
        return '07700 900%03d' % R.randint(0, 999)
    if t == 1:
        return '01632 960%03d' % R.randint(0, 999)
    return '020 7946 0%03d' % R.randint(0, 999)


DOMAINS = ['example.co.uk', 'mailbox.example.org', 'btinternet.example', 'outlook.example.com',
           'sky.example.net', 'customer-mail.example.uk']


@uniq
def email(n=None):
    import unicodedata, re
    if n:
        base = unicodedata.normalize('NFKD', n).encode('ascii', 'ignore').decode().lower()
        base = re.sub(r"[^a-z ]", '', base).split()
        local = R.choice(['.', '_', '']).join([base[0], base[-1]]) + str(R.randint(1, 99))
    else:
        local = R.choice(['j.bloggs', 'home', 'the.grangers', 'kt.smith', 'rhys.family']) + str(R.randint(100, 999))
    return local + '@' + R.choice(DOMAINS)


# ---------------------------------------------------------------- forms
INVIS = ['\u200b', '\u200e', '\u200f', '\u2063', '\u2066', '\u2067', '\u2068', '\u2069', '\ufe0f', '\u034f',
         '\u00ad', '\u2060', '\u200d', '\u200c', '\ufeff', '\u061c', '\u180e', '\ufe00']
FW = {c: chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_letters}
ARABIC = {str(i): chr(0x660 + i) for i in range(10)}
DEVA = {str(i): chr(0x966 + i) for i in range(10)}
BENG = {str(i): chr(0x9E6 + i) for i in range(10)}
MATH = {str(i): chr(0x1D7CE + i) for i in range(10)}  # mathematical bold digits
WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def default_groups(kind, v):
    if kind == 'mpan':
        return groups(v, [2, 4, 4, 3])
    if kind == 'mprn':
        return groups(v, [4, 3, 3])
    if kind == 'eui':
        return [v[i:i + 2] for i in range(0, 16, 2)]
    if kind in ('eserial', 'gserial'):
        return groups(v, [3, 4, 4, 4])
    if kind == 'mpan21':
        return groups(v, [2, 3, 3, 2, 4, 4, 3])
    return groups(v, [4] * 6)


def form(kind, v, f):
    """Render value v (canonical) in form f. Returns the string."""
    g = default_groups(kind, v)
    if f == 'plain':
        return v
    if f == 'lower':
        return v.lower()
    if f == 'spaced':
        return ' '.join(g)
    if f.startswith('sep:'):
        return f[4:].join(g)
    if f.startswith('inv:'):
        ch = f[4:]
        return ch.join(g)
    if f == 'invall':
        return ''.join(c + R.choice(INVIS) for c in v[:-1]) + v[-1]
    if f == 'fullwidth':
        return ''.join(FW.get(c, c) for c in v)
    if f == 'arabic':
        return ''.join(ARABIC.get(c, c) for c in v)
    if f == 'deva':
        return ''.join(DEVA.get(c, c) for c in v)
    if f == 'beng':
        return ''.join(BENG.get(c, c) for c in v)
    if f == 'math':
        return ''.join(MATH.get(c, c) for c in v)
    if f == 'entity':
        return ''.join('&#%d;' % ord(c) for c in v)
    if f == 'hexentity':
        return ''.join('&#x%x;' % ord(c) for c in v)
    if f == 'pct':
        return ''.join('%%%02X' % ord(c) for c in v)
    if f == 'qp':
        return ''.join('=%02X' % ord(c) for c in v)
    if f == 'b64':
        return base64.b64encode(v.encode()).decode()
    if f == 'hex':
        return v.encode().hex()
    if f == 'jsonu':
        return ''.join('\\u%04x' % ord(c) for c in v)
    if f == 'octal':
        return ''.join('\\%03o' % ord(c) for c in v)
    if f == 'rtfhex':
        return ''.join("\\'%02x" % ord(c) for c in v)
    if f == 'words':
        return ' '.join(WORDS[int(c)] if c.isdigit() else c for c in v)
    if f == 'nato':
        N = {'A': 'alpha', 'B': 'bravo', 'C': 'charlie', 'D': 'delta', 'E': 'echo', 'F': 'foxtrot', 'G': 'golf',
             'H': 'hotel', 'J': 'juliet', 'K': 'kilo', 'L': 'lima', 'M': 'mike', 'P': 'papa', 'S': 'sierra',
             'U': 'uniform', 'W': 'whiskey'}
        return ' '.join(WORDS[int(c)] if c.isdigit() else N.get(c, c) for c in v)
    if f == 'keycap':
        return ''.join(c + '\ufe0f\u20e3' if c.isdigit() else c for c in v)
    if f == 'sci':
        return v[0] + '.' + v[1:] + 'E+%d' % (len(v) - 1)
    if f == 'ansi':
        return '\x1b[1;31m' + v[:5] + '\x1b[0m\x1b[33m' + v[5:] + '\x1b[0m'
    if f == 'cdata':
        return v[:6] + ']]><![CDATA[' + v[6:]
    if f == 'dotted_eui':  # cisco style
        s = v.lower()
        return '.'.join(s[i:i + 4] for i in range(0, 16, 4))
    if f == '0x':
        return '0x' + v
    if f == '0xlower':
        return '0x' + v.lower()
    if f == 'lowercolon':
        return ':'.join(g).lower()
    raise ValueError(f)


class FB:
    """File builder: records truth."""
    ALL = []

    def __init__(self, name, genre, enc='utf-8', newline='\n'):
        self.name, self.genre, self.enc, self.newline = name, genre, enc, newline
        self.ids = {}  # value -> entry
        self.keeps = []
        self.text = ''
        FB.ALL.append(self)

    def rec(self, kind, value, f, words=None):
        e = self.ids.setdefault((kind, value), {'kind': kind, 'value': value, 'forms': [], 'words': words})
        e['forms'].append(f)

    def id(self, kind, value, f='plain'):
        self.rec(kind, value, f)
        return form(kind, value, f)

    def nm(self, n, f='plain'):
        self.rec('name', n, f, name_words(n))
        return n

    def ad(self, parts, f='plain'):
        self.rec('address', ' / '.join(parts), f, addr_words(parts))
        return parts

    def k(self, tok):
        tok = str(tok)
        if tok not in self.keeps:
            self.keeps.append(tok)
        return tok

    def truth(self):
        return {'file': self.name, 'genre': self.genre, 'encoding': self.enc,
                'ids': list(self.ids.values()), 'keeps': self.keeps}


# ------------------------------------------------------------- keeps
KR = random.Random(99)


def kref():
    return 'TC-%s-%04d' % (KR.choice(['MHHS', 'QT', 'SIT', 'UIT', 'PIT', 'REG']), KR.randint(1, 9999))


def kmsg():
    return KR.choice(['D0010', 'D0150', 'D0055', 'D0086', 'D0205', 'D0300', 'IF-031', 'IF-047', 'IF-021', 'PUB-046',
                      'UTILMD', 'MSCONS', 'APERAK', 'CONTRL', 'SRV 4.1.1', 'SRV 8.11', 'ECS17b', 'GCS28', 'N0005'])


def kdip():
    return 'DIP-%s' % ''.join(KR.choice('0123456789abcdef') for _ in range(12))


def kts():
    return '2026-%02d-%02dT%02d:%02d:%02dZ' % (KR.randint(1, 12), KR.randint(1, 28), KR.randint(0, 23), KR.randint(0, 59), KR.randint(0, 59))


def kmref():
    return 'MPAN-REF-%02d' % KR.randint(1, 99)


def kver():
    return 'v%d.%d.%d' % (KR.randint(1, 9), KR.randint(0, 20), KR.randint(0, 40))


def kamt():
    return '£%d,%03d.%02d' % (KR.randint(1, 99), KR.randint(0, 999), KR.randint(0, 99))


def kcount():
    return str(KR.randint(2, 99999))


def kinv():
    return 'INV-2026-%06d' % KR.randint(0, 999999)


def kpo():
    # SAP-style purchase order, 10 digits starting 45 (not an MPRN: business number)
    return '45%08d' % KR.randint(0, 99999999)


def kepoch():
    while True:
        v = str(KR.randint(1764000000000, 1769999999999))
        if mpan_check(v[:12]) != int(v[12]):
            return v


def kcrn():
    return 'Companies House %08d' % KR.randint(1000000, 13999999)


def kvat():
    return 'GB%09d' % KR.randint(100000000, 999999999)


def kuuid():
    h = ''.join(KR.choice('0123456789abcdef') for _ in range(32))
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def kmpid():
    return KR.choice(['MPID ABCD', 'MPID EMEB', 'MPID SWEB', 'MPID LOND', 'MPID UDMS', 'MPID HYDE'])


def kjob():
    return 'JOB%07d' % KR.randint(0, 9999999)


def kean():
    # EAN-13 product code (valid EAN, invalid MPAN check)
    while True:
        d = '50' + ''.join(KR.choice(string.digits) for _ in range(10))
        e = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10) % 10
        v = d + str(e)
        if mpan_check(v[:12]) != int(v[12]):
            return v


def kcr():
    return 'CR%05d' % KR.randint(0, 99999)


def kbuild():
    return 'build-%d.%d' % (KR.randint(1000, 9999), KR.randint(1, 99))


def kread():
    return '%05d.%d kWh' % (KR.randint(0, 99999), KR.randint(0, 9))


KEEPF = [kref, kmsg, kdip, kts, kmref, kver, kamt, kcount, kinv, kpo, kepoch, kcrn, kvat, kuuid, kmpid, kjob, kean,
         kcr, kbuild, kread]


def anykeep():
    return KR.choice(KEEPF)()
