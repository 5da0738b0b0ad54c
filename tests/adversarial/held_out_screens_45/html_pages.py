import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import data as D
R = D.rnd
def S(kind, text, tok=None, cls="", style=""):
    t = f' data-tok="{html.escape(json.dumps(tok))}"' if tok else ""
    return f'<span data-s="{kind}"{t} class="{cls}" style="{style}">{html.escape(text)}</span>'
def K(text, cls="", style=""):
    return f'<span data-k="1" class="{cls}" style="{style}">{html.escape(text)}</span>'
def NAME(f, l):
    return S("name", f"{f} {l}", [f, l])
def ADDR(n, s, t, sep=", "):
    return S("address", f"{n} {s[0]} {s[1]}", [f"{n} {s[0]}", s[0]]) + sep + K(t[0]) + sep.replace(",", "") + S("postcode", t[1])

BASE_CSS = """
*{box-sizing:border-box} html{font-family:'Liberation Sans',Arial,sans-serif;font-size:14px;background:#f3f4f6;color:#1f2328}
body{margin:0;overflow:hidden}
html.dark{background:#1e1f22;color:#e6e6e6}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:14px;margin:10px}
html.dark .card{background:#2b2d31;border-color:#44474d}
table{border-collapse:collapse} td,th{border-bottom:1px solid #d8dee4;padding:4px 8px;text-align:left}
html.dark td,html.dark th{border-color:#3d4046}
.muted{color:#6e7781} html.dark .muted{color:#9aa0a6}
.lbl{color:#57606a;font-size:12px} html.dark .lbl{color:#a0a6ad}
.mono{font-family:'DejaVu Sans Mono',monospace}
.btn{display:inline-block;padding:6px 12px;border-radius:4px;background:#0969da;color:#fff}
"""
SCRIPT = """
<script>
(function(){var h=location.hash.slice(1).split('&');var s=1,dark=false;h.forEach(function(p){if(p.indexOf('s=')==0)s=parseFloat(p.slice(2));if(p=='dark')dark=true;});
var de=document.documentElement; if(dark)de.classList.add('dark'); de.style.width=(1920/s)+'px'; document.body.style.width=(1920/s)+'px'; document.body.style.height=(1080/s)+'px';
window.addEventListener('load',function(){var out=[];document.querySelectorAll('[data-s],[data-k]').forEach(function(e){var rs=[];var cr=e.getClientRects();for(var i=0;i<cr.length;i++){rs.push([cr[i].left,cr[i].top,cr[i].right,cr[i].bottom]);}
var txt=(e.tagName=='INPUT')?(e.value||e.placeholder):e.textContent;
out.push({secret:e.hasAttribute('data-s'),kind:e.getAttribute('data-s')||'keep',text:txt,tok:e.getAttribute('data-tok'),rects:rs,vis:getComputedStyle(e).visibility});});
var sc=document.createElement('script');sc.type='application/json';sc.id='__boxes';sc.textContent=JSON.stringify(out);document.body.appendChild(sc);});})();
</script>"""
def page(title, css, body):
    return f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}</title><style>{BASE_CSS}{css}</style></head><body>{body}{SCRIPT}</body></html>"

def browser_chrome(tabs, url_html):
    t = "".join(f'<div class="tab{" act" if i==0 else ""}">{x}</div>' for i, x in enumerate(tabs))
    return f'<div class="chrome"><div class="tabs">{t}</div><div class="urlbar"><span class="lock">&#128274;</span><div class="url">{url_html}</div></div></div>'
CHROME_CSS = """.chrome{background:#dee1e6;padding-top:6px} html.dark .chrome{background:#202124}
.tabs{display:flex;padding-left:8px}.tab{padding:7px 16px;font-size:12px;color:#3c4043;max-width:240px;white-space:nowrap;overflow:hidden;border-radius:8px 8px 0 0}
.tab.act{background:#fff} html.dark .tab{color:#bdc1c6} html.dark .tab.act{background:#35363a}
.urlbar{background:#fff;padding:6px 10px;display:flex} html.dark .urlbar{background:#35363a}
.url{background:#f1f3f4;border-radius:14px;padding:5px 14px;font-size:13px;flex:1;color:#202124} html.dark .url{background:#202124;color:#e8eaed}
.lock{padding:4px 6px;font-size:11px}"""

