"""Generate the helper-71 held-out text corpus: corpus/*, truth.json."""
import json, os, random, sys, uuid, hashlib, base64, html
sys.path.insert(0, os.path.dirname(__file__))
from ids import Factory, render, linesplit, mpan_ok, group, INVIS, SPACES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'corpus')
F = Factory(4371)
R = random.Random(71)

TEXT_DIGIT_FORMS = (['plain'] * 3 + ['spaced', 'sep:_', 'sep:,', 'sep::', 'sep:+', 'sep:.', 'sep:/', 'longspace', 'hyph']
                    + ['invis:' + k for k in INVIS] + ['sp:' + k for k in SPACES]
                    + ['fullwidth', 'arabic', 'persian', 'devanagari', 'mathbold', 'b64', 'b64url', 'b64u16', 'b32',
                       'hex', 'hexsp', 'pct', 'pct2', 'qp', 'cx', 'combining', 'split'])
JSON_EXTRA = ['ju', 'ju']
HTML_EXTRA = ['ent_dec', 'ent_hex', 'ent_mixed', 'tag:b', 'tag:mark', 'tag:wbr', 'tag:span', 'tag:comment', 'html_nbsp', 'tag:i']
SERIAL_EXTRA = ['lower', 'lower', 'homoglyph', 'hyph']
EUI_FORMS = ['plain', 'eui_colon', 'eui_dash', 'eui_dot', 'eui_0x', 'eui_lower', 'eui_carray', 'eui_rev', 'eui_space',
             'eui_dot2', 'invis:zwsp', 'sp:nbsp', 'b64', 'hex', 'fullwidth', 'split', 'sp:endash']
PC_FORMS = ['plain', 'plain', 'pc_nbsp', 'pc_double', 'pc_hyph', 'pc_us', 'pc_none', 'pc_lower', 'pc_tab', 'invis:zwsp',
            'fullwidth', 'sp:nnbsp', 'sp:ideo']

_ctr = {}


def pick(kind, ctx):
    forms = list(TEXT_DIGIT_FORMS)
    if kind == 'eui':
        forms = list(EUI_FORMS)
    elif kind == 'postcode':
        forms = list(PC_FORMS)
    elif kind in ('eserial', 'gserial'):
        forms += SERIAL_EXTRA
    if kind in ('phone',):
        forms += ['plain', 'spaced']
    if ctx == 'json':
        forms = [f for f in forms if f not in ('split', 'cx', 'qp')] + JSON_EXTRA
    if ctx in ('html', 'xml'):
        forms = [f for f in forms if f not in ('split',)] + HTML_EXTRA * 2
    if kind in ('eserial', 'gserial', 'eui', 'email'):
        forms = [f for f in forms if f not in ('arabic', 'persian', 'devanagari', 'mathbold', 'sep:,', 'sep:+', 'sep:/')]
    key = (kind, ctx)
    n = _ctr.get(key, R.randrange(len(forms)))
    _ctr[key] = n + 1
    return forms[n % len(forms)]


PREFIXES = ['> ', '> > ', '# ', '// ', '-- ', '; ', '* ', '| ', 'REM ', '% ', '    ', '\t', '! ', '>> ']


class Item:
    def __init__(self, name, genre, ctx='text', enc='utf-8'):
        self.fname, self.genre, self.ctx, self.enc = name, genre, ctx, enc
        self.ids = {}   # key -> dict(kind, value, occ=[forms], words=[...])
        self.keeps = []

    def _rec(self, kind, value, form, words=None):
        k = kind + ':' + value
        d = self.ids.setdefault(k, dict(kind=kind, value=value, forms=[], words=set()))
        d['forms'].append(form)
        if words:
            d['words'].update(words)

    def v(self, kind, value, form=None, ctx=None):
        """Render an identifier value in a (picked) form and record it."""
        ctx = ctx or self.ctx
        form = form or pick(kind, ctx)
        if kind in ('name', 'address', 'email'):
            raise ValueError
        if form == 'split':
            a, b = linesplit(value, kind, R.choice(PREFIXES))
            s = a + '\n' + b
            form = 'split:' + repr(b[:b.find(b.lstrip()[0]) if b.strip() else 0] or b[:3])
        else:
            s = render(value, kind, form, R)
        self._rec(kind, value, form)
        return s

    def name(self, value, form=None):
        form = form or R.choice(['plain', 'plain', 'upper', 'rev', 'title', 'initial', 'invis', 'nbsp'])
        first, last = value.split(' ', 1)
        lastw = [w for x in last.split() for w in x.replace('-', ' ').split()]
        parts = [w for w in lastw if w.lower() not in ('de', 'la', 'van', 'der', 'ap', 'von', 'le', 'st', 'an', 'mac', 'da', 'ní', 'uí', 'ó')]
        if form == 'plain':
            s, words = value, [first] + parts
        elif form == 'upper':
            s, words = value.upper(), [first] + parts
        elif form == 'rev':
            s, words = last.upper() + ', ' + first, [first] + parts
        elif form == 'title':
            s, words = R.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx']) + ' ' + value, [first] + parts
        elif form == 'initial':
            s, words = R.choice(['Mr', 'Mrs', 'Ms']) + ' ' + first[0] + '. ' + last, parts
        elif form == 'invis':
            s, words = first + ' ' + '\u200b'.join(last), [first] + parts
        elif form == 'nbsp':
            s, words = value.replace(' ', '\u00a0'), [first] + parts
        self._rec('name', value, form, words)
        return s

    def email(self, value, form=None):
        form = form or R.choice(['plain', 'plain', 'plain', 'upper', 'mailto', 'angle', 'obf', 'pct', 'ent'])
        if form == 'plain':
            s = value
        elif form == 'upper':
            s = value.upper()
        elif form == 'mailto':
            s = 'mailto:' + value
        elif form == 'angle':
            s = '<' + value + '>'
        elif form == 'obf':
            s = value.replace('@', ' [at] ').replace('.', ' [dot] ')
        elif form == 'pct':
            s = value.replace('@', '%40')
        elif form == 'ent':
            s = value.replace('@', '&#64;').replace('.', '&#46;')
        self._rec('email', value, form)
        return s

    def addr(self, a, form=None, sep=', '):
        form = form or R.choice(['plain', 'plain', 'oneline', 'upper', 'nocomma', 'pcform'])
        pc = a['postcode']
        pre = [x for x in a['pre']]
        if form == 'upper':
            s = sep.join(pre + [a['line1'], a['town'], pc]).upper()
        elif form == 'nocomma':
            s = ' '.join(pre + [a['line1'], a['town'], pc])
        elif form == 'pcform':
            f = pick('postcode', self.ctx)
            s = sep.join(pre + [a['line1'], a['town']]) + ' ' + render(pc, 'postcode', f, R)
            form = 'pc=' + f
        else:
            s = sep.join(pre + [a['line1'], a['town'], pc])
        self._rec('address', a['line1'] + ', ' + a['town'] + ', ' + pc, form, a['words'])
        self._rec('postcode', pc, 'in-address:' + form)
        return s

    def pc(self, pc, form=None):
        form = form or pick('postcode', self.ctx)
        self._rec('postcode', pc, form)
        return render(pc, 'postcode', form, R)

    def k(self, token, cat):
        self.keeps.append(dict(token=token, cat=cat))
        return token


