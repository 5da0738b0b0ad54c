import random, html as H
SEPC=':'; SEPD='.'
from vals import *
def S(kind,v,cls=''): return f'<span data-s="{kind}" class="{cls}">{H.escape(v)}</span>'
def K(v,kind='keep',cls=''): return f'<span data-k="{kind}" class="{cls}">{H.escape(v)}</span>'
def doc(css, body, dark, w, h):
    th = (':root{--bg:#1e1f22;--fg:#e6e6e6;--mut:#9aa0a6;--pan:#2b2d31;--bd:#444;--acc:#4ea1ff;--hi:#3a3f4b}' if dark else
          ':root{--bg:#ffffff;--fg:#1f2328;--mut:#59636e;--pan:#f4f6f8;--bd:#d0d7de;--acc:#0a66c2;--hi:#fff3bf}')
    return f'<!doctype html><html><head><meta charset="utf-8"><style>{th} html,body{{margin:0;background:var(--bg);color:var(--fg);width:{w}px;height:{h}px;overflow:hidden;font-family:"Liberation Sans",sans-serif}} {css}</style></head><body>{body}</body></html>'

# A. DTC flow file viewer (pipe delimited) ------------------------------------------------
def flowviewer(r, dark):
    core=mpan_core(r); core2=mpan_core(r); ser=eserial(r); ser2=eserial(r)
    fn=f'D0010001_{core}_20261204.usr'
    lines=[]
    def L(*cells): lines.append('|'.join(cells)+'|')
    rows=[]
    rows.append([K('ZHV'),K('0000'+str(r.randint(100000,999999))),K('D0010001'),K('M'),K('LBSL'),K('X'),K('POWR'),K('20261204'+f'{r.randint(0,235959):06d}')])
    for c,s in [(core,ser),(core2,ser2)]:
        rows.append([K('026'),S('mpan',c),K('V')])
        rows.append([K('028'),S('eserial',s),K('C')])
        rows.append([K('029'),K('S'),K(f'{r.randint(1,9):02d}')])
        rows.append([K('030'),K('01'),K('20261203000000'),K(reading(r)),K('T'),K('N')])
        rows.append([K('032'),K('01'),K('20261203000000'),K('Y')])
    rows.append([K('ZPT'),K('0000'+str(r.randint(100000,999999))),K('11')])
    body=''.join(f'<div class="ln"><span class="no">{i+1}</span>'+'|'.join(c)+'|</div>' for i,c in enumerate(rows))
    css='''.tabs{display:flex;background:var(--pan);border-bottom:1px solid var(--bd)}.tab{padding:8px 14px;font-size:13px;border-right:1px solid var(--bd)}
    .tab.on{background:var(--bg);font-weight:bold}.ed{font:14px "Liberation Mono",monospace;padding:8px 0}.ln{white-space:pre;line-height:20px}
    .no{display:inline-block;width:46px;text-align:right;color:var(--mut);padding-right:12px}.sb{position:absolute;top:620px;left:0;right:0;height:24px;background:var(--acc);color:#fff;font-size:12px;padding:4px 10px}'''
    b=f'''<div class="tabs"><div class="tab on">{S("mpan",core)[:0]}<span data-s="mpan" data-v="{core}">D0010001_{core}_20261204.usr</span></div><div class="tab">{K("D0150_flow_notes.txt")}</div></div>
    <div class="ed">{body}</div><div class="sb">{K("UTF-8")} &nbsp; {K("Ln 4, Col 18")} &nbsp; {K("DTC "+flow(r))} &nbsp; {K(tc(r))}</div>'''
    return css,b
