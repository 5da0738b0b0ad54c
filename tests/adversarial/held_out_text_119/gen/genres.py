"""Genre templates. Each takes a Ctx and returns text. All identifiers go through c.<kind>() so truth is recorded."""
import json


def uname(c):
    f, l = c.person()
    s = (f + '_' + l).lower().replace(' ', '_').replace("'", '')
    return c.S('name', s, f'{f} {l}', [w for w in s.split('_') if len(w) >= 3])


def L(*xs):
    return '\n'.join(xs) + '\n'


# 1 osTicket thread print
def osticket(c):
    r = c.r
    n1 = c.name('full'); e1 = c.email()
    ag = c.K('word', 'Agent') if False else 'Agent'
    return L(f'Ticket #{r.randint(100000, 999999)}  Status: Open  Priority: High',
             f'Department: Metering Ops   Help Topic: Smart install   Related: {c.ticket()}',
             f'Create Date: {c.ts()}',
             '', f'--- Posted by {n1} <{e1}> ---',
             f'hi, my smart meter went blank again. the account no is {c.acct()} and the engineer who came said the '
             f'meter number was {c.esn()} but the card says something else?? Im at {c.addr()}.',
             f'ring me on {c.phone()} after 4 pls',
             '', f'--- Response from {ag} ---',
             f'Thanks, logged against {c.tc()} for the UIT run. MPAN on file: {c.mpan()}. We {c.word()} send a '
             f'D0004 to the MOP ({c.msg()}). Gas side MPRN {c.mprn()} untouched.',
             f'Internal note: CH EUI {c.eui()} last seen {c.ts()}, version {c.ver()}')


# 2 Cherwell journal
def cherwell(c):
    lines = ['JournalTypeName|CreatedDateTime|CreatedBy|Details']
    for _ in range(4):
        lines.append(f'Journal - Note|{c.ts()}|{c.name("rev")}|Cust {c.name()} rang re {c.ticket()}; '
                     f'site {c.addr(sep=" ", with_pc=True)} MPAN {c.mpan()} meter {c.esn()} ph {c.phone()}')
    lines.append(f'Journal - Resolution|{c.ts()}|svc-integration|Closed under {c.tc()} build {c.ver()}')
    return L(*lines)


# 3 Ivanti service request
def ivanti(c):
    return L('Service Request Details', '=======================',
             f'Subscription Offering : Meter Exchange Booking', f'Request Number       : {c.ticket()}',
             f'Customer             : {c.name("title")}', f'Customer Email       : {c.email()}',
             f'Mobile               : {c.phone("intl")}', f'Premises             : {c.addr()}',
             f'Supply (MPAN)        : {c.mpan21()}', f'Old meter s/n        : {c.esn()}',
             f'Gas meter            : {c.gsn()}', f'Gas MPRN             : {c.mprn()}',
             f'Linked test          : {c.tc()}  ({c.msg()})', f'Submitted            : {c.ts()}',
             f'Notes: customer said "we {c.word()} be out Tuesday, key with neighbour {c.name("full")}"')


# 4 ServiceDesk Plus conversation JSON
def sdp(c):
    convs = []
    for _ in range(3):
        convs.append({'from': {'name': c.name('full'), 'email_id': c.email()}, 'created_time': {'display_value': c.ts()},
                      'description': f'<div>MPAN {c.mpan()}<br>meter {c.esn(lower=c.r.random() < .5)}</div>'
                                     f'<div>addr: {c.addr()}</div>'})
    d = {'request': {'id': str(c.r.randint(10 ** 11, 10 ** 12)), 'subject': f'{c.tc()} failing - {c.msg()}',
                     'requester': {'name': c.name(), 'phone': c.phone(), 'mobile': c.phone()},
                     'udf_fields': {'udf_sline_301': c.acct(), 'udf_sline_302': c.mprn(), 'udf_sline_303': c.ref()},
                     'conversations': convs, 'template': {'name': c.ver()}}}
    return json.dumps(d, indent=2, ensure_ascii=False) + '\n'


# 5 Kayako export
def kayako(c):
    out = [f'Case {c.ticket()} :: "No supply after CoS"', '']
    for i in range(3):
        who = c.name(); em = c.email()
        out.append(f'[{c.ts()}] {who} ({em}) replied via {c.r.choice(["email", "messenger", "phone"])}:')
        out.append(f'   > property is {c.addr(flat=c.r.random() < .4)}')
        out.append(f'   > supply no {c.mpan("sp")}, acct {c.acct()}')
        out.append('')
    out.append(f'Tags: {c.tc()}, {c.msg()}, {c.dipid()}')
    return L(*out)


