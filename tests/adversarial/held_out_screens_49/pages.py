from chrome import S,K
LIGHT="body{background:#f3f4f6;color:#1f2328;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px}"
DARK="body{background:#1e1f22;color:#dcdcdc;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px} .card{background:#2b2d31!important;border-color:#444!important} th{background:#333!important;color:#eee} td{border-color:#444!important} .muted{color:#9aa!important} .sbox{border-color:#ccc!important}"
def portal():
    css=""".top{background:#00539f;color:#fff;padding:10px 20px;font-size:18px} .top span{font-size:13px;margin-left:30px}
.wrap{display:flex;gap:18px;padding:18px} .card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:14px 18px}
.lbl{color:#57606a;font-size:12px;text-transform:uppercase;margin-top:10px} .val{font-size:15px;margin-top:2px}
.sbox{display:inline-grid;grid-template-columns:auto auto auto auto;border:2px solid #222;padding:6px 10px;column-gap:14px;row-gap:2px;font-family:'Liberation Sans';font-size:16px;margin-top:6px}
.sbox .S{grid-row:1/3;font-size:40px;font-weight:bold;line-height:44px;padding-right:6px}
.muted{color:#6e7781;font-size:12px} table{border-collapse:collapse;margin-top:8px} td,th{border-bottom:1px solid #d8dee4;padding:5px 10px;text-align:left;font-size:13px}"""
    b=f"""<div class=top>{K('Brightwell Energy','ui')} — {K('My Account','ui')} <span>{K('Signed in as','ui')} {S('name','Priya Ramachandran')}</span></div>
<div class=wrap><div class=card style='width:420px'><h3>{K('Electricity supply','heading')}</h3>
<div class=lbl>{K('Supply number (MPAN)','label')}</div>
<div class=sbox><div class=S>S</div><div>01</div><div>801</div><div>123</div>
<div>{S('mpan','22','sb1','2212345678905')}</div><div>{S('mpan','1234 5678','sb1')}</div><div>{S('mpan','905','sb1')}</div></div>
<div class=lbl>{K('Meter serial','label')}</div><div class=val>{S('serial','19K0048216')}</div>
<div class=lbl>{K('Tariff','label')}</div><div class=val>{K('Fixed Saver Nov26 v3','product')}</div>
<div class=lbl>{K('Last reading','label')}</div><div class=val>{K('048213.7 kWh','reading')} on {K('14/11/2026','date')}</div></div>
<div class=card style='width:420px'><h3>{K('Gas supply','heading')}</h3>
<div class=lbl>{K('Gas supply point (MPRN)','label')}</div><div class=val>{S('mprn','7412093385')}</div>
<div class=lbl>{K('Gas meter','label')}</div><div class=val>{S('gas_serial','G4A01239876M')}</div>
<div class=lbl>{K('Smart meter (IHD)','label')}</div><div class=val>{S('eui64','00-1B-C5-0C-00-0A-3F-21')}</div>
<div class=lbl>{K('Supply address','label')}</div><div class=val>{S('address','14 Kestrel Way, Much Wenlock')} {S('postcode','TF13 6BQ')}</div>
<div class=lbl>{K('Contact','label')}</div><div class=val>{S('email','p.ramachandran@example.com')} · {S('phone','07700 900481')}</div></div>
<div class=card style='width:300px'><h3>{K('Recent bills','heading')}</h3><table><tr><th>{K('Date','label')}</th><th>{K('Amount','label')}</th><th>{K('Status','label')}</th></tr>
<tr><td>{K('01/11/2026','date')}</td><td>{K('£84.12','amount')}</td><td>{K('Paid','status')}</td></tr>
<tr><td>{K('01/10/2026','date')}</td><td>{K('£71.90','amount')}</td><td>{K('Paid','status')}</td></tr>
<tr><td>{K('01/09/2026','date')}</td><td>{K('£66.03','amount')}</td><td>{K('Paid','status')}</td></tr></table>
<p class=muted>{K('Account ref BW-20931','keep')} is not your supply number.</p></div></div>"""
    return b,css,1320,560
