import subprocess, json, re, html, os, tempfile
FLAGS = ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update',
         '--disable-sync','--no-first-run','--hide-scrollbars','--font-render-hinting=none']
JS = r"""<script>
window.addEventListener('load', function(){
 var out=[]; var d=window.devicePixelRatio;
 document.querySelectorAll('[data-s],[data-k]').forEach(function(e){
   var rs=[]; var rr=document.createRange(); rr.selectNodeContents(e);
   Array.from(rr.getClientRects()).forEach(function(r){ if(r.width>0&&r.height>0) rs.push([r.left*d,r.top*d,r.right*d,r.bottom*d]);});
   out.push({s:e.hasAttribute('data-s'), kind:e.getAttribute(e.hasAttribute('data-s')?'data-s':'data-k'), text:e.getAttribute('data-v')||e.textContent, rects:rs, dpr:d});
 });
 var p=document.createElement('script'); p.type='application/json'; p.id='__boxes'; p.textContent=JSON.stringify(out); document.head.appendChild(p);
});
</script>"""
def render(html_text, out_png, w, h, scale):
    d = tempfile.mkdtemp(prefix='chr', dir='/tmp/ho47/screens/tmp')
    f = os.path.join(d, 'p.html')
    open(f,'w').write(html_text.replace('</head>', JS + '</head>'))
    base = ['chromium'] + FLAGS + [f'--window-size={w},{h}', f'--force-device-scale-factor={scale}', f'--user-data-dir={d}/ud']
    subprocess.run(base + [f'--screenshot={out_png}', 'file://'+f], capture_output=True, timeout=120)
    dom = subprocess.run(base + ['--virtual-time-budget=2000', '--dump-dom', 'file://'+f], capture_output=True, timeout=120, text=True).stdout
    m = re.search(r'<script type="application/json" id="__boxes">(.*?)</script>', dom, re.S)
    items = json.loads(html.unescape(m.group(1)) if '&quot;' in m.group(1) else m.group(1))
    subprocess.run(['rm','-rf',d])
    return items
