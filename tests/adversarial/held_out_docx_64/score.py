# Scores Attest's scan results against the truth. usage: score.py OUTDIR
import sys, json, os, re, collections
sys.path.insert(0,'/tmp/ho40/docx/gen'); from verify import extract, norm
ROOT='/tmp/ho40/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else ROOT+'/out1'
truth=json.load(open(f'{ROOT}/truth/truth.json')); tmpl=json.load(open(f'{ROOT}/truth/templates.json'))
KM={'MPAN':['MPAN'],'MPRN':['MPRN'],'SERIAL':['SERIAL','METER','MSN'],'EUI64':['EUI','DEVICE'],'POSTCODE':['POSTCODE'],'NAME':['NAME'],'PHONE':['PHONE','TEL'],'EMAIL':['EMAIL','E-MAIL','MAIL']}
def res(name):
    p=f'{OUT}/scan/{name}'
    if not os.path.exists(p+'.rc'): return None
    rc=int(open(p+'.rc').read().strip() or -1); o=open(p+'.out').read(); e=open(p+'.err').read()
    tm=float(open(p+'.time').read().strip() or 0)
    finds=[l for l in o.splitlines() if l.strip()]
    kinds=sorted(set(m for l in finds for m in re.findall(r': ([A-Z][A-Z0-9_-]+) ',l)))
    crash=rc not in (0,1) or 'Traceback' in e
    return dict(rc=rc,findings=finds,kinds=kinds,stderr=e.strip()[-600:],time=tm,crash=crash)
rows=[]
for t in truth+[dict(x,file=x['file'],group='template') for x in tmpl]:
    n=os.path.basename(t['file'])[:-5]; r=res(n)
    if r is None: continue
    g='template' if t['file'].startswith('corpus/templates') else ('control' if t['kind']=='KEEP' else 'altered')
    flagged=r['rc']==1 and bool(r['findings'])
    km=any(any(s in k for s in KM.get(t['kind'],[])) for k in r['kinds'])
    rows.append(dict(file=t['file'],group=g,technique=t['technique'],kind=t['kind'],value=t['value'],visibility=t['visibility'],flagged=flagged,kind_match=km,**{k:r[k] for k in ('rc','kinds','time','crash','stderr','findings')},lo_pdf_text=t.get('lo_pdf_text'),page_ocr=t.get('page_ocr')))
alt=[r for r in rows if r['group']=='altered']; ctl=[r for r in rows if r['group']=='control']; tpl=[r for r in rows if r['group']=='template']
base={}
for b in ['attest_pack','pydocx','lo_saved','minimal']:
    r=res(b); base[b]=r and dict(rc=r['rc'],findings=r['findings'])
# template packs
packs=[]
for t in tmpl:
    n=os.path.basename(t['file'])[:-5]; d=f'{OUT}/packs/{n}'
    if not os.path.exists(d+'.rc'): continue
    rc=int(open(d+'.rc').read()); err=open(d+'.err').read().strip(); o=open(d+'.out').read().strip()
    pk=d+'.pack.docx'; written=os.path.exists(pk); where=[]
    if written:
        v=norm(t['value']); where=[w for w,s in extract(pk) if v in norm(s)]
    sc=None
    if os.path.exists(f'{OUT}/packscan/{n}.rc'): sc=dict(rc=int(open(f'{OUT}/packscan/{n}.rc').read()),out=open(f'{OUT}/packscan/{n}.out').read().strip()[-400:])
    packs.append(dict(template=t['file'],technique=t['technique'],kind=t['kind'],value=t['value'],pack_rc=rc,pack_written=written,stdout=o[-400:],stderr=err[-600:],value_in_pack=where,pack_scan=sc))
times=[r['time'] for r in rows]
S=dict(altered=len(alt),altered_flagged=sum(r['flagged'] for r in alt),altered_flagged_kind=sum(r['flagged'] and r['kind_match'] for r in alt),
       controls=len(ctl),controls_clean=sum(not r['flagged'] and not r['crash'] for r in ctl),
       templates_scanned=len(tpl),templates_flagged=sum(r['flagged'] for r in tpl if r['kind']!='KEEP'),
       crashes=[r['file'] for r in rows if r['crash']],time_mean=sum(times)/max(1,len(times)),time_max=max(times or [0]),
       packs_built=sum(p['pack_written'] for p in packs),packs_with_value=[p['template'] for p in packs if p['value_in_pack'] and p['kind']!='KEEP'],base=base)
json.dump(dict(summary=S,rows=rows,packs=packs),open(f'{OUT}/score.json','w'),indent=1,ensure_ascii=False)
print(json.dumps(S,indent=1))
bytech=collections.defaultdict(lambda:[0,0])
for r in alt: bytech[r['technique']][0]+=1; bytech[r['technique']][1]+=r['flagged']
print('per technique flagged/total:',', '.join(f'{k}:{v[1]}/{v[0]}' for k,v in bytech.items()))
print('UNFLAGGED ALTERED:')
for r in alt:
    if not r['flagged']: print(' ',r['file'],r['kind'],repr(r['value']),'|',r['visibility'],'| rc',r['rc'],r['stderr'][-120:] if r['crash'] else '')
print('FLAGGED BUT OTHER KIND:')
for r in alt:
    if r['flagged'] and not r['kind_match']: print(' ',r['file'],r['kind'],r['kinds'])
print('FLAGGED CONTROLS:')
for r in ctl:
    if r['flagged'] or r['crash']: print(' ',r['file'],repr(r['value']),r['findings'][:3],r['stderr'][-200:])
print('TEMPLATE PACKS:')
for p in packs: print(' ',p['template'],p['kind'],'rc',p['pack_rc'],'written',p['pack_written'],'value_in_pack',p['value_in_pack'],'scan',p['pack_scan'] and p['pack_scan']['rc'],'|',p['stderr'][-150:])