# ---------------- keeps -----------------
def kts():
    return '2026-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def kuuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ksha():
    return hashlib.sha1(str(R.random()).encode()).hexdigest()


def kepoch_ms():
    while True:
        v = '17' + ''.join(R.choice('0123456789') for _ in range(11))
        if not mpan_ok(v):
            return v


def kean():
    while True:
        d = '50' + ''.join(R.choice('0123456789') for _ in range(10))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
        return d + str((10 - s % 10) % 10)


KEEP_MAKERS = {
    'mpanref': lambda: 'MPAN-REF-%02d' % R.randint(1, 99),
    'tcref': lambda: 'TC-%s-%04d' % (R.choice(['MHHS', 'SIT', 'UIT', 'PIT', 'LDSO']), R.randint(1, 9999)),
    'dip': lambda: 'DIP-%s' % ''.join(R.choice('0123456789abcdef') for _ in range(12)),
    'msgtype': lambda: R.choice(['IF-031', 'IF-036', 'PUB-040', 'D0010002', 'D0150001', 'D0086001', 'UTILMD', 'SRV 4.1.1', 'ECS26', 'CS10a', 'MSCONS', 'IF-021', 'PUB-011']),
    'ts': kts,
    'uuid': kuuid,
    'sha': ksha,
    'epoch': kepoch_ms,
    'ean': kean,
    'amount': lambda: '£%s.%02d' % ('{:,}'.format(R.randint(1, 99999)), R.randint(0, 99)),
    'count': lambda: str(R.randint(2, 99999)),
    'version': lambda: 'v%d.%d.%d' % (R.randint(0, 9), R.randint(0, 40), R.randint(0, 99)),
    'po': lambda: 'PO%s' % ''.join(R.choice('0123456789') for _ in range(10)),
    'inv': lambda: 'INV-2026-%06d' % R.randint(1, 999999),
    'crn': lambda: R.choice(['SC', 'NI', '0', 'OC']) + ''.join(R.choice('0123456789') for _ in range(6 if True else 0)).rjust(6, '0'),
    'vat': lambda: 'GB%09d' % R.randint(100000000, 999999999),
    'obis': lambda: R.choice(['1-0:1.8.0*255', '1-0:2.8.0*255', '7-0:3.0.0*255', '0-0:96.1.0*255', '1-0:32.7.0*255', '0-0:1.0.0*255']),
    'mpid': lambda: R.choice(['LOND', 'SWEB', 'MANW', 'EELC', 'NORW', 'YELG', 'HYDE', 'SOUT', 'MIDE', 'EMEB']),
    'date': lambda: '%02d/%02d/2026' % (R.randint(1, 28), R.randint(1, 12)),
    'ip': lambda: '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    'port': lambda: str(R.choice([8883, 1883, 443, 5683, 8080, 9092])),
    'defect': lambda: 'DEF-%05d' % R.randint(1, 99999),
    'build': lambda: '%d.%d' % (R.randint(20260101, 20261205), R.randint(1, 40)),
    'kwh': lambda: '%d.%03d' % (R.randint(0, 99999), R.randint(0, 999)),
    'duration': lambda: '%dms' % R.randint(1, 99999),
    'gsp': lambda: '_' + R.choice('ABCDEFGHJKLMNP'),
    'job': lambda: 'JOB-%07d' % R.randint(1, 9999999),
    'ticket': lambda: 'INC%07d' % R.randint(1, 9999999),
    'srv': lambda: R.choice(['4.1.1', '6.15.1', '8.1.1', '11.2', '2.2', '7.7', '3.2']),
    'tariff': lambda: R.choice(['E7', 'STD-V12', 'AGILE-24-10-01', 'FIX-12M-2026', 'EV-GO-NOV26']),
}


def K(it, cat=None):
    cat = cat or R.choice(list(KEEP_MAKERS))
    return it.k(KEEP_MAKERS[cat](), cat)


# ---------------- genres -----------------
def g_ocpp(it):
    it.ctx = 'json'
    m, es, cb = F.mpan(), F.eserial(), F.eui()
    a = F.address(); nm = F.name()
    L = []
    L.append('%s [ws] >> [2,"%s","BootNotification",{"chargePointVendor":"Myenergi","chargePointModel":"zappi-2H","firmwareVersion":"%s","meterSerialNumber":"%s","chargePointSerialNumber":"%s"}]' % (K(it, 'ts'), K(it, 'uuid'), K(it, 'version'), it.v('eserial', es), K(it, 'job')))
    L.append('%s [ws] << [3,"%s",{"status":"Accepted","interval":%s}]' % (K(it, 'ts'), K(it, 'uuid'), K(it, 'count')))
    L.append('%s [ws] >> [2,"%s","DataTransfer",{"vendorId":"uk.co.supplier","messageId":"SiteInfo","data":"{\\"mpan\\":\\"%s\\",\\"hanDevice\\":\\"%s\\",\\"site\\":\\"%s\\"}"}]' % (K(it, 'ts'), K(it, 'uuid'), it.v('mpan', m), it.v('eui', cb), it.addr(a)))
    L.append('%s [ws] >> [2,"%s","MeterValues",{"connectorId":1,"transactionId":%s,"meterValue":[{"timestamp":"%s","sampledValue":[{"value":"%s","measurand":"Energy.Active.Import.Register","unit":"kWh"}]}]}]' % (K(it, 'ts'), K(it, 'uuid'), K(it, 'count'), K(it, 'ts'), K(it, 'kwh')))
    L.append('%s [app] driver %s (%s) authorised idTag=%s tariff=%s' % (K(it, 'ts'), it.name(nm), it.email(F.email(nm)), K(it, 'job'), K(it, 'tariff')))
    if R.random() < .5:
        L.append('%s [app] correlation=ocpp-%s-%s' % (K(it, 'ts'), it.v('mpan', m, 'plain'), K(it, 'count')))
    return '\n'.join(L) + '\n'


def g_lorawan(it):
    it.ctx = 'json'
    dev, gs, mp = F.eui(), F.gserial(), F.mprn()
    pc = F.postcode()
    payload = base64.b64encode(('MPRN=%s;SER=%s' % (mp, gs)).encode()).decode()
    it._rec('mprn', mp, 'b64-in-frm_payload'); it._rec('gserial', gs, 'b64-in-frm_payload')
    j = '''{
  "end_device_ids": {
    "device_id": "gasmeter-%s",
    "application_ids": {"application_id": "pilot-heat-network"},
    "dev_eui": "%s",
    "join_eui": "%s",
    "dev_addr": "%s"
  },
  "received_at": "%s",
  "uplink_message": {
    "f_port": 2,
    "f_cnt": %s,
    "frm_payload": "%s",
    "decoded_payload": {"mprn": "%s", "meter_serial": "%s", "volume_m3": %s, "site_postcode": "%s"},
    "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-%s"}, "rssi": -%d, "snr": 7.25}],
    "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 9}}},
    "consumed_airtime": "%s"
  },
  "correlation_ids": ["as:up:%s", "gs:uplink:%s"]
}''' % (it.v('gserial', gs, 'lower' if R.random() < .5 else 'plain'), it.v('eui', dev), K(it, 'sha')[:16].upper(), K(it, 'count'), K(it, 'ts'), K(it, 'count'),
        payload, it.v('mprn', mp), it.v('gserial', gs), K(it, 'kwh'), it.pc(pc), K(it, 'mpid').lower(), R.randint(40, 120), K(it, 'duration'), K(it, 'uuid'), K(it, 'uuid'))
    return j + '\n'


