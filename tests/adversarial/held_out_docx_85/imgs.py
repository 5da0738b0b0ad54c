import io, base64
from PIL import Image, ImageDraw, ImageFont
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
def render(text, size=30, fg=(0, 0, 0), bg=(255, 255, 255), font=FONT, pad=12, mode='RGB'):
    f = ImageFont.truetype(font, size)
    w = int(f.getlength(text)) + 2 * pad
    h = size + 2 * pad + 8
    im = Image.new(mode, (w, h), bg)
    ImageDraw.Draw(im).text((pad, pad), text, font=f, fill=fg)
    return im
def png_bytes(im, **kw):
    b = io.BytesIO(); im.save(b, format='PNG', **kw); return b.getvalue()
def neutral(text='Screenshot: D0010 flow accepted for TC-4471'):
    return render(text)
def alpha_text(text):
    f = ImageFont.truetype(FONT, 30); pad = 12
    w = int(f.getlength(text)) + 2 * pad; h = 30 + 2 * pad + 8
    mask = Image.new('L', (w, h), 0)
    ImageDraw.Draw(mask).text((pad, pad), text, font=f, fill=255)
    im = Image.new('RGBA', (w, h), (0, 0, 0, 0)); im.putalpha(mask)
    return im
def dark(text):
    return render(text, size=28, fg=(212, 212, 212), bg=(30, 30, 30), font=MONO)
def exif_png(text_neutral, value):
    im = neutral(text_neutral)
    ex = Image.Exif(); ex[0x013B] = value; ex[0x010E] = value
    return png_bytes(im, exif=ex.tobytes())
def jpeg_usercomment(value):
    im = neutral()
    ex = Image.Exif()
    ex[0x010F] = 'Attest capture'
    ifd = ex.get_ifd(0x8769); ifd[0x9286] = b'UNICODE\x00' + value.encode('utf-16-le')
    b = io.BytesIO(); im.save(b, format='JPEG', quality=92, exif=ex.tobytes()); return b.getvalue()
def apng(text_neutral, text_value):
    a = render(text_value); n = render(text_neutral)
    w = max(a.width, n.width); h = max(a.height, n.height)
    A = Image.new('RGB', (w, h), 'white'); A.paste(a, (0, 0))
    N = Image.new('RGB', (w, h), 'white'); N.paste(n, (0, 0))
    b = io.BytesIO(); N.save(b, format='PNG', save_all=True, append_images=[A], duration=800, loop=0); return b.getvalue()
def tiff2(text_neutral, text_value):
    n = render(text_neutral); a = render(text_value)
    b = io.BytesIO(); n.save(b, format='TIFF', save_all=True, append_images=[a]); return b.getvalue()
def svg_raster(text):
    im = render(text); p = base64.b64encode(png_bytes(im)).decode()
    w, h = im.size
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
            f'<rect width="{w}" height="{h}" fill="#ffffff"/><image x="0" y="0" width="{w}" height="{h}" href="data:image/png;base64,{p}" xlink:href="data:image/png;base64,{p}"/></svg>').encode(), (w, h)
def svg_chars(text):
    f = ImageFont.truetype(FONT, 30); pad = 12
    w = int(f.getlength(text)) + 2 * pad; h = 30 + 2 * pad + 8
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="#ffffff"/>']
    from xml.sax.saxutils import escape
    for i, c in enumerate(text):
        if c == ' ': continue
        x = pad + f.getlength(text[:i])
        out.append(f'<text x="{x:.1f}" y="{pad+28}" font-family="DejaVu Sans" font-size="30" fill="#000000">{escape(c)}</text>')
    out.append('</svg>')
    return ''.join(out).encode(), (w, h)
def blank_png():
    return png_bytes(Image.new('RGB', (8, 4), 'white'))
