import sys, os, zipfile, random, json, io, re, hashlib
sys.path.insert(0,os.path.dirname(__file__))
from lxml import etree
import idents, imgs
ROOT='/tmp/ho51/docx'; OUT=ROOT+'/corpus'; B=ROOT+'/bases'
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS=('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')%W
RELNS='http://schemas.openxmlformats.org/package/2006/relationships'
CTNS='http://schemas.openxmlformats.org/package/2006/content-types'
def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;')
def R(t): return f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.parts={n:z.read(n) for n in z.namelist()}; s.n=0
    def save(s,path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml',s.parts['[Content_Types].xml'])
            for k,v in s.parts.items():
                if k!='[Content_Types].xml': z.writestr(k,v)
    def rels_name(s,part):
        d,f=os.path.split(part); return f'{d}/_rels/{f}.rels' if d else f'_rels/{f}.rels'
    def add_rel(s,part,typ,target):
        rn=s.rels_name(part)
        if rn not in s.parts: s.parts[rn]=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{RELNS}"></Relationships>'.encode()
        t=etree.fromstring(s.parts[rn]); s.n+=1; rid=f'rIdH51x{s.n}'
        e=etree.SubElement(t,f'{{{RELNS}}}Relationship'); e.set('Id',rid); e.set('Type',typ); e.set('Target',target)
        s.parts[rn]=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True); return rid
    def ct(s,partname=None,ctype=None,ext=None):
        t=etree.fromstring(s.parts['[Content_Types].xml'])
        if ext:
            if any(e.get('Extension','').lower()==ext for e in t.findall(f'{{{CTNS}}}Default')): return
            e=etree.Element(f'{{{CTNS}}}Default'); e.set('Extension',ext); e.set('ContentType',ctype); t.insert(0,e)
        else:
            e=etree.SubElement(t,f'{{{CTNS}}}Override'); e.set('PartName',partname); e.set('ContentType',ctype)
        s.parts['[Content_Types].xml']=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True)
    def doc(s): return etree.fromstring(s.parts['word/document.xml'])
    def setdoc(s,t): s.parts['word/document.xml']=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True)
def frag(xml):
    return list(etree.fromstring(f'<w:x {NS}>{xml}</w:x>'))
def insert_body(p,xml,first=False):
    t=p.doc(); body=t.find(f'{{{W}}}body')
    kids=[k for k in body if k.tag==f'{{{W}}}p']
    idx=0 if first else list(body).index(kids[0])+1
    for i,e in enumerate(frag(xml)): body.insert(idx+i,e)
    p.setdoc(t)
def add_header(p,xml):
    name='word/header51.xml'
    p.parts[name]=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{xml}</w:hdr>'.encode()
    p.ct('/'+name,'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    rid=p.add_rel('word/document.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/header','header51.xml')
    t=p.doc(); body=t.find(f'{{{W}}}body'); sp=body.find(f'{{{W}}}sectPr')
    for h in sp.findall(f'{{{W}}}headerReference'):
        if h.get(f'{{{W}}}type')=='default': sp.remove(h)
    h=etree.Element(f'{{{W}}}headerReference'); h.set(f'{{{W}}}type','default'); h.set('{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id',rid); sp.insert(0,h)
    p.setdoc(t)
def add_footnote(p,text):
    name='word/footnotes.xml'
    if name not in p.parts:
        p.parts[name]=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>'.encode()
        p.ct('/'+name,'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml')
        p.add_rel('word/document.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes','footnotes.xml')
    t=etree.fromstring(p.parts[name]); fid=51
    t.extend(frag(f'<w:footnote w:id="{fid}"><w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:footnote>'))
    p.parts[name]=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True); return fid
