"""Logs, prose, mail, chat, configs, encoded material (genres B)."""
import json, html
from common import *


def g_applog(d):
    out = []
    svc = R.choice(["reg-service", "flowgate", "mdr-adapter", "smartops-api", "billing-sync"])
    for _ in range(R.randint(8, 18)):
        t = d.k("timestamp", ts("%Y-%m-%d %H:%M:%S")) + f",{R.randint(0, 999):03d}"
        lvl = R.choice(["INFO", "INFO", "DEBUG", "WARN", "ERROR"])
        msg = R.choice([
            lambda: f"Processing {d.k('flow', R.choice(['D0010', 'D0086', 'D0150', 'D0205']))} file {d.k('file_id', R.choice(MPIDS) + str(R.randint(1000000, 9999999)))}",
            lambda: f"Supply point lookup mpan={d.mpan()} result=FOUND",
            lambda: f"customer address {d.addr()[0]}, {d.pc(postcode()[0])}",
            lambda: f"Site: {d.addr()[0]} {d.pc(postcode()[0])}",
            lambda: f"Gas meter {d.serial('gas_serial')} exchanged, new index {d.k('reading', str(R.randint(0, 9999)))}",
            lambda: f"Meter serial {d.serial('elec_serial')} not on CPL, rejecting with {d.k('error', R.choice(['ERR_CPL_404', 'E-2031', 'MTR_NOT_FOUND']))}",
            lambda: f"correlationId={d.k('guid', guid())} status={d.k('status', R.choice(['ACK', 'NACK', 'TIMEOUT']))} latencyMs={d.k('count', str(R.randint(3, 9000)))}",
            lambda: f"Comms hub {d.eui()} joined HAN, {d.k('count', str(R.randint(1, 5)))} devices",
            lambda: f"MPRN {d.mprn()} -> Xoserve lookup ok",
            lambda: f"Contact updated for {d.name()} tel {d.phone()}",
            lambda: f"Heap {R.randint(200, 900)}MB / GC pause {R.randint(1, 80)}ms",
            lambda: f"Retrying request {d.k('guid', guid())} attempt {R.randint(2, 5)}/5",
        ])()
        out.append(f"{t} {lvl:5} [{svc}] {R.choice(['main', 'pool-1-thread-3', 'worker-7', 'http-nio-8080-exec-2'])} - {msg}")
    return "\n".join(out) + "\n"


def g_harness(d):
    tc = d.k("tc_ref", tc_ref())
    out = [f"=== Harness run {d.k('run_id', 'RUN-' + str(R.randint(10000, 99999)))} :: {tc} :: env {d.k('env', R.choice(['UIT', 'SIT-A', 'PIT-2']))} ===",
           f"harness version {d.k('version', version())}"]
    ref = d.k("mpan_ref", mpan_ref())
    core = mpan_core()
    out.append(f"[setup] resolved {ref} -> {d.mpan(core)}")
    for st in range(1, R.randint(4, 9)):
        t = d.k("timestamp", ts("%H:%M:%S")) + "." + str(R.randint(100, 999))
        line = R.choice([
            lambda: f"step {st}: POST /dip/v1/{d.k('flow', R.choice(['if-031', 'if-047', 'if-013']))} -> {d.k('error', R.choice(['202', '201', '400', '409']))} in {R.randint(20, 900)}ms",
            lambda: f"step {st}: waiting for ack on {d.k('guid', guid())}",
            lambda: f"step {st}: assert J0003 == {d.mpan(core, fancy=False)} ... ok",
            lambda: f"step {st}: payload J0476 {d.serial('elec_serial')} echoed",
            lambda: f"step {st}: DIP participant {d.k('dip_id', dip_id())} received",
            lambda: f"step {st}: Gas meter: {d.serial('gas_serial')} (MPRN {d.mprn()})",
            lambda: f"step {st}: skipped (precondition {d.k('tc_ref', tc_ref())} not met)",
            lambda: f"step {st}: assert premises == '{d.addr()[0]}' ... FAILED",
        ])()
        out.append(f"{t} {line}")
    out.append(f"RESULT {R.choice(['PASSED', 'FAILED', 'BLOCKED'])} ({R.randint(1, 9)} checks, {R.randint(0, 3)} failures)")
    return "\n".join(out) + "\n"


