# Seeded generator: altered copies of the four bases, each hiding ONE identifier by one technique,
# plus controls (same technique, only non-identifiers). Writes corpus/*.docx and truth.json.
import io, json, os, random, re, zipfile, hashlib
from PIL import Image, ImageDraw, ImageFont
import pillow_heif
pillow_heif.register_heif_opener()
R = random.Random(4848)
D = '/tmp/ho48/docx'; OUT = f'{D}/corpus'; os.makedirs(OUT, exist_ok=True)
BASES = ['pack', 'pyd', 'lo', 'min']
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
NS = {'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
      'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
      'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
      'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
      'w14': 'http://schemas.microsoft.com/office/word/2010/wordml',
      'w15': 'http://schemas.microsoft.com/office/word/2012/wordml',
      'wp14': 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing'}
ALLNS = ' '.join(f'xmlns:{k}="{v}"' for k, v in NS.items())
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

# ---------------- identifiers ----------------
def mpan_core():
    while True:
        d = [R.choice([1, 2])] + [R.randint(0, 9) for _ in range(11)]
        d[0] = R.choice([1, 2]); d[1] = R.randint(0, 9)
        pr = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
        c = sum(a * b for a, b in zip(d, pr)) % 11 % 10
        return ''.join(map(str, d)) + str(c)
def mprn():
    return str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(R.choice([7, 8, 9])))
def serial():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    f = R.choice([
        lambda: f'{R.randint(10,24)}{R.choice(L)}{R.randint(1000000,9999999)}',
        lambda: f'E6S{R.randint(10000000,99999999)}{R.randint(15,24)}',
        lambda: f'K{R.randint(1,9):02d}A{R.randint(10000,99999)}',
        lambda: f'S{R.randint(10,99)}{R.choice(L)}{R.randint(100000,999999)}',
        lambda: f'G4A{R.randint(10000000,99999999)}',
        lambda: f'Z{R.randint(10,24)}J{R.randint(100000,999999)}'])
    return f()
def eui():
    b = ['00', R.choice(['1B', '0D', '24']), R.choice(['C5', '6F', '0A'])] + [f'{R.randint(0,255):02X}' for _ in range(5)]
    return R.choice(['-', ':', '', ' ']).join(b)
NAMES = ['John Smith', 'Sarah Brown', 'James Wood', 'Paul Walker', 'Siân Llywelyn', 'Gruffydd ap Rhys', 'Eilidh MacLeod',
         'Ruairidh Mac an t-Saoir', 'Priya Raghunathan', 'Mohammed Iqbal', 'Harpreet Kaur Sandhu', 'Chukwuemeka Okonkwo',
         'Adaeze Nwosu', 'Kwame Mensah', 'Agnieszka Wiśniewska', 'Krzysztof Nowakowski', 'Margaret Thompson',
         'Oluwaseun Adeyemi', 'Catriona Fraser', 'Dafydd Rhys Evans', 'Zofia Kowalczyk', 'Imran Chaudhry', 'Fatima Begum',
         'David Jones', 'Emma Wilson']
STREETS = [('Heol y Felin', 'Pontypridd', 'CF37 4DA'), ('Maple Close', 'Kettering', 'NN15 6QT'), ('Station Road', 'Leeds', 'LS12 3BX'),
           ('Ffordd Dewi Sant', 'Aberystwyth', 'SY23 1PF'), ('Kingsway', 'Manchester', 'M19 2LN'), ('Bonnington Road', 'Edinburgh', 'EH6 5NQ'),
           ('Church Lane', 'Norwich', 'NR4 7TJ'), ('Alexandra Avenue', 'Harrow', 'HA2 9DX'), ('Mill Street', 'Belfast', 'BT9 6GR'),
           ('Victoria Terrace', 'Dundee', 'DD3 6LR'), ('Queens Drive', 'Glasgow', 'G42 8DD'), ('Clarence Street', 'Swindon', 'SN1 2JF'),
           ('Orchard Way', 'Redditch', 'B97 5EG'), ('Stanley Road', 'Bootle', 'L20 7DT'), ('Park View', 'Sunderland', 'SR4 8HW')]
