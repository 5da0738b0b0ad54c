# Chromium pages. Each item span: data-r="id|keep" data-k=kind data-v=value
import html, json
from ids import *
def I(kind, v, text=None, style=""):
    t = html.escape(text if text is not None else v)
    return f'<span class="it" data-r="id" data-k="{kind}" data-v="{html.escape(v)}" style="{style}">{t}</span>'
def K(v, kind="keep", style=""):
    return f'<span class="it" data-r="keep" data-k="{kind}" data-v="{html.escape(v)}" style="{style}">{html.escape(v)}</span>'
JS = """<script>
window.addEventListener('load',()=>{const o=[];document.querySelectorAll('.it').forEach(e=>{const r=e.getBoundingClientRect();
o.push({r:e.dataset.r,k:e.dataset.k,v:e.dataset.v,rot:e.dataset.rot||e.closest('[data-rot]')?.dataset.rot||'0',box:[r.left,r.top,r.right,r.bottom]})});
const p=document.createElement('pre');p.id='RECTS';p.style.display='none';p.textContent=JSON.stringify(o);document.body.appendChild(p);});
</script>"""
def page(body, css, dark=False):
    return f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body class='{'dark' if dark else ''}'>{body}{JS}</body></html>"

BASE = "body{margin:0;font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;background:#fff;color:#1d1d1f} body.dark{background:#1e1f22;color:#dcdcdc}"

def kibana(dark):
    rows=[]; 
    for i in range(6):
        ts=f"Dec 6, 2026 @ 08:{12+i:02d}:{R.randint(10,59)}.{R.randint(100,999)}"
        flow=R.choice(["D0010","D0150","D0149","D0086","IF-031","IF-021"])
        mp=mpan_core(); ser=serial()
        rows.append(f"<tr><td>{K(ts,'ts')}</td><td>{K(flow,'flow')}</td><td>mpan_core: {I('mpan',mp)} meter.serial: {I('serial',ser)} status: {K('ACCEPTED' if i%3 else 'REJECTED')}</td></tr>")
    n=name(); pc=postcode(); m=mpan_core(); e=eui(); g=guid(); ep=epoch_ms(); mp=mprn()
    euid="-".join(e[i:i+2] for i in range(0,16,2))
    doc=f"""<div class=doc><div class=dh>Expanded document &nbsp; {K('_id: '+g,'guid')}</div><table class=j>
<tr><td>@timestamp</td><td>{K(ep,'epoch_ms')}</td></tr>
<tr><td>message.flow</td><td>{K('D0010002','flowver')}</td></tr>
<tr><td>message.id</td><td>{K('MSG-2026-120600417','msgid')}</td></tr>
<tr><td>payload.mpan</td><td>"{I('mpan',m)}"</td></tr>
<tr><td>payload.mprn</td><td>"{I('mprn',mp)}"</td></tr>
<tr><td>payload.device.eui64</td><td>"{I('eui64',euid)}"</td></tr>
<tr><td>payload.customer.name</td><td>"{I('name',n)}"</td></tr>
<tr><td>payload.customer.postcode</td><td>"{I('postcode',pc)}"</td></tr>
<tr><td>payload.reading.kwh</td><td>{K('48213.7','kwh')}</td></tr>
<tr><td>host.ip</td><td>{K('10.42.7.118:8443','ip')}</td></tr>
<tr><td>agent.version</td><td>{K('8.11.3','ver')}</td></tr></table></div>"""
    css=BASE+""".top{background:#0b64dd;color:#fff;padding:8px 14px;font-weight:bold} .dark .top{background:#343741}
.q{margin:10px 14px;padding:6px;border:1px solid #aab;border-radius:4px;font-family:'DejaVu Sans Mono',monospace}
table.t{border-collapse:collapse;margin:0 14px;width:1150px} .t td{border-bottom:1px solid #ddd;padding:5px 6px;vertical-align:top;font-family:'DejaVu Sans Mono',monospace;font-size:12px}
.dark .t td{border-color:#444} .doc{margin:8px 14px;border:1px solid #99a;width:760px} .dh{background:#eef;padding:4px} .dark .dh{background:#2a2d35}
.j td{padding:2px 8px;font-family:'DejaVu Sans Mono',monospace;font-size:12px} .j td:first-child{color:#7a4}"""
    body=f"""<div class=top>Discover &middot; {K('mhhs-flows-*','idx')} &middot; {K('1,284 hits','count')}</div>
<div class=q>flow:{K('D0010','flow')} AND env:{K('SIT-B','env')}</div>
<table class=t><tr><th>Time</th><th>flow</th><th>_source</th></tr>{''.join(rows)}</table>{doc}"""
    return page(body,css,dark)

