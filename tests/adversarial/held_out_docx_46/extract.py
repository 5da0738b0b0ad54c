"""Independent reader for the corpus (no Attest code): returns every text a reader could extract."""
import zipfile, io, re, sys, os, json, base64, struct, subprocess, tempfile, unicodedata, binascii
from lxml import etree
import olefile
from PIL import Image, ImageOps
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
M = '{http://schemas.openxmlformats.org/officeDocument/2006/math}'
_OC={}
def ocr(im):
    import hashlib
    h=hashlib.sha1(im.convert('RGBA').tobytes()+str(im.size).encode()).hexdigest()
    if h in _OC: return _OC[h]
    r=_ocr(im); _OC[h]=r; return r
def _ocr(im):
    with tempfile.NamedTemporaryFile(suffix='.png') as t:
        im = im.convert('RGBA')
        outs = []
        for bg in ('white', 'black'):
            b = Image.new('RGBA', im.size, bg); b.alpha_composite(im); g = b.convert('L')
            if bg == 'black': g = ImageOps.invert(g)
            g = g.resize((g.width * 2, g.height * 2))
            g.save(t.name)
            outs.append(subprocess.run(['tesseract', t.name, '-', '--psm', '11'], capture_output=True, text=True).stdout)
            if g.height > g.width:
                for ang in (-90, 90):
                    g.rotate(ang, expand=True).save(t.name)
                    outs.append(subprocess.run(['tesseract', t.name, '-', '--psm', '11'], capture_output=True, text=True).stdout)
            if im.getextrema()[3][0] == 255: break
        return '\n'.join(outs)
def xml_texts(data):
    out = []
    try:
        root = etree.fromstring(data)
    except Exception:
        return [data.decode('utf-8', 'replace')]
    seq = []
    def walk(el):
        if isinstance(el, etree._Comment):
            out.append(el.text or ''); return
        if not isinstance(el.tag, str): return
        for v in el.attrib.values(): out.append(v)
        if el.tag == W + 'sym':
            try: seq.append(chr(int(el.get(W + 'char'), 16)))
            except Exception: pass
        if el.tag == M + 'chr': seq.append(el.get(M + 'val') or '')
        end = ''
        if el.tag == M + 'd':
            b = el.find(M + 'dPr/' + M + 'begChr'); e = el.find(M + 'dPr/' + M + 'endChr')
            seq.append(b.get(M + 'val') if b is not None else '('); end = e.get(M + 'val') if e is not None else ')'
        if el.text: seq.append(el.text)
        for c in el: walk(c)
        seq.append(end)
        if el.tail and el.tail.strip(): seq.append(el.tail)
    walk(root)
    out.append(''.join(seq))
    return out
def image_texts(data):
    out = []
    try:
        im = Image.open(io.BytesIO(data))
    except Exception as e:
        return out
    for k, v in (im.info or {}).items():
        if isinstance(v, bytes):
            out.append(v.decode('latin-1'));
            try: out.append(v.decode('utf-16-le'))
            except Exception: pass
        else: out.append(str(v))
    try:
        ex = im.getexif()
        for k, v in ex.items():
            out.append(v.decode('utf-16-le', 'ignore') if isinstance(v, bytes) and k == 0x9C9C else str(v))
        for k, v in ex.get_ifd(0x8769).items(): out.append(str(v))
    except Exception: pass
    try:
        if hasattr(im, 'tag_v2'): out += [str(v) for v in im.tag_v2.values()]
    except Exception: pass
    if getattr(im, 'applist', None):
        for m, seg in im.applist: out.append(seg.decode('latin-1'))
    n = getattr(im, 'n_frames', 1)
    for i in range(n):
        try:
            im.seek(i); out.append(ocr(im.copy()))
        except Exception as e: out.append('OCRERR %s' % e)
    return out
