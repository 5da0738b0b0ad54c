"""Picture techniques: each returns (PIL image, mode note). text = 'Label: value'."""
import random, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter
FD = '/usr/share/fonts/truetype/dejavu/'
FL = '/usr/share/fonts/truetype/liberation/'
def font(sz, f='DejaVuSans.ttf', d=FD): return ImageFont.truetype(d + f, sz)
def tw(dr, t, f): b = dr.textbbox((0, 0), t, font=f); return b[2] - b[0], b[3] - b[1]
def split2(v):
    """split a value at a space/group near the middle, else the middle"""
    m = len(v) // 2
    sp = [i for i, c in enumerate(v) if c in ' -']
    if sp:
        i = min(sp, key=lambda i: abs(i - m)); return v[:i + 1].rstrip(), v[i + 1:].lstrip()
    return v[:m], v[m:]
def bar_chart(label, value, rng):
    im = Image.new('RGB', (960, 540), 'white'); dr = ImageDraw.Draw(im)
    dr.text((40, 20), 'Half-hourly import, settlement day 14', font=font(24, 'DejaVuSans-Bold.ttf'), fill='black')
    dr.line((80, 470, 900, 470), fill='black', width=2); dr.line((80, 80, 80, 470), fill='black', width=2)
    for i in range(12):
        h = rng.randint(60, 330); x = 100 + i * 66
        dr.rectangle((x, 470 - h, x + 44, 470), fill=(70, 110, 190))
        dr.text((x + 4, 478), '%02d:%s' % (i // 2 + 8, '00' if i % 2 == 0 else '30'), font=font(14), fill='black')
    # callout box naming the supply, as an analyst annotates a chart
    dr.rectangle((520, 90, 930, 150), fill=(255, 255, 225), outline='black')
    dr.text((530, 100), label + ':', font=font(16), fill='black')
    dr.text((530, 122), value, font=font(19, 'DejaVuSans-Bold.ttf'), fill='black')
    return im
def flow_diagram(label, value, rng):
    im = Image.new('RGB', (1000, 300), 'white'); dr = ImageDraw.Draw(im); f = font(20)
    boxes = [(30, 90, 280, 210, ['Supplier', 'sends D0010']), (370, 60, 630, 240, None), (720, 90, 970, 210, ['DIP', 'IF-031 out'])]
    a, b = split2(value)
    for x0, y0, x1, y1, lines in boxes:
        dr.rounded_rectangle((x0, y0, x1, y1), radius=16, outline=(30, 60, 120), width=3, fill=(235, 242, 252))
        lines = lines or [label + ':', a, b]
        for k, t in enumerate(lines):
            dr.text((x0 + 14, y0 + 14 + k * 32), t, font=f, fill='black')
    for x0, x1 in ((280, 370), (630, 720)):
        dr.line((x0, 150, x1 - 10, 150), fill='black', width=3); dr.polygon([(x1, 150), (x1 - 14, 142), (x1 - 14, 158)], fill='black')
    return im
def fax_1bit(label, value, rng):
    im = Image.new('L', (1100, 260), 245); dr = ImageDraw.Draw(im)
    dr.text((30, 20), 'CHANGE OF SUPPLY - SITE VISIT FORM   page 1/2', font=font(22, 'LiberationMono-Regular.ttf', FL), fill=40)
    for y in (90, 150, 210): dr.line((30, y + 34, 1070, y + 34), fill=90, width=1)
    dr.text((30, 90), label + ':  ' + value, font=font(28, 'LiberationMono-Regular.ttf', FL), fill=25)
    dr.text((30, 150), 'Engineer: ref ENG-22  Visit: 2026-11-03', font=font(24, 'LiberationMono-Regular.ttf', FL), fill=30)
    im = im.rotate(1.4, resample=Image.BICUBIC, fillcolor=245, expand=True)
    px = im.load(); w, h = im.size
    for _ in range(2500):
        x, y = rng.randrange(w), rng.randrange(h); px[x, y] = rng.choice([0, 255])
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    return im.convert('1')   # Floyd-Steinberg dither to 1 bit, as a fax/scan-to-email does
def nameplate(label, value, rng):
    w, h = 900, 220
    im = Image.new('RGB', (w, h)); px = im.load()
    for x in range(w):
        for y in range(h):
            g = int(150 + 40 * math.sin(x / 70.0) + 20 * (y / h)); px[x, y] = (g, g, g + 6)
    dr = ImageDraw.Draw(im)
    for x, y in ((14, 14), (w - 24, 14), (14, h - 24), (w - 24, h - 24)): dr.ellipse((x, y, x + 10, y + 10), fill=(90, 90, 95))
    f1 = font(22, 'DejaVuSans-Bold.ttf'); f2 = font(36, 'DejaVuSansMono-Bold.ttf')
    for (t, y, f) in ((label.upper(), 40, f1), (value, 100, f2)):
        dr.text((41, y + 2), t, font=f, fill=(235, 235, 240))   # highlight
        dr.text((39, y - 2), t, font=f, fill=(60, 60, 65))      # shadow
        dr.text((40, y), t, font=f, fill=(125, 125, 130))       # embossed face
    return im
def busy_bg(label, value, rng):
    im = Image.new('RGB', (1000, 160), 'white'); dr = ImageDraw.Draw(im)
    for k in range(-200, 1200, 18):
        dr.line((k, 0, k + 160, 160), fill=(250, 200, 160), width=7)
    for x in range(0, 1000, 40):
        for y in range(0, 160, 40): dr.rectangle((x, y, x + 3, y + 3), fill=(120, 170, 120))
    dr.text((30, 55), label + ': ' + value, font=font(34), fill=(40, 40, 90))
    return im
def wide_tracking(label, value, rng):
    f = font(30); t = label + ': ' + value
    im = Image.new('RGB', (80 + len(t) * 44, 110), 'white'); dr = ImageDraw.Draw(im)
    x = 30
    for ch in t:
        dr.text((x, 35), ch, font=f, fill='black'); x += tw(dr, ch, f)[0] + 22 if ch != ' ' else 40
    return im.crop((0, 0, x + 30, 110))
def sheared(label, value, rng):
    f = font(34); t = label + ': ' + value
    im = Image.new('RGB', (60 + len(t) * 24, 120), 'white'); dr = ImageDraw.Draw(im); dr.text((70, 35), t, font=f, fill='black')
    k = 0.42
    return im.transform(im.size, Image.AFFINE, (1, k, -k * 60, 0, 1, 0), resample=Image.BICUBIC, fillcolor='white')
def hollow(label, value, rng):
    f = font(44, 'DejaVuSans-Bold.ttf'); t = label + ': ' + value
    im = Image.new('RGB', (80 + len(t) * 31, 130), 'white'); dr = ImageDraw.Draw(im)
    dr.text((30, 35), t, font=f, fill='white', stroke_width=2, stroke_fill=(20, 20, 20))
    return im
def sheet(label, value, rng):
    fnt = font(15, 'LiberationSans-Regular.ttf', FL); fb = font(15, 'LiberationSans-Bold.ttf', FL)
    cols = [40, 190, 330, 170, 150]; W = sum(cols) + 1; rows = 8; RH = 24
    im = Image.new('RGB', (W, (rows + 1) * RH + 30), 'white'); dr = ImageDraw.Draw(im)
    dr.rectangle((0, 0, W, 28), fill=(230, 230, 230)); dr.text((6, 6), 'fx', font=fnt, fill='black')
    y0 = 30; xs = [0]
    for c in cols: xs.append(xs[-1] + c)
    dr.rectangle((0, y0, W, y0 + RH), fill=(242, 242, 242)); dr.rectangle((0, y0, cols[0], y0 + (rows + 1) * RH), fill=(242, 242, 242))
    for i, L in enumerate(['', 'A', 'B', 'C', 'D']): dr.text((xs[i] + cols[i] // 2 - 4, y0 + 4), L, font=fnt, fill='black')
    data = [('Field', 'Value', 'Source', 'Checked'), ('Test case', 'FM_TS_1_TC_07', 'ADO', 'yes'), ('Flow', 'D0010', 'DTN', 'yes'),
            ('Reading', '04512 kWh', 'meter', 'yes'), (label, value, 'site sheet', 'no'), ('Ticket', 'MHHS-4410', 'Jira', 'yes'), ('', '', '', ''), ('', '', '', '')]
    for r, rowv in enumerate(data):
        y = y0 + (r + 1) * RH
        dr.text((12, y + 4), str(r + 1), font=fnt, fill='black')
        for c, v in enumerate(rowv):
            x = xs[c + 1]
            if r == 4 and c == 1:
                dr.rectangle((x, y, x + cols[2], y + RH), fill=(255, 235, 120))
                dr.polygon([(x + cols[2] - 8, y), (x + cols[2], y), (x + cols[2], y + 8)], fill=(200, 0, 0))
            dr.text((x + 4, y + 4), v, font=fb if r == 0 else fnt, fill='black')
    for x in xs: dr.line((x, y0, x, y0 + (rows + 1) * RH), fill=(200, 200, 200))
    for r in range(rows + 2): dr.line((0, y0 + r * RH, W, y0 + r * RH), fill=(200, 200, 200))
    return im
TECH = {'p_bar_chart_callout': bar_chart, 'p_flow_diagram_wrapped': flow_diagram, 'p_fax_1bit_dither': fax_1bit,
        'p_nameplate_emboss': nameplate, 'p_busy_pattern_bg': busy_bg, 'p_wide_tracking': wide_tracking,
        'p_sheared_italic': sheared, 'p_hollow_outline': hollow, 'p_spreadsheet_cell': sheet}