def dip():
    css="""h2{margin:12px 16px;font-size:18px} table{border-collapse:collapse;margin:0 16px;font-size:13px} th{background:#e8ecf0;text-align:left;padding:6px 8px}
td{border-bottom:1px solid #dde;padding:5px 8px;font-family:'Liberation Mono';font-size:12px} .ok{color:#1a7f37} .bad{color:#cf222e} .sel{background:#b6d7ff;color:#000}"""
    rows=[('DIP-2b7e91c0-5f4a-4c1e-9d2a-7f01c3a88e10','IF-031','1028471936504','2026-11-14 09:42:17.203','Delivered','ok',''),
          ('DIP-a41f0037-88c2-4e5b-b1d4-0c9e2d6f7a55','IF-033','1455001234983','2026-11-14 09:42:19.881','Delivered','ok','sel'),
          ('DIP-0c93d5e2-1b77-4a08-8e6f-4d2c19b0e3a7','PUB-011','2377190045124','2026-11-14 09:43:02.004','Rejected','bad',''),
          ('DIP-7d18e4b6-9a30-4f2c-a5e1-3b6f08c2d914','IF-036','1230466188208','2026-11-14 09:44:51.640','Pending','',''),]
    tr=''
    for i,(d,t,m,ts,st,c,sel) in enumerate(rows):
        mp = S('mpan',m) if not sel else f"<span data-k='s' data-t='mpan' data-v='{m}'><span class=sel>{m[:6]}</span>{m[6:]}</span>"
        tr+=f"<tr><td>{K(d,'dip_id')}</td><td>{K(t,'msgtype')}</td><td>{mp}</td><td>{K(ts,'timestamp')}</td><td class={c}>{K(st,'status')}</td></tr>"
    b=f"""<h2>{K('DIP Message Tracker','heading')} — {K('Qualification env QT2','ui')}</h2><table><tr><th>{K('Message ID','label')}</th><th>{K('Type','label')}</th><th>{K('MPAN','label')}</th><th>{K('Received (UTC)','label')}</th><th>{K('Status','label')}</th></tr>{tr}</table>
<p style='margin:12px 16px;font-size:13px'>{K('Correlation','label')}: {K('3f2a9c44-1e0b-4d87-b6a2-90c1f7e3d5b8','guid')} &nbsp; {K('Schema v2.4.1','version')}</p>"""
    return b,css,1200,330
def ado():
    css="""body{font-family:'Liberation Sans'} .hdr{background:#0078d4;color:#fff;padding:8px 16px;font-size:15px} h3{margin:10px 16px}
table{border-collapse:collapse;margin:0 16px;width:1100px} th{background:#f4f4f4;text-align:left;font-weight:600;padding:6px;border-bottom:2px solid #ccc;font-size:13px}
td{vertical-align:top;padding:6px;border-bottom:1px solid #e6e6e6;font-size:13px} td.n{color:#666;width:30px} .exp{width:360px}
.bug{margin:14px 16px;border:1px solid #ccc;background:#fff;padding:10px;width:1080px} .f{display:inline-block;width:250px;color:#666;font-size:12px}"""
    b=f"""<div class=hdr>{K('Azure DevOps','ui')} › {K('MHHS-Qual','ui')} › {K('Test Plans','ui')} › {K('Plan 4412','keep')}</div>
<h3>{K('Test case 88231: LDSO appointment rejection (TC-MHHS-0417)','heading')}</h3>
<table><tr><th>#</th><th>{K('Action','label')}</th><th>{K('Expected result','label')}</th><th>{K('Outcome','label')}</th></tr>
<tr><td class=n>1</td><td>Send {K('IF-031','msgtype')} for MPAN {S('mpan','1988120477355')} with effective from {K('2026-12-01','date')}</td><td class=exp>DIP returns {K('ACK','status')} within {K('30s','keep')}</td><td>{K('Passed','status')}</td></tr>
<tr><td class=n>2</td><td>Confirm registration for meter serial {S('serial','e10bg48291')} (lower case in source system)</td><td class=exp>{K('PUB-003','msgtype')} published to all subscribers</td><td>{K('Passed','status')}</td></tr>
<tr><td class=n>3</td><td>Check site {S('address','Flat 3, 27 Alderney Crescent, Portishead')} {S('postcode','BS20 7QF')} shows on {K('D0055','msgtype')}</td><td class=exp>Notes: old MPAN {S('mpan','160045912378 4','', '1600459123784')} was wrapped by the CRM</td><td>{K('Failed','status')}</td></tr>
<tr><td class=n>4</td><td>Read register {K('1.8.0','register')} via {K('SRV 8.1','msgtype')} to device {S('eui64','00.1b.c5.0c.00.0a.3f.77')}</td><td class=exp>Reading {K('004812.3','reading')} returned</td><td>{K('Blocked','status')}</td></tr></table>
<div class=bug><b>{K('Bug 90417','keep')}</b> {K('Rejection reason code missing','heading')}<br><span class=f>{K('Assigned To','label')}: {S('name','Gareth Pennycook')}</span><span class=f>{K('Severity','label')}: {K('2 - High','keep')}</span><span class=f>{K('Found in build','label')}: {K('20261114.3','version')}</span><br>
<span style='font-size:13px'>{K('Repro steps','label')}: submit {K('IF-031','msgtype')} with gas MPRN {S('mprn','3159027746')} and customer phone {S('phone','01632 960227')}.</span></div>"""
    return b,css,1180,560
