# Independent verification: own parser (presence) + LibreOffice PDF text (visible) + OCR of rendered pages / pictures.
import zipfile, json, re, unicodedata, subprocess, io, os, sys
from lxml import etree
from PIL import Image
os.chdir('/tmp/ho46/docx')
def canon(s):
    s=unicodedata.normalize('NFKC',s); o=[]
    for ch in s:
        if unicodedata.category(ch)=='Cf' or ch=='\u00ad': continue
        if ch.isdigit():
            try: ch=str(unicodedata.digit(ch))
            except: pass
        if ch.isalnum(): o.append(ch.lower())
    return ''.join(o)
def ocr(im):
    im=im.convert('L'); im=im.resize((im.width*2,im.height*2))
    b=io.BytesIO(); im.save(b,'PNG')
    r=subprocess.run(['tesseract','stdin','stdout','--psm','6'],input=b.getvalue(),capture_output=True); return r.stdout.decode('utf-8','replace')
def present(fn,v):
    cv=canon(v); z=zipfile.ZipFile(fn); hits=[]
    for n in z.namelist():
        d=z.read(n)
        if n.endswith(('.xml','.rels','.svg')):
            try: root=etree.fromstring(d)
            except Exception: continue
            txt=''.join(root.itertext()); atts=' '.join(a for e in root.iter() for a in (e.attrib.values() if hasattr(e,'attrib') else []))
            if cv in canon(txt): hits.append(n+':text')
            if cv in canon(atts): hits.append(n+':attr')
            # per-element joined text of w:t / a:t / w:delText excluded -> check without delText
        elif n.lower().endswith(('.png','.jpeg','.jpg','.gif')):
            im=Image.open(io.BytesIO(d)); meta=' '.join(str(x) for x in list(im.info.values())+list(getattr(im,'text',{}).values()))
            if cv in canon(meta): hits.append(n+':meta')
            if im.width>300:
                if cv in canon(ocr(im)): hits.append(n+':ocr')
    return hits
def pdftext(fn):
    pdf='verify/pdf/'+fn.split('/')[1]+'/'+os.path.basename(fn)[:-5]+'.pdf'
    if not os.path.exists(pdf): return None,pdf
    return subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True).stdout.decode('utf-8','replace'),pdf
def pageocr(pdf):
    out='verify/ocr_'+os.path.basename(pdf)[:-4]; subprocess.run(['pdftoppm','-r','150','-png',pdf,out],check=True); t=''
    for f in sorted(x for x in os.listdir('verify') if x.startswith(os.path.basename(out))):
        t+=subprocess.run(['tesseract','verify/'+f,'stdout','--psm','3'],capture_output=True).stdout.decode('utf-8','replace'); os.remove('verify/'+f)
    return t
OCRPAGE={'behind_picture','crop_hidden','lowcontrast_img','svg_textpath','wpg_group','header_first_txbx','colbreak','mixed_digits'}
truth=json.load(open('truth_raw.json'))
for t in truth:
    fn=t['file']; v=t['value']; cv=canon(v)
    t['present_in']=present(fn,v)
    txt,pdf=pdftext(fn)
    t['pdf_text_has']= None if txt is None else (cv in canon(txt))
    if t['technique'] in OCRPAGE and txt is not None:
        o=pageocr(pdf); t['page_ocr_has']=cv in canon(o)
        # looser OCR: 8+ char window
        t['page_ocr_partial']=any(cv[i:i+8] in canon(o) for i in range(0,max(1,len(cv)-7)))
    print(fn, t['pdf_text_has'], t.get('page_ocr_has'), t['present_in'], flush=True)
json.dump(truth,open('truth_verified.json','w'),indent=1,ensure_ascii=False)
