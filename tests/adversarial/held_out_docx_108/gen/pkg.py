"""Minimal OOXML package editing with zipfile (no python-docx), so every base is altered the same way."""
import zipfile, re, posixpath
NS = {
 'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
 'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
 'c': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
 'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
}
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
class Pkg:
    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            self.names = z.namelist()
            self.f = {n: z.read(n) for n in self.names}
    def get(self, n): return self.f[n].decode('utf-8')
    def put(self, n, s):
        if n not in self.f: self.names.append(n)
        self.f[n] = s.encode('utf-8') if isinstance(s, str) else s
    def save(self, path):
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.names: z.writestr(n, self.f[n])
    def ct_override(self, part, ctype):
        ct = self.get('[Content_Types].xml')
        if ('PartName="/%s"' % part) not in ct:
            ct = ct.replace('</Types>', '<Override PartName="/%s" ContentType="%s"/></Types>' % (part, ctype))
            self.put('[Content_Types].xml', ct)
    def ct_default(self, ext, ctype):
        ct = self.get('[Content_Types].xml')
        if ('Extension="%s"' % ext) not in ct and ("Extension='%s'" % ext) not in ct:
            ct = ct.replace('</Types>', '<Default Extension="%s" ContentType="%s"/></Types>' % (ext, ctype))
            self.put('[Content_Types].xml', ct)
    def rels_name(self, part):
        d, b = posixpath.split(part)
        return posixpath.join(d, '_rels', b + '.rels')
    def add_rel(self, part, rtype, target):
        rn = self.rels_name(part)
        if rn not in self.f:
            self.put(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        s = self.get(rn)
        i = 52
        while ('Id="rId%d"' % i) in s or ("Id='rId%d'" % i) in s: i += 1
        rid = 'rId%d' % i
        s = s.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"/></Relationships>' % (rid, RT + rtype if '://' not in rtype else rtype, target))
        if '</Relationships>' not in s:  # self-closed
            s = re.sub(r'<Relationships([^>]*)/>', r'<Relationships\1><Relationship Id="%s" Type="%s" Target="%s"/></Relationships>' % (rid, RT + rtype, target), s)
        self.put(rn, s)
        return rid
    def main_part(self):
        rels = self.get('_rels/.rels')
        m = re.search(r'Target="/?([^"]*)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*/officeDocument"[^>]*Target="/?([^"]*)"', rels)
        return m.group(1) or m.group(2)
    def append_body(self, xml, part=None):
        part = part or self.main_part()
        s = self.get(part)
        if part.endswith('document.xml'):
            i = s.rfind('<w:sectPr')
            s = s[:i] + xml + s[i:]
        else:  # header/footer
            i = s.rfind('</w:ftr>') if '</w:ftr>' in s else s.rfind('</w:hdr>')
            s = s[:i] + xml + s[i:]
        self.put(part, s)
def ns(*pfx):
    return ' '.join('xmlns:%s="%s"' % (p, NS[p]) for p in pfx)
def para(runs_xml, ppr=''):
    return '<w:p>%s%s</w:p>' % (ppr, runs_xml)
def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', esc(text))
def inline_picture(rid, cx, cy, pid, name, descr=''):
    return ('<w:r><w:drawing><wp:inline %s distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="%s"/><a:graphic %s><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic %s><pic:nvPicPr><pic:cNvPr id="%d" name="%s"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip %s r:embed="%s"/>'
            '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (ns('wp'), cx, cy, pid, name, ns('a'), ns('pic'), pid, name, ns('r'), rid, cx, cy))
def inline_chart(rid, cx, cy, pid):
    return ('<w:r><w:drawing><wp:inline %s distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="Chart %d"/><a:graphic %s><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<c:chart %s %s r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (ns('wp'), cx, cy, pid, pid, ns('a'), ns('c'), ns('r'), rid))
def inline_textbox(text, cx, cy, pid):
    return ('<w:r><w:drawing><wp:inline %s distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="Text Box %d"/><a:graphic %s><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp %s><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>'
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>%s</w:p></w:txbxContent></wps:txbx>'
            '<wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" wrap="none"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (ns('wp'), cx, cy, pid, pid, ns('a'), ns('wps'), cx, cy, run(text)))