def g_ieee2030(it):
    it.ctx = 'xml'
    m, es, dev = F.mpan(), F.eserial(), F.eui()
    a = F.address(); nm = F.name()
    return '''<?xml version="1.0" encoding="UTF-8"?>
<!-- CSIP test step %s captured %s -->
<EndDevice xmlns="urn:ieee:std:2030.5:ns" href="/edev/%s" subscribable="0">
  <sFDI>%s</sFDI>
  <lFDI>%s</lFDI>
  <changedTime>%s</changedTime>
  <enabled>true</enabled>
  <DeviceInformation>
    <mfModel>SolarEdge SE5000H</mfModel>
    <mfSerNum>%s</mfSerNum>
    <swVer>%s</swVer>
    <lFDI-HAN>%s</lFDI-HAN>
  </DeviceInformation>
  <ConnectionPoint>
    <connectionPointId>%s</connectionPointId>
    <meterId>%s</meterId>
    <description>Export MPAN for %s at %s</description>
  </ConnectionPoint>
  <Registration><pIN>%s</pIN><dateTimeRegistered>%s</dateTimeRegistered></Registration>
</EndDevice>
''' % (K(it, 'tcref'), K(it, 'ts'), K(it, 'count'), K(it, 'count'), K(it, 'sha'), K(it, 'epoch')[:10], it.v('eserial', es), K(it, 'version'),
       it.v('eui', dev), it.v('mpan', m), it.v('eserial', es, 'plain'), html.escape(it.name(nm)), html.escape(it.addr(a)), R.randint(100000, 999999), K(it, 'ts'))


def g_mqtt(it):
    it.ctx = 'json'
    dev, m, mp = F.eui(), F.mpan(), F.mprn()
    L = ['$ mosquitto_sub -h glowmqtt.energyhive.com -p %s -t "glow/+/SENSOR/#" -v' % K(it, 'port')]
    topic_eui = it.v('eui', dev, R.choice(['plain', 'eui_lower']))
    L.append('glow/%s/STATE {"software":"%s","timestamp":"%s","hardware":"GLOW-IHD","wifistamac":"%s","smetsversion":"SMETS2","eui":"%s","zigbee":"1.2.5"}' % (topic_eui, K(it, 'version'), K(it, 'ts'), K(it, 'sha')[:12], it.v('eui', dev)))
    L.append('glow/%s/SENSOR/electricitymeter {"electricitymeter":{"timestamp":"%s","energy":{"export":{"cumulative":0.000,"units":"kWh"},"import":{"cumulative":%s,"day":4.112,"units":"kWh","mpan":"%s","supplier":"Ovo","price":{"unitrate":0.2447,"standingcharge":0.6112}}},"power":{"value":0.412,"units":"kW"}}}' % (topic_eui, K(it, 'ts'), K(it, 'kwh'), it.v('mpan', m)))
    L.append('glow/%s/SENSOR/gasmeter {"gasmeter":{"timestamp":"%s","energy":{"import":{"cumulative":%s,"units":"kWh","mprn":"%s","cumulativevol":%s,"cumulativevolunits":"m3"}}}}' % (topic_eui, K(it, 'ts'), K(it, 'kwh'), it.v('mprn', mp), K(it, 'kwh')))
    if R.random() < .6:
        L.append('# tester: same hub seen earlier as %s, MPAN written on card as %s' % (it.v('eui', dev, ctx='text'), it.v('mpan', m, ctx='text')))
    return '\n'.join(L) + '\n'


def g_influx(it):
    m, es = F.mpan(), F.eserial()
    a = F.address()
    addr = it.addr(a, 'plain').replace(' ', '\\ ').replace(',', '\\,')
    L = ['# DML', '# CONTEXT-DATABASE: hh_readings', '# exported %s by tester, %s rows' % (K(it, 'ts'), K(it, 'count'))]
    for j in range(4):
        ts = K(it, 'epoch') + '000000'
        mf = 'plain' if j else None
        L.append('consumption,mpan=%s,meter=%s,gsp=%s,site=%s import_kwh=%s,export_kwh=0,quality="A" %s' % (
            it.v('mpan', m, mf), it.v('eserial', es, mf), K(it, 'gsp'), addr if j == 0 else K(it, 'mpanref'), K(it, 'kwh'), ts))
    return '\n'.join(L) + '\n'


def g_cypher(it):
    rows = []
    hdr = '+----------------------------------------------------------------------------------------------+\n| c.name | c.mpan | c.mprn | a.line | m.serial |\n+----------------------------------------------------------------------------------------------+'
    for j in range(3):
        nm, m, mp, a, es = F.name(), F.mpan(), F.mprn(), F.address(), F.eserial()
        rows.append('| "%s" | "%s" | "%s" | "%s" | "%s" |' % (it.name(nm), it.v('mpan', m), it.v('mprn', mp), it.addr(a), it.v('eserial', es)))
    q = 'neo4j@neo4j> MATCH (c:Customer)-[:SUPPLIED_AT]->(a:Address)<-[:SERVES]-(m:Meter) WHERE c.segment = "%s" RETURN c.name, c.mpan, c.mprn, a.line, m.serial LIMIT %s;' % (K(it, 'tariff'), K(it, 'count'))
    return q + '\n' + hdr + '\n' + '\n'.join(rows) + '\n+-----------+\n\n3 rows\nready to start consuming query after %s, results consumed after another 4 ms\n-- run %s for %s\n' % (K(it, 'duration'), K(it, 'uuid'), K(it, 'tcref'))


def g_dynamo(it):
    it.ctx = 'json'
    m, nm, ph, a, gs = F.mpan(), F.name(), F.phone(), F.address(), F.gserial()
    blob = base64.b64encode(('{"mpan":"%s","phone":"%s"}' % (m, ph)).encode()).decode()
    it._rec('mpan', m, 'b64-in-B'); it._rec('phone', ph, 'b64-in-B')
    return '''$ aws dynamodb scan --table-name cos-requests-sit2 --max-items 1
{
    "Items": [
        {
            "pk": {"S": "COS#%s"},
            "sk": {"S": "REQ#%s"},
            "customerName": {"S": "%s"},
            "contactPhone": {"S": "%s"},
            "supplyAddress": {"M": {"line1": {"S": "%s"}, "town": {"S": "%s"}, "postcode": {"S": "%s"}}},
            "gasMeter": {"S": "%s"},
            "attempts": {"N": "%s"},
            "rawPayload": {"B": "%s"},
            "traceId": {"S": "%s"},
            "amountDue": {"N": "%s"}
        }
    ],
    "Count": 1,
    "ScannedCount": %s,
    "NextToken": "%s"
}
''' % (it.v('mpan', m), K(it, 'ts'), it.name(nm), it.v('phone', ph), a['line1'], a['town'], it.pc(a['postcode']), it.v('gserial', gs), K(it, 'count'),
       blob, K(it, 'uuid'), K(it, 'amount').replace('£', '').replace(',', ''), K(it, 'count'), base64.b64encode(K(it, 'uuid').encode()).decode()) + \
        '' if False else None


def _dyn(it):
    t = g_dynamo_real(it)
    return t


