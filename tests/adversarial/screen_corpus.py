"""Adversarial screenshot corpus for GB energy identifiers (issue 13), written black-box.

    python tests/adversarial/screen_corpus.py --out /tmp/screens [--seed 13] [--only pillow,meta,qt,lo,chrome,share]

Writes OUT/images/<name>.png|jpg, OUT/truth/<name>.json (one ground truth per image) and OUT/manifest.json.
Nothing here was derived from Attest's detectors: only from the requirement text.

Ground truth per image:
  identifiers: [{id, kind, text (canonical), rendered (as drawn, with separators), where ("pixels" or
                 "metadata:<place>"), boxes: [{c, box|quad}] per character where the toolkit tells us
                 (precision "char"), per word ("word") or per widget/cell ("widget")}]
  keep:        [{text, kind}]   labels/values that must stay readable
  ocr:         hints for the scorer: {"rotation": deg} (the text was rotated by deg counter-clockwise),
               {"alpha": "white-on-transparent" | "hidden-under-alpha"}
Toolkits: Pillow, Qt widgets (PySide6, offscreen, QWidget.grab(), QT_SCALE_FACTOR 1/1.25/1.5),
LibreOffice (docx/xlsx -> PDF -> pdftoppm at 96/120/144 dpi) and headless Chromium
(--force-device-scale-factor 1/1.25/1.5), plus screen-share JPEG copies of some of them.
"""
from __future__ import annotations

import argparse
import html
import io
import json
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "lib": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "lib-bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "libmono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}
for _k, _v in list(FONTS.items()):  # liberation lives in liberation/ or liberation2/ depending on the package
    if not Path(_v).exists():
        alt = _v.replace("liberation2", "liberation")
        FONTS[_k] = alt if Path(alt).exists() else FONTS["sans"]

LIGHT = {"bg": (255, 255, 255), "panel": (244, 246, 249), "fg": (20, 24, 32), "muted": (90, 98, 110),
         "border": (120, 128, 140), "accent": (0, 94, 184), "head": (0, 70, 140), "headfg": (255, 255, 255)}
DARK = {"bg": (30, 32, 36), "panel": (42, 45, 51), "fg": (230, 232, 236), "muted": (160, 166, 176),
        "border": (150, 156, 168), "accent": (100, 170, 255), "head": (18, 20, 24), "headfg": (230, 232, 236)}
THEMES = {"light": LIGHT, "dark": DARK}

# ----------------------------------------------------------------------------------------------- identifiers

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(first12: str) -> str:
    return str(sum(int(d) * p for d, p in zip(first12, PRIMES)) % 11 % 10)


def mpan_core(rng: random.Random) -> str:
    dist = rng.choice([str(d) for d in range(10, 24)] * 4 + ["24", "25", "26", "27", "29"])
    body = dist + "".join(rng.choice("0123456789") for _ in range(10))
    return body + mpan_check(body)


def mpan_top(rng: random.Random) -> tuple[str, str, str]:
    pc = rng.choice(["00", "01", "02", "03", "04", "05", "06", "08"])
    mtc = rng.choice(["801", "845", "811", "393", "151", "500", "032", "215"])
    llfc = f"{rng.randint(1, 999):03d}"
    return pc, mtc, llfc


# the 11 digits after the distributor id (10-digit unique reference + check digit) as printed
CORE_GROUPINGS = [[4, 4, 3], [4, 4, 2, 1], [4, 3, 1, 3], [4, 3, 1, 2, 1], [4, 4, 1, 1, 1], [3, 4, 3, 1]]


def group_core(core: str, grouping) -> list[str]:
    out, i = [core[:2]], 2
    for n in grouping:
        out.append(core[i:i + n])
        i += n
    assert i == 13, (grouping, i)
    return out


def mprn(rng: random.Random, n: int | None = None) -> str:
    n = n or rng.randint(6, 10)
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def elec_serial(rng: random.Random) -> str:
    if rng.random() < 0.6:  # S06DS123456
        return (rng.choice("SEKLDAM") + f"{rng.randint(0, 99):02d}" + rng.choice(["DS", "AB", "MS", "KP", "LT"])
                + f"{rng.randint(0, 999999):06d}")
    return f"{rng.randint(10, 24):02d}" + rng.choice("PKLMU") + f"{rng.randint(0, 9999999):07d}"  # 19P0123456


def gas_serial(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(["G4A", "G4K", "U6A"]) + f"{rng.randint(0, 99999999):08d}"  # G4A01234567
    return rng.choice(["E6S", "E6E"]) + "".join(rng.choice("0123456789") for _ in range(11))  # E6S12345678901


def eui64(rng: random.Random) -> str:
    b = [0x00, 0x1B, 0xC5] + [rng.randint(0, 255) for _ in range(5)]
    return ".".join(f"{x:02X}" for x in b)


def norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


# ----------------------------------------------------------------------------------------------- keep values

LABELS = ["Profile class", "Status", "Meter time-switch code", "Line loss factor class", "Supply start date",
          "Energisation status", "Measurement class", "Read date", "Tariff", "Message type", "Received",
          "Test case", "Correlation id", "Outcome", "Payment method"]


def test_ref(rng):
    return f"FM_TS_{rng.randint(1, 9)}_TC_{rng.randint(1, 40):02d}"


def msg_type(rng):
    return rng.choice(["IF-031", "IF-021", "IF-033", "IF-037", "IF-003", "IF-013", "IF-036", "IF-041"])


def a_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def timestamp(rng, iso=None):
    y, mo, d = 2024 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    iso = rng.random() < 0.5 if iso is None else iso
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z" if iso else f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"


STATUSES = ["Accepted", "Rejected", "Pending", "Processed", "Energised", "Validated"]


# ----------------------------------------------------------------------------------------------- ground truth


class Truth:
    def __init__(self, name: str, case: str, toolkit: str, **variant):
        self.name, self.case, self.toolkit, self.variant = name, case, toolkit, variant
        self.idents: list[dict] = []
        self.keeps: list[dict] = []
        self.ocr: dict = {}
        self.image = ""
        self.size = (0, 0)

    def ident(self, kind: str, text: str, rendered: str | None = None, where: str = "pixels") -> dict:
        d = {"id": f"i{len(self.idents)}", "kind": kind, "text": text, "norm": norm(text),
             "rendered": rendered if rendered is not None else text, "where": where, "boxes": [], "precision": None}
        self.idents.append(d)
        return d

    def keep(self, text: str, kind: str = "label") -> str:
        if norm(text) and not any(k["text"] == text for k in self.keeps):
            self.keeps.append({"text": text, "kind": kind, "norm": norm(text)})
        return text

    def to_json(self) -> dict:
        return {"name": self.name, "image": self.image, "case": self.case, "toolkit": self.toolkit,
                "variant": self.variant, "size": list(self.size), "identifiers": self.idents,
                "keep": self.keeps, "ocr": self.ocr}


# ----------------------------------------------------------------------------------------------- Pillow


def font(key: str, px: float):
    from PIL import ImageFont
    return ImageFont.truetype(FONTS[key], max(6, int(round(px))))


class Canvas:
    def __init__(self, truth: Truth, w: int, h: int, bg, mode="RGB"):
        from PIL import Image, ImageDraw
        self.t = truth
        self.im = Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.im)

    def text(self, xy, s: str, f, fill, ident: dict | None = None, keep: str | None = None):
        x, y = xy
        self.d.text((x, y), s, font=f, fill=fill)
        if ident is not None:
            for i, c in enumerate(s):
                if not c.strip():
                    continue
                x0 = x + f.getlength(s[:i])
                bb = f.getbbox(c)
                ident["boxes"].append({"c": c, "box": [round(x0 + bb[0]), round(y + bb[1]), round(x0 + bb[2]),
                                                       round(y + bb[3])]})
            ident["precision"] = "char"
        if keep:
            self.t.keep(s if keep is True else keep, "label" if keep is True else "value")
        return x + f.getlength(s)

    def label_value(self, x, y, label, value, flab, fval, th, ident=None, kind="value", gap=None):
        self.text((x, y), label, flab, th["muted"], keep=True)
        vx = x + (gap if gap is not None else flab.getlength(label) + 14)
        if ident is None:
            self.t.keep(value, kind)
        return self.text((vx, y), value, fval, th["fg"], ident=ident)


def portal_chrome(c: Canvas, th, w, title, fpx, rng):
    """A header bar and some keep labels around the content, so the image looks like a portal."""
    c.d.rectangle([0, 0, w, int(fpx * 2.6)], fill=th["head"])
    c.text((int(fpx), int(fpx * 0.7)), title, font("sans-bold", fpx * 1.1), th["headfg"], keep=True)
    ref = test_ref(rng)
    c.text((w - int(fpx * 14), int(fpx * 0.8)), ref, font("sans", fpx * 0.9), th["headfg"], keep=ref)


def write_png(c: Canvas, out: Path, truth: Truth, **save):
    path = out / "images" / f"{truth.name}.png"
    c.im.save(path, **save)
    truth.image, truth.size = f"images/{path.name}", c.im.size
    return path


