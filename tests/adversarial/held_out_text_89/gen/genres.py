# Genre templates: (name, ext, escape mode, template). {{KEY}} from record A, {{B.KEY}} from record B.
G = []


def g(name, ext, mode, tpl):
    G.append((name, ext, mode, tpl))


g("hibernate_bind_trace", "log", None, """2026-11-06 09:14:22.118 DEBUG [http-nio-8080-exec-4] org.hibernate.SQL : insert into supply_point (account_no, customer_name, mpan_core, meter_serial, postcode, site_address, tariff_code, id) values (?, ?, ?, ?, ?, ?, ?, ?)
2026-11-06 09:14:22.119 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [{{ACCT}}]
2026-11-06 09:14:22.119 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [{{NAME}}]
2026-11-06 09:14:22.119 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [VARCHAR] - [{{MPAN}}]
2026-11-06 09:14:22.119 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [4] as [VARCHAR] - [{{ESER_X}}]
2026-11-06 09:14:22.119 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [5] as [VARCHAR] - [{{PC_X}}]
2026-11-06 09:14:22.120 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [6] as [VARCHAR] - [{{ADDR}}]
2026-11-06 09:14:22.120 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [7] as [VARCHAR] - [{{TARIFF}}]
2026-11-06 09:14:22.120 TRACE [http-nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [8] as [BIGINT] - [{{TSMS}}]
2026-11-06 09:14:22.131 DEBUG [http-nio-8080-exec-4] c.a.billing.SupplyPointRepo : saved for {{TC}} ref {{MREF}} build {{VER}} commit {{SHA7}}
""")

g("pg_constraint_violation", "log", None, """2026-11-06 10:02:11.412 GMT [48211] app=meterreg user=svc_mr ERROR:  duplicate key value violates unique constraint "uq_supply_point_mpan"
2026-11-06 10:02:11.412 GMT [48211] DETAIL:  Key (mpan_core)=({{MPAN}}) already exists.
2026-11-06 10:02:11.412 GMT [48211] STATEMENT:  INSERT INTO supply_point(mpan_core, serial, postcode) VALUES ('{{MPAN}}', '{{ESER_X}}', '{{PC}}')
2026-11-06 10:02:14.007 GMT [48215] ERROR:  insert or update on table "gas_meter" violates foreign key constraint "fk_gas_meter_mprn"
2026-11-06 10:02:14.007 GMT [48215] DETAIL:  Key (mprn, meter_serial)=({{MPRN}}, {{GSER_X}}) is not present in table "gas_supply".
2026-11-06 10:02:15.771 GMT [48215] ERROR:  new row for relation "customer" violates check constraint "ck_phone"
2026-11-06 10:02:15.771 GMT [48215] DETAIL:  Failing row contains ({{ACCT}}, {{NAME}}, {{PHONE_X}}, {{EMAIL}}, {{DATE}}, {{TARIFF}}).
2026-11-06 10:02:16.001 GMT [48215] LOG:  duration: 12.402 ms  test={{TC}} flow={{FLOW}} msg={{DIP}} at {{UNIX}}
""")

g("mssql_pk_violation", "txt", None, """Msg 2627, Level 14, State 1, Procedure usp_LoadRegistration, Line 88 [Batch Start Line 0]
Violation of PRIMARY KEY constraint 'PK_MeterPoint'. Cannot insert duplicate key in object 'dbo.MeterPoint'. The duplicate key value is ({{MPAN_X}}).
Msg 2601, Level 14, State 1, Line 112
Cannot insert duplicate key row in object 'dbo.SmartDevice' with unique index 'IX_SmartDevice_Eui'. The duplicate key value is ({{EUI_X}}, {{ESER}}).
Msg 547, Level 16, State 0, Line 140
The INSERT statement conflicted with the FOREIGN KEY constraint "FK_Contact_Account". The conflict occurred in database "CRM_SIT2", table "dbo.Account", column 'AccountNo'.
The statement has been terminated.
-- failing row: AccountNo={{ACCT}}; Contact='{{NAME_SF}}'; Tel={{PHONE}}; Premise='{{ADDR}} {{PC}}'
(0 rows affected)
Completion time: {{DATE}}T10:44:07.2231145+00:00   -- run for {{TC}} / {{MREF}} / {{INV}}
""")

g("mongo_e11000", "log", None, """{"t":{"$date":"2026-11-06T11:20:03.118+00:00"},"s":"E","c":"WRITE","id":20553,"ctx":"conn1187","msg":"Plan executor error during findAndModify","attr":{"error":{"code":11000,"codeName":"DuplicateKey","errmsg":"E11000 duplicate key error collection: ops.premises index: mpan_1 dup key: { mpan: \\"{{MPAN}}\\" }"}}}
MongoServerError: E11000 duplicate key error collection: ops.customers index: email_1 dup key: { email: "{{EMAIL}}" }
    at InsertOneOperation.execute (node_modules/mongodb/lib/operations/insert.js:51:33) { keyValue: { email: '{{EMAIL}}', name: '{{NAME}}', postcode: '{{PC_X}}' } }
E11000 duplicate key error collection: ops.devices index: eui_1_serial_1 dup key: { eui: "{{EUI_X}}", serial: "{{ESER_X}}" }
// reproduced under {{TC}} (ticket build {{VER}}, event {{UUID}}, ts {{TSMS}})
""")

g("rails_params_log", "log", None, """Started POST "/api/v2/switch_requests" for 10.20.4.17 at 2026-11-06 09:03:51 +0000
Processing by Api::V2::SwitchRequestsController#create as JSON
  Parameters: {"switch_request"=>{"customer_name"=>"{{NAME}}", "email"=>"{{EMAIL}}", "phone"=>"{{PHONE_X}}", "supply_address"=>{"line1"=>"{{ADDR1}}", "town"=>"{{TOWN}}", "postcode"=>"{{PC_X}}"}, "mpan"=>"{{MPAN_X}}", "mprn"=>"{{MPRN}}", "tariff"=>"{{TARIFF}}"}, "test_ref"=>"{{TC}}"}
  SupplyPoint Load (0.6ms)  SELECT "supply_points".* FROM "supply_points" WHERE "supply_points"."mpan_core" = $1 LIMIT $2  [["mpan_core", "{{MPAN}}"], ["LIMIT", 1]]
Completed 422 Unprocessable Entity in 41ms (Views: 0.3ms | ActiveRecord: 3.1ms | Allocations: 8811)
  request_id={{UUID}} dip_id={{DIP}} version={{VER}}
""")

