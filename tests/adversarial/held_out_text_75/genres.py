"""Genre templates for the ho45 text corpus. Each takes an Item and a rep number and returns text."""
import random, json, base64
Q = random.Random(7745)

def b64(s): return base64.b64encode(s.encode()).decode()

def junifer(it, rep):
    return f"""Junifer Customer Export  run {it.k('ts')}  build {it.k('version')}
AccountNo|Customer|SupplyAddress|MPAN|ElecMeter|MPRN|GasMeter|Balance|Ref
{it.k('bigint')}|{it.name()}|{it.addr('pipe')}|{it.mpan()}|{it.eser()}|{it.mprn()}|{it.gser()}|{it.k('amount')}|{it.k('mpanref')}
{it.k('bigint')}|{it.name()}|{it.addr('comma')}|{it.mpan()}|{it.eser()}|{it.mprn()}|{it.gser()}|{it.k('amount')}|{it.k('mprnref')}
-- {it.k('count')} exported, job {it.k('uuid')}
"""

def gentrack(it, rep):
    return f"""GENTRACK VELOCITY  SITE ENQUIRY  {it.k('date')}            PAGE 1
 ---------------------------------------------------------------
 ICP/MPAN ......: {it.mpan('plain', key='gt')}
 Screen id .....: SE-{it.mpan('cd-apart', key='gt')}
 Full S number .: {it.mpan21()}
 Occupier ......: {it.name('upper')}
 Premises ......: {it.addr('upper')}
 Meter ser .....: {it.eser()}     Regs: 2  Dials: 6
 Comms hub GUID : {it.eui()}
 Contact tel ...: {it.phone()}
 Last read .....: {it.k('kwh')} on {it.k('date')}   Tariff {it.k('tariff')}
 Batch {it.k('batch')}   Operator ref {it.k('ticket')}
"""

def siebel(it, rep):
    return f"""Siebel Service Request {it.k('order')} (Opened {it.k('ts')})
Contact: {it.name()} <{it.email('plain')}>
Alt contact phone: {it.phone()}
Description: Customer says meter {it.gser()} at {it.addr('comma')} was swapped; new gas meter {it.gser()}. MPRN {it.mprn()} on old record.
Activity note: rang back on {it.phone()} re SR {it.k('order')}; mentioned MPAN {it.mpan()} too.
Owner queue: Metering L2   SLA {it.k('percent')}   Version {it.k('version')}
"""

def paypoint(it, rep):
    return f"""********** PAYPOINT **********
   ELECTRICITY TOP-UP RECEIPT
Terminal  T{it.k('term7')}   Txn {it.k('txn')}
Date {it.k('date')}  Time 14:32
Meter No / Key: {it.mpan(kind='mpan')}
Card/Key serial: {it.eser()}
Amount Paid: {it.k('amount')}
Emergency credit repaid: {it.k('money')}
YOUR 20 DIGIT TOKEN:
   {it.k('sts')}
Key Revision {it.k('krn')}  Tariff Index {it.k('ti')}  {it.k('sgc')}
Customer: {it.name('upper')}
Keep this receipt. Ref {it.k('payref')}
*******************************
"""

def payzone_log(it, rep):
    return f"""{it.k('ts')} INFO  VendService  vend.request meterId={it.mpan()} amountPence=2000 terminal=PZ{it.k('term6')}
{it.k('ts')} INFO  VendService  sts.token issued token={it.k('sts_plain')} sgc={it.k('sgc')} krn={it.k('krn')}
{it.k('ts')} WARN  VendService  customer lookup by phone {it.phone()} returned 2 matches; using {it.name('lower')}
{it.k('ts')} DEBUG VendService  payload_b64={b64('{"mpan":"%s","postcode":"%s"}' % (it.mpan('plain', key='pz'), it.pc('plain', key='pzpc')))}
{it.k('ts')} INFO  VendService  receipt mailed to {it.email()} (took {it.k('ms')})
{it.k('ts')} INFO  VendService  propagation check: meter {it.mpan('sep:_', key='pz')} postcode {it.pc('nospace', key='pzpc')}
"""

def epc(it, rep):
    return f"""ENERGY PERFORMANCE CERTIFICATE (EPC)  Dwellings
{it.addr('lines')}
Reference number: {it.k('rrn')}
Date of assessment: {it.k('date')}   Date of certificate: {it.k('date')}
Type of assessment: RdSAP, existing dwelling     Total floor area: 87 m²
Current rating C (72)  Potential B (84)
Estimated energy costs over 3 years: {it.k('bigamount')}
Assessor: {it.name('title')}  Accreditation {it.k('serialno')}
Electricity supply point (for FiT/ECO matching): {it.mpan()}
Gas meter point reference: {it.mprn()}
Related party disclosure: No related party.  Software {it.k('version')}
"""

