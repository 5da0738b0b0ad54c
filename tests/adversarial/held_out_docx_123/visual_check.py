# renders the items the automatic checks could not confirm, for a human look (montage files in visual/)
import json, zipfile, hashlib, io, subprocess, os, sys
from PIL import Image
R='/tmp/ho56/docx'; T={t['file']:t for t in json.load(open(R+'/truth.json'))}
V=[json.loads(l) for l in open(R+'/verify_log.jsonl')]
tiles=[]
for v in V:
    t=T[v['file']]
    if v.get('ocr') is False:
        z=zipfile.ZipFile(R+'/'+t['file'])
        for n in z.namelist():
            if n.endswith('.png') and hashlib.sha256(z.read(n)).hexdigest()==t['media_sha']: tiles.append((t,Image.open(io.BytesIO(z.read(n))).convert('RGB')))
    elif v.get('pdf') is False:
        pdf=R+'/verify_pdf/'+os.path.basename(t['file'])[:-5]+'.pdf'
        n=int(subprocess.run(['pdfinfo',pdf],capture_output=True,text=True).stdout.split('Pages:')[1].split()[0])
        subprocess.run(['pdftoppm','-r','70','-png','-f',str(n),'-l',str(n),pdf,R+'/visual/p'],check=True)
        f=sorted(x for x in os.listdir(R+'/visual') if x.startswith('p-'))[-1]; im=Image.open(R+'/visual/'+f).convert('RGB'); os.remove(R+'/visual/'+f)
        tiles.append((t,im))
for i,(t,im) in enumerate(tiles):
    im.thumbnail((1100,800)); print(i,t['file'],'|',t['value']); im.save(R+'/visual/%02d.png'%i)
