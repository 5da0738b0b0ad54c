import json, os, subprocess, sys, html
sys.path.insert(0, os.path.dirname(__file__))
import ids
OUT="/tmp/ho44/screens/corpus"; TR="/tmp/ho44/screens/truth"; HT="/tmp/ho44/screens/gen/html"
os.makedirs(HT, exist_ok=True)
def I(kind, value, text=None, cls=""):
    t = text if text is not None else value
    return f'<span class="t {cls}" data-k="{html.escape(json.dumps(["id",kind,value]))}">{html.escape(t)}</span>'
def K(text, kind="keep", cls=""):
    return f'<span class="t {cls}" data-k="{html.escape(json.dumps(["keep",kind,text]))}">{html.escape(text)}</span>'
CSS = """
body{margin:0;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:13px;background:#f4f5f7;color:#1d1d1f}
body.dark{background:#1b1d21;color:#d8dadf}
.bar{background:#0b5cad;color:#fff;padding:8px 14px;font-size:14px} .dark .bar{background:#23262d}
.card{background:#fff;border:1px solid #d0d4da;border-radius:4px;margin:10px;padding:10px} .dark .card{background:#25282e;border-color:#3b3f47}
table{border-collapse:collapse} td,th{border:1px solid #d0d4da;padding:4px 7px;text-align:left} .dark td,.dark th{border-color:#444a52}
th{background:#eef0f3;font-weight:600} .dark th{background:#2d3138}
.muted{color:#6b7280} .dark .muted{color:#9aa0aa}
.sbox{display:inline-grid;grid-template-columns:auto auto;border:2px solid #222;padding:4px 10px;font-family:'DejaVu Sans Mono',monospace;font-size:16px;align-items:center;column-gap:10px}
.dark .sbox{border-color:#ccc}
.sbox .S{grid-row:1/3;font-size:34px;font-weight:bold;font-family:'DejaVu Serif',serif}
.comb span.c{display:inline-block;width:18px;height:22px;border:1px solid #888;text-align:center;line-height:22px;margin-right:-1px;font-family:monospace;font-size:15px}
.mono{font-family:'DejaVu Sans Mono',monospace}
.pill{border-radius:10px;padding:1px 8px;background:#dbeafe;color:#1e3a8a;font-size:12px} .dark .pill{background:#1e3a8a;color:#dbeafe}
input.f{font-size:13px;padding:4px;border:1px solid #9aa3ad;width:190px;background:#fff;color:#111} .dark input.f{background:#1f2227;color:#ddd;border-color:#555}
.tab{display:inline-block;padding:6px 12px;border-bottom:2px solid transparent} .tab.on{border-color:#0b5cad;font-weight:600}
.toast{position:absolute;left:560px;top:330px;background:#323232;color:#fff;padding:10px 14px;border-radius:4px;box-shadow:0 3px 10px rgba(0,0,0,.4)}
.status{position:absolute;left:0;right:0;top:376px;background:#007acc;color:#fff;font-size:12px;padding:3px 10px;font-family:'DejaVu Sans Mono',monospace}
.log{font-family:'DejaVu Sans Mono',monospace;font-size:12px;white-space:pre;line-height:1.45}
"""
JS = """<script>
window.addEventListener('load',()=>{const out=[];document.querySelectorAll('.t').forEach(e=>{const r=[];for(const q of e.getClientRects()){r.push([q.left,q.top,q.right,q.bottom])};
out.push({k:JSON.parse(e.dataset.k),rects:r,rot:e.dataset.rot?parseFloat(e.dataset.rot):0})});
const d=document.createElement('div');d.id='__boxes';d.style.display='none';d.textContent=JSON.stringify(out);document.body.appendChild(d);});
</script>"""
def page(title, body, dark=False, extra=""):
    return f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title><style>{CSS}{extra}</style></head><body class='{'dark' if dark else ''}'>{body}{JS}</body></html>"

