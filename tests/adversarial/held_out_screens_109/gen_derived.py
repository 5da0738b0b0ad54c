"""Pillow: (1) invert the LibreOffice 'dark' bill, (2) an aliased (font smoothing off, RDP-like) terminal drawn with
Pillow (boxes from font.getbbox), (3) screen-share JPEG copies (downscaled, 4:2:0, low quality) of chosen screens.
usage: venv/bin/python gen_derived.py OUTDIR"""
import sys, json, os
from PIL import Image, ImageDraw, ImageFont, ImageOps
from ids import Vals, group, eui_fmt

OUT = sys.argv[1]

# (1) dark LibreOffice bill = inverted page (a dark-mode PDF viewer)
p = "%s/l_bill_dark_120.png" % OUT
im = Image.open(p).convert("RGB")
ImageOps.invert(im).save(p)

# (2) aliased terminal
def terminal(name, seed, size, scale, theme):
    v = Vals(seed)
    W, H = 1280, 800
    bg, fg = ((0, 0, 0), (200, 200, 200)) if theme == "dark" else ((255, 255, 255), (20, 20, 20))
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    d.fontmode = "1"  # no anti-aliasing
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", size)
    lh = int(size * 1.35)
    items = []
    y = 6
    def put(x, seg_list):
        # seg_list: list of (text, role, kind, value)
        for text, role, kind, value in seg_list:
            if role:
                bb = d.textbbox((x, y), text, font=f)
                items.append({"role": role, "kind": kind, "value": value, "surface": text,
                              "rects": [[bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]]], "ml": False})
            d.text((x, y), text, font=f, fill=fg)
            x += d.textlength(text, font=f)
    put(6, [("$ ", None, None, None), ("watch -n5 ./dip-tail --since ", None, None, None), (v.ts(), "keep", "ts", None)])
    items[-1]["value"] = items[-1]["surface"]
    y += lh
    while y < H - lh:
        m = v.mpan(); e = v.eui64(); ts = v.ts(); fl = v.flow(); dip = v.dip()
        segs = [(ts, "keep", "ts", ts), (" ", None, None, None), (fl, "keep", "flow", fl), (" ", None, None, None), (dip, "keep", "dip", dip),
                (" mpan=", None, None, None), (m, "id", "mpan", m), (" dev=", None, None, None)]
        es = eui_fmt(e, "colon").lower()
        segs += [(es, "id", "eui64", e)]
        put(6, segs); y += lh
        if y >= H - lh: break
        nm = v.name(); pc = v.postcode()
        segs = [("    consent.holder=", None, None, None), (nm, "id", "name", nm), (" pc=", None, None, None), (pc, "id", "postcode", pc),
                (" tc=", None, None, None)]
        t = v.tc(); segs += [(t, "keep", "tc", t)]
        put(6, segs); y += lh
    im.save("%s/%s.png" % (OUT, name))
    for n, it in enumerate(items): it["id"] = "%s#%d" % (name, n)
    json.dump({"image": name + ".png", "design": "pil_aliased_term", "toolkit": "pillow", "scale": scale, "theme": theme, "items": items},
              open("%s/%s.json" % (OUT, name), "w"), indent=1, ensure_ascii=False)
    print(name, len(items))

terminal("p_term_dark_100", 8101, 12, 1.0, "dark")
terminal("p_term_light_125", 8102, 15, 1.25, "light")

# (3) screen-share JPEG copies
COPIES = [("h_regs_dark_150", 0.6, 35), ("h_sheet_light_100", 0.85, 45), ("h_explainer_light_250", 0.5, 40), ("h_frame_light_250", 0.5, 35),
          ("q_mask_dark_150", 0.75, 40), ("l_bill_light_150", 0.8, 35), ("h_tight_dark_200", 0.6, 45), ("h_letter_light_150", 0.7, 30)]
for src, f, q in COPIES:
    t = json.load(open("%s/%s.json" % (OUT, src)))
    im = Image.open("%s/%s.png" % (OUT, src)).convert("RGB")
    im = im.resize((round(im.width * f), round(im.height * f)), Image.BILINEAR)
    name = "j_%s_q%d" % (src, q)
    im.save("%s/%s.jpg" % (OUT, name), quality=q, subsampling=2)
    for it in t["items"]:
        it["id"] = it["id"].replace(src, name)
        it["rects"] = [[round(a * f) for a in r] for r in it["rects"]]
    t["image"] = name + ".jpg"; t["derived_from"] = src; t["jpeg"] = {"scale": f, "quality": q}
    t["design"] = t["design"] + "+jpeg"
    json.dump(t, open("%s/%s.json" % (OUT, name), "w"), indent=1, ensure_ascii=False)
    print(name)