def g_dynamo_real(it):
    it.ctx = 'json'
    m, nm, ph, a, gs = F.mpan(), F.name(), F.phone(), F.address(), F.gserial()
    blob = base64.b64encode(('{"mpan":"%s","phone":"%s"}' % (m, ph)).encode()).decode()
    it._rec('mpan', m, 'b64-in-B'); it._rec('phone', ph, 'b64-in-B')
    it._rec('address', a['line1'] + ', ' + a['town'] + ', ' + a['postcode'], 'dynamo-M', a['words'])
    return '''$ aws dynamodb scan --table-name cos-requests-sit2 --max-items 1
{
    "Items": [
        {
            "pk": {"S": "COS#%s"},
            "sk": {"S": "REQ#%s"},
            "customerName": {"S": "%s"},
            "contactPhone": {"S": "%s"},
            "supplyAddress": {"M": {"line1": {"S": "%s"}, "town": {"S": "%s"}, "postcode": {"S": "%s"}}},
            "gasMeter": {"S": "%s"},
            "attempts": {"N": "%s"},
            "rawPayload": {"B": "%s"},
            "traceId": {"S": "%s"},
            "amountDue": {"N": "%s"}
        }
    ],
    "Count": 1,
    "ScannedCount": %s
}
''' % (it.v('mpan', m), K(it, 'ts'), it.name(nm), it.v('phone', ph), a['line1'], a['town'], it.pc(a['postcode']), it.v('gserial', gs), K(it, 'count'),
       blob, K(it, 'uuid'), K(it, 'count'), K(it, 'count'))


def g_pytest(it):
    m, es, pc, nm = F.mpan(), F.eserial(), F.postcode(), F.name()
    exp = it.v('mpan', m, 'plain')
    got = it.v('mpan', m)
    L = ['============================= test session starts ==============================',
         'platform linux -- Python 3.11.7, pytest-8.3.2, pluggy-1.5.0 -- /opt/venv/bin/python',
         'rootdir: /builds/cos-regression', 'collected %s items' % K(it, 'count'), '',
         'tests/test_registration.py::test_%s_mpan_normalised FAILED                  [ 42%%]' % K(it, 'tcref').lower().replace('-', '_'),
         '', '=================================== FAILURES ===================================',
         '________________________ test_mpan_normalised[case7] _________________________', '',
         '    def test_mpan_normalised(case7):',
         '        resp = client.post("/registrations", json=case7)',
         '>       assert resp.json()["mpan"] == %r' % exp,
         'E       AssertionError: assert %r == %r' % (got, exp),
         'E         - %s' % exp, 'E         + %s' % got,
         'E       meter %r postcode %r owner %r' % (it.v('eserial', es), it.pc(pc), it.name(nm)),
         '', 'tests/test_registration.py:%s: AssertionError' % K(it, 'count'),
         '=========================== short test summary info ============================',
         'FAILED tests/test_registration.py::test_mpan_normalised[case7] - AssertionError',
         '========== 1 failed, %s passed, 2 skipped in %ss (0:00:%s) ==========' % (K(it, 'count'), K(it, 'kwh'), R.randint(10, 59))]
    return '\n'.join(L) + '\n'


def g_jest(it):
    it.ctx = 'html'
    m, nm, a, em, mp = F.mpan(), F.name(), F.address(), None, F.mprn()
    em = F.email(nm)
    return '''// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`CustomerSummaryCard renders the supply panel %s 1`] = `
<div
  className="summary-card"
  data-testid="%s"
>
  <h2>
    %s
  </h2>
  <p className="mpan">MPAN: %s</p>
  <p className="mprn">MPRN: %s</p>
  <address>%s</address>
  <a href="mailto:%s">Email customer</a>
  <span className="meta">build %s · %s</span>
</div>
`;

exports[`CustomerSummaryCard renders empty state 1`] = `
<div className="summary-card empty">No supply for %s</div>
`;
''' % (K(it, 'tcref'), K(it, 'uuid'), html.escape(it.name(nm)), it.v('mpan', m), it.v('mprn', mp), html.escape(it.addr(a)).replace(', ', ',<br />'),
       it.email(em, 'plain'), K(it, 'build'), K(it, 'version'), K(it, 'mpanref'))


def g_cucumber(it):
    it.ctx = 'json'
    m, es, nm, a = F.mpan(), F.eserial(), F.name(), F.address()
    att = 'Step log\nMPAN %s\nMeter %s\nCustomer %s\nAddress %s\n' % (m, es, nm, a['line1'] + ', ' + a['town'] + ' ' + a['postcode'])
    enc = R.choice(['b64', 'b64'])
    it._rec('mpan', m, 'b64-embedding'); it._rec('eserial', es, 'b64-embedding'); it._rec('name', nm, 'b64-embedding', [nm.split()[0]])
    it._rec('address', a['line1'] + ', ' + a['town'] + ', ' + a['postcode'], 'b64-embedding', a['words'])
    return '''[{"uri":"features/cos.feature","id":"change-of-supplier","keyword":"Feature","name":"Change of supplier %s","elements":[{"id":"cos;happy","keyword":"Scenario","type":"scenario","name":"Gain for %s","steps":[{"keyword":"Given ","name":"a registered supply %s","result":{"status":"passed","duration":%s}},{"keyword":"Then ","name":"the meter %s is appointed","result":{"status":"failed","duration":%s,"error_message":"expected status 200 for %s"},"embeddings":[{"mime_type":"text/plain","data":"%s","name":"step log"}]}],"tags":[{"name":"@%s"}]}]}]
''' % (K(it, 'version'), K(it, 'mpanref'), it.v('mpan', m), K(it, 'count'), it.v('eserial', es), K(it, 'count'), K(it, 'dip'), base64.b64encode(att.encode()).decode(), K(it, 'tcref'))


def g_burp(it):
    it.ctx = 'xml'
    m, nm, ph, pc, em = F.mpan(), F.name(), F.phone(), F.postcode(), None
    em = F.email(nm)
    req = ('POST /api/v2/moving-home HTTP/1.1\r\nHost: sit.supplier.test\r\nContent-Type: application/json\r\n\r\n'
           '{"mpan":"%s","name":"%s","phone":"%s","email":"%s","newPostcode":"%s"}' % (m, nm, ph, em, pc))
    for k, v in (('mpan', m), ('phone', ph), ('postcode', pc)):
        it._rec(k, v, 'b64-burp-request')
    it._rec('email', em, 'b64-burp-request'); it._rec('name', nm, 'b64-burp-request', [nm.split()[0]])
    resp = 'HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\n\r\n{"error":"invalid mpan %s"}' % m
    return '''<?xml version="1.0"?>
<!DOCTYPE items [<!ELEMENT items (item*)>]>
<items burpVersion="2024.%s" exportTime="%s">
  <item>
    <time>%s</time>
    <url><![CDATA[https://sit.supplier.test/api/v2/moving-home?ref=%s]]></url>
    <host ip="%s">sit.supplier.test</host>
    <port>443</port>
    <protocol>https</protocol>
    <method><![CDATA[POST]]></method>
    <path><![CDATA[/api/v2/moving-home?ref=%s]]></path>
    <request base64="true"><![CDATA[%s]]></request>
    <status>422</status>
    <responselength>%s</responselength>
    <mimetype>JSON</mimetype>
    <response base64="true"><![CDATA[%s]]></response>
    <comment>retest %s for %s</comment>
  </item>
</items>
''' % (R.randint(1, 12), K(it, 'ts'), K(it, 'ts'), K(it, 'mpanref'), K(it, 'ip'), K(it, 'mpanref'), base64.b64encode(req.encode()).decode(), K(it, 'count'),
       base64.b64encode(resp.encode()).decode(), K(it, 'defect'), html.escape(it.name(nm)))


