"""Chromium pages. Writes corpus/<name>.png and truth/<name>.json"""
import random, json, html, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import ids, chrome
ROOT = '/tmp/ho47/screens'
E = html.escape
def S(kind, v, cls='', style=''):
    return f'<span data-s="{kind}" class="{cls}" style="{style}">{E(v)}</span>'
def K(kind, v, cls='', style=''):
    return f'<span data-k="{kind}" class="{cls}" style="{style}">{E(v)}</span>'
def theme_css(dark):
    if dark: return 'body{background:#1e1f22;color:#e3e3e3} .card,.panel{background:#2b2d31;border-color:#444} th{background:#33353a;color:#ddd} .muted{color:#9aa0a6} a{color:#8ab4f8}'
    return 'body{background:#f4f5f7;color:#1d1d1f} .card,.panel{background:#fff;border-color:#dcdfe4} th{background:#eef0f3;color:#333} .muted{color:#5f6368} a{color:#0b57d0}'
def page(title, css, body, dark):
    return f'<!doctype html><html><head><meta charset="utf-8"><title>{E(title)}</title><style>body{{margin:0;font-family:"Liberation Sans",Arial,sans-serif}} {theme_css(dark)} {css}</style></head><body>{body}</body></html>'

# ---------- A. Azure portal storage browser table
def azure(r, dark):
    rows = []
    for i in range(12):
        core = ids.mpan_core(r); m = ids.mprn(r); ser = ids.elec_serial(r); n = ids.name(r)
        rows.append(f'<tr><td>{K("rownum",str(i+1))}</td><td>{S("mpan",core)}</td><td>{S("mprn",m)}</td><td>{S("serial",ser)}</td><td>{S("name",n)}</td><td>{K("timestamp",ids.ts(r).replace(" ","T")+"Z")}</td><td>{K("flow",ids.flow(r))}</td><td>{K("product",r.choice(["Smart Export Guarantee","Fixed Saver 12M","Economy 7 Plus"]))}</td></tr>')
    css = ('.top{height:40px;background:#0f6cbd;color:#fff;font:14px "Liberation Sans";display:flex;align-items:center;padding:0 14px} .crumb{font-size:12px;padding:8px 16px} h1{font-size:20px;font-weight:600;margin:4px 16px}'
           'table{border-collapse:collapse;margin:10px 16px;font-size:12px} td,th{padding:6px 9px;border-bottom:1px solid #8884;text-align:left;white-space:nowrap} .side{float:left;width:200px;font-size:13px;padding:10px} .side div{padding:6px}')
    body = (f'<div class="top">{K("product","Microsoft Azure")}&nbsp;&nbsp;<span class="muted" style="color:#dde">Search resources, services, and docs (G+/)</span></div>'
            f'<div class="crumb">{K("label","Home")} &gt; {K("label","stgbdipsit01")} &gt; {K("label","Storage browser")}</div><h1>{K("heading","meterpoints")} <span class="muted" style="font-size:13px">| Table</span></h1>'
            f'<div class="side"><div>{K("label","Overview")}</div><div>{K("label","Activity log")}</div><div>{K("label","Access control (IAM)")}</div><div>{K("label","Storage browser")}</div><div>{K("label","Data protection")}</div></div>'
            '<table><tr>' + ''.join(f'<th>{K("colhead",h)}</th>' for h in ['#','PartitionKey','RowKey','MeterSerial','Customer','Timestamp','Flow','Tariff']) + '</tr>' + ''.join(rows) + '</table>')
    return page('Azure', css, body, dark)

