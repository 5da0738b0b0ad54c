import random, subprocess, json, re, os, html as H
from PIL import Image
from gen_common import *
TMP=ROOT+'/tmp/html'; os.makedirs(TMP,exist_ok=True)
CH=['chromium','--headless','--no-sandbox','--disable-gpu','--hide-scrollbars','--font-render-hinting=none']
def I(text,kind,cls,tag='span',extra=''):
    return f'<{tag} data-r="id" data-k="{kind}" data-c="{cls}" data-t="{H.escape(text)}" {extra}>{H.escape(text)}</{tag}>'
def K(text,kind='label',tag='span',extra=''):
    return f'<{tag} data-r="keep" data-k="{kind}" data-c="keep" {extra}>{H.escape(text)}</{tag}>'
CSS='''
:root{--bg:#f3f4f6;--fg:#1f2328;--panel:#ffffff;--mut:#6b7280;--line:#d0d7de;--acc:#0b5cad;--bar:#e5e7eb}
.dark{--bg:#1e1f22;--fg:#e6e6e6;--panel:#2b2d31;--mut:#9aa0a6;--line:#44474f;--acc:#6cb6ff;--bar:#35373c}
body{margin:0;background:var(--bg);color:var(--fg);font-family:"Liberation Sans",Arial,sans-serif;font-size:14px}
.chrome{background:var(--bar);padding:6px 10px;display:flex;gap:10px;align-items:center;border-bottom:1px solid var(--line)}
.url{flex:1;background:var(--panel);border-radius:14px;padding:5px 14px;font-size:13px;color:var(--fg)}
.tab{background:var(--panel);padding:5px 14px;border-radius:6px 6px 0 0;font-size:12px}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:14px;margin:12px}
table{border-collapse:collapse} td,th{border-bottom:1px solid var(--line);padding:5px 9px;text-align:left;white-space:nowrap}
th{color:var(--mut);font-weight:600;font-size:12px}
.lbl{color:var(--mut);font-size:12px;display:block;margin-top:8px}
.val{font-size:15px}
.btn{background:var(--acc);color:#fff;border-radius:4px;padding:6px 14px;display:inline-block;margin-right:8px}
.sbox{border:2px solid var(--fg);display:inline-grid;grid-template-columns:auto auto auto auto auto;align-items:center}
.sbox .S{grid-row:1/3;font-size:44px;font-weight:bold;padding:0 12px;border-right:2px solid var(--fg)}
.sbox .g{padding:3px 10px;font-size:17px;letter-spacing:1px;border-left:1px solid var(--line)}
.mono{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px}
.cells span.c{display:inline-block;border:1px solid var(--fg);width:18px;text-align:center;margin-right:2px;font-size:15px}
.tip{position:absolute;background:#ffffe1;color:#000;border:1px solid #767676;font-size:12px;padding:3px 6px;box-shadow:2px 2px 4px rgba(0,0,0,.3)}
.win{position:absolute;background:var(--panel);border:1px solid var(--line);box-shadow:0 8px 24px rgba(0,0,0,.35)}
.win .tb{background:var(--bar);padding:6px 10px;font-size:13px;font-weight:600}
.ct{text-shadow:-0.4px 0 rgba(255,0,0,.55),0.4px 0 rgba(0,90,255,.55)}
'''
JS='''<pre id="truth" style="display:none"></pre><script>
var out={dpr:devicePixelRatio,items:[],covers:[...document.querySelectorAll('.cover')].map(e=>{var r=e.getBoundingClientRect();return [r.left,r.top,r.right,r.bottom]})};
document.querySelectorAll('[data-r]').forEach(function(e){var rs=[...e.getClientRects()].map(r=>[r.left,r.top,r.right,r.bottom]);var cl=e.closest('.clip');
if(cl){var c=cl.getBoundingClientRect();rs=rs.map(r=>[Math.max(r[0],c.left),Math.max(r[1],c.top),Math.min(r[2],c.right),Math.min(r[3],c.bottom)]).filter(r=>r[2]>r[0]&&r[3]>r[1]);if(!rs.length)return;}
out.items.push({role:e.dataset.r,kind:e.dataset.k,cls:e.dataset.c,text:e.dataset.t||e.textContent,rects:rs,incover:e.closest('.cover')?1:0,note:e.dataset.n||''});});
document.getElementById('truth').textContent=JSON.stringify(out);</script>'''
def render(name,body,Wd,Ht,dpr,dark,cls_extra='',meta=None,extra_css=''):
    vw,vh=round(Wd/dpr),round(Ht/dpr)
    doc=f'<!doctype html><html><head><meta charset="utf-8"><style>{CSS}{extra_css}</style></head><body class="{"dark" if dark else ""} {cls_extra}">{body}{JS}</body></html>'
    p=f'{TMP}/{name}.html'; open(p,'w').write(doc)
    twin=doc.replace('</style>','[data-r],[data-r] *{color:transparent!important;-webkit-text-fill-color:transparent!important;text-shadow:none!important}</style>')
    p2=f'{TMP}/{name}_twin.html'; open(p2,'w').write(twin)
    a=[f'--window-size={vw},{vh}',f'--force-device-scale-factor={dpr}']
    subprocess.run(CH+a+[f'--screenshot={TMP}/{name}.png','file://'+p],capture_output=True,timeout=60)
    subprocess.run(CH+a+[f'--screenshot={TMP}/{name}_twin.png','file://'+p2],capture_output=True,timeout=60)
    dom=subprocess.run(CH+a+['--dump-dom','file://'+p],capture_output=True,timeout=60,text=True).stdout
    m=re.search(r'<pre id="truth"[^>]*>(.*?)</pre>',dom,re.S); tr=json.loads(H.unescape(m.group(1)))
    img=Image.open(f'{TMP}/{name}.png').convert('RGB'); tw=Image.open(f'{TMP}/{name}_twin.png').convert('RGB')
    assert img.size==(Wd,Ht),(img.size,Wd,Ht)
    ink=inkdiff(img,tw); d=tr['dpr']
    items=[]
    for it in tr['items']:
        parts=[];hid=0;area=0
        for r in it['rects']:
            if r[2]<=r[0]: continue
            area+=(r[2]-r[0])*(r[3]-r[1])
            c,h=clip_covered(r,[] if it['incover'] else tr['covers']); hid+=h
            if c: parts.append([v*d for v in c])
        items.append(dict(role=it['role'],kind=it['kind'],cls=it['cls'],text=it['text'],parts=parts,visible=round(1-hid/area,3) if area else 0.0,note=it['note']))
    save(name,img,items,ink,dict(renderer='chromium',dpr=dpr,theme='dark' if dark else 'light',**(meta or {})))