def sbox_draw(c: Canvas, x, y, px, th, core, top, grouping, with_s, fontkey="sans", boxed=True, truth=None):
    """The MPAN S box: a large S, then the top line (PC MTC LLFC) over the core in digit groups."""
    f = font(fontkey, px)
    fs = font("sans-bold", px * 2.7)
    gap = px * 1.1
    top_groups = list(top)
    core_groups = group_core(core, grouping)
    it = truth.ident("mpan_top", "".join(top), " ".join(top_groups))
    ic = truth.ident("mpan_core", core, " ".join(core_groups))
    sx = x + px * 0.6
    tx = sx + (fs.getlength("S") + px * 0.9 if with_s else 0)
    line_h = px * 1.6
    width_top = sum(f.getlength(g) for g in top_groups) + gap * (len(top_groups) - 1)
    width_core = sum(f.getlength(g) for g in core_groups) + gap * (len(core_groups) - 1)
    w = tx - x + max(width_top, width_core) + px * 0.8
    h = line_h * 2 + px * 0.8
    if boxed:
        c.d.rectangle([x, y, x + w, y + h], outline=th["border"], width=max(1, int(px / 12)))
    if with_s:
        sy = y + h / 2 - fs.getbbox("S")[3] / 2 - fs.getbbox("S")[1] / 2
        c.text((sx, sy), "S", fs, th["fg"])
    # top line groups aligned left over the core's groups
    xx = tx
    for g in top_groups:
        c.text((xx, y + px * 0.4), g, f, th["fg"], ident=it)
        xx += f.getlength(g) + gap
    xx = tx
    for g in core_groups:
        c.text((xx, y + px * 0.4 + line_h), g, f, th["fg"], ident=ic)
        xx += f.getlength(g) + gap
    return x + w, y + h


def case_sbox(out, rng, n):
    res = []
    i = 0
    for pt in (10, 12, 14):
        for theme in ("light", "dark"):
            for with_s in (True, False):
                scale = rng.choice([1.0, 1.25, 1.5])
                px = pt * 4 / 3 * scale
                name = f"pil_sbox_{pt}pt_{theme}_{'S' if with_s else 'noS'}_{i}"
                t = Truth(name, "sbox", "pillow", pt=pt, theme=theme, with_s=with_s, scale=scale)
                th = THEMES[theme]
                w, h = int(px * 48), int(px * 22)
                c = Canvas(t, w, h, th["bg"])
                portal_chrome(c, th, w, rng.choice(["Your electricity bill", "Meter point details",
                                                    "Supply details"]), px, rng)
                fl = font("sans", px)
                c.text((px, px * 4), "Supply number", font("sans-bold", px), th["fg"], keep=True)
                core, top = mpan_core(rng), mpan_top(rng)
                grouping = rng.choice(CORE_GROUPINGS)
                _, by = sbox_draw(c, px, px * 6, px, th, core, top, grouping, with_s,
                                  fontkey=rng.choice(["sans", "lib", "mono"]), truth=t)
                y = by + px * 1.5
                for lab, val in [("Profile class", top[0]), ("Status", rng.choice(STATUSES)),
                                 ("Read date", timestamp(rng, iso=False))]:
                    c.text((px, y), lab, fl, th["muted"], keep=True)
                    # the profile class value is shown but is two digits of the MPAN's top line: not a keep value
                    c.text((px * 16, y), val, fl, th["fg"], keep=None if lab == "Profile class" else val)
                    y += px * 1.7
                res.append(write_png(c, out, t) and t)
                i += 1
    return res


def case_mprn_field(out, rng):
    res = []
    for i, (label, n, theme) in enumerate([("MPRN", 6, "light"), ("MPRN", 7, "dark"), ("Gas supply point", 8, "light"),
                                            ("Gas supply point", 9, "dark"), ("MPRN", 10, "light"),
                                            ("MPRN:", 10, "dark"), ("Gas supply point (MPRN)", 7, "light"),
                                            ("M.P.R.N.", 8, "dark")]):
        scale = [1.0, 1.25, 1.5][i % 3]
        px = rng.choice([13, 14, 16]) * scale
        t = Truth(f"pil_mprn_{i}_{n}d_{theme}", "mprn_field", "pillow", label=label, digits=n, theme=theme,
                  scale=scale)
        th = THEMES[theme]
        w, h = int(px * 46), int(px * 18)
        c = Canvas(t, w, h, th["bg"])
        portal_chrome(c, th, w, "Gas meter point", px, rng)
        fl, fv = font("sans", px), font(rng.choice(["sans", "lib"]), px)
        y = px * 4
        v = mprn(rng, n)
        layout = i % 2  # 0: label left of an input box; 1: label above the value
        rows = [("Status", rng.choice(STATUSES)), (label, None), ("Test case", test_ref(rng)),
                ("Correlation id", a_uuid(rng)), ("Received", timestamp(rng))]
        for lab, val in rows:
            if val is None:
                ident = t.ident("mprn", v)
                if layout == 0:
                    c.text((px, y + px * 0.3), lab, fl, th["muted"], keep=True)
                    bx = px * 15
                    c.d.rectangle([bx, y - px * 0.1, bx + px * 14, y + px * 1.6], outline=th["border"],
                                  fill=th["panel"])
                    c.text((bx + px * 0.5, y + px * 0.3), v, fv, th["fg"], ident=ident)
                    y += px * 2.4
                else:
                    c.text((px, y), lab, fl, th["muted"], keep=True)
                    c.text((px, y + px * 1.4), v, font("sans-bold", px * 1.2), th["fg"], ident=ident)
                    y += px * 3.4
            else:
                c.label_value(px, y, lab, val, fl, fv, th, gap=px * 15)
                y += px * 1.9
        res.append(write_png(c, out, t) and t)
    return res


def case_wrapped(out, rng):
    res = []
    for i in range(5):
        theme = ["light", "dark"][i % 2]
        th = THEMES[theme]
        px = rng.choice([13, 14, 16])
        core = mpan_core(rng)
        cut = rng.randint(4, 9)
        spaced = i >= 3
        t = Truth(f"pil_wrapped_{i}_{theme}", "wrapped", "pillow", theme=theme, cut=cut, spaced=spaced)
        w, h = int(px * 24), int(px * 14)
        c = Canvas(t, w, h, th["bg"])
        fl = font("sans", px)
        c.text((px, px), "Notes", font("sans-bold", px), th["fg"], keep=True)
        ident = t.ident("mpan_core", core)
        if spaced:
            g = group_core(core, [4, 4, 3])  # 14 1234 5678 903: break between groups
            a, b = " ".join(g[:2]), " ".join(g[2:])
        else:
            a, b = core[:cut], core[cut:]
        lead = rng.choice(["Customer reports the supply ", "Site visit booked for ", "Query raised on "])
        c.text((px, px * 3), lead.strip(), fl, th["fg"])
        x = c.text((px, px * 4.5), "MPAN ", fl, th["fg"])
        c.text((x, px * 4.5), a, fl, th["fg"], ident=ident)
        x = c.text((px, px * 6), b, fl, th["fg"], ident=ident)
        c.text((x, px * 6), rng.choice([" - see IF-031.", ", no access.", "."]), fl, th["fg"])
        ref = test_ref(rng)
        c.text((px, px * 8.5), "Test case", fl, th["muted"], keep=True)
        c.text((px * 8, px * 8.5), ref, fl, th["fg"], keep=ref)
        ts = timestamp(rng)
        c.text((px, px * 10), ts, fl, th["muted"], keep=ts)
        res.append(write_png(c, out, t) and t)
    return res


def case_lone(out, rng):
    res = []
    combos = [(12, "light", True), (12, "dark", False), (13, "light", False), (14, "dark", True),
              (15, "light", False), (16, "dark", False), (12, "light", False), (16, "light", True)]
    for i, (px, theme, label) in enumerate(combos):
        th = THEMES[theme]
        t = Truth(f"pil_lone_{px}px_{theme}_{i}", "lone_tiny", "pillow", px=px, theme=theme, labelled=label)
        c = Canvas(t, 1920, 1080, th["bg"])
        core = mpan_core(rng)
        x, y = rng.randint(40, 1700), rng.randint(40, 1020)
        f = font(rng.choice(["sans", "lib", "mono"]), px)
        ident = t.ident("mpan_core", core)
        if label:
            x2 = c.text((x, y), "MPAN ", f, th["fg"])
        else:
            x2 = x
        c.text((x2, y), core, f, th["fg"], ident=ident)
        res.append(write_png(c, out, t) and t)
    return res


