"""Shared value factories and the Doc builder (seeded, deterministic)."""
import random, hashlib, uuid, string

R = random.Random(5050)

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)


def mpan_core():
    did = R.choice(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23'])
    body = did + ''.join(R.choice(string.digits) for _ in range(10))
    return body + mpan_check(body)


def mpan_full(core=None):
    core = core or mpan_core()
    pc = R.choice(['01', '02', '03', '04', '05', '08'])
    mtc = R.choice(['801', '845', '811', '152', '421'])
    llf = '%03d' % R.randint(1, 999)
    return pc + mtc + llf + core, core


def mprn():
    n = R.choice([10, 10, 10, 9, 8])
    return str(R.randint(1, 9)) + ''.join(R.choice(string.digits) for _ in range(n - 1))


def elec_serial():
    f = R.choice([
        lambda: '%02d%s%07d' % (R.randint(14, 24), R.choice('LEKZSAPM'), R.randint(0, 9999999)),
        lambda: '%s%02d%s%05d' % (R.choice('KLSZE'), R.randint(4, 24), R.choice('ABCDEGHJ'), R.randint(0, 99999)),
        lambda: 'S%s%07d' % (R.choice('AB'), R.randint(0, 9999999)),
    ])
    return f()


def gas_serial():
    f = R.choice([
        lambda: 'G4K%08d' % R.randint(0, 99999999),
        lambda: 'E6S%08d%02d' % (R.randint(0, 99999999), R.randint(5, 24)),
        lambda: 'G4A%07d%s' % (R.randint(0, 9999999), R.choice('ABCDEFGH')),
        lambda: 'U6%s%07d' % (R.choice('KLM'), R.randint(0, 9999999)),
    ])
    return f()


def eui():
    oui = R.choice(['001BC5', '70B3D5', '0015BC', '000D6F', 'D0CF5E', '8C6D77'])
    return oui + ''.join(R.choice('0123456789ABCDEF') for _ in range(10))


def eui_form(e, style):
    p = [e[i:i + 2] for i in range(0, 16, 2)]
    if style == 'dash': return '-'.join(p)
    if style == 'colon': return ':'.join(p)
    if style == 'none': return e
    if style == 'lower': return e.lower()
    if style == 'lowercolon': return ':'.join(p).lower()
    if style == 'space': return ' '.join(p)
    if style == 'dot4': return '.'.join(e[i:i + 4] for i in range(0, 16, 4))
    if style == '0x': return '0x' + e
    if style == '0xlower': return '0x' + e.lower()
    if style == 'under': return '_'.join(p)
    return e


EUI_STYLES = ['dash', 'colon', 'none', 'lower', 'lowercolon', 'space', 'dot4', '0x', '0xlower', 'under']

FIRST = {
    'en': ['John', 'Sarah', 'James', 'Paul', 'Mark', 'Rose', 'Grace', 'Daniel', 'Emma', 'Peter', 'Helen', 'Tom',
           'Olivia', 'George', 'Amelia', 'Harry', 'Joyce', 'Dawn', 'Heather', 'Robin'],
    'welsh': ['Rhys', 'Sioned', 'Gwenllian', 'Dafydd', 'Cerys', 'Iolo', 'Angharad', 'Llinos', 'Gethin', 'Nia'],
    'gael': ['Eilidh', 'Ruairidh', 'Mairead', 'Seonaidh', 'Calum', 'Catriona', 'Padraig', 'Siobhan', 'Niamh', 'Oisin'],
    'sasian': ['Priya', 'Arjun', 'Imran', 'Farah', 'Harpreet', 'Sanjay', 'Nusrat', 'Zainab', 'Rajesh', 'Ayesha'],
    'wafr': ['Chidi', 'Adaeze', 'Kwame', 'Abena', 'Oluwaseun', 'Folasade', 'Kofi', 'Ngozi', 'Yaw', 'Temitope'],
    'pol': ['Katarzyna', 'Grzegorz', 'Agnieszka', 'Wojciech', 'Malgorzata', 'Pawel', 'Zofia', 'Tomasz', 'Beata', 'Jakub'],
}
LAST = {
    'en': ['Smith', 'Brown', 'Wood', 'Walker', 'Hill', 'Field', 'Baker', 'Green', 'Moore', 'White', 'Young', 'King',
           'Marsh', 'Church', 'Fisher', 'Rose', 'Stone', 'Bird', 'Lamb', 'Best'],
    'welsh': ['Pritchard', 'Llewellyn', 'ap Gruffydd', 'Bowen', 'Vaughan', 'Prys', 'Rhydderch', 'Cadwaladr', 'Morgan', 'Gwynedd'],
    'gael': ["O'Donnell", 'MacLeod', "Mac an t-Saoir", 'NicDhòmhnaill', 'McAllister', "O'Neill", 'Macaulay', 'MacKinnon', "Ó Briain", 'MacAskill'],
    'sasian': ['Chaudhry', 'Patel', 'Bhattacharya', 'Rahman', 'Sandhu', 'Iyer', 'Hussain', 'Begum', 'Krishnan', 'Siddiqui'],
    'wafr': ['Okonkwo', 'Mensah', 'Adeyemi', 'Boateng', 'Oyelaran', 'Asante', 'Nwachukwu', 'Owusu', 'Adebayo', 'Ogunleye'],
    'pol': ['Kowalczyk', 'Wisniewska', 'Zielinski', 'Szymanska', 'Wojcik', 'Lewandowski', 'Dabrowska', 'Kaminski', 'Jankowska', 'Nowak'],
}


def person():
    o = R.choice(list(FIRST))
    o2 = o if R.random() < 0.85 else R.choice(list(FIRST))
    f = R.choice(FIRST[o])
    l = R.choice(LAST[o2])
    if R.random() < 0.08 and "'" not in l and ' ' not in l:
        l = l + '-' + R.choice(LAST['en'])
    return f, l


STREETS = {
    'welsh': ['Heol y Nant', 'Glan yr Afon', 'Ffordd Pentre', 'Stryd Fawr', 'Lon Las', 'Maes y Coed', 'Heol Tredwr',
              'Cae Glas', 'Bryn Awel', 'Ffordd yr Orsaf', 'Rhodfa Gwenllian', 'Heol Llanishen Fach'],
    'gael': ["Rathad an Locha", "Sraid na h-Eaglaise", "Ceann a' Bhaigh", 'Druim Mor', "Bayhead", 'Keith Street', "Lochiel Road",
             'Achmore Crescent'],
    'corn': ['Chy an Gweal', 'Penhallow Close', 'Trelawney Road', 'Bosvigo Road', 'Treliske Lane', 'Tregenna Hill',
             'Polwithen Drive', 'Trevithick Road', 'Boscawen Street', 'Parc an Dillon'],
    'en': ['Marsh Lane', 'Church Street', 'Station Road', 'Mill Road', 'Hawthorn Avenue', 'Beech Grove', 'Kingsway',
           'Victoria Terrace', 'Rowan Close', 'Lark Rise', 'Orchard Way', 'Cromwell Road'],
    'ni': ['Lisburn Road', 'Ormeau Road', 'Strand Road', 'Malone Avenue', 'Shankill Road', 'Creggan Street'],
}
TOWNS = {'welsh': [('Cardiff', 'CF14'), ('Swansea', 'SA1'), ('Bangor', 'LL57'), ('Aberystwyth', 'SY23'), ('Carmarthen', 'SA31'),
                   ('Caernarfon', 'LL55')],
         'gael': [('Stornoway', 'HS1'), ('Inverness', 'IV2'), ('Portree', 'IV51'), ('Fort William', 'PH33'), ('Glasgow', 'G12')],
         'corn': [('Truro', 'TR1'), ('Penzance', 'TR18'), ('St Austell', 'PL25'), ('Camborne', 'TR14'), ('Bodmin', 'PL31')],
         'en': [('Leeds', 'LS6'), ('Manchester', 'M14'), ('Birmingham', 'B29'), ('Bristol', 'BS3'), ('Norwich', 'NR2'),
                ('York', 'YO10'), ('London', 'E17'), ('Hull', 'HU5')],
         'ni': [('Belfast', 'BT9'), ('Derry', 'BT48'), ('Newry', 'BT34'), ('Lisburn', 'BT28')]}

STREET_GENERIC = {'road', 'street', 'lane', 'avenue', 'close', 'grove', 'terrace', 'way', 'drive', 'hill', 'crescent',
                  'flat', 'heol', 'ffordd', 'stryd', 'lon', 'rathad', 'sraid', 'the', 'and', 'rise', 'box', 'house',
                  'cottage', 'farm', 'road,', 'apartment', 'unit', 'floor', 'care', 'parc', 'chy', 'glan', 'maes',
                  'cae', 'bryn', 'yr', 'an', 'na', 'mor', 'fawr', 'las'}
NAME_GENERIC = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'the', 'and', 'mac'}


