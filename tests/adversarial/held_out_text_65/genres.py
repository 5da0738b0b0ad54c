import base64, json, zlib, gzip, urllib.parse, binascii, html
from ctx import render_blob, a85

G = []


def genre(ext, enc="utf-8", nl="\n"):
    def d(f):
        G.append((f.__name__, ext, enc, nl, f))
        return f
    return d


def esc_xml(s):
    return html.escape(s, quote=True)


@genre("drawio")
def drawio_plain(c, v):
    k = c.k
    lab1 = "Meter " + c.eserial() + "&#xa;MPAN " + c.mpan()
    lab2 = "Comms hub " + c.eui()
    lab3 = esc_xml(c.name()) + "&#xa;" + esc_xml(c.addr(pcform="nbsp")).replace("\n", "&#xa;")
    return f'''<mxfile host="app.diagrams.net" modified="{k('ts')}" agent="Mozilla/5.0" version="24.7.{v}" etag="{k('corr')}">
  <diagram id="{k('uuid')}" name="{k('tc')} topology">
    <mxGraphModel dx="1426" dy="794" grid="1" gridSize="10">
      <root>
        <mxCell id="0" />
        <mxCell id="1" parent="0" />
        <mxCell id="n1" value="{lab1}" style="rounded=1;whiteSpace=wrap;html=1;" vertex="1" parent="1"><mxGeometry x="40" y="40" width="160" height="60" as="geometry" /></mxCell>
        <mxCell id="n2" value="{lab2}" style="ellipse;html=1;" vertex="1" parent="1"><mxGeometry x="260" y="40" width="140" height="60" as="geometry" /></mxCell>
        <mxCell id="n3" value="{lab3}" style="shape=note;html=1;" vertex="1" parent="1"><mxGeometry x="40" y="160" width="220" height="90" as="geometry" /></mxCell>
        <mxCell id="e1" value="{k('msg')} via {k('dip')}" edge="1" source="n1" target="n2" parent="1" />
        <mxCell id="n4" value="Ref {k('mpanref')} ({k('ticket')})" style="text;html=1;" vertex="1" parent="1" />
      </root>
    </mxGraphModel>
  </diagram>
</mxfile>
'''


@genre("drawio")
def drawio_compressed(c, v):
    k = c.k
    c.begin()
    inner = f'<mxGraphModel><root><mxCell id="0"/><mxCell id="2" value="Site: {esc_xml(c.addr("prose"))}&lt;br&gt;MPRN {c.mprn("plain")}&lt;br&gt;Gas meter {c.gserial("plain")}" vertex="1"/><mxCell id="3" value="IHD {c.eui("hyphen")} paired" vertex="1"/></root></mxGraphModel>'
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = co.compress(urllib.parse.quote(inner).encode()) + co.flush()
    blob = c.end(base64.b64encode(raw).decode(), "drawio-deflate")
    return f'''<mxfile host="Electron" modified="{k('ts')}" agent="draw.io/24.{v}" version="24.{v}.1" type="device">
  <diagram id="{k('uuid')}" name="{k('tc')}">{blob}</diagram>
  <diagram id="{k('uuid')}" name="notes"><mxGraphModel><root><mxCell id="0"/><mxCell id="9" value="Flow {k('msg')} / {k('mpanref')} / {k('version')}" vertex="1"/></root></mxGraphModel></diagram>
</mxfile>
'''


@genre("xml")
def visio_page(c, v):
    k = c.k
    m = c.v_mpan()
    mp = c._rec("mpan", m, "visio-cp-split", m[:5] + "<cp IX='1'/>" + m[5:])
    e = c.v_eui()
    es = c._rec("eui", e, "visio-cp-split", e[:8] + "<cp IX='3'/>" + e[8:])
    return f'''<?xml version='1.0' encoding='utf-8' ?>
<PageContents xmlns='http://schemas.microsoft.com/office/visio/2012/main' xml:space='preserve'>
<Shapes>
<Shape ID='1' NameU='Meter' Type='Shape' Master='2'><Cell N='PinX' V='1.25'/><Cell N='PinY' V='8.5'/>
<Section N='Property'><Row N='Serial'><Cell N='Value' V='{c.eserial()}' U='STR'/></Row><Row N='TestRef'><Cell N='Value' V='{k('mpanref')}' U='STR'/></Row></Section>
<Text><cp IX='0'/>MPAN {mp}<pp IX='0'/>{k('tc')}</Text></Shape>
<Shape ID='2' NameU='CommsHub' Type='Shape'><Text>CH <cp IX='2'/>{es}</Text><Section N='User'><Row N='Corr'><Cell N='Value' V='{k('corr')}' U='STR'/></Row></Section></Shape>
<Shape ID='3' NameU='Customer' Type='Shape'><Text>{esc_xml(c.name())}<pp IX='1'/>{esc_xml(c.addr('prose'))}</Text></Shape>
<Shape ID='4' NameU='Note' Type='Shape'><Text>Built {k('build')} {k('ts')} PO {k('po')}</Text></Shape>
</Shapes>
</PageContents>
'''


@genre("json")
def servicebus_dump(c, v):
    k = c.k
    c.begin()
    body = json.dumps({"mpanCore": c.mpan("plain"), "meterSerial": c.eserial("plain"), "customer": c.name("plain"),
                       "deviceId": c.eui("hyphen"), "supplyAddress": c.addr("prose")})
    blob = c.end(base64.b64encode(body.encode()).decode(), "servicebus-b64body")
    return json.dumps({"messageId": k("uuid"), "sequenceNumber": int(k("epoch")), "enqueuedTimeUtc": k("ts"),
                       "subject": k("msg"), "correlationId": k("dip"),
                       "applicationProperties": {"testCase": k("tc"), "mpanRef": k("mpanref"), "sourceMpan": c.mpan(),
                                                 "contact": c.phone()},
                       "deliveryCount": 3, "body": blob}, indent=2, ensure_ascii=False) + "\n"


@genre("json")
def sqs_receive(c, v):
    k = c.k
    inner = json.dumps({"detail-type": "MeterExchange", "source": "fe.app", "detail": {
        "mprn": c.mprn(), "oldGasMeter": c.gserial(), "newGasMeter": c.gserial("plain"), "engineerNote": "Gas meter " + c.gserial() + " at " + c.addr("prose"),
        "jobRef": k("job"), "version": k("version")}}, ensure_ascii=(v % 2 == 0))
    return json.dumps({"Messages": [{"MessageId": k("uuid"), "ReceiptHandle": "AQEB" + k("sha")[7:], "MD5OfBody": k("sha")[7:39],
                                     "Body": inner, "Attributes": {"SentTimestamp": k("epochms"), "ApproximateReceiveCount": "2"},
                                     "MessageAttributes": {"TestRef": {"StringValue": k("mpanref"), "DataType": "String"},
                                                           "Contact": {"StringValue": c.email(), "DataType": "String"}}}]}, indent=4, ensure_ascii=False) + "\n"


