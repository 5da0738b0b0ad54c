import zipfile, re, io
from collections import OrderedDict
NS = {
 'w':'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 'r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 'wp':'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 'a':'http://schemas.openxmlformats.org/drawingml/2006/main',
 'pic':'http://schemas.openxmlformats.org/drawingml/2006/picture',
 'c':'http://schemas.openxmlformats.org/drawingml/2006/chart',
 'v':'urn:schemas-microsoft-com:vml',
 'o':'urn:schemas-microsoft-com:office:office',
 'w10':'urn:schemas-microsoft-com:office:word',
 'm':'http://schemas.openxmlformats.org/officeDocument/2006/math',
 'mc':'http://schemas.openxmlformats.org/markup-compatibility/2006',
 'w14':'http://schemas.microsoft.com/office/word/2010/wordml',
 'w15':'http://schemas.microsoft.com/office/word/2012/wordml',
 'wps':'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 'dgm':'http://schemas.openxmlformats.org/drawingml/2006/diagram',
}
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
def rels_path(part):
    d,_,f=part.rpartition('/')
    return (d+'/' if d else '')+'_rels/'+f+'.rels'
class Pkg:
    def __init__(s, path):
        z=zipfile.ZipFile(path); s.parts=OrderedDict((n,z.read(n)) for n in z.namelist()); s.zcomment=b''; s.extra={}
    def get(s,n): return s.parts[n].decode('utf-8')
    def put(s,n,t): s.parts[n]=t.encode('utf-8') if isinstance(t,str) else t
    def has(s,n): return n in s.parts
    def ensure_ns(s, part, root):
        t=s.get(part)
        m=re.search(r'<'+root+r'\b[^>]*>',t)
        tag=m.group(0); new=tag[:-1]
        for p,u in NS.items():
            if f'xmlns:{p}=' not in tag: new+=f' xmlns:{p}="{u}"'
        if 'mc:Ignorable=' in new:
            new=re.sub(r'mc:Ignorable="([^"]*)"',lambda mm:'mc:Ignorable="'+' '.join(sorted(set(mm.group(1).split())|{'w14','w15'}))+'"',new)
        else: new+=' mc:Ignorable="w14 w15"'
        new+='>'
        s.put(part,t.replace(tag,new,1))
    def body_insert(s, xml):
        s.ensure_ns('word/document.xml','w:document')
        t=s.get('word/document.xml')
        i=t.rfind('<w:sectPr')
        j=t.rfind('</w:body>')
        if i<0 or i>j: i=j
        s.put('word/document.xml',t[:i]+xml+t[i:])
    def ct_override(s, partname, ctype):
        t=s.get('[Content_Types].xml')
        if f'PartName="/{partname}"' in t: return
        s.put('[Content_Types].xml',t.replace('</Types>',f'<Override PartName="/{partname}" ContentType="{ctype}"/></Types>'))
    def ct_default(s, ext, ctype):
        t=s.get('[Content_Types].xml')
        if re.search(f'Extension="{ext}"',t,re.I): return
        s.put('[Content_Types].xml',t.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>'))
    def add_rel(s, src, rtype, target, external=False):
        rp=rels_path(src)
        if rp not in s.parts:
            s.put(rp,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        t=s.get(rp)
        ids=set(re.findall(r'Id="([^"]+)"',t)); n=900
        while f'rIdX{n}' in ids: n+=1
        rid=f'rIdX{n}'
        if not rtype.startswith('http'): rtype=RT+rtype
        mode=' TargetMode="External"' if external else ''
        t=re.sub(r'<Relationships([^>]*)/>',r'<Relationships\1></Relationships>',t)
        s.put(rp,t.replace('</Relationships>',f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{mode}/></Relationships>'))
        return rid
    def add_part(s, name, data, ctype=None, src='word/document.xml', rtype=None, target=None):
        s.put(name,data)
        if ctype: s.ct_override(name,ctype)
        if rtype:
            return s.add_rel(src, rtype, target or name.split('word/',1)[-1] if src.startswith('word/') else name)
    def add_image(s, png, src='word/document.xml', name=None):
        s.ct_default('png','image/png')
        n=1
        while f'word/media/ximg{n}.png' in s.parts: n+=1
        name=name or f'word/media/ximg{n}.png'
        s.put(name,png)
        tgt=name[len('word/'):] if src.startswith('word/') else name
        return s.add_rel(src,'image',tgt)
    def save(s, path):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            for n,d in s.parts.items():
                zi=zipfile.ZipInfo(n,(2026,3,14,9,30,0)); zi.compress_type=zipfile.ZIP_DEFLATED
                if n in s.extra: zi.comment=s.extra[n]
                z.writestr(zi,d)
            if s.zcomment: z.comment=s.zcomment
