# Chromium pages: each item span has data-s (secret kind) or data-k (keep kind)
import html, json, os, random, subprocess, sys, re, base64, io
sys.path.insert(0, os.path.dirname(__file__))
from ids import V
OUT='/tmp/ho50/screens'
def S(t,k): return '<span data-s="%s">%s</span>'%(k,html.escape(t))
def K(t,k='label'): return '<span data-k="%s">%s</span>'%(k,html.escape(t))
JS="""<script>
window.addEventListener('load',()=>{const o=[];const dpr=window.devicePixelRatio;
document.querySelectorAll('[data-s],[data-k]').forEach(e=>{const rs=[...e.getClientRects()].filter(r=>r.width>0&&r.height>0).map(r=>[r.left*dpr,r.top*dpr,r.right*dpr,r.bottom*dpr]);
 if(!rs.length)return; let vis=true; for(const r of e.getClientRects()){const x=(r.left+r.right)/2,y=(r.top+r.bottom)/2; const h=document.elementFromPoint(x,y); if(!h||!(e.contains(h)||h.contains(e))) vis=false;}
 const st=getComputedStyle(e);
 o.push({text:e.textContent,secret:e.hasAttribute('data-s'),kind:e.getAttribute('data-s')||e.getAttribute('data-k'),parts:rs,visible:vis,tt:st.textTransform});});
const p=document.createElement('pre');p.id='__boxes';p.style.display='none';p.textContent=JSON.stringify({dpr:dpr,iw:innerWidth,ih:innerHeight,items:o});document.body.appendChild(p);});
</script>"""
def theme_css(dark):
    return (':root{--bg:#1e1f22;--fg:#e6e6e6;--mut:#9aa0a6;--pan:#2b2d31;--bd:#44474d;--acc:#5aa9ff;--sel:#264f78}' if dark else
            ':root{--bg:#ffffff;--fg:#1b1b1b;--mut:#5f6368;--pan:#f3f4f6;--bd:#d0d4da;--acc:#1a66d6;--sel:#cce0ff}')
BASE="body{margin:0;background:var(--bg);color:var(--fg);font-family:'DejaVu Sans',Arial,sans-serif;font-size:14px}"

def material(v,dark):
    n=v.name(); a,t,pc=v.addr(); mp=v.mpan(' '); tp=v.top()
    fields=[('MPAN (core)',S(mp,'mpan')),('MPRN',S(v.mprn(),'mprn')),('Electricity meter serial',S(v.eserial(),'serial')),
            ('Gas meter serial',S(v.gserial(),'serial')),('Comms hub GUID',S(v.eui('-'),'eui64')),('ESME device ID',S(v.eui(':'),'eui64')),
            ('Customer',S(n,'name')),('Site address',S(a,'address')+', '+K(t,'town')+' '+S(pc,'postcode')),
            ('Contact phone',S(v.phone(),'phone')),('E-mail',S(v.email(n),'email')),('Account',S(v.acct(),'account')),
            ('Work order',K(v.wo(),'wo')),('Test case',K(v.tc(),'tc')),('Flow',K(v.flow(),'flow')),('Firmware',K(v.fw(),'fw')),('Booked',K(v.ts(),'ts'))]
    css=""".wrap{padding:24px 40px}.h{font-size:22px;font-weight:600;margin-bottom:6px}.grid{display:grid;grid-template-columns:repeat(3,360px);gap:22px 26px;margin-top:18px}
.f{position:relative;border:1px solid var(--bd);border-radius:6px;padding:16px 12px 10px 12px;height:22px}
.f .l{position:absolute;top:-9px;left:10px;background:var(--bg);padding:0 4px;font-size:11.5px;color:var(--acc)}
.f .val{font-size:15px;white-space:nowrap}.f:nth-child(3n) .val{font-style:italic}.f:nth-child(4n) .val{font-style:italic;font-weight:700}
.hint{font-size:11px;color:var(--mut);font-style:italic;margin-top:4px}.btn{display:inline-block;margin:26px 12px 0 0;padding:8px 18px;border-radius:18px;background:var(--acc);color:#fff;font-weight:600;letter-spacing:.08em}"""
    body='<div class="wrap"><div class="h">'+K('Smart Install — Job card','heading')+'</div><div class="hint">'+K('Status: Awaiting commissioning','label')+' · '+K(v.ts(),'ts')+'</div><div class="grid">'
    for l,val in fields: body+='<div class="f"><span class="l">'+K(l)+'</span><div class="val">'+val+'</div></div>'
    body+='</div><div class="hint">Top line '+K('PC','label')+' '+S(' '.join(tp),'mpan_top')+' · reading '+K(v.reading(),'reading')+' · amount '+K(v.amt(),'amount')+'</div>'
    body+='<span class="btn">'+K('COMMISSION')+'</span><span class="btn">'+K('SAVE DRAFT')+'</span></div>'
    return css,body,(1280,800)

