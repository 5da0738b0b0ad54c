# Generates altered copies (one hidden identifier each) and clean controls, plus truth.json.
import zipfile, io, re, os, json, random, base64, zlib, struct, uuid, hashlib, html
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
R=random.Random(3312)
ROOT='/tmp/ho33/docx'; OUT=ROOT+'/corpus'; os.makedirs(OUT+'/altered',exist_ok=True); os.makedirs(OUT+'/controls',exist_ok=True)
BASES={'B1':ROOT+'/base/attest_demo_pack.docx','B2':ROOT+'/base/pydocx_cos_evidence.docx','B3':ROOT+'/base/libreoffice_srv_witness.docx','B4':ROOT+'/base/attest_pack_utc.docx'}
NS=dict(w='http://schemas.openxmlformats.org/wordprocessingml/2006/main',r='http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',a='http://schemas.openxmlformats.org/drawingml/2006/main',
 pic='http://schemas.openxmlformats.org/drawingml/2006/picture',v='urn:schemas-microsoft-com:vml',o='urn:schemas-microsoft-com:office:office',
 wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape',m='http://schemas.openxmlformats.org/officeDocument/2006/math',
 mc='http://schemas.openxmlformats.org/markup-compatibility/2006',c='http://schemas.openxmlformats.org/drawingml/2006/chart',
 dgm='http://schemas.openxmlformats.org/drawingml/2006/diagram',w10='urn:schemas-microsoft-com:office:word')
def X(*p): return ' '.join(f'xmlns:{k}="{NS[k]}"' for k in p)
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
# ---------- identifiers ----------
W=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan():
    while True:
        d=[int(x) for x in str(R.randint(10,23))+''.join(str(R.randint(0,9)) for _ in range(10))]
        c=sum(a*b for a,b in zip(d,W))%11%10
        return ''.join(map(str,d))+str(c)
def mprn(): return str(R.choice([7,8,9]))+''.join(str(R.randint(0,9)) for _ in range(9))
def eserial(): return R.choice(['S','K','L','E','M'])+R.choice('ABCDKLMP')+str(R.randint(10,24))+R.choice('ABCDEFGHJ')+''.join(str(R.randint(0,9)) for _ in range(5))
def gserial(): return R.choice(['G4A','G4K','E6S'])+''.join(str(R.randint(0,9)) for _ in range(8 if True else 11))
def eui(): return '-'.join(f'{R.randint(0,255):02X}' for _ in range(8))
STREETS=['Larkspur Close','Tannery Lane','Wharfedale Road','Cobden Street','Harebell Avenue','Kestrel Drive','Mill Race Court','Ashgrove Terrace']
TOWNS=[('Wetherby','LS22 7QN'),('Kendal','LA9 6BX'),('Rugby','CV21 3HP'),('Taunton','TA1 4RW'),('Ely','CB7 4DJ'),('Hexham','NE46 2LT'),('Bangor','LL57 1UF'),('Swindon','SN2 8YZ')]
NAMES=['Eleanor Pargeter','Dominic Achterberg','Priya Ravensworth','Callum Oyelaran','Marguerite Tolland','Rhys Fenwicke']
def phone(): return R.choice(['07700 900','01632 960'])+f'{R.randint(0,999):03d}'
def email(): n=R.choice(NAMES).lower().split(); return R.choice([f'{n[0]}.{n[1]}',f'{n[0][0]}{n[1]}{R.randint(1,99)}',f'{n[1]}.{n[0][0]}']) +'@'+R.choice(['example.com','example.org','example.net'])
def address(): t=R.choice(TOWNS); return f'{R.randint(2,98)} {R.choice(STREETS)}, {t[0]} {t[1]}'
USED=set()
def ident(kind):
    while True:
        if kind=='mpan': v=mpan(); disp=v
        elif kind=='mprn': v=mprn(); disp=v
        elif kind=='eserial': v=eserial(); disp=v
        elif kind=='gserial': v=gserial(); disp=v
        elif kind=='eui64': v=eui(); disp=v
        elif kind=='phone': v=phone(); disp=v
        elif kind=='email': v=email(); disp=v
        elif kind=='address': v=address(); disp=v
        if v not in USED: USED.add(v); return v
