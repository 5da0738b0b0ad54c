"""Minimal OOXML package editor (string level)."""
import zipfile, re, io
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
NSALL = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"')

class Pkg:
    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            self.parts = {n: z.read(n) for n in z.namelist()}
        self.n = 0
    def s(self, name): return self.parts[name].decode('utf-8')
    def put(self, name, text): self.parts[name] = text.encode('utf-8') if isinstance(text, str) else text
    def main(self):
        m = re.search(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"|Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"', self.s('_rels/.rels'))
        return m.group(1) or m.group(2)
    def override(self, part, ctype):
        ct = self.s('[Content_Types].xml')
        if f'PartName="/{part}"' not in ct:
            ct = ct.replace('</Types>', f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>')
        self.put('[Content_Types].xml', ct)
    def default(self, ext, ctype):
        ct = self.s('[Content_Types].xml')
        if not re.search(rf'Extension="{ext}"', ct, re.I):
            ct = ct.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
        self.put('[Content_Types].xml', ct)
    @staticmethod
    def relsname(part):
        d, _, b = part.rpartition('/')
        return f'{d}/_rels/{b}.rels' if d else f'_rels/{b}.rels'
    def rel(self, part, rtype, target, mode=None):
        rn = self.relsname(part)
        if rn not in self.parts:
            self.put(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        self.n += 1
        rid = f'rId53x{self.n}'
        m = f' TargetMode="{mode}"' if mode else ''
        t = rtype if rtype.startswith('http') else RT + rtype
        self.put(rn, self.s(rn).replace('</Relationships>', f'<Relationship Id="{rid}" Type="{t}" Target="{target}"{m}/></Relationships>'))
        return rid
    def final_sect(self, doc):
        be = doc.rfind('</w:body>')
        i = doc.rfind('<w:sectPr', 0, be)
        if i == -1 or '</w:p>' in doc[i:be]:
            return None, be
        return i, be
    def insert_body(self, xml):
        mp = self.main(); doc = self.s(mp)
        i, be = self.final_sect(doc)
        pos = i if i is not None else be
        self.put(mp, doc[:pos] + xml + doc[pos:])
    def header(self, kind='header'):
        """return part name of the default header (or footer), creating it if needed"""
        mp = self.main(); doc = self.s(mp)
        ref = 'headerReference' if kind == 'header' else 'footerReference'
        i, be = self.final_sect(doc)
        if i is None:
            doc = doc[:be] + '<w:sectPr></w:sectPr>' + doc[be:]
            self.put(mp, doc); i, be = self.final_sect(doc)
        sect = doc[i:be]
        m = re.search(rf'<w:{ref}[^>]*w:type="default"[^>]*r:id="([^"]+)"|<w:{ref}[^>]*r:id="([^"]+)"[^>]*w:type="default"', sect)
        if m:
            rid = m.group(1) or m.group(2)
            rels = self.s(self.relsname(mp))
            t = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
            tgt = t.group(1) or t.group(2)
            d = mp.rpartition('/')[0]
            return tgt.lstrip('/') if tgt.startswith('/') else (f'{d}/{tgt}' if d else tgt)
        root = 'hdr' if kind == 'header' else 'ftr'
        name = f'word/{kind}53.xml'
        self.put(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NSALL}></w:{root}>')
        self.override(name, f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml')
        rid = self.rel(mp, kind, f'{kind}53.xml')
        j = doc.index('>', i) + 1
        if doc[j-2] == '/':  # <w:sectPr/>
            doc = doc[:i] + f'<w:sectPr><w:{ref} w:type="default" r:id="{rid}"/></w:sectPr>' + doc[j:]
        else:
            doc = doc[:j] + f'<w:{ref} w:type="default" r:id="{rid}"/>' + doc[j:]
        self.put(mp, doc)
        return name
    def append_part(self, part, xml):
        t = self.s(part)
        end = t.rfind('</')
        self.put(part, t[:end] + xml + t[end:])
    def ensure_ns(self, part, prefix, uri):
        t = self.s(part)
        m = re.search(r'<[A-Za-z:]+\s', t[t.find('<', t.find('?>') + 2 if t.startswith('<?') else 0):])
        # root element is first element after prolog
        k = t.find('?>') + 2 if t.startswith('<?') else 0
        r0 = t.index('<', k)
        rend = t.index('>', r0)
        if f'xmlns:{prefix}=' not in t[r0:rend]:
            t = t[:r0] + re.sub(r'^(<[^\s>]+)', rf'\1 xmlns:{prefix}="{uri}"', t[r0:], count=1)
        self.put(part, t)
    def image(self, part, data, ext='png'):
        self.n += 1
        name = f'word/media/img53_{self.n}.{ext}'
        self.put(name, data)
        self.default(ext, {'png': 'image/png', 'jpeg': 'image/jpeg'}[ext])
        d = part.rpartition('/')[0]
        return self.rel(part, 'image', f'media/img53_{self.n}.{ext}' if d == 'word' else f'/word/media/img53_{self.n}.{ext}')
    def save(self, path):
        order = ['[Content_Types].xml'] + [n for n in self.parts if n != '[Content_Types].xml']
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in order:
                z.writestr(n, self.parts[n])
