# Generator for held-out docx corpus (helper-73). Deterministic (seed 4473).
import zipfile, re, random, json, io, os, base64, hashlib
from xml.sax.saxutils import escape as xesc
from PIL import Image, ImageDraw, ImageFont
random.seed(4473)
ROOT='/tmp/ho44/docx'
BASES=['A_pack','B_pydocx','C_lo','D_min']
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
RNS='http://schemas.openxmlformats.org/officeDocument/2006/relationships'
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
used=set()
def uniq(f):
    while True:
        v=f()
        if v not in used: used.add(v); return v
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan():
    def f():
        core=str(random.randint(10,23))+''.join(random.choice('0123456789') for _ in range(10))
        return core+str(sum(int(d)*p for d,p in zip(core,PR))%11%10)
    return uniq(f)
def mprn(): return uniq(lambda: str(random.choice([7,8,9]))+''.join(random.choice('0123456789') for _ in range(9)))
def serial():
    return uniq(lambda: random.choice(['E','S','K','L'])+'%02d'%random.randint(10,24)+random.choice('ABCDEFGHJKLMNPRTWZ')+'%06d'%random.randint(10000,999999) if random.random()<.6 else 'G4'+random.choice('ABKW')+'%08d'%random.randint(1000000,99999999))
def eui(): return uniq(lambda: '00-1B-C5-0C-'+'-'.join('%02X'%random.randint(0,255) for _ in range(4)))
OUT=['HX7','LS6','CF10','BS1','M20','NE1','EH3','G12','DE22','PL4','NR2','YO10','SA1','BT9','TR1','IP4','LL57','CV4','OX4','BN2']
def postcode(): return uniq(lambda: random.choice(OUT)+' '+str(random.randint(1,9))+random.choice('ABDEFGHJLNPQRSTUWXYZ')+random.choice('ABDEFGHJLNPQRSTUWXYZ'))
FIRST=['Hugh','Ffion','Olivia','Siân','Niamh','Rhodri','Aoife','Tomasz','Priya','Callum','Eilidh','Rory','Imogen','Dafydd','Grainne','Kwame','Harriet','Seren','Angus','Bethan','Fergus','Morwenna','Declan','Isla']
SUR=['Fortescue-Smythe','ap Rhys','de la Mare','O\u2019Sullivan-Baird','Van der Berg','Llewellyn','McAllister','Chaudhary-Lewis','St John','Le Breton','Mac an tSaoir','Featherstonehaugh','Okonkwo-Hale','Pryce-Jones','du Plessis','Ní Bhriain','Abernethy','Trevelyan','Cholmondeley','FitzGerald','Ward-Thomas','Bhattacharya','Quayle','Ogilvy']
def name(): return uniq(lambda: random.choice(FIRST)+' '+random.choice(SUR))
def phone(): return uniq(lambda: random.choice(['07700 900%03d','0113 496 0%03d','020 7946 0%03d','0161 496 0%03d','029 2018 0%03d'])%random.randint(0,999))
def email():
    def f():
        n=random.choice(FIRST).replace('â','a').lower(); s=re.sub(r'[^a-z]','',random.choice(SUR).lower().replace('í','i'))
        return f"{n}.{s}{random.randint(1,99)}@{random.choice(['northgrid-energy.co.uk','example-supply.co.uk','homemail.org.uk','btinternet.example.com'])}"
    return uniq(f)
GEN=dict(mpan=mpan,mprn=mprn,serial=serial,eui=eui,postcode=postcode,name=name,phone=phone,email=email)

def r(t,rpr=''):
    return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'
def p(*runs,ppr=''):
    return f'<w:p>{("<w:pPr>"+ppr+"</w:pPr>") if ppr else ""}{"".join(runs)}</w:p>'
def P(t): return p(r(t))
def half(v):
    k=len(v)//2
    return v[:k],v[k:]
def lead(kind):
    return dict(mpan='Export supply ',mprn='Gas MPRN ',serial='Meter no. ',eui='Comms hub ',postcode='Premises postcode ',name='Customer ',phone='Call back on ',email='Reply sent to ')[kind]
def prose(kind,v):
    return dict(mpan=f'The export supply point {v} was migrated to MHHS on 3 March without a D0150.',
        mprn=f'The shipper confirmed gas supply meter point {v} (MPRN) after the site visit.',
        serial=f'The engineer exchanged meter {v} for a SMETS2 unit and left a card.',
        eui=f'Communications hub {v} joined the HAN at 09:14 after two retries.',
        postcode=f'The van was re-routed to the {v} depot area because of flooding.',
        name=f'{v} rang the contact centre to say the in-home display was blank.',
        phone=f'If the test fails again, ring {v} and ask for the duty engineer.',
        email=f'The signed job sheet was e-mailed to {v} on Tuesday.')[kind]

