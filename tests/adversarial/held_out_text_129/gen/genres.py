"""Genre templates. Each takes F and returns (text, ext)."""
import json


def noise(f, n=2):
    out = []
    for _ in range(n):
        out.append(f.ch(["heartbeat ok", "pool size=8 active=2", "cache miss ratio 0.12", "GC pause 14ms",
                         "retrying in 5s", "connection reused", "tls handshake ok", "queue depth 0"]))
    return out


def zammad(f):
    who = f.person()
    art = {"id": f.r.randint(1000, 9999), "ticket_id": f.r.randint(100, 999), "type": "note", "sender": "Agent",
           "subject": f"{f.flow()} rejected for {f.mref()}",
           "body": f"Customer {f.name(who=who)} rang from {f.phone()} about the smart install at "
                   f"{f.addr_pc()}. MPAN {f.mpan()} / ESN {f.eserial()}. Test {f.tc()}.",
           "from": f.email(who), "created_at": f.ts("%Y-%m-%dT%H:%M:%S.000Z"), "internal": True}
    return json.dumps({"articles": [art], "ticket_number": f.ticket()}, indent=2, ensure_ascii=f.r.random() < 0.3), "json"


def spiceworks(f):
    t = f"""Ticket #{f.r.randint(1000, 9999)} - Smart meter commissioning failure
Opened: {f.ts()}   Assignee: {f.name()}   Priority: Medium
Related: {f.ticket()}  {f.tc()}

Description
-----------
Tried to commission the comms hub for {f.name()} at {f.addr_pc()}.
CH GUID {f.eui()} would not join; ESME {f.eui()} showed no HAN.
Elec meter {f.eserial()}, gas meter {f.gserial()}, MPRN {f.mprn()}.
Callback on {f.phone()} please. Amount credited {f.amt()}.

Comment by tech ({f.ts()}): Will be retested {f.word()} after firmware {f.ver()}.
"""
    return t, "txt"


def trac(f):
    t = f"""= Ticket #{f.r.randint(100, 900)}: {f.flow()} mismatch on supply number =

||'''Reporter'''||{f.name('full')}||
||'''Component'''||registration||
||'''MPAN'''||{f.mpan()}||
||'''Meter'''||{f.eserial()}||
||'''Site'''||{f.addr_pc()}||
||'''Contact'''||{f.email()}||

{{{{{{
curl -s https://api.test.example.com/v2/supply/{f.mpan('plain')}/meters
HTTP/1.1 404 Not Found  x-request-id: {f.uid()}
}}}}}}

Linked to {f.ticket()} / {f.tc()} / {f.mref()}. Version {f.ver()}.
"""
    return t, "txt"


def gitea(f):
    who = f.person()
    t = f"""---
title: "Settlement run drops {f.mref()}"
labels: [bug, mhhs]
---
Reproduced in {f.tc()} on build {f.ver()}.

| field | value |
|---|---|
| mpan | `{f.mpan()}` |
| mprn | `{f.mprn()}` |
| customer | {f.name(who=who)} |
| email | <{f.email(who)}> |
| postcode | {f.postcode()} |

> {f.name()} said the meter `{f.gserial()}` was swapped on {f.ts('%d %B %Y')}.
> see also {f.ticket()}
"""
    return t, "md"


def kiwi_csv(f):
    rows = ["case_id,summary,status,tester,notes"]
    for i in range(4):
        rows.append(f'{f.tc()},"Change of supplier for {f.mref()}",{f.ch(["PASSED", "FAILED", "BLOCKED"])},'
                    f'{f.name("full")},"MPAN {f.mpan()} ESN {f.eserial()} at {f.address(form="numnotown")}"')
    rows.append(f'{f.tc()},"Bad number check",PASSED,{f.name("initial")},"13-digit ref {f.bad13()} is an order no."')
    return "\n".join(rows) + "\n", "csv"


def squash_tsv(f):
    rows = ["PROJECT\tTC_REF\tTC_NAME\tDATASET\tPARAM_VALUE"]
    for i in range(4):
        rows.append(f"MHHS\t{f.tc()}\tGas read {f.flow()}\tDS{i}\t{f.ch(['mprn=', 'meter=', 'pc='])}"
                    + f.ch([lambda: f.mprn(), lambda: f.gserial(), lambda: f.postcode()])())
    rows.append(f"MHHS\t{f.tc()}\tContact\tDS9\t{f.phone()} / {f.email()}")
    return "\n".join(rows) + "\n", "tsv"


def spira_xml(f):
    t = f"""<?xml version="1.0" encoding="utf-8"?>
<Incident id="IN{f.r.randint(1000, 9999)}">
  <Name>{f.flow()} not received by DNO</Name>
  <Opener>{f.name()}</Opener>
  <Description>&lt;p&gt;Supply {f.mpan()} at {f.address()} {f.postcode()}&lt;/p&gt;
  &lt;p&gt;Meter serial {f.eserial()}; comms hub {f.eui()}&lt;/p&gt;</Description>
  <CustomProperty name="TestCase">{f.tc()}</CustomProperty>
  <CustomProperty name="DataRef">{f.mref()}</CustomProperty>
  <CustomProperty name="Raised">{f.ts()}</CustomProperty>
  <CustomProperty name="Owner email">{f.email()}</CustomProperty>
</Incident>
"""
    return t, "xml"


def wrike(f):
    d = {"kind": "tasks", "data": [{"id": "IEAB" + f.hexid(8).upper(), "title": f"Retest {f.tc()}",
         "description": f"<p>Engineer {f.name()} visited {f.addr_pc()}.</p><p>Gas meter {f.gserial()} "
                        f"exchanged, new MPRN check {f.mprn()}.</p>",
         "responsibleIds": ["KUAA" + f.hexid(6).upper()], "updatedDate": f.ts("%Y-%m-%dT%H:%M:%SZ"),
         "customFields": [{"id": "IEABCF01", "value": f.mref()}, {"id": "IEABCF02", "value": f.phone()}]}]}
    return json.dumps(d, indent=1), "json"


def shortcut(f):
    d = {"id": f.r.randint(10000, 99999), "name": f"IF-031 payload carries real supply {f.mref()}",
         "story_type": "bug", "description": f"Payload had `\"mpan\": \"{f.mpan('plain')}\"` and "
         f"`\"msn\": \"{f.eserial()}\"` for {f.name()} ({f.email()}).\n\nCorrelation {f.uid()}",
         "external_links": [f"https://portal.example.com/sites?mpan={f.mpan('plain')}"],
         "workflow_state": "Ready for Test", "updated_at": f.ts("%Y-%m-%dT%H:%M:%SZ"), "estimate": 3}
    return json.dumps(d, indent=2), "json"