g("laravel_log", "log", "json", """[2026-11-06 12:01:44] production.ERROR: Meter exchange sync failed {"job":"App\\\\Jobs\\\\SyncMeterExchange","work_order":"{{WO}}","customer":"{{NAME}}","site":"{{ADDR}}, {{PC}}","old_serial":"{{ESER_X}}","new_serial":"{{B.ESER_X}}","mpan":"{{MPAN_X}}","exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 409): Client error: `PUT https://mam.example.test/api/meters/{{ESER}}` resulted in a `409 Conflict`)"}
[2026-11-06 12:01:45] production.INFO: retry scheduled {"attempt":2,"tc":"{{TC}}","flow":"{{FLOW}}","at":{{UNIX}}}
""")

g("serilog_clef", "json", "json", """{"@t":"2026-11-06T08:12:55.1182213Z","@mt":"Registration accepted for {CustomerName} at {Postcode} on MPAN {Mpan}","@l":"Information","CustomerName":"{{NAME}}","Postcode":"{{PC_X}}","Mpan":"{{MPAN_X}}","TestCase":"{{TC}}","SourceContext":"Reg.Api.RegistrationHandler"}
{"@t":"2026-11-06T08:12:55.2081117Z","@mt":"Device {Eui} joined HAN of {MeterSerial}","Eui":"{{EUI_X}}","MeterSerial":"{{ESER_X}}","CorrelationId":"{{UUID}}","Release":"{{VER}}"}
{"@t":"2026-11-06T08:12:56.0001020Z","@mt":"Contact updated {@Contact}","Contact":{"Name":"{{B.NAME}}","Phone":"{{B.PHONE_X}}","Email":"{{B.EMAIL}}","Address":"{{B.ADDR}}","Postcode":"{{B.PC}}"},"@l":"Warning","Invoice":"{{INV}}","Amount":"{{GBP}}"}
{"@t":"2026-11-06T08:12:57.4410000Z","@mt":"Gas reading {Reading} for {Mprn}/{GasSerial}","Reading":"{{READ}}","Mprn":"{{MPRN}}","GasSerial":"{{GSER_X}}","MessageId":"{{DIP}}"}
""")

g("structlog_console", "log", None, """2026-11-06T09:40:01.552Z [info     ] reading.accepted              mpan={{MPAN_X}} msn={{ESER_X}} read={{READ}} kwh={{KWH}} flow={{FLOW}} tc={{TC}}
2026-11-06T09:40:01.603Z [warning  ] address.mismatch              expected='{{ADDR}}' got='{{ADDR_UP}}' postcode={{PC_X}} customer='{{NAME}}'
2026-11-06T09:40:02.014Z [error    ] contact.invalid               phone={{PHONE_X}} email={{EMAIL}} account={{ACCT}} request_id={{UUID}}
2026-11-06T09:40:02.100Z [info     ] device.paired                 chf={{EUI_X}} gsme={{B.EUI_X}} gas_msn={{GSER_X}} mprn={{MPRN}} build={{VER}}
""")

g("celery_task_log", "log", None, """[2026-11-06 07:30:12,441: INFO/MainProcess] Task billing.tasks.send_bill[{{UUID}}] received
[2026-11-06 07:30:12,442: DEBUG/ForkPoolWorker-3] args=('{{ACCT}}', '{{MPAN}}') kwargs={'customer': '{{NAME}}', 'address': '{{ADDR}}', 'postcode': '{{PC_X}}', 'amount': '{{GBP}}', 'invoice': '{{INV}}'}
[2026-11-06 07:30:13,009: ERROR/ForkPoolWorker-3] Task billing.tasks.send_bill[{{UUID}}] raised unexpected: SMTPRecipientsRefused({'{{EMAIL}}': (550, b'5.1.1 mailbox unavailable')})
[2026-11-06 07:30:13,010: WARNING/ForkPoolWorker-3] retrying for {{NAME_SF}} ({{PHONE_X}}) in 60s; tc={{TC}} eta={{TSMS}}
""")

g("django_debug_post", "txt", None, """IntegrityError at /portal/moves/new/
UNIQUE constraint failed: moves_movein.mpan

Request Method:	POST
Request URL:	https://portal-uat.example.test/portal/moves/new/?ref={{MREF}}
Django Version:	4.2.{{READ}}
Exception Location:	/srv/app/moves/views.py, line 212, in post

POST
Variable	Value
csrfmiddlewaretoken	'{{SHA}}'
full_name	'{{NAME}}'
move_in_date	'{{DATE}}'
address_line_1	'{{ADDR1}}'
town	'{{TOWN}}'
postcode	'{{PC_X}}'
mpan	'{{MPAN_X}}'
meter_serial	'{{ESER_LOW}}'
opening_read	'{{READ}}'
contact_number	'{{PHONE_X}}'
email	'{{EMAIL}}'

Local vars
move	<MoveIn: {{NAME}} @ {{PC}}>
""")

g("chrome_console", "txt", None, """api.js:214 POST https://uat-api.example.test/v1/quotes 400 (Bad Request)
api.js:220 ▶ {status: 400, body: {…}}
    body:
        customer: {name: '{{NAME}}', email: '{{EMAIL}}', phone: '{{PHONE_X}}'}
        premise: {line1: '{{ADDR1}}', postcode: '{{PC_X}}'}
        supply: {mpan: '{{MPAN_X}}', mprn: '{{MPRN}}', msn: '{{ESER_X}}'}
        errors: ["tariff {{TARIFF}} not available"]
    [[Prototype]]: Object
quote.tsx:88 Quote request {{UUID}} for {{NAME_INIT}} failed after 812ms (build {{VER}}, {{TC}})
VM1187:1 Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'mpan')
""")

