import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common as C, chrome as CH
R = C.R
BASE = """
body{margin:0;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:14px;overflow:hidden}
body.light{background:#f4f6f8;color:#1d2630} body.dark{background:#15191e;color:#dde3ea}
.light .card{background:#fff;border:1px solid #d5dbe1} .dark .card{background:#1f252c;border:1px solid #39424c}
.card{border-radius:6px;padding:10px 14px;margin:8px}
.top{padding:8px 16px;font-weight:bold} .light .top{background:#0b4f6c;color:#fff} .dark .top{background:#0a2a38;color:#cfe}
.lbl{color:#6b7785;font-size:12px;margin-right:6px} .dark .lbl{color:#8b97a5}
table{border-collapse:collapse} td,th{padding:3px 7px;text-align:left}
.light td,.light th{border-bottom:1px solid #e3e7eb} .dark td,.dark th{border-bottom:1px solid #333b44}
.sbox{border:1.5px solid currentColor;display:inline-table;margin:6px 0}
.sbox td{border:1px solid currentColor;padding:1px 8px;text-align:center;font-family:'DejaVu Sans Mono',monospace}
.sbox td.S{font-size:2.2em;font-weight:bold;padding:0 10px;font-family:'DejaVu Sans',sans-serif}
.field{display:inline-block;border:1px solid #9aa5b1;border-radius:3px;padding:3px 8px;min-width:150px}
.light .field{background:#fff} .dark .field{background:#10141a}
.row{margin:5px 0} .flex{display:flex} .col{flex:1}
.pill{border-radius:9px;padding:1px 7px;font-size:12px} .light .pill{background:#e2f3e7} .dark .pill{background:#244a30}
"""

def sbox(p, pt, with_s=True, cls="sbox"):
    pc, mtc, llf = C.mpan_top(); core = C.mpan_core()
    top = f"{pc} {mtc} {llf}"; tid = "t%d" % R.randint(0, 10**9); cid = "c%d" % R.randint(0, 10**9)
    p.sec[tid] = (top, "mpan_top"); p.sec[cid] = (C.fmt_core(core), "mpan_core")
    def cell(v, sid): return f'<td><span data-s="{sid}">{v}</span></td>'
    s_cell = '<td class="S" rowspan="2">S</td>' if with_s else ''
    h = f'<table class="{cls}" style="font-size:{pt}pt"><tr>{s_cell}{cell(pc,tid)}{cell(mtc,tid)}<td colspan="2">{"<span data-s=%s>%s</span>" % (tid, llf)}</td></tr>'
    h += f'<tr>{cell(core[:2],cid)}{cell(core[2:6],cid)}{cell(core[6:10],cid)}{cell(core[10:],cid)}</tr></table>'
    return h

