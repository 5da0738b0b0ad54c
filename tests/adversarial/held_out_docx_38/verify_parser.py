# Independent check: does the hidden identifier exist in what a reader could extract? (no Attest code used)
import zipfile, io, re, json, base64, zlib, html, quopri, subprocess, sys, os, olefile
from lxml import etree
from PIL import Image
ROOT='/tmp/ho33/docx/corpus'
def norm(s): return re.sub(r'[^0-9a-z@]','',s.lower())
FW={**{0xFF10+i:str(i) for i in range(10)},**{0x1D7CE+i:str(i) for i in range(10)}}
def texts_from_bytes(b,depth=0):
    out=[]
    if depth>3: return out
    for enc in ('utf-8','utf-16','utf-16-le','utf-32-le','latin-1'):
        try: out.append(b.decode(enc))
        except Exception: pass
    for m in re.findall(rb'[A-Za-z0-9+/=]{16,}',b):
        try: out.append(base64.b64decode(m).decode('latin-1'))
        except Exception: pass
    try: out.append(quopri.decodestring(b).decode('latin-1'))
    except Exception: pass
    if b[:2]==b'PK':
        try:
            z=zipfile.ZipFile(io.BytesIO(b))
            for n in z.namelist(): out+=texts_from_bytes(z.read(n),depth+1)
        except Exception: pass
    if b[:8]==bytes.fromhex('d0cf11e0a1b11ae1'):
        o=olefile.OleFileIO(b)
        for s in o.listdir(): out+=texts_from_bytes(o.openstream(s).read(),depth+1)
    try:
        im=Image.open(io.BytesIO(b)); out.append(repr(im.info))
        if 'icc_profile' in im.info and im.info['icc_profile']: out+=texts_from_bytes(im.info['icc_profile'],depth+1)
        if hasattr(im,'getexif'): out.append(repr(dict(im.getexif())))
    except Exception: pass
    return out
def xml_all(b):
    out=[]
    try:
        t=etree.fromstring(b)
        W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
        joined=''.join((e.text or '') for e in t.iter() if e.tag in (W+'t',W+'delText',W+'instrText','{http://schemas.openxmlformats.org/officeDocument/2006/math}t','{http://schemas.openxmlformats.org/drawingml/2006/main}t'))
        syms=''.join(chr(int(e.get(W+'char'),16)) if e.tag==W+'sym' else ((e.text or '') if e.tag in (W+'t',) else '') for e in t.iter())
        out+=[joined,syms]
        for e in t.iter():
            if isinstance(e.tag,str): out+=list(e.attrib.values())
            else: out.append(e.text or '')   # comments / PIs
            out.append(e.text or '')
        out.append(''.join(t.itertext()))
    except Exception as ex: out.append('XMLERR')
    return out
def extract(path):
    z=zipfile.ZipFile(path); out=[z.comment.decode('latin-1')]
    for i in z.infolist():
        out.append(i.filename); out.append(i.comment.decode('latin-1'))
        b=z.read(i.filename)
        if i.filename.endswith(('.xml','.rels')): out+=xml_all(b)
        out+=texts_from_bytes(b)
        if i.filename.endswith('.rtf'): out.append(re.sub(r'\\u(\d+)\?',lambda m:chr(int(m.group(1))),b.decode('latin-1')))
        if i.filename.endswith(('.htm','.html','.svg','.mht')): s=b.decode('utf-8','replace'); out.append(html.unescape(re.sub(r'<[^>]+>','',s)))
    s='\n'.join(out).translate(FW); s=html.unescape(s)
    return s
def ocr_media(path):
    z=zipfile.ZipFile(path); txt=[]
    for n in z.namelist():
        if re.search(r'\.(png|jpe?g|gif|bmp|tiff)$',n) and 'media' in n or n.startswith('docProps/thumb'):
            im=Image.open(io.BytesIO(z.read(n)))
            frames=[]
            try:
                for k in range(getattr(im,'n_frames',1)): im.seek(k); frames.append(im.copy())
            except Exception: frames=[im]
            for fr in frames:
                fr=fr.convert('RGBA'); bg=Image.new('RGBA',fr.size,(40,40,40,255)); bg.alpha_composite(fr); g=bg.convert('L')
                for rot in (0,270):
                    g2=g.rotate(rot,expand=True); b=io.BytesIO(); g2.resize((g2.width*2,g2.height*2)).save(b,'PNG')
                    r=subprocess.run(['tesseract','stdin','stdout','--psm','6'],input=b.getvalue(),capture_output=True); txt.append(r.stdout.decode('utf-8','replace'))
    return '\n'.join(txt)
truth=json.load(open(ROOT+'/truth_raw.json'))
OCR_T={'png_pixels','png_pixels_small_grey','png_pixels_rotated','png_white_on_transparent','jpeg_pixels','gif_animated_frame2','bmp_pixels','image_in_header','ole_icon_pixels','thumbnail_pixels'}
for a in truth['altered']:
    s=extract(ROOT+'/'+a['file']); ns=norm(s); sec=norm(a['secret'])
    a['parser_found']= sec in ns or (a['kind'] in('eserial','gserial') and sec in norm(s.upper()))
    if a['technique'] in OCR_T:
        o=ocr_media(ROOT+'/'+a['file']); a['ocr_found']= sec in norm(o)
    print(a['file'],a['parser_found'],a.get('ocr_found',''),flush=True)
json.dump(truth,open(ROOT+'/../scratch/truth_parser.json','w'),indent=1)