# ---------- B. web chat widget
def chat(r, dark):
    n = ids.name(r); core = ids.mpan_core(r); top = ids.mpan_top(r); m = ids.mprn(r); a = ids.address(r); ph = ids.phone(r); em = ids.email(r, n)
    css = ('.bg{padding:20px;font-size:13px} .w{width:340px;margin-left:auto;border-radius:12px;overflow:hidden;border:1px solid #ccc;box-shadow:0 6px 24px #0004}'
           '.hd{background:#5b2d90;color:#fff;padding:12px} .msgs{padding:10px;background:inherit} .b{max-width:230px;padding:8px 11px;border-radius:14px;margin:7px 0;line-height:1.35}'
           '.me{background:#e9e1f5;color:#222;margin-left:auto} .ag{background:#dfe3e8;color:#222} .t{font-size:10px;color:#888}')
    body = (f'<div class="bg"><h2 style="font-size:22px">{K("heading","Help with your bill")}</h2><p style="width:520px">{K("heading","Your Electricity Bill")} explained — read our guide to {K("product","Smart Export Guarantee")} payments.</p>'
            f'<div class="w card"><div class="hd"><b>{K("product","Octavia Energy Chat")}</b><br><span style="font-size:11px">{K("label","Agent: Support bot")}</span></div><div class="msgs">'
            f'<div class="b ag">Hi! Can I take your supply number? Ref {K("ticket","CHT-"+str(r.randint(100000,999999)))}</div><div class="t">{K("timestamp",ids.ts(r)[11:16])}</div>'
            f'<div class="b me">Hi it is {S("name",n)}. The S number is {S("mpan_top"," ".join(top))} {S("mpan",ids.mpan_fmt(core))} and gas {S("mprn",m)}</div>'
            f'<div class="b ag">Thanks. Please confirm the address.</div>'
            f'<div class="b me">{S("address",a[0])}<br>{S("town",a[1])}<br>{S("postcode",a[2])}</div>'
            f'<div class="b me">call me on {S("phone",ph)} or {S("email",em)}</div><div class="t">{K("timestamp",ids.ts(r)[11:16])} · {K("label","Delivered")}</div>'
            f'</div></div></div>')
    return page('chat', css, body, dark)

# ---------- C. mobile app, tall, 3x
def mobile(r, dark):
    core = ids.mpan_core(r); top = ids.mpan_top(r); m = ids.mprn(r); ser = ids.elec_serial(r); gs = ids.gas_serial(r); a = ids.address(r); n = ids.name(r)
    css = ('body{font-size:14px} .app{padding:14px} .card{border:1px solid;border-radius:16px;padding:14px;margin:12px 0} h1{font-size:24px;margin:6px 0}'
           '.sbox{display:flex;align-items:center;border:2px solid currentColor;padding:6px 10px;width:max-content;font-family:"DejaVu Sans Mono";font-size:15px} .sbox .s{font-size:38px;font-weight:bold;margin-right:10px}'
           '.row{display:flex;justify-content:space-between;padding:5px 0;border-bottom:1px solid #8883} .k{color:#888;font-size:12px;text-transform:uppercase;letter-spacing:.06em}')
    dates = [ids.ts(r)[:10] for _ in range(4)]
    body = (f'<div class="app"><div class="muted" style="font-size:12px">{K("timestamp","09:41")}</div><h1>{K("heading","Your Electricity Bill")}</h1>'
            f'<div class="muted">{K("label","Account holder")}</div><div style="font-size:16px">{S("name",n)}</div>'
            f'<div class="card"><div class="k">{K("label","Supply number")}</div><div class="sbox"><span class="s">S</span><div>'
            f'<div>{S("mpan_top","  ".join(top))}</div><div>{S("mpan",ids.mpan_fmt(core))}</div></div></div></div>'
            f'<div class="card"><div class="row"><span class="k">{K("label","MPRN")}</span>{S("mprn",m)}</div>'
            f'<div class="row"><span class="k">{K("label","Electricity meter")}</span>{S("serial",ser)}</div>'
            f'<div class="row"><span class="k">{K("label","Gas meter")}</span>{S("serial",gs)}</div>'
            f'<div class="row"><span class="k">{K("label","Balance")}</span>{K("amount",ids.amount(r))}</div>'
            f'<div class="row"><span class="k">{K("label","Last reading")}</span>{K("reading",ids.reading(r))}</div></div>'
            f'<div class="card"><div class="k">{K("label","Supply address")}</div>{S("address",a[0])}<br>{S("town",a[1])}<br>{S("postcode",a[2])}</div>'
            f'<div class="card"><b>{K("product","Smart Export Guarantee")}</b><div class="muted">{K("label","Paid on")} {K("date",dates[0])} · {K("amount",ids.amount(r))}</div></div>'
            f'<div class="card"><b>{K("product","Flexi Octo Tracker")}</b><div class="muted">{K("label","App version")} {K("version",ids.fw(r))}</div></div></div>')
    return page('app', css, body, dark)