def rally(f):
    t = f"""DE{f.r.randint(1000, 9999)}  [Defect]  State: Open  Severity: 2
Submitted By: {f.name('full')}       Found In: {f.ver()}
Test Case: {f.tc()}    Data: {f.mref()}
Description:
  The gain letter was addressed to {f.name('title')}, {f.address()}, {f.postcode()}
  instead of the new occupier. Account {f.acct()}. Supply {f.mpan()}.
  {f.org()} confirmed the registration on {f.ts()}.
Notes:
  {f.word()} — retest once fix is in {f.ver()}.
"""
    return t, "txt"


def workplace_chat(f):
    a, b = f.person(), f.person()
    msgs = [{"sender_name": f.name("full", a), "timestamp_ms": f.r.randint(10 ** 12, 2 * 10 ** 12),
             "content": f"can you check {f.mpan()} for me? it's {f.tc()}"},
            {"sender_name": f.name("full", b), "timestamp_ms": f.r.randint(10 ** 12, 2 * 10 ** 12),
             "content": f"that one is at {f.addr_pc()} - meter {f.eserial()}"},
            {"sender_name": f.name("full", a), "timestamp_ms": f.r.randint(10 ** 12, 2 * 10 ** 12),
             "content": f"ta. customer mobile {f.phone()}, {f.word()}"}]
    return json.dumps({"participants": [{"name": f.name("full", a)}, {"name": f.name("full", b)}],
                       "messages": msgs}, indent=2, ensure_ascii=True), "json"


def wire_chat(f):
    lines = []
    for _ in range(3):
        lines.append({"conversation": f.uid(), "from": f.email(), "time": f.ts("%Y-%m-%dT%H:%M:%S.000Z"),
                      "data": {"content": f.ch([f"gas MSN {f.gserial()} mprn {f.mprn()}",
                                                f"IHD {f.eui()} paired ok {f.tc()}",
                                                f"site {f.address()} {f.postcode()} no access"])}})
    return "\n".join(json.dumps(x) for x in lines) + "\n", "ndjson"


def skype(f):
    a = f.person()
    t = f"""[{f.ts('%d/%m/%Y %H:%M:%S')}] {f.name('full', a)}: morning, {f.tc()} failing again
[{f.ts('%d/%m/%Y %H:%M:%S')}] {f.name('full')}: which supply?
[{f.ts('%d/%m/%Y %H:%M:%S')}] {f.name('full', a)}: {f.mpan()} (the {f.org()} one)
[{f.ts('%d/%m/%Y %H:%M:%S')}] {f.name('full', a)}: meter {f.eserial()}, postcode {f.postcode()}
[{f.ts('%d/%m/%Y %H:%M:%S')}] {f.name('full')}: ok raising {f.ticket()}
"""
    return t, "txt"


def otter(f):
    a, b = f.person(), f.person()
    t = f"""{f.name('full', a)}  0:00
Thanks for joining, this is the witness session for {f.tc()}.

{f.name('full', b)}  0:12
Yes so the supply number is {f.mpan('space')} and the account holder is {f.name()}.

{f.name('full', a)}  0:31
Okay. And the property, {f.address()}, postcode {f.postcode()}?

{f.name('full', b)}  0:40
Correct. Gas meter serial {f.gserial()}. Reading {f.reading()}.

{f.name('full', a)}  1:02
Great, {f.word()} and we'll note {f.mref()} only in the pack.
"""
    return t, "txt"


def vector_log(f):
    out = []
    for _ in range(4):
        ev = {"timestamp": f.ts("%Y-%m-%dT%H:%M:%S.123456Z"), "host": "harness-02", "source_type": "file",
              "message": f.ch([f"sent {f.flow()} mpan={f.mpan()} corr={f.uid()}",
                               f"device {f.eui()} state=COMMISSIONED msn={f.eserial()}",
                               f"lookup addr=\"{f.address()}\" pc={f.postcode()}",
                               f"contact phone={f.phone()} email={f.email()}"])}
        out.append(json.dumps(ev))
    out.append(json.dumps({"timestamp": f.ts("%Y-%m-%dT%H:%M:%S.000Z"), "message": f"batch {f.bad13()} ok"}))
    return "\n".join(out) + "\n", "log"


def keycloak(f):
    t = "\n".join([
        f"{f.ts('%Y-%m-%d %H:%M:%S,123')} WARN  [org.keycloak.events] (executor-thread-3) type=LOGIN_ERROR, realmId=tester-portal, clientId=attest, userId=null, ipAddress=10.2.3.4, error=user_not_found, username={f.email()}",
        f"{f.ts('%Y-%m-%d %H:%M:%S,456')} INFO  [org.keycloak.events] (executor-thread-1) type=UPDATE_PROFILE, realmId=tester-portal, userId={f.uid()}, details={{firstName={f.name('full')}, mobile={f.phone()}}}",
        f"{f.ts('%Y-%m-%d %H:%M:%S,789')} INFO  [custom.attrs] supply_ref={f.mref()} mpan_attr={f.mpan()} version={f.ver()}"]) + "\n"
    return t, "log"


def okta(f):
    d = {"actor": {"id": "00u" + f.hexid(10), "type": "User", "alternateId": f.email(), "displayName": f.name("full")},
         "eventType": "user.account.update_profile", "published": f.ts("%Y-%m-%dT%H:%M:%S.000Z"),
         "target": [{"type": "User", "displayName": f.name("full"),
                     "detailEntry": {"postalAddress": f.addr_pc(), "primaryPhone": f.phone()}}],
         "debugContext": {"debugData": {"requestUri": f"/api/v1/users?filter=profile.mpan eq \"{f.mpan('plain')}\"",
                                        "threatSuspected": "false"}}, "uuid": f.uid()}
    return json.dumps(d, indent=2), "json"


def gunicorn(f):
    out = []
    for _ in range(4):
        path = f.ch([f"/api/supply/{f.mpan('plain')}/status", f"/api/meters/{f.eserial()}/reads",
                     f"/api/gas/{f.mprn('plain')}?include=meter", f"/api/addr?postcode={f.postcode(style='nospace')}"])
        out.append(f'10.0.4.{f.r.randint(2, 250)} - - [{f.ts("%d/%b/%Y:%H:%M:%S +0000")}] "GET {path} HTTP/1.1" 200 {f.r.randint(100, 9999)} "-" "python-requests/{f.ver()}"')
    out.append(f"[{f.ts('%Y-%m-%d %H:%M:%S +0000')}] [412] [INFO] Booting worker with pid: {f.r.randint(100, 999)}")
    return "\n".join(out) + "\n", "log"


