import json, html, base64, random, urllib.parse, binascii
from lib import *
from genres1 import G, genre, esc

@genre("git_log")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial()
    return "txt", f"""commit {d.sha()[:40]}
Author: {d.K('qt-bot')} <qt-bot@users.noreply.example.com>
Date:   Tue Nov 24 10:12:09 2026 +0000

    Fix fixture for {d.tc()}: use supply {m} instead of the retired one

    The old meter {s} was exchanged on site (job {d.K('JOB-2026-118733')}).

diff --git a/fixtures/supplies.csv b/fixtures/supplies.csv
index {d.K('3f9a2c1')}..{d.K('8b07e44')} 100644
--- a/fixtures/supplies.csv
+++ b/fixtures/supplies.csv
@@ -12,3 +12,3 @@ mpan,serial,occupier,postcode
-{d.mpan()},{s},{n},{d.postcode()}
+{m},{d.eserial()},{n},{d.postcode()}

PR !{d.K('4412')} review comment by reviewer on fixtures/supplies.csv line 13:
> +{m},...
This is a real-looking supply; can we mask it? Also the customer in line 13 ({d.name()[0]}) lives at {d.addr()} according to the CRM.
"""

@genre("git_blame")
def g(d):
    lines = []
    for i in range(6):
        h = d.sha()[:8]
        c = i % 3
        code = [f'    MPAN = "{d.mpan()}"', f'    SITE = "{d.addr()}"', f'    HOLDER = "{d.name()[0]}"'][c]
        lines.append(f"{h} (Priya Testlead 2026-10-{10+i:02d} 14:0{i}:11 +0100 {40+i:3d}) {code}")
    return "txt", "\n".join(lines) + "\n"

@genre("latex")
def g(d):
    n, f, l = d.name()
    m = d.mpan()
    return "tex", f"""\\section{{Evidence for {d.tc()}}}
The registration for \\texttt{{{m}}} was submitted at {d.K('10:41')} and the \\emph{{{d.K('PUB-025')}}} arrived after {d.K('42 s')}.
\\begin{{tabular}}{{|l|l|}}\\hline
Customer & {n} \\\\ \\hline
Premises & {d.addr(sep=', ')} \\\\ \\hline
Meter & \\verb|{d.eserial()}| \\\\ \\hline
Gas MPRN & {d.mprn()} \\\\ \\hline
\\end{{tabular}}
\\footnote{{Contact the site on {d.phone()} before visiting.}}
"""

@genre("asciidoc")
def g(d):
    n, f, l = d.name()
    return "adoc", f"""= Test Execution Notes: {d.tc()}
:toc:
:revnumber: {d.K('1.3')}

== Setup
[cols="1,3"]
|===
|Supply |{d.mpan('sp')}
|Occupier |{n}
|Site |{d.addr()}
|Comms hub |`{d.eui(':')}`
|===

NOTE: Customer prefers e-mail ({d.email(f, l)}); do not phone before 10am.

.Observed
----
2026-11-04 10:42:11 INFO D0150 received for {d.mpan()}
----
"""

@genre("rst")
def g(d):
    n, f, l = d.name()
    return "rst", f"""Defect {d.K('DEF-2291')}: serial truncated on LDSO view
=====================================================

:Severity: {d.K('2 - High')}
:Found in: {d.tc()}

Steps
-----

#. Register supply ``{d.mpan()}`` for *{n}*.
#. Exchange meter ``{d.eserial()}`` → ``{d.eserial()}``.
#. Open LDSO view.

.. code-block:: text

   serial: {d.eserial()}   premises: {d.addr()}

Expected: full serial. Actual: first 8 characters only.
"""

@genre("orgmode")
def g(d):
    n, f, l = d.name()
    return "org", f"""* TODO {d.tc()} retest after fix                                 :QT:
  SCHEDULED: <2026-12-02 Wed>
** Data
   - MPAN :: {d.mpan()}
   - MPRN :: {d.mprn()}
   - Customer :: {n}, {d.phone()}
   - Address :: {d.addr()}
** Notes
   #+begin_example
   gas meter {d.gserial()} reading {d.reading()} m3
   #+end_example
   [[https://dev.azure.com/example/QT/_workitems/edit/{d.K('184223')}][ADO {d.K('184223')}]]
"""

