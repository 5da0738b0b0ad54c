"""Genre templates. Each takes a Planter p and returns text (str). New genres for round 52."""
import json as _json

class json:
    @staticmethod
    def dumps(*a, **k):
        k.setdefault("ensure_ascii", False)
        return _json.dumps(*a, **k)

G = {}
def genre(f):
    G[f.__name__] = f
    return f

def rep(p, a, b):
    return range(p.r.randint(a, b))

@genre
def xray_exec_json(p):
    tests = []
    for _ in rep(p, 3, 4):
        tests.append({"testKey": p.tc(), "start": p.ts(), "status": p.r.choice(["PASSED", "FAILED"]),
            "comment": f"MPAN used {p.mpan()} ({p.mref()}), ESME {p.eserial()} — customer {p.name(0)} at {p.address()} {p.postcode()}",
            "evidence": [{"filename": f"duis_{p.msg().replace(' ', '_')}.txt", "contentType": "text/plain"}],
            "defects": [p.ticket()], "customFields": [{"id": 3, "value": p.eui()}]})
    return json.dumps({"testExecutionKey": "MHHSQT-" + str(p.r.randint(100, 999)), "info": {"summary": "QT cycle 3",
        "user": p.email(), "version": p.ver()}, "tests": tests}, indent=2, ensure_ascii=False)

@genre
def zephyr_scale_csv(p):
    rows = ["Key,Name,Status,Precondition,Test Data,Expected Result,Owner"]
    for _ in rep(p, 4, 5):
        rows.append(f'{p.tc()},"Send {p.msg()} for site","Approved","Site MPAN {p.mpan()} energised","MPRN={p.mprn()};gas meter={p.gserial()};acct {p.account()}","Response within 5s ({p.uid()})","{p.name(2)}"')
    return "\n".join(rows) + "\n"

@genre
def tap_bats(p):
    out = [f"1..{p.r.randint(6, 9)}"]
    i = 1
    for _ in rep(p, 3, 4):
        out += [f"ok {i} {p.tc()} register lookup returns {p.mref()}",
                f"not ok {i+1} {p.tc()} meter serial match",
                f"# (in test file test/regmeter.bats, line {p.r.randint(10, 200)})",
                f"#   `assert_output --partial \"{p.eserial()}\"' failed",
                f"# -- output does not contain substring --",
                f"# substring : MSN={p.eserial()} MPAN={p.mpan()}",
                f"# output    : {{\"mprn\":\"{p.mprn()}\",\"postcode\":\"{p.postcode()}\"}}",
                f"# --"]
        i += 2
    out.append(f"ok {i} # skip {p.word()} not configured ({p.ticket()})")
    return "\n".join(out) + "\n"

@genre
def gotest_v(p):
    out = []
    for _ in rep(p, 3, 4):
        t = "Test" + p.r.choice(["ParseD0001", "SwitchCoS", "RegisterDevice", "ValidateMsn"])
        out += [f"=== RUN   {t}", f"=== RUN   {t}/{p.tc()}",
                f"    parser_test.go:{p.r.randint(20, 300)}: input mpan={p.mpan()} msn={p.eserial()}",
                f"    parser_test.go:{p.r.randint(20, 300)}: got  &Site{{Owner:\"{p.name(0)}\", Addr:\"{p.address()}\", PC:\"{p.postcode()}\"}}",
                f"    parser_test.go:{p.r.randint(20, 300)}: want GUID {p.eui()} ({p.msg()})",
                f"--- FAIL: {t} ({p.r.randint(0, 9)}.{p.r.randint(10, 99)}s)"]
    out += ["FAIL", f"exit status 1", f"FAIL\tgithub.com/acme/mhhs/flows\t1.204s  {p.ver()}"]
    return "\n".join(out) + "\n"

@genre
def rspec_doc(p):
    out = ["", "Mhhs::Onboarding"]
    for _ in rep(p, 3, 3):
        out += [f"  when the customer is {p.name(0)}", f"    sends {p.msg()} with {p.mref()} (FAILED - {p.r.randint(1, 9)})",
                f"    stores the phone {p.phone()}"]
    out += ["", "Failures:", ""]
    for i in range(1, 3):
        out += [f"  {i}) Mhhs::Onboarding sends the flow",
                f"     Failure/Error: expect(site.mprn).to eq(\"{p.mprn()}\")",
                f"       expected: \"{p.mpan()}\"", f"            got: #<Site id: {p.r.randint(1, 99)}, email: \"{p.email()}\", postcode: \"{p.postcode()}\", account: \"{p.account()}\">",
                f"     # ./spec/onboarding_spec.rb:{p.r.randint(10, 99)}:in `block (3 levels)'", ""]
    out.append(f"Finished in 2.31 seconds at {p.ts()}")
    return "\n".join(out) + "\n"

@genre
def phpunit_testdox(p):
    out = [f"PHPUnit 10.5.{p.r.randint(1, 20)} by Sebastian Bergmann and contributors.", "", "Meter Point (Tests\\Unit\\MeterPoint)"]
    for _ in rep(p, 3, 4):
        out += [f" ✔ Accepts core {p.mpan()} for {p.tc()}",
                f" ✘ Formats address {p.address()} {p.postcode()}",
                f"   │ Failed asserting that two strings are identical.",
                f"   │ --- Expected  +++ Actual",
                f"   │ -'{p.name(0)}'", f"   │ +'{p.name(1)}'",
                f"   │ /app/tests/Unit/MeterPointTest.php:{p.r.randint(10, 99)}"]
    out.append(f"Time: 00:00.412, Memory: 24.00 MB  {p.ticket()}")
    return "\n".join(out) + "\n"

