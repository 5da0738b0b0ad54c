import sys, os, math, json, struct, io
sys.path.insert(0, os.path.dirname(__file__))
import common as C
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
C.R.seed(777); R = C.R
FD = "/usr/share/fonts/truetype/dejavu/"
def F(sz, mono=False, bold=False):
    n = "DejaVuSansMono" if mono else "DejaVuSans"
    if bold: n += "-Bold"
    return ImageFont.truetype(FD + n + ".ttf", sz)
T = json.load(open(C.TRUTH))["images"]
LIGHT = dict(bg=(246, 247, 249), fg=(28, 32, 38), mute=(110, 118, 128), line=(200, 205, 212), panel=(255, 255, 255))
DARK = dict(bg=(24, 27, 31), fg=(222, 226, 231), mute=(140, 148, 158), line=(70, 76, 84), panel=(34, 38, 44))

class Canvas:
    def __init__(self, w, h, th, mode="RGB", bg=None):
        self.th = th; self.P = DARK if th == "dark" else LIGHT
        self.im = Image.new(mode, (w, h), bg if bg is not None else self.P["bg"]); self.d = ImageDraw.Draw(self.im)
        self.sec = []; self.keep = []
    def text(self, xy, t, font, fill=None, kind=None, keep=False, secret_text=None):
        fill = fill or self.P["fg"]
        self.d.text(xy, t, font=font, fill=fill)
        b = list(self.d.textbbox(xy, t, font=font))
        if kind: self.sec.append({"text": secret_text or t, "kind": kind, "box": b})
        elif keep: self.keep.append({"text": t, "box": b})
        return b
    def save(self, fname, case, extra=None, **kw):
        self.im.save(os.path.join(C.OUT, fname), **kw)
        e = {"toolkit": "pillow", "case": case, "scale": 1.0, "theme": self.th, "size": list(self.im.size), "secrets": self.sec, "keeps": self.keep}
        if extra: e.update(extra)
        C.save_entry(fname, e); print("ok", fname, len(self.sec), len(self.keep))