g("http_client_file", "http", None, """### {{TC}} create move-in (VS Code REST Client)
@baseUrl = https://sit-api.example.test
@mpan = {{MPAN}}

POST {{baseUrl}}/v2/supply-points/{{MPAN_EMB}}/move-in HTTP/1.1
Content-Type: application/json
X-Correlation-Id: {{UUID}}

{
  "customer": "{{NAME}}",
  "address": "{{ADDR}}",
  "postcode": "{{PC_X}}",
  "meterSerial": "{{ESER_X}}",
  "commsHub": "{{EUI_X}}",
  "moveInDate": "{{DATE}}"
}

### expect 201 and {{FLOW}} raised; see {{MREF}}
GET {{baseUrl}}/v2/customers?email={{EMAIL}}
""")

g("intellij_env_json", "json", "json", """{
  "sit2": {
    "host": "https://sit2.example.test",
    "testCase": "{{TC}}",
    "mpan": "{{MPAN_X}}",
    "mpanFull": "{{MPAN_FULL}}",
    "customerName": "{{NAME}}",
    "postcode": "{{PC_X}}",
    "gasMprn": "{{MPRN}}",
    "gasMeter": "{{GSER_X}}",
    "ihd": "{{EUI_X}}"
  },
  "uat": {
    "host": "https://uat.example.test",
    "mpan": "{{B.MPAN_X}}",
    "customerName": "{{B.NAME}}",
    "email": "{{B.EMAIL}}",
    "release": "{{VER}}",
    "dipMessage": "{{DIP}}"
  }
}
""")

g("x509_smki_dump", "txt", None, """Certificate:
    Data:
        Version: 3 (0x2)
        Serial Number:
            {{SHA}}
        Signature Algorithm: ecdsa-with-SHA256
        Issuer: CN = Z1-SMKI-Device-CA, OU = 07, O = SMKI-TEST
        Validity
            Not Before: Nov  6 09:00:00 2026 GMT
            Not After : Nov  6 09:00:00 2051 GMT
        Subject: OU = 02, CN = {{EUI_X}}
        X509v3 extensions:
            X509v3 Subject Alternative Name: critical
                othername: 1.2.826.0.1.8641679.1.2.1.1::{{EUI_RAW}}
            X509v3 Key Usage: critical
                Digital Signature
# commissioned on {{ESER}} for {{TC}}, installer job {{WO}}, at {{ADDR}} {{PC}}
# paired IHD {{B.EUI_X}} ; fw {{VER}} ; {{TSMS}}
""")

g("grep_n_output", "txt", None, """$ grep -rn "{{MPAN}}" logs/
logs/gateway-{{DATE}}.log:1182:2026-11-06 09:11:02 INFO  route {{FLOW}} mpan={{MPAN}} to dc
logs/mdr/D0010_{{MPAN_EMB}}_20261106.txt:3:026|{{MPAN}}|{{ESER_X}}|{{READ}}|
logs/crm-audit.log:44:updated contact for {{NAME}} <{{EMAIL}}> tel {{PHONE_X}}
logs/crm-audit.log:45:address now {{ADDR}}, {{PC_X}} (was {{B.ADDR1}})
--
logs/dip-out.log:9912:{{IF}} {{DIP}} sent ok {{TSMS}}
$ grep -c {{TC}} results/*.xml
results/run-{{UNIX}}.xml:4
""")

g("tail_multi_file", "txt", None, """==> /var/log/dc/inbound.log <==
09:15:01 rx {{FLOW}} file DC_{{MPAN_EMB}}_{{UNIX}}.dat bytes=2231
09:15:02 parse ok mpan={{MPAN_X}} msn={{ESER_X}} reg 01 {{READ}}

==> /var/log/dc/errors.log <==
09:15:03 WARN site address '{{ADDR}}' lacks postcode, using {{PC_X}} from PAF
09:15:03 WARN contact '{{NAME_UP}}' tel {{PHONE_X}}

==> /var/log/gas/rgma.log <==
09:15:07 ONJOB MPRN {{MPRN}} meter {{GSER_X}} install {{DATE}} {{WO}}
09:15:08 {{TC}} checkpoint {{SHA7}}
""")

g("dir_tree_listing", "txt", None, """$ tree evidence/{{TC}}
evidence/{{TC}}
├── 01_request_{{IF}}_{{MPAN_EMB}}.json
├── 02_response_{{UUID}}.json
├── 03_{{FLOW}}_{{B.MPAN_EMB}}_{{DATE}}.txt
├── photos
│   ├── meter_{{ESER}}_before.jpg
│   ├── meter_{{ESER_LOW}}_after.jpg
│   └── gas_{{GSER_X}}.jpg
└── notes_{{LAST}}_{{PC_X}}.md

2 directories, 7 files
$ ls -l evidence/{{TC}}/photos
-rw-r--r-- 1 tester testers 2331021 Nov  6 10:11 meter_{{ESER}}_before.jpg   sha1 {{SHA}}
""")

g("unzip_listing", "txt", None, """Archive:  evidence_{{MREF}}_{{TSMS}}.zip
  Length      Date    Time    Name
---------  ---------- -----   ----
     4412  2026-11-06 09:20   {{FLOW}}_{{MPAN_EMB}}_out.txt
     1877  2026-11-06 09:21   {{FLOW}}_{{MPAN_EMB}}_ack.txt
    88210  2026-11-06 09:25   customer_{{FIRST}}_{{LAST}}_letter.pdf
   120334  2026-11-06 09:31   commsHub_{{EUI_RAW}}_log.csv
      912  2026-11-06 09:33   readme-{{VER}}.txt
---------                     -------
   215745                     5 files
Comment: {{TC}} evidence for {{NAME}}, {{ADDR}}, {{PC}}; invoice {{INV}}
""")

