"""Genres: each returns (template, extension).  «kind#id@form» tokens are secrets/keeps (see tpl.py)."""
import json

G = {}


def genre(name):
    def d(f):
        G[name] = f
        return f
    return d


def pick(r, *xs):
    return r.choice(xs)


@genre('sf_case_export')
def sf_case(r):
    rows = ['"CaseNumber","Subject","Status","Contact Name","Account Name","Description","Supply Address","Created Date"']
    for i in range(r.randint(3, 5)):
        n = 'n%d' % i
        rows.append('"%08d","Smart meter not communicating %s","Escalated","«name#%s»","«name#%s@caps»","Cust rang re «eser#e%d». Linked test «tc» / «mpanref». MPAN «mpan#m%d» confirmed on call.\n'
                    'Spoke to «name#%s@first» again, advised DCC «dflow» sent.","«addr#a%d@line»","«date» 10:%02d"'
                    % (r.randint(1000000, 9999999), '«ticket»', n, n, i, i, n, i, r.randint(0, 59)))
    return '\n'.join(rows) + '\n', 'csv'


@genre('d365_note')
def d365(r):
    t = ("Note (Annotation) – Regarding: Case «ticket»\nCreated by: Test Analyst 3 on «date» 14:02\n"
         "Subject: COT query for MPAN «mpan#1»\n\n"
         "Called the outgoing tenant «name#1» on «phone» – he confirmed he moved out of «addr#1@line» on «date».\n"
         "New occupier is «name#2@plain» (email «email#e2»). Final read «kwh» kWh on meter «eser#s».\n"
         "Account «acct#a1» closed; new acct «acct#a2» raised against «mpanref».\n"
         "Linked test case «tc», flow «dflow» expected; DIP id «dip».\n"
         "Timeline entry id: «uuid»\n")
    if r.random() < .6:
        t += "\nFollow-up: «name#2@first» says gas meter «gser» also needs a read, MPRN «mprn».\n"
    return t, 'txt'