def tmux(v,dark):
    css=""".t{background:#101010;color:#d0d0d0;font-family:'DejaVu Sans Mono',monospace;font-size:13px;height:100vh;display:flex;flex-direction:column}
.panes{flex:1;display:flex}.p{flex:1;padding:6px 8px;white-space:pre;overflow:hidden;line-height:17px}.p+.p{border-left:1px solid #3a7}
.g{color:#7c7}.y{color:#dd5}.c{color:#5cf}.st{background:#3a7;color:#000;white-space:pre;padding:1px 4px}.rv{background:#d0d0d0;color:#101010}"""
    L=[]
    for i in range(16):
        c=v.core()
        L.append('<span class="g">'+K(v.ts(),'ts')+'</span> <span class="y">INFO</span> '+K(v.flow(),'flow')+' rx mpan='+S(c,'mpan')+(' msn='+S(v.eserial(),'serial') if i%2 else ' dev='+S(v.eui(':' if i%3 else ''),'eui64')))
    R=['<span class="c">energy=#</span> select mpan, mprn, status from supply_points limit 12;','   '+K('mpan','header')+'        |    '+K('mprn','header')+'    | '+K('status','header'),'---------------+------------+--------']
    for i in range(12): R.append(' '+S(v.core(),'mpan')+' | '+S(v.mprn(),'mprn')+' | '+K(random.Random(i).choice(['LIVE','PENDING','LOSS']),'status'))
    R.append(K('(12 rows)','label'))
    st='<div class="st">['+K('energy-sit2','label')+'] 0:bash  1:psql*  2:'+'<span class="rv">'+S(v.core(),'mpan')+'</span>'+'            "'+K('sit2-db01','label')+'" '+K('09:41 07-Dec-26','ts')+'</div>'
    body='<div class="t"><div class="panes"><div class="p">'+'\n'.join(L)+'</div><div class="p">'+'\n'.join(R)+'</div></div>'+st+'</div>'
    return css,body,(1366,420)

def sheet(v,dark):
    css=""".x{font-family:Calibri,'Carlito','DejaVu Sans';font-size:13px}table{border-collapse:collapse;margin:0}td,th{border:1px solid var(--bd);padding:2px 5px;vertical-align:top}
th{background:var(--pan);font-weight:normal;color:var(--mut)}td.n{background:var(--pan);color:var(--mut);text-align:center}.w{width:92px;word-break:break-all}.w2{width:130px}
.fb{padding:4px 6px;border-bottom:1px solid var(--bd)}"""
    rows=''
    for g in range(5):
        a,t,pc=v.addr(); n=v.name(); k=3
        for j in range(k):
            r=g*3+j+2
            rows+='<tr><td class="n">'+K(str(r),'rownum')+'</td>'
            if j==0: rows+='<td rowspan="3" class="w2">'+S(n,'name')+'<br>'+S(a,'address')+'<br>'+K(t,'town')+' '+S(pc,'postcode')+'</td>'
            rows+='<td class="w">'+S(v.core(),'mpan')+'</td><td>'+S(v.eserial(),'serial')+'</td><td class="w">'+S(v.eui('-'),'eui64')+'</td><td>'+K(v.tc(),'tc')+'</td><td>'+K(v.amt(),'amount')+'</td><td>'+K(v.flow(),'flow')+'</td></tr>'
    hdr='<tr><td class="n"></td>'+''.join('<th>'+K(c,'colhdr')+'</th>' for c in 'ABCDEFG')+'</tr><tr><td class="n">'+K('1','rownum')+'</td>'+''.join('<td><b>'+K(c,'header')+'</b></td>' for c in ['Customer / site','MPAN','Meter serial','Comms hub','Test case','Charge','Flow'])+'</tr>'
    body='<div class="x"><div class="fb">'+K('fx','label')+'  '+K('=CONCAT(B2,C2)','label')+'</div><table>'+hdr+rows+'</table></div>'
    return css,body,(1100,760)