def g_irc(it):
    m, es, a, nm, ph, dev = F.mpan(), F.eserial(), F.address(), F.name(), F.phone(), F.eui()
    L = ['--- Log opened %s' % K(it, 'date'),
         '09:%02d -!- installer_dave [~dave@%s] has joined #sit-field-ops' % (R.randint(0, 59), K(it, 'ip')),
         '09:%02d < installer_dave> on site at %s, customer is %s' % (R.randint(0, 59), it.addr(a), it.name(nm)),
         '09:%02d < installer_dave> mpan on the cut-out label: %s' % (R.randint(0, 59), it.v('mpan', m)),
         '09:%02d < ops_kirsty> cheers, ticket %s, is the old meter %s?' % (R.randint(0, 59), K(it, 'ticket'), it.v('eserial', es)),
         '09:%02d < installer_dave> yep. CH joined HAN, device id %s, firmware %s' % (R.randint(0, 59), it.v('eui', dev), K(it, 'version')),
         '09:%02d < ops_kirsty> customer callback number %s if the commissioning fails (job %s)' % (R.randint(0, 59), it.v('phone', ph), K(it, 'job')),
         '09:%02d < bot> [%s] %s -> %s commissioned in %s' % (R.randint(0, 59), K(it, 'msgtype'), K(it, 'mpanref'), K(it, 'srv'), K(it, 'duration'))]
    if R.random() < .5:
        L.append('09:%02d < installer_dave> sorry, typo, the MPAN is really %s' % (R.randint(0, 59), it.v('mpan', m, R.choice(['b64', 'hex', 'sep:.', 'invis:lrm']))))
    L.append('--- Log closed %s' % K(it, 'date'))
    return '\n'.join(L) + '\n'


def g_bbcode(it):
    it.ctx = 'text'
    m, nm, a, gs, mp = F.mpan(), F.name(), F.address(), F.gserial(), F.mprn()
    g = group(m, 'mpan')
    bb = R.choice(['[b]%s[/b]%s%s%s' % tuple(g), '%s[color=red]%s[/color]%s%s' % tuple(g), '[code]%s%s[/code][code]%s%s[/code]' % tuple(g), '%s[i]%s%s[/i]%s' % tuple(g)])
    it._rec('mpan', m, 'bbcode-split')
    return '''[quote="%s"]Posted %s
Our new smart meter (gas serial [b]%s[/b]) has been reading zero since the install on %s.
MPRN from the bill: %s
[/quote]

Hi %s, thanks for posting. I've checked the supply %s and raised case %s for the metering team.
Can you confirm the address is [i]%s[/i]?

[size=85]Moderator note: account number removed, see forum rule %s. Edited %s times.[/size]
''' % (it.name(nm, 'plain'), K(it, 'ts'), it.v('gserial', gs), K(it, 'date'), it.v('mprn', mp), nm.split()[0], bb, K(it, 'ticket'), it.addr(a), K(it, 'count'), K(it, 'count'))


def g_telegram(it):
    it.ctx = 'json'
    m, es, nm, a, ph = F.mpan(), F.eserial(), F.name(), F.address(), F.phone()
    g = group(m, 'mpan')
    it._rec('mpan', m, 'telegram-entity-split')
    pcs = ',\n        {"type": "bold", "text": "%s"},\n        "%s"' % (g[0] + g[1], g[2] + g[3])
    return '''{
 "name": "Smart install crew North",
 "type": "private_group",
 "id": %s,
 "messages": [
  {
   "id": %s,
   "type": "message",
   "date": "%s",
   "from": "%s",
   "text": [
        "MPAN for the flat: "%s,
        "\\nold meter %s, new CH %s"
   ]
  },
  {
   "id": %s,
   "type": "message",
   "date": "%s",
   "from": "Dispatcher",
   "text": "ok, %s on %s booked for %s, slot ref %s"
  }
 ]
}
''' % (K(it, 'count'), K(it, 'count'), K(it, 'ts'), it.name(nm), pcs, it.v('eserial', es), K(it, 'job'), K(it, 'count'), K(it, 'ts'), it.addr(a), it.v('phone', ph), K(it, 'date'), K(it, 'uuid'))


def g_court(it):
    L = ['%s MAGISTRATES\' COURT' % R.choice(['LEEDS', 'CARDIFF', 'NORWICH', 'DERBY']), 'Warrant of entry applications (Rights of Entry (Gas and Electricity Boards) Act 1954)',
         'List for %s  Court %d  Hearing list %s' % (K(it, 'date'), R.randint(1, 9), K(it, 'count')), '']
    for j in range(3):
        nm, a = F.name(), F.address()
        util = R.choice(['elec', 'gas'])
        v = it.v('mpan', F.mpan()) if util == 'elec' else it.v('mprn', F.mprn())
        L.append('%d. %s v %s (occupier), %s' % (j + 1, R.choice(['British Gas Trading Ltd', 'E.ON Next Energy Ltd', 'Octopus Energy Ltd']), it.name(nm), it.addr(a, sep=', ')))
        L.append('   %s %s; debt %s; applicant ref %s; company no. %s' % ('MPAN' if util == 'elec' else 'MPRN', v, K(it, 'amount'), K(it, 'inv'), K(it, 'crn')))
        L.append('   Premises: %s' % it.addr(a))
        L.append('')
    L.append('Listing officer ext. %s, list version %s' % (K(it, 'count'), K(it, 'version')))
    return '\n'.join(L) + '\n'


def g_tenancy(it):
    nm1, nm2, a, m, mp, es, gs, ph, pc2 = F.name(), F.name(), F.address(), F.mpan(), F.mprn(), F.eserial(), F.gserial(), F.phone(), F.postcode()
    em = F.email(nm1)
    return '''NOTICE OF CHANGE OF OCCUPIER - submitted via letting agent portal
Form id: %s   Submitted: %s   Agent branch VAT %s

Property address .......... %s
Outgoing tenant ........... %s
Forwarding postcode ....... %s
Incoming tenant ........... %s
Incoming tenant phone ..... %s
Incoming tenant e-mail .... %s
Move date ................. %s

Electricity
  MPAN (bottom line) ...... %s
  Meter serial ............ %s   Reading %s kWh
Gas
  MPRN .................... %s
  Meter serial ............ %s   Reading %s m3

Agent notes: keys with branch, deposit scheme ref %s, invoice %s (%s).
''' % (K(it, 'uuid'), K(it, 'ts'), K(it, 'vat'), it.addr(a), it.name(nm1), it.pc(pc2), it.name(nm2), it.v('phone', ph), it.email(em), K(it, 'date'),
       it.v('mpan', m), it.v('eserial', es), K(it, 'kwh'), it.v('mprn', mp), it.v('gserial', gs), K(it, 'kwh'), K(it, 'po'), K(it, 'inv'), K(it, 'amount'))


