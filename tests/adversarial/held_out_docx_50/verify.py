import json, subprocess, re, os, zipfile, sys
sys.path.insert(0,'.')
from lib import canon
rows=[json.loads(l) for l in open('truth.jsonl')]
res={}
def pdftext(b):
    pf='pdf/%s.pdf'%b
    if not os.path.exists(pf): return None
    return subprocess.run(['pdftotext','-layout',pf,'-'],capture_output=True,text=True).stdout
def ocr(b):
    pf='pdf/%s.pdf'%b; d='scratch/ocr_'+b; os.makedirs(d,exist_ok=True)
    np=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pf],capture_output=True,text=True).stdout).group(1))
    subprocess.run(['pdftoppm','-r','200','-png','-f',str(max(1,np-1)),pf,d+'/pg'],check=False)
    t=''
    for f in sorted(os.listdir(d)):
        if f.endswith('.png'):
            t+=subprocess.run(['tesseract',d+'/'+f,'-','--psm','3'],capture_output=True,text=True).stdout
    return t
def allparts(f):
    z=zipfile.ZipFile('corpus/'+f); out=b''
    for n in z.namelist(): out+=z.read(n)+b'\n'
    return out
for r in rows:
    if r['type']!='altered': continue
    b=r['file'][:-5]; sc=canon(r['secret']); t=pdftext(b)
    v={'pdftotext':None,'ocr':None}
    if t is not None:
        ct=canon(t); v['pdftotext']= sc in ct
        # allow fullwidth etc: NFKC
        import unicodedata
        if not v['pdftotext']: v['pdftotext_nfkc']= sc in canon(unicodedata.normalize('NFKC',t))
        if not v['pdftotext'] and not v.get('pdftotext_nfkc'):
            o=ocr(b); co=canon(o).replace('O','0') if False else canon(o)
            v['ocr']= sc in co or sc.replace('0','O') in co
            v['ocr_snip']=o.strip()[:300]
    raw=allparts(r['file'])
    v['raw_in_package']= r['raw_value'].encode() in raw or canon(r['raw_value']).encode() in raw
    res[r['file']]=v
    print(r['file'], {k:v[k] for k in v if k!='ocr_snip'}, flush=True)
json.dump(res,open('verify.json','w'),indent=1)
