"""Alteration techniques. Each takes (p, text, ident) and returns (how, verify, note).
verify: 'render' (LibreOffice PDF text), 'ocr' (rendered page OCR), 'imgocr' (OCR of the embedded image file),
'extract' (independent deep extraction of the package), 'word' (Word-only rendering, spec note + extract)."""
import base64, io, random, struct, zipfile, re, codecs
from xml.sax.saxutils import escape as xesc
from pkg import para, run, inline_pic, cfb, ole10native, PACKAGE_CLSID, NS
import imgs

TECHS = []


def tech(name, verify='render', note=''):
    def d(f):
        TECHS.append((name, f, verify, note))
        return f
    return d


def qa(s):
    return xesc(s, {'"': '&quot;'})


def pieces(text, ident, n):
    i = text.find(ident) if ident else -1
    if i < 0:
        i, L = 0, len(text)
    else:
        L = len(ident)
    cuts = sorted(set(i + max(1, min(L - 1, round(L * k / n))) for k in range(1, n)))
    out, last = [], 0
    for c in cuts:
        out.append(text[last:c]); last = c
    out.append(text[last:])
    return out


def join_ident(text, ident, sep):
    """put sep between every char / group of ident inside text"""
    i = text.find(ident)
    if i < 0:
        return sep.join(text)
    return text[:i] + sep.join(ident) + text[i + len(ident):]


def group_ident(text, ident, sep, g=4):
    i = text.find(ident)
    if i < 0:
        return text
    core = ident.replace(' ', '').replace('-', '')
    grp = sep.join(core[k:k + g] for k in range(0, len(core), g))
    return text[:i] + grp + text[i + len(ident):]


# ---------------- runs / paragraphs / tables
@tech('runs_per_char')
def _(p, t, i):
    rs = ''.join(run(ch, '<w:b/>' if k % 2 else '<w:i/>') for k, ch in enumerate(t))
    p.body_append('<w:p>%s</w:p>' % rs)
    return 'every character in its own run with alternating bold/italic formatting'


@tech('runs_proof_bookmark')
def _(p, t, i):
    a, b, c = pieces(t, i, 3)
    p.body_append('<w:p>%s<w:proofErr w:type="spellStart"/>%s<w:bookmarkStart w:id="77" w:name="_Hlk1"/><w:bookmarkEnd w:id="77"/>%s<w:proofErr w:type="spellEnd"/></w:p>' % (run(a), run(b), run(c)))
    return 'split in three runs separated by proofErr and an empty bookmark'


@tech('runs_rsid_lang')
def _(p, t, i):
    ps = pieces(t, i, 4)
    rs = ''.join('<w:r w:rsidR="00A1B%03d"><w:rPr><w:lang w:val="%s"/><w:color w:val="%s"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (k, ['en-GB', 'fr-FR', 'de-DE', 'en-US'][k % 4], ['000000', '1F1F1F', '202020', '111111'][k % 4], xesc(s)) for k, s in enumerate(ps))
    p.body_append('<w:p>%s</w:p>' % rs)
    return 'split in four runs with differing rsid/lang/colour (typical of Word edits)'


@tech('two_paragraphs')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append(para(a) + para(b))
    return 'split across two adjacent paragraphs'


@tech('three_paragraphs_quote')
def _(p, t, i):
    ps = pieces(t, i, 3)
    p.body_append(''.join(para('> ' + s) for s in ps))
    return 'split across three adjacent paragraphs each with a "> " quote prefix'


def tbl(cells, borders=False):
    b = '' if borders else '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    w = 9000 // len(cells)
    tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc>' % (w, para(c)) for c in cells)
    grid = ''.join('<w:gridCol w:w="%d"/>' % w for _ in cells)
    return '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid><w:tr>%s</w:tr></w:tbl>' % (b, grid, tcs)


@tech('borderless_cells_2')
def _(p, t, i):
    p.body_append(tbl(pieces(t, i, 2)) + para(''))
    return 'split across two borderless, zero-margin table cells'


@tech('borderless_cells_4')
def _(p, t, i):
    p.body_append(tbl(pieces(t, i, 4)) + para(''))
    return 'split across four borderless table cells'


@tech('table_rows_vertical')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    rows = ''.join('<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>' % para(s) for s in (a, b))
    p.body_append('<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>%s</w:tbl>' % rows + para(''))
    return 'split across two rows of a one-column table (one above the other)'


@tech('nested_table')
def _(p, t, i):
    inner = tbl(pieces(t, i, 2))
    p.body_append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>%s%s</w:tc></w:tr></w:tbl>' % (para('Notes'), inner + para('')) + para(''))
    return 'split across two cells of a borderless table nested in another table'


@tech('sym_digits')
def _(p, t, i):
    out = []
    for ch in t:
        if ch.isdigit():
            out.append('<w:r><w:sym w:font="Arial" w:char="%04X"/></w:r>' % ord(ch))
        else:
            out.append(run(ch))
    p.body_append('<w:p>%s</w:p>' % ''.join(out))
    return 'every digit written as a w:sym element (font Arial, char 003x)'


@tech('line_break_inside')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t><w:br/><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (xesc(a), xesc(b)))
    return 'split by a w:br line break inside one run'


@tech('tab_between')
def _(p, t, i):
    a, b, c = pieces(t, i, 3)
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t><w:tab/><w:t xml:space="preserve">%s</w:t><w:tab/><w:t>%s</w:t></w:r></w:p>' % (xesc(a), xesc(b), xesc(c)))
    return 'groups separated by w:tab elements'


@tech('cr_between')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t><w:cr/><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (xesc(a), xesc(b)))
    return 'split by a w:cr carriage return element'


@tech('softhyphen_elem')
def _(p, t, i):
    ps = pieces(t, i, 3)
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t><w:softHyphen/><w:t xml:space="preserve">%s</w:t><w:softHyphen/><w:t>%s</w:t></w:r></w:p>' % tuple(xesc(s) for s in ps))
    return 'w:softHyphen elements between groups (invisible unless the line breaks there)'


@tech('nobreakhyphen_elem')
def _(p, t, i):
    ps = pieces(t, i, 3)
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t><w:noBreakHyphen/><w:t xml:space="preserve">%s</w:t><w:noBreakHyphen/><w:t>%s</w:t></w:r></w:p>' % tuple(xesc(s) for s in ps))
    return 'w:noBreakHyphen elements between groups'


# ---------------- fields
@tech('field_simple')
def _(p, t, i):
    p.body_append('<w:p><w:fldSimple w:instr=" DOCPROPERTY Reference \\* MERGEFORMAT ">%s</w:fldSimple></w:p>' % ''.join(run(s) for s in pieces(t, i, 2)))
    return 'result of a w:fldSimple DOCPROPERTY field, split in two runs'


@tech('field_complex_result')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADDIN EvidenceRef </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % (run(a), run(b)))
    return 'cached result of a complex REF field (begin/instr/separate/result/end), result split over two runs'


@tech('field_quote_instr', 'word', 'Word shows the QUOTE text after F9/update or on print with update fields; the cached result is empty/harmless. Extractable from w:instrText.')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>see field</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % xesc(t))
    return 'only inside the instruction of a dirty QUOTE field (cached result harmless)'


@tech('field_instr_split', 'word', 'Instruction text split across three instrText runs; Word evaluates the joined instruction.')
def _(p, t, i):
    ps = pieces(t, i, 3)
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "%s</w:instrText></w:r><w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r><w:r><w:instrText xml:space="preserve">%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>-</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % tuple(xesc(s) for s in ps))
    return 'QUOTE field instruction split across three w:instrText runs'


@tech('field_docproperty_custom')
def _(p, t, i):
    add_custom_prop(p, 'SupplyRef', t)
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY SupplyRef </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % run(t))
    return 'custom document property shown in the body by a DOCPROPERTY field (result cached)'


@tech('toc_cached_result')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % xesc(t))
    return 'cached table-of-contents entry inside a TOC field result spanning paragraphs'


# ---------------- hyperlinks / bookmarks
@tech('hyperlink_text')
def _(p, t, i):
    rid = p.add_rel('word/document.xml', 'hyperlink', 'https://portal.example.org/case/42', external=True)
    p.body_append('<w:p><w:hyperlink r:id="%s">%s</w:hyperlink></w:p>' % (rid, ''.join(run(s, '<w:u w:val="single"/>') for s in pieces(t, i, 3))))
    return 'display text of a hyperlink, split in three runs'


