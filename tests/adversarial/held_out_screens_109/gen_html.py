"""Headless-Chromium screens. Boxes = DOM getClientRects() x device scale factor.
usage: python3 gen_html.py OUTDIR"""
import sys, os, json, re, subprocess, html, random
from ids import Vals, group, eui_fmt

OUT = sys.argv[1] if len(sys.argv) > 1 else "corpus"
os.makedirs(OUT, exist_ok=True)
os.makedirs(OUT + "/_html", exist_ok=True)
E = html.escape

JS = r"""
<script>
function __dump(){
  if (location.hash !== '#dump') return;
  const out=[];
  document.querySelectorAll('[data-r]').forEach(el=>{
    const rs=[];
    for (const r of el.getClientRects()) { if (r.width>0.5 && r.height>0.5) rs.push([r.left,r.top,r.width,r.height]); }
    out.push({r:el.dataset.r,k:el.dataset.k,v:el.dataset.v,s:el.textContent,ml:el.dataset.ml||'',rects:rs});
  });
  const p=document.createElement('pre'); p.id='__out'; p.style.display='none';
  p.textContent=JSON.stringify({items:out,W:innerWidth,H:innerHeight}); document.body.appendChild(p);
}
window.addEventListener('load',()=>{document.fonts.ready.then(()=>setTimeout(__dump,50));});
</script>"""


class Page:
    def __init__(self, seed):
        self.v = Vals(seed)
        self.r = self.v.r

    def I(self, kind, value, surface=None, tag="span", cls="", style="", ml=False, inner=None):
        surface = value if surface is None else surface
        body = inner if inner is not None else E(surface)
        return '<%s class="%s" style="%s" data-r="id" data-k="%s" data-v="%s"%s>%s</%s>' % (
            tag, cls, style, kind, E(value), ' data-ml="1"' if ml else "", body, tag)

    def K(self, kind, value, surface=None, tag="span", cls="", style=""):
        surface = value if surface is None else surface
        return '<%s class="%s" style="%s" data-r="keep" data-k="%s" data-v="%s">%s</%s>' % (
            tag, cls, style, kind, E(value), E(surface), tag)


def theme_css(theme):
    if theme == "dark":
        return ":root{--bg:#1e1f22;--fg:#e6e6e6;--mut:#a0a4ab;--card:#2b2d31;--line:#44474d;--acc:#6cb4ff;--head:#25272b}"
    return ":root{--bg:#f4f5f7;--fg:#1d1d1f;--mut:#5f6368;--card:#ffffff;--line:#d0d4da;--acc:#0b62c4;--head:#e9ecf1}"


BASE = """body{margin:0;background:var(--bg);color:var(--fg);font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:13px}
table{border-collapse:collapse} td,th{border:1px solid var(--line);padding:3px 6px;text-align:left;white-space:nowrap}
th{background:var(--head);font-weight:600} .mut{color:var(--mut)} .card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px;margin:8px}
"""

ICON = '<svg width="11" height="11" viewBox="0 0 10 10" style="vertical-align:-1px;margin:0 3px"><rect x="1" y="1" width="6" height="7" fill="none" stroke="currentColor"/><rect x="3" y="3" width="6" height="6" fill="none" stroke="currentColor"/></svg>'


