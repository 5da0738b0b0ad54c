import sys, os, json, re, random, io
sys.path.insert(0,'/tmp/ho40/docx/gen')
from pkg import Pkg, NS
import idents as I
from xml.sax.saxutils import escape, quoteattr
from PIL import Image, ImageDraw, ImageFont
ROOT='/tmp/ho40/docx'
BASES=['attest_pack','pydocx','lo_saved','minimal']
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
def png(text, w=900, h=90, fg=(0,0,0), bg=(255,255,255), size=40):
    im=Image.new('RGB',(w,h),bg); d=ImageDraw.Draw(im)
    d.text((10,(h-size)//2-4),text,font=ImageFont.truetype(FONT,size),fill=fg)
    b=io.BytesIO(); im.save(b,'PNG'); return b.getvalue()
def E(t): return escape(t)
def A(t): return quoteattr(t)
def R(t, rpr=''):
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{E(t)}</w:t></w:r>'
def P(inner, ppr=''): return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'
def intro(t='Evidence note for step 4 (see TC_SIT_0418).'): return P(R(t))
def split_point(v):
    # split near the middle of the value, preferring a position where second piece has no leading 0 / space
    n=len(v); cands=sorted(range(2,n-2),key=lambda k:abs(k-n//2))
    for k in cands:
        if v[k] not in ' 0-' and v[k-1]!=' ': return k
    return n//2
DOCPR=[5000]
def docpr(): DOCPR[0]+=1; return DOCPR[0]
def inline_pic(rid, descr='', title='', name='Picture', cdescr='', tooltip=None, link=False, cx=3000000, cy=300000):
    i=docpr()
    hl=f'<a:hlinkClick r:id="" tooltip={A(tooltip)}/>' if tooltip is not None else ''
    blip=f'<a:blip r:link="{rid}"/>' if link else f'<a:blip r:embed="{rid}"/>'
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
      f'<wp:docPr id="{i}" name={A(name)} descr={A(descr)} title={A(title)}>{hl}</wp:docPr><wp:cNvGraphicFramePr/>'
      f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
      f'<pic:nvPicPr><pic:cNvPr id="{i}" name={A(name)} descr={A(cdescr)}/><pic:cNvPicPr/></pic:nvPicPr>'
      f'<pic:blipFill>{blip}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
      f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
      f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
NEUTRAL=lambda: png('Screenshot: ACK screen (step 4)')
def table(cells_xml, tblpr_extra='', trpr=''):
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{tblpr_extra}</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
            f'<w:tr>{"<w:trPr>"+trpr+"</w:trPr>" if trpr else ""}{cells_xml}</w:tr></w:tbl>')
def tc(inner): return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{inner}</w:tc>'
def final_sectpr_edit(p, fn):
    t=p.get('word/document.xml'); i=t.rfind('<w:sectPr')
    if i<0:
        t=t.replace('</w:body>','<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body>'); i=t.rfind('<w:sectPr')
    j=t.find('</w:sectPr>',i)+len('</w:sectPr>')
    m=re.match(r'<w:sectPr\b[^>]*/>',t[i:])
    if m: sect=t[i:i+m.end()]; sect=sect[:-2]+'></w:sectPr>'; j=i+m.end()
    else: sect=t[i:j]
    p.put('word/document.xml',t[:i]+fn(sect)+t[j:])
HDR_NS=' '.join(f'xmlns:{k}="{v}"' for k,v in NS.items())
def add_hdrftr(p, kind, inner):  # kind header|footer ; returns rid
    n=1
    while p.has(f'word/{kind}X{n}.xml'): n+=1
    tag='w:hdr' if kind=='header' else 'w:ftr'
    xml=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {HDR_NS}>{inner}</{tag}>'
    return p.add_part(f'word/{kind}X{n}.xml',xml,f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml',rtype=kind,target=f'{kind}X{n}.xml')
def set_default_hf(sect, kind, rid):
    sect=re.sub(rf'<w:{kind}Reference w:type="default"[^>]*/>','',sect)
    sect=re.sub(rf'<w:{kind}Reference [^>]*w:type="default"[^>]*/>','',sect)
    k=sect.find('>')+1
    return sect[:k]+f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'+sect[k:]
CHART_CT='application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
def chart_xml(title='Acknowledgement times', axis='Seconds', series='Run 7', cats=('Step 1','Step 2','Step 3'), vals=(12,18,9), fmt='General', lblfmt=None, usershapes_rid=None):
    def tx(t): return f'<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{E(t)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>'
    pts=''.join(f'<c:pt idx="{i}"><c:v>{E(c)}</c:v></c:pt>' for i,c in enumerate(cats))
    vpts=''.join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i,v in enumerate(vals))
    dl=''
    if lblfmt is not None:
        dl=f'<c:dLbls><c:numFmt formatCode={A(lblfmt)} sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
    us=f'<c:userShapes r:id="{usershapes_rid}"/>' if usershapes_rid else ''
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="{NS["c"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}"><c:chart>'
     f'<c:title>{tx(title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
     f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{E(series)}</c:v></c:pt></c:strCache></c:strRef></c:tx>{dl}'
     f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(cats)+1}</c:f><c:strCache><c:ptCount val="{len(cats)}"/>{pts}</c:strCache></c:strRef></c:cat>'
     f'<c:val><c:numRef><c:f>Sheet1!$B$2:$B${len(vals)+1}</c:f><c:numCache><c:formatCode>{E(fmt)}</c:formatCode><c:ptCount val="{len(vals)}"/>{vpts}</c:numCache></c:numRef></c:val></c:ser>'
     f'<c:axId val="111"/><c:axId val="222"/></c:barChart>'
     f'<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>'
     f'<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:title>{tx(axis)}</c:title><c:numFmt formatCode="General" sourceLinked="1"/><c:crossAx val="111"/></c:valAx>'
     f'</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>{us}</c:chartSpace>')
def add_chart(p, descr='', title='', usershape_text=None, **kw):
    n=1
    while p.has(f'word/charts/chartX{n}.xml'): n+=1
    name=f'word/charts/chartX{n}.xml'
    usrid=None
    if usershape_text is not None:
        cd=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:userShapes xmlns:c="{NS["c"]}" xmlns:a="{NS["a"]}" xmlns:cdr="http://schemas.openxmlformats.org/drawingml/2006/chartDrawing">'
            f'<cdr:relSizeAnchor><cdr:from><cdr:x>0.1</cdr:x><cdr:y>0.1</cdr:y></cdr:from><cdr:to><cdr:x>0.6</cdr:x><cdr:y>0.25</cdr:y></cdr:to>'
            f'<cdr:sp macro="" textlink=""><cdr:nvSpPr><cdr:cNvPr id="2" name="Note"/><cdr:cNvSpPr txBox="1"/></cdr:nvSpPr><cdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></cdr:spPr>'
            f'<cdr:txBody><a:bodyPr/><a:p><a:r><a:t>{E(usershape_text)}</a:t></a:r></a:p></cdr:txBody></cdr:sp></cdr:relSizeAnchor></c:userShapes>')
        p.add_part(f'word/drawings/drawingX{n}.xml',cd,'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml')
        usrid=p.add_rel(name,'chartUserShapes',f'../drawings/drawingX{n}.xml')
    p.put(name, chart_xml(usershapes_rid=usrid, **kw)); p.ct_override(name,CHART_CT)
    rid=p.add_rel('word/document.xml','chart',f'charts/chartX{n}.xml')
    i=docpr()
    return (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5000000" cy="2800000"/><wp:docPr id="{i}" name="Chart {n}" descr={A(descr)} title={A(title)}/>'
            f'<a:graphic><a:graphicData uri="{NS["c"]}"><c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
def ensure_part(p, name, xml, ctype, rtype, target, src='word/document.xml'):
    if not p.has(name): p.add_part(name, xml, ctype, src=src, rtype=rtype, target=target)
WROOT=lambda tag: f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {HDR_NS}>'
def ensure_numbering(p):
    ensure_part(p,'word/numbering.xml',WROOT('w:numbering')+'</w:numbering>','application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml','numbering','numbering.xml')
    p.ensure_ns('word/numbering.xml','w:numbering')
def numbering_add(p, abstract, num, picbullet=''):
    ensure_numbering(p); t=p.get('word/numbering.xml')
    if picbullet:
        k=re.search(r'<w:numbering\b[^>]*>',t).end(); t=t[:k]+picbullet+t[k:]
    k=t.find('<w:num ') if '<w:num ' in t else t.find('</w:numbering>')
    t=t[:k]+abstract+t[k:]
    t=t.replace('</w:numbering>',num+'</w:numbering>'); p.put('word/numbering.xml',t)
def ensure_settings(p):
    ensure_part(p,'word/settings.xml',WROOT('w:settings')+'</w:settings>','application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml','settings','settings.xml')
    p.ensure_ns('word/settings.xml','w:settings')
def settings_add(p, xml, first=False):
    ensure_settings(p); t=p.get('word/settings.xml')
    if first:
        k=re.search(r'<w:settings\b[^>]*>',t).end(); t=t[:k]+xml+t[k:]
    else:
        # insert after known early elements: put before w:compat/w:rsids/w:themeFontLang etc. -> simplest: before </w:settings> is schema-invalid for early elems; try before <w:defaultTabStop or at start
        m=re.search(r'<w:(defaultTabStop|characterSpacingControl|compat|rsids|themeFontLang|clrSchemeMapping|decimalSymbol)\b',t)
        k=m.start() if m else t.find('</w:settings>'); t=t[:k]+xml+t[k:]
    p.put('word/settings.xml',t)
def ensure_core(p):
    if not p.has('docProps/core.xml'):
        p.add_part('docProps/core.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Evidence</dc:title></cp:coreProperties>',
            'application/vnd.openxmlformats-package.core-properties+xml',src='',rtype='http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',target='docProps/core.xml')
def core_add(p, el, text):
    ensure_core(p); t=p.get('docProps/core.xml')
    t=re.sub(rf'<{el}>.*?</{el}>|<{el}/>','',t,flags=re.S)
    t=t.replace('</cp:coreProperties>',f'<{el}>{E(text)}</{el}></cp:coreProperties>'); p.put('docProps/core.xml',t)
def ensure_notes(p, kind):  # footnotes/endnotes
    name=f'word/{kind}s.xml'
    tag='w:footnotes' if kind=='footnote' else 'w:endnotes'
    if not p.has(name):
        xml=WROOT(tag)+(f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
              f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')+f'</{tag}>'
        p.add_part(name,xml,f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml',rtype=f'{kind}s',target=f'{kind}s.xml')
    p.ensure_ns(name,tag)
def notes_set(p, kind, ntype, text):
    ensure_notes(p,kind); name=f'word/{kind}s.xml'; t=p.get(name)
    t=re.sub(rf'<w:{kind}\b[^>]*w:type="{ntype}"[^>]*>.*?</w:{kind}>','',t,flags=re.S)
    inner={'separator':'<w:separator/>','continuationSeparator':'<w:continuationSeparator/>','continuationNotice':''}[ntype]
    rid={'separator':-1,'continuationSeparator':0,'continuationNotice':1}[ntype]
    t=re.sub(rf'<w:{kind} w:type="\w+" w:id="{rid}">.*?</w:{kind}>','',t,flags=re.S)
    body=f'<w:{kind} w:type="{ntype}" w:id="{rid}"><w:p><w:r>{inner}</w:r><w:r><w:t xml:space="preserve"> {E(text)}</w:t></w:r></w:p></w:{kind}>'
    k=re.search(rf'<{"w:footnotes" if kind=="footnote" else "w:endnotes"}\b[^>]*>',t).end()
    t=t[:k]+body+t[k:]
    # add a real note id 7 so the separator is used
    t=t.replace(f'</w:{kind}s>',f'<w:{kind} w:id="7"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> Acknowledgement seen in the DIP monitor.</w:t></w:r></w:p></w:{kind}></w:{kind}s>')
    p.put(name,t)
    if ntype=='continuationNotice':
        settings_add(p,f'<w:{kind}Pr><w:{kind} w:id="-1"/><w:{kind} w:id="0"/><w:{kind} w:id="1"/></w:{kind}Pr>')
    return P(R('Acknowledgement received')+f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="7"/></w:r>')
# ------------------------------------------------------------------ techniques
# each: fn(p, text, a, b, kind, value) -> visibility note ; a/b = split of the full text
T={}
def tech(name, vis, kinds='ALL'):
    def d(f): T[name]=(f,vis,kinds); return f
    return d
NUM=['MPAN','MPRN']
JCR='<w:jc w:val="right"/>'
@tech('tbl_caption','part: w:tblCaption (Word Table Properties > Alt Text title)')
def _(p,t,a,b,k,v): p.body_insert(intro()+table(tc(P(R('Step 4 readings')))+tc(P(R('as expected'))),f'<w:tblCaption w:val={A(t)}/>')+P(''))
@tech('tbl_description','part: w:tblDescription (Alt Text description)')
def _(p,t,a,b,k,v): p.body_insert(intro()+table(tc(P(R('Step 4 readings')))+tc(P(R('as expected'))),f'<w:tblCaption w:val="Readings"/><w:tblDescription w:val={A(t)}/>')+P(''))
@tech('docpr_descr','part: wp:docPr/@descr of an inline picture (Alt Text)')
def _(p,t,a,b,k,v): rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(inline_pic(rid,descr=t)))
@tech('docpr_title','part: wp:docPr/@title (Alt Text title)')
def _(p,t,a,b,k,v): rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(inline_pic(rid,title=t)))
@tech('docpr_name','part: wp:docPr/@name (Selection Pane object name)')
def _(p,t,a,b,k,v): rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(inline_pic(rid,name=t)))
@tech('pic_cnvpr_descr','part: pic:cNvPr/@descr (inner picture description, docPr descr empty)')
def _(p,t,a,b,k,v): rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(inline_pic(rid,cdescr=t)))
@tech('docpr_hlink_tooltip','part: a:hlinkClick/@tooltip on a picture (hover tooltip)')
def _(p,t,a,b,k,v): rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(inline_pic(rid,tooltip=t)))
@tech('vml_imagedata_title','part: v:imagedata/@o:title of a VML picture')
def _(p,t,a,b,k,v):
    rid=p.add_image(NEUTRAL()); p.body_insert(intro()+P(f'<w:r><w:pict><v:shape id="xs{docpr()}" style="width:300pt;height:30pt" type="#_x0000_t75"><v:imagedata r:id="{rid}" o:title={A(t)}/></v:shape></w:pict></w:r>'))
