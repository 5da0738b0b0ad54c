#!/tmp/venv/bin/python
"""Generate the held-out typed-fields corpus: identifier values, obfuscated forms, input files,
the command plan (plan.json) and the truth (truth.json). Deterministic (seeded)."""
import base64, json, os, random, re, shutil, unicodedata, urllib.parse, zlib, struct
from pathlib import Path

ROOT = Path('/tmp/ho33/fields')
C = ROOT / 'corpus'
if C.exists():
    shutil.rmtree(C)
C.mkdir()
rnd = random.Random(3312)

W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan(dist):
    while True:
        body = f"{dist:02d}" + ''.join(rnd.choice('0123456789') for _ in range(10))
        cd = sum(int(d) * w for d, w in zip(body, W)) % 11 % 10
        return body + str(cd)

def mprn():
    return str(rnd.randint(1, 9)) + ''.join(rnd.choice('0123456789') for _ in range(9))

# ---------------- canonical values ----------------
M = [mpan(10 + (i * 7) % 14) for i in range(60)]
G = [mprn() for _ in range(16)]
S = ['E19A0472318', 'LG21M0387456', 'S1E00734521', 'K18B0093712', 'EM22C0451197', 'AB20D1237789', 'L17P0556120', 'E21Z0083412', 'F20K0011934', 'EL23H0734462', 'D19A1100237', 'HS22B0447391']
GS = ['G4K02918473', 'E6S12837461923', 'G4F00471293', 'E6S09912345621', 'U6L00238814', 'G4A00319877']
EUI = ['00-1B-C5-0C-00-3F-A2-71', '00-1B-C5-0C-00-4E-19-D8', '00-1B-C5-0C-00-7A-0B-33', '70-B3-D5-2A-10-00-C4-5E',
       '00-1B-C5-0C-00-91-6F-02', '70-B3-D5-2A-10-01-3D-A9', '00-1B-C5-0C-00-B2-88-4C', '00-1B-C5-0C-00-C7-21-5A', '70-B3-D5-2A-10-02-8E-14', '00-1B-C5-0C-00-D3-4B-96']
NAMES = ['Ottoline Pargeter', 'Malachy Fennimore', 'Rhiannon Tegwyn-Alcott', 'Oluwaseun Brackenbury', 'Iestyn Quarrell',
         'Saoirse Lanyon-Hythe', 'Thaddeus Wormleighton', 'Perpetua Hollingdrake', 'Caspian Ardmillan', 'Wilhelmina Scarrott',
         'Bronwen Tallentire', 'Ferdinand Okonkwo-Pryce', 'Hermione Blackstaffe', 'Lysander Quayle-Moss', 'Cordelia Featherstonhaugh', 'Augustin Mavrogordato', 'Jessamy Polglaze', 'Evander Nightingale-Royce', 'Philippa Gorringe', 'Ambrose Trelawny-Baines', 'Octavia Penhallow']
PC = ['LS6 1PQ', 'BS7 8NR', 'M14 6HU', 'CF24 3DX', 'NE6 5TQ', 'EH9 2JW', 'SW9 8LF', 'B29 7QS', 'G41 3RT', 'NR2 4EZ', 'PL4 7AJ', 'YO10 3BW', 'DE22 1HT', 'S11 8YQ', 'CB4 2XL', 'OX4 1RJ', 'LE3 0PN', 'HU5 2TG']
ADDR = ['14 Quillmoor Crescent, Harrowfield, LS6 2QA', 'Flat 3, 27 Tansley Rise, Bristol, BS6 5EF',
        '8 Corvedale Gardens, Withington, M20 3GH', 'Ty Newydd, 41 Penylan Terrace, Cardiff, CF23 9AB',
        '112 Heaton Grove Road, Newcastle upon Tyne, NE6 1TE', '5 Marchmont Wynd, Edinburgh, EH10 4PL',
        '73 Lorrimore Close, Selly Oak, B30 2XD', '22 Fernbrook Mews, Headington, OX3 7DQ']
STREETS = ['Quillmoor Crescent', 'Tansley Rise', 'Corvedale Gardens', 'Penylan Terrace', 'Heaton Grove Road', 'Marchmont Wynd', 'Lorrimore Close', 'Fernbrook Mews']
PHONE = ['01632 960473', '07700 900461', '020 7946 0732', '07700 900118', '01632 960925', '07700 900387', '01632 960218', '020 7946 0589']
EMAIL = ['ottoline.pargeter@example.com', 'm.fennimore@example.org', 'rtegwyn.alcott@example.net', 'quarrell.iestyn@customermail.example.com',
         'hollingdrake.p@example.org', 'w.scarrott@homesupply.example.net', 'bronwen.t@example.com', 'f.okonkwo-pryce@example.net', 'lq.moss@energyhome.example.org']

# ---------------- obfuscation forms ----------------
def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return out
def g_mpan(m, sep=' '): return sep.join(groups(m, [2, 4, 4, 3]))
def between(s, ch): return ch.join(s)
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
AR = {str(i): chr(0x0660 + i) for i in range(10)}
def fullwidth(s): return ''.join(FW.get(c, c) for c in s)
def arabic(s): return ''.join(AR.get(c, c) for c in s)
def b64(s): return base64.b64encode(s.encode()).decode()
def hexs(s): return s.encode().hex()
def pct(s): return ''.join('%%%02X' % b for b in s.encode())
def ent(s): return ''.join('&#%d;' % ord(c) for c in s)
NBSP = '\u00a0'

def norm_key(s):
    """canonical search key: NFKC, unicode digits to ASCII, lower, alnum only"""
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    return re.sub(r'[^a-z0-9]', '', s.lower())

TRUTH = []   # probes
KEEPS = []   # non-identifiers that must survive
def probe(pid, step, field, kind, typed, canon, extra_keys=(), form='plain', identity=False):
    keys = [norm_key(canon)]
    if kind == 'name':
        keys.append(norm_key(canon.split()[-1]))  # surname alone
    if kind == 'address':
        pass
    if kind == 'email':
        keys.append(norm_key(canon.split('@')[0]))
    for k in extra_keys:
        keys.append(k)
    TRUTH.append(dict(id=pid, step=step, field=field, kind=kind, form=form, typed=typed, canonical=canon,
                      keys=sorted(set(keys)), identity=identity))
    return typed
def keep(kid, step, field, text):
    KEEPS.append(dict(id=kid, step=step, field=field, text=text, key=norm_key(text)))
    return text

PLAN = []  # commands: dict(label, argv (list, placeholders {NAME}), env, stdin, capture (name->regex|json path))
def cmd(label, argv, stdin=None, capture=None, env=None, expect=None):
    PLAN.append(dict(label=label, argv=argv, stdin=stdin, capture=capture or {}, env=env or {}, expect=expect))

# ====================================================================================================
# 0. settings
cmd('settings-originals', ['settings', 'originals', 'encrypted'])

