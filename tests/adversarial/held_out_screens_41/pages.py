from common import *
import html as H
class P:
    def __init__(self, rec): self.r = rec; self.n = 0
    def S(self, kind, value, shown=None, tag="span", cls=""):
        sh = self.r.s(kind, value, shown); i = len(self.r.d["secrets"])-1
        return f'<{tag} class="{cls}" data-t="s{i}">{H.escape(sh)}</{tag}>'
    def K(self, value, tag="span", cls=""):
        self.r.k(value); i = len(self.r.d["keeps"])-1
        return f'<{tag} class="{cls}" data-t="k{i}">{H.escape(value)}</{tag}>'

BASE_CSS = """
body{margin:0;font-family:%(font)s;font-size:14px}
body.light{--bg:#f4f6f9;--card:#fff;--fg:#1d2733;--mut:#5d6b7a;--bd:#c9d2dc;--acc:#0a6ebd;--hd:#e9eef4}
body.dark{--bg:#15191e;--card:#1f252c;--fg:#e3e8ee;--mut:#97a3b0;--bd:#3a444f;--acc:#5fb0f5;--hd:#262d35}
body{background:var(--bg);color:var(--fg)}
.card{background:var(--card);border:1px solid var(--bd);border-radius:6px;padding:14px 18px;margin:12px}
.mut{color:var(--mut)} table{border-collapse:collapse} td,th{border:1px solid var(--bd);padding:4px 8px;text-align:left}
th{background:var(--hd)} .lbl{color:var(--mut);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.sbox{display:inline-grid;grid-template-columns:auto auto;border:2px solid var(--fg);padding:4px 10px;column-gap:12px;align-items:center}
.sbox .S{grid-row:1/3;font-size:44px;font-weight:bold;line-height:1}
.sbox .row{font-family:'Liberation Mono',monospace;font-size:17px;letter-spacing:.12em;word-spacing:.4em}
.sbox .row.top{border-bottom:1px solid var(--fg)}
.top{display:flex;gap:18px;align-items:center;background:var(--acc);color:#fff;padding:8px 16px}
"""
BOXSCRIPT = """<script>
document.title=JSON.stringify([...document.querySelectorAll('[data-t]')].map(e=>{const r=e.getBoundingClientRect();return [e.dataset.t,Math.round(r.x),Math.round(r.y),Math.round(r.width),Math.round(r.height)]}));
</script>"""
def page(body, theme, font="'Liberation Sans',Arial,sans-serif", css=""):
    return f"<html><head><meta charset=utf-8><style>{BASE_CSS % dict(font=font)}{css}</style></head><body class={theme}>{body}{BOXSCRIPT}</body></html>"

def sbox(p, m, pc=None, mtc=None, llfc=None, with_s=True):
    pc = pc or R.choice(["01","02","03","04","05","08","00"]); mtc = mtc or R.choice(["801","845","393","151","302","860"]); llfc = llfc or R.choice(["812","021","516","205","A12".replace("A","3")])
    core = sbox_core(m)
    s = '<div class="S">S</div>' if with_s else ''
    return f'<div class="sbox">{s}<div class="row top">{pc} &nbsp;{mtc} &nbsp;{llfc}</div><div class="row">{p.S("mpan", m, core)}</div></div>'

