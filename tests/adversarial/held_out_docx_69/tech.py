from lib import *
from lib import _docpr
import ids, subprocess, tarfile, gzip, base64, uuid, shutil
BASEDIR='/tmp/ho42/docx/base'
WORK='/tmp/ho42/docx/tmpc'
def lbl(k,v): return f'{ids.LABEL[k]}: {v}'
def G(k,v): return ids.groups(k,v)
T={}
GC='<w:gridCol w:w="300"/>'
VMR='<w:vMerge w:val="restart"/>'
NG='NORTHGRID'+chr(92)
def tech(name,cls,kinds,bases='ABCD'):
    def deco(f): T[name]=dict(f=f,cls=cls,kinds=kinds,bases=bases); return f
    return deco
# ---------- split layout in body ----------
@tech('tab_between_groups','split-layout',['MPAN','EUI64','phone','MPRN'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+' ')+'<w:r><w:tab/></w:r>'.join(R(g) for g in G(k,v)))); return 'body: groups separated by w:tab runs','groups '+' <tab> '.join(G(k,v))
@tech('ptab_between_groups','split-layout',['MPAN','serial','postcode'])
def _(p,k,v):
    sep='<w:r><w:ptab w:relativeTo="indent" w:alignment="left" w:leader="none"/></w:r>'
    p.add_body(P(R(ids.LABEL[k]+' ')+sep.join(R(g) for g in G(k,v)))); return 'body: groups separated by w:ptab','groups with ptab'
@tech('tab_leader_dots','split-layout',['MPAN','MPRN','phone'])
def _(p,k,v):
    gs=G(k,v); tabs=''.join(f'<w:tab w:val="left" w:leader="dot" w:pos="{1800+i*1500}"/>' for i in range(len(gs)+1))
    p.add_body(P(R(ids.LABEL[k])+''.join('<w:r><w:tab/></w:r>'+R(g) for g in gs),ppr=f'<w:tabs>{tabs}</w:tabs>')); return 'body: groups separated by tabs with dot leaders','10.....2345.....'
@tech('sup_sub_alternate','split-layout',['MPAN','serial','EUI64','phone'])
def _(p,k,v):
    rs=''.join(R(ch,'<w:vertAlign w:val="%s"/>'%('superscript' if i%3==1 else 'subscript' if i%3==2 else 'baseline')) for i,ch in enumerate(v))
    p.add_body(P(R(ids.LABEL[k]+': ')+rs)); return 'body: chars alternate superscript/subscript/baseline runs','value with raised/lowered chars'
@tech('one_char_per_cell','split-layout',['MPAN','MPRN','postcode','EUI64'])
def _(p,k,v):
    chars=list(v.replace('-','')) if k=='EUI64' else list(v)
    cells=''.join(f'<w:tc><w:tcPr><w:tcW w:w="300" w:type="dxa"/><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{R(c)}</w:p></w:tc>' for c in chars)
    nob='<w:tblBorders>'+''.join(f'<w:{s} w:val="nil"/>' for s in ['top','left','bottom','right','insideH','insideV'])+'</w:tblBorders>'
    p.add_body(P(R(ids.LABEL[k]+':'))+f'<w:tbl {NSD}><w:tblPr><w:tblW w:w="0" w:type="auto"/>{nob}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{GC*len(chars)}</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'+P(''))
    return 'body: borderless table, one character per cell','one char per cell'
@tech('mpan_sbox_table','split-layout',['MPAN'])
def _(p,k,v):
    top=['01','801','100']; bot=[v[:2],v[2:6]+' '+v[6:10],v[10:]]
    def tc(t,span=None,vm=None): return f'<w:tc><w:tcPr>{vm or ""}</w:tcPr><w:p>{R(t) if t else ""}</w:p></w:tc>'
    rows=f'<w:tr>{tc("S",vm=VMR)}{"".join(tc(x) for x in top)}</w:tr><w:tr>{tc("",vm="<w:vMerge/>")}{"".join(tc(x) for x in bot)}</w:tr>'
    p.add_body(P(R('Supply number (from the customer bill):'))+f'<w:tbl {NSD}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="600"/><w:gridCol w:w="1200"/><w:gridCol w:w="1800"/><w:gridCol w:w="900"/></w:tblGrid>{rows}</w:tbl>'+P(''))
    return 'body: bill-style S box, 2-row table, core split 2 | 4 4 | 3 in bottom row', ' | '.join(bot)
@tech('wordart_char_shapes','split-layout',['MPAN','phone','MPRN'],bases='BCD')
def _(p,k,v):
    shapes=''.join(txbox(P(R(ch,'<w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono"/><w:b/><w:sz w:val="32"/>')),200000+i*190000,0,180000,320000) for i,ch in enumerate(v))
    p.add_body(P(R(ids.LABEL[k]+':'))+P(shapes)+P('')+P('')); return 'body: one DrawingML text-box shape per character, laid out in a row','one shape per char'
@tech('overlap_interleave','split-layout',['MPAN','MPRN','phone','EUI64'],bases='BCD')
def _(p,k,v):
    a=''.join(c if i%2==0 else ' ' for i,c in enumerate(v)); b=''.join(c if i%2==1 else ' ' for i,c in enumerate(v))
    rp='<w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono"/><w:sz w:val="28"/>'
    p.add_body(P(R(ids.LABEL[k]+':'))+P(txbox(P(R(a,rp)),0,0,4500000,300000)+txbox(P(R(b,rp)),0,0,4500000,300000))+P('')+P(''))
    return 'body: two overlapping text boxes, monospace, alternate chars + spaces; composed visually', f'box1 "{a}" box2 "{b}"'
@tech('textbox_rot90','drawingml-text',['serial','name','postcode','email'],bases='BCD')
def _(p,k,v):
    p.add_body(P(txbox(P(R(lbl(k,v))),0,0,3600000,300000,rot=5400000))+P('')*6); return 'body: text box rotated 90 deg (a:xfrm rot=5400000)','rotated text box'
@tech('textbox_vert270','drawingml-text',['MPAN','EUI64','phone','name'],bases='BCD')
def _(p,k,v):
    p.add_body(P(txbox(P(R(lbl(k,v))),0,0,400000,3600000,vert='vert270'))+P('')*6); return 'body: text box with bodyPr vert="vert270"','vertical text'