# ---------- D. Excel desktop-like
def excel(r, dark):
    rows=[]; vals=[]
    for i in range(14):
        core=ids.mpan_core(r); ser=ids.elec_serial(r); pc=ids.postcode(r)
        vals.append(core)
        rows.append(f'<tr><td class="rn">{K("rownum",str(i+2))}</td><td>{K("tc",ids.tc(r))}</td><td class="c{i}">{S("mpan",core)}</td><td>{S("serial",ser)}</td><td>{S("postcode",pc)}</td><td class="num">{K("reading",str(r.randint(1000,99999)))}</td><td>{K("flow",ids.flow(r))}</td><td>{K("date",ids.ts(r)[:10])}</td></tr>')
    sel = 5
    css = (f'body{{font:13px "Liberation Sans"}} .rib{{background:#217346;color:#fff;padding:6px 10px}} .tabs span{{margin-right:16px}} .fb{{display:flex;border-bottom:1px solid #aaa;padding:3px;font-size:13px}} .nb{{width:70px;border-right:1px solid #aaa}}'
           'table{border-collapse:collapse} td,th{border:1px solid #8886;padding:2px 6px;height:18px;white-space:nowrap} th{font-weight:normal;text-align:center} .rn{background:#8882;text-align:center;width:28px}'
           f'.c{sel}{{outline:2px solid #217346;outline-offset:-2px}} .num{{text-align:right}}')
    body = (f'<div class="rib"><div class="tabs">{K("label","File")} {K("label","Home")} {K("label","Insert")} {K("label","Formulas")} {K("label","Data")} {K("label","Review")}</div></div>'
            f'<div class="fb"><div class="nb">{K("cellref","C"+str(sel+2))}</div>&nbsp;<i>fx</i>&nbsp;&nbsp;{S("mpan",vals[sel])}</div>'
            '<table><tr><th></th>' + ''.join(f'<th>{K("colhead",c)}</th>' for c in 'ABCDEFG') + '</tr>'
            '<tr><td class="rn">' + K("rownum","1") + '</td>' + ''.join(f'<td><b>{K("colhead",h)}</b></td>' for h in ['Test case','MPAN','Meter serial','Postcode','Reading','Flow','Date']) + '</tr>' + ''.join(rows) + '</table>'
            f'<div style="padding:4px;font-size:12px">{K("label","Sheet1")} &nbsp; {K("label","Readings")} &nbsp; <span class="muted">{K("label","Ready")}</span></div>')
    return page('excel', css, body, dark)

# ---------- E. kanban with hover card
def kanban(r, dark):
    cols = ['TO DO','IN PROGRESS','BLOCKED','DONE']
    out=''
    for c in cols:
        cards=''
        for j in range(3):
            kind = r.choice(['mpan','serial','mprn','eui'])
            v = {'mpan':ids.mpan_core(r),'serial':ids.elec_serial(r),'mprn':ids.mprn(r),'eui':ids.eui(r, r.choice(['-',':','']))}[kind]
            cards += (f'<div class="card kc"><div class="lab">{K("label",r.choice(["SIT","UIT","DEFECT","RETEST"]))}</div>{K("tc",ids.tc(r))} {K("flow",ids.flow(r))} rejected for {S(kind,v)}'
                      f'<div class="muted" style="font-size:11px">{K("wo",ids.wo(r))} · {K("date",ids.ts(r)[:10])}</div></div>')
        out += f'<div class="col"><div class="ch">{K("colhead",c)}</div>{cards}</div>'
    n = ids.name(r); ph = ids.phone(r); em = ids.email(r, n)
    css = ('body{font:13px "Liberation Sans"} .board{display:flex;gap:12px;padding:14px} .col{width:200px;background:#8881;padding:8px;border-radius:6px} .ch{font-weight:bold;font-size:11px;letter-spacing:.08em;margin-bottom:6px}'
           '.kc{border:1px solid;border-radius:6px;padding:8px;margin-bottom:8px;word-break:break-all} .lab{display:inline-block;font-size:10px;font-weight:bold;background:#4c9aff;color:#fff;padding:1px 5px;border-radius:3px;margin-right:4px}'
           '.hover{position:absolute;left:300px;top:150px;width:260px;border:1px solid #999;border-radius:8px;padding:12px;box-shadow:0 8px 28px #0006}')
    body = (f'<div style="padding:10px 14px;font-size:18px">{K("heading","SIT Cycle 3 board")}</div><div class="board">{out}</div>'
            f'<div class="hover card"><b>{S("name",n)}</b><div class="muted">{K("label","Customer contact")}</div><div>{S("phone",ph)}</div><div><a href="#" style="text-decoration:underline">{S("email",em)}</a></div></div>')
    return page('kanban', css, body, dark)

