import os, sys, json, struct, zlib, io, math
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(777)
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
OUT="/tmp/ho44/screens/corpus"; TR="/tmp/ho44/screens/truth"
FD="/usr/share/fonts/truetype/dejavu/"; FL="/usr/share/fonts/truetype/liberation2/"
def F(sz, f="DejaVuSans.ttf", d=FD): return ImageFont.truetype(d+f, sz)
class Canvas:
    def __init__(s, w, h, bg, mode="RGB"):
        s.im=Image.new(mode,(w,h),bg); s.d=ImageDraw.Draw(s.im); s.items=[]
    def txt(s, xy, text, font, fill, typ=None, kind=None, value=None):
        s.d.text(xy, text, font=font, fill=fill)
        if typ:
            b=s.d.textbbox(xy,text,font=font); s.items.append({"type":typ,"kind":kind,"value":value if value is not None else text,"rects":[list(b)],"rot":0})
        return s.d.textbbox(xy,text,font=font)
    def save(s, name, im=None, toolkit="pillow", **kw):
        (im or s.im).save(f"{OUT}/{name}", **kw)
        json.dump({"file":name,"toolkit":toolkit,"scale":1,"items":s.items},open(f"{TR}/{os.path.splitext(name)[0]}.json","w"),indent=1)
def sp(m): return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
# 1 lone 13px on 1080p light desktop
c=Canvas(1920,1080,(236,239,244)); m=ids.mpan_core()
c.txt((1310,742), m, F(13), (40,40,40), "id","MPAN",m); c.save("lone_13px_1080p_light.png")
# 2 lone 12px on 1440p dark, spaced MPRN + MPAN
c=Canvas(2560,1440,(30,31,34)); m=ids.mpan_core(); g=ids.mprn()
c.txt((380,1210), "MPRN "+g, F(12), (200,200,200)); c.items.append({"type":"id","kind":"MPRN","value":g,"rects":[list(c.d.textbbox((380,1210),"MPRN "+g,font=F(12)))],"rot":0})
c.txt((2100,260), sp(m), F(12), (190,190,190), "id","MPAN",m); c.save("lone_12px_1440p_dark.png")
# 3 lone 16px with taskbar keeps
c=Canvas(1920,1080,(0,99,177)); c.d.rectangle((0,1040,1920,1080),fill=(32,32,32)); m=ids.mpan_core()
c.txt((860,512), m, F(16), (255,255,255), "id","MPAN",m)
c.txt((1830,1046), "14:32", F(12), (255,255,255), "keep","time"); c.txt((1815,1061), "06/12/2026", F(12), (255,255,255), "keep","date")
c.save("lone_16px_1080p_wallpaper.png")
# 4 white text on transparent PNG
c=Canvas(900,300,(0,0,0,0),"RGBA"); m=ids.mpan_core(); n=ids.name(); e=ids.eui()
c.txt((20,20),"Overlay export — Engineer view", F(18), (255,255,255,255), "keep","label")
c.txt((20,70),"Customer: "+n, F(16), (255,255,255,255)); c.items.append({"type":"id","kind":"NAME","value":n,"rects":[list(c.d.textbbox((110,70),n,font=F(16)))],"rot":0})
c.txt((20,110),"MPAN "+sp(m), F(16), (255,255,255,255)); c.items.append({"type":"id","kind":"MPAN","value":m,"rects":[list(c.d.textbbox((20,110),"MPAN "+sp(m),font=F(16)))],"rot":0})
c.txt((20,150),"ESME "+ids.eui_fmt(e,":"), F(16), (255,255,255,255)); c.items.append({"type":"id","kind":"EUI64","value":e,"rects":[list(c.d.textbbox((20,150),"ESME "+ids.eui_fmt(e,":"),font=F(16)))],"rot":0})
c.txt((20,200),"Job WO-448120  ·  05/12/2026 11:04", F(16), (255,255,255,255), "keep","ref","WO-448120")
c.save("alpha_white_on_transparent.png")
# 5 text hidden in transparent pixels (RGB has text, alpha 0 there)
c=Canvas(900,260,(255,255,255,255),"RGBA"); m=ids.mpan_core(); g=ids.mprn()
c.txt((20,20),"Meter exchange summary  ·  Ticket TKT-30981", F(18), (20,20,20,255), "keep","ref","TKT-30981")
c.txt((20,70),"Read 03/12/2026: 45,120.7 kWh", F(16), (20,20,20,255), "keep","amount","45,120.7 kWh")
b1=c.txt((20,130),"MPAN "+m, F(18), (20,20,20,255)); b2=c.txt((20,180),"MPRN "+g, F(18), (20,20,20,255))
a=c.im.split()[3]; ad=ImageDraw.Draw(a); ad.rectangle((0,120,900,230),fill=0); c.im.putalpha(a)
c.items.append({"type":"id","kind":"MPAN","value":m,"rects":[list(b1)],"rot":0,"hidden":True}); c.items.append({"type":"id","kind":"MPRN","value":g,"rects":[list(b2)],"rot":0,"hidden":True})
c.save("alpha_hidden_text.png")
# 6 rotated captures: a small Pillow 'Notepad' panel rotated 90/180/270/12
def panel(tag):
    c=Canvas(760,230,(255,255,255)); m=ids.mpan_core(); s=ids.eserial(); g=ids.mprn()
    c.txt((12,8),f"notes_{tag}.txt - Notepad", F(14), (0,0,0), "keep","label",f"notes_{tag}.txt")
    c.txt((12,50),"Order ORD-7731"+tag+"  Port 8443  v2.7.1", F(16,"DejaVuSansMono.ttf"), (0,0,0), "keep","ref","ORD-7731"+tag)
    c.txt((12,90),"supply "+m, F(16,"DejaVuSansMono.ttf"), (0,0,0)); c.items.append({"type":"id","kind":"MPAN","value":m,"rects":[list(c.d.textbbox((12,90),"supply "+m,font=F(16,"DejaVuSansMono.ttf")))],"rot":0})
    c.txt((12,130),"msn "+s.lower()+"   mprn "+g, F(16,"DejaVuSansMono.ttf"), (0,0,0))
    c.items.append({"type":"id","kind":"SERIAL","value":s,"rects":[list(c.d.textbbox((12,130),"msn "+s.lower(),font=F(16,"DejaVuSansMono.ttf")))],"rot":0})
    x0=c.d.textbbox((12,130),"msn "+s.lower()+"   ",font=F(16,"DejaVuSansMono.ttf"))[2]
    c.items.append({"type":"id","kind":"MPRN","value":g,"rects":[list(c.d.textbbox((x0,130),"mprn "+g,font=F(16,"DejaVuSansMono.ttf")))],"rot":0})
    c.txt((12,175),"Ln 3, Col 18   100%   Windows (CRLF)   UTF-8", F(13), (60,60,60), "keep","status","Ln 3, Col 18")
    return c