@tech('textbox_halves','split-layout',['MPAN','serial','email','postcode'],bases='BCD')
def _(p,k,v):
    h=len(v)//2; rp='<w:sz w:val="24"/>'
    p.add_body(P(R(ids.LABEL[k]+':'))+P(txbox(P(R(v[:h],rp)),0,0,1500000,300000)+txbox(P(R(v[h:],rp),'<w:jc w:val="left"/>'),1500000,0,2000000,300000))+P('')+P(''))
    return 'body: value halves in two adjacent text boxes',f'{v[:h]} | {v[h:]}'
@tech('line_break_groups','split-layout',['MPAN','phone','email'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+': ')+'<w:r><w:br/></w:r>'.join(R(g) for g in G(k,v)))); return 'body: groups separated by w:br line breaks','lines'
@tech('advance_field_between','split-layout',['MPAN','serial','MPRN'])
def _(p,k,v):
    fld='<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADVANCE \\r 2 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    p.add_body(P(R(ids.LABEL[k]+' ')+fld.join(R(g) for g in G(k,v)))); return 'body: ADVANCE fields between groups','groups with ADVANCE'
DIG={'arabic':'٠١٢٣٤٥٦٧٨٩','superscript':'⁰¹²³⁴⁵⁶⁷⁸⁹','circled':'⓪①②③④⑤⑥⑦⑧⑨','negcircled':'⓿❶❷❸❹❺❻❼❽❾','devanagari':'०१२३४५६७८९','dotted':'0⒈⒉⒊⒋⒌⒍⒎⒏⒐'}
def unidig(s,which): return ''.join(DIG[which][int(c)] if c.isdigit() else c for c in s)
for _w in ['arabic','superscript','circled','negcircled','devanagari']:
    def mk(w):
        def f(p,k,v):
            s=unidig(v,w); p.add_body(P(R(ids.LABEL[k]+': '+s))); return f'body: digits written as {w} Unicode digits', s
        return f
    tech('unicode_digits_'+_w,'unicode-digits',['MPAN','phone'] if _w in('negcircled','circled') else ['MPAN','MPRN'])(mk(_w))
@tech('email_obfuscated','text-form',['email'])
def _(p,k,v):
    a,b=v.split('@'); s=a+' [at] '+b.replace('.',' [dot] ')
    p.add_body(P(R('Contact (please do not spam): '+s))); return 'body: e-mail written with [at]/[dot]',s
@tech('email_obfuscated2','text-form',['email'])
def _(p,k,v):
    a,b=v.split('@'); s=a+' (at) '+b
    p.add_body(P(R('Reply to '+s))); return 'body: e-mail written with (at)',s
FORMS={'MPAN':lambda v:'-'.join([v[:2],v[2:6],v[6:10],v[10:]]),'MPRN':lambda v:v[:4]+'.'+v[4:7]+'.'+v[7:],'serial':lambda v:v.lower(),
 'EUI64':lambda v:':'.join(''.join(v.split('-')[i:i+2]) for i in range(0,8,2)).lower(),'postcode':lambda v:v.replace(' ','').lower(),
 'name':lambda v:v.split(' ',1)[1].upper()+', '+v.split(' ',1)[0],'phone':lambda v:'+44 (0)'+v.lstrip('0') if not v.startswith('+') else v.replace(' ','-'),'email':lambda v:'mailto:'+v.upper()}
@tech('prose_alt_form','text-form',list(FORMS))
def _(p,k,v):
    s=FORMS[k](v); p.add_body(P(R(f'Note from the witness: the {ids.LABEL[k].lower()} on site was {s}, confirmed by photo.'))); return 'body prose, alternative written form',s
