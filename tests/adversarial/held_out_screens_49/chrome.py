import subprocess, json, re, os, sys, html
from lib import *
TMP=ROOT+'/gen/tmp'; os.makedirs(TMP,exist_ok=True)
JS="""<script>
(function(){const out=[];document.querySelectorAll('[data-k]').forEach(e=>{const rs=[...e.getClientRects()].filter(r=>r.width>0&&r.height>0).map(r=>[r.left,r.top,r.right,r.bottom]);
out.push({k:e.dataset.k,t:e.dataset.t||'',g:e.dataset.g||'',v:e.dataset.v||e.textContent.replace(/\\s+/g,' ').trim(),rects:rs})});
const p=document.createElement('div');p.id='__boxes';p.style.display='none';p.textContent=JSON.stringify(out);document.body.appendChild(p);})();
</script>"""
def S(t,txt,g='',v=None,tag='span',cls='',style=''):
    a=f' data-k="s" data-t="{t}"'+(f' data-g="{g}"' if g else '')+(f' data-v="{html.escape(v)}"' if v else '')
    return f'<{tag}{a}{" class="+chr(34)+cls+chr(34) if cls else ""}{" style="+chr(34)+style+chr(34) if style else ""}>{txt}</{tag}>'
def K(txt,t='keep',tag='span',cls='',style=''):
    return f'<{tag} data-k="k" data-t="{t}"{" class="+chr(34)+cls+chr(34) if cls else ""}{" style="+chr(34)+style+chr(34) if style else ""}>{txt}</{tag}>'
CH=['chromium','--headless','--no-sandbox','--disable-gpu','--hide-scrollbars','--mute-audio','--no-first-run','--disable-extensions','--font-render-hinting=none']
def render(name, body, css='', w=1280, h=800, dsf=1.0, transparent=False, meta=None, ext='png'):
    fn=f"{TMP}/{name}.html"
    open(fn,'w').write(f"<!doctype html><html><head><meta charset='utf-8'><style>html,body{{margin:0}} {css}</style></head><body>{body}{JS}</body></html>")
    args=CH+[f'--window-size={w},{h}',f'--force-device-scale-factor={dsf}']
    if transparent: args.append('--default-background-color=00000000')
    dom=subprocess.run(args+['--dump-dom','file://'+fn],capture_output=True,text=True,timeout=120).stdout
    m=re.search(r'<div id="__boxes" style="display: none;">(.*?)</div>',dom,re.S)
    boxes=json.loads(html.unescape(m.group(1)))
    png=f"{TMP}/{name}.png"
    subprocess.run(args+[f'--screenshot={png}','file://'+fn],capture_output=True,timeout=120)
    items=[];groups={}
    for b in boxes:
        rects=[[round(x*dsf,1) for x in r] for r in b['rects']]
        if b['g']:
            if b['g'] in groups:
                groups[b['g']]['boxes']+=rects; continue
            it={'kind':'secret' if b['k']=='s' else 'keep','type':b['t'],'text':b['v'],'boxes':rects}
            groups[b['g']]=it; items.append(it)
        else:
            items.append({'kind':'secret' if b['k']=='s' else 'keep','type':b['t'],'text':b['v'],'boxes':rects})
    entry={'file':f"{name}.{ext}",'toolkit':'chromium','scale':dsf,'size':[round(w*dsf),round(h*dsf)],'items':items}
    entry.update(meta or {})
    return png, entry