@genre
def mocha_spec(p):
    out = ["", "  DCC adapter"]
    for _ in rep(p, 3, 4):
        out += [f"    ✓ commissions {p.eui()} ({p.r.randint(20, 900)}ms)",
                f"    1) pairs gas meter {p.gserial()} to hub", ]
    out += ["", f"  3 passing (2s)", "  1 failing", "", "  1) DCC adapter", "       pairs gas meter:",
            f"     AssertionError: expected {{ mprn: '{p.mprn()}', msn: '{p.gserial()}', owner: '{p.name(0)}' }} to deeply equal {{ mprn: '{p.mprn()}' }}",
            f"      at Context.<anonymous> (test/pair.spec.js:{p.r.randint(10, 99)}:12)", f"  run {p.uid()} {p.ts()}"]
    return "\n".join(out) + "\n"

@genre
def surefire_txt(p):
    out = ["-------------------------------------------------------------------------------",
           f"Test set: uk.acme.switching.{p.r.choice(['CoSTest', 'D0135ParserTest', 'RegistrationIT'])}",
           "-------------------------------------------------------------------------------",
           f"Tests run: 7, Failures: 2, Errors: 0, Skipped: 1, Time elapsed: 3.1 s <<< FAILURE! - {p.tc()}"]
    for _ in rep(p, 2, 3):
        out += [f"shouldMatchSerial  Time elapsed: 0.04 s  <<< FAILURE!",
                f"org.opentest4j.AssertionFailedError: expected: <{p.eserial()}> but was: <{p.eserial()}>",
                f"\tat uk.acme.switching.CoSTest.shouldMatchSerial(CoSTest.java:{p.r.randint(30, 300)})",
                f"shouldResolveSupply  Time elapsed: 0.01 s  <<< FAILURE!",
                f"java.lang.IllegalStateException: no supply for MPAN {p.mpan_full()} / acct {p.account()} (customer={p.name(2)}, tel={p.phone()})"]
    out.append(f"[INFO] BUILD FAILURE {p.ts()} {p.ver()}")
    return "\n".join(out) + "\n"

@genre
def serenity_narrative(p):
    out = [f"Story: Change of supplier for domestic premises ({p.tc()})", ""]
    for _ in rep(p, 2, 3):
        out += [f"Given {p.name(0)} lives at {p.address()}, {p.postcode()}",
                f"And their supply {p.mpan()} is registered to Old Supplier Ltd",
                f"When Anna submits {p.msg()} with the gas point {p.mprn()}",
                f"Then the gain is accepted within the {p.word()}",
                f"  -> screenshot 00{p.r.randint(1, 9)}.png | contact {p.email()} | {p.ts()}", ""]
    return "\n".join(out)

@genre
def tosca_log(p):
    out = [f"[{p.ts()}] Tosca Commander 16.0 ExecutionList 'QT Wave 2' {p.ver()}"]
    for _ in rep(p, 4, 5):
        out += [f"  TestStep 'Enter MPAN' -> Value '{p.mpan()}' : Passed",
                f"  TestStep 'Verify Customer' -> Buffer {{B[CustName]}} = '{p.name()}' : Failed",
                f"  Module 'CRM Address' Input Street='{p.address(False)}' Postcode='{p.postcode()}' : Passed",
                f"  TestCase {p.tc()} linked to {p.ticket()}"]
    return "\n".join(out) + "\n"

@genre
def appium_log(p):
    out = []
    for _ in rep(p, 3, 4):
        out += [f"[HTTP] --> POST /session/{p.uid()}/element/{p.r.randint(10, 99)}/value",
                f"[HTTP] {{\"text\":\"{p.eserial()}\"}}",
                f"[UiAutomator2] Setting text on element 'meterSerialInput' to '{p.gserial()}'",
                f"[W3C] Calling AppiumDriver.getPageSource() -> <android.widget.TextView text=\"{p.name(0)} · {p.phone()}\" />",
                f"[W3C] <android.widget.TextView text=\"{p.address()} {p.postcode()}\" resource-id=\"uk.acme.field:id/addr\"/>",
                f"[HTTP] <-- 200 {p.r.randint(20, 900)} ms - {p.tc()}"]
    return "\n".join(out) + "\n"

@genre
def hurl_file(p):
    out = []
    for _ in rep(p, 3, 3):
        m = p.mpan()
        out += [f"# {p.tc()} lookup {p.mref()}", f"GET https://api.test.example.com/v2/supply-points/{m}/meters",
                "Authorization: Bearer {{token}}", "HTTP 200", "[Asserts]",
                f"jsonpath \"$.meters[0].serial\" == \"{p.eserial()}\"",
                f"jsonpath \"$.customer.name\" == \"{p.name(0)}\"",
                f"jsonpath \"$.site.postcode\" == \"{p.postcode()}\"",
                f"jsonpath \"$.flow\" == \"{p.msg()}\"", ""]
    return "\n".join(out)

@genre
def tavern_yaml(p):
    out = [f"test_name: {p.tc()} register ESME", "", "stages:"]
    for _ in rep(p, 2, 3):
        out += [f"  - name: add device {p.r.randint(1, 9)}", "    request:", "      url: \"{host}/devices\"", "      method: POST",
                "      json:", f"        deviceId: \"{p.eui()}\"", f"        msn: {p.eserial()}", f"        mpxn: \"{p.mpan()}\"",
                f"        occupier: \"{p.name(0)}\"", f"        contactEmail: {p.email()}",
                "    response:", "      status_code: 201", f"      json:", f"        correlationId: {p.uid()}"]
    return "\n".join(out) + "\n"

