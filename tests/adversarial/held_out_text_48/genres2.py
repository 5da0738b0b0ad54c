import json, html, base64, random, urllib.parse
from lib import *
from genres1 import G, genre, esc

@genre("java_tostring")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial(); a = d.addr(with_pc=False); pc = d.postcode()
    return "log", f"""2026-11-12 09:14:02.331 DEBUG 4412 --- [nio-8080-exec-7] u.e.r.service.RegistrationService     : built request RegistrationRequest(correlationId={d.guid()}, mpan={m}, customer=Customer(id={d.acct()}, name={n}, email={d.email(f, l)}, phone=null), premises=Address(line1={a}, postcode={pc}), meters=[Meter(serial={s}, type=S2AD, registers=[Register(id={d.K('1')}, tpr={d.K('00001')})])], effectiveFrom={d.K('2026-12-01')})
2026-11-12 09:14:02.512  WARN 4412 --- [nio-8080-exec-7] u.e.r.client.DipClient                 : retrying after 503 for MeterPoint[mpan={m}, gspGroup={d.K('_P')}, status=TRADING]
2026-11-12 09:14:03.990 ERROR 4412 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception
java.lang.IllegalStateException: duplicate meter Meter(serial={s}, type=S2AD, registers=[])
	at uk.example.reg.service.RegistrationService.attachMeters(RegistrationService.java:{d.K('212')})
	at uk.example.reg.service.RegistrationService.register(RegistrationService.java:{d.K('98')})
"""

@genre("kotlin_data")
def g(d):
    n, f, l = d.name()
    mp = d.mprn(); gs = d.gserial()
    return "txt", f"""> Task :app:testDebugUnitTest

uk.example.gas.NominationViewModelTest > emits supply summary FAILED
    org.junit.ComparisonFailure: expected:<SupplySummary(mprn={mp}, meterSerial={gs}, holder=[{n}], aq={d.K('12000')})> but was:<SupplySummary(mprn={mp}, meterSerial={gs}, holder=[null], aq=12000)>
        at org.junit.Assert.assertEquals(Assert.java:{d.K('117')})
        at uk.example.gas.NominationViewModelTest.emits supply summary(NominationViewModelTest.kt:{d.K('64')})

GasSite(siteAddress={d.addr(sep=', ')}, contactNumber={d.phone()}, priority=PSR_NONE)

12 tests completed, 1 failed
"""

@genre("csharp_record")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); e = d.eui('-'); a = d.addr()
    return "txt", f"""Xunit.Sdk.EqualException
Assert.Equal() Failure: Values differ
Expected: SmartAsset {{ DeviceId = {e}, Mpan = {m}, Status = Commissioned }}
Actual:   SmartAsset {{ DeviceId = {e}, Mpan = {m}, Status = InstalledNotCommissioned }}
   at Dcc.Adapter.Tests.CommissionTests.Commission_Sets_Status() in /src/Dcc.Adapter.Tests/CommissionTests.cs:line {d.K('131')}

Output:
  [14:22:09 INF] Handling ServiceRequest {{ RequestId = {d.K('90-B3-D5-1F-30-01-00-00')}:{e}:{d.K(str(d.r.randint(1000,99999)) + '0')}, Srv = {d.K('8.14.1')}, Target = {e} }}
  [14:22:09 DBG] Premises {{ Occupier = {n}, Address = {a} }}
"""

@genre("go_dump")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial(); mp = d.mprn(); ph = d.phone()
    return "log", f"""{d.ts()} level=error msg="reconcile failed" err="meter mismatch" req="&{{Mpan:{m} Mprn:{mp} Serial:{s} Contact:{{Name:{n} Phone:{ph}}} Attempt:3}}"
--- FAIL: TestReconcile/mismatch ({d.K('0.02s')})
    reconcile_test.go:{d.K('88')}: got  main.Supply{{Mpan:"{m}", Mprn:"{mp}", Serial:"{s.lower()}", Contact:main.Contact{{Name:"{n}", Phone:"{ph}"}}}}
    reconcile_test.go:88: want main.Supply{{Mpan:"{m}", Mprn:"{mp}", Serial:"{s}", Contact:main.Contact{{Name:"{n}", Phone:"{ph}"}}}}
FAIL
FAIL	github.com/example/reconciler	{d.K('0.311s')}
"""