def rtf_text(s):
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r'\\[a-z]+-?\d* ?|[{}]', '', s)
def ole_texts(data):
    out = []
    with tempfile.NamedTemporaryFile(suffix='.bin') as t:
        t.write(data); t.flush()
        o = olefile.OleFileIO(t.name)
        for s in o.listdir():
            d = o.openstream('/'.join(s)).read(); out.append('/'.join(s))
            if s[-1] == '\x01Ole10Native':
                n = struct.unpack('<I', d[:4])[0]; r = d[4:4 + n]
                i = 2; parts = []
                for _ in range(2):
                    j = r.index(b'\0', i); parts.append(r[i:j].decode('latin-1')); i = j + 1
                i += 4; ln = struct.unpack('<I', r[i:i + 4])[0]; i += 4; parts.append(r[i:i + ln].decode('latin-1')); i += ln
                ln = struct.unpack('<I', r[i:i + 4])[0]; i += 4; payload = r[i:i + ln]
                out += parts; out += any_texts(payload, parts[0])
            else:
                out += any_texts(d, s[-1])
    return out
def decode_variants(d):
    out = [d.decode('latin-1')]
    for enc in ('utf-8', 'utf-16', 'utf-32', 'utf-16-le'):
        try: out.append(d.decode(enc))
        except Exception: pass
    t = d.decode('latin-1')
    for m in re.finditer(r'[A-Za-z0-9+/=]{16,}', t):
        try: out.append(base64.b64decode(m.group(0) + '==', validate=False).decode('utf-8', 'ignore'))
        except Exception: pass
    return out
def any_texts(d, name=''):
    name = name.lower()
    if d[:2] == b'PK': return zip_texts(d)
    if d[:8] == b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1': return ole_texts(d)
    if d[:4] == b'%PDF':
        with tempfile.NamedTemporaryFile(suffix='.pdf') as t:
            t.write(d); t.flush(); return [subprocess.run(['pdftotext', t.name, '-'], capture_output=True, text=True).stdout, d.decode('latin-1')]
    if d[:8] == b'\x89PNG\r\n\x1a\n' or d[:3] == b'\xff\xd8\xff' or d[:4] in (b'GIF8', b'II*\x00', b'MM\x00*') or d[:2] == b'BM' or d[8:12] == b'WEBP':
        return image_texts(d)
    if name.endswith('.emf') or d[40:44] == b' EMF':
        return [d.decode('utf-16-le', 'ignore'), d.decode('latin-1')]
    if name.endswith('.wmf') or d[:4] == b'\xd7\xcd\xc6\x9a': return [d.decode('latin-1')]
    if name.endswith('.rtf') or d[:5] == b'{\\rtf': return [rtf_text(d.decode('latin-1'))]
    if name.endswith('.svg') or name.endswith('.html') or name.endswith('.htm') or d.lstrip()[:1] == b'<':
        import html
        out = []
        for t in decode_variants(d):
            if '<' in t:
                out.append(html.unescape(re.sub(r'<[^>]+>', '', t))); out += xml_texts(t.encode('utf-8')) if t.lstrip().startswith('<') else []
        return out
    return decode_variants(d)
def zip_texts(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = [z.comment.decode('latin-1')]
    for n in z.namelist():
        d = z.read(n); out.append(n)
        if n.endswith('.xml') or n.endswith('.rels') or n.endswith('.vml'):
            out += xml_texts(d)
        else:
            out += any_texts(d, n)
    return out
def file_texts(path):
    d = open(path, 'rb').read()
    if path.endswith('.xml'):
        root = etree.fromstring(d); out = []
        for part in root:
            xd = part.find('{http://schemas.microsoft.com/office/2006/xmlPackage}xmlData')
            bd = part.find('{http://schemas.microsoft.com/office/2006/xmlPackage}binaryData')
            if xd is not None and len(xd): out += xml_texts(etree.tostring(xd[0]))
            elif bd is not None: out += any_texts(base64.b64decode(bd.text), part.get('{http://schemas.microsoft.com/office/2006/xmlPackage}name'))
        return out
    return zip_texts(d)
def canon(s):
    s = unicodedata.normalize('NFKC', s)
    o = []
    for ch in s:
        if ch.isdigit():
            try: o.append(str(unicodedata.digit(ch))); continue
            except Exception: pass
        if ch.isalnum() and ord(ch) < 128: o.append(ch.upper())
    return ''.join(o)
if __name__ == '__main__':
    out = {}
    files = sys.argv[1:]
    for f in files:
        try:
            out[os.path.basename(f)] = canon('\n'.join(file_texts(f)))
        except Exception as e:
            out[os.path.basename(f)] = 'EXTRACTERROR ' + repr(e)
            print('ERR', f, e, file=sys.stderr)
    json.dump(out, sys.stdout)
