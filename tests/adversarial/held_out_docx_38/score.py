#!/usr/bin/env python3
# Re-score: python3 /tmp/ho33/docx/score.py  -> runs `attest scan` once per file, writes results/scan_results.json and prints figures.
import json, subprocess, sys, os, time
R='/tmp/ho33/docx'; A='/tmp/venv/bin/attest'
t=json.load(open(R+'/corpus/truth.json')); os.makedirs(R+'/results',exist_ok=True)
res={}
files=[('altered',a) for a in t['altered']]+[('controls',c) for c in t['controls']]
only=set(sys.argv[1:])
for g,a in files:
    if only and a['file'] not in only: continue
    t0=time.time(); p=subprocess.run([A,'scan',R+'/corpus/'+a['file']],capture_output=True,text=True,timeout=600)
    res[a['file']]=dict(rc=p.returncode,out=p.stdout[-3000:],err=p.stderr[-3000:],secs=round(time.time()-t0,1))
    print(a['file'],p.returncode,res[a['file']]['secs'],flush=True)
json.dump(res,open(R+'/results/scan_results.json','w'),indent=1)
