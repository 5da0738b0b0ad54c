# Independent deep extractor: finds each planted value in the file by its own reading (no Attest).
import zipfile, io, json, re, base64, quopri, sys, os, subprocess, tempfile, difflib
from lxml import etree
from PIL import Image, ExifTags
ROOT = '/tmp/ho47/docx'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def xml_sources(name, data, out):
    try:
        root = etree.fromstring(data)
    except Exception:
        out.append((name + ':raw', data.decode('utf-8', 'replace'))); return
    # paragraph-joined text
    for p in root.iter(W + 'p'):
        t = ''.join(x.text or '' for x in p.iter(W + 't'))
        if t: out.append((name + ':para', t))
    for el in root.iter():
        if el.text and el.text.strip():
            out.append((name + ':text', el.text))
            if el.tag == W + 'fldData':
                try: out.append((name + ':fldData', base64.b64decode(el.text).decode('utf-16-le')))
                except Exception: pass
        for k, v in el.attrib.items():
            out.append((name + ':@' + etree.QName(k).localname, v))
    instr = ''.join(x.text or '' for x in root.iter(W + 'instrText'))
    if instr: out.append((name + ':instr', instr))
def image_sources(name, data, out):
    try:
        im = Image.open(io.BytesIO(data))
    except Exception:
        return
    ex = im.getexif()
    for k, v in ex.items(): out.append((name + f':exif{k}', str(v)))
    try:
        for k, v in ex.get_ifd(0x8769).items():
            if isinstance(v, bytes) and v.startswith(b'UNICODE\x00'):
                v = v[8:].decode('utf-16-le')
            out.append((name + f':exififd{k}', str(v)))
    except Exception: pass
    for k, v in (im.info or {}).items():
        if isinstance(v, (str, bytes)) and k != 'icc_profile': out.append((name + f':info:{k}', v if isinstance(v, str) else v.decode('latin-1')))
def extract(data, label='', out=None):
    out = [] if out is None else out
    z = zipfile.ZipFile(io.BytesIO(data))
    for n in z.namelist():
        d = z.read(n); full = label + n
        if n.endswith(('.xml', '.rels')) or n.endswith('.svg'):
            xml_sources(full, d, out)
        elif n.endswith(('.docx', '.xlsx')):
            extract(d, full + '!', out)
        elif n.endswith('.mht'):
            out.append((full + ':qp', quopri.decodestring(d).decode('utf-8', 'replace')))
        elif n.endswith('.txt'):
            out.append((full + ':txt', d.decode('utf-8', 'replace')))
        elif n.lower().endswith(('.png', '.jpeg', '.jpg', '.tiff', '.tif', '.gif', '.bmp')):
            image_sources(full, d, out)
    return out
def found(target, sources, ci=False):
    t = norm(target).lower() if ci else norm(target)
    hits = []
    for lab, s in sources:
        s2 = norm(s).lower() if ci else norm(s)
        if t in s2: hits.append(lab)
    return hits
if __name__ == '__main__':
    truth = json.load(open(f'{ROOT}/truth_gen.json'))
    res = {}
    for it in truth:
        src = extract(open(f'{ROOT}/{it["file"]}', 'rb').read())
        hits = found(it['target'], src, ci=it['technique'] == 'caps_style_chain')
        res[it['id']] = sorted(set(h.split(':')[0] + ':' + h.split(':')[-1] for h in hits))
    json.dump(res, open(f'{ROOT}/verify/parser.json', 'w'), indent=1)
    miss = [k for k, v in res.items() if not v]
    print('parser found', len(res) - len(miss), 'of', len(res), 'missing:', miss)