# B. support ticket with quoted email -------------------------------------------------------
def ticket(r, dark):
    nm=name(r); st,town,pc=address(r); ph=phone(r); em=email(r,nm); core=mpan_core(r); m=mprn(r); acc=account(r)
    pt,mt,ll=mpan_top(r)
    css='''.wrap{display:flex}.main{flex:1;padding:16px 22px}.side{width:300px;background:var(--pan);border-left:1px solid var(--bd);padding:14px;font-size:13px;height:780px}
    h1{font-size:20px;margin:0 0 6px}.meta{color:var(--mut);font-size:12px;margin-bottom:12px}.msg{border:1px solid var(--bd);border-radius:6px;padding:12px;margin-bottom:12px;font-size:14px;line-height:1.45}
    .q{border-left:3px solid var(--bd);padding-left:10px;color:var(--mut);margin-top:8px}.f{margin-bottom:10px}.f b{display:block;color:var(--mut);font-weight:normal;font-size:11px;text-transform:uppercase}'''
    b=f'''<div class="wrap"><div class="main"><h1>{K("#"+str(r.randint(40000,99999)))} {K("Smart meter not sending reads")}</h1>
    <div class="meta">{K("Opened")} {K(ts(r))} · {K("Priority: High")} · {K("Queue: Metering Ops")}</div>
    <div class="msg"><b>{K("Agent reply")}</b><br>{K("Thanks for the details. We have raised")} {K(wo(r))} {K("and linked")} {K(tc(r))}.<br>
    <div class="q">&gt; On {K(ts(r))} {S("name",nm)} &lt;{S("email",em)}&gt; wrote:<br>
    &gt; My meter number is {S("eserial",eserial(r))} and the long number on the bill<br>&gt; is {S("mpan",core)}. Gas ref {S("mprn",m)}.<br>
    &gt; Address: {S("address",st)}, {K(town,"town")} {S("postcode",pc)}<br>&gt; Call me on {S("phone",ph)}<br>&gt; --<br>&gt; Sent from my phone</div></div>
    <div class="msg">{K("Internal note")}: {K("Flow")} {K(flow(r))} {K("received")} {K(ts(r))}, {K("message id")} {K(uuid(r))}. {K("Firmware")} {K(fw(r))}.</div></div>
    <div class="side"><div class="f"><b>{K("Requester")}</b>{S("name",nm)}</div><div class="f"><b>{K("Email")}</b>{S("email",em)}</div>
    <div class="f"><b>{K("Account")}</b>{S("account",acc)}</div><div class="f"><b>{K("Supply number")}</b>{S("mpan",pt+" "+mt+" "+ll+" "+core[:2]+" "+core[2:6]+" "+core[6:10]+" "+core[10:])}</div>
    <div class="f"><b>{K("Device")}</b>{S("eui64",eui(r))}</div><div class="f"><b>{K("Tags")}</b>{K("smets2")} {K("comms")} {K(dip(r))}</div></div></div>'''
    return css,b
# C. swagger try-it-out -----------------------------------------------------------------------
def swagger(r, dark):
    core=mpan_core(r); m=mprn(r); st,town,pc=address(r); ser=gserial(r); e=eui(r,'')
    import urllib.parse as U
    q=f"mpan={core}&mprn={m}&address={U.quote(st)}&postcode={U.quote(pc)}"
    css='''.hd{background:#1b1b1b;color:#fff;padding:10px 20px;font-size:18px}.op{margin:14px 20px;border:1px solid #49cc90;border-radius:4px;background:rgba(73,204,144,.08)}
    .oph{padding:8px;font-size:14px}.get{background:#49cc90;color:#fff;padding:4px 12px;border-radius:3px;font-weight:bold;margin-right:8px}
    pre{background:#333;color:#fff;margin:10px;padding:10px;font:13px "Liberation Mono",monospace;white-space:pre-wrap;word-break:break-all}.lbl{margin:0 10px;font-size:13px;font-weight:bold}'''
    b=f'''<div class="hd">{K("Metering API")} {K(fw(r))} {K("OAS3")}</div><div class="op"><div class="oph"><span class="get">GET</span>{K("/v2/supply-points")} — {K("Look up supply point")}</div>
    <div class="lbl">{K("Curl")}</div><pre>curl -X GET "https://api.example.com/v2/supply-points?mpan={S("mpan",core)}&amp;mprn={S("mprn",m)}&amp;address={S("address",U.quote(st))}&amp;postcode={S("postcode",U.quote(pc))}" -H "accept: application/json" -H "X-Correlation-Id: {K(uuid(r))}"</pre>
    <div class="lbl">{K("Request URL")}</div><pre>https://api.example.com/v2/supply-points?mpan={S("mpan",core)}&amp;mprn={S("mprn",m)}</pre>
    <div class="lbl">{K("Response body")} {K("200")}</div><pre>{{
  "mpanCore": "{S("mpan",core)}",
  "mprn": "{S("mprn",m)}",
  "gasMeterSerial": "{S("gserial",ser)}",
  "commsHubId": "{S("eui64",e)}",
  "installAddress": {{"line1": "{S("address",st)}", "postcode": "{S("postcode",pc)}"}},
  "lastFlow": "{K(flow(r))}", "received": "{K(ts(r))}", "balance": "{K(amount(r))}"
}}</pre></div>'''
    # the q span contains address words; fix kinds: mark q as combined (mpan) -- scoring uses each value separately
    return css,b
