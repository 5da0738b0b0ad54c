"""Genres for round 49. Each takes Doc d and returns the decoded text."""
import json, base64, urllib.parse, html

G = {}

def genre(name, ext="txt"):
    def deco(f):
        G[name] = (f, ext)
        return f
    return deco


@genre("spring_jdbctemplate_trace", "log")
def g1(d):
    r = d.r; L = []
    for i in range(3):
        ts = d.K("ts")
        L.append(f"{ts} DEBUG 4412 --- [nio-8080-exec-{i+1}] o.s.jdbc.core.JdbcTemplate : Executing prepared SQL statement [insert into premise_contact (tc_ref, mpan_core, meter_serial, contact_name, postcode) values (?, ?, ?, ?, ?)]")
        vals = [d.K("tc"), d.mpan("plain"), d.eserial(), d.name(), d.postcode()]
        for j, v in enumerate(vals, 1):
            L.append(f"{ts} TRACE 4412 --- [nio-8080-exec-{i+1}] o.s.jdbc.core.StatementCreatorUtils : Setting SQL statement parameter value: column index {j}, parameter value [{v}], value class [java.lang.String], SQL type unknown")
        L.append(f"{ts} DEBUG 4412 --- [nio-8080-exec-{i+1}] u.a.h.FlowListener : correlated {d.K('dip')} epoch={d.K('epoch_ms')} sha={d.K('sha')}")
    L.append(f"{d.K('ts')} INFO  Test run {d.K('uuid')} finished, flow {d.K('dflow')} acknowledged")
    return "\n".join(L)


@genre("jooq_execute_logger", "log")
def g2(d):
    r = d.r; L = []
    m = d.mpan("plain"); n = d.name("plain"); s = d.eserial()
    L.append(f"DEBUG org.jooq.tools.LoggerListener - Executing query          : select \"site\".\"mpan\", \"site\".\"occupier\", \"site\".\"msn\", \"site\".\"ref\" from \"site\" where \"site\".\"mpan\" = ?")
    L.append(f"DEBUG org.jooq.tools.LoggerListener - -> with bind values      : select \"site\".\"mpan\", \"site\".\"occupier\", \"site\".\"msn\", \"site\".\"ref\" from \"site\" where \"site\".\"mpan\" = '{m}'")
    L.append("DEBUG org.jooq.tools.LoggerListener - Fetched result           : +-------------+--------------------+----------+-------------+")
    L.append("DEBUG org.jooq.tools.LoggerListener -                          : |mpan         |occupier            |msn       |ref          |")
    L.append("DEBUG org.jooq.tools.LoggerListener -                          : +-------------+--------------------+----------+-------------+")
    ref = d.K("mref")
    L.append(f"DEBUG org.jooq.tools.LoggerListener -                          : |{m}|{n:<20}|{s:<10}|{ref:<13}|")
    for _ in range(2):
        m2 = d.mpan("plain"); n2 = d.name(r.choice(["caps", "plain", "comma"])); s2 = d.eserial()
        L.append(f"DEBUG org.jooq.tools.LoggerListener -                          : |{m2}|{n2[:20]:<20}|{s2:<10}|{d.K('mref'):<13}|")
        if len(n2) > 20:
            d.secrets[-3]["text"] = n2[:20]
    L.append("DEBUG org.jooq.tools.LoggerListener -                          : +-------------+--------------------+----------+-------------+")
    L.append(f"DEBUG org.jooq.tools.StopWatch - Finishing                : Total: 2.113ms, +0.304ms  [{d.K('tc')}]")
    return "\n".join(L)


@genre("eclipselink_bind", "log")
def g3(d):
    L = []
    for i in range(4):
        L.append(f"[EL Fine]: sql: {d.K('ts')}--ClientSession({d.r.randint(10**8, 10**9)})--Connection({d.r.randint(10**8,10**9)})--Thread(Thread[default task-{i}])--INSERT INTO METER_POINT (ID, MPAN, MSN, CUST_NAME, ADDR1, POSTCODE, WORK_ORDER) VALUES (?, ?, ?, ?, ?, ?, ?)")
        L.append(f"\tbind => [{d.r.randint(1000, 99999)}, {d.mpan()}, {d.eserial()}, {d.name()}, {d.street_line()}, {d.postcode()}, {d.K('wo')}]")
    return "\n".join(L)


@genre("efcore_dbcommand", "log")
def g4(d):
    L = []
    for i in range(3):
        L.append(f"info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (3ms) [Parameters=[@p0='{d.mprn()}' (Size = 10), @p1='{d.gserial()}' (Size = 20), @p2='{d.name()}' (Size = 4000), @p3='{d.email()}' (Size = 256), @p4='{d.K('dip')}' (Size = 32), @p5='{d.K('kwh').split()[0]}'], CommandType='Text', CommandTimeout='30']\n      INSERT INTO [GasSupplyPoints] ([Mprn], [MeterSerial], [Occupier], [Email], [DipMessageId], [LastRead])\n      VALUES (@p0, @p1, @p2, @p3, @p4, @p5);")
    d.keeps = [k if k["kind"] != "kwh" else {"text": k["text"].split()[0], "kind": "kwh"} for k in d.keeps]
    L.append(f"info: Attest.Harness[0] run {d.K('uuid')} build {d.K('ver')}")
    return "\n".join(L)


@genre("sqlalchemy_echo", "log")
def g5(d):
    L = []
    for i in range(3):
        L.append(f"{d.k(d.r.ts()[:19].replace('T',' '), 'ts')},{d.r.randint(100,999)} INFO sqlalchemy.engine.Engine INSERT INTO supply_point (mpan, msn, eui, occupant, addr_line1, postcode, tariff) VALUES (?, ?, ?, ?, ?, ?, ?)")
        L.append(f"2026-11-30 10:1{i}:00,000 INFO sqlalchemy.engine.Engine [generated in 0.00031s] ('{d.mpan()}', '{d.eserial(lower=d.r.random()<0.4)}', '{d.eui()}', \"{d.name(d.r.choice(['plain','titlefull']))}\", '{d.street_line()}', '{d.postcode()}', '{d.K('tariff')}')")
    L.append("2026-11-30 10:14:00,000 INFO sqlalchemy.engine.Engine COMMIT")
    L.append(f"# test {d.K('tc')} ok; invoice {d.K('inv')}")
    return "\n".join(L)


@genre("sidekiq_positional_args", "log")
def g6(d):
    L = []
    for i in range(4):
        args = json.dumps([d.mpan(), d.name(), d.phone(), d.K("money"), d.K("wo")], ensure_ascii=False)
        L.append(f"{d.K('ts')} pid=7 tid=oxk{i}q class=SendTopUpReceiptJob jid={d.K('sha', ) if False else d.r.sha(24)} args={args} INFO: start batch={d.K('uuid')}")
    L.append(f"{d.K('ts')} pid=7 tid=oxkfq class=SendTopUpReceiptJob elapsed=0.81 INFO: done")
    return "\n".join(L)


