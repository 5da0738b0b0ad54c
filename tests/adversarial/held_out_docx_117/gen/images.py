"""Picture genres drawn with Pillow (deterministic). Each returns (bytes, ext, w, h)."""
import io, random, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter
F = "/usr/share/fonts/truetype/dejavu/"
def font(name, size): return ImageFont.truetype(F + name, size)
def out(img, fmt="PNG", **kw):
    b = io.BytesIO(); img.save(b, fmt, **kw); return b.getvalue()

def receipt(label, value, r):
    W = 420; f = font("DejaVuSansMono.ttf", 17)
    lines = ["  POWERPOINT TOP-UP KIOSK", "  Store 0412  Till 3", "-" * 34, "Date 02/11/2026 09:14",
             "Txn  INC0045123", "%s: %s" % (label, value), "Top-up    GBP 20.00", "Debt rec  GBP  1.50", "-" * 34, "  Keep this receipt"]
    H = 40 + 26 * len(lines) + 30
    im = Image.new("L", (W, H), 246); d = ImageDraw.Draw(im)
    for i, t in enumerate(lines): d.text((14, 22 + 26 * i), t, font=f, fill=70 + r.randint(0, 25))
    for x in range(0, W, 12): d.polygon([(x, H), (x + 6, H - 10), (x + 12, H)], fill=255)  # torn edge
    for _ in range(800): d.point((r.randrange(W), r.randrange(H)), fill=200)
    return out(im.convert("RGB")), "png", W, H

def whiteboard(label, value, r):
    W, H = 900, 420; im = Image.new("RGB", (W, H), (232, 234, 236)); d = ImageDraw.Draw(im)
    for x in range(W):  # glare band
        g = int(18 * math.exp(-((x - 560) / 120.0) ** 2)); d.line([(x, 0), (x, H)], fill=(232 + g // 2, 234 + g // 2, 236 + g // 2))
    f = font("DejaVuSans-Bold.ttf", 34); f2 = font("DejaVuSans.ttf", 28)
    txt = Image.new("RGBA", (W, H), (0, 0, 0, 0)); t = ImageDraw.Draw(txt)
    t.text((40, 40), "Cutover dry run - actions", font=f2, fill=(200, 30, 30, 255))
    t.text((40, 120), "%s: %s" % (label, value), font=f, fill=(20, 50, 170, 255))
    t.text((40, 200), "- re-run D0010 after 14:00", font=f2, fill=(20, 120, 40, 255))
    t.text((40, 260), "- raise INC0045123 if it fails", font=f2, fill=(20, 120, 40, 255))
    txt = txt.rotate(-2.5, resample=Image.BICUBIC, center=(W / 2, H / 2))
    im.paste(txt, (0, 0), txt); d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W - 1, H - 1], outline=(150, 150, 150), width=8)
    return out(im), "png", W, H

def sticky(label, value, r):
    W, H = 760, 520; im = Image.new("RGB", (W, H), (205, 200, 190))
    note = Image.new("RGBA", (560, 340), (255, 240, 120, 255)); d = ImageDraw.Draw(note)
    f = font("DejaVuSans.ttf", 30); fb = font("DejaVuSans-Bold.ttf", 24)
    d.text((22, 20), "Call back before 3pm", font=fb, fill=(40, 40, 40))
    d.text((22, 100), "%s:" % label, font=f, fill=(30, 30, 30)); d.text((22, 150), value, font=f, fill=(30, 30, 30))
    d.text((22, 260), "ref FM_TS_1_TC_07", font=fb, fill=(40, 40, 40))
    sh = Image.new("RGBA", note.size, (0, 0, 0, 90)).rotate(5, expand=True)
    nt = note.rotate(5, expand=True, resample=Image.BICUBIC)
    im.paste(sh, (108, 98), sh); im.paste(nt, (95, 85), nt)
    return out(im), "png", W, H

def gantt(label, value, r):
    W, H = 980, 420; im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
    f = font("DejaVuSans.ttf", 15); fb = font("DejaVuSans-Bold.ttf", 16)
    for i, wk in enumerate(["W44", "W45", "W46", "W47", "W48", "W49"]):
        x = 230 + i * 120; d.line([(x, 40), (x, H - 20)], fill=(220, 220, 220)); d.text((x + 40, 12), wk, font=f, fill="black")
    tasks = [("SIT cycle 2", 0, 2), ("D0010 regression", 1, 3), ("Cutover rehearsal", 3, 4), ("Go-live", 5, 5)]
    for j, (nm, a, b) in enumerate(tasks):
        y = 60 + j * 80; d.text((10, y + 8), nm, font=f, fill="black")
        if a == b:
            cx = 230 + a * 120 + 60; d.polygon([(cx, y), (cx + 14, y + 16), (cx, y + 32), (cx - 14, y + 16)], fill=(200, 40, 40))
        else:
            d.rectangle([230 + a * 120, y + 4, 230 + (b + 1) * 120 - 10, y + 30], fill=(70, 130, 200))
    y = 60 + 2 * 80 + 40; d.text((240 + 3 * 120 - 200, y + 2), "%s: %s" % (label, value), font=fb, fill=(140, 20, 20))
    return out(im), "png", W, H