NAMES += ['Rhodri Morgan', 'Anwen Prys', 'Seonaidh Campbell', 'Deepak Sharma', 'Yetunde Bakare', 'Tomasz Zieliński', 'Peter Hughes', 'Linda Clarke']
def name(): return R.choice(NAMES)
def address():
    s, t, p = R.choice(STREETS); n = R.randint(2, 198)
    return R.choice([f'{n} {s}, {t}', f'Flat {R.randint(1,9)}, {n} {s}, {t}'])
def postcode():
    out = R.choice([s[2].split()[0] for s in STREETS] + ['SW1A', 'E14', 'BS8', 'NE6', 'PL4', 'AB10', 'LL57', 'KY16', 'OX4', 'CB1'])
    return f"{out} {R.randint(1,9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
def phone():
    return R.choice([f'07700 900{R.randint(100,999)}', f'+44 7700 900{R.randint(100,999)}', f'0161 496 0{R.randint(100,999)}',
                     f'01632 960{R.randint(100,999)}', f'020 7946 0{R.randint(100,999)}'])
def email():
    n = name().lower().replace('ś', 's').replace('â', 'a').replace(' ', '.').replace("'", '')
    n = re.sub(r'[^a-z.\-]', '', n)
    return n + '@' + R.choice(['gmail.com', 'btinternet.com', 'outlook.co.uk', 'yahoo.co.uk', 'sky.com'])
GEN = {'mpan': mpan_core, 'mprn': mprn, 'serial': serial, 'eui64': eui, 'name': name, 'address': address,
       'postcode': postcode, 'phone': phone, 'email': email}
LABEL = {'mpan': ['MPAN', 'Supply MPAN', 'MPAN core'], 'mprn': ['MPRN', 'Gas MPRN'], 'serial': ['Meter serial', 'MSN', 'Gas meter'],
         'eui64': ['Device ID', 'ESME GUID', 'CHF EUI'], 'name': ['Customer', 'Occupier', 'Contact'],
         'address': ['Site address', 'Premises', 'Supply address'], 'postcode': ['Postcode', 'Site postcode'],
         'phone': ['Customer phone', 'Tel'], 'email': ['Customer email', 'Contact e-mail']}
KEEPS = [('TC-4471', 'testcase'), ('D0010', 'flow'), ('IF-031', 'flow'), ('MPAN-REF-07', 'mpanref'), ('DIP-00451', 'dip'),
         ('2026-11-24T09:15:02Z', 'timestamp'), ('4a9e1c20-77b3-4f6e-9d1a-0c5b2f8e3a11', 'uuid'), ('£142.37', 'amount'),
         ('4.2.17', 'firmware'), ('04217.5 kWh', 'reading'), ('WO-558213', 'workorder'), ('DEF-2231', 'defect'),
         ('IF-047', 'flow'), ('TC-5120', 'testcase'), ('MPAN-REF-12', 'mpanref'), ('2026-12-01 10:02:44', 'timestamp')]

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
def run(t, rpr=''): return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def para(inner, ppr=''): return f'<w:p>{("<w:pPr>"+ppr+"</w:pPr>") if ppr else ""}{inner}</w:p>'

