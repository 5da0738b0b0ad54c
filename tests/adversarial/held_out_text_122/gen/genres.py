"""48 genres, each a function P -> (text, ext). Text uses \n; the builder applies newline/encoding."""
import base64, json
NUL = "\\N"
Q = chr(39)


def g_edifact(p):
    w = p.person(); pc = p.postcode()
    return (f"UNA:+.? '\nUNB+UNOC:3+5012345000009:14+5098765000003:14+261107:0915+{p.k('ticket','REF'+p.d(8))}'\n"
            f"UNH+1+UTILMD:D:11A:UN:5.2e'\nBGM+E03+{p.dip()}'\nDTM+137:{p.ts()}:203'\n"
            f"IDE+24+{p.tc()}'\nLOC+172+{p.mpan()}::9'\nLOC+Z16+{p.mprn()}::332'\n"
            f"SEQ+Z01'\nPIA+5+{p.eserial()}:SRW'\nPIA+5+{p.gserial()}:SRW'\n"
            f"NAD+UD++{p.tx(p.name(w,'LASTFIRST'), lambda x: x.replace(' ',':'))}+{p.tx(p.addr('num')[0], lambda x: x.replace(', ','+'))}++{pc}+GB'\n"
            f"CTA+IC+:{p.name(w,'full')}'\nCOM+{p.phone('compact')}:TE'\nCOM+{p.email(w)}:EM'\n"
            f"RFF+Z13:{p.acct('ten')}'\nQTY+220:{p.k('reading', p.d(6))}'\nUNT+15+1'\nUNZ+1+{p.mref()}'\n", "edi")


def g_addacs(p):
    rows = []
    for i in range(3):
        w = p.person()
        rows.append(f'  <ReturnedDebitItem ref="{p.acct("ten")}" transCode="17" returnCode="0" returnDescription="INSTRUCTION CANCELLED">\n'
                    f'    <PayerAccount number="{p.acct("bank")}" ref="{p.acct("cust")}" name="{p.name(w,"upper")}" sortCode="20-{p.d(2)}-{p.d(2)}"/>\n'
                    f'    <PayerNewAccount name="{p.name(p.person(),"upper")}" number="{p.acct("bank")}"/>\n'
                    f'    <Note>{p.word()} dated {p.ts()}</Note>\n  </ReturnedDebitItem>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<BACSDocument>\n <Data>\n  <MessagingAdvices>\n'
            f'  <MessagingHeader reportType="ADDACS" advice-number="{p.ticket()}" />\n' + "\n".join(rows) +
            "\n  </MessagingAdvices>\n </Data>\n</BACSDocument>\n", "xml")


def g_ldif(p):
    out = [f"# LDAP export of test customer directory {p.ver()} {p.ts()}"]
    for i in range(2):
        w = p.person()
        cn = f"{w['first']} {w['last']}"
        out.append(f"dn: cn={p.name(w,'full')},ou=customers,dc=supplier,dc=example\nobjectClass: inetOrgPerson\n"
                   f"sn: {p.name(w,'last')}\ngivenName: {p.name(w,'first')}\nmail: {p.email(w)}\n"
                   f"telephoneNumber: {p.phone()}\nstreet: {p.addr('num')[0]}\npostalCode: {p.postcode()}\n"
                   f"employeeNumber: {p.acct()}\ndescription:: {p.enc('mpan','b64')}\n"
                   f"x-meterSerial: {p.eserial()}\nx-testRef: {p.mref()} {p.tc()}\n")
    return "\n".join(out), "ldif"


def g_rtf(p):
    w = p.person()
    a, area = p.addr('num')
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\n"
            f"{{\\pard\\b Witness note {p.tc()}\\b0\\par}}\n"
            f"{{\\pard Customer: {p.name(w,'full')}\\line {a}\\line {p.postcode(area)}\\par}}\n"
            f"{{\\pard MPAN \\b {p.mpan()}\\b0  (use {p.mref()} in ADO)\\par}}\n"
            f"{{\\pard Meter {p.eserial()} / comms hub {p.eui('colon')}\\par}}\n"
            f"{{\\pard Gas MPRN {p.mprn()} meter {p.gserial()}\\par}}\n"
            f"{{\\pard Phone {p.phone()} \\emdash  {p.word()}; read {p.reading()} at {p.ts()}\\par}}\n"
            f"{{\\pard Acct {p.acct()} \\tab {p.amt()}\\par}}\n}}\n", "rtf")


def g_toml(p):
    w = p.person()
    return (f"# fixture for {p.tc()} ({p.flow()})\n[meta]\nschema = \"{p.ver()}\"\ncreated = \"{p.ts()}\"\n"
            f"\n[[supply]]\nmpan = \"{p.mpan('plain')}\"\nmpan_ref = \"{p.mref()}\"\nmeter_serial = \"{p.eserial()}\"\nesme_id = \"{p.eui('dash')}\"\n"
            f"\n[[supply]]\nmprn = {p.mprn()}\nmeter_serial = \"{p.gserial()}\"\ngsme_id = \"{p.eui('plain')}\"\n"
            f"\n[customer]\nname = \"{p.name(w)}\"\naddress = [\"{p.addr('num')[0]}\", \"{p.postcode()}\"]\n"
            f"phone = \"{p.phone()}\"\nemail = \"{p.email(w)}\"\naccount = \"{p.acct()}\"\nnote = \"{p.word()}\"\n", "toml")


def g_dotenv(p):
    return (f"# .env.sit  -- do not commit ({p.ticket()})\nAPP_VERSION={p.ver()}\nTEST_CASE={p.tc()}\n"
            f"SEED_MPAN={p.mpan('plain')}\nSEED_MPAN_2=\"{p.mpan('plain')}\"\nSEED_MPRN={p.mprn()}\n"
            f"SEED_ESME_SERIAL={p.eserial()}\nSEED_GSME_SERIAL={p.gserial('plain')}\nSEED_CHF_ID={p.eui('plain')}\n"
            f"SEED_CUSTOMER_NAME='{p.name(p.person())}'\nSEED_POSTCODE={p.postcode(form='nospace')}\n"
            f"SEED_ACCOUNT={p.acct()}\nALERT_SMS={p.phone('compact')}\nALERT_EMAIL={p.email()}\nCORRELATION={p.uid()}\n"
            f"FLOW={p.flow()}\n", "env")


