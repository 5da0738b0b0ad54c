"""Genres: each function(d, r, P) -> (template, ext, hint). hint: 'crlf' forces CRLF."""
from lib import Person
import re as _re
TIT = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Revd", "Mx"}
def W(s):
    return [w for w in _re.findall(r"[^\W\d_]+", s) if len(w) >= 3 and w not in TIT and w.lower() not in ("flat", "box")]


G = {}
def genre(name, ext="txt", nl=None):
    def deco(f):
        G[name] = (f, ext, nl)
        return f
    return deco


@genre("freshdesk_ticket_json", "json")
def freshdesk(d, r, P):
    a, b = P[0], P[1]
    return f'''{{
  "id": {r.randint(100000, 999999)},
  "subject": "Smart meter not communicating - {d.k_tc()}",
  "requester": {{"name": "{d.name(a, 'plain')}", "email": "{d.email(a)}", "phone": "{d.phone(a, 'intl')}"}},
  "custom_fields": {{"cf_mpan": "{d.mpan(a, 'core')}", "cf_meter_serial": "{d.eser(a, 'lower')}", "cf_invoice": "{d.k_inv()}", "cf_tariff": "{d.k_tariff()}"}},
  "description_text": "Customer {d.name(a, 'title')} called about the IHD. Property is {d.addr(a)}, {d.pc(a)}. Comms hub {d.eui(a, 'colon')} last seen {d.k_date()}. Spoke to {d.name(b, 'plain')} (neighbour) who said the meter cupboard is shared.",
  "created_at": "2026-11-{r.randint(10, 28)}T09:{r.randint(10, 59)}:00Z",
  "tags": ["{d.k_dflow()}", "{d.k_mpanref()}"],
  "conversations": [{{"body_text": "Hi {d.name(a, 'first')}, engineer booked under {d.k_wo()}. Reading {d.k_kwh()} kWh noted. Regards, Freshdesk bot", "from_email": "support@energy.example"}}]
}}
'''


@genre("jsm_request_json", "json")
def jsm(d, r, P):
    a = P[0]
    return f'''{{"issueKey": "ENG-{r.randint(1000, 9999)}", "requestTypeId": "42",
 "requestFieldValues": [
  {{"fieldId": "summary", "label": "Summary", "value": "CoS gain failed for {d.k_mpanref()} in {d.k_tc()}"}},
  {{"fieldId": "customfield_10071", "label": "Supply number", "value": "{d.mpan(a, 'full21')}"}},
  {{"fieldId": "customfield_10072", "label": "Gas meter", "value": "{d.gser(a, 'plain')}"}},
  {{"fieldId": "customfield_10073", "label": "Site", "value": "{d.addr(a, 'nocomma')} {d.pc(a, 'nospace')}"}},
  {{"fieldId": "description", "label": "Description", "value": "Reporter: {d.name(P[1], 'surname_first')}\\nCustomer {d.name(a, 'title_initial')} rang from {d.phone(a, 'land')}.\\nMPRN {d.mprn(a)}; flow {d.k_dflow()} sent at {d.k_epoch_ms()}.\\nBuild {d.k_ver()}"}}
 ],
 "reporter": {{"displayName": "{d.name(P[1], 'plain')}", "emailAddress": "{d.email(P[1])}"}},
 "currentStatus": {{"status": "Waiting for support", "statusDate": {{"epochMillis": {d.k_epoch_ms()}}}}},
 "_links": {{"web": "https://servicedesk.example.atlassian.net/servicedesk/customer/portal/3/ENG-{r.randint(1000, 9999)}"}}, "sha": "{d.k_sha()}"}}
'''


@genre("airflow_task_log", "log")
def airflow(d, r, P):
    a, b = P[0], P[1]
    ts = "2026-12-0%d" % r.randint(1, 5)
    return f'''[{ts}, 02:00:0{r.randint(1,9)} UTC] {{taskinstance.py:1157}} INFO - Dependencies all met for <TaskInstance: mhhs_ingest.load_if031 scheduled__{ts}T02:00:00+00:00 [queued]>
[{ts}, 02:00:11 UTC] {{logging_mixin.py:150}} INFO - Processing batch {d.k_uuid()} ({d.k_dip()})
[{ts}, 02:00:12 UTC] {{ingest.py:88}} WARNING - Rejected record mpan={d.mpan(a, 'core')} reason=UNKNOWN_MSN msn={d.eser(a)}
[{ts}, 02:00:12 UTC] {{ingest.py:91}} INFO - Record customer="{d.name(a, 'caps')}" premises="{d.addr(a, 'caps')}" postcode="{d.pc(a, 'plain')}"
[{ts}, 02:00:13 UTC] {{ingest.py:97}} INFO - s3://mhhs-landing/inbound/{d.mpan(b, 'core')}_{d.k_date()}.json uploaded, etag {d.k_sha()}
[{ts}, 02:00:13 UTC] {{ingest.py:102}} INFO - Read {d.k_kwh()} kWh for {d.k_mpanref()}, {d.k_dflow()} generated
[{ts}, 02:00:14 UTC] {{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id=mhhs_ingest, task_id=load_if031, execution_date={ts}T020000, start_date=, end_date={d.k_unix()}
'''


@genre("dbt_test_log", "log")
def dbt(d, r, P):
    a, b = P[0], P[1]
    return f'''02:14:07  Running with dbt={d.k_ver()}
02:14:09  Found 41 models, 212 tests, 0 snapshots
02:14:12  1 of 3 START test not_null_stg_supply_point_mpan ..................... [RUN]
02:14:13  1 of 3 FAIL 2 not_null_stg_supply_point_mpan ......................... [FAIL 2 in 0.41s]
02:14:13  2 of 3 START test unique_stg_meter_msn ................................ [RUN]
02:14:14  2 of 3 WARN 1 unique_stg_meter_msn ................................... [WARN 1 in 0.22s]
02:14:14  Failure in test unique_stg_meter_msn (models/staging/schema.yml)
02:14:14    Got 1 result, configured to warn if != 0
02:14:14    compiled Code at target/compiled/mhhs/models/staging/schema.yml/unique_stg_meter_msn.sql
02:14:14    -- sample row: msn='{d.eser(a, 'plain')}', mpan_core='{d.mpan(a, 'core')}', cnt=2
02:14:14    -- sample row: msn='{d.eser(b, 'lower')}', mpan_core='{d.mpan(b, 'spaced')}', cnt=2
02:14:14    -- owner: {d.name(a, 'surname_caps')} at {d.addr(a)} {d.pc(a)}
02:14:15  3 of 3 PASS accepted_values_stg_flow_type ............................ [PASS in 0.19s]
02:14:15  Done. PASS=1 WARN=1 ERROR=0 SKIP=0 TOTAL=3  invocation_id={d.k_uuid()} run for {d.k_tc()}
'''


@genre("numpy_repr", "txt")
def numpy_repr(d, r, P):
    a, b, c = P
    return f'''>>> mpans = df["mpan_core"].to_numpy()
>>> mpans[:3]
array([{d.mpan(a, 'core')}, {d.mpan(b, 'core')},
       {d.mpan(c, 'core')}])
>>> ts = df["read_ts"].to_numpy(); ts[:2]
array([{d.k_epoch_ms()}, {d.k_epoch_ms()}])
>>> reads = df["kwh"].to_numpy(); reads[:3]
array([{d.k_kwh()}, {d.k_kwh()}, {d.k_kwh()}])
>>> np.array(df.loc[df.msn.str.startswith("E"), "msn"])
array(['{d.eser(a, 'plain')}', '{d.gser(b, 'lower')}'], dtype=object)
>>> df.loc[0, ["name", "postcode"]].to_numpy()
array(['{d.name(a, 'plain')}', '{d.pc(a, 'plain')}'], dtype=object)
>>> eans = np.array([{d.k_ean()}, {d.k_ean()}], dtype=np.int64)
'''


