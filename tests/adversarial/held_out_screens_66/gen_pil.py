import sys, json, struct, zlib, io; sys.path.insert(0,'/tmp/ho41/screens/gen')
from lib import *
from PIL import Image, ImageDraw, ImageFont, ImageFilter, PngImagePlugin
import numpy as np, cv2
def T(name): return json.load(open(f'{TRUTH}/{name}.json'))
def load(name): return Image.open(f'{CORPUS}/{name}').convert('RGB')
def mapitems(items,fn,W,H):
    out=[]
    for it in items:
        nb=[]
        for b in it['boxes']:
            pts=np.array([[b[0],b[1]],[b[2],b[1]],[b[2],b[3]],[b[0],b[3]]],float); q=fn(pts)
            x0,y0=q.min(0); x1,y1=q.max(0); x0,y0,x1,y1=max(0,x0),max(0,y0),min(W,x1),min(H,y1)
            if x1-x0>2 and y1-y0>2: nb.append([int(x0),int(y0),int(np.ceil(x1)),int(np.ceil(y1))])
        if nb: d=dict(it); d['boxes']=nb; d.pop('id',None); out.append(d)
    return out
def save(name,im,items,src,desc,fmt=None,**kw):
    p=f'{CORPUS}/{name}'
    if fmt=='jpg': im.save(p,quality=kw.pop('q'),**kw)
    else: im.save(p,**kw)
    save_truth(name,items,toolkit='pillow-derived',source=src,transform=desc); print(name,im.size,len(items))
def homog(src,dst):
    M=cv2.getPerspectiveTransform(np.float32(src),np.float32(dst)); return M,(lambda pts: cv2.perspectiveTransform(pts.reshape(-1,1,2).astype(np.float32),M).reshape(-1,2))
def monitor_photo():
    s='h01_broker_light_100.png'; im=np.array(load(s)); h,w=im.shape[:2]
    # moire: multiply by fine sinusoidal grid
    yy,xx=np.mgrid[0:h,0:w]; moire=0.88+0.12*np.sin(xx*2.9+yy*0.35)*np.sin(yy*2.7)
    im=(im*moire[...,None]).clip(0,255).astype('uint8')
    W,H=1600,1000; dst=[[180,120],[1420,60],[1470,930],[140,860]]
    M,fn=homog([[0,0],[w,0],[w,h],[0,h]],dst)
    bg=np.full((H,W,3),(38,36,40),np.uint8); warp=cv2.warpPerspective(im,M,(W,H),dst=bg,borderMode=cv2.BORDER_TRANSPARENT)
    warp=cv2.GaussianBlur(warp,(0,0),0.9); n=np.random.default_rng(1).normal(0,5,warp.shape); warp=(warp+n).clip(0,255).astype('uint8')
    save('p01_monitor_photo_keystone_moire.jpg',Image.fromarray(warp),mapitems(T(s)['items'],fn,W,H),s,'perspective+moire+blur+noise','jpg',q=85)
def desk_photo():
    im=np.array(Image.open(BUILD+'/l05base.png').convert('RGB')); items=json.load(open(BUILD+'/l05base.json')); h,w=im.shape[:2]
    W,H=1400,1700; r=np.random.default_rng(2)
    yy,xx=np.mgrid[0:H,0:W]; wood=np.stack([120+30*np.sin(xx/23+np.sin(yy/90)*3),80+20*np.sin(xx/23+np.sin(yy/90)*3),50+10*np.sin(xx/19)],-1)
    bg=wood.clip(0,255).astype(np.uint8)
    dst=[[170,140],[1230,190],[1280,1560],[110,1500]]; M,fn=homog([[0,0],[w,0],[w,h],[0,h]],dst)
    warp=cv2.warpPerspective(im,M,(W,H),dst=bg.copy(),borderMode=cv2.BORDER_TRANSPARENT)
    shade=(0.75+0.3*(xx/W))*(0.9+0.1*(yy/H)); warp=(warp*shade[...,None]).clip(0,255)
    warp=cv2.GaussianBlur(warp.astype(np.uint8),(0,0),1.1); warp=(warp+r.normal(0,4,warp.shape)).clip(0,255).astype('uint8')
    save('p02_printed_bill_on_desk.jpg',Image.fromarray(warp),mapitems(items,fn,W,H),'l05base (LibreOffice bill @110dpi)','perspective+lighting+blur','jpg',q=80)