@genre
def cfn_events(p):
    out = ["-------------------------------------------------------------------------------------------------------",
           "|                                        DescribeStackEvents                                            |",
           "+----------------------------+---------------------------+---------------------------------------------+"]
    for _ in rep(p, 4, 5):
        out.append(f"|  {p.ts():<26}|  CREATE_FAILED            |  Parameter SeedMpan={p.mpan()} SeedMsn={p.eserial()} |")
        out.append(f"|  {p.ts():<26}|  UPDATE_COMPLETE          |  Tag Owner={p.email()} CostCentre={p.account()}  |")
    out.append("+----------------------------+---------------------------+---------------------------------------------+")
    return "\n".join(out) + "\n"

@genre
def logicapp_runs(p):
    runs = []
    for _ in rep(p, 2, 3):
        runs.append({"name": p.uid(), "properties": {"startTime": p.ts(), "status": "Failed", "trigger": {"name": "When_a_D0001_arrives",
            "outputs": {"body": {"mpan": p.mpan(), "customer": {"fullName": p.name(0), "mobile": p.phone(), "address": p.address() + " " + p.postcode()},
                                  "meterSerial": p.eserial()}}},
            "error": {"code": "ActionFailed", "message": f"Compose_{p.msg().replace('-', '')} failed for account {p.account()}"}}})
    return json.dumps({"value": runs}, indent=1, ensure_ascii=False)

@genre
def nifi_provenance(p):
    out = []
    for _ in rep(p, 3, 4):
        out += [f"Event ID: {p.r.randint(1000, 99999)}", f"Event Time: {p.ts()}", "Event Type: ATTRIBUTES_MODIFIED",
                f"FlowFile UUID: {p.uid()}", "Attributes:", f"  filename = {p.msg()}_{p.mpan(1)}.txt",
                f"  mpxn.gas = {p.mprn()}", f"  meter.gas.serial = {p.gserial()}", f"  consumer.name = {p.name()}",
                f"  consumer.postcode = {p.postcode()}", ""]
    return "\n".join(out)

@genre
def flink_log(p):
    out = []
    for _ in rep(p, 4, 6):
        out.append(f"{p.ts()} WARN  org.apache.flink.runtime.taskmanager.Task [] - KeyedProcess (3/4)#0 (id {p.uid()}) late record key={p.mpan()} payload=HHRead{{msn='{p.eserial()}', value={p.reading()}, owner='{p.name(0)}'}}")
    return "\n".join(out) + "\n"

@genre
def talend_tlogrow(p):
    out = [f"Starting job J_LOAD_SITES at {p.ts()}.", "[statistics] connecting to socket on port 3937", "",
           ".----------+---------------+------------+----------------------------------+----------.",
           "|                              tLogRow_1                                             |",
           "|=--------+---------------+------------+----------------------------------+---------=|",
           "|mpan      |msn            |mprn        |address                           |postcode  |"]
    for _ in rep(p, 5, 6):
        out.append(f"|{p.mpan(1)}|{p.eserial():<15}|{p.mprn():<12}|{p.address():<34}|{p.postcode():<10}|")
    out += ["'----------+---------------+------------+----------------------------------+----------'", f"Job J_LOAD_SITES ended {p.ver()}"]
    return "\n".join(out) + "\n"

@genre
def sap_pipo_monitor(p):
    out = [f"Message ID      {p.uid()}", f"Sender Interface  SI_{p.msg().replace('-', '_')}_Out", "Status          System Error", "Payload:",
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<ns0:MT_MeterPoint xmlns:ns0=\"urn:acme:isu\">"]
    for _ in rep(p, 2, 3):
        out += ["  <Item>", f"    <POD>{p.mpan()}</POD>", f"    <SERNR>{p.eserial()}</SERNR>", f"    <NAME1>{p.name(1)}</NAME1>",
                f"    <STREET>{p.address(False)}</STREET>", f"    <POST_CODE1>{p.postcode()}</POST_CODE1>", f"    <TEL1>{p.phone()}</TEL1>", "  </Item>"]
    out += ["</ns0:MT_MeterPoint>", f"Error: Mapping MM_POD failed at {p.ts()} ({p.ticket()})"]
    return "\n".join(out) + "\n"

@genre
def remedy_export(p):
    rows = ["\"Incident ID\"\t\"Summary\"\t\"Notes\"\t\"Customer\"\t\"Phone\""]
    for _ in rep(p, 4, 5):
        rows.append(f"\"{p.ticket()}\"\t\"Reads rejected {p.msg()}\"\t\"MPAN {p.mpan()} / MSN {p.eserial()} at {p.address()}\"\t\"{p.name(2)}\"\t\"{p.phone()}\"")
    return "\n".join(rows) + "\n"

@genre
def topdesk_incident(p):
    out = [f"Call number: I 25{p.r.randint(10, 12)} {p.r.randint(100, 999)}", f"Caller: {p.name(0)}", f"Caller email: {p.email()}",
           f"Branch: {p.address()}, {p.postcode()}", "Request:"]
    for _ in rep(p, 2, 3):
        out.append(f"{p.ts()} {p.name(4)}: gas site mprn {p.mprn()} shows meter {p.gserial()} but field says {p.gserial()}. See {p.tc()}.")
    out.append(f"Action: escalated to {p.ticket()} - {p.word()}")
    return "\n".join(out) + "\n"

@genre
def smartsheet_csv(p):
    rows = ["Row ID,Task,Assigned To,MPAN,Meter,Site contact,Status,Comments"]
    for _ in rep(p, 5, 6):
        rows.append(f"{p.r.randint(10**6, 10**7)},{p.tc()} smart install,{p.email()},{p.mpan()},{p.eserial()},\"{p.name(2)}\",In Progress,\"access via {p.address()} {p.postcode()}\"")
    return "\n".join(rows) + "\n"