def add_image(p,im,part='word/document.xml',cx_in=5.8):
    bio=io.BytesIO(); im.save(bio,'PNG'); p.n+=1; nm=f'media/h51img{p.n}.png'
    p.parts['word/'+nm]=bio.getvalue(); p.ct(ext='png',ctype='image/png')
    rid=p.add_rel(part,'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',nm)
    cx=int(min(cx_in,im.width/96)*914400); cy=int(cx*im.height/im.width)
    return (f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{5100+p.n}" name="Picture {p.n}"/>'
      f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{5100+p.n}" name="shot{p.n}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
      f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
def halves(v):
    k=len(v)//2
    if ' ' in v.strip():
        sp=[i for i,c in enumerate(v) if c==' ']; k=min(sp,key=lambda i:abs(i-len(v)//2))
    return v[:k],v[k:]
def groups(v,kind):
    parts=re.split(r'([ \-:,.+@])',v)
    g=[x for x in parts if x and not re.fullmatch(r'[ \-:,]',x)]
    if kind=='mpan': g=[v[:2],v[2:6],v[6:10],v[10:]]
    elif kind in('mprn','account'): g=[v[i:i+4] for i in range(0,len(v),4)]
    elif kind=='serial': g=[v[:4],v[4:]]
    return g
# ---------------- text techniques: each returns visible string (as rendered) -------------
def T01(p,label,v,kind):
    insert_body(p,f'<w:p>{R(label+": ")}<w:sdt><w:sdtPr><w:alias w:val="Entry"/><w:temporary/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{esc(v)}</w:t></w:r></w:sdtContent></w:sdt></w:p>'); return f'{label}: {v}'
def T02(p,label,v,kind):
    a,b=halves(v)
    fld='<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADVANCE \\r 0 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    insert_body(p,f'<w:p>{R(label+": "+a)}{fld}{R(b)}</w:p>'); return f'{label}: {v}'
def T03(p,label,v,kind):
    a,b=halves(v)
    add_header(p,f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{R(label+": "+a)}</w:p>')
    insert_body(p,f'<w:p>{R(b)}</w:p>',first=True); return f'{label}: {a}|{b}'
def T04(p,label,v,kind):
    ff=f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="1"/><w:listEntry w:val="(choose)"/><w:listEntry w:val="{esc(v)}"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    insert_body(p,f'<w:p>{R(label+": ")}{ff}</w:p>'); return f'{label}: {v}'
def T05(p,label,v,kind):
    cn='docProps/core.xml'
    if cn not in p.parts:
        p.parts[cn]=b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Evidence note</dc:title></cp:coreProperties>'
        p.ct('/'+cn,'application/vnd.openxmlformats-package.core-properties+xml')
        p.add_rel('','http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',cn)
    t=etree.fromstring(p.parts[cn])
    for e in t.findall('{http://purl.org/dc/elements/1.1/}identifier'): t.remove(e)
    e=etree.SubElement(t,'{http://purl.org/dc/elements/1.1/}identifier'); e.text=v
    p.parts[cn]=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True); return None
def sepjoin(v,kind,ch):
    if kind in('name','address'): return v.replace(', ',','+ch).replace(' ',ch)
    if kind=='email': return v.replace('.',ch+'.').replace('@',ch+'@')
    return ch.join(groups(v,kind))
def T06(p,label,v,kind):
    s=sepjoin(v,kind,'\u2028'); insert_body(p,f'<w:p>{R(label+": "+s)}</w:p>'); return f'{label}: {s}'
def T07(p,label,v,kind):
    s=sepjoin(v,kind,'\u3164'); insert_body(p,f'<w:p>{R(label+": "+s)}</w:p>'); return f'{label}: {s}'
def T08(p,label,v,kind):
    s=''.join(c+'\ufe0f\u20e3' if c.isdigit() else c for c in v); insert_body(p,f'<w:p>{R(label+": "+s)}</w:p>'); return f'{label}: {s}'
def T09(p,label,v,kind):
    top=['01','801','100']; bot=[v[:2],v[2:6],v[6:10],v[10:]]
    def tc(t,sz=28,extra=''): return f'<w:tc><w:tcPr>{extra}</w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="{sz}"/></w:rPr><w:t>{t}</w:t></w:r></w:p></w:tc>'
    tb=('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="12"/><w:left w:val="single" w:sz="12"/><w:bottom w:val="single" w:sz="12"/><w:right w:val="single" w:sz="12"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="900"/><w:gridCol w:w="1100"/><w:gridCol w:w="1100"/><w:gridCol w:w="900"/></w:tblGrid>'
        '<w:tr>'+tc('S',48,'<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>')+tc(top[0])+tc(top[1])+tc(top[2],28,'<w:gridSpan w:val="2"/>')+'</w:tr>'
        '<w:tr>'+tc('',48,'<w:vMerge/>')+''.join(tc(x) for x in bot)+'</w:tr></w:tbl>')
    insert_body(p,f'<w:p>{R("Supply number as printed on the bill:")}</w:p>{tb}<w:p/>'); return 'S '+' '.join(top)+' '+' '.join(bot)
def T10(p,label,v,kind):
    runs=''.join(f'<w:r><w:sym w:font="Wingdings" w:char="F0{0x80+int(c):02X}"/></w:r>' if c.isdigit() else R(c) for c in v)
    insert_body(p,f'<w:p>{R(label+": ")}{runs}</w:p>'); return f'{label}: '+''.join(chr(0x2460+int(c)-1) if c.isdigit() and c!='0' else ('\u24ea' if c=='0' else c) for c in v)
def T11(p,label,v,kind):
    a,b=halves(v); fid=add_footnote(p,'Value confirmed against the data register.')
    insert_body(p,f'<w:p>{R(label+": "+a)}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="{fid}"/></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>\u200b</w:t></w:r>{R(b)}</w:p>'); return f'{label}: {v}'
TEXT={'T01_sdt_showingPlcHdr':T01,'T02_advance_field_split':T02,'T03_header_body_split':T03,'T04_formdropdown_entry':T04,'T05_dc_identifier':T05,
      'T06_u2028_between_groups':T06,'T07_hangul_filler_between_groups':T07,'T08_keycap_digits':T08,'T09_mpan_bill_box':T09,'T10_wingdings_sym_digits':T10,'T11_invisible_footnote_mark_split':T11}
ONLY={'T08_keycap_digits':['mpan','mprn','serial','eui64','postcode','phone','account'],'T09_mpan_bill_box':['mpan'],'T10_wingdings_sym_digits':['mpan','mprn','phone','account'],'I02_sevenseg':['mpan','mprn','phone','account','eui64']}
BASES=['demo','pyt','lo','min']
def make_one(tech,kind,val,label,base,r,fn):
    p=Pkg(f'{B}/{base}.docx'); vis=None
    if tech in TEXT: vis=TEXT[tech](p,label,val,kind)
    else:
        im=imgs.IMG[tech](label,val,r); insert_body(p,f'<w:p>{R("Screenshot / photo attached as evidence:")}</w:p>'+add_image(p,im))
        os.makedirs(OUT+'/png',exist_ok=True); im.save(f'{OUT}/png/{fn[:-5]}.png')
    p.save(f'{OUT}/{fn}'); return vis
def main():
    r=random.Random(51051); os.makedirs(OUT,exist_ok=True); truth=[]; i=0
    techs=list(TEXT)+list(imgs.IMG)
    for tech in techs:
        for kind in ONLY.get(tech,idents.KINDS):
            if tech=='T09_mpan_bill_box':
                for base in BASES:
                    ids=idents.make(r); v=ids['mpan']; fn=f'a{i:03d}_{tech}_{kind}_{base}.docx'
                    vis=make_one(tech,kind,v,'MPAN',base,r,fn); truth.append(dict(file=fn,role='altered',tech=tech,kind=kind,value=v,base=base,label='MPAN',rendered=vis)); i+=1
                continue
            base=BASES[i%4]; ids=idents.make(r); v=ids[kind]; lab=idents.LABEL[kind]
            fn=f'a{i:03d}_{tech}_{kind}_{base}.docx'
            vis=make_one(tech,kind,v,lab,base,r,fn)
            truth.append(dict(file=fn,role='altered',tech=tech,kind=kind,value=v,base=base,label=lab,rendered=vis)); i+=1
    # controls: 2 per technique (3 for some) holding keeps only
    j=0; ctech=[t for t in techs if t not in('T09_mpan_bill_box',)]
    for tech in ctech:
        for m in range(2):
            kv,kk=idents.KEEPS[(j*7)%len(idents.KEEPS)]; lab=idents.KEEPLABEL[kk]; base=BASES[j%4]
            fn=f'c{j:03d}_{tech}_{kk}_{base}.docx'
            vis=make_one(tech,'keep',kv,lab,base,r,fn)
            truth.append(dict(file=fn,role='control',tech=tech,kind=kk,value=kv,base=base,label=lab,rendered=vis)); j+=1
    json.dump(truth,open(ROOT+'/truth.json','w'),indent=1,ensure_ascii=False)
    print(len([t for t in truth if t['role']=='altered']),'altered',j,'controls')
if __name__=='__main__': main()