def g_snmp(it):
    dev, es, m = F.eui(), F.eserial(), F.mpan()
    hexs = ' '.join(dev[i:i + 2] for i in range(0, 16, 2))
    it._rec('eui', dev, 'snmp-Hex-STRING')
    return '''$ snmpwalk -v2c -c %s %s 1.3.6.1.4.1.%s
iso.3.6.1.4.1.%s.1.1.0 = STRING: "HES gateway %s"
iso.3.6.1.4.1.%s.1.2.0 = Timeticks: (%s) 3 days, 2:11:09.12
iso.3.6.1.4.1.%s.2.1.1.1 = Hex-STRING: %s 
iso.3.6.1.4.1.%s.2.1.1.2 = STRING: "%s"
iso.3.6.1.4.1.%s.2.1.1.3 = STRING: "%s"
iso.3.6.1.4.1.%s.2.1.1.4 = Counter32: %s
iso.3.6.1.4.1.%s.2.1.1.5 = STRING: "%s"
iso.3.6.1.4.1.%s.2.1.1.6 = Gauge32: %s
''' % (K(it, 'mpid').lower(), K(it, 'ip'), 4 * [0] and 51234, 51234, K(it, 'version'), 51234, K(it, 'count'), 51234, hexs, 51234, it.v('eserial', es), 51234,
       it.v('mpan', m), 51234, K(it, 'count'), 51234, K(it, 'obis'), 51234, K(it, 'count'))


def g_wmbus(it):
    it.ctx = 'json'
    gs, mp, pc = F.gserial(), F.mprn(), F.postcode()
    mid = ''.join(R.choice('0123456789') for _ in range(8))
    return '''$ wmbusmeters --format=json rtlwmbus GasHeat gasmeter %s NOKEY
(wmbus) telegram=|%s|+%s
{"media":"gas","meter":"%s","name":"GasHeat","id":"%s","total_m3":%s,"target_m3":%s,"current_status":"OK","timestamp":"%s","device":"rtlwmbus[%s]","rssi_dbm":-%d,"site_postcode":"%s","mprn":"%s","serial_label":"%s"}
''' % (mid, K(it, 'sha').upper()[:40], K(it, 'count'), 'multical21', mid, K(it, 'kwh'), K(it, 'kwh'), K(it, 'ts'), K(it, 'count'), R.randint(40, 90),
       it.pc(pc), it.v('mprn', mp), it.v('gserial', gs))


def g_logcat(it):
    m, es, gs, nm, a, dev, ph = F.mpan(), F.eserial(), F.gserial(), F.name(), F.address(), F.eui(), F.phone()
    L = ['--------- beginning of main',
         '12-05 10:%02d:11.%s  %d  %d I InstallerApp: sync start job=%s build=%s' % (R.randint(0, 59), R.randint(100, 999), R.randint(1000, 30000), R.randint(1000, 30000), K(it, 'job'), K(it, 'build')),
         '12-05 10:%02d:12.%s  %d  %d D JobRepository: MeterJob(id=%s, mpan=%s, elecSerial=%s, gasSerial=%s, customer=%s, phone=%s, commsHub=%s)' % (
             R.randint(0, 59), R.randint(100, 999), R.randint(1000, 30000), R.randint(1000, 30000), K(it, 'uuid'), it.v('mpan', m), it.v('eserial', es), it.v('gserial', gs), it.name(nm), it.v('phone', ph), it.v('eui', dev)),
         '12-05 10:%02d:12.%s  %d  %d D JobRepository: Bundle[{address=%s, slot=%s, attempts=%s}]' % (R.randint(0, 59), R.randint(100, 999), R.randint(1000, 30000), R.randint(1000, 30000), it.addr(a), K(it, 'ts'), K(it, 'count')),
         '12-05 10:%02d:13.%s  %d  %d W OkHttp  : --> POST https://api.fieldforce.test/v1/jobs/%s/complete?mpan=%s (%s-byte body)' % (R.randint(0, 59), R.randint(100, 999), R.randint(1000, 30000), R.randint(1000, 30000), K(it, 'job'), it.v('mpan', m, R.choice(['plain', 'pct'])), K(it, 'count')),
         '12-05 10:%02d:13.%s  %d  %d E InstallerApp: commissioning failed for %s: %s timeout after %s' % (R.randint(0, 59), R.randint(100, 999), R.randint(1000, 30000), R.randint(1000, 30000), K(it, 'mpanref'), K(it, 'srv'), K(it, 'duration'))]
    return '\n'.join(L) + '\n'


def g_spark(it):
    L = ['>>> df.filter(col("batch_id") == "%s").show(truncate=%s)' % (K(it, 'uuid'), R.choice(['True', 'False'])),
         '+--------------------+--------------+-------------+----------+-------+',
         '|           mpan_full|   meter_serial|         name|  postcode| kwh   |',
         '+--------------------+--------------+-------------+----------+-------+']
    for j in range(3):
        m, es, nm, pc = F.mpan(), F.eserial(), F.name(), F.postcode()
        pc_, mtc, llf = F.top_line()
        full = pc_ + mtc + llf + m
        if R.random() < .5:
            cell = full[:17] + '...'
            it._rec('mpan', m, 'spark-truncated-21digit')
        else:
            cell = it.v('mpan', m)
        L.append('|%20s|%14s|%13s|%10s|%7s|' % (cell, it.v('eserial', es), it.name(nm, 'plain'), it.pc(pc), K(it, 'kwh')))
    L.append('+--------------------+--------------+-------------+----------+-------+')
    L.append('only showing top 3 rows (partition %s, %s records)' % (K(it, 'count'), K(it, 'count')))
    return '\n'.join(L) + '\n'


def g_rtl(it):
    m, nm, a, ph, mp = F.mpan(), F.name(), F.address(), F.phone(), F.mprn()
    lang = R.choice(['ur', 'ar', 'cy', 'pl'])
    if lang == 'ur':
        body = 'گاہک نے شکایت کی ہے کہ بل غلط ہے۔ ایم پی اے این: \u2067%s\u2069 اور فون \u200f%s\u200f ہے۔ پتہ: %s' % (it.v('mpan', m), it.v('phone', ph), it.addr(a))
    elif lang == 'ar':
        body = 'اشتكى العميل %s من فاتورة خاطئة. رقم MPAN هو \u202b%s\u202c والهاتف %s. العنوان: %s' % (it.name(nm), it.v('mpan', m), it.v('phone', ph), it.addr(a))
    elif lang == 'cy':
        body = 'Cwyn gan %s ynghylch bil anghywir. Rhif MPAN: %s, ffôn: %s. Cyfeiriad: %s. Rhif MPRN: %s' % (it.name(nm), it.v('mpan', m), it.v('phone', ph), it.addr(a), it.v('mprn', mp))
    else:
        body = 'Skarga od klienta %s: rachunek jest błędny. Numer MPAN: %s, telefon: %s. Adres: %s. Numer gazomierza MPRN: %s' % (it.name(nm), it.v('mpan', m), it.v('phone', ph), it.addr(a), it.v('mprn', mp))
    return '''Interpreter note (Language Line) - session %s - %s
Case %s / complaint stage 1 / interpreter id %s
Original (%s):
%s
English summary: customer disputes bill %s of %s for supply %s; callback within %s working days.
''' % (K(it, 'uuid'), K(it, 'ts'), K(it, 'ticket'), K(it, 'count'), lang, body, K(it, 'inv'), K(it, 'amount'), K(it, 'mpanref'), R.randint(2, 9))