# ---------------------------------------------------------------- designs
def d_regs(p, theme):
    """MHHS Registration Service MPAN history: S box whose check digit is a <sup>, copy icons between groups."""
    v = p.v
    core, top = v.mpan(), v.mpan_top()
    g = [core[:2], core[2:6], core[6:10], core[10:12]]
    inner = ICON.join(g) + ICON + "<sup style='font-size:9px;color:var(--acc)'>%s</sup>" % core[12]
    sbox = """<div class=card style="display:inline-flex;align-items:center;border:2px solid var(--fg);border-radius:0">
      <div style="font:bold 34px 'Liberation Serif';padding:0 12px">S</div>
      <div style="font-family:'DejaVu Sans Mono';font-size:14px;line-height:22px">%s<br>%s</div></div>""" % (
        p.I("mpan_top", top, group(top, [2, 3, 3])), p.I("mpan", core, None, inner=inner))
    rows = ""
    for i in range(9):
        m = v.mpan()
        surf = p.r.choice([m, group(m, [2, 4, 4, 3]), group(m, [4, 4, 5]), group(m, [2, 4, 4, 2, 1])])
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            p.K("ts", v.ts()), p.K("flow", v.flow()), p.I("mpan", m, surf), p.K("dip", v.dip()),
            p.I("name", v.name()), p.K("tc", v.tc()), p.K("word", p.r.choice(["Accepted", "Rejected", "Pending", "Read"])))
    nm = v.name()
    cust = """<div class=card style="width:300px"><b>Customer</b><br>%s<br>%s<br>%s, %s<br>%s<br>%s<br>
      <span class=mut>Gas supply point</span> %s<br><span class=mut>MPRN</span> %s<br><span class=mut>Account</span> %s<br>
      <span class=mut>Ref</span> %s</div>""" % (
        p.I("name", nm), p.I("address", v.street()), v.town(), p.I("postcode", v.postcode()), p.I("phone", v.phone()),
        p.I("email", v.email(nm)), p.I("mprn", v.mprn(10)), p.I("mprn", v.mprn()), p.I("account", v.account()), p.K("mpanref", v.mpanref()))
    return 1366, 768, """<div style="background:var(--acc);color:#fff;padding:8px 14px;font-size:15px">REGS &middot; Registration history &middot; %s &middot; build %s</div>
    <div style="display:flex"><div>%s%s</div><div class=card><table><tr><th>Effective</th><th>Flow</th><th>MPAN</th><th>DIP message</th><th>Registrant</th><th>Test case</th><th>State</th></tr>%s</table></div></div>""" % (
        p.K("ticket", v.ticket()), p.K("version", v.version()), sbox, cust, rows)


def d_sheet(p, theme):
    """Web spreadsheet whose MPAN/MPRN/account columns carry a #,##0 number format (thousands separators)."""
    v = p.v
    def th(n): return "{:,}".format(int(n))
    rows = ""
    first = None
    for i in range(16):
        m, g, a = v.mpan(), v.mprn(10), v.account()
        first = first or m
        ser = v.serial_e() if i % 2 else v.serial_g()
        rows += "<tr><td class=mut>%d</td><td style='text-align:right'>%s</td><td style='text-align:right'>%s</td><td>%s</td><td style='text-align:right'>%s</td><td style='text-align:right'>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            i + 2, p.I("mpan", m, th(m)), p.I("mprn", g, th(g)), p.I("serial", ser), p.I("account", a, th(a)),
            p.K("amount", v.amount()), p.K("reading", v.reading()), p.K("date", v.date()), p.K("tc", v.tc()))
    fbar = "<div style='border-bottom:1px solid var(--line);padding:4px 8px;font-family:Liberation Sans'><b>fx</b>&nbsp;&nbsp;%s</div>" % p.I("mpan", first)
    return 1280, 720, """<style>td{font-family:'Liberation Sans';font-size:12.5px;padding:2px 6px}</style>
    <div style="background:#217346;color:#fff;padding:6px 10px">Book1 &middot; MHHS_QT_sites.xlsx &middot; %s</div>%s
    <table style="margin:0"><tr><th></th><th>B: MPAN</th><th>C: MPRN</th><th>D: Meter serial</th><th>E: Account</th><th>F: Balance</th><th>G: Reading</th><th>H: Read date</th><th>I: Case</th></tr>%s</table>
    <div class=mut style="padding:6px">Sheet1 &nbsp; %s &nbsp; %s</div>""" % (p.K("version", v.version()), fbar, rows, p.K("flow", v.flow()), p.K("word", "Grace period"))


