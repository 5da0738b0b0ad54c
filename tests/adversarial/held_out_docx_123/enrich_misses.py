# post-freeze: adds class and how each miss was verified visible to misses.json (run after `score.py report`)
import json
T={t['file']:t for t in json.load(open('truth.json'))}
V={json.loads(l)['file']:json.loads(l) for l in open('verify_log.jsonl')}
vis=open('visual/list.txt').read()
M=json.load(open('misses.json'))
cls={'chart_sci':'A. chart number stored in scientific notation, shown by its number format',
     'pic_dotmatrix':'B. dot-matrix printout picture (characters drawn as separate dots)',
     'pic_webform_caret':'C. web-form screenshot, text caret drawn inside the value',
     'pic_void_stamp':'D. translucent VOID stamp crossing the value in a picture'}
out=[]
for m in M:
    v=V[m['file']]; f=m['file']; how=[]
    if v.get('parser'): how.append('parser (%s)'%T[f]['where'] if m['technique']=='chart_sci' else 'parser')
    if v.get('pdf') is True: how.append('LibreOffice PDF text')
    if v.get('ocr') is True: how.append('Tesseract on the picture (%s)'%v['ocr_how'])
    if f in vis: how.append('rendered and looked at (visual/)')
    out.append(dict(file=f,kind=m['kind'],value=m['value'],surface=m['surface'],**{'class':cls.get(m['technique'],m['technique'])},technique=m['technique'],scan_rc=m['scan_rc'],verified_by='; '.join(how)))
json.dump(out,open('misses.json','w'),indent=1,ensure_ascii=False)
print(len(out),'misses')
