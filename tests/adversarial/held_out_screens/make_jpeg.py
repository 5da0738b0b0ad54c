import json
from PIL import Image
import numpy as np
from gen_common import *
SRC=[('h_portal_a_100_light',0.9,65),('h_dip_125_dark',0.85,60),('q_desktop_100_light',0.9,70),('h_crm_100_light',0.8,75),('l_bill1_150dpi',0.9,62),('h_mail_100_light',0.9,60),('q_grid_100_dark',0.85,68)]
for n,sc,q in SRC:
    j=json.load(open(f'{CORPUS}/{n}.json')); im=Image.open(f'{CORPUS}/{n}.png').convert('RGB'); ink=Image.open(f'{INK}/{n}.png')
    w,h=im.size; W2,H2=int(w*sc),int(h*sc); name=f'j_{n}_q{q}'
    im.resize((W2,H2),Image.BILINEAR).save(f'{CORPUS}/{name}.jpg',quality=q)
    ink.resize((W2,H2),Image.BILINEAR).point(lambda v:255 if v>0 else 0).save(f'{INK}/{name}.png')
    for it in j['items']:
        it['parts']=[[int(p[0]*sc),int(p[1]*sc),int(p[2]*sc+1),int(p[3]*sc+1)] for p in it['parts']]
        if it['box']: it['box']=[int(it['box'][0]*sc),int(it['box'][1]*sc),int(it['box'][2]*sc+1),int(it['box'][3]*sc+1)]
    j.update(name=name,size=[W2,H2],jpeg_quality=q,scale=sc,source=n); j['file']=name+'.jpg'
    json.dump(j,open(f'{CORPUS}/{name}.json','w'),indent=1); print(name)
