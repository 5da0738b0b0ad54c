import zipfile, random, re, io, json, os
from lxml import etree
NS = dict(
 w='http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 r='http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 a='http://schemas.openxmlformats.org/drawingml/2006/main',
 pic='http://schemas.openxmlformats.org/drawingml/2006/picture',
 v='urn:schemas-microsoft-com:vml', o='urn:schemas-microsoft-com:office:office',
 w10='urn:schemas-microsoft-com:office:word',
 wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 wpg='http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
 wpc='http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
 mc='http://schemas.openxmlformats.org/markup-compatibility/2006',
 w14='http://schemas.microsoft.com/office/word/2010/wordml',
 w15='http://schemas.microsoft.com/office/word/2012/wordml',
 wp14='http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
 m='http://schemas.openxmlformats.org/officeDocument/2006/math',
 c='http://schemas.openxmlformats.org/drawingml/2006/chart',
 cx='http://schemas.microsoft.com/office/drawing/2014/chartex',
 dgm='http://schemas.openxmlformats.org/drawingml/2006/diagram',
 dsp='http://schemas.microsoft.com/office/drawing/2008/diagram',
)
W = '{%s}' % NS['w']
NSDECL = ' '.join('xmlns:%s="%s"' % kv for kv in NS.items())
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

def frag(xml):
    root = etree.fromstring(('<root %s>' % NSDECL + xml + '</root>').encode())
    return list(root)

class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        self.parts = {n: z.read(n) for n in z.namelist()}
        self.order = z.namelist()
        self.doc = etree.fromstring(self.parts['word/document.xml'])
        self.trees = {}
        self.zipcomment = b''
    def tree(self, name):
        if name == 'word/document.xml': return self.doc
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.parts[name])
        return self.trees[name]
    @property
    def body(self): return self.doc.find(W+'body')
    def sectpr(self):
        return self.body.find(W+'sectPr')
    def add_body(self, xml, where='end'):
        els = frag(xml); b = self.body; sp = b.find(W+'sectPr')
        for e in els:
            if where == 'start': b.insert(0, e) if False else b.insert(0, e)
            elif sp is not None: sp.addprevious(e)
            else: b.append(e)
        return els
    # content types
    def ct_default(self, ext, ctype):
        s = self.parts['[Content_Types].xml'].decode()
        if 'Extension="%s"' % ext not in s and "Extension='%s'" % ext not in s:
            s = s.replace('</Types>', '<Default Extension="%s" ContentType="%s"/></Types>' % (ext, ctype))
        self.parts['[Content_Types].xml'] = s.encode()
    def ct_override(self, part, ctype):
        s = self.parts['[Content_Types].xml'].decode()
        if 'PartName="/%s"' % part not in s:
            s = s.replace('</Types>', '<Override PartName="/%s" ContentType="%s"/></Types>' % (part, ctype))
        self.parts['[Content_Types].xml'] = s.encode()
    def add_rel(self, src, rtype, target, external=False):
        d, f = os.path.split(src)
        rp = (d + '/_rels/' + f + '.rels') if d else '_rels/' + f + '.rels'
        if rp not in self.parts:
            self.parts[rp] = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        s = self.parts[rp].decode()
        ids = set(re.findall(r'Id="([^"]+)"', s)); i = 1
        while 'rIdX%d' % i in ids: i += 1
        rid = 'rIdX%d' % i
        if not rtype.startswith('http'): rtype = RT + rtype
        s = s.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"%s/></Relationships>' % (rid, rtype, target, ' TargetMode="External"' if external else ''))
        self.parts[rp] = s.encode()
        return rid
    def add_part(self, name, data, ctype=None, rtype=None, src='word/document.xml', target=None):
        self.parts[name] = data if isinstance(data, bytes) else data.encode()
        if ctype: self.ct_override(name, ctype)
        if rtype:
            return self.add_rel(src, rtype, target or os.path.relpath(name, os.path.dirname(src) or '.'))
    def ensure_part(self, name, rootxml, ctype, rtype):
        if name not in self.parts:
            self.add_part(name, rootxml, ctype, rtype)
        return self.tree(name)
    def save(self, path):
        self.parts['word/document.xml'] = etree.tostring(self.doc, xml_declaration=True, encoding='UTF-8', standalone=True)
        for n, t in self.trees.items():
            self.parts[n] = etree.tostring(t, xml_declaration=True, encoding='UTF-8', standalone=True)
        # make sure root of document declares all namespaces (lxml keeps declarations on nodes; fine)
        names = [n for n in self.order if n in self.parts] + [n for n in self.parts if n not in self.order]
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in names: z.writestr(n, self.parts[n])
            if self.zipcomment: z.comment = self.zipcomment

