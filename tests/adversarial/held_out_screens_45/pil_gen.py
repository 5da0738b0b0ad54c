import json, os, sys, io, struct, math
sys.path.insert(0, os.path.dirname(__file__))
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageCms, PngImagePlugin
import data as D
D.rnd.seed(10004); rng = np.random.default_rng(10004)
ROOT = "/tmp/ho35/screens"; C = f"{ROOT}/corpus"
FS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; FB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FD = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
OUT = {}
class Canvas:
    def __init__(s, im): s.im = im; s.d = ImageDraw.Draw(im); s.items = []
    def t(s, xy, text, font, fill, secret=None, tok=None, **kw):
        s.d.text(xy, text, font=font, fill=fill, **kw); bb = s.d.textbbox(xy, text, font=font, **kw)
        if secret is not None: s.items.append({"secret": secret != "keep", "kind": secret, "text": text, "tok": json.dumps(tok) if tok else None, "rects": [list(bb)], "vis": "visible"})
        return bb
def F(p, n): return ImageFont.truetype(p, n)
# lone small MPAN
for name, bg, fg, px, pos in [("pil_lone_mpan_13px_light.png", (240, 240, 240), (40, 40, 40), 13, (1431, 873)), ("pil_lone_mpan_16px_dark.png", (24, 26, 30), (210, 210, 210), 16, (287, 611))]:
    im = Image.new("RGB", (1920, 1080), bg); c = Canvas(im); m = D.mpan_core()
    c.t(pos, m, F(FS, px), fg, "mpan"); im.save(f"{C}/{name}"); OUT[name] = {"source": "pillow", "size": [1920, 1080], "items": c.items, "variant": "lone small text"}
