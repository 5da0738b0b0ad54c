# RapidOCR PP-OCRv4 (rapidocr_onnxruntime 1.3.24, separate venv) as a line-protocol server.
# input line: "<mode> <path>"; mode full = det+cls+rec, crop = cls+rec only (no detector) on a padded text-line crop
import sys, json
from rapidocr_onnxruntime import RapidOCR
eng=RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
for line in sys.stdin:
    mode,p=line.strip().split(' ',1)
    try:
        if mode=='full':
            res,_=eng(p,use_cls=True); out=[r[1] for r in (res or [])]
        else:
            res,_=eng(p,use_det=False,use_cls=False,use_rec=True); out=[r[0] for r in (res or [])]
    except Exception as ex: out=['__ERR__'+str(ex)]
    sys.stdout.write(json.dumps(out)+'\n'); sys.stdout.flush()
