import random
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12): return sum(int(c)*p for c,p in zip(d12,PR))%11%10
def mpan(i):
    r=random.Random(1000+i)
    d=f'{10+i%14:02d}'+''.join(str(r.randrange(10)) for _ in range(10))
    return d+str(mpan_check(d))
FIRST=['Eleanor','Rhys','Siobhan','Callum','Priya','Tomasz','Gwen','Oluwaseun','Hamish','Niamh','Imogen','Declan','Anwen','Fergus','Ruth','Kwame','Isla','Bartholomew','Morag','Ffion','Lachlan','Harriet','Aled','Zainab','Cormac','Bethan','Ptolemy','Saoirse','Euan','Marigold','Idris','Una']
LAST=['Ashworth-Pryce','de la Cruz','van der Merwe','Fforde-Pennington','ap Rhys','McAllister','O\'Donnell','Llewellyn-Bowen','St John-Smythe','Featherstonehaugh','Okonkwo-Hart','MacGillivray','de Havilland','Brackenbury','Ní Bhriain','Trevelyan-Kerr','von Stauffenberg','Bamigboye','Cholmondeley','Le Marchant','Abernethy','Pennyfeather','Dunkerley','Quartermaine','Winterbottom','Ogunleye-Price','Haverstock','du Plessis','Tregothnan','Illingworth','Achterberg','Rowntree']
OUT=['LS6','M14','CF10','EH7','BS3','NE6','G41','SW1A','B15','L17','NG7','PL4','AB24','BT9','SA2','YO10','DH1','CB4','OX4','TR1','IV2','LL57','HU5','EX4','N16','SE22','W4','KY16','DD1','PR1','LN2','CO4']
LET='ABDEFGHJLNPQRSTUWXYZ'
def postcode(i):
    r=random.Random(3000+i); return f'{OUT[i%len(OUT)]} {r.randrange(10)}{r.choice(LET)}{r.choice(LET)}'
def name(i): return f'{FIRST[i%32]} {LAST[(i*7+3)%32]}'
def phone(i):
    r=random.Random(4000+i)
    k=i%4
    if k==0: return f'07700 900{i%1000:03d}'
    if k==1: return f'020 7946 0{i%1000:03d}'
    if k==2: return f'0113 496 0{i%1000:03d}'
    return f'+44 161 496 0{i%1000:03d}'
def email(i):
    f=FIRST[(i*5)%32].lower(); l=LAST[(i*11+1)%32].lower().replace(' ','').replace("'",'').replace('í','i')
    dom=['example.co.uk','outlook.com','btinternet.com','gmail.com'][i%4]
    return f'{f}.{l}{i}@{dom}'
def mprn(i):
    r=random.Random(5000+i); return str(r.randrange(1,9))+''.join(str(r.randrange(10)) for _ in range(9))
def serial(i):
    r=random.Random(6000+i); k=i%3
    if k==0: return f'S{r.randrange(10,25)}M{r.randrange(10**5):05d}'
    if k==1: return f'E{r.randrange(10,25)}Z{r.randrange(10**6):06d}'
    return f'G4A{r.randrange(10**7):07d}{r.choice("MKD")}'
def eui(i):
    r=random.Random(7000+i)
    b=[0x00,0x1D,0x24,0x02,r.randrange(256),r.randrange(256),r.randrange(256),r.randrange(256)]
    return '-'.join(f'{x:02X}' for x in b)
LABEL={'MPAN':'MPAN','MPRN':'MPRN','SERIAL':'Meter serial','EUI64':'Device ID','POSTCODE':'Postcode','NAME':'Customer','PHONE':'Tel','EMAIL':'Email'}
GEN={'MPAN':mpan,'MPRN':mprn,'SERIAL':serial,'EUI64':eui,'POSTCODE':postcode,'NAME':name,'PHONE':phone,'EMAIL':email}
def label(kind,value):
    if kind=='SERIAL' and value.startswith('G4'): return 'Gas meter serial'
    return LABEL[kind]
_label=label
def label(kind,value):
    if kind not in LABEL: return 'Ref'
    return _label(kind,value)