@genre("mediawiki")
def g(d):
    rows = []
    for i in range(d.r.randint(3, 5)):
        rows.append(f"|-\n| {d.K(d.tc())} || {d.mpan()} || {d.name()[0]} || {d.postcode()} || {d.r.choice(['Pass', 'Fail', 'Blocked'])}")
    return "wiki", f"""== QT test data (do not share outside team) ==
{{| class="wikitable sortable"
! Test !! MPAN !! Customer !! Postcode !! Result
""" + "\n".join(rows) + f"""
|}}
Site visit notes: <code>{d.addr()}</code> — meter {d.eserial()} behind panel.
[[Category:{d.K('Qualification Testing')}]]
"""

@genre("semicolon_csv")
def g(d):
    rows = ['"Kundennummer";"MPAN";"Name";"Anschrift";"Verbrauch kWh";"Betrag";"Notiz"']
    for i in range(d.r.randint(3, 6)):
        a = d.addr(sep="\n")
        amt = d.K("%d,%02d" % (d.r.randint(10, 2000), d.r.randint(0, 99)))
        kwh = d.K("%d,%d" % (d.r.randint(100, 9000), d.r.randint(0, 9)))
        rows.append(f'"{d.acct()}";"{d.mpan()}";"{d.name("lf")[0]}";"{a}";{kwh};{amt};"Rückruf unter {d.phone()}; ""dringend"""')
    return "csv", "\r\n".join(rows) + "\r\n"

@genre("sqlplus")
def g(d):
    rows = []
    for i in range(d.r.randint(3, 5)):
        n = d.name('ufl')[0]
        rows.append(f"{d.mpan():<15} {n:<30} {d.postcode():<9} {d.eserial():<12} {d.K(d.r.choice(['TRADING', 'NEW', 'DISCONNECTED']))}")
    return "lst", f"""SQL> SELECT mpan_core, cust_name, postcode, meter_serial, status FROM reg.supply_v WHERE sup_id = 'BRWT' AND rownum <= 5;

MPAN_CORE       CUST_NAME                      POSTCODE  METER_SERI STATUS
--------------- ------------------------------ --------- ---------- ------------
""" + "\n".join(rows) + f"""

{d.K(str(len(rows)) + ' rows selected.')}

Elapsed: 00:00:00.{d.r.randint(10, 99)}
SQL> """

@genre("mysql_g")
def g(d):
    n, f, l = d.name()
    return "txt", f"""mysql> SELECT * FROM crm_contacts WHERE account_no = {d.acct()}\\G
*************************** 1. row ***************************
         id: {d.K('771204')}
 account_no: {d.keeps[-1] if False else '...'}
  full_name: {n}
      email: {d.email(f, l)}
     mobile: {d.phone()}
 supply_adr: {d.addr()}
  elec_mpan: {d.mpan()}
   gas_mprn: {d.mprn()}
 created_at: {d.K('2026-03-14 09:22:01')}
1 row in set ({d.K('0.01 sec')})
"""

@genre("sqlite_dump")
def g(d):
    ins = []
    for i in range(d.r.randint(3, 5)):
        n = d.name()[0].replace("'", "''")
        ins.append(f"INSERT INTO meters VALUES({i+1},'{d.eserial() if i % 2 else d.gserial()}','{d.mpan() if i % 2 else d.mprn()}','{n}','{d.addr()}',{d.epoch_ms()});")
    return "sql", "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE meters(id INTEGER PRIMARY KEY, serial TEXT, supply TEXT, occupier TEXT, address TEXT, updated_ms INTEGER);\n" + "\n".join(ins) + "\nCOMMIT;\n"

