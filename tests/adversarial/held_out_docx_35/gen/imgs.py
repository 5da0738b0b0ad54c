import io, struct, zlib
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'


def text_img(text, size=36, pad=20, bg='white', fg='black', w=None):
    f = ImageFont.truetype(FONT, size)
    l, t, r, b = f.getbbox(text)
    W = w or (r + 2 * pad)
    im = Image.new('RGB', (W, b + 2 * pad), bg)
    ImageDraw.Draw(im).text((pad, pad), text, font=f, fill=fg)
    return im


def blank(text='Screen capture: registration accepted', size=28):
    return text_img(text, size)


def enc(im, fmt, **kw):
    b = io.BytesIO()
    if fmt == 'JPEG':
        im = im.convert('RGB')
    im.save(b, fmt, **kw)
    return b.getvalue()


def png_text(im, key, val, kind='tEXt'):
    info = PngImagePlugin.PngInfo()
    if kind == 'tEXt':
        info.add_text(key, val)
    elif kind == 'zTXt':
        info.add_text(key, val, zip=True)
    else:
        info.add_itxt(key, val, lang='en', tkey=key)
    return enc(im, 'PNG', pnginfo=info)


def exif_jpeg(im, desc, tag=0x010E):
    ex = Image.Exif()
    ex[tag] = desc
    return enc(im, 'JPEG', exif=ex.tobytes())


def exif_usercomment_jpeg(im, text):
    ex = Image.Exif()
    ifd = ex.get_ifd(0x8769)
    ifd[0x9286] = b'ASCII\0\0\0' + text.encode()
    return enc(im, 'JPEG', exif=ex.tobytes())


def xmp_packet(text):
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>'
            '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>' % text).encode('utf-8')


def xmp_jpeg(im, text):
    return enc(im, 'JPEG', xmp=xmp_packet(text))


def xmp_png(im, text):
    info = PngImagePlugin.PngInfo()
    info.add_itxt('XML:com.adobe.xmp', xmp_packet(text).decode('utf-8'))
    return enc(im, 'PNG', pnginfo=info)


def icc_profile(desc):
    # ICC v2 profile with desc (textDescriptionType), wtpt, cprt
    def tdesc(s):
        a = s.encode('ascii') + b'\0'
        d = b'desc' + b'\0' * 4 + struct.pack('>I', len(a)) + a + struct.pack('>II', 0, 0) + struct.pack('>HB', 0, 0) + b'\0' * 67
        return d + b'\0' * ((4 - len(d) % 4) % 4)
    def xyz(x, y, z):
        f = lambda v: struct.pack('>i', int(v * 65536))
        return b'XYZ ' + b'\0' * 4 + f(x) + f(y) + f(z)
    cprt = b'text' + b'\0' * 4 + b'No copyright\0'
    cprt += b'\0' * ((4 - len(cprt) % 4) % 4)
    tags = [(b'desc', tdesc(desc)), (b'wtpt', xyz(0.9642, 1.0, 0.8249)), (b'cprt', cprt)]
    off = 128 + 4 + 12 * len(tags)
    table = struct.pack('>I', len(tags))
    body = b''
    for sig, data in tags:
        table += sig + struct.pack('>II', off + len(body), len(data))
        body += data
    size = off + len(body)
    hdr = struct.pack('>I', size) + b'none' + struct.pack('>I', 0x02100000) + b'mntr' + b'RGB ' + b'XYZ ' + b'\0' * 12 + b'acsp' + b'\0' * 4 + \
        b'\0' * 4 + b'\0' * 8 + b'\0' * 8 + b'\0' * 4 + struct.pack('>iii', int(0.9642 * 65536), 65536, int(0.8249 * 65536)) + b'\0' * 4 + b'\0' * 16 + b'\0' * 28
    assert len(hdr) == 128, len(hdr)
    return hdr + table + body


def gif_comment(im, text):
    return enc(im.convert('P'), 'GIF', comment=text.encode())


def animated_gif(frames, durations=500):
    b = io.BytesIO()
    fr = [f.convert('P') for f in frames]
    fr[0].save(b, 'GIF', save_all=True, append_images=fr[1:], duration=durations, loop=0)
    return b.getvalue()


def tiff_desc(im, text):
    from PIL import TiffImagePlugin
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[270] = text
    return enc(im, 'TIFF', tiffinfo=ifd)


def svg_text(pieces, hidden_png=True):
    # pieces: list of strings written as successive tspans
    spans = ''.join('<tspan>%s</tspan>' % p for p in pieces)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="80" viewBox="0 0 900 80">'
            '<rect width="900" height="80" fill="white"/><text x="10" y="50" font-family="DejaVu Sans" font-size="32" fill="black">%s</text></svg>' % spans).encode('utf-8')


def emf_text(text, description=''):
    """EMF with an optional header description and one EMR_EXTTEXTOUTW record."""
    recs = []
    # EMR_EXTCREATEFONTINDIRECTW (82) + SELECTOBJECT(37)
    face = 'Arial'.encode('utf-16-le')
    lf = struct.pack('<iiiiiBBBBBBBB', -40, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + face + b'\0' * (64 - len(face))
    font = struct.pack('<II', 82, 8 + 4 + len(lf)) + struct.pack('<I', 1) + lf
    recs.append(font)
    recs.append(struct.pack('<III', 37, 12, 1))
    s = text.encode('utf-16-le')
    n = len(text)
    slen = len(s) + (len(s) % 4)
    off_string = 8 + 16 + 4 + 8 + 8 + 4 + 4 + 4 + 16 + 4
    dx = struct.pack('<%di' % n, *([22] * n))
    size = off_string + slen + len(dx)
    rec = (struct.pack('<II', 84, size) + struct.pack('<iiii', 0, 0, 900, 60) + struct.pack('<I', 1) + struct.pack('<ff', 0, 0) +
           struct.pack('<ii', 10, 10) + struct.pack('<III', n, off_string, 0) + struct.pack('<iiii', 0, 0, 900, 60) +
           struct.pack('<I', off_string + slen) + s + b'\0' * (slen - len(s)) + dx)
    recs.append(rec)
    recs.append(struct.pack('<IIIII', 14, 20, 0, 16, 20))
    desc = (description + '\0\0').encode('utf-16-le') if description else b''
    hsize = 108 + len(desc)
    hsize += (4 - hsize % 4) % 4
    body = b''.join(recs)
    total = hsize + len(body)
    hdr = struct.pack('<II', 1, hsize) + struct.pack('<iiii', 0, 0, 900, 60) + struct.pack('<iiii', 0, 0, 23813, 1587) + \
        b' EMF' + struct.pack('<IIIHH', 0x10000, total, len(recs) + 1, 2, 0) + \
        struct.pack('<III', len(desc) // 2, 108 if desc else 0, 0) + struct.pack('<ii', 1920, 1080) + struct.pack('<ii', 508, 286)
    hdr = hdr + desc
    hdr += b'\0' * (hsize - len(hdr))
    return hdr + body
