import sys, os, json
sys.path.insert(0,os.path.dirname(__file__))
from ids import Gen
from PIL import Image, ImageDraw, ImageFont
out=os.path.abspath(sys.argv[1]); os.makedirs(out,exist_ok=True)
F="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
def save(name,im,items,design,scale,theme):
    im.save(os.path.join(out,name+".png"))
    json.dump(dict(image=name+".png",toolkit="pillow",design=design,scale=scale,theme=theme,items=items),open(os.path.join(out,name+".json"),"w"),indent=0)
    print(name,len(items),im.size)
# 1: lone toast on an empty 2560x1440 desktop with an acrylic panel over a gradient, 250 %
g=Gen("pil-toast"); W,H=2560,1440
im=Image.new("RGB",(W,H)); px=im.load()
for y in range(H):
    for x in range(0,W):
        px[x,y]=(20+x*40//W,40+y*60//H,90+(x+y)*60//(W+H))
ov=Image.new("RGBA",(W,H),(0,0,0,0)); d=ImageDraw.Draw(ov)
x0,y0=W-980,H-520; d.rounded_rectangle([x0,y0,W-40,H-160],28,fill=(240,240,245,215))
im=Image.alpha_composite(im.convert("RGBA"),ov).convert("RGB"); d=ImageDraw.Draw(im)
items=[];n=0
def put(role,kind,value,surface,x,y,size,col=(20,20,30)):
    global n
    f=ImageFont.truetype(F,size); d.text((x,y),surface,font=f,fill=col); b=d.textbbox((x,y),surface,font=f)
    if role: n+=1; items.append(dict(id=n,role=role,kind=kind,value=value,surface=surface,boxes=[[b[0],b[1],b[2]-b[0],b[3]-b[1]]]))
    return b
c=g.core(); nm=g.name(); tc=g.tc()
put("keep","label","Meter exchange booked","Meter exchange booked",x0+40,y0+40,40)
put("id","name",nm,nm,x0+40,y0+110,32)
put("id","mpan",c,f"Supply {c}",x0+40,y0+160,32)
s=g.eserial(); put("id","serial",s,s,x0+40,y0+210,32)
p=g.postcode(); put("id","postcode",p,p,x0+420,y0+210,32)
put("keep","tc",tc,tc,x0+40,y0+260,28,(80,80,90)); t=g.ts(); put("keep","timestamp",t,t,x0+360,y0+260,28,(80,80,90))
# fix surface for mpan: value only is matched inside surface
save("pil_toast_2560_250_acrylic",im,items,"toast",2.5,"light")
# 2: tiny status-bar tooltip on a 3840x2160 dark desktop (8 pt at 100 %)
g=Gen("pil-tip"); W,H=3840,2160; im=Image.new("RGB",(W,H),(24,26,30)); d=ImageDraw.Draw(im); items=[];n=0
d.rectangle([0,H-48,W,H],fill=(36,38,44))
x=1600; d.rectangle([x-8,H-118,x+760,H-56],fill=(250,250,225),outline=(90,90,90))
e=g.eui(); ev="-".join(e); put("id","eui","".join(e),ev,x,H-112,13)
mp=g.mprn(); put("id","mprn",mp,"MPRN "+mp,x+290,H-112,13)
put("keep","dip",g.dip(),None or "",0,0,1) if False else None
dp=g.dip(); put("keep","dip",dp,dp,x,H-88,13); v=g.ver(); put("keep","version",v,v,x+200,H-88,13)
put(None,None,None,"Ready",20,H-38,16,(200,200,200))
save("pil_tooltip_3840_100_dark",im,items,"tooltip",1.0,"dark")
