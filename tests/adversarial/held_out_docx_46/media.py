import io, struct, zlib, zipfile
from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
def text_img(text, size=(1000, 110), fs=30, fg='black', bg='white', mode='RGB'):
    f = ImageFont.truetype(FONT, fs)
    w = int(f.getlength(text)) + 40
    if w > size[0]: size = (w, size[1])
    im = Image.new(mode, size, bg)
    d = ImageDraw.Draw(im)
    d.text((20, (size[1] - fs) // 2 - 4), text, fill=fg, font=f)
    return im
def enc(im, fmt, **kw):
    b = io.BytesIO(); im.save(b, fmt, **kw); return b.getvalue()
def blank(size=(600, 90), text='DIP Message Tracker - IF-031 Accepted'):
    return text_img(text, size, 22)
def icc_profile(desc, cprt='Copyright (c) 2026 QA'):
    def desc_tag(t):
        a = t.encode('latin-1') + b'\0'
        body = b'desc' + b'\0' * 4 + struct.pack('>I', len(a)) + a + b'\0' * 4 + b'\0' * 4 + b'\0' * 2 + b'\0' + b'\0' * 67
        return body
    def text_tag(t): return b'text' + b'\0' * 4 + t.encode('latin-1') + b'\0'
    tags = [(b'desc', desc_tag(desc)), (b'cprt', text_tag(cprt)), (b'wtpt', b'XYZ ' + b'\0' * 4 + struct.pack('>iii', 63190, 65536, 54061))]
    off = 128 + 4 + 12 * len(tags); table = b''; data = b''
    for sig, body in tags:
        while len(body) % 4: body += b'\0'
        table += sig + struct.pack('>II', off + len(data), len(body)); data += body
    total = off + len(data)
    hdr = struct.pack('>I', total) + b'lcms' + bytes([2, 0x10, 0, 0]) + b'mntr' + b'RGB ' + b'XYZ ' + struct.pack('>6H', 2026, 12, 4, 10, 0, 0) + b'acsp' + b'APPL' + b'\0' * 4 + b'\0' * 4 + b'\0' * 4 + b'\0' * 8 + b'\0' * 4 + struct.pack('>iii', 63190, 65536, 54061) + b'lcms' + b'\0' * 44
    hdr = hdr[:128].ljust(128, b'\0')
    return hdr + struct.pack('>I', len(tags)) + table + data
def jpeg_insert_segment(jpg, marker, payload):
    seg = bytes([0xFF, marker]) + struct.pack('>H', len(payload) + 2) + payload
    return jpg[:2] + seg + jpg[2:]
def xmp_packet(text):
    x = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
         '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>') % text
    return b'http://ns.adobe.com/xap/1.0/\0' + x.encode('utf-8')
def iptc_app13(text):
    t = text.encode('utf-8')
    rec = b'\x1c\x02\x78' + struct.pack('>H', len(t)) + t
    if len(rec) % 2: rec += b'\0'
    res = b'8BIM' + struct.pack('>H', 0x0404) + b'\0\0' + struct.pack('>I', len(rec)) + rec
    return b'Photoshop 3.0\0' + res
def emf_text(text, w=1200, h=120):
    s = text.encode('utf-16-le')
    sp = s + b'\0' * ((4 - len(s) % 4) % 4)
    n = len(text)
    # font record: EMR_EXTCREATEFONTINDIRECTW (82) + EMR_SELECTOBJECT (37)
    face = 'Arial'.encode('utf-16-le').ljust(64, b'\0')
    logfont = struct.pack('<iiiiiBBBBBBBB', -40, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + face
    font_rec = struct.pack('<III', 82, 12 + len(logfont), 1) + logfont
    sel = struct.pack('<III', 37, 12, 1)
    off_str = 76; off_dx = off_str + len(sp)
    dx = b''.join(struct.pack('<I', 24) for _ in range(n))
    size = off_dx + len(dx)
    rec = struct.pack('<II4iIff', 84, size, 0, 0, w, h, 1, 1.0, 1.0) + struct.pack('<iiIII4iI', 20, 30, n, off_str, 0, 0, 0, w, h, off_dx) + sp + dx
    eof = struct.pack('<IIIII', 14, 20, 0, 16, 20)
    body = font_rec + sel + rec + eof
    hsize = 88
    total = hsize + len(body)
    hdr = struct.pack('<II4i4iIIIIHHIII', 1, hsize, 0, 0, w, h, 0, 0, w * 26, h * 26, 0x464D4520, 0x10000, total, 5, 2, 0, 0, 0, 0) + struct.pack('<ii', 1920, 1080) + struct.pack('<ii', 508, 285)
    return hdr + body
def wmf_text(text, w=1200, h=120):
    s = text.encode('latin-1')
    sp = s + (b'\0' if len(s) % 2 else b'')
    recs = []
    # create font indirect (0x02FB)
    lf = struct.pack('<hhhhhBBBBBBBB', -40, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + b'Arial\0' + b'\0'
    if len(lf) % 2: lf += b'\0'
    recs.append(struct.pack('<IH', (6 + len(lf)) // 2, 0x02FB) + lf)
    recs.append(struct.pack('<IHH', 4, 0x012D, 0))  # select object
    rec = struct.pack('<IHhhhH', 0, 0x0A32, 30, 20, len(s), 0) + sp
    rec = struct.pack('<I', len(rec) // 2) + rec[4:]
    recs.append(rec)
    recs.append(struct.pack('<IH', 3, 0))
    body = b''.join(recs)
    maxrec = max(len(r) for r in recs) // 2
    mh = struct.pack('<HHHIHIH', 1, 9, 0x300, (18 + len(body)) // 2, 1, maxrec, 0)
    ph = struct.pack('<IHhhhhHI', 0x9AC6CDD7, 0, 0, 0, w, h, 1440, 0)
    chk = 0
    for i in range(0, 20, 2): chk ^= struct.unpack('<H', ph[i:i + 2])[0]
    return ph + struct.pack('<H', chk) + mh + body
def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items(): z.writestr(n, d)
    return b.getvalue()
def tiny_pdf(text):
    stream = ('BT /F1 12 Tf 40 700 Td (%s) Tj ET' % text).encode('latin-1')
    objs = [b'<</Type/Catalog/Pages 2 0 R>>', b'<</Type/Pages/Kids[3 0 R]/Count 1>>',
            b'<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
            b'<</Length %d>>stream\n' % len(stream) + stream + b'\nendstream', b'<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>']
    out = b'%PDF-1.4\n'; offs = []
    for i, o in enumerate(objs):
        offs.append(len(out)); out += b'%d 0 obj' % (i + 1) + o + b'endobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out
def ole10native(label, payload, total=677):
    lab = label.encode('latin-1') + b'\0'; path = ('C:\\Evidence\\' + label).encode('latin-1') + b'\0'
    rest = struct.pack('<H', 2) + lab + path + struct.pack('<I', 0x00030000) + struct.pack('<I', len(path)) + path + struct.pack('<I', len(payload)) + payload
    d = struct.pack('<I', len(rest)) + rest
    assert len(d) <= total, (len(d), total)
    return d.ljust(total, b'\0')
