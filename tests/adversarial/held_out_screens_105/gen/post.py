import json, glob, os, random, math, sys
sys.path.insert(0,'/tmp/ho51/screens/gen'); from ids import *
from PIL import Image, ImageDraw, ImageFont, ImageFilter
C='/tmp/ho51/screens/corpus'; T='/tmp/ho51/screens/truth'
def load(n): return json.load(open(f'{T}/{n}.json'))
def save(n,d): json.dump(d,open(f'{T}/{n}.json','w'),indent=0)
def tf_items(items,f):
    out=[]
    for it in items:
        x0,y0,x1,y1=it['box']; pts=[f(x,y) for x,y in [(x0,y0),(x1,y0),(x0,y1),(x1,y1)]]
        j=dict(it); j['box']=[min(p[0] for p in pts),min(p[1] for p in pts),max(p[0] for p in pts),max(p[1] for p in pts)]; j.pop('parts',None); out.append(j)
    return out
# JPEG screen-share copies
for src,q,s in [('c03_crm_125_light',30,1.0),('c10_log_100_dark',25,1.0),('q00_grid_125_light',35,0.75),('l00_bill_110_light',30,1.0),('c17_pdfangle_100_light',35,0.9),('c22_narrow_100_light',28,0.9),('c13_ellipsis_125_dark',32,0.8)]:
    t=load(src); im=Image.open(f"{C}/{t['image']}").convert('RGB')
    if s!=1: im=im.resize((round(im.width*s),round(im.height*s)),Image.BILINEAR)
    nm=f'j_{src}_q{q}_s{int(s*100)}'; im.save(f'{C}/{nm}.jpg',quality=q,subsampling=2)
    d=dict(t); d['image']=nm+'.jpg'; d['derived']=f'jpeg q{q} scale {s}'; d['items']=tf_items(t['items'],lambda x,y:(x*s,y*s)); save(nm,d)
# screenshot of a screenshot: devtools inside a viewer, scaled .85, rotated 2.2 deg, moire, blur
t=load('c08_devtools_125_light'); src=Image.open(f"{C}/{t['image']}").convert('RGB'); s=0.85
sm=src.resize((round(src.width*s),round(src.height*s)),Image.LANCZOS)
can=Image.new('RGB',(sm.width+160,sm.height+160),(40,40,44)); ox,oy=80,80; can.paste(sm,(ox,oy))
ang=2.2; rot=can.rotate(ang,resample=Image.BICUBIC,fillcolor=(40,40,44),expand=False)
cx,cy=can.width/2,can.height/2; a=math.radians(ang)
def f(x,y):
    X=x*s+ox-cx; Y=y*s+oy-cy; return (cx+X*math.cos(a)+Y*math.sin(a), cy-X*math.sin(a)+Y*math.cos(a))
px=rot.load(); W,H=rot.size
moire=Image.new('L',(W,H)); mp=moire.load()
for yy in range(H):
    for xx in range(W): mp[xx,yy]=int(128+22*math.sin((xx*0.91+yy*0.37)*1.9))
rot=Image.blend(rot,Image.merge('RGB',(moire,moire,moire)),0.12).filter(ImageFilter.GaussianBlur(0.6))
nm='p00_screen_of_screen_devtools'; rot.save(f'{C}/{nm}.png'); d=dict(t); d['image']=nm+'.png'; d['toolkit']='pillow(chromium)'; d['derived']='scaled .85, rotated 2.2, moire, blur'; d['items']=tf_items(t['items'],f); save(nm,d)
# lone condensed note with I/l confusables on a 1920x1080 desktop
r=random.Random(8100); im=Image.new('RGB',(1920,1080),(0,70,120)); dr=ImageDraw.Draw(im); items=[]
F=ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf',14); FB=ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf',15)
x,y=1380,820; dr.rectangle([x-12,y-12,x+420,y+120],fill=(255,249,196))
def put(txt,kind,cls,xx,yy,font=F):
    dr.text((xx,yy),txt,font=font,fill=(30,30,30)); b=dr.textbbox((xx,yy),txt,font=font); items.append({'text':txt,'kind':kind,'cls':cls,'box':list(b)}); return b[2]
n='Isla Illingworth'; e=put('Sticky note','heading','keep',x,y,FB)
e=put('Call back','text','keep',x,y+24); put(n,'name','secret',e+6,y+24)
e=put('MPAN','label','keep',x,y+46); put(mpan_core(r),'mpan','secret',e+6,y+46)
e=put('Ref','label','keep',x,y+68); e=put(tc(r),'tc','keep',e+6,y+68); put(wo(r),'wo','keep',e+10,y+68)
e=put('IHD','label','keep',x,y+90); put(eui(r,'',True),'eui64','secret',e+6,y+90)
put('Recycle Bin','label','keep',30,110,FB); put('11:42','time','keep',1860,1056,F)
nm='p01_lone_sticky_1080p'; im.save(f'{C}/{nm}.png'); save(nm,{'image':nm+'.png','toolkit':'pillow','scale':1.0,'theme':'dark','items':items})
# serial plate label with barcode and human-readable line, I/l/1 confusable serials at 3x
r=random.Random(8200); im=Image.new('RGB',(900,420),(236,236,236)); dr=ImageDraw.Draw(im); items=[]
F2=ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',26); F3=ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf',30)
def put2(txt,kind,cls,xx,yy,font):
    dr.text((xx,yy),txt,font=font,fill=(10,10,10)); b=dr.textbbox((xx,yy),txt,font=font); items.append({'text':txt,'kind':kind,'cls':cls,'box':list(b)}); return b[2]
xx=40
for i in range(60):
    w=r.choice([2,3,5]); dr.rectangle([xx,40,xx+w,150],fill=(0,0,0)); xx+=w+r.choice([2,3,4])
ser=f"{r.randrange(10,25)}I{r.randrange(1000000,9999999)}".replace('1','1'); put2(ser,'serial','secret',60,160,F2)
e=put2('MSN','label','keep',40,220,F3); put2(f"K{r.randrange(10,25)}L{r.randrange(10000,99999)}",'serial','secret',e+14,220,F3)
e=put2('GUID','label','keep',40,270,F3); put2(eui(r,'-'),'eui64','secret',e+14,270,F3)
e=put2('Model','label','keep',40,320,F3); put2('Aclara SGM1416-B','product','keep',e+14,320,F3)
put2(fw(r),'version','keep',40,365,F3)
nm='p02_serial_label_barcode'; im.save(f'{C}/{nm}.png'); save(nm,{'image':nm+'.png','toolkit':'pillow','scale':1.0,'theme':'light','items':items})
print('ok')