@genre("loki_logcli", "txt")
def loki(d, r, P):
    a, b = P[0], P[1]
    return f'''$ logcli query '{{app="meter-agent",env="sit"}} |= "{d.k_tc()}"' --limit 5
2026-12-02T11:04:{r.randint(10,59)}Z {{app="meter-agent", env="sit", mpan="{d.mpan(a, 'core')}", pod="agent-7c9f"}} install complete msn={d.eser(a)} chf={d.eui(a, 'plain')}
2026-12-02T11:04:{r.randint(10,59)}Z {{app="meter-agent", env="sit", pod="agent-7c9f"}} traceID={d.k_sha()} order={d.k_wo()} build={d.k_ver()}
2026-12-02T11:05:{r.randint(10,59)}Z {{app="meter-agent", env="sit", pod="agent-7c9f"}} consumer contact "{d.name(a, 'lower')}" phone={d.phone(a, 'mobile_ns')}
2026-12-02T11:05:{r.randint(10,59)}Z {{app="meter-agent", env="sit", pod="agent-7c9f"}} gas leg: mprn={d.mprn(b)} gas meter {d.gser(b, 'spaced')} site "{d.addr(b)}, {d.pc(b, 'lower')}"
2026-12-02T11:06:{r.randint(10,59)}Z {{app="meter-agent", env="sit", pod="agent-7c9f"}} published {d.k_dflow()} {d.k_dip()} at {d.k_epoch_ms()}
'''


@genre("cloudtrail_json", "json")
def cloudtrail(d, r, P):
    a = P[0]
    return f'''{{"Records": [{{
  "eventVersion": "1.09", "eventTime": "2026-12-01T10:{r.randint(10,59)}:01Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject",
  "userIdentity": {{"type": "AssumedRole", "principalId": "AROAEXAMPLE:{d.email(P[1])}"}},
  "requestParameters": {{"bucketName": "evidence-sit", "key": "runs/{d.k_tc()}/D0010_{d.mpan(a, 'core')}_{d.k_date()}.txt"}},
  "additionalEventData": {{"x-amz-meta-site": "{d.addr(a)}", "x-amz-meta-postcode": "{d.pc(a, 'nbsp')}", "x-amz-meta-msn": "{d.eser(a, 'lower')}"}},
  "requestID": "{d.k_sha()}", "eventID": "{d.k_uuid()}", "readOnly": false
}}, {{
  "eventTime": "2026-12-01T10:{r.randint(10,59)}:44Z", "eventSource": "lambda.amazonaws.com", "eventName": "Invoke",
  "requestParameters": {{"functionName": "dip-publisher", "payload": "{{\\"mpan\\":\\"{d.mpan(a, 'uesc')}\\",\\"customer\\":\\"{d.name(a, 'plain')}\\",\\"ref\\":\\"{d.k_mpanref()}\\"}}"}},
  "eventID": "{d.k_uuid()}", "recipientAccountId": "{d.k_unix()}00"
}}]}}
'''


@genre("dts_envelope", "txt")
def dts(d, r, P):
    a, b = P[0], P[1]
    return f'''ZHV|{d.k_dflow()}|{r.randint(10000000, 99999999)}|X|MOPA|R|DCOL|20261202100{r.randint(1,9)}00||||OPER|
=== DTS envelope ===
Envelope-Id: {d.k_uuid()}
From-MPID: MOPA   To-MPID: DCOL   Gateway: DTN-GW-{r.randint(1,9)}
File-Ref: {d.k_dip()}
--- body ---
026|{d.mpan(a, 'core')}|V|
028|{d.eser(a, 'plain')}|A|
030|01|20261201000000|{d.k_kwh()}|||T|N|
026|{d.mpan(b, 'core')}|V|
028|{d.eser(b, 'plain')}|R|
030|01|20261201000000|{d.k_kwh()}|||T|N|
--- notes (not part of flow) ---
Site contact {d.name(a, 'title')} at {d.addr(a)}, {d.pc(a)}. Ticket {d.k_tc()}.
ZPT|{r.randint(10000000, 99999999)}|7||1|{d.k_unix()}|
'''


@genre("gain_letter", "txt")
def gain_letter(d, r, P):
    a = P[0]
    return f'''{d.name(a, 'title')}
{d.addr(a, 'lines')}
{d.pc(a, 'plain')}

{d.k_date()}

Dear {d.name(a, 'last_title')},

Welcome to {d.k_company()}

We're pleased to confirm that your electricity supply will move to us on {d.k_date()}. Your supply
number (MPAN) is {d.mpan(a, 'full_sp')} and your meter serial number is {d.eser(a, 'plain')}.
Your new account number is {d.acct(a)}. Your tariff is {d.k_tariff()}; your first payment of
{d.k_money()} will be collected by Direct Debit.

If you did not agree to this switch, call us on 0800 000 0000 quoting reference {d.k_inv()}.

Yours sincerely,
Customer Welcome Team
'''


@genre("loss_objection_letter", "txt")
def loss_letter(d, r, P):
    a = P[0]
    return f'''Our ref: {d.k_wo()}                                  Date: {d.k_date()}

{d.name(a, 'surname_caps')}
c/o {d.name(P[1], 'plain')}
{d.addr(a)}
{d.pc(a, 'dbl')}

Re: Your request to change supplier - supply {d.mpan(a, 'spaced')}

We have objected to the transfer ({d.k_dflow()}) because there is an outstanding debt of {d.k_money()} on
account {d.acct(a, 'spaced')}. Your gas supply (meter point {d.mprn(a)}, gas meter {d.gser(a)}) is not affected.

Please contact the Debt Team on {d.phone(a, 'land')} if you think this is wrong.
Case {d.k_tc()} / {d.k_mpanref()}
'''


@genre("psr_charity_referral", "eml", "crlf")
def psr_ref(d, r, P):
    a, b = P[0], P[1]
    return f'''From: Referrals Team <referrals@carers-charity.example.org>
To: psr@supplier.example
Subject: PSR referral - {d.name(a, 'plain')} - consent given
Date: Tue, 1 Dec 2026 14:{r.randint(10,59)}:00 +0000

Hello,

We visited {d.name(a, 'title')} today at {d.addr(a)} ({d.pc(a)}). She is 87, lives alone and uses a
stair-lift and oxygen concentrator. Her daughter {d.name(b, 'plain')} ({d.phone(b, 'mobile')}) is the nominee.

Electricity supply number: {d.mpan(a, 'core_sp3')}
Gas: {d.mprn(a, 'spaced')}
Needs codes 14, 19, 27. Please also send bills in large print.

Our case number is {d.k_wo()} and our charity number is 1{r.randint(100000, 999999)}.

Kind regards
Grace Referral Worker (not the customer)
'''


@genre("meter_exchange_jobsheet", "txt")
def jobsheet(d, r, P):
    a = P[0]
    return f'''METER EXCHANGE JOB SHEET            Job {d.k_wo()}      Visit {d.k_date()}
Customer ........ {d.name(a, 'caps')}
Address ......... {d.addr(a, 'caps')}
Postcode ........ {d.pc(a, 'plain')}
Tel ............. {d.phone(a)}
MPAN ............ {d.mpan(a, 'full_sp')}
REMOVED  elec {d.eser(a, 'plain')}  final read {d.k_kwh()}  (reg 1)
INSTALLED elec {d.eser(P[1], 'plain')}  opening read 0000.0
Comms hub GUID .. {d.eui(a, 'dash')}
ESME GUID ....... {d.eui(P[1], 'dash')}
Gas meter ....... {d.gser(a)}   MPRN {d.mprn(a)}
Seal nos: S{r.randint(100000, 999999)} / S{r.randint(100000, 999999)}   Firmware {d.k_ver()}
Engineer notes: spoke to {d.name(P[2], 'plain')} who let us in, customer at work. Box was wet.
Signed: ________  Ref {d.k_tc()}
'''


