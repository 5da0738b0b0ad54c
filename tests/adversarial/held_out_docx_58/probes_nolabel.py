# POST-FREEZE probe batch 2: every frozen technique re-applied WITHOUT a label (MPAN, EUI-64, postcode). Not part of frozen figures.
import sys, json, os
src=open('/tmp/ho38/docx/gen/generate.py').read().replace('\nbuild()\n','\n'); exec(src)
O='/tmp/ho38/docx/probes/nolabel'; os.makedirs(O,exist_ok=True); tr=[]; idx=600
for ti,tn in enumerate(T):
    fn,vis=T[tn]
    for ki,kind in enumerate(['mpan','eui','postcode']):
        idx+=1; gen,_=KINDS[kind]; val=gen(idx); base=BASES[(ti+ki)%4]; p=Pkg(f'{ROOT}/base/{base}.docx')
        form=fn(p,'',val,kind); f=f'N{idx:03d}_{tn}_{kind}.docx'; p.save(f'{O}/{f}')
        tr.append(dict(file=f,type='altered',technique=tn,kind=kind,value=val,label='',base=base,form=form,expected_visibility=vis))
json.dump(tr,open(f'{O}/truth_raw.json','w'),indent=1); print(len(tr))
