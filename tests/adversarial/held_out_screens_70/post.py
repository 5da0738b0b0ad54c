"""Pillow post-processing of rendered screens (boxes follow)."""
from common import *
import numpy as np

def to_rgb(img, bg=(255, 255, 255)):
    if img.mode in ('RGBA', 'LA', 'P'):
        img = img.convert('RGBA'); b = Image.new('RGB', img.size, bg); b.paste(img, mask=img.split()[3]); return b
    return img.convert('RGB')

def scale(img, t, f):
    out = img.resize((round(img.width * f), round(img.height * f)), Image.LANCZOS); tr_scale(t, f); return out

def night(img, t):
    a = np.asarray(to_rgb(img)).astype(float); a *= np.array([1.0, 0.84, 0.60]); return Image.fromarray(a.clip(0, 255).astype('uint8'))

def grey4(img, t):
    g = np.asarray(to_rgb(img).convert('L')).astype(int) // 16 * 17; return Image.fromarray(g.astype('uint8'))

def downup(img, t):
    w, h = img.size; return to_rgb(img).resize((w // 2, h // 2), Image.BILINEAR).resize((w, h), Image.BILINEAR)

def thermal(img, t):
    g = np.asarray(to_rgb(img).convert('L')).astype(float)
    ink = 255 - g
    fade = 0.45 + 0.35 * np.linspace(1, 0, g.shape[1])[None, :] * np.ones_like(g)  # fades toward right
    streak = 1 - 0.25 * (np.sin(np.arange(g.shape[0]) / 3.0)[:, None] > 0.85)
    rs = np.random.RandomState(7); noise = rs.normal(0, 8, g.shape)
    out = 255 - ink * fade * streak + noise
    out = np.clip(out * 0.97 + 6, 0, 255)
    im = Image.fromarray(out.astype('uint8')).convert('RGB')
    tint = Image.new('RGB', im.size, (250, 246, 236))
    return Image.fromarray((np.asarray(im).astype(float) * np.asarray(tint) / 255).astype('uint8'))

def snip(img, t):
    img = to_rgb(img); w, h = img.size
    out = Image.new('RGB', (w + 40, h + 90), (243, 243, 243)); d = ImageDraw.Draw(out)
    d.rectangle([0, 0, w + 40, 44], fill=(255, 255, 255)); d.text((14, 14), 'Snipping Tool    New   Mode   Delay          pen  highlighter  eraser  ruler  crop', fill=(40, 40, 40), font=font('sans', 13))
    out.paste(img, (20, 60)); t.map_boxes(lambda b: [b[0] + 20, b[1] + 60, b[2] + 20, b[3] + 60])
    pts = [(60 + i * 9, 160 + 28 * math.sin(i / 5)) for i in range(int((w - 80) / 9))]
    d.line(pts, fill=(230, 30, 40), width=4, joint='curve')
    d.ellipse([w * 0.55, h * 0.25, w * 0.95, h * 0.55], outline=(230, 30, 40), width=4)
    return out

def teams(img, t):
    img = to_rgb(img); W, H = 1280, 720
    out = Image.new('RGB', (W, H), (36, 36, 44)); d = ImageDraw.Draw(out)
    d.rectangle([0, 0, W, 40], fill=(45, 44, 60)); d.text((16, 12), 'Meeting  |  Presenting: Ops Stand-up   00:41:12', fill=(220, 220, 230), font=font('sans', 13))
    f = min((W - 60) / img.width, (H - 120) / img.height) * 0.92
    sm = img.resize((round(img.width * f), round(img.height * f)), Image.LANCZOS)
    ox, oy = 30, 60; out.paste(sm, (ox, oy)); tr_scale(t, f); t.map_boxes(lambda b: [b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy])
    cx, cy = ox + sm.width - 230, oy + sm.height - 150
    cam = Image.new('RGB', (220, 140), (90, 80, 70)); cd = ImageDraw.Draw(cam)
    cd.ellipse([70, 20, 150, 100], fill=(210, 170, 140)); cd.rectangle([50, 95, 170, 140], fill=(40, 60, 110))
    cd.text((8, 120), 'Presenter', fill=(255, 255, 255), font=font('sans', 12))
    out.paste(cam, (cx, cy))
    d.rectangle([0, H - 46, W, H], fill=(30, 30, 38)); d.text((540, H - 32), 'Leave   Mic   Camera   Share', fill=(230, 230, 230), font=font('sans', 13))
    t.d['notes'] += ' camera tile at %s' % [cx, cy, cx + 220, cy + 140]
    return out

def monitor_photo(img, t, k=0.07, blur=0.8):
    img = to_rgb(img); w, h = img.size
    pad = Image.new('RGB', (w + 120, h + 120), (25, 25, 28)); pad.paste(img, (60, 60)); t.map_boxes(lambda b: [b[0] + 60, b[1] + 60, b[2] + 60, b[3] + 60])
    W, H = pad.size
    dst = [(W * k, H * k * 0.6), (W * (1 - k * 0.3), 0), (W, H), (W * k * 1.4, H * (1 - k))]
    out = perspective(pad, t, dst, (20, 20, 22))
    a = np.asarray(out).astype(float)
    yy, xx = np.mgrid[0:H, 0:W]
    moire = 1 + 0.05 * np.sin(xx * 0.9 + yy * 0.35)
    a = a * moire[..., None] * np.array([0.97, 1.0, 1.05]) + 10
    out = Image.fromarray(a.clip(0, 255).astype('uint8')).filter(ImageFilter.GaussianBlur(blur))
    return out

def skew(img, t, deg, fill=(255, 255, 255)):
    return rotate_img(to_rgb(img), t, deg, fill)

def jpeg_save(img, t, path, q):
    to_rgb(img).save(path, 'JPEG', quality=q)
