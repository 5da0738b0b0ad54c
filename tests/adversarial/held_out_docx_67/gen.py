# Generator of the held-out .docx corpus (helper-67). Deterministic (seed 4167).
import zipfile, random, re, os, io, json, base64, quopri, shutil, subprocess, html
from PIL import Image, ImageDraw, ImageFont
import openpyxl
R = random.Random(4167)
OUT = 'corpus'; os.makedirs(OUT, exist_ok=True)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = {
 'w': W, 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
 'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
 'v': 'urn:schemas-microsoft-com:vml', 'o': 'urn:schemas-microsoft-com:office:office',
 'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 'wpg': 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
 'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
 'w14': 'http://schemas.microsoft.com/office/word/2010/wordml',
 'w15': 'http://schemas.microsoft.com/office/word/2012/wordml',
}
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 40)

# ---------- identifier values ----------
W12 = [3,5,7,13,17,19,23,29,31,37,41,43]
used = set()
def uniq(f):
    while True:
        v = f()
        if v not in used: used.add(v); return v
def mpan():
    def f():
        d = [R.randint(10,23)//10, R.randint(10,23)%10] + [R.randint(0,9) for _ in range(10)]
        d = [int(x) for x in ('%02d' % R.randint(10,23))] + [R.randint(0,9) for _ in range(10)]
        c = sum(a*b for a,b in zip(d,W12)) % 11 % 10
        return ''.join(map(str,d)) + str(c)
    return uniq(f)
def mprn(): return uniq(lambda: str(R.randint(1,9)) + ''.join(str(R.randint(0,9)) for _ in range(9)))
def serial():
    L = 'ABDEFGHJKLMNPRSTUVWXYZ'
    shapes = [lambda: R.choice('SKDEFLM') + '%02d' % R.randint(0,25) + R.choice(L) + '%06d' % R.randint(0,999999),
              lambda: 'E6S' + '%08d' % R.randint(0,99999999) + '%02d' % R.randint(17,25),
              lambda: 'G4A' + '%08d' % R.randint(0,99999999) + R.choice(L) + '%02d' % R.randint(17,25)]
    return uniq(lambda: R.choice(shapes)())
def eui():
    p = R.choice(['00-0D-6F', '00-1E-5E', '70-B3-D5', '00-12-4B'])
    return uniq(lambda: p + '-' + '-'.join('%02X' % R.randint(0,255) for _ in range(5)))
def postcode():
    A = ['LS','BS','M','G','CF','EH','NE','B','SW','N','RG','OX','NR','PL','EX','TR','YO','HU','DN','S','BT','AB','KY','LL','SA','DE','NG','LE','CV','WR']
    Lt = 'ABDEFGHJLNPQRSTUWXYZ'
    return uniq(lambda: R.choice(A) + str(R.randint(1,29)) + ' ' + str(R.randint(1,9)) + R.choice(Lt) + R.choice(Lt))
FIRST = ['Eleanor','Siobhan','Rhys','Ruairidh','Aoife','Gwilym','Priya','Tomasz','Imogen','Callum','Niamh','Oluwaseun','Harriet','Declan','Morag','Ffion','Alasdair','Bethan','Kwame','Isla','Dafydd','Saoirse','Hamish','Yasmin','Cerys','Fergus','Rosalind','Jasper','Mairead','Lachlan']
LAST = ['Fitzwilliam-Hart','de la Cruz','ap Gruffydd','MacLeod','O\'Donnell','Van der Berg','Featherstonehaugh','Llewellyn-Jones','Abernethy','St John-Smythe','Nkemelu','Wójcik','Cholmondeley','Ó Súilleabháin','le Strange','Mackintosh-Reid','Pennington','Okonkwo-Bell','de Courcy','Rees-Mogg-Tate','Carmichael','Hetherington','Dunmore-Vane','Trevelyan','McCreadie','von Stauffenberg','Ashworth-Price','Quayle','Penhaligon','Strachan']
def name(): return uniq(lambda: R.choice(FIRST) + ' ' + R.choice(LAST))
def phone():
    f = [lambda: '07700 9%05d' % R.randint(0,99999), lambda: '0113 496 %04d' % R.randint(0,9999),
         lambda: '+44 161 496 %04d' % R.randint(0,9999), lambda: '020 7946 %04d' % R.randint(0,9999), lambda: '029 2018 %04d' % R.randint(0,9999)]
    return uniq(lambda: R.choice(f)())
def email():
    def f():
        fn = R.choice(FIRST).lower(); ln = re.sub(r'[^a-z]', '', R.choice(LAST).lower().replace('ó','o').replace('ú','u').replace('á','a'))
        return f'{fn}.{ln}{R.randint(1,99)}@' + R.choice(['northwind-energy.co.uk','example-supply.com','gmail.com','outlook.com','dno-testing.org.uk'])
    return uniq(f)
GEN = dict(mpan=mpan, mprn=mprn, serial=serial, eui=eui, postcode=postcode, name=name, phone=phone, email=email)
LABEL = dict(mpan='Supply MPAN', mprn='Gas MPRN', serial='Meter serial', eui='ESME device ID', postcode='Site postcode', name='Customer', phone='Contact tel', email='Contact e-mail')
KINDS = list(GEN)

# ---------- package helpers ----------
def load(path):
    with zipfile.ZipFile(path) as z: return {n: z.read(n) for n in z.namelist()}
def save(files, path, order=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items(): z.writestr(n, b)
def esc(s): return html.escape(s, quote=True)
def doc(files): return files['word/document.xml'].decode('utf-8')
def setdoc(files, s): files['word/document.xml'] = s.encode('utf-8')
def ensure_ns(s, *prefixes):
    m = re.search(r'<w:document\b[^>]*>', s)
    tag = m.group(0); new = tag
    for p in prefixes:
        if f'xmlns:{p}=' not in new: new = new[:-1] + f' xmlns:{p}="{NS[p]}">'
    return s.replace(tag, new, 1)
def ins_body(files, xml, prefixes=()):
    s = ensure_ns(doc(files), *prefixes, 'r', 'w')
    i = s.rfind('<w:sectPr')
    if i < 0: i = s.rfind('</w:body>')
    setdoc(files, s[:i] + xml + s[i:])
def rels_path(part):
    d, f = part.rsplit('/', 1); return f'{d}/_rels/{f}.rels'
def add_rel(files, part, typ, target, ext=False):
    rp = rels_path(part)
    s = files.get(rp, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>').decode()
    n = 900
    while f'Id="rId{n}"' in s: n += 1
    rid = f'rId{n}'
    t = typ if typ.startswith('http') else RT + typ
    s = s.replace('</Relationships>', f'<Relationship Id="{rid}" Type="{t}" Target="{esc(target)}"' + (' TargetMode="External"' if ext else '') + '/></Relationships>')
    files[rp] = s.encode(); return rid
def add_ct(files, part=None, ct=None, ext=None):
    s = files['[Content_Types].xml'].decode()
    if ext:
        if f'Extension="{ext}"' not in s and f'Extension="{ext.upper()}"' not in s:
            s = s.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ct}"/></Types>')
    else:
        s = s.replace('</Types>', f'<Override PartName="/{part}" ContentType="{ct}"/></Types>')
    files['[Content_Types].xml'] = s.encode()
def run(t, rpr=''): return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def para(*runs): return '<w:p>' + ''.join(runs) + '</w:p>'
def P(t): return para(run(t))
def png_text(text, w=None):
    img = Image.new('RGB', (max(400, 26*len(text)+60), 90), 'white'); d = ImageDraw.Draw(img)
    d.text((20, 20), text, fill='black', font=FONT)
    b = io.BytesIO(); img.save(b, 'PNG'); return b.getvalue()
def add_image(files, data, part_name, from_part='word/document.xml'):
    files[f'word/media/{part_name}'] = data; add_ct(files, ext='png', ct='image/png')
    return add_rel(files, from_part, 'image', f'media/{part_name}')
DOCPR_ID = [5000]
def inline_pic(rid, cx=3600000, cy=540000, docpr_extra='', name='Picture', descr='', cnv_descr='', hl=''):
    DOCPR_ID[0] += 1; i = DOCPR_ID[0]
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{i}" name="{esc(name)}" descr="{esc(descr)}">{hl}</wp:docPr><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{i}" name="img{i}.png" descr="{esc(cnv_descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
PIC_NS = ('wp', 'a', 'pic', 'r')
def neutral_png(): return png_text('Screenshot: portal summary page')
def split3(v):
    n = len(v); a = n//3; b = 2*n//3; return v[:a], v[a:b], v[b:]

# ---------- techniques: f(files, v, kind) -> how (visibility note) ----------
T = {}
def tech(name, kinds, bases=('pack','pydocx','lo','mini')):
    def d(f): T[name] = (f, kinds, bases); return f
    return d

@tech('fldData_base64', ['mpan','eui','name','email','serial'])
def _(f, v, k):
    data = base64.b64encode(('MERGEFIELD ' + LABEL[k] + ' ' + v).encode('utf-16-le')).decode()
    ins_body(f, para(run(LABEL[k] + ': '), f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{data}</w:fldData></w:fldChar></w:r>',
                     '<w:r><w:instrText xml:space="preserve"> MERGEFIELD SupplyRef </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('«SupplyRef»'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'extract: w:fldData base64 (UTF-16LE) in document.xml'

@tech('instr_hyperlink_tooltip_o', ['mpan','phone','postcode','mprn','name'])
def _(f, v, k):
    ins_body(f, para(run('Portal record: '), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://portal.example.net/sp/8841" \\o "{esc(LABEL[k])} {esc(v)}" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('open record', '<w:rStyle w:val="Hyperlink"/>'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'hover: HYPERLINK \\o ScreenTip in w:instrText'

@tech('instr_quote_stale_update', ['serial','mpan','email','eui','phone'])
def _(f, v, k):
    vv = v.lower() if k in ('serial','eui') else v
    ins_body(f, para(run(LABEL[k] + ': '), '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> QUOTE "{esc(vv)}" \\* Upper \\* MERGEFORMAT </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('[pending]'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'update: QUOTE field code (lower-case in code, \\* Upper), stale result, w:dirty -> Word shows value on update/print'

@tech('instr_split_runs_with_bookmark', ['mprn','name','postcode','mpan','email'])
def _(f, v, k):
    a, b, c = split3(v)
    ins_body(f, para(run('See '), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "sp" \\o "{esc(a)}</w:instrText></w:r><w:bookmarkStart w:id="77" w:name="x1"/><w:r><w:instrText xml:space="preserve">{esc(b)}</w:instrText></w:r><w:bookmarkEnd w:id="77"/><w:r><w:instrText xml:space="preserve">{esc(c)}" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('supply point'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'hover: \\o tooltip split across three w:instrText runs with bookmark between'

@tech('docpr_hlinkClick_tooltip', ['mpan','serial','email','name','postcode'])
def _(f, v, k):
    rid = add_image(f, neutral_png(), f'hl{R.randint(0,10**9)}.png')
    hr = add_rel(f, 'word/document.xml', 'hyperlink', 'https://portal.example.net/meter/view', ext=True)
    hl = f'<a:hlinkClick xmlns:a="{NS["a"]}" r:id="{hr}" tooltip="{esc(LABEL[k] + " " + v)}"/>'
    ins_body(f, para(inline_pic(rid, hl=hl)), PIC_NS)
    return 'hover: a:hlinkClick tooltip on picture wp:docPr'

@tech('docpr_hlinkHover_tooltip', ['mprn','eui','phone','mpan','serial'])
def _(f, v, k):
    rid = add_image(f, neutral_png(), f'hh{R.randint(0,10**9)}.png')
    hr = add_rel(f, 'word/document.xml', 'hyperlink', 'https://portal.example.net/x', ext=True)
    hl = f'<a:hlinkHover xmlns:a="{NS["a"]}" r:id="{hr}" tooltip="{esc(v)}"/>'
    ins_body(f, para(inline_pic(rid, hl=hl)), PIC_NS)
    return 'hover: a:hlinkHover tooltip on picture wp:docPr'

@tech('docpr_name_selection_pane', ['name','mpan','serial','postcode','eui'])
def _(f, v, k):
    rid = add_image(f, neutral_png(), f'dn{R.randint(0,10**9)}.png')
    ins_body(f, para(inline_pic(rid, name=v)), PIC_NS)
    return 'extract: wp:docPr name (Selection Pane)'

@tech('pic_cNvPr_descr_inner', ['email','phone','mprn','name','mpan'])
def _(f, v, k):
    rid = add_image(f, neutral_png(), f'cd{R.randint(0,10**9)}.png')
    ins_body(f, para(inline_pic(rid, cnv_descr=LABEL[k] + ' ' + v)), PIC_NS)
    return 'extract: pic:cNvPr descr (inner picture alt text, docPr descr empty)'

@tech('object_vshape_imagedata_png', ['mpan','postcode','serial','phone','email'])
def _(f, v, k):
    rid = add_image(f, png_text(v), f'ob{R.randint(0,10**9)}.png')
    ins_body(f, para(run(LABEL[k] + ': '), f'<w:r><w:object w:dxaOrig="4800" w:dyaOrig="900"><v:shape id="_x0000_i10{R.randint(10,99)}" type="#_x0000_t75" style="width:240pt;height:45pt" o:ole=""><v:imagedata r:id="{rid}" o:title=""/></v:shape></w:object></w:r>'), ('v','o','r'))
    return 'visible(OCR): w:object v:shape v:imagedata picture of the value'

@tech('nested_txbx_table_shape', ['mpan','name','eui','mprn','email'])
def _(f, v, k):
    inner = (f'<w:r><w:pict><v:rect style="width:220pt;height:30pt" stroked="f"><v:textbox><w:txbxContent>{P(LABEL[k] + " " + v)}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
    tbl = f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr><w:p>{inner}</w:p></w:tc></w:tr></w:tbl><w:p/>'
    outer = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="4000000" cy="1400000"/><wp:wrapTopAndBottom/><wp:docPr id="{R.randint(7000,7999)}" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
             f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="1400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{tbl}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
             f'<mc:Fallback><w:pict><v:shape style="width:315pt;height:110pt" type="#_x0000_t202"><v:textbox><w:txbxContent>{tbl}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    ins_body(f, para(run('Site notes:')) + para(outer), ('mc','wps','wp','a','v','o','w14'))
    return 'visible: text box (wps) > table > VML rect v:textbox > w:txbxContent'

@tech('group_shape_wpg', ['postcode','phone','serial','name','mprn'])
def _(f, v, k):
    sp = f'<wps:wsp><wps:cNvPr id="{R.randint(8000,8999)}" name="tb"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{P(LABEL[k] + ": " + v)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
    x = (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3600000" cy="500000"/><wp:docPr id="{R.randint(9000,9999)}" name="Group 4"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/><a:chOff x="0" y="0"/><a:chExt cx="3600000" cy="500000"/></a:xfrm></wpg:grpSpPr>{sp}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    ins_body(f, para(x), ('wpg','wps','wp','a'))
    return 'visible: text in wps:txbx inside wpg:wgp group (no VML fallback)'

@tech('comment_reply_thread', ['name','phone','email','mpan','postcode'])
def _(f, v, k):
    c = f.get('word/comments.xml')
    base = c.decode() if c else f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}" xmlns:w14="{NS["w14"]}"></w:comments>'
    if 'xmlns:w14=' not in base: base = base.replace('<w:comments ', f'<w:comments xmlns:w14="{NS["w14"]}" ', 1)
    base = base.replace('</w:comments>', f'<w:comment w:id="801" w:author="QA Reviewer" w:initials="QR" w:date="2026-12-01T10:00:00Z"><w:p w14:paraId="1A2B3C4D"><w:r><w:t>Is this the right supply?</w:t></w:r></w:p></w:comment>'
        f'<w:comment w:id="802" w:author="Test Analyst" w:initials="TA" w:date="2026-12-01T10:05:00Z"><w:p w14:paraId="1A2B3C4E"><w:r><w:t xml:space="preserve">Yes, confirmed with {esc(LABEL[k].lower())} {esc(v)}</w:t></w:r></w:p></w:comment></w:comments>')
    f['word/comments.xml'] = base.encode()
    if not c:
        add_rel(f, 'word/document.xml', 'comments', 'comments.xml'); add_ct(f, 'word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
    f['word/commentsExtended.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="{NS["w15"]}"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/><w15:commentEx w15:paraId="1A2B3C4E" w15:paraIdParent="1A2B3C4D" w15:done="0"/></w15:commentsEx>').encode()
    add_rel(f, 'word/document.xml', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml')
    add_ct(f, 'word/commentsExtended.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml')
    ins_body(f, para('<w:commentRangeStart w:id="801"/><w:commentRangeStart w:id="802"/>', run('Supply point checked.'), '<w:commentRangeEnd w:id="801"/><w:commentRangeEnd w:id="802"/>', '<w:r><w:commentReference w:id="801"/></w:r><w:r><w:commentReference w:id="802"/></w:r>'))
    return 'visible(comments pane): reply comment (w15 paraIdParent) text'

@tech('comment_author_initials', ['name','name','name','email','name'])
def _(f, v, k):
    c = f.get('word/comments.xml')
    base = c.decode() if c else f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}"></w:comments>'
    ini = ''.join(x[0] for x in v.split() if x[0].isalpha())[:3] if k == 'name' else 'EH'
    base = base.replace('</w:comments>', f'<w:comment w:id="811" w:author="{esc(v)}" w:initials="{esc(ini)}" w:date="2026-12-02T08:00:00Z"><w:p><w:r><w:t>Reading agreed on site.</w:t></w:r></w:p></w:comment></w:comments>')
    f['word/comments.xml'] = base.encode()
    if not c:
        add_rel(f, 'word/document.xml', 'comments', 'comments.xml'); add_ct(f, 'word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
    ins_body(f, para('<w:commentRangeStart w:id="811"/>', run('Meter read 04512 kWh.'), '<w:commentRangeEnd w:id="811"/>', '<w:r><w:commentReference w:id="811"/></w:r>'))
    return 'visible(comments pane): w:comment w:author'

def ensure_notes(f, kind):
    part = f'word/{kind}s.xml'
    if part in f: return
    sep = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    f[part] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W}">{sep}</w:{kind}s>'.encode()
    add_rel(f, 'word/document.xml', f'{kind}s', f'{kind}s.xml'); add_ct(f, part, f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml')
def add_note(f, kind, nid, body):
    s = f[f'word/{kind}s.xml'].decode().replace(f'</w:{kind}s>', f'<w:{kind} w:id="{nid}">{body}</w:{kind}></w:{kind}s>'); f[f'word/{kind}s.xml'] = s.encode()

@tech('footnote_customMark', ['postcode','serial','mprn','phone','eui'])
def _(f, v, k):
    ensure_notes(f, 'footnote')
    add_note(f, 'footnote', 71, para(run(v), run(' refers to the site where the exchange was witnessed.')))
    ins_body(f, para(run('The exchange was witnessed at the site'), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="71"/><w:t>†</w:t></w:r>', run('.')))
    return 'visible: footnote text (custom mark, no w:footnoteRef in the footnote)'

@tech('endnote_customMark_text', ['mpan','name','email','serial','postcode'])
def _(f, v, k):
    ensure_notes(f, 'endnote')
    add_note(f, 'endnote', 72, para('<w:r><w:t xml:space="preserve">[A] </w:t></w:r>', run('Witness contact withheld.')))
    ins_body(f, para(run(LABEL[k] + ' '), f'<w:r><w:endnoteReference w:customMarkFollows="1" w:id="72"/><w:t xml:space="preserve">{esc(v)}</w:t></w:r>'))
    return 'visible: custom endnote mark text (w:t after endnoteReference customMarkFollows) in body'

def ensure_glossary(f, docpart_xml):
    g = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="{W}"><w:docParts>{docpart_xml}</w:docParts></w:glossaryDocument>'
    f['word/glossary/document.xml'] = g.encode()
    add_rel(f, 'word/document.xml', 'glossaryDocument', 'glossary/document.xml')
    add_ct(f, 'word/glossary/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml')

@tech('sdt_placeholder_from_glossary', ['mpan','eui','name','phone','serial'])
def _(f, v, k):
    ensure_glossary(f, f'<w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_1081868574"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:guid w:val="{{8F1E1BC2-4C5A-4F0B-9E21-7D1A4F0C2B11}}"/></w:docPartPr><w:docPartBody>{P(LABEL[k] + " " + v)}</w:docPartBody></w:docPart>')
    ins_body(f, f'<w:sdt><w:sdtPr><w:id w:val="-1290000"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_1081868574"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    return 'extract: glossary docPartBody placeholder text (shown when control is emptied)'

@tech('glossary_building_block_name', ['name','postcode','mpan','email','mprn'])
def _(f, v, k):
    ensure_glossary(f, f'<w:docPart><w:docPartPr><w:name w:val="{esc(v)}"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{{2A1E1BC2-4C5A-4F0B-9E21-7D1A4F0C2B12}}"/></w:docPartPr><w:docPartBody>{P("Standard witness statement.")}</w:docPartBody></w:docPart>')
    ins_body(f, P('Witness statement inserted from Quick Parts.'))
    return 'extract: glossary building block name (Quick Parts gallery)'

@tech('tblStyle_name', ['name','postcode','mpan','serial','phone'])
def _(f, v, k):
    sid = 'TblCust' + str(R.randint(100,999))
    if 'word/styles.xml' not in f:
        f['word/styles.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"></w:styles>'.encode()
        add_rel(f, 'word/document.xml', 'styles', 'styles.xml'); add_ct(f, 'word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml')
    s = f['word/styles.xml'].decode()
    s = s.replace('</w:styles>', f'<w:style w:type="table" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{esc(LABEL[k] + " " + v)}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>')
    f['word/styles.xml'] = s.encode()
    ins_body(f, f'<w:tbl><w:tblPr><w:tblStyle w:val="{sid}"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{P("Step 3 result: pass")}</w:tc></w:tr></w:tbl><w:p/>')
    return 'extract: table style w:name used by w:tblStyle (Table Design gallery tooltip)'

@tech('xml_processing_instruction', ['mpan','serial','eui','email','mprn'])
def _(f, v, k):
    s = doc(f); i = s.rfind('<w:sectPr')
    if i < 0: i = s.rfind('</w:body>')
    setdoc(f, s[:i] + f'<?attest-note {LABEL[k]} {v}?>' + P('Evidence annotated.') + s[i:])
    return 'extract: XML processing instruction in document.xml'

@tech('doctype_entity', ['mpan','name','postcode','phone','email'])
def _(f, v, k):
    s = doc(f)
    s = re.sub(r'^(<\?xml[^>]*\?>)', r'\1' + f'<!DOCTYPE w:document [<!ENTITY sp "{esc(v)}">]>', s, count=1)
    i = s.rfind('<w:sectPr')
    if i < 0: i = s.rfind('</w:body>')
    setdoc(f, s[:i] + f'<w:p><w:r><w:t xml:space="preserve">{LABEL[k]}: &sp;</w:t></w:r></w:p>' + s[i:])
    return 'extract/refuse: DOCTYPE internal entity expanded in body text (Word refuses DTDs)'

@tech('settings_caption_label', ['name','postcode','mpan','serial','eui'])
def _(f, v, k):
    if 'word/settings.xml' not in f:
        f['word/settings.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}"></w:settings>'.encode()
        add_rel(f, 'word/document.xml', 'settings', 'settings.xml'); add_ct(f, 'word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml')
    s = f['word/settings.xml'].decode()
    cap = f'<w:captions><w:caption w:name="{esc(v)}" w:pos="below" w:numFmt="decimal"/><w:caption w:name="Figure" w:pos="below"/></w:captions>'
    if '<w:captions>' in s: s = s.replace('<w:captions>', cap[:-len('</w:captions>')].replace('<w:captions>', '<w:captions>', 1) if False else '<w:captions>' + f'<w:caption w:name="{esc(v)}" w:pos="below" w:numFmt="decimal"/>', 1)
    elif '<w:compat' in s: s = s.replace('<w:compat', cap + '<w:compat', 1)
    else: s = s.replace('</w:settings>', cap + '</w:settings>')
    f['word/settings.xml'] = s.encode()
    ins_body(f, P('Figure 1: portal summary page'))
    return 'extract: w:settings w:captions w:caption w:name (Insert Caption label list)'

@tech('core_props_person', ['name','name','email','name','phone'])
def _(f, v, k):
    cp = f.get('docProps/core.xml')
    field = {'name': R.choice(['dc:creator','cp:lastModifiedBy']), 'email': 'dc:creator', 'phone': 'dc:description'}[k]
    if not cp:
        cp = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>').encode()
        add_rel(f, '_rels/.rels'.replace('_rels/.rels', 'x'), 'x', 'x') if False else None
        r = f['_rels/.rels'].decode().replace('</Relationships>', '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        f['_rels/.rels'] = r.encode(); add_ct(f, 'docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    s = cp.decode()
    s = re.sub(rf'<{field}[^>]*>.*?</{field}>|<{field}/>', '', s, flags=re.S)
    s = s.replace('</cp:coreProperties>', f'<{field}>{esc(v)}</{field}></cp:coreProperties>')
    f['docProps/core.xml'] = s.encode()
    ins_body(f, P('Prepared for the witness review.'))
    return f'extract: docProps/core.xml {field} (File > Info)'

@tech('hyperlink_docLocation', ['mpan','postcode','name','serial','email'])
def _(f, v, k):
    ins_body(f, para(f'<w:hyperlink w:docLocation="{esc(v)}" w:tgtFrame="_blank" w:history="1">', run('jump to site record', '<w:color w:val="0563C1"/><w:u w:val="single"/>'), '</w:hyperlink>'))
    return 'extract: w:hyperlink w:docLocation attribute'

def splitrun_tech(name, kinds, between, note, sep_fn=None):
    @tech(name, kinds)
    def _(f, v, k):
        a, b, c = split3(v)
        ins_body(f, para(run(LABEL[k] + ': '), run(a), between(1), run(b), between(2), run(c), run(' (confirmed)')))
        return note
for nm, kd, bt, note in [
    ('split_proofErr_bookmark_commentRange', ['mpan','serial','eui','phone','email'], lambda i: f'<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="{60+i}" w:name="_Hlk{R.randint(10**8,10**9)}"/><w:bookmarkEnd w:id="{60+i}"/><w:proofErr w:type="spellEnd"/>', 'visible: value split across runs with proofErr/bookmark markers between'),
    ('split_softHyphen_elem', ['mpan','mprn','serial','eui','postcode'], lambda i: '<w:r><w:softHyphen/></w:r>', 'visible: w:softHyphen elements between groups (invisible mid-line)'),
    ('split_noBreakHyphen_elem', ['mpan','mprn','phone','serial','eui'], lambda i: '<w:r><w:noBreakHyphen/></w:r>', 'visible: w:noBreakHyphen between groups (renders as -)'),
    ('split_cr_elem', ['mpan','email','postcode','phone','name'], lambda i: '<w:r><w:cr/></w:r>', 'visible: w:cr (carriage return) between groups, value on 3 lines'),
    ('split_hyperlink_boundary', ['mpan','mprn','serial','email','name'], lambda i: ('<w:hyperlink w:anchor="_top"><w:r><w:t>' if i == 1 else '</w:t></w:r></w:hyperlink>') if False else '', 'visible: (placeholder)'),
]: splitrun_tech(nm, kd, bt, note)
del T['split_hyperlink_boundary']
@tech('split_hyperlink_boundary', ['mpan','mprn','serial','email','name'])
def _(f, v, k):
    a, b, c = split3(v)
    ins_body(f, para(run(LABEL[k] + ': '), run(a), '<w:hyperlink w:anchor="_top" w:history="1">', run(b, '<w:u w:val="single"/>'), '</w:hyperlink>', '<w:fldSimple w:instr=" QUOTE &quot;x&quot; ">', run(c), '</w:fldSimple>'))
    return 'visible: value split: plain run + w:hyperlink run + w:fldSimple result'

def chars_tech(name, kinds, fn, note):
    @tech(name, kinds)
    def _(f, v, k):
        ins_body(f, P(LABEL[k] + ': ' + fn(v)))
        return note
chars_tech('zwsp_between_chars', ['mpan','serial','eui','postcode','email'], lambda v: '\u200b'.join(v), 'visible: U+200B zero-width space between every character')
chars_tech('wordjoiner_softhyphen_chars', ['mpan','mprn','phone','name','serial'], lambda v: ''.join(ch + ('\u2060' if i % 2 else '\u00ad') for i, ch in enumerate(v)), 'visible: alternating U+2060 word joiner / U+00AD soft hyphen between characters')
chars_tech('combining_low_line', ['mpan','mprn','serial','postcode','phone'], lambda v: ''.join(ch + '\u0332' for ch in v), 'visible: U+0332 combining low line after each character (underlined look)')
chars_tech('combining_enclosing_keycap', ['mpan','mprn','phone','eui','serial'], lambda v: ''.join(ch + '\u20e3' if ch.isdigit() else ch for ch in v), 'visible: U+20E3 combining enclosing keycap on digits')
chars_tech('math_monospace_digits', ['mpan','mprn','phone','serial','eui'], lambda v: ''.join(chr(0x1D7F6 + int(ch)) if ch.isdigit() else ch for ch in v), 'visible: U+1D7F6.. mathematical monospace digits')
chars_tech('fullwidth_all', ['postcode','email','serial','eui','mpan'], lambda v: ''.join(chr(ord(ch) + 0xFEE0) if '!' <= ch <= '~' else '\u3000' for ch in v), 'visible: full-width forms U+FF01.. (and U+3000 space)')
chars_tech('thin_nbsp_narrow_spaces', ['mpan','mprn','phone','postcode','eui'], lambda v: re.sub(r'(\d{4})(?=\d)', lambda m: m.group(1) + '\u202f', v.replace(' ', '\u2009').replace('-', '\u2011')), 'visible: U+202F narrow no-break space every 4 digits, U+2009 thin space, U+2011 non-breaking hyphen')
chars_tech('cyrillic_greek_homoglyph', ['serial','email','postcode','name','eui'], lambda v: v.translate(str.maketrans({'A':'А','E':'Е','K':'К','M':'М','S':'Ѕ','B':'В','a':'а','e':'е','o':'о','c':'с','O':'О','T':'Т','H':'Н','N':'Ν','C':'С','D':'D','X':'Х','P':'Р'})), 'visible: Latin letters replaced by Cyrillic/Greek homoglyphs')

def mk_altchunk(f, data, ext, ct):
    pn = f'word/chunk{R.randint(100,999)}.{ext}'
    f[pn] = data; add_ct(f, pn, ct)
    rid = add_rel(f, 'word/document.xml', 'aFChunk', pn.split('/',1)[1])
    ins_body(f, f'<w:altChunk r:id="{rid}"/>')
@tech('altchunk_mht_qp', ['mpan','name','email','postcode','phone'])
def _(f, v, k):
    body = f'<html><body><p>{html.escape(LABEL[k])}: <b>{html.escape(v)}</b></p></body></html>'
    qp = quopri.encodestring(body.encode('utf-8')).decode()
    # force a soft line break inside the value
    vi = qp.find(html.escape(v)[:4])
    if vi > 0: qp = qp[:vi+3] + '=\r\n' + qp[vi+3:]
    mht = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D"\r\n\r\n------=_NextPart_01D\r\nContent-Location: file:///C:/chunk.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n' + qp + '\r\n------=_NextPart_01D--\r\n')
    mk_altchunk(f, mht.encode(), 'mht', 'message/rfc822')
    return 'visible(Word): altChunk MHT, quoted-printable with soft line break inside the value'
@tech('altchunk_nested_docx', ['mprn','serial','eui','name','mpan'])
def _(f, v, k):
    inner = load('base/mini.docx')
    ins_body(inner, P(LABEL[k] + ' ' + v))
    b = io.BytesIO(); save(inner, b)
    mk_altchunk(f, b.getvalue(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    return 'visible(Word): altChunk of an embedded .docx part (value inside nested zip)'

def embed_object(f, data, partname, ct, progid, note):
    f[partname] = data; add_ct(f, partname, ct)
    rid = add_rel(f, 'word/document.xml', 'package', partname.split('/',1)[1])
    img = add_image(f, png_text('[embedded file]'), f'emb{R.randint(0,10**9)}.png')
    ins_body(f, para(run('Attached: '), f'<w:r><w:object w:dxaOrig="2000" w:dyaOrig="600"><v:shape id="_x0000_i2{R.randint(100,999)}" type="#_x0000_t75" style="width:100pt;height:30pt" o:ole=""><v:imagedata r:id="{img}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i2000" DrawAspect="Icon" ObjectID="_1790000{R.randint(100,999)}" r:id="{rid}"/></w:object></w:r>'), ('v','o','r'))
    return note
@tech('embedded_xlsx_sheetname_definedname', ['mpan','serial','name','postcode','mprn'])
def _(f, v, k):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = v[:31].replace("'", '')
    ws['A1'] = 'Reading'; ws['B1'] = 4512
    from openpyxl.workbook.defined_name import DefinedName
    b = io.BytesIO(); wb.save(b)
    return embed_object(f, b.getvalue(), f'word/embeddings/Microsoft_Excel_Worksheet{R.randint(10,99)}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel.Sheet.12', 'extract: embedded .xlsx worksheet NAME (tab label) only')
@tech('embedded_xlsx_richtext_split', ['mpan','eui','email','phone','mprn'])
def _(f, v, k):
    wb = openpyxl.Workbook(); ws = wb.active; ws['A1'] = 'x'; b = io.BytesIO(); wb.save(b)
    zf = load(io.BytesIO(b.getvalue()))
    a, bb, c = split3(v)
    zf['xl/sharedStrings.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><r><t>{esc(a)}</t></r><r><rPr><b/></rPr><t>{esc(bb)}</t></r><r><t>{esc(c)}</t></r></si></sst>'.encode()
    s = zf['xl/worksheets/sheet1.xml'].decode(); s = re.sub(r'<c r="A1"[^>]*>.*?</c>', '<c r="A1" t="s"><v>0</v></c>', s, flags=re.S); zf['xl/worksheets/sheet1.xml'] = s.encode()
    if 'xl/sharedStrings.xml' not in load(io.BytesIO(b.getvalue())):
        zf['[Content_Types].xml'] = zf['[Content_Types].xml'].decode().replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
        zf['xl/_rels/workbook.xml.rels'] = zf['xl/_rels/workbook.xml.rels'].decode().replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').encode()
    o = io.BytesIO(); save(zf, o)
    return embed_object(f, o.getvalue(), f'word/embeddings/Microsoft_Excel_Worksheet{R.randint(10,99)}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel.Sheet.12', 'extract: embedded .xlsx, shared string split into 3 rich-text runs')
@tech('embedded_odt', ['mpan','name','email','postcode','serial'])
def _(f, v, k):
    odt = open(f'base/odt/{k}_{abs(hash(v))%1000}.odt', 'rb').read() if False else make_odt(LABEL[k] + ' ' + v)
    return embed_object(f, odt, f'word/embeddings/oleObject_odt{R.randint(10,99)}.odt', 'application/vnd.oasis.opendocument.text', 'opendocument.WriterDocument.1', 'extract: embedded .odt (OpenDocument) content.xml')
@tech('embedded_eml_qp', ['email','name','phone','mpan','postcode'])
def _(f, v, k):
    body = quopri.encodestring(f'Hi,\n\nplease use the site contact below for the witnessed test.\n{LABEL[k]}: {v}\n\nRegards'.encode()).decode()
    eml = f'From: test.lead@dno-testing.org.uk\r\nTo: witness@dcc-test.example\r\nSubject: Witness arrangements UIT run 12\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{body}\r\n'
    if k in ('email','mpan','postcode'):
        eml = eml.replace('Content-Transfer-Encoding: quoted-printable', 'Content-Transfer-Encoding: base64').replace(body, base64.encodebytes(f'Hi,\n{LABEL[k]}: {v}\n'.encode()).decode())
    return embed_object(f, eml.encode(), f'word/embeddings/witness_mail{R.randint(10,99)}.eml', 'message/rfc822', 'Package', 'extract: embedded .eml (quoted-printable or base64 body)')
def make_odt(text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        z.writestr('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        a, bb, c = split3(text)
        z.writestr('content.xml', f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>{esc(a)}<text:span>{esc(bb)}</text:span><text:s/>{esc(c)}</text:p></office:text></office:body></office:document-content>')
    return b.getvalue()

def ensure_sect_header(f, typ, xml_body, titlepg=False):
    hp = f'word/header{R.randint(100,999)}.xml'
    f[hp] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}" xmlns:r="{NS["r"]}" xmlns:wp="{NS["wp"]}" xmlns:a="{NS["a"]}" xmlns:pic="{NS["pic"]}">{xml_body}</w:hdr>'.encode()
    add_ct(f, hp, 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    rid = add_rel(f, 'word/document.xml', 'header', hp.split('/',1)[1])
    s = doc(f); i = s.rfind('<w:sectPr'); j = s.find('>', i) + 1
    s = s[:j] + f'<w:headerReference w:type="{typ}" r:id="{rid}"/>' + s[j:]
    setdoc(f, ensure_ns(s, 'r')); return hp
@tech('unused_even_header_text', ['mpan','name','postcode','email','phone'])
def _(f, v, k):
    ensure_sect_header(f, 'even', P(LABEL[k] + ' ' + v))
    return 'extract: even-page header text while settings lack w:evenAndOddHeaders (never displayed)'
@tech('unused_first_header_image', ['mpan','serial','postcode','eui','name'])
def _(f, v, k):
    hp = f'word/header{R.randint(100,999)}.xml'
    f['word/media/fh%d.png' % len(v+k)] = b''
    del f['word/media/fh%d.png' % len(v+k)]
    data = png_text(v)
    img = f'fh{R.randint(0,10**9)}.png'; f[f'word/media/{img}'] = data; add_ct(f, ext='png', ct='image/png')
    # header rels
    DOCPR_ID[0] += 1
    hp2 = ensure_sect_header(f, 'first', '')
    rid = add_rel(f, hp2, 'image', f'media/{img}')
    s = f[hp2].decode().replace('</w:hdr>', para(inline_pic(rid)) + '</w:hdr>'); f[hp2] = s.encode()
    return 'extract(OCR): picture of the value in a first-page header without w:titlePg (never displayed)'

# non-OOXML files renamed .docx
def rtf_escape(s):
    o = ''
    for ch in s:
        if ord(ch) > 127: o += '\\u%d?' % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536)
        else: o += ch
    return o
@tech('rtf_renamed_hex_escapes', KINDS[:5] + ['email'], bases=('rtf',))
def _(f, v, k):
    vv = ''.join("\\'%02x" % ord(ch) if ch.isalnum() and ord(ch) < 128 else rtf_escape(ch) for ch in v)
    f['__raw__'] = ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 Test evidence, SIT cycle 3, D0010 v002.\\par ' + LABEL[k] + ': ' + vv + '\\par Result: passed.\\par}').encode()
    return 'visible: RTF file renamed .docx, value written with \\\'hh hex escapes'
@tech('rtf_renamed_groups_info', ['mpan','name','postcode','phone','serial','eui'], bases=('rtf',))
def _(f, v, k):
    a, b, c = split3(v)
    if k == 'name':
        f['__raw__'] = ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}{\\info{\\author ' + rtf_escape(v) + '}{\\operator QA}}\\f0 Witness note.\\par}').encode()
        return 'extract: RTF \\info \\author (File properties)'
    f['__raw__'] = ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0 ' + LABEL[k] + ': {\\b ' + rtf_escape(a) + '}{\\*\\bkmkstart x}{\\i0 ' + rtf_escape(b) + '}{\\*\\bkmkend x}{\\ul ' + rtf_escape(c) + '}\\par}').encode()
    return 'visible: RTF renamed .docx, value split across {\\b}{\\i0}{\\ul} groups and bookmark destinations'
@tech('html_renamed_split', ['mpan','mprn','serial','eui','postcode','name','phone'], bases=('html',))
def _(f, v, k):
    a, b, c = split3(v)
    ent = ''.join('&#%d;' % ord(ch) for ch in b)
    f['__raw__'] = f'<html><head><meta charset="utf-8"><title>Evidence</title></head><body><h1>Step 3 evidence</h1><p>{html.escape(LABEL[k])}: <span style="color:#000">{html.escape(a)}</span><!-- x -->{ent}<span>{html.escape(c)}</span></p></body></html>'.encode()
    return 'visible: HTML renamed .docx, value split across span/comment with numeric entities'
@tech('html_renamed_meta_title', ['name','email','mpan','phone','postcode'], bases=('html',))
def _(f, v, k):
    f['__raw__'] = f'<html><head><meta charset="utf-8"><meta name="author" content="{html.escape(v)}"><title>Evidence {html.escape(v) if k!="name" else "pack"}</title></head><body><p>Step 3: passed.</p></body></html>'.encode()
    return 'extract: HTML renamed .docx, value in <meta name=author> (and <title> unless name)'
@tech('mhtml_renamed_qp', ['mpan','name','email','serial','eui','postcode'], bases=('mhtml',))
def _(f, v, k):
    body = f'<html><body><p>Step 3 evidence.</p><p>{html.escape(LABEL[k])}: {html.escape(v)}</p></body></html>'
    qp = quopri.encodestring(body.encode()).decode()
    vi = qp.find(html.escape(v)[:3])
    qp = qp[:vi+2] + '=\r\n' + qp[vi+2:]
    f['__raw__'] = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_ABC"\r\n\r\n------=_NextPart_ABC\r\nContent-Location: file:///C:/evidence.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n' + qp + '\r\n------=_NextPart_ABC--\r\n').encode()
    return 'visible: MHTML renamed .docx, quoted-printable body with soft line break inside the value'
def wml2003(body, props=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>'
            '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
            + props + f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:wordDocument>')
@tech('wordml2003_renamed_split', ['mpan','mprn','serial','eui','postcode','phone'], bases=('wml2003',))
def _(f, v, k):
    a, b, c = split3(v)
    f['__raw__'] = wml2003(f'<w:p><w:r><w:t>{esc(LABEL[k])}: </w:t></w:r><w:r><w:t>{esc(a)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{esc(b)}</w:t></w:r><w:r><w:t>{esc(c)}</w:t></w:r></w:p>').encode()
    return 'visible: Word 2003 XML (flat WordprocessingML) renamed .docx, value split over 3 runs'
@tech('wordml2003_binData_image', ['mpan','serial','postcode','email'], bases=('wml2003',))
def _(f, v, k):
    b64 = base64.b64encode(png_text(v)).decode()
    f['__raw__'] = wml2003(f'<w:p><w:r><w:t>Screenshot:</w:t></w:r></w:p><w:p><w:r><w:pict><w:binData w:name="wordml://01000001.png">{b64}</w:binData><v:shape id="i1" style="width:300pt;height:60pt"><v:imagedata src="wordml://01000001.png" o:title="screenshot"/></v:shape></w:pict></w:r></w:p>').encode()
    return 'visible(OCR): Word 2003 XML w:pict w:binData PNG picture of the value'
@tech('wordml2003_docprops_author', ['name','name','email'], bases=('wml2003',))
def _(f, v, k):
    f['__raw__'] = wml2003('<w:p><w:r><w:t>Witness note.</w:t></w:r></w:p>', f'<o:DocumentProperties><o:Author>{esc(v)}</o:Author><o:LastAuthor>{esc(v)}</o:LastAuthor></o:DocumentProperties>').encode()
    return 'extract: Word 2003 XML o:DocumentProperties Author/LastAuthor'
@tech('binary_doc_renamed', ['mpan','mprn','serial','eui','postcode','name','phone','email'], bases=('doc',))
def _(f, v, k):
    f['__doc_src__'] = (LABEL[k] + ': ' + v)
    return 'visible: binary Word 97-2003 .doc (converted by LibreOffice) renamed .docx'

# package-structure oddities
@tech('second_officeDocument_rel', ['mpan','name','email','serial','postcode'], bases=('pydocx','lo','mini'))
def _(f, v, k):
    d = doc(f); i = d.rfind('<w:sectPr'); j = d.find('</w:body>')
    if i < 0: i = j
    f['word/document2.xml'] = (d[:d.find('<w:body>')+8] + P(LABEL[k] + ' ' + v) + d[i:]).encode()
    add_ct(f, 'word/document2.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    r = f['_rels/.rels'].decode().replace('</Relationships>', '<Relationship Id="rId88" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>')
    f['_rels/.rels'] = r.encode()
    return 'extract: second officeDocument relationship to word/document2.xml holding the value'
@tech('main_part_odd_path', ['mpan','mprn','eui','phone','name'], bases=('mini',))
def _(f, v, k):
    ins_body(f, P(LABEL[k] + ': ' + v))
    sp = k in ('mpan', 'phone')
    p, pe = ('content/main body.xml', 'content/main%20body.xml') if sp else ('x/y/evidence-main.xml', 'x/y/evidence-main.xml')
    f[p] = f.pop('word/document.xml')
    f['[Content_Types].xml'] = f['[Content_Types].xml'].replace(b'/word/document.xml', b'/' + pe.encode())
    f['_rels/.rels'] = f['_rels/.rels'].replace(b'word/document.xml', pe.encode())
    return 'visible: main part at odd path /' + pe + (' (percent-encoded space; LibreOffice cannot open it, Word can)' if sp else '')
@tech('huge_padding_part', ['mpan','email'], bases=('pydocx',))
def _(f, v, k):
    f['customXml/item9.xml'] = ('<?xml version="1.0"?><pad>' + ' ' * (100*1024*1024) + f'<note>{LABEL[k]} {v}</note></pad>').encode()
    ins_body(f, P('Large attachment index below.'))
    return 'extract: 100 MB customXml part, value after the padding'
@tech('deep_nesting', ['mpan','name'], bases=('mini',))
def _(f, v, k):
    depth = 5000
    ins_body(f, '<w:sdt><w:sdtContent>' * depth + P(LABEL[k] + ' ' + v) + '</w:sdtContent></w:sdt>' * depth)
    return 'visible: value in a paragraph nested 5000 content controls deep'
@tech('huge_body_value_at_end', ['serial'], bases=('mini',))
def _(f, v, k):
    ins_body(f, P('Log excerpt follows.') * 60000 + P(LABEL[k] + ' ' + v))
    return 'visible: 60 000 paragraphs (~3 MB document.xml) then the value'

# ---------- controls (must not be flagged) ----------
KEEPS = ['MPAN-REF-07', 'DIP-MSG-0003456', 'DUIS-REQ-000418', '2026-11-30T09:14:22Z', 'FM_TS_2_TC_14', 'v4.12.0.1', '£12,345.67',
         '1,234,567 records', 'ADO #48213', 'INV-2026-004512', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'SSC 0393', 'LLFC 412', 'GSP group _A',
         'D0010 v002', 'commit 9f3c2a7', 'Room 4.12', 'Build 20261130.7', 'TPR 00043', 'Reading 004512 kWh', 'MSID-REF-22', 'Meter ref MTR-REF-3', 'ESME-REF-11',
         'Ticket INC0012345', 'Release R26.1', 'Sequence 000000042', 'Port 8443', 'IF-031 v1.2', 'Profile class 01', 'Page 3 of 12']
CTRL_TECHS = ['fldData_base64','instr_hyperlink_tooltip_o','docpr_hlinkClick_tooltip','docpr_name_selection_pane','pic_cNvPr_descr_inner','nested_txbx_table_shape','comment_reply_thread','footnote_customMark','sdt_placeholder_from_glossary','glossary_building_block_name','tblStyle_name','xml_processing_instruction','settings_caption_label','hyperlink_docLocation','split_proofErr_bookmark_commentRange','zwsp_between_chars','altchunk_mht_qp','altchunk_nested_docx','embedded_xlsx_sheetname_definedname','embedded_odt','embedded_eml_qp','unused_even_header_text','object_vshape_imagedata_png','split_noBreakHyphen_elem','group_shape_wpg','instr_quote_stale_update','endnote_customMark_text','doctype_entity']

def settings_controls(f, i):
    # rsids decoys, docGrid/pgSz values, font sig: identifier-like numbers in settings and sectPr
    s = f.get('word/settings.xml')
    if s:
        s = s.decode()
        rs = ''.join(f'<w:rsid w:val="{R.randint(0, 16**8-1):08X}"/>' for _ in range(40))
        if '<w:rsids>' in s: s = s.replace('<w:rsids>', '<w:rsids><w:rsidRoot w:val="00A1B2C3"/>' + rs, 1)
        else: s = s.replace('</w:settings>', f'<w:rsids><w:rsidRoot w:val="00A1B2C3"/>{rs}</w:rsids></w:settings>')
        f['word/settings.xml'] = s.encode()
    d = doc(f)
    d = re.sub(r'<w:pgSz [^>]*/>', '<w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:docGrid w:type="lines" w:linePitch="360" w:charSpace="101234567"/>', d, count=1) if i % 2 else d
    setdoc(f, d)

# ---------- build ----------
BASES = {'pack': 'base/pack_demo.docx', 'pydocx': 'base/pydocx.docx', 'lo': 'base/lo.docx', 'mini': 'base/mini.docx'}
truth = []
def build(idx, tname, kind, base, value, control=False):
    fn, kinds, bases = T[tname]
    f = load(BASES[base]) if base in BASES else {}
    how = fn(f, value, kind)
    out = f'{OUT}/{"C" if control else "A"}{idx:03d}_{tname}_{kind}_{base}.docx'
    if '__raw__' in f: open(out, 'wb').write(f['__raw__'])
    elif '__doc_src__' in f:
        tmp = f'gen/tmp_doc_{idx}'; os.makedirs(tmp, exist_ok=True)
        m = load('base/mini.docx'); ins_body(m, P('Witness note, UIT run 12.') + P(f['__doc_src__'])); save(m, f'{tmp}/x.docx')
        subprocess.run(['soffice', '--headless', '--convert-to', 'doc', '--outdir', tmp, f'{tmp}/x.docx'], check=True, capture_output=True)
        shutil.copy(f'{tmp}/x.doc', out); shutil.rmtree(tmp)
    else: save(f, out)
    truth.append(dict(file=os.path.basename(out), control=control, technique=tname, kind=kind, base=base, value=value, how=how))

idx = 0
for tname, (fn, kinds, bases) in T.items():
    for j, kind in enumerate(kinds):
        base = bases[(idx + j) % len(bases)]
        if tname in ('embedded_odt',) and False: pass
        value = GEN[kind]()
        idx += 1; build(idx, tname, kind, base, value)
# controls
ci = 0
for j, tname in enumerate(CTRL_TECHS):
    for rep in range(2 if j < 14 else 1):
        ci += 1
        keep = KEEPS[(ci * 7) % len(KEEPS)]
        base = ['pack','pydocx','lo','mini'][ci % 4]
        fn, kinds, bases = T[tname]
        f = load(BASES[base]); how = fn(f, keep, 'mpan' if ci % 2 else 'serial')
        if ci % 3 == 0: settings_controls(f, ci)
        out = f'{OUT}/C{ci:03d}_{tname}_{base}.docx'; save(f, out)
        truth.append(dict(file=os.path.basename(out), control=True, technique=tname, kind='keep', base=base, value=keep, how=how + ('; plus rsid/docGrid decoys' if ci % 3 == 0 else '')))
# label-free controls: settings decoys only
for j in range(3):
    ci += 1; base = ['pack','pydocx','lo'][j]; f = load(BASES[base]); settings_controls(f, 1); ins_body(f, P('Meter reading 004512 kWh taken 05/12/2026 at 09:14, 42 registers, Port 8443.'))
    out = f'{OUT}/C{ci:03d}_settings_decoys_{base}.docx'; save(f, out)
    truth.append(dict(file=os.path.basename(out), control=True, technique='settings_decoys', kind='keep', base=base, value='rsids/docGrid/pgSz numbers', how='extract: w:rsid values, linePitch/charSpace 101234567, pgSz'))
json.dump(truth, open('truth.json', 'w'), indent=1, ensure_ascii=False)
print(len([t for t in truth if not t['control']]), 'altered;', len([t for t in truth if t['control']]), 'controls')