def render(name, htmltext, scale, w, h, pdf=False):
    hp = f"{HT}/{name}.html"; open(hp,"w").write(htmltext)
    png = f"{OUT}/{name}.png"
    base = ["chromium","--headless","--no-sandbox","--disable-gpu","--hide-scrollbars","--font-render-hinting=none",
            f"--force-device-scale-factor={scale}", f"--window-size={w},{h}"]
    subprocess.run(base+[f"--screenshot={png}", "file://"+hp], capture_output=True, timeout=120)
    dom = subprocess.run(base+["--dump-dom","file://"+hp], capture_output=True, text=True, timeout=120).stdout
    import re
    m = re.search(r'<div id="__boxes" style="display: none;">(.*?)</div>', dom, re.S)
    boxes = json.loads(html.unescape(m.group(1)))
    items=[]
    for b in boxes:
        typ,kind,val=b["k"]
        items.append({"type":typ,"kind":kind,"value":val,"rects":[[round(x*scale,1) for x in r] for r in b["rects"]],"rot":b["rot"]})
    json.dump({"file":os.path.basename(png),"toolkit":"chromium","scale":scale,"items":items}, open(f"{TR}/{name}.json","w"), indent=1)
    return png

def P(name, fn, variants, w, h):
    for scale, dark, suffix in variants:
        ids_state = ids.R.getstate()
        render(f"{name}_{suffix}", fn(dark), scale, w, h)

# ---------- A: ADO Test Plans runner with shared parameter grid
def ado(dark):
    rows=""
    for i in range(4):
        m=ids.mpan_core(); g=ids.mprn(); e=ids.eui(); s=ids.eserial(); r=ids.mref()
        rows+=f"<tr><td>{K(str(i+1))}</td><td class=mono>{I('MPAN',m)}</td><td class=mono>{I('MPRN',g)}</td><td class=mono>{I('EUI64',e,ids.eui_fmt(e))}</td><td class=mono>{I('SERIAL',s)}</td><td>{K(r,'ref')}</td></tr>"
    m0=ids.mpan_core()
    steps=f"""<ol style='line-height:1.9'>
<li>Open {K('D0010','flow')} inbound queue for run {K('RUN-99017','ref')} and filter on {K('@mpan','param')}</li>
<li>Confirm the reading of {K('12,447.6 kWh','amount')} on register {K('R01','register')} dated {K('28/11/2026','date')}</li>
<li>Send {K('IF-031','flow')} for MPAN {I('MPAN',m0, ' '.join([m0[:2],m0[2:6],m0[6:10],m0[10:]]))} and expect ack within {K('00:04:59','timer')}</li>
<li>Check DIP message {K('DIPM-7c41e2a9','msgid')} arrives with status {K('202','status')}</li></ol>"""
    body=f"""<div class=bar>Azure DevOps &nbsp;›&nbsp; MHHS-SIT &nbsp;›&nbsp; Test Plans &nbsp;›&nbsp; Runner</div>
<div class=card><b>{K('Test Case 48213','ref')}</b> — Change of supplier, smart import &nbsp; <span class=pill>{K('Step 3 of 7','count')}</span> &nbsp; <span class=muted>{K('Iteration 2','count')}</span>{steps}</div>
<div class=card><b>{K('Shared parameter set 7712','ref')}</b> <span class=muted>{K('4 rows','count')}</span><br><br>
<table><tr><th>#</th><th>{K('@mpan','param')}</th><th>{K('@mprn','param')}</th><th>{K('@esme_eui','param')}</th><th>{K('@msn','param')}</th><th>{K('@ref','param')}</th></tr>{rows}</table></div>
<div class=card>{K('Outcome: Passed','status')} · {K('Build 20261204.7','version')} · Tester {K('Kate Hollis','tester')} · {K('ADO #118842','ref')}</div>"""
    return page("ADO runner", body, dark)
