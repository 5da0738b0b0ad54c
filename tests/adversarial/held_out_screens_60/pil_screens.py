"""Pillow-drawn screens: 3270 green screen, alpha, rotations, boxed digits, cursor, ICC/metadata, plus JPEG screen-share copies."""
import os, sys, json, math, struct, io
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
I.R.seed(9900)
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
OUT = "/tmp/ho39/screens/corpus"; TR = "/tmp/ho39/screens/truth"
FD = "/usr/share/fonts/truetype/dejavu/"
def F(sz, mono=False, bold=False):
    n = "DejaVuSansMono" if mono else "DejaVuSans"
    if bold: n += "-Bold"
    return ImageFont.truetype(FD + n + ".ttf", sz)
def save_truth(name, im, items, **kw):
    d = {"file": name, "toolkit": "pillow", "size": list(im.size), "items": items}; d.update(kw)
    json.dump(d, open(os.path.join(TR, os.path.splitext(name)[0] + ".json"), "w"), indent=1, ensure_ascii=False)
    print(name, im.size, len(items))
class Canvas:
    def __init__(s, w, h, bg, mode="RGB"):
        s.im = Image.new(mode, (w, h), bg); s.d = ImageDraw.Draw(s.im); s.items = []
    def text(s, xy, t, font, fill, role=None, kind=None, value=None, pad=2):
        s.d.text(xy, t, font=font, fill=fill)
        if role:
            b = s.d.textbbox(xy, t, font=font)
            s.items.append({"role": role, "kind": kind, "value": value if value is not None else t, "rot": 0, "boxes": [[b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad]]})
        return s.d.textbbox(xy, t, font=font)

def mainframe():
    c = Canvas(1280, 800, (0, 0, 0)); f = F(18, mono=True); G = (60, 255, 90); Y = (255, 255, 120); cw, lh = 11, 30
    n = I.name().upper(); core = I.mpan_core(); mp = I.mprn(); es = I.elec_serial(); pc = I.postcode(); st = I.street().upper()
    def at(col, row, t, color=G, **kw): return c.text((20 + col * cw, 20 + row * lh), t, f, color, **kw)
    at(0, 0, "MP01", role="keep", kind="txn"); at(30, 0, "METER POINT ENQUIRY"); at(62, 0, "12/03/26", role="keep", kind="date", value="12/03/26")
    at(0, 2, "MPAN CORE  ==>"); at(16, 2, core, Y, role="id", kind="mpan")
    at(0, 3, "CUSTOMER   ==>"); at(16, 3, n, Y, role="id", kind="name")
    at(0, 4, "ADDRESS    ==>"); at(16, 4, st, Y, role="id", kind="address"); at(16, 5, pc, Y, role="id", kind="postcode")
    at(0, 6, "METER SER  ==>"); at(16, 6, es, Y, role="id", kind="elec_serial")
    at(0, 7, "GAS MPRN   ==>"); at(16, 7, mp, Y, role="id", kind="mprn")
    at(0, 8, "SSD        ==>"); at(16, 8, "2019-07-01", Y, role="keep", kind="date")
    at(0, 9, "STATUS     ==>"); at(16, 9, "LIVE", Y, role="keep", kind="keep")
    at(0, 22, "PF3=EXIT  PF7=BACK  PF8=FWD  PF12=CANCEL", role="keep", kind="label")
    at(0, 23, "DFHAC2206 TRANSACTION MP01 COMPLETE", role="keep", kind="msg")
    c.im.save(OUT + "/mainframe_3270.png"); save_truth("mainframe_3270.png", c.im, c.items, note="3270 green screen")

def alpha_white():
    c = Canvas(900, 260, (0, 0, 0, 0), "RGBA"); f = F(20); W = (255, 255, 255, 255)
    core = I.mpan_core(); n = I.name(); mp = I.mprn()
    c.text((20, 20), "Supply", f, W, role="keep", kind="label"); c.text((160, 20), core, f, W, role="id", kind="mpan")
    c.text((20, 70), "Customer", f, W, role="keep", kind="label"); c.text((160, 70), n, f, W, role="id", kind="name")
    c.text((20, 120), "MPRN", f, W, role="keep", kind="label"); c.text((160, 120), mp, F(20), (255, 255, 255, 110), role="id", kind="mprn")
    c.text((20, 190), "Sent " + I.ts(), F(16), W, role="keep", kind="timestamp")
    c.im.save(OUT + "/alpha_white_on_transparent.png"); save_truth("alpha_white_on_transparent.png", c.im, c.items, views=["white", "black"], note="white text on transparent PNG; MPRN at alpha 110")

