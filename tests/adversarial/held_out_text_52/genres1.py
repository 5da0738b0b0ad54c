import json, random
from data import S, K, A
from obf import *

# each genre: f(d, i) -> (filename, text)

def sig(d, p, role="Test Analyst"):
    ph = d.phone()
    return (f"{S('name', p['first']+' '+p['last'], tokens=p['tokens'])}\n{role} | {K('MHHS QT Workstream')}\n"
            f"M: {S('phone', ph)}\n")

def outlook_fwd(d, i):
    r = d.r
    cust = d.person(); a = d.address(); m = d.mpan(); t1 = d.person(); t2 = d.person()
    e1 = d.email(t1); e2 = d.email(t2)
    tc = d.tc(); tk = d.ticket()
    ser = d.eserial()
    body = f"""From: {S('name', t1['first']+' '+t1['last'], tokens=t1['tokens'])} <{S('email', e1)}>
Sent: {K('Thursday, 4 December 2026 16:12')}
To: QT Defects <{K('qt-defects@supplier-test.example')}>
Subject: FW: {K(tk)} - {K(tc)} failed at step 6 (D0150 rejected)

Hi all,

Forwarding below - can someone from the MOP side pick this up? Customer on the test supply is
{S('name', cust['title']+' '+cust['first']+' '+cust['last'], tokens=cust['tokens'])} at {S('address', d.addr_line(a,'nocomma'), tokens=a['tokens'])} {S('postcode', a['pc'])}.

Thanks
{sig(d, t1)}
-----Original Message-----
From: {S('name', t2['first']+' '+t2['last'], tokens=t2['tokens'])} <{S('email', e2)}>
Sent: {K('04 December 2026 14:03')}
Subject: RE: {K(tk)}

> Step 6 expected {K('D0150')} from MOP within {K('5 WD')}, nothing arrived. The meter on
> MPAN {S('mpan', m, mp_sep(m))} is {S('eserial', ser)} and the D0010 reading was {K(d.reading())}.
> Build {K(d.build())}.
>
> Regards,
> {S('name', t2['first'], tokens=[t2['first']])}
"""
    return f"outlook_fwd_{i:02d}.txt", body

def outlook_fwd_split(d, i):
    # MPAN split across a quoted line break
    m = d.mpan(); p = d.person(); g = d.mprn()
    pre = "> > The supply we used for " + K(d.tc()) + " was MPAN " + m[:7]
    txt = f"""Subject: RE: RE: migration defect {K(d.ticket())}

Agreed, closing.

On {K('Wed, 3 Dec 2026 at 11:20')}, {S('name', p['first']+' '+p['last'], tokens=p['tokens'])} wrote:
> Quick one before we close.
{pre}
> > {m[7:]} and gas MPRN {S('mprn', g)} - both re-used from the SIT pack.
> > Correlation {K(d.guid())}
"""
    S('mpan', m, m[:7] + "|" + m[7:], note="split over quoted line break")
    return f"outlook_quote_split_{i:02d}.eml.txt", txt

def word_script(d, i):
    r = d.r
    m = d.mpan(); top = d.top_line(); ser = d.eserial(); p = d.person(); a = d.address()
    tc = d.tc()
    rows = []
    steps = [("Send D0055 registration", "D0055 accepted, D0217 returned"),
             ("Trigger IF-031 (metering service change)", "PUB-031 published within 5 min"),
             ("Appoint MOP via D0155", "D0011 received"),
             ("Submit D0010 reads", "Reads validated, D0086 issued")]
    for n, (act, exp) in enumerate(steps, 1):
        rows.append(f"{n}.\t{K(act)}\t{K(exp)}\tPass")
    txt = f"""Test Script: {K(tc)}\tVersion {K('v0.' + str(r.randint(2, 9)))}
Objective:\tVerify change of MOP for a non-half-hourly import supply

Test Data
MPAN\t{S('mpan', m, mp_sep(m))}
Meter Serial\t{S('eserial', ser)}
Customer\t{S('name', p['first']+' '+p['last'], tokens=p['tokens'])}
Premises\t{S('address', d.addr_line(a), tokens=a['tokens'])}\t{S('postcode', a['pc'])}
LLFC\t{K(top[2])}
MTC\t{K(top[1])}
Profile Class\t{K(top[0])}

Step\tAction\tExpected Result\tActual
""" + "\n".join(rows) + f"\n\nExecuted by: {K('QT-Tester-07')}\tDate: {K('02/12/2026')}\n"
    return f"word_testscript_{i:02d}.txt", txt