# ---------------- package editing ----------------
class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path); self.names = z.namelist(); self.f = {n: z.read(n) for n in self.names}; self.n = 900
    def get(self, p): return self.f[p].decode('utf-8')
    def put(self, p, data, ctype=None):
        if isinstance(data, str): data = data.encode('utf-8')
        if p not in self.f: self.names.append(p)
        self.f[p] = data
        if ctype:
            ct = self.get('[Content_Types].xml')
            ct = ct.replace('</Types>', f'<Override PartName="/{p}" ContentType="{ctype}"/></Types>')
            self.f['[Content_Types].xml'] = ct.encode()
    def default_ct(self, ext, ctype):
        ct = self.get('[Content_Types].xml')
        if f'Extension="{ext}"' not in ct:
            ct = ct.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
            self.f['[Content_Types].xml'] = ct.encode()
    def rel(self, typ, target, src='word/document.xml', external=False):
        d, b = src.rsplit('/', 1); rp = f'{d}/_rels/{b}.rels'
        if rp not in self.f:
            self.put(rp, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        self.n += 1; rid = f'rIdX{self.n}'
        x = self.get(rp)
        x = re.sub(r'<Relationships([^>]*)/>', r'<Relationships\1></Relationships>', x)
        ext = ' TargetMode="External"' if external else ''
        x = x.replace('</Relationships>', f'<Relationship Id="{rid}" Type="{typ}" Target="{esc(target)}"{ext}/></Relationships>')
        self.put(rp, x); return rid
    def ensure_ns(self, p):
        x = self.get(p); m = re.search(r'<w:(document|ftr|hdr|comments)\b[^>]*>', x); root = m.group(0); new = root
        for k, v in NS.items():
            if f'xmlns:{k}=' not in new: new = new[:-1] + f' xmlns:{k}="{v}">'
        self.put(p, x.replace(root, new, 1))
    def body_insert(self, xml):
        p = 'word/document.xml'; self.ensure_ns(p); x = self.get(p); i = x.rfind('<w:sectPr')
        self.put(p, x[:i] + xml + x[i:])
    def save(self, path):
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.names: z.writestr(n, self.f[n])

def img_text(text, size=28, fg=(0, 0, 0), bg=(255, 255, 255), w=None, h=None, pos=(12, 14)):
    f = ImageFont.truetype(FONT, size)
    tw = int(f.getlength(text)) + 30
    im = Image.new('RGB', (w or max(tw, 200), h or size + 30), bg)
    ImageDraw.Draw(im).text(pos, text, font=f, fill=fg); return im
def img_bytes(im, fmt, **kw):
    b = io.BytesIO(); im.save(b, fmt, **kw); return b.getvalue()
PICN = [3000]
def add_pic(pk, data, ext, ctype, cx, cy, blip_extra='', name=None):
    PICN[0] += 1; n = PICN[0]
    pk.default_ct(ext, ctype); pk.put(f'word/media/imgx{n}.{ext}', data)
    rid = pk.rel(REL + 'image', f'media/imgx{n}.{ext}')
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{n}" name="Picture {n}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="Picture {n}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}">{blip_extra}</a:blip>'
            f'<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
def emu(im, scale=9525): return im.width * scale, im.height * scale

# ---------------- techniques ----------------
# each returns 'where' (part) ; text = f'{label}: {value}' typically; value alone is the identifier/keep
def t_rtf_u(pk, label, val):
    enc = ''.join(f'\\u{ord(c)}?' for c in val)
    rtf = '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard\\f0\\fs22 ' + label + ': ' + enc + '\\par}'
    pk.put('word/afchunkx1.rtf', rtf.encode('ascii'), 'application/rtf')
    rid = pk.rel(REL + 'aFChunk', 'afchunkx1.rtf'); pk.body_insert(f'<w:altChunk r:id="{rid}"/>'); return 'word/afchunkx1.rtf'
def t_rtf_hex(pk, label, val):
    enc = ''.join(f"\\'{b:02x}" for b in val.encode('cp1252', 'replace'))
    rtf = '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\pard\\f0\\fs22 ' + label + ': ' + enc + '\\par}'
    pk.put('word/afchunkx2.rtf', rtf.encode('ascii'), 'application/rtf')
    rid = pk.rel(REL + 'aFChunk', 'afchunkx2.rtf'); pk.body_insert(f'<w:altChunk r:id="{rid}"/>'); return 'word/afchunkx2.rtf'
def t_txt_utf16(pk, label, val):
    pk.put('word/afchunkx3.txt', ('\ufeff' + f'{label}: {val}\r\n').encode('utf-16-le'), 'text/plain')
    rid = pk.rel(REL + 'aFChunk', 'afchunkx3.txt'); pk.body_insert(f'<w:altChunk r:id="{rid}"/>'); return 'word/afchunkx3.txt'
def _pic(pk, label, val, blip='', scale=9525, fmt='PNG', ext='png', ct='image/png', im=None, fixed=None, **kw):
    im = im or img_text(f'{label}: {val}')
    data = img_bytes(im, fmt, **kw); cx, cy = fixed or emu(im, scale)
    pk.body_insert(para(run('Screenshot:')) + para(add_pic(pk, data, ext, ct, cx, cy, blip)))
    return f'word/media/imgx{PICN[0]}.{ext}'
def t_alpha5(pk, l, v): return _pic(pk, l, v, '<a:alphaModFix amt="5000"/>')
def t_px1(pk, l, v): return _pic(pk, l, v, fixed=(9525, 9525))
def t_bilevel_faint(pk, l, v):
    return _pic(pk, l, v, '<a:biLevel thresh="98000"/>', im=img_text(f'{l}: {v}', fg=(247, 247, 247)))
def t_cmyk_jpeg(pk, l, v): return _pic(pk, l, v, fmt='JPEG', ext='jpeg', ct='image/jpeg', im=img_text(f'{l}: {v}').convert('CMYK'), quality=92)
def t_png16(pk, l, v):
    im = img_text(f'{l}: {v}').convert('L'); im16 = Image.fromarray(__import__('numpy').array(im).astype('uint16') * 257)
    return _pic(pk, l, v, im=im16)
def t_heic(pk, l, v): return _pic(pk, l, v, fmt='HEIF', ext='heic', ct='image/heic', quality=90)
def t_jpeg_progressive(pk, l, v): return _pic(pk, l, v, fmt='JPEG', ext='jpg', ct='image/jpeg', progressive=True, quality=90)
def t_tiny_text(pk, l, v):
    im = Image.new('RGB', (3840, 2160), (255, 255, 255)); dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, 3840, 60], fill=(30, 60, 120)); dr.text((20, 18), 'DIP Portal – Message Tracker', font=ImageFont.truetype(FONT, 20), fill=(255, 255, 255))
    dr.text((3200, 2100), f'{l}: {v}', font=ImageFont.truetype(FONT, 11), fill=(60, 60, 60))
    return _pic(pk, l, v, im=im, fixed=(5943600, 3343275))
