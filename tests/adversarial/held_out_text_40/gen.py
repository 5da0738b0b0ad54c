#!/usr/bin/env python3
"""Generate held-out TEXT corpus + truth for Attest (issue 12). Deterministic (seeded)."""
import base64, json, os, random, re, quopri, urllib.parse, hashlib, uuid, html, datetime

OUT = '/tmp/ho34/text/corpus'
R = random.Random(3412)

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan_check(d12):
    return str(sum(int(a) * b for a, b in zip(d12, W)) % 11 % 10)
def mpan():
    d = str(R.randint(10, 23)) + ''.join(R.choice('0123456789') for _ in range(10))
    return d + mpan_check(d)
def valid_mpan(s):
    return len(s) == 13 and s.isdigit() and 10 <= int(s[:2]) <= 23 and mpan_check(s[:12]) == s[12]
def mprn():
    while True:
        s = str(R.randint(3, 9)) + ''.join(R.choice('0123456789') for _ in range(9))
        if not s.startswith(('20', '19', '17')):
            return s
def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))
def eserial():
    st = R.choice(['A', 'B', 'C', 'D'])
    if st == 'A':  # 2 letters + 2 digit yr + letter + digits
        return R.choice(['SM', 'EM', 'LG', 'AC', 'KL', 'SE', 'MS']) + '%02d' % R.randint(8, 24) + R.choice('ABCDEFHJKLMNPRT') + digits(R.choice([5, 6]))
    if st == 'B':
        return '%02d' % R.randint(10, 24) + R.choice('EKLMP') + digits(7)
    if st == 'C':
        return R.choice(['D', 'K', 'L', 'S']) + '%02d' % R.randint(90, 99) + R.choice('ABCW') + digits(5)
    return 'E%02dMP' % R.randint(12, 23) + digits(5)
def gserial():
    st = R.choice(['G4', 'E6S', 'U6', 'OLD'])
    if st == 'G4':
        return 'G4' + R.choice('AKSM') + digits(8)
    if st == 'E6S':
        return 'E6S' + digits(8) + '%02d' % R.randint(15, 23)
    if st == 'U6':
        return 'U6' + R.choice('DLP') + digits(7) + R.choice('ABCD')
    return digits(8) + 'D' + '%02d' % R.randint(95, 99)
def eui():
    return ''.join(R.choice('0123456789ABCDEF') for _ in range(16))
def eui_fmt(e, style):
    p = [e[i:i + 2] for i in range(0, 16, 2)]
    return {'dash': '-'.join(p), 'colon': ':'.join(p), 'plain': e, 'lower': e.lower(),
            'dot': '.'.join(e[i:i + 4] for i in range(0, 16, 4)).lower(), '0x': '0x' + e,
            'space': ' '.join(p), 'ldash': '-'.join(p).lower()}[style]
AREAS = ['LS', 'CF', 'SA', 'BD', 'NE', 'EX', 'TR', 'PL', 'GL', 'HG', 'YO', 'DN', 'NG', 'LL', 'SY', 'KY', 'AB', 'IV', 'BS', 'M', 'B', 'G', 'L', 'S']
def postcode():
    a = R.choice(AREAS)
    d = str(R.randint(1, 29))
    inward = str(R.randint(1, 9)) + R.choice('ABDEFGHJLNPQRSTUWXYZ') + R.choice('ABDEFGHJLNPQRSTUWXYZ')
    return a + d + ' ' + inward
def phone():
    return R.choice(['01632 960%03d', '07700 900%03d', '020 7946 0%03d']) % R.randint(0, 999)
FIRST = ['Morwenna', 'Idris', 'Tamsin', 'Caradog', 'Ffion', 'Oluwaseun', 'Priyanka', 'Lachlan', 'Eilidh', 'Thaddeus', 'Rhiannon', 'Zainab',
         'Crispin', 'Bronwen', 'Kwabena', 'Saoirse', 'Magnus', 'Henrietta', 'Ieuan', 'Perpetua', 'Aurelio', 'Gwenllian', 'Benedikt', 'Roisin',
         'Tobiah', 'Nerys', 'Jolyon', 'Anwen', 'Cosmo', 'Delphine']
LAST = ['Tregothnan', 'Pennefather', 'Quenby', 'Okonkwo', 'Blakiston', 'Marchbanks', 'Oyelaran', 'Strathdee', 'Wetherell', 'Carbonell',
        'Haverfield', 'Nkemelu', 'Kilbride', 'Threlfall', 'Ravenscroft', 'Gethin', 'Prothero', 'Cadwallader', 'Inchbald', 'Lusignan',
        'Vardy-Holt', 'Ellerby', 'Merriweather', 'Tolputt', 'Ashdown', 'Brackley', 'Fairclough', 'Penhaligon', 'Stanier', 'Wykeham']
STREETW = ['Wrenfield', 'Gorsedd', 'Pendlebury', 'Foxhollow', 'Marlpit', 'Saltings', 'Heathercroft', 'Kingsmoor', 'Thistledown', 'Brackenbury',
           'Quarrybank', 'Millstream', 'Larkspur', 'Sandpiper', 'Coldharbour', 'Tanyard', 'Ropewalk', 'Cherrytree', 'Blackthorn', 'Kestrel',
           'Mafeking', 'Inkerman', 'Glebeland', 'Chantry', 'Ferndene', 'Oakapple', 'Tolgarrick', 'Ysgubor', 'Penrhos', 'Cilgwyn']
STYPE = ['Road', 'Street', 'Avenue', 'Close', 'Lane', 'Crescent', 'Drive', 'Way', 'Terrace', 'Grove', 'Gardens', 'Mews', 'Rise', 'Walk']
TOWNS = ['Hollinbrook', 'Thornwick', 'Kettlebridge', 'Oxcombe', 'Ravensholme', 'Brynmorlais', 'Sedgecombe', 'Farleigh Wick', 'Caerwenlli',
         'Mardenfield', 'Ashcombe Vale', 'Lowerby', 'Pennick', 'Stowbridge', 'Wenhaston Moor', 'Llanwerydd', 'Gilcrux', 'Danesford']
HOUSEN = ['Rose Cottage', 'The Old Forge', 'Bryn Awel', 'Meadow View', 'Ty Gwyn', 'Orchard House', 'The Granary', 'Hafod Wen']
GENERIC = set(w.lower() for w in STYPE + ['Flat', 'Apartment', 'Unit', 'The', 'House', 'Cottage', 'Old', 'View', 'Upper', 'Lower', 'Vale', 'Moor',
                                            'Wick', 'Heol', 'Stryd', 'Ffordd', 'Road', 'Forge', 'Meadow', 'Orchard', 'Granary', 'Bryn', 'Awel', 'Gwyn', 'Wen', 'Ty', 'Hafod', 'Mrs', 'Miss', 'Mx', 'Dr', 'Ms', 'Mr'])

class Person:
    def __init__(self):
        self.first = R.choice(FIRST); self.last = R.choice(LAST)
        self.title = R.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'])
        self.name = f'{self.first} {self.last}'
        self.num = str(R.randint(1, 212))
        self.street = f'{R.choice(STREETW)} {R.choice(STYPE)}'
        self.town = R.choice(TOWNS)
        self.flat = R.random() < 0.2
        self.hname = R.choice(HOUSEN) if R.random() < 0.12 else None
        if self.hname:
            self.line1 = f'{self.hname}, {self.street}'
        elif self.flat:
            self.line1 = f'Flat {R.randint(1, 12)}, {self.num} {self.street}'
        else:
            self.line1 = f'{self.num} {self.street}'
        self.addr = f'{self.line1}, {self.town}'
        self.pc = postcode()
        self.mpan = mpan(); self.mpan2 = mpan(); self.mprn = mprn()
        self.es = eserial(); self.gs = gserial(); self.eui = eui(); self.eui2 = eui()
        self.phone = phone(); self.mobile = '07700 900%03d' % R.randint(0, 999)
        dom = R.choice(['example.com', 'example.org', 'example.net', 'mailbox.example.co.uk', 'btinternet.example.net'])
        sep = R.choice(['.', '_', ''])
        self.email = f'{self.first.lower()}{sep}{self.last.lower()}{R.choice(["", str(R.randint(1, 99))])}@{dom}'
        self.pc_class = '%02d' % R.randint(1, 8); self.mtc = '%03d' % R.choice([801, 845, 393, 181, 509, 811])
        self.llfc = '%03d' % R.randint(100, 999)

def tokens_of(kind, value):
    if kind in ('name', 'address'):
        return [t for t in re.findall(r"[A-Za-z][A-Za-z'-]+", value) if t.lower() not in GENERIC and len(t) >= 3]
    return []

# ---------- keeps ----------
def tcref(): return R.choice(['TC-MHHS-SIT-%04d', 'SIT-FUNC-%03d', 'UIT-%04d', 'PIT_LDSO_%03d', 'TP-%05d', 'QT-LDSO-%03d']) % R.randint(1, 9999)
def guid(): return str(uuid.UUID(int=R.getrandbits(128)))
def dipid(): return 'DIP-' + ''.join(R.choice('0123456789ABCDEF') for _ in range(12))
def ts(): return (datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=R.randint(0, 30000000))).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % R.randint(0, 999)
def ts2(): return (datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=R.randint(0, 30000000))).strftime('%d/%m/%Y %H:%M')
def day(): return (datetime.date(2024, 1, 1) + datetime.timedelta(days=R.randint(0, 400))).isoformat()
def amount(): return '£%d.%02d' % (R.randint(5, 900), R.randint(0, 99))
def reading(): return '%06d' % R.randint(0, 99999)
def mref(): return R.choice(['MPAN-REF-%03d', 'MPAN%04d', 'REF-%04d', 'MPANREF_%02d']) % R.randint(1, 999)
def ver(): return 'v%d.%d.%d' % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 40))
def epochms():
    while True:
        s = str(R.randint(1704067200000, 1735689599000))
        if not valid_mpan(s): return s