@genre("kubernetes_events", "txt")
def g7(d):
    L = ["LAST SEEN   TYPE      REASON             OBJECT                                   MESSAGE"]
    for i in range(4):
        m = d.mpan("plain")
        L.append(f"{d.r.randint(1,59)}m         Warning   BackOff            pod/dtc-replay-{m}-7f9c{d.r.sha(5)}   Back-off restarting failed container replay in pod dtc-replay-{m}-7f9c")
        d.secrets.append(dict(d.secrets[-1]))
        L.append(f"{d.r.randint(1,59)}m         Normal    Pulled             pod/if-worker-{i}                       Container image \"acr.example/if-worker:{d.K('ver')}\" already present on machine")
        L.append(f"{d.r.randint(1,59)}m         Warning   Failed             job/smets-commission-{d.eserial(lower=True)}   Job has reached the specified backoff limit (device {d.eui(':')}) at {d.K('unix')}")
    L.append(f"2m          Normal    SuccessfulCreate   job/{d.k(d.r.tc().lower(), 'tc')}-rerun        Created pod: {d.K('uuid')}")
    return "\n".join(L)


@genre("salt_highstate", "txt")
def g8(d):
    L = ["fieldapp-01:", "----------"]
    for i in range(3):
        L += [f"          ID: customer_note_{i}", "    Function: file.managed",
              f"        Name: /srv/fieldapp/jobs/{d.K('wo')}.json", "      Result: True",
              f"     Comment: File updated", f"     Started: 10:0{i}:12.{d.r.randint(100,999)}",
              "    Duration: 14.2 ms", "     Changes:", "              ----------", "              diff:",
              "                  ---", "                  +++",
              f"                  @@ -1,3 +1,3 @@",
              f"                  -  \"occupier\": \"{d.name()}\",",
              f"                  +  \"occupier\": \"{d.name()}\",",
              f"                     \"site\": \"{d.address()}\",",
              f"                     \"msn\": \"{d.gserial()}\""]
    L += ["", "Summary for fieldapp-01", "------------", f"Succeeded: 3 (changed=3)", f"Failed:    0", f"Total run time: {d.K('ver')} s"]
    return "\n".join(L)


@genre("zerolog_console", "log")
def g9(d):
    L = []
    for i in range(5):
        name = d.name(d.r.choice(["plain", "title", "initial"]))
        esc = f"customer \\\"{name}\\\" at {d.address()}"
        L.append(f"{d.k(d.r.ts()[11:19], 'time')} INF handled read msg=\"{esc}\" mpan={d.mpan()} read={d.K('kwh').replace(' ','')} flow={d.K('dflow')}")
    d.keeps = [k if k["kind"] != "kwh" else {"text": k["text"].replace(" ", ""), "kind": "kwh"} for k in d.keeps]
    return "\n".join(L)


@genre("teamcity_service_messages", "log")
def g10(d):
    L = []
    for i in range(4):
        tc = d.K("tc")
        m = d.mpan()
        n = d.name()
        L.append(f"##teamcity[testStarted name='{tc} submit reading' captureStandardOutput='true']")
        L.append(f"##teamcity[testFailed name='{tc} submit reading' message='expected ack for MPAN {m} got REJECTED' details='occupier={n}|nmsn={d.eserial()}|npostcode={d.postcode()}']")
        L.append(f"##teamcity[testFinished name='{tc} submit reading' duration='{d.r.randint(100,9000)}']")
    L.append(f"##teamcity[buildStatisticValue key='readings' value='{d.K('kwh').split()[0]}']")
    d.keeps[-1]["text"] = d.keeps[-1]["text"].split()[0]
    L.append(f"##teamcity[buildNumber '{d.K('ver')}']")
    return "\n".join(L)


@genre("spreadsheetml2003", "xml")
def g11(d):
    rows = []
    for i in range(5):
        cells = [d.K("mref"), d.mpan(d.r.choice(["plain", "full21"])), d.name(), d.address(sep=", "),
                 d.eserial(), d.K("date")]
        rows.append("   <Row>" + "".join(f"<Cell><Data ss:Type=\"String\">{html.escape(c)}</Data></Cell>" for c in cells) + "</Row>")
    # numeric MPAN in a Number cell
    mp = d.r.mpan_core(); d.s(mp, "mpan", "number-cell", canon=mp)
    rows.append(f"   <Row><Cell><Data ss:Type=\"String\">{d.K('mref')}</Data></Cell><Cell><Data ss:Type=\"Number\">{mp}</Data></Cell></Row>")
    for s in d.secrets:
        if "'" in s["text"] or "&" in s["text"]:
            s["text"] = html.escape(s["text"])
    return ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n <Worksheet ss:Name=\"Sites\">\n  <Table>\n"
            + "\n".join(rows) + "\n  </Table>\n </Worksheet>\n</Workbook>")


@genre("fods_flat_ods", "fods")
def g12(d):
    rows = []
    for i in range(4):
        cells = [d.K("tc"), d.mprn(), d.gserial(), d.name(), d.phone(), d.K("money")]
        rows.append("<table:table-row>" + "".join(f"<table:table-cell office:value-type=\"string\"><text:p>{html.escape(c, quote=False)}</text:p></table:table-cell>" for c in cells) + "</table:table-row>")
    # span-split name in a cell
    f, l = d.r.name_parts()
    d.s(f, "name", "span-split"); d.s(l, "name", "span-split")
    rows.append(f"<table:table-row><table:table-cell><text:p><text:span text:style-name=\"T1\">{f}</text:span> <text:span text:style-name=\"T2\">{l}</text:span></text:p></table:table-cell></table:table-row>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n<office:body><office:spreadsheet><table:table table:name=\"GasSites\">\n"
            + "\n".join(rows) + "\n</table:table></office:spreadsheet></office:body></office:document>")


