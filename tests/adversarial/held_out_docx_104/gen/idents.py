import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(r):
    d=str(r.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23]))+''.join(str(r.randint(0,9)) for _ in range(10))
    c=sum(int(a)*p for a,p in zip(d,PR))%11%10
    return d+str(c)
FIRST=['John','Sarah','James','Paul','Siân','Rhodri','Eilidh','Ruairidh','Priya','Gurpreet','Oluwaseun','Chinonso','Agnieszka','Wojciech','Margaret','Dafydd','Aoife','Kwame','Fatima','Mohammed','Deborah','Niamh','Tomasz','Anwen','Hamish','Ifeoma']
LAST=['Smith','Brown','Wood','Walker','Pritchard','Llewellyn','MacLeod','Macdonald','Chaudhry','Sandhu','Adeyemi','Okonkwo','Kowalczyk','Nowak','Thompson','Evans','Ni Bhriain','Mensah','Begum','Rahman','Hughes','Campbell','Wisniewski','Morgan','Fraser','Eze']
STREETS=['Heol y Bryn','Church Lane','Station Road','Glebe Crescent','Maple Avenue','Sraid na h-Eaglais','Kingsway','Ashgrove Terrace','Mill Close','Victoria Street','Ffordd Las','Harcourt Gardens']
TOWNS=[('Pontypridd','CF37 4DP'),('Stornoway','HS1 2XA'),('Bradford','BD7 1AY'),('Leicester','LE4 6GH'),('Swindon','SN2 1QT'),('Inverness','IV2 3PR'),('Wrexham','LL11 2BE'),('Luton','LU1 3JD'),('Ealing','W5 2NT'),('Peterborough','PE1 5XB'),('Carlisle','CA2 4EX'),('Belfast','BT7 1NN')]
def serial(r):
    k=r.randint(0,3)
    if k==0: return 'E'+f"{r.randint(10,23)}"+r.choice(['UP','BG','ZA','CL','KA'])+f"{r.randint(0,999999):06d}"
    if k==1: return f"{r.randint(10,23)}"+r.choice(['L','K','P','M'])+f"{r.randint(0,9999999):07d}"
    if k==2: return 'G4'+r.choice(['A','K','L','M'])+f"{r.randint(0,99999999):08d}"
    return 'S'+f"{r.randint(10,23)}"+r.choice(['EL','ED','AE'])+f"{r.randint(0,9999999):07d}"
def eui(r):
    b=[0x00,0x1B,0xC5,0x0C]+[r.randint(0,255) for _ in range(4)] if r.random()<.5 else [0x70,0xB3,0xD5,r.randint(0,255)]+[r.randint(0,255) for _ in range(4)]
    sep=r.choice(['-',':','-'])
    return sep.join(f"{x:02X}" for x in b)
def make(r):
    n=r.choice(FIRST)+' '+r.choice(LAST)
    t,pc=r.choice(TOWNS)
    em=(r.choice(FIRST)+'.'+r.choice(LAST)).lower().replace(' ','').replace('â','a').replace('ô','o')+r.choice(['@gmail.com','@btinternet.com','@outlook.com','@yahoo.co.uk'])
    em=em.encode('ascii','ignore').decode()
    ph=r.choice([f"07700 900{r.randint(0,999):03d}",f"0161 496 0{r.randint(0,999):03d}",f"+44 7911 {r.randint(100000,999999)}",f"029 2018 {r.randint(1000,9999)}"])
    return {
     'mpan':mpan(r),'mprn':str(r.randint(1000000000,9999999999))[:r.choice([8,9,10])],
     'serial':serial(r),'eui64':eui(r),'name':n,
     'address':f"{r.randint(2,188)} {r.choice(STREETS)}, {t}",'postcode':pc,'phone':ph,'email':em,
     'account':str(r.randint(10**7,10**10-1))}
LABEL={'mpan':'MPAN','mprn':'MPRN','serial':'Meter serial','eui64':'Device ID (EUI-64)','name':'Customer','address':'Address','postcode':'Postcode','phone':'Tel','email':'Email','account':'Account no'}
KINDS=list(LABEL)
KEEPS=[('TC-4821','testcase'),('D0010','flow'),('IF-031','msgtype'),('MPAN-REF-07','mpanref'),('2026-11-24T09:15:02Z','timestamp'),
       ('7c4f0a52-1d39-4e0b-9f55-2e8a1d7b6c31','uuid'),('£1,284.56','amount'),('4.2.17','firmware'),('012345.6 kWh','reading'),('WO-558211','workorder'),
       ('DIP-MSG-20931','dipid'),('TC-0917','testcase'),('D0150','flow'),('IF-036','msgtype'),('MPAN-REF-12','mpanref')]
KEEPLABEL={'testcase':'Test case','flow':'Flow','msgtype':'Message type','mpanref':'MPAN reference','timestamp':'Sent at','uuid':'Message id','amount':'Amount','firmware':'Firmware','reading':'Reading','workorder':'Work order','dipid':'DIP id'}