def excel_paste(d, i):
    r = d.r
    lines = ["Region\tTest Case\tMPAN\tMSN\tOutcome\tNotes"]
    region = ""
    for n in range(6):
        m = d.mpan(); s = d.eserial()
        reg = r.choice(["North West", "Yorkshire", "South Wales"])
        cell_region = reg if reg != region else ""   # merged cell gap
        region = reg
        notes = r.choice(["", "re-run", "see " + d.ticket(), "MSN typo fixed"])
        mf = r.choice(["plain", "sci", "quote"])
        if notes.startswith("see") and mf != "sci": K(notes)
        if mf == "sci":
            # Excel shows 1.41E+12 AND the tester pasted the full value in notes
            mcell = K("%.2E" % int(m), "lookalike")
            notes = S('mpan', m, "full=" + m)
            notes = notes
        elif mf == "quote":
            mcell = S('mpan', m, "'" + m)
        else:
            mcell = S('mpan', m)
        lines.append(f"{cell_region}\t{K(d.tc())}\t{mcell}\t{S('eserial', s)}\t{r.choice(['Pass','Fail','Blocked'])}\t{notes}")
    lines.append("\t\t\t\tTotal\t" + K(str(6)))
    return f"excel_paste_{i:02d}.tsv", "\n".join(lines) + "\n"

def onenote(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); g = d.mprn(); gs = d.gserial(); e = d.eui()
    txt = f"""Site visit prep – {K('QT wave 3')}
{K('Friday, 5 December 2026')}   {K('09:14')}

☐ Confirm access with {S('name', p['first'], tokens=[p['first']])} (tenant) – {S('phone', d.phone())}
☑ Check MPAN {S('mpan', m)} is on the test-data list
☑ Gas meter {S('gserial', gs)} – cert expires {K('2031-06-30')}
☐ CHF id {S('eui', e, eui_fmt(e, 'dash'))} not yet commissioned ({K('SRV 8.1')})
☐ MPRN {S('mprn', g)} – ask Xoserve about {K('RGMA')} ONJOB
☐ Address on booking: {S('address', d.addr_line(a, 'caps'), tokens=a['tokens'])} {S('postcode', a['pc'])}
• Tags: #{K('to-do')} #{K('wave3')}
"""
    return f"onenote_paste_{i:02d}.txt", txt

def vtt(d, i):
    r = d.r
    t1 = d.person(); t2 = d.person(); c = d.person(); m = d.mpan(); a = d.address()
    words = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
             "7": "seven", "8": "eight", "9": "nine"}
    spoken = " ".join(words[x] for x in m[:6]) + " " + m[6:]
    n1 = S('name', t1['first'] + ' ' + t1['last'], tokens=t1['tokens'])
    n2 = S('name', t2['first'] + ' ' + t2['last'], tokens=t2['tokens'])
    txt = f"""WEBVTT

{K(d.guid())}/12-0
00:00:03.120 --> 00:00:07.480
<v {n1}>Morning, so we're on {K('TC-QT-0193')}, the change of supplier one.</v>

{K(d.guid())}/27-0
00:00:07.480 --> 00:00:14.010
<v {n2}>Yeah. The MPAN is {S('mpan', m, spoken, note='spoken digits mixed')}, I'll paste it in chat.</v>

{K(d.guid())}/33-1
00:00:14.010 --> 00:00:21.300
<v {n1}>And the customer's {S('name', c['first'] + ' ' + c['last'], tokens=c['tokens'])}, {S('address', d.addr_line(a, 'nocomma'), tokens=a['tokens'])}?</v>

{K(d.guid())}/41-0
00:00:21.300 --> 00:00:25.900
<v {n2}>That's it. Postcode {S('postcode', a['pc'], ' '.join(a['pc'].replace(' ', '')), note='spelled out')}.</v>
"""
    return f"teams_transcript_{i:02d}.vtt", txt

