from lib import *
import json, base64


def cust():
    f, l = person()
    num, street, town, pc, reg = address()
    core = mpan_core()
    full, _ = mpan_full(core)
    return dict(f=f, l=l, num=num, street=street, town=town, pc=pc, reg=reg, core=core, full=full, mprn=mprn(),
                es=elec_serial(), gs=gas_serial(), eui=eui(), ph=phone(), em=email(f, l), acc=account(),
                title=R.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx']))


def addr_str(c):
    return '%s %s' % (c['num'], c['street']) if not c['num'].endswith(',') else '%s %s' % (c['num'], c['street'])


def spaced_core(core):
    return R.choice(['%s %s %s %s' % (core[:2], core[2:6], core[6:10], core[10:]), '%s %s %s' % (core[:2], core[2:10], core[10:]),
                     '%s-%s-%s' % (core[:2], core[2:10], core[10:])])


# Each genre: fn(d) writes into Doc d.  S()/K() record values that occur in the text.

def g_sequelize(d):
    c = cust(); c2 = cust()
    S, K = d.S, d.K
    d.w(f"""Executing (default): SELECT `id`, `first_name`, `last_name`, `mprn`, `created_at` FROM `customers` AS `Customer` WHERE `Customer`.`mprn` = '{S(c['mprn'],'mprn','sql-bound')}' LIMIT 1; Elapsed time: 3ms
Executing (default): INSERT INTO `site_visits` (`id`,`job_ref`,`line1`,`postcode`,`created_at`) VALUES (DEFAULT,'{K(k_wo(),'workorder')}','{S(addr_str(c),'address','sql-bound')}','{S(c['pc'],'postcode','sql-bound')}','{K(k_date(),'date')} 09:14:22');
Executing (default): UPDATE `customers` SET `first_name`=?,`last_name`=?,`updatedAt`=? WHERE `id` = ?
  bind: ["{S(c2['f'],'name','split-bound')}","{S(c2['l'],'name','split-bound')}","{K(k_ts(),'timestamp')}",{K(str(R.randint(100,9999)),'row-id')}]
Executing (default): SELECT * FROM `meters` WHERE `serial_no` IN ('{S(c['es'].lower(),'serial','lowercase')}', '{S(c2['gs'],'gas_serial','sql-bound')}');
-- test {K(k_tc(),'testcase')} flow {K(k_dflow(),'dflow')} ref {K(k_mref(),'mpanref')}
Executing (default): SELECT count(*) FROM `supply_points` WHERE `core` = '{S(c['core'],'mpan','sql-bound')}';
""")


def g_doctrine(d):
    c = cust()
    S, K = d.S, d.K
    d.w(f"""[{K(k_date(),'date')} 10:02:11] doctrine.DEBUG: SELECT t0.id AS id_1, t0.forename AS forename_2, t0.surname AS surname_3 FROM account_holder t0 WHERE t0.account_no = ? {{"params":{{"1":"{S(c['acc'],'account','doctrine-params')}"}},"types":{{"1":2}}}} []
[{K(k_date(),'date')} 10:02:11] doctrine.DEBUG: "START TRANSACTION" [] []
[{K(k_date(),'date')} 10:02:11] doctrine.DEBUG: INSERT INTO contact (forename, surname, email, phone) VALUES (?, ?, ?, ?) {{"params":{{"1":"{S(c['f'],'name','split-param')}","2":"{S(c['l'],'name','split-param')}","3":"{S(c['em'],'email')}","4":"{S(c['ph'],'phone')}"}}}} []
[{K(k_date(),'date')} 10:02:12] doctrine.DEBUG: UPDATE supply SET mpan_core = ?, msn = ? WHERE id = ? {{"params":{{"1":"{S(c['core'],'mpan','doctrine-params')}","2":"{S(c['es'],'serial')}","3":{K(str(R.randint(10000,99999)),'row-id')}}}}} []
[{K(k_date(),'date')} 10:02:12] app.INFO: flow {K(k_dflow(),'dflow')} built for {K(k_mref(),'mpanref')} in {K(k_tc(),'testcase')} (invoice {K(k_inv(),'invoice')}) [] []
[{K(k_date(),'date')} 10:02:12] doctrine.DEBUG: "COMMIT" [] []
""")


def g_prisma(d):
    c = cust(); c2 = cust()
    S, K = d.S, d.K
    d.w(f"""prisma:query SELECT "public"."Premise"."id", "public"."Premise"."line1", "public"."Premise"."postcode" FROM "public"."Premise" WHERE "public"."Premise"."mprn" = $1 LIMIT $2 OFFSET $3
prisma:query Params: ["{S(c['mprn'],'mprn','positional-params')}",1,0]
prisma:query Duration: 4ms
prisma:query INSERT INTO "public"."Occupant" ("givenName","familyName","premiseId") VALUES ($1,$2,$3) RETURNING "public"."Occupant"."id"
prisma:query Params: ["{S(c['f'],'name','positional-params')}","{S(c['l'],'name','positional-params')}",{K(str(R.randint(100,999)),'row-id')}]
prisma:query UPDATE "public"."Premise" SET "line1" = $1, "postcode" = $2 WHERE "public"."Premise"."id" = $3
prisma:query Params: ["{S(addr_str(c2),'address','positional-params')}","{S(c2['pc'],'postcode','positional-params')}",{K(str(R.randint(1000,9999)),'row-id')}]
prisma:query SELECT 1 FROM "public"."Device" WHERE "eui64" = $1 -- trace {K(k_uuid(),'uuid')}
prisma:query Params: ["{S(eui_form(c['eui'],R.choice(EUI_STYLES)),'eui64','positional-params')}"]
prisma:info  Starting a postgresql pool with 9 connections. {K(k_tc(),'testcase')} / {K(k_if(),'iftype')}
""")


def g_typeorm(d):
    c = cust()
    S, K = d.S, d.K
    d.w(f"""query: SELECT "Meter"."id" AS "Meter_id", "Meter"."serial" AS "Meter_serial" FROM "meter" "Meter" WHERE "Meter"."mpan" = $1 -- PARAMETERS: ["{S(c['full'],'mpan','21-digit-full')}"]
query: START TRANSACTION
query: INSERT INTO "reading"("meterId", "value", "takenAt") VALUES ($1, $2, $3) RETURNING "id" -- PARAMETERS: [{K(str(R.randint(100,999)),'row-id')},"{K(k_kwh(),'kwh')}","{K(k_ts(),'timestamp')}"]
query: UPDATE "customer" SET "title" = $1, "initials" = $2, "surname" = $3 WHERE "id" IN ($4) -- PARAMETERS: ["{c['title']}","{S(c['f'][0]+'.','initial','initial-field')}","{S(c['l'],'name','split-param')}",{K(str(R.randint(100,999)),'row-id')}]
query: SELECT * FROM "gas_meter" WHERE "msn" = $1 -- PARAMETERS: ["{S(c['gs'],'gas_serial')}"]
query: COMMIT
query failed: INSERT INTO "contact"("phone") VALUES ($1) -- PARAMETERS: ["{S(c['ph'],'phone')}"]
error: error: duplicate key value violates unique constraint "UQ_contact_phone"  ({K(k_tc(),'testcase')}, {K(k_sr(),'ticket')})
""")


def g_gorm(d):
    c = cust(); c2 = cust()
    S, K = d.S, d.K
    d.w(f"""{K(k_date(),'date')} 11:20:03 /app/internal/repo/premise.go:88
[1.204ms] [rows:1] SELECT * FROM `premises` WHERE mprn = "{S(c['mprn'],'mprn','gorm-inline')}" AND `premises`.`deleted_at` IS NULL ORDER BY `premises`.`id` LIMIT 1

{K(k_date(),'date')} 11:20:03 /app/internal/repo/occupant.go:41
[0.811ms] [rows:1] INSERT INTO `occupants` (`created_at`,`given`,`family`,`premise_id`) VALUES ("{K(k_date(),'date')} 11:20:03.112","{S(c['f'],'name','split-column')}","{S(c['l'],'name','split-column')}",{K(str(R.randint(10,999)),'row-id')})

{K(k_date(),'date')} 11:20:04 /app/internal/repo/premise.go:102 record not found
[0.402ms] [rows:0] SELECT * FROM `premises` WHERE line1 = "{S(addr_str(c2),'address','gorm-inline')}" AND postcode = "{S(c2['pc'].replace(' ',''),'postcode','nospace')}"

{K(k_date(),'date')} 11:20:04 /app/internal/repo/device.go:19
[0.390ms] [rows:1] UPDATE `devices` SET `guid`="{S(eui_form(c['eui'],'lowercolon'),'eui64')}",`fw`="{K(k_ver(),'version')}" WHERE id = {K(str(R.randint(10,999)),'row-id')}
""")


def g_activerecord(d):
    c = cust(); c2 = cust()
    S, K = d.S, d.K
    d.w(f"""Started POST "/admin/supply_points/{S(c['core'],'mpan','in-url')}/visits" for 10.4.2.17 at {K(k_date(),'date')} 14:02:55 +0000
Processing by Admin::VisitsController#create as HTML
  Parameters: {{"authenticity_token"=>"[FILTERED]", "visit"=>{{"notes"=>"went to {S(addr_str(c),'address','after-verb')} nobody home", "engineer"=>"E{R.randint(100,999)}"}}, "supply_point_id"=>"{S(c['core'],'mpan','repeat')}"}}
  SupplyPoint Load (0.4ms)  SELECT "supply_points".* FROM "supply_points" WHERE "supply_points"."core" = $1 LIMIT $2  [["core", "{S(c['core'],'mpan','repeat')}"], ["LIMIT", 1]]
  Occupant Load (0.3ms)  SELECT "occupants".* FROM "occupants" WHERE "occupants"."supply_point_id" = $1  [["supply_point_id", {K(str(R.randint(1000,9999)),'row-id')}]]
  Occupant Update (0.6ms)  UPDATE "occupants" SET "forename" = $1, "surname" = $2 WHERE "occupants"."id" = $3  [["forename", "{S(c2['f'],'name','split-bound')}"], ["surname", "{S(c2['l'],'name','split-bound')}"], ["id", {K(str(R.randint(10,99)),'row-id')}]]
  Meter Load (0.2ms)  SELECT "meters".* FROM "meters" WHERE "meters"."msn" = $1  [["msn", "{S(c['gs'].lower(),'gas_serial','lowercase')}"]]
Redirected to https://crm.example.test/admin/visits/{K(k_uuid(),'uuid')}
Completed 302 Found in 48ms (ActiveRecord: 2.1ms | Allocations: 9120)  # {K(k_tc(),'testcase')}
""")


def g_sqlite_box(d):
    S, K = d.S, d.K
    d.w("sqlite> .mode box\nsqlite> SELECT ref, mprn, given, family, postcode, read_kwh FROM fixture LIMIT 4;\n")
    rows = []
    for _ in range(4):
        c = cust()
        rows.append((K(k_mref(), 'mpanref'), S(c['mprn'], 'mprn', 'box-table'), S(c['f'], 'name', 'split-column'),
                     S(c['l'], 'name', 'split-column'), S(c['pc'], 'postcode', 'box-table'), K(k_kwh(), 'kwh')))
    hdr = ('ref', 'mprn', 'given', 'family', 'postcode', 'read_kwh')
    wid = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(6)]
    line = lambda l, m, r: l + m.join('─' * (w + 2) for w in wid) + r
    d.w(line('┌', '┬', '┐') + '\n')
    d.w('│' + '│'.join(' %s ' % h.center(w) for h, w in zip(hdr, wid)) + '│\n')
    d.w(line('├', '┼', '┤') + '\n')
    for r in rows:
        d.w('│' + '│'.join(' %s ' % str(v).ljust(w) for v, w in zip(r, wid)) + '│\n')
    d.w(line('└', '┴', '┘') + '\n')
    d.w(f"sqlite> -- {K(k_tc(),'testcase')} fixture for {K(k_if(),'iftype')}\n")