def pm2(f):
    out = []
    for i in range(5):
        out.append(f"{i}|dip-sim  | {f.ts('%Y-%m-%dT%H:%M:%S')}: " + f.ch([
            f"publish {f.flow()} for {f.mref()}", f"received ack mpan {f.mpan()}",
            f"meter point {f.mprn()} -> shipper ok", f"device {f.eui()} alert 0x8F84",
            f"customer {f.name()} consent recorded"]))
    return "\n".join(out) + "\n", "log"


def supervisord(f):
    t = f"""{f.ts('%Y-%m-%d %H:%M:%S,001')} INFO spawned: 'flowgen' with pid {f.r.randint(1000, 9999)}
{f.ts('%Y-%m-%d %H:%M:%S,002')} INFO success: flowgen entered RUNNING state
{f.ts('%Y-%m-%d %H:%M:%S,003')} WARN exited: flowgen (exit status 1; not expected)
  stderr tail: ValueError: duplicate supply {f.mpan()} in {f.flow()} batch (meter {f.eserial()})
  stderr tail: owner={f.name()} addr={f.address()} {f.postcode()}
{f.ts('%Y-%m-%d %H:%M:%S,004')} INFO gave up: flowgen entered FATAL state, too many start retries too quickly
"""
    return t, "log"


def winscp(f):
    m1, m2 = f.mpan("plain"), f.mpan("plain")
    t = f""". {f.ts('%Y-%m-%d %H:%M:%S.000')} --------------------------------------------------------------------------
. {f.ts('%Y-%m-%d %H:%M:%S.000')} WinSCP Version {f.ver()} (Build 14200) (OS 10.0.19045 - Windows 10 Enterprise)
. {f.ts('%Y-%m-%d %H:%M:%S.000')} Session name: {f.email()}@sftp.test.example.com (Ad-Hoc site)
> {f.ts('%Y-%m-%d %H:%M:%S.000')} Type: SSH_FXP_OPEN, Size: 62, Number: 771
. {f.ts('%Y-%m-%d %H:%M:%S.000')} Copying "/outbound/D0010_{m1}_{f.r.randint(100, 999)}.usr" to local directory
. {f.ts('%Y-%m-%d %H:%M:%S.000')} Copying "/outbound/evidence_{m2}_{f.tc()}.zip" to local directory
. {f.ts('%Y-%m-%d %H:%M:%S.000')} Transfer done: '/outbound/{f.name('full').replace(' ', '_')}_letter.pdf' [48213]
"""
    return t, "log"


def rsync(f):
    out = [f"sending incremental file list"]
    for _ in range(4):
        out.append(f">f+++++++++ evidence/{f.tc()}/" + f.ch([
            f"mpan_{f.mpan('plain')}_reads.csv", f"meter-{f.eserial(lower=True)}.jpg",
            f"{f.postcode(style='nospace')}_site_photo.png", f"ch_{f.eui('plain')}.log"]))
    out.append(f"sent {f.r.randint(1000, 99999)} bytes  received 1,204 bytes  speedup is 1.00")
    return "\n".join(out) + "\n", "txt"


def moveit(f):
    out = ["Date/Time,Action,User,File,Folder,Bytes,Status"]
    for _ in range(4):
        k = f.r.randint(0, 2)
        fn = f.mpan("plain") + ".xml" if k == 0 else ("GAS_" + f.mprn("plain") + "_ONUPD.txt" if k == 1 else f.tc() + ".zip")
        out.append(f"{f.ts('%d/%m/%Y %H:%M:%S')},Upload,{f.email()},{fn},/Home/SIT,{f.r.randint(100, 99999)},Success")
    out.append(f"{f.ts('%d/%m/%Y %H:%M:%S')},Download,svc_batch,{f.flow()}_{f.uid()}.csv,/Distribution,2048,Success")
    return "\n".join(out) + "\n", "csv"


def trino(f):
    rows = []
    for _ in range(4):
        rows.append(f" {f.mpan('plain')} | {f.eserial():<12} | {f.postcode():<9} | {f.kwh()}")
    t = f"""trino:settlement> SELECT mpan, msn, postcode, consumption FROM hh_supply WHERE ref = '{f.mref()}';
     mpan      |     msn      | postcode  | consumption
---------------+--------------+-----------+-------------
""" + "\n".join(rows) + f"""
(4 rows)

Query {f.ts('%Y%m%d_%H%M%S')}_00042_abcde, FINISHED, 3 nodes
"""
    return t, "txt"


def beeline(f):
    rows = []
    for _ in range(3):
        rows.append(f"| {f.mprn('plain'):<10} | {f.gserial():<15} | {f.name('full'):<26} | {f.address(form='numnotown'):<28} |")
    t = "0: jdbc:hive2://hive.test:10000> select mprn, msn, cust, addr from gas_sites limit 3;\n" \
        "+-------------+------------------+-----------------------------+-------------------------------+\n" \
        "| mprn        | msn              | cust                        | addr                          |\n" \
        "+-------------+------------------+-----------------------------+-------------------------------+\n" \
        + "\n".join(rows) + "\n+-------------+------------------+-----------------------------+-------------------------------+\n" \
        f"3 rows selected ({f.r.randint(1, 9)}.{f.r.randint(100, 999)} seconds)\n"
    return t, "txt"


def vsql(f):
    out = [f"dbadmin=> \\x", "Expanded display is on.", f"dbadmin=> SELECT * FROM crm.contact WHERE case_ref='{f.ticket()}';"]
    for i in range(2):
        who = f.person()
        out += [f"-[ RECORD {i + 1} ]+----------------", f"full_name     | {f.name('full', who)}",
                f"email         | {f.email(who)}", f"phone         | {f.phone()}", f"premise       | {f.address()}",
                f"postcode      | {f.postcode()}", f"account_no    | {f.acct()}", f"updated       | {f.ts()}"]
    return "\n".join(out) + "\n", "txt"


def hana(f):
    out = ["hdbsql HDB=> SELECT ANLAGE, ZZMPAN, SERNR, PSTLZ FROM EANL WHERE ZZREF = '" + f.mref() + "'",
           "ANLAGE,ZZMPAN,SERNR,PSTLZ"]
    for _ in range(3):
        out.append(f'"{f.r.randint(4000000000, 4999999999)}","{f.mpan("plain")}","{f.eserial()}","{f.postcode()}"')
    out.append("3 rows selected (overall time 12.442 msec; server time 1.020 msec)")
    return "\n".join(out) + "\n", "txt"


