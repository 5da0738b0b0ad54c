import os, sys, json, random, struct, io
sys.path.insert(0, os.path.dirname(__file__))
import ids
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
C = '/tmp/ho46/screens/corpus'; T = '/tmp/ho46/screens'
truth = {}
for f in ['truth_chrome.json','truth_qt_100.json','truth_qt_125.json','truth_qt_150.json','truth_lo.json']:
    d = json.load(open(os.path.join(T, f)))
    for k,v in d.items():
        for it in v['secrets'] + v['keeps']:
            if 'rot' in it and v['toolkit'].startswith('qt'):
                it['rot'] = -it['rot'] if it['rot'] else None
                if it['rot'] is None: del it['rot']
        truth[k] = v
FD = '/usr/share/fonts/truetype/dejavu/'
def font(sz, mono=False, bold=False): return ImageFont.truetype(FD + ('DejaVuSansMono.ttf' if mono else ('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf')), sz)
def put(d, xy, t, f, fill, rec, kind, sec):
    d.text(xy, t, font=f, fill=fill); b = d.textbbox(xy, t, font=f)
    rec['secrets' if sec else 'keeps'].append({'text':t,'kind':kind,'box':[float(v) for v in b]})
r = random.Random(4242)
# 1 lone small MPAN on empty 1080p desktop
im = Image.new('RGB', (1920,1080), '#0b3d5c'); d = ImageDraw.Draw(im); rec = {'secrets':[],'keeps':[]}
d.rectangle([0,1040,1920,1080], fill='#1b1b1b')
put(d, (1500,1052), '12:41  06/12/2026', font(13), '#ddd', rec, 'time', False)
put(d, (1612, 998), ids.mpan_core(r), font(12), '#e6e6e6', rec, 'mpan', True)
put(d, (40, 40), 'Recycle Bin', font(12), '#fff', rec, 'label', False)
im.save(C+'/pil_lone_1080.png'); truth['pil_lone_1080.png'] = dict(toolkit='pillow', scale=1.0, theme='dark', **rec)
# 2 white text on transparent PNG
im = Image.new('RGBA', (640,220), (0,0,0,0)); d = ImageDraw.Draw(im); rec = {'secrets':[],'keeps':[]}
put(d, (20,20), 'Supply '+ '', font(18), (255,255,255,255), rec, 'label', False)
put(d, (110,20), ids.mpan_core(r), font(18), (255,255,255,255), rec, 'mpan', True)
put(d, (20,70), ids.name(r), font(18), (255,255,255,255), rec, 'name', True)
put(d, (20,120), ids.eserial(r), font(18, mono=True), (255,255,255,255), rec, 'serial', True)
put(d, (20,170), ids.tc(r), font(18), (255,255,255,255), rec, 'tc', False)
im.save(C+'/pil_alpha_white.png'); truth['pil_alpha_white.png'] = dict(toolkit='pillow', scale=1.0, theme='transparent', flatten='dark', **rec)
# 3 text hidden in transparent pixels (RGB has text, alpha 0 over it)
base = Image.new('RGB', (600,160), 'white'); d = ImageDraw.Draw(base); rec = {'secrets':[],'keeps':[]}
put(d, (20,20), ids.mpan_core(r), font(20), 'black', rec, 'mpan', True)
put(d, (20,80), ids.eui(r), font(20), 'black', rec, 'eui', True)
a = Image.new('L', base.size, 255); da = ImageDraw.Draw(a)
for s in rec['secrets']: da.rectangle(s['box'], fill=0)
im = base.copy(); im.putalpha(a)
# visible keep
d2 = ImageDraw.Draw(im); k = 'Reading 0' + ids.reading(r)[1:]
d2.text((300,120), 'visible '+ids.flow(r), font=font(16), fill=(0,0,0,255)); b = d2.textbbox((300,120),'visible D0000', font=font(16))
im.save(C+'/pil_hidden_alpha.png'); truth['pil_hidden_alpha.png'] = dict(toolkit='pillow', scale=1.0, theme='transparent', flatten='none', **rec)
# 4 spaced lower-case serial on a sticker photo-ish background + dotted device id + MPAN with dots
im = Image.new('RGB', (700,260), '#c9b99a'); d = ImageDraw.Draw(im); rec = {'secrets':[],'keeps':[]}
for y in range(0,260,3): d.line([(0,y),(700,y+20)], fill=(190+r.randint(-10,10),175,150))
d.rounded_rectangle([20,20,680,240], 12, fill='#f5f5f0', outline='#333', width=2)
ser = ids.eserial(r).lower(); sp = ' '.join([ser[:3], ser[3:7], ser[7:]])
put(d, (40,40), 'Meter serial', font(16), '#333', rec, 'label', False)
put(d, (180,40), sp, font(20, mono=True), '#111', rec, 'serial_spaced', True)
e = ids.eui(r,'.'); put(d, (40,90), 'GUID', font(16), '#333', rec, 'label', False); put(d, (180,90), e.lower(), font(20, mono=True), '#111', rec, 'eui', True)
c = ids.mpan_core(r); cd = '.'.join([c[:2], c[2:6], c[6:10], c[10:]]); put(d, (40,140), 'MPAN', font(16), '#333', rec, 'label', False); put(d, (180,140), cd, font(20, mono=True), '#111', rec, 'mpan', True)
put(d, (40,190), 'Firmware '+ids.fw(r), font(16), '#333', rec, 'fw', False)
im.save(C+'/pil_sticker.png'); truth['pil_sticker.png'] = dict(toolkit='pillow', scale=1.0, theme='light', **rec)
# 5 metadata: PNG with text chunks + ICC desc, JPEG with COM + ICC
def icc(desc, cprt):
    def textdesc(s):
        b = s.encode('ascii') + b'\0'
        return b'desc' + b'\0'*4 + struct.pack('>I', len(b)) + b + b'\0'*4 + b'\0'*4 + b'\0'*67
    def text(s): return b'text' + b'\0'*4 + s.encode('ascii') + b'\0'
    wtpt = b'XYZ ' + b'\0'*4 + struct.pack('>iii', 63190, 65536, 54061)
    tags = [(b'desc', textdesc(desc)), (b'cprt', text(cprt)), (b'wtpt', wtpt)]
    off = 128 + 4 + 12*len(tags); table = b''; data = b''
    for sig, t in tags:
        while len(t) % 4: t += b'\0'
        table += sig + struct.pack('>II', off + len(data), len(t)); data += t
    body = struct.pack('>I', len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack('>I', size) + b'none' + bytes([2,0x10,0,0]) + b'mntrRGB XYZ ' + b'\0'*12 + b'acsp' + b'\0'*24 + b'\0'*16 + struct.pack('>iii', 63190, 65536, 54061) + b'\0'*4 + b'\0'*16 + b'\0'*28
    hdr = hdr[:128].ljust(128, b'\0')
    return hdr + body
meta = []
im = Image.new('RGB', (500,120), 'white'); d = ImageDraw.Draw(im); rec = {'secrets':[],'keeps':[]}
put(d, (20,20), 'Evidence step 4 '+ids.tc(r), font(16), 'black', rec, 'tc', False)
m1 = ids.mpan_core(r); m2 = ids.name(r); m3 = ids.mpan_core(r)
pi = PngImagePlugin.PngInfo(); pi.add_text('Comment', 'supply '+m1); pi.add_itxt('Author', m2)
im.save(C+'/pil_meta.png', pnginfo=pi, icc_profile=icc('Display for '+m3, 'Copyright '+m2))
rec['secrets'] += [{'text':m1,'kind':'mpan','where':'png tEXt Comment'},{'text':m2,'kind':'name','where':'png iTXt Author / ICC cprt'},{'text':m3,'kind':'mpan','where':'ICC desc'}]
truth['pil_meta.png'] = dict(toolkit='pillow', scale=1.0, theme='light', **rec)
im2 = Image.new('RGB', (500,120), 'white'); d = ImageDraw.Draw(im2); rec = {'secrets':[],'keeps':[]}
put(d, (20,20), 'Evidence step 5 '+ids.tc(r), font(16), 'black', rec, 'tc', False)
j1 = ids.mpan_core(r); j2 = ids.eserial(r)
ex = Image.Exif(); ex[0x010e] = 'MPAN '+j1
im2.save(C+'/pil_meta.jpg', quality=90, icc_profile=icc('Meter '+j2, 'c'), exif=ex.tobytes(), comment=('supply '+j1).encode())
rec['secrets'] += [{'text':j1,'kind':'mpan','where':'JPEG EXIF ImageDescription / COM'},{'text':j2,'kind':'serial','where':'JPEG ICC desc'}]
truth['pil_meta.jpg'] = dict(toolkit='pillow', scale=1.0, theme='light', **rec)

def xform(src, dst, fn_img, fn_pt, rot=0, ext='png', q=None):
    t = json.loads(json.dumps(truth[src]))
    im = Image.open(C+'/'+src).convert('RGB'); W,H = im.size
    out = fn_img(im)
    for it in t['secrets'] + t['keeps']:
        def tb(b):
            pts = [fn_pt(x,y,W,H) for x,y in [(b[0],b[1]),(b[2],b[1]),(b[2],b[3]),(b[0],b[3])]]
            return [round(min(p[0] for p in pts),1), round(min(p[1] for p in pts),1), round(max(p[0] for p in pts),1), round(max(p[1] for p in pts),1)]
        if 'box' in it: it['box'] = tb(it['box'])
        if it.get('parts'): it['parts'] = [tb(b) for b in it['parts']]
        if rot: it['rot'] = (it.get('rot') or 0) + rot
    if ext == 'jpg': out.save(C+'/'+dst, quality=q)
    else: out.save(C+'/'+dst)
    t['derived_from'] = src; t['toolkit'] = 'pillow-derived(%s)' % t['toolkit']; truth[dst] = t
# rotations of whole captures
xform('sfcase_100_light.png', 'rot90_sfcase.png', lambda im: im.rotate(90, expand=True), lambda x,y,W,H: (y, W-x), rot=90)
xform('tablet_150_dark.png', 'rot180_tablet.png', lambda im: im.rotate(180), lambda x,y,W,H: (W-x, H-y), rot=180)
xform('postman_125_dark.png', 'rot270_postman.png', lambda im: im.rotate(270, expand=True), lambda x,y,W,H: (H-y, x), rot=270)
# screen-share JPEG copies
for src, sc, q in [('excel_100_light.png',0.8,55),('teams_100_dark.png',1.0,40),('supply_150_light.png',0.67,60),('outlook_100_light.png',0.9,50),('qt_table_125_light.png',0.85,45),('lo_bill_120_light.png',0.75,50),('qt_sbox_100_light.png',1.0,60),('fiori_150_dark.png',0.6,55)]:
    dst = 'share_' + src.rsplit('.',1)[0] + '.jpg'
    xform(src, dst, lambda im, sc=sc: im.resize((round(im.width*sc), round(im.height*sc)), Image.BILINEAR), lambda x,y,W,H,sc=sc: (x*sc, y*sc), ext='jpg', q=q)
    truth[dst]['scale'] = truth[dst]['scale']*sc
json.dump(truth, open(T+'/truth.json','w'), indent=1, ensure_ascii=False)
ns = sum(len(v['secrets']) for v in truth.values()); nk = sum(len(v['keeps']) for v in truth.values())
print(len(truth), 'images', ns, 'secrets', nk, 'keeps')