@genre("signal_chat_paste", "txt")
def g13(d):
    r = d.r; me = "Me"; L = []
    n = d.name("plain")
    first = n.split()[0]
    L.append(f"[30/11/2026, 09:12] Field Ops: morning, job {d.K('wo')} is at {d.address()}")
    L.append(f"[30/11/2026, 09:13] {me}: customer is {n}?")
    L.append(f"[30/11/2026, 09:13] Field Ops: yes, {d.s(first, 'name', 'first-only-prose')} said knock loud, mobile {d.phone()}")
    L.append(f"[30/11/2026, 09:20] Field Ops: old meter {d.eserial(lower=r.random()<0.5)} new one {d.eserial()}")
    L.append(f"[30/11/2026, 09:21] {me}: and the supply number?")
    c = r.mpan_core(); a, b = c[:7], c[7:]
    d.s(a, "mpan", "split-two-messages", canon=c); d.s(b, "mpan", "split-two-messages", canon=c)
    L.append(f"[30/11/2026, 09:22] Field Ops: {a}")
    L.append(f"[30/11/2026, 09:22] Field Ops: {b}")
    L.append(f"[30/11/2026, 09:25] {me}: thanks, raising {d.K('tc')} against {d.K('mref')} 👍")
    L.append(f"[30/11/2026, 09:40] Field Ops: IHD paired, CH {d.eui(r.choice(['', ' ', '-']))} fw {d.K('fw')}")
    return "\n".join(L)


@genre("email_three_level_quote", "txt")
def g14(d):
    r = d.r
    n1 = d.name("titlefull"); m = d.r.mpan_core(); 
    d.s(m[:8], "mpan", "wrapped->>>", canon=m); d.s(m[8:], "mpan", "wrapped->>>", canon=m)
    body = f"""Hi team, see below. Can we close {d.K('tc')}?

From: {d.name('plain')} <{d.email()}>
Sent: 29 November 2026 16:02
To: DTC Testing
Subject: RE: RE: {d.K('dflow')} rejection for {d.K('mref')}

> Still failing. The harness run id is {d.K('uuid')}.
>
> From: Supplier Testing
> Sent: 28 November 2026 11:40
>> The customer, {n1}, phoned again. Premises {d.address()}.
>> Meter {d.eserial()} was exchanged on {d.K('date')}.
>>
>> From: Metering Agent
>> Sent: 27 November 2026 09:15
>>> Please check MPAN {m[:8]}
>>> {m[8:]} - the registration looks wrong, the read was {d.K('kwh')}.
>>> Contact {d.s(n1.split()[-1], 'name', 'surname-repeat') if False else d.name('title')} on {d.phone()}.
"""
    return body


@genre("raid_log_minutes", "md")
def g15(d):
    L = [f"# SIT defect triage – {d.K('date')}", "", "Attendees: test lead, DNO, supplier, MOP", "", "## Actions", "",
         "| # | Action | Owner | Due |", "|---|---|---|---|"]
    for i in range(5):
        L.append(f"| A{i+1} | Re-send {d.K('dflow')} for {d.mpan(d.r.choice(['plain','sp4','sp2']))} (customer {d.name(d.r.choice(['title','titleinit','comma']))}) | {d.r.choice(['DNO','Supplier','MOP'])} | {d.K('date')} |")
    L += ["", "## Decisions", "",
          f"- D1: site visit agreed for {d.address()}, work order {d.K('wo')}.",
          f"- D2: {d.K('tc')} to be re-run after firmware {d.K('fw')}.",
          "", "## Risks", "", f"- R1: gas meter {d.gserial()} not on the asset register; MPRN {d.mprn()}."]
    return "\n".join(L)


@genre("sheets_formula_text", "txt")
def g16(d):
    L = ["Cell\tFormula (copied with Ctrl+` view)"]
    for i in range(4):
        c = d.r.mpan_core(); a, b = c[:4], c[4:]
        d.s(a, "mpan", "concat-split", canon=c); d.s(b, "mpan", "concat-split", canon=c)
        L.append(f"B{i+2}\t=CONCAT(\"{a}\", \"{b}\")")
    for i in range(3):
        m = d.mpan("plain")
        L.append(f"C{i+2}\t=IF(A{i+2}=\"{m}\", \"{d.K('mref')}\", \"\")")
    L.append(f"D2\t=VLOOKUP(\"{d.eserial()}\", Meters!A:F, 3, FALSE)")
    L.append(f"E2\t=\"Dear \" & \"{d.name('titlefull')}\" & \", your read of {d.K('kwh')} on {d.K('date')}\"")
    L.append(f"F2\t=TEXT({d.K('unix')}/86400+DATE(1970,1,1),\"dd/mm/yyyy\")")
    L.append(f"G2\t=HYPERLINK(\"https://maps.example/?q=\" & ENCODEURL(\"{d.postcode()}\"), \"map\")")
    return "\n".join(L)


@genre("python_doctest_repl", "txt")
def g17(d):
    m = d.mpan("plain"); n = d.name("plain")
    return f""">>> from harness.fixtures import site
>>> s = site.load("{d.K('mref')}")
>>> s.mpan
'{m}'
>>> s.occupier
'{n}'
>>> s.address
'{d.address()}'
>>> s.meters
[Meter(serial='{d.eserial()}', kind='E'), Meter(serial='{d.gserial()}', kind='G', mprn='{d.mprn()}')]
>>> s.comms_hub
'{d.eui(':')}'
>>> s.last_flow
('{d.K('dflow')}', {d.K('epoch_ms')}, '{d.K('uuid')}')
>>> s.check()
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ValueError: MPAN {d.mpan('sp2')} has no live registration ({d.K('tc')})
"""


@genre("node_repl", "txt")
def g18(d):
    return f"""> const c = require('./fixtures/customers.json')[3]
undefined
> c
{{
  id: '{d.K('uuid')}',
  name: {{ title: 'Mrs', given: '{d.s(d.r.choice(['Agnieszka','Chidinma','Rhiannon','Farhana']), 'name', 'split-object')}', family: '{d.s(d.r.choice(['Nowak','Okonkwo','Pritchard','Begum']), 'name', 'split-object')}' }},
  supply: {{ mpan: '{d.mpan()}', msn: '{d.eserial()}', eui: '{d.eui('-')}' }},
  address: [ '{d.street_line()}', '{d.s(d.r.town()[0], 'address', 'town')}', '{d.postcode()}' ],
  phone: '{d.phone()}',
  createdAt: {d.K('epoch_ms')},
  tariff: '{d.K('tariff')}'
}}
> c.supply.mpan.replace(/(\\d{{2}})(\\d{{4}})(\\d{{4}})(\\d{{3}})/, '$1 $2 $3 $4')
'{d.mpan('sp4')}'
> .exit
"""


@genre("jshell_session", "txt")
def g19(d):
    return f"""|  Welcome to JShell -- Version 21.0.2
jshell> var sp = repo.findByRef("{d.K('mref')}")
sp ==> SupplyPoint[mpan={d.mpan()}, occupier={d.name()}, line1={d.street_line()}, postcode={d.postcode()}, msn={d.eserial()}]

jshell> sp.gas()
$2 ==> GasPoint[mprn={d.mprn()}, serial={d.gserial()}, lastRead={d.K('kwh')}]

jshell> Instant.ofEpochMilli({d.K('epoch_ms')})
$3 ==> 2026-11-30T10:15:02.311Z

jshell> sp.account()
$4 ==> "{d.account()}"
"""