def arangosh(f):
    t = f"""127.0.0.1:8529@test> db.premises.byExample({{ref: "{f.mref()}"}}).toArray()
[
  {{
    "_key" : "{f.r.randint(10000, 99999)}",
    "_id" : "premises/{f.r.randint(10000, 99999)}",
    "_rev" : "_hV{f.hexid(6)}",
    "line1" : "{f.address(form='numnotown')}",
    "town" : "{f.town()[0]}",
    "postcode" : "{f.postcode()}",
    "mpan" : "{f.mpan('plain')}",
    "chf" : "{f.eui()}",
    "occupier" : "{f.name()}"
  }}
]
"""
    return t, "txt"


def cbq(f):
    res = [{"sites": {"mprn": f.mprn("plain"), "gasMeter": f.gserial(), "contactEmail": f.email(),
                      "installDate": f.ts("%Y-%m-%d"), "tc": f.tc()}} for _ in range(2)]
    d = {"requestID": f.uid(), "signature": {"*": "*"}, "results": res, "status": "success",
         "metrics": {"elapsedTime": "4.2ms", "resultCount": 2}}
    return "cbq> SELECT * FROM sites WHERE tc LIKE 'TC_%';\n" + json.dumps(d, indent=4) + "\n", "txt"


def es_sql(f):
    rows = []
    for _ in range(4):
        rows.append(f"{f.ts('%Y-%m-%dT%H:%M:%S.000Z')}|{f.flow():<9}|{f.mpan('plain'):<15}|{f.eui('colon'):<24}")
    t = "POST _sql?format=txt\n{\"query\": \"SELECT ts, flow, mpan, device FROM dip-*\"}\n\n" \
        "           ts           |  flow   |     mpan      |         device         \n" \
        "------------------------+---------+---------------+------------------------\n" + "\n".join(rows) + "\n"
    return t, "txt"


def d0135(f):
    out = [f"ZHV|{f.r.randint(10 ** 9, 10 ** 10 - 1)}|D0135001|M|MOPX|R|DNOA|{f.ts('%Y%m%d%H%M%S')}||||OPER|"]
    for _ in range(3):
        out += [f"248|{f.mpan('plain')}|", f"249|{f.eserial()}|{f.ts('%Y%m%d')}|C|",
                f"250|Meter tails scorched, seal broken. Occupier {f.name()} advised.|"]
    out.append(f"ZPT|{f.r.randint(10 ** 9, 10 ** 10 - 1)}|10||1|{f.ts('%Y%m%d%H%M%S')}|")
    return "\n".join(out) + "\n", "usr"


def d0139(f):
    out = [f"ZHV|{f.r.randint(10 ** 9, 10 ** 10 - 1)}|D0139001|X|SUPP|D|DCOL|{f.ts('%Y%m%d%H%M%S')}||||TR01|"]
    for _ in range(3):
        out += [f"290|{f.mpan('plain')}|{f.ts('%Y%m%d')}|", f"291|{f.eserial()}|01|{f.reading()}|A|"]
    out.append(f"ZPT|{f.r.randint(10 ** 9, 10 ** 10 - 1)}|7||1|{f.ts('%Y%m%d%H%M%S')}|")
    out.append(f"# evidence for {f.tc()} / {f.mref()}")
    return "\n".join(out) + "\n", "usr"


def smi_prenot(f):
    out = ["RecordType,DeviceID,DeviceType,ManufacturerSerial,FirmwareVersion,MPxN,DeliveryPostcode"]
    for _ in range(4):
        gas = f.r.random() < 0.5
        out.append(f"D,{f.eui()},{'GSME' if gas else 'ESME'},{f.gserial() if gas else f.eserial()},"
                   f"{f.ver()},{f.mprn('plain') if gas else f.mpan('plain')},{f.postcode()}")
    out.append(f"T,4,{f.ts('%Y%m%d')},{f.uid()}")
    return "\n".join(out) + "\n", "csv"


def ppmid_log(f):
    t = f"""HANDHELD INSTALL LOG v{f.ver()}  job {f.ticket()}
{f.ts('%H:%M:%S')} scan CH barcode -> {f.eui()}
{f.ts('%H:%M:%S')} scan PPMID -> {f.eui('plain')}
{f.ts('%H:%M:%S')} join request PPMID to HAN ... OK (install code {f.hexid(8).upper()}****)
{f.ts('%H:%M:%S')} ESME {f.eserial()} on supply {f.mpan()}
{f.ts('%H:%M:%S')} GSME {f.gserial()} MPRN {f.mprn()}
{f.ts('%H:%M:%S')} customer signature: {f.name('upper')}
{f.ts('%H:%M:%S')} site: {f.addr_pc(' ')}
"""
    return t, "txt"


def dfs_csv(f):
    out = ["event_id,mpan,account,first_name,surname,baseline_kwh,delivered_kwh,reward"]
    for _ in range(4):
        fn, ln = f.person()
        out.append(f"DFS-{f.r.randint(100, 999)},{f.mpan('plain')},{f.acct()},{f.S('name', fn, fn)},"
                   f"{f.S('name', ln, ln)},{f.kwh().split()[0]},{f.r.randint(0, 9)}.{f.r.randint(0, 99)},{f.amt()}")
    return "\n".join(out) + "\n", "csv"


def consumption_api(f):
    m = f.mpan("plain")
    d = {"resource": f"/mpxn/{m}/utility/electricity/element/1/consumption",
         "meter": {"serial": f.eserial(), "inHomeDevice": f.eui("plain")},
         "values": [{"timestamp": f.ts("%Y-%m-%d %H:%M"), "value": round(f.r.random(), 3)} for _ in range(4)],
         "unit": "kWh", "test": f.tc()}
    return json.dumps(d, indent=2), "json"


def ocpi(f):
    d = {"id": f.uid(), "country_code": "GB", "party_id": "TST", "start_date_time": f.ts("%Y-%m-%dT%H:%M:%SZ"),
         "kwh": 11.23, "cdr_token": {"uid": f.hexid(8).upper(), "type": "RFID", "contract_id": "GB-TST-C" + f.digits(8)},
         "location": {"name": f"Home charger {f.name()}", "address": f.address(form="numnotown"),
                      "city": f.town()[0], "postal_code": f.postcode()},
         "meter_id": f.eserial(), "import_mpan": f.mpan(), "total_cost": {"excl_vat": 3.21}, "version": f.ver()}
    return json.dumps(d, indent=2), "json"