def addrbar(url_html,tabs=('Customer account','DIP Tracker')):
    t=''.join(f'<span class="tab">{K(x,"tab")}</span>' for x in tabs)
    return f'<div class="chrome">{t}</div><div class="chrome"><span>&#8592; &#8594; &#8635;</span><div class="url">{url_html}</div></div>'

def portal(r,variant):
    p=person(r); core=mpan_core(r); pc,mtc,llfc=mpan_top(r); g=mprn(r); es=eserial(r); gs=gserial(r)
    if variant==0: bottom=[core[:2],core[2:6],core[6:10],core[10:]]
    else: bottom=[core[:2],core[2:12],core[12]]
    top=[pc,mtc,llfc]
    nb=len(bottom); ncol=1+max(3,nb)
    cells=''.join(f'<div class="g" style="grid-row:1">{I(x,"mpan_top","sbox")}</div>' for x in top)+'<div class="g" style="grid-row:1"></div>'*(ncol-1-3)
    cells+=''.join(f'<div class="g" style="grid-row:2">{I(x,"mpan_core_part","sbox")}</div>' for x in bottom)
    cells=cells.replace('data-k="mpan_core_part"',f'data-k="mpan_core_part" data-n="{core}"').replace('data-k="mpan_top"',f'data-k="mpan_top_part" data-n="{core}"')
    sbox=f'<div class="sbox" style="grid-template-columns:repeat({ncol},auto)"><div class="S">S</div>{cells}</div>'
    body=addrbar('https://portal.brightspark-energy.example/account/'+I(core,'mpan','url')+'/supply?tab=meters')
    body+=f'''<div style="display:flex"><div class="panel" style="width:420px">
    <h3 style="margin:0">{K("My account","heading")}</h3>
    {K("Account holder","label","span",'class="lbl"')}<span class="val">{I(p["name"],"name","portal-field")}</span>
    {K("Supply address","label","span",'class="lbl"')}<div class="val">{I(p["street"],"address","portal-field","div")}{I(p["town"],"address","portal-field","div")}{I(p["pc"],"postcode","portal-field","div")}</div>
    {K("Phone","label","span",'class="lbl"')}<span class="val">{I(p["phone"],"phone","portal-field")}</span>
    {K("E-mail","label","span",'class="lbl"')}<span class="val">{I(p["email"],"email","portal-field")}</span>
    <div style="margin-top:14px"><span class="btn">{K("Submit a reading","button")}</span><span class="btn">{K("Download bill","button")}</span></div></div>
    <div class="panel" style="flex:1"><h3 style="margin:0">{K("Your electricity supply number","heading")}</h3><p>{K("Supply number (MPAN)","label")}</p>{sbox}
    {K("Meter serial","label","span",'class="lbl"')}<span class="val">{I(es,"serial","portal-field")}</span>
    <h3>{K("Gas supply","heading")}</h3>
    {K("Gas supply point (MPRN)","label","span",'class="lbl"')}<span class="val">{I(g,"mprn","portal-field-mprn")}</span>
    {K("Gas meter","label","span",'class="lbl"')}<span class="val">{I(gs,"serial","portal-field")}</span>
    {K("Last reading","label","span",'class="lbl"')}<span class="val">{K("04512 kWh","reading")} {K("on 14/03/2024","date")}</span>
    {K("Tariff","label","span",'class="lbl"')}<span class="val">{K("Fixed Saver v3.2","version")}</span></div></div>'''
    return body

