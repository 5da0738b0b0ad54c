import math, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
F='/usr/share/fonts/truetype/'
def font(n,s):
    p={'sans':'liberation2/LiberationSans-Regular.ttf','sansb':'liberation2/LiberationSans-Bold.ttf','mono':'dejavu/DejaVuSansMono.ttf','seri':'liberation2/LiberationSerif-Italic.ttf','dsans':'dejavu/DejaVuSans.ttf'}[n]
    return ImageFont.truetype(F+p,s)
def ctx_lines(r):
    return r.choice([['Site visit notes - job WO-558211','Checked on site 24/11/2026 09:40'],['MHHS qualification - UIT evidence','Screen: registration system'],['Meter exchange record','Engineer: field team B']])
def curved(label,val,r):
    W,H=900,520; im=Image.new('RGB',(W,H),(90,95,100)); d=ImageDraw.Draw(im)
    d.ellipse((60,20,840,500),fill=(236,232,220),outline=(40,40,40),width=6)
    txt=f'{label}: {val}'; f=font('sansb',34)
    cx,cy,R=450,560,420
    tw=sum(d.textlength(c,font=f) for c in txt); ang=-tw/R/2
    for c in txt:
        w=d.textlength(c,font=f); a=ang+w/R/2
        ci=Image.new('RGBA',(60,60),(0,0,0,0)); ImageDraw.Draw(ci).text((30,30),c,font=f,fill=(20,20,20),anchor='mm')
        ci=ci.rotate(-math.degrees(a),resample=Image.BICUBIC)
        x=cx+R*math.sin(a); y=cy-R*math.cos(a)
        im.paste(ci,(int(x-30),int(y-30)),ci); ang+=w/R
    d.text((450,300),'ELECTRICITY METER  230V 50Hz  Class 1',font=font('sans',22),fill=(30,30,30),anchor='mm')
    return im.filter(ImageFilter.GaussianBlur(0.7))
