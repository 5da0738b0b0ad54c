import json
def graphite(g):
    L = []
    for _ in range(g.r.randint(6,8)):
        L.append(f"smets2.esme.{g.eui('none').lower() if False else g.eui(g.pick(['none','lower']))}.import.active_kwh {g.r.randint(1,999)}.{g.r.randint(0,99)} 1710410{g.r.randint(100,999)}")
    L.append(f"smets2.gsme.by_mprn.{g.mprn('plain')}.volume_m3 {g.r.randint(1,99)}.2 1710410600")
    L.append(f"qt.run.{g.k_tc()}.duration_ms 4123 1710410700")
    return "\n".join(L), "txt"

def push_payload(g):
    p = {"aps": {"alert": {"title": "Your meter reading is due", "body": f"Hi {g.name('first')}, submit a read for meter {g.eser()}"}, "badge": 1},
         "data": {"mpan": g.mpan("plain"), "accountNumber": g.acct(), "postcode": g.pc(), "deepLink": f"supplierapp://reads/{g.mprn('plain')}"},
         "campaign": g.k_uuid(), "testCase": g.k_tc()}
    f = {"message": {"token": "fcm:" + g.k_uuid(), "data": {"customerEmail": g.email(), "phone": g.phone(), "gasSerial": g.gser()}}}
    return "APNs payload:\n" + json.dumps(p, indent=2, ensure_ascii=False) + "\n\nFCM payload:\n" + json.dumps(f, indent=2), "json"

def bugsnag(g):
    L = [f"Error in uk.co.supplier.BookingActivity  (release stage: qt, app version {g.k_ver()})", "java.lang.NumberFormatException: For input string: \"" + g.mpan('sp') + "\"",
         "    at java.lang.Long.parseLong(Long.java:692)", "BREADCRUMBS", f"  {g.k_ts()}  navigation  BookingActivity", f"  state  entered postcode {g.pc()}",
         f"  state  selected address {g.addr()}", "METADATA", f"  user.name: {g.name()}", f"  user.email: {g.email()}", f"  user.id: {g.acct()}",
         f"  device.ihd: {g.eui()}", f"  custom.gasMeter: {g.gser()}", f"  custom.testCase: {g.k_tc()}"]
    return "\n".join(L), "txt"

def freshservice(g):
    L = [f"Ticket #{g.r.randint(1000,9999)} — Smart meter not communicating   ({g.k_ticket()})", f"Requester: {g.name()} <{g.email()}>",
         f"Created: {g.k_ts()}  Priority: High  Group: Smart Ops", "", "Description:",
         f"customer at {g.addr()} {g.pc()} says IHD shows 'no signal'. mpan {g.mpan()} / esme {g.eser()} / chf {g.eui()}",
         f"gas side mprn {g.mprn()} gsme {g.eui()}", "", "Conversation:",
         f"{g.name()} (agent): called back on {g.phone()}, no answer. will {g.k_word()} again tmrw", f"Linked test: {g.k_tc()}"]
    return "\n".join(L), "txt"

def halo(g):
    L = [f"HaloITSM  |  Ticket {g.k_ticket()}  |  Status: In Progress", "Summary: wrong name on welcome pack",
         f"User: {g.name()}  ({g.phone()})", f"Site: {g.addr()}", f"Postcode: {g.pc()}", "", "Actions:",
         f"  {g.k_ts()}  {g.name('init')}: CRM shows '{g.name()}' on acct {g.acct()} — should be '{g.name()}'",
         f"  {g.k_ts()}  QA: linked MPAN {g.mpan()} and MPRN {g.mprn()} to {g.k_tc()}"]
    return "\n".join(L), "txt"

def practitest(g):
    L = ["Test ID,Step Position,Step Name,Description,Expected Results,Actual Results,Status"]
    tc = g.k_tc()
    for i in range(1, g.r.randint(5,7)):
        d = g.pick([lambda: f"Enter MPAN {g.mpan()} in search", lambda: f"Enter customer \"{g.name()}\"", lambda: f"Enter postcode {g.pc()}",
                    lambda: f"Scan meter {g.eser()}", lambda: f"Enter MPRN {g.mprn()} and gas meter {g.gser()}", lambda: f"Send {g.k_flow()}"])()
        L.append(f"{tc},{i},Step {i},\"{d}\",Record found,\"{g.pick([lambda: 'as expected', lambda: 'as expected', lambda: 'mismatch see '+g.k_ticket()])()}\",{g.pick(['PASSED','FAILED'])}")
    L.append(f"# exported {g.k_ts()}")
    return "\n".join(L), "csv"