def portal_sbox(dark, boxed=False):
    pc_,mtc,llf=top(); core=mpan_core(); n=name(); st=street(); tw=R.choice(TOWNS); pc=postcode(); mp=mprn(); ph=phone()
    full=pc_+mtc+llf+core
    if boxed:
        cells=lambda s:"".join(f"<td>{c}</td>" for c in s)
        sb=f"""<table class=comb data-rot=0><tr><td rowspan=2 class=S>S</td>{I('mpan_top',pc_+mtc+llf, '<'+'/span>'+'')[0:0]}{''}</tr></table>"""
        sb=f"""<div class="it sbx" data-r="id" data-k="mpan_full" data-v="{full}"><table class=comb><tr><td rowspan=2 class=S>S</td>{cells(pc_)}<td class=gap></td>{cells(mtc)}<td class=gap></td>{cells(llf)}</tr>
<tr>{cells(core[:2])}<td class=gap></td>{cells(core[2:6])}<td class=gap></td>{cells(core[6:12])}<td class=gap></td>{cells(core[12])}</tr></table></div>"""
    else:
        sb=f"""<div class="it sbx" data-r="id" data-k="mpan_full" data-v="{full}"><table class=sb><tr><td rowspan=2 class=S>S</td><td>{pc_}</td><td>{mtc}</td><td>{llf}</td><td></td></tr>
<tr><td>{core[:2]}</td><td>{core[2:6]}</td><td>{core[6:12]}</td><td>{core[12]}</td></tr></table></div>"""
    css=BASE+""".nav{background:#00594f;color:#fff;padding:12px 20px;font-size:16px} .dark .nav{background:#10302c}
.card{margin:16px 20px;padding:14px;border:1px solid #ccd;border-radius:8px;width:560px;display:inline-block;vertical-align:top} .dark .card{border-color:#555}
.sb{border:2px solid currentColor;border-collapse:collapse;font-size:15px} .sb td{padding:2px 9px;letter-spacing:1px}
.S{font-size:40px;font-weight:bold;border-right:2px solid currentColor}
.comb{border-collapse:collapse;font-size:15px} .comb td{border:1px solid currentColor;width:16px;text-align:center;padding:2px} .comb td.gap{border:none;width:6px}
label{display:inline-block;width:150px;color:#667} .dark label{color:#9aa} .f{margin:6px 0} input{font-size:13px;padding:3px;width:240px}"""
    body=f"""<div class=nav>Northfold Energy &nbsp; | &nbsp; Account {K('ACC-REF 88213','acc')} &nbsp; | Logged in: {K('Tester: P. Okonjo-Barnes (NFE QA)','tester')}</div>
<div class=card><h3>Electricity supply</h3><div class=f><label>Supply number</label></div>{sb}
<div class=f><label>Tariff</label>{K('E7-SMART-V4','tariff')}</div><div class=f><label>Last read</label>{K('05/12/2026 23:30','date')} &nbsp; {K('31,907.4 kWh','kwh')}</div>
<div class=f><label>Balance</label>{K('£1,284.16 in credit','amt')}</div></div>
<div class=card><h3>Gas supply</h3><div class=f><label>Gas supply point</label>{I('mprn',mp)}</div>
<div class=f><label>Account holder</label>{I('name',n)}</div><div class=f><label>Supply address</label>{I('addr',st)}, {K(tw,'town')}, {I('postcode',pc)}</div>
<div class=f><label>Phone</label>{I('phone',ph)}</div><div class=f><label>Case</label>{K('DIP-44718','dip')} &nbsp; {K('MPAN-REF-07','ref')}</div></div>"""
    return page(body,css,dark)