def jira():
    css="""body{font-family:'Liberation Sans';background:#f4f5f7} .col{display:inline-block;vertical-align:top;width:300px;margin:10px;background:#ebecf0;border-radius:4px;padding:8px}
.col h4{margin:4px;color:#5e6c84;font-size:12px} .c{background:#fff;border-radius:3px;box-shadow:0 1px 2px rgba(0,0,0,.3);padding:8px;margin:8px 0;font-size:13px} .key{color:#0052cc;font-size:12px}
.badge{display:inline-block;background:#dfe1e6;border-radius:10px;padding:1px 8px;font-size:11px}"""
    b=f"""<div class=col><h4>{K('TO DO','status')}</h4><div class=c>{K('Gas read rejected for MPRN','keep')} {S('mprn','8820461937')}<br><span class=key>{K('QT-2291','keep')}</span> <span class=badge>{K('UIT','keep')}</span></div>
<div class=c>Retest {K('D0010','msgtype')} for {S('mpan','2066033188446')}<br><span class=key>{K('QT-2295','keep')}</span></div></div>
<div class=col><h4>{K('IN PROGRESS','status')}</h4><div class=c>Meter exchange {S('gas_serial','E6S09871234')} → new ESME<br><span class=key>{K('QT-2302','keep')}</span> <span class=badge>{S('name','Siobhan McAlinden')}</span></div></div>
<div class=col><h4>{K('DONE','status')}</h4><div class=c>Address fix {S('address','The Old Forge, Cwmbran Road, Pontypool')} {S('postcode','NP4 8LT')}<br><span class=key>{K('QT-2240','keep')}</span></div></div>"""
    return b,css,1000,330
def kibana():
    css="""body{font-family:'Liberation Sans';background:#fff} .bar{background:#343741;color:#fff;padding:8px} .q{border:1px solid #ccc;margin:8px;padding:6px;font-family:'Liberation Mono';font-size:13px}
.doc{font-family:'Liberation Mono';font-size:12px;margin:4px 8px;border-bottom:1px solid #eee;padding:4px} mark{background:#fcd76a} .k{color:#006bb8;font-weight:bold}"""
    b=f"""<div class=bar>{K('Discover','ui')} · {K('harness-logs-*','keep')}</div><div class=q>{K('message:"IF-031" and env:"qt2"','keep')}</div>
<div class=doc><span class=k>{K('@timestamp','label')}</span> {K('Nov 14, 2026 @ 09:42:17.203','timestamp')} <span class=k>message</span> POST /dip/{K('IF-031','msgtype')} mpan=<span data-k=s data-t=mpan data-v="1190726544119"><mark>1190</mark>726544119</span> status={K('202','keep')}</div>
<div class=doc><span class=k>{K('@timestamp','label')}</span> {K('Nov 14, 2026 @ 09:42:19.881','timestamp')} <span class=k>message</span> ack corr={K('9b1e77d0-4c2f-4a11-8f3e-2d6a0b5c9e41','guid')} supply=<span data-k=s data-t=mpan data-v="1733281900577">1733<mark>281900</mark>577</span></div>
<div class=doc><span class=k>{K('@timestamp','label')}</span> {K('Nov 14, 2026 @ 09:43:05.117','timestamp')} <span class=k>message</span> customer address {S('address','221 Marlow Bottom Road, Marlow')} {S('postcode','SL7 3PX')} updated by {K('svc-crm-sync','keep')}</div>"""
    return b,css,1200,260
