import re, sys, json, os, subprocess, glob
sys.path.insert(0,'/tmp/ho42/docx/gen')
from deep import *
D='/tmp/ho42/docx'
items=json.load(open(D+'/truth_altered.json'))+json.load(open(D+'/truth_controls.json'))
OCR_CLS={'image-pixels','image-codec','header-picture','image-svg','image-vector','altchunk','split-layout','drawingml-text','chart'}
def pdftext(f):
    pdf=D+'/verify/pdf/'+os.path.basename(f)[:-5]+'.pdf'
    if not os.path.exists(pdf): return None
    return subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout
def ocr(f):
    pdf=D+'/verify/pdf/'+os.path.basename(f)[:-5]+'.pdf'
    if not os.path.exists(pdf): return None
    base=D+'/verify/ocr/'+os.path.basename(f)[:-5]; os.makedirs(D+'/verify/ocr',exist_ok=True)
    npg=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout).group(1))
    first=max(1,npg-1)
    pngs=[base+'-%0*d.png'%(len(str(npg)),i) for i in range(first,npg+1)]
    if not all(os.path.exists(x) for x in pngs):
        subprocess.run(['nice','-n','10','pdftoppm','-r','150','-f',str(first),'-l',str(npg),'-png',pdf,base])
    txt=''
    for png in pngs:
        t=png[:-4]
        if not os.path.exists(t+'.txt'): subprocess.run(['nice','-n','10','tesseract',png,t],capture_output=True)
        txt+=open(t+'.txt').read()
    return txt
for it in items:
    f=D+'/corpus/'+it['file']
    if it['expect']=='clean': 
        it['verified']={'lo_pdf':pdftext(f) is not None}; continue
    k,v=it['kind'],it['value']
    c=file_canon(f); it['parser']=present(k,v,c)
    pt=pdftext(f); it['lo_pdftotext']=None if pt is None else present(k,v,canon(pt))
    it['lo_pdf_made']=pt is not None
    if it['cls'] in OCR_CLS or (pt is not None and not it['lo_pdftotext']):
        o=ocr(f); it['ocr']=None if o is None else present(k,v,canon(o))
        if o is not None and not it['ocr']:
            # partial: longest run of value chars found
            cv=canon(v); co=canon(o); best=0
            for i in range(len(cv)):
                for j in range(i+best+1,len(cv)+1):
                    if cv[i:j] in co: best=j-i
                    else: break
            it['ocr_longest']=best
json.dump(items,open(D+'/truth_verified.json','w'),indent=1)
alt=[i for i in items if i['expect']=='flag']
print('altered',len(alt),'parser',sum(bool(i['parser']) for i in alt),'lo_text',sum(bool(i.get('lo_pdftotext')) for i in alt),'ocr',sum(bool(i.get('ocr')) for i in alt))
none=[i['file'] for i in alt if not (i['parser'] or i.get('lo_pdftotext') or i.get('ocr'))]
print('NOT VERIFIED BY ANY MEANS',len(none)); print('\n'.join(none))