def jpeg(s,name,q,scale=1.0):
    im=load(s); t=T(s)['items']
    if scale!=1.0: im=im.resize((round(im.width*scale),round(im.height*scale)),Image.BILINEAR)
    save(name,im,mapitems(t,lambda p:p*scale,im.width,im.height),s,f'jpeg q{q} scale {scale}','jpg',q=q)
def motion(s,name):
    im=np.array(load(s)); k=np.zeros((1,9),np.float32); k[:]=1/9; b=cv2.filter2D(im,-1,k)
    k2=np.zeros((5,5),np.float32); np.fill_diagonal(k2,1/5); b=cv2.filter2D(b,-1,k2)
    save(name,Image.fromarray(b),mapitems(T(s)['items'],lambda p:p,im.shape[1],im.shape[0]),s,'motion blur 9px horizontal + 5px diagonal, jpeg q60','jpg',q=60)
def rot(s,name,k):
    im=load(s); w,h=im.size; t=T(s)['items']
    if k==90: o=im.transpose(Image.ROTATE_90); fn=lambda p: np.stack([p[:,1],w-p[:,0]],1)
    if k==180: o=im.transpose(Image.ROTATE_180); fn=lambda p: np.stack([w-p[:,0],h-p[:,1]],1)
    if k==270: o=im.transpose(Image.ROTATE_270); fn=lambda p: np.stack([h-p[:,1],p[:,0]],1)
    save(name,o,mapitems(t,fn,o.width,o.height),s,f'rotated {k} (ccw)')
def rot_small(s,name,ang,fill=(255,255,255),mono=False):
    im=load(s); w,h=im.size; M=cv2.getRotationMatrix2D((w/2,h/2),ang,1.0)
    c,sn=abs(M[0,0]),abs(M[0,1]); W,H=int(h*sn+w*c),int(h*c+w*sn); M[0,2]+=W/2-w/2; M[1,2]+=H/2-h/2
    o=cv2.warpAffine(np.array(im),M,(W,H),borderValue=fill,flags=cv2.INTER_LINEAR)
    fn=lambda p:(np.hstack([p,np.ones((len(p),1))])@M.T)
    oi=Image.fromarray(o)
    if mono: oi=oi.convert('L').point(lambda x:255 if x>150 else 0).convert('1')
    save(name,oi,mapitems(T(s)['items'],fn,W,H),s,f'rotated {ang} deg'+(' 1-bit' if mono else ''))
def crop_edge():
    s='h07_recon_dark_125.png'; im=load(s); t=T(s)['items']
    tgt=[it for it in t if it['kind']=='mpan_core' and it['form']=='plain'][3]; b=tgt['boxes'][0]
    cut=int(b[0]+(b[2]-b[0])*0.72); y0=max(0,b[1]-330)
    o=im.crop((0,y0,cut,im.height)); items=mapitems(t,lambda p:p-np.array([0,y0]),o.width,o.height)
    for it in items:
        if it['kind']!='keep' and any(bb[2]>=o.width-1 for bb in it['boxes']): it['form']+=' cut-at-edge'
    save('p07_cropped_value_cut_at_edge.png',o,items,s,'crop; value cut at right edge')
def font(sz,mono=False,bold=False): return ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf' if mono else ('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' if bold else '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'),sz)
def alpha_png():
    v=V(61); W,H=900,360; im=Image.new('RGBA',(W,H),(0,0,0,0)); d=ImageDraw.Draw(im); items=[]
    def tx(x,y,s,kind,form,fill,f):
        d.text((x,y),s,fill=fill,font=f); b=d.textbbox((x,y),s,font=f); items.append(dict(kind=kind,keep=kind=='keep',value=s if kind=='keep' else s.split(': ',1)[-1],form=form,boxes=[list(b)]))
    tx(30,20,'Overlay layer 2 (export)','keep','',(255,255,255,255),font(22))
    c=v.mpan()[1]; tx(30,70,'MPAN: '+c,'mpan_core','white-on-transparent',(255,255,255,255),font(26))
    tx(30,120,'MPRN: '+v.mprn(),'mprn','white-alpha-60pct',(255,255,255,150),font(24))
    tx(30,170,'Hub: '+v.eui(),'eui64','black-alpha-40pct',(0,0,0,100),font(24))
    # hidden: draw into RGB where alpha stays 0
    hid=Image.new('RGBA',(W,H),(0,0,0,0)); hd=ImageDraw.Draw(hid); hv=v.mpan()[1]; f=font(26); hd.text((30,240),'MPAN: '+hv,fill=(20,20,20,255),font=f); b=hd.textbbox((30,240),'MPAN: '+hv,font=f)
    a=np.array(im); h=np.array(hid); mask=(h[...,3]>0)&(a[...,3]==0); a[mask,:3]=h[mask,:3]; a[mask,3]=0
    items.append(dict(kind='mpan_core',keep=False,value=hv,form='hidden-in-alpha0-pixels',boxes=[list(b)]))
    save('p08_alpha_white_and_hidden.png',Image.fromarray(a,'RGBA'),items,'pillow','RGBA; white text, semi-transparent text, text in RGB of alpha=0 pixels')
