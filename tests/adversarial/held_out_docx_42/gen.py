# Generator for the held-out .docx corpus (issue 12 section 3). Deterministic.
import zipfile, io, os, re, json, random, hashlib, base64, zlib, struct, html
from PIL import Image, ImageDraw, ImageFont
import openpyxl
random.seed(3412)
OUT = 'corpus'; os.makedirs(OUT, exist_ok=True)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = {
 'w':W,'r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 'wp':'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 'a':'http://schemas.openxmlformats.org/drawingml/2006/main',
 'pic':'http://schemas.openxmlformats.org/drawingml/2006/picture',
 'mc':'http://schemas.openxmlformats.org/markup-compatibility/2006',
 'v':'urn:schemas-microsoft-com:vml','o':'urn:schemas-microsoft-com:office:office',
 'w10':'urn:schemas-microsoft-com:office:word',
 'wps':'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 'wpg':'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
 'w14':'http://schemas.microsoft.com/office/word/2010/wordml',
 'w15':'http://schemas.microsoft.com/office/word/2012/wordml',
 'm':'http://schemas.openxmlformats.org/officeDocument/2006/math',
 'c':'http://schemas.openxmlformats.org/drawingml/2006/chart',
 'dgm':'http://schemas.openxmlformats.org/drawingml/2006/diagram',
 'asvg':'http://schemas.microsoft.com/office/drawing/2016/SVG/main',
}
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

# ---------- invented identifiers ----------
W12 = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan():
    while True:
        d = [random.randint(10,23)] 
        s = '%02d' % d[0] + ''.join(str(random.randint(0,9)) for _ in range(10))
        c = sum(int(x)*w for x,w in zip(s,W12)) % 11 % 10
        return s + str(c)
def mprn(): return str(random.randint(1,9)) + ''.join(str(random.randint(0,9)) for _ in range(9))
def esn():
    return random.choice(['SM','EM','KL','LG','AC']) + '%02d' % random.randint(12,24) + random.choice('ABCDEK') + '%05d' % random.randint(0,99999)
def gsn(): return 'G4K' + '%08d' % random.randint(0,99999999)
def eui(): return '-'.join(['00','1D','7A'] + ['%02X' % random.randint(0,255) for _ in range(5)])
PCS = ['SN12 6QT','BS7 9LP','LS6 2AZ','M14 5RT','CF24 3JD','NE6 4XB','B29 7HH','EH10 5PJ','NG7 2FQ','PO4 0DN']
FIRST = ['Eleanor','Gareth','Priya','Callum','Rhiannon','Tomasz','Bethany','Idris','Mairead','Oluwaseun']
LAST = ['Whitcombe','Pryce-Hollis','Venkataraman','McAllister','Ellery','Kowalczyk','Thistlewood','Gethin','Ní Bhriain','Adeyemi']
def postcode(): return random.choice(PCS)
def phone(): return '07700 900%03d' % random.randint(0,999)
def email(): return '%s.%s@example.net' % (random.choice(FIRST).lower(), random.choice(LAST).lower().replace(' ','').replace('í','i'))
GEN = {'mpan':mpan,'mprn':mprn,'esn':esn,'gsn':gsn,'eui':eui,'postcode':postcode,'phone':phone,'email':email}
LABEL = {'mpan':'MPAN','mprn':'MPRN','esn':'Meter serial','gsn':'Gas meter','eui':'Device ID','postcode':'Postcode','phone':'Customer phone','email':'Customer e-mail'}
used=set()
def secret(kind):
    while True:
        v = GEN[kind]()
        if v not in used: used.add(v); return v

def esc(s): return html.escape(s, quote=True)
def run(t, rpr=''): return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (('<w:rPr>%s</w:rPr>'%rpr) if rpr else '', esc(t))
def para(inner, ppr=''): return '<w:p>%s%s</w:p>' % (('<w:pPr>%s</w:pPr>'%ppr) if ppr else '', inner)
def P(t, rpr='', ppr=''): return para(run(t, rpr), ppr)

# ---------- package helper ----------
class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path); self.parts = {n: z.read(n) for n in z.namelist()}; self.order = z.namelist()
        self.zip_comment = b''; self.compress = zipfile.ZIP_DEFLATED; self.prefix=b''; self.names_override={}
    def s(self, n): return self.parts[n].decode('utf-8')
    def put(self, n, data):
        if isinstance(data, str): data = data.encode('utf-8')
        if n not in self.parts: self.order.append(n)
        self.parts[n] = data
    def ensure_ns(self, n):
        x = self.s(n); m = re.search(r'<(\w+:\w+)\s[^>]*>', x[x.find('<', x.find('?>')+2 if x.startswith('<?') else 0):])
        # root tag = first element after prolog
        start = x.find('<', x.find('?>')+2) if x.startswith('<?') else x.find('<')
        end = x.find('>', start)
        root = x[start:end]
        used_p = set(re.findall(r'[<\s/](\w+):\w+', x))
        add = ''
        for p in used_p:
            if p in NS and ('xmlns:%s=' % p) not in root: add += ' xmlns:%s="%s"' % (p, NS[p])
        if add:
            x = x[:start] + root + add + x[end:]
        self.put(n, x)
    def body_add(self, xml, part='word/document.xml', where='end'):
        x = self.s(part)
        if part == 'word/document.xml':
            i = x.rfind('<w:sectPr')
            if i < 0 or x.find('</w:body>') < i: i = x.rfind('</w:body>')
            if where == 'start': i = x.find('>', x.find('<w:body')) + 1
            x = x[:i] + xml + x[i:]
        else:
            i = x.rfind('</'); x = x[:i] + xml + x[i:]
        self.put(part, x); self.ensure_ns(part)
    def ct_default(self, ext, ctype):
        x = self.s('[Content_Types].xml')
        if 'Extension="%s"' % ext not in x and "Extension='%s'" % ext not in x:
            x = x.replace('</Types>', '<Default Extension="%s" ContentType="%s"/></Types>' % (ext, ctype))
        self.put('[Content_Types].xml', x)
    def ct_override(self, part, ctype):
        x = self.s('[Content_Types].xml')
        x = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(part), '', x)
        x = x.replace('</Types>', '<Override PartName="/%s" ContentType="%s"/></Types>' % (part, ctype))
        self.put('[Content_Types].xml', x)
    def rel(self, src, typ, target, external=False):
        d, f = os.path.split(src); rp = (d + '/' if d else '') + '_rels/' + f + '.rels'
        if rp not in self.parts:
            self.put(rp, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        x = self.s(rp); ids = [int(i) for i in re.findall(r'Id="rId(\d+)"', x)] + [int(i) for i in re.findall(r"Id='rId(\d+)'", x)]
        rid = 'rId%d' % (max(ids + [0]) + 100)
        t = typ if typ.startswith('http') else RT + typ
        x = x.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"%s/></Relationships>' % (rid, t, esc(target), ' TargetMode="External"' if external else ''))
        self.put(rp, x); return rid
    def add_part(self, name, data, ctype=None, reltype=None, src='word/document.xml', ext_default=None):
        self.put(name, data)
        if ctype: self.ct_override(name, ctype)
        if ext_default: self.ct_default(*ext_default)
        if reltype:
            target = os.path.relpath(name, os.path.dirname(src)) if src else name
            return self.rel(src if src else '', reltype, target)
    def save(self, path):
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, 'w', self.compress) as z:
            for n in self.order:
                if n in self.parts: z.writestr(self.names_override.get(n, n), self.parts[n])
            z.comment = self.zip_comment
        open(path, 'wb').write(self.prefix + bio.getvalue())

