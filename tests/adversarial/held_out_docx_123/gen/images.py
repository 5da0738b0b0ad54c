# picture techniques: each returns PNG bytes showing "LABEL: VALUE"
import io, math, random, zlib, struct
from PIL import Image, ImageDraw, ImageFont, ImageFilter
FD='/usr/share/fonts/truetype/dejavu/'
def F(sz,mono=False,bold=False):
    n='DejaVuSansMono' if mono else 'DejaVuSans'
    if bold: n+='-Bold'
    return ImageFont.truetype(FD+n+'.ttf',sz)
def png(im):
    b=io.BytesIO(); im.save(b,'PNG'); return b.getvalue()
def tsize(d,t,f):
    x0,y0,x1,y1=d.textbbox((0,0),t,font=f); return x1-x0,y1-y0
def isoluminant(text,r):
    f=F(34,bold=True); w=tsize(ImageDraw.Draw(Image.new('RGB',(1,1))),text,f)[0]+60
    im=Image.new('RGB',(w,90),(40,122,62)); d=ImageDraw.Draw(im)   # Y ~ 89.5
    d.text((30,22),text,font=f,fill=(222,40,40))                    # Y ~ 94.3
    return png(im)
def pixelated(text,r):
    f=F(11); w=tsize(ImageDraw.Draw(Image.new('L',(1,1))),text,f)[0]+10
    im=Image.new('L',(w,18),255); ImageDraw.Draw(im).text((5,3),text,font=f,fill=0)
    im=im.point(lambda v:0 if v<150 else 255)
    return png(im.resize((w*5,18*5),Image.NEAREST).convert('RGB'))
def dotmatrix(text,r):
    f=F(12,mono=True); w=tsize(ImageDraw.Draw(Image.new('L',(1,1))),text,f)[0]+8
    small=Image.new('L',(w,18),255); ImageDraw.Draw(small).text((4,2),text,font=f,fill=0)
    S=6; im=Image.new('RGB',(w*S,18*S),(250,247,235)); d=ImageDraw.Draw(im)
    for y in range(18):
        for x in range(w):
            if small.getpixel((x,y))<128:
                cx,cy=x*S+S//2,y*S+S//2; d.ellipse((cx-2,cy-2,cx+2,cy+2),fill=(40,40,70))
    for y in range(0,18*S,S*3): d.line((0,y,w*S,y),fill=(235,232,215))   # tractor-feed paper bands
    return png(im)
def hexdump(text,r):
    f=F(14,mono=True); pre=b'HTTP/1.1 200 OK\r\nX-Trace: 7f3a\r\n'
    pre=pre+b' '*((-len(pre))%40)
    data=pre+text.encode('utf-8')+b'\r\n\r\n{"status":"ok"}'
    lines=[]
    for o in range(0,len(data),40):
        ch=data[o:o+40]
        hx=' '.join('%02x'%c for c in ch)
        asc=''.join(chr(c) if 32<=c<127 else '.' for c in ch)
        lines.append('%08x  %-119s  |%s|'%(o,hx,asc))
    im=Image.new('RGB',(1700,24*len(lines)+20),(255,255,255)); d=ImageDraw.Draw(im)
    for i,l in enumerate(lines): d.text((10,10+24*i),l,font=f,fill=(20,20,20))
    return png(im)
