from html_pages import *
P = {}
def page(w, h):
    def d(f): P[f.__name__] = (f, w, h); return f
    return d

@page(1366, 768)
def portal_meter_details():
    m=mpan(); tp=top(); g=mprn(); n=name(); a,t,pc=addr()
    return f"""<div class=top><b>BrightGrid Energy</b><span>{K('My account')}</span><span>{K('Meter details')}</span><span style='margin-left:auto'>{K('Log out')}</span></div>
<div class=card><h2 style='margin:0 0 6px'>{K('Your meter details')}</h2><div class=muted>{NAME(n)} · {ADDR(a)}, {t} {S('postcode',pc)}</div></div>
<div style='display:flex'><div class=card style='flex:1'><h3>{K('Electricity')}</h3><div class=lbl>{K('Supply number (MPAN)')}</div>{fix_sboxA(m,tp)}
<p>{K('Meter serial')}: <b>{S('serial_e',eserial())}</b></p><p>{K('Tariff')}: {K('Fix & Protect June 2027','keep')}</p></div>
<div class=card style='flex:1'><h3>{K('Gas')}</h3><div class=lbl>{K('Gas supply point')}</div><div style='font-size:20px;font-weight:600'>{S('mprn',g)}</div>
<p>{K('Meter serial')}: <b>{S('serial_g',gserial())}</b></p><p>{K('Last reading')}: {K('04821.6 m³','reading')} on {K('12 Feb 2026','date')}</p></div></div>"""

@page(1280, 720)
def portal_sbox_flex():
    m=mpan(); tp=top(); n=name()
    return f"""<div class=top><b>Northmere Power</b><span style='margin-left:auto'>{K('Hi')} {S('name',n.split()[0])}</span></div>
<div class=card><h3>{K('Electricity supply')}</h3><p class=muted>{K('This is your supply number. You may need it if you switch supplier.')}</p>{sbox(m,tp,'B')}
<p>{K('Account reference')}: {K('A-20931','keep')} &nbsp; {K('Payment method')}: {K('Direct Debit','keep')}</p></div>"""

@page(1024, 600)
def portal_sbox_noS():
    m=mpan(); tp=top(); m2=mpan(); tp2=top()
    return f"""<div class=card><h3>{K('Supply points')}</h3><table><tr><th>{K('Site')}</th><th>{K('Supply number')}</th><th>{K('Status')}</th></tr>
<tr><td>{K('Main building','keep')}</td><td>{sbox(m,tp,'C')}</td><td><span class='chip ok'>{K('Live','status')}</span></td></tr>
<tr><td>{K('Car park EV','keep')}</td><td>{sbox(m2,tp2,'C')}</td><td><span class='chip wait'>{K('Pending','status')}</span></td></tr></table></div>"""

@page(900, 1100)
def bill_meter_table():
    m=mpan(); tp=top(); g=mprn(); n=name(); a,t,pc=addr()
    return f"""<div style='background:#fff;color:#111;margin:0;padding:30px 40px;font-family:Georgia,serif;min-height:1100px'>
<div style='display:flex;justify-content:space-between'><div style='font:bold 26px Arial'>Hearthstone Energy</div><div style='text-align:right;font-size:13px'>{K('Bill date')}: {K('03 March 2026','date')}<br>{K('Account number')}: {K('8120 4471','keep')}</div></div>
<p style='margin-top:30px'>{NAME(n)}<br>{ADDR(a)}<br>{S('address',t)}<br>{S('postcode',pc)}</p>
<h3 style='font-family:Arial'>{K('Your meter details')}</h3>
<table style='width:100%;font-size:13px;font-family:Arial'><tr><th></th><th>{K('Electricity')}</th><th>{K('Gas')}</th></tr>
<tr><td>{K('Supply number')}</td><td>{sbox(m,tp,'D')}</td><td>{K('MPRN')} {S('mprn',g)}</td></tr>
<tr><td>{K('Meter serial')}</td><td>{S('serial_e',eserial())}</td><td>{S('serial_g',gserial())}</td></tr>
<tr><td>{K('Previous reading')}</td><td>{K('18234','reading')} (A)</td><td>{K('04211','reading')} (E)</td></tr>
<tr><td>{K('Latest reading')}</td><td>{K('18911','reading')} (A)</td><td>{K('04390','reading')} (A)</td></tr>
<tr><td>{K('Units used')}</td><td>{K('677 kWh','reading')}</td><td>{K('179 m³','reading')}</td></tr></table>
<p style='font-family:Arial;font-size:12px' class=muted>{K('Calorific value 39.3 MJ/m³, volume correction 1.02264','keep')}</p>
<h3 style='font-family:Arial'>{K('Total to pay')} {K('£214.37','amount')}</h3></div>"""