def g_pagerduty(it):
    it.ctx = 'json'
    m, dev, es, a = F.mpan(), F.eui(), F.eserial(), F.address()
    inner = json.dumps({'mpan': '@@M@@', 'device': '@@D@@', 'msg': 'DCC alert %s' % K(it, 'srv')})
    inner = inner.replace('@@M@@', it.v('mpan', m)).replace('@@D@@', it.v('eui', dev))
    inner_esc = json.dumps(inner)[1:-1]
    body = '<p>Meter <b>%s</b> at %s stopped responding</p>' % (it.v('eserial', es, ctx='html'), html.escape(it.addr(a)))
    return '''{"incident":{"id":"%s","incident_number":%s,"title":"SMETS2 head-end alert for %s","status":"triggered","urgency":"high","created_at":"%s",
"service":{"id":"%s","summary":"dcc-adapter-sit"},
"body":{"type":"incident_body","details":"%s","details_html":"%s"},
"alerts":[{"id":"%s","custom_details":{"payload":"%s","retries":%s,"version":"%s"}}]}}
''' % (K(it, 'sha')[:7].upper(), K(it, 'count'), K(it, 'mpanref'), K(it, 'ts'), K(it, 'sha')[:7].upper(), inner_esc, json.dumps(body)[1:-1], K(it, 'sha')[:14].upper(),
       inner_esc, K(it, 'count'), K(it, 'version'))


def g_camunda(it):
    it.ctx = 'json'
    m, nm, a, ph = F.mpan(), F.name(), F.address(), F.phone()
    # java serialised-ish blob (UTF-8 modified strings with 2-byte length)
    def js(s):
        b = s.encode()
        return b'\x74' + len(b).to_bytes(2, 'big') + b
    blob = b'\xac\xed\x00\x05sr\x00\x1buk.test.cos.SupplyRequest\x00\x00\x00\x00\x00\x00\x00\x01\x02\x00\x03L\x00\x04mpant\x00\x12Ljava/lang/String;xp' + js(m) + js(nm) + js(a['line1'] + ', ' + a['town'] + ' ' + a['postcode'])
    it._rec('mpan', m, 'java-serialised-b64'); it._rec('name', nm, 'java-serialised-b64', [nm.split()[0]])
    it._rec('address', a['line1'] + ', ' + a['town'] + ', ' + a['postcode'], 'java-serialised-b64', a['words'])
    return '''GET /engine-rest/process-instance/%s/variables?deserializeValues=false
{
  "mpan": {"type": "String", "value": "%s", "valueInfo": {}},
  "customerName": {"type": "String", "value": "%s", "valueInfo": {}},
  "contactNumber": {"type": "String", "value": "%s", "valueInfo": {}},
  "siteAddress": {"type": "Json", "value": "{\\"line1\\":\\"%s\\",\\"town\\":\\"%s\\",\\"postcode\\":\\"%s\\"}", "valueInfo": {}},
  "supplyRequest": {"type": "Object", "value": "%s", "valueInfo": {"objectTypeName": "uk.test.cos.SupplyRequest", "serializationDataFormat": "application/x-java-serialized-object"}},
  "retries": {"type": "Integer", "value": %s, "valueInfo": {}},
  "businessKey": {"type": "String", "value": "%s", "valueInfo": {}},
  "slaDue": {"type": "Date", "value": "%s", "valueInfo": {}}
}
''' % (K(it, 'uuid'), it.v('mpan', m), it.name(nm), it.v('phone', ph), a['line1'], a['town'], it.pc(a['postcode']), base64.b64encode(blob).decode(), K(it, 'count'), K(it, 'tcref'), K(it, 'ts')) + \
        ('' if it._rec('address', a['line1'] + ', ' + a['town'] + ', ' + a['postcode'], 'json-escaped-fields', a['words']) else '')


def g_opsgenie(it):
    m, mp, es, gs, nm, a, ph = F.mpan(), F.mprn(), F.eserial(), F.gserial(), F.name(), F.address(), F.phone()
    return '''Opsgenie alert #%s  [P2]  "%s failed for %s"
Tags: sit2, dcc, %s   Source: %s   Created: %s
---
Note by on-call (%s):
 Customer %s rang in on %s about no supply. Premises %s.
 Electricity MPAN %s / meter %s; gas MPRN %s / meter %s.
 Head-end shows %s retries, last response %s. Escalated to %s.
---
Acked after %s, closed as duplicate of %s.
''' % (K(it, 'count'), K(it, 'msgtype'), K(it, 'mpanref'), K(it, 'tariff'), K(it, 'ip'), K(it, 'ts'), K(it, 'date'), it.name(nm), it.v('phone', ph), it.addr(a),
       it.v('mpan', m), it.v('eserial', es), it.v('mprn', mp), it.v('gserial', gs), K(it, 'count'), K(it, 'srv'), K(it, 'ticket'), K(it, 'duration'), K(it, 'ticket'))


def g_dax(it):
    m, es, nm, pc = F.mpan(), F.eserial(), F.name(), F.postcode()
    return '''// DAX query from Performance Analyzer, visual "%s", duration %s
DEFINE
    VAR __DS0FilterTable = TREATAS ( { "%s" }, 'Supply'[MPAN] )
    VAR __DS0FilterTable2 = TREATAS ( { "%s", "%s" }, 'Meter'[Serial] )
    VAR __DS0FilterTable3 = TREATAS ( { "%s" }, 'Customer'[FullName] )
    VAR __DS0FilterTable4 = FILTER ( KEEPFILTERS ( VALUES ( 'Site'[Postcode] ) ), 'Site'[Postcode] = "%s" )
EVALUATE
    SUMMARIZECOLUMNS ( 'Reads'[ReadDate], __DS0FilterTable, __DS0FilterTable2, __DS0FilterTable3, __DS0FilterTable4,
        "Consumption", CALCULATE ( SUM ( 'Reads'[kWh] ) ), "Cost", [Total Cost] )
ORDER BY 'Reads'[ReadDate]
// dataset %s  refreshed %s  rows %s  model version %s
''' % (K(it, 'uuid'), K(it, 'duration'), it.v('mpan', m), it.v('eserial', es), it.v('eserial', es, R.choice(['lower', 'plain'])), it.name(nm), it.pc(pc), K(it, 'uuid'), K(it, 'ts'), K(it, 'count'), K(it, 'version'))


def g_sparql(it):
    m, nm, a, dev = F.mpan(), F.name(), F.address(), F.eui()
    return '''# SPARQL results (TSV) from the asset knowledge graph, query %s, %s
?supply\t?mpan\t?occupant\t?premises\t?hub
<https://kg.test/supply/%s>\t"%s"^^xsd:string\t"%s"@en\t"%s"@en\t"%s"^^xsd:hexBinary
# %s results in %s, endpoint version %s, cache %s
''' % (K(it, 'sha')[:10], K(it, 'ts'), K(it, 'count'), it.v('mpan', m), it.name(nm), it.addr(a), it.v('eui', dev), K(it, 'count'), K(it, 'duration'), K(it, 'version'), K(it, 'uuid'))


