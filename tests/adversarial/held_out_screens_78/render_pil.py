import sys, os, json, struct, io, math
sys.path.insert(0, os.path.dirname(__file__))
import ids; from ids import *
ids.R.seed(31337)
from PIL import Image, ImageDraw, ImageFont, ImageFilter
WK="/tmp/ho45/screens/work"; OUT="/tmp/ho45/screens/corpus"
F=lambda sz,b=False,mono=False: ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/DejaVuSans{'Mono' if mono else ''}{'-Bold' if b else ''}.ttf",sz)
truth={}
def T(d,xy,text,font,fill,role=None,kind=None,val=None,items=None,rot="0"):
    d.text(xy,text,font=font,fill=fill); b=d.textbbox(xy,text,font=font)
    if role: items.append({"r":role,"k":kind,"v":val or text,"rot":rot,"box":[b[0]-2,b[1]-2,b[2]+2,b[3]+2]})
    return b
SEG={'0':'abcdef','1':'bc','2':'abged','3':'abgcd','4':'fgbc','5':'afgcd','6':'afgedc','7':'abc','8':'abcdefg','9':'abcdfg'}
def seven(d,x,y,s,h,col,off):
    w=h*0.5; t=max(2,h//9)
    for ch in s:
        segs=SEG[ch]
        P={'a':[(x+t,y),(x+w-t,y+t)],'g':[(x+t,y+h/2-t/2),(x+w-t,y+h/2+t/2)],'d':[(x+t,y+h-t),(x+w-t,y+h)],
           'f':[(x,y+t),(x+t,y+h/2-t)],'b':[(x+w-t,y+t),(x+w,y+h/2-t)],'e':[(x,y+h/2+t),(x+t,y+h-t)],'c':[(x+w-t,y+h/2+t),(x+w,y+h-t)]}
        for k,r in P.items(): d.rectangle(r,fill=col if k in segs else off)
        x+=w+h*0.25
    return x
# P1 LCD
im=Image.new("RGB",(900,420),(40,44,40)); d=ImageDraw.Draw(im); it=[]
d.rounded_rectangle([60,60,840,330],20,fill=(160,178,150))
c=mpan_core(); T(d,(90,80),"MPAN",F(22,True),(30,40,30),"keep","label",None,it)
x1=seven(d,90,130,c,70,(25,30,25),(150,168,140)); it.append({"r":"id","k":"mpan_7seg","v":c,"rot":"0","box":[86,126,int(x1),204]})
T(d,(90,240),"kWh  031907.4",F(30,True,True),(25,30,25),"keep","kwh","031907.4",it)
im=im.filter(ImageFilter.GaussianBlur(0.8)); im.save(f"{OUT}/p0_lcd_meter.png"); truth["p0_lcd_meter.png"]={"toolkit":"pillow","items":it}
# P2 IHD keypad
im=Image.new("RGB",(800,480),(245,245,240)); d=ImageDraw.Draw(im); it=[]
T(d,(30,20),"In-Home Display  ·  Settings  ·  About",F(22,True),(20,20,20),"keep","label","In-Home Display",it)
e=eui(); T(d,(30,90),"IHD ID: "+"-".join(e[i:i+2] for i in range(0,16,2)),F(20),(20,20,20)); b=d.textbbox((30,90),"IHD ID: ",font=F(20)); bb=d.textbbox((30,90),"IHD ID: "+"-".join(e[i:i+2] for i in range(0,16,2)),font=F(20)); it.append({"r":"id","k":"eui64","v":e,"rot":"0","box":[b[2]-2,bb[1]-2,bb[2]+2,bb[3]+2]})
e2=eui(); lab="Hub: "; T(d,(30,130),lab,F(20),(20,20,20)); b=d.textbbox((30,130),lab,font=F(20)); T(d,(b[2],130),":".join(e2[i:i+2] for i in range(0,16,2)).lower(),F(20),(20,20,20),"id","eui64_colon_lower",e2,it)
T(d,(30,170),"Firmware 3.1.0044   Signal -71 dBm   Tariff £0.2431/kWh",F(18),(60,60,60),"keep","fw","Firmware 3.1.0044",it)
T(d,(30,210),"Credit £12.57   Emergency £5.00",F(18),(60,60,60),"keep","amt","£12.57",it)
for i,k in enumerate("123456789*0#"):
    x=470+(i%3)*100; y=240+(i//3)*55; d.rounded_rectangle([x,y,x+80,y+45],8,outline=(120,120,120),width=2); d.text((x+32,y+8),k,font=F(24),fill=(30,30,30))
im.save(f"{OUT}/p1_ihd_keypad.png"); truth["p1_ihd_keypad.png"]={"toolkit":"pillow","items":it}
# P3 lone 12 px on 1920x1080
im=Image.new("RGB",(1920,1080),(236,239,244)); d=ImageDraw.Draw(im); it=[]
c=mpan_core(); T(d,(1433,877),c,F(12),(90,90,100),"id","mpan",c,it)
T(d,(12,1060),"Ready",F(11),(90,90,100),"keep","label","Ready",it)
im.save(f"{OUT}/p2_lone12_1080p.png"); truth["p2_lone12_1080p.png"]={"toolkit":"pillow","items":it}
# P4 comb form
im=Image.new("RGB",(1000,360),(255,255,255)); d=ImageDraw.Draw(im); it=[]
T(d,(30,20),"Change of tenancy form – section B",F(22,True),(0,0,0),"keep","label","Change of tenancy form",it)
def comb(y,label,val,kind):
    d.text((30,y+6),label,font=F(16),fill=(0,0,0)); x=230
    for ch in val:
        d.rectangle([x,y,x+28,y+34],outline=(0,0,100),width=2); d.text((x+7,y+4),ch,font=F(20),fill=(0,0,0)); x+=32
    it.append({"r":"id","k":kind,"v":val,"rot":"0","box":[228,y-2,x+2,y+36]})
comb(80,"MPAN (13 digits)",mpan_core(),"mpan_comb"); comb(140,"MPRN",mprn(),"mprn_comb"); comb(200,"Postcode",postcode().replace(" ",""),"postcode_comb")
T(d,(30,270),"Form ref CoT-B/2026/118   Received 03/12/2026   Page 2 of 4",F(16),(0,0,0),"keep","ref","CoT-B/2026/118",it)
im.save(f"{OUT}/p3_comb_form.png"); truth["p3_comb_form.png"]={"toolkit":"pillow","items":it}
# P5 white text on transparent
im=Image.new("RGBA",(700,240),(0,0,0,0)); d=ImageDraw.Draw(im); it=[]
c=mpan_core(); n=name()
T(d,(20,20),"MPAN "+c,F(22),(255,255,255,255)); b=d.textbbox((20,20),"MPAN ",font=F(22)); bb=d.textbbox((20,20),"MPAN "+c,font=F(22)); it.append({"r":"id","k":"mpan_alpha_white","v":c,"rot":"0","box":[b[2]-2,bb[1]-2,bb[2]+2,bb[3]+2]})
T(d,(20,70),n,F(22),(255,255,255,255),"id","name_alpha_white",n,it)
T(d,(20,120),"Exported 06/12/2026 09:14",F(18),(255,255,255,255),"keep","date","06/12/2026",it)
im.save(f"{OUT}/p4_white_on_transparent.png"); truth["p4_white_on_transparent.png"]={"toolkit":"pillow","alpha":"white","items":it}
# P6 hidden in transparent pixels: RGB has text, alpha 0 there; visible keep elsewhere
im=Image.new("RGBA",(700,200),(255,255,255,255)); d=ImageDraw.Draw(im); it=[]
T(d,(20,20),"Screenshot – DIP-55120 status Delivered",F(20),(0,0,0,255),"keep","dip","DIP-55120",it)
c=mpan_core(); hid=Image.new("RGBA",(700,200),(0,0,0,0)); hd=ImageDraw.Draw(hid); hd.rectangle([0,90,700,200],fill=(255,255,255,0)); hd.text((20,120),c,font=F(24),fill=(0,0,0,0))
px=im.load(); hp=hid.load()
for y in range(90,200):
    for x in range(700): px[x,y]=hp[x,y]
bb=d.textbbox((20,120),c,font=F(24)); it.append({"r":"id","k":"mpan_hidden_alpha0","v":c,"rot":"0","box":[bb[0]-2,bb[1]-2,bb[2]+2,bb[3]+2],"hidden":True})
im.save(f"{OUT}/p5_hidden_alpha.png"); truth["p5_hidden_alpha.png"]={"toolkit":"pillow","alpha":"hidden","items":it}
# ICC with text
def icc(desc,cprt):
    def tag_desc(s):
        a=s.encode('ascii')+b'\0'; return b'desc'+b'\0'*4+struct.pack('>I',len(a))+a+b'\0'*4+b'\0'*4+b'\0'*2+b'\0'+b'\0'*67
    def tag_text(s): return b'text'+b'\0'*4+s.encode('ascii')+b'\0'
    def xyz(x,y,z): f=lambda v:struct.pack('>i',int(v*65536)); return b'XYZ '+b'\0'*4+f(x)+f(y)+f(z)
    tags=[(b'desc',tag_desc(desc)),(b'cprt',tag_text(cprt)),(b'wtpt',xyz(0.9642,1.0,0.8249))]
    off=128+4+12*len(tags); table=b''; data=b''
    for sig,blob in tags:
        while len(blob)%4: blob+=b'\0'
        table+=sig+struct.pack('>II',off+len(data),len(blob)); data+=blob
    body=struct.pack('>I',len(tags))+table+data; size=128+len(body)
    hdr=struct.pack('>I',size)+b'none'+bytes([2,0x10,0,0])+b'mntrRGB XYZ '+b'\0'*12+b'acsp'+b'\0'*24+struct.pack('>iii',int(0.9642*65536),65536,int(0.8249*65536))+b'\0'*48
    hdr=hdr[:128].ljust(128,b'\0'); return hdr+body
im=Image.new("RGB",(640,200),(250,250,250)); d=ImageDraw.Draw(im); it=[]
T(d,(20,20),"Evidence capture – step 7 – D0010 accepted",F(18),(0,0,0),"keep","label","D0010",it)
T(d,(20,70),"Run 2026-12-06.3   Build 2026.12.1184",F(18),(0,0,0),"keep","build","2026.12.1184",it)
m1=mpan_core(); m2=mprn()
im.save(f"{OUT}/p6_icc_text.png", icc_profile=icc(f"Display calibrated for {m1}", f"Copyright customer MPRN {m2}"), pnginfo=None)
truth["p6_icc_text.png"]={"toolkit":"pillow","meta":[{"k":"mpan_in_icc","v":m1},{"k":"mprn_in_icc","v":m2}],"items":it}
from PIL import PngImagePlugin
im2=im.copy(); m3=mpan_core(); n3=name()
im2.save(f"{OUT}/p7_icc_jpeg.jpg", quality=90, icc_profile=icc(f"Profile {m3}", f"(c) {n3}"))
truth["p7_icc_jpeg.jpg"]={"toolkit":"pillow","meta":[{"k":"mpan_in_icc","v":m3},{"k":"name_in_icc","v":n3}],"items":[dict(x) for x in it]}
json.dump(truth,open(f"{WK}/truth_pil.json","w"),indent=1); print("ok")