def case_transparent(out, rng):
    res = []
    for i in range(4):  # white text on a transparent PNG
        px = rng.choice([14, 16, 20])
        t = Truth(f"pil_transp_white_{i}", "transparent_white", "pillow", px=px)
        c = Canvas(t, int(px * 30), int(px * 10), (0, 0, 0, 0), mode="RGBA")
        f = font("sans", px)
        kind, val = [("mpan_core", mpan_core(rng)), ("mprn", mprn(rng, 10)), ("meter_serial", elec_serial(rng)),
                     ("gas_serial", gas_serial(rng))][i]
        fg = (255, 255, 255, 255)
        x = c.text((px, px), {"mpan_core": "MPAN", "mprn": "MPRN", "meter_serial": "Meter serial",
                              "gas_serial": "Gas meter"}[kind] + " ", f, fg)
        c.text((x, px), val, f, fg, ident=t.ident(kind, val))
        st = rng.choice(STATUSES)
        c.text((px, px * 3), "Status " + st, f, fg, keep="Status")
        t.keep(st, "value")
        t.ocr = {"alpha": "white-on-transparent"}
        res.append(write_png(c, out, t) and t)
    for i in range(4):  # text drawn in the colour channels of fully transparent pixels
        from PIL import Image
        px = rng.choice([14, 16, 20])
        t = Truth(f"pil_transp_hidden_{i}", "transparent_hidden", "pillow", px=px)
        w, h = int(px * 32), int(px * 12)
        c = Canvas(t, w, h, (255, 255, 255, 255), mode="RGBA")
        f = font("sans", px)
        # visible content: an ordinary panel
        c.text((px, px), "Meter exchange", font("sans-bold", px), (20, 20, 20, 255), keep=True)
        c.text((px, px * 2.6), "Status", f, (90, 90, 90, 255), keep=True)
        st = rng.choice(STATUSES)
        c.text((px * 8, px * 2.6), st, f, (20, 20, 20, 255), keep=st)
        # hidden: a band whose alpha is 0 but whose RGB carries the identifier in black on white
        band = Image.new("RGBA", (w, int(px * 5)), (255, 255, 255, 0))
        from PIL import ImageDraw
        bd = ImageDraw.Draw(band)
        kind, val = [("mpan_core", mpan_core(rng)), ("meter_serial", elec_serial(rng)), ("mprn", mprn(rng, 9)),
                     ("eui64", eui64(rng))][i]
        ident = t.ident(kind, val)
        bd.text((px, px), val, font=f, fill=(0, 0, 0, 0))
        y0 = int(px * 5.5)
        c.im.paste(band, (0, y0))
        for j, ch in enumerate(val):
            if ch.strip():
                x0 = px + f.getlength(val[:j])
                bb = f.getbbox(ch)
                ident["boxes"].append({"c": ch, "box": [round(x0 + bb[0]), round(y0 + px + bb[1]),
                                                        round(x0 + bb[2]), round(y0 + px + bb[3])]})
        ident["precision"] = "char"
        t.ocr = {"alpha": "hidden-under-alpha"}
        res.append(write_png(c, out, t) and t)
    return res


def rotate_truth(t: Truth, w, h, angle, nw, nh):
    """Map boxes of an unrotated layer of size w x h to quads after PIL rotate(angle, expand=True)."""
    a = math.radians(angle)
    cx, cy, ncx, ncy = w / 2, h / 2, nw / 2, nh / 2

    def tr(x, y):
        dx, dy = x - cx, y - cy
        return [round(ncx + dx * math.cos(a) + dy * math.sin(a)), round(ncy - dx * math.sin(a) + dy * math.cos(a))]
    for d in t.idents:
        for b in d["boxes"]:
            x0, y0, x1, y1 = b.pop("box")
            b["quad"] = [tr(x0, y0), tr(x1, y0), tr(x1, y1), tr(x0, y1)]


def case_rotated(out, rng):
    res = []
    specs = [(90, "mpan_core"), (180, "mpan_core"), (270, "mpan_core"), (12, "mpan_core"), (-12, "meter_serial"),
             (7, "mprn"), (90, "meter_serial"), (270, "sbox"), (180, "gas_serial"), (12, "sbox"), (-5, "eui64")]
    for i, (angle, kind) in enumerate(specs):
        theme = ["light", "dark"][i % 2]
        th = THEMES[theme]
        px = rng.choice([13, 14, 16])
        t = Truth(f"pil_rot{angle}_{kind}_{i}", "rotated", "pillow", angle=angle, kind=kind, theme=theme)
        w, h = int(px * 34), int(px * 12)
        c = Canvas(t, w, h, th["bg"])
        f = font("sans", px)
        if kind == "sbox":
            sbox_draw(c, px, px * 3, px, th, mpan_core(rng), mpan_top(rng), rng.choice(CORE_GROUPINGS),
                      True, truth=t)
            c.text((px, px), "Supply number", f, th["muted"], keep=True)
        else:
            val = {"mpan_core": mpan_core, "meter_serial": elec_serial, "mprn": mprn, "gas_serial": gas_serial,
                   "eui64": eui64}[kind](rng)
            lab = {"mpan_core": "MPAN", "meter_serial": "Meter serial", "mprn": "MPRN", "gas_serial": "Gas meter",
                   "eui64": "Device id"}[kind]
            c.text((px, px * 2), lab, f, th["muted"])
            c.text((px * 10, px * 2), val, f, th["fg"], ident=t.ident(kind, val))
            c.text((px, px * 4), "Status", f, th["muted"], keep=True)
            st = rng.choice(STATUSES)
            c.text((px * 10, px * 4), st, f, th["fg"], keep=st)
            mt = msg_type(rng)
            c.text((px, px * 6), "Message type", f, th["muted"], keep=True)
            c.text((px * 10, px * 6), mt, f, th["fg"], keep=mt)
        im = c.im.rotate(angle, expand=True, fillcolor=th["bg"], resample=3)
        rotate_truth(t, w, h, angle, *im.size)
        # place onto a screen-sized canvas like a rotated photo of a screen / a rotated panel
        c.im = im
        t.ocr = {"rotation": angle}
        res.append(write_png(c, out, t) and t)
    return res


def case_boxed(out, rng):
    res = []
    for i in range(6):
        theme = ["light", "dark"][i % 2]
        th = THEMES[theme]
        px = rng.choice([14, 16, 18])
        kind = ["mpan_core", "mpan_core", "mprn", "sbox", "meter_serial", "mpan_core"][i]
        t = Truth(f"pil_boxed_{kind}_{i}_{theme}", "boxed_digits", "pillow", theme=theme, kind=kind)
        cell = int(px * 1.6)
        w, h = cell * 25, int(px * 14)
        c = Canvas(t, w, h, th["bg"])
        f = font(rng.choice(["sans", "mono", "lib"]), px)
        c.text((px, px), "Meter point registration", font("sans-bold", px), th["fg"], keep=True)

        def cells(x, y, s, ident, gap_after=()):
            for j, ch in enumerate(s):
                c.d.rectangle([x, y, x + cell, y + cell], outline=th["border"], width=1)
                cw = f.getlength(ch)
                c.text((x + (cell - cw) / 2, y + (cell - px) / 2 - 1), ch, f, th["fg"], ident=ident)
                x += cell + (int(px * 0.6) if j in gap_after else 0)
            return x

        y = px * 3.5
        if kind == "sbox":
            core, top = mpan_core(rng), mpan_top(rng)
            c.text((px, y + cell * 0.5), "S", font("sans-bold", px * 2.6), th["fg"])
            cells(px * 3, y, "".join(top), t.ident("mpan_top", "".join(top)), gap_after=(1, 4))
            cells(px * 3, y + cell + 4, core, t.ident("mpan_core", core), gap_after=(1, 5, 9))
            y += cell * 2 + px
        else:
            val = {"mpan_core": mpan_core, "mprn": lambda r: mprn(r, 10), "meter_serial": elec_serial}[kind](rng)
            lab = {"mpan_core": "MPAN", "mprn": "MPRN", "meter_serial": "Meter serial number"}[kind]
            c.text((px, y - px * 0.1), lab, f, th["muted"])
            y += px * 1.5
            cells(px, y, val, t.ident(kind, val), gap_after=(1,) if kind == "mpan_core" and i == 5 else ())
            y += cell + px
        for lab, val in [("Profile class", None), ("Status", rng.choice(STATUSES))]:
            c.text((px, y), lab, f, th["muted"], keep=True)
            if val:
                c.text((px * 10, y), val, f, th["fg"], keep=val)
            y += px * 1.8
        res.append(write_png(c, out, t) and t)
    return res


def spaced_serial(rng, s):
    forms = [s.lower(), " ".join([s[:3], s[3:5], s[5:]]) if s[:1].isalpha() else " ".join([s[:3], s[3:]]),
             " ".join(s), s[:5] + " " + s[5:], "-".join([s[:3], s[3:]]), s.lower()[:3] + " " + s.lower()[3:]]
    return forms


