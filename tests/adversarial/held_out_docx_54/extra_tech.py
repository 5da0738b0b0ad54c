

# ---- second batch
@tech('fld_seq_reset_chunks', 'field-compute', DIG, 'render')
def _(p, c):
    a, b = half(c['value'], nz=True)
    p.body_append(P(R(lab(c)) + FLD(f' SEQ SiteA \\r {int(a)} \\* Arabic ', R(a)) + FLD(f' SEQ SiteB \\r {int(b)} \\* Arabic ', R(b))))
    return 'two SEQ fields reset (\\r) to the two halves (cached results)'


@tech('img_png_ext_case', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28), 'PNG'); c['_img'] = data
    body_img(p, data, 'Png', 'image/png')
    return 'PNG part with extension ".Png" (own Default content type in that case)'


@tech('fld_hyperlink_screentip', 'field-compute', ANY, 'ui(hover)')
def _(p, c):
    p.body_append(P(R('Defect: ') + FLD(f' HYPERLINK "https://dev.azure.com/example-org/MHHS/_workitems/edit/40230" \\o "{c["phrase"]}" ', R('ADO-40230', LNK))))
    return 'HYPERLINK field \\o ScreenTip text'


@tech('w_hyperlink_tooltip', 'attribute', ANY, 'ui(hover)')
def _(p, c):
    p.body_append(P(f'<w:hyperlink w:anchor="_top" w:tooltip="{esc(c["phrase"], True)}">{R("back to top", LNK)}</w:hyperlink>'))
    return 'w:hyperlink w:tooltip'


@tech('fld_userinfo', 'field-compute', ['ADDRESS', 'POSTCODE', 'EMAIL'], 'word-only(update)')
def _(p, c):
    f = 'USERADDRESS' if c['kind'] in ('ADDRESS', 'POSTCODE') else 'USERNAME'
    p.body_append(P(R('Prepared for: ') + FLD(f' {f} "{c["value"]}" ', R(' '))))
    return f'{f} field with literal argument (blank cached result)'


@tech('fld_fillin_default', 'field-compute', ANY, 'ui(prompt)')
def _(p, c):
    p.body_append(P(R('Site: ') + FLD(f' FILLIN "Enter the site for this retest" \\d "{c["phrase"]}" ', R(' '))))
    return 'FILLIN prompt default (\\d)'


@tech('fld_ask_ref', 'field-compute', ANY, 'ui(prompt)')
def _(p, c):
    p.body_append(P(FLD(f' ASK SiteQ "Which site?" \\d "{c["phrase"]}" ', None) + R('Site: ') + FLD(' REF SiteQ ', R(' '))))
    return 'ASK default + REF (blank cached result)'


@tech('fld_set_ref', 'field-compute', ANY, 'word-only(update)')
def _(p, c):
    p.body_append(P(FLD(f' SET SiteV "{c["phrase"]}" ', None) + R('Site: ') + FLD(' REF SiteV \\* MERGEFORMAT ', R(' '))))
    return 'SET bookmark value + REF (blank cached result)'


@tech('fld_docproperty_custom', 'field-compute', ANY, 'word-only(update)')
def _(p, c):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="SiteRef"><vt:lpwstr>{esc(c["phrase"])}</vt:lpwstr></property></Properties>')
    p.add_part('docProps/custom.xml', x, 'application/vnd.openxmlformats-officedocument.custom-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', source=None, target='docProps/custom.xml')
    p.body_append(P(R('Site: ') + FLD(' DOCPROPERTY SiteRef \\* MERGEFORMAT ', R(' '))))
    return 'custom property shown by DOCPROPERTY (blank cached result)'


@tech('vml_textbox_header', 'header-footer', ANY, 'render')
def _(p, c):
    shape = f'<w:r><w:pict><v:rect id="hb1" style="position:absolute;margin-left:250pt;margin-top:0;width:230pt;height:28pt;z-index:1" stroked="f"><v:textbox><w:txbxContent>{P(R(c["phrase"]))}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'
    rid = add_hdr(p, 'header', 'default', P(shape))
    h = [k for k in p.files if k.startswith('word/header9d')][0]
    p.put(h, p.text(h).replace('<w:hdr ', f'<w:hdr xmlns:v="{NS["v"]}" xmlns:o="{NS["o"]}" ', 1))
    replace_hdr_ref(p, 'default', rid)
    return 'VML v:textbox in header'


