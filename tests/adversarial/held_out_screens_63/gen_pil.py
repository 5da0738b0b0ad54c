import sys, os, json, io, struct, math
sys.path.insert(0, os.path.dirname(__file__))
import common
common.rng.seed(501)
from common import *
from PIL import Image, ImageDraw, ImageFont, ImageCms, PngImagePlugin, ImageOps, ImageFilter
FD = '/usr/share/fonts/truetype/'
import glob
def font(name, size):
    cands = glob.glob('/usr/share/fonts/**/' + name, recursive=True)
    return ImageFont.truetype(cands[0], size)
SANS = 'LiberationSans-Regular.ttf'; SANSB = 'LiberationSans-Bold.ttf'; MONO = 'DejaVuSansMono.ttf'

class Canvas:
    def __init__(self, w, h, bg, mode='RGB'):
        self.im = Image.new(mode, (w, h), bg); self.d = ImageDraw.Draw(self.im); self.items = []; self.keeps = []
    def text(self, xy, s, f, fill, kind=None, value=None, form='', keep=None):
        self.d.text(xy, s, font=f, fill=fill)
        b = list(self.d.textbbox(xy, s, font=f))
        if kind: self.items.append(dict(kind=kind, value=value or s, form=form, boxes=[b]))
        if keep: self.keeps.append(dict(text=s, kind=keep, box=b))
        return b

def save_truth(fname, c_items, c_keeps, genre, rot=0, frame=None, theme='light', toolkit='pillow', metas=()):
    t = Truth(fname, toolkit, genre, 1.0, theme)
    for it in c_items: t.item(it['kind'], it['value'], it['form'], it['boxes'], rot=it.get('rot', rot), frame=it.get('frame', frame))
    for k in c_keeps: t.keep(k['text'], k['box'], rot=k.get('rot', rot), frame=k.get('frame', frame), kind=k['kind'])
    for m in metas: t.meta(*m)
    t.save(); print(fname, len(t.d['items']), len(t.d['keeps']))

def panel(theme='light', w=640, h=300, extra=''):
    bg, fg, mut = ((250, 250, 250), (20, 24, 30), (110, 118, 130)) if theme == 'light' else ((30, 33, 40), (230, 233, 238), (140, 148, 160))
    c = Canvas(w, h, bg)
    c.text((16, 12), 'Site record ' + extra, font(SANSB, 18), fg, keep='label')
    core = mpan_core(); ser = serial_elec(); nm = name(); pcd = postcode()
    c.text((16, 52), 'MPAN', font(SANS, 15), mut, keep='label'); c.text((140, 52), core, font(SANS, 16), fg, 'mpan', form='panel text')
    c.text((16, 86), 'Meter', font(SANS, 15), mut, keep='label'); c.text((140, 86), ser, font(SANS, 16), fg, 'serial', form='panel text')
    c.text((16, 120), 'Customer', font(SANS, 15), mut, keep='label'); c.text((140, 120), nm, font(SANS, 16), fg, 'name', form='panel text')
    c.text((16, 154), 'Postcode', font(SANS, 15), mut, keep='label'); c.text((140, 154), pcd, font(SANS, 16), fg, 'postcode', form='panel text')
    c.text((16, 196), 'Ticket INC%07d' % rng.randint(0, 9999999), font(SANS, 14), mut, keep='ref')
    c.text((330, 196), 'Updated 2026-11-%02d 10:%02d' % (rng.randint(1, 28), rng.randint(0, 59)), font(SANS, 14), mut, keep='timestamp')
    return c

def rotate_boxes(boxes, w, h, angle, W2, H2):
    # PIL rotate(angle, expand=True) CCW around centre
    a = math.radians(angle); out = []
    for b in boxes:
        pts = [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]; xs = []; ys = []
        for x, y in pts:
            dx, dy = x - w/2, y - h/2
            nx = dx*math.cos(a) + dy*math.sin(a); ny = -dx*math.sin(a) + dy*math.cos(a)
            xs.append(nx + W2/2); ys.append(ny + H2/2)
        out.append([min(xs), min(ys), max(xs), max(ys)])
    return out