@page(1280, 800)
def portal_mprn_fields():
    g=mprn(); g2=mprn(); a,t,pc=addr()
    return f"""<div class=top><b>Gas Connections Portal</b></div><div class=card style='width:560px'>
<h3>{K('Site details')}</h3>
<div style='display:grid;grid-template-columns:160px 1fr;row-gap:10px;align-items:center'>
<label>{K('MPRN')}</label><input value='' style='display:none'><div style='border:1px solid #9ca3af;padding:6px;border-radius:3px'>{S('mprn',g)}</div>
<label>{K('Gas supply point')}</label><div style='border:1px solid #9ca3af;padding:6px;border-radius:3px'>{S('mprn',g2)}</div>
<label>{K('Postcode')}</label><div style='border:1px solid #9ca3af;padding:6px;border-radius:3px'>{S('postcode',pc)}</div>
<label>{K('AQ (kWh)')}</label><div style='border:1px solid #9ca3af;padding:6px;border-radius:3px'>{K('12500','keep')}</div>
<label>{K('Market sector')}</label><div style='border:1px solid #9ca3af;padding:6px;border-radius:3px'>{K('Domestic','keep')}</div></div>
<p><button>{K('Search')}</button> <button>{K('Clear')}</button></p></div>"""

@page(1100, 700)
def narrow_wrap():
    m=mpan(); m2=mpan(); m3=mpan(); n=name()
    return f"""<div style='display:flex;gap:12px;padding:10px'>
<div class=card style='width:130px;word-break:break-all;font-size:15px'><b>{K('Note')}</b><br>{K('MPAN')}: {S('mpan',m)} {K('fails IF-031','keep')}</div>
<div class=card style='width:120px;font-size:15px;hyphens:manual'><b>{K('Supply')}</b><br>{S('mpan',m2,disp=m2[:7]+'&shy;'+m2[7:])} </div>
<div class=card style='width:190px;font-size:14px'><b>{K('Comment')}</b><br>{K('Customer')} {NAME(n)} {K('rang about')} {K('supply')} {S('mpan',m3,disp=m3[:8]+'<br>'+m3[8:])} {K('on 14/02','date')}</div>
<div class=card style='flex:1'><h3>{K('Defect 48213','keep')}</h3><p>{K('Severity 2 - High','keep')}</p><p>{K('Expected: D0150 sent within 5 WD','keep')}</p></div></div>"""

@page(1920, 1080)
def lone_small():
    m=mpan()
    return f"<div style='position:absolute;left:1310px;top:870px;font-size:13px;color:#333'>{S('mpan',m)}</div>"

@page(1920, 1080)
def lone_small_dark():
    m=mpan()
    return f"<div style='position:absolute;left:220px;top:160px;font-size:12px;color:#ccc'>{K('MPAN','label')} {S('mpan',mpan_sp(m).replace(' ',''))}</div>"

@page(1440, 810)
def dip_tracker():
    rows=""
    st=[("Delivered","ok"),("Rejected","bad"),("Awaiting ack","wait"),("Delivered","ok"),("Delivered","ok"),("Rejected","bad")]
    for i,(s,c) in enumerate(st):
        rows+=f"<tr><td class=mono>{K(dipid(),'dipid')}</td><td>{K(R.choice(['IF-031','IF-021','PUB-033','IF-013','PUB-015']),'msgtype')}</td><td class=mono>{S('mpan',mpan())}</td><td>{K(ts(),'timestamp')}</td><td><span class='chip {c}'>{K(s,'status')}</span></td><td class=mono style='font-size:12px'>{K(guid(),'guid')}</td></tr>"
    return f"""<div class=top><b>DIP Message Tracker</b><span>{K('Environment: SIT-B','keep')}</span></div><div class=card>
<table style='font-size:13px'><tr><th>{K('Message ID')}</th><th>{K('Type')}</th><th>{K('MPAN')}</th><th>{K('Received (UTC)')}</th><th>{K('Status')}</th><th>{K('Correlation ID')}</th></tr>{rows}</table></div>"""