def g_sqlite_line(d):
    S, K = d.S, d.K
    d.w("sqlite> .mode line\nsqlite> SELECT * FROM occupier WHERE job = 'x';\n")
    for _ in range(3):
        c = cust()
        d.w(f"""     job = {K(k_wo(),'workorder')}
   title = {c['title']}
forename = {S(c['f'],'name','split-column')}
 surname = {S(c['l'],'name','split-column')}
   line1 = {S(addr_str(c),'address','line-mode')}
postcode = {S(c['pc'],'postcode')}
     msn = {S(c['es'],'serial')}
  amount = {K(k_money(),'money')}

""")


def g_mongosh(d):
    S, K = d.S, d.K
    d.w("rs0 [direct: primary] crm> db.premises.find({ 'flags.psr': true }).limit(2)\n[\n")
    for i in range(2):
        c = cust()
        d.w(f"""  {{
    _id: ObjectId('{''.join(R.choice('0123456789abcdef') for _ in range(24))}'),
    given: '{S(c['f'],'name','split-field')}',
    family: '{S(c['l'],'name','split-field')}',
    site: {{ line1: '{S(addr_str(c),'address','nested')}', town: '{c['town']}', pc: '{S(c['pc'],'postcode')}' }},
    meters: [ {{ kind: 'gas', msn: '{S(c['gs'],'gas_serial')}' }}, {{ kind: 'elec', msn: '{S(c['es'].lower(),'serial','lowercase')}' }} ],
    mprn: Long('{S(c['mprn'],'mprn','Long()')}'),
    updated: ISODate('{K(k_ts(),'timestamp')}'),
    case: '{K(k_cs(),'ticket')}'
  }}{',' if i == 0 else ''}
""")
    d.w("]\n")


def g_tshark(d):
    c = cust()
    S, K = d.S, d.K
    body = json.dumps({"mpanCore": c['core'], "occupier": {"first": c['f'], "last": c['l']}, "msgType": "IF-031"})
    d.S(c['core'], 'mpan', 'json-in-dissection'); d.S(c['f'], 'name', 'split-json'); d.S(c['l'], 'name', 'split-json'); d.K('IF-031', 'iftype')
    d.w(f"""Frame {R.randint(10,999)}: 612 bytes on wire (4896 bits), 612 bytes captured (4896 bits) on interface eth0, id 0
    Arrival Time: Dec  3, 2026 09:41:02.{R.randint(100000000,999999999)} UTC
    Epoch Arrival Time: {K(k_epoch(),'epoch')}.{R.randint(100000,999999)}
Internet Protocol Version 4, Src: 10.20.1.5, Dst: 10.20.9.14
Transmission Control Protocol, Src Port: 51844, Dst Port: 8080, Seq: 1, Ack: 1, Len: 546
Hypertext Transfer Protocol
    POST /dip/v1/messages HTTP/1.1\\r\\n
    X-Correlation-Id: {K(k_uuid(),'uuid')}\\r\\n
    Content-Type: application/json\\r\\n
JavaScript Object Notation: application/json
    Line-based text data: application/json (1 lines)
        {body}
    Object
        Member: mpanCore
            String value: {c['core']}
            Key: mpanCore
        Member: occupier
            Object
                Member: first
                    String value: {c['f']}
                Member: last
                    String value: {c['l']}
""")
    d.w(f"    [Test: {K(k_tc(),'testcase')}, DIP id {K(k_dip(),'dipid')}]\n")