# 6 Xray test execution JSON
def xray(c):
    tests = []
    for _ in range(3):
        tests.append({'testKey': c.tc(), 'start': c.ts(), 'status': c.r.choice(['PASSED', 'FAILED']),
                      'comment': f'MPAN {c.mpan()} / meter {c.esn()} / CH {c.eui()}',
                      'evidences': [{'filename': f'{c.msg()}_response.txt'}],
                      'steps': [{'status': 'PASSED', 'actualResult': f'Registered to {c.name()} at {c.addr()}'}]})
    d = {'testExecutionKey': c.ticket(), 'info': {'summary': 'SIT cycle 4', 'version': c.ver(),
                                                 'user': c.email()}, 'tests': tests}
    return json.dumps(d, indent=1, ensure_ascii=False) + '\n'


# 7 qTest CSV
def qtest(c):
    rows = ['Test Run ID,Name,Status,Executed By,Executed Start,Actual Result']
    for _ in range(5):
        rows.append(f'{c.tc()},"CoS gain","{c.r.choice(["Passed", "Failed"])}","{c.name("rev")}",{c.ts()},'
                    f'"MPAN {c.mpan()}; MPRN {c.mprn()}; cust tel {c.phone("plain")}"')
    return L(*rows)


# 8 Katalon console
def katalon(c):
    return L(f'{c.ts()} - [TEST_SUITE][PASSED] - TS_SmartBooking', f'{c.ts()} - [TEST_CASE][START] - {c.tc()}',
             f"{c.ts()} - [TEST_STEP][PASSED] - setText(findTestObject('Booking/txt_mpan'), \"{c.mpan()}\")",
             f"{c.ts()} - [TEST_STEP][PASSED] - setText(findTestObject('Booking/txt_postcode'), \"{c.postcode()}\")",
             f"{c.ts()} - [TEST_STEP][PASSED] - setText(findTestObject('Booking/txt_name'), \"{c.name()}\")",
             f"{c.ts()} - [TEST_STEP][PASSED] - setText(findTestObject('Booking/txt_email'), \"{c.email()}\")",
             f"{c.ts()} - [TEST_STEP][FAILED] - verifyElementText: expected 'Meter {c.esn()}' but was 'Meter {c.esn()}'",
             f'{c.ts()} - [MESSAGE][INFO] - GlobalVariable.accountRef = {c.acct()}',
             f'{c.ts()} - [TEST_CASE][FAILED] - {c.tc()} ({c.ver()})')


# 9 UFT run results text
def uft(c):
    return L('Run Results: MeterWorks_Regression', f'Iteration #1 (DataTable row 3)',
             f'  Step: Window("CIS").WinEdit("AccountNo").Set "{c.acct()}"    Done',
             f'  Step: Window("CIS").WinEdit("MPAN").Set "{c.mpan("plain")}"    Done',
             f'  Step: Window("CIS").WinEdit("Surname").Set "{c.name("full")}"    Done',
             f'  Checkpoint "SupplyAddr": Expected "{c.addr(sep=" ")}" Actual "{c.addr(sep=" ")}"   Failed',
             f'  Step: Window("CIS").WinList("Meters").Select "{c.gsn()}"   Done',
             f'  Reporter.ReportEvent micPass, "{c.tc()}", "{c.msg()} sent at {c.ts()}"',
             f'Total: 7 steps, amount billed {c.amt()}')


# 10 LoadRunner vuser log
def loadrunner(c):
    out = []
    for _ in range(4):
        out.append(f'Action.c({c.r.randint(10, 300)}): Notify: Parameter Substitution: parameter "pMPAN" =  "{c.mpan("plain")}"')
        out.append(f'Action.c({c.r.randint(10, 300)}): Notify: Parameter Substitution: parameter "pMeter" =  "{c.esn()}"')
        out.append(f'Action.c({c.r.randint(10, 300)}): Notify: Parameter Substitution: parameter "pPostcode" =  "{c.postcode("nosp")}"')
    out.append(f'Action.c(311): t=5512ms: 402-byte response body for "https://api.test.example.com/v2/booking?mpan={c.mpan("plain")}&ref={c.ref()}"')
    out.append(f'Action.c(312): Transaction "{c.tc()}" ended with "Pass" status (Duration: 1.2130 Wasted Time: 0.0010).')
    return L(*out)


# 11 Pester
def pester(c):
    return L(f'Describing Invoke-MeterLookup ({c.tc()})',
             f"  [+] returns the meter for MPAN '{c.mpan()}' 45ms",
             f"  [-] maps the customer '{c.name()}' to account {c.acct()} 112ms",
             f"    Expected '{c.addr()}', but got '{c.addr()}'.",
             f'    at Should -Be, C:\\tests\\{c.msg()}.Tests.ps1:44',
             f"  [+] gas serial '{c.gsn(lower=True)}' normalised 8ms",
             f"  [+] EUI '{c.eui('colon')}' parsed 3ms",
             f'Tests completed in 1.03s ({c.ver()})', f'Tests Passed: 3, Failed: 1, Skipped: 0 NotRun: 0')