# ---------- F. PDF form with comb fields (in a viewer)
def comb(r, dark):
    core = ids.mpan_core(r); top = ids.mpan_top(r); m = ids.mprn(r); pc = ids.postcode(r); n = ids.name(r); ser = ids.elec_serial(r)
    def cells(kind, v, w=20):
        return f'<span class="comb" data-s="{kind}" data-v="{E(v)}">' + ''.join(f'<span class="cell">{E(ch)}</span>' for ch in v) + '</span>'
    css = ('.viewer{background:#525659;padding:24px;height:100%} .pg{width:760px;margin:auto;background:#fff;color:#000;padding:36px;font:13px "Liberation Serif"}'
           '.comb{display:inline-flex} .cell{display:inline-block;width:18px;height:24px;border:1px solid #000;margin-right:-1px;text-align:center;line-height:24px;font:15px "Liberation Mono"}'
           '.f{margin:12px 0} .lb{font-size:11px;text-transform:uppercase;display:block;margin-bottom:3px}')
    body = (f'<div class="viewer"><div class="pg"><h2>{K("heading","Meter Point Registration Form")}</h2><div>{K("label","Form MPR-7")} · {K("version","v2.4.1")}</div>'
            f'<div class="f"><span class="lb">{K("label","Supply number (MPAN)")}</span><b style="font-size:22px">S</b> {cells("mpan_top","".join(top))}&nbsp;&nbsp;{cells("mpan",core)}</div>'
            f'<div class="f"><span class="lb">{K("label","Gas MPRN")}</span>{cells("mprn",m)}</div>'
            f'<div class="f"><span class="lb">{K("label","Meter serial")}</span>{cells("serial",ser)}</div>'
            f'<div class="f"><span class="lb">{K("label","Postcode")}</span>{cells("postcode",pc.replace(" ",""))}</div>'
            f'<div class="f"><span class="lb">{K("label","Full name")}</span>{cells("name",n.upper())}</div>'
            f'<div class="f"><span class="lb">{K("label","Date of change")}</span>{K("date",ids.ts(r)[:10])}</div>'
            f'<p>{K("label","Signature")} ______________________ &nbsp; {K("ref","Ref")} {K("wo",ids.wo(r))}</p></div></div>')
    return page('comb', css, body, dark)

# ---------- G. calendar appointment
def calendar(r, dark):
    a = ids.address(r); n = ids.name(r); n2 = ids.name(r); ph = ids.phone(r); ser = ids.elec_serial(r); core = ids.mpan_core(r)
    css = ('body{font:14px "Liberation Sans"} .hd{padding:12px 18px;border-bottom:1px solid #8885} h1{font-size:20px;margin:0} .grid{display:grid;grid-template-columns:120px 1fr;gap:8px 14px;padding:16px 18px}'
           '.k{color:#888} .desc{padding:0 18px;line-height:1.5;width:560px}')
    body = (f'<div class="hd"><h1>{K("heading","Smart meter exchange")} – {K("wo",ids.wo(r))}</h1><div class="muted">{K("label","Organiser")}: {S("name",n2)}</div></div>'
            f'<div class="grid"><div class="k">{K("label","When")}</div><div>{K("date","Tue 15 Dec 2026")} {K("timestamp","08:00")}–{K("timestamp","12:00")}</div>'
            f'<div class="k">{K("label","Where")}</div><div>{S("address",a[0])}<br>{S("town",a[1])}<br>{S("postcode",a[2])}</div>'
            f'<div class="k">{K("label","Attendees")}</div><div>{S("name",n)}; {K("label","Field Ops Northampton")}</div>'
            f'<div class="k">{K("label","Reminder")}</div><div>{K("label","15 minutes before")}</div></div>'
            f'<div class="desc">Exchange meter {S("serial",ser)} on supply {S("mpan",ids.mpan_fmt(core))}. Customer phone {S("phone",ph)}. '
            f'Test case {K("tc",ids.tc(r))}, flow {K("flow","D0150")} expected after job. Depot: {K("town_keep",r.choice(ids.KEEP_TOWNS))}.</div>')
    return page('cal', css, body, dark)