def g_cqlsh(it):
    rows = []
    for j in range(2):
        m, es, nm, em = F.mpan(), F.eserial(), F.name(), None
        em = F.email(nm)
        rows.append(' %s | %s | %s | %s | %s | %s' % (it.v('mpan', m), K(it, 'ts'), it.v('eserial', es), it.name(nm), it.email(em), K(it, 'kwh')))
    return '''cqlsh:readings> SELECT mpan, read_at, meter_serial, customer, email, kwh FROM hh_reads WHERE batch = %s ALLOW FILTERING;

 mpan          | read_at                  | meter_serial | customer | email | kwh
---------------+--------------------------+--------------+----------+-------+------
%s

(2 rows)

Tracing session: %s
 activity | timestamp | source | source_elapsed
 Execute CQL3 query | %s | %s | %s
''' % (K(it, 'uuid'), '\n'.join(rows), K(it, 'uuid'), K(it, 'ts'), K(it, 'ip'), K(it, 'count'))


def g_abap(it):
    m, es, nm, a = F.mpan(), F.eserial(), F.name(), F.address()
    hi = ''.join('%X' % (b >> 4) for b in m.encode())
    lo = ''.join('%X' % (b & 15) for b in m.encode())
    it._rec('mpan', m, 'abap-two-row-hex')
    return '''Runtime Errors         CONVT_NO_NUMBER
Date and Time          %s
ABAP Program           ZISU_MOVEIN_CHECK
Transaction            EC50E   Client %s   User TST_%s

Chosen variables
Name
    Val.
----------------------------------------------------------------------
LV_EXT_UI
    %s
    %s
    %s
LS_EANL-SERNR
    %s
LS_PARTNER-NAME_ORG1
    %s
LS_ADDR-STREET
    %s
SY-SUBRC
    %s
Information on where terminated: Include ZISU_MOVEIN_CHECK_F01 line %s, transport %s
''' % (K(it, 'ts'), R.randint(100, 400), K(it, 'count'), it.v('mpan', m), hi, lo, it.v('eserial', es), it.name(nm), it.addr(a), K(it, 'count'), K(it, 'count'), 'D01K9' + K(it, 'count'))


def g_encbag(it):
    """Plain ops note saved in a non-UTF-8 encoding."""
    m, mp, es, nm, a, ph = F.mpan(), F.mprn(), F.eserial(), F.name(), F.address(), F.phone()
    return '''Meter exchange batch note %s
Exported %s from the field scheduler (%s records, build %s)
Customer: %s   Tel: %s
Site: %s
MPAN %s  MPRN %s  Old meter %s
Outcome: %s, next visit %s, cost %s
''' % (K(it, 'uuid'), K(it, 'ts'), K(it, 'count'), K(it, 'build'), it.name(nm), it.v('phone', ph), it.addr(a), it.v('mpan', m), it.v('mprn', mp), it.v('eserial', es), K(it, 'msgtype'), K(it, 'date'), K(it, 'amount'))


def g_fullmpan(it):
    """Printed-bill style 21-digit MPAN supply number in odd forms inside a tester note."""
    m = F.mpan(); pcl, mtc, llf = F.top_line()
    nm, pc = F.name(), F.postcode()
    style = R.randint(0, 4)
    if style == 0:
        s = 'S %s %s %s\n  %s %s %s %s' % ((pcl, mtc, llf) + tuple(group(m, 'mpan')))
    elif style == 1:
        s = '%s%s%s%s' % (pcl, mtc, llf, m)
    elif style == 2:
        s = 'S %s %s %s / %s' % (pcl, mtc, llf, ' '.join(group(m, 'mpan')))
    elif style == 3:
        s = '┌──┬───┬───┐\n│%s│%s│%s│\n├──┴───┴───┤\n│%s│\n└──────────┘' % (pcl, mtc, llf, m)
    else:
        s = '%s-%s-%s-%s' % (pcl, mtc, llf, '-'.join(group(m, 'mpan')))
    it._rec('mpan', m, 'full21-style%d' % style)
    return '''Bill check for %s (%s), statement %s dated %s
Supply number as printed on the bill:
%s
Customer %s, postcode %s. Standing charge %s/day, unit rate 24.50p, total %s.
Profile class / MTC / LLFC noted for defect %s.
''' % (K(it, 'mpanref'), K(it, 'tcref'), K(it, 'inv'), K(it, 'date'), s, it.name(nm), it.pc(pc), K(it, 'amount'), K(it, 'amount'), K(it, 'defect'))


GENRES = [('ocpp', g_ocpp, 'log'), ('lorawan', g_lorawan, 'json'), ('ieee2030', g_ieee2030, 'xml'), ('mqtt', g_mqtt, 'txt'),
          ('influx', g_influx, 'lp'), ('cypher', g_cypher, 'txt'), ('dynamodb', g_dynamo_real, 'json'), ('pytest', g_pytest, 'txt'),
          ('jest', g_jest, 'snap'), ('cucumber', g_cucumber, 'json'), ('burp', g_burp, 'xml'), ('irc', g_irc, 'log'),
          ('bbcode', g_bbcode, 'txt'), ('telegram', g_telegram, 'json'), ('court', g_court, 'txt'), ('tenancy', g_tenancy, 'txt'),
          ('snmp', g_snmp, 'txt'), ('wmbus', g_wmbus, 'txt'), ('logcat', g_logcat, 'txt'), ('spark', g_spark, 'txt'),
          ('rtl', g_rtl, 'txt'), ('pagerduty', g_pagerduty, 'json'), ('camunda', g_camunda, 'json'), ('opsgenie', g_opsgenie, 'txt'),
          ('dax', g_dax, 'dax'), ('sparql', g_sparql, 'tsv'), ('cqlsh', g_cqlsh, 'txt'), ('abap', g_abap, 'txt'),
          ('encbag', g_encbag, 'txt'), ('fullmpan', g_fullmpan, 'txt')]
ENCS = ['utf-16-le', 'cp500', 'utf-16-be', 'utf-7', 'utf-32-le', 'utf-16', 'utf-32-be', 'utf-32']


def main():
    os.makedirs(OUT, exist_ok=True)
    truth = []
    n = 0
    per = {}
    total = 222
    while n < total:
        gname, fn, ext = GENRES[n % len(GENRES)]
        per[gname] = per.get(gname, 0) + 1
        name = '%03d_%s.%s' % (n, gname, ext)
        it = Item(name, gname)
        text = fn(it)
        if ext in ('txt', 'log', 'lp', 'tsv', 'dax'):
            text += '\n-- evidence captured %s by harness %s, run %s, step %s, %s bytes\n' % (K(it, 'ts'), K(it, 'version'), K(it, 'uuid'), K(it, 'tcref'), K(it, 'count'))
        it.keeps = [k for k in it.keeps if k['token'] in text]
        enc = 'utf-8'
        if gname == 'encbag':
            enc = ENCS[(per[gname] - 1) % len(ENCS)]
            if enc == 'cp500':
                text = ''.join(c if ord(c) < 128 else '?' for c in text)
                it.keeps = [k for k in it.keeps if k['token'] in text]
        data = text.encode(enc)
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        ids = []
        for k, d in it.ids.items():
            ids.append(dict(kind=d['kind'], value=d['value'], forms=d['forms'], words=sorted(d['words'])))
        truth.append(dict(file=name, genre=gname, encoding=enc, ids=ids, keeps=it.keeps))
        n += 1
    with open(os.path.join(ROOT, 'truth.json'), 'w') as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    print('files', len(truth), 'ids', sum(len(t['ids']) for t in truth), 'keeps', sum(len(t['keeps']) for t in truth))


if __name__ == '__main__':
    main()
