# OCR check on a sample: rasterise the relevant page of the LibreOffice PDF (pdftoppm) and run tesseract; record whether the value is readable.
import json, subprocess, os, re, unicodedata, sys
ROOT='/tmp/ho39/docx'; os.makedirs(f'{ROOT}/render/ocr',exist_ok=True)
rows=[json.loads(l) for l in open(f'{ROOT}/truth/truth.jsonl')]
def n(s): s=unicodedata.normalize('NFKC',s); return re.sub(r'[^0-9a-z@.]','',s.casefold())
pick=[]; seen=set()
for r in rows:
    if r['type']!='altered' or not r['render_found']: continue
    if r['technique'] in seen: continue
    if r['class'] in ('char-layout','unicode-chars','table-cell-direction','run-content-elements','numbering','math','fields','xml-encoding','revisions','headers-footers-notes'):
        seen.add(r['technique']); pick.append(r)
out=open(f'{ROOT}/truth/ocr_sample.jsonl','w')
for r in pick[:int(sys.argv[1]) if len(sys.argv)>1 else 40]:
    b=os.path.basename(r['file'])[:-5]; pdf=f'{ROOT}/render/pdf/{b}.pdf'
    # find the page holding the value
    pages=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout).group(1))
    pg=pages
    for i in range(1,pages+1):
        t=subprocess.run(['pdftotext','-f',str(i),'-l',str(i),pdf,'-'],capture_output=True,text=True).stdout
        if n(r['value'])[:6] in n(t) or n(r['value'])[::-1][:6] in n(t): pg=i; break
    png=f'{ROOT}/render/ocr/{b}'
    subprocess.run(['nice','-n','10','pdftoppm','-r','200','-f',str(pg),'-l',str(pg),'-png','-singlefile',pdf,png])
    txt=subprocess.run(['nice','-n','10','tesseract',png+'.png','-','--psm','3'],capture_output=True,text=True).stdout
    v=n(r['value']); t=n(txt)
    ok= v in t
    part= max((len(v[i:j]) for i in range(len(v)) for j in range(i+1,len(v)+1) if v[i:j] in t), default=0)
    rec={'file':r['file'],'technique':r['technique'],'value':r['value'],'page':pg,'ocr_full':ok,'ocr_longest_substring':part,'value_len':len(v)}
    out.write(json.dumps(rec)+'\n'); print(rec,flush=True)
