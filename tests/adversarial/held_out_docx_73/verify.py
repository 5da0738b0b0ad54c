# Independent verification: own parser + LibreOffice PDF text + OCR of truth images.
import zipfile, json, re, io, base64, subprocess, unicodedata, email, os, sys
ROOT='/tmp/ho44/docx'
WORDS={w:str(i) for i,w in enumerate('zero one two three four five six seven eight nine'.split())}
def canon(t):
    t=unicodedata.normalize('NFKC',t).lower()
    return re.sub(r'[^0-9a-z\u00e0-\u024f]','',t)
def variants(t):
    c=canon(t); out=[c, c.replace('o','0').replace('l','1')]
    w=re.sub(r'\b('+'|'.join(WORDS)+r')\b',lambda m:WORDS[m.group(1)],unicodedata.normalize('NFKC',t).lower()); out.append(canon(w)); return out
def seen(kind,value,text):
    if kind=='name':
        words=[w for w in re.split(r"[ \-\u2019']",value) if len(w)>2]
        low=unicodedata.normalize('NFKC',text).lower()
        return all(w.lower() in low for w in words[-1:]) # surname tail word
    v=canon(value if kind!='eui' else value.replace('-',''))
    return any(v in x for x in variants(text))
def xmltext(b):
    try: s=b.decode('utf-8')
    except UnicodeDecodeError:
        try: s=b.decode('utf-16')
        except Exception: return ''
    if s.startswith('\ufeff'): s=s[1:]
    attrs=' '.join(re.findall(r'="([^"]*)"',s))
    s=re.sub(r'<!\[CDATA\[(.*?)\]\]>',r'\1',s,flags=re.S)
    return re.sub(r'<[^>]+>','',s)+' '+attrs
def extract(data,name,depth=0):
    out=[]
    if data[:2]==b'PK' and depth<3:
        z=zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist(): out.append(extract(z.read(n),n,depth+1))
    elif data[:4]==b'%PDF':
        open('/tmp/ho44/docx/verify/_t.pdf','wb').write(data); out.append(subprocess.run(['pdftotext','/tmp/ho44/docx/verify/_t.pdf','-'],capture_output=True,text=True).stdout)
    elif name.endswith('.eml'):
        m=email.message_from_bytes(data)
        for part in m.walk():
            if not part.is_multipart(): out.append(part.get_payload(decode=True).decode('utf-8','replace'))
    elif re.search(r'\.(xml|rels|html|csv|json|txt)$',name,re.I):
        out.append(xmltext(data))
    return '\n'.join(out)
truth=json.load(open(f'{ROOT}/truth/truth.json'))
for t in truth:
    f=f"{ROOT}/corpus/{t['file']}"
    ptxt=extract(open(f,'rb').read(),f)
    pdf=f"{ROOT}/verify/pdf/{t['file'][:-5]}.pdf"
    lo=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout if os.path.exists(pdf) else None
    lo_raw=subprocess.run(['pdftotext',pdf,'-'],capture_output=True,text=True).stdout if os.path.exists(pdf) else None
    t['lo_rendered']=lo is not None
    t['lo_pages']=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout).group(1)) if lo is not None else None
    t['lo_images']=max(0,len(subprocess.run(['pdfimages','-list',pdf],capture_output=True,text=True).stdout.splitlines())-2) if lo is not None else None
    if t['type']=='altered':
        k,v=t['kind'],t['value']
        t['v_parser']=seen(k,v,ptxt) or (bool(t.get('form')) and canon(t['form']) in canon(ptxt))
        if t['technique']=='check_digit_apart': t['v_parser']=canon(v[:12]) in canon(ptxt); t['note']='12-digit core contiguous, check digit 4 words later'
        if t['technique'] in ('table_header_body_split','bidi_visual_table'):
            a,b=v[:len(v)//2],v[len(v)//2:]
            t['v_halves_lo']=bool(lo) and all(canon(x) in canon(lo) for x in (a,b)); t['note']='halves in two cells; visual order '+('column top->bottom' if t['technique'].startswith('table') else 'RTL table: XML cell 1 displayed right')
        t['v_lo_pdftotext']=bool(lo) and (seen(k,v,lo) or seen(k,v,lo_raw) or (bool(t.get('form')) and canon(t['form']) in canon(lo_raw)))
        ocr=[]
        for ip in t.get('truth_images',[]):
            o=subprocess.run(['nice','-n','10','tesseract',ip,'-','--psm','7'],capture_output=True,text=True).stdout
            ocr.append(o.strip())
        if ocr: t['ocr_truth_image']=ocr; t['v_ocr']=any(seen(k,v,o) or seen(k,v,o.replace(' ','')) for o in ocr)
    else:
        t['ctl_text_lo']=(lo_raw or '')[:0]
json.dump(truth,open(f'{ROOT}/truth/truth_verified.json','w'),indent=1,ensure_ascii=False)
alt=[t for t in truth if t['type']=='altered']
print('parser sees',sum(t['v_parser'] for t in alt),'/',len(alt)); print('LO pdftotext sees',sum(t['v_lo_pdftotext'] for t in alt))
print('ocr',sum(t.get('v_ocr',False) for t in alt),'/',sum('v_ocr' in t for t in alt))
for t in alt:
    if not (t['v_parser'] or t['v_lo_pdftotext'] or t.get('v_ocr') or t.get('v_halves_lo')): print('NOT VERIFIED',t['file'],t['value'],t.get('form'))