@tech('customxml_wrap','render: runs inside w:customXml element')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:customXml w:uri="urn:evidence" w:element="note">{R(t)}</w:customXml>'))
@tech('customxml_split','render: value split across two w:customXml elements')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:customXml w:uri="urn:evidence" w:element="p1">{R(a)}</w:customXml><w:customXml w:uri="urn:evidence" w:element="p2">{R(b)}</w:customXml>'))
@tech('sdt_row','render: table row wrapped in a row-level content control')
def _(p,t,a,b,k,v):
    p.body_insert(intro()+f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>{tc(P(R("Field")))}{tc(P(R("Value")))}</w:tr><w:sdt><w:sdtPr><w:id w:val="{docpr()}"/></w:sdtPr><w:sdtContent><w:tr>{tc(P(R("Detail")))}{tc(P(R(t)))}</w:tr></w:sdtContent></w:sdt></w:tbl>'+P(''))
@tech('sdt_cell','render: value split over two cells, second cell wrapped in a cell-level content control')
def _(p,t,a,b,k,v):
    p.body_insert(intro()+f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>{tc(P(R(a),JCR))}<w:sdt><w:sdtPr><w:id w:val="{docpr()}"/></w:sdtPr><w:sdtContent>{tc(P(R(b)))}</w:sdtContent></w:sdt></w:tr></w:tbl>'+P(''))
@tech('w_dir_rtl','render: runs inside w:dir w:val=rtl')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R('Reading: ')+f'<w:dir w:val="rtl">{R(t)}</w:dir>'))
@tech('w_bdo_rtl_reversed','render: w:bdo rtl with the text stored reversed (reads forward on screen)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R('Reading: ')+f'<w:bdo w:val="rtl">{R(t[::-1])}</w:bdo>'))
@tech('footnote_separator','render: text in the footnote separator (printed above footnotes)')
def _(p,t,a,b,k,v): p.body_insert(intro()+notes_set(p,'footnote','separator',t))
@tech('footnote_contnotice','part: footnote continuationNotice content')
def _(p,t,a,b,k,v): p.body_insert(intro()+notes_set(p,'footnote','continuationNotice',t))
@tech('endnote_separator','render: text in the endnote separator')
def _(p,t,a,b,k,v): p.body_insert(intro()+notes_set(p,'endnote','separator',t))
@tech('websettings_frameset','part: webSettings frameset frame name + sourceFileName target')
def _(p,t,a,b,k,v):
    ensure_part(p,'word/webSettings.xml',WROOT('w:webSettings')+'</w:webSettings>','application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml','webSettings','webSettings.xml')
    rid=p.add_rel('word/webSettings.xml','frame','file:///C:/Evidence/frames/'+t.replace(' ','%20')+'.htm',external=True)
    w=p.get('word/webSettings.xml'); w=re.sub(r'<w:webSettings([^>]*)/>',r'<w:webSettings\1></w:webSettings>',w)
    k=re.search(r'<w:webSettings\b[^>]*>',w).end()
    if 'xmlns:r=' not in w[:k]: w=w[:k-1]+f' xmlns:r="{NS["r"]}">'+w[k:]; k=re.search(r'<w:webSettings\b[^>]*>',w).end()
    w=w[:k]+f'<w:frameset><w:framesetSplitbar><w:w w:val="60"/></w:framesetSplitbar><w:frame><w:name w:val={A(t)}/><w:sourceFileName r:id="{rid}"/></w:frame></w:frameset>'+w[k:]
    p.put('word/webSettings.xml',w); p.body_insert(intro())
@tech('cover_page_docpartobj','render: cover-page building block (sdt docPartObj Cover Pages)')
def _(p,t,a,b,k,v): p.body_insert(f'<w:sdt><w:sdtPr><w:id w:val="{docpr()}"/><w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{P(R("Site visit evidence"))}{P(R(t))}</w:sdtContent></w:sdt>')
@tech('exact_row_clip','clipped: second line of a cell in a row with exact height 240 twips (still in XML)')
def _(p,t,a,b,k,v): p.body_insert(intro()+table(tc(P(R('Site details'))+P(R(t)))+tc(P(R('checked'))),'','<w:trHeight w:val="300" w:hRule="exact"/>')+P(''))
@tech('exact_line_clip','clipped: paragraph with exact line spacing of 2 pt')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t),'<w:spacing w:line="40" w:lineRule="exact"/>'))
@tech('colour_as_shading','invisible-ink: text colour equals its w:shd fill (in text layer)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="1F3864"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>')))
@tech('colour_as_highlight','invisible-ink: yellow text on yellow highlight')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/>')))
@tech('char_border_split','render: value split in two runs each with a character border')
def _(p,t,a,b,k,v):
    bd='<w:bdr w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    p.body_insert(intro()+P(R(a,bd)+R(b,'<w:bdr w:val="single" w:sz="4" w:space="0" w:color="C00000"/>')))