def rotated(c, angle, fname, fmt='PNG', bg=None, **kw):
    im = c.im.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=bg or c.im.getpixel((0, 0)))
    for it in c.items: it['boxes'] = rotate_boxes(it['boxes'], c.im.width, c.im.height, angle, im.width, im.height); it['rot'] = angle
    for k in c.keeps: k['box'] = rotate_boxes([k['box']], c.im.width, c.im.height, angle, im.width, im.height)[0]; k['rot'] = angle
    im.save(os.path.join(CORPUS, fname), fmt, **kw)
    save_truth(fname, c.items, c.keeps, 'rotated %d' % angle)

# 1 lone 12px on dark 1920x1080 desktop
c = Canvas(1920, 1080, (12, 40, 68))
core = mpan_core(); c.text((212, 1038), core, font(SANS, 12), (220, 226, 235), 'mpan', form='lone 12px on 1920x1080 dark desktop')
c.im.save(CORPUS + '/pil_lone_12px_desktop.png'); save_truth('pil_lone_12px_desktop.png', c.items, c.keeps, 'lone small text', theme='dark')
# 2 white on transparent
c = Canvas(700, 220, (0, 0, 0, 0), 'RGBA')
c.text((20, 20), 'Supply', font(SANS, 16), (255, 255, 255, 255), keep='label')
c.text((120, 20), mpan_core(), font(SANS, 18), (255, 255, 255, 255), 'mpan', form='white text on transparent PNG')
c.text((120, 60), serial_gas(), font(SANS, 18), (255, 255, 255, 255), 'serial', form='white text on transparent PNG')
c.text((120, 100), name(), font(SANS, 18), (255, 255, 255, 255), 'name', form='white text on transparent PNG')
c.text((120, 140), eui64(), font(MONO, 16), (255, 255, 255, 200), 'eui64', form='white text alpha 200 on transparent PNG')
c.im.save(CORPUS + '/pil_alpha_white.png'); save_truth('pil_alpha_white.png', c.items, c.keeps, 'alpha white on transparent', theme='transparent')
# 3 hidden in transparent pixels
c = Canvas(700, 240, (255, 255, 255, 255), 'RGBA')
c.text((20, 20), 'Export preview', font(SANSB, 18), (20, 20, 20, 255), keep='label')
c.text((20, 60), 'Reference MPAN-REF-61', font(SANS, 16), (20, 20, 20, 255), keep='ref')
hid = Image.new('RGBA', (700, 120), (255, 255, 255, 0)); hd = ImageDraw.Draw(hid)
v1 = mpan_core(); v2 = address()
hd.text((20, 10), v1, font=font(SANS, 20), fill=(0, 0, 0, 0)); b1 = list(hd.textbbox((20, 10), v1, font=font(SANS, 20)))
hd.text((20, 50), v2, font=font(SANS, 20), fill=(0, 0, 0, 0)); b2 = list(hd.textbbox((20, 50), v2, font=font(SANS, 20)))
c.im.paste(hid, (0, 110))
c.items.append(dict(kind='mpan', value=v1, form='hidden: RGB text in alpha=0 pixels', boxes=[[b1[0], b1[1]+110, b1[2], b1[3]+110]]))
c.items.append(dict(kind='address', value=v2, form='hidden: RGB text in alpha=0 pixels', boxes=[[b2[0], b2[1]+110, b2[2], b2[3]+110]]))
c.im.save(CORPUS + '/pil_alpha_hidden.png'); save_truth('pil_alpha_hidden.png', c.items, c.keeps, 'text hidden in transparent pixels')
# 4 rotations
rotated(panel('light', extra='(portrait monitor)'), 90, 'pil_rot90.png')
rotated(panel('dark', extra='(upside down)'), 180, 'pil_rot180.png')
rotated(panel('light', extra='(rot 270)'), 270, 'pil_rot270.png')
rotated(panel('light', extra='(skew)'), 12, 'pil_skew12.png', bg=(255, 255, 255))
rotated(panel('dark', extra='(phone skew)'), -4, 'pil_skew-4.jpg', fmt='JPEG', bg=(10, 10, 10), quality=80)
# 5 boxed digits paper card
c = Canvas(760, 300, (255, 253, 244))
c.text((20, 14), 'Meter access card - write one digit per box', font(SANSB, 17), (30, 30, 30), keep='label')
def cells(y, label, val, kind, form):
    c.text((20, y + 8), label, font(SANS, 15), (60, 60, 60), keep='label')
    x = 170; bs = []
    for ch in val:
        c.d.rectangle([x, y, x + 30, y + 36], outline=(40, 40, 140), width=2)
        c.d.text((x + 8, y + 6), ch, font=font(MONO, 20), fill=(10, 10, 10)); x += 34
    c.items.append(dict(kind=kind, value=val, form=form, boxes=[[170, y, x, y + 36]]))