@genre('genesys_transcript')
def genesys(r):
    turns = [
        ("Agent", "Good morning, you're through to Energy Co, my name is Holly, who am I speaking with?"),
        ("Customer", "Hi yes it's «name#c» here, I'm ringing about my smart meter."),
        ("Agent", "Thanks «name#c@first». Can you confirm the first line of your address and postcode?"),
        ("Customer", "«addr#a@head», and the postcode is «pc#p»."),
        ("Agent", "Lovely. And the meter serial on the front, should start with a letter?"),
        ("Customer", "It says «eser#s»."),
        ("Agent", "I can see your MPAN ends in... actually it's «mpan#m@spaced4». I'll raise «ticket» for that."),
        ("Customer", "My husband «name#h» usually deals with it, his number is «phone»."),
        ("Agent", "No problem. Reference for your tester is «tc», interaction «uuid»."),
    ]
    if r.random() < .5:
        import json as _j
        out = {"conversationId": "«uuid»", "mediaType": "call", "startTime": "«ts»", "transcripts": []}
        lines = []
        for i, (sp, tx) in enumerate(turns):
            lines.append('    {"participantPurpose": "%s", "offsetMs": %d, "text": "%s"}' % (
                'internal' if sp == 'Agent' else 'external', 2000 * i + r.randint(0, 999), tx.replace('"', '\\"')))
        return ('{\n  "conversationId": "«uuid»",\n  "startTime": "«ts»",\n  "phrases": [\n' + ',\n'.join(lines) +
                '\n  ]\n}\n'), 'json'
    return '\n'.join('[%02d:%02d] %s: %s' % (i // 2, (i * 17) % 60, sp, tx) for i, (sp, tx) in enumerate(turns)) + '\n', 'txt'


@genre('outlook_print')
def outlook(r):
    return ("Test Analyst 3\n\nFrom:\t«name#1» <«email#1»>\nSent:\tTuesday, «date» 09:14\nTo:\tSIT Defects\n"
            "Subject:\tRE: «ticket» – meter exchange not reflected («dflow»)\n\n"
            "Hi team,\n\nThe customer at «addr#1@prose» still shows the old meter «eser#old» in MDS.\n"
            "New meter «eser#new@lower» fitted «date». MPAN:\n«mpan#m@plain»\nPlease re-run «tc» and «tc».\n\n"
            "Thanks\n«name#2»\n\n________________________________\nFrom: «name#3» \nSent: «date» 16:40\n"
            "Subject: «ticket»\n\n> Hi, can you check MPAN «mpan#m2@wrapq» against «mpanref»?\n"
            "> Firmware «ver», device «eui#d».\n"), 'txt'


@genre('bill_pdftotext_raw')
def bill_raw(r):
    return ("Your electricity bill\nAccount number\nBill date\n«acct#a»\n«date»\n«name#c@caps»\n«addr#a@caps»\n"
            "Supply number\nS\n«mpan#m@full21s»\nMeter serial\nPrevious\nPresent\nUnits\n«eser#s»\n«kwh»\n«kwh»\n"
            "«kwh»\nTotal charges\n«money»\nInvoice «inv»\nPage 1 of 2\nWhat you need to do\nPay «money» by Direct Debit on "
            "«date». Questions? Call us quoting «acct#a».\nBarcode: «ean»\n"), 'txt'


@genre('meter_photo_ocr')
def meter_ocr(r):
    return ("OCR result (engine rapidocr 1.3) photo IMG_%04d.jpg taken «date»\n---\n%s\nKWh\n«kwh»\n"
            "No. «eser#s»\n%s 230V 5-100A 50Hz\n1000 imp/kWh\nCl. 1\nMPAN «mpan#m@spaced»\n«ean»\n---\n"
            "Submitted by app user «email#u» for test «tc»\n" % (r.randint(1000, 9999), pick(r, 'LANDIS+GYR E470', 'ARON EM425', 'SECURE LIBERTY 100'),
                                                              pick(r, 'Serial', 'Ser. No', 'Rhif cyfres'))), 'txt'


@genre('mop_job_completion')
def mop(r):
    return ("MOP JOB COMPLETION\nJob ref: «wo»   Appointment: «date» AM\nEngineer: 4471\n"
            "Site: «addr#a@nocomma»\nCustomer on site: «name#c» (tenant), tel «phone»\n"
            "Old meter removed: «eser#o» reading «kwh»\nNew meter fitted: «eser#n» reading «kwh»\n"
            "Comms hub GUID «eui#ch@dash»  ESME GUID «eui#es@colon»\nMPAN «mpan#m» MTC 845 / SSC 0393\n"
            "Notes: spoke to «name#l@plain» the landlord's agent, keys from no. %d. Flow «dflow» to follow, test «tc».\n"
            % r.randint(2, 40)), 'txt'


@genre('smets2_commissioning')
def smets2(r):
    rows = ['Step,Time,Device Type,Device ID,Result,Detail']
    for i, (dt, form) in enumerate([('CHF', 'dash'), ('ESME', 'colon'), ('GSME', 'none'), ('GPF', 'space'), ('IHD', 'lower'), ('PPMID', '0x')]):
        rows.append('%d,«ts»,%s,«eui#d%d@%s»,OK,SRV 8.%d' % (i + 1, dt, i, form, r.randint(1, 14)))
    return ("Installer app export v«ver»\nSite MPAN: «mpan#m»  MPRN: «mprn#g»\nPremises: «addr#a@line»\n"
            "Occupier: «name#o»\nElec serial «eser#e» / Gas serial «gser#g»\n\n" + '\n'.join(rows) +
            "\nJoin ESME→GSME: «eui#d1@dot4» ↔ «eui#d2@dash»\nJob «wo» linked to «tc»\n"), 'csv'


@genre('dcc_adaptor_log')
def dcc_adaptor(r):
    lines = []
    for i in range(r.randint(4, 6)):
        lines.append('«ts» INFO  [duis-adaptor-%d] SR 11.2 requestId=«eui#d%d@lower»:«eui#s@lower»:%d target=«eui#d%d@dash» corr=«uuid»' % (i, i, 1000 + i, i))
    lines.append('«ts» WARN  [duis-adaptor] Response code E11 for MPAN «mpan#m» (ref «mpanref»)')
    lines.append('«ts» DEBUG payload customer="«name#c»" premises="«addr#a@line»"')
    lines.append('«ts» INFO  GBCS counter «epoch» firmware «ver»')
    return '\n'.join(lines) + '\n', 'log'


@genre('newrelic_logs')
def newrelic(r):
    out = []
    for i in range(r.randint(3, 5)):
        out.append('{"timestamp":«epoch»,"entity.name":"meter-sync","level":"info","trace.id":"«sha»","message":'
                   '"reconcile ok mpan=«mpan#m%d» serial=«eser#s%d» customer=«name#c%d@caps»","attributes":{"test":"«tc»","flow":"«dflow»"}}' % (i, i, i))
    out.append('{"timestamp":«epoch»,"level":"error","message":"Address mismatch: expected \'«addr#a@line»\' got \'«addr#a@head»\'","span.id":"«sha7»"}')
    return '\n'.join(out) + '\n', 'json'


@genre('go_panic')
def gopanic(r):
    return ("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
            "\tpanic: meter: unknown device «eui#d@none»\n\ngoroutine 17 [running]:\n"
            "main.(*Reconciler).Apply(0xc000128000, {0xc0001a2000, 0x1c}, {\"«mpan#m»\", \"«eser#s»\"})\n"
            "\t/src/recon/apply.go:142 +0x1f4\n"
            "main.handle(&Customer{Name:\"«name#c»\", Postcode:\"«pc#p»\", Account:\"«acct»\", Ref:\"«mpanref»\"})\n"
            "\t/src/recon/handler.go:88 +0x9a\ncreated by main.Start in goroutine 1\n\t/src/recon/main.go:31 +0x65\n"
            "exit status 2  build «sha» go«ver» test «tc»\n"), 'txt'


@genre('rust_panic_debug')
def rustp(r):
    return ("thread 'tokio-runtime-worker' panicked at src/settle.rs:77:9:\n"
            "called `Result::unwrap()` on an `Err` value: Validation(MeterPoint {\n    mpan: \"«mpan#m»\",\n"
            "    serial: Some(\n        \"«eser#s@lower»\",\n    ),\n    occupier: Person {\n        name: \"«name#c»\",\n"
            "        phone: \"«phone»\",\n    },\n    address: \"«addr#a@line»\",\n    reference: \"«mpanref»\",\n"
            "    msg_id: «uuid»,\n})\nnote: run with `RUST_BACKTRACE=1`  (crate version «ver», commit «sha7», case «tc»)\n"), 'txt'


@genre('py_dataclass_repr')
def pyrepr(r):
    return ("AssertionError: assert MeterRecord(mpan='«mpan#m»', serial='«eser#s»', mprn=«mprn#g», "
            "customer=Customer(name='«name#c»', email='«email#e»', address='«addr#a@line»'), read=Decimal('«kwh»'), "
            "flow='«dflow»', ref='«mpanref»') == MeterRecord(mpan='«mpan#m@spaced»', serial='«eser#s@lower»', mprn=«mprn#g», "
            "customer=Customer(name='«name#c@caps»', email='«email#e»', address=None), read=Decimal('«kwh»'), "
            "flow='«dflow»', ref='«mpanref»')\n  (test id «tc», run «uuid», at «ts»)\n"), 'txt'


@genre('locust_failures')
def locust(r):
    rows = ['Method,Name,Error,Occurrences']
    for i in range(r.randint(3, 6)):
        rows.append('POST,/api/v2/meterpoints/«mpan#m%d»/reads,"HTTPError(\'422 Client Error: serial «eser#s%d» not on «mpan#m%d@spaced»\')",%d' % (i, i, i, r.randint(1, 40)))
    rows.append('GET,/customers?postcode=«pc#p@nospace»&name=«name#c@lower»,"ConnectionResetError",%d' % r.randint(1, 9))
    rows.append('# run «uuid» started «unix» (locust «ver»), test plan «tc»')
    return '\n'.join(rows) + '\n', 'csv'


@genre('behave_output')
def behave(r):
    return ("Feature: Change of supplier gain # features/cos.feature:1\n\n"
            "  Scenario Outline: Gain registers -- @1.%d Valid gains  # features/cos.feature:12\n"
            "    Given a supply point «mpan#m» with meter «eser#s» # steps/cos.py:22 0.003s\n"
            "    And the occupier is \"«name#c»\" at \"«addr#a@line»\"      # steps/cos.py:30\n"
            "    When the «dflow» flow is received                     # steps/cos.py:41\n"
            "    Then the registration is accepted within 5 days     # steps/cos.py:55\n"
            "      Assertion Failed: expected 'ACCEPTED' for «mpanref» but got 'PENDING' (msg «uuid»)\n\n"
            "1 feature passed, 0 failed\n%d scenarios passed, 1 failed  (build «ver», «tc»)\nTook 0m%d.%03ds\n"
            % (r.randint(1, 9), r.randint(4, 30), r.randint(1, 59), r.randint(0, 999))), 'txt'


@genre('fitnesse_table')
def fitnesse(r):
    rows = ['!|script|meter point fixture|', '|check|mpan|«mpan#m0»|valid|']
    rows.append('!|Query: registered customers|«mpanref»|')
    rows.append('|name|mpan|serial|postcode|')
    for i in range(r.randint(3, 5)):
        rows.append('|«name#c%d»|«mpan#m%d»|«eser#s%d»|«pc#p%d»|' % (i, i + 1, i, i))
    rows.append('#  TC «tc» page version «ver» last run «ts»')
    return '\n'.join(rows) + '\n', 'txt'


@genre('git_format_patch')
def fpatch(r):
    return ("From «sha» Mon Sep 17 00:00:00 2001\nFrom: Test Analyst <qa@example.test>\nDate: «date»\n"
            "Subject: [PATCH] fixtures: add «dflow» gain for «mpanref» («tc»)\n\n---\n fixtures/gain.json | 4 ++--\n\n"
            "diff --git a/fixtures/gain.json b/fixtures/gain.json\nindex «sha7»..«sha7» 100644\n--- a/fixtures/gain.json\n+++ b/fixtures/gain.json\n"
            "@@ -3,4 +3,4 @@\n-  \"mpan\": \"«mpan#old»\",\n-  \"customer\": \"«name#old»\",\n+  \"mpan\": \"«mpan#new»\",\n"
            "+  \"customer\": \"«name#new»\",\n   \"postcode\": \"«pc#p»\",\n   \"msgId\": \"«uuid»\"\n--\n2.«ver»\n"), 'patch'


@genre('landlord_portal')
def landlord(r):
    rows = ['Property Ref\tAddress\tTenant\tMove-in\tElec MPAN\tGas MPRN\tMeter serials\tNotes']
    for i in range(r.randint(3, 5)):
        rows.append('LP-%04d\t«addr#a%d@line»\t«name#t%d»\t«date»\t«mpan#m%d»\t«mprn#g%d»\t«eser#e%d» / «gser#g%d»\tvoid period, read «kwh»'
                    % (r.randint(1, 9999), i, i, i, i, i, i))
    rows.append('Exported by landlord agent «name#ag» («email#ag») on «date» — test «tc»')
    return '\n'.join(rows) + '\n', 'tsv'


@genre('topup_receipt')
def topup(r):
    return ("        PAYZONE\n  %s\n  STORE 01%04d  TERM 3\n--------------------------------\nELECTRICITY KEY TOP-UP\n"
            "Date «date» Time 17:%02d\nCust: «name#c@caps»\nKey no: «bad13»\nMPAN: «mpan#m@spaced»\nAmount:      «money»\n"
            "Txn ID: «uuid»\nAuth: «ticket»\n--------------------------------\nRETAIN THIS RECEIPT\nTested: «tc» «ifref»\n"
            % (pick(r, 'SPAR 114 Church Lane', 'Co-op Food', 'Premier Stores'), r.randint(0, 9999), r.randint(0, 59))), 'txt'


@genre('tras_theft_referral')
def tras(r):
    return ("TRAS referral – suspected interference\nReferral no «ticket»   Date «date»\n"
            "Premises: «addr#a@line»\nOccupier named on account: «name#o»  (acct «acct»)\n"
            "Meter «eser#s» seal missing; bypass cable seen by engineer. Previous reads «kwh» / «kwh».\n"
            "Neighbour «name#n» at no. 14 reported smell of burning. MPAN «mpan#m» – test data per «mpanref», «tc».\n"), 'txt'


@genre('solr_migration')
def solr(r):
    rows = ['record_type|mpan|mprn|title|forename|surname|addr1|town|postcode|balance|ref']
    for i in range(r.randint(4, 6)):
        rows.append('C|«mpan#m%d»|«mprn#g%d»|%s|«name#f%d@first»|«name#f%d@last»|«addr#a%d@head»|TOWN|«pc#p%d»|«money»|«mpanref»'
                    % (i, i, pick(r, 'Mr', 'Mrs', 'Ms', 'Dr'), i, i, i, i))
    rows.append('T|%d|batch «uuid»|«date»|«tc»' % len(rows))
    return '\n'.join(rows) + '\n', 'psv'


@genre('des_lookup_paste')
def des(r):
    return ("Data Enquiry Service – Supply Point Summary\nMPRN\t«mprn#g»\nAddress\t«addr#a@caps»\nMeter Serial\t«gser#g»\n"
            "Meter Model\tG4 U6\nAQ\t«kwh»\nSupplier\tABC\nLast read date\t«date»\nSMETS\tSMETS2  GSME ID «eui#d@dash»\n"
            "\nNote: compare with «dflow» response (msg «uuid») for «tc».\n"), 'txt'


@genre('experian_match')
def experian(r):
    return ('{"requestId":"«uuid»","searchType":"ADDRESS_MATCH","input":{"forename":"«name#c@first»","surname":"«name#c@last»",'
            '"dob":"1976-04-02","address":"«addr#a@line»"},"result":{"matchLevel":"FULL","uprn":"%d","alias":["«name#c@init»"],'
            '"linkedMpan":"«mpan#m»","phone":"«phone»"},"meta":{"testCase":"«tc»","ts":«epoch»,"build":"«ver»"}}\n'
            % r.randint(10000000000, 99999999999)), 'json'


@genre('meter_exam_form')
def meterexam(r):
    return ("METER EXAMINATION REQUEST (accuracy dispute)\nSection A – Consumer\n  Name ........ «name#c@caps»\n"
            "  Address ..... «addr#a@line»\n  Telephone ... «phone»\nSection B – Meter\n  Serial ...... «eser#s»\n"
            "  Reading ..... «kwh»\n  MPAN ........ «mpan#m@full21»\nSection C – Test lab use\n  Lab ref «wo»  Result PASS (+0.4%%)\n"
            "  Certificate «inv»  Fee «money»\nEvidence for «tc» / «mpanref»\n"), 'txt'


@genre('returned_mail_log')
def rts_mail(r):
    rows = ['Date,Letter,Addressee,Address,Reason']
    for i in range(r.randint(4, 6)):
        rows.append('«date»,%s,"«name#c%d»","«addr#a%d@line»",%s' % (pick(r, 'DEBT1', 'WELCOME', 'COT3', 'PRICE'), i, i,
                                                                   pick(r, 'Addressee gone away', 'Not known', 'Refused')))
    rows.append('# linked test run «uuid» («tc»)')
    return '\n'.join(rows) + '\n', 'csv'


@genre('dca_placement')
def dca(r):
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append('%-10s%-30s%-45s%-10s%-12s%s' % ('«acct#a%d»' % i, '«name#c%d@caps»' % i, '«addr#a%d@caps»' % i,
                                                 '«money»', '«date»', '«mpan#m%d»' % i))
    return ('HDR DCA PLACEMENT FILE «date» BATCH «ticket»\n' + '\n'.join(rows) + '\nTRL %d «tc»\n' % len(rows)), 'dat'


@genre('sentry_event')
def sentry(r):
    return ('{\n  "event_id": "«sha»",\n  "level": "error",\n  "exception": {"values": [{"type": "ValueError", '
            '"value": "Invalid check digit for MPAN «mpan#m»"}]},\n  "user": {"id": "«acct»", "email": "«email#e»", '
            '"username": "«name#c@lower»"},\n  "breadcrumbs": [\n    {"category": "ui.input", "message": "typed «mpan#m@spaced4» into #mpan"},\n'
            '    {"category": "http", "data": {"url": "/api/meters/«eser#s@lower»/reads?ref=«mpanref»"}},\n'
            '    {"category": "ui.click", "message": "button#confirm-address «addr#a@line»"}\n  ],\n'
            '  "tags": {"release": "«ver»", "test": "«tc»", "timestamp": «unix»}\n}\n'), 'json'


@genre('airflow_task_log')
def airflow(r):
    return ("[«ts»] {taskinstance.py:1157} INFO - Dependencies all met for <TaskInstance: d0010_load.parse «ts» [queued]>\n"
            "[«ts»] {d0010.py:88} INFO - Parsed 026 record: MPAN «mpan#m», meter «eser#s», read «kwh»\n"
            "[«ts»] {d0010.py:91} WARNING - Skipped row 14: customer «name#c» has no MPAN-REF\n"
            "[«ts»] {d0010.py:97} ERROR - duplicate reading for «mpan#m@dashed» (run_id=manual__«ts»)\n"
            "[«ts»] {taskinstance.py:1400} INFO - Marking task as FAILED. dag_id=d0010_load, task_id=parse, map_index=-1, "
            "execution_date=«date», job_id=%d  [«tc»]\n" % r.randint(1000, 99999)), 'log'


@genre('dbt_test_output')
def dbt(r):
    return ("%02d:%02d:%02d  Failure in test unique_meter_points_mpan (models/schema.yml)\n"
            "  Got 2 results, configured to fail if != 0\n\n  compiled Code at target/compiled/unique_meter_points_mpan.sql\n\n"
            "  mpan            | n_records\n  ----------------+----------\n  «mpan#a»   | 2\n  «mpan#b»   | 2\n\n"
            "  Failure in test accepted_values_customer_postcode: «pc#p» «pc#q@nospace»\n"
            "  Failure in test not_null_customer_name: row id=«uuid» name_sample='«name#c»'\n"
            "Done. PASS=41 WARN=0 ERROR=3 SKIP=0 TOTAL=44  (dbt «ver», «tc»)\n" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))), 'txt'


