import json
def cron_mail(g):
    L = ["From: root@qt-batch01 (Cron Daemon)", "To: qt-ops@example.net", "Subject: Cron <qt@qt-batch01> /opt/qt/bin/nightly_d0010.sh",
         "Content-Type: text/plain; charset=UTF-8", f"X-Cron-Env: <RUN_ID={g.k_uuid()}>", "",
         f"[nightly] {g.k_ts()} start, build {g.k_ver()}"]
    for _ in range(g.r.randint(3,5)):
        L.append(f"[nightly] WARN read rejected mpan={g.mpan()} serial={g.eser()} reason=ZERO_ADVANCE cust=\"{g.name()}\"")
    L.append(f"[nightly] could not geocode '{g.addr()}' ({g.pc()})")
    L.append(f"[nightly] done, {g.k_tc()} exit 0")
    return "\n".join(L), "eml"

def zapier(g):
    L = [f"Zap run history — 'Smart booking form → Jira'   run {g.k_uuid()}", "Step 1  Trigger: Typeform new entry", "  Data In:"]
    L += [f"    full_name: {g.name()}", f"    email: {g.email()}", f"    phone: {g.phone()}", f"    address: {g.addr()}", f"    postcode: {g.pc()}",
          f"    mpan: {g.mpan()}", f"    gas_mprn: {g.mprn()}", "Step 2  Action: Jira Software Cloud — Create Issue", "  Data Out:",
          f"    key: {g.k_ticket()}", f"    summary: Booking for {g.name('title')} ({g.k_tc()})", f"    created: {g.k_ts()}", "Status: Success"]
    return "\n".join(L), "txt"

def logic_apps(g):
    body = {"customer": {"name": g.name(), "acct": g.acct(), "mobile": g.phone()}, "supply": {"mpan": g.mpan("plain"), "meterSerial": g.eser()},
            "site": {"line1": g.addr(with_town=False), "postcode": g.pc()}, "flow": g.k_flow(), "correlationId": g.k_uuid()}
    out = {"statusCode": 202, "headers": {"x-ms-workflow-run-id": "08585" + str(g.r.randint(10**12,10**13))}, "body": {"accepted": True, "ticket": g.k_ticket()}}
    L = [f"Run history › {g.k_ts()} › Succeeded", "HTTP - Post to DIP", "INPUTS", json.dumps({"method": "POST", "uri": "https://dip-sandbox.example.net/if", "body": body}, ensure_ascii=False, indent=2),
         "OUTPUTS", json.dumps(out, indent=2)]
    return "\n".join(L), "txt"

def kubectl_describe(g):
    L = ["$ kubectl -n qt describe pod regs-stub-7d9f8c-x2x9k", "Name:         regs-stub-7d9f8c-x2x9k", "Namespace:    qt",
         f"Labels:       app=regs-stub  testcase={g.k_tc()}", "Containers:", "  regs-stub:", f"    Image:  acr.example.net/regs-stub:{g.k_ver()}",
         "    Environment:", f"      SEED_MPAN:         {g.mpan('plain')}", f"      SEED_MPRN:         {g.mprn('plain')}",
         f"      SEED_CUSTOMER:     {g.name()}", f"      SEED_ADDRESS:      {g.addr()}", f"      SEED_POSTCODE:     {g.pc()}",
         f"      SEED_CHF_EUI:      {g.eui()}", f"      ALERT_EMAIL:       {g.email()}", "Events:", "  Type    Reason   Age   From     Message",
         f"  Normal  Pulled   2m    kubelet  Successfully pulled image at {g.k_ts()}"]
    return "\n".join(L), "txt"

def aws_secrets(g):
    inner = json.dumps({"fixtureMpan": g.mpan("plain"), "fixtureMprn": g.mprn("plain"), "contact": g.name(), "contactEmail": g.email(), "esme": g.eser(), "gsme": g.gser()}, ensure_ascii=False)
    d = {"ARN": "arn:aws:secretsmanager:eu-west-2:111122223333:secret:qt/fixtures-AbCdEf", "Name": "qt/fixtures", "VersionId": g.k_uuid(),
         "SecretString": inner, "VersionStages": ["AWSCURRENT"], "CreatedDate": g.k_ts()}
    return "$ aws secretsmanager get-secret-value --secret-id qt/fixtures\n" + json.dumps(d, indent=4, ensure_ascii=False) + f"\n# used by {g.k_tc()}", "json"