def portal(scale, theme, w=1280, h=720, idx=0):
    p = CH.Page(); n = C.name()
    items = []
    sb = sbox(p, [10, 12, 14, 11][idx % 4], with_s=(idx % 2 == 0))
    mp = C.mprn(); es = C.elec_serial(); gs = C.gas_serial(); ihd = C.eui(); ch = C.eui()
    body = f"""<div class=top>{p.k('Brightwater Energy')} &nbsp; {p.k('My account')} &nbsp;·&nbsp; {p.k('Bills')} &nbsp;·&nbsp; {p.k('Meter readings')} &nbsp;·&nbsp; {p.k('Help')}</div>
<div class=flex><div class="card col"><h3>{p.k('Account holder')}</h3>
<div class=row><span class=lbl>Name</span>{p.s(n,'name')}</div>
<div class=row><span class=lbl>Supply address</span>{p.s(C.street(),'address')}, {p.s(C.town(),'address')}</div>
<div class=row><span class=lbl>Postcode</span>{p.s(C.postcode(),'postcode')}</div>
<div class=row><span class=lbl>Phone</span>{p.s(C.phone(),'phone')}</div>
<div class=row><span class=lbl>Email</span>{p.s(C.email(n),'email')}</div>
<div class=row><span class=lbl>Account number</span>{p.s(C.acct(),'account')}</div>
<div class=row>{p.k('Balance')}: {p.k('£142.37 in credit')} &nbsp; <span class=pill>{p.k('Active')}</span></div>
</div>
<div class="card col"><h3>{p.k('Electricity supply')}</h3><div class=lbl>{p.k('Supply number (MPAN)')}</div>{sb}
<div class=row><span class=lbl>{p.k('Meter serial')}</span><span class=field>{p.s(es,'meter_serial')}</span></div>
<div class=row><span class=lbl>{p.k('Tariff')}</span>{p.k('Standard Variable (Economy 7)')}</div>
<div class=row><span class=lbl>{p.k('Last reading')}</span>{p.k('2026-11-28 07:42')} &nbsp; {p.k('41 873 kWh')}</div>
</div>
<div class="card col"><h3>{p.k('Gas supply')}</h3>
<div class=row><span class=lbl>{p.k('MPRN')}</span><span class=field>{p.s(mp,'mprn')}</span></div>
<div class=row><span class=lbl>{p.k('Gas supply point')}</span><span class=field>{p.s(C.mprn(),'mprn')}</span></div>
<div class=row><span class=lbl>{p.k('Gas meter serial')}</span><span class=field>{p.s(gs,'meter_serial')}</span></div>
<div class=row><span class=lbl>{p.k('IHD GUID')}</span>{p.s(C.eui_fmt(ihd),'device_id')}</div>
<div class=row><span class=lbl>{p.k('Comms hub')}</span>{p.s(C.eui_fmt(ch, ':'),'device_id')}</div>
<div class=row><span class=lbl>{p.k('SMETS version')}</span>{p.k('SMETS2 GBCS v4.0')}</div>
</div></div>
<div class=card>{p.k('Payments')}: <table><tr><th>{p.k('Date')}</th><th>{p.k('Reference')}</th><th>{p.k('Amount')}</th><th>{p.k('Status')}</th></tr>
<tr><td>{p.k('2026-11-01')}</td><td>{p.k('DD-NOV-2026')}</td><td>{p.k('£96.00')}</td><td>{p.k('Collected')}</td></tr>
<tr><td>{p.k('2026-10-01')}</td><td>{p.k('DD-OCT-2026')}</td><td>{p.k('£96.00')}</td><td>{p.k('Collected')}</td></tr></table></div>"""
    return p, body

def dip(scale, theme):
    p = CH.Page()
    flows = ["IF-021", "IF-031", "PUB-011", "IF-013", "PUB-033", "IF-036"]; stat = ["Accepted", "Delivered", "Rejected", "Pending", "Acknowledged"]
    rows = ""
    for i in range(13):
        core = C.mpan_core()
        mid = "DIP-MSG-%08d" % R.randint(10**7, 10**8 - 1)
        tc = "TC_%s_%03d" % (R.choice(["SIT", "UIT", "LDSO", "FM_TS_1"]), R.randint(1, 400))
        mpan_disp = core if i % 3 else C.fmt_core(core)
        rows += f"<tr><td>{p.k(mid)}</td><td>{p.k(R.choice(flows))}</td><td>{p.s(mpan_disp,'mpan_core')}</td><td>{p.k(tc)}</td><td>{p.k('2026-11-%02d %02d:%02d:%02d' % (R.randint(1,28),R.randint(0,23),R.randint(0,59),R.randint(0,59)))}</td><td>{p.k(R.choice(stat))}</td></tr>"
    core = C.mpan_core()
    body = f"""<div class=top>{p.k('DIP Message Tracker')} — {p.k('Environment: SIT-B')}</div>
<div class=flex><div class="card" style="flex:3"><table><tr><th>{p.k('Message ID')}</th><th>{p.k('Flow')}</th><th>{p.k('MPAN')}</th><th>{p.k('Test case')}</th><th>{p.k('Timestamp (UTC)')}</th><th>{p.k('Status')}</th></tr>{rows}</table></div>
<div class="card" style="flex:2;font-family:'DejaVu Sans Mono',monospace;font-size:12px;white-space:pre">{p.k('Payload')} (IF-021)
{{
  "mpan": "{p.s(core,'mpan_core')}",
  "meterSerial": "{p.s(C.elec_serial(),'meter_serial')}",
  "esmeId": "{p.s(C.eui_fmt(C.eui(),''),'device_id')}",
  "readingDate": "2026-11-21",
  "registerId": "{p.k('R1')}",
  "reading": 18342.7
}}
{p.k('Response: 202 Accepted')}
{p.k('Correlation')} {p.k('DIP-COR-00481123')}</div></div>"""
    return p, body