def case_serials(out, rng):
    res = []
    i = 0
    plans = [("meter_serial", "s06ds"), ("meter_serial", "spaced3"), ("meter_serial", "every-char"),
             ("meter_serial", "19p-lower"), ("gas_serial", "lower"), ("gas_serial", "spaced"),
             ("gas_serial", "e6s-lower"), ("meter_serial", "mixed")]
    for kind, form in plans:
        theme = ["light", "dark"][i % 2]
        th = THEMES[theme]
        px = rng.choice([13, 14, 16])
        if kind == "meter_serial":
            s = elec_serial(rng) if form != "19p-lower" else f"{rng.randint(10, 24):02d}P{rng.randint(0, 9999999):07d}"
            if form in ("s06ds", "spaced3", "every-char", "mixed") and not s[0].isalpha():
                s = "S" + f"{rng.randint(0, 99):02d}" + "DS" + f"{rng.randint(0, 999999):06d}"
        else:
            s = gas_serial(rng) if form != "e6s-lower" else "E6S" + "".join(rng.choice("0123456789") for _ in range(11))
        rendered = {"s06ds": s.lower(), "spaced3": f"{s[:3]} {s[3:5]} {s[5:]}", "every-char": " ".join(s),
                    "19p-lower": s.lower(), "lower": s.lower(), "spaced": f"{s[:3]} {s[3:7]} {s[7:]}",
                    "e6s-lower": s.lower(), "mixed": s[:3].lower() + " " + s[3:5] + " " + s[5:]}[form]
        t = Truth(f"pil_serial_{form}_{i}_{theme}", "serial_forms", "pillow", form=form, kind=kind, theme=theme)
        w, h = int(px * 36), int(px * 13)
        c = Canvas(t, w, h, th["bg"])
        portal_chrome(c, th, w, "Meter details", px, rng)
        fl = font("sans", px)
        y = px * 4
        for lab, val in [("Meter serial" if kind == "meter_serial" else "Gas meter serial", None),
                         ("Status", rng.choice(STATUSES)), ("Message type", msg_type(rng)),
                         ("Received", timestamp(rng))]:
            c.text((px, y), lab, fl, th["muted"], keep=True)
            if val is None:
                c.text((px * 13, y), rendered, font(rng.choice(["sans", "mono"]), px), th["fg"],
                       ident=t.ident(kind, s, rendered))
            else:
                c.text((px * 13, y), val, fl, th["fg"], keep=val)
            y += px * 1.9
        res.append(write_png(c, out, t) and t)
        i += 1
    return res


def case_eui(out, rng):
    res = []
    forms = ["dotted", "dotted-lower", "dotted", "dotted-4", "colon"]
    for i, form in enumerate(forms):
        theme = ["light", "dark"][i % 2]
        th = THEMES[theme]
        px = rng.choice([13, 14, 16])
        e = eui64(rng)
        hx = e.replace(".", "")
        rendered = {"dotted": e, "dotted-lower": e.lower(),
                    "dotted-4": ".".join(hx[k:k + 4] for k in range(0, 16, 4)),
                    "colon": e.replace(".", ":")}[form]
        t = Truth(f"pil_eui64_{form}_{i}_{theme}", "eui64", "pillow", form=form, theme=theme)
        w, h = int(px * 38), int(px * 12)
        c = Canvas(t, w, h, th["bg"])
        portal_chrome(c, th, w, "Smart device", px, rng)
        fl = font("sans", px)
        y = px * 4
        for lab, val in [(rng.choice(["Device id", "GUID", "Comms hub", "ESME id"]), None),
                         ("Status", rng.choice(STATUSES)), ("Correlation id", a_uuid(rng))]:
            c.text((px, y), lab, fl, th["muted"], keep=True)
            if val is None:
                c.text((px * 11, y), rendered, font(rng.choice(["sans", "mono"]), px), th["fg"],
                       ident=t.ident("eui64", hx, rendered))
            else:
                c.text((px * 11, y), val, fl, th["fg"], keep=val)
            y += px * 2
        res.append(write_png(c, out, t) and t)
    return res


# ----------------------------------------------------------------------------------------------- metadata


def s15(v: float) -> bytes:
    return struct.pack(">i", int(round(v * 65536)))


def icc_profile(desc: str, cprt: str, version: int = 2) -> bytes:
    """A small valid RGB matrix/TRC display profile whose desc and cprt tags hold the given text."""
    def xyz(x, y, z):
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)
    curv = b"curv\0\0\0\0" + struct.pack(">I", 1) + struct.pack(">H", int(2.2 * 256)) + b"\0\0"
    if version == 2:
        d = desc.encode("latin-1") + b"\0"
        desc_tag = b"desc\0\0\0\0" + struct.pack(">I", len(d)) + d + b"\0" * 4 + b"\0" * 4 + b"\0\0" + b"\0" + b"\0" * 67
        cprt_tag = b"text\0\0\0\0" + cprt.encode("latin-1") + b"\0"
    else:
        def mluc(s):
            u = s.encode("utf-16-be")
            return b"mluc\0\0\0\0" + struct.pack(">II", 1, 12) + b"enUS" + struct.pack(">II", len(u), 28) + u
        desc_tag, cprt_tag = mluc(desc), mluc(cprt)
    tags = [(b"desc", desc_tag), (b"cprt", cprt_tag), (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)), (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)), (b"rTRC", curv), (b"gTRC", curv), (b"bTRC", curv)]
    off = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for sig, body in tags:
        while (off + len(data)) % 4:
            data += b"\0"
        table += sig + struct.pack(">II", off + len(data), len(body))
        data += body
    while len(data) % 4:
        data += b"\0"
    size = off + len(data)
    ver = 0x02100000 if version == 2 else 0x04300000
    hdr = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", ver) + b"mntrRGB XYZ "
           + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 8 + b"\0" * 8
           + b"\0" * 4 + s15(0.9642) + s15(1.0) + s15(0.8249) + b"lcms" + b"\0" * 16 + b"\0" * 28)
    assert len(hdr) == 128
    return hdr + struct.pack(">I", len(tags)) + table + data


def benign_screen(t: Truth, rng, w=760, h=300, theme="light"):
    th = THEMES[theme]
    c = Canvas(t, w, h, th["bg"])
    px = 15
    portal_chrome(c, th, w, "DIP message tracker", px, rng)
    fl = font("sans", px)
    y = px * 4
    for lab, val in [("Message type", msg_type(rng)), ("Status", rng.choice(STATUSES)),
                     ("Correlation id", a_uuid(rng)), ("Received", timestamp(rng))]:
        c.text((px, y), lab, fl, th["muted"], keep=True)
        c.text((px * 11, y), val, fl, th["fg"], keep=val)
        y += px * 2
    return c


def case_metadata(out, rng):
    from PIL import Image, PngImagePlugin
    res = []

    def idval(kind):
        return {"mpan_core": mpan_core, "mprn": lambda r: mprn(r, 10), "meter_serial": elec_serial,
                "gas_serial": gas_serial, "eui64": eui64}[kind](rng)
    plans = [
        ("icc_png_v2", "png", "icc", 2, "mpan_core"), ("icc_png_v4", "png", "icc", 4, "meter_serial"),
        ("icc_png_v2cprt", "png", "icc-cprt", 2, "mprn"), ("icc_jpeg_v2", "jpg", "icc", 2, "mpan_core"),
        ("icc_jpeg_v4", "jpg", "icc", 4, "gas_serial"), ("icc_jpeg_cprt", "jpg", "icc-cprt", 4, "eui64"),
        ("png_text", "png", "tEXt", 0, "mpan_core"), ("png_ztxt", "png", "zTXt", 0, "meter_serial"),
        ("png_itxt", "png", "iTXt", 0, "mprn"), ("png_xmp", "png", "xmp", 0, "mpan_core"),
        ("jpeg_comment", "jpg", "COM", 0, "mpan_core"), ("jpeg_comment_serial", "jpg", "COM", 0, "meter_serial"),
        ("exif_jpeg", "jpg", "exif", 0, "mpan_core"), ("exif_png", "png", "exif", 0, "gas_serial"),
    ]
    for i, (name, fmt, where, ver, kind) in enumerate(plans):
        case = ("meta_icc_" + ("jpeg" if fmt == "jpg" else "png") if where.startswith("icc") else "meta_png_text" if fmt == "png" and where != "exif"
                else "meta_jpeg_comment" if where == "COM" else "meta_exif")
        t = Truth(f"meta_{name}_{i}", case, "pillow", fmt=fmt, where=where,
                  icc_version=ver)
        c = benign_screen(t, rng, theme=rng.choice(["light", "dark"]))
        val = idval(kind)
        lab = {"mpan_core": "MPAN", "mprn": "MPRN", "meter_serial": "MSN", "gas_serial": "Gas meter",
               "eui64": "Device"}[kind]
        shown = val if kind != "mpan_core" else " ".join(group_core(val, [4, 4, 3]))
        text = f"{lab} {shown}"
        save: dict = {}
        place = where
        if where.startswith("icc"):
            if where == "icc":
                desc, cprt = f"Display profile - {text}", "Copyright (c) 2024 Example Ltd"
                place = "icc:desc"
            else:
                desc, cprt = "Generic RGB display", f"(c) 2024 site survey {text}"
                place = "icc:cprt"
            prof = icc_profile(desc, cprt, ver)
            try:  # check it is a profile Little CMS accepts
                from PIL import ImageCms
                ImageCms.ImageCmsProfile(io.BytesIO(prof))
            except Exception as e:  # pragma: no cover
                print("warning: ICC profile not accepted by LittleCMS:", e, file=sys.stderr)
            save["icc_profile"] = prof
        elif where in ("tEXt", "zTXt", "iTXt", "xmp"):
            info = PngImagePlugin.PngInfo()
            if where == "tEXt":
                info.add_text("Comment", text)
                info.add_text("Software", "Snipping tool")
            elif where == "zTXt":
                info.add_text("Description", text, zip=True)
            elif where == "iTXt":
                info.add_itxt("Title", text, lang="en", tkey="Title")
            else:
                xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
                       'syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>'
                       f'{text}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>')
                info.add_itxt("XML:com.adobe.xmp", xmp, zip=True)
            save["pnginfo"] = info
            place = f"png:{where}"
        elif where == "COM":
            save["comment"] = text.encode()
            place = "jpeg:COM"
        elif where == "exif":
            ex = Image.Exif()
            ex[0x010E] = text  # ImageDescription
            ex[0x013B] = "Field engineer"  # Artist
            ex.get_ifd(0x8769)[0x9286] = b"ASCII\0\0\0" + f"visit {text}".encode()  # UserComment
            save["exif"] = ex.tobytes()
            place = "exif:ImageDescription+UserComment"
        t.ident(kind, val if kind != "eui64" else val.replace(".", ""), text, where=f"metadata:{place}")
        t.idents[-1]["precision"] = "metadata"
        if fmt == "png":
            write_png(c, out, t, **save)
        else:
            path = out / "images" / f"{t.name}.jpg"
            c.im.save(path, quality=88, **save)
            t.image, t.size = f"images/{path.name}", c.im.size
        res.append(t)
    return res