@page(1366, 768)
def ecoes_search():
    rows=""
    for i in range(5):
        a,t,pc=addr()
        rows+=f"<tr><td class=mono>{S('mpan',mpan())}</td><td>{ADDR(a)}</td><td>{S('address',t)}</td><td>{S('postcode',pc)}</td><td class=mono>{S('serial_e',eserial())}</td><td>{K(R.choice(['0393','0151','0845']),'mtc')}</td><td>{K(R.choice(['Traded','Live']),'status')}</td></tr>"
    return f"""<div class=top><b>{K('Electricity Central Online Enquiry Service','keep')}</b></div><div class=card>
<p>{K('Search results')} — {K('5 records','keep')}</p><table style='font-size:12.5px'><tr><th>{K('MPAN Core')}</th><th>{K('Address Line 1')}</th><th>{K('Town')}</th><th>{K('Postcode')}</th><th>{K('Meter Serial')}</th><th>{K('MTC')}</th><th>{K('Status')}</th></tr>{rows}</table></div>"""

@page(1366, 768)
def asset_register():
    rows=""
    forms=[lambda s:s, lambda s:s.lower(), lambda s:s[:2]+' '+s[2:4]+' '+s[4:], lambda s:s]
    for i in range(6):
        e=eui(); s=eserial(); f=forms[i%4](s)
        ed = e.replace('-','.') if i%2==0 else e.replace('-',':')
        kind = 'serial_g' if i==3 else 'serial_e'
        if kind=='serial_g': f=gserial()
        rows+=f"<tr><td>{K('AST-'+str(40120+i),'keep')}</td><td class=mono>{S(kind,f)}</td><td class=mono>{S('eui',ed)}</td><td>{K(R.choice(['ESME','GSME','CHF','PPMID']),'keep')}</td><td>{K(R.choice(['Installed','In stock','Faulty']),'status')}</td><td>{K('SMETS2','keep')}</td></tr>"
    return f"""<div class=top><b>Meter Asset Register</b><span>{K('Filter: All devices')}</span></div><div class=card><table style='font-size:13px'>
<tr><th>{K('Asset ID')}</th><th>{K('Serial number')}</th><th>{K('Device ID')}</th><th>{K('Type')}</th><th>{K('State')}</th><th>{K('Generation')}</th></tr>{rows}</table></div>"""

@page(1280, 800)
def appointment_calendar():
    n=name(); a,t,pc=addr(); ph=phone()
    cells="".join(f"<div style='border:1px solid #d1d5db;height:70px;padding:3px;font-size:11px'>{d}</div>" for d in range(1,22))
    return f"""<div class=top><b>FieldBook</b> <span>{K('Appointments')}</span></div><div style='display:flex'>
<div class=card style='flex:2'><h3>{K('March 2026')}</h3><div style='display:grid;grid-template-columns:repeat(7,1fr)'>{cells}</div></div>
<div class=card style='flex:1'><h3>{K('Booked: AM slot 08:00-12:00','keep')}</h3><p><b>{NAME(n)}</b><br>{ADDR(a)}<br>{S('address',t)}<br>{S('postcode',pc)}</p><p>{K('Tel')}: {S('phone',ph)}</p>
<p>{K('Job type')}: {K('SMETS2 dual fuel install','keep')}</p><p>{K('Job ref')}: {K('JOB-771204','keep')}</p></div></div>"""

@page(1280, 800)
def install_jobsheet():
    n=name(); a,t,pc=addr(); m=mpan(); g=mprn()
    return f"""<div style='background:#0f766e;color:#fff;padding:14px;font-size:18px'>{K('Job sheet')} · {K('JOB-771388','keep')}</div>
<div style='display:grid;grid-template-columns:1fr 1fr;gap:8px;padding:8px'>
<div class=card><div class=lbl>{K('Customer')}</div><div style='font-size:18px'>{NAME(n)}</div><div class=lbl>{K('Site address')}</div><div>{ADDR(a)}, {S('address',t)}, {S('postcode',pc)}</div></div>
<div class=card><div class=lbl>{K('MPAN')}</div><div style='font-size:18px' class=mono>{S('mpan',mpan_sp(m))}</div><div class=lbl>{K('MPRN')}</div><div style='font-size:18px' class=mono>{S('mprn',g)}</div></div>
<div class=card><div class=lbl>{K('ESME ID')}</div><div class=mono>{S('eui',eui())}</div><div class=lbl>{K('GSME ID')}</div><div class=mono>{S('eui',eui().replace('-',''))}</div></div>
<div class=card><div class=lbl>{K('Old meter serial (removed)')}</div><div class=mono>{S('serial_e',eserial())}</div><div class=lbl>{K('New meter serial')}</div><div class=mono>{S('serial_e',eserial())}</div></div>
<div class=card><div class=lbl>{K('Commissioning')}</div><div>{K('CH joined at 10:42','keep')} · {K('SRV 8.1.1 sent','keep')}</div></div>
<div class=card><button style='font-size:18px;padding:10px 30px'>{K('Complete job')}</button></div></div>"""