@genre("rust_debug")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); e = d.eui(':'); a = d.addr(with_pc=False); pc = d.postcode()
    return "txt", f"""thread 'tests::parses_pub025' panicked at src/parse.rs:{d.K('211:9')}:
assertion `left == right` failed
  left: Pub025 {{
    mpan: Mpan(
        "{m}",
    ),
    registration: Registration {{
        supplier_id: "{d.K('BRWT')}",
        effective_from: {d.K('2026-12-01')},
        premises: Some(
            Address {{
                line1: "{a}",
                postcode: "{pc}",
            }},
        ),
        occupier: Some(
            "{n}",
        ),
        comms_hub: Some(
            Eui64(
                "{e}",
            ),
        ),
    }},
}}
 right: Pub025 {{ mpan: Mpan("{m}"), registration: Registration {{ supplier_id: "BRWT", effective_from: 2026-12-01, premises: None, occupier: None, comms_hub: None }} }}
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
"""

@genre("python_repr")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); mp = d.mprn(); gs = d.gserial(); a = d.addr(flat=True)
    return "txt", f""">>> sp
SupplyPoint(mpan='{m}', mprn='{mp}', meters=[Meter(serial='{gs}', fuel=<Fuel.GAS: 2>, model='{d.K('E6-SMETS2')}')], occupier=Person(name='{n}', dob=datetime.date(1974, 3, 9)), address='{a}')
>>> sp._asdict() if hasattr(sp, '_asdict') else vars(sp)
{{'mpan': '{m}', 'mprn': '{mp}', 'meters': [Meter(serial='{gs}', fuel=<Fuel.GAS: 2>, model='E6-SMETS2')], 'occupier': Person(name='{n}', dob=datetime.date(1974, 3, 9)), 'address': '{a}'}}
>>> rows = cur.fetchall(); rows[:2]
[('{d.mpan()}', '{d.name()[0]}', Decimal('{d.K('412.77')}')), ('{d.mpan()}', None, Decimal('0.00'))]
"""

@genre("ruby_inspect")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial(); em = d.email(f, l)
    return "txt", f"""irb(main):004> acct = Account.find_by(number: '{d.acct()}')
=> #<Account id: 8812, number: "...", holder_name: "{n}", email: "{em}", mpan: "{m}", created_at: "{d.K('2026-07-01 12:00:03.412')}">
irb(main):005> acct.meters.map(&:attributes)
=> [{{"id"=>901, "serial"=>"{s}", "fuel"=>"electricity", "install_address"=>"{d.addr()}"}}]
irb(main):006> acct.meters.first.inspect
=> "#<Meter id: 901, serial: \\"{s}\\", comms_hub: \\"{d.eui('')}\\">"
"""

@genre("php_dump")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); pc = d.postcode(); ph = d.phone()
    ser = f'a:3:{{s:4:"mpan";s:13:"{m}";s:4:"name";s:{len(n)}:"{n}";s:5:"phone";s:{len(ph)}:"{ph}";}}'
    return "txt", f"""Array
(
    [mpan] => {m}
    [customer] => Array
        (
            [name] => {n}
            [postcode] => {pc}
            [phone] => {ph}
        )

    [tariff] => {d.K('FIX-12M-NOV26')}
)
array(2) {{
  ["serial"]=>
  string(10) "{d.eserial()}"
  ["address"]=>
  string(40) "{d.addr()}"
}}
session blob: {ser}
"""

@genre("perl_dumper")
def g(d):
    n, f, l = d.name()
    return "txt", f"""$VAR1 = {{
          'mpan' => '{d.mpan()}',
          'mprn' => '{d.mprn()}',
          'cust' => {{
                      'name' => '{n}',
                      'addr' => [
                                  '{d.addr(with_pc=False)}',
                                  '{d.postcode()}'
                                ],
                      'tel' => '{d.phone()}'
                    }},
          'flow' => '{d.K('D0150001')}',
          'file' => '{d.K('BRWT_D0150_20261114_0007.usr')}'
        }};
"""

