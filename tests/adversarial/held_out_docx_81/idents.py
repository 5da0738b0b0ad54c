import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(rng):
    d=[rng.choice([1,2]), rng.randint(0,9)]
    if d[0]==2: d[1]=rng.randint(0,3)
    d+= [rng.randint(0,9) for _ in range(10)]
    c=sum(x*p for x,p in zip(d,PR))%11%10
    return ''.join(map(str,d+[c]))
def mprn(rng):
    return str(rng.randint(1,9))+''.join(str(rng.randint(0,9)) for _ in range(rng.choice([8,9])))
def serial(rng):
    k=rng.randint(0,3)
    if k==0: return 'E6S'+''.join(str(rng.randint(0,9)) for _ in range(8))+'2'+str(rng.randint(0,9))+str(rng.randint(0,9))  # SMETS2 ESME style
    if k==1: return 'G4A'+''.join(str(rng.randint(0,9)) for _ in range(8))   # gas G4
    if k==2: return str(rng.randint(10,24))+rng.choice('KLMPS')+''.join(str(rng.randint(0,9)) for _ in range(7))
    return rng.choice(['S1','K0','D0'])+rng.choice('4567')+'A'+''.join(str(rng.randint(0,9)) for _ in range(6))
def eui64(rng):
    b=[0x00,0x1B,0xC5,0x0C,0x00,rng.randint(0,255),rng.randint(0,255),rng.randint(0,255)]
    sep=rng.choice(['-',':','-'])
    return sep.join('%02X'%x for x in b)
NAMES=['Siobhan Ni Bhriain','Dafydd ap Gwilym Pritchard','Oluwaseun Adebayo','Priya Raghunathan','Katarzyna Wozniak',
 'John Smith','Sarah Brown','James Wood','Paul Walker','Mairead MacLeod','Chukwuemeka Okafor','Gurpreet Kaur Sandhu',
 'Eilidh Macdonald','Tomasz Kowalczyk','Aisha Bello','Rhiannon Llewellyn','Mohammed Iqbal','Emma Hughes','Kwame Mensah',
 'Agnieszka Zielinska','Fionnlagh Mac a Phi','Bethan Jones','Ravi Chaudhary','Grace Okonkwo','David Evans']
STREETS=['Heol y Nant','Station Road','Church Lane','Victoria Street','Mill Close','Queens Avenue','Bryn Celyn','Kirkton Crescent','Harrow Way','Meadow View','Albert Terrace','Sraid na h-Eaglais']
TOWNS=[('Cardiff','CF14'),('Leeds','LS6'),('Bradford','BD8'),('Inverness','IV2'),('Swansea','SA1'),('Leicester','LE4'),('Norwich','NR3'),('Bolton','BL1'),('Stornoway','HS1'),('Wrexham','LL11'),('Croydon','CR0'),('Dundee','DD3')]
def postcode(rng):
    t,o=rng.choice(TOWNS); return o+' '+str(rng.randint(1,9))+rng.choice('ABDEFGHJLNPQRSTUWXY')+rng.choice('ABDEFGHJLNPQRSTUWXYZ')
def address(rng):
    t,o=rng.choice(TOWNS)
    pre=rng.choice(['','Flat %d, '%rng.randint(1,12)])
    return f"{pre}{rng.randint(2,188)} {rng.choice(STREETS)}, {t} {o} {rng.randint(1,9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}"
def phone(rng):
    k=rng.randint(0,2)
    if k==0: return '07700 9%05d'%rng.randint(0,99999)
    if k==1: return '029 2018 %04d'%rng.randint(0,9999)
    return '+44 113 496 %04d'%rng.randint(0,9999)
def email(rng, name=None):
    n=(name or rng.choice(NAMES)).lower().split()
    return f"{n[0]}.{n[-1]}{rng.randint(1,99)}@{rng.choice(['btinternet.com','gmail.com','outlook.co.uk','hotmail.co.uk','sky.com'])}"
def name(rng): return rng.choice(NAMES)
GEN={'mpan':mpan,'mprn':mprn,'serial':serial,'eui64':eui64,'name':name,'address':address,'postcode':postcode,'phone':phone,'email':email}
LABEL={'mpan':'MPAN','mprn':'MPRN','serial':'Meter serial','eui64':'Device ID','name':'Customer','address':'Site address','postcode':'Postcode','phone':'Tel','email':'E-mail'}
KEEPS=[('Test case','TC-2231-04','tc'),('Flow','D0010','flow'),('Interface','IF-031','iface'),('MPAN reference','MPAN-REF-07','mpanref'),
 ('Sent','2026-11-18T09:42:17Z','ts'),('Message id','5f0c2d1e-8a3b-4c7d-9e21-0b6a4f3c2d19','uuid'),('Amount','£1,234.56','amount'),
 ('Firmware','3.2.114','fw'),('Reading','004512.7','reading'),('Work order','WO-448812','wo'),('DIP id','DIP-00042','dip'),
 ('Run started','18/11/2026 09:42','ts'),('Flow','D0150','flow'),('Test case','TC-3310-12','tc'),('Reading','12034.55 kWh','reading'),('Work order','WO-551203','wo')]
