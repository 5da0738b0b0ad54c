import random
R = random.Random(3535)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12): return str(sum(int(a)*b for a, b in zip(d12, W)) % 11 % 10)
_used = set()
def uniq(f):
    while True:
        v = f()
        if v not in _used:
            _used.add(v); return v
def mpan():
    def f():
        d = '%02d' % R.randint(10, 23) + ''.join(R.choice('0123456789') for _ in range(10))
        return d + mpan_check(d)
    return uniq(f)
def mprn(): return uniq(lambda: R.choice('3479') + ''.join(R.choice('0123456789') for _ in range(9)))
def eserial():
    return uniq(lambda: R.choice(['L','S','E','K','A'])+R.choice('GMKPLC')+'%02d' % R.randint(9, 24)+R.choice('ABCDEFHKMPW')+'%05d' % R.randint(0, 99999))
def gserial():
    return uniq(lambda: R.choice(['G4A%08dD' % R.randint(0, 99999999), 'E6S%08d%02d' % (R.randint(0, 99999999), R.randint(10, 24))]))
def eui():
    return uniq(lambda: '-'.join(['%02X' % x for x in [0x00, R.choice([0x0C, 0x1B, 0x24, 0xDB]), R.randint(0, 255), 0xFF, 0xFE, R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)]]))
FIRST = ['Eleanor','Gareth','Priya','Tomasz','Moira','Declan','Harriet','Olusegun','Bethan','Callum','Siobhan','Rupert','Aisling','Kwame','Morwenna','Fergus']
LAST = ['Penhallow','Ashdown-Reeve','Trevithick','Okonkwo-Hale','MacQuarrie','Blenkinsop','Featherstonehaugh','Llewellyn','Rowbottom','Carrow','Dunmore','Gethin','Quennell','Vardy']
def name(): return uniq(lambda: R.choice(['Mrs ','Mr ','Ms ','Dr ','']) + R.choice(FIRST) + ' ' + R.choice(LAST))
STREETS = ['Larkspur Close','Tannery Lane','Wheelwright Road','Harebell Avenue','Quarry Bank','Ropewalk Street','Kingfisher Way','Sandpiper Crescent','Foundry Terrace','Bramblewood Drive']
TOWNS = [('Wetherby','LS22'),('Redruth','TR15'),('Kendal','LA9'),('Hexham','NE46'),('Ludlow','SY8'),('Brecon','LD3'),('Dunfermline','KY11'),('Stroud','GL5'),('Bridport','DT6'),('Ripon','HG4')]
def postcode(area=None):
    a = area or R.choice(TOWNS)[1]
    return uniq(lambda: '%s %d%s' % (a, R.randint(1, 9), ''.join(R.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))))
def address():
    t, a = R.choice(TOWNS)
    return uniq(lambda: '%s%d %s, %s %s' % (R.choice(['', 'Flat 3, ', '']), R.randint(2, 180), R.choice(STREETS), t, postcode(a)))
def phone(): return uniq(lambda: R.choice(['01632 960%03d', '07700 900%03d', '020 7946 0%03d']) % R.randint(0, 999))
def email():
    return uniq(lambda: '%s.%s%s@%s' % (R.choice(FIRST).lower(), R.choice(LAST).lower().replace('-', ''), R.randint(1, 99), R.choice(['example.com','example.org','example.net','mail.example.co.uk'])))
GEN = dict(MPAN=mpan, MPRN=mprn, ESERIAL=eserial, GSERIAL=gserial, EUI64=eui, NAME=name, ADDRESS=address, POSTCODE=postcode, PHONE=phone, EMAIL=email)
CONTEXT = {
 'MPAN': 'Supply point {v} shows as Legacy in the LDSO registration system',
 'MPRN': 'Gas supply point MPRN {v} confirmed on UK Link',
 'ESERIAL': 'Meter serial {v} read at 09:14, register 1 = 04512.3 kWh',
 'GSERIAL': 'Gas meter {v} exchanged, reading 01234 m3',
 'EUI64': 'ESME device id {v} commissioned via SRV 8.1.1',
 'NAME': 'Customer {v} confirmed the appointment by phone',
 'ADDRESS': 'Site address {v} visited by the field engineer',
 'POSTCODE': 'Premises postcode {v} matched the MPAS record',
 'PHONE': 'Customer contact number {v} called, no answer',
 'EMAIL': 'Confirmation sent to {v} at 10:02',
}