def g_rq(d):
    S, K = d.S, d.K
    for _ in range(3):
        c = cust()
        jid = K(k_uuid(), 'uuid')
        d.w(f"""11:0{R.randint(0,9)}:{R.randint(10,59)} default: letters.tasks.send_debt_letter('{S(c['acc'],'account','positional-arg')}', '{S(c['title']+' '+c['f'][0]+' '+c['l'],'name','title-initial')}', '{S(addr_str(c),'address','positional-arg')}', '{S(c['pc'],'postcode')}', stage={R.randint(1,4)}) ({jid})
11:0{R.randint(0,9)}:{R.randint(10,59)} default: Job OK ({jid})
11:0{R.randint(0,9)}:{R.randint(10,59)} Result is kept for 500 seconds
""")
    d.w(f"# worker rq {K(k_ver(),'version')} on {K(k_tool(),'tool')} host, test {K(k_tc(),'testcase')}\n")


def g_helpscout(d):
    c = cust()
    S, K = d.S, d.K
    obj = {"id": R.randint(10 ** 8, 10 ** 9), "number": R.randint(10000, 99999), "subject": "Meter exchange query " + K(k_wo(), 'workorder'),
           "primaryCustomer": {"first": S(c['f'], 'name', 'split-json'), "last": S(c['l'], 'name', 'split-json'), "email": S(c['em'], 'email')},
           "threads": [{"type": "customer", "body": "Hi, my gas meter %s has been replaced but bill still shows the old one. I live at %s, %s %s." % (
               S(c['gs'], 'gas_serial', 'prose'), S(addr_str(c), 'address', 'prose'), c['town'], S(c['pc'], 'postcode', 'prose'))},
                       {"type": "note", "body": "Checked %s, MPRN %s. Raised %s. Reading %s kWh." % (
                           K(k_tool(), 'tool'), S(c['mprn'], 'mprn'), K(k_inc(), 'ticket'), K(k_kwh(), 'kwh'))}],
           "createdAt": K(k_ts(), 'timestamp')}
    d.w(json.dumps(obj, indent=2, ensure_ascii=False) + '\n')


def g_zohodesk(d):
    c = cust()
    S, K = d.S, d.K
    obj = {"ticketNumber": K(k_cs(), 'ticket'), "contact": {"firstName": S(c['f'], 'name', 'split-json'), "lastName": S(c['l'].upper(), 'name', 'capitals'),
                                                            "phone": S(c['ph'], 'phone'), "mobile": None},
           "cf": {"cf_mpan": S(spaced_core(c['core']), 'mpan', 'spaced-core'), "cf_meter_serial": S(c['es'], 'serial'),
                  "cf_supply_address": S('%s, %s' % (addr_str(c), c['town']), 'address', 'json-field', words=None),
                  "cf_test_case": K(k_tc(), 'testcase')},
           "description": "Customer says the IHD (%s) shows no tariff. Product %s." % (S(eui_form(c['eui'], 'dash'), 'eui64'), K(k_tariff(), 'tariff')),
           "modifiedTime": K(k_ts(), 'timestamp')}
    d.w(json.dumps(obj, indent=1) + '\n')


def g_cxone(d):
    c = cust()
    S, K = d.S, d.K
    d.w(f"""NICE CXone | Interaction transcript | Contact ID {K(str(R.randint(10**9,10**10-1)),'contact-id')} | Skill: Smart Install
[00:00:04] Agent (Lisa T.): Thanks for calling, who am I speaking with?
[00:00:07] Customer: It's {S(c['f']+' '+c['l'],'name','prose-unlabelled')}.
[00:00:11] Agent (Lisa T.): And the first line of the address?
[00:00:15] Customer: {S(addr_str(c),'address','spoken-answer')}, {c['town']}.
[00:00:19] Agent (Lisa T.): Postcode?
[00:00:22] Customer: {S(c['pc'].lower(),'postcode','lowercase')}
[00:00:40] Customer: the serial on the meter is {S(' '.join([c['es'][:4], c['es'][4:]]),'serial','spaced')}
[00:00:51] Agent (Lisa T.): I've booked the engineer, job {K(k_wo(),'workorder')}, on {K(k_date(),'date')}.
[00:01:02] Customer: my mobile is {S(c['ph'],'phone','spoken-answer')} if they're running late
Wrap-up: SMART-BOOK | Sentiment 0.62 | {K(k_tc(),'testcase')}
""")


def g_talkdesk_csv(d):
    S, K = d.S, d.K
    d.w("call_sid,started_at,agent,disposition,notes\n")
    for _ in range(5):
        c = cust()
        d.w(f"{K('CA'+''.join(R.choice('0123456789abcdef') for _ in range(32)),'call-sid')},{K(k_ts(),'timestamp')},agent{R.randint(10,99)},"
            f"{R.choice(['BILLING','SMART','MOVE-IN','PSR'])},\"spoke to {S(c['title']+' '+c['l'],'name','title-surname')} re acct {S(c['acc'],'account','weak-label')}; "
            f"visit booked for {S(addr_str(c),'address','after-cue')}\"\n")


def g_bullmq(d):
    S, K = d.S, d.K
    c = cust()
    obj = {"name": "dcc-sr", "data": [K('8.14.1', 'sr-version'), S(eui_form(c['eui'], R.choice(EUI_STYLES)), 'eui64', 'positional-list'),
                                      S(c['core'], 'mpan', 'positional-list'), S(c['f'], 'name', 'positional-list'),
                                      S(c['l'], 'name', 'positional-list')],
           "opts": {"attempts": 3, "jobId": K(k_uuid(), 'uuid'), "timestamp": int(K(k_epochms(), 'epochms'))},
           "failedReason": "DCC rejected request for device %s" % S(eui_form(c['eui'], 'none'), 'eui64', 'repeat-other-form'),
           "processedOn": int(K(k_epochms(), 'epochms'))}
    d.w(json.dumps(obj) + '\n')
    c2 = cust()
    d.w(f"[bullmq] job {K(str(R.randint(100,9999)),'job-id')} completed: letter for {S(c2['f']+' '+c2['l'],'name','prose-unlabelled')} queued, ref {K(k_inv(),'invoice')}\n")


def g_hangfire(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""Job #{K(str(R.randint(10000,99999)),'job-id')}  Succeeded
Energy.Jobs.MeterExchangeJob.Run
  Arguments:
    "{S(c['full'],'mpan','21-digit-full')}"
    "{S(c['es'],'serial','positional-arg')}"
    "{S(c['gs'],'gas_serial','positional-arg')}"
    {{"Forename":"{S(c['f'],'name','split-json')}","Surname":"{S(c['l'],'name','split-json')}"}}
  Created  {K(k_ts(),'timestamp')}
  Server   worker-02:{R.randint(1000,9999)}
State history: Enqueued -> Processing -> Succeeded (latency 122ms)  {K(k_tc(),'testcase')}
""")


def g_pulsar(d):
    S, K = d.S, d.K
    d.w("----- got message -----\n")
    for _ in range(2):
        c = cust()
        pay = "%s|%s|%s|%s" % (c['mprn'], c['l'].upper(), c['f'].upper(), c['pc'])
        S(c['mprn'], 'mprn', 'headerless-pipe'); S(c['l'].upper(), 'name', 'capitals-pipe'); S(c['f'].upper(), 'name', 'capitals-pipe'); S(c['pc'], 'postcode')
        d.w(f"key:[{K(k_uuid(),'uuid')}], properties:[flow={K(k_dflow(),'dflow')}], content:{pay}\n----- got message -----\n")
    d.w(f"{K(k_date(),'date')} INFO  ConsumerImpl - [persistent://energy/rgma/onjob] closed. Test {K(k_tc(),'testcase')}\n")


def g_artemis(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""$ artemis browser --destination queue://SWITCH.IN --message-count 1 --verbose
Connection brokerURL = tcp://localhost:61616
Consumer:: filter = null
Consumer ActiveMQQueue[SWITCH.IN], thread=0 browsing
Consumer ActiveMQQueue[SWITCH.IN], thread=0 Received ActiveMQMessage[ID:{K(k_uuid(),'uuid')}]:PERSISTENT/ClientMessageImpl[messageID={R.randint(1000,99999)}, durable=true, address=SWITCH.IN,userID={K(k_uuid(),'uuid')},properties=TypedProperties[flowType={K(k_dflow(),'dflow')},_AMQ_ROUTING_TYPE=1]]
<SwitchRequest><Mpan>{S(c['full'][:8]+chr(10)+c['full'][8:],'mpan','wrapped-21-digit')}</Mpan><NewOccupier>{S(c['title']+' '+c['f']+' '+c['l'],'name','xml')}</NewOccupier>
<Premise>{S(addr_str(c),'address','xml')}</Premise><PC>{S(c['pc'],'postcode')}</PC><Tariff>{K(k_tariff(),'tariff')}</Tariff></SwitchRequest>
Consumer ActiveMQQueue[SWITCH.IN], thread=0 Consumed: 1 messages ({K(k_tc(),'testcase')})
""")


