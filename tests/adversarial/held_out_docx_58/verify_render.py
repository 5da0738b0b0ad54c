# Independent check 2: LibreOffice PDF -> pdftotext; OCR (tesseract) of pdftoppm pages for image techniques.
import json, subprocess, re, unicodedata, os, sys
ROOT='/tmp/ho38/docx'
def norm(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(c for c in s if unicodedata.category(c) not in ('Cf','Mn'))
    return re.sub(r'[^0-9a-z@.]','',s.lower())
truth=json.load(open(f'{ROOT}/truth_raw.json')); parts=json.load(open(f'{ROOT}/verify_parts.json'))
out={}
for t in truth:
    b=t['file'][:-5]; pdf=f'{ROOT}/render/{b}.pdf'; r={}
    if os.path.exists(pdf):
        txt=subprocess.run(['pdftotext',pdf,'-'],capture_output=True,text=True).stdout
        r['lo_text']=bool(t['value']) and norm(t['value']) in norm(txt)
        if t['expected_visibility']=='ocr':
            subprocess.run(['pdftoppm','-r','150','-png',pdf,f'/tmp/ho38/docx/render/{b}_pg'],check=True)
            ocr=''
            for f in sorted(os.listdir(f'{ROOT}/render')):
                if f.startswith(b+'_pg'):
                    ocr+=subprocess.run(['nice','-n','10','tesseract',f'{ROOT}/render/{f}','-','--psm','3'],capture_output=True,text=True).stdout
            r['ocr']=norm(t['value']) in norm(ocr); r['ocr_excerpt']=' '.join(l for l in ocr.splitlines() if len(l)>3 and ':' in l)[:200]
    else: r['lo_text']=None
    r['parts']=parts.get(t['file'],[])
    out[t['file']]=r
json.dump(out,open(f'{ROOT}/verify_render.json','w'),indent=1)
from collections import defaultdict
agg=defaultdict(lambda:[0,0,0,0])
for t in truth:
    r=out[t['file']]; a=agg[(t['type'],t['technique'])]; a[0]+=1; a[1]+=bool(r['lo_text']); a[2]+=bool(r.get('ocr')); a[3]+=bool(r['parts'])
for k,a in sorted(agg.items()): print(k, 'n=%d lo_text=%d ocr=%d parts=%d'%tuple(a))
