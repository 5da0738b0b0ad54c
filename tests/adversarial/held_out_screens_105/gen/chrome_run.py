import json, random, subprocess, sys, re, os
sys.path.insert(0,'/tmp/ho51/screens/gen'); import pages
OUT='/tmp/ho51/screens/corpus'; TR='/tmp/ho51/screens/truth'; os.makedirs(OUT,exist_ok=True); os.makedirs(TR,exist_ok=True)
CH="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --hide-scrollbars".split()
V=[('propgrid',1.0,'light',{}),('propgrid',1.5,'dark',{}),('propgrid',2.5,'light',{}),
('crm',1.25,'light',{}),('crm',2.0,'dark',{}),('outlook',1.0,'light',{}),('outlook',1.5,'dark',{}),
('devtools',1.0,'dark',{}),('devtools',1.25,'light',{}),('devtools',2.0,'dark',{}),('log',1.0,'dark',{}),('log',1.5,'light',{}),
('ellipsis',1.0,'light',{}),('ellipsis',1.25,'dark',{}),('ellipsis',2.5,'dark',{}),('calendar',1.0,'light',{}),('calendar',1.5,'dark',{}),
('pdfangle',1.0,'light',{'angle':3.5}),('pdfangle',1.5,'dark',{'angle':-6}),('pdfangle',1.25,'light',{'angle':12}),
('toast',1.25,'light',{}),('toast',2.0,'dark',{}),('narrow',1.0,'light',{}),('narrow',1.25,'dark',{}),('narrow',1.5,'light',{})]
for i,(d,sc,th,kw) in enumerate(V):
    r=random.Random(5100+i); h,(w,hh)=pages.DESIGNS[d](r,**kw)
    h=h.replace('</head>',f'<style>html{{width:{w}px;overflow:hidden}}</style></head>')
    nm=f"c{i:02d}_{d}_{int(sc*100)}_{th}"; hp=f'{OUT}/../gen/html/{nm}.html'; os.makedirs(os.path.dirname(hp),exist_ok=True); open(hp,'w').write(h)
    url='file://'+os.path.abspath(hp)+('#dark' if th=='dark' else '')
    subprocess.run(CH+[f'--window-size={w},{hh}',f'--force-device-scale-factor={sc}',f'--screenshot={OUT}/{nm}.png',url],capture_output=True)
    dom=subprocess.run(CH+[f'--window-size={w},{hh}',f'--force-device-scale-factor={sc}','--virtual-time-budget=2000','--dump-dom',url],capture_output=True,text=True).stdout
    m=re.search(r'id="__boxes">(.*?)</script>',dom,re.S); b=json.loads(m.group(1).replace('&amp;','&').replace('&lt;','<').replace('&gt;','>'))
    json.dump({'image':nm+'.png','toolkit':'chromium','design':d,'scale':sc,'theme':th,**kw,'items':b['items']},open(f'{TR}/{nm}.json','w'),indent=0)
    print(nm,len(b['items']),flush=True)
