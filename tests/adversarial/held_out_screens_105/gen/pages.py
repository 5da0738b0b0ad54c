import random, html, json, sys
sys.path.insert(0, '/tmp/ho51/screens/gen')
from ids import *
E=html.escape
def S(v,kind,disp=None,cls='',tag='span',style=''):
    return f'<{tag} class="{cls}" style="{style}" data-s="{kind}" data-v="{E(v)}">{E(disp if disp is not None else v)}</{tag}>'
def K(v,kind='label',cls='',tag='span',style=''):
    return f'<{tag} class="{cls}" style="{style}" data-k="{kind}" data-v="{E(v)}">{E(v)}</{tag}>'
JS="""<script>
if(location.hash=='#dark')document.documentElement.classList.add('dark');
window.addEventListener('load',()=>{const d=window.devicePixelRatio;const out=[];
document.querySelectorAll('[data-s],[data-k]').forEach(e=>{const b=e.getBoundingClientRect();
const rs=[...e.getClientRects()].map(r=>[r.left*d,r.top*d,r.right*d,r.bottom*d]);
out.push({text:e.dataset.v,kind:e.dataset.s||e.dataset.k,cls:e.dataset.s?'secret':'keep',box:[b.left*d,b.top*d,b.right*d,b.bottom*d],parts:rs,vis:getComputedStyle(e).visibility})});
const p=document.createElement('script');p.type='application/json';p.id='__boxes';p.textContent=JSON.stringify({dpr:d,w:innerWidth,h:innerHeight,items:out});document.body.appendChild(p);});
</script>"""
BASE="""<style>
:root{--bg:#f3f3f3;--fg:#1b1b1b;--pn:#ffffff;--bd:#c8c8c8;--mu:#5f6368;--ac:#0067c0;--z:#f6f8fb;--sel:#cce4f7}
html.dark{--bg:#1f1f1f;--fg:#e8e8e8;--pn:#2b2b2b;--bd:#474747;--mu:#a0a0a0;--ac:#4cc2ff;--z:#333842;--sel:#264f78}
body{margin:0;background:var(--bg);color:var(--fg);font:13px 'Liberation Sans',Arial,sans-serif}
.mono{font-family:'DejaVu Sans Mono','Liberation Mono',monospace}
</style>"""
def page(body,extra=''): return f"<!doctype html><html><head><meta charset=utf-8>{BASE}<style>{extra}</style></head><body>{body}{JS}</body></html>"

def p_propgrid(r):
    n=name(r); a,t,pc=address(r); core=mpan_core(r); pcl,mtc,llf=top_line(r)
    rows=[('Supply',None)]+[('MPAN core',S(core,'mpan')),('Profile class',K(pcl,'value')),('Meter timeswitch code',K(mtc,'value')),('LLFC',K(llf,'value')),
      ('Meter serial',S(elec_serial(r),'serial')),('Comms hub GUID',S(eui(r,'-'),'eui64')),('ESME device id',S(eui(r,':',True),'eui64')),
      ('Device',None),('Firmware',K(fw(r),'version')),('Last read',K(ts(r),'timestamp')),('Register',K(reading(r),'reading')),('Work order',K(wo(r),'wo')),
      ('Customer',None),('Occupier',S(n,'name')),('Address line 1',S(a,'address')),('Town',K(t,'town')),('Postcode',S(pc,'postcode')),('Phone',S(phone(r),'phone')),('Account',S(account(r),'account'))]
    trs=''
    for i,(k,v) in enumerate(rows):
        if v is None: trs+=f'<tr class=cat><td colspan=2>&#9662; {K(k,"label")}</td></tr>'
        else: trs+=f'<tr class="{"sel" if i==3 else ""}"><td class=k>{K(k,"label")}</td><td class=v>{v}</td></tr>'
    body=f'''<div class=dlg><div class=tb>{K("Meter Properties","heading")} <span class=x>&#10005;</span></div>
<div class=tabs>{K("General","tab")} {K("Properties","tab")} {K("Events","tab")} {K("Security","tab")}</div>
<table class=pg>{trs}</table><div class=desc><b>{K("Meter timeswitch code","label")}</b><br>{K("Three-digit code that defines the switching regime.","text")}</div>
<div class=btns><button>{K("OK","button")}</button><button>{K("Cancel","button")}</button><button>{K("Apply","button")}</button></div></div>'''
    css='''.dlg{margin:18px;width:560px;background:var(--pn);border:1px solid var(--bd);box-shadow:0 8px 24px #0004}
.tb{padding:8px 12px;font-size:12px;border-bottom:1px solid var(--bd)}.x{float:right}.tabs{padding:6px 10px;display:flex;gap:14px;border-bottom:1px solid var(--bd)}
.pg{border-collapse:collapse;width:100%;font-family:'Segoe UI','DejaVu Sans',sans-serif;font-size:12px}.pg td{border:1px solid var(--bd);padding:2px 6px;white-space:nowrap}
.pg .k{width:170px;padding-left:20px}.cat td{background:var(--z);font-weight:bold}.sel td{background:var(--sel)}.desc{padding:8px 12px;height:44px;border-top:1px solid var(--bd)}
.btns{text-align:right;padding:8px}button{margin-left:6px;min-width:72px;padding:4px}'''
    return page(body,css),(620,700)

