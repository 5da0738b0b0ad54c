"""Chromium-rendered screens. Each page marks identifiers (data-role=id) and keeps (data-role=keep);
box JS records client rects; boxes x device scale = screenshot pixels."""
import json, os, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
OUT = "/tmp/ho39/screens/corpus"; TR = "/tmp/ho39/screens/truth"; TMP = "/tmp/ho39/screens/tmp"

def idn(kind, value, shown=None, rot=0, cls=""):
    shown = value if shown is None else shown
    return '<span class="%s" data-role="id" data-k="%s" data-v="%s" data-rot="%d">%s</span>' % (cls, kind, H.escape(value), rot, H.escape(shown))
def keep(text, kind="keep", cls="", rot=0):
    return '<span class="%s" data-role="keep" data-k="%s" data-v="%s" data-rot="%d">%s</span>' % (cls, kind, H.escape(text), rot, H.escape(text))
def sbox(core, top, big=True):
    c = I.sbox_fmt(core); t = "%s %s %s" % (top[:2], top[2:5], top[5:])
    return ('<div class="sbox" data-role="id" data-k="mpan_sbox" data-v="%s" data-rot="0"><div class="sS">S</div>'
            '<div class="sl"><div class="st">%s</div><div class="sc">%s</div></div></div>') % (core, H.escape(t), H.escape(c))

JS = """<script>
var out=[];document.querySelectorAll('[data-role]').forEach(function(e){var rs=[];for(const r of e.getClientRects()){if(r.width>0&&r.height>0)rs.push([r.left,r.top,r.right,r.bottom]);}
out.push({role:e.dataset.role,kind:e.dataset.k,value:e.dataset.v,rot:+e.dataset.rot,boxes:rs});});
document.documentElement.setAttribute('data-boxes',JSON.stringify(out));
</script>"""

def render(name, W, H_, body, css, scale=1.0, dark=False, note=""):
    page = ("<!doctype html><html class='%s'><head><meta charset='utf-8'><style>html,body{margin:0;padding:0;width:%dpx;height:%dpx;overflow:hidden}body{position:relative}"
            "%s</style></head><body>%s%s</body></html>") % ("dark" if dark else "light", W, H_, css, body, JS)
    fn = os.path.join(TMP, name + ".html")
    open(fn, "w").write(page)
    args = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none",
            "--force-device-scale-factor=%g" % scale, "--window-size=%d,%d" % (W, H_)]
    dom = subprocess.run(args + ["--dump-dom", fn], capture_output=True, text=True).stdout
    import re, html as hh
    m = re.search(r'data-boxes="([^"]*)"', dom)
    items = json.loads(hh.unescape(m.group(1)))
    png = os.path.join(OUT, name + ".png")
    subprocess.run(args + ["--screenshot=" + png, fn], capture_output=True)
    from PIL import Image
    im = Image.open(png); w, h = im.size
    for it in items:
        it["boxes"] = [[round(a * scale) for a in b] for b in it["boxes"]]
    json.dump({"file": name + ".png", "toolkit": "chromium", "scale": scale, "dark": dark, "size": [w, h], "note": note, "items": items},
              open(os.path.join(TR, name + ".json"), "w"), indent=1, ensure_ascii=False)
    print(name, w, h, len(items))

BASE = """
body{font-family:'Liberation Sans',sans-serif;font-size:14px;color:#1b1b1b;background:#f3f3f3}
.dark body{color:#e8e8e8;background:#1e1f22}
.sbox{display:inline-flex;align-items:center;border:1.5px solid currentColor;padding:4px 8px;gap:8px;font-family:'DejaVu Sans Mono',monospace}
.sS{font-size:34px;font-weight:bold;line-height:1}
.st,.sc{font-size:15px;letter-spacing:1px;white-space:pre}
"""