def alpha_hidden():
    # visible layer: a light card; hidden text in RGB where alpha = 0
    c = Canvas(800, 300, (250, 250, 250, 255), "RGBA"); f = F(20)
    c.text((20, 20), "Meter read accepted", F(22, bold=True), (20, 20, 20, 255), role="keep", kind="label")
    c.text((20, 70), "Reference " + "MPAN-REF-31", f, (20, 20, 20, 255), role="keep", kind="ref", value="MPAN-REF-31")
    hid = Image.new("RGBA", (800, 300), (0, 0, 0, 0)); hd = ImageDraw.Draw(hid)
    core = I.mpan_core(); es = I.elec_serial()
    hd.rectangle([0, 130, 800, 300], fill=(255, 255, 255, 0))
    hd.text((20, 150), core, font=f, fill=(0, 0, 0, 0)); hd.text((20, 200), es, font=f, fill=(0, 0, 0, 0))
    arr = c.im.load(); ha = hid.load()
    for y in range(130, 300):
        for x in range(800):
            arr[x, y] = ha[x, y]
    for (t, k, yy) in [(core, "mpan", 150), (es, "elec_serial", 200)]:
        b = hd.textbbox((20, yy), t, font=f); c.items.append({"role": "id", "kind": k, "value": t, "rot": 0, "boxes": [[b[0] - 2, b[1] - 2, b[2] + 2, b[3] + 2]], "views": ["rgb"]})
    c.im.save(OUT + "/alpha_hidden_text.png"); save_truth("alpha_hidden_text.png", c.im, c.items, views=["white", "black", "rgb"], note="identifiers in fully transparent pixels (RGB only)")

def panel(w=760, h=230, dark=False):
    bg, fg = ((32, 33, 36), (230, 230, 230)) if dark else ((255, 255, 255), (20, 20, 20))
    c = Canvas(w, h, bg); f = F(18)
    core = I.mpan_core(); es = I.elec_serial(); n = I.name()
    c.d.rectangle([0, 0, w - 1, h - 1], outline=(128, 128, 128))
    c.text((16, 14), "Meter point", F(18, bold=True), fg, role="keep", kind="label")
    c.text((16, 56), "MPAN", f, fg); c.text((180, 56), core, f, fg, role="id", kind="mpan")
    c.text((16, 96), "Serial", f, fg); c.text((180, 96), es.lower()[:4] + " " + es.lower()[4:], f, fg, role="id", kind="elec_serial", value=es)
    c.text((16, 136), "Occupier", f, fg); c.text((180, 136), n, f, fg, role="id", kind="name")
    c.text((16, 180), "Ticket INC0048" + str(I.R.randint(100, 999)), F(15), fg, role="keep", kind="ref")
    return c
def rot_point(x, y, ang, w, h, W2, H2):
    a = math.radians(ang); dx, dy = x - w / 2, y - h / 2
    return (math.cos(a) * dx + math.sin(a) * dy + W2 / 2, -math.sin(a) * dx + math.cos(a) * dy + H2 / 2)
def rotated(ang, dark, name, canvas_bg=None):
    c = panel(dark=dark); w, h = c.im.size
    bg = (32, 33, 36) if dark else (255, 255, 255)
    r = c.im.rotate(ang, expand=True, resample=Image.BICUBIC, fillcolor=bg)
    W2, H2 = r.size; off = (0, 0)
    if canvas_bg:  # place onto a bigger screen
        scr = Image.new("RGB", (1366, 768), canvas_bg); off = (300, 120); scr.paste(r, off); r = scr
    items = []
    for it in c.items:
        bx = []
        for b in it["boxes"]:
            pts = [rot_point(x, y, ang, w, h, W2, H2) for x, y in [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]]
            bx.append([round(min(p[0] for p in pts)) + off[0], round(min(p[1] for p in pts)) + off[1], round(max(p[0] for p in pts)) + off[0], round(max(p[1] for p in pts)) + off[1]])
        it = dict(it); it["boxes"] = bx; it["rot"] = ang; items.append(it)
    r.save(OUT + "/" + name); save_truth(name, r, items, note="panel rotated %g degrees" % ang)

