import os, sys, json, struct, io, random
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(777); ids._ni = 21; ids._ai = 13; ids._pi = 80
from ids import *
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
OUT = "/tmp/ho38/screens/corpus"; TR = "/tmp/ho38/screens/truth"
F = lambda p, s: ImageFont.truetype(p, s)
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; LIB = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
def save_truth(tag, fn, im, items, theme="light", extra=None):
    d = dict(file=fn, toolkit="pillow", scale=1, theme=theme, size=list(im.size), items=items)
    if extra: d.update(extra)
    json.dump(d, open(f"{TR}/{tag}.json", "w"), indent=1); print(tag, im.size, len(items))
def txt(d, xy, s, font, fill, t, kind, val, items, angle=0):
    d.text(xy, s, font=font, fill=fill); b = d.textbbox(xy, s, font=font)
    items.append(dict(t=t, kind=kind, val=val, text=s, angle=angle, box=list(b)))
# 1 white text on transparent PNG
im = Image.new("RGBA", (1280, 720), (0, 0, 0, 0)); d = ImageDraw.Draw(im); it = []
core = mpan_core(); s = serial_gas(); n = name()
txt(d, (60, 60), "Supply " + g_core(core), F(LIB, 22), (255, 255, 255, 255), "id", "mpan", core, it)
txt(d, (60, 120), s, F(MONO, 18), (255, 255, 255, 255), "id", "serial", s, it)
txt(d, (60, 170), n, F(LIB, 18), (255, 255, 255, 255), "id", "name", n, it)
txt(d, (60, 230), "Overlay v3 ref OVL-2231", F(LIB, 18), (255, 255, 255, 255), "keep", "keep", "Overlay v3 ref OVL-2231", it)
im.save(f"{OUT}/pil_alpha_white.png"); save_truth("pil_alpha_white", "pil_alpha_white.png", im, it, "transparent")
# 2 text hidden in transparent pixels (RGB has text, alpha 0) + visible keep
im = Image.new("RGBA", (1000, 500), (255, 255, 255, 255)); d = ImageDraw.Draw(im); it = []
core = mpan_core(); e = eui()
txt(d, (40, 40), "Visible caption: test layer 2026-11-06", F(LIB, 20), (0, 0, 0, 255), "keep", "keep", "Visible caption: test layer 2026-11-06", it)
hid = Image.new("RGBA", (1000, 500), (0, 0, 0, 0)); hd = ImageDraw.Draw(hid); it2 = []
txt(hd, (40, 200), "MPAN " + core, F(LIB, 24), (0, 0, 0, 0), "id", "mpan", core, it2)
txt(hd, (40, 260), e, F(LIB, 24), (0, 0, 0, 0), "id", "eui", e, it2)
# draw RGB text with zero alpha: paint into pixels directly
px = im.load(); mask = Image.new("L", im.size, 0); md = ImageDraw.Draw(mask)
md.text((40, 200), "MPAN " + core, font=F(LIB, 24), fill=255); md.text((40, 260), e, font=F(LIB, 24), fill=255)
mp_ = mask.load()
for x in range(im.size[0]):
    for y in range(180, 300):
        if mp_[x, y] > 60: px[x, y] = (0, 0, 0, 0)
for i2 in it2: i2["kind"] = i2["kind"]; i2["hidden"] = True
im.save(f"{OUT}/pil_alpha_hidden.png"); save_truth("pil_alpha_hidden", "pil_alpha_hidden.png", im, it + it2)
# 3 semi-transparent dark text on transparent (visible on light viewer only)
im = Image.new("RGBA", (1100, 400), (0, 0, 0, 0)); d = ImageDraw.Draw(im); it = []
core = mpan_core(); mp = mprn(); a, pc = address()
txt(d, (40, 40), "MPAN " + core, F(SANS, 20), (0, 0, 0, 200), "id", "mpan", core, it)
txt(d, (40, 90), "MPRN " + mp, F(SANS, 20), (0, 0, 0, 150), "id", "mprn", mp, it)
txt(d, (40, 140), a + " " + pc, F(SANS, 20), (20, 20, 20, 255), "id", "address", a, it)
it.append(dict(t="id", kind="postcode", val=pc, text=pc, angle=0, box=list(d.textbbox((40 + d.textlength(a + " ", font=F(SANS, 20)), 140), pc, font=F(SANS, 20)))))
txt(d, (40, 200), "Sticker template T-09", F(SANS, 18), (0, 0, 0, 255), "keep", "keep", "Sticker template T-09", it)
im.save(f"{OUT}/pil_alpha_dark_on_clear.png"); save_truth("pil_alpha_dark_on_clear", "pil_alpha_dark_on_clear.png", im, it, "transparent")
# 4 rotations on Pillow canvas
im = Image.new("RGB", (1400, 900), "#f7f7f2"); it = []
for k, (ang, pos) in enumerate([(90, (80, 100)), (180, (300, 120)), (270, (900, 100)), (12, (400, 450)), (-7, (900, 650)), (45, (150, 550))]):
    core = mpan_core(); s = "MPAN " + g_core(core)
    f = F(LIB, 20); w, h = int(f.getlength(s)) + 10, 30
    t = Image.new("RGBA", (w, h), (0, 0, 0, 0)); ImageDraw.Draw(t).text((5, 3), s, font=f, fill=(20, 20, 60, 255))
    r = t.rotate(ang, expand=True, resample=Image.BICUBIC); im.paste(r, pos, r)
    it.append(dict(t="id", kind="mpan", val=core, text=s, angle=ang, box=[pos[0], pos[1], pos[0] + r.size[0], pos[1] + r.size[1]]))