# 12 Spock report
def spock(c):
    rows = '\n'.join(f'    "{c.mpan()}" | "{c.esn()}" | "{c.postcode()}" || {c.r.choice(["true", "false"])}' for _ in range(4))
    return L(f'Specification: MeterValidationSpec ({c.tc()})', f'Feature: validates supply "#mpan"', '  where:',
             '    mpan | serial | postcode || ok', rows,
             f'Condition not satisfied:', f'customerName == "{c.name()}"', f'|            |',
             f'"{c.name()}"   false', f'Run at {c.ts()} Spock {c.ver()}')


# 13 dart test expanded
def dartt(c):
    return L(f'00:01 +0: loading test/meter_repo_test.dart',
             f'00:02 +1: MeterRepo parses {c.msg()} for {c.mpan()}',
             f"00:02 +1 -1: MeterRepo customer {c.name('lower')} [E]",
             f"  Expected: '{c.email()}'", f"    Actual: '{c.email()}'",
             f'  package:test_api  expect', f'  test/meter_repo_test.dart 51:7  main.<fn>',
             f'00:03 +2 -1: device {c.eui("plain")} joins HAN',
             f'00:03 +3 -1: tel {c.phone()} formatted',
             f'00:04 +3 -1: Some tests failed. ({c.tc()}, {c.ver()})')


# 14 OCaml utop
def utop(c):
    return L(f'utop # let s = Supply.of_string "{c.mpan21("line")}";;',
             f'val s : Supply.t = {{core = "{c.mpan("plain")}"; pc = 1; mtc = 801}}',
             f'utop # let cust = {{name = "{c.name()}"; tel = "{c.phone()}"; addr = "{c.addr()}"}};;',
             f'utop # Meter.lookup "{c.gsn()}";;', f'- : Meter.t option = Some {{mprn = "{c.mprn()}"; model = "G4"}}',
             f'utop # Flow.emit `{c.msg()} ~ref:"{c.ref()}";;', f'- : string = "{c.uid()}"')


# 15 DBeaver TXT export
def dbeaver(c):
    out = ['|account_no |mpan_core    |cust_name           |postcode|meter_serial|tariff |',
           '|-----------|-------------|--------------------|--------|------------|-------|']
    for _ in range(5):
        out.append(f'|{c.acct("digits"):<11}|{c.mpan("plain"):<13}|{c.name("full"):<20}|{c.postcode("std"):<8}|'
                   f'{c.esn():<12}|{c.r.choice(["E7", "STD", "EV"]):<7}|')
    out.append(f'-- exported {c.ts()} DBeaver {c.ver()} for {c.ticket()}')
    return L(*out)


# 16 Toad grid export (delimited, quoted)
def toad(c):
    out = ['"MPRN";"METER_SERIAL";"MTR_LOC";"CONTACT";"PHONE";"LAST_READ"']
    for _ in range(5):
        out.append(f'"{c.mprn()}";"{c.gsn()}";"{c.r.choice(["Under stairs", "External box", "Cellar"])}";'
                   f'"{c.name("rev")}";"{c.phone("plain")}";"{c.read()}"')
    out.append(f'-- {c.tc()} / {c.msg()} / {c.ts()}')
    return L(*out)


# 17 SQL Developer script output
def sqldev(c):
    m = c.mpan("plain")
    return L(f"SELECT * FROM mtr_point WHERE mpan_core = '{m}';", '',
             'MPAN_CORE     SUPPLY_ADDR                                 EUI64                    ',
             '------------- ------------------------------------------- ------------------------ ',
             f'{m} {c.addr():<43} {c.eui("dash")}', '', '1 row selected. ', '',
             f"UPDATE cust SET email='{c.email()}', tel='{c.phone()}' WHERE acct='{c.acct()}';",
             '1 row updated.', '', f"Elapsed: 00:00:00.012  -- {c.tc()} {c.ticket()}",
             f"SELECT name FROM cust WHERE surname_soundex = 'X'  -- {c.name()}")


# 18 pgAdmin query history
def pgadmin(c):
    out = []
    for _ in range(4):
        out.append(f'-- {c.ts()}  (rows: 1, 14 msec)')
        out.append(f"select * from smart.devices where device_eui = '{c.eui('plain')}' and mpan = '{c.mpan('plain')}';")
    out.append(f"insert into psr(cust, addr, need) values ('{c.name()}', '{c.addr()}', 'medical equipment'); -- {c.tc()}")
    out.append(f"-- owner {c.email()} {c.ver()}")
    return L(*out)


# 19 Seq CLEF
def seq(c):
    out = []
    for _ in range(5):
        ev = {'@t': c.ts(), '@mt': 'Submitted {FlowType} for {Mpan} by {User}', 'FlowType': c.msg(),
              'Mpan': c.mpan(), 'User': c.email(), 'MeterSerial': c.esn(), 'CorrelationId': c.uid()}
        out.append(json.dumps(ev, ensure_ascii=False))
    out.append(json.dumps({'@t': c.ts(), '@l': 'Warning', '@mt': 'Address mismatch {Given} vs {Held}',
                           'Given': c.addr(), 'Held': c.addr()}, ensure_ascii=False))
    return L(*out)


