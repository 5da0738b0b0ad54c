# Minimal OOXML package editor used by the generator (string-level, deliberate: we want odd XML).
import zipfile, re
NS = {
 'w':'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
 'r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
 'm':'http://schemas.openxmlformats.org/officeDocument/2006/math',
 'wp':'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
 'a':'http://schemas.openxmlformats.org/drawingml/2006/main',
 'pic':'http://schemas.openxmlformats.org/drawingml/2006/picture',
 'wps':'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
 'v':'urn:schemas-microsoft-com:vml','o':'urn:schemas-microsoft-com:office:office',
 'w10':'urn:schemas-microsoft-com:office:word',
 'mc':'http://schemas.openxmlformats.org/markup-compatibility/2006',
 'w14':'http://schemas.microsoft.com/office/word/2010/wordml',
}
RT='http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT='application/vnd.openxmlformats-officedocument.wordprocessingml.'
class Pkg:
    def __init__(self, path):
        z=zipfile.ZipFile(path); self.parts={n:z.read(n) for n in z.namelist()}; self.order=z.namelist(); z.close()
        self.rid=900
    def s(self,n): return self.parts[n].decode('utf-8')
    def put(self,n,data):
        if isinstance(data,str): data=data.encode('utf-8')
        if n not in self.parts: self.order.append(n)
        self.parts[n]=data
    def ct_override(self,partname,ctype):
        c=self.s('[Content_Types].xml')
        if f'PartName="/{partname}"' in c: return
        c=c.replace('</Types>',f'<Override PartName="/{partname}" ContentType="{ctype}"/></Types>'); self.put('[Content_Types].xml',c)
    def ct_default(self,ext,ctype):
        c=self.s('[Content_Types].xml')
        if f'Extension="{ext}"' in c: return
        c=c.replace('</Types>',f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>'); self.put('[Content_Types].xml',c)
    def relsname(self,part):
        d,f=part.rsplit('/',1) if '/' in part else ('',part)
        return (d+'/' if d else '')+'_rels/'+f+'.rels'
    def add_rel(self,src,rtype,target,external=False):
        rn=self.relsname(src)
        if rn not in self.parts:
            self.put(rn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        self.rid+=1; rid=f'rId{self.rid}'
        tm=' TargetMode="External"' if external else ''
        self.put(rn,self.s(rn).replace('</Relationships>',f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{tm}/></Relationships>'))
        return rid
    def find_rel(self,src,rtype_suffix):
        rn=self.relsname(src)
        if rn not in self.parts: return None
        m=re.search(r'<Relationship [^>]*Type="[^"]*/'+rtype_suffix+r'"[^>]*>',self.s(rn))
        if not m: return None
        t=re.search(r'Target="([^"]+)"',m.group(0)).group(1)
        return 'word/'+t if not t.startswith('/') else t[1:]
    def ensure_ns(self,xml):
        m=re.search(r'<w:document\b[^>]*>',xml)
        tag=m.group(0); new=tag
        for p,u in NS.items():
            if f'xmlns:{p}=' not in new: new=new[:-1]+f' xmlns:{p}="{u}">'
        return xml.replace(tag,new,1)
    def body_add(self,frag):
        d=self.ensure_ns(self.s('word/document.xml'))
        i=d.rfind('<w:sectPr'); d=d[:i]+frag+d[i:]; self.put('word/document.xml',d)
    def doc_replace(self,fn):
        self.put('word/document.xml',fn(self.ensure_ns(self.s('word/document.xml'))))
    def sect_add(self,frag,first=True):
        d=self.s('word/document.xml'); i=d.rfind('<w:sectPr'); j=d.index('>',i)
        if d[j-1]=='/':
            d=d[:j-1]+'>'+frag+'</w:sectPr>'+d[j+1:]
        else:
            if first: d=d[:j+1]+frag+d[j+1:]
            else:
                k=d.rfind('</w:sectPr>'); d=d[:k]+frag+d[k:]
        self.put('word/document.xml',d)
    def settings_add(self,frag):
        sp=self.find_rel('word/document.xml','settings')
        if not sp:
            sp='word/settings.xml'; self.put(sp,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{NS["w"]}"></w:settings>')
            self.add_rel('word/document.xml',RT+'settings','settings.xml'); self.ct_override(sp,CT+'settings+xml')
        s=self.s(sp); m=re.search(r'<w:settings\b[^>]*>',s); s=s[:m.end()]+frag+s[m.end():]; self.put(sp,s)
    def numbering_add(self,abstract,num):
        np_=self.find_rel('word/document.xml','numbering')
        if not np_:
            np_='word/numbering.xml'; self.put(np_,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{NS["w"]}"></w:numbering>')
            self.add_rel('word/document.xml',RT+'numbering','numbering.xml'); self.ct_override(np_,CT+'numbering+xml')
        s=self.s(np_)
        i=s.find('<w:num ');
        if i<0: i=s.find('</w:numbering>')
        s=s[:i]+abstract+s[i:]; s=s.replace('</w:numbering>',num+'</w:numbering>'); self.put(np_,s)
    def notes_add(self,kind,note_xml_inner,nid=9):
        # kind footnote|endnote
        part=f'word/{kind}s.xml'; ex=self.find_rel('word/document.xml',kind+'s')
        if ex: part=ex
        else:
            sep=f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
            self.put(part,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}" xmlns:m="{NS["m"]}">{sep}</w:{kind}s>')
            self.add_rel('word/document.xml',RT+kind+'s',f'{kind}s.xml'); self.ct_override(part,CT+kind+'s+xml')
        s=self.s(part); s=s.replace(f'</w:{kind}s>',note_xml_inner+f'</w:{kind}s>'); self.put(part,s)
    def add_hf(self,kind,htype,inner):
        # kind header|footer
        n=sum(1 for p in self.parts if p.startswith(f'word/{kind}'))+7
        part=f'word/{kind}{n}.xml'
        tag='hdr' if kind=='header' else 'ftr'
        nsd=' '.join(f'xmlns:{p}="{u}"' for p,u in NS.items())
        self.put(part,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {nsd}>{inner}</w:{tag}>')
        rid=self.add_rel('word/document.xml',RT+kind,f'{kind}{n}.xml'); self.ct_override(part,CT+kind+'+xml')
        # drop existing reference of same kind/type
        d=self.s('word/document.xml'); i=d.rfind('<w:sectPr')
        tail=re.sub(rf'<w:{kind}Reference w:type="{htype}"[^>]*/>','',d[i:]); self.put('word/document.xml',d[:i]+tail)
        self.sect_add(f'<w:{kind}Reference w:type="{htype}" r:id="{rid}"/>')
        d=self.s('word/document.xml')
        if 'xmlns:r=' not in d[:3000]: self.put('word/document.xml',self.ensure_ns(d))
    def save(self,path,writer=None):
        with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
            for n in self.order: z.writestr(n,self.parts[n])