# D. DBeaver-like record view + grid with NULLs and data bars -------------------------------
def dbrecord(r, dark):
    nm=name(r); st,town,pc=address(r); core=mpan_core(r)
    recs=[('supply_id',K(str(r.randint(1000,9999)))),('mpan_core',S('mpan',core)),('meter_serial',S('eserial',eserial(r))),('mprn',S('mprn',mprn(r))),
      ('gas_serial',S('gserial',gserial(r))),('chf_guid',S('eui64',eui(r))),('customer_name',S('name',nm)),('addr_line1',S('address',st)),('town',K(town,'town')),
      ('postcode',S('postcode',pc)),('phone',S('phone',phone(r))),('email',S('email',email(r,nm))),('tariff',K('E7 Economy')),('created_at',K(ts(r))),('ref',K(mref(r))),('end_date','<i>'+K('[NULL]')+'</i>')]
    rv=''.join(f'<tr><td class="fn">{K(a)}</td><td>{v}</td></tr>' for a,v in recs)
    grid=''
    for i in range(8):
        kwh=r.randint(50,4000); pct=int(kwh/40)
        grid+=f'<tr><td class="rn">{K(str(i+1),"rownum")}</td><td>{S("mpan",mpan_core(r))}</td><td class="bar" style="background:linear-gradient(90deg,rgba(99,142,198,.55) {pct}%,transparent {pct}%)">{K(str(kwh))}</td><td>{K(ts(r)[:10])}</td><td>{K(flow(r))}</td><td>{S("postcode",postcode(r)) if i%2 else "<i>"+K("[NULL]")+"</i>"}</td></tr>'
    css='''table{border-collapse:collapse;font-size:13px}td,th{border:1px solid var(--bd);padding:3px 8px;white-space:nowrap}th{background:var(--pan);text-align:left}
    .fn{color:var(--mut)}.rn{background:var(--pan);color:var(--mut);text-align:right}.l{float:left;margin:10px}.ttl{font-weight:bold;margin:8px 10px;font-size:13px}'''
    b=f'''<div class="ttl">{K("supply_point")} — {K("Record")} · {K("SELECT * FROM supply_point WHERE ref = ?")}</div><div class="l"><table><tr><th>{K("Name")}</th><th>{K("Value")}</th></tr>{rv}</table></div>
    <div class="l"><table><tr><th></th><th>{K("mpan_core")}</th><th>{K("kwh_30d")}</th><th>{K("read_date")}</th><th>{K("last_flow")}</th><th>{K("postcode")}</th></tr>{grid}</table></div>'''
    return css,b
# E. search with filter chips ----------------------------------------------------------------
def chips(r, dark):
    core=mpan_core(r); pc=postcode(r); ser=eserial(r); nm=name(r)
    css='''.bar{padding:14px 20px;border-bottom:1px solid var(--bd)}.chip{display:inline-block;background:var(--hi);border:1px solid var(--bd);border-radius:14px;padding:3px 10px;margin:3px;font-size:13px}
    .x{margin-left:6px;color:var(--mut)}.res{padding:8px 20px}.it{border-bottom:1px solid var(--bd);padding:8px 0;font-size:14px}.it small{color:var(--mut)}mark{background:#ffd54f;color:#000}'''
    its=''
    for i in range(6):
        c2=mpan_core(r) if i else core
        its+=f'<div class="it"><b>{K(wo(r))}</b> {K("Meter exchange")} · {S("mpan",c2)} · {S("eserial",eserial(r) if i else ser)}<br><small>{K(ts(r))} · {K(flow(r))} · {S("address",street(r))}, {S("postcode",postcode(r))} · {K(amount(r))}</small></div>'
    b=f'''<div class="bar">{K("Filters")}: <span class="chip">MPAN: {S("mpan",core)}<span class="x">×</span></span><span class="chip">{K("Postcode")}: {S("postcode",pc)}<span class="x">×</span></span>
    <span class="chip">{K("Serial")}: {S("eserial",ser)}<span class="x">×</span></span><span class="chip">{K("Customer")}: {S("name",nm)}<span class="x">×</span></span><span class="chip">{K("Status: Open")}<span class="x">×</span></span></div>
    <div class="res">{K("6 results")} · {K("sorted by")} {K("Last updated")}{its}</div>'''
    return css,b
