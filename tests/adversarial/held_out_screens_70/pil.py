"""Pillow-drawn items: e-ink, LED board, handwriting card, bitmap xterm, alpha tricks, ICC/metadata."""
import struct, io
from common import *
from post import *
from PIL import ImageCms, PngImagePlugin
rng.seed(31337)

class Canvas:
    def __init__(self, item, size, bg, notes, renderer='Pillow', mode='RGB'):
        self.img = Image.new(mode, size, bg); self.d = ImageDraw.Draw(self.img); self.t = Truth(item, None, renderer, notes); self.item = item
    def text(self, xy, s, f, fill, kind=None, value=None, form='', keep=False, angle=0):
        self.d.text(xy, s, font=f, fill=fill)
        b = self.d.textbbox(xy, s, font=f)
        if kind: self.t.add(kind, value if value is not None else s, [b], form=form, keep=keep, angle=angle)
        return b
    def save(self, img=None, fmt='png', **kw):
        img = img or self.img; fn = self.item + '.' + fmt; self.t.d['file'] = fn
        img.save(CORPUS + '/' + fn, **kw); self.t.d['size'] = list(img.size); self.t.save(); print(self.item, img.size, len(self.t.d['ids']))

def eink():
    c = Canvas('p01_eink_display', (600, 448), (232, 230, 224), 'e-ink 4 grey levels with ghosting')
    m = mpan(); g = mprn(); old = mpan()
    c.d.text((40, 200), old, font=font('mono', 30), fill=(214, 212, 206))  # ghost of previous screen (too faint, not scored)
    c.text((30, 20), 'Smart energy display', font('sansb', 28), (40, 40, 40), 'keep', keep=True)
    c.text((30, 80), 'Today 14.2 kWh  £4.12', font('sans', 24), (40, 40, 40), 'keep', keep=True)
    c.text((30, 140), 'Supply', font('sans', 20), (110, 110, 110), 'keep', keep=True)
    c.text((30, 170), ' '.join(sgroups(m)), font('mono', 30), (40, 40, 40), 'mpan', m, 'e-ink grouped')
    c.text((30, 240), 'Gas ' + g, font('mono', 26), (40, 40, 40), 'mprn', g, 'e-ink')
    c.text((30, 390), 'Updated 05/12 06:00', font('sans', 18), (110, 110, 110), 'keep', keep=True)
    a = np.asarray(c.img.convert('L')).astype(int); a = (a // 64) * 85; c.save(Image.fromarray(a.astype('uint8')))

def led():
    W, H = 1000, 240; c = Canvas('p02_led_board', (W, H), (10, 10, 10), 'amber LED dot board (site gate display)')
    m = mpan(); src = Image.new('L', (W // 6, H // 6), 0); sd = ImageDraw.Draw(src)
    f = font('sansb', 12); sd.text((3, 3), 'BAY 4  SUB-STN', font=f, fill=255); sd.text((3, 20), m, font=f, fill=255)
    bb = sd.textbbox((3, 20), m, font=f)
    s = np.asarray(src) > 100
    for y in range(s.shape[0]):
        for x in range(s.shape[1]):
            col = (255, 170, 20) if s[y, x] else (40, 28, 10)
            c.d.ellipse([x * 6 + 1, y * 6 + 1, x * 6 + 5, y * 6 + 5], fill=col)
    c.t.add('mpan', m, [[bb[0] * 6 - 3, bb[1] * 6 - 3, bb[2] * 6 + 3, bb[3] * 6 + 3]], form='LED dots')
    b2 = sd.textbbox((3, 3), 'BAY 4  SUB-STN', font=f); c.t.add('keep', 'BAY 4 SUB-STN', [[v * 6 for v in b2]], keep=True)
    c.save()

def handwriting():
    c = Canvas('p03_handwritten_card', (900, 520), (250, 247, 235), 'meter reading card in script font on ruled card')
    for y in range(60, 520, 44): c.d.line([(20, y), (880, y)], fill=(170, 200, 230), width=1)
    c.d.line([(90, 0), (90, 520)], fill=(230, 150, 150), width=2)
    hf = ImageFont.truetype('/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf', 34)
    m = mpan(); s = esn(); nm = name(); st, town, pc = address()
    c.text((30, 14), 'METER READING CARD', font('sansb', 22), (30, 30, 60), 'keep', keep=True)
    c.text((110, 70), 'Mpan: ' + m, hf, (20, 30, 120), 'mpan', m, 'script handwriting')
    c.text((110, 114), 'Serial ' + s.lower(), hf, (20, 30, 120), 'serial', s, 'script lower')
    c.text((110, 158), nm, hf, (20, 30, 120), 'name', nm)
    c.text((110, 202), st + ', ' + pc, hf, (20, 30, 120), 'address', st, 'script')
    b = c.d.textbbox((110, 202), st + ', ', font=hf); c.text((b[2], 202), pc, hf, (0, 0, 0, 0), 'postcode', pc)
    c.text((110, 246), 'Read 04512  on 3/12/26', hf, (20, 30, 120), 'keep', keep=True)
    c.save(c.img.rotate(-2, expand=False, fillcolor=(250, 247, 235)))  # small tilt: boxes shift few px (padded in scoring)

def xterm():
    c = Canvas('p04_xterm_bitmap', (820, 330), (0, 0, 0), 'xterm-like, non-antialiased mono 13px, psql output')
    c.d.fontmode = '1'; f = font('mono', 13); y = 6; green = (0, 230, 0); white = (229, 229, 229)
    c.text((6, y), 'ops@mop-db01:~$ psql -c "select * from mtd_exceptions limit 6"', f, white, 'keep', keep=True); y += 17
    c.text((6, y), ' mpan_core     | msn          | chf_guid                | postcode | flow', f, white, 'keep', keep=True); y += 17
    c.d.text((6, y), '---------------+--------------+-------------------------+----------+-------', font=f, fill=white); y += 17
    for i in range(6):
        m = mpan(); s = esn(); d = eui(); pc = postcode()
        x = 6
        for val, kind, shown, w in [(m, 'mpan', m, 16), (s, 'serial', s.lower() if i % 2 else s, 15), (d, 'eui64', eui_fmt(d, 'lower'), 26), (pc, 'postcode', pc, 11)]:
            b = c.text((x, y), ' ' + shown, f, green if kind == 'mpan' else white, kind, val, 'xterm ' + kind)
            x += w * f.getlength('0'); c.d.text((x - f.getlength('0'), y), '|', font=f, fill=white)
        c.text((x, y), ' D0010', f, white, 'keep', keep=True); y += 17
    c.text((6, y), '(6 rows)', f, white, 'keep', keep=True)
    c.save()

def alpha_hidden():
    c = Canvas('p05_alpha_hidden', (640, 240), (0, 0, 0, 0), 'RGBA: dark text on transparent + text in RGB under alpha=0', mode='RGBA')
    m = mpan(); g = mprn(); h = mpan()
    c.text((20, 20), 'Export layer', font('sans', 20), (20, 20, 20, 255), 'keep', keep=True)
    c.text((20, 70), 'MPAN ' + m, font('sans', 22), (25, 25, 25, 255), 'mpan', m, 'black on transparent (invisible on dark viewer)')
    c.text((20, 120), 'MPRN ' + g, font('sans', 22), (40, 40, 120, 160), 'mprn', g, 'semi-transparent blue')
    # hidden: write text into RGB only, alpha stays 0
    a = np.asarray(c.img).copy(); tmp = Image.new('L', c.img.size, 0); td = ImageDraw.Draw(tmp)
    td.text((20, 180), 'hidden ' + h, font=font('sans', 22), fill=255); bb = td.textbbox((20, 180), 'hidden ' + h, font=font('sans', 22))
    msk = np.asarray(tmp) > 0
    a[msk & (a[..., 3] == 0), 0:3] = [10, 10, 10]
    c.t.d['hidden'].append(dict(kind='mpan', value=h, boxes=[list(bb)], form='in RGB where alpha=0'))
    c.save(Image.fromarray(a, 'RGBA'))

def icc_with(desc, cprt):
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile('sRGB')).tobytes()
    n = struct.unpack('>I', base[128:132])[0]; tags = []
    for i in range(n):
        sig, off, sz = struct.unpack('>4sII', base[132 + 12 * i:144 + 12 * i]); tags.append([sig, off, sz])
    data = bytearray(base)
    def pad(b): return b + b'\0' * (-len(b) % 4)
    d = desc.encode() + b'\0'
    descb = pad(b'desc' + b'\0' * 4 + struct.pack('>I', len(d)) + d + b'\0' * 4 + b'\0' * 4 + b'\0' * 3 + b'\0' * 67)
    cprtb = pad(b'text' + b'\0' * 4 + cprt.encode() + b'\0')
    # mluc-type desc in v4 -> replace both with v2-style; keep header version
    for tg in tags:
        if tg[0] in (b'desc', b'cprt'):
            blob = descb if tg[0] == b'desc' else cprtb
            tg[1] = len(data); tg[2] = len(blob); data += blob
    for i, (sig, off, sz) in enumerate(tags):
        data[132 + 12 * i:144 + 12 * i] = struct.pack('>4sII', sig, off, sz)
    data[0:4] = struct.pack('>I', len(data))
    return bytes(data)

def icc_png():
    c = Canvas('p06_icc_text_png', (700, 200), (255, 255, 255), 'PNG with ICC desc/cprt + tEXt/iTXt/zTXt holding identifiers')
    m = mpan(); hm = mpan(); hg = mprn(); hn = name()
    c.text((20, 20), 'Change of supplier summary', font('sansb', 20), (0, 0, 0), 'keep', keep=True)
    c.text((20, 70), 'MPAN ' + m, font('sans', 18), (0, 0, 0), 'mpan', m, 'plain')
    c.text((20, 110), 'Ref COS-2026-7731', font('sans', 18), (0, 0, 0), 'keep', keep=True)
    prof = icc_with('Display profile MPAN ' + hm, 'Copyright ' + hn + ' MPRN ' + hg)
    info = PngImagePlugin.PngInfo(); info.add_text('Comment', 'supply ' + hm); info.add_itxt('Description', 'MPRN ' + hg); info.add_text('Author', hn, zip=True)
    for k, v in [('mpan', hm), ('mprn', hg), ('name', hn)]: c.t.d['hidden'].append(dict(kind=k, value=v, boxes=[], form='metadata (ICC desc/cprt, tEXt/iTXt/zTXt)'))
    c.save(fmt='png', icc_profile=prof, pnginfo=info)

def icc_jpg():
    c = Canvas('p07_icc_com_jpg', (700, 200), (250, 250, 250), 'JPEG with ICC profile text + COM + EXIF ImageDescription')
    m = mpan(); hm = mpan(); hs = esn()
    c.text((20, 20), 'Meter exchange photo note', font('sansb', 20), (0, 0, 0), 'keep', keep=True)
    c.text((20, 70), 'Old MPAN ' + m, font('sans', 18), (0, 0, 0), 'mpan', m, 'plain')
    prof = icc_with('Camera profile ' + hm, 'MSN ' + hs)
    ex = Image.Exif(); ex[0x010E] = 'Meter ' + hs + ' MPAN ' + hm
    for k, v in [('mpan', hm), ('serial', hs)]: c.t.d['hidden'].append(dict(kind=k, value=v, boxes=[], form='metadata (ICC, EXIF, COM)'))
    c.save(fmt='jpg', quality=90, icc_profile=prof, exif=ex.tobytes(), comment=('MPAN ' + hm).encode())

def cleartype_zoom():
    c = Canvas('p08_lowvision_cleartype', (1600, 500), (255, 255, 255), 'low-vision 400% zoom of ClearType text: colour fringes, blocky')
    m = mpan(); g = mprn()
    small = Image.new('RGB', (400, 125), (255, 255, 255)); sd = ImageDraw.Draw(small); f = font('sans', 11)
    sd.text((8, 10), 'Meter point', font=f, fill=(0, 0, 0)); sd.text((8, 35), m, font=f, fill=(0, 0, 0)); sd.text((8, 60), 'MPRN ' + g, font=f, fill=(0, 0, 0))
    b1 = sd.textbbox((8, 35), m, font=f); b2 = sd.textbbox((8, 60), 'MPRN ' + g, font=f); b0 = sd.textbbox((8, 10), 'Meter point', font=f)
    a = np.asarray(small).astype(int); r = np.roll(a[..., 0], -1, 1); b = np.roll(a[..., 2], 1, 1)
    a = np.stack([r, a[..., 1], b], -1)
    big = Image.fromarray(a.clip(0, 255).astype('uint8')).resize((1600, 500), Image.NEAREST)
    c.t.add('mpan', m, [[v * 4 for v in b1]], form='400% nearest, fringes'); c.t.add('mprn', g, [[v * 4 for v in b2]], form='400%')
    c.t.add('keep', 'Meter point', [[v * 4 for v in b0]], keep=True)
    c.save(big)

for fn in [eink, led, handwriting, xterm, alpha_hidden, icc_png, icc_jpg, cleartype_zoom]:
    fn()
