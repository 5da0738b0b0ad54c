#!/tmp/venv/bin/python
"""Generate the held-out typed-fields corpus: input files, truth.json and plan.json (commands)."""
import json, os, random, base64, urllib.parse, codecs
random.seed(3413)
ROOT = '/tmp/ho34/fields'
C = ROOT + '/corpus2'
os.makedirs(C, exist_ok=True)
W = [3,5,7,13,17,19,23,29,31,37,41,43]
truth = {'secrets': [], 'keeps': []}
used = set()

def mpan():
    while True:
        d = '%02d' % random.randint(10, 23)
        body = d + ''.join(random.choice('0123456789') for _ in range(10))
        c = sum(int(a)*w for a, w in zip(body, W)) % 11 % 10
        v = body + str(c)
        if v not in used: used.add(v); return v
def mprn():
    while True:
        v = str(random.randint(1,9)) + ''.join(random.choice('0123456789') for _ in range(9))
        if v not in used: used.add(v); return v
def eserial():
    v = random.choice(['EM','LG','AC','SK','KF']) + '%02d' % random.randint(10,24) + random.choice('ABCDHKLMWZ') + '%05d' % random.randint(0,99999)
    used.add(v); return v
def gserial():
    v = random.choice(['G4A','G4K','E6S','U6A']) + '%07d' % random.randint(0,9999999) + '%02d' % random.randint(14,24)
    used.add(v); return v
def eui():
    v = random.choice(['00-1B-C5-0C','00-0D-6F-00','70-B3-D5-2A','00-24-46-FF']) + '-' + '-'.join('%02X' % random.randint(0,255) for _ in range(4))
    used.add(v); return v
FIRST = ['Marisol','Tobias','Henrietta','Oluwaseun','Branwen','Casimir','Ottilie','Lachlan','Perpetua','Ignatius','Rosalind','Thaddeus','Wilhelmina','Caradoc','Eulalia','Fenwick','Isolde','Barnaby','Clementine','Evander','Philippa','Ambrose','Seraphina','Leopold','Hermione','Cuthbert','Ysolde','Peregrine','Lavinia','Octavius','Jessamy','Aurelian']
LAST = ['Penhallow','Quarrington','Vosper','Adeyemi-Clarke','Trevithick','Ellingham','Marchbanks','Pendragon','Holloway-Finch','Stalbridge','Warrender','Ockendon','Fairbrother','Kettleby','Ravensworth','Duckmanton','Pinchbeck','Thistlewood','Allardyce','Brackenbury','Gostelow','Hinchcliffe','Mowbray','Nettleship','Rudyerd','Sallowes','Tremayne','Umfreville','Villiers-Ash','Whitlock','Yelland','Zouche']
def name():
    while True:
        v = random.choice(FIRST) + ' ' + random.choice(LAST)
        if v not in used: used.add(v); return v
PCS = ['LE65 2QT','NG31 7XB','TR18 4PD','CF24 3HH','BS7 9QN','YO30 6WE','DH1 5RL','SA62 4EF','LN6 0JT','HR4 9AZ','PL25 5LG','EX39 1DS','KT19 8RU','M14 6ND','B29 7PQ','G42 9JW','EH9 1TB','S11 8YB','L17 3AG','NE6 2PX','CB4 1UF','OX4 3SJ','RG1 7HA','WR2 4QE','SY23 1LN','DT1 2BB','IP4 5TD','CT9 3RH','TA1 4DP','ST4 7QA']
STREETS = ['Quarry Bank Road','Mill Lane','Tannery Close','Orchard Way','Chapel Street','Rookery Avenue','Kiln Gardens','Ferry Road','Priory Crescent','Weavers Row','Saltings Drive','Ropewalk Terrace']
TOWNS = ['Little Ashby','Grantham','Penzance','Cardiff','Bristol','York','Durham','Fishguard','Lincoln','Hereford','St Austell','Bideford','Epsom','Manchester','Birmingham','Glasgow']
pci = [0]
def postcode():
    v = PCS[pci[0] % len(PCS)]; pci[0] += 1; used.add(v); return v
def address():
    v = '%d %s, %s, %s' % (random.randint(2,199), random.choice(STREETS), random.choice(TOWNS), postcode()); return v
def phone():
    v = random.choice(['07700 900%03d','01632 960%03d','020 7946 0%03d']) % random.randint(0,999)
    if v in used: return phone()
    used.add(v); return v
def email():
    n = name(); used.discard(n)
    v = n.lower().replace(' ', '.').replace('-', '') + '@' + random.choice(['example.com','example.org','example.net','northvale-energy.example.co.uk'])
    used.add(v); return v
GEN = dict(mpan=mpan, mprn=mprn, eserial=eserial, gserial=gserial, eui=eui, name=name, address=address, postcode=postcode, phone=phone, email=email)

FW = {str(i): chr(0xFF10+i) for i in range(10)}
AR = {str(i): chr(0x0660+i) for i in range(10)}
DV = {str(i): chr(0x0966+i) for i in range(10)}
CYR = {'A':'А','B':'В','E':'Е','K':'К','M':'М','H':'Н','O':'О','P':'Р','C':'С','T':'Т','X':'Х','a':'а','e':'е','o':'о','p':'р','c':'с','x':'х'}
def groups(v):
    if len(v) == 13: return [v[0:2], v[2:6], v[6:10], v[10:13]]
    if len(v) == 10 and v.isdigit(): return [v[0:4], v[4:7], v[7:10]]
    return [v[i:i+4] for i in range(0, len(v), 4)]
def form(kind, v, f):
    if f == 'plain': return v
    if f == 'lower': return v.lower()
    if f == 'upper': return v.upper()
    if f.startswith('sep:'):
        s = f[4:]
        if kind in ('mpan','mprn','eserial','gserial'): return s.join(groups(v))
        if kind == 'eui': return s.join(v.split('-'))
        if kind == 'postcode': return s.join(v.split(' '))
        if kind == 'phone': return s.join(v.split(' '))
        return v.replace(' ', s)
    if f.startswith('every:'):
        s = f[6:]; return s.join(v)
    if f == 'fullwidth': return ''.join(FW.get(ch, ch) for ch in v)
    if f == 'arabic': return ''.join(AR.get(ch, ch) for ch in v)
    if f == 'devanagari': return ''.join(DV.get(ch, ch) for ch in v)
    if f == 'cyrillic': return ''.join(CYR.get(ch, ch) for ch in v)
    if f == 'eui-0x': return '0x' + v.replace('-', '')
    if f == 'eui-dots': h = v.replace('-', ''); return '.'.join(h[i:i+4] for i in range(0,16,4))
    if f == 'eui-none-lower': return v.replace('-', '').lower()
    if f == 'eui-colon': return v.replace('-', ':')
    if f == 'mpan-sbox': return 'S 01 801 100 / ' + ' '.join(groups(v))
    if f == 'email-at': return v.replace('@', ' (at) ').replace('.', ' (dot) ')
    if f == 'email-upper': return v.upper()
    raise ValueError(f)