# ---------- 1. phone portrait supplier app 1080x2340 (360x780 @3) ----------
def phone_app(dark, scale=3.0, suffix=""):
    n = I.name(); core = I.mpan_core(); top = I.mpan_top(); mp = I.mprn(); es = I.elec_serial().lower(); pc = I.postcode()
    st = I.street(); eui = I.eui64().replace("-", ".")
    css = BASE + """
.bar{height:28px;display:flex;justify-content:space-between;padding:0 16px;font-size:12px;align-items:center}
.hdr{font-size:22px;font-weight:bold;padding:10px 16px}
.card{background:#fff;margin:10px 12px;border-radius:14px;padding:12px 14px;box-shadow:0 1px 3px #0002}
.dark .card{background:#2b2d31}
.lab{font-size:11px;color:#666;text-transform:uppercase;letter-spacing:.5px}.dark .lab{color:#aaa}
.val{font-size:16px;margin:2px 0 8px}
.tabs{position:absolute;bottom:0;width:360px;height:56px;display:flex;justify-content:space-around;align-items:center;border-top:1px solid #ccc;font-size:11px}
"""
    body = """<div class=bar><span>09:41</span><span>📶 🔋 87%%</span></div>
<div class=hdr>My energy ⚡</div>
<div class=card><div class=lab>%s</div><div class=val>%s</div><div class=lab>Supply address</div><div class=val>%s<br>%s</div></div>
<div class=card><div class=lab>Electricity · your supply number</div><div style="margin:6px 0">%s</div>
<div class=lab>Meter</div><div class=val>⚡ %s</div><div class=lab>Comms hub</div><div class=val>%s</div></div>
<div class=card><div class=lab>Gas · MPRN</div><div class=val>🔥 %s</div><div class=lab>Last bill</div><div class=val>%s on %s</div>
<div class=lab>Reference</div><div class=val>%s</div></div>
<div class=tabs><span>Home</span><span>Usage</span><span>Bills</span><span>Account</span></div>""" % (
        keep("Account holder", "label"), idn("name", n), idn("address", st), idn("postcode", pc), sbox(core, top),
        idn("elec_serial", es), idn("eui64", eui), idn("mprn", mp), keep(I.amount(), "amount"), keep(I.date(), "date"), keep(I.ref(), "ref"))
    render("phone_app_%s%s" % ("dark" if dark else "light", suffix), 360, 780, body, css, scale, dark, "phone portrait supplier app, S box card, emoji, lower-case serial, dotted EUI-64")

# ---------- 2. tablet landscape field engineer with boxed digits ----------
def tablet_job(dark, scale=1.5):
    mp = I.mprn(); core = I.mpan_core(); gs = I.gas_serial(); eui = I.eui64().replace("-", "."); n = I.name(); ph = I.phone()
    cells = lambda v: '<span class="boxes" data-role="id" data-k="%s" data-v="%s" data-rot="0">%s</span>'
    bx = lambda v: "".join("<i>%s</i>" % c for c in v)
    css = BASE + """
.side{position:absolute;left:0;top:0;bottom:0;width:180px;background:#0b5;color:#fff;padding:14px;box-sizing:border-box}
.main{position:absolute;left:196px;top:12px;right:16px}
h2{margin:4px 0 10px;font-size:20px}
.row{margin:10px 0}.lab{display:inline-block;width:150px;color:#555}.dark .lab{color:#bbb}
.boxes i{display:inline-block;width:22px;height:28px;border:1px solid #888;margin-right:3px;text-align:center;line-height:28px;font-style:normal;font-size:17px;background:#fff}
.dark .boxes i{background:#111}
.step{display:inline-block;padding:4px 10px;border-radius:12px;background:#ddd;margin-right:6px;font-size:12px}.dark .step{background:#444}
"""
    body = """<div class=side><b>FieldPro</b><br><br>Jobs today: 6<br>Job %s<br><br>%s</div>
<div class=main><h2>Gas meter exchange</h2><div><span class=step>1 Arrive</span><span class=step>2 Isolate</span><span class=step style="background:#0b5;color:#fff">3 Record</span><span class=step>4 Commission</span></div>
<div class=row><span class=lab>Customer</span>%s &nbsp; %s</div>
<div class=row><span class=lab>MPRN</span>%s</div>
<div class=row><span class=lab>Electricity MPAN</span>%s</div>
<div class=row><span class=lab>Old meter serial</span>%s</div>
<div class=row><span class=lab>Comms hub GUID</span>%s</div>
<div class=row><span class=lab>Reading</span>%s m³ at %s</div>
</div>""" % (keep("JOB-20931", "ref"), keep("Van 14 · Leeds", "keep"), idn("name", n), idn("phone", ph),
        cells(0) % ("mprn", mp, bx(mp)), cells(0) % ("mpan", core, bx(core)), idn("gas_serial", " ".join([gs[:3], gs[3:7], gs[7:]])),
        idn("eui64", eui.lower()), keep("04512.337", "reading"), keep(I.ts(), "timestamp"))
    render("tablet_job_%s_%g" % ("dark" if dark else "light", scale), 1280, 800, body, css, scale, dark, "tablet landscape, boxed digits MPRN and MPAN, spaced gas serial, lower dotted EUI")

