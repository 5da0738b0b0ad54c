from chrome import S,K
def splunk():
    css="""body{background:#171d21;color:#c3cbd4;font-family:'Liberation Sans';font-size:13px} .sb{background:#0b0f12;padding:8px;font-family:'Liberation Mono';color:#9fe} .ev{border-bottom:1px solid #333;padding:6px 10px;font-family:'Liberation Mono';font-size:12px}
.t{color:#8fa0b0;display:inline-block;width:190px} .hl{background:#f2c744;color:#000}"""
    b=f"""<div class=sb>{K('index=mhhs_qa sourcetype=harness "gas meter"','keep')} | table _time host msg</div>
<div class=ev><span class=t>{K('11/14/26 9:58:01.112 AM','timestamp')}</span> host={K('qa-app-02','keep')} msg="Gas meter {S('gas_serial','g4a01239876m','', 'G4A01239876M')} exchanged at site {S('address','Ty Gwyn, 4 Heol Y Nant, Llandeilo')} {S('postcode','SA19 6DE')}"</div>
<div class=ev><span class=t>{K('11/14/26 9:58:03.540 AM','timestamp')}</span> host={K('qa-app-02','keep')} msg="<span class=hl>{K('MPRN','label')}</span> {S('mprn','5530928174')} nominated, corr {K('c7d1e2f3-0a4b-4c5d-8e9f-a0b1c2d3e4f5','guid')}"</div>
<div class=ev><span class=t>{K('11/14/26 9:58:04.020 AM','timestamp')}</span> host={K('qa-app-03','keep')} msg="DUIS {K('SRV 4.1.1','msgtype')} target {S('eui64','001bc50c000a3f21')} req {K('00-1B-C5-FF-FE-00-00-01:00000000000004D2','keep')}"</div>"""
    return b,css,1250,200
def dbeaver():
    css="""body{background:#fff;font-family:'DejaVu Sans';font-size:12px} table{border-collapse:collapse} td,th{border:1px solid #d0d0d0;padding:2px 6px;white-space:nowrap} th{background:#eef1f5;font-weight:normal}
td.rn{background:#eef1f5;color:#666;text-align:right} .null{color:#999;font-style:italic} tr.sel td{background:#cfe3ff} .bar{background:#dde3ea;padding:4px 8px;font-size:12px}"""
    rows=[('1','2377190045124','E6S09871234','[NULL]','Gareth Pennycook','2026-11-12 08:14:00'),('2','1988120477355','[NULL]','8820461937','Eleri Prosser','2026-11-12 08:15:31'),
          ('3','1455001234983','G4K00192837D','3159027746','[NULL]','2026-11-12 08:17:02')]
    tr=''
    for i,(n,m,gs,pr,nm,ts) in enumerate(rows):
        c=lambda v,t: f"<td class=null>{K(v,'null')}</td>" if v=='[NULL]' else f"<td>{S(t,v)}</td>"
        tr+=f"<tr{' class=sel' if i==1 else ''}><td class=rn>{K(n,'rownum')}</td><td>{S('mpan',m)}</td>{c(gs,'gas_serial')}{c(pr,'mprn')}{c(nm,'name')}<td>{K(ts,'timestamp')}</td></tr>"
    b=f"""<div class=bar>{K('SELECT * FROM crm.supply_point sp WHERE sp.status = 4','sql')}</div><table><tr><th></th><th>{K('MPAN_CORE','label')}</th><th>{K('GAS_SERIAL','label')}</th><th>{K('MPRN','label')}</th><th>{K('CONTACT_NAME','label')}</th><th>{K('UPDATED_AT','label')}</th></tr>{tr}</table>
<div class=bar>{K('3 row(s) fetched - 41ms','keep')}</div>"""
    return b,css,800,200
