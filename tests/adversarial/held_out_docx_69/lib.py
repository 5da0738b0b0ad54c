import zipfile, re, io, random, json, os, zlib, struct, hashlib
from PIL import Image, ImageDraw, ImageFont
NSD=('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"')
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
MONO='/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;')

class Pkg:
    def __init__(self, path):
        z=zipfile.ZipFile(path); self.parts={n:z.read(n) for n in z.namelist()}; self.order=list(z.namelist())
        self.docpart='word/document.xml'
    def get(self,n): return self.parts[n].decode('utf-8')
    def put(self,n,s):
        if n not in self.parts: self.order.append(n)
        self.parts[n]=s.encode('utf-8') if isinstance(s,str) else s
    def save(self,out):
        with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED) as z:
            for n in self.order: z.writestr(n,self.parts[n])
    def ct_default(self,ext,ctype):
        s=self.get('[Content_Types].xml')
        if f'Extension="{ext}"' in s or f"Extension='{ext}'" in s: return
        s=s.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>'); self.put('[Content_Types].xml',s)
    def ct_override(self,part,ctype):
        s=self.get('[Content_Types].xml')
        if f'PartName="/{part}"' in s: return
        s=s.replace('</Types>',f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>'); self.put('[Content_Types].xml',s)
    def relsname(self,part):
        d,f=os.path.split(part); return (d+'/' if d else '')+'_rels/'+f+'.rels'
    def add_rel(self,src,typ,target,external=False):
        rn=self.relsname(src)
        if rn not in self.parts:
            self.put(rn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        s=self.get(rn); i=1
        while f'Id="rIdX{i}"' in s: i+=1
        rid=f'rIdX{i}'
        mode=' TargetMode="External"' if external else ''
        t=typ if typ.startswith('http') else RT+typ
        s=s.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{t}" Target="{esc(target)}"{mode}/></Relationships>')
        self.put(rn,s); return rid
    def add_body(self,xml):
        s=self.get(self.docpart)
        i=s.rfind('<w:sectPr')
        if i<0: i=s.rfind('</w:body>')
        s=s[:i]+xml+s[i:]; self.put(self.docpart,s)
    def add_media(self,name,data,ext,ctype,src=None):
        src=src or self.docpart
        self.put('word/media/'+name,data); self.ct_default(ext,ctype)
        return self.add_rel(src,'image','media/'+name)
    def sect_add(self,xml_first=None,xml_last=None):
        s=self.get(self.docpart); i=s.rfind('<w:sectPr'); j=s.find('>',i)+1
        if xml_first: s=s[:j]+xml_first+s[j:]
        if xml_last:
            k=s.rfind('</w:sectPr>'); s=s[:k]+xml_last+s[k:]
        self.put(self.docpart,s)
    def add_header(self,inner,kind='hdr',typ='default',titlePg=False,partname=None):
        partname=partname or f'word/{"header" if kind=="hdr" else "footer"}X{len(self.parts)}.xml'
        tag='w:hdr' if kind=='hdr' else 'w:ftr'
        self.put(partname,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {NSD}>{inner}</{tag}>')
        self.ct_override(partname,'application/vnd.openxmlformats-officedocument.wordprocessingml.'+('header' if kind=='hdr' else 'footer')+'+xml')
        rid=self.add_rel(self.docpart,'header' if kind=='hdr' else 'footer',partname.split('/',1)[1])
        s=self.get(self.docpart)
        ref='w:headerReference' if kind=='hdr' else 'w:footerReference'
        s=re.sub(r'<'+ref+r' [^>]*w:type="'+typ+r'"[^>]*/>','',s); self.put(self.docpart,s)
        self.sect_add(xml_first=f'<{ref} w:type="{typ}" r:id="{rid}"/>', xml_last=('<w:titlePg/>' if titlePg else None))
        return partname
    def settings_part(self):
        if 'word/settings.xml' not in self.parts:
            self.put('word/settings.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NSD}></w:settings>')
            self.ct_override('word/settings.xml','application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml')
            self.add_rel(self.docpart,'settings','settings.xml')
        return 'word/settings.xml'
    def settings_insert_first(self,xml):
        p=self.settings_part(); s=self.get(p)
        if 'xmlns:r=' not in s[:s.find('>',s.find('<w:settings'))]: s=s.replace('<w:settings ','<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',1)
        i=s.find('>',s.find('<w:settings'))+1
        s=s[:i]+xml+s[i:]; self.put(p,s)

def P(inner,ppr=''): return f'<w:p {NSD}>{("<w:pPr>"+ppr+"</w:pPr>") if ppr else ""}{inner}</w:p>'
def R(text,rpr=''): return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def render_png(text,size=30,fg=(0,0,0),bg=(255,255,255),pad=14,font=FONT,mode='RGB'):
    f=ImageFont.truetype(font,size); tmp=ImageDraw.Draw(Image.new('RGB',(10,10)))
    lines=text.split('\n'); ws=[tmp.textbbox((0,0),l,font=f) for l in lines]
    w=max(b[2] for b in ws)+2*pad; h=(size+8)*len(lines)+2*pad
    im=Image.new('RGB',(w,h),bg); d=ImageDraw.Draw(im)
    for k,l in enumerate(lines): d.text((pad,pad+k*(size+8)),l,font=f,fill=fg)
    return im

_docpr=[1000]
FILLW='<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
def pic_inline(rid,cx,cy,descr='Screenshot',extra_blip='',xfrm_attr='',srcrect='',anchor=False,behind=False):
    _docpr[0]+=1; n=_docpr[0]
    picxml=(f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="Picture {n}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}">{extra_blip}</a:blip>{srcrect}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm{xfrm_attr}><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>')
    if not anchor:
        return f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Picture {n}" descr="{descr}"/><wp:cNvGraphicFramePr/>{picxml}</wp:inline></w:drawing></w:r>'
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="margin"><wp:align>center</wp:align></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="Picture {n}"/><wp:cNvGraphicFramePr/>{picxml}</wp:anchor></w:drawing></w:r>')

def txbox(paras_xml,x,y,cx,cy,rot=0,vert='horz',docname=None,fill=False):
    _docpr[0]+=1; n=_docpr[0]
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="{docname or "Text Box %d"%n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="{rot}"><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{FILLW if fill else "<a:noFill/>"}<a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="{vert}" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')

def png_bytes(im,**kw):
    b=io.BytesIO(); im.save(b,'PNG',**kw); return b.getvalue()