@genre("json")
def eventbridge(c, v):
    k = c.k
    m = c.mpan("json_u")
    d = {"version": "0", "id": k("uuid"), "detail-type": "SupplyPointRegistered", "source": "com.example.reg", "account": "123456789012",
         "time": k("ts"), "region": "eu-west-2", "resources": [f"arn:aws:events:eu-west-2:123456789012:rule/{k('tc')}"],
         "detail": {"mpan": "__M__", "deviceEui": c.eui(), "siteContact": c.name(), "phone": c.phone(),
                    "premises": c.addr("log_kv" if v % 2 else "prose"), "batch": k("batch"), "amount": k("amount")}}
    return json.dumps(d, indent=2, ensure_ascii=False).replace("__M__", m) + "\n"


@genre("log")
def gz_blob_log(c, v):
    k = c.k
    c.begin()
    payload = f"MPAN={c.mpan('plain')};SERIAL={c.eserial('plain')};NAME={c.name('plain')};POSTCODE={c.pc('plain')}"
    form = ["gzb64", "zlibb64", "gzb64", "zlibb64", "gzb64"][v % 5]
    raw = payload.encode()
    blob = base64.b64encode(gzip.compress(raw, mtime=0) if form == "gzb64" else zlib.compress(raw)).decode()
    c.end(blob, form)
    return f'''{k('ts')} INFO  [outbound-{v}] dispatch {k('msg')} corr={k('corr')} {k('duration')}
{k('ts')} DEBUG [outbound-{v}] payload.{ 'gz' if form=='gzb64' else 'zz'}.b64={blob}
{k('ts')} INFO  [outbound-{v}] ack {k('dip')} {k('count')} test={k('tc')} ref={k('mpanref')}
{k('ts')} WARN  [outbound-{v}] retry scheduled for device {c.eui()} (attempt 2) build={k('build')}
'''


@genre("txt")
def ascii_armour_note(c, v):
    k = c.k
    f1 = ["a85", "b32", "b64url", "b64_utf16", "hexsp"][v % 5]
    return f'''Runbook note {k('tc')} - attachments pasted from the ticket {k('ticket')}
-----------------------------------------------------------------
The harness stores fields encoded; decode before comparing.
  supply ({f1}): {c.mpan(f1)}
  meter (b32): {c.eserial('b32')}
  device (a85): {c.eui('a85')}
  mprn (hex): {c.mprn('hex')}
  phone (b64): {c.phone('b64')}
Attachment uuencoded below (site.txt):
begin 644 site.txt
{uu_block(c)}
end
Checked {k('ts')} by QA, {k('count')}, amount {k('amount')}, version {k('version')}.
'''


def uu_block(c):
    c.begin()
    txt = "Site " + c.addr("prose") + "\nContact " + c.name("plain") + "\n"
    b = txt.encode()
    lines = []
    for i in range(0, len(b), 45):
        lines.append(binascii.b2a_uu(b[i:i + 45]).decode().rstrip("\n"))
    lines.append("`")
    blob = "\n".join(lines)
    c.end(blob, "uuencode")
    return blob


@genre("json")
def json_keys(c, v):
    k = c.k
    m1, m2 = c.v_mpan(), c.v_mpan()
    a = c.mpan("plain", v=m1)
    b = c.mpan("plain", v=m2)
    a2 = c.mpan("plain", v=m1)
    b2 = c.mpan("plain", v=m2)
    e = c.eui("lower")
    doc = {"snapshot": k("ts"), "run": k("tc"),
           "supplyPoints": {a: {"status": "ENERGISED", "ref": k("mpanref"), "llfc": k("llfc")},
                            b: {"status": "DE-ENERGISED", "ref": k("mpanref"), "reading": k("reading")}},
           "devices": {e: {"type": "ESME", "fw": k("version")}}}
    patch = [{"op": "replace", "path": f"/supplyPoints/{a2}/status", "value": "DE-ENERGISED"},
             {"op": "add", "path": f"/supplyPoints/{b2}/meters/-", "value": c.eserial()},
             {"op": "test", "path": "/run", "value": doc["run"]}]
    return json.dumps({"document": doc, "patch": patch, "pointerCheck": "#/devices/" + c.eui("plain") + "/fw"}, indent=2) + "\n"


@genre("csv")
def excel_textforce(c, v):
    k = c.k
    rows = ["TestRef,MPAN,MeterSerial,Postcode,Contact,Phone,PO,Amount"]
    for i in range(4):
        m = c.v_mpan()
        fi = (i + v) % 4
        f = c._rec("mpan", m, ["excel-eq", "excel-apos", "excel-eq-quoted", "excel-concat"][fi], [f'="{m}"', f"'{m}", f'"=""{m}"""', f'="{m[:2]}"&"{m[2:]}"'][fi])
        ser = c.eserial(["plain", "lower", "space", "hyphen"][i])
        rows.append(",".join([k("mpanref"), f, f'="{ser}"', c.pc(), '"' + c.name("surname_first") + '"', "'" + c.phone("compact"), k("po"), '"' + k("amount") + '"']))
    return "\r\n".join(rows) + "\r\n"


@genre("csv")
def transposed_csv(c, v):
    k = c.k
    a = c.v_addr()
    cols = 3
    fields = [("field", ["case 1", "case 2", "case 3"]),
              ("test_case", [k("tc") for _ in range(cols)]),
              ("mpan_ref", [k("mpanref") for _ in range(cols)]),
              ("mpan_core", [c.mpan(["plain", "space", "hyphen", "nbsp", "dot"][(v + i) % 5]) for i in range(cols)]),
              ("full_mpan", [c.mpan21() for _ in range(cols)]),
              ("msn", [c.eserial() for _ in range(cols)]),
              ("gas_msn", [c.gserial() for _ in range(cols)]),
              ("customer", [c.name() for _ in range(cols)]),
              ("email", [c.email() for _ in range(cols)]),
              ("created", [k("ts") for _ in range(cols)]),
              ("flow", [k("msg") for _ in range(cols)])]
    out = []
    for fn, vals in fields:
        out.append(",".join([fn] + ['"' + x.replace('"', '""') + '"' if ("," in x or "\n" in x) else x for x in vals]))
    return "\n".join(out) + "\n"


@genre("xml")
def fetchxml(c, v):
    k = c.k
    return f'''<!-- Dataverse FetchXML used for {k('tc')} ({k('ticket')}) -->
<fetch version="1.0" output-format="xml-platform" mapping="logical" distinct="false" top="50">
  <entity name="msdyn_supplypoint">
    <attribute name="msdyn_mpancore" />
    <attribute name="createdon" />
    <filter type="or">
      <condition attribute="msdyn_mpancore" operator="eq" value="{c.mpan('plain')}" />
      <condition attribute="msdyn_mpancore" operator="in"><value>{c.mpan()}</value><value>{c.mpan()}</value></condition>
      <condition attribute="msdyn_meterserial" operator="like" value="%{c.eserial('plain')}%" />
      <condition attribute="msdyn_testref" operator="eq" value="{k('mpanref')}" />
    </filter>
    <link-entity name="contact" from="contactid" to="msdyn_contact" alias="ct">
      <filter><condition attribute="fullname" operator="eq" value="{esc_xml(c.name('plain'))}" /></filter>
      <filter><condition attribute="address1_postalcode" operator="eq" value="{c.pc()}" /></filter>
    </link-entity>
  </entity>
</fetch>
<!-- result: {k('count')} at {k('ts')} correlation {k('uuid')} -->
'''


