import zipfile, re
NS={'w':'http://schemas.openxmlformats.org/wordprocessingml/2006/main','r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
'wp':'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing','v':'urn:schemas-microsoft-com:vml','o':'urn:schemas-microsoft-com:office:office',
'w10':'urn:schemas-microsoft-com:office:word'}
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.order=[i.filename for i in z.infolist()]; s.parts={n:z.read(n) for n in s.order}
        s.docpath=s._main()
    def _main(s):
        rels=s.parts['_rels/.rels'].decode()
        m=re.search(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"',rels) or re.search(r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"',rels)
        return m.group(1)
    def get(s,n): return s.parts[n].decode('utf-8')
    def put(s,n,t):
        if n not in s.parts: s.order.append(n)
        s.parts[n]=t.encode('utf-8') if isinstance(t,str) else t
    def ct_default(s,ext,ctype):
        c=s.get('[Content_Types].xml')
        if f'Extension="{ext}"' not in c and f"Extension='{ext}'" not in c:
            c=c.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>'); s.put('[Content_Types].xml',c)
    def ct_override(s,part,ctype):
        c=s.get('[Content_Types].xml')
        if f'PartName="/{part}"' not in c:
            c=c.replace('</Types>',f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>'); s.put('[Content_Types].xml',c)
    def relsname(s,part):
        d,_,f=part.rpartition('/'); return (d+'/' if d else '')+'_rels/'+f+'.rels'
    def add_rel(s,source,typ,target,mode=None):
        rn=s.relsname(source) if source else '_rels/.rels'
        if rn not in s.parts:
            s.put(rn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        r=s.get(rn); i=1
        while f'Id="rIdX{i}"' in r: i+=1
        rid=f'rIdX{i}'; tm=f' TargetMode="{mode}"' if mode else ''
        r=r.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{typ if typ.startswith("http") else RT+typ}" Target="{target}"{tm}/></Relationships>')
        s.put(rn,r); return rid
    def doc(s): return s.get(s.docpath)
    def ensure_ns(s,part,prefixes):
        t=s.get(part); m=re.search(r'<w:(document|hdr|ftr|comments|settings)\b[^>]*>',t)
        root=m.group(0); new=root
        for p in prefixes:
            if f'xmlns:{p}=' not in new: new=new[:-1]+f' xmlns:{p}="{NS[p]}">'
        if new!=root: t=t.replace(root,new,1); s.put(part,t)
    def body_insert(s,xml,prefixes=('w','r','wp','v','o','w10')):
        s.ensure_ns(s.docpath,prefixes); t=s.doc()
        i=t.rfind('<w:sectPr')
        if i<0 or t.find('</w:body>')<i: i=t.rfind('</w:body>')
        s.put(s.docpath,t[:i]+xml+t[i:])
    def save(s,path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            for n in s.order: z.writestr(n,s.parts[n])
def esc(x): return x.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;')
def para(text,extra_rpr=''):
    return f'<w:p><w:r>{("<w:rPr>"+extra_rpr+"</w:rPr>") if extra_rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
