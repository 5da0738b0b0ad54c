"""Minimal OOXML package editing helpers for the held-out corpus (no Attest code)."""
import zipfile, re, io, posixpath
from collections import OrderedDict
from xml.sax.saxutils import escape as _esc

NS = {
    'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'w14': 'http://schemas.microsoft.com/office/word/2010/wordml',
    'w15': 'http://schemas.microsoft.com/office/word/2012/wordml',
    'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    'wp14': 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
    'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
    'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
    'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
    'v': 'urn:schemas-microsoft-com:vml',
    'o': 'urn:schemas-microsoft-com:office:office',
    'w10': 'urn:schemas-microsoft-com:office:word',
    'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
    'm': 'http://schemas.openxmlformats.org/officeDocument/2006/math',
}
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'


def esc(s, attr=False):
    s = _esc(s)
    if attr:
        s = s.replace('"', '&quot;')
    return s


def R(text, rpr=''):
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def P(inner, ppr=''):
    return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'


def FLD(instr, result='', split=None, begin_extra=''):
    """complex field; instr may be a list of instrText pieces"""
    parts = instr if isinstance(instr, list) else [instr]
    s = f'<w:r><w:fldChar w:fldCharType="begin">{begin_extra}</w:fldChar></w:r>'
    for p in parts:
        s += f'<w:r><w:instrText xml:space="preserve">{esc(p)}</w:instrText></w:r>'
    if result is not None:
        s += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + result
    s += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return s