def d_clip(p, theme):
    """Windows clipboard-history flyout on an empty 1920x1080 desktop; clips clamp at 3 lines; one break-all JSON clip."""
    v = p.v
    clips = ""
    for i in range(6):
        nm = v.name()
        if i == 2:
            m = v.mpan()
            txt = '{"mpan":"%s","sn":"%s","ref":"%s"}' % ("", "", "")
            body = '<div style="word-break:break-all;font-family:DejaVu Sans Mono;font-size:12px">{"mpan":"%s","msn":"%s","corr":"%s"}</div>' % (
                p.I("mpan", m), p.I("serial", v.serial_e()), p.K("uuid", v.uuid()))
        else:
            m = v.mpan()
            body = "<div style='display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden'>MPAN %s %s<br>%s, %s<br>%s %s</div>" % (
                p.I("mpan", m, group(m, [2, 4, 4, 3])), p.I("name", nm), p.I("address", v.street()), p.I("postcode", v.postcode()),
                p.I("phone", v.phone()), p.K("tc", v.tc()))
        clips += "<div style='background:#2c2c2c;border-radius:6px;margin:6px;padding:9px 11px;color:#f0f0f0;font-family:Liberation Sans;font-size:13px'>%s<div style='color:#9a9a9a;font-size:11px;margin-top:4px'>%s &middot; %s</div></div>" % (
            body, p.K("ts", v.ts()), p.K("word", "Pin"))
    return 1920, 1080, """<div style="position:absolute;inset:0;background:linear-gradient(135deg,#0f3057,#1b6ca8)"></div>
    <div style="position:absolute;right:14px;bottom:60px;width:360px;background:#202020;border-radius:8px;padding:6px;box-shadow:0 8px 24px #0008">
    <div style="color:#fff;padding:6px 10px;font-family:Liberation Sans">Clipboard &nbsp;<span style='color:#aaa'>Clear all</span></div>%s</div>
    <div style="position:absolute;left:0;right:0;bottom:0;height:48px;background:#1c1c1cee;color:#fff;font-family:Liberation Sans;font-size:12px;text-align:right;padding:8px 16px;box-sizing:border-box">%s<br>%s</div>""" % (
        clips, p.K("ts", "14:07"), p.K("date", v.date()))


def d_gradient(p, theme):
    """Confirmation page: identifiers painted with background-clip:text gradients and mix-blend-mode:difference."""
    v = p.v
    out = []
    grads = ["linear-gradient(90deg,#0b62c4,#9be7ff)", "linear-gradient(90deg,#ff7a18,#af002d 60%,#319197)",
             "linear-gradient(180deg,#222,#bbb)", "linear-gradient(90deg,#111 0%,#111 50%,#ddd 50%)"]
    for i in range(6):
        gr = grads[i % 4]
        st = "background:%s;-webkit-background-clip:text;background-clip:text;color:transparent;font-weight:700" % gr
        m = v.mpan()
        out.append("<div style='font-size:%dpx;margin:6px 0'>Supply %s &middot; %s &middot; %s</div>" % (
            p.r.choice([16, 20, 26]), p.I("mpan", m, group(m, [2, 4, 4, 3]), style=st), p.I("name", v.name(), style=st), p.K("tc", v.tc())))
    split = ""
    for i in range(5):
        split += "<div style='font-size:18px;margin:8px 0'>%s &nbsp; %s &nbsp; %s &nbsp; %s</div>" % (
            p.I("mprn", v.mprn(10)), p.I("postcode", v.postcode()), p.I("email", v.email()), p.K("flow", v.flow()))
    return 1440, 900, """<div style="padding:24px 40px"><h1 style="font-family:Liberation Sans">Your switch is confirmed</h1>%s</div>
    <div style="position:relative;height:240px;background:linear-gradient(90deg,#fff 0 50%%,#000 50%% 100%%)">
      <div style="position:absolute;left:40px;top:20px;color:#fff;mix-blend-mode:difference;font-family:DejaVu Sans Mono">%s</div></div>
    <div class=mut style="padding:10px 40px">%s &middot; %s &middot; %s</div>""" % (
        "".join(out), split, p.K("uuid", v.uuid()), p.K("version", v.version()), p.K("amount", v.amount()))