def fit_statement(it, rep):
    return f"""Feed-in Tariff Generation Statement          Statement {it.k('invoice')}
Generator: {it.name('title')}
Installation address: {it.addr('comma')}
FiT ID: {it.k('fitid')}    MCS cert: {it.k('mcs')}
Import MPAN:  {it.mpan21()}
Export MPAN:  {it.mpan21()}
Generation meter serial: {it.eser()}
Opening read {it.k('kwh')}   Closing read {it.k('kwh')}
Generation payment {it.k('amount')}   Deemed export 50% {it.k('amount')}
Licensee {it.k('ofgem')}
Supplementary: import MPAN again as {it.mpan21('dashed21')}, core {it.mpan('sep:_')}
"""

def seg_csv(it, rep):
    rows = []
    for _ in range(3):
        rows.append(f"{it.k('case')};{it.mpan()};{it.mpan()};{it.eser()};{it.k('kwh')};{it.k('money')};{it.pc()}")
    return "SEG quarterly export;;;;;;\nref;import_mpan;export_mpan;export_meter;export_kwh;payment;postcode\n" + "\n".join(rows) + "\n"

def mcs_cert(it, rep):
    return f"""MCS CERTIFICATE  Certificate Number {it.k('mcs')}
Technology: Air Source Heat Pump        Capacity: 8.5 kW
Installation Address:
{it.addr('lines')}
Owner: {it.name()}
Installer company no. {it.k('company')} (registered in England)   VAT {it.k('vat')}
Commissioning date {it.k('date')}    Product ref {it.k('serialno')}
SCOP 3.4  Annual heat demand {it.k('kwh')}
Electricity MPAN (for BUS grant): {it.mpan()}
"""

def hp_commissioning(it, rep):
    return f"""HEAT PUMP COMMISSIONING SHEET  (page 1 of 2)
Job: {it.k('order')}    Engineer: {it.name('initial')}  mobile {it.phone()}
Site: {it.addr('log')}
Supply MPAN ............ {it.mpan()}
Smart meter ESME ....... {it.eser()}   CHF GUID {it.eui()}
Gas meter (capped) ..... {it.gser()}   MPRN {it.mprn()}
Flow temp 45C  Return 38C  Refrigerant R32 1.45 kg   Firmware {it.k('version')}
Customer signature: ____ ({it.name('lower')})  Date {it.k('date')}
Notes: controller serial {it.k('serialno')}; DNO notification {it.k('dnoref')}
"""

def evc_commissioning(it, rep):
    return f"""# EV charger commissioning - OZEV grant
charger_serial: {it.k('serialno')}
install_date: {it.k('date')}
mpan: "{it.mpan()}"
cut_out_fuse: 100A
earthing: TN-C-S (PME) with open-PEN detection
customer_name: "{it.name()}"
customer_email: {it.email()}
customer_phone: "{it.phone()}"
site_address: >
  {it.addr('comma')}
ihd_guid: {it.eui()}
notes: |
  Customer asked that MPAN {it.mpan('spaced', key='ev')} be recorded on the DNO form.
  Previously noted as {it.mpan('sep:.', key='ev')}; ref {it.k('dnoref')}
grant_claim: {it.k('order')}   # {it.k('amount')}
"""

def g99_form(it, rep):
    return f"""Form A1-1 (G98/G99) Installation Document
Section 1 Customer details
  Customer name:  {it.name('title')}
  Address:        {it.addr('nocomma')}
  Telephone:      {it.phone()}
  E-mail:         {it.email()}
  MPAN(s):        Import {it.mpan()}   Export {it.mpan()}
Section 2 Installer: company {it.k('companysc')}, accreditation {it.k('mcs')}
Section 3 Generating unit: 3.68 kW inverter, type test ref {it.k('serialno')}
DNO ref {it.k('dnoref')}   submitted {it.k('ts')}
Meter serial (import/export): {it.eser('plain', key='g9')}
Attachment: photo_{it.eser('lower', key='g9')}.jpg ; import supply also quoted as {it.mpan21('spaced')}
"""