def hdr_ftr(p, kind='header', typ='default', content=''):
    name = 'word/%s_x%d.xml' % (kind, random.randint(100,999))
    tag = 'w:hdr' if kind=='header' else 'w:ftr'
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%s xmlns:w="%s" xmlns:r="%s">%s</%s>' % (tag, W, NS['r'], content, tag)
    rid = p.add_part(name, xml, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml' % kind, kind, )
    p.ensure_ns(name)
    x = p.s('word/document.xml'); i = x.rfind('<w:sectPr'); j = x.find('>', i) + 1
    if x[j-2] == '/':  # self-closing sectPr
        x = x[:j-2] + '>' + '</w:sectPr>' + x[j:]; j = j - 1
    ref = '<w:%sReference w:type="%s" r:id="%s"/>' % (kind, typ, rid)
    # remove existing reference of same type so ours is used
    seg_end = x.find('</w:sectPr>', i)
    seg = re.sub(r'<w:%sReference w:type="%s"[^>]*/>' % (kind, typ), '', x[j:seg_end])
    extra = '<w:titlePg/>' if typ == 'first' else ''
    x = x[:j] + ref + seg + x[seg_end:]
    if extra and '<w:titlePg' not in x[i:]:
        e = x.find('</w:sectPr>', i); dg = x.find('<w:docGrid', i); tdir = x.find('<w:textDirection', i)
        cands = [c for c in (dg, tdir) if 0 <= c < e]
        at = min(cands) if cands else e
        x = x[:at] + extra + x[at:]
    p.put('word/document.xml', x); p.ensure_ns('word/document.xml')
    if typ == 'even':
        s = p.s('word/settings.xml')
        if 'evenAndOddHeaders' not in s: settings_insert(p, 'evenAndOddHeaders', '<w:evenAndOddHeaders/>')
    return name

def png_text(text, size=(900,70), fs=30, bg='white', fg='black', rotate=0):
    im = Image.new('RGB', size, bg); d = ImageDraw.Draw(im); f = ImageFont.truetype(FONT, fs)
    d.text((12, (size[1]-fs)//2 - 4), text, fill=fg, font=f)
    if rotate: im = im.rotate(rotate, expand=True, fillcolor=bg)
    return im
def im_bytes(im, fmt='PNG', **kw): b = io.BytesIO(); im.save(b, fmt, **kw); return b.getvalue()

def drawing_inline(rid, descr='Screenshot', title='', name='Picture 9', cx=5486400, cy=427000, extra_blip='', hlink=''):
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
      '<wp:docPr id="%d" name="%s" descr="%s"%s>%s</wp:docPr><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="img.png"/><pic:cNvPicPr/></pic:nvPicPr>'
      '<pic:blipFill><a:blip r:embed="%s">%s</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
      ) % (cx, cy, random.randint(1000,9999), esc(name), esc(descr), (' title="%s"' % esc(title)) if title else '', hlink, rid, extra_blip, cx, cy)

def add_image(p, data, ext='png', ctype='image/png'):
    n = 'word/media/hx%d.%s' % (random.randint(10000,99999), ext)
    p.ct_default(ext, ctype)
    return p.add_part(n, data, reltype='image'), n

def txbx_anchor(inner_paras, vml_paras=None, choice=True, fallback=True):
    dml = ('<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
      '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
      '<wp:extent cx="4000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="%d" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
      '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
      '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>') % (random.randint(100,999), inner_paras)
    vml = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
      '<v:shape id="TextBox%d" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:315pt;height:47pt;z-index:251659264" strokeweight=".5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>') % (random.randint(1,999), vml_paras if vml_paras is not None else inner_paras)
    if choice and fallback:
        return '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r></w:p>' % (dml, vml)
    if choice: return '<w:p><w:r>%s</w:r></w:p>' % dml
    return '<w:p><w:r>%s</w:r></w:p>' % vml


SETTINGS_ORDER = """writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator""".split()
def settings_insert(p, elname, xml):
    x = p.s('word/settings.xml'); idx = SETTINGS_ORDER.index(elname); pos = None
    for m in re.finditer(r'<(?:\w+:)?(\w+)[\s/>]', x[x.find('>', x.find('<w:settings'))+1:]):
        pass
    body_start = x.find('>', x.find('<w:settings')) + 1
    # walk top-level children
    depth = 0; i = body_start
    for m in re.finditer(r'<(/?)([\w]+:)?([\w]+)([^>]*?)(/?)>', x[body_start:]):
        close, tag, selfc = m.group(1), m.group(3), m.group(5)
        if close: depth -= 1; continue
        if depth == 0 and tag != 'settings':
            if tag in SETTINGS_ORDER and SETTINGS_ORDER.index(tag) > idx: pos = body_start + m.start(); break
        if not selfc: depth += 1
    if pos is None: pos = x.rfind('</w:settings>')
    x = x[:pos] + xml + x[pos:]; p.put('word/settings.xml', x); p.ensure_ns('word/settings.xml')

CASES = []   # truth
def case(cid, base, kind, technique, visibility, location, builder, secret_val=None, keeps=(), control=False, ext='docx', verify='render'):
    CASES.append(dict(id=cid, base=base, kind=kind, technique=technique, visibility=visibility, location=location,
                      builder=builder, secret=secret_val, keeps=list(keeps), control=control, ext=ext, verify=verify))

BASES = {'A':'base/attest_pack.docx','P':'base/pydocx_report.docx','L':'base/lo_notes.docx'}

# ---------------- techniques ----------------
# each: f(p, s, kind) -> (location, visibility)
#   visibility: 'page' (shown on the page in Word and LibreOffice), 'page-word' (Word shows; LO may not),
#   'on-demand' (All Markup / show hidden / Alt+F9 / dialog / hover / properties), 'extractable' (a reader can extract it)
T = {}
def tech(name):
    def d(f): T[name] = f; return f
    return d
def lab(kind): return LABEL[kind]
def groups(s):
    if len(s)==13 and s.isdigit(): return [s[:2], s[2:6], s[6:10], s[10:]]
    if len(s)==10 and s.isdigit(): return [s[:4], s[4:7], s[7:]]
    if ' ' in s: return s.split(' ')
    if '-' in s and len(s)==23: return s.split('-')
    h = len(s)//2; return [s[:h], s[h:]]

@tech('plain_run')
def _(p,s,k): p.body_add(P('%s for this step: %s (checked in MPRS).' % (lab(k), s))); return 'document.xml body run','page'
@tech('runs_per_char')
def _(p,s,k):
    rs = ''.join(run(c, '<w:b/>' if i%2 else '<w:i/>') for i,c in enumerate(s))
    p.body_add(para(run(lab(k)+': ') + rs)); return 'one run per character, alternating formatting','page'
@tech('runs_bookmarks_proofErr')
def _(p,s,k):
    g = groups(s); inner = run(lab(k)+' ')
    for i,x in enumerate(g):
        inner += '<w:proofErr w:type="spellStart"/>' + '<w:bookmarkStart w:id="%d" w:name="_Ref%d"/>' % (900+i, 4411+i) + run(x) + '<w:bookmarkEnd w:id="%d"/><w:proofErr w:type="spellEnd"/>' % (900+i)
    p.body_add(para(inner)); return 'runs split by bookmarks and proofErr (no space)','page'
@tech('two_paragraphs')
def _(p,s,k):
    g = groups(s); h = len(g)//2
    p.body_add(P('Supply point %s %s' % (lab(k), ''.join(g[:h]))) + P(''.join(g[h:]) + ' confirmed in registration system.'))
    return 'identifier broken across two consecutive paragraphs','page'
@tech('two_cells')
def _(p,s,k):
    g = groups(s); h=len(g)//2
    cell = lambda t: '<w:tc><w:tcPr><w:tcW w:w="1600" w:type="dxa"/><w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc>' % para(run(t), '<w:jc w:val="%s"/>' % ('right' if t==''.join(g[:h]) else 'left'))
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1600"/><w:gridCol w:w="1600"/><w:gridCol w:w="1600"/></w:tblGrid><w:tr>%s%s%s</w:tr></w:tbl>' % (cell(lab(k)+':'), cell(''.join(g[:h])), cell(''.join(g[h:])))
    p.body_add(tbl + P('')); return 'two adjacent borderless table cells, no cell margins','page'
@tech('cells_per_group')
def _(p,s,k):
    g = groups(s)
    tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(x) for x in g)
    tbl = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid><w:tr>%s</w:tr></w:tbl>' % ('<w:gridCol w:w="900"/>'*len(g), tcs)
    p.body_add(P(lab(k)+' (boxed groups):') + tbl + P('')); return 'one digit group per bordered table cell','page'
@tech('s_box_table')
def _(p,s,k):
    # Bill-style MPAN S box: S | PC MTC LLF / core in groups. s = 13-digit core
    cell = lambda t, extra='': '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (extra, P(t, '<w:b/><w:sz w:val="24"/>'))
    r1 = '<w:tr>' + cell('S', '<w:vMerge w:val="restart"/>') + cell('01') + cell('801') + cell('100') + '</w:tr>'
    r2 = '<w:tr>' + cell('', '<w:vMerge/>') + cell(s[:2]) + cell(s[2:6]+' '+s[6:10]) + cell(s[10:]) + '</w:tr>'
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="8"/><w:left w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/><w:right w:val="single" w:sz="8"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>%s%s</w:tbl>' % (r1, r2)
    p.body_add(P('Supply number as printed on the customer bill:') + tbl + P('')); return 'bill-style S box: 2-row table, core split over 3 cells','page'
@tech('cells_vertical')
def _(p,s,k):
    g = groups(s)
    trs = ''.join('<w:tr><w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>' % P(x) for x in g)
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1400"/></w:tblGrid>%s</w:tbl>' % trs
    p.body_add(P(lab(k)+':') + tbl + P('')); return 'groups stacked in rows of a one-column borderless table','page'
@tech('sym_digits')
def _(p,s,k):
    inner = run(lab(k)+' ') + ''.join('<w:r><w:sym w:font="Arial" w:char="%04X"/></w:r>' % ord(c) if c.isdigit() else run(c) for c in s)
    p.body_add(para(inner)); return 'every digit a w:sym (Arial, char 003x)','page'
@tech('sym_symbolfont')
def _(p,s,k):
    inner = run(lab(k)+' ') + ''.join('<w:r><w:sym w:font="Symbol" w:char="F0%02X"/></w:r>' % ord(c) if c.isdigit() else run(c) for c in s)
    p.body_add(para(inner)); return 'every digit a w:sym in Symbol font (F030-F039)','page'
@tech('wingdings_circled')
def _(p,s,k):
    inner = run(lab(k)+' ') + ''.join('<w:r><w:sym w:font="Wingdings" w:char="F0%02X"/></w:r>' % (0x80+int(c)) if c.isdigit() else run(c) for c in s)
    p.body_add(para(inner)); return 'Wingdings circled digits via w:sym (F080-F089)','page'
@tech('tabs_between')
def _(p,s,k):
    g = groups(s); inner = run(lab(k)); 
    for x in g: inner += '<w:r><w:tab/></w:r>' + run(x)
    p.body_add(para(inner)); return 'groups separated by w:tab elements','page'
@tech('br_between')
def _(p,s,k):
    g = groups(s); h=len(g)//2
    p.body_add(para(run(lab(k)+' '+''.join(g[:h])) + '<w:r><w:br/></w:r>' + run(''.join(g[h:])))); return 'w:br line break inside the identifier','page'
@tech('nbhyphen')
def _(p,s,k):
    g = groups(s); inner = run(lab(k)+' ') + '<w:r><w:noBreakHyphen/></w:r>'.join(run(x) for x in g)
    p.body_add(para(inner)); return 'groups joined by w:noBreakHyphen','page'
@tech('softhyphen_elem')
def _(p,s,k):
    g = groups(s); inner = run(lab(k)+' ') + '<w:r><w:softHyphen/></w:r>'.join(run(x) for x in g)
    p.body_add(para(inner)); return 'groups joined by w:softHyphen (invisible unless at line end)','page'
@tech('vanish')
def _(p,s,k): p.body_add(para(run('Reference recorded. ') + run('%s %s' % (lab(k), s), '<w:vanish/>'))); return 'hidden text w:vanish','on-demand'
@tech('webhidden')
def _(p,s,k): p.body_add(para(run('%s %s' % (lab(k), s), '<w:webHidden/>'))); return 'w:webHidden run (shown in print layout)','page'
@tech('specvanish')
def _(p,s,k): p.body_add(para(run('%s %s' % (lab(k), s), '<w:specVanish/>'))); return 'w:specVanish run','page-word'
@tech('ins')
def _(p,s,k): p.body_add(para(run('Checked against ') + '<w:ins w:id="801" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z">%s</w:ins>' % run('%s %s' % (lab(k), s)))); return 'tracked insertion w:ins','page'
@tech('del')
def _(p,s,k): p.body_add(para(run('Checked against supply point ') + '<w:del w:id="802" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z"><w:r><w:delText xml:space="preserve">%s %s</w:delText></w:r></w:del>' % (lab(k), esc(s)) + run('[MPAN-1].'))); return 'tracked deletion w:delText (All Markup shows it struck through)','on-demand'
@tech('moveFrom')
def _(p,s,k):
    p.body_add('<w:p><w:moveFromRangeStart w:id="810" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z" w:name="move1"/><w:moveFrom w:id="811" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z">%s</w:moveFrom><w:moveFromRangeEnd w:id="810"/></w:p>' % run('%s %s' % (lab(k), s))
       + P('Result reviewed.') + '<w:p><w:moveToRangeStart w:id="812" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z" w:name="move1"/><w:moveTo w:id="813" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z">%s</w:moveTo><w:moveToRangeEnd w:id="812"/></w:p>' % run('Reference moved.'))
    return 'tracked move source (moveFrom)','on-demand'
