# Independent verification of the truth: LibreOffice render (PDF -> pdftotext), deep extraction by my own parser, OCR (tesseract) of images.
import json, zipfile, io, re, os, sys, base64, zlib, struct, unicodedata, html, subprocess
from PIL import Image, ImageSequence
truth = json.load(open('truth.json'))
def norm(s):
    s = unicodedata.normalize('NFKC', s); out = []
    for c in s:
        d = unicodedata.digit(c, None) if not c.isascii() else None
        if d is not None: out.append(str(d))
        elif c.isascii() and c.isalnum() or c == '@': out.append(c.upper())
    return ''.join(out)
def sym_map(x):
    def rep(m):
        font, ch = m.group(1), int(m.group(2), 16)
        if font.lower().startswith('wingdings') and 0xF080 <= ch <= 0xF089: return str(ch - 0xF080)
        return chr(ch & 0xFF if ch >= 0xF000 else ch)
    return re.sub(r'<w:sym w:font="([^"]+)" w:char="([0-9A-Fa-f]+)"/>', rep, x)
def xml_texts(x):
    x = sym_map(x)
    x = re.sub(r'<!\[CDATA\[(.*?)\]\]>', lambda m: html.escape(m.group(1)), x, flags=re.S)
    attrs = [html.unescape(a) for a in re.findall(r'="([^"]*)"', x)]
    comments = re.findall(r'<!--(.*?)-->', x, re.S)
    body = html.unescape(re.sub(r'<[^>]+>', '', x))
    return [body, ' '.join(attrs)] + comments
def png_chunks(b):
    out = []; i = 8
    while i + 8 <= len(b):
        ln, typ = struct.unpack('>I4s', b[i:i+8]); data = b[i+8:i+8+ln]; i += 12 + ln
        try:
            if typ == b'tEXt': out.append(data.decode('latin-1'))
            elif typ == b'zTXt': k, rest = data.split(b'\0', 1); out.append(zlib.decompress(rest[1:]).decode('latin-1'))
            elif typ == b'iTXt': out.append(data.decode('utf-8', 'ignore'))
            elif typ == b'iCCP': k, rest = data.split(b'\0', 1); out.append(zlib.decompress(rest[1:]).decode('latin-1'))
        except Exception as e: out.append('')
    return out
def b64_blobs(t):
    out = []
    for m in re.findall(r'[A-Za-z0-9+/]{16,}={0,2}', t):
        try: out.append(base64.b64decode(m + '=' * (-len(m) % 4)).decode('utf-8', 'ignore'))
        except Exception: pass
    return out
def texts_of(name, b, depth=0):
    out = []
    if b[:2] == b'PK' and depth < 3:
        try:
            z = zipfile.ZipFile(io.BytesIO(b)); out.append(z.comment.decode('latin-1'))
            for n in z.namelist(): out += texts_of(n, z.read(n), depth+1)
            return out
        except Exception: pass
    if b[:8] == b'\x89PNG\r\n\x1a\n': return png_chunks(b)
    if b[:2] in (b'\xff\xfe', b'\xfe\xff'): t = b.decode('utf-16')
    else: t = b.decode('utf-8', 'ignore')
    lat = b.decode('latin-1')
    out += [t, lat, b.decode('utf-16-le', 'ignore'), b[1:].decode('utf-16-le', 'ignore')]
    if '<' in t: out += xml_texts(t)
    out.append(re.sub(r"\\'([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), t))
    out += b64_blobs(lat)
    return out
def file_texts(path):
    b = open(path, 'rb').read()
    if b.lstrip()[:5] == b'<?xml':
        x = b.decode('utf-8'); out = xml_texts(x)
        for m in re.finditer(r'<pkg:binaryData>(.*?)</pkg:binaryData>', x, re.S): out += texts_of('bin', base64.b64decode(m.group(1)))
        return out
    return texts_of(path, b)
IMG_T = {'img_pixels','img_pixels_rotated','img_jpeg_pixels','img_alpha_white','gif_animated','gif_first_frame','ole_icon_label_png'}
def ocr_images(path):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if not n.startswith('word/media/') or n.endswith('.svg'): continue
        try: im = Image.open(io.BytesIO(z.read(n)))
        except Exception: continue
        frames = [f.copy() for f in ImageSequence.Iterator(im)]
        for f in frames:
            f = f.convert('RGBA'); bg = Image.new('RGBA', f.size, (0,0,0,255)); dark = Image.alpha_composite(bg, f).convert('L')
            light = Image.alpha_composite(Image.new('RGBA', f.size, (255,255,255,255)), f).convert('L')
            for g in (light, Image.eval(dark, lambda v: 255 - v)):
                for rot in (0, 270, 90):
                    gg = g.rotate(rot, expand=True).resize((g.rotate(rot, expand=True).width*2, g.rotate(rot, expand=True).height*2))
                    gg.save('/tmp/ho34/docx/scratch/ocr.png')
                    r = subprocess.run(['tesseract', '/tmp/ho34/docx/scratch/ocr.png', '-', '--psm', '6'], capture_output=True, text=True)
                    out.append(r.stdout)
    return out
def main():
  res = {}
  for t in truth:
      if t['control']: continue
      path = os.path.join('corpus', t['file']); s = norm(t['secret'])
      base = os.path.splitext(t['file'])[0] if t['file'].lower().endswith(('.docx','.xml','.docm')) else t['file']
      pdf = os.path.join('scratch/pdf', base + '.pdf'); rend = None
      if os.path.exists(pdf):
          txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
          txt2 = subprocess.run(['pdftotext', '-raw', pdf, '-'], capture_output=True, text=True).stdout
          rend = s in norm(txt) or s in norm(txt2)
      ex = any(s in norm(x) for x in file_texts(path))
      ocr = None
      if t['technique'] in IMG_T: ocr = any(s in norm(x) for x in ocr_images(path))
      res[t['file']] = dict(render=rend, extract=ex, ocr=ocr)
      print(t['file'], t['visibility'], 'render=%s extract=%s ocr=%s' % (rend, ex, ocr), flush=True)
  json.dump(res, open('verification.json', 'w'), indent=1)

if __name__ == '__main__': main()
