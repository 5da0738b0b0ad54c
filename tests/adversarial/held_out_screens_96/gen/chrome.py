import subprocess, json, os, re, html, tempfile
ROOT='/tmp/ho49/screens'
BOXJS = r"""
<script>
(function(){
 if(!location.search.includes('dump')) return;
 var dpr = window.devicePixelRatio; var out=[];
 document.querySelectorAll('[data-s],[data-k]').forEach(function(e){
   var rs=[]; var range=document.createRange(); range.selectNodeContents(e);
   var cr=range.getClientRects();
   for(var i=0;i<cr.length;i++){var r=cr[i]; if(r.width<1||r.height<1) continue; rs.push([r.left*dpr,r.top*dpr,r.right*dpr,r.bottom*dpr]);}
   var b=range.getBoundingClientRect();
   out.push({s:e.getAttribute('data-s'),k:e.getAttribute('data-k'),text:e.getAttribute('data-v')||e.textContent,
     box:[b.left*dpr,b.top*dpr,b.right*dpr,b.bottom*dpr],parts:rs,rot:e.getAttribute('data-rot')});
 });
 var p=document.createElement('pre'); p.id='__boxes'; p.style.display='none'; p.textContent=JSON.stringify({dpr:dpr,w:innerWidth,h:innerHeight,items:out}); document.body.appendChild(p);
})();
</script>"""
FLAGS=['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--hide-scrollbars','--font-render-hinting=none']
def render(name, body_html, w, h, scale, extra_flags=()):
    d=f'{ROOT}/tmp/html'; os.makedirs(d,exist_ok=True)
    path=f'{d}/{name}.html'
    open(path,'w').write(body_html.replace('</body>', BOXJS+'</body>'))
    common=FLAGS+[f'--window-size={w},{h}',f'--force-device-scale-factor={scale}',*extra_flags]
    png=f'{ROOT}/corpus/{name}.png'
    subprocess.run(['chromium',*common,f'--screenshot={png}',f'file://{path}'],check=True,capture_output=True,timeout=120)
    out=subprocess.run(['chromium',*common,'--dump-dom',f'file://{path}?dump'],check=True,capture_output=True,timeout=120,text=True).stdout
    m=re.search(r'<pre id="__boxes" style="display: none;">(.*?)</pre>',out,re.S)
    data=json.loads(html.unescape(m.group(1)))
    return png, data