def split_concat(c):
    e = c.v_eserial()
    return c._rec("eserial", e, "powerfx-concat", '"%s", "%s"' % (e[:4], e[4:]))


@genre("yaml")
def powerapps_yaml(c, v):
    k = c.k
    return f'''# Power Apps source ({k('version')}) - screen used by {k('tc')}
Screens:
  scrSupplyPoint:
    Properties:
      OnVisible: =Set(varMpan, "{c.mpan('plain')}"); Set(varRef, "{k('mpanref')}")
    Children:
      - lblCustomer:
          Control: Label
          Properties:
            Text: ="Customer: " & "{c.name('plain')}"
      - txtAddress:
          Control: TextInput
          Properties:
            Default: ="{c.addr('prose')}"
      - lblMeter:
          Control: Label
          Properties:
            Text: =Concatenate("MSN ", {split_concat(c)})
      - galDevices:
          Control: Gallery
          Properties:
            Items: =Filter(Devices, Eui = "{c.eui()}" || Eui = "{c.eui()}")
      - lblAudit:
          Control: Label
          Properties:
            Text: ="{k('ts')} {k('dip')} {k('build')}"
'''


@genre("xml")
def sql_for_xml(c, v):
    k = c.k
    rows = "".join(f'<row MPAN="{c.mpan()}" TestRef="{k("mpanref")}" MSN="{c.eserial()}" Contact="{esc_xml(c.name())}" Created="{k("ts")}"/>' for _ in range(3))
    return f'''XML_F52E2B61-18A1-11d1-B105-00805F49916B
--------------------------------------------------------------------------------
<root>{rows}<summary count="3" batch="{k('batch')}" tc="{k('tc')}"/></root>

(1 row affected)
Completion time: {k('ts')}
'''


@genre("json")
def sql_for_json(c, v):
    k = c.k
    rows = [{"SupplyPoint": "__M%d__" % i, "Ref": k("mpanref"), "Site": {"Line1": "__A%d__" % i}, "Device": c.eui(), "Read": k("reading")} for i in range(3)]
    s = json.dumps(rows, separators=(",", ":"), ensure_ascii=False)
    for i in range(3):
        s = s.replace("__M%d__" % i, c.mpan()).replace("__A%d__" % i, c.addr(["prose", "pipe", "semicolon"][i]).replace("\\", "/"))
    return f"JSON_F52E2B61-18A1-11d1-B105-00805F49916B\n{s}\n\n(3 rows affected) {k('tc')} {k('ts')}\n"


@genre("txt")
def tcpdump_a(c, v):
    k = c.k
    body = json.dumps({"mpan": c.mpan("plain"), "msn": c.eserial("plain"), "email": c.email("plain"), "ref": k("mpanref")})
    req = f"POST /api/v2/readings HTTP/1.1\r\nHost: {k('ip')}:8443\r\nX-Correlation-Id: {k('uuid')}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}"
    # tcpdump -A prints payload with non-printables as '.', wrapped into segments
    parts = [req]
    out = [f"{k('ts')[11:23]} IP {k('ip')}.51544 > {k('ip')}.8443: Flags [P.], seq 1:{len(req)}, ack 1, win 502, length {len(req)}"]
    out.append("E..." + "." * 20 + "@.@.....")
    for p in parts:
        out.append(p.replace("\r\n", ".."))
    out.append(f"{k('ts')[11:23]} IP {k('ip')}.8443 > {k('ip')}.51544: Flags [.], ack {len(req)}, win 501, length 0")
    out.append(f"HTTP/1.1 202 Accepted..X-Request-Id: {k('corr')}....")
    return "\n".join(out) + "\n"


@genre("txt")
def as2_mdn(c, v):
    k = c.k
    qpv = c.mpan("qp")
    return f'''Message-ID: <{k('uuid')}@as2.example.net>
AS2-From: SUPPLIERQA
AS2-To: DCCTEST
Subject: Your Requested MDN Response re: {c.email('rfc2047')}
Date: Sat, 05 Dec 2026 09:1{v}:00 +0000
Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_Part_{k('epoch')}"

------=_Part_{k('epoch')}
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: quoted-printable

The message sent to Recipient DCCTEST on {k('date')} with Subject "Supply =
point {qpv} regi=
stration" has been received. Meter {c.eserial('qp')}, device {c.eui('qp')}.
Contact {c.name('plain')} on {c.phone('plain')}.

------=_Part_{k('epoch')}
Content-Type: message/disposition-notification

Reporting-UA: AS2 Gateway {k('version')}
Original-Recipient: rfc822; DCCTEST
Final-Recipient: rfc822; DCCTEST
Original-Message-ID: <{k('dip')}@supplier.example>
Received-Content-MIC: {k('sha')[7:35]}=, sha256
Disposition: automatic-action/MDN-sent-automatically; processed
------=_Part_{k('epoch')}--
'''


@genre("Jenkinsfile")
def jenkinsfile(c, v):
    k = c.k
    return f'''// Jenkinsfile for {k('tc')} - {k('ticket')}
pipeline {{
  agent {{ label 'qa-linux' }}
  environment {{
    TEST_MPAN   = '{c.mpan()}'
    TEST_MPAN21 = "{c.mpan21()}"
    ESME_EUI    = "{c.eui()}"
    MPAN_REF    = '{k('mpanref')}'
    BUILD_TAG   = '{k('build')}'
  }}
  stages {{
    stage('Seed') {{
      steps {{
        sh """
          ./seed.sh --msn {c.eserial()} \\
            --gas-msn {c.gserial()} \\
            --owner '{c.name()}' --postcode '{c.pc()}'
        """
        // old value kept for reference: {c.mprn()}
      }}
    }}
    stage('Verify') {{ steps {{ sh "pytest -k {k('tc')} --timeout=60" }} }}
  }}
  post {{ always {{ mail to: '{c.email('plain')}', subject: "Run {k('version')} done" }} }}
}}
'''


@genre("Dockerfile")
def dockerfile(c, v):
    k = c.k
    return f'''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
LABEL org.opencontainers.image.version="{k('version')}" maintainer="{c.email()}"
ENV SEED_MPAN={c.mpan()} \\
    SEED_MPRN={c.mprn()} \\
    SEED_GAS_MSN={c.gserial()} \\
    SEED_CH={c.eui()} \\
    SEED_REF={k('mpanref')}
ARG SITE_ADDR="{c.addr('prose')}"
RUN echo "{k('tc')} {k('build')}" > /etc/seed-info
# Makefile fragment
# seed:
# \tcurl -s "http://{k('ip')}/seed?mpan={c.mpan('pct')}&serial={c.eserial('pct')}"
'''