@genre('great_expectations')
def gx(r):
    return ('{\n  "success": false,\n  "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", '
            '"kwargs": {"column": "msn", "regex": "^[A-Z0-9]{10}$"}},\n  "result": {\n    "element_count": 5412,\n    "unexpected_count": 3,\n'
            '    "partial_unexpected_list": ["«eser#a@lower»", "«gser#b@spaced»", "«eser#c@lower»"],\n'
            '    "partial_unexpected_index_list": [{"mpan": "«mpan#m1»", "owner": "«name#o1»"}, {"mpan": "«mpan#m2@spaced»", "owner": "«name#o2»"}]\n'
            '  },\n  "meta": {"run_id": "«uuid»", "suite": "«tc»", "ge_version": "«ver»"}\n}\n'), 'json'


@genre('liquibase_changelog')
def liquibase(r):
    return ("databaseChangeLog:\n  - changeSet:\n      id: «sha7»-seed-meter-points\n      author: qa\n      context: sit\n      changes:\n"
            "        - insert:\n            tableName: meter_point\n            columns:\n"
            "              - column: {name: mpan, value: \"«mpan#m»\"}\n              - column: {name: msn, value: \"«eser#s»\"}\n"
            "              - column: {name: ref, value: \"«mpanref»\"}\n        - insert:\n            tableName: customer\n"
            "            columns:\n              - column: {name: full_name, value: \"«name#c»\"}\n"
            "              - column: {name: address, value: \"«addr#a@line»\"}\n              - column: {name: phone, value: \"«phone»\"}\n"
            "              - column: {name: created, valueNumeric: «epoch»}\n# test «tc» / build «ver»\n"), 'yaml'