def icc_bytes(desc,cprt):
    def desc_tag(s):
        b=s.encode('ascii')+b'\0'; return b'desc'+b'\0'*4+struct.pack('>I',len(b))+b+b'\0'*4+b'\0'*4+b'\0'*67
    def text_tag(s): return b'text'+b'\0'*4+s.encode('ascii')+b'\0'
    def xyz(x,y,z): return b'XYZ '+b'\0'*4+struct.pack('>iii',int(x*65536),int(y*65536),int(z*65536))
    tags=[(b'desc',desc_tag(desc)),(b'cprt',text_tag(cprt)),(b'wtpt',xyz(0.9505,1.0,1.089))]
    off=128+4+12*len(tags); table=b''; data=b''
    for sig,body in tags:
        while (off+len(data))%4: data+=b'\0'
        table+=sig+struct.pack('>II',off+len(data),len(body)); data+=body
    size=off+len(data)
    hdr=struct.pack('>I',size)+b'none'+bytes([2,0x10,0,0])+b'mntr'+b'RGB '+b'XYZ '+b'\0'*12+b'acsp'+b'APPL'+b'\0'*4+b'none'+b'none'+b'\0'*8+b'\0'*4+struct.pack('>iii',63190,65536,54061)+b'none'+b'\0'*44
    assert len(hdr)==128
    return hdr+struct.pack('>I',len(tags))+table+data
def icc_png():
    s='h16_tooltip_shadow_light.png'; im=load(s); v=V(62); mc=v.mpan()[1]; nm=v.name()
    icc=icc_bytes(f'sRGB MPAN {mc}',f'Copyright {nm} MPRN {v.mprn()}')
    pi=PngImagePlugin.PngInfo(); pi.add_text('Comment',f'Captured for {nm} MPAN {mc}'); pi.add_text('Author',nm)
    save('p09_icc_and_text_chunks.png',im,mapitems(T(s)['items'],lambda p:p,im.width,im.height),s,f'iCCP desc/cprt and tEXt carry MPAN {mc} / name {nm}',icc_profile=icc,pnginfo=pi)
    json.dump(dict(mpan=mc,name=nm),open(BUILD+'/p09_meta.json','w'))
def icc_jpg():
    s='h19_caption_over_photo.png'; im=load(s); v=V(63); mc=v.mpan()[1]; nm=v.name()
    icc=icc_bytes(f'Display P3 {mc}',f'(c) {nm}')
    save('p10_icc_jpeg.jpg',im,mapitems(T(s)['items'],lambda p:p,im.width,im.height),s,f'JPEG ICC desc MPAN {mc}, cprt {nm}, COM comment','jpg',q=88,icc_profile=icc,comment=f'MPAN {mc} {nm}'.encode())
    json.dump(dict(mpan=mc,name=nm),open(BUILD+'/p10_meta.json','w'))