@genre("lua")
def lua_fixture(c, v):
    k = c.k
    return f'''-- fixture for {k('tc')} generated {k('ts')}
local fixture = {{
  ref      = "{k('mpanref')}",
  mpan     = "{c.mpan()}",
  mpan_alt = "{c.mpan()}",
  esme     = "{c.eui()}",
  msn      = [[{c.eserial()}]],
  customer = {{ name = "{c.name()}", tel = "{c.phone()}" }},
  address  = [[{c.addr('multiline')}]],
  version  = "{k('version')}",
}}
-- proc dump (tcl) below kept for parity
-- set supply(mprn) {c.mprn()}
-- set supply(gas_msn) {{{c.gserial()}}}
return fixture
'''


@genre("txt")
def svn_log_blame(c, v):
    k = c.k
    return f'''------------------------------------------------------------------------
r{k('epoch')[-5:]} | qa.tester | 2026-11-2{v} 10:14:07 +0000 (Sat, 2{v} Nov 2026) | 2 lines
Changed paths:
   M /trunk/fixtures/{k('tc')}.xml

Fix {k('ticket')}: replace live MPAN {c.mpan()} with {k('mpanref')} (was reported by {c.name()})
------------------------------------------------------------------------
git blame fixtures/site.cfg
^{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  1) [site]
{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  2) mpan = {c.mpan()}
{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  3) device = {c.eui()}
{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  4) address = {c.addr('nocomma')}
{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  5) gas_meter = {c.gserial()}
{k('sha')[7:15]} (QA Bot        2026-10-0{v+1} 09:00:00 +0000  6) build = {k('build')}
'''


@genre("txt")
def social_post(c, v):
    k = c.k
    return f'''★☆☆☆☆  Trustpilot review · {k('date')}
"Three months and still no smart meter fix 😡⚡"
I'm {c.name()} and I've been chasing this since August. My MPAN is {c.mpan()} and the meter serial {c.eserial()} keeps
showing "no comms". Engineer came to {c.addr('prose')} twice. Ring me on {c.phone()} if you actually read these!!
#smartmeter #energy #fail  · Reply from Support ({k('date')}): Hi, sorry to hear this. Please DM us your MPAN (not here!) 🙏

── Direct messages ──────────────────────
@energy_help: Hi! Could you confirm the postcode and gas MPRN please? Ref {k('ofgem')}
@customer:   {c.pc()} and MPRN {c.mprn()} 👍 email is {c.email()}
@energy_help: Thanks, raised {k('ticket')} with our metering team ({k('ts')}) 🔧
@customer:   also the IHD says {c.eui()} if that helps?? 🤷
'''


@genre("json")
def dialogflow(c, v):
    k = c.k
    msgs = [("user", f"hi my meter {c.eserial()} is broken"), ("bot", f"Sorry about that. Can you share your MPAN? Ref {k('tc')}"),
            ("user", f"its {c.mpan()}"), ("bot", "Thanks. And the first line of your address and postcode?"),
            ("user", c.addr(["prose", "nocomma", "upper", "flat", "house"][v % 5])),
            ("user", f"gas one is {c.mprn()} and the gas meter number {c.gserial()}"),
            ("bot", f"Got it. I've logged {k('ticket')} at {k('ts')}."),
            ("user", f"my name is {c.name()} and email {c.email()}")]
    conv = {"session": f"projects/qa-bot/agent/sessions/{k('uuid')}", "agentVersion": k("version"),
            "turns": [{"author": a, "text": t, "intent": "supply.fault" if a == "bot" else None, "time": k("ts")} for a, t in msgs],
            "params": {"mpan": {"stringValue": c.mpan()}, "ref": k("mpanref")}}
    return json.dumps(conv, indent=2, ensure_ascii=(v % 2 == 1)) + "\n"


@genre("json")
def fe_sync(c, v):
    k = c.k
    c.begin()
    sig = "Signed by " + c.name("plain") + " at " + c.addr("prose")
    blob = c.end(base64.b64encode(sig.encode()).decode(), "b64-signature")
    old_e = c.v_eui()
    job = {"jobId": k("job"), "syncedAt": k("ts"), "appVersion": k("version"),
           "site": {"mpan": c.mpan(), "mprn": c.mprn(), "address": c.addr(), "accessNotes": "Key safe code 4471, dog"},
           "removed": [{"type": "ESME", "serial": c.eserial(), "eui": c.eui(v=old_e, form="hyphen")},
                       {"type": "GSME", "serial": c.gserial(), "eui": c.eui()}],
           "installed": [{"type": "CHF", "eui": c.eui(), "photo": f"IMG_{k('epoch')}.jpg", "caption": "old CH " + c.eui(v=old_e, form="lower") + " removed"}],
           "customerSignature": {"mime": "text/plain", "data": blob}, "ref": k("mpanref"), "reads": [k("reading"), k("reading")]}
    return json.dumps(job, indent=2) + "\n"


@genre("txt")
def installer_checklist(c, v):
    k = c.k
    return f'''SMART METER INSTALLATION CHECKLIST            Job {k('job')}     Rev {k('version')}
==============================================================================
[x] Customer present: {c.name()}                 [x] ID checked
[x] Site address confirmed: {c.addr()}
[x] MPAN on board matches job:   {c.mpan21()}
[x] Old elec meter serial removed: {c.eserial()}          final read {k('reading')}
[x] New ESME serial: {c.eserial()}     GUID/EUI: {c.eui()}
[ ] Gas meter (G4) serial: {c.gserial()}   MPRN {c.mprn()}
[x] CH installed, EUI {c.eui()} , commissioning ref {k('dip')}
[x] IHD paired {k('ts')}
[x] Customer contact for follow-up: {c.phone()}
Notes: tested to {k('tc')}, reference {k('mpanref')}, {k('count')}
'''


def ocr_eui(c):
    e = c.v_eui()
    return c._rec("eui", e, "ocr-O-for-0", e.replace("0", "O"))


@genre("txt")
def ocr_captions(c, v):
    k = c.k
    return f'''Photo captions (auto OCR, unreviewed) - job {k('job')} - exported {k('ts')}
IMG_{k('epoch')}.jpg : "MPAN  {c.mpan('ocr')}"  conf 0.81
IMG_{k('epoch')}.jpg : "Serial No. {c.eserial('ocr')}"  conf 0.77
IMG_{k('epoch')}.jpg : "METER No {c.gserial('ocr')}  G4  2016"  conf 0.64
IMG_{k('epoch')}.jpg : "M P R N {c.mprn('ocr')}"  conf 0.70
IMG_{k('epoch')}.jpg : "GUID {ocr_eui(c)}" conf 0.59
IMG_{k('epoch')}.jpg : "read {k('reading')}" conf 0.93
Reviewer: {k('tc')} {k('mpanref')}
'''
# note: the GUID caption above is scored against its true value via OCR folding