@tech('hyperlink_target', 'extract', 'URL shown by Word on hover (ScreenTip shows the address) and by Edit Hyperlink; not in the page text.')
def _(p, t, i):
    rid = p.add_rel('word/document.xml', 'hyperlink', 'https://portal.example.org/lookup?q=' + t.replace(' ', '%20'), external=True)
    p.body_append('<w:p><w:hyperlink r:id="%s">%s</w:hyperlink></w:p>' % (rid, run('portal lookup', '<w:u w:val="single"/>')))
    return 'only in the external hyperlink target URL (relationship Target, spaces %20)'


@tech('hyperlink_tooltip', 'extract', 'w:tooltip is the ScreenTip Word shows on hover.')
def _(p, t, i):
    p.body_append('<w:p><w:hyperlink w:anchor="_top" w:tooltip="%s">%s</w:hyperlink></w:p>' % (qa(t), run('back to top')))
    return 'only in the hyperlink w:tooltip (hover ScreenTip)'


@tech('hyperlink_field_tooltip', 'word', 'HYPERLINK field with \\o tooltip: Word shows it on hover.')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://portal.example.org/" \\o "%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % (xesc(t), run('portal')))
    return 'only in the \\o tooltip of a HYPERLINK field instruction'


@tech('bookmark_name', 'extract', 'Bookmark names are listed in Word Insert > Bookmark and in the navigation pane.')
def _(p, t, i):
    nm = 'ref_' + re.sub(r'[^A-Za-z0-9]', '_', i)
    p.body_append('<w:p><w:bookmarkStart w:id="88" w:name="%s"/>%s<w:bookmarkEnd w:id="88"/></w:p>' % (nm, run('see bookmark')))
    return 'only in a bookmark name (non-alphanumerics as underscores)'


# ---------------- header/footer/notes/comments
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s xmlns:w="%s" xmlns:r="%s" xmlns:v="%s" xmlns:o="%s" xmlns:w10="%s" xmlns:wp="%s" xmlns:a="%s" xmlns:pic="%s">%s</w:%s>'


def add_hf(p, kind, inner, typ='default'):
    tag = 'hdr' if kind == 'header' else 'ftr'
    n = 'word/%s%d.xml' % (kind, p.nid())
    p.set(n, HDR % (tag, NS['w'], NS['r'], NS['v'], NS['o'], NS['w10'], NS['wp'], NS['a'], NS['pic'], inner, tag))
    p.ct_override(n, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml' % kind)
    rid = p.add_rel('word/document.xml', kind, n.split('/', 1)[1])
    s = p.get('word/document.xml')
    j = s.rfind('<w:sectPr')
    k = s.find('>', j)
    # remove an existing reference of the same kind/type so ours is used
    sect = s[j:]
    sect = re.sub(r'<w:%sReference [^>]*w:type="%s"[^>]*/>' % (kind, typ), '', sect)
    k = sect.find('>')
    if sect[k - 1] == '/':
        sect = sect[:k - 1] + '>' + '<w:%sReference w:type="%s" r:id="%s"/></w:sectPr>' % (kind, typ, rid) + sect[k + 1:]
    else:
        sect = sect[:k + 1] + '<w:%sReference w:type="%s" r:id="%s"/>' % (kind, typ, rid) + sect[k + 1:]
    p.set('word/document.xml', s[:j] + sect)
    return n


@tech('header_text')
def _(p, t, i):
    add_hf(p, 'header', '<w:p>%s</w:p>' % ''.join(run(s) for s in pieces(t, i, 2)))
    return 'page header (new header part), split in two runs'


@tech('footer_text')
def _(p, t, i):
    add_hf(p, 'footer', '<w:p>%s</w:p>' % ''.join(run(s, '<w:sz w:val="16"/>') for s in pieces(t, i, 2)))
    return 'page footer (new footer part replacing the default footer), 8 pt, split in two runs'


@tech('first_page_header')
def _(p, t, i):
    add_hf(p, 'header', para(t), typ='first')
    s = p.get('word/document.xml')
    j = s.rfind('<w:sectPr')
    k = s.find('</w:sectPr>', j)
    p.set('word/document.xml', s[:k] + '<w:titlePg/>' + s[k:])
    return 'first-page header (titlePg)'


@tech('even_footer', 'extract', 'Even-page footer: shown by Word only when evenAndOddHeaders is on and there is a 2nd page; here evenAndOddHeaders is set in settings.')
def _(p, t, i):
    add_hf(p, 'footer', para(t), typ='even')
    s = p.get('word/settings.xml')
    s = re.sub(r'(<w:settings[^>]*>)', r'\1<w:evenAndOddHeaders/>', s, 1)
    p.set('word/settings.xml', s)
    return 'even-page footer with evenAndOddHeaders on'


NOTE_HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%ss xmlns:w="%s" xmlns:r="%s"><w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s><w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s><w:%s w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>%s</w:p></w:%s></w:%ss>'


def add_note(p, kind, body):
    n = 'word/%ss.xml' % kind
    if p.has(n):
        raise RuntimeError('has notes')
    p.set(n, NOTE_HDR % (kind, NS['w'], NS['r'], kind, kind, kind, kind, kind, kind, body, kind, kind))
    p.ct_override(n, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml' % kind)
    p.add_rel('word/document.xml', '%ss' % kind, '%ss.xml' % kind)
    p.body_append('<w:p>%s<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="1"/></w:r></w:p>' % (run('Observation recorded'), kind))


@tech('footnote')
def _(p, t, i):
    add_note(p, 'footnote', ''.join(run(s) for s in pieces(t, i, 2)))
    return 'footnote text (new footnotes part), split in two runs'


@tech('endnote')
def _(p, t, i):
    add_note(p, 'endnote', run(' ' + t))
    return 'endnote text (new endnotes part)'


def add_comment(p, body, author='Reviewer', initials='RV'):
    cid = 900 + p.nid()
    c = '<w:comment w:id="%d" w:author="%s" w:initials="%s" w:date="2026-12-01T10:00:00Z"><w:p>%s</w:p></w:comment>' % (cid, qa(author), qa(initials), body)
    if p.has('word/comments.xml'):
        s = p.get('word/comments.xml')
        p.set('word/comments.xml', s.replace('</w:comments>', c + '</w:comments>'))
    else:
        p.set('word/comments.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s" xmlns:r="%s">%s</w:comments>' % (NS['w'], NS['r'], c))
        p.ct_override('word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
        p.add_rel('word/document.xml', 'comments', 'comments.xml')
    p.body_append('<w:p><w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r></w:p>' % (cid, run('Step 2 outcome'), cid, cid))


@tech('comment_text', 'extract', 'Comment shown in the Word/LibreOffice comment margin and Reviewing pane; LibreOffice PDF export omits comments, so verified by parsing comments.xml.')
def _(p, t, i):
    add_comment(p, ''.join(run(s) for s in pieces(t, i, 2)))
    return 'comment body (comments part), split in two runs'


@tech('comment_author', 'extract', 'Comment author is shown in the comment balloon/pane in Word and LibreOffice (not printed by default).')
def _(p, t, i):
    add_comment(p, run('checked'), author=t, initials='X')
    return 'only in the w:author attribute of a comment'


@tech('tracked_insert_author', 'extract', 'Revision author is shown in Word Track Changes balloons / Reviewing pane.')
def _(p, t, i):
    p.body_append('<w:p><w:ins w:id="501" w:author="%s" w:date="2026-12-01T10:00:00Z">%s</w:ins></w:p>' % (qa(t), run('Step re-run after fix')))
    return 'only in the author of a tracked insertion'


@tech('tracked_deletion')
def _(p, t, i):
    p.body_append('<w:p>%s<w:del w:id="502" w:author="Tester" w:date="2026-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del></w:p>' % (run('Data: '), xesc(t)))
    return 'tracked deletion (w:del/w:delText), shown struck through in the default markup view'


@tech('tracked_move_from')
def _(p, t, i):
    p.body_append('<w:p><w:moveFrom w:id="503" w:author="Tester" w:date="2026-12-01T10:00:00Z"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:moveFrom></w:p>' % xesc(t))
    return 'tracked move source (w:moveFrom)'


# ---------------- text boxes / shapes / watermark / alt text
@tech('textbox_dml')
def _(p, t, i):
    txb = para(t)
    x = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="5" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
         '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
         '<wp:extent cx="4500000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="%d" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
         '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4500000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
         '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
         '<mc:Fallback><w:pict><v:rect style="width:354pt;height:39pt" stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>') % (p.nid(), txb, txb)
    p.body_append(x + para('') + para(''), ns=['mc', 'wp', 'a', 'wps', 'v'])
    return 'DrawingML text box (wps:txbx, borderless) with VML fallback'


@tech('textbox_vml')
def _(p, t, i):
    x = '<w:p><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="tb%d" type="#_x0000_t202" style="width:360pt;height:40pt" stroked="f"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>' % (p.nid(), ''.join(para(s) for s in [t]))
    p.body_append(x, ns=['v', 'o'])
    return 'legacy VML text box (v:shape/v:textbox)'


@tech('textbox_two_boxes')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    x = ''.join('<w:r><w:pict><v:rect style="position:absolute;margin-left:%dpt;margin-top:0;width:200pt;height:30pt;z-index:%d" stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:rect></w:pict></w:r>' % (ml, k + 3, para(s)) for k, (ml, s) in enumerate([(0, a), (200, b)]))
    p.body_append('<w:p>%s</w:p>' % x + para('') + para(''), ns=['v', 'o'])
    return 'two adjacent borderless VML text boxes each holding one half'


@tech('watermark_vml_textpath', 'word', 'VML textpath watermark: Word draws it diagonally behind the text on every page. LibreOffice imports it as Fontwork outlines (no PDF text, page OCR of the pale diagonal text failed), so verified by extracting the string= attribute.')
def _(p, t, i):
    inner = ('<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
             '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:480pt;height:60pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
             '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>') % qa(t)
    add_hf(p, 'header', inner)
    return 'watermark in header: VML textpath string= attribute'


@tech('picture_alt_descr', 'extract', 'Alt text (Format Picture > Alt Text) is shown by Word, read aloud by screen readers and exported to PDF tags.')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, 3000000, 400000, descr=t, title='Screenshot'))
    return 'only in a picture alt text (wp:docPr/@descr and pic:cNvPr/@descr)'