def console(kind):
    if kind=='ps':
        css="body{background:#012456;color:#eeedf0;font-family:'Liberation Mono';font-size:14px;padding:8px;white-space:pre}"
        b=f"""{K('Windows PowerShell','ui')}
PS C:\\harness&gt; .\\Send-Flow.ps1 -Flow {K('D0010','msgtype')} -Mpan {S('mpan','2111908733645')}
{K('[2026-11-14T09:50:02Z]','timestamp')} INFO  built {K('D0010002','keep')} file {K('DF_D0010_20261114_0950.usr','filename')}
{K('[2026-11-14T09:50:03Z]','timestamp')} INFO  meter {S('serial','21L4839201')} reg {K('S','keep')} read {K('012984','reading')}
{K('[2026-11-14T09:50:03Z]','timestamp')} WARN  site: {S('address','9 Heron Quay, Lowestoft')} {S('postcode','NR32 1XG')}
PS C:\\harness&gt; """
    else:
        css="body{background:#000;color:#33ff33;font-family:'DejaVu Sans Mono';font-size:13px;padding:6px;white-space:pre}"
        b=f"""login as: {K('tstuser','keep')}
{K('Last login: Sat Nov 14 09:12:44 2026 from 10.20.4.17','keep')}
[tstuser@ukl-qa01 ~]$ grep {S('mprn','2004519873')} /data/ukl/in/{K('NOSI_20261114.txt','filename')}
{K('A00','keep')},{S('mprn','2004519873')},{S('gas_serial','G4K00192837D')},{K('20261114','date')},{K('SM','keep')},{S('name','TOMASZ WIERZBICKI')}
[tstuser@ukl-qa01 ~]$ """
    return b,css,1000,220
def word():
    css="""body{background:#e6e6e6;font-family:'Liberation Serif'} .page{background:#fff;width:640px;margin:16px;padding:40px;display:inline-block;vertical-align:top;font-size:15px;line-height:1.6}
ins{color:#1f5fbf;text-decoration:underline} del{color:#c00} .side{display:inline-block;width:300px;vertical-align:top;margin-top:60px}
.bal{border:1px solid #c00;background:#fde;padding:6px;margin:8px 0;font-family:'Liberation Sans';font-size:12px}"""
    b=f"""<div class=page><b>{K('Evidence note – TC-MHHS-0417 step 3','heading')}</b><p>The supply at {S('address','14 Kestrel Way, Much Wenlock')} was registered against MPAN <del>{S('mpan','1570752133807')}</del> <ins>{S('mpan','1344860277191')}</ins> and the {K('D0150','msgtype')} was sent at {K('10:02','keep')}.</p>
<p>Meter serial {S('serial','K19E01234')} replaced; customer {S('name','Olufemi Adebayo-Hart')} was present.</p></div>
<div class=side><div class=bal>{K('Comment [JT1]','ui')}: check MPAN {S('mpan','1822019644530')} is the export one</div><div class=bal>{K('Deleted','ui')}: <del>{S('phone','020 7946 0813')}</del></div></div>"""
    return b,css,1100,420
def pdfform():
    css="""body{background:#525659;font-family:'Liberation Sans'} .pg{background:#fff;width:760px;margin:14px auto;padding:30px}
.row{margin:10px 0} .row label{display:inline-block;width:220px;font-size:13px} .fld{display:inline-block;background:#dde7ff;border:1px solid #8aa;padding:3px 6px;min-width:280px;font-family:'Liberation Mono';font-size:14px}
.cells span.c{display:inline-block;width:18px;height:22px;border:1px solid #333;text-align:center;font-family:'Liberation Mono';font-size:15px;margin-right:-1px}"""
    m='1455001234983'
    cells=''.join(f"<span class=c>{d}</span>" for d in m)
    pr='9173350286'; cells2=''.join(f"<span class=c>{d}</span>" for d in pr)
    b=f"""<div class=pg><h3>{K('Change of Tenancy form CT-7 (rev 2026)','heading')}</h3>
<div class=row><label>{K('Customer name','label')}</label><span class=fld>{S('name','Eleri Prosser')}</span></div>
<div class=row><label>{K('Premises address','label')}</label><span class=fld>{S('address','Ty Gwyn, 4 Heol Y Nant, Llandeilo')} {S('postcode','SA19 6DE')}</span></div>
<div class=row><label>{K('MPAN (one digit per box)','label')}</label><span class=cells data-k=s data-t=mpan data-v='{m}'>{cells}</span></div>
<div class=row><label>{K('MPRN','label')}</label><span class=cells data-k=s data-t=mprn data-v='{pr}'>{cells2}</span></div>
<div class=row><label>{K('Move-in date','label')}</label><span class=fld>{K('02/12/2026','date')}</span></div>
<div class=row><label>{K('Opening read','label')}</label><span class=fld>{K('031877','reading')}</span></div></div>"""
    return b,css,900,460