def p_portal_account():
    m = D.mpan_core(14); g = D.mprn(); f, l = D.person(); n, s, t = D.address(); ph = D.phone(); m2 = D.mpan_core(19)
    email = f"{f.lower()}.{l.lower()}@example.com"; ser = D.eserial()
    css = CHROME_CSS + """
.top{background:#00594f;color:#fff;padding:12px 24px;font-size:18px;font-weight:bold} html.dark .top{background:#0b3b35}
.crumb{padding:8px 24px;font-size:12px} .crumb a{color:#0969da}
.grid{display:grid;grid-template-columns:220px 1fr 420px;gap:6px;padding:0 14px}
.nav div{padding:8px 12px;border-radius:4px} .nav .on{background:#dbeee9} html.dark .nav .on{background:#123c36}
.sbox{display:inline-grid;grid-template-columns:44px repeat(3,auto);border:2px solid #222;font-family:'Liberation Sans';font-size:17px;margin-top:6px} html.dark .sbox{border-color:#ddd}
.sbox div{border:1px solid #555;padding:4px 10px;text-align:center} .sbox .s{grid-row:1 / span 2;font-size:30px;font-weight:bold;display:flex;align-items:center;justify-content:center}
.kv{display:grid;grid-template-columns:180px 1fr;row-gap:8px;margin-top:8px}
.toast{position:absolute;right:24px;bottom:40px;width:380px;background:#1f883d;color:#fff;padding:12px 14px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.3);font-size:13px}
.hint{font-size:11px}
"""
    top = f'{K("01")}</div><div>{K("801")}</div><div>{K("812")}'
    body = browser_chrome([f"My account – BrightWatt Energy", "Outlook – Inbox", "SIT-TC-0412 – Azure DevOps"],
        f'https://my.brightwatt-energy.example.net/account/supply/{S("mpan", m)}/overview?tab=meter') + \
        f'<div class="top">BrightWatt Energy &nbsp;·&nbsp; {K("Customer portal")}</div>' + \
        f'<div class="crumb"><a>Home</a> › <a>My supplies</a> › <a>{S("mpan", m)}</a> › {K("Meter details")}</div>' + \
        f'<div class="grid"><div class="card nav"><div class="on">{K("Supply details")}</div><div>{K("Bills and payments")}</div><div>{K("Meter readings")}</div><div>{K("Moving home")}</div><div>{K("Smart meter")}</div></div>' + \
        f'<div class="card"><h2 style="margin:0 0 6px">{K("Electricity supply")}</h2><div class="lbl">{K("Supply number (MPAN)")}</div>' + \
        f'<div class="sbox"><div class="s">S</div><div>01</div><div>801</div><div>812</div>' + \
        f'<div>{S("mpan_part", m[:2])}</div><div>{S("mpan_part", m[2:6]+" "+m[6:10])}</div><div>{S("mpan_part", m[10:])}</div></div>' + \
        f'<div class="kv"><div class="lbl">{K("Meter serial")}</div><div>{S("serial", ser)}</div><div class="lbl">{K("Tariff")}</div><div>{K("Fixed Saver v3 (Dec 2027)")}</div>' + \
        f'<div class="lbl">{K("Last reading")}</div><div>{K("14/11/2026")} · {K("38,214 kWh")} (actual)</div>' + \
        f'<div class="lbl">{K("Gas supply point")}</div><div style="font-size:15px">{S("mprn", g)}</div>' + \
        f'<div class="lbl">{K("Supply start date")}</div><div>{K("03/02/2025")}</div></div>' + \
        f'<p class="hint muted">{K("Quote your MPAN when contacting your network operator")}.</p></div>' + \
        f'<div class="card"><h3 style="margin:0">{K("Account holder")}</h3><div class="kv"><div class="lbl">{K("Name")}</div><div>{NAME(f,l)}</div>' + \
        f'<div class="lbl">{K("Supply address")}</div><div>{ADDR(n,s,t)}</div><div class="lbl">{K("Email")}</div><div>{S("email", email)}</div>' + \
        f'<div class="lbl">{K("Phone")}</div><div>{S("phone", ph)}</div><div class="lbl">{K("Account no.")}</div><div>{K("A-00482913")}</div></div></div></div>' + \
        f'<div class="toast">{K("Meter exchange booked")} for supply {S("mpan", m2)} on {K("21 Nov 2026")}</div>'
    # S box cell note: the core groups as printed: "14 | 2345 6789 | 017"  (top line 01 801 812)
    return page("portal_account", css, body), {"sbox_core": m}

