import sys, os, json, subprocess, html, re, random
sys.path.insert(0,os.path.dirname(__file__))
from ids import Gen
from common import Page, norm
OUT=os.path.abspath(sys.argv[1])
E=html.escape
JS="""<script>window.addEventListener('load',()=>{const o={};document.querySelectorAll('[data-i]').forEach(e=>{const i=e.dataset.i;(o[i]=o[i]||[]);for(const r of e.getClientRects()){if(r.width>0&&r.height>0)o[i].push([r.left,r.top,r.width,r.height])}});document.getElementById('__r').textContent=JSON.stringify(o)});</script><script type="application/json" id="__r"></script>"""
BASE="""<style>*{box-sizing:border-box}body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:13px}
body.light{background:#f4f6f8;color:#1d2733}body.dark{background:#1b1e23;color:#d8dde3}
.dark .panel{background:#252a31;border-color:#3b434d}.light .panel{background:#fff;border-color:#cfd6de}
.panel{border:1px solid;border-radius:6px;padding:10px;margin:8px}
table{border-collapse:collapse}td,th{padding:3px 6px;border-bottom:1px solid rgba(128,128,128,.3);text-align:left;white-space:nowrap}
th{font-size:12px;opacity:.8}.mono{font-family:'DejaVu Sans Mono',monospace}
.top{background:#0b5;color:#fff;padding:6px 12px;font-weight:bold}.dark .top{background:#075}
</style>"""
def wrap_segments(segs,width,prefix=""):
    """segs: list of (text,id|None). Hard-wrap at width chars; returns html lines."""
    lines=[];cur=[];n=0
    for t,i in segs:
        while t:
            room=width-n
            if room<=0:
                lines.append(cur);cur=[];n=0;room=width
            part,t=t[:room],t[room:]
            cur.append((part,i));n+=len(part)
    lines.append(cur)
    def sp(p,i): return E(p) if i is None else f'<span data-i="{i}">{E(p)}</span>'
    return [E(prefix)+"".join(sp(p,i) for p,i in l) for l in lines]
def word_wrap(segs,width,prefix):
    """word wrap: split segs into tokens at spaces, keep ids; lines start with prefix."""
    toks=[]
    for t,i in segs:
        for w in re.split(r'(\s+)',t):
            if w: toks.append((w,i))
    lines=[];cur=[];n=0
    for w,i in toks:
        if w.isspace():
            if n: cur.append((" ",i)); n+=1
            continue
        if n+len(w)>width and n:
            while cur and cur[-1][0]==" ": cur.pop()
            lines.append(cur);cur=[];n=0
        cur.append((w,i));n+=len(w)
    lines.append(cur)
    def sp(p,i): return E(p) if i is None else f'<span data-i="{i}">{E(p)}</span>'
    return [E(prefix)+"".join(sp(p,i) for p,i in l) for l in lines]

def d_regsvc(p,g,theme):
    rows=[]
    for k in range(15):
        c=g.core(); nm=g.name(); ser=g.eserial()
        if k%3==1: ser=ser.lower()
        i=p.add("id","mpan",c,c)
        mp=g.mprn()
        rows.append(f"<tr><td>{p.K('timestamp',g.ts())}</td><td>{p.K('msgtype',g.msg())}</td>"
          f'<td class=mono><span data-i="{i}">{c[:2]}</span></td><td class=mono><span data-i="{i}">{c[2:12]}</span></td><td class=mono><span data-i="{i}">{c[12]}</span></td>'
          f"<td class=mono>{p.I('mprn',mp)}</td><td>{p.I('name',nm)}</td><td>{p.I('postcode',g.postcode())}</td><td class=mono>{p.I('serial',ser.upper(),ser)}</td><td>{p.K('ticket',g.ticket())}</td></tr>")
    hdr="".join(f"<th>{p.K('label',h)}</th>" for h in ["Received","Flow","Dist","MSID","CD","MPRN","Customer","Postcode","Meter serial","Ticket"])
    return f"""<div class=top>MHHS Registration Service &middot; Event log &middot; {p.K('version',g.ver())}</div>
<div class=panel>{p.K('label','Filter')}: {p.K('tc',g.tc())} &nbsp; {p.K('dip',g.dip())} &nbsp; {p.K('uuid',g.uuid())}</div>
<div class=panel><table><tr>{hdr}</tr>{''.join(rows)}</table></div>"""

