# Seeded generator: altered copies, controls, templates + truth.json
import struct, zipfile, io, json, random, os, re, sys, shutil
from lxml import etree
from PIL import Image, ImageDraw, ImageFont
import idents
R = random.Random(4949)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = dict(w=W, r='http://schemas.openxmlformats.org/officeDocument/2006/relationships', v='urn:schemas-microsoft-com:vml',
  o='urn:schemas-microsoft-com:office:office', wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a='http://schemas.openxmlformats.org/drawingml/2006/main', pic='http://schemas.openxmlformats.org/drawingml/2006/picture')
PR_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types'
REL_IMG = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
REL_HDR = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header'
REL_OLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject'
REL_COM = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'
BASES = ['pack', 'pyd', 'lo', 'min']
FONT = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 30)

class Pkg:
    def __init__(s, path):
        z = zipfile.ZipFile(path); s.files = {i.filename: z.read(i) for i in z.infolist()}; s.order = [i.filename for i in z.infolist()]
        s.comments = {}; s.method = {}; s.stream = False; s.prefix = b''; s.extra = {}; s.backslash = False
        rels = etree.fromstring(s.files['_rels/.rels'])
        s.main = [e.get('Target').lstrip('/') for e in rels if e.get('Type').endswith('/officeDocument')][0]
    def put(s, name, data):
        if name not in s.files: s.order.append(name)
        s.files[name] = data if isinstance(data, bytes) else data.encode('utf-8')
    def rename(s, old, new):
        s.order[s.order.index(old)] = new; s.files[new] = s.files.pop(old)
    def rels_name(s, part):
        d, f = os.path.split(part); return (d + '/' if d else '') + '_rels/' + f + '.rels'
    def add_rel(s, part, typ, target, mode=None):
        rn = s.rels_name(part)
        if rn in s.files: root = etree.fromstring(s.files[rn])
        else: root = etree.Element('{%s}Relationships' % PR_NS, nsmap={None: PR_NS})
        ids = {e.get('Id') for e in root}; i = 900
        while 'rIdX%d' % i in ids: i += 1
        rid = 'rIdX%d' % i
        e = etree.SubElement(root, '{%s}Relationship' % PR_NS, Id=rid, Type=typ, Target=target)
        if mode: e.set('TargetMode', mode)
        s.put(rn, etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)); return rid
    def ct(s, ext=None, part=None, typ=None):
        root = etree.fromstring(s.files['[Content_Types].xml'])
        if ext:
            if any(e.get('Extension', '').lower() == ext for e in root): return
            root.insert(0, etree.Element('{%s}Default' % CT_NS, Extension=ext, ContentType=typ))
        else:
            for e in root:
                if e.get('PartName') == part: e.set('ContentType', typ); break
            else: etree.SubElement(root, '{%s}Override' % CT_NS, PartName=part, ContentType=typ)
        s.files['[Content_Types].xml'] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    def body_insert(s, snippet, part=None):
        part = part or s.main
        root = etree.fromstring(s.files[part])
        body = root.find('{%s}body' % W)
        frag = etree.fromstring('<root %s>%s</root>' % (' '.join('xmlns:%s="%s"' % kv for kv in NS.items()), snippet))
        sp = body.find('{%s}sectPr' % W); idx = list(body).index(sp) if sp is not None else len(body)
        for k, el in enumerate(list(frag)): body.insert(idx + k, el)
        s.files[part] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    def save(s, path):
        bio = io.BytesIO()
        class NoSeek(io.RawIOBase):
            def __init__(self): self.b = bytearray()
            def writable(self): return True
            def write(self, d): self.b += d; return len(d)
        out = NoSeek() if s.stream else bio
        out.write(s.prefix)
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in s.order:
                zi = zipfile.ZipInfo(n.replace('/', '\\') if s.backslash else n, (2026, 12, 6, 22, 0, 0))
                if n in s.extra: zi.extra = struct.pack('<HH', 0xCAFE, len(s.extra[n])) + s.extra[n]
                zi.compress_type = s.method.get(n, zipfile.ZIP_DEFLATED)
                if n in s.comments: zi.comment = s.comments[n].encode('utf-8')
                z.writestr(zi, s.files[n])
        open(path, 'wb').write(bytes(out.b) if s.stream else bio.getvalue())