@genre("teradata_bteq", "txt")
def g20(d):
    L = [f" *** Query completed. 4 rows found. 6 columns returned.", " *** Total elapsed time was 1 second.", "",
         "MPAN_CORE      METER_SERIAL  CUST_NM                    POSTCODE   READ_KWH  TEST_REF",
         "-------------  ------------  -------------------------  ---------  --------  --------"]
    for i in range(4):
        n = d.name(d.r.choice(["caps", "comma", "plain"]))
        L.append(f"{d.mpan('plain')}  {d.eserial():<12}  {n:<25}  {d.postcode():<9}  {d.K('kwh').split()[0]:>8}  {d.K('tc')}")
        d.keeps[-2]["text"] = d.keeps[-2]["text"].split()[0]
    L += ["", " BTEQ -- Enter your SQL request or BTEQ command:", f".EXPORT RESET  /* {d.K('inv')} */"]
    return "\n".join(L)


@genre("sqlite_box_mode", "txt")
def g21(d):
    L = ["sqlite> .mode box", "sqlite> select ref, mprn, serial, occupier, town from gas_site limit 4;",
         "┌──────────────┬────────────┬────────────────┬──────────────────────┬──────────────┐",
         "│     ref      │    mprn    │     serial     │       occupier       │     town     │",
         "├──────────────┼────────────┼────────────────┼──────────────────────┼──────────────┤"]
    for i in range(4):
        L.append(f"│ {d.K('mref'):<12} │ {d.mprn():<10} │ {d.gserial(lower=d.r.random()<0.3):<14} │ {d.name()[:20]:<20} │ {d.s(d.r.town()[0], 'address', 'town'):<12} │")
        nm = d.secrets[-2]
    L.append("└──────────────┴────────────┴────────────────┴──────────────────────┴──────────────┘")
    # names longer than 20 truncated: fix truth
    for s in d.secrets:
        if s["kind"] == "name" and len(s["text"]) > 20: s["text"] = s["text"][:20]
    return "\n".join(L)


@genre("azure_table_entities", "json")
def g22(d):
    ents = []
    for i in range(3):
        m = d.mpan("plain")
        ents.append({"odata.etag": "W/\"datetime'2026-11-30T10%3A1" + str(i) + "%3A00.000Z'\"",
                     "PartitionKey": d.K("mref"), "RowKey": m, "Timestamp": d.K("ts"),
                     "CustomerName": d.name(), "Address": d.address(), "MeterSerial": d.eserial(),
                     "CommsHubId": d.eui(d.r.choice(["", "-", "0x"])), "LastFlow": d.K("dflow")})
    return json.dumps({"odata.metadata": "https://attestdev.table.core.windows.net/$metadata#SupplyPoints",
                       "value": ents}, indent=2, ensure_ascii=False)


@genre("cosmos_document", "json")
def g23(d):
    doc = {"id": d.K("uuid"), "type": "visit", "workOrder": d.K("wo"),
           "customer": {"displayName": d.name("titlefull"), "contact": {"mobile": d.phone(), "email": d.email()}},
           "premise": {"line1": d.street_line(), "postTown": d.s(d.r.town()[0], "address", "town"), "postcode": d.postcode()},
           "assets": [{"kind": "gas", "mprn": d.mprn(), "serial": d.gserial()}, {"kind": "elec", "mpan": d.mpan(), "serial": d.eserial()}],
           "_rid": "Xq0bAP3kWQ0BAAAAAAAAAA==", "_etag": "\"0000d31a-0000-1100-0000-" + d.r.sha(12) + "\"",
           "_ts": int(d.K("unix"))}
    return json.dumps(doc, indent=2, ensure_ascii=False)


@genre("firestore_export", "json")
def g24(d):
    m = d.r.mpan_core()
    d.s(m, "mpan", "doc-path", canon=m)
    d.s(m, "mpan", "field", canon=m)
    doc = {"name": f"projects/attest-sit/databases/(default)/documents/sites/{m}",
           "fields": {"mpan": {"stringValue": m}, "occupier": {"stringValue": d.name()},
                      "postcode": {"stringValue": d.postcode()}, "msn": {"stringValue": d.eserial()},
                      "readKwh": {"doubleValue": float(d.K("kwh").split()[0])},
                      "testRef": {"stringValue": d.K("tc")}, "created": {"timestampValue": d.K("ts")}}}
    d.keeps = [k if k["kind"] != "kwh" else {"text": k["text"].split()[0], "kind": "kwh"} for k in d.keeps]
    return json.dumps(doc, indent=2, ensure_ascii=False)


@genre("elasticsearch_highlight", "json")
def g25(d):
    hits = []
    for i in range(3):
        c = d.r.mpan_core(); n1, n2 = d.r.name_parts()
        d.s(c, "mpan", "plain", canon=c)
        d.s(f"{c[:2]}<em>{c[2:]}</em>", "mpan", "em-split", canon=c)
        d.s(f"{n1} {n2}", "name", "plain"); d.s(f"<em>{n1}</em> {n2}", "name", "em-split")
        hits.append({"_index": "dtc-flows-2026.11", "_id": d.K("uuid"), "_score": 7.1,
                     "_source": {"flow": d.K("dflow"), "mpan": c, "customer": f"{n1} {n2}", "msn": d.eserial()},
                     "highlight": {"mpan": [f"{c[:2]}<em>{c[2:]}</em>"], "customer": [f"<em>{n1}</em> {n2}"]}})
    return json.dumps({"took": 12, "hits": {"total": {"value": 3}, "hits": hits}}, indent=2, ensure_ascii=False)


@genre("solr_select", "json")
def g26(d):
    docs = [{"id": d.K("uuid"), "mprn_s": d.mprn(), "gas_serial_s": d.gserial(), "name_t": d.name(),
             "addr_t": d.address(), "read_f": float(d.K("kwh").split()[0])} for _ in range(3)]
    d.keeps = [k if k["kind"] != "kwh" else {"text": k["text"].split()[0], "kind": "kwh"} for k in d.keeps]
    return json.dumps({"responseHeader": {"status": 0, "QTime": 3, "params": {"q": "test_ref_s:" + d.K("tc")}},
                       "response": {"numFound": 3, "start": 0, "docs": docs}}, indent=1, ensure_ascii=False)