def rot_pts(r, ang, w, h, W, H):
    # PIL rotate(ang, expand=True) counterclockwise around centre
    cx,cy=w/2,h/2; a=math.radians(ang); pts=[]
    for x,y in [(r[0],r[1]),(r[2],r[1]),(r[0],r[3]),(r[2],r[3])]:
        dx,dy=x-cx,y-cy; nx=dx*math.cos(a)+dy*math.sin(a); ny=-dx*math.sin(a)+dy*math.cos(a); pts.append((nx+W/2,ny+H/2))
    return [min(p[0] for p in pts),min(p[1] for p in pts),max(p[0] for p in pts),max(p[1] for p in pts)]
for ang in (90,180,270,12):
    c=panel(str(ang)); w,h=c.im.size
    im=c.im.rotate(ang, expand=True, fillcolor=(255,255,255), resample=Image.BICUBIC); W,H=im.size
    for it in c.items: it["rects"]=[rot_pts(r,ang,w,h,W,H) for r in it["rects"]]; it["rot"]=ang
    c.save(f"rotated_{ang:03d}_notepad.png", im)
# 7 boxed digits (paper-like comb form screenshot)
c=Canvas(900,260,(250,250,247)); m=ids.mpan_core(); g=ids.mprn()
c.txt((20,15),"Change of Tenancy form CT-12 (page 2 of 4)", F(18), (0,0,0), "keep","ref","CT-12")
def comb(x,y,digits,label):
    c.txt((x,y),label,F(15),(0,0,0)); x+=170
    for i,dg in enumerate(digits):
        c.d.rectangle((x+i*30,y-6,x+i*30+26,y+24),outline=(30,30,120),width=2); c.d.text((x+i*30+7,y-2),dg,font=F(18,"DejaVuSansMono.ttf"),fill=(10,10,60))
    return [x,y-6,x+len(digits)*30,y+24]
r1=comb(20,80,m,"Supply number"); c.items.append({"type":"id","kind":"MPAN","value":m,"rects":[r1],"rot":0})
r2=comb(20,140,g,"Gas supply point"); c.items.append({"type":"id","kind":"MPRN","value":g,"rects":[r2],"rot":0})
c.txt((20,205),"Date of move 11/12/2026   Opening read 30,441", F(15), (0,0,0), "keep","date","11/12/2026")
c.save("boxed_digits_cot_form.png")
# 8 ICC profiles (PNG and JPEG) carrying identifiers in desc / cprt, plus visible content
def icc_profile(desc, cprt):
    def textdesc(s):
        b=s.encode('ascii')+b'\0'
        return b'desc'+b'\0'*4+struct.pack('>I',len(b))+b+b'\0'*(4+4+2+1+67)
    def text(s): return b'text'+b'\0'*4+s.encode('ascii')+b'\0'
    def xyz(x,y,z): return b'XYZ '+b'\0'*4+struct.pack('>iii',int(x*65536),int(y*65536),int(z*65536))
    def curv(): return b'curv'+b'\0'*4+struct.pack('>I',1)+struct.pack('>H',0x0233)+b'\0\0'
    tags=[(b'desc',textdesc(desc)),(b'cprt',text(cprt)),(b'wtpt',xyz(0.9505,1.0,1.089)),
          (b'rXYZ',xyz(0.4361,0.2225,0.0139)),(b'gXYZ',xyz(0.3851,0.7169,0.0971)),(b'bXYZ',xyz(0.1431,0.0606,0.7141)),
          (b'rTRC',curv()),(b'gTRC',curv()),(b'bTRC',curv())]
    n=len(tags); off=128+4+12*n; table=b''; data=b''
    for sig,dat in tags:
        while (off+len(data))%4: data+=b'\0'
        table+=sig+struct.pack('>II',off+len(data),len(dat)); data+=dat
    body=struct.pack('>I',n)+table+data; size=128+len(body)
    hdr=struct.pack('>I',size)+b'lcms'+struct.pack('>I',0x02100000)+b'mntrRGB XYZ '+struct.pack('>6H',2026,12,6,6,0,0)+b'acsp'+b'APPL'+b'\0'*4+b'\0'*4+b'\0'*4+b'\0'*8+b'\0'*4+struct.pack('>iii',63190,65536,54061)+b'lcms'+b'\0'*44
    assert len(hdr)==128, len(hdr)
    return hdr+body
