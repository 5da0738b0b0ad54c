# Each technique: fn(p, V, label) -> (how_visible_by_design, note). Edits Pkg p so that V is shown / carried.
from xml.sax.saxutils import escape as E
from pkg import RT, CT, NS
import re
def R(t,rpr=''):
    sp=' xml:space="preserve"' if t[:1]==' ' or t[-1:]==' ' else ''
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t{sp}>{E(t)}</w:t></w:r>'
def P(inner,ppr=''): return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'
def lead(label): return R(f'{label}: ')
def chars(V,rpr_fn):
    return ''.join(R(c,rpr_fn(i)) for i,c in enumerate(V))
def fld(code,result_runs):
    return f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {E(code)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
def digits(V): return re.sub(r'\D','',V)
T={}
U='<w:u w:val="single"/>'
SUPREF='<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
def tech(name,kinds=None,vis='render'):
    def d(f): T[name]=(f,kinds,vis); return f
    return d
ALL=None; NUM=['MPAN','MPRN','PHONE']
# ---- character-level layout
@tech('neg_spacing_overlap')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:'<w:spacing w:val="-12"/>')))
@tech('position_raise_lower')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:f'<w:position w:val="{6 if i%2 else -6}"/>')))
@tech('w_scale_1pct')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:'<w:w w:val="1"/>')))
@tech('w_scale_alternating')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:f'<w:w w:val="{33 if i%2 else 600}"/>')))
@tech('letter_spacing_wide')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:spacing w:val="400"/>')))
@tech('webHidden_run')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:webHidden/>')))
@tech('specVanish_run_in_paragraphs')
def _(p,V,l):
    h=len(V)//2
    p.body_add(P(lead(l)+R(V[:h]),'<w:rPr><w:vanish/><w:specVanish/></w:rPr>')+P(R(V[h:])))
@tech('cell_btLr')
def _(p,V,l): p.body_add(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1200"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="3600"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{P(R(l))}</w:tc><w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/><w:textDirection w:val="btLr"/></w:tcPr>{P(R(V))}</w:tc></w:tr></w:tbl>'+P(''))
@tech('cell_tbRl')
def _(p,V,l): p.body_add(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1200"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="3600"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{P(R(l))}</w:tc><w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>{P(R(V))}</w:tc></w:tr></w:tbl>'+P(''))
@tech('rtl_run')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:rtl/>')))
@tech('complex_script_cs')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:rFonts w:cs="Arial"/><w:cs/><w:sz w:val="4"/><w:szCs w:val="24"/>')))
@tech('eastAsian_vert')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:eastAsianLayout w:id="7" w:vert="1" w:vertCompress="1"/>')))
@tech('emphasis_marks')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:em w:val="dot"/>')))
@tech('text_effect_outline_emboss')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:['<w:outline/>','<w:emboss/>','<w:imprint/>','<w:shadow/>','<w:effect w:val="blinkBackground"/>'][i%5])))
@tech('super_sub_alternating')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:f'<w:vertAlign w:val="{"superscript" if i%2 else "subscript"}"/>')))
@tech('black_on_black_shading')
def _(p,V,l): p.body_add(P(lead(l)+R(V,'<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>')))
@tech('strike_dstrike')
def _(p,V,l): p.body_add(P(lead(l)+chars(V,lambda i:'<w:dstrike/>' if i%2 else '<w:strike/>')))
# ---- Unicode / XML encodings
@tech('xml_char_refs')
def _(p,V,l): p.body_add(P(lead(l)+'<w:r><w:t>'+''.join(f'&#x{ord(c):X};' for c in V)+'</w:t></w:r>'))
@tech('cdata_section')
def _(p,V,l): p.body_add(P(lead(l)+f'<w:r><w:t><![CDATA[{V}]]></w:t></w:r>'))
@tech('multiple_wt_in_one_run')
def _(p,V,l):
    h=len(V)//3
    p.body_add(P(lead(l)+f'<w:r><w:t>{E(V[:h])}</w:t><w:t>{E(V[h:2*h])}</w:t><w:t>{E(V[2*h:])}</w:t></w:r>'))
