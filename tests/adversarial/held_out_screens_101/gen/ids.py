import random
from faker import Faker
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
class V:
    def __init__(s,seed):
        s.r=random.Random(seed); s.f=Faker('en_GB'); s.f.seed_instance(seed)
    def core(s):
        r=s.r; d=r.choice(range(10,24)); body=str(d)+''.join(str(r.randint(0,9)) for _ in range(10))
        c=sum(int(a)*b for a,b in zip(body,PR))%11%10
        return body+str(c)
    def top(s):
        r=s.r; return (r.choice(['01','02','03','04','05','08','00']), r.choice(['801','845','151','393','181','031','120']), '%03d'%r.randint(1,999))
    def mpan(s,sep=' '):
        c=s.core(); return c if sep is None else sep.join([c[:2],c[2:6],c[6:10],c[10:]])
    def mprn(s):
        return str(s.r.randint(1,99))+''.join(str(s.r.randint(0,9)) for _ in range(8))
    def eserial(s):
        r=s.r; return r.choice(['Z','K','E','S','L'])+'%02d'%r.randint(0,24)+r.choice('NWPUBA')+'%06d'%r.randint(0,999999)
    def gserial(s):
        r=s.r; return r.choice(['E6S','G4A','M015'])+''.join(str(r.randint(0,9)) for _ in range(11 if r.random()<.5 else 8))
    def eui(s,sep='-'):
        r=s.r; b=[0x00,0x1C,0x9B] if r.random()<.5 else [0xBC,0x33,0xAC]
        b+= [r.randint(0,255) for _ in range(5)]
        h=['%02X'%x for x in b]
        if sep=='.': return '.'.join(''.join(h[i:i+2]) for i in range(0,8,2))
        if sep=='': return ''.join(h)
        return sep.join(h)
    NAMES=['Siôn Pritchard','Eilidh MacAulay','Mairead Ní Bhriain','Priya Raghunathan','Oluwaseun Adebayo','Kwame Mensah',
      'Agnieszka Wójcik','Tomasz Kowalczyk','John Smith','Sarah Brown','James Wood','Paul Walker','Harpreet Sandhu',
      'Gwenllian Morgan','Chidinma Okafor','Fatima Rahman','Dafydd ap Iorwerth','Catriona MacLeod','Imran Chaudhry',
      'Margaret Hall','Ewa Zielińska','Adaeze Nwosu','Rhodri Llewellyn','Anil Patel','Susan Clarke','Kofi Boateng']
    def name(s):
        return s.r.choice(s.NAMES) if s.r.random()<.7 else s.f.name()
    PCS=['CF10 3NQ','LS6 2AB','SA1 5DZ','G12 8QQ','BT7 1NN','M14 5RT','B15 2TT','NE4 6SL','EH9 1PR','PL4 8AA','IV2 3HX','LL57 2DG','SW1A 1AA','BS8 1TH','NG7 2RD','KY16 9AJ']
    TOWNS=['Cardiff','Leeds','Swansea','Glasgow','Belfast','Manchester','Birmingham','Newcastle','Edinburgh','Plymouth','Inverness','Bangor','London','Bristol','Nottingham','St Andrews']
    def addr(s):
        i=s.r.randrange(len(s.PCS)); st=s.f.street_name()
        return '%d %s'%(s.r.randint(1,240),st), s.TOWNS[i], s.PCS[i]
    def phone(s):
        return s.r.choice(['01632 %06d'%s.r.randint(960000,960999),'07700 %06d'%s.r.randint(900000,900999),'+44 7700 %06d'%s.r.randint(900000,900999)])
    def email(s,n):
        p=n.lower().replace(' ','.').replace('ô','o').replace('í','i').replace('ó','o').replace('ń','n')
        return p+'@'+s.r.choice(['example.com','example.co.uk','example.org'])
    def acct(s):
        return s.r.choice(['A','']) + '%010d'%s.r.randint(10**8,10**10-1)
    # keeps
    def tc(s): return 'TC-%04d'%s.r.randint(100,9999)
    def flow(s): return s.r.choice(['D0010','D0086','D0150','D0155','D0205','D0302','D0019','IF-031','IF-021','IF-036','PUB-012'])
    def dip(s): return 'DIP-%08d'%s.r.randint(10**6,10**8-1)
    def ref(s): return 'MPAN-REF-%02d'%s.r.randint(1,40)
    def ts(s): return '2026-%02d-%02dT%02d:%02d:%02dZ'%(s.r.randint(9,11),s.r.randint(1,28),s.r.randint(0,23),s.r.randint(0,59),s.r.randint(0,59))
    def amt(s): return '£%d.%02d'%(s.r.randint(1,900),s.r.randint(0,99))
    def fw(s): return 'v%d.%d.%d'%(s.r.randint(1,5),s.r.randint(0,20),s.r.randint(0,40))
    def reading(s): return '%05d.%d kWh'%(s.r.randint(0,99999),s.r.randint(0,9))
    def wo(s): return 'WO-%06d'%s.r.randint(100000,999999)
    def uuid(s): return '%08x-%04x-4%03x-a%03x-%012x'%(s.r.getrandbits(32),s.r.getrandbits(16),s.r.getrandbits(12),s.r.getrandbits(12),s.r.getrandbits(48))
