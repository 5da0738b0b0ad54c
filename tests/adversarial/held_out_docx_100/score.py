#!/usr/bin/env python3
"""score.py OUTDIR : scores per-file scan outputs against truth.jsonl (prints figures, writes OUTDIR/score.json)"""
import json, sys, os, re, collections
ROOT='/tmp/ho50/docx'; OUT=sys.argv[1]
KW={'mpan':r'\bmpan\b','mprn':r'\bmprn\b','serial':r'\bmsn\b|serial','eui':r'\beui|\bdevice\b','name':r'name','address':r'address','postcode':r'postcode','phone':r'phone|telephone','email':r'e-?mail','account':r'account'}
recs=[json.loads(l) for l in open(f'{ROOT}/truth.jsonl')]
ver={v['file']:v for v in json.load(open(f'{ROOT}/verify/verify.json'))} if os.path.exists(f'{ROOT}/verify/verify.json') else {}
rows=[]
for r in recs:
    b=r['file'][:-5]
    rc=int(open(f'{OUT}/{b}.rc').read().strip()); o=open(f'{OUT}/{b}.out',errors='replace').read(); e=open(f'{OUT}/{b}.err',errors='replace').read()
    txt=o+e; crash=('Traceback' in txt) or rc in (124,137) or rc>=128
    clean=(rc==0)
    refused=bool(re.search(r'refus|cannot read|could not read|unreadable|not scanned',txt,re.I)) and not clean
    kindok=None
    if r['kind']!='control' and not clean:
        nop=re.sub(r'\S*\.(docx|odt|xlsx)\b','',txt); nop=re.sub(r'attest: \d+ finding.*','',nop)
        kindok=bool(re.search(r'(:\s|\b)('+KW[r['kind']]+r')\b',nop,re.I)) or bool(re.search(KW[r['kind']],nop,re.I))
    rows.append(dict(file=r['file'],technique=r['technique'],kind=r['kind'],value=r['value'],rc=rc,clean=clean,refused=refused,crash=crash,kind_named=kindok,
                     visible=ver.get(r['file'],{}).get('rendered_pdftotext'),out=txt.strip()[:600]))
alt=[x for x in rows if x['kind']!='control']; ctl=[x for x in rows if x['kind']=='control']
fl=[x for x in alt if not x['clean']]
print(f'altered: {len(fl)}/{len(alt)} flagged ({100*len(fl)/len(alt):.1f}%); kind named in {sum(1 for x in fl if x["kind_named"])}/{len(fl)}; refused {sum(x["refused"] for x in fl)}; crashes {sum(x["crash"] for x in rows)}')
print(f'controls: {sum(x["clean"] for x in ctl)}/{len(ctl)} clean')
bt=collections.defaultdict(lambda:[0,0])
for x in alt: bt[x['technique']][0]+=not x['clean']; bt[x['technique']][1]+=1
for t,(a,n) in bt.items(): print(f'  {t:18s} {a}/{n}')
print('MISSES:')
for x in alt:
    if x['clean']: print(f'  {x["file"]} kind={x["kind"]} value={x["value"]!r} visible={x["visible"]}')
print('FALSE FLAGS:')
for x in ctl:
    if not x['clean']: print(f'  {x["file"]} value={x["value"]!r} :: {x["out"][:300]!r}')
print('FLAGGED BUT KIND NOT NAMED:')
for x in fl:
    if not x['kind_named']: print(f'  {x["file"]} kind={x["kind"]} :: {x["out"][:200]!r}')
json.dump(rows,open(f'{OUT}/score.json','w'),ensure_ascii=False,indent=0)
