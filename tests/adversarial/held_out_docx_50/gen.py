from tech import *
import hashlib, sys
T = []  # (name, kind, fn, vis, variants)
def tech(name, kind, vis, n=3):
    def deco(fn): T.append((name, kind, fn, vis, n)); return fn
    return deco
LBL = lambda s: run(s)
BOTH='Word+LibreOffice'; WORD='Word only (per spec)'; EXTR='extractable/UI (not on page)'
# ---------- Word rendering transforms ----------
@tech('caps_lowercase_serial','eserial',BOTH)
def _(p,v):
    p.add_body(para(run('Electricity meter serial (from site photo): ')+run(v.lower(),'<w:caps/>')))
    return v,'body run w:caps over lower-case text'
@tech('smallcaps_lowercase_serial','gserial',BOTH)
def _(p,v):
    p.add_body(para(run('Gas meter: ')+run(v.lower(),'<w:smallCaps/>')))
    return v,'body run w:smallCaps over lower-case text'
@tech('caps_lowercase_postcode_style','postcode',BOTH,2)
def _(p,v):
    t=numbering  # noop
    p.add_body(para(run('Premises postcode ')+run(v.lower(),'<w:caps/><w:b/>')))
    return v,'body run caps lower-case postcode'
@tech('caps_serial_split_zwsp','eserial',BOTH,2)
def _(p,v):
    s=v.lower(); h=len(s)//2
    p.add_body(para(run('Meter ')+run(s[:h]+'\u200b'+s[h:],'<w:caps/>')))
    return v,'caps run, U+200B inside'
@tech('numbering_lvltext_literal','mpan',BOTH,2)
def _(p,v):
    nid=add_list(p,[dict(text='MPAN '+v+':',start=1)])
    p.add_body(numpara(nid,0,run('confirm registration on DIP')))
    return v,'numbering.xml lvlText literal'
@tech('numbering_start_value_suff_nothing','mpan',BOTH)
def _(p,v):
    nid=add_list(p,[dict(text='%1',start=int(v[:4]),suff='nothing')])
    p.add_body(numpara(nid,0,run(v[4:])))
    return v,'numbering label from w:start (first 4 digits) + paragraph text'
@tech('numbering_multilevel_starts','mpan',BOTH)
def _(p,v):
    nid=add_list(p,[dict(text='%1',start=int(v[:5])),dict(text='%1%2',start=int(v[5:9])),dict(text='%1%2%3',start=int(v[9:]),suff='space')])
    p.add_body(numpara(nid,2,run('supply point checked in ECOES')))
    return v,'3-level numbering label %1%2%3, each level w:start a digit group'
@tech('numbering_decimalZero_phone','phone',BOTH,2)
def _(p,v):
    # v like 01632 960123 or 07700 900123 or 020 7946 0123
    d=v.replace(' ','')
    nid=add_list(p,[dict(text='%1'+v[2:-3],start=int(v[:2]),fmt='decimalZero',suff='nothing')])
    p.add_body(numpara(nid,0,run(v[-3:]+' (customer callback)')))
    return v,'lvlText %1 + literal, decimalZero renders leading 0, last 3 digits in text'
@tech('numbering_hex_eui','eui',WORD,2)
def _(p,v):
    h=v.replace('-','')
    nid=add_list(p,[dict(text='Device '+h[:10]+'%1',start=int(h[10:],16),fmt='hex',suff='space')])
    p.add_body(numpara(nid,0,run('commissioned (SRV 8.11)')))
    return h,'numFmt hex, w:start = int(last 3 bytes)'
@tech('numbering_custom_numfmt_mprn','mprn',WORD,2)
def _(p,v):
    v='00'+v[:8]
    nid=add_list(p,[dict(text='MPRN %1',start=int(v),custom='0000000001, 0000000002, 0000000003, ...',suff='space')])
    p.add_body(numpara(nid,0,run('gas supply point confirmed')))
    return v,'w14 custom numFmt w:format zero-pad 10 (fallback decimal shows 8 digits)'
@tech('pgnum_start_footer_page','mpan',BOTH)
def _(p,v):
    add_hf(p,'ftr',para(run('Supply '+v[:9])+fld('PAGE',v[9:])))
    sect_add(p,'<w:pgNumType w:start="%d"/>'%int(v[9:]))
    return v,'footer: literal first 8 digits + PAGE field with pgNumType start'