def chart(v,dark):
    rr=random.Random(v.r.random()); pts=[(60+i*36, 300-rr.randint(20,220)) for i in range(30)]
    poly=' '.join('%d,%d'%p for p in pts)
    ax=''.join('<div style="position:absolute;left:%dpx;top:%dpx;font-size:11px;color:var(--mut)">%s</div>'%(20+60+i*36*4-14, 20+30+335, K('%02d:%02d'%(i*2, 0),'axis')) for i in range(8))
    css=""".c{padding:20px;position:relative}svg{color:var(--fg)}.tip{position:absolute;left:%dpx;top:%dpx;background:rgba(20,20,30,.92);color:#fff;border-radius:6px;padding:8px 10px;font-size:12.5px;line-height:18px;box-shadow:0 4px 14px rgba(0,0,0,.4)}
.h{font-size:18px;font-weight:600}.lg{margin-top:4px;color:var(--mut)}"""%(pts[12][0]+40,pts[12][1]+40)
    tip='<div class="tip">'+K('Thu 19 Nov 2026 12:30','ts')+'<br>MPAN '+S(v.mpan(' '),'mpan')+'<br>MSN '+S(v.eserial(),'serial')+'<br>'+K('0.412 kWh','reading')+' · '+K(v.amt(),'amount')+'<br>'+K('D0010','flow')+' · '+K(v.tc(),'tc')+'</div>'
    body='<div class="c"><div class="h">'+K('Half-hourly consumption','heading')+' — '+S(v.name(),'name')+'</div><div class="lg">'+K('Import (kWh)','label')+' · '+K('Export (kWh)','label')+' · site '+S(v.addr()[2],'postcode')+'</div><svg width="1200" height="350"><polyline points="'+poly+'" fill="none" stroke="#3b82f6" stroke-width="2"/><circle cx="%d" cy="%d" r="5" fill="#f59e0b"/>'%pts[12]+'</svg>'+ax+tip+'</div>'
    return css,body,(1280,420)

def multisel(v,dark):
    css=""".m{padding:18px 30px}.h{font-size:17px;font-weight:600;margin-bottom:8px}.lst{border:1px solid var(--bd);width:900px}.row{padding:5px 10px;font-size:13.5px;display:flex;gap:24px;border-bottom:1px solid var(--bd)}
.row.s{background:#0a64d8;color:#fff}.row.s2{background:var(--sel)}.cb{width:14px}.a{width:210px}.b{width:150px}.c{width:190px}.d{width:120px}"""
    body='<div class="m"><div class="h">'+K('Select devices to re-commission','heading')+' ('+K('5 selected','label')+')</div><div class="lst"><div class="row"><span class="cb"></span><span class="a">'+K('Device ID','header')+'</span><span class="b">'+K('Meter serial','header')+'</span><span class="c">'+K('MPAN','header')+'</span><span class="d">'+K('Firmware','header')+'</span><span>'+K('Last seen','header')+'</span></div>'
    for i in range(14):
        cl=' s' if i in (1,2,5,9,10) else (' s2' if i==12 else '')
        body+='<div class="row'+cl+'"><span class="cb">'+('☑' if 's' in cl else '☐')+'</span><span class="a">'+S(v.eui(['-',':','.',''][i%4]),'eui64')+'</span><span class="b">'+S(v.eserial() if i%3 else v.gserial(),'serial')+'</span><span class="c">'+S(v.core(),'mpan')+'</span><span class="d">'+K(v.fw(),'fw')+'</span><span>'+K(v.ts(),'ts')+'</span></div>'
    body+='</div></div>'
    return css,body,(1100,700)