def p_portal_switch():
    css = CHROME_CSS + """
.wrap{padding:16px 30px}.search{width:520px;padding:9px 12px;border:2px solid #0969da;border-radius:4px;font-size:15px;background:#fff;color:#111}
html.dark .search{background:#2b2d31;color:#eee}
.dd{position:absolute;left:30px;top:222px;width:640px;background:#fff;border:1px solid #bbb;box-shadow:0 6px 18px rgba(0,0,0,.25);z-index:5} html.dark .dd{background:#2b2d31;border-color:#555}
.dd div{padding:7px 12px;border-bottom:1px solid #eee;font-size:13px} .dd .hl{background:#e7f0ff} html.dark .dd .hl{background:#203450}
.overlay{position:absolute;left:0;top:0;width:100%;height:100%;background:rgba(0,0,0,.45);z-index:8}
.modal{position:absolute;left:50%;top:330px;transform:translateX(-50%);width:560px;background:#fff;border-radius:8px;padding:20px;z-index:9;box-shadow:0 8px 30px rgba(0,0,0,.5)} html.dark .modal{background:#2b2d31}
input.f{padding:7px;border:1px solid #bbb;border-radius:3px;width:260px;font-size:13px} input.f:disabled{background:#f0f0f0;color:#a8a8a8} html.dark input.f{background:#1e1f22;color:#ddd;border-color:#555} html.dark input.f:disabled{color:#666;background:#26272a}
.tbl td{font-size:13px}
"""
    ms = [D.mpan_core() for _ in range(4)]; addrs = [D.address() for _ in range(4)]
    g = D.mprn(); ser = D.eserial(); f, l = D.person(); msel = ms[1]
    dd = "".join(f'<div class="{"hl" if i==1 else ""}">{S("mpan", m)} — {S("address", f"{a[0]} {a[1][0]} {a[1][1]}", [f"{a[0]} {a[1][0]}", a[1][0]])}, {S("postcode", a[2][1])}</div>' for i, (m, a) in enumerate(zip(ms, addrs)))
    rows = ""
    for i in range(7):
        mm = D.mpan_core(); ss = D.eserial()
        rows += f'<tr><td>{K(f"SWT-{24810+i}")}</td><td>{S("mpan", mm)}</td><td>{S("serial", ss)}</td><td>{K(["Pending","Objected","Completed","Pending"][i%4])}</td><td>{K(f"2{i+1}/11/2026")}</td></tr>'
    sp = ser.lower(); sp = sp[:4] + " " + sp[4:8] + " " + sp[8:]
    body = browser_chrome(["Switch workbench – Agent desktop", "DIP tracker"], K("https://agent.brightwatt-energy.example.net/switches/search")) + \
        f'<div class="wrap"><h2 style="margin:4px 0">{K("Change of supply – workbench")}</h2><div style="margin:8px 0 10px"><input class="f" data-k="1" placeholder="Search MPAN, MPRN or postcode"> &nbsp; <span class="lbl">{K("Gas MPRN (read only)")}</span> <input class="f" data-s="mprn" disabled value="{g}"></div><input class="search" value="{ms[1][:4]} {ms[1][4:6]}"> <span class="btn">Search</span>' + \
        f'<table class="tbl" style="margin-top:170px;width:1100px"><tr><th>{K("Switch ref")}</th><th>MPAN</th><th>{K("Meter serial")}</th><th>{K("Status")}</th><th>{K("Due")}</th></tr>{rows}</table></div>' + \
        f'<div class="dd">{dd}</div><div class="overlay"></div>' + \
        f'<div class="modal"><h3 style="margin-top:0">{K("Confirm meter exchange")}</h3><p>Outgoing meter {S("serial", sp)} at {NAME(f,l)}\'s property will be removed on {K("02/12/2026")}.</p><p>Supply {S("mpan", msel)} · {K("MTC 845")} · {K("LLFC 501")}</p><span class="btn">{K("Confirm")}</span> &nbsp; {K("Cancel")}</div>'
    return page("portal_switch", css, body), {}

def p_dip_tracker():
    css = """.hdr{background:#1b1f4b;color:#fff;padding:10px 20px;font-size:16px} .ls{letter-spacing:.35em}
.t{width:100%;font-size:13px} .t th{background:#eef1f6} html.dark .t th{background:#2f3340}
.dense td,.dense th{font-size:9px;padding:1px 4px;border:1px solid #ddd;white-space:nowrap} html.dark .dense td{border-color:#3a3d44}
a.lnk{color:#0a58ca;font-style:italic;text-decoration:underline} html.dark a.lnk{color:#7fb0ff}
s{color:#a33}"""
    rows = ""; dense = ""
    for i in range(9):
        m = D.mpan_core(); did = D.dipid(); ts = f"2026-11-{10+i:02d}T0{i}:1{i}:3{i}.{100+i*7}Z"
        st = ["Delivered","Acknowledged","Rejected","Delivered","Retrying"][i%5]
        stc = f"<s>{K('Delivered')}</s> {K(st)}" if st=="Rejected" else K(st)
        mcell = f'<a class="lnk">{S("mpan", m)}</a>' if i==3 else (f'<span class="ls">{S("mpan", m)}</span>' if i==6 else S("mpan", m))
        rows += f'<tr><td class="mono">{K(did)}</td><td>{K(["IF-031","IF-032","PUB-033","IF-036","IF-021"][i%5])}</td><td>{mcell}</td><td>{K(ts)}</td><td>{stc}</td><td class="mono">{K(D.guid())}</td></tr>'
    for i in range(22):
        m = D.mpan_core(); 
        dense += f'<tr><td>{K(D.dipid())}</td><td>{S("mpan", m)}</td><td>{K("REGI" if i%2 else "MDS")}</td><td>{K(f"2026-11-14 0{i%10}:{i:02d}:0{i%6}")}</td><td>{K(f"{i*37%500}")}</td><td>{S("serial", D.eserial()) if i%3==0 else K("-")}</td></tr>'
    body = f'<div class="hdr">{K("DIP Message Tracker")} <span class="ls" style="font-size:12px;opacity:.8">{K("SIT ENVIRONMENT")}</span></div>' + \
        f'<div class="card"><b>{K("Filter")}</b>: {K("Last 24 hours")} · {K("Participant MPID BWAT")} · <span class="muted">{K("9 of 4,812 messages")}</span>' + \
        f'<table class="t" style="margin-top:8px"><tr><th>{K("DIP message id")}</th><th>{K("Interface")}</th><th>MPAN</th><th>{K("Received (UTC)")}</th><th>{K("Status")}</th><th>{K("Correlation id")}</th></tr>{rows}</table></div>' + \
        f'<div class="card"><div class="lbl">{K("Raw event log (compact view)")}</div><table class="dense">{dense}</table></div>'
    return page("dip_tracker", css, body), {}