@tech('picture_title', 'extract', 'Alt-text title shown by Word Alt Text pane / as tooltip.')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, 3000000, 400000, descr='screenshot', title=t))
    return 'only in a picture alt-text title (wp:docPr/@title)'


@tech('picture_name', 'extract', 'Shape name is shown in Word Selection Pane.')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, 3000000, 400000, name=t))
    return 'only in the drawing object name (docPr/@name, Selection Pane)'


@tech('picture_hlink_tooltip', 'extract', 'Picture hyperlink ScreenTip (a:hlinkClick tooltip) shown on hover.')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    hr = p.add_rel('word/document.xml', 'hyperlink', 'https://portal.example.org/', external=True)
    x = inline_pic(rid, 3000000, 400000).replace('<wp:cNvGraphicFramePr>', '<wp:cNvGraphicFramePr>', 1)
    x = re.sub(r'(<wp:docPr [^>]*?)/>', r'\1><a:hlinkClick xmlns:a="%s" r:id="%s" tooltip="%s"/></wp:docPr>' % (NS['a'], hr, qa(t)), x, 1)
    p.body_append('<w:p>%s</w:p>' % x)
    return 'only in the tooltip of a picture hyperlink (a:hlinkClick/@tooltip)'


@tech('vml_alt', 'extract', 'VML alt= is the shape alt text shown by Word.')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    p.body_append('<w:p><w:r><w:pict><v:shape id="pic%d" style="width:240pt;height:30pt" alt="%s"><v:imagedata r:id="%s" o:title="capture"/></v:shape></w:pict></w:r></w:p>' % (p.nid(), qa(t), rid), ns=['v', 'o'])
    return 'only in a VML shape alt attribute'


@tech('vml_imagedata_title', 'extract', 'o:title on VML imagedata (image title shown in Word properties).')
def _(p, t, i):
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    p.body_append('<w:p><w:r><w:pict><v:shape id="pic%d" style="width:240pt;height:30pt"><v:imagedata r:id="%s" o:title="%s"/></v:shape></w:pict></w:r></w:p>' % (p.nid(), rid, qa(t)), ns=['v', 'o'])
    return 'only in VML v:imagedata o:title'


@tech('mc_fallback_only')
def _(p, t, i):
    x = '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99x"><w:t>Summary</w:t></mc:Choice><mc:Fallback><w:t xml:space="preserve">%s</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>' % xesc(t)
    p.body_append(x, ns=['mc'])
    s = p.get('word/document.xml')
    s = re.sub(r'(<w:document[^>]*?)>', r'\1 xmlns:w99x="urn:example:unknown-ext">', s, 1)
    p.set('word/document.xml', s)
    return 'mc:AlternateContent whose Choice requires an unknown namespace, so readers render the Fallback that holds it'


# ---------------- content controls
def sdt(pr, content_runs, block=True):
    if block:
        return '<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>' % (pr, content_runs)
    return '<w:p><w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt></w:p>' % (pr, content_runs)


@tech('sdt_alias', 'extract', 'Content-control title (alias) is shown by Word on the control tab when selected.')
def _(p, t, i):
    p.body_append(sdt('<w:alias w:val="%s"/><w:id w:val="11"/>' % qa(t), run('Pass')))
    return 'only in a content control alias (title)'


@tech('sdt_tag', 'extract', 'Content-control tag shown in design mode and Properties dialog.')
def _(p, t, i):
    p.body_append(sdt('<w:tag w:val="%s"/><w:id w:val="12"/>' % qa(t), run('Pass')))
    return 'only in a content control tag'


