# Seeded generator of Chromium pages. Each page: html, w, h (css px), scale, theme
import random, html as H, sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
R = random.Random(4848)
def s(v, kind, tag="span", cls="", style=""):
    return '<%s class="%s" data-t="S" data-k="%s" data-v="%s" style="%s">%s</%s>' % (tag, cls, kind, H.escape(v, True), style, H.escape(v), tag)
def k(v, kind="label", tag="span", cls="", style=""):
    return '<%s class="%s" data-t="K" data-k="%s" data-v="%s" style="%s">%s</%s>' % (tag, cls, kind, H.escape(v, True), style, H.escape(v), tag)
JS = """<script>
window.addEventListener('load',()=>{const d=window.devicePixelRatio;const o=[];
document.querySelectorAll('[data-t]').forEach(e=>{const rs=[...e.getClientRects()].map(r=>[r.left*d,r.top*d,r.right*d,r.bottom*d]);
o.push({t:e.dataset.t,k:e.dataset.k,v:e.dataset.v,rects:rs})});
const p=document.createElement('pre');p.id='__boxes';p.style.display='none';p.textContent=JSON.stringify({dpr:d,items:o});document.body.appendChild(p);});
</script>"""
def page(css, body):
    return "<!doctype html><html><head><meta charset='utf-8'><style>*{box-sizing:border-box}body{margin:0}%s</style></head><body>%s%s</body></html>" % (css, body, JS)
def sbox(top3, core, style="", font="Liberation Sans", dark=False):
    pc, mtc, llfc = top3
    c = core
    fg = "#eee" if dark else "#111"
    return ('<div style="display:inline-grid;grid-template-columns:auto auto auto auto;border:1.5px solid %s;padding:4px 8px;gap:2px 14px;align-items:center;font-family:%s;%s">'
            '<div style="grid-row:1/3;font-size:34px;font-weight:bold;padding-right:6px">S</div>'
            '%s%s%s'
            '%s%s%s</div>') % (fg, font, style,
            s(pc, "mpan_top"), s(mtc, "mpan_top"), s(llfc, "mpan_top"),
            s(c[:2], "mpan_core_part"), s(c[2:6] + " " + c[6:10], "mpan_core_part"), s(c[10:], "mpan_core_part"))
PAGES = []
def add(name, w, h, scale, theme, css, body, note):
    PAGES.append(dict(name=name, w=w, h=h, scale=scale, theme=theme, html=page(css, body), note=note, toolkit="chromium"))

# 1 Outlook-like reading pane, light 100 %, signature italic light grey
def outlook(scale, theme, nm):
    n = I.name(R); n2 = I.name(R); a = I.addr(R); core = I.mpan_core(R); mp = I.mprn(R)
    dark = theme == "dark"
    bg, fg, pane = ("#1f1f1f", "#e6e6e6", "#292929") if dark else ("#ffffff", "#201f1e", "#f3f2f1")
    rows = "".join('<div class="m"><b>%s</b><br>%s<br><small>%s</small></div>' % (s(I.name(R), "name"), k("RE: %s %s" % (I.flow(R), I.tc(R)), "subject"), k(I.ts(R)[:10], "date")) for _ in range(6))
    body = f"""<div class="app"><div class="nav">{k('Inbox','label')}<br>{k('Sent Items','label')}<br>{k('Drafts','label')}<br>{k('Archive','label')}</div>
<div class="list">{rows}</div>
<div class="read"><h2>{k('Switch failure on '+I.tc(R)+' - please check','subject')}</h2>
<div class="snd"><div class="av">{n[0]}</div><div>{s(n,'name')} &lt;{s(I.email(R,n),'email')}&gt;<br><small>{k('To:','label')} {s(n2,'name')}; {k('Wed','label')} {k(I.ts(R)[11:16],'time')}</small></div></div>
<p>Hi {s(n2.split()[0],'name')},</p>
<p>The {k(I.flow(R),'flow')} for MPAN {s(core,'mpan')} was rejected again at {k(I.ts(R),'timestamp')}. The gas side (MPRN {s(mp,'mprn')}) went through fine under {k(I.dip(R),'dip')}.</p>
<p>Meter serial {s(I.eserial(R),'eserial')} shows a register read of {k(I.reading(R),'reading')}; comms hub {s(I.eui(R,'-'),'eui')} on firmware {k(I.fw(R),'fw')}.</p>
<p>Can you re-run {k(I.tc(R),'tc')} against {k(I.mref(R),'mpanref')}? Work order {k(I.wo(R),'wo')}.</p>
<div class="sig">{s(n,'name')}<br>{k('Test Lead, Settlement Assurance','label')}<br>{s(a[0],'address')}, {s(a[1],'address')} {s(a[2],'postcode')}<br>{k('Tel','label')} {s(I.phone(R),'phone')}</div></div></div>"""
    css = f"""body{{background:{bg};color:{fg};font-family:'Liberation Sans';font-size:14px}}.app{{display:flex;height:100vh}}.nav{{width:150px;background:{pane};padding:12px;line-height:2}}
.list{{width:320px;border-right:1px solid #8884}}.m{{padding:8px 12px;border-bottom:1px solid #8883;font-size:13px}}.read{{flex:1;padding:16px 24px}}h2{{font-weight:300;font-size:20px}}
.snd{{display:flex;gap:10px;align-items:center}}.av{{width:40px;height:40px;border-radius:50%;background:#6264a7;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}}
.sig{{margin-top:24px;color:#777;font-style:italic;font-weight:300;font-size:13px;font-family:'DejaVu Sans'}}"""
    add(nm, 1366, 768, scale, theme, css, body, "Outlook-like reading pane; italic light-grey signature with address")