@tech('fldSimple_cached')
def _(p,s,k): p.body_add(para(run(lab(k)+': ') + '<w:fldSimple w:instr=" DOCPROPERTY SupplyRef \\* MERGEFORMAT ">%s</w:fldSimple>' % run(s))); return 'fldSimple DOCPROPERTY cached result','page'
def complex_field(instr, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (esc(instr), result)
@tech('if_field_stale')
def _(p,s,k): p.body_add(para(run('Reference: ') + complex_field(' IF 1 = 1 "MPAN001" "x" ', run(s)))); return 'IF field whose stale cached result is the identifier','page'
@tech('if_field_instr')
def _(p,s,k): p.body_add(para(run('Reference: ') + complex_field(' IF 1 = 2 "MPAN001" "%s %s" ' % (lab(k), s), run('MPAN001')))); return 'identifier only in IF instruction false branch (Alt+F9 / update)','on-demand'
@tech('quote_field')
def _(p,s,k): p.body_add(para(run('Quoted: ') + complex_field(' QUOTE "%s %s" ' % (lab(k), s), run('%s %s' % (lab(k), s))))); return 'QUOTE field instruction + result','page'
@tech('quote_field_instr_only')
def _(p,s,k): p.body_add(para(run('Quoted: ') + complex_field(' QUOTE "%s" ' % s, run('[see register]')))); return 'QUOTE instruction only; cached result clean (F9 shows it)','on-demand'
@tech('mergefield')
def _(p,s,k): p.body_add(para(run('Supply: ') + complex_field(' MERGEFIELD Supply_%s ' % lab(k).replace(' ','_'), run(s)))); return 'MERGEFIELD cached result','page'
@tech('formtext_default')
def _(p,s,k):
    ff = '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="%s"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (esc(s), run('\u2002'*5))
    p.body_add(para(run(lab(k)+': ') + ff)); return 'FORMTEXT form field default value (result blank)','on-demand'
@tech('formtext_result')
def _(p,s,k):
    ff = '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text2"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % run(s)
    p.body_add(para(run(lab(k)+': ') + ff)); return 'FORMTEXT form field result','page'
@tech('ffdata_helptext')
def _(p,s,k):
    ff = '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text3"/><w:enabled/><w:calcOnExit w:val="0"/><w:statusText w:type="text" w:val="%s %s"/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (lab(k), esc(s), run('n/a'))
    p.body_add(para(run('Reference: ') + ff)); return 'form field status-bar help text (ffData statusText)','on-demand'
@tech('hyperlink_text')
def _(p,s,k):
    rid = p.rel('word/document.xml', 'hyperlink', 'https://dip-tracker.example.com/messages?q=IF-031', True)
    p.body_add(para(run('Tracker: ') + '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, run(s, '<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>')))); return 'hyperlink display text','page'
@tech('hyperlink_target')
def _(p,s,k):
    rid = p.rel('word/document.xml', 'hyperlink', 'https://crm.example.com/customer/search?%s=%s' % (lab(k).replace(' ','').lower(), s.replace(' ','%20')), True)
    p.body_add(para(run('Customer record: ') + '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, run('open in CRM', '<w:color w:val="0563C1"/><w:u w:val="single"/>')))); return 'external hyperlink target URL (hover / Edit Hyperlink)','on-demand'
@tech('hyperlink_tooltip')
def _(p,s,k):
    rid = p.rel('word/document.xml', 'hyperlink', 'https://dip-tracker.example.com/', True)
    p.body_add(para('<w:hyperlink r:id="%s" w:tooltip="%s %s">%s</w:hyperlink>' % (rid, lab(k), esc(s), run('DIP tracker', '<w:color w:val="0563C1"/><w:u w:val="single"/>')))); return 'hyperlink w:tooltip (ScreenTip on hover)','on-demand'
@tech('mailto_link')
def _(p,s,k):
    rid = p.rel('word/document.xml', 'hyperlink', 'mailto:%s?subject=SIT_COS_TC_02' % s, True)
    p.body_add(para(run('Raise with: ') + '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, run('the customer', '<w:color w:val="0563C1"/><w:u w:val="single"/>')))); return 'mailto: hyperlink target','on-demand'
@tech('bookmark_name')
def _(p,s,k):
    p.body_add(para('<w:bookmarkStart w:id="950" w:name="%s_%s"/>' % (lab(k).replace(' ','_'), re.sub(r'\W','_',s)) + run('Selected supply point.') + '<w:bookmarkEnd w:id="950"/>')); return 'bookmark name (Insert > Bookmark list)','on-demand'
@tech('anchor_link')
def _(p,s,k):
    p.body_add(para('<w:hyperlink w:anchor="S_%s" w:history="1">%s</w:hyperlink>' % (re.sub(r'\W','_',s), run('see step 1')))); return 'internal hyperlink anchor name','on-demand'
@tech('txbx_ac_both')
def _(p,s,k): p.body_add(txbx_anchor(P('%s %s' % (lab(k), s)))); return 'text box (wps:txbx Choice + v:textbox Fallback)','page'
@tech('txbx_vml_only')
def _(p,s,k): p.body_add(txbx_anchor('', P('%s %s' % (lab(k), s)), choice=False)); return 'legacy VML v:textbox only','page'
@tech('txbx_dml_only')
def _(p,s,k): p.body_add(txbx_anchor(P('%s %s' % (lab(k), s)), fallback=False)); return 'DrawingML wps text box only (no fallback)','page'
@tech('txbx_fallback_only')
def _(p,s,k): p.body_add(txbx_anchor(P('Supply point: see register'), P('%s %s' % (lab(k), s)))); return 'identifier only in mc:Fallback VML (Choice clean)','extractable'
@tech('group_shape')
def _(p,s,k):
    x = ('<w:p><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="4572000" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="77" name="Group 7"/><wp:cNvGraphicFramePr/>'
         '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="914400"/><a:chOff x="0" y="0"/><a:chExt cx="4572000" cy="914400"/></a:xfrm></wpg:grpSpPr>'
         '<wps:wsp><wps:cNvPr id="78" name="Box A"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
         '<wps:wsp><wps:cNvPr id="79" name="Box B"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="2286000" y="0"/><a:ext cx="2286000" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
         '</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>') % (P('Legacy registration'), P('%s %s' % (lab(k), s)))
    p.body_add(x); return 'text box inside a DrawingML group shape (wpg)','page'
@tech('vml_wordart_body')
def _(p,s,k):
    x = '<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="WordArt1" type="#_x0000_t136" style="width:300pt;height:30pt" fillcolor="#1f3864" stroked="f"><v:textpath style="font-family:&quot;Arial&quot;;font-size:24pt" string="%s"/></v:shape></w:pict></w:r></w:p>' % esc(s)
    p.body_add(x); return 'VML WordArt (textpath string=) in body','page'
@tech('dml_wordart')
def _(p,s,k):
    x = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="4572000" cy="500000"/><wp:docPr id="88" name="WordArt 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
         '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr wrap="none"><a:prstTxWarp prst="textArchUp"><a:avLst/></a:prstTxWarp><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>') % P(s, '<w:b/><w:color w:val="C00000"/><w:sz w:val="40"/><w14:textOutline w14:w="9525"><w14:solidFill><w14:srgbClr w14:val="000000"/></w14:solidFill></w14:textOutline>')
    p.body_add(x); return 'DrawingML WordArt (prstTxWarp, w14 outline) inline shape','page'
@tech('watermark_header')
def _(p,s,k):
    wm = '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>' % esc(s)
    hdr_ftr(p, 'header', 'default', wm); return 'watermark in header (VML textpath string=)','page'
@tech('header_text')
def _(p,s,k): hdr_ftr(p, 'header', 'default', P('SIT_COS_TC_02 evidence – %s %s' % (lab(k), s))); return 'default header paragraph','page'
@tech('footer_text')
def _(p,s,k): hdr_ftr(p, 'footer', 'default', P('Prepared for %s %s' % (lab(k), s))); return 'default footer paragraph','page'
@tech('first_header')
def _(p,s,k): hdr_ftr(p, 'header', 'first', P('%s %s' % (lab(k), s))); return 'first-page header (titlePg)','page'
@tech('even_footer')
def _(p,s,k):
    hdr_ftr(p, 'footer', 'even', P('%s %s' % (lab(k), s)))
    p.body_add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + P('Page two of the evidence.')); return 'even-page footer (evenAndOddHeaders), doc forced to 2 pages','page'
@tech('header_txbx')
def _(p,s,k): hdr_ftr(p, 'header', 'default', txbx_anchor(P('%s %s' % (lab(k), s)))); return 'text box anchored in header','page'
def notes(p, kind, text):
    part = 'word/%ss.xml' % kind; tag = 'w:%ss' % kind; el = 'w:%s' % kind
    if part not in p.parts:
        xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%s xmlns:w="%s" xmlns:r="%s"><%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></%s><%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></%s></%s>' % (tag, W, NS['r'], el, el, el, el, tag)
        p.add_part(part, xml, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml' % kind, '%ss' % kind)
    x = p.s(part); x = x.replace('</%s>' % tag, '<%s w:id="7"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>%s</w:p></%s></%s>' % (el, kind, run(' ' + text), el, tag)); p.put(part, x)
    p.body_add(para(run('Registration confirmed.') + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="7"/></w:r>' % kind))
@tech('footnote')
def _(p,s,k): notes(p, 'footnote', 'Checked in MPRS for %s %s.' % (lab(k), s)); return 'footnote text','page'
@tech('endnote')
def _(p,s,k): notes(p, 'endnote', 'Source: %s %s.' % (lab(k), s)); return 'endnote text','page'
def add_comment(p, text, author='Demo Tester', initials='DT'):
    part = 'word/comments.xml'
    if part not in p.parts:
        p.add_part(part, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="%s"></w:comments>' % W, 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'comments')
    x = p.s(part); x = x.replace('</w:comments>', '<w:comment w:id="61" w:author="%s" w:initials="%s" w:date="2026-11-24T10:00:00Z"><w:p><w:r><w:annotationRef/></w:r>%s</w:p></w:comment></w:comments>' % (esc(author), esc(initials), run(text)))
    p.put(part, x)
    p.body_add(para('<w:commentRangeStart w:id="61"/>' + run('Registration state checked.') + '<w:commentRangeEnd w:id="61"/><w:r><w:commentReference w:id="61"/></w:r>'))
@tech('comment_text')
def _(p,s,k): add_comment(p, 'Witness query: is this %s %s the right one?' % (lab(k), s)); return 'comment body','page'
@tech('comment_author')
def _(p,s,k): add_comment(p, 'Agreed.', author=s, initials='EW'); return 'comment author attribute (shown in balloon)','page'
@tech('people_xml')
def _(p,s,k):
    add_comment(p, 'Agreed with witness.', author='Witness 1', initials='W1')
    p.add_part('word/people.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="%s"><w15:person w15:author="Witness 1"><w15:presenceInfo w15:providerId="AD" w15:userId="%s"/></w15:person></w15:people>' % (NS['w15'], esc(s)),
               'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml', 'http://schemas.microsoft.com/office/2011/relationships/people')
    return 'people.xml presenceInfo userId','extractable'
def sdt(content, pr):
    return '<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, content)
@tech('sdt_content')
def _(p,s,k): p.body_add(sdt(P('%s %s' % (lab(k), s)), '<w:alias w:val="Supply point"/><w:tag w:val="supply"/><w:id w:val="101"/><w:text/>')); return 'content control (block sdt) content','page'
@tech('sdt_alias')
def _(p,s,k): p.body_add(sdt(P('see register'), '<w:alias w:val="%s %s"/><w:id w:val="102"/><w:text/>' % (lab(k), esc(s)))); return 'content control title (w:alias), shown on the control tab','on-demand'
@tech('sdt_tag')
def _(p,s,k): p.body_add(sdt(P('see register'), '<w:tag w:val="%s"/><w:id w:val="103"/><w:text/>' % esc(s))); return 'content control tag (Design mode / Properties)','on-demand'
@tech('sdt_dropdown_display')
def _(p,s,k):
    p.body_add(para(sdt(run('Choose a supply point'), '<w:alias w:val="Supply"/><w:id w:val="104"/><w:dropDownList><w:listItem w:displayText="%s %s" w:value="1"/><w:listItem w:displayText="MPAN001" w:value="2"/></w:dropDownList>' % (lab(k), esc(s))))); return 'drop-down content control listItem displayText','on-demand'
@tech('sdt_dropdown_value')
def _(p,s,k):
    p.body_add(para(sdt(run('MPAN001'), '<w:alias w:val="Supply"/><w:id w:val="105"/><w:comboBox><w:listItem w:displayText="MPAN001" w:value="%s"/></w:comboBox>' % esc(s)))); return 'combo box listItem value','extractable'
@tech('sdt_placeholder_glossary')
def _(p,s,k):
    gl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="%s"><w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_SUPPLY"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{6B0F4A1C-2D3E-4F50-8A9B-0C1D2E3F4A5B}"/></w:docPartPr><w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>') % (W, P('%s %s' % (lab(k), s)))
    p.add_part('word/glossary/document.xml', gl, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml', 'glossaryDocument')
    p.body_add(para(sdt(run('%s %s' % (lab(k), s), '<w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>'), '<w:id w:val="106"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_SUPPLY"/></w:placeholder><w:showingPlcHdr/><w:text/>')))
    return 'content control showing placeholder text from glossary docPart','page'
@tech('glossary_autotext')
def _(p,s,k):
    gl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="%s"><w:docParts><w:docPart><w:docPartPr><w:name w:val="TestSupply"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9}"/></w:docPartPr><w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>') % (W, P('%s %s' % (lab(k), s)))
    p.add_part('word/glossary/document.xml', gl, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml', 'glossaryDocument')
    return 'glossary document AutoText building block (Quick Parts)','on-demand'
@tech('sdt_databinding')
def _(p,s,k):
    n = 'customXml/item%d.xml' % random.randint(50,99)
    p.put(n, '<?xml version="1.0" encoding="UTF-8"?><evidence xmlns="urn:example:evidence"><supply>%s</supply></evidence>' % esc(s))
    p.put(n.replace('item','itemProps'), '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{AB12CD34-0000-4000-8000-00000000F00D}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
    p.ct_override(n.replace('item','itemProps'), 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.rel(n, 'customXmlProps', os.path.basename(n.replace('item','itemProps')))
    p.rel('word/document.xml', 'customXml', '../' + n)
    p.body_add(para(run(lab(k)+': ') + sdt(run('[pending]'), '<w:id w:val="107"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:example:evidence\'" w:xpath="/ns0:evidence[1]/ns0:supply[1]" w:storeItemID="{AB12CD34-0000-4000-8000-00000000F00D}"/><w:text/>')))
    return 'content control bound to customXml (Word shows the XML value on open; cached text clean)','page-word'
@tech('customxml_unbound')
def _(p,s,k):
    n = 'customXml/item%d.xml' % random.randint(50,99)
    p.add_part(n, '<?xml version="1.0" encoding="UTF-8"?><crm><customer><supply>%s</supply></customer></crm>' % esc(s))
    p.rel('word/document.xml', 'customXml', '../' + n); return 'unbound customXml part','extractable'
@tech('docvars')
def _(p,s,k):
    settings_insert(p, 'docVars', '<w:docVars><w:docVar w:name="SupplyRef" w:val="%s"/></w:docVars>' % esc(s))
    p.body_add(para(run(lab(k)+': ') + complex_field(' DOCVARIABLE SupplyRef ', run(s)))); return 'docVar + DOCVARIABLE field result','page'
@tech('docvar_only')
def _(p,s,k):
    settings_insert(p, 'docVars', '<w:docVars><w:docVar w:name="Customer" w:val="%s"/></w:docVars>' % esc(s))
    return 'settings.xml docVar only (VBA/DOCVARIABLE reads it)','extractable'
def props_custom(p, name, val):
    n='docProps/custom.xml'
    if n not in p.parts:
        p.add_part(n, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>', 'application/vnd.openxmlformats-officedocument.custom-properties+xml')
        p.rel('', 'custom-properties', 'docProps/custom.xml')
    x = p.s(n); x = x.replace('</Properties>', '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property></Properties>' % (random.randint(20,99), name, esc(val)))
    p.put(n, x)
@tech('custom_prop')
def _(p,s,k): props_custom(p, 'SupplyRef', s); return 'custom document property (File > Properties > Custom)','on-demand'
def core_set(p, el, val):
    x = p.s('docProps/core.xml')
    if re.search(r'<%s[ >/]' % el, x): x = re.sub(r'<%s(?: [^>]*)?(?:/>|>.*?</%s>)' % (el, el), '<%s>%s</%s>' % (el, esc(val), el), x, flags=re.S)
    else:
        if 'xmlns:dc=' not in x: x = x.replace('<cp:coreProperties', '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"', 1)
        x = x.replace('</cp:coreProperties>', '<%s>%s</%s></cp:coreProperties>' % (el, esc(val), el))
    p.put('docProps/core.xml', x)
@tech('core_title')
def _(p,s,k): core_set(p, 'dc:title', 'Evidence for %s %s' % (lab(k), s)); return 'core property dc:title (title bar / Properties)','on-demand'
@tech('core_keywords')
def _(p,s,k): core_set(p, 'cp:keywords', 'COS; SIT; %s' % s); return 'core property cp:keywords','on-demand'
@tech('core_description')
def _(p,s,k): core_set(p, 'dc:description', 'Run notes for %s %s' % (lab(k), s)); return 'core property dc:description (Comments)','on-demand'
@tech('core_lastmodby')
def _(p,s,k): core_set(p, 'cp:lastModifiedBy', s); return 'core property cp:lastModifiedBy','on-demand'
@tech('app_company')
def _(p,s,k):
    x = p.s('docProps/app.xml')
    if '<Company>' in x: x = re.sub(r'<Company>.*?</Company>', '<Company>%s</Company>' % esc(s), x)
    else: x = x.replace('</Properties>', '<Company>%s</Company></Properties>' % esc(s))
    p.put('docProps/app.xml', x); return 'app.xml Company','on-demand'
def numbering_add(p, lvltext, start=1, fmt='decimal', islgl=False, picbullet=None):
    n = 'word/numbering.xml'
    if n not in p.parts:
        p.add_part(n, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s"></w:numbering>' % W, 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml', 'numbering')
    x = p.s(n)
    pb = ''
    if picbullet is not None: pb = '<w:numPicBullet w:numPicBulletId="7">%s</w:numPicBullet>' % picbullet
    absn = '<w:abstractNum w:abstractNumId="77"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>%s<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="3600" w:hanging="3600"/></w:pPr></w:lvl></w:abstractNum>' % (start, fmt, '<w:isLgl/>' if islgl else '', esc(lvltext), '<w:lvlPicBulletId w:val="7"/>' if picbullet else '')
    num = '<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>'
    # abstractNums must precede nums
    m = re.search(r'(<w:numbering[^>]*>)', x); x = x[:m.end()] + pb + absn + x[m.end():]
    x = x.replace('</w:numbering>', num + '</w:numbering>'); p.put(n, x); p.ensure_ns(n)
@tech('numbering_lvltext')
def _(p,s,k):
    numbering_add(p, '%s %s – %%1.' % (lab(k), s))
    p.body_add(P('Registration checked.', ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>')); return 'numbering lvlText literal (list label)','page'
@tech('numbering_start')
def _(p,s,k):
    numbering_add(p, 'MPRN %1', start=int(s))
    p.body_add(P('Gas supply point confirmed.', ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>')); return 'list number = numbering w:start value (10-digit MPRN < 2^31)','page'
@tech('framepr')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), s), ppr='<w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="6500" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:pBdr>')); return 'framed paragraph (framePr)','page'
@tech('dropcap')
def _(p,s,k):
    p.body_add(P(s[0], '<w:position w:val="-6"/><w:sz w:val="72"/>', '<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="600" w:lineRule="exact"/>') + P(s[1:] + ' is the %s for the selected supply point in this run.' % lab(k)))
    return 'first character as drop cap frame, rest in next paragraph','page'
@tech('ruby')
def _(p,s,k):
    p.body_add(para(run(lab(k)+' ') + '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt>%s</w:rt><w:rubyBase>%s</w:rubyBase></w:ruby></w:r>' % (run(s), run('see register'))))
    return 'ruby (phonetic guide) text above base','page'
@tech('ruby_base')
def _(p,s,k):
    g=groups(s); h=len(g)//2
    p.body_add(para(run(lab(k)+' ') + '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt>%s</w:rt><w:rubyBase>%s</w:rubyBase></w:ruby></w:r>' % (run('core'), run(''.join(g[:h]))) + run(''.join(g[h:]))))
    return 'first half as ruby base, rest in following run','page'
@tech('combine_chars')
def _(p,s,k):
    g=groups(s); h=len(g)//2
    p.body_add(para(run(lab(k)+' ') + run(''.join(g[:h]), '<w:eastAsianLayout w:id="1" w:combine="1"/>') + run(''.join(g[h:]))))
    return 'East Asian layout combine (two lines in one) for first half','page'
@tech('tbrl_cell')
def _(p,s,k):
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="3000"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>' % (P(s), P('Rotated label left: %s' % lab(k)))
    p.body_add(tbl + P('')); return 'rotated text (tbRl) in a table cell','page'
@tech('btlr_txbx')
def _(p,s,k):
    x = txbx_anchor(P('%s %s' % (lab(k), s)), fallback=False).replace('<wps:bodyPr rot="0" vert="horz"', '<wps:bodyPr rot="0" vert="vert270"')
    p.body_add(x); return 'text box with vert270 rotated text','page'
@tech('math')
def _(p,s,k):
    p.body_add(para(run(lab(k)+' ') + '<m:oMath><m:r><m:t>%s</m:t></m:r></m:oMath>' % esc(s))); return 'inline equation (m:oMath m:t)','page'
@tech('fullwidth')
def _(p,s,k):
    fw = ''.join(chr(ord(c)+0xFEE0) if '!' <= c <= '~' else c for c in s)
    p.body_add(P('%s %s' % (lab(k), fw))); return 'fullwidth characters (U+FF10..)','page'
@tech('arabic_indic')
def _(p,s,k):
    p.body_add(P('%s %s' % (lab(k), ''.join(chr(0x660+int(c)) if c.isdigit() else c for c in s)))); return 'Arabic-Indic digits','page'
@tech('zwsp_between')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), '\u200b'.join(s)))); return 'U+200B zero-width space between every character','page'
@tech('lrm_between')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), '\u200e\u2063'.join(groups(s))))); return 'LRM + U+2063 between groups','page'
@tech('soft_hyphen_char')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), '\u00ad'.join(s)))); return 'U+00AD soft hyphen between every character','page'
@tech('nbsp_groups')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), '\u00a0'.join(groups(s))))); return 'no-break spaces between groups','page'
@tech('thin_space_groups')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), '\u2009'.join(groups(s))))); return 'thin spaces between groups','page'
@tech('char_entities')
def _(p,s,k):
    p.body_add(para('<w:r><w:t xml:space="preserve">%s </w:t></w:r><w:r><w:t>%s</w:t></w:r>' % (lab(k), ''.join('&#x%X;' % ord(c) for c in s)))); return 'every character as an XML numeric character reference','page'