@page(390, 844)
def prepay_app():
    g=mprn(); s=eserial()
    return f"""<div style='background:#4c1d95;color:#fff;padding:18px'><div style='font-size:13px'>{K('Gas balance')}</div><div style='font-size:36px;font-weight:700'>{K('£12.40','amount')}</div></div>
<div class=card><div class=lbl>{K('Top up amount')}</div><div style='display:flex;gap:6px;margin:6px 0'><button>{K('£10')}</button><button>{K('£20')}</button><button>{K('£30')}</button></div>
<div class=lbl>{K('Gas supply point')}</div><div class=mono>{S('mprn',g)}</div><div class=lbl>{K('Meter')}</div><div class=mono>{S('serial_e',s)}</div>
<div class=lbl>{K('Emergency credit')}</div><div>{K('£5.00 available','amount')}</div></div><div style='padding:10px'><button style='width:100%;padding:12px;background:#7c3aed;color:#fff;border:0;border-radius:8px'>{K('Top up now')}</button></div>"""

@page(1366, 768)
def uklink_portal():
    g=mprn(); gs=gserial(); a,t,pc=addr()
    return f"""<div style='background:#003a5d;color:#fff;padding:8px 14px'>{K('UK Link')} · {K('Data Enquiry','keep')}</div>
<div class=card><table style='font-size:13px'><tr><th>{K('Meter Point Reference')}</th><td class=mono>{S('mprn',g)}</td><th>{K('Meter Serial Number')}</th><td class=mono>{S('serial_g',gs)}</td></tr>
<tr><th>{K('Address')}</th><td colspan=3>{ADDR(a)} {S('address',t)} {S('postcode',pc)}</td></tr>
<tr><th>{K('LDZ')}</th><td>{K('NW','keep')}</td><th>{K('EUC')}</th><td>{K('NW:E2601','keep')}</td></tr>
<tr><th>{K('Meter Mechanism')}</th><td>{K('NS','keep')}</td><th>{K('SOQ')}</th><td>{K('46','keep')}</td></tr></table></div>"""

@page(1366, 768)
def outlook_thread():
    n=name(); n2=name(); m=mpan(); ph=phone(); e=email(n2)
    return f"""<div style='display:flex;height:768px'><div style='width:300px;background:#f0f0f0;border-right:1px solid #ccc;font-size:13px'>
<div style='padding:8px;background:#cde6f7'><b>{K('RE: Failed SIT test')}</b><br>{K('10:41','keep')}</div><div style='padding:8px'>{K('Weekly test status','keep')}</div></div>
<div style='flex:1;padding:16px;background:#fff;color:#222;font-family:Calibri,Carlito,Arial'><h2 style='font-weight:400'>{K('RE: Failed SIT test')} {K('SIT-E2E-0412','tcref')}</h2>
<p>{K('Hi')} {S('name',n.split()[0])},</p><p>The D0010 for {S('mpan',m)} was rejected again at 09:12. Can you check the reads?</p>
<p>Thanks,<br><b>{S('name',n2)}</b><br>{K('Test Analyst','keep')} | {K('Settlement Assurance','keep')}<br>M: {S('phone',ph)}<br>{S('email',e)}</p>
<hr><div class=muted style='font-size:12px'>From: {S('name',n)}<br>Sent: {K('04 March 2026 08:55','timestamp')}<br>Subject: {K('Failed SIT test','keep')}</div></div></div>"""

@page(1280, 720)
def teams_table():
    rows="".join(f"<tr><td>{K(tc(),'tcref')}</td><td class=mono>{S('mpan',mpan())}</td><td>{K(R.choice(['Pass','Fail','Blocked']),'status')}</td></tr>" for _ in range(4))
    n=name()
    return f"""<div style='background:#f5f5f5;height:720px;padding:16px;font-family:Segoe UI,DejaVu Sans'><div style='background:#fff;border-radius:6px;padding:10px;width:640px'>
<div><b>{S('name',n)}</b> <span class=muted>{K('09:14','keep')}</span></div><p>{K('Results from this mornings run:','keep')}</p>
<table style='border:1px solid #ccc;font-size:13px'><tr><th>{K('Test')}</th><th>{K('MPAN')}</th><th>{K('Result')}</th></tr>{rows}</table></div></div>"""

