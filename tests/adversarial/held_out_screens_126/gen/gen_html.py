"""Chromium-rendered screens. Boxes: DOM client rects x DPR (from a --dump-dom of the same page/flags)."""
import json, os, re, subprocess, sys, html
sys.path.insert(0, os.path.dirname(__file__))
import ids
OUT = sys.argv[1] if len(sys.argv) > 1 else "../corpus"
WORK = "../work/html"
os.makedirs(OUT, exist_ok=True); os.makedirs(WORK, exist_ok=True)
e = html.escape

class Page:
    def __init__(self, seed):
        self.g = ids.Gen(seed); self.items = []; self.n = 0
    def _span(self, role, kind, value, surface=None, cls="", tag="span", grp=None, extra=""):
        surface = value if surface is None else surface
        self.n += 1; i = grp or ("i%d" % self.n)
        if not grp:
            self.items.append(dict(id=i, role=role, kind=kind, value=value, surface=surface))
        return '<%s data-i="%s" class="%s" %s>%s</%s>' % (tag, i, cls, extra, e(surface), tag)
    def I(self, kind, value=None, surface=None, cls="", **kw):
        if value is None:
            value = getattr(self.g, {"mpan": "mpan_core", "elec_serial": "elec_serial"}.get(kind, kind))()
        return self._span("id", kind, value, surface, cls, **kw)
    def K(self, value=None, kind="keep", cls="", **kw):
        if value is None: value = self.g.keep()
        return self._span("keep", kind, value, None, cls, **kw)
    def N(self, value, kind="neutral", cls="", **kw):
        return self._span("neutral", kind, value, None, cls, **kw)
    def inline_full(self):
        core = self.g.mpan_core(); pc, mtc, llf = self.g.top_line()
        return self.I("mpan_full", pc + mtc + llf + core, "%s %s %s %s %s %s %s" % (pc, mtc, llf, core[:2], core[2:6], core[6:10], core[10:]))
    def group_item(self, role, kind, value, surface):
        self.n += 1; i = "i%d" % self.n
        self.items.append(dict(id=i, role=role, kind=kind, value=value, surface=surface)); return i
    def sbox(self, cls="sbox", wrap_core=False, sep_rule=False, s_right=False):
        g = self.g; core = g.mpan_core(); pc, mtc, llf = g.top_line()
        cid = self.group_item("id", "mpan_sbox", core, "%s %s %s" % (core[:2], core[2:6] + " " + core[6:10], core[10:]))
        tid = self.group_item("neutral", "sbox_top", pc + mtc + llf, "%s %s %s" % (pc, mtc, llf))
        def sp(i, t): return '<span data-i="%s" class="grp">%s</span>' % (i, t)
        sepc = '<span class="vr"></span>' if sep_rule else ""
        top = sepc.join(sp(tid, t) for t in (pc, mtc, llf))
        parts = [core[:2], core[2:6], core[6:10], core[10:]]
        if wrap_core:
            bot = sp(cid, parts[0]) + sepc + sp(cid, parts[1]) + "<br>" + sp(cid, parts[2]) + sepc + sp(cid, parts[3])
        else:
            bot = sepc.join(sp(cid, t) for t in (parts[0], parts[1] + " " + parts[2], parts[3]))
        S = '<div class="S">S</div>'
        body = '<div class="rows"><div class="top">%s</div><div class="core">%s</div></div>' % (top, bot)
        return '<div class="%s">%s</div>' % (cls, body + S if s_right else S + body)

JS = """<script>
window.addEventListener('load',()=>{const m={};document.querySelectorAll('[data-i]').forEach(el=>{
 const id=el.getAttribute('data-i');let rs=Array.from(el.getClientRects());if(!rs.length)rs=[el.getBoundingClientRect()];
 rs=rs.map(r=>{let a=[r.left,r.top,r.right,r.bottom];for(let p=el.parentElement;p;p=p.parentElement){const o=getComputedStyle(p).overflow;if(o!=='visible'&&p!==document.body&&p!==document.documentElement){const q=p.getBoundingClientRect();a=[Math.max(a[0],q.left),Math.max(a[1],q.top),Math.min(a[2],q.right),Math.min(a[3],q.bottom)];}}return {left:a[0],top:a[1],right:a[2],bottom:a[3],width:a[2]-a[0],height:a[3]-a[1]};});
 m[id]=(m[id]||[]).concat(rs.filter(r=>r.width>0&&r.height>0).map(r=>[r.left,r.top,r.right,r.bottom]));});
 document.body.setAttribute('data-rects',JSON.stringify(m));});</script>"""

