"""Chromium-rendered screens. Boxes from DOM getClientRects x DPR (dumped with --dump-dom)."""
import html, json, os, re, subprocess, sys
from ids import Gen

OUT = "corpus"; WORK = "work"
os.makedirs(OUT, exist_ok=True); os.makedirs(WORK, exist_ok=True)
E = html.escape


class Page:
    def __init__(self, seed):
        self.g = Gen(seed); self.n = 0

    def t(self, kind, value, surface=None, role="id", tag="span", style="", cls=""):
        self.n += 1
        s = value if surface is None else surface
        return ('<%s class="t %s" data-i="%d" data-k="%s" data-v="%s" data-s="%s" data-r="%s" style="%s">%s</%s>'
                % (tag, cls, self.n, kind, E(value), E(s), role, style, E(s), tag))

    def k(self, surface=None, kind=None):
        if surface is None:
            kind, surface = self.g.keep()
        return self.t(kind or "word", surface, role="keep")

    def T(self, kind, value, surface=None, **kw):
        return self.t(kind, value, surface, **kw)


JS = """<script>window.addEventListener('load',()=>{const out=[];document.querySelectorAll('.t').forEach(e=>{
const rs=[];for(const r of e.getClientRects()){if(r.width>0&&r.height>0)rs.push([r.x,r.y,r.width,r.height]);}
out.push({i:+e.dataset.i,k:e.dataset.k,v:e.dataset.v,s:e.dataset.s,r:e.dataset.r,rects:rs});});
document.documentElement.setAttribute('data-truth',JSON.stringify(out));});</script>"""

THEMES = {
    "light": "body{background:#f6f7f9;color:#1d2330} .card{background:#fff;border:1px solid #d5dae1} .muted{color:#5a6473} th{background:#eef1f5}",
    "dark": "body{background:#1b1e24;color:#d8dde6} .card{background:#242830;border:1px solid #3a404b} .muted{color:#98a2b3} th{background:#2c313a}",
}


