# value generators, seeded; no knowledge of Attest internals
import random, string
PRIMES=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    d = r.choice(['10','11','12','13','14','15','16','17','18','19','20','21','22','23'])
    body = d + ''.join(r.choice('0123456789') for _ in range(10))
    s = sum(int(c)*p for c,p in zip(body,PRIMES)) % 11 % 10
    return body + str(s)
def mpan_top(r):
    return r.choice(['01','02','03','04','05','08','00']), r.choice(['801','845','151','393','811','524']), r.choice(['210','A12','530','021','110','E07'])
def mprn(r):
    return str(r.randint(1,9)) + ''.join(r.choice('0123456789') for _ in range(r.choice([7,8,9])))
def eserial(r):
    f = r.choice([lambda: r.choice(['S','K','L','F','E'])+str(r.randint(10,99))+r.choice('ABCDEFGHJKLMNPRSTUVWXY')+''.join(r.choice('0123456789') for _ in range(6)),
                  lambda: str(r.randint(10,26))+r.choice(['E','P','L','K'])+''.join(r.choice('0123456789') for _ in range(7)),
                  lambda: 'E'+str(r.randint(10,25))+'BG'+''.join(r.choice('0123456789') for _ in range(5))])
    return f()
def gserial(r):
    return 'E6S'+''.join(r.choice('0123456789') for _ in range(11))
def eui(r, sep=None):
    b = ['00','1C','9B'] + ['%02X'%r.randint(0,255) for _ in range(5)]
    if sep is None: sep = r.choice(['-',':','',' '])
    return sep.join(b)
FIRST = ['John','Sarah','James','Paul','Aled','Siân','Rhiannon','Dafydd','Eilidh','Mhairi','Ruairidh','Catriona','Priya','Arjun','Imran','Nusrat',
 'Harpreet','Oluwaseun','Chidinma','Kwame','Adaeze','Agnieszka','Krzysztof','Małgorzata','Tomasz','Emily','Olivia','George','Margaret','David','Fatima','Yusuf']
LAST = ['Smith','Brown','Wood','Walker','Jones','Pritchard','ap Gruffydd','MacLeod','Nic a\'Phearsain','Campbell','Patel','Chowdhury','Begum','Sandhu',
 'Adebayo','Okonkwo','Mensah','Nwosu','Kowalski','Wiśniewska','Nowak','Taylor','Hughes','Evans','Khan','Iqbal','Davies','Thompson']
def name(r): return r.choice(FIRST)+' '+r.choice(LAST)
STREETS=['Church Lane','Heol y Parc','Station Road','Glebe Crescent','Ffordd Pentre','Mill Brae','Victoria Street','Queens Drive','Kestrel Way','Ashgrove Avenue','Maple Close','Bryn Teg','Castle Wynd','Orchard Rise']
TOWNS=[('Cardiff','CF'),('Swansea','SA'),('Inverness','IV'),('Leeds','LS'),('Bradford','BD'),('Leicester','LE'),('Norwich','NR'),('Exeter','EX'),('Wrexham','LL'),('Dundee','DD'),('Preston','PR'),('Luton','LU')]
def postcode(r, pre=None):
    pre = pre or r.choice(TOWNS)[1]
    return f"{pre}{r.randint(1,29)} {r.randint(1,9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
def street(r): return f"{r.randint(2,188)} {r.choice(STREETS)}"
def address(r):
    t,p = r.choice(TOWNS); return street(r), t, postcode(r,p)
def phone(r): return r.choice(['01632 96','07700 90'])+''.join(r.choice('0123456789') for _ in range(4))
def email(r, nm=None):
    nm = nm or name(r)
    import unicodedata
    a = unicodedata.normalize('NFKD', nm).encode('ascii','ignore').decode().lower().replace("'",'').split()
    return f"{a[0]}.{a[-1]}{r.randint(1,99)}@"+r.choice(['example.com','example.co.uk','example.org'])
def account(r): return r.choice(['A-','ACC','CA']) + ''.join(r.choice('0123456789') for _ in range(8))
# keeps
def tc(r): return f"TC-{r.randint(1000,9999)}"
def flow(r): return r.choice(['D0010','D0150','D0086','D0019','D0036','D0155','IF-031','IF-021','PUB-042','D0205'])
def dip(r): return f"DIP-{r.randint(100000,999999)}"
def mref(r): return f"MPAN-REF-{r.randint(1,40):02d}"
def ts(r): return f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
def uuid(r): import uuid as U; return str(U.UUID(int=r.getrandbits(128), version=4))
def amount(r): return f"£{r.randint(1,950)}.{r.randint(0,99):02d}"
def fw(r): return f"v{r.randint(1,4)}.{r.randint(0,20)}.{r.randint(0,99)}"
def reading(r): return f"{r.randint(100,99999):05d}.{r.randint(0,9)}"
def wo(r): return f"WO-{r.randint(10000,99999)}"