outlook(1.0, "light", "outlook_light_100"); outlook(1.25, "dark", "outlook_dark_125")

# 2 Teams-like chat with avatars, emoji beside names
def teams(scale, theme, nm):
    dark = theme == "dark"
    bg, fg, bub = ("#1f1f1f", "#ddd", "#2d2c2c") if dark else ("#f5f5f5", "#242424", "#fff")
    msgs = ""
    emo = ["🙂", "🔥", "⚡", "🏠", "👍", "🧪", "☕"]
    for i in range(7):
        n = I.name(R)
        core = I.mpan_core(R)
        kind = i % 4
        if kind == 0: txt = f"{k('can you check','label')} {s(core[:2]+' '+core[2:6]+' '+core[6:10]+' '+core[10:],'mpan')} {k('for '+I.tc(R),'tc')}"
        elif kind == 1: txt = f"{k('hub id','label')} {s(I.eui(R,':'),'eui')} {k('firmware','label')} {k(I.fw(R),'fw')} 👀"
        elif kind == 2: txt = f"{k('MPRN','label')} {s(I.mprn(R),'mprn')} {k('went through on','label')} {k(I.flow(R),'flow')} ✅"
        else: txt = f"{k('serial','label')} {s(I.eserial(R).lower(),'eserial')} {k('read','label')} {k(I.reading(R),'reading')} 📈"
        msgs += f"""<div class="msg"><div class="av" style="background:hsl({i*50},50%,45%)">{''.join(x[0] for x in n.split()[:2])}</div><div class="b"><div class="hd">{s(n,'name')} {R.choice(emo)} <small>{k(I.ts(R)[11:16],'time')}</small></div><div>{txt}</div></div></div>"""
    body = f"""<div class="top">{k('Settlement SIT - Chat','heading')}</div><div class="side">{''.join('<div>'+s(I.name(R),'name')+' '+R.choice(emo)+'</div>' for _ in range(8))}</div><div class="main">{msgs}</div>"""
    css = f"""body{{background:{bg};color:{fg};font-family:'DejaVu Sans';font-size:14px}}.top{{height:44px;background:#464775;color:#fff;padding:12px 20px;font-weight:bold}}.side{{position:absolute;left:0;top:44px;width:240px;bottom:0;padding:10px;line-height:2.4;border-right:1px solid #8884}}
.main{{position:absolute;left:250px;top:54px;right:10px}}.msg{{display:flex;gap:10px;margin:10px}}.av{{width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px;flex:none}}.b{{background:{bub};padding:8px 12px;border-radius:6px;box-shadow:0 1px 2px #0003}}.hd{{font-size:12px;opacity:.85;margin-bottom:4px}}"""
    add(nm, 1280, 800, scale, theme, css, body, "Teams-like chat, avatars with initials, emoji beside names, lower-case serial, spaced MPAN")
teams(1.25, "dark", "teams_dark_125"); teams(1.0, "light", "teams_light_100")

