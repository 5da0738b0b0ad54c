# deterministic corpus generator: python gen/gen.py  (seed 5656)
import sys, os, json, random, hashlib, re
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from pkg import Pkg, para, run, E
import tech, idents, images
R='/tmp/ho56/docx'; B=R+'/bases'
BASES=['pack','demo','pydocx','lo','wordlike']
rnd=random.Random(5656)
os.makedirs(R+'/corpus/altered',exist_ok=True); os.makedirs(R+'/corpus/controls',exist_ok=True); os.makedirs(R+'/corpus/templates',exist_ok=True)
truth=[]
TL=list(tech.TECHS)
def build(out,tname,base,label,value,kind,role):
    P=Pkg('%s/base_%s.docx'%(B,base)); info=tech.TECHS[tname](P,label,value,kind,4000+len(truth))
    P.save(out); d=dict(file=os.path.relpath(out,R),technique=tname,base=base,kind=kind,label=label,value=value,role=role); d.update(info); truth.append(d)
n=0
for ti,t in enumerate(TL):
    kinds=[k for k in idents.KINDS if (t!='chart_sci' or k in tech.NUMERIC)]
    reps=2 if t=='chart_sci' else 1
    for ki,k in enumerate(kinds):
        for rep in range(reps):
            base=BASES[(ti+ki+rep*2)%5]; v=idents.make(k,rnd); n+=1
            build('%s/corpus/altered/a%03d_%s_%s_%s.docx'%(R,n,t,k,base),t,base,idents.LABEL[k],v,k,'altered')
# controls: same techniques, keeps only
c=0; NUMKEEPS=[('Reading','004512'),('Meter reading','018733'),('Register read','0007421'),('Units','12840')]
for ti,t in enumerate(TL):
    for rep in range(3 if t in('pic_hexdump','pic_magnifier') else 2):
        c+=1; base=BASES[(ti+rep)%5]
        if t=='chart_sci': lab,val=NUMKEEPS[(ti+rep)%4]; kind='keep_num'
        else: lab,val=idents.KEEPS[(c*3+ti)%len(idents.KEEPS)]; kind='keep'
        build('%s/corpus/controls/c%03d_%s_%s.docx'%(R,c,t,base),t,base,lab,val,kind,'control')
# templates: altered copies of an Attest pack used as a template
from tech import ensure_part
def style_num(P,label,value,kind,did,style):
    n=ensure_part(P,'numbering'); x=P.get(n)
    ab=('<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl></w:abstractNum>')%E(label+': '+value,{'"':'&quot;'})
    i=x.find('<w:num '); x=(x[:i]+ab+x[i:]) if i>=0 else x.replace('</w:numbering>',ab+'</w:numbering>')
    x=x.replace('</w:numbering>','<w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num></w:numbering>'); P.put(n,x)
    sn=P.wdir()+'/styles.xml'; s=P.get(sn)
    m=re.search(r'<w:style [^>]*w:styleId="%s"[^>]*>.*?</w:style>'%style,s,re.S); st=m.group(0)
    if '<w:pPr>' in st: st2=st.replace('<w:pPr>','<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr>',1)
    elif '<w:pPr/>' in st: st2=st.replace('<w:pPr/>','<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr></w:pPr>',1)
    else:
        j=st.find('<w:rPr>'); j=j if j>=0 else st.rfind('</w:style>')
        st2=st[:j]+'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr></w:pPr>'+st[j:]
    P.put(sn,s.replace(st,st2))
    return dict(where='list label (lvlText) attached to the template style %s'%style,surface=label+': '+value,verify='pdf')
def hdr_pic(P,label,value,kind,did):
    data=images.dotmatrix(label+': '+value,None); w,h=images.Image.open(images.io.BytesIO(data)).size
    i=P.wdir()+'/media/zhdr1.png'; P.put(i,data); P.ct_default('png','image/png')
    from pkg import NSDECL
    hn=P.wdir()+'/zheader9.xml'; P.put(hn,'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'%(NSDECL,'PLACEHOLDER'))
    rid=P.add_rel(hn,'image','media/zhdr1.png'); sc=min(1,500/w)
    P.put(hn,P.get(hn).replace('PLACEHOLDER',para(tech.pic_xml(rid,tech.emu(w*sc),tech.emu(h*sc),did,'Header'))))
    P.ct_override(hn,'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    r2=P.add_rel(P.main,'header','zheader9.xml'); P.body_sectpr_add('<w:headerReference w:type="default" r:id="%s"/>'%r2)
    return dict(where='dot-matrix picture in a new page header',surface=label+': '+value,verify='ocr',media_sha=hashlib.sha256(data).hexdigest())
TPL=[('style_num_Title',lambda *a:style_num(*a,style='Title')),('style_num_Heading1',lambda *a:style_num(*a,style='Heading1')),
     ('style_num_Caption',lambda *a:style_num(*a,style='Caption')),('header_list_label',tech.TECHS['header_list_label']),
     ('header_pic_dotmatrix',hdr_pic),('footnote_textbox',tech.TECHS['footnote_textbox']),('comment_textbox',tech.TECHS['comment_textbox']),
     ('endnote_contnotice',tech.TECHS['endnote_contnotice']),('chart_title_strcache',tech.TECHS['chart_title_strcache']),
     ('textbox_table_split',tech.TECHS['textbox_table_split']),('pic_neon_glow',tech.TECHS['pic_neon_glow']),('alt_charref_newline',tech.TECHS['alt_charref_newline'])]
for i,(tn,fn) in enumerate(TPL):
    k=idents.KINDS[i%10]; v=idents.make(k,rnd)
    P=Pkg(B+'/base_pack.docx'); info=fn(P,idents.LABEL[k],v,k,5000+i)
    out='%s/corpus/templates/t%02d_%s_%s.docx'%(R,i+1,tn,k); P.save(out)
    d=dict(file=os.path.relpath(out,R),technique='tpl_'+tn,base='pack',kind=k,label=idents.LABEL[k],value=v,role='template'); d.update(info); truth.append(d)
json.dump(truth,open(R+'/truth.json','w'),indent=1,ensure_ascii=False)
print(len([t for t in truth if t['role']=='altered']),'altered',len([t for t in truth if t['role']=='control']),'controls',len([t for t in truth if t['role']=='template']),'templates')