def g_pry(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""[1] pry(main)> Occupant.where(supply_point_id: {K(str(R.randint(100,999)),'row-id')}).to_a
=> [#<Occupant:0x000055d1c2a3f1a8
  id: {R.randint(1,999)},
  forename: "{S(c['f'],'name','split-field')}",
  surname: "{S(c['l'],'name','split-field')}",
  phone: "{S(c['ph'],'phone')}",
  moved_in_on: Thu, {R.randint(1,28)} Oct 2026,
  created_at: {K(k_date(),'date')} 10:11:02.{R.randint(100000,999999)} UTC +00:00>]
[2] pry(main)> SupplyPoint.find_by(core: "{S(c['core'],'mpan')}")&.premise&.line1
=> "{S(addr_str(c),'address','repl-result')}"
[3] pry(main)> Meter.find_by(msn: "{S(c2['gs'].lower(),'gas_serial','lowercase')}")
=> nil
[4] pry(main)> Letter.last.recipient
=> "{S(c2['l']+', '+c2['f'],'name','surname-comma-forename')}"
[5] pry(main)> exit  # {K(k_tc(),'testcase')}
""")


def g_meili(d):
    S, K = d.S, d.K
    hits = []
    for _ in range(2):
        c = cust()
        hits.append({"id": K(k_uuid(), 'uuid'), "display": S("%s %s" % (c['f'], c['l']), 'name', 'search-hit'),
                     "addr": S(addr_str(c), 'address', 'search-hit'), "pc": S(c['pc'], 'postcode'),
                     "_formatted": {"display": "<em>%s</em> %s" % (S(c['f'], 'name', 'em-highlight'), S(c['l'], 'name', 'em-highlight'))}})
    d.w(json.dumps({"hits": hits, "query": K(k_tc(), 'testcase'), "processingTimeMs": 2, "estimatedTotalHits": 2}, indent=2) + '\n')


def g_smartsheet(d):
    S, K = d.S, d.K
    d.w("Row ID\tJob\tFirst Name\tLast Name\tSite\tPostcode\tMPRN\tStatus\n")
    for _ in range(5):
        c = cust()
        d.w(f"{R.randint(10**14,10**15)}\t{K(k_wo(),'workorder')}\t{S(c['f'],'name','split-column')}\t{S(c['l'],'name','split-column')}\t"
            f"{S(addr_str(c),'address','tsv')}\t{S(c['pc'],'postcode')}\t{S(c['mprn'],'mprn')}\t{R.choice(['Booked','Done','No access'])}\n")


def g_outlook_contacts(d):
    S, K = d.S, d.K
    d.w('"Title","First Name","Middle Name","Last Name","Company","Business Street","Business City","Business Postal Code","Mobile Phone","E-mail Address","Notes"\n')
    for _ in range(4):
        c = cust()
        d.w(f'"{c["title"]}","{S(c["f"],"name","split-column")}","","{S(c["l"],"name","split-column")}","","{S(addr_str(c),"address","csv")}","{c["town"]}","{S(c["pc"],"postcode")}","{S(c["ph"],"phone")}","{S(c["em"],"email")}","acct {S(c["acc"],"account","weak-label")}"\n')


def g_royalmail(d):
    S, K = d.S, d.K
    d.w("Order reference,Recipient,Address line 1,Address line 2,Town,Postcode,Weight (kg),Service,Tracking\n")
    for _ in range(4):
        c = cust()
        ln2 = R.choice(['', 'c/o ' + R.choice(FIRST['en']) + ' ' + R.choice(LAST['en'])])
        rec = S(c['f'] + ' ' + c['l'], 'name', 'csv')
        if ln2:
            S(ln2, 'name', 'care-of')
        d.w(f"IHD-{K(k_wo(),'workorder')},{rec},{S(addr_str(c).replace(',',''),'address','csv')},{ln2},{c['town']},{S(c['pc'],'postcode')},0.4,TPN24,{K('RM'+str(R.randint(10**8,10**9))+'GB','tracking')}\n")


def g_fsl(d):
    S, K = d.S, d.K
    c = cust()
    obj = {"attributes": {"type": "WorkOrder"}, "WorkOrderNumber": K(k_wo(), 'workorder'),
           "Street": S(addr_str(c), 'address', 'sf-field'), "City": c['town'], "PostalCode": S(c['pc'], 'postcode'),
           "Contact": {"FirstName": S(c['f'], 'name', 'split-json'), "LastName": S(c['l'], 'name', 'split-json')},
           "Asset": {"SerialNumber": S(c['es'], 'serial'), "Replaced_Gas_MSN__c": S(c['gs'], 'gas_serial')},
           "Description": "Exchange at property on %s. CH %s. Fw %s." % (S(c['street'], 'address', 'after-cue-no-number'),
                                                                     S(eui_form(c['eui'], 'colon'), 'eui64'), K(k_ver(), 'version')),
           "LastModifiedDate": K(k_ts(), 'timestamp')}
    d.w(json.dumps(obj, indent=2) + '\n')


def g_traefik(d):
    S, K = d.S, d.K
    for _ in range(3):
        c = cust()
        o = {"ClientHost": "10.0.4.%d" % R.randint(2, 250), "DownstreamStatus": 200, "Duration": R.randint(10 ** 6, 10 ** 8),
             "RequestMethod": "GET", "RequestPath": "/api/v2/premises?postcode=%s&name=%s" % (
                 S(c['pc'].replace(' ', '%20'), 'postcode', 'url-encoded'), S(c['l'], 'name', 'url-query')),
             "RequestHost": "crm.internal", "time": K(k_ts(), 'timestamp'), "request_X-Request-Id": K(k_uuid(), 'uuid')}
        d.w(json.dumps(o) + '\n')
    c = cust()
    d.w(json.dumps({"RequestPath": "/mpan/%s/history" % S(c['core'], 'mpan', 'in-url'), "DownstreamStatus": 404, "time": K(k_ts(), 'timestamp')}) + '\n')


def g_envoy(d):
    S, K = d.S, d.K
    for _ in range(4):
        c = cust()
        d.w(f'[{K(k_ts(),"timestamp")}] "POST /meters/{S(c["es"].lower(),"serial","lowercase-in-url")}/readings HTTP/2" 201 - 182 64 12 11 "10.1.3.4" "okhttp/4.9" "{K(k_uuid(),"uuid")}" "meter-api" "10.2.0.9:8080"\n')
    c = cust()
    d.w(f'[{K(k_ts(),"timestamp")}] "GET /devices/{S(eui_form(c["eui"],"lowercolon").replace(":","%3A"),"eui64","pct-colon")}/status HTTP/1.1" 200 - 0 88 5 4 "-" "Postman/{K(k_ver().lstrip("vV"),"version")}"\n')


def g_caddy(d):
    S, K = d.S, d.K
    c = cust()
    for _ in range(2):
        c = cust()
        d.w(json.dumps({"level": "info", "ts": float(K(k_epoch(), 'epoch') + '.5'), "logger": "http.log.access", "msg": "handled request",
                        "request": {"uri": "/letters/%s_%s_%s.pdf" % (S(c['acc'], 'account', 'in-filename'), S(c['l'].lower(), 'name', 'in-filename-lower'), K(k_date(), 'date')),
                                    "headers": {"X-Case": [K(k_cs(), 'ticket')]}}, "status": 200}) + '\n')


def g_xray(d):
    S, K = d.S, d.K
    c = cust()
    seg = {"trace_id": "1-%s-%s" % (K(''.join(R.choice('0123456789abcdef') for _ in range(8)), 'hex'), K(''.join(R.choice('0123456789abcdef') for _ in range(24)), 'hex')),
           "id": K(''.join(R.choice('0123456789abcdef') for _ in range(16)), 'hex'), "name": "switch-handler",
           "annotations": {"mpan": S(c['core'], 'mpan'), "flow": K(k_dflow(), 'dflow')},
           "metadata": {"default": {"occupier_first": S(c['f'], 'name', 'split-json'), "occupier_last": S(c['l'], 'name', 'split-json'),
                                    "site": S("%s, %s %s" % (addr_str(c), c['town'], c['pc']), 'address', 'full-with-town-pc',
                                              words=None)}},
           "start_time": float(K(k_epoch(), 'epoch'))}
    d.w(json.dumps(seg, indent=2) + '\n')


def g_zipkin(d):
    S, K = d.S, d.K
    c = cust()
    spans = [{"traceId": K(''.join(R.choice('0123456789abcdef') for _ in range(32)), 'hex'), "name": "get /gas/{mprn}", "kind": "SERVER",
              "tags": {"http.path": "/gas/%s" % S(c['mprn'], 'mprn', 'in-url'), "meter.msn": S(c['gs'], 'gas_serial'), "test.case": K(k_tc(), 'testcase')}},
             {"traceId": "", "name": "db.query", "tags": {"db.statement": "select * from occ where surname='%s' and pc='%s'" % (
                 S(c['l'], 'name', 'sql-in-tag'), S(c['pc'], 'postcode'))}}]
    d.w(json.dumps(spans, indent=1) + '\n')


def g_papertrail(d):
    S, K = d.S, d.K
    for _ in range(4):
        c = cust()
        d.w(f"Dec 0{R.randint(1,6)} 0{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)} web-{R.randint(1,4)} app/worker.1: letter.render account={S(c['acc'],'account')} to=\"{S(c['title']+' '+c['f'][0]+'. '+c['l'],'name','title-initial')}\" line1=\"{S(addr_str(c),'address','logfmt')}\" pc=\"{S(c['pc'],'postcode')}\" template={K(k_tariff(),'tariff')}\n")


def g_bugsnag(d):
    S, K = d.S, d.K
    c = cust()
    ev = {"exceptions": [{"errorClass": "MeterLookupError", "message": "No meter found for MSN %s at %s" % (
        S(c['es'], 'serial', 'error-message'), S(addr_str(c), 'address', 'error-message'))}],
          "user": {"id": K(k_uuid(), 'uuid'), "name": S(c['f'] + ' ' + c['l'], 'name', 'json-user'), "email": S(c['em'], 'email')},
          "metaData": {"request": {"url": "https://portal.example.test/move-in?mpan=%s" % S(c['core'], 'mpan', 'in-url-query')},
                       "app": {"version": K(k_ver(), 'version')}, "test": {"case": K(k_tc(), 'testcase')}},
          "receivedAt": K(k_ts(), 'timestamp')}
    d.w(json.dumps(ev, indent=2) + '\n')


def g_xray_jira(d):
    S, K = d.S, d.K
    c = cust()
    obj = {"testExecutionKey": "MHHS-%d" % R.randint(100, 9999), "tests": [
        {"testKey": K(k_tc(), 'testcase'), "status": "FAILED",
         "comment": "Payload for %s rejected: MPAN %s not on register; meter %s" % (K(k_mref(), 'mpanref'), S(c['core'], 'mpan'), S(c['es'], 'serial')),
         "evidence": [{"filename": "%s_payload.json" % S(c['core'], 'mpan', 'in-filename'), "contentType": "application/json"}]},
        {"testKey": K(k_tc(), 'testcase'), "status": "PASSED", "comment": "%s accepted, DIP %s" % (K(k_if(), 'iftype'), K(k_dip(), 'dipid')),
         "defects": [K(k_sr(), 'ticket')]}]}
    d.w(json.dumps(obj, indent=2) + '\n')


def g_zephyr(d):
    S, K = d.S, d.K
    d.w("Key;Name;Step;Test Data;Expected Result\n")
    for _ in range(4):
        c = cust()
        d.w(f"{K(k_tc(),'testcase')};Move-in for {K(k_mref(),'mpanref')};Submit {K(k_dflow(),'dflow')};MPRN {S(c['mprn'],'mprn')}, occupier {S(c['f']+' '+c['l'],'name','test-data')};Accepted in {K(k_tool(),'tool')}\n")


def g_katalon(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""{K(k_date(),'date')} 09:31:12.411 INFO  c.k.katalon.core.main.TestCaseExecutor   - START Test Cases/MoveIn/{K(k_tc(),'testcase')}
{K(k_date(),'date')} 09:31:13.002 DEBUG testcase.{K(k_tc(),'testcase')}                 - 1: setText(findTestObject("Page_MoveIn/input_Surname"), "{S(c['l'],'name','setText')}")
{K(k_date(),'date')} 09:31:13.340 DEBUG testcase.                 - 2: setText(findTestObject("Page_MoveIn/input_Forename"), "{S(c['f'],'name','setText')}")
{K(k_date(),'date')} 09:31:13.702 DEBUG testcase.                 - 3: setText(findTestObject("Page_MoveIn/input_AddressLine1"), "{S(addr_str(c),'address','setText')}")
{K(k_date(),'date')} 09:31:14.010 DEBUG testcase.                 - 4: setText(findTestObject("Page_MoveIn/input_Postcode"), "{S(c['pc'],'postcode')}")
{K(k_date(),'date')} 09:31:14.410 DEBUG testcase.                 - 5: setText(findTestObject("Page_MoveIn/input_MPAN"), "{S(c['core'],'mpan')}")
{K(k_date(),'date')} 09:31:15.100 INFO  k.k.c.m.CustomKeywords   - verifyElementText: {S(c['f'].upper()+' '+c['l'].upper(),'name','capitals')} == expected
""")