def tree(v,dark):
    css=""".tr{padding:14px 20px;font-size:13.5px;line-height:22px}.n{position:relative;padding-left:22px;border-left:1px dotted var(--mut);margin-left:8px}.ic{color:var(--acc)}.hl{background:var(--sel)}"""
    body='<div class="tr"><div>'+K('Portfolio: SIT2 Smart estate','heading')+'</div>'
    for s in range(3):
        a,t,pc=v.addr()
        body+='<div class="n"><span class="ic">▾ 🏠</span> '+K('Site %d'%(s+1),'label')+': '+S(a,'address')+', '+K(t,'town')+' '+S(pc,'postcode')+' — '+S(v.name(),'name')
        for m in range(2):
            body+='<div class="n"><span class="ic">▾ ⚡</span> MPAN '+S(v.mpan(' ' if m else ''),'mpan')+' <i>('+K(v.ref(),'mpanref')+')</i>'
            body+='<div class="n">▸ '+K('ESME','label')+' '+S(v.eserial(),'serial')+' · '+S(v.eui('-'),'eui64')+' · '+K(v.fw(),'fw')+'</div>'
            body+='<div class="n'+(' hl' if m else '')+'">▸ '+K('Register 1','label')+' '+K(v.reading(),'reading')+'</div></div>'
        body+='<div class="n"><span class="ic">▾ 🔥</span> MPRN '+S(v.mprn(),'mprn')+'<div class="n">▸ '+K('GSME','label')+' '+S(v.gserial(),'serial')+' · '+S(v.eui(':'),'eui64')+'</div></div></div>'
    body+='</div>'
    return css,body,(1200,1000)