def ges_screen(f):
    t = f"""+------------------------------------------------------------------------------+
| GAS ENQUIRY SERVICE                      Supply Point Details   {f.ts('%d/%m/%Y')} |
+------------------------------------------------------------------------------+
| MPRN ............ {f.mprn('plain'):<14}  Status ...... LIVE                        |
| Address ......... {f.address()}
| Postcode ........ {f.postcode()}
| Meter Serial .... {f.gserial()}     Mechanism ... S2 (Smart)                 |
| Shipper ......... TSTSHP     Supplier ...... TST     LDZ ...... NW          |
| Transporter ..... {f.org()}
+------------------------------------------------------------------------------+
 Query ref {f.mref()} for {f.tc()}
"""
    return t, "txt"


def smrs_screen(f):
    t = f"""SMRS  -  METERING POINT ENQUIRY                         User: {f.name('initial')}
 MPAN Core ........: {f.mpan()}
 Supplier .........: TEST  Eff From: {f.ts('%d/%m/%Y')}
 Meter Timeswitch .: 801   LLFC: 100   Profile Class: 01
 Energisation .....: E     GSP Group: _C
 Metering Point Addr: {f.address()}
                      {f.postcode()}
 Meter Serial(s) ..: {f.eserial()}  {f.eserial()}
 PF1=Help  PF3=Exit  PF7=Back   ref {f.mref()}
"""
    return t, "txt"


def crossed(f):
    m1, m2 = f.mpan_value(), f.mpan_value()
    t = f"""CROSSED METER INVESTIGATION WORKSHEET            Case {f.ticket()}
Property A: {f.address()} {f.postcode()}       Property B: {f.address()} {f.postcode()}
Registered MPAN A: {f.mpan(value=m1)}              Registered MPAN B: {f.mpan(value=m2)}
Meter found at A: {f.eserial()}                 Meter found at B: {f.eserial()}
Read A: {f.reading()}   Read B: {f.reading()}
Outcome: meters swapped in registration; A is really on {f.mpan('space', m2)}.
Investigator: {f.name()}   Tel {f.phone()}   Checked by {f.name('initial')}
Test reference {f.tc()} ({f.mref()}). Raised {f.ts()}.
"""
    return t, "txt"


def scada_alarms(f):
    out = ["Time                 Sub        Alarm                         Detail"]
    for _ in range(4):
        out.append(f"{f.ts('%Y-%m-%d %H:%M:%S')}  {f.K(f.ch(['ASHTON', 'HULME', 'GORTON', 'BRIXTON']) + ' ' + str(f.r.randint(11, 33)) + 'kV', 'keep')}  "
                   + f.ch(["CB TRIP", "EARTH FAULT", "AR LOCKOUT", "VOLT LOW"]) + "   "
                   + f.ch([f"LV cust call {f.phone()}", f"PSR: {f.name()} {f.address()}", f"feeder via {f.postcode()}",
                           f"smart alert ESME {f.eui()}"]))
    return "\n".join(out) + "\n", "txt"


def outage_log(f):
    t = f"""INCIDENT {f.K('INCD-' + f.digits(6), 'ticket')}  HV fault  {f.org()}
Opened {f.ts()}  Est. restore {f.ts('%H:%M')}
Customers off: 312   Priority Services: 3
 - {f.name('title')}, {f.addr_pc()} (oxygen concentrator) tel {f.phone()}
 - {f.name('title')}, {f.addr_pc()} (stair lift) tel {f.phone()}
 - {f.name('title')}, {f.address()} mpan {f.mpan()}
Last gasp from meter {f.eserial()} / CH {f.eui()} at {f.ts('%H:%M:%S')}
Generator dispatched {f.word()}.
"""
    return t, "txt"


def mutt(f):
    a = f.person()
    t = f"""   i:1/12 -- (all)
Date: {f.ts('%a, %d %b %Y %H:%M:%S +0000')}
From: {f.name('full', a)} <{f.email(a)}>
To: SIT Testers <sit@test.example.org>
Subject: Re: {f.tc()} evidence - {f.mref()}

On {f.ts('%a %d %b')}, {f.name('full')} wrote:
> supply {f.mpan()} meter {f.eserial()}
> at {f.address()}
> {f.postcode()}

Confirmed, the gas side is MPRN {f.mprn()} with meter {f.gserial()}.
Ring me on {f.phone()} if the D0150 bounces again.

--
{f.name('full', a)}
-*-Mutt: =INBOX [Msgs:12 New:2 Post:4 Inc:3 10K]---(threads/date)----------(end)---
"""
    return t, "txt"


def postfix(f):
    out = []
    for _ in range(4):
        qid = f.hexid(10).upper()
        out.append(f"{f.ts('%b %d %H:%M:%S')} mx1 postfix/smtp[{f.r.randint(1000, 9999)}]: {qid}: to=<{f.email()}>, relay=mx.example.org[192.0.2.{f.r.randint(1, 250)}]:25, delay=0.42, status=sent (250 2.0.0 OK)")
    out.append(f"{f.ts('%b %d %H:%M:%S')} mx1 postfix/cleanup[311]: {f.hexid(10).upper()}: header Subject: Your smart meter {f.eserial()} booking for {f.postcode()} from local; from=<noreply@example.com>")
    return "\n".join(out) + "\n", "log"


def exim(f):
    t = "\n".join([
        f"{f.ts('%Y-%m-%d %H:%M:%S')} 1s{f.hexid(5)}-000{f.r.randint(1, 9)}Xx-{f.hexid(2)} <= bills@example.com H=app01 [10.0.0.5] P=esmtp S=4210 id={f.uid()}@example.com T=\"Final bill for account {f.acct()}\"",
        f"{f.ts('%Y-%m-%d %H:%M:%S')} 1s{f.hexid(5)}-000{f.r.randint(1, 9)}Xx-{f.hexid(2)} => {f.email()} R=dnslookup T=remote_smtp H=mx.example.net",
        f"{f.ts('%Y-%m-%d %H:%M:%S')} 1s{f.hexid(5)}-000{f.r.randint(1, 9)}Xx-{f.hexid(2)} ** {f.email()}: 550 5.1.1 mailbox unavailable",
        f"{f.ts('%Y-%m-%d %H:%M:%S')} 1s{f.hexid(5)}-000{f.r.randint(1, 9)}Xx-{f.hexid(2)} Completed"]) + "\n"
    return t, "log"


def gdocs_suggest(f):
    t = f"""Suggestions export — "Witness minutes {f.tc()}"
[Suggested insertion by {f.name('full')} on {f.ts('%d %b %Y')}]: "The supply under test ({f.mpan()}) was energised."
[Suggested deletion by {f.name('full')}]: "at {f.address()}, {f.postcode()}"
[Comment by {f.name('full')}]: we should only quote {f.mref()} here, not the meter {f.eserial()}.
[Reply by {f.name('full')}]: agreed, {f.word()}.
"""
    return t, "txt"


