"""Deterministic invented identifiers and keeps (seeded)."""
import random, string, uuid
PR = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12):
    return str(sum(int(c)*p for c,p in zip(d12, PR)) % 11 % 10)
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def digits(self, n): return ''.join(self.r.choice(string.digits) for _ in range(n))
    def core(self):
        d = str(self.r.randint(10, 23)) + self.digits(10)
        return d + mpan_check(d)
    def top(self):
        return self.r.choice(['01','02','03','04','05','08']), self.r.choice(['801','845','151','393','027','811']), self.digits(3)
    def mprn(self):
        return str(self.r.randint(1,9)) + self.digits(self.r.choice([9,9,9,8,7]))
    def eserial(self):
        y = self.r.randint(14, 25)
        return self.r.choice([f"{y}{self.r.choice('ABDEHKLMPRSW')}{self.digits(7)}", f"{self.r.choice(['K','L','S','E'])}{y}{self.r.choice('ABCDW')}{self.digits(5)}", f"D{y}{self.r.choice('MNP')}{self.digits(6)}"])
    def gserial(self):
        return "E6S" + self.digits(11)
    def eui(self, style='-'):
        b = ['00','1C','9B'] + ['%02X' % self.r.randint(0,255) for _ in range(5)]
        if style == 'lc:': return ':'.join(x.lower() for x in b)
        if style == '': return ''.join(b)
        if style == '0x': return '0x' + ''.join(b)
        return style.join(b)
    FIRST = ['Siobhan','Oluwaseun','Priya','Grace','Tomasz','Mei','Hamza','Rhiannon','Joy','Will','Amber','Faith','Hope','Rose','Mark','Dawn','Carol','Bill','Jack','Ngozi','Anjali','Dmitri','Ewa','Kwame','Fatima','Callum','Eilidh','Bronwen','Yusuf','Lucía']
    LAST = ["O'Driscoll",'Adeyemi','Raghunathan','Baker','Kowalczyk','Zhang','Qureshi','Pritchard','Bishop','Green','Fields','Bird','Marsh','Hill','Rich','Cook','Mason','Fisher','Wood','Okafor','Chaudhry','Volkov','Nowak','Mensah','Haddad','MacLeod','Sinclair','Llewellyn','Demir','Fernández']
    def name(self): return f"{self.r.choice(self.FIRST)} {self.r.choice(self.LAST)}"
    STREETS = ['Kestrel Way','Alder Close','Mill Lane','Brook Street','Heather Rise','Quarry Road','Station Approach','Ffordd y Parc','Orchard Gardens','Chapel Row','Linden Avenue','Harbour View']
    TOWNS = ['Leeds','Swansea','Ipswich','Carlisle','Bolton','Truro','Dundee','Reading','Wrexham','Lincoln','Stockport','Exeter']
    def street(self): return f"{self.r.randint(1,220)} {self.r.choice(self.STREETS)}"
    def town(self): return self.r.choice(self.TOWNS)
    def postcode(self):
        L = 'ABCDEFGHJKLMNOPRSTUWYZ'; I='ABDEFGHJLNPQRSTUWXYZ'
        f = self.r.choice(['A9','A99','AA9','AA99','A9A','AA9A'])
        out = ''.join(self.r.choice(L) if c=='A' else str(self.r.randint(1,9)) for c in f)
        return out + ' ' + str(self.r.randint(0,9)) + self.r.choice(I) + self.r.choice(I)
    def phone(self):
        return self.r.choice([f"01632 960{self.r.randint(0,999):03d}", f"07700 900{self.r.randint(0,999):03d}", f"020 7946 0{self.r.randint(0,999):03d}", f"0113 496 0{self.r.randint(0,999):03d}"])
    def email(self, name=None):
        n = name or self.name()
        a, b = n.lower().replace("'", '').replace('í','i').replace('á','a').split(' ', 1)
        return f"{a}.{b.replace(' ','')}{self.r.randint(1,99)}@" + self.r.choice(['example.com','example.org','example.net','example.co.uk'])
    def account(self): return self.r.choice(['8','6','4']) + self.digits(9)
    # keeps
    def testref(self): return self.r.choice(['TC-UIT-','TC-SIT-','PIT-E2E-','UIT-LDSO-']) + f"{self.r.randint(1,999):04d}"
    def flow(self): return self.r.choice(['D0010','D0150','D0149','D0086','D0019','IF-031','IF-021','IF-036','PUB-011','D0311','D0002','IF-013'])
    def dip(self): return 'DIP-' + ''.join(self.r.choice('0123456789abcdef') for _ in range(8))
    def mpanref(self): return f"MPAN-REF-{self.r.randint(1,60):02d}"
    def ts(self): return f"2026-{self.r.randint(9,11):02d}-{self.r.randint(1,28):02d}T{self.r.randint(0,23):02d}:{self.r.randint(0,59):02d}:{self.r.randint(0,59):02d}Z"
    def uuid(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def version(self): return f"v{self.r.randint(1,9)}.{self.r.randint(0,30)}.{self.r.randint(0,99)}"
    def amount(self): return f"£{self.r.randint(10,2400)}.{self.r.randint(0,99):02d}"
    def reading(self): return f"{self.r.randint(0,99999):05d}.{self.r.randint(0,9)} kWh"
    def ticket(self): return self.r.choice(['INC','CHG','DEF-','BUG-']) + str(self.r.randint(10000,99999))
    def sha(self): return ''.join(self.r.choice('0123456789abcdef') for _ in range(8))
