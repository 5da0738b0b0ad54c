# independent verifier of the truth: parser (every XML text node and attribute), LibreOffice PDF text, OCR of pictures
import json, zipfile, re, sys, subprocess, hashlib, io, os
import xml.etree.ElementTree as ET
from PIL import Image, ImageOps, ImageFilter
R='/tmp/ho56/docx'
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def ns(s): return re.sub(r'\s+','',s)
def an(s): return re.sub(r'[^0-9A-Za-z@]','',s).upper()
def xml_hay(path,attrs=True):
    z=zipfile.ZipFile(path); out=[]
    for n in z.namelist():
        if not (n.endswith('.xml') or n.endswith('.rels')): continue
        try: root=ET.fromstring(z.read(n))
        except Exception: continue
        for el in root.iter():
            if attrs:
                for v in el.attrib.values(): out.append(v)
            if el.text: out.append(el.text)
    return out
def fmt_num(v,code):
    # apply an Excel-style digit format made of 0s and literal spaces, independently of the generator
    n=int(round(float(v))); digits=str(n).rjust(code.count('0'),'0'); o=''; i=0
    for ch in code:
        if ch=='0': o+=digits[i]; i+=1
        else: o+=ch
    return o
def check_value(t):
    k,v=t['kind'],t['value']
    if k=='mpan': d=[int(c) for c in v]; return len(d)==13 and sum(a*b for a,b in zip(d,PR))%11%10==d[12]
    if k=='mprn': return v.isdigit() and 6<=len(v)<=10
    if k=='postcode': return re.fullmatch(r'[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}',v) is not None
    if k=='email': return re.search(r'@example\.(com|org|net|co\.uk)$',v) is not None
    if k=='phone': return re.fullmatch(r'(07700 900\d{3}|020 7946 0\d{3}|0113 496 0\d{3}|0161 496 0\d{3})',v) is not None
    if k=='eui64': return re.fullmatch(r'([0-9A-F]{2}-){7}[0-9A-F]{2}',v) is not None
    if k=='serial': return re.fullmatch(r'[ESK]\d{2}[A-Z]\d{5}',v) is not None
    if k=='address': return re.search(r'[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$',v) is not None
    return True
def parser_check(t):
    path=R+'/'+t['file']; hay=xml_hay(path); H=ns(''.join(hay))
    if t['technique'].endswith('chart_sci'):
        z=zipfile.ZipFile(path)
        for n in z.namelist():
            if '/charts/zchart' in n:
                x=z.read(n).decode(); code=re.search(r'<c:formatCode>([^<]*)</c:formatCode>',x).group(1)
                val=re.search(r'<c:numLit>.*?<c:v>([^<]*)</c:v>',x,re.S).group(1)
                cat=re.search(r'<c:cat>.*?<c:v>([^<]*)</c:v>',x,re.S).group(1)
                return fmt_num(val,code)==t['value'] and cat==t['label'] and t['value'] not in x
        return False
    H2=ns(''.join(xml_hay(path,False)))
    return ns(t['label']) in H and (ns(t['value']) in H or ns(t['value']) in H2)
def pdf_check(t):
    p=R+'/verify_pdf/'+os.path.basename(t['file'])[:-5]+'.pdf'
    if not os.path.exists(p): return None
    txt=subprocess.run(['pdftotext',p,'-'],capture_output=True,text=True).stdout
    if ns(t['value']) in ns(txt) and ns(t['label'])[:4] in ns(txt): return True
    if an(t['value']) in an(txt): return 'alnum (line-wrapped at a hyphen)'
    return False
def ocr_check(t):
    z=zipfile.ZipFile(R+'/'+t['file'])
    data=[z.read(n) for n in z.namelist() if n.lower().endswith('.png') and hashlib.sha256(z.read(n)).hexdigest()==t['media_sha']]
    if not data: return False,'media missing'
    im=Image.open(io.BytesIO(data[0])).convert('RGB'); g=im.convert('L')
    variants=[('gray',g),('red',im.split()[0]),('inv',ImageOps.invert(g)),('blur',g.filter(ImageFilter.GaussianBlur(2)).resize((g.size[0]//2,g.size[1]//2))),
              ('x2',g.resize((g.size[0]*2,g.size[1]*2))),('blur3',g.filter(ImageFilter.GaussianBlur(3)).resize((max(1,g.size[0]//3),max(1,g.size[1]//3))))]
    want=an(t['value'])
    for name,v in variants:
        b=io.BytesIO(); v.save(b,'PNG')
        for psm in ('6','11'):
            o=subprocess.run(['nice','tesseract','stdin','stdout','--psm',psm],input=b.getvalue(),capture_output=True).stdout.decode('utf-8','replace')
            if want in an(o): return True,name+'/psm'+psm
            if t['technique'].endswith('pic_hexdump') and want in an(''.join(re.findall(r'\|([^|]*)\|',o))): return True,name+'/ascii'
    return False,'ocr miss'
if __name__=='__main__':
    T=json.load(open(R+'/truth.json')); res=[]
    for t in T:
        r=dict(file=t['file'],value_valid=check_value(t),parser=parser_check(t) if t['verify']!='ocr' else None)
        if t['verify']=='pdf': r['pdf']=pdf_check(t)
        if t['verify']=='ocr': r['ocr'],r['ocr_how']=ocr_check(t)
        res.append(r); print(json.dumps(r),flush=True)
    json.dump(res,open(R+'/verify_results.json','w'),indent=1)
