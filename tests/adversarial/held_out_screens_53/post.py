import json, os, struct, shutil, math
from PIL import Image, ImageDraw, ImageFont, ImageCms, ImageFilter, PngImagePlugin
import ids; ids.R.seed(4242)
from ids import *
B="/tmp/ho37/screens/build"; C="/tmp/ho37/screens/corpus"; os.makedirs(C,exist_ok=True)
def load(sub,stem):
    d=json.load(open(f"{B}/{sub}/{stem}.json")); im=Image.open(f"{B}/{sub}/{stem}.png"); im.load(); return im,d
TRUTH={}
def save(im,d,name,view=None,meta=None,**kw):
    d=dict(d); d["source_image"]=d.get("image"); d["image"]=name
    if view: d["view"]=view
    if meta: d["meta_secrets"]=meta
    p=f"{C}/{name}"
    im.save(p,**kw) if kw.get("format")!="keep" else None
    TRUTH[name]=d
def scale_items(items,f,ox=0,oy=0):
    return [dict(it,rects=[[x*f+ox,y*f+oy,w*f,h*f] for x,y,w,h in it["rects"]]) for it in items]
def icc_with(desc, cprt):
    base=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    n=struct.unpack(">I",base[128:132])[0]; tags=[]
    for i in range(n):
        sig,off,sz=struct.unpack(">4sII",base[132+12*i:144+12*i]); tags.append([sig,base[off:off+sz]])
    def desc_t(s):
        b=s.encode()+b"\0"; x=b"desc"+b"\0"*4+struct.pack(">I",len(b))+b+b"\0"*4+b"\0"*4+b"\0\0"+b"\0"*67
        return x
    def text_t(s): return b"text"+b"\0"*4+s.encode()+b"\0"
    newtags=[]
    for sig,data in tags:
        if sig==b"desc": data=desc_t(desc)
        elif sig==b"cprt": data=text_t(cprt)
        newtags.append((sig,data))
    if not any(s==b"cprt" for s,_ in newtags): newtags.append((b"cprt",text_t(cprt)))
    off=128+4+12*len(newtags); table=b""; blob=b""
    for sig,data in newtags:
        while (off+len(blob))%4: blob+=b"\0"
        table+=struct.pack(">4sII",sig,off+len(blob),len(data)); blob+=data
    hdr=bytearray(base[:128]); total=128+4+len(table)+len(blob); hdr[0:4]=struct.pack(">I",total)
    hdr[84:100]=b"\0"*16
    return bytes(hdr)+struct.pack(">I",len(newtags))+table+blob

# 1. copy all base renders as PNG (originals)
for sub in ["html","qt","lo"]:
    for f in sorted(os.listdir(f"{B}/{sub}")):
        if f.endswith(".json"):
            stem=f[:-5]; im,d=load(sub,stem); save(im.convert("RGB"),d,stem+".png")
# 2. rotations (upright truth + view transform)
def rot(stem,sub,op,name):
    im,d=load(sub,stem); im=im.convert("RGB")
    if op in (90,180,270): out=im.transpose({90:Image.ROTATE_90,180:Image.ROTATE_180,270:Image.ROTATE_270}[op])
    else: out=im.rotate(op,expand=True,fillcolor=(255,255,255),resample=Image.BICUBIC)
    save(out,d,name,view={"rotate":op,"orig_size":im.size})
rot("h00_portal_meter_details_100_light","html",90,"x_rot90_portal.png")
rot("h29_servicenow_form_100_light","html",180,"x_rot180_servicenow.png")
rot("h26_outlook_thread_100_light","html",12,"x_rot12_outlook.png")
rot("lo_bill_100","lo",-3,"x_rot3_bill.png")
rot("q_sbox_100_light","qt",270,"x_rot270_qt_sbox.png")
# 3. screen-share JPEG copies
def share(stem,sub,f,q,name,**kw):
    im,d=load(sub,stem); im=im.convert("RGB"); w,h=im.size; im2=im.resize((round(w*f),round(h*f)),Image.BILINEAR)
    d=dict(d); d["items"]=scale_items(d["items"],im2.size[0]/w); save(im2,d,name,quality=q,**kw)
