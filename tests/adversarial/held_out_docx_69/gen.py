import sys; sys.path.insert(0,'/tmp/ho42/docx/gen')
from tech import *
import ids, random, json, os, shutil, traceback
OUT='/tmp/ho42/docx/corpus'; shutil.rmtree(OUT,ignore_errors=True); os.makedirs(OUT+'/altered'); os.makedirs(OUT+'/controls')
BASES={'A':'A_attest_pack.docx','B':'B_python_docx.docx','C':'C_libreoffice.docx','D':'D_minimal.docx'}
truth=[]; used=set(); bi=0
def fresh(k):
    while True:
        v=ids.GEN[k]()
        if v not in used: used.add(v); return v
n=0
for tname,t in T.items():
    for j,k in enumerate(t['kinds']):
        b=t['bases'][(bi)%len(t['bases'])]; bi+=1
        v=fresh(k); n+=1; fid=f'X{n:03d}_{tname}_{k}_{b}.docx'
        p=Pkg(BASEDIR+'/'+BASES[b])
        try:
            where,shown=t['f'](p,k,v)
        except Exception as e:
            print('FAIL',fid,e); traceback.print_exc(); continue
        p.save(OUT+'/altered/'+fid)
        truth.append(dict(file='altered/'+fid,base=b,technique=tname,cls=t['cls'],kind=k,value=v,shown=shown,where=where,expect='flag'))
# whole-file: ODT renamed .docx
for k in ['MPAN','name','postcode']:
    v=fresh(k); n+=1; src=f'{WORK}/odt{n}.docx'; small_docx_with(lbl(k,v),src); soffice_convert(src,'odt',WORK)
    fid=f'X{n:03d}_odt_renamed_{k}_D.docx'; shutil.copy(src[:-4]+'odt',OUT+'/altered/'+fid)
    truth.append(dict(file='altered/'+fid,base='D',technique='odt_renamed',cls='wrong-format',kind=k,value=v,shown=lbl(k,v),where='OpenDocument .odt renamed .docx (content.xml)',expect='flag'))
json.dump(truth,open('/tmp/ho42/docx/truth_altered.json','w'),indent=1)
print('altered',len(truth))