g("sftp_session", "txt", None, """sftp> cd /outbound/{{FLOW}}
sftp> ls -1
{{FLOW}}_20261106_{{MPAN_EMB}}.usr
{{FLOW}}_20261106_{{B.MPAN_EMB}}.usr
sftp> get {{FLOW}}_20261106_{{MPAN_EMB}}.usr
Fetching /outbound/{{FLOW}}/{{FLOW}}_20261106_{{MPAN_EMB}}.usr to {{FLOW}}_20261106_{{MPAN_EMB}}.usr
100% 1432     1.4KB/s   00:00
sftp> !head -3 {{FLOW}}_20261106_{{MPAN_EMB}}.usr
ZHV|{{UNIX}}|{{FLOW}}001|X|UDMS|C|LOND|{{DATE}}|
026|{{MPAN}}|V|
028|{{ESER_X}}|{{READ}}|{{KWH}}|
sftp> bye   # {{TC}}
""")

g("xferlog", "log", None, """Fri Nov  6 09:02:11 2026 1 10.0.4.21 1432 /outbound/{{FLOW}}/{{FLOW}}_{{MPAN_EMB}}_{{UNIX}}.usr b _ o r sitdc ftp 0 * c
Fri Nov  6 09:02:12 2026 1 10.0.4.21 2210 /outbound/gas/ONJOB_{{MPRN_EMB}}_{{GSER}}.csv b _ o r sitdc ftp 0 * c
Fri Nov  6 09:02:19 2026 0 10.0.4.21 318 /inbound/ack/{{FLOW}}_{{B.MPAN_EMB}}.ack a _ i r sitdc ftp 0 * c
Fri Nov  6 09:02:22 2026 2 10.0.4.21 8812 /inbound/letters/{{LAST}}_{{PC_X}}_{{INV}}.pdf b _ i r sitdc ftp 0 * c
# {{TC}} transfer audit, build {{VER}}
""")

g("docker_compose_logs", "log", None, """registration-api-1  | 2026-11-06T10:00:01Z INFO accepted move-in for {{NAME}} mpan {{MPAN_X}}
registration-api-1  | 2026-11-06T10:00:01Z DEBUG premise {{ADDR}}, {{PC_X}}
billing-worker-1    | 2026-11-06T10:00:02Z INFO opened account {{ACCT}} tariff {{TARIFF}} first bill {{GBP}}
smart-adapter-1     | 2026-11-06T10:00:03Z INFO CH {{EUI_X}} ESME {{ESER_X}} commissioned ({{FLOW}})
notifier-1          | 2026-11-06T10:00:04Z INFO sms to {{PHONE_X}}: "Hi {{FIRST}}, your switch is booked"
notifier-1          | 2026-11-06T10:00:04Z INFO mail to {{EMAIL}} id={{UUID}}
registration-api-1  | 2026-11-06T10:00:05Z INFO done {{TC}} {{TSMS}}
""")

g("kubectl_logs_prefix", "log", None, """[pod/dip-adapter-7f9c6d5b8-x2kqp/adapter] 2026-11-06 11:22:01 INFO  {{IF}} publish msgId={{DIP}} mpan={{MPAN_X}}
[pod/dip-adapter-7f9c6d5b8-x2kqp/adapter] 2026-11-06 11:22:01 DEBUG payload.customerName={{NAME_UP}} payload.postcode={{PC_X}}
[pod/dip-adapter-7f9c6d5b8-qq81z/adapter] 2026-11-06 11:22:04 WARN  rejected: meter {{ESER_X}} not registered to {{MPAN}}
[pod/dip-adapter-7f9c6d5b8-qq81z/adapter] 2026-11-06 11:22:04 WARN  site {{ADDR}}
[pod/dip-adapter-7f9c6d5b8-qq81z/istio-proxy] [2026-11-06T11:22:04.771Z] "POST /mpan/{{MPAN_EMB}}/reads HTTP/1.1" 409 - {{UUID}}
# {{TC}} image tag {{VER}}
""")

g("kubectl_describe_pod", "txt", None, """Name:             load-test-seed-{{SHA7}}
Namespace:        sit2
Labels:           test-case={{TC}}
Containers:
  seeder:
    Image:          registry.example.test/seeder:{{VER}}
    Environment:
      SEED_MPAN:             {{MPAN_X}}
      SEED_MPAN_FULL:        {{MPAN_FULL}}
      SEED_CUSTOMER:         {{NAME}}
      SEED_ADDRESS:          {{ADDR}}
      SEED_POSTCODE:         {{PC_X}}
      SEED_GAS_METER:        {{GSER_X}}
      SEED_CH_EUI:           {{EUI_X}}
      SEED_CONTACT_EMAIL:    {{EMAIL}}
Events:
  Normal  Started  12s  kubelet  Started container seeder ({{UUID}})
""")

g("aws_s3_ls", "txt", None, """$ aws s3 ls s3://sit-flows-archive/{{FLOW}}/2026/11/06/ --recursive
2026-11-06 09:00:12       1432 {{FLOW}}/2026/11/06/{{FLOW}}-{{MPAN_EMB}}-{{TSMS}}.txt
2026-11-06 09:00:13        881 {{FLOW}}/2026/11/06/{{FLOW}}-{{B.MPAN_EMB}}-{{TSMS}}.txt
2026-11-06 09:04:40      20331 gas/{{MPRN_EMB}}/reads.csv
2026-11-06 09:05:02       9912 customers/{{LAST}}-{{FIRST}}/welcome.pdf
$ aws s3 cp s3://sit-flows-archive/{{FLOW}}/2026/11/06/{{FLOW}}-{{MPAN_EMB}}-{{TSMS}}.txt - | head -2
026|{{MPAN}}|{{ESER_X}}|
# {{TC}} {{INV}}
""")