def stamp(text,r):
    f=F(30); w=tsize(ImageDraw.Draw(Image.new('RGB',(1,1))),text,f)[0]+80
    im=Image.new('RGB',(w,160),(255,255,255)); d=ImageDraw.Draw(im)
    d.text((40,60),text,font=f,fill=(0,0,0))
    ov=Image.new('RGBA',(w,160),(0,0,0,0)); od=ImageDraw.Draw(ov)
    sf=F(110,bold=True); od.text((w//2-190,10),'VOID',font=sf,fill=(215,20,20,110))
    od.rectangle((w//2-205,12,w//2+200,150),outline=(215,20,20,110),width=6)
    ov=ov.rotate(12,center=(w//2,80))
    im=Image.alpha_composite(im.convert('RGBA'),ov).convert('RGB')
    return png(im)
def neon(text,r):
    f=F(36,bold=True); w=tsize(ImageDraw.Draw(Image.new('RGB',(1,1))),text,f)[0]+80
    im=Image.new('RGB',(w,110),(12,10,24)); g=Image.new('RGB',(w,110),(0,0,0))
    ImageDraw.Draw(g).text((40,30),text,font=f,fill=(255,40,200)); g=g.filter(ImageFilter.GaussianBlur(7))
    im=Image.blend(im,g,0.9); im=Image.eval(im,lambda v:min(255,v*2))
    d=ImageDraw.Draw(im); d.text((40,30),text,font=f,fill=(255,215,245))
    return png(im)
def magnifier(text,r):
    W,H=1000,420; im=Image.new('RGB',(W,H),(250,250,250)); d=ImageDraw.Draw(im); sf=F(9)
    rnd=random.Random(7)
    for y in range(8,H,13):
        d.text((10,y),' '.join(rnd.choice(['step','ack','flow','D0010','queued','ok','retry','IF-031','sent','2026-11-03'])for _ in range(22)),font=sf,fill=(140,140,140))
    f=F(30,bold=True); tw,th=tsize(d,text,f)
    R=max(tw//2+40,110); cx,cy=W//2,H//2
    if 2*R>W-20: W2=2*R+40; im2=Image.new('RGB',(W2,max(H,2*R+40)),(250,250,250)); im2.paste(im,(0,0)); im=im2; d=ImageDraw.Draw(im); cx=W2//2; cy=im.size[1]//2
    d.ellipse((cx-R,cy-R//2-30,cx+R,cy+R//2+30),fill=(255,255,255),outline=(60,60,60),width=8)
    d.line((cx+R-20,cy+R//2+10,cx+R+40,cy+R//2+80),fill=(60,60,60),width=14)
    d.text((cx-tw//2,cy-th//2-4),text,font=f,fill=(10,10,10))
    return png(im)
def _png_interlaced_palette(img):
    p=img.convert('P',palette=Image.ADAPTIVE,colors=16); w,h=p.size; pal=p.getpalette()[:48]
    px=p.load(); raw=b''
    passes=[(0,0,8,8),(4,0,8,8),(0,4,4,8),(2,0,4,4),(0,2,2,4),(1,0,2,2),(0,1,1,2)]
    for x0,y0,dx,dy in passes:
        xs=list(range(x0,w,dx))
        if not xs: continue
        for y in range(y0,h,dy): raw+=b'\x00'+bytes(px[x,y] for x in xs)
    def ch(t,data): c=t+data; return struct.pack('>I',len(data))+c+struct.pack('>I',zlib.crc32(c)&0xffffffff)
    return (b'\x89PNG\r\n\x1a\n'+ch(b'IHDR',struct.pack('>IIBBBBB',w,h,8,3,0,0,1))+ch(b'PLTE',bytes(pal))+
            ch(b'IDAT',zlib.compress(raw,9))+ch(b'IEND',b''))
def interlaced(text,r):
    f=F(22); w=tsize(ImageDraw.Draw(Image.new('RGB',(1,1))),text,f)[0]+60
    im=Image.new('RGB',(w,70),(246,248,252)); d=ImageDraw.Draw(im)
    d.rectangle((0,0,w,14),fill=(60,90,160)); d.text((30,28),text,font=f,fill=(30,30,40))
    return _png_interlaced_palette(im)
def webform(text,r):
    lab,val=text.split(': ',1)
    f=F(20); lf=F(15,bold=True); d0=ImageDraw.Draw(Image.new('RGB',(1,1)))
    vw=tsize(d0,val,f)[0]; W=max(vw+120,420)
    im=Image.new('RGB',(W,150),(243,244,246)); d=ImageDraw.Draw(im)
    d.text((30,18),lab,font=lf,fill=(55,65,81))
    d.rounded_rectangle((30,48,W-30,92),radius=6,fill=(255,255,255),outline=(37,99,235),width=3)
    k=len(val)//2; a=val[:k]; ax=42+tsize(d0,a,f)[0]+ (d0.textbbox((0,0),a,font=f)[0])
    d.text((42,58),val,font=f,fill=(17,24,39))
    d.line((ax+1,55,ax+1,86),fill=(0,0,0),width=2)   # caret in the middle of the value
    d.text((30,104),'Press Enter to save',font=F(12),fill=(120,120,120))
    return png(im)
def halftone(text,r):
    f=F(40,bold=True); w=tsize(ImageDraw.Draw(Image.new('L',(1,1))),text,f)[0]+40
    g=Image.new('L',(w,90),255); ImageDraw.Draw(g).text((20,18),text,font=f,fill=0)
    g=g.filter(ImageFilter.GaussianBlur(1.2))
    im=Image.new('RGB',(w,90),(255,255,255)); d=ImageDraw.Draw(im); S=4
    for y in range(0,90,S):
        for x in range(0,w,S):
            v=sum(g.getpixel((min(w-1,x+i),min(89,y+j))) for i in range(S) for j in range(S))/(S*S)
            rad=(1-v/255)*S*0.75
            if rad>0.3: d.ellipse((x+S/2-rad,y+S/2-rad,x+S/2+rad,y+S/2+rad),fill=(20,40,120))
    return png(im)
PICS={'pic_isoluminant':isoluminant,'pic_pixelated':pixelated,'pic_dotmatrix':dotmatrix,'pic_hexdump':hexdump,
 'pic_void_stamp':stamp,'pic_neon_glow':neon,'pic_magnifier':magnifier,'pic_interlaced_palette':interlaced,'pic_webform_caret':webform,
 'pic_halftone':halftone}
