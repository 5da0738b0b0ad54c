"""Value generators and the file builder for the round-46 held-out text corpus (seeded, deterministic)."""
import random, string, uuid, hashlib

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10


def mpan_valid(d13):
    return len(d13) == 13 and d13.isdigit() and mpan_check(d13[:12]) == int(d13[12])


FIRST = {
    'english': ['John', 'Sarah', 'James', 'Paul', 'Mark', 'Jane', 'Rose', 'Grace', 'Peter', 'Susan', 'David', 'Karen',
                'Michael', 'Helen', 'Robert', 'Emma', 'Daniel', 'Lucy', 'Thomas', 'Joy', 'Will', 'Amber', 'Jack', 'Holly'],
    'welsh': ['Rhys', 'Angharad', 'Dafydd', 'Siân', 'Gethin', 'Bethan', 'Ieuan', 'Nia', 'Cerys', 'Owain', 'Eluned', 'Gwion'],
    'gaelic': ['Seonaidh', 'Eilidh', 'Ruairidh', 'Catriona', 'Iain', 'Mairead', 'Padraig', 'Siobhan', 'Niamh', 'Aonghas'],
    'southasian': ['Priya', 'Rajesh', 'Aisha', 'Imran', 'Harpreet', 'Sanjay', 'Farah', 'Nusrat', 'Gurpreet', 'Anjali', 'Mohammed', 'Zainab'],
    'westafrican': ['Chinedu', 'Adaeze', 'Oluwaseun', 'Kwame', 'Ama', 'Babajide', 'Ngozi', 'Folake', 'Kofi', 'Yetunde'],
    'polish': ['Agnieszka', 'Krzysztof', 'Małgorzata', 'Wojciech', 'Zofia', 'Tomasz', 'Katarzyna', 'Łukasz'],
}
LAST = {
    'english': ['Smith', 'Brown', 'Wood', 'Walker', 'Green', 'King', 'Baker', 'Hall', 'White', 'Hill', 'Young', 'Cook',
                'Bird', 'Moss', 'Rivers', 'Fox', 'Marsh', 'Stone', 'Field', 'Price', 'Jones', 'Taylor'],
    'welsh': ['Llewellyn', 'Prys', 'ap Gwilym', 'Bowen', 'Powell', 'Griffiths', 'Morgan', 'Jenkins', 'Vaughan'],
    'gaelic': ['MacLeod', "O'Sullivan", 'McAllister', 'NicDhòmhnaill', 'Mac an t-Saoir', 'Ó Briain', 'Campbell'],
    'southasian': ['Patel', 'Chaudhry', 'Singh', 'Begum', 'Rahman', 'Kaur', 'Iyer', 'Banerjee', 'Hussain', 'Qureshi'],
    'westafrican': ['Okonkwo', 'Adeyemi', 'Mensah', 'Boateng', 'Oyelaran', 'Nwosu', 'Asante', 'Afolabi'],
    'polish': ['Kowalczyk', 'Wiśniewska', 'Nowak', 'Zieliński', 'Wójcik', 'Grabowski', 'Szymańska'],
}
STREETS = ['Church Lane', 'Station Road', 'Victoria Street', 'Mill Lane', 'Heol y Parc', 'Maes yr Haf', 'Kingsway',
           'Oakfield Avenue', 'Chapel Row', 'Brook Close', 'Ffordd Las', 'Meadow View', 'Granville Terrace',
           'Wellington Crescent', 'Orchard Drive', 'The Green', 'Lon Isaf', 'Craigmount Gardens', 'Balmoral Place',
           'Tudor Way', 'Ashgrove Walk', 'Primrose Hill', 'Castle Wynd', 'Sandy Lane', 'Bridge Street']
TOWNS = [('Swansea', 'SA'), ('Cardiff', 'CF'), ('Leeds', 'LS'), ('Bristol', 'BS'), ('Inverness', 'IV'), ('Norwich', 'NR'),
         ('Bolton', 'BL'), ('Derby', 'DE'), ('Aberystwyth', 'SY'), ('Perth', 'PH'), ('Leicester', 'LE'), ('Exeter', 'EX'),
         ('Stockport', 'SK'), ('Wrexham', 'LL'), ('Dundee', 'DD'), ('Hull', 'HU'), ('Luton', 'LU'), ('Truro', 'TR')]
HOUSE_NAMES = ['Rose Cottage', 'Ty Gwyn', 'The Old Forge', 'Bryn Awel', 'Hillcrest', 'Glebe House', 'Ardmore']
OUIS = ['00:1B:C5', '00:0D:6F', '00:12:4B', '70:B3:D5', 'D0:CF:5E', '00:24:46']
EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com']