WORDS = "zero one two three four five six seven eight nine".split()
def spoken(d, v):
    out = []; i = 0
    while i < len(v):
        c = v[i]
        if i + 1 < len(v) and v[i+1] == c and d.r.random() < 0.5:
            out.append("double " + WORDS[int(c)]); i += 2; continue
        r = d.r.random()
        if r < 0.45: out.append(WORDS[int(c)] if c != "0" or d.r.random() < 0.5 else "oh")
        else: out.append(c)
        i += 1
    s = " ".join(out)
    return s.replace(" ", ", ", 1)

@genre("speech")
def g(d):
    n, f, l = d.name()
    m = d.mpan_v(); mp = d.mprn_v(10); ph = d.phone_v()
    sm = "MPAN is " + spoken(d, m[:2]) + ", then " + spoken(d, m[2:])
    d.S("mpan", m, sm, "spoken")
    d.S("mprn", mp, spoken(d, mp), "spoken")
    d.S("phone", ph, spoken(d, ph.replace(" ", "")), "spoken")
    sh_mp = d.secrets[-2]["shown"]; sh_ph = d.secrets[-1]["shown"]
    pcv = d.pc_v(d.town()[1])
    pc_sp = " ".join(pcv.replace(" ", ""))
    d.S("postcode", pcv, pc_sp, "spoken")
    return "txt", f"""[Otter.ai transcript - call {d.K('CALL-88213')} - {d.K('00:04:12')}]
Agent: Thanks for calling, can I take your name?
Caller: yeah it's {f} {l}, {l} spelt like it sounds.
Agent: And the supply number off the bill?
Caller: right so the {sm} ... sorry is that the long one at the bottom
Agent: That's it. And the gas one?
Caller: {sh_mp}
Agent: And a number to call you back?
Caller: {sh_ph}
Agent: Postcode?
Caller: {pc_sp}
Agent: Lovely, I've raised ticket {d.ticket()}.
""".replace(f"{f} {l}, {l}", d.S("name", f"{f} {l}", f"{f} {l}", "plain", tokens=[f, l]) + f", {l}")

@genre("sms_gateway")
def g(d):
    lines = []
    for i in range(d.r.randint(4, 7)):
        n = d.S("name", d.first(), None, "first_name_only")
        ph = d.phone(shown=lambda v: "+44" + v.replace(" ", "")[1:])
        msg = d.r.choice([f"Hi {n}, your smart meter install at {d.addr(with_pc=False)} is booked for {d.K('Thu 10 Dec')}.",
                          f"Your top-up of {d.amount()} was applied. Token: {d.sts()}",
                          f"Reply STOP to opt out. Ref {d.order()}",
                          f"{n}: engineer running late, ETA {d.K('14:30')}. Meter {d.eserial()}"])
        lines.append(f"{d.ts()} SUBMIT id={d.K('MSG' + d.d(10))} from=BrightWatt to={ph} dcs=0 len={len(msg)} text=\"{msg}\" status=DELIVRD")
    return "log", "\n".join(lines) + "\n"

@genre("hht_export")
def g(d):
    n, f, l = d.name()
    rec = [f"JOB|{d.K('JOB-2026-%06d' % d.r.randint(1, 999999))}|{d.K('EXCH')}|{d.K('2026-11-18')}",
           f"CUS|{n}|{d.phone()}|",
           f"SIT|{d.addr(sep='|')}",
           f"MPA|{d.mpan()}|{d.K('801')}|{d.K('01')}",
           f"MTR|R|{d.eserial()}|{d.reading()}|{d.reading()}",
           f"MTR|I|{d.eserial()}|00000.0|00000.0",
           f"CHF|{d.eui('')}|{d.K('SMETS2')}",
           f"GAS|{d.mprn()}|{d.gserial()}|{d.reading()}",
           f"NOTE|Customer's daughter {d.name()[0]} present. Asbestos label on board.",
           f"END|{d.sha()[:16]}"]
    return "dat", "\n".join(rec) + "\n"

