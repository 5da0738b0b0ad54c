import struct, json
from PIL import Image, ImageDraw, ImageFont, ImageCms, PngImagePlugin
from lib import *
F=lambda n,s: ImageFont.truetype(f'/usr/share/fonts/truetype/{n}',s)
import glob
def font(name,s): return ImageFont.truetype(glob.glob(f'/usr/share/fonts/**/{name}',recursive=True)[0],s)
# --- seven segment IHD
SEG={'0':'abcdef','1':'bc','2':'abged','3':'abgcd','4':'fgbc','5':'afgcd','6':'afgedc','7':'abc','8':'abcdefg','9':'abcdfg'}
def sevenseg(d,x,y,w,h,t,col,digits):
    for ch in digits:
        s=SEG[ch]; hh=h//2
        P={'a':[(x+t,y),(x+w-t,y+t)],'d':[(x+t,y+h-t),(x+w-t,y+h)],'g':[(x+t,y+hh-t//2),(x+w-t,y+hh+t//2)],
           'f':[(x,y+t),(x+t,y+hh-t//2)],'b':[(x+w-t,y+t),(x+w,y+hh-t//2)],'e':[(x,y+hh+t//2),(x+t,y+h-t)],'c':[(x+w-t,y+hh+t//2),(x+w,y+h-t)]}
        for k in s: d.rectangle(P[k],fill=col)
        x+=w+t*3
    return x
im=Image.new('RGB',(800,480),(24,40,32)); d=ImageDraw.Draw(im)
d.rounded_rectangle((30,30,770,450),20,fill=(170,200,150))
items=[]
f1=font('DejaVuSans-Bold.ttf',22); d.text((60,55),'SETTINGS > METER INFO',font=f1,fill=(30,40,30)); items.append({'kind':'keep','type':'ui','text':'METER INFO','boxes':[list(d.textbbox((60,55),'SETTINGS > METER INFO',font=f1))]})
d.text((60,110),'MPAN',font=f1,fill=(30,40,30)); items.append({'kind':'keep','type':'label','text':'MPAN','boxes':[list(d.textbbox((60,110),'MPAN',font=f1))]})
m=mpan(16,'0045912378'); x1=sevenseg(d,60,150,26,50,5,(30,40,30),m); items.append({'kind':'secret','type':'mpan','text':m,'boxes':[[60,150,x1,200]]})
d.text((60,240),'NOW',font=f1,fill=(30,40,30)); items.append({'kind':'keep','type':'label','text':'NOW','boxes':[list(d.textbbox((60,240),'NOW',font=f1))]})
x2=sevenseg(d,60,280,40,80,8,(30,40,30),'042'); d.rectangle((x2-10,350,x2-2,358),fill=(30,40,30)); x3=sevenseg(d,x2+6,280,40,80,8,(30,40,30),'7')
d.text((x3+20,320),'kW',font=f1,fill=(30,40,30)); items.append({'kind':'keep','type':'reading','text':'0427','boxes':[[60,280,x3,360]]})
d.text((60,395),'GUID',font=f1,fill=(30,40,30)); eu='001BC50C000A3F21'; d.text((140,395),'00-1B-C5-0C-00-0A-3F-21',font=font('DejaVuSansMono.ttf',22),fill=(30,40,30))
items.append({'kind':'secret','type':'eui64','text':eu,'boxes':[list(d.textbbox((140,395),'00-1B-C5-0C-00-0A-3F-21',font=font('DejaVuSansMono.ttf',22)))]})
im.save(f'{CORP}/ihd_sevenseg.png'); save({'file':'ihd_sevenseg.png','toolkit':'pillow','scale':1.0,'theme':'lcd','size':list(im.size),'items':items})
# --- hidden in transparent pixels
im=Image.new('RGBA',(700,200),(255,255,255,255)); d=ImageDraw.Draw(im); f=font('LiberationSans-Regular.ttf',20)
d.text((20,20),'Evidence step 4 – screenshot attached',font=f,fill=(0,0,0,255)); items=[{'kind':'keep','type':'keep','text':'Evidence step 4','boxes':[list(d.textbbox((20,20),'Evidence step 4',font=f))]}]
layer=Image.new('RGBA',im.size,(0,0,0,0)); d2=ImageDraw.Draw(layer)
m2=mpan(20,'6603318844'); d2.rectangle((0,90,700,200),fill=(255,255,255,0)); d2.text((20,120),'MPAN '+m2,font=f,fill=(0,0,0,0))
bb=list(d2.textbbox((20,120),'MPAN '+m2,font=f))
px=im.load(); lp=layer.load()
for y in range(90,200):
    for x in range(700): px[x,y]=lp[x,y]
items.append({'kind':'secret','type':'mpan','text':m2,'boxes':[bb],'note':'RGB text in alpha=0 pixels; visible only if alpha dropped'})
im.save(f'{CORP}/hidden_in_transparent_pixels.png'); save({'file':'hidden_in_transparent_pixels.png','toolkit':'pillow','scale':1.0,'theme':'light','size':list(im.size),'items':items,'alpha':True})
# --- ICC profile with text
def icc_with(desc,cprt):
    b=bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile('sRGB')).tobytes())
    n=struct.unpack('>I',b[128:132])[0]
    def mluc(s):
        u=s.encode('utf-16-be'); return b'mluc'+b'\0'*4+struct.pack('>II',1,12)+b'enUS'+struct.pack('>II',len(u),28)+u
    newdata={}
    for tag,s in [(b'desc',desc),(b'cprt',cprt)]:
        off=len(b); off+=(-off)%4; b+=b'\0'*(off-len(b)); dat=mluc(s); b+=dat; newdata[tag]=(off,len(dat))
    for i in range(n):
        p=132+12*i; sig=bytes(b[p:p+4])
        if sig in newdata: b[p+4:p+12]=struct.pack('>II',*newdata[sig])
    b[0:4]=struct.pack('>I',len(b)); return bytes(b)
icc=icc_with('Display cal for MPAN '+mpan(10,'2847193650'),'Calibrated at 14 Kestrel Way, Much Wenlock TF13 6BQ')
base=Image.open(f'{CORP}/qt_crm_light_100.png').convert('RGB')
e=json.load(open(f'{TRUTH_DIR}/qt_crm_light_100.png.json'))
meta=[{'kind':'secret','type':'mpan','text':mpan(10,'2847193650'),'where':'ICC desc'},{'kind':'secret','type':'address','text':'Kestrel','where':'ICC cprt'},{'kind':'secret','type':'postcode','text':'TF13 6BQ','where':'ICC cprt'}]
pi=PngImagePlugin.PngInfo(); pi.add_text('Comment','Captured for MPAN '+mpan(22,'1234567890')); pi.add_itxt('Description','Customer Priya Ramachandran, MPRN 7412093385')
base.save(f'{CORP}/icc_text_crm.png',icc_profile=icc,pnginfo=pi)
e2=dict(e); e2['file']='icc_text_crm.png'; e2['metadata_secrets']=meta+[{'kind':'secret','type':'mpan','text':mpan(22,'1234567890'),'where':'PNG tEXt Comment'},{'kind':'secret','type':'mprn','text':'7412093385','where':'PNG iTXt'},{'kind':'secret','type':'name','text':'Ramachandran','where':'PNG iTXt'}]
save(e2)
base2=Image.open(f'{CORP}/jira_light_100.png').convert('RGB'); e=json.load(open(f'{TRUTH_DIR}/jira_light_100.png.json'))
base2.save(f'{CORP}/icc_text_jira.jpg',quality=90,icc_profile=icc,comment=b'MPAN '+mpan(22,'1234567890').encode())
e['file']='icc_text_jira.jpg'; e['metadata_secrets']=meta+[{'kind':'secret','type':'mpan','text':mpan(22,'1234567890'),'where':'JPEG COM'}]; save(e)
print('ok')
