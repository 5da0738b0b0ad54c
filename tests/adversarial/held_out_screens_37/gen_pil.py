import json, math, struct, io, zlib
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
from common import *
FS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; FM = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
FB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
def F(sz, p=FS): return ImageFont.truetype(p, sz)
def load(f): return json.load(open(f"{BUILD}/truth/{f}.json"))
class Canvas:
    def __init__(s, fn, size, bg, desc, theme, mode="RGB", scale=1.0):
        s.im = Image.new(mode, size, bg); s.d = ImageDraw.Draw(s.im); s.t = Truth(fn, "pillow", scale, theme, desc)
    def text(s, xy, txt, font, fill, kind=None, secret_text=None):
        s.d.text(xy, txt, font=font, fill=fill); b = s.d.textbbox(xy, txt, font=font)
        if kind: s.t.s(kind, secret_text or txt, b)
        else: s.t.k(txt, b)
        return b
    def seq(s, xy, parts, font, fill):  # parts: list of (text, kind or None or 'plain')
        x, y = xy
        for txt, kind in parts:
            if kind == 'plain': s.d.text((x, y), txt, font=font, fill=fill)
            else: s.text((x, y), txt, font, fill, kind if kind else None)
            x += s.d.textlength(txt, font=font)
    def save(s, **kw):
        s.im.save(f"{CORPUS}/{s.t.d['file']}", **kw); s.t.save(); print(s.t.d['file'], len(s.t.d['secrets']), len(s.t.d['keeps']))
        return s
# 1 lone small text on big empty screen
for px, theme, pos, mk in [(12, 'light', (1432, 207), 'm2'), (14, 'dark', (611, 833), 'm6'), (16, 'light', (96, 1004), 'm9')]:
    bg, fg = ((255, 255, 255), (40, 40, 40)) if theme == 'light' else ((30, 30, 30), (200, 200, 200))
    c = Canvas(f"pil_lone_{px}px_{theme}.png", (1920, 1080), bg, f"lone {px}px MPAN on empty 1080p", theme)
    c.text(pos, M[mk], F(px), fg, 'mpan'); c.save()
# 2 white text on transparent PNG
c = Canvas("pil_alpha_white_on_transparent.png", (900, 260), (0, 0, 0, 0), "white text on fully transparent background", "alpha", mode="RGBA")
w = (255, 255, 255, 255)
c.text((20, 20), "Supply details", F(22, FB), w); c.seq((20, 70), [("MPAN ", None), (M['m3'], 'mpan')], F(20), w)
c.seq((20, 110), [("MPRN ", None), (MPRN['g2'], 'mprn')], F(20), w); c.seq((20, 150), [("Customer ", None), (NAMES[4], 'name')], F(20), w)
c.text((20, 200), "Exported from portal 19/11/2026 16:05", F(16), w); c.save()
# 2b text hidden in transparent pixels: visible part opaque, secret drawn with alpha 0
c = Canvas("pil_alpha_hidden_rgb.png", (900, 300), (250, 250, 250, 255), "opaque UI; secret text present only in RGB of alpha=0 pixels", "alpha", mode="RGBA")
c.text((20, 20), "Meter exchange job JOB-77412", F(22, FB), (20, 20, 20, 255)); c.text((20, 70), "Status: Completed", F(18), (20, 20, 20, 255))
# hidden area: alpha 0 region with dark text in RGB
hid = Image.new("RGBA", (860, 150), (255, 255, 255, 0)); hd = ImageDraw.Draw(hid)
txts = [("Old meter ", None), (ESER['e4'], 'eserial'), ("  MPAN ", None), (M['m7'], 'mpan')]
x = 10
for t_, k in txts:
    hd.text((x, 20), t_, font=F(22), fill=(0, 0, 0, 0))
    if k: c.t.s(k, t_, [20 + x + v if i % 2 == 0 else 120 + v for i, v in enumerate(hd.textbbox((0, 20), t_, font=F(22)))], note="hidden: alpha=0 pixels")
    x += hd.textlength(t_, font=F(22))