def g_selenium_side(d):
    S, K = d.S, d.K
    c = cust()
    cmds = [{"id": K(k_uuid(), 'uuid'), "command": "type", "target": "id=firstName", "value": S(c['f'], 'name', 'split-json')},
            {"id": K(k_uuid(), 'uuid'), "command": "type", "target": "id=lastName", "value": S(c['l'], 'name', 'split-json')},
            {"id": K(k_uuid(), 'uuid'), "command": "type", "target": "id=mprn", "value": S(c['mprn'], 'mprn', 'side-value')},
            {"id": K(k_uuid(), 'uuid'), "command": "type", "target": "id=gasMsn", "value": S(c['gs'], 'gas_serial')},
            {"id": K(k_uuid(), 'uuid'), "command": "assertText", "target": "css=.summary", "value": "%s, %s" % (S(addr_str(c), 'address', 'assert'), S(c['pc'], 'postcode'))}]
    d.w(json.dumps({"name": K(k_tc(), 'testcase'), "tests": [{"name": "gas move-in", "commands": cmds}], "version": "2.0"}, indent=2) + '\n')


def g_gauge(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""# Change of tenancy {K(k_tc(),'testcase')}

## Outgoing occupier gives final read
* Occupier "{S(c['f']+' '+c['l'],'name','gauge-param')}" at "{S(addr_str(c),'address','gauge-param')}" reads "{K(k_kwh(),'kwh')}"
* Submit flow "{K(k_dflow(),'dflow')}" for MPAN "{S(spaced_core(c['core']),'mpan','spaced-core')}"

## Incoming occupier
   |forename|surname|phone|
   |--------|-------|-----|
   |{S(c2['f'],'name','split-column')}|{S(c2['l'],'name','split-column')}|{S(c2['ph'],'phone')}|
* Meter "{S(c['es'],'serial')}" is kept
""")


def g_camel(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""{K(k_date(),'date')} 12:00:01.223  INFO 1 --- [ thread #3 - JmsConsumer[ONJOB]] route1 : Exchange[Id: {K(k_uuid(),'uuid')}, BodyType: String, Body: ONJOB|{S(c['mprn'],'mprn','pipe-by-position')}|{S(c['gs'],'gas_serial','pipe-by-position')}|{S(c['l'].upper(),'name','pipe-by-position')}|{S(c['f'].upper(),'name','pipe-by-position')}|{S(c['pc'],'postcode')}|{K(k_date(),'date')}]
{K(k_date(),'date')} 12:00:01.301  INFO 1 --- [ thread #3 - JmsConsumer[ONJOB]] route1 : >>> (route1) log[Processed ${{header.CamelJmsMessageID}}] <<< headers {{flow={K(k_dflow(),'dflow')}, test={K(k_tc(),'testcase')}}}
""")