def d_portal(p,g,theme):
    cards=[]
    for k in range(6):
        pc,mtc,ll=g.top(); c=g.core(); nm=g.name(); mp=g.mprn()
        mp_s=f"{mp[:3]} {mp[3:6]} {mp[6:]}"
        if k%2==0:
            top=p.I('mpan_top',pc+mtc+ll,f"{pc} {mtc} {ll}")
            core=p.I('mpan',c,f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}")
            mline=f"<div class=mono style='font-size:15px'><b>S</b> {top} / {core}</div>"
        else:
            g4=" ".join(c[j:j+4] for j in range(0,13,4))
            mline=f"<div class=mono style='font-size:15px'>{p.K('label','Supply number')} {p.I('mpan',c,g4)}</div>"
        cards.append(f"""<div class=panel style="width:395px;display:inline-block;vertical-align:top">
<div style="font-weight:bold">{p.I('name',nm)} <span style="opacity:.6">{p.K('ref',g.ref())}</span></div>
<div>{p.I('address',g.address())} {p.I('postcode',g.postcode())}</div>
<div>{p.K('label','Account')} {p.I('account',g.account())} &middot; {p.I('phone',g.phone())}</div>
<div>{p.I('email',g.email(nm))}</div>{mline}
<div>{p.K('label','Gas supply point')} <span class=mono>{p.I('mprn',mp,mp_s)}</span></div>
<div style="opacity:.8">{p.K('amount',g.amount())} {p.K('label','balance')} &middot; {p.K('reading',g.reading())} &middot; {p.K('timestamp',g.ts())}</div></div>""")
    return f"<div class=top>Supplier portal &middot; My supplies &middot; {p.K('tc',g.tc())}</div>"+"".join(cards)

def d_term(p,g,theme):
    col=[("CUSTOMER",22),("POSTCODE",10),("CASE",14),("LAST_FLOW",10),("MPAN_CORE",14),("MPRN",12),("METER_SERIAL",16),("UPDATED",22),("DEVICE_EUI",24)]
    WW=TERMW[theme]
    lines=["1&gt; SELECT * FROM dbo.supply_view WHERE batch = 'QT-42';","2&gt; GO"]
    hdr="".join(h.ljust(w) for h,w in col)
    lines+=wrap_segments([(hdr,None)],WW)
    lines+=wrap_segments([("".join("-"*(w-1)+" " for h,w in col),None)],WW)
    for k in range(10):
        nm=g.name(); e=g.eui()
        vals=[("name",nm),("postcode",g.postcode()),("tc",None),("msgtype",None),("mpan",g.core()),("mprn",g.mprn()),("serial",g.gserial() if k%2 else g.eserial()),("timestamp",None),("eui",None)]
        segs=[]
        for (h,w),(kind,v) in zip(col,vals):
            if kind=="tc": v=g.tc(); i=p.add("keep",kind,v,v)
            elif kind=="msgtype": v=g.msg(); i=p.add("keep",kind,v,v)
            elif kind=="timestamp": v=g.ts().replace("T"," ").rstrip("Z"); i=p.add("keep",kind,v,v)
            elif kind=="eui": v="".join(e); i=p.add("id","eui",v,v)
            else: i=p.add("id",kind,v,v)
            segs.append((v,i)); segs.append((" "*(w-len(v)),None))
        lines+=wrap_segments(segs,WW)
    lines.append(E(f"(10 rows affected) Completion time: {g.ts()}"))
    return f"<pre class=mono style='margin:0;padding:10px;font-size:13px;line-height:1.25'>{chr(10).join(lines)}</pre>"

def d_mail(p,g,theme):
    def para(width,prefix):
        nm=g.name(); c=g.core(); pc=g.postcode(); mp=g.mprn()
        segs=[("Hi team, customer ",None),(nm,p.add("id","name",nm,nm)),(" at ",None)]
        a=g.address(); segs+=[(a,p.add("id","address",a,a)),(", ",None),(pc,p.add("id","postcode",pc,pc))]
        s=f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"
        segs+=[(" reported the read on MPAN ",None),(s,p.add("id","mpan",c,s)),(" (gas ",None)]
        ms=f"{mp[:4]} {mp[4:7]} {mp[7:]}"
        segs+=[(ms,p.add("id","mprn",mp,ms)),(") was rejected in flow ",None)]
        m=g.msg(); segs+=[(m,p.add("keep","msgtype",m,m)),(" under ",None)]
        t=g.ticket(); segs+=[(t,p.add("keep","ticket",t,t)),(". Call back on ",None)]
        ph=g.phone(); segs+=[(ph,p.add("id","phone",ph,ph)),(" or mail ",None)]
        em=g.email(nm); segs+=[(em,p.add("id","email",em,em)),(". Test case ",None)]
        tc=g.tc(); segs+=[(tc,p.add("keep","tc",tc,tc)),(" run at ",None)]
        ts=g.ts(); segs+=[(ts,p.add("keep","timestamp",ts,ts)),(".",None)]
        return word_wrap(segs,width,prefix)
    out=[E("From: QT Support <qt.support@example.org>"),E("Subject: RE: RE: FW: rejected read"),""]
    # the headers' mail address is a shared mailbox, not planted
    out+=para(64,"")+[""]
    out+=[E("On 3 Nov, a colleague wrote:")]+para(60,"> ")+[E("> ")]+para(56,"> > ")+[E("> > ")]+para(52,"> > > ")
    style="background:#fff;color:#111" if theme=="light" else "background:#15181c;color:#ccd"
    return f"<div class=top>Mail &middot; Inbox (plain text)</div><pre class=mono style='margin:8px;padding:12px;font-size:13px;{style}'>{chr(10).join(out)}</pre>"