# ----------------------------------------------------------------------------------------------- Qt worker

QT_WORKER = r'''
import json, sys
from PySide6.QtWidgets import (QApplication, QWidget, QTableWidget, QTableWidgetItem, QFormLayout, QLineEdit,
    QLabel, QVBoxLayout, QHBoxLayout, QGridLayout, QFrame, QComboBox, QHeaderView, QStyleFactory)
from PySide6.QtGui import QPalette, QColor, QFont, QFontMetrics
from PySide6.QtCore import Qt, QPoint, QRect

spec = json.load(open(sys.argv[1]))
app = QApplication(["qtworker"])
app.setStyle(QStyleFactory.create("Fusion"))
results = []

def palette(theme):
    p = QPalette()
    if theme == "dark":
        for role, col in [(QPalette.Window, "#25272c"), (QPalette.WindowText, "#e6e8ec"), (QPalette.Base, "#1d1f23"),
                          (QPalette.AlternateBase, "#2b2e34"), (QPalette.Text, "#e6e8ec"), (QPalette.Button, "#33363d"),
                          (QPalette.ButtonText, "#e6e8ec"), (QPalette.Highlight, "#3d6fb6"),
                          (QPalette.HighlightedText, "#ffffff")]:
            p.setColor(role, QColor(col))
        p.setColor(QPalette.PlaceholderText, QColor("#8a8f99"))
    else:
        p = app.style().standardPalette()
    return p

def wbox(w, top, scale):
    pt = w.mapTo(top, QPoint(0, 0))
    r = [pt.x(), pt.y(), pt.x() + w.width(), pt.y() + w.height()]
    return [round(v * scale) for v in r]

def rbox(view, rect, top, scale):
    pt = view.viewport().mapTo(top, rect.topLeft())
    return [round(v * scale) for v in [pt.x(), pt.y(), pt.x() + rect.width(), pt.y() + rect.height()]]

for job in spec["jobs"]:
    scale = spec["scale"]
    top = QWidget()
    top.setPalette(palette(job["theme"]))
    top.setAutoFillBackground(True)
    f = QFont("DejaVu Sans"); f.setPointSizeF(job["pt"]); top.setFont(f)
    lay = QVBoxLayout(top)
    title = QLabel(job["title"]); tf = QFont(f); tf.setBold(True); tf.setPointSizeF(job["pt"] * 1.3); title.setFont(tf)
    lay.addWidget(title)
    boxes = {}
    def note(idx, w):
        boxes.setdefault(idx, []).append(w)
    if job["kind"] == "table":
        tbl = QTableWidget(len(job["rows"]), len(job["headers"]))
        tbl.setHorizontalHeaderLabels(job["headers"])
        tbl.verticalHeader().setVisible(False)
        for r, row in enumerate(job["rows"]):
            for c_, cell in enumerate(row):
                tbl.setItem(r, c_, QTableWidgetItem(cell["text"]))
        tbl.resizeColumnsToContents(); tbl.resizeRowsToContents()
        tbl.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(tbl)
        top.resize(*job["size"])
    elif job["kind"] == "form":
        form = QFormLayout()
        for row in job["rows"]:
            if row.get("widget") == "combo":
                w = QComboBox(); w.addItem(row["text"])
            elif row.get("widget") == "label":
                w = QLabel(row["text"])
            else:
                w = QLineEdit(row["text"]); w.setMinimumWidth(int(job["pt"] * 26)); w.setCursorPosition(0)
            form.addRow(row["label"], w)
            if "ident" in row:
                note(row["ident"], w)
        lay.addLayout(form)
        lay.addStretch(1)
        top.resize(*job["size"])
    elif job["kind"] == "sbox":
        fr = QFrame(); fr.setFrameShape(QFrame.Box); fr.setFrameShadow(QFrame.Plain); fr.setLineWidth(2)
        g = QGridLayout(fr); g.setHorizontalSpacing(int(job["pt"] * 1.2))
        col0 = 0
        if job["with_s"]:
            s = QLabel("S"); sf = QFont(f); sf.setBold(True); sf.setPointSizeF(job["pt"] * 2.8); s.setFont(sf)
            g.addWidget(s, 0, 0, 2, 1); col0 = 1
        for k, grp in enumerate(job["top"]):
            l = QLabel(grp); g.addWidget(l, 0, col0 + k); note(job["top_ident"], l)
        for k, grp in enumerate(job["core"]):
            l = QLabel(grp); g.addWidget(l, 1, col0 + k); note(job["core_ident"], l)
        lay.addWidget(QLabel(job["caption"]))
        h = QHBoxLayout(); h.addWidget(fr); h.addStretch(1); lay.addLayout(h)
        for lab, val in job["extra"]:
            lay.addWidget(QLabel(f"{lab}:  {val}"))
        lay.addStretch(1)
        top.resize(*job["size"])
    elif job["kind"] == "boxed":
        lay.addWidget(QLabel(job["caption"]))
        h = QHBoxLayout(); h.setSpacing(2)
        for ch in job["digits"]:
            e = QLineEdit(ch); e.setMaxLength(1); e.setAlignment(Qt.AlignCenter)
            e.setFixedWidth(int(job["pt"] * 2.2)); h.addWidget(e); note(job["ident"], e)
        h.addStretch(1); lay.addLayout(h)
        for lab, val in job["extra"]:
            lay.addWidget(QLabel(f"{lab}:  {val}"))
        lay.addStretch(1)
        top.resize(*job["size"])
    top.show(); app.processEvents(); app.processEvents()
    pm = top.grab()
    pm.save(job["path"], "PNG")
    out = {"name": job["name"], "size": [pm.width(), pm.height()], "boxes": {}}
    for idx, ws in boxes.items():
        out["boxes"][idx] = [wbox(w, top, scale) for w in ws]
    if job["kind"] == "table":
        tbl = top.findChild(QTableWidget)
        for r, row in enumerate(job["rows"]):
            for c_, cell in enumerate(row):
                if "ident" in cell:
                    rect = tbl.visualRect(tbl.model().index(r, c_))
                    out["boxes"].setdefault(cell["ident"], []).append(rbox(tbl, rect, top, scale))
    results.append(out)
    top.close(); top.deleteLater(); app.processEvents()
json.dump(results, open(sys.argv[2], "w"))
'''