# 20 log4j XMLLayout
def log4jxml(c):
    out = []
    for _ in range(4):
        out.append(f'<log4j:event logger="uk.test.metering.Booking" timestamp="{c.r.randint(10 ** 12, 2 * 10 ** 12)}" level="INFO" thread="main">')
        out.append(f'<log4j:message><![CDATA[Booked install for {c.name()} at {c.addr()} MPRN={c.mprn()} gasMeter={c.gsn()}]]></log4j:message>')
        out.append(f'<log4j:properties><log4j:data name="tc" value="{c.tc()}"/><log4j:data name="phone" value="{c.phone()}"/></log4j:properties>')
        out.append('</log4j:event>')
    return L(*out)


# 21 log4net pattern
def log4net(c):
    out = []
    for _ in range(6):
        out.append(f'{c.ts()} [{c.r.randint(1, 40)}] INFO  Metering.Dataflow.Sender - {c.msg()} queued; '
                   f'MPAN={c.mpan()} Acct={c.acct()} Serial={c.esn(lower=c.r.random() < .3)}')
    out.append(f'{c.ts()} [7] ERROR Metering.Crm - Contact lookup failed for "{c.name()}" <{c.email()}> ({c.ticket()})')
    return L(*out)


# 22 Monolog
def monolog(c):
    out = []
    for _ in range(5):
        ctx = {'mpan': c.mpan(), 'postcode': c.postcode(), 'email': c.email()}
        out.append(f'[{c.ts()}] app.INFO: Quote generated {c.amt()} {json.dumps(ctx)} {{"uid":"{c.uid()}"}}')
    out.append(f'[{c.ts()}] app.ERROR: Address not matched "{c.addr(lower=True)}" [] []')
    return L(*out)


# 23 Bunyan
def bunyan(c):
    out = []
    for _ in range(5):
        out.append(json.dumps({'name': 'dip-adapter', 'hostname': 'sit-node-3', 'pid': c.r.randint(100, 9999), 'level': 30,
                               'msg': f'forwarding {c.msg()} for supply {c.mpan21()}', 'mdsDevice': c.eui(),
                               'custName': c.name(), 'time': c.ts(), 'v': 0}))
    return L(*out)


# 24 catalina.out
def catalina(c):
    return L(f'07-Dec-2026 10:22:14.331 INFO [http-nio-8080-exec-4] o.a.c.c.StandardWrapperValve Booking for {c.name()}',
             f'07-Dec-2026 10:22:14.512 SEVERE [http-nio-8080-exec-4] o.a.c.c.StandardWrapperValve.invoke Servlet.service() threw exception',
             f'uk.test.crm.AddressMismatchException: premises "{c.addr()}" != PAF "{c.addr()}"',
             f'\tat uk.test.crm.AddressService.check(AddressService.java:88)',
             f'Caused by: java.lang.IllegalStateException: MPAN {c.mpan()} already registered to acct {c.acct()}',
             f'\t... 42 more',
             f'07-Dec-2026 10:22:15.004 WARNING [main] meter {c.esn()} / gas {c.gsn()} / CH {c.eui()} ({c.tc()})',
             f'07-Dec-2026 10:22:15.100 INFO [main] callback requested on {c.phone()} ({c.ver()})')


# 25 Envoy access log
def envoy(c):
    out = []
    for _ in range(5):
        out.append(f'[{c.ts()}] "GET /api/v1/supplies/{c.mpan("plain")}/meters/{c.esn()} HTTP/1.1" 200 - 0 {c.r.randint(100, 9999)} '
                   f'{c.r.randint(1, 99)} - "10.1.2.{c.r.randint(1, 254)}" "okhttp/4.9" "{c.uid()}" "meter-api:8080"')
    out.append(f'[{c.ts()}] "POST /api/v1/customers?email={c.email()}&tel={c.phone("plain")} HTTP/1.1" 400 - 88 0 3 - "-" "curl/8.1" "-" "crm:80"')
    return L(*out)


# 26 Squid access log
def squid(c):
    out = []
    for _ in range(5):
        out.append(f'{c.r.randint(1700000000, 1800000000)}.{c.r.randint(100, 999)}    {c.r.randint(10, 900)} 10.20.3.{c.r.randint(1, 250)} '
                   f'TCP_MISS/200 {c.r.randint(300, 9000)} GET http://ecoes.test.example.com/search?mpan={c.mpan("plain")}&pc={c.postcode("nosp")} - '
                   f'HIER_DIRECT/203.0.113.{c.r.randint(1, 250)} application/json')
    out.append(f'# {c.tc()} proxy capture, user {c.name("lower")}')
    return L(*out)