g("az_table_output", "txt", None, """$ az storage entity query --table-name SupplyPoints --filter "PartitionKey eq '{{TC}}'" -o table
PartitionKey    RowKey           Customer                 Postcode    Serial         Eui
--------------  ---------------  -----------------------  ----------  -------------  -----------------------
{{TC}}         {{MPAN}}    {{NAME}}    {{PC}}    {{ESER}}    {{EUI_X}}
{{TC}}         {{B.MPAN}}    {{B.NAME}}    {{B.PC}}    {{B.ESER_X}}    {{B.EUI_X}}
Timestamp: {{DATE}}T09:00:00Z  etag W/"datetime'{{UNIX}}'"  release {{VER}}
""")

g("grpcurl_output", "txt", None, """$ grpcurl -d '{"mpan":"{{MPAN}}"}' sit-grpc.example.test:443 meterpoint.v1.MeterPointService/GetMeterPoint
{
  "mpan": "{{MPAN}}",
  "fullMpan": "{{MPAN_FULL}}",
  "meters": [
    {
      "serial": "{{ESER_X}}",
      "commsHubId": "{{EUI_X}}",
      "lastRead": "{{READ}}"
    }
  ],
  "occupier": {
    "displayName": "{{NAME}}",
    "address": "{{ADDR}}",
    "postcode": "{{PC_X}}"
  },
  "traceId": "{{UUID}}"
}
# {{TC}}: response matched {{MREF}} snapshot {{SHA7}}
""")

g("loqate_address_api", "json", "json", """{"Items":[
 {"Id":"GB|RM|A|{{READ}}","Type":"Address","Text":"{{ADDR1}}","Highlight":"0-2","Description":"{{TOWN}}, {{PC}}"},
 {"Id":"GB|RM|A|{{READ}}1","Type":"Address","Text":"{{B.ADDR1}}","Description":"{{B.TOWN}}, {{B.PC_X}}"}
],
 "Retrieve":{"Line1":"{{ADDR1}}","City":"{{TOWN}}","PostalCode":"{{PC}}","Label":"{{ADDR_UP}}\\n{{PC}}","Udprn":"{{EAN}}"},
 "_test":"{{TC}}","_requestId":"{{UUID}}","_ts":{{TSMS}}}
""")

g("credit_check_response", "xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<CreditSearchResponse requestId="{{UUID}}" product="ID-VERIFY" version="{{VER}}">
  <Applicant>
    <Name><Title>{{TITLE}}</Title><Forename>{{FIRST}}</Forename><Surname>{{LAST}}</Surname></Name>
    <DateOfBirth>1979-04-1{{READ}}</DateOfBirth>
    <CurrentAddress><Line1>{{ADDR1}}</Line1><PostTown>{{TOWN}}</PostTown><Postcode>{{PC_X}}</Postcode></CurrentAddress>
    <Phone>{{PHONE_X}}</Phone>
  </Applicant>
  <Decision code="REFER" score="612"/>
  <Note>Applicant {{NAME}} previously at {{B.ADDR}} {{B.PC}}; supply {{MPAN_X}}</Note>
  <Audit testRef="{{TC}}" ts="{{TSMS}}" invoice="{{INV}}"/>
</CreditSearchResponse>
""")

g("d0302_customer_details", "usr", None, """ZHV|{{UNIX}}|D0302001|X|SUPP|R|UDMS|{{DATE}}||||OPER|
288|{{MPAN}}|{{DATE}}|
289|{{NAME_UP}}|{{TITLE}}|||
290|{{ADDR1}}||{{TOWN}}|||{{PC_X}}|
291|{{PHONE_X}}||{{EMAIL}}|
288|{{B.MPAN_X}}|{{DATE}}|
289|{{B.NAME_SF}}||||
290|{{B.ADDR1}}||{{B.TOWN}}|||{{B.PC}}|
ZPT|{{UNIX}}|8||3|{{UNIX}}|
# {{TC}} / {{MREF}} / file built by harness {{VER}}
""")

g("d0131_supplier_address", "usr", None, """ZHV|{{READ}}|D0131002|X|SUPP|D|DIST|{{DATE}}|
01A|{{MPAN_X}}|{{DATE}}|
01B|{{NAME}}|{{ADDR1}}|{{TOWN}}|{{PC_X}}|
01C|Meter {{ESER_X}} at premises, see {{WO}}|
ZPT|{{READ}}|4||1|{{UNIX}}|
Tester note: {{B.NAME}} queried the address ({{B.ADDR}}, {{B.PC_X}}); {{TC}} re-run with {{MREF}}.
""")

g("rgma_onjob", "csv", None, """HEADER,RGMA,ONJOB,{{DATE}},{{UNIX}},{{VER}}
MTR,{{MPRN}},{{GSER}},U6,METRIC,{{READ}},{{DATE}}
MTR,{{B.MPRN}},{{B.GSER_X}},G4,IMPERIAL,{{READ}},{{DATE}}
AST,{{GSER}},ASSET,{{WO}},{{EAN}}
SITE,{{MPRN}},"{{ADDR}}",{{PC_X}}
CONT,{{MPRN}},"{{NAME_SF}}",{{PHONE_X}}
TRAILER,6,{{TC}}
""")

g("adaptive_card_json", "json", "json", """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
 "type":"AdaptiveCard","version":"1.5","body":[
  {"type":"TextBlock","text":"Failed switch: {{NAME}} ({{MPAN_X}})","weight":"Bolder"},
  {"type":"FactSet","facts":[{"title":"Premises","value":"{{ADDR}}, {{PC_X}}"},{"title":"MSN","value":"{{ESER_X}}"},
   {"title":"Phone","value":"{{PHONE_X}}"},{"title":"Test","value":"{{TC}}"},{"title":"Flow","value":"{{FLOW}}"}]},
  {"type":"TextBlock","text":"cc {{B.NAME_INIT}} - payload {{DIP}} at {{TSMS}}","wrap":true}],
 "actions":[{"type":"Action.OpenUrl","title":"Open","url":"https://ado.example.test/_workitems?mpan={{MPAN_EMB}}"}]}}]}