@genre("field_app_visit_notes", "txt")
def field_notes(d, r, P):
    a, b = P[0], P[1]
    return f'''Visit notes - synced {d.k_epoch_ms()}
- Arrived 09:40. Spoke to {d.name(a, 'plain')} who said the meter had been beeping since Sunday.
- {d.name(b, 'first')} from next door (no. {r.randint(2, 40)}) had the key; {d.name(b, 'last_title')} is the keyholder.
- Property: {d.addr(a)}. Parking on {a.street} is tight.
- Meter {d.eser(a, 'lower')} display blank; hub {d.eui(a, 'lower_colon')} flashing red.
- Called back office on {d.phone(a, 'land')}? no - that's customer's landline. Mob {d.phone(a, 'mobile')}.
- Reading taken {d.k_kwh()}, photo ref {d.k_uuid()}.
- Outcome: {d.k_wo()} closed, follow-up {d.k_tc()}.
'''


@genre("gfm_pr_table", "md")
def gfm(d, r, P):
    a, b, c = P
    return f'''## Test data for {d.k_tc()}

| # | MPAN | MSN | Customer | Postcode | Expected |
|---|------|-----|----------|----------|----------|
| 1 | `{d.mpan(a, 'core')}` | `{d.eser(a)}` | {d.name(a, 'plain')} | {d.pc(a)} | {d.k_dflow()} |
| 2 | `{d.mpan(b, 'spaced')}` | `{d.eser(b, 'lower')}` | {d.name(b, 'surname_first')} | {d.pc(b)} | {d.k_dflow()} |
| 3 | `{d.mpan(c, 'dashed')}` | `{d.gser(c)}` | {d.name(c, 'initial')} | {d.pc(c, 'nospace')} | {d.k_dflow()} |

> [!NOTE]
> Row 2 site is {d.addr(b)}; see {d.k_mpanref()}.

<details><summary>fixtures sha {d.k_sha()}</summary>

```json
{{"chf": "{d.eui(a, 'dash')}", "mprn": "{d.mprn(c)}", "build": "{d.k_ver()}"}}
```
</details>
'''


@genre("ansible_output", "txt")
def ansible(d, r, P):
    a = P[0]
    return f'''PLAY [seed SIT meter data] *********************************************************

TASK [Gathering Facts] *************************************************************
ok: [sit-db-01]

TASK [insert supply point] *********************************************************
changed: [sit-db-01] => (item={{'mpan': '{d.mpan(a, 'core')}', 'msn': '{d.eser(a)}', 'ref': '{d.k_mpanref()}'}})

TASK [debug] ***********************************************************************
ok: [sit-db-01] => {{
    "msg": "Seeded {d.name(a, 'plain')} / {d.addr(a)} / {d.pc(a)} / chf {d.eui(a, '0x')}"
}}

TASK [notify] **********************************************************************
fatal: [sit-app-02]: FAILED! => {{"changed": false, "msg": "SMTP refused {d.email(a)}", "rc": 1}}

PLAY RECAP *************************************************************************
sit-db-01 : ok=3 changed=1 unreachable=0 failed=0   run={d.k_uuid()} ver={d.k_ver()} ticket={d.k_tc()}
'''


@genre("terraform_plan", "txt")
def tfplan(d, r, P):
    a = P[0]
    return f'''Terraform will perform the following actions:

  # aws_ssm_parameter.fixture_{r.randint(1, 9)} will be created
  + resource "aws_ssm_parameter" "fixture" {{
      + arn   = (known after apply)
      + name  = "/sit/fixtures/{d.k_tc()}/mpan"
      + type  = "SecureString"
      + value = (sensitive value)
      + tags  = {{
          + "mpan"     = "{d.mpan(a, 'core')}"
          + "owner"    = "{d.name(a, 'plain')}"
          + "site"     = "{d.addr(a)}"
          + "postcode" = "{d.pc(a, 'under')}"
          + "ticket"   = "{d.k_inv()}"
        }}
    }}

  # aws_dynamodb_table_item.meter will be updated in-place
  ~ resource "aws_dynamodb_table_item" "meter" {{
      ~ item = jsonencode(
          ~ {{
              ~ msn = {{ S = "{d.eser(P[1])}" }} -> {{ S = "{d.eser(a, 'lower')}" }}
                ver = {{ S = "{d.k_ver()}" }}
            }}
        )
    }}

Plan: 1 to add, 1 to change, 0 to destroy.  (state serial {d.k_unix()}, lineage {d.k_uuid()})
'''


@genre("powershell_transcript", "txt", "crlf")
def pstrans(d, r, P):
    a = P[0]
    return f'''**********************
Windows PowerShell transcript start
Start time: 20261202{r.randint(100000, 235959)}
Username: CORP\\{a.first[0].lower()}{a.last.lower().replace("'", "").replace(" ", "")}
RunAs User: CORP\\svc-sit
Machine: SITJUMP01 (Microsoft Windows NT 10.0.20348.0)
Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll
Process ID: {r.randint(1000, 9999)}
**********************
PS C:\\evidence> Invoke-RestMethod "https://sit-api/supply/{d.mpan(a, 'core')}" | Select-Object mpan,msn,owner

mpan          : {d.mpan(a, 'core')}
msn           : {d.eser(a)}
owner         : {d.name(a, 'surname_first')}
site          : {d.addr(a)}, {d.pc(a)}
lastFlow      : {d.k_dflow()}
lastReadKwh   : {d.k_kwh()}

PS C:\\evidence> Get-ChildItem .\\{d.k_tc()}\\ | Select Name
Name
----
{d.mpan(P[1], 'core')}_D0010.txt
hub_{d.eui(P[1], 'plain_lower')}.json
**********************
Windows PowerShell transcript end
End time: 20261202{r.randint(100000, 235959)}
**********************
'''


@genre("mongo_extjson", "json")
def mongo(d, r, P):
    a, b = P[0], P[1]
    return f'''[{{"_id": {{"$oid": "{d.k_sha()[:7]}{r.randint(10**16, 10**17 - 1):x}"}},
  "mpanCore": {{"$numberLong": "{d.mpan(a, 'core')}"}},
  "mprn": {{"$numberLong": "{d.mprn(a)}"}},
  "customer": {{"title": "{a.title}", "fullName": "{d.name(a, 'plain')}"}},
  "premise": {{"line1": "{d.addr(a)}", "postcode": "{d.pc(a)}"}},
  "readAt": {{"$date": {{"$numberLong": "{d.k_epoch_ms()}"}}}},
  "kwh": {{"$numberDecimal": "{d.k_kwh()}"}},
  "testCase": "{d.k_tc()}"}},
 {{"_id": {{"$oid": "{r.randint(16**23, 16**24 - 1):x}"}},
  "mpanCore": {{"$numberLong": "{d.mpan(b, 'core')}"}},
  "meter": {{"msn": "{d.eser(b, 'lower')}", "chf": {{"$binary": {{"base64": "AA1vAAEjRWc=", "subType": "00"}}}}, "eui": "{d.eui(b, 'dash')}"}},
  "ean": {{"$numberLong": "{d.k_ean()}"}}, "ref": "{d.k_mpanref()}"}}]
'''


@genre("redis_monitor", "txt")
def redis_mon(d, r, P):
    a = P[0]
    t = r.randint(1764000000, 1766000000)
    return f'''OK
{t}.{r.randint(100000, 999999)} [0 10.0.3.7:51234] "HSET" "sp:{d.mpan(a, 'core')}" "msn" "{d.eser(a)}" "postcode" "{d.pc(a, 'nospace')}"
{t}.{r.randint(100000, 999999)} [0 10.0.3.7:51234] "HSET" "cust:{d.acct(a)}" "name" "{d.name(a, 'plain')}" "addr" "{d.addr(a)}"
{t + 1}.{r.randint(100000, 999999)} [0 10.0.3.9:40022] "SET" "flow:{d.k_dflow()}:last" "{d.k_epoch_ms()}"
{t + 1}.{r.randint(100000, 999999)} [0 10.0.3.9:40022] "PUBLISH" "dip.out" "{{\\"mpan\\":\\"{d.mpan(a, 'core')}\\",\\"msg\\":\\"{d.k_dip()}\\"}}"
{t + 2}.{r.randint(100000, 999999)} [0 10.0.3.9:40022] "EXPIRE" "sess:{d.k_uuid()}" "3600"
{t + 2}.{r.randint(100000, 999999)} [0 10.0.3.7:51234] "SADD" "hubs" "{d.eui(a, 'plain')}" "{d.eui(P[1], 'plain')}"
'''


