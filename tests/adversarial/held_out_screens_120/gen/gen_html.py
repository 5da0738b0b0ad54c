import sys, json, os, html as H
sys.path.insert(0, os.path.dirname(__file__))
from ids import Gen
from chrome import Page, render, merge_lines
ROOT = '/tmp/ho55/screens'
THEMES = {
 'light': dict(bg='#ffffff', fg='#1d1d1f', mut='#5f6368', pane='#f3f4f6', line='#d0d4da', acc='#1a5fb4', hl='#e8f0fe', kw='#8250df', st='#0a6b2d', num='#b35900'),
 'dark':  dict(bg='#1e1f22', fg='#e6e6e6', mut='#9aa0a6', pane='#2b2d31', line='#3c3f44', acc='#8ab4f8', hl='#26344a', kw='#c792ea', st='#a5d6a7', num='#f9ae58'),
}
def css(th, extra=''):
    t = THEMES[th]
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;background:{t['bg']};color:{t['fg']};font:13px 'Liberation Sans',sans-serif}}
.mut{{color:{t['mut']}}} .pane{{background:{t['pane']}}} .acc{{color:{t['acc']}}}
table{{border-collapse:collapse}} td,th{{border-bottom:1px solid {t['line']};padding:2px 6px;text-align:left;white-space:nowrap}}
th{{background:{t['pane']};font-weight:600}}
.kw{{color:{t['kw']}}} .st{{color:{t['st']}}} .num{{color:{t['num']}}}
{extra}</style></head><body>"""

# ---------------- A: Wireshark-like Zigbee SE capture -----------------
def wireshark(g, th):
    P = Page(); t = THEMES[th]
    nodes = [g.eui('lc:') for _ in range(6)]
    rows = []
    for n in range(1, 19):
        s, d = g.r.sample(range(6), 2)
        cl = g.r.choice([('Metering','0x0702'),('Price','0x0700'),('Messaging','0x0703'),('Basic','0x0000')])
        rows.append(f"<tr><td>{P.t(str(4100+n*3),'frame','keep')}</td><td>{P.t(f'{g.r.randint(10,999)}.{g.r.randint(100000,999999)}','time','keep')}</td>"
                    f"<td>{P.t(nodes[s],'eui64')}</td><td>{P.t(nodes[d],'eui64')}</td><td>ZCL</td><td>{g.r.randint(40,127)}</td>"
                    f"<td>{P.t('Read Attributes Response, Cluster: '+cl[0]+' ('+cl[1]+')','info','keep')}</td></tr>")
    mpan = g.core(); msn = g.eserial(); src = nodes[0]
    det = [
      f"▸ Frame 4112: 96 bytes on wire (768 bits), {P.t('96 bytes captured','info','keep')}",
      f"▸ IEEE 802.15.4 Data, Dst: 0x0000, Src: 0x{g.r.randint(4096,65535):04x}",
      f"▾ ZigBee Network Layer Data, Dst: 0x0000, Src: 0x3f21",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Extended Source: {P.t(src,'eui64')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Security Header: {P.t('Key Sequence Number: 117','info','keep')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Extended Nonce Source: {P.t(nodes[3].upper().replace(':',''),'eui64')}",
      f"▾ ZigBee Cluster Library Frame, Command: Read Attributes Response, Seq: 88",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Attribute: MeterSerialNumber (0x0308): {P.t(msn,'serial_e')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Attribute: SiteID (0x0307): {P.t(mpan,'mpan_core')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Attribute: CurrentSummationDelivered (0x0000): {P.t(g.reading(),'reading','keep')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Attribute: CustomerIDNumber (0x0311): {P.t(g.account(),'account')}",
      f"&nbsp;&nbsp;&nbsp;&nbsp;Comment: GSME {P.t(g.gserial(),'serial_g')}",
    ]
    hexrows = ''.join(f"<div>{o:04x}&nbsp;&nbsp;{' '.join('%02x'%g.r.randint(0,255) for _ in range(16))}</div>" for o in range(0, 96, 16))
    body = f"""<div class="pane" style="padding:4px 8px;border-bottom:1px solid {t['line']}">File  Edit  View  Go  Capture  Analyze  Statistics  Telephony  Wireless  Tools  Help
    &nbsp;&nbsp;|&nbsp;&nbsp;<b>han_capture_{P.t(g.testref(),'testref','keep')}.pcapng</b></div>
    <div style="padding:4px 8px">Apply a display filter … <span style="background:{t['hl']};padding:1px 6px">zbee_zcl && wpan.src64 == {P.t(nodes[0],'eui64')}</span></div>
    <table style="width:100%;font-size:12px"><tr><th>No.</th><th>Time</th><th>Source</th><th>Destination</th><th>Protocol</th><th>Length</th><th>Info</th></tr>{''.join(rows)}</table>
    <div style="font:12px 'DejaVu Sans Mono',monospace;padding:6px 8px;border-top:2px solid {t['line']}">{'<br>'.join(det)}</div>
    <div style="font:12px 'DejaVu Sans Mono',monospace;padding:6px 8px;border-top:2px solid {t['line']}" class="mut">{hexrows}</div>
    <div class="pane" style="padding:3px 8px;font-size:11px">Packets: 4121 · Displayed: 18 (0.4%) · Profile: Default · {P.t(g.version(),'version','keep')}</div>"""
    return css(th) + body + '</body></html>', P

# ---------------- B: Jupyter notebook with a pandas DataFrame -----------------
def jupyter(g, th):
    P = Page(); t = THEMES[th]
    rows = []
    for i in range(14):
        nm = g.name(); mprn = g.mprn()
        rows.append(f"<tr><th>{i}</th><td>{P.t(g.core(),'mpan_core')}</td><td>{P.t(mprn+'.0','mprn')}</td><td>{P.t(g.eserial(),'serial_e')}</td>"
                    f"<td>{P.t(nm,'name')}</td><td>{P.t(g.postcode(),'postcode')}</td><td>{P.t(g.reading().replace(' kWh',''),'reading','keep')}</td>"
                    f"<td>{P.t(g.testref(),'testref','keep')}</td><td>{P.t(g.flow(),'flow','keep')}</td></tr>")
    nm = g.name()
    d = {'mpan': g.core(), 'msn': g.eserial(), 'customer': nm, 'addr1': g.street(), 'postcode': g.postcode(), 'phone': g.phone(), 'email': g.email(nm), 'ticket': g.ticket(), 'uuid': g.uuid()}
    kinds = {'mpan':'mpan_core','msn':'serial_e','customer':'name','addr1':'address','postcode':'postcode','phone':'phone','email':'email','ticket':('ticket','keep'),'uuid':('uuid','keep')}
    parts = []
    for k, v in d.items():
        kd = kinds[k]; kind, role = (kd, 'id') if isinstance(kd, str) else kd
        parts.append(f"'{k}': '{P.t(v, kind, role)}'")
    out = '{' + ', '.join(parts) + '}'
    body = f"""<div class="pane" style="padding:6px 12px;border-bottom:1px solid {t['line']}">📓 <b>{P.t('uit_ldso_fixture_check','nb','keep')}.ipynb</b> &nbsp; <span class="mut">Kernel: Python 3 (ipykernel) · last saved {P.t(g.ts(),'ts','keep')}</span></div>
