"""Seeded invented identifiers (valid shapes) and keeps."""
import random
PR = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan_check(d12): return sum(int(c) * p for c, p in zip(d12, PR)) % 11 % 10
def mpan(r):
    d = str(r.randint(10, 23)) + ''.join(str(r.randint(0, 9)) for _ in range(10))
    core = d + str(mpan_check(d))
    return core if r.random() < .5 else f'{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}'
def mprn(r): return str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 9])))
def serial(r):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    f = r.choice([
        lambda: f'{r.choice("EKLS")}{r.randint(10,24):02d}{r.choice(L)}{r.randint(0,99999):05d}',       # electric e.g. K19A04721
        lambda: f'{r.randint(15,24):02d}{r.choice(L)}{r.randint(0,9999999):07d}',                          # 19P0123456
        lambda: f'E6S{r.randint(0,99999999999):011d}',                                                      # gas smart (SMETS2 G4)
        lambda: f'G4{r.choice("ABKP")}{r.randint(0,99999999):08d}',                                          # gas G4-style
    ])
    return f()
def eui64(r):
    b = [0x00, 0x1B, 0xC5] + [r.randint(0, 255) for _ in range(5)]
    sep = r.choice(['-', ':', ''])
    return sep.join(f'{x:02X}' for x in b)
FIRST = ['Rose', 'Grace', 'Olusegun', 'Siobhan', 'Wei', 'Priya', 'Mark', 'Faith', 'Zbigniew', 'Amal', 'Hannah', 'Tomasz', 'Chidi', 'Ngozi', 'Ravi', 'Joy', 'Dawn', 'Rhys']
LAST = ['Baker', 'Fisher', 'Adeyemi', 'Kowalczyk', 'Haddad', 'Raghunathan', 'Bishop', 'Mason', 'Cook', 'Nakamura', 'Okonkwo', 'Price', 'Wood', 'Chaudhry', 'Lindqvist', 'Hill']
def name(r): return f'{r.choice(FIRST)} {r.choice(LAST)}'
STREETS = ['Kestrel', 'Larch', 'Wren', 'Foundry', 'Mill', 'Orchard', 'Chapel', 'Hawthorn', 'Station', 'Granary']
TYPES = ['Road', 'Avenue', 'Close', 'Way', 'Lane', 'Crescent', 'Street', 'Grove']
TOWNS = ['Melksham', 'Hexham', 'Kettering', 'Truro', 'Ely', 'Penrith', 'Bangor', 'Frome', 'Ludlow', 'Selby']
def address(r):
    a = f'{r.randint(2, 148)} {r.choice(STREETS)} {r.choice(TYPES)}, {r.choice(TOWNS)}'
    return ('Flat %d, ' % r.randint(1, 9) + a) if r.random() < .3 else a
def postcode(r):
    L = 'ABCDEFGHJKLMNPRSTUWY'; I = 'ABDEFGHJLNPQRSTUWXYZ'
    out = f'{r.randint(0,9)}{r.choice(I)}{r.choice(I)}'
    f = r.choice([lambda: f'{r.choice(L)}{r.randint(1,9)}', lambda: f'{r.choice(L)}{r.randint(10,99)}',
                  lambda: f'{r.choice("BCDEGHLMNPS")}{r.choice("ABDEFHLNRSTY")}{r.randint(1,9)}',
                  lambda: f'{r.choice("BCDEGHLMNPS")}{r.choice("ABDEFHLNRSTY")}{r.randint(10,99)}',
                  lambda: f'W{r.randint(1,9)}{r.choice("ABEHMNPRVWXY")}', lambda: f'EC{r.randint(1,4)}{r.choice("ABMNPRVY")}'])
    return f'{f()} {out}'
def phone(r):
    return r.choice([f'07700 900{r.randint(0,999):03d}', f'01632 960{r.randint(0,999):03d}', f'020 7946 0{r.randint(0,999):03d}', f'0113 496 0{r.randint(0,999):03d}'])
def email(r):
    return f'{r.choice(FIRST).lower()}.{r.choice(LAST).lower()}{r.randint(1,99)}@{r.choice(["example.com","example.org","example.net","example.co.uk"])}'
def account(r): return ''.join(str(r.randint(0, 9)) for _ in range(r.choice([9, 10, 11])))
GEN = {'mpan': mpan, 'mprn': mprn, 'serial': serial, 'eui64': eui64, 'name': name, 'address': address,
       'postcode': postcode, 'phone': phone, 'email': email, 'account': account}
LABEL = {'mpan': 'MPAN', 'mprn': 'MPRN', 'serial': 'Meter serial', 'eui64': 'Device ID', 'name': 'Customer',
         'address': 'Supply address', 'postcode': 'Postcode', 'phone': 'Contact phone', 'email': 'Email', 'account': 'Account no.'}
KEEPS = [('Test case', 'TC-ELEC-0142'), ('Flow', 'D0010 v2.3.1'), ('Interface', 'IF-031'), ('DIP message', 'DIP-9F2C44A1'),
         ('Reference', 'MPAN-REF-07'), ('Timestamp', '2026-03-14T09:21:07Z'), ('Correlation', '3f6d2a4e-9b1c-4d7e-8a2f-5c0b1e9d7a36'),
         ('Amount', '£142.56'), ('Reading', '004512.7 kWh'), ('Ticket', 'ADO-48213'), ('Note', 'Will Mark Grace period'),
         ('Reviewer role', 'Rose Garden lead'), ('Release', 'R2.4 build 1187'), ('Step', 'Step 3 of 7 Passed')]
