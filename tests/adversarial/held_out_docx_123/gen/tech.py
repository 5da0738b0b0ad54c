import re, random
from pkg import E, run, para, Pkg
import images
CT_CHART='application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
def emu(px): return int(px*9525)
def inline_graphic(uri,gd,cx,cy,did,descr='Figure',name='Picture'):
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:docPr id="%d" name="%s %d" descr="%s"/><a:graphic><a:graphicData uri="%s">%s</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')%(cx,cy,did,name,did,descr,uri,gd)
def pic_xml(rid,cx,cy,did,descr='Figure'):
    gd=('<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="fig%d.png" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/>'
        '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>')%(did,did,descr,rid,cx,cy)
    return inline_graphic('http://schemas.openxmlformats.org/drawingml/2006/picture',gd,cx,cy,did,descr)
def textbox_run(inner_xml,cx,cy,did):
    gd=('<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>')%(cx,cy,inner_xml)
    g=inline_graphic('http://schemas.microsoft.com/office/word/2010/wordprocessingShape',gd,cx,cy,did,'Text Box','Text Box')
    return '<mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback><w:r><w:t>[text box]</w:t></w:r></mc:Fallback></mc:AlternateContent>'%g
NS_CH='xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def chart_part(title_xml,cat,valnum,fmt,dlbl_xml):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace %s><c:roundedCorners val="0"/><c:chart>%s<c:autoTitleDeleted val="%d"/><c:plotArea><c:layout/>'
      '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>'
      '<c:tx><c:v>Evidence</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="9DC3E6"/></a:solidFill></c:spPr>%s'
      '<c:cat><c:strLit><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:strLit></c:cat>'
      '<c:val><c:numLit><c:formatCode>%s</c:formatCode><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:numLit></c:val></c:ser>'
      '<c:gapWidth val="60"/><c:axId val="111"/><c:axId val="222"/></c:barChart>'
      '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>'
      '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/></c:valAx>'
      '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>')%(NS_CH,title_xml,0 if title_xml else 1,dlbl_xml,E(cat),E(fmt),valnum)
def add_chart(P,xml,did):
    i=1
    while '%s/charts/zchart%d.xml'%(P.wdir(),i) in P.p: i+=1
    n='%s/charts/zchart%d.xml'%(P.wdir(),i); P.put(n,xml); P.ct_override(n,CT_CHART)
    rid=P.add_rel(P.main,'chart','charts/zchart%d.xml'%i)
    gd='<c:chart r:id="%s"/>'%rid
    return inline_graphic('http://schemas.openxmlformats.org/drawingml/2006/chart',gd,emu(560),emu(200),did,'Chart','Chart')
def DL(showval,showcat,sep=None,extra=''):
    return ('<c:dLbls>%s<c:spPr><a:noFill/></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>'
            '<c:dLblPos val="inBase"/><c:showLegendKey val="0"/><c:showVal val="%d"/><c:showCatName val="%d"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>%s</c:dLbls>')%(extra,showval,showcat,('<c:separator>%s</c:separator>'%E(sep)) if sep else '')
def split2(v):
    k=len(v)//2; return v[:k],v[k:]
# ---------------- text / XML techniques ----------------
NUMERIC={'mpan','mprn','phone','account'}
def t_chart_sci(P,label,value,kind,did):
    digits=re.sub(r'\D','',value); n=int(digits)
    fmt='0'*len(digits) if kind!='phone' else '0'*len(value.split(' ')[0])+' '+'0'*len(value.split(' ',1)[1].replace(' ',''))
    if kind=='phone' and value.count(' ')==2:
        a,b,c=value.split(' '); fmt='0'*len(a)+' '+'0'*len(b)+' '+'0'*len(c)
    s='%.*E'%(len(str(n))-1,n); mant,ex=s.split('E'); sci='%sE%d'%(mant,int(ex))
    x=chart_part('',label,sci,fmt,DL(1,1,': '))
    P.body_append(para(run('Chart 1: reading summary'))+para(add_chart(P,x,did)))
    return dict(where='chart data label: number stored as %s, formatCode %s'%(sci,fmt),surface=value,verify='pdf')