<div style="padding:8px 16px">
<div style="font:13px 'DejaVu Sans Mono',monospace"><span class="mut">In [7]:</span> df = pd.read_csv(<span class="st">"fixtures/uit/meter_points.csv"</span>)<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;df.head(<span class="num">14</span>)</div>
<div style="margin:6px 0 0 70px;font-size:12px"><span class="mut">Out[7]:</span>
<table><tr><th></th><th>mpan</th><th>mprn</th><th>msn</th><th>customer</th><th>postcode</th><th>read_kwh</th><th>test_ref</th><th>flow</th></tr>{''.join(rows)}</table></div>
<div style="font:13px 'DejaVu Sans Mono',monospace;margin-top:8px"><span class="mut">In [8]:</span> print(df.loc[3].to_dict())</div>
<div style="margin:4px 0 0 70px;width:720px;font:12.5px 'DejaVu Sans Mono',monospace;white-space:pre-wrap;word-break:break-all">{out}</div>
<div style="font:13px 'DejaVu Sans Mono',monospace;margin-top:8px"><span class="mut">In [9]:</span> df.dtypes</div>
<div style="margin:4px 0 0 70px;font:12px 'DejaVu Sans Mono',monospace;white-space:pre">mpan          int64
mprn        float64   <span class="mut"># NaN in row 41 -> float</span>
msn          object</div></div>"""
    return css(th) + body + '</body></html>', P

# ---------------- C: GitLab-like blame of a CSV fixture -----------------
def blame(g, th):
    P = Page(); t = THEMES[th]
    lines = ['mpan,pc,mtc,llfc,msn,customer,address,postcode,phone,test_ref']
    lines_html = [H.escape(lines[0])]
    for n in range(22):
        pc, mtc, ll = g.top(); nm = g.name()
        cells = [P.t(g.core(),'mpan_core'), pc, mtc, ll, P.t(g.eserial() if n%3 else g.gserial(),'serial_e' if n%3 else 'serial_g'),
                 '"'+P.t(nm,'name')+'"', '"'+P.t(g.street(),'address')+'"', P.t(g.postcode(),'postcode'), P.t(g.phone(),'phone'), P.t(g.testref(),'testref','keep')]
        lines_html.append(f'<span class="acc">,</span>'.join(cells))
    blocks = []
    i = 0; ln = 1
    while i < len(lines_html):
        k = g.r.randint(2, 6)
        sha = g.sha()
        msg = g.r.choice(['Add LDSO fixtures for', 'Fix check digits for', 'Rebase fixtures onto', 'Anonymise rows for'])
        left = f"<div style='width:330px;padding:4px 8px;border-right:1px solid {t['line']};font-size:12px'><span class='acc'>{P.t(sha,'sha','keep')}</span> {msg} {P.t(g.ticket(),'ticket','keep')}<br><span class='mut'>qa-bot · {P.t(g.ts()[:10],'date','keep')}</span></div>"
        right = ''.join(f"<div style='white-space:pre'><span class='mut' style='display:inline-block;width:28px;text-align:right;margin-right:10px'>{ln+j}</span>{x}</div>" for j, x in enumerate(lines_html[i:i+k]))
        blocks.append(f"<div style='display:flex;border-bottom:1px solid {t['line']}'>{left}<div style='padding:2px 6px;font:12px \"DejaVu Sans Mono\",monospace'>{right}</div></div>")
        ln += len(lines_html[i:i+k]); i += k
    body = f"""<div class="pane" style="padding:8px 14px;border-bottom:1px solid {t['line']}">energy-qa / uit-harness &rsaquo; fixtures &rsaquo; uit &rsaquo; <b>meter_points.csv</b> &nbsp;<span class="mut">Blame · {P.t(g.version(),'version','keep')} · branch {P.t('feature/'+g.testref().lower(),'branch','keep')}</span></div>{''.join(blocks)}"""
    return css(th) + body + '</body></html>', P

# ---------------- D: meter-exchange wizard with S-box chips and an old-style-numeral letter -----------------
def wizard(g, th):
    P = Page(); t = THEMES[th]
    pc, mtc, ll = g.top(); core = g.core()
    top = P.multi([pc, mtc, ll], 'mpan_top', cls='chip')
    cr = P.multi([core[:2], core[2:6], core[6:10], core[10:]], 'mpan_core', cls='chip')
    old, new = g.eserial(), g.eserial(); eu_old, eu_new = g.eui('-'), g.eui('-')
    nm = g.name(); st = g.street(); tw = g.town(); pcd = g.postcode(); mprn = g.mprn()
    steps = ''.join(f"<span style='margin-right:18px'><b style='display:inline-block;width:20px;height:20px;border-radius:10px;background:{t['acc'] if k<3 else t['line']};color:{t['bg']};text-align:center'>{k}</b> {s}</span>" for k, s in enumerate(['Site access','Remove meter','Commission ESME','Pair IHD','Close job'], 1))
    def fld(label, val, kind, role='id'):
        return f"<div style='border:1px solid {t['line']};border-radius:4px;padding:14px 10px 6px;position:relative;margin:10px 0'><span style='position:absolute;top:-8px;left:8px;background:{t['bg']};padding:0 4px;font-size:11px' class='mut'>{label}</span>{P.t(val,kind,role)}</div>"
    letter_core = g.core(); letter_msn = g.eserial(); nm2 = g.name(); pc2 = g.postcode(); ph = g.phone(); acct = g.account()
    body = f"""<div class="pane" style="padding:10px 16px;border-bottom:1px solid {t['line']}"><b>FieldForce</b> · Job {P.t(g.ticket(),'ticket','keep')} · {P.t(g.testref(),'testref','keep')} · Smart meter exchange</div>