def d_perspective(p, theme):
    """Slide viewer in cover-flow: central slide in CSS perspective (rotateY), side slides steeper."""
    v = p.v
    def slide(n):
        rows = ""
        for i in range(n):
            m = v.mpan()
            rows += "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (p.K("mpanref", v.mpanref()), p.I("mpan", m), p.I("serial", v.serial_e()), p.K("flow", v.flow()))
        return "<div style='background:#fff;color:#111;padding:16px;width:520px;font-family:Liberation Sans;font-size:15px'><h3 style='margin:0 0 8px'>QT step 3: payload %s</h3><table>%s</table><p>Contact %s, %s</p></div>" % (
            p.K("tc", v.tc()), rows, p.I("name", v.name()), p.I("phone", v.phone()))
    return 1600, 900, """<style>td{border-color:#999}</style><div style="perspective:1200px;display:flex;justify-content:center;align-items:center;height:860px;gap:0">
    <div style="transform:rotateY(48deg) scale(.8)">%s</div>
    <div style="transform:rotateY(-14deg) rotateX(6deg)">%s</div>
    <div style="transform:rotateY(-48deg) scale(.8)">%s</div></div>""" % (slide(4), slide(7), slide(4))


def d_frame(p, theme):
    """GBCS frame decoder: EUI-64 device ids as space-separated bytes, dotted, lower case; 16-digit counters to keep."""
    v = p.v
    lines = ""
    styles = ["space", "dash", "lower", "dot4", "colon", "dot", "space", "plain"]
    for i in range(12):
        e = v.eui64()
        st = styles[i % len(styles)]
        ctr = "%016d" % p.r.randint(10 ** 12, 10 ** 15)
        lines += "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            p.K("ts", v.ts()), p.K("sr", p.r.choice(["SR 8.2", "SR 11.2", "SR 4.8.1", "ECS68", "CS11", "SR 6.15.1"])),
            p.I("eui64", e, eui_fmt(e, st)), p.K("counter", ctr, ctr), p.K("uuid", v.uuid()))
    hexd = ""
    for i in range(6):
        e = v.eui64()
        bs = eui_fmt(e, "space")
        hexd += "<div>%04X &nbsp;D9 02 %s 00 02 %s</div>" % (i * 16, p.I("eui64", e, bs), p.K("hex", "6A 3F", "6A 3F"))
    return 1366, 768, """<style>td{font-family:'DejaVu Sans Mono';font-size:12px}</style>
    <div style="background:#333;color:#eee;padding:6px 12px">GFI frame decoder &middot; %s &middot; %s</div>
    <div style="display:flex"><div class=card><table><tr><th>Received</th><th>Service</th><th>Business target</th><th>Originator counter</th><th>Correlation</th></tr>%s</table></div>
    <div class=card style="font-family:'DejaVu Sans Mono';font-size:12px;white-space:nowrap">%s</div></div>""" % (
        p.K("version", "GBCS v4.0"), p.K("ticket", v.ticket()), lines, hexd)


def d_letter(p, theme):
    """Change-of-tenancy letter: dot leaders run into values, thin-space and non-breaking-hyphen groupings."""
    v = p.v
    nm = v.name()
    addr = "%s<br>%s<br>%s<br>%s" % (p.I("name", nm), p.I("address", v.street()), v.town(), p.I("postcode", v.postcode()))
    def lead(label, item):
        return "<div style='display:flex;white-space:nowrap;overflow:hidden'><span>%s</span><span style='flex:1;overflow:hidden'>%s</span>%s</div>" % (label, "." * 200, item)
    rows = []
    for i in range(8):
        m = v.mpan()
        surf = p.r.choice([group(m, [2, 4, 4, 3], "\u2009"), group(m, [2, 4, 4, 3], "\u2011"), m])
        rows.append(lead("Supply number (MPAN core) %d" % (i + 1), p.I("mpan", m, surf)))
        rows.append(lead("Meter serial", p.I("serial", v.serial_e())))
    for i in range(3):
        rows.append(lead("Gas meter point reference", p.I("mprn", v.mprn(10))))
    rows.append(lead("Account number", p.I("account", v.account())))
    rows.append(lead("Our reference", p.K("mpanref", v.mpanref())))
    rows.append(lead("Closing reading", p.K("reading", v.reading())))
    rows.append(lead("Final balance", p.K("amount", v.amount())))
    return 1000, 1300, """<div style="background:#fff;color:#111;width:800px;margin:20px auto;padding:50px 60px;font-family:'Liberation Serif';font-size:15px;line-height:1.5">
    <div style="height:140px">%s</div><p>%s</p><p>Dear %s,</p><p>We have recorded the change of tenancy below. If anything is wrong please call %s or e-mail %s.</p>%s
    <p>Case %s &middot; %s</p></div>""" % (addr, p.K("date", v.date()), p.I("name", nm), p.I("phone", v.phone()), p.I("email", v.email(nm)),
                                      "".join(rows), p.K("ticket", v.ticket()), p.K("word", "Will follow up"))