@genre("vcard21_qp", "vcf", "crlf")
def vcard(d, r, P):
    a = P[0]
    m = a.mpan
    return f'''BEGIN:VCARD
VERSION:2.1
N:{d.S('name', a.last + ';' + a.first, words=[w for w in (a.last + ' ' + a.first).replace("'", " ").replace('-', ' ').split() if len(w) >= 3])};;;
FN:{d.name(a, 'plain')}
TEL;CELL:{d.phone(a, 'intl')}
EMAIL;INTERNET:{d.email(a)}
ADR;HOME;ENCODING=QUOTED-PRINTABLE:;;{d.S('address', a.addr.replace(',', '=2C'), words=W(a.addr))};;;{d.pc(a)};UK
NOTE;ENCODING=QUOTED-PRINTABLE:Supply {d.mpan(a, 'qpsoft')} meter {d.eser(a)}=0D=0A=
Ref {d.k_mpanref()} case {d.k_tc()}
REV:{d.k_date()}
END:VCARD
'''


@genre("ics_folded", "ics", "crlf")
def ics(d, r, P):
    a, b = P[0], P[1]
    return f'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Field Scheduler//EN
BEGIN:VEVENT
UID:{d.k_uuid()}
DTSTAMP:20261201T090000Z
DTSTART:2026120{r.randint(2, 9)}T080000Z
SUMMARY:Meter exchange {d.k_wo()} - {d.name(a, 'plain')}
LOCATION:{d.addr(a)}\\, {d.pc(a)}
ATTENDEE;CN="{d.name(b, 'plain')}";ROLE=REQ-PARTICIPANT:mailto:{d.email(b)}
DESCRIPTION:Access via side gate. Supply {d.S('mpan', a.mpan[:6] + chr(10) + ' ' + a.mpan[6:], canon=a.mpan, form='ics_fold')} meter {d.eser(a)}. Tel {d.phone(a)}
 . Test {d.k_tc()}, ref {d.k_mpanref()}.
END:VEVENT
END:VCALENDAR
'''


@genre("mbox_qp", "mbox")
def mbox(d, r, P):
    a, b = P[0], P[1]
    return f'''From tester@supplier.example Tue Dec  1 10:11:12 2026
From: {d.name(b, 'plain')} <{d.email(b)}>
To: sit-defects@supplier.example
Subject: Evidence for {d.k_tc()}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi team,=20

The D0010 for supply {d.mpan(a, 'qpsoft')} was rejected. Customer is {d.name(a, 'title')},=
 {d.addr(a)}, {d.pc(a)}.=20
Meter {d.eser(a)} read {d.k_kwh()} on {d.k_date()}; message {d.k_dip()}.

Thanks,
{d.name(b, 'first')}

From tester@supplier.example Tue Dec  1 10:15:40 2026
From: {d.name(b, 'plain')} <{d.email(b)}>
Subject: Re: Evidence for {d.k_tc()}
Content-Transfer-Encoding: quoted-printable

> Meter {d.eser(a, 'lower')} ...
Sorry, hub id is {d.eui(a, 'dash')} and gas MPRN {d.mprn(a)}. Build {d.k_ver()}.
'''


@genre("nginx_access_qs", "log")
def nginx(d, r, P):
    a, b = P[0], P[1]
    ip = f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    return f'''{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:11 +0000] "GET /api/v2/supply?mpan={d.mpan(a, 'core')}&tc={d.k_tc()} HTTP/1.1" 200 512 "-" "Attest-Harness/{d.k_ver()}"
{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:12 +0000] "GET /api/v2/search?postcode={d.pc(a, 'plain').replace(' ', '+')}&name={d.S('name', a.first + '+' + a.last, words=W(a.first + ' ' + a.last))} HTTP/1.1" 200 2048 "-" "Mozilla/5.0"
{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:13 +0000] "GET /api/v2/meter/{d.eser(a, 'lower')}/reads?from={d.k_unix()} HTTP/1.1" 404 0 "-" "curl/8.5.0"
{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:14 +0000] "POST /api/v2/hub?eui={d.eui(b, 'colon').replace(':', '%3A')}&order={d.k_wo()} HTTP/1.1" 201 88 "-" "okhttp/4.12"
{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:15 +0000] "GET /api/v2/supply?mpan={d.mpan(b, 'pct')}&ref={d.k_mpanref()} HTTP/1.1" 200 512 "-" "python-requests/2.32"
{ip} - - [02/Dec/2026:10:0{r.randint(0,9)}:16 +0000] "GET /static/app.{d.k_sha()}.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"
'''


@genre("haproxy_log", "log")
def haproxy(d, r, P):
    a = P[0]
    return f'''Dec  2 10:{r.randint(10,59)}:01 lb01 haproxy[{r.randint(1000,9999)}]: 10.1.2.3:5{r.randint(1000,9999)} [02/Dec/2026:10:11:01.{r.randint(100,999)}] fe_api be_mhhs/srv2 0/0/1/24/25 200 633 - - ---- 12/12/0/0/0 0/0 {{{d.mpan(a, 'core')}|{d.k_tc()}}} "GET /if031/{d.k_dip()} HTTP/1.1"
Dec  2 10:{r.randint(10,59)}:02 lb01 haproxy[{r.randint(1000,9999)}]: 10.1.2.3:5{r.randint(1000,9999)} [02/Dec/2026:10:11:02.{r.randint(100,999)}] fe_api be_mhhs/srv1 0/0/1/80/81 400 140 - - ---- 12/12/0/0/0 0/0 {{{d.eser(a, 'lower')}|{d.k_uuid()}}} "POST /meter HTTP/1.1"
Dec  2 10:{r.randint(10,59)}:03 lb01 haproxy[{r.randint(1000,9999)}]: 10.1.2.3:5{r.randint(1000,9999)} [02/Dec/2026:10:11:03.{r.randint(100,999)}] fe_api be_crm/srv1 0/0/1/30/31 200 1200 - - ---- 12/12/0/0/0 0/0 {{{d.email(a)}|{d.k_ver()}}} "GET /customer?postcode={d.pc(a, 'nospace')} HTTP/1.1"
Dec  2 10:{r.randint(10,59)}:04 lb01 haproxy[{r.randint(1000,9999)}]: 10.1.2.3:5{r.randint(1000,9999)} [02/Dec/2026:10:11:04.{r.randint(100,999)}] fe_api be_mhhs/srv2 0/0/1/24/25 200 633 - - ---- 12/12/0/0/0 0/0 {{{d.mpan(P[1], 'core')}|{d.k_tc()}}} "GET /if031/{d.k_dip()} HTTP/1.1"
'''


@genre("logstash_rubydebug", "txt")
def logstash(d, r, P):
    a = P[0]
    return f'''{{
       "@timestamp" => 2026-12-02T10:{r.randint(10,59)}:11.{r.randint(100,999)}Z,
         "@version" => "1",
          "message" => "meter install ok for {d.mpan(a, 'core')} ({d.name(a, 'plain')})",
             "mpan" => {d.mpan(a, 'core')},
              "msn" => "{d.eser(a, 'lower')}",
         "customer" => {{
        "name" => "{d.name(a, 'surname_first')}",
        "addr" => "{d.addr(a)}",
          "pc" => "{d.pc(a)}"
    }},
       "event_ms" => {d.k_epoch_ms()},
             "tags" => [
        [0] "{d.k_tc()}",
        [1] "{d.k_dflow()}"
    ],
     "ingest_build" => "{d.k_ver()}"
}}
'''


@genre("amazon_connect_ctr", "json")
def connect_ctr(d, r, P):
    a = P[0]
    return f'''{{"AWSAccountId": "{r.randint(10**11, 10**12 - 1)}", "ContactId": "{d.k_uuid()}",
 "Channel": "VOICE", "InitiationTimestamp": "2026-12-01T15:{r.randint(10,59)}:00Z",
 "CustomerEndpoint": {{"Address": "{d.phone(a, 'intl_ns')}", "Type": "TELEPHONE_NUMBER"}},
 "Attributes": {{"accountNumber": "{d.acct(a)}", "callerName": "{d.name(a, 'plain')}", "verifiedPostcode": "{d.pc(a, 'lower')}",
   "mpanSpoken": "{d.S('mpan', ' '.join(a.mpan), canon=a.mpan, form='digit_spaced')}", "intent": "MeterReading", "reading": "{d.k_kwh()}", "tc": "{d.k_tc()}"}},
 "Agent": {{"Username": "agent.{r.randint(100, 999)}", "AfterContactWorkDuration": 42}},
 "Recordings": [{{"Location": "connect-recordings/2026/12/01/{d.k_uuid()}_{d.k_unix()}.wav"}}],
 "Transcript": "AGENT: Can I take the first line of the address? CUSTOMER: yes it's {d.addr(a)}. AGENT: thanks {d.name(a, 'first')}."}}
