import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    d=r.choice(range(10,24)); u=''.join(str(r.randrange(10)) for _ in range(10))
    s=f"{d}{u}"; c=sum(int(a)*p for a,p in zip(s,PR))%11%10
    return s+str(c)
def top_line(r):
    return r.choice(['01','02','03','04','05','08','00']), r.choice(['801','845','021','151','393','811']), f"{r.randrange(100,999)}"
def mprn(r):
    return str(r.randrange(1,10))+''.join(str(r.randrange(10)) for _ in range(r.choice([8,9])))
def elec_serial(r):
    k=r.randrange(3)
    if k==0: return f"{r.randrange(10,26)}{r.choice('ABDEKLMPSTW')}{r.randrange(1000000,9999999)}"
    if k==1: return f"S{r.randrange(10,25)}{r.choice('ABCDE')}{r.randrange(100000,999999)}"
    return f"{r.choice(['K','L','D'])}{r.randrange(10,25)}{r.choice('UVWX')}{r.randrange(10000,99999)}"
def gas_serial(r): return f"E6S{r.randrange(10**10,10**11)}"
def eui(r,sep='-',low=False):
    b=['00','1C','9B']+[f"{r.randrange(256):02X}" for _ in range(5)]
    if sep=='.':
        h=''.join(b); s='.'.join(h[i:i+4] for i in range(0,16,4))
    else: s=sep.join(b)
    return s.lower() if low else s
FIRST=['John','Sarah','James','Paul','Emma','Olivia','Rhys','Siân','Gwenllian','Dafydd','Eilidh','Catriona','Ruaridh','Aoife','Niamh','Priya','Sanjay','Harpreet','Mohammed','Aisha','Chinedu','Adaeze','Kwame','Oluwaseun','Agnieszka','Wojciech','Małgorzata','Isla','Lillian','Ellie','William','Neil','Ilyas','Lily','Will','Jill']
LAST=['Smith','Brown','Wood','Walker','Jones','Ap Iorwerth','Llewellyn','MacLeod','Nic Dhòmhnaill','Ó Briain','Patel','Chaudhry','Sandhu','Okonkwo','Mensah','Adeyemi','Kowalski','Wiśniewska','Illingworth','Lilley','Hill','Ellis','Gill','Mills','Haworth']
CONF=['Isla Illingworth','Lillian Hill','Neil Lilley','Ilyas Ellis','Jill Gill','Will Mills','Lily Illsley','Ellie Hillill']
STREETS=['Heol y Nant','Ffordd Caergybi','High Street','Station Road','Church Lane','Mill Road','Queens Drive','Kiln Close','Albion Terrace','Glebe Way','Abbotsford Crescent','Lon Las','Mount Pleasant','Ilfracombe Road','Hillside Lane']
TOWNS=[('Bangor','LL57 2TW'),('Cardiff','CF24 3AA'),('Leeds','LS6 2QB'),('Inverness','IV2 4RL'),('Swansea','SA1 5BN'),('Bristol','BS8 1TH'),('Luton','LU1 3JU'),('Stornoway','HS1 2XE'),('Wrexham','LL11 1AU'),('Derby','DE22 1HR'),('Oldham','OL8 1QB'),('Lincoln','LN2 5PY'),('Ipswich','IP4 1LT'),('Hull','HU5 3DX')]
def name(r,conf=False):
    if conf and r.random()<.6: return r.choice(CONF)
    return f"{r.choice(FIRST)} {r.choice(LAST)}"
def address(r):
    t,pc=r.choice(TOWNS); return f"{r.randrange(1,220)} {r.choice(STREETS)}", t, pc
def phone(r): return r.choice([f"01632 {r.randrange(960000,961000)}", f"07700 {r.randrange(900000,901000)}", f"+44 7700 {r.randrange(900000,901000)}"])
def email(r,n):
    u=n.lower().replace(' ','.').encode('ascii','ignore').decode()
    return f"{u}@{r.choice(['example.co.uk','example.com','example.org'])}"
def account(r): return f"{r.choice(['A','AC','8'])}{r.randrange(10**7,10**8)}"
# keeps
def tc(r): return f"TC-{r.randrange(1000,9999)}"
def flow(r): return r.choice(['D0010','D0150','D0149','D0086','D0004','D0002','D0019','IF-031','IF-021','IF-036','PUB-011','MM12','D0311'])
def dip(r): return f"DIP-{r.randrange(100000,999999)}"
def mref(r): return f"MPAN-REF-{r.randrange(1,40):02d}"
def ts(r): return f"2026-{r.randrange(10,12):02d}-{r.randrange(1,29):02d} {r.randrange(0,24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
def uuid(r): import uuid as U; return str(U.UUID(int=r.getrandbits(128),version=4))
def amount(r): return f"£{r.randrange(5,900)}.{r.randrange(100):02d}"
def fw(r): return f"v{r.randrange(1,5)}.{r.randrange(0,12)}.{r.randrange(100,999)}"
def reading(r): return f"{r.randrange(1000,99999):05d}.{r.randrange(10)} kWh"
def wo(r): return f"WO-{r.randrange(100000,999999)}"
