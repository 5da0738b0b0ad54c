import sys, math, json
from PIL import Image
from chrome import render
from lib import *
import pages as P
DARKF="html{filter:invert(1) hue-rotate(180deg)}"
def post_save(png, entry, name, ext='png', xform=None, **kw):
    im=Image.open(png); im.load()
    items=entry['items']
    if xform: im, items, extra = xform(im, items); entry.update(extra)
    entry['items']=items; entry['size']=list(im.size)
    entry['file']=f"{name}.{ext}"
    out=f"{CORP}/{name}.{ext}"
    if ext in('jpg','jpeg'):
        im.convert('RGB').save(out,quality=kw.get('q',38),subsampling=2)
    elif ext=='gif': im.convert('RGB').convert('P',palette=Image.ADAPTIVE,colors=256).save(out)
    elif ext=='bmp': im.convert('RGB').save(out)
    elif ext=='tiff': im.convert('RGB').save(out,compression='tiff_lzw')
    elif ext=='webp': im.convert('RGB').save(out,quality=85)
    else:
        if not kw.get('alpha'): im=im.convert('RGB')
        im.save(out)
    save(entry); print('wrote',out)
def scale_x(f):
    def x(im,items):
        im2=im.resize((round(im.width*f),round(im.height*f)),Image.BILINEAR)
        for it in items: it['boxes']=[[v*f for v in b] for b in it['boxes']]
        return im2,items,{'post':f'screen-share downscale {f} + JPEG'}
    return x
def rot(angle):
    def x(im,items):
        im=im.convert('RGB'); W0,H0=im.size
        im2=im.rotate(angle,expand=True,fillcolor=(255,255,255),resample=Image.BICUBIC)
        W1,H1=im2.size; a=math.radians(angle); c,s=math.cos(a),math.sin(a)
        def P(x,y):
            dx,dy=x-W0/2,y-H0/2
            return (W1/2+dx*c+dy*s, H1/2-dx*s+dy*c)
        for it in items:
            it['boxes_upright']=it['boxes']; nb=[]
            for (x0,y0,x1,y1) in it['boxes']:
                pts=[P(x0,y0),P(x1,y0),P(x0,y1),P(x1,y1)]
                nb.append([min(p[0] for p in pts),min(p[1] for p in pts),max(p[0] for p in pts),max(p[1] for p in pts)])
            it['boxes']=nb
        return im2,items,{'rotation':angle,'upright_size':[W0,H0],'post':f'rotated {angle} deg (PIL, counter-clockwise)'}
    return x
def citrix(im,items):
    im2=im.convert('RGB').quantize(colors=256,method=Image.Quantize.MEDIANCUT,dither=Image.Dither.FLOYDSTEINBERG)
    # Citrix 256-colour: web-safe-ish palette with dithering
    pal=Image.new('P',(1,1)); cols=[]
    for r in range(6):
        for g in range(6):
            for b in range(6): cols+= [r*51,g*51,b*51]
    cols+=[0]*(768-len(cols)); pal.putpalette(cols)
    im2=im.convert('RGB').quantize(palette=pal,dither=Image.Dither.FLOYDSTEINBERG).convert('RGB')
    return im2,items,{'post':'216-colour web palette, Floyd-Steinberg dither (Citrix 256-colour session)'}
