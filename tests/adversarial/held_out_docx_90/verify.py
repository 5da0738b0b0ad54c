# Independent verification: (1) own parser finds the value in the package (XML text, RTF unescape, UTF-16, PNG zTXt, SVG),
# (2) LibreOffice -> PDF -> pdftotext shows it (visible_lo), (3) OCR (tesseract 2x) of the embedded picture and of the rendered page.
import json, os, re, subprocess, zipfile, zlib, io, sys
from PIL import Image, ImageOps
import pillow_heif; pillow_heif.register_heif_opener()
D = '/tmp/ho48/docx'; C = f'{D}/corpus'; P = f'{D}/verify_pdf'; os.makedirs(P, exist_ok=True)
truth = json.load(open(f'{D}/truth.json'))
def norm(s): return re.sub(r'[\s\u00a0]+', '', s).casefold()
def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), s)
    return s
def parts_text(fn):
    z = zipfile.ZipFile(fn); out = []
    for n in z.namelist():
        b = z.read(n)
        if b.startswith(b'\xff\xfe'): t = b.decode('utf-16')
        else: t = b.decode('utf-8', 'replace')
        if n.endswith('.rtf'): t = rtf_text(t)
        if n.endswith('.png'):
            i = 8
            while i < len(b) - 8:
                L = int.from_bytes(b[i:i+4], 'big'); typ = b[i+4:i+8]
                if typ == b'zTXt':
                    k, rest = b[i+8:i+8+L].split(b'\0', 1); out.append(zlib.decompress(rest[1:]).decode('latin-1'))
                i += 12 + L
        t = re.sub(r'<[^>]+>', '', t); out.append(t)
    return '\n'.join(out)
def ocr(im):
    im = im.convert('RGB'); im = im.resize((im.width * 2, im.height * 2))
    b = io.BytesIO(); im.save(b, 'PNG')
    r = subprocess.run(['tesseract', 'stdin', 'stdout', '--psm', '6'], input=b.getvalue(), capture_output=True)
    return r.stdout.decode('utf-8', 'replace')
if 'nopdf' not in sys.argv:
    files = [t['file'] for t in truth if not os.path.exists(f"{P}/{t['file'][:-5]}.pdf")]
    for i in range(0, len(files), 40):
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', P] + [f'{C}/{f}' for f in files[i:i+40]], capture_output=True)
PIC = {'alpha5', 'px1', 'bilevel_faint', 'cmyk_jpeg', 'png16', 'heic', 'jpeg_progressive', 'tiny_text', 'svg_use'}
SH = int(os.environ.get('SHARD', '0')); NSH = int(os.environ.get('NSHARD', '1'))
for idx, t in enumerate(truth):
    if idx % NSH != SH: continue
    fn = f"{C}/{t['file']}"; v = t['value']
    if not v: continue
    t['in_file_parser'] = norm(v) in norm(parts_text(fn))
    pdf = f"{P}/{t['file'][:-5]}.pdf"
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True).stdout.decode('utf-8', 'replace') if os.path.exists(pdf) else ''
    t['pdf_ok'] = os.path.exists(pdf)
    t['visible_lo_text'] = norm(v) in norm(txt)
    if t['technique'] in PIC:
        z = zipfile.ZipFile(fn); ims = [n for n in z.namelist() if n.startswith('word/media/imgx') and not n.endswith('.svg')]
        src = ims[-1] if t['technique'] != 'svg_use' else None
        o = ''
        if src:
            im = Image.open(io.BytesIO(z.read(src)))
            if im.mode in ('I;16', 'I'): im = im.point(lambda x: x / 257).convert('L')
            if t['technique'] == 'bilevel_faint': im = im.convert('L').point(lambda x: 0 if x < 252 else 255)
            if t['technique'] == 'tiny_text': im = im.crop((3100, 2050, 3840, 2160))
            o = ocr(im)
        else:
            o = 'NO-SVG-RENDERER (checked by LibreOffice page OCR and parser)'
        t['ocr_image'] = norm(v) in norm(o); t['ocr_image_text'] = o.strip()[:120]
        if os.path.exists(pdf):
            np_ = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1)); subprocess.run(['pdftoppm', '-r', '150', '-f', str(max(1, np_-1)), '-png', pdf, f'/tmp/ho48/docx/pg{SH}_'], capture_output=True)
            po = ''.join(ocr(Image.open(f'/tmp/ho48/docx/{p}')) for p in sorted(os.listdir(D)) if p.startswith(f'pg{SH}_') and p.endswith('.png'))
            for p in os.listdir(D):
                if p.startswith(f'pg{SH}_') and p.endswith('.png'): os.remove(f'{D}/{p}')
            t['ocr_lo_page'] = norm(v) in norm(po)
json.dump([t for i, t in enumerate(truth) if i % NSH == SH], open(f'{D}/truth_verified.{SH}.json', 'w'), indent=1, ensure_ascii=False)
