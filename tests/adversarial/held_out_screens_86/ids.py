"""Value generators (seeded). All values invented."""
import random
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(r):
    d = [r.choice([10,11,12,13,14,15,16,17,18,19,20,21,22,23])]
    s = str(d[0]) + ''.join(str(r.randint(0,9)) for _ in range(10))
    c = sum(int(a)*p for a,p in zip(s,PR)) % 11 % 10
    return s + str(c)
def mpan_top(r):
    return ('%02d' % r.choice([1,2,3,4,5,6,8])) , str(r.choice([801,811,845,151,393,206,500])), '%03d' % r.randint(100,999)
def mpan_fmt(core):  # distributor, unique ref 4 4 2, check
    return f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:13]}"
def mprn(r):
    return str(r.randint(1,9)) + ''.join(str(r.randint(0,9)) for _ in range(9))
def elec_serial(r):
    pre = r.choice(['S', 'K', 'L', 'D', 'E'])
    yy = '%02d' % r.randint(10,24)
    return r.choice([f"{yy}{r.choice('ACEKLMPW')}{r.randint(1000000,9999999)}",
                     f"{pre}{r.randint(10,99)}{r.choice('ABMK')}{r.randint(100000,999999)}",
                     f"{r.choice(['Z','D'])}{yy}{r.choice('UWP')}{r.randint(10000,99999)}"])
def gas_serial(r):
    return r.choice(['E6S', 'G4A', 'E6E']) + ''.join(str(r.randint(0,9)) for _ in range(11)) if r.random()<.5 else 'E6S' + '%08d' % r.randint(0,99999999) + '%02d' % r.randint(10,24)
def eui(r, sep='-'):
    b = [0x00,0x1C,0x9B] if r.random()<.6 else [0x70,0xB3,0xD5]
    b += [r.randint(0,255) for _ in range(5)]
    return sep.join('%02X' % x for x in b)
FIRST = ['John','Sarah','James','Paul','Rhiannon','Eilidh','Siobhan','Priya','Rajesh','Chinedu','Oluwaseun','Agnieszka','Grzegorz','Mohammed','Aoife','Dafydd','Catriona','Kwame','Ngozi','Wojciech','Margaret','Gareth','Iain','Anjali','Farhan','Yaw','Bronwen','Tomasz','Fiona','David','Emma','Olivia','Harpreet','Adebayo']
LAST = ['Smith','Brown','Wood','Walker','Jones','Pritchard','MacLeod','Nic Dhòmhnaill','Patel','Chaudhry','Okafor','Adeyemi','Kowalski','Wiśniewski','Hussain','Llewellyn','Campbell','Mensah','Nwosu','Nowak','Thompson','Evans','Robertson','Sharma','Begum','Asante','Morgan','Zieliński','Fraser','Taylor','Hughes','Sandhu','Ogunleye','McAllister']
STREETS = ['Station Road','Heol y Felin','Victoria Street','Mill Lane','Church Street','Brynmawr Terrace','Kirkgate','Ashgrove Crescent','Dunmore Place','Cae Glas','Albert Road','Meadowbank Avenue','Glebe Close','Harbour View','Queen Street','Orchard Way']
TOWNS = [('Aberystwyth','SY23 1AB'),('Inverness','IV2 3PU'),('Leeds','LS6 2DR'),('Swansea','SA1 4PF'),('Bristol','BS7 8NQ'),('Dundee','DD1 4HN'),('Wrexham','LL11 2TA'),('Bradford','BD3 9LH'),('Cardiff','CF24 4HQ'),('Norwich','NR2 3PD'),('Carlisle','CA1 2EB'),('Ipswich','IP4 5HB'),('Perth','PH1 5TQ'),('Leicester','LE2 1XL'),('Stornoway','HS1 2QN'),('Truro','TR1 2HZ')]
KEEP_TOWNS = ['Reading','Northampton','Warrington','Coventry','Glasgow','Newcastle']  # depot / site names as labels
def name(r): return f"{r.choice(FIRST)} {r.choice(LAST)}"
def address(r):
    t, pc = r.choice(TOWNS)
    return [f"{r.randint(1,220)} {r.choice(STREETS)}", t, pc]
def postcode(r): return r.choice(TOWNS)[1]
def phone(r):
    return r.choice([f"01632 {r.randint(960000,960999)}", f"07700 {r.randint(900000,900999)}", f"+44 7700 {r.randint(900000,900999)}", f"0113 496 {r.randint(0,999):04d}"])
def email(r, n):
    a, b = n.split()[0].lower(), n.split()[-1].lower()
    import unicodedata
    s = unicodedata.normalize('NFKD', f"{a}.{b}").encode('ascii','ignore').decode()
    return s + r.choice(['@example.com','@example.co.uk','@mail.example.org'])
def account(r): return r.choice(['ACC-','', 'A']) + str(r.randint(10000000, 99999999))
# keeps
def tc(r): return f"TC-{r.randint(1000,9999)}"
def flow(r): return r.choice(['D0010','D0086','D0150','D0205','D0019','D0055','D0036','IF-031','IF-021','MM-012','PUB-046'])
def dip(r): return f"DIP-{r.randint(100000,999999)}"
def ts(r): return f"2026-{r.randint(1,12):02d}-{r.randint(1,28):02d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
def amount(r): return f"£{r.randint(10,999)}.{r.randint(0,99):02d}"
def wo(r): return f"WO-{r.randint(100000,999999)}"
def fw(r): return f"v{r.randint(1,4)}.{r.randint(0,20)}.{r.randint(0,99)}"
def mref(r): return f"MPAN-REF-{r.randint(1,99):02d}"
def reading(r): return f"{r.randint(1000,99999)} kWh"