def p_crm(r):
    cards=''
    for i in range(4):
        n=name(r,conf=True); a,t,pc=address(r); ini=''.join(w[0] for w in n.split()[:2])
        col=['#8e44ad','#16a085','#c0392b','#2c7be5'][i]
        cards+=f'''<div class=card><div class=av style="background:{col}">{ini}</div><div class=info><div class=nm>{S(n,'name')}</div>
<div class=mu>{K("Domestic · Credit","label")} · {K("Depot: "+t,"town")}</div>
<div>{S(email(r,n),'email')}</div><div>{S(phone(r),'phone')}</div><div>{S(a+", "+t,'address')} {S(pc,'postcode')}</div>
<div class=row>{K("Acc","label")} {S(account(r),'account')} &nbsp; {K("MPRN","label")} {S(mprn(r),'mprn')}</div>
<div class=row>{K(tc(r),'tc')} · {K(flow(r),'flow')} · {K(amount(r),'amount')}</div></div></div>'''
    body=f'<div class=hd>{K("Contacts","heading")} <span class=mu>{K("Showing 4 of 212","label")}</span></div><div class=grid>{cards}</div>'
    css='''.hd{padding:12px 16px;font-size:18px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px;padding:0 16px}
.card{display:flex;gap:12px;background:var(--pn);border:1px solid var(--bd);border-radius:8px;padding:12px}.av{width:48px;height:48px;border-radius:50%;color:#fff;font:bold 18px sans-serif;display:flex;align-items:center;justify-content:center;flex:none}
.nm{font-size:15px;font-weight:bold}.mu{color:var(--mu);font-size:12px}.info div{margin:2px 0}'''
    return page(body,css),(820,540)

