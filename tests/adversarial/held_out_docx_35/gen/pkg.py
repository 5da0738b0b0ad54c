"""Minimal OOXML package editing helpers (zip in memory, string-level XML edits)."""
import zipfile, re, io, struct, random
from xml.sax.saxutils import escape as xesc

NS = {
    'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
    'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
    'v': 'urn:schemas-microsoft-com:vml',
    'o': 'urn:schemas-microsoft-com:office:office',
    'w10': 'urn:schemas-microsoft-com:office:word',
    'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
    'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
    'm': 'http://schemas.openxmlformats.org/officeDocument/2006/math',
    'w14': 'http://schemas.microsoft.com/office/word/2010/wordml',
    'c': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
    'asvg': 'http://schemas.microsoft.com/office/drawing/2016/SVG/main',
}
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT_DEFAULTS = {'png': 'image/png', 'jpeg': 'image/jpeg', 'jpg': 'image/jpeg', 'gif': 'image/gif', 'bmp': 'image/bmp',
               'tiff': 'image/tiff', 'tif': 'image/tiff', 'svg': 'image/svg+xml', 'emf': 'image/x-emf', 'wmf': 'image/x-wmf',
               'bin': 'application/vnd.openxmlformats-officedocument.oleObject',
               'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'htm': 'text/html', 'html': 'text/html', 'rtf': 'application/rtf', 'txt': 'text/plain', 'mht': 'message/rfc822',
               'xml': 'application/xml', 'rels': 'application/vnd.openxmlformats-package.relationships+xml'}


