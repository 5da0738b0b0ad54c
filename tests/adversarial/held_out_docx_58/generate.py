# Generator for held-out docx corpus (helper-58). Each altered file hides ONE identifier.
import zipfile, os, re, json, io, struct, random, uuid, html, sys
from PIL import Image, ImageDraw, ImageFont
from lxml import etree
ROOT='/tmp/ho38/docx'; OUT=f'{ROOT}/corpus'; os.makedirs(OUT,exist_ok=True)
BASES=['B1_attest_pack','B2_pythondocx','B3_libreoffice','B4_minimal']
NS=dict(w='http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 r='http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 a='http://schemas.openxmlformats.org/drawingml/2006/main',
 pic='http://schemas.openxmlformats.org/drawingml/2006/picture',
 wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 mc='http://schemas.openxmlformats.org/markup-compatibility/2006',
 w14='http://schemas.microsoft.com/office/word/2010/wordml',
 v='urn:schemas-microsoft-com:vml', o='urn:schemas-microsoft-com:office:office')
XMLNS=' '.join(f'xmlns:{k}="{u}"' for k,u in NS.items())
REL='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
rnd=random.Random(5858)

# ---------------- identifier values ----------------
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(i):
    core=f'{10+i%14:02d}{(31415926+i*7919)%10**10:010d}'
    return core+str(sum(int(d)*p for d,p in zip(core,PR))%11%10)
def mprn(i): return f'{(7400000000+i*104729)%10**10:010d}'
def serial(i):
    return [f'S{17+i%8}K{(204810+i*37)%10**6:06d}', f'G4A{(1500000+i*53)%10**7:07d}', f'E{18+i%6}P{(900000+i*91)%10**6:06d}'][i%3]
def eui(i):
    b=[0x00,0x0D,0x6F,0x00,(i*7)%256,(i*13+5)%256,(i*29+11)%256,(i*3+1)%256]
    return '-'.join(f'{x:02X}' for x in b)
AREAS=['LS','M','B','CF','EH','G','BS','NE','YO','PL','TR','NR','SA','LL','DD','AB','BT','CB','OX','RG']
UNIT='ABDEFGHJLNPQRSTUWXYZ'
def postcode(i):
    return f'{AREAS[i%len(AREAS)]}{1+i%19} {1+(i//3)%9}{UNIT[i%20]}{UNIT[(i*7)%20]}'
FIRST=['Siobhan','Rhys','Harriet','Marcus','Eilidh','Tomasz','Aoife','Gareth','Priya','Callum','Niamh','Oluwaseun','Fergus','Bethan','Imogen','Declan','Ffion','Hamish','Saoirse','Dominic']
LAST=["O'Driscoll",'ap Gwilym','Vaughan-Pryce','de la Mare','MacLeod','Fitzgerald-Hughes','van der Merwe','Ní Bhriain','Llewellyn','St John-Smythe','Okonkwo','Featherstonehaugh','le Strange','Cholmondeley','McAllister','Penhaligon','Ap-Rhys','Drinkwater','Ashworth-Lowe','Trevelyan']
def name(i): return f'{FIRST[i%20]} {LAST[(i*3+i//20)%20]}'
def phone(i):
    return [f'07700 9{(i*37)%100000:05d}', f'0161 496 0{(i*17)%1000:03d}', f'+44 7700 9{(i*41+7)%100000:05d}'][i%3]
DOM=['btinternet.com','outlook.co.uk','talktalk.net','gmail.com','northern-power.co.uk','virginmedia.com']
def email(i):
    f=FIRST[(i*7)%20].lower(); l=re.sub(r"[^a-z]","",LAST[(i*11)%20].lower())
    return f'{f}.{l}{i}@{DOM[i%6]}'
KINDS={'mpan':(mpan,'MPAN: '),'mprn':(mprn,'MPRN: '),'serial':(serial,'Meter serial: '),'eui':(eui,'Device ID: '),
       'postcode':(postcode,'Postcode: '),'name':(name,'Customer: '),'phone':(phone,'Tel: '),'email':(email,'E-mail: ')}