def p_outlook(r):
    n=name(r); a,t,pc=address(r); core=mpan_core(r); pcl,mtc,llf=top_line(r); n2=name(r,conf=True)
    body=f'''<div class=rp><div class=subj>{K("RE: "+tc(r)+" failed – "+flow(r)+" rejected","subject")}</div>
<div class=from><div class=av>{''.join(w[0] for w in n.split()[:2])}</div><div>{S(n,'name')} &lt;{S(email(r,n),'email')}&gt;<br><span class=mu>{K("To: UIT Test Team","label")} &nbsp; {K(ts(r),'timestamp')}</span></div></div>
<div class=body><p>{K("Hi all,","text")}</p><p>{K("The rerun of","text")} {K(dip(r),'dip')} {K("still fails at step 4. Site details from the portal:","text")}</p>
<pre class=mono>{K("MPAN","label")}   S  {S(pcl+mtc+llf,'mpan_top',pcl+" "+mtc+" "+llf)}
          {S(core,'mpan',core[:2]+" "+core[2:6]+" "+core[6:10]+" "+core[10:])}
{K("Serial","label")} {S(elec_serial(r),'serial')}   {K("MPRN","label")} {S(mprn(r),'mprn')}</pre>
<p>{K("Reading taken","text")} {K(reading(r),'reading')}, {K("reference","text")} {K(mref(r),'mref')}.</p>
<div class=sig><b>{S(n2,'name')}</b><br>{K("Senior Test Analyst | Market Integration","text")}<br>{S(a,'address')}, {S(t,'address')} {S(pc,'postcode')}<br>
{K("T:","label")} {S(phone(r),'phone')} &nbsp; {K("M:","label")} {S(phone(r),'phone')}<br>{S(email(r,n2),'email')}<br><span class=mu>{K("This e-mail and any attachments are confidential.","text")}</span></div></div></div>'''
    css='''.rp{margin:0;padding:16px 22px;background:var(--pn);min-height:100vh}.subj{font-size:18px;margin-bottom:10px}.from{display:flex;gap:10px;align-items:center}
.av{width:36px;height:36px;border-radius:50%;background:#5b5fc7;color:#fff;display:flex;align-items:center;justify-content:center}.mu{color:var(--mu)}
pre{background:var(--z);padding:8px;font-size:12px}.sig{margin-top:18px;border-top:1px solid var(--bd);padding-top:8px;font-family:'Liberation Serif',serif;font-size:12px;color:#2c5ea8}
html.dark .sig{color:#9cc4ff}'''
    return page(body,css),(720,640)

def p_devtools(r):
    core=mpan_core(r); sr=elec_serial(r); e=eui(r,'',False); m=mprn(r); n=name(r); a,t,pc=address(r)
    rows=''.join(f'<tr class="{"sel" if i==2 else ""}"><td>{x}</td><td>{K(st,"status")}</td><td>{K(ty,"label")}</td><td>{K(sz,"size")}</td></tr>' for i,(x,st,ty,sz) in enumerate([
      (K("config.json","file"),"200","fetch","1.2 kB"),(K("session","file"),"204","xhr","0 B"),(f'{K("reads?","label")}{S(core,"mpan")}',"201","xhr","842 B"),
      (S(sr,'serial'),"200","fetch","3.4 kB"),(K("telemetry","file"),"200","ping","0 B")]))
    enc=f"mpan={core}&msn={sr}&name={n.replace(' ','+')}&postcode={pc.replace(' ','%20')}"
    body=f'''<div class=dt><div class=tabs>{K("Elements","tab")} {K("Console","tab")} <b>{K("Network","tab")}</b> {K("Sources","tab")}</div>
<div class=split><table class=net><tr><th>{K("Name","header")}</th><th>{K("Status","header")}</th><th>{K("Type","header")}</th><th>{K("Size","header")}</th></tr>{rows}</table>
<div class=det><div class=tabs>{K("Headers","tab")} <b>{K("Payload","tab")}</b> {K("Preview","tab")} {K("Response","tab")}</div>
<div class=sec>&#9662; {K("Query String Parameters","label")}</div><div class=kv><span class=key>dip_id:</span> {K(dip(r),'dip')}</div><div class=kv><span class=key>flow:</span> {K(flow(r),'flow')}</div>
<div class=sec>&#9662; {K("Form Data","label")} <span class=lnk>{K("view source","label")}</span></div>
<div class="kv mono wrap">{S(core,'mpan',enc[:0]+"mpan="+core)}&amp;{S(sr,'serial',"msn="+sr)}&amp;{S(n,'name',"name="+n.replace(' ','+'))}&amp;{S(pc,'postcode',"postcode="+pc.replace(' ','%20'))}</div>
<div class="kv"><span class=key>mprn:</span> {S(m,'mprn')}</div><div class=kv><span class=key>device:</span> {S(e,'eui64')}</div>
<div class=kv><span class=key>x-request-id:</span> {K(uuid(r),'uuid')}</div><div class=kv><span class=key>sent:</span> {K(ts(r),'timestamp')}</div></div></div></div>'''
    css='''.dt{font:12px 'DejaVu Sans',sans-serif;background:var(--pn);height:100vh}.tabs{display:flex;gap:14px;padding:5px 8px;border-bottom:1px solid var(--bd);background:var(--bg)}
.split{display:flex}.net{border-collapse:collapse;width:300px;border-right:1px solid var(--bd)}.net td,.net th{padding:3px 6px;text-align:left;border-bottom:1px solid var(--bd);white-space:nowrap;max-width:150px;overflow:hidden}
.sel td{background:var(--sel)}.det{flex:1}.sec{font-weight:bold;padding:6px 8px 2px}.kv{padding:1px 22px}.key{color:#881280}html.dark .key{color:#5db0d7}.lnk{color:var(--ac);font-weight:normal;margin-left:8px}
.wrap{word-break:break-all;width:320px}'''
    return page(body,css),(780,420)