# 1. register
cmd('reg-add-mpan', ['register', 'add', '--kind', 'mpan', '--json', probe('R01', 'reg-add-mpan', 'VALUE', 'mpan', M[0], M[0])], capture={'REF_M0': 'json:reference'})
cmd('reg-add-name', ['register', 'add', '--kind', 'name', probe('R02', 'reg-add-name', 'VALUE', 'name', NAMES[0], NAMES[0])])
cmd('reg-add-serial', ['register', 'add', '--kind', 'serial', probe('R03', 'reg-add-serial', 'VALUE', 'serial', S[0], S[0])])
cmd('reg-add-mprn', ['register', 'add', '--kind', 'mprn', probe('R04', 'reg-add-mprn', 'VALUE', 'mprn', G[0], G[0])])
cmd('reg-add-device', ['register', 'add', '--kind', 'device', probe('R05', 'reg-add-device', 'VALUE', 'eui64', EUI[0], EUI[0])])
cmd('reg-add-address', ['register', 'add', '--kind', 'address', probe('R06', 'reg-add-address', 'VALUE', 'address', ADDR[0], STREETS[0])])
cmd('reg-add-postcode', ['register', 'add', '--kind', 'postcode', probe('R07', 'reg-add-postcode', 'VALUE', 'postcode', PC[0], PC[0])])
cmd('reg-add-email', ['register', 'add', '--kind', 'email', probe('R08', 'reg-add-email', 'VALUE', 'email', EMAIL[0], EMAIL[0])])
cmd('reg-add-phone', ['register', 'add', '--kind', 'phone', probe('R09', 'reg-add-phone', 'VALUE', 'phone', PHONE[0], PHONE[0])])
cmd('reg-add-gasserial', ['register', 'add', '--kind', 'msn', probe('R09b', 'reg-add-gasserial', 'VALUE', 'gas-serial', GS[0], GS[0])])
cmd('reg-add-stdin', ['register', 'add', '--kind', 'mpan', '--ref', keep('K-ref1', 'reg-add-stdin', '--ref', 'MPAN042'), '-'],
    stdin=probe('R15', 'reg-add-stdin', 'VALUE(stdin)', 'mpan', g_mpan(M[20]) + '\n', M[20], form='spaced'))
# identity: --ref holding identifiers (expect refused, exit 2, no echo)
cmd('reg-ref-mpan', ['register', 'add', '--kind', 'mpan', '--ref', probe('R10', 'reg-ref-mpan', '--ref', 'mpan', g_mpan(M[1]), M[1], form='spaced', identity=True), M[21]])
probe('R10v', 'reg-ref-mpan', 'VALUE', 'mpan', M[21], M[21])
cmd('reg-ref-serial', ['register', 'add', '--kind', 'serial', '--ref', probe('R11', 'reg-ref-serial', '--ref', 'serial', S[1].lower(), S[1], form='lower', identity=True), S[2]])
probe('R11v', 'reg-ref-serial', 'VALUE', 'serial', S[2], S[2])
cmd('reg-ref-postcode', ['register', 'add', '--kind', 'name', '--ref', probe('R12', 'reg-ref-postcode', '--ref', 'postcode', 'CUST-' + PC[1].replace(' ', '_'), PC[1], form='underscore', identity=True), NAMES[1]])
probe('R12v', 'reg-ref-postcode', 'VALUE', 'name', NAMES[1], NAMES[1])
cmd('reg-ref-eui', ['register', 'add', '--kind', 'device', '--ref', probe('R13', 'reg-ref-eui', '--ref', 'eui64', 'CHF-' + EUI[1].replace('-', '').lower(), EUI[1], form='nosep-lower', identity=True), EUI[2]])
probe('R13v', 'reg-ref-eui', 'VALUE', 'eui64', EUI[2], EUI[2])
cmd('reg-ref-mprn-fmt', ['register', 'add', '--kind', 'mprn', '--ref', probe('R13b', 'reg-ref-mprn-fmt', '--ref', 'mprn', between(G[1], '\u2063'), G[1], form='U+2063', identity=True), G[2]])
probe('R13bv', 'reg-ref-mprn-fmt', 'VALUE', 'mprn', G[2], G[2])
# register import: file name holding an MPAN, references holding identifiers
regdir = C / 'register'
regdir.mkdir()
regfile = regdir / ('test data ' + g_mpan(M[2], '_') + '.csv')
probe('R14f', 'reg-import', 'file name', 'mpan', regfile.name, M[2], form='underscore')
rows = [('kind', 'value', 'reference'),
        ('mpan', probe('R14a', 'reg-import', 'csv value', 'mpan', M[3], M[3]), keep('K-ref2', 'reg-import', 'csv reference', 'MPAN077')),
        ('mprn', probe('R14b', 'reg-import', 'csv value', 'mprn', G[3], G[3]), probe('R14c', 'reg-import', 'csv reference', 'mpan', 'SP' + M[4], M[4], identity=True)),
        ('serial', probe('R14d', 'reg-import', 'csv value', 'serial', S[3], S[3]), probe('R14e', 'reg-import', 'csv reference', 'eui64', EUI[3].replace('-', ':'), EUI[3], form='colon', identity=True)),
        ('name', probe('R14g', 'reg-import', 'csv value', 'name', NAMES[2], NAMES[2]), probe('R14h', 'reg-import', 'csv reference', 'postcode', 'PREM-' + PC[2].replace(' ', ''), PC[2], form='nospace', identity=True)),
        ('email', probe('R14i', 'reg-import', 'csv value', 'email', EMAIL[1], EMAIL[1]), keep('K-ref3', 'reg-import', 'csv reference', 'EMAIL009'))]
with open(regfile, 'w', newline='') as f:
    import csv
    csv.writer(f).writerows(rows)
cmd('reg-import', ['register', 'import', '--json', str(regfile)])
cmd('reg-list', ['register', 'list', '--json'])

