import json, math, glob
from PIL import Image
WK="/tmp/ho45/screens/work"; OUT="/tmp/ho45/screens/corpus"
T={}
for f in ["truth_chrome","truth_qt","truth_lo","truth_pil"]: T.update(json.load(open(f"{WK}/{f}.json")))
def mapitems(items,fn):
    out=[]
    for it in items:
        it=dict(it)
        if "boxes" in it: it["boxes"]=[fn(b) for b in it["boxes"]]
        elif "box" in it: it["box"]=fn(it["box"])
        out.append(it)
    return out
# screen-share JPEGs: downscale then JPEG q=38 with 4:2:0
for src,sc,q in [("c03_portal_sbox_light_100.png",0.8,38),("c27_tracker_dark_125.png",0.75,35),("l1_bill_light_125.png",0.8,40),("q00_qtform_light_100.png",0.85,35),("c01_kibana_dark_125.png",0.7,45)]:
    im=Image.open(f"{OUT}/{src}").convert("RGB"); im=im.resize((round(im.width*sc),round(im.height*sc)),Image.BILINEAR)
    dst="s_"+src.replace(".png",f"_share{int(sc*100)}.jpg"); im.save(f"{OUT}/{dst}",quality=q,subsampling=2)
    T[dst]={**T[src],"derived":src,"items":mapitems(T[src]["items"],lambda b:[math.floor(v*sc) if i<2 else math.ceil(v*sc) for i,v in enumerate(b)])}
# whole-capture rotations
def rot(src,ang,dst):
    im=Image.open(f"{OUT}/{src}").convert("RGB"); W,H=im.size
    r=im.rotate(ang,expand=True,fillcolor=(128,128,128),resample=Image.BICUBIC); W2,H2=r.size
    a=math.radians(ang); ca,sa=math.cos(a),math.sin(a)
    def f(b):
        pts=[]
        for x,y in [(b[0],b[1]),(b[2],b[1]),(b[0],b[3]),(b[2],b[3])]:
            dx,dy=x-W/2,y-H/2; nx= dx*ca+dy*sa; ny=-dx*sa+dy*ca; pts.append((nx+W2/2,ny+H2/2))
        return [math.floor(min(p[0] for p in pts)),math.floor(min(p[1] for p in pts)),math.ceil(max(p[0] for p in pts)),math.ceil(max(p[1] for p in pts))]
    r.save(f"{OUT}/{dst}")
    T[dst]={**T[src],"derived":src,"whole_rot":ang,"items":[{**it,"rot":str(ang)} for it in mapitems(T[src]["items"],f)]}
rot("c13_mail_light_100.png",90,"r_mail_rot90.png"); rot("q01_qtform_dark_100.png",180,"r_qtform_rot180.png"); rot("c25_grafana_dark_100.png",270,"r_grafana_rot270.png"); rot("c15_jira_light_100.png",-12,"r_jira_skew12.png")
json.dump(T,open("/tmp/ho45/screens/truth.json","w"),indent=1)
print(len(T), sum(1 for f in T for i in T[f]["items"] if i["r"]=="id"), sum(1 for f in T for i in T[f]["items"] if i["r"]=="keep"))
