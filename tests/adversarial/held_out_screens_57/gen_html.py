import json, os, subprocess, sys, html, base64, io, random
sys.path.insert(0, os.path.dirname(__file__))
import ids
from ids import *
OUT = "/tmp/ho38/screens/corpus"; TR = "/tmp/ho38/screens/truth"; WK = "/tmp/ho38/screens/gen/html"
os.makedirs(WK, exist_ok=True)
E = html.escape
def I(kind, val, disp=None, style="", cls="", angle=0, tag="span"):
    d = val if disp is None else disp
    return f'<{tag} data-t="id" data-kind="{kind}" data-val="{E(val)}" data-angle="{angle}" class="{cls}" style="{style}">{E(d)}</{tag}>'
def K(text, kind="keep", style="", cls="", angle=0, tag="span"):
    return f'<{tag} data-t="keep" data-kind="{kind}" data-val="{E(text)}" data-angle="{angle}" class="{cls}" style="{style}">{E(text)}</{tag}>'
def NM(n, **k): return I("name", n, **k)
def ADDR(a, pc, sep=", ", **k): return I("address", a, **k) + sep + I("postcode", pc, **k)
THEMES = {
 "light": dict(bg="#f3f4f6", fg="#1f2328", panel="#ffffff", border="#c9ced6", muted="#5b6470", acc="#0b5cad"),
 "dark": dict(bg="#16181d", fg="#e6e6e6", panel="#22252c", border="#3b404a", muted="#9aa3ae", acc="#6cb6ff"),
}
JS = """<script>
window.addEventListener('load',()=>{const o=[];document.querySelectorAll('[data-t]').forEach(e=>{const r=e.getBoundingClientRect();
o.push({t:e.dataset.t,kind:e.dataset.kind,val:e.dataset.val,text:e.innerText,angle:+e.dataset.angle,box:[r.left,r.top,r.right,r.bottom]})});
const s=document.createElement('script');s.type='application/json';s.id='__b';s.textContent=JSON.stringify(o);document.head.appendChild(s);});
</script>"""
def page(css, body, theme):
    t = THEMES[theme]
    v = ";".join(f"--{k}:{c}" for k, c in t.items())
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>:root{{{v}}}
html,body{{margin:0;padding:0;background:var(--bg);color:var(--fg);font-family:'Liberation Sans',Arial,sans-serif;font-size:14px}}
.panel{{background:var(--panel);border:1px solid var(--border);border-radius:4px}} .muted{{color:var(--muted)}} {css}</style></head><body>{body}{JS}</body></html>"""
def sbox(top, core, style="grid", theme="light"):
    # S box: big S beside two lines
    if style == "grid":
        return f'''<div class="sb" style="display:inline-grid;grid-template-columns:46px auto;border:2px solid var(--fg);padding:4px 10px;gap:0 10px;align-items:center">
<div style="grid-row:1/3;font:bold 40px 'Liberation Serif'">S</div>
<div style="font:13px 'Liberation Serif';letter-spacing:3px">{I('mpan_top',top,g_top(top,'  '))}</div>
<div style="font:bold 14px 'DejaVu Sans Mono';letter-spacing:2px">{I('mpan',core,g_core(core,'  '))}</div></div>'''
    if style == "table":
        a, b = g_top(top).split(), g_core(core).split()
        tds = lambda xs, kind, v: "".join(f'<td style="border:1px solid var(--fg);padding:2px 8px">{x}</td>' for x in xs)
        return f'''<table style="border-collapse:collapse;font:13px 'Liberation Sans'"><tr><td rowspan=2 style="border:1px solid var(--fg);font:bold 34px 'Liberation Sans';padding:0 8px">S</td>
<td colspan=4 style="border:1px solid var(--fg);padding:2px 8px;letter-spacing:6px">{I('mpan_top',top,'  '.join(a))}</td></tr>
<tr><td colspan=4 style="border:1px solid var(--fg);padding:2px 8px;letter-spacing:6px">{I('mpan',core,'  '.join(b))}</td></tr></table>'''
    if style == "flexnoborder":
        return f'''<div style="display:flex;align-items:center;gap:12px;background:var(--bg);padding:6px 10px;border-radius:8px">
<div style="font:600 44px 'DejaVu Sans Condensed';color:var(--acc)">S</div><div style="line-height:1.35">
<div style="font:12px 'DejaVu Sans Condensed'">{I('mpan_top',top,g_top(top,' · '))}</div>
<div style="font:bold 15px 'DejaVu Sans Condensed'">{I('mpan',core,g_core(core,' · '))}</div></div></div>'''
PAGES = []
def P(name, variants, w, h):
    def deco(f): PAGES.append((name, f, variants, w, h)); return f
    return deco

@P("webmail_bill", [(1, "light"), (1.25, "dark")], 1440, 900)
def p1(th):
    n = name(); a, pc = address(); core, top = mpan_core(), mpan_top(); ms = serial_elec(); em = email(n)
    css = ".f{padding:6px 14px} .hdr{padding:10px 16px;border-bottom:1px solid var(--border)}"
    body = f'''<div style="display:flex;height:900px"><div style="width:210px;border-right:1px solid var(--border);padding:10px" class="muted">
<div class="f">{K('Inbox')} 12</div><div class="f">{K('Billing queue')}</div><div class="f">{K('Archive 2026')}</div></div>
<div style="flex:1"><div class="hdr"><b>{K('Your electricity bill, reference INV-2026-004417','keep')}</b><br>
<span class="muted">From: Northwold Energy &lt;bills@northwold.example&gt; To: {NM(n)} &lt;{I('email',em)}&gt; · {K('03/11/2026 09:14')}</span></div>
<div style="padding:12px 16px">Attachment: {K('Bill_NOV26_v2.pdf')} ({K('184 KB')})</div>
<div style="margin:0 16px;background:#525659;padding:20px;height:640px;overflow:hidden"><div style="background:#fff;color:#111;width:680px;margin:auto;padding:30px 40px;font-family:'Liberation Serif'">
<div style="font-size:22px;font-weight:bold">Northwold Energy</div><div style="margin:14px 0;font-size:13px">{NM(n)}<br>{I('address',a)}<br>{I('postcode',pc)}</div>
<div style="display:flex;justify-content:space-between;align-items:flex-end"><div style="font-size:13px">{K('Bill date 02 Nov 2026')}<br>{K('Amount due £184.62')}<br>Meter serial {I('serial',ms)}</div>
<div style="--fg:#111">{sbox(top,core,'grid')}</div></div>
<table style="width:100%;margin-top:16px;font-size:12px;border-collapse:collapse"><tr><td>{K('Previous reading 034512')}</td><td>{K('Present reading 035127')}</td><td>{K('615 kWh')}</td></tr></table></div></div></div></div>'''
    return css, body

@P("pdf_viewer_zoom", [(1.5, "dark"), (1, "light")], 1280, 800)
def p2(th):
    core, top = mpan_core(), mpan_top(); ms = serial_gas(); mp = mprn(); n = name(); a, pc = address()
    body = f'''<div style="height:40px;background:#323639;color:#eee;display:flex;align-items:center;gap:18px;padding:0 14px;font-size:13px">
<span>{K('statement_2026-10.pdf')}</span><span>{K('2 / 4')}</span><span>— {K('200%')} +</span></div>
<div style="background:#525659;height:760px;overflow:hidden;position:relative"><div style="position:absolute;left:120px;top:-60px;transform:scale(2);transform-origin:0 0;background:#fff;color:#111;width:480px;padding:20px;font:11px 'Liberation Sans'">
<div style="margin-bottom:8px">{K('Your supply details')}</div><div style="--fg:#111">{sbox(top,core,'table')}</div>
<div style="margin-top:8px">Gas supply point {I('mprn',mp)} · Meter {I('serial',ms)}</div><div>{NM(n)}, {ADDR(a,pc)}</div></div></div>'''
    return "", body

@P("citrix_frame", [(1, "light"), (1.25, "light")], 1366, 768)
def p3(th):
    mp = mprn(); core = mpan_core(); n = name(); a, pc = address(); ph = phone()
    w1, w2 = g_core(core)[:7], g_core(core)[7:]
    body = f'''<div style="height:30px;background:#1b1b1b;color:#ddd;font:12px 'DejaVu Sans';display:flex;align-items:center;gap:20px;padding:0 10px">
<span>{K('Citrix Workspace')}</span><span>{K('CRM-PROD-04')}</span><span>Ctrl+Alt+Del</span></div>
<div style="transform:scale(.85);transform-origin:0 0;width:1600px;height:860px;background:#008080;padding:30px">
<div style="width:720px;background:#c0c0c0;border:2px outset #fff;font:12px 'DejaVu Sans';color:#000">
<div style="background:#000080;color:#fff;padding:3px 6px;font-weight:bold">{K('Gas Meter Registration - GMR v3.1')}</div>
<div style="padding:14px;display:grid;grid-template-columns:150px 1fr;gap:8px">
<span>{K('Gas supply point')}</span><span style="background:#fff;border:2px inset #eee;padding:2px 4px">{I('mprn',mp)}</span>
<span>{K('MPRN')}</span><span style="background:#fff;border:2px inset #eee;padding:2px 4px">{I('mprn',mp)}</span>
<span>Customer</span><span style="background:#fff;border:2px inset #eee;padding:2px 4px">{NM(n)}</span>
<span>Phone</span><span style="background:#fff;border:2px inset #eee;padding:2px 4px">{I('phone',ph)}</span>
<span>Notes</span><div style="background:#fff;border:2px inset #eee;padding:2px 4px;width:250px;height:70px">Dual fuel site, elec supply {I('mpan',core,w1,cls='w1')}<br>{I('mpan',core,w2,cls='w2')} at {ADDR(a,pc)}.</div>
</div></div></div>'''
    return "", body

@P("field_map", [(1, "light"), (1.5, "light")], 1280, 800)
def p4(th):
    pins = []
    for i in range(4):
        a, pc = address(); s = serial_gas().lower(); e = eui_dotted(eui()); pins.append((a, pc, s, e))
    svg = '<svg width="1280" height="760" style="position:absolute;left:0;top:40px">' + '<rect width="1280" height="760" fill="#e8eee3"/>' + "".join(
        f'<path d="M{random.Random(i).randint(0,1280)} 0 Q 600 {300+i*30} {random.Random(i+9).randint(0,1280)} 760" stroke="#fff" stroke-width="{6+i%3*4}" fill="none"/>' for i in range(12)) + '<rect x="700" y="300" width="260" height="160" fill="#b7d7a8"/><path d="M0 600 L1280 520" stroke="#9ecae1" stroke-width="30"/></svg>'
    cards = ""
    for i, (a, pc, s, e) in enumerate(pins):
        x, y = 80 + i * 290, 140 + (i % 2) * 260
        cards += f'''<div style="position:absolute;left:{x}px;top:{y}px;width:250px;background:#fff;color:#222;box-shadow:0 2px 8px #0004;border-radius:6px;padding:8px;font-size:12px">
<b>{K('Job J-' + str(44810+i))}</b> {K('Exchange 09:30')}<br>{I('address',a)}<br>{I('postcode',pc)}<br>ESME/GSME <span style="font-family:'DejaVu Sans Mono'">{I('serial',s)}</span><br>CHF {I('eui',e,style="font-family:'DejaVu Sans Mono'")}</div>
<div style="position:absolute;left:{x+110}px;top:{y-26}px;width:22px;height:22px;border-radius:50% 50% 50% 0;background:#d33;transform:rotate(-45deg)"></div>'''
    body = f'<div style="height:40px;background:#0b5cad;color:#fff;display:flex;align-items:center;padding:0 14px">{K("FieldView — Route R-27")} &nbsp; {K("Fri 06 Nov 2026")}</div>{svg}{cards}'
    return "", body

@P("gantt", [(1, "light"), (1.25, "dark")], 1600, 700)
def p5(th):
    rows = ""
    for i in range(7):
        n = name(); s = serial_elec(); a, pc = address()
        rows += f'''<div style="display:flex;height:58px;border-bottom:1px solid var(--border);align-items:center"><div style="width:240px;padding-left:8px">{NM(n)}<br><span class="muted" style="font-size:11px">{K('WO-' + str(771200+i))}</span></div>
<div style="position:relative;flex:1;height:100%"><div style="position:absolute;left:{40+i*120}px;width:{300+(i%3)*80}px;top:12px;height:32px;background:hsl({i*47},55%,45%);color:#fff;border-radius:4px;font-size:12px;padding:2px 6px;white-space:nowrap;overflow:hidden">Exch {I('serial',s)} · {I('postcode',pc)}<br><span style="font-size:10px">{K('3.5 h')}</span></div></div></div>'''
    hdr = "".join(f'<div style="width:150px;display:inline-block">{K(f"W{45+i} Nov")}</div>' for i in range(9))
    return "", f'<div style="padding:8px;font-weight:bold">{K("Install planner · Sprint 42")}</div><div style="margin-left:240px" class="muted">{hdr}</div>{rows}'

@P("chat_code", [(1, "dark"), (1.25, "light")], 1280, 860)
def p6(th):
    core, top = mpan_core(), mpan_top(); e = eui(); s = serial_gas(); n = name(); mp = mprn()
    ec = e.replace("-", ":").lower()
    code = f'''<pre style="background:#0d1117;color:#c9d1d9;padding:12px;border-radius:6px;font:12.5px 'DejaVu Sans Mono'">{{
  <span style="color:#7ee787">"messageId"</span>: {K('"d3f1a9c2-6b1e-4c55-9a7e-0c4f1e2b7a11"')},
  <span style="color:#7ee787">"mpanCore"</span>: "<span style="color:#a5d6ff">{I('mpan',core)}</span>",
  <span style="color:#7ee787">"mprn"</span>: "<span style="color:#a5d6ff">{I('mprn',mp)}</span>",
  <span style="color:#7ee787">"deviceId"</span>: "<span style="color:#a5d6ff">{I('eui',ec)}</span>",
  <span style="color:#7ee787">"msn"</span>: "<span style="color:#a5d6ff">{I('serial',s)}</span>",
  <span style="color:#7ee787">"createdAt"</span>: {K('"2026-11-04T10:22:37Z"')},
  <span style="color:#7ee787">"retry"</span>: {K('3')}
}}</pre>'''
    body = f'''<div style="display:flex"><div style="width:230px;height:860px;background:#3f0e40;color:#ddd;padding:12px">{K('# mhhs-sit-defects')}<br>{K('# dcc-triage')}</div>
<div style="flex:1;padding:16px"><b>{NM(n)}</b> <span class="muted">{K('10:24')}</span><p>Payload that failed on {K('DEF-20931')}, supply S {I('mpan_top',top,g_top(top))} / {I('mpan',core,g_core(core))} — see below</p>{code}
<p class="muted">{K('2 replies')} · {K('Last reply today at 10:31')}</p>
<pre style="background:#0d1117;color:#c9d1d9;padding:10px;font:12px 'DejaVu Sans Mono'">$ grep {I('mpan',core)} sit_run_{K('20261104')}.log | wc -l
{K('17')}</pre></div></div>'''
    return "", body

@P("sheet_frozen", [(1, "light"), (1.5, "light")], 1400, 760)
def p7(th):
    hdr = ["Site", "MPAN (full)", "MPAN core (as number)", "Serial", "Postcode", "kWh", "Status"]
    rows = ""
    for i in range(12):
        core, top = mpan_core(), mpan_top(); s = serial_elec(); a, pc = address()
        full = top + core
        num = f"{int(core):,}"
        rows += f'<tr><td class="fz">{K("SITE-" + str(3300+i))}</td><td>{I("mpan", core, full)}</td><td style="text-align:right">{I("mpan", core, num)}</td><td>{I("serial", s)}</td><td>{I("postcode", pc)}</td><td style="text-align:right">{K(str(1000+i*137))}</td><td>{K("Active" if i%3 else "Pending")}</td></tr>'
    core = mpan_core(); w = g_core(core)
    css = "table{border-collapse:collapse;font:12px 'Liberation Sans'} td,th{border:1px solid #d0d0d0;padding:3px 6px;background:#fff;color:#000;white-space:nowrap} th{background:#eef0f3} .fz{background:#f6f6f6;border-right:3px solid #7a9}"
    body = f'''<div style="padding:6px;background:#217346;color:#fff">{K('Q4_site_list_v7.xlsx')} — {K('Sheet: Sites')}</div>
<div style="position:relative"><table><tr><th></th>{''.join(f'<th>{K(h)}</th>' for h in hdr)}</tr>{rows}</table>
<div style="position:absolute;left:520px;top:140px;width:180px;background:#ffffe1;border:1px solid #888;color:#000;padding:5px;font:11px 'Liberation Sans';box-shadow:2px 2px 4px #0005">
<b>{K('Comment')}</b><br>Supply was {I('mpan',core,w[:7])}<br>{I('mpan',core,w[7:])} before COT</div></div>'''
    return css, body

@P("print_preview", [(1, "light"), (1.25, "light")], 1280, 900)
def p8(th):
    core, top = mpan_core(), mpan_top(); n = name(); a, pc = address(); s = serial_elec(); ph = phone()
    body = f'''<div style="display:flex;height:900px;background:#dadce0"><div style="width:300px;background:#fff;color:#202124;padding:16px;font-size:13px">
<div style="font-size:18px">{K('Print')}</div><p>{K('Destination')}: {K('Save as PDF')}</p><p>{K('Pages')}: All</p><p>{K('Layout')}: Portrait</p><p>{K('1 sheet of paper')}</p></div>
<div style="flex:1;display:flex;justify-content:center;padding-top:30px"><div style="width:595px;height:842px;background:#fff;color:#000;box-shadow:0 1px 6px #0005;transform:scale(.95);transform-origin:top center;padding:40px;font:10px 'Liberation Serif'">
<div style="font-size:16px;font-weight:bold">{K('Change of Tenancy Confirmation')}</div><p>Dear {NM(n)},</p>
<p>New occupier at {ADDR(a,pc)} from {K('14 October 2026')}. Contact {I('phone',ph)}.</p><div style="--fg:#000">{sbox(top,core,'grid')}</div>
<p>Meter {I('serial',s)} opening read {K('004211')}.</p><p style="font-size:8px" class="muted">{K('Page 1 of 1')}</p></div></div></div>'''
    return "", body

@P("rtl_mixed", [(1, "light"), (1.25, "dark")], 1200, 700)
def p9(th):
    core = mpan_core(); n = name(); mp = mprn(); e = eui(); a, pc = address()
    body = f'''<div dir="rtl" style="padding:24px;font-family:'DejaVu Sans';font-size:15px;line-height:2">
<h2>{K('تفاصيل العداد')}</h2>
<div>رقم الإمداد: <bdi dir="ltr">{I('mpan',core,g_core(core))}</bdi></div>
<div>רשומת גז: <bdi dir="ltr">{I('mprn',mp)}</bdi> — {K('סטטוס: פעיל')}</div>
<div>اسم العميل: <bdi dir="ltr">{NM(n)}</bdi></div>
<div>العنوان: <bdi dir="ltr">{ADDR(a,pc)}</bdi></div>
<div>معرّف الجهاز: <bdi dir="ltr">{I('eui',e)}</bdi></div>
<div>المرجع: <bdi dir="ltr">{K('MPAN-REF-07')}</bdi> · <bdi dir="ltr">{K('2026-11-05')}</bdi></div>
<div>رقم الإمداد المختلط: ‏{I('mpan',mpan_core())}‏ kWh</div></div>'''
    return "", body

@P("dash4k", [(1, "dark")], 3840, 2160)
def p10(th):
    tiles = ""
    for i in range(24):
        core = mpan_core(); e = eui().replace("-", ":"); s = serial_gas(); pc = address()[1]
        tiles += f'''<div class="panel" style="padding:8px;font-size:11px;line-height:1.5"><div class="muted">{K('Tile ' + str(i+1) + ' · latency 1' + str(i) + '8 ms')}</div>
<div>{I('mpan',core)}</div><div>{I('eui',e)}</div><div>{I('serial',s)} {I('postcode',pc)}</div><div style="height:60px;background:linear-gradient(90deg,#2b5,#25b {i*4}%,#333)"></div><div>{K('OK ' + str(90+i%9) + '.2%')}</div></div>'''
    return "", f'<div style="padding:12px;font-size:20px">{K("DCC Adapter Ops — Live")}</div><div style="display:grid;grid-template-columns:repeat(8,1fr);gap:14px;padding:14px">{tiles}</div>'

@P("grid_tooltip", [(1, "light"), (1.25, "dark")], 1280, 720)
def p11(th):
    rows = "".join(f'<tr><td>{K("REQ-" + str(50120+i))}</td><td>{K("2026-11-0" + str(1+i%8) + " 0" + str(i%10) + ":15")}</td><td>{I("serial", serial_elec())}</td><td>{K("£" + str(12+i) + ".40")}</td></tr>' for i in range(14))
    core, top = mpan_core(), mpan_top(); n = name()
    css = "td{padding:5px 12px;border-bottom:1px solid var(--border);font-size:13px}"
    body = f'''<div style="padding:14px"><table class="panel" style="border-collapse:collapse">{rows}</table>
<div style="position:absolute;left:330px;top:210px;background:#2b2b2b;color:#fff;padding:6px 10px;border-radius:4px;font-size:12px;box-shadow:0 3px 10px #0008">
{NM(n)} — Supply number: S {I('mpan_top',top,g_top(top,'/'))} / {I('mpan',core,g_core(core,''))}</div></div>'''
    return css, body

@P("form_validation", [(1.25, "light"), (1, "dark")], 1100, 720)
def p12(th):
    core = mpan_core(); s = serial_elec(); e = eui(); pc = address()[1]; em = email(name())
    sp = " ".join([s[:3], s[3:5], s[5:]])
    fld = "display:block;width:420px;padding:8px;border:2px solid #d1242f;border-radius:4px;margin:4px 0;font-size:14px;background:var(--panel);color:var(--fg)"
    body = f'''<div style="padding:24px"><h2>{K('Register a meter exchange')}</h2>
<label>{K('MPAN core')}</label>{I('mpan',core,g_core(core,'-'),style=fld,tag='div')}<div style="color:#d1242f;font-size:12px">⚠ {I('mpan',core)} {K('is not registered to this supplier (ERR-4017)')}</div>
<label>{K('Meter serial number')}</label>{I('serial',s,sp,style=fld,tag='div')}<div style="color:#d1242f;font-size:12px">⚠ Serial {I('serial',s,s.lower())} {K('already installed')}</div>
<label>{K('Comms hub GUID')}</label>{I('eui',e,style=fld,tag='div')}
<label>{K('Postcode')}</label>{I('postcode',pc,pc.replace(' ','').lower(),style=fld,tag='div')}
<label>{K('Notify')}</label>{I('email',em,style=fld,tag='div')}</div>'''
    return "", body

@P("autocomplete", [(1, "light"), (1.5, "light")], 1100, 640)
def p13(th):
    items = ""
    for i in range(6):
        a, pc = address(); core = mpan_core()
        items += f'<div style="padding:7px 10px;border-bottom:1px solid #eee;{"background:#e8f0fe;" if i==2 else ""}">{I("address",a)} {I("postcode",pc)} <span style="color:#777;font-size:12px">· MPAN {I("mpan",core)}</span></div>'
    body = f'''<div style="padding:30px"><div>{K('Find supply by address')}</div><div style="width:640px;border:2px solid #1a73e8;padding:8px;border-radius:4px;background:#fff;color:#000">{K('castle')}|</div>
<div style="width:660px;background:#fff;color:#111;box-shadow:0 4px 12px #0004;font-size:13px">{items}<div style="padding:6px 10px;color:#777">{K('6 of 41 results')}</div></div></div>'''
    return "", body

@P("tabs_trunc", [(1.25, "dark"), (1, "light")], 1280, 600)
def p14(th):
    tabs = ""
    vals = []
    for i in range(5):
        core = mpan_core(); n = name()
        t = [f"MPAN {core} – Supply detail", f"{n} – Customer 360", f"Meter {serial_gas()} history"][i % 3]
        kind, val = [("mpan", core), ("name", n), ("serial", t.split()[1])][i % 3]
        tabs += f'<div style="width:210px;padding:8px 10px;background:{"var(--panel)" if i==1 else "var(--bg)"};border-right:1px solid var(--border);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:12px">{I(kind,val,t)}</div>'
    core = mpan_core()
    body = f'<div style="display:flex;background:#000;height:36px;align-items:stretch">{tabs}</div><div style="padding:10px;font-size:13px" class="muted">https://portal.example/supply/{I("mpan",core)}?tab=reads&amp;v={K("4.12.3")}</div>'
    return "", body

def sbox_png(top, core, scale=1):
    from PIL import Image, ImageDraw, ImageFont
    f1 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 44)
    f2 = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 18)
    im = Image.new("RGB", (380, 84), "#fffdf5"); d = ImageDraw.Draw(im)
    d.rectangle([1, 1, 378, 82], outline="#222", width=2); d.text((12, 12), "S", font=f1, fill="#222")
    t1, t2 = g_top(top, "   "), g_core(core, "  ")
    d.text((66, 12), t1, font=f2, fill="#222"); d.text((66, 46), t2, font=f2, fill="#222")
    b1 = d.textbbox((66, 12), t1, font=f2); b2 = d.textbbox((66, 46), t2, font=f2)
    bio = io.BytesIO(); im.save(bio, "PNG")
    return base64.b64encode(bio.getvalue()).decode(), b1, b2, im.size

@P("sbox_image", [(1, "light"), (1.25, "dark")], 1100, 600)
def p15(th):
    core, top = mpan_core(), mpan_top(); n = name(); a, pc = address()
    b64, b1, b2, sz = sbox_png(top, core)
    # sub boxes in image coords; the image is displayed at 80% width
    s = .8
    ov = lambda b, k, v: f'<span data-t="id" data-kind="{k}" data-val="{v}" data-angle="0" style="position:absolute;left:{b[0]*s}px;top:{b[1]*s}px;width:{(b[2]-b[0])*s}px;height:{(b[3]-b[1])*s}px"></span>'
    body = f'''<div style="padding:24px"><h3>{K('Your meter point')}</h3><p>{NM(n)}, {ADDR(a,pc)}</p>
<div style="position:relative;display:inline-block"><img src="data:image/png;base64,{b64}" style="width:{sz[0]*s}px;display:block">{ov(b1,'mpan_top',top)}{ov(b2,'mpan',core)}</div>
<p class="muted">{K('Image: supply number as shown on your bill')}</p></div>'''
    return "", body

@P("qr_caption", [(1, "light")], 1000, 640)
def p16(th):
    rr = random.Random(3); core = mpan_core(); core2 = mpan_core(); e = eui()
    cells = "".join(f'<rect x="{x*6}" y="{y*6}" width="6" height="6"/>' for x in range(29) for y in range(29) if rr.random() < .5 or (x < 7 and y < 7))
    qr = f'<svg width="174" height="174" style="background:#fff">{cells}</svg>'
    body = f'''<div style="display:flex;gap:40px;padding:30px"><div style="background:#fff;color:#000;padding:12px;border:1px dashed #999;text-align:center;font:10px 'DejaVu Sans'">{qr}<br>{I('mpan',core)}<br>{K('Scan to register')}</div>
<div style="background:#fff;color:#000;padding:12px;border:1px solid #000;width:240px;font:9px 'DejaVu Sans Mono'"><div style="font:bold 12px 'DejaVu Sans'">{K('SMETS2 COMMS HUB')}</div>{qr}<br>GUID {I('eui',e)}<br>MPAN {I('mpan',core2,g_core(core2,'.'))}<br>{K('Rev B · 2025-06')}</div></div>'''
    return "", body

@P("masked_fields", [(1, "light"), (1.25, "dark")], 1000, 560)
def p17(th):
    core = mpan_core(); core2 = mpan_core(); mp = mprn(); ph = phone()
    fld = "border:1px solid var(--border);padding:8px;width:380px;margin:4px 0 12px;font:15px 'DejaVu Sans Mono';background:var(--panel)"
    body = f'''<div style="padding:24px"><h3>{K('Verify supply (security check)')}</h3>
<div>{K('MPAN')} <span class="muted">(last 10 shown)</span></div><div style="{fld}">•••{I('mpan',core,core[3:])} 👁</div>
<div>{K('MPAN')} (revealed)</div><div style="{fld}">{I('mpan',core2,g_core(core2))} 🙈</div>
<div>{K('MPRN')}</div><div style="{fld}">••{I('mprn',mp,mp[2:])}</div>
<div>{K('Phone')}</div><div style="{fld}">{I('phone',ph)}</div>
<div>{K('Password')}</div><div style="{fld}">••••••••••••</div></div>'''
    return "", body

@P("high_contrast", [(1, "light"), (1.5, "light")], 1100, 640)
def p18(th):
    core, top = mpan_core(), mpan_top(); n = name(); a, pc = address(); e = eui(); s = serial_gas()
    body = f'''<div style="background:#000;color:#fff;height:640px;padding:20px;font:15px 'Liberation Sans'">
<div style="border:2px solid #fff;padding:12px;width:700px"><div style="color:#ffff00;font-weight:bold">{K('Meter Point Administration')}</div>
<p>Customer: <span style="color:#00ff00;background:#000">{NM(n)}</span></p><p style="color:#3ff">{ADDR(a,pc)}</p>
<div style="--fg:#ffff00;color:#ffff00">{sbox(top,core,'table')}</div>
<p><span style="background:#1aebff;color:#000">{I('eui',e)}</span> <span style="color:#fff">{I('serial',s)}</span></p><p style="color:#0f0">{K('Last sync 05/11/2026 23:59')}</p></div></div>'''
    return "", body

@P("cleartype", [(1, "light"), (1.25, "light")], 1000, 520)
def p19(th):
    core = mpan_core(); s = serial_elec(); n = name(); mp = mprn()
    ct = "text-shadow:-0.6px 0 0 rgba(255,0,0,.7),0.6px 0 0 rgba(0,90,255,.7);"
    body = f'''<div style="padding:24px;background:#fdf6e3;color:#333;height:520px;font:13px 'Liberation Sans'">
<p style="{ct}">{K('Site survey export')} — MPAN {I('mpan',core,g_core(core))}</p><p style="{ct}">MSN {I('serial',s)} · {NM(n)}</p>
<p style="{ct};font-size:11px">MPRN {I('mprn',mp)} {K('read 2026-10-30')}</p>
<p style="filter:blur(.5px)">{K('Ref SRV-88120')} supply {I('mpan',mpan_core())}</p></div>'''
    return "", body

def photo_b64(w, h, seed):
    from PIL import Image, ImageFilter
    rr = random.Random(seed); im = Image.new("RGB", (w // 8, h // 8))
    px = im.load()
    for x in range(w // 8):
        for y in range(h // 8):
            px[x, y] = (int(80 + 80 * (x / (w / 8)) + rr.randint(-40, 40)), int(100 + rr.randint(-50, 50)), int(140 - 60 * (y / (h / 8)) + rr.randint(-40, 40)))
    im = im.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(2)); bio = io.BytesIO(); im.save(bio, "JPEG", quality=80)
    return base64.b64encode(bio.getvalue()).decode()

@P("gradient_photo", [(1, "dark"), (1.25, "light")], 1200, 640)
def p20(th):
    core = mpan_core(); a, pc = address(); n = name(); e = eui(); mp = mprn()
    body = f'''<div style="position:relative;height:640px;background:url(data:image/jpeg;base64,{photo_b64(1200,640,len(core))}) center/cover">
<div style="position:absolute;left:40px;top:60px;color:#fff;font:bold 22px 'Liberation Sans';text-shadow:0 1px 3px #000a">{K('Welcome home, ')}{NM(n)}</div>
<div style="position:absolute;left:40px;top:120px;color:#fff;font:16px 'Liberation Sans'">{ADDR(a,pc)}</div>
<div style="position:absolute;left:40px;top:170px;padding:10px 16px;background:linear-gradient(90deg,#ff8a00cc,#e52e71cc);color:#fff;font:15px 'Liberation Sans'">Your supply {I('mpan',core,g_core(core))} is ready</div>
<div style="position:absolute;left:40px;top:240px;padding:10px;background:#fff5;color:#fff;font:14px 'DejaVu Sans'">Hub {I('eui',e)} · gas {I('mprn',mp)}</div>
<div style="position:absolute;right:40px;bottom:40px;color:#fff;font:13px 'Liberation Sans'">{K('Offer ends 30 Nov 2026')}</div></div>'''
    return "", body

@P("smallcaps_condensed", [(1, "light"), (1.5, "dark")], 1100, 560)
def p21(th):
    s = serial_elec(); s2 = serial_gas(); core = mpan_core(); e = eui(); n = name(); s3 = serial_elec()
    body = f'''<div style="padding:24px;font-size:15px;line-height:2">
<div>Meter: <span style="font-variant:small-caps">{I('serial',s,s.lower())}</span></div>
<div style="font-family:'DejaVu Sans Condensed';font-stretch:condensed">Gas meter {I('serial',s2)} — supply {I('mpan',core)} — {K('Condensed report v2')}</div>
<div style="letter-spacing:.45em">{I('mpan',mpan_core(),None)}</div>
<div style="font-variant:small-caps">{NM(n)} · device {I('eui',e,eui_dotted(e))}</div>
<div style="font-size:11px;font-family:'DejaVu Sans Condensed';letter-spacing:-0.5px">{I('serial',s3,' '.join(s3))} {K('REF-2026-11-06')}</div></div>'''
    return "", body

@P("terminal256", [(1, "dark"), (1.25, "dark")], 1280, 640)
def p22(th):
    C = [196, 202, 208, 46, 51, 39, 201, 226, 118, 33]
    def c256(n):
        if n < 16: return "#fff"
        n -= 16; r, g, b = n // 36, (n // 6) % 6, n % 6; f = lambda v: 0 if v == 0 else 55 + v * 40
        return f"rgb({f(r)},{f(g)},{f(b)})"
    lines = ""
    for i in range(9):
        core = mpan_core(); e = eui(); s = serial_gas()
        g = g_core(core).split()
        split = "".join(f'<span style="color:{c256(C[(i+j)%10])}">{x}</span>' for j, x in enumerate(g))
        lines += f'<span style="color:#888">{K("2026-11-06T0" + str(i) + ":1" + str(i) + ":03.112Z")}</span> <span style="color:{c256(C[i%10])}">{K("INFO" if i%3 else "WARN")}</span> mpan={I("mpan", core, " ".join(g)).replace(E(" ".join(g)), split)} dev={I("eui", e, e.replace("-", ":").lower())} msn={I("serial", s)}\n'
    return "", f'<pre style="background:#0c0c0c;color:#ccc;margin:0;height:640px;padding:10px;font:13px \'DejaVu Sans Mono\'">{K("ops@adapter-02:~$ tail -f flows.log")}\n{lines}</pre>'

@P("rotated", [(1, "light"), (1.25, "dark")], 1200, 760)
def p23(th):
    c1, c2, c3, c4 = mpan_core(), mpan_core(), mpan_core(), mpan_core(); pc = address()[1]; s = serial_gas()
    body = f'''<div style="position:relative;height:760px">
<div style="position:absolute;left:-120px;top:300px;transform:rotate(-90deg);font:14px 'Liberation Sans';width:300px">{I('mpan',c1,g_core(c1),angle=-90)}</div>
<div style="position:absolute;left:300px;top:80px;transform:rotate(180deg);font:15px 'Liberation Sans';padding:6px;border:1px solid var(--border)">MPAN {I('mpan',c2,angle=180)} {I('postcode',pc,angle=180)}</div>
<div style="position:absolute;left:600px;top:300px;transform:rotate(12deg);background:#ffe680;color:#222;padding:14px;font:16px 'DejaVu Sans';box-shadow:2px 3px 8px #0005">Old supply<br>{I('mpan',c3,g_core(c3),angle=12)}<br>{I('serial',s,angle=12)}</div>
<div style="position:absolute;left:950px;top:350px;transform:rotate(90deg);font:14px 'Liberation Sans';width:300px">{I('mpan',c4,angle=90)}</div>
<div style="position:absolute;left:300px;top:600px;transform:rotate(-4deg);font:14px 'Liberation Sans'">{K('Skewed note ref NOTE-118')} {I('mpan',mpan_core(),angle=-4)}</div></div>'''
    return "", body

@P("boxed_digits", [(1, "light"), (1.25, "light")], 1200, 560)
def p24(th):
    core, top = mpan_core(), mpan_top(); mp = mprn(); pc = address()[1]
    cell = lambda ch: f'<span style="display:inline-block;width:22px;height:28px;border:1px solid #333;text-align:center;line-height:28px;margin-right:-1px;font:16px \'Liberation Mono\'">{E(ch)}</span>'
    boxes = lambda kind, v: f'<span data-t="id" data-kind="{kind}" data-val="{v}" data-angle="0" style="display:inline-block">' + "".join(cell(c) for c in v) + "</span>"
    body = f'''<div style="padding:26px;background:#fff;color:#000;height:560px"><b>{K('Application for a new connection – Part C')}</b>
<p>{K('Supply number (MPAN)')}</p><div style="display:flex;align-items:center;gap:8px"><span style="font:bold 38px 'Liberation Serif'">S</span><div>{boxes('mpan_top',top)}<br>{boxes('mpan',core)}</div></div>
<p>{K('Gas MPRN')}</p>{boxes('mprn',mp)}<p>{K('Postcode')}</p>{boxes('postcode',pc.replace(' ',''))}<p>{K('Date 06/11/2026')}</p></div>'''
    return "", body

@P("lone_small", [(1, "dark"), (1.25, "light"), (1, "light")], 1920, 1080)
def p25(th):
    core = mpan_core(); import random as r
    x, y = r.Random(len(core)).randint(100, 1500), r.Random(core).randint(100, 1000)
    return "", f'<div style="position:absolute;left:{x}px;top:{y}px;font-size:13px;color:var(--muted)">{I("mpan",core)}</div>'

@P("device_inventory", [(1, "light"), (1.25, "dark")], 1300, 700)
def p26(th):
    rows = ""
    for i in range(10):
        e = eui(); s = serial_gas(); core = mpan_core(); se = serial_elec()
        forms = [(e, e), (eui_dotted(e), e), (eui_plain(e).lower(), e), (e.replace("-", " "), e), (e.replace("-", ":"), e)]
        ed = forms[i % 5][0]
        sd = [s.lower(), " ".join([s[:3], s[3:7], s[7:11], s[11:]]), s, s[:3] + "-" + s[3:]][i % 4]
        md = [g_core(core, "-"), core, g_core(core), "/".join([core[:2], core[2:10], core[10:]]), g_core(core, ".")][i % 5]
        rows += f'<tr><td>{K("DEV-" + str(880+i))}</td><td>{I("eui", e, ed)}</td><td>{I("serial", s, sd)}</td><td>{I("serial", se, se.lower() if i%2 else se)}</td><td>{I("mpan", core, md)}</td><td>{K("FW 3." + str(i) + ".1")}</td></tr>'
    css = "td,th{padding:6px 10px;border-bottom:1px solid var(--border);font:13px 'DejaVu Sans Mono';text-align:left}"
    return css, f'<div style="padding:16px"><h3>{K("Device inventory — batch 2026-11-06")}</h3><table style="border-collapse:collapse"><tr><th>{K("Asset")}</th><th>{K("Device ID")}</th><th>{K("Gas MSN")}</th><th>{K("Elec MSN")}</th><th>{K("MPAN")}</th><th>{K("Firmware")}</th></tr>{rows}</table></div>'

@P("sbox_variants", [(1, "dark"), (1.5, "light"), (1.25, "light")], 1200, 700)
def p27(th):
    out = ""
    for st in ["grid", "table", "flexnoborder"]:
        core, top = mpan_core(), mpan_top()
        out += f'<div class="panel" style="padding:16px;margin:14px;display:flex;gap:40px;align-items:center"><div>{K("Supply Number")}<br><span class="muted" style="font-size:12px">{K("Electricity · Standard")}</span></div>{sbox(top,core,st)}</div>'
    core, top = mpan_core(), mpan_top()
    out += f'<div class="panel" style="padding:16px;margin:14px">Full: {I("mpan", core, top + core)} &nbsp; Top/core: {I("mpan_top", top, top)}/{I("mpan", mpan_core())}</div>'
    return "", f'<div style="padding:10px"><h3>{K("My account — Meter points")}</h3>{out}</div>'

@P("dtc_flow_browser", [(1, "light"), (1.25, "dark")], 1200, 700)
def p28(th):
    lines = f'{K("ZHV|0000123456|D0150001|X|NWEN|R|UDMS|20261106091500||||OPER|")}\n'
    for i in range(6):
        core = mpan_core(); s = serial_elec(); pc = address()[1]
        lines += f'026|{I("mpan", core)}|V|\n028|{I("serial", s)}|N|{K("20261031")}|\n'
    lines += K("ZPT|0000123456|13||1|20261106091502|")
    return "", f'<div style="padding:6px 10px;background:var(--panel);font-size:12px">{K("file:///C:/flows/out/D0150_NWEN_0000123456.usr")}</div><pre style="padding:10px;font:13px \'Liberation Mono\'">{lines}</pre>'

@P("buttons_links", [(1, "light"), (1.25, "dark")], 1100, 520)
def p29(th):
    core = mpan_core(); n = name(); em = email(n); s = serial_elec(); s2 = serial_elec(); ph = phone()
    body = f'''<div style="padding:24px;font-size:14px;line-height:2.2"><button style="font-size:14px;padding:6px 12px">Copy MPAN {I('mpan',core)}</button>
<div>Email <a href="#" style="color:var(--acc)">{I('email',em)}</a> or call <u>{I('phone',ph)}</u></div>
<div>Replaced <s>{I('serial',s)}</s> with <mark>{I('serial',s2)}</mark> for {NM(n)}</div>
<div><span style="background:var(--acc);color:#fff;border-radius:10px;padding:2px 8px;font-size:11px">{I('mpan',mpan_core(),None)}</span> {K('chip · tag v1.0.4')}</div></div>'''
    return "", body

@P("booking_email", [(1, "light")], 900, 900)
def p30(th):
    n = name(); a, pc = address(); core = mpan_core(); mp = mprn(); ph = phone()
    body = f'''<div style="max-width:600px;margin:20px auto;background:#fff;color:#333;font:14px Georgia,'Liberation Serif'">
<div style="background:#4b2e83;color:#fff;padding:20px;font-size:20px">{K('Your smart meter appointment')}</div><div style="padding:20px">
<p>Hi {I('name',n.split()[0])},</p><p>We'll see you on <b>{K('Thursday 19 November 2026, 8am–12pm')}</b> at:</p>
<p style="background:#f3eefc;padding:12px">{I('address',a)}<br>{I('postcode',pc)}</p>
<table style="font-size:13px"><tr><td>{K('Electricity supply')}</td><td>{I('mpan',core,g_core(core))}</td></tr><tr><td>{K('Gas supply')}</td><td>{I('mprn',mp)}</td></tr><tr><td>{K('Booking ref')}</td><td>{K('BK-77Q2-19')}</td></tr></table>
<p>Questions? {I('phone',ph)}</p><p style="font-size:11px;color:#999">{K('Northwold Energy Ltd, registered in England 01234567')}</p></div></div>'''
    return "", body

def render(name, f, scale, theme, w, h, idx):
    css, body = f(theme)
    doc = page(css, body, theme)
    tag = f"{name}_{theme}_{int(scale*100)}"
    hp = f"{WK}/{tag}.html"; open(hp, "w").write(doc)
    base = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--run-all-compositor-stages-before-draw",
            f"--window-size={w},{h}", f"--force-device-scale-factor={scale}", "--virtual-time-budget=3000"]
    dom = subprocess.run(base + ["--dump-dom", "file://" + hp], capture_output=True, text=True, timeout=120).stdout
    i = dom.find('id="__b">'); j = dom.find("</script>", i)
    boxes = json.loads(html.unescape(dom[i + 9:j]))
    png = f"{OUT}/{tag}.png"
    subprocess.run(base + [f"--screenshot={png}", "file://" + hp], capture_output=True, timeout=120)
    from PIL import Image
    im = Image.open(png); W, H = im.size
    items = []
    for b in boxes:
        bx = [round(v * scale) for v in b["box"]]
        if bx[2] - bx[0] < 2 or bx[3] - bx[1] < 2: continue
        items.append(dict(t=b["t"], kind=b["kind"], val=b["val"], text=b["text"], angle=b["angle"], box=bx))
    json.dump(dict(file=os.path.basename(png), toolkit="chromium", scale=scale, theme=theme, size=[W, H], items=items), open(f"{TR}/{tag}.json", "w"), indent=1)
    print(tag, W, H, len(items), flush=True)

if __name__ == "__main__":
    only = sys.argv[1:]
    k = 0
    for pname, f, variants, w, h in PAGES:
        for scale, theme in variants:
            if not only or pname in only: render(pname, f, scale, theme, w, h, k)
            k += 1