# ---------- H. effects grid: squiggles, links, strikethrough, selection, cursor, presenter tile, stripes, low contrast, cleartype
def effects(r, dark):
    rows=''
    for i in range(10):
        core=ids.mpan_core(r); n=ids.name(r); em=ids.email(r,n); old=ids.mpan_core(r); town=r.choice(ids.TOWNS)[0]
        rows += (f'<tr><td>{K("rownum",str(i+1))}</td><td class="{"sel" if i==3 else ""}">{S("mpan",core)}</td><td><span class="sq">{S("name",n)}</span></td>'
                 f'<td><a href="#">{S("email",em)}</a></td><td><s>{S("mpan",old)}</s></td><td>{S("town",town)}</td><td class="lc">{K("timestamp",ids.ts(r))}</td><td>{K("amount",ids.amount(r))}</td></tr>')
    css = ('body{font:13px "Liberation Sans Narrow"} table{border-collapse:collapse;margin:12px} td,th{padding:5px 8px;text-align:left;white-space:nowrap}'
           'tr:nth-child(odd) td{background:repeating-linear-gradient(45deg,#8882 0 6px,#0000 6px 12px)} .sq{text-decoration:underline wavy red;text-decoration-skip-ink:none}'
           '.cf td.sel{background:#3390ff;color:#fff} .lc{color:#b8b8b8} th{text-transform:uppercase;letter-spacing:.05em;font-size:11px}'
           '.cf td{text-shadow:-0.6px 0 #f008,0.6px 0 #00f8} .tile{position:absolute;left:620px;top:215px;width:230px;height:150px;border-radius:8px;background:linear-gradient(135deg,#334,#667);color:#fff;display:flex;align-items:flex-end;padding:8px;box-sizing:border-box}'
           '.chk{background:conic-gradient(#8883 25%,#0000 0 50%,#8883 0 75%,#0000 0) 0 0/16px 16px;padding:10px;margin:12px;width:520px}')
    cursor = '<svg style="position:absolute;left:170px;top:118px" width="22" height="30" viewBox="0 0 22 30"><path d="M1 1 L1 24 L7 18 L11 28 L15 26 L11 17 L19 17 Z" fill="#fff" stroke="#000" stroke-width="1.5"/></svg>'
    m = ids.mprn(r); n2 = ids.name(r)
    body = (f'<div style="padding:10px 12px;font-size:17px">{K("heading","Evidence review")} — {K("tc",ids.tc(r))}</div>'
            '<table class="cf"><tr>' + ''.join(f'<th>{K("colhead",h)}</th>' for h in ['#','MPAN','Customer','E-mail','Old MPAN','Town','Received','Amount']) + '</tr>' + rows + '</table>'
            f'<div class="chk">{K("label","MPRN on chequered")}: {S("mprn",m)} &nbsp; {K("label","Owner")}: {S("name",n2)}</div>'
            f'<div class="tile">{K("label","Presenter")}</div>{cursor}')
    return page('fx', css, body, dark)