def thermal(im,items):
    g=im.convert('L'); w,h=g.size
    small=g.resize((w//2,h//2),Image.BILINEAR).point(lambda v:0 if v<150 else 255)
    im2=small.resize((w,h),Image.NEAREST).convert('RGB')
    return im2,items,{'post':'binarised at half resolution, nearest upscale (thermal printer dots)'}
def theme(css,dark): return css+(DARKF if dark else '')
JOBS=[]
def job(page,name,dsf=1.0,dark=False,outs=(('png',None,{}),),**kw):
    JOBS.append((page,name,dsf,dark,outs,kw))
job(P.portal,'portal_light_100',1.0,False,(('png',None,{}),('jpg',scale_x(0.75),{'suffix':'_share'}),('png',rot(90),{'suffix':'_rot90'}),('png',rot(12),{'suffix':'_rot12'})))
job(P.portal,'portal_dark_125',1.25,True,(('png',None,{}),('png',rot(180),{'suffix':'_rot180'})))
job(P.portal,'portal_light_150',1.5)
job(P.portal,'portal_light_67',0.67)
job(P.dip,'dip_light_100',1.0,False,(('png',None,{}),('webp',None,{'suffix':'_fmt'})))
job(P.dip,'dip_dark_150',1.5,True,(('png',None,{}),('jpg',scale_x(0.6),{'suffix':'_share'})))
job(P.dip,'dip_citrix_125',1.25,False,(('png',citrix,{}),))
job(P.ado,'ado_light_125',1.25)
job(P.ado,'ado_light_67',0.67)
job(P.ado,'ado_dark_100',1.0,True)
job(P.jira,'jira_light_100',1.0,False,(('png',None,{}),('tiff',None,{'suffix':'_fmt'})))
job(P.kibana,'kibana_light_100',1.0)
job(P.kibana,'kibana_dark_150',1.5,True)
job(lambda:P.console('ps'),'powershell_100',1.0)
job(lambda:P.console('putty'),'putty_150',1.5,False,(('png',None,{}),('jpg',scale_x(0.8),{'suffix':'_share'})))
job(P.word,'word_trackchanges_100',1.0)
job(P.word,'word_trackchanges_125',1.25,False,(('jpg',scale_x(0.8),{'suffix':'_share'}),))
job(P.pdfform,'pdfform_125',1.25)
job(P.app,'android_map_175',1.75)
job(P.effects,'effects_100',1.0,False,(('png',None,{}),('bmp',None,{'suffix':'_fmt'})))
job(P.effects,'effects_80',0.8)
job(P.effects,'effects_dark_175',1.75,True)
job(P.lone,'lone_mpan_1080p',1.0)
job(P.lone_dark,'lone_mprn_dark_1080p',1.0)
job(P.transparent,'white_on_transparent',1.0,False,(('png',None,{'alpha':True}),))
job(P.hc,'highcontrast_100',1.0,False,(('png',None,{}),('gif',None,{'suffix':'_fmt'})))
job(P.wrapnote,'wrapnote_125',1.25)
job(P.receipt,'vend_receipt_thermal',1.0,False,(('png',thermal,{}),))
for page,name,dsf,dark,outs,kw in [j for j in JOBS if (len(sys.argv)<2 or sys.argv[1] in j[1]) and sys.argv[1:2]!=['batch2']]:
    body,css,w,h=page()
    png,entry=render(name,body,theme(css,dark),w,h,dsf,transparent=(name=='white_on_transparent'),meta={'theme':'dark' if dark else 'light'})
    for ext,xf,o in outs:
        e=json.loads(json.dumps(entry))
        post_save(png,e,name+o.get('suffix',''),ext,xf,**o)
import pages2 as P2
JOBS2=[]
def job2(page,name,dsf=1.0,dark=False,outs=(('png',None,{}),)): JOBS2.append((page,name,dsf,dark,outs,{}))
job2(P2.splunk,'splunk_dark_125',1.25)
job2(P2.dbeaver,'dbeaver_grid_80',0.8,False,(('png',None,{}),('jpg',scale_x(0.9),{'suffix':'_share'})))
job2(P2.ado_run,'ado_testrun_100',1.0,False,(('png',None,{}),('png',rot(-7),{'suffix':'_rot-7'})))
job2(P2.cmd,'cmd_console_175',1.75)
job2(P2.portal_list,'portal_meterpoints_nosbox_100',1.0)
job2(P2.portal_list,'portal_meterpoints_dark_150',1.5,True,(('png',None,{}),('png',rot(270),{'suffix':'_rot270'})))
job2(P.lone,'lone_mpan_1080p_share',1.0,False,(('jpg',scale_x(1.0),{'q':30}),))
job2(P.app,'android_map_175_b',1.75,False,(('jpg',scale_x(0.5),{'suffix':'_share'}),))
if len(sys.argv)>1 and sys.argv[1]=='batch2':
    for page,name,dsf,dark,outs,kw in JOBS2:
        body,css,w,h=page()
        png,entry=render(name,body,theme(css,dark),w,h,dsf,meta={'theme':'dark' if dark else 'light'})
        for ext,xf,o in outs:
            e=json.loads(json.dumps(entry)); post_save(png,e,name+o.get('suffix',''),ext,xf,**o)
