# post-freeze analysis (not part of the frozen scorer): was an altered file flagged for the PLANTED value?
# attest scan prints "KIND ••••xyz" (the last characters of what it found). A file counts as "flagged for the value"
# when a finding names the planted kind (address may also be found as POSTCODE) and its visible tail ends the value.
import json, re, collections
R='/tmp/ho56/docx'; T=json.load(open(R+'/truth.json')); S=json.load(open(R+'/results/scan.json'))
K={'mpan':['MPAN'],'mprn':['MPRN'],'serial':['MSN'],'eui64':['DEVICE'],'name':['NAME'],'address':['ADDRESS','POSTCODE'],
   'postcode':['POSTCODE'],'phone':['PHONE'],'email':['EMAIL'],'account':['ACCOUNT']}
def norm(s): return re.sub(r'[^0-9A-Za-z]','',s).upper()
out=[]; g=collections.defaultdict(lambda:[0,0,0])
for t in T:
    if t['role']!='altered': continue
    r=S[t['file']]; finds=re.findall(r': ([A-Z]+) (•*)([^\s•]*)\s*$',r['out'],re.M)
    right=[f for f in finds if f[0] in K[t['kind']] and (f[2]=='' or norm(t['value']).endswith(norm(f[2])) or norm(f[2]) in norm(t['value']))]
    st='value found' if right else ('flagged for something else' if r['rc']!=0 else 'missed')
    g[t['technique']][['value found','flagged for something else','missed'].index(st)]+=1
    out.append(dict(file=t['file'],status=st,findings=finds))
json.dump(out,open(R+'/results/analyse_kind.json','w'),indent=1,ensure_ascii=False)
tot=collections.Counter(o['status'] for o in out); print(dict(tot))
for k,v in sorted(g.items()): print('  %-24s found %2d  other %2d  missed %2d'%(k,*v))
for o in out:
    if o['status']=='flagged for something else': print('  OTHER:',o['file'],o['findings'][:3])