@tech('fullwidth_forms')
def _(p,V,l): p.body_add(P(lead(l)+R(''.join(chr(ord(c)+0xFEE0) if '!'<=c<='~' else c for c in V))))
@tech('math_bold_digits',['MPAN','MPRN','PHONE','SERIAL'])
def _(p,V,l): p.body_add(P(lead(l)+R(''.join(chr(0x1D7CE+int(c)) if c.isdigit() else c for c in V))))
@tech('zero_width_space_between')
def _(p,V,l): p.body_add(P(lead(l)+R('\u200b'.join(V))))
@tech('word_joiner_between')
def _(p,V,l): p.body_add(P(lead(l)+R('\u2060'.join(V))))
@tech('soft_hyphen_char_between')
def _(p,V,l): p.body_add(P(lead(l)+R('\u00ad'.join(V))))
@tech('narrow_nbsp_groups',['MPAN','MPRN','PHONE','POSTCODE','SERIAL'])
def _(p,V,l):
    d=V.replace(' ','')
    p.body_add(P(lead(l)+R('\u202f'.join(d[i:i+3] for i in range(0,len(d),3)))))
@tech('figure_space_groups',['MPAN','MPRN','PHONE','POSTCODE','EUI64'])
def _(p,V,l):
    d=V.replace(' ','').replace('-','')
    p.body_add(P(lead(l)+R('\u2007'.join(d[i:i+4] for i in range(0,len(d),4)))))
@tech('rlo_reversed_logical')
def _(p,V,l): p.body_add(P(lead(l)+R('\u202e'+V[::-1]+'\u202c')))
@tech('softHyphen_element_between')
def _(p,V,l): p.body_add(P(lead(l)+'<w:r>'+'<w:softHyphen/>'.join(f'<w:t>{E(c)}</w:t>' if c!=' ' else '<w:t xml:space="preserve"> </w:t>' for c in V)+'</w:r>'))
@tech('noBreakHyphen_groups',['MPAN','MPRN','PHONE','EUI64','SERIAL'])
def _(p,V,l):
    d=re.sub(r'[ -]','',V); g=[d[i:i+4] for i in range(0,len(d),4)]
    p.body_add(P(lead(l)+'<w:r>'+'<w:noBreakHyphen/>'.join(f'<w:t>{E(x)}</w:t>' for x in g)+'</w:r>'))
@tech('tab_between_groups_tight_stops')
def _(p,V,l):
    g=[V[i:i+4] for i in range(0,len(V),4)]
    p.body_add(P(lead(l)+'<w:r>'+'<w:tab/>'.join(f'<w:t xml:space="preserve">{E(x)}</w:t>' for x in g)+'</w:r>','<w:tabs>'+''.join(f'<w:tab w:val="left" w:pos="{2600+i*700}"/>' for i in range(6))+'</w:tabs>'))
@tech('utf16_document_part')
def _(p,V,l):
    p.body_add(P(lead(l)+R(V)))
    s=p.s('word/document.xml').replace("encoding='UTF-8'",'encoding="UTF-16"').replace('encoding="UTF-8"','encoding="UTF-16"')
    p.put('word/document.xml','\ufeff'.encode('utf-16-le')+s.encode('utf-16-le'))
@tech('utf8_bom_document_part')
def _(p,V,l):
    p.body_add(P(lead(l)+R(V))); p.put('word/document.xml',b'\xef\xbb\xbf'+p.parts['word/document.xml'])
@tech('namespace_other_prefix')
def _(p,V,l):
    p.body_add(f'<q:p xmlns:q="{NS["w"]}"><q:r><q:t xml:space="preserve">{E(l)}: </q:t></q:r><q:r><q:t>{E(V)}</q:t></q:r></q:p>')