def boxed_form():
    c = Canvas(1100, 420, (252, 250, 244)); f = F(22, mono=True); lab = F(16)
    full_top = I.mpan_top(); core = I.mpan_core(); mp = I.mprn()
    c.text((30, 20), "Change of occupancy form – section B", F(20, bold=True), (0, 0, 0), role="keep", kind="label")
    def cells(x, y, s, kind, value):
        x0 = x
        for ch in s:
            c.d.rectangle([x, y, x + 30, y + 38], outline=(0, 0, 120), width=2); c.d.text((x + 8, y + 6), ch, font=f, fill=(0, 0, 0)); x += 34
        c.items.append({"role": "id", "kind": kind, "value": value, "rot": 0, "boxes": [[x0 - 2, y - 2, x + 2, y + 40]]})
    c.text((30, 80), "Electricity (21 digits, top line then bottom line)", lab, (0, 0, 0))
    cells(30, 110, full_top, "mpan_top", full_top); cells(30, 160, core, "mpan", core)
    c.text((30, 230), "Gas MPRN", lab, (0, 0, 0)); cells(30, 258, mp, "mprn", mp)
    c.text((30, 330), "Office use: batch " + "B-2026-0311", lab, (0, 0, 0), role="keep", kind="ref", value="B-2026-0311")
    c.text((600, 330), "Form CO-7 rev 3", lab, (0, 0, 0), role="keep", kind="version")
    c.im.save(OUT + "/boxed_digits_form.png"); save_truth("boxed_digits_form.png", c.im, c.items, note="one digit per cell")

def cursor_screen():
    c = Canvas(1000, 300, (255, 255, 255)); f = F(16)
    core = I.mpan_core(); pc = I.postcode(); eui = I.eui64()
    c.text((20, 20), "Search results for", f, (0, 0, 0), role="keep", kind="label")
    b = c.text((20, 60), "MPAN " + core + " (import)", f, (0, 0, 0))
    bb = c.d.textbbox((20, 60), "MPAN ", font=f); bc = c.d.textbbox((bb[2], 60), core, font=f)
    c.items.append({"role": "id", "kind": "mpan", "value": core, "rot": 0, "boxes": [[bc[0] - 2, bc[1] - 2, bc[2] + 2, bc[3] + 2]]})
    # arrow cursor over digits
    x, y = bc[0] + 55, 58
    poly = [(x, y), (x, y + 22), (x + 6, y + 17), (x + 10, y + 26), (x + 13, y + 25), (x + 9, y + 16), (x + 16, y + 16)]
    c.d.polygon(poly, fill=(255, 255, 255), outline=(0, 0, 0))
    b2 = c.text((20, 110), "Device " + eui.replace("-", ""), f, (0, 0, 0))
    bb = c.d.textbbox((20, 110), "Device ", font=f); bc2 = c.d.textbbox((bb[2], 110), eui.replace("-", ""), font=f)
    c.items.append({"role": "id", "kind": "eui64", "value": eui.replace("-", ""), "rot": 0, "boxes": [[bc2[0] - 2, bc2[1] - 2, bc2[2] + 2, bc2[3] + 2]]})
    xb = bc2[0] + 70; c.d.line([xb, 106, xb, 132], fill=(0, 0, 0), width=2); c.d.line([xb - 4, 106, xb + 4, 106], fill=(0, 0, 0)); c.d.line([xb - 4, 132, xb + 4, 132], fill=(0, 0, 0))
    c.text((20, 160), pc, f, (0, 0, 0), role="id", kind="postcode")
    c.text((20, 210), "Last refreshed " + I.ts(), F(13), (90, 90, 90), role="keep", kind="timestamp")
    c.im.save(OUT + "/cursor_over_digits.png"); save_truth("cursor_over_digits.png", c.im, c.items, note="arrow cursor over MPAN digits, I-beam in device id")