def dip(r):
    rows=''
    flows=['D0010','D0086','D0150','D0019','D0036','D0311']
    for i in range(14):
        core=mpan_core(r); st=r.choice(['Delivered','Rejected','Pending','Acknowledged'])
        rows+=f'<tr><td>{K("MSG-%07d"%r.randrange(10**7),"msgid")}</td><td>{K(r.choice(flows),"flow")}</td><td class="mono">{I(core,"mpan","grid")}</td><td>{K(st,"status")}</td><td>{K("2024-03-%02d %02d:%02d:%02d"%(r.randrange(1,28),r.randrange(24),r.randrange(60),r.randrange(60)),"timestamp")}</td><td>{K("MHHS-DIP-%d"%r.randrange(100,999),"ref")}</td></tr>'
    body=addrbar('https://dip-tracker.example/messages?flow=D0010&amp;mpan='+I(mpan_core(r),'mpan','url'),('DIP Message Tracker','Inbox'))
    body+=f'''<div class="panel"><h2 style="margin:0 0 8px">{K("Market message tracker","heading")}</h2>
    <span class="btn">{K("Search","button")}</span><span class="btn">{K("Export CSV","button")}</span>
    <table style="margin-top:10px"><tr><th>{K("Message id","header")}</th><th>{K("Flow","header")}</th><th>{K("MPAN","header")}</th><th>{K("Status","header")}</th><th>{K("Received","header")}</th><th>{K("Reference","header")}</th></tr>{rows}</table>
    <p class="mono" style="font-size:10px;color:var(--mut)">{K("Showing 1-14 of 2,318 messages","status")} · {I(mpan_core(r),"mpan","small-9px")}</p></div>'''
    return body