def p_crm():
    f, l = D.person(); n, s, t = D.address(); ph = D.phone(); ph2 = D.phone(); m = D.mpan_core(); g = D.mprn()
    e1 = D.eserial(); gs = D.gserial(); eu = D.eui(); email = f"{f[0].lower()}{l.lower()}@example.org"
    css = """.side{position:absolute;left:0;top:0;bottom:0;width:200px;background:#032d60;color:#fff;padding:14px} .side div{padding:8px 4px;font-size:13px}
.main{position:absolute;left:200px;right:0;top:0;bottom:0;padding:8px}
.tabs span{display:inline-block;padding:6px 14px;border-bottom:3px solid transparent} .tabs .on{border-color:#0176d3;font-weight:bold}
.note{width:230px;font-size:13px;word-break:break-all;background:#fffbe6;border:1px solid #e8d48b;padding:8px} html.dark .note{background:#3a3520;border-color:#6b5d2a}
.row{display:flex;gap:10px}.col{flex:1}"""
    dotted = eu.replace("-", "").lower(); dotted = ".".join(dotted[i:i+4] for i in range(0,16,4))
    body = f'<div class="side"><b>{K("Service Console")}</b><div>{K("Cases")}</div><div>{K("Accounts")}</div><div>{K("Premises")}</div><div>{K("Reports")}</div></div><div class="main">' + \
        f'<div class="card"><div class="lbl">{K("Account")}</div><h2 style="margin:2px 0">{NAME(f,l)}</h2><div class="tabs"><span class="on">{K("Details")}</span><span>{K("Related")}</span><span>{K("Activity")}</span></div></div>' + \
        f'<div class="row"><div class="card col"><table style="width:100%"><tr><td class="lbl">{K("Premises address")}</td><td>{ADDR(n,s,t)}</td></tr>' + \
        f'<tr><td class="lbl">{K("Mobile")}</td><td>{S("phone", ph)}</td></tr><tr><td class="lbl">{K("Previous number")}</td><td><s>{S("phone", ph2)}</s></td></tr>' + \
        f'<tr><td class="lbl">{K("Email")}</td><td><a class="lnk" style="text-decoration:underline;color:#0176d3">{S("email", email)}</a></td></tr>' + \
        f'<tr><td class="lbl">{K("Priority Services Register")}</td><td>{K("No")}</td></tr><tr><td class="lbl">{K("Case")}</td><td>{K("CS-0019284")} · {K("Smart install failed")}</td></tr></table></div>' + \
        f'<div class="card col"><table style="width:100%"><tr><th>{K("Asset")}</th><th>{K("Serial / id")}</th><th>{K("Installed")}</th></tr>' + \
        f'<tr><td>{K("Electricity meter")}</td><td>{S("serial", e1.lower())}</td><td>{K("12/03/2021")}</td></tr><tr><td>{K("Gas meter")}</td><td>{S("gserial", gs)}</td><td>{K("12/03/2021")}</td></tr>' + \
        f'<tr><td>{K("Comms hub GUID")}</td><td class="mono">{S("eui", dotted)}</td><td>{K("07/06/2023")}</td></tr><tr><td>{K("MPRN")}</td><td>{S("mprn", g)}</td><td>-</td></tr></table></div>' + \
        f'<div class="card"><div class="lbl">{K("Agent notes")}</div><div class="note">Called re {K("SMETS2")} install. Supply {S("mpan", m)} shows {K("D0150")} pending since 09/11.</div></div></div></div>'
    return page("crm", css, body), {}

def jtree(obj, ind=0):
    out = []
    for k, v in obj.items():
        pad = "&nbsp;" * (ind*4)
        if isinstance(v, dict):
            out.append(f'<div>{pad}▾ <span class="jk">{k}</span>: {{…}}</div>' + jtree(v, ind+1))
        else:
            val, kind = v
            sv = S(kind, val) if kind not in ("keep", None) else K(val)
            out.append(f'<div>{pad}<span class="jk">{k}</span>: <span class="js">"{sv}"</span></div>')
    return "".join(out)