@page(1280, 720)
def confluence_info():
    m=mpan(); g=mprn()
    return f"""<div style='padding:20px 60px;background:#fff;color:#172b4d;height:720px'><div class=muted>{K('Spaces')} / {K('MHHS Testing')} / {K('Test data')}</div>
<h1>{K('SIT cycle 3 test data')}</h1><div style='background:#deebff;border-radius:3px;padding:12px;display:flex;gap:10px'><b style='color:#0052cc'>ⓘ</b><div>{K('Use only the sites below.','keep')} {K('Primary MPAN')}: <b>{S('mpan',m)}</b>, {K('gas')}: <b>{S('mprn',g)}</b>. {K('Do not use production data.','keep')}</div></div>
<p>{K('Last updated 2 March 2026','keep')}</p></div>"""

@page(1366, 768)
def servicenow_form():
    n=name(); a,t,pc=addr(); m=mpan()
    fld=lambda l,v: f"<div style='display:flex;margin:6px 0'><div style='width:180px;text-align:right;padding-right:10px'>{K(l)}</div><div style='border:1px solid #bbb;padding:4px;width:320px;background:#fff;color:#111'>{v}</div></div>"
    return f"""<div style='background:#293e40;color:#fff;padding:8px'>{K('Incident')} {K('INC0091823','keep')}</div><div style='display:flex;padding:10px'><div>
{fld('Caller',NAME(n))}{fld('Category',K('Metering','keep'))}{fld('MPAN',S('mpan',m))}{fld('Site address',ADDR(a)+', '+S('postcode',pc))}</div><div>
{fld('State',K('In Progress','status'))}{fld('Assignment group',K('Smart Ops L2','keep'))}{fld('Opened',K('2026-03-04 09:01:22','timestamp'))}</div></div>"""

@page(1280, 720)
def powerbi_table():
    rows="".join(f"<tr><td>{S('mpan',mpan())}</td><td style='text-align:right'>{K(str(R.randint(100,9000)),'reading')}</td><td style='text-align:right'>{K(f'{R.uniform(10,900):.2f}','amount')}</td></tr>" for _ in range(6))
    return f"""<div style='background:#eaeaea;height:720px;padding:20px'><div style='background:#fff;width:520px;padding:10px;font-family:Segoe UI,DejaVu Sans;font-size:12px;color:#252423'>
<div style='font-size:14px'>{K('Consumption by MPAN')}</div><table style='width:100%'><tr><th>{K('MPAN')}</th><th>{K('kWh')}</th><th>{K('Cost £')}</th></tr>{rows}</table></div></div>"""

@page(1366, 768)
def swagger_try():
    m=mpan(); e=eui()
    js=f'''{{\n  "mpan": "{S('mpan',m)}",\n  "deviceId": "{S('eui',e)}",\n  "requestId": "{K(guid(),'guid')}",\n  "status": "{K('ACCEPTED','status')}"\n}}'''
    return f"""<div style='background:#1b1b1b;color:#fff;padding:10px'>{K('Swagger UI','keep')}</div><div class=card><span style='background:#49cc90;color:#fff;padding:3px 10px;border-radius:3px'>POST</span> <b class=mono>{K('/v1/registrations','keep')}</b>
<p><button>{K('Try it out')}</button> <button style='background:#4990e2;color:#fff'>{K('Execute')}</button></p><div>{K('Response body')}</div>
<pre style='background:#333;color:#fff;padding:10px;font-size:13px'>{js}</pre><div>{K('Code')} {K('201','keep')}</div></div>"""

@page(1366, 768)
def postman_tree():
    m=mpan(); e=eui(); n=name()
    line=lambda d,t: f"<div style='padding-left:{d*18}px'>{t}</div>"
    b=line(0,"▾ {")+line(1,f"<span style='color:#a31515'>\"correlationId\"</span>: <span style='color:#0451a5'>\"{K(guid(),'guid')}\"</span>")+line(1,"▾ \"supplyPoint\": {")+line(2,f"<span style='color:#a31515'>\"mpanCore\"</span>: <span style='color:#0451a5'>\"{S('mpan',m)}\"</span>")+line(2,f"\"esmeId\": \"{S('eui',e.lower())}\"")+line(2,f"\"occupier\": \"{S('name',n)}\"")+line(1,"}")+line(1,f"\"eventTime\": \"{K('2026-03-04T10:22:31Z','timestamp')}\"")+line(0,"}")
    return f"""<div style='background:#f9f9f9;height:768px;font-size:13px'><div style='padding:8px;border-bottom:1px solid #ddd'>GET {K('https://sit.api.example.net/mhhs/v2/supply-points','keep')}</div>
<div style='padding:8px'>{K('Body')} · {K('200 OK','status')} · {K('312 ms','keep')}</div><div class=mono style='padding:8px;background:#fff'>{b}</div></div>"""