def p_log(r):
    lines=[]
    for i in range(14):
        lv=r.choice(['INFO','WARN','DEBUG','ERROR'])
        k=i%7
        if k==0: msg=f'{K("inbound","text")} {K(flow(r),"flow")} mpan_core={S(mpan_core(r),"mpan")} msn={S(elec_serial(r),"serial")}'
        elif k==1: msg=f'{{"mprn": "{S(mprn(r),"mprn")}", "gsme": "{S(eui(r,"-"),"eui64")}"}}'
        elif k==2: msg=f'{K("reading accepted","text")} {K(reading(r),"reading")} {K("fw","label")}={K(fw(r),"version")}'
        elif k==3: msg=f'{K("customer lookup","text")} name="{S(name(r,True),"name")}" pc="{S(address(r)[2],"postcode")}"'
        elif k==4: msg=f'{K("retry","text")} {K(tc(r),"tc")} {K("msg","label")}={K(uuid(r),"uuid")}'
        elif k==5: msg=f'{K("gas meter","text")} {S(gas_serial(r),"serial")} {K("on","text")} {K(wo(r),"wo")}'
        else: msg=f'{K("ack","text")} chf={S(eui(r,".",True),"eui64")} {K(amount(r),"amount")}'
        lines.append(f'<div class=ln><span class=g>{K(str(1200+i),"lineno")}</span><span class=t>{K(ts(r)[11:],"timestamp")}</span> <span class="lv {lv}">{lv}</span> {msg}</div>')
    body=f'<div class=hdr>{K("adapter-service.log","tab")} — {K("Log Viewer","heading")}</div><div class=log>{"".join(lines)}</div>'
    css='''.log{font:12px 'DejaVu Sans Mono',monospace;background:#fdfdfd}html.dark .log{background:#1e1e1e}.hdr{padding:6px 10px;font-size:12px}
.ln{white-space:nowrap;line-height:19px}.g{display:inline-block;width:44px;text-align:right;padding-right:8px;margin-right:8px;color:#999;background:var(--z);border-right:1px solid var(--bd)}
.t{color:#098658}html.dark .t{color:#b5cea8}.lv{font-weight:bold}.INFO{color:#0070c1}.WARN{color:#b8860b}.ERROR{color:#d32f2f}.DEBUG{color:#888}
[data-s=mpan],[data-s=mprn]{color:#a31515}html.dark [data-s=mpan],html.dark [data-s=mprn]{color:#ce9178}[data-s=eui64]{color:#7a3e9d}'''
    return page(body,css),(900,330)