CNT = [0]
def S(kind, f, where, ctx='{}'):
    v = GEN[kind]()
    t = form(kind, v, f)
    CNT[0] += 1
    sid = 'S%03d' % CNT[0]
    text = ctx.replace('{}', t)
    truth['secrets'].append(dict(id=sid, kind=kind, value=v, form=f, typed=t, where=where))
    return text
def K(v, where):
    truth['keeps'].append(dict(value=v, where=where)); return v

plan = []
def P(pid, argv, expect='any', stdin=None, env=None, capture=None, note=''):
    plan.append(dict(id=pid, argv=argv, expect=expect, stdin=stdin, env=env or {}, capture=capture or {}, note=note))

# ---------------- import files ----------------
import yaml
ref_mp = S('mpan', 'plain', 'import attest-yaml: case reference', 'MHHS-{}')
ay = {'attest': 1, 'cases': [
  {'reference': K('TC-MHHS-0042', 'import attest-yaml reference (keep)'),
   'title': 'Change of supplier for ' + S('name', 'plain', 'import attest-yaml: title', '{}') + ' at ' + S('postcode', 'sep:\u00a0', 'import attest-yaml: title', '{}'),
   'description': 'Use MPAN ' + S('mpan', 'sep: ', 'import attest-yaml: description', '{}') + ' (site: ' + S('address', 'plain', 'import attest-yaml: description', '{}') + '). Message ' + K('IF-031', 'import yaml description keep') + ' via DIP.',
   'preconditions': '- Customer phone ' + S('phone', 'plain', 'import attest-yaml: preconditions', '{}') + '\n- Gas meter ' + S('gserial', 'plain', 'import attest-yaml: preconditions', '{}') + '\n- MPRN ' + S('mprn', 'every:\u200b', 'import attest-yaml: preconditions (ZWSP between digits)', '{}'),
   'test_data': '1 x MPAN ' + S('mpan', 'every:\u2063', 'import attest-yaml: test_data (U+2063)', '{}') + ', e-mail ' + S('email', 'plain', 'import attest-yaml: test_data', '{}'),
   'attributes': {'owner': S('name', 'plain', 'import attest-yaml: attribute value', '{}'),
                  'meter': S('eserial', 'lower', 'import attest-yaml: attribute value (lower serial)', '{}'),
                  S('mpan', 'plain', 'import attest-yaml: attribute KEY', 'site {}'): 'x',
                  'phase': K('SIT', 'attr keep'), 'release': K('R2.1', 'attr keep')},
   'steps': [
     {'name': S('eui', 'eui-colon', 'import attest-yaml: step name', 'Pair {}'),
      'action': 'Send ' + K('D0010', 'keep') + ' for MPAN ' + S('mpan', 'fullwidth', 'import attest-yaml: step action (full-width digits)', '{}'),
      'expected': 'Reading 04512.7 kWh on meter ' + S('eserial', 'sep:-', 'import attest-yaml: step expected (hyphen serial)', '{}'),
      'checks': ['Portal shows ' + S('mprn', 'arabic', 'import attest-yaml: step check (Arabic-Indic digits)', '{}')],
      'instructions': ['Call ' + S('phone', 'sep:-', 'import attest-yaml: step instruction', '{}')],
      'payload': '{"messageType":"IF-031","mpan":"' + S('mpan', 'plain', 'import attest-yaml: step payload', '{}') + '","deviceId":"' + S('eui', 'eui-0x', 'import attest-yaml: step payload', '{}') + '"}'},
     {'action': 'Check DIP tracker message ' + K('DIP-MSG-20260314-000123', 'keep') + ' correlation ' + K('3f2b9c1e-7a4d-4e2b-9f0a-1c2d3e4f5a6b', 'keep guid'),
      'expected': 'Status Delivered at ' + K('2026-03-14T10:22:05Z', 'keep ts')}]},
]}
refcases = {'attest': 1, 'cases': [{'reference': ref_mp, 'title': 'Case whose reference holds an MPAN', 'steps': [{'action': 'a', 'expected': 'b'}]},
  {'reference': S('eserial', 'plain', 'import attest-yaml: case reference (serial)', 'TC-{}'), 'title': 'ref serial', 'steps': [{'action': 'a', 'expected': 'b'}]}]}
with open(C + '/refcases.yaml', 'w') as f: yaml.safe_dump(refcases, f, sort_keys=False)
fn_yaml = 'cases_' + S('mpan', 'sep:_', 'import: file name (attest YAML, underscores)', '{}') + '.yaml'
with open(C + '/' + fn_yaml, 'w') as f: yaml.safe_dump(ay, f, allow_unicode=True, sort_keys=False)
# a clean, runnable case file (identifiers only in text fields)
clean = {'attest': 1, 'cases': [
  {'reference': 'TC-MHHS-0100', 'title': 'Witnessed registration run', 'steps': [
     {'action': 'Submit IF-031', 'expected': 'HTTP 202'}, {'action': 'Check DIP tracker', 'expected': 'Delivered'},
     {'action': 'Check registration', 'expected': 'MHHS'}]},
  {'reference': 'TC-MHHS-0101', 'title': 'Unwitnessed amend run', 'steps': [
     {'action': 'Send D0010', 'expected': 'Accepted'}, {'action': 'Send D0150', 'expected': 'Accepted'}]},
  {'reference': 'TC-MHHS-0102', 'title': 'Retest run', 'steps': [{'action': 'Send D0010', 'expected': 'Accepted'}]},
]}
with open(C + '/clean_cases.yaml', 'w') as f: yaml.safe_dump(clean, f, sort_keys=False)
# JSON via --format attest
jc = {'attest': 1, 'cases': [{'reference': 'TC-JSON-0007', 'title': 'JSON import ' + S('mpan', 'sep:.', 'import attest-json: title (dots)', '{}'),
       'description': S('address', 'plain', 'import attest-json: description', 'Premises: {}'),
       'steps': [{'action': 'Read ' + S('mprn', 'plain', 'import attest-json: action', 'MPRN {}'), 'expected': S('email', 'email-upper', 'import attest-json: expected (upper e-mail)', 'mail to {}')}]}]}