# ---------- 3. Windows 11 settings-style form, disabled field, caret ----------
def win11(dark, scale):
    core = I.mpan_core(); n = I.name(); em = I.email(n); es = I.elec_serial(); pc = I.postcode()
    css = BASE + """
body{font-family:'DejaVu Sans',sans-serif;font-size:13px}
.nav{position:absolute;left:0;top:40px;width:250px;padding:10px}
.nav div{padding:8px 12px;border-radius:4px}.nav .on{background:#0001}
.pane{position:absolute;left:270px;top:40px;right:20px}
.title{position:absolute;top:10px;left:14px;font-size:12px}
.grp{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:12px 16px;margin-bottom:4px;display:flex;justify-content:space-between;align-items:center}
.dark .grp{background:#2b2b2b;border-color:#3a3a3a}
input{font:13px 'DejaVu Sans';padding:5px 8px;width:260px;border:1px solid #ccc;border-bottom:2px solid #0067c0;border-radius:4px;background:#fff;color:#111}
.dark input{background:#1f1f1f;color:#eee;border-color:#444}
input:disabled{color:#9a9a9a;border-bottom-color:#ccc}
.caret{display:inline-block;width:1.5px;height:16px;background:currentColor;margin-left:-1px;vertical-align:middle}
"""
    val = lambda kind, v, dis="": '<span data-role="id" data-k="%s" data-v="%s" data-rot="0" style="display:inline-block"><input %s value="%s"></span>' % (kind, H.escape(v), dis, H.escape(v))
    body = """<div class=title>Settings</div><div class=nav><div>System</div><div class=on>Accounts ▸ Energy</div><div>Privacy &amp; security</div><div>Windows Update</div></div>
<div class=pane><h1 style="font-weight:600;font-size:26px;margin:0 0 16px">Accounts &gt; %s</h1>
<div class=grp><span>Display name</span>%s</div>
<div class=grp><span>Email</span>%s</div>
<div class=grp><span>MPAN (locked by supplier)</span>%s</div>
<div class=grp><span>Meter serial</span><span data-role="id" data-k="elec_serial" data-v="%s" data-rot="0" style="font-size:14px;font-family:'DejaVu Sans Mono'">%s<span class=caret></span>%s</span></div>
<div class=grp><span>Postcode</span>%s</div>
<div class=grp><span>Last sync</span>%s</div>
<div class=grp><span>Build</span>%s</div></div>""" % (
        keep("Energy profile", "label"), val("name", n), val("email", em), val("mpan", core, "disabled"), es, es[:5], es[5:], val("postcode", pc),
        keep(I.ts(), "timestamp"), keep("OS Build 26100.2894", "version"))
    render("win11_settings_%s_%g" % ("dark" if dark else "light", scale), 1280, 720, body, css, scale, dark, "Windows 11 settings form, disabled MPAN field, caret inside serial")

# ---------- 4. Salesforce-like lightning record page ----------
def lightning(dark, scale):
    n = I.name(); core = I.mpan_core(); core2 = I.mpan_core(); mp = I.mprn(); ph = I.phone(); st = I.street(); pc = I.postcode(); eui = I.eui64()
    css = BASE + """
.top{height:44px;background:#032d60;color:#fff;display:flex;align-items:center;padding:0 14px;gap:20px}
.crumb{padding:8px 16px;font-size:12px;color:#444}.dark .crumb{color:#bbb}
.hd{margin:0 12px;background:#fff;border-radius:4px;padding:12px;border:1px solid #ddd}.dark .hd{background:#222;border-color:#444}
.cols{display:flex;gap:12px;margin:12px}
.box{flex:1;background:#fff;border:1px solid #ddd;border-radius:4px;padding:10px}.dark .box{background:#222;border-color:#444}
table{border-collapse:collapse;width:100%;font-size:12.5px}td,th{border-bottom:1px solid #e4e4e4;padding:5px 6px;text-align:left}
.lab{font-size:11px;color:#706e6b}.f{margin-bottom:8px}
"""
    body = """<div class=top><b>⚡ Service Console</b><span>Accounts</span><span>Cases</span><span>Meter Points</span></div>
<div class=crumb>Accounts › %s › Meter Points › %s</div>
<div class=hd><div class=lab>Account</div><div style="font-size:20px;font-weight:bold">%s</div><div>%s · %s</div></div>
<div class=cols><div class=box><b>Details</b><div class=f><div class=lab>Phone</div>%s</div><div class=f><div class=lab>Billing street</div>%s</div>
<div class=f><div class=lab>Billing postcode</div>%s</div><div class=f><div class=lab>Gas supply point</div>%s</div></div>
<div class=box style="flex:2"><b>Related: Meter Points (2)</b><table><tr><th>%s</th><th>Type</th><th>SSD</th><th>Case</th></tr>
<tr><td>%s</td><td>Elec import</td><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>Elec export</td><td>%s</td><td>%s</td></tr></table>
<br><b>Related: Devices (1)</b><table><tr><td>ESME</td><td>%s</td><td>%s</td></tr></table></div></div>""" % (
        idn("name", n), idn("mpan", core), idn("name", n, cls=""), keep("Residential", "keep"), keep("Priority: P3", "keep"),
        idn("phone", ph), idn("address", st), idn("postcode", pc), idn("mprn", mp), keep("Meter Point Name", "label"),
        idn("mpan", core), keep(I.date(), "date"), keep("CS-0041872", "ref"), idn("mpan", core2), keep(I.date(), "date"), keep("CS-0041873", "ref"),
        idn("eui64", eui), keep("Commissioned", "keep"))
    render("lightning_%s_%g" % ("dark" if dark else "light", scale), 1366, 640, body, css, scale, dark, "Salesforce-like page, MPAN in breadcrumb, related lists, duplicated name")