def cp12(it, rep):
    return f"""LANDLORD GAS SAFETY RECORD (CP12)   Record No {it.k('cp12')}
Engineer: {it.name()}   {it.k('gassafe')}   ID card {it.k('term7')}
Landlord: {it.name('upper-surname-first')}, {it.addr('comma')}, tel {it.phone()}
Site address: {it.addr('log')}
Tenant: {it.name('lower')}
Gas meter: {it.gser()}   MPRN: {it.mprn()}   Meter location: under stairs
Appliance 1: Boiler, flue type RS, CO/CO2 ratio 0.0041  PASS
Next inspection due {it.k('date')}
"""

def whd_match(it, rep):
    lines = ["WHD_CORE_GROUP_MATCH_v3," + it.k('batch'), "seq,surname,forename,addr1,postcode,mpan,mprn,result,scheme_year"]
    for i in range(3):
        f = it.name('upper')
        lines.append(f"{i+1},{f.split(' ', 1)[-1]},{f.split(' ', 1)[0]},\"{it.addr('upper')}\",{it.pc()},{it.mpan()},{it.mprn()},MATCH,{it.k('percent')}")
    lines.append("TRAILER," + it.k('count') + "," + it.k('sha40'))
    return "\n".join(lines) + "\n"

def land_registry(it, rep):
    return f"""Title number {it.k('title')}    Edition date {it.k('date')}
A: Property Register
1 (12 March 1998) The Freehold land shown edged with red on the plan of the above Title filed at the Registry and being {it.addr('nocomma')}.
B: Proprietorship Register
1 ({it.k('date')}) PROPRIETOR: {it.name('upper')} of {it.addr('upper')}.
2 ({it.k('date')}) The price stated to have been paid on {it.k('date')} was {it.k('bigamount')}.
C: Charges Register
1 A Transfer dated 1 May 1986 ... substation easement in favour of the distribution company (registered number {it.k('company')}).
Note: electricity supply number {it.mpan21('two-line')} recorded in conveyancing pack.
"""

def companies_house(it, rep):
    return f"""Officers of a company  {it.k('company')}
Filter: current officers   Retrieved {it.k('ts')}

{it.name('upper-surname-first')}
Correspondence address  {it.addr('comma')}
Role DIRECTOR   Date of birth  March 1971   Appointed on {it.k('date')}
Nationality British   Country of residence Wales   Occupation Energy consultant

{it.name('upper-surname-first')}
Correspondence address  {it.addr('comma')}
Role SECRETARY  Appointed on {it.k('date')}
(Test note: director's home supply MPAN {it.mpan()} used in CoT test {it.k('case')})
"""

def rts_notice(it, rep):
    return f"""IMPORTANT: Radio Teleswitch switch-off at your property
Dear {it.name('title')},
{it.addr('lines')}

Your meter {it.eser()} uses the Radio Teleswitch Service, which ends on {it.k('date')}.
Supply number (MPAN): {it.mpan21('S-box')}
Quote this number: {it.mpan21('plain')}
We will visit to fit a smart meter. Appointment ref {it.k('order')}. Call us on 0800 best quoting {it.k('ticket')}.
If you have storage heaters on tariff {it.k('tariff')} your heating times will stay the same.
Teleswitch code {it.k('ti')}  Letter version {it.k('version')}
"""

def e7_letter(it, rep):
    return f"""Economy 7 tariff review {it.k('date')}
{it.name('upper')}
{it.addr('lines', pcform='NBSP')}

Your supply numbers: day/night MPAN {it.mpan()}; related MPAN {it.mpan()}.
Meter serial {it.eser()} (two-rate). Night rate {it.k('percent')} cheaper; estimated saving {it.k('amount')}.
Account-like references (not customer ids): reference {it.k('invoice')}, {it.k('payref')}.
Questions? {it.email('mailto')}
"""

def n3rgy_json(it, rep):
    d = {"mpxn": it.mpan('plain'), "deviceId": it.eui(), "resource": "electricity/consumption/1",
         "start": it.k('ts'), "end": it.k('ts'), "unit": "kWh", "granularity": "halfhour",
         "values": [{"timestamp": it.k('ts'), "value": 0.211}, {"timestamp": it.k('ts'), "value": 0.198}],
         "requestId": "REQ-" + it.eui('plain', key='dev') + "-" + it.k('term6'), "deviceGuid": it.eui('eui:dash-lower', key='dev'), "gasMprn": it.mprn(), "gasMeter": it.gser(), "traceId": it.k('trace')}
    s = json.dumps(d, indent=2, ensure_ascii=False)
    return s + f"\n// consent granted by {it.name()} for postcode {it.pc()}\n"