hd.text((10, 80), NAMES[6], font=F(22), fill=(0, 0, 0, 0)); b = hd.textbbox((10, 80), NAMES[6], font=F(22)); c.t.s('name', NAMES[6], [b[0]+20, b[1]+120, b[2]+20, b[3]+120], note="hidden: alpha=0 pixels")
c.im.alpha_composite(hid, (20, 120)) if False else c.im.paste(hid, (20, 120))
c.save()
# 2c semi-transparent overlay text (40% alpha) on transparent bg
c = Canvas("pil_alpha_semi.png", (800, 200), (0, 0, 0, 0), "mid-grey text at 45% alpha on transparent", "alpha", mode="RGBA")
c.seq((20, 30), [("Device ", None), (EUI['d3'], 'eui')], F(22), (128, 128, 128, 115)); c.seq((20, 90), [("Phone ", None), (PHONES[2], 'phone')], F(22), (128, 128, 128, 115))
c.save()
# 3 Teams chat (Pillow) light/dark
for theme in ('light', 'dark'):
    bg, fg, bub, sub = ((245, 245, 245), (36, 36, 36), (255, 255, 255), (97, 97, 97)) if theme == 'light' else ((31, 31, 31), (230, 230, 230), (41, 41, 41), (170, 170, 170))
    c = Canvas(f"pil_teams_{theme}.png", (1280, 720), bg, "Teams-like chat", theme)
    c.d.rectangle([0, 0, 1280, 48], fill=(70, 71, 117)); c.text((16, 12), "SIT Cycle 3 - Witness chat", F(18, FB), (255, 255, 255))
    msgs = [(NAMES[2], "10:41", [("Can you check meter ", None), (ESER['e5'].lower(), 'eserial'), (" please? It's the one at ", None)],
             [(ADDR[5][0], 'address'), (", ", 'plain'), (ADDR[5][1], 'address'), (" ", 'plain'), (ADDR[5][2], 'postcode')]),
            (NAMES[7], "10:43", [("Hub is ", None), (EUI['d4'].replace('-', '.').lower(), 'eui'), (" - got SRV 8.1.1 OK", None)],
             [("and the serial on the label reads ", None), ("D22 M11 8406", 'eserial')]),
            (NAMES[2], "10:44", [("thanks. MPAN is ", None), (sp(M['m8']), 'mpan'), (", TC-SIT-0409 step 3 passed", None)], [])]
    y = 70
    for who, tm, l1, l2 in msgs:
        c.d.rounded_rectangle([70, y, 1000, y + (86 if l2 else 62)], 8, fill=bub)
        c.text((84, y + 8), who, F(14, FB), fg, 'name'); c.text((84 + c.d.textlength(who, font=F(14, FB)) + 12, y + 9), tm, F(13), sub)
        c.seq((84, y + 32), l1, F(15), fg)
        if l2: c.seq((84, y + 56), l2, F(15), fg)
        y += 110
    # fix: the dash-serial text for the second message is the e5-like display; record true text
    c.save()
# 4 rotations of toolkit renders
def rot(src, angle, fn, bgfill):
    t = load(src); im = Image.open(f"{CORPUS}/{src}").convert("RGB"); W_, H_ = im.size
    r = im.rotate(angle, expand=True, fillcolor=bgfill, resample=Image.BICUBIC); W2, H2 = r.size
    a = math.radians(angle); ca, sa = math.cos(a), math.sin(a)
    def tp(x, y):  # PIL rotates counter-clockwise
        dx, dy = x - W_/2, y - H_/2
        return (dx*ca + dy*sa + W2/2, -dx*sa + dy*ca + H2/2)
    def tb(b):
        pts = [tp(b[0], b[1]), tp(b[2], b[1]), tp(b[0], b[3]), tp(b[2], b[3])]
        return [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]
    nt = Truth(fn, t['toolkit'] + "+rotate", t['scale'], t['theme'], f"{t['desc']} rotated {angle} deg CCW")
    for s in t['secrets']: nt.s(s['kind'], s['text'], tb(s['box']))
    for k in t['keeps']: nt.k(k['text'], tb(k['box']))
    nt.d['rotation'] = angle; r.save(f"{CORPUS}/{fn}"); nt.save(); print(fn)