def g_jira(d):
    who = R.choice(["Asha Patel", "Tom Reid", "Lena Fox", "Gareth Pugh", "Nia Roberts"])
    core = mpan_core()
    g, s = person()
    txt = R.choice([
        lambda: f"""{who} added a comment - {ts('%d/%b/%y %I:%M %p')}
Re-ran {d.k('tc_ref', tc_ref())} in UIT. The {d.k('flow', 'IF-031')} went out fine but the {d.k('flow', 'D0150')} came back with the wrong MTC.
MPAN used: {d.mpan(core)} (ref {d.k('mpan_ref', mpan_ref())}), meter {d.serial('elec_serial')}.
Customer on the account is {d.name(g, s, title=True)} - please don't contact them, it's synthetic but looks real.
Linking to {d.k('defect', defect())}.""",
        lambda: f"""*{who}* commented:
{{quote}}Supply at {d.addr()[0]} {d.pc(postcode()[0])} still shows old supplier{{quote}}
Confirmed. Registration for {d.mpan(core)} is stuck in {d.k('status', 'PENDING')} since {d.k('timestamp', ts('%Y-%m-%d'))}. Error {d.k('error', R.choice(['REG-0042', 'E13', 'ERR_OBJ_01']))} in the reg log.
Assigning to Data team. Version deployed: {d.k('version', version())}.""",
        lambda: f"""Comment by {who}:
Steps to reproduce
# Load test data {d.k('td_ref', td_ref())}
# Trigger SRV {d.k('srv', R.choice(['4.1.1', '6.15.1', '8.1.1']))} against device {d.eui()}
# Observe response {d.k('error', R.choice(['E4', 'E3', 'I99']))}
Expected I0. Gas side (MPRN {d.mprn()}, gas meter {d.serial('gas_serial')}) behaves.
Attached: dip_response.txt, screenshot_3.png""",
    ])()
    return txt + "\n"


def g_email_plain(d):
    g, s = person()
    core = mpan_core()
    ms = elec_serial()
    tc = d.k("tc_ref", tc_ref())
    addr, pcd, town = d.addr()
    quoted_core = mpan_variant(core, False)
    # a quoted reply in which one MPAN is split over a line break with a quote prefix
    split = R.random() < 0.5
    if split:
        k = R.randint(4, 9)
        sv = core[:k] + "\n> " + core[k:]
        q_mpan = d.s("mpan", sv, canon=core, note="quote-split")
    else:
        q_mpan = d.mpan(core)
    body = f"""From: {R.choice(['Asha Patel', 'Tom Reid'])} <{R.choice(['asha.patel', 'tom.reid'])}@supplier-test.co.uk>
To: LDSO QT Team <ldso.qt@example-programme.org>
Date: {ts('%a, %d %b %Y %H:%M:%S')} +0000
Subject: RE: {tc} - evidence for step {R.randint(1, 6)}

Hi all,

{R.choice(['Thanks for the quick turnaround.', 'Apologies for the delay on this.', 'Following up from the stand-up.'])} I've re-sent the {d.k('flow', R.choice(['IF-031', 'D0010', 'D0086']))} and it was acknowledged at {d.k('timestamp', ts('%H:%M'))}.
The meter on site is {d.serial('elec_serial', s=ms)} and the customer ({d.name(g, s)}) has confirmed access.

Regards,
{R.choice(['Asha', 'Tom'])}

-----Original Message-----
> From: LDSO QT Team
> Sent: {ts('%d %B %Y %H:%M')}
> Subject: {tc} - evidence for step {R.randint(1, 6)}
>
> Hi, we can't see the ack for MPAN {q_mpan} in the tracker.
> Premises is {addr}, {d.pc(pcd)} if that helps.
> Please use the reference {d.k('mpan_ref', mpan_ref())} in future, not the MPAN itself.
>
> Defect {d.k('defect', defect())} raised.
"""
    return body