class V:
    """Random identifier and keep values."""

    def __init__(self, rng):
        self.r = rng

    def mpan_core(self):
        r = self.r
        while True:
            d = str(r.choice(range(10, 24))) + ''.join(r.choice(string.digits) for _ in range(10))
            return d + str(mpan_check(d))

    def bad13(self, prefix=None):
        """13-digit number that is NOT a valid MPAN core (keep near-miss)."""
        r = self.r
        while True:
            d = (prefix or '') + ''.join(r.choice(string.digits) for _ in range(13 - len(prefix or '')))
            if not mpan_valid(d):
                return d

    def epoch_ms(self):
        while True:
            v = str(self.r.randint(1764000000000, 1767000000000))
            if not mpan_valid(v):
                return v

    def unix(self):
        return str(self.r.randint(1764000000, 1767000000))

    def ean13(self):
        while True:
            d = '50' + ''.join(self.r.choice(string.digits) for _ in range(10))
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
            v = d + str((10 - s % 10) % 10)
            if not mpan_valid(v):
                return v

    def topline(self):
        r = self.r
        return '%02d' % r.choice([1, 2, 3, 4, 5, 8]), '%03d' % r.choice([801, 845, 811, 153, 393, 524]), '%03d' % r.randint(1, 999)

    def mprn(self):
        r = self.r
        n = r.choice([6, 7, 8, 9, 10, 10, 10])
        return str(r.randint(1, 9)) + ''.join(r.choice(string.digits) for _ in range(n - 1))

    def elec_serial(self):
        r = self.r
        f = r.randrange(5)
        if f == 0:
            return 'S1%dA%06d' % (r.randint(0, 9), r.randint(0, 999999))
        if f == 1:
            return '%02dL%07d' % (r.randint(14, 25), r.randint(0, 9999999))
        if f == 2:
            return 'E%02dZ%05d' % (r.randint(10, 24), r.randint(0, 99999))
        if f == 3:
            return 'K%02dW%05d' % (r.randint(1, 20), r.randint(0, 99999))
        return '%02dP%07d' % (r.randint(15, 24), r.randint(0, 9999999))

    def gas_serial(self):
        r = self.r
        f = r.randrange(4)
        if f == 0:
            return 'G4A%08d' % r.randint(0, 99999999)
        if f == 1:
            return 'E6S%08d%02d' % (r.randint(0, 99999999), r.randint(15, 24))
        if f == 2:
            return 'M016A%07d' % r.randint(0, 9999999)
        return 'G4K%02d%06d' % (r.randint(10, 24), r.randint(0, 999999))

    def eui_hex(self):
        r = self.r
        return r.choice(OUIS).replace(':', '') + ''.join(r.choice('0123456789ABCDEF') for _ in range(10))

    def eui(self, form=None):
        h = self.eui_hex()
        return fmt_eui(h, form or self.r.choice(['-', ':', '', ' ', '.', '0x', 'lower', 'dot4']))

    def first(self, origin=None):
        o = origin or self.r.choice(list(FIRST))
        return self.r.choice(FIRST[o])

    def last(self, origin=None):
        o = origin or self.r.choice(list(LAST))
        return self.r.choice(LAST[o])

    def name(self, origin=None):
        o = origin or self.r.choice(list(FIRST) + ['english'] * 3)
        return self.first(o) + ' ' + self.last(o)

    def postcode(self, area=None):
        r = self.r
        area = area or r.choice(TOWNS)[1]
        return '%s%d %d%s' % (area, r.randint(1, 29), r.randint(0, 9), ''.join(r.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2)))

    def address(self, with_pc=True, flat=None):
        r = self.r
        town, area = r.choice(TOWNS)
        st = r.choice(STREETS)
        if flat is None:
            flat = r.random() < 0.2
        if r.random() < 0.15:
            head = r.choice(HOUSE_NAMES) + ', ' + st
        elif flat:
            head = 'Flat %d, %d %s' % (r.randint(1, 12), r.randint(1, 220), st)
        else:
            head = '%d %s' % (r.randint(1, 220), st)
        pc = self.postcode(area)
        return head, town, pc

    def phone(self):
        r = self.r
        f = r.randrange(5)
        n = '7%03d%06d' % (r.randint(100, 999), r.randint(0, 999999))
        if f == 0:
            return '0' + n[:4] + ' ' + n[4:]
        if f == 1:
            return '+44 ' + n[:4] + ' ' + n[4:]
        if f == 2:
            return '0' + n
        if f == 3:
            return '(0%d) %03d %04d' % (r.choice([113, 117, 161, 1792, 29]), r.randint(200, 999), r.randint(0, 9999))
        return '+44' + n

    def email(self, name=None):
        r = self.r
        name = name or self.name('english')
        parts = [p for p in name.lower().replace("'", '').split() if p.isalpha()] or ['cust']
        return '%s%s%s@%s' % (parts[0], r.choice(['.', '_', '']), parts[-1] + (str(r.randint(1, 99)) if r.random() < .5 else ''), r.choice(EMAIL_DOMAINS))

    def account(self):
        return str(self.r.randint(10000000, 99999999)) + (str(self.r.randint(0, 99)) if self.r.random() < .5 else '')

    # keeps
    def tc(self):
        return 'TC-%d' % self.r.randint(100, 9999)

    def dflow(self):
        return self.r.choice(['D0010', 'D0086', 'D0149', 'D0150', 'D0205', 'D0055', 'D0002', 'D0019', 'D0268', 'D0036'])

    def ifref(self):
        return 'IF-%03d' % self.r.choice([1, 2, 13, 21, 31, 33, 36, 41])

    def mpanref(self):
        return 'MPAN-REF-%02d' % self.r.randint(1, 40)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def dip(self):
        return 'DIP-%s' % ''.join(self.r.choice('0123456789ABCDEF') for _ in range(12))

    def sha(self, n=40):
        return hashlib.sha1(str(self.r.random()).encode()).hexdigest()[:n]

    def version(self):
        r = self.r
        return '%d.%d.%d' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 60))

    def wo(self):
        return 'WO-%d-%06d' % (2026, self.r.randint(0, 999999))

    def inv(self):
        return 'INV-%07d' % self.r.randint(0, 9999999)

    def kwh(self):
        return '%05d.%d' % (self.r.randint(0, 99999), self.r.randint(0, 9))

    def money(self):
        return '£%d.%02d' % (self.r.randint(1, 900), self.r.randint(0, 99))

    def date(self):
        return '2026-%02d-%02d' % (self.r.randint(1, 11), self.r.randint(1, 28))

    def ts(self):
        r = self.r
        return '2026-%02d-%02dT%02d:%02d:%02d.%03dZ' % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))

    def ticket(self):
        return self.r.choice(['INC', 'CASE', 'DEF', 'CHG']) + '%07d' % self.r.randint(0, 9999999)