def t_chart_custom_dlbl(P,label,value,kind,did):
    a,b=split2(value)
    rich=('<c:dLbl><c:idx val="0"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" b="1"/><a:t>%s: </a:t></a:r><a:r><a:rPr lang="en-GB"/><a:t>%s</a:t></a:r>'
          '<a:r><a:rPr lang="en-GB"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:rPr><a:t>%s</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="inBase"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>')%(E(label),E(a),E(b))
    x=chart_part('',' ',"42",'General',DL(1,0,None,rich))
    P.body_append(para(run('Chart 2: step durations'))+para(add_chart(P,x,did)))
    return dict(where='chart per-point custom data label (c:dLbl/c:tx/c:rich), value over two a:r',surface=value,verify='pdf')
def t_chart_title_strcache(P,label,value,kind,did):
    t=('<c:title><c:tx><c:strRef><c:f>Sheet1!$D$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>%s: %s</c:v></c:pt></c:strCache></c:strRef></c:tx><c:overlay val="0"/></c:title>')%(E(label),E(value))
    x=chart_part(t,' ',"42",'General',DL(1,0))
    P.body_append(para(run('Chart 3: step durations'))+para(add_chart(P,x,did)))
    return dict(where='chart title linked to a cell (c:title/c:tx/c:strRef/c:strCache)',surface=label+': '+value,verify='pdf')