cells(60, 'MPAN core', mpan_core(), 'mpan', 'boxed digits printed card')
cells(120, 'MPRN', mprn(), 'mprn', 'boxed digits printed card')
cells(180, 'Meter serial', serial_elec(), 'serial', 'boxed characters printed card')
c.text((20, 250), 'Form MA-7  rev 2026.3', font(SANS, 13), (90, 90, 90), keep='version')
c.im.save(CORPUS + '/pil_boxed_digits.png'); save_truth('pil_boxed_digits.png', c.items, c.keeps, 'boxed digits card')
# 6 animated GIF, value in frame 2
frames = []; its = []; kps = []
for fi in range(4):
    c = Canvas(520, 200, (245, 247, 250))
    c.text((20, 16), 'Smart meter commissioning', font(SANSB, 17), (20, 20, 20), keep='label')
    if fi < 2: c.text((20, 80), 'Loading' + '.' * (fi + 1), font(SANS, 16), (90, 90, 90))
    else:
        if fi == 2: core = mpan_core(); eu = eui64()
        c.text((20, 70), 'MPAN ' + core, font(SANS, 17), (20, 20, 20), 'mpan', value=core, form='animated GIF later frame')
        c.text((20, 110), 'CHF ' + eu, font(MONO, 15), (20, 20, 20), 'eui64', value=eu, form='animated GIF later frame')
    c.d.text((470, 175), '%d/4' % (fi + 1), font=font(SANS, 11), fill=(120, 120, 120))
    for it in c.items: it['frame'] = fi
    for k in c.keeps: k['frame'] = fi
    its += c.items; kps += c.keeps; frames.append(c.im.convert('P', palette=Image.ADAPTIVE))
frames[0].save(CORPUS + '/pil_anim.gif', save_all=True, append_images=frames[1:], duration=[800, 800, 3000, 3000], loop=0)
save_truth('pil_anim.gif', its, kps, 'animated GIF')
# 7 APNG
frames = []; its = []; kps = []
for fi in range(3):
    c = Canvas(520, 180, (30, 33, 40))
    c.text((20, 16), 'Job sheet sync', font(SANSB, 17), (230, 230, 230), keep='label')
    if fi >= 1:
        if fi == 1: mp = mprn(); nm = name()
        c.text((20, 70), 'MPRN ' + mp, font(SANS, 17), (230, 230, 230), 'mprn', value=mp, form='APNG later frame')
        c.text((20, 110), nm, font(SANS, 17), (230, 230, 230), 'name', form='APNG later frame')
    c.d.text((470, 160), '%d/3' % (fi + 1), font=font(SANS, 11), fill=(150, 150, 150))
    for it in c.items: it['frame'] = fi
    for k in c.keeps: k['frame'] = fi
    its += c.items; kps += c.keeps; frames.append(c.im)
