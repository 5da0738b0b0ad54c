# OCR of the picture parts themselves (decoded with Pillow, every frame, alpha composited on white) for items no other check confirmed
import sys, json, zipfile, io, subprocess, os, re
sys.path.insert(0,'/tmp/ho42/docx/gen'); from deep import *
from PIL import Image, ImageSequence
D='/tmp/ho42/docx'; items=json.load(open(D+'/truth_verified.json'))
os.makedirs(D+'/verify/img',exist_ok=True)
def images_of(path):
    z=zipfile.ZipFile(path)
    for n in z.namelist():
        b=z.read(n)
        if n.endswith('.rtf'):
            for m in re.finditer(r'\\pichgoal\d+\s*\n([0-9a-fA-F\s]{200,})\}',b.decode('latin1')): yield n+':pict',bytes.fromhex(re.sub(r'\s','',m.group(1)))
        elif n.startswith('word/media/'): yield n,b
for it in items:
    if it['expect']!='flag' or it.get('parser') or it.get('lo_pdftotext') or it.get('ocr'): continue
    txt=''
    for n,b in images_of(D+'/corpus/'+it['file']):
        try: im=Image.open(io.BytesIO(b))
        except Exception as e: txt+=f'[undecodable {n}: {e}]'; continue
        for fi,fr in enumerate(ImageSequence.Iterator(im)):
            f=fr.convert('RGBA'); bg=Image.new('RGBA',f.size,'white'); bg.alpha_composite(f); g=bg.convert('L')
            g=g.resize((g.width*2,g.height*2)); out=D+'/verify/img/'+os.path.basename(it['file'])[:-5]+f'_{os.path.basename(n)}_{fi}.png'.replace(':','_'); g.save(out)
            txt+=subprocess.run(['nice','-n','10','tesseract',out,'-'],capture_output=True,text=True).stdout
    it['ocr_image_parts']=present(it['kind'],it['value'],canon(txt)); it['ocr_image_text']=txt[:300]
    print(it['file'],it['ocr_image_parts'],repr(txt[:80]))
json.dump(items,open(D+'/truth_verified.json','w'),indent=1)