""")

g("slack_blockkit", "json", "json", """{"channel":"C07SITDEFECTS","text":"New defect on {{TC}}","blocks":[
 {"type":"section","text":{"type":"mrkdwn","text":"*Defect* on `{{MPAN_X}}` - customer *{{NAME}}* ({{EMAIL}})"}},
 {"type":"section","fields":[{"type":"mrkdwn","text":"*Address*\\n{{ADDR}}\\n{{PC_X}}"},{"type":"mrkdwn","text":"*Meter*\\n{{ESER_X}} / {{EUI_X}}"}]},
 {"type":"context","elements":[{"type":"mrkdwn","text":"release {{VER}} | {{INV}} | {{GBP}} | {{KTOWN}} depot"}]}]}
""")

g("intercom_conversation", "json", "json", """{"type":"conversation","id":"{{READ}}","created_at":{{UNIX}},"source":{"author":{"type":"user","name":"{{NAME}}","email":"{{EMAIL}}"},
"body":"<p>Hi, my new meter {{ESER_X}} isn't showing on the app. I moved to {{ADDR}}, {{PC_X}} on {{DATE}}.</p>"},
"conversation_parts":{"conversation_parts":[
 {"part_type":"comment","author":{"type":"admin","name":"Agent"},"body":"<p>Thanks {{FIRST}}. Is the MPAN on your bill {{MPAN_X}}? And the gas one {{MPRN}}?</p>"},
 {"part_type":"comment","author":{"type":"user","name":"{{NAME}}"},"body":"<p>yes. my number is {{PHONE_X}} if easier</p>"},
 {"part_type":"note","body":"<p>{{TC}} - reproduced, {{FLOW}} not sent, tariff {{TARIFF}}</p>"}]}}
""")

g("discord_export", "txt", None, """[06-Nov-26 09:14] tester_ravi: anyone seen {{FLOW}} stuck for {{MPAN_X}}?
[06-Nov-26 09:15] dev_kim: which env? sit2. customer is {{NAME}} i think
[06-Nov-26 09:15] tester_ravi: yeah {{NAME_LOW}}, {{ADDR1}}, {{TOWN}} {{PC_X}}
[06-Nov-26 09:16] dev_kim: the chub {{EUI_X}} never answered, meter {{ESER_X}}
[06-Nov-26 09:17] tester_ravi: raised as {{TC}}. fyi {{B.FIRST}} {{B.LAST}} called about the same thing, ph {{B.PHONE_X}}
[06-Nov-26 09:18] dev_kim: lol the {{WORD}} one again. fixed in {{VER}} ({{SHA7}})
""")

g("linear_issue_md", "md", None, """---
id: ENG-{{READ}}
title: "Move-in for {{NAME}} creates duplicate account"
labels: [sit2, {{TC}}]
created: {{DATE}}
---
## Steps
1. Create move-in at {{ADDR}}, {{PC_X}} with MPAN `{{MPAN_X}}`
2. Observe {{IF}} ({{DIP}}) published twice
3. Account {{ACCT}} and a second account appear for {{NAME_SF}}

## Notes
Meter {{ESER_X}} reading {{READ}} ({{KWH}} kWh) accepted. Gas MPRN {{MPRN}} unaffected.
Contact on file: {{PHONE_X}} / {{EMAIL}}.
""")

g("obsidian_note", "md", None, """---
tags: [sit, evidence, {{TC}}]
customer: {{NAME}}
mpan: {{MPAN_X}}
site: "{{ADDR}}, {{PC_X}}"
---
# {{DATE}} witness notes
Spoke with {{TITLE}} {{LAST}} at the door; {{FIRST}} confirmed the meter {{ESER_X}} is under the stairs.
Gas meter {{GSER_X}} (MPRN {{MPRN}}) outside in the {{WORD}} box. IHD {{EUI_X}} paired OK.
- [[{{MREF}}]] linked
- reading {{READ}}, {{KWH}} kWh, bill {{GBP}}
""")

g("rfc2047_headers", "eml", None, """Return-Path: <{{EMAIL}}>
From: =?UTF-8?B?{{B64NAME}}?= <{{EMAIL}}>
To: "SIT Triage" <sit-triage@example.test>
Subject: =?UTF-8?Q?{{QPSUBJ}}?=
X-Test-Case: {{TC}}
Message-ID: <{{UUID}}@mail.example.test>
Date: Fri, 06 Nov 2026 09:41:17 +0000

Hello, my address is {{ADDR}}, {{PC_X}} and the meter number is {{ESER_X}}.
Please call {{PHONE_X}}. Ref {{INV}}.
{{NAME}}
""")

g("polars_frame", "txt", None, """shape: (3, 6)
┌───────────────┬──────────────────────┬──────────┬─────────────┬──────────┬───────────┐
│ mpan          ┆ customer             ┆ postcode ┆ msn         ┆ read     ┆ tc        │
│ ---           ┆ ---                  ┆ ---      ┆ ---         ┆ ---      ┆ ---       │
│ str           ┆ str                  ┆ str      ┆ str         ┆ str      ┆ str       │
╞═══════════════╪══════════════════════╪══════════╪═════════════╪══════════╪═══════════╡
│ {{MPAN}} ┆ {{NAME}} ┆ {{PC}} ┆ {{ESER}} ┆ {{READ}} ┆ {{TC}} │
│ {{B.MPAN}} ┆ {{B.NAME_UP}} ┆ {{B.PC_X}} ┆ {{B.ESER_LOW}} ┆ {{KWH}} ┆ {{MREF}} │
└───────────────┴──────────────────────┴──────────┴─────────────┴──────────┴───────────┘
""")

g("tmux_split_panes", "txt", None, """tester@jump:~$ tail -f dc.log                                   │tester@jump:~$ psql -c "select * from cust"
09:01 rx {{FLOW}} {{MPAN}}                                 │ acct      | name
09:01 msn {{ESER}} read {{READ}}                              │ {{ACCT}} | {{NAME}}
09:02 site {{ADDR1}}                                   │ addr      | {{TOWN}} {{PC}}
09:02 chub {{EUI_X}}                               │ phone     | {{PHONE}}
09:03 {{TC}} pass                                       │(1 row)  {{UUID}}
""")

g("git_word_diff", "txt", None, """diff --git a/fixtures/{{TC}}.yaml b/fixtures/{{TC}}.yaml
index {{SHA7}}..4a1f02c 100644
--- a/fixtures/{{TC}}.yaml
+++ b/fixtures/{{TC}}.yaml
@@ -3,9 +3,9 @@ case: {{TC}}
 supply:
   mpan: [-{{MPAN}}-]{+{{B.MPAN}}+}
   serial: [-{{ESER}}-]{+{{B.ESER_X}}+}
 customer:
   name: [-{{NAME}}-]{+{{B.NAME}}+}
   address: {+{{B.ADDR}}, +}{{B.PC_X}}
   phone: {{PHONE_X}}
 expected_flow: {{FLOW}}
 release: {{VER}}