def g_pgcopy(p):
    rows = []
    for i in range(3):
        w = p.person()
        rows.append(f"{i+1}\t{p.mpan('plain')}\t{p.eserial()}\t{p.name(w,'full')}\t{p.addr('nocomma')[0]}\t{p.postcode()}\t{p.email(w) if i%2 else NUL}\t{p.ts()}")
    return ("--\n-- PostgreSQL database dump\n--\n\n"
            f"-- Dumped by pg_dump version 15.4 for {p.tc()}\n\nCOPY sit.supply_point (id, mpan_core, msn, occupier, address_line, postcode, email, updated_at) FROM stdin;\n"
            + "\n".join(rows) + "\n\\.\n\n" f"SELECT pg_catalog.setval('sit.supply_point_id_seq', {p.d(3)}, true);\n-- ref {p.mref()}\n", "sql")


def g_mysqldump(p):
    vals = []
    for i in range(3):
        w = p.person()
        vals.append(f"({p.d(4)},'{p.mprn()}','{p.gserial()}','{p.name(p.person(True),'full')}','{p.phone()}','{p.acct()}','{p.ts()}')")
    return (f"-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: sit-db    Database: gas_reg\n-- {p.ticket()}\n"
            "LOCK TABLES `gas_meter_point` WRITE;\n/*!40000 ALTER TABLE `gas_meter_point` DISABLE KEYS */;\n"
            "INSERT INTO `gas_meter_point` VALUES " + ",".join(vals) + ";\n"
            "/*!40000 ALTER TABLE `gas_meter_point` ENABLE KEYS */;\nUNLOCK TABLES;\n"
            f"-- Dump completed on {p.ts()} ({p.tc()})\n", "sql")


def g_sse(p):
    ev = []
    for i in range(3):
        ev.append(f"id: {p.uid()}\nevent: meterRead\ndata: {{\"mpan\":\"{p.mpan('plain')}\",\n"
                  f"data: \"msn\":\"{p.eserial()}\",\"read\":\"{p.reading()}\",\"flow\":\"{p.flow()}\"}}\nretry: 3000\n")
    ev.append(f"event: customer\ndata: {{\"name\":\"{p.name(p.person())}\",\"addr\":\"{p.addr_pc()}\",\"tel\":\"{p.phone()}\"}}\n")
    return f": stream opened {p.ts()} for {p.tc()}\n\n" + "\n".join(ev), "txt"


def g_odata(p):
    b = "batch_" + p.k("uuid", p.uid())
    w = p.person()
    return (f"POST /sap/opu/odata/sap/ZISU_SRV/$batch HTTP/1.1\nContent-Type: multipart/mixed; boundary={b}\n\n--{b}\n"
            "Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n"
            f"GET PodSet('{p.mpan('plain')}')?$expand=Devices HTTP/1.1\nAccept: application/json\n\n--{b}\n"
            "Content-Type: application/http\n\nPATCH BusinessPartnerSet('" + p.acct('ten') + "') HTTP/1.1\nContent-Type: application/json\n\n"
            f"{{\"FullName\":\"{p.name(w)}\",\"Street\":\"{p.addr('num')[0]}\",\"PostCode\":\"{p.postcode()}\",\"Email\":\"{p.email(w)}\"}}\n"
            f"--{b}\nContent-Type: application/http\n\nGET DeviceSet(SerialNumber='{p.eserial()}',Mprn='{p.mprn()}') HTTP/1.1\n\n--{b}--\n"
            f"# captured {p.ts()} {p.ticket()}\n", "http")