def portal(p, theme):
    n = person(); m = mpan(); g = mprn(); es = elec_serial(); gs = gas_serial(); a = address(); pc = R.choice(PCS)
    acct = f"{R.randint(10000000,99999999)}"
    body = f"""<div class=top><b style="font-size:20px">BrightGrid Energy</b><span>My account</span><span>Bills</span><span>Meter readings</span><span style="margin-left:auto">Signed in as {p.S('name', n)}</span></div>
<div class=card><h2 style="margin:0 0 6px">{p.K('Your supply details')}</h2><div class=mut>{p.K('Account number')} {p.K(acct)} · {p.K('Tariff')}: {p.K('Flex Octo-Saver v3.2')}</div></div>
<div style="display:flex">
<div class=card style="flex:1"><div class=lbl>{p.K('Electricity')}</div><p>Supply address: {p.S('address', a)}, {p.S('postcode', pc)}</p>
<p>{p.K('Supply number (MPAN)')}</p>{sbox(p, m)}
<p>{p.K('Meter serial')}: <b>{p.S('elec_serial', es)}</b> &nbsp; {p.K('Register')} {p.K('R01')} · {p.K('Last reading')} {p.K('045821')} kWh on {p.K('02/12/2026')}</p></div>
<div class=card style="flex:1"><div class=lbl>{p.K('Gas')}</div>
<table><tr><th>{p.K('MPRN')}</th><td>{p.S('mprn', g)}</td></tr><tr><th>{p.K('Gas supply point')}</th><td>{p.S('mprn', g)}</td></tr>
<tr><th>{p.K('Meter serial')}</th><td>{p.S('gas_serial', gs)}</td></tr><tr><th>{p.K('Last reading')}</th><td>{p.K('08812.4')} m³</td></tr>
<tr><th>{p.K('Balance')}</th><td>{p.K('£142.37')} credit</td></tr></table>
<p class=mut>{p.K('Reference')} {p.K('TC-QT-LDSO-0142')} · {p.K('Ticket')} {p.K('INC0048213')}</p></div></div>"""
    return body

def dip_tracker(p, theme):
    rows = []
    for i in range(10):
        m = mpan()
        fl = R.choice(["IF-031","IF-033","PUB-013","IF-036","IF-021","PUB-046","IF-034"])
        mid = "DIP-" + "%012X" % R.getrandbits(48)
        cid = guid()
        ts = f"2026-12-0{R.randint(1,4)}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}.{R.randint(0,999):03d}Z"
        st = R.choice(["Delivered","Acknowledged","Rejected","Pending"])
        if i in (2,6):
            mp = p.S("mpan", m, m[:10] + "…")  # truncated cell still shows 10 digits
        elif i == 4:
            mp = f'<mark>{p.S("mpan", m)}</mark>'
        else:
            mp = p.S("mpan", m)
        rows.append(f"<tr><td>{p.K(mid)}</td><td>{p.K(fl)}</td><td class=mpan>{mp}</td><td>{p.K(cid)}</td><td>{p.K(ts)}</td><td>{p.K(st)}</td></tr>")
    body = f"""<div class=top><b>{p.K('DIP Message Tracker')}</b><span>{p.K('Environment')}: {p.K('SIT-B')}</span><span style="margin-left:auto">{p.K('Search')}: <input value="" style="width:160px"></span></div>
<div class=card><div class=mut>{p.K('Filter')}: {p.K('Market role')} = {p.K('LDSO')} · {p.K('Messages')} {p.K('1-10 of 2,481')}</div>
<table style="margin-top:8px;font-size:13px"><tr><th>{p.K('Message ID')}</th><th>{p.K('Interface')}</th><th>{p.K('MPAN')}</th><th>{p.K('Correlation ID')}</th><th>{p.K('Received (UTC)')}</th><th>{p.K('Status')}</th></tr>{''.join(rows)}</table></div>"""
    css = "td.mpan{max-width:120px;white-space:nowrap;overflow:hidden} mark{background:#ffe45c;color:#000}"
    return body, css

