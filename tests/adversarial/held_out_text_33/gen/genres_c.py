"""Bills, tickets, pasted notes, event streams (genres C)."""
import json
from common import *


def g_bill(d):
    g, s = person()
    core = mpan_core()
    pcl, mtc, llfc = mpan_top()
    addr, pcd, town = d.addr()
    top = f"S   {pcl}   {mtc}   {llfc}"
    bot = f"    {core[:2]}   {core[2:6]}   {core[6:10]}   {core[10:]}"
    d.s("mpan", bot, canon=core, note="bill box")
    return f"""                                                   Page 1 of 3
   {d.name(g, s, title=True)}
   {addr}
   {d.pc(pcd, variant=False)}
                                             Account number  {d.acct()}
                                             Bill date       {d.k('timestamp', ts('%d %B %Y'))}

   Your electricity supply number
{top}
{bot}

   Meter serial number   {d.serial('elec_serial', variant=False)}
   Previous reading      {d.k('reading', str(R.randint(10000, 60000)))} (A)
   Present reading       {d.k('reading', str(R.randint(10000, 60000)))} (E)

   Energy charges                                  {d.k('amount', money())}
   Standing charge  {R.randint(28, 95)} days @ {R.randint(40, 60)}.{R.randint(10, 99)}p         {d.k('amount', money())}
   VAT @ 5%                                        {d.k('amount', money())}
   Tariff: {d.k('product', R.choice(['Fixed 12M v4', 'Standard Variable', 'Economy 7 Fixed']))}
"""


def g_snow(d):
    g, s = person()
    core = mpan_core()
    inc = d.k("defect", f"INC{R.randint(1000000, 9999999)}")
    return f"""Number: {inc}
Opened: {d.k('timestamp', ts('%Y-%m-%d %H:%M:%S'))}
Caller: Test Ops
Category: Smart Metering / Comms
Short description: {R.choice(['CH offline after install', 'No response to SRV 4.1.1', 'Duplicate MPAN association'])}
Description:
Engineer onsite at {d.addr()[0]} ({d.pc(postcode()[0])}) reports comms hub {d.eui()} not joining.
Customer {d.name(g, s)} contactable on {d.phone()}.
MPAN {d.mpan(core)} / MSN {d.serial('elec_serial')}
Work notes:
{ts('%Y-%m-%d %H:%M:%S')} - Assigned to CSP-N resolver group. Ref {d.k('case_id', 'CSP' + str(R.randint(100000, 999999)))}
{ts('%Y-%m-%d %H:%M:%S')} - WAN coverage confirmed, {d.k('count', str(R.randint(1, 4)))} retries.
State: {d.k('status', R.choice(['In Progress', 'Resolved', 'On Hold - Awaiting Caller']))}
"""


def g_pasted(d):
    """free text pasted from Word/Outlook/PDF - obfuscations happen here"""
    core = mpan_core()
    core2 = mpan_core()
    ms = elec_serial()
    pcd, town = postcode()
    h = eui64()
    gs = gas_serial()
    sv = R.choice([
        lambda: sprinkle(core, R.randint(2, 4)),
        lambda: "\u2066" + core + "\u2069",
        lambda: split_groups(core, [4, 4, 5], "\u2063"),
        lambda: "\u200e" + split_groups(core, [2, 4, 4], " ") + "\u200f",
        lambda: split_groups(core, [3, 3, 3, 4], R.choice(["_", ":", "+", ",", "."])),
        lambda: split_groups(core, [2, 4, 4], "     "),
        lambda: "".join(c + "\ufe0f" if i % 4 == 1 else c for i, c in enumerate(core)),
    ])()
    items = [
        f"MPAN (from the customer's bill): {d.s('mpan', sv, canon=core, note='obfuscated')}",
        f"second MPAN {d.mpan(core2, form=split_groups(core2, [2, 4, 4], R.choice(['-', ' - ', '.', ' / '])))} is the export",
        f"meter serial {d.s('elec_serial', R.choice([ms.lower(), ' '.join(ms), ms[:3] + '-' + ms[3:], sprinkle(ms, 1)]), canon=ms.lower())}",
        f"post code {d.s('postcode', R.choice([pcd.replace(' ', chr(160)), pcd.replace(' ', '  '), pcd.replace(' ', '-'), pcd.replace(' ', '_'), pcd.lower(), pcd.replace(' ', '')]), canon=pcd.replace(' ', '').lower())}",
        f"CHF id {d.s('device_id', R.choice([eui_form(h, 'dot'), eui_form(h, '0x'), eui_form(h, 'lowerdash'), eui_form(h, 'space'), '0x' + h.lower()]), canon=h.lower())}",
        f"gas meter {d.s('gas_serial', R.choice([gs.lower(), gs[:3] + ' ' + gs[3:], gs]), canon=gs.lower())}",
    ]
    R.shuffle(items)
    intro = R.choice(["Notes copied from the evidence doc:", "As discussed – details below (pasted from the PDF)",
                      f"Pre-reqs for {d.k('tc_ref', tc_ref())}:"])
    return intro + "\n" + "\n".join(("• " if R.random() < 0.5 else "- ") + it for it in items) + f"\n\nlogged {d.k('timestamp', ts())} by tester, build {d.k('version', version())}\n"


