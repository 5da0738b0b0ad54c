from tech import *
C=[]
def ctl(name):
    def d(fn): C.append((name,fn)); return fn
    return d
@ctl('caps_flow_name')
def _(p): p.add_body(para(run('Flow received: ')+run('d0010 and d0150 accepted','<w:caps/>')))
@ctl('numbering_step_start3')
def _(p):
    nid=add_list(p,[dict(text='Step %1.',start=3)]); p.add_body(numpara(nid,0,run('Send IF-031 and await ACK')))
@ctl('pgnum_start2')
def _(p):
    add_hf(p,'ftr',para(run('SIT evidence v1.4 – page ')+fld('PAGE','2'))); sect_add(p,'<w:pgNumType w:start="2"/>')
@ctl('formula_reading_total')
def _(p): p.add_body(para(run('Total consumption (kWh): ')+fld('= 4512 + 388 \\# "0.0"','4900.0')))
@ctl('date_field_normal')
def _(p): p.add_body(para(run('Printed: ')+fld('DATE \\@ "dd/MM/yyyy"','05/12/2026')))
@ctl('bidi_arabic_label')
def _(p): p.add_body(para(run('\u0627\u0644\u0631\u0633\u0627\u0644\u0629 IF-031 \u0645\u0642\u0628\u0648\u0644\u0629 2026-11-18','<w:rtl/>'),'<w:bidi/>'))
@ctl('vertical_cell_step')
def _(p): p.add_body('<w:tbl><w:tblPr><w:tblW w:w="3000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="1400"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:textDirection w:val="btLr"/></w:tcPr>'+para(run('Step 3'))+'</w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'+para(run('Passed'))+'</w:tc></w:tr></w:tbl>'+para(''))
@ctl('comment_reply_keep')
def _(p):
    t=comments(p); c1=next_comment_id(p)
    t.append(frag('<w:comment w:id="%d" w:author="Witness" w:date="2026-11-18T10:00:00Z" w:initials="W"><w:p>%s</w:p></w:comment>'%(c1,run('Agreed, retest TC-MHHS-0442 passed at 10:15:59.')))[0])
    p.add_body(para('<w:commentRangeStart w:id="%d"/>'%c1+run('Outcome')+'<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>'%(c1,c1)))
@ctl('tracked_status_change')
def _(p): p.add_body(para(run('Result: ')+'<w:del w:id="401" w:author="T" w:date="2026-11-18T10:00:00Z"><w:r><w:delText>Failed</w:delText></w:r></w:del><w:ins w:id="402" w:author="T" w:date="2026-11-18T10:00:00Z">'+run('Passed')+'</w:ins>'))
@ctl('customxml_case_ref')
def _(p): p.add_body(para(run('Case: ')+'<w:customXml w:uri="urn:sit" w:element="case">'+run('TC-MHHS-0442')+'</w:customXml>'))
@ctl('smarttag_date')
def _(p): p.add_body(para(run('Executed ')+'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'+run('18/11/2026')+'</w:smartTag>'))
@ctl('frame_draft')
def _(p): p.add_body(para(run('DRAFT'),'<w:framePr w:w="1400" w:h="400" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="9000" w:y="600"/>'))
@ctl('dropcap_letter')
def _(p): p.add_body(para(run('T'),'<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>')+para(run('he registration flow completed in 412 ms (SLA 30 s).')))
@ctl('ptab_labels')
def _(p): p.add_body(para(run('SIT-B')+'<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>'+run('Build 4.2.17')))
@ctl('line_numbering_default')
def _(p): sect_add(p,'<w:lnNumType w:countBy="1" w:restart="newPage"/>')
@ctl('customui_label')
def _(p):
    p.parts['customUI/customUI14.xml']=b'<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs><tab id="t" label="SIT Evidence"><group id="g" label="Release Nov-22"/></tab></tabs></ribbon></customUI>'
    p.add_rel('','http://schemas.microsoft.com/office/2007/relationships/ui/extensibility','customUI/customUI14.xml')
@ctl('custom_footnote_star')
def _(p):
    t=footnotes(p); fid=77
    t.append(frag('<w:footnote w:id="%d"><w:p>%s</w:p></w:footnote>'%(fid,run('* Reading estimated (D0010 flag E).')))[0])
    p.add_body(para(run('Reading 004512.7')+'<w:r><w:footnoteReference w:customMarkFollows="1" w:id="%d"/><w:t>*</w:t></w:r>'%fid))
@ctl('linked_textboxes_steps')
def _(p):
    a=txbx_shape(para(run('Step 2: send IF-031 and wait for the PUB-031 notification within 30 seconds.')),cx=900000,cy=250000,inline=False).replace('<wps:txbx>','<wps:txbx id="2">',1)
    b=txbx_shape('',cx=900000,cy=600000,inline=False,x=1500000,linked=(2,1))
    p.add_body(para(a+b)+para('')+para(''))