def crm(p, theme):
    n = person(); a = address(); pc = R.choice(PCS); ph = phone(); em = email(n); m = mpan(); g = mprn(); es = elec_serial(); ch = eui64()
    m2 = mpan()
    body = f"""<div class=top><b>{p.K('Customer 360')}</b><span>{p.K('Case')} {p.K('CAS-20931-K7Q2')}</span><span style="margin-left:auto">{p.K('Agent: QA Tester 3')}</span></div>
<div style="display:flex"><div class=card style="width:380px"><h3 style="margin:0">{p.S('name', n)}</h3>
<p>{p.S('address', a)}<br>{p.S('postcode', pc)}</p><p>{p.K('Phone')}: {p.S('phone', ph)}<br>{p.K('Email')}: {p.S('email', em)}</p>
<p>{p.K('Priority Services Register')}: {p.K('No')}</p></div>
<div class=card style="flex:1;position:relative"><table><tr><th>{p.K('MPAN')}</th><td>{p.S('mpan', m)}</td><th>{p.K('MTC')}</th><td>{p.K('845')}</td></tr>
<tr><th>{p.K('MPRN')}</th><td>{p.S('mprn', g)}</td><th>{p.K('LLFC')}</th><td>{p.K('812')}</td></tr>
<tr><th>{p.K('Meter')}</th><td>{p.S('elec_serial', es)}</td><th>{p.K('SSC')}</th><td>{p.K('0393')}</td></tr>
<tr><th>{p.K('Comms hub')}</th><td><span style="text-decoration:underline dotted">{p.K('CHF installed')}</span></td><th>{p.K('SMETS')}</th><td>{p.K('SMETS2')}</td></tr></table>
<div style="position:absolute;left:150px;top:118px;background:#ffffe1;color:#000;border:1px solid #777;padding:3px 6px;font-size:12px;box-shadow:2px 2px 4px #0005">{p.K('GUID')}: {p.S('eui64', ch)}</div>
<h4>{p.K('Notes')}</h4><div style="width:330px;font-size:13px">Customer called re {p.K('D0010')} not received. Old MPAN on account was {p.S('mpan', m2)} before the {p.K('CoS')} on {p.K('14/11/2026')}; raised {p.K('SR-448213')}.</div></div></div>"""
    return body

def outlook(p, theme):
    n = person(); m = mpan(); ph = phone(); em = email(n); es = elec_serial(); a = address(); pc = R.choice(PCS)
    body = f"""<div style="display:flex;height:100vh"><div style="width:260px;background:var(--hd);padding:8px;font-size:13px">
<div><b>{p.K('Inbox')}</b> {p.K('37')}</div><hr><div><b>{p.S('name', n)}</b><br>RE: Meter exchange — MPAN {p.S('mpan', m)}</div><hr><div>{p.K('DCC Service Desk')}<br>{p.K('SRV 8.1')} failure {p.K('INC-0992231')}</div><hr><div>{p.K('Elexon Testing')}<br>{p.K('QT window 4 schedule')}</div></div>
<div style="flex:1;padding:14px"><h2 style="margin:0">RE: Meter exchange — MPAN {p.S('mpan', m)}</h2>
<div class=mut>{p.S('name', n)} &lt;{p.S('email', em)}&gt; · {p.K('Wed 02/12/2026 09:41')}</div>
<div style="width:430px;margin-top:14px;line-height:1.45">Hi team, the engineer attended {p.S('address', a)} {p.S('postcode', pc)} today. Old meter {p.S('elec_serial', es)} removed, reading {p.K('045821')}. Please re-send the {p.K('D0150')} for supply {p.S('mpan', m, m[:7]+' '+m[7:])} as the first attempt was rejected with {p.K('reason code 02')}.</div>
<p>Kind regards<br>{p.S('name', n)}<br>{p.K('Field Operations')} · {p.S('phone', ph)}</p></div></div>"""
    return body