def crm(scale, theme):
    p = CH.Page(); n = C.name(); core = C.mpan_core(); f = C.fmt_core(core)
    core2 = C.mpan_core()
    body = f"""<div class=top>{p.k('Helix CRM')} › {p.k('Customers')} › {p.s(n,'name')}</div>
<div class=flex><div class="card" style="width:300px"><h3>{p.k('Contact')}</h3>
<div class=row>{p.s(n,'name')}</div><div class=row>{p.s(C.street(),'address')}</div><div class=row>{p.s(C.town(),'address')}</div>
<div class=row>{p.s(C.postcode(),'postcode')}</div><div class=row><span class=lbl>{p.k('Mobile')}</span>{p.s(C.phone(),'phone')}</div>
<div class=row><span class=lbl>{p.k('Email')}</span>{p.s(C.email(n),'email')}</div>
<div class=row><span class=lbl>{p.k('Priority services')}</span>{p.k('PSR code 14')}</div></div>
<div class="card" style="width:260px"><h3>{p.k('Case notes')}</h3>
<div style="font-size:14px;line-height:1.5">{p.k('2026-11-30 10:14')} Customer called about estimated bill. Confirmed supply number {p.s(f,'mpan_core','w1',shown=f[:7])}<br>{p.s(f,'mpan_core','w1',shown=f[8:])} and read back the meter serial {p.s(C.elec_serial(),'meter_serial')}.<br><br>
{p.k('2026-11-27 16:02')} Export MPAN {p.s(core2,'mpan_core','w2',shown=core2[:6])}<br>{p.s(core2,'mpan_core','w2',shown=core2[6:])} registered; awaiting {p.k('IF-031')}.</div></div>
<div class="card col"><h3>{p.k('Supplies')}</h3><table><tr><th>{p.k('Fuel')}</th><th>{p.k('Identifier')}</th><th>{p.k('Meter')}</th><th>{p.k('Status')}</th></tr>
<tr><td>{p.k('Electricity')}</td><td>{p.s(C.mpan_core(),'mpan_core')}</td><td>{p.s(C.elec_serial(),'meter_serial')}</td><td>{p.k('Live')}</td></tr>
<tr><td>{p.k('Gas')}</td><td>{p.s(C.mprn(),'mprn')}</td><td>{p.s(C.gas_serial(),'meter_serial')}</td><td>{p.k('Live')}</td></tr></table>
<h3>{p.k('Open tickets')}</h3><div class=row>{p.k('INC-20931')} {p.k('Billing query')} — {p.k('£38.20')} {p.k('disputed')}</div>
<div class=row>{p.k('TC_LDSO_118')} {p.k('evidence attached')}</div>
<div style="position:absolute;left:1225px;top:130px;transform:rotate(-90deg);transform-origin:left top;white-space:nowrap;font-size:13px">{p.s(C.mpan_core(),'mpan_core')}</div>
</div></div>"""
    return p, body

def install(scale, theme):
    p = CH.Page(); mp = C.mprn(); mpid = "b%d" % R.randint(0, 10**9); p.sec[mpid] = (mp, "mprn")
    cells = "".join(f'<span class=bx data-s="{mpid}">{d}</span>' for d in mp)
    core = C.mpan_core(); cid = "b%d" % R.randint(0, 10**9); p.sec[cid] = (core, "mpan_core")
    cells2 = "".join(f'<span class=bx data-s="{cid}">{d}</span>' for d in core)
    dev = C.eui(); gs = C.gas_serial().lower(); es = C.elec_serial()
    body = f"""<div class=top>{p.k('MeterFit Install')} &nbsp; {p.k('Job 4471-B')}</div>
<div class=card><b>{p.k('Step 3 of 6')}</b> — {p.k('Commission devices')}<div class=row><span class=lbl>{p.k('Customer')}</span>{p.s(C.name(),'name')}</div>
<div class=row><span class=lbl>{p.k('Site')}</span>{p.s(C.postcode(),'postcode')}</div></div>
<div class=card><div class=lbl>{p.k('Gas MPRN')}</div><div>{cells}</div><div class=lbl>{p.k('Electricity MPAN core')}</div><div>{cells2}</div></div>
<div class=card><div class=row><span class=lbl>{p.k('ESME serial')}</span>{p.s(' '.join([es[:3], es[3:6], es[6:]]),'meter_serial')}</div>
<div class=row><span class=lbl>{p.k('GSME serial')}</span>{p.s(gs,'meter_serial')}</div>
<div class=row><span class=lbl>{p.k('PPMID')}</span>{p.s(C.eui_fmt(dev,'.'),'device_id')}</div>
<div class=row><span class=lbl>{p.k('CHF ID')}</span>{p.s(C.eui_fmt(C.eui(),'.').lower(),'device_id')}</div>
<div class=row>{p.k('Signal: -71 dBm')} · {p.k('HAN: OK')}</div></div>
<div class=card><button style="font-size:16px">{p.k('Pair PPMID')}</button> <button style="font-size:16px">{p.k('Commission')}</button></div>"""
    css = ".bx{display:inline-block;width:1.3em;text-align:center;border:1px solid #7a8793;margin:1px;font:18px 'DejaVu Sans Mono',monospace;padding:3px 0}"
    return p, body, css

