"""Derived copies with Pillow: screen-share JPEGs in a call frame, nearest-neighbour magnified crops, two snapped windows.
Boxes are the source boxes under the same affine map."""
import copy, json, os
from PIL import Image, ImageDraw, ImageFont

C = "corpus"


def load(n):
    d = json.load(open(os.path.join(C, n + ".json"))); return d, Image.open(os.path.join(C, d["image"])).convert("RGB")


def mapped(d, s, ox, oy, crop=None, W=None, H=None):
    out = []
    for it in d["items"]:
        it = copy.deepcopy(it); nb = []
        for x, y, w, h in it["boxes"]:
            if crop:
                x -= crop[0]; y -= crop[1]
            x, y, w, h = x * s + ox, y * s + oy, w * s, h * s
            if W is not None:
                x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
                if x1 - x0 < 0.9 * w or y1 - y0 < 0.9 * h:
                    continue  # cut by the crop: dropped
            nb.append([round(x, 1), round(y, 1), round(w, 1), round(h, 1)])
        if len(nb) == len(it["boxes"]):
            it["boxes"] = nb; out.append(it)
    return out


def save(name, im, d, items, fmt="png", **kw):
    fn = name + "." + ("jpg" if fmt == "jpeg" else "png")
    im.save(os.path.join(C, fn), fmt.upper(), **kw)
    for i, it in enumerate(items): it["i"] = i + 1
    json.dump({"image": fn, "toolkit": "pillow-derived(" + d["toolkit"] + ")", "source": d["image"], "scale": d["scale"], "theme": d["theme"],
               "items": items}, open(os.path.join(C, name + ".json"), "w"), indent=0)
    print(name, len(items), im.size)


def share(src, name, q):
    d, im = load(src)
    W, H = 1600, 900
    frame = Image.new("RGB", (W, H), (32, 32, 36)); dr = ImageDraw.Draw(frame)
    dr.rectangle([0, 0, W, 40], fill=(60, 60, 70)); dr.text((12, 12), "You are viewing a shared screen", fill=(230, 230, 230))
    s = min((W - 40) / im.width, (H - 80) / im.height)
    sm = im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS)
    ox, oy = (W - sm.width) // 2, 50
    frame.paste(sm, (ox, oy))
    save(name, frame, d, mapped(d, s, ox, oy), "jpeg", quality=q, subsampling=2)


def magnify(src, name, crop, f):
    d, im = load(src)
    c = im.crop(crop)
    big = c.resize((c.width * f, c.height * f), Image.NEAREST)
    save(name, big, d, mapped(d, f, 0, 0, crop=crop, W=big.width, H=big.height))


def snapped(a, b, name):
    da, ia = load(a); db, ib = load(b)
    W, H = 1920, 1080
    s1 = min(960 / ia.width, H / ia.height); s2 = min(960 / ib.width, H / ib.height)
    can = Image.new("RGB", (W, H), (200, 200, 200))
    can.paste(ia.resize((round(ia.width * s1), round(ia.height * s1)), Image.LANCZOS), (0, 0))
    can.paste(ib.resize((round(ib.width * s2), round(ib.height * s2)), Image.LANCZOS), (960, 0))
    items = mapped(da, s1, 0, 0) + mapped(db, s2, 960, 0)
    d = dict(da); d["toolkit"] = da["toolkit"] + "+" + db["toolkit"]
    save(name, can, d, items)


if __name__ == "__main__":
    share("h06_emphasis_100_light", "p01_share_emphasis_q40", 40)
    share("h09_groupfmt_100_dark", "p02_share_groupfmt_q35", 35)
    share("h12_psql_175_dark", "p03_share_psql_q45", 45)
    share("q04_rich_150_dark", "p04_share_qtmail_q40", 40)
    share("h01_colbreak_100_light", "p05_share_colbreak_q50", 50)
    share("q03_tabs_150_dark", "p06_share_qttabs_q40", 40)
    magnify("h09_groupfmt_100_dark", "p07_magnify3x_groupfmt", (0, 40, 640, 400), 3)
    magnify("q01_tabs_100_light", "p08_magnify2x_qttabs", (0, 0, 600, 460), 2)
    snapped("h10_groupfmt_150_light", "h18_seqdiag_100_light", "p09_snapped_two_windows")
