import sys,os,json,zipfile,re,unicodedata,subprocess
from lxml import etree
ROOT='/tmp/ho51/docx'
def canon(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(chr(ord(c)-0xF080+48) if 0xF080<=ord(c)<=0xF089 else c for c in s)
    return re.sub(r'[^0-9a-z@]','',s.lower())
def lcs(a,b):
    best=0
    for i in range(len(a)):
        for j in range(i+best+1,len(a)+1):
            if a[i:j] in b: best=j-i
            else: break
    return best
def parse_all(fn):
    z=zipfile.ZipFile(fn); out=[]
    for n in z.namelist():
        if not (n.endswith('.xml') or n.endswith('.rels')): continue
        try: t=etree.fromstring(z.read(n))
        except Exception as e: out.append(f'[ERR {n} {e}]'); continue
        buf=[]
        for e in t.iter():
            if not isinstance(e.tag,str): continue
            ln=etree.QName(e).localname
            if ln=='sym': buf.append(chr(int(e.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}char'),16)))
            if e.text and ln in('t','instrText','identifier','title'): buf.append(e.text)
            for k,v in e.attrib.items():
                if etree.QName(k).localname in('val','aliases'): buf.append(' '+v+' ')
            if ln in('p','tc','footnote','hdr'): buf.append('\n')
        out.append(''.join(buf))
    return '\n'.join(out)
def ocr(png):
    res={}
    try:
        from PIL import Image
        im=Image.open(png); im2=im.resize((im.width*2,im.height*2)); p2=png+'.2x.png'; im2.save(p2)
        res['tesseract']=subprocess.run(['tesseract',p2,'-','--psm','6'],capture_output=True,text=True).stdout
    except Exception as e: res['tesseract']=str(e)
    return res
def main():
    truth=json.load(open(ROOT+'/truth.json')); rep=[]
    rapid=None
    try:
        from rapidocr import RapidOCR; rapid=RapidOCR()
    except Exception as e:
        try:
            from rapidocr_onnxruntime import RapidOCR; rapid=RapidOCR()
        except Exception as e2: print('no rapidocr',e,e2)
    for t in truth:
        fn=ROOT+'/corpus/'+t['file']; cv=canon(t['value'])
        xmltext=canon(parse_all(fn))
        r=dict(file=t['file'],parser_found=cv in xmltext)
        pdf=ROOT+'/verify/pdf/'+t['file'][:-5]+'.pdf'
        if os.path.exists(pdf):
            txt=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout
            r['pdf_found']=cv in canon(txt); r['pdf_lcs']=lcs(cv,canon(txt))
        else: r['pdf_found']=None
        if t['tech'].startswith('I'):
            png=ROOT+'/corpus/png/'+t['file'][:-5]+'.png'
            o=ocr(png); ct=canon(o['tesseract']); r['tess_found']=cv in ct; r['tess_lcs']=lcs(cv,ct)
            if rapid is not None:
                try:
                    res=rapid(png+'.2x.png')
                    txt=' '.join(res.txts) if hasattr(res,'txts') and res.txts else ' '.join(x[1] for x in (res[0] or []))
                except Exception as e: txt=''
                cr=canon(txt); r['rapid_found']=cv in cr; r['rapid_lcs']=lcs(cv,cr)
        rep.append(r)
    json.dump(rep,open(ROOT+'/verify/verify.json','w'),indent=1)
    import collections
    agg=collections.defaultdict(lambda: collections.Counter())
    for t,r in zip(truth,rep):
        a=agg[t['tech']]; a['n']+=1
        for k in('parser_found','pdf_found','tess_found','rapid_found'):
            if r.get(k): a[k]+=1
        for k in ('pdf_lcs','tess_lcs','rapid_lcs'):
            if k in r and r[k]>=min(8,len(canon(t['value']))): a[k+'>=8']+=1
    for k,v in agg.items(): print(k,dict(v))
main()
