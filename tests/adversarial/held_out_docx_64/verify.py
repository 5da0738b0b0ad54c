# Independent check of each corpus file: own zip/XML parser, LibreOffice PDF text, OCR of embedded images.
import sys, json, zipfile, unicodedata, re, subprocess, os, io
from lxml import etree
ROOT='/tmp/ho40/docx'
def norm(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return re.sub(r'[^0-9A-Za-z@.]','',s).upper().replace('.','')
def extract(path):
    out=[]  # (where, text)
    z=zipfile.ZipFile(path)
    if z.comment: out.append(('zip-comment',z.comment.decode('utf-8','replace')))
    for zi in z.infolist():
        if zi.comment: out.append((zi.filename+'#entry-comment',zi.comment.decode('utf-8','replace')))
        d=z.read(zi)
        if d[:1]==b'<' or d[:5]==b'<?xml' or d[:3]==b'\xef\xbb\xbf':
            try:
                root=etree.fromstring(d,etree.XMLParser(recover=True,huge_tree=True))
                out.append((zi.filename+'#text',''.join(root.itertext())))
                attrs=[]
                for el in root.iter():
                    if not isinstance(el.tag,str): continue
                    attrs.extend(el.attrib.values())
                out.append((zi.filename+'#attrs','\u0001'.join(attrs)))
                continue
            except Exception as e: pass
        if zi.filename.endswith('.rels') or zi.filename.endswith('.txt'):
            out.append((zi.filename+'#raw',d.decode('utf-8','replace')))
        elif d[:8]!=b'\x89PNG\r\n\x1a\n':
            out.append((zi.filename+'#raw',d.decode('latin-1')))
    # rels targets are attrs already
    return out
def ocr_images(path):
    z=zipfile.ZipFile(path); res=[]
    for n in z.namelist():
        if '/ximg' in n:
            d=z.read(n)
            if d[:4]!=b'\x89PNG': continue
            r=subprocess.run(['tesseract','stdin','stdout','--psm','7'],input=d,capture_output=True)
            res.append((n,r.stdout.decode('utf-8','replace')))
    return res
def main():
    truth=json.load(open(f'{ROOT}/truth/truth.json'))
    for t in truth:
        path=f"{ROOT}/{t['file']}"
        v=norm(t['value'])
        parts=extract(path)
        where=[w for w,txt in parts if v in norm(txt)]
        rev=[w for w,txt in parts if v[::-1] in norm(txt)]
        if t['technique'] in ('pgnum_sections','num_startoverride') and t.get('note'):
            nums=re.findall(r'\d+',t['note'])
            big=[x for x in nums if len(x)>=3]
            where=[w for w,txt in parts if any(x in txt for x in big[-2:])] if len(big)>=2 and all(any(x in txt for w,txt in parts) for x in big[-2:]) else []
        t['xml_where']=where or (['reversed:'+w for w in rev])
        pdf=f"{ROOT}/render/{t['file'].split('/')[1]}/{os.path.basename(path)[:-5]}.pdf"
        if os.path.exists(pdf):
            txt=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True).stdout.decode('utf-8','replace')
            t['lo_pdf_text']= v in norm(txt)
            t['lo_pdf_pages']=txt.count('\f')
        else: t['lo_pdf_text']=None
        if t['visibility'].startswith('image'):
            o=ocr_images(path); t['ocr_images']=[n for n,s in o if v in norm(s) or norm(t['value'])[:8] in norm(s)]
        t['verified']=bool(t['xml_where'] or t['lo_pdf_text'] or t.get('ocr_images'))
    json.dump(truth,open(f'{ROOT}/truth/truth.json','w'),indent=1,ensure_ascii=False)
    bad=[t['file'] for t in truth if not t['verified']]
    print('verified',sum(t['verified'] for t in truth),'of',len(truth)); print('\n'.join(bad))
    import collections
    c=collections.defaultdict(lambda:[0,0])
    for t in truth:
        if t['kind']=='KEEP': continue
        c[t['technique']][0]+=1; c[t['technique']][1]+=bool(t['lo_pdf_text'])
    print('LO renders value (technique: rendered/total):'); print(', '.join(f'{k}:{a[1]}/{a[0]}' for k,a in c.items()))
if __name__=="__main__": main()