@ctl('seq_figure_caption')
def _(p): p.add_body(para(run('Figure ')+fld('SEQ Figure \\* ARABIC','3')+run(': DIP message tracker after PUB-031')))
@ctl('fillin_passed')
def _(p): p.add_body(para(run('Outcome: ')+fld('FILLIN "Outcome?" \\d "Passed"','Passed')))
@ctl('guid_dip_timestamp')
def _(p): p.add_body(para(run('DIP message id DIP-5e0c1b7a-9f2d-4c3e-8b1a-0d9e8f7c6b5a; correlation 7b3e9a10-2c4d-4e6f-9a8b-1c2d3e4f5a6b; sent 2026-11-18T10:02:44.118Z; D0010 file SITB_D0010_20261118_0001.txt.')))
@ctl('png_keeps')
def _(p):
    rid=add_image(p,png_text('Registration accepted 18/11/2026 10:02 – IF-031',w=1100,h=110,size=38)); p.add_body(para(inline_pic(rid)))
@ctl('docvars_phase')
def _(p): settings(p).append(frag('<w:docVars><w:docVar w:name="Phase" w:val="SIT"/><w:docVar w:name="Release" w:val="Nov-22 v1.0"/></w:docVars>')[0])
@ctl('hex_status_numbering')
def _(p):
    nid=add_list(p,[dict(text='Status 0x%1',start=114,fmt='hex',suff='space')]); p.add_body(numpara(nid,0,run('message type accepted')))
@ctl('rtl_reading')
def _(p): p.add_body(para(run('004512.7 kWh','<w:rtl/>'),'<w:bidi/>'))
@ctl('glossary_disclaimer')
def _(p):
    g='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument %s><w:docParts><w:docPart><w:docPartPr><w:name w:val="Disclaimer"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category></w:docPartPr><w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'%(NSDECL,para(run('Test data only. DCC Public.')))
    p.add_part('word/glossary/document.xml',g,'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument',target='glossary/document.xml')
@ctl('animated_gif_keep')
def _(p):
    f1=Image.new('RGB',(500,80),'white'); ImageDraw.Draw(f1).text((10,20),'Loading...',fill='black',font=ImageFont.truetype(FONT,36))
    f2=Image.new('RGB',(500,80),'white'); ImageDraw.Draw(f2).text((10,20),'Done: SRV 8.1',fill='black',font=ImageFont.truetype(FONT,36))
    b=io.BytesIO(); f1.save(b,'GIF',save_all=True,append_images=[f2],duration=[300,3000],loop=0)
    rid=add_image(p,b.getvalue(),'gif'); p.add_body(para(inline_pic(rid,cx=3000000,cy=480000)))
@ctl('eastasian_combine_sit')
def _(p): p.add_body(para(run('Phase ')+run('SIT','<w:eastAsianLayout w:id="6" w:combine="1"/>')))
@ctl('mtc_llfc_pc_list')
def _(p):
    nid=add_list(p,[dict(text='%1)',start=1)]); p.add_body(numpara(nid,0,run('MTC 845, LLFC 210, profile class 03, SSC 0393')))
@ctl('style_name_keep')
def _(p):
    if 'word/styles.xml' in p.parts:
        p.tree('word/styles.xml').append(frag('<w:style w:type="paragraph" w:customStyle="1" w:styleId="EvH"><w:name w:val="Evidence Heading"/><w:aliases w:val="EvH,SIT heading"/><w:basedOn w:val="Normal"/></w:style>')[0])
    p.add_body(para(run('Evidence for step 4'),'<w:pStyle w:val="EvH"/>'))
@ctl('moveto_keep')
def _(p):
    REV=' w:author="T" w:date="2026-11-18T10:00:00Z"'
    p.add_body(para('<w:moveFromRangeStart w:id="501" w:name="mv"%s/><w:moveFrom w:id="502"%s>'%(REV,REV)+run('Retest scheduled 19/11/2026')+'</w:moveFrom><w:moveFromRangeEnd w:id="501"/>')+para('<w:moveToRangeStart w:id="503" w:name="mv"%s/><w:moveTo w:id="504"%s>'%(REV,REV)+run('Retest scheduled 19/11/2026')+'</w:moveTo><w:moveToRangeEnd w:id="503"/>'))
@ctl('bdo_rtl_word')
def _(p): p.add_body(para(run('Label: ')+'<w:bdo w:val="rtl">'+run('DESSAP')+'</w:bdo>'))