@tech('wpg_group_two_shapes', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    def shp(i, x, t):
        return (f'<wps:wsp><wps:cNvPr id="{970 + i}" name="T{i}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{x}" y="0"/><a:ext cx="1800000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
                f'<wps:txbx><w:txbxContent>{P(R(t), JR if i == 0 else "")}</w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0"/></wps:wsp>')
    g = (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3600000" cy="400000"/><wp:docPr id="969" name="Group 969"/><wp:cNvGraphicFramePr/>'
         f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="400000"/><a:chOff x="0" y="0"/><a:chExt cx="3600000" cy="400000"/></a:xfrm></wpg:grpSpPr>'
         f'{shp(0, 0, lab(c) + a)}{shp(1, 1800000, b)}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    x = p.text(p.main)
    if 'xmlns:wpg=' not in x:
        p.put(p.main, x.replace('<w:document ', '<w:document xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ', 1))
    p.body_append(P(g))
    return 'drawing group (wpg) of two text shapes, one half each'


@tech('sdt_bound_coreprops', 'content-control', ANY, 'word-only(binding)')
def _(p, c):
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>QT evidence</dc:title><dc:subject>{esc(c["phrase"])}</dc:subject><dc:creator>Demo Tester</dc:creator></cp:coreProperties>')
    if 'docProps/core.xml' in p.files:
        x = p.text('docProps/core.xml')
        x = re.sub(r'<dc:subject>.*?</dc:subject>|<dc:subject/>', '', x)
        x = x.replace('</cp:coreProperties>', f'<dc:subject>{esc(c["phrase"])}</dc:subject></cp:coreProperties>')
        if 'xmlns:dc=' not in x:
            x = x.replace('<cp:coreProperties ', '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
        p.put('docProps/core.xml', x)
    else:
        p.add_part('docProps/core.xml', core, 'application/vnd.openxmlformats-package.core-properties+xml', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', source=None, target='docProps/core.xml')
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Subject"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\'" w:xpath="/ns1:coreProperties[1]/ns0:subject[1]" w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/><w:text/></w:sdtPr><w:sdtContent>{P(R("[Subject]"))}</w:sdtContent></w:sdt>')
    return 'core property dc:subject bound to a content control (stale "[Subject]")'


@tech('background_image', 'image', ANY, 'word-only(background)+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28, fg=(200, 200, 200)), 'PNG'); c['_img'] = to_bytes(text_img(c['phrase'], sz=28), 'PNG')
    rid, _ = add_image(p, data, 'png', 'image/png')
    p.settings_insert('<w:displayBackgroundShape/>', after=r'<w:(?:zoom|view)\b[^>]*>')
    p.ensure_ns(p.main)
    x = p.text(p.main)
    x = x.replace('<w:body>', f'<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" o:targetscreensize="1024,768"><v:fill r:id="{rid}" o:title="bg" recolor="t" type="frame"/></v:background></w:background><w:body>', 1)
    p.put(p.main, x)
    return 'page background picture (w:background v:fill)'


@tech('numpicbullet_image', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28), 'PNG'); c['_img'] = data
    n = p.numbering_part()
    rid, _ = add_image(p, data, 'png', 'image/png', source=n)
    p.ensure_ns(n, ['w', 'r', 'v', 'o'])
    x = p.text(n)
    m = re.search(r'<w:numbering[^>]*>', x)
    x = x[:m.end()] + f'<w:numPicBullet w:numPicBulletId="7"><w:pict><v:shape id="_x0000_i1077" type="#_x0000_t75" style="width:300pt;height:24pt" o:bullet="t"><v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:numPicBullet>' + x[m.end():]
    p.put(n, x)
    add_abstract_num(p, '<w:abstractNum w:abstractNumId="903"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlPicBulletId w:val="7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>', 903)
    p.body_append(P(R('Reading accepted'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="903"/></w:numPr>'))
    return 'picture bullet (numPicBullet) image holding the value'


def ffield(ffdata, result):
    return FLD(' FORMTEXT ', R(result), begin_extra=f'<w:ffData>{ffdata}</w:ffData>')


@tech('ff_helptext', 'form-field', ANY, 'ui(F1 help)')
def _(p, c):
    p.body_append(P(R('Site: ') + ffield(f'<w:name w:val="Site1"/><w:enabled/><w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="{esc(c["phrase"], True)}"/><w:textInput/>', '\u2002\u2002\u2002\u2002\u2002')))
    return 'legacy form field helpText'


@tech('ff_statustext', 'form-field', ANY, 'ui(status bar)')
def _(p, c):
    p.body_append(P(R('Site: ') + ffield(f'<w:name w:val="Site2"/><w:enabled/><w:calcOnExit w:val="0"/><w:statusText w:type="text" w:val="{esc(c["phrase"], True)}"/><w:textInput/>', '\u2002\u2002\u2002\u2002\u2002')))
    return 'legacy form field statusText'


@tech('ff_dropdown_entry', 'form-field', NOSP + ['POSTCODE', 'PHONE'], 'ui(list)')
def _(p, c):
    p.body_append(P(R('Site: ') + FLD(' FORMDROPDOWN ', None, begin_extra=f'<w:ffData><w:name w:val="Site3"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="0"/><w:listEntry w:val="Choose"/><w:listEntry w:val="{esc(c["value"], True)}"/></w:ddList></w:ffData>')))
    return 'legacy FORMDROPDOWN listEntry (not selected)'


@tech('tracked_deleted_row', 'tracked', ANY, 'ui(markup)')
def _(p, c):
    dl = '<w:del w:id="{}" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z">{}</w:del>'
    cell = lambda t, i: f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>{dl.format(i, "<w:r><w:delText xml:space=\"preserve\">" + esc(t) + "</w:delText></w:r>")}</w:p></w:tc>'
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
                  f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{P(R("Ref"))}</w:tc><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{P(R("Detail"))}</w:tc></w:tr>'
                  f'<w:tr><w:trPr><w:del w:id="620" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"/></w:trPr>{cell("Site", 621)}{cell(c["phrase"], 622)}</w:tr></w:tbl>' + P(''))
    return 'table row deleted with tracked changes'


@tech('move_from', 'tracked', ANY, 'ui(markup)')
def _(p, c):
    p.body_append(P('<w:moveFromRangeStart w:id="630" w:name="move501" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"/>'
                    f'<w:moveFrom w:id="631" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z">{R(c["phrase"])}</w:moveFrom><w:moveFromRangeEnd w:id="630"/>'))
    return 'w:moveFrom text (no matching moveTo)'


@tech('pic_hlinkclick_tooltip', 'attribute', ANY, 'ui(hover)')
def _(p, c):
    rid, _ = add_image(p, to_bytes(text_img('Open DIP tracker'), 'PNG'), 'png', 'image/png')
    hr = p.add_rel(p.main, 'hyperlink', 'https://dip.example.com/tracker', external=True)
    xml = inline_pic(rid, 5400000, 600000, 998).replace('descr="Screenshot"/>', f'descr="Screenshot"><a:hlinkClick xmlns:a="{NS["a"]}" r:id="{hr}" tooltip="{esc(c["phrase"], True)}"/></wp:docPr>')
    p.body_append(P(xml))
    return 'picture a:hlinkClick tooltip'


@tech('pic_docpr_name', 'attribute', ANY, 'ui(selection pane)')
def _(p, c):
    rid, _ = add_image(p, to_bytes(text_img('Meter cupboard'), 'PNG'), 'png', 'image/png')
    xml = inline_pic(rid, 5400000, 600000, 999).replace('name="Picture 999"', f'name="{esc(c["phrase"], True)}"', 1)
    p.body_append(P(xml))
    return 'wp:docPr name (Selection Pane)'


@tech('noproof_lang_runs', 'run-format', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for i, ch in enumerate(c['value']):
        s += R(ch, '<w:noProof/>' if i % 2 else '<w:lang w:val="cy-GB"/>')
    p.body_append(P(s))
    return 'alternating w:noProof / w:lang runs per char'