def g_email_qp(d):
    g, s = person()
    addr, pcd, town = d.addr()
    core = mpan_core()
    tc = d.k("tc_ref", tc_ref())
    plain = f"""Dear colleague,

Please find below the details for the witnessed test {tc} on {d.k('timestamp', ts('%d/%m/%Y'))}.

Customer: {g} {s}
Supply address: {addr}, {pcd}
MPAN: {core}
Meter serial: {(ms := elec_serial())}
Cost of visit: £{R.randint(40, 300)}.00 – approved by ops

Kind regards,
Test Management Office
"""
    enc = qp_encode(plain)
    # record secrets as they appear in the QP text (each value may be broken by soft line breaks)
    for kind, val, extra in [("name", f"{g} {s}", {"tokens": [g, s]}), ("address", addr, {"tokens": [addr.split()[1] if addr.split()[0][0].isdigit() else addr.split()[0]]}),
                             ("postcode", pcd, {"canon": pcd.replace(" ", "").lower()}), ("mpan", core, {"canon": core}),
                             ("elec_serial", ms, {"canon": ms.lower()})]:
        e = qp_encode(val).rstrip("\n")
        if e.endswith("="):
            e = e[:-1]
        if e in enc:
            d.s(kind, e, note="qp", **extra)
        else:
            # value straddles a soft break; record the whole encoded body part as the carrier
            d.s(kind, enc, note="qp-straddle", **extra)
    d.k("tc_ref", tc)
    hdr = f"""MIME-Version: 1.0
From: "Test Management Office" <tmo@example-supplier.co.uk>
To: witness@example-dcc.co.uk
Subject: Witness test {tc} details
Date: {ts('%a, %d %b %Y %H:%M:%S')} +0100
Message-ID: <{d.k('guid', guid())}@mail.example-supplier.co.uk>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""
    return hdr + enc


def g_email_html(d):
    g, s = person()
    core = mpan_core()
    addr, pcd, town = d.addr()
    tc = d.k("tc_ref", tc_ref())
    style = R.randint(0, 3)
    if style == 0:
        mp = d.s("mpan", f"{core[:2]}&nbsp;{core[2:6]}&nbsp;{core[6:10]}&nbsp;{core[10:]}", canon=core, note="nbsp entities")
    elif style == 1:
        k = R.randint(3, 9)
        mp = d.s("mpan", f"{core[:k]}<wbr>{core[k:]}", canon=core, note="wbr")
    elif style == 2:
        mp = d.s("mpan", f"<b>{core[:5]}</b>{core[5:]}", canon=core, note="bold split")
    else:
        mp = d.mpan(core)
    pc_h = d.s("postcode", pcd.replace(" ", R.choice(["&nbsp;", "&#160;", " "])), canon=pcd.replace(" ", "").lower())
    nm = d.s("name", f"{g}&nbsp;{s}" if R.random() < 0.4 else f"{g} {s}", tokens=[g, s])
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{{margin:0}}</style></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi team,</p>
<p>&nbsp;</p>
<p>Result for <b>{tc}</b>: <span style="color:#C00000">{d.k('status', R.choice(['FAILED', 'BLOCKED']))}</span>. Defect {d.k('defect', defect())}.</p>
<table border="1" cellpadding="3"><tr><th>Field</th><th>Value</th></tr>
<tr><td>MPAN</td><td>{mp}</td></tr>
<tr><td>Customer</td><td>{nm}</td></tr>
<tr><td>Address</td><td>{d.s('address', html.escape(addr), tokens=[w for w in addr.replace(',', ' ').split() if w.isalpha() and w.lower() not in STREET_WORDS][:1])}</td></tr>
<tr><td>Postcode</td><td>{pc_h}</td></tr>
<tr><td>Message</td><td>{d.k('guid', guid())}</td></tr>
</table>
<p>Thanks,<br>{R.choice(['Priti', 'Joe', 'Callum'])}</p>
</div></body></html>
"""
    return h