# 2. imports ------------------------------------------------------------------------------------------
impdir = C / 'imports' / ('Brackenbury ' + PC[3].replace(' ', '-'))   # folder: customer surname + postcode
impdir.mkdir(parents=True)
probe('I00', 'import-attest', 'folder name (path)', 'name', impdir.name, NAMES[3], form='path')
probe('I00b', 'import-attest', 'folder name (path)', 'postcode', impdir.name, PC[3], form='hyphen')
yfile = impdir / ('FM cases mpan ' + M[5] + '.yaml')
probe('I01', 'import-attest', 'file name', 'mpan', yfile.name, M[5])
ycase_ref_bad = 'MIG_' + M[6]
yaml_text = f'''attest: 1
cases:
  - reference: {keep('K-case1', 'import-attest', 'reference', 'FM_TS_9_TC_07')}
    title: "{probe('I02', 'import-attest', 'title', 'mprn', 'Forward migration – gas site MPRN ' + ' '.join(groups(G[4], [4, 3, 3])), G[4], form='spaced')}"
    description: |
      Customer {probe('I03', 'import-attest', 'description', 'name', NAMES[4], NAMES[4], form='prose')} at {probe('I04', 'import-attest', 'description', 'address', ADDR[1], STREETS[1], form='prose')}
      called on {probe('I05', 'import-attest', 'description', 'phone', PHONE[1], PHONE[1])} to confirm access. Use message IF-031 via the DIP.
    preconditions: |
      - Comms hub {probe('I06', 'import-attest', 'preconditions', 'eui64', EUI[4].replace('-', '').lower()[:4] + '.' + EUI[4].replace('-', '').lower()[4:8] + '.' + EUI[4].replace('-', '').lower()[8:12] + '.' + EUI[4].replace('-', '').lower()[12:], EUI[4], form='dotted')} is commissioned in SIT-A
      - SRV 8.1 available
    test_data: "ESME {probe('I07', 'import-attest', 'test_data', 'serial', S[4].lower(), S[4], form='lower')}; MPAN {probe('I08', 'import-attest', 'test_data', 'mpan', between(M[7], chr(0x200E)), M[7], form='LRM')}"
    attributes:
      release: R2
      tester: "{probe('I09', 'import-attest', 'attributes.tester', 'email', NAMES[5] + ' <' + EMAIL[2] + '>', EMAIL[2])}"
      site: "{probe('I09b', 'import-attest', 'attributes.site', 'postcode', PC[4].replace(' ', NBSP), PC[4], form='NBSP')}"
    steps:
      - action: "Submit IF-031 for MPAN {probe('I10', 'import-attest', 'steps[1].action', 'mpan', between(M[8], chr(0x2063)), M[8], form='U+2063')}"
        expected: "DIP returns HTTP 202; D0010 reading 004512 kWh for postcode {probe('I11', 'import-attest', 'steps[1].expected', 'postcode', PC[5].lower().replace(' ', '  '), PC[5], form='lower-doublespace')}"
        checks:
          - "Gas meter {probe('I12', 'import-attest', 'steps[1].checks', 'gas-serial', GS[1], GS[1], form='gas-label')} shows Commissioned"
        payload: '{{"messageType": "IF-031", "mpan": "{probe('I13', 'import-attest', 'steps[1].payload', 'mpan', M[9], M[9])}", "deviceId": "{probe('I14', 'import-attest', 'steps[1].payload', 'eui64', '0x' + EUI[5].replace('-', ''), EUI[5], form='0x')}", "effectiveFromDate": "2026-12-01"}}'
      - name: "{probe('I15', 'import-attest', 'steps[2].name', 'serial', ' '.join(groups(S[5], [2, 2, 1, 7])), S[5], form='spaced')}"
        action: "Read register 1.8.0 on {probe('I16', 'import-attest', 'steps[2].action', 'mpan', M[10].replace('', chr(0xFE0F))[1:-1], M[10], form='VS16')}"
        expected: "Reading within 0.5 %"
        instructions:
          - "Call {probe('I17', 'import-attest', 'steps[2].instructions', 'name', NAMES[6], NAMES[6], form='prose')} on {probe('I18', 'import-attest', 'steps[2].instructions', 'phone', PHONE[2].replace(' ', '-'), PHONE[2], form='hyphen')}"
  - reference: "{probe('I19', 'import-attest', 'reference', 'mpan', ycase_ref_bad, M[6], identity=True)}"
    title: "{keep('K-title2', 'import-attest', 'title', 'Change of supplier on a migrated MPAN with a SMETS2 meter')}"
    steps:
      - action: "{keep('K-act2', 'import-attest', 'steps[1].action', 'Send DUIS SRV 8.1.1 and wait for the response')}"
        expected: "{keep('K-exp2', 'import-attest', 'steps[1].expected', 'Response code I0 within 30 s')}"
'''
yfile.write_text(yaml_text, encoding='utf-8')
cmd('import-attest', ['import', '--json', str(yfile)])

# cactus: reference comes from the file stem
cdir = C / 'imports' / 'cactus'
cdir.mkdir(parents=True)
cfile = cdir / ('DER-' + S[6].lower() + '.yaml')
probe('I20', 'import-cactus', 'file name (-> reference)', 'serial', cfile.name, S[6], form='lower', identity=True)
cactus = f'''Description: "Export limit at the premises of {probe('I21', 'import-cactus', 'Description', 'name', NAMES[7], NAMES[7], form='prose')}, MPAN {probe('I22', 'import-cactus', 'Description', 'mpan', g_mpan(M[11], '_'), M[11], form='underscore')}"
Category: "{probe('I23', 'import-cactus', 'Category', 'postcode', PC[6].replace(' ', '_'), PC[6], form='underscore')}"
Classes: [A, DER-A]
TargetVersions: [v1.2]
Preconditions:
  instructions:
    - "Site: {probe('I24', 'import-cactus', 'Preconditions.instructions', 'address', ADDR[2], STREETS[2], form='site-label')}"
Criteria:
  checks:
    - type: all-steps-complete
Steps:
  DISCOVER:
    event:
      type: GET-request-received
      parameters:
        endpoint: "/edev/{probe('I25', 'import-cactus', 'Steps.event.parameters.endpoint', 'eui64', EUI[6].replace('-', ''), EUI[6], form='nosep')}/dcap"
    instructions:
      - "Restart the inverter; gas meter serial {probe('I26', 'import-cactus', 'Steps.instructions', 'gas-serial', ' '.join([GS[2][:2], GS[2][2:5], GS[2][5:]]), GS[2], form='spaced')}"
    actions:
      - type: finish-test
        parameters: {{}}
'''
cfile.write_text(cactus, encoding='utf-8')
cmd('import-cactus', ['import', '--json', str(cfile)])

# ADO CSV
adir = C / 'imports' / 'ado'
adir.mkdir(parents=True)
afile = adir / ('ADO export ' + NAMES[8].replace(' ', '_') + '.csv')
probe('I30', 'import-ado', 'file name', 'name', afile.name, NAMES[8], form='underscore')
arows = [['ID', 'Work Item Type', 'Title', 'Test Step', 'Step Action', 'Step Expected', 'Area Path', 'Assigned To', 'State'],
         [keep('K-adoid', 'import-ado', 'ID', '40877'), 'Test Case', probe('I31', 'import-ado', 'Title', 'mpan', 'Top-up on MPAN ' + fullwidth(M[12]), M[12], form='fullwidth'), '', '', '',
          probe('I32', 'import-ado', 'Area Path', 'postcode', 'Smart Metering\\SIT\\' + PC[7].lower(), PC[7], form='lower'),
          probe('I33', 'import-ado', 'Assigned To', 'email', NAMES[9] + ' <' + EMAIL[3] + '>', EMAIL[3]), 'Ready'],
         ['', '', '', '1', probe('I34', 'import-ado', 'Step Action', 'phone', 'Ring the customer on +44 ' + PHONE[3][1:].replace(' ', '.'), PHONE[3], extra_keys=[norm_key('44' + PHONE[3][1:])], form='intl-dots'),
          probe('I35', 'import-ado', 'Step Expected', 'mprn', 'Gas supply point ' + '-'.join(groups(G[5], [3, 3, 4])) + ' shows credit £10.00', G[5], form='hyphen'), '', '', ''],
         ['', '', '', '2', probe('I36', 'import-ado', 'Step Action', 'mpan', 'Send D0010 for ' + ' '.join(M[13]) , M[13], form='every-digit-spaced'),
          keep('K-adoexp', 'import-ado', 'Step Expected', 'D0010 accepted; flow status Processed'), '', '', '']]
