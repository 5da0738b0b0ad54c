# Extra: use each B1-based altered file (a restyled attest pack) as --template for `attest pack`; does the identifier reach the pack?
import json, subprocess, zipfile, time, os, sys, re
sys.path.insert(0,'/tmp/ho38/docx/gen')
R='/tmp/ho38/docx'; OUT=f'{R}/results/tpl'; os.makedirs(OUT,exist_ok=True)
import importlib.util
spec=importlib.util.spec_from_file_location('vp',f'{R}/gen/verify_parts.py')
src=open(f'{R}/gen/verify_parts.py').read().split("truth=json.load")[0]; ns={}; exec(src,ns)
truth=json.load(open(f'{R}/truth.json')); res=[]
A='/tmp/ho38/bin/attest'
for t in truth:
    if t['base']!='B1_attest_pack' or t['technique']=='unaltered_base': continue
    b=t['file'][:-5]; pk=f'{OUT}/{b}_pack.docx'
    s=time.time(); p=subprocess.run(['nice','-n','10',A,'--workspace',f'{R}/ws_tpl','pack','1','--out',pk,'--template',f'{R}/corpus/{t["file"]}'],capture_output=True,text=True); el=time.time()-s
    r=dict(file=t['file'],type=t['type'],technique=t['technique'],kind=t['kind'],value=t['value'],pack_rc=p.returncode,pack_out=(p.stdout+p.stderr).strip()[-400:],pack_time=round(el,2))
    if os.path.exists(pk) and p.returncode==0:
        tx=ns['texts'](zipfile.ZipFile(pk)); nv=ns['norm'](t['value'])
        r['value_in_pack_parts']=[k for k,v in tx.items() if nv and nv in ns['norm'](v)]
        q=subprocess.run(['nice','-n','10',A,'--workspace',f'{R}/ws_scan','scan',pk],capture_output=True,text=True)
        r['scan_rc']=q.returncode; r['scan_out']=(q.stdout+q.stderr).strip()[-400:]
    res.append(r); print(r['file'],r['pack_rc'],r.get('value_in_pack_parts'),r.get('scan_rc'),flush=True)
json.dump(res,open(f'{OUT}/tpl.json','w'),indent=1,ensure_ascii=False)