for ext in ("png","jpg"):
    c=Canvas(700,200,(255,255,255)); m_icc=ids.mpan_core(); n_icc=ids.name(); m=ids.mpan_core()
    c.txt((20,20),"Calibrated capture · Display 2 · "+ext.upper(), F(16), (0,0,0), "keep","label","Calibrated capture")
    c.txt((20,70),"Supply "+m, F(16), (0,0,0)); c.items.append({"type":"id","kind":"MPAN","value":m,"rects":[list(c.d.textbbox((20,70),"Supply "+m,font=F(16)))],"rot":0})
    c.txt((20,120),"Run RUN-30112 · 06/12/2026 09:41:07", F(16), (0,0,0), "keep","ref","RUN-30112")
    prof=icc_profile(f"Dell U2723QE MPAN {m_icc}", f"Copyright {n_icc} 2026")
    c.items.append({"type":"id","kind":"MPAN","value":m_icc,"rects":[],"rot":0,"meta":"icc desc"}); c.items.append({"type":"id","kind":"NAME","value":n_icc,"rects":[],"rot":0,"meta":"icc cprt"})
    if ext=="png":
        pi=PngImagePlugin.PngInfo(); m_t=ids.mpan_core(); pi.add_text("Comment","supply "+m_t); c.items.append({"type":"id","kind":"MPAN","value":m_t,"rects":[],"rot":0,"meta":"tEXt Comment"})
        c.save("icc_profile_capture.png", icc_profile=prof, pnginfo=pi)
    else:
        c.save("icc_profile_capture.jpg", icc_profile=prof, quality=92)
# 9 Notepad dark mode with full 21-digit MPAN inline, hyphenated core, keeps that look like MPANs
c=Canvas(1100,330,(32,32,32)); mono=F(15,"DejaVuSansMono.ttf"); fg=(220,220,220)
c.txt((10,6),"D0010_sample.txt - Notepad", F(13), (200,200,200), "keep","label","D0010_sample.txt")
m=ids.mpan_core(); pc,mtc,llf=ids.top(); m2=ids.mpan_core(); g=ids.mprn()
y=45
def line(parts):
    global y
    x=12
    for t,typ,kind,val in parts:
        c.d.text((x,y),t,font=mono,fill=fg)
        b=c.d.textbbox((x,y),t,font=mono)
        if typ: c.items.append({"type":typ,"kind":kind,"value":val or t,"rects":[list(b)],"rot":0})
        x=b[2] if t.endswith(" ")==False else c.d.textbbox((x,y),t,font=mono)[2]
        x=x
    y+=30
line([("Full MPAN: ",None,None,None),("S "+pc+" "+mtc+" "+llf+" "+m,"id","MPAN",m)])
line([("Core (dashed): ",None,None,None),(f"{m2[:2]}-{m2[2:6]}-{m2[6:10]}-{m2[10:]}","id","MPAN",m2)])
line([("MPRN: ",None,None,None),(f"{g[:4]} {g[4:7]} {g[7:]}","id","MPRN",g)])
line([("epoch_ms=",None,None,None),("1764998812345","keep","epoch",None),("  ean=",None,None,None),("5012345678900","keep","ean",None)])
line([("ref=",None,None,None),("MPAN-REF-07","keep","ref",None),("  flow=",None,None,None),("D0010001","keep","flow",None),("  dip=",None,None,None),("DIP-0004412980","keep","dip",None)])
line([("guid=",None,None,None),("a91f3c0e-22b4-4d8e-9f61-0c3b7e5d2a18","keep","guid",None),("  ip=",None,None,None),("192.168.40.17","keep","ip",None)])
line([("invoice=",None,None,None),("INV-2026-0041877","keep","ref",None),("  total=",None,None,None),("£2,918.04","keep","amount",None),("  rows=",None,None,None),("1,248","keep","count",None)])
c.txt((10,300),"Ln 7, Col 42    120%    Unix (LF)    UTF-8", F(12), (160,160,160), "keep","status","Ln 7, Col 42")
c.save("notepad_dark_d0010.png")
print("ok")