# white on transparent
im = Image.new("RGBA", (1100, 420), (0, 0, 0, 0)); c = Canvas(im); f, l = D.person(); m = D.mpan_core(); g = D.mprn()
c.t((30, 30), "Supply overview", F(FB, 26), (255, 255, 255, 255), "keep")
c.t((30, 90), "MPAN", F(FS, 18), (255, 255, 255, 255), "keep"); c.t((220, 90), m, F(FS, 18), (255, 255, 255, 255), "mpan")
c.t((30, 130), "MPRN", F(FS, 18), (255, 255, 255, 255), "keep"); c.t((220, 130), g, F(FS, 18), (255, 255, 255, 255), "mprn")
c.t((30, 170), "Customer", F(FS, 18), (255, 255, 255, 255), "keep"); c.t((220, 170), f"{f} {l}", F(FS, 18), (255, 255, 255, 255), "name", [f, l])
c.t((30, 210), "Status", F(FS, 18), (255, 255, 255, 255), "keep"); c.t((220, 210), "Energised", F(FS, 18), (255, 255, 255, 255), "keep")
im.save(f"{C}/pil_alpha_white_text.png"); OUT["pil_alpha_white_text.png"] = {"source": "pillow", "size": list(im.size), "items": c.items, "variant": "white on transparent"}
# text hidden in transparent pixels
im = Image.new("RGBA", (1000, 400), (255, 255, 255, 255)); c = Canvas(im)
c.t((30, 30), "Exception report", F(FB, 24), (20, 20, 20, 255), "keep"); c.t((30, 80), "Run SIT-TC-0571 completed", F(FS, 16), (20, 20, 20, 255), "keep")
a = np.array(im); a[200:400, :, 3] = 0; im = Image.fromarray(a); c.im = im; c.d = ImageDraw.Draw(im)
m = D.mpan_core(); bb = c.d.textbbox((40, 260), f"MPAN {m}", font=F(FS, 22))
rgb = Image.new("RGB", im.size, (255, 255, 255)); ImageDraw.Draw(rgb).text((40, 260), f"MPAN {m}", font=F(FS, 22), fill=(0, 0, 0))
a = np.array(im); r = np.array(rgb); mask = a[..., 3] == 0; a[mask, :3] = r[mask]; im = Image.fromarray(a)
c.items.append({"secret": True, "kind": "mpan", "text": m, "tok": None, "rects": [list(bb)], "vis": "hidden-in-transparent"})
im.save(f"{C}/pil_alpha_hidden_text.png"); OUT["pil_alpha_hidden_text.png"] = {"source": "pillow", "size": list(im.size), "items": c.items, "variant": "text in transparent pixels"}
# boxed digits
for name, sc, dark in [("pil_boxed_digits_100_light.png", 1.0, False), ("pil_boxed_digits_150_dark.png", 1.5, True)]:
    W, H = int(1200 * sc), int(560 * sc); bg, fg = ((30, 30, 30), (230, 230, 230)) if dark else ((255, 255, 255), (20, 20, 20))
    im = Image.new("RGB", (W, H), bg); c = Canvas(im); D.rnd.seed(10100); m = D.mpan_core(); g = D.mprn(); ser = D.eserial()
    c.t((int(30*sc), int(20*sc)), "Meter exchange request – section B", F(FB, int(22*sc)), fg, "keep")
    rows = [("Supply number (MPAN core)", m, "mpan"), ("Gas supply point (MPRN)", g, "mprn"), ("Meter serial", ser, "serial")]
    y = int(80 * sc)
    for lab, val, kind in rows:
        c.t((int(30*sc), y), lab, F(FS, int(16*sc)), fg, "keep"); y += int(28 * sc); cw = int(34 * sc); x0 = int(30*sc)
        for i, ch in enumerate(val):
            x = x0 + i * cw; c.d.rectangle([x, y, x + cw, y + int(40*sc)], outline=fg, width=max(1, int(sc)))
            c.d.text((x + cw // 2, y + int(20*sc)), ch, font=F(FM, int(22*sc)), fill=fg, anchor="mm")
        c.items.append({"secret": True, "kind": kind, "text": val, "tok": None, "rects": [[x0, y, x0 + cw * len(val), y + int(40*sc)]], "vis": "visible"}); y += int(70 * sc)
    c.t((int(30*sc), y), "Reason code 03 – faulty display", F(FS, int(16*sc)), fg, "keep")
    im.save(f"{C}/{name}"); OUT[name] = {"source": "pillow", "scale": sc, "dark": dark, "size": [W, H], "items": c.items, "variant": "boxed digits"}
# ICC profiles, text chunks, EXIF, COM carrying identifiers
def icc_with(desc, cprt):
    b = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    n = struct.unpack(">I", b[128:132])[0]; tags = [struct.unpack(">4sII", b[132 + 12*i: 144 + 12*i]) for i in range(n)]
    def desc_t(s):
        s = s.encode("ascii") + b"\0"; return b"desc" + b"\0"*4 + struct.pack(">I", len(s)) + s + b"\0"*4 + b"\0"*4 + b"\0"*2 + b"\0" + b"\0"*67
    def text_t(s): return b"text" + b"\0"*4 + s.encode("ascii") + b"\0"
    new = {b"desc": desc_t(desc), b"cprt": text_t(cprt), b"dmdd": desc_t(desc)}
    tags = [t for t in tags if t[0] not in new]
    body = bytes(b[:128]); hdr_len = 128 + 4 + 12 * (len(tags) + len(new))
    data = bytearray(); entries = []
    for sig, off, ln in tags:
        while (hdr_len + len(data)) % 4: data += b"\0"
        entries.append((sig, hdr_len + len(data), ln)); data += b[off:off+ln]
    for sig, blob in new.items():
        while (hdr_len + len(data)) % 4: data += b"\0"
        entries.append((sig, hdr_len + len(data), len(blob))); data += blob
    out = bytearray(body) + struct.pack(">I", len(entries)) + b"".join(struct.pack(">4sII", *e) for e in entries) + data
    out[0:4] = struct.pack(">I", len(out)); out[84:100] = b"\0" * 16
    return bytes(out)
for name, fmt in [("pil_icc_meta.png", "PNG"), ("pil_icc_meta.jpg", "JPEG")]:
    im = Image.new("RGB", (900, 300), (250, 250, 250)); c = Canvas(im)
    c.t((30, 30), "Step 6 – readings accepted", F(FB, 24), (20, 20, 20), "keep"); c.t((30, 90), "D0010 processed at 2026-11-14 10:31:07", F(FS, 18), (20, 20, 20), "keep")
    m = D.mpan_core(); f, l = D.person(); ser = D.eserial()
    icc = icc_with(f"Display profile for supply {m}", f"Copyright {f} {l} meter {ser}")
    meta = [{"secret": True, "kind": "mpan", "text": m, "tok": None, "rects": [], "vis": "metadata:icc-desc"},
            {"secret": True, "kind": "name", "text": f"{f} {l}", "tok": json.dumps([f, l]), "rects": [], "vis": "metadata:icc-cprt"},
            {"secret": True, "kind": "serial", "text": ser, "tok": None, "rects": [], "vis": "metadata:icc-cprt"}]
    m2 = D.mpan_core(); meta.append({"secret": True, "kind": "mpan", "text": m2, "tok": None, "rects": [], "vis": "metadata:text-chunk/COM/EXIF"})
    ex = Image.Exif(); ex[0x010E] = f"Evidence for MPAN {m2}"; ex[0x013B] = f"{f} {l}"
    if fmt == "PNG":
        pi = PngImagePlugin.PngInfo(); pi.add_text("Comment", f"supply {m2}"); pi.add_itxt("Description", f"meter {ser}")
        im.save(f"{C}/{name}", icc_profile=icc, pnginfo=pi, exif=ex)
    else:
        im.save(f"{C}/{name}", icc_profile=icc, exif=ex, comment=f"supply {m2}".encode(), quality=92)
    OUT[name] = {"source": "pillow", "size": list(im.size), "items": c.items + meta, "variant": "ICC/metadata"}
# meter faceplate photos
def code_bars(s):
    bits = []
    for ch in s:
        v = ord(ch) * 2654435761 & 0xFFFFFFFF
        bits += [1, 0] + [(v >> k) & 1 for k in range(9)]
    return bits + [1, 1, 0, 1]
def faceplate(name, kind, seed):
    r = np.random.default_rng(seed); im = Image.new("RGB", (1000, 680), (214, 216, 210)); c = Canvas(im)
    c.d.rounded_rectangle([60, 50, 940, 630], 18, fill=(238, 238, 232), outline=(120, 120, 120), width=3)
    if kind == "elec":
        ser = D.eserial(); c.t((100, 80), "VOLTRIX SM-210", F(FB, 34), (30, 30, 30), "keep"); c.t((100, 135), "Single phase smart meter", F(FS, 20), (40, 40, 40), "keep")
        c.t((100, 185), "230V 50Hz  5(100)A  1000 imp/kWh", F(FS, 22), (40, 40, 40), "keep"); c.t((100, 225), "Class A   MID M21 0120   2021", F(FS, 22), (40, 40, 40), "keep")
        c.t((100, 285), "Serial No.", F(FS, 22), (40, 40, 40), "keep"); c.t((240, 280), ser, F(FB, 34), (10, 10, 10), "serial")
    else:
        ser = D.gserial(); c.t((100, 80), "GASWELL G4 U6", F(FB, 34), (30, 30, 30), "keep"); c.t((100, 135), "Diaphragm gas meter", F(FS, 20), (40, 40, 40), "keep")
        c.t((100, 185), "Qmax 6 m3/h  Qmin 0.04 m3/h  Pmax 0.5 bar", F(FS, 22), (40, 40, 40), "keep"); c.t((100, 225), "V 0.002 m3   -10C +40C   2019", F(FS, 22), (40, 40, 40), "keep")
        c.t((100, 285), "Serial No.", F(FS, 22), (40, 40, 40), "keep"); c.t((240, 280), ser, F(FB, 34), (10, 10, 10), "gserial")
    bits = code_bars(ser); x = 120
    for b in bits:
        if b: c.d.rectangle([x, 350, x + 2, 480], fill=(15, 15, 15))
        x += 3
    c.t((120, 490), ser, F(FM, 22), (20, 20, 20), None)
    c.items.append({"secret": True, "kind": "serial" if kind == "elec" else "gserial", "text": ser, "tok": None, "rects": [[120, 490, 120 + 14 * len(ser), 515]], "vis": "visible"})
    a = np.asarray(im).astype(np.float32); h, w = a.shape[:2]
    dst = np.float32([[60, 90], [1180, 30], [1240, 860], [20, 760]]); M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    out = cv2.warpPerspective(a, M, (1280, 900), borderValue=(90, 95, 100))
    Y, X = np.mgrid[0:900, 0:1280]; light = 0.7 + 0.45 * np.exp(-(((X - 900) / 600) ** 2 + ((Y - 250) / 500) ** 2))
    out = np.clip(out * light[..., None] + r.normal(0, 7, out.shape), 0, 255).astype(np.uint8); out = cv2.GaussianBlur(out, (3, 3), 1.1)
    Image.fromarray(out).save(f"{C}/{name}", quality=85)
    its = []
    for it in c.items:
        rr = it["rects"][0]; p = np.float32([[rr[0], rr[1]], [rr[2], rr[1]], [rr[0], rr[3]], [rr[2], rr[3]]]).reshape(-1, 1, 2)
        q = cv2.perspectiveTransform(p, M).reshape(-1, 2); it["rects"] = [[float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())]]; its.append(it)
    OUT[name] = {"source": "pillow+photo", "size": [1280, 900], "items": its, "variant": "meter faceplate photo"}
faceplate("photo_faceplate_elec.jpg", "elec", 5); faceplate("photo_faceplate_gas.jpg", "gas", 6)
json.dump(OUT, open(f"{ROOT}/build/truth_pil.json", "w")); print(len(OUT))