def g_teams(d):
    ppl = ["Asha Patel", "Tom Reid", "Lena Fox", "Gareth Pugh", "Nia Roberts", "Sam Okoro"]
    out = []
    core = mpan_core()
    for _ in range(R.randint(6, 12)):
        who = R.choice(ppl)
        t = ts("%d/%m/%Y %H:%M")
        msg = R.choice([
            lambda: f"anyone seen the ack for {d.k('tc_ref', tc_ref())}?",
            lambda: f"mpan is {d.mpan(core)} fwiw",
            lambda: f"can you check {d.mpan(core)} in the reg db",
            lambda: f"the meter is {d.serial('elec_serial')} - it's on the CPL",
            lambda: f"gas one is {d.serial('gas_serial')} / {d.mprn()}",
            lambda: "yep, on it",
            lambda: f"DIP says {d.k('error', R.choice(['E_DIP_4003', 'E_DIP_5001', 'HTTP 429']))} again 🙄",
            lambda: f"customer is {d.name()} at {d.addr()[0]}",
            lambda: f"CH {d.eui()} still not commissioned",
            lambda: f"use {d.k('mpan_ref', mpan_ref())} in the evidence pls, not the real number",
            lambda: f"raised {d.k('defect', defect())}",
            lambda: "👍",
        ])()
        out.append(R.choice([f"[{t}] {who}: {msg}", f"{who}  {t}\n{msg}\n"]))
    return "\n".join(out) + "\n"


def g_slack(d):
    msgs = []
    for _ in range(R.randint(4, 9)):
        txt = R.choice([
            lambda: f"deploy of {d.k('version', version())} to UIT done",
            lambda: f"<@U02ABC> MPAN {d.mpan()} is failing on {d.k('flow', 'IF-031')}",
            lambda: f"serial `{d.serial('elec_serial')}` duplicated in test data sheet",
            lambda: f"postcode {d.pc(postcode()[0])} fails the address lookup",
            lambda: f"can someone ring the customer? {d.phone()}",
            lambda: f"ticket {d.k('defect', defect())} closed",
            lambda: f"device {d.eui()} in whitelist now",
        ])()
        msgs.append({"type": "message", "user": R.choice(["U02ABC", "U07XYZ", "U01QQQ"]), "text": txt,
                     "ts": d.k("slack_ts", f"{R.randint(1700000000, 1790000000)}.{R.randint(100000, 999999)}")})
    s = json.dumps(msgs, indent=1, ensure_ascii=False)
    # JSON escaping may change values (e.g. quotes) - names do not contain quotes in these templates
    return s + "\n"


def g_callnotes(d):
    g, s = person()
    core = mpan_core()
    _a, _atoks, pcd, town = d.address(flat=R.random() < 0.3)
    A_ = lambda: d.s('address', _a, tokens=_atoks)
    agent = R.choice(["JB", "KM", "SR", "AA"])
    dob = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(1938, 1999)}"
    notes = R.choice([
        lambda: f"""{ts('%d/%m/%Y %H:%M')} {agent} - Inbound call. Spoke to {d.name(g, s, title=True)}, passed DPA (DOB {d.s('dob', dob, canon=dob.replace('/', ''))}, first line of address).
Cust says smart meter display blank since engineer visit. Meter serial read out by cust as {d.serial('elec_serial')}.
Checked MPAN {d.mpan(core)} - registered to us since {ts('%d/%m/%Y')}. Booked callback on {d.phone()}.
PSR: {R.choice(['Yes - medical equipment', 'No', 'Yes - over 75'])}. Ref {d.k('case_id', 'CASE-' + str(R.randint(100000, 999999)))}.""",
        lambda: f"""CALL NOTE | agent {agent} | {ts('%Y-%m-%d %H:%M')}
caller: {d.name(g, s)} (account holder) mob {d.phone()}
address {A_()}, {d.pc(pcd)}
issue: estimated bills, wants reading taken. E7 readings day {d.k('reading', str(R.randint(1000, 60000)))} night {d.k('reading', str(R.randint(1000, 60000)))}
action: raised read job {d.k('case_id', 'JOB' + str(R.randint(100000, 999999)))}, email confirmation to {d.email(g, s)}""",
        lambda: f"""Outbound call to {d.surname_only(s)} re: failed install. No answer, left VM.
Supply: {A_()}. {d.pc(pcd)}.
Gas meter: {d.serial('gas_serial')} MPRN {d.mprn()}
Next attempt {ts('%d/%m')} after 4pm per previous note. Complaint ref {d.k('case_id', 'CMP-' + str(R.randint(10000, 99999)))}.""",
    ])()
    return notes + "\n"