""")

g("diff_side_by_side", "txt", None, """$ diff -y --width=120 expected_{{TC}}.txt actual_{{TC}}.txt
mpan={{MPAN}}                                                 mpan={{MPAN}}
serial={{ESER}}                                             | serial={{ESER_LOW}}
name={{NAME}}                                      | name={{NAME_UP}}
postcode={{PC}}                                             | postcode={{PC_X}}
gas={{GSER}}                                                  gas={{GSER}}
flow={{FLOW}} ts={{UNIX}}                                          flow={{FLOW}} ts={{UNIX}}
""")

g("xxd_payload", "txt", None, """$ xxd -c 16 payload_{{TC}}.bin | head
# decoded: mpan {{MPAN}} serial {{ESER}} eui {{EUI_X}}
00000000: {{HEXLINE1}}
00000010: {{HEXLINE2}}
# message {{DIP}} flow {{IF}} {{TSMS}}
""")

g("gatling_log", "log", None, """Simulation MoveInSimulation started...
>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>
Request:
create-move-in: KO status.find.in(201,202), but actually found 409
=========================
Session:
Session(MoveInSimulation,7,Map(mpan -> {{MPAN_X}}, customer -> {{NAME}}, postcode -> {{PC_X}}, msn -> {{ESER_X}}, gatling.http.cache.dns -> ..., tc -> {{TC}}),KO)
=========================
HTTP request:
PUT https://perf.example.test/api/premises/{{MPAN_EMB}}
body:StringChunksRequestBody{contentType='application/json', content={"address":"{{ADDR}}","email":"{{EMAIL}}"}}
<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
---- Global Information -------- {{DATE}} run {{UUID}} v{{VER}}
""")

g("locust_failures_csv", "csv", None, """Method,Name,Error,Occurrences
PUT,/api/premises/[mpan],"HTTPError('409 Client Error: Conflict for url: https://perf.example.test/api/premises/{{MPAN_EMB}}')",12
POST,/api/contacts,"HTTPError('422 Client Error: phone {{PHONE_X}} invalid for {{NAME}}')",3
GET,/api/meters/[msn],"HTTPError('404 Client Error: Not Found for url: https://perf.example.test/api/meters/{{ESER_X}}')",7
GET,/api/address,"HTTPError('400: postcode {{PC_X}} / {{ADDR}}')",1
# {{TC}} {{UNIX}} {{VER}}
""")

g("testng_results_xml", "xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<testng-results skipped="0" failed="1" total="3" passed="2">
  <suite name="SIT2-Switching" duration-ms="{{READ}}" started-at="{{DATE}}T09:00:00Z">
    <test name="{{TC}}">
      <class name="uk.example.sit.MoveInTests">
        <test-method status="FAIL" signature="moveIn()" name="moveIn" duration-ms="812">
          <params><param index="0"><value><![CDATA[{{MPAN_X}}]]></value></param>
                  <param index="1"><value><![CDATA[{{NAME}}]]></value></param>
                  <param index="2"><value><![CDATA[{{ADDR}}, {{PC_X}}]]></value></param></params>
          <exception class="java.lang.AssertionError"><message><![CDATA[expected serial [{{ESER}}] but found [{{ESER_LOW}}]]]></message></exception>
          <reporter-output><line><![CDATA[IHD {{EUI_X}} / DIP {{DIP}} / {{TSMS}}]]></line></reporter-output>
        </test-method>
      </class>
    </test>
  </suite>
</testng-results>
""")

g("behave_output", "txt", None, """Feature: Change of tenancy # features/cot.feature:1
  Scenario Outline: move-in raises {{FLOW}} -- @1.1 sit2   # features/cot.feature:12
    Given a supply point "{{MPAN_X}}" with meter "{{ESER_X}}"        # steps/supply.py:14 0.012s
    And a customer "{{NAME}}" at "{{ADDR}}" "{{PC_X}}"              # steps/customer.py:9 0.004s
    When the move-in is submitted on "{{DATE}}"                     # steps/cot.py:22 0.811s
    Then a "{{FLOW}}" is sent to the DC                                # steps/flows.py:40 0.100s
      Assertion Failed: expected 1 message, got 0 (trace {{UUID}})
      Captured logging:
      INFO:cot:contact {{PHONE_X}} {{EMAIL}}
1 feature passed, 0 failed; {{TC}} build {{VER}}
""")

g("ivr_transcript_digits", "txt", None, """[agent 00:01:12] Can I take the long number from the bill, the one starting S?
[caller 00:01:20] It's {{MPAN_SPOKEN}}.
[agent 00:01:41] And the postcode?
[caller 00:01:44] {{PC_NATO}}
[agent 00:02:03] Thank you {{TITLE}} {{LAST}}. Meter serial?
[caller 00:02:05] {{ESER_SPOKEN}}
[agent 00:02:30] Lovely, logged under {{TC}}, call id {{UUID}}.
""")

g("ocr_jobcard", "txt", None, """JOB CARD  WO: {{WO}}   Date: {{DATE}}
Customer: {{OCR_NAME}}
Address : {{OCR_ADDR}}
MPAN    : {{OCR_MPAN}}
Old MSN : {{OCR_ESER}}   Read: {{READ}}
New MSN : {{B.ESER_X}}   CH: {{EUI_X}}
Signed  : {{NAME_INIT}}   Test ref {{TC}}
""")