def g_springbatch(d):
    S, K = d.S, d.K
    d.w(f"Job: [FlowJob: [name=migrationJob]] launched with the following parameters: [{{run.id={R.randint(1,99)}, file=smets1_{K(k_date(),'date')}.csv}}]\n")
    for _ in range(3):
        c = cust()
        d.w(f"WARN  o.s.b.c.s.i.FaultTolerantChunkProcessor - Skipping item: MigrationRecord(mpan={S(c['core'],'mpan')}, esme={S(eui_form(c['eui'],'none'),'eui64')}, msn={S(c['es'],'serial')}, surname={S(c['l'],'name','toString')}, forename={S(c['f'],'name','toString')}) reason=CH not commissioned\n")
    d.w(f"Step: [migrateStep] executed in 4s812ms; Job completed COMPLETED ({K(k_tc(),'testcase')})\n")


def g_azfunc(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""{K(k_ts(),'timestamp')}   [Information]   Executing 'Functions.VulnerabilityIngest' (Reason='New blob detected: psr/{S(c['l'].lower()+'_'+c['f'].lower(),'name','in-blob-name')}.json', Id={K(k_uuid(),'uuid')})
{K(k_ts(),'timestamp')}   [Information]   PSR codes 14,26 for account {S(c['acc'],'account')} ({S(c['title']+' '+c['l'],'name','title-surname')})
{K(k_ts(),'timestamp')}   [Warning]       Password scheme phrase set for {S(addr_str(c),'address','after-for')}
{K(k_ts(),'timestamp')}   [Information]   Executed 'Functions.VulnerabilityIngest' (Succeeded, Id={K(k_uuid(),'uuid')}, Duration=212ms)
""")


def g_pubsub(d):
    S, K = d.S, d.K
    d.w("┌──────────────────────────────────────────────────────┬──────────────────┬──────────────┐\n│ DATA │ MESSAGE_ID │ ATTRIBUTES │\n├───────┼────────┼────────┤\n")
    for _ in range(3):
        c = cust()
        data = '{"mprn":"%s","msn":"%s","occupier":"%s"}' % (S(c['mprn'], 'mprn'), S(c['gs'], 'gas_serial'), S(c['f'] + ' ' + c['l'], 'name', 'json'))
        d.w(f"│ {data} │ {K(str(R.randint(10**15,10**16)),'message-id')} │ flow={K(k_dflow(),'dflow')} │\n")
    d.w("└───────┴────────┴────────┘\n")


def g_cosmos(d):
    S, K = d.S, d.K
    c = cust()
    doc = {"id": K(k_uuid(), 'uuid'), "partitionKey": S(c['pc'].split()[0], None, None) if False else c['pc'].split()[0],
           "household": [{"n": S(c['f'], 'name', 'abbrev-key'), "s": S(c['l'], 'name', 'abbrev-key'), "dob": "19%d-0%d-1%d" % (R.randint(40, 99), R.randint(1, 9), R.randint(0, 9))}],
           "premise": {"l1": S(addr_str(c), 'address', 'abbrev-key'), "pc": S(c['pc'], 'postcode')},
           "supply": {"e": S(c['core'], 'mpan', 'abbrev-key'), "g": S(c['mprn'], 'mprn', 'abbrev-key')},
           "_ts": int(K(k_epoch(), 'epoch')), "_etag": "\"%s\"" % K(k_uuid(), 'uuid')}
    d.w(json.dumps(doc, indent=2, ensure_ascii=False) + '\n')


def g_basecamp(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""Message Board › Field team › Re: access issues this week
Posted by Hannah (Scheduling) · {K(k_date(),'date')}

Quick round-up. {S(c['f']+' '+c['l'],'name','prose-unlabelled')} rang again about {K(k_wo(),'workorder')} – engineer went to {S(addr_str(c),'address','after-went-to')} but the gate was locked.
Also {S(c2['title']+' '+c2['l'],'name','title-surname')} (the one with the dog) wants an afternoon slot; property on {S(c2['street'],'address','property-on')} in {c2['town']}.
Meter there is {S(c2['gs'],'gas_serial','prose')}. Parking on {K(k_tool(),'tool')} dashboard shows {K(k_kwh(),'kwh')} kWh.

Applause 2 · Comments 3
""")


def g_miro(d):
    S, K = d.S, d.K
    d.w("Type,Content,Author,Tags\n")
    for _ in range(5):
        c = cust()
        d.w(f"Sticky,\"{S(c['f']+' '+c['l'],'name','sticky')} — {S(c['num']+' '+c['street'],'address','sticky')} — {S(c['es'],'serial')} — {K(k_tc(),'testcase')}\",workshop,{K(k_dflow(),'dflow')}\n")


def g_filemaker(d):
    S, K = d.S, d.K
    d.w('"Account","Surname","Forename","Premise","PC","Tel"\r\n' if False else '')
    for _ in range(6):
        c = cust()
        d.w(f'"{S(c["acc"],"account","headerless-position")}","{S(c["l"],"name","headerless-position")}","{S(c["f"],"name","headerless-position")}","{S(addr_str(c),"address","headerless-position")}","{S(c["pc"],"postcode")}","{S(c["ph"],"phone")}","{K(k_money(),"money")}"\n')