def render(name, page, body, css, w, h, dpr):
    src = os.path.abspath(os.path.join(WORK, name + ".html"))
    with open(src, "w") as f:
        f.write("<!doctype html><html><head><meta charset=utf-8><style>%s</style></head><body>%s%s</body></html>" % (css, body, JS))
    flags = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none",
             "--force-device-scale-factor=%s" % dpr, "--window-size=%d,%d" % (w, h), "--virtual-time-budget=2000"]
    png = os.path.join(OUT, name + ".png")
    subprocess.run(flags + ["--screenshot=" + os.path.abspath(png), "file://" + src], check=True, capture_output=True)
    dom = subprocess.run(flags + ["--dump-dom", "file://" + src], check=True, capture_output=True, text=True).stdout
    m = re.search(r'data-rects="([^"]*)"', dom)
    rects = json.loads(html.unescape(m.group(1)))
    items = []
    for it in page.items:
        rs = rects.get(it["id"], [])
        it = dict(it, boxes=[[round(a * dpr) for a in r] for r in rs if r[2] > 0 and r[3] > 0 and r[0] < w and r[1] < h])
        items.append(it)
    json.dump(dict(image=name + ".png", toolkit="chromium", scale=dpr, theme=THEME, design=DESIGN, items=items),
              open(os.path.join(OUT, name + ".json"), "w"), indent=1)
    print(name, len(items))

BASE = """body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:13px}
.light{--bg:#fff;--fg:#1d1d1f;--mut:#667;--pan:#f3f5f8;--bd:#cfd6df;--acc:#0a5bd3}
.dark{--bg:#16181d;--fg:#e6e6e6;--mut:#9aa3ad;--pan:#22262e;--bd:#3a404b;--acc:#7fb0ff}
.root{background:var(--bg);color:var(--fg);min-height:100vh}
.sbox{display:inline-flex;border:1.5px solid var(--fg);padding:4px 8px;gap:8px;align-items:center;font-family:'Liberation Mono',monospace;font-size:14px}
.sbox .S{font-size:34px;font-weight:bold;font-family:'Liberation Sans'}
.sbox .grp{margin-right:9px}.sbox .vr{display:inline-block;width:1px;height:14px;background:var(--fg);margin:0 6px 0 -3px;vertical-align:middle}
"""

