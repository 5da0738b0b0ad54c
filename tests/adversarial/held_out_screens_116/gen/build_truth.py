import os, json, glob, shutil
from PIL import Image
R="/tmp/ho54/screens"; FIN=f"{R}/corpus/final"; os.makedirs(FIN,exist_ok=True)
truth=[]
for j in sorted(glob.glob(f"{R}/corpus/*/*.json")):
    if "/final/" in j: continue
    t=json.load(open(j)); src=os.path.join(os.path.dirname(j),t["image"])
    shutil.copy(src,os.path.join(FIN,t["image"])); t["derived"]=None; truth.append(t)
    W,H=Image.open(src).size
    for it in t["items"]:  # clip to the capture (a cell cut by the window edge stays, partly visible)
        nb=[]
        for x,y,w,h in it["boxes"]:
            x2,y2=min(x+w,W),min(y+h,H); nb.append([x,y,round(x2-x,1),round(y2-y,1)])
            if x2<x+w or y2<y+h: it["clipped"]=True
        it["boxes"]=nb
JPEG=["html_regsvc_100_light","html_portal_125_light","html_term_100_dark","html_mail_150_dark","html_find_125_dark","html_kb_100_dark","qt_flowviewer_125_dark","lo_bill_p1_150dpi_light"]
for k,base in enumerate(JPEG):
    t=[x for x in truth if x["image"]==base+".png"][0]
    im=Image.open(os.path.join(FIN,t["image"])).convert("RGB"); f=[0.8,0.75,0.9,0.8,0.85,0.8,0.75,0.7][k]
    im=im.resize((round(im.width*f),round(im.height*f)),Image.BILINEAR)
    name=f"share_{base}_q40.jpg"; im.save(os.path.join(FIN,name),quality=[40,35,45,38,40,42,36,40][k])
    t2=json.loads(json.dumps(t)); t2["image"]=name; t2["derived"]=dict(src=base,factor=f,jpeg=True); t2["scale"]=round(t["scale"]*f,3)
    for it in t2["items"]: it["boxes"]=[[round(v*f,1) for v in b] for b in it["boxes"]]
    truth.append(t2)
json.dump(truth,open(f"{R}/truth/truth.json","w"),indent=0)
print(len(truth),"images",sum(len([i for i in t['items'] if i['role']=='id']) for t in truth),"ids",sum(len([i for i in t['items'] if i['role']=='keep']) for t in truth),"keeps")
