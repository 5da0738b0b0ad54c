import random, json, os, sys
sys.path.insert(0,os.path.dirname(__file__))
from vals import *
from PIL import Image, ImageDraw, ImageFont, ImageFilter
C='/tmp/ho49/screens/corpus'; G='/tmp/ho49/screens/gen'
truth={}
FN='/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf'
FM='/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
FS='/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
for p in [FN,FM,FS]: assert os.path.exists(p),p
# P1: field-coloured flow viewer (each group of digits a different colour), mono 13px, light
def p1(name, seed, dark):
    r=random.Random(seed); W,H=1200,640
    bg=(30,30,30) if dark else (255,255,255); fg=(220,220,220) if dark else (30,30,30)
    im=Image.new('RGB',(W,H),bg); d=ImageDraw.Draw(im); f=ImageFont.truetype(FM,14)
    cols=[(220,50,47),(38,139,210),(133,153,0),(211,54,130),(181,137,0)]
    items=[]; y=12
    def put(x,y,t,col,kind=None,keep=None,val=None):
        bb=d.textbbox((x,y),t,font=f); d.text((x,y),t,font=f,fill=col)
        return bb
    for i in range(26):
        x=10
        bb=put(x,y,f'{i+1:>3} ',(128,128,128)); items.append({'s':None,'k':'rownum','text':str(i+1),'box':list(bb),'parts':[list(bb)]}); x=bb[2]+6
        kind=r.choice(['mpan','mpan','mprn','eserial','gserial'])
        v={'mpan':mpan_core(r),'mprn':mprn(r),'eserial':eserial(r),'gserial':gserial(r)}[kind]
        rec=r.choice(['026','028','MPR','GSR'])
        bb=put(x,y,rec+'|',fg); items.append({'s':None,'k':'keep','text':rec,'box':list(bb),'parts':[list(bb)]}); x=bb[2]
        # colour per group of 2-4 chars
        x0=x; k=0; gi=0
        while k<len(v):
            n=r.choice([2,3,4]); seg=v[k:k+n]; bb=put(x,y,seg,cols[gi%5]); x=bb[2]; k+=n; gi+=1
        items.append({'s':kind,'k':None,'text':v,'box':[x0,y,x,y+17],'parts':[[x0,y,x,y+17]]})
        t2='|'+ts(r)+'|'; bb=put(x,y,t2,fg); items.append({'s':None,'k':'keep','text':t2.strip('|'),'box':list(bb),'parts':[list(bb)]}); x=bb[2]
        t3=flow(r)+'|'; bb=put(x,y,t3,fg); items.append({'s':None,'k':'keep','text':t3.strip('|'),'box':list(bb),'parts':[list(bb)]})
        y+=23
    im.save(f'{C}/{name}.png'); truth[name]={'toolkit':'pillow','design':'coloured_groups','scale':1,'theme':'dark' if dark else 'light','items':items}
p1('pil_groups_light_100',4961,False); p1('pil_groups_dark_100',4962,True)
# P3: translucent (acrylic) terminal over a busy wallpaper
def p3(name,seed):
    r=random.Random(seed); W,H=1366,768
    wp=Image.new('RGB',(W,H)); d=ImageDraw.Draw(wp)
    for i in range(300):
        x,y=r.randint(0,W),r.randint(0,H); rad=r.randint(10,120)
        d.ellipse([x-rad,y-rad,x+rad,y+rad],fill=(r.randint(0,255),r.randint(60,200),r.randint(80,255)))
    wp=wp.filter(ImageFilter.GaussianBlur(6))
    ov=Image.new('RGBA',(W,H),(0,0,0,0)); od=ImageDraw.Draw(ov)
    od.rectangle([120,80,1240,700],fill=(12,12,12,200))
    f=ImageFont.truetype(FM,15); items=[]; y=100
    lines=[]
    for i in range(20):
        kind=r.choice(['mpan','eserial','eui64','mprn','phone'])
        v={'mpan':mpan_core(r),'eserial':eserial(r),'eui64':eui(r),'mprn':mprn(r),'phone':phone(r)}[kind]
        pre=f'{ts(r)} {flow(r)} {kind}='
        od.text((140,y),pre,font=f,fill=(200,200,200,255)); bb=od.textbbox((140,y),pre,font=f)
        items.append({'s':None,'k':'keep','text':pre.split()[0]+' '+pre.split()[1],'box':[bb[0],bb[1],bb[0]+f.getlength(pre.split()[0]+' '+pre.split()[1]),bb[3]],'parts':[]})
        x=bb[2]; od.text((x,y),v,font=f,fill=(230,230,230,255)); b2=od.textbbox((x,y),v,font=f)
        items.append({'s':kind,'k':None,'text':v,'box':list(b2),'parts':[list(b2)]}); y+=29
    im=Image.alpha_composite(wp.convert('RGBA'),ov).convert('RGB'); im.save(f'{C}/{name}.png')
    for it in items: it['parts']=it['parts'] or [it['box']]
    truth[name]={'toolkit':'pillow','design':'acrylic_terminal','scale':1,'theme':'dark','items':items}
p3('pil_acrylic_dark_100',4963)
json.dump(truth,open(f'{G}/truth_pil.json','w'))
# derived copies: screen-share JPEGs and downscales
def load_all():
    T={}
    T.update(json.load(open(f'{G}/truth_chrome.json')))
    import glob
    for q in glob.glob(f'{G}/truth_qt_*.json'):
        n=os.path.basename(q)[9:-5]; T[n]=json.load(open(q))
    T.update(json.load(open(f'{G}/truth_lo.json'))); T.update(truth); return T
T=load_all(); der={}
def derive(src,name,scale,quality,blur=0,subs=2):
    im=Image.open(f'{C}/{src}.png').convert('RGB')
    if scale!=1: im=im.resize((round(im.width*scale),round(im.height*scale)),Image.BILINEAR)
    if blur: im=im.filter(ImageFilter.GaussianBlur(blur))
    ext='jpg' if quality else 'png'
    if quality: im.save(f'{C}/{name}.jpg',quality=quality,subsampling=subs)
    else: im.save(f'{C}/{name}.png')
    t=dict(T[src]); t['derived_from']=src; t['derive']={'scale':scale,'quality':quality,'blur':blur}
    t['items']=[dict(it,box=[v*scale for v in it['box']],parts=[[v*scale for v in p] for p in it['parts']]) for it in T[src]['items']]
    der[name]=t
derive('ticket_light_125','share_ticket_q40',0.8,40)
derive('slack_dark_100','share_slack_q35',1.0,35)
derive('dbrec_light_125','share_dbrec_q45',0.75,45)
derive('svgbill_light_150','share_svgbill_q30',0.67,30)
derive('qt_console_light_150','share_qtconsole_q40',0.7,40)
derive('flow_dark_150','share_flow_q50',0.8,50,blur=0.6)
derive('timeline_dark_200','half_timeline_200',0.5,0)
derive('mail_light_100','half_mail_100',0.5,0)
json.dump(der,open(f'{G}/truth_derived.json','w'))
print('ok',len(truth),len(der))