frames[0].save(CORPUS + '/pil_apng.png', save_all=True, append_images=frames[1:], duration=[1000, 2000, 2000], loop=0)
save_truth('pil_apng.png', its, kps, 'APNG', theme='dark')
# 8 EXIF orientation 6 (stored rotated 90 CCW => viewer rotates 90 CW)
c = panel('light', extra='(EXIF)')
stored = c.im.rotate(90, expand=True)
for it in c.items: it['boxes'] = rotate_boxes(it['boxes'], c.im.width, c.im.height, 90, stored.width, stored.height); it['rot'] = 90
for k in c.keeps: k['box'] = rotate_boxes([k['box']], c.im.width, c.im.height, 90, stored.width, stored.height)[0]; k['rot'] = 90
desc_core = mpan_core()
ex = Image.Exif(); ex[0x0112] = 6; ex[0x010E] = 'Site photo MPAN ' + desc_core
stored.save(CORPUS + '/pil_exif_orient.jpg', 'JPEG', quality=90, exif=ex.tobytes())
save_truth('pil_exif_orient.jpg', c.items, c.keeps, 'EXIF orientation 6 + ImageDescription', metas=[('mpan', desc_core, 'EXIF ImageDescription')])
# 9 palette PNG with tRNS
c = panel('light', extra='(palette)')
p = c.im.convert('P', palette=Image.ADAPTIVE, colors=16)
p.info['transparency'] = p.getpixel((2, 2)); p.save(CORPUS + '/pil_palette_trns.png', transparency=p.getpixel((2, 2)))
save_truth('pil_palette_trns.png', c.items, c.keeps, 'palette PNG with tRNS (background transparent)')
# 10 16-bit PNG
c = panel('light', extra='(16-bit)')
g = c.im.convert('L'); arr = Image.eval(g, lambda v: v)
im16 = Image.new('I;16', g.size); im16.frombytes(b''.join(struct.pack('<H', v * 257) for v in g.tobytes()), 'raw', 'I;16')
im16.save(CORPUS + '/pil_gray16.png'); save_truth('pil_gray16.png', c.items, c.keeps, '16-bit greyscale PNG')
# 11 TIFF / BMP / WebP
for ext, fmt, kw in [('tif', 'TIFF', dict(compression='tiff_lzw')), ('bmp', 'BMP', {}), ('webp', 'WEBP', dict(quality=70))]:
    c = panel('dark' if ext == 'bmp' else 'light', extra='(' + ext + ')')
    c.im.save(CORPUS + '/pil_fmt.' + ext, fmt, **kw); save_truth('pil_fmt.' + ext, c.items, c.keeps, ext + ' format')