@genre('grpcurl_output')
def grpcurl(r):
    return ("$ grpcurl -plaintext -d '{\"mpan\":\"«mpan#m»\"}' localhost:50051 meters.v1.MeterService/GetMeterPoint\n"
            "{\n  \"mpan\": \"«mpan#m»\",\n  \"meters\": [\n    {\n      \"serial\": \"«eser#s»\",\n      \"deviceId\": \"«eui#d@colon»\",\n"
            "      \"firmware\": \"«ver»\"\n    }\n  ],\n  \"occupier\": {\n    \"displayName\": \"«name#c»\",\n    \"postcode\": \"«pc#p»\"\n  },\n"
            "  \"lastMessageId\": \"«uuid»\",\n  \"lastReadAtMs\": \"«epoch»\"\n}\n# «tc»\n"), 'txt'


@genre('httpie_output')
def httpie(r):
    return ("$ http PATCH :8080/api/customers/«acct#a» name='«name#c»' email=«email#e»\nHTTP/1.1 200 OK\nContent-Type: application/json\n"
            "X-Request-Id: «uuid»\nDate: Tue, 03 Nov 2026 10:1%d:00 GMT\n\n{\n    \"account\": \"«acct#a»\",\n    \"name\": \"«name#c»\",\n"
            "    \"email\": \"«email#e»\",\n    \"supply\": {\n        \"mpan\": \"«mpan#m»\",\n        \"address\": \"«addr#a@line»\"\n    },\n"
            "    \"ref\": \"«mpanref»\",\n    \"updated\": «unix»\n}\n# evidence for «tc»\n" % r.randint(0, 9)), 'txt'


