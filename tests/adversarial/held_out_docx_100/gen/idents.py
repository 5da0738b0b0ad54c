import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(rng):
    d=[rng.choice([1,1,2])]+[rng.randint(0,9)]
    s=str(rng.choice(range(10,24)))+''.join(str(rng.randint(0,9)) for _ in range(10))
    c=sum(int(a)*p for a,p in zip(s,PR))%11%10
    return s+str(c)
NAMES=['John Smith','Sarah Brown','James Wood','Paul Walker','Siân Llewellyn','Dafydd ap Rhys','Mairead Ní Bhriain','Ruaridh MacLeod',
'Priya Chaudhary','Imran Qureshi','Oluwaseun Adeyemi','Kwame Mensah','Agnieszka Wiśniewska','Tomasz Kowalczyk','Margaret Thompson','Chidi Okonkwo',
'Harpreet Kaur Sandhu','Eilidh Mackenzie','Gareth Pritchard','Fatima Begum','Emily Clarke','Nguyen Van Minh','Aoife Gallagher','David Jones']
ADDR=['14 Heol y Coed, Rhiwbina, Cardiff','Flat 3, 27 Albert Road, Southsea','221 Wilmslow Road, Fallowfield, Manchester','9 Glenview Crescent, Inverness',
'Ty Gwyn, Lon Isaf, Menai Bridge','58 Malone Avenue, Belfast','Flat 12B, Harbour Court, Leith, Edinburgh','3 Church Lane, Little Snoring, Fakenham',
'112 Stratford Road, Sparkhill, Birmingham','7 Orchard Close, Ledbury','41 Elm Grove, Brighton','Rose Cottage, Mill Lane, Ambleside']
PC=['CF14 6DX','PO5 2RT','M14 6HR','IV2 4RB','LL59 5NS','BT9 6AT','EH6 6QN','NR21 0BZ','B11 4EA','HR8 2PQ','BN2 3ER','LA22 9DH','G12 8QQ','SW9 7PE','LS6 2AB','NE4 5SX']
def phone(rng):
    return rng.choice(['07700 900{:03d}','020 7946 0{:03d}','0113 496 0{:03d}','0161 496 0{:03d}','01632 960{:03d}','07700 900{:03d}','+44 7700 900{:03d}']).format(rng.randint(0,999))
def email(rng,name):
    f,l=name.split()[0],name.split()[-1]
    import unicodedata
    a=lambda x:''.join(c for c in unicodedata.normalize('NFKD',x) if c.isascii()).lower()
    return rng.choice(['{f}.{l}@gmail.com','{f}{l}{n}@btinternet.com','{fi}.{l}@outlook.com','{l}.{f}@yahoo.co.uk','{f}_{l}@hotmail.co.uk']).format(f=a(f),l=a(l),fi=a(f)[0],n=rng.randint(10,99))
def serial(rng):
    r=rng.random()
    if r<0.25: return 'E%02dBG%05d'%(rng.randint(10,23),rng.randint(0,99999))
    if r<0.5: return 'G4A%08d'%rng.randint(0,99999999)
    if r<0.75: return 'E6S%08d%02d'%(rng.randint(0,99999999),rng.randint(15,24))
    return '%02dP%07d'%(rng.randint(10,23),rng.randint(0,9999999))
def eui(rng):
    b=[0x00,0x1B,0xC5]+[rng.randint(0,255) for _ in range(5)] if rng.random()<0.5 else [0x0C,0xA2,0xF4]+[rng.randint(0,255) for _ in range(5)]
    return '-'.join('%02X'%x for x in b) if rng.random()<0.5 else ':'.join('%02X'%x for x in b)
def mprn(rng): return str(rng.randint(10**(rng.choice([6,7,8,9])),10**10-1))
def account(rng):
    return rng.choice(['850{:09d}','A-{:08X}','1104{:08d}']).format(rng.randint(0,99999999))
LABEL={'mpan':'MPAN','mprn':'MPRN','serial':'Meter serial','eui':'Device EUI','name':'Customer','address':'Address','postcode':'Postcode','phone':'Tel','email':'Email','account':'Account no.'}
KINDS=['mpan','mprn','serial','eui','name','address','postcode','phone','email','account']
def make(kind,rng):
    if kind=='mpan': return mpan(rng)
    if kind=='mprn': return mprn(rng)
    if kind=='serial': return serial(rng)
    if kind=='eui': return eui(rng)
    if kind=='name': return rng.choice(NAMES)
    if kind=='address': return rng.choice(ADDR)
    if kind=='postcode': return rng.choice(PC)
    if kind=='phone': return phone(rng)
    if kind=='email': return email(rng,rng.choice(NAMES))
    if kind=='account': return account(rng)
def fmt_mpan(v): return f'{v[:2]} {v[2:6]} {v[6:10]} {v[10:]}'
