import zipfile, re, io, posixpath
from xml.sax.saxutils import escape
NS = dict(
    w='http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    r='http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    a='http://schemas.openxmlformats.org/drawingml/2006/main',
    pic='http://schemas.openxmlformats.org/drawingml/2006/picture',
    v='urn:schemas-microsoft-com:vml', o='urn:schemas-microsoft-com:office:office',
    w14='http://schemas.microsoft.com/office/word/2010/wordml', w15='http://schemas.microsoft.com/office/word/2012/wordml')
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
def xa(s):
    return escape(s, {'"': '&quot;'})
class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        self.order = z.namelist()
        self.parts = {n: z.read(n) for n in self.order}
        self.nid = 5000
    def get(self, n): return self.parts[n].decode('utf-8')
    def put(self, n, data):
        if isinstance(data, str): data = data.encode('utf-8')
        if n not in self.parts: self.order.append(n)
        self.parts[n] = data
    def newid(self):
        self.nid += 1; return self.nid
    def ctype(self, partname, ct=None, ext_default=None):
        c = self.get('[Content_Types].xml')
        if ext_default:
            ext, t = ext_default
            if f'Extension="{ext}"' not in c and f"Extension='{ext}'" not in c:
                c = c.replace('</Types>', f'<Default Extension="{ext}" ContentType="{t}"/></Types>')
        if ct:
            c = c.replace('</Types>', f'<Override PartName="/{partname}" ContentType="{ct}"/></Types>')
        self.put('[Content_Types].xml', c)
    def rels_name(self, src):
        d, b = posixpath.split(src)
        return posixpath.join(d, '_rels', b + '.rels')
    def add_rel(self, src, typ, target, external=False):
        rn = self.rels_name(src)
        if rn not in self.parts:
            self.put(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        x = self.get(rn)
        rid = f'rIdX{self.newid()}'
        mode = ' TargetMode="External"' if external else ''
        x = re.sub(r'</Relationships>\s*$', f'<Relationship Id="{rid}" Type="{typ}" Target="{xa(target)}"{mode}/></Relationships>', x)
        self.put(rn, x)
        return rid
    def main(self):
        return 'word/document.xml'
    def insert_body(self, xml):
        d = self.get('word/document.xml')
        i = d.rfind('<w:sectPr')
        self.put('word/document.xml', d[:i] + xml + d[i:])
    def save(self, path):
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.order:
                z.writestr(n, self.parts[n])
def P(text, rpr=''):
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
def R(text, rpr=''):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
NSDECL = ' '.join(f'xmlns:{k}="{v}"' for k, v in NS.items() if k != 'w')
def inline_pic(rid, cx, cy, pid, name='Picture', descr='', hlink=None):
    hl = f'<a:hlinkClick xmlns:a="{NS["a"]}" r:id="{hlink[0]}" tooltip="{xa(hlink[1])}"/>' if hlink else ''
    return (f'<w:drawing><wp:inline xmlns:wp="{NS["wp"]}" xmlns:r="{NS["r"]}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{pid}" name="{xa(name)}" descr="{xa(descr)}">{hl}</wp:docPr>'
            f'<a:graphic xmlns:a="{NS["a"]}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic xmlns:pic="{NS["pic"]}"><pic:nvPicPr><pic:cNvPr id="{pid}" name="img{pid}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing>')
def inline_svg(rid_png, rid_svg, cx, cy, pid, name='Picture'):
    return (f'<w:drawing><wp:inline xmlns:wp="{NS["wp"]}" xmlns:r="{NS["r"]}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{pid}" name="{xa(name)}"/>'
            f'<a:graphic xmlns:a="{NS["a"]}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic xmlns:pic="{NS["pic"]}"><pic:nvPicPr><pic:cNvPr id="{pid}" name="img{pid}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid_png}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}">'
            f'<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rid_svg}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing>')