@tech('sdt_content_split')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append('<w:p>%s%s</w:p>' % (run(a), '<w:sdt><w:sdtPr><w:id w:val="13"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run(b)))
    return 'half in a plain run, half inside an inline plain-text content control'


@tech('sdt_dropdown_display', 'extract', 'Dropdown entry display text shown in the Word dropdown list when opened.')
def _(p, t, i):
    p.body_append(sdt('<w:id w:val="14"/><w:dropDownList><w:listItem w:displayText="Pass" w:value="1"/><w:listItem w:displayText="%s" w:value="2"/></w:dropDownList>' % qa(t), run('Pass'), block=False))
    return 'only in the displayText of a second dropdown list item (selected item harmless)'


@tech('sdt_combo_value', 'extract', 'Combo box item value (used as text when chosen).')
def _(p, t, i):
    p.body_append(sdt('<w:id w:val="15"/><w:comboBox><w:listItem w:displayText="Other" w:value="%s"/></w:comboBox>' % qa(t), run('Other'), block=False))
    return 'only in the value of a combo box list item'


@tech('sdt_dropdown_selected')
def _(p, t, i):
    p.body_append(sdt('<w:id w:val="16"/><w:dropDownList><w:listItem w:displayText="%s" w:value="%s"/></w:dropDownList>' % (qa(t), qa(t)), run(t), block=False))
    return 'selected dropdown content control (shown text, displayText and value)'


@tech('sdt_databinding', 'word', 'Word refreshes a bound content control from its customXml part on open, so the stored value replaces the harmless cached text.')
def _(p, t, i):
    n = 'customXml/item%d.xml' % p.nid()
    p.set(n, '<?xml version="1.0" encoding="UTF-8"?><evidence xmlns="urn:example:ev"><supply>%s</supply></evidence>' % xesc(t))
    pn = n.replace('item', 'itemProps')
    p.set(pn, '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
    p.ct_override(pn, 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.add_rel(n, 'customXmlProps', pn.split('/')[-1])
    p.add_rel('word/document.xml', 'customXml', '../' + n)
    p.body_append(sdt('<w:id w:val="17"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:example:ev\'" w:xpath="/ns0:evidence[1]/ns0:supply[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>', run('value'), block=False))
    return 'content control bound (w:dataBinding) to a customXml part holding it; cached text harmless'


@tech('sdt_placeholder_glossary', 'render', 'Empty content control shows its placeholder docPart (from the glossary document) in Word.')
def _(p, t, i):
    add_glossary(p, 'DefaultPlaceholder_99', t)
    p.body_append(sdt('<w:id w:val="18"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_99"/></w:placeholder><w:showingPlcHdr/><w:text/>', run(t, '<w:rStyle w:val="PlaceholderText"/>'), block=False))
    return 'placeholder text of a content control (showingPlcHdr), placeholder docPart in the glossary document'


def add_glossary(p, name, t):
    g = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="%s" xmlns:r="%s"><w:docParts><w:docPart><w:docPartPr><w:name w:val="%s"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{11111111-2222-3333-4444-555555555555}"/></w:docPartPr><w:docPartBody><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>') % (NS['w'], NS['r'], qa(name), xesc(t))
    p.set('word/glossary/document.xml', g)
    p.ct_override('word/glossary/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml')
    p.add_rel('word/document.xml', 'glossaryDocument', 'glossary/document.xml')


@tech('glossary_building_block', 'extract', 'Building block (Quick Parts / AutoText) stored in the document glossary; listed and insertable in Word.')
def _(p, t, i):
    add_glossary(p, 'SiteDetails', t)
    return 'only in a glossary document building block body'


# ---------------- settings / properties / styles / numbering
def settings_insert(p, xml):
    s = p.get('word/settings.xml')
    # docVars etc. must come late in CT_Settings; insert before </w:settings> (permissive readers) or before w:rsids/mathPr if present
    m = re.search(r'<w:(rsids|m:mathPr|mathPr|themeFontLang|clrSchemeMapping|doNotIncludeSubdocsInStats|shapeDefaults|decimalSymbol|listSeparator)\b', s)
    pos = m.start() if m else s.rfind('</w:settings>')
    p.set('word/settings.xml', s[:pos] + xml + s[pos:])


@tech('docvar', 'extract', 'Document variables are readable in Word via DOCVARIABLE fields / VBA; carried in the file.')
def _(p, t, i):
    settings_insert(p, '<w:docVars><w:docVar w:name="SupplyRef" w:val="%s"/></w:docVars>' % qa(t))
    return 'only in a w:docVar value in settings.xml'


@tech('docvar_field')
def _(p, t, i):
    settings_insert(p, '<w:docVars><w:docVar w:name="Site" w:val="%s"/></w:docVars>' % qa(t))
    p.body_append('<w:p><w:fldSimple w:instr=" DOCVARIABLE Site ">%s</w:fldSimple></w:p>' % run(t))
    return 'docVar shown in the body by a DOCVARIABLE field (cached result)'


@tech('docvar_base64', 'extract', 'Base64 of the identifier in a docVar value (decodable by anyone).')
def _(p, t, i):
    settings_insert(p, '<w:docVars><w:docVar w:name="blob" w:val="%s"/></w:docVars>' % base64.b64encode(t.encode()).decode())
    return 'base64-encoded in a docVar attribute value'


@tech('settings_attached_template', 'extract', 'Attached template path shown in Word Developer > Document Template.')
def _(p, t, i):
    rid = p.add_rel('word/settings.xml', 'attachedTemplate', 'file:///C:/Templates/' + re.sub(r'[^A-Za-z0-9]', '_', t) + '.dotm', external=True)
    settings_insert(p, '<w:attachedTemplate r:id="%s"/>' % rid)
    s = p.get('word/settings.xml')
    if 'xmlns:r=' not in s[:2000]:
        p.ensure_ns('word/settings.xml', ['r'])
    return 'in the attached template path (settings relationship, non-alphanumerics as _)'


@tech('settings_mailmerge', 'extract', 'Mail merge query is shown by Word when the document opens (SQL prompt) and in Mailings.')
def _(p, t, i):
    s = p.get('word/settings.xml')
    s = re.sub(r'(<w:settings[^>]*>)', r'\1<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/><w:query w:val="SELECT * FROM sites.csv WHERE site = \'%s\'"/></w:mailMerge>' % qa(t).replace('\\', '\\\\'), s, 1)
    p.set('word/settings.xml', s)
    return 'in the mail-merge query (w:mailMerge/w:query) in settings.xml'


def add_custom_prop(p, name, val):
    CT = 'application/vnd.openxmlformats-officedocument.custom-properties+xml'
    prop = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>' % (p.nid(), qa(name), xesc(val))
    if p.has('docProps/custom.xml'):
        s = p.get('docProps/custom.xml')
        if '<Properties' in s and '/>' in s[s.find('<Properties'):].split('>', 1)[0] + '>':
            s = re.sub(r'<Properties([^>]*)/>', r'<Properties\1></Properties>', s)
        p.set('docProps/custom.xml', s.replace('</Properties>', prop + '</Properties>'))
    else:
        p.set('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>' % prop)
        p.ct_override('docProps/custom.xml', CT)
        p.add_rel('', 'custom-properties', 'docProps/custom.xml')


@tech('custom_property', 'extract', 'Custom properties are shown in File > Properties > Custom (Word) and File > Properties (LibreOffice).')
def _(p, t, i):
    add_custom_prop(p, 'Site reference', t)
    return 'only in a custom document property (docProps/custom.xml)'


def core_set(p, tag, val):
    s = p.get('docProps/core.xml')
    s = re.sub(r'<%s[^>]*/>|<%s[^>]*>.*?</%s>' % (tag, tag, tag), '', s, flags=re.S)
    s = s.replace('</cp:coreProperties>', '<%s>%s</%s></cp:coreProperties>' % (tag, xesc(val), tag))
    if tag.startswith('dc:') and 'xmlns:dc=' not in s:
        s = s.replace('<cp:coreProperties', '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"', 1)
    p.set('docProps/core.xml', s)


@tech('core_title', 'extract', 'Title shown in the Word/LibreOffice window title bar (LibreOffice) and File > Info.')
def _(p, t, i):
    core_set(p, 'dc:title', t)
    return 'only in core property dc:title'


@tech('core_subject_keywords', 'extract', 'Subject/keywords shown in File > Info / Properties.')
def _(p, t, i):
    core_set(p, 'cp:keywords', 'evidence; ' + t)
    return 'only in core property cp:keywords'


@tech('core_description', 'extract', 'Comments (dc:description) shown in File > Properties.')
def _(p, t, i):
    core_set(p, 'dc:description', 'Evidence for ' + t)
    return 'only in core property dc:description (Comments)'


@tech('core_lastmodifiedby', 'extract', 'Last modified by shown in File > Info.')
def _(p, t, i):
    core_set(p, 'cp:lastModifiedBy', t)
    return 'only in core property cp:lastModifiedBy'


@tech('app_company', 'extract', 'Company / Manager shown in File > Properties.')
def _(p, t, i):
    s = p.get('docProps/app.xml')
    s = s.replace('</Properties>', '<Manager>%s</Manager></Properties>' % xesc(t))
    p.set('docProps/app.xml', s)
    return 'only in extended (app) property Manager'


@tech('title_field_visible')
def _(p, t, i):
    core_set(p, 'dc:title', t)
    p.body_append('<w:p><w:fldSimple w:instr=" TITLE ">%s</w:fldSimple></w:p>' % run(t))
    return 'core title shown in the body through a TITLE field (cached result)'


def style_add(p, xml):
    s = p.get('word/styles.xml')
    p.set('word/styles.xml', s.replace('</w:styles>', xml + '</w:styles>'))


@tech('style_name', 'extract', 'Style names are shown in the Word Styles gallery/pane and LibreOffice sidebar when the style is used.')
def _(p, t, i):
    style_add(p, '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Evx1"><w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>' % qa(t))
    p.body_append('<w:p><w:pPr><w:pStyle w:val="Evx1"/></w:pPr>%s</w:p>' % run('Outcome noted.'))
    return 'only in the name of a (used, quick-format) paragraph style'


@tech('style_alias', 'extract', 'Style aliases are displayed with the name in the Word Styles pane.')
def _(p, t, i):
    style_add(p, '<w:style w:type="character" w:customStyle="1" w:styleId="Evx2"><w:name w:val="Evidence note"/><w:aliases w:val="%s"/><w:qFormat/></w:style>' % qa(t))
    p.body_append('<w:p><w:r><w:rPr><w:rStyle w:val="Evx2"/></w:rPr><w:t>Outcome noted.</w:t></w:r></w:p>')
    return 'only in a style w:aliases value'


@tech('numbering_lvltext')
def _(p, t, i):
    lt = qa(t.replace('%', '')) + ' %1.'
    absn = '<w:abstractNum w:abstractNumId="77"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="5000" w:hanging="5000"/></w:pPr></w:lvl></w:abstractNum>' % lt
    num = '<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>'
    if p.has('word/numbering.xml'):
        s = p.get('word/numbering.xml')
        k = s.find('<w:num ')
        if k < 0:
            k = s.find('</w:numbering>')
        s = s[:k] + absn + s[k:]
        s = s.replace('</w:numbering>', num + '</w:numbering>')
        p.set('word/numbering.xml', s)
    else:
        p.set('word/numbering.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">%s%s</w:numbering>' % (NS['w'], absn, num))
        p.ct_override('word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml')
        p.add_rel('word/document.xml', 'numbering', 'numbering.xml')
    p.body_append('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr></w:pPr>%s</w:p>' % run('recorded'))
    return 'literal text of a numbering level (w:lvlText) on a used list paragraph'


# ---------------- legacy form fields
def formfield(ffdata, result):
    return '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData>%s</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % (ffdata, result)


@tech('formtext_default_shown')
def _(p, t, i):
    p.body_append(formfield('<w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="%s"/></w:textInput>' % qa(t), run(t)))
    return 'legacy text form field: default value and its displayed result'


@tech('formtext_default_only', 'extract', 'Form-field default text shown in Word Form Field Options and restored when the form is reset/protected.')
def _(p, t, i):
    p.body_append(formfield('<w:name w:val="Text2"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="%s"/></w:textInput>' % qa(t), run('\u2002' * 5)))
    return 'only in a legacy text form-field default value (result blank)'


@tech('formfield_help_status', 'extract', 'Status-bar/help (F1) text shown by Word when the field is entered.')
def _(p, t, i):
    p.body_append(formfield('<w:name w:val="Text3"/><w:enabled/><w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="%s"/><w:statusText w:type="text" w:val="%s"/><w:textInput/>' % (qa(t), qa(t)), run('\u2002' * 5)))
    return 'only in a legacy form field help text and status text'


@tech('formfield_dropdown_entry', 'extract', 'Drop-down form field entries are listed by Word when the field is clicked.')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:listEntry w:val="Pass"/><w:listEntry w:val="%s"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % qa(t))
    return 'only in the second entry of a legacy drop-down form field'


# ---------------- altChunk
def altchunk(p, data, ext, ctype=None):
    n = 'word/afchunk%d.%s' % (p.nid(), ext)
    p.set(n, data)
    if ctype:
        p.ct_override(n, ctype)
    else:
        p.ct_default(ext)
    rid = p.add_rel('word/document.xml', 'aFChunk', n.split('/', 1)[1])
    p.body_append('<w:altChunk r:id="%s"/>' % rid)


@tech('altchunk_html', 'word', 'Word imports the altChunk on open; LibreOffice ignores HTML altChunks (not in its PDF).')
def _(p, t, i):
    altchunk(p, ('<html><body><p>Site record: %s</p></body></html>' % xesc(t)).encode(), 'html')
    return 'altChunk HTML part'


@tech('altchunk_html_split', 'word', 'Word imports the altChunk on open; LibreOffice ignores HTML altChunks.')
def _(p, t, i):
    a, b, c = pieces(t, i, 3)
    h = '<html><body><p>%s<b>%s</b><wbr>%s</p></body></html>' % (xesc(a).replace(' ', '&nbsp;'), xesc(b), xesc(c))
    altchunk(p, h.encode(), 'html')
    return 'altChunk HTML with &nbsp;, <b> and <wbr> splitting the value'


@tech('altchunk_html_entities', 'word', 'Word imports the altChunk on open; LibreOffice ignores HTML altChunks.')
def _(p, t, i):
    h = '<html><body><p>%s</p></body></html>' % ''.join('&#%d;' % ord(c) for c in t)
    altchunk(p, h.encode(), 'htm')
    return 'altChunk HTML with every character as a decimal entity'


@tech('altchunk_rtf', 'word', 'Word imports the RTF altChunk on open; LibreOffice ignores it.')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    r = '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 %s{\\b %s}\\par}' % (a, b)
    altchunk(p, r.encode(), 'rtf')
    return 'altChunk RTF part (value split by a {\\b } group)'


@tech('altchunk_text', 'word', 'Word imports the text altChunk on open; LibreOffice ignores it.')
def _(p, t, i):
    altchunk(p, ('Witness note\r\n' + t + '\r\n').encode(), 'txt')
    return 'altChunk plain-text part'


@tech('altchunk_text_utf16', 'word', 'Word imports a UTF-16 (BOM) text altChunk; LibreOffice ignores text altChunks.')
def _(p, t, i):
    altchunk(p, codecs.BOM_UTF16_LE + ('Witness note\r\n' + t + '\r\n').encode('utf-16-le'), 'txt')
    return 'altChunk plain-text part encoded UTF-16LE with BOM'


@tech('altchunk_mht', 'word', 'Word imports MHT altChunks; LibreOffice ignores them.')
def _(p, t, i):
    html = '<html><body><p>%s</p></body></html>' % xesc(t)
    qp = base64.b64encode(html.encode()).decode()
    m = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="BB"\r\n\r\n--BB\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: file:///C:/x.htm\r\n\r\n%s\r\n--BB--\r\n' % qp
    altchunk(p, m.encode(), 'mht')
    return 'altChunk MHT (MIME) part with the HTML base64-encoded'


def tiny_docx(t):
    import docx
    d = docx.Document()
    d.add_paragraph('Embedded evidence')
    d.add_paragraph(t)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


@tech('altchunk_docx', 'render', 'Word merges a .docx altChunk into the document on open; LibreOffice renders it too.')
def _(p, t, i):
    altchunk(p, tiny_docx(t), 'docx')
    return 'altChunk that is a whole nested .docx package holding it'


# ---------------- OLE
def ole_obj(p, bin_data, progid='Package', icon_text='Package', ext='bin'):
    icon = imgs.enc(imgs.text_img(icon_text, 18), 'PNG')
    rimg = p.add_media(icon, 'png')
    n = 'word/embeddings/oleObject%d.%s' % (p.nid(), ext)
    p.set(n, bin_data)
    if ext == 'bin':
        p.ct_default('bin')
        rt = 'oleObject'
    else:
        p.ct_default(ext)
        rt = 'package'
    rid = p.add_rel('word/document.xml', rt, n.split('/', 1)[1])
    sid = p.nid()
    p.body_append('<w:p><w:r><w:object w:dxaOrig="4000" w:dyaOrig="600"><v:shape id="_x0000_i%d" type="#_x0000_t75" style="width:200pt;height:30pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="%s" ShapeID="_x0000_i%d" DrawAspect="Icon" ObjectID="_17%05d" r:id="%s"/></w:object></w:r></w:p>' % (sid, rimg, progid, sid, sid, rid), ns=['v', 'o'])


@tech('ole_package_payload', 'extract', 'Double-clicking the embedded Package object in Word opens the text file.')
def _(p, t, i):
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('payload.txt', ('request ok\r\n' + t + '\r\n').encode()))], PACKAGE_CLSID), icon_text='payload.txt')
    return 'inside the file carried by an OLE Package object (\\x01Ole10Native stream)'