# ---------- B: TestRail-like execution with S box, wraps, boxed digits, gas supply point
def testrail(dark):
    m=ids.mpan_core(); pc,mtc,llf=ids.top(); m2=ids.mpan_core(); m3=ids.mpan_core(); g=ids.mprn(); g2=ids.mprn(); m4=ids.mpan_core()
    sbox=f"""<div class=sbox><span class=S>S</span><span>{I('MPAN_TOP',pc+mtc+llf, pc+' '+mtc+' '+llf)}</span>
<span>{I('MPAN',m, m[:2]+' '+m[2:6]+' '+m[6:10]+' '+m[10:])}</span></div>"""
    comb="".join(f"<span class=c>{d}</span>" for d in m4)
    body=f"""<div class=bar>TestRail &nbsp;·&nbsp; {K('R4417','ref')} Smart COS regression &nbsp;·&nbsp; {K('T88211','ref')}</div>
<div style='display:flex'><div class=card style='width:560px'><b>Evidence pasted from supplier bill</b><br><br>{sbox}
<p>Gas supply point: {I('MPRN',g)} &nbsp; <span class=muted>{K('Read date 03/12/2026','date')}</span></p>
<p>MPRN <span class=f style='display:inline-block;border:1px solid #9aa3ad;padding:4px;width:190px'>{I('MPRN',g2)}</span></p>
<p>Supply number (one digit per box):</p><div class=comb><span class='t' data-k='{html.escape(json.dumps(["id","MPAN",m4]))}'>{comb}</span></div>
<p class=muted>{K('Elapsed 00:12:41','timer')} · {K('Defect DEF-2291','ref')} · {K('£184.37','amount')}</p></div>
<div class=card style='width:150px'><b>Comment</b><p style='width:118px'>Customer rang about {I('MPAN',m2, m2[:2]+' '+m2[2:6]+' '+m2[6:10]+' '+m2[10:])} after the D0086 run</p>
<p style='width:118px;word-break:break-all'>Ref: {I('MPAN',m3)}{K('/v2','keep')}</p></div></div>"""
    # the input value box: locate by adding a span overlay with same text? record via separate JS below
    return page("TestRail", body, dark, "")
# ---------- C: CI pipeline log (dark)
def ci(dark):
    s1=ids.eserial(); s2=ids.eserial(); e=ids.eui(); m=ids.mpan_core(); g=ids.gserial(); e2=ids.eui()
    sp = s2[:4]+" "+s2[4:7]+" "+s2[7:]
    lines=[f"{K('2026-12-04T09:12:33.418Z','ts')} ##[group]Run pytest tests/dtc -k {K('D0150','flow')}",
      f"{K('2026-12-04T09:12:34.002Z','ts')} fixture meter_serial={I('SERIAL',s1,s1.lower())}  msn_spaced='{I('SERIAL',s2,sp)}'",
      f"{K('2026-12-04T09:12:34.107Z','ts')} comms hub {I('EUI64',e,ids.eui_fmt(e,'.',True))} joined HAN in {K('4.21s','dur')}",
      f"{K('2026-12-04T09:12:35.733Z','ts')} POST https://{K('10.42.7.19:8443','ip')}/dip/v1/messages  {K('201','status')}",
      f'{K("2026-12-04T09:12:35.734Z","ts")} {{"mpan": "{I("MPAN",m)}", "epochMs": {K("1764839555734","epoch")}, "corr": "{K("3f2a9c1e-5b7d-4e21-9a0c-77d1be4a0f19","guid")}"}}',
      f"{K('2026-12-04T09:12:36.010Z','ts')} gas meter {I('SERIAL',g,g.lower())} / gpf {I('EUI64',e2,e2.lower())} ok",
      f"{K('2026-12-04T09:12:36.950Z','ts')} ===== {K('212 passed','count')}, {K('3 skipped','count')} in {K('41.07s','dur')} =====",
      f"{K('2026-12-04T09:12:37.001Z','ts')} ##[section]Finishing: {K('Build 20261204.11','version')} exit code {K('0','status')}"]
    body=f"""<div class=bar>Pipelines › attest-dtc-sit › {K('#20261204.11','version')} › Job: test (ubuntu-22.04)</div>
<div class=card><div class=log>{'<br>'.join(lines)}</div></div>"""
    return page("CI", body, dark)