# 27 Solace sdkperf message dump
def solace(c):
    body = f'<Gain><MPAN>{c.mpan()}</MPAN><MSN>{c.esn()}</MSN><Cust>{c.name()}</Cust><Tel>{c.phone()}</Tel></Gain>'
    return L('^^^^^^^^^^^^^^^^^^ Start Message ^^^^^^^^^^^^^^^^^^^^^^^^^^^', f'Destination:                            Topic \'mhhs/sit/{c.msg()}/{c.mpan("plain")}\'',
             f'ApplicationMessageId:                   {c.uid()}', f'CorrelationId:                          {c.dipid()}',
             f'User Property Map:                      1 entries', f'  Key \'acct\' (STRING) {c.acct()}',
             f'Binary Attachment:                      len={len(body)}', body,
             '^^^^^^^^^^^^^^^^^^ End Message ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^')


# 28 gcloud pubsub pull table
def pubsub(c):
    out = ['┌──────────────────────────────────────────────────────────────┬──────────────────┬──────────────┐',
           '│                             DATA                             │    MESSAGE_ID    │  ATTRIBUTES  │',
           '├──────────────────────────────────────────────────────────────┼──────────────────┼──────────────┤']
    for _ in range(4):
        out.append(f'│ {{"mprn":"{c.mprn()}","gasSerial":"{c.gsn()}","pc":"{c.postcode()}"}} │ {c.r.randint(10 ** 15, 10 ** 16)} │ tc={c.tc()} │')
    out.append('└──────────────────────────────────────────────────────────────┴──────────────────┴──────────────┘')
    out.append(f'pulled by {c.email()} at {c.ts()}')
    return L(*out)


# 29 D0036 / D0275 HH consumption
def d0036(c):
    out = [f'ZHV|{c.r.randint(10 ** 9, 10 ** 10)}|{c.msg()}|X|HHDC|B|{c.r.choice(["UKDC", "NPWR"])}|20261207101500||||OPER|']
    for _ in range(3):
        out.append(f'026|{c.mpan("plain")}|V|')
        out.append(f'027|20261206|A|{c.esn()}|')
        for h in range(1, 4):
            out.append(f'028|{h:02d}|{c.r.randint(0, 999)}.{c.r.randint(0, 999):03d}|A|')
    out.append(f'ZPT|{c.r.randint(10 ** 9, 10 ** 10)}|{len(out) + 1}||1|20261207101500|')
    out.append(f'# attached to {c.tc()} by {c.name()} / {c.ref()}')
    return L(*out)


# 30 D0004 site visit
def d0004(c):
    out = [f'ZHV|{c.r.randint(10 ** 9, 10 ** 10)}|D0004001|M|MOP1|X|SUPP|20261130120000||||TR01|']
    for _ in range(4):
        out.append(f'025|{c.mpan("plain")}|20261129|{c.r.choice(["01", "02", "04", "09"])}|{c.esn()}|'
                   f'Eng note: no access, spoke to {c.name("lower")} at {c.addr(sep=" ")}|')
    out.append(f'ZPT|{c.r.randint(10 ** 9, 10 ** 10)}|6||1|20261130120000|')
    out.append(f'# {c.msg()} / {c.tc()}')
    return L(*out)


# 31 UMS inventory
def ums(c):
    out = ['MPAN,Unit Ref,Charge Code,Switch Regime,Location,Qty,Owner Contact']
    for _ in range(5):
        out.append(f'{c.mpan("plain")},SL{c.r.randint(1000, 9999)},{c.r.choice(["7000000S0006", "8000070000010"])},{c.r.choice(["821", "811"])},'
                   f'"O/S {c.addr(with_pc=False)}",{c.r.randint(1, 30)},"{c.name()} {c.phone()}"')
    out.append(f'Summary for {c.msg()} submission {c.ts()}, {c.ticket()}')
    return L(*out)


# 32 RTS switchover list
def rts(c):
    out = ['RTS SWITCHOVER - PRIORITY LIST (wave 3)', 'Cust Name\tAddress\tMPAN\tRTS meter\tTel\tNotes']
    for _ in range(4):
        out.append(f'{c.name()}\t{c.addr()}\t{c.mpan("sp")}\t{c.esn()}\t{c.phone()}\t'
                   f'{c.r.choice(["storage heaters", "E10 heating", "PSR - oxygen", "dual rate"])}')
    out.append(f'Rates: day {c.amt()} / night {c.amt()}  ref {c.tc()}')
    return L(*out)


# 33 CHF returns RMA sheet
def chf(c):
    out = ['RMA No,CH EUI-64,CH Serial,Returned From,Fault,Engineer,Date']
    for _ in range(5):
        out.append(f'RMA-{c.r.randint(10000, 99999)},{c.eui()},{c.esn()},"{c.addr(with_pc=True)}",'
                   f'{c.r.choice(["No WAN", "HAN fail", "Dead on arrival"])},{c.name()},{c.ts()}')
    out.append(f'Batch ref {c.ticket()} / {c.tc()}')
    return L(*out)