def glowmarkt(it, rep):
    return f"""GET /api/v0-1/resource/{it.k('uuid')}/readings?period=PT30M HTTP/1.1
applicationId: {it.k('uuid')}
HTTP/1.1 200 OK
{{"resourceId":"{it.k('uuid')}","classifier":"electricity.consumption","name":"electricity consumption",
 "description":"virtual entity for {it.mpan('json-u')}","hardwareId":"{it.eui('plain', key='gm')}","href":"/hw/{it.eui('lower', key='gm')}","owner":"{it.email('plain')}",
 "postalCode":"{it.pc()}","data":[[1733443200,0.12],[1733445000,0.09]],"units":"kWh","dataSourceResourceTypeInfo":{{"type":"DCC","version":"{it.k('version')}"}}}}
"""

def home_assistant_log(it, rep):
    return f"""{it.k('ts')} INFO (MainThread) [homeassistant.components.glow] Connected to hub {it.eui('eui:colon')}
{it.k('ts')} WARNING (MainThread) [custom_components.octopus_energy] Electricity meter {it.eser()} for MPAN {it.mpan()} has no tariff
{it.k('ts')} DEBUG (MainThread) [custom_components.octopus_energy] Gas meter {it.gser('lower')} MPRN {it.mprn()}
{it.k('ts')} ERROR (MainThread) [homeassistant.components.zha] Device {it.eui('eui:dash-lower')} unavailable ({it.k('ms')})
{it.k('ts')} INFO (MainThread) [homeassistant.setup] Setup of domain energy took 0.2 seconds  core {it.k('version')}
"""

def home_assistant_yaml(it, rep):
    return f"""# configuration.yaml (snippet pasted into defect {it.k('ticket')})
homeassistant:
  name: Home
  latitude: {it.k('coord')}
  country: GB
octopus_energy:
  account_id: A-{it.k('sha')}
  electricity:
    mpan: >-
      {it.mpan('spaced')}
    serial: >-
      {it.eser('lower')}
  gas:
    mprn: "{it.mprn()}"
    serial: '{it.gser()}'
glow:
  hub_mac: {it.eui('eui:0x')}
  owner: >
    {it.name()}
    {it.addr('lines')}
"""

def http_file(it, rep):
    return f"""### Register smart meter (IntelliJ .http)
POST https://sit.example.energy/api/v2/meters/{it.mpan('plain', key='h')}/register
Content-Type: application/json
X-Correlation-Id: {it.k('uuid')}

{{
  "mpan": "{it.mpan('spaced', key='h')}",
  "msn": "{it.eser()}",
  "installer": "{it.name()}",
  "installAddress": "{it.addr('comma')}"
}}

> {{% client.assert(response.status === 201, "created {it.k('version')}") %}}

### Look up by MPRN
GET https://sit.example.energy/api/v2/gas?mprn={it.mprn()}&msn={it.gser('pct')}
Accept: application/json
"""

def httpie(it, rep):
    return f"""$ http POST :8080/v1/vend mpan={it.mpan()} amount:=1500 email={it.email()}
HTTP/1.1 202 Accepted
Content-Type: application/json
Date: Tue, 03 Nov 2026 10:02:17 GMT
X-Request-Id: {it.k('uuid')}

{{
    "status": "QUEUED",
    "token": "{it.k('sts_plain')}",
    "meter": "{it.eser('lower')}",
    "elapsed": "{it.k('ms')}",
    "addressee": "{it.name('lower')}",
    "postcode": "{it.pc()}"
}}
"""

def rabbitmq(it, rep):
    payload = '{"mpan":"%s","msn":"%s","contact":"%s"}' % (it.mpan('plain'), it.eser('plain'), it.phone('plain'))
    return json.dumps([{"payload_bytes": len(payload), "redelivered": False, "exchange": "meter.events",
                        "routing_key": "install." + it.k('msgtype'), "message_count": 12,
                        "properties": {"message_id": it.k('uuid'), "timestamp": 1733480000, "headers": {"x-trace": it.k('trace')}},
                        "payload": b64(payload), "payload_encoding": "base64"},
                       {"payload": '{"event":"ok","batch":"%s","device":"%s","correlation":"%s"}' % (it.k('batch'), it.eui('eui:colon', key='rd'), 'corr-' + it.eui('lower', key='rd')), "payload_encoding": "string"}], indent=1) + "\n"

