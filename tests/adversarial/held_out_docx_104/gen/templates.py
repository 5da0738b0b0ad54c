import sys,os,random,json,hashlib,io
sys.path.insert(0,os.path.dirname(__file__))
import gen, idents, imgs
from gen import *
TO='/tmp/ho51/docx/templates'
LS='\u2028'; HF='\u3164'; KC='\ufe0f\u20e3'
def hdr_text(p,xml): add_header(p,xml)
def main():
    r=random.Random(5151); os.makedirs(TO,exist_ok=True); out=[]
    def new(): return Pkg(B+'/demo.docx')
    specs=[]
    def sdt(v,l): return f'<w:p>{R(l+": ")}<w:sdt><w:sdtPr><w:temporary/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>{esc(v)}</w:t></w:r></w:sdtContent></w:sdt></w:p>'
    def adv(v,l):
        a,b=halves(v); return f'<w:p>{R(l+": "+a)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADVANCE \\r 0 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>{R(b)}</w:p>'
    def dd(v,l): return f'<w:p>{R(l+": ")}<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/><w:enabled/><w:ddList><w:result w:val="1"/><w:listEntry w:val="(choose)"/><w:listEntry w:val="{esc(v)}"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    ids=[idents.make(r) for _ in range(12)]
    cases=[('tp01_header_sdt_plchdr','mpan',lambda p,v,l: add_header(p,sdt(v,l))),
           ('tp02_header_advance_split','serial',lambda p,v,l: add_header(p,adv(v,l))),
           ('tp03_dc_identifier','eui64',lambda p,v,l: T05(p,l,v,'eui64')),
           ('tp04_header_u2028','phone',lambda p,v,l: add_header(p,'<w:p>'+R(l+': '+sepjoin(v,'phone',LS))+'</w:p>')),
           ('tp05_header_hangul_filler','postcode',lambda p,v,l: add_header(p,'<w:p>'+R(l+': '+sepjoin(v,'postcode',HF))+'</w:p>')),
           ('tp06_header_formdropdown','name',lambda p,v,l: add_header(p,dd(v,l))),
           ('tp07_header_curved_label_png','mprn',None),
           ('tp08_header_squiggle_png','email',None),
           ('tp09_style_alias_hangul','account',None),
           ('tp10_header_keycap','mpan',lambda p,v,l: add_header(p,'<w:p>'+R(l+': '+''.join(c+KC if c.isdigit() else c for c in v))+'</w:p>')),
           ('tp11_header_wingdings_sym','account',lambda p,v,l: add_header(p,'<w:p>'+R(l+': ')+''.join(f'<w:r><w:sym w:font="Wingdings" w:char="F0{0x80+int(c):02X}"/></w:r>' for c in v)+'</w:p>')),
           ('tp12_header_address_plain_control_like','address',lambda p,v,l: add_header(p,f'<w:p>{R(l+": "+v)}</w:p>'))]
    for k,(name,kind,fn) in enumerate(cases):
        p=new(); v=ids[k][kind]; l=idents.LABEL[kind]; extra={}
        if name.startswith('tp07') or name.startswith('tp08'):
            im=(imgs.curved if 'curved' in name else imgs.squiggle)(l,v,r)
            p.parts['word/header51.xml']=b''  # placeholder so add_rel targets header part
            p.n+=1; bio=io.BytesIO(); im.save(bio,'PNG'); data=bio.getvalue(); extra['png_sha256']=hashlib.sha256(data).hexdigest()
            nm=f'media/h51tpl{k}.png'; p.parts['word/'+nm]=data; p.ct(ext='png',ctype='image/png')
            rid=p.add_rel('word/header51.xml','http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',nm)
            cx=int(3.5*914400); cy=int(cx*im.height/im.width)
            dr=(f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="9051" name="Picture"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="9051" name="label.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
            del p.parts['word/header51.xml']; add_header(p,dr); im.save(f'{TO}/{name}.png')
        elif name.startswith('tp09'):
            from lxml import etree
            t=etree.fromstring(p.parts['word/styles.xml'])
            st=[s for s in t.findall(f'{{{W}}}style') if s.get(f'{{{W}}}styleId')=='AttestLabel'] or t.findall(f'{{{W}}}style')[:1]
            s=st[0]; al=s.find(f'{{{W}}}aliases')
            if al is None:
                al=etree.Element(f'{{{W}}}aliases'); s.insert(1,al)
            al.set(f'{{{W}}}val','Label '+'\u3164'.join(groups(v,'account')))
            p.parts['word/styles.xml']=etree.tostring(t,xml_declaration=True,encoding='UTF-8',standalone=True); extra['style']=s.get(f'{{{W}}}styleId')
        else: fn(p,v,l)
        p.save(f'{TO}/{name}.docx'); out.append(dict(file=name+'.docx',kind=kind,value=v,**extra))
    json.dump(out,open('/tmp/ho51/docx/templates_truth.json','w'),indent=1,ensure_ascii=False); print(len(out))
main()