@genre("properties")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); a = d.addr()
    def uesc(s): return "".join("\\u%04x" % ord(c) if (c.isdigit() and d.r.random() < 0.5) else c for c in s)
    mu = uesc(m)
    d.secrets[-1 - 2 - 0]  # noop
    d.S("mpan", m, mu, "unicode_escape")
    nm = d.name()[0]
    n_esc = n.replace(' ', '\\u0020'); a_esc = a.replace(',', '\\,')
    return "properties", f"""# fixtures for the portal UI tests - generated {d.K('2026-11-03')}
portal.baseUrl=https://portal-uat.example.com
fixture.customer.name={n_esc}
fixture.customer.email={d.email(f, l)}
fixture.supply.mpan={m}
fixture.supply.mpan.escaped={mu}
fixture.supply.address={a_esc}
fixture.alt.holder={nm}
fixture.meter.serial={d.eserial()}
label.mpan=Meter Point Administration Number
label.tariff={d.K('Standard Variable')}
"""

@genre("resx")
def g(d):
    n, f, l = d.name()
    return "resx", f"""<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <data name="SampleCustomerName" xml:space="preserve"><value>{n}</value><comment>used by screenshot tests</comment></data>
  <data name="SampleMpan" xml:space="preserve"><value>{d.mpan('sp')}</value></data>
  <data name="SampleAddress" xml:space="preserve"><value>{d.addr(sep=chr(10))}</value></data>
  <data name="SampleGasMeter" xml:space="preserve"><value>{d.gserial()}</value></data>
  <data name="LabelMpan" xml:space="preserve"><value>{d.K('Supply number (MPAN)')}</value></data>
  <data name="ErrorInvalidMpan" xml:space="preserve"><value>{d.K('That supply number does not look right')}</value></data>
</root>
"""

@genre("plist")
def g(d):
    n, f, l = d.name()
    return "plist", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleVersion</key><string>{d.K('4.12.0')}</string>
	<key>UITestFixture</key>
	<dict>
		<key>accountHolder</key><string>{n}</string>
		<key>mpan</key><string>{d.mpan()}</string>
		<key>mprn</key><string>{d.mprn()}</string>
		<key>ihdDevice</key><string>{d.eui(':')}</string>
		<key>postcode</key><string>{d.postcode()}</string>
		<key>lastTopUp</key><string>{d.amount()}</string>
	</dict>
</dict>
</plist>
"""

@genre("lua")
def g(d):
    n, f, l = d.name()
    return "lua", f"""-- HHT sync fixture (field-app v{d.K('3.2.7')})
return {{
  job = {{ id = "{d.K('JOB-2026-114522')}", type = "EXCHANGE", slot = "AM" }},
  customer = {{ name = "{n}", tel = "{d.phone()}", notes = "dog in garden, key with neighbour at {d.addr(with_pc=False)}" }},
  supply = {{ mpan = "{d.mpan()}", mprn = "{d.mprn()}" }},
  removed = {{ serial = "{d.eserial()}", reading = {d.reading()} }},
  fitted = {{ serial = "{d.eserial()}", chf = "{d.eui('')}" }},
  postcode = "{d.postcode()}",
}}
"""

def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

@genre("jwt_http")
def g(d):
    f, l = d.first(), d.sur(); n = f + " " + l
    m = d.mpan_v(); em = (f + "." + l).lower() + "@example.com"
    hdr = b64u(json.dumps({"alg": "RS256", "typ": "JWT", "kid": d.K("k-2026-11")}).encode())
    payload = {"sub": em, "name": n, "mpan": m, "iat": 1764812345, "exp": 1764815945, "scope": "portal.read"}
    pl = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(bytes(d.r.getrandbits(8) for _ in range(64)))
    d.K(sig)
    tok = f"{hdr}.{pl}.{sig}"
    d.secrets.append({"kind": "jwt_payload", "value": m, "shown": pl, "cls": "base64url_jwt", "encoded": pl})
    ck = base64.b64encode(f"{m}|{n}".encode()).decode()
    d.secrets.append({"kind": "cookie_b64", "value": m, "shown": ck, "cls": "base64", "encoded": ck})
    return "http", f"""GET /api/v2/account/summary HTTP/1.1
Host: portal-uat.example.com
Authorization: Bearer {tok}
Cookie: sid={d.sha()[:40]}; last_supply={ck}; consent=1
X-Request-Id: {d.guid()}
Accept: application/json

HTTP/1.1 200 OK
Content-Type: application/json
Set-Cookie: sid={d.sha()[:40]}; Path=/; Secure; HttpOnly
traceparent: 00-{d.K(d.sha()[:32])}-{d.K(d.sha()[:16])}-01