def p_devtools():
    m = D.mpan_core(); g = D.mprn(); eu = D.eui(); ser = D.eserial(); cid = D.guid()
    css = """.pg{position:absolute;left:0;top:0;width:760px;bottom:0;background:#fff;padding:20px} html.dark .pg{background:#1e1f22}
.dt{position:absolute;left:760px;right:0;top:0;bottom:0;background:#fff;border-left:1px solid #ccc;font-family:'DejaVu Sans',sans-serif;font-size:11.5px} html.dark .dt{background:#242424;border-color:#444}
.dtt span{display:inline-block;padding:6px 10px} .dtt .on{border-bottom:2px solid #1a73e8}
.req{position:absolute;left:0;width:420px;top:60px;bottom:0;border-right:1px solid #ddd} .req div{padding:3px 8px;white-space:nowrap;overflow:hidden} .req .sel{background:#d2e3fc} html.dark .req .sel{background:#0b3a6f}
.det{position:absolute;left:420px;right:0;top:60px;bottom:0;padding:6px 10px}.jk{color:#881391} html.dark .jk{color:#d58af0}.js{color:#c41a16} html.dark .js{color:#f28b82}
.gen div{padding:2px 0;word-break:break-all}"""
    reqs = "".join(f'<div class="{"sel" if i==2 else ""}">{S("mpan", x) if i in (2,5) else K(x)}{"?include=meters" if i in (2,5) else ""}</div>' for i, x in enumerate(["config.json", "session", m, "fonts.woff2", "telemetry", D.mpan_core(), "avatar.png"]))
    tree = jtree({"supplyPoint": {"mpan": (m, "mpan"), "mprn": (g, "mprn"), "status": ("ENERGISED", "keep")}, "meter": {"serialNumber": (ser, "serial"), "deviceId": (eu, "eui"), "firmware": ("4.1.7-rc2", "keep")}, "correlationId": (cid, "keep")})
    body = f'<div class="pg"><h2>{K("Meter point lookup")}</h2><p class="muted">{K("Environment: UIT-2")}</p><p>{K("Loading supply details…")}</p></div>' + \
        f'<div class="dt"><div class="dtt"><span>Elements</span><span>Console</span><span>Sources</span><span class="on">{K("Network")}</span><span>Performance</span></div>' + \
        f'<div style="padding:4px 8px;border-bottom:1px solid #ddd">{K("Fetch/XHR")} · {K("Preserve log")} · {K("Disable cache")}</div>' + \
        f'<div class="req">{reqs}</div><div class="det"><div class="dtt"><span>Headers</span><span class="on">Preview</span><span>Response</span><span>Timing</span></div>' + \
        f'<div class="gen"><div><b>{K("Request URL")}:</b> https://api.uit2.example.net/v2/supplies/{S("mpan", m)}/meter-points?mprn={S("mprn", g)}&amp;include=meters</div><div><b>{K("Status Code")}:</b> {K("200 OK")}</div><div><b>x-correlation-id:</b> {K(cid)}</div></div><hr>' + \
        f'<div class="mono">{tree}</div></div></div>'
    return page("devtools", css, body), {}

def p_postman():
    m = D.mpan_core(); eu = D.eui(); f, l = D.person(); n, s, t = D.address(); ser = D.gserial()
    css = """.l{position:absolute;left:0;top:40px;width:280px;bottom:0;background:#f9f9f9;border-right:1px solid #ddd;padding:8px;font-size:12px} html.dark .l{background:#212121;border-color:#333}
.tb{height:40px;background:#ff6c37;color:#fff;padding:10px 14px;font-weight:bold} .m{position:absolute;left:280px;right:0;top:40px;bottom:0;padding:12px}
.urlrow{display:flex;gap:6px}.meth{padding:8px;font-weight:bold;color:#0cbb52;border:1px solid #ccc}.u{flex:1;padding:8px;border:1px solid #ccc;font-size:13px}
.code{font-family:'DejaVu Sans Mono';font-size:12.5px;background:#fafafa;border:1px solid #e5e5e5;padding:8px;line-height:1.5} html.dark .code{background:#1a1a1a;border-color:#333}
.k{color:#a31515} .v{color:#0451a5} .n{color:#098658} html.dark .k{color:#9cdcfe} html.dark .v{color:#ce9178} html.dark .n{color:#b5cea8}
.ln{color:#999;display:inline-block;width:26px}"""
    lines = [('{', None), ('"mpan"', ("mpan", m)), ('"deviceId"', ("eui", eu.replace("-", ":"))), ('"customerName"', ("name", f"{f} {l}")), ('"postcode"', ("postcode", t[1])),
             ('"gasMeterSerial"', ("gserial", ser)), ('"requestType"', ("keep", "SRV 8.1.1")), ('"submittedAt"', ("keep", "2026-11-14T10:42:07Z")), ('}', None)]
    code = ""
    for i, (k, v) in enumerate(lines, 1):
        if v is None: code += f'<div><span class="ln">{i}</span>{k}</div>'; continue
        kind, val = v
        sv = K(val) if kind == "keep" else (S(kind, val, [f, l]) if kind == "name" else S(kind, val))
        code += f'<div><span class="ln">{i}</span>&nbsp;&nbsp;<span class="k">{k}</span>: <span class="v">"{sv}"</span>,</div>'
    body = f'<div class="tb">Postman &nbsp; <span style="font-weight:normal">{K("Workspace: MHHS SIT")}</span></div><div class="l"><b>{K("Collections")}</b><div>▸ {K("DUIS sandbox")}</div><div>▾ {K("MHHS IF-031 replay")}</div><div>&nbsp;&nbsp;{K("POST submit read")}</div><div>&nbsp;&nbsp;{K("GET supply")}</div></div>' + \
        f'<div class="m"><div class="urlrow"><span class="meth">POST</span><span class="u">https://dcc-sandbox.example.org/duis/v1/devices/{S("eui", eu.replace("-", ""))}/commands?mpan={S("mpan", m)}</span><span class="btn">{K("Send")}</span></div>' + \
        f'<div style="margin:10px 0">{K("Params")} · {K("Authorization")} · {K("Headers (9)")} · <b>{K("Body")}</b> · {K("Tests")}</div><div class="code">{code}</div>' + \
        f'<div style="margin:10px 0"><b>{K("Response")}</b> <span style="color:#0cbb52">{K("202 Accepted")}</span> {K("318 ms")} {K("1.2 KB")}</div><div class="code"><div>{{"requestId": "{K(D.guid())}", "status": "{K("QUEUED")}"}}</div></div></div>'
    return page("postman", css, body), {}

