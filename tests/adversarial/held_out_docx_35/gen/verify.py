"""Independent verification of every altered file (does not use attest)."""
import json, os, sys, re, io, zipfile, subprocess, unicodedata, base64, binascii, html, glob, struct, codecs
from urllib.parse import unquote
from lxml import etree
import olefile
from PIL import Image, ImageSequence

OUT = '/tmp/ho32/docx'
ALT = OUT + '/altered'
W = '/tmp/ho32/work/verify'
os.makedirs(W + '/pdf', exist_ok=True)
truth = json.load(open(OUT + '/truth_build.json'))


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    out = []
    for ch in s:
        if ch.isdigit() or unicodedata.category(ch) == 'Nd':
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except Exception:
                pass
        if ch.isascii() and ch.isalnum():
            out.append(ch.upper())
    return ''.join(out)


def ocrfold(s):
    return s.replace('O', '0').replace('I', '1').replace('L', '1').replace('S', '5').replace('Z', '2').replace('B', '8').replace('G', '6').replace('Q', '0').replace('D', '0')


def key(v):
    return norm(v['identifier'])


# ---------------- deep extraction (independent of the technique code)
B64 = re.compile(rb'[A-Za-z0-9+/]{12,}={0,2}')
HEX = re.compile(rb'(?:[0-9a-fA-F]{2}){8,}')


def decodings(b):
    outs = []
    if b.startswith(codecs.BOM_UTF32_LE):
        outs.append(b[4:].decode('utf-32-le', 'ignore'))
    if b.startswith(codecs.BOM_UTF16_LE) or b.startswith(codecs.BOM_UTF16_BE):
        outs.append(b.decode('utf-16', 'ignore'))
    outs.append(b.decode('utf-8', 'ignore'))
    outs.append(b.decode('latin-1'))
    for enc in ('utf-16-le', 'utf-16-be', 'utf-32-le'):
        outs.append(b.decode(enc, 'ignore'))
    return outs


def blob_texts(b, depth=0):
    """yield strings found in bytes b, recursing into containers"""
    res = []
    if depth > 4:
        return res
    if b[:4] == b'PK\x03\x04':
        try:
            z = zipfile.ZipFile(io.BytesIO(b))
            res.append(z.comment.decode('latin-1'))
            for i in z.infolist():
                res.append(i.comment.decode('latin-1'))
                res.append(i.filename)
                res += blob_texts(z.read(i), depth + 1)
            return res
        except Exception:
            pass
    if b[:8] == bytes.fromhex('D0CF11E0A1B11AE1'):
        try:
            o = olefile.OleFileIO(io.BytesIO(b))
            for e in o.listdir():
                res.append('/'.join(e))
                d = o.openstream(e).read()
                res += blob_texts(d, depth + 1)
                if e[-1] == '\x01Ole10Native':
                    # nested payload: find PK or text after header
                    k = d.find(b'PK\x03\x04')
                    if k >= 0:
                        res += blob_texts(d[k:], depth + 1)
            return res
        except Exception as ex:
            res.append('OLEERR')
    # image?
    try:
        im = Image.open(io.BytesIO(b))
        for k, v in im.info.items():
            res += [str(k)] + (decodings(v) if isinstance(v, bytes) else [str(v)])
        try:
            ex = im.getexif()
            for k, v in list(ex.items()) + list(ex.get_ifd(0x8769).items()):
                res += decodings(v) if isinstance(v, bytes) else [str(v)]
        except Exception:
            pass
        if hasattr(im, 'applist'):
            for m, d in im.applist:
                res += decodings(d)
    except Exception:
        pass
    # xml?
    s = b.lstrip()
    if s[:1] == b'<' or s[:2] in (b'\xff\xfe', b'\xfe\xff') or b[:3] == b'\xef\xbb\xbf':
        try:
            root = etree.fromstring(b, etree.XMLParser(recover=True, huge_tree=True))
            if root is not None:
                txt = []
                for el in root.iter():
                    if isinstance(el.tag, str):
                        if el.text:
                            txt.append(el.text)
                        for a, v in el.attrib.items():
                            res.append(v)
                            res.append(unquote(v))
                    else:
                        txt.append(el.text or '')
                    if el.tail and not isinstance(el.tag, str):
                        txt.append(el.tail)
                res.append(''.join(txt))
                res.append(''.join(root.itertext()))
                for c in root.xpath('//comment()|//processing-instruction()'):
                    res.append(c.text or '')
        except Exception:
            pass
    if b[:5] == b'{\\rtf':
        r = b.decode('latin-1')
        res.append(re.sub(r'[{}]', '', re.sub(r'\\[a-z]+-?\d* ?', '', r)))
    for d in decodings(b):
        res.append(d)
        res.append(html.unescape(d))
    for m in B64.finditer(b):
        try:
            dd = base64.b64decode(m.group() + b'=' * (-len(m.group()) % 4))
            res += [dd.decode('utf-8', 'ignore')]
        except Exception:
            pass
    for m in HEX.finditer(b):
        try:
            res.append(binascii.unhexlify(m.group()).decode('utf-8', 'ignore'))
        except Exception:
            pass
    try:
        res.append(unquote(b.decode('latin-1')))
    except Exception:
        pass
    return res