<div style="padding:12px 16px">{steps}</div>
<div style="display:flex;gap:18px;padding:0 16px">
 <div style="flex:1;border:1px solid {t['line']};border-radius:8px;padding:12px">
  <div class="mut" style="font-size:11px;margin-bottom:6px">SUPPLY NUMBER</div>
  <div style="display:flex;align-items:center;gap:10px"><div style="width:44px;height:44px;border-radius:22px;border:2px solid {t['fg']};font:bold 28px 'Liberation Sans';text-align:center;line-height:44px">S</div>
  <div><div>{' '.join(top)}</div><div style="margin-top:4px">{' '.join(cr)}</div></div></div>
  {fld('Customer', nm, 'name')}{fld('Address', st + ', ' + tw, 'address')}{fld('Postcode', pcd, 'postcode')}
  {fld('Gas supply point (MPRN)', mprn, 'mprn')}
 </div>
 <div style="flex:1;border:1px solid {t['line']};border-radius:8px;padding:12px">
  <div class="mut" style="font-size:11px">BEFORE &rarr; AFTER</div>
  <table style="width:100%;margin-top:6px"><tr><th></th><th>Removed</th><th></th><th>Installed</th></tr>
  <tr><td>Meter serial</td><td>{P.t(old,'serial_e')}</td><td>&rarr;</td><td>{P.t(new,'serial_e')}</td></tr>
  <tr><td>ESME ID</td><td>{P.t(eu_old,'eui64')}</td><td>&rarr;</td><td>{P.t(eu_new,'eui64')}</td></tr>
  <tr><td>Register</td><td>{P.t(g.reading(),'reading','keep')}</td><td>&rarr;</td><td>{P.t(g.reading(),'reading','keep')}</td></tr>
  <tr><td>Flow sent</td><td>{P.t(g.flow(),'flow','keep')}</td><td></td><td>{P.t(g.dip(),'dip','keep')}</td></tr>
  <tr><td>Completed</td><td colspan=3>{P.t(g.ts(),'ts','keep')}</td></tr></table>
  {fld('Contact phone', g.phone(), 'phone')}{fld('Contact e-mail', g.email(nm), 'email')}
 </div></div>
