from lib import *
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
def png_text(text, w=900, h=120, size=44, bg='white', fg='black', info=None):
    im = Image.new('RGB', (w, h), bg); d = ImageDraw.Draw(im)
    d.text((20, 30), text, fill=fg, font=ImageFont.truetype(FONT, size))
    b = io.BytesIO(); pi = None
    if info:
        pi = PngImagePlugin.PngInfo()
        for k, v in info.items(): pi.add_text(k, v)
    im.save(b, 'PNG', pnginfo=pi); return b.getvalue()
def add_image(p, data, ext='png'):
    n = 1
    while 'word/media/ximg%d.%s' % (n, ext) in p.parts: n += 1
    name = 'word/media/ximg%d.%s' % (n, ext)
    p.ct_default(ext, {'png':'image/png','jpeg':'image/jpeg','svg':'image/svg+xml','gif':'image/gif'}[ext])
    return p.add_part(name, data, rtype='image', target='media/ximg%d.%s' % (n, ext))
_did=[900]
def did(): _did[0]+=1; return _did[0]
def inline_pic(rid, cx=5486400, cy=731520, descr='Screenshot', title=''):
    i=did()
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Picture %d" descr="%s" title="%s"/>'
     '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="p%d.png"/><pic:cNvPicPr/></pic:nvPicPr>'
     '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>') % (cx,cy,i,i,esc(descr),esc(title),i,i,rid,cx,cy)
def txbx_shape(inner_paras, cx=2400000, cy=420000, inline=True, x=0, y=0, extra_body='', linked=None, name='Text Box'):
    i=did()
    if linked is not None:
        content = '<wps:linkedTxbx w:id="%d" w:seq="%d"/>' % linked
    else:
        content = '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>' % inner_paras
    wsp = ('<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           '%s<wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"%s><a:noAutofit/></wps:bodyPr></wps:wsp>') % (cx, cy, content, extra_body)
    g = '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">%s</a:graphicData></a:graphic>' % wsp
    if inline:
        return '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="%s %d"/>%s</wp:inline></w:drawing></w:r>' % (cx,cy,i,name,i,g)
    return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:wrapNone/><wp:docPr id="%d" name="%s %d"/>%s</wp:anchor></w:drawing></w:r>') % (i*2, x, y, cx, cy, i, name, i, g)

def numbering(p):
    if 'word/numbering.xml' not in p.parts:
        p.add_part('word/numbering.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s></w:numbering>' % NSDECL,
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml', 'numbering', target='numbering.xml')
    return p.tree('word/numbering.xml')
def add_list(p, levels):
    """levels: list of dict(start, fmt, text, suff, custom) ; returns numId"""
    t = numbering(p)
    ids = [int(x) for x in t.xpath('//w:abstractNum/@w:abstractNumId', namespaces=NS)]; aid = max(ids + [0]) + 100
    nids = [int(x) for x in t.xpath('//w:num/@w:numId', namespaces=NS)]; nid = max(nids + [0]) + 100
    lv = ''
    for i, L in enumerate(levels):
        fmt = '<w:numFmt w:val="%s"/>' % L.get('fmt', 'decimal')
        if L.get('custom'):
            fmt = ('<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="%s"/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>' % L['custom'])
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/>%s%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
               % (i, L.get('start', 1), fmt, '<w:suff w:val="%s"/>' % L['suff'] if L.get('suff') else '', esc(L.get('text', '%%%d.' % (i+1))), 720 + 360*i))
    a = frag('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (aid, lv))[0]
    first_num = t.find(W+'num')
    if first_num is not None: first_num.addprevious(a)
    else: t.append(a)
    t.append(frag('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nid, aid))[0])
    return nid
def numpara(nid, ilvl, inner):
    return para(inner, '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, nid))

def settings(p):
    if 'word/settings.xml' not in p.parts:
        p.add_part('word/settings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings %s></w:settings>' % NSDECL,
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml', 'settings', target='settings.xml')
    return p.tree('word/settings.xml')
SECT_ORDER = ['headerReference','footerReference','footnotePr','endnotePr','type','pgSz','pgMar','paperSrc','pgBorders','lnNumType','pgNumType','cols','formProt','vAlign','noEndnote','titlePg','textDirection','bidi','rtlGutter','docGrid','printerSettings','sectPrChange']
def sect_add(p, xml):
    sp = p.sectpr()
    if sp is None:
        sp = frag('<w:sectPr/>')[0]; p.body.append(sp)
    for e in frag(xml):
        nm = etree.QName(e).localname
        for old in sp.findall(W+nm):
            if nm not in ('headerReference','footerReference') or old.get(W+'type') == e.get(W+'type'): sp.remove(old)
        idx = SECT_ORDER.index(nm); pos = len(sp)
        for k, ch in enumerate(sp):
            ln = etree.QName(ch).localname
            if ln in SECT_ORDER and SECT_ORDER.index(ln) > idx: pos = k; break
        sp.insert(pos, e)
HF = {'hdr': ('header', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'),
      'ftr': ('footer', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml')}
def add_hf(p, kind, inner):
    rt, ct = HF[kind]; n = 1
    while 'word/x%s%d.xml' % (rt, n) in p.parts: n += 1
    name = 'word/x%s%d.xml' % (rt, n)
    rid = p.add_part(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (kind, NSDECL, inner, kind), ct, rt, target='x%s%d.xml' % (rt, n))
    sect_add(p, '<w:%sReference w:type="default" r:id="%s"/>' % (rt, rid))
    return name
def footnotes(p):
    if 'word/footnotes.xml' not in p.parts:
        p.add_part('word/footnotes.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>' % NSDECL,
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', 'footnotes', target='footnotes.xml')
    return p.tree('word/footnotes.xml')
def comments(p):
    if 'word/comments.xml' not in p.parts:
        p.add_part('word/comments.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s></w:comments>' % NSDECL,
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'comments', target='comments.xml')
    return p.tree('word/comments.xml')
def next_comment_id(p):
    t = comments(p); ids = [int(x) for x in t.xpath('//w:comment/@w:id', namespaces=NS)]
    return max(ids + [0]) + 50
