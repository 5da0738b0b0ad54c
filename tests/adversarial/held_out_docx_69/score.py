import json, sys, re, collections, os
D='/tmp/ho42/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else D+'/results'
truth=json.load(open(D+'/truth_verified.json')); scan=json.load(open(OUT+'/scan.json'))
KW={'MPAN':['MPAN'],'MPRN':['MPRN'],'serial':['MSN'],'EUI64':['DEVICE'],'postcode':['POSTCODE','ADDRESS'],'name':['NAME'],'phone':['PHONE'],'email':['EMAIL']}
def status(r):
    if r['rc']=='timeout': return 'timeout'
    err=r['stderr']+r['stdout']
    if 'Traceback' in err or r['rc'] not in (0,1,2): return 'crash'
    if re.search(r'refus|cannot read|could not read|unreadable|not supported|unsupported|UNSCANNABLE|cannot be checked',err,re.I): return 'refused' if r['rc']!=0 else 'refused-rc0'
    if r['rc']==0: return 'clean'
    return 'flagged'
def kinds_found(r):
    m=re.search(r'finding\(s\) in \d+ file\(s\): (.*)',r['stderr']+r['stdout'])
    return m.group(1).strip() if m else ''
rows=[]
for t in truth:
    r=scan.get(t['file'])
    if r is None: continue
    st=status(r); kf=kinds_found(r)
    kind_ok= st=='flagged' and any(re.search(r'\d+ '+w+r'\b',kf) for w in KW.get(t['kind'],['~']))
    rows.append(dict(t, status=st, kinds=kf, kind_ok=kind_ok, seconds=r['seconds'], out=(r['stdout']+r['stderr']).strip()[:600]))
alt=[x for x in rows if x['expect']=='flag']; ctl=[x for x in rows if x['expect']=='clean']
caught=[x for x in alt if x['status'] in ('flagged','refused')]
miss=[x for x in alt if x['status'] not in ('flagged','refused')]
fp=[x for x in ctl if x['status']!='clean']
fp_flag=[x for x in ctl if x['status'] not in ('clean','refused')]
wrongkind=[x for x in alt if x['status']=='flagged' and not x['kind_ok']]
secs=[x['seconds'] for x in rows]
S=dict(altered=len(alt),caught=len(caught),flagged=sum(x['status']=='flagged' for x in alt),refused=sum(x['status']=='refused' for x in alt),
       recall=round(100*len(caught)/max(1,len(alt)),1),missed=len(miss),flagged_other_kind=len(wrongkind),controls=len(ctl),controls_clean=len(ctl)-len(fp),
       keep_rate=round(100*(len(ctl)-len(fp))/max(1,len(ctl)),1),controls_flagged=len(fp_flag),controls_refused=len(fp)-len(fp_flag),keep_rate_refusals_excused=round(100*(len(ctl)-len(fp_flag))/max(1,len(ctl)),1),crashes=sum(x['status'] in('crash','timeout') for x in rows),
       total_seconds=round(sum(secs),1),mean_seconds=round(sum(secs)/max(1,len(secs)),2),max_seconds=max(secs) if secs else 0)
json.dump(dict(summary=S,rows=rows),open(OUT+'/score.json','w'),indent=1)
L=['# Score','',json.dumps(S),'','## Misses (altered files passed clean / crashed)','','| file | class | technique | kind | shown as | how verified | status |','|---|---|---|---|---|---|---|']
def how(x): return ','.join(k for k in ('parser','lo_pdftotext','ocr','ocr_image_parts') if x.get(k))
for x in sorted(miss,key=lambda x:(x['cls'],x['technique'])): L.append(f"| {x['file']} | {x['cls']} | {x['technique']} | {x['kind']} | `{x['shown'][:70]}` | {how(x)} | {x['status']} |")
L+=['','## Flagged but not for the planted kind','']+[f"- {x['file']} ({x['kind']} {x['value']}): {x['kinds']}" for x in wrongkind]
L+=['','## Controls flagged (false positives) / crashes','']+[f"- {x['file']} [{x['status']}]: {x['out'][:300]}" for x in fp]
L+=['','## Refusals on altered files','']+[f"- {x['file']}: {x['out'][:200]}" for x in alt if x['status']=='refused']
L+=['','## Per technique','','| technique | n | caught |','|---|---|---|']
agg=collections.OrderedDict()
for x in alt: a=agg.setdefault(x['technique'],[0,0]); a[0]+=1; a[1]+=x['status'] in('flagged','refused')
for k,a in agg.items(): L.append(f'| {k} | {a[0]} | {a[1]} |')
if os.path.exists(OUT+'/templates.json'):
    tp=json.load(open(OUT+'/templates.json'))
    L+=['','## Template packs','','| template | kind | pack rc | written | value in pack (independent extractor) | scan of pack |','|---|---|---|---|---|---|']
    for x in tp: L.append(f"| {x['template']} | {x['kind']} | {x['rc']} | {x['written']} | {x.get('value_in_pack')} | {x.get('scan_rc')} |")
open(OUT+'/score.md','w').write('\n'.join(L)); print(json.dumps(S))
# scans of the altered templates themselves (each holds one identifier)
tl=[(k,v) for k,v in scan.items() if k.startswith('templates/')]
tt={x['file']:x for x in json.load(open(D+'/truth_templates.json'))}
M=['','## attest scan of the altered templates themselves','','| template | planted | where | scan rc | kinds |','|---|---|---|---|---|']
for k,v in sorted(tl):
    m=re.search(r'finding\(s\) in \d+ file\(s\): (.*)',v['stderr']+v['stdout']); M.append(f"| {k} | {tt[k]['kind']} `{tt[k]['value']}` | {tt[k]['where']} | {v['rc']} | {m.group(1) if m else ''} |")
open(OUT+'/score.md','a').write('\n'.join(M)+'\n')