def g_jsonapi(p):
    w = p.person()
    d = {"data": {"type": "supply-points", "id": p.mpan('plain'), "attributes": {"mpanRef": p.mref(), "meterSerial": p.eserial(),
         "energisedAt": p.ts(), "occupier": p.name(w), "siteAddress": p.addr_pc()},
         "relationships": {"gasPoint": {"data": {"type": "gas-points", "id": p.mprn()}},
                           "account": {"data": {"type": "accounts", "id": p.acct()}}}},
         "included": [{"type": "gas-points", "id": p.again([x for x in p.sec if x["kind"] == "mprn"][-1]["surface"]), "attributes": {"serial": p.gserial(), "ihd": p.eui()}},
                      {"type": "contacts", "id": p.uid(), "attributes": {"phone": p.phone(), "email": p.email(w)}}],
         "meta": {"testCase": p.tc(), "apiVersion": p.ver()}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


def g_mitm(p):
    w = p.person()
    return (f"{p.ts()} 10.12.4.20:51422: POST https://sit-api.supplier.example/v2/moves HTTP/2.0\n"
            f"    content-type: application/json\n    x-request-id: {p.uid()}\n\n"
            f"    {{\"moveOut\":{{\"mpan\":\"{p.mpan()}\",\"mprn\":\"{p.mprn()}\",\"closingRead\":\"{p.reading()}\"}},\n"
            f"     \"newTenant\":{{\"name\":\"{p.name(w)}\",\"dob\":\"x\",\"mobile\":\"{p.phone()}\",\"email\":\"{p.email(w)}\"}},\n"
            f"     \"address\":\"{p.addr_pc()}\"}}\n"
            f" << 201 Created 412b\n    location: /v2/moves/{p.acct('cust')}\n    x-trace: {p.dip()}\n"
            f"{p.ts()} 10.12.4.20:51422: GET https://sit-api.supplier.example/v2/devices?serial={p.eserial()}&guid={p.eui('plain')}\n << 200 OK 88b\n", "txt")


def g_glog(p):
    L = []
    for i in range(4):
        L.append(f"I1107 09:{p.d(2)[0]}{i}:{p.d(2)}.{p.d(6)} {p.d(5)} hes_adapter.cc:{p.d(3)}] SRV {p.k('msgtype','8.1.1')} sent to device {p.eui(p.ch(['colon','plain','0x']))} for mpan {p.mpan()}")
    L.append(f"W1107 09:41:07.000211 31337 meter_cache.cc:88] stale entry msn={p.eserial()} gas msn={p.gserial()} mprn={p.mprn()}")
    L.append(f"E1107 09:41:09.552001 31337 crm_sync.cc:210] Check failed: addr.valid() [{p.addr_pc()}] customer='{p.name(p.person())}' acct={p.acct()}")
    L.append(f"I1107 09:41:10.000000 31337 main.cc:12] build {p.ver()} test {p.tc()} trace {p.uid()}")
    return "Log file created at: 2026/11/07 09:00:00\nRunning on machine: sit-hes-02\nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg\n" + "\n".join(L) + "\n", "log"


def g_gtest(p):
    w = p.person()
    c1, c2 = p.v_core(), p.v_core()
    return (f"[==========] Running 6 tests from 2 test suites.\n[ RUN      ] MpanValidator.AcceptsValidCore\n"
            f"[       OK ] MpanValidator.AcceptsValidCore (0 ms)\n[ RUN      ] MpanValidator.RoundTrip\n"
            f"test/mpan_test.cc:41: Failure\nExpected equality of these values:\n  parse(\"{p.mpan('plain', c1)}\").core\n    Which is: \"{p.mpan('plain', c2)}\"\n"
            f"  \"{p.mpan('sp', c1)}\"\n[  FAILED  ] MpanValidator.RoundTrip (1 ms)\n[ RUN      ] CustomerFmt.Address\n"
            f"test/cust_test.cc:77: Failure\nValue of: Format(c)\n  Actual: \"{p.name(w,'upper')}, {p.tx(p.addr('num')[0], str.upper)}, {p.postcode()}\"\nExpected: \"{p.name(w,'full')}\"\n"
            f"[  FAILED  ] CustomerFmt.Address (0 ms)\n[ RUN      ] Serial.Lower\n  msn=\"{p.eserial('lower')}\" gas=\"{p.gserial('lower')}\" guid={p.eui('lowerplain')}\n"
            f"[       OK ] Serial.Lower (0 ms)\n[==========] 6 tests ran. ({p.tc()}, build {p.ver()})\n", "txt")


def g_apex(p):
    w = p.person()
    return (f"59.0 APEX_CODE,FINEST;DB,INFO\n{p.ts()}|EXECUTION_STARTED\n"
            f"09:12:01.4 (4412101)|USER_DEBUG|[42]|DEBUG|Case created {p.ticket()} for Account {p.acct('cust')}\n"
            f"09:12:01.4 (4412999)|USER_DEBUG|[51]|DEBUG|Contact__c: {{Name={p.name(w)}, Phone={p.phone()}, Email={p.email(w)}, MailingStreet={p.addr('num')[0]}, MailingPostalCode={p.postcode()}}}\n"
            f"09:12:01.5 (4513000)|SOQL_EXECUTE_BEGIN|[60]|Aggregations:0|SELECT Id FROM Supply_Point__c WHERE MPAN__c = '{p.mpan('plain')}'\n"
            f"09:12:01.5 (4520111)|VARIABLE_ASSIGNMENT|[61]|sp.Meter_Serial__c|\"{p.eserial()}\"\n"
            f"09:12:01.5 (4520999)|VARIABLE_ASSIGNMENT|[62]|sp.MPRN__c|\"{p.mprn()}\"\n"
            f"09:12:01.6 (4600000)|USER_DEBUG|[70]|DEBUG|{p.word()} -- {p.tc()} {p.mref()}\n|EXECUTION_FINISHED\n", "log")


def g_nlog(p):
    L = []
    for i in range(5):
        lvl = p.ch(["Info", "Warn", "Error", "Debug"])
        msg = p.ch([lambda: f"Meter exchange booked for {p.name(p.person())} at {p.addr_pc()}",
                    lambda: f"Read {p.reading()} accepted for MPAN {p.mpan()} (msn {p.eserial()})",
                    lambda: f"Gas meter {p.gserial()} on MPRN {p.mprn()} flagged",
                    lambda: f"SMS to {p.phone()} queued; acct {p.acct()}",
                    lambda: f"Hub {p.eui()} joined; {p.word()}"])()
        L.append(f"{p.ts()}|{lvl.upper()}|Supplier.Bookings.Worker|{msg}|{p.uid()}")
    return "\n".join(L) + f"\n# nlog.config {p.ver()} {p.tc()}\n", "log"


def g_winston(p):
    L = []
    for i in range(4):
        w = p.person()
        d = {"level": p.ch(["info", "warn", "error"]), "message": p.ch(["reg change", "tariff swap", "vend failed", "move in"]),
             "service": "psr-bridge", "mpan": p.mpan(), "customer": {"name": p.name(w), "tel": p.phone()},
             "timestamp": p.ts(), "label": p.tc()}
        if i % 2:
            d["meta"] = {"serial": p.gserial(), "mprn": p.mprn(), "email": p.email(w)}
        else:
            d["meta"] = {"premises": p.addr_pc(), "acct": p.acct()}
        L.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(L) + "\n", "log"


def g_heroku(p):
    L = []
    for i in range(4):
        L.append(f"{p.ts()} heroku[router]: at=info method=GET path=\"/api/sp/{p.mpan('plain')}/meters/{p.eserial()}?ref={p.mref()}\" host=sit-supplier.example request_id={p.uid()} fwd=\"10.0.0.{i}\" dyno=web.1 connect=0ms service={p.d(2)}ms status=200 bytes=512 protocol=https")
    L.append(f"{p.ts()} app[worker.1]: enqueue welcome_pack to={p.email()} name=\"{p.name(p.person())}\" address=\"{p.addr_pc()}\" mprn={p.mprn()}")
    L.append(f"{p.ts()} app[worker.1]: sms sent {p.phone('intl')} acct={p.acct()} release={p.ver()}")
    return "\n".join(L) + "\n", "log"


def g_asciinema(p):
    # terminal recording: typed input echoed in chunks, output in whole lines
    c = p.v_core()
    ev = [{"version": 2, "width": 120, "height": 30, "timestamp": 1791000000, "title": p.tc()}]
    t = 0.5
    lines = [f"$ ./seed.sh --mpan {p.mpan('plain', c)}\r\n", f"seeding {p.mref()} ...\r\n",
             f"meter {p.eserial()} hub {p.eui('colon')}\r\n", f"occupier: {p.name(p.person())}, {p.addr_pc()}\r\n",
             f"contact {p.phone()} / {p.email()}\r\n", f"gas {p.mprn()} / {p.gserial()}\r\n", f"done in 2.1s, build {p.ver()}\r\n"]
    out = [json.dumps(ev[0])]
    for ln in lines:
        t += 0.37
        out.append(json.dumps([round(t, 3), "o", ln], ensure_ascii=False))
    return "\n".join(out) + "\n", "cast"


def g_matrix(p):
    msgs = []
    for i in range(5):
        w = p.person()
        body = p.ch([lambda: f"can someone check {p.mpan()} - {p.word()}",
                     lambda: f"customer {p.name(w)} rang from {p.phone()}, lives at {p.addr_pc()}",
                     lambda: f"gas side: mprn {p.mprn()} msn {p.gserial()} (ticket {p.ticket()})",
                     lambda: f"ESME {p.eserial()} / GUID {p.eui()} still not commissioned, {p.tc()}",
                     lambda: f"acct {p.acct()} email {p.email(w)} bounced"])()
        msgs.append({"type": "m.room.message", "sender": f"@tester{i}:matrix.supplier.example", "origin_server_ts": int("17" + p.d(11)),
                     "event_id": "$" + p.d(12), "content": {"msgtype": "m.text", "body": body}})
    return json.dumps({"room_name": "SIT war room", "messages": msgs, "export": p.ts()}, indent=1, ensure_ascii=False) + "\n", "json"


def g_line(p):
    L = [f"[LINE] Chat history with SIT field team\nSaved on: {p.ts()}\n", "2026/11/07(Sat)"]
    for i in range(6):
        who = p.ch(["Kenji", "Ffion", "Raj", "Morag"])
        txt = p.ch([lambda: f"at {p.addr_pc()} now, meter {p.eserial()}",
                    lambda: f"mpan on the cutout label is {p.mpan()}",
                    lambda: f"cust {p.name(p.person(), 'lower')} wants call back {p.phone()}",
                    lambda: f"gas mtr {p.gserial()} mprn {p.mprn()} read {p.reading()}",
                    lambda: f"{p.word()} lol, {p.ticket()}",
                    lambda: f"hub guid {p.eui()} {p.tc()}"])()
        L.append(f"{9+i:02d}:{p.d(2)}\t{who}\t{txt}")
    return "\n".join(L) + "\n", "txt"


def g_otrs(p):
    w = p.person()
    tn = p.k('ticket','2026110'+p.d(9))
    em = p.email(w)
    return (f"Ticket#{tn} — Meter exchange complaint\nState: open  Priority: 3 normal  Queue: Smart::Field\n"
            f"Customer User: {em}\nCustomer ID: {p.acct()}\n\n--- Article #1 (email-external) {p.ts()} ---\n"
            f"From: \"{p.name(w)}\" <{p.again(em)}>\nSubject: [Ticket#{p.k('ticket', tn)}] my meter\n\n"
            f"Hi, your engineer swapped meter {p.eserial()} at {p.addr_pc()} and now my\nbalance is wrong. My number is {p.phone()}.\n\n"
            f"--- Article #2 (note-internal) {p.ts()} ---\nAgent note: MPAN {p.mpan()}, new ESME {p.eserial()}, CHF {p.eui()}.\n"
            f"Gas {p.mprn()} unaffected. {p.word()}. Linked {p.tc()}.\n", "txt")


def g_rt(p):
    w = p.person()
    fa = p.addr('flat')[0]
    return (f"Ticket {p.d(5)}: Change of tenancy not processed\n=====================================\n"
            f" Queue: billing-sit   Owner: qa-team   Requestors: {p.email(w)}\n"
            f"--------------------------------------------------------------------\n"
            f"{p.ts()}  Ticket created by {p.name(w,'lastfirst')}\n  Moved into {fa} {p.postcode()} last week,\n"
            f"  old tenant was {p.name(p.person(),'title')}. Elec meter {p.eserial()} read {p.reading()}.\n"
            f"{p.ts()}  Correspondence added by qa-team\n  > Moved into {p.again(fa)}\n"
            f"  Please confirm supply number {p.mpan_full()} and gas {p.mprn()}.\n"
            f"{p.ts()}  Comments added by qa-team\n  account {p.acct()}, phone {p.phone()}, ref {p.mref()}, {p.ver()}\n", "txt")


def g_glpi(p):
    rows = ["ID;Title;Status;Requester;Description;Opening date;Category"]
    for i in range(4):
        w = p.person()
        rows.append(f"{p.d(4)};\"{p.flow()} rejected\";Processing;\"{p.name(w)}\";\"Site {p.addr_pc()}; MPAN {p.mpan()}; MSN {p.eserial()}; tel {p.phone()}\";{p.ts()};Smart>Install")
    rows.append(f"{p.d(4)};\"gas reg\";Solved;\"{p.name(p.person())}\";\"MPRN {p.mprn()} meter {p.gserial()} acct {p.acct()} {p.word()}\";{p.ts()};Gas")
    return "\n".join(rows) + "\n", "csv"


def g_testlink(p):
    cases = []
    for i in range(3):
        cases.append(f"""  <testcase internalid="{p.d(4)}" name="{p.tc()} change of supplier">
    <summary><![CDATA[<p>Use {p.mref()} (core {p.mpan()}) with meter {p.eserial()}.</p>]]></summary>
    <steps><step><step_number>1</step_number><actions><![CDATA[Send {p.flow()} for {p.name(p.person())} at {p.addr_pc()}]]></actions>
      <expectedresults><![CDATA[Reg accepted; CHF {p.eui()} notified]]></expectedresults></step></steps>
    <custom_fields><custom_field><name>TestData</name><value>MPRN={p.mprn()};GSN={p.gserial()};ACC={p.acct()}</value></custom_field></custom_fields>
  </testcase>""")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="CoS {p.ver()}">\n' + "\n".join(cases) + "\n</testsuite>\n", "xml"


def g_testmo(p):
    rows = ["Case ID,Case,Status,Tested by,Comment,Elapsed"]
    for i in range(5):
        rows.append(f"{p.tc()},\"Move-in {p.flow()}\",{p.ch(['Passed','Failed','Blocked'])},qa{i},\"data: {p.mpan()} / {p.eserial()} / {p.ch([lambda: p.name(p.person()), p.phone, p.postcode])()}\",{p.d(2)}s")
    rows.append(f"{p.tc()},\"Gas reg\",Passed,qa9,\"mprn {p.mprn()}, gas msn {p.gserial()}, acct {p.acct()}, {p.addr_pc()}\",{p.ts()}")
    return "\n".join(rows) + "\n", "csv"


def g_artillery(p):
    return (f"Phase started: warm up (index: 0, duration: 60s) {p.ts()}\n\n"
            f"Errors:\n  ETIMEDOUT: 3\n  Failed capture or match: 2\n\n"
            f"Metrics for period to: {p.ts()}\nhttp.codes.200: ........ 412\nhttp.codes.422: ........ 7\n"
            f"  422 body sample: {{\"error\":\"unknown MPAN {p.mpan('plain')}\",\"serial\":\"{p.eserial()}\"}}\n"
            f"  422 body sample: {{\"error\":\"postcode mismatch\",\"given\":\"{p.postcode()}\",\"expected\":\"{p.postcode()}\"}}\n"
            f"  capture failed for user {p.email()} ({p.name(p.person())}) tel {p.phone()}\n"
            f"  payload.csv row 18: {p.mpan('plain')},{p.mprn()},{p.gserial()},{p.acct()},{p.eui('plain')}\n"
            f"vusers.created: ........ 420\nrun: {p.uid()} {p.tc()} {p.ver()}\n", "txt")


def g_schemathesis(p):
    w = p.person()
    return (f"================ Schemathesis test session starts ================\nSchema location: ./openapi-{p.ver()}.yaml\n\n"
            f"POST /customers/{{accountId}}/contacts F\n\n___ POST /customers/{{accountId}}/contacts ___\n"
            f"1. Server error\n\nReproduce with:\n\n    curl -X POST -H 'Content-Type: application/json' -d '{{\"name\": \"{p.name(w)}\", \"phone\": \"{p.phone()}\", \"email\": \"{p.email(w)}\"}}' "
            f"https://sit.example/customers/{p.acct()}/contacts\n\n"
            f"GET /supply-points/{{mpan}} F\n  Falsifying example: mpan='{p.mpan('plain')}'\n  Response body: {{\"msn\":\"{p.eserial()}\",\"address\":\"{p.addr_pc()}\"}}\n"
            f"GET /gas/{{mprn}}/meter .\n  example mprn={p.mprn()} -> {p.gserial()}\n\nRun ID: {p.uid()}  ({p.tc()})\n", "txt")


def g_dredd(p):
    return (f"info: Beginning Dredd testing...\npass: GET (200) /sp/{p.mpan('plain')} duration: 41ms\n"
            f"fail: PUT (400) /sp/{p.mpan('plain')}/meter duration: 33ms\nfail: body: At '/serial' No enum match for: \"{p.eserial()}\"\n"
            f"request:\nbody:\n{{\"serial\":\"{p.again(p.sec[-1]['surface'])}\",\"chfId\":\"{p.eui('dash')}\",\"installer\":\"{p.name(p.person())}\"}}\n"
            f"expected:\nbody:\n{{\"serial\":\"{p.eserial()}\",\"siteAddress\":\"{p.addr_pc()}\"}}\n"
            f"pass: GET (200) /gas/{p.mprn()} duration: 12ms\ncomplete: 2 passing, 1 failing ({p.tc()}) {p.ts()}\n", "txt")


def g_dsn(p):
    w = p.person()
    em = p.email(w)
    return (f"Return-Path: <>\nDate: Sat, 07 Nov 2026 09:14:00 +0000\nFrom: Mail Delivery System <MAILER-DAEMON@mx.supplier.example>\n"
            f"Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n--B1\n\n"
            f"This is the mail system at host mx.supplier.example.\n\n<{em}>: host mx.example.com said: 550 5.1.1 user unknown\n\n"
            f"--B1\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; {p.again(em)}\nAction: failed\nStatus: 5.1.1\n\n"
            f"--B1\nContent-Type: message/rfc822\n\nTo: {p.name(w)} <{p.again(em)}>\nSubject: Your smart meter appointment {p.ticket()}\n\n"
            f"Dear {p.name(w,'title')},\nWe will install your meter at {p.addr_pc()} on {p.ts()}.\n"
            f"Your supply number (MPAN) is {p.mpan('sp')} and account {p.acct()}.\nCall {p.phone()} to rearrange.\n--B1--\n", "eml")


def g_ddletter(p):
    w = p.person()
    a, area = p.addr('num')
    return (f"{p.name(w,'full')}\n{a}\n{p.postcode(area)}\n\n{p.ts()}\n\nAccount number: {p.acct()}\n\nDear {p.name(w,'first')},\n\n"
            f"Your Direct Debit review\n\nWe've looked at your account and your monthly payment will change from {p.amt()} to {p.amt()}.\n"
            f"Electricity supply number: {p.mpan_full('S')}  Meter: {p.eserial()}\nGas meter point reference: {p.mprn()}  Meter: {p.gserial()}\n"
            f"Your usage {p.word()} this year. Bank account ending {p.acct('bank')} (sort code 40-{p.d(2)}-{p.d(2)}).\n\n"
            f"Questions? Call {p.phone()} or email billing@supplier.example.\n\n(letter template {p.ver()}, {p.tc()})\n", "txt")


def g_appt(p):
    w = p.person()
    return (f"SMS {p.ts()} to {p.phone('intl')}:\nHi {p.name(w,'first')}, your smart meter appt is confirmed for Tue 8am-12pm at {p.addr('lower')[0]} {p.postcode(form='lower')}. Ref {p.ticket()}. Reply STOP to opt out\n\n"
            f"EMAIL {p.ts()} to {p.email(w)}:\nSubject: Appointment confirmed\nDear {p.name(w)},\nEngineer will replace meter {p.eserial()} (supply {p.mpan()}) and gas meter {p.gserial()}.\n"
            f"Keep your account number {p.acct()} handy. {p.word()}.\n-- template {p.ver()} / {p.tc()}\n", "txt")


def g_des(p):
    w = p.person()
    return (f" DATA ENQUIRY SERVICE                                    {p.ts()}\n ----------------------------------------------------------------\n"
            f" MPRN ........: {p.mprn(10)}        STATUS: LIVE    SHIPPER: TST\n"
            f" ADDRESS .....: {p.tx(p.addr('num')[0], str.upper)}\n POSTCODE ....: {p.postcode()}\n"
            f" METER SERIAL : {p.gserial('plain')}   MODEL: G4 SMETS2   MECH: CR\n"
            f" AQ (kWh) ....: {p.k('reading', p.d(5))}     SOQ: {p.d(3)}\n GSME ID .....: {p.eui('dash')}\n"
            f" IGT .........: N            LDZ: WN    EUC: {p.k('ticket','WN:E'+p.d(4)+'01')}\n"
            f" ----------------------------------------------------------------\n Enquiry by {p.name(p.person(),'upper')} for {p.tc()}\n", "txt")


def g_mprs(p):
    return (f"MPRS  Supply Number Enquiry                 Screen MPR03   {p.ts()}\n"
            f"Supply Number  : {p.mpan_full('S')}\nMeter Point Address:\n   {p.tx(p.addr('flat')[0], str.upper)}\n   {p.postcode()}\n"
            f"Supplier: TSTS  Eff From: 20260401   MOA: TMOA  DC: TDCX  DA: TDAX\n"
            f"Meter Id (Serial)  : {p.eserial()}     Meter Type: S2ADE\nEnergisation: E    GSP Group: _P    Measurement Class: A\n"
            f"Related MPANs: {p.mpan()}, {p.mpan()}\nLast changed by user {p.name(p.person(),'init')} ({p.ticket()})\n", "txt")


def g_nomination(p):
    rows = [f"HDR|NRF|TST|XOS|{p.ts()}|{p.ver()}"]
    for i in range(4):
        rows.append(f"K12|{p.mprn()}|{p.gserial()}|{p.postcode(form='nospace')}|{p.d(5)}|{p.acct()}|{p.ch(['Y','N'])}")
    rows.append(f"K13|{p.mprn()}|{p.name(p.person(),'upper')}|{p.tx(p.addr('num')[0], str.upper)}")
    rows.append(f"TRL|{len(rows)-1}|{p.tc()}")
    return "\n".join(rows) + "\n", "txt"


def g_modbus(p):
    ser = p.eserial()
    hexs = ser.encode().hex(" ").upper()
    return (f"modpoll 3.10 - FieldTalk(tm) Modbus(R) Master Simulator\nProtocol configuration: Modbus RTU\nSlave configuration...: address = 1, start reference = 4001\n"
            f"-- Polling slave... {p.ts()}\n[4001]: 0x{p.d(4)}\n[4002]: 0x{p.d(4)}\n"
            f"# decoded meter id regs 4010-4014: \"{ser}\"\n# raw: {p._s('eserial', p.sec[-1]['value'], hexs, 'hexbytes', 'hexsp')}\n"
            f"# site {p.addr_pc()}  MPAN {p.mpan()}  CT meter comms {p.eui('space')}\n# tech {p.name(p.person())} {p.phone()} / {p.tc()} / {p.word()}\n", "txt")


def g_keep(p):
    notes = []
    for i in range(3):
        w = p.person()
        notes.append({"color": "YELLOW", "isTrashed": False, "isPinned": i == 0, "title": f"site visit {p.ticket()}",
                      "textContent": f"{p.name(w,'lower')}\n{p.addr_pc(sep=chr(10))}\nmeter {p.eserial()}  mpan {p.mpan()}\ncall {p.phone()}\n{p.word()}",
                      "userEditedTimestampUsec": int("17" + p.d(14)), "labels": [{"name": p.tc()}]})
    notes.append({"title": "gas", "textContent": f"mprn {p.mprn()} meter {p.gserial()} acct {p.acct()} {p.email()}", "isTrashed": False})
    return json.dumps(notes, indent=2, ensure_ascii=False) + "\n", "json"


def g_todoist(p):
    rows = ["TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE"]
    for i in range(5):
        rows.append(f"task,\"ring {p.name(p.person())} re {p.ticket()}\",\"{p.phone()} / {p.ch([p.mpan, p.mprn, p.eserial, p.gserial, p.acct, p.email])()}\",{p.d(1)},1,qa,,{p.ts()},en,Europe/London")
    rows.append(f"note,\"site {p.addr_pc()} - {p.word()}\",\"hub {p.eui()} {p.tc()}\",4,2,,,,,")
    return "\n".join(rows) + "\n", "csv"


def g_ctxdiff(p):
    old, new = p.eserial(), p.eserial()
    m = p.mpan('plain')
    return (f"*** fixtures/site_{p.mref()}.json.orig\t{p.ts()}\n--- fixtures/site_{p.mref()}.json\t{p.ts()}\n***************\n*** 3,9 ****\n"
            f"    \"mpan\": \"{p.again(m)}\",\n! \"msn\": \"{old}\",\n  \"occupier\": \"{p.name(p.person())}\",\n"
            f"! \"address\": \"{p.addr_pc()}\",\n  \"mprn\": \"{p.mprn()}\",\n--- 3,9 ----\n    \"mpan\": \"{m}\",\n! \"msn\": \"{new}\",\n"
            f"! \"address\": \"{p.addr_pc()}\",\n+ \"gsme\": \"{p.eui()}\",\n+ \"gasSerial\": \"{p.gserial()}\",\n+ \"tel\": \"{p.phone()}\"\n# {p.tc()} {p.ticket()}\n", "diff")


def g_objc(p):
    w = p.person()
    return (f"{p.ts()} FieldApp[4412:91a2] -[JobSyncController upload:] job = <FAJob: 0x600003a1c0c0> {{\n"
            f"    jobRef = \"{p.ticket()}\";\n    mpan = {p.mpan('plain')};\n    meterSerial = @\"{p.eserial()}\";\n    hubGUID = \"{p.eui('colon')}\";\n"
            f"    customer = <FACustomer: 0x600002b0d200> {{ name = \"{p.name(w)}\"; phone = \"{p.phone()}\"; email = \"{p.email(w)}\"; }};\n"
            f"    address = \"{p.addr_pc()}\";\n    gas = {{ mprn = {p.mprn()}; serial = \"{p.gserial()}\"; }};\n    account = {p.acct()};\n}}\n"
            f"{p.ts()} FieldApp[4412:91a2] upload ok {p.uid()} app {p.ver()}\n", "log")


def g_escpos(p):
    ESC = "\x1b"
    return (f"{ESC}@{ESC}a\x01{ESC}E\x01PAYZONE TOP-UP{ESC}E\x00\n{p.ts()}\nTerminal 00{p.d(4)}\n{ESC}a\x00"
            f"Customer: {p.name(p.person(),'upper')}\nMeter: {p.eserial()}\nSupply: {p.mpan()}\nAmount: {p.amt()}\n"
            f"Acct: {p.acct()}\nSite: {p.addr_pc()}\nRef: {p.k('ticket', 'PZ' + p.d(10))}\n"
            f"{ESC}d\x02Helpline {p.phone()}\n{ESC}i", "txt")


def g_cflog(p):
    L = []
    for i in range(4):
        d = {"ClientIP": f"198.51.100.{p.d(2)}", "ClientRequestHost": "portal.supplier.example", "ClientRequestMethod": "POST",
             "ClientRequestURI": f"/account/{p.acct()}/reads?mpan={p.mpan('plain')}&msn={p.eserial()}",
             "EdgeResponseStatus": 200, "EdgeStartTimestamp": p.ts(), "RayID": p.d(8) + "abcd" + p.d(4),
             "RequestHeaders": {"x-customer-email": p.email(), "referer": f"https://portal.supplier.example/moving?postcode={p.postcode(form='nospace')}"}}
        L.append(json.dumps(d))
    L.append(json.dumps({"ClientRequestURI": f"/gas/{p.mprn()}/serial/{p.gserial()}", "WAFRuleMessage": f"blocked name={p.name(p.person())} tel={p.phone('compact')}", "ZoneName": p.tc()}))
    return "\n".join(L) + "\n", "json"


def g_raml(p):
    w = p.person()
    return (f"#%RAML 1.0\ntitle: Supply Point API\nversion: {p.ver()}\n/supply-points/{{mpan}}:\n  uriParameters:\n    mpan:\n      example: \"{p.mpan('plain')}\"\n"
            f"  get:\n    responses:\n      200:\n        body:\n          application/json:\n            example: |\n"
            f"              {{ \"mpan\": \"{p.mpan('plain')}\", \"msn\": \"{p.eserial()}\", \"occupier\": \"{p.name(w)}\",\n"
            f"                \"address\": \"{p.addr_pc()}\", \"phone\": \"{p.phone()}\", \"email\": \"{p.email(w)}\" }}\n"
            f"/gas/{{mprn}}:\n  uriParameters:\n    mprn:\n      example: {p.mprn()}\n  get:\n    description: serial e.g. {p.gserial()}, account {p.acct()} ({p.tc()})\n", "raml")


def g_hal(p):
    w = p.person(); m = p.v_core()
    d = {"_links": {"self": {"href": f"/accounts/{p.acct()}/supplies/{p.mpan('plain', m)}"}, "meter": {"href": f"/meters/{p.eserial()}"},
                    "gas": {"href": f"/gas-points/{p.mprn()}"}},
         "mpanRef": p.mref(), "supplyStart": p.ts(),
         "_embedded": {"holder": {"name": p.name(w), "correspondence": p.addr_pc(), "mobile": p.phone(), "email": p.email(w)},
                       "devices": [{"guid": p.eui(), "type": "CHF"}, {"serial": p.gserial(), "type": "GSME"}]},
         "note": p.word(), "testCase": p.tc()}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


def g_bat(p):
    return (f"@echo off\nREM seed data for {p.tc()} -- {p.ticket()}\nset MPAN={p.mpan('plain')}\nset MPAN_SPACED=\"{p.mpan('sp')}\"\n"
            f"set MSN={p.eserial()}\nset GSN={p.gserial()}\nset MPRN={p.mprn()}\nset HUB={p.eui('dash')}\n"
            f"set CUST=\"{p.name(p.person())}\"\nset ADDR=\"{p.addr_pc()}\"\nset TEL={p.phone('compact')}\nset ACCT={p.acct()}\n"
            f"curl -s -X POST https://sit.example/seed -d \"mpan=%MPAN%&msn=%MSN%&ref={p.mref()}\"\necho seeded at {p.ts()}\n", "bat")


def g_xlpaste(p):
    rows = ["Site\t\tMeter\t\tCustomer\t", "MPAN\tPostcode\tESME\tGSME\tName\tTel"]
    for i in range(5):
        rows.append(f"{p.mpan(p.ch(['plain','sp4']))}\t{p.postcode()}\t{p.eserial()}\t{p.gserial()}\t{p.name(p.person(), p.ch(['full','lastfirst']))}\t{p.phone()}")
    rows.append(f"\nTotal\t5\t{p.amt()}\t\t{p.tc()}\t{p.ts()}")
    return "\n".join(rows) + "\n", "tsv"


def g_fullwidth(p):
    # note typed on a phone with a CJK keyboard: fullwidth and maths digits
    FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
    c = p.v_core(); s = p.v_core()
    m1 = p._s("mpan", c, c.translate(FW), "fullwidth")
    m2 = p._s("mpan", s, "".join(chr(0x1D7CE + int(ch)) for ch in s), "mathbold")
    ser = p.eserial('plain')
    fw_ser = p._s("eserial", ser, ser.translate(FW), "fullwidth")
    return (f"现场记录 site note {p.ts()}\nMPAN：{m1}\nMPAN(2)：{m2}\n表号 meter: {fw_ser}（old {ser}）\n"
            f"客户 {p.name(p.person())}，电话 {p.phone()}\n地址：{p.addr_pc()}\nMPRN：{p.mprn()}\n{p.tc()} {p.word()}\n", "txt")


def g_welsh(p):
    w = p.person()
    return (f"Nodyn galwad {p.ts()} — cwsmer yn siarad Cymraeg\nEnw: {p.name(w)}\nCyfeiriad: {p.addr_pc()}\n"
            f"Rhif ffôn: {p.phone()}\nRhif cyfrif: {p.acct()}\nRhif MPAN: {p.mpan()}; mesurydd trydan {p.eserial()}\n"
            f"Nwy: MPRN {p.mprn()}, mesurydd nwy {p.gserial()}\nDywedodd y cwsmer fod y darlleniad {p.reading()} yn anghywir. {p.word()}.\n"
            f"Cyfeirnod prawf {p.tc()} / {p.mref()}\n", "txt")


def g_scots(p):
    w = p.person()
    return (f"teams msg {p.ts()}\naye so the wifie at {p.addr('lower')[0]} {p.postcode(form='lower')} says her meter {p.eserial('lower')} is aye showing\n"
            f"the wrang units. she's {p.name(w,'lower')}, ph {p.phone()}. mpan is {p.mpan()} (ken, {p.mref()})\n"
            f"her gas mtr's {p.gserial('lower')} on {p.mprn()}. acc no {p.acct()} -- {p.word()}\n"
            f"anither yin up the brae at {p.addr_pc()}, cust {p.name(p.person())} -- same hub fw {p.ver()} {p.tc()}\n", "txt")


def g_typeform(p):
    rows = ["#,What is your full name?,Your address,Postcode,Phone,Email,Meter serial (on the meter),Account number,Start Date (UTC),Submit Date (UTC),Network ID"]
    for i in range(4):
        w = p.person()
        rows.append(f"{p.d(8)}abc,{p.name(w, p.ch(['full','lower','upper']))},\"{p.addr()[0]}\",{p.postcode()},{p.phone()},{p.email(w)},{p.ch([p.eserial, p.gserial])()},{p.acct()},{p.ts()},{p.ts()},{p.d(10)}")
    return "\n".join(rows) + f"\n# export {p.tc()}\n", "csv"


def g_powerauto(p):
    w = p.person()
    d = {"name": p.uid(), "properties": {"status": "Failed", "startTime": p.ts(), "trigger": {"name": "When_a_new_email_arrives"},
         "actions": {"Parse_JSON": {"outputs": {"body": {"mpan": p.mpan(), "msn": p.eserial(), "customer": p.name(w), "emailFrom": p.email(w)}}},
                     "Create_item": {"inputs": {"body": {"Title": f"{p.ticket()} {p.flow()}", "Address": p.addr_pc(), "Phone": p.phone(),
                                                         "GasRef": p.mprn(), "GasMeter": p.gserial(), "Acct": p.acct()}},
                                     "error": {"message": f"Column 'Hub' value '{p.eui()}' too long ({p.tc()})"}}}}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


def g_avro_idl(p):
    return (f"// protocol for {p.flow()} replay, {p.ver()}\n@namespace(\"uk.supplier.sit\")\nprotocol Replay {{\n  record Site {{\n"
            f"    string mpan = \"{p.mpan('plain')}\";\n    string msn = \"{p.eserial()}\";\n    union {{null, string}} mprn = \"{p.mprn()}\";\n"
            f"    string occupier = \"{p.name(p.person())}\";\n    string addr = \"{p.addr_pc()}\";\n    string guid = \"{p.eui('plain')}\";\n  }}\n}}\n// {p.tc()} {p.ts()}\n", "avdl")


def g_thrift(p):
    w = p.person()
    return (f"{p.ts()} DEBUG [thrift-worker-3] MeterService.getSite(req=SiteRequest(mpan:{p.mpan('plain')}, requestedBy:qa, trace:{p.uid()}))\n"
            f"{p.ts()} DEBUG [thrift-worker-3] -> Site(mpan:{p.again(p.sec[-1]['surface'])}, meters:[Meter(serial:{p.eserial()}, type:ESME, guid:{p.eui('dash')}), Meter(serial:{p.gserial()}, type:GSME, mprn:{p.mprn()})], "
            f"holder:Holder(name:{p.name(w)}, tel:{p.phone()}, mail:{p.email(w)}), address:Address(line1:{p.addr('num')[0]}, postcode:{p.postcode()}), account:{p.acct()})\n"
            f"{p.ts()} INFO  [thrift-worker-3] served {p.tc()} {p.ver()}\n", "log")


def g_caseminute(p):
    # handwritten-style minutes with abbreviations and typos
    return (f"mins - defect triage {p.ts()}\natt: qa, dev, ops\n\n1. {p.ticket()} - reg rejectd for mpan {p.mpan()} , msn {p.eserial()} .. dev thinks {p.flow()} mapping\n"
            f"2. cust compl ({p.name(p.person(),'lower')}, {p.addr('nocomma')[0]} {p.postcode()}) re estm bills; {p.word()}\n"
            f"3. gas: mprn{p.mprn()} gsn:{p.gserial()} / hub:{p.eui()}\n4. acc{p.acct()} refnd {p.amt()} approved\n"
            f"5. contact {p.phone()} or {p.email()}\nAOB: nxt {p.ts()} {p.tc()}\n", "txt")


def g_xmlcomment(p):
    # SOAP fault where the value sits in an XML comment and a processing instruction
    return (f"<?xml version=\"1.0\"?>\n<!-- replayed from prod-like data: mpan {p.mpan('plain')} msn {p.eserial()} -->\n"
            f"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>\n"
            f"<faultcode>soap:Client</faultcode><faultstring>Invalid MPRN {p.mprn()} for serial {p.gserial()}</faultstring>\n"
            f"<detail><?trace holder=\"{p.name(p.person())}\" addr=\"{p.addr_pc()}\"?><ref>{p.tc()}</ref><ts>{p.ts()}</ts>\n"
            f"<contact tel=\"{p.phone()}\" acct=\"{p.acct()}\"/></detail></soap:Fault></soap:Body></soap:Envelope>\n", "xml")


def g_encnotes(p):
    return (f"handover {p.ts()} ({p.tc()})\nfrom the HES dump, payload field b64: {p.enc('mpan','b64')}\n"
            f"serial hex: {p.enc('eserial','hex')}\nquery string contact: phone={p.enc('phone','pct')}\n"
            f"customer (b64) {p.enc('email','b64')}\nplain part: {p.name(p.person())} at {p.addr_pc()}, mprn {p.mprn()}\n{p.word()} {p.ver()}\n", "txt")


GENRES = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}