def transcript_docx_text(d, i):
    t1 = d.person(); t2 = d.person(); m = d.mpan(); ser = d.eserial(); g = d.mprn()
    n1 = t1['first'] + ' ' + t1['last']; n2 = t2['first'] + ' ' + t2['last']
    txt = f"""{K('Wave 4 QT defect triage')}-20261204_100215-Meeting Recording
{K('December 4, 2026, 10:02AM')}
{K('41m 7s')}

{S('name', n1, tokens=t1['tokens'])}   0:06
OK shall we start with the gas one.

{S('name', n2, tokens=t2['tokens'])}   0:11
Yes so MPRN {S('mprn', g, ' '.join([g[:4], g[4:7], g[7:]]))}, the asset update came back with meter serial {S('eserial', ser, ser.lower(), note='lower-case serial')}.

{S('name', n1, tokens=t1['tokens'])}   0:24
And the electric side, the MPAN ending {K(m[-4:])}? Full one is {S('mpan', m, m[:2] + ' ' + m[2:])}.

{S('name', n2, tokens=t2['tokens'])}   0:31
Yes. I'll raise it as {K(d.ticket())}.
"""
    return f"teams_transcript_docx_{i:02d}.txt", txt

def planner_csv(d, i):
    r = d.r
    rows = ['"Task ID","Task Name","Bucket Name","Progress","Priority","Assigned To","Created Date","Description","Checklist Items","Labels"']
    for n in range(5):
        p = d.person(); m = d.mpan(); a = d.address()
        which = r.randint(0, 2)
        if which == 0:
            desc = f"Book install at {S('address', d.addr_line(a), tokens=a['tokens'])} {S('postcode', a['pc'])}"
        elif which == 1:
            desc = f"Supply {S('mpan', m)} stuck in pending registration"
        else:
            desc = f"Call {S('name', p['title']+' '+p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])} re PSR flag on {S('mpan', m)}"
        rows.append(f'"{K(d.guid().replace("-", "")[:28])}","{K("Retest "+d.tc())}","Wave 3","In progress","Important","{S("name", p["first"]+" "+p["last"], tokens=p["tokens"])}","{K("04/12/2026")}","{desc}","Evidence uploaded;Defect linked","{K("Blue")}"')
    return f"planner_export_{i:02d}.csv", "\n".join(rows) + "\n"

def trello_json(d, i):
    p = d.person(); m = d.mpan(); e = d.eui(); a = d.address()
    card = {
        "id": K(d.sha(24)), "name": K("QT blocker: " + d.tc()),
        "desc": f"CH {S('eui', e, eui_fmt(e, 'colon'))} failed to join HAN. Premises: {S('address', d.addr_line(a, 'nocomma'), tokens=a['tokens'])}, {S('postcode', a['pc'])}.",
        "idMembers": [K(d.sha(24))],
        "checklists": [{"name": "Evidence", "checkItems": [{"name": f"MPAN {S('mpan', m)} screenshot", "state": "complete"}]}],
        "actions": [{"type": "commentCard", "date": K(d.ts()), "memberCreator": {"fullName": S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])},
                     "data": {"text": "Engineer says comms hub replaced, new GUID " + K(d.guid())}}],
        "labels": [{"name": K("Sev 2")}],
    }
    return f"trello_card_{i:02d}.json", json.dumps(card, indent=2, ensure_ascii=bool(i % 2))