@page(1280, 800)
def xml_tree():
    m=mpan(); e=eui(); s=eserial()
    r=lambda d,t: f"<div style='padding-left:{d*16}px;line-height:1.5'>{t}</div>"
    t=lambda n: f"<span style='color:#800000'>&lt;{n}&gt;</span>"
    c=lambda n: f"<span style='color:#800000'>&lt;/{n}&gt;</span>"
    b=r(0,"▼ "+t("sr:Request"))+r(1,"▼ "+t("sr:Header"))+r(2,t("sr:RequestID")+K('90-B3-D5-1F-30-01-00-00:'+'00-DB-12-34-56-78-90-A0:1003','keep')+c("sr:RequestID"))+r(2,t("sr:CommandVariant")+K('1','keep')+c("sr:CommandVariant"))+r(1,"▶ "+t("sr:Body"))+r(1,"▼ "+t("ra:DeviceDetails"))+r(2,t("ra:DeviceID")+S('eui',e)+c("ra:DeviceID"))+r(2,t("ra:MPxN")+S('mpan',m)+c("ra:MPxN"))+r(2,t("ra:ManufacturerSerial")+S('serial_e',s)+c("ra:ManufacturerSerial"))
    return f"<div style='background:#fff;color:#000;height:800px;font:13px monospace;padding:10px'><div style='background:#eee;padding:4px'>{K('DUIS XML Viewer','keep')} — {K('SRV_8.1.1_response.xml','filename')}</div>{b}</div>"

@page(1366, 768)
def notepadpp():
    lines=[]
    m=mpan(); m2=mpan(); s=eserial()
    txt=[f"ZHV|{K('0000441926','keep')}|{K('D0010001','msgtype')}|X|LOND|R|SWEB|{K('20260304101500','timestamp')}||||OPER|",
         f"026|{S('mpan',m)}|V|", f"028|{S('serial_e',s)}|D|", f"030|S|{K('20260303000000','timestamp')}|{K('18911.0','reading')}|||T|N|",
         f"026|{S('mpan',m2)}|V|", f"ZPT|{K('0000441926','keep')}|6||1|{K('20260304101501','timestamp')}|"]
    for i,t in enumerate(txt,1):
        lines.append(f"<div><span style='display:inline-block;width:34px;background:#e4e4e4;color:#808080;text-align:right;padding-right:6px'>{i}</span> <span style='color:#000080'>{t}</span></div>")
    return f"<div style='background:#fff;color:#000;height:768px'><div style='background:#f0f0f0;padding:4px;font-size:12px'>{K('D0010_SIT_batch7.dtc','filename')}</div><div style='font:13px DejaVu Sans Mono,monospace'>{''.join(lines)}</div></div>"

@page(1280, 720)
def winscp_list():
    rows=""
    for i in range(6):
        m=mpan()
        fn = f"D0010_{m}_2026030{i+1}.txt" if i%2==0 else f"IF-031_{R.randint(10000,99999)}_ack.json"
        cell = S('mpan',m,disp=H.escape(fn)) if i%2==0 else K(fn,'filename')
        rows+=f"<tr><td>📄 {cell}</td><td style='text-align:right'>{K(str(R.randint(1,90))+' KB','keep')}</td><td>{K('04/03/2026 10:1'+str(i),'timestamp')}</td><td>{K('rw-r--r--','keep')}</td></tr>"
    return f"<div style='background:#fff;color:#000;height:720px;font-size:12px'><div style='background:#ddd;padding:4px'>{K('/inbound/dtc/sit3','filename')}</div><table style='width:100%'><tr><th>{K('Name')}</th><th>{K('Size')}</th><th>{K('Changed')}</th><th>{K('Rights')}</th></tr>{rows}</table></div>"