g("pdf_extract_interleaved", "txt", None, """Your electricity bill                      Account number {{ACCT}}
{{TITLE}} {{NAME}}                      Bill date {{DATE}}
{{ADDR1}}                        Invoice {{INV}}
{{TOWN}}                                 Amount due {{GBP}}
{{PC}}                                    Tariff {{TARIFF}}
Supply number                              Meter {{ESER}}
S {{MTOP}}                              Previous {{READ}}
  {{MPAN_SP}}                  Units {{KWH}} kWh
Need help? Call {{KTOWN}} Customer Centre (not this customer's number). Ref {{TC}}
""")

g("spring_actuator_env", "json", "json", """{"activeProfiles":["sit2"],"propertySources":[{"name":"applicationConfig: [classpath:/application-sit2.yml]","properties":{
 "seed.customer.name":{"value":"{{NAME}}","origin":"class path resource [application-sit2.yml] - 14:13"},
 "seed.customer.postcode":{"value":"{{PC_X}}"},
 "seed.supply.mpan":{"value":"{{MPAN_X}}"},
 "seed.supply.mpan-list":{"value":"{{MPAN}},{{B.MPAN}}"},
 "seed.meter.gas-serial":{"value":"{{GSER_X}}"},
 "seed.meter.chub":{"value":"{{EUI_X}}"},
 "app.release":{"value":"{{VER}}"},"app.test-case":{"value":"{{TC}}"},"app.build-sha":{"value":"{{SHA}}"}}}]}
""")

g("firehose_records", "json", "json", """{"records":[
 {"recordId":"{{UUID}}","approximateArrivalTimestamp":{{TSMS}},"data":"{{B64REC}}"},
 {"recordId":"{{DIP}}","approximateArrivalTimestamp":{{TSMS}},"data":"{{B64REC2}}"}
],"note":"{{TC}} decoded first record for {{NAME}} (MPAN {{MPAN_X}})"}
""")

g("js_json_unicode_escaped", "json", "jsonA", """{"event":"{{IF}}","messageId":"{{DIP}}","payload":{"mpan":"{{MPAN_U}}","mpanPlain":"{{MPAN}}","customer":"{{NAME}}","postcode":"{{PC_X}}","address":"{{ADDR}}","tc":"{{TC}}","sent":{{TSMS}}}}
""")

g("support_email_thread", "txt", None, """From: {{B.NAME}} <{{B.EMAIL}}>
Sent: 06 November 2026 10:02
Subject: RE: {{TC}} - no reads since meter exchange

Hi team,
The customer rang again. {{NAME}} lives at {{ADDR}} ({{PC_X}}). The old meter {{ESER_X}} was swapped for
{{B.ESER}} under {{WO}}, and the supply {{MPAN_X}} has had no {{FLOW}} since {{DATE}}. She says the {{WORD}}
fence box by the gate is where the gas meter {{GSER_X}} lives. Her mobile is {{PHONE_X}}.

> On 05/11/2026, {{B.NAME_INIT}} wrote:
> MPAN {{MPAN_WRAP}} is the one; escalate to {{KTOWN}} office.
Thanks, {{B.FIRST}}
""")

g("handwritten_note_prose", "txt", None, """Visit notes {{DATE}} ({{TC}})
{{NAME}} was home; {{FIRST}} let us in via the side door. {{B.NAME}} (neighbour, {{B.ADDR1}}) also asked about her meter.
Property: {{ADDR_UP}}, {{PC_X}}.
Elec meter {{ESER_LOW}} reading {{READ}}; gas meter {{GSER_X}} reading {{B.READ}}.
Full supply number off the card: {{MPAN_S}}
CH label {{EUI_X2}}; IHD {{EUI_X}}. Bill {{INV}} for {{GBP}} disputed.
""")

g("ini_toml_fixture", "toml", None, """# fixture for {{TC}} (release {{VER}})
[supply]
mpan = "{{MPAN_X}}"
mpan_full = "{{MPAN_FULL}}"
mprn = {{MPRN}}
meter_serial = '{{ESER_X}}'
gas_meter = "{{GSER_X}}"

[customer]
name = "{{NAME}}"
address = """ + '"""' + """{{ADDR1}}
{{TOWN}}
{{PC_X}}""" + '"""' + """
phone = "{{PHONE_X}}"

[expect]
flow = "{{FLOW}}"
ts = {{TSMS}}
ean = "{{EAN}}"
""")

g("sap_bapi_return", "txt", None, """BAPIRET2
TYPE ID         NUMBER MESSAGE
E    EL         012    Installation for POD {{MPAN_FULL}} not found on {{DATE}}
W    EG         044    Device {{ESER_X}} already allocated to business partner {{ACCT}}
I    AM         101    Partner {{NAME_UP}} address {{ADDR_UP}} {{PC_X}} checked
E    EDM        210    Gas POD {{MPRN}} device {{GSER_X}}: register 001 read {{READ}} rejected
S    ZSIT       000    {{TC}} logged, IDoc {{EAN}}, trace {{UUID}}
""")

g("bash_heredoc_seed", "sh", None, """#!/usr/bin/env bash
# seed data for {{TC}} -- release {{VER}}
set -euo pipefail
psql "$SIT_DB" <<'SQL'
INSERT INTO customer(acct, name, phone, email) VALUES ('{{ACCT}}', '{{NAME_SQL}}', '{{PHONE_X}}', '{{EMAIL}}');
INSERT INTO premise(mpan, line1, town, postcode) VALUES ('{{MPAN}}', '{{ADDR1_SQL}}', '{{TOWN}}', '{{PC_X}}');
SQL
curl -s -X POST "$API/meters/{{ESER_X}}/pair?chub={{EUI_X}}" -H "X-Test: {{TC}}"
echo "seeded {{MPAN_SP}} at $(date +%s) ({{UNIX}})"
""")
