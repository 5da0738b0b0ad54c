# OCR each redacted output as soon as Attest has written it (single process); ocr_watch.py OUTDIR RESULT.json
import json, os, sys, time, subprocess
sys.argv=[sys.argv[0]]+sys.argv[1:]
OUT, RES = sys.argv[1], sys.argv[2]
import ocr
T=json.load(open('/tmp/ho49/screens/truth.json'))
res=json.load(open(RES)) if os.path.exists(RES) else {}
while True:
    log=open(f'{OUT}/_runlog.tsv').read() if os.path.exists(f'{OUT}/_runlog.tsv') else ''
    done={l.split('\t')[0]:l.split('\t')[1] for l in log.splitlines() if '\t' in l}
    for n,t in T.items():
        b=os.path.basename(t['file'])
        if n in res or b not in done: continue
        ip=f'{OUT}/{b}'
        if not os.path.exists(ip): res[n]={'missing':True,'rc':done[b]}
        else:
            tess,rap=ocr.run(ip,t['items'],f'/tmp/ho49/screens/tmp/ocrw_{os.getpid()}'); res[n]={'tess':tess,'rapid':rap,'rc':done[b]}
        json.dump(res,open(RES,'w')); print(n,flush=True)
    if 'finished' in log and all(n in res for n in T): break
    time.sleep(10)