@tech('formula_field_dirty','mpan',WORD)
def _(p,v):
    n=int(v); p.add_body(para(run('MPAN check: ')+fld('= %d * 7 + %d \\# "0"'%(n//7,n%7),'0',dirty=True)))
    return v,'= formula field, stale result 0, dirty (Word recomputes on open)'
@tech('formula_field_cached','mpan',BOTH,2)
def _(p,v):
    n=int(v); p.add_body(para(run('Import MPAN ')+fld('= %d + %d \\# "0"'%(n-4096,4096),v)))
    return v,'= formula field with arithmetic code, cached result = value'
@tech('nested_field_arithmetic_dirty','mpan',WORD,2)
def _(p,v):
    a=int(v[:6]); b=int(v[6:])
    inner=('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE %d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'%a
           +run(str(a))+'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    x=('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> = </w:instrText></w:r>'+inner+
       '<w:r><w:instrText xml:space="preserve"> * 10000000 + %d \\# "0" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'%b + run('0')+'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    p.add_body(para(run('Supply ref: ')+x))
    return v,'{= {QUOTE a} * 10^7 + b} stale result, dirty'
@tech('seq_reset_value','mpan',BOTH)
def _(p,v):
    p.add_body(para(run('Core '+v[:9])+fld('SEQ Core \\r %d'%int(v[9:]),v[9:])))
    return v,'literal + SEQ \\r field result'
@tech('seq_reset_dirty','mpan',WORD,2)
def _(p,v):
    p.add_body(para(run('Core '+v[:9])+fld('SEQ Core \\r %d \\# "0000"'%int(v[9:]),'1',dirty=True)))
    return v,'literal + SEQ \\r field, stale result 1, dirty'
@tech('ref_to_hidden_bookmark','mpan',BOTH,2)
def _(p,v):
    p.add_body(para('<w:bookmarkStart w:id="777" w:name="SupplyMPAN"/>'+run(v,'<w:vanish/>')+'<w:bookmarkEnd w:id="777"/>'+run('Supply point as registered: '))
               +para(run('See: ')+fld('REF SupplyMPAN \\h',v)))
    return v,'bookmark on hidden run, REF field result shows it'
@tech('ask_default_ref','mpan',WORD,2)
def _(p,v):
    p.add_body(para(fld('ASK CustMPAN "Enter the supply MPAN" \\d "%s"'%v,'')+run('MPAN: ')+fld('REF CustMPAN',' ',dirty=True)))
    return v,'ASK \\d default text, REF dirty (prompt shows default; REF shows it after update)'
@tech('fillin_default','phone',BOTH,2)
def _(p,v):
    p.add_body(para(run('Callback number: ')+fld('FILLIN "Customer phone?" \\d "%s"'%v,v)))
    return v,'FILLIN \\d default, cached result'
@tech('date_picture_literal','mpan',WORD,2)
def _(p,v):
    p.add_body(para(run('Evidence date: ')+fld("DATE \\@ \"'%s'\""%v,'05/12/2026')))
    return v,'DATE field picture with quoted literal (Word updates DATE on open)'
@tech('time_picture_literal_postcode','postcode',WORD,2)
def _(p,v):
    p.add_body(para(run('Site visit: ')+fld("TIME \\@ \"HH:mm' at %s'\""%v,'05:20')))
    return v,'TIME field picture with literal text'
@tech('upper_switch_field','eserial',BOTH,2)
def _(p,v):
    p.add_body(para(run('Serial: ')+fld('QUOTE "%s" \\* Upper'%v.lower(),v)))
    return v,'QUOTE lower-case \\* Upper, cached upper'
@tech('charformat_upper_dirty','gserial',WORD,2)
def _(p,v):
    p.add_body(para(run('Gas meter ')+fld('QUOTE "%s" \\* Upper \\* CHARFORMAT'%v.lower(),'x',dirty=True,rpr='<w:b/>')))
    return v,'QUOTE lower + \\* Upper CHARFORMAT, stale result, dirty'
@tech('field_result_spans_paragraphs','mpan',BOTH,2)
def _(p,v):
    p.add_body('<w:p>'+run('MPAN ')+'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'+run(v[:6])+'</w:p>'
               +'<w:p>'+run(v[6:])+'<w:r><w:fldChar w:fldCharType="end"/></w:r>'+run(' registered')+'</w:p>')
    return v,'field result crosses paragraph mark'
# ---------- bidi / layout ----------
def split_swap(v,k=7):
    a,b=v[:k],v[k:]
    return a,b
@tech('bidi_paragraph_reorder','mpan',BOTH)
def _(p,v):
    a,b=v[:7],v[7:]
    p.add_body(para(run('Supply point:'))+para(run(b)+run(' ')+run(a),'<w:bidi/><w:jc w:val="left"/>'))
    return a+' '+b,'w:bidi paragraph, logical "B A" shows "A B"'
@tech('rtl_runs_reorder','mpan',BOTH)
def _(p,v):
    a,b=v[:6],v[6:]
    p.add_body(para(run('MPAN (portal, RTL locale):'))+para(run(b,'<w:rtl/>')+run(' ','<w:rtl/>')+run(a,'<w:rtl/>'),'<w:bidi/>'))
    return a+' '+b,'w:rtl runs in bidi paragraph, logical order reversed groups'
@tech('bdo_rtl_override','mpan',WORD)
def _(p,v):
    p.add_body(para(run('Supply: ')+'<w:bdo w:val="rtl">'+run(v[::-1])+'</w:bdo>'))
    return v,'w:bdo rtl over reversed digits'
@tech('dir_rtl_embedding','mpan',WORD,2)
def _(p,v):
    a,b=v[:7],v[7:]
    p.add_body(para(run('Supply: ')+'<w:dir w:val="rtl">'+run(b+' '+a)+'</w:dir>'))
    return a+' '+b,'w:dir rtl embedding, groups reorder'
@tech('rlo_control_char','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('Supply: \u202e'+v[::-1]+'\u202c (confirmed)')))
    return v,'U+202E override with reversed digits'
@tech('eastasian_combine','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+run(v,'<w:eastAsianLayout w:id="5" w:combine="1"/>')))
    return v,'eastAsianLayout combine'
@tech('vertical_cell_text','mpan',BOTH,2)
def _(p,v):
    p.add_body('<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="2200"/></w:trPr>'
               '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:textDirection w:val="btLr"/></w:tcPr>'+para(run(v))+'</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'+para(run('Site notes'))+'</w:tc></w:tr></w:tbl>'+para(''))
    return v,'table cell textDirection btLr'
@tech('frames_swapped_order','mpan',BOTH)
def _(p,v):
    a,b=v[:7],v[7:]
    fp='<w:framePr w:w="%d" w:h="300" w:hRule="exact" w:hSpace="0" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="%d" w:y="%d"/>'
    p.add_body(para(run(b),fp%(1000,2600,900))+para(run(a),fp%(1150,1440,900)))
    return a+' '+b,'two w:framePr paragraphs, second half first in XML, placed side by side'
@tech('drop_cap_first_digit','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run(v[0]),'<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>')+para(run(v[1:]+' is the import MPAN for this site.')))
    return v,'drop cap holds first digit'
@tech('tab_between_groups','mpan',BOTH,2)
def _(p,v):
    a,b=v[:7],v[7:]
    p.add_body(para(run(a)+'<w:r><w:tab/></w:r>'+run(b),'<w:tabs><w:tab w:val="left" w:leader="none" w:pos="2400"/></w:tabs>'))
    return a+' '+b,'tab (no leader) between groups'
@tech('ptab_between_groups','mpan',BOTH,2)
def _(p,v):
    a,b=v[:7],v[7:]
    p.add_body(para(run(a)+'<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>'+run(b)))
    return a+' '+b,'w:ptab between groups'
# ---------- revisions ----------
REV=' w:author="SIT Tester" w:date="2026-11-18T10:00:00Z"'
@tech('move_from_to','mpan',BOTH,2)
def _(p,v):
    p.add_body(para('<w:moveFromRangeStart w:id="301" w:name="move1"%s/><w:moveFrom w:id="302"%s>'%(REV,REV)+run(v)+'</w:moveFrom><w:moveFromRangeEnd w:id="301"/>')
               +para(run('Moved: ')+'<w:moveToRangeStart w:id="303" w:name="move1"%s/><w:moveTo w:id="304"%s>'%(REV,REV)+run(v)+'</w:moveTo><w:moveToRangeEnd w:id="303"/>'))
    return v,'w:moveFrom/w:moveTo'
@tech('move_from_only_split','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('Site: ')+'<w:moveFromRangeStart w:id="311" w:name="move2"%s/><w:moveFrom w:id="312"%s>'%(REV,REV)+run(v[:6])+'</w:moveFrom>'+'<w:moveFrom w:id="313"%s>'%REV+run(v[6:])+'</w:moveFrom><w:moveFromRangeEnd w:id="311"/>'))
    return v,'moveFrom content split over two moveFrom elements (All Markup shows struck)'
@tech('rprchange_caps','eserial',BOTH,2)
def _(p,v):
    p.add_body(para(run('Serial ')+'<w:r><w:rPr><w:caps/><w:rPrChange w:id="320"%s><w:rPr/></w:rPrChange></w:rPr><w:t>%s</w:t></w:r>'%(REV,v.lower())))
    return v,'w:caps added as tracked format change over lower-case'
@tech('deleted_table_row','mpan',BOTH,2)
def _(p,v):
    cell=lambda x:'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:del w:id="%d"%s><w:r><w:delText>%s</w:delText></w:r></w:del></w:p></w:tc>'%(did(),REV,x)
    p.add_body('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
               '<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'+para(run('Field'))+'</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'+para(run('Value'))+'</w:tc></w:tr>'
               '<w:tr><w:trPr><w:del w:id="%d"%s/></w:trPr>'%(did(),REV)+cell('MPAN')+cell(v)+'</w:tr></w:tbl>'+para(''))
    return v,'deleted table row (trPr/w:del + delText)'
@tech('ins_inside_field_result','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:ins w:id="330"%s><w:r><w:instrText xml:space="preserve"> QUOTE "%s" </w:instrText></w:r></w:ins><w:r><w:fldChar w:fldCharType="separate"/></w:r>'%(REV,v)
                    +'<w:ins w:id="331"%s>'%REV+run(v[:5])+'</w:ins>'+run(v[5:])+'<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return v,'w:ins inside field code and result'
@tech('comment_reply_extended','mpan',BOTH,2)
def _(p,v):
    t=comments(p); c1=next_comment_id(p); c2=c1+1
    for e in frag('<w:comment w:id="%d" w:author="Witness" w:date="2026-11-18T10:00:00Z" w:initials="W"><w:p w14:paraId="1A2B3C01" w14:textId="77777777">%s</w:p></w:comment>'%(c1,run('Which supply is this?'))+
                  '<w:comment w:id="%d" w:author="Tester" w:date="2026-11-18T10:05:00Z" w:initials="T"><w:p w14:paraId="1A2B3C02" w14:textId="77777777">%s</w:p></w:comment>'%(c2,run('It is '+v+', per ECOES'))): t.append(e)
    p.add_part('word/commentsExtended.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx %s><w15:commentEx w15:paraId="1A2B3C01" w15:done="0"/><w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="0"/></w15:commentsEx>'%NSDECL,
               'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml','http://schemas.microsoft.com/office/2011/relationships/commentsExtended',target='commentsExtended.xml')
    p.add_body(para('<w:commentRangeStart w:id="%d"/><w:commentRangeStart w:id="%d"/>'%(c1,c2)+run('Step 2 supply check')+'<w:commentRangeEnd w:id="%d"/><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r><w:r><w:commentReference w:id="%d"/></w:r>'%(c1,c2,c1,c2)))
    return v,'comments.xml reply (commentsExtended paraIdParent)'
@tech('comment_anchored_in_header','phone',EXTR+'; LibreOffice refuses to load the file',2)
def _(p,v):
    t=comments(p); c=next_comment_id(p)
    t.append(frag('<w:comment w:id="%d" w:author="Witness" w:date="2026-11-18T10:00:00Z" w:initials="W"><w:p>%s</w:p></w:comment>'%(c,run('Customer asked to call back on '+v)))[0])
    add_hf(p,'hdr',para('<w:commentRangeStart w:id="%d"/>'%c+run('SIT evidence – witness copy')+'<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>'%(c,c)))
    return v,'comment anchored in a header part'
# ---------- other parts ----------
@tech('linked_textbox_chain','mpan',WORD,2)
def _(p,v):
    first=txbx_shape(para(run('Customer supply MPAN '+v+' confirmed on the registration screen, see step 3.')),cx=900000,cy=250000,inline=False,x=0,y=0,extra_body='')
    first=first.replace('<wps:txbx>','<wps:txbx id="1">') if False else first.replace('<wps:txbx>','<wps:txbx w:id="1">') if False else first
    # set id on txbx via regex
    first=first.replace('<wps:txbx>','<wps:txbx id="1">',1)
    second=txbx_shape('',cx=900000,cy=600000,inline=False,x=1500000,y=0,linked=(1,1))
    p.add_body(para(first+second)+para('')+para(''))
    return v,'wps:linkedTxbx chain (text overflows from box 1 into box 2)'
@tech('canvas_wpc_textbox','mpan',BOTH,2)
def _(p,v):
    i=did()
    wsp='<wps:wsp><wps:cNvPr id="%d" name="tb"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="100000" y="100000"/><a:ext cx="2800000" cy="300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'%(i+1000,para(run('MPAN '+v)))
    p.add_body(para('<w:r><w:drawing><wp:inline><wp:extent cx="3200000" cy="600000"/><wp:docPr id="%d" name="Canvas %d"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"><wpc:wpc><wpc:bg/><wpc:whole/>%s</wpc:wpc></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'%(i,i,wsp)))
    return v,'wordprocessingCanvas with text box'
@tech('ink_contentpart_inkml','mpan',EXTR,1)
def _(p,v):
    ink='<?xml version="1.0" encoding="UTF-8"?><inkml:ink xmlns:inkml="http://www.w3.org/2003/InkML"><inkml:definitions><inkml:context xml:id="ctx0"/></inkml:definitions><inkml:annotation type="recognizedText">%s</inkml:annotation><inkml:trace contextRef="#ctx0">10 0, 11 1, 12 2</inkml:trace></inkml:ink>'%v
    rid=p.add_part('word/ink/ink1.xml',ink,'application/inkml+xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',target='ink/ink1.xml')
    p.add_body(para('<w:r><w14:contentPart r:id="%s" w14:bwMode="auto"><w14:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="200000"/></w14:xfrm></w14:contentPart></w:r>'%rid))
    return v,'w14:contentPart ink part with recognizedText annotation'
@tech('chartex_data_label','mpan',WORD,2)
def _(p,v):
    cx='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cx:chartSpace xmlns:a="%s" xmlns:r="%s" xmlns:cx="%s"><cx:chartData><cx:data id="0"><cx:strDim type="cat"><cx:f>Sheet1!$A$2:$A$3</cx:f><cx:lvl ptCount="2"><cx:pt idx="0">%s</cx:pt><cx:pt idx="1">Other sites</cx:pt></cx:lvl></cx:strDim><cx:numDim type="size"><cx:f>Sheet1!$B$2:$B$3</cx:f><cx:lvl ptCount="2" formatCode="General"><cx:pt idx="0">412</cx:pt><cx:pt idx="1">98</cx:pt></cx:lvl></cx:numDim></cx:data></cx:chartData><cx:chart><cx:plotArea><cx:plotAreaRegion><cx:series layoutId="treemap" uniqueId="{A1B2C3D4-0000-4000-8000-000000000001}"><cx:tx><cx:txData><cx:f>Sheet1!$B$1</cx:f><cx:v>kWh</cx:v></cx:txData></cx:tx><cx:dataLabels pos="inEnd"><cx:visibility seriesName="0" categoryName="1" value="1"/></cx:dataLabels><cx:dataId val="0"/></cx:series></cx:plotAreaRegion></cx:plotArea></cx:chart></cx:chartSpace>'''%(NS['a'],NS['r'],NS['cx'],v)
    rid=p.add_part('word/charts/chartEx1.xml',cx,'application/vnd.ms-office.chartex+xml','http://schemas.microsoft.com/office/2014/relationships/chartEx',target='charts/chartEx1.xml')
    i=did()
    p.add_body(para('<w:r><mc:AlternateContent><mc:Choice Requires="cx1" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex"><w:drawing><wp:inline><wp:extent cx="4000000" cy="2400000"/><wp:docPr id="%d" name="Chart %d"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:t>[chart]</w:t></mc:Fallback></mc:AlternateContent></w:r>'%(i,i,rid)))
    return v,'chartEx (cx:) treemap category data label'
@tech('smartart_drawing_cache_only','mpan',WORD,2)
def _(p,v):
    dm='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="%s" xmlns:a="%s"><dgm:ptLst><dgm:pt modelId="{00000000-0000-4000-8000-000000000001}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Process</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt modelId="{00000000-0000-4000-8000-000000000002}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Register</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="{00000000-0000-4000-8000-000000000003}" srcId="{00000000-0000-4000-8000-000000000001}" destId="{00000000-0000-4000-8000-000000000002}" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="%s" relId="rIdD5"/></a:ext></dgm:extLst></dgm:dataModel>'%(NS['dgm'],NS['a'],NS['dsp'])
    dr='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dsp="%s" xmlns:a="%s" xmlns:dgm="%s"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/><dsp:sp modelId="{00000000-0000-4000-8000-000000000002}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom></dsp:spPr><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1800"/><a:t>Register %s</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></dsp:txXfrm></dsp:sp></dsp:spTree></dsp:drawing>'%(NS['dsp'],NS['a'],NS['dgm'],v)
    r1=p.add_part('word/diagrams/data1.xml',dm,'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml','diagramData',target='diagrams/data1.xml')
    p.parts['word/diagrams/_rels/data1.xml.rels']=b''
    del p.parts['word/diagrams/_rels/data1.xml.rels']
    r5=p.add_part('word/diagrams/drawing1.xml',dr,'application/vnd.ms-office.drawingml.diagramDrawing+xml','http://schemas.microsoft.com/office/2007/relationships/diagramDrawing',target='diagrams/drawing1.xml')
    i=did()
    p.add_body(para('<w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="600000"/><wp:docPr id="%d" name="Diagram %d"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="%s" r:lo="%s" r:qs="%s" r:cs="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'%(i,i,r1,r1,r1,r1)))
    # fix dataModelExt relId
    p.parts['word/diagrams/data1.xml']=p.parts['word/diagrams/data1.xml'].replace(b'rIdD5',r5.encode())
    return v,'SmartArt: identifier only in dsp: drawing cache (data model says "Register")'
@tech('font_name_in_fonttable','mpan',EXTR,2)
def _(p,v):
    fn='Site %s Sans'%v
    if 'word/fontTable.xml' in p.parts:
        t=p.tree('word/fontTable.xml'); t.append(frag('<w:font w:name="%s"><w:family w:val="swiss"/></w:font>'%fn)[0])
    p.add_body(para(run('Meter readings table (font as supplied by CRM export)','<w:rFonts w:ascii="%s" w:hAnsi="%s"/>'%(fn,fn))))
    return v,'font name (rFonts + fontTable) - shown in Word font box'
@tech('customui_ribbon_label','mpan',WORD,2)
def _(p,v):
    ui='<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs><tab id="tabSit" label="SIT %s"><group id="g1" label="Evidence"><button id="b1" label="Open %s" size="large"/></group></tab></tabs></ribbon></customUI>'%(v,v)
    p.parts['customUI/customUI14.xml']=ui.encode()
    p.add_rel('','http://schemas.microsoft.com/office/2007/relationships/ui/extensibility','customUI/customUI14.xml')
    return v,'customUI14.xml ribbon tab/button labels'
@tech('webextension_property','mpan',EXTR,2)
def _(p,v):
    we='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B0F7A1C-2D3E-4F50-9A6B-7C8D9E0F1A2B}"><we:reference id="wa104380121" version="1.0.0.0" store="en-GB" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="lastSupply" value="&quot;%s&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="%s"/></we:webextension>'%(v,NS['r'])
    tp='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref xmlns:r="%s" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>'%NS['r']
    p.parts['word/webextensions/taskpanes.xml']=tp.encode(); p.ct_override('word/webextensions/taskpanes.xml','application/vnd.ms-office.webextensiontaskpanes+xml')
    p.parts['word/webextensions/webextension1.xml']=we.encode(); p.ct_override('word/webextensions/webextension1.xml','application/vnd.ms-office.webextension+xml')
    p.parts['word/webextensions/_rels/taskpanes.xml.rels']=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>').encode()
    p.add_rel('','http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes','word/webextensions/taskpanes.xml')
    return v,'web extension task pane property value'
@tech('customxml_inline_element','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN: ')+'<w:customXml w:uri="urn:sit:evidence" w:element="supply">'+run(v[:7])+'</w:customXml><w:customXml w:uri="urn:sit:evidence" w:element="supply2">'+run(v[7:])+'</w:customXml>'))
    return v,'inline w:customXml elements, split'
@tech('customxml_attr_value','mpan',EXTR,1)
def _(p,v):
    p.add_body(para(run('Supply: ')+'<w:customXml w:uri="urn:sit:evidence" w:element="supply"><w:customXmlPr><w:attr w:name="mpan" w:val="%s"/></w:customXmlPr>'%v+run('[see register]')+'</w:customXml>'))
    return v,'w:customXmlPr attr value (XML mapping, not on page)'
@tech('smarttag_address','name_addr',BOTH,3)
def _(p,v):
    p.add_body(para(run('Customer: ')+'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="address"><w:smartTagPr><w:attr w:name="Street" w:val="x"/></w:smartTagPr>'+run(v)+'</w:smartTag>'))
    return v,'w:smartTag wrapping address'
@tech('subdoc_link_path','mpan',WORD,2)
def _(p,v):
    rid=p.add_rel('word/document.xml','subDocument','file:///C:/Users/sit.tester/Evidence/Survey_%s_site.docx'%v,external=True)
    p.add_body(para('<w:subDoc r:id="%s"/>'%rid))
    return v,'w:subDoc external link target (outline view shows path)'
@tech('custom_footnote_mark','mpan',BOTH,2)
def _(p,v):
    t=footnotes(p); fid=max([int(x) for x in t.xpath('//w:footnote/@w:id',namespaces=NS)]+[0])+20
    t.append(frag('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>%s</w:t></w:r>%s</w:p></w:footnote>'%(fid,v[7:],run(' digits continue the core above')))[0])
    p.add_body(para(run('Supply '+v[:7])+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="%d"/><w:t>%s</w:t></w:r>'%(fid,v[7:])))
    return v,'custom footnote mark (customMarkFollows) holds last digits'
@tech('footnote_separator_text','mpan',WORD,2)
def _(p,v):
    t=footnotes(p)
    for f in t.findall(W+'footnote'):
        if f.get(W+'type')=='separator':
            for ch in list(f): f.remove(ch)
            f.append(frag(para(run('Supply '+v)+'<w:r><w:separator/></w:r>'))[0])
    fid=max([int(x) for x in t.xpath('//w:footnote/@w:id',namespaces=NS)]+[0])+20
    t.append(frag('<w:footnote w:id="%d"><w:p><w:r><w:footnoteRef/></w:r>%s</w:p></w:footnote>'%(fid,run(' Reading taken from register 1.')))[0])
    p.add_body(para(run('Reading 004512.7')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'%fid))
    return v,'footnote separator (w:type=separator) text'
@tech('background_image_fill','mpan',BOTH,2)
def _(p,v):
    rid=add_image(p,png_text('MPAN '+v,w=1200,h=200,size=60))
    p.doc.insert(0,frag('<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" o:targetscreensize="1024,768"><v:fill r:id="%s" o:title="bg" recolor="t" type="frame"/></v:background></w:background>'%rid)[0])
    s=settings(p); s.insert(0,frag('<w:displayBackgroundShape/>')[0])
    return v,'w:background v:fill image (document background) pixels'
@tech('page_border_custom_art_image','mpan',WORD,1)
def _(p,v):
    rid=add_image(p,png_text(v,w=600,h=60,size=36))
    sect_add(p,'<w:pgBorders w:offsetFrom="page"><w:top w:val="custom" w:sz="24" w:space="24" r:id="%s"/><w:bottom w:val="custom" w:sz="24" w:space="24" r:id="%s"/></w:pgBorders>'%(rid,rid))
    return v,'page border custom art image (r:id on pgBorders) pixels'
@tech('line_numbering_start','mpan',BOTH,0)
def _(p,v):
    # line number (start+1) shows last 5 digits in margin next to single line starting ... not contiguous; put first part at line start
    sect_add(p,'<w:lnNumType w:countBy="1" w:start="%d" w:distance="0" w:restart="continuous"/>'%(int(v[8:])-1))
    p.add_body(para(run('')))
    # mark whole doc: only the first line number in document is v[8:]; put paragraph with v[:8] at top of body, right-aligned? keep in body start
    p.body.insert(0,frag(para(run(v[:8]),'<w:jc w:val="left"/><w:ind w:left="-567"/>'))[0])
    return v,'line numbering (lnNumType start) renders last 5 digits beside first line holding first 8 digits'
# ---------- assemblies ----------
@tech('assembly_numbering_plus_caps','eserial',BOTH,2)
def _(p,v):
    k=next(i for i,ch in enumerate(v) if ch.isdigit())
    pre=v[:k]; yr=v[k:k+2]; rest=v[k+2:]
    nid=add_list(p,[dict(text=pre+'%1',start=int(yr),suff='nothing')])
    p.add_body(numpara(nid,0,run(rest.lower(),'<w:caps/>')))
    return v,'numbering label (letters+start) + caps run lower-case'
@tech('assembly_field_plus_textbox','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+fld('QUOTE "%s"'%v[:7],v[:7])+txbx_shape(para(run(v[7:])),cx=700000,cy=180000,inline=True)))
    return v,'first 7 digits in field result, rest in inline text box'
@tech('assembly_numbering_plus_field','mpan',BOTH,2)
def _(p,v):
    nid=add_list(p,[dict(text='%1',start=int(v[:4]),suff='nothing')])
    p.add_body(numpara(nid,0,fld('QUOTE "%s"'%v[4:],v[4:])))
    return v,'numbering label + QUOTE field result'
@tech('assembly_zw_in_lvltext','mpan',BOTH,2)
def _(p,v):
    nid=add_list(p,[dict(text=v[:6]+'\u200b'+v[6:10]+'\u2060'+v[10:]+' ',start=1,suff='nothing')])
    p.add_body(numpara(nid,0,run('site MPAN (from D0150)')))
    return v,'lvlText with ZWSP / word joiner inside'
@tech('assembly_softhyphen_textbox_caps','eserial',BOTH,2)
def _(p,v):
    s=v.lower(); h=len(s)//2
    p.add_body(para(txbx_shape(para(run('Meter '+s[:h],'<w:caps/>')+'<w:r><w:softHyphen/></w:r>'+run(s[h:],'<w:caps/>')),cx=2400000,cy=250000,inline=True)))
    return v,'text box, caps, w:softHyphen element between halves'
@tech('symbol_pua_digits','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+run(''.join(chr(0xF000+ord(c)) for c in v),'<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')))
    return v,'Symbol font, digits as U+F030-F039 private-use code points'
@tech('mixed_fonts_sym_digits','mpan',BOTH,2)
def _(p,v):
    x=''
    for i,c in enumerate(v):
        if i%3==0: x+='<w:r><w:sym w:font="Symbol" w:char="F0%X"/></w:r>'%ord(c)
        elif i%3==1: x+=run(c,'<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>')
        else: x+=run(c,'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
    p.add_body(para(run('MPAN ')+x))
    return v,'digits alternate w:sym Symbol / Courier / Times runs'
@tech('fullwidth_digits','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN '+''.join(chr(0xFF10+int(c)) for c in v))))
    return v,'fullwidth digits U+FF10..'
@tech('nobreak_hyphen_groups','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run(v[:2])+'<w:r><w:noBreakHyphen/></w:r>'+run(v[2:6])+'<w:r><w:noBreakHyphen/></w:r>'+run(v[6:10])+'<w:r><w:noBreakHyphen/></w:r>'+run(v[10:])))
    return v[:2]+'-'+v[2:6]+'-'+v[6:10]+'-'+v[10:],'w:noBreakHyphen elements between groups'
@tech('softhyphen_char_runs','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN '+v[:4]+'\u00ad')+run(v[4:9]+'\u00ad'+v[9:])))
    return v,'U+00AD soft hyphens between digit groups, across runs'
@tech('sbox_two_lines_in_textbox','mpan',BOTH,2)
def _(p,v):
    top='03 801 %s'%R.choice(['210','845','A12','125'])
    inner=para(run('S','<w:b/><w:sz w:val="48"/>')+run('  '+top))+para(run('    '+v[:2]+' '+v[2:6]+' '+v[6:10]+' '+v[10:]))
    p.add_body(para(txbx_shape(inner,cx=2600000,cy=700000,inline=True)))
    return v[:2]+' '+v[2:6]+' '+v[6:10]+' '+v[10:],'bill-style S box in text box, core spaced on second line'
# ---------- samples of earlier classes ----------
@tech('split_every_digit_run','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run('MPAN ')+''.join('<w:r><w:rPr><w:b w:val="%d"/></w:rPr><w:t>%s</w:t></w:r>'%(i%2,c) for i,c in enumerate(v))))
    return v,'one run per digit'
@tech('two_borderless_cells','mpan',BOTH,1)
def _(p,v):
    cell=lambda x,w:'<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'%(w,para(run(x),'<w:jc w:val="%s"/>'%('right' if w==1200 else 'left')))
    p.add_body('<w:tbl><w:tblPr><w:tblW w:w="2400" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1200"/><w:gridCol w:w="1200"/></w:tblGrid><w:tr>'+cell(v[:7],1200)+cell(v[7:],1201)+'</w:tr></w:tbl>'+para(''))
    return v,'two borderless cells, no cell margins'
@tech('hidden_vanish','postcode',EXTR,1)
def _(p,v):
    p.add_body(para(run('Site notes ')+run(v,'<w:vanish/>')))
    return v,'w:vanish hidden text (shown with show-hidden)'
@tech('white_tiny_text','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run(v,'<w:color w:val="FFFFFF"/><w:sz w:val="2"/>')))
    return v,'white 1pt text'
@tech('header_text','email',BOTH,1)
def _(p,v):
    add_hf(p,'hdr',para(run('Prepared for '+v)))
    return v,'header'
@tech('tracked_deletion','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run('Supply ')+'<w:del w:id="340"%s><w:r><w:delText>%s</w:delText></w:r></w:del>'%(REV,v)))
    return v,'w:del deleted text'
@tech('alt_text_descr','mpan',EXTR,1)
def _(p,v):
    rid=add_image(p,png_text('Registration accepted',w=600,h=100,size=30))
    p.add_body(para(inline_pic(rid,descr='Portal screen for MPAN '+v)))
    return v,'wp:docPr descr (alt text)'
@tech('png_pixels_inline','mpan',BOTH,1)
def _(p,v):
    rid=add_image(p,png_text('Supply number  '+v,w=1000,h=110,size=40))
    p.add_body(para(inline_pic(rid)))
    return v,'identifier in PNG pixels'
@tech('png_text_chunk','phone',EXTR,1)
def _(p,v):
    rid=add_image(p,png_text('Step 4 OK',w=400,h=100,size=30,info={'Comment':'callback '+v}))
    p.add_body(para(inline_pic(rid,cx=2400000,cy=600000)))
    return v,'PNG tEXt chunk'
@tech('docvars','mpan',EXTR,1)
def _(p,v):
    s=settings(p); s.append(frag('<w:docVars><w:docVar w:name="SupplyMPAN" w:val="%s"/></w:docVars>'%v)[0])
    return v,'settings docVars'
@tech('sdt_alias_tag','mpan',BOTH,1)
def _(p,v):
    p.add_body('<w:sdt><w:sdtPr><w:alias w:val="MPAN %s"/><w:tag w:val="%s"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'%(v,v)+para(run('Click here to enter text.'))+'</w:sdtContent></w:sdt>')
    return v,'content control alias/tag'
@tech('vml_watermark','mpan',BOTH,1)
def _(p,v):
    add_hf(p,'hdr',para('<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="%s"/></v:shape></w:pict></w:r>'%v))
    return v,'VML watermark textpath string'
@tech('fldsimple_quote','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run('MPAN ')+'<w:fldSimple w:instr=" QUOTE &quot;%s&quot; ">%s</w:fldSimple>'%(v,run(v))))
    return v,'fldSimple'
@tech('omml_equation_digits','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run('Core = ')+'<m:oMath><m:r><m:t>%s</m:t></m:r><m:r><m:t>%s</m:t></m:r></m:oMath>'%(v[:6],v[6:])))
    return v,'OMML m:t runs'
@tech('hyperlink_mailto','email',BOTH,1)
def _(p,v):
    rid=p.add_rel('word/document.xml','hyperlink','mailto:'+v,external=True)
    p.add_body(para(run('Contact: ')+'<w:hyperlink r:id="%s" w:tooltip="%s">'%(rid,v)+run('customer e-mail','<w:u w:val="single"/><w:color w:val="0563C1"/>')+'</w:hyperlink>'))
    return v,'hyperlink target and tooltip (hover shows)'
@tech('altchunk_html','name_addr',BOTH,1)
def _(p,v):
    rid=p.add_part('word/afchunk1.htm','<html><body><p>Customer: %s</p></body></html>'%v,'text/html','aFChunk',target='afchunk1.htm')
    p.add_body('<w:altChunk r:id="%s"/>'%rid)
    return v,'altChunk HTML'
@tech('core_title_property','mpan',EXTR,1)
def _(p,v):
    if 'docProps/core.xml' in p.parts:
        s=p.parts['docProps/core.xml'].decode()
        if '<dc:title' in s: s=re.sub(r'<dc:title>.*?</dc:title>|<dc:title/>','<dc:title>Evidence %s</dc:title>'%v,s)
        else: s=s.replace('</cp:coreProperties>','<dc:title>Evidence %s</dc:title></cp:coreProperties>'%v)
        p.parts['docProps/core.xml']=s.encode()
    else:
        p.add_part('docProps/core.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Evidence %s</dc:title></cp:coreProperties>'%v,
                   'application/vnd.openxmlformats-package.core-properties+xml','http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',src='',target='docProps/core.xml')
    return v,'docProps/core.xml title'
@tech('animated_gif_second_frame','mpan',BOTH,2)
def _(p,v):
    f1=Image.new('P',(700,90),255); f2=Image.new('RGB',(700,90),'white'); ImageDraw.Draw(f2).text((10,20),'MPAN '+v,fill='black',font=ImageFont.truetype(FONT,40))
    f1=Image.new('RGB',(700,90),'white'); ImageDraw.Draw(f1).text((10,20),'Loading...',fill='black',font=ImageFont.truetype(FONT,40))
    b=io.BytesIO(); f1.save(b,'GIF',save_all=True,append_images=[f2],duration=[300,3000],loop=0)
    rid=add_image(p,b.getvalue(),'gif'); p.add_body(para(inline_pic(rid,cx=4200000,cy=540000)))
    return v,'animated GIF, identifier only in frame 2'
@tech('svg_tspan_split','mpan',BOTH,2)
def _(p,v):
    svg='<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><rect width="600" height="80" fill="white"/><text x="10" y="50" font-family="DejaVu Sans" font-size="32"><tspan>MPAN %s</tspan><tspan>%s</tspan></text></svg>'%(v[:7],v[7:])
    rid=add_image(p,svg.encode(),'svg')
    fb=add_image(p,png_text('Portal view',w=600,h=80,size=30))
    x=inline_pic(fb,cx=4200000,cy=560000).replace('<a:blip r:embed="%s"/>'%fb,'<a:blip r:embed="%s"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="%s"/></a:ext></a:extLst></a:blip>'%(fb,rid))
    p.add_body(para(x))
    return v,'SVG blip (asvg:svgBlip) text split in tspans; PNG fallback clean'
@tech('jpeg_comment_exif','mpan',EXTR,1)
def _(p,v):
    im=Image.new('RGB',(400,100),'white'); ImageDraw.Draw(im).text((10,30),'Step 5 passed',fill='black',font=ImageFont.truetype(FONT,28))
    ex=Image.Exif(); ex[0x010E]='Site MPAN '+v
    b=io.BytesIO(); im.save(b,'JPEG',exif=ex.tobytes(),comment=('Supply '+v).encode()); rid=add_image(p,b.getvalue(),'jpeg')
    p.add_body(para(inline_pic(rid,cx=2400000,cy=600000)))
    return v,'JPEG EXIF ImageDescription + COM segment'
@tech('png_icc_profile_desc','mpan',EXTR,1)
def _(p,v):
    from PIL import ImageCms
    prof=ImageCms.createProfile('sRGB'); 
    try:
        ImageCms.ImageCmsProfile(prof).profile.profile_description='Supply '+v
    except Exception: pass
    icc=ImageCms.ImageCmsProfile(prof).tobytes()
    if v.encode() not in icc:
        icc=icc+('desc Supply '+v).encode()
    im=Image.new('RGB',(400,100),'white'); ImageDraw.Draw(im).text((10,30),'Step 6 passed',fill='black',font=ImageFont.truetype(FONT,28))
    b=io.BytesIO(); im.save(b,'PNG',icc_profile=icc); rid=add_image(p,b.getvalue())
    p.add_body(para(inline_pic(rid,cx=2400000,cy=600000)))
    return v,'PNG iCCP profile text'
@tech('glossary_building_block','mpan',EXTR,1)
def _(p,v):
    g='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument %s><w:docParts><w:docPart><w:docPartPr><w:name w:val="SiteBlock"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{3C4E2A10-5B6D-4E7F-8A9B-0C1D2E3F4A5B}"/></w:docPartPr><w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'%(NSDECL,para(run('Site MPAN '+v)))
    p.add_part('word/glossary/document.xml',g,'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument',target='glossary/document.xml')
    return v,'glossary document AutoText building block'
@tech('docproperty_field_dirty','mpan',WORD,2)
def _(p,v):
    cp='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="SiteRef"><vt:lpwstr>%s</vt:lpwstr></property></Properties>'%v
    if 'docProps/custom.xml' in p.parts:
        p.parts['docProps/custom.xml']=cp.encode()
    else:
        p.add_part('docProps/custom.xml',cp,'application/vnd.openxmlformats-officedocument.custom-properties+xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',src='',target='docProps/custom.xml')
    p.add_body(para(run('Site reference: ')+fld('DOCPROPERTY SiteRef','Error! Unknown document property name.',dirty=True)))
    return v,'custom property + DOCPROPERTY field (stale error result, dirty)'
@tech('sdt_dropdown_displaytext','mpan',BOTH,2)
def _(p,v):
    p.add_body(para('<w:sdt><w:sdtPr><w:alias w:val="Supply"/><w:dropDownList w:lastValue="a"><w:listItem w:displayText="%s" w:value="a"/><w:listItem w:displayText="Other" w:value="b"/></w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'%(v,run(v))))
    return v,'dropdown content control listItem displayText (and shown value)'
@tech('sdt_dropdown_unselected_item','mpan',WORD,1)
def _(p,v):
    p.add_body(para(run('Supply: ')+'<w:sdt><w:sdtPr><w:alias w:val="Supply"/><w:dropDownList><w:listItem w:displayText="Choose a supply" w:value=""/><w:listItem w:displayText="%s" w:value="1"/></w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'%(v,run('Choose a supply'))))
    return v,'dropdown listItem displayText only in list (opened by click)'
@tech('style_name_alias','mpan',EXTR,2)
def _(p,v):
    if 'word/styles.xml' not in p.parts: return None
    t=p.tree('word/styles.xml')
    t.append(frag('<w:style w:type="paragraph" w:customStyle="1" w:styleId="SiteX"><w:name w:val="Site %s"/><w:aliases w:val="MPAN %s"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>'%(v,v))[0])
    p.add_body(para(run('Site summary'),'<w:pStyle w:val="SiteX"/>'))
    return v,'style name + aliases (Styles gallery shows)'
@tech('bookmark_name','mpan',EXTR,1)
def _(p,v):
    p.add_body(para('<w:bookmarkStart w:id="881" w:name="MPAN_%s"/>'%v+run('Registration step')+'<w:bookmarkEnd w:id="881"/>'))
    return v,'bookmark name (Insert > Bookmark dialog)'
@tech('position_raised_halves','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+run(v[:7],'<w:position w:val="6"/>')+run(v[7:],'<w:position w:val="-6"/>')))
    return v,'w:position raised/lowered halves'
@tech('horizontal_scale_fittext','mpan',BOTH,2)
def _(p,v):
    p.add_body(para(run('MPAN ')+run(v[:6],'<w:w w:val="33"/>')+run(v[6:],'<w:fitText w:val="600" w:id="9911"/>')))
    return v,'w:w 33% scale + w:fitText squeeze'
@tech('vml_textbox','name_addr',BOTH,2)
def _(p,v):
    p.add_body(para('<w:r><w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:300pt;height:30pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'%(did(),para(run(v)))))
    return v,'VML v:textbox'
@tech('first_page_header_titlepg','phone',BOTH,2)
def _(p,v):
    rt,ct=HF['hdr']; name='word/xheaderfp.xml'
    rid=p.add_part(name,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'%(NSDECL,para(run('Site contact '+v))),ct,rt,target='xheaderfp.xml')
    sect_add(p,'<w:headerReference w:type="first" r:id="%s"/>'%rid); sect_add(p,'<w:titlePg/>')
    return v,'first-page header (titlePg)'
@tech('hyperlink_boundary_split','mpan',BOTH,2)
def _(p,v):
    rid=p.add_rel('word/document.xml','hyperlink','https://portal.example.com/supply/search',external=True)
    p.add_body(para(run('Look up ')+'<w:hyperlink r:id="%s">'%rid+run(v[:8],'<w:u w:val="single"/>')+'</w:hyperlink>'+run(v[8:])))
    return v,'digits split across hyperlink boundary'
@tech('ole_embedded_xlsx','mpan',EXTR,1)
def _(p,v):
    import openpyxl
    wb=openpyxl.Workbook(); ws=wb.active; ws['A1']='Step'; ws['B1']='MPAN'; ws['A2']=1; ws['B2']=v
    b=io.BytesIO(); wb.save(b)
    p.ct_default('xlsx','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    rid=p.add_part('word/embeddings/Sheet_x1.xlsx',b.getvalue(),rtype='package',target='embeddings/Sheet_x1.xlsx')
    img=add_image(p,png_text('Workbook',w=300,h=80,size=28))
    q=did()
    p.add_body(para('<w:r><w:object w:dxaOrig="2000" w:dyaOrig="600"><v:shape id="ole%d" type="#_x0000_t75" style="width:100pt;height:30pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="ole%d" DrawAspect="Icon" ObjectID="_1234567%d" r:id="%s"/></w:object></w:r>'%(q,img,q,q,rid)))
    return v,'embedded xlsx package (OLE, icon)'
@tech('caption_seq_table_split','mpan',BOTH,1)
def _(p,v):
    p.add_body(para(run('Table ')+fld('SEQ Table \\* ARABIC','1')+run(': Supply '+v[:7]),'<w:keepNext/>')+para(run(v[7:]+' readings')))
    return v,'caption paragraph + next paragraph (adjacent-paragraph split)'
