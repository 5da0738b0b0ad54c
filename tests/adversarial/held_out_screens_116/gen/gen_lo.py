import sys, os, json, subprocess, html, re
sys.path.insert(0,os.path.dirname(__file__))
from ids import Gen
from common import Page, norm
E=html.escape
out=os.path.abspath(sys.argv[1]); os.makedirs(out,exist_ok=True)
g=Gen("lo-bill"); items=[]
def I(role,kind,v,s=None):
    s=s if s is not None else v; items.append(dict(role=role,kind=kind,value=v,surface=s)); return E(s)
pages=[]
for pg in range(2):
    nm=g.name(); pc=g.postcode(); c=g.core(); t=g.top(); c2=g.core(); t2=g.top()
    def sbox(t,c):
        return f"""<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse;font-family:'DejaVu Sans Mono';font-size:12pt">
<tr><td rowspan=2 style="font-size:22pt;font-weight:bold">S</td><td>{I('id','mpan_top',''.join(t),t[0])}</td><td>{I('id','mpan_top','',t[1])}</td><td>{I('id','mpan_top','',t[2])}</td><td></td></tr>
<tr><td>{I('id','mpan',c,c[:2])}</td><td>{I('id','mpan','',c[2:6])}</td><td>{I('id','mpan','',c[6:10])}</td><td>{I('id','mpan','',c[10:])}</td></tr></table>"""
    rows="".join(f"<tr><td>{I('id','serial',s,s)}</td><td>{I('keep','reading',r,r)}</td><td>{I('keep','reading',r2,r2)}</td><td>{I('keep','amount',a,a)}</td></tr>" for s,r,r2,a in [(g.eserial(),g.reading(),g.reading(),g.amount()) for _ in range(3)]+[(g.gserial(),g.reading(),g.reading(),g.amount())])
    pages.append(f"""<p style="font-size:10pt">{I('id','name',nm)}<br>{I('id','address',g.address())}<br>{I('id','postcode',pc)}</p>
<p style="font-size:16pt"><b>Your energy statement</b></p>
<p style="font-size:10pt">Account number {I('id','account',g.account())} &nbsp; Statement date {I('keep','timestamp',g.ts()[:10])} &nbsp; Questions? Call {I('id','phone',g.phone())}</p>
<p style="font-size:10pt">Electricity supply number (MPAN) for {I('keep','ref',g.ref())}:</p>{sbox(t,c)}
<p style="font-size:10pt">Second supply (export):</p>{sbox(t2,c2)}
<p style="font-size:10pt">Gas meter point reference (MPRN) {I('id','mprn',g.mprn())} &nbsp; Test case {I('keep','tc',g.tc())}</p>
<table border=1 cellspacing=0 cellpadding=3 style="font-size:10pt"><tr><th>Meter serial</th><th>Previous</th><th>Present</th><th>Charge</th></tr>{rows}</table>
<p style="font-size:10pt">Ref {I('keep','ticket',g.ticket())}, email {I('id','email',g.email(nm))}. {I('keep','word',g.word())}.</p>""")
doc="<html><head><meta charset=utf-8><style>body{font-family:'Liberation Serif'}</style></head><body>"+'<p style="page-break-before:always"></p>'.join(pages)+"</body></html>"
hp=os.path.join(out,"bill.html"); open(hp,"w").write(doc)
subprocess.run(["nice","soffice","--headless","--infilter=HTML (StarWriter)","--convert-to","pdf:writer_pdf_Export","--outdir",out,hp],check=True,capture_output=True)
pdf=os.path.join(out,"bill.pdf")
bb=subprocess.run(["pdftotext","-bbox",pdf,"-"],capture_output=True,text=True).stdout
words=[];pg=-1
for line in bb.splitlines():
    if "<page " in line: pg+=1
    m=re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',line)
    if m: words.append([pg]+[float(m.group(k)) for k in (1,2,3,4)]+[html.unescape(m.group(5)),False])
# merge multi-cell items (mpan/top split into cells): join consecutive items with value '' into previous
merged=[]
for it in items:
    if it['value']=='' and merged: merged[-1]['surface']+=" "+it['surface']
    else: merged.append(dict(it))
res=[];pos=0
for it in merged:
    target=norm(it['surface']); found=None
    for st in range(0,len(words)):
        if words[st][6]: continue
        acc="";k=st
        while k<len(words) and len(acc)<len(target):
            acc+=norm(words[k][5]); k+=1
        if acc==target and not any(w[6] for w in words[st:k]): found=(st,k); break
    if not found: print("NOT FOUND",it); continue
    ws=words[found[0]:found[1]]
    for w in ws: w[6]=True
    lines={}
    for w in ws: lines.setdefault(round(w[2]),[]).append(w)
    it['page']=ws[0][0]; it['boxes_pt']=[[min(w[1] for w in l),min(w[2] for w in l),max(w[3] for w in l),max(w[4] for w in l)] for l in lines.values()]
    res.append(it)
from PIL import Image, ImageOps
for dpi,th in [(96,"light"),(150,"light"),(120,"dark")]:
    subprocess.run(["nice","pdftoppm","-r",str(dpi),"-png",pdf,os.path.join(out,f"p{dpi}")],check=True)
    for pgi in range(2):
        src=os.path.join(out,f"p{dpi}-{pgi+1}.png"); name=f"lo_bill_p{pgi+1}_{dpi}dpi_{th}"
        im=Image.open(src).convert("RGB")
        if th=="dark": im=ImageOps.invert(im)
        im.save(os.path.join(out,name+".png")); os.remove(src)
        its=[]
        for n,it in enumerate(x for x in res if x['page']==pgi):
            f=dpi/72.0
            its.append(dict(id=n+1,role=it['role'],kind=it['kind'],value=it['value'],surface=it['surface'],boxes=[[round(a*f,1),round(b*f,1),round((c-a)*f,1),round((d-b)*f,1)] for a,b,c,d in it['boxes_pt']]))
        json.dump(dict(image=name+".png",toolkit="libreoffice",design="bill",scale=dpi/96,theme=th,items=its),open(os.path.join(out,name+".json"),"w"),indent=0)
        print(name,len(its),im.size)
