# Altered templates for `attest pack --template` (base: the demo pack, which is built from the default template)
import sys, json, os, shutil
sys.path.insert(0,'/tmp/ho40/docx/gen')
import build as B, idents as I
from pkg import Pkg
ROOT='/tmp/ho40/docx'
shutil.rmtree(f'{ROOT}/corpus/templates',ignore_errors=True); os.makedirs(f'{ROOT}/corpus/templates')
TECHS=['header_docpartobj','core_keywords','font_altname','settings_caption_label','customxml_schemaref','websettings_frameset','background_image','picture_bullet','footnote_separator','docpr_descr','activex_label_caption','smartart_data_only']
KINDS=['MPAN','MPRN','SERIAL','EUI64','POSTCODE','NAME','PHONE','EMAIL']
out=[]
for i,t in enumerate(TECHS+['header_docpartobj','core_keywords']):
    ctl=i>=len(TECHS)
    k='KEEP' if ctl else KINDS[i%8]
    v=['MPAN-REF-21','DIP-MSG-000777'][i-len(TECHS)] if ctl else I.GEN[k](100+i)
    text=v if ctl else I.label(k,v)+' '+v
    p=Pkg(f'{ROOT}/base/attest_pack.docx')
    kk=B.split_point(v); a=I.label(k,v)+' '+v[:kk]; b=v[kk:]
    B.T[t][0](p,text,a,b,k,v)
    fn=f'corpus/templates/{900+i}_{t}_{k.lower()}.docx'; p.save(f'{ROOT}/{fn}')
    out.append(dict(file=fn,technique=t,kind=k,value=v,text=text,visibility=B.T[t][1]))
json.dump(out,open(f'{ROOT}/truth/templates.json','w'),indent=1,ensure_ascii=False)
print(len(out))