def crm(r,dark):
    p=person(r); core=mpan_core(r); g=mprn(r); e=eui(r)
    body=addrbar('https://crm.example/customers/'+I(p['last'].lower()+'-'+p['first'].lower(),'name','url')+'/overview',('CRM – Customer 360','Tickets'))
    low='color:#8a8a8a;background:#9a9a9a' if not dark else 'color:#4a4a4a;background:#3a3a3a'
    body+=f'''<div style="display:flex"><div class="panel" style="width:360px"><h2 style="margin:0">{I(p["name"],"name","heading-large",extra='style="font-size:30px"')}</h2>
    <p>{K("Customer since 2019","status")}</p>
    <address style="font-style:normal;line-height:1.5">{I(p["street"],"address","multiline","div")}{I(p["town"],"address","multiline","div")}{I(p["pc"],"postcode","multiline","div")}</address>
    <p>{K("Mobile","label")}: {I(p["phone"],"phone","crm")}<br>{K("Home","label")}: {I(p["land"],"phone","crm")}</p>
    <p>{I(p["email"],"email","crm")}</p>
    <div style="{low};padding:6px">{K("Notes","label")}: {I(p["street"]+", "+p["town"],"address","low-contrast")}</div></div>
    <div class="panel" style="flex:1"><h3>{K("Supply points","heading")}</h3>
    <table><tr><th>{K("Fuel","header")}</th><th>{K("Identifier","header")}</th><th>{K("Meter","header")}</th><th>{K("Comms hub","header")}</th></tr>
    <tr><td>{K("Electricity","status")}</td><td>{I(core,"mpan","grid")}</td><td>{I(eserial(r).lower(),"serial","lowercase")}</td><td>{I(eui_fmt(e,"dot4"),"eui","dotted")}</td></tr>
    <tr><td>{K("Gas","status")}</td><td>{I(g,"mprn","grid-bare")}</td><td>{I(" ".join([gserial(r)[:3],gserial(r)[3:7],gserial(r)[7:]]),"serial","spaced")}</td><td>{I(eui_fmt(eui(r),"0x"),"eui","0x")}</td></tr></table>
    <h3>{K("Wrapped reference","heading")}</h3><div style="width:150px;word-break:break-all;font-size:15px">{K("Supply","label")} {I(mpan_core(r),"mpan","wrapped",extra='data-n="wrap"')} {K("ok","status")}</div>
    <h3>{K("Recent contacts","heading")}</h3><p>{K("TC-1042 Change of tenancy","testref")} · {K("£128.40","amount")} · {K("v2.14.1","version")}</p></div></div>'''
    return body

def ado(r):
    core=mpan_core(r); e=eui(r); p=person(r)
    steps=''
    for i,(a,ex) in enumerate([('Send D0010 reading for MPAN '+I(core,'mpan','ado-step'),'Reading accepted'),
        ('Check meter '+I(eserial(r),'serial','ado-step')+' in MDS','Serial matches'),
        ('Pair IHD with hub '+I(eui_fmt(e,'dash'),'eui','ado-step'),'Device joined'),
        ('Call customer '+I(p['name'],'name','ado-step')+' on '+I(p['phone'],'phone','ado-step'),'Consent recorded')]):
        steps+=f'<tr><td>{K(str(i+1),"num")}</td><td>{a}</td><td>{K(ex,"expected")}</td><td>{K(r.choice(["Passed","Failed","Blocked"]),"status")}</td></tr>'
    body=addrbar('https://dev.azure.com/contoso/MHHS/_testManagement/runs?runId=48213',('Test Runs - Boards','Pipelines'))
    body+=f'''<div class="panel"><h2 style="margin:0">{K("Run 48213: SIT Cycle 3 – Change of supplier","heading")}</h2>
    <p>{K("TC-2290","testref")} · {K("Outcome","label")}: {K("Failed","status")} · {K("Duration 00:14:32","timestamp")}</p>
    <table><tr><th>#</th><th>{K("Action","header")}</th><th>{K("Expected result","header")}</th><th>{K("Outcome","header")}</th></tr>{steps}</table>
    <h3>{K("Comments","heading")}</h3><p>{I(p["name"],"name","chat")}: {K("retested after fix","chat")} — {I(p["email"],"email","chat")}</p></div>'''
    return body

def kibana(r):
    lines=''
    for i in range(22):
        ts='2024-03-18T%02d:%02d:%02d.%03dZ'%(9,r.randrange(60),r.randrange(60),r.randrange(1000))
        k=i%6
        if k==0: msg=f'INFO  mdr.inbound flow=D0010 mpan={I(mpan_core(r),"mpan","log")} reads=2 status=OK'
        elif k==1: msg=f'WARN  duis.gateway device={I(eui_fmt(eui(r),"colon"),"eui","log")} SRV 4.1.1 retry=3'
        elif k==2: msg=f'INFO  gas.reg mprn={I(mprn(r),"mprn","log")} meter={I(gserial(r),"serial","log")}'
        elif k==3: msg=f'DEBUG cos.engine job=TC-{r.randrange(1000,9999)} state=Completed elapsed=412ms'
        elif k==4: msg=f'ERROR crm.sync customer "{I(person(r)["name"],"name","log")}" postcode={I(person(r)["pc"],"postcode","log")} not found'
        else: msg=f'INFO  dcc.adapter hub={I(eui_fmt(eui(r),"dot"),"eui","log-dotted")} fw=v3.1.7 ok'
        lines+=f'<div class="mono ct" style="padding:1px 0;border-bottom:1px solid var(--line)">{K(ts,"timestamp")}  {msg}</div>'
    body=addrbar('https://kibana.example/app/discover#/?query=mpan:'+I(mpan_core(r),'mpan','url'),('Discover - Elastic','Dashboards'))
    body+=f'<div class="panel"><div>{K("Search","label")}: <span class="mono">service:mdr* AND level:(WARN OR ERROR)</span> <span class="btn">{K("Refresh","button")}</span> {K("1,204 hits","status")}</div>{lines}</div>'
    return body

