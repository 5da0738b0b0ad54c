import random
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)
def mpan(rng):
    d12 = str(rng.choice(range(10, 24))) + ''.join(rng.choice('0123456789') for _ in range(10))
    return d12 + mpan_check(d12)
def mprn(rng):
    return ''.join(rng.choice('123456789') for _ in range(1)) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([7, 8, 9])))
def serial(rng):
    shapes = [lambda: f"{rng.choice(['S','K','Z','D','F'])}{rng.randint(10,24):02d}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(0,999999):06d}",
              lambda: f"{rng.randint(10,24):02d}{rng.choice('KLMPS')}{rng.randint(0,9999999):07d}",
              lambda: f"E6S{rng.randint(0,99999999):08d}{rng.randint(10,24):02d}",
              lambda: f"G4{rng.choice('ABK')}{rng.randint(0,99999999):08d}",
              lambda: f"E{rng.randint(10,24):02d}{rng.choice(['BG','UK','MT'])}{rng.randint(0,99999):05d}"]
    return rng.choice(shapes)()
def eui64(rng):
    b = [0x00, 0x1B, 0xC5, 0x0C] + [rng.randint(0, 255) for _ in range(4)]
    st = rng.choice(['-', ':', '', ' '])
    s = st.join(f'{x:02X}' for x in b)
    return s
FIRST = ['Siân', 'Eilidh', 'Rhodri', 'Priya', 'Oluwaseun', 'Małgorzata', 'John', 'Sarah', 'James', 'Paul', 'Aoife', 'Chidi', 'Mohammed', 'Gwenllian', 'Ruaridh', 'Kwame', 'Harpreet', 'Wojciech', 'Fatima', 'Tomasz']
LAST = ['Pritchard', 'MacLeod', 'Okonkwo', 'Patel', 'Adeyemi', 'Kowalczyk', 'Smith', 'Brown', 'Wood', 'Walker', 'Ní Bhriain', 'Mensah', 'Chaudhry', 'ap Gwilym', 'MacAulay', 'Asante', 'Sandhu', 'Wiśniewski', 'Hussain', 'Jones']
def name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
STREETS = ['Heol y Nant', 'Bramley Road', 'Cathcart Street', 'Wellington Avenue', 'Ffordd Las', 'Kingsway Close', 'Albert Terrace', 'Mill Lane', 'Church Street', 'Station Road']
TOWNS = ['Pontypridd', 'Leeds', 'Glasgow', 'Norwich', 'Wrexham', 'Bolton', 'Derby', 'Inverness', 'Swindon', 'Belfast']
def address(rng):
    n = rng.randint(1, 180)
    pre = rng.choice(['', '', f'Flat {rng.randint(1,12)}, '])
    return f"{pre}{n} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
AREAS = ['CF37', 'LS6', 'G42', 'NR2', 'LL11', 'BL1', 'DE22', 'IV2', 'SN1', 'BT7', 'M14', 'B29', 'EH3', 'SW9']
def postcode(rng):
    return f"{rng.choice(AREAS)} {rng.randint(1,9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
def phone(rng):
    f = rng.choice([lambda: f"07{rng.randint(100,999)} {rng.randint(100000,999999)}",
                    lambda: f"0161 {rng.randint(200,999)} {rng.randint(1000,9999)}",
                    lambda: f"+44 7{rng.randint(100,999)} {rng.randint(100000,999999)}",
                    lambda: f"029 20{rng.randint(10,99)} {rng.randint(1000,9999)}",
                    lambda: f"01{rng.randint(200,999)} {rng.randint(100000,999999)}"])
    return f()
def email(rng):
    import unicodedata
    n = name(rng).lower()
    n = unicodedata.normalize('NFKD', n).encode('ascii', 'ignore').decode().replace(' ', rng.choice(['.', '_', '']))
    n = n.replace("'", '')
    return f"{n}{rng.choice(['', str(rng.randint(1,99))])}@{rng.choice(['btinternet.com','gmail.com','outlook.com','sky.com','yahoo.co.uk','virginmedia.com'])}"
KINDS = {'mpan': mpan, 'mprn': mprn, 'serial': serial, 'eui64': eui64, 'name': name,
         'address': address, 'postcode': postcode, 'phone': phone, 'email': email}
CONTEXT = {
 'mpan': ['Supply MPAN {v} confirmed', 'MPAN {v}', 'core {v} registered to the new supplier', 'Import MPAN: {v}'],
 'mprn': ['MPRN {v}', 'Gas supply point {v} confirmed', 'meter point reference {v}'],
 'serial': ['Meter serial {v}', 'msn {v} exchanged', 'Gas meter {v}', 'ESME serial: {v}'],
 'eui64': ['Device ID {v}', 'GUID {v} commissioned', 'CHF {v}', 'ESME device {v}'],
 'name': ['Customer: {v}', 'Spoke to {v} at the property', 'Account holder {v}', '{v} confirmed the reading'],
 'address': ['Site: {v}', 'customer address {v}', 'Premises {v}', 'Visited {v}'],
 'postcode': ['Postcode {v}', 'site postcode {v}', 'in {v} area', 'PC: {v}'],
 'phone': ['Tel {v}', 'customer phone {v}', 'Called {v}', 'Mobile: {v}'],
 'email': ['Email {v}', 'sent to {v}', 'Contact: {v}', 'customer e-mail {v}'],
}
KEEPS = [('TC-4471', 'testcase'), ('D0010', 'msgtype'), ('IF-031', 'msgtype'), ('MPAN-REF-07', 'mpanref'),
         ('2026-11-30T09:14:02Z', 'timestamp'), ('6f1c2a9e-3b7d-4c11-9a0e-2f5d8e1b7c40', 'uuid'), ('£142.50', 'amount'),
         ('3.2.14', 'firmware'), ('004512.7 kWh', 'reading'), ('WO-55821', 'workorder'), ('DIP-000451', 'dip'),
         ('D0150', 'msgtype'), ('TC-0912', 'testcase'), ('MPRN-REF-03', 'mpanref'), ('2026-12-01 10:05:00', 'timestamp'),
         ('IF-036', 'msgtype'), ('DEF-118', 'defect'), ('WO-70233', 'workorder'), ('SIT-2', 'env'), ('R1 012345', 'reading')]