def email(scale, theme):
    p = CH.Page(); n = C.name(); n2 = C.name(); pc, mtc, llf = C.mpan_top(); core = C.mpan_core()
    tid, cid = "et", "ec"; p.sec[tid] = (f"{pc} {mtc} {llf}", "mpan_top"); p.sec[cid] = (C.fmt_core(core), "mpan_core")
    art = (f"     +--------------------------+\n"
           f"     |  <span data-s=et>{pc}   {mtc}   {llf}</span>         |\n"
           f"  S  |                          |\n"
           f"     |  <span data-s=ec>{core[:2]}   {core[2:6]}  {core[6:10]}  {core[10:]}</span>  |\n"
           f"     +--------------------------+")
    core2 = C.mpan_core()
    lst = "".join(f"<div style='padding:6px;border-bottom:1px solid #8884'><b>{p.s(C.name(),'name')}</b><br>{p.k(subj)}<br><span class=lbl>{p.k(t)}</span></div>"
                  for subj, t in [("Re: TC_SIT_044 evidence", "09:12"), ("DIP rejection IF-031", "Yesterday"), ("Witness test slot", "Mon 14:00"), ("Defect DEF-2231 retest", "Fri")])
    body = f"""<div class=top>{p.k('Inbox')} — {p.k('Outlook Web')}</div><div class=flex><div class=card style="width:290px">{lst}</div>
<div class="card col"><h3>{p.k('Re: TC_SIT_044 evidence')}</h3><div class=lbl>From {p.s(n,'name')} &lt;{p.s(C.email(n),'email')}&gt; · To {p.s(C.email(n2),'email')}</div>
<p>Hi {p.s(n2.split()[0] + ' ' + n2.split()[1],'name')},</p><p>The customer's bill shows the supply number below; please re-run {p.k('TC_SIT_044')} against it:</p>
<pre style="font-size:13px">{art}</pre>
<p>The export supply is {p.s(C.fmt_core(core2),'mpan_core','e2',shown=C.fmt_core(core2)[:7])}<br>{p.s('', 'mpan_core','e2',shown=C.fmt_core(core2)[8:])} and the gas meter {p.s(C.gas_serial(),'meter_serial')}.</p>
<p>Thanks,<br>{p.s(n,'name')}<br>{p.k('Test Lead, SIT')}<br>{p.s(C.phone(),'phone')}</p></div></div>"""
    return p, body

def chat(scale, theme):
    p = CH.Page()
    people = [C.name() for _ in range(3)]
    es = C.elec_serial(); gsn = C.gas_serial(); mp = C.mprn(); d = C.eui()
    msgs = [
        (people[0], "10:02", f"morning — {p.k('TC_UIT_207')} failed again on {p.k('IF-021')}"),
        (people[1], "10:04", f"which MPAN? is it {p.s(C.mpan_core(),'mpan_core')}"),
        (people[0], "10:05", f"no, {p.s(C.fmt_core(C.mpan_core()),'mpan_core')} — meter {p.s(es.lower()[:3]+' '+es.lower()[3:6]+' '+es.lower()[6:],'meter_serial')}"),
        (people[2], "10:07", f"gas side mprn {p.s(mp[:4]+' '+mp[4:7]+' '+mp[7:],'mprn')}, serial {p.s(gsn.lower(),'meter_serial')}"),
        (people[1], "10:09", f"IHD shows {p.s(C.eui_fmt(d,'.'),'device_id')} so pairing worked"),
        (people[2], "10:11", f"{p.k('Status: Resolved')} — raised {p.k('DEF-2231')} for the {p.k('£0.00')} bill line"),
    ]
    h = "".join(f"<div class=card><b>{p.s(a,'name')}</b> <span class=lbl>{p.k(t)}</span><div style='margin-top:4px;font-size:15px'>{m}</div></div>" for a, t, m in msgs)
    body = f"<div class=top>{p.k('# sit-defects')} · {p.k('Teams')}</div><div style='width:900px'>{h}</div>"
    return p, body