{{"holder":"{d.name()[0]}","supplyCount":2}}
"""

@genre("form_bodies")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); a = d.addr(); em = d.email(f, l); ph = d.phone()
    form = urllib.parse.urlencode({"full_name": n, "email": em, "mpan": m, "address": a, "phone": ph, "csrf": d.sha()[:24]})
    # record the url-encoded forms as shown (decoded views are checked by scorer)
    bnd = "----WebKitFormBoundary" + d.K("7MA4YWxkTrZu0gW")
    return "http", f"""POST /switch/step2 HTTP/1.1
Host: portal-uat.example.com
Content-Type: application/x-www-form-urlencoded
Content-Length: {len(form)}

{form}

POST /evidence/upload HTTP/1.1
Host: portal-uat.example.com
Content-Type: multipart/form-data; boundary={bnd}

--{bnd}
Content-Disposition: form-data; name="customerName"

{d.name()[0]}
--{bnd}
Content-Disposition: form-data; name="meterSerial"

{d.eserial()}
--{bnd}
Content-Disposition: form-data; name="photo"; filename="{d.K('IMG_20261104_101122.jpg')}"
Content-Type: image/jpeg

(binary omitted)
--{bnd}--
"""

@genre("access_log")
def g(d):
    lines = []
    for i in range(d.r.randint(5, 9)):
        ip = "10.%d.%d.%d" % (d.r.randint(0, 255), d.r.randint(0, 255), d.r.randint(1, 254))
        t = "%02d/Nov/2026:%02d:%02d:%02d +0000" % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59))
        c = d.r.randint(0, 5)
        if c == 0: q = f"/api/meter-points?mpan={d.mpan()}&fuel=E"
        elif c == 1: q = f"/api/gas/supply/{d.mprn()}/reads?from=2026-10-01"
        elif c == 2: q = f"/search?q={d.name()[0].replace(' ', '+')}&pc={d.postcode(shown=lambda v: v.replace(' ', '+'))}"
        elif c == 3: q = f"/api/assets/{d.eserial()}/history"
        elif c == 4: q = f"/lookup?email={urllib.parse.quote(d.email())}"
        else: q = f"/health?build={d.build()}"
        lines.append(f'{ip} - - [{t}] "GET {q} HTTP/1.1" {d.r.choice([200, 200, 404, 500])} {d.r.randint(100, 9000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt={d.r.random():.3f}')
    iis = f"{d.K('2026-11-21 10:02:33')} 10.4.1.9 GET /crm/customer.aspx acct={d.acct()}&name={urllib.parse.quote(d.name()[0])} 443 - 10.9.1.44 Mozilla/5.0 - 200 0 0 {d.r.randint(5, 400)}"
    return "log", "\n".join(lines) + "\n#Software: Microsoft Internet Information Services 10.0\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n" + iis + "\n"

@genre("kql")
def g(d):
    rows = []
    for i in range(d.r.randint(4, 7)):
        op = d.guid()
        c = d.r.randint(0, 3)
        msg = [f"Registration accepted for MPAN {d.mpan()}", f"Meter {d.eserial()} not found on premises", f"Customer {d.name()[0]} updated contact {d.phone()}", f"Gas supply {d.mprn()} nominated"][c]
        rows.append(f"| {d.K('2026-11-%02dT%02d:%02d:%02d.%03dZ' % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), d.r.randint(0, 999)))} | {op} | {d.r.choice(['Information', 'Warning', 'Error'])} | {msg} |")
    return "md", f"""KQL run against appi-reg-uat (Application Insights), {d.K('8 rows')}:

```
traces
| where timestamp > ago(2h) and cloud_RoleName == "reg-api"
| project timestamp, operation_Id, severityLevel, message
| order by timestamp desc
```