# 3 VS Code-like JSON with syntax colours, line numbers, minimap
def vscode(scale, nm):
    lines = []
    recs = []
    for i in range(3):
        n = I.name(R); a = I.addr(R)
        recs.append([("testCase", k(I.tc(R), "tc"), "s"), ("flow", k(I.flow(R), "flow"), "s"), ("mpan", s(I.mpan_core(R), "mpan"), "n"), ("mprn", s(I.mprn(R), "mprn"), "s"),
                     ("meterSerial", s(I.eserial(R), "eserial"), "s"), ("deviceId", s(I.eui(R, ''), "eui"), "s"), ("customer", s(n, "name"), "s"), ("postcode", s(a[2], "postcode"), "s"),
                     ("messageId", k(I.uuid(R), "uuid"), "s"), ("sent", k(I.ts(R), "timestamp"), "s"), ("amount", k(I.amt(R)[1:], "amount"), "n")])
    out = ['<span class="p">[</span>']
    for rec in recs:
        out.append('  <span class="p">{</span>')
        for j, (key, v, t) in enumerate(rec):
            comma = "," if j < len(rec) - 1 else ""
            if t == "s": val = '<span class="str">"%s"</span>' % v
            else: val = '<span class="num">%s</span>' % v
            out.append('    <span class="key">"%s"</span><span class="p">: </span>%s<span class="p">%s</span>' % (key, val, comma))
        out.append('  <span class="p">},</span>')
    out.append('<span class="p">]</span>')
    code = "".join('<div class="ln"><i>%d</i>%s</div>' % (i + 1, l) for i, l in enumerate(out))
    mini = "".join('<div>%s</div>' % ("█" * R.randint(10, 40)) for _ in range(len(out)))
    body = f"""<div class="tabs">{k('readings_'+I.tc(R)+'.json','filename')}</div><div class="ed">{code}</div><div class="mini">{mini}</div><div class="status">{k('Ln 14, Col 22','label')} {k('UTF-8','label')} {k('JSON','label')}</div>"""
    css = """body{background:#1e1e1e;color:#d4d4d4;font-family:'DejaVu Sans Mono';font-size:13px}.tabs{height:35px;background:#252526;padding:9px 16px;color:#fff}.ed{padding:4px 0;white-space:pre}.ln i{display:inline-block;width:48px;text-align:right;color:#858585;font-style:normal;margin-right:24px}
.key{color:#9cdcfe}.str{color:#ce9178}.num{color:#b5cea8}.p{color:#d4d4d4}.mini{position:absolute;right:14px;top:35px;width:90px;font-size:2px;line-height:3px;color:#666;opacity:.7}.status{position:absolute;bottom:0;left:0;right:0;height:22px;background:#007acc;color:#fff;font-size:12px;padding:3px 10px;word-spacing:20px}"""
    add(nm, 1100, 800, scale, "dark", css, body, "VS Code-like JSON, syntax colours, line numbers, minimap")
vscode(1.0, "vscode_json_100"); vscode(1.5, "vscode_json_150")

# 4 DevTools network panel with JSON preview tree
def devtools(scale, nm):
    reqs = "".join(f"<tr><td>{k('readings?mpan='+I.mref(R),'url')}</td><td>{k('200','status')}</td><td>{k('fetch','label')}</td><td>{k(str(R.randint(20,900))+' ms','label')}</td></tr>" for _ in range(8))
    n = I.name(R); a = I.addr(R)
    tree = f"""<div>▼ {k('data','label')}: {{…}}</div><div class="i1">{k('messageId','label')}: <span class="str">"{k(I.uuid(R),'uuid')}"</span></div>
<div class="i1">{k('mpanCore','label')}: <span class="str">"{s(I.mpan_core(R),'mpan')}"</span></div><div class="i1">▼ {k('supply','label')}: {{…}}</div>
<div class="i2">{k('mprn','label')}: <span class="num">{s(I.mprn(R),'mprn')}</span></div><div class="i2">{k('msn','label')}: <span class="str">"{s(I.eserial(R),'eserial')}"</span></div>
<div class="i2">{k('gasMsn','label')}: <span class="str">"{s(I.gserial(R),'gserial')}"</span></div><div class="i2">{k('chf','label')}: <span class="str">"{s(I.eui(R,'-'),'eui')}"</span></div>
<div class="i1">▼ {k('customer','label')}: {{…}}</div><div class="i2">{k('fullName','label')}: <span class="str">"{s(n,'name')}"</span></div>
<div class="i2">{k('line1','label')}: <span class="str">"{s(a[0],'address')}"</span></div><div class="i2">{k('postTown','label')}: <span class="str">"{s(a[1],'address')}"</span></div><div class="i2">{k('postcode','label')}: <span class="str">"{s(a[2],'postcode')}"</span></div>
<div class="i2">{k('phone','label')}: <span class="str">"{s(I.phone(R),'phone')}"</span></div><div class="i1">{k('flow','label')}: <span class="str">"{k(I.flow(R),'flow')}"</span></div><div class="i1">{k('receivedAt','label')}: <span class="str">"{k(I.ts(R),'timestamp')}"</span></div>"""
    body = f"""<div class="page">{k('Meter Portal','heading')}<p>{k('Reading history','heading')}</p></div><div class="dt"><div class="tb">{k('Elements','label')} {k('Console','label')} <b>{k('Network','label')}</b> {k('Sources','label')}</div>
<div class="split"><table><tr><th>{k('Name','header')}</th><th>{k('Status','header')}</th><th>{k('Type','header')}</th><th>{k('Time','header')}</th></tr>{reqs}</table>
<div class="pv"><div class="tb2">{k('Headers','label')} <u>{k('Preview','label')}</u> {k('Response','label')}</div>{tree}</div></div></div>"""
    css = """body{font-family:'DejaVu Sans';font-size:12px;background:#fff;color:#222}.page{height:200px;padding:20px;font-size:22px;background:#eef3f8}.dt{position:absolute;top:200px;left:0;right:0;bottom:0;border-top:1px solid #ccc}.tb{background:#f1f3f4;padding:6px;word-spacing:14px;border-bottom:1px solid #ccc}
.split{display:flex}table{border-collapse:collapse;width:45%;font-size:12px}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;font-weight:normal}tr:nth-child(odd) td{background:#f5f9ff}.pv{flex:1;border-left:1px solid #ccc;font-family:'DejaVu Sans Mono';font-size:12px;line-height:1.6;padding:0 8px}.tb2{font-family:'DejaVu Sans';word-spacing:12px;border-bottom:1px solid #ddd;margin-bottom:4px}
.i1{padding-left:16px}.i2{padding-left:32px}.str{color:#c41a16}.num{color:#1c00cf}"""
    add(nm, 1280, 760, scale, "light", css, body, "DevTools network panel with JSON preview tree")
