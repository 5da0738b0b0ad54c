import sys, os, json, random, glob
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
ROOT = "/tmp/ho48/screens"
R = random.Random(4850)
FD = "/usr/share/fonts/truetype/dejavu/"
def dump(name, im, items, note, toolkit="pillow", theme="light", scale=1.0):
    fn = name + (".jpg" if im.mode == "RGB" and name.startswith("share_") else ".png")
    if fn.endswith(".jpg"): im.save(f"{ROOT}/corpus/{fn}", quality=R.choice([38, 45, 52]), subsampling=2)
    else: im.save(f"{ROOT}/corpus/{fn}")
    json.dump(dict(name=name, file=fn, toolkit=toolkit, scale=scale, theme=theme, size=list(im.size), note=note, items=items), open(f"{ROOT}/truth/{name}.json", "w"), indent=0, ensure_ascii=False)
    print(name, im.size, sum(1 for i in items if i["t"] == "S"), sum(1 for i in items if i["t"] == "K"))
# --- 1. meter faceplate: serial plate + LCD seven-segment register
SEG = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afgedc", "7": "abc", "8": "abcdefg", "9": "abcfgd"}
def seven(d, x, y, s, ch, col):
    w, h, t = s, 2 * s, max(2, s // 5)
    segs = {"a": (x + t, y, x + w - t, y + t), "b": (x + w - t, y + t, x + w, y + h // 2), "c": (x + w - t, y + h // 2, x + w, y + h - t), "d": (x + t, y + h - t, x + w - t, y + h),
            "e": (x, y + h // 2, x + t, y + h - t), "f": (x, y + t, x + t, y + h // 2), "g": (x + t, y + h // 2 - t // 2, x + w - t, y + h // 2 + t // 2)}
    for sg in SEG[ch]: d.rectangle(segs[sg], fill=col)
def faceplate(name, dark):
    im = Image.new("RGB", (900, 700), "#2b2f33" if dark else "#d9d6cf"); d = ImageDraw.Draw(im)
    items = []
    d.rounded_rectangle((60, 40, 840, 660), 30, fill="#3a3f44" if dark else "#efece6", outline="#111", width=3)
    f1 = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 26); f2 = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 30); f3 = ImageFont.truetype(FD + "DejaVuSans.ttf", 18)
    def txt(x, y, v, f, t, kind, fill):
        d.text((x, y), v, font=f, fill=fill); items.append(dict(t=t, kind=kind, text=v, rects=[list(d.textbbox((x, y), v, font=f))], clipped=False))
    fg = "#ddd" if dark else "#222"
    txt(100, 70, "SMETS2 Single Phase", f1, "K", "product", fg)
    # LCD
    d.rectangle((100, 130, 800, 300), fill="#9fb58a", outline="#333", width=4)
    reg = "%08d" % R.randint(0, 99999999); reg = reg[:6]
    x0 = 140
    for i, ch in enumerate(reg): seven(d, x0 + i * 85, 160, 55, ch, "#1d2a17")
    items.append(dict(t="K", kind="reading_lcd", text=reg, rects=[[x0, 160, x0 + 5 * 85 + 55, 270]], clipped=False))
    d.text((670, 240), "kWh", font=f1, fill="#1d2a17"); items.append(dict(t="K", kind="label", text="kWh", rects=[list(d.textbbox((670, 240), "kWh", font=f1))], clipped=False))
    # serial plate (engraved look)
    d.rectangle((100, 350, 800, 600), fill="#b8b8b0", outline="#555", width=2)
    ser = I.eserial(R); eui = I.eui(R, "-"); mp = I.mpan_core(R)
    txt(120, 370, "M/N", f3, "K", "label", "#333"); txt(200, 365, ser, f2, "S", "eserial", "#1a1a1a")
    txt(120, 420, "GUID", f3, "K", "label", "#333"); txt(200, 415, eui, f2, "S", "eui", "#1a1a1a")
    txt(120, 470, "230V  50Hz  5(100)A  Class A", f3, "K", "label", "#333")
    txt(120, 510, "1000 imp/kWh", f3, "K", "label", "#333")
    # barcode bars under
    for i in range(120):
        if R.random() < .5: d.rectangle((420 + i * 3, 505, 421 + i * 3, 585), fill="#111")
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    dump(name, im, items, "meter faceplate: LCD seven-segment register and engraved serial plate with EUI-64", theme="dark" if dark else "light")
faceplate("faceplate_light", False); faceplate("faceplate_dark", True)
# --- 2. photo-like bill from the LibreOffice render: perspective skew, blur, uneven lighting, JPEG noise
def photo(src, name):
    t = json.load(open(f"{ROOT}/truth/{src}.json")); im = cv2.imread(f"{ROOT}/corpus/{t['file']}")
    h, w = im.shape[:2]; im = im[: int(h * 0.6)]; h = im.shape[0]
    W, H = 1600, 1200
    srcp = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dstp = np.float32([[210, 90], [1420, 150], [1500, 1110], [120, 1050]])
    M = cv2.getPerspectiveTransform(srcp, dstp)
    out = cv2.warpPerspective(im, M, (W, H), borderValue=(60, 80, 95))
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.65 + 0.45 * np.exp(-(((xx - 500) / 900.0) ** 2 + ((yy - 300) / 700.0) ** 2))
    out = np.clip(out.astype(np.float32) * light[..., None] * np.array([0.92, 0.98, 1.05]) + np.random.default_rng(5).normal(0, 7, out.shape), 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), 0.9)
    items = []
    for it in t["items"]:
        rs = []
        for r in it["rects"]:
            if r[3] > h: continue
            pts = cv2.perspectiveTransform(np.float32([[[r[0], r[1]], [r[2], r[1]], [r[2], r[3]], [r[0], r[3]]]]), M)[0]
            rs.append([int(pts[:, 0].min()), int(pts[:, 1].min()), int(pts[:, 0].max()) + 1, int(pts[:, 1].max()) + 1])
        if rs: items.append(dict(it, rects=rs))
    img = Image.fromarray(cv2.cvtColor(out, cv2.COLOR_BGR2RGB))
    img.save(f"{ROOT}/corpus/{name}.jpg", quality=70)
    json.dump(dict(name=name, file=name + ".jpg", toolkit="libreoffice+opencv", scale=1.0, theme="light", size=[W, H], note="photo of a printed bill: perspective skew, blur, uneven warm lighting, sensor noise, JPEG", items=items), open(f"{ROOT}/truth/{name}.json", "w"), indent=0, ensure_ascii=False)
    print(name, sum(1 for i in items if i["t"] == "S"), sum(1 for i in items if i["t"] == "K"))
photo("lo_bill_a_150dpi", "photo_bill_skew")
# --- 3. screen-share JPEG copies: downscale to 1280 wide (or 720p), JPEG q38-52, optional chroma blur
def share(src, name, target_w=1280):
    t = json.load(open(f"{ROOT}/truth/{src}.json")); im = Image.open(f"{ROOT}/corpus/{t['file']}").convert("RGB")
    f = target_w / im.width
    im2 = im.resize((target_w, round(im.height * f)), Image.BILINEAR)
    items = [dict(it, rects=[[round(v * f) for v in r] for r in it["rects"]]) for it in t["items"]]
    dump(name, im2, items, f"screen-share JPEG copy of {src} scaled x{f:.2f}", toolkit=t["toolkit"] + "+share-jpeg", theme=t["theme"], scale=t["scale"] * f)
for src, w in [("outlook_dark_125", 1280), ("teams_light_100", 1152), ("sap_grey_150", 1280), ("zebra_dark_150", 1280), ("portal_light_150", 1280), ("qt_table_light_150", 1280), ("ultrawide_3840", 2560), ("devtools_preview_125", 1280)]:
    share(src, "share_" + src, w)
# --- 4. whole capture rotated 90 degrees (phone photo stored sideways, no EXIF)
def rot(src, name):
    t = json.load(open(f"{ROOT}/truth/{src}.json")); im = Image.open(f"{ROOT}/corpus/{t['file']}").convert("RGB")
    W, H = im.size; im2 = im.transpose(Image.ROTATE_270)  # clockwise 90
    items = [dict(it, rects=[[H - r[3], r[0], H - r[1], r[2]] for r in it["rects"]]) for it in t["items"]]
    dump(name, im2, items, f"{src} rotated 90 degrees clockwise", toolkit=t["toolkit"] + "+rotate", theme=t["theme"], scale=t["scale"])
rot("qt_form_dark_125", "rot90_qt_form_dark")