def p_grafana():
    m = D.mpan_core(); css = """html{background:#f4f5f5} html.dark{background:#111217} .p{background:#fff;border:1px solid #ddd;border-radius:3px;padding:10px;position:absolute} html.dark .p{background:#181b1f;border-color:#2a2d33}
.kpi{font-size:60px;font-weight:bold;color:#1f883d} .t2 td{font-size:12px} .bar{display:inline-block;background:#5794f2;height:12px}"""
    rows = "".join(f'<tr><td>{S("mpan", D.mpan_core())}</td><td>{K(str(90-i*7))}</td><td><span class="bar" style="width:{120-i*11}px"></span></td><td>{K(["IF-031","PUB-033","IF-036"][i%3])}</td></tr>' for i in range(8))
    body = f'<div style="padding:8px 14px;font-size:16px">{K("MHHS SIT / Message health")} <span class="muted" style="font-size:12px">{K("Last 6 hours")}</span></div>' + \
        f'<div class="p" style="left:14px;top:44px;width:440px;height:180px"><div class="lbl">{K("Messages processed")}</div><div class="kpi">{K("48,120")}</div></div>' + \
        f'<div class="p" style="left:466px;top:44px;width:330px;height:180px"><div class="lbl">{K("Rejection rate")}</div><div class="kpi" style="color:#e02f44">{K("2.7%")}</div></div>' + \
        f'<div class="p" style="left:808px;top:44px;width:1090px;height:180px"><div class="lbl">{K("Most rejected MPAN")}</div><div class="kpi" style="color:#ff9830">{S("mpan", m)}</div></div>' + \
        f'<div class="p" style="left:14px;top:236px;width:900px;height:420px"><div class="lbl">{K("Top exceptions by MPAN")}</div><table class="t2" style="width:100%"><tr><th>MPAN</th><th>{K("Count")}</th><th></th><th>{K("Flow")}</th></tr>{rows}</table></div>' + \
        f'<div class="p" style="left:926px;top:236px;width:972px;height:420px"><div class="lbl">{K("Latency p95 (ms)")}</div><svg width="940" height="360"><polyline fill="none" stroke="#73bf69" stroke-width="2" points="0,300 80,280 160,220 240,260 320,150 400,170 480,90 560,140 640,120 720,200 800,180 880,60 940,80"/></svg><div class="muted" style="font-size:11px">{K("04:00")} &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {K("06:00")}</div></div>'
    return page("grafana", css, body), {}

def p_vscode():
    m = D.mpan_core(); m2 = D.mpan_core(); ser = D.eserial(); ser2 = D.eserial()
    css = """html{background:#1e1e1e;color:#d4d4d4} html:not(.dark){background:#ffffff;color:#333}
.act{position:absolute;left:0;top:30px;bottom:22px;width:48px;background:#333} html:not(.dark) .act{background:#2c2c2c}
.exp{position:absolute;left:48px;top:30px;bottom:22px;width:260px;background:#252526;font-size:13px;padding:6px} html:not(.dark) .exp{background:#f3f3f3}
.ed{position:absolute;left:308px;right:120px;top:65px;bottom:22px;font-family:'DejaVu Sans Mono';font-size:14px;line-height:19px}
.tabs{position:absolute;left:308px;right:0;top:30px;height:35px;background:#2d2d2d;font-size:13px} html:not(.dark) .tabs{background:#ececec} .tabs span{display:inline-block;padding:9px 14px} .tabs .on{background:#1e1e1e} html:not(.dark) .tabs .on{background:#fff}
.gut{display:inline-block;width:44px;text-align:right;color:#858585;padding-right:14px}
.mini{position:absolute;right:0;top:65px;width:120px;bottom:22px;font-family:'DejaVu Sans Mono';font-size:2.5px;line-height:3.5px;opacity:.8;overflow:hidden}
.sb{position:absolute;left:0;right:0;bottom:0;height:22px;background:#007acc;color:#fff;font-size:12px;padding:3px 10px}
.c1{color:#569cd6}.c2{color:#ce9178}.c3{color:#6a9955}.c4{color:#b5cea8}"""
    fn = f"D0010_{m}_20261114.txt"
    lines = [f'<span class="c1">ZHV</span>|{K("0000184623")}|<span class="c1">{K("D0010002")}</span>|X|BWAT|R|UDMS|{K("20261114103005")}||||OPER|',
             f'<span class="c1">026</span>|{S("mpan", m)}|V|', f'<span class="c1">028</span>|{S("serial", ser)}|D|',
             f'<span class="c1">030</span>|S|{K("20261114000000")}|<span class="c4">{K("38214.0")}</span>|||T|N|',
             f'<span class="c1">026</span>|{S("mpan", m2)}|V|', f'<span class="c1">028</span>|{S("serial", ser2)}|D|',
             f'<span class="c1">030</span>|S|{K("20261113000000")}|<span class="c4">{K("10577.0")}</span>|||T|N|',
             '<span class="c3"># ' + K("SIT-TC-0412 step 3: readings replayed from PIT pack") + '</span>',
             f'<span class="c1">ZPT</span>|{K("0000184623")}|7||1|{K("20261114103011")}|']
    ed = "".join(f'<div><span class="gut">{i}</span>{x}</div>' for i, x in enumerate(lines, 1))
    mini = "".join(f"<div>{'026|' + 'x'*13 + '|V|' if i%3==1 else 'ZHV|0000184623|D0010002|X|BWAT|R|UDMS'}</div>" for i in range(60))
    body = f'<div style="height:30px;background:#3c3c3c;color:#ccc;font-size:12px;padding:8px 12px">{S("mpan", m, cls="")} — {K("evidence")} — Visual Studio Code</div>'.replace(S("mpan", m), S("mpan", fn)) + \
        f'<div class="act"></div><div class="exp"><b>{K("EXPLORER")}</b><div>▾ {K("SIT-TC-0412")}</div><div>&nbsp;&nbsp;{S("mpan", fn)}</div><div>&nbsp;&nbsp;{K("harness.log")}</div><div>&nbsp;&nbsp;{K("IF-031_response.json")}</div></div>' + \
        f'<div class="tabs"><span class="on">{K("D0010 readings")}.txt</span><span>{K("harness.log")}</span></div><div class="ed">{ed}</div><div class="mini">{mini}</div>' + \
        f'<div class="sb">{K("main*")} &nbsp; {K("Ln 2, Col 18")} &nbsp; {K("UTF-8")} &nbsp; {K("LF")}</div>'
    return page("vscode", css, body), {}