share("h03_portal_sbox_flex_100_dark","html",0.75,55,"x_share_sbox_dark.jpg",subsampling=2)
share("h17_dip_tracker_100_light","html",0.8,60,"x_share_dip.jpg",subsampling=2)
share("q_sbox_125_dark","qt",0.7,50,"x_share_qt_sbox.jpg")
share("lo_bill_125","lo",0.85,60,"x_share_bill.jpg")
share("h13_narrow_wrap_100_light","html",0.9,55,"x_share_wrap.jpg")
share("h12_portal_mprn_fields_125_dark","html",0.67,60,"x_share_mprn.jpg")
# 4. formats
im,d=load("html","h09_bill_meter_table_150_light"); save(im.convert("RGB").quantize(64),d,"x_palette_bill.png")
im,d=load("html","h11_portal_mprn_fields_100_light"); g16=Image.fromarray(__import__("numpy").array(im.convert("L"),dtype="uint16")*257); save(g16,d,"x_16bit_mprn.png")
im,d=load("html","h22_appointment_calendar_110_light"); save(im.convert("RGB"),d,"x_progressive_calendar.jpg",quality=85,progressive=True)
im,d=load("html","h36_eventviewer_100_light"); save(im.convert("RGB"),d,"x_q40_eventviewer.jpg",quality=40)
im,d=load("html","h44_boxed_digits_100_light"); save(im.convert("CMYK"),d,"x_cmyk_boxed.jpg",quality=90)
# EXIF orientation: stored rotated, tag 6 (viewer rotates 90 CW to display)
im,d=load("html","h30_powerbi_table_100_light"); st=im.convert("RGB").transpose(Image.ROTATE_90)
ex=Image.Exif(); ex[0x0112]=6; save(st,d,"x_exif6_powerbi.jpg",quality=92,exif=ex.tobytes(),view={"exif":6,"orig_size":im.size})
# ICC/metadata carrying text
m_icc=mpan(); g_icc=mprn(); s_txt=eserial()
im,d=load("html","h15_lone_small_100_light"); save(im.convert("RGB"),d,"x_icc_lone.png",icc_profile=icc_with(f"Display calibrated for supply {m_icc}", "Copyright 2026 Test rig"),meta=[{"k":"mpan","t":m_icc,"where":"icc desc"}])
im,d=load("html","h27_teams_table_125_light"); save(im.convert("RGB"),d,"x_icc_teams.jpg",quality=90,icc_profile=icc_with("sRGB IEC61966-2.1", f"MPRN {g_icc} site profile"),meta=[{"k":"mprn","t":g_icc,"where":"icc cprt"}])
pi=PngImagePlugin.PngInfo(); pi.add_text("Comment",f"meter {s_txt} captured on site"); pi.add_itxt("Description",f"evidence for {m_icc}")
im,d=load("qt","q_xmltree_100_light"); save(im.convert("RGB"),d,"x_textchunk_xmltree.png",pnginfo=pi,meta=[{"k":"serial_e","t":s_txt,"where":"tEXt Comment"},{"k":"mpan","t":m_icc,"where":"iTXt Description"}])
# 5. nested screenshot of screenshot
im,d=load("html","h06_portal_sbox_noS_125_light"); f=0.6; sm=im.convert("RGB").resize((round(im.size[0]*f),round(im.size[1]*f)),Image.LANCZOS)
can=Image.new("RGB",(1280,720),(236,239,244)); sh=Image.new("RGBA",(sm.size[0]+30,sm.size[1]+30),(0,0,0,0)); ImageDraw.Draw(sh).rectangle([15,15,sm.size[0]+15,sm.size[1]+15],fill=(0,0,0,110)); sh=sh.filter(ImageFilter.GaussianBlur(8))
ox,oy=200,90; can.paste(sh,(ox-9,oy-7),sh); ImageDraw.Draw(can).rectangle([ox-4,oy-4,ox+sm.size[0]+3,oy+sm.size[1]+3],fill=(90,90,90)); can.paste(sm,(ox,oy))
fnt=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",16); ImageDraw.Draw(can).text((ox,oy+sm.size[1]+16),"Figure 3: supply points screen (SIT-B)",font=fnt,fill=(40,40,40))
bb=ImageDraw.Draw(can).textbbox((ox,oy+sm.size[1]+16),"Figure 3: supply points screen (SIT-B)",font=fnt)
d=dict(d); d["items"]=scale_items(d["items"],f,ox,oy)+[dict(r="k",k="label",t="Figure 3: supply points screen (SIT-B)",rects=[[bb[0],bb[1],bb[2]-bb[0],bb[3]-bb[1]]])]; d["toolkit"]="chromium+pillow"
save(can,d,"x_nested_sbox.png")
# 6. alpha: screenshot with transparent background (premultiplied look)
import numpy as np
im,d=load("html","h04_portal_sbox_flex_80_light"); a=np.array(im.convert("RGB")).astype(int); bg=np.array([243,244,246]); dist=np.abs(a-bg).sum(2)
alpha=np.clip(dist*3,0,255).astype("uint8"); rgba=np.dstack([a.astype("uint8"),alpha]); save(Image.fromarray(rgba,"RGBA"),d,"x_alpha_sbox.png",view={"alpha":1})
# 7. Pillow-drawn: white text on transparent, and hidden text in transparent pixels
F=lambda s: ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",s)
def txt(dr,xy,s,f,fill,items,r,k,t=None):
    dr.text(xy,s,font=f,fill=fill); b=dr.textbbox(xy,s,font=f); items.append(dict(r=r,k=k,t=t or s,rects=[[b[0],b[1],b[2]-b[0],b[3]-b[1]]]))