def han(p, theme):
    g = p.g; nodes = []
    kinds = [("ESME", "Electricity meter"), ("GSME", "Gas meter"), ("CHF", "Comms hub"), ("GPF", "Gas proxy"), ("IHD", "In-home display"), ("PPMID", "Prepay interface"), ("CAD", "Consumer device")]
    pos = [(120, 90), (520, 90), (320, 260), (760, 260), (120, 430), (520, 430), (880, 470)]
    svg = ['<svg width="1040" height="600" style="position:absolute;left:20px;top:70px">']
    for a, b in [(0, 2), (1, 2), (2, 3), (2, 4), (2, 5), (3, 6), (0, 5), (1, 4), (4, 6)]:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        svg.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="1.3" stroke-dasharray="%s"/>' % (x1 + 90, y1 + 30, x2 + 90, y2 + 30, "#8a9" if theme == "light" else "#5a7", "5,3" if a == 2 else "0"))
    for (t, d), (x, y) in zip(kinds, pos):
        svg.append('<rect x="%d" y="%d" width="190" height="64" rx="8" fill="%s" fill-opacity="0.55" stroke="%s"/>' % (x, y, "#eef4ff" if theme == "light" else "#243048", "#7890b0"))
        svg.append('<text x="%d" y="%d" font-size="12" font-weight="bold" fill="currentColor">%s · %s</text>' % (x + 10, y + 18, t, d))
        eui = g.eui(g.r.choice(["-", ":", "", "."]))
        p.n += 1; i = "i%d" % p.n; p.items.append(dict(id=i, role="id", kind="eui64", value=eui, surface=eui))
        svg.append('<text data-i="%s" x="%d" y="%d" font-size="12" font-family="Liberation Mono" fill="currentColor">%s</text>' % (i, x + 10, y + 38, eui))
        k = g.r.choice(["SMETS2", "GBCS v4.0", "Zigbee SEP 1.2", "ch fw 3.1.5", "IHD fw 1.07"])
        p.n += 1; i = "i%d" % p.n; p.items.append(dict(id=i, role="keep", kind="keep", value=k, surface=k))
        svg.append('<text data-i="%s" x="%d" y="%d" font-size="11" fill="currentColor">%s</text>' % (i, x + 10, y + 55, k))
    svg.append("</svg>")
    legend = ('<div style="position:absolute;left:1080px;top:80px;width:330px;background:var(--pan);border:1px solid var(--bd);padding:10px;line-height:1.9">'
              '<b>Premises</b><br>MPAN %s<br>MPRN %s<br>ESME serial %s<br>GSME serial %s<br>Occupier %s<br>%s, %s<br>Run %s · %s<br>Flow %s / %s<br>Ticket %s<br>Last read %s</div>' % (
                  p.I("mpan"), p.I("mprn"), p.I("elec_serial"), p.I("gas_serial"), p.I("name"), p.I("address"), p.I("postcode"),
                  p.K(g.tc()), p.K(g.ts()), p.K(g.flow()), p.K(g.flow()), p.K(g.ticket()), p.K(g.reading())))
    ev = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (p.K(g.ts()), p.I("eui64", g.eui("-")), p.K(g.r.choice(["ECS17", "GCS28", "CS11", "ECS52", "CS10a"])), p.K(g.uuid())) for _ in range(6))
    return ('<div class="root %s"><div style="padding:14px 20px;font-size:18px;border-bottom:1px solid var(--bd)">DCC HAN topology viewer · Install %s</div>%s%s'
            '<table style="position:absolute;left:40px;top:690px;border-collapse:collapse;font-size:12px" cellpadding=4>%s</table></div>' % (theme, p.K(g.dip()), "".join(svg), legend, ev))

def letter(p, theme):
    g = p.g; nm = g.name()
    rows = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (p.I(k), p.K(g.reading()), p.K(g.reading()), p.K(g.amount())) for k in ["elec_serial", "elec_serial", "gas_serial"])
    return ('<div class="root %s" style="display:flex"><div style="width:220px;background:var(--pan);padding:12px;line-height:2">Templates<br>Welcome pack<br>Annual statement<br><b>Final bill</b><br>%s<br>%s</div>'
            '<div style="flex:1;padding:30px 60px;font-family:\'Noto Serif\',\'DejaVu Serif\',serif;font-variant-numeric:oldstyle-nums proportional-nums;font-size:15px;line-height:1.6">'
            '<div style="float:right;text-align:right">Account %s<br>Issued %s<br>Ref %s</div>'
            '<div style="font-variant:small-caps">%s<br>%s<br>%s</div><p>Dear %s,</p><p>Your final bill for the supply below is enclosed. Please quote %s when you call us on %s or write to %s.</p>'
            '%s<p style="margin-top:14px">Gas supply point (MPRN): %s</p><table cellpadding=5 style="border-collapse:collapse;font-family:inherit">'
            '<tr><th>Meter</th><th>Previous</th><th>Present</th><th>Charge</th></tr>%s</table>'
            '<p>Total due %s by %s. Test run %s, version %s.</p><p>Yours sincerely,<br>%s</p></div></div>' % (
                theme, p.K(g.tc()), p.K(g.ticket()), p.I("account"), p.K(g.ts()), p.K(g.ref()), p.I("name", nm), p.I("address"), p.I("postcode"),
                p.I("name", nm.split()[0] + " " + g.r.choice(ids.Gen.LAST)), p.I("account"), p.I("phone"), p.I("email"),
                p.sbox("sbox", sep_rule=False), p.I("mprn"), rows, p.K(g.amount()), p.K(g.ts()), p.K(g.tc()), p.K(g.ver()), p.N(g.word() + " Energy")))
CSS_LETTER = ".sbox{font-family:'Noto Serif',serif;font-variant-numeric:oldstyle-nums}"

