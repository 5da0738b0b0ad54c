import sys, os, json, io, copy
sys.path.insert(0, os.path.dirname(__file__))
import common
common.rng.seed(701)
from common import *
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
def load(f): return Image.open(os.path.join(CORPUS, f)).convert('RGB'), json.load(open(os.path.join(TRUTH, f + '.json')))
def xform(t, newname, genre, fn, keep_filter=None, item_filter=None):
    t = copy.deepcopy(t); t['file'] = newname; t['genre'] = genre; t['derived_from'] = t.get('derived_from') or t['file']
    t['items'] = [dict(it, boxes=[fn(b) for b in it['boxes']]) for it in t['items'] if not item_filter or item_filter(it)]
    t['keeps'] = [dict(k, box=fn(k['box'])) for k in t['keeps'] if not keep_filter or keep_filter(k)]
    t['meta_items'] = []
    json.dump(t, open(os.path.join(TRUTH, newname + '.json'), 'w'), indent=1)
    print(newname, len(t['items']), len(t['keeps']))
def inside(b, r): return b[0] >= r[0] and b[1] >= r[1] and b[2] <= r[2] and b[3] <= r[3]
def F(n): return ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', n)

# screen-share JPEG copies: scale 0.8, q 40, 4:2:0
for src in ['cr_portal_125_dark.png', 'cr_dip_150_dark.png', 'qt_scheduler_150_light.png', 'lo_bill_150.png', 'cr_comb_150_dark.png', 'qt_logviewer_150_light.png']:
    im, t = load(src); s = 0.8
    im2 = im.resize((int(im.width*s), int(im.height*s)), Image.BILINEAR)
    nn = 'share_' + src.replace('.png', '.jpg'); im2.save(os.path.join(CORPUS, nn), quality=40, subsampling=2)
    t['derived_from'] = src; xform(t, nn, 'screen-share JPEG copy (0.8x, q40)', lambda b: [c*s for c in b])
# RDP 16-bit + compression blocks
im, t = load('cr_portal_100_light.png')
a = (np.asarray(im) & np.array([0xF8, 0xFC, 0xF8], dtype=np.uint8))
buf = io.BytesIO(); Image.fromarray(a).save(buf, 'JPEG', quality=18); buf.seek(0)
Image.open(buf).convert('RGB').save(os.path.join(CORPUS, 'post_rdp16_blocks.png'))
t['derived_from'] = 'cr_portal_100_light.png'; xform(t, 'post_rdp16_blocks.png', 'remote desktop 16-bit colour + JPEG blocks', lambda b: b)
# zoom 400% pixelated viewer of a crop of lowcontrast
im, t = load('cr_lowcontrast_125.png'); r = (0, 130, 440, 300); z = 4
crop = im.crop(r).resize(((r[2]-r[0])*z, (r[3]-r[1])*z), Image.NEAREST)
V = Image.new('RGB', (1600, 900), (43, 43, 43)); d = ImageDraw.Draw(V); d.rectangle([0, 0, 1600, 40], fill=(60, 60, 60)); d.text((12, 10), 'Photos - Screenshot 2026-11-04 101533.png', font=F(16), fill=(230, 230, 230)); d.text((1480, 10), '400%', font=F(16), fill=(230, 230, 230))
ox, oy = 10, 60; V.paste(crop.crop((0, 0, 1590 - ox, 840)), (ox, oy))
V.save(os.path.join(CORPUS, 'post_zoom400_viewer.png'))
def fz(b): return [(b[0]-r[0])*z+ox, (b[1]-r[1])*z+oy, (b[2]-r[0])*z+ox, (b[3]-r[1])*z+oy]
def vis(b): bb = fz(b); return bb[0] >= 0 and bb[1] >= oy and bb[2] <= 1600 and bb[3] <= 900
t['derived_from'] = 'cr_lowcontrast_125.png'
xform(t, 'post_zoom400_viewer.png', 'screenshot of screenshot at 400% (nearest)', fz, keep_filter=lambda k: vis(k['box']), item_filter=lambda it: all(vis(b) for b in it['boxes']))
tt = json.load(open(os.path.join(TRUTH, 'post_zoom400_viewer.png.json'))); tt['keeps'].append(dict(text='400%', kind='label', box=[1470, 5, 1540, 35], rot=0, frame=None)); json.dump(tt, open(os.path.join(TRUTH, 'post_zoom400_viewer.png.json'), 'w'), indent=1)
# zoom 300% of qt dialog (pixelated)
im, t = load('qt_dialog_125_light.png'); z = 3
V = im.resize((im.width*z, im.height*z), Image.NEAREST); V.save(os.path.join(CORPUS, 'post_zoom300_dialog.png'))
t['derived_from'] = 'qt_dialog_125_light.png'; xform(t, 'post_zoom300_dialog.png', 'screenshot zoomed 300% nearest', lambda b: [c*z for c in b])
# magnifier lens over a DIP value
im, t = load('cr_dip_125_light.png'); it = t['items'][1]
bx = it['boxes']; b = [min(q[0] for q in bx), min(q[1] for q in bx), max(q[2] for q in bx), max(q[3] for q in bx)]; cx, cy = (b[0]+b[2])/2, (b[1]+b[3])/2; R = 210; z = 2
src = im.crop((int(cx - R/z), int(cy - R/z), int(cx + R/z), int(cy + R/z))).resize((2*R, 2*R), Image.BICUBIC)
mask = Image.new('L', (2*R, 2*R), 0); ImageDraw.Draw(mask).ellipse([0, 0, 2*R-1, 2*R-1], fill=255)
out = im.copy(); out.paste(src, (int(cx - R), int(cy - R)), mask); ImageDraw.Draw(out).ellipse([int(cx-R), int(cy-R), int(cx+R), int(cy+R)], outline=(80, 80, 80), width=3)
out.save(os.path.join(CORPUS, 'post_magnifier_dip.png'))
def fm(bb):
    return [cx + (bb[0]-cx)*z, cy + (bb[1]-cy)*z, cx + (bb[2]-cx)*z, cy + (bb[3]-cy)*z]
