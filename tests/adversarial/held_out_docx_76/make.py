"""Generate held-out .docx corpus (helper-76). Deterministic (seed)."""
import zipfile, random, json, os, re, io, hashlib, sys
from lxml import etree
from PIL import Image, ImageDraw, ImageFont, ImageFilter
random.seed(7645)
ROOT = '/tmp/ho45/docx'
OUT = f'{ROOT}/corpus'
os.makedirs(OUT, exist_ok=True)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
 'xmlns:w10="urn:schemas-microsoft-com:office:word" '
 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
RELNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
BASES = ['attest_pack', 'pydocx_note', 'lo_saved', 'minimal']

# ---------------- identifiers ----------------
PRIMES = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12):
    return sum(int(c)*p for c, p in zip(d12, PRIMES)) % 11 % 10
def mpan_valid(s13):
    return len(s13) == 13 and s13.isdigit() and mpan_check(s13[:12]) == int(s13[12]) and 10 <= int(s13[:2]) <= 29
used = set()
def uniq(f):
    while True:
        v = f()
        if v not in used:
            used.add(v); return v
def g_mpan():
    d = str(random.randint(10, 23)) + ''.join(random.choice('0123456789') for _ in range(10))
    return d + str(mpan_check(d))
def g_mprn():
    return str(random.randint(1, 9)) + ''.join(random.choice('0123456789') for _ in range(random.choice([7, 8, 9])))
def g_serial():
    if random.random() < .5:
        return random.choice('EGKLS') + '%02d' % random.randint(0, 24) + random.choice('ABCKPWZ') + '%06d' % random.randint(0, 999999)
    return random.choice(['E6S', 'G4A', 'E7S']) + '%08d' % random.randint(0, 99999999)
def g_eui():
    pre = random.choice(['00-1B-C5-0C', '00-0D-6F-00', '70-B3-D5-1E', 'B8-27-EB-00'])
    return pre + '-' + '-'.join('%02X' % random.randint(0, 255) for _ in range(4))
PC_AREAS = ['LL57', 'CF10', 'SA31', 'BT9', 'EH12', 'G41', 'M14', 'LS6', 'NR2', 'PL4', 'TR18', 'IV2', 'NE6', 'B29', 'BS7', 'HU5', 'DY8', 'SY23', 'EX4', 'KW15']
def g_pc():
    return random.choice(PC_AREAS) + ' ' + str(random.randint(1, 9)) + random.choice('ABDEFGHJLNPQRSTUWXYZ') + random.choice('ABDEFGHJLNPQRSTUWXYZ')
def g_phone():
    k = random.random()
    if k < .35: return '07700 900' + '%03d' % random.randint(0, 999)
    if k < .7: return '+44 1' + str(random.randint(100, 999)) + ' ' + '%06d' % random.randint(100000, 999999)
    return '029 2' + '%03d' % random.randint(0, 999) + ' ' + '%04d' % random.randint(0, 9999)
FIRST = ['Aoife', 'Siân', 'Dafydd', 'Siobhán', 'Małgorzata', 'Eilidh', 'Rhodri', 'Caoimhe', 'Łukasz', 'Gwenllian', 'Ruairí', 'Ffion', 'Tomás', 'Bronwen', 'Niamh', 'Iwan', 'Zofia', 'Peredur', 'Seonaid', 'Ciarán', 'Morfudd', 'Grzegorz', 'Oisín', 'Angharad', 'Lleucu', 'Padraig', 'Agnieszka', 'Mairéad', 'Emrys', 'Catrìona']
SUR = ['Ní Bhriain', 'ap Gruffydd', 'Mac an t-Saoir', 'Wiśniewska', 'Ó Briain', 'Llwyd-Hopkins', 'de la Cour-Ffoulkes', 'Brzęczyszczykiewicz', 'Mac Giolla Phádraig', 'verch Owain', 'Ó Súilleabháin', 'Pryce-Jenkins', 'Kowalczyk-Hughes', 'Nic Dhòmhnaill', 'van der Merwe-Lloyd', 'Ó Dochartaigh', 'Rhys-Ellis', 'Żółkiewska', 'Mac Aoidh', 'FitzGerald-Owen', 'Uí Néill', 'ab Ieuan', 'Duddridge', 'Penhaligon', 'Trelawny-Vos', 'Ó Fearghail', 'Szczepańska', 'Mac Dhùghaill', 'Ellis-Bextor', 'Ní Chonaill']
def g_name():
    return random.choice(FIRST) + ' ' + random.choice(SUR)
DOMS = ['examplemail.co.uk', 'post-cymru.net', 'inbox.example.org', 'mailbox.example.ie']
def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L')
def g_email():
    n = g_name().split(' ', 1)
    local = ascii_fold(n[0]).lower() + random.choice(['.', '_', '']) + re.sub('[^a-z]', '', ascii_fold(n[1]).lower())
    return local + str(random.randint(1, 99)) + '@' + random.choice(DOMS)
GEN = dict(mpan=g_mpan, mprn=g_mprn, serial=g_serial, eui=g_eui, postcode=g_pc, phone=g_phone, email=g_email, name=g_name)
KINDS = list(GEN)
SENT = dict(mpan='Import supply {} now registered to the gaining supplier.',
            mprn='Gas MPRN {} read at 09:40, 04411 m3.',
            serial='Meter serial {} exchanged for a SMETS2 unit.',
            eui='Comms hub device {} joined the HAN at 10:02.',
            postcode='Property at {} visited for the exchange.',
            phone='Customer rang from {} to confirm access.',
            email='Visit summary sent to {} after the job.',
            name='{} let the engineer in and witnessed the read.')