def kinesis(it, rep):
    d1 = '{"mpan":"%s","read":"%s"}' % (it.mpan('plain'), '%d.%d' % (Q.randint(100, 9999), Q.randint(0, 9)))
    d2 = '{"mprn":"%s","gas_meter":"%s","addr":"%s"}' % (it.mprn('plain'), it.gser('plain'), it.addr('comma'))
    return json.dumps({"Records": [{"SequenceNumber": it.k('bigint') + '0000000000000', "ApproximateArrivalTimestamp": it.k('ts'),
                                    "Data": b64(d1), "PartitionKey": it.k('uuid')},
                                   {"SequenceNumber": it.k('bigint'), "Data": b64(d2), "PartitionKey": it.k('uuid')}],
                       "NextShardIterator": "AAAAAAAAAAH" + it.k('sha40'), "MillisBehindLatest": 0}, indent=2) + "\n"

def duckdb(it, rep):
    rows = [(it.mpan(), it.eser(), it.name(), it.k('kwh')) for _ in range(3)]
    w = [max(len(r[i]) for r in rows) + 2 for i in range(4)]
    out = "D " + it.k('version') + "\nD SELECT mpan, msn, customer, reading FROM reads WHERE batch='" + it.k('batch') + "';\n"
    out += "┌" + "┬".join("─" * x for x in w) + "┐\n"
    out += "│" + "│".join(h.center(x) for h, x in zip(['mpan', 'msn', 'customer', 'reading'], w)) + "│\n"
    out += "│" + "│".join(h.center(x) for h, x in zip(['varchar'] * 4, w)) + "│\n"
    out += "├" + "┼".join("─" * x for x in w) + "┤\n"
    for r in rows:
        out += "│" + "│".join((' ' + v).ljust(x) for v, x in zip(r, w)) + "│\n"
    out += "└" + "┴".join("─" * x for x in w) + "┘\n  3 rows   4 columns\n"
    return out

def clickhouse(it, rep):
    return f"""clickhouse :) SELECT * FROM installs WHERE job = '{it.k('order')}' FORMAT Vertical

Row 1:
──────
job:          {it.k('order')}
mpan:         {it.mpan()}
esme_guid:    {it.eui()}
gas_msn:      {it.gser()}
customer:     {it.name()}
phone:        {it.phone()}
addr:         {it.addr('log')}
loaded_at:    {it.k('ts')}

1 row in set. Elapsed: 0.004 sec. Processed {it.k('count')}
"""

def bigquery(it, rep):
    return f"""Query complete (1.2 sec elapsed, 88.1 MB processed)  job_id: bquxjob_{it.k('sha')}
+-----+----------------------+----------------+------------------+--------------------+
| row | mpan_core            | msn            | postcode         | updated            |
+-----+----------------------+----------------+------------------+--------------------+
|   1 | {it.mpan()} | {it.eser()} | {it.pc()} | {it.k('ts')} |
|   2 | {it.mpan()} | {it.eser()} | {it.pc()} | {it.k('ts')} |
|   3 | {it.mpan13x()} | {it.gser()} | {it.pc()} | {it.k('ts')} |
+-----+----------------------+----------------+------------------+--------------------+
-- note row 3 mpan_core failed check-digit validation (typo at source)
"""

def dbt_log(it, rep):
    return f"""{it.k('ts')}  Running with dbt={it.k('version')}
{it.k('ts')}  1 of 4 START sql table model stg.meter_points ......... [RUN]
{it.k('ts')}  Failure in test accepted_values_meter_points_status
{it.k('ts')}    Got 2 results, configured to fail if != 0
{it.k('ts')}    compiled Code at target/compiled/energy/models/schema.yml/accepted_values.sql
  select * from stg.meter_points
  where mpan_core in ('{it.mpan()}', '{it.mpan()}')
    and msn = '{it.eser()}'
    -- customer {it.name()} raised {it.k('ticket')}
    and postcode = '{it.pc()}'
{it.k('ts')}  Done. PASS=3 WARN=0 ERROR=1 SKIP=0 TOTAL=4 ({it.k('ms')})
"""

def great_expectations(it, rep):
    return json.dumps({"success": False, "expectation_config": {"expectation_type": "expect_column_values_to_match_regex",
                       "kwargs": {"column": "mpan_core", "regex": "^\\d{13}$"}},
                       "result": {"element_count": 14021, "unexpected_count": 4, "unexpected_percent": 0.028,
                                  "partial_unexpected_list": [it.mpan('spaced'), it.mpan('dashed'), it.mpan13x(), it.mpan('sep:.')],
                                  "partial_unexpected_index_list": [{"row": 12, "customer": it.name('upper'), "email": it.email('plain')}]},
                       "meta": {"run_id": it.k('uuid'), "batch": it.k('batch'), "ge_version": it.k('version'), "suite": it.k('case')}}, indent=2,
                      ensure_ascii=False) + "\n"

