import os, sys, json, io, glob
from PIL import Image
OUT='/tmp/ho50/screens'
T={}
for f in glob.glob(OUT+'/truth_*.json'):
    if 'derived' in f: continue
    T.update(json.load(open(f)))
der={}
def scaled(items,f):
    return [dict(it,parts=[[round(x*f,1) for x in p] for p in it['parts']]) for it in items]
# screen-share JPEG copies: scale to 1280 wide (or keep if smaller) + q30-40
for src,q in [('c_tmux_150_dark.png',35),('c_sheet_125_dark.png',30),('c_material_200_dark.png',40),('c_zoom_150_light.png',35),('q_console_150_light.png',32),('c_tree_150_light.png',38),('l_visit_150_light.png',40)]:
    im=Image.open(OUT+'/corpus/'+src).convert('RGB'); f=min(1.0,1280/im.width)
    if f<1: im=im.resize((round(im.width*f),round(im.height*f)),Image.LANCZOS)
    stem='j_share_'+src[:-4]+'_q%d'%q; im.save(OUT+'/corpus/'+stem+'.jpg',quality=q)
    der[stem+'.jpg']=dict(T[src],toolkit=T[src]['toolkit']+'+jpeg',source=src,jpeg_q=q,items=scaled(T[src]['items'],f))
# scaled 75 % and 50 % PNGs
for src,f in [('c_multisel_150_light.png',0.75),('c_letter_200_dark.png',0.5),('q_console_200_dark.png',0.5),('c_photocap_150_light.png',0.75)]:
    im=Image.open(OUT+'/corpus/'+src).convert('RGB'); im=im.resize((round(im.width*f),round(im.height*f)),Image.LANCZOS)
    stem='s_%s_x%d'%(src[:-4],int(f*100)); im.save(OUT+'/corpus/'+stem+'.png')
    der[stem+'.png']=dict(T[src],source=src,rescale=f,items=scaled(T[src]['items'],f))
# Citrix/RDP block artefacts: 0.8x, JPEG q25 at 16x16 chroma, posterise to 64 colours, back to full size
for src in ['c_chart_125_dark.png','q_console_125_dark.png']:
    im=Image.open(OUT+'/corpus/'+src).convert('RGB'); W,H=im.size
    sm=im.resize((int(W*.8),int(H*.8)),Image.BILINEAR); b=io.BytesIO(); sm.save(b,'JPEG',quality=25,subsampling=2); sm=Image.open(b).convert('RGB')
    sm=sm.quantize(64,dither=Image.Dither.NONE).convert('RGB').resize((W,H),Image.NEAREST)
    stem='r_citrix_'+src[:-4]; sm.save(OUT+'/corpus/'+stem+'.png')
    der[stem+'.png']=dict(T[src],source=src,citrix=True)
json.dump(der,open(OUT+'/truth_derived.json','w'),ensure_ascii=False); print(len(der))
