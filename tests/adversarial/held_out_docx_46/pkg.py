import zipfile, re, io, struct, zlib
NS = dict(
 w='http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 r='http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 a='http://schemas.openxmlformats.org/drawingml/2006/main',
 pic='http://schemas.openxmlformats.org/drawingml/2006/picture',
 v='urn:schemas-microsoft-com:vml', o='urn:schemas-microsoft-com:office:office',
 w10='urn:schemas-microsoft-com:office:word',
 m='http://schemas.openxmlformats.org/officeDocument/2006/math',
 wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 wpg='http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
 mc='http://schemas.openxmlformats.org/markup-compatibility/2006',
 w14='http://schemas.microsoft.com/office/word/2010/wordml',
 w15='http://schemas.microsoft.com/office/word/2012/wordml',
 c='http://schemas.openxmlformats.org/drawingml/2006/chart',
 dgm='http://schemas.openxmlformats.org/drawingml/2006/diagram',
 asvg='http://schemas.microsoft.com/office/drawing/2016/SVG/main',
)
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
DEFAULT_CT = dict(png='image/png', jpeg='image/jpeg', jpg='image/jpeg', tiff='image/tiff', tif='image/tiff', bmp='image/bmp', webp='image/webp', gif='image/gif',
                  emf='image/x-emf', wmf='image/x-wmf', svg='image/svg+xml', bin='application/vnd.openxmlformats-officedocument.oleObject',
                  xlsx='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', docx='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  pptx='application/vnd.openxmlformats-officedocument.presentationml.presentation', html='text/html', htm='text/html', rtf='application/rtf', txt='text/plain',
                  zip='application/zip', pdf='application/pdf', xml='application/xml', rels='application/vnd.openxmlformats-package.relationships+xml')

class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        self.order = z.namelist(); self.p = {n: z.read(n) for n in self.order}; self.comment = b''
        self.n = 0
    def get(self, n): return self.p[n].decode('utf-8')
    def set(self, n, s):
        if n not in self.p: self.order.append(n)
        self.p[n] = s.encode('utf-8') if isinstance(s, str) else s
    def has(self, n): return n in self.p
    def ct_default(self, ext):
        ct = self.get('[Content_Types].xml')
        if re.search(r'Extension="%s"' % ext, ct, re.I): return
        ct = ct.replace('<Default ', '<Default Extension="%s" ContentType="%s"/><Default ' % (ext, DEFAULT_CT[ext]), 1)
        self.set('[Content_Types].xml', ct)
    def ct_override(self, part, ctype):
        ct = self.get('[Content_Types].xml')
        ct = ct.replace('</Types>', '<Override PartName="/%s" ContentType="%s"/></Types>' % (part, ctype))
        self.set('[Content_Types].xml', ct)
    def rels_name(self, part):
        d, f = part.rsplit('/', 1) if '/' in part else ('', part)
        return (d + '/' if d else '') + '_rels/' + f + '.rels'
    def add_rel(self, src, rtype, target, external=False):
        rn = self.rels_name(src)
        if rn not in self.p:
            self.set(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        s = self.get(rn)
        self.n += 1
        rid = 'rIdX%d' % self.n
        if not rtype.startswith('http'): rtype = RT + rtype
        s = s.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"%s/></Relationships>' % (rid, rtype, xesc(target), ' TargetMode="External"' if external else ''))
        self.set(rn, s)
        return rid
    def ensure_ns(self, part, *prefixes):
        s = self.get(part)
        m = re.search(r'<(\w+:\w+)([^>]*)>', s[s.find('?>') + 2 if s.startswith('<?xml') else 0:])
        root_tag_start = s.find('<' + m.group(1))
        end = s.find('>', root_tag_start)
        head = s[root_tag_start:end]
        add = ''
        for p in prefixes:
            if 'xmlns:%s=' % p not in head: add += ' xmlns:%s="%s"' % (p, NS[p])
        s = s[:end] + add + s[end:]
        if head.endswith('/'): raise Exception
        self.set(part, s)
    def body_add(self, xml, ns=(), where='end'):
        self.ensure_ns('word/document.xml', 'w', 'r', *ns)
        s = self.get('word/document.xml')
        if where == 'end':
            i = s.rfind('<w:sectPr')
            if i < 0: i = s.rfind('</w:body>')
        else:
            i = s.find('<w:body>') + len('<w:body>')
        self.set('word/document.xml', s[:i] + xml + s[i:])
    def sect_add(self, xml):
        s = self.get('word/document.xml')
        i = s.rfind('<w:sectPr')
        j = s.find('>', i) + 1
        if s[j - 2] == '/':
            s = s[:j - 2] + '>' + xml + '</w:sectPr>' + s[j:]
        else:
            s = s[:j] + xml + s[j:]
        self.set('word/document.xml', s)
    def settings_add(self, xml, before=('w:docVars', 'w:rsids', 'm:mathPr', 'w:themeFontLang', 'w:clrSchemeMapping', 'w:decimalSymbol', 'w:compat')):
        s = self.get('word/settings.xml')
        for b in before:
            i = s.find('<' + b)
            if i >= 0: break
        else:
            i = s.rfind('</w:settings>')
        self.set('word/settings.xml', s[:i] + xml + s[i:])
    def save(self, path, flat=False):
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.order:
                z.writestr(n, self.p[n])
            if self.comment: z.comment = self.comment

def xesc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
def P(text, rpr=''):
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', xesc(text))
def R(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', xesc(text))
