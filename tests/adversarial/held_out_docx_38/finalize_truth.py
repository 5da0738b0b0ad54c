import json, re, os, subprocess
R='/tmp/ho33/docx'
t=json.load(open(R+'/scratch/truth_parser.json'))
def norm(s): return re.sub(r'[^0-9a-z@]','',s.lower())
FW={**{0xFF10+i:str(i) for i in range(10)},**{0x1D7CE+i:str(i) for i in range(10)}}
for group in ('altered','controls'):
    for a in t[group]:
        pdf=R+'/scratch/pdf/'+os.path.basename(a['file'])[:-5]+'.pdf'
        if os.path.exists(pdf):
            txt=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True).stdout.decode('utf-8','replace').translate(FW)
            a['lo_pdf']='rendered'
            if group=='altered': a['lo_text_found']= norm(a['secret']) in norm(txt) or norm(a['secret']) in norm(txt.replace('\n',''))
        else: a['lo_pdf']='no pdf (LibreOffice conversion failed or was skipped)'
        if group=='altered':
            a['verified']= bool(a.get('parser_found') or a.get('ocr_found') or a.get('lo_text_found'))
json.dump(t,open(R+'/corpus/truth.json','w'),indent=1)
al=t['altered']; print('altered',len(al),'verified',sum(a['verified'] for a in al),'lo_text',sum(bool(a.get('lo_text_found')) for a in al))
for a in al:
    if not a['verified']: print('UNVERIFIED',a['file'])
