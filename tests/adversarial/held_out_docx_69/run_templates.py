# builds a pack per altered template (copy of the demo workspace), checks the pack for the template's value with the independent extractor, and scans it
import subprocess, json, time, os, sys, shutil
sys.path.insert(0,'/tmp/ho42/docx/gen'); from deep import *
D='/tmp/ho42/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else D+'/results'
os.makedirs(OUT+'/packs',exist_ok=True)
items=json.load(open(D+'/truth_templates.json')); res=[]
for it in items:
    name=os.path.basename(it['file'])[:-5]; ws=OUT+'/packs/ws_'+name
    shutil.rmtree(ws,ignore_errors=True); subprocess.run(['nice','-n','5','/tmp/ho42/bin/attest','--workspace',ws,'demo'],capture_output=True,timeout=300)  # fresh demo workspace per template (a copied workspace is refused as rolled back)
    out=OUT+'/packs/'+name+'_pack.docx'; t=time.time()
    r=subprocess.run(['nice','-n','5','/tmp/ho42/bin/attest','--workspace',ws,'pack','1','--out',out,'--template',D+'/corpus/'+it['file']],capture_output=True,text=True,timeout=300)
    rec=dict(template=it['file'],kind=it['kind'],value=it['value'],where=it['where'],rc=r.returncode,stdout=r.stdout[-1500:],stderr=r.stderr[-1500:],seconds=round(time.time()-t,2),written=os.path.exists(out))
    if rec['written']:
        rec['value_in_pack']=present(it['kind'],it['value'],file_canon(out))
        s=subprocess.run(['/tmp/ho42/bin/attest','--workspace',ws,'scan',out],capture_output=True,text=True,timeout=300)
        rec['scan_rc']=s.returncode; rec['scan_out']=(s.stdout+s.stderr)[-1500:]
    res.append(rec); json.dump(res,open(OUT+'/templates.json','w'),indent=1)
print('templates done',len(res))