@genre("txt")
def welsh_bill(c, v):
    k = c.k
    return f'''Bil Trydan a Nwy / Electricity and Gas Bill                    Dyddiad y bil: {k('date')}
Rhif cyfrif / Account: {k('crn')}
{c.name('title')}
{c.addr('multiline')}

Rhif y pwynt cyflenwi (MPAN): {c.mpan21('twoline' if v % 2 else 's_box')}
Rhif cyfresol y mesurydd trydan: {c.eserial()}
Rhif pwynt mesur nwy (MPRN): {c.mprn()}     Rhif cyfresol y mesurydd nwy: {c.gserial()}
Cyfanswm i'w dalu / Total to pay: {k('amount')}
Ffoniwch ni / Call us: 0800 000 000   Cyfeirnod: {k('inv')}
Darlleniad / Reading: {k('reading')}
'''


@genre("txt")
def ofgem_form(c, v):
    k = c.k
    return f'''OFGEM / ENERGY OMBUDSMAN COMPLAINT FORM - TEXT EXPORT       Case {k('ofgem')}
1. Your name ........................ {c.name()}
2. Address .......................... {c.addr('nocomma')}
3. Daytime telephone ................ {c.phone()}
4. Email ............................ {c.email()}
5. Supplier account number .......... {k('crn')} (business ref, not MPAN)
6. MPAN (13 or 21 digits) ........... {c.mpan()}
7. MPRN ............................. {c.mprn()}
8. Meter serial(s) .................. {c.eserial()} / gas {c.gserial()}
9. What went wrong? ................. Since {k('date')} my smart meter ({c.eui()}) stopped
   sending reads. Bills estimated at {k('amount')}. Deadlock letter {k('inv')}.
Submitted {k('ts')} form {k('version')}
'''


def spaced(s):
    return " ".join(s)


@genre("txt")
def typewriter_letter(c, v):
    k = c.k
    n = c.v_name()
    nm = c._rec("name", n, "typewriter", spaced(n), words=[w for w in n.replace("-", " ").split() if len(w) > 2])
    m = c.v_mpan()
    ms = c._rec("mpan", m, "typewriter", spaced(m))
    pc = c.v_pc()
    ps = c._rec("postcode", pc, "typewriter", spaced(pc))
    e0 = c.v_eserial()
    es = c._rec("eserial", e0, "typewriter", spaced(e0))
    return f'''                                            {k('date')}
D e a r   S i r s ,

R e :   M P A N   {ms}   ( y o u r   r e f   {k('crn')} )

I ,   {nm} ,   o f   p o s t c o d e   {ps}   w i s h   t o   c o m p l a i n .
T h e   m e t e r   {es}   h a s   b e e n   e s t i m a t e d .

Yours faithfully (typed on the old Olivetti, scanned {k('ts')}, ticket {k('ticket')})
'''


@genre("txt")
def ombudsman_bundle(c, v):
    k = c.k
    m = c.v_mpan()
    stamp = f"\n\n                      BUNDLE {k('ofgem')} - Page {10 + v} of 214\n\f\n                      BUNDLE {k('ofgem')} - Page {11 + v} of 214\n\n"
    split = m[:6] + stamp + m[6:]
    c._rec("mpan", m, "pagebreak-split", split)
    e = c.v_eserial()
    esplit = e[:4] + "-\n" + e[4:]
    c._rec("eserial", e, "hyphenated-linebreak", esplit)
    return f'''IN THE MATTER OF A COMPLAINT BY {c.name('upper')} (the "Complainant")
Tab 4 - Supplier's evidence                                            {k('date')}
4.1 The Complainant resides at {c.addr('prose')} and the supply number is {split}.
4.2 The electricity meter (serial {esplit}) was exchanged on {k('date')} under job {k('job')}.
4.3 The Complainant's gas meter, serial {c.gserial()}, MPRN {c.mprn()}, is not disputed.
4.4 Correspondence was sent to {c.email()}; see {k('inv')} and {k('ticket')}.
'''


@genre("txt")
def screen_reader(c, v):
    k = c.k
    m = c.v_mpan()
    ms = c._rec("mpan", m, "screenreader-digits", ", ".join(m[:6]) + ", " + " ".join(m[6:]))
    e = c.v_eserial()
    es = c._rec("eserial", e, "screenreader-chars", " ".join(e))
    return f'''NVDA speech viewer log - {k('ts')} - test {k('tc')}
heading level 1, Supply point details
MPAN, edit, read only, {ms}
Meter serial, edit, {es}
link, {c.email()}
Customer name, edit, {c.name()}
Address, multi line edit, {c.addr('prose')}
button, Save, {k('version')}
status bar, Saved {k('ts')} reference {k('mpanref')}
'''


@genre("json")
def vscode_macro(c, v):
    k = c.k
    m = c.v_mpan()
    c._rec("mpan", m, "macro-one-char-per-command", ",".join('{"command":"type","args":{"text":"%s"}}' % ch for ch in m))
    steps = [{"command": "workbench.action.quickOpen"}, {"command": "type", "args": {"text": k("tc")}}]
    steps += [{"command": "type", "args": {"text": ch}} for ch in m]
    steps += [{"command": "type", "args": {"text": "\t" + c.eserial("plain")}}, {"command": "type", "args": {"text": "\t" + k("mpanref")}}]
    xd = " ".join("xdotool key %s;" % ch for ch in c.v_mprn())
    return json.dumps({"macros": {"fillSupply": steps}, "recordedAt": k("ts"), "ver": k("version")}, separators=(",", ":")) + "\n"


@genre("txt")
def track_changes(c, v):
    k = c.k
    m = c.v_mpan()
    tc = f"{m[:4]}[Deleted: {m[4:7]}][Inserted: {m[4:7]}]{m[7:]}"
    c._rec("mpan", m, "track-changes", tc)
    n = c.v_name(); f, s = n.split(" ", 1)
    ns = c._rec("name", n, "track-changes", f"[Inserted: {f}] {s}", words=[w for w in n.replace("-", " ").split() if len(w) > 2])
    return f'''Document: Evidence_{k('tc')}.docx - Track Changes (All Markup) exported {k('ts')}
Paragraph 3: The supply point [Deleted: MPAN-REF-00][Inserted: {k('mpanref')}] relates to {tc}.
Paragraph 4: Contact {ns} ([Comment J.Q.: check {k('ticket')}]) at {c.addr('prose')}.
Paragraph 5: Serial [Deleted: {c.eserial()}][Inserted: {c.eserial()}] confirmed, device {c.eui()}.
Formatted: Font: Calibri, 11 pt; version {k('version')}
'''


@genre("txt", nl="\r\n")
def eventviewer_text(c, v):
    k = c.k
    return f'''Log Name:      Application
Source:        MeterAgent
Date:          {k('date')} 10:1{v}:22
Event ID:      {1000 + v}
Task Category: None
Level:         Error
Keywords:      Classic
User:          N/A
Computer:      QA-WS-{v:02d}.corp.example
Description:
Upload failed for supply {c.mpan()} (ref {k('mpanref')}).
Device: {c.eui()}  Serial: {c.eserial()}
Operator note: customer {c.name()} called from {c.phone()}
Site: {c.addr('prose')}
Correlation: {k('uuid')} Build {k('build')}
'''