def etherpad(f):
    t = f"""Pad: sit-wk{f.r.randint(10, 52)}-notes   revision {f.r.randint(100, 999)}   {f.ts()}
Authors: {f.name('full')}, {f.name('full')}

* {f.tc()} passed; used {f.mref()}
* {f.tc()} failed: DIP rejected {f.flow()} for {f.mpan()} (ESN {f.eserial()})
* field visit {f.address()} {f.postcode()} no access, occupier {f.name()} on {f.phone()}
* gas: {f.mprn()} / {f.gserial()} reads {f.reading()} & {f.reading()}
* {f.word()}
"""
    return t, "txt"


def zsh_hist(f):
    out = []
    for _ in range(5):
        out.append(f": {f.r.randint(1700000000, 1790000000)}:0;" + f.ch([
            f"./send_flow.sh --flow {f.flow()} --mpan {f.mpan('plain')}",
            f"grep -rn '{f.eserial()}' ./evidence",
            f"psql -c \"select * from gas where mprn='{f.mprn('plain')}'\"",
            f"curl -s 'https://addr.test.example.com/lookup?pc={f.postcode(style='nospace')}'",
            f"git commit -m 'fixture for {f.tc()}'"]))
    return "\n".join(out) + "\n", "txt"


def psreadline(f):
    out = [f"Import-Module .\\DipHarness.psd1 -RequiredVersion {f.ver()}",
           f"Send-DipMessage -Interface IF-031 -Mpan '{f.mpan('plain')}' -CorrelationId '{f.uid()}'",
           f"Get-Device -Eui '{f.eui()}' | Format-List",
           f"Set-Contact -Name '{f.name('full')}' -Email '{f.email()}' -Phone '{f.phone()}'",
           f"Get-ChildItem .\\{f.tc()} -Recurse"]
    return "\n".join(out) + "\n", "txt"


def gdb(f):
    t = f"""Program received signal SIGSEGV, Segmentation fault.
0x00005555555592a1 in encode_reading (r=0x7fffffffd9a0) at dlms.c:214
(gdb) bt full
#0  0x00005555555592a1 in encode_reading (r=0x7fffffffd9a0) at dlms.c:214
        msn = "{f.eserial()}"
        buf = '\\000' <repeats 63 times>
#1  0x0000555555559b10 in push_reads (dev=0x55555557a2c0) at main.c:88
        eui = "{f.eui('plain')}"
        mpan = "{f.mpan('plain')}"
        reading = {f.reading()}
(gdb) p *dev
$1 = {{id = "{f.eui('dash')}", owner = "{f.name()}", postcode = "{f.postcode()}", fw = "{f.ver()}"}}
"""
    return t, "txt"


def hs_err(f):
    t = f"""#
# A fatal error has been detected by the Java Runtime Environment:
#
#  SIGSEGV (0xb) at pc=0x00007f3a1c2b4e10, pid={f.r.randint(1000, 99999)}, tid={f.r.randint(1000, 99999)}
#
# JRE version: OpenJDK Runtime Environment (17.0.9+9) (build 17.0.9+9)
---------------  S Y S T E M  ---------------
Command Line: -Dharness.mpan={f.mpan('plain')} -Dharness.msn={f.eserial()} -Dtester.email={f.email()} com.example.Harness {f.tc()}
Environment Variables:
SITE_ADDRESS="{f.address()}, {f.postcode()}"
CONTACT_TEL={f.phone()}
JAVA_HOME=/usr/lib/jvm/java-17
time: {f.ts('%a %b %d %H:%M:%S %Y')} UTC
"""
    return t, "log"


def node_report(f):
    d = {"header": {"reportVersion": 3, "event": "Exception", "trigger": "Exception",
                    "filename": f"report.{f.ts('%Y%m%d.%H%M%S')}.{f.r.randint(1000, 9999)}.0.001.json",
                    "commandLine": ["node", "sim.js", "--mpan", f.mpan("plain"), "--gas-msn", f.gserial()]},
         "javascriptStack": {"message": f"Error: MPRN {f.mprn('plain')} not on shipper portfolio",
                             "stack": ["at lookup (/app/sim.js:41:11)"]},
         "environmentVariables": {"TEST_CUSTOMER": f.name("full"), "TEST_POSTCODE": f.postcode(), "CASE": f.tc()}}
    return json.dumps(d, indent=2), "json"


def asterisk(f):
    out = []
    for _ in range(5):
        out.append(f"[{f.ts('%b %d %H:%M:%S')}] VERBOSE[{f.r.randint(1000, 9999)}][C-0000{f.hexid(4)}] pbx.c: " + f.ch([
            f"Executing [s@ivr-meter:4] Set(\"SIP/trunk-000a\", \"MPAN={f.mpan('plain')}\") in new stack",
            f"Executing [s@ivr-meter:2] Set(\"SIP/trunk-000a\", \"CALLERID(num)={f.phone('plain')}\") in new stack",
            f"Executing [s@ivr-meter:7] AGI(\"SIP/trunk-000a\", \"lookup.agi,{f.acct()}\") in new stack",
            f"Executing [s@ivr-meter:9] Playback(\"SIP/trunk-000a\", \"custom/reading-ok\") in new stack",
            f"-- Caller name set to '{f.name('upper')}'"]))
    return "\n".join(out) + "\n", "log"


def five9(f):
    out = ["CALL ID,TIMESTAMP,CAMPAIGN,ANI,DNIS,AGENT NAME,DISPOSITION,NOTES"]
    for _ in range(4):
        out.append(f'{f.digits(12)},{f.ts("%m/%d/%Y %H:%M")},Smart Booking,{f.phone("plain")},03330000000,'
                   f'{f.name("full")},Booked,"cust {f.name()} {f.address()} {f.postcode()} {f.word()}"')
    return "\n".join(out) + "\n", "csv"


def sage(f):
    out = ["No  Type Account  Date       Ref         Details                                   Net      Tax"]
    for i in range(4):
        out.append(f"{f.r.randint(1000, 9999):<4}{f.ch(['SI', 'SC', 'SR']):<5}{f.acct():<12}{f.ts('%d/%m/%Y'):<11}"
                   f"{f.ticket():<12}Refund {f.name('initial')} {f.address(form='numnotown'):<24}{f.amt():>9}   0.00")
    return "\n".join(out) + "\n", "txt"


