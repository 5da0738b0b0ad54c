import random
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(r):
    while True:
        d = [r.choice([1,1,2]) , r.randint(0,9)]  # distributor 10-23
        core = [int(c) for c in '%02d' % r.choice(range(10,24))] + [r.randint(0,9) for _ in range(10)]
        cd = sum(a*b for a,b in zip(core,PR)) % 11 % 10
        return ''.join(map(str,core)) + str(cd)
def mprn(r): return str(r.randint(1,9)) + ''.join(str(r.randint(0,9)) for _ in range(r.choice([8,9])))
def serial(r):
    k = r.randint(0,3)
    if k == 0: return 'E6S%08d%02d' % (r.randint(0,99999999), r.randint(18,24))
    if k == 1: return 'G4P%08d%02d' % (r.randint(0,99999999), r.randint(18,24))
    if k == 2: return '%02dL%07d' % (r.randint(10,24), r.randint(0,9999999))
    return 'K%02dA%05d' % (r.randint(1,99), r.randint(0,99999))
def eui(r):
    b = ['00','1B','C5'] if r.random()<.5 else ['70','B3','D5']
    b += ['%02X' % r.randint(0,255) for _ in range(5)]
    sep = r.choice(['-', ':', ''])
    return sep.join(b)
FIRST = ['John','Sarah','James','Paul','Siân','Gethin','Eilidh','Ruaridh','Priya','Imran','Chinedu','Adaeze','Kwame','Agnieszka','Wojciech','Mohammed','Olumide','Niamh','Fionnlagh','Harpreet']
LAST = ['Smith','Brown','Wood','Walker','Llewellyn','ap Rhys','MacLeod','Nic a Phearsain','Patel','Chaudhry','Okafor','Adebayo','Mensah','Kowalczyk','Wiśniewski','Rahman','Oyelaran','O\'Sullivan','MacAoidh','Sandhu']
def name(r): return r.choice(FIRST) + ' ' + r.choice(LAST)
STREETS = ['Heol y Felin','Mill Lane','Station Road','Kingsway','Church Street','Ffordd Pentre','Glebe Crescent','Victoria Avenue','Baker Street','Orchard Close']
TOWNS = [('Cardiff','CF14 3NP'),('Swansea','SA1 5AB'),('Inverness','IV2 4JL'),('Leicester','LE4 6FG'),('Bradford','BD7 1DP'),('Norwich','NR2 3HE'),('Stornoway','HS1 2BP'),('Luton','LU2 0NS'),('Belfast','BT9 6AW'),('Leeds','LS6 2QP')]
def address(r):
    s = r.choice(STREETS); t,pc = r.choice(TOWNS)
    pre = r.choice(['%d ' % r.randint(1,220), 'Flat %d, %d ' % (r.randint(1,9), r.randint(2,90))])
    return '%s%s, %s' % (pre, s, t)
def postcode(r):
    a = r.choice(['CF','SA','IV','LE','BD','NR','HS','LU','BT','LS','M','B','G','EH','SW'])
    out = a + str(r.randint(1,19)) if len(a)==2 else a + str(r.randint(1,40))
    return out + ' ' + str(r.randint(0,9)) + r.choice('ABDEFGHJLNPQRSTUWXYZ') + r.choice('ABDEFGHJLNPQRSTUWXYZ')
def phone(r):
    k = r.randint(0,2)
    if k == 0: return '07%03d %06d' % (r.randint(100,999), r.randint(0,999999))
    if k == 1: return '01%03d %06d' % (r.randint(100,999), r.randint(100000,999999))
    return '+44 20 %04d %04d' % (r.randint(3000,8999), r.randint(0,9999))
def email(r):
    f = r.choice(['john.smith','s.brown','priya.patel','gethin.llewellyn','chinedu.okafor','a.kowalczyk','eilidh.macleod','kwame.mensah'])
    return '%s%d@%s' % (f, r.randint(1,99), r.choice(['gmail.com','outlook.co.uk','btinternet.com','yahoo.co.uk']))
GEN = dict(mpan=mpan, mprn=mprn, serial=serial, eui64=eui, name=name, address=address, postcode=postcode, phone=phone, email=email)
LABEL = dict(mpan='MPAN', mprn='MPRN', serial='Meter serial', eui64='ESME device id', name='Customer', address='Supply address', postcode='Postcode', phone='Customer phone', email='Customer e-mail')
KEEPS = [('tc','TC-1187'),('msg','D0010'),('msg','IF-031'),('ref','MPAN-REF-07'),('dip','DIP-0042'),('ts','2026-11-14T09:12:03Z'),
 ('uuid','3f1c2a9e-77d0-4a51-9b1e-2c4d5e6f7a80'),('amount','GBP 1,204.50'),('fw','3.14.2'),('reading','004512.7'),('wo','WO-558812'),
 ('msg','D0086'),('tc','TC-2231'),('ref','MPAN-REF-12'),('msg','ECS17'),('uuid','9b2e0c4d-1a7f-4e3b-8c5d-6f7a8b9c0d1e'),('ts','2026-11-20 14:02:11'),
 ('wo','WO-771203'),('fw','FW 2.0.11'),('dip','DIP-1180')]
