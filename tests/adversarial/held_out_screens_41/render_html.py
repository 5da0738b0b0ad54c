import sys, os, json, subprocess, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import pages as PG
from PIL import Image
import numpy as np
OUT = "/tmp/ho34/screens/img"; TMP = "/tmp/ho34/screens/work"; os.makedirs(TMP, exist_ok=True)
def chrome_bar(p, title, tabs=None, theme="light"):
    bg = "#dee1e6" if theme=="light" else "#202124"; fg = "#222" if theme=="light" else "#ddd"
    t = f'<div style="background:{bg};color:{fg};font-family:Liberation Sans;font-size:12px;padding:5px 10px;display:flex;gap:10px"><span>{title}</span><span style="margin-left:auto">— ☐ ✕</span></div>'
    if tabs:
        t += f'<div style="background:{bg};padding:0 8px;display:flex;gap:2px;font-family:Liberation Sans;font-size:12px">' + "".join(f'<span style="background:{"#fff" if i==0 else "transparent"};color:{"#222" if i==0 else fg};padding:5px 12px;border-radius:6px 6px 0 0;max-width:170px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{tb}</span>' for i,tb in enumerate(tabs)) + '</div>'
    return t
def shoot(html, name, w, h, scale, cleartype=False):
    f = f"{TMP}/{name}.html"; open(f, "w").write(html)
    png = f"{TMP}/{name}.raw.png"
    ww = w*3 if cleartype else w
    args = ["chromium","--headless","--no-sandbox","--disable-gpu","--hide-scrollbars",f"--force-device-scale-factor={scale}",f"--window-size={ww},{h}"]
    subprocess.run(args + [f"--screenshot={png}", "file://"+f], capture_output=True, timeout=60)
    dom = subprocess.run(args + ["--dump-dom", "file://"+f], capture_output=True, text=True, timeout=60).stdout
    m = re.search(r"<title>(.*?)</title>", dom, re.S)
    boxes = json.loads(H.unescape(m.group(1))) if m else []
    im = Image.open(png).convert("RGB")
    if cleartype:
        a = np.asarray(im).astype(np.float32); lum = a.mean(axis=2)
        # 5-tap FIR like ClearType on 3x oversampled coverage, then per-subpixel sampling
        k = np.array([1,2,3,2,1], np.float32)/9
        pad = np.pad(lum, ((0,0),(2,2)), mode="edge")
        fl = sum(k[i]*pad[:, i:i+lum.shape[1]] for i in range(5))
        W3 = (fl.shape[1]//3)*3
        out = np.stack([fl[:, 0:W3:3], fl[:, 1:W3:3], fl[:, 2:W3:3]], axis=2)
        # reapply colour: blend original colours downsampled
        col = a[:, :W3].reshape(a.shape[0], W3//3, 3, 3).mean(axis=2)
        gray = col.mean(axis=2, keepdims=True)
        out = np.clip(out + (col - gray), 0, 255).astype(np.uint8)
        im = Image.fromarray(out)
        boxes = [[b[0], b[1]/3, b[2], b[3]/3, b[4]] for b in boxes]
    return im, [[b[0]] + [round(v*scale) for v in b[1:]] for b in boxes]
def attach(rec, boxes):
    for b in boxes:
        kind, idx = b[0][0], int(b[0][1:])
        lst = rec.d["secrets"] if kind == "s" else rec.d["keeps"]
        if idx < len(lst): lst[idx].setdefault("boxes", []).append(b[1:])
def make(name, builder, theme, scale, w, h, font=None, cleartype=False, title=None, tabs=None, note=""):
    rec = Rec(name + ".png", "chromium" + ("+cleartype-emul" if cleartype else ""), scale, theme, note)
    p = PG.P(rec)
    r = builder(p, theme)
    body, css = (r if isinstance(r, tuple) else (r, ""))
    if title is not None:
        body = chrome_bar(p, title(p) if callable(title) else title, tabs(p) if callable(tabs) else tabs, theme) + body
    kw = {"font": font} if font else {}
    im, boxes = shoot(PG.page(body, theme, css=css + (";body{-webkit-font-smoothing:none}" if False else ""), **kw) if not cleartype else PG.page(f'<div style="transform:scaleX(3);transform-origin:0 0;width:{w}px">{body}</div>', theme, css=css, **kw), name, w, h, scale, cleartype)
    attach(rec, boxes)
    im.save(f"{OUT}/{name}.png"); rec.emit(); print(name, im.size)
    return rec

if __name__ == "__main__":
    T = lambda s: (lambda p: s(p))
    make("h01_portal_light_100", PG.portal, "light", 1, 1280, 760, title=lambda p: f"BrightGrid – My account – Google Chrome", tabs=lambda p: ["My account", "Gmail", "DIP portal"])
    make("h02_portal_dark_125", PG.portal, "dark", 1.25, 1280, 760, font="'DejaVu Serif',serif")
    make("h03_portal_light_150", PG.portal, "light", 1.5, 1280, 760, font="'Liberation Sans Narrow',sans-serif")
    make("h04_portal_4k_200", PG.portal, "light", 2, 1920, 1080, note="4K at 200%")
    make("h05_dip_light_100", PG.dip_tracker, "light", 1, 1600, 700)
    make("h06_dip_dark_150", PG.dip_tracker, "dark", 1.5, 1280, 640, font="'DejaVu Sans Condensed',sans-serif")
    make("h07_crm_light_125", PG.crm, "light", 1.25, 1200, 620, title=lambda p: "Customer 360 – " + p.S("name", person()) + " – Edge")
    make("h08_crm_dark_100_cleartype", PG.crm, "dark", 1, 1200, 620, cleartype=True)
    make("h09_outlook_light_100_cleartype", PG.outlook, "light", 1, 1280, 560, cleartype=True)
    make("h10_outlook_dark_125", PG.outlook, "dark", 1.25, 1280, 560, title=lambda p: "RE: Meter exchange — MPAN " + p.S("mpan", mpan()) + " - Message (HTML)")
    make("h11_teams_dark_125", PG.teams, "dark", 1.25, 1000, 520)
    make("h12_teams_light_100", PG.teams, "light", 1, 1000, 520)
    make("h13_ado_light_100", PG.ado, "light", 1, 1280, 720, title=lambda p: "Bug 118842 - Boards", tabs=lambda p: ["Bug 118842", "Test Plans", "MPAN " + p.S("mpan", mpan())])
    make("h14_terminal_100", PG.terminal, "dark", 1, 1280, 460)
    make("h15_terminal_150", PG.terminal, "dark", 1.5, 1100, 420)
    make("h16_sap_light_100", PG.sapgrid, "light", 1, 1100, 520, font="'Liberation Sans',sans-serif")
    make("h17_mobile_light_3x", PG.mobile, "light", 3, 360, 800, note="mobile 1080x2400")
    make("h18_mobile_dark_3x", PG.mobile, "dark", 3, 360, 800)
    make("h19_chart_light_100", PG.chart, "light", 1, 820, 420)
    make("h20_chart_dark_125", PG.chart, "dark", 1.25, 820, 420)
    make("h21_gradient_light_100", PG.gradient, "light", 1, 1100, 460)
    make("h22_gradient_light_150", PG.gradient, "light", 1.5, 1100, 460)
    make("h23_keeps_light_100", PG.keeps_heavy, "light", 1, 1400, 560)
    make("h24_keeps_dark_125", PG.keeps_heavy, "dark", 1.25, 1400, 560, font="'DejaVu Sans Mono',monospace")
    # multi-monitor 3840x1080: portal left, terminal right
    def mm(p, theme):
        b1 = PG.portal(p, "light"); b2, css = PG.terminal(p, "dark")
        return (f'<div style="display:flex;width:3840px"><div class=light style="width:1920px;height:1080px;background:#f4f6f9;color:#1d2733">{b1}</div><div style="width:1920px;height:1080px;overflow:hidden">{b2}</div></div>', css)
    make("h25_multimon_3840x1080", mm, "light", 1, 3840, 1080, note="multi-monitor capture")