class Pkg:
    def __init__(self, path):
        z = zipfile.ZipFile(path)
        self.parts = {}
        for i in z.infolist():
            self.parts[i.filename] = z.read(i)
        self.order = [i.filename for i in z.infolist()]
        self.zip_comment = b''
        self.member_comments = {}
        self.uniq = 900
        self.raw_override = {}

    def get(self, name):
        return self.parts[name].decode('utf-8')

    def set(self, name, s, raw=False):
        if name not in self.parts:
            self.order.append(name)
        self.parts[name] = s if isinstance(s, bytes) else s.encode('utf-8')

    def has(self, name):
        return name in self.parts

    def nid(self):
        self.uniq += 1
        return self.uniq

    # ---- namespaces
    def ensure_ns(self, name, prefixes):
        s = self.get(name)
        m = re.search(r'<(?!\?)[^!][^>]*>', s)
        tag = m.group(0)
        add = ''
        for p in dict.fromkeys(prefixes):
            if 'xmlns:%s=' % p not in tag:
                add += ' xmlns:%s="%s"' % (p, NS[p])
        if add:
            newtag = tag[:-1].rstrip('/') + add + ('/>' if tag.endswith('/>') else '>')
            s = s[:m.start()] + newtag + s[m.end():]
            self.set(name, s)

    # ---- content types
    def ct_default(self, ext):
        s = self.get('[Content_Types].xml')
        if re.search(r'Extension="%s"' % ext, s, re.I):
            return
        s = s.replace('</Types>', '<Default Extension="%s" ContentType="%s"/></Types>' % (ext, CT_DEFAULTS[ext]))
        self.set('[Content_Types].xml', s)

    def ct_override(self, part, ctype):
        s = self.get('[Content_Types].xml')
        s = s.replace('</Types>', '<Override PartName="/%s" ContentType="%s"/></Types>' % (part, ctype))
        self.set('[Content_Types].xml', s)

    # ---- relationships
    def rels_name(self, part):
        d, f = part.rsplit('/', 1) if '/' in part else ('', part)
        return (d + '/' if d else '') + '_rels/' + f + '.rels'

    def add_rel(self, part, rtype, target, external=False):
        rn = self.rels_name(part)
        if rn not in self.parts:
            self.set(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        s = self.get(rn)
        rid = 'rIdX%d' % self.nid()
        if not rtype.startswith('http'):
            rtype = RT + rtype
        s = s.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"%s/></Relationships>' % (
            rid, rtype, xesc(target, {'"': '&quot;'}), ' TargetMode="External"' if external else ''))
        self.set(rn, s)
        return rid

    # ---- body
    def body_append(self, xml, part='word/document.xml', ns=()):
        self.ensure_ns(part, list(ns) + ['w', 'r', 'wp', 'a', 'pic', 'v', 'o', 'w10', 'mc', 'wps', 'm'])
        s = self.get(part)
        i = s.rfind('<w:sectPr')
        if i < 0:
            i = s.rfind('</w:body>')
        # place before the last body-level sectPr; make sure it is not inside a paragraph
        j = s.rfind('</w:p>', 0, i)
        k = s.rfind('</w:tbl>', 0, i)
        pos = i
        # if sectPr is a body child, inserting right before it is fine
        self.set(part, s[:pos] + xml + s[pos:])

    def body_prepend(self, xml, part='word/document.xml', ns=()):
        self.ensure_ns(part, list(ns) + ['w', 'r'])
        s = self.get(part)
        i = s.find('<w:body>') + len('<w:body>')
        self.set(part, s[:i] + xml + s[i:])

    def add_media(self, data, ext, part='word/document.xml', name=None):
        n = name or 'word/media/alt%d.%s' % (self.nid(), ext)
        self.set(n, data)
        self.ct_default(ext)
        return self.add_rel(part, 'image', n.split('word/', 1)[1] if part.startswith('word/') else n)

    def save(self, path):
        zf = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
        for n in self.order:
            zi = zipfile.ZipInfo(n, date_time=(2026, 12, 4, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if n in self.member_comments:
                zi.comment = self.member_comments[n]
            zf.writestr(zi, self.parts[n])
        if self.zip_comment:
            zf.comment = self.zip_comment
        zf.close()


def para(text, rpr=''):
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', xesc(text))


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', xesc(text))


# ---- drawing inline picture
def inline_pic(rid, cx, cy, descr='', title='', name='Picture', pid=None, extra_blip=''):
    pid = pid or random.randint(1000, 9999)
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="%s" descr="%s" title="%s"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s">%s</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>') % (
        cx, cy, pid, xesc(name, {'"': '&quot;'}), xesc(descr, {'"': '&quot;'}), xesc(title, {'"': '&quot;'}), pid,
        xesc(name, {'"': '&quot;'}), xesc(descr, {'"': '&quot;'}), rid, extra_blip, cx, cy)


# ---- CFB (OLE2) writer: 512-byte sectors, every stream padded to >= 4096 so no mini stream is needed
def cfb(streams, clsid=b'\0' * 16):
    """streams: list of (name, bytes). Flat (all in root storage)."""
    SS = 512
    ENDC, FREE, FATS = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    data_secs = []
    entries = []
    sector_data = b''
    cur = 0
    for name, data in streams:
        size = len(data)
        if size < 4096:
            data = data + b'\0' * (4096 - size)
            size = 4096  # padded: reader sees padded stream (content stays at the start)
        nsec = (len(data) + SS - 1) // SS
        padded = data + b'\0' * (nsec * SS - len(data))
        entries.append((name, cur, size, nsec))
        sector_data += padded
        cur += nsec
    ndir_entries = 1 + len(entries)
    ndir_secs = (ndir_entries * 128 + SS - 1) // SS
    # fat sectors needed
    total = cur + ndir_secs
    nfat = 1
    while (total + nfat) > nfat * 128:
        nfat += 1
    fat = []
    for name, start, size, nsec in entries:
        for k in range(nsec):
            fat.append(start + k + 1 if k < nsec - 1 else ENDC)
    dstart = cur
    for k in range(ndir_secs):
        fat.append(dstart + k + 1 if k < ndir_secs - 1 else ENDC)
    fstart = len(fat)
    for k in range(nfat):
        fat.append(FATS)
    while len(fat) % 128:
        fat.append(FREE)
    # directory
    def sortkey(n):
        return (len(n), n.upper())
    order = sorted(range(len(entries)), key=lambda i: sortkey(entries[i][0]))

    def dentry(name, typ, left, right, child, start, size, clsid=b'\0' * 16):
        nm = name.encode('utf-16-le') + b'\0\0'
        return (nm + b'\0' * (64 - len(nm)) + struct.pack('<HBB', len(nm), typ, 1) +
                struct.pack('<III', left, right, child) + clsid + b'\0' * 4 + b'\0' * 16 +
                struct.pack('<IIi', start, size, 0))
    NOS = 0xFFFFFFFF
    dirb = b''
    # root: child = first in sorted order; chain via right siblings
    ids = {i: pos + 1 for pos, i in enumerate(order)}
    dirb += dentry('Root Entry', 5, NOS, NOS, ids[order[0]] if order else NOS, ENDC, 0, clsid)
    for pos, i in enumerate(order):
        name, start, size, nsec = entries[i]
        right = ids[order[pos + 1]] if pos + 1 < len(order) else NOS
        dirb += dentry(name, 2, NOS, right, NOS, start, size)
    # entries must be written in id order: id = pos+1 in sorted order -> write in sorted order (done)
    dirb += b'\0' * (ndir_secs * SS - len(dirb))
    # empty dir entries must have NOSTREAM siblings; zeros give 0 which is fine for unused type 0
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex('D0CF11E0A1B11AE1')
    struct.pack_into('<HHHHH', hdr, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<I', hdr, 44, nfat)
    struct.pack_into('<I', hdr, 48, dstart)
    struct.pack_into('<I', hdr, 56, 4096)
    struct.pack_into('<I', hdr, 60, ENDC)
    struct.pack_into('<I', hdr, 64, 0)
    struct.pack_into('<I', hdr, 68, ENDC)
    struct.pack_into('<I', hdr, 72, 0)
    difat = list(range(fstart, fstart + nfat)) + [FREE] * (109 - nfat)
    struct.pack_into('<109I', hdr, 76, *difat)
    fatb = struct.pack('<%dI' % len(fat), *fat)
    return bytes(hdr) + sector_data + dirb + fatb


def ole10native(label, payload, fname=None):
    fname = fname or label
    body = (struct.pack('<H', 2) + label.encode('latin-1') + b'\0' + ('C:\\Temp\\' + fname).encode('latin-1') + b'\0' +
            struct.pack('<HH', 0, 3) + struct.pack('<I', len('C:\\Temp\\' + fname) + 1) + ('C:\\Temp\\' + fname).encode('latin-1') + b'\0' +
            struct.pack('<I', len(payload)) + payload)
    return struct.pack('<I', len(body)) + body


PACKAGE_CLSID = bytes.fromhex('0C00030000000000C000000000000046')
