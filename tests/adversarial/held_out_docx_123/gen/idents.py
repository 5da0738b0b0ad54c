import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    while True:
        d=[r.randint(10,23)//10, 0]; d=[int(c) for c in '%02d'%r.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23])]
        d+= [r.randint(0,9) for _ in range(10)]
        c=sum(a*b for a,b in zip(d,PR))%11%10
        return ''.join(map(str,d+[c]))
def check_mpan(s):
    d=[int(c) for c in s]; return len(d)==13 and sum(a*b for a,b in zip(d[:12],PR))%11%10==d[12]
NAMES=['Siobhán O\'Dwyer','Oluwaseun Adeyemi','Rose Baker','Mark Bell','Priya Raghunathan','Wojciech Kowalczyk',
 'Grace Hope','Robin Marsh','Nguyen Thi Lan','Hamish MacLeod','Aisha Rahman','Carys Llewellyn','Dmitri Volkov','Joy Fields','Faisal Qureshi','Heather Moss']
STREETS=['Kestrel Road','Mill Lane','Beech Avenue','Harbour Street','Orchard Close','Victoria Terrace','Saxon Way','Larch Crescent']
TOWNS=[('Harrogate','HG2 7QP'),('Leeds','LS6 2QT'),('Cardiff','CF10 3AT'),('Birmingham','B33 8TH'),('Edinburgh','EH8 9YL'),('Manchester','M1 4BT'),('Norwich','NR3 1HG'),('Exeter','EX4 6PX')]
PCS=['LS6 2QT','SW1A 1AA','M1 4BT','EH8 9YL','CF10 3AT','B33 8TH','NE1 7RU','G2 5QX','BT7 1NN','PL4 8AA','W1D 3QF','KT22 7EE']
LABEL={'mpan':'MPAN','mprn':'Gas MPRN','serial':'Meter serial','eui64':'Device EUI-64','name':'Customer name',
 'address':'Supply address','postcode':'Postcode','phone':'Contact phone','email':'Email','account':'Account number'}
KINDS=list(LABEL)
def make(kind,r):
    if kind=='mpan': return mpan_core(r)
    if kind=='mprn': return str(r.randint(1,9))+''.join(str(r.randint(0,9)) for _ in range(r.choice([7,8,9])))
    if kind=='serial': return r.choice('ESK')+'%02d'%r.randint(5,24)+r.choice('ABWZPUM')+'%05d'%r.randint(0,99999)
    if kind=='eui64': return '-'.join('%02X'%r.randint(0,255) for _ in range(8))
    if kind=='name': return r.choice(NAMES)
    if kind=='address':
        t,p=r.choice(TOWNS); return '%d %s, %s %s'%(r.randint(2,180),r.choice(STREETS),t,p)
    if kind=='postcode': return r.choice(PCS)
    if kind=='phone': return r.choice(['07700 900%03d','020 7946 0%03d','0113 496 0%03d','0161 496 0%03d'])%r.randint(0,999)
    if kind=='email':
        n=r.choice(NAMES).split()[0].lower().replace("'",'').replace('á','a'); return '%s.%s@example.%s'%(n,r.choice(['evans','khan','smith','okafor']),r.choice(['com','org','net','co.uk']))
    if kind=='account': return ''.join(str(r.randint(0,9)) for _ in range(r.choice([8,10])))
KEEPS=[('Test case','MHHS-TC-0412'),('Message type','D0010'),('Interface','IF-031'),('DIP id','DIP-SBX-07'),
 ('Supply reference','MPAN-REF-07'),('Started','2026-11-03T09:14:00Z'),('Run id','6f1c2a9e-8b3d-4c57-9e21-0d4f7b6a3c18'),
 ('Build','v4.12.7'),('Amount','£12.40'),('Reading','004512 kWh'),('Ticket','ADO-48213'),('Note','Mark the step as passed'),
 ('Step','Rose to 3 retries then fell back'),('Defect','DEF-1187 severity 2'),('Message','IF-021 rejected'),('Meter reading','018733')]
