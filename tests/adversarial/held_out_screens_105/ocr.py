# usage: ocr.py IMAGE_DIR OUT_JSON   -- reads each truth item's box (padded) with Tesseract 2x and RapidOCR PP-OCRv4 (single process)
import json, sys, os, subprocess, tempfile
from PIL import Image, ImageOps
os.environ['OMP_NUM_THREADS']='1'
D,OUT=sys.argv[1],sys.argv[2]
truth=json.load(open('/tmp/ho51/screens/truth.json'))
from rapidocr_onnxruntime import RapidOCR
eng=RapidOCR(intra_op_num_threads=1,inter_op_num_threads=1,det_limit_side_len=96,det_limit_type='min')
tmp=tempfile.mkdtemp(prefix='crops',dir='/tmp/ho51/screens'); lst=[]; keys=[]; res={}
def find(imgname):
    p=os.path.join(D,imgname)
    if os.path.exists(p): return p
    b=os.path.splitext(imgname)[0]
    for e in ('.png','.jpg','.jpeg','.webp'):
        if os.path.exists(os.path.join(D,b+e)): return os.path.join(D,b+e)
    return None
for img,t in truth.items():
    p=find(img)
    if not p: res[img]={'missing':True}; continue
    im=Image.open(p); im=im.convert('RGBA') if im.mode in('RGBA','LA','P') else im.convert('RGB')
    if im.mode=='RGBA':
        bg=Image.new('RGBA',im.size,(255,255,255,255)); bg.alpha_composite(im); im=bg.convert('RGB')
    sc=t.get('scale',1) or 1; pad=int(5*sc)+2
    res[img]={'size':im.size,'items':[]}
    for k,it in enumerate(t['items']):
        x0,y0,x1,y1=it['box']; box=(max(0,int(x0)-pad),max(0,int(y0)-pad),min(im.width,int(x1+0.999)+pad),min(im.height,int(y1+0.999)+pad))
        if box[2]-box[0]<3 or box[3]-box[1]<3: res[img]['items'].append({'tess':'','rapid':''}); continue
        c=im.crop(box); c2=c.resize((c.width*2,c.height*2),Image.LANCZOS)
        c2=ImageOps.expand(c2,12,fill=c.getpixel((0,0))); fn=f'{tmp}/{len(lst):05d}.png'; c2.save(fn); lst.append(fn); keys.append((img,k))
        cr=ImageOps.expand(c,4,fill=c.getpixel((0,0)))
        r,_=eng(cr,use_cls=False); txt=' '.join(x[1] for x in (r or []))
        res[img]['items'].append({'tess':None,'rapid':txt})
open(f'{tmp}/list.txt','w').write('\n'.join(lst)+'\n')
subprocess.run(['tesseract',f'{tmp}/list.txt',f'{tmp}/out','--psm','6','-l','eng'],capture_output=True,env={**os.environ,'OMP_THREAD_LIMIT':'1'})
pages=open(f'{tmp}/out.txt').read().split('\f')
for (img,k),txt in zip(keys,pages): res[img]['items'][k]['tess']=txt.strip()
if len(pages)-1!=len(keys): print('WARN pages',len(pages),len(keys))
json.dump(res,open(OUT,'w'),indent=0); print('done',len(keys))