def explorer(dark):
    rows=[]
    for i in range(9):
        c=mpan_core(); s=serial()
        kind=i%3
        if kind==0: fn=f"evidence_{c}_D0010_step{i+1}.png"; it=I('mpan',c)
        elif kind==1: fn=f"{s.lower()}_readings_0{i}.csv"; it=I('serial',s.lower())
        else: fn=f"TC-{R.randint(100,999)}_{c}-{s}.docx"; it=I('mpan',c)+"-"+I('serial',s)
        pre,_,post = fn.partition(c if kind!=1 else s.lower())
        if kind==2:
            nm=f"{K(fn[:fn.index('_')+1],'fname')}{I('mpan',c)}-{I('serial',s)}{html.escape(fn[fn.index(s)+len(s):])}"
        else:
            nm=f"{html.escape(pre)}{it}{html.escape(post)}"
        rows.append(f"<tr><td>{nm}</td><td>{K(f'0{R.randint(1,5)}/12/2026 {R.randint(10,18)}:{R.randint(10,59)}','date')}</td><td>{'PNG File' if kind==0 else 'CSV File' if kind==1 else 'Word Document'}</td><td>{K(f'{R.randint(12,980)} KB','size')}</td></tr>")
    css=BASE+"""table{border-collapse:collapse;margin:8px} td,th{padding:4px 14px;text-align:left;font-family:'Segoe UI','DejaVu Sans';font-size:12px} tr:nth-child(even){background:#f4f7fb} .dark tr:nth-child(even){background:#26282c}
.bar{padding:8px;border-bottom:1px solid #ccc;font-size:12px}"""
    body=f"""<div class=bar>This PC &gt; Evidence (E:) &gt; {K('SIT-B_Cycle3','folder')} &gt; {K('TC-4417','tc')} &nbsp;&nbsp; {K('9 items','count')}</div><table><tr><th>Name</th><th>Date modified</th><th>Type</th><th>Size</th></tr>{''.join(rows)}</table>"""
    return page(body,css,dark)

def browser(dark):
    c=mpan_core(); c2=mpan_core(); mp=mprn(); g=guid()
    css=BASE+""".tabs{background:#dee1e6;padding:6px 6px 0} .dark .tabs{background:#202124} .tab{display:inline-block;background:#fff;padding:6px 12px;border-radius:8px 8px 0 0;width:230px;white-space:nowrap;overflow:hidden;font-size:12px} .dark .tab{background:#35363a}
.addr{background:#fff;padding:6px 10px;border-bottom:1px solid #ccc} .dark .addr{background:#35363a} .url{background:#f1f3f4;border-radius:14px;padding:5px 14px;font-size:13px;display:inline-block} .dark .url{background:#202124}
.content{padding:20px}"""
    body=f"""<div class=tabs><span class=tab>Meter point {I('mpan',c2)}</span> <span class=tab>{K('ECOES – Search','title')}</span></div>
<div class=addr><span class=url>https://portal.northfold.test/mp/search?mpan={I('mpan',c)}&amp;mprn={I('mprn',mp)}&amp;sid={K(g,'guid')}</span></div>
<div class=content><h2>Search results</h2><p>{K('Results 1–1 of 1','count')} &nbsp; {K('Request ID 7F3A-22C1','reqid')} &nbsp; {K('HTTP 200','status')}</p></div>"""
    return page(body,css,dark)