with open(afile, 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(arows)
cmd('import-ado', ['import', '--json', str(afile)])

# ALM Excel
import openpyxl
ldir = C / 'imports' / 'alm'
ldir.mkdir(parents=True)
lfile = ldir / ('alm_' + GS[3].lower() + '.xlsx')
probe('I40', 'import-alm', 'file name', 'gas-serial', lfile.name, GS[3], form='lower')
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Design Steps'
ws.append(['Subject', 'Test Name', 'Type', 'Description', 'Status', 'Designer', 'Step Name', 'Description', 'Expected'])
ws.append([probe('I41', 'import-alm', 'Subject', 'name', 'Subject\\MHHS\\' + NAMES[10], NAMES[10], form='path'),
           keep('K-almname', 'import-alm', 'Test Name', 'SIT_COS_TC_44'), 'MANUAL',
           probe('I42', 'import-alm', 'Description', 'mpan', 'Gaining supplier registers MPAN ' + ','.join(groups(M[14], [2, 4, 4, 3])), M[14], form='comma'),
           'Ready', probe('I43', 'import-alm', 'Designer', 'email', EMAIL[4], EMAIL[4]),
           'Step 1', probe('I44', 'import-alm', 'Step Description', 'address', 'Visit ' + ADDR[4], STREETS[4], form='prose'),
           probe('I45', 'import-alm', 'Expected', 'serial', 'Meter ' + '-'.join(groups(S[7], [3, 8])) + ' read OK', S[7], form='hyphen')])
ws.append(['', '', '', '', '', '', 'Step 2', probe('I46', 'import-alm', 'Step Description (2)', 'mpan', 'MPAN ' + arabic(M[15]), M[15], form='arabic-indic'),
           keep('K-almexp', 'import-alm', 'Expected', 'D0150 received within SLA')])
wb.save(lfile)
cmd('import-alm', ['import', '--json', str(lfile)])
# attest format as JSON (forced)
jfile = C / 'imports' / ('cases-' + between(G[6], '.') + '.json')
probe('I50', 'import-json', 'file name', 'mprn', jfile.name, G[6], form='dots')
jfile.write_text(json.dumps({'attest': 1, 'cases': [{
    'reference': keep('K-case3', 'import-json', 'reference', 'COS_TS_2_TC_11'),
    'title': probe('I51', 'import-json', 'title', 'mpan', 'COS for ' + b64(M[16]), M[16], extra_keys=[norm_key(b64(M[16]))], form='base64'),
    'description': probe('I52', 'import-json', 'description', 'mpan', 'mpan=' + pct(M[17]), M[17], extra_keys=[norm_key(pct(M[17]))], form='pct'),
    'steps': [{'action': probe('I53', 'import-json', 'steps[1].action', 'mpan', 'hex ' + hexs(M[18]), M[18], extra_keys=[hexs(M[18])], form='hex'),
               'expected': probe('I54', 'import-json', 'steps[1].expected', 'mpan', 'HTML ' + ent(M[19]), M[19], extra_keys=[norm_key(ent(M[19]))], form='entities')}]}]}, ensure_ascii=False), encoding='utf-8')
cmd('import-json', ['import', '--format', 'attest', '--json', str(jfile)])
# Markdown (not a listed format): must be refused without echoing
mfile = C / 'imports' / ('notes ' + PC[8] + '.md')
probe('I60', 'import-md', 'file name', 'postcode', mfile.name, PC[8])
mfile.write_text('# Test notes\n\n| Step | Action | Expected |\n|---|---|---|\n| 1 | Read MPAN ' + probe('I61', 'import-md', 'content', 'mpan', M[22], M[22]) + ' | ok |\n', encoding='utf-8')
cmd('import-md', ['import', str(mfile)])
cmd('cases', ['cases', '--json'])
cmd('case-show-badref', ['case', 'show', probe('E01', 'case-show-badref', 'CASE arg (error echo)', 'mpan', M[23], M[23])])

# 3. plan ---------------------------------------------------------------------------------------------
cmd('plan-create', ['plan', 'create', '--json', '--programme', keep('K-prog', 'plan-create', '--programme', 'MHHS'),
                    '--release', keep('K-rel', 'plan-create', '--release', 'R2.1'),
                    '--environment', keep('K-env', 'plan-create', '--environment', 'SIT-B'),
                    '--starts', '2026-12-01', '--ends', '2027-01-29', '--by', keep('K-by1', 'plan-create', '--by', 'Priya Natarajan'),
                    keep('K-plan', 'plan-create', 'NAME', 'SIT cycle 2')], capture={'PLAN': 'json:id'})
cmd('plan-create-bad', ['plan', 'create', '--json', '--environment', probe('P01', 'plan-create-bad', '--environment', 'mpan', 'SIT-B ' + g_mpan(M[24], '.'), M[24], form='dots'),
                        '--release', probe('P02', 'plan-create-bad', '--release', 'serial', 'R2 ' + S[0].lower(), S[0], form='lower'),
                        '--by', probe('P03', 'plan-create-bad', '--by', 'name', NAMES[0], NAMES[0], form='registered-name', identity=True),
                        probe('P04', 'plan-create-bad', 'NAME', 'postcode', 'QT ' + PC[9].replace(' ', '+'), PC[9], form='plus')], capture={'PLAN2': 'json:id'})
cmd('plan-suite', ['plan', 'suite', '--json', '{PLAN}', keep('K-suite', 'plan-suite', 'NAME', 'Change of Supply')], capture={'SUITE': 'json:id'})
cmd('plan-suite-bad', ['plan', 'suite', '--by', probe('P05', 'plan-suite-bad', '--by', 'email', EMAIL[5], EMAIL[5], identity=True), '{PLAN}',
                       probe('P06', 'plan-suite-bad', 'NAME', 'mprn', 'Gas ' + G[7], G[7])])
cmd('plan-add', ['plan', 'add', '--suite', '{SUITE}', '--tester', keep('K-tester1', 'plan-add', '--tester', 'Dev Rao'),
                 '--configuration', keep('K-conf', 'plan-add', '--configuration', 'SMETS2 ESME, DCC SIT-B'), '{PLAN}', 'FM_TS_9_TC_07', 'ADO-40877'])
cmd('plan-add-bad', ['plan', 'add', '--suite', '{SUITE}', '--tester', probe('P07', 'plan-add-bad', '--tester', 'name', NAMES[11], NAMES[11], form='unregistered-name?'),
                     '--configuration', probe('P08', 'plan-add-bad', '--configuration', 'eui64', 'CHF ' + EUI[0].replace('-', ':').lower(), EUI[0], form='colon-lower (registered)'),
                     '{PLAN}', 'COS_TS_2_TC_11'])
cmd('plan-criteria-bad', ['plan', 'criteria', '--set', probe('P09', 'plan-criteria-bad', '--set KEY', 'mpan', M[25] + '=5', M[25], form='key'), '{PLAN}'])
cmd('plan-criteria', ['plan', 'criteria', '--set', 'passed_pct=95', '--set', 'threshold.S3=10', '{PLAN}'])
cmd('plan-show', ['plan', 'show', '{PLAN}'])

# 4. run A: witnessed, from plan ----------------------------------------------------------------------
cmd('runA-start', ['run', 'start', '--json', '--witnessed', '--plan', '{PLAN}',
                   '--tester', keep('K-tester2', 'runA-start', '--tester', 'Dev Rao'),
                   '--environment', keep('K-env2', 'runA-start', '--environment', 'SIT-B'),
                   '--data', '{REF_M0}',
                   '--purpose', probe('A01', 'runA-start', '--purpose', 'mpan', 'Witnessed QT of IF-031 for ' + M[30][:2] + ' ' + M[30][2:6] + '\u2066' + M[30][6:10] + '\u2069' + M[30][10:], M[30], form='U+2066/2069'),
                   '--participant', 'witness:' + keep('K-part1', 'runA-start', '--participant name', 'Amara Okafor') + ':DCC',
                   '--participant', probe('A02', 'runA-start', '--participant name', 'name', 'observer:' + NAMES[1] + ':Elexon', NAMES[1], form='registered?-name', identity=True),
                   'FM_TS_9_TC_07'], capture={'RUNA': 'json:id'})
cmd('runA-start-ok', ['run', 'start', '--json', '--witnessed', '--plan', '{PLAN}', '--tester', 'Dev Rao', '--environment', 'SIT-B', '--data', '{REF_M0}',
                      '--purpose', keep('K-purpose', 'runA-start-ok', '--purpose', 'Witnessed QT of IF-031 forward migration'),
                      '--participant', 'witness:Amara Okafor:DCC', 'FM_TS_9_TC_07'], capture={'RUNA2': 'json:id'})
cmd('runX-start-tester', ['run', 'start', '--json', '--tester', probe('A03', 'runX-start-tester', '--tester', 'email', EMAIL[0].upper(), EMAIL[0], form='upper (registered)', identity=True), 'ADO-40877'])
cmd('runX-start-env', ['run', 'start', '--json', '--environment', probe('A04', 'runX-start-env', '--environment', 'mpan', 'SIT-B/' + between(M[31], '\u034F'), M[31], form='U+034F'), 'ADO-40877'])
cmd('runX-start-data1', ['run', 'start', '--json', '--data', probe('A05', 'runX-start-data1', '--data', 'serial', S[0].lower(), S[0], form='lower (registered)', identity=True), 'ADO-40877'])
cmd('runX-start-data2', ['run', 'start', '--json', '--data', probe('A06', 'runX-start-data2', '--data', 'name', NAMES[0].upper(), NAMES[0], form='upper (registered)', identity=True), 'ADO-40877'])
cmd('runX-start-data3', ['run', 'start', '--json', '--data', probe('A07', 'runX-start-data3', '--data', 'mprn', ' '.join(groups(G[0], [2, 4, 4])), G[0], form='spaced (registered)', identity=True), 'ADO-40877'])
cmd('runX-start-case', ['run', 'start', '--json', probe('A08', 'runX-start-case', 'CASE arg (error echo)', 'mprn', G[8], G[8])])
cmd('runA-participant', ['run', 'participant', '--name', probe('A09', 'runA-participant', '--name', 'name', NAMES[12], NAMES[12], form='customer-name?', identity=True),
                         '--org', probe('A10', 'runA-participant', '--org', 'address', ADDR[5], STREETS[5]), '--role', 'observer', '{RUNA2}'])
cmd('runA-participant2', ['run', 'participant', '--name', probe('A11', 'runA-participant2', '--name', 'email', EMAIL[1], EMAIL[1], form='registered-email', identity=True), '--role', 'observer',
                          '--by', probe('A12', 'runA-participant2', '--by', 'phone', PHONE[0].replace(' ', ''), PHONE[0], form='nospace (registered)', identity=True), '{RUNA2}'])
cmd('runA-participant-ok', ['run', 'participant', '--name', keep('K-part2', 'runA-participant-ok', '--name', 'Tomasz Wielgosz'), '--org', keep('K-org', 'runA-participant-ok', '--org', 'Elexon'), '--role', 'observer', '{RUNA2}'])

# payload / evidence files
evd = C / 'evidence'
evd.mkdir()
p1 = evd / ('IF-031 request ' + M[3] + '.json')          # registered MPAN (via register import) in file name
probe('F01', 'runA-step1', '--payload file name', 'mpan', p1.name, M[3])
p1.write_text(json.dumps({'messageType': 'IF-031', 'correlationId': keep('K-guid', 'runA-step1', 'payload', '8f14e45f-ceea-4e6b-9c1d-3a2b7d0e5c11'),
                          'mpan': probe('F02', 'runA-step1', 'payload body', 'mpan', M[32], M[32]),
                          'meterSerial': probe('F03', 'runA-step1', 'payload body', 'serial', S[8].lower(), S[8], form='lower'),
                          'requestId': probe('F04', 'runA-step1', 'payload body', 'eui64', 'REQ-' + EUI[7].replace('-', '') + '-0001', EUI[7], form='embedded'),
                          'effectiveFromDate': keep('K-date', 'runA-step1', 'payload', '2026-12-01')}, indent=2), encoding='utf-8')
r1 = evd / 'IF-031 response.xml'
r1.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Status>' + keep('K-status', 'runA-step1', 'response', 'Accepted') +
              '</Status><MPAN>' + probe('F05', 'runA-step1', 'response body', 'mpan', M[33][:6] + '<!-- x -->' + M[33][6:], M[33], form='xml-comment-split') +
              '</MPAN><Premises>' + probe('F06', 'runA-step1', 'response body', 'address', ADDR[6].replace(' ', '&#160;'), STREETS[6], extra_keys=[norm_key(PC[11])] if False else [], form='entity-nbsp') + '</Premises></Response>\n', encoding='utf-8')