def photo_bg(seed,w=900,h=640):
    from PIL import Image, ImageFilter, ImageDraw
    r=random.Random(seed); im=Image.new('RGB',(w//4,h//4),(90,90,80)); d=ImageDraw.Draw(im)
    for _ in range(60): x=r.randint(0,w//4);y=r.randint(0,h//4);s=r.randint(5,40); d.ellipse([x,y,x+s,y+s],fill=(r.randint(40,230),r.randint(40,220),r.randint(30,200)))
    im=im.filter(ImageFilter.GaussianBlur(3)).resize((w,h)); b=io.BytesIO(); im.save(b,'JPEG',quality=85)
    return 'data:image/jpeg;base64,'+base64.b64encode(b.getvalue()).decode()

def photocap(v,dark):
    bg=photo_bg(v.r.randint(0,99999))
    css=""".ph{width:900px;height:640px;background:url(%s);position:relative;margin:10px}.cap{position:absolute;left:20px;bottom:20px;color:#fff;text-shadow:0 1px 2px #000;font-size:16px;line-height:24px}
.top{position:absolute;left:20px;top:14px;color:#fff;font-weight:600;text-shadow:0 1px 3px #000;font-size:15px}.side{position:absolute;left:930px;top:20px;width:320px;font-size:13.5px;line-height:22px}.bi{font-style:italic;font-weight:700}"""%bg
    body='<div class="ph"><div class="top">'+K('IMG_20261119_101422.jpg','label')+' · '+K('Meter photo','label')+'</div><div class="cap">Serial '+S(v.eserial(),'serial')+'<br>MPRN '+S(v.mprn(),'mprn')+' &nbsp; '+K(v.reading(),'reading')+'<br><span class="bi">'+S(v.name(),'name')+'</span>, '+S(v.addr()[2],'postcode')+'</div></div>'
    body+='<div class="side"><b>'+K('Job','label')+' '+K(v.wo(),'wo')+'</b><br>'+K('Photo 3 of 5','label')+'<br>Gas serial <i>'+S(v.gserial(),'serial')+'</i><br>IHD '+S(v.eui('-'),'eui64')+'<br>Phone '+S(v.phone(),'phone')+'<br>'+K(v.ts(),'ts')+'<br>'+K(v.tc(),'tc')+' · '+K(v.flow(),'flow')+'</div>'
    return css,body,(1280,680)

def letter(v,dark):
    n=v.name(); a,t,pc=v.addr(); tp=v.top(); c=v.core()
    css=""".lt{padding:30px 60px;font-family:'DejaVu Serif',serif;font-size:15px;line-height:24px}.hd{letter-spacing:.35em;font-size:20px;text-transform:uppercase;font-weight:700}
.sc{font-variant:small-caps;letter-spacing:.12em}.ls{letter-spacing:.3em}.it{font-style:italic}.bi{font-style:italic;font-weight:700}
.sb{display:inline-grid;grid-template-columns:40px auto;border:2px solid var(--fg);padding:6px 10px;margin:10px 0;font-family:'DejaVu Sans Mono';font-size:16px;line-height:22px}.sb .S{grid-row:span 2;font-size:34px;font-weight:700;align-self:center}"""
    body='<div class="lt"><div class="hd">'+K('Letter of Authority','heading')+'</div><div class="it">'+K('Ref','label')+' '+K(v.wo(),'wo')+' · '+K(v.ts(),'ts')+'</div><br><span class="sc">'+S(n,'name')+'</span><br><span class="ls">'+S(a,'address')+'</span><br>'+K(t,'town')+'<br><span class="ls">'+S(pc,'postcode')+'</span><br><br>'
    body+='<div class="sb"><span class="S">S</span><span>'+S('  '.join(tp),'mpan_top')+'</span><span>'+S('  '.join([c[:2],c[2:6],c[6:10],c[10:]]),'mpan')+'</span></div><br>'
    body+='Supply number (italic): <span class="it">'+S(v.mpan(' '),'mpan')+'</span><br>Gas MPRN (bold italic): <span class="bi">'+S(v.mprn(),'mprn')+'</span><br>Meter <span class="ls">'+S(v.eserial(),'serial')+'</span><br>Account <span class="sc">'+S(v.acct(),'account')+'</span><br>'
    body+='E-mail <span class="it">'+S(v.email(n),'email')+'</span> · tel <span class="ls">'+S(v.phone(),'phone')+'</span><br><br><span class="it">'+K('Signed on behalf of the customer for test','label')+' '+K(v.tc(),'tc')+' ('+K(v.flow(),'flow')+'), '+K(v.amt(),'amount')+'</span></div>'
    return css,body,(1100,820)

def zoom(v,dark):
    css=""".z{background:#1a1a1a;height:100vh;position:relative;color:#eee}.bar{height:34px;background:#242424;display:flex;align-items:center;padding:0 12px;font-size:13px;gap:18px}
.share{position:absolute;left:20px;top:50px;width:1040px;height:600px;background:#fff;color:#222;overflow:hidden;border:3px solid #2ecc71}
.inner{transform:scale(.72);transform-origin:0 0;width:1440px;padding:14px;font-size:14px}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:6px 22px 6px 8px;text-align:left;font-size:15px}
.strip{position:absolute;left:1080px;top:50px;width:260px}.tile{height:130px;background:linear-gradient(135deg,#456,#233);border-radius:8px;margin-bottom:10px;position:relative}
.tile span.nm{position:absolute;left:8px;bottom:6px;font-size:12px;background:rgba(0,0,0,.5);padding:1px 5px}.pres{position:absolute;left:600px;top:440px;width:240px;height:160px;background:radial-gradient(circle at 50% 40%,#c96 0,#a74 25%,#345 26%,#223 100%);border-radius:8px;border:2px solid #fff}
.pres .lab{position:absolute;left:8px;bottom:6px;font-size:12px;background:rgba(0,0,0,.6);padding:1px 5px}"""
    rows=''.join('<tr><td>'+K(v.dip(),'dip')+'</td><td>'+K(v.flow(),'flow')+'</td><td>'+S(v.mpan(''),'mpan')+'</td><td>'+S(v.eserial(),'serial')+'</td><td>'+S(v.name(),'name')+'</td><td>'+S(v.addr()[2],'postcode')+'</td><td>'+K(v.ts(),'ts')+'</td></tr>' for _ in range(19))
    inner='<div class="inner"><h2>'+K('DIP Message Tracker','heading')+'</h2><table><tr>'+''.join('<th>'+K(h,'header')+'</th>' for h in ['Message ID','Type','MPAN','MSN','Customer','Postcode','Received'])+'</tr>'+rows+'</table></div>'
    tiles=''.join('<div class="tile"><span class="nm">'+S(v.name(),'name')+'</span></div>' for _ in range(3))
    body='<div class="z"><div class="bar">'+K('You are viewing','label')+' '+S(v.name(),'name')+'\'s '+K('screen','label')+' · '+K('00:41:17','ts')+' · '+K('Stand-up: SIT2 defects','label')+'</div><div class="share">'+inner+'</div><div class="strip">'+tiles+'</div><div class="pres"><span>'+S(v.name(),'name')+' ('+K('Presenter','label')+')</span></div></div>'
    return css,body,(1366,700)

DESIGNS={'material':material,'tmux':tmux,'sheet':sheet,'chart':chart,'multisel':multisel,'tree':tree,'photocap':photocap,'letter':letter,'zoom':zoom}
VARIANTS=[(1.0,False),(1.25,True),(1.5,False),(2.0,True)]
def chrome(args):
    return subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--hide-scrollbars','--font-render-hinting=none']+args,capture_output=True,text=True,timeout=90)
def main():
    truth={}
    seed=5000
    for name,fn in DESIGNS.items():
        vs=VARIANTS[:3] if name not in ('material','letter','tmux') else VARIANTS
        for i,(sc,dark) in enumerate(vs):
            if name=='tmux': dark=True
            seed+=1; v=V(seed); random.seed(seed)
            css,body,(w,h)=fn(v,dark)
            doc='<!doctype html><html><head><meta charset="utf-8"><style>'+theme_css(dark)+BASE+css+'</style></head><body>'+body+JS+'</body></html>'
            stem='c_%s_%d_%s'%(name,int(sc*100),'dark' if dark else 'light')
            hp='%s/html/%s.html'%(OUT,stem); open(hp,'w').write(doc)
            png='%s/corpus/%s.png'%(OUT,stem)
            chrome(['--force-device-scale-factor=%s'%sc,'--window-size=%d,%d'%(w,h),'--screenshot='+png,'file://'+hp])
            extra=87
            for _ in range(3):
                d=chrome(['--force-device-scale-factor=%s'%sc,'--window-size=%d,%d'%(w,h+extra),'--virtual-time-budget=3000','--dump-dom','file://'+hp]).stdout
                m=re.search(r'<pre id="__boxes"[^>]*>(.*?)</pre>',d,re.S)
                bx=json.loads(html.unescape(m.group(1)))
                if abs(bx['ih']-h)<=3 and abs(bx['iw']-w)<=3: break
                extra+=h-bx['ih']
            assert abs(bx['ih']-h)<=3 and abs(bx['iw']-w)<=3,(bx['iw'],bx['ih'])
            items=[]
            for it in bx['items']:
                t=it['text'].upper() if it['tt']=='uppercase' else it['text']
                items.append(dict(text=t,kind=it['kind'],secret=it['secret'],parts=[[round(x,1) for x in p] for p in it['parts']],visible=it['visible']))
            truth[stem+'.png']=dict(toolkit='chromium',design=name,scale=sc,theme='dark' if dark else 'light',items=items)
            print(stem,len([x for x in items if x['secret']]),len([x for x in items if not x['secret']]),bx['dpr'],flush=True)
    json.dump(truth,open(OUT+'/truth_chrome.json','w'),indent=0,ensure_ascii=False)
main()