<div style="margin:14px 16px;padding:14px 18px;border-left:4px solid {t['acc']};font:15px 'Noto Sans',sans-serif;font-feature-settings:'onum' 1;line-height:1.55;max-width:860px" class="pane">
Dear {P.t(nm2,'name')}, thank you for letting our engineer in. Your new smart meter, serial {P.t(letter_msn,'serial_e')}, is now recording for supply number {P.t(letter_core,'mpan_core')}.
Your account {P.t(acct,'account')} will move to the new tariff from {P.t('01/12/2026','date','keep')}; the opening reading was {P.t(g.reading(),'reading','keep')}. If anything looks wrong, call us on {P.t(ph,'phone')} or write to us quoting {P.t(g.ticket(),'ticket','keep')}; our engineer Will {P.t('will retest the IHD pairing','words','keep')} at {P.t(pc2,'postcode')} next week.</div>"""
    return css(th, ".chip{display:inline-block;border:1px solid %s;border-radius:11px;padding:1px 8px;font:600 15px 'DejaVu Sans Mono',monospace;margin-right:2px}" % t['line']) + body + '</body></html>', P

# ---------------- E: Gherkin feature file in an IDE -----------------
def gherkin(g, th):
    P = Page(); t = THEMES[th]
    L = []
    L.append(f"<span class='kw'>@{P.t(g.testref(),'testref','keep')}</span> <span class='kw'>@ldso</span> <span class='kw'>@{P.t(g.flow(),'flow','keep')}</span>")
    L.append(f"<span class='kw'>Feature:</span> Change of supplier on a half-hourly MPAN ({P.t(g.mpanref(),'mpanref','keep')})")
    L.append("")
    L.append(f"&nbsp;&nbsp;<span class='kw'>Background:</span>")
    L.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='kw'>Given</span> the registration service holds MPAN <span class='st'>\"{P.t(g.core(),'mpan_core')}\"</span> for <span class='st'>\"{P.t(g.name(),'name')}\"</span>")
    L.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='kw'>And</span> the gas meter <span class='st'>\"{P.t(g.gserial(),'serial_g')}\"</span> is on MPRN <span class='st'>\"{P.t(g.mprn(),'mprn')}\"</span>")
    L.append("")
    L.append(f"&nbsp;&nbsp;<span class='kw'>Scenario Outline:</span> Appointment flow {P.t(g.flow(),'flow','keep')} is accepted within {P.t('30 minutes','words','keep')}")
    L.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='kw'>When</span> the supplier sends <span class='st'>&lt;flow&gt;</span> for <span class='st'>&lt;mpan&gt;</span> with serial <span class='st'>&lt;msn&gt;</span>")
    L.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='kw'>Then</span> the DIP returns <span class='st'>&lt;expected&gt;</span> and the customer <span class='st'>&lt;customer&gt;</span> at <span class='st'>&lt;postcode&gt;</span> is notified")
    L.append("")
    L.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='kw'>Examples:</span>")
    rows = [['mpan', 'msn', 'customer', 'postcode', 'device', 'flow', 'expected']]
    kinds = [('mpan_core','id'),('serial_e','id'),('name','id'),('postcode','id'),('eui64','id'),('flow','keep'),('result','keep')]
    for _ in range(13):
        rows.append([g.core(), g.eserial(), g.name(), g.postcode(), g.eui(''), g.flow(), g.r.choice(['ACCEPTED','REJECTED E41','ACCEPTED','TIMEOUT'])])
    w = [max(len(r[c]) for r in rows) for c in range(7)]
    for ri, r in enumerate(rows):
        cells = []
        for c in range(7):
            v = r[c]; pad = '&nbsp;' * (w[c] - len(v))
            cells.append((H.escape(v) if ri == 0 else P.t(v, *kinds[c])) + pad)
        L.append("&nbsp;" * 6 + "<span class='mut'>|</span> " + " <span class='mut'>|</span> ".join(cells) + " <span class='mut'>|</span>")
    code = ''.join(f"<div style='white-space:pre'><span class='mut' style='display:inline-block;width:34px;text-align:right;margin-right:14px'>{n}</span>{x}</div>" for n, x in enumerate(L, 1))
    body = f"""<div class="pane" style="padding:6px 12px;border-bottom:1px solid {t['line']};font-size:12px">features / ldso / <b>cos_hh_{P.t(g.mpanref().lower(),'mpanref','keep')}.feature</b> — uit-harness</div>