def qt_jobs(out, rng):
    """Plan the Qt images in the parent (seeded), render them in one worker process per scale factor."""
    truths, by_scale = [], {1.0: [], 1.25: [], 1.5: []}
    for scale in (1.0, 1.25, 1.5):
        for theme in ("light", "dark"):
            # table
            t = Truth(f"qt_table_{theme}_{int(scale * 100)}", "qt_table", "qt", theme=theme, scale=scale)
            headers = ["MPAN", "MPRN", "Meter serial", "Status", "Flow", "Updated"]
            for h in headers[3:]:
                t.keep(h)
            rows = []
            for r in range(7):
                core, mp, ser = mpan_core(rng), mprn(rng), elec_serial(rng) if r % 2 else gas_serial(rng)
                st, fl, ts = rng.choice(STATUSES), msg_type(rng), timestamp(rng)
                shown_core = core if r % 3 else " ".join(group_core(core, rng.choice(CORE_GROUPINGS)))
                ser_shown = ser if r % 4 else ser.lower()
                cells = []
                for kind, canon, shown in [("mpan_core", core, shown_core), ("mprn", mp, mp),
                                           ("meter_serial" if r % 2 else "gas_serial", ser, ser_shown)]:
                    d = t.ident(kind, canon, shown)
                    cells.append({"text": shown, "ident": d["id"]})
                for v in (st, fl, ts):
                    t.keep(v, "value")
                    cells.append({"text": v})
                rows.append(cells)
            pt = rng.choice([9, 10, 11])
            job = {"name": t.name, "kind": "table", "theme": theme, "pt": pt, "title": "Meter points",
                   "headers": headers, "rows": rows, "size": [860, 330]}
            t.keep("Meter points")
            by_scale[scale].append((t, job))
            # form
            t = Truth(f"qt_form_{theme}_{int(scale * 100)}", "qt_form", "qt", theme=theme, scale=scale)
            e = eui64(rng)
            ser = elec_serial(rng)
            ser_forms = [ser.lower(), f"{ser[:3]} {ser[3:5]} {ser[5:]}", ser]
            ser_shown = rng.choice(ser_forms)
            rows = []
            mp = mprn(rng)
            for label, kind, canon, shown in [("MPRN", "mprn", mp, mp),
                                              ("Gas supply point", "mprn", mp, mp),
                                              ("Meter serial", "meter_serial", ser, ser_shown),
                                              ("Device id", "eui64", e.replace(".", ""), e)]:
                d = t.ident(kind, canon, shown)
                rows.append({"label": label, "text": shown, "ident": d["id"]})
                t.keep(label)
            for label, val, w in [("Status", rng.choice(STATUSES), "combo"), ("Test case", test_ref(rng), "label"),
                                  ("Message type", msg_type(rng), "label"), ("Correlation id", a_uuid(rng), "label")]:
                rows.append({"label": label, "text": val, "widget": w})
                t.keep(label)
                t.keep(val, "value")
            job = {"name": t.name, "kind": "form", "theme": theme, "pt": rng.choice([9, 10, 11]),
                   "title": "Gas meter point", "rows": rows, "size": [620, 330]}
            t.keep("Gas meter point")
            by_scale[scale].append((t, job))
            # S box in a portal (dark and light)
            with_s = rng.random() < 0.7
            t = Truth(f"qt_sbox_{theme}_{int(scale * 100)}_{'S' if with_s else 'noS'}", "sbox", "qt", theme=theme,
                      scale=scale, with_s=with_s)
            core, top = mpan_core(rng), mpan_top(rng)
            grp = group_core(core, rng.choice(CORE_GROUPINGS))
            it = t.ident("mpan_top", "".join(top), " ".join(top))
            ic = t.ident("mpan_core", core, " ".join(grp))
            extra = [("Profile class", top[0]), ("Status", rng.choice(STATUSES)), ("Test case", test_ref(rng))]
            t.keep("Profile class")
            for lab, val in extra[1:]:
                t.keep(lab)
                t.keep(val, "value")
            pt = rng.choice([10, 12, 14])
            t.variant["pt"] = pt
            job = {"name": t.name, "kind": "sbox", "theme": theme, "pt": pt, "title": "Supply details",
                   "caption": "Supply number", "with_s": with_s, "top": list(top), "core": grp,
                   "top_ident": it["id"], "core_ident": ic["id"], "extra": extra, "size": [640, 330]}
            t.keep("Supply details")
            t.keep("Supply number")
            by_scale[scale].append((t, job))
        # boxed digits, once per scale
        t = Truth(f"qt_boxed_{int(scale * 100)}", "boxed_digits", "qt", scale=scale)
        kind = rng.choice(["mpan_core", "mprn"])
        val = mpan_core(rng) if kind == "mpan_core" else mprn(rng, 10)
        d = t.ident(kind, val)
        extra = [("Status", rng.choice(STATUSES)), ("Received", timestamp(rng))]
        for lab, v in extra:
            t.keep(lab)
            t.keep(v, "value")
        job = {"name": t.name, "kind": "boxed", "theme": rng.choice(["light", "dark"]), "pt": 11,
               "title": "Register meter point", "caption": "MPAN" if kind == "mpan_core" else "MPRN",
               "digits": list(val), "ident": d["id"], "extra": extra, "size": [700, 220]}
        t.keep("Register meter point")
        by_scale[scale].append((t, job))
    with tempfile.TemporaryDirectory() as td:
        worker = Path(td) / "qtworker.py"
        worker.write_text(QT_WORKER)
        for scale, items in by_scale.items():
            for t, job in items:
                job["path"] = str(out / "images" / f"{t.name}.png")
            spec = Path(td) / f"spec{scale}.json"
            res = Path(td) / f"res{scale}.json"
            spec.write_text(json.dumps({"scale": scale, "jobs": [j for _, j in items]}))
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale))
            p = subprocess.run([sys.executable, str(worker), str(spec), str(res)], env=env, capture_output=True,
                               text=True, timeout=300)
            if p.returncode != 0:
                print("Qt worker failed:", p.stderr[-2000:], file=sys.stderr)
                continue
            for (t, job), r in zip(items, json.loads(res.read_text())):
                t.image, t.size = f"images/{t.name}.png", r["size"]
                for d in t.idents:
                    for b in r["boxes"].get(d["id"], []):
                        d["boxes"].append({"c": None, "box": b})
                    d["precision"] = "widget"
                truths.append(t)
    return truths


# ----------------------------------------------------------------------------------------------- LibreOffice


def _docx_bill(path: Path, t: Truth, rng, pt: int, dark: bool, with_s: bool):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(pt)
    doc.add_heading("Your electricity bill", level=1)
    t.keep("Your electricity bill")
    p = doc.add_paragraph()
    p.add_run("Bill date ").bold = True
    d = timestamp(rng, iso=False).split()[0]
    p.add_run(d)
    t.keep("Bill date")
    t.keep(d, "value")
    doc.add_paragraph("Supply number")
    t.keep("Supply number")
    core, top = mpan_core(rng), mpan_top(rng)
    grp = group_core(core, rng.choice(CORE_GROUPINGS))
    t.ident("mpan_top", "".join(top), "  ".join(top))
    t.ident("mpan_core", core, "  ".join(grp))
    ncols = 2 if with_s else 1
    tbl = doc.add_table(rows=2, cols=ncols)
    tbl.style = "Table Grid"
    tbl.autofit = False
    widths = ([Pt(pt * 3.2)] if with_s else []) + [Pt(pt * 13)]
    for col, wd in zip(tbl.columns, widths):
        col.width = wd
    for row in tbl.rows:
        for cell, wd in zip(row.cells, widths):
            cell.width = wd
    fg = RGBColor(0xFF, 0xFF, 0xFF) if dark else RGBColor(0x10, 0x10, 0x10)

    def shade(cell):
        if dark:
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "1E2024")
            tcPr.append(shd)
    if with_s:
        s = tbl.cell(0, 0).merge(tbl.cell(1, 0))
        s.width = Pt(pt * 3)
        r = s.paragraphs[0].add_run("S")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(pt * 2.8), fg
        s.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(s)
    for row, text in ((0, "    ".join(top)), (1, "  ".join(grp))):
        cell = tbl.cell(row, ncols - 1)
        r = cell.paragraphs[0].add_run(text)
        r.font.size, r.font.color.rgb = Pt(pt), fg
        shade(cell)
    doc.add_paragraph()
    sec = doc.add_table(rows=0, cols=2)
    mp = mprn(rng)
    ser = elec_serial(rng)
    rows = [("Profile class", top[0], None), ("Meter serial", ser, "meter_serial"),
            ("Gas supply point (MPRN)", mp, "mprn"), ("Tariff", "Standard variable", None),
            ("Payment method", "Direct debit", None), ("Test case", test_ref(rng), None)]
    for lab, val, kind in rows:
        r = sec.add_row().cells
        r[0].text, r[1].text = lab, val
        t.keep(lab)
        if kind:
            t.ident(kind, val)
        elif lab != "Profile class":
            t.keep(val, "value")
    doc.save(path)


def _xlsx_sheet(path: Path, t: Truth, rng):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Meter points"
    hdr = ["Test case", "MPAN", "MPRN", "Meter serial", "Device", "Flow", "Status", "Received"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    for h in hdr:
        t.keep(h)
    for r in range(12):
        core = mpan_core(rng)
        shown = core if r % 2 else " ".join(group_core(core, [4, 4, 3]))
        mp, ser, e = mprn(rng), (elec_serial(rng) if r % 3 else gas_serial(rng)), eui64(rng)
        row = [test_ref(rng), shown, mp, ser if r % 4 else ser.lower(), e, msg_type(rng), rng.choice(STATUSES),
               timestamp(rng)]
        t.ident("mpan_core", core, shown)
        t.ident("mprn", mp)
        t.ident("meter_serial" if r % 3 else "gas_serial", ser, row[3])
        t.ident("eui64", e.replace(".", ""), e)
        for v in (row[0], row[5], row[6], row[7]):
            t.keep(v, "value")
        ws.append(row)
    for col, wdt in zip("ABCDEFGH", [16, 20, 13, 17, 26, 9, 11, 22]):
        ws.column_dimensions[col].width = wdt
    # numbers stored as text: keep leading digits exact
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.number_format = "@"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(path)


def _pdf_words(pdf: Path):
    p = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                         p.stdout):
        words.append(([float(m.group(k)) for k in range(1, 5)], html.unescape(m.group(5))))
    return words


def _locate_words(t: Truth, words, dpi):
    k = dpi / 72
    for d in t.idents:
        toks = d["rendered"].split()
        for i in range(len(words) - len(toks) + 1):
            if [w for _, w in words[i:i + len(toks)]] == toks:
                d["boxes"] = [{"c": w, "box": [round(v * k) for v in b]} for b, w in words[i:i + len(toks)]]
                d["precision"] = "word"
                break