@tech('cdata')
def _(p,s,k):
    p.body_add(para('<w:r><w:t xml:space="preserve">%s <![CDATA[%s]]></w:t></w:r>' % (lab(k), s))); return 'w:t content in a CDATA section','page'
@tech('white_text')
def _(p,s,k): p.body_add(para(run('End of step. ') + run('%s %s' % (lab(k), s), '<w:color w:val="FFFFFF"/>'))); return 'white text on white page (select/copy reveals)','extractable'
@tech('tiny_font')
def _(p,s,k): p.body_add(para(run('%s %s' % (lab(k), s), '<w:sz w:val="2"/><w:szCs w:val="2"/>'))); return '1pt font','page'
@tech('caps_lower')
def _(p,s,k): p.body_add(para(run(lab(k)+' ') + run(s.lower(), '<w:caps/>'))); return 'lower-case serial rendered upper-case by w:caps','page'
@tech('smallcaps_lower')
def _(p,s,k): p.body_add(para(run(lab(k)+' ') + run(s.lower(), '<w:smallCaps/>'))); return 'lower-case serial in w:smallCaps','page'
@tech('position_kern')
def _(p,s,k):
    p.body_add(para(run(lab(k)+' ') + ''.join(run(c, '<w:spacing w:val="%d"/><w:w w:val="%d"/><w:position w:val="%d"/>' % (20, 90+i%3*10, (-4,4)[i%2])) for i,c in enumerate(s)))); return 'per-character raised/lowered position, spacing, scale','page'