'''


@genre("rabbitmq_getmsg", "txt")
def rabbit(d, r, P):
    a = P[0]
    return f'''$ rabbitmqadmin get queue=dip.inbound count=2 ackmode=ack_requeue_true
+-------------+----------+---------------+------------------------------------------------------------------------------+
| routing_key | exchange | message_count | payload                                                                      |
+-------------+----------+---------------+------------------------------------------------------------------------------+
| if031       | dip      | 7             | {{"mpan":"{d.mpan(a, 'core')}","msn":"{d.eser(a)}","messageId":"{d.k_uuid()}"}} |
| if031       | dip      | 6             | {{"mpan":"{d.mpan(P[1], 'full21')}","ref":"{d.k_mpanref()}","sentAt":{d.k_epoch_ms()}}} |
+-------------+----------+---------------+------------------------------------------------------------------------------+
properties: correlation_id={d.k_dip()} app_id=harness-{d.k_ver()} user_id={d.email(a)}
headers: x-site="{d.addr(a)} {d.pc(a)}" x-contact="{d.name(a, 'caps')}" x-tc={d.k_tc()}
'''


@genre("uipath_robot_log", "jsonl")
def uipath(d, r, P):
    a = P[0]
    return f'''{{"message":"Queue item added","level":"Information","logType":"User","timeStamp":"2026-12-01T09:{r.randint(10,59)}:00.{r.randint(1000000,9999999)}+00:00","fingerprint":"{d.k_uuid()}","windowsIdentity":"CORP\\\\robot01","processName":"CoS_Reconcile","queueItem":{{"Reference":"{d.k_mpanref()}","SpecificContent":{{"MPAN":"{d.mpan(a, 'core')}","MSN":"{d.eser(a)}","CustomerName":"{d.name(a, 'caps')}","Premises":"{d.addr(a, 'caps')}","Postcode":"{d.pc(a)}","Invoice":"{d.k_inv()}"}}}}}}
{{"message":"Exception: Selector not found for account {d.acct(a)} on screen 'Customer 360' ({d.name(a, 'surname_first')})","level":"Error","logType":"Default","timeStamp":"2026-12-01T09:{r.randint(10,59)}:01.{r.randint(1000000,9999999)}+00:00","fingerprint":"{d.k_uuid()}","jobId":"{d.k_uuid()}","robotVersion":"{d.k_ver()}"}}
{{"message":"Transaction ended","level":"Information","totalExecutionTimeInSeconds":12,"transactionId":"{d.k_sha()}","tc":"{d.k_tc()}"}}
'''


@genre("blueprism_queue_csv", "csv")
def blueprism(d, r, P):
    rows = []
    for p in P:
        rows.append(f'''"{d.k_uuid()}","{d.mpan(p, 'core')}","Completed","{d.k_date()} 10:{r.randint(10,59)}","{d.name(p, 'surname_first')}","Tags: {d.k_tc()}; MSN {d.eser(p)}; PC {d.pc(p)}"''')
    return 'Item ID,Item Key,Status,Loaded,Customer,Tags\n' + "\n".join(rows) + f'''\n"{d.k_uuid()}","{d.k_mpanref()}","Exception","{d.k_date()} 11:00","","Exception: address '{d.addr(P[0])}' not matched to {d.k_dflow()}"\n'''


@genre("pega_case_export", "xml")
def pega(d, r, P):
    a = P[0]
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<pagedata>
  <pxObjClass>ENG-FW-Complaint-Work</pxObjClass>
  <pyID>C-{r.randint(10000, 99999)}</pyID>
  <pxCreateDateTime>20261201T101010.000 GMT</pxCreateDateTime>
  <Customer>
    <FullName>{d.name(a, 'title')}</FullName>
    <Address>{d.addr(a)}</Address>
    <PostCode>{d.pc(a)}</PostCode>
    <Phone>{d.phone(a)}</Phone>
  </Customer>
  <SupplyPoint MPAN="{d.mpan(a, 'core')}" MSN="{d.eser(a, 'lower')}" Ref="{d.k_mpanref()}"/>
  <pyNote>Customer says engineer {d.name(P[1], 'plain')} left meter {d.gser(a)} uncapped. Refund {d.k_money()} agreed ({d.k_inv()}).</pyNote>
  <TestRef>{d.k_tc()}</TestRef><Build>{d.k_ver()}</Build>
</pagedata>
'''


@genre("boomi_process_log", "log")
def boomi(d, r, P):
    a = P[0]
    return f'''2026-12-01 10:{r.randint(10,59)}:01 INFO  Start: Process "DIP - IF-031 outbound" execution-{d.k_uuid()}
2026-12-01 10:{r.randint(10,59)}:02 INFO  Map: Supply Point -> IF-031; 1 document(s)
2026-12-01 10:{r.randint(10,59)}:02 INFO  Document 1: MPAN={d.mpan(a, 'core')}|MSN={d.eser(a)}|EUI={d.eui(a, 'dash')}
2026-12-01 10:{r.randint(10,59)}:03 WARN  Data Process: trimmed whitespace in "{d.addr(a)} , {d.pc(a, 'dbl')}"
2026-12-01 10:{r.randint(10,59)}:03 SEVERE Connector HTTP 422 body={{"error":"invalid consumer name '{d.name(a, 'plain')}'","id":"{d.k_dip()}"}}
2026-12-01 10:{r.randint(10,59)}:04 INFO  Stop: 1 error(s), atom version {d.k_ver()}, tracked field ref={d.k_mpanref()} tc={d.k_tc()}
'''


@genre("sumologic_export", "json")
def sumo(d, r, P):
    a, b = P[0], P[1]
    return f'''{{"messages": [
 {{"map": {{"_messagetime": "{d.k_epoch_ms()}", "_sourcecategory": "sit/meter-svc", "_raw": "2026-12-01 INFO reading stored mpan={d.mpan(a, 'spaced')} kwh={d.k_kwh()}"}}}},
 {{"map": {{"_messagetime": "{d.k_epoch_ms()}", "_sourcecategory": "sit/crm", "_raw": "customer updated name={d.name(a, 'plain')} postcode={d.pc(a)} by={d.email(b)}"}}}},
 {{"map": {{"_messagetime": "{d.k_epoch_ms()}", "_sourcecategory": "sit/dcc", "_raw": "SRV 8.1.1 to device {d.eui(a, 'plain')} ok; msn {d.eser(a, 'spaced')}"}}}},
 {{"map": {{"_messagetime": "{d.k_epoch_ms()}", "_sourcecategory": "sit/crm", "_raw": "site move from {d.addr(b)} to {d.addr(a)} ref {d.k_tc()}"}}}}
]}}
'''


@genre("httpie_verbose", "txt")
def httpie(d, r, P):
    a = P[0]
    return f'''$ http -v POST :8080/api/cos/gain mpan={d.mpan(a, 'core')} msn={d.eser(a, 'lower')} tc={d.k_tc()}
POST /api/cos/gain HTTP/1.1
Accept: application/json, */*;q=0.5
Content-Type: application/json
Host: localhost:8080
User-Agent: HTTPie/{d.k_ver()}

{{
    "mpan": "{d.mpan(a, 'core')}",
    "msn": "{d.eser(a, 'lower')}",
    "tc": "{d.k_tc()}"
}}


HTTP/1.1 409 Conflict
Content-Type: application/json
X-Request-Id: {d.k_uuid()}

{{
    "error": "Registration exists for {d.name(a, 'caps')} at {d.addr(a)} ({d.pc(a)})",
    "existingSince": {d.k_epoch_ms()},
    "flow": "{d.k_dflow()}"
}}
'''