def p_explorer():
    f, l = D.person()
    css = """.tb{height:34px;background:#f3f3f3;border-bottom:1px solid #ddd;padding:8px 12px;font-size:12px} html.dark .tb{background:#202020;border-color:#333}
.addr{margin:6px 12px;padding:6px 10px;border:1px solid #ccc;font-size:13px;background:#fff} html.dark .addr{background:#2b2b2b;border-color:#444}
.nav{position:absolute;left:0;top:82px;width:230px;bottom:24px;font-size:13px;padding:8px} .fl{position:absolute;left:230px;right:0;top:82px;bottom:24px;font-size:13px}
.fl td{border:none;padding:3px 10px}.fl tr:nth-child(2) td{background:#cce8ff} html.dark .fl tr:nth-child(2) td{background:#0b3a5f}
.st{position:absolute;left:0;right:0;bottom:0;height:24px;font-size:12px;padding:4px 12px}"""
    files = [(f"evidence_{D.mpan_core()}_step3.png", "mpan", "PNG File", "1,204 KB"),
             (f"MPRN-{D.mprn()} reads.xlsx", "mprn", "Microsoft Excel Worksheet", "38 KB"),
             (f"meter_{D.eserial().lower()}.jpg", "serial", "JPEG File", "2,311 KB"),
             (f"IF-031_{D.mpan_core()}_resp.json", "mpan", "JSON File", "4 KB"),
             (f"chf_{D.eui().replace('-', '').lower()}_install.pdf", "eui", "PDF Document", "611 KB"),
             ("SIT-TC-0412 evidence pack v2.docx", "keep", "Microsoft Word Document", "2,980 KB"),
             ("harness_20261114.log", "keep", "Text Document", "92 KB")]
    rows = "".join(f'<tr><td>{K(n) if k=="keep" else S(k, n)}</td><td>{K(f"14/11/2026 1{i}:0{i}")}</td><td>{K(tp)}</td><td style="text-align:right">{K(sz)}</td></tr>' for i, (n, k, tp, sz) in enumerate(files))
    body = f'<div class="tb">{K("File")} &nbsp; {K("Home")} &nbsp; {K("Share")} &nbsp; {K("View")}</div><div class="addr">This PC › Documents › Evidence › {K("SIT-TC-0412")} › {S("name", f"{l}_{f}", [f, l])}</div>' + \
        f'<div class="nav"><div>{K("Quick access")}</div><div>{K("Desktop")}</div><div>{K("Downloads")}</div><div>{K("Evidence")}</div></div>' + \
        f'<div class="fl"><table style="width:100%"><tr><th>{K("Name")}</th><th>{K("Date modified")}</th><th>{K("Type")}</th><th>{K("Size")}</th></tr>{rows}</table></div><div class="st">{K("7 items")} &nbsp; {K("1 item selected")}</div>'
    return page("explorer", css, body), {}

