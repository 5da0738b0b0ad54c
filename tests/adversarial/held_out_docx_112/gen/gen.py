"""Round 53 docx corpus generator. Seeded, deterministic (apart from LibreOffice conversion timestamps)."""
import os, sys, json, random, io, shutil, subprocess, html
sys.path.insert(0, os.path.dirname(__file__))
from pkg import Pkg, NSALL
from idents import GEN, LABEL, KEEPS
from pics import PICS
ROOT = '/tmp/ho53/docx'; B = f'{ROOT}/bases'; OUT = f'{ROOT}/corpus'; TPL = f'{ROOT}/templates'; IMG = f'{ROOT}/truth_images'
for d in (OUT, TPL, IMG, f'{ROOT}/tmp_conv'): shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
BASES = ['attest_pack', 'pydocx', 'lo_resave', 'handbuilt']
KINDS = list(GEN)
esc = html.escape
def para(t): return f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
def split_at(v):
    k = len(v) // 2
    return v[:k], v[k:]
A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'
WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
DOCPR = [1000]
def docpr():
    DOCPR[0] += 1; return DOCPR[0]
def textbox(inner, cx=4400000, cy=700000, y=0, rot=0):
    i = docpr(); rotattr = f' rot="{rot}"' if rot else ''
    return (f'<w:r><mc:AlternateContent xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:wp="{WP}" xmlns:a="{A}"><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{WPS}"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm{rotattr}><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')