@tech('rtl_run')
def _(p,s,k): p.body_add(para(run(lab(k)+' ') + run(s, '<w:rtl/>'), '<w:bidi/>')); return 'RTL paragraph and run (w:bidi/w:rtl)','page'
@tech('outline_nofill')
def _(p,s,k): p.body_add(para(run('%s %s' % (lab(k), s), '<w:outline/><w:sz w:val="28"/>'))); return 'outline (hollow) text','page'
@tech('quote_prefix_lines')
def _(p,s,k):
    g=groups(s); h=len(g)//2
    p.body_add(P('> Customer says their %s is %s' % (lab(k), ''.join(g[:h]))) + P('> %s and the meter was exchanged.' % ''.join(g[h:]))); return 'pasted e-mail quote: split over two "> " paragraphs','page'
@tech('addin_field')
def _(p,s,k):
    js = '{"citationID":"a1","properties":{"formattedCitation":"[1]"},"citationItems":[{"itemData":{"title":"Site visit %s %s"}}]}' % (lab(k), s)
    p.body_add(para(run('See ') + complex_field(' ADDIN ZOTERO_ITEM CSL_CITATION ' + js + ' ', run('[1]')))); return 'ADDIN field instruction JSON (Alt+F9 shows it)','on-demand'
@tech('toc_cached')
def _(p,s,k):
    p.body_add(para(complex_field(' TOC \\o "1-3" \\h ', run('Step 1 – %s %s\t3' % (lab(k), s))))); return 'TOC field cached entry text','page'
@tech('style_name')
def _(p,s,k):
    x = p.s('word/styles.xml'); x = x.replace('</w:styles>', '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SupplyX"><w:name w:val="Supply %s"/><w:aliases w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style></w:styles>' % (esc(s), esc(s)))
    p.put('word/styles.xml', x); p.body_add(P('Step 3 result.', ppr='<w:pStyle w:val="SupplyX"/>')); return 'style name and alias (Styles pane / gallery)','on-demand'
@tech('caption_style_name_unused')
def _(p,s,k):
    x = p.s('word/styles.xml'); x = x.replace('</w:styles>', '<w:style w:type="character" w:customStyle="1" w:styleId="Cust1"><w:name w:val="Customer %s"/><w:qFormat/></w:style></w:styles>' % esc(s))
    p.put('word/styles.xml', x); return 'unused character style name with qFormat (Style gallery)','on-demand'

# ------- images, charts, smartart, altchunk, OLE, package tricks -------
def png_with_chunk(base_png, ctype, data):
    sig, rest = base_png[:8], base_png[8:]
    # insert after IHDR
    ihdr_len = struct.unpack('>I', rest[:4])[0]; cut = 8 + 4 + 4 + ihdr_len + 4
    ch = struct.pack('>I', len(data)) + ctype + data + struct.pack('>I', zlib.crc32(ctype + data) & 0xffffffff)
    return base_png[:cut] + ch + base_png[cut:]
def keep_png(text='DIP Message Tracker – IF-031 Accepted 2026-11-24 09:15'):
    return im_bytes(png_text(text, fs=22, size=(900,50)))
@tech('img_pixels')
def _(p,s,k):
    rid,_n = add_image(p, im_bytes(png_text('%s: %s' % (lab(k), s)))); p.body_add(para(drawing_inline(rid, 'Registration screen'))); return 'PNG pixels (screenshot text)','page'
@tech('img_pixels_rotated')
def _(p,s,k):
    rid,_n = add_image(p, im_bytes(png_text('%s %s' % (lab(k), s), size=(700,60), fs=28, rotate=90))); p.body_add(para(drawing_inline(rid, 'Portal', cx=500000, cy=5000000))); return 'PNG pixels, text rotated 90 deg','page'
@tech('img_jpeg_pixels')
def _(p,s,k):
    rid,_n = add_image(p, im_bytes(png_text('%s %s' % (lab(k), s)), 'JPEG', quality=80), 'jpeg', 'image/jpeg'); p.body_add(para(drawing_inline(rid, 'CRM screen'))); return 'JPEG pixels','page'
@tech('img_alpha_white')
def _(p,s,k):
    im = Image.new('RGBA', (900,70), (0,0,0,0)); d = ImageDraw.Draw(im); d.text((12,15), '%s %s' % (lab(k), s), fill=(255,255,255,255), font=ImageFont.truetype(FONT,30))
    rid,_n = add_image(p, im_bytes(im)); p.body_add(para(drawing_inline(rid, 'Dark mode portal crop'))); return 'white text on transparent PNG (visible on dark page colour / in viewers)','extractable'
@tech('img_alt_descr')
def _(p,s,k):
    rid,_n = add_image(p, keep_png()); p.body_add(para(drawing_inline(rid, 'Screenshot of tracker for %s %s' % (lab(k), s)))); return 'picture alt text (wp:docPr descr)','on-demand'
@tech('img_alt_title')
def _(p,s,k):
    rid,_n = add_image(p, keep_png()); p.body_add(para(drawing_inline(rid, 'Tracker screenshot', title=s))); return 'picture title (wp:docPr title)','on-demand'
@tech('img_name')
def _(p,s,k):
    rid,_n = add_image(p, keep_png()); p.body_add(para(drawing_inline(rid, 'Tracker screenshot', name='%s %s' % (lab(k), s)))); return 'picture name (wp:docPr name, Selection Pane)','on-demand'
@tech('img_hlink_tooltip')
def _(p,s,k):
    rid,_n = add_image(p, keep_png()); hr = p.rel('word/document.xml','hyperlink','https://dip-tracker.example.com/',True)
    p.body_add(para(drawing_inline(rid, 'Tracker', hlink='<a:hlinkClick xmlns:a="%s" r:id="%s" tooltip="%s %s"/>' % (NS['a'], hr, lab(k), esc(s))))); return 'picture hyperlink ScreenTip (a:hlinkClick tooltip)','on-demand'
@tech('png_text_chunk')
def _(p,s,k):
    rid,_n = add_image(p, png_with_chunk(keep_png(), b'tEXt', b'Comment\x00' + ('%s %s' % (lab(k), s)).encode())); p.body_add(para(drawing_inline(rid, 'Tracker'))); return 'PNG tEXt chunk','extractable'
@tech('png_ztxt_chunk')
def _(p,s,k):
    rid,_n = add_image(p, png_with_chunk(keep_png(), b'zTXt', b'Description\x00\x00' + zlib.compress(('%s %s' % (lab(k), s)).encode()))); p.body_add(para(drawing_inline(rid, 'Tracker'))); return 'PNG zTXt chunk (deflated)','extractable'