def traceid(): return ''.join(R.choice('0123456789abcdef') for _ in range(32))
FLOWS = ['D0010', 'D0150', 'D0149', 'D0086', 'D0055', 'D0205', 'D0302', 'D0019', 'IF-031', 'IF-033', 'IF-036', 'PUB-021', 'IF-014',
         'SRV 8.1', 'SRV 1.6', 'SRV 4.1.1', 'SRV 11.2', 'SRV 6.15.1', 'CCCS', 'MRDS']

class Doc:
    def __init__(self, name, genre):
        self.name = name; self.genre = genre; self.secrets = []; self.keeps = []
        self.enc = None; self.eol = None
    def s(self, kind, value, form=None, cls='plain'):
        form = value if form is None else form
        self.secrets.append({'kind': kind, 'value': value, 'form': form, 'cls': cls})
        return form
    def k(self, v):
        v = str(v)
        self.keeps.append(v); return v

# ---------- obfuscations ----------
FMT = ['\u200b', '\u200e', '\u200f', '\u2063', '\u2066', '\u2069', '\ufe0f', '\u034f', '\u00ad', '\u200d', '\u2060', '\ufeff']
def grp(v, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i + n]); i += n
    if i < len(v): out.append(v[i:])
    return [x for x in out if x]
def mpan_groups(v): return grp(v, [2, 4, 4, 3])
def obf(v, style):
    if style == 'fmt':
        return ''.join(c + (R.choice(FMT) if i % R.choice([1, 2, 3]) == 0 and i < len(v) - 1 else '') for i, c in enumerate(v))
    if style == 'fmt1':
        i = R.randint(3, len(v) - 3); return v[:i] + R.choice(FMT) + v[i:]
    if style in ('_', ',', ':', '+', '.', '-', '/'):
        return style.join(mpan_groups(v) if len(v) == 13 else grp(v, [3, 3, 4]))
    if style == 'spaces':
        return '     '.join(mpan_groups(v) if len(v) == 13 else grp(v, [4, 3, 3]))
    if style == 'nbsp':
        return '\u00a0'.join(mpan_groups(v) if len(v) == 13 else grp(v, [4, 3, 3]))
    if style == 'thin':
        return '\u2009'.join(mpan_groups(v) if len(v) == 13 else grp(v, [4, 3, 3]))
    if style == 'fullwidth':
        return ''.join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in v)
    if style == 'arabic':
        return ''.join(chr(0x0660 + int(c)) if c.isdigit() else c for c in v)
    if style == 'devanagari':
        return ''.join(chr(0x0966 + int(c)) if c.isdigit() else c for c in v)
    if style == 'b64':
        return base64.b64encode(v.encode()).decode()
    if style == 'hex':
        return v.encode().hex()
    if style == 'pct':
        return ''.join('%%%02X' % ord(c) for c in v)
    if style == 'ent':
        return ''.join('&#%d;' % ord(c) if R.random() < 0.6 else ('&#x%x;' % ord(c)) for c in v)
    raise ValueError(style)

def speak(v):
    words = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    out, i = [], 0
    while i < len(v):
        c = v[i]
        w = words[int(c)] if c.isdigit() else c.upper()
        if c == '0' and R.random() < 0.3: w = 'zero'
        if i + 2 < len(v) and v[i + 1] == c and v[i + 2] == c and c.isdigit():
            out.append('triple ' + w); i += 3; continue
        if i + 1 < len(v) and v[i + 1] == c and c.isdigit():
            out.append('double ' + w); i += 2; continue
        out.append(w); i += 1
    return ' '.join(out)
def ocrify(v):
    m = {'0': 'O', '1': R.choice(['l', 'I']), '5': 'S', '8': 'B'}
    return ''.join(m[c] if c in m and R.random() < 0.45 else c for c in v)

# ================= genres =================
G = {}
def genre(ext, n=7):
    def deco(f):
        G[f.__name__] = (f, ext, n); return f
    return deco

@genre('csv')
def jira_csv(d, p, q):
    rows = ['Issue key,Issue Type,Summary,Status,Priority,Reporter,Created,Description,Comment,Custom field (Test Case),Custom field (MPAN Ref)']
    k1 = d.k('MHHSQT-%d' % R.randint(100, 9999))
    desc = (f'"Step 4 of {d.k(tcref())}: {d.k(R.choice(FLOWS))} rejected for supply {d.s("mpan", p.mpan)}. '
            f'Customer {d.s("name", p.name)} called, premises {d.s("address", p.addr)} {d.s("postcode", p.pc)}. '
            f'Meter {d.s("elec_serial", p.es)} shows reading {d.k(reading())}."')
    com = f'"{d.k(ts2())};dev.lead;retested with gas meter {d.s("gas_serial", p.gs)} MPRN {d.s("mprn", p.mprn)} - still fails with {d.k("ER-" + digits(4))}"'
    rows.append(f'{k1},Bug,{d.k("IF-031 not sent after registration")},{d.k("In Progress")},P2,qa.tester,{d.k(day())},{desc},{com},{d.k(tcref())},{d.k(mref())}')
    k2 = d.k('MHHSQT-%d' % R.randint(100, 9999))
    rows.append(f'{k2},Task,Re-run {d.k(tcref())},Open,P3,qa.tester,{day()},"Use supply {d.s("mpan", q.mpan)} (ref {d.k(mref())}); contact {d.s("phone", q.phone)}",,,')
    return '\n'.join(rows) + '\n'

@genre('html')
def confluence_html(d, p, q):
    return f'''<!DOCTYPE html><html><head><title>{d.k("SIT Cycle 3 - Test Data Sheet")}</title></head><body>
<h1>{d.k("Test data for " + tcref())}</h1>
<div class="confluence-information-macro"><p>Do not paste real data here.</p></div>
<table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">MPAN</th><td class="confluenceTd">{d.s("mpan", p.mpan, "&nbsp;".join(mpan_groups(p.mpan)), "html-nbsp")}</td></tr>
<tr><th class="confluenceTh">MPRN</th><td class="confluenceTd">{d.s("mprn", p.mprn, p.mprn[:4] + "<wbr>" + p.mprn[4:], "html-wbr")}</td></tr>
<tr><th class="confluenceTh">Site</th><td class="confluenceTd">{d.s("address", p.addr)}<br/>{d.s("postcode", p.pc, p.pc.replace(" ", "&nbsp;"), "html-nbsp")}</td></tr>
<tr><th class="confluenceTh">Elec meter</th><td class="confluenceTd"><mark>{p.es[:5]}</mark>{p.es[5:]}</td></tr>
<tr><th class="confluenceTh">ESME GUID</th><td class="confluenceTd"><code>{d.s("eui64", p.eui, eui_fmt(p.eui, "dash"))}</code></td></tr>
<tr><th class="confluenceTh">Flow</th><td class="confluenceTd">{d.k(R.choice(FLOWS))}</td></tr>
</tbody></table>
<p>Contact: <a href="mailto:{d.s("email", p.email)}">{d.s("name", p.name)}</a> &ndash; {d.s("phone", p.phone, p.phone.replace(" ", "&#32;"), "html-ent")}</p>
<p>Alt supply: <b>{q.mpan[:6]}</b><i>{q.mpan[6:]}</i> ({d.k(mref())})</p>
<p>Last updated {d.k(day())} by qa.tester</p></body></html>
''', [('elec_serial', p.es, p.es[:5] + '</mark>' + p.es[5:], 'html-mark'), ('mpan', q.mpan, q.mpan[:6] + '</b><i>' + q.mpan[6:], 'html-tags')]

@genre('txt')
def confluence_wiki(d, p, q):
    return f'''h1. {d.k("Handover - LDSO QT Wave 2")}
{{info}}Evidence for {d.k(tcref())} is in the SharePoint folder.{{info}}
h2. Test data
||Item||Value||Notes||
|MPAN|{d.s("mpan", p.mpan, " ".join(mpan_groups(p.mpan)), "space-groups")}|used in {d.k(R.choice(FLOWS))}|
|Meter serial|{{{{ {d.s("elec_serial", p.es)} }}}}|SMETS2 ESME|
|Gas meter|{d.s("gas_serial", p.gs)}|GSME on {d.k("SRV 8.1")}|
|CHF ID|{d.s("eui64", p.eui, eui_fmt(p.eui, "colon"))}| |
|Address|{d.s("address", p.addr)}, {d.s("postcode", p.pc)}|vacant property|
h2. Actions
* [~{d.k("qa.lead")}] chase DNO re {d.k(dipid())}
* Customer {d.s("name", p.name)} prefers {d.s("email", p.email)}
'''

@genre('html')
def servicenow_html(d, p, q):
    inc = d.k('INC%07d' % R.randint(1, 9999999))
    return f'''<html><body><table class="list_table">
<tr><td class="label">Number</td><td>{inc}</td></tr>
<tr><td class="label">Caller</td><td>{d.s("name", p.name)}</td></tr>
<tr><td class="label">Short description</td><td>{d.k("Smart meter not commissioning")}</td></tr>
<tr><td class="label">Description</td><td>Caller reports IHD offline. Site:&nbsp;{d.s("address", p.addr, html.escape(p.addr))}&nbsp;{d.s("postcode", p.pc)}.
Comms hub {d.s("eui64", p.eui, eui_fmt(p.eui, "lower"))} last seen {d.k(ts())}. ESME serial {d.s("elec_serial", p.es, p.es.lower(), "lower")}.</td></tr>
<tr><td class="label">Work notes</td><td>{ts2()} - Called back on {d.s("phone", p.mobile, p.mobile.replace(" ", "&nbsp;"), "html-nbsp")}, no answer. MPAN&#58; {d.s("mpan", p.mpan, obf(p.mpan, "ent"), "html-ent")}</td></tr>
<tr><td class="label">Assignment group</td><td>{d.k("Smart Ops L2")}</td></tr>
<tr><td class="label">State</td><td>{d.k("Awaiting Caller")}</td></tr>
</table></body></html>
'''