def logfmt(p, theme):
    g = p.g; rows = []
    for _ in range(14):
        lv = g.r.choice(["info", "warn", "error", "debug"])
        chips = "".join('<span class="chip">%s=&quot;%s&quot;</span>' % (k, v) for k, v in [("app", "mdr-adapter"), ("env", "sit-b"), ("mpan", p.I("mpan")), ("msn", p.I("elec_serial"))][g.r.randint(1, 3):])
        line = 'ts=%s level=%s msg="%s" mpan=%s mprn=%s eui=%s corr=%s flow=%s tc=%s' % (p.K(g.ts()), lv, g.r.choice(["read accepted", "duplicate suppressed", "validation failed", "sent to DIP"]),
                 p.I("mpan"), p.I("mprn"), p.I("eui64", g.eui("")), p.K(g.uuid()), p.K(g.flow()), p.K(g.tc()))
        if g.r.random() < .35:
            line += ' customer="%s" pc="%s"' % (p.I("name"), p.I("postcode"))
        rows.append('<div class="row"><span class="lv %s">%s</span><div>%s<div class="mono">%s</div></div></div>' % (lv, lv.upper(), chips, line))
    return ('<div class="root %s"><div style="padding:10px 16px;border-bottom:1px solid var(--bd)">Explore · loki · {app="mdr-adapter", env="sit-b"} |= "%s" &nbsp; %s</div>%s</div>' % (theme, p.K(g.dip()), p.K(g.ts()), "".join(rows)))
CSS_LOG = """.row{display:flex;gap:8px;padding:5px 10px;border-bottom:1px solid var(--bd)}.lv{width:50px;font-size:11px;font-weight:bold}.lv.error{color:#e5484d}.lv.warn{color:#d29922}
.chip{display:inline-block;background:var(--pan);border:1px solid var(--bd);border-radius:9px;padding:0 6px;margin:0 4px 3px 0;font-size:11px}
.mono{font-family:'DejaVu Sans Mono',monospace;font-size:12px;word-break:break-all}"""

def sqlite(p, theme):
    g = p.g
    cols = ["mpan_core", "msn", "mprn", "postcode", "test_ref", "read_at"]
    vals = [[p.I("mpan"), p.I("elec_serial"), p.I("mprn"), p.I("postcode"), p.K(g.ref()), p.K(g.ts())] for _ in range(9)]
    W = [13, 10, 10, 8, 11, 20]
    def line(l, m, r): return l + m.join("─" * (w + 2) for w in W) + r
    def pad(cell, w):
        txt = re.sub("<[^>]+>", "", cell); return cell + " " * (w - len(html.unescape(txt)))
    out = ["sqlite&gt; .mode box", "sqlite&gt; SELECT mpan_core, msn, mprn, postcode, test_ref, read_at FROM fixtures WHERE run=%s;" % p.K(g.tc()), line("┌", "┬", "┐"),
           "│ " + " │ ".join(c.ljust(w) for c, w in zip(cols, W)) + " │", line("├", "┼", "┤")]
    for r in vals: out.append("│ " + " │ ".join(pad(c, w) for c, w in zip(r, W)) + " │")
    out.append(line("└", "┴", "┘"))
    out.append("sqlite&gt; .mode line")
    out.append("sqlite&gt; SELECT * FROM customers WHERE ref=%s;" % p.K(g.ref()))
    for k in ["name", "address", "postcode", "phone", "email", "account"]:
        out.append("%12s = %s" % (k, p.I(k)))
    out.append("sqlite&gt; -- %s  %s" % (p.K(g.uuid()), p.K(g.ver())))
    return '<div class="root %s" style="padding:10px"><div style="font-size:12px;margin-bottom:6px">bash — sqlite3 evidence.db — 148×40</div><pre class="term">%s</pre></div>' % (theme, "\n".join(out))
CSS_SQL = ".term{font-family:'DejaVu Sans Mono',monospace;font-size:13px;line-height:1.25;margin:0}.dark .term{color:#c8f7c5}"