def esc(t): return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
def para(text): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(text)
def png(text, path_fmt='PNG', rot=0):
    w = int(FONT.getlength(text)) + 40
    im = Image.new('RGB', (w, 60), 'white'); ImageDraw.Draw(im).text((20, 12), text, font=FONT, fill='black')
    return im
def img_bytes(im, fmt='PNG', **kw):
    b = io.BytesIO(); im.save(b, fmt, **kw); return b.getvalue()
def add_image(p, part, data, ext, typ):
    n = 'word/media/xim%d.%s' % (R.randint(1000, 9999), ext); p.put(n, data); p.ct(ext=ext, typ=typ)
    d = os.path.dirname(part); target = os.path.relpath(n, d) if d else n
    return p.add_rel(part, REL_IMG, target)
def inline(rid, w_px, h_px, pid):
    cx, cy = w_px * 9525, h_px * 9525
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Picture %d"/>'
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr>'
      '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>') % (cx, cy, pid, pid, pid, rid, cx, cy)

CONFUSE = {'A':'А','B':'В','C':'С','E':'Е','H':'Н','K':'К','M':'М','O':'О','P':'Р','T':'Т','X':'Х','a':'а','c':'с','e':'е','o':'о','p':'р','x':'х','y':'у','i':'і','j':'ј','s':'ѕ','S':'Ѕ','I':'І','N':'Ν','Z':'Ζ'}
def homoglyph(v): return ''.join(CONFUSE.get(c, c) for c in v)
def chunks(v, n=3): return [v[i:i+n] for i in range(0, len(v), n)]

# ---- techniques: f(p, text, kind) ; text is "Label: value" ; return note on visibility
def t_plain(p, text): p.body_insert(para(text))
def P_main_renamed(p, text, v):
    t_plain(p, text); old = p.main; new = 'word/main.xml'
    p.rename(old, new); ro, rn = p.rels_name(old), p.rels_name(new)
    if ro in p.files: p.rename(ro, rn)
    ct = p.files['[Content_Types].xml'].decode().replace('PartName="/%s"' % old, 'PartName="/%s"' % new); p.files['[Content_Types].xml'] = ct.encode()
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="%s"' % new).replace('Target="/%s"' % old, 'Target="/%s"' % new).encode()
def P_decoy_document(p, text, v):
    old = p.main; orig = p.files[old]; t_plain(p, text); new = 'word/body2.xml'
    p.put(new, p.files[old]); p.files[old] = orig
    ro = p.rels_name(old)
    if ro in p.files: p.put(p.rels_name(new), p.files[ro])
    p.ct(part='/' + new, typ='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="%s"' % new).replace('Target="/%s"' % old, 'Target="/%s"' % new).encode()
def P_data_descriptor(p, text, v): t_plain(p, text); p.stream = True
def P_bzip2_member(p, text, v): t_plain(p, text); p.method[p.main] = zipfile.ZIP_BZIP2
def P_lzma_member(p, text, v): t_plain(p, text); p.method[p.main] = zipfile.ZIP_LZMA
def P_case_partname(p, text, v):
    t_plain(p, text); d, f = os.path.split(p.main); p.rename(p.main, d.capitalize() + '/' + f[0].upper() + f[1:-4] + '.XML')