def inlens(bb): return (bb[0]-cx)**2 + (bb[1]-cy)**2 < (R/z)**2 * 1.0 or abs((bb[0]+bb[2])/2 - cx) < R/z and abs((bb[1]+bb[3])/2 - cy) < R/z
lens = [cx - R, cy - R, cx + R, cy + R]
t2 = copy.deepcopy(t); t2['items'] = []; t2['keeps'] = []
def inter(a, c): return a[2] > c[0] and a[0] < c[2] and a[3] > c[1] and a[1] < c[3]
def clip(a, c): return [max(a[0], c[0]), max(a[1], c[1]), min(a[2], c[2]), min(a[3], c[3])]
for i2 in t['items']:
    nb = []; touched = False
    for q in i2['boxes']:
        if inter(q, lens):
            touched = True; m = fm(q)
            if inter(m, lens): nb.append(clip(m, lens))
            if not inside(q, lens): nb.append(q)
        else: nb.append(q)
    i3 = dict(i2, boxes=nb)
    if touched: i3['form'] = i2['form'] + ' / under magnifier lens 2x (partly)' if i2 is not it else 'magnifier lens 2x (value only visible magnified)'
    t2['items'].append(i3)
for k in t['keeps']:
    bb = k['box']
    if not (bb[2] > lens[0] and bb[0] < lens[2] and bb[3] > lens[1] and bb[1] < lens[3]): t2['keeps'].append(k)
t2['file'] = 'post_magnifier_dip.png'; t2['derived_from'] = 'cr_dip_125_light.png'; t2['genre'] = 'magnifier lens'
json.dump(t2, open(os.path.join(TRUTH, 'post_magnifier_dip.png.json'), 'w'), indent=1); print('post_magnifier_dip.png', len(t2['items']), len(t2['keeps']))
# highlighter + pen strokes over excel
im, t = load('cr_excel_sci_125.png'); ov = Image.new('RGBA', im.size, (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
for it in t['items']:
    b = it['boxes'][0]
    if 'formula' in it['form']: d.line([(b[0]-5, (b[1]+b[3])/2), (b[2]+5, (b[1]+b[3])/2 + 3)], fill=(255, 235, 0, 110), width=int(b[3]-b[1]+6))
    if 'thousands' in it['form']: d.line([(b[0]-8, b[3]+2), (b[2]+8, b[1]-2)], fill=(220, 0, 0, 255), width=3)
    if 'plain' in it['form']: d.ellipse([b[0]-10, b[1]-6, b[2]+10, b[3]+6], outline=(220, 0, 0, 255), width=3)
out = Image.alpha_composite(im.convert('RGBA'), ov).convert('RGB'); out.save(os.path.join(CORPUS, 'post_pen_highlighter.png'))
t['derived_from'] = 'cr_excel_sci_125.png'; xform(t, 'post_pen_highlighter.png', 'snipping tool highlighter and pen strokes', lambda b: b)
# 320x240 thumbnail of qt_dialog_175_dark
im, t = load('qt_dialog_175_dark.png'); s = min(320/im.width, 240/im.height)
th = Image.new('RGB', (320, 240), (0, 0, 0)); sm = im.resize((int(im.width*s), int(im.height*s)), Image.LANCZOS); th.paste(sm, (0, 0)); th.save(os.path.join(CORPUS, 'post_thumb_320x240.png'))
t['derived_from'] = 'qt_dialog_175_dark.png'; xform(t, 'post_thumb_320x240.png', 'tiny 320x240 thumbnail', lambda b: [c*s for c in b])
