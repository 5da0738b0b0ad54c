# runs attest scan once per corpus file; records rc, stdout, stderr, seconds
import subprocess, json, time, glob, os, sys
D='/tmp/ho42/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else D+'/results'
os.makedirs(OUT,exist_ok=True); WS=OUT+'/ws_scan'
files=sorted(glob.glob(D+'/corpus/altered/*.docx'))+sorted(glob.glob(D+'/corpus/controls/*.docx'))+sorted(glob.glob(D+'/corpus/templates/*.docx'))
res={}
for f in files:
    t=time.time()
    try:
        r=subprocess.run(['nice','-n','5','/tmp/ho42/bin/attest','--workspace',WS,'scan',f],capture_output=True,text=True,timeout=300)
        rc,so,se=r.returncode,r.stdout,r.stderr
    except subprocess.TimeoutExpired: rc,so,se='timeout','',''
    res[os.path.relpath(f,D+'/corpus')]=dict(rc=rc,stdout=so,stderr=se,seconds=round(time.time()-t,2))
    json.dump(res,open(OUT+'/scan.json','w'),indent=1)
print('scanned',len(res))