@genre
def teradata_bteq(p):
    out = [" *** Query completed. 5 rows found. 5 columns returned.", f" *** Total elapsed time was 1 second. {p.ts()}", "",
           "MPAN_CORE      MSN             CUST_NM                   PSTCD     ACCT_NO", "-------------  --------------  ------------------------  --------  ------------"]
    for _ in rep(p, 5, 6):
        out.append(f"{p.mpan(0):<15}{p.eserial():<16}{p.name(6):<26}{p.postcode():<10}{p.account()}")
    out.append(f" BTEQ -- Enter your SQL request or BTEQ command: .QUIT  ({p.tc()})")
    return "\n".join(out) + "\n"

@genre
def firebird_isql(p):
    out = ["SQL> SELECT MPRN, GAS_MSN, OCCUPIER, TEL FROM GAS_SITES WHERE BATCH='" + p.tc() + "';", "",
           "MPRN         GAS_MSN              OCCUPIER                        TEL", "============ ==================== =============================== ================"]
    for _ in rep(p, 5, 6):
        out.append(f"{p.mprn():<13}{p.gserial():<21}{p.name(0):<32}{p.phone()}")
    out.append("SQL> COMMIT;")
    return "\n".join(out) + "\n"

@genre
def couchdb_alldocs(p):
    rows = []
    for _ in rep(p, 3, 4):
        m = p.mpan()
        rows.append({"id": "site:" + m.replace(" ", ""), "key": m, "value": {"rev": "1-" + p.uid().replace("-", "")[:32]},
                     "doc": {"_id": "site:" + m, "type": "site", "occupier": p.name(), "msn": p.eserial(), "hub": p.eui(), "postcode": p.postcode(),
                             "flow": p.msg()}})
    return json.dumps({"total_rows": len(rows), "offset": 0, "rows": rows}, ensure_ascii=False) + "\n"

@genre
def informix_unl(p):
    out = []
    for _ in rep(p, 5, 7):
        out.append(f"{p.mpan(0)}|{p.eserial()}|{p.name(0)}|{p.address()}|{p.postcode()}|{p.account()}|note: tenant\\|landlord split {p.tc()}|")
    return "\n".join(out) + "\n"

@genre
def lotus_notes_memo(p):
    out = [f"From: {p.name(0)}/ACME/GB@ACME", f"To: {p.name(0)}/ACME/GB@ACME", f"Date: {p.ts()}", f"Subject: Re: {p.msg()} rejects for {p.tc()}", "",
           f"Hi,", f"the sites below bounced again. Site contact is {p.name()} ({p.phone()}).", ""]
    for _ in rep(p, 3, 4):
        out.append(f"  * {p.mpan()}  meter {p.eserial()}  {p.address()} {p.postcode()}")
    out += ["", f"{p.word()} - please look before Friday.", "", "---- Forwarded by Notes Admin ----"]
    return "\n".join(out) + "\n"

@genre
def xmpp_stanzas(p):
    out = []
    for _ in rep(p, 3, 4):
        out += [f"<message from='{p.email()}/desk' to='qt-room@conference.example.net' type='groupchat' id='{p.uid()}'>",
                f"  <body>mpan {p.mpan()} still shows old msn {p.eserial()} — cust {p.name(5)} rang from {p.phone()}</body>",
                f"  <delay xmlns='urn:xmpp:delay' stamp='{p.ts()}'/>", "</message>"]
    return "\n".join(out) + "\n"

@genre
def rocketchat_export(p):
    msgs = []
    for _ in rep(p, 4, 5):
        msgs.append({"_id": p.uid(), "ts": {"$date": p.ts()}, "u": {"username": p.email().split("@")[0], "name": p.name(0)},
                     "msg": f"@here {p.tc()}: gas mprn {p.mprn()} / {p.gserial()} at {p.address()} {p.postcode()}"})
    return "\n".join(json.dumps(m, ensure_ascii=False) for m in msgs) + "\n"

@genre
def zulip_topic(p):
    out = [f"#**qt-defects>{p.ticket()} wrong supply**", ""]
    for _ in rep(p, 3, 4):
        out += [f"**{p.name(0)}** ({p.ts()}):", f"```quote", f"MPAN {p.mpan()} / full {p.mpan_full()}", "```",
                f"@**{p.name(0)}** the hub is `{p.eui()}`, account {p.account()}", ""]
    return "\n".join(out)

@genre
def webex_chat(p):
    out = []
    for _ in rep(p, 5, 6):
        out.append(f"{p.name(0)}  {p.r.randint(8, 17)}:{p.r.randint(10, 59)}\n  lol the meter is {p.eserial()} not {p.eserial()}, postcode {p.postcode()} ({p.tc()})")
    return "\n".join(out) + "\n"

@genre
def lync_history(p):
    out = [f"Conversation with {p.name(0)}, {p.name(0)}", f"Started {p.ts()}", ""]
    for _ in rep(p, 4, 5):
        out += [f"{p.name(0)} [{p.r.randint(9, 17)}:{p.r.randint(10, 59)}]:", f"can u check {p.mprn()} pls, occupier says their addr is {p.address()}",
                f"{p.name(0)} [{p.r.randint(9, 17)}:{p.r.randint(10, 59)}]:", f"yep mobile {p.phone()} on file, {p.word()}"]
    return "\n".join(out) + "\n"