# --------------- helpers ----------------
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
def run(t, rpr=''):
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def para(inner, ppr=''):
    return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'
def P(t):
    return para(run(t))
def halves(v):
    h = len(v) // 2
    return v[:h], v[h:]
def groups(v, kind):
    if kind == 'name':
        return v.split(' ')
    if kind == 'email':
        a, b = v.split('@'); return [a, '@' + b]
    s = v.replace(' ', '').replace('-', '')
    if kind == 'eui':
        return [s[i:i+4] for i in range(0, 16, 4)]
    if kind == 'mpan':
        return [s[:2], s[2:6], s[6:10], s[10:13]]
    if kind == 'postcode':
        return v.split(' ')
    return [s[i:i+4] for i in range(0, len(s), 4)]
def sentence(kind, shown):
    pre, post = SENT[kind].split('{}')
    return pre, post

class Pkg:
    def __init__(self, base):
        with zipfile.ZipFile(f'{ROOT}/base/{base}.docx') as z:
            self.parts = {n: z.read(n) for n in z.namelist()}
        self.order = list(self.parts)
        self.ct = self.parts['[Content_Types].xml'].decode()
        rels = self.parts.get('word/_rels/document.xml.rels')
        self.rels = rels.decode() if rels else '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        self.doc = etree.fromstring(self.parts['word/document.xml'])
        self.body = self.doc.find(f'{{{W}}}body')
        self.n = 900
    def rid(self):
        self.n += 1; return f'rId{self.n}'
    def add_rel(self, typ, target, mode=None):
        r = self.rid()
        m = f' TargetMode="{mode}"' if mode else ''
        self.rels = self.rels.replace('</Relationships>', f'<Relationship Id="{r}" Type="{typ}" Target="{target}"{m}/></Relationships>')
        return r
    def add_part(self, path, data, ctype=None, ext_default=None):
        if isinstance(data, str): data = data.encode()
        self.parts[path] = data
        if path not in self.order: self.order.append(path)
        if ctype:
            self.ct = self.ct.replace('</Types>', f'<Override PartName="/{path}" ContentType="{ctype}"/></Types>')
        if ext_default:
            ext, c = ext_default
            if f'Extension="{ext}"' not in self.ct and f"Extension='{ext}'" not in self.ct:
                self.ct = self.ct.replace('</Types>', f'<Default Extension="{ext}" ContentType="{c}"/></Types>')
    def sectpr(self):
        sp = self.body.find(f'{{{W}}}sectPr')
        if sp is None:
            sp = etree.SubElement(self.body, f'{{{W}}}sectPr')
        return sp
    def append_body(self, xml):
        frag = etree.fromstring(f'<root {NSDECL}>{xml}</root>')
        sp = self.body.find(f'{{{W}}}sectPr')
        for el in list(frag):
            if sp is not None: sp.addprevious(el)
            else: self.body.append(el)
    def add_sectpr_child(self, xml, first=True):
        frag = etree.fromstring(f'<root {NSDECL}>{xml}</root>')
        sp = self.sectpr()
        for el in reversed(list(frag)):
            if first: sp.insert(0, el)
            else: sp.append(el)
    def ensure_footnotes(self):
        if 'word/footnotes.xml' in self.parts: return
        self.add_part('word/footnotes.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NSDECL}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml')
        self.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes', 'footnotes.xml')
    def add_footnote(self, xml_paras, fid=7):
        self.ensure_footnotes()
        fn = self.parts['word/footnotes.xml'].decode()
        fn = fn.replace('</w:footnotes>', f'<w:footnote w:id="{fid}">{xml_paras}</w:footnote></w:footnotes>')
        self.parts['word/footnotes.xml'] = fn.encode()
    def add_hf(self, kind, xml_inner, name):
        tag = 'hdr' if kind == 'header' else 'ftr'
        path = f'word/{name}.xml'
        self.add_part(path, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {NSDECL}>{xml_inner}</w:{tag}>',
                      f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml')
        return self.add_rel(f'http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}', f'{name}.xml')
    def add_image(self, png_bytes, name, ext='png', ctype='image/png'):
        path = f'word/media/{name}.{ext}'
        self.add_part(path, png_bytes, ext_default=(ext, ctype))
        return self.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/image', f'media/{name}.{ext}')
    def set_core(self, fields):
        core = self.parts.get('docProps/core.xml')
        if core is None:
            core = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>'
            self.add_part('docProps/core.xml', core, 'application/vnd.openxmlformats-package.core-properties+xml')
            r = self.parts['_rels/.rels'].decode().replace('</Relationships>', '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
            self.parts['_rels/.rels'] = r.encode()
        root = etree.fromstring(core)
        NS = {'cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'dc': 'http://purl.org/dc/elements/1.1/'}
        for tag, val in fields.items():
            p, l = tag.split(':')
            el = root.find(f'{{{NS[p]}}}{l}')
            if el is None:
                el = etree.SubElement(root, f'{{{NS[p]}}}{l}')
            el.text = val
        self.parts['docProps/core.xml'] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    def save(self, path):
        self.parts['word/document.xml'] = etree.tostring(self.doc, xml_declaration=True, encoding='UTF-8', standalone=True)
        self.parts['[Content_Types].xml'] = self.ct.encode()
        self.parts['word/_rels/document.xml.rels'] = self.rels.encode()
        if 'word/_rels/document.xml.rels' not in self.order: self.order.append('word/_rels/document.xml.rels')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.order:
                z.writestr(n, self.parts[n])

# --------------- character maps ----------------
def cmap(v, dig0, up0=None, lo0=None, zero=None, digit_table=None, letter_fn=None):
    out = []
    for c in v:
        if c.isdigit() and c.isascii():
            if digit_table: out.append(digit_table[int(c)])
            else: out.append(chr(dig0 + int(c)))
        elif c.isascii() and c.isalpha() and (up0 or letter_fn):
            if letter_fn: out.append(letter_fn(c))
            else: out.append(chr((up0 if c.isupper() else lo0) + ord(c.upper() if c.isupper() else c) - (65 if c.isupper() else 97)))
        else:
            out.append(c)
    return ''.join(out)
UNI = {
 'U01_doublestruck_digits_bold_letters': lambda v: cmap(v, 0x1D7D8, 0x1D400, 0x1D41A),
 'U02_segmented_digits_sans_letters': lambda v: cmap(v, 0x1FBF0, 0x1D5A0, 0x1D5BA),
 'U03_math_bold_digits_bolditalic_letters': lambda v: cmap(v, 0x1D7CE, 0x1D468, 0x1D482),
 'U04_thai_digits_fullwidth_letters': lambda v: cmap(v, 0x0E50, 0xFF21, 0xFF41),
 'U05_bengali_digits_circled_letters': lambda v: cmap(v, 0x09E6, 0x24B6, 0x24D0),
 'U06_dingbat_negative_circled_digits_squared_letters': lambda v: cmap(v, 0, digit_table=[chr(0x1F10C)] + [chr(0x278A + i) for i in range(9)], letter_fn=lambda c: chr(0x1F130 + ord(c.upper()) - 65)),
 'U07_parenthesised_digits': lambda v: cmap(v, 0, digit_table=['(0)'] + [chr(0x2474 + i) for i in range(9)], letter_fn=lambda c: chr(0x249C + ord(c.lower()) - 97)),
 'U08_digit_full_stop': lambda v: cmap(v, 0, digit_table=[chr(0x1F100)] + [chr(0x2488 + i) for i in range(9)]),
 'U09_khmer_digits_monospace_letters': lambda v: cmap(v, 0x17E0, 0x1D670, 0x1D68A),
 'U10_superscript_subscript_char_mix': lambda v: ''.join((('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(c)] if i % 2 == 0 else '₀₁₂₃₄₅₆₇₈₉'[int(c)]) if c.isdigit() else c) for i, c in enumerate(v)),
 'U11_combining_enclosing_circle': lambda v: ''.join(c + '\u20DD' if c.isalnum() else c for c in v),
 'U12_combining_overline': lambda v: ''.join(c + '\u0305' if c.isalnum() else c for c in v),
}
SEPS = {'S01_fraction_slash': '\u2044', 'S02_one_dot_leader': '\u2024', 'S03_hyphenation_point': '\u2027', 'S04_braille_blank': '\u2800',
        'S05_medium_math_space': '\u205F', 'S06_minus_sign': '\u2212', 'S07_nb_hyphen_char': '\u2011', 'S08_hangul_filler': '\u3164',
        'S09_bullet_operator': '\u2219', 'S10_small_em_dash': '\uFE58'}
FMTS = {'F01_mongolian_vowel_sep': '\u180E', 'F02_zwnbsp_inside': '\uFEFF', 'F03_invisible_plus': '\u2064', 'F04_arabic_letter_mark': '\u061C', 'F05_combining_grapheme_joiner_pairs': '\u034F\u200D'}

# --------------- image helpers ----------------
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
def img_rot45(text):
    f = ImageFont.truetype(FONT, 34)
    im = Image.new('RGB', (900, 120), 'white')
    ImageDraw.Draw(im).text((20, 35), text, font=f, fill='black')
    im = im.rotate(45, expand=True, fillcolor='white')
    b = io.BytesIO(); im.save(b, 'PNG'); return b.getvalue(), im.size
def img_photo_bill(label, text):
    f = ImageFont.truetype(FONT, 30); fs = ImageFont.truetype(FONT, 22)
    im = Image.new('RGB', (1000, 640), (236, 232, 220))
    d = ImageDraw.Draw(im)
    d.text((40, 30), 'YOUR ENERGY BILL  -  Account 88-441-20', font=fs, fill=(40, 40, 40))
    d.rectangle((40, 80, 960, 82), fill=(90, 90, 90))
    d.text((40, 120), 'Bill date 14 Nov 2026     Amount due £142.18', font=fs, fill=(50, 50, 50))
    d.text((40, 250), label, font=fs, fill=(40, 40, 40))
    d.text((40, 290), text, font=f, fill=(25, 25, 25))
    d.text((40, 420), 'Unit rate 24.50p/kWh   Standing charge 60.97p/day', font=fs, fill=(60, 60, 60))
    im = im.transform((1000, 640), Image.Transform.PERSPECTIVE, (1.02, 0.06, -20, -0.02, 1.01, 8, 0.00002, 0.00004), fillcolor=(120, 110, 95))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    rnd = random.Random(len(text))
    px = im.load()
    for _ in range(9000):
        x, y = rnd.randrange(1000), rnd.randrange(640)
        r, g, bb = px[x, y]; n = rnd.randint(-35, 35)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, bb + n)))
    b = io.BytesIO(); im.save(b, 'JPEG', quality=72); return b.getvalue(), im.size
def inline_pic(rid, size, idn, name='Picture'):
    cx, cy = int(size[0] * 6000), int(size[1] * 6000)
    return (f'<w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{idn}" name="{name} {idn}"/>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{idn}" name="img{idn}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
def fld(instr, result_runs):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
def textbox(idn, x_emu, inner_paras, w=1500000):
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{idn}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{w}" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{idn}" name="Text Box {idn}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner_paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')

# --------------- techniques: fn(pkg, kind, v) -> how (visibility note) ----------------
def t_sentence_uni(mapf):
    def f(pk, kind, v):
        pre, post = sentence(kind, v)
        pk.append_body(P(pre + mapf(v) + post))
        return 'body paragraph, characters in another Unicode form', mapf(v)
    return f
def t_sep(sep):
    def f(pk, kind, v):
        pre, post = sentence(kind, v)
        s = sep.join(groups(v, kind))
        pk.append_body(P(pre + s + post)); return 'body paragraph, groups joined by separator', s
    return f
def t_fmt(ch):
    def f(pk, kind, v):
        pre, post = sentence(kind, v)
        s = ch.join(v)
        pk.append_body(P(pre + s + post)); return 'body paragraph, invisible character between every character', s
    return f

def T_gotobutton(pk, kind, v):
    pk.append_body(para(run('Jump: ') + f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> GOTOBUTTON SiteTop {esc(v)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    pk.append_body(para('<w:bookmarkStart w:id="41" w:name="SiteTop"/><w:bookmarkEnd w:id="41"/>' + run('Top of site section')))
    return 'GOTOBUTTON field display text (Word shows it as the button)', v
def T_mergefield_b(pk, kind, v):
    pk.append_body(para(run('Addressee block: ') + fld(f'MERGEFIELD SiteName \\b "{v} " \\f " (site)"', run('«SiteName»'))))
    return 'MERGEFIELD \\b before-text (shown when merged; in field code)', v
def T_toa(pk, kind, v):
    pk.append_body(para(run('Evidence cited here.') + f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TA \\l "{esc(v)}" \\s "site" \\c 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    pk.append_body(para(fld('TOA \\h \\c "1" \\p', run(v) + '<w:r><w:tab/></w:r>' + run('1'))))
    return 'TOA cached result entry (visible) + TA \\l long citation', v
def T_ref_differs(pk, kind, v):
    pk.append_body(para(run('Data reference: ') + '<w:bookmarkStart w:id="42" w:name="_Ref99120"/>' + run('MPAN-REF-07') + '<w:bookmarkEnd w:id="42"/>'))
    pk.append_body(para(run('As above (see ') + fld('REF _Ref99120 \\h', run(v)) + run(').')))
    return 'REF field cached result differs from its bookmark text (result visible)', v
def T_pageref(pk, kind, v):
    pk.append_body(para('<w:bookmarkStart w:id="43" w:name="_Ref4471"/>' + run('Meter board photo') + '<w:bookmarkEnd w:id="43"/>'))
    pk.append_body(para(run('See page ') + fld('PAGEREF _Ref4471 \\h', run(v)) + run(' for the board.')))
    return 'PAGEREF cached result holds the value (visible until updated)', v
def T_tof(pk, kind, v):
    pk.append_body(para(fld('TOC \\h \\z \\c "Figure"', run(f'Figure 1 – Meter cupboard, {v}') + '<w:r><w:tab/></w:r>' + run('2')), '<w:pStyle w:val="TableofFigures"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'))
    return 'table-of-figures field cached entry', v
def T_checkbox(pk, kind, v):
    gr = run("☒", '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/>')
    pk.append_body(f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:p>{gr}{run(" Confirmed on site: " + v)}</w:p></w:sdtContent></w:sdt>')
    return 'checkbox content control label text', v
def T_set_field(pk, kind, v):
    pk.append_body(para(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SET SiteVal "{esc(v)}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' + run('Value recorded: ') + fld('REF SiteVal', run('[update fields]'))))
    return 'SET field instruction (REF shows it after F9; in field code)', v
def T_private(pk, kind, v):
    pk.append_body(para(run('Converted from legacy record.') + f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PRIVATE &lt;legacy site="{esc(v)}"/&gt; </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'PRIVATE field instruction (field codes view / extractable)', v
def T_lrpb_split(pk, kind, v):
    pre, post = sentence(kind, v); a, b = halves(v)
    pk.append_body(para(run(pre + a) + '<w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve">' + esc(b) + '</w:t></w:r>' + run(post)))
    return 'split by w:lastRenderedPageBreak (reads joined)', v
def T_del_split(pk, kind, v):
    pre, post = sentence(kind, v); a, b = halves(v)
    pk.append_body(para(run(pre + a) + '<w:del w:id="51" w:author="Editor" w:date="2026-12-01T10:00:00Z"><w:r><w:delText>Q</w:delText></w:r></w:del>' + run(b + post)))
    return 'halves around a tracked deletion (final view joined)', v
def T_ins_split(pk, kind, v):
    pre, post = sentence(kind, v); a, b = halves(v)
    pk.append_body(para(run(pre + a) + f'<w:ins w:id="52" w:author="Editor" w:date="2026-12-01T10:00:00Z">{run(b)}</w:ins>' + run(post)))
    return 'second half inside a tracked insertion', v
def T_row_deleted(pk, kind, v):
    pk.append_body(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="5000"/></w:tblGrid>'
                   f'<w:tr><w:tc><w:p>{run("Item")}</w:p></w:tc><w:tc><w:p>{run("Detail")}</w:p></w:tc></w:tr>'
                   f'<w:tr><w:trPr><w:del w:id="53" w:author="Reviewer" w:date="2026-12-01T10:00:00Z"/></w:trPr><w:tc><w:p>{run("Site")}</w:p></w:tc><w:tc><w:p>{run(v)}</w:p></w:tc></w:tr></w:tbl>' + P(''))
    return 'cell of a table row marked deleted (visible in All Markup)', v
def T_rowhead_split(pk, kind, v):
    g = groups(v, kind); k = max(1, len(g) // 2)
    sep = '' if kind in ('email',) else (' ' if kind in ('name', 'postcode', 'phone') else '')
    a = (' ' if kind in ('name', 'postcode') else '').join(g[:k]); b = (' ' if kind in ('name', 'postcode') else '').join(g[k:])
    if kind == 'phone': a, b = halves(v)
    pk.append_body(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:firstColumn="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="2500"/><w:gridCol w:w="2500"/></w:tblGrid>'
                   f'<w:tr><w:tc><w:p>{run(a, "<w:b/>")}</w:p></w:tc><w:tc><w:p>{run(b)}</w:p></w:tc><w:tc><w:p>{run("read 04417 kWh")}</w:p></w:tc></w:tr></w:tbl>' + P(''))
    return 'split between a row heading cell and the first data cell', v
def T_two_textboxes(pk, kind, v):
    a, b = halves(v)
    pk.append_body(para(textbox(301, 0, P(a), 1400000) + textbox(302, 1420000, P(b), 2400000)) + P('') + P(''))
    return 'halves in two text boxes side by side', v
def T_footnote_split(pk, kind, v):
    pre, post = sentence(kind, v); a, b = halves(v)
    pk.add_footnote(para(run('continued: ' + b)), 7)
    pk.append_body(para(run(pre + a) + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r>' + run(post)))
    return 'first half in body, rest in the footnote text', v
def T_header_table(pk, kind, v):
    rid = pk.add_hf('header', f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p>{run("Site")}</w:p></w:tc><w:tc><w:p>{run(v)}</w:p></w:tc></w:tr></w:tbl><w:p/>', 'header77')
    sp = pk.sectpr()
    for el in sp.findall(f'{{{W}}}headerReference'): sp.remove(el)
    pk.add_sectpr_child(f'<w:headerReference w:type="default" r:id="{rid}"/>')
    return 'table inside the default header', v
def T_sec3_first_footer(pk, kind, v):
    rid = pk.add_hf('footer', P('Site contact: ' + v), 'footer77')
    for i in (1, 2):
        pk.append_body(P(f'Section {i} text.') + f'<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:pPr></w:p>')
    pk.append_body(P('Section 3 text.'))
    sp = pk.sectpr()
    for el in sp.findall(f'{{{W}}}footerReference') + sp.findall(f'{{{W}}}titlePg'): sp.remove(el)
    pk.add_sectpr_child(f'<w:footerReference w:type="first" r:id="{rid}"/>')
    pk.add_sectpr_child('<w:titlePg/>', first=False)
    return 'first-page-only footer of section 3', v
def T_rot45(pk, kind, v):
    data, size = img_rot45(v)
    rid = pk.add_image(data, 'rot45_77')
    pk.append_body(para(inline_pic(rid, size, 401)))
    return 'PNG pixels, text drawn at 45 degrees', v
def T_photo(pk, kind, v):
    lab = dict(mpan='Supply number (MPAN)', mprn='Meter Point Reference', serial='Meter serial', eui='Device ID', postcode='Supply address postcode', phone='Call us / your number', email='Your e-mail', name='Account holder')[kind]
    data, size = img_photo_bill(lab, v)
    rid = pk.add_image(data, 'photo77', 'jpeg', 'image/jpeg')
    pk.append_body(para(inline_pic(rid, (size[0] // 2, size[1] // 2), 402)))
    return 'JPEG photo of a printed bill (perspective, blur, noise)', v
def T_quote_thread(pk, kind, v):
    a, b = halves(v)
    for t in ['From: Field Ops <fieldops@supplier.example>', 'Sent: 01 December 2026 16:02', '', '> On Tue 1 Dec 2026 at 14:10, the site team wrote:',
              '> Job completed, please update the record for', f'> {a}', f'> {b}', '> Kind regards']:
        pk.append_body(P(t))
    return 'pasted e-mail quote, value split across two "> " lines', v
def T_gdocs(pk, kind, v):
    pre, post = sentence(kind, v)
    rp = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:rtl w:val="0"/>'
    inner = f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.gjdgxs" w:id="61"/><w:bookmarkEnd w:id="61"/>' + run(pre, rp)
    for i, c in enumerate(v):
        inner += run(c, rp + ('<w:b w:val="1"/>' if i % 3 == 0 else '<w:b w:val="0"/>'))
        if i == len(v) // 3: inner += f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="kix.x{len(v)}q" w:id="62"/><w:bookmarkEnd w:id="62"/>'
    inner += run(post, rp)
    pk.append_body(para(inner, '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr>'))
    return 'Google-Docs-style: one run per character, explicit rPr, kix bookmarks', v
def T_wps(pk, kind, v):
    pre, post = sentence(kind, v); a, b = halves(v)
    rp = '<w:rFonts w:hint="eastAsia" w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="SimSun"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    pk.append_body(para(run(pre, rp) + run(a, rp + '<w:kern w:val="2"/>') + run(b, rp + '<w:kern w:val="0"/>') + run(post, rp), '<w:snapToGrid w:val="0"/><w:jc w:val="both"/>'))
    pk.add_part('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>', 'application/vnd.openxmlformats-officedocument.custom-properties+xml')
    r = pk.parts['_rels/.rels'].decode().replace('</Relationships>', '<Relationship Id="rIdK1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    pk.parts['_rels/.rels'] = r.encode()
    return 'WPS-style eastAsia hint runs, split', v
def T_vml_textbox(pk, kind, v):
    pk.append_body(para(f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="tb77" o:spid="_x0000_s1077" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:300pt;height:30pt;z-index:1" stroked="f"><v:textbox><w:txbxContent>{P("Note: " + v)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') + P('') + P(''))
    return 'legacy VML text box (v:textbox txbxContent)', v
def T_core_subject(pk, kind, v):
    pk.set_core({'dc:subject': f'Site visit {v}'})
    pk.append_body(para(run('Subject: ') + fld('SUBJECT \\* MERGEFORMAT', run(f'Site visit {v}'))))
    return 'core dc:subject + SUBJECT field result', v
def T_core_keywords(pk, kind, v):
    pk.set_core({'cp:keywords': f'SIT; cycle 4; {v}'})
    return 'core cp:keywords only (File > Info > Tags)', v
def T_core_category(pk, kind, v):
    pk.set_core({'cp:category': v, 'dc:description': 'Site evidence'})
    return 'core cp:category only (File > Info > Categories)', v
def T_core_description(pk, kind, v):
    pk.set_core({'dc:description': f'Visit notes for {v}'})
    pk.append_body(para(run('Comments: ') + fld('COMMENTS', run(f'Visit notes for {v}'))))
    return 'core dc:description + COMMENTS field result', v
def T_customxml_attr(pk, kind, v):
    pk.append_body(f'<w:customXml w:uri="urn:supplier:site" w:element="site"><w:customXmlPr><w:attr w:name="ref" w:val="{esc(v)}"/></w:customXmlPr>{P("Site details held in the tagged block.")}</w:customXml>')
    return 'block-level customXml attribute value (XML structure pane)', v
def T_visio(pk, kind, v):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/visio/document.xml" ContentType="application/vnd.ms-visio.drawing.main+xml"/><Override PartName="/visio/pages/pages.xml" ContentType="application/vnd.ms-visio.pages+xml"/><Override PartName="/visio/pages/page1.xml" ContentType="application/vnd.ms-visio.page+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/document" Target="visio/document.xml"/></Relationships>')
        z.writestr('visio/document.xml', '<?xml version="1.0" encoding="UTF-8"?><VisioDocument xmlns="http://schemas.microsoft.com/office/visio/2012/main"/>')
        z.writestr('visio/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/pages" Target="pages/pages.xml"/></Relationships>')
        z.writestr('visio/pages/pages.xml', '<?xml version="1.0" encoding="UTF-8"?><Pages xmlns="http://schemas.microsoft.com/office/visio/2012/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><Page ID="0" Name="Site"><Rel r:id="rId1"/></Page></Pages>')
        z.writestr('visio/pages/_rels/pages.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/page" Target="page1.xml"/></Relationships>')
        z.writestr('visio/pages/page1.xml', f'<?xml version="1.0" encoding="UTF-8"?><PageContents xmlns="http://schemas.microsoft.com/office/visio/2012/main"><Shapes><Shape ID="1" Type="Shape"><Text>Comms hub</Text></Shape><Shape ID="2" Type="Shape"><Text>{esc(v)}</Text></Shape></Shapes></PageContents>')
    orid = pk.rid(); pk.n += 0
    path = 'word/embeddings/Microsoft_Visio_Drawing77.vsdx'
    pk.add_part(path, b.getvalue(), ext_default=('vsdx', 'application/vnd.ms-visio.drawing'))
    orid = pk.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/package', 'embeddings/Microsoft_Visio_Drawing77.vsdx')
    im = Image.new('RGB', (300, 120), 'white'); ImageDraw.Draw(im).rectangle((10, 10, 290, 110), outline='black'); bb = io.BytesIO(); im.save(bb, 'PNG')
    irid = pk.add_image(bb.getvalue(), 'visio_preview77')
    pk.append_body(para(f'<w:r><w:object w:dxaOrig="4500" w:dyaOrig="1800"><v:shape id="_x0000_i1077" type="#_x0000_t75" style="width:225pt;height:90pt" o:ole=""><v:imagedata r:id="{irid}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Visio.Drawing.15" ShapeID="_x0000_i1077" DrawAspect="Content" ObjectID="_177" r:id="{orid}"/></w:object></w:r>'))
    return 'embedded Visio .vsdx package, shape text (preview image blank)', v
def T_rtl_mirror_name(pk, kind, v):
    pass

TECH = {}
for k, f in UNI.items(): TECH[k] = t_sentence_uni(f)
for k, s in SEPS.items(): TECH[k] = t_sep(s)
for k, s in FMTS.items(): TECH[k] = t_fmt(s)
P_TECH = dict(P01_gotobutton=T_gotobutton, P02_mergefield_b=T_mergefield_b, P03_toa_ta=T_toa, P04_ref_differs=T_ref_differs, P05_pageref_result=T_pageref,
    P06_table_of_figures=T_tof, P07_checkbox_label=T_checkbox, P08_set_field=T_set_field, P09_private_field=T_private, P10_lastrenderedpagebreak_split=T_lrpb_split,
    P11_deletion_split=T_del_split, P12_insertion_split=T_ins_split, P13_deleted_table_row=T_row_deleted, P14_rowheading_cell_split=T_rowhead_split,
    P15_two_textboxes=T_two_textboxes, P16_body_footnote_split=T_footnote_split, P17_header_table=T_header_table, P18_sec3_first_footer=T_sec3_first_footer,
    P19_image_rot45=T_rot45, P20_photo_bill=T_photo, P21_quoted_email_thread=T_quote_thread, P22_googledocs_runs=T_gdocs, P23_wps_runs=T_wps,
    P24_vml_textbox=T_vml_textbox, P25_core_subject_field=T_core_subject, P26_core_keywords=T_core_keywords, P27_core_category=T_core_category,
    P28_core_description_comments=T_core_description, P29_customxml_block_attr=T_customxml_attr, P30_visio_vsdx=T_visio)
TECH.update(P_TECH)

# name-specific forms
def N_caps(pk, kind, v):
    pk.append_body(P(f'WITNESSED BY {v.upper()} ON 01/12/2026')); return 'name in ALL CAPS, no label', v.upper()
def N_lower(pk, kind, v):
    pk.append_body(P(f'spoke to {v.lower()} at the door, she said the meter cupboard key is with the neighbour')); return 'name in lower case in prose', v.lower()
def N_thanks(pk, kind, v):
    for t in ['Engineer note: access was fine, the board was labelled and the old meter was returned to stores.', '', f'Thanks, {v}']:
        pk.append_body(P(t))
    return '"Thanks, <name>" sign-off at the end of a note', v
def N_rowhead(pk, kind, v):
    pk.append_body(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc><w:tc><w:p>{run("Before")}</w:p></w:tc><w:tc><w:p>{run("After")}</w:p></w:tc></w:tr><w:tr><w:tc><w:p>{run(v)}</w:p></w:tc><w:tc><w:p>{run("04411")}</w:p></w:tc><w:tc><w:p>{run("04419")}</w:p></w:tc></w:tr></w:tbl>' + P(''))
    return 'name as a table row heading, no label', v
def N_figure_title(pk, kind, v):
    pk.append_body(para(run(f"Figure 3: Meter cupboard at {v}'s house, viewed from the hall"), '<w:pStyle w:val="Caption"/>'))
    return "name in a figure's title line", v
def N_witness_sentence(pk, kind, v):
    pk.append_body(P(f'The reading was confirmed by the neighbour, {v}, who had held the key since October.')); return 'witness name mid-sentence', v
def N_quote_from(pk, kind, v):
    for t in ['-----Original Message-----', f'From: {v}', 'Sent: Monday, November 30, 2026 8:14 AM', 'Subject: RE: meter exchange', '> Morning, is Tuesday still OK for the engineer?']:
        pk.append_body(P(t))
    return 'name in a pasted e-mail header block (no address)', v
def N_surname_first_caps(pk, kind, v):
    f, s = v.split(' ', 1)
    pk.append_body(P(f'Occupier {s.upper()} {f} asked for a call back.')); return 'SURNAME Forename order, surname in caps', s.upper() + ' ' + f
NAME_TECH = dict(N01_all_caps=N_caps, N02_lower_case=N_lower, N03_thanks_signoff=N_thanks, N04_row_heading=N_rowhead, N05_figure_title=N_figure_title,
                 N06_witness_midsentence=N_witness_sentence, N07_quoted_from_header=N_quote_from, N08_SURNAME_first=N_surname_first_caps)
EM_TECH = {}
def E_fullwidth_at(pk, kind, v):
    s = v.replace('@', '＠'); pk.append_body(P(f'Reply to {s} please')); return 'fullwidth at sign', s
def E_small_at(pk, kind, v):
    s = v.replace('@', '﹫'); pk.append_body(P(f'Reply to {s} please')); return 'small commercial at U+FE6B', s
def E_at_sym(pk, kind, v):
    a, b = v.split('@')
    pk.append_body(para(run('Reply to ' + a) + '<w:r><w:sym w:font="Arial" w:char="0040"/></w:r>' + run(b))); return 'at sign as w:sym char 0040', v
EM_TECH = dict(E01_fullwidth_at=E_fullwidth_at, E02_small_at=E_small_at, E03_at_sym=E_at_sym)

items = []; truth = []
def make(item_id, tech, fn, kind, base, control=False, cval=None, ckind=None):
    pk = Pkg(base)
    v = cval if control else uniq(GEN[kind])
    how, shown = fn(pk, kind if not control else ckind, v)
    path = f'{OUT}/{item_id}.docx'
    pk.save(path)
    truth.append(dict(file=f'corpus/{item_id}.docx', id=item_id, technique=tech, base=base, control=control, kind=(kind if not control else 'control:' + ckind),
                      value=v, shown=shown, how=how))

i = 0
tech_names = list(UNI) + list(SEPS) + list(FMTS)
for t_i, t in enumerate(tech_names):
    n = 4 if t in UNI else 3
    for j in range(n):
        kind = KINDS[(t_i * 3 + j) % 8]
        i += 1; make(f'a{i:03d}_{t}_{kind}', t, TECH[t], kind, BASES[i % 4])
for t_i, t in enumerate(P_TECH):
    for j in range(4):
        kind = KINDS[(t_i * 4 + j) % 8]
        i += 1; make(f'a{i:03d}_{t}_{kind}', t, TECH[t], kind, BASES[i % 4])
for t, fn in NAME_TECH.items():
    for j in range(2):
        i += 1; make(f'a{i:03d}_{t}_name', t, fn, 'name', BASES[i % 4])
for t, fn in EM_TECH.items():
    for j in range(2):
        i += 1; make(f'a{i:03d}_{t}_email', t, fn, 'email', BASES[i % 4])

# ---------- controls ----------
def ean13(d12):
    s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(d12)); return d12 + str((10 - s % 10) % 10)
def has_mpan_window(s):
    d = re.sub(r'\D', '', s)
    return any(mpan_valid(d[k:k+13]) for k in range(0, max(0, len(d) - 12)))
def sts():
    while True:
        t = ''.join(random.choice('0123456789') for _ in range(20))
        if not has_mpan_window(t): return ' '.join(t[k:k+4] for k in range(0, 20, 4))
def safe_digits(n):
    while True:
        t = str(random.randint(1, 9)) + ''.join(random.choice('0123456789') for _ in range(n - 1))
        if not has_mpan_window(t): return t
import uuid
CTRL = [
 ('testcase_ref', 'FM_TS_2_TC_14'), ('mpan_ref', 'MPAN-REF-07'), ('mpan_ref', 'MPAN-REF-12'), ('dip_id', 'DIP-MSG-0004417'), ('dip_id', 'DIP-7F3A-2291-0C41'),
 ('epoch_ms', safe_digits(13).replace(safe_digits(13)[:1], '1', 1) if False else '1764583447123'), ('epoch_ms', '1764590000417'),
 ('ean13', ean13('501234567890')), ('ean13', ean13('506010400125')), ('sts_token', sts()), ('sts_token', sts()),
 ('guid', str(uuid.UUID(int=random.getrandbits(128)))), ('guid', '{' + str(uuid.UUID(int=random.getrandbits(128))).upper() + '}'),
 ('invoice', 'INV-2026-004417'), ('invoice', 'SI/0091/22871'), ('timestamp', '2026-12-01T10:14:07.123Z'), ('amount', '£1,204.56'),
 ('version', 'v4.18.2-rc.3'), ('flow', 'D0010 / D0150 / D0149'), ('defect', 'DEF-2291'), ('kwh_reading', '044117.4 kWh'),
 ('account', 'ACC-88-441-20'), ('mhhs_msg', 'MHHS-IF-031-7731'), ('tariff_code', 'E-1R-VAR-22-11-01-A'), ('duis_id', '90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000'),
 ('msg_count', '1,048,576 messages'), ('phone_like_ref', 'TKT 0300 123 (queue)'), ('postcode_like', 'SIT4 cycle'), ('email_like', 'test-cases@ (placeholder)'),
 ('tester_name', 'Demo Tester'), ('witness_role', 'Witness: DCC Test Manager'),
]
CTRL_T = ['U01_doublestruck_digits_bold_letters', 'S01_fraction_slash', 'P04_ref_differs', 'P06_table_of_figures', 'P10_lastrenderedpagebreak_split', 'P14_rowheading_cell_split',
          'P15_two_textboxes', 'P17_header_table', 'P19_image_rot45', 'P21_quoted_email_thread', 'P22_googledocs_runs', 'P26_core_keywords', 'P29_customxml_block_attr',
          'P01_gotobutton', 'P09_private_field', 'F02_zwnbsp_inside', 'P30_visio_vsdx', 'P13_deleted_table_row', 'P07_checkbox_label', 'U06_dingbat_negative_circled_digits_squared_letters']
def ctrl_fn(t):
    f = TECH[t]
    def g(pk, ck, v):
        if t in UNI or t in SEPS or t in FMTS:
            pk.append_body(P(f'Reference {(UNI[t](v) if t in UNI else (SEPS[t].join(v.split(" ")) if t in SEPS else FMTS[t].join(v)))} noted in the step log.'))
            return 'control in ' + t, v
        if t == 'P20_photo_bill':
            return f(pk, 'mpan', v)
        h, s = f(pk, 'mpan', v); return h, s
    return g
# image-based technique needs a kind label; uses 'mpan' sentence label for P techniques that use SENT; fix by temp SENT override
c = 0
for k, (ck, cv) in enumerate(CTRL):
    t = CTRL_T[k % len(CTRL_T)]
    c += 1
    old = SENT['mpan']; SENT['mpan'] = 'Step log reference {} recorded.'
    make(f'c{c:03d}_{t}_{ck}', t, ctrl_fn(t), None, BASES[c % 4], control=True, cval=cv, ckind=ck)
    SENT['mpan'] = old
# more controls: second technique per control value
for k, (ck, cv) in enumerate(CTRL[:14]):
    t = CTRL_T[(k + 7) % len(CTRL_T)]
    c += 1
    old = SENT['mpan']; SENT['mpan'] = 'Step log reference {} recorded.'
    make(f'c{c:03d}_{t}_{ck}', t, ctrl_fn(t), None, BASES[c % 4], control=True, cval=cv, ckind=ck)
    SENT['mpan'] = old
json.dump(truth, open(f'{ROOT}/truth.json', 'w'), ensure_ascii=False, indent=1)
print(len([x for x in truth if not x['control']]), 'altered', len([x for x in truth if x['control']]), 'controls')
