import random
R=random.Random(4242)
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan():
    while True:
        core=str(R.choice(range(10,24)))+''.join(R.choice('0123456789') for _ in range(10))
        c=sum(int(d)*p for d,p in zip(core,PR))%11%10
        return core+str(c)
FIRST=['Eleanor','Rhys','Siobhan','Callum','Priya','Gareth','Niamh','Tobias','Aoife','Hamish','Imogen','Dafydd','Yasmin','Fergus','Bethan','Oluwaseun','Morag','Declan','Harriet','Ifan','Saoirse','Alistair','Ffion','Kwame','Rosalind','Euan','Catrin','Ruairi','Anjali','Seren']
LAST=['Fitzgerald-Hughes','ap Gwilym',"O'Driscoll",'MacLeod','van der Merwe','de Souza','Le Mesurier','Bowes-Lyon','du Preez','St John-Smythe','Okonkwo-Barnes','ap Rhys','Ní Bhriain','de la Mare','Vaughan-Pryce','McAllister','Fairweather','Pemberton-Clarke','Achterberg','D\'Arcy','Llewellyn-Jones','Mac an tSaoi','von Reibnitz','Featherstonehaugh','Ó Súilleabháin','Tregarthen','Abernethy','Penhaligon','Carew-Pole','Quartermaine']
_used=set()
def name():
    while True:
        n=R.choice(FIRST)+' '+R.choice(LAST)
        if n not in _used: _used.add(n); return n
AREAS=['LS6','BS8','CF10','M14','EH9','NE2','B15','G12','BT7','PL4','SA1','NR2','YO10','LL57','DD1','AB24','TR1','EX4','SY23','HU5','CV4','OX1','CB2','BN1','S10','L17','DE22','NG7','LE1','PO1']
IN='ABDEFGHJLNPQRSTUWXYZ'
def postcode():
    while True:
        p=R.choice(AREAS)+' '+str(R.randrange(10))+R.choice(IN)+R.choice(IN)
        if p not in _used: _used.add(p); return p
def phone():
    f=R.choice(['07700 900{:03d}','01632 960{:03d}','020 7946 0{:03d}','0113 496 0{:03d}','0117 496 0{:03d}','0161 496 0{:03d}','+44 7700 900{:03d}'])
    while True:
        p=f.format(R.randrange(1000))
        if p not in _used: _used.add(p); return p
def email():
    n=name().split(' ',1)
    loc=(n[0]+'.'+n[1]).lower().replace(' ','').replace("'",'')
    loc=loc.encode('ascii','ignore').decode()
    return loc+'@'+R.choice(['northgrid-energy.co.uk','gmail.com','outlook.com','severnpower.co.uk','btinternet.com'])
def serial():
    if R.random()<0.5: return 'E'+str(R.randrange(15,25))+R.choice(['BG','LG','UP','ZB'])+'%05d'%R.randrange(100000)
    return 'G4'+R.choice('AKWM')+'%08d'%R.randrange(10**8)
def mprn(): return str(R.randrange(1,10))+''.join(R.choice('0123456789') for _ in range(9))
def eui():
    oui=R.choice(['00-1D-21','70-B3-D5','BC-33-AC','00-24-B8','D0-52-A8','00-0D-6F'])
    return oui+'-'+'-'.join('%02X'%R.randrange(256) for _ in range(5))
GEN={'MPAN':mpan,'MPRN':mprn,'serial':serial,'EUI64':eui,'postcode':postcode,'name':name,'phone':phone,'email':email}
LABEL={'MPAN':'Supply MPAN','MPRN':'Gas MPRN','serial':'Meter serial','EUI64':'CHF device ID (EUI-64)','postcode':'Site postcode','name':'Customer','phone':'Customer tel.','email':'Contact e-mail'}
def groups(kind,v):
    if kind=='MPAN': return [v[:2],v[2:6],v[6:10],v[10:]]
    if kind=='MPRN': return [v[:4],v[4:7],v[7:]]
    if kind=='serial': return [v[:3],v[3:6],v[6:]]
    if kind=='EUI64': g=v.split('-'); return ['-'.join(g[:4]),'-'.join(g[4:])] if R.random()<0 else [''.join(g[:2]),''.join(g[2:4]),''.join(g[4:6]),''.join(g[6:])]
    if kind=='email': a,b=v.split('@'); return [a,'@'+b.split('.',1)[0],'.'+b.split('.',1)[1]]
    if kind=='postcode': return v.split(' ')
    if kind=='name': return v.split(' ',1)
    if kind=='phone': return v.split(' ')