def p_ellipsis(r):
    rows=''
    for i in range(10):
        z='z' if i%2 else ''
        rows+=f'<tr class={z}><td>{K(str(i+1),"rowno")}</td><td><div class=el>{S(elec_serial(r) if i%3 else gas_serial(r),"serial",tag="span")}</div></td><td><div class=el>{S(eui(r,"-"),"eui64")}</div></td><td><div class=el2>{S(mpan_core(r),"mpan")}</div></td><td>{K(fw(r),"version")}</td><td>{K(wo(r),"wo")}</td></tr>'
    body=f'<div class=h>{K("Asset register","heading")} › {K("Installed meters","label")}</div><div class=wrapt><table><thead><tr><th>{K("#","header")}</th><th>{K("Serial","header")}</th><th>{K("Device ID","header")}</th><th>{K("MPAN","header")}</th><th>{K("Firmware","header")}</th><th>{K("Job","header")}</th></tr></thead><tbody>{rows}</tbody></table></div>'
    css='''.h{padding:10px}table{border-collapse:collapse;font:12px 'DejaVu Sans Mono',monospace}th{position:sticky;top:0;background:var(--ac);color:#fff;padding:4px 6px;text-align:left}
td{padding:3px 6px;border-bottom:1px solid var(--bd)}.z td{background:var(--z)}.el span,.el2 span{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.el span{width:118px}.el2 span{width:96px}'''
    return page(body,css),(640,360)

def p_calendar(r):
    days=['Mon 16','Tue 17','Wed 18','Thu 19','Fri 20']
    cols=''
    for d in days:
        bars=''
        for j in range(2):
            n=name(r); a,t,pc=address(r)
            bars+=f'<div class=bar style="margin-top:{20+j*120}px">{K(f"{8+j*3:02d}:00","time")} {K(wo(r),"wo")}<br>{S(a,"address")}<br>{S(pc,"postcode")} {K(t,"town")}<br>{S(n,"name")}</div>'
        cols+=f'<div class=col><div class=dh>{K(d,"day")}</div>{bars}</div>'
    body=f'<div class=top>{K("Field jobs – week 47","heading")} <span class=f>{K("Engineer: Team North","label")}</span></div><div class=cal>{cols}</div>'
    css='''.top{padding:8px 12px;font-size:16px}.f{font-size:12px;color:var(--mu)}.cal{display:flex;border-top:1px solid var(--bd)}.col{flex:1;border-right:1px solid var(--bd);min-height:330px;padding:0 4px}
.dh{text-align:center;padding:4px;font-weight:bold;border-bottom:1px solid var(--bd)}.bar{background:#e3f0ff;border-left:4px solid #2f7de1;padding:4px;font-size:11px;border-radius:3px;color:#123}
html.dark .bar{background:#213b5c;color:#dde}'''
    return page(body,css),(860,380)

def p_pdfangle(r,angle=3.5):
    n=name(r); a,t,pc=address(r); core=mpan_core(r); pcl,mtc,llf=top_line(r)
    body=f'''<div class=vw><div class=tb>{K("bill_Nov26.pdf","file")} &nbsp; {K("1 / 3","label")} &nbsp; {K("125%","label")}</div>
<div class=pg style="transform:rotate({angle}deg)"><div class=logo>{K("Northwind Energy","product")}</div><div>{S(n,"name")}<br>{S(a,"address")}<br>{S(t,"address")}<br>{S(pc,"postcode")}</div>
<h3>{K("Your electricity bill","heading")}</h3><table class=sb><tr><td rowspan=2 class=s>S</td><td>{S(pcl,"mpan_top",pcl)}</td><td>{S(mtc+llf,"mpan_top",mtc+" "+llf)}</td></tr><tr><td>{S(core[:2],"mpan_part")}</td><td>{S(core,"mpan",core[2:6]+" "+core[6:10]+" "+core[10:])}</td></tr></table>
<p>{K("Supply number","label")} · {K("Meter","label")} {S(elec_serial(r),"serial")} · {K("Gas MPRN","label")} {S(mprn(r),"mprn")}</p>
<p>{K("Amount due","label")} {K(amount(r),"amount")} · {K("Account","label")} {S(account(r),"account")}</p></div></div>'''
    css='''.vw{background:#525659;height:100vh;overflow:hidden}.tb{background:#323639;color:#eee;padding:6px 10px}.pg{background:#fff;color:#111;width:460px;margin:26px auto;padding:26px;font:13px 'Liberation Serif',serif;box-shadow:0 0 10px #000}
.logo{font:bold 18px sans-serif;color:#0a6;text-align:right}.sb{border:2px solid #000;border-collapse:collapse;font:15px 'Liberation Mono',monospace}.sb td{padding:2px 8px;border:1px solid #000;letter-spacing:2px}.s{font:bold 26px sans-serif}
html.dark .vw{background:#202124}'''
    return page(body,css),(620,600)