def katalon(it, rep):
    return f"""{it.k('ts')} - [TEST_CASE][PASSED] - Test Cases/SEG/{it.k('case')}: TC register export meter ({it.k('ms')})
{it.k('ts')} - [TEST_STEP][PASSED] - setText(findTestObject("Page_Portal/input_MPAN"), "{it.mpan()}")
{it.k('ts')} - [TEST_STEP][PASSED] - setText(findTestObject("Page_Portal/input_Serial"), "{it.eser('lower')}")
{it.k('ts')} - [TEST_STEP][FAILED] - verifyElementText(findTestObject("Page_Portal/lbl_Name"), "{it.name()}")
  Actual text: '{it.name('upper')}'
{it.k('ts')} - [MESSAGE][INFO] - Screenshot saved: Reports/{it.k('sha')}/failed_{it.k('uuid')}.png
{it.k('ts')} - [TEST_STEP][PASSED] - setText(findTestObject("Page_Portal/input_Postcode"), "{it.pc()}")
"""

def appium(it, rep):
    return f"""[Appium] <-- POST /session/{it.k('uuid')}/element/{it.k('sha')}/value
[HTTP] {{"text":"{it.mpan('json-u')}","value":["{it.mpan('plain')}"]}}
[W3C] Calling AppiumDriver.setValue() with args: [["{it.eser()}"],"{it.k('sha')}"]
[BrowserStack] session {it.k('sha40')} device "Galaxy S23" os {it.k('version')}
[Appium] Responding to client with driver.getText() result: "Hi {it.name('plain')}, your hub {it.eui('eui:dots')} is online"
[HTTP] <-- GET /session/{it.k('uuid')}/screenshot 200 {it.k('ms')}
"""

def gerrit(it, rep):
    return json.dumps({"project": "meter-hub", "branch": "main", "change_id": it.k('chgid'), "_number": 40000 + rep,
                       "subject": "Fix MSN validation for lowercase serials (" + it.k('ticket') + ")",
                       "messages": [{"author": {"name": "reviewer"}, "date": it.k('ts'),
                                     "message": "Patch Set 2:\n\n> test fixture uses real MPAN " + it.mpan('split:> ') + "\n> and gas meter " + it.gser() + "\n\nPlease replace with MPAN-REF. Also customer " + it.name('lower') + " at " + it.addr('comma') + "."}],
                       "current_revision": it.k('sha40')}, indent=2, ensure_ascii=False) + "\n"

def bitbucket_diff(it, rep):
    return f"""diff --git a/fixtures/seg_export.csv b/fixtures/seg_export.csv
index {it.k('sha')}..{it.k('sha')} 100644
--- a/fixtures/seg_export.csv
+++ b/fixtures/seg_export.csv
@@ -3,4 +3,4 @@ ref,import,export,msn
-{it.k('case')},{it.mpan('plain', key='d1')},{it.mpan('plain', key='d2')},{it.eser('plain', key='d3')}
+{it.k('case')},{it.mpan('sep:longspace', key='d1')},{it.mpan('dashed', key='d2')},{it.eser('lower', key='d3')}
 {it.k('case')},{it.k('mpanref')},{it.k('mpanref')},{it.k('serialno')}
Comment by reviewer on line 4: "{it.name()} owns this supply ({it.pc()}), please anonymise"
"""

def obsidian(it, rep):
    return f"""---
title: Site visit {it.k('date')}
tags: [field, {it.k('case')}]
customer: "{it.name()}"
mpan: {it.mpan()}
aliases:
  - "{it.addr('comma')}"
---
# Visit notes
Met [[{it.name('plain')}]] at the property. Gas meter `{it.gser()}` (MPRN {it.mprn()}) reading {it.k('kwh')}.
> [!warning] Comms hub
> GUID {it.eui()} not joining; firmware {it.k('version')}.
> Previous MPAN on our system: {it.mpan('split:> ')}
Follow-up: {it.k('ticket')}, call {it.phone()}
"""