@genre("bruno_request", "bru")
def bruno(d, r, P):
    a = P[0]
    return f'''meta {{
  name: IF-031 send {d.k_tc()}
  type: http
  seq: {r.randint(1, 20)}
}}

post {{
  url: {{{{baseUrl}}}}/dip/if031/{d.mpan(a, 'core')}
  body: json
  auth: none
}}

headers {{
  X-Correlation-Id: {d.k_uuid()}
}}

body:json {{
  {{
    "mpan": "{d.mpan(a, 'core')}",
    "meterSerial": "{d.eser(a)}",
    "commsHub": "{d.eui(a, 'colon')}",
    "consumer": {{"name": "{d.name(a, 'plain')}", "postcode": "{d.pc(a)}"}},
    "ref": "{d.k_mpanref()}"
  }}
}}

vars:pre-request {{
  backupMpan: {d.mpan(P[1], 'core')}
  build: {d.k_ver()}
}}
'''


@genre("insomnia_export", "json")
def insomnia(d, r, P):
    a = P[0]
    return f'''{{"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v{d.k_ver()}",
 "resources": [
  {{"_id": "req_{d.k_sha()}", "_type": "request", "name": "Get supply {d.k_tc()}", "method": "GET",
   "url": "{{{{ _.base }}}}/supply/{d.mpan(a, 'core')}?include=meter", "parameters": [{{"name": "msn", "value": "{d.eser(a, 'lower')}"}}]}},
  {{"_id": "env_{d.k_sha()}", "_type": "environment", "name": "SIT", "data": {{"base": "https://sit.example", "mpan": "{d.mpan(P[1], 'core')}", "customer": "{d.name(P[1], 'plain')}", "addr": "{d.addr(P[1])}", "pc": "{d.pc(P[1])}"}}}},
  {{"_id": "res_{d.k_sha()}", "_type": "response", "statusCode": 200, "body": "{{\\"name\\":\\"{d.name(a, 'title')}\\",\\"mprn\\":\\"{d.mprn(a)}\\",\\"ts\\":{d.k_epoch_ms()}}}"}}
 ]}}
'''


@genre("access_report_txt", "txt")
def access_rpt(d, r, P):
    lines = []
    for p in P:
        lines.append(f"  {d.name(p, 'surname_caps'):<34}{d.mpan(p, 'core'):<16}{d.k_date():<12}{d.k_money():>10}")
        lines.append(f"      {d.addr(p)}  {d.pc(p)}")
    body = "\n".join(lines)
    return f'''rptDebtBySupply                                                       Page 1 of 1
Printed {d.k_date()}                                                   {d.k_company()}
-------------------------------------------------------------------------------
  Customer                          MPAN            Last bill   Balance
-------------------------------------------------------------------------------
{body}
-------------------------------------------------------------------------------
  Report id {d.k_uuid()}   Query qryDebt v{d.k_ver()}   Test {d.k_tc()}
'''


@genre("crystal_report_export", "txt", "crlf")
def crystal(d, r, P):
    a, b = P[0], P[1]
    return f'''                         METER ASSET EXCEPTIONS
                         Run {d.k_date()}  ({d.k_tc()})

Supply Point : {d.mpan(a, 'full_sp')}
Meter        : {d.eser(a)}     Type: SMETS2 ESME     Firmware {d.k_ver()}
Hub          : {d.eui(a, 'dot4')}
Occupier     : {d.name(a, 'title')}
Premises     : {d.addr(a)}
               {d.pc(a)}
Exception    : Serial mismatch vs MPRS (expected {d.eser(b, 'lower')}) ref {d.k_mpanref()}
. . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
Supply Point : {d.mpan(b, 'full_sp')}
Meter        : {d.gser(b)}     Type: SMETS2 GSME
Occupier     : {d.name(b, 'surname_first')}
Exception    : No read since {d.k_date()} (last {d.k_kwh()})
                                                           Page 1  {d.k_sha()}
'''


@genre("airtable_csv", "csv")
def airtable(d, r, P):
    rows = []
    for p in P:
        rows.append(f'''{d.k_tc()},"{d.name(p, 'plain')}","{d.addr(p)}\n{d.pc(p)}",{d.mpan(p, 'core')},"{d.eser(p)}",{d.k_date()},"Assigned to {d.email(p)}"''')
    return "Test,Customer,Address,MPAN,MSN,Due,Notes\n" + "\n".join(rows) + "\n"


@genre("monday_board_export", "csv")
def monday(d, r, P):
    a, b = P[0], P[1]
    return f'''Meter Fault Board
Name,Person,Status,Date,MPAN,Text,Numbers
Visit {d.k_wo()},{d.name(b, 'plain')},Working on it,{d.k_date()},{d.mpan(a, 'spaced')},"Customer {d.name(a, 'plain')} - {d.addr(a)}, {d.pc(a)}",{d.k_kwh()}
Retest {d.k_tc()},{d.name(b, 'plain')},Stuck,{d.k_date()},{d.mpan(a, 'core')},"hub {d.eui(a, 'plain_lower')} offline",{d.k_kwh()}
Subitems
,Name,Owner,Status
,Call {d.phone(a)},{d.name(b, 'initial')},Done
,Check {d.k_mpanref()} vs {d.k_dflow()},{d.name(b, 'initial')},
'''


@genre("google_chat_json", "json")
def gchat(d, r, P):
    a, b, c = P
    return f'''{{"messages": [
 {{"creator": {{"name": "{d.name(b, 'plain')}", "email": "{d.email(b)}", "user_type": "Human"}}, "created_date": "Tuesday, 1 December 2026 at 10:{r.randint(10,59)}:00 UTC",
  "text": "anyone got a spare SIT mpan? {d.mpan(a, 'core')} is locked by {d.k_tc()}", "topic_id": "{d.k_sha()}"}},
 {{"creator": {{"name": "{d.name(c, 'plain')}", "email": "{d.email(c)}", "user_type": "Human"}}, "created_date": "Tuesday, 1 December 2026 at 10:{r.randint(10,59)}:30 UTC",
  "text": "use {d.mpan(c, 'spaced')} (msn {d.eser(c, 'lower')}), that's the test rig at {d.addr(c)} {d.pc(c)}"}},
 {{"creator": {{"name": "{d.name(b, 'plain')}", "email": "{d.email(b)}", "user_type": "Human"}}, "created_date": "Tuesday, 1 December 2026 at 10:{r.randint(10,59)}:45 UTC",
  "text": "ta. btw spoke to {d.name(a, 'plain')} - she's fine with the visit {d.k_date()}", "annotations": [{{"type": "USER_MENTION", "user": "{d.name(c, 'plain')}"}}]}}
]}}
'''


@genre("mattermost_export", "jsonl")
def mattermost(d, r, P):
    a, b = P[0], P[1]
    return f'''{{"type":"version","version":1}}
{{"type":"post","post":{{"team":"sit","channel":"meter-data","user":"{b.first.lower()}.{b.last.lower().replace("'", "").replace(" ", "")}","message":"Hub {d.eui(a, 'colon')} re-paired, MSN {d.eser(a)}","create_at":{d.k_epoch_ms()}}}}}
{{"type":"post","post":{{"team":"sit","channel":"meter-data","user":"bot","message":"D0150 for {d.mpan(a, 'core')} accepted ({d.k_dip()})","create_at":{d.k_epoch_ms()},"props":{{"tc":"{d.k_tc()}"}}}}}}
{{"type":"direct_post","direct_post":{{"channel_members":["a","b"],"message":"customer is {d.name(a, 'plain')}, {d.addr(a)}, {d.pc(a)}, mob {d.phone(a, 'mobile')}","create_at":{d.k_epoch_ms()}}}}}
'''