@genre("log")
def iis_w3c(c, v):
    k = c.k
    lines = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", f"#Date: 2026-12-0{v+1} 00:00:00",
             "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken"]
    qs = [f"mpan={c.mpan('plain')}&ref={k('mpanref')}", f"serial={c.eserial('pct')}&tc={k('tc')}",
          f"addr={urllib.parse.quote_plus(c.addr('prose'))}", f"email={urllib.parse.quote(c.email('plain'))}",
          f"eui={c.eui('colon').replace(':', '%3A')}", f"q=MPAN+{c.mpan('plus')}&v={k('version')}", f"name={c.name('plain').replace(' ', '+')}"]
    for q in qs:
        lines.append(f"2026-12-0{v+1} {k('ts')[11:19]} {k('ip')} GET /api/supply {q} 443 - {k('ip')} Mozilla/5.0+(Windows+NT+10.0) 200 0 0 {k('duration')[:-2]}")
    return "\r\n".join(lines) + "\r\n"


@genre("json")
def gelf(c, v):
    k = c.k
    out = []
    for i in range(3):
        d = {"version": "1.1", "host": "qa-app-%d" % i, "short_message": f"Reading rejected for {c.mpan()}",
             "full_message": f"Exception while processing {k('msg')}\n  at Validate(meter={c.eserial()})\n  site: {c.addr('prose')}",
             "timestamp": float(k("epoch")) + 0.25, "level": 3, "_mprn": c.mprn(), "_customer": c.name(), "_tc": k("tc"), "_corr": k("corr")}
        out.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(out) + "\n"


@genre("log")
def fluentd(c, v):
    k = c.k
    inner = json.dumps({"log": f"POST /submit body={json.dumps({'mpan': c.mpan(), 'device': c.eui(), 'phone': c.phone()})}\n", "stream": "stdout", "time": k("ts")})
    inner2 = json.dumps({"log": f"customer {c.name()} at {c.addr('prose')} ref {k('mpanref')}\n", "stream": "stderr"})
    return f'''{k('ts')} docker.qa.api: {inner}
{k('ts')} docker.qa.api: {inner2}
{k('ts')} fluent.info: {{"message":"flushed {k('count')} chunk {k('uuid')}","version":"{k('version')}"}}
'''


@genre("csv")
def opensearch_csv(c, v):
    k = c.k
    rows = ['"@timestamp","message","fields.mpan","fields.serial","kubernetes.pod_name","trace.id"']
    for i in range(4):
        msg = [lambda: f"Gas meter {c.gserial()} read at {c.addr('prose')}", lambda: f"device {c.eui()} joined HAN",
               lambda: f"customer {c.name()} phoned {c.phone()}", lambda: f"MPRN {c.mprn()} updated by {k('tc')}"][i]()
        rows.append(",".join('"' + x.replace('"', '""') + '"' for x in [k("ts"), msg, c.mpan(), c.eserial(), "api-%s" % k("corr")[5:13], k("uuid")]))
    return "\n".join(rows) + "\n"


@genre("log")
def airflow_xcom(c, v):
    k = c.k
    m = c.v_mpan()
    pyb = c._rec("mpan", m, "python-bytes-repr", "b'" + "".join("\\x%02x" % ord(ch) for ch in m) + "'")
    return f'''[{k('ts')}] {{taskinstance.py:1157}} INFO - Dependencies all met for <TaskInstance: supply_sync.extract {k('uuid')} [queued]>
[{k('ts')}] {{python.py:201}} INFO - Done. Returned value was: {{'mpan': '{c.mpan()}', 'msn': '{c.eserial()}', 'ref': '{k('mpanref')}', 'raw': {pyb}}}
[{k('ts')}] {{xcom.py:88}} INFO - XCom pushed key=site value=('{c.name()}', '{c.addr('prose').replace("'", "")}')
[{k('ts')}] {{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id=supply_sync, run_id=scheduled__{k('ts')}, {k('duration')}
'''


def apex_name(c):
    return c.name().replace("'", "\\'")


@genre("log")
def apex_debug(c, v):
    k = c.k
    return f'''61.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO
{k('ts')[11:19]}.0 (1234567)|EXECUTION_STARTED
{k('ts')[11:19]}.0 (1234890)|USER_DEBUG|[42]|DEBUG|supply=SupplyPoint__c:{{Mpan__c={c.mpan()}, Ref__c={k('mpanref')}, Msn__c={c.eserial()}}}
{k('ts')[11:19]}.0 (1235001)|SOQL_EXECUTE_BEGIN|[57]|Aggregations:0|SELECT Id FROM Contact WHERE Name = '{apex_name(c)}' AND MailingPostalCode = '{c.pc()}'
{k('ts')[11:19]}.0 (1235500)|CALLOUT_REQUEST|[88]|System.HttpRequest[Endpoint=callout:DCC/devices/{c.eui()}, Method=GET]
{k('ts')[11:19]}.0 (1235900)|USER_DEBUG|[91]|DEBUG|email={c.email()} tel={c.phone()}
{k('ts')[11:19]}.0 (1236000)|EXECUTION_FINISHED {k('duration')} {k('version')}
'''


@genre("log")
def xferlog(c, v):
    k = c.k
    m = c.v_mpan()
    fn1 = c._rec("mpan", m, "filename-underscore", f"{m[:2]}_{m[2:6]}_{m[6:10]}_{m[10:]}")
    e = c.v_eserial()
    fn2 = c._rec("eserial", e, "filename-lower", e.lower())
    return f'''Sat Dec  5 0{v}:12:44 2026 1 {k('ip')} 48211 /outbound/D0010_{k('epoch')}_{fn1}.dat b _ o r qa ftp 0 * c
Sat Dec  5 0{v}:13:02 2026 2 {k('ip')} 10022 /outbound/photos/msn_{fn2}_{k('date').replace('/', '')}.jpg b _ o r qa ftp 0 * c
Sat Dec  5 0{v}:13:40 2026 1 {k('ip')} 901 /inbound/ack_{k('dip')}.xml a _ i r qa ftp 0 * c
Sat Dec  5 0{v}:14:10 2026 1 {k('ip')} 2048 /inbound/{c.mprn()}-readings.csv a _ i r qa ftp 0 * c
Sat Dec  5 0{v}:14:55 2026 1 {k('ip')} 512 /inbound/{c.eui('lower')}.hcs a _ i r qa ftp 0 * c
# batch {k('batch')} {k('tc')}
'''


@genre("json")
def sentry_event(c, v):
    k = c.k
    body = urllib.parse.urlencode({"mpan": c.mpan("plain"), "postcode": c.pc("plain"), "name": c.name("plain"), "ref": k("mpanref")})
    ev = {"event_id": k("uuid").replace("-", ""), "timestamp": k("ts"), "release": k("version"), "level": "error",
          "exception": {"values": [{"type": "ValidationError", "value": f"Unknown serial '{c.eserial()}' for supply {c.mpan()}"}]},
          "request": {"url": f"https://qa.example/api/v1/supply/{c.mpan('plain')}/reads", "method": "POST", "data": body,
                      "headers": {"X-Test-Case": k("tc")}},
          "breadcrumbs": [{"category": "http", "message": f"GET /devices/{c.eui()}", "timestamp": float(k("epoch"))},
                          {"category": "ui", "message": f"input#email = {c.email()}"}]}
    return json.dumps(ev, indent=1) + "\n"


