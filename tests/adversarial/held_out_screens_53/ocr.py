import subprocess, io, os, re, unicodedata
import numpy as np
from PIL import Image, ImageOps
_rapid=None
def rapid():
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        # deliberately different from a default engine: PP-OCRv4 det/rec, det limit max-side 2000, looser boxes, low score cut
        _rapid=RapidOCR(det_limit_side_len=2000, det_limit_type="max", det_unclip_ratio=2.0, det_box_thresh=0.4, text_score=0.3, use_angle_cls=True, intra_op_num_threads=1, inter_op_num_threads=1)
    return _rapid
def prep(im):
    im=im.convert("RGB"); g=np.array(im.convert("L"))
    if g.mean()<110: im=ImageOps.invert(im)
    im=ImageOps.expand(im,border=12,fill=tuple(int(v) for v in np.median(np.array(im).reshape(-1,3),axis=0)))
    return im
def tess(im):
    im=prep(im); im=im.resize((im.size[0]*2,im.size[1]*2),Image.LANCZOS)
    b=io.BytesIO(); im.save(b,"PNG")
    r=subprocess.run(["tesseract","stdin","stdout","--psm","6"],input=b.getvalue(),capture_output=True,env=dict(os.environ,OMP_THREAD_LIMIT="1"))
    return r.stdout.decode("utf8","replace")
def rocr(im):
    im=prep(im)
    if im.size[1]<64: f=64/im.size[1]; im=im.resize((max(1,int(im.size[0]*f)),64),Image.LANCZOS)
    res,_=rapid()(np.array(im)[:,:,::-1].copy())
    if not res: return ""
    res=sorted(res,key=lambda r:(round(r[0][0][1]/10),r[0][0][0]))
    return " ".join(r[1] for r in res)
def norm(s):
    s=unicodedata.normalize("NFKC",s).lower(); return re.sub(r"[^a-z0-9]","",s)