def adyen(f):
    d = {"live": "false", "notificationItems": [{"NotificationRequestItem": {
        "amount": {"currency": "GBP", "value": f.r.randint(100, 99999)}, "eventCode": "AUTHORISATION",
        "merchantReference": f"TOPUP-{f.mpan('plain')}", "pspReference": f.digits(16),
        "additionalData": {"shopperEmail": f.email(), "shopperName": f.name("full"), "billingAddress.street":
                           f.address(form="numnotown"), "billingAddress.postalCode": f.postcode(),
                           "shopperReference": f.acct()}, "eventDate": f.ts("%Y-%m-%dT%H:%M:%S+00:00"),
        "success": "true"}}]}
    return json.dumps(d, indent=2), "json"


def allpay(f):
    out = [f"HDR,ALLPAY,{f.ts('%Y%m%d')},{f.r.randint(100, 999)}"]
    for _ in range(4):
        out.append(f"DTL,{f.digits(19)},{f.acct()},{f.amt().lstrip('£')},{f.ts('%Y%m%d%H%M')},{f.postcode(style='nospace')},{f.name('last_first')}")
    out.append(f"TRL,4,{f.bad13()}")
    return "\n".join(out) + "\n", "csv"


def qualtrics(f):
    out = ["ResponseId,StartDate,Q1_NPS,Q2_Comment,Q3_Contact,Q3_Email,Q4_Postcode"]
    for _ in range(4):
        out.append(f'R_{f.hexid(15)},{f.ts("%Y-%m-%d %H:%M:%S")},{f.r.randint(0, 10)},"Engineer {f.name("full")} was great, meter {f.eserial()} fitted",'
                   f'{f.phone()},{f.email()},{f.postcode()}')
    return "\n".join(out) + "\n", "csv"


def trustpilot(f):
    t = f"""★☆☆☆☆  "Three visits and still no smart meter"
{f.name('full')} · GB · {f.ts('%d %b %Y')}
They cancelled again. I live at {f.address()}, {f.postcode()}, my account is {f.acct()}.

Reply from the supplier ({f.ts('%d %b %Y')}):
Hi {f.name()}, sorry to hear this. We've raised {f.ticket()} and our team will call {f.phone()}.
"""
    return t, "txt"


def voids(f):
    out = ["Void list wk " + str(f.r.randint(1, 52)) + " — Housing Association utilities team",
           "Prop Ref | Address | Postcode | Elec MPAN | Elec MSN | Gas MPRN | Gas MSN | Former tenant"]
    for _ in range(3):
        out.append(f"HA{f.digits(5)} | {f.address()} | {f.postcode()} | {f.mpan()} | {f.eserial()} | {f.mprn()} | {f.gserial()} | {f.name()}")
    out.append(f"Prepared {f.ts('%d/%m/%Y')} for {f.org()}")
    return "\n".join(out) + "\n", "txt"


def argo(f):
    t = "\n".join([
        f"time=\"{f.ts('%Y-%m-%dT%H:%M:%S.000Z')}\" level=info msg=\"Processing workflow\" namespace=sit workflow=regress-{f.hexid(5)}",
        f"time=\"{f.ts('%Y-%m-%dT%H:%M:%S.000Z')}\" level=info msg=\"Pod node regress-{f.hexid(5)}-{f.digits(10)} phase Running -> Failed\" param.mpan={f.mpan('plain')} param.msn={f.eserial()}",
        f"time=\"{f.ts('%Y-%m-%dT%H:%M:%S.000Z')}\" level=warning msg=\"output parameter customer=\\\"{f.name()}\\\" postcode={f.postcode()}\"",
        f"time=\"{f.ts('%Y-%m-%dT%H:%M:%S.000Z')}\" level=info msg=\"Workflow update successful\" test={f.tc()} version={f.ver()}"]) + "\n"
    return t, "log"


def docker_inspect(f):
    d = [{"Id": f.hexid(64), "Created": f.ts("%Y-%m-%dT%H:%M:%S.123Z"), "Name": "/dip-stub",
          "Config": {"Env": [f"SEED_MPAN={f.mpan('plain')}", f"SEED_MPRN={f.mprn('plain')}",
                             f"SEED_CH={f.eui()}", f"NOTIFY_EMAIL={f.email()}", f"TESTCASE={f.tc()}",
                             "PATH=/usr/local/bin:/usr/bin"],
                     "Labels": {"org.opencontainers.image.version": f.ver(), "owner": f.name("full")}}}]
    return json.dumps(d, indent=4), "json"


def buildkite(f):
    t = f"""~~~ :pytest: Running regression {f.tc()}
$ pytest tests/flows -k {f.flow().replace('-', '')}
FAILED tests/flows/test_cos.py::test_gain[{f.mpan('plain')}] - AssertionError: expected 'ACCEPTED' got 'REJECTED'
FAILED tests/flows/test_gas.py::test_read[{f.mprn('plain')}-{f.gserial()}] - KeyError: 'read_date'
E   customer_name = '{f.name()}'
E   supply_address = '{f.address()}'
^^^ +++
🚨 Error: The command exited with status 1
"""
    return t, "log"


def vitest(f):
    t = f""" ❯ src/address.test.ts (4)
   ✓ formats {f.address()} {f.postcode()}
   × normalises lower-case serial {f.eserial(lower=True)}
     → expected '{f.eserial()}' to be 'REDACTED'
   ✓ builds IF-031 for {f.mpan()}
   ✓ ignores {f.mref()}

 Test Files  1 failed (1)
      Tests  1 failed | 3 passed (4)
   Start at  {f.ts('%H:%M:%S')}
"""
    return t, "txt"


def exunit(f):
    t = f"""  1) test gain flow for supply (Harness.CosTest)
     test/cos_test.exs:42
     Assertion with == failed
     code:  assert Cos.gain(%{{mpan: "{f.mpan('plain')}", msn: "{f.eserial()}"}}) == :ok
     left:  {{:error, :objection_window}}
     right: :ok
     stacktrace:
       test/cos_test.exs:44: (test)

  2) test contact details (Harness.ContactTest)
     left:  %Contact{{name: "{f.name('full')}", email: "{f.email()}", phone: "{f.phone()}"}}

Finished in 0.4 seconds (0.1s async, 0.3s sync)
12 tests, 2 failures   ({f.tc()})
"""
    return t, "txt"


def thunder(f):
    d = {"clientName": "Thunder Client", "collectionName": f"SIT {f.tc()}", "requests": [
        {"name": "Get supply", "url": f"{{{{base}}}}/supplies/{f.mpan('plain')}", "method": "GET",
         "headers": [{"name": "X-Trace", "value": f.uid()}]},
        {"name": "Book install", "url": "{{base}}/appointments", "method": "POST",
         "body": {"type": "json", "raw": json.dumps({"mprn": f.mprn("plain"), "contact": f.name("full"),
                                                     "tel": f.phone(), "addr": f.addr_pc()})}}]}
    return json.dumps(d, indent=2), "json"