@genre('fiddler_raw')
def fiddler(r):
    return ("POST https://sit.example.test/meter-exchange HTTP/1.1\r\nHost: sit.example.test\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Cookie: sess=«sha»\r\n\r\nmpan=«mpan#m»&old_msn=«eser#o»&new_msn=«eser#n@lower»&occupier=«name#c@plain»&pc=«pc#p@nospace»&wo=«wo»\r\n\r\n"
            "HTTP/1.1 302 Found\r\nLocation: /exchange/done?mpan=«mpan#m@dashed»&ref=«mpanref»\r\nX-Trace: «uuid»\r\n\r\n"
            "## Fiddler session 1%03d, test «tc»\r\n" % r.randint(0, 999)), 'txt'


@genre('rabbitmq_get')
def rabbit(r):
    body = '{"flow":"«dflow»","mpan":"«mpan#m»","reads":[{"msn":"«eser#s»","reg":"01","value":"«kwh»"}],"agent":"«name#c»"}'
    return ("$ rabbitmqadmin get queue=dtc.inbound count=1\n+-------------+----------+---------------+----------------------------+\n"
            "| routing_key | exchange | message_count | payload\n+-------------+----------+---------------+----------------------------+\n"
            "| «dflow»       | dtc      | 14            | " + body + " |\n+-------------+----------+---------------+----------------------------+\n"
            "properties: message_id=«uuid» timestamp=«unix» correlation_id=«dip»\n# «tc»\n"), 'txt'