def lo_jobs(out, rng):
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    if not Path(soffice).exists() or not shutil.which("pdftoppm"):
        print("LibreOffice or pdftoppm missing: skipping the LibreOffice images", file=sys.stderr)
        return []
    truths = []
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        docs = []
        for pt, dark, with_s in [(10, False, True), (12, True, True), (14, False, False), (12, False, True),
                                 (14, True, True)]:
            stem = f"lo_bill_{pt}pt_{'dark' if dark else 'light'}_{'S' if with_s else 'noS'}"
            t = Truth(stem, "sbox", "libreoffice", pt=pt, theme="dark" if dark else "light", with_s=with_s)
            _docx_bill(td / f"{stem}.docx", t, rng, pt, dark, with_s)
            docs.append((stem, t))
        t = Truth("lo_sheet", "lo_sheet", "libreoffice")
        _xlsx_sheet(td / "lo_sheet.xlsx", t, rng)
        docs.append(("lo_sheet", t))
        files = [str(td / f"{s}.docx") for s, _ in docs[:-1]] + [str(td / "lo_sheet.xlsx")]
        prof = td / "profile"
        p = subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(td), *files], capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            print("soffice failed:", p.stderr[-1000:], file=sys.stderr)
        for stem, t in docs:
            pdf = td / f"{stem}.pdf"
            if not pdf.exists():
                print("no PDF for", stem, file=sys.stderr)
                continue
            words = _pdf_words(pdf)
            dpis = (96, 120, 144) if stem != "lo_sheet" else (96, 120, 144)
            for dpi in dpis:
                name = f"{stem}_{dpi}dpi"
                subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(dpi), "-png", "-singlefile", str(pdf),
                                str(out / "images" / name)], check=True)
                tt = Truth(name, t.case, t.toolkit, **dict(t.variant, dpi=dpi, scale=dpi / 96))
                tt.idents = json.loads(json.dumps(t.idents))
                tt.keeps = list(t.keeps)
                _locate_words(tt, words, dpi)
                from PIL import Image
                with Image.open(out / "images" / f"{name}.png") as im:
                    tt.image, tt.size = f"images/{name}.png", im.size
                truths.append(tt)
    return truths


# ----------------------------------------------------------------------------------------------- Chromium

RECT_JS = """<script>
(function(){var out={};document.querySelectorAll('[data-id]').forEach(function(el){
 var id=el.getAttribute('data-id');out[id]=out[id]||[];
 var walker=document.createTreeWalker(el,NodeFilter.SHOW_TEXT);var n;
 while((n=walker.nextNode())){for(var i=0;i<n.length;i++){var ch=n.data[i];if(!ch.trim())continue;
  var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+1);var b=r.getBoundingClientRect();
  if(b.width>0)out[id].push([ch,b.left,b.top,b.right,b.bottom]);}}
 if(el.tagName==='INPUT'){var b=el.getBoundingClientRect();out[id].push([el.value,b.left,b.top,b.right,b.bottom]);}
});document.body.setAttribute('data-rects',JSON.stringify(out));})();
</script>"""

CSS = {"light": "body{background:#fff;color:#14181f}.muted{color:#5a626e}.panel{background:#f4f6f9;border:1px solid #c8ccd4}"
                "th{background:#e8ecf2}td,th{border-bottom:1px solid #d5d9e0}header{background:#00468c;color:#fff}"
                ".sbox{border:2px solid #303540}input{background:#fff;color:#14181f;border:1px solid #8a909a}",
       "dark": "body{background:#1e2024;color:#e6e8ec}.muted{color:#a0a6b0}.panel{background:#2a2d33;border:1px solid #444a55}"
               "th{background:#30343b}td,th{border-bottom:1px solid #3b4048}header{background:#121418;color:#e6e8ec}"
               ".sbox{border:2px solid #9aa0aa}input{background:#15171a;color:#e6e8ec;border:1px solid #5a606a}"}
BASE_CSS = ("body{margin:0;font:14px 'Liberation Sans','DejaVu Sans',sans-serif}header{padding:10px 16px;"
            "font-weight:bold;font-size:17px}main{padding:14px 16px}table{border-collapse:collapse}td,th{padding:5px 10px;"
            "text-align:left;white-space:nowrap}.panel{padding:10px 14px;margin:10px 0;display:block;width:max-content}"
            ".sbox{display:flex;width:max-content;align-items:center;padding:6px 14px;gap:12px;margin:4px 0 12px}.sbox .S{font-size:2.8em;"
            "font-weight:bold}.sbox .g{margin-right:0.9em}.lab{display:inline-block;width:170px}"
            "input{font:inherit;padding:3px 6px}.cells input{width:1.3em;text-align:center;margin-right:2px;padding:3px 2px}")


class Page:
    def __init__(self, t: Truth):
        self.t = t
        self.body: list[str] = []

    def idspan(self, kind, canon, shown, parts=None) -> str:
        d = self.t.ident(kind, canon, shown)
        parts = parts or [shown]
        return " ".join(f'<span class="g" data-id="{d["id"]}">{html.escape(p)}</span>' for p in parts)

    def k(self, text, kind="value") -> str:
        self.t.keep(text, kind)
        return html.escape(text)


def page_portal(t: Truth, rng, with_s: bool, pt: int):
    pg = Page(t)
    core, top = mpan_core(rng), mpan_top(rng)
    grp = group_core(core, rng.choice(CORE_GROUPINGS))
    dtop = pg.t.ident("mpan_top", "".join(top), " ".join(top))
    dcore = pg.t.ident("mpan_core", core, " ".join(grp))
    s = '<span class="S">S</span>' if with_s else ""
    topl = "".join(f'<span class="g" data-id="{dtop["id"]}">{g}</span>' for g in top)
    corel = "".join(f'<span class="g" data-id="{dcore["id"]}">{g}</span>' for g in grp)
    mp, ser, e = mprn(rng), elec_serial(rng), eui64(rng)
    ser_shown = rng.choice([ser, ser.lower(), f"{ser[:3]} {ser[3:5]} {ser[5:]}"])
    rows = [("MPRN", pg.idspan("mprn", mp, mp)), ("Meter serial", pg.idspan("meter_serial", ser, ser_shown)),
            ("Comms hub", pg.idspan("eui64", e.replace(".", ""), e)),
            ("Status", pg.k(rng.choice(STATUSES))), ("Test case", pg.k(test_ref(rng))),
            ("Last message", pg.k(msg_type(rng)) + " &nbsp; " + pg.k(timestamp(rng)))]
    for lab, _ in rows:
        t.keep(lab)
    for x in ("Supplier portal", "Supply number", "Profile class"):
        t.keep(x)
    body = (f'<header>Supplier portal</header><main><div class="muted">Supply number</div>'
            f'<div class="sbox" style="font-size:{pt}pt">{s}<div><div>{topl}</div><div>{corel}</div></div></div>'
            f'<div class="panel"><div><span class="lab muted">Profile class</span>{top[0]}</div>'
            + "".join(f'<div><span class="lab muted">{lab}</span>{v}</div>' for lab, v in rows) + "</div></main>")
    return body, (900, 520)


def page_tracker(t: Truth, rng):
    pg = Page(t)
    for x in ("DIP message tracker", "Message type", "Correlation id", "MPAN", "Status", "Received", "Test case"):
        t.keep(x)
    rows = []
    for r in range(8):
        core = mpan_core(rng)
        shown = core if r % 2 else " ".join(group_core(core, [4, 4, 3]))
        rows.append(f"<tr><td>{pg.k(msg_type(rng))}</td><td>{pg.k(a_uuid(rng))}</td>"
                    f"<td>{pg.idspan('mpan_core', core, shown)}</td><td>{pg.k(rng.choice(STATUSES))}</td>"
                    f"<td>{pg.k(timestamp(rng))}</td><td>{pg.k(test_ref(rng))}</td></tr>")
    body = ("<header>DIP message tracker</header><main><table><tr><th>Message type</th><th>Correlation id</th>"
            "<th>MPAN</th><th>Status</th><th>Received</th><th>Test case</th></tr>" + "".join(rows) + "</table></main>")
    return body, (1240, 420)


def page_wrapped(t: Truth, rng):
    pg = Page(t)
    core = mpan_core(rng)
    t.keep("Case notes")
    note = pg.k(test_ref(rng))
    t.keep("Test case")
    # monospace, 16 characters a line, break anywhere: line 1 ends "MPAN supply 1133", the rest wraps
    body = ('<header>Case notes</header><main><div class="panel" style="width:16ch;white-space:normal;'
            'font-family:\'Liberation Mono\',monospace;word-break:break-all">MPAN supply '
            + pg.idspan("mpan_core", core, core)
            + f', reading disputed.</div><div>Test case {note}</div></main>')
    return body, (420, 300)


def page_boxed(t: Truth, rng):
    pg = Page(t)
    core = mpan_core(rng)
    d = t.ident("mpan_core", core)
    cells = "".join(f'<input data-id="{d["id"]}" value="{ch}">' for ch in core)
    mp = mprn(rng, 10)
    d2 = t.ident("mprn", mp)
    cells2 = "".join(f'<input data-id="{d2["id"]}" value="{ch}">' for ch in mp)
    for x in ("Register a meter point", "MPAN", "MPRN", "Status"):
        t.keep(x)
    body = (f'<header>Register a meter point</header><main><div class="muted">MPAN</div><div class="cells">{cells}</div>'
            f'<div class="muted">MPRN</div><div class="cells">{cells2}</div><p>Status {pg.k(rng.choice(STATUSES))}</p></main>')
    return body, (640, 260)


