# ADDENDUM (frozen separately after the main freeze): the main corpus had no MPAN actually wrapped over two lines.
import sys; sys.path.insert(0,'/tmp/ho41/screens/gen')
import gen_html as G
from lib import *
import shutil
G.CORPUS_SAVE=None
def out(name,html,w,h,dpr,theme):
    p,items=chromium(name,html,w,h,dpr); shutil.copy(p,f'{ROOT}/addendum/{name}.png')
    for n,it in enumerate(items): it['id']=f'{name}.png#{n}'
    json.dump(dict(file=name+'.png',items=items,toolkit='chromium',scale=dpr,theme=theme),open(f'{ROOT}/addendum/{name}.png.json','w'),indent=1); print(name,[(i['kind'],i['value'],len(i['boxes'])) for i in items if not i['keep']])
def page(v,t):
    c1=v.mpan()[1]; c2=v.mpan()[1]; top,c3=v.mpan(); m=v.mprn()
    return f"""<html><head>{G.css(t)}</head><body><div class="card" style="width:232px">
<div class="mut">{K('Site visit notes · 03/12/2026')}</div><p>Engineer could not access the cupboard; meter on supply {I('mpan_core',spaced_core(c1),'wrap-spaced',spaced_core(c1))} to be revisited.</p></div>
<div class="card" style="width:150px;font:14px 'Liberation Mono';word-break:break-all">ref {K('WO-88123')} core=<span class="I" data-k="mpan_core" data-v="{c2}" data-f="wrap-break-all" style="word-break:break-all">{c2}</span> {K('done')}</div>
<div class="card" style="width:260px">Full number: <span class="I" data-k="mpan_full" data-v="{top}{c3}" data-f="wrap-full-21">{top} {spaced_core(c3)}</span> and gas {I('mprn',m,'wrap-mprn')} ok</div></body></html>"""
out('a01_wrapped_light_100',page(V(201),'light'),420,420,1.0,'light')
out('a02_wrapped_dark_125',page(V(202),'dark'),420,420,1.25,'dark')