def p_excel():
    m = D.mpan_core()
    css = """.rib{height:90px;background:#217346;color:#fff;padding:10px;font-size:13px} .fb{display:flex;border-bottom:1px solid #ccc;font-size:14px;background:#fff} html.dark .fb{background:#262626;border-color:#444}
.nb{width:110px;border-right:1px solid #ccc;padding:5px 8px} .fx{padding:5px 8px;color:#888} .fv{padding:5px 8px;flex:1}
.g td,.g th{border:1px solid #d4d4d4;font-size:12.5px;padding:2px 6px;height:21px;white-space:nowrap} .g th{background:#efefef;font-weight:normal;color:#444} html.dark .g th{background:#333;color:#bbb} html.dark .g td{border-color:#3a3a3a}
.sel{outline:2px solid #217346}"""
    hdr = "".join(f"<th>{c}</th>" for c in " ABCDEFG")
    rows = f'<tr><th>1</th><td>{K("MPAN")}</td><td>{K("MPRN")}</td><td>{K("Meter serial")}</td><td>{K("Read date")}</td><td>{K("Reading")}</td><td>{K("Test case")}</td><td>{K("Result")}</td></tr>'
    for r in range(2, 24):
        mm = m if r == 7 else D.mpan_core()
        cls = ' class="sel"' if r == 7 else ""
        rows += f'<tr><th>{r}</th><td{cls}>{S("mpan", mm)}</td><td>{S("mprn", D.mprn())}</td><td>{S("serial", D.eserial())}</td><td>{K(f"{r:02d}/11/2026")}</td><td>{K(f"{r*1731%99999}")}</td><td>{K(f"TC-{400+r}")}</td><td>{K("Pass" if r%4 else "Fail")}</td></tr>'
    body = f'<div class="rib"><b>{K("Book3 - Excel")}</b><br><br>{K("Home")} &nbsp; {K("Insert")} &nbsp; {K("Formulas")} &nbsp; {K("Data")}</div><div class="fb"><div class="nb">{K("A7")}</div><div class="fx">✕ ✓ <i>fx</i></div><div class="fv">{S("mpan", m)}</div></div>' + \
        f'<table class="g">{hdr}{rows}</table>'
    return page("excel", css, body), {}

def p_teams():
    m = D.mpan_core(); g = D.mprn(); f, l = D.person(); n, s, t = D.address()
    p1 = D.person(); p2 = D.person(); p3 = D.person()
    css = """html{background:#1f1f1f;color:#fff} .share{position:absolute;left:10px;top:50px;width:1480px;height:880px;background:#fff;color:#222;border:3px solid #c4314b;padding:20px}
.tile{position:absolute;left:1510px;width:395px;height:220px;background:#3b3a39;border-radius:6px} .tile .nm{position:absolute;left:10px;bottom:8px;background:rgba(0,0,0,.55);padding:3px 8px;font-size:13px;border-radius:3px}
.face{position:absolute;left:150px;top:40px;width:90px;height:110px;border-radius:45px;background:#c98f6b}
.chat{position:absolute;left:10px;top:945px;width:1480px;font-size:13px;background:#2d2c2c;padding:10px;border-radius:6px}
.sbox{display:inline-grid;grid-template-columns:40px repeat(3,auto);border:2px solid #000;font-size:16px}.sbox div{border:1px solid #666;padding:3px 10px}.sbox .s{grid-row:1 / span 2;font-weight:bold;font-size:26px;display:flex;align-items:center;justify-content:center}"""
    tiles = "".join(f'<div class="tile" style="top:{50+i*232}px"><div class="face" style="background:{c}"></div><div class="nm">{S("participant", f"{p[0]} {p[1]}", [p[0], p[1]])}</div></div>' for i, (p, c) in enumerate([(p1, "#c98f6b"), (p2, "#8d5b3f"), (p3, "#e0b899")]))
    body = f'<div style="padding:12px;font-size:14px">{K("MHHS SIT daily defect triage")} · {K("00:41:17")} · <span style="color:#c4314b">{K("You are viewing a shared screen")}</span></div>' + \
        f'<div class="share"><h2>{K("Bill preview")} – {K("Statement 12 Nov 2026")}</h2><p>{NAME(f, l)}<br>{S("address", f"{n} {s[0]} {s[1]}", [f"{n} {s[0]}", s[0]])}<br>{K(t[0])} {S("postcode", t[1])}</p>' + \
        f'<div class="sbox"><div class="s">S</div><div>03</div><div>845</div><div>501</div><div>{S("mpan_part", m[:2])}</div><div>{S("mpan_part", m[2:6]+" "+m[6:10])}</div><div>{S("mpan_part", m[10:])}</div></div>' + \
        f'<p>{K("Gas supply number")}: {S("mprn", g)}</p><p>{K("Total due")}: {K("£182.44")}</p></div>{tiles}' + \
        f'<div class="chat"><b>{S("participant", f"{p2[0]} {p2[1]}", [p2[0], p2[1]])}</b> {K("10:42")}: can you check MPRN {S("mprn", D.mprn())} as well? {K("D0010")} looks stuck.</div>'
    return page("teams", css, body), {}

PAGES = {"portal_account": p_portal_account, "portal_switch": p_portal_switch, "dip_tracker": p_dip_tracker, "crm": p_crm, "devtools": p_devtools,
         "postman": p_postman, "grafana": p_grafana, "vscode": p_vscode, "explorer": p_explorer, "excel": p_excel, "teams": p_teams}
if __name__ == "__main__":
    od = sys.argv[1]; os.makedirs(od, exist_ok=True)
    for k, fn in PAGES.items():
        h, meta = fn()
        open(os.path.join(od, k + ".html"), "w").write(h)
        print(k)