rot("qt_crm_100_light.png", 90, "rot90_qt_crm.png", (239, 239, 239))
rot("html_portal0_100_light.png", 180, "rot180_html_portal.png", (244, 246, 248))
rot("qt_terminal_125_dark.png", 270, "rot270_qt_terminal.png", (30, 30, 30))
rot("html_crm0_100_light.png", 12, "rot12_html_crm.png", (244, 246, 248))
rot("lo_bill_100_light.png", -3, "rot-3_lo_bill.png", (255, 255, 255))
# 5 derived: screen-share JPEGs and RDP-like rescales
def derive(src, fn, kind):
    t = load(src); im = Image.open(f"{CORPUS}/{src}").convert("RGB"); f = 1.0
    if kind.startswith("jpeg"):
        q = int(kind[4:]); im.save(f"{CORPUS}/{fn}", quality=q, subsampling=2)
    else:
        f = float(kind[3:]); im2 = im.resize((round(im.width*f), round(im.height*f)), Image.BILINEAR)
        im2 = im2.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).convert("RGB") if f < 0.8 else im2
        im2.save(f"{CORPUS}/{fn}")
    nt = Truth(fn, t['toolkit'] + "+" + kind, t['scale'], t['theme'], t['desc'] + " " + kind)
    for s in t['secrets']: nt.s(s['kind'], s['text'], [v*f for v in s['box']])
    for k in t['keeps']: nt.k(k['text'], [v*f for v in k['box']])
    nt.save(); print(fn)
for src, q in [("html_portal1_125_light.png", 40), ("html_tracker0_125_dark.png", 35), ("qt_grid_100_light.png", 45), ("qt_sbox_125_dark.png", 40),
               ("lo_bill_125_light.png", 35), ("html_ado0_100_light.png", 40), ("pil_teams_dark.png", 35), ("html_boxed0_100_light.png", 45)]:
    derive(src, "share_" + src.rsplit('.', 1)[0] + f"_q{q}.jpg", f"jpeg{q}")
for src, f in [("html_portal2_150_light.png", 0.667), ("qt_crm_125_dark.png", 0.8), ("html_tracker0_150_light.png", 0.75), ("lo_sheet_150_light.png", 0.7),
               ("qt_outlook_150_light.png", 0.75), ("html_crm1_125_dark.png", 0.85)]:
    derive(src, "rdp_" + src.rsplit('.', 1)[0] + f"_x{f}.png", f"rdp{f}")
