"""Pillow pieces and screen-share JPEG copies."""
import os, sys, json, random
sys.path.insert(0, os.path.dirname(__file__)); import ids
from PIL import Image, ImageDraw, ImageFont
ROOT='/tmp/ho47/screens'; FD='/usr/share/fonts/truetype/'
def font(name, size):
    import glob; return ImageFont.truetype(glob.glob(FD+'**/'+name, recursive=True)[0], size)
def save(name, im, items, design, scale=1.0, theme='light', toolkit='pillow', extra=None):
    im.save(f'{ROOT}/corpus/{name}', quality=extra) if extra else im.save(f'{ROOT}/corpus/{name}')
    json.dump({'image':name,'toolkit':toolkit,'design':design,'scale':scale,'theme':theme,'items':items},open(f'{ROOT}/truth/{name.rsplit(".",1)[0]}.json','w'),ensure_ascii=False)
    print(name, im.size, sum(x['s'] for x in items), sum(not x['s'] for x in items))
def cleartype(idx):
    r=random.Random(8100+idx); f=font('DejaVuSans.ttf',13*3 if False else 13); W,H=900,420
    big=Image.new('L',(W*3,H),255); d=ImageDraw.Draw(big); items=[]
    fb=ImageFont.truetype(f.path,13); 
    y=14
    def put(x,y,s,kind=None,sec=False):
        # draw at 3x horizontal resolution using a horizontally stretched font
        fx=ImageFont.truetype(f.path,13); tmp=Image.new('L',(len(s)*14+10,22),255); ImageDraw.Draw(tmp).text((0,2),s,font=fx,fill=0)
        bb=ImageDraw.Draw(tmp).textbbox((0,2),s,font=fx); tmp=tmp.crop((0,0,bb[2]+2,22)).resize(((bb[2]+2)*3,22),Image.LANCZOS)
        big.paste(tmp,(x*3,y))
        if kind: items.append({'s':sec,'kind':kind,'text':s,'rects':[[x,y+bb[1],x+bb[2],y+bb[3]]]})
        return x+bb[2]
    put(10,y,'Event Viewer – Application log (DataflowGateway)','heading'); y+=30
    for i in range(12):
        x=put(10,y,ids.ts(r),'timestamp'); x=put(x+12,y,ids.flow(r),'flow'); x=put(x+12,y,'accepted for')
        k=r.choice(['mpan','serial','eui','mprn']); v={'mpan':ids.mpan_core(r),'serial':ids.elec_serial(r),'eui':ids.eui(r,'-'),'mprn':ids.mprn(r)}[k]
        x=put(x+6,y,v,k,True); x=put(x+12,y,'job'); put(x+6,y,ids.wo(r),'wo'); y+=26
    # subpixel: column triples -> RGB
    import numpy as np
    a=np.asarray(big).reshape(H,W,3).astype('uint8'); im=Image.fromarray(a,'RGB')
    save(f'x{idx:02d}_cleartype.png', im, items, 'cleartype')
def lowcontrast(idx):
    r=random.Random(8200+idx); W,H=820,380; im=Image.new('RGB',(W,H),'white'); d=ImageDraw.Draw(im); items=[]
    def put(x,y,s,fnt,fill,kind=None,sec=False):
        d.text((x,y),s,font=fnt,fill=fill); bb=d.textbbox((x,y),s,font=fnt)
        if kind: items.append({'s':sec,'kind':kind,'text':s,'rects':[list(bb)]})
        return bb[2]
    hf=font('LiberationSans-Bold.ttf',18); lf=font('LiberationSansNarrow-Regular.ttf',13); vf=font('LiberationSans-Regular.ttf',12)
    put(20,16,'Change of tenancy (read only)',hf,'#333','heading')
    y=60; n=ids.name(r); a=ids.address(r)
    for lab,k,v in [('CUSTOMER NAME','name',n),('MPAN CORE','mpan',ids.mpan_core(r)),('MPRN','mprn',ids.mprn(r)),('METER SERIAL','serial',ids.elec_serial(r)),('E-MAIL','email',ids.email(r,n))]:
        put(20,y,lab,lf,'#9a9a9a','label'); d.rectangle((180,y-4,560,y+18),outline='#e6e6e6',fill='#fafafa'); put(186,y,v,vf,'#b4b4b4',k,True); y+=34
    put(20,y,'ADDRESS',lf,'#9a9a9a','label')
    for k,v in zip(['address','town','postcode'],a): put(186,y,v,vf,'#b4b4b4',k,True); y+=18
    put(600,60,'Status: '+ids.tc(r),vf,'#bdbdbd','tc'); put(600,84,ids.ts(r),vf,'#bdbdbd','timestamp')
    save(f'x{idx:02d}_lowcontrast.png', im, items, 'lowcontrast')
