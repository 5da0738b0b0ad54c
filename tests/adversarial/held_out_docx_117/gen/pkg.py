"""Minimal .docx package editing by string surgery (deterministic)."""
import zipfile, io, re
NS = {
 "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
 "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
 "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
 "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
 "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
 "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
 "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
 "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
 "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
 "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
 "v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
}
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
def nsdecl(prefixes):
    return " ".join('xmlns:%s="%s"' % (p, NS[p]) for p in prefixes)
ALLNS = nsdecl(["w", "r", "wp", "a", "pic", "wps", "wpg", "w14", "w15", "mc", "v", "o"])

class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        self.names = z.namelist()
        self.parts = {n: z.read(n) for n in self.names}
        self.rid = 9000; self.did = 9000
    def s(self, name): return self.parts[name].decode("utf-8")
    def put(self, name, text):
        if name not in self.parts: self.names.append(name)
        self.parts[name] = text.encode("utf-8") if isinstance(text, str) else text
    def add_ns(self, part, prefixes):
        x = self.s(part)
        m = re.search(r"<w:(document|hdr|ftr|footnotes|comments|numbering|styles)\b[^>]*>", x)
        tag = m.group(0); new = tag
        for p in prefixes:
            if ("xmlns:%s=" % p) not in tag:
                new = new[:-1] + ' xmlns:%s="%s">' % (p, NS[p])
        self.put(part, x.replace(tag, new, 1))
    def new_rid(self):
        self.rid += 1; return "rId%d" % self.rid
    def new_did(self):
        self.did += 1; return self.did
    def rels_of(self, part):
        d, f = part.rsplit("/", 1); return "%s/_rels/%s.rels" % (d, f)
    def add_rel(self, part, typ, target, rid=None):
        rn = self.rels_of(part); rid = rid or self.new_rid()
        if rn not in self.parts:
            self.put(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        x = self.s(rn).replace("</Relationships>", '<Relationship Id="%s" Type="%s" Target="%s"/></Relationships>' % (rid, RT + typ if not typ.startswith("http") else typ, target))
        self.put(rn, x); return rid
    def ct_default(self, ext, ctype):
        x = self.s("[Content_Types].xml")
        if re.search(r'Extension="%s"' % ext, x, re.I): return
        self.put("[Content_Types].xml", x.replace("</Types>", '<Default Extension="%s" ContentType="%s"/></Types>' % (ext, ctype)))
    def ct_override(self, partname, ctype):
        x = self.s("[Content_Types].xml")
        if 'PartName="/%s"' % partname in x: return
        self.put("[Content_Types].xml", x.replace("</Types>", '<Override PartName="/%s" ContentType="%s"/></Types>' % (partname, ctype)))
    def main(self):
        x = self.s("_rels/.rels")
        m = re.search(r'Target="/?([^"]*document[^"]*\.xml)"', x); return m.group(1)
    def rel_target(self, part, typ):
        rn = self.rels_of(part)
        if rn not in self.parts: return None
        m = re.search(r'<Relationship [^>]*Type="%s"[^>]*/>' % re.escape(RT + typ), self.s(rn))
        if not m: return None
        t = re.search(r'Target="([^"]*)"', m.group(0)).group(1)
        return "word/" + t if not t.startswith("/") else t[1:]
    def append_body(self, frag, prefixes=("w", "r", "wp", "a", "pic", "wps", "wpg", "w14", "w15", "mc")):
        d = self.main(); self.add_ns(d, prefixes); x = self.s(d)
        i = x.rfind("<w:sectPr")
        if i < 0 or x.find("</w:body>") < i: i = x.rfind("</w:body>")
        self.put(d, x[:i] + frag + x[i:])
    def add_image(self, data, ext, part=None):
        part = part or self.main()
        n = "word/media/attx%d.%s" % (self.did + 1, ext)
        self.put(n, data)
        self.ct_default(ext, {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}[ext])
        return self.add_rel(part, "image", n.split("word/", 1)[1] if part.startswith("word/") else n)
    def ensure(self, name, reltype, ctype, skeleton):
        t = self.rel_target(self.main(), reltype)
        if t and t in self.parts: return t
        self.put(name, skeleton); self.ct_override(name, ctype)
        self.add_rel(self.main(), reltype, name.split("word/", 1)[1]); return name
    def save(self, path):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n in self.names:
                zi = zipfile.ZipInfo(n, (2026, 12, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, self.parts[n])