def webdriverio(g):
    L = ["[chrome 122.0 linux #0-0] Running: chrome (v122.0) on linux", f"[chrome 122.0 linux #0-0] Session ID: {g.k_uuid()}", "[chrome 122.0 linux #0-0]",
         f"[chrome 122.0 linux #0-0] » /specs/cos-journey.e2e.js", f"[chrome 122.0 linux #0-0] Change of supplier journey {g.k_tc()}",
         f"[chrome 122.0 linux #0-0]    ✓ enters postcode {g.pc()}", f"[chrome 122.0 linux #0-0]    ✓ selects address '{g.addr()}'",
         f"[chrome 122.0 linux #0-0]    ✓ finds supply {g.mpan()}", f"[chrome 122.0 linux #0-0]    ✖ shows name {g.name()}",
         f"[chrome 122.0 linux #0-0] 1) Change of supplier journey shows name", f"[chrome 122.0 linux #0-0] Expected: \"{g.name()}\"",
         f"[chrome 122.0 linux #0-0] Received: \"{g.name('lower')}\"", f"[chrome 122.0 linux #0-0] contact field had {g.email()} / {g.phone()}",
         "Spec Files:	 0 passed, 1 failed, 1 total (100% completed) in 00:00:41"]
    return "\n".join(L), "log"

def serenity(g):
    L = [f"Serenity BDD report — Feature: Meter exchange appointments ({g.k_ver()})", f"Scenario: Book exchange for vulnerable customer  [{g.k_tc()}]",
         f"  Given {g.name()} is on the Priority Services Register", f"  And she lives at {g.addr()}, {g.pc()}",
         f"  And her electricity meter {g.eser()} serves MPAN {g.mpan()}", f"  When the agent books a slot for {g.k_ts()}",
         f"  Then an SMS is sent to {g.phone()}", f"  And a confirmation is e-mailed to {g.email()}", "  RESULT: SUCCESS (4.2s)",
         f"Scenario: Gas only  [{g.k_tc()}]", f"  Given gas meter point {g.mprn()} with meter {g.gser()}", f"  Then {g.k_flow()} is sent   RESULT: PENDING"]
    return "\n".join(L), "txt"

def mockserver(g):
    exp = [{"httpRequest": {"method": "GET", "path": f"/ecoes/v2/mpan/{g.mpan('plain')}"},
            "httpResponse": {"statusCode": 200, "body": {"json": {"mpan": g.mpan("plain"), "address": g.addr(), "postcode": g.pc(), "meterSerial": g.eser(), "supplier": "SUPP"}}}},
           {"httpRequest": {"method": "GET", "path": "/xoserve/mprn", "queryStringParameters": {"mprn": [g.mprn("plain")]}},
            "httpResponse": {"statusCode": 200, "body": {"json": {"meter": g.gser(), "consumer": g.name(), "effective": g.k_ts()}}}}]
    return f"// MockServer expectations for {g.k_tc()} ({g.k_ticket()})\n" + json.dumps(exp, indent=2, ensure_ascii=False), "json"

def charles(g):
    L = ["Charles Proxy - Session export (text)", f"URL\thttps://api.supplier.example.com/v1/customers/{g.acct()}", "Status\tComplete", "Method\tPUT",
         f"Start\t{g.k_ts()}", "", "Request Header", "Content-Type: application/x-www-form-urlencoded", "",
         "Request Body", f"title=Mrs&name={g.name('full')}&mpan={g.mpan('plain')}&pc={g.pc('nosp')}&tel={g.phone('nosp')}", "",
         "Response Body", f"{{\"ok\":true,\"ref\":\"{g.k_uuid()}\",\"email\":\"{g.email()}\",\"case\":\"{g.k_tc()}\"}}"]
    return "\n".join(L), "txt"