# ---------- 5. SAP-GUI dense form with wrapped MPAN in notes ----------
def sapgui(scale):
    core = I.mpan_core(); core2 = I.mpan_core(); n = I.name(); st = I.street(); pc = I.postcode(); es = I.elec_serial(); mp = I.mprn()
    css = BASE + """
body{font:11px Tahoma,'DejaVu Sans',sans-serif;background:#dfe6ee}
.tb{background:#c4d3e3;padding:3px 6px;border-bottom:1px solid #8aa}
.g{display:grid;grid-template-columns:130px 170px 120px 170px;gap:3px 8px;padding:8px}
.g input{font:11px 'DejaVu Sans Mono';height:15px;border:1px solid #7f9db9;background:#fff;padding:0 2px}
.notes{margin:6px 8px;width:180px;border:1px solid #7f9db9;background:#fff;font:12px 'DejaVu Sans Mono';padding:3px;word-break:break-all;height:80px}
.st{position:absolute;bottom:0;left:0;right:0;background:#c4d3e3;padding:2px 6px}
"""
    f = lambda kind, v: '<span data-role="id" data-k="%s" data-v="%s" data-rot="0"><input value="%s" style="width:160px"></span>' % (kind, H.escape(v), H.escape(v))
    body = """<div class=tb>Installation  Edit  Goto  Extras  System  Help   &nbsp; [ES32] Display Installation</div>
<div class=g><span>Installation</span>%s<span>Premise</span>%s<span>Point of delivery</span>%s<span>Device</span>%s
<span>Business partner</span>%s<span>Street</span>%s<span>Postal code</span>%s<span>Gas PoD</span>%s<span>Valid from</span>%s<span>Rate cat.</span>%s</div>
<div class=notes>Note: %s</div>
<div class=st>%s</div>""" % (
        keep("4000128833", "number"), keep("5100043210", "number"), f("mpan", core), f("elec_serial", es), f("name", n), f("address", st), f("postcode", pc), f("mprn", mp),
        keep("01.04.2026", "date"), keep("E_DOM_ECO7", "keep"),
        'old PoD '+idn("mpan", core2, core2[:9] + core2[9:]) + ' closed', keep("Document 4711002345 saved", "keep"))
    render("sapgui_%g" % scale, 760, 330, body, css, scale, False, "SAP-like dense form, MPAN wrapped in narrow notes box")

# ---------- 6. browser: address bar URL with MPAN, search results highlight ----------
def browser(dark, scale):
    core = I.mpan_core(); core2 = I.mpan_core(); n = I.name(); pc = I.postcode()
    css = BASE + """
.chrome{background:#dee1e6;height:74px}.dark .chrome{background:#35363a}
.tab{display:inline-block;margin:6px 0 0 8px;padding:6px 14px;background:#fff;border-radius:8px 8px 0 0;font-size:12px}.dark .tab{background:#202124}
.url{margin:4px 10px;background:#fff;border-radius:14px;padding:6px 14px;font-size:14px;font-family:'DejaVu Sans'}.dark .url{background:#202124}
.res{padding:16px 140px}.r{margin-bottom:20px}.r a{color:#1a0dab;font-size:18px}.dark .r a{color:#8ab4f8}
.r .u{color:#202124;font-size:12px}.dark .r .u{color:#bbb}
mark{background:#fde047;color:inherit}
"""
    body = """<div class=chrome><span class=tab>%s – Search – Meter Hub</span><div class=url>🔒 portal.meterhub.example/search?q=%s&amp;page=1</div></div>
<div class=res><div style="color:#70757a;font-size:13px">About 3 results (0.21 seconds)</div>
<div class=r><div class=u>meterhub › points › %s</div><a>Meter point <mark>%s</mark> – %s</a><div>Registered %s · %s · %s</div></div>
<div class=r><div class=u>meterhub › flows › D0010</div><a>D0010 reading flow %s</a><div>Contains <mark>%s</mark>%s… sent %s</div></div>
<div class=r><div class=u>meterhub › docs</div><a>How to read an MPAN</a><div>%s explains the 21 digits</div></div></div>""" % (
        idn("mpan", core, core[:6] + "…"), idn("mpan", core), idn("mpan", core), idn("mpan", core), idn("name", n), keep(I.date(), "date"), idn("postcode", pc), keep("Active", "keep"),
        keep("DIP-00123894", "msgid"), idn("mpan", core2, core2[:7]), idn("mpan", core2, core2[7:]), keep(I.ts(), "timestamp"), keep("Guide GD-0042", "ref"))
    render("browser_search_%s_%g" % ("dark" if dark else "light", scale), 1280, 600, body, css, scale, dark, "address bar URL with MPAN, highlighted search match split by mark")