devtools(1.25, "devtools_preview_125"); devtools(1.0, "devtools_preview_100")

# 5 SAP-GUI-like grey transaction
def sap(scale, nm):
    n = I.name(R); a = I.addr(R)
    f = lambda lab, val: f"<tr><td class='l'>{k(lab,'label')}</td><td><span class='fld'>{val}</span></td></tr>"
    body = f"""<div class="title">{k('Display Installation: Overview','heading')}</div><div class="tbar">{k('ES32','label')} ▸ {k('Installation','label')} <span class="cmd">/n{k('ES32','label')}</span></div>
<div class="grp"><div class="gh">{k('Installation data','label')}</div><table>{f('Installation','4%09d'%R.randint(0,10**9-1)) }{f('Point of Delivery',s(I.mpan_core(R),'mpan'))}{f('Gas Supply Point',s(I.mprn(R),'mprn'))}{f('Device',s(I.eserial(R),'eserial'))}{f('Comms hub',s(I.eui(R,''),'eui'))}{f('Business Partner',s(I.acct(R),'account'))}{f('Name',s(n,'name'))}{f('Street',s(a[0],'address'))}{f('City',s(a[1],'address'))}{f('Postal Code',s(a[2],'postcode'))}{f('Valid from',k('01.04.2026','date'))}{f('Rate category',k('E-DOM-01','label'))}</table></div>
<div class="stat">{k('Document','label')} {k(I.wo(R),'wo')} {k('displayed','label')}</div>"""
    css = """body{background:#dfe3e8;font-family:'Liberation Sans';font-size:13px;color:#000}.title{background:#2f4f6f;color:#fff;padding:6px 12px;font-weight:bold}.tbar{background:#c8d0d8;padding:4px 12px;border-bottom:1px solid #999}.cmd{background:#fff;border:1px solid #888;padding:0 20px;margin-left:60px}
.grp{margin:14px;border:1px solid #8a9aaa;background:#e8ecf0;padding:8px;width:640px}.gh{font-weight:bold;color:#2f4f6f;margin-bottom:6px}td.l{width:180px;padding:2px}.fld{display:inline-block;background:#fff;border:1px solid #7f9db9;min-width:220px;padding:1px 4px;font-family:'Liberation Mono';font-size:13px}.stat{position:absolute;bottom:0;left:0;right:0;background:#c8d0d8;padding:3px 12px;border-top:1px solid #999}"""
    add(nm, 1024, 600, scale, "light", css, body, "SAP-GUI-like grey transaction screen with framed input fields")
sap(1.0, "sap_grey_100"); sap(1.5, "sap_grey_150")

# 6 green-on-black terminal with box-drawing borders
def term(scale, nm):
    rows = []
    hdr = ["MPAN", "SERIAL", "FLOW", "READ", "STATUS"]
    w = [15, 12, 7, 11, 8]
    def line(a, b, c): return a + b.join("─" * (x + 2) for x in w) + c
    out = [k("tester@sit-box:~$ ./diptail --table --since 1h", "cmd"), line("┌", "┬", "┐"),
           "│" + "│".join(" " + k(h.ljust(w[i]), "header") + " " for i, h in enumerate(hdr)) + "│", line("├", "┼", "┤")]
    for _ in range(9):
        vals = [(I.mpan_core(R), "mpan", "S"), (I.eserial(R), "eserial", "S"), (I.flow(R), "flow", "K"), (I.reading(R)[:-4], "reading", "K"), (R.choice(["OK", "REJ", "PEND"]), "status", "K")]
        cells = []
        for i, (v, kk, t) in enumerate(vals):
            pad = " " * (w[i] - len(v))
            cells.append(" " + (s(v, kk) if t == "S" else k(v, kk)) + pad + " ")
        out.append("│" + "│".join(cells) + "│")
    out.append(line("└", "┴", "┘"))
    out.append(k("9 rows", "label") + " (" + k("0.04 s", "label") + ")")
    out.append("tester@sit-box:~$ █")
    body = "<pre>" + "\n".join(out) + "</pre>"
    css = "body{background:#000;color:#33ff33;font-family:'DejaVu Sans Mono';font-size:14px}pre{margin:10px;font-family:inherit;line-height:1.25}"
    add(nm, 900, 480, scale, "dark", css, body, "green-on-black terminal with box-drawing table borders")
term(1.5, "terminal_green_150"); term(1.0, "terminal_green_100")

