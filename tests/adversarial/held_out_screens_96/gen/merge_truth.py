import json, glob, os
G='/tmp/ho49/screens/gen'; C='/tmp/ho49/screens/corpus'
T={}
T.update(json.load(open(f'{G}/truth_chrome.json')))
for q in sorted(glob.glob(f'{G}/truth_qt_*.json')): T[os.path.basename(q)[9:-5]]=json.load(open(q))
for f in ['truth_lo.json','truth_pil.json','truth_derived.json']: T.update(json.load(open(f'{G}/{f}')))
for n,t in T.items():
    f=f'{C}/{n}.png' if os.path.exists(f'{C}/{n}.png') else f'{C}/{n}.jpg'
    assert os.path.exists(f),n
    t['file']=f
    from PIL import Image
    t['size']=list(Image.open(f).size)
    for it in t['items']:
        it['kind']=it.get('s') or it.get('k'); it['secret']=bool(it.get('s'))
json.dump(T,open('/tmp/ho49/screens/truth.json','w'),indent=0)
ns=sum(1 for t in T.values() for i in t['items'] if i['secret']); nk=sum(1 for t in T.values() for i in t['items'] if not i['secret'])
print(len(T),'images',ns,'identifiers',nk,'keeps')