m=mpan(); n=name(); items=[]
im=Image.new("RGBA",(900,260),(255,255,255,0)); dr=ImageDraw.Draw(im)
txt(dr,(30,30),"Supply number",F(18),(255,255,255,255),items,"k","label"); txt(dr,(30,70),mpan_sp(m),F(28),(255,255,255,255),items,"s","mpan",m)
txt(dr,(30,130),n,F(20),(255,255,255,255),items,"s","name"); txt(dr,(30,180),"Exported from overlay v2.3",F(14),(255,255,255,255),items,"k","label")
save(im,{"toolkit":"pillow","scale":1,"theme":"transparent","items":items},"p_white_on_transparent.png",view={"alpha":1})
m2=mpan(); g2=mprn(); items=[]
base=Image.new("RGB",(1000,400),(255,255,255)); dr=ImageDraw.Draw(base)
txt(dr,(40,40),"Readings chart",F(20),(20,20,20),items,"k","label")
txt(dr,(40,200),f"MPAN {m2}",F(22),(20,20,20),items,"s","mpan",m2); txt(dr,(520,200),f"MPRN {g2}",F(22),(20,20,20),items,"s","mprn",g2)
al=Image.new("L",base.size,0); ImageDraw.Draw(al).rectangle([0,0,1000,120],fill=255)
for x in range(40,960,60): ImageDraw.Draw(base).rectangle([x,max(250,330-(x%170)),x+40,390],fill=(96,165,250)); ImageDraw.Draw(al).rectangle([x,max(250,330-(x%170)),x+40,390],fill=255)
im=base.convert("RGBA"); im.putalpha(al)
for it in items:
    if it["r"]=="s": it["hidden_in_transparent"]=True
save(im,{"toolkit":"pillow","scale":1,"theme":"transparent","items":items},"p_hidden_in_transparent.png",view={"alpha":1})
# 8. Pillow: dark-theme screen with small-angle-rotated sticker & spaced lower-case serial + dotted eui
items=[]; im=Image.new("RGB",(1280,720),(30,30,30)); dr=ImageDraw.Draw(im)
s=eserial().lower(); e=eui().replace("-",".").lower(); g3=gserial()
txt(dr,(40,40),"Site survey notes",F(22),(230,230,230),items,"k","label")
txt(dr,(40,100),"elec meter:",F(16),(200,200,200),items,"k","label"); sp=" ".join(s[i:i+2] for i in range(0,len(s),2)); txt(dr,(160,100),sp,F(16),(230,230,230),items,"s","serial_e",s)
txt(dr,(40,140),"comms hub:",F(16),(200,200,200),items,"k","label"); txt(dr,(160,140),e,F(16),(230,230,230),items,"s","eui")
txt(dr,(40,180),"Gas meter",F(16),(200,200,200),items,"k","label"); txt(dr,(160,180),g3,F(16),(230,230,230),items,"s","serial_g")
txt(dr,(40,240),"Status: awaiting SRV 8.14.1 response",F(16),(200,200,200),items,"k","keep")
save(im,{"toolkit":"pillow","scale":1,"theme":"dark","items":items},"p_survey_notes_dark.png")
json.dump(TRUTH,open("/tmp/ho37/screens/truth.json","w"),indent=1)
print(len(TRUTH),"images")