# ---------- I. PowerShell in a terminal, hard-wrapped
def pwsh(r, dark):
    lines=[]; cols=78
    def esc_line(parts):
        return ''.join(parts)
    out=''
    out += f'PS C:\\Users\\tester&gt; {K("cmd","Get-MeterPoint -Site SIT3 | Format-List")}\n\n'
    for i in range(4):
        core=ids.mpan_core(r); m=ids.mprn(r); ser=ids.elec_serial(r); n=ids.name(r); dev=ids.eui(r,r.choice(['-',':','.']))
        out += f'{K("label","MpanCore")}     : {S("mpan",core)}\n{K("label","Mprn")}         : {S("mprn",m)}\n{K("label","MeterSerial")}  : {S("serial",ser)}\n{K("label","CommsHub")}     : {S("eui",dev)}\n{K("label","Customer")}     : {S("name",n)}\n{K("label","LastFlow")}     : {K("flow",ids.flow(r))} {K("timestamp",ids.ts(r))}\n\n'
    # hard wrap: a long log line split at col 78 inside an MPAN
    core=ids.mpan_core(r)
    pre='WARN 2026-11-30T10:22:11Z DataflowValidator rejected D0010 batch 4471 for mpan '
    cut = cols - len(pre)
    # pre length 80 > 78, so place manually
    pre = 'WARN DataflowValidator rejected D0010 batch 4471 for supply number '
    cut = cols - len(pre)
    out += f'{K("label","WARN")} DataflowValidator rejected {K("flow","D0010")} batch 4471 for supply number <span data-s="mpan_wrapped" data-v="{core}">{core[:cut]}\n{core[cut:]}</span> (retry {K("ref","3/5")})\n'
    out += f'PS C:\\Users\\tester&gt; _'
    css = ('body{background:#0c0c0c;color:#cccccc} .tb{background:#1f1f1f;color:#ddd;font:12px "Liberation Sans";padding:6px 10px}'
           'pre{font:14px/1.25 "DejaVu Sans Mono";margin:8px 10px;width:78ch;white-space:pre}')
    if not dark: css = css.replace('#0c0c0c;color:#cccccc','#012456;color:#eeedf0')
    body = f'<div class="tb">{K("label","Windows PowerShell")} &nbsp; ✕ &nbsp; +</div><pre>{out}</pre>'
    return '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0} '+css+'</style></head><body>'+body+'</body></html>'

DESIGNS = {'azure':(azure,(1366,700)), 'chat':(chat,(900,820)), 'mobile':(mobile,(390,1300)), 'excel':(excel,(1100,560)), 'kanban':(kanban,(940,620)),
           'comb':(comb,(900,720)), 'calendar':(calendar,(760,520)), 'effects':(effects,(1200,560)), 'pwsh':(pwsh,(760,820))}
PLAN = [('azure',1,False),('azure',1.25,True),('azure',1.5,False),('chat',1,False),('chat',1.25,True),('chat',1.5,False),('mobile',3,False),('mobile',3,True),
        ('excel',1,False),('excel',1.25,False),('excel',1.5,True),('kanban',1,False),('kanban',1.25,True),('kanban',1.5,False),('comb',1,False),('comb',1.25,False),('comb',1.5,True),
        ('calendar',1,False),('calendar',1.25,True),('calendar',1.5,False),('effects',1,False),('effects',1.25,True),('effects',1.5,False),('pwsh',1,True),('pwsh',1.25,False),('pwsh',1.5,True)]
if __name__ == '__main__':
    os.makedirs(ROOT+'/corpus', exist_ok=True); os.makedirs(ROOT+'/truth', exist_ok=True)
    only = sys.argv[1:]
    for i,(d,sc,dark) in enumerate(PLAN):
        name = f'h{i:02d}_{d}_{int(sc*100)}_{"dark" if dark else "light"}'
        if only and d not in only: continue
        r = random.Random(4700 + i)
        fn,(w,h) = DESIGNS[d]
        items = chrome.render(fn(r, dark), f'{ROOT}/corpus/{name}.png', w, h, sc)
        json.dump({'image':name+'.png','toolkit':'chromium','design':d,'scale':sc,'theme':'dark' if dark else 'light','items':items}, open(f'{ROOT}/truth/{name}.json','w'), indent=0, ensure_ascii=False)
        print(name, sum(x['s'] for x in items), sum(not x['s'] for x in items))