def P_pct_partname(p, text, v):
    t_plain(p, text); old = p.main; new = 'word/d%C3%B6cument.xml'
    p.rename(old, new); ro = p.rels_name(old)
    if ro in p.files: p.rename(ro, p.rels_name(new))
    p.files['[Content_Types].xml'] = p.files['[Content_Types].xml'].decode().replace('PartName="/%s"' % old, 'PartName="/%s"' % new).encode()
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="%s"' % new).replace('Target="/%s"' % old, 'Target="/%s"' % new).encode()
def P_odd_extension(p, text, v):
    t_plain(p, text); old = p.main; new = 'word/main.docbody'
    p.rename(old, new); ro = p.rels_name(old)
    if ro in p.files: p.rename(ro, p.rels_name(new))
    root = etree.fromstring(p.files['[Content_Types].xml'])
    for e in list(root):
        if e.get('PartName') == '/' + old: root.remove(e)
    p.files['[Content_Types].xml'] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    p.ct(ext='docbody', typ='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="%s"' % new).replace('Target="/%s"' % old, 'Target="/%s"' % new).encode()
def P_dtd_entity(p, text, v):
    lab = text[:len(text) - len(v)]
    p.body_insert(para(lab + 'ENTREF'))
    x = p.files[p.main].decode('utf-8')
    x = re.sub(r'^<\?xml[^>]*\?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY v1 "%s">]>' % esc(v).replace('"', '&#34;'), x, 1)
    x = x.replace('ENTREF', '&v1;'); p.files[p.main] = x.encode('utf-8')
def P_dotdot_target(p, text, v):
    t_plain(p, text); old = p.main; d, f = os.path.split(old)
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="./%s/../%s/%s"' % (d, d, f)).replace('Target="/%s"' % old, 'Target="./%s/../%s/%s"' % (d, d, f)).encode()
def P_entry_comment(p, text, v):
    p.body_insert(para('Archive note kept with the document part.')); p.comments[p.main] = text
def P_strict_reltype(p, text, v):
    t_plain(p, text)
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument').encode()
def T_multi_wt(p, text, v):
    lab = text[:len(text) - len(v)]
    ts = ''.join('<w:t xml:space="preserve">%s</w:t>' % esc(c) for c in [lab] + chunks(v, 2))
    p.body_insert('<w:p><w:r>%s</w:r></w:p>' % ts)
def T_combining(p, text, v):
    lab = text[:len(text) - len(v)]; p.body_insert(para(lab + ''.join(c + '\u0332' if c != ' ' else c for c in v)))
def T_homoglyph(p, text, v):
    lab = text[:len(text) - len(v)]; p.body_insert(para(lab + homoglyph(v)))
