import json, os, random, re, subprocess, string
ROOT='/tmp/ho41/screens'; CORPUS=ROOT+'/corpus'; TRUTH=ROOT+'/truth'; BUILD=ROOT+'/build'
PR=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_check(d12): return str(sum(int(c)*p for c,p in zip(d12,PR))%11%10)
def mpan_valid(core):
    core=re.sub(r'\D','',core); return len(core)==13 and mpan_check(core[:12])==core[12]
USED=set()
FIRST=['Siân','Gareth','Rhodri','Aisling','Catrin','Tomasz','Imogen','Dafydd','Priya','Eleri','Hamish','Niamh','Bethan','Oluwaseun','Fenella','Cerys','Lachlan','Marisol','Ffion','Rupert','Ioan','Saoirse','Aled','Harriet','Idris','Morwenna','Kwame','Elspeth','Tegan','Ruaridh']
LAST=['ap Rhys','Llewelyn-Jones','van der Berg','De Souza','Fitzgerald-Hume',"O'Callaghan",'le Breton','Pryce-Watkins','MacGillivray','Ní Bhriain','de la Mare','Ashworth-Kaye','ferch Dafydd','Van Tonder','St John-Stevas','Mac an tSaoir','Bowes-Lyon','Vaughan-Thomas','du Plessis','Featherstonehaugh','Ogunleye','Abernethy','Trevelyan','Haddington-Ross','Penhaligon','Quartermaine','Dimbleby','Whitelaw','Cadwaladr','Rees-Mogg']
STREETS=['Heol y Frenhines','Ffordd Penrhos','Marchmont Crescent','Cwrt Tywysog','Sandgate Terrace','Lôn Las','Wellington Mews','Kirkgate Wynd','Bryn Eithin','Tolpuddle Row','Cae Mawr Close','Ravenscar Parade','Stryd Fawr','Glebe Chase','Hafod Road']
TOWNS=['Aberystwyth','Caernarfon','Llandeilo','Harrogate','Kendal','Falmouth','Stirling','Bangor','Whitby','Ludlow','Penrith','Tenby','Oban','Hexham','Dolgellau']
PCS=['SY23 2AX','LL55 1SH','SA19 6BN','HG1 2RQ','LA9 4DL','TR11 3QT','FK8 2EA','LL57 1UT','YO21 3PU','SY8 1AW','CA11 7JU','SA70 7BX','PA34 5NP','NE46 3LS','LL40 1AB','CF10 1EP','EH3 9JS','M14 5RL','BS6 7TQ','G12 8QQ','NR2 4DF','EX4 6PX','DN31 2HU','SW1P 4QP','WC2H 9JQ']
OUI=['00-0D-6F','70-B3-D5','00-12-4B','84-2E-14','D0-CF-5E','00-24-46','BC-33-AC','00-1E-C0']
class V:
    def __init__(s,seed): s.r=random.Random(seed); s.i=0
    def _u(s,f):
        for _ in range(1000):
            v=f()
            if v not in USED: USED.add(v); return v
        raise Exception('dup')
    def mpan(s):
        def f():
            d=s.r.choice(['10','11','12','13','14','15','16','17','18','19','20','21','22','23'])+''.join(s.r.choice(string.digits) for _ in range(10))
            return d+mpan_check(d)
        core=s._u(f)
        top=s.r.choice(['01','02','03','04','05','08','00'])+s.r.choice(['801','845','151','393','811','971','030'])+''.join(s.r.choice(string.digits) for _ in range(3))
        return top,core
    def mprn(s): return s._u(lambda: s.r.choice('3456789')+''.join(s.r.choice(string.digits) for _ in range(9)))
    def eserial(s): return s._u(lambda: s.r.choice(['S','K','D','L','F'])+'%02d'%s.r.randint(0,23)+s.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')+'%05d'%s.r.randint(0,99999))
    def gserial(s): return s._u(lambda: s.r.choice(['E6S','G4K','E6E','U16'])+'%08d'%s.r.randint(0,99999999)+'%02d'%s.r.randint(10,25))
    def eui(s): return s._u(lambda: s.r.choice(OUI)+'-'+'-'.join('%02X'%s.r.randint(0,255) for _ in range(5)))
    def name(s): return s._u(lambda: s.r.choice(FIRST)+' '+s.r.choice(LAST))
    def pc(s): return s._u(lambda: s.r.choice(PCS))
    def street(s): return s._u(lambda: '%d %s'%(s.r.randint(2,180),s.r.choice(STREETS)))
    def town(s): return s.r.choice(TOWNS)
    def phone(s): return s._u(lambda: s.r.choice(['07700 900%03d','0161 496 0%03d','020 7946 0%03d','029 2018 0%03d','0113 496 0%03d'])%s.r.randint(0,999))
    def email(s,name): return re.sub(r"[^a-z.]","",name.lower().replace(' ','.').replace('â','a'))+s.r.choice(['@example.co.uk','@example.com','@mail.example.org'])
def spaced_core(core): return core[:2]+' '+core[2:6]+' '+core[6:10]+' '+core[10:]
def eui_fmt(e,style):
    h=e.replace('-','')
    if style=='dash': return e
    if style=='colon': return e.replace('-',':')
    if style=='dot': return e.replace('-','.')
    if style=='plain': return h
    if style=='lower': return h.lower()
    if style=='cisco': return '.'.join(h[i:i+4] for i in range(0,16,4))
    if style=='space': return ' '.join(h[i:i+4] for i in range(0,16,4))
def norm(t): return re.sub(r'[^A-Z0-9]','',t.upper())
# --- chromium
JS="""<script>onload=()=>{if(location.hash=='#boxes'){let o=[];document.querySelectorAll('.I,.K').forEach(e=>{o.push({c:e.classList.contains('I')?'I':'K',k:e.dataset.k||'',f:e.dataset.f||'',v:e.dataset.v||e.innerText,r:[...e.getClientRects()].map(r=>[r.left,r.top,r.right,r.bottom])})});let p=document.createElement('pre');p.id='__boxes';p.textContent=JSON.stringify({dpr:devicePixelRatio,o:o});document.body.appendChild(p);}}</script>"""
def chromium(name,html,w,h,dpr=1.0,transparent=False):
    os.makedirs(BUILD,exist_ok=True)
    hp=f'{BUILD}/{name}.html'; open(hp,'w').write(html.replace('</body>',JS+'</body>'))
    out=f'{BUILD}/{name}.png'
    base=['chromium','--headless','--no-sandbox','--disable-gpu','--hide-scrollbars','--force-device-scale-factor=%s'%dpr,'--window-size=%d,%d'%(w,h),'--font-render-hinting=none']
    if transparent: base.append('--default-background-color=00000000')
    subprocess.run(base+['--screenshot='+out,'file://'+hp],capture_output=True,timeout=60)
    d=subprocess.run(base+['--dump-dom','file://'+hp+'#boxes'],capture_output=True,timeout=60,text=True).stdout
    m=re.search(r'<pre id="__boxes">(.*?)</pre>',d,re.S); import html as H
    j=json.loads(H.unescape(m.group(1)))
    items=[]
    for o in j['o']:
        bx=[[round(a*dpr) for a in r] for r in o['r'] if r[2]>r[0]]
        items.append(dict(kind=o['k'] if o['c']=='I' else 'keep',keep=o['c']=='K',value=o['v'].strip(),form=o['f'],boxes=bx))
    return out,items
def save_truth(fname,items,**meta):
    os.makedirs(TRUTH,exist_ok=True)
    for n,it in enumerate(items): it['id']='%s#%d'%(fname,n)
    json.dump(dict(file=fname,items=items,**meta),open(f'{TRUTH}/{fname}.json','w'),indent=1,ensure_ascii=False)
def I(kind,val,form='',text=None,style=''):
    t=text if text is not None else val
    return f'<span class="I" data-k="{kind}" data-v="{val}" data-f="{form}" style="{style}">{t}</span>'
def K(t,style=''): return f'<span class="K" style="{style}">{t}</span>'