# ---------- 7. side-by-side diff viewer ----------
def diff(dark, scale):
    a = I.mpan_core(); b = I.mpan_core(); s1 = I.elec_serial(); s2 = I.elec_serial(); e1 = I.eui64(); pc = I.postcode()
    css = BASE + """
body{font:13px 'DejaVu Sans Mono',monospace}
.h{padding:6px 10px;background:#eaeef2}.dark .h{background:#161b22}
.cols{display:flex}.c{flex:1;border-right:1px solid #ccc}
.l{white-space:pre;padding:1px 8px;height:20px}.del{background:#ffebe9}.add{background:#e6ffec}
.dark .del{background:#4b1818}.dark .add{background:#12361f}
.del b{background:#ff818266;font-weight:normal}.add b{background:#4ac26b66;font-weight:normal}
"""
    L = lambda cls, t: "<div class='l %s'>%s</div>" % (cls, t)
    left = "".join([L("", "  1 flow_version: D0150 001"), L("", "  2 ref: " + keep("MPAN-REF-07", "ref")), L("del", "- 3 mpan_core: <b>" + idn("mpan", a) + "</b>"),
                    L("del", "- 4 meter_serial: " + idn("elec_serial", s1)), L("", "  5 device: " + idn("eui64", e1)), L("", "  6 postcode: " + idn("postcode", pc)), L("", "  7 reads: 48")])
    right = "".join([L("", "  1 flow_version: D0150 001"), L("", "  2 ref: MPAN-REF-07"), L("add", "+ 3 mpan_core: <b>" + idn("mpan", b) + "</b>"),
                     L("add", "+ 4 meter_serial: " + idn("elec_serial", s2)), L("", "  5 device: " + idn("eui64", e1)), L("", "  6 postcode: " + idn("postcode", pc)), L("", "  7 reads: " + keep("48", "count"))])
    body = "<div class=h>fixtures/%s ↔ fixtures/expected.yaml &nbsp; %s</div><div class=cols><div class=c>%s</div><div class=c>%s</div></div>" % (
        keep("case_0417.yaml", "keep"), keep("commit 9f3e2a1c", "ref"), left, right)
    render("diff_%s_%g" % ("dark" if dark else "light", scale), 1200, 220, body, css, scale, dark, "side by side diff, MPAN inside highlighted change")

# ---------- 8. Kanban card detail, fading overflow ----------
def kanban(dark, scale):
    core = I.mpan_core(); core2 = I.mpan_core(); n = I.name(); mp = I.mprn(); ph = I.phone()
    css = BASE + """
.modal{position:absolute;left:200px;top:40px;width:760px;height:500px;background:#fff;border-radius:8px;box-shadow:0 6px 24px #0005;padding:20px;box-sizing:border-box}
.dark .modal{background:#2b2d31}
.fade{white-space:nowrap;overflow:hidden;width:330px;-webkit-mask-image:linear-gradient(90deg,#000 70%,transparent)}
.lab{color:#888;font-size:12px;margin-top:10px}.chip{display:inline-block;background:#ffd24c;color:#000;border-radius:3px;padding:1px 6px;font-size:12px}
.bg{position:absolute;inset:0;background:#0079bf}.dark .bg{background:#0c2340}
"""
    body = """<div class=bg></div><div class=modal><div style="font-size:20px;font-weight:bold">🔧 Export MPAN %s not registering</div>
<div class=lab>in list %s</div><div style="margin-top:8px"><span class=chip>%s</span> <span class=chip>⚠️ %s</span></div>
<div class=lab>Description</div><div class=fade>Customer %s called from %s about export MPAN %s and the gas side</div>
<div class=lab>Checklist</div><div>☑ Check MPRN 🔥 %s in gas portal</div><div>☐ Raise %s</div>
<div class=lab>Activity</div><div>%s moved this card %s</div></div>""" % (
        idn("mpan", core), keep("In progress", "keep"), keep("SIT-C", "keep"), keep("Blocked", "keep"), idn("name", n), idn("phone", ph), idn("mpan", core2),
        idn("mprn", mp), keep("DEF-2291", "ref"), keep("Test Lead", "keep"), keep(I.date(), "date"))
    render("kanban_%s_%g" % ("dark" if dark else "light", scale), 1200, 600, body, css, scale, dark, "Kanban card modal, emoji, MPAN fading into overflow edge")