def g_html_tracker(d):
    rows = []
    for _ in range(R.randint(3, 8)):
        core = mpan_core()
        st = R.random()
        if st < 0.3:
            k = R.randint(2, 10)
            mp = d.s("mpan", f"{core[:k]}<mark>{core[k:k + 3]}</mark>{core[k + 3:]}", canon=core, note="mark split")
        elif st < 0.45:
            mp = d.s("mpan", "".join(f"&#{ord(c)};" if i % 3 == 0 else c for i, c in enumerate(core)), canon=core, note="entities")
        elif st < 0.55:
            mp = d.s("mpan", f"{core[:2]}&nbsp;{core[2:6]}&nbsp;{core[6:10]}&nbsp;{core[10:]}", canon=core, note="nbsp")
        else:
            mp = d.mpan(core, fancy=False)
        rows.append(f"<tr><td>{d.k('tc_ref', tc_ref())}</td><td>{mp}</td><td>{d.serial('elec_serial')}</td>"
                    f"<td>{d.k('status', R.choice(['Passed', 'Failed', 'Blocked', 'Not Run']))}</td><td>{d.k('timestamp', ts('%d/%m/%Y'))}</td></tr>")
    h = f"""<!DOCTYPE html>
<html><head><title>SIT execution tracker - week {R.randint(1, 52)}</title></head>
<body>
<h1>Execution tracker</h1>
<p>Generated by tracker {d.k('version', version())} at {ts()}</p>
<table>
<thead><tr><th>Test case</th><th>MPAN</th><th>Meter</th><th>Status</th><th>Date</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</body></html>
"""
    return h


def g_yaml(d):
    core = mpan_core()
    addr, _t, pcd, town = d.address()
    y = f"""# test data for {d.k('tc_ref', tc_ref())}
environment: {d.k('env', R.choice(['UIT', 'SIT-A']))}
harness:
  version: "{d.k('version', version())}"
  dip_participant: "{d.k('dip_id', dip_id())}"
supply_points:
  - ref: {d.k('mpan_ref', mpan_ref())}
    mpan: "{d.mpan(core, fancy=False)}"
    msn: {d.serial('elec_serial')}
    comms_hub: "{d.eui()}"
    premises:
      line1: "{d.s('address', addr.rsplit(', ', 1)[0], tokens=[w for w in addr.split() if w.isalpha() and w.lower() not in STREET_WORDS][:1])}"
      town: {town}
      postcode: {d.pc(pcd)}
  - ref: {d.k('td_ref', td_ref())}
    mprn: "{d.mprn()}"
    gas_msn: {d.serial('gas_serial')}
contacts:
  occupier: {d.name()}
  phone: "{d.phone()}"
"""
    return y


