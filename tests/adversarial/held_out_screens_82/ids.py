import random
R = random.Random(4646)
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r=R):
    d = [r.randint(10,23)]
    s = str(d[0]) + ''.join(str(r.randint(0,9)) for _ in range(10))
    c = sum(int(a)*p for a,p in zip(s,PR)) % 11 % 10
    return s + str(c)
def mpan_top(r=R):
    pc = r.choice(['01','02','03','04','05','08','00'])
    return pc + r.choice(['801','845','151','393','500','080','203']) + r.choice(['014','A10','210','0A3','801','120'])
def mpan_top_num(r=R):
    return r.choice(['01','02','03','04','05']) + r.choice(['801','845','151','393','500','080','203']) + r.choice(['014','310','210','043','801','120'])
def mprn(r=R):
    return str(r.randint(1,9)) + ''.join(str(r.randint(0,9)) for _ in range(r.choice([9,9,9,7,8])))
def eserial(r=R):
    f = r.choice(['a','b','c','d'])
    if f=='a': return r.choice(['S','K','D','F','L'])+'%02d'%r.randint(0,23)+r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')+'%06d'%r.randint(0,999999)
    if f=='b': return '%02d'%r.randint(10,23)+r.choice('ABCDEFGHJKLMNP')+'%07d'%r.randint(0,9999999)
    if f=='c': return 'E6S'+'%011d'%r.randint(0,99999999999)
    return r.choice(['G4K','M1A','EML'])+'%08d'%r.randint(0,99999999)
def eui(r=R, sep='-'):
    b = r.choice([[0x00,0x1C,0x9B],[0x70,0xB3,0xD5],[0x00,0x0D,0x6F],[0xBC,0x6A,0x29]]) + [r.randint(0,255) for _ in range(5)]
    h = ['%02X'%x for x in b]
    if sep == '.': return '.'.join(''.join(h[i:i+2]) for i in range(0,8,2))
    return sep.join(h)
FIRST = ['John','Sarah','James','Paul','Emma','Olivia','Mohammed','Aisha','Rhys','Siobhan','Eilidh','Ciaran','Gwenllian','Dafydd',
 'Priya','Rajesh','Harpreet','Chinedu','Adaeze','Kwame','Ama','Oluwaseun','Agnieszka','Krzysztof','Małgorzata','Tomasz','Niamh','Saoirse',
 'Fatima','Imran','Deepak','Ruairidh','Catriona','Bronwen','Ifeoma','Yaw','Wojciech','Zofia','Margaret','David','Helen','Peter']
LAST = ['Smith','Brown','Wood','Walker','Jones','Taylor','Evans','Llewellyn','MacLeod','Ó Briain','NicDhòmhnaill','Patel','Sharma',
 'Chowdhury','Okonkwo','Adeyemi','Mensah','Boateng','Kowalski','Wiśniewska','Nowak','Zieliński','Gallagher','Campbell','Hughes',
 'Begum','Hussain','Singh','Oyelaran','Asante','Kaczmarek','Pritchard','Morgan','Robertson','Fraser','Baker','Green','Hall']
def name(r=R): return r.choice(FIRST)+' '+r.choice(LAST)
STREETS = ['Station Road','High Street','Heol y Parc','Church Lane','Mill Road','Victoria Street','Queens Drive','Park Avenue',
 'Ffordd Glyndwr','Kirk Wynd','Cathedral Close','Albion Terrace','Glebe Crescent','Bryn Awel','Sycamore Close','Ladysmith Road']
TOWNS = [('Swansea','SA1'),('Leeds','LS6'),('Glasgow','G12'),('Inverness','IV2'),('Cardiff','CF24'),('Bristol','BS7'),('Norwich','NR3'),
 ('Manchester','M14'),('Exeter','EX4'),('Derby','DE22'),('Aberdeen','AB24'),('Bangor','LL57'),('Reading','RG1'),('Leicester','LE2')]
def postcode(out, r=R): return out+' '+str(r.randint(1,9))+r.choice('ABDEFGHJLNPQRSTUWXYZ')+r.choice('ABDEFGHJLNPQRSTUWXYZ')
def address(r=R):
    t,o = r.choice(TOWNS)
    return ('%d %s' % (r.randint(1,188), r.choice(STREETS)), t, postcode(o, r))
def phone(r=R): return r.choice(['07700 9%05d','01632 9%05d','0113 496 %04d','020 7946 %04d']) % r.randint(0,9999 if False else 999)
def email(n, r=R):
    a,b = n.lower().replace('ó','o').replace('ł','l').replace('ś','s').replace('ń','n').replace('ò','o').split(' ',1)
    return '%s.%s@%s' % (a, b.replace(' ','').replace("'",''), r.choice(['example.com','example.co.uk','example.org']))
def account(r=R): return r.choice(['ACC','CUST','A/C ',''])+''.join(str(r.randint(0,9)) for _ in range(r.choice([8,9,10])))
def tc(r=R): return 'TC-%04d' % r.randint(100,9999)
def flow(r=R): return r.choice(['D0010','D0150','D0086','D0019','D0055','D0205','D0302','IF-031','IF-002','PUB-025','D0036'])
def ts(r=R): return '2026-%02d-%02dT%02d:%02d:%02dZ' % (r.randint(1,11),r.randint(1,28),r.randint(0,23),r.randint(0,59),r.randint(0,59))
def uuid(r=R): return '%08x-%04x-4%03x-a%03x-%012x' % (r.getrandbits(32),r.getrandbits(16),r.getrandbits(12),r.getrandbits(12),r.getrandbits(48))
def amount(r=R): return '£%d.%02d' % (r.randint(1,899), r.randint(0,99))
def fw(r=R): return 'v%d.%d.%d' % (r.randint(1,4),r.randint(0,20),r.randint(0,99))
def reading(r=R): return '%05d.%d' % (r.randint(0,99999), r.randint(0,9))
def wo(r=R): return 'WO-%06d' % r.randint(0,999999)
def dip(r=R): return 'DIP-%07d' % r.randint(0,9999999)
def mref(r=R): return 'MPAN-REF-%02d' % r.randint(1,99)
def spaced_core(c): return '%s %s %s %s' % (c[:2], c[2:6], c[6:10], c[10:])