h1 = evd / ('portal_' + PC[10].replace(' ', '_').lower() + '.html')
probe('F07', 'runA-step2', '--attach file name', 'postcode', h1.name, PC[10], form='underscore-lower')
h1.write_text('<html><body><h1>Account</h1><p>MPAN <b>' + M[34][:7] + '</b><wbr>' + M[34][7:] + '</p>'
              '<p>Name: ' + probe('F08', 'runA-step2', 'attach html', 'name', NAMES[13].replace(' ', '&nbsp;'), NAMES[13], form='html-nbsp') + '</p>'
              '<p>Tel ' + probe('F09', 'runA-step2', 'attach html', 'phone', PHONE[4].replace(' ', '&nbsp;'), PHONE[4], form='html-nbsp') + '</p></body></html>', encoding='utf-8')
probe('F10', 'runA-step2', 'attach html', 'mpan', M[34][:7] + '</b><wbr>' + M[34][7:], M[34], form='html-split')
t32 = evd / 'harness_log_utf32.txt'
t32.write_bytes(('2026-12-04T10:14:02Z INFO sent D0010 for MPAN ' + probe('F11', 'runA-step2', 'attach utf-32 text', 'mpan', M[35], M[35], form='utf-32') + ' status=OK\n').encode('utf-32'))
log = evd / 'harness.log'
log.write_text('2026-12-04T10:15:09Z INFO customer address ' + probe('F12', 'runA-step3', 'attach log', 'address', ADDR[3], STREETS[3], form='log-prose') + '\n'
               '2026-12-04T10:15:10Z INFO > MPAN ' + M[36][:7] + '\n> ' + M[36][7:] + '\n'
               '2026-12-04T10:15:11Z DEBUG b64 payload ' + probe('F14', 'runA-step3', 'attach log', 'mprn', b64('{"mprn":"' + G[9] + '"}'), G[9], extra_keys=[norm_key(b64('{"mprn":"' + G[9] + '"}'))], form='base64-json') + '\n'
               '2026-12-04T10:15:12Z INFO ' + keep('K-log', 'runA-step3', 'attach log', 'SRV 8.1 response I0 received') + '\n', encoding='utf-8')