# F. grep in terminal with coloured match splitting the identifier --------------------------
def grepterm(r, dark):
    css='''.t{background:#0c0c0c;color:#cccccc;font:14px "DejaVu Sans Mono",monospace;padding:10px;height:900px;white-space:pre}.p{color:#16c60c}.fnm{color:#b148c6}.lnn{color:#16c60c}.m{color:#e74856;font-weight:bold}'''
    out=f'<span class="p">tester@rig:~/evidence$</span> grep -rn --color "{K("9876","keep")}" logs/\n'
    for i in range(14):
        core=mpan_core(r); a=r.randint(2,6); bb=a+4
        kind=r.choice(['mpan','mpan','eserial','mprn','eui64'])
        v={'mpan':core,'eserial':eserial(r),'mprn':mprn(r),'eui64':eui(r,'')}[kind]
        a=min(a,len(v)-5); bb=a+4
        colored=f'{v[:a]}<span class="m">{v[a:bb]}</span>{v[bb:]}'
        out+=f'<span class="fnm">{K("logs/"+flow(r)+"_"+str(r.randint(1,9))+".log")}</span>:<span class="lnn">{K(str(r.randint(10,999)))}</span>:{K(ts(r))} INFO {K(flow(r))} {kind}=<span data-s="{kind}" data-v="{v}">{colored}</span> status={K("OK")}\n'
    out+='<span class="p">tester@rig:~/evidence$</span> '
    return css,f'<div class="t">{out}</div>'
# G. SVG-drawn bill header with S box -------------------------------------------------------
def svgbill(r, dark):
    core=mpan_core(r); pt,mt,ll=mpan_top(r); nm=name(r); st,town,pc=address(r); m=mprn(r)
    fg='#e6e6e6' if dark else '#111'
    def T(x,y,txt,kind=None,k=None,size=14,weight='normal'):
        attr=f'data-s="{kind}"' if kind else f'data-k="{k or "keep"}"'
        return f'<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fg}" {attr} font-family="Liberation Sans">{H.escape(txt)}</text>'
    g=[T(30,40,'Your electricity bill',size=22,weight='bold'),T(30,70,'Bill date 04 December 2026'),T(30,95,'Account'),T(140,95,account(r),'account'),
       T(30,140,nm,'name'),T(30,160,st,'address'),T(30,180,town,k='town'),T(30,200,pc,'postcode'),
       T(520,40,'Supply number',size=13),f'<rect x="520" y="50" width="300" height="70" fill="none" stroke="{fg}" stroke-width="1.5"/>',
       T(532,98,'S',size=40,weight='bold'),T(585,76,f'{pt}   {mt}   {ll}','mpan',size=16),T(585,108,f'{core[:2]}   {core[2:6]}   {core[6:10]}   {core[10:]}','mpan',size=16),
       T(520,150,'Gas supply point (MPRN)',size=13),T(700,150,m,'mprn',size=13),
       T(30,250,'Meter',size=13,weight='bold'),T(160,250,'Previous',size=13,weight='bold'),T(280,250,'Present',size=13,weight='bold'),T(400,250,'Units',size=13,weight='bold'),T(500,250,'Cost',size=13,weight='bold')]
    y=275
    for i in range(4):
        g+= [T(30,y,eserial(r),'eserial',size=13),T(160,y,reading(r),k='reading',size=13),T(280,y,reading(r),k='reading',size=13),T(400,y,str(r.randint(100,900)),size=13),T(500,y,amount(r),k='amount',size=13)]
        y+=24
    g+=[T(30,y+30,'Total to pay',size=16,weight='bold'),T(500,y+30,amount(r),k='amount',size=16,weight='bold'),T(30,y+60,'Ref '+tc(r)+' / '+mref(r),size=11)]
    return 'svg{display:block}', f'<svg width="900" height="560" xmlns="http://www.w3.org/2000/svg">{"".join(g)}</svg>'
