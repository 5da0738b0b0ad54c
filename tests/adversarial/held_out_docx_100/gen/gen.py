#!/usr/bin/env python3
"""Deterministic generator for the round-50 .docx corpus. Writes corpus/*.docx and truth.jsonl."""
import random, json, os, io, sys, subprocess, shutil, unicodedata
sys.path.insert(0,os.path.dirname(__file__))
from pkg import Pkg, esc, para
import idents as I
from PIL import Image, ImageDraw, ImageFont, ImageFilter
ROOT='/tmp/ho50/docx'; OUT=f'{ROOT}/corpus'; BASES=['b_pack','b_demo','b_pydocx','b_lo','b_min']
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
rng=random.Random(5050)
def png(text,w=None,h=60,size=28,bg='white',fg='black'):
    f=ImageFont.truetype(FONT,size); tw=int(f.getlength(text))+40; w=w or tw
    im=Image.new('RGB',(w,h),bg); d=ImageDraw.Draw(im); d.text((20,(h-size)//2-2),text,font=f,fill=fg)
    b=io.BytesIO(); im.save(b,'PNG'); return b.getvalue(),im.size
def photo(text,seed):
    r=random.Random(seed); f=ImageFont.truetype(FONT,34)
    tw=int(f.getlength(text))+60; lab=Image.new('RGB',(tw,90),(236,234,226)); d=ImageDraw.Draw(lab)
    d.rectangle([3,3,tw-4,86],outline=(60,60,60),width=3); d.text((30,24),text,font=f,fill=(25,25,30))
    W,H=tw+160,300; bg=Image.new('RGB',(W,H),(118,112,104))
    bg.paste(lab,(80,105))
    # perspective: keystone warp
    dx=r.randint(18,40); dy=r.randint(6,16)
    coeffs=find_coeffs([(0,0),(W,0),(W,H),(0,H)],[(dx,dy),(W-dx//3,0),(W,H-dy),(0,H)])
    im=bg.transform((W,H),Image.PERSPECTIVE,coeffs,Image.BICUBIC)
    im=im.rotate(r.uniform(-4,4),resample=Image.BICUBIC,fillcolor=(100,96,90))
    px=im.load()
    for _ in range(W*H//12):
        x=r.randrange(W); y=r.randrange(H); c=px[x,y]; n=r.randint(-22,22); px[x,y]=tuple(max(0,min(255,v+n)) for v in c)
    im=im.filter(ImageFilter.GaussianBlur(0.7))
    b=io.BytesIO(); im.save(b,'JPEG',quality=72); return b.getvalue(),im.size
def find_coeffs(pa,pb):
    import numpy as np
    m=[]
    for p1,p2 in zip(pa,pb):
        m.append([p1[0],p1[1],1,0,0,0,-p2[0]*p1[0],-p2[0]*p1[1]]); m.append([0,0,0,p1[0],p1[1],1,-p2[1]*p1[0],-p2[1]*p1[1]])
    A=np.array(m,dtype=float); B=np.array(pb).reshape(8)
    return list(np.linalg.solve(A,B))
A_NS='xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'; PIC_NS='xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
def add_image(p,data,ext):
    n=1
    while f'word/media/t50img{n}.{ext}' in p.parts: n+=1
    name=f'word/media/t50img{n}.{ext}'; p.put(name,data)
    p.ct_default(ext,{'png':'image/png','jpeg':'image/jpeg'}[ext])
    return p.add_rel(p.docpath,'image',f'media/t50img{n}.{ext}')
def inline(rid,size,docid,descr=''):
    cx=int(size[0]*9525*0.75); cy=int(size[1]*9525*0.75)
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{docid}" name="Picture {docid}" descr="{esc(descr)}"/>'
     f'<a:graphic {A_NS}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic {PIC_NS}><pic:nvPicPr><pic:cNvPr id="{docid}" name="p{docid}"/><pic:cNvPicPr/></pic:nvPicPr>'
     f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
def anchor(rid,cx,cy,docid,z,behind=0):
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}" behindDoc="{behind}" locked="0" layoutInCell="1" allowOverlap="1">'
     f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
     f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{docid}" name="Picture {docid}"/><wp:cNvGraphicFramePr/>'
     f'<a:graphic {A_NS}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic {PIC_NS}><pic:nvPicPr><pic:cNvPr id="{docid}" name="p{docid}"/><pic:cNvPicPr/></pic:nvPicPr>'
     f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
def label(kind,v,ctrl):
    return v if ctrl else f'{I.LABEL[kind]}: {v}'
# ---------------- techniques ----------------
def t_tagchars(p,kind,v,ctrl):
    tags=''.join(chr(0xE0000+ord(c)) for c in v)
    p.body_insert(f'<w:p><w:r><w:t xml:space="preserve">Site reference checked{"" if ctrl else " ("+I.LABEL[kind]+")"}: </w:t></w:r><w:r><w:t>{tags}</w:t></w:r><w:r><w:t xml:space="preserve"> OK</w:t></w:r></w:p>')
    return {'planted':tags,'visible_expected':False,'where':'w:t as Unicode tag characters U+E0020..E007E (invisible)'}
def t_lrpb(p,kind,v,ctrl):
    s=label(kind,v,ctrl); k=len(s)-len(v)+max(2,len(v)//2)
    p.body_insert(f'<w:p><w:r><w:t xml:space="preserve">{esc(s[:k])}</w:t><w:lastRenderedPageBreak/><w:t xml:space="preserve">{esc(s[k:])}</w:t></w:r></w:p>')
    return {'planted':v,'visible_expected':True,'where':'one run, two w:t split by w:lastRenderedPageBreak'}
def groups(kind,v):
    if kind=='mpan': return [v[:2],v[2:6],v[6:10],v[10:]]
    if kind=='mprn': return [v[:len(v)-6],v[-6:-3],v[-3:]]
    if kind=='phone':
        return v.split(' ')
    if kind=='account':
        if v.startswith('A-'): return ['A',v[2:6],v[6:]]
        return [v[:4],v[4:8],v[8:]]
    if kind=='eui': return v.replace(':','-').split('-')
    if kind=='serial':
        i=3 if v[:3].isalpha() or v[:3] in('G4A','E6S') else (5 if v.startswith('E') else 3); return [v[:i],v[i:]]
    if kind=='postcode': return v.split(' ')
    if kind=='address': return v.split(' ')
    if kind=='name': return v.split(' ')
SEPS_DASH={'mpan':' \u2013 ','mprn':' \u2013 ','phone':' \u2013 ','account':'\u2013','eui':'\u2013','serial':'\u2012','postcode':'\u2013'}
def t_sep_dash(p,kind,v,ctrl,sep=None):
    sep=sep or SEPS_DASH.get(kind,'\u2013'); s=v if ctrl else sep.join(groups(kind,v))
    p.body_insert(para(label(kind,s,ctrl)))
    return {'planted':s,'visible_expected':True,'where':f'groups joined by {sep!r} (U+{ord(sep.strip()):04X})'}
def t_sep_minus(p,kind,v,ctrl): return t_sep_dash(p,kind,v,ctrl,sep='\u2212')
SEPS_SP={'mpan':'\u2007','mprn':'\u202f','phone':'\u2009','account':'\u2007','eui':'\u202f','postcode':'\u202f','serial':'\u2009','address':'\u202f','name':'\u202f'}
def t_sep_space(p,kind,v,ctrl,sep=None):
    sep=sep or SEPS_SP.get(kind,'\u2009'); s=v if ctrl else sep.join(groups(kind,v))
    p.body_insert(para(label(kind,s,ctrl)))
    return {'planted':s,'visible_expected':True,'where':f'groups joined by U+{ord(sep):04X}'}
def t_sep_space2(p,kind,v,ctrl): return t_sep_space(p,kind,v,ctrl,sep={'postcode':'\u2007','mpan':'\u3000','phone':'\u205f'}[kind])
SCRIPTS={'thai':0x0E50,'bengali':0x09E6,'myanmar':0x1040,'khmer':0x17E0,'nko':0x07C0,'adlam':0x1E950,'segmented':0x1FBF0,'tamil':0x0BE6,'gujarati':0x0AE6,'tibetan':0x0F20}
def t_script(p,kind,v,ctrl,script='thai'):
    z=SCRIPTS[script]; s=''.join(chr(z+int(c)) if c.isdigit() else c for c in v)
    p.body_insert(para(label(kind,s,ctrl)))
    return {'planted':s,'visible_expected':True,'where':f'ASCII digits replaced by {script} digits (U+{z:04X}+)'}
def t_email_obf(p,kind,v,ctrl,style=0):
    u,_,d=v.partition('@')
    s=[lambda:u+' [at] '+d.replace('.',' [dot] '),lambda:u+'(at)'+d,lambda:u+'\uff20'+d,lambda:u+'\ufe6b'+d,lambda:u+' AT '+d.replace('.',' DOT ')][style]()
    p.body_insert(para(label(kind,s,ctrl)))
    return {'planted':s,'visible_expected':True,'where':['[at]/[dot] words','(at)','fullwidth @ U+FF20','small @ U+FE6B','AT/DOT words'][style]}
def t_comment_author(p,kind,v,ctrl):
    cpart='word/comments.xml'
    if cpart not in p.parts:
        p.put(cpart,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:comments>')
        p.ct_override(cpart,'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'); p.add_rel(p.docpath,'comments','comments.xml')
    ini=''.join(x[0] for x in v.split() if x[0].isalpha())[:3].upper() if kind=='name' else 'QA'
    c=p.get(cpart).replace('</w:comments>',f'<w:comment w:id="9050" w:author="{esc(v)}" w:date="2026-11-30T10:20:00Z" w:initials="{esc(ini)}"><w:p><w:r><w:t>Checked against D0010, accepted.</w:t></w:r></w:p></w:comment></w:comments>')
    p.put(cpart,c)
    p.body_insert('<w:p><w:commentRangeStart w:id="9050"/><w:r><w:t>Step 3 response reviewed.</w:t></w:r><w:commentRangeEnd w:id="9050"/><w:r><w:commentReference w:id="9050"/></w:r></w:p>')
    return {'planted':v,'visible_expected':True,'where':'w:comment/@w:author (shown in the comment margin)'}
CORE_FIELDS=['cp:contentStatus','dc:identifier','cp:version','dc:language']
def t_core_misc(p,kind,v,ctrl,field=None):
    core='docProps/core.xml'
    if core not in p.parts:
        p.put(core,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Run note</dc:title></cp:coreProperties>')
        p.ct_override(core,'application/vnd.openxmlformats-package.core-properties+xml'); p.add_rel(None,'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties','docProps/core.xml')
    c=p.get(core)
    import re
    c=re.sub(r'<%s\s*/>|<%s>.*?</%s>'%(field,field,field),'',c)
    c=c.replace('</cp:coreProperties>',f'<{field}>{esc(v)}</{field}></cp:coreProperties>'); p.put(core,c)
    return {'planted':v,'visible_expected':False,'where':f'docProps/core.xml {field}'}
def t_custprop_name(p,kind,v,ctrl):
    cp='docProps/custom.xml'
    if cp not in p.parts:
        p.put(cp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>')
        p.ct_override(cp,'application/vnd.openxmlformats-officedocument.custom-properties+xml'); p.add_rel(None,'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties','docProps/custom.xml')
    c=p.get(cp)
    if '</Properties>' not in c: c=c.replace('/>','></Properties>',1) if c.rstrip().endswith('/>') else c
    nm=label(kind,v,ctrl)
    c=c.replace('</Properties>',f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="50" name="{esc(nm)}"><vt:bool>true</vt:bool></property></Properties>'); p.put(cp,c)
    return {'planted':v,'visible_expected':False,'where':'docProps/custom.xml property @name (value is a boolean)'}
ODT_SRC={}
def ole_object(p,rid_pkg,progid,icon_text,sid):
    idata,isz=png(icon_text,h=50,size=18,bg='#eef')
    rimg=add_image(p,idata,'png')
    return (f'<w:p><w:r><w:object w:dxaOrig="{isz[0]*15}" w:dyaOrig="{isz[1]*15}"><v:shape id="_x0000_i{sid}" type="#_x0000_t75" style="width:{isz[0]*0.75}pt;height:{isz[1]*0.75}pt" o:ole="">'
            f'<v:imagedata r:id="{rimg}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i{sid}" DrawAspect="Icon" ObjectID="_17{sid}" r:id="{rid_pkg}"/></w:object></w:r></w:p>')
def t_emb_odt(p,kind,v,ctrl,fid=None):
    data=open(f'{ROOT}/work/odt/{fid}.odt','rb').read()
    n=f'word/embeddings/Site_notes_{fid}.odt'; p.put(n,data); p.ct_default('odt','application/vnd.oasis.opendocument.text')
    rid=p.add_rel(p.docpath,'package',n.replace('word/',''))
    p.body_insert(para('Attached site notes (embedded document):')+ole_object(p,rid,'Word.OpenDocumentText.12','Site_notes.odt',5001))
    return {'planted':v,'visible_expected':False,'where':'embedded .odt (package) content.xml; icon preview is neutral'}
def t_emb_xlsx(p,kind,v,ctrl,mode='comment',fid=None):
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation
    wb=openpyxl.Workbook(); ws=wb.active; ws.title='Readings'
    ws['A1']='Step'; ws['B1']='Flow'; ws['C1']='Result'
    for i,(a,b,c) in enumerate([(1,'D0010','Accepted'),(2,'IF-031','Passed'),(3,'D0150','Passed')],2): ws.cell(i,1,a); ws.cell(i,2,b); ws.cell(i,3,c)
    txt=label(kind,v,ctrl)
    if mode=='comment': ws['C3'].comment=Comment(txt,'Tester')
    else:
        dv=DataValidation(type='list',formula1='"Passed,Failed"',showInputMessage=True,promptTitle='Check',prompt=txt); ws.add_data_validation(dv); dv.add('C4')
    b=io.BytesIO(); wb.save(b)
    n=f'word/embeddings/Microsoft_Excel_Worksheet_{fid}.xlsx'; p.put(n,b.getvalue()); p.ct_default('xlsx','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    rid=p.add_rel(p.docpath,'package',n.replace('word/',''))
    p.body_insert(para('Step results workbook:')+ole_object(p,rid,'Excel.Sheet.12','Readings.xlsx',5002))
    return {'planted':v,'visible_expected':False,'where':'embedded .xlsx: '+('cell comment (C3)' if mode=='comment' else 'data-validation input prompt (C4)')}
def t_emb_xlsx_dv(p,kind,v,ctrl,fid=None): return t_emb_xlsx(p,kind,v,ctrl,'dv',fid)
def t_pic_behind(p,kind,v,ctrl):
    d1,s1=png(label(kind,v,ctrl),w=620,h=80,size=30)
    d2,_=png('Screenshot 2: portal view (cropped)',w=620,h=80,size=24,bg='#d8dde6',fg='#333')
    r1=add_image(p,d1,'png'); r2=add_image(p,d2,'png'); cx=620*9525*3//4; cy=80*9525*3//4
    p.body_insert(f'<w:p>{anchor(r1,cx,cy,7001,251659264)}{anchor(r2,cx,cy,7002,251660288)}<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>'+para('Figure 2.'))
    return {'planted':v,'visible_expected':False,'where':'PNG with the value drawn, anchored exactly under an opaque PNG (z-order)'}
def t_pic_photo(p,kind,v,ctrl,fid=None):
    d,s=photo(label(kind,v,ctrl),fid)
    r=add_image(p,d,'jpeg'); p.body_insert(para('Photo of meter cabinet label:')+f'<w:p>{inline(r,(s[0]*0.8,s[1]*0.8),7101)}</w:p>')
    return {'planted':v,'visible_expected':True,'where':'JPEG photo-like: label, keystone perspective, rotation, noise, blur, q72'}
def t_merge(p,kind,v,ctrl,fid=None):
    if kind=='name':
        fld=' GREETINGLINE \\f "<<Dear >><<_TITLE0_ >><<_LAST0_>>," \\l 2057 '; res=[f'Dear {v},']
    elif kind=='address':
        fld=' ADDRESSBLOCK \\f "<<_STREET1_>>\n<<_CITY_>>" \\l 2057 \\c 0 \\e "United Kingdom" \\d ' if fid%2 else ' USERADDRESS '; res=[x.strip() for x in v.split(',')]
    elif kind=='postcode':
        fld=' ADDRESSBLOCK \\f "<<_CITY_>> <<_POSTAL_>>" \\l 2057 '; res=['Town centre depot',v]
    else:
        fld=' MERGEFIELD Site_Ref '; res=[v]
    runs=''.join((('<w:r><w:br/></w:r>' if i else '')+f'<w:r><w:t xml:space="preserve">{esc(x)}</w:t></w:r>') for i,x in enumerate(res))
    p.body_insert(para('Letter preview (mail merge):')+f'<w:p><w:fldSimple w:instr="{esc(fld)}">{runs}</w:fldSimple></w:p>')
    return {'planted':v,'visible_expected':True,'where':f'w:fldSimple {fld.split()[0]} cached result (lines split by w:br)'}
def t_vml_title(p,kind,v,ctrl):
    d,s=png('Screenshot 3',h=40,size=18); r=add_image(p,d,'png')
    p.body_insert(f'<w:p><w:r><w:pict><v:shape id="t50v1" type="#_x0000_t75" style="width:{s[0]*0.75}pt;height:{s[1]*0.75}pt"><v:imagedata r:id="{r}" o:title="{esc(label(kind,v,ctrl))}"/></v:shape></w:pict></w:r></w:p>')
    return {'planted':v,'visible_expected':False,'where':'VML v:imagedata/@o:title'}
def t_print(p,kind,v,ctrl):
    p.body_insert(f'<w:p><w:r><w:t xml:space="preserve">Printed copy for site file. </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PRINT "%%Title: {esc(label(kind,v,ctrl))}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return {'planted':v,'visible_expected':False,'where':'PRINT field code (no result)'}
def t_hlink_anchor(p,kind,v,ctrl):
    p.body_insert(f'<w:p><w:hyperlink w:anchor="{esc(v)}" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>see site details</w:t></w:r></w:hyperlink></w:p>')
    return {'planted':v,'visible_expected':False,'where':'w:hyperlink/@w:anchor (internal bookmark target)'}
def t_caption(p,kind,v,ctrl):
    sp='word/settings.xml'
    if sp not in p.parts:
        p.put(sp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:settings>')
        p.ct_override(sp,'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml'); p.add_rel(p.docpath,'settings','settings.xml')
    s=p.get(sp); cap=f'<w:captions><w:caption w:name="{esc(label(kind,v,ctrl))}" w:pos="below" w:numFmt="decimal"/></w:captions>'
    if '<w:captions>' in s: s=s.replace('<w:captions>',cap[:len('<w:captions>')]+cap[len('<w:captions>'):-len('</w:captions>')],1)
    else: s=s.replace('</w:settings>',cap+'</w:settings>')
    p.put(sp,s)
    return {'planted':v,'visible_expected':False,'where':'settings.xml w:captions/w:caption/@w:name (custom caption label)'}
HTMLV=['abbr','input','hidden','meta','comment']
def t_altchunk_attr(p,kind,v,ctrl,style=0):
    st=HTMLV[style%5]; x=esc(label(kind,v,ctrl))
    body={'abbr':f'<p>Customer confirmed <abbr title="{x}">details</abbr> on the call.</p>',
          'input':f'<form><p>Site ref: <input type="text" value="{x}" size="1"></p></form>',
          'hidden':f'<p>Call notes reviewed.<span style="display:none">{x}</span></p>',
          'meta':f'<p>Call notes reviewed.</p>',
          'comment':f'<p>Call notes reviewed.</p><!-- {x} -->'}[st]
    head=f'<meta name="description" content="{x}">' if st=='meta' else ''
    html=f'<html><head><meta charset="utf-8"><title>notes</title>{head}</head><body>{body}</body></html>'
    n=1
    while f'word/t50chunk{n}.htm' in p.parts: n+=1
    p.put(f'word/t50chunk{n}.htm',html); p.ct_default('htm','text/html')
    rid=p.add_rel(p.docpath,'aFChunk',f't50chunk{n}.htm')
    p.body_insert(f'<w:altChunk r:id="{rid}"/>')
    return {'planted':v,'visible_expected':st=='input','where':f'altChunk HTML: value in {st} (' + {'abbr':'title attribute','input':'input value attribute','hidden':'display:none span','meta':'meta description','comment':'HTML comment'}[st]+')'}
def t_annot(p,kind,v,ctrl):
    s='\ufff9see note\ufffa'+(v if ctrl else label(kind,v,ctrl))+'\ufffb'
    p.body_insert(para('Caller details: ')[:-len('</w:t></w:r></w:p>')]+esc(s)+' confirmed.</w:t></w:r></w:p>')
    return {'planted':s,'visible_expected':None,'where':'Unicode interlinear annotation U+FFF9 base U+FFFA annotation(value) U+FFFB'}
def t_split_zeropic(p,kind,v,ctrl):
    s=label(kind,v,ctrl); k=len(s)-len(v)+max(2,len(v)//2)
    d,_=png('x',w=8,h=8,size=6); r=add_image(p,d,'png')
    z=inline(r,(0,0),7201).replace('<w:r><w:drawing>','<w:drawing>').replace('</w:drawing></w:r>','</w:drawing>')
    p.body_insert(f'<w:p><w:r><w:t xml:space="preserve">{esc(s[:k])}</w:t></w:r><w:r>{z}</w:r><w:r><w:t xml:space="preserve">{esc(s[k:])}</w:t></w:r></w:p>')
    return {'planted':v,'visible_expected':True,'where':'value split by a zero-extent inline picture (cx=cy=0) between two runs'}
TECH=[
 ('tagchars',t_tagchars,I.KINDS),('lrpb_split',t_lrpb,I.KINDS),
 ('sep_dash',t_sep_dash,['mpan','mprn','phone','account','eui','serial','postcode']),('sep_minus',t_sep_minus,['mpan','phone','eui']),
 ('sep_space',t_sep_space,['mpan','mprn','phone','account','eui','postcode','serial','address','name']),('sep_space2',t_sep_space2,['postcode','mpan','phone']),
 ('script_digits',t_script,['mpan','mpan','mpan','mprn','mprn','phone','phone','account','postcode','serial']),
 ('email_obf',t_email_obf,['email']*5),('comment_author',t_comment_author,['name']*4+['email']*2),
 ('core_misc',t_core_misc,I.KINDS),('custprop_name',t_custprop_name,I.KINDS),('emb_odt',t_emb_odt,I.KINDS),
 ('emb_xlsx_comment',t_emb_xlsx,['mpan','serial','name','phone','email']),('emb_xlsx_prompt',t_emb_xlsx_dv,['mprn','eui','address','postcode','account']),
 ('pic_behind',t_pic_behind,I.KINDS),('pic_photo',t_pic_photo,I.KINDS),('merge_result',t_merge,['name','name','address','address','postcode','postcode']),
 ('vml_title',t_vml_title,I.KINDS),('print_field',t_print,I.KINDS),('hlink_anchor',t_hlink_anchor,I.KINDS),('caption_label',t_caption,I.KINDS),
 ('altchunk_attr',t_altchunk_attr,I.KINDS),('annot_chars',t_annot,I.KINDS),('split_zeropic',t_split_zeropic,I.KINDS)]
CTRL=[('tagchars','TC-4821'),('tagchars','D0010 / IF-031'),('tagchars','MPAN-REF-07'),('lrpb_split','IF-031 acknowledged at 2026-11-30T10:15:00Z'),('lrpb_split','Work order WO-558812'),
 ('lrpb_split','message 3f2a9c1e-8b7d-4e21-9a0c-5d6e7f801234'),('sep_dash','Readings 04521 \u2013 04533 kWh'),('sep_dash','Steps 1 \u2013 4 passed (D0010 \u2013 IF-031)'),('sep_dash','Window 10:15 \u2013 10:45 on 2026\u201311\u201330'),
 ('sep_space','Amount \u00a312\u2009345.67'),('sep_space','Reading 4\u202f521.7 kWh'),('sep_space','Firmware 4.2.1 build\u20073071'),('script_digits','Reading \u0e54\u0e55\u0e52\u0e51 kWh'),('script_digits','TC-\u09ea\u09ee\u09e8\u09e7'),
 ('comment_author','Test Team'),('comment_author','SIT Tester 3'),('comment_author','DCC QA'),('core_misc','Draft v0.3'),('core_misc','TC-4821'),('core_misc','1.0.4'),
 ('custprop_name','MPAN-REF-07'),('custprop_name','DIP-00412'),('custprop_name','Run 2026-11-30T10:15:00Z'),('emb_odt','TC-4821 D0010 accepted at 10:15'),('emb_odt','WO-558812 firmware 4.2.1'),
 ('emb_xlsx_comment','Checked D0010 at 10:15'),('emb_xlsx_prompt','Enter result (IF-031)'),('pic_behind','TC-4821 D0010 accepted'),('pic_behind','MPAN-REF-07 step 2'),
 ('pic_photo','FW 4.2.1 OK'),('pic_photo','WO-558812'),('vml_title','Screenshot of IF-031 ack'),('vml_title','DIP-00412 portal'),('print_field','TC-4821 evidence'),
 ('hlink_anchor','_Toc123456'),('hlink_anchor','Step_3_D0010'),('caption_label','Figure'),('caption_label','Screenshot TC-4821'),('altchunk_attr','TC-4821 notes'),('altchunk_attr','D0150 flow'),('annot_chars','TC-4821 step 2'),('split_zeropic','MPAN-REF-07 checked')]
def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT); os.makedirs(f'{ROOT}/work/odt',exist_ok=True)
    jobs=[]; n=0
    for tname,fn,kinds in TECH:
        cnt={}
        for j,kind in enumerate(kinds):
            v=I.make(kind,rng); base=BASES[n%len(BASES)]; n+=1
            jobs.append(dict(file=f'a{n:03d}_{tname}_{kind}.docx',tech=tname,kind=kind,value=v,base=base,ctrl=False,idx=j))
    for j,(tname,v) in enumerate(CTRL):
        base=BASES[n%len(BASES)]; n+=1
        jobs.append(dict(file=f'c{j+1:03d}_{tname}.docx',tech=tname,kind='control',value=v,base=base,ctrl=True,idx=j))
    # odt sources
    odts=[x for x in jobs if x['tech']=='emb_odt']
    for x in odts:
        fid=x['file'][:4]; txt=('Site visit notes\n'+(x['value'] if x['ctrl'] else f"{I.LABEL[x['kind']]}: {x['value']}")+'\nAll steps completed.\n')
        open(f'{ROOT}/work/odt/{fid}.txt','w').write(txt)
    subprocess.run(['soffice','--headless','--convert-to','odt','--outdir',f'{ROOT}/work/odt']+[f'{ROOT}/work/odt/{x["file"][:4]}.txt' for x in odts],check=True,capture_output=True)
    fns={t:f for t,f,_ in TECH}
    with open(f'{ROOT}/truth.jsonl','w') as tf:
        for x in jobs:
            p=Pkg(f'{ROOT}/bases/{x["base"]}.docx'); fn=fns[x['tech']]; kind=x['kind'] if not x['ctrl'] else 'name'
            kw={}
            import inspect
            sig=inspect.signature(fn).parameters
            if 'fid' in sig: kw['fid']=x['file'][:4] if x['tech'] in('emb_odt','emb_xlsx_comment','emb_xlsx_prompt') else x['idx']+int(x['file'][1:4])
            if 'script' in sig: kw['script']=list(SCRIPTS)[x['idx']%10]
            if 'style' in sig: kw['style']=x['idx']
            if 'field' in sig: kw['field']=CORE_FIELDS[x['idx']%4]
            info=fn(p,kind,x['value'],x['ctrl'],**kw)
            p.save(f'{OUT}/{x["file"]}')
            rec=dict(file=x['file'],base=x['base'],technique=x['tech'],kind=x['kind'],value=x['value'],**info)
            if x['ctrl']: rec['keeps']=[x['value']]
            tf.write(json.dumps(rec,ensure_ascii=False)+'\n')
    print(len(jobs),'files')
if __name__=='__main__': main()