@genre("postfix_maillog", "log")
def g27(d):
    L = []
    for i in range(4):
        qid = d.r.sha(10).upper()
        e = d.email()
        L.append(f"Nov 30 10:1{i}:0{i} mail01 postfix/smtp[2231{i}]: {qid}: to=<{e}>, relay=mx.example.net[203.0.113.{i+5}]:25, delay=1.2, dsn=2.0.0, status=sent (250 OK id={d.k(d.r.sha(16), 'sha')})")
        L.append(f"Nov 30 10:1{i}:0{i} mail01 postfix/cleanup[1990{i}]: {qid}: warning: header Subject: Your bill for {d.mpan()} - {d.name('titlefull')} from local; from=<billing@supplier.example>")
    return "\n".join(L)


@genre("sendgrid_events", "json")
def g28(d):
    ev = []
    for i in range(4):
        ev.append({"email": d.email(), "timestamp": int(d.K("unix")), "event": d.r.choice(["delivered", "open", "bounce"]),
                   "sg_message_id": d.r.sha(22) + ".filter0001", "category": ["bill", d.K("tariff")],
                   "unique_args": {"account": d.account(), "mpan": d.mpan(), "customer": d.name()}})
    return json.dumps(ev, indent=1, ensure_ascii=False)


@genre("hubspot_contacts_csv", "csv")
def g29(d):
    L = ["Record ID,First Name,Last Name,Email,Phone Number,Street Address,City,Postal Code,MPAN,Lifecycle Stage,Create Date"]
    for i in range(5):
        f, l = d.r.name_parts()
        d.s(f, "name", "csv-split"); d.s(l, "name", "csv-split")
        st = d.street_line(); tw = d.s(d.r.town()[0], "address", "town")
        L.append(f"{d.r.randint(10**9, 10**10)},{f},\"{l}\",{d.email(f, l)},{d.phone()},\"{st}\",{tw},{d.postcode()},{d.mpan('plain')},customer,{d.K('date')}")
    return "\n".join(L)


@genre("gocardless_webhook", "json")
def g30(d):
    evs = []
    for i in range(3):
        evs.append({"id": "EV" + d.r.sha(12).upper(), "created_at": d.K("ts"), "resource_type": "mandates",
                    "action": "created", "links": {"mandate": "MD" + d.r.sha(12).upper()},
                    "details": {"origin": "api", "cause": "mandate_created", "description": f"Mandate for {d.name()} ({d.account()})"},
                    "metadata": {"mpan": d.mpan(), "premise_postcode": d.postcode(), "invoice": d.K("inv")}})
    return json.dumps({"events": evs}, indent=2, ensure_ascii=False)


@genre("stripe_cli_listen", "txt")
def g31(d):
    L = ["> Ready! Your webhook signing secret is whsec_**** (^C to quit)"]
    for i in range(4):
        L.append(f"2026-11-30 10:1{i}:0{i}   --> payment_intent.succeeded [evt_{d.r.sha(24)}]")
        L.append(f"2026-11-30 10:1{i}:0{i}  <--  [200] POST http://localhost:5000/hooks/stripe [evt_{d.r.sha(24)}]")
        L.append(f"    metadata: {{\"customer_name\":\"{d.name()}\",\"mpan\":\"{d.mpan()}\",\"amount\":\"{d.K('money')}\",\"billing_postcode\":\"{d.postcode()}\"}}")
    return "\n".join(L)


@genre("five9_disposition_csv", "csv")
def g32(d):
    L = ["CALL ID;TIMESTAMP;ANI;DNIS;AGENT;DISPOSITION;NOTES"]
    for i in range(5):
        L.append(f"{d.r.sha(16).upper()};{d.K('ts')};{d.phone()};08001234567;agent{d.r.randint(10,99)};Meter exchange booked;\"cust {d.name(d.r.choice(['lower','plain','caps']))} confirmed addr {d.address()} msn {d.eserial(lower=d.r.random()<0.5)} wo {d.K('wo')}\";{d.K('inv')}")
    return "\n".join(L)


@genre("modsecurity_audit", "log")
def g33(d):
    bid = d.r.sha(8)
    n = " ".join(d.r.name_parts()); m = d.mpan("plain"); pc = d.r.postcode()
    form = urllib.parse.urlencode({"fullName": n, "mpan": m, "postcode": pc, "ref": "X"})
    d.s(urllib.parse.quote_plus(n), "name", "form-encoded"); d.s(urllib.parse.quote_plus(pc), "postcode", "form-encoded")
    L = [f"--{bid}-A--", f"[30/Nov/2026:10:12:01 +0000] {d.r.sha(16)} 198.51.100.7 51432 10.0.0.5 443",
         f"--{bid}-B--", "POST /api/self-read HTTP/1.1", "Host: selfserve.example", "Content-Type: application/x-www-form-urlencoded",
         f"--{bid}-C--", form,
         f"--{bid}-F--", "HTTP/1.1 403 Forbidden",
         f"--{bid}-H--", f"Message: Warning. Pattern match \"\\d{{13}}\" at ARGS:mpan. [id \"{d.r.randint(900000,999999)}\"] [msg \"MPAN in form\"] [data \"Matched Data: {m} found within ARGS:mpan: {m}\"]",
         f"Apache-Handler: proxy-server", f"Stopwatch: {d.K('unix')}000 1200 (- - -)", f"Producer: ModSecurity for Apache/{d.K('ver')}",
         f"--{bid}-Z--"]
    d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    return "\n".join(L)


@genre("camel_trace", "log")
def g34(d):
    L = []
    for i in range(3):
        body = f"<Reading><MPAN>{d.mpan()}</MPAN><Serial>{d.eserial()}</Serial><Value>{d.K('kwh').split()[0]}</Value></Reading>"
        d.keeps[-1]["text"] = d.keeps[-1]["text"].split()[0]
        L.append(f"{d.K('ts')} INFO  [Camel (camel-1) thread #{i+3} - JmsConsumer[readings.in]] route1 - Exchange[Id: {d.r.sha(15).upper()}-0000000000000{i}, ExchangePattern: InOnly, Headers: {{JMSCorrelationID={d.K('dip')}, customerName={d.name()}, sitePostcode={d.postcode()}}}, BodyType: String, Body: {body}]")
    return "\n".join(L)


@genre("nservicebus_error_headers", "txt")
def g35(d):
    m = d.mpan("plain")
    ex = f"System.InvalidOperationException: No registration for MPAN {m} (occupier {d.name()}, {d.address()})"
    d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    return f"""NServiceBus.MessageId                      {d.K('uuid')}
NServiceBus.ConversationId                 {d.K('uuid')}
NServiceBus.EnclosedMessageTypes           Attest.Messages.SubmitRead, Attest.Messages, Version={d.K('ver')}
NServiceBus.ExceptionInfo.ExceptionType    System.InvalidOperationException
NServiceBus.ExceptionInfo.Message          {ex}
NServiceBus.TimeOfFailure                  2026-11-30 10:15:02:311000 Z
NServiceBus.FailedQ                        readings.submit
Attest.TestCase                            {d.K('tc')}
Body                                       {{"Mpan":"{m}","Msn":"{d.eserial()}","Read":"{d.K('kwh')}","Hub":"{d.eui('')}"}}
"""