SEG={'0':'abcdef','1':'bc','2':'abdeg','3':'abcdg','4':'bcfg','5':'acdfg','6':'acdefg','7':'abc','8':'abcdefg','9':'abcdfg','A':'abcefg','B':'cdefg','C':'adef','D':'bcdeg','E':'adefg','F':'aefg','-':'g',' ':'',':':'','+':''}
def sevenseg(label,val,r):
    cw,ch=38,70; n=len(val); W=max(60+n*(cw+14),500); H=200
    im=Image.new('RGB',(W,H),(150,170,140)); d=ImageDraw.Draw(im)
    d.text((30,12),label,font=font('sans',22),fill=(20,30,20))
    x=30; y=70; t=7
    for c in val.upper():
        segs=SEG.get(c,'')
        if c==':': d.rectangle((x+4,y+18,x+10,y+24),fill=(20,25,20)); d.rectangle((x+4,y+46,x+10,y+52),fill=(20,25,20)); x+=20; continue
        P={'a':(x+t,y,x+cw-t,y+t),'b':(x+cw-t,y+t,x+cw,y+ch//2),'c':(x+cw-t,y+ch//2,x+cw,y+ch-t),'d':(x+t,y+ch-t,x+cw-t,y+ch),'e':(x,y+ch//2,x+t,y+ch-t),'f':(x,y+t,x+t,y+ch//2),'g':(x+t,y+ch//2-t//2,x+cw-t,y+ch//2+t//2)}
        for s in 'abcdefg':
            d.rectangle(P[s],fill=(20,25,20) if s in segs else (140,160,130))
        x+=cw+14
    return im
def handwritten(label,val,r):
    txt=f'{label} {val}'; f=font('seri',44); W=int(60+len(txt)*26); H=170
    im=Image.new('RGB',(W,H),(250,248,235)); d=ImageDraw.Draw(im)
    for yy in range(40,H,42): d.line((0,yy,W,yy),fill=(170,200,230),width=2)
    x=30
    for c in txt:
        ci=Image.new('RGBA',(70,90),(0,0,0,0)); ImageDraw.Draw(ci).text((35,45),c,font=f,fill=(25,40,140),anchor='mm')
        ci=ci.rotate(r.uniform(-12,12),resample=Image.BICUBIC)
        im.paste(ci,(int(x-25),int(40+r.uniform(-6,6))),ci); x+=d.textlength(c,font=f)*r.uniform(0.95,1.12)
    return im.crop((0,0,int(x+40),H))
def screen(lines,fontn='sans',size=20,W=1000,bg=(255,255,255),fg=(20,20,20)):
    H=40+len(lines)*(size+16); im=Image.new('RGB',(W,H),bg); d=ImageDraw.Draw(im)
    return im,d,font(fontn,size)
def squiggle(label,val,r):
    c=ctx_lines(r); lines=c+[f'{label}: {val}','Status: awaiting confirmation']
    im,d,f=screen(lines)
    d.rectangle((0,0,1000,28),fill=(43,87,154)); d.text((10,4),'Document1 - Word',font=font('sans',16),fill='white')
    y=40
    for ln in lines:
        d.text((20,y),ln,font=f,fill=(20,20,20))
        if ln.startswith(label+':'):
            x0=20+d.textlength(label+': ',font=f); x1=20+d.textlength(ln,font=f)
            pts=[(x0+i*3,y+f.size+3+(2 if i%2 else 0)) for i in range(int((x1-x0)/3)+1)]
            d.line(pts,fill=(230,0,0),width=2)
        y+=f.size+16
    return im
def selection(label,val,r):
    c=ctx_lines(r); lines=c+[f'{label}: {val}','Checked against register: OK']
    im,d,f=screen(lines); y=20
    for ln in lines:
        if ln.startswith(label+':'):
            pre=label+': '; k=len(val)//2; a=pre+val[:k]
            x0=20+d.textlength(pre,font=f); x1=20+d.textlength(a,font=f)
            d.text((20,y),a,font=f,fill=(20,20,20))
            xe=x1+d.textlength(val[k:],font=f)
            d.rectangle((x1-1,y-3,xe+2,y+f.size+5),fill=(0,120,215)); d.text((x1,y),val[k:],font=f,fill='white')
        else: d.text((20,y),ln,font=f,fill=(20,20,20))
        y+=f.size+16
    return im
def termwrap(label,val,r):
    cols=48; s=f'2026-11-24 09:15:02,331 INFO  ingest: {label.lower()}={val} accepted'
    # wrap inside the value
    start=s.index(val); cut=start+max(2,len(val)//2)
    # pad the prefix so the wrap falls at cut
    pre=s[:cut]; 
    if len(pre)>cols: cols=len(pre)
    lines=['$ tail -n 3 /var/log/harness/dip.log','2026-11-24 09:15:01,998 INFO  ingest: start',pre.ljust(cols)[:cols],s[cut:],'$ ']
    f=font('mono',18); W=int(20+cols*f.getlength('M'))+20; H=20+len(lines)*26
    im=Image.new('RGB',(W,H),(250,250,250)); d=ImageDraw.Draw(im)
    for i,ln in enumerate(lines): d.text((10,10+i*26),ln,font=f,fill=(10,10,10))
    return im
def comb(label,val,r):
    f=font('sans',30); fh=font('seri',38); n=len(val); bw=40
    W=max(60+n*bw+40,600); H=190; im=Image.new('RGB',(W,H),(255,255,255)); d=ImageDraw.Draw(im)
    d.text((30,15),label.upper()+' (one character per box)',font=font('sans',18),fill=(0,0,0))
    for i,c in enumerate(val):
        x=30+i*bw; d.rectangle((x,60,x+bw,120),outline=(200,30,30),width=2)
        d.text((x+bw/2,92+r.uniform(-3,3)),c,font=fh,fill=(20,20,90),anchor='mm')
    d.text((30,140),'Customer copy - retain for your records',font=font('sans',16),fill=(90,90,90))
    return im
def barcode(label,val,r):
    bits=[]
    for ch in val.encode():
        for k in range(8): bits.append((ch>>k)&1)
    bits=[1,0,1,1]+bits+[1,1,0,1]
    mw=2; W=max(60+len(bits)*mw*3,520); H=220; im=Image.new('RGB',(W,H),(255,255,255)); d=ImageDraw.Draw(im)
    d.text((30,10),label,font=font('sansb',18),fill=(0,0,0))
    x=30
    for b in bits:
        w=mw*(2 if b else 1)
        if b: d.rectangle((x,40,x+w-1,150),fill=(0,0,0))
        x+=w+mw
    d.text(((30+x)/2,158),val,font=font('mono',18),fill=(0,0,0),anchor='ma')
    return im
def chip(label,val,r):
    c=ctx_lines(r); im,d,f=screen(c+['',''],size=18)
    y=20
    for ln in c: d.text((20,y),ln,font=f,fill=(40,40,40)); y+=34
    d.text((20,y+6),label,font=f,fill=(90,90,90)); x=20+d.textlength(label,font=f)+16
    fc=font('sansb',15); tw=d.textlength(val,font=fc)
    d.rounded_rectangle((x,y,x+tw+24,y+30),radius=14,fill=(0,128,128)); d.text((x+12,y+7),val,font=fc,fill='white')
    return im
def moire(label,val,r):
    c=ctx_lines(r); lines=c+[f'{label}: {val}']
    im,d,f=screen(lines,size=26,W=1100); y=20
    for ln in lines: d.text((20,y),ln,font=f,fill=(20,20,20)); y+=42
    im=im.resize((im.width*2,im.height*2)); px=im.load(); W,H=im.size
    import numpy as np
    a=np.asarray(im).astype(float)
    yy,xx=np.mgrid[0:H,0:W]
    m=0.78+0.22*np.sin((xx*0.21+yy*0.05)+np.sin(yy*0.013)*3)
    a=a*m[...,None]
    a[:,0::3,0]*=0.8; a[:,1::3,1]*=0.8; a[:,2::3,2]*=0.8
    a=a*np.array([0.85,0.92,1.0])+np.random.RandomState(r.randint(0,9999)).normal(0,8,a.shape)
    im=Image.fromarray(a.clip(0,255).astype('uint8')).rotate(2.5,expand=True,fillcolor=(30,30,30))
    return im.filter(ImageFilter.GaussianBlur(1.0)).resize((im.width*3//5,im.height*3//5))
IMG={'I01_curved':curved,'I02_sevenseg':sevenseg,'I03_handwritten':handwritten,'I04_squiggle':squiggle,'I05_selection':selection,'I06_termwrap':termwrap,'I07_comb':comb,'I08_barcode':barcode,'I09_chip':chip,'I10_moire':moire}