def icc_profile(desc, cprt):
    def text_desc(s):
        b = s.encode("utf-8") + b"\0"
        return b"desc" + b"\0" * 4 + struct.pack(">I", len(b)) + b + b"\0" * 4 + b"\0" * 4 + b"\0" * 3 + b"\0" * 67
    def text_type(s): return b"text" + b"\0" * 4 + s.encode("utf-8") + b"\0"
    def xyz(): return b"XYZ " + b"\0" * 4 + struct.pack(">iii", int(0.9642 * 65536), 65536, int(0.8249 * 65536))
    tags = [(b"desc", text_desc(desc)), (b"cprt", text_type(cprt)), (b"wtpt", xyz())]
    off = 128 + 4 + 12 * len(tags); table = b""; data = b""
    for sig, t in tags:
        while len(t) % 4: t += b"\0"
        table += sig + struct.pack(">II", off + len(data), len(t)); data += t
    body = struct.pack(">I", len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack(">I", size) + b"none" + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB " + b"XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + b"\0" * 4 + struct.pack(">iii", int(0.9642 * 65536), 65536, int(0.8249 * 65536)) + b"\0" * 4 + b"\0" * 16 + b"\0" * 28
    assert len(hdr) == 128, len(hdr)
    return hdr + body

def icc_files():
    # PNG with ICC desc/cprt + tEXt/iTXt chunks
    c = panel(); core_icc = I.mpan_core(); n_icc = I.name(); em = I.email(I.name())
    icc = icc_profile("Display profile MPAN " + core_icc, "Copyright " + n_icc)
    pi = PngImagePlugin.PngInfo(); pi.add_text("Comment", "captured for " + em); pi.add_itxt("Description", "supply " + core_icc)
    c.im.save(OUT + "/icc_png_metadata.png", icc_profile=icc, pnginfo=pi)
    meta = [{"role": "id", "kind": "meta_mpan", "value": core_icc, "where": "ICC desc + iTXt"}, {"role": "id", "kind": "meta_name", "value": n_icc, "where": "ICC cprt"},
            {"role": "id", "kind": "meta_email", "value": em, "where": "tEXt"}]
    save_truth("icc_png_metadata.png", c.im, c.items, meta=meta, note="ICC profile desc/cprt and PNG text chunks carry identifiers")
    c = panel(dark=True); mp_icc = I.mprn(); n2 = I.name()
    icc = icc_profile("Calibrated " + mp_icc, "(c) " + n2)
    c.im.save(OUT + "/icc_jpeg_metadata.jpg", quality=88, icc_profile=icc, comment=("operator " + n2).encode())
    save_truth("icc_jpeg_metadata.jpg", c.im, c.items, meta=[{"role": "id", "kind": "meta_mprn", "value": mp_icc, "where": "ICC desc"}, {"role": "id", "kind": "meta_name", "value": n2, "where": "ICC cprt + COM"}],
               note="JPEG with ICC profile and COM comment carrying identifiers")

def jpeg_copies():
    srcs = [("phone_app_light", 0.5), ("lightning_light_1", 1.0), ("browser_search_light_1.25", 0.8), ("win11_settings_dark_1.75", 0.55),
            ("qt_meterform_dark_1.25", 0.9), ("lo_bill_120dpi", 0.8), ("pdf_annot_dark_1.5", 0.6), ("kanban_light_1.25", 0.75), ("sapgui_1.5", 0.7), ("qt_devtree_light_1.5", 0.7)]
    for name, s in srcs:
        t = json.load(open(os.path.join(TR, name + ".json")))
        im = Image.open(os.path.join(OUT, t["file"])).convert("RGB")
        im2 = im.resize((round(im.width * s), round(im.height * s)), Image.BILINEAR)
        out = "share_%s.jpg" % name
        im2.save(os.path.join(OUT, out), quality=45, subsampling=2)
        items = []
        for it in t["items"]:
            it = dict(it); it["boxes"] = [[math.floor(b[0] * s) - 1, math.floor(b[1] * s) - 1, math.ceil(b[2] * s) + 1, math.ceil(b[3] * s) + 1] for b in it["boxes"]]; items.append(it)
        save_truth(out, im2, items, source=t["file"], note="screen-share JPEG copy q45 4:2:0 at %g" % s, dark=t.get("dark"))

if __name__ == "__main__":
    mainframe(); alpha_white(); alpha_hidden()
    rotated(90, False, "rot90_panel.png"); rotated(180, True, "rot180_panel_dark.png"); rotated(270, False, "rot270_panel.png")
    rotated(12, False, "rot12_on_desktop.png", canvas_bg=(40, 90, 140)); rotated(-7, True, "rot-7_panel_dark.png")
    boxed_form(); cursor_screen(); icc_files(); jpeg_copies()