def lone(fname, px, th, full=False):
    c = Canvas(1920, 1080, th)
    x, y = R.randint(200, 1500), R.randint(150, 900)
    core = C.mpan_core()
    if full:
        pc, mtc, llf = C.mpan_top(); top = pc + mtc + llf
        b1 = c.text((x, y), top, F(px), kind="mpan_top")
        c.text((b1[2] + px // 2, y), core, F(px), kind="mpan_core")
    else:
        c.text((x, y), core, F(px), kind="mpan_core")
    c.save(fname, "lone_small_1080p")

def alpha_white(fname, w, h, small=False):
    c = Canvas(w, h, "dark", mode="RGBA", bg=(0, 0, 0, 0))
    wt = (255, 255, 255, 255); y = 20
    if small:
        c.text((16, 14), "MPAN", F(14), fill=wt, keep=True)
        c.text((80, 14), C.fmt_core(C.mpan_core()), F(14), fill=wt, kind="mpan_core")
        c.text((16, 50), "Serial", F(14), fill=wt, keep=True)
        c.text((80, 50), C.elec_serial(), F(14), fill=wt, kind="meter_serial")
    else:
        n = C.name()
        for lab, val, kind in [("Customer", n, "name"), ("MPAN", C.mpan_core(), "mpan_core"), ("MPRN", C.mprn(), "mprn"),
                               ("Gas meter", C.gas_serial(), "meter_serial"), ("IHD", C.eui_fmt(C.eui()), "device_id"), ("Status", "Commissioned", None), ("Test case", "TC_UIT_311", None)]:
            c.text((30, y), lab, F(18), fill=wt, keep=True)
            c.text((200, y), val, F(18), fill=wt, kind=kind, keep=not kind); y += 40
    c.save(fname, "alpha_white_on_transparent", extra={"alpha": True})

def alpha_hidden(fname):
    c = Canvas(900, 400, "light", mode="RGBA", bg=(246, 247, 249, 255))
    c.text((20, 20), "Evidence capture — step 4", F(20, bold=True), keep=True)
    c.text((20, 70), "Flow IF-021 accepted at 2026-11-14 09:31:07", F(16), keep=True)
    # hidden block: RGB text, alpha 0
    hid = Image.new("RGBA", (860, 200), (255, 255, 255, 255)); hd = ImageDraw.Draw(hid)
    core = C.mpan_core(); mp = C.mprn()
    hd.text((10, 20), "MPAN " + core, font=F(22), fill=(0, 0, 0, 255)); b1 = hd.textbbox((10, 20), "MPAN " + core, font=F(22))
    hd.text((10, 80), "MPRN " + mp, font=F(22), fill=(0, 0, 0, 255)); b2 = hd.textbbox((10, 80), "MPRN " + mp, font=F(22))
    a = hid.split()[3].point(lambda v: 0); hid.putalpha(a)
    c.im.paste(hid, (20, 140))
    ox, oy = 20, 140
    c.sec.append({"text": core, "kind": "mpan_core", "box": [b1[0] + ox, b1[1] + oy, b1[2] + ox, b1[3] + oy], "hidden_alpha": True})
    c.sec.append({"text": mp, "kind": "mprn", "box": [b2[0] + ox, b2[1] + oy, b2[2] + ox, b2[3] + oy], "hidden_alpha": True})
    c.save(fname, "alpha_hidden_rgb", extra={"alpha": True})

def panel(th, w=760, h=300):
    c = Canvas(w, h, th); y = 20
    c.text((20, y), "Meter details", F(20, bold=True), keep=True); y += 44
    for lab, val, kind in [("MPAN", C.fmt_core(C.mpan_core()), "mpan_core"), ("MPRN", C.mprn(), "mprn"), ("Meter serial", C.elec_serial(), "meter_serial"),
                           ("CH GUID", C.eui_fmt(C.eui()), "device_id"), ("Status", "Awaiting install", None)]:
        c.text((20, y), lab, F(18), fill=c.P["mute"], keep=True); c.text((200, y), val, F(18, mono=True), kind=kind, keep=not kind); y += 42
    return c

def rot_point(x, y, w, h, W, H, ang):
    t = math.radians(ang); cx, cy = x - w / 2, y - h / 2
    return (cx * math.cos(t) + cy * math.sin(t) + W / 2, -cx * math.sin(t) + cy * math.cos(t) + H / 2)

def rotate_entry(im, secrets, keeps, ang, fill):
    w, h = im.size
    if ang % 90 == 0:
        r = im.rotate(ang, expand=True)
    else:
        r = im.rotate(ang, expand=True, resample=Image.BICUBIC, fillcolor=fill)
    W, H = r.size
    def tb(b):
        pts = [rot_point(x, y, w, h, W, H, ang) for x, y in [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]]
        return [int(min(p[0] for p in pts)), int(min(p[1] for p in pts)), int(math.ceil(max(p[0] for p in pts))), int(math.ceil(max(p[1] for p in pts)))]
    S = [dict(s, box=tb(s["box"]), parts=[tb(p) for p in s["parts"]]) if "parts" in s else dict(s, box=tb(s["box"])) for s in secrets]
    K = [dict(k, box=tb(k["box"])) for k in keeps]
    return r, S, K

def rotated(fname, ang, th):
    c = panel(th); r, S, K = rotate_entry(c.im, c.sec, c.keep, ang, c.P["bg"])
    bgc = Image.new("RGB", (r.width + 80, r.height + 80), c.P["bg"]); bgc.paste(r, (40, 40))
    S = [dict(s, box=[s["box"][0] + 40, s["box"][1] + 40, s["box"][2] + 40, s["box"][3] + 40]) for s in S]
    K = [dict(k, box=[k["box"][0] + 40, k["box"][1] + 40, k["box"][2] + 40, k["box"][3] + 40]) for k in K]
    bgc.save(os.path.join(C.OUT, fname))
    C.save_entry(fname, {"toolkit": "pillow", "case": "rotated_%d" % ang, "scale": 1.0, "theme": th, "size": list(bgc.size), "secrets": S, "keeps": K, "rotation": ang})
    print("ok", fname)

def derived(src, fname, case, fn, toolkit="composite"):
    e = T[src] if src in T else json.load(open(C.TRUTH))["images"][src]
    im = Image.open(os.path.join(C.OUT, src)).convert("RGB")
    im2, S, K, extra, save_kw = fn(im, e)
    im2.save(os.path.join(C.OUT, fname), **save_kw)
    ent = {"toolkit": toolkit, "source_toolkit": e["toolkit"], "source": src, "case": case, "scale": e["scale"], "theme": e["theme"], "size": list(im2.size), "secrets": S, "keeps": K}
    ent.update(extra); C.save_entry(fname, ent); print("ok", fname, len(S), len(K))

def as_jpeg(q, downscale=1.0):
    def fn(im, e):
        S, K = e["secrets"], e["keeps"]
        if downscale != 1.0:
            im = im.resize((round(im.width * downscale), round(im.height * downscale)), Image.LANCZOS)
            sc = lambda b: [int(v * downscale) for v in b]
            S = [dict(s, box=sc(s["box"])) for s in S]; K = [dict(k, box=sc(k["box"])) for k in K]
        return im, S, K, {"jpeg_quality": q}, {"quality": q}
    return fn

def rot_shot(ang):
    def fn(im, e):
        r, S, K = rotate_entry(im, e["secrets"], e["keeps"], ang, (0, 0, 0))
        return r, S, K, {"rotation": ang}, {}
    return fn

def rdp(scale, th, title):
    def fn(im, e):
        W, H = 1920, 1080; P = DARK if th == "dark" else LIGHT
        frame = Image.new("RGB", (W, H), (0, 90, 140) if th == "light" else (10, 20, 30)); d = ImageDraw.Draw(frame)
        d.rectangle([0, 0, W, 30], fill=(40, 44, 52)); d.text((10, 6), title, font=F(14), fill=(230, 230, 230))
        bar = d.textbbox((10, 6), title, font=F(14))
        d.rectangle([0, H - 40, W, H], fill=(30, 30, 36))
        d.text((W - 150, H - 30), "14:27  04/12/2026", font=F(14), fill=(230, 230, 230)); clk = d.textbbox((W - 150, H - 30), "14:27  04/12/2026", font=F(14))
        sm = im.resize((round(im.width * scale), round(im.height * scale)), Image.LANCZOS)
        ox, oy = 120, 80
        d.rectangle([ox - 2, oy - 26, ox + sm.width + 2, oy + sm.height + 2], fill=(60, 64, 72)); d.text((ox + 6, oy - 22), "Evidence viewer", font=F(13), fill=(240, 240, 240))
        frame.paste(sm, (ox, oy))
        tb = lambda b: [int(b[0] * scale) + ox, int(b[1] * scale) + oy, int(math.ceil(b[2] * scale)) + ox, int(math.ceil(b[3] * scale)) + oy]
        S = [dict(s, box=tb(s["box"])) for s in e["secrets"]]; K = [dict(k, box=tb(k["box"])) for k in e["keeps"]]
        K.append({"text": title, "box": list(bar)}); K.append({"text": "14:27  04/12/2026", "box": list(clk)})
        return frame, S, K, {"rdp_scale": scale}, {}
    return fn

def boxed(fname, th, sbox=False):
    c = Canvas(1000, 360 if not sbox else 300, th)
    c.text((20, 16), "Supply number entry" if not sbox else "Supply number", F(20, bold=True), keep=True)
    cw, chh = 30, 38
    def row(x, y, digits, sid_text, kind):
        bs = []
        for i, dg in enumerate(digits):
            x0 = x + i * (cw + 3); c.d.rectangle([x0, y, x0 + cw, y + chh], outline=c.P["fg"], width=1)
            f = F(20, mono=True); tb = c.d.textbbox((0, 0), dg, font=f)
            tx = x0 + (cw - (tb[2] - tb[0])) / 2 - tb[0]; ty = y + (chh - (tb[3] - tb[1])) / 2 - tb[1]
            c.d.text((tx, ty), dg, font=f, fill=c.P["fg"]); bs.append(c.d.textbbox((tx, ty), dg, font=f))
        c.sec.append({"text": sid_text, "kind": kind, "box": [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]})
    if not sbox:
        core = C.mpan_core(); mp = C.mprn()
        c.text((20, 70), "MPAN core", F(16), fill=c.P["mute"], keep=True); row(180, 62, core, core, "mpan_core")
        c.text((20, 140), "MPRN", F(16), fill=c.P["mute"], keep=True); row(180, 132, mp, mp, "mprn")
        c.text((20, 210), "Meter serial", F(16), fill=c.P["mute"], keep=True); es = C.elec_serial(); row(180, 202, es, es, "meter_serial")
        c.text((20, 290), "Reference TC_LDSO_072 · Step 1 of 5", F(16), keep=True)
    else:
        pc, mtc, llf = C.mpan_top(); core = C.mpan_core()
        c.text((30, 90), "S", F(64, bold=True)); c.d.rectangle([16, 62, 760, 190], outline=c.P["fg"], width=2)
        row(110, 72, pc + mtc + llf, f"{pc} {mtc} {llf}", "mpan_top"); row(110, 132, core, C.fmt_core(core), "mpan_core")
        c.text((20, 220), "Profile class 0%s · Tariff: Economy 7" % pc[1], F(16), keep=True)
    c.save(fname, "boxed_digits" + ("_sbox" if sbox else ""))

def sbox_pil(fname, th, pt, with_s):
    px = round(pt * 96 / 72); c = Canvas(700, 220, th)
    c.text((20, 16), "Your supply number", F(px), keep=True)
    pc, mtc, llf = C.mpan_top(); core = C.mpan_core(); f = F(px, mono=True)
    x0 = 20; y0 = 50
    if with_s:
        c.d.text((x0 + 8, y0 + 8), "S", font=F(int(px * 2.6), bold=True), fill=c.P["fg"]); x0 += int(px * 2.6) + 10
    groups_t = [pc, mtc, llf]; groups_c = [core[:2], core[2:6], core[6:10], core[10:]]
    gx = x0 + 10; line_h = px + 14
    c.d.rectangle([20, y0, x0 + 10 + 14 * px, y0 + 2 * line_h + 10], outline=c.P["fg"], width=2)
    def line(groups, y, sid_text, kind):
        x = gx; bs = []
        for g in groups:
            c.d.text((x, y), g, font=f, fill=c.P["fg"]); b = c.d.textbbox((x, y), g, font=f); bs.append(b); x = b[2] + px
        c.sec.append({"text": sid_text, "kind": kind, "box": [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]})
    line(groups_t, y0 + 8, f"{pc} {mtc} {llf}", "mpan_top"); line(groups_c, y0 + 8 + line_h, C.fmt_core(core), "mpan_core")
    c.d.line([gx - 4, y0 + 4 + line_h, x0 + 14 * px, y0 + 4 + line_h], fill=c.P["line"])
    c.text((20, y0 + 2 * line_h + 30), "Meter type: Smart · Last read 28/11/2026", F(px), keep=True)
    c.save(fname, "pillow_sbox_%dpt" % pt)

def dense_log(fname, th, px):
    c = Canvas(1600, 900, th); y = 10; f = F(px, mono=True)
    c.text((10, y), "dip-gateway.log — tail -f   (SIT-B)", F(px + 2, bold=True), keep=True); y += px + 14
    for i in range(int((900 - 40) / (px + 6))):
        ts = "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        x = 10; b = c.text((x, y), ts, f, keep=True); x = b[2] + px
        flow = R.choice(["IF-021", "IF-031", "PUB-011", "IF-013"]); b = c.text((x, y), flow, f, keep=True); x = b[2] + px
        lvl = R.choice(["INFO", "WARN", "INFO", "ERROR"]); b = c.text((x, y), lvl, f, keep=True); x = b[2] + px
        kind = R.choice(["mpan", "mprn", "serial", "dev", "name", "mpan"])
        if kind == "mpan": lab, val, k = "mpan=", C.mpan_core(), "mpan_core"
        elif kind == "mprn": lab, val, k = "mprn=", C.mprn(), "mprn"
        elif kind == "serial": lab, val, k = "msn=", R.choice([C.elec_serial(), C.gas_serial().lower()]), "meter_serial"
        elif kind == "dev": lab, val, k = "deviceId=", C.eui_fmt(C.eui(), R.choice(["-", ":", ".", ""])), "device_id"
        else: lab, val, k = "customer=", C.name(), "name"
        b = c.d.textbbox((x, y), lab, font=f); c.d.text((x, y), lab, font=f, fill=c.P["mute"]); x = b[2]
        b = c.text((x, y), val, f, kind=k); x = b[2] + px
        c.text((x, y), "msgId=DIP-MSG-%08d" % R.randint(10**7, 10**8 - 1), f, keep=True)
        y += px + 6
    c.save(fname, "dense_log")

def wrapped(fname, th):
    c = Canvas(900, 420, th); f = F(16)
    c.text((20, 16), "Notes — defect DEF-2240", F(18, bold=True), keep=True)
    core = C.mpan_core(); core2 = C.mpan_core(); pc, mtc, llf = C.mpan_top()
    lines = [("The read for supply ", None), None]
    y = 60
    b1 = c.text((20, y), "Retest needed: reading rejected for MPAN " + core[:7], f, secret_text=None)
    pre = c.d.textbbox((20, y), "Retest needed: reading rejected for MPAN ", font=f)
    p1 = [pre[2], b1[1], b1[2], b1[3]]
    c.keep.append({"text": "Retest needed: reading rejected for MPAN", "box": [pre[0], pre[1], pre[2] - 6, pre[3]]})
    y += 28; b2 = c.text((20, y), core[7:] + " after the IF-021 at 10:14.", f)
    p2 = c.d.textbbox((20, y), core[7:], font=f)
    c.sec.append({"text": core, "kind": "mpan_core", "box": [min(p1[0], p2[0]), p1[1], max(p1[2], p2[2]), p2[3]], "parts": [p1, list(p2)]})
    y += 50
    full = f"S {pc} {mtc} {llf} {C.fmt_core(core2)}"
    t1 = f"Full MPAN as printed: S {pc} {mtc} {llf} {core2[:2]} {core2[2:6]}"
    b = c.text((20, y), t1, f); pre = c.d.textbbox((20, y), "Full MPAN as printed: S ", font=f)
    top_b = c.d.textbbox((20, y), f"Full MPAN as printed: S {pc} {mtc} {llf}", font=f)
    c.sec.append({"text": f"{pc} {mtc} {llf}", "kind": "mpan_top", "box": [pre[2], pre[1], top_b[2], top_b[3]]})
    cs = c.d.textbbox((20, y), f"Full MPAN as printed: S {pc} {mtc} {llf} ", font=f)
    y += 28; t2 = f"{core2[6:10]} {core2[10:]} (export)."
    c.d.text((20, y), t2, font=f, fill=c.P["fg"]); e2 = c.d.textbbox((20, y), f"{core2[6:10]} {core2[10:]}", font=f)
    c.sec.append({"text": C.fmt_core(core2), "kind": "mpan_core", "box": [min(cs[2], e2[0]), cs[1], max(b[2], e2[2]), e2[3]], "parts": [[cs[2], cs[1], b[2], b[3]], list(e2)]})
    y += 50
    c.text((20, y), "Status: Open · Severity 2 · Owner: SIT team", f, keep=True)
    c.save(fname, "wrapped_two_lines")

def icc_bytes(desc, cprt):
    def tag_desc(s):
        a = s.encode("ascii") + b"\0"
        return b"desc" + b"\0" * 4 + struct.pack(">I", len(a)) + a + b"\0" * 8 + b"\0" * 3 + b"\0" * 67
    def tag_text(s): return b"text" + b"\0" * 4 + s.encode("ascii") + b"\0"
    def xyz(x, y, z): return b"XYZ " + b"\0" * 4 + struct.pack(">iii", int(x * 65536), int(y * 65536), int(z * 65536))
    tags = [(b"desc", tag_desc(desc)), (b"cprt", tag_text(cprt)), (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)), (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)), (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233))]
    tags.append((b"gTRC", tags[-1][1])); tags.append((b"bTRC", tags[-2][1]))
    off = 128 + 4 + 12 * len(tags); table = b""; data = b""
    for sig, d in tags:
        while (off + len(data)) % 4: data += b"\0"
        table += sig + struct.pack(">II", off + len(data), len(d)); data += d
    body = struct.pack(">I", len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack(">I", size) + b"lcms" + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB " + b"XYZ " + struct.pack(">6H", 2026, 12, 4, 12, 0, 0) + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + b"\0" * 4 + struct.pack(">iii", int(0.9642 * 65536), 65536, int(0.8249 * 65536)) + b"lcms" + b"\0" * 44
    assert len(hdr) == 128, len(hdr)
    return hdr + body

def icc_image(fname, fmt):
    c = panel("light")
    core = C.mpan_core(); mp = C.mprn(); sn = C.gas_serial()
    prof = icc_bytes("Display profile MPAN " + core, "Copyright site meter " + sn)
    c.sec.append({"text": core, "kind": "mpan_core", "box": None, "where": "icc_description"})
    c.sec.append({"text": sn, "kind": "meter_serial", "box": None, "where": "icc_copyright"})
    if fmt == "png":
        pi = PngImagePlugin.PngInfo(); pi.add_text("Comment", "supply point MPRN " + mp); pi.add_itxt("Description", "customer " + C.name() + " MPRN " + mp)
        c.sec.append({"text": mp, "kind": "mprn", "box": None, "where": "png_text_chunk"})
        c.save(fname, "icc_profile_text", extra={"metadata": True}, icc_profile=prof, pnginfo=pi)
    else:
        c.im.save(os.path.join(C.OUT, fname), quality=85, icc_profile=prof, comment=("MPRN " + mp).encode())
        c.sec.append({"text": mp, "kind": "mprn", "box": None, "where": "jpeg_comment"})
        C.save_entry(fname, {"toolkit": "pillow", "case": "icc_profile_text", "scale": 1.0, "theme": "light", "size": list(c.im.size), "secrets": c.sec, "keeps": c.keep, "metadata": True})
        print("ok", fname)

lone("pil_lone_12px_1920_light.png", 12, "light")
lone("pil_lone_14px_1920_dark.png", 14, "dark")
lone("pil_lone_16px_1920_light.png", 16, "light", full=True)
alpha_white("pil_alpha_white_panel.png", 700, 320)
alpha_white("pil_alpha_white_small.png", 420, 90, small=True)
alpha_hidden("pil_alpha_hidden_rgb.png")
rotated("pil_rot90_light.png", 90, "light")
rotated("pil_rot180_dark.png", 180, "dark")
rotated("pil_rot12_light.png", 12, "light")
rotated("pil_rot348_dark.png", -12, "dark")
boxed("pil_boxed_light.png", "light")
boxed("pil_boxed_sbox_dark.png", "dark", sbox=True)
sbox_pil("pil_sbox_10pt_light.png", "light", 10, True)
sbox_pil("pil_sbox_14pt_dark.png", "dark", 14, False)
dense_log("pil_dense_log_light.png", "light", 13)
dense_log("pil_dense_log_dark.png", "dark", 12)
wrapped("pil_wrapped_light.png", "light")
icc_image("pil_icc_text.png", "png")
icc_image("pil_icc_text.jpg", "jpeg")
derived("chr_portal_100_light.png", "cmp_rot90_portal.png", "rotated_90_screenshot", rot_shot(90))
derived("chr_dip_125_light.png", "cmp_rdp_dip.png", "rdp_reduced_scale", rdp(0.7, "light", "Remote Desktop Connection — sit-jump-02"))
derived("qt_form_100_light.png", "cmp_rdp_qtform_dark.png", "rdp_reduced_scale", rdp(0.8, "dark", "Citrix Workspace — UIT desktop"))
derived("chr_portal_150_light.png", "share_portal_q60.jpg", "screenshare_jpeg", as_jpeg(60))
derived("chr_crm_125_dark.png", "share_crm_q70.jpg", "screenshare_jpeg", as_jpeg(70))
derived("qt_table_125_light.png", "share_qttable_q75.jpg", "screenshare_jpeg", as_jpeg(75))
derived("lo_bill_100_light.png", "share_bill_q80.jpg", "screenshare_jpeg", as_jpeg(80))
derived("chr_sbox_100_light.png", "share_sbox_q65_80pct.jpg", "screenshare_jpeg", as_jpeg(65, 0.8))
