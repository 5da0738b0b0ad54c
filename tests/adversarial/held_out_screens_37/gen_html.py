import os, subprocess, json, re, html, sys
from common import *
HT = BUILD + "/html"; os.makedirs(HT, exist_ok=True)
CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;margin:0;font-size:14px;color:#1d2228;background:#f4f6f8}
body.dark{background:#16191d;color:#d8dde3}
.top{background:#0b3d6b;color:#fff;padding:10px 18px;font-size:18px}
body.dark .top{background:#0a1b2c}
.wrap{padding:14px 20px}
.card{background:#fff;border:1px solid #d2d7dd;border-radius:6px;padding:12px 16px;margin-bottom:12px}
body.dark .card{background:#22272e;border-color:#3a424c}
.lbl{color:#5b6570;font-size:12px} body.dark .lbl{color:#97a2ad}
table{border-collapse:collapse} td,th{border-bottom:1px solid #d8dde3;padding:4px 8px;text-align:left;vertical-align:top}
body.dark td,body.dark th{border-color:#3a424c}
.sbox{display:inline-flex;align-items:center;border:2px solid #1d2228;padding:4px 10px;font-family:'Liberation Mono',monospace;font-size:var(--sf,13px)}
body.dark .sbox{border-color:#d8dde3}
.sbox .S{font-size:calc(var(--sf,13px)*2.6);font-weight:bold;margin-right:10px;font-family:'Liberation Sans'}
.sbox .r{line-height:1.5;letter-spacing:1px} .sbox .r span.g{margin-right:14px}
.grid td{padding:2px 6px;font-size:13px}
.cells span{display:inline-block;width:22px;height:28px;border:1px solid #777;text-align:center;line-height:28px;margin-right:2px;font-family:'Liberation Mono';font-size:16px}
.mono{font-family:'Liberation Mono',monospace}
.chip{display:inline-block;padding:1px 8px;border-radius:9px;background:#dff3e4;color:#14532d;font-size:12px}
body.dark .chip{background:#1f3d2a;color:#b6e6c4}
"""
JS = """<script>
window.addEventListener('load',()=>{const r=window.devicePixelRatio||1,o=[];
document.querySelectorAll('[data-s],[data-k]').forEach((e,ei)=>{const rg=document.createRange();rg.selectNodeContents(e);
const rs=[...rg.getClientRects()].filter(q=>q.width>0);
rs.forEach((b,i)=>o.push({e:ei,g:e.dataset.t!==undefined,s:e.dataset.s||null,k:e.dataset.k!==undefined,t:e.dataset.t||e.textContent,part:i,n:rs.length,box:[b.left*r,b.top*r,b.right*r,b.bottom*r]}));});
document.body.setAttribute('data-boxes',JSON.stringify(o));});</script>"""
def S(kind, text, t=None): return f'<span data-s="{kind}"' + (f' data-t="{html.escape(t)}"' if t else '') + f'>{html.escape(text)}</span>'
def K(text): return f'<span data-k>{html.escape(text)}</span>'
def page(body, dark): return f"<!doctype html><html><head><meta charset=utf-8><style>{CSS}</style></head><body class='{'dark' if dark else ''}'>{body}{JS}</body></html>"
def sbox(top, core, fs=13, withS=True):
    pc, mtc, llf = top
    return (f'<div class="sbox" style="--sf:{fs}px">' + ('<span class="S">S</span>' if withS else '') + '<div>'
      f'<div class="r"><span class="g">{S("mpan_top", pc, pc+mtc+llf)}</span><span class="g">{S("mpan_top", mtc, pc+mtc+llf)}</span><span class="g">{S("mpan_top", llf, pc+mtc+llf)}</span></div>'
      f'<div class="r"><span class="g">{S("mpan", core[:2], core)}</span><span class="g">{S("mpan", core[2:6], core)}</span><span class="g">{S("mpan", core[6:10], core)}</span><span class="g">{S("mpan", core[10:], core)}</span></div></div></div>')
def portal(i):
    c = ['m1','m2','m3'][i%3]; g = ['g1','g2','g3'][i%3]; n = NAMES[i%3]; a = ADDR[i%3]
    return f"""<div class="top">{K('Brightwater Energy')} &nbsp; <span style="font-size:13px">{K('My account')} · {K('Usage')} · {K('Bills')} · {K('Help')}</span></div><div class="wrap">
<div class="card"><div class="lbl">{K('Account holder')}</div><div style="font-size:17px">{S('name', n)}</div>
<div class="lbl" style="margin-top:6px">{K('Supply address')}</div><div>{S('address', a[0])}, {S('address', a[1])} {S('postcode', a[2])}</div>
<div class="lbl" style="margin-top:6px">{K('Account number')}</div><div>{K('A-40318827')}</div></div>
<div class="card"><b>{K('Electricity')}</b> <span class="chip">{K('Active')}</span><br><div class="lbl" style="margin:6px 0">{K('Your supply number (MPAN)')}</div>
{sbox(('0'+str(1+i%2), ['801','845','811'][i%3], ['811','021','556'][i%3]), M[c], fs=[12,13,14][i%3])}
<table style="margin-top:8px"><tr><td class="lbl">{K('Meter serial')}</td><td>{S('eserial', ESER['e1'])}</td><td class="lbl">{K('Tariff')}</td><td>{K('Fixed Saver 24M v3')}</td></tr>
<tr><td class="lbl">{K('Last reading')}</td><td>{K('04217')} kWh {K('12/11/2026')}</td><td class="lbl">{K('Unit rate')}</td><td>{K('24.86p/kWh')}</td></tr></table></div>
<div class="card"><b>{K('Gas')}</b> <span class="chip">{K('Active')}</span>
<table style="margin-top:6px"><tr><td class="lbl">{K('MPRN')}</td><td>{S('mprn', MPRN[g])}</td><td class="lbl">{K('Gas meter')}</td><td>{S('gserial', GSER['s1'])}</td></tr>
<tr><td class="lbl">{K('Gas supply point')}</td><td>{S('mprn', MPRN['g4'])}</td><td class="lbl">{K('Standing charge')}</td><td>{K('31.43p/day')}</td></tr></table></div>
<div class="card"><div class="lbl">{K('Contact details')}</div>{S('email', EMAILS[i%3])} · {S('phone', PHONES[i%3])}</div></div>"""
def tracker(i):
    rows = ""
    data = [('8f3c2a91-6d4e-4b7a-9c10-2e5f7a8b9c01','MHHS-IF-031','m4','Delivered','2026-11-18 09:14:07'),
            ('1a7e5b22-0c3d-4f19-8e2a-77b6c4d1e902','MHHS-PUB-003','m5','Delivered','2026-11-18 09:14:09'),
            ('c49d0e13-58aa-4c21-b7f4-90e1d2c3a4b5','MHHS-IF-021','m6','Rejected','2026-11-18 09:15:33'),
            ('5be81f70-2d96-41a3-8c5e-6f0a9b2c7d14','MHHS-IF-036','m7','Pending','2026-11-18 09:16:02')]
    for mid, ty, mk, st, ts in data:
        rows += f"<tr><td class='mono'>{K(mid)}</td><td>{K(ty)}</td><td class='mono'>{S('mpan', M[mk])}</td><td>{K(st)}</td><td>{K(ts)}</td></tr>"
    wrapped = M['m8']
    return f"""<div class="top">{K('DIP Message Tracker')} <span style="font-size:12px">{K('SIT-B environment')}</span></div><div class="wrap">
<div class="card"><span class="lbl">{K('Filter')}:</span> {K('Participant')} = {K('SUPL01')} · {K('Last 24 hours')}</div>
<div class="card"><table><tr><th>{K('DIP message id')}</th><th>{K('Type')}</th><th>{K('MPAN')}</th><th>{K('Status')}</th><th>{K('Received (UTC)')}</th></tr>{rows}</table></div>
<div class="card" style="width:300px"><b>{K('Payload preview')}</b><div class="mono" style="word-break:break-all;width:118px;font-size:13px">"mpan":"{S('mpan', wrapped)}","eventCode":"{K('SUPPLY_START')}"</div>
<div class="mono" style="font-size:13px">deviceId: {S('eui', EUI['d1'].replace('-', '.').lower())}</div>
<div class="mono" style="font-size:13px">{K('X-Correlation-Id')}: {K('7d41c2e8-0f6a-49b3-a1d5-3b8e9c70f2a6')}</div></div></div>"""
def crm(i):
    n = NAMES[3+i]; a = ADDR[3+i]
    return f"""<div class="top" style="background:#032d60">{K('Service Console')} · {K('Customers')}</div><div class="wrap" style="display:flex;gap:14px">
<div class="card" style="width:360px"><div style="font-size:19px">{S('name', n)}</div><div class="lbl">{K('Customer since')} {K('03/2019')} · {K('Priority Services Register')}: {K('No')}</div>
<p><span class="lbl">{K('Billing address')}</span><br>{S('address', a[0])}<br>{S('address', a[1])}<br>{S('postcode', a[2])}</p>
<p><span class="lbl">{K('Mobile')}</span><br>{S('phone', PHONES[3+i])}<br><span class="lbl">{K('Email')}</span><br>{S('email', EMAILS[3 if i==0 else 1])}</p></div>
<div class="card" style="width:520px"><b>{K('Supply points')}</b><table class="grid"><tr><td class="lbl">{K('MPAN')}</td><td class="mono">{S('mpan', sp(M['m9']), M['m9'])}</td></tr>
<tr><td class="lbl">{K('Meter')}</td><td class="mono">{S('eserial', ESER['e2'])}</td></tr><tr><td class="lbl">{K('MPRN')}</td><td class="mono">{S('mprn', MPRN['g5'])}</td></tr>
<tr><td class="lbl">{K('IHD / Comms hub')}</td><td class="mono">{S('eui', EUI['d2'])}</td></tr></table>
<p><b>{K('Case notes')}</b></p><p style="font-size:13px">{K('18/11/2026 14:02')} {K('Agent')}: customer called re {K('estimated bill')}. Engineer visit booked to {S('address', a[0])}, {S('address', a[1])} {S('postcode', a[2])}. Ref {K('CAS-118204')}.</p></div></div>"""
def ado(i):
    return f"""<div class="top" style="background:#0078d4">{K('Azure DevOps')} · {K('MHHS-Programme')} / {K('Boards')}</div><div class="wrap">
<div class="card"><div style="font-size:18px">{K('Bug 48213')}: {K('IF-031 rejected for migrated MPAN after COS')}</div>
<div class="lbl">{K('State')}: {K('Active')} · {K('Severity')}: {K('2 - High')} · {K('Iteration')}: {K('SIT Cycle 3')}</div></div>
<div class="card" style="width:700px"><b>{K('Repro Steps')}</b><ol style="font-size:14px"><li>Run {K('TC-SIT-0412')} step {K('5')} against MPAN {S('mpan', M['m10'])}.</li>
<li>Meter {S('eserial', ESER['e3'].lower())} (also typed as {S('eserial', ESER['e4'][:3]+' '+ESER['e4'][3:7]+' '+ESER['e4'][7:], ESER['e4'])}) shows register {K('1.8.0')}.</li>
<li>DCC device {S('eui', EUI['d3'].replace('-','.'))} returned {K('SRV 8.1.1')} {K('E61')}.</li>
<li>Expected {K('D0010')} within {K('5 WD')}; got nothing.</li></ol>
<b>{K('Discussion')}</b><p style="font-size:13px">Customer {S('name', NAMES[6])} at {S('address', ADDR[5][0])} {S('postcode', ADDR[5][2])} confirmed access.</p></div></div>"""
def boxed(i):
    cells = "".join(f"<span>{d}</span>" for d in M['m11'])
    gcells = "".join(f"<span>{d}</span>" for d in MPRN['g6'])
    return f"""<div class="top">{K('Switch to Brightwater')} — {K('Step 2 of 4')}</div><div class="wrap"><div class="card">
<div class="lbl">{K('Electricity supply number (bottom line of the S box on your bill)')}</div><div class="cells" data-s="mpan" data-t="{M['m11']}">{cells}</div>
<div class="lbl" style="margin-top:12px">{K('Gas meter point reference (MPRN)')}</div><div class="cells" data-s="mprn" data-t="{MPRN['g6']}">{gcells}</div>
<div class="lbl" style="margin-top:12px">{K('Postcode')}</div><div class="cells" data-s="postcode" data-t="{ADDR[1][2]}">{''.join(f'<span>{c}</span>' for c in ADDR[1][2].replace(' ',''))}</div>
<p>{K('Continue')} · {K('Save and come back later')}</p></div></div>"""
PAGES = {'portal': portal, 'tracker': tracker, 'crm': crm, 'ado': ado, 'boxed': boxed}
def render(name, fn, i, scale, dark, w=1280, h=800):
    tag = f"{name}{i}_{int(scale*100)}_{'dark' if dark else 'light'}"
    p = f"{HT}/{tag}.html"; open(p, "w").write(page(fn(i), dark))
    png = f"{CORPUS}/html_{tag}.png"
    common = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={w},{h}", f"--force-device-scale-factor={scale}"]
    subprocess.run(common + [f"--screenshot={png}", "file://" + p], capture_output=True, timeout=60)
    dom = subprocess.run(common + ["--dump-dom", "file://" + p], capture_output=True, text=True, timeout=60).stdout
    m = re.search(r'data-boxes="([^"]*)"', dom)
    boxes = json.loads(html.unescape(m.group(1)))
    t = Truth(os.path.basename(png), "chromium", scale, 'dark' if dark else 'light', name)
    # group secret parts by data-t to one secret w/ union box if same element group
    groups = {}
    for b in boxes:
        if b['s']:
            groups.setdefault((b['s'], b['t']) if b['g'] else (b['s'], b['t'], b['e']), []).append(b)
        elif b['k']:
            t.k(b['t'], b['box'])
    for key, bs in groups.items():
        kind, text = key[0], key[1]
        # each occurrence may consist of several parts; store each part box, and union
        t.s(kind, text, [min(b['box'][0] for b in bs), min(b['box'][1] for b in bs), max(b['box'][2] for b in bs), max(b['box'][3] for b in bs)],
            note="parts=" + json.dumps([b['box'] for b in bs]))
    t.save(); print(tag, len(t.d['secrets']), len(t.d['keeps']))
if __name__ == "__main__":
    jobs = [('portal',0,1.0,False),('portal',1,1.25,False),('portal',2,1.5,False),('portal',0,1.0,True),('portal',1,1.25,True),
            ('tracker',0,1.0,False),('tracker',0,1.25,True),('tracker',0,1.5,False),
            ('crm',0,1.0,False),('crm',1,1.25,True),('ado',0,1.0,False),('ado',0,1.5,True),('boxed',0,1.0,False),('boxed',0,1.25,True)]
    for j in jobs: render(j[0], PAGES[j[0]], j[1], j[2], j[3])
def nos(i):
    return f"""<div class="top">{K('Meter point details')}</div><div class="wrap"><div class="card" style="width:520px">
<div class="lbl">{K('Supply number')}</div>{sbox(('05','412','118'), M['m12'], fs=12, withS=False)}
<div class="lbl" style="margin-top:10px">{K('Supply number (export)')}</div>{sbox(('08','845','900'), M['m6'], fs=14, withS=True)}
<p>{K('Energisation status')}: {K('Energised')} · {K('GSP group')}: {K('_H')} · {K('Measurement class')}: {K('A')}</p></div></div>"""
PAGES['nos'] = nos