class Pkg:
    def __init__(self, path):
        self.files = OrderedDict()
        with zipfile.ZipFile(path) as z:
            for i in z.infolist():
                self.files[i.filename] = z.read(i)
        self.main = self._main_part()
        self.extra_entries = []   # (name, bytes) appended raw (duplicates)
        self.compress = {}
        self.zip_comment = b''
        self.force_zip64 = set()
        self.descriptor = False
        self.encrypt_flag = set()

    def _main_part(self):
        rels = self.text('_rels/.rels')
        m = re.search(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"', rels) or \
            re.search(r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"', rels)
        return m.group(1)

    def text(self, name):
        return self.files[name].decode('utf-8')

    def put(self, name, data):
        self.files[name] = data.encode('utf-8') if isinstance(data, str) else data

    # namespaces -----------------------------------------------------------
    def ensure_ns(self, name, prefixes=None):
        x = self.text(name)
        m = re.search(r'<(?!\?)([A-Za-z0-9:]+)([^>]*)>', x[x.find('?>') + 2 if x.startswith('<?') else 0:])
        start = x.find(m.group(0))
        tag = m.group(0)
        add = ''
        for p, u in NS.items():
            if prefixes and p not in prefixes:
                continue
            if f'xmlns:{p}=' not in tag:
                add += f' xmlns:{p}="{u}"'
        if add:
            newtag = tag[:-1] + add + '>' if not tag.endswith('/>') else tag[:-2] + add + '/>'
            x = x[:start] + newtag + x[start + len(tag):]
            self.put(name, x)

    # body ------------------------------------------------------------------
    def body_append(self, frag):
        self.ensure_ns(self.main)
        x = self.text(self.main)
        i = x.rfind('<w:sectPr')
        j = x.rfind('</w:body>')
        if i < 0 or i > j:
            i = j
        self.put(self.main, x[:i] + frag + x[i:])

    def body_sectpr_add(self, frag, first=True):
        x = self.text(self.main)
        i = x.rfind('<w:sectPr')
        k = x.find('>', i)
        if x[k - 1] == '/':
            x = x[:k - 1] + '>' + frag + '</w:sectPr>' + x[k + 1:]
        else:
            x = x[:k + 1] + frag + x[k + 1:]
        self.put(self.main, x)

    # rels / content types ---------------------------------------------------
    def rels_name(self, part):
        d, f = posixpath.split(part)
        return posixpath.join(d, '_rels', f + '.rels')

    def add_rel(self, source, rtype, target, external=False, rid=None):
        rn = self.rels_name(source) if source else '_rels/.rels'
        if rn not in self.files:
            self.put(rn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        x = self.text(rn)
        if rid is None:
            n = 900
            while f'Id="rId{n}"' in x:
                n += 1
            rid = f'rId{n}'
        if not rtype.startswith('http'):
            rtype = RT + rtype
        ext = ' TargetMode="External"' if external else ''
        x = x.replace('</Relationships>', f'<Relationship Id="{rid}" Type="{rtype}" Target="{esc(target, True)}"{ext}/></Relationships>')
        self.put(rn, x)
        return rid

    def add_override(self, partname, ctype):
        x = self.text('[Content_Types].xml')
        x = x.replace('</Types>', f'<Override PartName="/{partname}" ContentType="{ctype}"/></Types>')
        self.put('[Content_Types].xml', x)

    def add_default(self, ext, ctype):
        x = self.text('[Content_Types].xml')
        if re.search(f'Extension="{re.escape(ext)}"', x):
            return
        x = x.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
        self.put('[Content_Types].xml', x)

    def add_part(self, name, data, ctype, rtype, source='MAIN', target=None, override=True):
        if source == 'MAIN':
            source = self.main
        self.put(name, data)
        if ctype:
            if override:
                self.add_override(name, ctype)
            else:
                self.add_default(name.rsplit('.', 1)[1], ctype)
        if rtype is None:
            return None
        if target is None:
            sd = posixpath.dirname(source) if source else ''
            target = posixpath.relpath(name, sd) if sd else name
        return self.add_rel(source, rtype, target)

    def find_rel_target(self, rtype_suffix, source='MAIN'):
        if source == 'MAIN':
            source = self.main
        rn = self.rels_name(source)
        if rn not in self.files:
            return None
        for m in re.finditer(r'<Relationship [^>]*>', self.text(rn)):
            t = m.group(0)
            if re.search(r'Type="[^"]*/' + rtype_suffix + '"', t):
                tg = re.search(r'Target="([^"]+)"', t).group(1)
                return posixpath.normpath(posixpath.join(posixpath.dirname(source), tg)).lstrip('/')
        return None

    def settings_part(self):
        s = self.find_rel_target('settings')
        if s:
            return s
        name = 'word/settings.xml'
        self.add_part(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"></w:settings>',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml', 'settings')
        return name

    def settings_insert(self, frag, after=None):
        s = self.settings_part()
        self.ensure_ns(s, ['w', 'r', 'w14', 'w15'])
        x = self.text(s)
        if after and re.search(after, x):
            m = list(re.finditer(after, x))[-1]
            i = x.find('>', m.end() - 1) + 1
        else:
            m = re.search(r'<w:settings[^>]*>', x)
            i = m.end()
        self.put(s, x[:i] + frag + x[i:])
        return s

    def numbering_part(self):
        n = self.find_rel_target('numbering')
        if n:
            return n
        name = 'word/numbering.xml'
        self.add_part(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{NS["w"]}"></w:numbering>',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml', 'numbering')
        return name

    def styles_part(self):
        return self.find_rel_target('styles')

    # write -------------------------------------------------------------------
    def write(self, path):
        buf = io.BytesIO()
        class _Unseek(io.RawIOBase):
            def writable(self): return True
            def write(self, b): return buf.write(b)
            def flush(self): pass
        target = _Unseek() if self.descriptor else buf
        with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, d in self.files.items():
                zi = zipfile.ZipInfo(n, date_time=(2026, 12, 5, 8, 0, 0))
                zi.compress_type = self.compress.get(n, zipfile.ZIP_DEFLATED)
                z.writestr(zi, d) if n not in self.force_zip64 else self._w64(z, zi, d)
            for n, d in self.extra_entries:
                zi = zipfile.ZipInfo(n, date_time=(2026, 12, 5, 8, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                import warnings
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    z.writestr(zi, d)
            if self.zip_comment:
                z.comment = self.zip_comment
        data = buf.getvalue()
        if self.encrypt_flag:
            data = self._set_encrypt(data)
        open(path, 'wb').write(data)

    @staticmethod
    def _w64(z, zi, d):
        with z.open(zi, 'w', force_zip64=True) as f:
            f.write(d)

    def _set_encrypt(self, data):
        b = bytearray(data)
        for name in self.encrypt_flag:
            nb = name.encode()
            for sig, off_flag, off_name, hdr in ((b'PK\x03\x04', 6, 30, 26), (b'PK\x01\x02', 8, 46, 28)):
                i = 0
                while True:
                    i = b.find(sig, i)
                    if i < 0:
                        break
                    nl = int.from_bytes(b[i + hdr:i + hdr + 2], 'little')
                    if bytes(b[i + off_name:i + off_name + nl]) == nb:
                        b[i + off_flag] |= 1
                    i += 4
        return bytes(b)
