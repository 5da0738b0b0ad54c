"""Techniques: each alters a Pkg to show `label: value` and returns the surface a reader sees."""
from xml.sax.saxutils import escape as E, quoteattr as QA
import images
EMU = 9525
def P(text, rpr=""):
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", E(text))

def t_group_descr(pk, label, value, r):
    did = pk.new_did(); did2 = pk.new_did()
    frag = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1800000" cy="500000"/>'
            '<wp:docPr id="%d" name="Group %d" descr=%s/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>'
            '<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="500000"/><a:chOff x="0" y="0"/><a:chExt cx="1800000" cy="500000"/></a:xfrm></wpg:grpSpPr>'
            '<wps:wsp><wps:cNvPr id="%d" name="Box"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="500000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DDEEFF"/></a:solidFill></wps:spPr>'
            '<wps:txbx><w:txbxContent><w:p><w:r><w:t>Site diagram</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>') % (did, did, QA("%s: %s" % (label, value)), did2)
    pk.append_body(P("Figure 2: site layout") + frag)
    return value, "parser:docPr@descr of a group shape (Word: Alt Text pane)"

def t_numstylelink(pk, label, value, r):
    nx = pk.ensure("word/numbering.xml", "numbering", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s"></w:numbering>' % "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    x = pk.s(nx)
    absA = ('<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/><w:styleLink w:val="AttxIdList"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=%s/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="4000" w:hanging="4000"/></w:pPr></w:lvl></w:abstractNum>') % QA("%s: %s" % (label, value))
    absB = '<w:abstractNum w:abstractNumId="902"><w:multiLevelType w:val="singleLevel"/><w:numStyleLink w:val="AttxIdList"/></w:abstractNum>'
    nums = '<w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num><w:num w:numId="902"><w:abstractNumId w:val="902"/></w:num>'
    i = x.find("<w:num ")
    if i < 0: i = x.find("<w:numIdMacAtCleanup")
    if i < 0: i = x.rfind("</w:numbering>")
    x = x[:i] + absA + absB + x[i:]
    j = x.find("<w:numIdMacAtCleanup"); j = j if j >= 0 else x.rfind("</w:numbering>")
    x = x[:j] + nums + x[j:]; pk.put(nx, x)
    st = pk.rel_target(pk.main(), "styles"); s = pk.s(st)
    s = s.replace("</w:styles>", '<w:style w:type="numbering" w:customStyle="1" w:styleId="AttxIdList"><w:name w:val="Site list"/>'
                  '<w:pPr><w:numPr><w:numId w:val="901"/></w:numPr></w:pPr></w:style></w:styles>')
    pk.put(st, s)
    pk.append_body('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="902"/></w:numPr></w:pPr><w:r><w:t>see the site visit note</w:t></w:r></w:p>')
    return value, "render:list label via numStyleLink"

def _textbox(pk, inner, cx, cy, bodypr):
    did = pk.new_did()
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:noFill/><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>%s</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            ) % (cx, cy, did, did, cx, cy, inner, bodypr)

def t_wordart_vert(pk, label, value, r):
    n = len(value)
    frag = _textbox(pk, P(label + ":") + P(value), 1300000, 170000 * (n + 2), '<wps:bodyPr vert="wordArtVert" wrap="square"/>')
    pk.append_body(P("Stacked label:") + frag)
    return value, "render:text box with stacked letters (wordArtVert)"

def t_cell_tbrlv(pk, label, value, r):
    frag = ('<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="%d" w:hRule="exact"/></w:trPr>'
            '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:textDirection w:val="tbRlV"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
            ) % (300 * len(value) + 800, P(label + ":"), P(value))
    pk.append_body(frag + P(""))
    return value, "render:table cell textDirection tbRlV"

def t_repeating_section(pk, label, value, r):
    frag = ('<w:sdt><w:sdtPr><w:alias w:val="Visits"/><w:id w:val="90101"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>'
            '<w:sdt><w:sdtPr><w:id w:val="90102"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
            '<w:sdt><w:sdtPr><w:id w:val="90103"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
            '</w:sdtContent></w:sdt>') % (P("Visit 1 - Flow: D0010"), P("Visit 2 - %s: %s" % (label, value)))
    pk.append_body(frag)
    return value, "render:repeating section item"

FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
COMMENTS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:comments>'
def t_footnote_comment(pk, label, value, r):
    fn = pk.ensure("word/footnotes.xml", "footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", FOOTNOTES)
    cm = pk.ensure("word/comments.xml", "comments", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", COMMENTS)
    x = pk.s(fn).replace("</w:footnotes>", '<w:footnote w:id="901"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> </w:t></w:r><w:commentRangeStart w:id="901"/><w:r><w:t>Checked against the site record.</w:t></w:r><w:commentRangeEnd w:id="901"/>'
        '<w:r><w:commentReference w:id="901"/></w:r></w:p></w:footnote></w:footnotes>')
    pk.put(fn, x)
    c = pk.s(cm).replace("</w:comments>", '<w:comment w:id="901" w:author="QA reviewer" w:date="2026-11-02T09:14:33Z" w:initials="QA">'
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment></w:comments>' % E("%s: %s" % (label, value)))
    pk.put(cm, c)
    pk.append_body('<w:p><w:r><w:t>Outcome confirmed on site.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="901"/></w:r></w:p>')
    return value, "parser:comment anchored inside a footnote"

def t_eastasian_vert(pk, label, value, r):
    pk.append_body('<w:p><w:r><w:t xml:space="preserve">%s: </w:t></w:r><w:r><w:rPr><w:eastAsianLayout w:id="901" w:vert="1" w:vertCompress="1"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (E(label), E(value)))
    return value, "render:eastAsianLayout vert run"

def t_effect_split(pk, label, value, r):
    k = r.randint(2, max(2, len(value) - 2))
    pk.append_body('<w:p><w:r><w:t xml:space="preserve">%s: %s</w:t></w:r><w:r><w:rPr><w:effect w:val="antsRed"/><w:shadow/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (E(label), E(value[:k]), E(value[k:])))
    return value, "render:second half in a run with legacy text animation (antsRed)"

def _split_groups(value):
    for sep in [" ", "-", ":", "@", ","]:
        if sep in value:
            i = value.find(sep); keep = sep if sep == "@" else ""
            return value[:i], keep + value[i + 1:], sep
    i = len(value) // 2; return value[:i], value[i:], ""
def t_sdt_multiline(pk, label, value, r):
    a, b, sep = _split_groups(value)
    frag = ('<w:p><w:r><w:t xml:space="preserve">%s: </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Notes"/><w:id w:val="90201"/><w:text w:multiLine="1"/></w:sdtPr>'
            '<w:sdtContent><w:r><w:t>%s</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt></w:p>') % (E(label), E(a), E(b))
    pk.append_body(frag)
    return (a + "\n" + b), "render:multi-line text content control, value broken by w:br"

def make_pic(name):
    fn = images.PICS[name]
    def t(pk, label, value, r):
        data, ext, w, h = fn(label, value, r)
        rid = pk.add_image(data, ext); did = pk.new_did()
        scale = min(1.0, 620.0 / w); cx, cy = int(w * scale * EMU), int(h * scale * EMU)
        frag = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Picture %d"/>'
                '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
                '<pic:nvPicPr><pic:cNvPr id="%d" name="photo.%s"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
                '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>') % (cx, cy, did, did, did, ext, rid, cx, cy)
        pk.append_body(P("Figure 3: attached photo") + frag)
        t.last = (data, ext)
        return value, "ocr:picture " + name
    return t

TEXT = {"group_descr": t_group_descr, "numstylelink_lvltext": t_numstylelink, "wordart_vert_textbox": t_wordart_vert,
        "cell_tbRlV": t_cell_tbrlv, "repeating_section": t_repeating_section, "footnote_comment": t_footnote_comment,
        "eastasian_vert": t_eastasian_vert, "effect_split": t_effect_split, "sdt_multiline_br": t_sdt_multiline}
PICT = {k: make_pic(k) for k in images.PICS}
ALL = dict(TEXT); ALL.update(PICT)