KEEPS=['MPAN-REF-07','DIP-MSG-2025-004411','TC_BP7_SIT_03_014','2025-04-12T09:14:03Z','v3.12.0','SRV 8.1.1','D0150001 v001','£1,234.56',
 'R-2025-0412','MPRN-REF-12','ENG-118','JB-20931','SER-REF-03','7f3c2a10-55b1','TAG 87','I0 within 30 s','SEC-MP192','1,234.5 kWh',
 'BP2_FM_TS_1_TC_1','CH-DBCH-02','00:30:00','2025/26 Q1','ADO-48213','MPAN-REF-11','PIT-04','DUIS 5.1','WR-000417','Test 17 of 42',
 'MHHS-DEF-0093','PP-REF-LDSO-3','RUN-20250412-01','ISTQB 3.1','IRP-229','E-REF-09','POSTCODE-REF-2','NAME-REF-5','TEL-REF-8','EUI-REF-4',
 'SMETS2 v5.2','CPL-1187','GBCS 4.0','SIT-B']

# ---------------- package helpers ----------------
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.parts={n:z.read(n) for n in z.namelist()}; s.order=z.namelist()
        rels=s.parts['_rels/.rels'].decode()
        s.main=re.search(r'Target="/?([^"]*)"[^>]*?|',rels) and [m for m in re.findall(r'<Relationship [^>]*>',rels) if 'officeDocument"' in m or '/officeDocument"' in m][0]
        s.main=re.search(r'Target="/?([^"]+)"',s.main).group(1)
        s.n=0
    def doc(s): return s.parts[s.main].decode('utf-8')
    def setdoc(s,x): s.parts[s.main]=x.encode('utf-8')
    def relsname(s,part):
        d,f=os.path.split(part); return f'{d}/_rels/{f}.rels' if d else f'_rels/{f}.rels'
    def addrel(s,src,typ,target,mode=None):
        rn=s.relsname(src)
        if rn not in s.parts: s.parts[rn]=b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        s.n+=1; rid=f'rIdHo{s.n}'
        tm=f' TargetMode="{mode}"' if mode else ''
        x=s.parts[rn].decode().replace('</Relationships>',f'<Relationship Id="{rid}" Type="{typ}" Target="{target}"{tm}/></Relationships>')
        s.parts[rn]=x.encode(); return rid
    def ct_over(s,part,ctype):
        x=s.parts['[Content_Types].xml'].decode()
        x=re.sub(rf'<Override PartName="/{re.escape(part)}"[^>]*/>','',x)
        s.parts['[Content_Types].xml']=x.replace('</Types>',f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>').encode()
    def ct_default(s,ext,ctype):
        x=s.parts['[Content_Types].xml'].decode()
        if f'Extension="{ext}"' not in x.lower() and f'Extension="{ext}"' not in x:
            s.parts['[Content_Types].xml']=x.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>').encode()
    def addpart(s,name,data,ctype=None,src=None,typ=None,target=None,mode=None):
        s.parts[name]=data if isinstance(data,bytes) else data.encode('utf-8')
        if ctype: s.ct_over(name,ctype)
        if src: return s.addrel(src,typ,target or os.path.relpath(name,os.path.dirname(src)))
    def body_insert(s,xml):
        d=s.doc(); i=d.rfind('<w:sectPr'); s.setdoc(d[:i]+xml+d[i:])
    def sect_edit(s,fn):
        d=s.doc(); i=d.rfind('<w:sectPr'); j=d.find('</w:sectPr>',i)+len('</w:sectPr>')
        s.setdoc(d[:i]+fn(d[i:j])+d[j:])
    def settings(s):
        for m in re.findall(r'<Relationship [^>]*>',s.parts.get(s.relsname(s.main),b'').decode()):
            if m.find('/settings"')>0: return os.path.normpath(os.path.join(os.path.dirname(s.main),re.search(r'Target="([^"]+)"',m).group(1)))
        s.addpart('word/settings.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {XMLNS}><w:defaultTabStop w:val="720"/></w:settings>','application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',s.main,REL+'settings','settings.xml')
        return 'word/settings.xml'
    def settings_insert(s,xml,before=None):
        sp=s.settings(); x=s.parts[sp].decode()
        m=re.search(r'<w:settings[^>]*>',x); k=m.end()
        if before:
            for b in before:
                j=x.find('<w:'+b)
                if j>0: k=j; break
            else: k=x.rfind('</w:settings>')
        s.parts[sp]=(x[:k]+xml+x[k:]).encode()
    def styles_add(s,xml):
        sp=None
        for m in re.findall(r'<Relationship [^>]*>',s.parts.get(s.relsname(s.main),b'').decode()):
            if m.find('/styles"')>0: sp=os.path.normpath(os.path.join(os.path.dirname(s.main),re.search(r'Target="([^"]+)"',m).group(1)))
        if not sp:
            sp='word/styles.xml'; s.addpart(sp,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {XMLNS}></w:styles>','application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',s.main,REL+'styles','styles.xml')
        x=s.parts[sp].decode(); s.parts[sp]=x.replace('</w:styles>',xml+'</w:styles>').encode()
    def save(s,path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            names=[n for n in s.order if n in s.parts]+[n for n in s.parts if n not in s.order]
            for n in names: z.writestr(n,s.parts[n])

def esc(t): return html.escape(t,quote=True)
def R(t,rpr=''): return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def P(inner,extra=''): return f'<w:p {XMLNS}{extra}>{inner}</w:p>'
def halves(v): k=len(v)//2; return v[:k],v[k:]
def png_text(text,w=900,h=90,size=44):
    im=Image.new('RGB',(w,h),'white'); d=ImageDraw.Draw(im); d.text((12,16),text,fill='black',font=ImageFont.truetype(FONT,size))
    b=io.BytesIO(); im.save(b,'PNG'); return b.getvalue()
def png_blank():
    b=io.BytesIO(); Image.new('RGB',(120,24),(230,230,230)).save(b,'PNG'); return b.getvalue()
def inline_pic(rid,cx,cy,docpr_extra='',pid=1,hlink=''):
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
     f'<wp:docPr id="{900+pid}" name="Picture {900+pid}"{docpr_extra}>{hlink}</wp:docPr><wp:cNvGraphicFramePr/>'
     f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{900+pid}" name="p.png"/><pic:cNvPicPr/></pic:nvPicPr>'
     f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
def addimg(p,data,ext='png',src=None):
    p.n+=1; name=f'word/media/ho38_{p.n}.{ext}'
    p.ct_default(ext,{'png':'image/png','jpeg':'image/jpeg','jpg':'image/jpeg'}[ext])
    return p.addpart(name,data,None,src or p.main,REL+'image',os.path.relpath(name,os.path.dirname(src or p.main)))
def hdr_xml(inner): return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {XMLNS}>{inner}</w:hdr>'
HDR_CT='application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'
def add_header(p,typ,inner):
    p.n+=1; name=f'word/header_ho{p.n}.xml'
    rid=p.addpart(name,hdr_xml(inner),HDR_CT,p.main,REL+'header',os.path.basename(name))
    def f(sp):
        sp=re.sub(rf'<w:headerReference w:type="{typ}"[^>]*/>','',sp)
        sp=re.sub(r'(<w:sectPr[^>]*>)',rf'\1<w:headerReference {XMLNS} w:type="{typ}" r:id="{rid}"/>',sp,1)
        return sp
    p.sect_edit(f); return name

# --------------- techniques: fn(p, label, value, kind) -> (form description, expected visibility) ----------------
T={}
def tech(name,vis):
    def d(f): T[name]=(f,vis); return f
    return d
@tech('hidden_decoy_direct','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+R(a)+R('Q7#x','<w:vanish/>')+R(b))); return f'{a}+[vanish decoy]+{b}'
@tech('hidden_decoy_by_style','render')
def _(p,l,v,k):
    p.styles_add('<w:style w:type="character" w:customStyle="1" w:styleId="HoNote"><w:name w:val="Ho Note"/><w:rPr><w:vanish/></w:rPr></w:style>')
    a,b=halves(v); p.body_insert(P(R(l)+R(a)+R('Q7#x','<w:rStyle w:val="HoNote"/>')+R(b))); return f'{a}+[decoy hidden by char style]+{b}'
@tech('hidden_style_shown_direct','render')
def _(p,l,v,k):
    p.styles_add('<w:style w:type="character" w:customStyle="1" w:styleId="HoHid"><w:name w:val="Ho Hid"/><w:rPr><w:vanish/></w:rPr></w:style>')
    p.body_insert(P(R(l)+R(v,'<w:rStyle w:val="HoHid"/><w:vanish w:val="0"/>'))); return 'value in run whose style is vanish, direct vanish=0 shows it'
@tech('para_style_hidden_shown','render')
def _(p,l,v,k):
    p.styles_add('<w:style w:type="paragraph" w:customStyle="1" w:styleId="HoPHid"><w:name w:val="Ho PHid"/><w:rPr><w:vanish/></w:rPr></w:style>')
    p.body_insert(P('<w:pPr><w:pStyle w:val="HoPHid"/></w:pPr>'+R(l+v,'<w:vanish w:val="false"/>'))); return 'paragraph style hidden, run override vanish=false'
@tech('inrun_marker_split','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+f'<w:r><w:t>{esc(a)}</w:t><w:lastRenderedPageBreak/><w:bookmarkStart w:id="7701" w:name="_Ho1"/><w:t>{esc(b)}</w:t></w:r><w:bookmarkEnd w:id="7701"/>')); return 'two w:t in one run, lastRenderedPageBreak between'
@tech('softhyphen_element','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+f'<w:r><w:t>{esc(a)}</w:t><w:softHyphen/><w:t>{esc(b)}</w:t></w:r>')); return 'w:softHyphen between halves'
@tech('softhyphen_char','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+R(a+'\u00ad'+b))); return 'U+00AD inside value'
@tech('word_joiner_chars','render')
def _(p,l,v,k):
    p.body_insert(P(R(l)+R('\u2060'.join(v)))); return 'U+2060 between every char'
@tech('zwsp_chars','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+R(a+'\u200b\u200c'+b))); return 'ZWSP+ZWNJ in middle'
@tech('nobreak_hyphen','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+f'<w:r><w:t>{esc(a)}</w:t><w:noBreakHyphen/><w:t>{esc(b)}</w:t></w:r>')); return 'w:noBreakHyphen between halves (shown as -)'
@tech('fullwidth_forms','render')
def _(p,l,v,k):
    fw=''.join(chr(ord(c)+0xFEE0) if '!'<=c<='~' else ('\u3000' if c==' ' else c) for c in v)
    p.body_insert(P(R(l)+R(fw))); return 'fullwidth forms'
@tech('math_alnum','render')
def _(p,l,v,k):
    def m(c):
        if c.isdigit(): return chr(0x1D7EC+int(c))  # sans-serif bold digits
        if 'A'<=c<='Z': return chr(0x1D5D4+ord(c)-65)
        if 'a'<=c<='z': return chr(0x1D5EE+ord(c)-97)
        return c
    p.body_insert(P(R(l)+R(''.join(m(c) for c in v)))); return 'mathematical sans-serif bold alphanumerics'
@tech('mc_choice_w14','render')
def _(p,l,v,k):
    p.body_insert(P(R(l)+f'<mc:AlternateContent><mc:Choice Requires="w14">{R(v)}</mc:Choice><mc:Fallback>{R("[see register]")}</mc:Fallback></mc:AlternateContent>'))
    return 'value in mc:Choice Requires=w14, decoy in Fallback'
@tech('mc_fallback_unknown','render')
def _(p,l,v,k):
    p.body_insert(P(R(l)+f'<mc:AlternateContent xmlns:hox="urn:ho38:future"><mc:Choice Requires="hox">{R("[see register]")}</mc:Choice><mc:Fallback>{R(v)}</mc:Fallback></mc:AlternateContent>'))
    return 'value in mc:Fallback (Choice requires unknown ns)'
@tech('mc_processcontent','word-spec')
def _(p,l,v,k):
    p.body_insert(P(R(l)+f'<hox:wrap>{R(v)}</hox:wrap>',' xmlns:hox="urn:ho38:wrap" mc:Ignorable="hox" mc:ProcessContent="hox:wrap"'))
    return 'runs inside ignorable element with mc:ProcessContent'
@tech('ns_prefix_renamed','render')
def _(p,l,v,k):
    W=NS['w']; p.body_insert(f'<ns7:p xmlns:ns7="{W}"><ns7:r><ns7:t xml:space="preserve">{esc(l+v)}</ns7:t></ns7:r></ns7:p>'); return 'w namespace bound to prefix ns7'
@tech('ns_default','render')
def _(p,l,v,k):
    W=NS['w']; p.body_insert(f'<p xmlns="{W}"><r><t xml:space="preserve">{esc(l+v)}</t></r></p>'); return 'w namespace as default namespace'
@tech('cdata_text','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+f'<w:r><w:t xml:space="preserve"><![CDATA[{a}]]><![CDATA[{b}]]></w:t></w:r>')); return 'two CDATA sections in w:t'
@tech('numeric_charrefs','render')
def _(p,l,v,k):
    p.body_insert(P(R(l)+'<w:r><w:t xml:space="preserve">'+''.join(f'&#x{ord(c):X};' for c in v)+'</w:t></w:r>')); return 'every char as &#xNN;'
@tech('utf16_main_part','render')
def _(p,l,v,k):
    p.body_insert(P(R(l+v))); d=p.doc()
    d=re.sub(r'^<\?xml[^>]*\?>','<?xml version="1.0" encoding="UTF-16" standalone="yes"?>',d)
    p.parts[p.main]=b'\xff\xfe'+d.encode('utf-16-le'); return 'main part UTF-16LE with BOM'
@tech('main_part_relocated','render')
def _(p,l,v,k):
    p.body_insert(P(R(l+v))); old=p.main; new='content/body_main.xml'
    p.parts[new]=p.parts.pop(old); orr=p.relsname(old)
    rels=p.parts.pop(orr,b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>').decode()
    # make targets relative to new folder
    def fix(m):
        t=m.group(1)
        if m.group(0).find('External')>=0 or t.startswith('/') or '://' in t: return m.group(0)
        return m.group(0).replace(f'Target="{t}"',f'Target="../word/{t}"')
    rels=re.sub(r'<Relationship [^>]*Target="([^"]+)"[^>]*/>',fix,rels)
    p.parts[p.relsname(new)]=rels.encode()
    p.parts['_rels/.rels']=p.parts['_rels/.rels'].replace(old.encode(),new.encode())
    ct=p.parts['[Content_Types].xml'].decode().replace(f'/{old}"',f'/{new}"'); p.parts['[Content_Types].xml']=ct.encode()
    p.main=new; return 'main document part moved to content/body_main.xml'
@tech('first_page_header','render')
def _(p,l,v,k):
    add_header(p,'first',f'<w:p>{R(l+v)}</w:p>')
    p.sect_edit(lambda s: s.replace('</w:sectPr>','<w:titlePg/></w:sectPr>') if '<w:titlePg' not in s else s)
    return 'header part of type first + titlePg'
@tech('even_page_header','render')
def _(p,l,v,k):
    add_header(p,'even',f'<w:p>{R(l+v)}</w:p>')
    p.settings_insert('<w:evenAndOddHeaders/>',before=['defaultTabStop','characterSpacingControl','compat'])
    p.body_insert(P('<w:r><w:br w:type="page"/></w:r>'+R('Continuation page.')))
    return 'even-page header + evenAndOddHeaders, doc has 2 pages'
@tech('endnote','render')
def _(p,l,v,k):
    x=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {XMLNS}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
       f'<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>{R(" "+l+v)}</w:p></w:endnote></w:endnotes>')
    p.addpart('word/endnotes.xml',x,'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml',p.main,REL+'endnotes','endnotes.xml')
    p.body_insert(P(R('Site details are in the note.')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'))
    return 'endnote text'
@tech('footnote_separator_text','word-spec')
def _(p,l,v,k):
    x=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {XMLNS}><w:footnote w:type="separator" w:id="-1"><w:p>{R(l+v)}</w:p></w:footnote>'
       f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{R(" See the register.")}</w:p></w:footnote></w:footnotes>')
    p.addpart('word/footnotes.xml',x,'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',p.main,REL+'footnotes','footnotes.xml')
    p.body_insert(P(R('Data source')+'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    return 'text inside the footnote separator (type=separator) instead of w:separator'
@tech('table_alt_caption','part')
def _(p,l,v,k):
    p.body_insert(f'<w:tbl {XMLNS}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="{esc(l+v)}"/><w:tblDescription w:val="Readings table"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p>{R("Reading 1,234.5 kWh")}</w:p></w:tc></w:tr></w:tbl>'+P(''))
    return 'w:tblCaption (table alt-text title)'
@tech('hyperlink_tooltip','hover')
def _(p,l,v,k):
    rr=R("open site record",'<w:color w:val="0563C1"/><w:u w:val="single"/>'); p.body_insert(P(f'<w:hyperlink w:anchor="_top" w:tooltip="{esc(l+v)}">{rr}</w:hyperlink>')); return 'w:hyperlink w:tooltip'
@tech('hyperlink_field_o_switch','hover')
def _(p,l,v,k):
    ins=f' HYPERLINK "https://portal.example.org/case/4411" \\o "{l+v}" '
    p.body_insert(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{esc(ins)}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{R("case portal")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'HYPERLINK field \\o screen tip'
@tech('revision_author','balloon')
def _(p,l,v,k):
    au=v if k in('name','email') else l+v
    p.body_insert(P(R('Reading confirmed ')+f'<w:ins w:id="8801" w:author="{esc(au)}" w:date="2025-04-12T09:20:00Z">{R("by engineer")}</w:ins>')); return 'w:ins w:author'
@tech('format_change_author','balloon')
def _(p,l,v,k):
    au=v if k in('name','email') else l+v
    p.body_insert(P(f'<w:r><w:rPr><w:b/><w:rPrChange w:id="8802" w:author="{esc(au)}" w:date="2025-04-12T09:21:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Meter exchanged.</w:t></w:r>')); return 'w:rPrChange w:author'
@tech('bookmark_name','dialog')
def _(p,l,v,k):
    bn=re.sub(r'[^A-Za-z0-9]','_',v)[:40]
    if not bn[0].isalpha(): bn='S'+bn[:39]
    p.body_insert(P(f'<w:bookmarkStart w:id="7702" w:name="{bn}"/>'+R('Site record')+'<w:bookmarkEnd w:id="7702"/>')); return f'bookmark name {bn}'
@tech('docpr_title_tooltip','hover')
def _(p,l,v,k):
    rid=addimg(p,png_blank()); hl=f'<a:hlinkClick r:id="" tooltip="{esc(l+v)}"/>'
    p.body_insert(P(inline_pic(rid,1143000,228600,f' title="{esc(l+v)}"',pid=1,hlink=hl))); return 'wp:docPr title + a:hlinkClick tooltip'
@tech('activex_caption','word-spec')
def _(p,l,v,k):
    rid=addimg(p,png_blank())
    ax=f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ax:ocx ax:classid="{{978C9E23-D4B0-11CE-BF2D-00AA003F40D0}}" ax:persistence="persistPropertyBag" xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" xmlns:r="{NS["r"]}"><ax:ocxPr ax:name="Caption" ax:value="{esc(l+v)}"/><ax:ocxPr ax:name="Size" ax:value="5292;529"/></ax:ocx>'
    axr=p.addpart('word/activeX/activeX1.xml',ax,'application/vnd.ms-office.activeX+xml',p.main,REL+'control','activeX/activeX1.xml')
    p.body_insert(P(f'<w:r><w:object w:dxaOrig="3000" w:dyaOrig="300"><v:shape id="_x0000_i1901" type="#_x0000_t75" style="width:150pt;height:15pt" o:ole=""><v:imagedata r:id="{rid}" o:title=""/></v:shape><w:control r:id="{axr}" w:name="Label1" w:shapeid="_x0000_i1901"/></w:object></w:r>'))
    return 'ActiveX Label Caption (ocxPr)'
@tech('core_title','part')
def _(p,l,v,k):
    cp='docProps/core.xml'
    if cp not in p.parts:
        p.addpart(cp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"></cp:coreProperties>','application/vnd.openxmlformats-package.core-properties+xml','','http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties','docProps/core.xml')
    x=p.parts[cp].decode(); x=re.sub(r'<dc:title>.*?</dc:title>|<dc:title/>','',x)
    x=re.sub(r'(</cp:coreProperties>)',f'<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(l+v)}</dc:title>\\1',x); p.parts[cp]=x.encode(); return 'docProps/core.xml dc:title'
@tech('custom_prop_docproperty','part')
def _(p,l,v,k):
    cp='docProps/custom.xml'
    x=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="SiteRef"><vt:lpwstr>{esc(l+v)}</vt:lpwstr></property></Properties>'
    if cp in p.parts: p.parts[cp]=x.encode()
    else: p.addpart(cp,x,'application/vnd.openxmlformats-officedocument.custom-properties+xml','',REL+'custom-properties','docProps/custom.xml')
    p.body_insert(P(R('Site: ')+'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY SiteRef </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'+R('[update field]')+'<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'custom property + DOCPROPERTY field with stale result'
@tech('compat_setting_val','part')
def _(p,l,v,k):
    p.settings_insert(f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting w:name="siteNote" w:uri="urn:ho38" w:val="{esc(l+v)}"/></w:compat>' ,before=['rsids','mathPr','themeFontLang','clrSchemeMapping','decimalSymbol'])
    return 'settings w:compatSetting w:val'
@tech('attached_schema','part')
def _(p,l,v,k):
    p.settings_insert(f'<w:attachedSchema w:val="urn:site:{esc(l+v)}"/>',before=['themeFontLang','clrSchemeMapping','decimalSymbol']); return 'settings w:attachedSchema'
@tech('printer_settings_bin','part')
def _(p,l,v,k):
    nm=v[:31]; dm=nm.encode('utf-16-le').ljust(64,b'\0')+struct.pack('<HHHHI',0x0401,0x0600,220,0,0)
    dm=dm.ljust(102,b'\0')+('Letter').encode('utf-16-le').ljust(64,b'\0'); dm=dm.ljust(220,b'\0')
    rid=p.addpart('word/printerSettings/printerSettings1.bin',dm,'application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings',p.main,REL+'printerSettings','printerSettings/printerSettings1.bin')
    p.sect_edit(lambda s: s.replace('</w:sectPr>',f'<w:printerSettings xmlns:r="{NS["r"]}" r:id="{rid}"/></w:sectPr>'))
    return 'DEVMODEW dmDeviceName (UTF-16LE) in printerSettings1.bin'
@tech('glossary_docpart','part')
def _(p,l,v,k):
    x=(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument {XMLNS}><w:docParts><w:docPart><w:docPartPr><w:name w:val="SiteBlock"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category>'
       f'<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{{{str(uuid.UUID(int=rnd.getrandbits(128))).upper()}}}"/></w:docPartPr><w:docPartBody><w:p>{R(l+v)}</w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    p.addpart('word/glossary/document.xml',x,'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml',p.main,REL+'glossaryDocument','glossary/document.xml')
    return 'glossary document building block'
@tech('customxml_databinding','word-spec')
def _(p,l,v,k):
    gid='{'+str(uuid.UUID(int=rnd.getrandbits(128))).upper()+'}'
    item=f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><site xmlns="urn:ho38:site"><v>{esc(l+v)}</v></site>'
    props=f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{gid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
    p.addpart('customXml/item77.xml',item,None,p.main,REL+'customXml','../customXml/item77.xml')
    p.addpart('customXml/itemProps77.xml',props,'application/vnd.openxmlformats-officedocument.customXmlProperties+xml','customXml/item77.xml',REL+'customXmlProps','itemProps77.xml')
    p.body_insert(P(R('Site: ')+f'<w:sdt><w:sdtPr><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:ho38:site\'" w:xpath="/ns0:site[1]/ns0:v[1]" w:storeItemID="{gid}"/><w:text/></w:sdtPr><w:sdtContent>{R("[bound]")}</w:sdtContent></w:sdt>'))
    return 'custom XML part bound to a content control (cached text stale)'
@tech('jpeg_com_segment','part')
def _(p,l,v,k):
    b=io.BytesIO(); Image.new('RGB',(160,40),(200,220,240)).save(b,'JPEG',quality=80); j=b.getvalue()
    c=(l+v).encode('utf-8'); j=j[:2]+b'\xff\xfe'+struct.pack('>H',len(c)+2)+c+j[2:]
    rid=addimg(p,j,'jpeg'); p.body_insert(P(inline_pic(rid,1524000,381000,pid=2))); return 'JPEG COM segment'
@tech('png_pixels_shape_fill','ocr')
def _(p,l,v,k):
    rid=addimg(p,png_text(l+v))
    p.body_insert(P(f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="548640"/><wp:docPr id="931" name="Shape 931"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="548640"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></a:blipFill></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    return 'text drawn in PNG used as blip fill of a shape'
@tech('png_pixels_header_image','ocr')
def _(p,l,v,k):
    n=f'word/header_img{p.n}.xml'; p.n+=1
    hname=add_header(p,'default','<w:p/>')
    rid=addimg(p,png_text(l+v),src=hname)
    p.parts[hname]=hdr_xml(P(inline_pic(rid,5486400,548640,pid=3))).encode(); return 'text drawn in PNG in a (replacement) default header'
@tech('line_break_split','render')
def _(p,l,v,k):
    a,b=halves(v); p.body_insert(P(R(l)+f'<w:r><w:t>{esc(a)}</w:t><w:br/><w:t>{esc(b)}</w:t></w:r>')); return 'w:br between halves'
@tech('symbol_fields','render')
def _(p,l,v,k):
    x=''.join(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SYMBOL {ord(c)} \\f "Arial" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{R(c)}<w:r><w:fldChar w:fldCharType="end"/></w:r>' for c in v)
    p.body_insert(P(R(l)+x)); return 'one SYMBOL field per character'
@tech('media_part_name','part')
def _(p,l,v,k):
    p.n+=1; nm='word/media/'+re.sub(r'[^A-Za-z0-9@.]+','_',v)+'.png'; p.ct_default('png','image/png')
    rid=p.addpart(nm,png_blank(),None,p.main,REL+'image',os.path.relpath(nm,os.path.dirname(p.main)))
    p.body_insert(P(inline_pic(rid,1143000,228600,pid=4))); return f'zip part name {nm}'
@tech('xml_signature_part','part')
def _(p,l,v,k):
    sig=(f'<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/><SignatureValue>AAAA</SignatureValue>'
         f'<KeyInfo><X509Data><X509SubjectName>CN={esc(v)}, O=Field Services</X509SubjectName></X509Data></KeyInfo><Object><SignatureProperties><SignatureProperty Target="#idPackageSignature"><SignatureInfoV1 xmlns="http://schemas.microsoft.com/office/2006/digsig"><SignatureComments>{esc(l+v)}</SignatureComments></SignatureInfoV1></SignatureProperty></SignatureProperties></Object></Signature>')
    p.addpart('_xmlsignatures/origin.sigs',b'','application/vnd.openxmlformats-package.digital-signature-origin','', 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin','_xmlsignatures/origin.sigs')
    p.addpart('_xmlsignatures/sig1.xml',sig,'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml','_xmlsignatures/origin.sigs','http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature','sig1.xml')
    return 'XML digital signature part (X509SubjectName, SignatureComments)'
@tech('wordart_warp_textbox','render')
def _(p,l,v,k):
    rr=R(l+v,'<w:sz w:val="32"/><w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:srgbClr w14:val="1F4E79"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>')
    p.body_insert(P(f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5000000" cy="700000"/><wp:docPr id="941" name="WordArt 941"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="700000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx><w:txbxContent><w:p>{rr}</w:p></w:txbxContent></wps:txbx><wps:bodyPr wrap="none"><a:prstTxWarp prst="textArchUp"><a:avLst/></a:prstTxWarp><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    return 'WordArt (prstTxWarp) text box with text outline effect'

def build():
    truth=[]; idx=0
    names=list(T)
    for ti,tn in enumerate(names):
        fn,vis=T[tn]
        for ki,kind in enumerate(KINDS):
            idx+=1; gen,lab=KINDS[kind]; val=gen(idx)
            base=BASES[(ti+ki)%4]; p=Pkg(f'{ROOT}/base/{base}.docx')
            form=fn(p,lab,val,kind)
            fname=f'A{idx:03d}_{tn}_{kind}.docx'; p.save(f'{OUT}/{fname}')
            truth.append(dict(file=fname,type='altered',technique=tn,kind=kind,value=val,label=lab,base=base,form=form,expected_visibility=vis))
    # controls: one per technique, keep value hidden the same way
    for ti,tn in enumerate(names):
        fn,vis=T[tn]; keep=KEEPS[ti%len(KEEPS)]
        base=BASES[ti%4]; p=Pkg(f'{ROOT}/base/{base}.docx')
        form=fn(p,'Ref: ',keep,'keep')
        fname=f'C{ti+1:03d}_{tn}.docx'; p.save(f'{OUT}/{fname}')
        truth.append(dict(file=fname,type='control',technique=tn,kind='keep',value=keep,label='Ref: ',base=base,form=form,expected_visibility=vis))
    for b in BASES:
        import shutil; shutil.copy(f'{ROOT}/base/{b}.docx',f'{OUT}/C000_base_{b}.docx')
        truth.append(dict(file=f'C000_base_{b}.docx',type='control',technique='unaltered_base',kind='keep',value='',label='',base=b,form='unaltered',expected_visibility='n/a'))
    json.dump(truth,open(f'{ROOT}/truth_raw.json','w'),indent=1,ensure_ascii=False)
    print(len(truth),'files;',len(names),'techniques')
build()
