# OCR for items LibreOffice renders but pdftotext cannot read (math objects, outline effects, footnote separator, webHidden): page with the label.
import json, subprocess, os, re, unicodedata
ROOT='/tmp/ho39/docx'
def n(s): s=unicodedata.normalize('NFKC',s); return re.sub(r'[^0-9a-z@.]','',s.casefold())
rows=[json.loads(l) for l in open(f'{ROOT}/truth/truth.jsonl')]
pick=[r for r in rows if r['type']=='altered' and r['technique'] in ('omath_mt','omath_split_runs','text_effect_outline_emboss','footnote_separator_text','webHidden_run','w_scale_1pct','coreprop_keywords_with_field')]
out=open(f'{ROOT}/truth/ocr_extra.jsonl','w')
for r in pick:
    b=os.path.basename(r['file'])[:-5]; pdf=f'{ROOT}/render/pdf/{b}.pdf'
    pages=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout).group(1))
    pg=pages
    for i in range(1,pages+1):
        t=subprocess.run(['pdftotext','-f',str(i),'-l',str(i),pdf,'-'],capture_output=True,text=True).stdout
        if n(r['label'])[:8] in n(t): pg=i
    png=f'{ROOT}/render/ocr/{b}'
    subprocess.run(['nice','-n','10','pdftoppm','-r','200','-f',str(pg),'-l',str(pg),'-png','-singlefile',pdf,png])
    txt=subprocess.run(['nice','-n','10','tesseract',png+'.png','-','--psm','3'],capture_output=True,text=True).stdout
    v=n(r['value']); t=n(txt)
    part=max((j-i for i in range(len(v)) for j in range(i+1,len(v)+1) if v[i:j] in t), default=0)
    rec={'file':r['file'],'technique':r['technique'],'value':r['value'],'page':pg,'ocr_full':v in t,'ocr_longest_substring':part,'value_len':len(v)}
    out.write(json.dumps(rec)+'\n'); print(rec,flush=True)