<div style="display:flex"><div class="pane" style="width:170px;padding:8px;font-size:12px;line-height:1.8">EXPLORER<br>▾ features<br>&nbsp;▾ ldso<br>&nbsp;&nbsp;cos_hh.feature<br>&nbsp;&nbsp;d0010_reads.feature<br>▸ steps<br>▸ fixtures</div>
<div style="padding:8px;font:12.5px 'DejaVu Sans Mono',monospace;line-height:1.5">{code}</div></div>
<div class="pane" style="padding:3px 10px;font-size:11px">Ln 18, Col 7 · UTF-8 · Gherkin · {P.t(g.version(),'version','keep')} · Cucumber {P.t('7.18.1','version','keep')}</div>"""
    return css(th) + body + '</body></html>', P

# ---------------- F: workflow run history with escaped JSON in inputs/outputs -----------------
def flowrun(g, th):
    P = Page(); t = THEMES[th]
    cards = []
    for k in range(4):
        nm = g.name(); core = g.core(); mprn = g.mprn(); em = g.email(nm); pcd = g.postcode(); ser = g.eserial()
        inner = (f'{{\\"mpan\\":\\"{P.t(core,"mpan_core")}\\",\\"mprn\\":\\"{P.t(mprn,"mprn")}\\",\\"customerName\\":\\"{P.t(nm,"name")}\\",'
                 f'\\"postcode\\":\\"{P.t(pcd,"postcode")}\\",\\"msn\\":\\"{P.t(ser,"serial_e")}\\",\\"flow\\":\\"{P.t(g.flow(),"flow","keep")}\\"}}')
        cards.append(f"""<div style='border:1px solid {t['line']};border-radius:6px;margin:8px 0;padding:8px 12px'>
