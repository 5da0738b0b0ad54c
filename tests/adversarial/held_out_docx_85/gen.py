# Seeded generator of the round-47 held-out .docx corpus.  Usage: python gen.py
import random, json, os, io, base64, zipfile, sys, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from xml.sax.saxutils import escape
import idents, imgs
from pkg import Pkg, P, R, NS, RT, xa, inline_pic, inline_svg
ROOT = '/tmp/ho47/docx'
BASES = ['demo_pack', 'pydocx', 'lo', 'minimal']
CT_PNG = ('png', 'image/png')
def emu(px): return int(px * 9525 * 0.75)

def add_image(pkg, src, data, ext, ctype):
    n = pkg.newid()
    name = f'word/media/ho47_{n}.{ext}'
    pkg.put(name, data); pkg.ctype(name, ext_default=(ext, ctype))
    return pkg.add_rel(src, RT + 'image', f'media/ho47_{n}.{ext}'), name

def pic_para(pkg, src, data, ext, ctype, size, **kw):
    rid, name = add_image(pkg, src, data, ext, ctype)
    return f'<w:p><w:r>{inline_pic(rid, emu(size[0]), emu(size[1]), pkg.newid(), **kw)}</w:r></w:p>', name

def ensure_part(pkg, name, root_xml, rtype, ct):
    if name not in pkg.parts:
        pkg.put(name, root_xml)
        pkg.ctype(name, ct=ct)
        pkg.add_rel('word/document.xml', rtype, name.split('word/', 1)[1])