@genre("json")
def logicapp_run(c, v):
    k = c.k
    inner = json.dumps({"mpan": c.mpan(), "meter": c.eserial(), "contact": {"name": c.name(), "tel": c.phone()}})
    dbl = json.dumps(inner)  # double-escaped JSON string
    return json.dumps({"name": k("uuid"), "properties": {"status": "Failed", "startTime": k("ts"), "correlation": {"clientTrackingId": k("corr")},
                                                          "outputs": {"body": "__X__"}, "trackedProperties": {"tc": k("tc"), "site": c.addr("prose")}}}, indent=2).replace('"__X__"', dbl) + "\n"


@genre("txt")
def nagios_alert(c, v):
    k = c.k
    return f'''***** Nagios *****
Notification Type: PROBLEM
Service: HCS-comms-{k('corr')[5:11]}
Host: qa-dcc-adapter
State: CRITICAL
Info: CRITICAL - no response from ESME {c.eui()} (MPAN {c.mpan()}, MSN {c.eserial()}) for {k('duration')}
Date/Time: {k('date')} 04:1{v}:00 GMT
Additional: last good read {k('reading')} from {c.addr('log_kv')}
Ack by: {c.name()} ({c.email()}) {k('ticket')}
'''


@genre("json")
def grafana_webhook(c, v):
    k = c.k
    return json.dumps({"receiver": "qa-teams", "status": "firing", "alerts": [{"status": "firing", "labels": {
        "alertname": "ReadMissing", "mpan": c.mpan(), "device": c.eui(), "tc": k("tc")}, "annotations": {
        "summary": f"No reads for {c.mpan()} since {k('ts')}", "description": f"Gas meter {c.gserial()} at {c.addr('prose')}"},
        "startsAt": k("ts"), "fingerprint": k("corr")[5:]}], "groupKey": "{}:{alertname=\"ReadMissing\"}", "version": "4", "externalURL": f"http://{k('ip')}:3000"}, indent=2) + "\n"


@genre("csv")
def snowflake_history(c, v):
    k = c.k
    q1 = f"SELECT * FROM SUPPLY WHERE MPAN_CORE IN ('{c.mpan()}', '{c.mpan()}') AND REF = '{k('mpanref')}'"
    q2 = f"UPDATE CONTACT SET PHONE = '{c.phone()}', EMAIL = '{c.email()}' WHERE FULL_NAME = '{c.name().replace(chr(39), chr(39)*2)}'"
    q3 = f"INSERT INTO DEVICE VALUES ('{c.eui()}', '{c.eserial()}', '{k('ts')}')"
    rows = ["QUERY_ID,QUERY_TEXT,START_TIME,ROWS_PRODUCED,WAREHOUSE"]
    for q in (q1, q2, q3):
        rows.append(f'{k("uuid")},"{q.replace(chr(34), chr(34)*2)}",{k("ts")},{k("count")[8:]},QA_WH')
    return "\n".join(rows) + "\n"


@genre("txt", enc="utf-16")
def mailmerge_utf16(c, v):
    k = c.k
    rows = ["Title\tFirstName\tSurname\tAddress1\tLocality\tTown\tPostcode\tMPAN\tAccountRef"]
    for i in range(3):
        a = c.v_addr()
        n = c.v_name(); f, s = n.split(" ", 1)
        c._rec("name", n, "mailmerge-split-cols", f + "\t" + s, words=[w for w in n.replace("-", " ").split() if len(w) > 2])
        c._rec("address", a["street"], "mailmerge-cols", f"{a['num']} {a['street']} {a['stype']}\t{a['loc']}", words=a["words"])
        pcs = c.pc(v=a["pc"])
        rows.append("\t".join(["Mrs", f, s, f"{a['num']} {a['street']} {a['stype']}", a["loc"], a["town"], pcs, c.mpan(), k("crn")]))
    rows.append(f"# exported {k('ts')} {k('tc')}")
    return "\r\n".join(rows) + "\r\n"


@genre("json", enc="utf-32-le")
def utf32_nobom(c, v):
    k = c.k
    return json.dumps({"ref": k("mpanref"), "mpan": c.mpan("plain"), "msn": c.gserial(), "eui": c.eui(), "at": k("ts"),
                       "who": c.name(), "pc": c.pc()}, ensure_ascii=False, indent=1) + "\n"


@genre("txt", enc="utf-32")
def utf32_bom_note(c, v):
    k = c.k
    return f"Handset sync note {k('tc')} {k('ts')}\nMPAN {c.mpan()} / MSN {c.eserial()} / CH {c.eui()}\nVisited {c.addr()} - {c.name()} {c.phone()}\n{k('version')} {k('count')}\n"


@genre("txt", enc="utf-16-be")
def utf16be_nobom(c, v):
    k = c.k
    return f"[{k('ts')}] supply {c.mpan()} meter {c.eserial()} gas {c.gserial()} mprn {c.mprn()} ref {k('mpanref')} {k('msg')}\n[{k('ts')}] contact {c.email()} {c.name()}\n"


@genre("txt", enc="cp1252", nl="\r\n")
def cp1252_export(c, v):
    k = c.k
    return f"Legacy billing export {k('inv')}  Balance £{k('amount')[1:]}\nCustomer: {c.name()}\nSupply: {c.mpan()}  Meter: {c.eserial()}\nAddress: {c.addr('prose')}\nCall: {c.phone()}  Ref {k('crn')} {k('date')}\n"


@genre("html")
def clipboard_html_v2(c, v):
    k = c.k
    return f'''<!DOCTYPE html><html><body>
<h3>Site survey {k('tc')}</h3>
<table border="1"><tr><th>Field</th><th>Value</th></tr>
<tr><td>MPAN</td><td>{c.mpan(['html_tags','html_ent_dec','html_nbsp','html_wbr','html_ent_hex'][v%5])}</td></tr>
<tr><td>Meter</td><td>{c.eserial('html_tags')}</td></tr>
<tr><td>Device</td><td><code>{c.eui()}</code></td></tr>
<tr><td>Postcode</td><td>{c.pc('html_nbsp')}</td></tr>
<tr><td>Contact</td><td>{c.name('html_split')} &lt;{c.email('html_ent')}&gt;</td></tr>
<tr><td>Site</td><td>{c.addr('prose').replace(', ', ',<br>')}</td></tr>
</table><p>Ref {k('mpanref')} &middot; {k('ts')} &middot; {k('version')}</p>
</body></html>
'''