def two_cell_table(left, right):
    nb = ''.join(f'<w:{s} w:val="nil"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    cell = lambda w, t, jc: (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{jc}"/></w:pPr>'
                             f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p></w:tc>')
    return (f'<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:tblBorders>{nb}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="2400"/></w:tblGrid><w:tr>{cell(3600, left, "right")}{cell(2400, right, "left")}</w:tr></w:tbl>')
SHAPETYPE = ('<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
             + ''.join(f'<v:f eqn="{e}"/>' for e in ['sum #0 0 10800', 'prod #0 2 1', 'sum 21600 0 @1', 'sum 0 0 @2', 'sum 21600 0 @3', 'if @0 @3 0',
                                                     'if @0 21600 @1', 'if @0 0 @2', 'if @0 @4 21600', 'mid @5 @6', 'mid @8 @5', 'mid @7 @8', 'mid @6 @7', 'sum @6 0 @5'])
             + '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
             '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>')
def wm_shape(n, text, left_pt, width_pt):
    return (f'<v:shape id="WaterMark53_{n}" o:spid="_x0000_s20{n}" type="#_x0000_t136" style="position:absolute;margin-left:{left_pt}pt;margin-top:300pt;'
            f'width:{width_pt}pt;height:48pt;z-index:-25165{n};mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
            f'o:allowincell="f" fillcolor="#a0a0a0" stroked="f"><v:fill opacity=".6"/><v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt" string="{esc(text)}"/></v:shape>')
def wm_split(label, value):
    a, b = split_at(value); la = f'{label}: {a}'
    w1 = 14 * len(la); w2 = 14 * len(b)
    return (f'<w:p><w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">{SHAPETYPE}'
            f'{wm_shape(1, la, 0, w1)}</w:pict></w:r><w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            f'{wm_shape(2, b, w1, w2)}</w:pict></w:r></w:p>'), f'{la}|{b}'
def flat_opc(text):
    return ('<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>'
            '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            f'<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>')
def xhtml_split(label, value):
    a, b = split_at(value); a1, a2 = split_at(a)
    body = (f'<p>Site check for TC-ELEC-0142 (D0010).</p><p>{esc(label)}: <span class="v">{esc(a1)}</span><?mso x?><span class="v">{esc(a2)}</span>'
            f'<!-- merged --><span class="v">{esc(b)}</span></p>')
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>note</title></head>'
            f'<body>{body}</body></html>'), f'{label}: {a1}|{a2}|{b}'

# ---------------- text / XML techniques operating on a Pkg ----------------
def t_hdr_textbox_table(p, label, value):
    h = p.header('header'); a, b = split_at(value)
    p.append_part(h, f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{textbox(two_cell_table(f"{label}: {a}", b) + "<w:p/>", cx=4200000, cy=520000)}</w:p>')
    return f'{label}: {a}|{b}', 'header text box, table of two borderless abutting cells'
def t_footnote_textbox(p, label, value):
    fn = 'word/footnotes.xml'
    if fn not in p.parts:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        p.put(fn, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NSALL}>{sep}</w:footnotes>')
        p.override(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml')
        p.rel(p.main(), 'footnotes', 'footnotes.xml')
    p.append_part(fn, f'<w:footnote w:id="953"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                      f'<w:r><w:t xml:space="preserve"> Site detail as recorded:</w:t></w:r>{textbox(para(f"{label}: {value}"), cx=4200000, cy=420000)}</w:p></w:footnote>')
    p.insert_body('<w:p><w:r><w:t xml:space="preserve">Site details are in the footnote.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="953"/></w:r></w:p>')
    return f'{label}: {value}', 'text box inside a footnote'
def t_textbox_rot180(p, label, value):
    p.insert_body('<w:p><w:r><w:t xml:space="preserve">Label photographed upside down; transcribed below as seen.</w:t></w:r></w:p>'
                  f'<w:p>{textbox(para(f"{label}: {value}"), cx=4400000, cy=420000, rot=10800000)}</w:p>')
    return f'{label}: {value}', 'body text box rotated 180 degrees (a:xfrm rot=10800000)'
def t_watermark_split(p, label, value):
    h = p.header('header'); xml, surf = wm_split(label, value)
    p.append_part(h, xml); return surf, 'header watermark split over two VML textpath shapes side by side'
def t_altchunk_flatopc(p, label, value):
    part = 'word/chunk53.xml'; p.put(part, flat_opc(f'{label}: {value}')); p.override(part, 'application/xml')
    rid = p.rel(p.main(), 'aFChunk', 'chunk53.xml'); p.insert_body(f'<w:altChunk r:id="{rid}"/>')
    return f'{label}: {value}', 'altChunk holding a Flat OPC (pkg:package) Word XML document'
def t_altchunk_header_html(p, label, value):
    h = p.header('header'); part = 'word/hchunk53.htm'
    p.put(part, f'<html><head><meta charset="utf-8"></head><body><p>{esc(label)}: {esc(value)}</p></body></html>'); p.override(part, 'text/html')
    rid = p.rel(h, 'aFChunk', 'hchunk53.htm'); p.append_part(h, f'<w:altChunk r:id="{rid}"/><w:p/>')
    return f'{label}: {value}', 'HTML altChunk referenced from the header part'
def t_altchunk_xhtml(p, label, value):
    part = 'word/xchunk53.xhtml'; x, surf = xhtml_split(label, value); p.put(part, x); p.override(part, 'application/xhtml+xml')
    rid = p.rel(p.main(), 'aFChunk', 'xchunk53.xhtml'); p.insert_body(f'<w:altChunk r:id="{rid}"/>')
    return surf, 'XHTML altChunk (application/xhtml+xml), value split by spans, a processing instruction and a comment'
XTECH = {'hdr_textbox_table': t_hdr_textbox_table, 'textbox_rot180': t_textbox_rot180, 'watermark_split': t_watermark_split,
         'altchunk_flatopc': t_altchunk_flatopc, 'altchunk_header_html': t_altchunk_header_html, 'altchunk_xhtml': t_altchunk_xhtml}
CONVERT = ['odt_renamed', 'fodt_renamed']   # LibreOffice native formats saved under a .docx name
RAW = ['txt_utf16_renamed']
PICT = list(PICS)

def pic_xml(rid, w, h, name):
    emu = 9525; maxw = 6000000
    cx, cy = w * emu, h * emu
    if cx > maxw: cy = int(cy * maxw / cx); cx = maxw
    i = docpr()
    return (f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="{WP}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{i}" name="Picture {i}"/><a:graphic xmlns:a="{A}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="{i}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
def png(im):
    b = io.BytesIO(); im.save(b, 'PNG'); return b.getvalue()
def add_picture(p, im, where='body'):
    data = png(im)
    if where == 'body':
        rid = p.image(p.main(), data)
        p.insert_body(para('Screenshot attached below.') + pic_xml(rid, im.width, im.height, 'screenshot.png'))
    else:
        h = p.header(where); rid = p.image(h, data)
        p.append_part(h, pic_xml(rid, im.width, im.height, 'banner.png'))

def lo_convert(files, fmt, outdir):
    subprocess.run(['nice', 'soffice', '--headless', '-env:UserInstallation=file:///tmp/ho53/docx/lo_profile', '--convert-to', fmt, '--outdir', outdir] + files,
                   check=True, capture_output=True, timeout=900)

def main():
    r = random.Random(53053)
    truth = []; conv = []
    techs = list(XTECH) + CONVERT + RAW + PICT
    assert len(techs) == 18
    ki = 0
    for ti, tech in enumerate(techs):
        # 10 altered (one per kind) + 2 controls per technique
        items = [(k, GEN[k](r), LABEL[k], False) for k in KINDS]
        for c in range(2):
            kl, kv = KEEPS[(ti * 2 + c) % len(KEEPS)]
            items.append(('keep', kv, kl, True))
        for j, (kind, value, label, is_ctrl) in enumerate(items):
            base = BASES[(ti + j) % 4]
            fid = f'{"ctl" if is_ctrl else "alt"}_{tech}_{kind}_{j:02d}'
            out = f'{OUT}/{fid}.docx'
            rec = dict(file=os.path.basename(out), technique=tech, kind=kind, value=value, label=label, control=is_ctrl, base=base)
            if tech in XTECH:
                p = Pkg(f'{B}/{base}.docx'); surf, how = XTECH[tech](p, label, value); p.save(out)
                rec.update(surface=surf, how=how, family='text')
            elif tech in CONVERT:
                rec['base'] = 'pydocx'
                p = Pkg(f'{B}/pydocx.docx'); p.insert_body(para(f'{label}: {value}')); p.save(f'{ROOT}/tmp_conv/{fid}.docx'); conv.append((fid, tech))
                rec.update(surface=f'{label}: {value}', how='python-docx note re-saved by LibreOffice as ' + tech.split('_')[0].upper() + ', named .docx', family='text')
            elif tech in RAW:
                rec['base'] = 'none'
                txt = ('Evidence note TC-ELEC-0142\r\nFlow D0010, ticket ADO-48213, run 2026-03-14T09:21:07Z\r\n' + f'{label}: {value}\r\n' + 'Outcome: Passed\r\n')
                open(out, 'wb').write(b'\xff\xfe' + txt.encode('utf-16-le'))
                rec.update(surface=f'{label}: {value}', how='UTF-16LE plain text with BOM, named .docx', family='text')
            else:
                im = PICS[tech](label, value, r)
                im.save(f'{IMG}/{fid}.png')
                p = Pkg(f'{B}/{base}.docx'); add_picture(p, im); p.save(out)
                rec.update(surface=f'{label}: {value}', how=f'picture ({tech}) inline in the body, {im.width}x{im.height} px', family='picture')
            truth.append(rec)
    # LibreOffice conversions
    for tech, fmt in (('odt_renamed', 'odt'), ('fodt_renamed', 'fodt')):
        fs = [f'{ROOT}/tmp_conv/{fid}.docx' for fid, t in conv if t == tech]
        od = f'{ROOT}/tmp_conv/{fmt}'; os.makedirs(od, exist_ok=True); lo_convert(fs, fmt, od)
        for f in fs:
            fid = os.path.basename(f)[:-5]; shutil.copy(f'{od}/{fid}.{fmt}', f'{OUT}/{fid}.docx')
    # unaltered bases as controls
    for b in BASES:
        shutil.copy(f'{B}/{b}.docx', f'{OUT}/ctl_base_{b}.docx')
        truth.append(dict(file=f'ctl_base_{b}.docx', technique='base_unaltered', kind='keep', value='', label='', control=True, base=b, surface='', how='unaltered base', family='base'))
    # ---------------- templates ----------------
    tt = []
    TSPEC = [('hdr_textbox_table', 'mpan', 'attest_pack'), ('watermark_split', 'mprn', 'attest_pack'), ('altchunk_header_html', 'postcode', 'attest_pack'),
             ('pic_header:psql_grid', 'serial', 'attest_pack'), ('pic_header:tooltip_overlay', 'email', 'attest_pack'), ('pic_footer:strikethrough', 'phone', 'attest_pack'),
             ('pic_body:map_pin', 'address', 'attest_pack'), ('altchunk_flatopc', 'name', 'attest_pack'), ('altchunk_xhtml', 'account', 'attest_pack'),
             ('textbox_rot180', 'eui64', 'attest_pack'), ('pic_header:vertical_stack', 'mpan', 'pydocx'), ('hdr_textbox_table', 'name', 'pydocx')]
    for i, (tech, kind, base) in enumerate(TSPEC):
        value = GEN[kind](r); label = LABEL[kind]; p = Pkg(f'{B}/{base}.docx')
        if tech.startswith('pic_'):
            where, pt = tech[4:].split(':'); im = PICS[pt](label, value, r); im.save(f'{IMG}/tpl_{i:02d}.png')
            add_picture(p, im, {'header': 'header', 'footer': 'footer', 'body': 'body'}[where]); surf = f'{label}: {value}'
        else:
            surf, _ = XTECH[tech](p, label, value)
        fn = f'tpl_{i:02d}_{tech.replace(":", "-")}_{kind}.docx'; p.save(f'{TPL}/{fn}')
        tt.append(dict(file=fn, technique=tech, kind=kind, value=value, label=label, base=base, surface=surf, control=False))
    for b in ('attest_pack', 'pydocx'):
        shutil.copy(f'{B}/{b}.docx', f'{TPL}/tpl_ctl_{b}.docx'); tt.append(dict(file=f'tpl_ctl_{b}.docx', technique='unaltered', kind='keep', value='', label='', base=b, surface='', control=True))
    json.dump(truth, open(f'{ROOT}/truth.json', 'w'), indent=1, ensure_ascii=False)
    json.dump(tt, open(f'{ROOT}/truth_templates.json', 'w'), indent=1, ensure_ascii=False)
    print(len(truth), 'corpus files;', sum(not t['control'] for t in truth), 'altered;', sum(t['control'] for t in truth), 'controls;', len(tt), 'templates')
main()