def msforms(d, i):
    rows = ["ID\tStart time\tCompletion time\tEmail\tName\tWhich test case?\tMPAN or MPRN used\tDescribe the issue"]
    for n in range(4):
        p = d.person(); em = d.email(p)
        v = d.mpan() if n % 2 == 0 else d.mprn()
        kind = 'mpan' if n % 2 == 0 else 'mprn'
        rows.append(f"{K(str(100 + n + i*10))}\t{K('12/4/26 9:0'+str(n))}\t12/4/26 9:1{n}\t{S('email', em)}\t{S('name', p['first']+' '+p['last'], tokens=p['tokens'])}\t{K(d.tc())}\t{S(kind, v)}\t{K('Response code ' + str(d.r.choice([400, 409, 422])))} on submit")
    return f"msforms_responses_{i:02d}.tsv", "\n".join(rows) + "\n"

def sharepoint(d, i):
    r = d.r
    rows = ["Title,Site Address,Postcode,Supply Number,Gas Meter,Status,Modified,Modified By,Item Type,Path"]
    for n in range(4):
        a = d.address(); p = d.person(); g = d.gserial(); m = d.mpan()
        rows.append(",".join([K(d.tc()), '"' + S('address', d.addr_line(a), tokens=a['tokens']) + '"', S('postcode', a['pc']),
                              S('mpan', m), S('gserial', g), "Ready", K("2026-12-0%d 10:%02d" % (n + 1, r.randint(0, 59))),
                              S('name', p['first'] + ' ' + p['last'], tokens=p['tokens']), "Item", K("sites/QT/Lists/TestData")]))
    return f"sharepoint_list_{i:02d}.csv", "\n".join(rows) + "\n"

def power_automate(d, i):
    m = d.mpan(); p = d.person(); em = d.email(p); e = d.eui(); a = d.address()
    body = {
        "name": K(d.guid()),
        "properties": {
            "startTime": K(d.ts()), "status": "Failed",
            "trigger": {"name": "When_a_new_email_arrives_(V3)", "outputs": {"body": {
                "from": S('email', em), "subject": "Meter exchange " + K(d.ticket()),
                "bodyPreview": f"Hi, the engineer fitted a new hub {S('eui', e, eui_fmt(e,'0x'))} at {S('address', d.addr_line(a), tokens=a['tokens'])} {S('postcode', a['pc'])}. MPAN {S('mpan', m)}."}}},
            "actions": {"Parse_JSON": {"status": "Succeeded"},
                        "Create_item": {"status": "Failed", "error": {"code": "BadRequest",
                            "message": f"Column 'SupplyNumber' value '{S('mpan', m)}' exceeds limit"}}},
            "correlation": {"clientTrackingId": K("08584" + str(d.r.randint(10**14, 10**15 - 1)) + "CU" + str(d.r.randint(10, 99)))},
        }}
    return f"powerautomate_run_{i:02d}.json", json.dumps(body, indent=2)