@genre('csv')
def salesforce_csv(d, p, q):
    h = 'Id,CaseNumber,Subject,Account.Name,Site_Address__c,Site_Postcode__c,Supply_Number__c,Gas_Supply_Ref__c,Meter_Id__c,SuppliedPhone,SuppliedEmail,CreatedDate'
    rows = [h]
    for x in (p, q):
        rows.append(','.join([d.k('500' + ''.join(R.choice('ABCDEFGHJKLMNabcdefgh0123456789') for _ in range(12))), d.k('%08d' % R.randint(1, 99999999)),
                              '"Query on ' + d.k(R.choice(['final bill', 'COT read', 'smart install', 'tariff change'])) + '"',
                              '"' + d.s('name', x.name) + '"', '"' + d.s('address', x.addr) + '"', d.s('postcode', x.pc), d.s('mpan', x.mpan),
                              d.s('mprn', x.mprn), d.s('elec_serial', x.es), d.s('phone', x.phone), d.s('email', x.email), d.k(ts())]))
    return '\n'.join(rows) + '\n'

@genre('jsonl')
def splunk_jsonl(d, p, q):
    lines = []
    for i in range(5):
        ev = {'_time': d.k(ts()), 'host': 'mhhs-adapter-0%d' % R.randint(1, 4), 'source': '/var/log/adapter/app.log', 'sourcetype': '_json',
              'level': R.choice(['INFO', 'WARN', 'ERROR']), 'correlationId': d.k(guid()), 'msgType': d.k(R.choice(FLOWS))}
        if i == 1: ev['message'] = 'Registration accepted for MPAN ' + d.s('mpan', p.mpan)
        if i == 2: ev['message'] = 'Address lookup OK: ' + d.s('address', p.addr) + ' ' + d.s('postcode', p.pc)
        if i == 3: ev['payload'] = {'mpxn': d.s('mpan', q.mpan), 'meterSerial': d.s('elec_serial', q.es), 'readingValue': d.k(reading())}
        if i == 4: ev['message'] = 'Unexpected device ' + d.s('eui64', p.eui, eui_fmt(p.eui, 'ldash')) + ' for gas meter ' + d.s('gas_serial', p.gs)
        lines.append(json.dumps(ev))
    return '\n'.join(lines) + '\n'

@genre('json')
def kibana_json(d, p, q):
    hits = []
    for i in range(3):
        src = {'@timestamp': d.k(ts()), 'log.level': 'error', 'service.name': 'dcc-gateway', 'trace.id': d.k(traceid()),
               'labels': {'srv': d.k(R.choice(['SRV 8.1', 'SRV 4.1.1', 'SRV 11.2'])), 'env': 'SIT-B'}}
        if i == 0: src['message'] = f'DUIS response code E10 for device {eui_fmt(p.eui, "dash")}'; 
        if i == 1: src['error'] = {'message': f'Premise not found: "{p.addr}, {p.pc}"', 'type': 'NotFoundException'}
        if i == 2: src['http'] = {'request': {'body': {'content': json.dumps({'mpan': p.mpan2, 'customerName': q.name})}}}
        hits.append({'_index': 'logs-dcc-2024.05', '_id': ''.join(R.choice('abcdefABCDEF0123456789_-') for _ in range(20)), '_source': src})
    d.s('eui64', p.eui, eui_fmt(p.eui, 'dash')); d.s('address', p.addr); d.s('postcode', p.pc); d.s('mpan', p.mpan2); d.s('name', q.name)
    return json.dumps({'took': 12, 'timed_out': False, 'hits': {'total': {'value': 3}, 'hits': hits}}, indent=2) + '\n'

@genre('txt')
def kafka_dump(d, p, q):
    out = []
    for i in range(4):
        key = [p.mpan, q.mpan, p.mprn, q.mprn][i]
        kind = ['mpan', 'mpan', 'mprn', 'mprn'][i]
        body = {'eventType': d.k(R.choice(['MeterPointRegistered', 'ReadingReceived', 'AppointmentUpdated'])), 'eventId': d.k(guid()),
                'occurredAt': d.k(epochms()), 'data': {'supplyPointId': key}}
        if i == 1: body['data']['siteAddress'] = {'line1': q.line1, 'town': q.town, 'postcode': q.pc}
        if i == 2: body['data']['meter'] = {'serial': p.gs, 'type': 'GAS'}
        d.s(kind, key); d.s(kind, key)
        out.append(f'CreateTime:{d.k(epochms())}\tPartition:{R.randint(0, 11)}\tOffset:{R.randint(1000, 999999)}\tHeaders:traceparent=00-{traceid()}-{traceid()[:16]}-01\t{key}\t{json.dumps(body)}')
    d.s('address', q.line1 + ', ' + q.town, q.line1); d.s('postcode', q.pc); d.s('gas_serial', p.gs)
    return '% kafka-console-consumer --bootstrap-server broker:9092 --topic mhhs.meterpoint.events --from-beginning --property print.key=true --property print.timestamp=true\n' + '\n'.join(out) + '\nProcessed a total of 4 messages\n'