def joplin(g):
    L = [f"Site visit notes {g.k_tc()}", "", f"- went to {g.addr()}, {g.pc()} with {g.name()}",
         f"- meter {g.eser()} on mpan {g.mpan()} had blank display", f"- gas {g.gser()} / {g.mprn()} fine", f"- cust mob {g.phone()}",
         f"- follow up {g.k_ticket()}", "", f"id: {g.r.getrandbits(128):032x}", "parent_id: 0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
         f"created_time: {g.k_ts()}", "updated_time: 2025-03-15T08:00:00.000Z", f"author: {g.name()}", "source: joplin-desktop", "type_: 1"]
    return "\n".join(L), "md"

def dokuwiki(g):
    L = [f"====== Test data for {g.k_tc()} ======", "", "^ MPAN ^ Customer ^ Address ^ Postcode ^ Serial ^"]
    for _ in range(g.r.randint(3,4)):
        L.append(f"| {g.mpan()} | {g.name()} | {g.addr()} | {g.pc()} | {g.eser()} |")
    L += ["", "^ MPRN ^ Gas meter ^ Contact ^", f"| {g.mprn()} | {g.gser()} | {g.email()} |", "", f"//last edited {g.k_ts()} — see [[{g.k_ticket()}]]//"]
    return "\n".join(L), "txt"

def tiddly(g):
    L = [f"created: 20250314102233000", "modified: 20250314110000000", f"tags: QT [[{g.k_tc()}]]", f"title: Witness session {g.k_ts()}", "type: text/vnd.tiddlywiki", "",
         f"!! Attendees", f"* {g.name()} (DCC)", f"* {g.name()} (supplier)", "", "!! Data used",
         f"|MPAN |{g.mpan()} |", f"|Meter |{g.eser()} |", f"|CHF |{g.eui()} |", f"|Premises |{g.addr()}, {g.pc()} |", "", f"Outcome: passed {g.k_flow()}"]
    return "\n".join(L), "tid"

def ringcentral(g):
    L = ["Type,Direction,From,To,Date,Time,Action,Result,Length,Notes"]
    for _ in range(g.r.randint(4,6)):
        L.append(f"Voice,Inbound,{g.phone()},Meter Ops,14/03/2025,10:{g.r.randint(10,59)},Phone Call,Accepted,0:0{g.r.randint(1,9)}:12,\"{g.pick([lambda: 'cust ' + g.name() + ' re mpan ' + g.mpan(), lambda: 'mprn ' + g.mprn() + ' gas meter ' + g.gser(), lambda: 'wants visit at ' + g.pc()])()}\"")
    L.append(f"SMS,Outbound,Meter Ops,{g.phone()},14/03/2025,11:02,SMS,Sent,,\"Appt {g.k_ts()} ref {g.k_ticket()}\"")
    return "\n".join(L), "csv"

def groupwise(g):
    L = ["GroupWise  -  Mail  -  Printed", f"From:     {g.name()}", f"To:       {g.email()}", f"Date:     {g.k_ts()}", f"Subject:  Re: {g.k_ticket()} CoS objection",
         "", f"Thanks {g.name('first')}.", f"Objection raised for MPAN {g.mpan21()} as the debt on account {g.acct()} is {g.k_amt()}.",
         f"Customer {g.name()}, {g.addr()}, {g.pc()}. Tel {g.phone()}.", f"I'll {g.k_word()} the case once {g.k_flow()} comes back.", "", ">>> 14/03/2025 09:12 >>>",
         f"Can you check supply at {g.addr()}? meter {g.eser()}"]
    return "\n".join(L), "txt"

def fax_ocr(g):
    L = ["F A X   C O V E R   S H E E T", f"T0: Metering Services   Fax: {g.phone()}", f"FR0M: {g.name()}   Tel: {g.phone()}", f"Date: {g.k_ts()}  Pages: 3",
         f"RE: Meter removal at {g.addr()}  {g.pc()}", f"MPAN: {g.mpan('sp')}   Serial {g.eser()}", f"Gas MPRN {g.mprn()}",
         "C0MMENTS: please process urgently, tenant has left.", f"0ur ref {g.k_ticket()}"]
    return "\n".join(L), "txt"