def g_ini(d):
    core = mpan_core()
    return f"""; harness.ini - local overrides, do not commit
[general]
environment={d.k('env', R.choice(['UIT', 'SIT-B']))}
version={d.k('version', version())}
log_level=DEBUG

[dip]
endpoint=https://dip-uit.example.org/api/v1
participant_id={d.k('dip_id', dip_id())}
timeout_ms={d.k('count', str(R.choice([3000, 5000, 30000])))}

[fixtures]
default_mpan={d.mpan(core, fancy=R.random() < 0.4)}
default_msn={d.serial('elec_serial')}
gas_mprn={d.mprn()}
gas_msn={d.serial('gas_serial')}
chf_id={d.eui()}
site_postcode={d.pc(postcode()[0])}
"""


def g_stack(d):
    core = mpan_core()
    if R.random() < 0.5:
        return f"""{ts('%Y-%m-%d %H:%M:%S')} ERROR [http-nio-8443-exec-{R.randint(1, 9)}] c.s.r.RegistrationController - Unhandled exception
com.supplier.reg.InvalidMpanException: MPAN {d.mpan(core)} failed validation (check digit)
	at com.supplier.reg.MpanValidator.validate(MpanValidator.java:{R.randint(40, 200)})
	at com.supplier.reg.RegistrationService.register(RegistrationService.java:{R.randint(40, 400)})
	at com.supplier.reg.RegistrationController.post(RegistrationController.java:{R.randint(40, 120)})
	at jdk.internal.reflect.GeneratedMethodAccessor{R.randint(100, 300)}.invoke(Unknown Source)
Caused by: java.lang.IllegalStateException: meter {d.serial('elec_serial')} already linked to {d.mpan()}
	at com.supplier.reg.MeterLinker.link(MeterLinker.java:{R.randint(10, 90)})
	... {R.randint(20, 60)} more
"""
    return f"""Traceback (most recent call last):
  File "/opt/harness/steps/send_if031.py", line {R.randint(20, 200)}, in run
    resp = client.post(payload)
  File "/opt/harness/dip/client.py", line {R.randint(20, 200)}, in post
    raise DipError(r.status_code, body)
harness.dip.DipError: ({d.k('error', R.choice(['422', '400', '409']))}, '{{"error":"{d.k('error', R.choice(['E_J0003_INVALID', 'E_SCHEMA', 'E_DUPLICATE']))}","value":"{d.mpan(core, fancy=False)}","messageId":"{d.k('guid', guid())}"}}')
"""


def g_markdown(d):
    core = mpan_core()
    g, s = person()
    addr, pcd, town = d.addr(housename=R.random() < 0.3)
    return f"""# Test notes – {d.k('tc_ref', tc_ref())}

**Date:** {d.k('timestamp', ts('%Y-%m-%d'))}  
**Env:** {d.k('env', R.choice(['UIT', 'SIT-A', 'PIT']))}  
**Build:** `{d.k('version', version())}`

## Data

| Item | Value |
|---|---|
| MPAN ref | {d.k('mpan_ref', mpan_ref())} |
| MPAN | `{d.mpan(core)}` |
| ESME | {d.eui()} |
| MSN | {d.serial('elec_serial')} |
| Premises | {addr}, {d.pc(pcd)} |

## Observations

- {d.k('flow', 'IF-031')} accepted, {d.k('flow', 'IF-032')} never arrived (see {d.k('defect', defect())})
- occupier {d.name(g, s)} asked for engineer to call ahead ({d.phone()})
- total charge shown {d.k('amount', money())}, matches tariff sheet {d.k('product', R.choice(['FIX-12M-V3', 'SVT-E7', 'EV-OCT-2']))}
"""