# ---------- 9. calendar invite ----------
def calendar(scale):
    n = I.name(); n2 = I.name(); st = I.street(); pc = I.postcode(); ph = I.phone(); core = I.mpan_core(); em = I.email(n2)
    css = BASE + """
.ev{position:absolute;left:40px;top:30px;width:620px;background:#fff;border-left:6px solid #7b1fa2;padding:16px 20px;box-shadow:0 2px 10px #0003}
.r{margin:8px 0}.ic{display:inline-block;width:26px}
"""
    body = """<div class=ev><div style="font-size:22px">Site visit – smart install (%s)</div><div class=r><span class=ic>🕘</span>%s · 09:00 – 11:00</div>
<div class=r><span class=ic>📍</span>%s, %s, %s</div><div class=r><span class=ic>👥</span>%s (organiser), %s</div>
<div class=r><span class=ic>📞</span>Tenant on %s</div><div class=r><span class=ic>📝</span>Install SMETS2 for MPAN %s, take %s</div>
<div class=r><span class=ic>🔗</span>Meeting ID %s</div></div>""" % (
        keep("WO-55120", "ref"), keep("Thursday 12 March 2026", "date"), idn("address", st), keep(I.town(), "town"), idn("postcode", pc), idn("name", n), idn("email", em), idn("phone", ph),
        idn("mpan", core), keep("3 photos", "keep"), keep("381 204 557 92", "number"))
    render("calendar_invite_%g" % scale, 720, 360, body, css, scale, False, "calendar invite with address, e-mail, phone")

# ---------- 10. 2FA login + wizard with S box input ----------
def login2fa(dark, scale):
    core = I.mpan_core(); top = I.mpan_top(); em = I.email(I.name())
    css = BASE + """
.card{position:absolute;left:50%;top:60px;transform:translateX(-50%);width:460px;background:#fff;border-radius:10px;padding:28px;box-shadow:0 2px 14px #0002}
.dark .card{background:#26272b}
.otp i{display:inline-block;width:40px;height:48px;border:2px solid #999;border-radius:6px;margin-right:6px;text-align:center;line-height:48px;font-size:24px;font-style:normal}
.steps{display:flex;gap:8px;margin-bottom:14px;font-size:12px}.steps span{flex:1;border-top:4px solid #ccc;padding-top:4px}.steps .on{border-color:#2563eb}
"""
    otp = "".join("<i>%s</i>" % c for c in "482913")
    body = """<div class=card><div class=steps><span class=on>1 Sign in</span><span class=on>2 Verify</span><span>3 Confirm supply</span></div>
<h2 style="margin:0 0 6px">Enter the code</h2><div>We sent a 6-digit code to %s</div><div class=otp style="margin:14px 0">%s</div>
<div style="margin:10px 0 4px">Confirm the supply this login is for:</div>%s<div style="margin-top:14px;font-size:12px;color:#777">%s · %s</div></div>""" % (
        idn("email", em, em[0] + "•••" + em[em.index("@")-2:]), keep("482913", "otp") .replace("482913", otp) if False else '<span data-role="keep" data-k="otp" data-v="482913" data-rot="0">%s</span>' % otp,
        sbox(core, top), keep("Session a1f9-77c2", "ref"), keep("v4.18.2", "version"))
    render("login2fa_%s_%g" % ("dark" if dark else "light", scale), 1024, 560, body, css, scale, dark, "2FA page, one-digit boxes OTP (keep), S box confirm")