@genre("mqtt_gbcs")
def g(d):
    lines = []
    for i in range(d.r.randint(4, 7)):
        e = d.eui_v()
        st = d.r.choice(["raw", "colon", "0x", "lower"])
        sh = {"raw": e, "colon": ":".join(e[j:j+2] for j in range(0, 16, 2)), "0x": "0x" + e, "lower": e.lower()}[st]
        d.S("eui64", e, sh, "plain" if st in ("raw", "colon") else "sep")
        # GBCS-ish APDU with originator/target EUI inside hex
        tgt = d.eui_v()
        d.S("eui64", tgt, tgt, "in_hex")
        apdu = "DD0000000000000000" + d.K("%04X" % d.r.randint(0, 65535)) + "09" + "08" + d.K("90B3D51F30010000") + "08" + tgt + "0000" + d.sha()[:24].upper()
        lines.append(f"{d.ts()} mqtt-gw[{d.r.randint(100, 999)}]: rx topic=gbcs/{sh}/up qos=1 len={len(apdu)//2} apdu={apdu}")
    lines.append(f"{d.ts()} mqtt-gw[411]: mapped {sh} -> mpan {d.mpan()} (site {d.postcode()})")
    return "log", "\n".join(lines) + "\n"

@genre("complaint_chain")
def g(d):
    n, f, l = d.name('tfl')
    _, f2, l2 = d.name()
    a = d.addr(flat=d.r.random() < 0.5)
    m = d.mpan()
    return "txt", f"""From: Complaints Team <complaints@brightwatt.example.com>
To: Level 2 Escalations
Subject: FW: RE: Complaint {d.K('CMP-2026-00' + d.d(4))} - stage 2 - {n}

Hi team, escalating as the 8-week letter is due {d.K('17/12/2026')}.

-----Original Message-----
From: {f} {l.split()[-1] if ' ' in l else l} <{d.email(f, l)}>
Sent: 02 December 2026 18:44
Subject: RE: my bill

> I have told you three times that I moved out of {a}
> on 1 October. The meter there ({d.eserial()}) is not mine. My new
> number is {d.phone()}.
>> Dear {n}, we have reviewed the account for supply
>> {m[:6]}
>> {m[6:]} and can confirm the final read.
--
Ombudsman ref {d.K('ENO-' + d.d(7))}; handled by {f2} {l2} (ext {d.K('4471')})
"""

def inv(d, s, ch):
    return ch.join(s)