def portal(p, theme):
    g = p.g
    cards = []
    cards.append('<div class="card"><h4>Electricity supply</h4>%s<p>Supply number (one line): S %s</p></div>' % (p.sbox("sbox", sep_rule=True), 
        p.inline_full()))
    # one-line top/core with slash
    core = g.mpan_core(); pc, mtc, llf = g.top_line()
    cards.append('<div class="card"><h4>Export supply</h4>%s<p>Tariff %s · %s</p></div>' % (p.sbox("sbox", s_right=True), p.K(g.amount()), p.K(g.tc())))
    cards.append('<div class="card narrow"><h4>Half-hourly</h4>%s</div>' % p.sbox("sbox", wrap_core=True))
    cards.append('<div class="card"><h4>Full supply number</h4><p>%s</p><p>Gas supply point %s &nbsp; Meter %s</p></div>' % (
        p.I("mpan_full", pc + mtc + llf + core, "S %s %s %s / %s %s %s %s" % (pc, mtc, llf, core[:2], core[2:6], core[6:10], core[10:])), p.I("mprn"), p.I("gas_serial")))
    rows = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (p.K(g.ts()), p.K(g.reading()), p.K(g.flow()), p.K(g.amount())) for _ in range(6))
    return ('<div class="root %s"><div style="background:var(--acc);color:#fff;padding:12px 20px;font-size:17px">MyEnergy account &nbsp;·&nbsp; %s &nbsp;·&nbsp; %s</div>'
            '<div style="padding:16px;display:flex;flex-wrap:wrap;gap:14px">%s</div><div style="padding:0 16px">Contact %s · %s · %s<br>Property %s, %s</div>'
            '<table style="margin:12px 16px;border-collapse:collapse" cellpadding=5>%s</table></div>' % (
                theme, p.I("name"), p.I("account"), "".join(cards), p.I("phone"), p.I("email"), p.K(g.ticket()), p.I("address"), p.I("postcode"), rows))
CSS_PORTAL = ".card{background:var(--pan);border:1px solid var(--bd);border-radius:6px;padding:10px 14px;min-width:300px}.card.narrow{min-width:0;width:170px}.card h4{margin:0 0 8px}"

def sticky(p, theme):
    g = p.g
    rows = "".join('<tr><td>%s</td><td>%s</td><td class="n">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
        p.K(g.tc()), p.I("mpan"), p.I("eui64", g.eui("-")), p.I("elec_serial"), p.I("name"), p.K(g.flow())) for _ in range(16))
    return ('<div class="root %s"><div style="padding:10px 16px">Asset register · SMETS2 estate · filter %s</div>'
            '<div id="sc" style="height:560px;overflow:auto;margin:0 16px;border:1px solid var(--bd)"><table style="border-collapse:collapse;width:100%%" cellpadding=6>'
            '<thead><tr><th>Case</th><th>MPAN</th><th class="n">Device</th><th>MSN</th><th>Customer</th><th>Flow</th></tr></thead><tbody>%s</tbody></table></div>'
            '<div style="padding:10px 16px">Selected: %s · %s · %s</div></div>'
            '<script>document.getElementById("sc").scrollTop=97;</script>' % (theme, p.K(g.dip()), rows, p.I("mprn"), p.I("phone"), p.K(g.uuid())))
CSS_STICKY = "thead th{position:sticky;top:0;background:var(--pan);text-align:left;border-bottom:2px solid var(--bd);height:30px}td{border-bottom:1px solid var(--bd)}td.n,th.n{width:92px;font-family:'Liberation Mono';font-size:12px}"