def sqlcmd(g):
    L = [f"1> SELECT mpan, cust, pc, serial FROM dbo.QT_Fixtures WHERE tc = '{g.k_tc()}'", "2> GO", "mpan|cust|pc|serial", "----|----|--|------"]
    for _ in range(g.r.randint(4,6)):
        L.append(f"{g.mpan('plain')}|{g.name()}|{g.pc()}|{g.eser()}")
    L += ["", f"({len(L)-4} rows affected)", f"1> -- {g.k_ts()}"]
    return "\n".join(L), "txt"

def sybase(g):
    L = ["1> select acct, mprn, meter, addr from gas_supply where region='WW'", "2> go",
         " acct         mprn        meter            addr", " ------------ ----------- ---------------- ----------------------------------------"]
    for _ in range(g.r.randint(4,5)):
        L.append(f" {g.acct():<12} {g.mprn('plain'):<11} {g.gser('plain'):<16} {g.addr()}")
    L += ["", f"({len(L)-4} rows affected)", f"-- {g.k_tc()} {g.k_ver()}"]
    return "\n".join(L), "txt"

def redshift(g):
    L = ["query  | filename                                | line_number | colname  | raw_line                                                  | err_reason",
         "-------+-----------------------------------------+-------------+----------+-----------------------------------------------------------+-----------"]
    for i in range(g.r.randint(4,5)):
        L.append(f" {g.r.randint(10**6,10**7)} | s3://qt-landing/d0010/part-000{i}.gz     | {g.r.randint(1,9000):>11} | mpan     | {g.mpan('plain')}|{g.eser()}|{g.name()}|{g.pc()} | Invalid digit")
    L.append(f"({len(L)-2} rows)  -- {g.k_ticket()} {g.k_ts()}")
    return "\n".join(L), "txt"

def heat_network(g):
    L = ["HEAT NETWORK STATEMENT", f"Scheme: Riverside Heat Network   Statement date {g.k_ts()}", f"Resident: {g.name()}", f"Flat address: {g.addr('flat')}  {g.pc()}",
         f"Heat meter serial {g.eser()}   Customer account {g.acct()}", f"Electricity for landlord supply MPAN {g.mpan()}",
         f"Units: {g.k_read()}   Charge {g.k_amt()}   Standing {g.k_amt()}", f"Questions: {g.phone()} / {g.email()}", f"Statement template {g.k_ver()}"]
    return "\n".join(L), "txt"

def vim_registers(g):
    L = [":registers", "Type Name Content", f'  c  ""   {g.mpan("plain")}', f'  c  "0   {g.name()}^J{g.addr()}^J{g.pc()}^J',
         f'  c  "1   mprn {g.mprn()} gas {g.gser()}^J', f'  c  "2   {g.email()}', f'  c  "a   {g.k_tc()} {g.k_ticket()}', f'  c  "/   {g.eser()}',
         f'  c  ":   %s/{g.phone("nosp")}/REDACTED/g', 'Press ENTER or type command to continue']
    return "\n".join(L), "txt"

def ditto_clip(g):
    L = ["Ditto clipboard history (export)", ""]
    for i in range(g.r.randint(6,8)):
        v = g.pick([lambda: g.mpan(), lambda: g.mpan21(), lambda: f"{g.name()} {g.phone()}", lambda: f"{g.addr()} {g.pc()}", g.email, g.eser, g.gser, g.eui, g.k_tc, g.k_uuid, g.k_ticket])()
        L.append(f"[{i+1:02d}] 14/03/2025 10:{10+i}  {v}")
    return "\n".join(L), "txt"

def scots_welsh_note(g):
    L = [f"nb for {g.k_tc()} - visit notes typed on phone so sorry for typos", f"went to {g.addr()} {g.pc('lower')}, tenement close, 2nd flr lhs",
         f"wifey at the door was {g.name('lower')}, she said the meter ({g.eser('lower')}) was aye like that since the new yin was fitted",
         f"mpan is {g.mpan('sp')} accordin to the card, gas {g.mprn()} , gas mtr {g.gser('lower')}", f"then over to {g.addr()} {g.pc()} - Mrs {g.name('last')} spoke welsh mainly, daughter transl8d",
         f"her no. {g.phone()} . ihd {g.eui('colon')}", f"{g.k_word()} check tmrw, ticket {g.k_ticket()}"]
    return "\n".join(L), "txt"
