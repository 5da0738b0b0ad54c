import json, sys, glob, os, collections
R='/tmp/ho41/screens/results'
def load(tag): 
    rows=[]
    for f in sorted(glob.glob(f'{R}/rows/{tag}/*.json')): rows+=json.load(open(f))
    return rows
otag=sys.argv[1] if len(sys.argv)>1 else 'out_single'
orig=load('orig')+load('orig_addendum'); out=load(otag)+(load('out_addendum') if otag=='out_single' else [])
O={r['id']:r for r in orig if 'id' in r}
print('# scored files: out',len(set(r['file'] for r in out)),' orig-verified',len(set(r['file'] for r in orig)))
ids=[r for r in out if 'id' in r and not r['keep']]; ks=[r for r in out if 'id' in r and r['keep']]
def rd_(r): return O[r['id']]['hit'] if r['id'] in O else None
rd=[r for r in ids if rd_(r) is not False]; unread=[r for r in ids if rd_(r) is False]
noverify=[r for r in ids if rd_(r) is None]
leak=[r for r in rd if r['hit']]; leak_unread=[r for r in unread if r['hit']]
kr=[r for r in ks if rd_(r) is not False]; lost=[r for r in kr if not r['hit']]
print('identifiers scored',len(ids),'| readable in original (>=8 chars in order, either engine)',len(rd),'(of which not yet verified:',len(noverify),') | unreadable in original',len(unread))
print('LEAKED',len(leak),'strict recall %.2f%%'%(100*(1-len(leak)/max(1,len(rd)))))
print('keeps scored',len(ks),'| readable in original',len(kr),'| lost',len(lost),'| keep-rate %.2f%%'%(100*(1-len(lost)/max(1,len(kr)))))
bk=collections.Counter(r['kind'] for r in rd); lk=collections.Counter(r['kind'] for r in leak)
print('\nper kind (readable / leaked):',', '.join(f'{k} {bk[k]}/{lk[k]}' for k in sorted(bk)))
print('\n## LEAKS (file | kind | value | form | chars readable | tesseract text | rapidocr text)')
for r in leak: print('-',r['file'],'|',r['kind'],'|',r['value'],'|',r['form'],'|',r['score'],'| T:',repr(r['tess'][:80]),'| R:',repr(r['rapid'][:80]))
print('\n## leaked although unreadable-in-original by the verification pass (informational)')
for r in leak_unread: print('-',r['file'],r['kind'],r['value'],r['form'],r['score'])
print('\n## identifiers unreadable in original (excluded)')
for r in unread: print('-',r['file'],r['kind'],r['value'],r['form'],'orig score',O[r['id']]['score'])
print('\n## LOST KEEPS')
for r in lost: print('-',r['file'],'|',repr(r['value']),'| T:',repr(r['tess'][:60]),'| R:',repr(r['rapid'][:60]))