def code_editor(label, value, r):
    W, H = 1000, 300; im = Image.new("RGB", (W, H), (30, 30, 30)); d = ImageDraw.Draw(im)
    f = font("DejaVuSansMono.ttf", 18)
    var = label.lower().replace(" ", "_").replace("-", "")
    lines = [[("import", (197, 134, 192)), (" json", (212, 212, 212))],
             [("# fixture for FM_TS_1_TC_07", (106, 153, 85))],
             [(var, (156, 220, 254)), (" = ", (212, 212, 212)), ('"%s"' % value, (206, 145, 120))],
             [("flow", (156, 220, 254)), (" = ", (212, 212, 212)), ('"D0010"', (206, 145, 120))],
             [("send", (220, 220, 170)), ("(flow, ", (212, 212, 212)), (var, (156, 220, 254)), (")", (212, 212, 212))]]
    d.rectangle([0, 0, 50, H], fill=(37, 37, 38))
    for i, segs in enumerate(lines):
        y = 30 + 40 * i; d.text((12, y), "%2d" % (i + 1), font=f, fill=(133, 133, 133)); x = 66
        for s, c in segs:
            d.text((x, y), s, font=f, fill=c); x += d.textlength(s, font=f)
    return out(im), "png", W, H

def chat(label, value, r):
    W, H = 560, 520; im = Image.new("RGB", (W, H), (236, 229, 221)); d = ImageDraw.Draw(im)
    f = font("DejaVuSans.ttf", 19); fs = font("DejaVuSans.ttf", 13)
    d.rectangle([0, 0, W, 60], fill=(7, 94, 84)); d.text((20, 18), "Field ops - SIT", font=font("DejaVuSans-Bold.ttf", 20), fill="white")
    def bubble(y, lines, right):
        w = max(d.textlength(t, font=f) for t in lines) + 30; h = 30 * len(lines) + 26
        x = W - w - 16 if right else 16
        d.rounded_rectangle([x, y, x + w, y + h], 12, fill=(220, 248, 198) if right else (255, 255, 255))
        for i, t in enumerate(lines): d.text((x + 15, y + 10 + 30 * i), t, font=f, fill=(20, 20, 20))
        d.text((x + w - 50, y + h - 18), "09:%02d" % r.randint(10, 59), font=fs, fill=(120, 120, 120))
        return y + h + 18
    y = bubble(80, ["Which site is failing?"], False)
    y = bubble(y, ["The one on the ticket -", "%s:" % label, value], True)
    y = bubble(y, ["Thanks, re-running D0010"], False)
    return out(im), "png", W, H

def envelope(label, value, r):
    W, H = 900, 460; im = Image.new("RGB", (W, H), (214, 190, 150)); d = ImageDraw.Draw(im)
    for _ in range(3000):
        x, y = r.randrange(W), r.randrange(H); c = r.randint(-12, 12); d.point((x, y), fill=(214 + c, 190 + c, 150 + c))
    d.rectangle([120, 170, 700, 360], fill=(250, 250, 246), outline=(160, 140, 110), width=3)  # window with label behind
    f = font("DejaVuSerif.ttf", 24)
    d.text((140, 190), "FAO Metering Operations", font=f, fill=(25, 25, 25))
    d.text((140, 240), "%s: %s" % (label, value), font=f, fill=(25, 25, 25))
    d.text((140, 290), "Ref INC0045123", font=f, fill=(25, 25, 25))
    d.rectangle([760, 30, 860, 140], fill=(170, 30, 40)); d.text((772, 70), "2nd", font=font("DejaVuSans-Bold.ttf", 30), fill="white")
    return out(im), "png", W, H

def jpeg_low(label, value, r):
    W, H = 820, 260; im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
    f = font("DejaVuSans.ttf", 26)
    d.text((30, 30), "Site visit record - page 2", font=font("DejaVuSans-Bold.ttf", 26), fill="black")
    d.text((30, 100), "%s: %s" % (label, value), font=f, fill=(10, 10, 10))
    d.text((30, 170), "Reading 04512.7 kWh", font=f, fill=(10, 10, 10))
    return out(im, "JPEG", quality=12), "jpeg", W, H

def ribbon(label, value, r):
    W, H = 900, 600; im = Image.new("RGB", (W, H), (90, 110, 90)); d = ImageDraw.Draw(im)
    for _ in range(140):
        x, y, s = r.randrange(W), r.randrange(H), r.randint(20, 90)
        d.ellipse([x, y, x + s, y + s], fill=(r.randint(40, 160), r.randint(60, 170), r.randint(40, 120)))
    im = im.filter(ImageFilter.GaussianBlur(3))
    band = Image.new("RGBA", (1300, 90), (250, 250, 250, 235)); bd = ImageDraw.Draw(band)
    f = font("DejaVuSans-Bold.ttf", 32); t = "%s: %s" % (label, value)
    bd.text(((1300 - bd.textlength(t, font=f)) / 2, 24), t, font=f, fill=(160, 20, 20))
    band = band.rotate(18, expand=True, resample=Image.BICUBIC)
    im.paste(band, ((W - band.width) // 2, (H - band.height) // 2), band)
    return out(im), "png", W, H

PICS = {"receipt": receipt, "whiteboard": whiteboard, "sticky_note": sticky, "gantt_label": gantt, "code_editor": code_editor,
        "chat_bubble": chat, "envelope_window": envelope, "jpeg_q12": jpeg_low, "ribbon_banner": ribbon}