@genre("pino_json", "ndjson")
def g36(d):
    L = []
    for i in range(5):
        rec = {"level": 30, "time": int(d.K("epoch_ms")), "pid": 311, "hostname": "api-7d9", "reqId": f"req-{i+1}",
               "msg": f"appointment confirmed for {d.name()} at {d.address()}",
               "appt": {"wo": d.K("wo"), "mpan": d.mpan(), "gasMsn": d.gserial()}}
        L.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(L)


@genre("log4j2_jsonlayout", "json")
def g37(d):
    recs = []
    for i in range(3):
        recs.append({"instant": {"epochSecond": int(d.K("unix")), "nanoOfSecond": 311000000}, "thread": "main",
                     "level": "WARN", "loggerName": "uk.attest.dtc.Validator",
                     "message": f"{d.K('dflow')} rejected: meter {d.eserial()} not at MPAN {d.mpan()}",
                     "contextMap": {"customer": d.name(d.r.choice(["comma", "titleinit", "plain"])), "testCase": d.K("tc"), "phone": d.phone()}})
    return json.dumps(recs, indent=2, ensure_ascii=False)


@genre("nlog_txt", "log")
def g38(d):
    L = []
    for i in range(5):
        L.append(f"2026-11-30 10:1{i}:00.1234|WARN|Attest.Gas.MeterSync|Meter {d.gserial()} for MPRN {d.mprn()} belongs to {d.name()}, {d.street_line()}, {d.postcode()}|run={d.K('uuid')}|tc={d.K('tc')}|fw={d.K('fw')}")
    return "\n".join(L)


@genre("fitnesse_table", "txt")
def g39(d):
    L = ["!|script|supply point fixture|", "|check|registration status|live|",
         "", "!|decision table: meter exchange|", "|mpan|old serial|new serial|customer|postcode|work order|expected?|"]
    for i in range(4):
        L.append(f"|{d.mpan(d.r.choice(['plain','sp4']))}|{d.eserial()}|{d.eserial()}|{d.name()}|{d.postcode()}|{d.K('wo')}|{d.K('dflow')} sent|")
    return "\n".join(L)


@genre("spock_where_block", "groovy")
def g40(d):
    L = ["def \"rejects read for wrong meter\"() {", "    expect:", "    validator.check(mpan, serial, read) == outcome", "", "    where:",
         "    mpan            | serial         | read      | customer                 || outcome"]
    for i in range(4):
        L.append(f"    '{d.mpan('plain')}' | '{d.eserial()}' | {d.K('kwh').split()[0]:>9} | '{d.name()}' || '{d.r.choice(['REJECT','ACCEPT'])}'")
        d.keeps[-1]["text"] = d.keeps[-1]["text"].split()[0]
    L.append("}")
    L.append(f"// {d.K('tc')}, see {d.K('mref')}")
    return "\n".join(L)


@genre("junit5_csvsource", "java")
def g41(d):
    rows = []
    for i in range(4):
        rows.append(f"        \"{d.mprn()}, {d.gserial()}, '{d.name('comma') if d.r.random()<0.5 else d.name()}', {d.postcode()}, {d.K('tc')}\"")
    return "@ParameterizedTest(name = \"{4}: {0}\")\n@CsvSource({\n" + ",\n".join(rows) + "\n})\nvoid gasMeterMatchesSite(String mprn, String serial, String occupier, String postcode, String tc) {\n    assertThat(sync.lookup(mprn).serial()).isEqualTo(serial);\n}\n// build " + d.K("ver")


@genre("nunit_testcase_attrs", "cs")
def g42(d):
    L = []
    for i in range(4):
        L.append(f"[TestCase(\"{d.mpan()}\", \"{d.eui(d.r.choice(['-',':','']))}\", \"{d.name()}\", TestName = \"{d.K('tc')}_{d.K('dflow')}\")]")
    L.append("public void CommissionHub(string mpan, string hubId, string occupier) { /* ... */ }")
    return "\n".join(L)


@genre("tavern_yaml", "yaml")
def g43(d):
    n = d.name("plain")
    return f"""---
test_name: {d.K('tc')} book meter exchange

stages:
  - name: create appointment
    request:
      url: "{{host}}/api/appointments"
      method: POST
      json:
        mpan: "{d.mpan()}"
        occupier: "{n}"
        address:
          line1: "{d.street_line()}"
          town: {d.s(d.r.town()[0], 'address', 'town')}
          postcode: {d.postcode()}
        meter_serial: {d.eserial(lower=True)}
        contact: "{d.phone()}"
    response:
      status_code: 201
      save:
        json:
          appt_id: id
  - name: check work order
    request:
      url: "{{host}}/api/appointments/{{appt_id}}"
    response:
      json:
        work_order: {d.K('wo')}
        created: {d.K('ts')}
"""


@genre("hoverfly_simulation", "json")
def g44(d):
    pairs = []
    for i in range(3):
        m = d.mpan("plain")
        pairs.append({"request": {"path": [{"matcher": "exact", "value": f"/ecoes/api/supply/{m}"}], "method": [{"matcher": "exact", "value": "GET"}]},
                      "response": {"status": 200, "body": json.dumps({"mpan": m, "msn": d.eserial(), "address": d.address(), "updated": d.K("ts")})}})
        d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    return json.dumps({"data": {"pairs": pairs}, "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v" + d.K("ver")}}, indent=2, ensure_ascii=False)


@genre("artillery_yaml", "yaml")
def g45(d):
    L = ["config:", "  target: https://sit.example", "  phases:", "    - duration: 60", "      arrivalRate: 5", "  payload:",
         "    path: sites.csv", "    fields: [mpan, msn, name]", "  variables:", "    sites:"]
    for i in range(4):
        L.append(f"      - [\"{d.mpan()}\", \"{d.eserial()}\", \"{d.name()}\", \"{d.postcode()}\"]")
    L += ["scenarios:", f"  - name: {d.K('tc')} submit read", "    flow:", "      - post:", "          url: /reads",
          "          json: { mpan: \"{{ sites[0][0] }}\", value: " + d.K("kwh").split()[0] + " }"]
    d.keeps[-1]["text"] = d.keeps[-1]["text"].split()[0]
    return "\n".join(L)