fn_json = 'export_' + S('name', 'plain', 'import: file name (JSON, person name)', '{}').replace(' ', '_') + '.json'
with open(C + '/' + fn_json, 'w') as f: json.dump(jc, f, ensure_ascii=False)
# cactus: reference = file stem
fn_cac = 'DER-GAS-07.yaml'
fn_cac2 = S('mprn', 'plain', 'import cactus: file name -> case reference', 'GAS-{}') + '.yaml'
cac = {'Description': 'Cactus procedure for ' + S('name', 'plain', 'import cactus: Description', '{}'), 'Category': 'DER control', 'Classes': ['A'], 'TargetVersions': ['v1.2'],
       'Preconditions': {'instructions': ['Site ' + S('address', 'plain', 'import cactus: precondition instruction', '{}')]},
       'Criteria': {'checks': [{'type': 'all-steps-complete'}]},
       'Steps': {S('eui', 'eui-none-lower', 'import cactus: step NAME', 'DISCOVER-{}'): {'instructions': ['Restart comms of ' + S('eserial', 'plain', 'import cactus: step instruction', '{}')],
                 'event': {'type': 'GET-request-received', 'parameters': {'endpoint': '/edev/' + S('eui', 'eui-none-lower', 'import cactus: event endpoint parameter', '{}')}},
                 'actions': [{'type': 'enable-steps', 'parameters': {'steps': ['READ']}}]}}}
with open(C + '/' + fn_cac, 'w') as f: yaml.safe_dump(cac, f, sort_keys=False)
with open(C + '/' + fn_cac2, 'w') as f: yaml.safe_dump({'Description': 'x', 'Category': 'DER control', 'Classes': ['A'], 'TargetVersions': ['v1.2'], 'Criteria': {'checks': [{'type': 'all-steps-complete'}]}, 'Steps': {'S1': {'instructions': ['a'], 'event': {'type': 'GET-request-received', 'parameters': {'endpoint': '/dcap'}}, 'actions': []}}}, f, sort_keys=False)
# ADO CSV
import csv
fn_csv = 'ado_' + S('postcode', 'sep:_', 'import ado-csv: file name (postcode, underscore)', '{}') + '.csv'
with open(C + '/' + fn_csv, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['ID','Work Item Type','Title','Test Step','Step Action','Step Expected','Area Path','Assigned To','State','Tags'])
    w.writerow(['40321','Test Case','Meter exchange at ' + S('address', 'plain', 'import ado-csv: Title', '{}'), '', '', '',
                'Smart Metering\\' + S('mpan', 'plain', 'import ado-csv: Area Path', 'UIT {}'), S('name', 'plain', 'import ado-csv: Assigned To', '{}') + ' <' + S('email', 'plain', 'import ado-csv: Assigned To email', '{}') + '>', 'Ready',
                S('eserial', 'sep: ', 'import ado-csv: Tags (spaced serial)', 'smets2; {}')])
    w.writerow(['','','','1', 'Install ESME ' + S('eui', 'eui-dots', 'import ado-csv: Step Action (dotted EUI)', '{}'), 'Meter ' + S('eserial', 'cyrillic', 'import ado-csv: Step Expected (Cyrillic look-alike letters)', '{}') + ' commissioned', '', '', '', ''])
    w.writerow(['','','','2', 'Ring customer on ' + S('phone', 'every:\u00a0', 'import ado-csv: Step Action (NBSP every char)', '{}'), 'MPAN ' + S('mpan', 'sep:\n> ', 'import ado-csv: Step Expected (quote-prefixed line split)', '{}'), '', '', '', ''])
