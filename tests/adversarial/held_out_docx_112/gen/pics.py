"""Picture techniques (PIL). Each returns an RGB image showing `label: value`."""
from PIL import Image, ImageDraw, ImageFont
import math
F = '/usr/share/fonts/truetype/dejavu/'
def font(sz, mono=False, bold=False):
    n = 'DejaVuSansMono' if mono else 'DejaVuSans'
    return ImageFont.truetype(F + n + ('-Bold' if bold else '') + '.ttf', sz)
def tw(d, t, f): b = d.textbbox((0, 0), t, font=f); return b[2] - b[0]

def psql_grid(label, value, r):
    f = font(17, mono=True)
    rows = [('test_case', 'TC-ELEC-0142'), (label, value), ('flow', 'D0010')]
    w1 = max(len(a) for a, _ in rows) + 2; w2 = max(len(b) for _, b in rows) + 2
    lines = ["evidence=# SELECT label, value FROM site_view WHERE case_ref = 'TC-ELEC-0142';",
             ' ' + 'label'.center(w1 - 1) + '|' + 'value'.center(w2), '-' * w1 + '+' + '-' * w2]
    lines += [f' {a:<{w1-1}}| {b}' for a, b in rows] + ['(3 rows)', '', 'evidence=# ']
    W = max(900, 12 + 11 * max(len(x) for x in lines)); H = 20 + 24 * len(lines)
    im = Image.new('RGB', (W, H), (18, 18, 22)); d = ImageDraw.Draw(im)
    for i, l in enumerate(lines): d.text((10, 10 + 24 * i), l, font=f, fill=(205, 214, 200))
    return im

def mail_client(label, value, r):
    im = Image.new('RGB', (980, 420), (255, 255, 255)); d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 980, 38], fill=(0, 95, 184)); d.text((14, 9), 'Inbox - Test Evidence - Mail', font=font(16, bold=True), fill='white')
    d.rectangle([0, 38, 220, 420], fill=(243, 242, 241))
    for i, t in enumerate(['Inbox (12)', 'Sent Items', 'Drafts', 'SIT-B defects', 'Archive']): d.text((16, 56 + 30 * i), t, font=font(14), fill=(50, 49, 48))
    f = font(15)
    d.text((240, 52), 'RE: Site visit for TC-ELEC-0142 (D0010 rejected)', font=font(18, bold=True), fill=(32, 31, 30))
    d.text((240, 86), 'From: Field Ops Desk <fieldops@example.invalid>    Sent: 14 Mar 2026 09:40', font=font(13), fill=(96, 94, 92))
    body = ['Hi team,', 'The engineer confirmed the details below before re-sending the flow.', f'{label}: {value}',
            'Ticket ADO-48213 has been updated. Thanks,', 'Field Ops']
    for i, t in enumerate(body): d.text((240, 130 + 34 * i), t, font=f, fill=(32, 31, 30))
    return im

def map_pin(label, value, r):
    W, H = 980, 460
    im = Image.new('RGB', (W, H), (232, 240, 226)); d = ImageDraw.Draw(im)
    for k in range(9):
        d.line([(0, 40 + 55 * k + r.randint(-10, 10)), (W, 20 + 50 * k + r.randint(-10, 10))], fill=(255, 255, 255), width=9)
        d.line([(60 + 120 * k, 0), (20 + 120 * k + r.randint(-20, 20), H)], fill=(250, 222, 160), width=7)
    d.ellipse([590, 260, 720, 330], fill=(170, 211, 223))
    px, py = 300, 300
    d.ellipse([px - 14, py - 40, px + 14, py - 12], fill=(219, 68, 55)); d.polygon([(px - 10, py - 20), (px + 10, py - 20), (px, py)], fill=(219, 68, 55))
    f = font(17); t = f'{label}: {value}'; w = tw(d, t, f)
    bx, by = 80, 150
    d.rectangle([bx + 3, by + 3, bx + w + 33, by + 53], fill=(160, 160, 160))
    d.rectangle([bx, by, bx + w + 30, by + 50], fill='white', outline=(90, 90, 90))
    d.polygon([(px - 8, by + 50), (px + 8, by + 50), (px, py - 42)], fill='white', outline=(90, 90, 90))
    d.text((bx + 15, by + 14), t, font=f, fill=(30, 30, 30))
    d.text((W - 140, H - 28), '© Map data', font=font(12), fill=(90, 90, 90))
    return im

def gradient_text(label, value, r):
    t = f'{label}: {value}'; f = font(24, bold=True)
    im = Image.new('RGB', (max(900, 30 + 17 * len(t)), 130), (255, 255, 255)); d = ImageDraw.Draw(im)
    d.text((20, 12), 'Site summary (exported banner)', font=font(14), fill=(90, 90, 90))
    x = 20; c0, c1 = (20, 40, 140), (150, 175, 235)
    for i, ch in enumerate(t):
        k = i / max(1, len(t) - 1); c = tuple(int(a + (b - a) * k) for a, b in zip(c0, c1))
        d.text((x, 60), ch, font=f, fill=c); x += tw(d, ch, f) if ch != ' ' else 8
    return im