# 34 MAP rental statement
def maprental(c):
    out = [f'METER ASSET RENTAL STATEMENT  Period 11/2026  Supplier acct {c.acct()}', '-' * 78,
           f'{"Meter":<14}{"MPAN / MPRN":<24}{"Days":>6}{"Charge":>12}']
    for _ in range(3):
        out.append(f'{c.esn():<14}{c.mpan():<24}{c.r.randint(1, 30):>6}{c.amt():>12}')
        out.append(f'{c.gsn():<14}{c.mprn():<24}{c.r.randint(1, 30):>6}{c.amt():>12}')
    out.append('-' * 78)
    out.append(f'Queries to {c.name()} ({c.email()}) quoting {c.ticket()}')
    return L(*out)


# 35 erroneous transfer letter
def etletter(c):
    t = c.r.choice(['Mr', 'Mrs', 'Ms', 'Dr'])
    f, l, n = c.first_last(t)
    return L(f'{n}', c.addr(sep='\n'), '', f'Our ref: {c.ticket()}', f'Date: 7 December 2026', '',
             f'Dear {c.lname_only(l, t)},', '',
             f'We are sorry that your electricity supply at the above address (supply number {c.mpan21("slash")}) '
             f'was transferred to us in error. We have contacted your previous supplier under the Erroneous '
             f'Transfer process and your account {c.acct()} will be closed once the supply returns.',
             f'Your final reading was {c.read()} on meter {c.esn()}.', '',
             f'If you have questions call {c.phone()} or write to {c.email()}.', '', 'Yours sincerely,',
             f'{c.name("full")}', 'Customer Resolution Team', f'[test letter for {c.tc()} {c.ver()}]')


# 36 Debt assignment protocol
def dap(c):
    out = ['DAP NOTIFICATION (new supplier copy)', f'Flow: {c.msg()}  Created {c.ts()}', '']
    for _ in range(3):
        out.append(f'Customer: {c.name()}   Acct (old supplier): {c.acct()}')
        out.append(f'Supply: {c.mpan()}   PPM serial: {c.esn()}   Debt: {c.amt()}')
        out.append(f'Address: {c.addr()}')
        out.append('')
    out.append(f'Objection window closes {c.ts()} ({c.tc()})')
    return L(*out)


# 37 broker LOA
def loa(c):
    return L('LETTER OF AUTHORITY', '', f'I, {c.name()}, director of {c.r.choice(["Bryn Bakery Ltd", "Glen Haulage Ltd", "Kiln Studios LLP"])}, '
             f'authorise Greenfield Energy Brokers to obtain consumption and contract information for the sites below.', '',
             f'Site 1: {c.addr()}   MPAN: {c.mpan21("line")}', f'Site 2: {c.addr()}   MPRN: {c.mprn()}',
             f'Site 3: {c.addr(flat=True)}   MPAN: {c.mpan21("plain")}', '',
             f'Contact: {c.phone()} / {c.email()}', f'Signed: ________  Date: 01/12/2026', f'(scanned, ticket {c.ticket()}, case {c.tc()})')


# 38 smart booking confirmation
def booking(c):
    return L(f'From: SmartBookings <no-reply@example.com>', f'To: {c.email()}', f'Subject: Your smart meter appointment',
             '', f'Hi {c.fname_only(c.person()[0])},',
             f'Your appointment is confirmed for {c.ts()} at {c.addr()}.',
             f'Engineer: {c.name()} (mobile {c.phone("std")})',
             f'We will be replacing meter {c.esn()} (electricity) and {c.gsn()} (gas).',
             f'Your account number: {c.acct()}.', f'Reference: {c.ticket()}  Version {c.ver()}',
             f'(captured for {c.tc()} email template check)')


# 39 out-of-office chains
def ooo(c):
    n1 = c.name(); e1 = c.email()
    return L(f'Automatic reply: RE: {c.tc()} evidence for {c.mpan()}', '',
             f'I am out of the office until 12/12. For urgent metering queries contact {c.name()} on {c.phone()} or '
             f'{c.email()}.', '', f'{n1}', f'Test Lead | {e1} | m: {c.phone("intl")}',
             '', '-----Original Message-----', f'From: {c.name("rev")}',
             f'Sent: {c.ts()}', f'Subject: RE: {c.tc()}',
             f'> can u check the read on {c.esn()} at {c.addr()} pls, acct {c.acct()}',
             f'> we {c.word()} need it before {c.msg()} goes')


