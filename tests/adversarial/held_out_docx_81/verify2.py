# Second verification pass: Word final view (w:del dropped) parser, raw-order pdftotext + halves, contrast-stretched OCR, SVG rendered alone.
import json, zipfile, subprocess, io, os, re
from lxml import etree
from PIL import Image, ImageOps
from verify_common import canon
os.chdir('/tmp/ho46/docx')
W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
truth=json.load(open('truth_verified.json'))
def final_view(fn):
    z=zipfile.ZipFile(fn); root=etree.fromstring(z.read('word/document.xml'))
    for d in root.iter(W+'del'): d.getparent().remove(d) if False else None
    for d in list(root.iter(W+'del')): d.getparent().remove(d)
    for d in list(root.iter(W+'moveFrom')): d.getparent().remove(d)
    return ''.join(t.text or '' for t in root.iter(W+'t'))
def pdf_raw(fn):
    pdf='verify/pdf/'+fn.split('/')[1]+'/'+os.path.basename(fn)[:-5]+'.pdf'
    return subprocess.run(['pdftotext',pdf,'-'],capture_output=True).stdout.decode('utf-8','replace')
def ocr_img(im):
    im=ImageOps.autocontrast(im.convert('L'),cutoff=1); im=im.resize((im.width*3,im.height*3),Image.LANCZOS)
    b=io.BytesIO(); im.save(b,'PNG')
    return subprocess.run(['tesseract','stdin','stdout','--psm','7'],input=b.getvalue(),capture_output=True).stdout.decode()
for t in truth:
    fn=t['file']; cv=canon(t['value']); a,b=canon(t['value'][:len(t['value'])//2]),canon(t['value'][len(t['value'])//2:])
    raw=canon(pdf_raw(fn)) if os.path.exists('verify/pdf/'+fn.split('/')[1]+'/'+os.path.basename(fn)[:-5]+'.pdf') else ''
    t['pdf_raw_has']=cv in raw
    t['pdf_halves_in_order']= (a in raw and b in raw[raw.find(a)+len(a):]) if a in raw else False
    if t['technique'] in ('del_decoy','moveto_split','ins_split'):
        t['word_final_view_has']=cv in canon(final_view(fn))
    if t['technique']=='lowcontrast_img':
        z=zipfile.ZipFile(fn); n=[x for x in z.namelist() if 'att9' in x][0]
        o=ocr_img(Image.open(io.BytesIO(z.read(n)))); t['img_ocr_contrast']=o.strip(); t['img_ocr_contrast_has']=cv in canon(o)
    if t['technique']=='svg_textpath':
        z=zipfile.ZipFile(fn); n=[x for x in z.namelist() if x.endswith('.svg')][0]
        os.makedirs('verify/svg',exist_ok=True); base=os.path.basename(fn)[:-5]; open(f'verify/svg/{base}.svg','wb').write(z.read(n))
        subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir','verify/svg',f'verify/svg/{base}.svg'],capture_output=True)
        t['svg_alone_pdf_has']=cv in canon(subprocess.run(['pdftotext',f'verify/svg/{base}.pdf','-'],capture_output=True).stdout.decode())
    print(fn,t['pdf_raw_has'],t['pdf_halves_in_order'],t.get('word_final_view_has'),t.get('img_ocr_contrast_has'),t.get('svg_alone_pdf_has'),flush=True)
json.dump(truth,open('truth_verified2.json','w'),indent=1,ensure_ascii=False)