@tech('chart_title','render: chart title c:title rich text')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,title='',**{'title':t}) if False else intro()+add_chart(p,**{'title':t}))
@tech('chart_axis_title','render: chart value-axis title')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,axis=t))
@tech('chart_category_cache','render: category label in c:cat strCache')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,cats=('Step 1',t,'Step 3')))
@tech('chart_series_name','render: series name (legend) in c:tx strCache')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,series=t))
@tech('chart_label_formatcode','render: data-label number format with the value as a quoted literal')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,lblfmt='"'+t+'"',fmt='"'+t+'"'))
@tech('chart_numcache_value','render: numeric cache value shown as a data label with formatCode 0', NUM)
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,vals=(12,int(v),9),fmt='0',lblfmt='0'))
@tech('chart_alt_text','part: docPr/@descr of a chart graphic frame')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,descr=t))
@tech('chart_usershape','render: text box (chart user shape a:t) drawn on a chart')
def _(p,t,a,b,k,v): p.body_insert(intro()+add_chart(p,usershape_text=t))
def smartart(p, data_text, draw_text):
    D='http://schemas.openxmlformats.org/drawingml/2006/diagram'
    n=1
    while p.has(f'word/diagrams/dataX{n}.xml'): n+=1
    data=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{D}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}"><dgm:ptLst>'
          f'<dgm:pt modelId="{{00000000-0000-0000-0000-000000000001}}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
          f'<dgm:pt modelId="{{00000000-0000-0000-0000-000000000002}}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{E(data_text)}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst>'
          f'<dgm:cxnLst><dgm:cxn modelId="{{00000000-0000-0000-0000-000000000003}}" srcId="{{00000000-0000-0000-0000-000000000001}}" destId="{{00000000-0000-0000-0000-000000000002}}" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/>'
          f'<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdDrw" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    drw=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dsp:drawing xmlns:dgm="{D}" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="{NS["a"]}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
         f'<dsp:sp modelId="{{00000000-0000-0000-0000-000000000004}}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DDEEFF"/></a:solidFill></dsp:spPr>'
         f'<dsp:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"/></dsp:style>'
         f'<dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="2000"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:rPr><a:t>{E(draw_text)}</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="600000"/></dsp:txXfrm></dsp:sp></dsp:spTree></dsp:drawing>')
    lay=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:layoutDef xmlns:dgm="{D}" xmlns:a="{NS["a"]}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/default"><dgm:layoutNode name="diagram"/></dgm:layoutDef>'
    qs=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:styleDef xmlns:dgm="{D}" xmlns:a="{NS["a"]}" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d></dgm:styleDef>'
    cs=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:colorsDef xmlns:dgm="{D}" xmlns:a="{NS["a"]}" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"/>'
    CT='application/vnd.openxmlformats-officedocument.drawingml.diagram'
    r1=p.add_part(f'word/diagrams/dataX{n}.xml',data,CT+'Data+xml',rtype='diagramData',target=f'diagrams/dataX{n}.xml')
    r2=p.add_part(f'word/diagrams/layoutX{n}.xml',lay,CT+'Layout+xml',rtype='diagramLayout',target=f'diagrams/layoutX{n}.xml')
    r3=p.add_part(f'word/diagrams/quickStyleX{n}.xml',qs,CT+'Style+xml',rtype='diagramQuickStyle',target=f'diagrams/quickStyleX{n}.xml')
    r4=p.add_part(f'word/diagrams/colorsX{n}.xml',cs,CT+'Colors+xml',rtype='diagramColors',target=f'diagrams/colorsX{n}.xml')
    r5=p.add_part(f'word/diagrams/drawingX{n}.xml',drw,'application/vnd.ms-office.drawingml.diagramDrawing+xml',rtype='http://schemas.microsoft.com/office/2007/relationships/diagramDrawing',target=f'diagrams/drawingX{n}.xml')
    d=p.get(f'word/diagrams/dataX{n}.xml').replace('rIdDrw',r5); p.put(f'word/diagrams/dataX{n}.xml',d)
    i=docpr()
    return P(f'<w:r><w:drawing><wp:inline><wp:extent cx="4000000" cy="600000"/><wp:docPr id="{i}" name="Diagram {n}"/><a:graphic><a:graphicData uri="{D}"><dgm:relIds r:dm="{r1}" r:lo="{r2}" r:qs="{r3}" r:cs="{r4}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
@tech('smartart_data_only','part: SmartArt data model dgm:t (drawing cache shows other text; Word redraws from data)')
def _(p,t,a,b,k,v): p.body_insert(intro()+smartart(p,t,'Meter exchange complete'))
@tech('smartart_drawing_only','render: SmartArt drawing cache a:t (data model holds other text)')
def _(p,t,a,b,k,v): p.body_insert(intro()+smartart(p,'Meter exchange complete',t))
@tech('shape_fallback_only','part: mc:Fallback VML textbox only (Choice shows other text; older readers show the fallback)')
def _(p,t,a,b,k,v):
    i=docpr()
    ch=(f'<w:drawing><wp:inline><wp:extent cx="3000000" cy="400000"/><wp:docPr id="{i}" name="Text Box {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{P(R("Reading confirmed"))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>')
    fb=f'<w:pict><v:shape id="tb{i}" style="width:236pt;height:31pt" type="#_x0000_t202"><v:textbox><w:txbxContent>{P(R(t))}</w:txbxContent></v:textbox></v:shape></w:pict>'
    p.body_insert(intro()+P(f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{ch}</mc:Choice><mc:Fallback>{fb}</mc:Fallback></mc:AlternateContent></w:r>'))
@tech('drop_frame_split','render: first piece in a w:framePr dropCap=drop frame, rest in the next paragraph')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(a),'<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="480" w:lineRule="exact"/>')+P(R(b)))
@tech('pgnum_sections','render: footer page numbers; section 1 pgNumType start = first digits, section 2 start = rest', ['MPAN','MPRN','PHONE'])
def _(p,t,a,b,k,v):
    lab=I.label(k,v)
    d=re.sub(r'\D','',v)
    # find split with no leading zero, both fit int32
    lead=len(d)-len(d.lstrip('0')); dd=d[lead:]
    for s in range(len(dd)//2,len(dd)):
        x,y=dd[:s],dd[s:]
        if y[0]!='0' and int(x)<2**31 and int(y)<2**31: break
    fld=lambda: '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    f1=add_hdrftr(p,'footer',P(R(lab+' '+'0'*lead)+fld()))
    f2=add_hdrftr(p,'footer',P(fld()))
    s1=f'<w:sectPr><w:footerReference w:type="default" r:id="{f1}"/><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:pgNumType w:start="{int(x)}"/></w:sectPr>'
    p.body_insert(intro()+P('','<w:rPr/>'+s1).replace('<w:pPr><w:rPr/>','<w:pPr>')+P(R('Continued.')))
    final_sectpr_edit(p,lambda s: re.sub(r'<w:pgNumType[^>]*/>','',set_default_hf(s,'footer',f2)).replace('</w:sectPr>',f'<w:pgNumType w:start="{int(y)}"/></w:sectPr>') if '<w:cols' not in s else re.sub(r'<w:pgNumType[^>]*/>','',set_default_hf(s,'footer',f2)).replace('<w:cols',f'<w:pgNumType w:start="{int(y)}"/><w:cols',1))
    return f'footer pages read "{lab} {"0"*lead}{int(x)}" then "{int(y)}"'
@tech('fldsimple_includepicture','part: INCLUDEPICTURE file path in w:fldSimple instr (Alt+F9 shows it)')
def _(p,t,a,b,k,v):
    ins=A(' INCLUDEPICTURE "C:/Evidence/site/'+t+'.png" \\d ')
    p.body_insert(intro()+P(f'<w:fldSimple w:instr={ins}>'+R("[site photo]")+'</w:fldSimple>'))
@tech('background_image','image: document w:background fill picture showing the value (displayBackgroundShape)')
def _(p,t,a,b,k,v):
    rid=p.add_image(png(t,w=1240,h=200,size=64))
    p.ensure_ns('word/document.xml','w:document')
    d=p.get('word/document.xml'); k2=d.find('<w:body>')
    d=d[:k2]+f'<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" fillcolor="white" o:targetscreensize="1024,768"><v:fill r:id="{rid}" o:title="bg" recolor="t" type="frame"/></v:background></w:background>'+d[k2:]
    p.put('word/document.xml',d); settings_add(p,'<w:displayBackgroundShape/>',first=True); p.body_insert(intro())
@tech('customxml_schemaref','part: customXml itemProps ds:schemaRef uri')
def _(p,t,a,b,k,v):
    n=1
    while p.has(f'customXml/itemX{n}.xml'): n+=1
    p.put(f'customXml/itemX{n}.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<evidence xmlns="urn:attest:evidence"/>')
    p.add_part(f'customXml/itemPropsX{n}.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{{6A1B2C3D-0000-4000-8000-00000000000{n}}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri={A("urn:site:"+t)}/></ds:schemaRefs></ds:datastoreItem>',
        'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',src=f'customXml/itemX{n}.xml',rtype='customXmlProps',target=f'itemPropsX{n}.xml')
    p.add_rel('word/document.xml','customXml',f'../customXml/itemX{n}.xml'); p.body_insert(intro())
W14='<w14:textFill><w14:noFill/></w14:textFill>'
@tech('w14_nofill','invisible-ink: w14:textFill noFill (invisible in Word 2010+, present in text)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="000000"/>'+W14)))
@tech('w14_fill_over_white','render: w:color white but w14:textFill solid black (Word 2010+ shows black)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="FFFFFF"/><w14:textFill><w14:solidFill><w14:srgbClr w14:val="000000"/></w14:solidFill></w14:textFill>')))
@tech('w14_outline_white','render: white text with a black w14:textOutline (outlined letters)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="FFFFFF"/><w:sz w:val="32"/><w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:srgbClr w14:val="000000"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>')))
@tech('w14_glow_only','render: white text visible only through w14:glow')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(t,'<w:color w:val="FFFFFF"/><w:sz w:val="32"/><w14:glow w14:rad="63500"><w14:srgbClr w14:val="C00000"/></w14:glow>')))
@tech('fldchar_result_across_paras','render: one field whose result runs from one paragraph into the next')
def _(p,t,a,b,k,v):
    p.body_insert(intro()+P('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "see log" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'+R(a))+P(R(b)+'<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
@tech('num_startoverride','render: list number from w:lvlOverride/w:startOverride (suff nothing) + rest of digits in text', NUM)
def _(p,t,a,b,k,v):
    for s in range(len(v)//2,len(v)):
        x,y=v[:s],v[s:]
        if x[0]!='0' and int(x)<2**31: break
    lab=I.label(k,v)
    numbering_add(p,'<w:abstractNum w:abstractNumId="9001"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>',
        f'<w:num w:numId="9001"><w:abstractNumId w:val="9001"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{int(x)}"/></w:lvlOverride></w:num>')
    p.body_insert(intro(lab+':')+P(R(y),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9001"/></w:numPr>'))
    return f'list label {int(x)} + text {y}'
@tech('num_lvloverride_lvltext','render: list label text defined in a w:lvlOverride/w:lvl (not in the abstractNum)')
def _(p,t,a,b,k,v):
    lt=t.replace('%','%%')
    numbering_add(p,'<w:abstractNum w:abstractNumId="9002"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>',
        f'<w:num w:numId="9002"><w:abstractNumId w:val="9002"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:suff w:val="space"/><w:lvlText w:val={A(lt)}/><w:lvlJc w:val="left"/></w:lvl></w:lvlOverride></w:num>')
    p.body_insert(intro()+P(R('confirmed on site'),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9002"/></w:numPr>'))
@tech('comment_range_split','render: value split by commentRangeStart/End inside the digits')
def _(p,t,a,b,k,v):
    ensure_part(p,'word/comments.xml',WROOT('w:comments')+'</w:comments>','application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml','comments','comments.xml')
    c=p.get('word/comments.xml'); c=c.replace('</w:comments>','<w:comment w:id="77" w:author="Reviewer" w:initials="RV"><w:p><w:r><w:t>check this</w:t></w:r></w:p></w:comment></w:comments>'); p.put('word/comments.xml',c)
    p.body_insert(intro()+P(R(a)+'<w:commentRangeStart w:id="77"/>'+R(b)+'<w:commentRangeEnd w:id="77"/><w:r><w:commentReference w:id="77"/></w:r>'))
@tech('perm_editor','part: w:permStart/@w:ed (editing-restriction exception user)', ['NAME','EMAIL'])
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:permStart w:id="4411" w:ed={A(v)}/>'+R('Editable notes section')+'<w:permEnd w:id="4411"/>'))
@tech('font_altname','part: fontTable w:font/w:altName')
def _(p,t,a,b,k,v):
    ensure_part(p,'word/fontTable.xml',WROOT('w:fonts')+'</w:fonts>','application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml','fontTable','fontTable.xml')
    f=p.get('word/fontTable.xml'); f=re.sub(r'<w:fonts([^>]*)/>',r'<w:fonts\1></w:fonts>',f)
    p.put('word/fontTable.xml',f.replace('</w:fonts>',f'<w:font w:name="Evidence Sans"><w:altName w:val={A(t)}/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'))
    p.body_insert(intro()+P(R('Font check','<w:rFonts w:ascii="Evidence Sans" w:hAnsi="Evidence Sans"/>')))
@tech('font_panose_eui','part: fontTable w:panose1 holding the EUI-64 hex', ['EUI64'])
def _(p,t,a,b,k,v):
    ensure_part(p,'word/fontTable.xml',WROOT('w:fonts')+'</w:fonts>','application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml','fontTable','fontTable.xml')
    f=p.get('word/fontTable.xml'); f=re.sub(r'<w:fonts([^>]*)/>',r'<w:fonts\1></w:fonts>',f)
    p.put('word/fontTable.xml',f.replace('</w:fonts>',f'<w:font w:name="Device Mono"><w:panose1 w:val="{v.replace("-","")}0000"/><w:family w:val="modern"/></w:font></w:fonts>'))
    p.body_insert(intro())
@tech('image_ctype_text','part: word/media/*.png that is really text (Default png content type)')
def _(p,t,a,b,k,v):
    rid=p.add_image(f'<?xml version="1.0"?><note>Site record: {E(t)}</note>'.encode())
    p.body_insert(intro()+P(inline_pic(rid)))
@tech('ext_link_image','part: a:blip r:link to an External file whose name holds the value')
def _(p,t,a,b,k,v):
    rid=p.add_rel('word/document.xml','image','file:///C:/Evidence/photos/'+t.replace(' ','_')+'.jpg',external=True)
    p.body_insert(intro()+P(inline_pic(rid,link=True)))
@tech('hyperlink_doclocation','part: w:hyperlink/@w:docLocation')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:hyperlink w:docLocation={A(t)} w:history="1">{R("open site record")}</w:hyperlink>'))
def activex(p, props, clsid):
    n=1
    while p.has(f'word/activeX/activeXX{n}.xml'): n+=1
    pr=''.join(f'<ax:ocxPr ax:name="{k}" ax:value={A(v)}/>' for k,v in props)
    xml=f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ax:ocx ax:classid="{clsid}" ax:persistence="persistPropertyBag" xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" xmlns:r="{NS["r"]}">{pr}</ax:ocx>'
    rid=p.add_part(f'word/activeX/activeXX{n}.xml',xml,'application/vnd.ms-office.activeX+xml',rtype='control',target=f'activeX/activeXX{n}.xml')
    img=p.add_image(png(' ',w=300,h=30,bg=(230,230,230)))
    i=docpr()
    return P(f'<w:r><w:object w:dxaOrig="3000" w:dyaOrig="400"><v:shape id="_x0000_i{i}" type="#_x0000_t75" style="width:150pt;height:20pt" o:ole=""><v:imagedata r:id="{img}" o:title=""/></v:shape><w:control r:id="{rid}" w:name="Ctl{i}" w:shapeid="_x0000_i{i}"/></w:object></w:r>')
@tech('activex_label_caption','part: ActiveX Label persisted Caption (Word draws it on the control)')
def _(p,t,a,b,k,v): p.body_insert(intro()+activex(p,[('Caption',t),('Size','5292;529')],'{978C9E23-D4B0-11CE-BF2D-00AA003F40D0}'))
@tech('activex_textbox_value','part: ActiveX TextBox persisted Value')
def _(p,t,a,b,k,v): p.body_insert(intro()+activex(p,[('Value',t),('Size','5292;529')],'{8BD21D10-EC42-11CE-9E0D-00AA006002F3}'))
@tech('picture_bullet','image: numbering picture bullet (w:lvlPicBulletId) whose image shows the value')
def _(p,t,a,b,k,v):
    ensure_numbering(p)
    rid=p.add_image(png(t,w=900,h=70,size=44),src='word/numbering.xml')
    numbering_add(p,'<w:abstractNum w:abstractNumId="9003"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlPicBulletId w:val="907"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="6000" w:hanging="5800"/></w:pPr><w:rPr><w:sz w:val="72"/></w:rPr></w:lvl></w:abstractNum>',
      '<w:num w:numId="9003"><w:abstractNumId w:val="9003"/></w:num>',
      f'<w:numPicBullet w:numPicBulletId="907"><w:pict><v:shape id="_x0000_i9070" type="#_x0000_t75" style="width:270pt;height:21pt" o:bullet="t"><v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:numPicBullet>')
    p.body_insert(intro()+P(R('checked'),'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9003"/></w:numPr>'))
@tech('hidden_para_mark','render: paragraph mark hidden (w:vanish in pPr/rPr) so two paragraphs show as one line')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(a),'<w:rPr><w:vanish/></w:rPr>')+P(R(b)))
@tech('soft_hyphen_el','render: w:softHyphen element inside the value (invisible mid-line)')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:r><w:t xml:space="preserve">{E(a)}</w:t><w:softHyphen/><w:t xml:space="preserve">{E(b)}</w:t></w:r>'))
@tech('lastrendered_pagebreak','render: w:lastRenderedPageBreak inside the run between pieces')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(f'<w:r><w:t xml:space="preserve">{E(a)}</w:t><w:lastRenderedPageBreak/><w:t xml:space="preserve">{E(b)}</w:t></w:r>'))
@tech('bookmark_proof_split','render: value split by bookmarkStart/End and proofErr markers')
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R(a)+'<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="881" w:name="_Hlk1"/>'+R(b)+'<w:bookmarkEnd w:id="881"/><w:proofErr w:type="spellEnd"/>'))
@tech('core_keywords','part: docProps/core.xml cp:keywords (File > Properties > Tags)')
def _(p,t,a,b,k,v): core_add(p,'cp:keywords',t); p.body_insert(intro())
@tech('core_description','part: docProps/core.xml dc:description (Comments property)')
def _(p,t,a,b,k,v): core_add(p,'dc:description',t); p.body_insert(intro())
@tech('core_category_status','part: docProps/core.xml cp:category and cp:contentStatus')
def _(p,t,a,b,k,v): core_add(p,'cp:category',a); core_add(p,'cp:contentStatus',t); p.body_insert(intro())
@tech('zip_entry_comment','part: per-entry zip comment on word/document.xml (zipinfo -v)')
def _(p,t,a,b,k,v): p.extra['word/document.xml']=t.encode(); p.body_insert(intro())
@tech('orphan_text_part','part: orphan word/handover.txt (no relationship; content type txt)')
def _(p,t,a,b,k,v): p.ct_default('txt','text/plain'); p.put('word/handover.txt',f'Handover note\r\n{t}\r\n'); p.body_insert(intro())
@tech('fullwidth_digits','render: digits and letters as fullwidth forms (U+FF10..)')
def _(p,t,a,b,k,v):
    fw=''.join(chr(ord(c)+0xFEE0) if '!'<=c<='~' else c for c in v)
    p.body_insert(intro()+P(R(I.label(k,v)+' '+fw)))
@tech('math_monospace_digits','render: digits as MATHEMATICAL MONOSPACE DIGITs (U+1D7F6..)', ['MPAN','MPRN','PHONE','EUI64'])
def _(p,t,a,b,k,v):
    mm=''.join(chr(0x1D7F6+int(c)) if c.isdigit() else c for c in v)
    p.body_insert(intro()+P(R(I.label(k,v)+' '+mm,'<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/>')))
@tech('combining_underline','render: each character followed by U+0332 COMBINING LOW LINE (underlined look)')
def _(p,t,a,b,k,v):
    cu=''.join(c+'\u0332' if c!=' ' else c for c in v); p.body_insert(intro()+P(R(I.label(k,v)+' '+cu)))
@tech('soft_hyphen_char','render: U+00AD soft hyphen characters between groups')
def _(p,t,a,b,k,v):
    s=v.replace(' ','\u00ad').replace('-','\u00ad') if (' ' in v or '-' in v) else v[:len(v)//2]+'\u00ad'+v[len(v)//2:]
    p.body_insert(intro()+P(R(I.label(k,v)+' '+s)))
@tech('narrow_nbsp','render: U+202F narrow no-break space / U+2009 thin space as group separator', ['POSTCODE','PHONE','MPAN','EUI64'])
def _(p,t,a,b,k,v):
    if k=='MPAN': s=v[:2]+'\u2009'+v[2:6]+'\u2009'+v[6:10]+'\u2009'+v[10:]
    elif k=='EUI64': s=v.replace('-','\u202f')
    else: s=v.replace(' ','\u202f')
    p.body_insert(intro()+P(R(I.label(k,v)+' '+s)))
@tech('ta_field','part: TA (table of authorities) field code; shown with field codes / TOA', ['NAME','POSTCODE','EMAIL','SERIAL'])
def _(p,t,a,b,k,v): p.body_insert(intro()+P(R('Complaint logged ')+'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TA \\l "'+E(t)+' complaint" \\s "complaint" \\c 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))
@tech('header_docpartobj','render: header content control docPartObj (Page Numbers gallery) holding the value')
def _(p,t,a,b,k,v):
    rid=add_hdrftr(p,'header',f'<w:sdt><w:sdtPr><w:id w:val="{docpr()}"/><w:docPartObj><w:docPartGallery w:val="Page Numbers (Top of Page)"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{P(R(t))}</w:sdtContent></w:sdt>')
    final_sectpr_edit(p,lambda s: set_default_hf(s,'header',rid)); p.body_insert(intro())
@tech('settings_caption_label','part: settings w:captions/w:caption/@w:name (Insert Caption label list)')
def _(p,t,a,b,k,v): settings_add(p,f'<w:captions><w:caption w:name={A(t)} w:pos="below" w:numFmt="decimal"/></w:captions>'); p.body_insert(intro())
@tech('settings_attached_schema','part: settings w:attachedSchema/@w:val (XML schema list)')
def _(p,t,a,b,k,v): settings_add(p,f'<w:attachedSchema w:val={A("urn:site:"+t)}/>'); p.body_insert(intro())
