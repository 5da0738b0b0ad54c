# Seeded generator: altered copies (one identifier each), controls (keeps only), templates.
import zipfile, random, re, io, json, os, sys, zlib, struct
from xml.sax.saxutils import escape
from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo
import idents
os.chdir('/tmp/ho46/docx')
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
NS={'wps':'http://schemas.microsoft.com/office/word/2010/wordprocessingShape','wpg':'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
'mc':'http://schemas.openxmlformats.org/markup-compatibility/2006','wp':'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
'a':'http://schemas.openxmlformats.org/drawingml/2006/main','pic':'http://schemas.openxmlformats.org/drawingml/2006/picture',
'r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships','w':'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
'w14':'http://schemas.microsoft.com/office/word/2010/wordml'}
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
DATE='2026-11-18T10:00:00Z'
def esc(s): return escape(s,{'"':'&quot;'})
def R(t,rpr=''): return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def P(inner,ppr=''): return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'
def halves(v):
    n=len(v)//2
    return v[:n],v[n:]
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.parts={n:z.read(n) for n in z.namelist()}; s.order=z.namelist(); s.nid=900
    def get(s,n): return s.parts[n].decode('utf-8')
    def put(s,n,t):
        if n not in s.parts: s.order.append(n)
        s.parts[n]=t.encode('utf-8') if isinstance(t,str) else t
    def ids(s):
        s.nid+=1; return s.nid
    def relsname(s,part):
        d,b=part.rsplit('/',1); return f'{d}/_rels/{b}.rels'
    def add_rel(s,part,typ,target,mode=None):
        rn=s.relsname(part)
        if rn not in s.parts: s.put(rn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        t=s.get(rn); rid='rIdX%d'%s.ids()
        m=f' TargetMode="{mode}"' if mode else ''
        t=t.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{typ}" Target="{esc(target)}"{m}/></Relationships>')
        s.put(rn,t); return rid
    def ct_default(s,ext,ctype):
        t=s.get('[Content_Types].xml')
        if re.search(r'Extension="%s"'%ext,t,re.I): return
        t=t.replace('<Override',f'<Default Extension="{ext}" ContentType="{ctype}"/><Override',1) if '<Override' in t else t.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
        s.put('[Content_Types].xml',t)
    def ct_override(s,pn,ctype):
        t=s.get('[Content_Types].xml'); t=t.replace('</Types>',f'<Override PartName="{pn}" ContentType="{ctype}"/></Types>'); s.put('[Content_Types].xml',t)
    def ensure_ns(s,part):
        t=s.get(part); m=re.search(r'<(w:document|w:hdr|w:ftr)\b[^>]*>',t); tag=m.group(0); new=tag
        for p,u in NS.items():
            if f'xmlns:{p}=' not in new: new=new[:-1]+f' xmlns:{p}="{u}">'
        s.put(part,t.replace(tag,new,1))
    def add_body(s,xml):
        s.ensure_ns('word/document.xml'); t=s.get('word/document.xml'); i=t.rfind('<w:sectPr')
        s.put('word/document.xml',t[:i]+xml+t[i:])
    def add_to(s,part,xml):
        if part=='word/document.xml': return s.add_body(xml)
        s.ensure_ns(part); t=s.get(part); end='</w:hdr>' if '</w:hdr>' in t else '</w:ftr>'
        i=t.rfind(end); s.put(part,t[:i]+xml+t[i:])
    def media(s,ext,data,ctype):
        n=s.ids(); name=f'word/media/att{n}.{ext}'; s.put(name,data); s.ct_default(ext,ctype); return name
    def save(s,path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            for n in s.order: z.writestr(n,s.parts[n])
    def body_sect(s):
        t=s.get('word/document.xml'); i=t.rfind('<w:sectPr'); return t[i:t.index('</w:sectPr>',i)+11]
    def pgsz(s):
        b=s.body_sect(); a=re.search(r'<w:pgSz[^>]*/>',b); m=re.search(r'<w:pgMar[^>]*/>',b)
        return (a.group(0) if a else '<w:pgSz w:w="11906" w:h="16838"/>')+(m.group(0) if m else '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>')
    def header(s,kind='first'):
        """create a header part referenced by the body sectPr as `kind`; returns part name"""
        n=s.ids(); pn=f'word/header{n}.xml'
        s.put(pn,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"></w:hdr>')
        s.ct_override('/'+pn,'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
        rid=s.add_rel('word/document.xml',RT+'header',pn.split('/',1)[1])
        t=s.get('word/document.xml'); i=t.rfind('<w:sectPr'); j=t.index('>',i)+1
        sect=t[i:t.index('</w:sectPr>',i)]
        sect=re.sub(r'<w:headerReference w:type="%s"[^>]*/>'%kind,'',sect)
        t=t[:i]+sect+t[t.index('</w:sectPr>',i):]
        j=t.index('>',i)+1
        t=t[:j]+f'<w:headerReference w:type="{kind}" r:id="{rid}"/>'+t[j:]
        if kind=='first' and '<w:titlePg' not in t[i:]:
            k=t.find('<w:docGrid',i); k=k if k!=-1 else t.index('</w:sectPr>',i)
            t=t[:k]+'<w:titlePg/>'+t[k:]
        s.put('word/document.xml',t); return pn

def img_text(text,w=None,h=60,fg=(0,0,0),bg=(255,255,255),size=24):
    f=ImageFont.truetype(FONT,size); tw=int(f.getlength(text))+40
    im=Image.new('RGB',(w or tw,h),bg); ImageDraw.Draw(im).text((20,(h-size)//2-2),text,font=f,fill=fg); return im
def png_bytes(im,pnginfo=None):
    b=io.BytesIO(); im.save(b,'PNG',pnginfo=pnginfo); return b.getvalue()
EMU=9525
def pic_xml(pkg,part,medianame,wpx,hpx,title='',descr='Screenshot',src_rect='',extblip='',anchor=None):
    rid=pkg.add_rel(part,RT+'image',os.path.relpath(medianame,os.path.dirname(part)))
    n=pkg.ids(); cx,cy=wpx*EMU,hpx*EMU
    blip=f'<a:blip r:embed="{rid}">{extblip}</a:blip>'
    if extblip and '{SVG}' in extblip: pass
    srect=f'<a:srcRect {src_rect}/>' if src_rect else ''
    ttl=f' title="{esc(title)}"' if title else ''
    graphic=f'<a:graphic xmlns:a="{NS["a"]}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="{NS["pic"]}"><pic:nvPicPr><pic:cNvPr id="{n}" name="Picture {n}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>{blip}{srect}<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    if anchor:
        return f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{anchor[0]}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{anchor[1]}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="Picture {n}" descr="{esc(descr)}"{ttl}/><wp:cNvGraphicFramePr/>{graphic}</wp:anchor></w:drawing></w:r>'
    return f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Picture {n}" descr="{esc(descr)}"{ttl}/><wp:cNvGraphicFramePr/>{graphic}</wp:inline></w:drawing></w:r>'
def txbx_shape(n,inner,cx=4000000,cy=500000):
    return f'<wps:wsp><wps:cNvPr id="{n}" name="Text Box {n}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'

DEV=0x0966; ARB=0x0660; FW=0xFF10; BEN=0x09E6
def mix(v):
    out=[];k=0
    for ch in v:
        if ch.isdigit():
            base=[None,DEV,ARB,FW][k%4]; out.append(ch if base is None else chr(base+int(ch))); k+=1
        elif ch.isalpha() and ch.isascii():
            out.append(chr(ord(ch)-0x21+0xFF01) if k%2 else ch); k+=1
        else: out.append(ch)
    return ''.join(out)

# ---------- techniques: each (pkg, part, label, value, kind) -> (where, note)
def t_ins_split(p,part,L,v,k):
    a,b=halves(v); p.add_to(part,P(R(L+': ')+R(a)+f'<w:ins w:id="{p.ids()}" w:author="Reviewer" w:date="{DATE}">'+R(b,'<w:color w:val="C00000"/><w:u w:val="single"/>')+'</w:ins>')); return 'second half inside w:ins'
def t_del_decoy(p,part,L,v,k):
    a,b=halves(v); dec='00' if any(c.isdigit() for c in v[len(v)//2-1:len(v)//2+1]) else 'xq'
    p.add_to(part,P(R(L+': ')+R(a)+f'<w:del w:id="{p.ids()}" w:author="Reviewer" w:date="{DATE}"><w:r><w:delText>{dec}</w:delText></w:r></w:del>'+R(b))); return f'w:delText "{dec}" between halves'
def t_moveto_split(p,part,L,v,k):
    a,b=halves(v); i1,i2,i3,i4=[p.ids() for _ in range(4)]
    p.add_to(part,P(R('Earlier note: ')+f'<w:moveFromRangeStart w:id="{i1}" w:author="Reviewer" w:date="{DATE}" w:name="move{i1}"/><w:moveFrom w:id="{i2}" w:author="Reviewer" w:date="{DATE}">'+R(b)+f'</w:moveFrom><w:moveFromRangeEnd w:id="{i1}"/>'+R(' (see below)')))
    p.add_to(part,P(R(L+': ')+R(a)+f'<w:moveToRangeStart w:id="{i3}" w:author="Reviewer" w:date="{DATE}" w:name="move{i1}"/><w:moveTo w:id="{i4}" w:author="Reviewer" w:date="{DATE}">'+R(b)+f'</w:moveTo><w:moveToRangeEnd w:id="{i3}"/>')); return 'second half moved (moveTo), also in moveFrom'
def t_colbreak(p,part,L,v,k):
    a,b=halves(v); pg=p.pgsz()
    p.add_to(part,P('',f'<w:sectPr><w:type w:val="continuous"/>{pg}</w:sectPr>')+P(R('Notes for the column layout test. ')+f'<w:r><w:t xml:space="preserve">{esc(L)}: {esc(a)}</w:t><w:br w:type="column"/><w:t>{esc(b)}</w:t></w:r>')+P('',f'<w:sectPr><w:type w:val="continuous"/>{pg}<w:cols w:num="2" w:space="720"/></w:sectPr>')); return 'w:br type=column mid-value in 2-column section'
def t_pagebreak_run(p,part,L,v,k):
    a,b=halves(v); p.add_to(part,P(f'<w:r><w:t xml:space="preserve">{esc(L)}: {esc(a)}</w:t><w:br w:type="page"/><w:t>{esc(b)}</w:t></w:r>')); return 'w:br type=page mid-value inside one run'
def t_sectbreak_para(p,part,L,v,k):
    a,b=halves(v); pg=p.pgsz()
    p.add_to(part,P(R(L+': '+a),f'<w:sectPr><w:type w:val="continuous"/>{pg}</w:sectPr>')+P(R(b))); return 'first half ends a section (continuous sectPr), second half next section'
def t_fldsimple_nested(p,part,L,v,k):
    a,b=halves(v); p.add_to(part,P(R(L+': ')+f'<w:fldSimple w:instr=" QUOTE &quot;pending&quot; ">'+R(a)+'<w:fldSimple w:instr=" QUOTE &quot;tbc&quot; ">'+R(b)+'</w:fldSimple></w:fldSimple>')); return 'nested w:fldSimple results'
def t_hyperlink_field_tip(p,part,L,v,k):
    instr=f' HYPERLINK "https://portal.example.invalid/case/4471" \\o "{L}: {v}" '
    p.add_to(part,P(R('Details: ')+'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'+f'<w:r><w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'+'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'+R('portal record','<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>')+'<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'HYPERLINK field \\o screen tip (shown on hover)'
def t_softhyphen_elems(p,part,L,v,k):
    inner='<w:softHyphen/>'.join(f'<w:t xml:space="preserve">{esc(c)}</w:t>' for c in v)
    p.add_to(part,P(R(L+': ')+f'<w:r>{inner}</w:r>')); return 'w:softHyphen element between every character'
def t_markup_chars(p,part,L,v,k):
    out=[]; 
    for i,c in enumerate(v):
        out.append(f'<w:r w:rsidR="00A1{i:04d}"><w:t xml:space="preserve">{esc(c)}</w:t></w:r>')
        m=i%4; n=p.ids()
        out.append(['<w:proofErr w:type="spellStart"/>',f'<w:bookmarkStart w:id="{n}" w:name="_Hlk{n}"/><w:bookmarkEnd w:id="{n}"/>','<w:r><w:lastRenderedPageBreak/></w:r>','<w:proofErr w:type="spellEnd"/>'][m])
    p.add_to(part,P(R(L+': ')+''.join(out))); return 'each char its own run, proofErr/bookmarks/lastRenderedPageBreak between'
def t_sdt_per_char(p,part,L,v,k):
    gs=[v[i:i+3] for i in range(0,len(v),3)]
    inner=''.join(f'<w:sdt><w:sdtPr><w:id w:val="{p.ids()}"/></w:sdtPr><w:sdtContent>{R(g)}</w:sdtContent></w:sdt>' for g in gs)
    p.add_to(part,P(R(L+': ')+inner)); return 'inline content control per 3-char group'
def t_wpg_group(p,part,L,v,k):
    n=p.ids(); sh=txbx_shape(n+1,P(R(f'{L}: {v}')))
    grp=f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="500000"/><a:chOff x="0" y="0"/><a:chExt cx="4000000" cy="500000"/></a:xfrm></wpg:grpSpPr>{sh}</wpg:wgp>'
    dr=f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="4000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Group {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">{grp}</a:graphicData></a:graphic></wp:inline></w:drawing>'
    p.add_to(part,P(f'<w:r><mc:AlternateContent><mc:Choice Requires="wpg">{dr}</mc:Choice></mc:AlternateContent></w:r>')); return 'text box inside a wpg group shape, mc:Choice only (no Fallback)'
def t_header_first_txbx(p,part,L,v,k):
    hp=p.header('first'); n=p.ids(); sh=txbx_shape(n,P(R(f'{L}: {v}')))
    dr=f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="4000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{sh}</a:graphicData></a:graphic></wp:inline></w:drawing>'
    p.add_to(hp,P(f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{dr}</mc:Choice></mc:AlternateContent></w:r>')); return f'DrawingML text box in first-page header {hp} (titlePg)'
def t_mixed_digits(p,part,L,v,k):
    m=mix(v); p.add_to(part,P(R(L+': '+m))); return 'mixed scripts: '+m
def t_behind_picture(p,part,L,v,k):
    im=Image.new('RGB',(700,40),(255,255,255)); mn=p.media('png',png_bytes(im),'image/png')
    p.add_to(part,P(pic_xml(p,part,mn,700,40,anchor=(0,-20000))+R(f'{L}: {v}'))); return 'text covered by an opaque white picture anchored in front (wrapNone)'
def t_crop_hidden(p,part,L,v,k):
    im=Image.new('RGB',(900,160),(255,255,255)); d=ImageDraw.Draw(im); f=ImageFont.truetype(FONT,28)
    d.text((20,20),'Meter exchange confirmed - step 4 OK',font=f,fill=(0,0,0)); d.text((20,100),f'{L}: {v}',font=f,fill=(0,0,0))
    mn=p.media('png',png_bytes(im),'image/png'); p.add_to(part,P(pic_xml(p,part,mn,450,40,src_rect='b="50000"'))); return 'value in pixels of the cropped-away half (a:srcRect b=50%)'
def t_png_itxt_z(p,part,L,v,k):
    im=img_text('Screenshot: step 3 response OK'); pi=PngInfo(); pi.add_itxt('Comment',f'{L}: {v}',zip=True)
    mn=p.media('png',png_bytes(im,pi),'image/png'); p.add_to(part,P(pic_xml(p,part,mn,im.width//2,im.height//2))); return 'PNG compressed iTXt chunk "Comment"'
def t_jpeg_com(p,part,L,v,k):
    im=img_text('Screenshot: meter read accepted'); b=io.BytesIO(); im.save(b,'JPEG',quality=90,comment=f'{L}: {v}'.encode('utf-8'))
    mn=p.media('jpeg',b.getvalue(),'image/jpeg'); p.add_to(part,P(pic_xml(p,part,mn,im.width//2,im.height//2))); return 'JPEG COM segment'
def t_gif_comment(p,part,L,v,k):
    im=img_text('Screenshot: D0010 sent').convert('P'); b=io.BytesIO(); im.save(b,'GIF',comment=f'{L}: {v}'.encode('utf-8'))
    mn=p.media('gif',b.getvalue(),'image/gif'); p.add_to(part,P(pic_xml(p,part,mn,im.width//2,im.height//2))); return 'GIF comment extension (static GIF)'
def t_docpr_title(p,part,L,v,k):
    im=img_text('Screenshot: install job closed'); mn=p.media('png',png_bytes(im),'image/png')
    p.add_to(part,P(pic_xml(p,part,mn,im.width//2,im.height//2,title=f'{L}: {v}',descr='Screenshot of the portal'))); return 'wp:docPr title attribute (alt-text title)'
def t_ffdata_status(p,part,L,v,k):
    which='statusText' if len(v)%2 else 'helpText'
    ff=f'<w:ffData><w:name w:val="Text{p.ids()}"/><w:enabled/><w:calcOnExit w:val="0"/>' + (f'<w:helpText w:type="text" w:val="{esc(L)}: {esc(v)}"/>' if which=='helpText' else f'<w:statusText w:type="text" w:val="{esc(L)}: {esc(v)}"/>')+'<w:textInput/></w:ffData>'
    p.add_to(part,P(R('Reference: ')+f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">     </w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')); return f'legacy text form field w:{which} (F1 help / status bar)'
def t_core_lastmod(p,part,L,v,k):
    val=f'{v}' 
    if 'docProps/core.xml' in p.parts:
        t=p.get('docProps/core.xml')
        if '<cp:lastModifiedBy' in t: t=re.sub(r'<cp:lastModifiedBy>.*?</cp:lastModifiedBy>|<cp:lastModifiedBy/>',f'<cp:lastModifiedBy>{esc(val)}</cp:lastModifiedBy>',t)
        else: t=t.replace('</cp:coreProperties>',f'<cp:lastModifiedBy>{esc(val)}</cp:lastModifiedBy></cp:coreProperties>')
        p.put('docProps/core.xml',t)
    else:
        p.put('docProps/core.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Evidence</dc:title><cp:lastModifiedBy>{esc(val)}</cp:lastModifiedBy></cp:coreProperties>')
        p.ct_override('/docProps/core.xml','application/vnd.openxmlformats-package.core-properties+xml')
        t=p.get('_rels/.rels').replace('</Relationships>','<Relationship Id="rIdCore1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'); p.put('_rels/.rels',t)
    return 'docProps/core.xml cp:lastModifiedBy (File > Info)'
def t_svg_textpath(p,part,L,v,k):
    txt=f'{L}: {v}'; gs=[txt[i:i+4] for i in range(0,len(txt),4)]
    tsp=''.join(f'<tspan>{esc(g)}</tspan>' for g in gs)
    svg=f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="900" height="60" viewBox="0 0 900 60"><defs><path id="pth" d="M 10 40 L 890 40"/></defs><rect width="900" height="60" fill="#ffffff"/><text font-family="DejaVu Sans" font-size="24" fill="#000000"><textPath xlink:href="#pth">{tsp}</textPath></text></svg>'
    mn_svg=p.media('svg',svg.encode(),'image/svg+xml'); im=Image.new('RGB',(900,60),(255,255,255)); mn=p.media('png',png_bytes(im),'image/png')
    rid_svg=p.add_rel(part,RT+'image',os.path.relpath(mn_svg,os.path.dirname(part)))
    ext=f'<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rid_svg}"/></a:ext></a:extLst>'
    p.add_to(part,P(pic_xml(p,part,mn,450,30,extblip=ext))); return 'SVG picture (svgBlip, blank PNG fallback), text on a textPath split in tspans'
def t_lowcontrast_img(p,part,L,v,k):
    im=img_text(f'{L}: {v}',fg=(200,200,200),size=20,h=40); mn=p.media('png',png_bytes(im),'image/png')
    p.add_to(part,P(pic_xml(p,part,mn,im.width//2,im.height//2))); return 'pale grey (#C8C8C8) text in a picture, shown at half size'
TECH=[t_ins_split,t_del_decoy,t_moveto_split,t_colbreak,t_pagebreak_run,t_sectbreak_para,t_fldsimple_nested,t_hyperlink_field_tip,t_softhyphen_elems,
      t_markup_chars,t_sdt_per_char,t_wpg_group,t_header_first_txbx,t_mixed_digits,t_behind_picture,t_crop_hidden,t_png_itxt_z,t_jpeg_com,t_gif_comment,
      t_docpr_title,t_ffdata_status,t_core_lastmod,t_svg_textpath,t_lowcontrast_img]
BASES=['B1_demo','B2_pydocx','B3_lo','B4_min']
KINDS=list(idents.GEN)
def main():
    rng=random.Random(46046); truth=[]
    os.makedirs('corpus/altered',exist_ok=True); os.makedirs('corpus/controls',exist_ok=True); os.makedirs('corpus/templates',exist_ok=True)
    used=set()
    for ti,tf in enumerate(TECH):
        for ki,k in enumerate(KINDS):
            while True:
                v=idents.GEN[k](rng)
                if v not in used: used.add(v); break
            b=BASES[(ti+ki)%4]; p=Pkg(f'bases/{b}.docx'); L=idents.LABEL[k]
            note=tf(p,'word/document.xml',L,v,k); tn=tf.__name__[2:]
            fn=f'corpus/altered/{tn}__{k}__{b}.docx'; p.save(fn)
            truth.append(dict(file=fn,control=False,base=b,technique=tn,kind=k,value=v,label=L,where=note))
    # controls: each technique once with a keep, 16 twice
    ci=0
    for rep in range(2):
        for ti,tf in enumerate(TECH):
            if rep==1 and ti%3==2: continue
            L,v,kk=idents.KEEPS[ci%len(idents.KEEPS)]; b=BASES[(ci)%4]; ci+=1
            p=Pkg(f'bases/{b}.docx'); note=tf(p,'word/document.xml',L,v,kk); tn=tf.__name__[2:]
            fn=f'corpus/controls/{tn}__keep{ci:02d}__{b}.docx'; p.save(fn)
            truth.append(dict(file=fn,control=True,base=b,technique=tn,kind=kk,value=v,label=L,where=note))
    # templates: altered copies of the demo pack used as --template (header/footer/body parts)
    TPL=[(t_header_first_txbx,'document'),(t_ins_split,'footer'),(t_fldsimple_nested,'footer'),(t_sdt_per_char,'header'),(t_markup_chars,'header'),
         (t_png_itxt_z,'header'),(t_jpeg_com,'header'),(t_docpr_title,'header'),(t_wpg_group,'header'),(t_hyperlink_field_tip,'footer'),
         (t_softhyphen_elems,'footer'),(t_mixed_digits,'header'),(t_crop_hidden,'header'),(t_core_lastmod,'document'),(t_ffdata_status,'header'),(t_del_decoy,'header')]
    for i,(tf,where) in enumerate(TPL):
        k=KINDS[i%len(KINDS)]; v=idents.GEN[k](rng); L=idents.LABEL[k]; p=Pkg('bases/B1_demo.docx')
        if where=='footer': part='word/footer1.xml'
        elif where=='header': part=p.header('default')
        else: part='word/document.xml'
        note=tf(p,part,L,v,k); tn=tf.__name__[2:]
        fn=f'corpus/templates/tpl_{tn}__{k}__{where}.docx'; p.save(fn)
        truth.append(dict(file=fn,control=False,template=True,base='B1_demo',technique=tn,kind=k,value=v,label=L,where=f'{where}: {note}'))
    json.dump(truth,open('truth_raw.json','w'),indent=1,ensure_ascii=False)
    print(len([t for t in truth if not t['control'] and not t.get('template')]),'altered',len([t for t in truth if t['control']]),'controls',len([t for t in truth if t.get('template')]),'templates')
main()
