# OCR of LibreOffice-rendered pages for techniques whose visibility is visual (one sample per technique)
import json, subprocess, os, re, glob, sys
sys.path.insert(0,'/tmp/ho40/docx/gen'); from verify import norm
ROOT='/tmp/ho40/docx'
TECH=sys.argv[1:]
t=json.load(open(f'{ROOT}/truth/truth.json'))
os.makedirs(f'{ROOT}/render/ocr',exist_ok=True)
done=set()
for x in t:
    if x['kind']=='KEEP' or x['technique'] not in TECH or x['technique'] in done: continue
    done.add(x['technique'])
    pdf=f"{ROOT}/render/altered/{os.path.basename(x['file'])[:-5]}.pdf"
    info=subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout
    pages=int(re.search(r'Pages:\s+(\d+)',info).group(1))
    first=1 if x['technique']=='pgnum_sections' else pages
    if x['technique']=='pgnum_sections': first=max(1,pages-2)
    stem=f"{ROOT}/render/ocr/{os.path.basename(x['file'])[:-5]}"
    subprocess.run(['pdftoppm','-r','150','-png','-f',str(first),'-l',str(pages),pdf,stem],check=True)
    txt=''
    for png in sorted(glob.glob(stem+'*.png')):
        txt+=subprocess.run(['tesseract',png,'stdout'],capture_output=True,text=True).stdout
    open(stem+'.ocr.txt','w').write(txt)
    v=norm(x['value']); nt=norm(txt)
    x['page_ocr']={'file':os.path.basename(stem)+'.ocr.txt','value_in_ocr': v in nt, 'first8_in_ocr': v[:8] in nt}
    print(x['technique'],x['file'],x['page_ocr'])
json.dump(t,open(f'{ROOT}/truth/truth.json','w'),indent=1,ensure_ascii=False)