def enex(it, rep):
    note = (f"<div>Call with {it.name()} re meter exchange</div><div>MPAN: {it.mpan()}</div>"
            f"<div>Gas: <b>{it.gser()}</b> / MPRN {it.mprn()}</div><div>{it.addr('comma')}</div>"
            f"<div>job {it.k('order')} – {it.k('amount')}</div><div>Serial {it.eser()}</div>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20261106T101010Z" application="Evernote" version="{it.k('version')}">
<note><title>Meter exchange {it.k('date')}</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note>{note}</en-note>]]></content>
<created>20261106T101010Z</created><note-attributes><author>{it.email('plain')}</author></note-attributes>
<resource><data encoding="base64">{b64('photo caption: meter ' + it.eser('plain') + ' at ' + it.pc('plain'))}</data><mime>text/plain</mime></resource>
</note></en-export>
"""

def apple_notes(it, rep):
    return f"""<html><head><meta charset="utf-8"></head><body>
<h1>Prepay faults {it.k('date')}</h1>
<div>Key meter for <span style="font-weight:bold">{it.name()}</span></div>
<div>MPAN&nbsp;{it.mpan()}</div>
<div>Key serial {it.eser()}&nbsp;| token {it.k('sts')}</div>
<ul><li>{it.addr('comma')}</li><li>mob {it.phone()}</li><li>ref {it.k('payref')}</li></ul>
<div>second MPAN <i>{it.mpan()}</i> and MPRN {it.mprn()}</div>
<div>{it.k('ticket')} · {it.k('version')} · {it.k('amount')}</div>
</body></html>
"""

def logseq(it, rep):
    return f"""- Prepay investigation {it.k('ticket')}
	- customer:: {it.name()}
	- mpan:: {it.mpan()}
	- meter:: {it.eser()}
		- replaced by {it.eser()} on {it.k('date')}
	- address:: {it.addr('comma')}
	- DONE check vend history #[[{it.k('case')}]]
		- tokens {it.k('sts')} and {it.k('sts')} both rejected (KRN mismatch, {it.k('krn')})
	- LATER ring {it.phone()}
		- ((block-ref {it.k('uuid')}))
"""

def xfdf(it, rep):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
<f href="G99_Application_{it.k('order')}.pdf"/>
<fields>
<field name="CustomerName"><value>{it.name()}</value></field>
<field name="SiteAddress"><value>{it.addr('lines')}</value></field>
<field name="MPAN_Import"><value>{it.mpan()}</value></field>
<field name="MPAN_Export"><value>{it.mpan()}</value></field>
<field name="Telephone"><value>{it.phone()}</value></field>
<field name="Email"><value>{it.email()}</value></field>
<field name="CompanyNo"><value>{it.k('company')}</value></field>
<field name="SubmittedAt"><value>{it.k('ts')}</value></field>
</fields>
<annots><text subject="note" date="D:20261106">{it.k('ticket')} check MPAN {it.mpan()}</text></annots>
</xfdf>
"""

def md_pipes(it, rep):
    return f"""## Export meter mismatches ({it.k('ticket')})
| ref | detail | owner |
|---|---|---|
| {it.k('mpanref')} | import {it.mpan()} \\| export {it.mpan()} | {it.name()} |
| {it.k('mpanref')} | msn {it.eser()} \\| gas {it.gser()} | {it.name('surname-first')} |
| {it.k('case')} | addr {it.addr('comma')} \\| tel {it.phone()} | team |
Generated {it.k('ts')} by report {it.k('version')}
"""

def yaml_folded(it, rep):
    return f"""incident: {it.k('ticket')}
summary: >
  Smart export guarantee payments stopped for supply
  {it.mpan('split:  ')} after the change of supplier
  on {it.k('date')}.
detail: |-
  Export meter {it.eser()} reads {it.k('kwh')}.
  Customer {it.name()} ({it.email()}) says
  the installer left the old meter {it.eser('spaced')}
  at {it.addr('lines')}
device: &hub
  guid: "{it.eui()}"
other: *hub
amount: {it.k('amount')}
"""

def fixed_width_u16(it, rep):
    rec = []
    for _ in range(3):
        rec.append(f"{it.k('order'):<12}{it.mpan('plain'):<14}{it.eser('plain'):<14}{it.name('upper'):<40}{it.pc('plain'):<9}{it.k('date'):<10}")
    return "HDR" + it.k('batch').ljust(30) + "\n" + "\n".join(rec) + "\nTRL" + it.k('count') + "\n"