d = ImageDraw.Draw(im); txt(d, (600, 850), "Rotation sheet RS-4 page 1/1", F(LIB, 16), "#333", "keep", "keep", "Rotation sheet RS-4 page 1/1", it)
im.save(f"{OUT}/pil_rotations.png"); save_truth("pil_rotations", "pil_rotations.png", im, it)
# 5 ICC + text chunks
def icc(desc, cprt):
    def xyz(x, y, z): return b"XYZ " + b"\0" * 4 + struct.pack(">iii", int(x * 65536), int(y * 65536), int(z * 65536))
    def dsc(s):
        b = s.encode("ascii") + b"\0"
        return b"desc" + b"\0" * 4 + struct.pack(">I", len(b)) + b + b"\0" * 4 + b"\0" * 4 + b"\0\0" + b"\0" + b"\0" * 67
    def txtt(s): return b"text" + b"\0" * 4 + s.encode("ascii") + b"\0"
    curv = b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"
    tags = [(b"desc", dsc(desc)), (b"cprt", txtt(cprt)), (b"wtpt", xyz(.9642, 1, .8249)), (b"rXYZ", xyz(.4361, .2225, .0139)), (b"gXYZ", xyz(.3851, .7169, .0971)), (b"bXYZ", xyz(.1431, .0606, .7141)), (b"rTRC", curv), (b"gTRC", curv), (b"bTRC", curv)]
    off = 128 + 4 + 12 * len(tags); table = b""; data = b""
    for sig, body in tags:
        while (off + len(data)) % 4: data += b"\0"
        table += sig + struct.pack(">II", off + len(data), len(body)); data += body
    body = struct.pack(">I", len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack(">I", size) + b"none" + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ " + struct.pack(">HHHHHH", 2026, 11, 6, 0, 0, 0) + b"acsp" + b"APPL" + b"\0" * 4 + b"none" + b"none" + b"\0" * 8 + b"\0" * 4 + struct.pack(">iii", 63190, 65536, 54061) + b"none" + b"\0" * 44
    assert len(hdr) == 128, len(hdr)
    return hdr + body
c_icc = mpan_core(); n_icc = name(); s_icc = serial_elec(); c_txt = mpan_core(); e_txt = eui(); c_vis = mpan_core()
prof = icc(f"Calibrated {c_icc} display", f"Copyright {n_icc} {s_icc}")
im = Image.new("RGB", (1000, 400), "white"); d = ImageDraw.Draw(im); it = []
txt(d, (40, 40), "Supply " + g_core(c_vis), F(LIB, 22), "black", "id", "mpan", c_vis, it)
txt(d, (40, 100), "Profile test PT-3", F(LIB, 18), "black", "keep", "keep", "Profile test PT-3", it)
meta = PngImagePlugin.PngInfo(); meta.add_text("Comment", f"MPAN {c_txt}"); meta.add_itxt("Author", f"{n_icc}"); meta.add_text("Device", e_txt)
im.save(f"{OUT}/pil_icc_text.png", icc_profile=prof, pnginfo=meta)
hidden = [dict(where="iCCP desc", kind="mpan", val=c_icc), dict(where="iCCP cprt", kind="name", val=n_icc), dict(where="iCCP cprt", kind="serial", val=s_icc), dict(where="tEXt Comment", kind="mpan", val=c_txt), dict(where="iTXt Author", kind="name", val=n_icc), dict(where="tEXt Device", kind="eui", val=e_txt)]
save_truth("pil_icc_text", "pil_icc_text.png", im, it, extra=dict(metadata=hidden))
c_icc2 = mpan_core(); n2 = name(); c_com = mpan_core(); c_vis2 = mpan_core(); mp2 = mprn()
prof2 = icc(f"Display {c_icc2}", f"(c) {n2}")
im = Image.new("RGB", (1000, 400), "#eef"); d = ImageDraw.Draw(im); it = []
txt(d, (40, 40), "MPAN " + c_vis2, F(LIB, 22), "black", "id", "mpan", c_vis2, it)
txt(d, (40, 100), "JPEG profile test PT-4", F(LIB, 18), "black", "keep", "keep", "JPEG profile test PT-4", it)
exif = Image.Exif(); exif[0x010E] = f"gas {mp2}"; exif[0x013B] = n2
im.save(f"{OUT}/pil_icc_exif.jpg", quality=92, icc_profile=prof2, exif=exif.tobytes(), comment=f"supply {c_com}".encode())
save_truth("pil_icc_exif", "pil_icc_exif.jpg", im, it, extra=dict(metadata=[dict(where="ICC desc", kind="mpan", val=c_icc2), dict(where="ICC cprt", kind="name", val=n2), dict(where="JPEG COM", kind="mpan", val=c_com), dict(where="EXIF ImageDescription", kind="mprn", val=mp2), dict(where="EXIF Artist", kind="name", val=n2)]))
# 6 lone 4K small text
im = Image.new("RGB", (3840, 2160), "#202124"); d = ImageDraw.Draw(im); it = []
core = mpan_core(); txt(d, (2900, 1700), core, F(LIB, 14), "#c8c8c8", "id", "mpan", core, it)
im.save(f"{OUT}/pil_lone_4k.png"); save_truth("pil_lone_4k", "pil_lone_4k.png", im, it, "dark")
# 7 ClearType-like subpixel render (3x horizontal, channels offset)
big = Image.new("L", (3 * 1100, 300), 255); bd = ImageDraw.Draw(big); it = []
core = mpan_core(); s = serial_elec(); n = name()
lines = [("MPAN " + g_core(core), "mpan", core), ("Meter " + s, "serial", s), ("Occupier " + n, "name", n), ("Ticket INC-55102 2026-11-06", "keep", "Ticket INC-55102 2026-11-06")]
f = F(LIB, 15)
for k, (sx, kind, val) in enumerate(lines):
    bd.text((60, 20 + k * 60), sx, font=ImageFont.truetype(LIB, 15), fill=0)
big = big.resize((3 * 1100, 300)); import numpy as np
a = np.asarray(Image.new("L", (1, 1)))
# custom subpixel: stretch text horizontally by 3 then sample channels
big3 = Image.new("L", (3300, 300), 255); b3 = ImageDraw.Draw(big3)
for k, (sx, kind, val) in enumerate(lines):
    tmp = Image.new("L", (1000, 40), 255); ImageDraw.Draw(tmp).text((0, 5), sx, font=f, fill=0)
    big3.paste(tmp.resize((3000, 40), Image.LANCZOS), (60, 20 + k * 60))
arr = np.asarray(big3)
rgb = np.stack([arr[:, 0::3][:, :1100], arr[:, 1::3][:, :1100], arr[:, 2::3][:, :1100]], axis=2)
im = Image.fromarray(rgb.astype("uint8"), "RGB")
for k, (sx, kind, val) in enumerate(lines):
    w = int(f.getlength(sx)) + 6
    it.append(dict(t="keep" if kind == "keep" else "id", kind=kind, val=val, text=sx, angle=0, box=[20, 20 + k * 60, 20 + w + 4, 20 + k * 60 + 40]))
im.save(f"{OUT}/pil_subpixel.png"); save_truth("pil_subpixel", "pil_subpixel.png", im, it)
# 8 low contrast
im = Image.new("RGB", (1200, 500), "#9a9a9a"); d = ImageDraw.Draw(im); it = []
core = mpan_core(); e = eui(); s = serial_gas()
txt(d, (40, 40), "Disabled field: " + core, F(LIB, 16), "#8a8a8a", "id", "mpan", core, it)
txt(d, (40, 100), e.replace("-", ""), F(MONO, 14), "#aaaaaa", "id", "eui", e, it)
txt(d, (40, 160), s, F(LIB, 16), "#b0b0b0", "id", "serial", s, it)
txt(d, (40, 220), "Greyed note GN-12", F(LIB, 16), "#7a7a7a", "keep", "keep", "Greyed note GN-12", it)
im.save(f"{OUT}/pil_low_contrast.png"); save_truth("pil_low_contrast", "pil_low_contrast.png", im, it)
