import json, os, sys, io, struct, math, subprocess, copy
sys.path.insert(0, os.path.dirname(__file__))
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps, PngImagePlugin
import data as D
D.rnd.seed(9003); rng = np.random.default_rng(9003)
ROOT = "/tmp/ho35/screens"; C = f"{ROOT}/corpus"
FS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; FB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FD = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
T = {}
for f in ("truth_chromium.json", "truth_lo.json"): T.update(json.load(open(f"{ROOT}/build/{f}")))
for f in os.listdir(C):
    if f.startswith("qt_") and f.endswith(".json"):
        T[f[:-5]] = json.load(open(f"{C}/{f}")); os.remove(f"{C}/{f}")
json.dump({k: v for k, v in T.items() if k.startswith("qt_")}, open(f"{ROOT}/build/truth_qt.json", "w"))
OUT = {}
def xform_items(items, fn):
    res = []
    for it in items:
        it = copy.deepcopy(it); nr = []
        for r in it["rects"]:
            pts = np.array([[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]], dtype=float)
            q = fn(pts); nr.append([float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())])
        it["rects"] = nr; res.append(it)
    return res
def derived(src, name, im, fn, **meta):
    t = T[src]; OUT[name] = {"source": "derived:" + src, **{k: t.get(k) for k in ("page", "scale", "dark")}, **meta, "size": list(im.size), "items": xform_items(t["items"], fn)}
# --- screen-share JPEG copies
for src, q, target in [("chr_portal_account_100_light.png", 35, (1280, 720)), ("chr_dip_tracker_100_light.png", 50, None), ("qt_assets_125_dark.png", 40, None),
                       ("chr_teams_100_dark.png", 45, (1280, 720)), ("lo_bill_125_light.png", 50, None), ("chr_crm_125_dark.png", 40, (1440, 810))]:
    im = Image.open(f"{C}/{src}").convert("RGB"); w, h = im.size
    if target: im = im.resize(target, Image.BILINEAR)
    sx, sy = im.size[0] / w, im.size[1] / h
    name = "share_" + src.replace(".png", f"_q{q}.jpg")
    im.save(f"{C}/{name}", quality=q, subsampling=2)
    derived(src, name, im, lambda p, sx=sx, sy=sy: p * [sx, sy], variant=f"screen-share jpeg q{q}")
# --- RDP-like rescales
for src, size, res in [("chr_crm_100_light.png", (1366, 768), Image.BILINEAR), ("chr_excel_100_light.png", (1600, 900), Image.NEAREST), ("chr_postman_125_dark.png", (1536, 864), Image.BICUBIC)]:
    im = Image.open(f"{C}/{src}").convert("RGB"); w, h = im.size; im2 = im.resize(size, res)
    if "excel" in src:  # RDP 16-bit colour depth
        a = np.asarray(im2).astype(np.uint8); a = (a >> 3) << 3; im2 = Image.fromarray(a)
    name = "rdp_" + src.replace(".png", f"_{size[0]}.png"); im2.save(f"{C}/{name}")
    derived(src, name, im2, lambda p, sx=size[0]/w, sy=size[1]/h: p * [sx, sy], variant="rdp rescale")
# --- rotations
def rot_save(src, name, angle):
    im = Image.open(f"{C}/{src}").convert("RGB"); w, h = im.size
    if angle in (90, 180, 270):
        im2 = im.rotate(angle, expand=True)
        def fn(p, a=angle, w=w, h=h):
            x, y = p[:, 0], p[:, 1]
            if a == 90: return np.stack([y, w - x], 1)
            if a == 180: return np.stack([w - x, h - y], 1)
            return np.stack([h - y, x], 1)
    else:
        im2 = im.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=(236, 236, 236))
        W, H = im2.size; th = math.radians(angle)
        def fn(p, th=th, w=w, h=h, W=W, H=H):
            x = p[:, 0] - w / 2; y = p[:, 1] - h / 2
            return np.stack([x * math.cos(th) + y * math.sin(th) + W / 2, -x * math.sin(th) + y * math.cos(th) + H / 2], 1)
    im2.save(f"{C}/{name}"); derived(src, name, im2, fn, variant=f"rotated {angle}")