def sms_vend(it, rep):
    return f"""Prepay key top-up thread (copied from supplier SMS portal)
[{it.k('ts')}] OUT to {it.phone()}: Your token for meter {it.mpan()} is {it.k('sts')}. Ref {it.k('payref')}
[{it.k('ts')}] IN from {it.phone()}: doesnt work, key no {it.eser('lower')}. this is {it.name('lower')}
[{it.k('ts')}] OUT: Sorry! Please try {it.k('sts')} ({it.k('krn')}, {it.k('ti')}).
[{it.k('ts')}] IN: i live at {it.addr('nocomma')}
"""

def eco_match(it, rep):
    return f"""ECO4 data-matching request  batch {it.k('batch')}
Scheme ref,Measure,UPRN,Address,Postcode,MPAN,MPRN,Householder
{it.k('bigint')},Loft insulation,{it.k('bigint')},"{it.addr('comma')}",{it.pc()},{it.mpan()},{it.mprn()},{it.name()}
{it.k('bigint')},ASHP,{it.k('bigint')},"{it.addr('upper')}",{it.pc()},{it.mpan()},{it.mprn()},{it.name('upper')}
Result: {it.k('percent')} matched; report {it.k('invoice')}
"""

def spoken_log(it, rep):
    # own genre: installer's handwritten job card typed up, values with check digits in words and odd separators
    return f"""JOB CARD (typed from handwritten) {it.k('order')}
Arrived {it.k('ts')}. Cust {it.name('lower')} - lovely dog.
Old elec meter: {it.eser('spaced')}  new: {it.eser()}
MPAN from bill: {it.mpan()}  (customer read it out as {it.mpan('words', key='jc')}, bill said {it.mpan('spaced', key='jc')})
Gas: {it.gser('lower-dashed')}, MPRN {it.mprn()}
Hub: {it.eui('eui:space')}
Addr: {it.addr('nocomma')}
Next visit {it.k('date')}   parts {it.k('amount')}
"""

GENRES = {
    'junifer_psv': (junifer, 'txt', False), 'gentrack_screen': (gentrack, 'txt', False), 'siebel_sr': (siebel, 'txt', False),
    'paypoint_receipt': (paypoint, 'txt', False), 'payzone_vendlog': (payzone_log, 'log', False), 'epc_cert': (epc, 'txt', False),
    'fit_statement': (fit_statement, 'txt', False), 'seg_eurocsv': (seg_csv, 'csv', False), 'mcs_cert': (mcs_cert, 'txt', False),
    'hp_commissioning': (hp_commissioning, 'txt', False), 'evc_commissioning': (evc_commissioning, 'yaml', False),
    'g99_form': (g99_form, 'txt', False), 'cp12_record': (cp12, 'txt', False), 'whd_match': (whd_match, 'csv', False),
    'land_registry': (land_registry, 'txt', False), 'companies_house': (companies_house, 'txt', False),
    'rts_notice': (rts_notice, 'txt', False), 'e7_letter': (e7_letter, 'txt', False), 'n3rgy_json': (n3rgy_json, 'json', False),
    'glowmarkt_http': (glowmarkt, 'txt', False), 'ha_log': (home_assistant_log, 'log', False), 'ha_yaml': (home_assistant_yaml, 'yaml', False),
    'intellij_http': (http_file, 'http', False), 'httpie': (httpie, 'txt', False), 'rabbitmq_export': (rabbitmq, 'json', False),
    'kinesis_records': (kinesis, 'json', False), 'duckdb_box': (duckdb, 'txt', False), 'clickhouse_vertical': (clickhouse, 'txt', False),
    'bigquery_result': (bigquery, 'txt', False), 'dbt_log': (dbt_log, 'log', False), 'gx_result': (great_expectations, 'json', False),
    'katalon_log': (katalon, 'log', False), 'appium_log': (appium, 'log', False), 'gerrit_json': (gerrit, 'json', False),
    'bitbucket_diff': (bitbucket_diff, 'diff', False), 'obsidian_note': (obsidian, 'md', False), 'evernote_enex': (enex, 'enex', True),
    'apple_notes_html': (apple_notes, 'html', True), 'logseq_outline': (logseq, 'md', False), 'xfdf_form': (xfdf, 'xfdf', False),
    'md_escaped_pipes': (md_pipes, 'md', False), 'yaml_folded': (yaml_folded, 'yaml', False), 'fixedwidth_u16': (fixed_width_u16, 'dat', False),
    'sms_vend': (sms_vend, 'txt', False), 'eco_match': (eco_match, 'csv', False), 'job_card': (spoken_log, 'txt', False),
}
