"""Independent checks that each planted value is really there (LO render, parser, OCR). No Attest code."""
import json, zipfile, re, io, html, base64, quopri, zlib, unicodedata, subprocess, os, struct, sys
T = json.load(open('corpus/truth.json'))

def norm(s):
    out = []
    for ch in unicodedata.normalize('NFKC', s):
        try:
            d = unicodedata.digit(ch); out.append(str(d)); continue
        except (TypeError, ValueError):
            pass
        if ch.isalnum() or ch in '@.':
            out.append(ch.upper())
    return ''.join(out)

def raw_entries(path):
    """read zip entries, tolerating the encrypted flag and duplicates (all copies)"""
    data = open(path, 'rb').read()
    res = []
    i = 0
    while True:
        i = data.find(b'PK\x03\x04', i)
        if i < 0: break
        flag, meth = struct.unpack('<HH', data[i+6:i+10])
        csize, usize, nl, el = struct.unpack('<IIHH', data[i+18:i+30])
        name = data[i+30:i+30+nl].decode('utf-8', 'replace')
        start = i + 30 + nl + el
        body = None
        if meth == 0 and csize:
            body = data[start:start+csize]
        else:
            try:
                d = zlib.decompressobj(-15); body = d.decompress(data[start:start+ (csize if csize and csize != 0xffffffff else len(data)-start)])
            except Exception:
                body = b''
        res.append((name, body)); i = start
    return res, data

def texts_of(b, depth=0):
    out = []
    if b[:4] == b'PK\x03\x04' and depth < 3:
        ents, _ = raw_entries_bytes(b)
        for n, bb in ents:
            out += texts_of(bb, depth+1)
        return out
    for enc in ('utf-8', 'utf-16'):
        try:
            t = b.decode(enc) if enc != 'utf-16' or b[:2] in (b'\xff\xfe', b'\xfe\xff') else None
        except Exception:
            t = None
        if t: out.append(t)
    t = b.decode('latin-1')
    out.append(t)
    t2 = html.unescape(re.sub(r'<[^>]+>', '', out[0]))
    out.append(t2)
    import urllib.parse
    out.append(urllib.parse.unquote(out[0]))
    # accepted view of tracked changes: drop deletions
    out.append(html.unescape(re.sub(r'<[^>]+>', '', re.sub(r'<w:del\b.*?</w:del>', '', out[0], flags=re.S))))
    # EQ overstrike digits
    out.append(re.sub(r'\\o\(|,\)', '', out[0]))
    try: out.append(quopri.decodestring(b).decode('utf-8', 'ignore'))
    except Exception: pass
    for m in re.finditer(rb'[A-Za-z0-9+/]{16,}={0,2}', b):
        try: out.append(base64.b64decode(m.group(0) + b'=' * (-len(m.group(0)) % 4)).decode('utf-8', 'ignore'))
        except Exception: pass
    # png zTXt / iTXt
    if b[:8] == b'\x89PNG\r\n\x1a\n':
        i = 8
        while i < len(b):
            ln = struct.unpack('>I', b[i:i+4])[0]; typ = b[i+4:i+8]; dat = b[i+8:i+8+ln]
            if typ == b'zTXt':
                k = dat.find(b'\0'); out.append(zlib.decompress(dat[k+2:]).decode('latin-1'))
            i += 12 + ln
    return out

def raw_entries_bytes(b):
    p = '/tmp/ho37/docx/verify/_tmp.zip'; open(p, 'wb').write(b); return raw_entries(p)

def pdf_text(stem):
    pdf = f'verify/pdf/{stem}.pdf'
    if not os.path.exists(pdf): return None
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout

def ocr(path):
    r = subprocess.run(['tesseract', path, '-', '--psm', '6'], capture_output=True, text=True)
    return r.stdout

res = {}
for e in T['altered']:
    f = 'corpus/' + e['file']; stem = os.path.splitext(os.path.basename(f))[0]
    v = norm(e['value'])
    pt = pdf_text(stem)
    rendered = None if pt is None else (v in norm(pt))
    ents, _ = raw_entries(f)
    where = []
    for n, b in ents:
        for t in texts_of(b):
            if v in norm(t):
                where.append(n); break
    oc = None
    ip = f'imgcheck/{os.path.basename(f)}.img'
    if os.path.exists(ip):
        oc = v in norm(ocr(ip))
        if not oc:
            from PIL import Image
            im = Image.open(ip); im.rotate(-90, expand=True).save('verify/_rot.png')
            oc = v in norm(ocr('verify/_rot.png'))
    zc = zipfile.ZipFile(f).comment if not e['technique'].startswith('zip_encrypted') else b''
    if zc and v in norm(zc.decode('utf-8', 'ignore')):
        where.append('(zip comment)')
    res[e['file']] = dict(lo_pdf=rendered, parser_parts=sorted(set(where)), ocr=oc, pdf_exists=pt is not None)
json.dump(res, open('verify/verify.json', 'w'), indent=1)
# summary
from collections import Counter
c = Counter()
for e in T['altered']:
    r = res[e['file']]
    c[(e['visibility'].split('(')[0], r['lo_pdf'], bool(r['parser_parts']), r['ocr'])] += 1
for k, n in sorted(c.items(), key=str): print(k, n)