# ---------- D: Dynamics-like case page with related list
def d365(dark):
    n=ids.name(); a=ids.address(); ph=ids.phone(); em=ids.email(n); m=ids.mpan_core(); n2=ids.name()
    body=f"""<div class=bar>Dynamics 365 · Customer Service Hub · Cases</div>
<div class=card><h3 style='margin:2px'>{K('CAS-40917-K3T8V1','ref')}: Smart meter not communicating</h3>
<span class=muted>{K('Priority: High','status')} · {K('Origin: Phone','label')} · Owner {K('Marcus Allardyce','tester')} · {K('SLA 03:47:12','timer')}</span></div>
<div style='display:flex'><div class=card style='width:420px'><table>
<tr><th>Customer</th><td>{I('NAME',n)}</td></tr>
<tr><th>Street</th><td>{I('ADDRESS',a[0])}</td></tr>
<tr><th>Town</th><td>{K(a[1],'town')}</td></tr>
<tr><th>Postcode</th><td>{I('POSTCODE',a[2])}</td></tr>
<tr><th>Mobile</th><td>{I('PHONE',ph)}</td></tr>
<tr><th>Email</th><td>{I('EMAIL',em)}</td></tr>
<tr><th>Supply (MPAN)</th><td>{I('MPAN',m, m[:2]+' '+m[2:6]+' '+m[6:10]+' '+m[10:])}</td></tr>
<tr><th>Account</th><td>{K('Octave Energy Ltd','company')}</td></tr></table></div>
<div class=card style='width:470px'><b>Related cases ({K('3','count')})</b><table style='margin-top:6px'>
<tr><th>Case</th><th>Created</th><th>Contact</th><th>Status</th></tr>
<tr><td>{K('CAS-40112-P9Q2W4','ref')}</td><td>{K('14/10/2026','date')}</td><td>{I('NAME',n2)}</td><td>{K('Resolved','status')}</td></tr>
<tr><td>{K('CAS-39980-A7D6H2','ref')}</td><td>{K('02/10/2026','date')}</td><td>{K('Northern Powergrid','company')}</td><td>{K('Closed','status')}</td></tr>
<tr><td>{K('CAS-39001-Z1X5C3','ref')}</td><td>{K('19/09/2026','date')}</td><td>{K('DCC Service Desk','company')}</td><td>{K('Closed','status')}</td></tr></table>
<p>Invoice {K('INV-2026-118734','ref')} · {K('£1,204.88','amount')}</p></div></div>"""
    return page("D365", body, dark)
# ---------- E: Settlement dashboard with HH chart, filter chip, date picker beside MPRN, combo list
def settle(dark):
    m=ids.mpan_core(); g=ids.mprn(); combo=[ids.mpan_core() for _ in range(3)]
    bars="".join(f"<rect x='{20+i*22}' y='{160-v}' width='16' height='{v}' fill='#3b82f6'/><text x='{20+i*22}' y='{155-v}' font-size='10' fill='currentColor'>{v/10:.1f}</text>" for i,v in enumerate([42,55,61,48,90,120,133,101,77,64,58,70]))
    bar_keeps="".join(K(f"{v/10:.1f}",'kwh') for v in [])
    crows="".join(f"<tr><td class=mono>{I('MPAN',c)}</td><td>{K(t,'site')}</td><td>{K(r,'label')}</td></tr>" for c,t,r in zip(combo,['Hexham depot','Stroud works','Perth office'],['NHH','HH','HH']))
    body=f"""<div class=bar>Settlement Insight · Half-hourly consumption</div>
<div class=card>Filter: <span class=pill>MPAN: {I('MPAN',m,m[:4]+' '+m[4:8]+' '+m[8:12]+' '+m[12:])} ✕</span> <span class=pill>{K('Region: Yorkshire','label')}</span>
&nbsp; MPRN {I('MPRN',g)} &nbsp; <span style='border:1px solid #999;padding:3px 6px'>📅 {K('01/12/2026','date')} – {K('05/12/2026','date')}</span></div>
<div style='display:flex'><div class=card><svg width='300' height='180' style='color:inherit'>{bars}</svg><br>{K('SP 1-12, kWh','label')} · {K('Run SF-RUN-2026-1203','ref')}</div>
<div class=card><b>Select supply ▾</b><table style='margin-top:4px;box-shadow:0 4px 12px rgba(0,0,0,.3)'><tr><th>MPAN</th><th>Site</th><th>Class</th></tr>{crows}</table>
<p>{K('Total 2,318.40 kWh','amount')} · {K('48 periods','count')} · {K('v3.14.2','version')}</p></div></div>"""
    return page("Settlement", body, dark)