def g_ndjson(d):
    out = []
    for _ in range(R.randint(4, 10)):
        ev = R.choice([
            lambda: {"event": "MeterReadReceived", "mpan": d.mpan(fancy=False), "read": d.k("reading", str(R.randint(0, 99999))), "at": d.k("timestamp", ts() + "Z")},
            lambda: {"event": "DeviceCommissioned", "deviceId": d.eui(style=R.choice(["dash", "plain"])), "type": "ESME", "at": ts() + "Z"},
            lambda: {"event": "CustomerMoved", "name": d.name(), "newPostcode": d.pc(postcode()[0], variant=False)},
            lambda: {"event": "FlowSent", "flow": d.k("flow", R.choice(["D0010", "D0055", "IF-031"])), "messageId": d.k("guid", guid())},
            lambda: {"event": "GasReadReceived", "mprn": d.mprn(), "msn": d.serial("gas_serial", variant=False)},
        ])()
        out.append(json.dumps(ev))
    return "\n".join(out) + "\n"


def g_register(d):
    out = [f"# test data register export {ts('%Y-%m-%d')} – {R.choice(['SIT', 'UIT'])} – CONFIDENTIAL", "ref,kind,value,notes"]
    for _ in range(R.randint(4, 9)):
        k = R.choice(["mpan", "mpan", "msn", "mprn", "gas_msn", "chf"])
        ref = d.k("mpan_ref" if k == "mpan" else "td_ref", mpan_ref() if k == "mpan" else td_ref())
        val = {"mpan": lambda: d.mpan(fancy=False), "msn": lambda: d.serial("elec_serial", variant=False), "mprn": lambda: d.mprn(),
               "gas_msn": lambda: d.serial("gas_serial", variant=False), "chf": lambda: d.eui()}[k]()
        out.append(f"{ref},{k},{val},{R.choice(['', 'reserved', 'in use ' + d.k('tc_ref', tc_ref())])}")
    return "\n".join(out) + "\n"


def g_soap(d):
    core = mpan_core()
    g, s = person()
    addr, _t, pcd, town = d.address()
    return f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:mop="urn:example:mop:jobs:v3">
 <soapenv:Header><mop:TraceId>{d.k('guid', guid())}</mop:TraceId></soapenv:Header>
 <soapenv:Body>
  <mop:CreateJobRequest>
   <mop:JobType>{d.k('product', R.choice(['EXCH-S2', 'INST-DF', 'INV-FAULT']))}</mop:JobType>
   <mop:Mpan>{d.mpan(core, fancy=False)}</mop:Mpan>
   <mop:MeterSerial>{d.serial('elec_serial', variant=False)}</mop:MeterSerial>
   <mop:SiteContact><mop:Name>{d.name(g, s)}</mop:Name><mop:Phone>{d.phone()}</mop:Phone></mop:SiteContact>
   <mop:SiteAddress><mop:Line1>{d.s('address', addr.rsplit(', ', 1)[0], tokens=[w for w in addr.split() if w.isalpha() and w.lower() not in STREET_WORDS][:1])}</mop:Line1><mop:Town>{town}</mop:Town><mop:Postcode>{d.pc(pcd, variant=False)}</mop:Postcode></mop:SiteAddress>
   <mop:Appointment>{d.k('timestamp', ts())}</mop:Appointment>
  </mop:CreateJobRequest>
 </soapenv:Body>
</soapenv:Envelope>
"""


def g_ado_comment(d):
    core = mpan_core()
    return R.choice([
        lambda: f"""Test run {d.k('run_id', str(R.randint(100000, 999999)))} - step {R.randint(1, 8)} comment
MPAN reference: {d.k('mpan_ref', mpan_ref())}
Payload attached as IF-031.txt, DIP response attached as dip_response.txt.
NB the response echoes the MPAN ({d.mpan(core)}) in J0003 so redact before upload!
Outcome: {d.k('status', R.choice(['Passed', 'Failed']))}""",
        lambda: f"""@{R.choice(['Lena Fox', 'Tom Reid'])} evidence for {d.k('tc_ref', tc_ref())} uploaded. Site was {d.addr()[0]}, {d.pc(postcode()[0])}; meter swapped {d.serial('elec_serial')} -> {d.serial('elec_serial')}. Work item {d.k('work_item', str(R.randint(40000, 90000)))} updated.""",
        lambda: f"""Blocked: waiting on {d.k('defect', defect())}. DIP id {d.k('dip_id', dip_id())} not receiving PUB-047. Tried with MPAN {d.mpan(core)} and again with gas MPRN {d.mprn()}.""",
    ])() + "\n"


def g_sms(d):
    return f"""SMS log export {ts('%Y-%m-%d')}
to,{d.k('count', '1')} message,template,sent
{d.phone()},"Hi {d.s('name', (g := person())[0], tokens=[g[0]])}, your smart meter appointment at {d.addr()[0]} is confirmed for {ts('%d/%m')} AM.",{d.k('product', 'APPT_CONF_V2')},{d.k('timestamp', ts())}
{d.phone()},"Your engineer is on the way. Ref {d.k('case_id', 'FJ' + str(R.randint(1000000, 9999999)))}",{d.k('product', 'ENG_OTW_V1')},{ts()}
"""