@tech('ole_label', 'ocr', 'Label of the OLE package (shown under the icon) rendered in the icon image.')
def _(p, t, i):
    lab = re.sub(r'[^A-Za-z0-9]', '_', t) + '.txt'
    ole_obj(p, cfb([('\x01Ole10Native', ole10native(lab, b'ok'))], PACKAGE_CLSID), icon_text=lab)
    return 'OLE package label/file name (shown under the icon; non-alphanumerics as _)'


@tech('ole_extra_stream', 'extract', 'Extra OLE stream; readable with any OLE viewer and Word macro tools.')
def _(p, t, i):
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('payload.txt', b'ok')), ('Notes', ('note: ' + t).encode())], PACKAGE_CLSID), icon_text='payload.txt')
    return 'in an extra UTF-8 stream "Notes" next to the Ole10Native stream'


@tech('ole_stream_utf16', 'extract', 'UTF-16LE text in an OLE stream.')
def _(p, t, i):
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('payload.txt', codecs.BOM_UTF16_LE + t.encode('utf-16-le')))], PACKAGE_CLSID), icon_text='payload.txt')
    return 'UTF-16LE (BOM) text file inside an OLE package'


@tech('ole_stream_utf32', 'extract', 'UTF-32 text in an OLE stream.')
def _(p, t, i):
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('log.txt', b'ok')), ('Data', t.encode('utf-32-le'))], PACKAGE_CLSID), icon_text='log.txt')
    return 'UTF-32LE text in an extra OLE stream "Data"'


@tech('ole_stream_base64', 'extract', 'Base64 of the identifier inside the OLE payload file.')
def _(p, t, i):
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('resp.txt', ('payload=' + base64.b64encode(t.encode()).decode()).encode()))], PACKAGE_CLSID), icon_text='resp.txt')
    return 'base64 inside the text file carried by an OLE package'


@tech('ole_nested_docx_package', 'extract', 'Embedded Word document (package part); opening it in Word shows the text.')
def _(p, t, i):
    ole_obj(p, tiny_docx(t), progid='Word.Document.12', icon_text='Document', ext='docx')
    return 'nested .docx package embedded as an object (word/embeddings/*.docx)'


