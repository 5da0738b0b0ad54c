import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import common
common.R.seed(777)
from PIL import Image, ImageDraw, ImageFont
import numpy as np
OUT = "/tmp/ho34/screens/img"; F = "/usr/share/fonts/truetype/"
def font(name, size): return ImageFont.truetype(F + name, size)
# 1: aliased (no anti-aliasing) classic-Windows style dialog
rec = Rec("pil01_aliased_dialog.png", "pillow", 1, "light", "no anti-aliasing (fontmode 1), classic grey dialog")
im = Image.new("RGB", (760, 300), "#c0c0c0"); d = ImageDraw.Draw(im); d.fontmode = "1"
d.rectangle([0, 0, 760, 22], fill="#000080"); f = font("liberation/LiberationSans-Bold.ttf", 13); d.text((6, 4), rec.k("Meter Registration - Confirm"), font=f, fill="white")
f = font("liberation/LiberationSans-Regular.ttf", 13); m = mpan(); es = elec_serial(); n = person()
y = 40
for lbl, val, kind in [("Supply MPAN:", m, "mpan"), ("Meter serial:", es, "elec_serial"), ("Registrant:", n, "name"), ("Effective from:", "01/01/2027", None), ("Flow:", "D0055 Registration Request", None)]:
    d.text((16, y), rec.k(lbl), font=f, fill="black"); d.rectangle([140, y-3, 520, y+17], fill="white", outline="#808080")
    d.text((146, y), rec.s(kind, val) if kind else rec.k(val), font=f, fill="black"); y += 34
d.rectangle([560, 240, 650, 266], outline="black"); d.text((590, 246), rec.k("OK"), font=f, fill="black")
im.save(f"{OUT}/pil01_aliased_dialog.png"); rec.emit()
# 2: text on a noisy photo-like gradient (e.g. a slide / banner)
rec = Rec("pil02_noisy_gradient.png", "pillow", 1, "light", "text over noisy gradient")
h, w = 500, 1200; yy, xx = np.mgrid[0:h, 0:w]
arr = np.stack([60 + 120*xx/w, 90 + 80*yy/h, 160 - 60*xx/w], 2) + np.random.default_rng(5).normal(0, 14, (h, w, 3))
im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)); d = ImageDraw.Draw(im)
m, g, ch = mpan(), mprn(), eui64()
d.text((40, 60), rec.k("Smart meter rollout – site readiness"), font=font("dejavu/DejaVuSans-Bold.ttf", 34), fill="white")
d.text((40, 160), "MPAN " + rec.s("mpan", m), font=font("dejavu/DejaVuSansCondensed.ttf", 30), fill="#fff7cc")
d.text((40, 230), "MPRN " + rec.s("mprn", g), font=font("dejavu/DejaVuSerif.ttf", 28), fill="white")
d.text((40, 300), "CH " + rec.s("eui64", ch, ch.replace("-", "").lower()), font=font("dejavu/DejaVuSansMono.ttf", 26), fill="#e0f7fa")
d.text((40, 380), rec.k("Go-live 15/01/2027") + "  ·  " + rec.k("Wave 3"), font=font("liberation/LiberationSans-Regular.ttf", 24), fill="white")
im.save(f"{OUT}/pil02_noisy_gradient.png"); rec.emit()
# 3: lone small identifiers on an empty 4K desktop
rec = Rec("pil03_lone_4k.png", "pillow", 2, "dark", "lone small text on empty 3840x2160")
im = Image.new("RGB", (3840, 2160), "#0b3d5c"); d = ImageDraw.Draw(im)
es, ch = elec_serial(), eui64()
chd = ch.replace("-", ".")
es_sp = " ".join([es[:2], es[2:4], es[4:]]).lower()
d.text((3100, 1980), rec.s("eui64", ch, chd), font=font("dejavu/DejaVuSansCondensed-Bold.ttf", 22), fill="#ffffff")
d.text((260, 420), rec.s("elec_serial", es, es_sp), font=font("dejavu/DejaVuSans.ttf", 24), fill="#d0d0d0")
im.save(f"{OUT}/pil03_lone_4k.png"); rec.emit()
print("ok")