def d_tight(p, theme):
    """Asset register in Liberation Sans Narrow with negative letter-spacing; lower-case serials; colon EUI-64."""
    v = p.v
    rows = ""
    for i in range(18):
        ser = v.serial_e() if i % 3 else v.serial_g()
        surf = ser.lower() if i % 4 == 1 else ser
        e = v.eui64()
        pt = v.mpan() if i % 2 else v.mprn(10)
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            p.K("asset", "AST-%05d" % p.r.randint(1, 99999)), p.I("serial", ser, surf), p.I("eui64", e, eui_fmt(e, "colon")),
            p.I("mpan" if len(pt) == 13 else "mprn", pt), p.K("date", v.date()), p.K("version", v.version()),
            p.K("word", p.r.choice(["Installed", "Commissioned", "Hope Street store", "Removed"])))
    return 1100, 700, """<style>td{font-family:'Liberation Sans Narrow';font-size:13px;letter-spacing:-0.05em;padding:1px 4px}</style>
    <div class=card><b>Meter asset register</b> &middot; %s<table style="margin-top:6px"><tr><th>Asset</th><th>MSN</th><th>Device ID</th><th>Supply point</th><th>Installed</th><th>Firmware</th><th>Status</th></tr>%s</table></div>""" % (p.K("tc", v.tc()), rows)


def d_badges(p, theme):
    """CRM list: a notification badge and a pin icon overlap the last digits of identifier chips."""
    v = p.v
    cards = ""
    for i in range(10):
        m = v.mpan()
        chip = "<span style='position:relative;display:inline-block;background:var(--head);border-radius:12px;padding:3px 12px;margin:2px'>%s<span style='position:absolute;right:-6px;top:-7px;background:#d93025;color:#fff;border-radius:9px;font-size:11px;padding:1px 5px'>%d</span></span>" % (
            p.I("mpan", m), p.r.randint(1, 9))
        nm = v.name()
        cards += "<div class=card style='display:flex;gap:14px;align-items:center'><span style='width:36px;height:36px;border-radius:18px;background:#7b61ff;color:#fff;display:inline-flex;align-items:center;justify-content:center;margin-right:-22px;z-index:1;opacity:.85'>%s</span>%s %s %s %s %s</div>" % (
            nm[0] + nm.split()[1][0], p.I("name", nm), chip, p.I("postcode", v.postcode()), p.K("ticket", v.ticket()), p.K("flow", v.flow()))
    return 1280, 900, "<div style='padding:10px'><h2>Open cases &middot; %s</h2>%s</div>" % (p.K("ts", v.ts()), cards)


def d_explainer(p, theme):
    """Help page 'where to find your supply number': S boxes with captions under each group, three designs."""
    v = p.v
    boxes = ""
    for i in range(3):
        core, top = v.mpan(), v.mpan_top()
        caps_t = ["Profile class", "Meter time-switch", "Line loss factor"]
        caps_c = ["Distributor", "Unique reference", "", "Check"]
        def cell(txt, cap):
            return "<div style='display:inline-block;text-align:center;margin:0 6px'><div style='font-size:%dpx;font-family:Liberation Sans'>%s</div><div style='font-size:10px;color:var(--mut)'>%s</div></div>" % (fs, txt, cap)
        fs = [16, 19, 14][i]
        tg = [top[:2], top[2:5], top[5:]]
        cg = [core[:2], core[2:6], core[6:10], core[10:13]]
        t_inner = "".join(cell(E(x), c) for x, c in zip(tg, caps_t))
        c_inner = "".join(cell(E(x), c) for x, c in zip(cg, caps_c))
        border = ["2px solid var(--fg)", "3px double var(--acc)", "1px dashed var(--mut)"][i]
        boxes += """<div class=card style="display:inline-flex;align-items:center;border:%s;margin:14px"><div style="font:bold 44px 'Liberation Sans';padding-right:14px">S</div>
        <div>%s<br>%s</div></div>""" % (border, p.I("mpan_top", top, inner=t_inner), p.I("mpan", core, inner=c_inner))
    gas = ""
    for i in range(4):
        g = v.mprn(10)
        gas += "<div class=card style='display:inline-block'><span class=mut>Meter Point Reference Number</span><br><span style='font-size:20px;letter-spacing:3px'>%s</span></div>" % p.I("mprn", g)
    return 1280, 800, """<div style='padding:16px 28px'><h2>Where do I find my supply number? %s</h2><p>Look for the box marked S on page 2 of your bill (%s).</p>%s<h3>Gas</h3>%s
    <p class=mut>Updated %s &middot; %s &middot; %s</p></div>""" % (p.K("ticket", v.ticket()), p.K("word", "Read"), boxes, gas, p.K("date", v.date()), p.K("version", v.version()), p.K("uuid", v.uuid()))