def mail(r):
    a=person(r); b=person(r); core=mpan_core(r)
    body=addrbar('https://outlook.example/mail/inbox/id/AAMkAGI2',('Inbox - Mail','Calendar'))
    body+=f'''<div style="display:flex"><div class="panel" style="width:300px">{K("Inbox","heading","div")}
    {''.join(f'<div style="border-bottom:1px solid var(--line);padding:6px 0"><b>{I(person(r)["name"],"name","mail-list")}</b><br><small>{K("RE: TC-%d meter exchange"%r.randrange(1000,9999),"subject")}</small></div>' for _ in range(6))}</div>
    <div class="panel" style="flex:1"><h2 style="margin:0">{K("RE: Failed reading for site","subject")}</h2>
    <p>{K("From","label")}: {I(a["name"],"name","mail-header")} &lt;{I(a["email"],"email","mail-header")}&gt;<br>{K("To","label")}: {I(b["name"],"name","mail-header")} &lt;{I(b["email"],"email","mail-header")}&gt;<br>{K("Sent","label")}: {K("Mon 18/03/2024 10:42","timestamp")}</p>
    <p>{K("Hi","chat")} {I(b["first"],"name","mail-body")}, {K("the reading for","chat")} {I(core[:6]+" "+core[6:],"mpan","mail-spaced")} {K("was rejected. The site is","chat")}</p>
    <p style="margin-left:20px">{I(a["street"],"address","mail-multiline","div")}{I(a["town"],"address","mail-multiline","div")}{I(a["pc"],"postcode","mail-multiline","div")}</p>
    <div style="border:1px solid var(--line);padding:8px;width:520px"><b>{K("Teams chat","heading")}</b><br>{I(a["first"]+" "+a["last"],"name","chat")}: {K("can you recheck hub","chat")} {I(eui_fmt(eui(r),"plain"),"eui","chat")}?<br>{I(b["name"],"name","chat")}: {K("on it, 5 mins","chat")}</div></div></div>'''
    return body

def special(r,dark):
    core=mpan_core(r)
    boxed=''.join(f'<span class="c">{d}</span>' for d in core)
    body=addrbar('about:blank',('Odds and ends',))
    body+=f'''<div class="panel" style="position:relative;height:820px">
    <p>{K("MPAN (one digit per box)","label")}</p><div class="cells">{I(core,"mpan","boxed-digits",extra=f'data-t="{core}"').replace(core,boxed,1) if False else '<div data-r="id" data-k="mpan" data-c="boxed-digits" data-t="'+core+'" style="display:inline-block">'+boxed+'</div>'}</div>
    <p>{K("Serial","label")}: <span style="font-size:9px">{I(eserial(r),"serial","small-9px")}</span> {K("MPRN","label")}: <span style="font-size:10px">{I(mprn(r),"mprn","small-10px")}</span> {K("MPAN","label")}: <span style="font-size:11px">{I(mpan_core(r),"mpan","small-11px")}</span></p>
    <p style="font-size:44px;margin:6px 0">{I(mpan_core(r),"mpan","large")}</p>
    <div style="position:absolute;left:40px;top:330px;transform:rotate(-90deg);transform-origin:left top">{I(mpan_core(r),"mpan","rot90")}</div>
    <div style="position:absolute;left:120px;top:430px;transform:rotate(180deg);font-size:16px">{I(mpan_core(r),"mpan","rot180")}</div>
    <div style="position:absolute;left:120px;top:520px;transform:rotate(12deg);font-size:16px">{I(mpan_core(r),"mpan","rot12")}</div>
    <div style="position:absolute;left:520px;top:300px;font-size:14px" class="ct">{K("Cleartype","label")}: {I(mpan_core(r),"mpan","cleartype")}</div>
    <div style="position:absolute;left:520px;top:350px">{K("Field","label")} <span title="x" style="border-bottom:1px dotted">{K("MPAN","label")}</span></div>
    <div class="tip" style="left:560px;top:372px">{I(mpan_core(r),"mpan","tooltip")}</div>
    <div style="position:absolute;left:520px;top:430px;{'color:#555;background:#444' if dark else 'color:#b0b0b0;background:#c8c8c8'};padding:4px">{K("Meter","label")} {I(eserial(r),"serial","low-contrast")} {I(mpan_core(r),"mpan","low-contrast")}</div>
    <div style="position:absolute;left:520px;top:500px">{K("Status bar","label")}</div>
    <div style="position:absolute;left:0;right:0;bottom:0;background:var(--bar);font-size:11px;padding:3px 8px">{K("Ready","status")} | {K("Connected to UAT","status")} | {I(mpan_core(r),"mpan","statusbar")} | {K("Rows: 42","status")}</div>
    </div>'''
    return body