def g_g98(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""G98 NOTIFICATION – INSTALLATION COMMISSIONING CONFIRMATION   (form rev {K(k_ver(),'version')})
Customer details
  Customer name ........................ {S(c['title']+' '+c['f']+' '+c['l'],'name','form-dots')}
  Installation address ................. {S(addr_str(c),'address','form-dots')}
                                         {c['town']}
                                         {S(c['pc'],'postcode')}
  Contact telephone .................... {S(c['ph'],'phone')}
  MPAN(s) .............................. {S(c['full'][:2]+' '+c['full'][2:5]+' '+c['full'][5:8]+' '+c['core'][:2]+' '+c['core'][2:6]+' '+c['core'][6:10]+' '+c['core'][10:],'mpan','S-box-spaced')}
Installation details
  Inverter serial ...................... {K('INV'+str(R.randint(10**6,10**7)),'inverter-serial')}
  Export meter serial .................. {S(c['es'],'serial')}
  Commissioning date ................... {K(k_date(),'date')}
  Registered capacity .................. 3.68 kW   EV charger, OZEV grant ref {K('OZ-'+str(R.randint(10000,99999)),'grant-ref')}
""")


def g_et_notes(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""ERRONEOUS TRANSFER – investigation notes ({K(k_cs(),'ticket')})
Objection raised on {K(k_date(),'date')}. Registered MPAN {S(c['core'],'mpan')} is next door's: the plot numbering on the new build
estate is swapped. Ours is {S(c['num']+' '+c['street'],'address','prose')}; theirs is the house opposite, {S(c2['num']+' '+c2['street'],'address','prose')}.
Spoke to the neighbour, {S(c2['f'].lower()+' '+c2['l'].lower(),'name','lowercase')}, who confirmed serial {S(c2['es'].lower(),'serial','lowercase')} on their meter.
Our customer's supply number ends {c['core'][-4:]}? NO - do not quote tails. Use {K(k_mref(),'mpanref')} only.
Next: send {K(k_dflow(),'dflow')}; ET letter template {K(k_tariff(),'tariff')}.
""")


def g_crossed(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""Crossed meters – flats {c['town']}
Flat A reg'd: MSN {S(c['es'],'serial')} / MPAN {S(c['core'][:6]+' '+c['core'][6:],'mpan','split-2')}
Flat B reg'd: MSN {S(c2['es'],'serial')} / MPAN {S(c2['core'],'mpan')}
Found on site: A's cupboard holds {S(c2['es'],'serial','repeat')}, B's holds {S(c['es'].lower(),'serial','repeat-lowercase')}.
Occupants: A = {S(c['f'][0]+'. '+c['l'],'name','initial-surname')}, B = {S(c2['f'][0]+' '+c2['l'],'name','initial-surname')}
Both at {S('2/1, '+str(R.randint(2,90))+' '+c['street'],'address','tenement-2/1')} and 2/2 same close. Job {K(k_wo(),'workorder')}; reads {K(k_kwh(),'kwh')} / {K(k_kwh(),'kwh')}.
""")


def g_tras(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""TRAS REFERRAL (revenue protection)
Ref {K('RP-'+str(R.randint(100000,999999)),'rp-ref')}   Date {K(k_date(),'date')}
Occupier: {S(c['l'].upper()+', '+c['f'],'name','surname-comma-caps')}
Property: {S(addr_str(c),'address')}, {c['town']} {S(c['pc'].replace(' ','  '),'postcode','double-space')}
Evidence: seals broken on meter {S(c['gs'][:3]+' '+c['gs'][3:],'gas_serial','spaced')}; bypass fitted. Photos IMG_{K(str(R.randint(1000,9999)),'img-no')}.jpg
Supply point {S(c['mprn'],'mprn','weak-label')}; estimated loss {K(k_money(),'money')}.
""")


def g_gsop(d):
    S, K = d.S, d.K
    d.w("GSOP payments log (Guaranteed Standards)\n")
    for _ in range(5):
        c = cust()
        d.w(f"{K(k_date(),'date')}  {K(k_money(),'money')}  {S(c['acc'],'account','no-label-position')}  {S(c['l']+' '+c['f'][0],'name','surname-initial')}  missed appt {K(k_wo(),'workorder')}\n")


def g_backbill(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""Back-billing review – {K(k_cs(),'ticket')}
Dear {S(c['title']+' '+c['l'],'name','salutation')},
We have reviewed the charges for your electricity supply at {S(addr_str(c),'address','letter-prose')}, {c['town']}, {S(c['pc'],'postcode')}.
Bills issued before {K(k_date(),'date')} for meter {S(c['es'],'serial')} cannot be charged beyond 12 months, so we have credited {K(k_money(),'money')} to account {S(c['acc'],'account')}.
Your supply number (MPAN) is {S(c['full'][:8]+' '+c['core'],'mpan','top-line-plus-core')}.
Yours sincerely, Billing Team (Swansea Energy Services Ltd)
""")
    d.K('Swansea Energy Services Ltd', 'company-with-town')


def g_photo_webform(d):
    S, K = d.S, d.K
    c = cust()
    d.w(json.dumps({"formId": K(k_uuid(), 'uuid'), "submittedAt": K(k_epochms(), 'epochms'),
                    "answers": [{"q": "Your name", "a": S(c['f'] + ' ' + c['l'], 'name', 'form-answer')},
                                {"q": "Where is the meter?", "a": "under the stairs at %s" % S(addr_str(c), 'address', 'form-answer')},
                                {"q": "Meter number", "a": S(c['gs'].lower(), 'gas_serial', 'lowercase')},
                                {"q": "Reading", "a": K(k_kwh(), 'kwh')},
                                {"q": "Anything else?", "a": "my other half %s usually deals with this, ring %s" % (
                                    S(R.choice(FIRST['en']), 'name', 'first-name-alone'), S(c['ph'], 'phone'))}]}, indent=1) + '\n')


def g_deenergise(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""DE-ENERGISATION REQUEST    {K(k_dflow(),'dflow')} / {K(k_wo(),'workorder')}
MPAN Core:   {S(c['core'],'mpan')}
             (full: {S(c['full'][:8]+chr(10)+'              '+c['core'],'mpan','wrapped-full')})
Meter:       {S(c['es'],'serial')}    Comms hub {S(eui_form(c['eui'],'dot4'),'eui64')}
Reason:      Void property, no occupier since {K(k_date(),'date')}. Last known: {S(c['f']+" "+c['l'],'name','after-last-known')}.
Premises:    {S(addr_str(c),'address')}
             {c['town']}  {S(c['pc'],'postcode')}
""")