def p_toast(r):
    core=mpan_core(r); a,t,pc=address(r); n=name(r)
    body=f'''<div class=tabsb><div class=tab>{S(core,"mpan","Site "+core)} – {K("Portal","product")}</div><div class=tab>{K("DIP tracker","tab")}</div></div>
<div class=crumb>{K("Sites","label")} › {K(t,"town")} › {S(pc,"postcode")} › {S(core,"mpan")}</div>
<div class=main><h2>{K("Change of supplier","heading")}</h2><p>{K(flow(r),"flow")} {K("sent","text")} {K(ts(r),"timestamp")} · {K(dip(r),"dip")}</p>
<div class=qr><svg width=84 height=84>{''.join(f'<rect x={(i%12)*7} y={(i//12)*7} width=7 height=7 fill="#000"/>' for i in range(144) if r.random()<.5)}</svg><div class="mono hr">{S(elec_serial(r),"serial")}</div></div></div>
<div class=toast><b>{K("Appointment booked","heading")}</b><br>{S(n,"name")}, {S(a,"address")} {S(pc,"postcode")}<br>{K("Engineer arrives","text")} {K("08:00–12:00","time")} · {K(wo(r),"wo")}</div>'''
    css='''.tabsb{display:flex;background:var(--z);padding:4px 4px 0}.tab{max-width:190px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding:6px 10px;background:var(--pn);margin-right:2px;border-radius:6px 6px 0 0;font-size:12px}
.crumb{padding:8px 14px;font-size:12px;color:var(--mu)}.main{padding:0 14px}.qr{background:#fff;display:inline-block;padding:8px;border:1px solid #999}.hr{color:#000;font-size:11px;text-align:center}
.toast{position:absolute;left:420px;top:300px;width:280px;background:#323232;color:#fff;padding:12px;border-radius:6px;font-size:12px;box-shadow:0 4px 14px #0006}'''
    return page(body,css),(720,440)

def p_narrow(r):
    cells=''
    widths=[58,66,74,84,92,52]
    for i,w in enumerate(widths):
        n=name(r,True)
        cells+=f'<tr><td>{K(mref(r),"mref")}</td><td><div style="width:{w}px" class=brk>{S(mpan_core(r),"mpan")}</div></td><td>{S(n,"name")}</td><td><div class=brk style="width:{w+6}px">{S(mprn(r),"mprn")}</div></td><td>{K(amount(r),"amount")}</td></tr>'
    body=f'<div class=h>{K("Settlement exceptions","heading")} <span>{K(tc(r),"tc")}</span></div><table class=t><tr><th>{K("Ref","header")}</th><th>{K("MPAN","header")}</th><th>{K("Customer","header")}</th><th>{K("MPRN","header")}</th><th>{K("Charge","header")}</th></tr>{cells}</table>'
    css='''body{font-family:'Liberation Sans Narrow','DejaVu Sans Condensed',sans-serif}.h{padding:8px;font-size:15px}.t{border-collapse:collapse;font-size:13px}.t td,.t th{border:1px solid var(--bd);padding:3px 5px;vertical-align:top;text-align:left}
.brk{word-break:break-all}.t tr:nth-child(odd) td{background:var(--z)}'''
    return page(body,css),(520,400)

DESIGNS={'propgrid':p_propgrid,'crm':p_crm,'outlook':p_outlook,'devtools':p_devtools,'log':p_log,'ellipsis':p_ellipsis,'calendar':p_calendar,'pdfangle':p_pdfangle,'toast':p_toast,'narrow':p_narrow}