<div><b>{P.t(['HTTP - Receive DIP webhook','Parse_JSON','Send_an_email_(V2)','Create_ADO_work_item'][k],'step','keep')}</b> <span class='mut'>· {P.t(g.r.choice(['0.4s','1.2s','38ms','2.7s']),'dur','keep')} · Succeeded</span></div>
<div class='mut' style='font-size:11px;margin-top:4px'>INPUTS</div>
<div style='font:12px "DejaVu Sans Mono",monospace;white-space:pre-wrap;word-break:break-all;background:{t['pane']};padding:6px;max-width:1060px'>{{ "body": "{inner}", "headers": {{ "x-dip-id": "{P.t(g.dip(),'dip','keep')}", "x-correlation-id": "{P.t(g.uuid(),'uuid','keep')}" }}, "to": "{P.t(em,'email')}", "subject": "{P.t(g.testref(),'testref','keep')} reading {P.t(g.reading(),'reading','keep')} for {P.t(nm,'name')}" }}</div></div>""")
    body = f"""<div class="pane" style="padding:8px 14px;border-bottom:1px solid {t['line']}">Run history › <b>{P.t(g.uuid(),'uuid','keep')}</b> <span class='mut'>started {P.t(g.ts(),'ts','keep')} · workflow {P.t('dip-to-ado-bridge','wf','keep')} {P.t(g.version(),'version','keep')}</span></div>
<div style="padding:6px 16px">{''.join(cards)}</div>"""
    return css(th) + body + '</body></html>', P

DESIGNS = {'wireshark': wireshark, 'jupyter': jupyter, 'blame': blame, 'wizard': wizard, 'gherkin': gherkin, 'flowrun': flowrun}
PLAN = [('wireshark',1.0,'dark',1280,860),('wireshark',1.5,'light',1280,860),('wireshark',2.0,'light',1280,860),
        ('jupyter',1.0,'light',1180,900),('jupyter',1.25,'dark',1180,900),('jupyter',2.5,'light',1180,900),
        ('blame',1.0,'light',1500,900),('blame',1.5,'dark',1500,900),
        ('wizard',1.0,'light',1180,820),('wizard',1.25,'dark',1180,820),('wizard',1.75,'light',1180,820),
        ('gherkin',1.25,'dark',1360,720),('gherkin',2.0,'light',1360,720),
        ('flowrun',1.0,'dark',1200,1100),('flowrun',1.5,'light',1200,1100)]
if __name__ == '__main__':
    only = sys.argv[1:]
    for k, (d, sc, th, w, h) in enumerate(PLAN):
        if only and d not in only: continue
        name = f"c{k:02d}_{d}_{int(sc*100)}_{th}"
        g = Gen(f"html-{k}-{d}")
        page, P = DESIGNS[d](g, th)
        png = f"{ROOT}/corpus/{name}.png"
        data = render(page, png, w, h, sc, f"{ROOT}/work/html")
        items = []
        for it in P.items:
            rects = data['items'].get(str(it['i']), [])
            boxes = merge_lines(rects, data['dpr'])
            boxes = [b for b in boxes if b[1] < h*sc and b[0] < w*sc]
            items.append(dict(kind=it['kind'], role=it['role'], value=it['value'], boxes=boxes))
        json.dump(dict(image=f"{name}.png", toolkit='chromium', design=d, scale=sc, theme=th, items=items), open(f"{ROOT}/truth/{name}.json", 'w'), indent=0)
        print(name, len(items), sum(1 for i in items if i['boxes']))