# ---------- F: DCC service desk incident: tree, tabs, toast, status bar, rotated labels
def dcc(dark):
    m=ids.mpan_core(); e=ids.eui(); s=ids.eserial(); m2=ids.mpan_core(); m3=ids.mpan_core(); g=ids.mprn()
    body=f"""<div class=bar>DCC Service Desk · Incident {K('INC0728841','ref')}</div>
<div><span class='tab on'>{K('Details','label')}</span><span class=tab>{K('Work notes (12)','count')}</span><span class=tab>{K('Devices (4)','count')}</span><span class=tab>{K('SLA','label')}</span></div>
<div style='display:flex'><div class=card style='width:330px;line-height:1.7'>
▾ {K('Site 0042 Hexham','site')}<br>&nbsp;&nbsp;▾ ESME {I('EUI64',e,ids.eui_fmt(e,':'))}<br>&nbsp;&nbsp;&nbsp;&nbsp;• MSN {I('SERIAL',s)}<br>&nbsp;&nbsp;&nbsp;&nbsp;• MPAN {I('MPAN',m)}<br>&nbsp;&nbsp;▸ GSME {I('MPRN',g)}</div>
<div class=card style='width:380px;height:230px;position:relative'>
<div class=t data-rot='90' data-k='{html.escape(json.dumps(["id","MPAN",m2]))}' style='position:absolute;left:-40px;top:110px;transform:rotate(90deg);font-size:14px'>{m2}</div>
<div class=t data-rot='180' data-k='{html.escape(json.dumps(["id","MPAN",m3]))}' style='position:absolute;left:90px;top:40px;transform:rotate(180deg);font-size:14px'>{m3}</div>
<div class=t data-rot='-12' data-k='{html.escape(json.dumps(["keep","ref","SR-00991827"]))}' style='position:absolute;left:120px;top:150px;transform:rotate(-12deg);font-size:15px;color:#b91c1c;border:2px solid #b91c1c;padding:2px'>SR-00991827</div>
</div></div>
<div class=toast>{K('Saved · job 5512-77A','msgid')}</div>
<div class=status>{K('Server=sqldcc-uat01,1433;Database=SD_UAT','conn')} &nbsp; {K('Ln 14','count')}</div>"""
    return page("DCC", body, dark)

if __name__=="__main__":
    P("ado_runner", ado, [(1,False,"100_light"),(1.25,False,"125_light"),(1.5,False,"150_light"),(1.25,True,"125_dark")], 1100, 640)
    P("testrail_exec", testrail, [(1,False,"100_light"),(1.25,False,"125_light"),(1.5,False,"150_light"),(1,True,"100_dark"),(1.5,True,"150_dark")], 800, 560)
    P("ci_log", ci, [(1,True,"100_dark"),(1.5,True,"150_dark")], 1150, 330)
    P("d365_case", d365, [(1,False,"100_light"),(1.25,True,"125_dark")], 960, 460)
    P("settle_dash", settle, [(1,False,"100_light"),(1.5,True,"150_dark"),(2,False,"200_retina")], 900, 360)
    P("dcc_incident", dcc, [(1,False,"100_light"),(1.25,True,"125_dark"),(0.9,False,"090_light")], 800, 400)