class Item:
    def __init__(s): s.body=''; s.parts={}; s.rels=[]; s.ct={}; s.ov={}; s.footnotes=[]; s.headers=[]; s.rename=None; s.hdr2=None
# ---------- techniques: each returns (Item, where, how) ----------
T={}
def tech(name,kinds):
    def d(f): T[name]=(f,kinds); return f
    return d
@tech('prose_sentence',['mpan','mprn','serial','eui','postcode','name','phone','email'])
def _(k,v): it=Item(); it.body=P(prose(k,v)); return it,'body prose sentence, no label','text'
@tech('figure_caption',['mpan','mprn','serial','eui','postcode','name','phone','email'])
def _(k,v): it=Item(); it.body=p(r(f'Figure 3 \u2013 Half-hourly reads for {v}, week 48'),ppr='<w:jc w:val="center"/><w:spacing w:before="120"/>')+p(r('Table 7 \u2013 Step results',rpr='<w:i/>')); return it,'figure caption paragraph','text'
@tech('prepared_for_cover',['name','email','phone','postcode'])
def _(k,v):
    it=Item(); it.body=p(r('Prepared for',rpr='<w:sz w:val="28"/>'),ppr='<w:jc w:val="center"/>')+p(r(v,rpr='<w:b/><w:sz w:val="40"/>'),ppr='<w:jc w:val="center"/>')+p(r('Witness pack, November 2026'),ppr='<w:jc w:val="center"/>'); return it,'cover "Prepared for" with value alone on its own centred line','text'
@tech('letter_address_block',['name','postcode'])
def _(k,v):
    it=Item()
    lines=[v,'Flat 2','Riverside Mews','Hebden Bridge','West Yorkshire'] if k=='name' else ['The Occupier','Unit 4 Calder Works','Hebden Bridge',v]
    it.body=''.join(P(x) for x in lines)+P('Dear Sir or Madam,'); return it,'letter address block, value on its own line','text'
@tech('signature_block',['name','phone','email'])
def _(k,v):
    it=Item(); tail={'name':[v,'Field Metering Engineer'],'phone':['Field Metering Engineer',f'M {v}'],'email':['Field Metering Engineer',v]}[k]
    it.body=P('Yours sincerely,')+P('')+''.join(P(x) for x in tail); return it,'signature block after "Yours sincerely"','text'