def mail(dark):
    rows=[]
    for i in range(7):
        n=name(); c=mpan_core(); tk=R.choice(['INC0081','RITM00441','DIP-'])+str(R.randint(100,999))
        subj=[f"RE: Read dispute MPAN {I('mpan',c)} – {K(tk,'ticket')}", f"Site visit for {I('name',n)} ({I('postcode',postcode())})", f"FW: D0150 reject {K('IF-031','flow')} {I('mpan',c)}",
              f"Meter exchange serial {I('serial',serial())} booked {K('09/12/2026','date')}", f"Fwd: {K('MPAN-REF-12','ref')} evidence pack v{K('3.2.1','ver')}", f"Customer callback {I('phone',phone())}", f"Gas MPRN {I('mprn',mprn())} transfer"][i]
        rows.append(f"<div class=m><div class=fr>{K(['Ops Desk','Hollie Barker (QA)','DCC Service Desk','Field Ops','Release Mgmt','Contact Centre','Gas Transfers'][i],'sender')}<span class=dt>{K(f'{R.randint(8,17)}:{R.randint(10,59)}','time')}</span></div><div class=su>{subj}</div></div>")
    css=BASE+""".m{border-bottom:1px solid #e1e1e1;padding:7px 12px;width:520px} .dark .m{border-color:#3a3a3a} .fr{font-weight:bold} .dt{float:right;font-weight:normal;color:#666} .su{color:#0f6cbd;font-size:12px;margin-top:2px} .dark .su{color:#79b8ff}"""
    return page(f"<div style='padding:6px 12px;font-weight:bold'>Inbox {K('(42 unread)','count')}</div>"+"".join(rows),css,dark)

def jira(dark):
    cols=[]
    for cname in ["To Do","In Progress","Done"]:
        cards=[]
        for j in range(3):
            key=f"MHHS-{R.randint(1000,9999)}"
            what=R.choice([lambda:f"Reading rejected for {I('mpan',mpan_core())}", lambda:f"EUI {I('eui64',':'.join((e:=eui())[i:i+2] for i in range(0,16,2)))} not commissioned", lambda:f"Wrong address for {I('name',name())}", lambda:f"Serial {I('serial',serial())} duplicated"])()
            cards.append(f"<div class=card>{what}<div class=ft>{K(key,'key')} <span class=sp>{K(str(R.choice([1,2,3,5,8]))+' pts','pts')}</span></div></div>")
        cols.append(f"<div class=col><div class=ch>{cname}</div>{''.join(cards)}</div>")
    css=BASE+""".col{display:inline-block;vertical-align:top;width:250px;background:#f4f5f7;margin:8px;padding:6px;border-radius:4px} .dark .col{background:#22272b}
.card{background:#fff;margin:6px 0;padding:8px;border-radius:3px;box-shadow:0 1px 2px #0003;font-size:13px} .dark .card{background:#2c333a}
.ft{margin-top:6px;font-size:11px;color:#5e6c84} .sp{float:right;background:#dfe1e6;border-radius:8px;padding:0 6px} .dark .sp{background:#444} .ch{font-size:11px;text-transform:uppercase;color:#5e6c84}"""
    return page(f"<div style='padding:8px;font-size:16px'>{K('SIT-B Sprint 14','sprint')} board</div>"+"".join(cols),css,dark)

PROMPT='PS C:\\sit> _'
def terminal(dark=True, wrap=True):
    rows=[]
    for i in range(6):
        c=mpan_core(); rows.append(f"{K(str(R.randint(1000,9999)),'id')}  {I('mpan',c)}  {K(R.choice(['D0010','D0086','D0150']),'flow')}  {K(f'2026-12-0{R.randint(1,6)}T0{R.randint(1,9)}:{R.randint(10,59)}:00Z','iso')}  {K(R.choice(['OK','FAIL','RETRY']),'st')}")
    w=mpan_core(); ws=w[:7]; we=w[7:]
    wrapped=f"""PS C:\\sit&gt; Write-Host "Escalate MPAN to DNO, core ref {I('mpan_wrap1',w, ws)}</div><div class=l>{I('mpan_wrap2',w,we)} (ticket {K('INC0074412','ticket')})\""""
    css=BASE+""".tw{background:#0c0c0c;color:#cccccc;font-family:'DejaVu Sans Mono',monospace;font-size:14px;padding:10px;width:1000px;height:480px} .l{white-space:pre;height:19px} .h{color:#3b78ff}"""
    body="<div class=tw><div class=l><span class=h>PS C:\\sit&gt;</span> Get-FlowLog -Env SIT-B | Format-Table</div><div class=l></div><div class=l>Id    MpanCore       Flow   Received              Status</div><div class=l>--    --------       ----   --------              ------</div>"+"".join(f"<div class=l>{r}</div>" for r in rows)+f"<div class=l></div><div class=l>{wrapped}</div><div class=l>{K(PROMPT,'prompt')}</div></div>"
    return page(body,css,True)