@genre
def fortran_namelist(p):
    out = ["&SITE_CONFIG", f" TESTREF = '{p.tc()}',"]
    for i in range(1, p.r.randint(3, 4) + 1):
        out += [f" MPAN({i}) = '{p.mpan(0)}',", f" MSN({i}) = '{p.eserial()}',", f" OWNER({i}) = '{p.name(0)}',",
                f" PCODE({i}) = '{p.postcode()}',", f" KWH({i}) = {p.r.randint(100, 9999)}.{p.r.randint(0, 9)},"]
    out.append(f" VERSION = '{p.ver()}'\n/")
    return "\n".join(out) + "\n"

@genre
def nix_expr(p):
    out = ["{ pkgs ? import <nixpkgs> {} }:", "{", f"  testRef = \"{p.tc()}\";", "  fixtures = ["]
    for _ in rep(p, 3, 4):
        out.append(f"    {{ mpan = \"{p.mpan()}\"; mprn = \"{p.mprn()}\"; hub = \"{p.eui()}\"; contact = \"{p.email()}\"; }}")
    out += ["  ];", f"  # owner: {p.name(0)}", "}"]
    return "\n".join(out) + "\n"

@genre
def asn1_value(p):
    out = [f"-- GBCS-like value dump {p.msg()} {p.ts()}", "value SmartMeterCommand ::= {"]
    for _ in rep(p, 2, 3):
        out += [f"  businessOriginatorId '{p.eui().replace(':', '').replace('-', '').replace(' ', '').replace('.', '')}'H,"
                if False else f"  targetDevice \"{p.eui()}\",",
                f"  esmeSerial \"{p.eserial()}\",", f"  mpan \"{p.mpan()}\",", f"  premises \"{p.address()}, {p.postcode()}\","]
    out += [f"  requestId {p.uid()!r}", "}"]
    return "\n".join(out) + "\n"

@genre
def consumer_api_json(p):
    m = p.mpan(0)
    s = p.eserial()
    res = {"count": 2, "next": f"https://api.energy.example.com/v1/electricity-meter-points/{m}/meters/{s}/consumption/?page=2",
           "results": [{"consumption": float(p.r.randint(1, 999)) / 10, "interval_start": p.ts()} for _ in range(2)],
           "account": {"number": p.account(), "properties": [{"address_line_1": p.address(False), "postcode": p.postcode(),
                        "electricity_meter_points": [{"mpan": p.mpan(0), "meters": [{"serial_number": p.eserial()}]}],
                        "gas_meter_points": [{"mprn": p.mprn(), "meters": [{"serial_number": p.gserial()}]}]}]}}
    return json.dumps(res, indent=2) + f"\n# pulled for {p.tc()} {p.ver()}\n"

@genre
def n3rgy_curl(p):
    out = []
    for _ in rep(p, 3, 3):
        m = p.mpan(0)
        out += [f"$ curl -s -H 'Authorization: {p.uid()}' https://consumer-api.example.org/{m}/electricity/consumption/1?start=202501010000",
                json.dumps({"resource": f"/{m}/electricity/consumption/1", "responseTimestamp": p.ts(), "deviceId": p.eui(),
                            "values": [{"timestamp": "2025-01-01 00:30", "value": 0.211}], "unit": "kWh"}), ""]
    out.append(f"# {p.tc()} customer {p.name(0)} {p.email()}")
    return "\n".join(out) + "\n"

@genre
def dynatrace_log(p):
    out = []
    for _ in rep(p, 4, 5):
        out.append(f"{p.ts()}\tERROR\tdt.entity.service=SERVICE-{p.r.randint(10**7, 10**8):X}\tcontent=\"Registration lookup failed mpan:{p.mpan()} gas:{p.mprn()} requester:{p.email()}\"\ttrace_id={p.uid()}")
    return "\n".join(out) + "\n"

@genre
def seq_clef(p):
    out = []
    for _ in rep(p, 4, 5):
        out.append(json.dumps({"@t": p.ts(), "@mt": "Booked appointment for {Customer} at {Address} ({Postcode}) meter {Msn}",
                               "Customer": p.name(), "Address": p.address(), "Postcode": p.postcode(), "Msn": p.gserial(),
                               "TestCase": p.tc()}, ensure_ascii=False))
    return "\n".join(out) + "\n"

@genre
def log4j2_json(p):
    out = []
    for _ in rep(p, 4, 5):
        out.append(json.dumps({"instant": {"epochSecond": 1735689600 + p.r.randint(0, 10**7), "nanoOfSecond": 0}, "thread": "main",
                               "level": "WARN", "loggerName": "uk.acme.dcc.Adapter",
                               "message": f"ServiceRequest {p.msg()} rejected: device {p.eui()} not on SMI for MPAN {p.mpan()}",
                               "contextMap": {"accountId": p.account(), "tester": p.email(), "run": p.uid()}}))
    return "\n".join(out) + "\n"

@genre
def loguru_out(p):
    out = []
    for _ in rep(p, 4, 6):
        out.append(f"2025-0{p.r.randint(1, 9)}-{p.r.randint(10, 28)} {p.r.randint(10, 23)}:{p.r.randint(10, 59)}:{p.r.randint(10, 59)}.{p.r.randint(100, 999)} | WARNING  | loader.sites:validate:{p.r.randint(10, 99)} - bad row {{'mpan': '{p.mpan()}', 'name': '{p.name()}', 'pc': '{p.postcode()}', 'tel': '{p.phone()}'}}")
    return "\n".join(out) + "\n"