# 12 dithered GIF on gradient
c = Canvas(640, 240, (0, 0, 0))
for x in range(640):
    c.d.line([(x, 0), (x, 240)], fill=(40 + x // 5, 90 + x // 8, 160 - x // 6))
c.text((20, 20), 'Usage dashboard', font(SANSB, 18), (255, 255, 255), keep='label')
c.text((20, 70), mpan_core(), font(SANS, 18), (255, 255, 220), 'mpan', form='8-bit GIF dithered over gradient')
c.text((20, 110), serial_elec(), font(SANS, 18), (255, 255, 220), 'serial', form='8-bit GIF dithered over gradient')
c.text((20, 150), phone(), font(SANS, 18), (255, 255, 220), 'phone', form='8-bit GIF dithered over gradient')
c.im.convert('P', palette=Image.WEB, dither=Image.Dither.FLOYDSTEINBERG).save(CORPUS + '/pil_dither.gif')
save_truth('pil_dither.gif', c.items, c.keeps, 'dithered GIF')
# 13 ICC profiles carrying text
def icc_with(desc, cprt):
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile('sRGB')).tobytes()
    n = struct.unpack('>I', base[128:132])[0]; tags = []
    for i in range(n):
        sig, off, sz = struct.unpack('>4sII', base[132 + 12*i:144 + 12*i]); tags.append([sig, off, sz])
    def mluc(s):
        u = s.encode('utf-16-be'); return b'mluc' + b'\0'*4 + struct.pack('>II', 1, 12) + b'enUS' + struct.pack('>II', len(u), 28) + u
    data = bytearray(base)
    for sig, txt in ((b'desc', desc), (b'cprt', cprt)):
        while len(data) % 4: data += b'\0'
        blob = mluc(txt); off = len(data); data += blob
        found = False
        for t in tags:
            if t[0] == sig: t[1] = off; t[2] = len(blob); found = True
        if not found: raise Exception('no tag ' + str(sig))
    for i, t in enumerate(tags): data[132 + 12*i:144 + 12*i] = struct.pack('>4sII', *t)
    data[0:4] = struct.pack('>I', len(data)); return bytes(data)
for ext in ('jpg', 'png'):
    c = panel('light', extra='(ICC ' + ext + ')')
    dcore = mpan_core(); dnm = name()
    prof = icc_with('sRGB for site MPAN ' + dcore, 'Copyright ' + dnm)
    kw = dict(icc_profile=prof)
    if ext == 'jpg': kw['quality'] = 88
    c.im.save(CORPUS + '/pil_icc.' + ext, **kw)
    save_truth('pil_icc.' + ext, c.items, c.keeps, 'ICC profile with text', metas=[('mpan', dcore, 'ICC desc'), ('name', dnm, 'ICC cprt')])
# 14 PNG text chunks
c = panel('light', extra='(chunks)')
pi = PngImagePlugin.PngInfo(); tc = mpan_core(); ta = address(); pi.add_text('Comment', 'captured for MPAN ' + tc); pi.add_itxt('Description', 'Site: ' + ta)
c.im.save(CORPUS + '/pil_textchunks.png', pnginfo=pi)
save_truth('pil_textchunks.png', c.items, c.keeps, 'PNG tEXt/iTXt chunks', metas=[('mpan', tc, 'tEXt Comment'), ('address', ta, 'iTXt Description')])
# 15 BGR subpixel text
big = Canvas(640*3, 200, (255, 255, 255))
items = []
def sub(y, s, kind, size=15):
    f = font(SANS, size); big.d.text((60, y), s, font=f, fill=(0, 0, 0))
    b = big.d.textbbox((60, y), s, font=f)
    # draw text 3x wide by scaling later; we draw normal then stretch horizontally
sub_lines = [('Meter point', None, 'label'), (mpan_core(), 'mpan', None), (serial_gas(), 'serial', None), (name(), 'name', None), ('Read 2026-10-02', None, 'date')]
hi = Image.new('L', (640*3, 200), 255); hd = ImageDraw.Draw(hi); boxes = []
for i, (s, kind, kk) in enumerate(sub_lines):
    f = font(SANS, 16); y = 14 + i*36
    tmp = Image.new('L', (640, 40), 255); td = ImageDraw.Draw(tmp); td.text((10, 4), s, font=f, fill=0); bb = td.textbbox((10, 4), s, font=f)
    hi.paste(tmp.resize((640*3, 40), Image.LANCZOS), (0, y)); boxes.append((s, kind, kk, [bb[0], bb[1] + y, bb[2], bb[3] + y]))
import numpy as np
a = np.asarray(hi).reshape(200, 640, 3)
rgb = np.stack([a[:, :, 2], a[:, :, 1], a[:, :, 0]], axis=2).astype('uint8')  # BGR order
Image.fromarray(rgb, 'RGB').save(CORPUS + '/pil_bgr_subpixel.png')
its = [dict(kind=k, value=s, form='BGR subpixel rendering', boxes=[b]) for s, k, kk, b in boxes if k]
kps = [dict(text=s, kind=kk, box=b) for s, k, kk, b in boxes if kk]
save_truth('pil_bgr_subpixel.png', its, kps, 'BGR subpixel text')
