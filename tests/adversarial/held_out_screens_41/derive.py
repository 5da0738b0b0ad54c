import sys, os, json, struct, copy
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from PIL import Image, ImageCms, PngImagePlugin
import numpy as np
IMG = "/tmp/ho34/screens/img"; TP = "/tmp/ho34/screens/truth.jsonl"
truth = {json.loads(l)["file"]: json.loads(l) for l in open(TP)}
def derive(src, newname, note, fn, fmt="PNG", meta=None, **save):
    im = Image.open(f"{IMG}/{src}"); im.load()
    out = fn(im.convert("RGB"))
    out.save(f"{IMG}/{newname}", fmt, **save)
    rec = copy.deepcopy(truth[src]); rec["file"] = newname; rec["note"] = note; rec["derived_from"] = src
    for e in rec["secrets"] + rec["keeps"]: e.pop("boxes", None); e.pop("box", None)
    if meta: rec["meta_secrets"] = meta
    emit(rec); print(newname, out.size)
def scale(f, resample=Image.BILINEAR):
    return lambda im: im.resize((round(im.width*f), round(im.height*f)), resample)
def rgb565(im):
    a = np.asarray(im).copy(); a[..., 0] &= 0xF8; a[..., 1] &= 0xFC; a[..., 2] &= 0xF8; return Image.fromarray(a)
ident = lambda im: im
# screen-share JPEG copies
for src, q, f in [("h01_portal_light_100.png", 60, 1), ("h05_dip_light_100.png", 55, 0.85), ("h07_crm_light_125.png", 65, 1), ("h11_teams_dark_125.png", 50, 0.8),
                  ("q01_form_light_100.png", 60, 1), ("l01_bill_page_125.png", 55, 1), ("h17_mobile_light_3x.png", 70, 0.5), ("h25_multimon_3840x1080.png", 60, 0.5), ("q02_grid_dark_150.png", 55, 0.75), ("h14_terminal_100.png", 50, 1)]:
    derive(src, src.replace(".png", f"_share_q{q}.jpg"), f"screen-share JPEG q{q} scale {f}", scale(f, Image.BILINEAR), "JPEG", quality=q, subsampling=2)
# RDP-like rescales (bilinear downscale, 16-bit colour)
for src, f in [("h03_portal_light_150.png", 1366/1920), ("h13_ado_light_100.png", 0.8), ("h16_sap_light_100.png", 0.9), ("q01_form_dark_125.png", 0.8), ("h09_outlook_light_100_cleartype.png", 0.75)]:
    derive(src, src.replace(".png", "_rdp.png"), f"RDP-like rescale {f:.3f} + RGB565", lambda im, f=f: rgb565(scale(f)(im)))
# ICC profiles and text chunks carrying identifiers
def icc_with(desc, cprt):
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    n = struct.unpack(">I", base[128:132])[0]; tags = []
    for i in range(n):
        sig, off, sz = struct.unpack(">4sII", base[132+12*i:144+12*i]); tags.append([sig, base[off:off+sz]])
    def desc_tag(s):
        b = s.encode("ascii") + b"\0"
        return b"desc" + b"\0"*4 + struct.pack(">I", len(b)) + b + b"\0"*4 + b"\0"*4 + b"\0"*3 + b"\0"*67
    def text_tag(s): return b"text" + b"\0"*4 + s.encode("ascii") + b"\0"
    tags = [t for t in tags if t[0] not in (b"desc", b"cprt", b"dmnd", b"dmdd")]
    tags += [[b"desc", desc_tag(desc)], [b"cprt", text_tag(cprt)]]
    off = 128 + 4 + 12*len(tags); table = b""; data = b""
    for sig, d in tags:
        while (off + len(data)) % 4: data += b"\0"
        table += struct.pack(">4sII", sig, off + len(data), len(d)); data += d
    body = struct.pack(">I", len(tags)) + table + data
    hdr = bytearray(base[:128]); hdr[0:4] = struct.pack(">I", 128 + len(body))
    return bytes(hdr) + body
m1, m2, n1, a1, g1 = mpan(), mpan(), person(), address(), mprn()
icc1 = icc_with(f"sRGB IEC61966-2.1 MPAN {m1}", f"Copyright {n1}, {a1}")
derive("h12_teams_light_100.png", "p01_icc_png.png", "PNG with ICC profile whose desc/cprt hold an MPAN, name, address", ident, "PNG",
       meta=[dict(kind="mpan", value=m1), dict(kind="name", value=n1, tokens=tokens_of(n1)), dict(kind="address", value=a1, tokens=tokens_of(a1))], icc_profile=icc1)
icc2 = icc_with(f"Display profile MPRN {g1}", f"Calibrated for supply {m2}")
derive("h16_sap_light_100.png", "p02_icc_jpeg.jpg", "JPEG with ICC profile holding MPRN and MPAN", ident, "JPEG",
       meta=[dict(kind="mprn", value=g1), dict(kind="mpan", value=m2)], quality=90, icc_profile=icc2)
m3, es3 = mpan(), elec_serial()
pi = PngImagePlugin.PngInfo(); pi.add_text("Comment", f"captured for MPAN {m3}"); pi.add_itxt("Description", f"meter {es3}"); pi.add_text("Software", "Greenshot 1.2.10")
derive("q02_grid_light_100.png", "p03_text_chunks_png.png", "PNG tEXt/iTXt chunks with MPAN and serial", ident, "PNG",
       meta=[dict(kind="mpan", value=m3), dict(kind="elec_serial", value=es3)], pnginfo=pi)