@tech('namespace_default')
def _(p,V,l):
    p.body_add(f'<p xmlns="{NS["w"]}"><r><t xml:space="preserve">{E(l)}: </t></r><r><t>{E(V)}</t></r></p>')
@tech('mc_ignorable_processcontent')
def _(p,V,l):
    p.doc_replace(lambda d: re.sub(r'<w:document\b',f'<w:document xmlns:zz="urn:example:unknown-ext" ',d,1))
    def fix(d):
        m=re.search(r'<w:document\b[^>]*>',d); tag=m.group(0)
        if 'mc:Ignorable="' in tag: new=tag.replace('mc:Ignorable="','mc:Ignorable="zz ',1)
        else: new=tag[:-1]+' mc:Ignorable="zz">'
        new=new[:-1]+' mc:ProcessContent="zz:wrap">'
        return d.replace(tag,new,1)
    p.doc_replace(fix)
    p.body_add(P(lead(l)+f'<zz:wrap>{R(V)}</zz:wrap>'))
@tech('mc_ignorable_element_dropped',vis='extract')
def _(p,V,l):
    def fix(d):
        m=re.search(r'<w:document\b[^>]*>',d); tag=m.group(0)
        new=tag[:-1]+' xmlns:yy="urn:example:ignored">'
        new=new.replace('mc:Ignorable="','mc:Ignorable="yy ',1) if 'mc:Ignorable="' in new else new[:-1]+' mc:Ignorable="yy">'
        return d.replace(tag,new,1)
    p.doc_replace(fix)
    p.body_add(P(R('Notes withheld.')+f'<yy:note>{R(V)}</yy:note>'))