def tbl(rows,extra_tblpr='',widths=None):
    n=len(rows[0]); widths=widths or [2400]*n
    g=''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body=''.join('<w:tr>'+''.join(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>{P(c)}</w:tc>' for i,c in enumerate(row))+'</w:tr>' for row in rows)
    return f'<w:tbl><w:tblPr>{extra_tblpr}<w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid>{g}</w:tblGrid>{body}</w:tbl>'
@tech('surname_forename_cells',['name'])
def _(k,v):
    it=Item(); f,s=v.split(' ',1); it.body=tbl([['Surname','Forename','Role'],[s.upper(),f,'Account holder']])+P(''); return it,'SURNAME and Forename in separate table cells under headers','text (cells)'
@tech('initials_surname',['name'])
def _(k,v):
    it=Item(); f,s=v.split(' ',1); it.body=P(f'Witnessed and agreed by {f[0]}. J. {s} on site.'); return it,'initials + surname in prose (word of name = surname)','text'
@tech('display_form',['name','email'])
def _(k,v):
    it=Item()
    if k=='name':
        f,s=v.split(' ',1); it.body=P(f'From: {s}, {f} (Field Ops)')+P('Sent: 02 December 2026 16:04')+P('Subject: RE: SIT-B re-test window')
    else: it.body=P(f'To: Customer Services <{v}>')+P('Subject: RE: SIT-B re-test window')
    return it,'e-mail header display form "Surname, Forename" / "Display <addr>"','text'
WORDS='zero one two three four five six seven eight nine'.split()
@tech('spelled_words',['mpan','mprn','phone'])
def _(k,v):
    it=Item(); d=re.sub(r'\D','',v); it.body=P(f'As read back by the customer: {" ".join(WORDS[int(c)] for c in d)}.'); return it,'digits spelled as English words','text (words)'
@tech('check_digit_apart',['mpan'])
def _(k,v):
    it=Item(); it.body=P(f'MPAN core {v[:12]} (check digit {v[12]}) confirmed by the registrant.'); return it,'first 12 digits then check digit in brackets','text'
SEPS={'en_dash':'\u2013','middle_dot':'\u00b7','pipe':'|','figure_space':'\u2007','ideographic_space':'\u3000','bullet':'\u2022','slash_spaced':' / ','tilde':'~'}
def grouped(k,v,sep):
    d=v.replace('-','').replace(' ','')
    if k=='mpan': g=[d[:2],d[2:6],d[6:10],d[10:]]
    elif k=='eui': g=[d[i:i+2] for i in range(0,16,2)]
    elif k=='phone': g=[d[:5],d[5:8],d[8:]]
    elif k=='mprn': g=[d[:3],d[3:6],d[6:]]
    else: g=[d[:4],d[4:]]
    return sep.join(g)
for sn,sc in SEPS.items():
    def mk(sc=sc,sn=sn):
        def f(k,v):
            it=Item(); it.body=P(f'{lead(k)}{grouped(k,v,sc)} noted on the job card.'); return it,f'digit groups joined by {sn} (U+{ord((sc.strip() or sc)[0]):04X})','text'
        return f
    T['sep_'+sn]=(mk(),['mpan','eui','phone','mprn','serial'])
@tech('letter_O_for_zero',['mpan','mprn','phone','serial'])
def _(k,v):
    it=Item(); w=v.replace('0','O').replace('1','l'); it.body=P(f'{lead(k)}{w} (typed from the handwritten card).'); return it,'0 typed as letter O and 1 as letter l','text (homoglyph ASCII)'
@tech('letter_spaced',['mpan','postcode','serial','eui'])
def _(k,v):
    it=Item(); w=' '.join(v.replace(' ','').replace('-','')); it.body=P(f'{lead(k)}{w}'); return it,'one space between every character','text'
@tech('table_header_body_split',['mpan','mprn','phone','eui','serial'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=tbl([['Item',a],['Value',b]],widths=[2400,4800])+P(''); return it,'value split down a column: first half in header row cell, rest in body row cell below','text (cells)'
def fld_hyper(res):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "StepTwo" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            +r(res)+'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
@tech('run_plus_field_result',['mpan','mprn','phone','eui','serial','email'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=p(r(lead(k)+a),fld_hyper(b),r(' (see step 2)'))+p(r('Step two',rpr=''),ppr='')+'<w:bookmarkStart w:id="901" w:name="StepTwo"/><w:bookmarkEnd w:id="901"/>'.join(['',''])
    return it,'first half plain run, second half is the cached result of a HYPERLINK \\l field','text (field result)'
@tech('multicolumn_split',['mpan','phone','eui','serial','mprn'])
def _(k,v):
    it=Item(); a,b=half(v)
    it.body=p(ppr='<w:sectPr><w:type w:val="continuous"/></w:sectPr>')+p(r(lead(k)+a),'<w:r><w:br w:type="column"/></w:r>',r(b+' recorded.'))+p(ppr='<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="720"/></w:sectPr>')
    return it,'two-column section; column break in the middle of the value (halves in different columns)','text (columns)'
@tech('page_break_split',['mpan','mprn','phone','eui','email'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=p(r(lead(k)+a),'<w:r><w:br w:type="page"/></w:r>',r(b+' as above.')); return it,'page break inside the value: halves on consecutive pages','text (page break)'
@tech('line_break_split',['mpan','eui','phone','postcode','serial'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=p(r(lead(k)+a),'<w:r><w:br/></w:r>',r(b)); return it,'soft line break (w:br) inside the value','text (line break)'
@tech('footnote_ref_split',['mpan','mprn','phone','eui'])
def _(k,v):
    it=Item(); a,b=half(v); it.footnotes.append('Reading taken from the legacy system.')
    it.body=p(r(lead(k)+a),'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r>',r(b+' confirmed.')); return it,'footnote reference mark in the middle of the value','text (marker inside)'
@tech('groups_mixed_format',['mpan','eui','phone','serial','postcode','mprn'])
def _(k,v):
    it=Item(); a,b=half(v); c=len(a)//2
    it.body=p(r(lead(k)),r(a[:c],'<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/><w:color w:val="C00000"/><w:sz w:val="28"/>'),r(a[c:],'<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="2F5496"/><w:sz w:val="16"/>'),r(b,'<w:b/><w:i/><w:u w:val="single"/><w:sz w:val="24"/>'))
    return it,'digit groups in different fonts, colours, sizes (3 runs)','text (runs)'
@tech('bidi_visual_table',['mpan','phone','eui','mprn','email'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=tbl([[b,a]],extra_tblpr='<w:bidiVisual/>',widths=[2400,2400])+P(''); return it,'right-to-left (bidiVisual) table: XML order is second half then first half, displayed first half left','text (visual order)'
@tech('adjacent_tables',['mpan','phone','serial'])
def _(k,v):
    it=Item(); a,b=half(v); it.body=tbl([['Ref',a]],widths=[2400,2400])+tbl([['',b]],widths=[2400,2400])+P(''); return it,'two tables with no paragraph between (Word joins them); value split across them','text (cells)'
@tech('second_section_header',['mpan','mprn','serial','eui','postcode','name','phone','email'])
def _(k,v):
    it=Item(); it.body=p(ppr='<w:sectPr><w:type w:val="nextPage"/></w:sectPr>')+P('Section 2 \u2013 supporting reads'); it.hdr2=p(r(f'Site contact record \u2013 {v}')); return it,'default header of the SECOND section only (section 1 has none)','text (header)'
@tech('tel_mailto_target',['phone','email'])
def _(k,v):
    it=Item(); tgt=('tel:'+v.replace(' ','')) if k=='phone' else 'mailto:'+v
    it.rels.append(('rIdX1','hyperlink',tgt,'External'))
    it.body=p(r('If unresolved, '),'<w:hyperlink r:id="rIdX1">'+r("contact the customer",'<w:color w:val="0563C1"/><w:u w:val="single"/>')+'</w:hyperlink>',r('.')); return it,'hyperlink target (tel:/mailto:) behind neutral display text','target (hover/extract)'
@tech('orphan_footnote',['mpan','mprn','serial','eui','postcode','name','phone','email'])
def _(k,v):
    it=Item(); it.footnotes.append(prose(k,v)); it.body=P('See the reconciliation notes.'); it.fn_orphan=True; return it,'footnote part holds a footnote that nothing references','part (extract only)'
@tech('main_part_odd_case',['mpan','mprn','serial','eui','postcode','name','phone','email'])
def _(k,v):
    it=Item(); it.body=P(prose(k,v)); it.rename='word/Document.xml'; return it,'main document part renamed word/Document.xml (rels/content types updated)','text'
def pkg(ext,ct,data,label):
    it=Item(); it.parts['word/embeddings/'+label+'.'+ext]=data; it.ct[ext]=ct
    it.rels.append(('rIdX2','package','embeddings/'+label+'.'+ext,None))
    it.body=p('<w:r><w:object w:dxaOrig="1440" w:dyaOrig="960"><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="_x0000_i1099" type="#_x0000_t75" style="width:72pt;height:48pt" o:ole="" xmlns:o="urn:schemas-microsoft-com:office:office"></v:shape><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="Package" ShapeID="_x0000_i1099" DrawAspect="Icon" ObjectID="_1790000001" r:id="rIdX2"/></w:object></w:r>')+P(f'Attached: {label}.{ext}')
    return it
@tech('embedded_csv',['mpan','mprn','serial','eui','postcode','phone'])
def _(k,v): return pkg('csv','text/csv',f'step,field,value\n2,{k},{v}\n3,result,passed\n'.encode(),'reads_extract'),'embedded package part .csv (object with ProgID Package)','part (extract)'
@tech('embedded_json',['mpan','eui','email','name'])
def _(k,v): return pkg('json','application/json',json.dumps({'msgType':'IF-031','step':2,k:v}).encode('utf-16'),'payload'),'embedded package part .json, UTF-16 with BOM','part (extract)'
@tech('embedded_html',['mpan','name','postcode','phone'])
def _(k,v):
    a,b=half(v); return pkg('html','text/html',f'<html><body><p>Result for <span class="a">{xesc(a)}</span><span>{xesc(b)}</span></p></body></html>'.encode(),'portal_view'),'embedded package part .html, value split over two spans','part (extract)'
@tech('embedded_xml_cdata',['mpan','serial','eui','mprn'])
def _(k,v): return pkg('xml','application/xml',f'<?xml version="1.0"?><DUIS><Body><![CDATA[{v}]]></Body></DUIS>'.encode(),'duis_response'),'embedded package part .xml, value in CDATA','part (extract)'
@tech('embedded_eml_b64_attachment',['mpan','name','phone','email','postcode','serial'])
def _(k,v):
    att=base64.encodebytes(f'Customer note\r\n{prose(k,v)}\r\n'.encode()).decode()
    eml=f'From: sit-b@harness.example\r\nTo: qa@harness.example\r\nSubject: step 2 output\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--XYZ\r\nContent-Type: text/plain; name="note.txt"\r\nContent-Disposition: attachment; filename="note.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\n{att}--XYZ--\r\n'
    return pkg('eml','message/rfc822',eml.encode(),'forwarded'),'embedded .eml whose text/plain ATTACHMENT is base64','part (extract+decode)'
def mkpdf(text):
    s=f'BT /F1 11 Tf 50 750 Td ({text}) Tj ET'.encode('latin-1')
    objs=[b'<< /Type /Catalog /Pages 2 0 R >>',b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',b'<< /Length %d >>\nstream\n'%len(s)+s+b'\nendstream',b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out=b'%PDF-1.4\n'; offs=[]
    for i,o in enumerate(objs): offs.append(len(out)); out+=b'%d 0 obj\n'%(i+1)+o+b'\nendobj\n'
    x=len(out); out+=b'xref\n0 %d\n0000000000 65535 f \n'%(len(objs)+1)+b''.join(b'%010d 00000 n \n'%o for o in offs)+b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n'%(len(objs)+1,x)
    return out
@tech('embedded_pdf_text',['mpan','name','eui','postcode'])
def _(k,v): return pkg('pdf','application/pdf',mkpdf(prose(k,v).replace('\u2019',"'").replace('â','a').replace('í','i')),'meter_report'),'embedded PDF with a text layer (Helvetica Tj)','part (extract pdf)'
def mkpptx(text):
    b=io.BytesIO(); z=zipfile.ZipFile(b,'w')
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>')
    z.writestr('ppt/presentation.xml','<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/></p:presentation>')
    z.writestr('ppt/_rels/presentation.xml.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>')
    a,bb=half(text)
    z.writestr('ppt/slides/slide1.xml',f'<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>{xesc(a)}</a:t></a:r><a:r><a:t>{xesc(bb)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    z.close(); return b.getvalue()
@tech('embedded_pptx_slide',['mpan','name','phone','eui','email'])
def _(k,v): return pkg('pptx','application/vnd.openxmlformats-officedocument.presentationml.presentation',mkpptx(prose(k,v)),'stand_up_slide'),'embedded .pptx; slide title text split across two a:r runs','part (extract pptx)'

VAR={}
def nextvar(key,n):
    VAR[key]=VAR.get(key,-1)+1; return VAR[key]%n
def phone_form(v,i):
    d=v.replace(' ','')
    return [f'+44 (0){d[1:4] if d.startswith("01") else d[1:3]} {d[4:7] if d.startswith("01") else d[3:7]} {d[7:] if d.startswith("01") else d[7:]}', d[:4]+'-'+d[4:7]+'-'+d[7:], '('+d[:5]+') '+d[5:], '+44'+d[1:]][i]
def eui_form(v,i):
    h=v.replace('-','')
    return [':'.join(h[j:j+2] for j in range(0,16,2)).lower(), '0x'+h, ':'.join(h[j:j+4] for j in range(0,16,4)), h.lower()][i]
def pc_form(v,i): return [v.lower(), v.replace(' ',''), v.replace(' ','\u00a0\u00a0')][i]
def name_form(v,i):
    f,s=v.split(' ',1); return [f'MR {f[0]} {s.upper()}', f'{s} {f[0]}.', f'Dr {v}'][i]
@tech('natural_forms',['phone','phone','phone','phone','eui','eui','eui','eui','postcode','postcode','postcode','name','name','name'])
def _(k,v):
    it=Item()
    if k=='phone': i=nextvar(k,4); w=phone_form(v,i); txt=f'Customer prefers a call on {w} before noon.'
    elif k=='eui': i=nextvar(k,4); w=eui_form(v,i); txt=f'Device {w} commissioned (GBCS 4.0).'
    elif k=='postcode': i=nextvar(k,3); w=pc_form(v,i); txt=f'Job 4471 at Calder Works ({w}) closed.'
    else: i=nextvar(k,3); w=name_form(v,i); txt=f'Account holder {w} was present for the exchange.'
    it.body=P(txt); it.form=w; return it,f'natural written form variant {i}: {w!r}','text'
# ---------- images ----------
def txtimg(text,size=(900,70),fs=30,bg='white'):
    im=Image.new('RGB',size,bg); d=ImageDraw.Draw(im); d.text((12,(size[1]-fs)//2-2),text,font=ImageFont.truetype(FONT,fs),fill='black'); return im
def imgitem(ext,ct,data,w=5400000,h=420000,label='image'):
    it=Item(); it.parts[f'word/media/x_{label}.{ext}']=data; it.ct[ext]=ct; it.rels.append(('rIdX3','image',f'media/x_{label}.{ext}',None))
    it.body=p('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="%d" cy="%d"/><wp:docPr id="991" name="Screenshot 9"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="991" name="Screenshot 9"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdX3"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'%(w,h,w,h))
    return it
def sv(im,fmt,**kw): b=io.BytesIO(); im.save(b,fmt,**kw); return b.getvalue()
def imtext(k,v): return f'{lead(k).strip()}: {v}'
@tech('img_tiff_page2',['mpan','serial','eui','phone'])
def _(k,v):
    p1=txtimg('SIT-B screen 1 of 2: login'); p2=txtimg(imtext(k,v))
    b=io.BytesIO(); p1.save(b,'TIFF',save_all=True,append_images=[p2]); it=imgitem('tiff','image/tiff',b.getvalue(),label='tif'); it.img=[p2]; return it,'multi-page TIFF, value only on page 2','image (page 2)'
@tech('img_gif_late_frame',['mpan','eui','postcode','name'])
def _(k,v):
    fr=[txtimg('Loading...').convert('P'),txtimg('Please wait').convert('P'),txtimg(imtext(k,v)).convert('P')]
    b=io.BytesIO(); fr[0].save(b,'GIF',save_all=True,append_images=fr[1:],duration=[400,400,5000],loop=1); it=imgitem('gif','image/gif',b.getvalue(),label='gif'); it.img=[fr[2]]; return it,'animated GIF, value only in frame 3 (plays once, stays)','image (later frame)'
@tech('img_webp_lossless',['mpan','serial','phone','email'])
def _(k,v):
    im=txtimg(imtext(k,v)); it=imgitem('webp','image/webp',sv(im,'WEBP',lossless=True),label='webp'); it.img=[im]; return it,'lossless WebP screenshot','image'
@tech('img_bmp_topdown',['mpan','eui','name','mprn'])
def _(k,v):
    im=txtimg(imtext(k,v)); raw=sv(im,'BMP'); import struct
    w,h=im.size; hdr=bytearray(raw[:54]); struct.pack_into('<i',hdr,22,-h); rs=(w*3+3)&~3; px=raw[54:]
    rows=[px[i*rs:(i+1)*rs] for i in range(h)][::-1]; data=bytes(hdr)+b''.join(rows)
    it=imgitem('bmp','image/bmp',data,label='bmp'); it.img=[im]; return it,'BMP with negative height (top-down rows)','image'
@tech('img_rot90',['mpan','phone','postcode','serial'])
def _(k,v):
    im=txtimg(imtext(k,v)).rotate(90,expand=True); it=imgitem('png','image/png',sv(im,'PNG'),w=420000,h=5400000,label='rot'); it.img=[im.rotate(-90,expand=True)]; return it,'PNG whose pixels are rotated 90 degrees (text reads bottom-to-top)','image (rotated)'
@tech('img_tiny_text_large',['mpan','eui','email','name'])
def _(k,v):
    im=Image.new('RGB',(3000,2000),'white'); d=ImageDraw.Draw(im); d.rectangle([100,100,2900,1900],outline='grey',width=4)
    d.text((2300,1850),imtext(k,v),font=ImageFont.truetype(FONT,16),fill='black')
    it=imgitem('png','image/png',sv(im,'PNG'),w=5400000,h=3600000,label='tiny'); it.img=[im.crop((2280,1830,2990,1890)).resize((2130,180))]; return it,'3000x2000 screenshot with 16-px text in a corner','image (small text)'

# ---------- controls ----------
KEEPS=['MPAN-REF-07','DIP-MSG-20261130-000417','TC-COS-014','2026-11-30T09:14:02Z','INC-0048812','build 4471','£1,204,550.12','v10.12.3456','12,480,311 records','D0010002','REQ-00-1B-C5','SIT-B','IF-031','0800 0480 4471 (OPS ticket count)']
CTRL=[('prose_sentence',lambda: P('Message DIP-MSG-20261204-991202 was acknowledged at 2026-12-04T11:02:59Z, 14 of 14 checks passed.')),
 ('figure_caption',lambda: p(r('Figure 12 \u2013 Settlement run SF-2026-11-30 for MPAN-REF-07'))),
 ('prepared_for_cover',lambda: p(r('Prepared for'))+p(r('Elexon Qualification Team',rpr='<w:b/>'))),
 ('letter_address_block',lambda: ''.join(P(x) for x in ['The Test Manager','Qualification Testing','Programme Office'])),
 ('signature_block',lambda: P('Yours sincerely,')+P('Test Lead, SIT-B')),
 ('surname_forename_cells',lambda: tbl([['Surname','Forename','Role'],['[NAME-1]','[NAME-1]','Account holder']])+P('')),
 ('display_form',lambda: P('From: Qualification Testing <[EMAIL-1]>')),
 ('spelled_words',lambda: P('Step three of five passed; retry count two.')),
 ('check_digit_apart',lambda: P('MPAN reference MPAN-REF-12 (check group 4) confirmed.')),
 ('sep_en_dash',lambda: P('Window 2026\u201312\u201306 09\u201317 agreed; build 4\u20134\u20137\u20131.')),
 ('sep_middle_dot',lambda: P('Version 10\u00b712\u00b73456 deployed.')),
 ('sep_pipe',lambda: P('Flow | D0010 | 002 | passed | 12 | 480')),
 ('sep_figure_space',lambda: P('Records\u2007processed\u200712\u2007480; amount £1\u2007204.55')),
 ('letter_O_for_zero',lambda: P('Release tag RO-2O26-lO (OK).')),
 ('letter_spaced',lambda: P('S I T - B   R E L E A S E   R 2')),
 ('table_header_body_split',lambda: tbl([['Item','DIP-MSG-2026'],['Value','1130-000417']],widths=[2400,4800])+P('')),
 ('run_plus_field_result',lambda: p(r('Case TC-COS-'),fld_hyper('014'),r(' (see step 2)'))),
 ('multicolumn_split',lambda: p(ppr='<w:sectPr><w:type w:val="continuous"/></w:sectPr>')+p(r('Run 2026-11-30'),'<w:r><w:br w:type="column"/></w:r>',r('T09:14:02Z recorded.'))+p(ppr='<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="720"/></w:sectPr>')),
 ('page_break_split',lambda: p(r('Ticket INC-004'),'<w:r><w:br w:type="page"/></w:r>',r('8812 as above.'))),
 ('line_break_split',lambda: p(r('Build 4471'),'<w:r><w:br/></w:r>',r('Release R2.3.1'))),
 ('groups_mixed_format',lambda: p(r('Version '),r('10.12','<w:color w:val="C00000"/>'),r('.3456','<w:sz w:val="16"/>'))),
 ('bidi_visual_table',lambda: tbl([['000417','DIP-MSG-20261130-']],extra_tblpr='<w:bidiVisual/>')+P('')),
 ('adjacent_tables',lambda: tbl([['Ref','TC-COS-']])+tbl([['','014']])+P('')),
 ('second_section_header',None),('tel_mailto_target',None),('orphan_footnote',None),('main_part_odd_case',None),
 ('embedded_csv',None),('embedded_json',None),('embedded_eml_b64_attachment',None),('embedded_pdf_text',None),('embedded_pptx_slide',None),
 ('img_tiff_page2',None),('img_gif_late_frame',None),('img_webp_lossless',None),('img_bmp_topdown',None),('img_rot90',None),('img_tiny_text_large',None),('footnote_ref_split',None),('embedded_xml_cdata',None)]
CTRL_TEXT='Message DIP-MSG-20261204-991202 acknowledged, MPAN-REF-09, 12 of 12 checks passed'
def control_item(tn,fn):
    if fn: it=Item(); it.body=fn(); return it
    f,_k=T[tn]
    # reuse the technique with a clean text: monkeypatch prose/lead via kind 'ctrl'
    global prose, lead, imtext
    op,ol,oi=prose,lead,imtext
    prose=lambda k,v: CTRL_TEXT; lead=lambda k: 'Ref '; imtext=lambda k,v: 'Step 3 passed: MPAN-REF-09'
    try:
        it,_,_=f('mpan','DIP-MSG-20261204-991202' if tn not in ('tel_mailto_target',) else 'helpdesk-queue-7')
    finally: prose,lead,imtext=op,ol,oi
    if tn=='tel_mailto_target': it.rels=[('rIdX1','hyperlink','https://dev.azure.com/org/project/_testPlans/execute?planId=4471','External')]
    if tn=='footnote_ref_split': pass
    return it

# ---------- writer ----------
FN_HEAD='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="%s" xmlns:r="%s"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'%(W,RNS)
def build(base,it,out):
    zin=zipfile.ZipFile(f'{ROOT}/base/{base}.docx'); files={n:zin.read(n) for n in zin.namelist()}
    doc=files['word/document.xml'].decode('utf-8'); rels=files['word/_rels/document.xml.rels'].decode(); ct=files['[Content_Types].xml'].decode()
    # ensure namespaces
    m=re.search(r'<w:document\b[^>]*>',doc); tag=m.group(0); add=''
    if 'xmlns:r=' not in tag: add+=f' xmlns:r="{RNS}"'
    if add: doc=doc.replace(tag,tag[:-1]+add+'>',1)
    i=doc.rfind('<w:sectPr'); j=doc.rfind('</w:body>')
    if i<0 or i>j: i=j
    body=it.body
    newrels=[]
    if it.footnotes:
        fid=7; fx=''.join(f'<w:footnote w:id="{fid+n}"><w:p><w:r><w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p></w:footnote>' for n,t in enumerate(it.footnotes))
        files['word/footnotes.xml']=(FN_HEAD+fx+'</w:footnotes>').encode(); newrels.append(('rIdFn9','footnotes','footnotes.xml',None)); it.ov['/word/footnotes.xml']='application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'
    if it.hdr2:
        files['word/header9.xml']=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}" xmlns:r="{RNS}">{it.hdr2}</w:hdr>'.encode(); newrels.append(('rIdHd9','header','header9.xml',None)); it.ov['/word/header9.xml']='application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'
    doc=doc[:i]+body+doc[i:]
    if it.hdr2:
        k=doc.rfind('<w:sectPr'); e=doc.index('>',k)
        if doc[e-1]=='/': doc=doc[:e-1]+'><w:headerReference w:type="default" r:id="rIdHd9"/></w:sectPr>'+doc[e+1:]
        else: doc=doc[:e+1]+'<w:headerReference w:type="default" r:id="rIdHd9"/>'+doc[e+1:]
    for rid,typ,tgt,mode in it.rels+newrels:
        rels=rels.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{RT}{typ}" Target="{xesc(tgt)}"'+(f' TargetMode="{mode}"' if mode else '')+'/></Relationships>')
    for ext,c in it.ct.items():
        if f'Extension="{ext}"' not in ct and f'Extension="{ext.upper()}"' not in ct: ct=ct.replace('</Types>',f'<Default Extension="{ext}" ContentType="{c}"/></Types>')
    for pn,c in it.ov.items(): ct=ct.replace('</Types>',f'<Override PartName="{pn}" ContentType="{c}"/></Types>')
    files['word/document.xml']=doc.encode('utf-8'); files['word/_rels/document.xml.rels']=rels.encode(); files['[Content_Types].xml']=ct.encode()
    files.update(it.parts)
    if it.rename:
        files[it.rename]=files.pop('word/document.xml'); files[it.rename.replace('word/','word/_rels/')+'.rels']=files.pop('word/_rels/document.xml.rels')
        files['[Content_Types].xml']=files['[Content_Types].xml'].replace(b'/word/document.xml',b'/'+it.rename.encode())
        files['_rels/.rels']=files['_rels/.rels'].replace(b'word/document.xml',it.rename.encode())
    order=['[Content_Types].xml']+[n for n in files if n!='[Content_Types].xml']
    with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED) as z:
        for n in order: z.writestr(n,files[n])

def main():
    os.makedirs(f'{ROOT}/corpus',exist_ok=True); os.makedirs(f'{ROOT}/truth/img',exist_ok=True)
    truth=[]; n=0
    combos=[(tn,k) for tn,(f,ks) in T.items() for k in ks]
    for ci,(tn,k) in enumerate(combos):
        v=GEN[k](); f,_=T[tn]; it,where,how=f(k,v); base=BASES[ci%4]
        fn=f'alt_{n:03d}_{tn}_{k}.docx'; build(base,it,f'{ROOT}/corpus/{fn}')
        imgs=[]
        for q,im in enumerate(getattr(it,'img',[])): ip=f'{ROOT}/truth/img/{fn}_{q}.png'; im.save(ip); imgs.append(ip)
        truth.append(dict(file=fn,type='altered',base=base,kind=k,value=v,form=getattr(it,'form',None),technique=tn,where=where,visible=how,truth_images=imgs)); n+=1
    for ci,(tn,fn_) in enumerate(CTRL):
        it=control_item(tn,fn_); base=BASES[(ci+1)%4]; fn=f'ctl_{ci:03d}_{tn}.docx'; build(base,it,f'{ROOT}/corpus/{fn}')
        truth.append(dict(file=fn,type='control',base=base,kind=None,value=None,technique=tn,where='control: same technique, non-identifier content',visible='n/a'))
    for b in BASES:
        import shutil; shutil.copy(f'{ROOT}/base/{b}.docx',f'{ROOT}/corpus/ctl_base_{b}.docx'); truth.append(dict(file=f'ctl_base_{b}.docx',type='control',base=b,technique='unaltered_base',kind=None,value=None,where='base',visible='n/a'))
    json.dump(truth,open(f'{ROOT}/truth/truth.json','w'),indent=1,ensure_ascii=False)
    print(len([t for t in truth if t['type']=='altered']),'altered',len([t for t in truth if t['type']=='control']),'controls')
main()