def postcode(out=None):
    out = out or R.choice([t for v in TOWNS.values() for t in v])[1]
    inw = str(R.randint(0, 9)) + ''.join(R.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))
    return out + ' ' + inw


def address(region=None):
    region = region or R.choice(['welsh', 'gael', 'corn', 'en', 'en', 'ni'])
    street = R.choice(STREETS[region])
    town, out = R.choice(TOWNS[region])
    pc = postcode(out)
    num = R.choice([str(R.randint(1, 180)), str(R.randint(1, 60)), '%d%s' % (R.randint(1, 40), R.choice('ab')),
                    'Flat %d, %d' % (R.randint(1, 12), R.randint(1, 90)), '2/1, %d' % R.randint(3, 80),
                    R.choice(['Ty Gwyn', 'Rose Cottage', 'Bryn Teg', 'The Old Forge', 'Tigh na Mara', 'Chy Lowen']) + ','])
    return num, street, town, pc, region


def phone():
    return R.choice([
        lambda: '07%03d %06d' % (R.randint(100, 999), R.randint(0, 999999)),
        lambda: '+44 7%03d %06d' % (R.randint(100, 999), R.randint(0, 999999)),
        lambda: '029 %04d %04d' % (R.randint(2000, 9999), R.randint(0, 9999)),
        lambda: '028 90%02d %04d' % (R.randint(0, 99), R.randint(0, 9999)),
        lambda: '01872 %06d' % R.randint(100000, 999999),
    ])()