rot_save("chr_portal_account_100_light.png", "rot90_portal_account.png", 90)
rot_save("qt_assets_100_light.png", "rot180_qt_assets.png", 180)
rot_save("chr_crm_100_light.png", "rot12_crm.png", 12)
rot_save("lo_bill_100_light.png", "rot270_bill.png", 270)
# --- phone photo of a screen
def phone_photo(src, name, seed):
    r = np.random.default_rng(seed)
    im = np.asarray(Image.open(f"{C}/{src}").convert("RGB")).astype(np.float32); h, w = im.shape[:2]
    Wd, Hd = 2016, 1512
    dst = np.float32([[190 + r.integers(0, 60), 170 + r.integers(0, 40)], [1850 - r.integers(0, 60), 230], [1930 - r.integers(0, 40), 1330 - r.integers(0, 40)], [120 + r.integers(0, 50), 1390]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    # moire: pixel-grid interference
    yy, xx = np.mgrid[0:h, 0:w]; moire = 1 + 0.06 * np.sin((xx * 0.93 + yy * 0.21) * 2.1)
    im = im * moire[..., None]
    out = cv2.warpPerspective(np.clip(im, 0, 255), M, (Wd, Hd), flags=cv2.INTER_LINEAR, borderValue=(25, 25, 28))
    Y, X = np.mgrid[0:Hd, 0:Wd]; light = 0.75 + 0.35 * np.exp(-(((X - 700) / 900) ** 2 + ((Y - 500) / 700) ** 2))
    out = out * light[..., None] + r.normal(0, 6, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), 0.9)
    Image.fromarray(out).save(f"{C}/{name}", quality=88)
    derived(src, name, Image.fromarray(out), lambda p, M=M: cv2.perspectiveTransform(p.reshape(-1, 1, 2).astype(np.float32), M).reshape(-1, 2), variant="phone photo")
phone_photo("chr_portal_account_125_dark.png", "photo_portal_account.jpg", 1)
phone_photo("qt_assets_100_light.png", "photo_qt_assets.jpg", 2)
phone_photo("chr_grafana_125_light.png", "photo_grafana.jpg", 3)
# --- scanned letter at 200 dpi
subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-gray", "-png", "-singlefile", f"{ROOT}/build/lo/bill.pdf", f"{ROOT}/build/lo/bill_200"], check=True)
im = Image.open(f"{ROOT}/build/lo/bill_200.png").convert("L"); w0, h0 = im.size
d = ImageDraw.Draw(im); cx, cy = 1280, 420
d.ellipse([cx - 190, cy - 110, cx + 190, cy + 110], outline=90, width=7); d.text((cx - 150, cy - 40), "RECEIVED\n14 NOV 2026", font=ImageFont.truetype(FB, 44), fill=90)
ang = 0.9; im2 = im.rotate(ang, expand=True, resample=Image.BICUBIC, fillcolor=245)
a = np.asarray(im2).astype(np.float32); a = a * 0.92 + 12 + rng.normal(0, 9, a.shape); a = np.clip(a, 0, 255).astype(np.uint8)
sc = Image.fromarray(a); sc.save(f"{C}/scan_bill_200dpi.png", dpi=(200, 200))
W, H = im2.size; th = math.radians(ang); k = 200 / 120
src_items = T["lo_bill_125_light.png"]["items"]
def fn(p, th=th):
    p = p * k; x = p[:, 0] - w0 / 2; y = p[:, 1] - h0 / 2
    return np.stack([x * math.cos(th) + y * math.sin(th) + W / 2, -x * math.sin(th) + y * math.cos(th) + H / 2], 1)
OUT["scan_bill_200dpi.png"] = {"source": "derived:lo_bill (200 dpi grey scan)", "page": "bill", "size": [W, H], "items": xform_items(src_items, fn) + [{"secret": False, "kind": "keep", "text": "RECEIVED", "tok": None, "rects": [], "vis": "visible"}], "variant": "scanned letter"}
# --- snipping tool annotations
def snip(src, name, marks):
    im = Image.open(f"{C}/{src}").convert("RGB"); ov = Image.new("RGBA", im.size, (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
    items = T[src]["items"]
    sec = [it for it in items if it["secret"] and it["rects"]]
    for i, it in enumerate(sec[:marks]):
        x0, y0, x1, y1 = it["rects"][0]
        if i % 3 == 0: d.rectangle([x0 - 3, y0 + (y1 - y0) * 0.15, x1 + 3, y1 - (y1 - y0) * 0.1], fill=(255, 235, 0, 110))
        elif i % 3 == 1:
            pts = [(x0 - 8 + j * (x1 - x0 + 16) / 12, (y0 + y1) / 2 + (4 if j % 2 else -4)) for j in range(13)]
            d.line(pts, fill=(230, 20, 20, 255), width=3)
        else:
            d.rectangle([x0 - 6, y0 - 5, x1 + 6, y1 + 5], outline=(230, 20, 20, 255), width=3)
            d.line([(x1 + 120, y1 + 80), (x1 + 10, y1 + 8)], fill=(230, 20, 20, 255), width=4); d.polygon([(x1 + 8, y1 + 6), (x1 + 28, y1 + 10), (x1 + 16, y1 + 26)], fill=(230, 20, 20, 255))
    im = Image.alpha_composite(im.convert("RGBA"), ov).convert("RGB"); im.save(f"{C}/{name}")
    derived(src, name, im, lambda p: p, variant="snipping tool annotations")
snip("chr_crm_100_light.png", "snip_crm_annotated.png", 9)
snip("lo_sheet_100_light.png", "snip_sheet_annotated.png", 12)
snip("chr_devtools_125_light.png", "snip_devtools_annotated.png", 8)
json.dump(OUT, open(f"{ROOT}/build/truth_derived.json", "w"))
print(len(OUT))