def g_encoded(d):
    core = mpan_core()
    ms = elec_serial()
    g, s = person()
    kind = R.randint(0, 3)
    inner = json.dumps({"J0003": core, "J0476": ms})
    if kind == 0:
        blob = b64(inner)
        d.s("mpan", blob, canon=core, note="base64")
        d.s("elec_serial", blob, canon=ms.lower(), note="base64")
        return f"""{ts()} DEBUG dip.client - outbound envelope
  messageId: {d.k('guid', guid())}
  flow: {d.k('flow', 'IF-031')}
  body(b64): {blob}
  sig: {R.choice(['RS256', 'ES256'])}
"""
    if kind == 1:
        blob = hexs(inner)
        d.s("mpan", blob, canon=core, note="hex")
        d.s("elec_serial", blob, canon=ms.lower(), note="hex")
        return f"""-- raw payload captured from queue {d.k('queue', R.choice(['DTN.IN.D0010', 'FLOWS.OUT', 'REG.EVENTS']))}
-- captured {ts()}
payload_hex={blob}
"""
    if kind == 2:
        q = f"mpan={core}&name={g}+{s}&pc={postcode()[0].replace(' ', '+')}"
        enc = "".join("%%%02X" % b for b in q.encode()) if R.random() < 0.5 else pct(q)
        d.s("mpan", enc, canon=core, note="pct")
        d.s("name", enc, tokens=[g, s], note="pct")
        return f"""{ts('%d/%b/%Y:%H:%M:%S')} +0000 "GET /api/lookup?q={enc} HTTP/1.1" {d.k('error', R.choice(['200', '404', '500']))} {R.randint(100, 9000)} "-" "harness/{d.k('version', version())}"
"""
    # base64 inside XML element + plain device id masked elsewhere
    h = eui64()
    blob = b64(f"<ReadMeter><Device>{eui_form(h, 'dash')}</Device><MPAN>{core}</MPAN></ReadMeter>")
    d.s("mpan", blob, canon=core, note="base64 in xml")
    d.s("device_id", blob, canon=h.lower(), note="base64 in xml")
    return f"""<Envelope>
  <MessageId>{d.k('guid', guid())}</MessageId>
  <Target>{d.eui(h, 'dash')}</Target>
  <Payload encoding="base64">{blob}</Payload>
</Envelope>
"""


def g_jobsheet(d):
    g, s = person()
    addr, pcd, town = d.addr(housename=R.random() < 0.4)
    core = mpan_core()
    return f"""FIELD JOB SHEET                       Job No: {d.k('case_id', 'FJ' + str(R.randint(1000000, 9999999)))}
Job type: {R.choice(['SMETS2 exchange', 'Dual fuel install', 'Meter fault investigation'])}    Date: {d.k('timestamp', ts('%d/%m/%Y'))}
------------------------------------------------------------------------
Customer : {d.name(g, s, title=True)}
Address  : {addr}
Postcode : {d.pc(pcd)}
Tel      : {d.phone()}
------------------------------------------------------------------------
ELEC  MPAN   : {d.mpan(core)}
      Old MSN: {d.serial('elec_serial')}   Final read: {d.k('reading', str(R.randint(1000, 99999)))}
      New MSN: {d.serial('elec_serial')}   ESME GUID : {d.eui()}
GAS   MPRN   : {d.mprn()}
      Gas meter: {d.serial('gas_serial')}  Read: {d.k('reading', str(R.randint(100, 9999)))}
CH    GUID   : {d.eui()}     Firmware {d.k('version', version())}
------------------------------------------------------------------------
Notes: {R.choice(['Cust has dog, ring before arrival.', 'Key safe code given verbally.', 'Isolator fitted, tails replaced.'])}
Outcome code: {d.k('error', R.choice(['OC01', 'OC07', 'AB12']))}
"""


def g_idoc(d):
    core = mpan_core()
    g, s = person()
    addr, pcd, town = d.addr()
    return f"""EDI_DC40  {d.k('idoc', str(R.randint(10 ** 15, 10 ** 16 - 1)))} ISU_MDR  {d.k('version', '740')}
E1EVERH   {d.k('timestamp', ts('%Y%m%d'))}  {R.choice(['REG01', 'COS02'])}
E1EANLZ   ANLAGE {d.k('row_id', str(R.randint(1000000000, 9999999999)))}  EXT_UI {d.mpan(core, fancy=False)}
E1EGERZ   SERNR  {d.serial('elec_serial', variant=False)}  MATNR {d.k('product', R.choice(['SM-E-SMETS2', 'SM-E-CRED', 'SM-G-SMETS2']))}
E1BPART   NAME_FIRST {g}  NAME_LAST {s}
E1ADRC    STREET {addr}  POST_CODE1 {d.pc(pcd, variant=False)}
"""