def extract_found(path, k):
    b = open(path, 'rb').read()
    texts = blob_texts(b)
    for t in texts:
        if k in norm(t):
            return True
    return False


def ocr_png(png, k, rotations=(0,)):
    im = Image.open(png)
    for r in rotations:
        x = im.rotate(r, expand=True) if r else im
        x.save(W + '/ocr_tmp.png')
        out = subprocess.run(['tesseract', W + '/ocr_tmp.png', '-', '--psm', '3'], capture_output=True, text=True, timeout=120).stdout
        n = norm(out)
        if k in n or ocrfold(k) in ocrfold(n):
            return True, out
    return False, out


def main():
    files = sorted(truth)
    # 1) structural checks
    res = {}
    import docx
    for fn in files:
        r = res[fn] = {}
        path = os.path.join(ALT, fn)
        try:
            z = zipfile.ZipFile(path)
            assert z.testzip() is None
            bad = []
            for n in z.namelist():
                if n.endswith('.xml') or n.endswith('.rels'):
                    try:
                        etree.fromstring(z.read(n))
                    except Exception as e:
                        bad.append(n)
            r['zip_ok'] = True
            r['xml_parse_errors'] = bad
        except Exception as e:
            r['zip_ok'] = False
            r['zip_error'] = repr(e)
        try:
            d = docx.Document(path)
            r['python_docx_ok'] = True
        except Exception as e:
            r['python_docx_ok'] = False
            r['python_docx_error'] = repr(e)[:200]
    # 2) LibreOffice rendering, batch
    todo = [fn for fn in files if not os.path.exists(W + '/pdf/' + fn[:-5] + '.pdf')]
    for k in range(0, len(todo), 40):
        chunk = [os.path.join(ALT, f) for f in todo[k:k + 40]]
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', W + '/pdf'] + chunk, capture_output=True, timeout=1800)
    for fn in files:
        v = truth[fn]
        r = res[fn]
        pdf = W + '/pdf/' + fn[:-5] + '.pdf'
        r['lo_pdf'] = os.path.exists(pdf)
        txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout if r['lo_pdf'] else ''
        txt2 = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout if r['lo_pdf'] else ''
        if v['class'] == 'control':
            continue
        k = key(v)
        r['lo_text_shows'] = (k in norm(txt)) or (k in norm(txt2))
        r['extractable'] = extract_found(os.path.join(ALT, fn), k)
        plan = v['verify_plan']
        if plan == 'ocr' or (plan == 'render' and not r['lo_text_shows'] and v['technique'] in ('img_emf_text',)):
            if r['lo_pdf']:
                for f in glob.glob(W + '/page*'):
                    os.remove(f)
                subprocess.run(['pdftoppm', '-r', '200', '-png', pdf, W + '/page'], capture_output=True)
                ok = False
                for pg in sorted(glob.glob(W + '/page*.png')):
                    rots = (0, 270, 90) if 'rotat' in v['technique'] else ((0, 45, 315) if 'watermark' in v['technique'] else (0,))
                    ok, out = ocr_png(pg, k, rots)
                    if ok:
                        break
                r['page_ocr_shows'] = ok
        if plan == 'imgocr' or (plan == 'ocr' and not r.get('page_ocr_shows')) or v['technique'] == 'img_animated_gif_frame2':
            z = zipfile.ZipFile(os.path.join(ALT, fn))
            ok = False
            for n in z.namelist():
                if re.search(r'\.(png|jpe?g|gif|bmp|tiff?)$', n) and (n.startswith('word/media/alt') or n.startswith('docProps/thumb') or v['technique'] == 'replace_existing_image'):
                    im = Image.open(io.BytesIO(z.read(n)))
                    for fr in ImageSequence.Iterator(im):
                        x = fr.convert('RGB')
                        x.save(W + '/img.png')
                        ok2, out = ocr_png(W + '/img.png', k, (0, 90, 270, 180))
                        ok = ok or ok2
            r['image_ocr_shows'] = ok
        print(fn, v['technique'], v['class'], {a: b for a, b in r.items() if a not in ('xml_parse_errors',)}, flush=True)
    json.dump(res, open(OUT + '/verify_raw.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
