import json,glob,os
T='/tmp/ho51/screens/truth'; allt={}
def U(bs): return [min(b[0] for b in bs),min(b[1] for b in bs),max(b[2] for b in bs),max(b[3] for b in bs)]
for f in sorted(glob.glob(T+'/*.json')):
    t=json.load(open(f)); its=t['items']; out=[]; i=0
    while i<len(its):
        it=its[i]
        if it['kind']=='mpan_top':
            grp=[it]; i+=1
            while i<len(its) and its[i]['kind']=='mpan_top': grp.append(its[i]); i+=1
            out.append({'text':''.join(g['text'] for g in grp),'kind':'mpan_top','cls':'secret','box':U([g['box'] for g in grp]),'parts':[g['box'] for g in grp]}); continue
        if it['kind']=='mpan_part':
            grp=[it]; i+=1
            while i<len(its) and its[i]['kind'] in('mpan_g','mpan'): grp.append(its[i]); i+=1
            full=[g for g in grp if g['kind']=='mpan']
            txt=full[0]['text'] if full else ''.join(g['text'] for g in grp)
            out.append({'text':txt,'kind':'mpan','cls':'secret','box':U([g['box'] for g in grp]),'parts':[g['box'] for g in grp],'layout':'sbox'}); continue
        out.append(it); i+=1
    t['items']=out; allt[t['image']]=t
json.dump(allt,open('/tmp/ho51/screens/truth.json','w'),indent=0)
ns=sum(1 for t in allt.values() for i in t['items'] if i['cls']=='secret'); nk=sum(1 for t in allt.values() for i in t['items'] if i['cls']=='keep')
print(len(allt),'images',ns,'secrets',nk,'keeps')
from collections import Counter; print(Counter(i['kind'] for t in allt.values() for i in t['items'] if i['cls']=='secret'))