@tech('png_itxt_chunk')
def _(p,s,k):
    rid,_n = add_image(p, png_with_chunk(keep_png(), b'iTXt', b'XML:com.adobe.xmp\x00\x00\x00\x00\x00' + ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>%s %s</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>' % (lab(k), s)).encode())); p.body_add(para(drawing_inline(rid, 'Tracker'))); return 'PNG iTXt XMP packet','extractable'
def icc_with_desc(text):
    # minimal ICC v2 profile with 'desc' textDescriptionType and 'cprt' tags
    def desc(t):
        b = t.encode('ascii') + b'\x00'
        d = b'desc' + b'\x00'*4 + struct.pack('>I', len(b)) + b + b'\x00'*4 + b'\x00'*4 + b'\x00\x00' + b'\x00' + b'\x00'*67
        return d + b'\x00' * ((4 - len(d) % 4) % 4)
    cprt = b'text' + b'\x00'*4 + b'No copyright, use freely\x00'; cprt += b'\x00' * ((4 - len(cprt)%4)%4)
    xyz = b'XYZ ' + b'\x00'*4 + struct.pack('>iii', 63190, 65536, 54061)
    tags = [(b'desc', desc(text)), (b'cprt', cprt), (b'wtpt', xyz)]
    off = 128 + 4 + 12*len(tags); table = b''; data = b''
    for sig, t in tags:
        table += sig + struct.pack('>II', off + len(data), len(t)); data += t
    body = struct.pack('>I', len(tags)) + table + data
    size = 128 + len(body)
    hdr = struct.pack('>I', size) + b'none' + bytes([2,0x10,0,0]) + b'mntr' + b'RGB ' + b'XYZ ' + b'\x00'*12 + b'acsp' + b'\x00'*4 + b'\x00'*4 + b'\x00'*4 + b'\x00'*4 + b'\x00'*8 + b'\x00'*4 + struct.pack('>iii', 63190, 65536, 54061) + b'\x00'*4 + b'\x00'*16 + b'\x00'*28
    hdr = hdr[:128].ljust(128, b'\x00')
    return hdr + body
@tech('png_icc_desc')
def _(p,s,k):
    im = png_text('DIP Message Tracker – IF-031 Accepted', fs=22, size=(900,50))
    rid,_n = add_image(p, im_bytes(im, icc_profile=icc_with_desc('%s %s' % (lab(k), s)))); p.body_add(para(drawing_inline(rid, 'Tracker'))); return 'PNG iCCP profile description (deflated)','extractable'
@tech('jpeg_icc_desc')
def _(p,s,k):
    im = png_text('CRM account view', fs=22, size=(900,50))
    rid,_n = add_image(p, im_bytes(im, 'JPEG', icc_profile=icc_with_desc('%s %s' % (lab(k), s))), 'jpeg', 'image/jpeg'); p.body_add(para(drawing_inline(rid, 'CRM'))); return 'JPEG APP2 ICC profile description','extractable'
@tech('jpeg_exif')
def _(p,s,k):
    im = png_text('Meter exchange photo', fs=22, size=(900,50)); ex = Image.Exif(); ex[0x010E] = '%s %s' % (lab(k), s); ex[0x013B] = 'Field engineer'
    rid,_n = add_image(p, im_bytes(im, 'JPEG', exif=ex.tobytes()), 'jpeg', 'image/jpeg'); p.body_add(para(drawing_inline(rid, 'Meter photo'))); return 'JPEG EXIF ImageDescription','extractable'
@tech('jpeg_com')
def _(p,s,k):
    im = png_text('Meter exchange photo', fs=22, size=(900,50))
    rid,_n = add_image(p, im_bytes(im, 'JPEG', comment=('%s %s' % (lab(k), s)).encode()), 'jpeg', 'image/jpeg'); p.body_add(para(drawing_inline(rid, 'Meter photo'))); return 'JPEG COM comment segment','extractable'
@tech('gif_animated')
def _(p,s,k):
    f1 = png_text('Loading portal…', size=(700,60), fs=26).convert('P'); f2 = png_text('%s %s' % (lab(k), s), size=(700,60), fs=26).convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[800,4000], loop=0)
    rid,_n = add_image(p, b.getvalue(), 'gif', 'image/gif'); p.body_add(para(drawing_inline(rid, 'Portal recording'))); return 'animated GIF, identifier in 2nd frame','extractable'
@tech('gif_first_frame')
def _(p,s,k):
    f1 = png_text('%s %s' % (lab(k), s), size=(700,60), fs=26).convert('P'); f2 = png_text('Saved.', size=(700,60), fs=26).convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[3000,800], loop=0)
    rid,_n = add_image(p, b.getvalue(), 'gif', 'image/gif'); p.body_add(para(drawing_inline(rid, 'Portal recording'))); return 'animated GIF, identifier in 1st frame (what Word prints)','page'
def svg_pic(p, svg, fallback_png):
    rid_png,_ = add_image(p, fallback_png); p.ct_default('svg','image/svg+xml')
    n='word/media/sx%d.svg' % random.randint(1000,9999); rid_svg = p.add_part(n, svg, reltype='image')
    return drawing_inline(rid_png, 'Diagram', extra_blip='<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="%s" r:embed="%s"/></a:ext></a:extLst>' % (NS['asvg'], rid_svg))
@tech('svg_tspan_split')
def _(p,s,k):
    g = groups(s)
    spans = ''.join('<tspan>%s</tspan>' % esc(x) for x in g)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><rect width="600" height="60" fill="#fff"/><text x="10" y="38" font-family="Arial" font-size="24">%s %s</text></svg>' % (lab(k), spans)
    p.body_add(para(svg_pic(p, svg, keep_png('Diagram')))); return 'SVG image (svgBlip), identifier in tspans; PNG fallback clean','page-word'
@tech('svg_text_png_same')
def _(p,s,k):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><title>%s %s</title><text x="10" y="38" font-size="24">Topology</text></svg>' % (lab(k), esc(s))
    p.body_add(para(svg_pic(p, svg, keep_png('Topology')))); return 'SVG <title> (tooltip in viewers)','extractable'
def chart_xml(title, cats, vals, ext_rid=None):
    cat = ''.join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, esc(c)) for i,c in enumerate(cats))
    val = ''.join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, v) for i,v in enumerate(vals))
    ext = '<c:externalData r:id="%s"><c:autoUpdate val="0"/></c:externalData>' % ext_rid if ext_rid else ''
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="%s" xmlns:a="%s" xmlns:r="%s"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>%s</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/>'
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>kWh</c:v></c:pt></c:strCache></c:strRef></c:tx>'
      '<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$%d</c:f><c:strCache><c:ptCount val="%d"/>%s</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$%d</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="%d"/>%s</c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>'
      '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart>%s</c:chartSpace>') % (NS['c'], NS['a'], NS['r'], esc(title), len(cats)+1, len(cats), cat, len(cats)+1, len(cats), val, ext)
def xlsx_bytes(rows):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title='Sheet1'
    for r in rows: ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()