def teams(p, theme):
    es = elec_serial(); gs = gas_serial(); ch = eui64(); g = mprn(); m = mpan()
    es_l = " ".join([es[:4], es[4:]]).lower()
    gs_sp = " ".join(gs[i:i+4] for i in range(0, len(gs), 4))
    ch_dot = ch.replace("-","").lower(); ch_dot = ".".join(ch_dot[i:i+4] for i in range(0,16,4))
    def bub(who, text, me=False):
        c = "#5b5fc7" if me else ("#2b2f36" if theme=="dark" else "#ffffff")
        fg = "#fff" if (me or theme=="dark") else "#222"
        return f'<div style="display:flex;justify-content:{"flex-end" if me else "flex-start"};margin:8px 16px"><div style="max-width:460px;background:{c};color:{fg};border-radius:8px;padding:8px 12px"><div style="font-size:11px;opacity:.8">{who}</div>{text}</div></div>'
    body = f"""<div class=top style="background:#464775"><b>{p.K('MHHS QT – LDSO war room')}</b><span>{p.K('Chat')}</span><span>{p.K('Files')}</span></div>
{bub(p.K('Priya (Test Lead) 10:02'), f"anyone seen the {p.K('IF-031')} for meter {p.S('elec_serial', es, es_l)}? not in the tracker")}
{bub(p.K('You 10:04'), f"yes, it went out at {p.K('09:58')}; the gas one is {p.S('gas_serial', gs, gs_sp)} on MPRN {p.S('mprn', g)}", True)}
{bub(p.K('Sam (DCC) 10:05'), f"CH device id is {p.S('eui64', ch, ch_dot)} – {p.K('SRV 8.11')} returned {p.K('E12')}")}
{bub(p.K('You 10:07'), f"ok, raising defect {p.K('DEF-1187')} against {p.S('mpan', m)} and linking {p.K('TC-QT-LDSO-0142')}", True)}"""
    return body

CYC = 'QT' + chr(92) + 'Cycle 3'
def ado(p, theme):
    m = mpan(); es = elec_serial(); n = person(); a = address(); pc = R.choice(PCS)
    body = f"""<div class=top style="background:#0078d4"><b>{p.K('Azure DevOps')}</b><span>{p.K('MHHS-Programme')} / {p.K('QT-Defects')}</span></div>
<div class=card><div class=mut>{p.K('Bug')} {p.K('118842')}</div><h2 style="margin:4px 0">{p.K('IF-033 rejected')} for MPAN {p.S('mpan', m)} after {p.K('D0086')}</h2>
<table><tr><th>{p.K('State')}</th><td>{p.K('Active')}</td><th>{p.K('Severity')}</th><td>{p.K('2 - High')}</td></tr><tr><th>{p.K('Iteration')}</th><td>{p.K(CYC)}</td><th>{p.K('Found in')}</th><td>{p.K('v4.18.2')}</td></tr></table>
<h4>{p.K('Repro Steps')}</h4><ol><li>Load {p.K('TC-QT-LDSO-0217')} step {p.K('4')} with site {p.S('address', a)}, {p.S('postcode', pc)}</li><li>Send {p.K('IF-021')} with meter {p.S('elec_serial', es)}</li><li>Observe {p.K('PUB-046')} not published within {p.K('15')} minutes</li></ol>
<h4>{p.K('Attachments')}</h4><div>{p.K('payload_if021_step4.txt')} · {p.K('response_20261202.json')} · {p.K('evidence_pack_v3.docx')}</div><div class=mut>{p.K('Created by')} {p.S('name', n)}</div></div>"""
    return body

def terminal(p, theme):
    lines = []
    lines.append(f'<span class=pl1> qa@sit-b </span><span class=pl2> ~/harness </span><span class=pl3> main </span> {p.K("psql -c")} "select mpan_core, meter_serial, reading from reads where batch = 88213;"')
    lines.append(f" {p.K('mpan_core')}     | {p.K('meter_serial')} | {p.K('reading')}")
    lines.append("---------------+--------------+---------")
    for _ in range(4):
        lines.append(f" {p.S('mpan', mpan())} | {p.S('elec_serial', elec_serial()).ljust(12)} | {p.K(str(R.randint(1000,99999)).rjust(7))}")
    lines.append(p.K("(4 rows)"))
    ts = bad13(); a = address(); pc = R.choice(PCS); g = mprn()
    lines.append(f'{p.K("2026-12-02 10:14:07,331")} INFO  {p.K("harness.dip")} epochMs={p.K(ts)} msg={p.K(guid())} flow={p.K("IF-036")}')
    lines.append(f'{p.K("2026-12-02 10:14:07,512")} WARN  {p.K("harness.addr")} customer address {p.S("address", a)}, {p.S("postcode", pc)} not matched')
    lines.append(f'{p.K("2026-12-02 10:14:08,004")} ERROR {p.K("harness.gas")} MPRN={p.S("mprn", g)} rejected code={p.K("ERR-4471")}')
    body = '<pre style="margin:0;padding:10px;font-family:\'DejaVu Sans Mono\',monospace;font-size:14px;line-height:1.35;color:#33ff66;background:#000;min-height:100vh">' + "\n".join(lines) + "</pre>"
    css = ".pl1{background:#2a7ab0;color:#fff}.pl2{background:#444;color:#fff}.pl3{background:#6a3;color:#000}"
    return body, css

