import random, string
W=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12): return str(sum(int(c)*w for c,w in zip(d12,W))%11%10)
DIST=['10','11','12','13','14','15','16','17','18','19','20','21','22','23']
OUT=['NE46','LS6','M14','CF24','SA1','BS7','EH9','G12','BT9','EC1V','B15','L17','NG7','PL4','TR18','LL57','IV2','KY16','DH1','YO10','HU5','S11','CB4','OX4','RG1','GU2','BN2','CT1','ME7','TN34','PO5','SO17','EX4','TQ1','TA1','BA2','GL50','WR1','HR4','SY23','LD1','NP20','DD1','AB24','PA2','DG1','CA3','LA1','PR1','BB2','WN1','SK4','ST4','DE22','LE2','NN1','MK9','LU1','SG1','CM2','IP4','NR2','PE1','LN1','DN1','WF1','HX1','HG1','TS1','SR1']
INW='ABDEFGHJLNPQRSTUWXYZ'
FIRST=['Siân','Gwenllian','Rhodri','Zofia','Bartłomiej','Aoife','Niamh','Oluwaseun','Priya','Hamish','Morag','Eilidh','Tobias','Imogen','Ffion','Callum','Grzegorz','Małgorzata','Dafydd','Lowri','Ciarán','Saoirse','Rajinder','Harpreet','Yusuf','Fatima','Kwame','Adaeze','Lachlan','Isla','Wojciech','Agnieszka','Tomasz','Beatrix','Cormac','Eluned','Seren','Iestyn','Ngozi','Chidi']
SUR=["ap Gruffydd","O'Connor-Whitaker","de la Cour","Wiśniewska-Hart","van der Berg","Fforde-Llewelyn","MacAlister","Nic Dhòmhnaill","Ó Briain","St John-Smythe","ferch Rhys","Kowalczyk","Brzęczyszczykiewicz","Featherstonehaugh","Le Marchant","Du Plessis","Ní Mhurchú","Okonkwo-Blythe","Pryce-Jenkins","Vaughan-Thomas","D'Arcy","FitzGerald","Mac an tSaoir","Ashworth-Pennington","Gallacher","Tremayne","Penhaligon","Trelawney","Carruthers","Threlfall","Inglethorpe","Blenkinsop","Ogunbanjo","Sandhu-Rowe","Abernethy","Quigley","Dunleavy","Pilkington","Entwistle","Huxtable"]
PARTICLES={'de','la','van','der','ap','ferch','le','du','st','nic','ní','ó','mac','an','d','o','von','di','da'}
STREETS=['Larkspur','Tanfield','Cuthbertson','Glasshoughton','Penllergaer','Blackthorn','Wheatsheaf','Kingfisher','Marlborough','Fennimore','Ravensworth','Dunraven','Oakenshaw','Throstle','Sycamore','Heathcote','Penrhyn','Glenalmond','Quarrendon','Wolverley','Brackenbury','Castlereagh','Aldbourne','Cwmdonkin','Lindisfarne','Tregenna','Hawksmoor','Bramblewood','Foxglove','Copperbeech','Whinfell','Ashbourne','Gorsedd','Ystrad','Pendragon','Edencroft','Kittiwake','Harebell','Swaledale','Coniston','Ingleby','Pemberley','Moorcroft','Hollyhock','Buttermere','Wyndcliffe','Greenhithe','Tolpuddle','Nettlebed','Sedgemoor']
STYPES=['Road','Street','Avenue','Crescent','Close','Lane','Drive','Terrace','Gardens','Way','Grove','Place','Row','Walk','Mews','Court','Rise','Hill','Square','View']
TOWNS=['Hexham','Pontypridd','Kirkcaldy','Ormskirk','Bridport','Llandeilo','Todmorden','Ulverston','Penzance','Stornoway','Keswick','Aberystwyth','Dunfermline','Ballymena','Wisbech','Gainsborough','Malvern','Tewkesbury','Morpeth','Skipton','Brecon','Machynlleth','Oban','Peebles','Thirsk','Barnstaple','Launceston','Cleethorpes','Newquay','Ludlow','Tenby','Holyhead','Clitheroe','Settle','Alnwick','Kendal','Whitby','Sandbach','Nantwich','Buxton']
HNAMES=['Tanglewood','Rosemullion','Bryn Awelon','Ty Gwyn','Hafod','Gorsebank','Meadowsweet Cottage','Lilac Lodge','Cnoc na Mara','Windrush','Plas Newydd','Hillcrest','Chy an Mor']
DOMS=['btinternet.com','gmail.com','outlook.com','yahoo.co.uk','sky.com','hotmail.co.uk','talktalk.net','virginmedia.com','icloud.com','proton.me']
import unicodedata
def strip_acc(s): return ''.join(c for c in unicodedata.normalize('NFD',s) if unicodedata.category(c)!='Mn')
class IdSource:
    def __init__(s,seed): s.r=random.Random(seed); s.used=set()
    def u(s,f):
        while True:
            v=f()
            if v not in s.used: s.used.add(v); return v
    def digits(s,n): return ''.join(s.r.choice('0123456789') for _ in range(n))
    def mpan(s):
        def f():
            d=s.r.choice(DIST)+s.digits(10); return d+mpan_check(d)
        return s.u(f)
    def mpan21(s):
        core=s.mpan(); pc=s.r.choice(['01','02','03','04','05','06','08'])
        mtc=s.r.choice(['801','811','845','151','393','802']); llfc=s.digits(3)
        return pc+mtc+llfc+core
    def mpan13bad(s):
        m=s.mpan(); c=(int(m[-1])+s.r.randint(1,9))%10; return m[:12]+str(c)
    def mprn(s): return s.u(lambda: str(s.r.randint(1,9))+s.digits(s.r.choice([6,7,8,9])))
    def eserial(s):
        def f():
            t=s.r.randint(0,3)
            L=lambda: s.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
            if t==0: return L()+s.digits(2)+L()+s.digits(6)
            if t==1: return s.digits(2)+L()+s.digits(7)
            if t==2: return 'E'+s.digits(2)+'B'+L()+s.digits(5)
            return L()+L()+s.digits(2)+L()+s.digits(5)
        return s.u(f)
    def gserial(s):
        def f():
            t=s.r.randint(0,2)
            if t==0: return 'E6S'+s.digits(8)+s.r.choice(['19','20','21','22','23','24'])
            if t==1: return 'G4'+s.r.choice('ABKLMS')+s.digits(8)
            return s.r.choice(['U6','U16','G6'])+'W'+s.digits(7)+s.r.choice('ABCDEFG')
        return s.u(f)
    def eui(s):
        def f():
            b=[s.r.choice(['00','70','BC','D0','0C','F8'])]+[format(s.r.randint(0,255),'02X') for _ in range(7)]
            v=''.join(b)
            if v.isdigit() or sum(c.isalpha() for c in v)<3: return f()
            return v
        return s.u(f)
    def postcode(s): return s.u(lambda: s.r.choice(OUT)+' '+str(s.r.randint(1,9))+s.r.choice(INW)+s.r.choice(INW))
    def phone(s):
        def f():
            t=s.r.randint(0,2)
            if t==0: return '07'+str(s.r.randint(4,9))+s.digits(8)
            if t==1: return '01'+s.r.choice(['13','61','17','21','91','14','15','24','31','41'])+s.digits(7)
            return '02'+s.r.choice(['0','9','3','8'])+s.digits(8)
        return s.u(f)
    def name(s): return s.u(lambda:(s.r.choice(FIRST),s.r.choice(SUR)))
    def address(s):
        def f():
            st=s.r.choice(STREETS); ty=s.r.choice(STYPES); tw=s.r.choice(TOWNS)
            t=s.r.randint(0,3)
            if t==0: lead=str(s.r.randint(1,240))
            elif t==1: lead='Flat %d, %d'%(s.r.randint(1,12),s.r.randint(1,99))
            elif t==2: lead=s.r.choice(HNAMES)+','
            else: lead=str(s.r.randint(1,90))+s.r.choice('ABC')
            return (lead,st,ty,tw)
        return s.u(f)
    def email(s):
        def f():
            fn,sn=s.name()
            loc=s.r.choice(['{f}.{s}','{f}{s}{n}','{i}{s}','{s}.{f}{n}'])
            a=strip_acc(fn).lower(); b=''.join(c for c in strip_acc(sn).lower() if c.isalnum())
            return loc.format(f=a,s=b,i=a[0],n=s.r.randint(1,99))+'@'+s.r.choice(DOMS)
        return s.u(f)