with open(C + '/ado_idmpan.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['ID','Work Item Type','Title','Test Step','Step Action','Step Expected'])
    w.writerow([S('mpan', 'plain', 'import ado-csv: ID column holds MPAN', '{}'),'Test Case','ID is an MPAN','','',''])
    w.writerow(['','','','1','a','b'])
# ALM Excel
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Design Steps'
ws.append(['Subject','Test Name','Type','Description','Step Name','Description','Expected','Designer'])
ws.append(['Subject\\MHHS\\' + S('postcode', 'plain', 'import alm-excel: Subject', '{}'), 'SIT_COS_TC_77 ' + S('name', 'plain', 'import alm-excel: Test Name', '{}'), 'MANUAL',
           'Supply ' + S('mpan', 'every:\u200d', 'import alm-excel: test Description (ZWJ)', '{}'), 'Step 1', 'Visit ' + S('address', 'plain', 'import alm-excel: step Description', '{}'),
           'Gas meter ' + S('gserial', 'lower', 'import alm-excel: Expected (lower gas serial)', '{}'), S('email', 'plain', 'import alm-excel: Designer', '{}')])
ws.append(['', '', '', '', 'Step 2', 'Tel ' + S('phone', 'plain', 'import alm-excel: step Description 2', '{}'), 'IHD ' + S('eui', 'plain', 'import alm-excel: Expected 2', '{}'), ''])
fn_xlsx = 'alm_' + S('eserial', 'lower', 'import alm-excel: file name (lower serial)', '{}') + '.xlsx'
wb.save(C + '/' + fn_xlsx)
# Markdown (not a documented format; the refusal message must not echo)
fn_md = 'notes_' + S('mpan', 'plain', 'import markdown (unsupported): file name', '{}') + '.md'
with open(C + '/' + fn_md, 'w') as f: f.write('# TC-MHHS-0300\n\n1. Send IF-031 for ' + S('mpan', 'plain', 'import markdown (unsupported): body', '{}') + '\n')
# bad YAML whose error names an unknown key that is an identifier
fn_bad = 'bad_keys.yaml'
with open(C + '/' + fn_bad, 'w') as f:
    f.write('attest: 1\ncases:\n  - reference: ' + S('mpan', 'plain', 'import attest-yaml invalid: reference in error path', '{}') + '\n    title: t\n    ' + S('email', 'plain', 'import attest-yaml invalid: unknown KEY echoed?', '"{}"') + ': x\n    steps: [{action: a, expected: b}]\n')

for fn in [fn_yaml, fn_json, fn_cac, fn_csv, fn_xlsx]:
    pass
P('imp-clean', ['import', C + '/clean_cases.yaml'], 'ok')
P('imp-yaml', ['import', C + '/' + fn_yaml], 'ok')
P('imp-json', ['import', '--format', 'attest', '--json', C + '/' + fn_json], 'ok')
P('imp-cactus', ['import', C + '/' + fn_cac], 'ok')
P('imp-cactus-ref', ['import', C + '/' + fn_cac2], 'refuse')
P('imp-refcases', ['import', C + '/refcases.yaml'], 'refuse')
P('imp-csv-idmpan', ['import', C + '/ado_idmpan.csv'], 'refuse')
P('imp-csv', ['import', C + '/' + fn_csv], 'ok')
P('imp-xlsx', ['import', C + '/' + fn_xlsx], 'ok')
P('imp-md', ['import', C + '/' + fn_md], 'any')
P('imp-bad', ['import', C + '/' + fn_bad], 'any')
P('imp-missing', ['import', C + '/' + S('mpan', 'plain', 'import: nonexistent path', 'missing_{}.yaml')], 'any')
P('cases', ['cases'], 'ok'); P('cases-json', ['cases', '--json'], 'ok')
P('case-show-json', ['case', 'show', '--json', 'TC-MHHS-0042'], 'ok')
P('case-show-ado', ['case', 'show', '--json', 'ADO-40321'], 'ok')
P('case-show-cac', ['case', 'show', '--json', 'DER-GAS-07'], 'ok')
P('case-show-alm', ['case', 'show', '--json', 'SIT_COS_TC_77'], 'ok')
P('case-show-jsn', ['case', 'show', '--json', 'TC-JSON-0007'], 'ok')
P('case-show-mpan', ['case', 'show', S('mpan', 'plain', 'case show: CASE positional', '{}')], 'refuse')

# ---------------- register ----------------
P('reg-add-ok', ['register', 'add', '--kind', 'mpan', '--ref', K('MPAN001', 'register ref keep'), S('mpan', 'plain', 'register add VALUE (legit, encrypted)', '{}')], 'ok')
P('reg-add-stdin', ['register', 'add', '--kind', 'msn', '--ref', K('MSN001', 'register ref keep'), '-'], 'ok', stdin=S('eserial', 'plain', 'register add VALUE via stdin (legit)', '{}') + '\n')
P('reg-add-name', ['register', 'add', '--kind', 'name', '--ref', 'CUST-A', S('name', 'plain', 'register add VALUE name (legit)', '{}')], 'ok')
P('reg-add-ref-mpan', ['register', 'add', '--kind', 'mpan', '--ref', S('mpan', 'plain', 'register add --ref is MPAN', '{}'), '1000000000000'], 'refuse')
P('reg-add-ref-serial-lower', ['register', 'add', '--kind', 'msn', '--ref', S('eserial', 'lower', 'register add --ref is lower-case serial', '{}'), 'XX00A00000'], 'refuse')
P('reg-add-ref-postcode', ['register', 'add', '--kind', 'other', '--ref', S('postcode', 'sep:_', 'register add --ref is postcode with underscore', '{}'), 'zz'], 'refuse')
P('reg-add-ref-eui', ['register', 'add', '--kind', 'other', '--ref', S('eui', 'eui-0x', 'register add --ref is 0x EUI', '{}'), 'zz2'], 'refuse')
P('reg-add-badkind', ['register', 'add', '--kind', S('mpan', 'plain', 'register add --kind invalid choice (argparse)', '{}'), 'v'], 'refuse')
reg_csv = C + '/register_' + S('name', 'plain', 'register import: file name', '{}').replace(' ', '-') + '.csv'
with open(reg_csv, 'w') as f:
    f.write('kind,value,reference\n')
    f.write('mprn,' + S('mprn', 'plain', 'register import: value (legit)', '{}') + ',' + K('MPRN-GAS-01', 'register import ref keep') + '\n')
    f.write('mpan,' + S('mpan', 'plain', 'register import: value (legit)', '{}') + ',' + S('mpan', 'sep:-', 'register import: reference is MPAN', '{}') + '\n')
    f.write('email,' + S('email', 'plain', 'register import: value (legit)', '{}') + ',' + S('phone', 'plain', 'register import: reference is phone', '{}') + '\n')
P('reg-import', ['register', 'import', reg_csv], 'any')
P('reg-list', ['register', 'list'], 'ok'); P('reg-list-json', ['register', 'list', '--json'], 'ok')

# ---------------- plan ----------------
P('plan-create', ['plan', 'create', '--json', '--programme', 'MHHS ' + S('postcode', 'plain', 'plan create --programme', '{}'), '--release', K('R2.1', 'plan release keep'), '--environment', K('SIT-B', 'keep'),
   '--starts', '2026-03-02', '--ends', '2026-04-30', '--by', K('QA-07', 'by keep'), 'SIT cycle 2 ' + S('mpan', 'sep:+', 'plan create NAME (plus separators)', '{}')], 'ok', capture={'PLAN': r'"id":\s*(\d+)'})
P('plan-create-clean', ['plan', 'create', '--json', '--by', 'QA-07', K('SIT cycle 3 (2026-03-14)', 'plan name keep')], 'ok', capture={'PLANC': r'"id":\s*(\d+)'})
P('plan-create-env', ['plan', 'create', '--environment', S('name', 'plain', 'plan create --environment', 'UAT {}'), 'env plan'], 'any')
P('plan-create-by', ['plan', 'create', '--by', S('name', 'plain', 'plan create --by (name)', '{}'), 'by plan'], 'refuse')
P('plan-suite', ['plan', 'suite', '--json', '--by', 'QA-07', '{PLANC}', 'Suite ' + S('address', 'plain', 'plan suite NAME', '{}')], 'ok', capture={'SUITE': r'"id":\s*(\d+)'})
P('plan-suite2', ['plan', 'suite', '--json', '{PLANC}', K('COS regression', 'suite keep')], 'ok', capture={'SUITE2': r'"id":\s*(\d+)'})
P('plan-add', ['plan', 'add', '--suite', '{SUITE2}', '--tester', S('email', 'plain', 'plan add --tester (email)', '{}'), '--configuration', 'SMETS2 ESME ' + S('eui', 'plain', 'plan add --configuration', '{}') + ', DCC SIT-B', '{PLANC}', 'TC-MHHS-0100'], 'any')
P('plan-add2', ['plan', 'add', '--suite', '{SUITE2}', '--tester', K('Priya Natarajan', 'plan add tester name keep'), '--configuration', K('SMETS2 ESME, DCC SIT-B', 'keep'), '{PLANC}', 'TC-MHHS-0100', 'TC-MHHS-0101', 'TC-MHHS-0102'], 'ok')
P('plan-criteria', ['plan', 'criteria', '--set', 'passed_pct=' + S('mprn', 'plain', 'plan criteria --set value (bad value)', '{}'), '{PLANC}'], 'any')
P('plan-criteria-key', ['plan', 'criteria', '--set', S('mpan', 'plain', 'plan criteria --set KEY (unknown key)', '{}') + '=1', '{PLANC}'], 'any')
P('plan-show-mpan', ['plan', 'show', S('mpan', 'plain', 'plan show PLAN positional (not found)', '{}')], 'any')
P('plan-show', ['plan', 'show', '{PLANC}'], 'ok')

# ---------------- witnessed run ----------------
P('run-start-w', ['run', 'start', '--json', '--witnessed', '--tester', K('J.R.T.', 'tester initials keep'), '--environment', K('SIT-B', 'keep'), '--data', 'MPAN001', '--data', 'MSN001',
   '--purpose', 'Witness COS for ' + S('name', 'plain', 'run start --purpose', '{}') + ' at ' + S('address', 'plain', 'run start --purpose', '{}'),
   '--participant', K('witness:Dev Rao:DCC', 'participant keep'), '--participant', 'observer:' + K('Aoife Byrne', 'participant keep') + ':' + K('Elexon', 'org keep'),
   '--plan', '{PLANC}', 'TC-MHHS-0100'], 'ok', capture={'RUNW': r'"id":\s*(\d+)'})
P('run-start-tester', ['run', 'start', '--tester', S('mpan', 'plain', 'run start --tester (MPAN)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-tester-email', ['run', 'start', '--tester', S('email', 'plain', 'run start --tester (email)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-env', ['run', 'start', '--environment', S('eserial', 'lower', 'run start --environment (lower serial)', 'SIT-{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-data', ['run', 'start', '--data', S('mpan', 'sep: ', 'run start --data (spaced MPAN)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-data-name', ['run', 'start', '--data', S('name', 'plain', 'run start --data (name)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-part', ['run', 'start', '--witnessed', '--participant', 'witness:' + S('name', 'plain', 'run start --participant NAME (customer-looking)', '{}') + ':' + S('email', 'plain', 'run start --participant ORG (email)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-part-badrole', ['run', 'start', '--witnessed', '--participant', S('phone', 'plain', 'run start --participant bad ROLE', '{}') + ':Dev Rao:DCC', 'TC-MHHS-0102'], 'refuse')
P('run-start-case', ['run', 'start', S('mprn', 'plain', 'run start CASE positional', '{}')], 'refuse')
P('run-start-plan', ['run', 'start', '--plan', S('mpan', 'plain', 'run start --plan (not found)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-fw', ['run', 'start', '--tester', S('mpan', 'fullwidth', 'run start --tester (full-width MPAN)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-tab', ['run', 'start', '--tester', S('mpan', 'sep:\t', 'run start --tester (tabs)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-nl', ['run', 'start', '--environment', S('eui', 'sep:\n', 'run start --environment (newlines in EUI)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-lrm', ['run', 'start', '--tester', S('mprn', 'every:\u200e', 'run start --tester (LRM)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-cyr', ['run', 'start', '--tester', S('eserial', 'cyrillic', 'run start --tester (Cyrillic serial)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-dev', ['run', 'start', '--environment', S('mpan', 'devanagari', 'run start --environment (Devanagari digits)', '{}'), 'TC-MHHS-0102'], 'refuse')
P('run-start-long', ['run', 'start', '--purpose', ('Long purpose text about the COS witnessed test. ' * 120) + S('mpan', 'plain', 'run start --purpose (long value ~6KB, MPAN at end)', '{}'), '--witnessed', '--tester', 'QA-07', '--participant', 'witness:Dev Rao:DCC', 'TC-MHHS-0102'], 'ok', capture={'RUNL': r'^(\d+)'})
P('run-start-tz', ['runs', '--time-zone', S('mpan', 'plain', 'runs --time-zone (invalid zone)', 'Europe/{}')], 'refuse')
P('run-start-status', ['run', 'step', '{RUNW}', '--status', S('mpan', 'plain', 'run step --status invalid choice (argparse)', '{}')], 'refuse')
P('run-step-N', ['run', 'step', '{RUNW}', '--status', 'passed', '--step', S('mprn', 'plain', 'run step --step invalid int (argparse)', '{}'), '--deviation', 'x'], 'refuse')
P('run-participant', ['run', 'participant', '{RUNW}', '--name', K('Tomasz Wójcik', 'participant name keep'), '--org', K('Northvale Energy', 'keep'), '--role', 'observer'], 'ok')
P('run-participant-bad', ['run', 'participant', '{RUNW}', '--name', S('address', 'plain', 'run participant --name (address)', '{}'), '--org', 'X', '--role', 'observer'], 'refuse')
P('run-participant-org', ['run', 'participant', '{RUNW}', '--name', 'Sam Okafor', '--org', S('phone', 'sep:-', 'run participant --org (phone)', '{}'), '--role', 'observer'], 'refuse')
P('run-participant-by', ['run', 'participant', '{RUNW}', '--name', 'Lee Chan', '--org', 'DCC', '--role', 'observer', '--by', S('mpan', 'sep:_', 'run participant --by (underscored MPAN)', '{}')], 'refuse')

# payload files
def wr(name, data, mode='w', enc='utf-8'):
    p = C + '/' + name
    if mode == 'wb':
        open(p, 'wb').write(data)
    else:
        open(p, 'w', encoding=enc, newline='').write(data)
    return p
p_if031 = wr('IF-031_request_' + S('mpan', 'plain', 'run step --payload: file name', '{}') + '.json',
   json.dumps({'messageType': 'IF-031', 'correlationId': '3f2b9c1e-7a4d-4e2b-9f0a-1c2d3e4f5a6b', 'mpan': S('mpan', 'plain', 'payload JSON: mpan element', '{}'),
               'requestId': 'REQ-' + S('eui', 'eui-none-lower', 'payload JSON: request id built from device id', '{}') + '-0001',
               'deviceId': S('eui', 'eui-colon', 'payload JSON: deviceId', '{}'), 'customer': {'name': S('name', 'plain', 'payload JSON: customer name', '{}'), 'address': S('address', 'plain', 'payload JSON: address', '{}')},
               'note': 'nul\u0000' + S('mprn', 'plain', 'payload JSON: NUL before MPRN', '{}')}, indent=2))
p_resp = wr('response.xml', '<?xml version="1.0"?>\n<sr:Response xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway"><sr:DeviceID>' +
   S('eui', 'plain', 'response XML: DeviceID', '{}') + '</sr:DeviceID><sr:Note>base64 ' + base64.b64encode(S('mpan', 'plain', 'response XML: base64-encoded MPAN', 'MPAN {}').encode()).decode() +
   ' hex ' + S('mprn', 'plain', 'response XML: hex-encoded MPRN', '{}').encode().hex() + ' pct ' + urllib.parse.quote(S('email', 'plain', 'response XML: %-encoded e-mail', '{}'), safe='') + '</sr:Note></sr:Response>\n')
p_u32 = wr('log_utf32.txt', ('2026-03-14 10:22:05 INFO site ' + S('mpan', 'plain', 'attach UTF-32 log', '{}') + ' ok\n').encode('utf-32'), 'wb')
p_u16 = wr('log_utf16le.txt', ('2026-03-14 10:22:06 WARN Gas meter ' + S('gserial', 'plain', 'attach UTF-16LE (no BOM) log', '{}') + '\n').encode('utf-16-le'), 'wb')
p_html = wr('tracker_' + S('postcode', 'sep:-', 'attach: file name (hyphen postcode)', '{}') + '.html', '<html><body><p>MPAN <b>' + (lambda m: m[:6] + '</b><wbr>' + m[6:])(S('mpan', 'plain', 'attach HTML: <b>/<wbr> split', '{}')) + '</p><p>MPRN ' + S('mprn', 'sep:&nbsp;', 'attach HTML: &nbsp; separators', '{}') + '</p><p>' + ''.join('&#%d;' % ord(c) for c in S('eserial', 'plain', 'attach HTML: entity-encoded serial', '{}')) + '</p></body></html>')
p_notes = wr('notes.txt', 'Tester notes\nCustomer address ' + S('address', 'plain', 'attach notes: address in prose', '{}') + '\nSite: ' + S('address', 'plain', 'attach notes: Site label', '{}') +
   '\nGas meter ' + S('gserial', 'sep: ', 'attach notes: spaced gas serial', '{}') + '\n> MPAN ' + (lambda m: m[:7] + '\n> ' + m[7:])(S('mpan', 'plain', 'attach notes: quote-prefix line split', '{}')) + '\n' +
   'Keep: TC-MHHS-0042 D0010 IF-031 SRV 8.1 DIP-MSG-20260314-000123 2026-03-14T10:22:05Z £12.34 LLFC 801 MTC 845\n')
p_png = C + '/screen_' + S('name', 'plain', 'attach: image file name (name)', '{}').replace(' ', '_').lower() + '.png'
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
im = Image.new('RGB', (900, 200), 'white'); d = ImageDraw.Draw(im)
try: ft = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 26)
except Exception: ft = ImageFont.load_default()
d.text((20, 30), 'Supply point', fill='black', font=ft); d.text((20, 90), 'MPAN ' + S('mpan', 'sep: ', 'attach PNG: pixels', '{}'), fill='black', font=ft)
info = PngImagePlugin.PngInfo(); info.add_text('Comment', S('mprn', 'plain', 'attach PNG: tEXt chunk', 'MPRN {}'))
im.save(p_png, pnginfo=info)
truth['files'] = {k: v for k, v in dict(p_if031=p_if031, p_resp=p_resp, p_u32=p_u32, p_u16=p_u16, p_html=p_html, p_notes=p_notes, p_png=p_png).items()}

P('step1', ['run', 'step', '{RUNW}', '--status', 'passed', '--json', '--actual', 'HTTP 202 for ' + S('mpan', 'sep:,', 'run step --actual (commas)', '{}') + ' correlation 3f2b9c1e-7a4d-4e2b-9f0a-1c2d3e4f5a6b',
   '--payload', p_if031, '--response', p_resp, '--caption', 'IF-031 for ' + S('name', 'plain', 'run step --caption', '{}'), '--by', 'J.R.T.'], 'ok')
P('step2', ['run', 'step', '{RUNW}', '--status', 'passed', '--actual', 'Delivered; tracker for ' + S('postcode', 'sep:  ', 'run step --actual (double-space postcode)', '{}'),
   '--attach', p_html, '--attach', p_u32, '--attach', p_u16, '--attach', p_notes, '--attach', p_png, '--caption', S('eui', 'eui-dots', 'run step --caption (dotted EUI)', 'dev {}')], 'ok')
P('step-by-bad', ['run', 'step', '{RUNW}', '--status', 'passed', '--actual', 'x', '--by', S('name', 'plain', 'run step --by (witness-like customer name)', '{}')], 'refuse')
P('obs1', ['run', 'observe', '{RUNW}', '--kind', 'query', '--by', K('Dev Rao', 'by keep'), '--text', 'Why did meter ' + S('eserial', 'sep:.', 'run observe --text (dotted serial)', '{}') + ' not appear?'], 'ok', capture={'OBS1': r'observation (\d+)'})
P('obs2', ['run', 'observe', '{RUNW}', '--kind', 'defect-candidate', 'Customer ' + S('name', 'plain', 'run observe TEXT positional', '{}') + ' phoned ' + S('phone', 'every:\u2066', 'run observe TEXT (U+2066 isolates)', '{}')], 'ok', capture={'OBS2': r'observation (\d+)'})
P('obs3', ['run', 'observe', '{RUNW}', '--kind', 'gap', '--step', '2', '--text', 'Split A: MPAN ends ' + S('mpan', 'plain', 'split across two observations (first 6 + last 7)', '{}')[:0] + 'x'], 'ok')
P('obs-by', ['run', 'observe', '{RUNW}', '--text', 'x', '--by', S('email', 'plain', 'run observe --by (email)', '{}')], 'refuse')
P('respond', ['run', 'respond', '{OBS1}', '--by', 'J.R.T.', '--text', 'Serial was ' + S('eserial', 'plain', 'run respond --text', '{}') + ' at ' + S('address', 'plain', 'run respond --text', '{}')], 'ok')
P('respond-by', ['run', 'respond', '{OBS1}', '--text', 'x', '--by', S('mprn', 'plain', 'run respond --by (MPRN)', '{}')], 'refuse')
P('promote', ['run', 'promote', '{OBS2}', '--severity', 'S3', '--priority', 'P3', '--by', 'J.R.T.', '--title', 'D0150 missing for ' + S('mpan', 'every:\ufe0f', 'run promote --title (variation selectors)', '{}')], 'ok')
P('defect', ['run', 'defect', '{RUNW}', '--json', '--severity', 'S2', '--priority', 'P2', '--step', '1', '--by', 'J.R.T.', '--description', 'Repro: send IF-031 for ' + S('mpan', 'sep:\u00a0', 'run defect --description (NBSP groups)', '{}') + '; customer ' + S('email', 'plain', 'run defect --description', '{}'),
   'Wrong SSD for ' + S('mprn', 'sep:-', 'run defect TITLE (hyphen MPRN)', '{}')], 'ok', capture={'DEF': r'"id":\s*(\d+)'})
P('defect-by', ['run', 'defect', '{RUNW}', '--severity', 'S2', '--priority', 'P2', '--by', S('eui', 'plain', 'run defect --by (EUI)', '{}'), 't'], 'refuse')
P('defect-sev', ['run', 'defect', '{RUNW}', '--severity', S('mpan', 'plain', 'run defect --severity bad value', '{}'), '--priority', 'P2', 't'], 'refuse')
prop = mpan(); used.add(prop)
truth['secrets'].append(dict(id='P001', kind='mpan', value=prop, form='register add plain; then typed spaced/hyphen/fullwidth', typed=prop, where='propagation: registered value retyped in --actual/--caption/observe'))
P('reg-add-prop', ['register', 'add', '--kind', 'mpan', '--ref', K('MPAN002', 'register ref keep'), prop], 'ok')
P('step-prop', ['run', 'step', '{RUNW}', '--status', 'passed', '--actual', 'Re-sent for ' + ' '.join(groups(prop)), '--caption', 'site ' + '-'.join(groups(prop))], 'ok')
P('obs-prop', ['run', 'observe', '{RUNW}', '--text', 'Seen again: ' + form('mpan', prop, 'fullwidth')], 'ok')
sp = mpan()
truth['secrets'].append(dict(id='J001', kind='mpan', value=sp, form='split across --action / --expected of run amend', typed=sp[:6] + ' | ' + sp[6:], where='split: run amend --action ends with first 6 digits, --expected starts with last 7 (joined only in the pack table)'))
P('step3', ['run', 'step', '{RUNW}', '--status', 'failed', '--actual', 'Registration showed ' + S('gserial', 'plain', 'run step --actual (gas serial)', 'Gas meter {}')], 'ok')
P('washup', ['run', 'washup', '{RUNW}', '--outcome', 'accepted-with-observations', '--signed-by', K('Dev Rao', 'signed keep'), '--action', '{OBS1}=Add check for ' + S('mpan', 'sep::', 'run washup --action TEXT (colons)', '{}'), '--note', 'Note on ' + S('address', 'plain', 'run washup --note', '{}'), '--by', 'J.R.T.'], 'ok')
P('washup-signed', ['run', 'washup', '{RUNL}', '--outcome', 'rerun', '--signed-by', S('name', 'plain', 'run washup --signed-by (not a participant)', '{}')], 'refuse')

# unwitnessed run for amend, evidence
P('run-start-u', ['run', 'start', '--json', '--tester', K('Priya Natarajan', 'tester keep'), '--environment', K('SIT-A', 'keep'), 'TC-MHHS-0101'], 'ok', capture={'RUNU': r'"id":\s*(\d+)'})
P('amend-split', ['run', 'amend', '{RUNU}', '--step', '1', '--action', 'Send D0010 for supply ' + sp[:2] + ' ' + sp[2:6], '--expected', sp[6:10] + ' ' + sp[10:] + ' accepted', '--reason', 'typo'], 'ok')
P('amend', ['run', 'amend', '{RUNU}', '--step', '2', '--action', 'Send D0150 for ' + S('mpan', 'sep:/', 'run amend --action (slashes)', '{}'), '--expected', 'Meter ' + S('eserial', 'plain', 'run amend --expected', '{}'), '--reason', 'Script had ' + S('postcode', 'lower', 'run amend --reason (lower postcode)', '{}')], 'ok')
P('amend-by', ['run', 'amend', '{RUNU}', '--step', '2', '--action', 'x', '--reason', 'y', '--by', S('phone', 'plain', 'run amend --by (phone)', '{}')], 'refuse')
P('u-step1', ['run', 'step', '{RUNU}', '--status', 'passed', '--actual', 'ok ' + S('mpan', 'plain', 'split: first half here', '{}')[:0], '--attach', p_png, '--caption', K('Registration screen', 'caption keep')], 'ok')
P('u-step2', ['run', 'step', '{RUNU}', '--status', 'passed', '--step', '2', '--deviation', 'Skipped re-send for ' + S('mprn', 'plain', 'run step --deviation', '{}'), '--actual', 'done'], 'any')
P('ev-list', ['run', 'show', '--json', '{RUNU}'], 'ok', capture={'ITEM': r'"evidence":\s*\[\s*\{\s*"id":\s*(\d+)'})
P('annotate', ['evidence', 'annotate', '{ITEM}', '--box', '10,10,100,40:' + S('name', 'plain', 'evidence annotate --box label', '{}'), '--arrow', '5,5,50,50:' + S('mpan', 'plain', 'evidence annotate --arrow label', '{}'),
   '--text', '30,150:' + S('postcode', 'plain', 'evidence annotate --text', '{}'), '--callout', '60,60,1:' + S('eui', 'eui-colon', 'evidence annotate --callout label', '{}'), '--by', 'J.R.T.'], 'any')
annj = C + '/ann_' + S('mprn', 'plain', 'evidence annotate --file: file name', '{}') + '.json'
open(annj, 'w').write(json.dumps([{'type': 'box', 'x': 10, 'y': 10, 'w': 50, 'h': 20, 'text': S('email', 'plain', 'evidence annotate --file JSON text', '{}')}]))
P('annotate-file', ['evidence', 'annotate', '{ITEM}', '--file', annj], 'any')
P('annotate-by', ['evidence', 'annotate', '{ITEM}', '--box', '1,1,5,5', '--by', S('mpan', 'plain', 'evidence annotate --by', '{}')], 'refuse')
P('annotate-clean', ['evidence', 'annotate', '{ITEM}', '--box', '10,10,100,40:' + K('MPAN field', 'label keep'), '--text', '30,150:' + K('TC-MHHS-0042 step 1', 'label keep')], 'ok')
P('mask', ['evidence', 'mask', '{ITEM}', '--add', '0,0,10,10', '--by', 'J.R.T.'], 'any')
P('mask-rm', ['evidence', 'mask', '{ITEM}', '--remove', '1', '--reason', 'Wrongly masked ' + S('mprn', 'plain', 'evidence mask --reason', '{}')], 'any')
P('finish-u', ['run', 'finish', '{RUNU}'], 'any')
P('defect-move', ['defect', 'move', '{DEF}', '--to', 'deferred', '--reason', 'Deferred, site ' + S('address', 'plain', 'defect move --reason', '{}'), '--by', 'J.R.T.'], 'ok')
P('defect-move-by', ['defect', 'move', '{DEF}', '--to', 'open', '--reason', 'x', '--by', S('postcode', 'plain', 'defect move --by (postcode)', '{}')], 'refuse')
P('defect-link-by', ['defect', 'link', '{DEF}', '--evidence', '{ITEM}', '--by', S('gserial', 'plain', 'defect link --by (gas serial)', '{}')], 'refuse')
P('defect-show-bad', ['defect', 'show', S('mpan', 'plain', 'defect show ID (invalid)', '{}')], 'refuse')
P('run-show-bad', ['run', 'show', S('mpan', 'plain', 'run show RUN (invalid)', '{}')], 'refuse')
P('defect-list-status', ['defect', 'list', '--status', S('mprn', 'plain', 'defect list --status (invalid)', '{}')], 'refuse')
P('defect-show', ['defect', 'show', '{DEF}'], 'ok')
P('finish-w', ['run', 'finish', '{RUNW}'], 'any')
P('run-show-w', ['run', 'show', '{RUNW}'], 'ok'); P('run-show-w-json', ['run', 'show', '--json', '{RUNW}'], 'ok')
P('runs', ['runs', '--json'], 'ok')
OUT = ROOT + '/out2'
P('pack', ['pack', '--with-files', '--out', OUT + '/pack_run_w.docx', '{RUNW}'], 'any')
P('pack-u', ['pack', '--with-files', '--out', OUT + '/pack_' + S('mpan', 'plain', 'pack --out file name', '{}') + '.docx', '{RUNU}'], 'any')
P('pack-lowerserial', ['pack', '--out', OUT + '/' + S('eserial', 'lower', 'pack --out file name (lower serial)', 'TC-MHHS-0101_{}') + '.docx', '{RUNU}'], 'refuse')
P('pack-u2', ['pack', '--out', OUT + '/pack_u_clean.docx', '{RUNU}'], 'any')
P('witness-report', ['witness', 'report', '--out', OUT + '/witness_' + S('postcode', 'sep:_', 'witness report --out file name', '{}') + '.docx', '{RUNW}'], 'any')
P('witness-report2', ['witness', 'report', '--out', OUT + '/witness_clean.docx', '{RUNW}'], 'any')
P('report', ['report', 'completion', '--out', OUT + '/completion.docx', '--recommendations', 'Re-run for ' + S('mpan', 'every: ', 'report completion --recommendations (space between every digit)', '{}'),
   '--lessons', 'Lessons: ' + S('name', 'plain', 'report completion --lessons', '{}') + ' ' + S('email', 'email-at', 'report completion --lessons ((at)/(dot) e-mail)', '{}') + '; keep TC-MHHS-0042, v3.4.1', '--by', 'J.R.T.', '{PLANC}'], 'any')
P('report-name', ['report', 'completion', '--out', OUT + '/completion_' + S('name', 'plain', 'report completion --out file name (person name)', '{}').replace(' ', '_') + '.docx', '{PLANC}'], 'any')
P('report-by', ['report', 'completion', '--out', OUT + '/completion2.docx', '--by', S('mpan', 'plain', 'report completion --by', '{}'), '{PLANC}'], 'refuse')
P('verify-bad', ['verify', C + '/' + S('mpan', 'plain', 'verify FILE (missing, name)', 'pack_{}') + '.docx'], 'refuse')
P('audit-trust', ['audit', 'trust', '--reason', 'Moved from laptop of ' + S('name', 'plain', 'audit trust --reason', '{}'), '--by', 'J.R.T.'], 'any')
P('audit-trust-by', ['audit', 'trust', '--reason', 'x', '--by', S('mpan', 'plain', 'audit trust --by', '{}')], 'refuse')
P('audit-verify-head', ['audit', 'verify', '--head', S('mpan', 'plain', 'audit verify --head (bad hash)', '{}')], 'any')
P('audit-verify', ['audit', 'verify'], 'ok')
# redact / scan
rin = wr('redact_in_' + S('mprn', 'plain', 'redact INPUT file name', '{}') + '.txt', 'Customer ' + S('name', 'plain', 'redact INPUT content', '{}') + ' MPAN ' + S('mpan', 'plain', 'redact INPUT content', '{}') + ' keep IF-031\n')
P('redact', ['redact', '--register', '--out', OUT + '/redacted', '--report', OUT + '/redact_report.json', rin], 'any')
P('scan', ['scan', rin], 'any')
P('scan-reg', ['scan', '--register', C], 'any')
# ado (no network: invalid TLD)
P('ado-connect', ['ado', 'connect', '--org', 'https://ado.invalid/' + S('name', 'plain', 'ado connect --org URL', '{}').replace(' ', ''), '--project', 'SIT ' + S('mpan', 'plain', 'ado connect --project', '{}'),
   '--area', 'SM\\' + S('postcode', 'plain', 'ado connect --area', '{}'), '--iteration', 'R2\\' + S('eserial', 'plain', 'ado connect --iteration', '{}'), '--token-stdin', '--by', 'J.R.T.'], 'any', stdin='fakepat' + S('mprn', 'plain', 'ado connect token via stdin', '{}') + '\n')
P('ado-pull', ['ado', 'pull', '--plan', S('mpan', 'plain', 'ado pull --plan ID', '{}')], 'any')
P('ado-publish', ['ado', 'publish', '--dry-run', '--by', S('name', 'plain', 'ado publish --by', '{}'), '{RUNW}'], 'refuse')
P('ado-status', ['ado', 'status'], 'any')
# @-file and env vars
atf = wr('args_at.txt', '--tester\n' + S('mpan', 'plain', '@-file argument (--tester)', '{}') + '\n')
P('at-file', ['run', 'start', '@' + atf, 'TC-MHHS-0102'], 'any')
P('env-tz', ['runs'], 'any', env={'ATTEST_TIME_ZONE': S('mprn', 'plain', 'env ATTEST_TIME_ZONE', 'Europe/{}')})
P('env-user', ['run', 'observe', '{RUNL}', '--text', 'default --by from login'], 'any', env={'USER': S('name', 'plain', 'env USER/LOGNAME (default --by)', '{}').replace(' ', '.'), 'LOGNAME': None})
P('settings', ['settings', 'originals', 'encrypted'], 'any')
P('settings-bad', ['settings', 'originals', S('mpan', 'plain', 'settings bad choice', '{}')], 'refuse')
P('gc', ['gc', '--json'], 'any')
P('finish-l', ['run', 'finish', '{RUNL}'], 'any')
P('pack-l', ['pack', '--out', OUT + '/pack_long.docx', '{RUNL}'], 'any')
# keep-refusal probes (should be accepted)
P('keep-tester-tc', ['run', 'start', '--tester', K('TC-MHHS-0042', 'tester = case-id-like keep'), '--environment', K('SIT-B 2026-03-14 v3.4.1', 'env keep'), 'TC-MHHS-0102'], 'ok')
P('keep-reg-ref', ['register', 'add', '--kind', 'other', '--ref', K('DIP-MSG-20260314-000123', 'register ref DIP id keep'), 'some other value'], 'ok')
P('keep-reg-guid', ['register', 'add', '--kind', 'other', '--ref', K('REF-3f2b9c1e', 'register ref keep'), 'val2'], 'ok')
P('keep-plan', ['plan', 'create', '--by', K('A.N.', 'initials keep'), '--release', K('R2.1.3', 'keep'), K('PIT 2026-Q2 run 7', 'plan keep')], 'ok')
P('keep-by-initials', ['run', 'observe', '{RUNL}', '--by', K('JRT', 'initials keep'), '--text', K('Checked SRV 8.1 response 0x8F1C at 2026-03-14 10:22', 'obs keep')], 'any')

# workspace path / env workspace / kill -9 mid-run
P('ws-path', ['cases'], 'any', note='workspace=' + ROOT + '/ws_' + S('mpan', 'plain', '--workspace DIR path', '{}'))
P('env-ws', ['cases'], 'any', env={'ATTEST_WORKSPACE': ROOT + '/wsenv_' + S('postcode', 'sep:_', 'env ATTEST_WORKSPACE path', '{}')}, note='noworkspace')
big = C + '/big_payload_' + S('mprn', 'plain', 'killed run step: payload file name', '{}') + '.txt'
open(big, 'w').write(''.join('2026-03-14 10:%02d:%02d INFO D0010 reading 0451%d.7 for meter %s ok\n' % (i//60%60, i%60, i%10, 'AB%02dC%05d' % (i%90+10, i)) for i in range(60000)) + 'site ' + S('mpan', 'plain', 'killed run step: payload content', '{}') + '\n')
P('kill-step', ['run', 'step', '{RUNL}', '--status', 'passed', '--actual', 'Killed mid-run for ' + S('mpan', 'sep:-', 'killed run step --actual', '{}'), '--payload', big], 'any', note='kill=1.5')
P('after-kill-gc', ['gc', '--json'], 'any')

truth['plan_note'] = 'split-field secrets are recorded but given as [:0] (empty) -- not used'
truth['secrets'] = [s for s in truth['secrets'] if not s['where'].startswith('split')]
json.dump(truth, open(ROOT + '/truth2.json', 'w'), ensure_ascii=False, indent=1)
json.dump(plan, open(ROOT + '/plan2.json', 'w'), ensure_ascii=False, indent=1)
print(len(truth['secrets']), 'secrets', len(truth['keeps']), 'keeps', len(plan), 'commands')