# 7 PDF viewer at 67 % zoom and 300 %
def bill_html(zoom, dark=False):
    n = I.name(R); a = I.addr(R); core = I.mpan_core(R); t3 = I.top(R)
    b = f"""<div class="sheet" style="zoom:{zoom}"><div class="hdr">{k('BrightSpark Energy','product')}<span style="float:right">{k('Your electricity bill','heading')}</span></div>
<div>{s(n,'name')}<br>{s(a[0],'address')}<br>{s(a[1],'address')}<br>{s(a[2],'postcode')}</div><br>
<div>{k('Account number','label')} {s(I.acct(R),'account')} &nbsp; {k('Bill date','label')} {k('14 Nov 2026','date')}</div><br>
<div>{k('Supply number','label')}</div>{sbox(t3, core)}<br><br>
<table><tr><th>{k('Meter','header')}</th><th>{k('Previous','header')}</th><th>{k('Present','header')}</th><th>{k('Units','header')}</th></tr>
<tr><td>{s(I.eserial(R),'eserial')}</td><td>{k(I.reading(R)[:-4],'reading')}</td><td>{k(I.reading(R)[:-4],'reading')}</td><td>{k(str(R.randint(100,900)),'reading')}</td></tr></table><br>
<div>{k('Total to pay','label')} {k(I.amt(R),'amount')}</div></div>"""
    return b
def pdfv(zoom, scale, nm, w=1280, h=800, offx=0):
    body = f"""<div class="tb">{k('bill_'+I.tc(R)+'.pdf','filename')} <span style="float:right">{k(str(int(zoom*100))+'%','label')}</span></div><div class="vp"><div style="margin-left:{offx}px">{bill_html(zoom)}</div></div>"""
    css = """body{background:#525659;font-family:'Liberation Sans';font-size:14px;overflow:hidden}.tb{background:#323639;color:#fff;height:40px;padding:11px 16px}.vp{position:absolute;top:40px;left:0;right:0;bottom:0;overflow:hidden;padding:20px}.sheet{background:#fff;color:#000;width:700px;padding:40px;margin:0 auto;box-shadow:0 2px 8px #000}.hdr{font-size:20px;color:#0a5;margin-bottom:20px}td,th{padding:4px 14px;border-bottom:1px solid #ccc}"""
    add(nm, w, h, scale, "light", css, body, "PDF viewer, bill at %d%% zoom" % int(zoom * 100))
pdfv(0.67, 1.0, "pdfviewer_67_100"); pdfv(0.67, 1.25, "pdfviewer_67_125"); pdfv(3.0, 1.0, "pdfviewer_300_cut", w=1280, h=900, offx=-520)

# 8 map card with pin and address
def mapcard(scale, theme, nm):
    n = I.name(R); a = I.addr(R)
    dark = theme == "dark"
    body = f"""<div class="map"></div><div class="pin">📍</div><div class="lbl" style="left:120px;top:90px">{k(R.choice(I.TOWNS)[0],'town')}</div><div class="lbl" style="left:700px;top:420px">{k(R.choice(I.TOWNS)[0],'town')}</div>
<div class="card"><b>{k('Site visit','heading')} {k(I.wo(R),'wo')}</b><br>{s(n,'name')}<br>{s(a[0],'address')}<br>{s(a[1],'address')} {s(a[2],'postcode')}<br>{k('MPAN','label')} {s(I.mpan_core(R),'mpan')}<br>{k('Meter','label')} {s(I.eserial(R),'eserial')}<br>{k('Slot','label')} {k('08:00-12:00','time')}</div>"""
    css = f"""body{{font-family:'Liberation Sans';font-size:14px}}.map{{position:absolute;inset:0;background:{'#263238' if dark else '#e8efe3'};background-image:linear-gradient(30deg,transparent 48%,{'#455a64' if dark else '#fff'} 49%,{'#455a64' if dark else '#fff'} 51%,transparent 52%),linear-gradient(120deg,transparent 47%,#f8d56b 48%,#f8d56b 52%,transparent 53%),radial-gradient(circle at 70% 30%,#9ccc9c 0 80px,transparent 81px);background-size:220px 160px,400px 300px,100% 100%}}
.pin{{position:absolute;left:560px;top:250px;font-size:40px}}.lbl{{position:absolute;color:{'#ccc' if dark else '#555'};font-weight:bold;text-shadow:0 0 3px {'#000' if dark else '#fff'}}}.card{{position:absolute;left:600px;top:120px;background:{'#37474f' if dark else '#fff'};color:{'#eee' if dark else '#222'};padding:12px 16px;border-radius:8px;box-shadow:0 4px 14px #0006;line-height:1.5}}"""
    add(nm, 1100, 620, scale, theme, css, body, "map with pin and a popup card holding name/address/MPAN")
mapcard(1.25, "light", "mapcard_light_125"); mapcard(1.0, "dark", "mapcard_dark_100")