probe('F13', 'runA-step3', 'attach log', 'mpan', M[36][:7] + '\n> ' + M[36][7:], M[36], form='quote-split')
# PNG with text chunk
from PIL import Image, PngImagePlugin
png = evd / ('screen ' + EUI[2].replace('-', '.') + '.png')
probe('F15', 'runA-step3', '--attach png file name', 'eui64', png.name, EUI[2], form='dots')
im = Image.new('RGB', (640, 200), 'white')
from PIL import ImageDraw
ImageDraw.Draw(im).text((20, 80), 'Install job ' + keep('K-job', 'runA-step3', 'png', 'JOB-77821') + ' complete', fill='black')
meta = PngImagePlugin.PngInfo(); meta.add_text('Comment', probe('F16', 'runA-step3', 'png tEXt chunk', 'mpan', 'MPAN ' + M[37], M[37], form='png-text'))
im.save(png, pnginfo=meta)

cmd('runA-step1', ['run', 'step', '--json', '--status', 'passed',
                   '--actual', probe('A20', 'runA-step1', '--actual', 'mpan', 'IF-031 sent for ' + M[38][:4] + '  ' + M[38][4:8] + '   ' + M[38][8:], M[38], form='long-spaces'),
                   '--payload', str(p1), '--response', str(r1),
                   '--caption', probe('A21', 'runA-step1', '--caption', 'mprn', 'MPRN ' + G[10][:5] + ':' + G[10][5:], G[10], form='colon'),
                   '--by', keep('K-by2', 'runA-step1', '--by', 'Dev Rao'), '{RUNA2}'])
cmd('runA-step2', ['run', 'step', '--json', '--status', 'passed', '--actual', keep('K-act', 'runA-step2', '--actual', 'DIP returned HTTP 202 correlation id 3c9d1f0a-77b2-4c1e-9a55-0e6b2d4f8a10 at 10:14:07'),
                   '--attach', str(h1), '--attach', str(t32), '--caption', keep('K-cap', 'runA-step2', '--caption', 'DIP Message Tracker, IF-031 Delivered'), '{RUNA2}'])
cmd('runA-step3', ['run', 'step', '--json', '--status', 'failed', '--actual', probe('A22', 'runA-step3', '--actual', 'gas-serial', 'Gas meter ' + GS[4].lower(), GS[4], form='gas-label-lower'),
                   '--attach', str(log), '--attach', str(png), '--by', probe('A23', 'runA-step3', '--by', 'serial', S[2], S[2], form='registered?', identity=True), '{RUNA2}'])
cmd('runA-step3b', ['run', 'step', '--json', '--status', 'failed', '--actual', 'Register 1.8.0 read 004512.7 kWh', '--attach', str(log), '--attach', str(png), '{RUNA2}'])
cmd('runA-show', ['run', 'show', '--json', '{RUNA2}'], capture={'ITEM_PNG': r're:"id":\s*(\d+)[^{}]*"kind":\s*"screenshot"|"kind":\s*"screenshot"[^{}]*"id":\s*(\d+)'})
cmd('runA-observe', ['run', 'observe', '--kind', 'query', '--step', '2', '--by', keep('K-by3', 'runA-observe', '--by', 'Amara Okafor'), '{RUNA2}',
                     probe('A30', 'runA-observe', 'TEXT', 'mpan', 'Why does the tracker show ' + M[39][:2] + '_' + M[39][2:6] + '_' + M[39][6:10] + '_' + M[39][10:] + ' twice?', M[39], form='underscore')],
    capture={'OBS1': r're:observation (\d+)'})
cmd('runA-observe2', ['run', 'observe', '--kind', 'defect-candidate', '--text', probe('A31', 'runA-observe2', '--text', 'address', 'Premises 9 Gwennol Close, Cardiff, ' + PC[12].replace(' ', '-'), 'Gwennol Close', form='hyphen-postcode'),
                      '--by', probe('A32', 'runA-observe2', '--by', 'name', 'witness ' + NAMES[2].lower(), NAMES[2], form='lower (registered)', identity=True), '{RUNA2}'], capture={'OBS2': r're:observation (\d+)'})