def app():
    css="""body{background:#fafafa;font-family:'Liberation Sans';width:390px} .sb{display:flex;justify-content:space-between;padding:6px 16px;font-size:13px;font-weight:bold}
.hd{background:#5b2c83;color:#fff;padding:14px 16px;font-size:18px} .map{height:230px;background:repeating-linear-gradient(45deg,#e3eadf,#e3eadf 12px,#d7e2d2 12px,#d7e2d2 24px);position:relative}
.pin{position:absolute;left:170px;top:70px;width:22px;height:22px;background:#d33;border-radius:50% 50% 50% 0;transform:rotate(-45deg)}
.card{margin:-40px 14px 0;position:relative;background:#fff;border-radius:10px;box-shadow:0 2px 8px rgba(0,0,0,.3);padding:12px;font-size:14px} .sm{color:#777;font-size:12px}"""
    b=f"""<div class=sb><span>{K('09:41','keep')}</span><span>{K('5G 87%','keep')}</span></div><div class=hd>{K('Job 4471-B','keep')} · {K('Meter exchange','ui')}</div>
<div class=map><div class=pin></div></div><div class=card><b>{S('address','27 Alderney Crescent, Portishead')}</b><br>{S('postcode','BS20 7QF')}<br>
<span class=sm>{K('MPAN','label')}</span> {S('mpan','2377190045124')}<br><span class=sm>{K('Old meter','label')}</span> {S('serial','s1 4k 048213','','S14K048213')}<br>
<span class=sm>{K('Access','label')}</span> {K('Key safe code on job sheet','keep')}<br><span class=sm>{K('Call','label')}</span> {S('phone','07700 900512')}</div>"""
    return b,css,390,640
def effects():
    css="""body{background:#fff;font-family:'Liberation Sans';font-size:16px} .r{margin:10px 16px} .sh{text-shadow:2px 2px 2px #888} .ol{color:#fff;-webkit-text-stroke:1px #000;font-weight:bold;font-size:20px}
.rg{background:#2e8b3a;color:#e02020;padding:3px} .bb{background:#000;color:#2244ff;padding:3px} .wm{background:repeating-linear-gradient(-30deg,#fff,#fff 10px,#eef 10px,#eef 20px);padding:6px}
.caret{display:inline-block;width:1px;height:18px;background:#000;vertical-align:middle} .sel{background:#3390ff;color:#fff} .sq{text-decoration:underline wavy red} .tr{letter-spacing:9px}
.prop{font-variant-numeric:tabular-nums;font-family:'Liberation Serif';font-size:17px} table.sp{border-collapse:collapse} table.sp td{border:1px solid #999;padding:3px 6px}
.prog{width:420px;height:24px;background:#ddd;border-radius:12px;position:relative} .prog div{height:24px;width:60%;background:#2a7;border-radius:12px} .prog>span{position:absolute;left:40px;top:3px;color:#fff;font-size:14px}
.bdg{background:#c62828;color:#fff;border-radius:12px;padding:2px 10px;font-size:12px} .pointer{position:relative} .pointer svg{position:absolute;left:46px;top:2px}"""
    b=f"""<div class=r>{K('Shadowed:','label')} <span class=sh>{S('mpan','1190726544119')}</span> &nbsp; {K('Outline:','label')} <span class=ol>{S('mpan','2066033188446')}</span></div>
<div class=r>{K('Red on green:','label')} <span class=rg>{S('mprn','4419902735')}</span> &nbsp; {K('Blue on black:','label')} <span class=bb>{S('serial','20P0412873')}</span></div>
<div class=r><span class=wm>{K('Watermark bg:','label')} {S('mpan','1028471936504')} {K('CONFIDENTIAL DRAFT','keep')}</span></div>
<div class=r>{K('Caret:','label')} <span data-k=s data-t=mpan data-v="1733281900577">173328<span class=caret></span>1900577</span> &nbsp; {K('Pointer:','label')} <span class=pointer data-k=s data-t=mprn data-v="6608127349">6608127349<svg width=14 height=22><path d="M1 1 L1 18 L5 14 L8 21 L11 20 L8 13 L13 13 Z" fill=#fff stroke=#000 /></svg></span></div>
<div class=r>{K('Part-selected:','label')} <span data-k=s data-t=mpan data-v="1230466188208">12304<span class=sel>66188</span>208</span> &nbsp; {K('Spell-check:','label')} <span class=sq>{S('serial','kl17b03321','','KL17B03321')}</span></div>
<div class=r>{K('Tracked:','label')} <span class=tr>{S('mpan','1600459123784')}</span></div>
<div class=r>{K('Proportional tabular:','label')} <span class=prop>{S('mprn','5530928174')}</span> {K('£1,204.55','amount')}</div>
<div class=r><table class=sp><tr><td>{K('Supply','label')}</td><td data-k=s data-t=mpan data-g=sp1 data-v="1988120477355">1988120</td><td data-k=s data-t=mpan data-g=sp1>477355</td><td>{K('LLFC 123','keep')}</td></tr></table></div>
<div class=r>{K('Two styles:','label')} <b data-k=s data-t=mpan data-g=sp2 data-v="2111908733645">211190</b><i style='color:#a33' data-k=s data-t=mpan data-g=sp2>8733645</i> &nbsp; <span class=bdg>{S('mprn','7701244906')}</span></div>
<div class=r><div class=prog><div></div><span>Migrating {S('mpan','1822019644530')} {K('60%','keep')}</span></div></div>"""
    return b,css,900,520