@genre("zoom_chat_txt", "txt")
def zoomchat(d, r, P):
    a, b = P[0], P[1]
    return f'''10:02:11 From {d.name(b, 'plain')} to Everyone:
	Screen share shows {d.k_tc()} step 4
10:03:40 From {d.name(b, 'plain')} to Everyone:
	MPAN on screen is {d.mpan(a, 'spaced')} - can we mask before recording?
10:04:02 From Witness (DCC) to Everyone:
	Replying to "MPAN on screen is..."
	yes, and the serial {d.eser(a, 'lower')} in the right pane
10:05:15 From {d.name(a, 'plain')} (customer panel) to Me: (Direct Message)
	My address is {d.addr(a)}, {d.pc(a, 'lower')} if you need it
10:07:30 From {d.name(b, 'plain')} to Everyone:
	Reacted to "yes, and the serial..." with \U0001F44D
10:08:00 From {d.name(b, 'plain')} to Everyone:
	Evidence uploaded: {d.k_sha()} / {d.k_uuid()}
'''


@genre("cobol_copybook_rec", "dat")
def cobol(d, r, P):
    recs = []
    for p in P:
        nm = (p.last.upper() + ", " + p.first.upper())[:30]
        recs.append(
            d.mpan(p, 'core') + d.S('name', f"{nm:<30}", words=[w for w in __import__('re').findall(r"[A-Z]+", nm) if len(w) >= 3], form='fixed') +
            d.S('address', f"{p.addr.upper()[:40]:<40}", words=[w for w in __import__('re').findall(r"[A-Z]+", p.addr.upper()[:40]) if len(w) >= 3 and w not in ('FLAT', 'BOX')], form='fixed') +
            d.S('postcode', f"{p.postcode:<8}", canon=(p.outward + p.inward).lower(), form='fixed') +
            d.eser(p, 'plain').ljust(0) + " " * (12 - len(p.eser)) + d.K('reading', f"{r.randint(0, 99999999):08d}") + d.K('date', f"2026{r.randint(1,12):02d}{r.randint(1,28):02d}"))
    return f'''      * COPYBOOK SUPREC01   (test {d.k_tc()})
       01  SUPPLY-REC.
           05  SR-MPAN-CORE      PIC 9(13).
           05  SR-CUST-NAME      PIC X(30).
           05  SR-ADDR-1         PIC X(40).
           05  SR-POSTCODE       PIC X(8).
           05  SR-MSN            PIC X(12).
           05  SR-LAST-READ      PIC 9(8).
           05  SR-READ-DATE      PIC 9(8).
      * DATA
''' + "\n".join(recs) + "\n"


@genre("ofgem_complaints_csv", "csv", "crlf")
def ofgem(d, r, P):
    rows = []
    for p in P:
        rows.append(f'''{d.k_inv()},{d.k_date()},"{d.name(p, 'title')}","Customer at {d.addr(p)} says ""meter {d.eser(p)} is reading double"".
Refund of {d.k_money()} offered.",{d.pc(p)},Resolved,{d.k_tc()}''')
    return "Complaint ref,Received,Complainant,Summary,Postcode,Status,Linked test\n" + "\n".join(rows) + "\n"


@genre("x12_like_segments", "edi")
def x12(d, r, P):
    a = P[0]
    return f'''ISA*00*          *00*          *ZZ*SUPPLIERSIT    *ZZ*DCOLSIT        *261201*1010*U*00401*{r.randint(100000000, 999999999)}*0*T*>~
GS*SU*SUPPLIER*DCOL*20261201*1010*{r.randint(1000, 9999)}*X*004010~
ST*867*0001~
BPT*00*{d.k_inv()}*20261201*DD~
N1*8R*{d.S('name', (a.last + ' ' + a.first).upper(), words=W((a.last + ' ' + a.first).upper()))}~
N3*{d.addr(a, 'caps')}~
N4*{a.town.upper()}**{d.pc(a, 'nospace')}*GB~
REF*MPN*{d.mpan(a, 'core')}~
REF*MG*{d.eser(a)}~
QTY*QD*{d.k_kwh()}*KH~
DTM*150*{d.k_date()}~
REF*TN*{d.k_tc()}~
SE*12*0001~
GE*1*{r.randint(1000, 9999)}~
IEA*1*{r.randint(100000000, 999999999)}~
'''


@genre("otel_collector_debug", "txt")
def otel_debug(d, r, P):
    a = P[0]
    return f'''2026-12-01T10:11:12.345Z	info	ResourceSpans #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.4.0
Resource attributes:
     -> service.name: Str(cos-engine)
     -> service.version: Str({d.k_ver()})
ScopeSpans #0
Span #0
    Trace ID       : {d.k_sha()}
    Parent ID      : 
    ID             : {d.k_sha()[:7]}
    Name           : POST /registration
    Kind           : Server
    Start time     : 2026-12-01 10:11:12.1 +0000 UTC
Attributes:
     -> mhhs.mpan: Str({d.mpan(a, 'core')})
     -> mhhs.msn: Str({d.eser(a, 'lower')})
     -> enduser.id: Str({d.email(a)})
     -> http.url: Str(https://cos/registration?mpan={d.mpan(a, 'core')}&pc={d.pc(a, 'nospace')})
     -> app.customer: Str({d.name(a, 'plain')})
     -> app.ref: Str({d.k_mpanref()})
     -> app.ts: Int({d.k_epoch_ms()})
'''


@genre("site_survey_notes", "txt")
def survey(d, r, P):
    a, b = P[0], P[1]
    return f'''SITE SURVEY  {d.k_wo()}
Surveyor: {d.name(b, 'initial')}

Arrived {d.k_date()} 08:50. {d.name(a, 'title')} answered; {d.name(a, 'last_title')} said the meter box at {d.addr(a, 'nocomma')} had been
replaced by the previous owner, a Mr {d.S('name', b.last, words=W(b.last), form='bare_surname')}.

old gas meter {d.gser(a, 'lower')} (no reading, dial seized)
elec meter {d.eser(a, 'hyph')}, read {d.k_kwh()}
chf on the wall: {d.eui(a, 'space4')}
neighbour at {d.addr(b)} shares the tail.

Recommend: full exchange under {d.k_tariff()} / {d.k_tc()}.
'''


@genre("support_handover_chat", "txt")
def handover(d, r, P):
    a, b = P[0], P[1]
    return f'''[09:01] me: morning, picking up {d.k_tc()} from {d.name(b, 'first')}
[09:02] {d.name(b, 'first')}: cool. the one that keeps failing is {d.mpan(a, 'core')}
[09:02] {d.name(b, 'first')}: sorry typo, {d.S('mpan', a.mpan[:12], canon=a.mpan[:12], form='truncated12')} + check digit {a.mpan[12]}
[09:03] me: who's the customer on it
[09:03] {d.name(b, 'first')}: {d.name(a, 'surname_first')}, lives at {d.addr(a)}
[09:04] {d.name(b, 'first')}: postcode {d.pc(a, 'nbsp')} mob {d.phone(a, 'intl')}
[09:05] me: and the meter?
[09:05] {d.name(b, 'first')}: {d.eser(a, 'lower')} / hub {d.eui(a, '0x')}
[09:06] {d.name(b, 'first')}: last D0010 was {d.k_dip()} at {d.k_epoch_ms()}, build {d.k_ver()}
'''


@genre("duplicate_forms_note", "txt")
def dupnote(d, r, P):
    a = P[0]
    c = a.mpan
    return f'''Value propagation check ({d.k_tc()})
Supply {d.mpan(a, 'core')} appears in this note several ways:
  as filename: evidence_{d.mpan(a, 'core')}_step3.png
  as URL: https://portal.example/mpan/{d.mpan(a, 'dashed')}/history
  quoted:
  > the MPAN is {d.S('mpan', c[:7] + chr(10) + '  > ' + c[7:], canon=c, form='quote_wrap')}
  with dots: {d.mpan(a, 'dots')}
  with underscores: {d.mpan(a, 'under')}
Meter {d.eser(a)} / {d.eser(a, 'lower')} / {d.eser(a, 'hyph')}
Customer {d.name(a, 'plain')} ({d.name(a, 'caps')}; {d.name(a, 'surname_first')})
Hub {d.eui(a, 'colon')} = {d.eui(a, 'plain_lower')} = {d.eui(a, 'dot4')}
Keeps: {d.k_mpanref()} {d.k_epoch_ms()} {d.k_ean()} {d.k_uuid()}
'''