@tech('inline_customXml_element')
def _(p,V,l): p.body_add(P(lead(l)+f'<w:customXml w:uri="urn:example:crm" w:element="value">{R(V)}</w:customXml>'))
# ---- numbering
@tech('numbering_start_prefix',['MPAN','MPRN'])
def _(p,V,l):
    a='<w:abstractNum w:abstractNumId="9001"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%%1"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'%int(V[:4])
    p.numbering_add(a,'<w:num w:numId="9001"><w:abstractNumId w:val="9001"/></w:num>')
    p.body_add(P(R(l+':')))
    p.body_add(P(R(V[4:]),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9001"/></w:numPr>'))
@tech('numbering_multilevel_decimalZero',['MPAN','MPRN','PHONE'])
def _(p,V,l):
    d=digits(V); g=[d[i:i+2] for i in range(0,len(d)-1,2)][:8]; rest=d[2*len(g):]
    n=len(g)
    lv=''.join(f'<w:lvl w:ilvl="{k}"><w:start w:val="{int(g[k])}"/><w:numFmt w:val="decimalZero"/><w:suff w:val="nothing"/><w:lvlText w:val="{"".join("%"+str(j+1) for j in range(k+1))}"/><w:lvlJc w:val="left"/></w:lvl>' for k in range(n))
    p.numbering_add(f'<w:abstractNum w:abstractNumId="9002"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>','<w:num w:numId="9002"><w:abstractNumId w:val="9002"/></w:num>')
    p.body_add(P(R(l+':')))
    p.body_add(P(R(rest),f'<w:numPr><w:ilvl w:val="{n-1}"/><w:numId w:val="9002"/></w:numPr>'))
@tech('numbering_lvlOverride_startOverride',['MPAN','MPRN'])
def _(p,V,l):
    a='<w:abstractNum w:abstractNumId="9003"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    p.numbering_add(a,f'<w:num w:numId="9003"><w:abstractNumId w:val="9003"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{int(V[:4])}"/></w:lvlOverride></w:num>')
    p.body_add(P(R(l+':')))
    p.body_add(P(R(V[4:]),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9003"/></w:numPr>'))
@tech('abstractNum_name_attr',vis='extract')
def _(p,V,l):
    a=f'<w:abstractNum w:abstractNumId="9004"><w:name w:val="{E(l)} {E(V)}"/><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    p.numbering_add(a,'<w:num w:numId="9004"><w:abstractNumId w:val="9004"/></w:num>')
    p.body_add(P(R('Checked readings.'),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9004"/></w:numPr>'))
# ---- fields
@tech('field_stale_result')
def _(p,V,l): p.body_add(P(lead(l)+fld('QUOTE "see data register"',R(V))))
@tech('field_code_only_result_differs',vis='extract')
def _(p,V,l): p.body_add(P(lead(l)+fld(f'QUOTE "{V}"',R('(see register)'))))
@tech('SYMBOL_fields_per_char')
def _(p,V,l): p.body_add(P(lead(l)+''.join(fld(f'SYMBOL {ord(c)} \\f "Arial"',R(c)) for c in V)))
@tech('formula_field_number_picture',['MPAN','MPRN'])
def _(p,V,l):
    n=int(V); a=n-1234567
    p.body_add(P(lead(l)+fld(f'= {a} + 1234567 \\# "0"',R(V))))
@tech('hyperlink_tooltip',vis='extract')
def _(p,V,l): p.body_add(P(R('Contact details are in the CRM ')+f'<w:hyperlink w:anchor="_top" w:tooltip="{E(l)}: {E(V)}">{R("(hover for details)",U)}</w:hyperlink>'))
@tech('hyperlink_external_target',vis='extract')
def _(p,V,l):
    from urllib.parse import quote
    tgt=('mailto:'+V) if '@' in V else 'https://crm.example.org/lookup?q='+quote(V)
    rid=p.add_rel('word/document.xml',RT+'hyperlink',E(tgt),external=True)
    p.body_add(P(R('Account record: ')+f'<w:hyperlink r:id="{rid}">{R("open CRM record",U)}</w:hyperlink>'))
@tech('HYPERLINK_field_screentip',vis='extract')
def _(p,V,l): p.body_add(P(R('See ')+fld(f'HYPERLINK \\l "_top" \\o "{l}: {V}"',R('customer page','<w:u w:val="single"/>'))))
@tech('GOTOBUTTON_display_text')
def _(p,V,l): p.body_add(P(lead(l)+fld(f'GOTOBUTTON _top {V}',R(V))))
@tech('TC_field_hidden_code',vis='extract')
def _(p,V,l): p.body_add(P(R('Section 4 evidence')+fld(f'TC "{l} {V}" \\l 2','')))
@tech('USERNAME_field',['NAME','EMAIL'])
def _(p,V,l): p.body_add(P(R('Prepared by: ')+fld(f'USERNAME',R(V))))
@tech('USERADDRESS_field',['POSTCODE','PHONE'])
def _(p,V,l): p.body_add(P(R('Return address: ')+fld('USERADDRESS',R('12 Mill Lane, Leeds '+V))))
def core_set(p,tag,ns,V):
    cp='docProps/core.xml'
    if cp not in p.parts:
        p.put(cp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>')
        p.add_rel('',  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties','docProps/core.xml')
        p.ct_override(cp,'application/vnd.openxmlformats-package.core-properties+xml')
    s=p.s(cp)
    s=re.sub(rf'<{tag}\b[^>]*/>|<{tag}\b[^>]*>.*?</{tag}>','',s,flags=re.S)
    s=s.replace('</cp:coreProperties>',f'<{tag}>{E(V)}</{tag}>'+'</cp:coreProperties>'); p.put(cp,s)
for tag,fname in [('dc:title','TITLE'),('dc:subject','SUBJECT'),('cp:keywords','KEYWORDS'),('dc:description','COMMENTS'),('cp:lastModifiedBy','LASTSAVEDBY'),('cp:category',None),('cp:contentStatus',None),('dc:creator','AUTHOR')]:
    def mk(tag=tag,fname=fname):
        def f(p,V,l):
            core_set(p,tag,'',f'{l} {V}')
            if fname: p.body_add(P(R('Document property: ')+fld(fname,R(f'{l} {V}'))))
            else: p.body_add(P(R('Status recorded in properties.')))
        return f
    T['coreprop_'+tag.split(':')[1]+('_with_field' if fname else '')]=(mk(),None,'render' if fname else 'extract')
def custom_prop(p,name,V):
    cp='docProps/custom.xml'
    if cp not in p.parts:
        p.put(cp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>')
        p.add_rel('','http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties','docProps/custom.xml')
        p.ct_override(cp,'application/vnd.openxmlformats-officedocument.custom-properties+xml')
    s=p.s(cp); pids=[int(x) for x in re.findall(r'pid="(\d+)"',s)]; pid=max(pids+[1])+1
    s=s.replace('</Properties>',f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}"><vt:lpwstr>{E(V)}</vt:lpwstr></property></Properties>'); p.put(cp,s)
@tech('DOCPROPERTY_custom_field')
def _(p,V,l): custom_prop(p,'SiteContact',V); p.body_add(P(lead(l)+fld('DOCPROPERTY SiteContact \\* MERGEFORMAT',R(V))))
@tech('custom_property_only',vis='extract')
def _(p,V,l): custom_prop(p,'CustomerRef',V); p.body_add(P(R('Custom properties recorded.')))
@tech('INFO_Comments_field')
def _(p,V,l): core_set(p,'dc:description','',V); p.body_add(P(lead(l)+fld('INFO Comments',R(V))))
# ---- headers/footers/notes
@tech('header_first_page_titlePg')
def _(p,V,l): p.add_hf('header','first',P(R(f'{l}: {V}'))); p.sect_add('<w:titlePg/>',first=False)
@tech('header_even_page')
def _(p,V,l):
    p.settings_add('<w:evenAndOddHeaders/>'); p.add_hf('header','even',P(R(f'{l}: {V}')))
    p.body_add(P('<w:r><w:br w:type="page"/></w:r>'+R('Continued.'))+P('<w:r><w:br w:type="page"/></w:r>'+R('End of record.')))
@tech('footer_first_page')
def _(p,V,l): p.add_hf('footer','first',P(R(f'{l}: {V}'))); p.sect_add('<w:titlePg/>',first=False)
@tech('header_textbox_shape')
def _(p,V,l):
    tb=f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>200000</wp:posOffset></wp:positionV><wp:extent cx="4000000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="901" name="Text Box 901"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{P(R(f"{l}: {V}"))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="tb901" type="#_x0000_t202" style="position:absolute;margin-left:70pt;margin-top:15pt;width:315pt;height:31pt;z-index:2;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"><v:textbox><w:txbxContent>{P(R(f"{l}: {V}"))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    p.add_hf('header','default',P(tb))
def anchor_tb(V,l,x,y,docpr_extra=''):
    return f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="3000000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="902" name="Text Box 902"{docpr_extra}/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{P(R(V))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
@tech('textbox_anchored_off_page',vis='extract')
def _(p,V,l): p.body_add(P(R('Annotation box removed.')+anchor_tb(f'{l}: {V}',l,-30000000,-30000000)))
@tech('shape_docPr_title_descr',vis='extract')
def _(p,V,l): p.body_add(P(R('Callout: ')+anchor_tb('see photo',l,2000000,5000000,f' title="{E(l)} {E(V)}" descr="{E(l)}: {E(V)}"')))
@tech('endnote_text')
def _(p,V,l):
    p.notes_add('endnote',f'<w:endnote w:id="901">{P(SUPREF+R(" "+l+": "+V))}</w:endnote>')
    p.body_add(P(R('Meter exchange confirmed')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="901"/></w:r>'))
@tech('footnote_separator_text')
def _(p,V,l):
    part=p.find_rel('word/document.xml','footnotes')
    p.notes_add('footnote',f'<w:footnote w:id="901">{P("<w:r><w:footnoteRef/></w:r>"+R(" Reading taken on site."))}</w:footnote>')
    part=p.find_rel('word/document.xml','footnotes'); s=p.s(part)
    s=re.sub(r'(<w:footnote [^>]*w:type="separator"[^>]*>)<w:p>(.*?)</w:p>',lambda m:m.group(1)+'<w:p>'+m.group(2)+R(f' {l}: {V}')+'</w:p>',s,count=1,flags=re.S); p.put(part,s)
    p.body_add(P(R('Reading confirmed')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="901"/></w:r>'))
@tech('footnote_continuationNotice',vis='extract')
def _(p,V,l):
    p.notes_add('footnote',f'<w:footnote w:type="continuationNotice" w:id="902">{P(R(f"{l}: {V} (continued)"))}</w:footnote><w:footnote w:id="903">{P("<w:r><w:footnoteRef/></w:r>"+R(" Site access notes."))}</w:footnote>')
    p.body_add(P(R('Access arranged')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="903"/></w:r>'))
# ---- revisions
@tech('tracked_deletion_delText')
def _(p,V,l): p.body_add(P(lead(l)+f'<w:del w:id="9101" w:author="Reviewer" w:date="2026-11-30T10:00:00Z"><w:r><w:delText>{E(V)}</w:delText></w:r></w:del>'+R('[removed]')))
@tech('tracked_insertion')
def _(p,V,l): p.body_add(P(lead(l)+f'<w:ins w:id="9102" w:author="Reviewer" w:date="2026-11-30T10:00:00Z">{R(V)}</w:ins>'))
@tech('moveFrom_moveTo')
def _(p,V,l):
    p.body_add(P(lead(l)+f'<w:moveFromRangeStart w:id="9103" w:author="Reviewer" w:date="2026-11-30T10:00:00Z" w:name="move1"/><w:moveFrom w:id="9104" w:author="Reviewer" w:date="2026-11-30T10:00:00Z">{R(V)}</w:moveFrom><w:moveFromRangeEnd w:id="9103"/>'))
    p.body_add(P(R('Moved here: ')+f'<w:moveToRangeStart w:id="9105" w:author="Reviewer" w:date="2026-11-30T10:00:00Z" w:name="move1"/><w:moveTo w:id="9106" w:author="Reviewer" w:date="2026-11-30T10:00:00Z">{R(V)}</w:moveTo><w:moveToRangeEnd w:id="9105"/>'))
# ---- math
@tech('omath_mt')
def _(p,V,l): p.body_add(P(lead(l)+f'<m:oMath><m:r><m:rPr><m:sty m:val="p"/></m:rPr><m:t>{E(V)}</m:t></m:r></m:oMath>'))
@tech('omath_split_runs')
def _(p,V,l):
    h=len(V)//2
    p.body_add(P(lead(l)+f'<m:oMathPara><m:oMath><m:r><m:t>{E(V[:h])}</m:t></m:r><m:r><m:rPr><m:nor/></m:rPr><m:t>{E(V[h:])}</m:t></m:r></m:oMath></m:oMathPara>'))
# ---- tables / misc parts
@tech('table_caption_description',vis='extract')
def _(p,V,l): p.body_add(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="{E(l)} {E(V)}"/><w:tblDescription w:val="Readings for {E(V)}"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{P(R("Readings 1-3 agreed"))}</w:tc></w:tr></w:tbl>'+P(''))
@tech('orphan_text_part',vis='extract')
def _(p,V,l): p.put('word/notes/site_notes.txt',f'Site notes\r\n{l}: {V}\r\n'); p.ct_default('txt','text/plain'); p.body_add(P(R('Notes attached separately.')))
@tech('second_section_header')
def _(p,V,l):
    rid_part=None
    p.body_add(P(R('Part 1 ends.'),'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')+P(R('Part 2: site photographs.')))
    p.add_hf('header','default',P(R(f'{l}: {V}')))