def page_transparent(t: Truth, rng):
    pg = Page(t)
    core = mpan_core(rng)
    ser = elec_serial(rng)
    t.keep("Status")
    body = ('<main style="color:#fff;font-size:16px"><div>MPAN ' + pg.idspan("mpan_core", core, core) + '</div>'
            '<div>Meter ' + pg.idspan("meter_serial", ser, ser.lower()) + f'</div><div>Status {pg.k(rng.choice(STATUSES))}'
            '</div></main>')
    return body, (420, 160)


def page_rotated(t: Truth, rng, angle):
    pg = Page(t)
    core = mpan_core(rng)
    t.keep("Status")
    body = (f'<main><div style="position:absolute;left:150px;top:150px;transform:rotate({-angle}deg);'
            'transform-origin:center;white-space:nowrap;font-size:16px">MPAN '
            + pg.idspan("mpan_core", core, " ".join(group_core(core, [4, 4, 3])))
            + f' &nbsp; Status {pg.k(rng.choice(STATUSES))}</div></main>')
    return body, (560, 420)


def chrome_bin():
    for b in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(b):
            return shutil.which(b)
    return None


def chrome_jobs(out, rng):
    exe = chrome_bin()
    if not exe:
        print("no Chromium: skipping the HTML images", file=sys.stderr)
        return []
    plans = []  # (truth, body, size, theme, scale, transparent)
    for theme in ("light", "dark"):
        for scale in (1.0, 1.25, 1.5):
            with_s = rng.random() < 0.7
            pt = rng.choice([10, 12, 14])
            t = Truth(f"html_portal_{theme}_{int(scale * 100)}_{'S' if with_s else 'noS'}", "sbox", "chromium",
                      theme=theme, scale=scale, with_s=with_s, pt=pt)
            plans.append((t, *page_portal(t, rng, with_s, pt), theme, scale, False))
            t = Truth(f"html_tracker_{theme}_{int(scale * 100)}", "dip_tracker", "chromium", theme=theme, scale=scale)
            plans.append((t, *page_tracker(t, rng), theme, scale, False))
    for i, (theme, scale) in enumerate([("light", 1.0), ("dark", 1.25), ("light", 1.5)]):
        t = Truth(f"html_wrapped_{theme}_{int(scale * 100)}", "wrapped", "chromium", theme=theme, scale=scale)
        plans.append((t, *page_wrapped(t, rng), theme, scale, False))
    for theme, scale in [("light", 1.0), ("dark", 1.5)]:
        t = Truth(f"html_boxed_{theme}_{int(scale * 100)}", "boxed_digits", "chromium", theme=theme, scale=scale)
        plans.append((t, *page_boxed(t, rng), theme, scale, False))
    for scale in (1.0, 1.25):
        t = Truth(f"html_transparent_{int(scale * 100)}", "transparent_white", "chromium", scale=scale)
        t.ocr = {"alpha": "white-on-transparent"}
        plans.append((t, *page_transparent(t, rng), "light", scale, True))
    for angle, theme in [(90, "light"), (180, "dark"), (270, "light"), (12, "dark")]:
        t = Truth(f"html_rot{angle}_{theme}", "rotated", "chromium", theme=theme, angle=angle)
        t.ocr = {"rotation": angle}
        plans.append((t, *page_rotated(t, rng, angle), theme, 1.0, False))
    truths = []
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for t, body, (w, h), theme, scale, transparent in plans:
            css = BASE_CSS + CSS[theme] + ("html,body{background:transparent !important}" if transparent else "")
            page = f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}{RECT_JS}</body></html>"
            hp = td / f"{t.name}.html"
            hp.write_text(page)
            common = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                      f"--user-data-dir={td / 'prof'}", f"--window-size={w},{h}",
                      f"--force-device-scale-factor={scale}"]
            shot = out / "images" / f"{t.name}.png"
            extra = ["--default-background-color=00000000"] if transparent else []
            subprocess.run(common + extra + [f"--screenshot={shot}", hp.as_uri()], capture_output=True, timeout=120)
            dom = subprocess.run(common + ["--dump-dom", hp.as_uri()], capture_output=True, text=True, timeout=120)
            if not shot.exists():
                print("chromium wrote no screenshot for", t.name, file=sys.stderr)
                continue
            m = re.search(r'data-rects="([^"]*)"', dom.stdout)
            rects = json.loads(html.unescape(m.group(1))) if m else {}
            for d in t.idents:
                for ch, l, tp, r, b in rects.get(d["id"], []):
                    d["boxes"].append({"c": ch, "box": [round(l * scale), round(tp * scale), round(r * scale),
                                                        round(b * scale)]})
                d["precision"] = "char" if d["boxes"] else None
            from PIL import Image
            with Image.open(shot) as im:
                t.image, t.size = f"images/{shot.name}", im.size
            truths.append(t)
    return truths


# ----------------------------------------------------------------------------------------------- screen share


def share_copies(out, rng, truths: list[Truth], n: int):
    from PIL import Image
    pool = [t for t in truths if t.ocr.get("alpha") is None and not t.case.startswith("meta_")
            and t.image.endswith(".png")]
    rng.shuffle(pool)
    # cover each case at least once where possible, then fill
    seen, pick = set(), []
    for t in pool:
        if t.case not in seen:
            pick.append(t)
            seen.add(t.case)
    for t in pool:
        if len(pick) >= n:
            break
        if t not in pick:
            pick.append(t)
    res = []
    for t in pick[:n]:
        f = rng.uniform(0.8, 0.93)
        q = rng.randint(60, 75)
        with Image.open(out / t.image) as im:
            im = im.convert("RGB")
            nw, nh = max(1, int(im.width * f)), max(1, int(im.height * f))
            im = im.resize((nw, nh), Image.BILINEAR)
            name = f"share_{t.name}"
            im.save(out / "images" / f"{name}.jpg", quality=q)
        s = Truth(name, "share_jpeg", t.toolkit, of=t.name, of_case=t.case, quality=q, factor=round(f, 3),
                  **{k: v for k, v in t.variant.items() if k in ("theme", "scale")})
        s.idents = json.loads(json.dumps(t.idents))
        for d in s.idents:
            for b in d["boxes"]:
                if "box" in b:
                    b["box"] = [round(v * f) for v in b["box"]]
                if "quad" in b:
                    b["quad"] = [[round(v * f) for v in p] for p in b["quad"]]
        s.keeps = list(t.keeps)
        s.ocr = dict(t.ocr)
        s.image, s.size = f"images/{name}.jpg", (nw, nh)
        res.append(s)
    return res


# ----------------------------------------------------------------------------------------------- main


def generate(out: Path, seed: int = 13, only: set[str] | None = None, n_share: int = 26) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("images", "truth"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir()
    only = only or {"pillow", "meta", "qt", "lo", "chrome", "share"}
    truths: list[Truth] = []
    timings = {}

    def step(key, fn, *a):
        if key.split(":")[0] not in only:
            return
        t0 = time.time()
        rng = random.Random(f"{seed}:{key}")  # each part seeded on its own: parts can be skipped or rerun alone
        truths.extend(fn(out, rng, *a))
        timings[key] = round(time.time() - t0, 1)
    step("pillow:sbox", case_sbox, 0)
    step("pillow:mprn", case_mprn_field)
    step("pillow:wrapped", case_wrapped)
    step("pillow:lone", case_lone)
    step("pillow:transparent", case_transparent)
    step("pillow:rotated", case_rotated)
    step("pillow:boxed", case_boxed)
    step("pillow:serials", case_serials)
    step("pillow:eui", case_eui)
    step("meta", case_metadata)
    step("qt", qt_jobs)
    step("lo", lo_jobs)
    step("chrome", chrome_jobs)
    if "share" in only:
        t0 = time.time()
        truths.extend(share_copies(out, random.Random(f"{seed}:share"), list(truths), n_share))
        timings["share"] = round(time.time() - t0, 1)
    manifest = []
    for t in truths:
        j = t.to_json()
        (out / "truth" / f"{t.name}.json").write_text(json.dumps(j, indent=1))
        manifest.append({"name": t.name, "image": t.image, "truth": f"truth/{t.name}.json", "case": t.case,
                         "toolkit": t.toolkit})
    (out / "manifest.json").write_text(json.dumps({"seed": seed, "timings": timings, "images": manifest}, indent=1))
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--only", help="comma list of parts: pillow,meta,qt,lo,chrome,share")
    ap.add_argument("--share", type=int, default=26, help="number of screen-share JPEG copies")
    a = ap.parse_args(argv)
    t0 = time.time()
    m = generate(a.out, a.seed, set(a.only.split(",")) if a.only else None, a.share)
    counts: dict[str, int] = {}
    for e in m:
        counts[e["case"]] = counts.get(e["case"], 0) + 1
    print(f"{len(m)} images in {time.time() - t0:.0f} s -> {a.out}")
    for k, v in sorted(counts.items()):
        print(f"  {k:22s} {v}")
    print("timings:", json.loads((a.out / "manifest.json").read_text())["timings"])


if __name__ == "__main__":
    main()