def rtl(dark):
    c=mpan_core(); mp=mprn(); n=name(); ph=phone()
    css=BASE+"""body{direction:rtl} .r{margin:10px 20px;font-size:15px} .l{display:inline-block;width:180px;color:#666} bdi{unicode-bidi:isolate;direction:ltr}"""
    body=f"""<h2 style='margin:16px 20px'>بيانات نقطة العداد</h2>
<div class=r><span class=l>رقم MPAN</span><bdi>{I('mpan',c)}</bdi></div><div class=r><span class=l>رقم MPRN</span><bdi>{I('mprn',mp)}</bdi></div>
<div class=r><span class=l>اسم العميل</span><bdi>{I('name',n)}</bdi></div><div class=r><span class=l>الهاتف</span><bdi>{I('phone',ph)}</bdi></div>
<div class=r><span class=l>المرجع</span><bdi>{K('MPAN-REF-31','ref')}</bdi></div><div class=r><span class=l>التاريخ</span><bdi>{K('2026-12-04','date')}</bdi></div><div class=r><span class=l>المبلغ</span><bdi>{K('£ 212.40','amt')}</bdi></div>"""
    return page(body,css,dark)

def hicontrast(dark=True):
    c=mpan_core(); e=eui(); s=serial()
    dotted=".".join(e[i:i+4] for i in range(0,16,4)).lower()
    css="""body{margin:0;background:#000;color:#ffff00;font-family:'DejaVu Sans';font-size:14px} .w{border:2px solid #fff;margin:20px;padding:16px;width:700px} a{color:#3ff} .f{margin:8px 0} .l{color:#fff;display:inline-block;width:190px}
.btn{border:2px solid #0f0;color:#0f0;padding:3px 10px;display:inline-block}"""
    body=f"""<div class=w><div class=f style='font-size:18px;color:#fff'>Install &amp; Commission – {K('Job 55120937','job')}</div>
<div class=f><span class=l>MPAN</span>{I('mpan',c)}</div><div class=f><span class=l>Comms hub GUID</span>{I('eui64',dotted)}</div><div class=f><span class=l>Meter serial</span>{I('serial',' '.join([s[:3],s[3:5],s[5:]]) if len(s)>5 else s)}</div>
<div class=f><span class=l>SLA remaining</span>{K('03:41:17','sla')}</div><div class=f><span class=l>Firmware</span>{K('v4.22.0117','ver')}</div><div class=f><span class=btn>{K('Submit','label')}</span> <a>{K('Cancel','label')}</a></div></div>"""
    return page(body,css,True)

def lone(dark, px=13):
    c=mpan_core(); x=R.randint(200,1500); y=R.randint(150,900)
    css=f"body{{margin:0;background:{'#1b1b1b' if dark else '#fafafa'};color:{'#bbb' if dark else '#333'};font-family:'DejaVu Sans';font-size:{px}px}} .a{{position:absolute;left:{x}px;top:{y}px}}"
    return page(f"<div class=a>{I('mpan',c)}</div><div style='position:absolute;left:20px;top:1050px;font-size:11px'>{K('Build 2026.12.1184','build')}</div>",css,dark)

def rotated(dark):
    a=mpan_core(); b=mpan_core(); cc=mpan_core(); d=mprn()
    css=BASE+""".b{position:absolute;font-size:15px;padding:4px;border:1px solid #888}"""
    body=f"""<div class=b style='left:60px;top:300px;transform:rotate(-90deg);transform-origin:left top' data-rot=90>MPAN {I('mpan',a)}</div>
<div class=b style='left:300px;top:120px;transform:rotate(180deg)' data-rot=180>Core {I('mpan',b)} {K('ref Q-7731','ref')}</div>
<div class=b style='left:300px;top:300px;transform:rotate(12deg)' data-rot=12>Supply {I('mpan',cc)}</div>
<div class=b style='left:700px;top:300px;transform:rotate(-7deg)' data-rot=-7>MPRN {I('mprn',d)}</div>
<div class=b style='left:300px;top:500px'>{K('Sticky note board – SIT-B','title')}</div>"""
    return page(body,css,dark)

