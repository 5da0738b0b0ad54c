import sys, os, json, random, glob
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
ROOT = "/tmp/ho48/screens"
R = random.Random(4852)
FD = "/usr/share/fonts/truetype/dejavu/"
def dump(name, im, items, note, toolkit="pillow", theme="light", scale=1.0):
    fn = name + (".jpg" if im.mode == "RGB" and name.startswith("share_") else ".png")
    if fn.endswith(".jpg"): im.save(f"{ROOT}/corpus/{fn}", quality=R.choice([38, 45, 52]), subsampling=2)
    else: im.save(f"{ROOT}/corpus/{fn}")
    json.dump(dict(name=name, file=fn, toolkit=toolkit, scale=scale, theme=theme, size=list(im.size), note=note, items=items), open(f"{ROOT}/truth/{name}.json", "w"), indent=0, ensure_ascii=False)
    print(name, im.size, sum(1 for i in items if i["t"] == "S"), sum(1 for i in items if i["t"] == "K"))
# --- 5. 180-degree and 12-degree rotations of Chromium captures
def rot180(src, name):
    t = json.load(open(f"{ROOT}/truth/{src}.json")); im = Image.open(f"{ROOT}/corpus/{t['file']}").convert("RGB")
    W, H = im.size; im2 = im.transpose(Image.ROTATE_180)
    items = [dict(it, rects=[[W - r[2], H - r[3], W - r[0], H - r[1]] for r in it["rects"]]) for it in t["items"]]
    dump(name, im2, items, f"{src} rotated 180 degrees", toolkit=t["toolkit"] + "+rotate", theme=t["theme"], scale=t["scale"])
def rotsmall(src, name, ang):
    t = json.load(open(f"{ROOT}/truth/{src}.json")); im = Image.open(f"{ROOT}/corpus/{t['file']}").convert("RGB")
    W, H = im.size; im2 = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(40, 40, 40))
    W2, H2 = im2.size; import math
    a = math.radians(ang); ca, sa = math.cos(a), math.sin(a)
    def mp(x, y):
        dx, dy = x - W / 2, y - H / 2
        return (W2 / 2 + dx * ca + dy * sa, H2 / 2 - dx * sa + dy * ca)
    items = []
    for it in t["items"]:
        rs = []
        for r in it["rects"]:
            pts = [mp(r[0], r[1]), mp(r[2], r[1]), mp(r[2], r[3]), mp(r[0], r[3])]
            rs.append([int(min(p[0] for p in pts)), int(min(p[1] for p in pts)), int(max(p[0] for p in pts)) + 1, int(max(p[1] for p in pts)) + 1])
        items.append(dict(it, rects=rs))
    dump(name, im2, items, f"{src} rotated {ang} degrees counter-clockwise", toolkit=t["toolkit"] + "+rotate", theme=t["theme"], scale=t["scale"])
rot180("terminal_green_100", "rot180_terminal")
rotsmall("tooltip_light_125", "rot12_tooltip", 12)
# --- 6. Qt: semi-transparent white text with a soft shadow on a transparent PNG (sticker-like overlay)