@tech('ole_nested_zip_in_ole10native', 'extract', 'Zip carried by an OLE Package; inside it a text file.')
def _(p, t, i):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('evidence/notes.txt', t)
    ole_obj(p, cfb([('\x01Ole10Native', ole10native('evidence.zip', b.getvalue()))], PACKAGE_CLSID), icon_text='evidence.zip')
    return 'deflated text file in a zip carried by an OLE Package'


@tech('ole_xlsx_package', 'extract', 'Embedded spreadsheet; opening the object shows the cell.')
def _(p, t, i):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active['A1'] = 'site'
    wb.active['B1'] = t
    b = io.BytesIO()
    wb.save(b)
    ole_obj(p, b.getvalue(), progid='Excel.Sheet.12', icon_text='Worksheet', ext='xlsx')
    return 'cell of an embedded .xlsx package (shared strings)'


# ---------------- images (pixels)
def pic(p, data, ext, w=4800000, h=500000, ptext=''):
    rid = p.add_media(data, ext)
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, w, h), ns=['wp', 'a', 'pic'])


def aspect(im, width_emu=5400000):
    return width_emu, int(width_emu * im.height / im.width)


def pix(fmt, ext, name, desc, mode=None):
    @tech(name, 'ocr')
    def f(p, t, i):
        im = imgs.text_img(t, 40)
        if mode:
            im = im.convert(mode)
        pic(p, imgs.enc(im, fmt), ext, *aspect(im))
        return desc
    return f


pix('PNG', 'png', 'img_png_pixels', 'pixel text in a PNG picture')
pix('JPEG', 'jpeg', 'img_jpeg_pixels', 'pixel text in a JPEG picture')
pix('GIF', 'gif', 'img_gif_pixels', 'pixel text in a GIF picture')
pix('BMP', 'bmp', 'img_bmp_pixels', 'pixel text in a BMP picture')
pix('TIFF', 'tiff', 'img_tiff_pixels', 'pixel text in a TIFF picture')


@tech('img_rotated90', 'ocr', 'Verified by OCR of the page after rotating the rendered page image back.')
def _(p, t, i):
    im = imgs.text_img(t, 40).rotate(90, expand=True)
    pic(p, imgs.enc(im, 'PNG'), 'png', 700000, int(700000 * im.height / im.width))
    return 'pixel text rotated 90 degrees in a PNG'


@tech('img_rotated_via_xfrm', 'ocr', 'Image stored rotated 180 deg, displayed upright via a:xfrm rot; Word/LO show it readable.')
def _(p, t, i):
    im = imgs.text_img(t, 40).rotate(180)
    rid = p.add_media(imgs.enc(im, 'PNG'), 'png')
    w, h = aspect(im)
    x = inline_pic(rid, w, h).replace('<a:xfrm>', '<a:xfrm rot="10800000">')
    p.body_append('<w:p>%s</w:p>' % x)
    return 'PNG stored upside-down, shown upright by a 180-degree rotation in the drawing'


@tech('img_small', 'ocr', 'Small text (14 px glyphs) scaled to small size on the page.')
def _(p, t, i):
    im = imgs.text_img(t, 14, pad=4)
    pic(p, imgs.enc(im, 'PNG'), 'png', *aspect(im, 2200000))
    return 'small pixel text (14 px font) in a small PNG'


@tech('img_lowcontrast', 'ocr')
def _(p, t, i):
    im = imgs.text_img(t, 40, fg=(200, 200, 200), bg=(235, 235, 235))
    pic(p, imgs.enc(im, 'PNG'), 'png', *aspect(im))
    return 'low-contrast light-grey pixel text on a pale background'


@tech('img_inverted', 'ocr')
def _(p, t, i):
    im = imgs.text_img(t, 40, fg='white', bg=(20, 30, 60))
    pic(p, imgs.enc(im, 'PNG'), 'png', *aspect(im))
    return 'white pixel text on a dark background (screenshot style)'


@tech('img_in_screenshot', 'ocr')
def _(p, t, i):
    from PIL import ImageDraw, ImageFont
    from PIL import Image
    im = Image.new('RGB', (1400, 700), (240, 240, 240))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(imgs.FONT, 22)
    d.rectangle([0, 0, 1400, 50], fill=(30, 60, 120))
    d.text((20, 12), 'Registration portal - SIT-A', font=f, fill='white')
    for k, row in enumerate(['Request id  7f3a-22', 'Status  ACCEPTED', t, 'Response  200 OK']):
        d.text((40, 100 + 60 * k), row, font=f, fill='black')
    pic(p, imgs.enc(im, 'PNG'), 'png', *aspect(im))
    return 'one line of a screenshot-like PNG (form with other fields)'


@tech('img_tiled', 'ocr', 'Tiled: the value repeated in small type over a patterned background.')
def _(p, t, i):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new('RGB', (1600, 400), 'white')
    d = ImageDraw.Draw(im)
    for x in range(0, 1600, 40):
        d.line([(x, 0), (x, 400)], fill=(225, 225, 225))
    f = ImageFont.truetype(imgs.FONT, 26)
    for k in range(5):
        d.text((20 + (k % 2) * 200, 20 + 75 * k), t, font=f, fill=(60, 60, 60))
    pic(p, imgs.enc(im, 'PNG'), 'png', *aspect(im))
    return 'value tiled (repeated) across a patterned PNG'


@tech('img_two_halves', 'ocr', 'Two inline images side by side, each with half; page OCR reads the line.')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    r1 = p.add_media(imgs.enc(imgs.text_img(a, 40, pad=10), 'PNG'), 'png')
    r2 = p.add_media(imgs.enc(imgs.text_img(b, 40, pad=10), 'PNG'), 'png')
    i1, i2 = imgs.text_img(a, 40, pad=10), imgs.text_img(b, 40, pad=10)
    p.body_append('<w:p>%s%s</w:p>' % (inline_pic(r1, *aspect(i1, i1.width * 6000)), inline_pic(r2, *aspect(i2, i2.width * 6000))))
    return 'two adjacent inline PNGs each holding one half'


@tech('img_animated_gif_frame1', 'ocr')
def _(p, t, i):
    pic(p, imgs.animated_gif([imgs.text_img(t, 40), imgs.text_img(t, 40, fg=(90, 90, 90))]), 'gif', *aspect(imgs.text_img(t, 40)))
    return 'animated GIF (2 frames), both frames show it'


@tech('img_animated_gif_frame2', 'imgocr', 'Shown by Word in the second animation frame (LibreOffice/PDF show frame 1 only); verified by OCR of frame 2.')
def _(p, t, i):
    f1 = imgs.text_img('Loading portal ...' + ' ' * 10, 40, w=imgs.text_img(t, 40).width)
    f2 = imgs.text_img(t, 40)
    pic(p, imgs.animated_gif([f1, f2], 800), 'gif', *aspect(f2))
    return 'animated GIF whose second frame shows it'


@tech('img_svg_blip', 'word', 'Word 2016+ renders the SVG (asvg:svgBlip) instead of the harmless PNG fallback; SVG text verified by parsing.')
def _(p, t, i):
    svg = imgs.svg_text([t])
    n = 'word/media/sv%d.svg' % p.nid()
    p.set(n, svg)
    p.ct_default('svg')
    rs = p.add_rel('word/document.xml', 'image', n.split('/', 1)[1])
    rid = p.add_media(imgs.enc(imgs.blank(), 'PNG'), 'png')
    ext = '<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="%s" r:embed="%s"/></a:ext></a:extLst>' % (NS['asvg'], rs)
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, 5400000, 480000, extra_blip=ext))
    return 'SVG picture (svgBlip) text; PNG fallback harmless'


@tech('img_svg_tspans', 'word', 'SVG with the value split in <tspan>s; Word renders the SVG.')
def _(p, t, i):
    svg = imgs.svg_text(pieces(t, i, 4))
    n = 'word/media/sv%d.svg' % p.nid()
    p.set(n, svg)
    p.ct_default('svg')
    rs = p.add_rel('word/document.xml', 'image', n.split('/', 1)[1])
    im = imgs.text_img(t, 32)
    rid = p.add_media(imgs.enc(imgs.blank('image'), 'PNG'), 'png')
    ext = '<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="%s" r:embed="%s"/></a:ext></a:extLst>' % (NS['asvg'], rs)
    p.body_append('<w:p>%s</w:p>' % inline_pic(rid, 5400000, 480000, extra_blip=ext))
    return 'SVG picture with the value split across four <tspan> elements'