DESIGNS = {
    "regs": (d_regs, [(1.0, "light"), (1.5, "dark"), (2.0, "light")]),
    "sheet": (d_sheet, [(1.0, "light"), (1.25, "dark"), (2.0, "light")]),
    "clip": (d_clip, [(1.0, "dark"), (1.25, "dark")]),
    "gradient": (d_gradient, [(1.0, "light"), (1.5, "light")]),
    "perspective": (d_perspective, [(1.0, "dark"), (1.5, "dark")]),
    "frame": (d_frame, [(1.0, "light"), (1.5, "dark"), (2.5, "light")]),
    "letter": (d_letter, [(1.0, "light"), (1.5, "light")]),
    "tight": (d_tight, [(1.0, "light"), (1.25, "dark"), (2.0, "dark")]),
    "badges": (d_badges, [(1.0, "light"), (1.5, "dark")]),
    "explainer": (d_explainer, [(1.0, "light"), (1.25, "dark"), (2.5, "light")]),
}


def chrome(args):
    return subprocess.run(["nice", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--font-render-hinting=none", "--virtual-time-budget=3000"] + args,
                          capture_output=True, text=True, timeout=120)


def main():
    only = sys.argv[2:] 
    seed = 5200
    for dname, (fn, variants) in DESIGNS.items():
        for scale, theme in variants:
            seed += 1
            if only and dname not in only: continue
            p = Page(seed)
            W, H, body = fn(p, theme)
            name = "h_%s_%s_%d" % (dname, theme, int(scale * 100))
            doc = "<!doctype html><html><head><meta charset=utf-8><style>%s%s</style></head><body><div style='position:relative;height:%dpx;overflow:hidden'>%s</div>%s</body></html>" % (theme_css(theme), BASE, H, body, JS)
            hp = os.path.abspath("%s/_html/%s.html" % (OUT, name))
            open(hp, "w").write(doc)
            ws = "--window-size=%d,%d" % (W, H)
            dsf = "--force-device-scale-factor=%s" % scale
            r = chrome([ws, dsf, "--dump-dom", "file://" + hp + "#dump"])
            m = re.search(r'<pre id="__out" style="display: none;">(.*?)</pre>', r.stdout, re.S)
            if not m:
                print("NO DUMP", name, r.stderr[-500:]); continue
            data = json.loads(html.unescape(m.group(1)))
            png = os.path.abspath("%s/%s.png" % (OUT, name))
            chrome([ws, dsf, "--screenshot=" + png, "file://" + hp])
            items = []
            for n, it in enumerate(data["items"]):
                rects = [[round(x * scale), round(y * scale), round(w * scale), round(h * scale)] for x, y, w, h in it["rects"]]
                items.append({"id": "%s#%d" % (name, n), "role": it["r"], "kind": it["k"], "value": it["v"], "surface": it["s"],
                              "rects": rects, "ml": bool(it["ml"])})
            truth = {"image": name + ".png", "design": dname, "toolkit": "chromium", "scale": scale, "theme": theme,
                     "css_viewport": [data["W"], data["H"]], "items": items}
            json.dump(truth, open("%s/%s.json" % (OUT, name), "w"), indent=1, ensure_ascii=False)
            print(name, len([i for i in items if i["role"] == "id"]), len([i for i in items if i["role"] == "keep"]))


if __name__ == "__main__":
    main()