@genre("txt")
def propagation_note(c, v):
    k = c.k
    m = c.v_mpan(); e = c.v_eui(); s = c.v_eserial(); g = c.v_gserial()
    fm = ["space", "hyphen", "nbsp", "zwsp", "dot"][v % 5]
    return f'''Defect {k('ticket')} - repro notes ({k('tc')})
Step 1 request: {{"mpan":"{c.mpan('plain', v=m)}","device":"{c.eui('hyphen', v=e)}","msn":"{c.eserial('plain', v=s)}"}}
Step 2 response: requestId=REQ-{c.eui('plain', v=e)}-{k('epoch')[-4:]} status=REJECTED
Step 3 the UI shows supply {c.mpan(fm, v=m)} and meter {c.eserial('lower', v=s)}
Step 4 filename was evidence_{c.mpan('underscore', v=m)}.txt ; device {c.eui('lower_colon', v=e)}
Step 5 gas meter {c.gserial('plain', v=g)} later appears as {c.gserial('lower_sp', v=g)} in the audit view
Ref {k('mpanref')} {k('ts')} {k('dip')}
'''


@genre("txt")
def quoted_reply_split(c, v):
    k = c.k
    m = c.v_mpan()
    pre = ["> ", "# ", "// ", "-- ", "; ", ">> ", "* ", "REM "][(v + c.g.get("qs", 0)) % 8]
    c.g["qs"] = c.g.get("qs", 0) + 1
    sp = m[:7] + "\n" + pre + m[7:]
    c._rec("mpan", m, "linesplit-" + pre.strip(), sp)
    e = c.v_eui()
    sp2 = e[:10] + "\n" + pre + e[10:]
    c._rec("eui", e, "linesplit-" + pre.strip(), sp2)
    n = c.v_mprn()
    sp3 = n[:5] + "\n" + pre + n[5:]
    c._rec("mprn", n, "linesplit-" + pre.strip(), sp3)
    return f'''Re: {k('ticket')} supply not registering
{pre}Please recheck the supply {sp} for {k('tc')},
{pre}CH {sp2} (ref {k('mpanref')}) and gas MPRN {sp3}
{pre}logged {k('ts')} by {c.name()}
Done - both fixed in {k('version')}.
'''


@genre("txt")
def mistyped_check(c, v):
    k = c.k
    return f'''Data fix request {k('ticket')}
The customer gave MPAN {c.mpan_mistyped(['plain','space','hyphen','plain','dot'][v%5])} which fails the check digit; the correct
core is {c.mpan()} (ref {k('mpanref')}). Timestamp in ms {k('epochms')}, GTIN {k('ean')}, PO {k('po')}.
Meter {c.eserial()}; address {c.addr('label_site')}.
Epoch {k('epoch')}, build {k('build')}, company {k('compno')}, VAT {k('vat')}.
'''


@genre("txt")
def unicode_digits(c, v):
    k = c.k
    fs = [["fullwidth", "arabic"], ["devanagari", "mathbold"], ["ext_arabic", "bengali"], ["mathmono", "fullwidth"], ["arabic", "devanagari"]][v % 5]
    return f'''Pasted from translated portal ({k('tc')}):
رقم MPAN: {c.mpan(fs[0])}
MPRN: {c.mprn(fs[1])}
Serial: {c.eserial('fullwidth')}
Phone: {c.phone('fullwidth')}
Postcode: {c.pc('fullwidth')}
Ref {k('mpanref')} {k('ts')} {k('amount')}
'''


@genre("txt")
def invisible_mix(c, v):
    k = c.k
    return f'''Evidence paste {k('tc')} {k('ts')}
mpan: {c.mpan()}
mpan2: {c.mpan()}
mprn: {c.mprn()}
msn: {c.eserial()}
gas: {c.gserial()}
eui: {c.eui()}
pc: {c.pc()}
tel: {c.phone()}
mail: {c.email()}
ref {k('mpanref')} {k('dip')} {k('msg')} {k('count')}
'''


@genre("txt")
def encoded_mix(c, v):
    k = c.k
    return f'''Decoded fields from queue viewer ({k('tc')}) {k('ts')}
header.x-mpan: {c.mpan()}
header.x-mprn: {c.mprn()}
header.x-msn: {c.eserial()}
header.x-eui: {c.eui()}
header.x-contact: {c.email()}
header.x-ref: {k('mpanref')}
header.x-ver: {k('version')} {k('uuid')}
'''


@genre("txt")
def wireshark_zigbee(c, v):
    k = c.k
    e1 = c.v_eui(); e2 = c.v_eui()
    le = " ".join(e1[i:i + 2] for i in range(14, -2, -2)).lower()
    n_le = c._rec("eui", e1, "zigbee-little-endian-bytes", le)
    c.ids[-1]["alt"] = ["".join(e1[i:i + 2] for i in range(14, -2, -2)).lower()]
    res = "SiliconL_" + ":".join(e2[i:i + 2] for i in range(6, 16, 2)).lower()
    n_res = c._rec("eui", e2, "wireshark-oui-resolved", res)
    c.ids[-1]["alt"] = [e2[6:].lower()]
    return f'''No.     Time           Source                Destination           Protocol Length Info
   {40 + v} {k('duration')[:-2]}.0{v}      0x{k('corr')[5:9]}                0x0000                ZigBee   {60 + v}     Data, Dst: 0x0000, Src: 0x{k('corr')[9:13]}

Frame {40 + v}: {60 + v} bytes on wire, {60 + v} bytes captured
IEEE 802.15.4 Data, Dst: 0x0000, Src: 0x{k('corr')[9:13]}
ZigBee Network Layer Data, Dst: 0x0000, Src: 0x{k('corr')[9:13]}
    Extended Source: {n_res} ({c.eui('lower_colon', v=e2)})
    Security Header
        Extended Source: {c.eui('colon')}
0000  41 88 {k('corr')[13:15]} 34 12 00 00 {n_le}   A...4....
ZigBee Application Support Layer Data, Dst Endpt: 1, Src Endpt: 1
ZCL Metering: Report Attributes, Seq: {v}  meter serial (attr 0x0308): "{c.eserial('plain')}"
Capture note: {k('tc')} {k('ts')} ({k('mpanref')})
'''


@genre("csv")
def split_columns_csv(c, v):
    k = c.k
    rows = ["ref,dist_id,mpan_rest,msn_prefix,msn_number,house,street,town,pc_out,pc_in,contact"]
    for i in range(3):
        m = c.v_mpan()
        c._rec("mpan", m, "split-csv-columns", m[:2] + "," + m[2:])
        s = c.v_eserial()
        c._rec("eserial", s, "split-csv-columns", s[:3] + "," + s[3:])
        a = c.v_addr()
        hn = [f"2F{i+1}", f"Flat 0/{i+1}", f"Unit {i+4}"][i]
        c._rec("address", a["street"], "split-csv-columns-" + hn.split()[0], f'"{hn}, {a["num"]}","{a["street"]} {a["stype"]}","{a["loc"]}, {a["town"]}"', words=a["words"])
        pa, pb = a["pc"].split(" ")
        c._rec("postcode", a["pc"], "split-csv-columns", pa + "," + pb)
        rows.append(",".join([k("mpanref"), m[:2], m[2:], s[:3], s[3:], f'"{hn}, {a["num"]}"', f'"{a["street"]} {a["stype"]}"', f'"{a["loc"]}, {a["town"]}"', pa, pb, '"' + c.name() + '"']))
    rows.append(f"# {k('ts')} {k('count')} {k('tc')}")
    return "\n".join(rows) + "\n"