def ensure_part(P,kind):
    W=P.wdir()
    spec={'comments':('comments.xml','w:comments','application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'),
          'footnotes':('footnotes.xml','w:footnotes','application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'),
          'endnotes':('endnotes.xml','w:endnotes','application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml'),
          'numbering':('numbering.xml','w:numbering','application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml')}[kind]
    n=W+'/'+spec[0]
    if n not in P.p:
        body=''
        if kind in('footnotes','endnotes'):
            tg=spec[1][2:-1]
            body=('<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s><w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>')%(tg,tg,tg,tg)
        from pkg import NSDECL
        P.put(n,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%s %s>%s</%s>'%(spec[1],NSDECL,body,spec[1]))
        P.ct_override(n,spec[2]); P.add_rel(P.main,kind,spec[0])
    P.ensure_root_ns(n)
    return n
def t_comment_textbox(P,label,value,kind,did):
    n=ensure_part(P,'comments'); x=P.get(n)
    inner=para(run(label+': '+value))
    c=('<w:comment w:id="901" w:author="Reviewer" w:initials="RV" w:date="2026-11-04T10:00:00Z"><w:p><w:r><w:annotationRef/></w:r>'
       '<w:r><w:t xml:space="preserve">Value checked against the box: </w:t></w:r>%s</w:p></w:comment>')%textbox_run(inner,emu(380),emu(50),did)
    P.put(n,x.replace('</w:comments>',c+'</w:comments>'))
    P.body_append('<w:p><w:commentRangeStart w:id="901"/>%s<w:commentRangeEnd w:id="901"/><w:r><w:commentReference w:id="901"/></w:r></w:p>'%run('Reviewer note on step 2'))
    return dict(where='text box (wps) inside a comment',surface=label+': '+value,verify='parser')
def t_header_list_label(P,label,value,kind,did):
    n=ensure_part(P,'numbering'); x=P.get(n)
    ab=('<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:hanging="0"/></w:pPr></w:lvl></w:abstractNum>')%E(label+': '+value,{'"':'&quot;'})
    i=x.find('<w:num ');
    x=(x[:i]+ab+x[i:]) if i>=0 else x.replace('</w:numbering>',ab+'</w:numbering>')
    x=x.replace('</w:numbering>','<w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num></w:numbering>')
    P.put(n,x)
    pp=para(run('site record'),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr>')
    m=re.search(r'<w:headerReference [^>]*w:type="default"[^>]*r:id="([^"]+)"|<w:headerReference [^>]*r:id="([^"]+)"[^>]*w:type="default"',P.get(P.main))
    if m:
        rid=m.group(1) or m.group(2); rels=P.get(P.relsname(P.main))
        tgt=re.search(r'Id="%s"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="%s"'%(rid,rid),rels); tgt=tgt.group(1) or tgt.group(2)
        hn=P.wdir()+'/'+tgt; P.ensure_root_ns(hn); h=P.get(hn); P.put(hn,h.replace('</w:hdr>',pp+'</w:hdr>'))
    else:
        from pkg import NSDECL
        hn=P.wdir()+'/zheader1.xml'; P.put(hn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'%(NSDECL,pp))
        P.ct_override(hn,'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
        rid=P.add_rel(P.main,'header','zheader1.xml'); P.body_sectpr_add('<w:headerReference w:type="default" r:id="%s"/>'%rid)
    return dict(where='list label (numbering lvlText) of a paragraph in the page header',surface=label+': '+value,verify='pdf')
def t_textbox_table_split(P,label,value,kind,did):
    a,b=split2(value)
    nb='<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>'
    def tc(t,w): return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'%(w,nb,para(run(t),'<w:spacing w:after="0"/>'))
    lw=160*len(label)+300; aw=150*len(a)+120; bw=150*len(b)+200
    tbl=('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid><w:tr>%s%s%s</w:tr></w:tbl><w:p/>')%(lw,aw,bw,tc(label+':',lw),tc(a,aw),tc(b,bw))
    P.body_append(para(run('Site card:'))+para(textbox_run(tbl,emu(620),emu(60),did)))
    return dict(where='borderless 3-cell table inside a text box; value split over two cells',surface=a+'|'+b,verify='pdf')
def t_alt_charref_newline(P,label,value,kind,did):
    a,b=split2(value)
    enc=lambda s:''.join('&#x%X;'%ord(ch) if ch.isalnum() else E(ch,{'"':'&quot;'}) for ch in s)
    descr='%s:&#10;%s&#10;%s'%(E(label),enc(a),enc(b))
    rid=P.new_media(images.png(images.Image.new('RGB',(320,90),(230,236,245))),'png')
    P.body_append(para(run('Figure 4: site photo (see alt text)'))+para(pic_xml(rid,emu(320),emu(90),did,descr)))
    return dict(where='picture alt text (wp:docPr/pic:cNvPr descr), every letter/digit as a hex character reference, value over two lines (&#10;)',surface=label+':\n'+a+'\n'+b,verify='parser')
def t_endnote_contnotice(P,label,value,kind,did):
    n=ensure_part(P,'endnotes'); x=P.get(n)
    x=re.sub(r'<w:endnote [^>]*w:type="continuationNotice".*?</w:endnote>','',x,flags=re.S)
    cn='<w:endnote w:type="continuationNotice" w:id="900"><w:p>%s</w:p></w:endnote>'%run('(continued, %s: %s)'%(label,value))
    long=''.join(para(run('Endnote line %d: message D0010 flow step %d acknowledged at 2026-11-03T09:%02d:00Z; see log.'%(i,i,i%60))) for i in range(70))
    en='<w:endnote w:id="901"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>%s</w:p>%s</w:endnote>'%(run(' Flow log.'),long)
    P.put(n,x.replace('</w:endnotes>',cn+en+'</w:endnotes>'))
    P.body_append(para(run('Flow log appended')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="901"/></w:r>'))
    return dict(where='endnote continuationNotice (shown where a 70-paragraph endnote continues onto the next page)',surface='(continued, %s: %s)'%(label,value),verify='parser')
def t_footnote_textbox(P,label,value,kind,did):
    n=ensure_part(P,'footnotes'); x=P.get(n)
    fn=('<w:footnote w:id="901"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s%s</w:p></w:footnote>')%(run(' Source card: '),textbox_run(para(run(label+': '+value)),emu(420),emu(40),did))
    P.put(n,x.replace('</w:footnotes>',fn+'</w:footnotes>'))
    P.body_append(para(run('Site details recorded')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="901"/></w:r>'))
    return dict(where='text box (wps) inside a footnote',surface=label+': '+value,verify='pdf')
TEXT={'chart_sci':t_chart_sci,'chart_custom_dlbl':t_chart_custom_dlbl,'chart_title_strcache':t_chart_title_strcache,'comment_textbox':t_comment_textbox,
 'header_list_label':t_header_list_label,'textbox_table_split':t_textbox_table_split,'alt_charref_newline':t_alt_charref_newline,
 'endnote_contnotice':t_endnote_contnotice,'footnote_textbox':t_footnote_textbox}
def make_pic(tech):
    fn=images.PICS[tech]
    def t(P,label,value,kind,did):
        data=fn(label+': '+value,None); im=images.Image.open(images.io.BytesIO(data)); w,h=im.size
        sc=min(1.0,600/w); rid=P.new_media(data,'png')
        P.body_append(para(run('Figure 5: capture from the test rig'))+para(pic_xml(rid,emu(w*sc),emu(h*sc),did,'Figure 5')))
        return dict(where='picture (%s), %dx%d px'%(tech,w,h),surface=label+': '+value,verify='ocr',media_sha=__import__('hashlib').sha256(data).hexdigest())
    return t
TECHS=dict(TEXT); TECHS.update({k:make_pic(k) for k in images.PICS})
