import os, sys, json, random, glob
sys.path.insert(0, os.path.dirname(__file__)); sys.path.append('/tmp/ho50/screens/venv/lib/python3.11/site-packages')
from ids import V
from PIL import Image, ImageDraw, ImageFont, ImageFilter
OUT='/tmp/ho50/screens'; FD='/usr/share/fonts/truetype/dejavu/'
truth={}
def grad(w,h,c1,c2):
    im=Image.new('RGB',(w,h)); d=ImageDraw.Draw(im)
    for x in range(w):
        t=x/w; d.line([(x,0),(x,h)],fill=tuple(int(c1[i]*(1-t)+c2[i]*t) for i in range(3)))
    return im
def spaced(d,xy,txt,font,fill,track):
    x,y=xy; x0=x; bb=None
    for ch in txt:
        b=d.textbbox((x,y),ch,font=font); d.text((x,y),ch,font=font,fill=fill)
        bb=b if bb is None else (min(bb[0],b[0]),min(bb[1],b[1]),max(bb[2],b[2]),max(bb[3],b[3]))
        x+=d.textlength(ch,font=font)+track
    return list(bb)
# P1: gradient hero with bold-italic + letter-spaced values
for k,(c1,c2,fg,sc) in enumerate([((20,40,120),(160,40,120),(255,255,255),1.0),((250,230,200),(170,220,250),(20,20,40),1.5)]):
    v=V(9100+k); W,H=int(1200*sc),int(560*sc); im=grad(W,H,c1,c2); d=ImageDraw.Draw(im); items=[]
    fBI=ImageFont.truetype(FD+'DejaVuSans-BoldOblique.ttf',int(20*sc)); fI=ImageFont.truetype(FD+'DejaVuSans-Oblique.ttf',int(16*sc)); fR=ImageFont.truetype(FD+'DejaVuSans.ttf',int(15*sc)); fH=ImageFont.truetype(FD+'DejaVuSans-Bold.ttf',int(26*sc))
    y=int(30*sc)
    def put(txt,kind,sec,font,track=0,x=None):
        global y
        xx=int(40*sc) if x is None else x
        if track: b=spaced(d,(xx,y),txt,font,fg,track)
        else: d.text((xx,y),txt,font=font,fill=fg); b=list(d.textbbox((xx,y),txt,font=font))
        items.append(dict(text=txt,kind=kind,secret=sec,parts=[b],visible=True)); return b
    put('YOUR SMART METER IS READY','heading',False,fH,track=int(6*sc)); y+=int(56*sc)
    rows=[('Supply number',v.mpan(' '),'mpan',fBI,0),('Gas supply point',v.mprn(),'mprn',fBI,int(5*sc)),('Meter serial',v.eserial(),'serial',fI,int(4*sc)),('Comms hub',v.eui(':'),'eui64',fI,0),
          ('Customer',v.name(),'name',fBI,int(3*sc)),('Postcode',v.addr()[2],'postcode',fBI,int(8*sc)),('Account',v.acct(),'account',fI,int(2*sc)),('Installed',v.ts(),'ts',fR,0),('Reference',v.tc(),'tc',fI,0),('Tariff',v.amt()+'/month','amount',fR,0)]
    for lab,val,kind,font,tr in rows:
        b=put(lab,'label',False,fR)
        put(val,kind,kind not in ('ts','tc','amount'),font,tr,x=int(300*sc)); y+=int(40*sc)
    stem='p_hero_%d_%s'%(int(sc*100),'dark' if k==0 else 'light'); im.save(OUT+'/corpus/'+stem+'.png')
    truth[stem+'.png']=dict(toolkit='pillow',design='hero',scale=sc,theme='dark' if k==0 else 'light',items=items)
json.dump(truth,open(OUT+'/truth_pil.json','w'),ensure_ascii=False); print(list(truth))
