"""Deterministic invented identifiers and keeps (seeded)."""
import random
PRIMES = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12):
    return sum(int(c)*p for c, p in zip(d12, PRIMES)) % 11 % 10
def mpan(rng):
    dist = rng.choice(['10','11','12','13','14','15','16','17','18','19','20','21','22','23'])
    body = dist + ''.join(rng.choice('0123456789') for _ in range(10))
    return body + str(mpan_check(body))
def mprn(rng):
    n = rng.choice([8, 9, 10])
    return str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(n-1))
def serial(rng):
    shape = rng.choice(['L', 'S', 'E', 'G'])
    if shape == 'L':   # e.g. 21L4491562 (electricity, year+maker+digits)
        return '%02d%s%07d' % (rng.randint(10, 24), rng.choice('LKPRM'), rng.randint(0, 9999999))
    if shape == 'S':   # e.g. S1C08733291
        return 'S%d%s%08d' % (rng.randint(1, 9), rng.choice('ABCDE'), rng.randint(0, 99999999))
    if shape == 'E':   # e.g. E6S12345678912  (smart meter style)
        return 'E%dS%08d%02d' % (rng.randint(1, 9), rng.randint(0, 99999999), rng.randint(10, 99))
    return 'G4A%07d%s' % (rng.randint(0, 9999999), rng.choice('ABCDEFGH'))   # gas G4-style
def eui64(rng):
    b = [rng.randint(0, 255) for _ in range(8)]
    b[0] = 0x00; b[1] = rng.choice([0x0D, 0x1B, 0x24, 0x50])
    return '-'.join('%02X' % x for x in b)
FIRST = ['Siobhan', 'Oluwaseun', 'Krzysztof', 'Mei', 'Aarav', 'Grace', 'Rose', 'Will', 'Mark', 'Dawn', 'Bethan', 'Tariq',
         'Ngozi', 'Hamish', 'Ewa', 'Joy', 'Faith', 'Rhys']
LAST = ['Okonkwo', 'Nowak', 'Baker', 'Fletcher', 'Mason', 'Gill', 'Bell', 'Nguyen', 'Patel', 'MacLeod', 'Read', 'Wood',
        'Hill', 'Szabo', 'Chowdhury', 'Field', 'Cook', 'Rowe']
def name(rng):
    return rng.choice(FIRST) + ' ' + rng.choice(LAST)
STREETS = ['Mill Lane', 'Station Road', 'Albion Street', 'Orchard Close', 'Queens Avenue', 'Tanners Row',
           'Chapel Walk', 'Victoria Terrace', 'Bridge End', 'Kingsway Gardens']
TOWNS = [('Leeds', 'LS'), ('Swansea', 'SA'), ('Norwich', 'NR'), ('Dundee', 'DD'), ('Exeter', 'EX'), ('Wigan', 'WN'),
         ('Carlisle', 'CA'), ('Reading', 'RG'), ('Derby', 'DE'), ('Hull', 'HU')]
def postcode(rng, area=None):
    area = area or rng.choice([a for _, a in TOWNS] + ['M', 'B', 'G', 'E', 'N'])
    fmt = rng.choice(['A9', 'A99', 'A9A']) if len(area) == 1 else rng.choice(['9', '99', '9A'])
    out = area
    for ch in fmt[len(area) if len(area) == 1 and False else 0:]:
        pass
    if len(area) == 1:
        out = area + str(rng.randint(1, 9)) + (str(rng.randint(0, 9)) if rng.random() < .5 else '')
    else:
        out = area + str(rng.randint(1, 29))
    inward = str(rng.randint(0, 9)) + rng.choice('ABDEFGHJLNPQRSTUWXYZ') + rng.choice('ABDEFGHJLNPQRSTUWXYZ')
    return out + ' ' + inward
def address(rng):
    town, area = rng.choice(TOWNS)
    return '%d %s, %s %s' % (rng.randint(2, 180), rng.choice(STREETS), town, postcode(rng, area))
def phone(rng):
    kind = rng.choice(['mob', 'ldn', 'mcr', 'gen'])
    if kind == 'mob':
        return '07700 900%03d' % rng.randint(0, 999)
    if kind == 'ldn':
        return '020 7946 0%03d' % rng.randint(0, 999)
    if kind == 'mcr':
        return '0161 496 0%03d' % rng.randint(0, 999)
    return '0113 496 0%03d' % rng.randint(0, 999)
def email(rng):
    f = rng.choice(FIRST).lower(); l = rng.choice(LAST).lower()
    return '%s.%s%s@%s' % (f, l, rng.choice(['', '', str(rng.randint(1, 99))]), rng.choice(['example.com', 'example.org', 'example.co.uk', 'example.net']))
def account(rng):
    return str(rng.choice([8, 9])) + ''.join(rng.choice('0123456789') for _ in range(9))   # 10-digit customer account
KINDS = ['mpan', 'mprn', 'serial', 'eui64', 'name', 'address', 'postcode', 'phone', 'email', 'account']
LABELS = {'mpan': 'MPAN', 'mprn': 'MPRN', 'serial': 'Meter serial', 'eui64': 'Device EUI-64', 'name': 'Customer name',
          'address': 'Supply address', 'postcode': 'Postcode', 'phone': 'Contact phone', 'email': 'Customer e-mail',
          'account': 'Account number'}
GEN = {'mpan': mpan, 'mprn': mprn, 'serial': serial, 'eui64': eui64, 'name': name, 'address': address,
       'postcode': postcode, 'phone': phone, 'email': email, 'account': account}
def make(kind, rng):
    return GEN[kind](rng)
# keeps: label and value that must NOT be flagged
def keeps(rng):
    return [
        ('Test case', 'FM_TS_1_TC_%02d' % rng.randint(2, 60)),
        ('Message type', rng.choice(['D0010', 'D0150', 'IF-031', 'IF-021', 'D0086'])),
        ('DIP message id', 'DIP-%08d' % rng.randint(0, 99999999)),
        ('Reference', 'MPAN-REF-%02d' % rng.randint(1, 99)),
        ('Received', '2026-11-%02dT%02d:%02d:%02dZ' % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))),
        ('Correlation id', '%08x-%04x-4%03x-a%03x-%012x' % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48))),
        ('Harness version', '%d.%d.%d' % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40))),
        ('Amount', '£%d.%02d' % (rng.randint(10, 900), rng.randint(0, 99))),
        ('Register reading', '%05d kWh' % rng.randint(100, 99999)),
        ('Ticket', 'MHHS-%d' % rng.randint(1000, 9999)),
        ('Note', rng.choice(['Mark the reading as Read and Will it pass', 'Rose by Grace period', 'Grace period applies to the Bell schedule'])),
    ]
def verify_mpan(v):
    return len(v) == 13 and v.isdigit() and mpan_check(v[:12]) == int(v[12])