def kettle(g):
    L = []
    for _ in range(g.r.randint(4,6)):
        r = g.pick([lambda: f"Write to log.0 - ------------> Linenr 1------------------------------\nmpan_core = {g.mpan('plain')}\ncustomer_name = {g.name()}\npostcode = {g.pc()}\n====================",
                    lambda: f"Table output.0 - ERROR (version 9.4.0.0-343) : Unexpected error inserting row [{g.mprn('plain')}, {g.gser()}, {g.addr('num', with_town=False)}]",
                    lambda: f"Filter rows.0 - dropped row account={g.acct()} email={g.email()}"])()
        L.append(f"2025/03/14 10:{g.r.randint(10,59)}:{g.r.randint(10,59)} - {r}")
    L.append(f"2025/03/14 11:00:00 - Spoon - Transformation finished, {g.k_tc()} {g.k_uuid()}")
    return "\n".join(L), "log"

def groovy(g):
    L = ["groovy> def row = sql.firstRow('select * from supply where id = ?', [42])", "groovy> println row", "",
         f"[MPAN_CORE:{g.mpan('plain')}, CUST_NAME:{g.name()}, ADDR1:{g.addr(with_town=False)}, PCODE:{g.pc()}, METER_SN:{g.eser()}, ACCT:{g.acct()}]",
         "groovy> println gasRows*.MPRN", f"[{g.mprn('plain')}, {g.mprn('plain')}, {g.mprn('plain')}]", f"// {g.k_tc()} run at {g.k_ts()} by {g.name('init')}"]
    return "\n".join(L), "groovy"

def prolog(g):
    L = [f"% test fixtures for {g.k_tc()} ({g.k_ver()})", ":- module(fixtures, [supply/4, customer/3])."]
    for _ in range(g.r.randint(3,5)):
        L.append(f"supply('{g.mpan('plain')}', '{g.eser()}', '{g.pc()}', elec).")
    L.append(f"supply('{g.mprn('plain')}', '{g.gser()}', '{g.pc()}', gas).")
    L.append(f"customer('{g.name()}', '{g.email()}', '{g.phone()}').")
    L.append(f"% ?- supply(M,_,_,elec). checked {g.k_ts()}")
    return "\n".join(L), "pro"

def delphi_dfm(g):
    L = ["object frmBooking: TfrmBooking", "  Caption = 'Book meter exchange'", "  object edtName: TEdit", f"    Text = '{g.name()}'", "  end",
         "  object edtMPAN: TMaskEdit", "    EditMask = '99 9999 9999 999;1;_'", f"    Text = '{g.mpan('sp')}'", "  end",
         "  object memAddress: TMemo", "    Lines.Strings = (", f"      '{g.addr(with_town=False)}'", f"      '{g.pc()}')", "  end",
         "  object edtPhone: TEdit", f"    Text = '{g.phone()}'", "  end", f"  object lblBuild: TLabel\n    Caption = '{g.k_ver()} {g.k_tc()}'\n  end", "end"]
    return "\n".join(L), "dfm"

def mathematica(g):
    L = ["In[12]:= First[Normal[readsDataset]]",
         f"Out[12]= <|\"MPAN\" -> \"{g.mpan('plain')}\", \"Customer\" -> \"{g.name()}\", \"Postcode\" -> \"{g.pc()}\", \"Meter\" -> \"{g.eser()}\", \"kWh\" -> 412.6|>",
         "In[13]:= Select[gas, #MPRN == \"" + g.mprn('plain') + "\" &]",
         f"Out[13]= {{<|\"MPRN\" -> \"{g.mprn('plain')}\", \"Serial\" -> \"{g.gser()}\", \"Email\" -> \"{g.email()}\"|>}}",
         f"(* {g.k_tc()} {g.k_ts()} *)"]
    return "\n".join(L), "txt"

def arff(g):
    L = [f"% consumption anomaly training set {g.k_ver()} for {g.k_tc()}", "@RELATION reads", "@ATTRIBUTE mpan STRING", "@ATTRIBUTE serial STRING",
         "@ATTRIBUTE postcode STRING", "@ATTRIBUTE kwh NUMERIC", "@ATTRIBUTE class {normal,theft}", "@DATA"]
    for _ in range(g.r.randint(5,7)):
        L.append(f"'{g.mpan('plain')}','{g.eser()}','{g.pc()}',{g.r.randint(100,9000)}.{g.r.randint(0,9)},{g.pick(['normal','theft'])}")
    L.append(f"% reviewed by {g.name()} {g.k_ts()}")
    return "\n".join(L), "arff"