def email(f, l):
    l2 = ''.join(c for c in l.lower() if c.isalpha() and c.isascii())
    return R.choice(['%s.%s@gmail.com', '%s%s@btinternet.com', '%s_%s@outlook.com', '%s.%s@hotmail.co.uk']) % (
        f.lower(), l2) if R.random() < 0.8 else '%s%d@yahoo.co.uk' % (l2, R.randint(1, 99))


def account():
    return R.choice([lambda: '%010d' % R.randint(10 ** 8, 10 ** 10 - 1), lambda: '%08d' % R.randint(10 ** 7, 10 ** 8 - 1),
                     lambda: '%012d' % R.randint(10 ** 11, 10 ** 12 - 1)])()


# ---------------- keeps
def k_tc(): return 'TC-%04d' % R.randint(1, 9999)
def k_dflow(): return R.choice(['D0010', 'D0086', 'D0150', 'D0149', 'D0055', 'D0205', 'D0036', 'D0275', 'D0311'])
def k_if(): return R.choice(['IF-031', 'IF-021', 'IF-019', 'IF-036', 'PUB-030', 'IF-013', 'IF-001'])
def k_mref(): return 'MPAN-REF-%02d' % R.randint(1, 99)
def k_epochms(): return str(R.randint(1764000000000, 1799999999999))
def k_epoch(): return str(R.randint(1764000000, 1799999999))
def k_uuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def k_sha(): return hashlib.sha1(str(R.random()).encode()).hexdigest()
def k_sha256(): return hashlib.sha256(str(R.random()).encode()).hexdigest()
def k_ver(): return R.choice(['v', '', 'V']) + '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))
def k_kwh(): return '%d.%d' % (R.randint(100, 99999), R.randint(0, 9))
def k_money(): return '£%d.%02d' % (R.randint(1, 2400), R.randint(0, 99))
def k_date(): return '2026-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28))
def k_ts(): return '2026-%02d-%02dT%02d:%02d:%02dZ' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
def k_inc(): return 'INC%07d' % R.randint(1, 9999999)
def k_sr(): return 'SR-%04d' % R.randint(1, 9999)
def k_cs(): return 'CS%07d' % R.randint(1, 9999999)
def k_wo(): return 'WO-2026-%06d' % R.randint(1, 999999)
def k_inv(): return 'INV-%08d' % R.randint(1, 99999999)
def k_dip(): return 'DIP-%s' % ''.join(R.choice('0123456789abcdef') for _ in range(12))
def k_tariff(): return R.choice(['E7-STD-2026', 'FLEX-OCT26-V2', 'EV-NIGHT-4', 'PPM-STD-E', 'FIX12M-NOV26'])


def k_ean():
    d = [R.randint(0, 9) for _ in range(12)]
    d[0] = 5
    d[1] = 0
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return ''.join(map(str, d)) + str((10 - s % 10) % 10)


def k_tool(): return R.choice(['Grafana', 'Postman', 'Kafka', 'Splunk', 'Jenkins', 'Datadog', 'Kibana', 'RabbitMQ'])


class Doc:
    """Accumulates text and records secrets / keeps exactly as written."""

    def __init__(self, name, genre, enc='utf-8', nl='\n', technique=''):
        self.name, self.genre, self.enc, self.nl, self.technique = name, genre, enc, nl, technique
        self.parts = []
        self.secrets = []
        self.keeps = []

    def w(self, t):
        self.parts.append(t)
        return t

    def s(self, v, kind, tech='plain', words=None):
        self.secrets.append({'value': v, 'kind': kind, 'technique': tech, 'words': words})
        self.parts.append(v)
        return v

    def k(self, v, kind):
        self.keeps.append({'value': v, 'kind': kind})
        self.parts.append(v)
        return v

    def text(self):
        return ''.join(self.parts)

    # helpers that produce an f-string-free interface
    def S(self, v, kind, tech='plain', words=None):
        """record a secret without writing (value written by caller in text); returns v"""
        self.secrets.append({'value': v, 'kind': kind, 'technique': tech, 'words': words})
        return v

    def K(self, v, kind):
        self.keeps.append({'value': v, 'kind': kind})
        return v