W = NS['w']
def ensure_comments(pkg):
    ensure_part(pkg, 'word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}"></w:comments>',
                RT + 'comments', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
def add_comment(pkg, cid, body_xml, author='QA tester'):
    ensure_comments(pkg)
    c = pkg.get('word/comments.xml')
    i = c.rfind('</w:comments>')
    pkg.put('word/comments.xml', c[:i] + f'<w:comment xmlns:w14="{NS["w14"]}" w:id="{cid}" w:author="{author}" w:date="2026-12-01T10:00:00Z" w:initials="QA">{body_xml}</w:comment>' + c[i:])
def ensure_footnotes(pkg):
    ensure_part(pkg, 'word/footnotes.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}" xmlns:r="{NS["r"]}">'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>',
                RT + 'footnotes', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml')

def split_at(text, target):
    i = text.index(target); k = i + max(1, len(target) // 2)
    while k < i + len(target) - 1 and text[k] == ' ': k += 1
    return text[:k], text[k:]

# ---------------- techniques ----------------
# each: f(pkg, text, target, rng) -> dict(location=..., visibility=...)
def t_comment_reply(pkg, text, target, rng):
    a, b = 9101, 9102
    pid_a, pid_b = '1A2B3C01', '1A2B3C02'
    add_comment(pkg, a, f'<w:p w14:paraId="{pid_a}"><w:r><w:t>Checked against the D0010 flow - see reply.</w:t></w:r></w:p>')
    add_comment(pkg, b, f'<w:p w14:paraId="{pid_b}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>', author='Witness')
    cx = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="{NS["w15"]}"><w15:commentEx w15:paraId="{pid_a}" w15:done="0"/><w15:commentEx w15:paraId="{pid_b}" w15:paraIdParent="{pid_a}" w15:done="0"/></w15:commentsEx>'
    if 'word/commentsExtended.xml' in pkg.parts:
        c = pkg.get('word/commentsExtended.xml'); i = c.rfind('</w15:commentsEx>')
        pkg.put('word/commentsExtended.xml', c[:i] + f'<w15:commentEx w15:paraId="{pid_a}" w15:done="0"/><w15:commentEx w15:paraId="{pid_b}" w15:paraIdParent="{pid_a}" w15:done="0"/>' + c[i:])
    else:
        pkg.put('word/commentsExtended.xml', cx)
        pkg.ctype('word/commentsExtended.xml', ct='application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml')
        pkg.add_rel('word/document.xml', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml')
    pkg.insert_body(f'<w:p><w:commentRangeStart w:id="{a}"/><w:commentRangeStart w:id="{b}"/>{R("Step 3 evidence reviewed by the witness.")}<w:commentRangeEnd w:id="{a}"/><w:commentRangeEnd w:id="{b}"/>'
                    f'<w:r><w:commentReference w:id="{a}"/></w:r><w:r><w:commentReference w:id="{b}"/></w:r></w:p>')
    return dict(location='word/comments.xml reply comment (commentsExtended paraIdParent)', visibility='visible in Word comment pane (reply)')

def t_comment_anchor_split(pkg, text, target, rng):
    cid = 9201
    add_comment(pkg, cid, '<w:p><w:r><w:t>Matches the D0150 sent at 09:14.</w:t></w:r></w:p>')
    l, r = split_at(text, target)
    pkg.insert_body(f'<w:p>{R(l)}<w:commentRangeStart w:id="{cid}"/><w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>{R(r)}</w:p>')
    return dict(location='body paragraph, value split by a comment anchor + commentReference run', visibility='visible in body')

def t_flddata_b64(pkg, text, target, rng):
    b = base64.b64encode(text.encode('utf-16-le')).decode()
    pkg.insert_body(f'<w:p>{R("Notes: ")}<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{b}</w:fldData></w:fldChar></w:r>'
                    f'<w:r><w:instrText xml:space="preserve"> MERGEFIELD Notes </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                    f'{R("see step 2")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return dict(location='w:fldChar/w:fldData base64 (UTF-16LE)', visibility='hidden (field data)')

def t_hyperlink_field_code(pkg, text, target, rng):
    url = ('mailto:' + target) if '@' in target else ('https://crm.example.co.uk/lookup?q=' + target.replace(' ', '+'))
    code = f' HYPERLINK "{url}" \\o "{text}" '
    pkg.insert_body(f'<w:p>{R("Customer record: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{escape(code)}</w:instrText></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{R("open in CRM")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return dict(location='HYPERLINK field code (URL and \\o tip) only; result text neutral', visibility='hover tip / Alt+F9')

def t_addin_field_code(pkg, text, target, rng):
    code = ' ADDIN CRM.LINK {"ref":"TC-4471","note":"' + text.replace('"', "'") + '"} '
    pkg.insert_body(f'<w:p>{R("Linked record ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{escape(code)}</w:instrText></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{R("[1]")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return dict(location='ADDIN field code (JSON) only', visibility='hidden (Alt+F9 shows code)')

def t_docpr_name(pkg, text, target, rng):
    im = imgs.neutral()
    x, _ = pic_para(pkg, 'word/document.xml', imgs.png_bytes(im), 'png', 'image/png', im.size, name=text)
    pkg.insert_body(x)
    return dict(location='wp:docPr/@name of an inline picture', visibility='Selection pane / object name')

def t_pic_hlink_tooltip(pkg, text, target, rng):
    im = imgs.neutral()
    hl = pkg.add_rel('word/document.xml', RT + 'hyperlink', 'https://crm.example.co.uk/case/4471', external=True)
    x, _ = pic_para(pkg, 'word/document.xml', imgs.png_bytes(im), 'png', 'image/png', im.size, hlink=(hl, text))
    pkg.insert_body(x)
    return dict(location='wp:docPr/a:hlinkClick/@tooltip of a picture', visibility='hover tip on the picture')

def t_img_in_footnote(pkg, text, target, rng):
    ensure_footnotes(pkg)
    im = imgs.render(text)
    rid, name = add_image(pkg, 'word/footnotes.xml', imgs.png_bytes(im), 'png', 'image/png')
    fid = 7001
    f = pkg.get('word/footnotes.xml'); i = f.rfind('</w:footnotes>')
    fn = (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{R(" Photo: ")}'
          f'<w:r>{inline_pic(rid, emu(im.width), emu(im.height), pkg.newid())}</w:r></w:p></w:footnote>')
    pkg.put('word/footnotes.xml', f[:i] + fn + f[i:])
    pkg.insert_body(f'<w:p>{R("Site photo attached")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>{R(".")}</w:p>')
    return dict(location=f'picture in footnote ({name})', visibility='visible (picture pixels, footnote)', image=name)

def t_img_split_two(pkg, text, target, rng):
    l, r = split_at(text, target)
    a = imgs.render(l, pad=0); b = imgs.render(r, pad=0)
    ra, na = add_image(pkg, 'word/document.xml', imgs.png_bytes(a), 'png', 'image/png')
    rb, nb = add_image(pkg, 'word/document.xml', imgs.png_bytes(b), 'png', 'image/png')
    pkg.insert_body(f'<w:p><w:r>{inline_pic(ra, emu(a.width), emu(a.height), pkg.newid())}</w:r><w:r>{inline_pic(rb, emu(b.width), emu(b.height), pkg.newid())}</w:r></w:p>')
    return dict(location=f'two adjacent inline pictures, each half ({na},{nb})', visibility='visible (pixels, joined)', image=[na, nb], parts=[l, r])

def t_png_exif_chunk(pkg, text, target, rng):
    data = imgs.exif_png('Screenshot: D0010 flow accepted for TC-4471', text)
    im = imgs.neutral()
    x, name = pic_para(pkg, 'word/document.xml', data, 'png', 'image/png', im.size)
    pkg.insert_body(x)
    return dict(location=f'PNG eXIf chunk Artist+ImageDescription ({name})', visibility='hidden (metadata)', image=name)

def t_jpeg_usercomment_utf16(pkg, text, target, rng):
    data = imgs.jpeg_usercomment(text); im = imgs.neutral()
    x, name = pic_para(pkg, 'word/document.xml', data, 'jpeg', 'image/jpeg', im.size)
    pkg.insert_body(x)
    return dict(location=f'JPEG EXIF UserComment, UNICODE (UTF-16LE) ({name})', visibility='hidden (metadata)', image=name)

def t_apng_frame2(pkg, text, target, rng):
    data = imgs.apng('Screenshot: D0010 flow accepted for TC-4471', text)
    from PIL import Image
    im = Image.open(io.BytesIO(data))
    x, name = pic_para(pkg, 'word/document.xml', data, 'png', 'image/png', im.size)
    pkg.insert_body(x)
    return dict(location=f'APNG second frame ({name})', visibility='hidden in Word (first frame shown); frame 2 shows it', image=name)

def t_tiff_page2(pkg, text, target, rng):
    data = imgs.tiff2('Screenshot: D0010 flow accepted for TC-4471', text)
    from PIL import Image
    im = Image.open(io.BytesIO(data))
    x, name = pic_para(pkg, 'word/document.xml', data, 'tiff', 'image/tiff', im.size)
    pkg.insert_body(x)
    return dict(location=f'multi-page TIFF, page 2 ({name})', visibility='hidden in Word (page 1 shown)', image=name)

def t_png_alpha_text(pkg, text, target, rng):
    im = imgs.alpha_text(text)
    x, name = pic_para(pkg, 'word/document.xml', imgs.png_bytes(im), 'png', 'image/png', im.size)
    pkg.insert_body(x)
    return dict(location=f'RGBA PNG, black RGB everywhere, text only in alpha ({name})', visibility='visible (black on white page)', image=name)

def t_img_dark_mode(pkg, text, target, rng):
    im = imgs.dark(text)
    x, name = pic_para(pkg, 'word/document.xml', imgs.png_bytes(im), 'png', 'image/png', im.size)
    pkg.insert_body(x)
    return dict(location=f'dark-mode screenshot, light grey on #1e1e1e ({name})', visibility='visible (pixels)', image=name)

def _svg(pkg, svg, size):
    n = pkg.newid(); sname = f'word/media/ho47_{n}.svg'
    pkg.put(sname, svg); pkg.ctype(sname, ext_default=('svg', 'image/svg+xml'))
    rs = pkg.add_rel('word/document.xml', RT + 'image', f'media/ho47_{n}.svg')
    rp, pname = add_image(pkg, 'word/document.xml', imgs.blank_png(), 'png', 'image/png')
    pkg.insert_body(f'<w:p><w:r>{inline_svg(rp, rs, emu(size[0]), emu(size[1]), pkg.newid())}</w:r></w:p>')
    return sname

def t_svg_embedded_raster(pkg, text, target, rng):
    svg, size = imgs.svg_raster(text); s = _svg(pkg, svg, size)
    return dict(location=f'SVG (svgBlip) holding only a data: PNG raster; PNG fallback blank ({s})', visibility='visible in Word 2016+ (SVG), blank fallback elsewhere', image=s)

def t_svg_char_texts(pkg, text, target, rng):
    svg, size = imgs.svg_chars(text); s = _svg(pkg, svg, size)
    return dict(location=f'SVG (svgBlip), one <text> element per character; PNG fallback blank ({s})', visibility='visible in Word 2016+ (SVG)', image=s)

def mini_docx(body_xml, header_xml=None):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        if header_xml: ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        z.writestr('[Content_Types].xml', ct + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        hr = ''
        if header_xml:
            z.writestr('word/_rels/document.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RT}header" Target="header1.xml"/></Relationships>')
            z.writestr('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W}">{header_xml}</w:hdr>')
            hr = f'<w:headerReference xmlns:r="{NS["r"]}" w:type="default" r:id="rId1"/>'
        z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body_xml}<w:sectPr>{hr}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return b.getvalue()

def t_altchunk_docx(pkg, text, target, rng):
    data = mini_docx(P('Imported job sheet WO-55821') + P(text))
    n = pkg.newid(); name = f'word/afchunk{n}.docx'
    pkg.put(name, data); pkg.ctype(name, ct='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    rid = pkg.add_rel('word/document.xml', RT + 'aFChunk', f'afchunk{n}.docx')
    pkg.insert_body(f'<w:altChunk xmlns:r="{NS["r"]}" r:id="{rid}"/>')
    return dict(location=f'altChunk whose part is a whole .docx ({name}), value in its body', visibility='visible in Word (merged on open)')

def t_altchunk_mht_qp(pkg, text, target, rng):
    l, r = split_at(text, target)
    html = f'<html><body><p>Exported CRM note:</p><p>{escape(l)}=\r\n{escape(r)}</p></body></html>'
    mht = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_ho47"\r\n\r\n'
           '------=_NextPart_ho47\r\nContent-Location: file:///C:/note.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
           + html + '\r\n------=_NextPart_ho47--\r\n')
    n = pkg.newid(); name = f'word/afchunk{n}.mht'
    pkg.put(name, mht.encode('ascii', 'xmlcharrefreplace') if False else mht.encode('utf-8'))
    pkg.ctype(name, ext_default=('mht', 'message/rfc822'))
    rid = pkg.add_rel('word/document.xml', RT + 'aFChunk', f'afchunk{n}.mht')
    pkg.insert_body(f'<w:altChunk xmlns:r="{NS["r"]}" r:id="{rid}"/>')
    return dict(location=f'altChunk MHT, quoted-printable soft line break (=CRLF) inside the value ({name})', visibility='visible in Word (merged on open)')

def t_orphan_part(pkg, text, target, rng):
    name = f'word/stale/note{pkg.newid()}.xml'
    pkg.put(name, f'<?xml version="1.0" encoding="UTF-8"?>\n<note><ref>TC-4471</ref><text>{escape(text)}</text></note>')
    return dict(location=f'orphan part with no relationship ({name})', visibility='hidden (unreferenced part)')

def t_unused_rel(pkg, text, target, rng):
    n = pkg.newid(); name = f'word/notes/evidence{n}.txt'
    pkg.put(name, ('Evidence note TC-4471\r\n' + text + '\r\n').encode('utf-8'))
    pkg.ctype(name, ext_default=('txt', 'text/plain'))
    pkg.add_rel('word/document.xml', 'http://schemas.example.com/attest/2026/relationships/note', f'notes/evidence{n}.txt')
    return dict(location=f'text part reached only by an unused relationship of an unknown type ({name})', visibility='hidden (unreferenced)')

def t_caps_style_chain(pkg, text, target, rng):
    st = ('<w:style xmlns:w="%s" w:type="character" w:customStyle="1" w:styleId="Ho47Base"><w:name w:val="Evidence Base"/><w:rPr><w:caps/></w:rPr></w:style>'
          '<w:style xmlns:w="%s" w:type="character" w:customStyle="1" w:styleId="Ho47Ref"><w:name w:val="Evidence Ref"/><w:basedOn w:val="Ho47Base"/><w:rPr><w:b/></w:rPr></w:style>') % (W, W)
    if 'word/styles.xml' in pkg.parts:
        s = pkg.get('word/styles.xml'); i = s.rfind('</w:styles>'); pkg.put('word/styles.xml', s[:i] + st + s[i:])
    else:
        pkg.put('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">{st}</w:styles>')
        pkg.ctype('word/styles.xml', ct='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml')
        pkg.add_rel('word/document.xml', RT + 'styles', 'styles.xml')
    rpr = '<w:rPr><w:rStyle w:val="Ho47Ref"/></w:rPr>'
    pkg.insert_body('<w:p>' + R(text, rpr=rpr) + '</w:p>')
    return dict(location='lower-case run; caps inherited through a character style basedOn chain', visibility='visible in capitals')

def t_app_titles(pkg, text, target, rng):
    VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'
    blk = (f'<HeadingPairs><vt:vector xmlns:vt="{VT}" size="2" baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
           f'<TitlesOfParts><vt:vector xmlns:vt="{VT}" size="1" baseType="lpstr"><vt:lpstr>{escape(text)}</vt:lpstr></vt:vector></TitlesOfParts>')
    import re
    if 'docProps/app.xml' in pkg.parts:
        a = pkg.get('docProps/app.xml')
        a = re.sub(r'<HeadingPairs>.*?</HeadingPairs>', '', a, flags=re.S); a = re.sub(r'<TitlesOfParts>.*?</TitlesOfParts>', '', a, flags=re.S)
        a = re.sub(r'<HeadingPairs/>|<TitlesOfParts/>', '', a)
        i = a.rfind('</Properties>'); pkg.put('docProps/app.xml', a[:i] + blk + a[i:])
    else:
        pkg.put('docProps/app.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">{blk}</Properties>')
        pkg.ctype('docProps/app.xml', ct='application/vnd.openxmlformats-officedocument.extended-properties+xml')
        r = pkg.get('_rels/.rels').replace('</Relationships>', '<Relationship Id="rIdApp47" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
        pkg.put('_rels/.rels', r)
    return dict(location='docProps/app.xml TitlesOfParts vt:lpstr', visibility='hidden (file properties)')

def _ole(pkg, data, ext, ctype, progid, preview_text):
    n = pkg.newid(); name = f'word/embeddings/ho47_{n}.{ext}'
    pkg.put(name, data); pkg.ctype(name, ext_default=(ext, ctype))
    rp = pkg.add_rel('word/document.xml', RT + 'package', f'embeddings/ho47_{n}.{ext}')
    im = imgs.render(preview_text)
    ri, iname = add_image(pkg, 'word/document.xml', imgs.png_bytes(im), 'png', 'image/png')
    sid = f'_x0000_i{n}'
    pkg.insert_body(f'<w:p><w:r><w:object xmlns:v="{NS["v"]}" xmlns:o="{NS["o"]}" xmlns:r="{NS["r"]}" w:dxaOrig="{im.width*15}" w:dyaOrig="{im.height*15}">'
                    f'<v:shape id="{sid}" type="#_x0000_t75" style="width:{im.width*0.75:.1f}pt;height:{im.height*0.75:.1f}pt" o:ole=""><v:imagedata r:id="{ri}" o:title=""/></v:shape>'
                    f'<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="{sid}" DrawAspect="Content" ObjectID="_17{n:08d}" r:id="{rp}"/></w:object></w:r></w:p>')
    return name

def t_docx_in_docx_header(pkg, text, target, rng):
    data = mini_docx(P('Meter exchange job sheet WO-55821') + P('Outcome: completed.'), header_xml=P(text))
    name = _ole(pkg, data, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word.Document.12', 'Job sheet WO-55821 (embedded document)')
    return dict(location=f'embedded .docx (OLE package {name}), value only in its header', visibility='visible when the object is opened')

def t_xlsx_hidden_sheet(pkg, text, target, rng):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Readings'
    ws.append(['Register', 'Reading', 'Flow']); ws.append(['R1', '004512.7', 'D0010'])
    h = wb.create_sheet('Lookup'); h['A1'] = 'Note'; h['B1'] = text; h.sheet_state = 'hidden'
    b = io.BytesIO(); wb.save(b)
    name = _ole(pkg, b.getvalue(), 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel.Sheet.12', 'Register  Reading  Flow | R1  004512.7  D0010')
    return dict(location=f'embedded .xlsx (OLE package {name}), value in a hidden sheet', visibility='visible when the workbook is opened and the sheet unhidden')

TECH = {
 'comment_reply': t_comment_reply, 'comment_anchor_split': t_comment_anchor_split, 'flddata_b64': t_flddata_b64,
 'hyperlink_field_code': t_hyperlink_field_code, 'addin_field_code': t_addin_field_code, 'docpr_name': t_docpr_name,
 'pic_hlink_tooltip': t_pic_hlink_tooltip, 'img_in_footnote': t_img_in_footnote, 'img_split_two': t_img_split_two,
 'png_exif_chunk': t_png_exif_chunk, 'jpeg_usercomment_utf16': t_jpeg_usercomment_utf16, 'apng_frame2': t_apng_frame2,
 'tiff_page2': t_tiff_page2, 'png_alpha_text': t_png_alpha_text, 'img_dark_mode': t_img_dark_mode,
 'svg_embedded_raster': t_svg_embedded_raster, 'svg_char_texts': t_svg_char_texts, 'altchunk_docx': t_altchunk_docx,
 'altchunk_mht_qp': t_altchunk_mht_qp, 'orphan_part': t_orphan_part, 'unused_rel': t_unused_rel,
 'caps_style_chain': t_caps_style_chain, 'app_titles': t_app_titles, 'docx_in_docx_header': t_docx_in_docx_header,
 'xlsx_hidden_sheet': t_xlsx_hidden_sheet,
}
LETTER_KINDS = ['serial', 'eui64', 'name', 'address', 'postcode', 'email']
PIXEL = {'img_in_footnote', 'img_split_two', 'png_alpha_text', 'img_dark_mode', 'svg_embedded_raster', 'svg_char_texts'}

def build(item, outdir):
    pkg = Pkg(f'{ROOT}/bases/{item["base"]}.docx')
    rng = random.Random(item['id'])
    info = TECH[item['technique']](pkg, item['text'], item['target'], rng)
    os.makedirs(outdir, exist_ok=True)
    path = f'{outdir}/{item["id"]}.docx'
    pkg.save(path)
    return info, path

def main():
    rng = random.Random(4747)
    items = []
    n = 0
    for tech in TECH:
        kinds = LETTER_KINDS if tech == 'caps_style_chain' else list(idents.KINDS)
        for kind in kinds:
            v = idents.KINDS[kind](rng)
            if kind == 'eui64' and tech == 'caps_style_chain' and ' ' not in v:
                v = v.lower()
            ctx = rng.choice(idents.CONTEXT[kind])
            text = ctx.format(v=v)
            if tech == 'caps_style_chain':
                text = text.lower(); v = v.lower()
            items.append(dict(id=f'a{n:03d}_{tech}_{kind}', kind=kind, value=v, text=text, target=v, technique=tech,
                              base=BASES[n % 4], control=False))
            n += 1
    # controls: 40, same techniques, only non-identifiers
    techs = list(TECH)
    for c in range(40):
        tech = techs[(c * 7) % len(techs)]
        ks = rng.sample(idents.KEEPS, 3)
        text = f'Ref {ks[0][0]} {ks[1][0]} at {ks[2][0]}'
        if tech == 'caps_style_chain': text = text.lower()
        tgt = ks[0][0].lower() if tech == 'caps_style_chain' else ks[0][0]
        items.append(dict(id=f'c{c:03d}_{tech}', kind='control', value=None, text=text, target=tgt, technique=tech,
                          base=BASES[c % 4], control=True, keeps=[list(k) for k in ks]))
    truth = []
    for it in items:
        info, path = build(it, f'{ROOT}/corpus')
        it.update(info); it['file'] = os.path.relpath(path, ROOT)
        truth.append(it)
    with open(f'{ROOT}/truth_gen.json', 'w') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(truth), 'files')

if __name__ == '__main__':
    main()