def d_find(p,g,theme):
    rows=[]
    found=[]
    for r in range(18):
        v=g.gserial() if r%2 else g.eserial()
        if r%4==0: surf=v.lower()
        elif r%4==1: surf=" ".join(v[j:j+4] for j in range(0,len(v),4))
        else: surf=v
        e=g.eui(); eh="".join(e).lower()
        eform=[f"{eh[0:4]}.{eh[4:8]}.{eh[8:12]}.{eh[12:]}",":".join(e),"0x"+"".join(e)][r%3]
        row=f"<tr><td style='opacity:.6'>{r+2}</td><td>{p.K('ref',g.ref())}</td><td class=mono>{p.I('serial',v,surf)}</td><td class=mono>{p.I('eui','',eform) if False else p.I('eui','',eform)}</td><td>{p.K('reading',g.reading())}</td><td>{p.I('postcode',g.postcode())}</td></tr>"
        rows.append(row)
        if r%5==0: found.append(v)
    # fix eui values
    for it in p.items:
        if it['kind']=='eui' and not it['value']: it['value']=norm(it['surface'].replace('0x',''))
    res="".join(f"<tr><td>Book1</td><td>Assets</td><td>{p.K('cell',f'$C${5*j+2}')}</td><td class=mono>{p.I('serial',v,v)}</td></tr>" for j,v in enumerate(found))
    hdr="".join(f"<th>{p.K('label',h) if h else ''}</th>" for h in ["","A · Ref","B · Serial","C · Device EUI","D · Reading","E · Postcode"])
    dlg=f"""<div class=panel style="width:430px;display:inline-block;vertical-align:top;box-shadow:0 4px 16px rgba(0,0,0,.35)">
<b>Find and Replace</b><div style="margin:8px 0">{p.K('label','Find what')}: <span class=mono style="border:1px solid #888;padding:2px 6px">{p.I('serial',found[0],found[0])}</span></div>
<div>{p.K('label','Within')}: Workbook &nbsp; {p.K('label','Look in')}: Values</div>
<table style="margin-top:8px"><tr><th>Book</th><th>Sheet</th><th>Cell</th><th>Value</th></tr>{res}</table>
<div style="margin-top:6px">{len(found)} cell(s) found &middot; {p.K('timestamp',g.ts())}</div></div>"""
    return f"<div class=top>Meter asset register.xlsx &middot; {p.K('version',g.ver())}</div><div style='display:flex;align-items:flex-start'><div class=panel><table>{hdr}{''.join(rows)}</table></div>{dlg}</div>"

