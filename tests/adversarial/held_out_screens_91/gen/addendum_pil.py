# ADDENDUM: spaced-pair EUI on a flat render rotated 0/2/3/5 degrees (is it the skew or the photo?)
import sys, os, json, random, math
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
from PIL import Image, ImageDraw, ImageFont
ROOT = "/tmp/ho48/screens/addendum"; R = random.Random(9049)
f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 22)
for ang in [0, 2, 3, 5]:
    im = Image.new("RGB", (900, 300), "white"); d = ImageDraw.Draw(im); items = []
    y = 40
    for lab, val, kind, t in [("Smart meter comms hub", I.eui(R, " "), "eui", "S"), ("Comms hub ID", I.eui(R, " "), "eui", "S"), ("Quote", I.tc(R), "tc", "K")]:
        d.text((40, y), lab, font=f, fill="black"); x = 40 + d.textlength(lab + "  ", font=f)
        d.text((x, y), val, font=f, fill="black")
        items.append(dict(t="K", kind="label", text=lab, rects=[list(d.textbbox((40, y), lab, font=f))]))
        items.append(dict(t=t, kind=kind, text=val, rects=[list(d.textbbox((x, y), val, font=f))]))
        y += 60
    W, H = im.size; im2 = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor="white"); W2, H2 = im2.size
    a = math.radians(ang); ca, sa = math.cos(a), math.sin(a)
    def mp(x, y):
        dx, dy = x - W / 2, y - H / 2
        return (W2 / 2 + dx * ca + dy * sa, H2 / 2 - dx * sa + dy * ca)
    for it in items:
        r = it["rects"][0]; pts = [mp(r[0], r[1]), mp(r[2], r[1]), mp(r[2], r[3]), mp(r[0], r[3])]
        it["rects"] = [[int(min(p[0] for p in pts)), int(min(p[1] for p in pts)), int(max(p[0] for p in pts)) + 1, int(max(p[1] for p in pts)) + 1]]; it["clipped"] = False
    nm = f"add_eui_spaced_rot{ang}"
    im2.save(f"{ROOT}/corpus/{nm}.png")
    json.dump(dict(name=nm, file=nm + ".png", toolkit="pillow", scale=1.0, theme="light", size=list(im2.size), note=f"space-separated EUI-64 beside a label, rotated {ang} degrees", items=items), open(f"{ROOT}/truth/{nm}.json", "w"), ensure_ascii=False)
    print(nm)