# 9 annotated screenshot: red rectangles and arrows crossing digits, yellow highlighter
def annotated(scale, nm):
    rows = ""
    for i in range(8):
        hl = ' style="background:rgba(255,235,0,.55)"' if i % 3 == 1 else ""
        rows += f"<tr{hl}><td>{k(str(i+1),'rownum')}</td><td>{s(I.mpan_core(R),'mpan')}</td><td>{s(I.eserial(R),'eserial')}</td><td>{k(I.flow(R),'flow')}</td><td>{k(I.ts(R),'timestamp')}</td><td>{k(I.amt(R),'amount')}</td></tr>"
    svg = '<svg style="position:absolute;left:0;top:0" width="1200" height="600"><defs><marker id="a" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="red"/></marker></defs>'
    svg += '<rect x="52" y="95" width="150" height="34" fill="none" stroke="red" stroke-width="3"/><line x1="420" y1="40" x2="110" y2="170" stroke="red" stroke-width="3" marker-end="url(#a)"/><line x1="600" y1="360" x2="230" y2="232" stroke="red" stroke-width="3" marker-end="url(#a)"/><ellipse cx="150" cy="300" rx="110" ry="22" fill="none" stroke="red" stroke-width="3"/>'
    svg += '<text x="430" y="40" fill="red" font-size="18" font-family="Liberation Sans">wrong read here!</text></svg>'
    body = f"""<h3>{k('Meter reading exceptions','heading')} - {k(I.tc(R),'tc')}</h3><table><tr><th>#</th><th>{k('MPAN','header')}</th><th>{k('Serial','header')}</th><th>{k('Flow','header')}</th><th>{k('Received','header')}</th><th>{k('Charge','header')}</th></tr>{rows}</table>{svg}"""
    css = """body{font-family:'Liberation Sans';font-size:14px;background:#fff;padding:0 40px}table{border-collapse:collapse}td,th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:left}"""
    add(nm, 1200, 600, scale, "light", css, body, "tester's annotations: red rectangles, arrows and ellipse crossing digits, yellow highlighter rows")
annotated(1.0, "annotated_100"); annotated(1.25, "annotated_125")

# 10 text over gradient / photo-like background; italic & light weights
def hero(scale, nm):
    n = I.name(R); a = I.addr(R)
    body = f"""<div class="hero"><h1>{k('Welcome back','heading')}, {s(n.split()[0],'name')}</h1><p class="it">{k('Your supply','label')}: {s(I.mpan_core(R),'mpan')}</p><p class="lt">{k('Gas','label')} {s(I.mprn(R),'mprn')} · {s(a[0],'address')}, {s(a[1],'address')} {s(a[2],'postcode')}</p><p class="lt2">{k('Smart meter','label')} {s(I.eserial(R),'eserial')} · {k('last read','label')} {k(I.reading(R),'reading')}</p>
<p class="it">{k('Balance','label')} {k(I.amt(R),'amount')} · {k('Tariff','label')} {k('Flex Oct-26','product')}</p></div>"""
    css = """body{font-family:'DejaVu Sans';color:#fff}.hero{position:absolute;inset:0;padding:60px;background:radial-gradient(circle at 20% 30%,#ffb74d 0,transparent 40%),radial-gradient(circle at 80% 70%,#4fc3f7 0,transparent 45%),radial-gradient(circle at 60% 20%,#f06292 0,transparent 35%),linear-gradient(135deg,#283593,#00897b 60%,#f9a825)}
h1{font-weight:200;font-size:42px}.it{font-style:italic;font-size:22px;font-weight:300;text-shadow:0 1px 2px #0005}.lt{font-weight:200;font-size:18px}.lt2{font-family:'DejaVu Sans';font-weight:200;font-style:italic;font-size:16px;letter-spacing:1px}"""
    add(nm, 1200, 600, scale, "dark", css, body, "text over multi-gradient background, italic and light weights")
hero(1.0, "gradient_hero_100"); hero(1.5, "gradient_hero_150")

# 11 ultra-wide two-monitor capture
def ultrawide(nm):
    n = I.name(R); t3 = I.top(R); core = I.mpan_core(R)
    body = f"""<div class="m1"><div class="bar">{k('Supplier Portal - Customer','heading')}</div><div class="c">{k('Customer','label')}: {s(n,'name')}<br><br>{k('Supply number','label')}<br>{sbox(t3, core)}<br><br>{k('Gas supply point','label')}: {s(I.mprn(R),'mprn')}</div></div>
<div class="m2"><div class="bar">{k('DIP Message Tracker','heading')}</div><div class="c">{k(I.dip(R),'dip')} {k(I.flow(R),'flow')} {k(I.ts(R),'timestamp')}<br><br>{k('Subject MPAN','label')} {s(I.mpan_core(R),'mpan')}<br>{k('Device','label')} {s(I.eui(R,'-'),'eui')}<br>{k('Serial','label')} {s(I.eserial(R),'eserial')}</div></div>
<div class="task">{k('09:41','time')}</div>"""
    css = """body{font-family:'Liberation Sans';font-size:15px}.m1,.m2{position:absolute;top:0;width:1920px;height:1080px;background:#f4f6f8}.m1{left:0}.m2{left:1920px;background:#202124;color:#e8eaed}.bar{height:48px;background:#0b5394;color:#fff;padding:14px 20px}.m2 .bar{background:#3c4043}.c{padding:80px 300px}.m2 .c{padding:600px 1200px 0 1300px}.task{position:absolute;bottom:0;left:0;right:0;height:36px;background:#111;color:#fff;text-align:right;padding:9px 20px}"""
    add(nm, 3840, 1080, 1.0, "mixed", css, body, "ultra-wide 3840x1080 two-monitor capture, S box on left half, values far on right half")