# ---------- 11. stacked chart with data labels + vertical table header ----------
def chart(scale):
    cores = [I.mpan_core() for _ in range(3)]
    css = BASE + """
.w{display:flex;gap:20px;padding:16px;background:#fff;height:100%;box-sizing:border-box}
table{border-collapse:collapse;font-size:12px}td{border:1px solid #ccc;padding:3px 5px}
th{border:1px solid #ccc;height:130px;vertical-align:bottom;padding:4px 2px}
th div{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal}
"""
    bars = ""
    for i, c in enumerate(cores):
        x = 70 + i * 120
        bars += '<rect x="%d" y="120" width="60" height="120" fill="#4e79a7"/><rect x="%d" y="60" width="60" height="60" fill="#f28e2b"/>' % (x, x)
        bars += '<text x="%d" y="185" fill="#fff" font-size="13" text-anchor="middle">%s</text>' % (x + 30, "412.%d" % i)
        bars += '<text x="%d" y="95" font-size="13" text-anchor="middle">%s</text>' % (x + 30, "%d.5" % (200 + i))
    svg = '<svg width="420" height="300">%s<text x="10" y="22" font-size="15">Import vs export kWh, %s</text></svg>' % (bars, "Q1 2026")
    th = "".join("<th><div>%s</div></th>" % idn("mpan", c) for c in cores).replace('data-rot="0"', 'data-rot="90"')
    body = '<div class=w><div>%s<div style="font-size:12px">%s</div></div><table><tr><th><div>%s</div></th>%s</tr><tr><td>Jan</td><td>412.0</td><td>388.1</td><td>401.7</td></tr><tr><td>Feb</td><td>%s</td><td>301.9</td><td>355.2</td></tr></table></div>' % (
        svg, keep("Source: DIP-00983211", "msgid"), keep("Month", "label"), th, keep("399.4", "amount"))
    render("chart_vertical_headers_%g" % scale, 900, 330, body, css, scale, False, "stacked columns with labels; MPANs in vertical (rotated 270) table headers")

# ---------- 12. file save dialog with selection over half a value ----------
def savedialog(dark, scale):
    core = I.mpan_core(); core2 = I.mpan_core(); mp = I.mprn()
    css = BASE + """
.dlg{position:absolute;left:80px;top:40px;width:760px;background:#fff;border:1px solid #999;box-shadow:0 8px 30px #0005}.dark .dlg{background:#2b2b2b}
.t{background:#f0f0f0;padding:6px 10px}.dark .t{background:#202020}
.list div{padding:3px 10px;font-size:13px}
.fn{margin:10px;display:flex;gap:8px;align-items:center}.fn .in{border:1px solid #0067c0;padding:4px 6px;width:520px;font-size:13px;background:#fff;color:#000}
.sel{background:#0078d7;color:#fff}
"""
    body = """<div class=dlg><div class=t>Save As</div><div style="display:flex"><div style="width:160px;padding:8px;font-size:12px">Quick access<br>Desktop<br>Evidence (\\\\fs01)<br>This PC</div>
<div class=list style="flex:1"><div>📄 %s</div><div>📄 reads_%s.csv</div><div>📄 %s</div></div></div>
<div class=fn><span>File name:</span><span class=in data-role="id" data-k="mpan" data-v="%s" data-rot="0">D0010_<span class=sel>%s</span>%s_%s.csv</span></div>
<div class=fn><span>Save as type:</span><span>%s</span></div></div>""" % (
        keep("TC-0417_step3.png", "keep"), idn("mprn", mp), keep("summary_2026-03-12.docx", "keep"), core, core[:6], core[6:], "20260312",
        keep("CSV UTF-8 (Comma delimited)", "keep"))
    render("save_dialog_%s_%g" % ("dark" if dark else "light", scale), 960, 320, body, css, scale, dark, "file-save dialog, MPAN in file name half-selected, MPRN in a file name")

# ---------- 13. PDF annotation tool over a bill S box ----------
def pdfannot(dark, scale):
    core = I.mpan_core(); top = I.mpan_top(); mp = I.mprn(); n = I.name()
    css = BASE + """
.tool{height:40px;background:#323639;color:#fff;display:flex;align-items:center;gap:16px;padding:0 12px;font-size:13px}
.page{position:absolute;left:170px;top:60px;width:600px;height:520px;background:#fff;color:#000;font-family:'Liberation Serif',serif;padding:24px;box-sizing:border-box}
.hl{background:#ffeb3b88}
.note{position:absolute;left:790px;top:160px;width:220px;background:#fff59d;color:#000;padding:8px;font-size:12px;box-shadow:2px 2px 6px #0004}
body{background:#525659}
"""
    body = """<div class=tool><span>bill_march.pdf</span><span>Highlight</span><span>Comment</span><span>%s</span></div>
<div class=page><div style="font-size:20px">Your electricity and gas bill</div><div>%s · Bill date %s</div><br>
<div>Supply number</div><div class=hl style="display:inline-block;padding:4px">%s</div><br><br><div>Gas meter point reference %s</div><div>Total due %s</div></div>
<div class=note>💬 %s: MPRN %s does not match the D0010 — see %s</div>""" % (
        keep("Page 1 / 3", "keep"), idn("name", n), keep(I.date(), "date"), sbox(core, top), idn("mprn", mp), keep(I.amount(), "amount"),
        keep("Reviewer", "keep"), idn("mprn", mp), keep("DEF-3017", "ref"))
    render("pdf_annot_%s_%g" % ("dark" if dark else "light", scale), 1100, 620, body, css, scale, dark, "PDF annotation tool: highlighted S box, sticky note with MPRN")