def add_chart(p, title, cats, vals, wb_rows):
    cn = 'word/charts/chart%d.xml' % random.randint(10,99)
    p.put(cn, 'x')
    en = 'word/embeddings/Microsoft_Excel_Worksheet%d.xlsx' % random.randint(10,99)
    p.put(en, xlsx_bytes(wb_rows)); p.ct_default('xlsx','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    erid = p.rel(cn, 'package', '../embeddings/' + os.path.basename(en))
    p.put(cn, chart_xml(title, cats, vals, erid)); p.ct_override(cn, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')
    rid = p.rel('word/document.xml', 'chart', 'charts/' + os.path.basename(cn))
    p.body_add(para('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="2000000"/><wp:docPr id="%d" name="Chart 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="%s" r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (random.randint(300,399), NS['c'], rid)))
@tech('chart_title')
def _(p,s,k): add_chart(p, 'Half-hourly import for %s %s' % (lab(k), s), ['00:00','00:30','01:00'], [0.21,0.19,0.22], [['Period','kWh'],['00:00',0.21],['00:30',0.19],['01:00',0.22]]); return 'chart title (c:title rich text)','page'
@tech('chart_category')
def _(p,s,k): add_chart(p, 'Consumption by supply', [s, 'MPAN001'], [12.4, 9.7], [['Supply','kWh'],[s,12.4],['MPAN001',9.7]]); return 'chart category label (strCache) + embedded workbook','page'
@tech('chart_workbook_only')
def _(p,s,k): add_chart(p, 'Consumption', ['Day 1','Day 2'], [12.4, 9.7], [['Day','kWh','Notes'],['Day 1',12.4,'%s %s' % (lab(k), s)],['Day 2',9.7,'']]); return 'embedded chart workbook cell only (Edit Data shows it)','on-demand'
@tech('smartart')
def _(p,s,k):
    D = NS['dgm']; A = NS['a']
    data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="%s" xmlns:a="%s"><dgm:ptLst><dgm:pt modelId="{00000000-0000-0000-0000-000000000001}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
      '<dgm:pt modelId="{00000000-0000-0000-0000-000000000002}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>D0055 sent</a:t></a:r></a:p></dgm:t></dgm:pt>'
      '<dgm:pt modelId="{00000000-0000-0000-0000-000000000003}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>%s %s</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst>'
      '<dgm:cxnLst><dgm:cxn modelId="{00000000-0000-0000-0000-000000000010}" srcId="{00000000-0000-0000-0000-000000000001}" destId="{00000000-0000-0000-0000-000000000002}" srcOrd="0" destOrd="0"/><dgm:cxn modelId="{00000000-0000-0000-0000-000000000011}" srcId="{00000000-0000-0000-0000-000000000001}" destId="{00000000-0000-0000-0000-000000000003}" srcOrd="1" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>') % (D, A, lab(k), esc(s))
    drawing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:dgm="%s" xmlns:a="%s"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
      '<dsp:sp modelId="{00000000-0000-0000-0000-000000000003}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom></dsp:spPr><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>%s %s</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>') % (D, A, lab(k), esc(s))
    rd = p.add_part('word/diagrams/data1.xml', data, 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml', 'diagramData')
    rdr = p.add_part('word/diagrams/drawing1.xml', drawing, 'application/vnd.ms-office.drawingml.diagramDrawing+xml', 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing')
    p.body_add(para('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="1200000"/><wp:docPr id="401" name="Diagram 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="%s" r:dm="%s" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (D, rd)))
    return 'SmartArt data model + drawing part text','page-word'
def altchunk(p, data, ext, ctype):
    n = 'word/afchunk%d.%s' % (random.randint(10,99), ext); p.ct_default(ext, ctype)
    rid = p.add_part(n, data, reltype='aFChunk'); p.body_add('<w:altChunk r:id="%s"/>' % rid)
@tech('altchunk_html')
def _(p,s,k): altchunk(p, ('<html><body><p>Pasted from CRM: %s <b>%s</b></p></body></html>' % (lab(k), esc(s))).encode(), 'htm', 'text/html'); return 'altChunk HTML part (Word merges it on open)','page-word'
@tech('altchunk_html_split')
def _(p,s,k):
    g=groups(s); altchunk(p, ('<html><body><p>%s %s</p></body></html>' % (lab(k), '<span style="mso-spacerun:yes"></span>'.join('<span>%s</span>' % x for x in g[:-1]) + '<wbr>' + g[-1])).encode(), 'html', 'text/html'); return 'altChunk HTML, identifier split by spans and <wbr>','page-word'
@tech('altchunk_rtf')
def _(p,s,k): altchunk(p, ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 Site visit: %s {\\b %s}\\par}' % (lab(k), s)).encode(), 'rtf', 'application/rtf'); return 'altChunk RTF part','page-word'
@tech('altchunk_rtf_hex')
def _(p,s,k): altchunk(p, ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 %s %s\\par}' % (lab(k), ''.join("\\'%02x" % ord(c) for c in s))).encode(), 'rtf', 'application/rtf'); return "altChunk RTF with \\'hh escaped characters",'page-word'
@tech('altchunk_txt')
def _(p,s,k): altchunk(p, ('%s %s\r\n' % (lab(k), s)).encode(), 'txt', 'text/plain'); return 'altChunk text/plain part','page-word'
@tech('altchunk_txt_utf16')
def _(p,s,k): altchunk(p, ('\ufeff%s %s\r\n' % (lab(k), s)).encode('utf-16-le'), 'txt', 'text/plain'); return 'altChunk text/plain in UTF-16LE with BOM','page-word'
@tech('altchunk_mht')
def _(p,s,k):
    body = ('<html><body><p>%s %s</p></body></html>' % (lab(k), s)).encode()
    qp = __import__('quopri').encodestring(body).decode()
    mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n--b1--\r\n' % base64.b64encode(body).decode()
    altchunk(p, mht.encode(), 'mht', 'message/rfc822'); return 'altChunk MHT with base64 HTML body','page-word'
# OLE: reuse the Attest pack's Ole10Native packages (same-length in-place edits keep the CFB valid)
def ole_replace(p, old, new, part='word/embeddings/oleObject1.bin'):
    b = p.parts[part]; assert old in b, (part, old[:30])
    assert len(new) <= len(old); new = new + b' ' * (len(old) - len(new))
    p.put(part, b.replace(old, new, 1))
OLE_OLD = b'"mpan": "[MPAN-1]",\n    "meterSerialNumber": "[MSN-1]",'
@tech('ole_payload_text')
def _(p,s,k): ole_replace(p, OLE_OLD, ('"note": "%s %s",' % (lab(k), s)).encode()); return 'text inside OLE package (Ole10Native) payload; double-click opens it','on-demand'
@tech('ole_payload_utf16')
def _(p,s,k): ole_replace(p, OLE_OLD, ('%s' % s).encode('utf-16-le')); return 'UTF-16LE bytes inside OLE payload','extractable'
@tech('ole_payload_base64')
def _(p,s,k): ole_replace(p, OLE_OLD, ('"blob": "%s",' % base64.b64encode(('%s %s' % (lab(k), s)).encode()).decode()).encode()); return 'base64 blob inside OLE payload','extractable'
@tech('ole_label_filename')
def _(p,s,k):
    # the package label/filename shown under the icon: replace the file name (same length required) 
    b = p.parts['word/embeddings/oleObject1.bin']; old = b'IF-031_request.json.txt'
    new = (s.replace(' ','') + '.txt').encode()[:len(old)].ljust(len(old), b'_')
    p.put('word/embeddings/oleObject1.bin', b.replace(old, new))
    return 'OLE package label / file name (Ole10Native)','on-demand'
@tech('ole_icon_label_png')
def _(p,s,k):
    x = p.s('word/document.xml'); m = re.search(r'<v:imagedata r:id="(rId\d+)"', x)
    rels = p.s('word/_rels/document.xml.rels'); tgt = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % m.group(1), rels) or re.search(r'Target="([^"]+)"[^>]*Id="%s"' % m.group(1), rels)
    im = Image.new('RGB', (260, 90), 'white'); d = ImageDraw.Draw(im); d.rectangle((100,5,150,50), outline='black'); d.text((5,58), '%s.txt' % s, fill='black', font=ImageFont.truetype(FONT, 16))
    p.put('word/' + tgt.group(1), im_bytes(im)); return 'OLE icon image whose caption shows the identifier','page'
@tech('ole_vml_alt')
def _(p,s,k):
    x = p.s('word/document.xml'); x = re.sub(r'(<v:shape [^>]*?) alt="[^"]*"', lambda m: m.group(1) + ' alt="%s %s"' % (lab(k), esc(s)), x, count=1); p.put('word/document.xml', x)
    return 'VML alt on the OLE object shape','on-demand'
@tech('vml_imagedata_title')
def _(p,s,k):
    x = p.s('word/document.xml'); x = re.sub(r'(<v:imagedata [^>]*?) o:title="[^"]*"', lambda m: m.group(1) + ' o:title="%s"' % esc(s), x, count=1); p.put('word/document.xml', x)
    return 'VML imagedata o:title on the OLE icon','extractable'
@tech('embedded_xlsx')
def _(p,s,k):
    n = 'word/embeddings/Microsoft_Excel_Worksheet%d.xlsx' % random.randint(100,199); p.ct_default('xlsx','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    rid = p.add_part(n, xlsx_bytes([['Step','Supply','Status'],['1',s,'Passed']]), reltype='package')
    rimg,_ = add_image(p, keep_png('Worksheet'))
    p.body_add(para('<w:r><w:object w:dxaOrig="4000" w:dyaOrig="600"><v:shape id="_x0000_i1099" type="#_x0000_t75" style="width:200pt;height:30pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1099" DrawAspect="Content" ObjectID="_1790000001" r:id="%s"/></w:object></w:r>' % (rimg, rid)))
    return 'embedded Excel worksheet (OLE package) cell; preview image clean','on-demand'
@tech('embedded_docx')
def _(p,s,k):
    import docx as _d
    d = _d.Document(); d.add_paragraph('Call notes: %s %s' % (lab(k), s)); b = io.BytesIO(); d.save(b)
    n = 'word/embeddings/Microsoft_Word_Document%d.docx' % random.randint(100,199); p.ct_default('docx','application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    rid = p.add_part(n, b.getvalue(), reltype='package'); rimg,_ = add_image(p, keep_png('Call notes'))
    p.body_add(para('<w:r><w:object w:dxaOrig="4000" w:dyaOrig="600"><v:shape id="_x0000_i1098" type="#_x0000_t75" style="width:200pt;height:30pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1098" DrawAspect="Content" ObjectID="_1790000002" r:id="%s"/></w:object></w:r>' % (rimg, rid)))
    return 'embedded Word document (nested .docx)','on-demand'
@tech('ext_image_link')
def _(p,s,k):
    rid = p.rel('word/document.xml', 'image', 'file:///C:/Users/tester/Evidence/%s_meter_photo.png' % s.replace(' ',''), True)
    x = drawing_inline('X', 'Meter photo (linked)').replace('r:embed="X"', 'r:link="%s"' % rid); p.body_add(para(x)); return 'linked picture: external relationship target path','on-demand'
@tech('attached_template')
def _(p,s,k):
    rid = p.rel('word/settings.xml', 'attachedTemplate', 'file:///C:/Users/tester/Templates/Evidence_%s.dotx' % s.replace(' ',''), True)
    settings_insert(p, 'attachedTemplate', '<w:attachedTemplate r:id="%s"/>' % rid)
    return 'attachedTemplate external target (Developer > Document Template)','on-demand'
@tech('mailmerge_source')
def _(p,s,k):
    rid = p.rel('word/settings.xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource', 'file:///C:/Data/customers_%s.csv' % s.replace(' ',''), True)
    settings_insert(p, 'mailMerge', '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/><w:connectString w:val=""/><w:query w:val="SELECT * FROM customers WHERE supply = \'%s\'"/><w:dataSource r:id="%s"/></w:mailMerge>' % (esc(s), rid))
    return 'mail-merge data source query and path (Word prompts with the SQL on open)','on-demand'
@tech('xml_comment')
def _(p,s,k): p.body_add('<!-- %s %s -->' % (lab(k), s) + P('Step complete.')); return 'XML comment in document.xml','extractable'
@tech('unreferenced_part')
def _(p,s,k): p.put('word/notes.txt', '%s %s\n' % (lab(k), s)); return 'unreferenced extra part word/notes.txt','extractable'
@tech('zip_comment')
def _(p,s,k): p.zip_comment = ('%s %s' % (lab(k), s)).encode(); return 'zip archive comment','extractable'
@tech('zip_stored')
def _(p,s,k): p.compress = zipfile.ZIP_STORED; p.body_add(P('%s %s' % (lab(k), s))); return 'uncompressed (stored) zip entries, body text','page'
@tech('utf16_document')
def _(p,s,k):
    p.body_add(P('%s %s' % (lab(k), s))); x = p.s('word/document.xml')
    x = re.sub(r"^<\?xml[^>]*\?>", '', x).lstrip(); x = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n' + x
    p.parts['word/document.xml'] = x.encode('utf-16'); return 'document.xml encoded UTF-16 (BOM)','page'
@tech('vba_docm')
def _(p,s,k):
    p.body_add(P('%s %s' % (lab(k), s)))
    x = p.s('[Content_Types].xml').replace('wordprocessingml.document.main+xml', 'x').replace('application/vnd.openxmlformats-officedocument.x', 'application/vnd.ms-word.document.macroEnabled.main+xml'); p.put('[Content_Types].xml', x)
    return 'macro-enabled .docm content type, body text','page'
@tech('dotx_as_docx')
def _(p,s,k):
    p.body_add(P('%s %s' % (lab(k), s)))
    x = p.s('[Content_Types].xml').replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'); p.put('[Content_Types].xml', x)
    return '.dotx template content type saved as .docx, body text','page'
@tech('upper_ext')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), s))); return 'file extension .DOCX upper-case, body text','page'
@tech('no_ext')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), s))); return 'no file extension (.docx content), body text','page'
@tech('sdt_run_in_table_header')
def _(p,s,k): hdr_ftr(p, 'header', 'default', '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>%s' % (P(lab(k)), para(sdt(run(s), '<w:id w:val="120"/><w:text/>')), P(''))); return 'content control in a table in the header','page'

def postcode():
    L='ABDEFGHJLNPQRSTUWXYZ'
    return random.choice(['SN','BS','LS','M','CF','NE','B','EH','NG','PO','GL','TR','DY','HU']) + str(random.randint(1,29)) + ' ' + str(random.randint(0,9)) + random.choice(L) + random.choice(L)
GEN['postcode'] = postcode
LABEL['postcode'] = 'Customer address: 14 Larkspur Close, Melksham'   # address context before the postcode
LABEL['keep'] = 'Reference'

STRICT = {'http://schemas.openxmlformats.org/wordprocessingml/2006/main':'http://purl.oclc.org/ooxml/wordprocessingml/main',
          'http://schemas.openxmlformats.org/officeDocument/2006/relationships':'http://purl.oclc.org/ooxml/officeDocument/relationships',
          'http://schemas.openxmlformats.org/drawingml/2006/main':'http://purl.oclc.org/ooxml/drawingml/main',
          'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing':'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing',
          'http://schemas.openxmlformats.org/drawingml/2006/picture':'http://purl.oclc.org/ooxml/drawingml/picture',
          'http://schemas.openxmlformats.org/officeDocument/2006/math':'http://purl.oclc.org/ooxml/officeDocument/math'}
def to_strict(p):
    for n in list(p.parts):
        if n.endswith('.xml') or n.endswith('.rels'):
            x = p.parts[n].decode('utf-8', 'replace')
            for a,b in STRICT.items(): x = x.replace(a, b)
            p.parts[n] = x.encode()