# 6 ICC / metadata carrying text
def icc(desc, cprt):
    def tag_desc(s):
        b = s.encode('ascii') + b'\0'
        return b'desc' + b'\0'*4 + struct.pack('>I', len(b)) + b + b'\0'*4 + b'\0'*4 + b'\0\0' + b'\0' + b'\0'*67
    def tag_text(s): return b'text' + b'\0'*4 + s.encode('ascii') + b'\0'
    def xyz(x, y, z): return b'XYZ ' + b'\0'*4 + struct.pack('>iii', int(x*65536), int(y*65536), int(z*65536))
    tags = [(b'desc', tag_desc(desc)), (b'cprt', tag_text(cprt)), (b'wtpt', xyz(0.9642, 1.0, 0.8249)),
            (b'rXYZ', xyz(0.4361, 0.2225, 0.0139)), (b'gXYZ', xyz(0.3851, 0.7169, 0.0971)), (b'bXYZ', xyz(0.1431, 0.0606, 0.7141))]
    gam = b'curv' + b'\0'*4 + struct.pack('>I', 1) + struct.pack('>H', 0x0233) + b'\0\0'
    tags += [(b'rTRC', gam), (b'gTRC', gam), (b'bTRC', gam)]
    off = 128 + 4 + 12*len(tags); table = b''; data = b''
    for sig, d in tags:
        while (off + len(data)) % 4: data += b'\0'
        table += sig + struct.pack('>II', off + len(data), len(d)); data += d
    body = struct.pack('>I', len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack('>I', size) + b'none' + bytes([2, 0x10, 0, 0]) + b'mntrRGB XYZ ' + bytes(12) + b'acsp' + b'APPL' + bytes(4) + b'none' + b'none' + bytes(8) + bytes(4) \
          + struct.pack('>iii', int(0.9642*65536), 65536, int(0.8249*65536)) + b'none' + bytes(16) + bytes(28)
    assert len(hdr) == 128, len(hdr)
    return hdr + body
base = Image.open(f"{CORPUS}/qt_grid_100_light.png").convert("RGB")
prof = icc(f"Display profile MPAN {M['m4']}", f"Copyright {NAMES[0]}, {ADDR[0][0]}, {ADDR[0][2]}")
pi = PngImagePlugin.PngInfo(); pi.add_text("Comment", f"captured by {NAMES[5]} for MPRN {MPRN['g3']}"); pi.add_text("Description", f"meter {ESER['e2']}")
base.save(f"{CORPUS}/meta_icc_text_qt_grid.png", icc_profile=prof, pnginfo=pi)
t = load("qt_grid_100_light.png"); nt = Truth("meta_icc_text_qt_grid.png", "qt+meta", 1.0, "light", "grid with ICC desc/cprt and PNG tEXt carrying identifiers")
for s in t['secrets']: nt.s(s['kind'], s['text'], s['box'])
for k in t['keeps']: nt.k(k['text'], k['box'])
nt.meta('mpan', M['m4'], 'ICC desc'); nt.meta('name', NAMES[0], 'ICC cprt'); nt.meta('address', ADDR[0][0], 'ICC cprt'); nt.meta('postcode', ADDR[0][2], 'ICC cprt')
nt.meta('name', NAMES[5], 'tEXt Comment'); nt.meta('mprn', MPRN['g3'], 'tEXt Comment'); nt.meta('eserial', ESER['e2'], 'tEXt Description'); nt.save(); print(nt.d['file'])
# JPEG with ICC + COM + EXIF; image content: lone-ish small card (Pillow)
c = Canvas("meta_icc_jpeg_card.jpg", (1024, 400), (255, 255, 255), "JPEG screenshot with ICC/COM/EXIF carrying identifiers", "light")
c.text((20, 20), "Site visit summary", F(22, FB), (20, 20, 20)); c.seq((20, 70), [("Gas meter ", None), (GSER['s2'], 'gserial')], F(18), (20, 20, 20))
c.seq((20, 110), [("Outcome: ", None), ("Exchange completed", None)], F(18), (20, 20, 20))
ex = Image.Exif(); ex[0x010E] = f"MPAN {M['m10']} site photo"; ex[0x013B] = NAMES[3]
prof2 = icc(f"sRGB for {MPRN['g4']}", f"(c) {NAMES[1]} {ADDR[1][2]}")
c.im.save(f"{CORPUS}/{c.t.d['file']}", quality=85, icc_profile=prof2, exif=ex.tobytes(), comment=f"gas serial {GSER['s1']} at {ADDR[2][0]}".encode())
for k_, v_, w_ in [('mpan', M['m10'], 'EXIF ImageDescription'), ('name', NAMES[3], 'EXIF Artist'), ('mprn', MPRN['g4'], 'ICC desc'), ('name', NAMES[1], 'ICC cprt'),
                   ('postcode', ADDR[1][2], 'ICC cprt'), ('gserial', GSER['s1'], 'JPEG COM'), ('address', ADDR[2][0], 'JPEG COM')]:
    c.t.meta(k_, v_, w_)
c.t.save(); print(c.t.d['file'])
