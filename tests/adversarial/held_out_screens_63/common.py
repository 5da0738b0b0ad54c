import json, os, random
ROOT = '/tmp/ho40/screens'
CORPUS = ROOT + '/corpus'
TRUTH = ROOT + '/truth'
rng = random.Random(4013)
PRIMES = [3,5,7,13,17,19,23,29,31,37,41,43]
_used = set()

def _uniq(f):
    while True:
        v = f()
        if v not in _used:
            _used.add(v); return v

def mpan_core(dist=None):
    def f():
        d = dist or rng.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23])
        body = '%02d' % d + ''.join(str(rng.randint(0,9)) for _ in range(10))
        c = sum(int(a)*p for a,p in zip(body, PRIMES)) % 11 % 10
        return body + str(c)
    return _uniq(f)

def check_mpan(core):
    return sum(int(a)*p for a,p in zip(core[:12], PRIMES)) % 11 % 10 == int(core[12])

def mpan_top():
    pc = rng.choice(['01','02','03','04','05','08','00'])
    mtc = '%03d' % rng.choice([801,845,151,181,393,402,512,810,858])
    llf = '%03d' % rng.randint(100,999)
    return pc, mtc, llf

def mpan_full():
    pc, mtc, llf = mpan_top(); core = mpan_core()
    return pc, mtc, llf, core

def sgroups(core):
    return core[:2], core[2:6], core[6:10], core[10:13]

def mprn():
    return _uniq(lambda: str(rng.randint(1,9)) + ''.join(str(rng.randint(0,9)) for _ in range(9)))

def serial_elec():
    return _uniq(lambda: rng.choice(['S','L','K','D','E']) + '%02d' % rng.randint(10,99) + rng.choice('ABCDKMPW') + '%06d' % rng.randint(0,999999))

def serial_gas():
    return _uniq(lambda: 'E6S' + '%08d' % rng.randint(0,99999999) + '%02d' % rng.randint(16,24))

def eui64():
    oui = rng.choice(['00-0D-6F','00-1B-C5','70-B3-D5','00-24-46','BC-33-AC'])
    return _uniq(lambda: oui + '-' + '-'.join('%02X' % rng.randint(0,255) for _ in range(5)))

FIRST = ['Siobhan','Gareth','Priya','Olumide','Hamish','Bethan','Declan','Morag','Tariq','Eleri','Callum','Niamh','Rhodri','Ayesha','Fergus','Imogen','Kwame','Ffion','Lachlan','Rosalind','Dafydd','Maeve','Ianto','Zainab']
LAST = ['Fitzgerald-Owen','de la Cruz','Van der Berg','ap Rhys','MacAlister','O\'Donoghue','Baptiste-Wright','Llewellyn','Okonkwo','Featherstonehaugh','St John-Mollison','Cholmondeley','Abernethy','Le Marchant','Ní Bhriain','Pennington','Gwilliam','Ashworth-Hale','Quarshie','Trevelyan','du Plessis','Kavanagh','Ramsbottom','Ogunleye']
def name():
    return _uniq(lambda: rng.choice(['Mr ','Mrs ','Ms ','Dr ','']) + rng.choice(FIRST) + ' ' + rng.choice(LAST))
STREETS = ['Tanyard Lane','Clough Road','Wharfside Close','Penrhyn Terrace','Kiln Brow','Saltergate','Mill Wynd','Ropewalk','Quarry Bank','Cwrt Y Felin','Hollins Crescent','Brackenbury Mews','Glebe Drove','Furnace Row','Lychgate Walk','Tenter Street']
TOWNS = ['Todmorden','Bridgend','Kendal','Hexham','Peebles','Ludlow','Whitby','Llandeilo','Bicester','Lanark','Penzance','Matlock','Stroud','Oban','Ripon','Selby']
def postcode():
    def f():
        a = rng.choice(['OL','CF','LA','NE','EH','SY','YO','SA','OX','ML','TR','DE','GL','PA','HG','LS','M','B','G','S'])
        d = str(rng.randint(1,29)) + (rng.choice(['', '', 'A']) if len(a)==1 else '')
        return a + d + ' ' + str(rng.randint(0,9)) + rng.choice('ABDEFGHJLNPQRSTUWXYZ') + rng.choice('ABDEFGHJLNPQRSTUWXYZ')
    return _uniq(f)
def address():
    return _uniq(lambda: '%d %s, %s' % (rng.randint(2,188), rng.choice(STREETS), rng.choice(TOWNS)))
def phone():
    return _uniq(lambda: rng.choice(['07700 9','01632 9','0113 496 ','020 7946 ']) + '%05d' % rng.randint(0,99999) if False else rng.choice(['07700 900','01632 960','0113 496 0','020 7946 0']) + '%03d' % rng.randint(0,999))
def email(n=None):
    return _uniq(lambda: (rng.choice(FIRST).lower() + '.' + rng.choice(['owen','cruz','berg','rhys','hale','kavanagh','quarshie']) + str(rng.randint(1,99)) + '@' + rng.choice(['example.co.uk','mailbox.test','customer.example'])))

class Truth:
    def __init__(self, fname, toolkit, genre, scale=1.0, theme='light'):
        self.d = dict(file=fname, toolkit=toolkit, genre=genre, scale=scale, theme=theme, items=[], keeps=[], meta_items=[])
    def item(self, kind, value, form, boxes, rot=0, frame=None, note=''):
        self.d['items'].append(dict(kind=kind, value=value, form=form, boxes=[[round(float(c),1) for c in b] for b in boxes], rot=rot, frame=frame, note=note))
    def keep(self, text, box, rot=0, frame=None, kind='label'):
        self.d['keeps'].append(dict(text=text, kind=kind, box=[round(float(c),1) for c in box], rot=rot, frame=frame))
    def meta(self, kind, value, where):
        self.d['meta_items'].append(dict(kind=kind, value=value, where=where))
    def save(self):
        with open(os.path.join(TRUTH, self.d['file'] + '.json'), 'w') as f:
            json.dump(self.d, f, indent=1)
