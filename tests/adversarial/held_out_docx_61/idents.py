PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(i):
    core=f"{10+i%14:02d}{(i*7919+12345)%10**10:010d}"
    c=sum(int(d)*p for d,p in zip(core,PR))%11%10
    return core+str(c)
def mprn(i): return f"{7+i%3}{(i*104729+3344556)%10**9:09d}"
def serial(i):
    if i%3==2: return f"G4K0{(i*7717+1234567)%10**7:07d}"
    return f"{'ZKELS'[i%5]}{10+i%15}{'ABDEFGHJKLMNPQRSTUVWXYZ'[i%23]}{(i*3571+100000)%10**6:06d}"
def eui(i):
    x=(i*2654435761)&0xFFFFFFFF
    b=[0x00,0x0D,0x6F,0x00]+[(x>>s)&0xFF for s in (24,16,8,0)]
    return '-'.join(f'{v:02X}' for v in b)
OUT=['BS8','LS6','M14','CF10','EH9','NE2','B15','SW1A','G12','NG7','CB4','OX2','PL4','TR18','LL57','BT9','DN35','KY16','YO10','HU5','SE22','N16','RG1','EX4']
L='ABDEFGHJLNPQRSTUWXYZ'
def postcode(i): return f"{OUT[i%len(OUT)]} {i%10}{L[i%20]}{L[(i*7)%20]}"
FIRST=['Harriet','Siobhan','Conor','Aled','Priya','Tomasz','Eilidh','Oluwaseun','Gwen','Rhodri','Niamh','Callum','Imogen','Declan','Bethan','Kwame','Ffion','Ailsa','Rupert','Marisol']
SUR=['Lloyd-Mostyn','ap Rhys','de la Mare','Featherstonehaugh','Van der Berg','MacGillivray','O\'Driscoll','Pryce-Jones','St John-Smythe','Ní Bhriain','Fitzwilliam','Carrington-Hale','le Fanu','Dunwoody','Okonkwo-Bell','da Silva','Abernethy','Kowalczyk','Rees-Mogford','McAllister']
def name(i): return f"{FIRST[i%20]} {SUR[(i*3+i//20)%20]}"
def phone(i):
    k=i%3
    if k==0: return f"07700 900{i%1000:03d}"
    if k==1: return f"020 7946 0{i%1000:03d}"
    return f"+44 113 496 0{i%1000:03d}"
DOM=['octavia-energy.co.uk','example-dno.com','meterops.example.org','brightwater-supply.co.uk']
def email(i):
    f=FIRST[i%20].lower(); s=SUR[(i*3+i//20)%20].lower().replace(' ','').replace("'",'').replace('í','i')
    return f"{f[0]}.{s}{i}@{DOM[i%4]}"
GEN={'MPAN':mpan,'MPRN':mprn,'SERIAL':serial,'EUI64':eui,'POSTCODE':postcode,'NAME':name,'PHONE':phone,'EMAIL':email}
LABEL={'MPAN':'MPAN','MPRN':'Gas MPRN','SERIAL':'Meter serial','EUI64':'ESME device ID','POSTCODE':'Premises postcode','NAME':'Customer contact','PHONE':'Contact number','EMAIL':'Customer e-mail'}
KEEPS=['MPAN-REF-07','FM_TS_1_TC_01','DIP-MSG-20261205-000183','2026-12-05T14:32:30Z','IF-031','D0150001','v2.14.0','DEF-2291','JOB-77812','SIT-B run 7','REQ-20261120-0931','GBP 1,284.50','3f2b8c9e-1d4a-4e6b-9a7c-2b1e0d5f6a88','PO-4500123456','MPAN-REF-12','TC_SMETS2_CH_004','1 of 13 steps','20261205143230','ECS24 response','DUIS SR 8.1.1','build 2026.11.3','MHHS-DEL1234','count=1300','MSN-REF-03']
