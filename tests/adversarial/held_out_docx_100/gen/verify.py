#!/usr/bin/env python3
"""Independent verification: parser presence, LibreOffice->PDF->pdftotext visibility, OCR of pictures/pages."""
import json, zipfile, io, html, unicodedata, subprocess, os, re, sys
ROOT='/tmp/ho50/docx'
def canon(s):
    s=unicodedata.normalize('NFKC',s); o=[]
    for c in s:
        if c.isdigit():
            try: o.append(str(unicodedata.digit(c))); continue
            except Exception: pass
        if c.isalnum() and c.isascii(): o.append(c.lower())
        elif c.isalpha(): o.append(c.lower())
    return ''.join(o)
def alltext(data,depth=0):
    out=[]
    try: z=zipfile.ZipFile(io.BytesIO(data))
    except Exception: return [data.decode('utf-8','ignore')]
    for n in z.namelist():
        b=z.read(n)
        if n.endswith(('.odt','.xlsx','.docx')) and depth<2: out+=alltext(b,depth+1)
        else:
            t=b.decode('utf-8','ignore'); out.append(t); out.append(html.unescape(t))
    return out
def ocr(path,scale=2):
    from PIL import Image
    im=Image.open(path).convert('L'); im=im.resize((im.width*scale,im.height*scale))
    tmp='/tmp/ho50/docx/verify/_ocr.png'; im.save(tmp)
    return subprocess.run(['tesseract',tmp,'-','--psm','6'],capture_output=True,text=True).stdout
def main():
    recs=[json.loads(l) for l in open(f'{ROOT}/truth.jsonl')]
    res=[]
    global OLD
    OLD={x['file']:x for x in json.load(open(f'{ROOT}/verify/verify.json'))} if os.path.exists(f'{ROOT}/verify/verify.json') else {}
    for r in recs:
        f=f'{ROOT}/corpus/{r["file"]}'; data=open(f,'rb').read(); txt='\n'.join(alltext(data))
        planted=r['planted']; present=planted in txt or html.escape(planted,quote=True) in txt
        # tag char decode for tagchars technique
        pdf=f'{ROOT}/verify/pdf/{r["file"][:-5]}.pdf'
        pt=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout if os.path.exists(pdf) else None
        cv=canon(r['value']); vis=None if pt is None else (cv in canon(pt) or (canon(planted)!='' and canon(planted) in canon(pt)))
        rev=None if pt is None or vis else any(canon(g)[::-1] in canon(pt) for g in [r['value']] ) or (canon(r['value'])[-6:][::-1] in canon(pt))
        z0=zipfile.ZipFile(f); joined=''.join(html.unescape(m) for m in re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>',z0.read(z0.namelist()[0] if False else [n for n in z0.namelist() if n.endswith('document.xml')][0]).decode('utf-8','ignore')))
        joined_ok=(planted in joined) or (cv in canon(joined))
        ocrimg=None; ocrpage=None
        if r['technique'] in ('pic_behind','pic_photo') and r['file'] in OLD:
            ocrimg=OLD[r['file']]['ocr_embedded_image']; ocrpage=OLD[r['file']]['ocr_rendered_page']; present=present or ocrimg
        elif r['technique'] in ('pic_behind','pic_photo'):
            z=zipfile.ZipFile(f); imgs=[n for n in z.namelist() if 't50img' in n]
            txts=[]
            for n in imgs:
                p2=f'{ROOT}/verify/_img'; open(p2,'wb').write(z.read(n)); txts.append(ocr(p2))
            ocrimg=any(cv in canon(t) for t in txts)
            if os.path.exists(pdf):
                subprocess.run(['pdftoppm','-r','200','-png',pdf,f'{ROOT}/verify/_pg'],check=True)
                pages=sorted(x for x in os.listdir(f'{ROOT}/verify') if x.startswith('_pg'))
                pt2=''.join(subprocess.run(['tesseract',f'{ROOT}/verify/{x}','-','--psm','3'],capture_output=True,text=True).stdout for x in pages)
                for x in pages: os.remove(f'{ROOT}/verify/{x}')
                ocrpage=cv in canon(pt2)
            present=present or ocrimg
        out=dict(file=r['file'],technique=r['technique'],kind=r['kind'],present_in_file=present,rendered_pdftotext=vis,ocr_embedded_image=ocrimg,ocr_rendered_page=ocrpage,pdf_ok=pt is not None,rendered_reversed=rev,joined_wt_text=joined_ok)
        res.append(out); print(json.dumps(out,ensure_ascii=False),flush=True)
    json.dump(res,open(f'{ROOT}/verify/verify.json','w'),ensure_ascii=False,indent=0)
if __name__=='__main__': main()
