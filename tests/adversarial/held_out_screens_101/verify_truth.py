# independent checks of the truth: MPAN check digits, shapes, boxes inside the image, counts
import json, glob, re, collections
from PIL import Image
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
T={}
for f in glob.glob('/tmp/ho50/screens/truth_*.json'): T.update(json.load(open(f)))
bad=[]; cnt=collections.Counter(); kc=collections.Counter()
for img,m in T.items():
    W,H=Image.open('/tmp/ho50/screens/corpus/'+img).size
    for it in m['items']:
        if not it.get('visible',True): cnt['invisible']+=1; continue
        for p in it['parts']:
            if p[0]<-2 or p[1]<-2 or p[2]>W+2 or p[3]>H+2: bad.append((img,it['text'],'box outside',p))
        t=re.sub(r'\s','',it['text'])
        if it['secret']: cnt[it['kind']]+=1
        else: kc[it['kind']]+=1
        if it['kind']=='mpan':
            ok=len(t)==13 and t.isdigit() and sum(int(a)*b for a,b in zip(t,PR))%11%10==int(t[12])
            if not ok: bad.append((img,it['text'],'mpan check'))
        if it['kind']=='mprn' and not (t.isdigit() and 6<=len(t)<=10): bad.append((img,it['text'],'mprn'))
        if it['kind']=='eui64' and len(re.sub(r'[^0-9A-F]','',t))!=16: bad.append((img,it['text'],'eui'))
print('images',len(T)); print('identifiers',sum(v for k,v in cnt.items() if k!='invisible'),dict(cnt)); print('keeps',sum(kc.values()),dict(kc)); print('problems',len(bad)); [print(b) for b in bad[:20]]