cmd('runA-observe3', ['run', 'observe', '--kind', 'defect-candidate', '--text', keep('K-obs3', 'runA-observe3', '--text', 'D0150 not received within 5 minutes of IF-031 ack'), '{RUNA2}'], capture={'OBS3': r're:observation (\d+)'})
cmd('runA-respond', ['run', 'respond', '--text', probe('A33', 'runA-respond', '--text', 'eui64', 'Duplicate from CHF 0x' + EUI[8].replace('-', '').lower(), EUI[8], form='0x-lower'), '{OBS1}'])
cmd('runA-promote', ['run', 'promote', '--severity', 'S2', '--priority', 'P2', '--title', probe('A34', 'runA-promote', '--title', 'mprn', 'MPRN ' + fullwidth(G[2]) + ' not migrated', G[2], form='fullwidth (registered-ref-bad value)'), '{OBS3}'])
cmd('runA-washup', ['run', 'washup', '--outcome', 'accepted-with-observations', '--signed-by', probe('A35', 'runA-washup', '--signed-by', 'name', NAMES[15], NAMES[15], form='customer-name-from-import', identity=True),
                    '--action', '{OBS1}=' + probe('A36', 'runA-washup', '--action TEXT', 'phone', 'Call back on ' + PHONE[5], PHONE[5]),
                    '--note', probe('A37', 'runA-washup', '--note', 'email', 'sent to ' + EMAIL[8].replace('@', ' at ').replace('.', ' dot '), EMAIL[8], extra_keys=['lqdotmoss', 'energyhomedotexample'], form='at-dot-words'), '{RUNA2}'])
cmd('runA-washup-ok', ['run', 'washup', '--outcome', 'accepted-with-observations', '--signed-by', keep('K-signed', 'runA-washup-ok', '--signed-by', 'Amara Okafor'),
                       '--action', '{OBS1}=' + keep('K-action', 'runA-washup-ok', '--action', 'Add a D0150 check to step 3'), '{RUNA2}'])

# 5. run B: unwitnessed, ADO case --------------------------------------------------------------------
cmd('runB-start', ['run', 'start', '--json', '--tester', keep('K-tester3', 'runB-start', '--tester', 'Chloe Adeyemi'), '--environment', 'SIT-A', 'ADO-40877'], capture={'RUNB': 'json:id'})
att2 = evd / ('D0010_' + between(S[3], '_') + '.txt')
probe('F20', 'runB-step1', '--attach file name', 'serial', att2.name, S[3], form='underscore-every-char (registered)')
att2.write_text('ZHV|' + keep('K-zhv', 'runB-step1', 'attach', 'D0010001') + '|X|UDMS|R|TEST|20261204101500||||OPER|\n'
                '026|' + probe('F21', 'runB-step1', 'attach D0010 026', 'mpan', M[40], M[40]) + '|V|\n'
                '028|' + probe('F22', 'runB-step1', 'attach D0010 028', 'serial', S[9], S[9]) + '|D|\n'
                '030|S|20261204101500|004512.7||||T|N|\nZPT|D0010001|4||1|20261204101600|\n', encoding='utf-8')
cmd('runB-step1', ['run', 'step', '--json', '--status', 'passed', '--actual', probe('B01', 'runB-step1', '--actual', 'phone', 'Customer on ' + '\u2067' + PHONE[6] + '\u2069' + ' confirmed top-up', PHONE[6], form='bidi-isolate'),
                   '--attach', str(att2), '--caption', probe('B02', 'runB-step1', '--caption', 'postcode', 'Site ' + PC[13].replace(' ', '\u200b'), PC[13], form='ZWSP'), '{RUNB}'])
cmd('runB-step2', ['run', 'step', '--json', '--status', 'failed', '--actual', keep('K-act2', 'runB-step2', '--actual', 'D0010 rejected with error code 0307'),
                   '--caption', keep('K-cap2', 'runB-step2', '--caption', 'UDMS flow view 2026-12-04 10:16'), '{RUNB}'])
cmd('runB-step-dev', ['run', 'step', '--json', '--status', 'blocked', '--step', '1', '--deviation', probe('B03', 'runB-step-dev', '--deviation', 'mpan', 'Retried: MPAN ' + M[41][:6] + '+' + M[41][6:], M[41], form='plus'), '{RUNB}'])
cmd('runB-amend', ['run', 'amend', '--step', '2', '--action', probe('B04', 'runB-amend', '--action', 'eui64', 'Send D0010 via hub ' + EUI[9].lower(), EUI[9], form='hyphen-lower'),
                   '--expected', probe('B05', 'runB-amend', '--expected', 'gas-serial', 'Gas meter ' + GS[5][:3] + ' ' + GS[5][3:], GS[5], form='spaced'),
                   '--reason', probe('B06', 'runB-amend', '--reason', 'name', 'Asked by Mr ' + NAMES[20].split()[1] + ' of ' + ADDR[1].split(',')[2].strip(), NAMES[20], form='title-surname'), '{RUNB}'])
cmd('runB-defect', ['run', 'defect', '--json', '--severity', 'S3', '--priority', 'P3', '--step', '2',
                    '--description', probe('B07', 'runB-defect', '--description', 'mpan', 'Repro: 1) D0010 for ' + M[42][:2] + '\u00a0' + M[42][2:6] + '\u00a0' + M[42][6:10] + '\u00a0' + M[42][10:], M[42], form='NBSP'),
                    '--by', keep('K-by4', 'runB-defect', '--by', 'Chloe Adeyemi'), '{RUNB}',
                    probe('B08', 'runB-defect', 'TITLE', 'mprn', 'D0010 rejected for ' + G[3], G[3], form='plain (registered)')], capture={'DEF1': 'json:id'})
cmd('runB-observe', ['run', 'observe', '--text', probe('B09', 'runB-observe', '--text', 'email', 'Customer emailed ' + EMAIL[6].upper(), EMAIL[6], form='upper'), '{RUNB}'])
cmd('runB-finish', ['run', 'finish', '--json', '{RUNB}'])
cmd('defect-move', ['defect', 'move', '--to', 'deferred', '--reason', probe('B10', 'defect-move', '--reason', 'mpan', 'Blocked until ' + 'S 01 801 100\n' + g_mpan(M[43]) + ' is de-energised', M[43], form='S-box-lines'),
                    '--by', probe('B11', 'defect-move', '--by', 'name', NAMES[19], NAMES[19], form='import-assignee-name', identity=True), '{DEF1}'])
cmd('defect-move-ok', ['defect', 'move', '--to', 'deferred', '--reason', keep('K-reason', 'defect-move-ok', '--reason', 'Waiting for DCC release 5.3 fix CR-1147'), '{DEF1}'])
cmd('defect-link', ['defect', 'link', '--retest', '{RUNB}', '--by', probe('B12', 'defect-link', '--by', 'postcode', 'tester ' + PC[14].lower(), PC[14], form='lower', identity=True), '{DEF1}'])
cmd('defect-show', ['defect', 'show', '--json', '{DEF1}'])
cmd('defect-show-bad', ['defect', 'show', probe('E02', 'defect-show-bad', 'ID arg (error echo)', 'serial', S[10], S[10])])

# 6. evidence annotate / mask
annf = C / 'annotations.json'
annf.write_text(json.dumps([{'type': 'box', 'x': 10, 'y': 10, 'w': 100, 'h': 40, 'text': probe('C01', 'ev-annotate-file', 'annotation json text', 'mpan', 'MPAN ' + M[44], M[44])},
                            {'type': 'text', 'x': 10, 'y': 120, 'text': keep('K-ann', 'ev-annotate-file', 'annotation json', 'Status: Commissioned')}]), encoding='utf-8')