def T_cr_split(p, text, v):
    lab = text[:len(text) - len(v)]
    k = v.find(' ') if ' ' in v and v.find(' ') > 2 else len(v) // 2
    a, b = v[:k], v[k:].lstrip(' ')
    p.body_insert('<w:p><w:r><w:t xml:space="preserve">%s%s</w:t><w:cr/><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (esc(lab), esc(a), esc(b)))
def T_deep_nesting(p, text, v):
    lab = text[:len(text) - len(v)]
    p.body_insert('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:sdt><w:sdtPr><w:id w:val="771"/></w:sdtPr><w:sdtContent><w:hyperlink w:anchor="_top">'
      '<w:ins w:id="901" w:author="QA" w:date="2026-11-14T09:00:00Z"><w:customXml w:element="val"><w:smartTag w:element="ref"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:smartTag></w:customXml></w:ins>'
      '</w:hyperlink></w:sdtContent></w:sdt></w:p>' % (esc(lab), esc(v)))
def I_ole_preview(p, text, v):
    im = png(text); rid = add_image(p, p.main, img_bytes(im), 'png', 'image/png')
    ole = zipfile.ZipFile('bases/pack.docx').read('word/embeddings/oleObject1.bin')
    n = 'word/embeddings/xole%d.bin' % R.randint(1000, 9999); p.put(n, ole)
    p.ct(ext='bin', typ='application/vnd.openxmlformats-officedocument.oleObject')
    orid = p.add_rel(p.main, REL_OLE, os.path.relpath(n, os.path.dirname(p.main)))
    w, h = im.size
    p.body_insert('<w:p><w:r><w:object w:dxaOrig="%d" w:dyaOrig="%d"><v:shape id="_x0000_i1091" type="#_x0000_t75" style="width:%dpt;height:%dpt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape>'
      '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1091" DrawAspect="Content" ObjectID="_1791234567" r:id="%s"/></w:object></w:r></w:p>' % (w * 15, h * 15, w * .75, h * .75, rid, orid))
def I_vml_imagedata(p, text, v):
    im = png(text); rid = add_image(p, p.main, img_bytes(im), 'png', 'image/png'); w, h = im.size
    p.body_insert('<w:p><w:r><w:pict><v:shape id="_x0000_s1092" type="#_x0000_t75" style="width:%dpt;height:%dpt"><v:imagedata r:id="%s" o:title=""/></v:shape></w:pict></w:r></w:p>' % (w * .75, h * .75, rid))
def add_header(p, inner):
    hn = 'word/xheader%d.xml' % R.randint(100, 999)
    p.put(hn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (' '.join('xmlns:%s="%s"' % kv for kv in NS.items()), inner))
    p.ct(part='/' + hn, typ='application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    rid = p.add_rel(p.main, REL_HDR, os.path.relpath(hn, os.path.dirname(p.main)))
    root = etree.fromstring(p.files[p.main]); sps = root.findall('.//{%s}sectPr' % W); sp = sps[-1]
    for e in sp.findall('{%s}headerReference' % W):
        if e.get('{%s}type' % W) == 'default': sp.remove(e)
    e = etree.Element('{%s}headerReference' % W); e.set('{%s}type' % W, 'default'); e.set('{%s}id' % NS['r'], rid); sp.insert(0, e)
    p.files[p.main] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    return hn
def I_header_watermark_picture(p, text, v):
    im = png(text); w, h = im.size
    hn = add_header(p, '<w:p/>')
    rid = add_image(p, hn, img_bytes(im), 'png', 'image/png')
    x = p.files[hn].decode().replace('<w:p/>', '<w:p><w:r><w:pict><v:shape id="WordPictureWatermark77" o:spid="_x0000_s2077" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f"><v:imagedata r:id="%s" o:title=""/></v:shape></w:pict></w:r></w:p>' % (w * .75, h * .75, rid))
    p.files[hn] = x.encode()
    p.body_insert(para('See watermark.'))
def I_picture_in_comment(p, text, v):
    im = png(text); w, h = im.size
    cn = 'word/comments.xml'
    if cn not in p.files:
        p.put(cn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="%s"/>' % W)
        p.ct(part='/' + cn, typ='application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
        p.add_rel(p.main, REL_COM, 'comments.xml')
    rid = add_image(p, cn, img_bytes(im), 'png', 'image/png')
    root = etree.fromstring(p.files[cn])
    frag = etree.fromstring('<root %s><w:comment w:id="977" w:author="QA" w:date="2026-11-14T09:00:00Z" w:initials="QA"><w:p><w:r><w:t>see capture</w:t></w:r></w:p><w:p>%s</w:p></w:comment></root>' % (' '.join('xmlns:%s="%s"' % kv for kv in NS.items()), inline(rid, w, h, 4077)))
    root.append(frag[0]); p.files[cn] = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
    p.body_insert('<w:p><w:commentRangeStart w:id="977"/><w:r><w:t>Customer details checked at step 3.</w:t></w:r><w:commentRangeEnd w:id="977"/><w:r><w:commentReference w:id="977"/></w:r></w:p>')
def I_exif_orientation(p, text, v):
    im = png(text).rotate(180); w, h = im.size
    ex = Image.Exif(); ex[0x0112] = 3
    rid = add_image(p, p.main, img_bytes(im, 'JPEG', quality=92, exif=ex.tobytes()), 'jpeg', 'image/jpeg')
    p.body_insert('<w:p>%s</w:p>' % inline(rid, w, h, 4078))

def P_case_target(p, text, v):
    t_plain(p, text); old = p.main; d, f = os.path.split(old); new = d.upper() + '/' + f.upper()
    p.files['_rels/.rels'] = p.files['_rels/.rels'].decode().replace('Target="%s"' % old, 'Target="%s"' % new).replace('Target="/%s"' % old, 'Target="/%s"' % new).encode()
def P_prefix_junk(p, text, v):
    t_plain(p, text); p.prefix = b'#!/bin/sh\n# evidence bundle header\n' + bytes(range(256)) * 8
def P_backslash_names(p, text, v): t_plain(p, text); p.backslash = True
def P_extra_field(p, text, v):
    p.body_insert(para('Archive note kept with the document part.')); p.extra[p.main] = text.encode('utf-8')
def T_middot_sep(p, text, v):
    lab = text[:len(text) - len(v)]
    if ' ' in v: mv = v.replace(' ', '\u00b7')
    else: mv = '\u00b7'.join(chunks(v, 4))
    p.body_insert(para(lab + mv))
def T_softhyphen_el(p, text, v):
    lab = text[:len(text) - len(v)]
    p.body_insert('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>%s</w:p>' % (esc(lab), '<w:r><w:softHyphen/></w:r>'.join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(c) for c in chunks(v, 3))))
def I_svgblip(p, text, v):
    im = png('Figure 1 (vector)'); w, h = png(text).size
    rid = add_image(p, p.main, img_bytes(im), 'png', 'image/png')
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d"><rect width="100%%" height="100%%" fill="white"/><text x="20" y="40" font-family="DejaVu Sans" font-size="30" fill="black">%s</text></svg>' % (w, h, w, h, esc(text))
    n = 'word/media/xsv%d.svg' % R.randint(1000, 9999); p.put(n, svg); p.ct(ext='svg', typ='image/svg+xml')
    srid = p.add_rel(p.main, REL_IMG, os.path.relpath(n, os.path.dirname(p.main)))
    x = inline(rid, w, h, 4079).replace('<a:blip r:embed="%s"/>' % rid, '<a:blip r:embed="%s"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="%s"/></a:ext></a:extLst></a:blip>' % (rid, srid))
    p.body_insert('<w:p>%s</w:p>' % x)
def I_exif_rot90(p, text, v):
    im = png(text); w, h = im.size; im = im.transpose(Image.ROTATE_90)
    ex = Image.Exif(); ex[0x0112] = 6
    rid = add_image(p, p.main, img_bytes(im, 'JPEG', quality=92, exif=ex.tobytes()), 'jpeg', 'image/jpeg')
    p.body_insert('<w:p>%s</w:p>' % inline(rid, w, h, 4080))

TECH = [('P_case_target', P_case_target), ('P_prefix_junk', P_prefix_junk), ('P_backslash_names', P_backslash_names), ('P_extra_field', P_extra_field),
 ('T_middot_sep', T_middot_sep), ('T_softhyphen_el', T_softhyphen_el), ('I_svgblip', I_svgblip), ('I_exif_rot90', I_exif_rot90),
('P_main_renamed', P_main_renamed), ('P_decoy_document', P_decoy_document), ('P_data_descriptor', P_data_descriptor),
 ('P_bzip2_member', P_bzip2_member), ('P_lzma_member', P_lzma_member), ('P_case_partname', P_case_partname), ('P_pct_partname', P_pct_partname),
 ('P_odd_extension', P_odd_extension), ('P_dtd_entity', P_dtd_entity), ('P_dotdot_target', P_dotdot_target), ('P_entry_comment', P_entry_comment),
 ('P_strict_reltype', P_strict_reltype), ('T_multi_wt', T_multi_wt), ('T_combining', T_combining), ('T_homoglyph', T_homoglyph),
 ('T_cr_split', T_cr_split), ('T_deep_nesting', T_deep_nesting), ('I_ole_preview', I_ole_preview), ('I_vml_imagedata', I_vml_imagedata),
 ('I_header_watermark_picture', I_header_watermark_picture), ('I_picture_in_comment', I_picture_in_comment), ('I_exif_orientation', I_exif_orientation)]
KINDS = list(idents.GEN)
LETTER_KINDS = ['serial', 'eui64', 'name', 'address', 'postcode', 'email']

def main():
    for d in ['corpus', 'controls', 'templates']:
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    truth = []; n = 0
    for ti, (tn, tf) in enumerate(TECH):
        kinds = LETTER_KINDS if tn == 'T_homoglyph' else KINDS
        if tn == 'P_lzma_member': kinds = ['mpan', 'serial', 'name', 'postcode']
        for ki, k in enumerate(kinds):
            v = idents.GEN[k](R); text = '%s: %s' % (idents.LABEL[k], v); base = BASES[(ti + ki) % 4]
            p = Pkg('bases/%s.docx' % base); tf(p, text, v)
            fn = 'corpus/%03d_%s_%s_%s.docx' % (n, tn, k, base); p.save(fn); n += 1
            truth.append(dict(file=fn, technique=tn, kind=k, value=v, shown=(homoglyph(v) if tn == 'T_homoglyph' else v), text=text, base=base, role='altered'))
    # controls: two per technique (one for homoglyph / lzma), keeps only
    ki = 0
    for ti, (tn, tf) in enumerate(TECH):
        for j in range(2 if tn not in ('P_lzma_member',) else 1):
            kk, kv = idents.KEEPS[ki % len(idents.KEEPS)]; ki += 1
            lab = {'tc': 'Test case', 'msg': 'Flow', 'ref': 'Supply ref', 'dip': 'DIP message', 'ts': 'Sent', 'uuid': 'Message id', 'amount': 'Amount', 'fw': 'Firmware', 'reading': 'Reading', 'wo': 'Work order'}[kk]
            text = '%s: %s' % (lab, kv); base = BASES[(ti + j) % 4]
            p = Pkg('bases/%s.docx' % base); tf(p, text, kv)
            fn = 'controls/%03d_%s_%s_%s.docx' % (ki, tn, kk, base); p.save(fn)
            truth.append(dict(file=fn, technique=tn, kind=kk, value=kv, shown=(homoglyph(kv) if tn == 'T_homoglyph' else kv), text=text, base=base, role='control'))
    # templates: pack base, alteration in a header
    tpl = [('H_multi_wt', k) for k in ['mpan', 'serial', 'postcode', 'name', 'email']] + [('H_homoglyph', k) for k in ['serial', 'postcode', 'name', 'email', 'eui64']] + \
          [('H_watermark_picture', k) for k in ['mpan', 'mprn', 'phone', 'address', 'name']]
    for i, (tn, k) in enumerate(tpl):
        v = idents.GEN[k](R); text = '%s: %s' % (idents.LABEL[k], v); p = Pkg('bases/pack.docx')
        if tn == 'H_multi_wt':
            lab = text[:len(text) - len(v)]
            add_header(p, '<w:p><w:r>%s</w:r></w:p>' % ''.join('<w:t xml:space="preserve">%s</w:t>' % esc(c) for c in [lab] + chunks(v, 2)))
        elif tn == 'H_homoglyph':
            add_header(p, para(text[:len(text) - len(v)] + homoglyph(v)))
        else:
            I_header_watermark_picture(p, text, v)
        fn = 'templates/%02d_%s_%s.docx' % (i, tn, k); p.save(fn)
        truth.append(dict(file=fn, technique=tn, kind=k, value=v, shown=(homoglyph(v) if tn == 'H_homoglyph' else v), text=text, base='pack', role='template'))
    json.dump(truth, open('truth.json', 'w'), ensure_ascii=False, indent=1)
    print(len([t for t in truth if t['role'] == 'altered']), 'altered', len([t for t in truth if t['role'] == 'control']), 'controls', len(tpl), 'templates')
main()