# H. Slack-like thread with inline code and an unfurled card ----------------------------------
def slack(r, dark):
    core=mpan_core(r); pt,mt,ll=mpan_top(r); nm=name(r); st,town,pc=address(r)
    css='''.side{position:absolute;left:0;top:0;width:220px;height:900px;background:#3f0e40;color:#d8c8d8;font-size:14px;padding:10px}.side div{padding:3px 6px}
    .ch{position:absolute;left:240px;top:0;right:0;padding:10px 20px}.h{font-weight:bold;font-size:17px;border-bottom:1px solid var(--bd);padding-bottom:8px}
    .m{display:flex;margin:12px 0;font-size:14.5px;line-height:1.45}.av{width:36px;height:36px;border-radius:6px;background:#4a9;margin-right:10px;flex:none}
    code{font:13px "Liberation Mono",monospace;background:var(--pan);border:1px solid var(--bd);color:#e01e5a;padding:1px 3px;border-radius:3px}
    .card{border-left:4px solid var(--bd);padding:4px 10px;margin-top:6px;color:var(--mut)}.who{font-weight:bold}.tm{color:var(--mut);font-size:12px;margin-left:6px}'''
    msgs=[('Field Ops Bot',f'New job {K(wo(r))} for {S("name",nm)} at {S("address",st)}, {K(town,"town")} {S("postcode",pc)}'),
          ('Metering QA',f'Can someone check <code>{S("mpan",core)}</code>? {K(flow(r))} came back rejected on {K(tc(r))}'),
          ('Metering QA',f'full number is <code>{S("mpan",pt+mt+ll+core)}</code> if that helps'),
          ('Comms Desk',f'CHF is <code>{S("eui64",eui(r))}</code>, ESME <code>{S("eui64",eui(r))}</code>, firmware {K(fw(r))}'),
          ('Gas Team',f'gas side ok: MPRN {S("mprn",mprn(r))} meter {S("gserial",gserial(r))} read {K(reading(r))}'),
          ('Field Ops Bot',f'<div class="card"><b>{K(dip(r))}</b> · {K("Message")} {K(uuid(r))}<br>{K("Supply")} {S("mpan",mpan_core(r))} · {K("Amount")} {K(amount(r))}</div>')]
    body=''.join(f'<div class="m"><div class="av"></div><div><span class="who">{K(w)}</span><span class="tm">{K(f"{r.randint(8,17)}:{r.randint(0,59):02d}")}</span><br>{t}</div></div>' for w,t in msgs)
    b=f'<div class="side"><div><b>{K("Energy Test Team")}</b></div><div># {K("metering-defects")}</div><div># {K("dip-triage")}</div><div># {K("sit-cycle-3")}</div></div><div class="ch"><div class="h"># {K("metering-defects")}</div>{body}</div>'
    return css,b