ultrawide("ultrawide_3840")

# 12 values cut at the image edge
def edgecut(scale, nm):
    body = f"""<div style="position:absolute;left:20px;top:20px">{k('Meter point search','heading')}</div>
<div style="position:absolute;right:-60px;top:80px;white-space:nowrap">{k('MPAN','label')} {s(I.mpan_core(R),'mpan')}</div>
<div style="position:absolute;left:-48px;top:140px;white-space:nowrap">{s(I.mpan_core(R),'mpan')} {k('matched','label')}</div>
<div style="position:absolute;left:300px;bottom:-9px;white-space:nowrap;font-size:24px">{k('MPRN','label')} {s(I.mprn(R),'mprn')}</div>
<div style="position:absolute;left:40px;top:220px">{k('Serial','label')} {s(I.eserial(R),'eserial')} &nbsp; {k('Device','label')} {s(I.eui(R,'-'),'eui')}</div>
<div style="position:absolute;left:40px;top:260px">{k(I.tc(R),'tc')} {k(I.flow(R),'flow')} {k(I.ts(R),'timestamp')}</div>"""
    css = "body{font-family:'Liberation Sans';font-size:20px;background:#fafafa;color:#111;overflow:hidden}"
    add(nm, 700, 330, scale, "light", css, body, "values cut at the image edge (right, left, bottom)")
edgecut(1.0, "edgecut_100"); edgecut(1.25, "edgecut_125")

# 13 tooltip with drop shadow over a grid
def tooltip(scale, theme, nm):
    dark = theme == "dark"
    rows = "".join(f"<tr><td>{k(I.mref(R),'mpanref')}</td><td>{k(I.flow(R),'flow')}</td><td>{k(I.ts(R),'timestamp')}</td><td>{k(I.wo(R),'wo')}</td></tr>" for _ in range(10))
    n = I.name(R)
    tip = f"""<div class="tip"><b>{s(n,'name')}</b><br>{k('MPAN','label')} {s(I.mpan_core(R),'mpan')}<br>{k('MSN','label')} {s(I.eserial(R),'eserial')}<br>{k('Phone','label')} {s(I.phone(R),'phone')}<br>{k('Email','label')} {s(I.email(R,n),'email')}</div>"""
    body = f"""<h3>{k('Test data register','heading')}</h3><table><tr><th>{k('Reference','header')}</th><th>{k('Flow','header')}</th><th>{k('Last used','header')}</th><th>{k('Work order','header')}</th></tr>{rows}</table>{tip}"""
    css = f"""body{{font-family:'Liberation Sans';font-size:13px;background:{'#1b1b1f' if dark else '#fff'};color:{'#ddd' if dark else '#222'};padding:10px 30px}}table{{border-collapse:collapse}}td,th{{padding:5px 14px;text-align:left;border-bottom:1px solid #8884}}
.tip{{position:absolute;left:230px;top:150px;background:{'#3a3a40' if dark else '#fffbe6'};border:1px solid #8886;padding:8px 10px;border-radius:4px;box-shadow:4px 6px 16px rgba(0,0,0,.55);font-size:12px;line-height:1.5}}"""
    add(nm, 900, 500, scale, theme, css, body, "tooltip with drop shadow over a grid")
tooltip(1.25, "light", "tooltip_light_125"); tooltip(1.0, "dark", "tooltip_dark_100")

# 14 zebra dark table at 150 %
def zebra(scale, nm):
    rows = ""
    for i in range(12):
        n = I.name(R); a = I.addr(R)
        rows += f"<tr><td>{k(str(i+1),'rownum')}</td><td>{s(n,'name')}</td><td>{s(a[2],'postcode')}</td><td>{k(a[1],'town')}</td><td>{s(I.mpan_core(R),'mpan')}</td><td>{s(I.gserial(R),'gserial')}</td><td>{k(I.amt(R),'amount')}</td></tr>"
    body = f"""<div class="h">{k('Debt referrals','heading')} · {k(I.tc(R),'tc')}</div><table><tr><th>#</th><th>{k('Customer','header')}</th><th>{k('Postcode','header')}</th><th>{k('Region','header')}</th><th>{k('MPAN','header')}</th><th>{k('Gas meter','header')}</th><th>{k('Arrears','header')}</th></tr>{rows}</table>"""
    css = """body{background:#121212;color:#cfd8dc;font-family:'Liberation Sans';font-size:12px}.h{padding:10px;font-size:16px}table{border-collapse:collapse;width:100%}th{background:#263238;text-align:left;padding:5px 8px;color:#90a4ae}td{padding:4px 8px}tr:nth-child(even) td{background:#1e272c}tr:nth-child(odd) td{background:#161b1e}"""
    add(nm, 1000, 440, scale, "dark", css, body, "zebra rows, dark theme, 12px, at 150 %")