@genre("selenium_side", "json")
def g46(d):
    cmds = [{"id": d.K("uuid"), "command": "open", "target": "/self-serve", "value": ""},
            {"id": d.r.uuid(), "command": "type", "target": "id=fullName", "value": d.name()},
            {"id": d.r.uuid(), "command": "type", "target": "id=mpan", "value": d.mpan(d.r.choice(["sp4", "plain"]))},
            {"id": d.r.uuid(), "command": "type", "target": "id=postcode", "value": d.postcode()},
            {"id": d.r.uuid(), "command": "type", "target": "id=addr1", "value": d.street_line()},
            {"id": d.r.uuid(), "command": "type", "target": "id=email", "value": d.email()},
            {"id": d.r.uuid(), "command": "assertText", "target": "css=.ref", "value": d.K("mref")}]
    return json.dumps({"id": d.r.uuid(), "version": "2.0", "name": d.K("tc"), "tests": [{"name": "submit", "commands": cmds}]}, indent=2, ensure_ascii=False)


@genre("gitlab_ci_vars", "yaml")
def g47(d):
    return f"""variables:
  TEST_REF: "{d.K('tc')}"
  FIXTURE_MPAN: "{d.mpan()}"
  FIXTURE_MSN: {d.eserial()}
  FIXTURE_HUB: "{d.eui(d.r.choice(['-', ':', '.']))}"
  FIXTURE_OCCUPIER: "{d.name()}"
  IMAGE_TAG: "{d.K('ver')}"

replay:
  stage: test
  script:
    - ./replay --flow {d.K('dflow')} --mpan $FIXTURE_MPAN --expect-ack
    - echo "site {d.address()}" >> evidence.txt
  artifacts:
    paths: [evidence.txt]
"""


@genre("spring_beans_xml", "xml")
def g48(d):
    L = ["<beans xmlns=\"http://www.springframework.org/schema/beans\">"]
    for i in range(3):
        L.append(f"  <bean id=\"site{i}\" class=\"uk.attest.fixture.Site\">\n    <property name=\"mpan\" value=\"{d.mpan()}\"/>\n    <property name=\"occupier\" value=\"{html.escape(d.name())}\"/>\n    <property name=\"premises\" value=\"{html.escape(d.address())}\"/>\n    <property name=\"testCase\" value=\"{d.K('tc')}\"/>\n  </bean>")
    L.append("</beans>")
    for s in d.secrets:
        s["text"] = html.escape(s["text"])
    return "\n".join(L)


@genre("miro_board_csv", "csv")
def g49(d):
    L = ["Type,Content,Author,Created"]
    for i in range(5):
        L.append(f"sticky_note,\"{d.r.choice(['Blocked:', 'Q:', 'Note'])} {d.name('plain')} at {d.address()} still gets estimated bills – {d.K('tc')}\",tester,{d.K('date')}")
    L.append(f"sticky_note,\"MPAN {d.mpan('sp4')} / MSN {d.eserial(lower=True)}\",tester,{d.K('date')}")
    return "\n".join(L)


@genre("clickup_task_text", "txt")
def g50(d):
    n = d.name("plain")
    return f"""Task: {d.K('tc')} – COT not processed
Status: IN REVIEW   Priority: High   Due: {d.K('date')}

Description
New occupier {n} moved in on {d.K('date')}. Previous tenant was {d.name(d.r.choice(['title', 'titlefull']))}.
Property: {d.address(sep=', ')}
Elec {d.mpan(d.r.choice(['full21', 'fullS', 'plain']))}, meter {d.eserial()}.
Gas {d.mprn()}, meter {d.gserial()}.

Comments
 – {d.name('first')} (tester): rang {d.phone()}, no answer. Re-sent {d.K('dflow')}.
 – Build {d.K('ver')} deployed, retest.
"""


@genre("cot_occupier_letter", "txt")
def g51(d):
    n = d.name("titlefull")
    return f"""The Occupier
{d.address(sep=chr(10))}

{d.K('date')}

Our ref: {d.K('inv')}

Dear {n},

Welcome to your new home. We supply electricity to this property (supply number {d.mpan(d.r.choice(['fullS', 'sp2']))}).
Your meter serial is {d.eserial()}. Please send us a reading; the last one we hold is {d.K('kwh')}.

Your account number will be {d.account()}. Your tariff is {d.K('tariff')}.

Yours sincerely,
Customer Services
"""


@genre("rollbar_item", "json")
def g52(d):
    m = d.mpan("plain")
    d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    return json.dumps({"data": {"environment": "sit", "level": "error", "timestamp": int(d.K("unix")),
                                "body": {"trace": {"exception": {"class": "KeyError", "message": f"'{m}'"},
                                                   "frames": [{"filename": "app/reads.py", "lineno": 88, "method": "submit",
                                                               "locals": {"mpan": m, "customer": d.name(), "site": d.address(), "msn": d.eserial()}}]}},
                                "person": {"id": d.account(), "email": d.email()}, "code_version": d.K("sha")}}, indent=2, ensure_ascii=False)


@genre("textile_wiki", "textile")
def g53(d):
    L = [f"h2. Retest notes {d.K('tc')}", "", "|_. MPAN |_. Customer |_. Site |_. Meter |"]
    for i in range(4):
        L.append(f"| {d.mpan()} | {d.name()} | {d.address()} | {d.eserial()} |")
    L += ["", f"bq. Customer ({d.name('first')}) asked us not to call before 10am: {d.phone()}", "",
          f"* flow: {d.K('dflow')} / {d.K('if')}", f"* run: {d.K('uuid')}"]
    return "\n".join(L)


@genre("bpmn_test_data", "xml")
def g54(d):
    m = d.mpan("plain")
    d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    occ = html.escape(d.name()); addr = html.escape(d.address())
    txt = f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="{d.K('tc')}">
  <bpmn:process id="meterExchange" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="mpan" type="string" defaultValue="{m}"/>
          <camunda:formField id="occupier" type="string" defaultValue="{occ}"/>
          <camunda:formField id="gasSerial" type="string" defaultValue="{d.gserial()}"/>
          <camunda:formField id="postcode" type="string" defaultValue="{d.postcode()}"/>
        </camunda:formData>
      </bpmn:extensionElements>
    </bpmn:startEvent>
    <bpmn:serviceTask id="send{d.K('dflow')}" name="Send flow" camunda:expression="${{dtc.send('{m}')}}"/>
    <bpmn:textAnnotation id="note"><bpmn:text>Test site: {addr}, hub {d.eui(':')}</bpmn:text></bpmn:textAnnotation>
  </bpmn:process>
</bpmn:definitions>
"""
    for s_ in d.secrets:
        s_["text"] = html.escape(s_["text"])
    return txt


@genre("fiddler_raw_session", "txt")
def g55(d):
    n = d.name("plain"); m = d.mpan("plain")
    q = urllib.parse.quote(n)
    d.s(q, "name", "url-encoded")
    body = json.dumps({"mpan": m, "serial": d.eserial(), "name": n, "addr": d.address()}, ensure_ascii=False)
    d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    d.secrets.append({"text": n, "kind": "name", "form": "repeat"})
    return f"""GET https://crm.example/api/search?name={q}&ref={d.K('mref')} HTTP/1.1