@genre('pubsub_pull')
def pubsub(r):
    return ("$ gcloud pubsub subscriptions pull meter-events-sub --limit=3 --format=table\n"
            "DATA                                                                   MESSAGE_ID        ATTRIBUTES\n"
            "meter commissioned mpan=«mpan#a» esme=«eui#d1@none»                         «psid»  test=«tc»\n"
            "install at «addr#x@line» by engineer 4471                             «psid»  wo=«wo»\n"
            "occupier «name#c» opted in to half-hourly                              «psid»  ref=«mpanref»\n"), 'txt'


@genre('loki_logcli')
def loki(r):
    lines = ["$ logcli query '{app=\"meter-api\"} |= \"MPAN\"' --since=1h"]
    for i in range(r.randint(4, 6)):
        lines.append('«ts» {app="meter-api", pod="meter-api-7d9f%d"} level=info msg="lookup ok" mpan=«mpan#m%d» msn=«eser#s%d» trace=«sha»' % (i, i, i))
    lines.append('«ts» {app="meter-api"} level=warn msg="name mismatch" got="«name#c@caps»" want="«name#c»" case=«tc»')
    return '\n'.join(lines) + '\n', 'log'


@genre('mixpanel_events')
def mixpanel(r):
    return ('[{"event":"Meter Read Submitted","properties":{"time":«unix»,"distinct_id":"«email#e»","$name":"«name#c»",'
            '"$phone":"«phone»","mpan":"«mpan#m»","msn":"«eser#s»","read":"«kwh»","app_version":"«ver»"}},\n'
            ' {"event":"Address Confirmed","properties":{"time":«unix»,"distinct_id":"«email#e»","address":"«addr#a@line»",'
            '"$insert_id":"«uuid»","test_case":"«tc»"}}]\n'), 'json'


@genre('intercom_export')
def intercom(r):
    return ("Conversation «ticket» – exported «date»\n\n«name#c» (user)  10:02\n  Hi my meter «eser#s» stopped sending reads, postcode «pc#p»\n\n"
            "Holly (Support)  10:05\n  Sorry to hear that «name#c@first». Is the supply address still «addr#a@line»?\n\n"
            "«name#c» (user)  10:06\n  Yes. My MPAN is on the bill: «mpan#m@spaced»\n\nHolly (Support)  10:09\n"
            "  Thanks – I've raised «wo» and logged it against test «tc». Ref «uuid».\n"), 'txt'


@genre('freshdesk_ticket')
def freshdesk(r):
    return ("Ticket #%d\nRequester: «name#c» <«email#e»>\nType: Meter fault   Priority: High   Group: Smart Ops\n"
            "Tags: smets2, «dflow», «tc»\n\nDescription:\nThe IHD at «addr#a@prose» shows no gas. GSME «eui#g@dash», gas meter «gser#s@lower», MPRN «mprn#g».\n"
            "Previous agent note: customer «name#c@first» is PSR (hearing), partner «name#p» to be contacted on «phone».\n\n"
            "Private note (agent): ESME «eui#e@0x», firmware «ver», last seen «ts»\n" % r.randint(100000, 999999)), 'txt'


@genre('hubspot_contacts')
def hubspot(r):
    rows = ['Record ID,First Name,Last Name,Email,Phone Number,Street Address,City,Postal Code,MPAN (custom),Lifecycle Stage']
    for i in range(r.randint(4, 6)):
        rows.append('%d,«name#c%d@first»,«name#c%d@last»,«email#e%d»,«phone»,"«addr#a%d@head»",Town,«pc#p%d»,«mpan#m%d»,customer'
                    % (r.randint(10**9, 10**10), i, i, i, i, i, i))
    rows.append(',,,,,,,,«mpanref»,«tc»')
    return '\n'.join(rows) + '\n', 'csv'


@genre('mailchimp_bounces')
def mailchimp(r):
    rows = ['Email Address,First Name,Last Name,Bounce Type,Reason,Campaign']
    for i in range(r.randint(4, 6)):
        rows.append('«email#e%d»,«name#c%d@first»,«name#c%d@last»,hard,"550 5.1.1 <«email#e%d»>: user unknown",%s-«date»' % (i, i, i, i, pick(r, 'Price-Change', 'Smart-Booking')))
    rows.append('# export id «uuid» for «tc»')
    return '\n'.join(rows) + '\n', 'csv'


@genre('sar_log')
def sar(r):
    return ("SUBJECT ACCESS REQUEST LOG — entry «ticket»\nReceived «date» by post from «name#c» of «addr#a@line».\n"
            "ID verified against acct «acct» and MPAN «mpan#m». Data located in CRM, DCC, «dflow» archives.\n"
            "Redaction of third party «name#t» (previous occupier) required.\nDue «date»; pack ref «inv». Tested under «tc».\n"), 'txt'