# ---------- charts ----------
def add_chart(p,ser_name=None,trend=None,dlbl=None,wb=None,cats=('Mon','Tue','Wed'),vals=(3,5,4)):
    n=len([x for x in p.parts if x.startswith('word/charts/chart')])+1; cp=f'word/charts/chartX{n}.xml'
    sn=f'<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{esc(ser_name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>' if ser_name else ''
    tl=f'<c:trendline><c:name>{esc(trend)}</c:name><c:trendlineType val="linear"/><c:dispRSqr val="0"/><c:dispEq val="0"/></c:trendline>' if trend else ''
    dl=(f'<c:dLbls><c:dLbl><c:idx val="1"/><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{esc(dlbl)}</a:t></a:r></a:p></c:rich></c:tx><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' if dlbl else '')
    cat=''.join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i,c in enumerate(cats)); val=''.join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i,c in enumerate(vals))
    ext=''
    if wb:
        p.put(f'word/embeddings/Microsoft_Excel_WorksheetX{n}.xlsx',wb); p.ct_default('xlsx','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        rid=p.add_rel(cp,'package',f'../embeddings/Microsoft_Excel_WorksheetX{n}.xlsx'); ext=f'<c:externalData r:id="{rid}"><c:autoUpdate val="0"/></c:externalData>'
    xml=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {NSD}><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
         f'<c:ser><c:idx val="0"/><c:order val="0"/>{sn}{tl}{dl}<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$4</c:f><c:strCache><c:ptCount val="{len(cats)}"/>{cat}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{len(vals)}"/>{val}</c:numCache></c:numRef></c:val></c:ser>'
         f'<c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/></c:legend><c:plotVisOnly val="1"/></c:chart>{ext}</c:chartSpace>')
    p.put(cp,xml); p.ct_override(cp,'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')
    rid=p.add_rel(p.docpart,'chart',f'charts/chartX{n}.xml'); _docpr[0]+=1
    p.add_body(P(f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="4500000" cy="2500000"/><wp:docPr id="{_docpr[0]}" name="Chart {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
@tech('chart_series_name','chart',['MPAN','name','serial','EUI64'],bases='ABCD')
def _(p,k,v): add_chart(p,ser_name=f'Reads {v}'); return 'chart series name (c:tx strCache), legend',f'Reads {v}'
@tech('chart_trendline_name','chart',['MPAN','name','MPRN'])
def _(p,k,v): add_chart(p,ser_name='Reads',trend=f'Trend {v}'); return 'chart trendline c:name (legend entry)',f'Trend {v}'
@tech('chart_custom_datalabel','chart',['MPAN','postcode','phone'])
def _(p,k,v): add_chart(p,ser_name='Reads',dlbl=v); return 'chart custom data label text (c:dLbl/c:tx/c:rich)',v
def xlsx_with(cells):
    import openpyxl; wb=openpyxl.Workbook(); ws=wb.active
    for r,row in enumerate(cells,1):
        for c,val in enumerate(row,1): ws.cell(r,c,val)
    b=io.BytesIO(); wb.save(b); return b.getvalue()
@tech('chart_embedded_workbook','chart',['MPAN','name','email'])
def _(p,k,v):
    wb=xlsx_with([['Day','Reads'],['Mon',3],['Tue',5],['Wed',4],[],[ids.LABEL[k],v]])
    add_chart(p,ser_name='Reads',wb=wb); return 'chart embedded workbook (externalData xlsx), cell A6/B6 only, not in cache',v
# ---------- images ----------
def img_para(p,im_bytes,ext,ctype,w_px,h_px,scale=9525,**kw):
    n=len(p.parts); rid=p.add_media(f'imageX{n}.{ext}',im_bytes,ext,ctype)
    cx=min(w_px*scale,5400000); cy=int(cx*h_px/w_px)
    p.add_body(P(pic_inline(rid,cx,cy,**kw))); return rid
def val_img(k,v,**kw): return render_png(f'{ids.LABEL[k]}\n{v}',**kw)
@tech('png_pixels_screenshot','image-pixels',['MPAN','name','postcode','EUI64','serial'],bases='D')
def _(p,k,v):
    im=val_img(k,v); img_para(p,png_bytes(im),'png','image/png',*im.size); return 'PNG pixels (baseline screenshot)',v
def blank_img(text='Registration screen – step 3'): return render_png(text,size=22)
@tech('png_ztxt','image-metadata',['MPAN','name','email','EUI64'],bases='D')
def _(p,k,v):
    from PIL.PngImagePlugin import PngInfo
    im=blank_img(); info=PngInfo(); info.add_text('Comment',lbl(k,v),zip=True)
    img_para(p,png_bytes(im,pnginfo=info),'png','image/png',*im.size); return 'PNG zTXt chunk (compressed), pixels clean',lbl(k,v)
@tech('png_itxt_compressed','image-metadata',['MPAN','phone','postcode'],bases='D')
def _(p,k,v):
    from PIL.PngImagePlugin import PngInfo
    im=blank_img(); info=PngInfo(); info.add_itxt('Description',lbl(k,v),lang='en-GB',tkey='Disgrifiad',zip=True)
    img_para(p,png_bytes(im,pnginfo=info),'png','image/png',*im.size); return 'PNG iTXt chunk, compressed',lbl(k,v)
@tech('png_itxt_plain_welsh','image-metadata',['serial','name','MPRN'],bases='D')
def _(p,k,v):
    from PIL.PngImagePlugin import PngInfo
    im=blank_img(); info=PngInfo(); info.add_itxt('Title',lbl(k,v),lang='cy',tkey='Teitl',zip=False)
    img_para(p,png_bytes(im,pnginfo=info),'png','image/png',*im.size); return 'PNG iTXt chunk uncompressed, lang cy',lbl(k,v)
@tech('jpeg_com_segment','image-metadata',['MPAN','name','email','serial'],bases='D')
def _(p,k,v):
    im=blank_img(); b=io.BytesIO(); im.save(b,'JPEG',quality=90,comment=lbl(k,v).encode()); img_para(p,b.getvalue(),'jpeg','image/jpeg',*im.size); return 'JPEG COM segment, pixels clean',lbl(k,v)
@tech('jpeg_cmyk_pixels','image-codec',['MPAN','postcode'],bases='D')
def _(p,k,v):
    im=val_img(k,v).convert('CMYK'); b=io.BytesIO(); im.save(b,'JPEG',quality=92); img_para(p,b.getvalue(),'jpeg','image/jpeg',*im.size); return 'CMYK JPEG pixels',v
@tech('jpeg_progressive_pixels','image-codec',['MPAN','EUI64'],bases='D')
def _(p,k,v):
    im=val_img(k,v); b=io.BytesIO(); im.save(b,'JPEG',quality=92,progressive=True); img_para(p,b.getvalue(),'jpeg','image/jpeg',*im.size); return 'progressive JPEG pixels',v
@tech('jp2_pixels','image-codec',['MPAN','name'],bases='D')
def _(p,k,v):
    im=val_img(k,v); b=io.BytesIO(); im.save(b,'JPEG2000'); img_para(p,b.getvalue(),'jp2','image/jp2',*im.size); return 'JPEG 2000 picture (pixels)',v
@tech('avif_pixels','image-codec',['MPAN','postcode'],bases='D')
def _(p,k,v):
    im=val_img(k,v); b=io.BytesIO(); im.save(b,'AVIF',quality=90); img_para(p,b.getvalue(),'avif','image/avif',*im.size); return 'AVIF picture (pixels)',v
@tech('png16_gray_pixels','image-codec',['MPAN','serial'],bases='D')
def _(p,k,v):
    im=val_img(k,v).convert('L'); import numpy as np
    a=(np.asarray(im).astype('uint16')*257); im2=Image.fromarray(a,mode='I;16') if False else Image.fromarray(a)
    b=io.BytesIO(); im2.save(b,'PNG'); img_para(p,b.getvalue(),'png','image/png',*im.size); return '16-bit greyscale PNG pixels',v
@tech('palette_trns_pixels','image-codec',['MPAN','phone'],bases='D')
def _(p,k,v):
    im=val_img(k,v).convert('P',palette=Image.ADAPTIVE,colors=4); b=io.BytesIO(); im.save(b,'PNG',transparency=0); img_para(p,b.getvalue(),'png','image/png',*im.size); return 'palette PNG with tRNS (index 0 transparent)',v
@tech('alpha_only_text','image-pixels',['MPAN','name','EUI64'],bases='D')
def _(p,k,v):
    im=val_img(k,v).convert('L'); a=Image.eval(im,lambda x:255-x); blk=Image.new('RGBA',im.size,(0,0,0,0)); blk.putalpha(a)
    img_para(p,png_bytes(blk),'png','image/png',*im.size); return 'RGBA PNG, RGB all black, text only in alpha channel',v
@tech('apng_default_frame','image-codec',['MPAN','postcode'],bases='D')
def _(p,k,v):
    a=val_img(k,v); b2=render_png('Frame 2 – no data'.ljust(30),size=30).resize(a.size)
    b=io.BytesIO(); a.save(b,'PNG',save_all=True,append_images=[b2],duration=500,loop=0); img_para(p,b.getvalue(),'png','image/png',*a.size); return 'APNG, value in default (first) frame',v
@tech('apng_second_frame_only','image-codec',['MPAN','name'],bases='D')
def _(p,k,v):
    a=val_img(k,v); b1=render_png('Loading…',size=30).resize(a.size)
    b=io.BytesIO(); b1.save(b,'PNG',save_all=True,append_images=[a],duration=500,loop=0); img_para(p,b.getvalue(),'png','image/png',*a.size); return 'APNG, value only in second frame (extractable; Word shows frame 1)',v
def big_with_value(k,v,pos):
    im=Image.new('RGB',(1200,900),'white'); d=ImageDraw.Draw(im); f=ImageFont.truetype(FONT,30)
    d.text((40,40),'DIP Message Tracker – IF-031 ACCEPTED',font=f,fill='black')
    x,y={'in':(40,450),'out':(40,820)}[pos]; d.text((x,y),f'{ids.LABEL[k]}: {v}',font=f,fill='black'); return im
@tech('crop_value_inside','image-pixels',['MPAN','email'],bases='D')
def _(p,k,v):
    im=big_with_value(k,v,'in'); n=len(p.parts); rid=p.add_media(f'imageX{n}.png',png_bytes(im),'png','image/png')
    p.add_body(P(pic_inline(rid,5400000,int(5400000*0.3*900/1200/1.0*1200/1200),srcrect='<a:srcRect t="45000" b="40000"/>'))); return 'picture cropped (srcRect t45%/b40%) to the band holding the value',v
@tech('crop_value_outside','image-pixels',['MPAN','name'],bases='D')
def _(p,k,v):
    im=big_with_value(k,v,'out'); n=len(p.parts); rid=p.add_media(f'imageX{n}.png',png_bytes(im),'png','image/png')
    p.add_body(P(pic_inline(rid,5400000,1000000,srcrect='<a:srcRect b="60000"/>'))); return 'picture cropped (srcRect b=60%): value in the cropped-away part (extractable, not shown)',v
@tech('scaled_to_1px','image-pixels',['MPAN','postcode'],bases='D')
def _(p,k,v):
    im=val_img(k,v); n=len(p.parts); rid=p.add_media(f'imageX{n}.png',png_bytes(im),'png','image/png')
    p.add_body(P(R('Evidence attached.')+pic_inline(rid,9525,9525))); return 'picture shown at 1 px x 1 px (extent 9525 EMU)',v
@tech('rot180_pixels','image-pixels',['MPAN','name','serial'],bases='D')
def _(p,k,v):
    im=val_img(k,v).rotate(180); img_para(p,png_bytes(im),'png','image/png',*im.size,xfrm_attr=' rot="10800000"'); return 'pixels upside down; a:xfrm rot=180 turns it upright on the page',v
@tech('flipH_pixels','image-pixels',['MPAN','postcode','EUI64'],bases='D')
def _(p,k,v):
    im=val_img(k,v).transpose(Image.FLIP_LEFT_RIGHT); img_para(p,png_bytes(im),'png','image/png',*im.size,xfrm_attr=' flipH="1"'); return 'pixels mirrored; a:xfrm flipH=1 shows it readable',v
@tech('low_contrast_grey','image-pixels',['MPAN','name'],bases='D')
def _(p,k,v):
    im=val_img(k,v,fg=(170,170,170)); img_para(p,png_bytes(im),'png','image/png',*im.size); return 'light grey text (#AAAAAA) on white, pixels',v
def svg_pic(p,svg,w=600,h=120):
    n=len(p.parts); fb=png_bytes(Image.new('RGB',(w,h),'white'))
    rpng=p.add_media(f'imageX{n}.png',fb,'png','image/png')
    rsvg=p.add_media(f'imageX{n}s.svg',svg.encode(),'svg','image/svg+xml')
    ext=f'<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rsvg}"/></a:ext></a:extLst>'
    p.add_body(P(pic_inline(rpng,w*9525,h*9525,extra_blip=ext)))
@tech('svg_textpath','image-svg',['MPAN','name','email','phone'],bases='D')
def _(p,k,v):
    svg=f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="120" viewBox="0 0 600 120"><defs><path id="pth" d="M10,80 Q300,60 590,80"/></defs><rect width="600" height="120" fill="white"/><text font-family="DejaVu Sans" font-size="26"><textPath xlink:href="#pth">{esc(lbl(k,v))}</textPath></text></svg>'
    svg_pic(p,svg); return 'SVG picture (svgBlip, blank PNG fallback), text on a <textPath>',lbl(k,v)
@tech('svg_use_symbol','image-svg',['MPAN','postcode','serial'],bases='D')
def _(p,k,v):
    svg=f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="120"><defs><symbol id="s1"><text x="10" y="60" font-family="DejaVu Sans" font-size="26">{esc(lbl(k,v))}</text></symbol></defs><rect width="600" height="120" fill="white"/><use xlink:href="#s1" href="#s1" x="0" y="0"/></svg>'
    svg_pic(p,svg); return 'SVG picture, text inside <symbol> shown by <use>',lbl(k,v)
def emf_text(s):
    u=s.encode('utf-16le'); n=len(s); pad=u+b'\0'*((-len(u))%4)
    hdr_size=108
    recs=[]
    lf=struct.pack('<5i8B',-40,0,0,0,400,0,0,0,0,0,0,0,0)+'Arial'.encode('utf-16le').ljust(64,b'\0')
    recs.append(struct.pack('<3I',82,12+len(lf),1)+lf)
    recs.append(struct.pack('<3I',37,12,1))
    recs.append(struct.pack('<3I',18,12,1))
    off=76; dx=struct.pack('<%di'%n,*([22]*n))
    recs.append(struct.pack('<2I4iIff',84,off+len(pad)+len(dx),0,0,n*22+20,60,1,1.0,1.0)+struct.pack('<2iIII4iI',10,10,n,off,0,0,0,n*22+20,60,off+len(pad))+pad+dx)
    recs.append(struct.pack('<5I',14,20,0,16,20))
    body=b''.join(recs); total=hdr_size+len(body)
    W,H=n*22+30,70
    hdr=struct.pack('<2I4i4i',1,hdr_size,0,0,W,H,0,0,int(W*26.46),int(H*26.46))+struct.pack('<4I2H3I2i2i',0x464D4520,0x10000,total,len(recs)+1,2,0,0,0,0,1024,768,271,203)+struct.pack('<3I2i',0,0,0,271000,203000)
    return hdr+body,W,H
@tech('emf_exttextoutw','image-vector',['MPAN','name','EUI64','email'],bases='D')
def _(p,k,v):
    data,W,H=emf_text(lbl(k,v)); n=len(p.parts); rid=p.add_media(f'imageX{n}.emf',data,'emf','image/x-emf')
    p.add_body(P(pic_inline(rid,W*9525*1,H*9525))); return 'EMF picture, EMR_EXTTEXTOUTW record',lbl(k,v)
def wmf_text(s):
    b=s.encode('cp1252'); sl=len(b); sb=b+(b'\0' if sl%2 else b'')
    def rec(fn,params): return struct.pack('<IH',3+len(params)//2,fn)+params
    lf=struct.pack('<5h8B',-40,0,0,0,400,0,0,0,0,0,0,0,0)+b'Arial'.ljust(32,b'\0')
    W=sl*24+40; H=80
    recs=[rec(0x020B,struct.pack('<hh',0,0)),rec(0x020C,struct.pack('<hh',H,W)),rec(0x02FB,lf),rec(0x012D,struct.pack('<H',0)),rec(0x0102,struct.pack('<H',1)),
          rec(0x0521,struct.pack('<H',sl)+sb+struct.pack('<hh',20,10)),struct.pack('<IH',3,0)]
    body=b''.join(recs); maxrec=max(len(r)//2 for r in recs)
    mh=struct.pack('<HHHIHIH',1,9,0x300,(18+len(body))//2,1,maxrec,0)
    ph=struct.pack('<IHhhhhHI',0x9AC6CDD7,0,0,0,W,H,1440,0); words=struct.unpack('<10H',ph[:20]); cs=0
    for w_ in words: cs^=w_
    return ph+struct.pack('<H',cs)+mh+body,W,H
@tech('wmf_textout','image-vector',['MPAN','postcode','serial','phone'],bases='D')
def _(p,k,v):
    data,W,H=wmf_text(lbl(k,v)); n=len(p.parts); rid=p.add_media(f'imageX{n}.wmf',data,'wmf','image/x-wmf')
    p.add_body(P(pic_inline(rid,W*9525//1,H*9525))); return 'WMF picture, META_TEXTOUT record',lbl(k,v)
@tech('watermark_picture_header','header-picture',['MPAN','name','postcode'],bases='BCD')
def _(p,k,v):
    im=val_img(k,v,fg=(200,200,200),size=40); n=len(p.parts)
    hp=f'word/headerX{n}.xml'
    p.put('word/media/imageX%d.png'%n,png_bytes(im)); p.ct_default('png','image/png')
    rid=p.add_rel(hp,'image','media/imageX%d.png'%n)
    p.add_header('<w:p>'+pic_inline(rid,5000000,int(5000000*im.size[1]/im.size[0]),anchor=True,behind=True)+'</w:p>',partname=hp)
    return 'picture watermark: header anchored picture behind text (light grey pixels)',v
@tech('numbering_picture_bullet','image-pixels',['MPAN','name'],bases='D')
def _(p,k,v):
    im=val_img(k,v,size=34); n=len(p.parts); p.put(f'word/media/imageX{n}.png',png_bytes(im)); p.ct_default('png','image/png')
    rid=p.add_rel('word/numbering.xml','image',f'media/imageX{n}.png')
    num=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NSD}><w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:300pt;height:40pt" o:bullet="t"><v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:numPicBullet>'
         '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:lvlPicBulletId w:val="0"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="6500" w:hanging="6400"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/><w:sz w:val="72"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    p.put('word/numbering.xml',num); p.ct_override('word/numbering.xml','application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml')
    p.add_rel(p.docpart,'numbering','numbering.xml')
    p.add_body(P(R('Checked on site'),ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')); return 'numbering picture bullet (numPicBullet v:imagedata) holding the value in pixels',v
# ---------- headers / frames ----------
@tech('first_header_frame_titlepg','header-text',['MPAN','name','phone','email'],bases='ABCD')
def _(p,k,v):
    p.add_header('<w:p><w:pPr><w:framePr w:w="4000" w:h="400" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="6500" w:y="500"/></w:pPr>'+R(lbl(k,v))+'</w:p>',typ='first',titlePg=True)
    return 'frame (framePr) paragraph in first-page header; section has titlePg',lbl(k,v)
# ---------- forms / fields / content controls ----------
def ff(inner_ff,result,typ='FORMTEXT'):
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/>{inner_ff}</w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {typ} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{R(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
@tech('ffdata_helptext','form-field',['MPAN','name','email'])
def _(p,k,v):
    p.add_body(P(R('Reading: ')+ff(f'<w:helpText w:type="text" w:val="{esc(lbl(k,v))}"/><w:textInput/>','     '))); return 'legacy form field ffData helpText (F1 help)',lbl(k,v)
@tech('ffdata_statustext','form-field',['MPAN','phone','serial'])
def _(p,k,v):
    p.add_body(P(R('Reading: ')+ff(f'<w:statusText w:type="text" w:val="{esc(lbl(k,v))}"/><w:textInput/>','     '))); return 'legacy form field ffData statusText (status bar)',lbl(k,v)
@tech('ffdata_dropdown_selected','form-field',['MPAN','postcode','name'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+': ')+ff(f'<w:ddList><w:result w:val="1"/><w:listEntry w:val="(choose)"/><w:listEntry w:val="{esc(v)}"/></w:ddList>',v,'FORMDROPDOWN'))); return 'FORMDROPDOWN listEntry selected (result=1)',v
@tech('ffdata_dropdown_unselected','form-field',['MPAN','serial','email'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+': ')+ff(f'<w:ddList><w:result w:val="0"/><w:listEntry w:val="(choose)"/><w:listEntry w:val="{esc(v)}"/></w:ddList>','(choose)','FORMDROPDOWN'))); return 'FORMDROPDOWN listEntry not selected (in the list a reader opens)',v
@tech('sdt_combobox_value_attr','content-control',['MPAN','EUI64','name'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+': ')+f'<w:sdt><w:sdtPr><w:comboBox><w:listItem w:displayText="Choose" w:value="0"/><w:listItem w:displayText="Site A" w:value="{esc(v)}"/></w:comboBox></w:sdtPr><w:sdtContent>{R("Choose")}</w:sdtContent></w:sdt>'))
    return 'combo-box content control listItem w:value (display text innocuous)',v
@tech('sdt_dropdown_unselected_item','content-control',['MPAN','postcode','phone'])
def _(p,k,v):
    p.add_body(P(R(ids.LABEL[k]+': ')+f'<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="Choose" w:value="0"/><w:listItem w:displayText="{esc(v)}" w:value="2"/></w:dropDownList></w:sdtPr><w:sdtContent>{R("Choose")}</w:sdtContent></w:sdt>'))
    return 'drop-down list content control, unselected listItem displayText',v
@tech('databinding_customxml','content-control',['MPAN','name','email','postcode'])
def _(p,k,v):
    n=len(p.parts); gid='{%s}'%str(uuid.UUID(int=random.Random(n).getrandbits(128))).upper()
    item=f'customXml/itemX{n}.xml'; props=f'customXml/itemPropsX{n}.xml'
    p.put(item,f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ev:evidence xmlns:ev="urn:northgrid:evidence"><ev:site><ev:value>{esc(v)}</ev:value></ev:site></ev:evidence>')
    p.put(props,f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{gid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
    p.ct_override(props,'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.add_rel(item,'customXmlProps',os.path.basename(props)); p.add_rel(p.docpart,'customXml','../'+item)
    p.add_body(P(R(ids.LABEL[k]+': ')+f'<w:sdt><w:sdtPr><w:dataBinding w:prefixMappings="xmlns:ev=\'urn:northgrid:evidence\'" w:xpath="/ev:evidence[1]/ev:site[1]/ev:value[1]" w:storeItemID="{gid}"/><w:text/></w:sdtPr><w:sdtContent>{R("[to be filled]")}</w:sdtContent></w:sdt>'))
    return 'content control w:dataBinding xpath into a customXml item holding the value (sdtContent stale); Word refreshes on open',v
@tech('author_field_stale','field',['name'])
def _(p,k,v):
    p.add_body(P(R('Prepared by: ')+f'<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT ">{R(v)}</w:fldSimple>')); return 'AUTHOR field result',v
@tech('useraddress_field','field',['postcode','name'])
def _(p,k,v):
    s=f'14 Larkspur Close, Headingley, {v}' if k=='postcode' else f'{v}, 14 Larkspur Close'
    p.add_body(P(R('Return to: ')+f'<w:fldSimple w:instr=" USERADDRESS ">{R(s)}</w:fldSimple>')); return 'USERADDRESS field result',s
@tech('username_initials_field','field',['name'])
def _(p,k,v):
    p.add_body(P(R('Checked by: ')+f'<w:fldSimple w:instr=" USERNAME ">{R(v)}</w:fldSimple>')); return 'USERNAME field result',v
# ---------- settings / package metadata ----------
@tech('attached_template_unc','package-metadata',['name','email'],bases='ABC')
def _(p,k,v):
    who=v.lower().replace(' ','.').replace("'",'') if k=='name' else v
    tgt=f'file:///\\\\fs01.northgrid.local\\home$\\{who}\\Templates\\Evidence.dotx'
    rid=p.add_rel('word/settings.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate',tgt,external=True)
    p.settings_insert_first(f'<w:attachedTemplate r:id="{rid}"/>'); return 'settings attachedTemplate -> UNC path naming the user',tgt
@tech('mailmerge_query','package-metadata',['MPAN','name','postcode'],bases='ABC')
def _(p,k,v):
    q=f"SELECT * FROM `Customers$` WHERE `{ids.LABEL[k]}` = '{v}'"
    rid=p.add_rel('word/settings.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource','file:///C:/TestData/customers.xlsx',external=True)
    p.settings_insert_first(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\TestData\\customers.xlsx"/><w:query w:val="{esc(q)}"/><w:dataSource r:id="{rid}"/></w:mailMerge>')
    return 'settings mailMerge query (WHERE clause)',q
@tech('mailmerge_source_path','package-metadata',['name','email'],bases='ABC')
def _(p,k,v):
    who=v.replace(' ','_') if k=='name' else v
    tgt=f'file:///C:/Users/{who}/Documents/cos_customers.csv'
    rid=p.add_rel('word/settings.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource',tgt,external=True)
    p.settings_insert_first(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/><w:query w:val="SELECT * FROM cos_customers.csv"/><w:dataSource r:id="{rid}"/></w:mailMerge>')
    return 'settings mailMerge dataSource path naming a user',tgt
@tech('people_presence_userid','package-metadata',['email'],bases='ABCD')
def _(p,k,v):
    p.put('word/people.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people {NSD}><w15:person w15:author="Reviewer 2"><w15:presenceInfo w15:providerId="AD" w15:userId="{esc(v)}"/></w15:person></w15:people>')
    p.ct_override('word/people.xml','application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml')
    p.add_rel(p.docpart,'http://schemas.microsoft.com/office/2011/relationships/people','people.xml'); return 'people.xml presenceInfo userId',v
@tech('permstart_ed','package-metadata',['email','name'])
def _(p,k,v):
    p.add_body(P(f'<w:permStart w:id="77" w:ed="{esc(v if k=="email" else NG+v.replace(" ","."))}"/>'+R('Editable region for the witness.')+'<w:permEnd w:id="77"/>')); return 'w:permStart w:ed (editor)',v
@tech('comment_mention_mailto','comment',['email','name'],bases='BCD')
def _(p,k,v):
    e=v if k=='email' else v.lower().replace(' ','.').replace("'",'')+'@northgrid-energy.co.uk'
    rid=p.add_rel('word/comments.xml','hyperlink','mailto:'+e,external=True)
    show='@Reviewer' if k=='email' else '@'+v
    p.put('word/comments.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NSD}><w:comment w:id="5" w:author="Tester" w:initials="T"><w:p><w:hyperlink r:id="{rid}">{R(show)}</w:hyperlink>{R(" please confirm the read.")}</w:p></w:comment></w:comments>')
    p.ct_override('word/comments.xml','application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'); p.add_rel(p.docpart,'comments','comments.xml')
    p.add_body(P('<w:commentRangeStart w:id="5"/>'+R('Read verified.')+'<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>'))
    return 'comment @mention hyperlink (mailto target)',e if k=='email' else show
@tech('customxml_schemaref_uri','package-metadata',['name','email','MPAN'],bases='ABCD')
def _(p,k,v):
    n=len(p.parts); item=f'customXml/itemX{n}.xml'; props=f'customXml/itemPropsX{n}.xml'
    p.put(item,'<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:x"/>')
    u='http://schemas.northgrid.local/evidence/'+v.replace(' ','%20')
    p.put(props,f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{{6D3A1B20-0000-4000-8000-{n:012d}}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="{esc(u)}"/></ds:schemaRefs></ds:datastoreItem>')
    p.ct_override(props,'application/vnd.openxmlformats-officedocument.customXmlProperties+xml'); p.add_rel(item,'customXmlProps',os.path.basename(props)); p.add_rel(p.docpart,'customXml','../'+item)
    return 'customXml itemProps schemaRef uri',u
@tech('xml_signature_subject','signature',['name','email'],bases='ABCD')
def _(p,k,v):
    subj=f'CN={v}, O=Northgrid Energy, C=GB' if k=='name' else f'E={v}, CN=Witness, O=Northgrid Energy'
    p.put('_xmlsignatures/origin.sigs',b''); p.ct_default('sigs','application/vnd.openxmlformats-package.digital-signature-origin')
    p.put('_xmlsignatures/sig1.xml',f'<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/></SignedInfo><SignatureValue>AAAA</SignatureValue><KeyInfo><X509Data><X509SubjectName>{esc(subj)}</X509SubjectName><X509Certificate>MIIB</X509Certificate></X509Data></KeyInfo><Object><SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature"><mdssi:SignatureTime xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format><mdssi:Value>2026-12-01T10:00:00Z</mdssi:Value></mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object></Signature>')
    p.ct_override('_xmlsignatures/sig1.xml','application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml')
    p.add_rel('_xmlsignatures/origin.sigs','http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature','sig1.xml')
    p.add_rel('','http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin','_xmlsignatures/origin.sigs')
    return 'digital signature part _xmlsignatures/sig1.xml X509SubjectName',subj
@tech('vml_signature_line','signature',['name','email'],bases='ABCD')
def _(p,k,v):
    signer=v if k=='name' else 'Witness'; em=v if k=='email' else ''
    p.add_body(P(f'<w:r><w:pict><v:shape id="SignatureLine1" style="width:192pt;height:96pt" type="#_x0000_t75"><v:imagedata r:id="" o:title=""/><o:lock v:ext="edit" ungrouping="t" rotation="t" cropping="t" verticies="t" text="t" grouping="t"/><o:signatureline v:ext="edit" id="{{2A1B3C4D-1111-2222-3333-444455556666}}" provid="{{00000000-0000-0000-0000-000000000000}}" o:suggestedsigner="{esc(signer)}" o:suggestedsigner2="DCC witness" o:suggestedsigneremail="{esc(em)}" issignatureline="t"/></v:shape></w:pict></w:r>'))
    return 'VML signature line o:suggestedsigner / suggestedsigneremail',v
@tech('inkml_annotation','ink',['name','MPAN'],bases='BCD')
def _(p,k,v):
    n=len(p.parts); ip=f'word/ink/inkX{n}.xml'
    p.put(ip,f'<inkml:ink xmlns:inkml="http://www.w3.org/2003/InkML"><inkml:definitions><inkml:context xml:id="ctx0"/></inkml:definitions><inkml:annotation type="recognizedText">{esc(v)}</inkml:annotation><inkml:trace contextRef="#ctx0" xml:id="tr1">0 0, 10 10, 20 5</inkml:trace><inkml:annotationXML><label>{esc(lbl(k,v))}</label></inkml:annotationXML></inkml:ink>')
    p.ct_override(ip,'application/inkml+xml'); rid=p.add_rel(p.docpart,'customXml' if False else 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',f'ink/inkX{n}.xml')
    p.add_body(P(R('Witness initialled: ')+f'<w:r><w14:contentPart r:id="{rid}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w14:xfrm><a:off x="0" y="0"/><a:ext cx="300000" cy="100000"/></w14:xfrm></w14:contentPart></w:r>'))
    return 'InkML contentPart annotation (recognizedText) + annotationXML label',v
# ---------- embedded containers ----------
def soffice_convert(src,fmt,outdir):
    subprocess.run(['nice','-n','10','soffice','--headless','--convert-to',fmt,'--outdir',outdir,src],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,timeout=180)
def small_docx_with(text,path):
    q=Pkg(BASEDIR+'/D_minimal.docx'); q.add_body(P(R(text))); q.save(path)
def ole_object(p,fname,data,progid,label='Embedded file',ctext='application/vnd.openxmlformats-officedocument.oleObject',ext='bin'):
    n=len(p.parts); p.put('word/embeddings/'+fname,data); p.ct_default(ext,ctext)
    rid=p.add_rel(p.docpart,'oleObject' if ext in('bin','xls','doc') else 'package','embeddings/'+fname)
    im=render_png(label,size=18); rimg=p.add_media(f'imageX{n}.png',png_bytes(im),'png','image/png')
    p.add_body(P(f'<w:r><w:object w:dxaOrig="2000" w:dyaOrig="400"><v:shape id="_x0000_i{n}" type="#_x0000_t75" style="width:150pt;height:30pt" o:ole=""><v:imagedata r:id="{rimg}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i{n}" DrawAspect="Icon" ObjectID="_{n}" r:id="{rid}"/></w:object></w:r>'))
@tech('ole_xls_biff8','embedded',['MPAN','name','EUI64','MPRN'],bases='ABCD')
def _(p,k,v):
    n=len(p.parts); src=f'{WORK}/x{n}_{k}.xlsx'; open(src,'wb').write(xlsx_with([['Site','Reading'],[ids.LABEL[k],v]]))
    soffice_convert(src,'xls',WORK); data=open(src[:-1],'rb').read()
    ole_object(p,f'Microsoft_Excel_97-2003_WorksheetX{n}.xls',data,'Excel.Sheet.8','Readings.xls',ctext='application/vnd.ms-excel',ext='xls')
    return 'embedded Excel 97 .xls (BIFF8, OLE CFB), cell B2',v
@tech('ole_doc_word97','embedded',['MPAN','name','postcode','serial'],bases='ABCD')
def _(p,k,v):
    n=len(p.parts); src=f'{WORK}/w{n}_{k}.docx'; small_docx_with(lbl(k,v),src)
    soffice_convert(src,'doc',WORK); data=open(src[:-1],'rb').read()
    ole_object(p,f'Microsoft_Word_97_-_2003_DocumentX{n}.doc',data,'Word.Document.8','Site note.doc',ctext='application/msword',ext='doc')
    return 'embedded Word 97 .doc (OLE CFB WordDocument stream)',lbl(k,v)
@tech('zip_holding_docx','embedded',['MPAN','name','email'],bases='ABCD')
def _(p,k,v):
    n=len(p.parts); inner=f'{WORK}/in{n}.docx'; small_docx_with(lbl(k,v),inner)
    b=io.BytesIO(); z=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED); z.write(inner,'site_visit_note.docx'); z.close()
    ole_object(p,f'evidenceX{n}.zip',b.getvalue(),'Package','evidence.zip',ctext='application/zip',ext='zip')
    return 'embeddings/*.zip (package rel) holding a .docx with the value',lbl(k,v)
@tech('customxml_zip_docx','embedded',['MPAN','postcode'],bases='ABCD')
def _(p,k,v):
    n=len(p.parts); inner=f'{WORK}/in{n}.docx'; small_docx_with(lbl(k,v),inner)
    b=io.BytesIO(); z=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED); z.write(inner,'note.docx'); z.close()
    p.put(f'customXml/backupX{n}.zip',b.getvalue()); p.ct_default('zip','application/zip'); return 'customXml/backup.zip (unreferenced part) holding a .docx with the value',lbl(k,v)
@tech('vcard_embedded','embedded',['name','phone','email'],bases='ABCD')
def _(p,k,v):
    nm=v if k=='name' else 'Site Contact'; tel=v if k=='phone' else '105'; em=v if k=='email' else 'x'
    vc=f'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{nm}\r\nTEL;TYPE=CELL:{tel}\r\n'+(f'EMAIL:{em}\r\n' if k=='email' else '')+'END:VCARD\r\n'
    ole_object(p,f'contactX{len(p.parts)}.vcf',vc.encode(),'Package','contact.vcf',ctext='text/vcard',ext='vcf'); return 'embedded vCard (.vcf) package',v
@tech('ics_embedded','embedded',['email','name'],bases='ABCD')
def _(p,k,v):
    org=f'ORGANIZER;CN={v}:mailto:{v.lower().replace(" ",".")}@northgrid-energy.co.uk' if k=='name' else f'ORGANIZER;CN=Witness:mailto:{v}'
    ics=f'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:wit-2026-12@attest\r\nSUMMARY:SIT witness session\r\n{org}\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    ole_object(p,f'inviteX{len(p.parts)}.ics',ics.encode(),'Package','invite.ics',ctext='text/calendar',ext='ics'); return 'embedded iCalendar (.ics) ORGANIZER',org
@tech('gzip_csv_embedded','embedded',['MPAN','MPRN','postcode','EUI64'],bases='ABCD')
def _(p,k,v):
    csv=f'timestamp,field,value\r\n2026-11-24T09:15:02Z,{ids.LABEL[k]},{v}\r\n'
    ole_object(p,f'readingsX{len(p.parts)}.csv.gz',gzip.compress(csv.encode()),'Package','readings.csv.gz',ctext='application/gzip',ext='gz'); return 'embedded gzip of a CSV',v
@tech('tar_embedded','embedded',['MPAN','serial'],bases='ABCD')
def _(p,k,v):
    b=io.BytesIO(); t=tarfile.open(fileobj=b,mode='w'); data=f'{ids.LABEL[k]}={v}\n'.encode(); ti=tarfile.TarInfo('logs/harness.log'); ti.size=len(data); t.addfile(ti,io.BytesIO(data)); t.close()
    ole_object(p,f'logsX{len(p.parts)}.tar',b.getvalue(),'Package','logs.tar',ctext='application/x-tar',ext='tar'); return 'embedded tar archive with a log',v
@tech('json_payload_embedded_utf16','embedded',['MPAN','EUI64','serial'],bases='ABCD')
def _(p,k,v):
    js=json.dumps({'messageType':'IF-031','payload':{ids.LABEL[k]:v}}).encode('utf-16')
    ole_object(p,f'payloadX{len(p.parts)}.json',js,'Package','IF-031.json',ctext='application/json',ext='json'); return 'embedded JSON payload encoded UTF-16 (BOM)',v
def altchunk(p,data,ext,ctype):
    n=len(p.parts); name=f'word/afchunkX{n}.{ext}'; p.put(name,data); p.ct_default(ext,ctype)
    rid=p.add_rel(p.docpart,'aFChunk',f'afchunkX{n}.{ext}'); p.add_body(f'<w:altChunk {NSD} r:id="{rid}"/>')
@tech('altchunk_rtf_pict','altchunk',['MPAN','name','postcode'],bases='ABCD')
def _(p,k,v):
    im=val_img(k,v); hx=png_bytes(im).hex(); w,h=im.size
    rtf='{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Site photo:\\par {\\pict\\pngblip\\picw%d\\pich%d\\picwgoal%d\\pichgoal%d\n%s}\\par}'%(w,h,w*15,h*15,'\n'.join(hx[i:i+128] for i in range(0,len(hx),128)))
    altchunk(p,rtf.encode(),'rtf','application/rtf'); return 'altChunk RTF holding a \\pict \\pngblip picture (value in pixels, hex)',v
@tech('altchunk_rtf_unicode_escapes','altchunk',['MPAN','phone','email'],bases='ABCD')
def _(p,k,v):
    s=''.join('\\u%d?'%ord(c) for c in lbl(k,v))
    rtf='{\\rtf1\\ansi\\uc1\\deff0{\\fonttbl{\\f0 Arial;}}\\pard %s\\par}'%s; altchunk(p,rtf.encode(),'rtf','application/rtf'); return 'altChunk RTF, every character as \\uN? escape',lbl(k,v)
@tech('ole_payload_inplace_edit','embedded',['MPAN','serial','postcode'],bases='A')
def _(p,k,v):
    name='word/embeddings/oleObject1.bin'; d=p.parts[name]
    i=d.find(b'"mpan": "[MPAN-1]"'); j=d.find(b'[MSN-1]"',i)+8; old=d[i:j]
    if i<0: raise Exception('payload not found')
    new=(f'"mpan": "{v}"' if k=='MPAN' else f'"msn": "{v}"' if k=='serial' else f'"pc": "{v}"').encode().ljust(len(old),b' ')
    p.parts[name]=d[:i]+new+d[i+len(old):]; return 'attest pack: payload OLE object edited in place (same length)',new.decode().strip()