def g_curl(d):
    core = mpan_core()
    ms = elec_serial()
    return f"""$ curl -s -X POST https://api-uit.example.org/v2/meterpoints/search -H 'Content-Type: application/json' -d '{{"mpan":"{d.mpan(core, fancy=False)}"}}' -v
> POST /v2/meterpoints/search HTTP/1.1
> Host: api-uit.example.org
> X-Correlation-ID: {d.k('guid', guid())}
>
< HTTP/1.1 {d.k('error', R.choice(['200 OK', '404 Not Found', '409 Conflict']))}
< Content-Type: application/json
< Date: {ts('%a, %d %b %Y %H:%M:%S')} GMT
<
{{"mpanCore":"{d.mpan(core, form=core)}","meters":[{{"serial":"{d.serial('elec_serial', s=ms, variant=False)}","type":"{d.k('product', R.choice(['S2ADE', 'RCAMR', 'NSS']))}"}}],"postcode":"{d.pc(postcode()[0], variant=False)}","version":"{d.k('version', version())}"}}
"""


def g_defect(d):
    core = mpan_core()
    return f"""DEFECT REPORT
=============
ID:            {d.k('defect', defect())}
Raised:        {d.k('timestamp', ts('%d/%m/%Y %H:%M'))}
Test case:     {d.k('tc_ref', tc_ref())}  step {R.randint(1, 9)}
Severity:      {d.k('severity', R.choice(['Sev 1', 'Sev 2', 'Sev 3', 'Sev 4']))}   Priority: {R.choice(['P1', 'P2', 'P3'])}
Environment:   {d.k('env', R.choice(['UIT', 'SIT-A']))}  build {d.k('version', version())}

Summary
-------
{R.choice(['D0150 rejected for valid MTC', 'IF-031 ack not received', 'Wrong LLFC applied after CoS'])}

Detail
------
Test data {d.k('mpan_ref', mpan_ref())} (MPAN {d.mpan(core)}) was used. The {d.k('flow', R.choice(['D0150', 'IF-031', 'D0010']))}
was rejected with {d.k('error', R.choice(['E_SCHEMA_017', 'MTC_INVALID', 'E13']))}. Meter {d.serial('elec_serial')} is a {d.k('product', R.choice(['SMETS2 ESME', 'SMETS1 ESME']))}.
{R.choice([lambda: f"Site address {d.addr()[0]} {d.pc(postcode()[0])}.", lambda: f"Premises: {d.addr(flat=True)[0]}.", lambda: ""])()}
Workaround: none.
"""


def g_witness(d):
    core = mpan_core()
    return f"""Witness session minutes – {d.k('tc_ref', tc_ref())}
Date/time: {d.k('timestamp', ts('%d %B %Y %H:%M'))}
Attendees: DCC witness, Supplier test lead, Supplier tester
Purpose: SEC release witness test ({d.k('srv', R.choice(['SRV 8.1.1', 'SRV 4.1.1', 'SRV 11.2']))})

1. Preconditions confirmed. Test data ref {d.k('td_ref', td_ref())}.
2. Command sent to ESME {d.eui()}; response {d.k('error', R.choice(['I0', 'E4']))} received after {d.k('count', str(R.randint(2, 60)))}s.
3. Witness asked to see the MPAN on screen ({d.mpan(core)}) – agreed it will be masked in the pack.
4. Gas: GSME {d.eui()} / gas meter {d.serial('gas_serial')} joined.
5. Observation raised: {d.k('defect', defect())}.

Outcome: {d.k('status', R.choice(['Accepted', 'Accepted with observations', 'Not accepted']))}
"""