@genre('xray_execution')
def xray(r):
    return ('{\n  "testExecutionKey": "SIT-%d",\n  "info": {"summary": "Regression «date»", "version": "«ver»"},\n  "tests": [\n'
            '    {"testKey": "«tc»", "status": "FAILED", "comment": "MPAN «mpan#m» returned wrong LLFC; customer «name#c» at «addr#a@line»",\n'
            '     "evidence": [{"filename": "resp_«mpan#m@plain»_«dflow».txt", "contentType": "text/plain"}]},\n'
            '    {"testKey": "«tc»", "status": "PASSED", "comment": "meter «eser#s» ok, msg «uuid»"}\n  ]\n}\n' % r.randint(100, 9999)), 'json'


@genre('zephyr_csv')
def zephyr(r):
    rows = ['Key;Name;Status;Test Data;Actual Result;Executed On']
    for i in range(r.randint(3, 5)):
        rows.append('«tc»;Reading validation %d;%s;"MPAN=«mpan#m%d»; MSN=«eser#s%d»; customer=«name#c%d»";"read «kwh» rejected, «dflow» sent";«date»'
                    % (i, pick(r, 'Fail', 'Pass', 'Blocked'), i, i, i))
    return '\n'.join(rows) + '\n', 'csv'


@genre('excel_merged_tsv')
def exceltsv(r):
    rows = ['Site details\t\t\tMetering\t\t\tContact\t', 'Ref\tAddress\tPostcode\tMPAN\tMSN\tGUID\tName\tPhone']
    for i in range(r.randint(4, 6)):
        rows.append('«mpanref»\t«addr#a%d@head»\t«pc#p%d»\t«mpan#m%d»\t«eser#s%d»\t«eui#d%d»\t«name#c%d»\t«phone»' % (i, i, i, i, i, i))
    rows.append('\t\t\t\t\t\tTotal rows\t%d' % (len(rows) - 2))
    return '\n'.join(rows) + '\n', 'tsv'


@genre('r_datatable')
def rdt(r):
    rows = ['> dt[reads_ok == FALSE]', '          mpan        msn         customer   kwh     read_at']
    for i in range(r.randint(4, 6)):
        rows.append('%d: «mpan#m%d» «eser#s%d» «name#c%d» «kwh» «date»' % (i + 1, i, i, i))
    rows.append('> # TC «tc», epoch «epoch»')
    return '\n'.join(rows) + '\n', 'txt'


@genre('robot_log_text')
def robotlog(r):
    return ("==============================================================================\nSmart Install :: DCC SR 8.1\n"
            "==============================================================================\n"
            "Commission ESME «eui#d@dash» for «mpan#m»                                 | FAIL |\n"
            "Expected occupier '«name#c»' but was '«name#c@caps»'\n------------------------------------------------------------------------------\n"
            "Verify Address «addr#a@line»                               | PASS |\n"
            "------------------------------------------------------------------------------\n"
            "Smart Install :: DCC SR 8.1 | FAIL |  2 tests, 1 passed, 1 failed  («tc», «uuid»)\n"), 'txt'


@genre('psr_webform_email')
def psrform(r):
    return ("Subject: New website form submission – Priority Services Register\n\nform_id: psr-v3\nsubmitted: «ts»\n"
            "full_name: «name#c»\nrelationship: self\nsupply_address: «addr#a@nocomma»\ncontact_phone: «phone»\ncontact_email: «email#e»\n"
            "needs: [«pick»]\ncarer_name: «name#k»\nmeter_serial_if_known: «eser#s@lower»\nmpan_if_known: «mpan#m@dashed»\n"
            "consent: yes\n--\nForm engine «ver» · submission «uuid» · tested by «tc»\n").replace('«pick»', pick(r, 'Dialysis', 'Blind', 'Deaf', 'Chronic illness')), 'txt'


@genre('warm_home_discount_match')
def whd(r):
    rows = ['"DWP Match Ref","Surname","Forename","Postcode","House No","Supplier Acct","Status"']
    for i in range(r.randint(4, 6)):
        rows.append('"WHD%07d","«name#c%d@lastcaps»","«name#c%d@first»","«pc#p%d»","%d","«acct»","%s"' % (r.randint(0, 9999999), i, i, i, r.randint(1, 99), pick(r, 'MATCHED', 'NO MATCH')))
    rows.append('"TOTAL","%d","«date»","«tc»","","",""' % (len(rows) - 1))
    return '\n'.join(rows) + '\n', 'csv'


@genre('prose_handover_note')
def handover(r):
    return ("Handover – night shift «date»\n\nJohn from the field team rang at 02:10. He'd been to see «name#c» about the meter at «addr#a@prose»; "
            "«name#c@first» says the display went blank after the «dflow» came in. I checked and the supply number is «mpan#m@spaced». "
            "Serial on the cabinet label reads «eser#s@lower». Also spoke to «name#n» next door who has the same problem (her MPAN «mpan#n»).\n"
            "Nothing raised yet except «ticket». Please pick up with «tc» before 09:00 and mention «mpanref».\n"
            "Reading «kwh» at «ts».\nPS the ticket wrapped the number as «mpan#m@wrap» – same supply.\n"), 'txt'


@genre('welsh_bilingual_job')
def welsh(r):
    return ("Cerdyn Swydd / Job Card «wo»\nEnw'r cwsmer / Customer name: «name#c»\nCyfeiriad / Address: «addr#a@line»\n"
            "Rhif mesurydd / Meter serial: «eser#s»\nRhif mesurydd nwy / Gas meter: «gser#g@lower»\nRhif MPAN: «mpan#m»\nRhif MPRN: «mprn#g»\n"
            "Darlleniad / Reading: «kwh»\nFfôn / Phone: «phone»\nNodyn: siaradais â «name#c@first» – popeth yn iawn. Prawf «tc».\n"), 'txt'