def sbox_page(scale, theme):
    p = CH.Page(); cards = ""
    for i, (pt, ws) in enumerate([(10, True), (11, False), (12, True), (13, True), (14, False), (12, False)]):
        inv = " style='background:#222;color:#eee'" if (i % 3 == 2) != (theme == 'dark') else ""
        cards += f"<div class=card{inv} style='display:inline-block;vertical-align:top;width:360px'><div>{p.k('Property %d' % (i+1))} — {p.s(C.street(),'address')}</div><div class=lbl>{p.k('Your supply number')}</div>{sbox(p, pt, ws)}<div>{p.k('Tariff: Fixed Nov 2027')}</div></div>"
    body = f"<div class=top>{p.k('Landlord statement')} · {p.k('Supply points')}</div>{cards}"
    return p, body

def main():
    jobs = [
        ("chr_portal_100_light.png", portal, 1.0, "light", "portal_sbox_mprn", 1366, 768, {"idx": 0}),
        ("chr_portal_125_dark.png", portal, 1.25, "dark", "portal_sbox_mprn", 1280, 720, {"idx": 1}),
        ("chr_portal_150_light.png", portal, 1.5, "light", "portal_sbox_mprn", 1280, 720, {"idx": 2}),
        ("chr_portal_100_dark.png", portal, 1.0, "dark", "portal_sbox_mprn", 1366, 768, {"idx": 3}),
        ("chr_dip_100_light.png", dip, 1.0, "light", "dip_tracker_dense", 1366, 768, {}),
        ("chr_dip_125_light.png", dip, 1.25, "light", "dip_tracker_dense", 1280, 720, {}),
        ("chr_dip_150_dark.png", dip, 1.5, "dark", "dip_tracker_dense", 1280, 720, {}),
        ("chr_crm_100_light.png", crm, 1.0, "light", "crm_wrap_rot90", 1366, 768, {}),
        ("chr_crm_125_dark.png", crm, 1.25, "dark", "crm_wrap_rot90", 1280, 720, {}),
        ("chr_crm_150_light.png", crm, 1.5, "light", "crm_wrap_rot90", 1280, 720, {}),
        ("chr_install_100_dark.png", install, 1.0, "dark", "install_boxed_dotted_lower", 412, 860, {}),
        ("chr_install_150_light.png", install, 1.5, "light", "install_boxed_dotted_lower", 412, 860, {}),
        ("chr_email_100_light.png", email, 1.0, "light", "email_ascii_sbox_wrap", 1366, 768, {}),
        ("chr_email_125_dark.png", email, 1.25, "dark", "email_ascii_sbox_wrap", 1280, 720, {}),
        ("chr_chat_100_dark.png", chat, 1.0, "dark", "chat_spaced_lower", 1366, 768, {}),
        ("chr_chat_150_light.png", chat, 1.5, "light", "chat_spaced_lower", 1280, 720, {}),
        ("chr_sbox_100_light.png", sbox_page, 1.0, "light", "sbox_sizes", 1280, 720, {}),
        ("chr_sbox_125_dark.png", sbox_page, 1.25, "dark", "sbox_sizes", 1300, 820, {}),
    ]
    for fname, fn, sc, th, case, w, h, kw in jobs:
        r = fn(sc, th, **kw)
        p, body = r[0], r[1]; css = CH_BASE_CSS = BASE + (r[2] if len(r) > 2 else "")
        CH.render(p, body, css, fname, w, h, sc, th, case)

if __name__ == "__main__":
    main()