@genre
def macos_logshow(p):
    out = ["Timestamp                       Thread     Type        Activity             PID    TTL"]
    for _ in rep(p, 4, 5):
        out.append(f"2025-03-{p.r.randint(10, 28)} 09:{p.r.randint(10, 59)}:{p.r.randint(10, 59)}.{p.r.randint(100000, 999999)}+0000 0x{p.r.randint(10**5, 10**6):x}   Default     0x0                  {p.r.randint(100, 9999)}   0    FieldApp: [sync] uploaded job {p.tc()} site={p.address()} pc={p.postcode()} esme={p.eserial()} hub={p.eui()}")
    return "\n".join(out) + "\n"

@genre
def ios_ips(p):
    hdr = {"app_name": "FieldMate", "timestamp": p.ts(), "app_version": p.ver(), "incident_id": p.uid(), "os_version": "iPhone OS 17.4"}
    body = {"exception": {"type": "EXC_CRASH", "signal": "SIGABRT"},
            "asi": {"libswiftCore.dylib": [f"Fatal error: Unexpectedly found nil while unwrapping MeterJob(mpan: \"{p.mpan()}\", msn: \"{p.eserial()}\", customer: \"{p.name(0)}\", phone: \"{p.phone()}\")"]},
            "lastExceptionBacktrace": [{"imageOffset": 123}], "userInfo": {"mprn": p.mprn(), "gasMsn": p.gserial()}}
    return json.dumps(hdr) + "\n" + json.dumps(body, indent=2) + "\n"

@genre
def redux_state(p):
    st = {"session": {"user": p.email(), "testCase": p.tc()}, "jobs": {"byId": {}}}
    for _ in rep(p, 2, 3):
        st["jobs"]["byId"][p.uid()] = {"mpan": p.mpan(), "mprn": p.mprn(), "customer": {"name": p.name(0), "tel": p.phone()},
                                       "address": {"line1": p.address(False), "postcode": p.postcode()}}
    return "localStorage['persist:root'] = " + json.dumps(json.dumps(st, ensure_ascii=False), ensure_ascii=False) + "\n"

@genre
def mhtml_save(p):
    import quopri
    html = f"<html><body><h1>Site summary {p.tc()}</h1><table><tr><td>MPAN</td><td>{p.mpan()}</td></tr><tr><td>Customer</td><td>{p.name(0)}</td></tr><tr><td>Address</td><td>{p.address()}, {p.postcode()}</td></tr><tr><td>Phone</td><td>{p.phone()}</td></tr><tr><td>Meter</td><td>{p.eserial()}</td></tr></table><p>Captured {p.ts()}</p></body></html>"
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\nSnapshot-Content-Location: https://crm.test.example.com/site\nSubject: Site summary\nMIME-Version: 1.0\n"
            "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--x\"\n\n------MultipartBoundary--x\n"
            "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n" + qp + "\n------MultipartBoundary--x--\n")

@genre
def exiftool_dump(p):
    out = []
    for _ in rep(p, 2, 3):
        out += [f"======== evidence/IMG_{p.r.randint(1000, 9999)}.JPG", "ExifTool Version Number         : 12.76",
                f"Image Description               : Meter {p.eserial()} at {p.address()}", f"XP Comment                      : MPAN {p.mpan()} reading {p.reading()}",
                f"Artist                          : {p.name(0)}", f"Create Date                     : {p.ts()[:19].replace('-', ':').replace('T', ' ')}",
                f"GPS Position                    : 51 deg 36' 2.1\" N, 3 deg 20' 1.4\" W", f"User Comment                    : postcode {p.postcode()} gas {p.gserial()}"]
    return "\n".join(out) + "\n"

@genre
def pdfinfo_text(p):
    out = [f"Title:          Meter Exchange Certificate {p.tc()}", f"Author:         {p.name(0)}", f"Subject:        MPAN {p.mpan()}",
           f"Keywords:       {p.eserial()}; {p.postcode()}", "Producer:       Microsoft: Print To PDF", f"CreationDate:   {p.ts()}", "Pages:          2", "", "--- pdftotext ---"]
    for _ in rep(p, 2, 3):
        out += [f"Customer name   {p.name()}        Account   {p.account()}", f"Supply address  {p.address()}", f"                {p.postcode()}",
                f"Old meter       {p.eserial()}    New meter  {p.eserial()}", ""]
    return "\n".join(out)

@genre
def robocopy_log(p):
    out = ["-------------------------------------------------------------------------------", "   ROBOCOPY     ::     Robust File Copy for Windows",
           "-------------------------------------------------------------------------------", f"  Started : {p.ts()}", f"   Source : \\\\fs01\\QT\\{p.tc()}\\", "    Files : *.*", ""]
    for _ in rep(p, 5, 6):
        out.append(f"\t    New File  \t\t   {p.r.randint(1000, 99999)}\t{p.msg().replace(' ', '')}_{p.mpan(0)}_{p.eserial()}.txt")
        out.append(f"\t    New File  \t\t   {p.r.randint(1000, 99999)}\tletter_{p.name(0).replace(' ', '_')}_{p.postcode().replace(' ', '')}.pdf")
    return "\n".join(out) + "\n"

@genre
def sevenzip_list(p):
    out = ["7-Zip 23.01 (x64)", "", f"Listing archive: evidence_{p.tc()}.7z", "", "   Date      Time    Attr         Size   Compressed  Name",
           "------------------- ----- ------------ ------------  ------------------------"]
    for _ in rep(p, 5, 7):
        out.append(f"2025-02-{p.r.randint(10, 28)} 10:{p.r.randint(10, 59)}:00 ....A        {p.r.randint(1000, 99999):>5}               {p.r.choice(['gas', 'elec'])}/{p.mprn()}-{p.gserial()}/{p.name(0)} meter photo.jpg")
    return "\n".join(out) + "\n"