def fmt_eui(h, form):
    pairs = [h[i:i + 2] for i in range(0, 16, 2)]
    if form == '-':
        return '-'.join(pairs)
    if form == ':':
        return ':'.join(pairs)
    if form == '':
        return h
    if form == ' ':
        return ' '.join(pairs)
    if form == '.':
        return '.'.join(pairs)
    if form == '0x':
        return '0x' + h
    if form == 'lower':
        return ':'.join(pairs).lower()
    if form == 'dot4':
        return '.'.join(h[i:i + 4] for i in range(0, 16, 4)).lower()
    return h


def mpan_forms(core, r, top=None):
    """Surface forms for an MPAN core. Returns (form_name, text)."""
    f = r.choice(['plain', 'plain', 'spaced', 'spaced4', 'dashed', 'full21', 'full21s', 'topline2', 'dotted', 'underscore'])
    if f == 'plain':
        return f, core
    if f == 'spaced':
        return f, '%s %s %s %s' % (core[:2], core[2:6], core[6:10], core[10:])
    if f == 'spaced4':
        return f, '%s %s %s %s' % (core[:4], core[4:8], core[8:12], core[12:])
    if f == 'dashed':
        return f, '%s-%s-%s-%s' % (core[:2], core[2:6], core[6:10], core[10:])
    if f == 'dotted':
        return f, '%s.%s.%s' % (core[:2], core[2:6], core[6:])
    if f == 'underscore':
        return f, '%s_%s_%s' % (core[:2], core[2:6], core[6:])
    pc, mtc, llfc = top
    if f == 'full21':
        return f, pc + mtc + llfc + core
    if f == 'full21s':
        return f, '%s %s %s %s' % (pc, mtc, llfc, core)
    return f, 'S %s %s %s / %s %s %s %s' % (pc, mtc, llfc, core[:2], core[2:6], core[6:10], core[10:])


class B:
    """File builder: records exact substrings of secrets and keeps."""

    def __init__(self):
        self.parts = []
        self.items = []  # (start, end, cls, kind, text, form)
        self.pos = 0

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def _add(self, s, cls, kind, form):
        self.items.append((self.pos, self.pos + len(s), cls, kind, s, form))
        self.t(s)

    def s(self, text, kind, form='plain'):
        self._add(text, 'secret', kind, form)
        return self

    def k(self, text, kind):
        self._add(text, 'keep', kind, '')
        return self

    def text(self):
        return ''.join(self.parts)
