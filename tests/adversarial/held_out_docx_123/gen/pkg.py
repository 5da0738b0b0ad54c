import zipfile, re
from xml.sax.saxutils import escape as E
NSW='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSR='http://schemas.openxmlformats.org/officeDocument/2006/relationships'
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
NSDECL=('xmlns:w="%s" xmlns:r="%s" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"')%(NSW,NSR)
class Pkg:
    def __init__(s,path):
        z=zipfile.ZipFile(path); s.names=z.namelist(); s.p={n:z.read(n) for n in s.names}
        s.main=s._main()
    def _main(s):
        rels=s.p['_rels/.rels'].decode()
        m=re.search(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"',rels) or re.search(r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"',rels)
        return m.group(1)
    def relsname(s,part):
        d,_,f=part.rpartition('/'); return (d+'/' if d else '')+'_rels/'+f+'.rels'
    def get(s,n): return s.p[n].decode('utf-8')
    def put(s,n,t):
        if n not in s.p: s.names.append(n)
        s.p[n]=t.encode('utf-8') if isinstance(t,str) else t
    def add_rel(s,part,typ,target):
        rn=s.relsname(part)
        x=s.get(rn) if rn in s.p else '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        ids=set(re.findall(r'Id="([^"]+)"',x)); i=900
        while 'rIdX%d'%i in ids: i+=1
        rid='rIdX%d'%i
        x=x.replace('</Relationships>','<Relationship Id="%s" Type="%s" Target="%s"/></Relationships>'%(rid,typ if typ.startswith('http') else RT+typ,target))
        s.put(rn,x); return rid
    def ct_override(s,part,ct):
        x=s.get('[Content_Types].xml')
        if 'PartName="/%s"'%part not in x: x=x.replace('</Types>','<Override PartName="/%s" ContentType="%s"/></Types>'%(part,ct))
        s.put('[Content_Types].xml',x)
    def ct_default(s,ext,ct):
        x=s.get('[Content_Types].xml')
        if re.search(r'Extension="%s"'%ext,x,re.I) is None: x=x.replace('</Types>','<Default Extension="%s" ContentType="%s"/></Types>'%(ext,ct))
        s.put('[Content_Types].xml',x)
    def wdir(s): return s.main.rpartition('/')[0]
    def ensure_root_ns(s,part):
        x=s.get(part); m=re.search(r'<w:(document|comments|endnotes|footnotes|hdr|ftr|numbering|styles)\b[^>]*>',x)
        tag=m.group(0); new=tag
        for decl in re.findall(r'xmlns:(\w+)="([^"]+)"',NSDECL):
            if 'xmlns:%s='%decl[0] not in new: new=new[:-1]+' xmlns:%s="%s">'%decl
        s.put(part,x.replace(tag,new,1))
    def body_append(s,xml):
        s.ensure_root_ns(s.main); x=s.get(s.main); i=x.rfind('<w:sectPr')
        if i<0 or x.rfind('</w:body>')<i: i=x.rfind('</w:body>')
        s.put(s.main,x[:i]+xml+x[i:])
    def body_sectpr_add(s,xml):
        x=s.get(s.main); i=x.rfind('<w:sectPr'); j=x.index('>',i)+1
        if x[j-2]=='/': x=x[:j-2]+'>'+xml+'</w:sectPr>'+x[j:]
        else: x=x[:j]+xml+x[j:]
        s.put(s.main,x)
    def new_media(s,data,ext):
        i=1
        while '%s/media/zimg%d.%s'%(s.wdir(),i,ext) in s.p: i+=1
        n='%s/media/zimg%d.%s'%(s.wdir(),i,ext); s.put(n,data); s.ct_default(ext,'image/'+ext)
        return s.add_rel(s.main,'image','media/zimg%d.%s'%(i,ext))
    def save(s,path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            for n in s.names: z.writestr(n,s.p[n])
def run(t,rpr=''): return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'%(('<w:rPr>%s</w:rPr>'%rpr) if rpr else '',E(t))
def para(inner,ppr=''): return '<w:p>%s%s</w:p>'%(('<w:pPr>%s</w:pPr>'%ppr) if ppr else '',inner)