@page(1366, 768)
def eventviewer():
    m=mpan(); s=eserial()
    return f"""<div style='background:#fff;color:#000;height:768px;font-size:12px'><div style='background:#f0f0f0;padding:4px'>{K('Event Viewer')} › {K('Applications and Services Logs')} › {K('MeterGateway')}</div>
<table style='width:100%'><tr><th>{K('Level')}</th><th>{K('Date and Time')}</th><th>{K('Source')}</th><th>{K('Event ID')}</th></tr>
<tr><td>⚠ {K('Warning','status')}</td><td>{K('04/03/2026 10:22:17','timestamp')}</td><td>{K('MeterGateway','keep')}</td><td>{K('4107','keep')}</td></tr></table>
<div style='border-top:1px solid #999;padding:8px' class=mono>{K('General')}<br>Read rejected for supply {S('mpan',m)} meter {S('serial_e',s.lower())}: register {K('1','keep')} value out of range</div></div>"""

@page(1366, 768)
def toast_breadcrumb_status():
    m=mpan(); m2=mpan(); g=mprn()
    return f"""<div style='padding:8px;font-size:13px'>{K('Home')} › {K('Sites')} › {S('mpan',m)} › {K('Reads')}</div>
<div class=card><h3>{K('Reads')}</h3><p>{K('Tags')}: <span style='background:#2563eb;color:#fff;border-radius:12px;padding:2px 10px;font-size:12px'>{S('mprn',g)}</span> <span style='background:#16a34a;color:#fff;border-radius:12px;padding:2px 10px;font-size:12px'>{K('HH','keep')}</span></p></div>
<div style='position:absolute;left:996px;top:650px;width:330px;background:#323232;color:#fff;padding:12px;border-radius:4px;box-shadow:0 4px 12px #0008;font-size:13px'>{K('Read submitted','keep')}<br>{S('mpan',m2)} · {K('18911 kWh','reading')}</div>
<div style='position:absolute;left:0;right:0;top:754px;height:14px;background:#007acc;color:#fff;font-size:9px;padding-left:6px'>{K('Connected')} | {K('SIT-B','keep')} | MPAN {S('mpan',mpan())} | {K('UTF-8','keep')}</div>"""

@page(1366, 768)
def blurred_modal():
    m=mpan(); n=name()
    bg="".join(f"<tr><td>{K(tc(),'tcref')}</td><td>Lorem step {i}</td><td>{K('Pass','status')}</td></tr>" for i in range(8))
    return f"""<div style='filter:blur(3px);padding:20px'><table style='font-size:14px'>{bg}</table></div><div style='position:absolute;inset:0;background:#0006'></div>
<div style='position:absolute;left:430px;top:220px;width:500px;background:#fff;color:#111;border-radius:8px;padding:20px;box-shadow:0 10px 40px #000a'><h3>{K('Confirm change of tenancy')}</h3>
<p>{K('Outgoing occupier')}: {NAME(n)}</p><p>{K('MPAN')}: {S('mpan',m)}</p><p style='text-align:right'><button>{K('Cancel')}</button> <button>{K('Confirm')}</button></p></div>"""

@page(1200, 700)
def link_bold_italic():
    m=mpan(); m2=mpan(); s=eserial(); m3=mpan()
    return f"""<div class=card style='font-size:15px'><p>{K('Supply')}: <a href='#' style='color:#1d4ed8'>{S('mpan',m)}</a> {K('(open in ECOES)','keep')}</p>
<p>{K('Mixed')}: {S('mpan',m2,disp=f'<b>{m2[:4]}</b><i>{m2[4:9]}</i><b><i>{m2[9:]}</i></b>')}</p>
<p style='font-variant:small-caps'>{K('Meter serial')} {S('serial_e',s.lower(),disp=s.lower())}</p>
<p style='text-transform:uppercase;letter-spacing:2px;font-family:Impact,Arial Black,DejaVu Sans;font-weight:900'>{K('Export MPAN')} {S('mpan',m3)}</p></div>"""

@page(1100, 650)
def placeholder_masked():
    m=mpan(); g=mprn(); m2=mpan()
    return f"""<div class=card style='width:600px'><h3>{K('Verify supply')}</h3>
<p>{K('MPAN')} <input data-r=s data-k=mpan data-t='{m}' placeholder='{m}' style='width:220px;font-size:14px;padding:5px'></p>
<p>{K('Account password')} <input type=password value='hunter2hunter2' style='width:150px;padding:5px'> {K('MPRN')} <input value='{g}' data-r=s data-k=mprn data-t='{g}' style='width:140px;padding:5px'></p>
<p>{K('Confirm MPAN')} <input value='{m2}' data-r=s data-k=mpan data-t='{m2}' style='width:220px;font-size:14px;padding:5px;color:#aaa'></p></div>"""