def grafana(dark=True):
    rows="".join(f"<tr><td><span style='color:{col}'>&#9632;</span> {I('mpan',mpan_core())}</td><td>{K(f'{R.uniform(0.2,4):.2f} kWh','kwh')}</td><td>{K(f'{R.uniform(4,9):.2f} kWh','kwh')}</td><td>{K(str(R.randint(40,48)),'cnt')}</td></tr>" for col in ['#73bf69','#f2cc0c','#5794f2','#ff780a','#b877d9'])
    css=BASE+""".p{background:#181b1f;color:#ccccdc;margin:10px;padding:10px;width:900px;border:1px solid #333} .p td,.p th{padding:3px 12px;font-size:12px;text-align:left} svg{display:block}"""
    pts=" ".join(f"{i*18},{120-R.randint(10,100)}" for i in range(48))
    body=f"""<div class=p><div>{K('HH consumption – SIT-B sample','title')} &nbsp; {K('Last 24 hours','range')}</div><svg width=880 height=130><polyline points='{pts}' fill=none stroke='#73bf69'/></svg>
<table><tr><th>Series</th><th>Mean</th><th>Max</th><th>Count</th></tr>{rows}</table></div>"""
    return page(body,css,True)

def tracker(dark):
    rows=[]
    for i in range(8):
        c=mpan_core()
        rows.append(f"<tr><td>{K('DIP-'+str(R.randint(100000,999999)),'dip')}</td><td>{K(R.choice(['MHHS-IF-031','MHHS-IF-021','MHHS-IF-013']),'flow')}</td><td>{I('mpan',c)}</td><td>{K(f'06/12/2026 0{R.randint(1,9)}:{R.randint(10,59)}:{R.randint(10,59)}','ts')}</td><td><span class=pill>{K(R.choice(['Delivered','Pending','Rejected']),'st')}</span></td><td>{K(guid()[:18],'corr')}</td></tr>")
    css=BASE+"""table{border-collapse:collapse;margin:10px} td,th{padding:5px 10px;border-bottom:1px solid #ddd;font-size:12px;text-align:left} .dark td{border-color:#3b3b3b} .pill{background:#e3f2e8;border-radius:9px;padding:1px 8px} .dark .pill{background:#234}
td:nth-child(6){max-width:120px}"""
    return page(f"<div style='padding:10px;font-size:16px'>DIP message tracker &nbsp;{K('Page 3 of 41','page')}</div><table><tr><th>Msg</th><th>Interface</th><th>MPAN</th><th>Sent</th><th>Status</th><th>Correlation</th></tr>{''.join(rows)}</table>",css,dark)

def narrow_wrap(dark):
    c=mpan_core(); n=name(); a=street(); pc=postcode()
    css=BASE+""".c{width:118px;border:1px solid #999;padding:6px;font-size:14px;margin:20px;word-break:break-all;display:inline-block;vertical-align:top}"""
    body=f"""<div class=c>Comment: MPAN {I('mpan',c)} re-read OK</div><div class=c style='width:150px;word-break:normal'>Customer {I('name',n)} at {I('addr',a)} {I('postcode',pc)}</div><div class=c>{K('Step 4 of 11','step')} {K('Run 2026-12-06.3','run')}</div>"""
    return page(body,css,dark)
PAGES = dict(kibana=kibana, portal_sbox=portal_sbox, explorer=explorer, browser=browser, mail=mail, jira=jira, terminal=terminal, rtl=rtl, hicontrast=hicontrast, lone=lone, rotated=rotated, grafana=grafana, tracker=tracker, narrow=narrow_wrap)