def chequer(idx):
    r=random.Random(8300+idx); W,H=760,300; im=Image.new('RGB',(W,H)); d=ImageDraw.Draw(im); items=[]
    for yy in range(0,H,10):
        for xx in range(0,W,10): d.rectangle((xx,yy,xx+9,yy+9),fill='#ffffff' if (xx//10+yy//10)%2 else '#cccccc')
    f=font('DejaVuSans-Bold.ttf',16); f2=font('DejaVuSansCondensed.ttf',15)
    def put(x,y,s,fnt,kind=None,sec=False,fill='#222'):
        d.text((x,y),s,font=fnt,fill=fill); bb=d.textbbox((x,y),s,font=fnt)
        if kind: items.append({'s':sec,'kind':kind,'text':s,'rects':[list(bb)]})
    put(20,20,'SMART METER INSTALL – STICKER PROOF',f,'heading')
    n=ids.name(r); a=ids.address(r)
    put(20,60,'INSTALLED FOR',f2,'label'); put(200,60,n.upper(),f2,'name',True)
    put(20,90,'MPRN',f2,'label'); put(200,90,ids.mprn(r),f2,'mprn',True)
    put(20,120,'COMMS HUB',f2,'label'); put(200,120,ids.eui(r,''),f2,'eui',True)
    put(20,150,'SITE',f2,'label'); put(200,150,a[0].upper(),f2,'address',True); put(200,175,a[1].upper(),f2,'town',True); put(200,200,a[2],f2,'postcode',True)
    put(20,240,'FIRMWARE',f2,'label'); put(200,240,ids.fw(r),f2,'version')
    put(420,240,ids.wo(r),f2,'wo')
    save(f'x{idx:02d}_chequer.png', im, items, 'chequer')
def share(src, idx, scale=None, size=None, q=55):
    base=src.rsplit('.',1)[0]; t=json.load(open(f'{ROOT}/truth/{base}.json')); im=Image.open(f'{ROOT}/corpus/{src}').convert('RGB')
    if size: s=min(size[0]/im.width, size[1]/im.height)
    else: s=scale
    nw,nh=round(im.width*s),round(im.height*s); im2=im.resize((nw,nh),Image.BILINEAR)
    if size:
        canvas=Image.new('RGB',size,(16,16,16)); ox=(size[0]-nw)//2; oy=(size[1]-nh)//2; canvas.paste(im2,(ox,oy)); im2=canvas
    else: ox=oy=0
    items=[dict(x, rects=[[b[0]*s+ox,b[1]*s+oy,b[2]*s+ox,b[3]*s+oy] for b in x['rects']]) for x in t['items']]
    save(f'j{idx:02d}_share_{base}.jpg', im2, items, 'share:'+t['design'], t['scale'], t['theme'], 'jpeg-copy', q)
if __name__=='__main__':
    cleartype(0); lowcontrast(1); chequer(2)
    share('h00_azure_100_light.png',0,size=(1280,720),q=60)
    share('h08_excel_100_light.png',1,scale=1.0,q=40)
    share('q02_incident_150_light.png',2,scale=0.75,q=65)
    share('l02_sheet_150dpi_dark.png',3,size=(1280,720),q=55)
    share('h20_effects_100_light.png',4,scale=0.85,q=50)
    share('h12_kanban_125_dark.png',5,size=(1280,720),q=55)
    share('p00_sbox_100_light.png',6,scale=1.0,q=45)
    share('h17_calendar_100_light.png',7,scale=0.9,q=50)