def lone(): 
    return f"<div style='position:absolute;left:1310px;top:842px;font-size:13px;font-family:Liberation Sans;color:#333'>{S('mpan','2212345678905')}</div>","body{background:#fff}",1920,1080
def lone_dark():
    return f"<div style='position:absolute;left:212px;top:133px;font-size:12px;font-family:DejaVu Sans;color:#bbb'>{S('mprn','3159027746')}</div><div style='position:absolute;left:1700px;top:1040px;font-size:12px;color:#888;font-family:DejaVu Sans'>{K('09:41','keep')}</div>","body{background:#202124}",1920,1080
def transparent():
    return f"""<div style='padding:20px;color:#fff;font-family:Liberation Sans;font-size:18px'>{K('Supply','label')} {S('mpan','1344860277191')}<br><br>{K('Gas','label')} {S('mprn','8820461937')} &nbsp; {S('name','Gareth Pennycook')}</div>
<div style='padding:20px;color:rgba(0,0,0,0.02);font-size:18px;font-family:Liberation Sans'>{S('mpan','1570752133807')}</div>""","",600,220
def hc():
    css="body{background:#000;color:#fff;font-family:'Liberation Sans';font-size:16px} .b{border:2px solid #fff;margin:12px;padding:10px} a{color:#ffff00} .h{color:#00ffff} button{background:#000;color:#fff;border:2px solid #fff;font-size:15px}"
    b=f"""<div class=b><div class=h>{K('Customer search','heading')}</div><br>{K('MPAN','label')}: <a>{S('mpan','1455001234983')}</a><br>{K('MPRN','label')}: <a>{S('mprn','7412093385')}</a><br>{K('Name','label')}: {S('name','Siobhan McAlinden')}<br>{K('Postcode','label')}: {S('postcode','BT47 2HJ')}<br><br><button>{K('Search','ui')}</button> <button>{K('Clear','ui')}</button></div>"""
    return b,css,700,300
def wrapnote():
    css="body{background:#fff;font-family:'Liberation Sans';font-size:15px} .n{width:210px;border:1px solid #bbb;padding:8px;margin:12px;line-height:1.4;word-break:break-all}"
    b=f"""<div class=n>{K('Tester notes','heading')}<br>Retried after timeout, supply {S('mpan','1230466188208')} still shows old LLFC.</div>
<div class=n style='width:150px'>MPRN {S('mprn','2004519873')} gas</div>"""
    return b,css,420,260
def receipt():
    css="body{background:#fff;font-family:'Liberation Mono';font-size:13px;width:300px;color:#222} pre{margin:10px;font-family:inherit;letter-spacing:1px}"
    b=f"""<pre>{K('PAYZONE','keep')}   {K('ELECTRICITY VEND','heading')}
{K('14/11/26 17:42','timestamp')}  {K('TXN 00871234','keep')}
SUPPLY NO
{S('mpan','2212345678905')}
METER {S('serial','14J0093321')}
{K('AMOUNT   £20.00','amount')}
{K('DEBT     £1.50','amount')}
TOKEN
{K('4821 0937 5520 1184 6672','token')}
{K('KEEP THIS RECEIPT','keep')}</pre>"""
    return b,css,300,300