def d_kb(p,g,theme):
    e=g.eui(); c=g.core(); mp=g.mprn(); nm=g.name()
    js=[("{\n  \"requestId\": \"",None)]
    u=g.uuid(); js+=[(u,p.add("keep","uuid",u,u)),("\",\n  \"service\": \"",None)]
    m=g.msg(); js+=[(m,p.add("keep","msgtype",m,m)),("\",\n  \"deviceId\": \"",None)]
    ev="-".join(e); js+=[(ev,p.add("id","eui","".join(e),ev)),("\",\n  \"mpan\": ",None)]
    js+=[(c,p.add("id","mpan",c,c)),(",\n  \"mprn\": \"",None),(mp,p.add("id","mprn",mp,mp)),("\",\n  \"contact\": \"",None),(nm,p.add("id","name",nm,nm)),("\",\n  \"ref\": \"",None)]
    r=g.ref(); js+=[(r,p.add("keep","ref",r,r)),("\",\n  \"sent\": \"",None)]
    t=g.ts(); js+=[(t,p.add("keep","timestamp",t,t)),("\"\n}",None)]
    code="".join(E(a) if i is None else f'<span data-i="{i}">{E(a)}</span>' for a,i in js)
    lis=[]
    for k in range(8):
        e2=g.eui(); f=["0x"+"".join(e2),".".join(e2),"".join(e2).lower()," ".join(e2)][k%4]
        s=g.eserial()
        lis.append(f"<li>{p.K('label','Hub')} <code>{p.I('eui','' .join(e2),f)}</code> {p.K('label','paired with meter')} <code>{p.I('serial',s,s)}</code> {p.K('label','on')} {p.K('timestamp',g.ts())} ({p.K('ticket',g.ticket())}, {p.K('dip',g.dip())})</li>")
    cs="background:#eef1f4" if theme=="light" else "background:#111418"
    return f"""<div class=top>Knowledge base &middot; Comms hub replacement ({p.K('tc',g.tc())}) &middot; {p.K('version',g.ver())}</div>
<div class=panel><h3 style="margin:4px 0">{p.K('label','Pairing check after hub swap')}</h3>
<p>{p.K('word',g.word())}. Send the {p.K('msgtype',g.msg())} request and compare the response id {p.K('uuid',g.uuid())}:</p>
<pre class=mono style="{cs};padding:10px;font-size:12.5px">{code}</pre><ul style="line-height:1.7">{''.join(lis)}</ul>
<p>{p.K('label','Owner')}: {p.I('name',g.name())} &middot; {p.K('amount',g.amount())} {p.K('label','credit applied')}</p></div>"""

TERMW={}
DESIGNS={"regsvc":d_regsvc,"portal":d_portal,"term":d_term,"mail":d_mail,"find":d_find,"kb":d_kb}
VARIANTS=[("regsvc",1.0,"light",1360,760),("regsvc",1.5,"dark",1360,760),("regsvc",2.0,"light",1360,760),
 ("portal",1.25,"light",1300,820),("portal",1.0,"dark",1300,820),("portal",2.5,"dark",1300,820),
 ("term",1.0,"dark",900,820),("term",1.5,"light",900,820),("term",1.25,"dark",900,820),
 ("mail",1.0,"light",820,1000),("mail",1.5,"dark",820,1000),("mail",2.0,"light",820,1000),
 ("find",1.0,"light",1320,760),("find",1.25,"dark",1320,760),("find",2.0,"dark",1320,760),
 ("kb",1.0,"dark",1100,860),("kb",1.5,"light",1100,860),("kb",2.0,"dark",1100,860)]
def chrome(args):
    return subprocess.run(["nice","chromium","--headless=new","--no-sandbox","--disable-gpu","--hide-scrollbars","--font-render-hinting=none"]+args,capture_output=True,text=True,timeout=120)
if __name__=="__main__":
    os.makedirs(OUT,exist_ok=True)
    for n,(d,sc,th,w,h) in enumerate(VARIANTS):
        name=f"html_{d}_{int(sc*100)}_{th}"
        g=Gen(f"html-{n}-{d}"); p=Page(name)
        TERMW[th]={1.0:64,1.5:76,1.25:90}.get(sc,96)
        if os.environ.get("ONLY") and d!=os.environ["ONLY"]: continue
        body=DESIGNS[d](p,g,th)
        doc=f"<!doctype html><html><head><meta charset=utf-8>{BASE}</head><body class={th}>{body}{JS}</body></html>"
        hp=os.path.join(OUT,name+".html"); open(hp,"w").write(doc)
        common=[f"--window-size={w},{h}",f"--force-device-scale-factor={sc}","--virtual-time-budget=3000"]
        r=chrome(common+["--dump-dom","file://"+hp])
        m=re.search(r'<script[^>]*id="__r"[^>]*>(.*?)</script>',r.stdout,re.S)
        rects=json.loads(html.unescape(m.group(1)))
        chrome(common+[f"--screenshot={os.path.join(OUT,name+'.png')}","file://"+hp])
        for it in p.items:
            it['boxes']=[[round(x*sc,1),round(y*sc,1),round(ww*sc,1),round(hh*sc,1)] for x,y,ww,hh in rects.get(str(it['id']),[])]
        json.dump(dict(image=name+".png",toolkit="chromium",design=d,scale=sc,theme=th,items=p.items),open(os.path.join(OUT,name+".json"),"w"),indent=0)
        print(name,len(p.items),flush=True)