def g_mhhs_letter(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""Annwyl {S(c['f']+' '+c['l'],'name','welsh-salutation')} / Dear {c['f']},
Your meter {S(c['es'],'serial')} will move to half-hourly settlement on {K(k_date(),'date')} under the {K('MHHS','programme')} programme.
Cyfeiriad / Address: {S(addr_str(c),'address','bilingual')}, {S(c['pc'],'postcode')}
Rhif cyfrif / Account number: {S(c['acc'],'account')}
Rhif MPAN: {S(c['core'],'mpan')}
Gwasanaeth Cwsmeriaid – Aberystwyth Customer Hub
""")
    d.K('Aberystwyth Customer Hub', 'town-in-label')


def g_notebook_df(d):
    S, K = d.S, d.K
    d.w("In [4]: df.head()\nOut[4]:\n")
    rows = []
    for i in range(4):
        c = cust()
        rows.append((i, S(c['mprn'], 'mprn', 'df-col'), S(c['f'], 'name', 'df-split'), S(c['l'], 'name', 'df-split'), S(c['gs'], 'gas_serial'), K(k_kwh(), 'kwh'),
                     S(c['pc'], 'postcode'), K(k_date(), 'date')))
    d.w("         mprn       given      family          msn   read_kwh  \\\n")
    for r in rows:
        d.w("%d %12s %11s %11s %14s %10s   \n" % r[:6])
    d.w("\n   postcode   read_date\n")
    for r in rows:
        d.w("%d  %8s  %10s\n" % (r[0], r[6], r[7]))
    d.w(f"\n[4 rows x 7 columns]  # {K(k_tc(),'testcase')}\n")


def g_wrapup(d):
    S, K = d.S, d.K
    for _ in range(3):
        c = cust()
        d.w(f"""WRAP-UP {K(k_cs(),'ticket')}  {K(k_date(),'date')}
Caller: {S(c['f'],'name','first-only-label')} (spouse of account holder {S(c['l'],'name','surname-only')})
Reason: smart meter {S(c['es'],'serial')} not sending reads since {K(k_date(),'date')} (PPM). Topped up {K(k_money(),'money')}.
Action: {K(k_tool(),'tool')} shows CH {S(eui_form(c['eui'],R.choice(EUI_STYLES)),'eui64')} offline. Booked visit to {S(c['num']+' '+c['street'],'address','visit-to')}.
---
""")


def g_psr_fixed(d):
    S, K = d.S, d.K
    for _ in range(5):
        c = cust()
        d.w(f"{S(c['mprn'],'mprn','headerless-csv')},{S(c['l'].upper(),'name','headerless-caps')},{S(c['f'].upper(),'name','headerless-caps')},{S(addr_str(c).upper(),'address','headerless-caps')},{S(c['pc'],'postcode')},{R.choice(['14','26','14;26','08'])},{K(k_date(),'date')}\n")


def g_dcc_sr(d):
    S, K = d.S, d.K
    c = cust()
    e = c['eui']
    d.w(f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.1">
 <sr:Header>
  <sr:RequestID>{S(eui_form(e,'dash').replace('-','-'),'eui64','in-requestid')}:90-B3-D5-1F-30-01-00-00:{K(str(R.randint(10**9,10**10)),'counter')}</sr:RequestID>
  <sr:CommandVariant>1</sr:CommandVariant>
  <sr:ServiceReference>{K('4.1.1','sr-version')}</sr:ServiceReference>
 </sr:Header>
 <sr:Body><sr:ReadInstantaneousImportRegisters/></sr:Body>
</sr:Request>
<!-- device {S(eui_form(e,'lower'),'eui64','repeat-lower')} in premise {S(addr_str(c),'address','xml-comment')} ({K(k_tc(),'testcase')}) -->
""")


def g_caps_note(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""NOTE FROM FIELD: {S(c['f'].upper()+' '+c['l'].upper(),'name','capitals-prose')} AT {S(addr_str(c).upper(),'address','capitals')} REFUSED ENTRY. METER {S(c['es'],'serial')}. REBOOKED {K(k_wo(),'workorder')}.
note from field: {S(c2['f'].lower()+' '+c2['l'].lower(),'name','lowercase')} at {S(addr_str(c2).lower(),'address','lowercase')} {S(c2['pc'].lower(),'postcode','lowercase')} – fine, exchange done, new msn {S(c2['gs'].lower(),'gas_serial','lowercase')}
""")


def g_pobox(d):
    S, K = d.S, d.K
    c = cust(); c2 = cust()
    d.w(f"""Correspondence address change ({K(k_sr(),'ticket')})
Supply address stays {S(addr_str(c),'address')}, {c['town']}.
Letters to: {S('PO Box '+str(R.randint(10,9999)),'address','po-box')}, {c2['town']} {S(c2['pc'],'postcode')}
c/o {S(c2['f']+' '+c2['l'],'name','care-of')} (attorney)
Account holder: {S(c['title']+' '+c['f']+" "+c['l'],'name')}; acc {S(c['acc'],'account')}
""")


def g_ni(d):
    S, K = d.S, d.K
    c = cust()
    c['street'] = R.choice(STREETS['ni']); town, out = R.choice(TOWNS['ni']); pc = postcode(out)
    d.w(f"""NIE Networks – keypad meter query ({K(k_inc(),'ticket')})
Customer {S(c['f']+' '+c['l'],'name')} at {S(str(R.randint(1,200))+' '+c['street'],'address','ni')}, {town} {S(pc,'postcode','BT')}
Keypad meter {S(c['es'],'serial')}; MPRN (NI) {S('81'+''.join(R.choice('0123456789') for _ in range(9)),'mprn','ni-mprn')}; phone {S('028 '+str(R.randint(9000,9099))+' '+str(R.randint(1000,9999)),'phone')}
Vend {K(k_money(),'money')} at PayPoint on {K(k_date(),'date')}.
""")


GENRES = [g_sequelize, g_doctrine, g_prisma, g_typeorm, g_gorm, g_activerecord, g_sqlite_box, g_sqlite_line, g_mongosh,
          g_tshark, g_rq, g_helpscout, g_zohodesk, g_cxone, g_talkdesk_csv, g_bullmq, g_hangfire, g_pulsar, g_artemis,
          g_pry, g_meili, g_smartsheet, g_outlook_contacts, g_royalmail, g_fsl, g_traefik, g_envoy, g_caddy, g_xray,
          g_zipkin, g_papertrail, g_bugsnag, g_xray_jira, g_zephyr, g_katalon, g_selenium_side, g_gauge, g_camel,
          g_springbatch, g_azfunc, g_pubsub, g_cosmos, g_basecamp, g_miro, g_filemaker, g_g98, g_et_notes, g_crossed,
          g_tras, g_gsop, g_backbill, g_photo_webform, g_deenergise, g_mhhs_letter, g_notebook_df, g_wrapup,
          g_psr_fixed, g_dcc_sr, g_caps_note, g_pobox, g_ni]


def g_teststatus(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""Daily test status – SIT cycle 3 ({K(k_date(),'date')})
| Case | Flow | Ref | Result | Defect | Evidence hash |
|------|------|-----|--------|--------|---------------|
""")
    for _ in range(5):
        d.w(f"| {K(k_tc(),'testcase')} | {K(k_dflow(),'dflow')} | {K(k_mref(),'mpanref')} | {R.choice(['Pass','Fail','Blocked'])} | {K(k_inc(),'ticket')} | {K(k_sha(),'sha1')} |\n")
    d.w(f"""
Build {K(k_ver(),'version')} deployed {K(k_epochms(),'epochms')} (epoch ms) / {K(k_epoch(),'epoch')}; Kafka lag 0 on {K(k_tool(),'tool')}.
IHD stock GTIN {K(k_ean(),'ean13')} and {K(k_ean(),'ean13')} received; invoice {K(k_inv(),'invoice')} for {K(k_money(),'money')}.
Tariffs exercised: {K(k_tariff(),'tariff')}, {K(k_tariff(),'tariff')}. DIP message {K(k_dip(),'dipid')} / {K(k_uuid(),'uuid')}.
Only blocker: fixture for {S(c['f']+' '+c['l'],'name','prose-unlabelled')} has a stale MPRN {S(c['mprn'],'mprn')}.
""")


def g_chat_me(d):
    S, K = d.S, d.K
    c = cust()
    d.w(f"""{K('Me:','chat-sender')} can you look at the {K('brown','word-colour')} field on the form? it's blank again
Dan Ops: which one
{K('Me:','chat-sender')} the hill-start one, {K(k_tc(),'testcase')}. the walker script in {K(k_tool(),'tool')} keeps failing
Dan Ops: ah, fixture row for {S(c['f']+' '+c['l'],'name','chat-prose')} – I'll swap to {K(k_mref(),'mpanref')}
{K('Me:','chat-sender')} ta. also her meter {S(c['es'],'serial')} is in the log, scrub it
Dan Ops: done, reading was {K(k_kwh(),'kwh')} at {K(k_ts(),'timestamp')}
""")

GENRES += [g_teststatus, g_chat_me]
