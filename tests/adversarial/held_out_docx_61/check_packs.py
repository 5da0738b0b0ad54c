# For every pack written from an altered template: is the template's identifier anywhere in the pack (own parser over all parts, raw bytes)?
import json, zipfile, re, unicodedata, os, glob
ROOT='/tmp/ho39/docx'
def norm(s):
    s=unicodedata.normalize('NFKC',s); return re.sub(r'[\s\-\u00ad]','',s).casefold()
import sys; PD=sys.argv[1] if len(sys.argv)>1 else f'{ROOT}/results/packs'; TJ=sys.argv[2] if len(sys.argv)>2 else f'{ROOT}/truth/templates.jsonl'
for l in open(TJ):
    t=json.loads(l); b=os.path.basename(t['file'])[:-5]; pk=f'{PD}/{b}.pack.docx'
    rc=open(f'{PD}/{b}.pack.rc').read().strip()
    err=open(f'{PD}/{b}.pack.err').read().strip().splitlines()
    if not os.path.exists(pk):
        print(f"{b}: NOT WRITTEN rc={rc}: {err[-1][:160] if err else ''}"); continue
    z=zipfile.ZipFile(pk); hits=[]
    for n in z.namelist():
        s=z.read(n).decode('utf-8','replace'); s2=re.sub(r'<[^>]+>','',s)
        if t['value'] and (norm(t['value']) in norm(s) or norm(t['value']) in norm(s2)): hits.append(n)
        if t['kind']=='NAME' and t['value']:
            for w in t['value'].split():
                if len(w)>2 and re.search(r'\b'+re.escape(w)+r'\b',s2): hits.append(f'{n}(word {w})')
    sc=(open(f'{PD}/{b}.scan.out').read().strip().splitlines() or [''])[-1] if os.path.exists(f'{PD}/{b}.scan.out') else ''
    print(f"{b}: WRITTEN rc={rc}; identifier {t['value']!r} present in: {sorted(set(hits)) or 'none'}; attest scan of pack: {sc}")
