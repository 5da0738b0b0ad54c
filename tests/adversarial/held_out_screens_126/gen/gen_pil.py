"""Pillow: screen-share JPEG copies, HDR washed-out copies, an Alt-Tab switcher of thumbnails, a semi-transparent label."""
import json, os, sys, copy, random
sys.path.insert(0, os.path.dirname(__file__))
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import ids
C = sys.argv[1]
def load(n): return Image.open(os.path.join(C, n + ".png")).convert("RGB"), json.load(open(os.path.join(C, n + ".json")))
def save(img, meta, name, ext="png", **kw):
    meta = copy.deepcopy(meta); meta["image"] = name + "." + ext
    img.save(os.path.join(C, name + "." + ext), **kw); json.dump(meta, open(os.path.join(C, name + ".json"), "w"), indent=1); print(name)
def scaled(meta, f, dx=0, dy=0):
    m = copy.deepcopy(meta)
    for it in m["items"]: it["boxes"] = [[round(b[0] * f + dx), round(b[1] * f + dy), round(b[2] * f + dx), round(b[3] * f + dy)] for b in it["boxes"]]
    return m
# screen-share JPEG copies: the shared window is scaled to fit a 1280x720 (or 1920x1080) stage
for src, stage, q in [("h_logfmt_dark_150", 1280, 45), ("h_portal_light_150" if False else "h_portal_dark_150", 1280, 50), ("h_ado_light_150", 1920, 40),
                      ("q_tree_light_200", 1280, 55), ("l_bill_light_156", 1280, 50), ("h_sqlite_dark_175", 1920, 45), ("h_han_dark_150", 1280, 50), ("q_flowerr_dark_200", 1920, 40)]:
    img, meta = load(src); W, H = stage, stage * 9 // 16
    f = min(W / img.width, H / img.height); sm = img.resize((round(img.width * f), round(img.height * f)), Image.BILINEAR)
    bg = Image.new("RGB", (W, H), (32, 32, 36)); dx, dy = (W - sm.width) // 2, (H - sm.height) // 2; bg.paste(sm, (dx, dy))
    m = scaled(meta, f, dx, dy); m["design"] += "+share"; m["toolkit"] += "+pillow_jpeg"; m["scale"] = round(meta["scale"] * f, 3)
    save(bg, m, "j_share_" + src, "jpg", quality=q, subsampling=2)
# HDR washed-out captures (SDR content captured while Windows HDR is on)
for src in ["h_letter_light_125", "h_sticky_dark_125"]:
    img, meta = load(src)
    lut = [round(30 + 200 * (v / 255) ** 0.55) for v in range(256)]
    m = copy.deepcopy(meta); m["design"] += "+hdr"; m["toolkit"] += "+pillow"
    save(img.point(lut * 3), m, "p_hdr_" + src)
# Alt-Tab switcher with three thumbnails at 40 %
bg = Image.new("RGB", (1920, 1080), (20, 60, 90)); ov = Image.new("RGBA", (1920, 1080), (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
d.rounded_rectangle([120, 300, 1800, 780], 14, fill=(30, 30, 30, 215)); bg = Image.alpha_composite(bg.convert("RGBA"), ov).convert("RGB")
allm = dict(image="", toolkit="chromium+pyside6+pillow", scale=0.4, theme="dark", design="alttab", items=[])
x = 160
for src in ["h_ado_light_100", "q_tree_light_100", "h_portal_light_100"]:
    img, meta = load(src); f = min(500 / img.width, 400 / img.height); sm = img.resize((round(img.width * f), round(img.height * f)), Image.LANCZOS)
    bg.paste(sm, (x, 340)); m = scaled(meta, f, x, 340)
    for it in m["items"]: it["id"] = src + ":" + it["id"]; allm["items"].append(it)
    x += 540
save(bg, allm, "p_alttab_dark_40")
# a semi-transparent RGBA label (device sticker preview exported with alpha), text at 60 % alpha
g = ids.Gen(5999); lab = Image.new("RGBA", (900, 420), (0, 0, 0, 0)); d = ImageDraw.Draw(lab)
F = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26); FM = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 28)
items = []; y = 30
for lab_t, kind in [("MSN", "elec_serial"), ("MPAN", "mpan"), ("GUID", "eui64"), ("MPRN", "mprn"), ("Site", "postcode")]:
    v = getattr(g, {"mpan": "mpan_core", "eui64": "eui"}.get(kind, kind))()
    d.text((30, y), lab_t, font=F, fill=(40, 40, 40, 150)); bb = d.textbbox((180, y), v, font=FM); d.text((180, y), v, font=FM, fill=(20, 20, 20, 150))
    items.append(dict(id="p%d" % len(items), role="id", kind=kind, value=v, surface=v, boxes=[list(bb)])); y += 60
for v in [g.tc(), g.flow()]:
    bb = d.textbbox((30, y), v, font=F); d.text((30, y), v, font=F, fill=(20, 20, 20, 150)); items.append(dict(id="p%d" % len(items), role="keep", kind="keep", value=v, surface=v, boxes=[list(bb)])); y += 45
lab.save(os.path.join(C, "p_alpha_label_light_100.png")); json.dump(dict(image="p_alpha_label_light_100.png", toolkit="pillow", scale=1, theme="alpha", design="alpha_label", items=items), open(os.path.join(C, "p_alpha_label_light_100.json"), "w"), indent=1)