def bitmap_terminal():
    v=V(64); f=ImageFont.load_default_imagefont(); cols,rows=80,25; cw,ch=6,11
    im=Image.new('RGB',(cols*cw+8,rows*ch+8),(0,0,170)); d=ImageDraw.Draw(im); items=[]; y=4
    def line(parts):
        nonlocal y; x=4
        for s,kind,form in parts:
            d.text((x,y),s,fill=(255,255,255) if kind=='keep' or kind=='' else (255,255,85),font=f); b=d.textbbox((x,y),s,font=f)
            if kind: items.append(dict(kind=kind,keep=kind=='keep',value=s,form=form,boxes=[list(b)]))
            x+=len(s)*cw
        y+=ch
    line([('BILLMAST 3.1  ACCOUNT ENQUIRY','keep',''),('     F3=EXIT','keep','')]); line([('',None,'')])
    for i in range(8):
        top,core=v.mpan(); m=v.mprn()
        line([('%02d '%(i+1),'',''),(core,'mpan_core','bitmap-font'),('  ','',''),(m,'mprn','bitmap-font'),('  ','',''),('%07.2f'%(i*31.7+12),'keep',''),('  ','',''),('2026%02d%02d'%(11,i+3),'keep','')])
    line([('',None,'')]); nm=v.name().upper(); line([('CUST: ','',''),(nm,'name','bitmap-upper')])
    line([('SER : ','',''),(v.eserial(),'eserial','bitmap-font'),('  CHF: ','',''),(eui_fmt(v.eui(),'plain'),'eui64','bitmap-plain')])
    im2=im.resize((im.width*2,im.height*2),Image.NEAREST)
    for it in items: it['boxes']=[[c*2 for c in b] for b in it['boxes']]
    save('p11_bitmap_terminal_font.png',im2,items,'pillow','PIL bitmap font, 2x nearest, DOS blue')
def emboss_plate():
    v=V(65); W,H=1000,300; im=Image.new('L',(W,H),128); d=ImageDraw.Draw(im); items=[]; f=font(46,bold=True)
    for (x,y,s,kind) in [(40,40,v.gserial(),'gserial'),(40,150,spaced_core(v.mpan()[1]),'mpan_core')]:
        d.text((x,y),s,fill=230,font=f); items.append(dict(kind=kind,keep=False,value=s,form='emboss-filter',boxes=[list(d.textbbox((x,y),s,font=f))]))
    d.text((700,250),'PLATE 7',fill=230,font=font(22)); items.append(dict(kind='keep',keep=True,value='PLATE 7',form='',boxes=[list(d.textbbox((700,250),'PLATE 7',font=font(22)))]))
    e=im.filter(ImageFilter.EMBOSS).convert('RGB'); save('p12_embossed_plate.png',e,items,'pillow','ImageFilter.EMBOSS on grey')
def lone_4k():
    v=V(66); W,H=2560,1440; im=Image.new('RGB',(W,H),(0,120,212)); d=ImageDraw.Draw(im); c=v.mpan()[1]; f=font(12)
    d.text((2210,1322),c,fill=(255,255,255),font=f); b=d.textbbox((2210,1322),c,font=f)
    d.rectangle([0,1400,W,H],fill=(32,32,32)); d.text((2440,1412),'14:52',fill=(255,255,255),font=font(13)); kb=d.textbbox((2440,1412),'14:52',font=font(13))
    save('p13_lone_12px_on_1440p.png',im,[dict(kind='mpan_core',keep=False,value=c,form='lone-12px-1440p',boxes=[list(b)]),dict(kind='keep',keep=True,value='14:52',form='',boxes=[list(kb)])],'pillow','lone 12px MPAN on 2560x1440 desktop')
if __name__=='__main__':
    monitor_photo(); desk_photo()
    jpeg('h06_recon_light_100.png','p03_screenshare_recon_q18.jpg',18)
    jpeg('q02_meterops_dark_125.png','p04_screenshare_qtdark_q22.jpg',22)
    jpeg('h03_broker_light_150.png','p05_screenshare_broker_720p_q40.jpg',40,2/3)
    jpeg('h09_android_lock.png','p06_screenshare_android_half_q35.jpg',35,0.5)
    crop_edge(); alpha_png(); icc_png(); icc_jpg(); bitmap_terminal(); emboss_plate(); lone_4k()
    motion('h04_devportal_dark_100.png','p14_motion_blur_frame.jpg')
    rot('q01_meterops_light_100.png','p15_rot90_qtform.png',90)
    rot('h20_slide_table.png','p16_rot180_slide.png',180)
    rot('l01_bill_cy_en_100.png','p17_rot270_bill.png',270)
    rot_small('h06_recon_light_100.png','p18_rot12_recon.png',12)
    rot_small('l04_bill_fax_200dpi_1bit.png','p19_fax_skew_1p5.png',1.5,mono=True)
    jpeg('l07_calc_zebra_condfmt_125.png','p20_calc_q15.jpg',15)
    jpeg('h14_lone_12px_white.png','p21_lone_12px_share_q70.jpg',70)
    rot_small('h10_watch.png','p22_watch_tilt_-12.png',-12,fill=(0,0,0))
    jpeg('h18_watermark.png','p23_watermark_q25.jpg',25)