def vertical_stack(label, value, r):
    chars = [c for c in value if c != ' ']
    f = font(22, mono=True, bold=True)
    H = 80 + 30 * len(chars); im = Image.new('RGB', (420, H), (250, 250, 245)); d = ImageDraw.Draw(im)
    d.text((20, 14), f'{label}:', font=font(20, bold=True), fill=(20, 20, 20))
    d.rectangle([150, 50, 210, H - 14], outline=(120, 120, 120), width=2)
    for i, c in enumerate(chars):
        d.text((170, 56 + 30 * i), c, font=f, fill=(10, 10, 10))
    d.text((240, 60), 'spine label', font=font(13), fill=(120, 120, 120))
    return im

def seq_diagram(label, value, r):
    t2 = f'2: {label}: {value}'; f = font(15)
    W = max(980, 480 + 10 * len(t2)); im = Image.new('RGB', (W, 420), 'white'); d = ImageDraw.Draw(im)
    xs = [90, W // 2, W - 110]
    for x, n in zip(xs, ['Supplier', 'DCC Adapter', 'Smart Meter']):
        d.rectangle([x - 70, 20, x + 70, 60], outline='black', fill=(235, 240, 250)); d.text((x - tw(d, n, f) // 2, 31), n, font=f, fill='black')
        for y in range(60, 400, 12): d.line([(x, y), (x, y + 6)], fill=(120, 120, 120))
    def arrow(x0, x1, y, text, dash=False):
        d.line([(x0, y), (x1, y)], fill='black', width=2); s = 1 if x1 > x0 else -1
        d.polygon([(x1, y), (x1 - 10 * s, y - 5), (x1 - 10 * s, y + 5)], fill='black')
        d.text((min(x0, x1) + 14, y - 22), text, font=f, fill='black')
    arrow(xs[0], xs[1], 120, '1: SR 1.1 Update Import Tariff (IF-031)')
    arrow(xs[1], xs[2], 200, t2)
    arrow(xs[2], xs[1], 280, '3: Response 0x0000 (D0010 ack)')
    return im

def tooltip_overlay(label, value, r):
    im = Image.new('RGB', (980, 360), 'white'); d = ImageDraw.Draw(im); f = font(14)
    d.rectangle([0, 0, 980, 34], fill=(240, 240, 240)); d.text((10, 9), 'Message tracker   Filter: TC-ELEC-0142', font=f, fill=(40, 40, 40))
    for i in range(8):
        y = 50 + 36 * i; d.line([(0, y + 30), (980, y + 30)], fill=(225, 225, 225))
        d.text((10, y + 6), f'2026-03-14T09:{20+i:02d}:07Z   D0010   DIP-9F2C44A{i}   ACK   ADO-4821{i}', font=f, fill=(70, 70, 70))
    t = f'{label}: {value}'; ft = font(15); w = tw(d, t, ft)
    x, y = 330, 132
    d.rectangle([x + 4, y + 4, x + w + 28, y + 40], fill=(150, 150, 150))
    d.rectangle([x, y, x + w + 24, y + 36], fill=(255, 255, 225), outline=(100, 100, 100))
    d.text((x + 12, y + 9), t, font=ft, fill=(0, 0, 0))
    d.polygon([(300, 110), (300, 135), (307, 129), (313, 141), (317, 139), (311, 127), (320, 127)], fill='white', outline='black')
    return im

def strikethrough(label, value, r):
    t = f'{label}: {value}'; f = font(22)
    im = Image.new('RGB', (max(900, 40 + 14 * len(t)), 170), (255, 255, 252)); d = ImageDraw.Draw(im)
    d.text((20, 14), 'Correction log (superseded entries are struck through)', font=font(14), fill=(90, 90, 90))
    d.text((20, 60), t, font=f, fill=(20, 20, 20)); w = tw(d, t, f)
    d.line([(16, 74), (24 + w, 74)], fill=(200, 30, 30), width=2)
    d.text((20, 112), 'Superseded 2026-03-14 by ADO-48213', font=font(15), fill=(200, 30, 30))
    return im

def pie_legend(label, value, r):
    im = Image.new('RGB', (980, 400), 'white'); d = ImageDraw.Draw(im)
    d.text((20, 12), 'Rejections by flow, SIT-B week 11', font=font(18, bold=True), fill=(30, 30, 30))
    cols = [(68, 114, 196), (237, 125, 49), (165, 165, 165), (255, 192, 0)]; parts = [42, 27, 18, 13]; a = -90
    for c, p in zip(cols, parts):
        d.pieslice([40, 60, 340, 360], a, a + p * 3.6, fill=c, outline='white'); a += p * 3.6
    leg = ['D0010 rejected 42%', f'{label}: {value} 27%', 'IF-031 timeout 18%', 'Other 13%']
    for i, (c, t) in enumerate(zip(cols, leg)):
        y = 110 + 40 * i; d.rectangle([390, y, 406, y + 16], fill=c); d.text((418, y - 1), t, font=font(16), fill=(40, 40, 40))
    return im

PICS = {'psql_grid': psql_grid, 'mail_client': mail_client, 'map_pin': map_pin, 'gradient_text': gradient_text,
        'vertical_stack': vertical_stack, 'seq_diagram': seq_diagram, 'tooltip_overlay': tooltip_overlay,
        'strikethrough': strikethrough, 'pie_legend': pie_legend}