@genre('json')
def postman(d, p, q):
    body = json.dumps({'header': {'messageType': d.k('IF-031'), 'transactionId': d.k(guid())},
                       'payload': {'mpan': p.mpan, 'effectiveFromDate': d.k(day()), 'meterSerialNumber': p.es,
                                   'supplyAddress': {'addressLine1': p.line1, 'postTown': p.town, 'postCode': p.pc}}}, indent=2)
    d.s('mpan', p.mpan); d.s('elec_serial', p.es); d.s('address', p.addr, p.line1); d.s('postcode', p.pc)
    col = {'info': {'_postman_id': guid(), 'name': d.k('MHHS SIT - Registration'), 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
           'item': [{'name': d.k(tcref() + ' register supply'), 'request': {'method': 'POST', 'header': [{'key': 'X-Correlation-Id', 'value': guid()}],
                     'body': {'mode': 'raw', 'raw': body}, 'url': {'raw': '{{baseUrl}}/v1/registrations?mpan=' + q.mpan, 'query': [{'key': 'mpan', 'value': q.mpan}]}}},
                    {'name': 'lookup gas', 'request': {'method': 'GET', 'url': {'raw': '{{baseUrl}}/gas/' + q.mprn + '?postcode=' + urllib.parse.quote(q.pc)}}}],
           'variable': [{'key': 'testMpan', 'value': q.mpan}, {'key': 'contactEmail', 'value': q.email}]}
    for _ in range(3): d.s('mpan', q.mpan)
    d.s('mprn', q.mprn); d.s('postcode', q.pc, urllib.parse.quote(q.pc), 'pct'); d.s('email', q.email)
    return json.dumps(col, indent=2) + '\n'

@genre('txt')
def curl_v(d, p, q):
    body = json.dumps({'mpan': p.mpan, 'deviceId': eui_fmt(p.eui, 'colon'), 'customer': {'name': p.name, 'phone': p.phone}})
    d.s('mpan', p.mpan); d.s('eui64', p.eui, eui_fmt(p.eui, 'colon')); d.s('name', p.name); d.s('phone', p.phone)
    qs = urllib.parse.urlencode({'postcode': q.pc, 'address': q.line1})
    d.s('postcode', q.pc, urllib.parse.quote_plus(q.pc), 'pct'); d.s('address', q.line1, urllib.parse.quote_plus(q.line1), 'pct')
    return f'''$ curl -v -X POST "https://sit-b.harness.example.net/api/v2/premises?{qs}" -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.xx" -d @body.json
*   Trying 10.20.30.40:443...
* Connected to sit-b.harness.example.net (10.20.30.40) port 443 (#0)
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
> POST /api/v2/premises?{qs} HTTP/1.1
> Host: sit-b.harness.example.net
> User-Agent: curl/8.4.0
> X-Request-Id: {d.k(guid())}
> Content-Type: application/json
> Content-Length: {len(body)}
>
{body}
< HTTP/1.1 422 Unprocessable Entity
< Date: {d.k("Tue, 14 May 2024 10:22:31 GMT")}
< Content-Type: application/problem+json
<
{{"type":"about:blank","title":"{d.k("Validation failed")}","detail":"MPAN {p.mpan} already registered to another supplier","errorCode":"{d.k("REG-409")}"}}
* Connection #0 to host sit-b.harness.example.net left intact
''' + ('' if d.s('mpan', p.mpan) else '')

@genre('log')
def java_trace(d, p, q):
    return f'''{d.k(ts())} ERROR [http-nio-8080-exec-7] c.s.m.registration.RegistrationService - Registration failed
uk.co.supplier.mhhs.validation.InvalidMeterPointException: MPAN {d.s("mpan", p.mpan)} failed check-digit validation (expected {d.k("IF-031")} schema {d.k(ver())})
	at uk.co.supplier.mhhs.validation.MpanValidator.validate(MpanValidator.java:88)
	at uk.co.supplier.mhhs.registration.RegistrationService.register(RegistrationService.java:142)
	at jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)
Caused by: java.lang.IllegalStateException: Duplicate meter serial '{d.s("elec_serial", p.es)}' at premises [{d.s("address", p.addr)}, {d.s("postcode", p.pc)}]
	at uk.co.supplier.mhhs.asset.MeterRepository.save(MeterRepository.java:57)
	... 42 common frames omitted
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_meter_serial"
  Detail: Key (serial_number, mprn)=({d.s("gas_serial", p.gs)}, {d.s("mprn", p.mprn)}) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
'''

@genre('log')
def dotnet_trace(d, p, q):
    return f'''{d.k(ts())} [ERR] Unhandled exception processing {d.k(R.choice(["SRV 8.1", "SRV 1.6", "SRV 4.1.1"]))} request {d.k(guid())}
System.ArgumentException: Device '{d.s("eui64", p.eui, eui_fmt(p.eui, "dash"))}' is not associated with MPxN '{d.s("mprn", p.mprn)}'. (Parameter 'deviceId')
   at Dcc.Adapter.Services.DeviceService.Resolve(String deviceId, String mpxn) in D:\\a\\1\\s\\src\\Dcc.Adapter\\Services\\DeviceService.cs:line 211
   at Dcc.Adapter.Controllers.DuisController.Post(DuisRequest request) in D:\\a\\1\\s\\src\\Dcc.Adapter\\Controllers\\DuisController.cs:line 64
 ---> System.Collections.Generic.KeyNotFoundException: The given key '{d.s("eui64", p.eui2, eui_fmt(p.eui2, "plain"))}' was not present in the dictionary.
   --- End of inner exception stack trace ---
Customer context: Name="{d.s("name", p.name)}" Email="{d.s("email", p.email)}" Tel="{d.s("phone", p.phone)}"
'''

@genre('log')
def py_trace(d, p, q):
    return f'''{d.k(ts())} harness.runner ERROR step {d.k(tcref())} failed
Traceback (most recent call last):
  File "/opt/harness/steps/d0150.py", line 73, in build_flow
    rec = lookup[mpan]
          ~~~~~~^^^^^^
KeyError: '{d.s("mpan", p.mpan)}'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/opt/harness/runner.py", line 211, in run_step
    out = step.execute(ctx)
  File "/opt/harness/steps/d0150.py", line 80, in execute
    raise FlowBuildError(f"no meter for {{mpan}} / serial {{serial}} at {{addr!r}}")
harness.errors.FlowBuildError: no meter for {p.mpan} / serial {d.s("elec_serial", p.es)} at '{d.s("address", p.addr)} {d.s("postcode", p.pc)}'
''' + ('' if d.s('mpan', p.mpan) else '')

@genre('yaml')
def yaml_cfg(d, p, q):
    return f'''Description: {d.k("Change of supplier with smart meter")}
Category: {d.k("MHHS SIT")}
Classes:
  - {d.k("A")}
TargetVersions:
  - {d.k(ver())}
Preconditions:
  init_actions:
    - type: register-meter-point
      parameters:
        mpan: "{d.s("mpan", p.mpan)}"
        mprn: {d.s("mprn", p.mprn)}
        msn: {d.s("elec_serial", p.es, p.es.lower(), "lower")}
        gas_msn: '{d.s("gas_serial", p.gs)}'
        site:
          line1: {d.s("address", p.line1)}
          town: {d.s("address", p.town)}
          postcode: {d.s("postcode", p.pc, p.pc.replace(" ", ""), "nospace")}
        chf: "{d.s("eui64", p.eui, eui_fmt(p.eui, "0x"), "0x")}"
Steps:
  STEP-1:
    event:
      type: POST-request-received
      parameters:
        endpoint: /edev/1/derp
    actions:
      - type: enable-steps
        parameters:
          steps: [STEP-2]
  STEP-2:
    event:
      type: wait
      parameters:
        duration_seconds: {d.k("300")}
'''

@genre('properties')
def props(d, p, q):
    return f'''# harness-sit.properties - generated {d.k(day())}
harness.env=SIT-B
harness.flow.default={d.k("D0010")}
test.data.supply.core={d.s("mpan", p.mpan)}
test.data.supply.alt={d.s("mpan", q.mpan, obf(q.mpan, "_"), "sep_")}
test.data.gas.mprn={d.s("mprn", p.mprn)}
test.data.esme.id={d.s("eui64", p.eui, eui_fmt(p.eui, "colon"))}
test.data.esme.serial={d.s("elec_serial", p.es)}
test.data.premises=Flat\\u0020{R.randint(1, 9)}, {d.s("address", q.addr)}
test.data.postcode={d.s("postcode", q.pc, q.pc.replace(" ", JU), "java-escape")}
retry.max={d.k("3")}
timeout.ms={d.k("45000")}
'''

@genre('env')
def envfile(d, p, q):
    return f'''# .env.sit - DO NOT COMMIT
APP_VERSION={d.k(ver())}
DCC_ENDPOINT=https://duis.sit.example.net/api/v1
DEFAULT_MPAN={d.s("mpan", p.mpan)}
DEFAULT_MPRN="{d.s("mprn", p.mprn)}"
GSME_SERIAL={d.s("gas_serial", p.gs)}
HAN_DEVICE={d.s("eui64", p.eui, eui_fmt(p.eui, "plain"))}
TEST_CUSTOMER_NAME="{d.s("name", p.name)}"
TEST_CUSTOMER_EMAIL={d.s("email", p.email)}
CORRELATION_SEED={d.k(guid())}
'''

@genre('md')
def md_minutes(d, p, q):
    return f'''# {d.k("Defect triage - SIT Cycle 3")} ({d.k(day())})

**Attendees:** Test lead, DNO rep, supplier SME, DIP ops

## Actions from last week
| # | Action | Owner | Status |
|---|--------|-------|--------|
| 1 | Re-issue {d.k("D0150")} for `{d.s("mpan", p.mpan)}` | DNO | {d.k("Closed")} |
| 2 | Check why {d.k(dipid())} was not delivered | DIP ops | Open |

## Discussion
- {d.k(tcref())} failed again. Site is {d.s("address", p.addr)}, {d.s("postcode", p.pc)} (customer {d.s("name", p.name)} is happy for us to visit).
- The gas meter at the same site (`{d.s("gas_serial", p.gs)}`, MPRN {d.s("mprn", p.mprn)}) was exchanged on {d.k(day())}.
- Second supply {d.s("mpan", q.mpan, " ".join(mpan_groups(q.mpan)), "space-groups")} still shows MTC {d.k(p.mtc)} and LLFC {d.k(p.llfc)}.

> Note: ESME {d.s("elec_serial", q.es)} re-commissioned with {d.k("SRV 6.15.1")}.
'''

@genre('md')
def md_handover(d, p, q):
    return f'''## Handover {d.k(day())} - nights -> days

- [x] {d.k(tcref())} done, evidence uploaded
- [ ] {d.k(tcref())} blocked: harness rejects {d.s("mpan", p.mpan)} ("not energised")
- [ ] call back {d.s("name", q.name)} on {d.s("phone", q.mobile)} re access - lives at {d.s("address", q.addr)} {d.s("postcode", q.pc, q.pc.replace(" ", "  "), "doublespace")}
- gas one: serial {d.s("gas_serial", p.gs)} / {d.s("mprn", p.mprn)}
- CH {d.s("eui64", p.eui, eui_fmt(p.eui, "dot"), "dot")} paired ok after {d.k("SRV 8.1")}

Ping me if the {d.k("IF-033")} doesn't land. Thx
'''

@genre('txt')
def pdf_letter(d, p, q):
    a1, a2 = p.line1, p.town
    nm = p.name
    street_word = p.street.split()[0]
    hy = street_word[:len(street_word) // 2] + '-\n' + street_word[len(street_word) // 2:]
    addr_form = p.line1.replace(street_word, hy)
    d.s('address', p.line1.replace(street_word, street_word), addr_form, 'hyphenated')
    d.s('address', p.town)
    return f'''                                                              SupplyCo Energy Ltd
                                                              PO Box 999, Anytown
{d.s("name", p.title + " " + nm, p.title + " " + nm)}
{addr_form}
{a2}                                                   Date: {d.k(day())}
{d.s("postcode", p.pc)}                                                Our ref: {d.k("CUS/" + digits(6))}

Dear {p.title} {p.last},

Your new smart meter                                  Your supply details
We will fit your new smart meter on {d.k(day())}.      Supply number (MPAN):
Please make sure we can reach the meter               {d.s("mpan", p.mpan, " ".join(mpan_groups(p.mpan)), "space-groups")}
cupboard. The engineer will call you on               Meter serial: {d.s("elec_serial", p.es)}
{d.s("phone", p.phone)} before arriving.                      Gas MPRN: {d.s("mprn", p.mprn)}

\x0c
SupplyCo Energy Ltd     Page 2 of 2     {d.k("LTR-SMI-07")}
Questions? Write to us quoting your account number {d.k(digits(8))}.
'''

@genre('txt')
def pdf_bill(d, p, q):
    c = p.mpan
    return f'''Your electricity bill                                          {d.k("Bill date")} {d.k(day())}
{d.s("name", p.name)}                                           Account no. {d.k(digits(9))}
{d.s("address", p.addr, p.line1)}
{p.town}
{d.s("postcode", p.pc)}

Supply number
       {p.pc_class}   {p.mtc}   {p.llfc}
  S
       {c[:2]}   {c[2:6]}   {c[6:10]}   {c[10:]}

Meter      Previous   Present    Units
{d.s("elec_serial", p.es)}  {d.k(reading())}     {d.k(reading())}     {R.randint(100, 900)}
Total charges                                                       {d.k(amount())}
VAT @ 5%                                                            {d.k(amount())}
''', [('mpan', c, f'{c[:2]}   {c[2:6]}   {c[6:10]}   {c[10:]}', 'sbox'), ('address', p.town, p.town, 'plain')]

@genre('txt')
def call_transcript(d, p, q):
    sp_m = speak(p.mpan); sp_ph = speak(p.phone.replace(' ', '')); sp_pc = ' '.join(p.pc.replace(' ', ''))
    return f'''[Transcript] Call ID {d.k(guid())}  Queue: {d.k("Smart Booking")}  Duration {d.k("00:07:42")}
00:00:03 AGENT: thank you for calling can I take your name please
00:00:06 CUSTOMER: yeah it's {d.s("name", p.name.lower(), p.name.lower(), "lower")}
00:00:11 AGENT: and the first line of the address
00:00:14 CUSTOMER: {d.s("address", p.line1.lower(), p.line1.lower(), "lower")} {p.town.lower()}
00:00:19 AGENT: and the postcode
00:00:21 CUSTOMER: {d.s("postcode", p.pc, sp_pc, "spelled")}
00:00:40 AGENT: lovely have you got the supply number from the bill the long one
00:00:44 CUSTOMER: {d.s("mpan", p.mpan, sp_m, "spoken")}
00:01:02 AGENT: and a contact number
00:01:05 CUSTOMER: {d.s("phone", p.phone, sp_ph, "spoken")}
00:01:30 AGENT: and the meter number is that {d.s("elec_serial", p.es, " ".join(p.es), "spaced")}
00:01:41 CUSTOMER: yes
00:02:10 AGENT: okay I've booked that for the {d.k("14th")} morning slot
''', [('address', p.town.lower(), p.town.lower(), 'lower')]

@genre('txt')
def ocr_form(d, p, q):
    m = ocrify(p.mpan); pr = ocrify(p.mprn); es = ocrify(p.es)
    return f'''CHANGE OF TENANCY FORM                 Page l of 2
Name of new occupier: {d.s("name", p.name.upper(), p.name.upper(), "upper")}
Address of property : {d.s("address", p.line1.upper(), p.line1.upper(), "upper")}
                      {p.town.upper()}   Postcode: {d.s("postcode", p.pc, p.pc.replace("1", "I").replace("0", "O"), "ocr")}
Electricity supply no. (MPAN)  [{d.s("mpan", p.mpan, m, "ocr")}]
Gas supply no. (MPRN)          [{d.s("mprn", p.mprn, pr, "ocr")}]
Meter serial no.               [{d.s("elec_serial", p.es, es, "ocr")}]
Meter reading                  [{d.k(reading())}]   Date of reading [{d.k("12/O3/2O24")}]
Tel: {d.s("phone", p.phone, ocrify(p.phone), "ocr")}
Signed ....................  Form ref {d.k("COT-F" + digits(3))}
''', [('address', p.town.upper(), p.town.upper(), 'upper')]

@genre('tsv')
def excel_tsv(d, p, q):
    rows = [f'{d.k("Wave 2 test data")}\t\t\t\t\t{d.k("Owner: QT team")}', '\tSupply\t\tMetering\t\tContact',
            'Ref\tMPAN\tMPRN\tESME serial\tGSME serial\tName\tAddress\tPostcode']
    for x in (p, q):
        rows.append('\t'.join([d.k(mref()), d.s('mpan', x.mpan, "'" + x.mpan if R.random() < 0.5 else x.mpan), d.s('mprn', x.mprn), d.s('elec_serial', x.es),
                               d.s('gas_serial', x.gs), d.s('name', x.name), '"' + d.s('address', x.addr) + '"', d.s('postcode', x.pc)]))
    rows.append(f'{d.k("Total")}\t2\t\t\t\t\t\t')
    return '\n'.join(rows) + '\n'

@genre('diff')
def diff_patch(d, p, q):
    return f'''diff --git a/fixtures/sit/registration_{d.k("TC042")}.json b/fixtures/sit/registration_TC042.json
index 3f2a1c9..8b7d0e4 100644
--- a/fixtures/sit/registration_TC042.json
+++ b/fixtures/sit/registration_TC042.json
@@ -3,9 +3,9 @@
   "messageType": "{d.k("IF-031")}",
-  "mpan": "{d.s("mpan", p.mpan)}",
+  "mpan": "{d.s("mpan", q.mpan)}",
   "effectiveFrom": "{d.k(day())}",
-  "meterSerial": "{d.s("elec_serial", p.es)}",
+  "meterSerial": "{d.s("elec_serial", q.es)}",
   "site": {{
-    "line1": "{d.s("address", p.line1)}",
-    "postcode": "{d.s("postcode", p.pc)}"
+    "line1": "{d.s("address", q.line1)}",
+    "postcode": "{d.s("postcode", q.pc)}"
   }},
'''

@genre('txt')
def git_log(d, p, q):
    return f'''commit {d.k(hashlib.sha1(os.urandom(8)).hexdigest())}
Author: ci-bot <ci-bot@supplier-dev.example.net>
Date:   {d.k("Wed May 15 09:12:44 2024 +0100")}

    {d.k("BUG-" + digits(4))}: handle MPAN {d.s("mpan", p.mpan)} with leading zero MTC

    Reproduced with customer {d.s("name", p.name)} ({d.s("address", p.addr)}), meter {d.s("elec_serial", p.es)}.

commit {hashlib.sha1(os.urandom(8)).hexdigest()}
Merge: 1a2b3c4 5d6e7f8
Author: ci-bot <ci-bot@supplier-dev.example.net>
Date:   Tue May 14 17:01:02 2024 +0100

    Merge pull request #{d.k(str(R.randint(100, 999)))} from feature/gas-serial-{d.s("gas_serial", p.gs, p.gs.lower(), "lower")}
'''

@genre('dat')
def mainframe(d, p, q):
    lines = [f'HDR{d.k("BILLEXTR")}{d.k("20240514")}0001']
    for x in (p, q):
        nm = (x.last.upper() + ' ' + x.first.upper()[:1]).ljust(20)[:20]
        ad = x.line1.upper().ljust(30)[:30]
        d.s('name', x.last.upper(), x.last.upper(), 'upper')
        d.s('address', x.line1.upper()[:30], x.line1.upper()[:30], 'upper')
        lines.append('D' + x.mpan + nm + ad + x.pc.replace(' ', '').ljust(8) + x.es.ljust(12) + '%09d' % R.randint(0, 99999) + 'Y')
        d.s('mpan', x.mpan); d.s('postcode', x.pc, x.pc.replace(' ', ''), 'nospace'); d.s('elec_serial', x.es)
    lines.append('TRL000000002')
    return '\n'.join(lines) + '\n'

@genre('edi')
def edifact(d, p, q):
    return (f"UNA:+.? 'UNB+UNOC:3+{d.k('5000000000001')}:14+{d.k('5000000000002')}:14+240514:1022+{d.k('REF' + digits(6))}'\n"
            f"UNH+1+UTILMD:D:02B:UN:{d.k('2.5')}'\nBGM+E01+{d.k('MSG' + digits(7))}+9'\nDTM+137:{d.k('202405141022')}:203'\n"
            f"IDE+24+{d.k('TX' + digits(8))}'\nLOC+172+{d.s('mpan', p.mpan)}::9'\nLOC+172+{d.s('mprn', p.mprn)}::9'\n"
            f"NAD+UD+++{d.s('name', p.last.upper() + ':' + p.first.upper(), p.last.upper() + ':' + p.first.upper(), 'upper')}+{d.s('address', p.line1.upper(), p.line1.upper(), 'upper')}+{d.s('address', p.town.upper(), p.town.upper(), 'upper')}++{d.s('postcode', p.pc)}+GB'\n"
            f"SEQ+Z01'\nPIA+5+{d.s('elec_serial', p.es)}:SRW'\nUNT+10+1'\nUNZ+1+REF'\n")

@genre('txt')
def asn1_dump(d, p, q):
    e = p.eui
    hexsp = ' '.join(e[i:i + 2].lower() for i in range(0, 16, 2))
    d.s('eui64', e, hexsp, 'hexdump')
    return f'''$ openssl asn1parse -in device_{d.k("ESME")}.pem -i
    0:d=0  hl=4 l= 412 cons: SEQUENCE
    4:d=1  hl=4 l= 349 cons:  SEQUENCE
   12:d=2  hl=2 l=  16 prim:   INTEGER           :{d.k("5A3F0C19E2B74D66")}
   30:d=2  hl=2 l=  10 cons:   SEQUENCE
   32:d=3  hl=2 l=   8 prim:    OBJECT            :ecdsa-with-SHA256
  120:d=4  hl=2 l=   3 prim:      OBJECT            :x500UniqueIdentifier
  125:d=4  hl=2 l=   8 prim:      BIT STRING        [HEX DUMP]:{e}
$ xxd -s 125 -l 8 device.der
0000007d: {hexsp}  ........
''' + ('' if d.s('eui64', e) else '')

@genre('txt')
def welsh_letter(d, p, q):
    return f'''{d.s("name", p.name)}
{d.s("address", p.addr.replace(", ", chr(10)), p.addr.replace(", ", chr(10)), "multiline")}
{d.s("postcode", p.pc)}

{d.k("Annwyl Gwsmer")} / Dear Customer,

{d.k("Eich mesurydd clyfar newydd")} / Your new smart meter

Rhif cyflenwi trydan (MPAN) / Electricity supply number: {d.s("mpan", p.mpan)}
Rhif pwynt cyflenwi nwy (MPRN) / Gas supply point number: {d.s("mprn", p.mprn)}
Rhif cyfresol y mesurydd / Meter serial number: {d.s("elec_serial", p.es)}
Mesurydd nwy / Gas meter: {d.s("gas_serial", p.gs)}

Ffoniwch ni ar / Call us on 0800 000 0000. Byddwn yn eich ffonio ar {d.s("phone", p.phone)}.
{d.k("Yn gywir")} / Yours sincerely
'''

@genre('txt')
def hurried(d, p, q):
    nm = p.last.lower()
    return (f"{d.k('tc42')} fail again!! cust mrs {d.s('name', nm, nm, 'lower')} {d.s('address', p.line1.lower(), p.line1.lower(), 'lower')} "
            f"{d.s('postcode', p.pc.lower(), p.pc.lower().replace(' ', ''), 'lower')} mpan {d.s('mpan', p.mpan)} meter {d.s('elec_serial', p.es, p.es.lower(), 'lower')} "
            f"rang {d.s('phone', p.mobile, p.mobile.replace(' ', ''), 'nospace')} no ans\n"
            f"gas side ok msn {d.s('gas_serial', p.gs, p.gs.lower(), 'lower')} mprn{d.s('mprn', p.mprn)} read {d.k(reading())}\n"
            f"chub {d.s('eui64', p.eui, eui_fmt(p.eui, 'lower'))} - rebooted @ {d.k('14:05')} still no {d.k('SRV 8.1')} resp\n"
            f"2nd site {d.s('address', q.line1.lower(), q.line1.lower(), 'lower')} {d.s('address', q.town.lower(), q.town.lower(), 'lower')} same issue\n")

@genre('txt')
def dflow(d, p, q):
    return (f"ZHV|{d.k('0000123456')}|{d.k('D0150001')}|X|SUPP|R|RECV|{d.k('20240514102233')}||||OPER|\n"
            f"288|{d.s('mpan', p.mpan)}|{d.k('20240501')}|{p.mtc}|{p.llfc}|\n"
            f"289|{d.s('elec_serial', p.es)}|H|\n293|{d.k('S')}|{d.k('01')}|\n"
            f"ZPT|{d.k('0000123456')}|4||1|{d.k('20240514102233')}|\n")

@genre('csv')
def ukl_gas(d, p, q):
    return (f"A00,{d.k('MRI')},{d.k('20240514')},{d.k('000123')}\n"
            f"S01,{d.s('mprn', p.mprn)},{d.s('gas_serial', p.gs)},{d.k('SM')},{d.s('address', p.line1.upper(), p.line1.upper(), 'upper')},{d.s('address', p.town.upper(), p.town.upper(), 'upper')},{d.s('postcode', p.pc)}\n"
            f"S02,{d.s('mprn', q.mprn)},{d.s('gas_serial', q.gs)},{d.k('NS')},,,\nZ99,{d.k('000003')}\n")

@genre('xml')
def duis_xml(d, p, q):
    e = eui_fmt(p.eui, 'dash')
    rid = '90-B3-D5-1F-30-01-00-00:' + e + ':' + digits(12)
    d.s('eui64', p.eui, e); d.s('eui64', p.eui, rid, 'embedded-reqid')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="{d.k("5.1")}">
  <sr:Header>
    <sr:RequestID>{rid}</sr:RequestID>
    <sr:CommandVariant>{d.k("4")}</sr:CommandVariant>
    <sr:ServiceReference>{d.k("8.1")}</sr:ServiceReference>
    <sr:ServiceReferenceVariant>{d.k("8.1.1")}</sr:ServiceReferenceVariant>
  </sr:Header>
  <sr:Body>
    <sr:CommissionDevice>
      <sr:DeviceID>{e}</sr:DeviceID>
      <sr:MPxN>{d.s("mpan", p.mpan)}</sr:MPxN>
      <!-- site: {d.s("address", p.addr)} {d.s("postcode", p.pc)} -->
    </sr:CommissionDevice>
  </sr:Body>
</sr:Request>
'''

@genre('json')
def mhhs_json(d, p, q):
    o = {'CommonBlock': {'S0': {'environmentTag': 'SIT', 'senderUniqueReference': d.k(guid()), 'interfaceID': d.k('IF-036'),
                                'createdDateTime': d.k(ts())}, 'S1': {'MPAN': p.mpan}},
         'CustomBlock': {'DS1': {'meteringPointAddressLine1': p.line1, 'meteringPointAddressLine9': p.town, 'meteringPointPostcode': p.pc,
                                 'msn': p.es, 'meterInstallationDate': d.k(day())}, 'notes': 'raised by ' + q.name + ' (' + q.email + ')'}}
    d.s('mpan', p.mpan); d.s('address', p.line1); d.s('address', p.town); d.s('postcode', p.pc); d.s('elec_serial', p.es); d.s('name', q.name); d.s('email', q.email)
    return json.dumps(o, indent=1, ensure_ascii=R.random() < 0.5) + '\n'

@genre('txt')
def sap_isu(d, p, q):
    return f'''Display Installation: Data                      {d.k("ES32")}
 Installation     {d.k("5000" + digits(6))}    Division {d.k("01")} Electricity
 Premise          {d.k("4000" + digits(6))}    {d.s("address", p.line1.upper(), p.line1.upper(), "upper")} / {d.s("postcode", p.pc)} {d.s("address", p.town.upper(), p.town.upper(), "upper")}
 Point of Delivery (ext.)  {d.s("mpan", p.mpan)}
 Business Partner {d.k("1000" + digits(6))}    {d.s("name", p.name)}
 Device           {d.s("elec_serial", p.es)}     Equipment {d.k("1" + digits(7))}
 Rate category    {d.k("DOMRES1")}        Billing class {d.k("RES")}
/IDOC segment E1EDP01 /ISIDEX/ext_ui={p.mpan} /device={p.es}
''' + ('' if (d.s('mpan', p.mpan) and d.s('elec_serial', p.es)) else '')

@genre('txt')
def psql_out(d, p, q):
    return f'''sit_b=> select mpan, msn, site_postcode, contact_name, status from meter_point where updated_at > '{d.k("2024-05-13")}';
     mpan      |     msn      | site_postcode |    contact_name     |  status
---------------+--------------+---------------+---------------------+-----------
 {d.s("mpan", p.mpan)} | {d.s("elec_serial", p.es).ljust(12)} | {d.s("postcode", p.pc).ljust(13)} | {d.s("name", p.name).ljust(19)} | {d.k("ENERGISED")}
 {d.s("mpan", q.mpan)} | {d.s("elec_serial", q.es).ljust(12)} | {d.s("postcode", q.pc).ljust(13)} | {d.s("name", q.name).ljust(19)} | {d.k("DE-ENERGISED")}
(2 rows)
'''

@genre('eml')
def email_qp(d, p, q):
    body = (f"Hi team,\n\nPlease can someone check supply {p.mpan} =E2=80=93 customer {p.name} says the meter ({p.es}) was swapped.\n"
            f"Address is {p.addr}, {p.pc}.\n\nThanks\n")
    qp = quopri.encodestring(body.encode('utf-8')).decode()
    for k_, v_ in (('mpan', p.mpan), ('name', p.name), ('elec_serial', p.es), ('address', p.addr), ('postcode', p.pc)):
        d.s(k_, v_, qp.strip(), 'qp-blob')
    m = mpan_groups(q.mpan)
    quoted = f"> Supply for the retest is {m[0]}{m[1]}{m[2][:2]}\n> {m[2][2:]}{m[3]}, use ref {d.k(mref())}."
    d.s('mpan', q.mpan, f"{m[0]}{m[1]}{m[2][:2]}\n> {m[2][2:]}{m[3]}", 'quote-split')
    return f'''From: Test Lead <test.lead@supplier-dev.example.net>
To: sit-team@supplier-dev.example.net
Subject: RE: {d.k(tcref())} - meter exchange
Date: {d.k("Tue, 14 May 2024 10:22:31 +0100")}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp}
--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Previous message:
{quoted}
--b1--
'''

@genre('txt')
def teams_chat(d, p, q):
    return f'''[{d.k("14/05/2024 09:41")}] Test Lead: anyone got a spare supply for {d.k(tcref())}?
[14/05/2024 09:43] DNO SME: try {d.s("mpan", p.mpan, obf(p.mpan, "fmt"), "fmt-chars")}
[14/05/2024 09:43] DNO SME: it's at {d.s("address", p.addr)} {d.s("postcode", p.pc, p.pc.replace(" ", chr(0xa0)), "nbsp")}
[14/05/2024 09:44] Test Lead: 👍 and the meter?
[14/05/2024 09:45] DNO SME: {d.s("elec_serial", p.es, "-".join([p.es[:4], p.es[4:]]), "hyphen")}, comms hub {d.s("eui64", p.eui, eui_fmt(p.eui, "space"))}
[14/05/2024 09:47] Supplier SME: customer is {d.s("name", p.name)}, don't ring before 10 ({d.s("phone", p.mobile, obf(p.mobile.replace(" ", ""), "fmt1"), "fmt-chars")})
[14/05/2024 09:50] Test Lead: ta, raised {d.k(dipid())}
'''

@genre('har')
def har(d, p, q):
    resp = json.dumps({'mpan': p.mpan, 'meters': [{'serial': p.es}], 'address': {'line1': p.line1, 'postcode': p.pc}})
    b64 = base64.b64encode(resp.encode()).decode()
    for k, v in (('mpan', p.mpan), ('elec_serial', p.es), ('address', p.line1), ('postcode', p.pc)):
        d.s(k, v, b64, 'b64-blob')
    url = f'https://portal.example.net/api/search?q={urllib.parse.quote(q.addr)}&mpan={obf(q.mpan, "pct")}'
    d.s('address', q.addr, urllib.parse.quote(q.addr), 'pct'); d.s('mpan', q.mpan, obf(q.mpan, 'pct'), 'pct')
    o = {'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': d.k('537.36')}, 'entries': [
        {'startedDateTime': d.k(ts()), 'time': 231.4, 'request': {'method': 'GET', 'url': url, 'headers': [{'name': 'x-trace', 'value': d.k(guid())}]},
         'response': {'status': 200, 'content': {'mimeType': 'application/json', 'encoding': 'base64', 'text': b64}}}]}}
    return json.dumps(o, indent=2) + '\n'

@genre('sql')
def sql_script(d, p, q):
    return f'''-- seed data for {d.k(tcref())}
INSERT INTO customer (id, full_name, email, phone) VALUES ({d.k(str(R.randint(1000, 9999)))}, N'{d.s("name", p.name)}', '{d.s("email", p.email)}', '{d.s("phone", p.phone)}');
INSERT INTO premises (id, line1, town, postcode) VALUES (77, '{d.s("address", p.line1)}', '{d.s("address", p.town)}', '{d.s("postcode", p.pc)}');
INSERT INTO supply (premises_id, mpan, mprn, esme_msn, gsme_msn, chf_eui) VALUES (77, {d.s("mpan", p.mpan)}, '{d.s("mprn", p.mprn)}', '{d.s("elec_serial", p.es)}', '{d.s("gas_serial", p.gs)}', X'{d.s("eui64", p.eui)}');
UPDATE supply SET status = '{d.k("LIVE")}' WHERE mpan = CAST(0x{d.s("mpan", p.mpan2, p.mpan2.encode().hex(), "hex")} AS VARCHAR);
'''

@genre('csv')
def ado_csv(d, p, q):
    return (f'ID,Work Item Type,Title,Test Point,Outcome,Run By,Comment\n'
            f'{d.k(str(R.randint(10000, 99999)))},Test Case,"{d.k(tcref())} - COS with smart",{d.k(str(R.randint(100, 999)))},{d.k("Failed")},QA Tester,"Failed at step 3: MPAN {d.s("mpan", p.mpan)} rejected by {d.k("IF-031")}; gas meter {d.s("gas_serial", p.gs)}"\n'
            f'{d.k(str(R.randint(10000, 99999)))},Test Case,"{d.k(tcref())}",{R.randint(100, 999)},{d.k("Passed")},QA Tester,"site {d.s("address", q.addr)} {d.s("postcode", q.pc)}"\n')

@genre('txt')
def dip_tracker(d, p, q):
    rows = [f'{d.k("Message ID")}                           {d.k("Type")}     Sender   Status      Received             MPAN']
    for x in (p, q):
        rows.append(f'{d.k(guid())}  {d.k(R.choice(["IF-031", "IF-033", "PUB-021", "IF-036"]))}   {d.k(R.choice(["SUPP1", "LDSO2", "MDS3"]))}    {d.k(R.choice(["Delivered", "Failed", "Pending"]))}   {d.k(ts2())}     {d.s("mpan", x.mpan)}')
    return '\n'.join(rows) + f'\n\nFilter: MPAN = {d.s("mpan", p.mpan, "-".join(mpan_groups(p.mpan)), "hyphen")}\n'

@genre('xml')
def soap(d, p, q):
    return f'''<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="urn:supplier:mdm:v2">
 <soapenv:Body>
  <ns:UpdateMeterPointRequest>
   <ns:Mpan>{d.s("mpan", p.mpan)}</ns:Mpan>
   <ns:Contact><ns:Name>{d.s("name", p.name)}</ns:Name><ns:Tel>{d.s("phone", p.phone)}</ns:Tel></ns:Contact>
   <ns:Note><![CDATA[gas meter {d.s("gas_serial", p.gs)} moved to {d.s("address", q.addr)} {d.s("postcode", q.pc)}]]></ns:Note>
   <ns:Attachment encoding="base64">{d.s("mpan", q.mpan, obf(q.mpan, "b64"), "b64")}</ns:Attachment>
   <ns:Version>{d.k(ver())}</ns:Version>
  </ns:UpdateMeterPointRequest>
 </soapenv:Body>
</soapenv:Envelope>
'''

@genre('log')
def encoded_log(d, p, q):
    j = json.dumps({'mpan': p.mpan, 'msn': p.es})
    b = base64.b64encode(j.encode()).decode()
    d.s('mpan', p.mpan, b, 'b64-blob'); d.s('elec_serial', p.es, b, 'b64-blob')
    hx = q.mpan.encode().hex()
    d.s('mpan', q.mpan, hx, 'hex')
    return (f"{d.k(ts())} DEBUG mq.out msgId={d.k(guid())} body(base64)={b}\n"
            f"{d.k(ts())} DEBUG mq.out raw=0x{hx} len={d.k('13')}\n"
            f"{d.k(ts())} INFO  queue depth {d.k('17')} after {d.k('D0010')}\n"
            f"{d.k(ts())} DEBUG form post: postcode={d.s('postcode', q.pc, urllib.parse.quote_plus(q.pc), 'pct')}&serial={d.s('gas_serial', q.gs, obf(q.gs, 'pct'), 'pct')}\n")

@genre('log')
def harness_log(d, p, q):
    sep = R.choice(['_', ',', ':', '+', '.', '/', 'spaces', 'nbsp', 'thin', 'fullwidth', 'arabic', 'devanagari', 'fmt'])
    return (f"{d.k(ts())} INFO  [{d.k(tcref())}] sending {d.k('D0010')} for supply {d.s('mpan', p.mpan, obf(p.mpan, sep), 'sep-' + sep)}\n"
            f"{d.k(ts())} INFO  customer address {d.s('address', p.addr)}, {d.s('postcode', p.pc, p.pc.replace(' ', R.choice(['-', '_', '', '  '])), 'pc-sep')}\n"
            f"{d.k(ts())} WARN  Site: {d.s('address', q.addr)} {d.s('postcode', q.pc)} has no {d.k('MTC')}\n"
            f"{d.k(ts())} INFO  Gas meter {d.s('gas_serial', p.gs)} read {d.k(reading())}\n"
            f"{d.k(ts())} DEBUG device {d.s('eui64', p.eui, eui_fmt(p.eui, R.choice(['0x', 'dot', 'plain', 'lower'])))} state={d.k('COMMISSIONED')}\n"
            f"{d.k(ts())} DEBUG mprn {d.s('mprn', p.mprn, obf(p.mprn, R.choice(['fmt1', 'spaces', '.', '-'])), 'sep')}\n")

@genre('txt')
def propagation_a(d, p, q):
    # clear context; values re-used bare in propagation_b of the same index
    PROP[d.idx] = p
    return f"Test data for {d.k(tcref())}\nMPAN: {d.s('mpan', p.mpan)}\nMeter serial: {d.s('elec_serial', p.es)}\nCustomer: {d.s('name', p.name)}\nMPRN: {d.s('mprn', p.mprn)}\n"
PROP = {}
JU = '\\u0020'

@genre('txt')
def propagation_b(d, p, q):
    x = PROP[d.idx]
    m = x.mpan
    return (f"results_{d.k(day())}.txt\n"
            f"row {d.k('7')}: {d.s('mpan', m, m[:4] + ' ' + m[4:8] + ' ' + m[8:], 'prop-regroup')} -> OK ({d.k('0.42s')})\n"
            f"saved evidence as step3_{d.s('elec_serial', x.es, x.es.lower(), 'prop-lower')}_after.png\n"
            f"note from {d.s('name', x.last, x.last, 'prop-surname')}: looks fine\n"
            f"ref {d.s('mprn', x.mprn)} closed\n")

@genre('txt')
def repeat_forms(d, p, q):
    m = p.mpan
    return (f"Checked supply {d.s('mpan', m)} on {d.k(day())}.\n"
            f"Attachment: evidence_{d.s('mpan', m, '_'.join(mpan_groups(m)), 'sep_')}_{d.k('IF-031')}.json\n"
            f"Grep showed {d.s('mpan', m, m[:7] + ' ' + m[7:], 'regroup')} in the {d.k('D0150')} too.\n"
            f"Device {d.s('eui64', p.eui, eui_fmt(p.eui, 'dash'))} / {d.s('eui64', p.eui, eui_fmt(p.eui, 'dot'), 'dot')} are the same hub.\n"
            f"Serial {d.s('elec_serial', p.es)} == {d.s('elec_serial', p.es, ' '.join(grp(p.es, [2, 2, 1, 3])), 'spaced')}\n")

@genre('txt')
def sms_export(d, p, q):
    return (f"{d.k('Date')},{d.k('From')},{d.k('Body')}\n"
            f"{d.k(ts2())},SupplyCo,\"Hi {d.s('name', p.first, p.first, 'first')}, your smart install at {d.s('postcode', p.pc)} is booked for {d.k(day())}. Reply STOP to opt out\"\n"
            f"{d.k(ts2())},{d.s('phone', p.mobile, '+44' + p.mobile[1:].replace(' ', ''), 'intl')},\"meter number is {d.s('elec_serial', p.es)} thanks\"\n")

@genre('txt')
def address_prose(d, p, q):
    fl = f'Flat {R.randint(1, 9)}, {q.num} {q.street}'
    return (f"{d.k(tcref())} notes\n"
            f"Engineer attended {d.s('address', p.addr)} on {d.k(day())} but no access.\n"
            f"Premises address on the {d.k('D0302')} is {d.s('address', fl)}, {d.s('address', q.town)} {d.s('postcode', q.pc)} which does not match the MPAS record.\n"
            f"Customer moved from {d.s('address', p.num + ' ' + p.street, (p.num + ' ' + p.street).lower(), 'lower')} last year.\n")

@genre('txt')
def gas_label(d, p, q):
    return (f"Asset check {d.k(day())}\n"
            f"Gas meter: {d.s('gas_serial', p.gs)}\n"
            f"Gas Meter Serial No.  {d.s('gas_serial', q.gs, ' '.join(grp(q.gs, [3, 4, 4])), 'spaced')}\n"
            f"GSME MSN={d.s('gas_serial', p.gs, p.gs.lower(), 'lower')}\n"
            f"Elec meter: {d.s('elec_serial', q.es, '-'.join(grp(q.es, [2, 2, 1])), 'hyphen')}\n"
            f"Model {d.k('G4 SMETS2')}  Firmware {d.k(ver())}  Register {d.k('R1')}\n")

@genre('ini')
def ini_cfg(d, p, q):
    return f'''[general]
environment=UIT
version={d.k(ver())}

[testdata]
; supplied by DNO 2024-05
supply_1 = {d.s("mpan", p.mpan)}
supply_2 = {d.s("mpan", q.mpan, obf(q.mpan, "+"), "sep+")}
gas_1 = {d.s("mprn", p.mprn)}
hub = {d.s("eui64", p.eui, eui_fmt(p.eui, "ldash"))}
site_contact = {d.s("name", p.name)} <{d.s("email", p.email)}>

[flows]
inbound = {d.k("D0010")},{d.k("D0150")}
'''

@genre('csv')
def sap_german_csv(d, p, q):
    h = f"{d.k('Anlage')};{d.k('Zählpunktbezeichnung')};{d.k('Zählernummer')};Name;Straße;Hausnr.;Ort;PLZ;{d.k('Ablesedatum')};{d.k('Zählerstand')}"
    rows = [h]
    for x in (p, q):
        st_, nr_ = x.street, x.num
        rows.append(';'.join([d.k('5000' + digits(6)), d.s('mpan', x.mpan), d.s('elec_serial', x.es), d.s('name', x.last + ', ' + x.first),
                              d.s('address', st_), nr_, d.s('address', x.town), d.s('postcode', x.pc), d.k('14.05.2024'), d.k(reading() + ',0')]))
    return '\n'.join(rows) + '\n'

@genre('yaml')
def k8s_secret(d, p, q):
    b = lambda v: base64.b64encode(v.encode()).decode()
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: {d.k("sit-harness-testdata")}
  namespace: mhhs-sit
type: Opaque
data:
  TEST_MPAN: {d.s("mpan", p.mpan, b(p.mpan), "b64")}
  TEST_MSN: {d.s("elec_serial", p.es, b(p.es), "b64")}
  TEST_CONTACT: {d.s("name", p.name, b(p.name), "b64")}
stringData:
  TEST_MPRN: "{d.s("mprn", p.mprn)}"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: sit-harness-config
data:
  LOG_LEVEL: {d.k("DEBUG")}
  DEFAULT_FLOW: {d.k("IF-031")}
  SITE_POSTCODE: "{d.s("postcode", q.pc)}"
"""

@genre('json')
def slack_export(d, p, q):
    msgs = [{'type': 'message', 'user': 'U0' + digits(8), 'ts': d.k(epochms()[:10] + '.' + digits(6)), 'text': f'anyone seen {d.k("IF-033")} fail for <tel:{p.mobile.replace(" ", "")}|{p.mobile}>?'},
            {'type': 'message', 'user': 'U0' + digits(8), 'ts': epochms()[:10] + '.' + digits(6), 'text': f'yes - supply `{p.mpan}` at {p.addr} ({p.pc})',
             'blocks': [{'type': 'rich_text', 'elements': [{'type': 'rich_text_section', 'elements': [{'type': 'text', 'text': p.mpan[:5]}, {'type': 'text', 'text': p.mpan[5:], 'style': {'code': True}}]}]}]},
            {'type': 'message', 'user': 'U0' + digits(8), 'ts': epochms()[:10] + '.' + digits(6), 'text': f'mailto:{p.email} says the GSME is {p.gs}'}]
    d.s('phone', p.mobile); d.s('phone', p.mobile, p.mobile.replace(' ', ''), 'nospace'); d.s('mpan', p.mpan); d.s('address', p.addr); d.s('postcode', p.pc); d.s('email', p.email); d.s('gas_serial', p.gs)
    d.s('mpan', p.mpan, p.mpan[5:], 'json-split')
    return json.dumps(msgs, indent=4) + '\n'

@genre('txt')
def powershell_fl(d, p, q):
    return f"""PS C:\\> Get-MeterPoint -Environment SIT | Format-List

{d.k("MeterPointId")}   : {d.s("mpan", p.mpan)}
Status         : {d.k("Energised")}
SerialNumber   : {d.s("elec_serial", p.es)}
SiteAddress    : {d.s("address", p.addr)}
                 {d.s("postcode", p.pc)}
Contact        : {d.s("name", p.name)}
HanDevice      : {{{d.s("eui64", p.eui, eui_fmt(p.eui, "dash"))}}}
LastRead       : {d.k(ts2())}

PS C:\\> $error[0]
Get-MeterPoint : Cannot bind argument to parameter 'Mprn' because it is "{d.s("mprn", p.mprn)}"
"""

@genre('xml')
def winevent_xml(d, p, q):
    return f"""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><Provider Name="SmartOps.Agent" /><EventID>{d.k("4012")}</EventID><TimeCreated SystemTime="{d.k(ts())}" /></System>
  <EventData>
    <Data Name="Operation">{d.k("CommissionDevice")}</Data>
    <Data Name="Target">{d.s("eui64", p.eui, eui_fmt(p.eui, "colon").lower(), "lower")}</Data>
    <Data Name="Mpxn" Value="{d.s("mpan", p.mpan)}" />
    <Data Name="Detail">Premises &quot;{d.s("address", p.line1)}&quot;, {d.s("address", p.town)}, {d.s("postcode", p.pc)}</Data>
  </EventData>
</Event>
"""

@genre('txt')
def protobuf_text(d, p, q):
    cx = '\\x' + '\\x'.join(p.eui[i:i+2].lower() for i in range(0, 16, 2))
    return f"""# grpcurl -d @ sit-gw:443 supplier.mdm.v1.MeterPoints/Get
meter_point {{
  mpan: "{d.s("mpan", p.mpan)}"
  registers {{ id: "{d.k("R1")}" tpr: "{d.k("00001")}" }}
  meters {{ serial: "{d.s("elec_serial", p.es)}" kind: ELECTRICITY }}
  meters {{ serial: "{d.s("gas_serial", p.gs)}" kind: GAS mprn: {d.s("mprn", p.mprn)} }}
  device_id: "{cx}"
  site {{ line1: "{d.s("address", p.line1)}" post_town: "{d.s("address", p.town)}" postcode: "{d.s("postcode", p.pc)}" }}
  updated {{ seconds: {d.k(epochms()[:10])} }}
}}
""", [('eui64', p.eui, cx, 'c-escape')]

@genre('txt')
def test_script_steps(d, p, q):
    return f"""Test Case: {d.k(tcref())}    Title: {d.k("Change of Supplier - smart credit")}
Step  Action                                              Expected result                     Actual
1     Send {d.k("IF-031")} for MPAN {d.s("mpan", p.mpan, " ".join(mpan_groups(p.mpan)), "space-groups")}        {d.k("PUB-021")} received within 5 min       {d.k("Pass")}
2     Confirm site address {d.s("address", p.line1)},     Address matches MPAS                {d.k("Pass")}
      {d.s("address", p.town)} {d.s("postcode", p.pc)}
3     Read meter {d.s("elec_serial", p.es)} via {d.k("SRV 4.1.1")}              Reading returned (register {d.k("R1")})   {d.k("Fail")}
4     Raise defect, link to {d.k(dipid())}                                                       N/A
"""

@genre('csv')
def dynamics_csv(d, p, q):
    return ("(Do Not Modify) Case,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Case Title,Customer,Supply Point (Electricity),Supply Point (Gas),Premise,Mobile Phone\n"
            f"{d.k(guid())},{d.k(base64.b64encode(os.urandom(24)).decode())},{d.k(ts2())},{d.k('Smart install aborted')},{d.s('name', p.name)},{d.s('mpan', p.mpan)},{d.s('mprn', p.mprn)},\"{d.s('address', p.addr)}, {d.s('postcode', p.pc)}\",{d.s('phone', p.mobile)}\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    truth = {'files': {}}
    encs = ['utf-8'] * 26 + ['utf-8-sig', 'utf-8-sig', 'cp1252', 'cp1252', 'utf-16', 'utf-16-be-bom', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be-bom', 'utf-32-be']
    names = sorted(G)
    # propagation_a must run before propagation_b
    names.remove('propagation_b'); names.append('propagation_b')
    for gname in names:
        f, ext, n = G[gname]
        for i in range(n):
            p, q = Person(), Person()
            fname = f'{gname}_{i:02d}.{ext}'
            d = Doc(fname, gname); d.idx = i
            r = f(d, p, q)
            extra = []
            if isinstance(r, tuple): r, extra = r
            for kind, v, form, cls in extra:
                d.s(kind, v, form, cls)
            text = r
            enc = R.choice(encs) if ext not in ('eml',) else 'utf-8'
            if enc == 'cp1252':
                try: text.encode('cp1252')
                except UnicodeEncodeError: enc = 'utf-8'
            eol = R.choice(['\n'] * 6 + ['\r\n'] * 3 + ['\r'])
            if ext in ('eml',): eol = '\r\n'
            text2 = text.replace('\n', eol)
            for s in d.secrets:
                s['form'] = s['form'].replace('\n', eol)
                assert s['form'] in text2, (fname, s)
                if s['kind'] == 'mpan': assert valid_mpan(s['value']), s
            for k in d.keeps:
                assert k in text2, (fname, k)
            bom = b''
            codec = enc
            if enc == 'utf-16-be-bom': codec, bom = 'utf-16-be', b'\xfe\xff'
            if enc == 'utf-32-be-bom': codec, bom = 'utf-32-be', b'\x00\x00\xfe\xff'
            data = bom + text2.encode(codec)
            with open(os.path.join(OUT, fname), 'wb') as fh:
                fh.write(data)
            # keeps: drop keeps that contain any secret value/token (defensive)
            keeps = []
            for k in dict.fromkeys(d.keeps):
                if any(s['value'] in k or s['form'] in k for s in d.secrets): continue
                if len(k) < 4: continue
                keeps.append(k)
            truth['files'][fname] = {'genre': gname, 'encoding': enc, 'eol': repr(eol),
                                     'secrets': [dict(s, tokens=tokens_of(s['kind'], s['value'])) for s in d.secrets], 'keeps': keeps}
    with open('/tmp/ho34/text/truth.json', 'w') as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    ns = sum(len(v['secrets']) for v in truth['files'].values()); nk = sum(len(v['keeps']) for v in truth['files'].values())
    print(len(truth['files']), 'files', len(G), 'genres', ns, 'secrets', nk, 'keeps')

if __name__ == '__main__':
    main()