def occl(r,dark):
    rows=''
    for i in range(40):
        rows+=f'<tr><td>{K(str(1200+i),"num")}</td><td class="mono">{I(mpan_core(r),"mpan","grid-noheader")}</td><td class="mono">{I(mprn(r),"mprn","grid-noheader")}</td><td>{K(r.choice(["Energised","De-energised"]),"status")}</td><td>{K("%d.%d kWh"%(r.randrange(9999),r.randrange(10)),"reading")}</td></tr>'
    p=person(r)
    body=addrbar('https://sheets.example/d/export-0412',('Export.xlsx','Mail'))
    body+=f'''<div style="position:relative;height:1000px"><div class="panel clip" style="height:560px;overflow:hidden;width:760px"><div style="margin-top:-330px"><table><tr><th>Row</th><th>MPAN</th><th>MPRN</th><th>State</th><th>Consumption</th></tr>{rows}</table></div></div>
    <div class="win cover" style="left:150px;top:120px;width:520px;height:300px;z-index:5"><div class="tb">{K("Customer – quick view","title")}</div><div style="padding:12px">{K("Name","label")}: {I(p["name"],"name","window")}<br>{K("Postcode","label")}: {I(p["pc"],"postcode","window")}<br>{K("Phone","label")}: {I(p["phone"],"phone","window")}<br><span class="btn">{K("Close","button")}</span></div></div></div>'''
    return body

def lone(r):
    return f'<div style="position:absolute;left:1210px;top:640px;font-size:13px">{I(mpan_core(r),"mpan","lone")}</div>'

if __name__=='__main__':
    import sys
    r=random.Random(3030)
    jobs=[('h_portal_a_100_light',lambda:portal(r,0),1920,1080,1.0,False),
          ('h_portal_b_150_dark',lambda:portal(r,1),1920,1080,1.5,True),
          ('h_portal_a_125_dark_1440',lambda:portal(r,0),2560,1440,1.25,True),
          ('h_portal_b_100_light_1366',lambda:portal(r,1),1366,768,1.0,False),
          ('h_dip_100_light',lambda:dip(r),1920,1080,1.0,False),
          ('h_dip_125_dark',lambda:dip(r),1920,1080,1.25,True),
          ('h_crm_100_light',lambda:crm(r,False),1920,1080,1.0,False),
          ('h_crm_150_dark',lambda:crm(r,True),1920,1080,1.5,True),
          ('h_ado_125_light',lambda:ado(r),1920,1080,1.25,False),
          ('h_ado_100_dark_1366',lambda:ado(r),1366,768,1.0,True),
          ('h_kibana_100_dark',lambda:kibana(r),1920,1080,1.0,True),
          ('h_kibana_125_light_1440',lambda:kibana(r),2560,1440,1.25,False),
          ('h_mail_100_light',lambda:mail(r),1920,1080,1.0,False),
          ('h_mail_150_dark',lambda:mail(r),1920,1080,1.5,True),
          ('h_special_100_light',lambda:special(r,False),1920,1080,1.0,False),
          ('h_special_125_dark',lambda:special(r,True),1920,1080,1.25,True),
          ('h_occl_100_light',lambda:occl(r,False),1920,1080,1.0,False),
          ('h_occl_150_dark',lambda:occl(r,True),1920,1080,1.5,True),
          ('h_lone_100_light',lambda:lone(r),1920,1080,1.0,False),
          ('h_lone_100_dark',lambda:lone(r),1920,1080,1.0,True)]
    only=sys.argv[1:]
    for name,f,w,h,d,dark in jobs:
        body=f()
        if only and name not in only: continue
        render(name,body,w,h,d,dark)