# 40 OneNote export
def onenote(c):
    return L('SIT Cycle 4 - Day 3', 'Monday, 7 December 2026   09:12', '',
             f'☐ chase {c.fname_only(c.person()[0])} re {c.ticket()}', f'☑ re-run {c.tc()} w/ new data',
             f'   • MPAN {c.mpan("sp")} (the Welsh one, {c.addr()})',
             f'   • gas {c.mprn()} / {c.gsn()}',
             f'★ Important: customer {c.name("lower")} is PSR, ring {c.phone()} first',
             f'? ask DCC about CH {c.eui("space")} — SR 8.2 failing', f'Tag: To Do, Question, {c.msg()}')


# 41 email signature blocks
def signature(c):
    n = c.name('full')
    return L(f'Thanks both, evidence attached for {c.tc()}. MPAN used: {c.mpan()}', '', 'Kind regards', '',
             n, 'Senior Test Analyst – Settlement', f'T: {c.phone()}  M: {c.phone("intl2")}', f'E: {c.email()}',
             f'{c.addr(sep=" | ")}', '',
             'This e-mail and any attachments are confidential. If you are not the intended recipient please notify '
             f'the sender. Registered office: {c.addr()}. Company no. {c.r.randint(1000000, 9999999):08d}.',
             f'Sent from {c.ver()}')


# 42 WinMerge text report
def winmerge(c):
    return L('WinMerge File Compare Report', f'Left:  C:\\evidence\\{c.tc()}\\expected.txt', f'Right: C:\\evidence\\{c.tc()}\\actual.txt', '',
             f'  12  MPAN={c.mpan("plain")}                     12  MPAN={c.mpan("plain")}',
             f'  13  CUSTOMER={c.name()}                 13  CUSTOMER={c.name()}',
             f'  14  ADDR={c.addr()}', f'                                          14  ADDR={c.addr()}',
             f'  15  MSN={c.esn()}                         15  MSN={c.esn(lower=True)}',
             f'  16  FLOW={c.msg()}                          16  FLOW={c.msg()}',
             f'Generated {c.ts()}')


# 43 Octopus Deploy log
def octopus(c):
    return L(f'{c.ts()}  Info  Deploying release {c.ver()} to SIT-2', f'{c.ts()}  Verbose  Variable "SeedData.Mpan" = "{c.mpan()}"',
             f'{c.ts()}  Verbose  Variable "SeedData.CustomerName" = "{c.name()}"',
             f'{c.ts()}  Verbose  Variable "SeedData.Address" = "{c.addr()}"',
             f'{c.ts()}  Verbose  Variable "SeedData.Email" = "{c.email()}"',
             f'{c.ts()}  Verbose  Variable "SeedData.CommsHub" = "{c.eui()}"',
             f'{c.ts()}  Warning  Variable "SeedData.GasMeter" = "{c.gsn()}" is not marked sensitive',
             f'{c.ts()}  Info  Step "Smoke {c.tc()}" completed ({c.uid()})')


# 44 Ranorex report text
def ranorex(c):
    return L(f'Ranorex Report - TestSuite MeterPortal   {c.ts()}', f'[Success] Input MPAN: KeySequence \'{c.mpan()}\' on txtSupply',
             f"[Success] Input name: KeySequence '{c.name()}' on txtName",
             f"[Success] Input postcode: KeySequence '{c.postcode('lower')}' on txtPC",
             f"[Failure] Validate AttributeEqual (InnerText='{c.addr()}') on lblAddress - actual '{c.addr()}'",
             f"[Info] Screenshot saved: {c.tc()}_step4.png", f"[Info] Account shown: {c.acct()}",
             f'Result: Failed  ({c.ver()})')


# 45 NiFi provenance
def nifi(c):
    out = []
    for _ in range(3):
        out.append(f'Event Id: {c.r.randint(100000, 999999)}  Type: RECEIVE  Time: {c.ts()}')
        out.append(f'  filename: {c.msg()}_{c.mpan("plain")}.xml')
        out.append(f'  mpan.core: {c.mpan()}   meter.serial: {c.esn()}')
        out.append(f'  contact.email: {c.email()}   uuid: {c.uid()}')
    out.append(f'  site.address: {c.addr()}')
    return L(*out)


# 46 Airbyte sync log
def airbyte(c):
    out = [f'{c.ts()} replication-orchestrator > Starting sync for connection crm_to_warehouse ({c.ver()})']
    for _ in range(4):
        out.append(f"{c.ts()} source > WARN Skipping record with invalid field 'postcode': "
                   f"{{\"id\": {c.r.randint(1, 99999)}, \"name\": \"{c.name()}\", \"postcode\": \"{c.postcode()}\", "
                   f"\"mpan\": \"{c.mpan()}\", \"phone\": \"{c.phone()}\"}}")
    out.append(f'{c.ts()} destination > Completed, 4 records skipped ({c.ticket()})')
    return L(*out)