@genre
def mitmdump_flow(p):
    out = []
    for _ in rep(p, 2, 3):
        out += [f"127.0.0.1:5{p.r.randint(1000, 9999)}: POST https://dip.test.example.com/api/{p.msg()}",
                f"    x-correlation-id: {p.uid()}", "    content-type: application/json",
                f"    {{\"mpan\":\"{p.mpan()}\",\"meterSerial\":\"{p.eserial()}\",\"consumer\":{{\"name\":\"{p.name(0)}\",\"email\":\"{p.email()}\"}}}}",
                f" << 202 Accepted {p.r.randint(100, 999)}b", f"    {{\"dipId\":\"{p.dip()}\"}}", ""]
    return "\n".join(out)

@genre
def fiddler_raw(p):
    out = []
    for _ in rep(p, 2, 2):
        m = p.mpan(0)
        out += [f"GET https://crm.test.example.com/api/sites?mpan={m}&postcode={p.postcode().replace(' ', '+')} HTTP/1.1",
                "Host: crm.test.example.com", f"Cookie: last_search={p.mprn()}; user={p.email()}", "", "HTTP/1.1 200 OK",
                "Content-Type: application/xml", "", f"<site><owner>{p.name(0)}</owner><tel>{p.phone()}</tel><addr>{p.address()}</addr><ref>{p.mref()}</ref></site>", ""]
    return "\n".join(out)

@genre
def dtc_d0001_d0135(p):
    out = [f"ZHV|{p.r.randint(10**8, 10**9)}|{p.r.choice(['D0001001', 'D0135002', 'D0312001'])}|X|ACME|M|MOPX|20250301120000||||OPER|"]
    for _ in rep(p, 3, 4):
        out += [f"026|{p.mpan(0)}|V|", f"028|{p.eserial()}|{p.r.choice(['A', 'C', 'D'])}|Seal broken - tenant {p.name(6)} tel {p.phone()}|",
                f"A37|{p.address()}|{p.postcode()}|", f"B12|{p.reading()}|{p.ts()}|"]
    out.append(f"ZPT|{p.r.randint(10**8, 10**9)}|{p.r.randint(5, 20)}||{p.r.randint(1, 9)}|20250301120000|")
    return "\n".join(out) + "\n"

@genre
def des_screen(p):
    out = ["+-- Data Enquiry --------------------------------------------------------+"]
    for _ in rep(p, 2, 3):
        out += [f"| Meter Point Ref : {p.mprn():<14} Status : LIVE  Confirmation: {p.r.randint(10**6, 10**7)}  |",
                f"| Meter Serial    : {p.gserial():<16} Model : G4 SMETS2                       |",
                f"| Address         : {p.address():<52}|", f"|                   {p.postcode():<52}|",
                f"| Shipper ref     : {p.tc():<20} Last read {p.reading():<16}      |", "+------------------------------------------------------------------------+"]
    return "\n".join(out) + "\n"

@genre
def ums_inventory(p):
    rows = ["UMS MPAN,Charge Code,Equipment,Location,Qty,Watts,Authority contact"]
    for _ in rep(p, 5, 6):
        rows.append(f"{p.mpan_full(0)},{p.r.randint(10**9, 10**10)},Street light LED,\"column o/s {p.address()} {p.postcode()}\",{p.r.randint(1, 40)},{p.r.randint(10, 90)},{p.name(0)} <{p.email()}>")
    rows.append(f"# inventory {p.ver()} submitted for {p.tc()} - {p.word()}")
    return "\n".join(rows) + "\n"

@genre
def bereavement_letter(p):
    return (f"Our ref: {p.account()}\n{p.ts()[:10]}\n\n{p.name(3)}\n{p.address()}\n{p.postcode()}\n\n"
            f"Dear {p.name(3)},\n\nWe are sorry to hear of the death of {p.name(0)}. We have closed the account for the electricity supply "
            f"(MPAN {p.mpan()}) and gas supply (MPRN {p.mprn()}) at {p.address()} {p.postcode()}.\n"
            f"A final read of {p.reading()} was taken from meter {p.eserial()}. The final balance is {p.amt()}.\n"
            f"If you are the executor please call us on {p.phone()} or e-mail {p.email()}.\n\nYours sincerely\n\n{p.name(0)}\nBereavement team ({p.tc()})\n")

@genre
def tras_referral(p):
    out = [f"TRAS REFERRAL  {p.ticket()}  {p.ts()}", "", f"Supply type: Dual", f"MPAN: {p.mpan()}   MPRN: {p.mprn()}",
           f"Elec meter: {p.eserial()} (seal missing)   Gas meter: {p.gserial()}", f"Occupier: {p.name()}  Tel: {p.phone()}",
           f"Premises: {p.address()}, {p.postcode()}", f"Evidence: bypass cable observed by {p.name(0)}; photos IMG_{p.r.randint(1000, 9999)}",
           f"Est. unrecorded units {p.reading()} value {p.amt()}", f"Linked test: {p.tc()}"]
    return "\n".join(out) + "\n"

@genre
def meter_dispute(p):
    return (f"re: meter accuracy dispute {p.ticket()}\n\n"
            f"cust {p.name(5)} (acct {p.account()}) says meter {p.eserial()} is running fast, mpan {p.mpan()}.\n"
            f"wants an accuracy test under Sch 7, we quoted {p.amt()} refundable. she is at {p.address()} {p.postcode()}, mob {p.phone()}\n"
            f"email: {p.email()}\n2nd meter on site (gas) {p.gserial()} mprn {p.mprn()} - not disputed.\n"
            f"reads: {p.reading()} on {p.ts()}. Raised {p.msg()} to MOP. {p.word()}.\n")