def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;')
def run(t, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', esc(t))
def para(inner, ppr=''):
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', inner)
def fld(code, result, rpr='', dirty=False):
    d = ' w:dirty="true"' if dirty else ''
    rp = '<w:rPr>%s</w:rPr>' % rpr if rpr else ''
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"%s/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (rp, d, rp, esc(code), rp, run(result, rpr) if result else '', rp)

# ---------- identifiers ----------
R = random.Random(20261205)
WTS = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(pred=None):
    while True:
        d = '%02d' % R.randint(10, 23) + ''.join(str(R.randint(0,9)) for _ in range(10))
        c = sum(int(x)*w for x, w in zip(d, WTS)) % 11 % 10
        m = d + str(c)
        if pred is None or pred(m): return m
def mpan_ok(m):
    return len(m)==13 and m.isdigit() and sum(int(x)*w for x,w in zip(m[:12],WTS))%11%10==int(m[12])
def mprn(): return str(R.randint(1,9)) + ''.join(str(R.randint(0,9)) for _ in range(9))
L='ABCDEFGHJKLMNPRSTUVWXYZ'
def eserial():
    st = R.choice([0,1,2])
    if st==0: return R.choice(L)+R.choice(L)+'%02d'%R.randint(5,24)+R.choice(L)+'%05d'%R.randint(1000,99999)
    if st==1: return R.choice(['E','K','S','L','D'])+'%02d'%R.randint(5,24)+R.choice(L)+'%06d'%R.randint(10000,999999)
    return R.choice(['EML','ACE','SMX'])+'%02d'%R.randint(10,24)+'%07d'%R.randint(100000,9999999)
def gserial():
    st = R.choice([0,1])
    if st==0: return 'E6S'+'%011d'%R.randint(10**9, 10**11-1)
    return 'G4A'+'%08d'%R.randint(10**6, 10**8-1)+R.choice(L)
def eui(sep='-'):
    b = ['%02X'%R.randint(0,255) for _ in range(8)]; b[0]=R.choice(['00','0C','70','D0','BC']); 
    return sep.join(b)
AREAS=['LS','BS','CF','NE','M','G','EH','B','SO','PL','NG','LE','DH','YO','TR','HG']
def postcode():
    a=R.choice(AREAS); return '%s%d %d%s%s'%(a,R.randint(1,29),R.randint(1,9),R.choice('ABDEFGHJLNPQRSTUWXYZ'),R.choice('ABDEFGHJLNPQRSTUWXYZ'))
def phone():
    k=R.choice([0,1,2])
    if k==0: return '07700 900%03d'%R.randint(0,999)
    if k==1: return '01632 960%03d'%R.randint(0,999)
    return '020 7946 0%03d'%R.randint(0,999)
FIRST=['Imelda','Gareth','Nkechi','Siobhan','Hamish','Priya','Tomasz','Eluned','Rhys','Aoife','Declan','Marguerite']
LAST=['Throssell','Pennycuick','Oyelaran','Fairbairn','Quennell','Ashdown','Brightwater','Kowalczyk','Haverstock','Mellingham']
STREETS=['Quarrington Lane','Larkspur Avenue','Mill Brow','Cauldwell Road','Saxon Close','Orchard Terrace','Pendle View','Harebell Drive']
TOWNS=['Thornbury','Pudsey','Caerphilly','Hexham','Ripon','Truro','Loughborough','Barnard Castle']
def name(): return R.choice(['Mrs','Mr','Ms','Dr',''])+' '+R.choice(FIRST)+' '+R.choice(LAST)
def address(): return '%d %s, %s, %s'%(R.randint(2,180),R.choice(STREETS),R.choice(TOWNS),postcode())
def email():
    return '%s.%s@%s'%(R.choice(FIRST).lower(),R.choice(LAST).lower(),R.choice(['example.com','example.org','example.net']))
def canon(s): return re.sub(r'[^0-9A-Za-z@.]','',s).upper()