def t_png_ztxt(pk, l, v):
    from PIL import PngImagePlugin
    im = img_text('IF-031 sent – HTTP 202'); info = PngImagePlugin.PngInfo(); info.add_text('Comment', f'{l}: {v}', zip=True)
    return _pic(pk, l, v, im=im, pnginfo=info)
def t_svg_use(pk, l, v):
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="60" viewBox="0 0 600 60">'
           f'<defs><text id="t1" font-family="DejaVu Sans" font-size="26">{esc(l)}: {esc(v)}</text></defs>'
           f'<rect width="600" height="60" fill="white"/><use xlink:href="#t1" x="10" y="40"/></svg>')
    fb = img_bytes(Image.new('RGB', (600, 60), (235, 235, 235)), 'PNG')
    PICN[0] += 1; n = PICN[0]
    pk.default_ct('svg', 'image/svg+xml'); pk.default_ct('png', 'image/png')
    pk.put(f'word/media/imgx{n}.svg', svg); pk.put(f'word/media/imgx{n}.png', fb)
    r1 = pk.rel(REL + 'image', f'media/imgx{n}.png'); r2 = pk.rel(REL + 'image', f'media/imgx{n}.svg')
    ext = (f'<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{r2}"/></a:ext></a:extLst>')
    cx, cy = 600 * 9525, 60 * 9525
    xml = (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Graphic {n}"/>'
           f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="Graphic {n}"/><pic:cNvPicPr/></pic:nvPicPr>'
           f'<pic:blipFill><a:blip r:embed="{r1}">{ext}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    pk.body_insert(para(run('Diagram:')) + para(xml)); return f'word/media/imgx{n}.svg'
FIELDS = ['PAGE', 'NUMPAGES', 'SECTIONPAGES', 'NUMWORDS', 'NUMCHARS']
def t_stale_field(pk, l, v):
    code = R.choice(FIELDS)
    x = (run(f'{l}: ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + f'<w:r><w:instrText xml:space="preserve"> {code} \\* MERGEFORMAT </w:instrText></w:r>'
         + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(v) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    pk.body_insert(para(x)); return f'word/document.xml (cached result of {code} field)'
def groups(v):
    s = v.replace(' ', '')
    if ' ' in v: return v.split(' ')
    n = len(v); k = 3 if n > 9 else 2; step = -(-n // k)
    return [v[i:i + step] for i in range(0, n, step)]
def t_tab_split(pk, l, v):
    inner = run(f'{l}:') + '<w:r><w:tab/></w:r>' + '<w:r><w:tab/></w:r>'.join(run(g) for g in groups(v))
    pk.body_insert(para(inner)); return 'word/document.xml'
def t_hyperlink_split(pk, l, v):
    rid = pk.rel(REL + 'hyperlink', 'https://dip-portal.example.net/tracker?flow=IF-031', external=True)
    k = len(v) // 2
    inner = run(f'{l}: ') + f'<w:hyperlink r:id="{rid}">' + run(v[:k], '<w:color w:val="0563C1"/><w:u w:val="single"/>') + '</w:hyperlink>' + run(v[k:])
    pk.body_insert(para(inner)); return 'word/document.xml'
def t_marker_split(pk, l, v):
    out = [run(f'{l}: ')]; i = 0; m = 0
    while i < len(v):
        c = v[i:i + 2]; i += 2; m += 1
        out.append(run(c))
        kind = m % 3
        if kind == 0: out.append(f'<w:bookmarkStart w:id="{700+m}" w:name="_Ref{R.randint(100000000,999999999)}"/><w:bookmarkEnd w:id="{700+m}"/>')
        elif kind == 1: out.append('<w:proofErr w:type="spellStart"/><w:proofErr w:type="spellEnd"/>')
        else: out.append(f'<w:permStart w:id="{800+m}" w:edGrp="everyone"/><w:permEnd w:id="{800+m}"/>')
    pk.body_insert(para(''.join(out))); return 'word/document.xml'
def t_resolved_comment(pk, l, v):
    cid = 990; pid = '3A4B5C6D'
    c = (f'<w:comment w:id="{cid}" w:author="Test Lead" w:date="2026-11-25T10:00:00Z" w:initials="TL"><w:p w14:paraId="{pid}" w14:textId="77777777">'
         f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{run(f"{l}: {v}")}</w:p></w:comment>')
    if 'word/comments.xml' in pk.f:
        pk.ensure_ns('word/comments.xml'); x = pk.get('word/comments.xml'); pk.put('word/comments.xml', x.replace('</w:comments>', c + '</w:comments>'))
    else:
        pk.put('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {ALLNS}>{c}</w:comments>',
               'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
        pk.rel(REL + 'comments', 'comments.xml')
    pk.put('word/commentsExtended.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx {ALLNS}><w15:commentEx w15:paraId="{pid}" w15:done="1"/></w15:commentsEx>',
           'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml')
    pk.rel('http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml')
    pk.body_insert(para(f'<w:commentRangeStart w:id="{cid}"/>' + run('Site visit confirmed the reading.') + f'<w:commentRangeEnd w:id="{cid}"/>'
                        + f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'))
    return 'word/comments.xml (resolved, commentsExtended done=1)'
FIX = '<w:tblLayout w:type="fixed"/>'
SZ16 = '<w:sz w:val="16"/>'
def tbl(rows, grid, trpr=None, tcw=None, fixed=False):
    g = ''.join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    x = f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{FIX if fixed else ""}<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid>{g}</w:tblGrid>'
    for ri, row in enumerate(rows):
        x += '<w:tr>' + (f'<w:trPr>{trpr[ri]}</w:trPr>' if trpr and trpr[ri] else '')
        for ci, cell in enumerate(row):
            x += f'<w:tc><w:tcPr><w:tcW w:w="{grid[ci]}" w:type="dxa"/></w:tcPr>{para(run(cell))}</w:tc>'
        x += '</w:tr>'
    return x + '</w:tbl>' + para('')
def t_trpr_hidden(pk, l, v):
    pk.body_insert(tbl([['Field', 'Value'], [l, v]], [2500, 5000], trpr=[None, '<w:hidden/>'])); return 'word/document.xml (row with trPr/hidden)'
def t_zero_col(pk, l, v):
    pk.body_insert(tbl([['Field', 'Value', 'Note'], [l, v, 'checked']], [2500, 0, 3000], fixed=True)); return 'word/document.xml (0-width grid column)'
def t_footer_vert_tb(pk, l, v):
    PICN[0] += 1; n = PICN[0]
    shape = (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
             f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>180000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>6500000</wp:posOffset></wp:positionV>'
             f'<wp:extent cx="400000" cy="3600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
             f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="400000" cy="3600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
             f'<wps:txbx><w:txbxContent>{para(run(f"{l}: {v}", SZ16))}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="vert270" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {ALLNS}>{para(shape + run("Evidence – controlled copy"))}</w:ftr>'
    pk.put('word/footerx9.xml', ftr, 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml')
    rid = pk.rel(REL + 'footer', 'footerx9.xml')
    pk.ensure_ns('word/document.xml'); x = pk.get('word/document.xml'); i = x.rfind('<w:sectPr'); j = x.index('>', i) + 1
    tail = x[i:]
    if 'w:footerReference w:type="default"' in tail:
        tail = re.sub(r'<w:footerReference w:type="default" r:id="[^"]+"/>', f'<w:footerReference w:type="default" r:id="{rid}"/>', tail, 1)
    else:
        k = tail.index('>') + 1; tail = tail[:k] + f'<w:footerReference w:type="default" r:id="{rid}"/>' + tail[k:]
    pk.put('word/document.xml', x[:i] + tail); return 'word/footerx9.xml (wps text box, vert270)'
def t_collapsed_heading(pk, l, v):
    pk.body_insert(para(run('Site details'), '<w:outlineLvl w:val="1"/><w15:collapsed/>') + para(run(f'{l}: {v}')) + para(run('Next section'), '<w:outlineLvl w:val="1"/>'))
    return 'word/document.xml (body under a heading collapsed by default)'
TECH = {'rtf_u': t_rtf_u, 'rtf_hex': t_rtf_hex, 'txt_utf16': t_txt_utf16, 'alpha5': t_alpha5, 'px1': t_px1, 'bilevel_faint': t_bilevel_faint,
        'cmyk_jpeg': t_cmyk_jpeg, 'png16': t_png16, 'heic': t_heic, 'jpeg_progressive': t_jpeg_progressive, 'tiny_text': t_tiny_text,
        'png_ztxt': t_png_ztxt, 'svg_use': t_svg_use, 'stale_field': t_stale_field, 'tab_split': t_tab_split, 'hyperlink_split': t_hyperlink_split,
        'marker_split': t_marker_split, 'resolved_comment': t_resolved_comment, 'trpr_hidden': t_trpr_hidden, 'zero_col': t_zero_col,
        'footer_vert_tb': t_footer_vert_tb, 'collapsed_heading': t_collapsed_heading}
PICTURE = {'alpha5', 'px1', 'bilevel_faint', 'cmyk_jpeg', 'png16', 'heic', 'jpeg_progressive', 'tiny_text', 'svg_use'}
KINDS = list(GEN)

if __name__ == '__main__':
    truth = []; i = 0; used = set()
    for tech in TECH:
        for kind in KINDS:
            while True:
                v = GEN[kind]()
                if v not in used: used.add(v); break
            base = BASES[i % 4]; lab = R.choice(LABEL[kind]); i += 1
            fn = f'a{i:03d}_{tech}_{kind}_{base}.docx'
            pk = Pkg(f'{D}/bases/{base}.docx'); where = TECH[tech](pk, lab, v); pk.save(f'{OUT}/{fn}')
            truth.append({'file': fn, 'role': 'altered', 'technique': tech, 'kind': kind, 'value': v, 'label': lab, 'base': base, 'where': where})
    # controls: 2 per technique (44), keeps only, neutral labels
    j = 0
    for tech in TECH:
        for _ in range(2):
            k1, kk = KEEPS[j % len(KEEPS)]; base = BASES[j % 4]; j += 1
            lab = R.choice(['Ref', 'Test case', 'Flow', 'Reading', 'Work order'])
            fn = f'c{j:03d}_{tech}_{kk}_{base}.docx'
            pk = Pkg(f'{D}/bases/{base}.docx'); where = TECH[tech](pk, lab, k1); pk.save(f'{OUT}/{fn}')
            truth.append({'file': fn, 'role': 'control', 'technique': tech, 'kind': kk, 'value': k1, 'label': lab, 'base': base, 'where': where})
    for b in BASES:
        truth.append({'file': f'base_{b}.docx', 'role': 'control', 'technique': 'base', 'kind': 'none', 'value': '', 'label': '', 'base': b, 'where': ''})
        import shutil; shutil.copy(f'{D}/bases/{b}.docx', f'{OUT}/base_{b}.docx')
    json.dump(truth, open(f'{D}/truth.json', 'w'), indent=1, ensure_ascii=False)
    print(len(truth), sum(t['role'] == 'altered' for t in truth))