def ics(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); org = d.person(); em = d.email(org)
    desc = f"Install appointment for {p['title']} {p['first']} {p['last']}\\n{a['num'] or a['house']} {a['street']}\\, {a['town']}\\n{a['pc']}\\nMPAN {m}\\nRef {d.tc()}"
    line = "DESCRIPTION:" + desc
    # fold at 75 octets as Outlook does
    folded = []
    while len(line) > 74:
        folded.append(line[:74]); line = " " + line[74:]
    folded.append(line)
    S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'], written=p['first'])
    S('address', a['street'], tokens=a['tokens'], written=a['street'].split()[0])
    S('postcode', a['pc'], written=a['pc'].split()[0])
    S('mpan', m, written=m[:6], note='ics folded')
    K(d.tc()) if False else None
    txt = "\r\n".join(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                       "METHOD:REQUEST", "BEGIN:VEVENT", "ORGANIZER;CN=\"" + S('name', org['first'] + ' ' + org['last'], tokens=org['tokens']) + "\":mailto:" + S('email', em),
                       "DTSTART;TZID=GMT Standard Time:" + K("20261209T080000"), "SUMMARY:" + K("Smart install - QT wave 3"),
                       "UID:" + K("040000008200E00074C5B7101A82E00800000000" + d.sha(32).upper())] + folded +
                      ["LOCATION:" + d.addr_line(a, 'nocomma') + " " + a['pc'], "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    return f"outlook_invite_{i:02d}.ics", txt

def ecoes_json(d, i):
    m = d.mpan(); a = d.address(); ser = d.eserial(); e = d.eui(); top = d.top_line()
    b = {"Results": [{"MPANCore": S('mpan', m), "UPRN": A(str(d.r.randint(10**9, 10**12))),
                      "AddressLine1": S('address', (a['flat'] + ", " if a['flat'] else "") + (a['num'] or a['house']) + " " + a['street'], tokens=a['tokens']),
                      "AddressLine2": "", "PostTown": a['town'].upper(), "Postcode": S('postcode', a['pc']),
                      "MeteringPointType": "Import", "GSPGroupId": K(d.gsp()), "LineLossFactorClassId": K(top[2]),
                      "MeterTimeswitchClassId": K(top[1]), "ProfileClass": K(top[0]), "EnergisationStatus": "E",
                      "CurrentSupplierId": K(d.mpid()), "MeterDetails": [{"MeterSerialNumber": S('eserial', ser),
                      "MeterType": "S2ADE", "ESMEID": S('eui', e, eui_fmt(e, 'dash'))}],
                      "SupplyStartDate": K("2024-03-11")}], "Errors": [], "QueryId": K(d.guid())}
    return f"ecoes_api_{i:02d}.json", json.dumps(b, indent=(None if i % 2 else 2))

def dtn(d, i):
    r = d.r
    m = d.mpan(); ser = d.eserial(); fid = "%09d" % r.randint(1, 10**9 - 1)
    txt = "\n".join([
        K("ZHV|" + fid + "|D0150001|M|UDMS|X|" + d.mpid() + "|20261204101500||||OPER|"),
        "288|" + S('mpan', m) + "|",
        K("289|20261201|") + "D|",
        "290|" + S('eserial', ser) + "|" + K("S2ADE") + "|20261201|||",
        K("293|C|01|") + "|",
        K("ZPT|" + fid + "|5||1|20261204101502|"),
    ])
    env = f"""*** DTN ENVELOPE ***
Envelope-Id: {K('DTN' + d.sha(12).upper())}
From-Role: M   From-MPID: {K('UDMS')}
To-Role: X   To-MPID: {K(d.mpid())}
Gateway: {K('dtn-gw-02.example.net')}
Received: {K('2026-12-04 10:15:03')}
---
{txt}
---
"""
    return f"dtn_envelope_{i:02d}.dtc", env

def rec_portal(d, i):
    rows = ["Case Reference|Case Type|Raised By|MPAN|Site Postcode|Description|Raised On"]
    for n in range(5):
        m = d.mpan(); a = d.address(); p = d.person()
        rows.append("|".join([K("REC-" + "%06d" % d.r.randint(1, 999999)), "Erroneous Transfer",
                              K(d.mpid()), S('mpan', m), S('postcode', a['pc'], a['pc'].replace(' ', '')),
                              f"Customer {S('name', p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])} disputes gain", K("2026-11-2" + str(n))]))
    return f"rec_portal_export_{i:02d}.psv", "\n".join(rows) + "\n"

def xoserve(d, i):
    rows = ["MPRN,METER_SERIAL,MSN_STATUS,ADDRESS_1,ADDRESS_2,POSTCODE,AQ,SOQ,LDZ,EUC,CONFIRMATION_REF"]
    for n in range(5):
        g = d.mprn(); s = d.gserial(); a = d.address()
        rows.append(",".join([S('mprn', g), S('gserial', s), "LI", S('address', (a['num'] or a['house']) + " " + a['street'].upper(), tokens=a['tokens']),
                              a['town'].upper(), S('postcode', a['pc']), K(str(d.r.randint(2000, 30000))), K(str(d.r.randint(10, 200))),
                              K(d.r.choice(["NW", "NE", "SO", "WM", "EA", "SC"])), K("E2226" + d.r.choice("BCDE")), K(str(d.r.randint(10**8, 10**9)))]))
    return f"xoserve_portal_download_{i:02d}.csv", "\n".join(rows) + "\n"

def elexon_p0222(d, i):
    r = d.r
    lines = [K("ZHD|P0222001|X|" + d.mpid() + "|Z|POOL|20261204120000")]
    for n in range(4):
        m = d.mpan()
        lines.append("MPD|" + S('mpan', m) + "|" + K(d.gsp()) + "|" + K("%03d" % r.randint(1, 999)) + "|" + K("0393") + "|" + K("20261101") + "|")
        lines.append(K("SSC|0151|" + "%0.1f" % (r.random() * 9000)) + "|")
    lines.append(K("ZPT|" + str(len(lines) + 1) + "|"))
    return f"elexon_bsc_P0222_{i:02d}.txt", "\n".join(lines) + "\n"

def mop_job(d, i):
    m = d.mpan(); s_old = d.eserial(); s_new = d.eserial(); p = d.person(); a = d.address(); e = d.eui()
    txt = f"""MOP JOB FILE  v{K('3.2')}
JOB_NO        : {K('J' + str(d.r.randint(10**7, 10**8)))}
JOB_TYPE      : {K('EXCH-SMETS2')}
MPAN          : {S('mpan', m, m[:2] + ' ' + m[2:6] + ' ' + m[6:10] + ' ' + m[10:])}
OLD_MSN       : {S('eserial', s_old)}
NEW_MSN       : {S('eserial', s_new, ser_fmt(s_new, 'spaced'))}
ESME_GUID     : {S('eui', e, eui_fmt(e, 'space'))}
CONTACT       : {S('name', p['title'] + ' ' + p['first'][0] + '. ' + p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])}
SITE          : {S('address', d.addr_line(a, 'caps'), tokens=a['tokens'])}
PCODE         : {S('postcode', a['pc'], a['pc'].replace(' ', '  '), note='double space')}
ACCESS        : {K('Key safe code withheld')}
REGS          : {K('1 (R1) 0 kWh')}
APPT_SLOT     : {K('AM 08:00-12:00')}
"""
    return f"mop_job_{i:02d}.job", txt

def asset_schedule(d, i):
    r = d.r
    rows = ["Make,Model,Serial,Fuel,Year,Cert Date,Cert Expiry,Location"]
    for n in range(6):
        fuel = r.choice(["E", "G"])
        s = d.eserial() if fuel == "E" else d.gserial()
        loc = r.choice(["Warehouse B", "Van 17", "Returned", None])
        if loc is None:
            a = d.address(); loc = '"' + S('address', d.addr_line(a), tokens=a['tokens']) + " " + S('postcode', a['pc']) + '"'
        rows.append(",".join([K(r.choice(["Landis+Gyr", "EDMI", "Secure", "Itron", "Honeywell"])), K(r.choice(["E470", "Atlas 1A", "G4SZV", "U6-G4", "ES-10B"])),
                              S('eserial' if fuel == 'E' else 'gserial', s), fuel, K(str(r.randint(2015, 2025))), K("2026-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9))),
                              K("20%d-06-30" % r.randint(30, 40)), loc]))
    return f"meter_asset_schedule_{i:02d}.csv", "\n".join(rows) + "\n"

def hhdc(d, i):
    r = d.r
    m = d.mpan()
    lines = [f"# HHDC file {K('HH' + d.sha(8).upper())} generated {K('2026-12-04T02:00:00Z')}",
             "MPAN,Date," + ",".join("P%02d" % k for k in range(1, 9)) + ",...",
             ]
    for day in range(3):
        vals = ",".join(K("%.3f" % (r.random() * 2)) for _ in range(8))
        mcell = S('mpan', m) if day == 0 else S('mpan', m, " " + m)
        lines.append(f"{mcell},{K('2026-12-0' + str(day + 1))},{vals},...")
    return f"hhdc_consumption_{i:02d}.csv", "\n".join(lines) + "\n"

def booking_api(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); g = d.mprn(); ph = d.phone(); em = d.email(p)
    req = {"bookingRequest": {"requestId": K(d.guid()), "jobType": K("DF_SMETS2_INSTALL"),
           "slot": {"date": K("2026-12-15"), "window": K("AM")},
           "customer": {"firstName": S('name', p['first'], tokens=[p['first']]), "surname": S('name', p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens']),
                        "contactNumber": S('phone', ph), "email": S('email', em),
                        "vulnerabilities": [K("PSR-14")]},
           "premises": {"buildingName": a['house'] and S('address', a['house'], tokens=[a['house']]),
                        "subBuilding": a['flat'], "buildingNumber": a['num'],
                        "thoroughfare": S('address', a['street'], tokens=[a['st_tok']]),
                        "postTown": a['town'], "postcode": S('postcode', a['pc'])},
           "supplies": [{"fuel": "ELEC", "mpan": S('mpan', m)}, {"fuel": "GAS", "mprn": S('mprn', g)}]}}
    return f"smart_booking_request_{i:02d}.json", json.dumps(req, indent=2)

def smets1_mig(d, i):
    rows = ["DeviceID,DeviceType,MPxN,MigrationCohort,Status,FailureReason,MSN"]
    for n in range(5):
        e = d.eui(); m = d.mpan(); s = d.eserial()
        rows.append(",".join([S('eui', e, eui_fmt(e, d.r.choice(['dash', 'plain', 'lower']))), K(d.r.choice(["ESME", "GSME", "CHF", "GPF"])),
                              S('mpan', m), K("FOC-" + str(d.r.randint(10, 99))), d.r.choice(["Migrated", "Failed", "Pending"]),
                              K(d.r.choice(["N43 SRV 8.11 timeout", "Commissioning failed", "Device not found"])), S('eserial', s)]))
    return f"smets1_migration_report_{i:02d}.csv", "\n".join(rows) + "\n"

def cos_worksheet(d, i):
    lines = ["CoS Gain/Loss worksheet\tWeek " + K("49"), "", "Type\tMPAN\tSSD\tOld supplier\tNew supplier\tCustomer\tNotes"]
    for n in range(5):
        m = d.mpan(); p = d.person()
        lines.append("\t".join([d.r.choice(["Gain", "Loss"]), S('mpan', m, mp_sep(m)), K("2026-12-%02d" % (n + 8)), K(d.mpid()), K(d.mpid()),
                                S('name', p['last'] + ", " + p['first'], tokens=p['tokens']), K(d.r.choice(["D0302 sent", "ET risk", "Obj raised"]))]))
    return f"cos_gainloss_{i:02d}.tsv", "\n".join(lines) + "\n"

def complaint_notes(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); ser = d.eserial(); ph = d.phone()
    style = d.r.choice(['nocomma', 'comma', 'caps'])
    txt = f"""CASE {K('CMP-' + str(d.r.randint(100000, 999999)))}  Stage 1 complaint   Opened {K('28/11/2026')}
Notes (newest first):
{K('04/12/26 15:41')} agent {K('rsmith2')}: spoke to {S('name', p['title'] + ' ' + p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])} again, still says estimated bills are wrong.
   She lives at {S('address', d.addr_line(a, style), tokens=a['tokens'])} {S('postcode', a['pc'])}, meter is in the cupboard under the stairs.
{K('02/12/26 10:03')} agent {K('kpatel')}: meter serial on site {S('eserial', ser)} doesnt match our records (we have the old one). cust tel {S('phone', ph, ph.replace(' ', ''))}
{K('28/11/26 09:12')} agent {K('rsmith2')}: complaint logged. supply {S('mpan', m)}. Goodwill of {K('£30.00')} offered.
"""
    return f"complaint_case_notes_{i:02d}.txt", txt

def ombudsman(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); g = d.mprn(); acct = d.acct()
    txt = f"""Energy Ombudsman
Case reference: {K('EO/' + str(d.r.randint(10**6, 10**7)) + '/26')}

{S('name', p['title'] + ' ' + p['first'] + ' ' + p['last'], tokens=p['tokens'])}
{S('address', d.addr_line(a, 'lines'), tokens=a['tokens'])}
{S('postcode', a['pc'])}

{K('3 December 2026')}

Dear {S('name', p['title'] + ' ' + p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])},

Your complaint about your energy supplier

We have reviewed the evidence provided by your supplier for account {A(acct)} relating to the electricity supply
(MPAN {S('mpan', m)}) and the gas supply (MPRN {S('mprn', g)}). Our provisional decision is that the supplier should
pay you {K('£75.00')} and re-issue bills from {K('14 June 2026')}.
"""
    return f"ombudsman_letter_{i:02d}.txt", txt

def job_card(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); s_old = d.eserial(); gs = d.gserial(); e = d.eui()
    ocr = m.replace("0", "O", 1).replace("1", "l", 1)
    txt = f"""FIELD JOB CARD  #{K(str(d.r.randint(100000, 999999)))}
Engineer: {K('ENG-0' + str(d.r.randint(100, 999)))}   Van: {K('VX21 ' + 'KLM')}
Arrived {K('08:47')} Left {K('11:02')}

Engineer notes:
cust {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])} let me in. old meter {S('eserial', s_old, ser_fmt(s_old, 'lower'))} removed reading {K('045112')} .
new CH {S('eui', e, eui_fmt(e, 'dot'))} fitted in meter cupboard at front of {S('address', (a['num'] or a['house']) + ' ' + a['street'], tokens=a['tokens'])}.
gas meter {S('gserial', gs, ser_fmt(gs, 'hyph'))} ok, no exchange needed.
MPAN on the cutout label read as {S('mpan', m, ocr, note='OCR noise O/l')} (label faded)
"""
    return f"field_job_card_{i:02d}.txt", txt

def psr_referral(d, i):
    p = d.person(); c = d.person(); a = d.address(); m = d.mpan(); ph = d.phone(); em = d.email(c)
    txt = f"""PRIORITY SERVICES REGISTER – REFERRAL
Referrer organisation: {K('Citizens Advice (test)')}
Customer name: {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}
Address: c/o {S('name', c['first'] + ' ' + c['last'], tokens=c['tokens'])}, {S('address', d.addr_line(a), tokens=a['tokens'])}, {S('postcode', a['pc'])}
Needs codes: {K('07')}, {K('15')}, {K('26')}
Nominee phone: {S('phone', ph)}   e-mail: {S('email', em)}
Electricity supply: {S('mpan', m)}
Consent recorded: Y   Date: {K('01/12/2026')}
"""
    return f"psr_referral_{i:02d}.txt", txt

GENRES1 = [outlook_fwd, outlook_fwd_split, word_script, excel_paste, onenote, vtt, transcript_docx_text, planner_csv,
           trello_json, msforms, sharepoint, power_automate, ics, ecoes_json, dtn, rec_portal, xoserve, elexon_p0222,
           mop_job, asset_schedule, hhdc, booking_api, smets1_mig, cos_worksheet, complaint_notes, ombudsman, job_card,
           psr_referral]