@page(1280, 720)
def chart_tooltip():
    m=mpan()
    bars="".join(f"<div style='width:40px;height:{R.randint(40,300)}px;background:#60a5fa;align-self:flex-end'></div>" for _ in range(12))
    return f"""<div class=card style='height:500px;position:relative'><h3>{K('Half-hourly consumption')}</h3><div style='display:flex;gap:12px;height:380px'>{bars}</div>
<div style='position:absolute;left:380px;top:140px;background:#111;color:#fff;padding:6px 10px;border-radius:4px;font-size:12px'>{S('mpan',m)}<br>{K('SP 17: 0.412 kWh','reading')}</div></div>"""

@page(1280, 600)
def header_numbers():
    ms=[mpan() for _ in range(3)]
    th="".join(f"<th style='font-size:12px'>{S('mpan',x)}</th>" for x in ms)
    rows="".join(f"<tr><td>{K(f'{d:02d}/03/2026','date')}</td>"+"".join(f"<td>{K(str(R.randint(10,99))+'.'+str(R.randint(0,9)),'reading')}</td>" for _ in ms)+"</tr>" for d in range(1,6))
    return f"<div class=card><h3>{K('Daily kWh by supply')}</h3><table><tr><th>{K('Date')}</th>{th}</tr>{rows}</table></div>"

@page(1100, 500)
def boxed_digits():
    m=mpan(); g=mprn()
    cells=lambda s: "".join(f"<span style='display:inline-block;width:26px;height:32px;border:1.5px solid #333;margin-right:3px;text-align:center;font:20px/32px Courier New,monospace'>{c}</span>" for c in s)
    return f"""<div style='background:#fff;color:#111;padding:30px;height:500px'><h3>{K('Change of supplier form')}</h3>
<p>{K('Meter point administration number (13 digits)')}</p>{S('mpan',m,disp=cells(m),style='display:inline-block')}
<p>{K('Gas meter point reference number')}</p>{S('mprn',g,disp=cells(g),style='display:inline-block')}<p>{K('Section B - Signature','keep')}</p></div>"""

@page(1400, 850)
def letter_tearoff():
    n=name(); a,t,pc=addr(); m=mpan(); g=mprn()
    return f"""<div style='background:#fff;color:#111;padding:40px;font-family:Georgia,serif;height:850px'><p>{NAME(n)}<br>{ADDR(a)}<br>{S('address',t)}<br>{S('postcode',pc)}</p>
<p>{K('Dear Customer','keep')},</p><p>{K('Your smart meter appointment is confirmed for 18 March 2026.','keep')}</p>
<div style='border-top:2px dashed #555;margin-top:80px;padding-top:10px;font-family:Arial'>✂ {K('Please detach and return this slip','keep')}<br>
<table style='font-size:13px'><tr><td>{K('MPAN')}</td><td>{S('mpan',mpan_sp(m))}</td><td>{K('MPRN')}</td><td>{S('mprn',g)}</td></tr><tr><td>{K('Ref')}</td><td>{K('APT-55120','keep')}</td><td>{K('Amount enclosed')}</td><td>£______</td></tr></table></div></div>"""

@page(1366, 768)
def crm_ordinary():
    n=name(); a,t,pc=addr(); ph=phone(); e=email(n); m=mpan(); g=mprn()
    return f"""<div style='display:flex;height:768px'><div style='width:200px;background:#1e293b;color:#cbd5e1;padding:10px'>{K('Accounts')}<br>{K('Cases')}<br>{K('Reports')}</div><div style='flex:1'>
<div class=card><h2>{NAME(n)}</h2><div class=muted>{K('Customer since 2019','keep')}</div></div>
<div class=card><div style='display:grid;grid-template-columns:150px 1fr 150px 1fr;row-gap:8px'><span class=lbl>{K('Phone')}</span><span>{S('phone',ph)}</span><span class=lbl>{K('Email')}</span><span>{S('email',e)}</span>
<span class=lbl>{K('Supply address')}</span><span>{ADDR(a)}, {S('address',t)} {S('postcode',pc)}</span><span class=lbl>{K('Case')}</span><span>{K('CS-204917','keep')}</span>
<span class=lbl>{K('Elec MPAN')}</span><span class=mono>{S('mpan',m)}</span><span class=lbl>{K('Gas MPRN')}</span><span class=mono>{S('mprn',g)}</span></div></div></div></div>"""

@page(1280, 720)
def nested_frame():
    return ""  # built by compositing later