@genre('vtt_teams_witness')
def vtt(r):
    cues = [("Test Manager", "OK so for «tc» the MPAN we're using is «mpan#m@spaced»."),
            ("Witness (DCC)", "And the meter serial is «eser#s»?"),
            ("Test Manager", "Correct, that's the one at «addr#a@line»."),
            ("Test Analyst", "The customer record says «name#c» but I think it should be «name#c2»."),
            ("Witness (DCC)", "Fine, note that. Message id ends «uuid»."),
            ("Test Analyst", "Gas side MPRN is «mprn#g», «dflow» sent at «ts».")]
    out = ['WEBVTT', '']
    for i, (sp, tx) in enumerate(cues):
        out += ['%s' % '«uuid»', '00:%02d:%02d.000 --> 00:%02d:%02d.500' % (i, 5 * i, i, 5 * i + 4), '<v %s>%s</v>' % (sp, tx), '']
    return '\n'.join(out), 'vtt'


@genre('kafka_json_consumer')
def kafka(r):
    out = []
    for i in range(r.randint(3, 5)):
        out.append('%% Reached offset %d' % r.randint(1000, 99999))
        out.append('{"key":"«mpan#m%d»","value":{"eventType":"ReadingValidated","mpan":"«mpan#m%d@spaced»","msn":"«eser#s%d»","occupier":"«name#c%d»","reading":«kwh»,"ts":«epoch»},"headers":{"trace":"«uuid»","test":"«tc»"}}' % (i, i, i, i))
    return '\n'.join(out) + '\n', 'txt'


@genre('mpan_filenames_urls')
def fnames(r):
    return ("Evidence attachments for «tc»:\n  evidence/«mpan#a@plain»/«dflow»_response.txt\n  screenshots/meter_«eser#s@lower»_front.png\n"
            "  https://sit.example.test/portal/supply/«mpan#b»?view=reads&ref=«mpanref»\n  \\\\fileserver\\qa\\«name#c@lower»\\«date»\\photo.jpg\n"
            "  exports/device_«eui#d@none»_log.csv\n  s3://qa-bucket/«mpan#c@full21»/reads.json\n  build «sha» artifact «ver».zip\n  MPAN«mpan#d@plain»_final.txt, «eser#s»-photo.jpg, «pc#p@nospace»_survey.pdf\n"), 'txt'


@genre('ombudsman_decision')
def ombud(r):
    return ("ENERGY OMBUDSMAN – PROVISIONAL DECISION\nCase reference: «ticket»\nComplainant: «name#c@caps»\nPremises: «addr#a@line»\n\n"
            "1. Mr «name#c@last» complains that the supplier failed to exchange meter «eser#s» and billed estimated reads of «kwh» kWh.\n"
            "2. The supplier says the supply number «mpan#m@topline2» was transferred under «dflow» on «date».\n"
            "3. I award «money» goodwill. Mrs «name#w@last» (his wife) also called on «phone».\n\nTest evidence: «tc», «mpanref».\n"), 'txt'


@genre('cot_form')
def cot(r):
    return ("CHANGE OF TENANCY – MOVING OUT\nYour name: «name#c»\nForwarding address: «addr#f@line»\nProperty you are leaving: «addr#a@line»\n"
            "Date you move: «date»\nElectricity meter number: «eser#s@lower»   Reading: «kwh»\nGas meter number: «gser#g»   Reading: «kwh»\n"
            "Electricity supply number (MPAN): «mpan#m@full21s»\nNew occupier (if known): «name#n»\nDaytime phone: «phone»\n"
            "Office use: form «inv» keyed «date» for «tc»\n"), 'txt'


@genre('rts_replacement_list')
def rts(r):
    rows = ['Teleswitch replacement programme – wave 3', 'MPAN         | MSN        | Tariff | Customer            | Contact       | Booked']
    for i in range(r.randint(4, 6)):
        rows.append('«mpan#m%d» | «eser#s%d» | E7     | «name#c%d» | «phone» | «date»' % (i, i, i))
    rows.append('report «uuid» / «tc» / «ver»')
    return '\n'.join(rows) + '\n', 'txt'


@genre('keep_heavy_release_notes')
def relnotes(r):
    lines = ['Release «ver» – SIT drop «date»', '']
    for i in range(r.randint(6, 10)):
        lines.append('* «ticket» fixed «dflow» parsing for «mpanref» (epoch «epoch», «tc»), commit «sha7», EAN «ean», invoice «inv», WO «wo», ref «bad13»')
    lines.append('Known issue: example in docs used «mpan#m» and customer «name#c» – removed.')
    return '\n'.join(lines) + '\n', 'md'


@genre('python_logging_dictrepr')
def pylog(r):
    return ("2026-11-0%d 10:0%d:11,402 DEBUG client: payload={'mpan': '«mpan#m»', 'meterSerial': '«eser#s@lower»', 'customer': {'name': '«name#c»', "
            "'address': ['«addr#a@head»', 'Town', '«pc#p@lower»']}, 'email': '«email#e»', 'ref': '«mpanref»', 'msg_id': UUID('«uuid»'), 'sent': «unix»}\n"
            "2026-11-0%d 10:0%d:12,003 INFO client: 202 Accepted for «ifref» («tc»)\n" % (r.randint(1, 9), r.randint(0, 9), r.randint(1, 9), r.randint(0, 9))), 'log'