def render(name, body, w, h, scale, theme, css=""):
    doc = ("<!doctype html><html><head><meta charset=utf-8><style>body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px}"
           + THEMES[theme] + css + "</style></head><body>" + body + JS + "</body></html>")
    hp = os.path.join(WORK, name + ".html")
    open(hp, "w").write(doc)
    base = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none",
            "--force-device-scale-factor=%s" % scale, "--window-size=%d,%d" % (w, h)]
    png = os.path.join(OUT, name + ".png")
    subprocess.run(base + ["--screenshot=" + png, hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    dom = subprocess.run(base + ["--virtual-time-budget=1500", "--dump-dom", hp], capture_output=True, text=True, timeout=120).stdout
    m = re.search(r'data-truth="([^"]*)"', dom)
    items = json.loads(html.unescape(m.group(1)))
    for it in items:
        it["boxes"] = [[round(x * scale, 1), round(y * scale, 1), round(ww * scale, 1), round(hh * scale, 1)] for x, y, ww, hh in it.pop("rects")]
    json.dump({"image": name + ".png", "toolkit": "chromium", "scale": scale, "theme": theme, "items": items},
              open(os.path.join(OUT, name + ".json"), "w"), indent=0)
    print(name, len(items))


# ---------------------------------------------------------------- designs
def colbreak(p):
    """Site survey notes typeset in CSS multi-columns: values split over column and line breaks."""
    g = p.g; paras = []
    for i in range(9):
        nm = g.name(); m = g.mpan(); pc, mtc, ll = g.top()
        paras.append("<p>%s visit %s for %s at %s, %s. Supply %s (MPAN %s) was read as %s; the gas supply %s "
                     "serial %s. Contact %s or %s. Raised %s against %s, status %s.</p>" % (
            p.k(), p.k(kind="ts", surface="2025-0%d-1%dT0%d:15:00Z" % (i % 9 + 1, i, i)), p.T("name", nm), p.T("address", g.address()),
            p.T("postcode", g.postcode()), p.k(), p.T("mpan", m, style="word-break:break-all"), p.k(), p.T("mprn", g.mprn(), style="word-break:break-all"),
            p.T("gserial", g.gserial(), style="word-break:break-all"), p.T("phone", g.phone()), p.T("email", g.email(nm), style="word-break:break-all"),
            p.k(), p.k(), p.k()))
    return ('<div class=card style="margin:16px;padding:12px"><h3>Site survey notes — %s</h3>'
            '<div style="column-count:4;column-gap:28px;column-rule:1px solid #999;line-height:1.35;text-align:justify">%s</div></div>'
            % (p.k(), "".join(paras)))


def vertical(p):
    """Asset app with vertical side tabs (writing-mode) and upright stacked meter-board labels."""
    g = p.g; tabs = []; boards = []; rows = []
    for i in range(6):
        nm = g.name()
        tabs.append('<div style="writing-mode:vertical-rl;padding:10px 4px;border:1px solid #888;margin:3px 0">%s · %s</div>'
                    % (p.T("name", nm), p.T("mpan", g.mpan())))
    for i in range(5):
        boards.append('<div style="writing-mode:vertical-rl;text-orientation:upright;font:bold 15px \'DejaVu Sans Mono\';'
                      'letter-spacing:1px;border:2px solid #777;padding:6px 3px;margin:0 6px;line-height:1">%s</div>'
                      % p.T("mprn" if i % 2 else "eserial", g.mprn() if i % 2 else g.eserial()))
    for i in range(6):
        rows.append("<tr><td>%s</td><td style='writing-mode:sideways-lr;height:118px'>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                    % (p.k(), p.T("mpan", g.mpan()), p.T("postcode", g.postcode()), p.k(), p.k(), p.k()))
    return ('<div style="display:flex;gap:14px;margin:12px"><div>%s</div><div class=card style="padding:10px">'
            '<h3>Meter board %s</h3><div style="display:flex;align-items:flex-start">%s</div>'
            '<table border=1 style="border-collapse:collapse;margin-top:10px">%s</table></div></div>'
            % ("".join(tabs), p.k(), "".join(boards), "".join(rows)))


def emphasis(p):
    """Supply details where each identifier is drawn in styled pieces (chips, superscript check digit, bold tails)."""
    g = p.g; cards = []
    for i in range(7):
        m = g.mpan(); pc, mtc, ll = g.top(); nm = g.name(); mp = g.mprn(); es = g.eserial()
        sbox = ('<div style="display:inline-flex;align-items:center;border:2px solid currentColor;padding:4px 8px;gap:8px">'
                '<span style="font:bold 30px serif;border-radius:50%%;border:2px solid;padding:0 8px">S</span>'
                '<div><div>%s</div><div>%s</div></div></div>' % (
                    p.T("mpan_top", pc + mtc + ll, "%s %s %s" % (pc, mtc, ll), style="letter-spacing:3px"),
                    p.T("mpan", m, "%s %s %s" % (m[:2], m[2:12], m[12]), style="letter-spacing:3px")))
        chips = ('<span class=t data-i=x></span>')  # placeholder (no truth)
        core = ('<span style="background:#2b6cb0;color:#fff;padding:1px 4px;border-radius:4px">%s</span>'
                '<span style="padding:0 2px">%s</span><sup style="background:#c53030;color:#fff;padding:0 3px;border-radius:6px">%s</sup>'
                % (m[:2], m[2:12], m[12]))
        # the whole split core is one item: wrap pieces in an outer span
        p.n += 1
        splitcore = ('<span class="t" data-i="%d" data-k="mpan" data-v="%s" data-s="%s" data-r="id">%s</span>' % (p.n, m, m, core))
        p.n += 1
        splitmprn = ('<span class="t" data-i="%d" data-k="mprn" data-v="%s" data-s="%s" data-r="id">%s<b style="color:#b7791f">%s</b></span>'
                     % (p.n, mp, mp, mp[:6], mp[6:]))
        p.n += 1
        splitser = ('<span class="t" data-i="%d" data-k="eserial" data-v="%s" data-s="%s" data-r="id"><small style="opacity:.7">%s</small>%s</span>'
                    % (p.n, es, es, es[:3], es[3:]))
        cards.append('<div class=card style="padding:10px;margin:8px;width:540px">%s %s<br>%s<br>'
                     '<span class=muted>Core</span> %s &nbsp; <span class=muted>MPRN</span> %s<br><span class=muted>Meter</span> %s '
                     '<span class=muted>Customer</span> %s <span class=muted>Tel</span> %s<br>%s %s %s</div>'
                     % (p.k(), p.k(), sbox, splitcore, splitmprn, splitser, p.T("name", nm), p.T("phone", g.phone()), p.k(), p.k(), p.k()))
    return '<h2 style="margin:10px">Supply details %s</h2><div style="display:flex;flex-wrap:wrap">%s</div>' % (p.k(), "".join(cards))


def groupfmt(p):
    """DCC device log with identifiers in unusual groupings and cases."""
    g = p.g; rows = []
    for i in range(16):
        m = g.mpan(); mp = g.mprn(); e = g.eui("")
        fm = [lambda: "%s %s %s %s" % (m[:4], m[4:8], m[8:12], m[12]), lambda: "%s-%s-%s-%s" % (m[:2], m[2:6], m[6:10], m[10:]),
              lambda: "%s.%s.%s" % (m[:2], m[2:12], m[12]), lambda: "%s/%s" % (m[:12], m[12])][i % 4]()
        fp = [lambda: "%s %s %s %s" % (mp[:2], mp[2:5], mp[5:8], mp[8:]), lambda: "%s-%s-%s" % (mp[:4], mp[4:7], mp[7:]),
              lambda: mp, lambda: "%s %s" % (mp[:5], mp[5:])][i % 4]()
        fe = [lambda: ":".join(e[j:j + 2] for j in range(0, 16, 2)).lower(), lambda: "%s-%s-%s-%s" % (e[:4], e[4:8], e[8:12], e[12:]),
              lambda: e.lower(), lambda: "%s %s %s %s" % (e[:4], e[4:8], e[8:12], e[12:])][i % 4]()
        pcv = g.postcode(); fpc = pcv.lower() if i % 3 == 0 else pcv.replace(" ", "") if i % 3 == 1 else pcv
        ph = g.phone(); fph = "+44 (0)" + ph[1:] if i % 2 else ph.replace(" ", "")
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            p.k(), p.k(), p.T("mpan", m, fm), p.T("mprn", mp, fp), p.T("eui64", e, fe), p.T("postcode", pcv, fpc), p.T("phone", ph, fph),
            p.k(), p.k()))
    return ('<div class=card style="margin:10px;padding:8px"><h3>Device log — %s %s</h3><table style="border-collapse:collapse;font-size:13px" cellpadding=4>'
            '<tr><th>Event</th><th>Ref</th><th>Supply</th><th>Gas</th><th>Device</th><th>Postcode</th><th>Phone</th><th>Flow</th><th>Time</th></tr>%s</table></div>'
            % (p.k(), p.k(), "".join(rows)))


def psql(p):
    """Terminal: psql expanded display, jq output and less with a reverse-video search hit."""
    g = p.g; lines = []
    for rec in range(1, 4):
        nm = g.name()
        lines.append("-[ RECORD %d ]----+------------------------------" % rec)
        for lab, val in [("mpan_core", p.T("mpan", g.mpan())), ("mprn", p.T("mprn", g.mprn())), ("msn", p.T("eserial", g.eserial())),
                         ("customer", p.T("name", nm)), ("email", p.T("email", g.email(nm))), ("postcode", p.T("postcode", g.postcode())),
                         ("flow", p.k()), ("received", p.k(kind="ts", surface="2025-04-0%dT10:0%d:11Z" % (rec, rec))), ("ref", p.k())]:
            lines.append("%-16s | %s" % (lab, val))
    lines.append("(3 rows)")
    lines.append("")
    lines.append("$ jq '.payload' %s.json" % p.k())
    for i in range(4):
        lines.append('  "<span style="color:#5fd7ff">mpan</span>": "%s", "<span style="color:#5fd7ff">deviceId</span>": "%s", "<span style="color:#5fd7ff">msg</span>": "%s",'
                     % (p.T("mpan", g.mpan(), style="color:#afd75f"), p.T("eui64", g.eui(":"), style="color:#afd75f"), p.k()))
    lines.append("")
    lines.append("$ less dip_%s.log" % p.k())
    for i in range(5):
        m = g.mpan()
        lines.append("%s INFO %s accepted %s for <span style='background:#d7d7d7;color:#000'>%s</span> acct %s" % (
            p.k(), p.k(), p.k(), p.T("mpan", m), p.T("account", g.account())))
    lines.append("<span style='background:#d7d7d7;color:#000'>/%s</span>" % p.T("mpan", g.mpan()))
    return ('<pre style="margin:0;padding:10px;background:#0c0c0c;color:#cccccc;font:13px \'DejaVu Sans Mono\';min-height:900px">%s</pre>'
            % "\n".join(lines))


def captions(p):
    """Video call with live captions over a dark video frame."""
    g = p.g; caps = []
    for i in range(8):
        nm = g.name(); m = g.mpan()
        sayings = [
            "my MPAN is %s and the meter is %s" % (p.T("mpan", m, "%s %s %s" % (m[:4], m[4:8], m[8:])), p.T("eserial", g.eserial())),
            "the gas one is %s, postcode %s" % (p.T("mprn", g.mprn()), p.T("postcode", g.postcode())),
            "call me back on %s or email %s" % (p.T("phone", g.phone()), p.T("email", g.email(nm))),
            "ok I have %s open, flow %s passed" % (p.k(), p.k()),
        ][i % 4]
        caps.append('<div style="background:rgba(0,0,0,.72);color:#fff;font:20px Arial;padding:6px 10px;margin:6px 0;display:inline-block">'
                    '<b style="color:#ffd166">%s:</b> %s</div><br>' % (p.T("name", nm), sayings))
    return ('<div style="position:relative;width:1180px;height:760px;margin:10px;background:linear-gradient(135deg,#35506b,#6b4a3a 60%%,#2a2a2a)">'
            '<div style="position:absolute;left:20px;top:16px;color:#eee">%s · %s · recording</div>'
            '<div style="position:absolute;left:40px;bottom:20px;width:1100px">%s</div></div>' % (p.k(), p.k(), "".join(caps)))


def watermark(p):
    """Billing grid under a DLP watermark (tiled, rotated, faint) of the viewer's name and e-mail."""
    g = p.g; rows = []; marks = []
    for i in range(14):
        nm = g.name()
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            p.k(), p.T("account", g.account()), p.T("name", nm), p.T("mpan", g.mpan()), p.k(), p.k()))
    viewer = g.name()
    for j in range(6):
        marks.append('<div style="position:absolute;left:%dpx;top:%dpx;transform:rotate(-20deg);color:rgba(120,120,120,.35);font:22px Arial;white-space:nowrap">%s %s</div>'
                     % (60 + (j % 3) * 380, 120 + (j // 3) * 300, p.T("name", viewer), p.T("email", g.email(viewer))))
    return ('<div style="position:relative;margin:10px"><div class=card style="padding:8px"><h3>Billing accounts %s</h3>'
            '<table cellpadding=5 style="border-collapse:collapse">%s</table></div>%s</div>' % (p.k(), "".join(rows), "".join(marks)))


def svgtext(p):
    """Job sheet SVG: text on a gentle arc (stamp) and values squeezed with textLength into narrow cells."""
    g = p.g; parts = []
    y = 60
    for i in range(10):
        m = g.mpan(); mp = g.mprn()
        w = 150 + (i % 3) * 20
        parts.append('<rect x="20" y="%d" width="900" height="40" fill="none" stroke="#888"/>' % (y - 26))
        parts.append('<text x="30" y="%d" font-size="15">%s</text>' % (y, p.T("flow", "D0150", role="keep", tag="tspan")))
        parts.append('<text x="120" y="%d" font-size="17" textLength="%d" lengthAdjust="spacingAndGlyphs">%s</text>' % (y, w, p.T("mpan", m, tag="tspan")))
        parts.append('<text x="320" y="%d" font-size="17" textLength="%d" lengthAdjust="spacingAndGlyphs">%s</text>' % (y, w - 30, p.T("mprn", mp, tag="tspan")))
        parts.append('<text x="500" y="%d" font-size="16">%s</text>' % (y, p.T("name", g.name(), tag="tspan")))
        parts.append('<text x="700" y="%d" font-size="16">%s</text>' % (y, p.k().replace("<span", "<tspan").replace("</span>", "</tspan>")))
        y += 44
    for i in range(3):
        cx = 1050; cy = 130 + i * 160
        parts.append('<path id="arc%d" d="M %d %d Q %d %d %d %d" fill="none"/>' % (i, cx - 110, cy, cx, cy - 60, cx + 110, cy))
        parts.append('<ellipse cx="%d" cy="%d" rx="125" ry="60" fill="none" stroke="#c00" stroke-width="3"/>' % (cx, cy - 20))
        v = [g.postcode(), g.eserial(), g.phone()][i]
        k = ["postcode", "eserial", "phone"][i]
        parts.append('<text font-size="17" fill="#c00"><textPath href="#arc%d" startOffset="12%%">%s</textPath></text>' % (i, p.T(k, v, tag="tspan")))
        parts.append('<text x="%d" y="%d" font-size="14" fill="#c00" text-anchor="middle">%s</text>' % (cx, cy + 18, p.T("status", "Passed", role="keep", tag="tspan")))
    return '<div class=card style="margin:10px"><svg width="1200" height="540" xmlns="http://www.w3.org/2000/svg" fill="currentColor">%s</svg></div>' % "".join(parts)


def seqdiag(p):
    """MHHS message sequence diagram with notes holding identifiers."""
    g = p.g; parts = []
    lanes = ["Supplier", "Registration Service", "MDS", "DIP", "Agent"]
    for i, l in enumerate(lanes):
        x = 120 + i * 230
        parts.append('<rect x="%d" y="10" width="170" height="34" rx="6" fill="#4a5568"/><text x="%d" y="32" fill="#fff" font-size="14" text-anchor="middle">%s</text>'
                     '<line x1="%d" y1="44" x2="%d" y2="900" stroke="#999" stroke-dasharray="5 4"/>' % (x - 85, x, l, x, x))
    y = 80
    for i in range(11):
        a, b = i % 5, (i * 2 + 1) % 5
        if a == b: b = (b + 1) % 5
        x1, x2 = 120 + a * 230, 120 + b * 230
        parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor" marker-end="url(#ar)"/>' % (x1, y, x2, y))
        _, key = g.keep()
        parts.append('<text x="%d" y="%d" font-size="13" text-anchor="middle">%s %s</text>' % (
            (x1 + x2) // 2, y - 5, p.t("iface", "IF-0%02d" % (20 + i), role="keep", tag="tspan"), p.t("tc", "TC-MIG-%04d" % (100 + i * 7), role="keep", tag="tspan")))
        if i % 2 == 0:
            m = g.mpan()
            parts.append('<rect x="%d" y="%d" width="260" height="40" fill="#fefcbf" stroke="#b7791f"/>' % (max(x1, x2) + 14, y + 4))
            parts.append('<text x="%d" y="%d" font-size="13" fill="#333">%s %s</text>' % (max(x1, x2) + 20, y + 20, p.T("mpan", m, tag="tspan"), p.T("postcode", g.postcode(), tag="tspan")))
            parts.append('<text x="%d" y="%d" font-size="13" fill="#333">%s</text>' % (max(x1, x2) + 20, y + 38, p.T("eui64", g.eui("-"), tag="tspan")))
        y += 72
    return ('<div class=card style="margin:8px"><svg width="1300" height="880" fill="currentColor" xmlns="http://www.w3.org/2000/svg"><defs><marker id="ar" '
            'markerWidth="10" markerHeight="8" refX="9" refY="4" orient="auto"><path d="M0,0 L10,4 L0,8 z" fill="currentColor"/></marker></defs>%s</svg></div>' % "".join(parts))


PLAN = [
    ("h01_colbreak_100_light", colbreak, 1280, 900, 1.0, "light"),
    ("h02_colbreak_150_dark", colbreak, 1280, 900, 1.5, "dark"),
    ("h03_colbreak_200_light", colbreak, 1000, 1000, 2.0, "light"),
    ("h04_vertical_125_light", vertical, 1100, 1000, 1.25, "light"),
    ("h05_vertical_200_dark", vertical, 1100, 1000, 2.0, "dark"),
    ("h06_emphasis_100_light", emphasis, 1200, 900, 1.0, "light"),
    ("h07_emphasis_125_dark", emphasis, 1200, 900, 1.25, "dark"),
    ("h08_emphasis_250_light", emphasis, 1200, 900, 2.5, "light"),
    ("h09_groupfmt_100_dark", groupfmt, 1280, 800, 1.0, "dark"),
    ("h10_groupfmt_150_light", groupfmt, 1280, 800, 1.5, "light"),
    ("h11_psql_100_dark", psql, 1280, 900, 1.0, "dark"),
    ("h12_psql_175_dark", psql, 1280, 900, 1.75, "dark"),
    ("h13_captions_100_dark", captions, 1200, 800, 1.0, "dark"),
    ("h14_captions_150_dark", captions, 1200, 800, 1.5, "dark"),
    ("h15_watermark_125_light", watermark, 1280, 800, 1.25, "light"),
    ("h16_svgtext_100_light", svgtext, 1220, 580, 1.0, "light"),
    ("h17_svgtext_200_dark", svgtext, 1220, 580, 2.0, "dark"),
    ("h18_seqdiag_100_light", seqdiag, 1320, 900, 1.0, "light"),
    ("h19_seqdiag_150_dark", seqdiag, 1320, 900, 1.5, "dark"),
]

if __name__ == "__main__":
    only = sys.argv[1:]
    for i, (name, fn, w, h, sc, th) in enumerate(PLAN):
        if only and not any(o in name for o in only):
            continue
        p = Page(5300 + i)
        render(name, fn(p), w, h, sc, th)