zebra(1.5, "zebra_dark_150")

# 15 portal with S box variants + MPRN labelled field + wrapped MPAN
def portal(scale, theme, nm):
    dark = theme == "dark"
    t3 = I.top(R); core = I.mpan_core(R); core2 = I.mpan_core(R)
    body = f"""<div class="bar">{k('My Account','heading')} · {k('Meter points','label')}</div><div class="wrap">
<div class="card"><div class="ct">{k('Electricity','label')}</div>{sbox(t3, core, 'font-style:italic;font-size:13px', dark=dark)}<p>{k('Meter serial','label')}<br><span class="v">{s(I.eserial(R),'eserial')}</span></p></div>
<div class="card"><div class="ct">{k('Gas supply point','label')}</div><div class="fld"><label>{k('MPRN','label')}</label><input value="" style="display:none"><span class="v">{s(I.mprn(R),'mprn')}</span></div><p>{k('Gas meter','label')} <span class="v">{s(I.gserial(R),'gserial')}</span></p></div>
<div class="card narrow"><div class="ct">{k('Second site','label')}</div><span class="v" style="word-break:break-all">{s(core2,'mpan')}</span><p>{k('Read due','label')} {k('12/12/2026','date')}</p></div>
<div class="card"><div class="ct">{k('Comms hub','label')}</div><span class="v">{s(I.eui(R,'.').lower(),'eui')}</span><p>{k('Firmware','label')} {k(I.fw(R),'fw')}</p></div></div>"""
    css = f"""body{{font-family:'Liberation Sans';font-size:15px;background:{'#15171a' if dark else '#f0f2f5'};color:{'#e4e6eb' if dark else '#1c1e21'}}}.bar{{background:{'#242526' if dark else '#005a9c'};color:#fff;padding:14px 20px;font-size:18px}}.wrap{{display:flex;flex-wrap:wrap;gap:16px;padding:20px}}
.card{{background:{'#242526' if dark else '#fff'};padding:16px;border-radius:8px;width:400px;box-shadow:0 1px 3px #0003}}.card.narrow{{width:120px}}.ct{{font-weight:bold;margin-bottom:10px}}.v{{font-family:'Liberation Mono';font-size:17px}}label{{display:block;font-size:12px;opacity:.7}}.fld{{border:1px solid #8888;border-radius:4px;padding:4px 8px}}"""
    add(nm, 1100, 560, scale, theme, css, body, "portal cards: italic S box, MPRN labelled field, MPAN wrapped in narrow card, dotted lower-case device id")
portal(1.0, "light", "portal_light_100"); portal(1.25, "dark", "portal_dark_125"); portal(1.5, "light", "portal_light_150")

# 16 comb / boxed digits in a dark sign-up form, including S-box top line as combs
def comb(scale, nm):
    core = I.mpan_core(R); t3 = I.top(R)
    cells = "".join(f'<span class="cb">{d}</span>' for d in core)
    tcells = "".join(f'<span class="cb">{d}</span>' for d in "".join(t3))
    body = f"""<div class="f"><h2>{k('Move in: tell us your supply','heading')}</h2><p>{k('Supply number (bottom line)','label')}</p><div class="row" data-t="S" data-k="mpan_comb" data-v="{core}">{cells}</div>
<p>{k('Top line','label')}</p><div class="row" data-t="S" data-k="sbox_top_comb" data-v="{''.join(t3)}">{tcells}</div><p>{k('Moving date','label')} {k('05/01/2027','date')} · {k('Ref','label')} {k(I.wo(R),'wo')}</p></div>"""
    css = """body{background:#17191c;color:#e8e8e8;font-family:'Liberation Sans';font-size:15px}.f{padding:30px 50px}.row{display:inline-flex;gap:6px}.cb{width:30px;height:40px;border:1.5px solid #6a8caf;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;font-size:20px;font-family:'DejaVu Sans Mono';background:#22262b}"""
    add(nm, 900, 420, scale, "dark", css, body, "boxed digits, one per cell (comb), dark theme")
comb(1.25, "comb_dark_125")

# 17 lone small value on an empty 2560x1440 desktop with a gradient wallpaper
def lone(nm):
    body = f"""<div class="wp"></div><div class="toast"><b>{k('Copied','label')}</b> {s(I.mpan_core(R),'mpan')}</div>"""
    css = """body{font-family:'Liberation Sans';font-size:12px}.wp{position:absolute;inset:0;background:linear-gradient(160deg,#0f2027,#203a43 50%,#2c5364)}.toast{position:absolute;left:1630px;top:1050px;color:#cfd8dc;background:rgba(0,0,0,.25);padding:3px 6px;border-radius:3px}"""
    add(nm, 2048, 1152, 1.25, "dark", css, body, "lone 12px value in a faint toast on an empty 2560x1440 desktop with gradient wallpaper")
lone("lone_toast_1440")