# 47 azcopy / rclone log with identifiers in file names
def azcopy(c):
    out = [f'{c.ts()} INFO: AzcopyVersion  {c.ver()}', f'{c.ts()} INFO: Job-Command copy ./evidence https://sitstore.blob.core.windows.net/...']
    for _ in range(6):
        out.append(f'{c.ts()} INFO: Upload succeeded: evidence/{c.tc()}/{c.r.choice(["payload", "resp", "screen"])}_{c.mpan("plain")}_{c.esn()}.txt')
    out.append(f'{c.ts()} ERROR: Upload failed: evidence/psr/{uname(c)}_{c.postcode("nosp")}.pdf : 403')
    return L(*out)


# 48 IEC 62056-21 optical readout via minicom
def iec(c):
    return L('Welcome to minicom 2.8', 'Port /dev/ttyUSB0, 21:02:11', '', '/?!', f'/LGZ5\\2ZMD3104107.B32',
             f'0.0.0({c.esn()})', f'0.0.1({c.mpan("plain")})', f'1.8.1({c.r.randint(0, 99999):05d}.{c.r.randint(0, 999):03d}*kWh)',
             f'1.8.2({c.r.randint(0, 99999):05d}.{c.r.randint(0, 999):03d}*kWh)', f'0.9.1(102233)', '!', '',
             f'# probe read for {c.tc()} at {c.addr()} by {c.name()}, CH {c.eui()}', f'# reading recorded {c.read()}')


# 49 customer self-read web form
def selfread(c):
    return L('--- Submit a meter reading ---', f'Full name: {c.name(c.r.choice(["lower", "full"]))}', f'Email: {c.email()}',
             f'Postcode: {c.postcode()}', f'Account number (optional): {c.acct()}',
             f'Electricity meter serial: {c.esn(lower=c.r.random() < .5)}', f'Reading: {c.read()}',
             f'Gas meter serial: {c.gsn(lower=c.r.random() < .5)}',
             f'Comments: the {c.word()} was wrong last time, its {c.addr(lower=True)} not the one next door! call {c.phone("plain")}',
             f'[submitted {c.ts()} form v {c.ver()}; test {c.tc()}]')


# 50 Teams-less: Rocket? -> Microsoft Forms CSV response export
def msforms(c):
    out = ['ID,Start time,Completion time,Email,Name,Your MPAN (top right of bill),Your address,Anything else?']
    for i in range(4):
        out.append(f'{i + 1},{c.ts()},{c.ts()},{c.email()},{c.name()},{c.mpan()},"{c.addr()}","{c.r.choice(["no", "meter is in the garage", "ring first"])}"')
    out.append(f'# survey for {c.tc()} ({c.ticket()})')
    return L(*out)


GENRES = {
    'osticket': (osticket, 'txt'), 'cherwell': (cherwell, 'txt'), 'ivanti_sr': (ivanti, 'txt'),
    'sdp_json': (sdp, 'json'), 'kayako': (kayako, 'txt'), 'xray_json': (xray, 'json'), 'qtest_csv': (qtest, 'csv'),
    'katalon': (katalon, 'log'), 'uft': (uft, 'txt'), 'loadrunner': (loadrunner, 'log'), 'pester': (pester, 'txt'),
    'spock': (spock, 'txt'), 'dart_test': (dartt, 'txt'), 'utop': (utop, 'txt'), 'dbeaver_txt': (dbeaver, 'txt'),
    'toad_csv': (toad, 'csv'), 'sqldev': (sqldev, 'txt'), 'pgadmin': (pgadmin, 'sql'), 'seq_clef': (seq, 'json'),
    'log4j_xml': (log4jxml, 'xml'), 'log4net': (log4net, 'log'), 'monolog': (monolog, 'log'),
    'bunyan': (bunyan, 'log'), 'catalina': (catalina, 'log'), 'envoy': (envoy, 'log'), 'squid': (squid, 'log'),
    'solace': (solace, 'txt'), 'pubsub': (pubsub, 'txt'), 'd0036': (d0036, 'txt'), 'd0004': (d0004, 'txt'),
    'ums_inventory': (ums, 'csv'), 'rts_list': (rts, 'tsv'), 'chf_rma': (chf, 'csv'), 'map_rental': (maprental, 'txt'),
    'et_letter': (etletter, 'txt'), 'dap': (dap, 'txt'), 'broker_loa': (loa, 'txt'), 'booking_mail': (booking, 'eml'),
    'ooo_reply': (ooo, 'txt'), 'onenote': (onenote, 'txt'), 'signature': (signature, 'txt'),
    'winmerge': (winmerge, 'txt'), 'octopus': (octopus, 'log'), 'ranorex': (ranorex, 'txt'), 'nifi': (nifi, 'txt'),
    'airbyte': (airbyte, 'log'), 'azcopy': (azcopy, 'log'), 'iec62056': (iec, 'txt'), 'selfread_form': (selfread, 'txt'),
    'msforms_csv': (msforms, 'csv'),
}
