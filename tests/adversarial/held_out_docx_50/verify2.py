import json, zipfile, re, io, subprocess, os, sys
sys.path.insert(0,'.')
from lib import canon, NS
from lxml import etree
from PIL import Image
rows=[json.loads(l) for l in open('truth.jsonl')]
v1=json.load(open('verify.json'))
out={}
def parts(f):
    z=zipfile.ZipFile('corpus/'+f); return {n:z.read(n) for n in z.namelist()}
def ocr_img(data, name):
    p='scratch/v2_'+name+'.png'
    im=Image.open(io.BytesIO(data)); im.convert('RGB').resize((im.width*2,im.height*2)).save(p)
    return subprocess.run(['tesseract',p,'-','--psm','6'],capture_output=True,text=True).stdout
def instr(P):
    d=P['word/document.xml'].decode()
    return ''.join(re.findall(r'<w:instrText[^>]*>([^<]*)</w:instrText>',d))
for r in rows:
    if r['type']!='altered': continue
    f=r['file']; v=v1[f]; t=r['technique']; s=canon(r['secret'])
    if v.get('pdftotext') or v.get('pdftotext_nfkc') or v.get('ocr'): out[f]=('LibreOffice PDF text/OCR shows it',True); continue
    P=parts(f); res=None
    try:
        if t=='numbering_hex_eui':
            n=P['word/numbering.xml'].decode(); m=re.findall(r'<w:start w:val="(\d+)"/><w:numFmt w:val="hex"/><w:suff w:val="space"/><w:lvlText w:val="Device ([0-9A-F]+)%1"',n)[-1]
            res=('hex numFmt renders %s + %X'%(m[1],int(m[0])), canon(m[1]+'%X'%int(m[0]))==s)
        elif t=='numbering_custom_numfmt_mprn':
            n=P['word/numbering.xml'].decode(); st=int(re.findall(r'<w:start w:val="(\d+)"/><mc:AlternateContent',n)[-1])
            res=('custom format 10-digit zero pad of start %d'%st, '%010d'%st==s)
        elif t in ('formula_field_dirty','nested_field_arithmetic_dirty'):
            code=instr(P); m=re.search(r'=\s*(\d+)\s*\*\s*(\d+)\s*\+\s*(\d+)',code) or re.search(r'=\s+QUOTE (\d+)\s+\*\s*(\d+)\s*\+\s*(\d+)',code)
            if not m: m=re.search(r'QUOTE (\d+)\s+\*\s*(\d+)\s*\+\s*(\d+)',code)
            val=int(m.group(1))*int(m.group(2))+int(m.group(3)); res=('field code evaluates to %d (dirty=true set)'%val, str(val)==s and 'w:dirty="true"' in P['word/document.xml'].decode())
        elif t=='ask_default_ref':
            m=re.search(r'\\d "(\d+)"',instr(P)); res=('ASK default %s, REF dirty'%m.group(1), m.group(1)==s)
        elif t=='charformat_upper_dirty':
            m=re.search(r'QUOTE "([^"]+)"',instr(P)); res=('upper(%s)'%m.group(1), canon(m.group(1).upper())==s)
        elif t=='bdo_rtl_override':
            d=P['word/document.xml'].decode(); m=re.search(r'<w:bdo w:val="rtl">.*?<w:t[^>]*>([^<]+)</w:t>',d); res=('reversed bdo content',m.group(1)[::-1]==s)
        elif t=='dir_rtl_embedding':
            d=P['word/document.xml'].decode(); m=re.search(r'<w:dir w:val="rtl">.*?<w:t[^>]*>([^<]+)</w:t>',d); b,a=m.group(1).split(' ')
            res=('UBA: EN groups in RTL embedding display in reverse group order: %s %s'%(a,b), canon(a+b)==s)
        elif t in ('background_image_fill','page_border_custom_art_image'):
            img=[n for n in P if n.startswith('word/media/ximg')][-1]; o=ocr_img(P[img],f); res=('OCR of the image part: %r'%o.strip()[:60], s in canon(o))
        elif t=='animated_gif_second_frame':
            img=[n for n in P if n.endswith('.gif')][-1]; im=Image.open(io.BytesIO(P[img])); im.seek(1); b=io.BytesIO(); im.convert('RGB').save(b,'PNG')
            o=ocr_img(b.getvalue(),f); res=('OCR of GIF frame 2: %r'%o.strip()[:60], s in canon(o))
        elif t=='svg_tspan_split':
            svg=[n for n in P if n.endswith('.svg')][-1]; open('scratch/v2.svg','wb').write(P[svg])
            subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--screenshot=/tmp/ho36/docx/scratch/v2svg.png','--window-size=700,120','file:///tmp/ho36/docx/scratch/v2.svg'],capture_output=True,timeout=60)
            o=subprocess.run(['tesseract','scratch/v2svg.png','-','--psm','6'],capture_output=True,text=True).stdout; res=('chromium render + OCR: %r'%o.strip()[:60], s in canon(o))
        elif t=='png_icc_profile_desc':
            img=[n for n in P if n.startswith('word/media/ximg')][-1]; icc=Image.open(io.BytesIO(P[img])).info.get('icc_profile',b''); res=('ICC profile bytes contain it', r['raw_value'].encode() in icc)
        elif t=='ole_embedded_xlsx':
            import openpyxl; x=[n for n in P if n.endswith('.xlsx')][-1]; wb=openpyxl.load_workbook(io.BytesIO(P[x])); res=('openpyxl B2=%s'%wb.active['B2'].value, wb.active['B2'].value==r['raw_value'])
        elif t=='omml_equation_digits':
            d=P['word/document.xml'].decode(); res=('m:t runs joined', s in canon(''.join(re.findall(r'<m:t>([^<]*)</m:t>',d))))
        elif t=='linked_textbox_chain':
            d=P['word/document.xml'].decode(); res=('first box txbxContent holds full text; 2nd box wps:linkedTxbx', s in canon(''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>',d))) and 'linkedTxbx' in d)
        elif t=='docproperty_field_dirty':
            res=('custom.xml SiteRef value + DOCPROPERTY dirty', r['raw_value'].encode() in P['docProps/custom.xml'])
        elif t=='jpeg_comment_exif':
            img=[n for n in P if n.endswith('.jpeg')][-1]; im=Image.open(io.BytesIO(P[img])); res=('EXIF/COM', r['raw_value'].encode() in P[img])
        else:
            allb=b'\n'.join(P.values()); res=('parser: value bytes present in package (%s)'%r['location'], r['raw_value'].encode() in allb)
    except Exception as e:
        res=('verify error %r'%e, False)
    out[f]=res
    print(f,res,flush=True)
json.dump(out,open('verify2.json','w'),indent=1)