@genre("obfus_notes")
def g(d):
    """Free text notes with the obfuscation classes from the issue."""
    out = [f"Tester notes {d.tc()} ({d.ts()})", ""]
    chosen = d.r.sample(range(14), 6)
    for c in chosen:
        if c == 0:
            v = d.mpan_v(); ch = d.r.choice(["\u200e", "\u200f", "\u2063", "\u2066", "\u2069", "\ufe0f", "\u034f", "\u200b", "\u2060"])
            out.append("Supply " + d.S("mpan", v, ch.join(v), "invisible") + " re-registered.")
        elif c == 1:
            v = d.mpan_v(); sep = d.r.choice(["_", ",", ":", "+", ".", "     "])
            out.append("MPAN: " + d.S("mpan", v, sep.join([v[:2], v[2:6], v[6:10], v[10:]]), "separator"))
        elif c == 2:
            v = d.mpan_v()
            out.append("> customer says the number on the bill is " + d.S("mpan", v, v[:7] + "\n> " + v[7:], "quote_split") + " which matches.")
        elif c == 3:
            v = d.mpan_v(); b = base64.b64encode(("mpan=" + v).encode()).decode()
            out.append("ctx=" + d.S("mpan", v, b, "base64", encoded=b))
        elif c == 4:
            v = d.mpan_v(); h = binascii.hexlify(v.encode()).decode()
            out.append("raw bytes: " + d.S("mpan", v, h, "hex", encoded=h))
        elif c == 5:
            v = d.mpan_v(); p = "".join("%%%02X" % ord(x) for x in v)
            out.append("redirect=/supply?m=" + d.S("mpan", v, p, "percent", encoded=p))
        elif c == 6:
            v = d.mpan_v(); e = "".join("&#%d;" % ord(x) if i % 2 else x for i, x in enumerate(v))
            out.append("html snippet: <td>" + d.S("mpan", v, e, "entity") + "</td>")
        elif c == 7:
            v = d.eserial_v(); st = d.r.choice([v.lower(), " ".join(v), v[:4] + "-" + v[4:], v[:2] + " " + v[2:]])
            out.append("meter serial " + d.S("elec_serial", v, st, "serial_form") + " seen on the cupboard")
        elif c == 8:
            v = d.eui_v(); st = d.r.choice([".".join(v[i:i+4] for i in range(0, 16, 4)), "0x" + v, ".".join(v[i:i+2] for i in range(0, 16, 2)), v.lower()])
            out.append("device " + d.S("eui64", v, st, "eui_form"))
        elif c == 9:
            v = d.pc_v(d.town()[1]); st = d.r.choice([v.replace(" ", "\u00a0"), v.replace(" ", "  "), v.replace(" ", "-"), v.replace(" ", "_"), v.replace(" ", "")])
            out.append("postcode " + d.S("postcode", v, st, "pc_form"))
        elif c == 10:
            v = d.mpan_v(); st = "".join(chr(0xFF10 + int(x)) if i % 3 == 0 else x for i, x in enumerate(v))
            out.append("pasted from PDF: " + d.S("mpan", v, st, "fullwidth"))
        elif c == 11:
            v = d.mpan_v(); st = v[:4] + "<wbr>" + v[4:8] + "<mark>" + v[8:11] + "</mark>" + v[11:]
            out.append("<p>Core " + d.S("mpan", v, st, "html_split") + "</p>")
        elif c == 12:
            v = d.mprn_v(10); st = v[:5] + "&nbsp;" + v[5:]
            out.append("<span>MPRN&nbsp;" + d.S("mprn", v, st, "html_nbsp") + "</span>")
        elif c == 13:
            v = d.gserial_v(); st = d.r.choice([v.lower(), v[:3] + " " + v[3:], v[:3] + "-" + v[3:]])
            out.append("Gas meter: " + d.S("gas_serial", v, st, "serial_form"))
    out.append("")
    out.append(f"Keep: DIP id {d.dip()}, corr {d.guid()}, build {d.build()}")
    return "txt", "\n".join(out) + "\n"

@genre("plain_notes")
def g(d):
    """ordinary realistic leaks: addresses in notes, names in mails, serials in logs."""
    n, f, l = d.name(d.r.choice(["fl", "tfl", "tl"]))
    v = d.r.randint(0, 3)
    if v == 0:
        t = f"""Visited site with the MOP. Customer address {d.addr()}. {n} let us in; said the
previous occupier ({d.name()[0]}) still gets post there. Gas meter {d.gserial()} in the
external box, elec meter {d.eserial()} in the hall. Ticket {d.ticket()}, took {d.K('45 mins')}.
"""
    elif v == 1:
        t = f"""Site: {d.addr(house=True)}
Occupier: {n}
Access: call {d.phone()} 30 mins before. Supply {d.mpan()} energised {d.K('2026-11-02')}.
MTC {d.K('845')}, LLFC {d.K('A12')}, PC {d.K('01')} — all as expected.
"""
    elif v == 2:
        t = f"""Hi both,

Quick one - the premises for {d.tc()} is {d.addr(flat=True)}, not the one in the data sheet.
{n} rang in confused about a letter. Can we swap to supply {d.mpan()}?

Thanks
{d.name('fl')[0]}
QT Test Analyst | BrightWatt Energy | {d.phone()}
"""
    else:
        t = f"""2026-11-29 08:12:44,019 WARN  [sched-3] MeterSync - serial {d.eserial()} on {d.mpan()} differs from asset register ({d.eserial()})
2026-11-29 08:12:44,102 INFO  [sched-3] MeterSync - premises lookup "{d.addr()}" -> UPRN {d.K('10093' + d.d(7))}
2026-11-29 08:12:45,377 ERROR [sched-3] GasSync - Gas meter {d.gserial()} not on xoserve for MPRN {d.mprn()}
2026-11-29 08:12:45,380 INFO  [sched-3] Run {d.guid()} finished in {d.K('1.36s')}
"""
    return "txt", t