| timestamp [UTC] | operation_Id | severityLevel | message |
|---|---|---|---|
""" + "\n".join(rows) + "\n"

@genre("cloudwatch")
def g(d):
    out = []
    for i in range(d.r.randint(3, 6)):
        ev = {"timestamp": int(d.epoch_ms()), "message": json.dumps({"level": "warn", "msg": "address mismatch", "mpan": d.mpan(), "input": d.addr(), "pafMatch": None, "awsRequestId": d.guid()}), "logStreamName": "2026/11/30/[$LATEST]" + d.sha()[:32]}
        out.append(ev)
    return "json", json.dumps({"events": out, "searchedLogStreams": [], "nextToken": d.K("f/" + d.d(56))}, indent=1)

@genre("datadog")
def g(d):
    lines = ["Date,Host,Service,Status,Message"]
    for i in range(d.r.randint(3, 6)):
        n = d.S("name", d.first(), None, "first_name_only")
        msg = f'"[sms-out] to={d.phone()} body=""Hi {n.split()[0]}, your engineer arrives 8-12 tomorrow at {d.addr(with_pc=False)}"" id={d.K("SM" + d.sha()[:30])}"'
        lines.append(f"{d.K('2026-11-%02dT%02d:%02d:%02d.%03dZ' % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), d.r.randint(0, 999)))},ip-10-2-3-4,notify-svc,info,{msg}")
    return "csv", "\r\n".join(lines) + "\r\n"

@genre("webhook")
def g(d):
    n, f, l = d.name()
    ev = {"id": "evt_" + d.K(d.sha()[:24]), "type": "installation.completed", "created": int(d.epoch_ms()) // 1000,
          "data": {"job": {"ref": d.K("FS-%07d" % d.r.randint(1, 9999999)), "engineer": d.name()[0], "site": {"occupant": n, "address": d.addr(house=d.r.random() < 0.5), "accessNotes": "side gate code 4471"},
                   "assets": {"esme": {"serial": d.eserial(), "mpan": d.mpan()}, "gsme": {"serial": d.gserial(), "mprn": d.mprn()}, "chf": d.eui(d.r.choice(['-', ':', '']))}}}}
    sig = d.K("t=%d,v1=%s" % (1764900000 + d.r.randint(0, 99999), d.sha()))
    return "txt", f"""POST /hooks/fieldservice  (delivery {d.guid()})
X-Signature: {sig}

{json.dumps(ev, indent=2)}
"""

@genre("openapi")
def g(d):
    n, f, l = d.name()
    return "yaml", f"""openapi: 3.0.3
info:
  title: Meter Point API
  version: {d.K('2.4.1')}
paths:
  /meter-points/{{mpan}}:
    get:
      operationId: {d.K('getMeterPoint')}
      parameters:
        - name: mpan
          in: path
          required: true
          schema: {{ type: string, pattern: '^\\d{{13}}$' }}
          example: "{d.mpan()}"
      responses:
        '200':
          description: OK
          content:
            application/json:
              example:
                mpan: "{d.mpan()}"
                occupier: {n}
                address:
                  line1: {d.street()}
                  town: {d.town()[0]}
                  postcode: {d.postcode()}
                meters:
                  - serial: {d.eserial()}
                    commsHub: "{d.eui(':')}"
"""

@genre("xml_ns_cdata")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); e = d.eui('-')
    return "xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" xmlns:ra="http://www.dccinterface.co.uk/ResponseAndAlert" schemaVersion="{d.K('5.1')}">
  <sr:Header>
    <sr:RequestID>{d.K('90-B3-D5-1F-30-01-00-00')}:{e}:{d.K('1764901122334')}</sr:RequestID>
    <sr:CommandVariant>{d.K('1')}</sr:CommandVariant>
    <sr:ServiceReference>{d.K('4.1')}</sr:ServiceReference>
    <sr:ServiceReferenceVariant>{d.K('4.1.1')}</sr:ServiceReferenceVariant>
  </sr:Header>
  <sr:Body>
    <sr:ReadInstantaneousImportRegisters/>
  </sr:Body>
  <ra:Annotation supplyRef="{m}" occupier="{esc(n)}"><![CDATA[Tester note: site at {d.addr()} - customer {n} said meter {d.eserial()} is in the cupboard under the stairs.]]></ra:Annotation>
</sr:Request>
"""

@genre("jsonl_nested")
def g(d):
    out = []
    for i in range(d.r.randint(3, 6)):
        n, f, l = d.name()
        inner = {"mpan": d.mpan(), "customer": {"name": n, "email": d.email(f, l)}, "postcode": d.postcode()}
        js = json.dumps(inner)
        if d.r.random() < 0.4:
            js2 = json.dumps(js)  # double escaped
            out.append(json.dumps({"ts": d.ts(), "level": "INFO", "logger": "kafka.consumer", "payload": json.loads(js2) if False else js2, "offset": d.r.randint(1, 999999)}))
        else:
            out.append(json.dumps({"ts": d.ts(), "level": "INFO", "logger": "kafka.consumer", "payload": js, "partition": d.r.randint(0, 11)}, ensure_ascii=True))
    return "jsonl", "\n".join(out) + "\n"