# ---------- 14. lone text on big screens, dual monitor ----------
def lone(scale, W, H_, name, fs):
    core = I.mpan_core(); es = I.elec_serial()
    css = BASE + "body{background:#0f3b5f}.t{position:absolute;color:#dde;font-size:%dpx}" % fs
    body = '<div class=t style="left:%dpx;top:%dpx">%s</div><div class=t style="left:%dpx;top:%dpx">%s</div><div class=t style="left:20px;top:%dpx">%s</div>' % (
        W * 0.71, H_ * 0.63, idn("mpan", core), W * 0.12, H_ * 0.2, idn("elec_serial", es), H_ - 30, keep("Recycle Bin", "keep"))
    render(name, W, H_, body, css, scale, True, "sparse small text on a large empty desktop")

# ---------- 15. spreadsheet: cell being edited, formula bar + cell ----------
def sheet_edit(scale):
    core = I.mpan_core(); core2 = I.mpan_core(); mp = I.mprn()
    css = BASE + """
body{font:13px 'Liberation Sans';background:#fff}
.fb{display:flex;border-bottom:1px solid #ccc;height:28px;align-items:center}.nb{width:80px;border-right:1px solid #ccc;padding:0 6px}
table{border-collapse:collapse}td{border:1px solid #e0e0e0;width:130px;height:22px;padding:0 4px;font-size:13px;white-space:nowrap;overflow:hidden}
td.h{background:#f3f3f3;text-align:center;width:40px}.ed{outline:2px solid #217346;background:#fff}
.sq{text-decoration:underline wavy red}
"""
    body = """<div class=fb><div class=nb>B3</div><div style="padding:0 8px">ƒx &nbsp; %s</div></div>
<table><tr><td class=h></td><td class=h>A</td><td class=h>B</td><td class=h>C</td><td class=h>D</td></tr>
<tr><td class=h>1</td><td>%s</td><td>MPAN</td><td>MPRN</td><td>Notes</td></tr>
<tr><td class=h>2</td><td>%s</td><td>%s</td><td>%s</td><td><span class=sq>%s</span></td></tr>
<tr><td class=h>3</td><td>%s</td><td class=ed>%s|</td><td></td><td>%s</td></tr></table>""" % (
        idn("mpan", core), keep("Case", "label"), keep("TC-0417", "ref"), idn("mpan", core2), idn("mprn", mp), keep("Reedings ok", "keep"), keep("TC-0418", "ref"), idn("mpan", core), keep("1,284 kWh", "amount"))
    render("sheet_cell_edit_%g" % scale, 720, 150, body, css, scale, False, "cell being edited: MPAN in formula bar and cell; spell squiggle")

if __name__ == "__main__":
    phone_app(False); phone_app(True)
    tablet_job(False, 1.5); tablet_job(True, 1.0)
    win11(False, 1.25); win11(True, 1.75)
    lightning(False, 1.0); lightning(True, 1.25)
    sapgui(1.0); sapgui(1.5)
    browser(False, 1.25); browser(True, 1.0)
    diff(False, 1.0); diff(True, 1.5)
    kanban(False, 1.25); kanban(True, 1.0)
    calendar(1.5)
    login2fa(False, 1.0); login2fa(True, 1.25)
    chart(1.0); chart(1.5)
    savedialog(False, 1.25); savedialog(True, 1.0)
    pdfannot(False, 1.0); pdfannot(True, 1.5)
    lone(1.0, 1920, 1080, "lone_desktop_1080p", 13)
    lone(1.0, 3840, 1080, "dual_monitor_3840", 12)
    lone(3.0, 640, 360, "a11y_zoom_300", 13)
    lone(2.0, 960, 540, "a11y_zoom_200", 12)
    sheet_edit(1.0); sheet_edit(1.25)