@tech('img_emf_text', 'render')
def _(p, t, i):
    pic(p, imgs.emf_text(t), 'emf', 5400000, 360000)
    return 'EMF picture with an EMR_EXTTEXTOUTW text record'


@tech('img_emf_description', 'extract', 'EMF header description string (metadata).')
def _(p, t, i):
    pic(p, imgs.emf_text('Capture 3', description=t), 'emf', 2400000, 360000)
    return 'EMF header description (metadata); drawn text harmless'


@tech('replace_existing_image', 'ocr')
def _(p, t, i):
    ims = sorted(n for n in p.parts if n.startswith('word/media/') and n.endswith('.png'))
    if not ims:
        raise RuntimeError('no image')
    from PIL import Image
    old = Image.open(io.BytesIO(p.parts[ims[0]]))
    im = imgs.text_img(t, 40)
    new = Image.new('RGB', old.size, 'white')
    im.thumbnail(old.size)
    new.paste(im, (0, 0))
    p.set(ims[0], imgs.enc(new, 'PNG'))
    return 'existing screenshot in the pack replaced by one showing it (same part name, same size)'


# ---------------- image metadata
def meta(name, desc, fn, ext):
    @tech(name, 'extract', 'Image metadata; shown by image viewers/properties after saving the picture out of Word.')
    def f(p, t, i):
        pic(p, fn(imgs.blank(), t), ext, 3000000, 300000)
        return desc
    return f


meta('png_tEXt', 'PNG tEXt chunk (Comment)', lambda im, t: imgs.png_text(im, 'Comment', t), 'png')
meta('png_zTXt', 'PNG zTXt (compressed) chunk', lambda im, t: imgs.png_text(im, 'Description', t, 'zTXt'), 'png')
meta('png_iTXt', 'PNG iTXt chunk', lambda im, t: imgs.png_text(im, 'Title', t, 'iTXt'), 'png')
meta('png_xmp', 'XMP packet (dc:description) in a PNG iTXt chunk', lambda im, t: imgs.xmp_png(im, t), 'png')
meta('jpeg_exif_description', 'EXIF ImageDescription in a JPEG', lambda im, t: imgs.exif_jpeg(im, t), 'jpeg')
meta('jpeg_exif_artist', 'EXIF Artist in a JPEG', lambda im, t: imgs.exif_jpeg(im, t, 0x013B), 'jpeg')
meta('jpeg_exif_usercomment', 'EXIF UserComment (ASCII) in a JPEG', lambda im, t: imgs.exif_usercomment_jpeg(im, t), 'jpeg')
meta('jpeg_xmp', 'XMP packet in a JPEG APP1 segment', lambda im, t: imgs.xmp_jpeg(im, t), 'jpeg')
meta('jpeg_comment', 'JPEG COM segment', lambda im, t: imgs.enc(im, 'JPEG', comment=t.encode()), 'jpeg')
meta('png_icc_desc', 'ICC profile description (iCCP) in a PNG', lambda im, t: imgs.enc(im, 'PNG', icc_profile=imgs.icc_profile(t)), 'png')
meta('jpeg_icc_desc', 'ICC profile description (APP2) in a JPEG', lambda im, t: imgs.enc(im, 'JPEG', icc_profile=imgs.icc_profile(t)), 'jpeg')
meta('gif_comment', 'GIF comment extension', lambda im, t: imgs.gif_comment(im, t), 'gif')
meta('tiff_description', 'TIFF ImageDescription tag', lambda im, t: imgs.tiff_desc(im, t), 'tiff')


@tech('thumbnail_pixels', 'imgocr', 'docProps/thumbnail.jpeg is shown by file managers/Outlook previews; verified by OCR of the thumbnail image.')
def _(p, t, i):
    im = imgs.text_img(t, 40)
    data = imgs.enc(im, 'JPEG', quality=95)
    tn = [n for n in p.parts if n.startswith('docProps/thumbnail')]
    if tn:
        p.set(tn[0], data) if tn[0].endswith('jpeg') else None
        if not tn[0].endswith('jpeg'):
            raise RuntimeError('thumb')
    else:
        p.set('docProps/thumbnail.jpeg', data)
        p.ct_default('jpeg')
        p.add_rel('', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg')
    return 'package thumbnail image (docProps/thumbnail.jpeg) pixels'


# ---------------- custom xml / zip / xml comments
@tech('customxml_item', 'extract', 'customXml data part; readable by anyone unzipping, and bindable to controls.')
def _(p, t, i):
    n = 'customXml/item%d.xml' % p.nid()
    p.set(n, '<?xml version="1.0" encoding="UTF-8"?><siteData xmlns="urn:example:site"><site>%s</site></siteData>' % xesc(t))
    p.add_rel('word/document.xml', 'customXml', '../' + n)
    return 'customXml item part'


@tech('customxml_attr_base64', 'extract', 'Base64 of the identifier in a customXml attribute.')
def _(p, t, i):
    n = 'customXml/item%d.xml' % p.nid()
    p.set(n, '<?xml version="1.0" encoding="UTF-8"?><cache xmlns="urn:example:c" v="%s"/>' % base64.b64encode(t.encode()).decode())
    p.add_rel('word/document.xml', 'customXml', '../' + n)
    return 'base64-encoded in an attribute of a customXml part'


@tech('zip_comment', 'extract', 'Zip archive comment, shown by zip tools (unzip -z, 7-Zip).')
def _(p, t, i):
    p.zip_comment = t.encode()
    return 'only in the zip archive comment'


@tech('zip_member_comment', 'extract', 'Per-entry zip comment shown by zip tools.')
def _(p, t, i):
    p.member_comments['word/document.xml'] = t.encode()
    return 'only in the per-file zip comment of word/document.xml'


@tech('orphan_part', 'extract', 'Unreferenced part in the package (careless leftover), readable by unzipping.')
def _(p, t, i):
    p.set('word/notes_old.txt', ('old notes\n' + t + '\n').encode())
    p.ct_default('txt')
    return 'unreferenced leftover text part word/notes_old.txt'


@tech('xml_comment', 'extract', 'XML comment in document.xml (readable with any text view of the part).')
def _(p, t, i):
    p.body_append('<!-- supply: %s -->' % t.replace('--', '- -'))
    return 'XML comment in word/document.xml'


@tech('xml_pi', 'extract', 'Processing instruction in document.xml.')
def _(p, t, i):
    p.body_append('<?attest-note %s?>' % t)
    return 'XML processing instruction in word/document.xml'


# ---------------- hidden / formatting
@tech('hidden_vanish', 'extract', 'w:vanish text is shown by Word with Show/Hide (Ctrl+Shift+8) or "hidden text" display, and printed if the print-hidden option is on.')
def _(p, t, i):
    p.body_append('<w:p>%s%s</w:p>' % (run('Step 4 passed. '), run(t, '<w:vanish/>')))
    return 'hidden text (w:vanish)'


@tech('hidden_spec_vanish', 'extract', 'specVanish hidden run.')
def _(p, t, i):
    p.body_append('<w:p>%s%s</w:p>' % (run('Step 4 passed. '), run(t, '<w:vanish/><w:specVanish/>')))
    return 'hidden text with w:specVanish'


@tech('web_hidden', 'word', 'w:webHidden hides text only in Web Layout; Word print layout and print show it. LibreOffice hides it.')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t, '<w:webHidden/>'))
    return 'run marked w:webHidden (visible in print layout)'


@tech('white_on_white')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t, '<w:color w:val="FFFFFF"/>'))
    return 'white text on white page (selectable/copyable)'


@tech('tiny_font')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t, '<w:sz w:val="2"/><w:szCs w:val="2"/>'))
    return '1-point font'


@tech('condensed_spacing')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t, '<w:spacing w:val="-10"/><w:w w:val="50"/>'))
    return 'character scale 50 % and condensed spacing'


@tech('highlight_strike')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t, '<w:strike/><w:highlight w:val="black"/><w:color w:val="000000"/>'))
    return 'black text on black highlight ("redacted" by highlighting only)'


@tech('caps_lowercase')
def _(p, t, i):
    p.body_append('<w:p>%s</w:p>' % run(t.lower(), '<w:caps/>'))
    return 'stored lower-case, displayed upper-case via w:caps'


@tech('frame_paragraph')
def _(p, t, i):
    p.body_append('<w:p><w:pPr><w:framePr w:w="6000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="2000" w:y="200"/></w:pPr>%s</w:p>' % run(t) + para(''))
    return 'paragraph in a positioned text frame (w:framePr)'