def ado(p, theme):
    g = p.g
    steps = []
    for s in range(1, 7):
        steps.append('<li>%s: send %s for %s (meter %s), expect %s within 5 minutes. Contact %s <a href="#" class="v">%s</a>. <a href="#">%s</a></li>' % (
            g.r.choice(["Given", "When", "Then", "And"]), p.K(g.flow()), p.I("mpan", cls="lnk", tag="a", extra='href="#"'), p.I("elec_serial", cls="lnk", tag="a", extra='href="#"'),
            p.K(g.flow()), p.I("name"), p.I("email"), p.K(g.ticket())))
    return ('<div class="root %s" style="padding:16px 24px"><div style="font-size:12px;color:var(--mut)">Bug %s · Area MHHS\\Qualification · Iteration %s</div>'
            '<h2 style="margin:6px 0">%s fails for %s — wrong LLFC on %s</h2>'
            '<div style="display:grid;grid-template-columns:1fr 300px;gap:24px"><div><h3>Repro steps</h3><ol style="line-height:1.8">%s</ol>'
            '<h3>System info</h3><p>Build %s, run %s, correlation %s</p></div>'
            '<div style="background:var(--pan);padding:12px;line-height:2">Assigned %s<br>Reported by %s<br>Customer tel %s<br>Site %s %s<br>Focused: <span class="focus">%s</span><br>Tags %s %s</div></div></div>' % (
                theme, p.K(g.ticket()), p.K(g.ver()), p.K(g.flow()), p.I("mpan", cls="lnk", tag="a", extra='href="#"'), p.I("mprn", cls="lnk", tag="a", extra='href="#"'), "".join(steps),
                p.K(g.ver()), p.K(g.tc()), p.K(g.uuid()), p.N(g.word()), p.I("name"), p.I("phone"), p.I("address"), p.I("postcode"), p.I("mpan"), p.K(g.ref()), p.K(g.tc())))
CSS_ADO = "a{color:var(--acc)}a.v{color:#8e44ad}.focus{outline:2px dashed var(--acc);outline-offset:2px}"

def lock(p, theme):
    g = p.g
    notes = []
    for app, title in [("Teams", "Field engineer"), ("Outlook", "Job update"), ("Messages", "Installer"), ("Jira", "DEF"), ("Teams", "MHHS QT")]:
        body = g.r.choice([lambda: "Meter swapped at %s, new MSN %s, MPAN %s" % (p.I("address"), p.I("elec_serial"), p.I("mpan")),
                           lambda: "Can you call %s on %s re account %s?" % (p.I("name"), p.I("phone"), p.I("account")),
                           lambda: "%s passed for %s, gas %s, ref %s" % (p.K(g.tc()), p.I("mpan"), p.I("mprn"), p.K(g.ref())),
                           lambda: "CH %s joined, IHD %s at %s" % (p.I("eui64", g.eui(":")), p.I("eui64", g.eui("")), p.I("postcode"))])()
        notes.append('<div class="note"><div style="font-size:12px;opacity:.8">%s · %s</div><b>%s</b><div>%s</div></div>' % (app, p.K(g.r.choice(["now", "2m ago", "09:41", "08:15"])), title, body))
    return ('<div class="root dark" style="background:linear-gradient(160deg,#2b3a67,#7a3b69 60%%,#f0a35e);color:#fff;padding:40px 14px">'
            '<div style="text-align:center;font-size:70px;font-weight:200">09:41</div><div style="text-align:center;margin-bottom:30px">Tuesday 14 April</div>%s</div>' % "".join(notes))
CSS_LOCK = ".note{background:rgba(255,255,255,.18);backdrop-filter:blur(10px);border-radius:16px;padding:10px 12px;margin-bottom:10px;font-size:14px;line-height:1.35}"

DESIGNS = [
    ("han", han, "", [("light", 1.0), ("dark", 1.5)], (1440, 920)),
    ("letter", letter, CSS_LETTER, [("light", 1.25), ("light", 2.0)], (1280, 900)),
    ("logfmt", logfmt, CSS_LOG, [("dark", 1.0), ("dark", 1.5), ("light", 1.25)], (1366, 860)),
    ("sqlite", sqlite, CSS_SQL, [("dark", 1.0), ("dark", 1.75)], (1280, 720)),
    ("portal", portal, CSS_PORTAL, [("light", 1.0), ("dark", 1.5), ("light", 2.5)], (1280, 720)),
    ("sticky", sticky, CSS_STICKY, [("light", 1.0), ("dark", 1.25)], (1280, 720)),
    ("ado", ado, CSS_ADO, [("light", 1.0), ("light", 1.5), ("dark", 1.25)], (1366, 800)),
    ("lock", lock, CSS_LOCK, [("dark", 3.0)], (390, 844)),
]
if __name__ == "__main__":
    seed = 5700
    for dname, fn, css, variants, (w, h) in DESIGNS:
        for theme, dpr in variants:
            seed += 1; p = Page(seed); DESIGN = dname; THEME = theme
            body = fn(p, theme)
            render("h_%s_%s_%d" % (dname, theme, round(dpr * 100)), p, body, BASE + css, w, h, dpr)