LABEL={'mpan':'MPAN','mprn':'MPRN','eserial':'Meter serial','gserial':'Gas meter','eui64':'ESME device id','phone':'Customer tel','email':'Customer e-mail','address':'Supply address'}
# ---------- package helpers ----------
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.names=[i.filename for i in z.infolist()]; s.f={n:z.read(n) for n in s.names}; s.zcomment=b''; s.mcomments={}; s.stored=set(); s.n=0
    def get(s,n): return s.f[n].decode('utf-8')
    def put(s,n,data):
        if isinstance(data,str): data=data.encode('utf-8')
        if n not in s.f: s.names.append(n)
        s.f[n]=data
    def ct_default(s,ext,ct):
        c=s.get('[Content_Types].xml')
        if f'Extension="{ext}"' not in c and f"Extension='{ext}'" not in c:
            c=c.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ct}"/></Types>'); s.put('[Content_Types].xml',c)
    def ct_override(s,part,ct):
        c=s.get('[Content_Types].xml'); c=c.replace('</Types>',f'<Override PartName="/{part}" ContentType="{ct}"/></Types>'); s.put('[Content_Types].xml',c)
    def rel(s,src,typ,target,external=False):
        d,b=os.path.split(src); rp=f'{d}/_rels/{b}.rels' if d else f'_rels/{b}.rels'
        if rp not in s.f: s.put(rp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        c=s.get(rp); s.n+=1; rid=f'rIdH{s.n}'
        tm=' TargetMode="External"' if external else ''
        c=c.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{typ if typ.startswith("http") else RT+typ}" Target="{html.escape(target,quote=True)}"{tm}/></Relationships>'); s.put(rp,c); return rid
    def body(s,frag):
        d=s.get('word/document.xml'); i=d.rfind('<w:sectPr'); 
        d=d[:i]+frag+d[i:]; s.put('word/document.xml',d)
    def sect(s,fn):
        d=s.get('word/document.xml'); i=d.rfind('<w:sectPr'); j=d.find('</w:sectPr>',i)
        sp=d[i:j]; sp=fn(sp); d=d[:i]+sp+d[j:]; s.put('word/document.xml',d)
    def save(s,path):
        z=zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED)
        for n in s.names:
            zi=zipfile.ZipInfo(n,(2026,12,4,19,0,0)); zi.compress_type=zipfile.ZIP_STORED if n in s.stored else zipfile.ZIP_DEFLATED
            if n in s.mcomments: zi.comment=s.mcomments[n]
            z.writestr(zi,s.f[n])
        z.comment=s.zcomment; z.close()