def ado_run():
    css="""body{font-family:'Liberation Sans';font-size:13px;background:#fff} .hdr{background:#f8f8f8;border-bottom:1px solid #ddd;padding:10px 16px;font-size:16px} .st{margin:10px 16px;border:1px solid #e0e0e0;padding:8px}
.pass{color:#107c10;font-weight:bold} .fail{color:#a4262c;font-weight:bold} .att{color:#0078d4;text-decoration:underline} .cm{background:#f3f2f1;padding:6px;margin-top:6px}"""
    b=f"""<div class=hdr>{K('Test run 51877','keep')} · {K('Run by','label')} {S('name','Siobhan McAlinden')} · {K('Completed','status')} {K('14/11/2026 10:31','timestamp')}</div>
<div class=st><span class=pass>{K('Passed','status')}</span> {K('Step 1','keep')} Submit {K('D0205','msgtype')} update for {S('mpan','1733281900577')}<div class=att>{K('step1_D0205_response.txt','filename')}</div></div>
<div class=st><span class=fail>{K('Failed','status')}</span> {K('Step 2','keep')} Expected {K('D0204','msgtype')} with LLFC {K('571','keep')}, got rejection<div class=cm>{K('Comment','label')}: rejection text quoted supply <span data-k=s data-t=mpan data-v="1733281900577">17 3328 1900 577</span> and customer {S('name','Olufemi Adebayo-Hart')}, tel {S('phone','020 7946 0813')}</div>
<div class=att>{K('step2_screen.png','filename')}</div></div>
<div class=st>{K('Linked bug','label')} {K('90417','keep')} · {K('Area Path','label')} {K('MHHS-LDSO-Qual','keep')} · {K('Build','label')} {K('20261114.3','version')}</div>"""
    return b,css,1000,330
def cmd():
    css="body{background:#0c0c0c;color:#cccccc;font-family:'Liberation Mono';font-size:13px;padding:6px;white-space:pre}"
    b=f"""{K('Microsoft Windows [Version 10.0.22631.4460]','version')}
C:&#92;evidence&gt;type {K('IF-031_request.json','filename')} | findstr mpan
    "mpan": "{S('mpan','1600459123784')}",
    "meterSerial": "{S('serial','20P0412873')}",
    "postcode": "{S('postcode','TF13 6BQ')}",
C:&#92;evidence&gt;"""
    return b,css,640,150
def portal_list():
    css="""body{font-family:'Liberation Sans';background:#fff;font-size:12px} .row{display:flex;gap:20px;align-items:center;border-bottom:1px solid #e5e5e5;padding:8px 14px}
.g{display:inline-grid;grid-template-columns:auto auto auto;column-gap:10px;border:1px solid #888;padding:3px 8px;font-size:12px} .lbl{color:#666;width:140px}"""
    def grid(top,m,noS=False):
        return (f"<span class=g>" + ''.join(f"<span>{t}</span>" for t in top) +
                f"<span data-k=s data-t=mpan data-g=g{m} data-v={m}>{m[:2]}</span><span data-k=s data-t=mpan data-g=g{m}>{m[2:6]} {m[6:10]}</span><span data-k=s data-t=mpan data-g=g{m}>{m[10:]}</span></span>")
    b=f"""<div class=row><span class=lbl>{K('Meter points','heading')}</span><span>{K('3 sites','keep')}</span></div>
<div class=row><span class=lbl>{K('Unit 4 (export)','keep')}</span>{grid(['03','801','250'],'1190726544119')}<span>{K('Active','status')}</span></div>
<div class=row><span class=lbl>{K('Unit 4 (import)','keep')}</span>{grid(['00','845','571'],'2066033188446')}<span>{K('Active','status')}</span></div>
<div class=row><span class=lbl>{K('Gas supply point','label')}</span><span style='font-family:Liberation Mono;font-size:13px;letter-spacing:2px'>{S('mprn','9173350286')}</span><span>{K('Pending','status')}</span></div>"""
    return b,css,700,190