@tech('strict_ooxml')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), s))); to_strict(p); return 'Strict OOXML namespaces (purl.oclc.org), body text','page'
def flat_opc(p):
    out = ['<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    for n in p.order:
        if n not in p.parts or n == '[Content_Types].xml': continue
        b = p.parts[n]; ct = 'application/vnd.openxmlformats-package.relationships+xml' if n.endswith('.rels') else None
        ctx = p.s('[Content_Types].xml')
        m = re.search(r'PartName="/%s" ContentType="([^"]+)"' % re.escape(n), ctx)
        if m: ct = m.group(1)
        if not ct:
            m = re.search(r'Extension="%s" ContentType="([^"]+)"' % re.escape(n.rsplit('.',1)[-1]), ctx, re.I); ct = m.group(1) if m else 'application/octet-stream'
        if n.endswith('.xml') or n.endswith('.rels'):
            x = re.sub(r'^<\?xml[^>]*\?>', '', b.decode('utf-8')).strip()
            out.append('<pkg:part pkg:name="/%s" pkg:contentType="%s"><pkg:xmlData>%s</pkg:xmlData></pkg:part>' % (n, ct, x))
        else:
            out.append('<pkg:part pkg:name="/%s" pkg:contentType="%s" pkg:compression="store"><pkg:binaryData>%s</pkg:binaryData></pkg:part>' % (n, ct, base64.encodebytes(b).decode()))
    out.append('</pkg:package>'); return '\n'.join(out).encode('utf-8')
@tech('flat_opc')
def _(p,s,k): p.body_add(P('%s %s' % (lab(k), s))); p.flat = True; return 'Flat OPC single XML file (.xml), body text','page'
@tech('flat_opc_header')
def _(p,s,k): hdr_ftr(p, 'header', 'default', P('%s %s' % (lab(k), s))); p.flat = True; return 'Flat OPC (.xml), identifier in header part','page'

@tech('orphan_image')
def _(p,s,k):
    n = 'word/media/image_unused%d.png' % random.randint(10,99); p.ct_default('png','image/png')
    p.put(n, im_bytes(png_text('%s %s' % (lab(k), s)))); return 'image part with the identifier in its pixels, not referenced by the body (discarded image)','extractable'
@tech('fit_text')
def _(p,s,k): p.body_add(para(run(lab(k)+' ') + run(s, '<w:fitText w:val="900" w:id="55"/>'))); return 'w:fitText squeezes the identifier into 0.6 inch','page'
@tech('activex_textbox')
def _(p,s,k):
    ax = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" xmlns:r="%s" ax:classid="{8BD21D10-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistPropertyBag"><ax:ocxPr ax:name="Value" ax:value="%s"/><ax:ocxPr ax:name="Size" ax:value="4000;600"/></ax:ocx>' % (NS['r'], esc(s))
    rid = p.add_part('word/activeX/activeX%d.xml' % random.randint(10,99), ax, 'application/vnd.ms-office.activeX+xml', 'control')
    rimg,_ = add_image(p, im_bytes(Image.new('RGB', (300,30), 'white')))
    p.body_add(para(run(lab(k)+': ') + '<w:r><w:object w:dxaOrig="4000" w:dyaOrig="600"><v:shape id="_x0000_i1077" type="#_x0000_t75" style="width:200pt;height:30pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><w:control r:id="%s" w:name="TextBox1" w:shapeid="_x0000_i1077"/></w:object></w:r>' % (rimg, rid)))
    return 'ActiveX TextBox Value (property bag); preview image blank','page-word'
@tech('numbering_picbullet')
def _(p,s,k):
    rimg, n = add_image(p, im_bytes(png_text('%s %s' % (lab(k), s), size=(700,60), fs=28)))
    # picture bullet lives in numbering.xml's rels
    numbering_add(p, '\uf0b7', fmt='bullet', picbullet='<w:pict><v:shape id="_x0000_i1050" type="#_x0000_t75" style="width:260pt;height:22pt" o:bullet="t"><v:imagedata r:id="RIDPB" o:title=""/></v:shape></w:pict>')
    rid = p.rel('word/numbering.xml', 'image', 'media/' + os.path.basename(n))
    p.put('word/numbering.xml', p.s('word/numbering.xml').replace('RIDPB', rid)); p.ensure_ns('word/numbering.xml')
    p.body_add(P('Meter exchange job closed.', ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'))
    return 'picture bullet image showing the identifier (numPicBullet)','page'
@tech('customxml_markup')
def _(p,s,k):
    p.body_add(para('<w:customXml w:uri="urn:example:crm" w:element="supply"><w:customXmlPr><w:attr w:name="id" w:val="%s"/></w:customXmlPr>%s</w:customXml>' % (esc(s), run('Supply confirmed.')))); return 'inline w:customXml element attribute value','extractable'
@tech('smarttag_attr')
def _(p,s,k):
    p.body_add(para('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="address"><w:smartTagPr><w:attr w:name="Supply" w:val="%s"/></w:smartTagPr>%s</w:smartTag>' % (esc(s), run('Site visit booked.')))); return 'smart tag property value','extractable'
@tech('txbx_choice_only')
def _(p,s,k): p.body_add(txbx_anchor(P('%s %s' % (lab(k), s)), P('See register.'))); return 'identifier only in mc:Choice (wps) text box; Fallback VML clean','page'
@tech('ins_table_row')
def _(p,s,k):
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr><w:tr><w:trPr><w:del w:id="870" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:del w:id="871" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z"><w:r><w:delText>%s</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:del w:id="872" w:author="Demo Tester" w:date="2026-11-24T10:00:00Z"><w:r><w:delText>%s</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>' % (P('Field'), P('Value'), esc(lab(k)), esc(s))
    p.body_add(tbl + P('')); return 'deleted table row (tracked) holding the identifier','on-demand'
@tech('dstrike_hidden_color')
def _(p,s,k): p.body_add(para(run('%s %s' % (lab(k), s), '<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'))); return 'black text on black shading (redaction-look, still selectable)','extractable'

# ---------------- plan ----------------
FORCED = {'numbering_start':'mprn','caps_lower':'esn','smallcaps_lower':'gsn','comment_author':'email','core_lastmodby':'email','people_xml':'email',
          'mailto_link':'email','s_box_table':'mpan','sym_digits':'mpan','sym_symbolfont':'mpan','wingdings_circled':'mpan','arabic_indic':'mpan','combine_chars':'mpan'}
ROT = ['mpan','mpan','mprn','mpan','esn','mpan','eui','gsn','mpan','postcode','mpan','phone','mpan','email','mprn','mpan']
OLE_T = {'ole_payload_text','ole_payload_utf16','ole_payload_base64','ole_label_filename','ole_icon_label_png','ole_vml_alt','vml_imagedata_title'}
ONE_BASE = {'upper_ext','no_ext','vba_docm','dotx_as_docx','zip_stored','flat_opc_header','unreferenced_part','caption_style_name_unused','people_xml','customxml_unbound','ole_payload_utf16','ole_payload_base64','vml_imagedata_title'}
plan = []
ri = 0
for t in T:
    if t in OLE_T: bases = ['A'] if t in ONE_BASE else ['A','A']
    elif t in ONE_BASE: bases = ['P']
    else: bases = [['A','P'],['P','L'],['L','A']][len(plan) % 3]
    for b in bases:
        k = FORCED.get(t) or ROT[ri % len(ROT)]; ri += 1
        if t in ('ole_payload_utf16',) : k = 'mpan'
        plan.append((t, b, k))

CONTROLS = [  # (technique, base, keep value)
 ('watermark_header','A','DRAFT'), ('watermark_header','P','CONFIDENTIAL – SIT'), ('docvars','P','3f2b8c1e-4d5a-4e8b-9c7d-1a2b3c4d5e6f'),
 ('sdt_alias','A','Test case SIT_COS_TC_02'), ('sdt_tag','L','DIP-MSG-7f3c2a91'), ('numbering_lvltext','P','Step'), ('footnote','L','D0055 accepted 2026-11-24T09:15:02Z'),
 ('comment_text','A','Witness query OBS-12: confirm IF-031 response time'), ('header_text','L','UIT_SMETS2_TC_045 v2'), ('txbx_ac_both','P','SRV 8.1.1 response I0'),
 ('img_pixels','A','DIP Message Tracker: IF-031 Accepted 09:15:02'), ('png_text_chunk','P','Software: Greenshot'), ('png_icc_desc','L','sRGB IEC61966-2.1'),
 ('gif_animated','P','Portal refresh complete'), ('svg_tspan_split','A','PUB-004 published'), ('altchunk_html','L','Register reading 0001234.5 kWh'),
 ('chart_category','P','Day 3'), ('smartart','A','IF-032 received'), ('ins','L','LLFC 100 and MTC 801'), ('del','P','Amount £42.17'),
 ('vanish','A','Attest version 0.1.0'), ('hyperlink_target','P','SIT_COS_TC_02'), ('custom_prop','L','Release R2.3.1'), ('core_title','P','SIT Cycle 3 evidence'),
 ('zip_comment','A','Packed by Attest'), ('strict_ooxml','P','D0010 meter readings'), ('flat_opc','L','MPAN reference MPAN001'), ('dotx_as_docx','P','[MPAN-1] placeholder'),
 ('utf16_document','A','Run 1 finished 2026-12-04 19:42:46 GMT'), ('ole_payload_text','A','[MPAN-1]'), ('jpeg_exif','L','Canon PowerShot, 2026:11:24 10:02:11'),
 ('s_box_table_keep','P',None), ('sym_digits_keep','L','D0010'), ('two_cells','A','SIT_SM_TC_101'), ('fldSimple_cached','L','2026-11-26T10:01:44Z'),
]
@tech('s_box_table_keep')
def _(p,s,k):
    # an S box with top line only (profile class, MTC, LLFC) and core replaced by the register reference: must pass
    cell = lambda t: '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(t, '<w:b/>')
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="8"/><w:left w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/><w:right w:val="single" w:sz="8"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid><w:tr>%s%s%s%s</w:tr><w:tr>%s%s%s%s</w:tr></w:tbl>' % (cell('S'),cell('01'),cell('801'),cell('100'),cell(''),cell('[MPAN-1]'),cell(''),cell(''))
    p.body_add(tbl + P('')); return 'S box with top line only; core replaced by placeholder','page'
@tech('sym_digits_keep')
def _(p,s,k):
    p.body_add(para(run('Flow D') + ''.join('<w:r><w:sym w:font="Arial" w:char="%04X"/></w:r>' % ord(c) for c in '0010') + run(' received.'))); return 'w:sym digits forming a flow name','page'
KEEPFN = {n: T.pop(n) for n in ['s_box_table_keep','sym_digits_keep']}

# ---------------- build ----------------
truth = []
def build(cid, t, b, k, s, control, fn_tech):
    p = Pkg(BASES[b]); p.flat = False
    loc, vis = fn_tech(p, s, k)
    ext = 'xml' if p.flat else ('DOCX' if t=='upper_ext' else ('' if t=='no_ext' else ('docm' if t=='vba_docm' else 'docx')))
    fname = '%s_%s_%s%s' % (cid, t, b, ('.' + ext) if ext else '')
    path = os.path.join(OUT, fname)
    if p.flat: open(path, 'wb').write(flat_opc(p))
    else: p.save(path)
    truth.append(dict(file=fname, id=cid, control=control, technique=t, base=BASES[b], kind=k, secret=s,
                      label_context=(LABEL.get(k) if not control else None), location=loc, visibility=vis))

n = 0
for (t, b, k) in plan:
    n += 1; build('a%03d' % n, t, b, k, secret(k), False, T[t])
m = 0
for (t, b, v) in CONTROLS:
    m += 1; fn = T.get(t) or KEEPFN[t]
    build('c%02d' % m, t, b, 'keep', v, True, fn)
# base documents themselves are controls too
for b, pth in BASES.items():
    m += 1; fname = 'c%02d_unaltered_%s.docx' % (m, b); open(os.path.join(OUT, fname), 'wb').write(open(pth,'rb').read())
    truth.append(dict(file=fname, id='c%02d' % m, control=True, technique='unaltered base', base=pth, kind='keep', secret=None, label_context=None, location='-', visibility='-'))
json.dump(truth, open('truth.json','w'), indent=1, ensure_ascii=False)
print(len([t for t in truth if not t['control']]), 'altered;', len([t for t in truth if t['control']]), 'controls')