cmd('ev-annotate', ['evidence', 'annotate', '--box', '5,5,200,60:' + probe('C02', 'ev-annotate', '--box label', 'mprn', 'MPRN ' + G[11], G[11]),
                    '--arrow', '10,10,300,100:' + probe('C03', 'ev-annotate', '--arrow label', 'serial', S[11].lower(), S[11], form='lower'),
                    '--text', '20,150:' + probe('C04', 'ev-annotate', '--text', 'name', 'Mrs ' + NAMES[14], NAMES[14], form='title-name'),
                    '--callout', '400,50,1:' + probe('C05', 'ev-annotate', '--callout', 'postcode', PC[15].replace(' ', ''), PC[15], form='nospace'),
                    '--by', probe('C06', 'ev-annotate', '--by', 'email', EMAIL[7], EMAIL[7], identity=True), '{ITEM_PNG}'])
cmd('ev-annotate-ok', ['evidence', 'annotate', '--box', '5,5,200,60:' + keep('K-box', 'ev-annotate-ok', '--box', 'Install job complete'), '{ITEM_PNG}'])
cmd('ev-annotate-file', ['evidence', 'annotate', '--file', str(annf), '{ITEM_PNG}'])
cmd('ev-mask-add', ['evidence', 'mask', '--add', '0,0,50,50', '--by', probe('C07', 'ev-mask-add', '--by', 'mpan', M[45], M[45], identity=True), '{ITEM_PNG}'])
cmd('ev-mask-add-ok', ['evidence', 'mask', '--add', '0,0,50,50', '{ITEM_PNG}'])
cmd('ev-mask-remove', ['evidence', 'mask', '--remove', '1', '--reason', probe('C08', 'ev-mask-remove', '--reason', 'mprn', 'covers MPRN ' + G[12], G[12]), '{ITEM_PNG}'])

# 7. finish A, packs, reports
cmd('runA-finish', ['run', 'finish', '--json', '{RUNA2}'])
packdir = ROOT / 'packs'
cmd('packA', ['pack', '--with-files', '--out', str(packdir / ('evidence_' + g_mpan(M[46], '_') + '.docx')), '{RUNA2}'])
probe('X01', 'packA', '--out file name', 'mpan', 'evidence_' + g_mpan(M[46], '_') + '.docx', M[46], form='underscore')
cmd('packA-ok', ['pack', '--with-files', '--out', str(packdir / 'FM_TS_9_TC_07_run_evidence.docx'), '{RUNA2}'])
cmd('packB', ['pack', '--out', str(packdir / 'ADO-40877_evidence.docx'), '{RUNB}'])
cmd('witness', ['witness', 'report', '--out', str(packdir / ('witness ' + NAMES[16].lower() + '.docx')), '{RUNA2}'])
probe('X02', 'witness', '--out file name', 'name', 'witness ' + NAMES[16].lower() + '.docx', NAMES[16], form='lower')
cmd('witness-ok', ['witness', 'report', '--out', str(packdir / 'FM_TS_9_TC_07_witness.docx'), '{RUNA2}'])
cmd('report', ['report', 'completion', '--out', str(packdir / 'SIT_cycle_2_completion.docx'),
               '--recommendations', probe('X03', 'report', '--recommendations', 'mpan', 'Re-run FM for ' + '-'.join(groups(M[47], [2, 4, 4, 3])), M[47], form='hyphen'),
               '--lessons', probe('X04', 'report', '--lessons', 'address', 'Access issue at ' + ADDR[7], STREETS[7]),
               '--by', probe('X05', 'report', '--by', 'phone', PHONE[7], PHONE[7], identity=True), '{PLAN}'])
cmd('report-ok', ['report', 'completion', '--out', str(packdir / 'SIT_cycle_2_completion_ok.docx'),
                  '--recommendations', keep('K-rec', 'report-ok', '--recommendations', 'Proceed to UIT once CR-1147 is deployed'),
                  '--lessons', keep('K-les', 'report-ok', '--lessons', 'Book DIP slots two days ahead'), '{PLAN}'])
cmd('audit-trust', ['audit', 'trust', '--reason', probe('X06', 'audit-trust', '--reason', 'mpan', 'restored for MPAN ' + between(M[48], '\u2060'), M[48], form='WJ U+2060'),
                    '--by', probe('X07', 'audit-trust', '--by', 'name', NAMES[17], NAMES[17], identity=True)])
cmd('audit-verify', ['audit', 'verify'])
cmd('ado-connect', ['ado', 'connect', '--org', 'https://dev.azure.com/' + probe('X08', 'ado-connect', '--org URL', 'mpan', M[49], M[49]) , '--project',
                    probe('X09', 'ado-connect', '--project', 'postcode', 'SIT ' + PC[16], PC[16]),
                    '--area', probe('X10', 'ado-connect', '--area', 'name', 'SIT\\' + NAMES[18], NAMES[18]), '--token-stdin'], stdin='notatoken\n')
cmd('ado-publish', ['ado', 'publish', '--dry-run', '--by', probe('X11', 'ado-publish', '--by', 'mprn', G[13], G[13], identity=True), '{RUNA2}'])
cmd('runs', ['runs', '--json'])
cmd('runA-show-final', ['run', 'show', '{RUNA2}'])
cmd('runB-show-final', ['run', 'show', '--json', '{RUNB}'])
cmd('tz-env', ['runs'], env={'ATTEST_TIME_ZONE': probe('X12', 'tz-env', '$ATTEST_TIME_ZONE', 'mpan', 'Europe/' + M[50], M[50])})
cmd('tz-arg', ['run', 'show', '--time-zone', probe('X13', 'tz-arg', '--time-zone', 'postcode', PC[17], PC[17]), '{RUNA2}'])
redout = ROOT / 'redact_out'
cmd('redact', ['redact', '--register', '--out', str(redout), '--report', str(redout / 'report.json'), str(p1), str(h1), str(log), str(att2)])
cmd('scan-packs', ['scan', '--register', str(packdir)])
cmd('gc', ['gc', '--json'])

(ROOT / 'plan.json').write_text(json.dumps(PLAN, indent=1, ensure_ascii=False), encoding='utf-8')
(ROOT / 'truth.json').write_text(json.dumps({'probes': TRUTH, 'keeps': KEEPS,
                                            'values': {'mpan': M, 'mprn': G, 'serial': S, 'gas_serial': GS, 'eui64': EUI, 'names': NAMES,
                                                       'postcodes': PC, 'addresses': ADDR, 'phones': PHONE, 'emails': EMAIL}}, indent=1, ensure_ascii=False), encoding='utf-8')
print(len(TRUTH), 'probes', len(KEEPS), 'keeps', len(PLAN), 'commands')