@genre("smets1_enrolment_csv", "csv")
def smets1(d, r, P):
    rows = []
    for p in P:
        rows.append(f"{d.k_uuid()},{d.mpan(p, 'core')},{d.eser(p, 'lower')},{d.eui(p, 'plain')},{d.mprn(p)},{d.gser(p)},{d.k_date()},{d.k_ver()},MIGRATE")
    return "migration_id,mpan,esme_msn,chf_guid,mprn,gsme_msn,cutover,fw,action\n" + "\n".join(rows) + f"\n# batch {d.k_dip()} prepared by {d.name(P[0], 'initial')} for {d.k_tc()}\n"


@genre("read_photo_form_json", "json")
def readphoto(d, r, P):
    a = P[0]
    return f'''{{
  "formId": "submit-reading",
  "submittedAt": {d.k_epoch_ms()},
  "fields": {{
    "fullName": "{d.name(a, 'lower')}",
    "email": "{d.email(a)}",
    "accountNo": "{d.acct(a)}",
    "firstLineOfAddress": "{d.addr(a)}",
    "postcode": "{d.pc(a, 'lower')}",
    "meterSerial": "{d.eser(a, 'lower')}",
    "reading": "{d.k_kwh()}",
    "photo": "IMG_{r.randint(1000, 9999)}.HEIC"
  }},
  "ocr": {{"serialGuess": "{d.eser(a)}", "digits": "{d.k_kwh()}", "engine": "{d.k_ver()}"}},
  "barcode": {{"gtin": "{d.k_ean()}"}},
  "meta": {{"tc": "{d.k_tc()}", "mpanHint": "{d.mpan(a, 'core')}"}}
}}
'''


@genre("hocon_config", "conf")
def hocon(d, r, P):
    a = P[0]
    return f'''# fixtures for {d.k_tc()} -- do NOT commit real data
sit {{
  dip.endpoint = "https://dip-sit.example/{d.k_dip()}"
  fixtures {{
    primary {{
      mpan = {d.mpan(a, 'core')}
      msn = "{d.eser(a)}"
      hub = "{d.eui(a, 'colon')}"
      customer = "{d.name(a, 'plain')}"
      address = "{d.addr(a)}"
      postcode = "{d.pc(a)}"
      ref = {d.k_mpanref()}
    }}
    secondary = ${{sit.fixtures.primary}} {{ mpan = {d.mpan(P[1], 'core')}, msn = "{d.eser(P[1], 'lower')}" }}
  }}
  build = "{d.k_ver()}"
  epoch = {d.k_unix()}
}}
'''


@genre("chatbot_livechat", "txt")
def livechat(d, r, P):
    a = P[0]
    return f'''LiveChat transcript {d.k_uuid()}  started {d.k_date()} 19:02
Visitor: hi my meter stopped sending readings
Bot: Sorry to hear that. Can I take your name?
Visitor: {d.name(a, 'lower')}
Bot: Thanks. And the postcode?
Visitor: {d.pc(a, 'nospace').lower()}
Bot: Which property? I have {d.addr(a)}.
Visitor: yes thats me. the number on the meter is {d.eser(a, 'spaced')}
Agent (Grace): Hi, I'm Grace. I can see supply {d.mpan(a, 'core_sp3')} has no reads since {d.k_date()}.
Visitor: my mobile is {d.phone(a, 'mobile_ns')} if easier
Agent (Grace): I've raised {d.k_wo()}; tariff {d.k_tariff()} unchanged. Balance {d.k_money()}.
'''


@genre("stack_exception_dump", "txt")
def exdump(d, r, P):
    a = P[0]
    return f'''ERROR 2026-12-01 10:11:12,345 [pool-3-thread-7] c.e.cos.RegistrationService - registration failed
uk.energy.cos.DuplicateSupplyException: Supply point {d.mpan(a, 'core')} already registered to {d.name(a, 'plain')}
	at uk.energy.cos.RegistrationService.register(RegistrationService.java:214)
	at uk.energy.cos.api.CosController.gain(CosController.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_mpan"
  Detail: Key (mpan_core, msn)=({d.mpan(a, 'core')}, {d.eser(a)}) already exists.
  Where: SQL statement "INSERT INTO supply VALUES ('{d.mpan(a, 'core')}','{d.name(a, 'caps')}','{d.addr(a)}','{d.pc(a)}')"
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
	... 42 more
MDC: tc={d.k_tc()} traceId={d.k_sha()} build={d.k_ver()} ts={d.k_epoch_ms()}
'''


@genre("welsh_bilingual_notice", "txt")
def welsh(d, r, P):
    a = P[0]
    return f'''Hysbysiad / Notice                                   {d.k_date()}

Annwyl {d.name(a, 'last_title')} / Dear {d.name(a, 'last_title')},

Byddwn yn ymweld a'ch eiddo yn {d.addr(a)}, {d.pc(a)} i newid eich mesurydd.
We will visit your property at the address above to exchange your meter.

Rhif cyflenwad / Supply number: {d.mpan(a, 'full_sp')}
Rhif cyfresol y mesurydd / Meter serial: {d.eser(a)}
Cyfeirnod / Reference: {d.k_wo()}  ({d.k_tc()})

Cwmni: {d.k_company()}
'''


@genre("ni_keypad_vend_note", "txt")
def ni_vend(d, r, P):
    a = P[0]
    return f'''NIE keypad top-up query  {d.k_inv()}
Customer: {d.name(a, 'title')}
Address: {d.addr(a)}, {d.S('postcode', 'BT' + str(r.randint(1, 94)) + ' ' + a.inward, form='bt')}
Keypad meter {d.eser(a, 'plain')}; MPRN(NI) {d.S('mprn', '8' + str(r.randint(10**9, 10**10 - 1)), form='ni_mprn')}
Vend {d.k_money()} at PayPoint {d.k_date()}, token not accepted. Tel {d.phone(a, 'land')}
Linked {d.k_tc()}, {d.k_dflow()}
'''


@genre("release_test_summary", "md")
def rel_summary(d, r, P):
    rows = []
    for i in range(9):
        rows.append(f"| {d.k_tc()} | {r.choice(['PASS', 'FAIL', 'BLOCKED'])} | {d.k_dip()} | {d.k_epoch_ms()} | {d.k_sha()} | {d.k_ver()} |")
    return f'''# Release {d.k_ver()} - witnessed test summary ({d.k_date()})

Supplier: {d.k_company()}   Witness: DCC   Run {d.k_uuid()}

| Test | Result | Message | Sent (ms) | Evidence hash | Build |
|---|---|---|---|---|---|
''' + "\n".join(rows) + f'''

Defect {d.k_tc()} raised against {d.k_mpanref()}: supply {d.mpan(P[0], 'core')} returned {d.k_dflow()} twice.
Costs: {d.k_money()} test env, {d.k_money()} DCC charges. Next run {d.k_date()}.
'''


@genre("settlement_recon_csv", "csv")
def recon(d, r, P):
    rows = []
    for i in range(7):
        ref = d.mpan(P[i % 3], 'core') if i in (2, 5) else d.k_mpanref()
        rows.append(f"{d.k_inv()},{ref},{d.k_ean()},{d.k_kwh()},\"{d.k_money()}\",{d.k_tariff()},{d.k_unix()}")
    return "invoice,supply_ref,gtin,kwh,amount,tariff,posted_unix\n" + "\n".join(rows) + "\n"


@genre("dip_trace_index", "log")
def dip_index(d, r, P):
    lines = []
    for i in range(8):
        lines.append(f"{d.k_epoch_ms()} {d.k_dflow()} {d.k_dip()} corr={d.k_uuid()} wo={d.k_wo()}")
    return f"# DIP trace index for {d.k_tc()} ({d.k_company()})\n" + "\n".join(lines) + f"\n# one real one slipped in: hub {d.eui(P[0])} msn {d.eser(P[0])}\n"