def sapgrid(p, theme):
    rows = ""
    for _ in range(8):
        rows += f"<tr><td>{p.K(str(R.randint(4000000000,4099999999)))}</td><td>{p.S('mpan', mpan())}</td><td>{p.S('elec_serial', elec_serial())}</td><td>{p.K(R.choice(['ZE_DOM_1R','ZE_E7','ZE_HH']))}</td><td>{p.K('01.12.2026')}</td><td style='text-align:right'>{p.K(f'{R.randint(100,9999)},{R.randint(0,999):03d}')}</td></tr>"
    body = f"""<div style="background:linear-gradient(#dfe9f5,#c4d4e8);padding:4px 8px;font-size:12px">{p.K('Menu')}  {p.K('Edit')}  {p.K('Goto')}  {p.K('System')}  {p.K('Help')}</div>
<div style="background:#eef3f8;padding:6px 8px;font-weight:bold">{p.K('Display Installation: Overview')} ({p.K('ES32')})</div>
<div style="padding:8px;background:#f7f9fb;color:#000">{p.K('Installation')} <span style="background:#fff;border:1px solid #8aa;padding:1px 6px">{p.K('4000218831')}</span> &nbsp; {p.K('Point of delivery')} <span style="background:#fff;border:1px solid #8aa;padding:1px 6px">{p.S('mpan', mpan())}</span></div>
<table style="font-family:'Liberation Sans Narrow',sans-serif;font-size:13px;background:#fff;color:#000;margin:8px"><tr style="background:#d5e1ee"><th>{p.K('Installation')}</th><th>{p.K('Ext. PoD ID')}</th><th>{p.K('Device')}</th><th>{p.K('Rate cat.')}</th><th>{p.K('Valid from')}</th><th>{p.K('Cons. kWh')}</th></tr>{rows}</table>
<div style="position:fixed;bottom:0;left:0;right:0;background:#dfe9f5;padding:3px 8px;font-size:12px;color:#000">{p.K('PRD (1) 200')} | {p.K('sapqt01')} | {p.K('INS')}</div>"""
    return body

def mobile(p, theme):
    n = person(); m = mpan(); es = elec_serial(); g = mprn()
    body = f"""<div class=top style="font-size:15px"><b>{p.K('Home')}</b><span style="margin-left:auto">{p.K('9:41')}</span></div>
<div class=card><div class=mut>Hi {p.S('name', n.split()[-2] if len(n.split())>2 else n.split()[0])}</div><h2 style="margin:4px 0">{p.K('£38.20')} <span class=mut style="font-size:13px">{p.K('in credit')}</span></h2></div>
<div class=card><div class=lbl>{p.K('Electricity supply number')}</div><div style="transform-origin:left top;transform:scale(.8);margin-top:6px">{sbox(p, m)}</div>
<div style="font-size:13px">{p.K('Meter')} {p.S('elec_serial', es)}</div></div>
<div class=card><div class=lbl>{p.K('Gas')}</div><div style="font-size:13px">{p.K('MPRN')} {p.S('mprn', g)}</div><div style="font-size:13px">{p.K('Next reading due')} {p.K('15 Dec')}</div></div>"""
    return body