def esc(t): return html.escape(t,quote=True)
def P(inner): return f'<w:p>{inner}</w:p>'
def Rn(t,rpr=''): return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def para(t,rpr=''): return P(Rn(t,rpr))
def groups(v,kind):
    if kind=='mpan': return [v[:2],v[2:6],v[6:10],v[10:]]
    if kind=='mprn': return [v[:4],v[4:7],v[7:]]
    if kind in('eserial','gserial'): return [v[:len(v)//2],v[len(v)//2:]]
    if kind=='eui64': return [v[:11],v[11:]]
    if kind=='phone': return v.split(' ',1)
    if kind=='email': i=v.index('@'); return [v[:i],v[i:]]
    if kind=='address': a,b=v.rsplit(', ',1); return [a+',',b]
def png_text(text,size=(900,120),fs=40,fg=(0,0,0),bg=(255,255,255),mode='RGB'):
    im=Image.new(mode,size,bg); d=ImageDraw.Draw(im); f=ImageFont.truetype(FONT,fs); d.text((20,(size[1]-fs)//2-5),text,fill=fg,font=f); return im
def imgbytes(im,fmt,**kw): b=io.BytesIO(); im.save(b,fmt,**kw); return b.getvalue()
CLEAN_PNG=imgbytes(png_text('Evidence screenshot (redacted)',fs=30),'PNG')
def add_media(p,name,data,ct):
    ext=name.rsplit('.',1)[1]; p.ct_default(ext,ct); p.put('word/media/'+name,data); return p.rel('word/document.xml','image','media/'+name)
IMGID=[9000]
def drawing(rid,cx=4000000,cy=600000,name='Picture',descr='',title='',extra_blip='',cname=None,cdescr=''):
    IMGID[0]+=1; i=IMGID[0]
    return (f'<w:r><w:drawing><wp:inline {X("wp")} distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{i}" name="{esc(name)}" descr="{esc(descr)}"{" title=%s"%chr(34)+esc(title)+chr(34) if title else ""}/>'
     f'<a:graphic {X("a")}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic {X("pic")}><pic:nvPicPr><pic:cNvPr id="{i}" name="{esc(cname or name)}" descr="{esc(cdescr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
     f'<pic:blipFill><a:blip {X("r")} {rid}>{extra_blip}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
# ---------- CFB (OLE) writer: all streams >= 4096 bytes so no mini stream ----------
def cfb(streams):
    SS=512; ENDC=0xFFFFFFFE; FREE=0xFFFFFFFF; FATS=0xFFFFFFFD
    items=[(n,(d+b'\0'*max(0,4096-len(d)))) for n,d in streams]
    data=b''; starts=[]; fat=[]
    for n,d in items:
        d=d+b'\0'*((-len(d))%SS); k=len(d)//SS; s=len(fat); starts.append(s)
        fat+= [s+i+1 for i in range(k-1)]+[ENDC]; data+=d
    # directory
    ents=[('Root Entry',5,ENDC,0)]+[(n,2,st,len(dd)) for (n,dd),st in zip(items,starts)]
    nd=(len(ents)+3)//4; dstart=len(fat); fat+=[dstart+i+1 for i in range(nd-1)]+[ENDC]
    nfat=1
    while (len(fat)+nfat)>nfat*128: nfat+=1
    fatstart=len(fat); fat+=[FATS]*nfat; fat+=[FREE]*(nfat*128-len(fat))
    # sibling chain sorted by CFB order
    order=sorted(range(1,len(ents)),key=lambda i:(len(ents[i][0]),ents[i][0].upper()))
    dirb=b''
    for idx,(n,typ,st,sz) in enumerate(ents):
        nm=n.encode('utf-16-le')+b'\0\0'; nm=nm+b'\0'*(64-len(nm))
        left=right=child=FREE
        if idx==0: child=order[0] if order else FREE
        else:
            pos=order.index(idx); right=order[pos+1] if pos+1<len(order) else FREE
        clsid=b'\0'*16
        if idx==0: clsid=bytes.fromhex('0c00030000000000c000000000000046')[::1]
        dirb+=nm+struct.pack('<HBBIII',len(n.encode('utf-16-le'))+2,typ,1,left,right,child)+clsid+b'\0'*4+b'\0'*16+struct.pack('<III',st,sz,0)
        dirb=dirb[:-8]+struct.pack('<II',st if typ==2 else ENDC,sz)+b'\0'*0
        dirb+=b''  
    # fix entry length: each must be 128
    ents_b=b''
    for k in range(0,len(dirb),0): pass
    dirb=dirb+b'\0'*((-len(dirb))%SS)
    # empty dir entries need FREE sibling ids; zero bytes are acceptable for unused entries in practice
    hdr=bytes.fromhex('d0cf11e0a1b11ae1')+b'\0'*16+struct.pack('<HHHHH',0x3E,3,0xFFFE,9,6)+b'\0'*6+struct.pack('<IIIIIIIII',0,nfat,dstart,0,4096,ENDC,0,ENDC,0)
    difat=[fatstart+i for i in range(nfat)]+[FREE]*(109-nfat)
    hdr+=struct.pack('<109I',*difat); hdr=hdr+b'\0'*(SS-len(hdr))
    fatb=struct.pack(f'<{len(fat)}I',*fat)
    return hdr+data+dirb+fatb
def dirent(n,typ,left,right,child,st,sz):
    nm=n.encode('utf-16-le')+b'\0\0'; nm=nm+b'\0'*(64-len(nm))
    return nm+struct.pack('<HBBIII',len(n.encode('utf-16-le'))+2,typ,1,left,right,child)+b'\0'*16+b'\0'*4+b'\0'*16+struct.pack('<III',st,sz,0)
def ole10native(label,content,path=None):
    path=path or 'C:\\Users\\tester\\Desktop\\'+label
    body=struct.pack('<H',2)+label.encode('latin-1')+b'\0'+path.encode('latin-1')+b'\0'+struct.pack('<HH',0,3)+struct.pack('<I',len(path)+1)+path.encode('latin-1')+b'\0'+struct.pack('<I',len(content))+content+b'\0\0'
    return struct.pack('<I',len(body))+body
COMPOBJ=b'\x01\x00\xfe\xff\x03\n\x00\x00\xff\xff\xff\xff\x0c\x00\x03\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F\x0c\x00\x00\x00OLE Package\x00\x00\x00\x00\x00\x08\x00\x00\x00Package\x00\xf49\xb2q\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
def cfb2(streams):
    # rewrite of cfb() directory with proper 128-byte entries
    SS=512; ENDC=0xFFFFFFFE; FREE=0xFFFFFFFF; FATS=0xFFFFFFFD
    items=[(n,(d+b'\0'*max(0,4096-len(d)))) for n,d in streams]
    data=b''; starts=[]; fat=[]
    for n,d in items:
        d=d+b'\0'*((-len(d))%SS); k=len(d)//SS; s=len(fat); starts.append(s); fat+=[s+i+1 for i in range(k-1)]+[ENDC]; data+=d
    n_ent=len(items)+1; nd=(n_ent+3)//4; dstart=len(fat); fat+=[dstart+i+1 for i in range(nd-1)]+[ENDC]
    nfat=1
    while len(fat)+nfat>nfat*128: nfat+=1
    fatstart=len(fat); fat+=[FATS]*nfat; fat+=[FREE]*(nfat*128-len(fat))
    order=sorted(range(1,n_ent),key=lambda i:(len(items[i-1][0]),items[i-1][0].upper()))
    dirb=dirent('Root Entry',5,FREE,FREE,order[0],ENDC,0)
    for i in range(1,n_ent):
        pos=order.index(i); right=order[pos+1] if pos+1<len(order) else FREE
        dirb+=dirent(items[i-1][0],2,FREE,right,FREE,starts[i-1],len(items[i-1][1]))
    while len(dirb)%SS: dirb+=b'\0'*64+b'\0\0'+b'\0\0'+struct.pack('<III',FREE,FREE,FREE)+b'\0'*48
    assert len(dirent('x',2,0,0,0,0,0))==128
    hdr=bytes.fromhex('d0cf11e0a1b11ae1')+b'\0'*16+struct.pack('<HHHHH',0x3E,3,0xFFFE,9,6)+b'\0'*6+struct.pack('<IIIIIIIII',0,nfat,dstart,0,4096,ENDC,0,ENDC,0)
    hdr+=struct.pack('<109I',*([fatstart+i for i in range(nfat)]+[FREE]*(109-nfat)))
    return hdr+data+dirb+struct.pack(f'<{len(fat)}I',*fat)
def add_ole(p,bin_bytes,icon_png=CLEAN_PNG,progid='Package',target_name=None,ct='application/vnd.openxmlformats-officedocument.oleObject',link=None):
    IMGID[0]+=1; i=IMGID[0]
    irid=add_media(p,f'oleicon{i}.png',icon_png,'image/png')
    if link:
        orid=p.rel('word/document.xml','oleObject',link,external=True); typ='Link'
    else:
        tn=target_name or f'oleObject{i}.bin'; ext=tn.rsplit('.',1)[1]
        if ext=='bin': p.ct_default('bin',ct)
        else: p.ct_default(ext,ct)
        p.put('word/embeddings/'+tn,bin_bytes); orid=p.rel('word/document.xml','oleObject' if ext=='bin' else 'package','embeddings/'+tn); typ='Embed'
    upd=' UpdateMode="Always"' if link else ''
    return P(f'<w:r><w:object {X("v","o","r")} w:dxaOrig="1531" w:dyaOrig="990"><v:shape id="_x0000_i{i}" type="#_x0000_t75" style="width:76.5pt;height:49.5pt" o:ole=""><v:imagedata r:id="{irid}" o:title=""/></v:shape><o:OLEObject Type="{typ}" ProgID="{progid}" ShapeID="_x0000_i{i}" DrawAspect="Icon" ObjectID="_17{i}" r:id="{orid}"{upd}/></w:object></w:r>')
# ---------- ICC ----------
def icc(desc,cprt='Copyright (c) 2026 Attest test'):
    def mluc(t): e=t.encode('utf-16-be'); return b'mluc'+b'\0'*4+struct.pack('>II',1,12)+b'enUS'+struct.pack('>II',len(e),28)+e
    def text(t): return b'desc'+b'\0'*4+struct.pack('>I',len(t)+1)+t.encode()+b'\0'+b'\0'*12+b'\0'*67  # desc type v2
    tags=[(b'desc',text(desc)),(b'cprt',b'text'+b'\0'*4+cprt.encode()+b'\0'),(b'wtpt',b'XYZ '+b'\0'*4+struct.pack('>iii',63190,65536,54061))]
    off=128+4+12*len(tags); table=b''; blob=b''
    for sig,d in tags:
        d=d+b'\0'*((-len(d))%4); table+=sig+struct.pack('>II',off+len(blob),len(d)); blob+=d
    body=struct.pack('>I',len(tags))+table+blob; size=128+len(body)
    hdr=struct.pack('>I',size)+b'lcms'+bytes([2,0x10,0,0])+b'mntrRGB XYZ '+struct.pack('>6H',2026,12,4,19,0,0)+b'acsp'+b'APPL'+b'\0'*4+b'\0'*4+b'\0'*4+b'\0'*8+b'\0'*4+struct.pack('>iii',63190,65536,54061)+b'lcms'+b'\0'*44
    hdr=hdr[:128]; return hdr+body
# ---------- XMP ----------
def xmp(desc): return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">'+esc(desc)+'</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()
def jpeg_with_app(jpg,marker,payload):
    seg=bytes([0xFF,marker])+struct.pack('>H',len(payload)+2)+payload
    return jpg[:2]+seg+jpg[2:]
def header_part(p,inner,kind='header',typ='default'):
    IMGID[0]+=1; n=f'word/{kind}H{IMGID[0]}.xml'
    p.put(n,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{"hdr" if kind=="header" else "ftr"} xmlns:w="{NS["w"]}" {X("r","v","o","w10","wp","a","pic")}>{inner}</w:{"hdr" if kind=="header" else "ftr"}>')
    p.ct_override(n,f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml')
    rid=p.rel('word/document.xml',kind,n.split('/',1)[1])
    tag='w:headerReference' if kind=='header' else 'w:footerReference'
    def fn(sp):
        sp=re.sub(rf'<{tag}[^>]*w:type="{typ}"[^>]*/>','',sp)
        k=sp.find('>')+1; sp=sp[:k]+f'<{tag} w:type="{typ}" r:id="{rid}"/>'+sp[k:]
        if typ=='first' and '<w:titlePg' not in sp:
            m=sp.rfind('<w:docGrid'); 
            if m<0: m=len(sp)
            else: m=sp.find('>',m)+1
            sp=sp[:m]+'<w:titlePg/>'+sp[m:]
        return sp
    p.sect(fn)
    if typ=='even':
        s=p.get('word/settings.xml'); k=s.find('>',s.find('<w:settings'))+1; s=s[:k]+'<w:evenAndOddHeaders/>'+s[k:]; p.put('word/settings.xml',s)
def notes(p,kind,text_xml):
    part=f'word/{kind}s.xml'; tag='footnote' if kind=='footnote' else 'endnote'
    if part not in p.f:
        p.put(part,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}><w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}></w:{tag}s>')
        p.ct_override(part,f'application/vnd.openxmlformats-officedocument.wordprocessingml.{tag}s+xml'); p.rel('word/document.xml',tag+'s',f'{tag}s.xml')
    c=p.get(part); c=c.replace(f'</w:{tag}s>',f'<w:{tag} w:id="901"><w:p><w:r><w:{tag}Ref/></w:r>{text_xml}</w:p></w:{tag}></w:{tag}s>'); p.put(part,c)
    p.body(P(Rn('See note')+f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Reference w:id="901"/></w:r>'))
def comment(p,text_xml,author='SIT Tester',initials='ST',anchor='Observation on step 3'):
    part='word/comments.xml'
    if part not in p.f:
        p.put(part,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{NS["w"]}"></w:comments>')
        p.ct_override(part,'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'); p.rel('word/document.xml','comments','comments.xml')
    c=p.get(part); c=c.replace('</w:comments>',f'<w:comment w:id="901" w:author="{esc(author)}" w:date="2026-11-03T10:15:00Z" w:initials="{esc(initials)}"><w:p>{text_xml}</w:p></w:comment></w:comments>'); p.put(part,c)
    p.body(P(f'<w:commentRangeStart w:id="901"/>{Rn(anchor)}<w:commentRangeEnd w:id="901"/><w:r><w:commentReference w:id="901"/></w:r>'))
def settings_insert(p,frag):
    s=p.get('word/settings.xml')
    for t in ['<w:rsids','<m:mathPr','<w:themeFontLang','<w:clrSchemeMapping','<w:decimalSymbol','</w:settings>']:
        k=s.find(t)
        if k>=0: break
    s=s[:k]+frag+s[k:]; p.put('word/settings.xml',s)
def numbering(p,lvltext):
    part='word/numbering.xml'
    if part not in p.f:
        p.put(part,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{NS["w"]}"></w:numbering>')
        p.ct_override(part,'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'); p.rel('word/document.xml','numbering','numbering.xml')
    c=p.get(part); k=c.find('>',c.find('<w:numbering'))+1
    c=c[:k]+f'<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{esc(lvltext)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="3600" w:hanging="3600"/></w:pPr></w:lvl></w:abstractNum>'+c[k:]
    c=c.replace('</w:numbering>','<w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num></w:numbering>'); p.put(part,c)
    p.body(P('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr></w:pPr>'+Rn('Meter exchange confirmed on site visit')))
def style(p,name,alias=None,sid='AttestH901'):
    c=p.get('word/styles.xml'); al=f'<w:aliases w:val="{esc(alias)}"/>' if alias else ''
    c=c.replace('</w:styles>',f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{esc(name)}"/>{al}<w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/></w:rPr></w:style></w:styles>'); p.put('word/styles.xml',c)
    p.body(P(f'<w:pPr><w:pStyle w:val="{sid}"/></w:pPr>'+Rn('Site visit notes')))
def altchunk(p,data,ext,ct):
    IMGID[0]+=1; n=f'word/afchunk{IMGID[0]}.{ext}'; p.put(n,data); p.ct_default(ext,ct)
    rid=p.rel('word/document.xml','aFChunk',n.split('/',1)[1]); p.body(f'<w:altChunk xmlns:r="{NS["r"]}" r:id="{rid}"/>')
def core(p,field,val):
    c=p.get('docProps/core.xml'); tag={'title':'dc:title','subject':'dc:subject','creator':'dc:creator','keywords':'cp:keywords','description':'dc:description','lastModifiedBy':'cp:lastModifiedBy','category':'cp:category'}[field]
    c=re.sub(rf'<{tag}\s*/>|<{tag}>.*?</{tag}>','',c,flags=re.S)
    if 'xmlns:dc=' not in c: c=c.replace('<cp:coreProperties','<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"',1)
    c=c.replace('</cp:coreProperties>',f'<{tag}>{esc(val)}</{tag}></cp:coreProperties>'); p.put('docProps/core.xml',c)
def app(p,tag,val):
    c=p.get('docProps/app.xml'); c=re.sub(rf'<{tag}\s*/>|<{tag}>.*?</{tag}>','',c,flags=re.S); c=c.replace('</Properties>',f'<{tag}>{esc(val)}</{tag}></Properties>'); p.put('docProps/app.xml',c)
def custom(p,name,val):
    part='docProps/custom.xml'
    if part not in p.f:
        p.put(part,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>')
        p.ct_override(part,'application/vnd.openxmlformats-officedocument.custom-properties+xml'); p.rel('','http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties','docProps/custom.xml')
    c=p.get(part); pid=max([int(x) for x in re.findall(r'pid="(\d+)"',c)]+[1])+1
    c=c.replace('</Properties>',f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{esc(name)}"><vt:lpwstr>{esc(val)}</vt:lpwstr></property></Properties>'); p.put(part,c)