@genre
def powercut_105(p):
    out = [f"Incident {p.ticket()} LV fault opened {p.ts()}"]
    for _ in rep(p, 4, 5):
        out.append(f"{p.r.randint(10, 23)}:{p.r.randint(10, 59)} caller {p.name()} on {p.phone()} — no supply at {p.address()} {p.postcode()} (MPAN {p.mpan()}), PSR: {p.r.choice(['yes', 'no'])}")
    out.append(f"ETR given 18:00. Ref {p.uid()}")
    return "\n".join(out) + "\n"

@genre
def ev_grant_form(p):
    return (f"EV chargepoint installation — grant claim\n=========================================\nClaim ref: {p.tc()}\nApplicant name: {p.name(0)}\n"
            f"Installation address: {p.address()}\nPostcode: {p.postcode()}\nSupply MPAN (from bill): {p.mpan_full()}\nMeter serial: {p.eserial()}\n"
            f"Chargepoint device ID: {p.eui()}\nContact: {p.phone()} / {p.email()}\nInstaller: {p.name(0)}, Sparky Ltd, acct {p.account()}\n"
            f"Grant amount: {p.amt()}  Form {p.ver()}  submitted {p.ts()}\n")

@genre
def radio_dispatch(p):
    out = []
    for _ in rep(p, 4, 6):
        out.append(f"[{p.r.randint(7, 18):02d}{p.r.randint(0, 59):02d}] ENG{p.r.randint(10, 99)}>CTRL: on site {p.address(False)}, {p.postcode()}. cust {p.name(5)} not in. meter {p.gserial()} capped. job {p.tc()}")
    return "\n".join(out) + "\n"

@genre
def nrswa_permit(p):
    return (f"PERMIT APPLICATION  {p.ticket()}\nPromoter: Acme Networks plc\nWorks location: o/s {p.address()}, {p.postcode()}\nUSRN: {p.r.randint(10**7, 10**8)}\n"
            f"Description: excavate to replace service cable to MPAN {p.mpan()} (meter {p.eserial()}).\nContact on site: {p.name(0)} {p.phone()}\n"
            f"Resident notified: {p.name(3)}, {p.address()}\nStart {p.ts()}  Duration 3 days  Fee {p.amt()}\n")

@genre
def sticky_notes(p):
    out = []
    for _ in rep(p, 5, 6):
        out.append(p.r.choice([lambda: f"- ~~{p.mpan()}~~ wrong one, use {p.mpan()}",
                               lambda: f"- ring {p.name(5)} {p.phone()} re access",
                               lambda: f"- {p.postcode()} / {p.address(False)} - dog!!",
                               lambda: f"- gas msn {p.gserial()} (was {p.gserial()})",
                               lambda: f"- {p.tc()} blocked by {p.ticket()}",
                               lambda: f"- hub {p.eui()} ok at {p.ts()}"])())
    return "TODO (desk)\n" + "\n".join(out) + "\n"

@genre
def powershell_fl(p):
    out = ["PS C:\\qt> Get-SiteRecord -Batch " + p.tc() + " | Format-List *", ""]
    for _ in rep(p, 3, 4):
        out += [f"Mpan          : {p.mpan()}", f"MeterSerial   : {p.eserial()}", f"Occupier      : {p.name()}",
                f"AddressLine1  : {p.address(False)}", f"Postcode      : {p.postcode()}", f"Email         : {p.email()}", f"LastUpdated   : {p.ts()}", ""]
    return "\n".join(out)

@genre
def clickdrop_csv(p):
    rows = ["Order reference,Full name,Address line 1,Town,Postcode,Phone,Email,Package,Notes"]
    for _ in rep(p, 4, 6):
        a = p.address()
        rows.append(f"{p.tc()},{p.name(0)},\"{a}\",,{p.postcode()},{p.phone()},{p.email()},Large letter,\"IHD for hub {p.eui()}\"")
    return "\n".join(rows) + "\n"

@genre
def trustpilot_reply(p):
    return (f"★☆☆☆☆  {p.name(0)}  · {p.r.randint(2, 9)} reviews · GB\n\"Smart meter stopped sending reads\"\n"
            f"Since the install my meter ({p.eserial()}) has been on estimated. I live at {p.address()} {p.postcode()} and nobody calls back on {p.phone()}.\n\n"
            f"Reply from Acme Energy\nHi {p.name(0)}, sorry to hear this. We've found your account {p.account()} and raised {p.ticket()}; the hub {p.eui()} "
            f"will be checked. {p.word()}. — {p.name(0)}\n")

@genre
def avaya_cms(p):
    out = ["Split/Skill Call Profile   Report   " + p.ts(), "Agent          Caller ANI          Wrap code   Notes", "-------------  ------------------  ----------  ------------------------------------------"]
    for _ in rep(p, 5, 6):
        out.append(f"{p.name(4):<15}{p.phone():<20}{p.r.choice(['MTRFLT', 'BILLQ', 'COS']):<12}acct {p.account()} mprn {p.mprn()} {p.word()}")
    return "\n".join(out) + "\n"

@genre
def sopra_keep_heavy(p):
    out = [f"# Release notes {p.ver()} ({p.ts()})", ""]
    for _ in rep(p, 8, 10):
        out.append(f"- {p.tc()} {p.msg()} fixed in {p.ticket()}; {p.mref()} re-run {p.uid()} cost {p.amt()} read {p.reading()} ({p.dip()}) {p.word()}")
    out.append(f"- one real site slipped in: {p.mpan()} / {p.name(0)}")
    return "\n".join(out) + "\n"