def chart(p, theme):
    m1, m2 = mpan(), mpan()
    bars = "".join(f'<rect x="{60+i*34}" y="{260-h}" width="24" height="{h}" fill="#3a8dde"/>' for i,h in enumerate([R.randint(40,200) for _ in range(14)]))
    fg = "#ddd" if theme=="dark" else "#222"
    body = f"""<div class=card><h3 style="margin:0">Half-hourly consumption – {p.S('mpan', m1)}</h3>
<svg width="760" height="330" style="font-family:Liberation Sans;font-size:12px"><g fill="{fg}">{bars}
<text x="10" y="20">kWh</text><text x="60" y="285">{p.K('01/12')}</text><text x="230" y="285">{p.K('03/12')}</text><text x="400" y="285">{p.K('05/12')}</text>
<text x="560" y="40">■ Import {m2[:0]}</text><text x="575" y="60" data-t="s{len(p.r.d['secrets'])}">{p.r.s('mpan', m2)}</text>
<text x="575" y="80" data-t="k{len(p.r.d['keeps'])}">{p.r.k('Peak 4.82 kWh')}</text>
<text transform="translate(40,250) rotate(-90)">{p.K('Settlement period')}</text></g></svg></div>"""
    return body

def gradient(p, theme):
    m = mpan(); g = mprn(); m3 = mpan(); es = elec_serial()
    cells = "".join(f'<span style="display:inline-block;width:22px;height:28px;border:1px solid #333;text-align:center;line-height:28px;font-size:18px;margin-right:-1px">{c}</span>' for c in m3)
    p.r.s("mpan", m3, " ".join(m3))
    body = f"""<div style="background:linear-gradient(90deg,#0d47a1,#00bfa5);color:#fff;padding:28px;font-size:22px">Your new smart meter is ready · MPAN {p.S('mpan', m)}</div>
<div style="background:#ffeb3b;color:#333;padding:14px;font-size:16px">{p.K('Action needed')}: confirm gas point {p.S('mprn', g)} by {p.K('18/12/2026')}</div>
<div style="background:linear-gradient(#fff,#cfd8dc);padding:20px;color:#000"><div style="font-family:'DejaVu Serif';font-size:15px">{p.K('Form E-17')}: {p.K('Supply number')} (one digit per box)</div>{cells}
<div style="margin-top:14px;font-family:'DejaVu Serif';font-weight:bold">{p.K('Meter serial number')}: {p.S('elec_serial', es, es.lower())}</div>
<div style="margin-top:8px">{sbox(p, mpan(), with_s=False)}</div></div>"""
    return body

def keeps_heavy(p, theme):
    rows = ""
    for _ in range(12):
        rows += f"<tr><td>{p.K('ORD-' + str(R.randint(10**11, 10**12-1)))}</td><td>{p.K(guid())}</td><td>{p.K('DIP-' + '%012X' % R.getrandbits(48))}</td><td>{p.K(bad13())}</td><td>{p.K('£' + f'{R.randint(1,9999):,}.{R.randint(0,99):02d}')}</td><td>{p.K(f'{R.randint(0,999999):06d}')}</td><td>{p.K(R.choice(['D0010','D0150','IF-031','PUB-013','SRV 8.1','D0086']))}</td></tr>"
    m = mpan()
    body = f"""<div class=card><h3 style="margin:0">{p.K('Settlement reconciliation – batch')} {p.K('RB-2026-12-0419')}</h3><div class=mut>{p.K('Only one supply in scope')}: {p.S('mpan', m)}</div>
<table style="margin-top:8px;font-size:13px"><tr><th>{p.K('Order')}</th><th>{p.K('Correlation')}</th><th>{p.K('DIP id')}</th><th>{p.K('epochMs')}</th><th>{p.K('Amount')}</th><th>{p.K('Reading')}</th><th>{p.K('Flow')}</th></tr>{rows}</table></div>"""
    return body