Host: crm.example
X-Correlation-Id: {d.K('uuid')}

HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
Date: Mon, 30 Nov 2026 10:15:02 GMT

{body}

------------------------------------------------------------------
POST https://dtc.example/flows/{d.K('dflow')} HTTP/1.1
Content-Type: text/plain

ZHV|{d.K('dip')}|{d.K('dflow')}001|X|SUPP|R|MOPA|{d.K('unix')}|
026|{m}|V|
028|{d.eserial()}|C|
"""


@genre("revision_history_gdocs", "txt")
def g56(d):
    L = [f"Version history – '{d.K('tc')} evidence notes'"]
    for i in range(4):
        L.append(f"{d.K('date')} 10:{10+i}  Edited by tester")
        L.append(f"   + Added: \"spoke to {d.name(d.r.choice(['plain','lower','caps','title']))} re {d.address()}\"")
        L.append(f"   - Removed: \"msn {d.eserial()}\" (wo {d.K('wo')}, {d.K('if')})")
    L.append(f"   + Added: \"ref {d.K('mref')} / {d.K('if')}\"")
    return "\n".join(L)


@genre("envoy_access_json", "ndjson")
def g57(d):
    L = []
    for i in range(5):
        m = d.mpan("plain")
        p = f"/v1/supply/{m}/reads" if d.r.random() < 0.5 else f"/v1/reads?mpan={m}&from={d.K('date')}"
        L.append(json.dumps({"start_time": d.K("ts"), "method": "GET", "path": p, "response_code": 200,
                             "x_request_id": d.r.uuid(), "user_agent": "attest-harness/" + d.K("ver"),
                             "x_customer": d.name(), "upstream_host": "10.1.4.7:8080"}, ensure_ascii=False))
    for k in d.keeps:
        if k["kind"] == "date": k["text"] = k["text"].replace("/", "\\/") if False else k["text"]
    return "\n".join(L)


@genre("owner_change_sms_export", "txt")
def g58(d):
    L = []
    for i in range(5):
        L.append(f"{d.K('date')} {10+i}:0{i}\tOUT\t{d.phone()}\tHi {d.name('first')}, your engineer is booked for {d.address()} (job {d.K('wo')}). Reply STOP to opt out. Ref {d.K('inv')}")
    return "\n".join(L)


@genre("mobile_app_crash_breadcrumbs", "txt")
def g59(d):
    m = d.r.mpan_core(); sp = f"{m[:6]} {m[6:]}"
    d.s(sp, "mpan", "space-6-7", canon=m); d.s(sp, "mpan", "space-6-7", canon=m)
    return f"""Crashlytics – Fatal Exception: java.lang.NumberFormatException
For input string: "{sp}"

Breadcrumbs
  10:11:02  screen: EnterSupplyNumber
  10:11:09  input: supply_number="{sp}"
  10:11:15  input: meter_serial="{d.eserial(lower=True)}"
  10:11:20  input: full_name="{d.name(d.r.choice(['lower', 'caps']))}"
  10:11:31  input: postcode="{d.postcode()}"
  10:11:40  api: POST /reads 500 ({d.K('uuid')})
Keys
  app_version = {d.K('ver')}
  test_case   = {d.K('tc')}
"""


@genre("dynamics_timeline_paste", "txt")
def g60(d):
    L = []
    for i in range(4):
        L.append(f"Phone Call from {d.name('plain')}\nModified on: {d.K('date')} 10:1{i}\nCustomer states meter {d.eserial()} at {d.street_line()} shows {d.K('kwh')} but bill says more. Gas serial {d.gserial()}, mprn {d.mprn()}.\nClosed by: agent {d.r.randint(100,999)} ({d.K('tc')}, {d.K('dip')})\n")
    return "\n".join(L)


@genre("kafka_connect_dlq_headers", "txt")
def g61(d):
    L = []
    for i in range(3):
        m = d.mpan("plain")
        L.append(f"Partition:{i}\tOffset:{d.r.randint(1000,99999)}\tHeaders:__connect.errors.topic=readings.raw,__connect.errors.exception.message=Field 'postcode' invalid: {d.postcode()},__connect.errors.class.name=org.apache.kafka.connect.errors.DataException\tKey:{m}\tPayload:{{\"mpan\":\"{m}\",\"customer\":\"{d.name()}\",\"read\":\"{d.K('kwh')}\",\"ts\":{d.K('epoch_ms')}}}")
        d.secrets.append({"text": m, "kind": "mpan", "form": "repeat", "canon": m})
    return "\n".join(L)


@genre("latex_free_prose_letter", "txt")
def g62(d):
    # plain prose notes with unlabelled names, ordinary-word surnames
    f = d.r.choice(["John", "Sarah", "James", "Paul"]); l = d.r.choice(["Wood", "Brown", "Walker", "Green", "Bird", "Marsh", "Field", "Lamb"])
    d.s(f"{f} {l}", "name", "plain-prose")
    d.s(f"{f} {l}", "name", "repeat")
    return f"""Visit summary {d.K('wo')}

Went round this morning. {f} {l} let me in and showed me the cupboard under the stairs; the meter there
({d.eserial()}) had the seal broken. {f} {l} says it was like that when they moved in on {d.K('date')}.
House is {d.address()}. Gas meter {d.gserial()} was fine, read {d.K('kwh')}.
Neighbour at number {d.r.randint(1,9)} ({d.name('titlefull')}) has the same model.
Raised {d.K('tc')} and {d.K('mref')}.
"""


@genre("keep_heavy_release_note", "md")
def g63(d):
    # mostly keeps, with ordinary English words that are also surnames used as words
    L = [f"# Release {d.K('ver')} – SIT drop", "", f"Build {d.K('sha')} tagged on {d.K('date')}.", ""]
    L.append(d.k("The green build on Friday was followed by a brown-out of the test harness", "word-surname"))
    L.append(d.k("Fields added to the walker job: read value, read date", "word-surname"))
    for i in range(8):
        L.append(f"- {d.K('tc')}: {d.K('dflow')} {d.K('if')} fixed; barcode {d.K('ean')}, invoice {d.K('inv')}, epoch {d.K('epoch_ms')}, unix {d.K('unix')}")
    L.append(f"- {d.k('Swindon Energy Ltd', 'company-town')} tariff {d.K('tariff')} at {d.K('money')}")
    L.append(f"- MPAN of the site is {d.mpan()} (one real value in a keep-heavy file)")
    return "\n".join(L)