@tech('ruby_text')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="12"/><w:hpsRaise w:val="22"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>Site</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>' % xesc(t))
    return 'ruby (phonetic guide) text above a harmless base word'


@tech('math_omath', 'word', 'Word renders the Office Math zone inline; this LibreOffice conversion dropped it, so verified by extraction of m:t text.')
def _(p, t, i):
    p.body_append('<w:p><m:oMath>%s</m:oMath></w:p>' % ''.join('<m:r><m:t>%s</m:t></m:r>' % xesc(s) for s in pieces(t, i, 3)), ns=['m'])
    return 'Office Math zone (m:oMath), value split over three m:r runs'


@tech('smarttag_customxml_wrap')
def _(p, t, i):
    a, b = pieces(t, i, 2)
    p.body_append('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">%s</w:smartTag><w:customXml w:uri="urn:example" w:element="x">%s</w:customXml></w:p>' % (run(a), run(b)))
    return 'halves wrapped in w:smartTag and w:customXml inline elements'


@tech('dropcap_split')
def _(p, t, i):
    k = t.find(i) if i and t.find(i) >= 0 else 0
    first, rest = t[:k + 1], t[k + 1:]
    p.body_append('<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr>%s</w:p><w:p>%s</w:p>' % (run(first, '<w:sz w:val="44"/>'), run(rest)))
    return 'first character(s) in a drop-cap frame paragraph, the rest in the next paragraph'


# ---------------- encodings & characters
@tech('utf16_document_part')
def _(p, t, i):
    p.body_append(para(t))
    s = p.get('word/document.xml')
    s = re.sub(r'^<\?xml[^>]*\?>', '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>', s)
    p.set('word/document.xml', codecs.BOM_UTF16_LE + s.encode('utf-16-le'))
    return 'whole word/document.xml re-encoded as UTF-16LE with BOM (plain paragraph)'


@tech('utf16be_comments_part', 'extract', 'Comment shown in the Word comment margin; verified by decoding the UTF-16BE part.')
def _(p, t, i):
    add_comment(p, run(t))
    s = p.get('word/comments.xml')
    s = re.sub(r'^<\?xml[^>]*\?>', '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>', s)
    if not s.startswith('<?xml'):
        s = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>' + s
    p.set('word/comments.xml', codecs.BOM_UTF16_BE + s.encode('utf-16-be'))
    return 'comment text in a comments part encoded UTF-16BE with BOM'


@tech('decimal_entities')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ''.join('&#%d;' % ord(c) for c in t))
    return 'every character a decimal character reference in document.xml'


@tech('hex_entities_cdata_mix')
def _(p, t, i):
    p.body_append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ''.join(('&#x%x;' % ord(c)) if k % 2 else xesc(c) for k, c in enumerate(t)))
    return 'alternate characters as hex character references'


def charsub(name, fn, desc, verify='render', note=''):
    @tech(name, verify, note)
    def f(p, t, i):
        p.body_append(para(fn(t, i)))
        return desc
    return f


def mapdigits(t, base):
    return ''.join(chr(base + int(c)) if c.isdigit() else c for c in t)


charsub('fullwidth_digits', lambda t, i: mapdigits(t, 0xFF10), 'digits as fullwidth forms U+FF10..FF19')
charsub('arabic_indic_digits', lambda t, i: mapdigits(t, 0x0660), 'digits as Arabic-Indic digits U+0660..0669', 'render', 'Rendered as Arabic-Indic numerals; numeric value identical.')
charsub('math_bold_digits', lambda t, i: mapdigits(t, 0x1D7CE), 'digits as mathematical bold digits U+1D7CE..')
charsub('devanagari_digits', lambda t, i: mapdigits(t, 0x0966), 'digits as Devanagari digits U+0966..', 'render', 'Rendered as Devanagari numerals; numeric value identical.')
for nm, ch, d in [('zwsp', '\u200b', 'ZERO WIDTH SPACE'), ('zwj', '\u200d', 'ZERO WIDTH JOINER'), ('zwnj', '\u200c', 'ZERO WIDTH NON-JOINER'),
                  ('word_joiner', '\u2060', 'WORD JOINER U+2060'), ('invisible_sep', '\u2063', 'INVISIBLE SEPARATOR U+2063'),
                  ('lrm', '\u200e', 'LEFT-TO-RIGHT MARK'), ('rlm_pairs', '\u200f\u200e', 'RLM+LRM pair'), ('vs16', '\ufe0f', 'VARIATION SELECTOR-16'),
                  ('cgj', '\u034f', 'COMBINING GRAPHEME JOINER U+034F'), ('soft_hyphen_char', '\u00ad', 'SOFT HYPHEN U+00AD'),
                  ('bom_char', '\ufeff', 'ZERO WIDTH NO-BREAK SPACE U+FEFF'), ('mongolian_vs', '\u180e', 'MONGOLIAN VOWEL SEPARATOR U+180E')]:
    charsub('inv_' + nm, (lambda c: lambda t, i: join_ident(t, i, c))(ch), '%s between every character of the value' % d)
charsub('inv_bidi_isolates', lambda t, i: join_ident(t, i, '\u2066\u2069'), 'LRI+PDI (U+2066/2069) pairs between every character')
charsub('inv_mixed', lambda t, i: join_ident(t, i, '\u200b\u2063\u00ad'), 'ZWSP+U+2063+SHY between every character')
for nm, sep in [('underscore', '_'), ('comma', ','), ('colon', ':'), ('plus', '+'), ('dot', '.'), ('slash', '/'), ('long_spaces', '       '),
                ('nbsp', '\u00a0'), ('narrow_nbsp', '\u202f'), ('thin_space', '\u2009'), ('ideographic_space', '\u3000'),
                ('hyphen_u2010', '\u2010'), ('en_dash', '\u2013'), ('figure_space', '\u2007')]:
    charsub('sep_' + nm, (lambda s: lambda t, i: group_ident(t, i, s, 4 if (i or '').replace('-', '').replace(' ', '').isdigit() else 3))(sep), 'value regrouped with "%s" (U+%04X) between groups' % (sep.encode('unicode_escape').decode(), ord(sep[0])))


@tech('percent_encoded_visible')
def _(p, t, i):
    from urllib.parse import quote
    p.body_append(para('callback=' + quote(t, safe='')))
    return 'percent-encoded (URL encoding) visible in text'


@tech('base64_visible', 'extract', 'Visible base64 blob; decodes to the identifier.')
def _(p, t, i):
    p.body_append(para('payload: ' + base64.b64encode(t.encode()).decode()))
    return 'visible base64 string that decodes to it'


@tech('hex_visible', 'extract', 'Visible hex string; decodes to the identifier.')
def _(p, t, i):
    p.body_append(para('raw: ' + t.encode().hex()))
    return 'visible hex dump of its bytes'


@tech('reversed_rtl', 'render', 'Stored reversed inside an RTL override run; displayed in normal order.')
def _(p, t, i):
    p.body_append(para('\u202e' + t[::-1] + '\u202c'))
    return 'stored reversed between RLO (U+202E) and PDF; displayed in reading order'


# ---------------- structural oddities
@tech('renamed_main_part', 'render')
def _(p, t, i):
    p.body_append(para(t))
    s = p.parts.pop('word/document.xml')
    p.order[p.order.index('word/document.xml')] = 'word/main_body.xml'
    p.parts['word/main_body.xml'] = s
    rels = p.parts.pop('word/_rels/document.xml.rels')
    p.order[p.order.index('word/_rels/document.xml.rels')] = 'word/_rels/main_body.xml.rels'
    p.parts['word/_rels/main_body.xml.rels'] = rels
    p.set('[Content_Types].xml', p.get('[Content_Types].xml').replace('/word/document.xml', '/word/main_body.xml'))
    p.set('_rels/.rels', p.get('_rels/.rels').replace('word/document.xml', 'word/main_body.xml'))
    return 'plain paragraph, but the main part is renamed word/main_body.xml (found only through _rels/.rels)'


@tech('plain_baseline')
def _(p, t, i):
    p.body_append(para(t))
    return 'plain visible paragraph (careless tester baseline)'


@tech('table_cell_plain')
def _(p, t, i):
    p.body_append(tbl(['Site', t], borders=True) + para(''))
    return 'plain text in a bordered table cell (careless tester)'


@tech('lowercase_plain')
def _(p, t, i):
    p.body_append(para(t.lower()))
    return 'lower-case in plain text'