@genre("dflow")
def g(d):
    return "usr", f"""ZHV|{d.K('D0150001')}|{d.K('0000123456')}|X|BRWT|R|ECON|{d.K('20261114101122')}||||OPER|
288|{d.mpan()}|
289|{d.K('20261101')}|{d.K('845')}|
290|{d.eserial()}|||H||||
293|C|S|{d.K('01')}|
290|{d.eserial()}|||H||||
ZPT|0000123456|7||1|{d.K('20261114101125')}|
"""

@genre("if031_json")
def g(d):
    n, f, l = d.name()
    doc = {"CommonBlock": {"S0": {"environmentTag": "QT", "senderUniqueReference": d.guid(), "DIPMessageId": d.guid(), "publicationTimestamp": d.ts()}},
           "CustomBlock": {"E0": {"MPAN": d.mpan(), "supplierMPID": d.K("BRWT"), "registrationEffectiveFrom": d.K("2026-12-01"),
                                  "meteringPointAddress": {"addressLine1": d.street(), "addressLine9": d.town()[0], "postCode": d.postcode()},
                                  "customerName": n, "domesticPremisesIndicator": True}}}
    return "json", json.dumps(doc, indent=2)

@genre("email_plain")
def g(d):
    n, f, l = d.name()
    return "eml", f"""Return-Path: <{d.email(f, l)}>
Message-ID: <{d.K(d.guid() + '@mail.example.com')}>
Date: Wed, 02 Dec 2026 09:11:04 +0000
From: {n} <{d.email(f, l)}>
To: qt-evidence@brightwatt.example.com
Subject: Evidence for {d.tc()}
Content-Type: text/plain; charset="utf-8"

Screens attached. The supply is {d.mpan('sp')} and the meter {d.eserial()} at
{d.addr()}.

Regards,
{f}
Mob: {d.phone()}
"""

@genre("bill_sbox_text")
def g(d):
    n, f, l = d.name('tfl')
    pc_, mtc, ll, v = d.mpan_full(d.mpan_v())
    layout = d.r.randint(0, 2)
    if layout == 0:
        box = f"""        {pc_}   {mtc}   {ll}
   S
        {v[:2]}   {v[2:6]}   {v[6:10]}   {v[10:]}"""
    elif layout == 1:
        box = f"""Supply Number:  S {pc_} {mtc} {ll}
                  {v[:2]} {v[2:6]} {v[6:10]} {v[10:]}"""
    else:
        box = f"""┌───┬──────────────────────┐
│   │ {pc_}  {mtc}  {ll}         │
│ S ├──────────────────────┤
│   │ {v[:2]}  {v[2:6]}  {v[6:10]}  {v[10:]}  │
└───┴──────────────────────┘"""
    d.S("mpan", v, box, "sbox")
    return "txt", f"""BrightWatt Energy                                  Your electricity bill
{n}
{d.addr(sep=chr(10))}

Account number {d.acct()}        Bill date {d.K('01 December 2026')}
Amount due {d.amount()}

Your supply details
{box}

Meter serial {d.eserial()}   Previous read {d.reading()}   Present read {d.reading()}
Unit rate {d.K('24.86p')}/kWh  Standing charge {d.K('53.35p')}/day
"""

@genre("jsonl_uescape")
def g(d):
    out = []
    for i in range(d.r.randint(3, 5)):
        v = d.mpan_v(); f, l = d.first(), d.sur()
        ue = "".join("\\u%04x" % ord(c) if c.isdigit() and d.r.random() < 0.6 else c for c in v)
        d.S("mpan", v, ue, "unicode_escape")
        nm = f + " " + l
        nue = nm.replace(" ", "\\u0020")
        d.S("name", nm, nue, "unicode_escape", tokens=[f, l])
        out.append('{"@t":"%s","@mt":"Publishing {Flow} for {Supply}","Flow":"%s","Supply":"%s","Occupier":"%s","SourceContext":"Dip.Publisher","TraceId":"%s"}' % (d.ts(), d.K(d.r.choice(["IF-031", "IF-021", "PUB-025"])), ue, nue, d.sha()[:32]))
    return "clef", "\n".join(out) + "\n"