# J. whiteboard sticky notes, slight rotations, condensed font --------------------------------
def sticky(r, dark):
    css='''.board{position:relative;width:1200px;height:760px;background:#f1efe8 radial-gradient(#ccc 1px,transparent 1px);background-size:20px 20px}
    .n{position:absolute;width:220px;min-height:150px;padding:12px;font:17px "Liberation Sans Narrow",sans-serif;box-shadow:2px 3px 6px rgba(0,0,0,.25);color:#222;line-height:1.35}'''
    cols=['#fff59d','#ffcc80','#b3e5fc','#c5e1a5','#f8bbd0','#e1bee7']
    ns=''
    for i in range(8):
        ang=r.choice([-4,-3,-2,2,3,5,0]); x=30+(i%4)*290; y=30+(i//4)*360
        nm=name(r)
        content=r.choice([f'{K(tc(r))} fails<br>MPAN {S("mpan",mpan_core(r))}<br>{K(flow(r))} missing',
            f'Site visit {K(wo(r))}<br>{S("name",nm)}<br>{S("postcode",postcode(r))}<br>tel {S("phone",phone(r))}',
            f'swap meter<br>{S("eserial",eserial(r))}<br>for {S("eserial",eserial(r))}<br>{K(ts(r)[:10])}',
            f'IHD pair<br>{S("eui64",eui(r))}<br>fw {K(fw(r))}',
            f'Gas {S("mprn",mprn(r))}<br>{S("gserial",gserial(r))}<br>read {K(reading(r))}'])
        ns+=f'<div class="n" style="left:{x}px;top:{y}px;background:{cols[i%6]};transform:rotate({ang}deg)" data-rotn="{ang}">{content}</div>'
    return css,f'<div class="board">{ns}</div>'
# K. narrow inputs scrolled to the end; textarea; letter-spaced comb -------------------------
def inputs(r, dark):
    core=mpan_core(r); nm=name(r); st,town,pc=address(r); e=email(r,nm)
    css='''.f{padding:20px 30px;font-size:14px}.row{display:flex;align-items:center;margin:10px 0}.row label{width:170px;color:var(--mut)}
    .inp{border:1px solid var(--bd);border-radius:4px;padding:6px 8px;overflow:hidden;white-space:nowrap;background:var(--bg)}
    .comb{font:20px "Liberation Mono",monospace;letter-spacing:14px;border-bottom:2px solid var(--fg);padding:2px 4px}
    .ta{border:1px solid var(--bd);width:460px;height:90px;padding:6px;font-size:14px;line-height:1.4}.h{font-size:19px;font-weight:bold;margin-bottom:14px}'''
    def scr(kind,v,wpx):
        # value scrolled to its end (as a browser shows an input after typing)
        return f'<div class="inp" style="width:{wpx}px;direction:rtl;text-align:left"><span style="direction:ltr;unicode-bidi:embed">{S(kind,v)}</span></div>'
    b=f'''<div class="f"><div class="h">{K("Register change of tenancy")} — {K("Step 2 of 4")}</div>
    <div class="row"><label>{K("MPAN (13 digits)")}</label>{scr("mpan",core,90)}<span style="margin-left:12px">{K("Check digit OK")}</span></div>
    <div class="row"><label>{K("Full supply number")}</label>{scr("mpan",''.join(mpan_top(r))+mpan_core(r),150)}</div>
    <div class="row"><label>{K("Meter serial")}</label>{scr("eserial",eserial(r),70)}</div>
    <div class="row"><label>{K("Email")}</label>{scr("email",e,130)}</div>
    <div class="row"><label>{K("New occupier")}</label>{scr("name",nm,120)}</div>
    <div class="row"><label>{K("MPRN")}</label><span class="comb">{S("mprn",mprn(r))}</span></div>
    <div class="row"><label>{K("Comms hub GUID")}</label><span class="comb" style="font-size:16px;letter-spacing:6px">{S("eui64",eui(r,''))}</span></div>
    <div class="row"><label>{K("Notes")}</label><div class="ta">{K("Tenant moved in")} {K(ts(r)[:10])}, {K("opening read")} {K(reading(r))}. {K("Previous occupier")} {S("name",name(r))}, {K("forwarding address")} {S("address",street(r))}, {S("postcode",postcode(r))}. {K("Ref")} {K(tc(r))}.</div></div>
    <div class="row"><label>{K("Postcode")}</label><div class="inp" style="width:220px">{S("postcode",pc)}</div><span style="margin-left:10px">{K("Find address")}</span></div>
    <div class="row"><label>{K("Address")}</label><div class="inp" style="width:420px">{S("address",st)}, {K(town,"town")}</div></div></div>'''
    return css,b
# M. phone chat (3x) -------------------------------------------------------------------------
def phonechat(r, dark):
    css='''.top{background:#075e54;color:#fff;padding:14px;font-size:17px}.chat{padding:10px;background:var(--pan);height:760px}
    .b{max-width:290px;padding:7px 9px;border-radius:8px;margin:7px 0;font-size:15px;line-height:1.35;box-shadow:0 1px 1px rgba(0,0,0,.15)}
    .in{background:var(--bg)}.out{background:#dcf8c6;color:#111;margin-left:auto}.t{font-size:11px;color:#888;float:right;margin:4px 0 0 8px}'''
    nm=name(r)
    ms=[('in',f'{K("Hi, at the property now")} {K(wo(r))}'),('in',f'Meter reads {S("eserial",eserial(r))}, display shows {K(reading(r))}'),
        ('out',f'Thanks. Bill says {S("mpan",mpan_core(r))} for this one'),('in',f'Customer {S("name",nm)} says gas is {S("mprn",mprn(r))}'),
        ('out',f'OK, hub id {S("eui64",eui(r,SEPC))}'),('in',f'Postcode {S("postcode",postcode(r))}, call {S("phone",phone(r))} if issues'),
        ('out',f'{K("Logged against")} {K(tc(r))} {K("and")} {K(flow(r))}')]
    body=''.join(f'<div class="b {c}">{t}<span class="t">{K(f"{r.randint(8,17)}:{r.randint(10,59)}")}</span></div>' for c,t in ms)
    return css,f'<div class="top">{K("Field Engineers - North")}</div><div class="chat">{body}</div>'
# N. audit timeline with identifiers in sentences --------------------------------------------
def timeline(r, dark):
    css='''.tl{padding:16px 28px;font-size:14px}.ev{border-left:2px solid var(--acc);padding:0 0 14px 16px;position:relative;line-height:1.45}.ev:before{content:"";position:absolute;left:-6px;top:3px;width:10px;height:10px;border-radius:5px;background:var(--acc)}
    .ts{color:var(--mut);font-size:12px}.h{font-size:19px;font-weight:bold;margin-bottom:12px}'''
    evs=[]
    for i in range(9):
        evs.append(r.choice([f'Meter {S("eserial",eserial(r))} exchanged for {S("eserial",eserial(r))} on supply {S("mpan",mpan_core(r))} under {K(wo(r))}',
            f'{K(flow(r))} sent for MPAN {S("mpan",mpan_core(r))}; {K("message")} {K(uuid(r))}',
            f'Customer {S("name",name(r))} updated phone to {S("phone",phone(r))} and email to {S("email",email(r))}',
            f'Comms hub {S("eui64",eui(r,SEPD) if r.random()<.5 else eui(r))} joined; firmware {K(fw(r))}',
            f'Gas MPRN {S("mprn",mprn(r))} linked to {S("gserial",gserial(r))}; opening read {K(reading(r))}',
            f'Refund of {K(amount(r))} issued to account {S("account",account(r))}']))
    body=''.join(f'<div class="ev"><div class="ts">{K(ts(r))} · {K(tc(r))}</div>{e}</div>' for e in evs)
    return css,f'<div class="tl"><div class="h">{K("Audit trail")} — {K(dip(r))}</div>{body}</div>'
# O. webmail list with truncated subjects ----------------------------------------------------
def mailist(r, dark):
    css='''.l{font-size:14px}.r{display:flex;border-bottom:1px solid var(--bd);padding:8px 14px;white-space:nowrap}.fr{width:200px;font-weight:bold;overflow:hidden;text-overflow:ellipsis}
    .su{width:520px;overflow:hidden;text-overflow:ellipsis}.dt{width:90px;text-align:right;color:var(--mut)}.h{padding:12px 14px;font-size:18px;border-bottom:2px solid var(--acc)}'''
    rows=''
    for i in range(12):
        nm=name(r)
        subj=r.choice([f'RE: Query on supply {S("mpan",mpan_core(r))} and the estimated read from last quarter', f'Meter {S("eserial",eserial(r))} — faulty display reported by customer',
                       f'{K(flow(r))} rejection for {S("mpan",mpan_core(r))} ({K(tc(r))})', f'Home move: {S("address",street(r))}, {S("postcode",postcode(r))} from {S("name",name(r))}',
                       f'Gas {S("mprn",mprn(r))} read dispute {K(amount(r))}'])
        rows+=f'<div class="r"><div class="fr">{S("name",nm)}</div><div class="su">{subj}</div><div class="dt">{K(f"{r.randint(1,28)} Nov")}</div></div>'
    return css,f'<div class="h">{K("Inbox")} ({K(str(r.randint(20,90)))})</div><div class="l">{rows}</div>'
