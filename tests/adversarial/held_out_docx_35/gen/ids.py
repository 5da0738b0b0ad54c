import random
R = random.Random(4242)
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
STREETS = ['Bramble Road', 'Ashgrove Avenue', 'Kingfisher Close', 'Mill Lane', 'Orchard Street', 'Beacon Crescent',
           'Westfield Drive', 'Hawthorn Way', 'Station Road', 'Priory Gardens', 'Elm Terrace', 'Canal Street']
TOWNS = [('Leeds', 'LS6 2QT'), ('Bristol', 'BS7 8NH'), ('Norwich', 'NR2 4PL'), ('Cardiff', 'CF24 3AB'), ('Derby', 'DE22 1HU'),
         ('Exeter', 'EX4 6RG'), ('Glasgow', 'G12 8QQ'), ('Hull', 'HU5 3JT'), ('York', 'YO10 5DD'), ('Reading', 'RG1 7LX'),
         ('Swindon', 'SN2 1DS'), ('Bolton', 'BL1 4RR'), ('Stockport', 'SK4 2HB'), ('Ipswich', 'IP4 5NE')]
FIRST = ['Janet', 'Oliver', 'Priya', 'Gareth', 'Siobhan', 'Tomasz', 'Aisha', 'Graham', 'Eleanor', 'Kwame', 'Fiona', 'Declan']
LAST = ['Holloway', 'Pemberton', 'Okafor', 'Llewellyn', 'Fitzgerald', 'Nowak', 'Rahman', 'Whitaker', 'Ashworth', 'Mensah']
used = set()


def uniq(f):
    while True:
        v = f()
        if v not in used:
            used.add(v)
            return v


def mpan():
    def g():
        d = '%02d' % R.randint(10, 23) + ''.join(str(R.randint(0, 9)) for _ in range(10))
        c = sum(int(x) * p for x, p in zip(d, PRIMES)) % 11 % 10
        return d + str(c)
    return uniq(g)


def mpan_valid(s):
    return len(s) == 13 and s.isdigit() and sum(int(x) * p for x, p in zip(s, PRIMES)) % 11 % 10 == int(s[12])


def mprn():
    return uniq(lambda: str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(9)))


def serial():
    def g():
        k = R.randint(0, 3)
        if k == 0:
            return 'S%02dA%06d' % (R.randint(10, 23), R.randint(0, 999999))
        if k == 1:
            return 'E%02dBG%08d' % (R.randint(10, 23), R.randint(0, 99999999))
        if k == 2:
            return 'G4A%08d%02d' % (R.randint(0, 99999999), R.randint(10, 99))
        return 'K%02dW%05d' % (R.randint(10, 23), R.randint(0, 99999))
    return uniq(g)


def device():
    return uniq(lambda: '-'.join(['00', '1D', 'A2'] + ['%02X' % R.randint(0, 255) for _ in range(5)]))


def address():
    def g():
        t, pc = R.choice(TOWNS)
        return '%d %s, %s %s' % (R.randint(2, 98), R.choice(STREETS), t, pc)
    return uniq(g)


def namephone():
    return uniq(lambda: '%s %s, tel 07700 900%03d' % (R.choice(FIRST), R.choice(LAST), R.randint(0, 999)))


GEN = {'mpan': mpan, 'mprn': mprn, 'serial': serial, 'device': device, 'address': address, 'namephone': namephone}
LABEL = {'mpan': 'MPAN ', 'mprn': 'MPRN ', 'serial': 'Meter serial ', 'device': 'Device ID ', 'address': 'Customer address ',
         'namephone': 'Customer '}


def make(cls):
    ident = GEN[cls]()
    return ident, LABEL[cls] + ident