def fish_hist(f):
    out = []
    for _ in range(3):
        out.append("- cmd: " + f.ch([f"./sim send --esme {f.eui()} --msn {f.eserial()}",
                                     f"echo {f.mpan('plain')} | pbcopy", f"open 'https://maps.example.com/?q={f.postcode(style='nospace')}'"]))
        out.append(f"  when: {f.r.randint(1700000000, 1790000000)}")
    return "\n".join(out) + "\n", "txt"


def recfile(f):
    out = ["%rec: Site", "%key: Ref", ""]
    for _ in range(3):
        out += [f"Ref: {f.mref()}", f"Mpan: {f.mpan()}", f"Occupier: {f.name()}", f"Line1: {f.address(form='numnotown')}",
                f"Postcode: {f.postcode()}", f"Email: {f.email()}", ""]
    return "\n".join(out), "rec"


def lucid_csv(f):
    out = ["Id,Name,Shape Library,Page ID,Contained By,Text Area 1,Text Area 2"]
    for i in range(4):
        out.append(f'{i + 2},Process,Flowchart,1,,"{f.flow()} to {f.org()}","' + f.ch([
            f"e.g. MPAN {f.mpan()}", f"meter {f.gserial()}", f"ESME {f.eui()}", f"owner {f.name()}"]) + '"')
    return "\n".join(out) + "\n", "csv"


def figma(f):
    d = {"comments": [{"id": str(f.r.randint(10 ** 6, 10 ** 7)), "message": f.ch([
        f"Use a dummy here not the real {f.mpan()}!", f"address line shows {f.address()} {f.postcode()}",
        f"copy: 'Hi {f.name()}, your engineer arrives {f.word()}'", f"serial placeholder still {f.eserial()}"]),
        "user": {"handle": f.name("full")}, "created_at": f.ts("%Y-%m-%dT%H:%M:%SZ")} for _ in range(3)]}
    return json.dumps(d, indent=2), "json"


def stomp(f):
    t = f"""SEND
destination:/queue/dip.outbound
content-type:application/json
correlation-id:{f.uid()}
x-mpan:{f.mpan('plain')}

{{"interface":"IF-031","mpan":"{f.mpan('plain')}","msn":"{f.eserial()}","ref":"{f.mref()}"}}\x00
MESSAGE
subscription:0
message-id:ID:broker-{f.r.randint(1000, 9999)}
destination:/queue/dip.inbound

{{"status":"ACK","device":"{f.eui()}"}}\x00
"""
    return t.replace("\x00", "^@"), "txt"


def wer(f):
    t = f"""Version=1
EventType=CLR20r3
EventTime={f.r.randint(10 ** 17, 10 ** 18)}
AppName=FieldSync.exe
Sig[0].Name=Problem Signature 01
Sig[0].Value=FieldSync.exe
Sig[3].Value={f.ver()}
DynamicSig[1].Name=Last job
DynamicSig[1].Value={f.mpan('plain')};{f.gserial()};{f.postcode()}
UI[2]=C:\\Users\\{(lambda u: f.S('name', u, u))(f.ch(['rwood', 'hmoss', 'gbaker', 'jfox']))}\\AppData\\Local\\FieldSync\\FieldSync.exe
LoadedModule[0]=C:\\Program Files\\FieldSync\\FieldSync.exe
FriendlyEventName=Stopped working
ConsentKey=CLR20r3
ReportIdentifier={f.uid()}
"""
    return t, "txt"


def dno_letter(f):
    t = f"""{f.org()}
Connections & Customer Services

{f.name('title')}
{f.address()}
{f.postcode()}

{f.ts('%d %B %Y')}

Our ref: {f.ticket()}     Supply number: {f.mpan('space')}

Dear {f.name()},

Planned interruption to your supply. We will be working on the network near {f.street()} and
your electricity will be off between 09:00 and 15:00. If anyone in your home relies on
medical equipment please call us on {f.phone()} or e-mail {f.email()}.

Yours sincerely,
{f.name('full')}
"""
    return t, "txt"


def sticky_handover(f):
    t = f"""HANDOVER - night shift -> day shift ({f.ts('%d/%m')})
- {f.tc()} stuck at step 4, DIP says unknown supply {f.mpan('dash')}
- gas job for {f.name()} moved, mprn {f.mprn()} meter {f.gserial(lower=True)}
- ch {f.eui('lowcolon')} needs reboot (site {f.address(form='numnotown')}, {f.postcode(style='lower')})
- ref number {f.bad13()} is the DCC order, not a supply!
- {f.word()}
"""
    return t, "txt"


def iec104(f):
    out = []
    for _ in range(4):
        out.append(f"{f.ts('%H:%M:%S.%f')[:-3] if False else f.ts('%H:%M:%S')} <- I(tx={f.r.randint(0, 999)},rx={f.r.randint(0, 999)}) M_SP_TB_1 IOA={f.r.randint(1000, 9999)} "
                   + f.ch([f"; tag 'LV board {f.address(form='numnotown')}'", f"; ref {f.mref()}",
                           f"; smart meter {f.eserial()} last gasp", f"; PSR contact {f.phone()}"]))
    return "\n".join(out) + "\n", "log"


def texinfo_note(f):
    t = f"""@node Test data
@chapter Test data for @code{{{f.tc()}}}

@table @asis
@item Supply
@code{{{f.mpan()}}}
@item Meter
@code{{{f.eserial()}}}
@item Customer
@w{{{f.name()}}}, @w{{{f.address()}}}, @w{{{f.postcode()}}}
@end table

Use @samp{{{f.mref()}}} in all reports. Version @value{{VERSION}} is {f.ver()}.
"""
    return t, "texi"


GENRES = [zammad, spiceworks, trac, gitea, kiwi_csv, squash_tsv, spira_xml, wrike, shortcut, rally,
          workplace_chat, wire_chat, skype, otter, vector_log, keycloak, okta, gunicorn, pm2, supervisord,
          winscp, rsync, moveit, trino, beeline, vsql, hana, arangosh, cbq, es_sql, d0135, d0139, smi_prenot,
          ppmid_log, dfs_csv, consumption_api, ocpi, ges_screen, smrs_screen, crossed, scada_alarms, outage_log,
          mutt, postfix, exim, gdocs_suggest, etherpad, zsh_hist, psreadline, gdb, hs_err, node_report, asterisk,
          five9, sage, adyen, allpay, qualtrics, trustpilot, voids, argo, docker_inspect, buildkite, vitest,
          exunit, thunder, fish_hist, recfile, lucid_csv, figma, stomp, wer, dno_letter, sticky_handover, iec104,
          texinfo_note]
