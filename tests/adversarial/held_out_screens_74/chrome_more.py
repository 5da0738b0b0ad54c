import os, sys, json, subprocess, re, html
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(5151)
from chrome_pages import *
import lxml.html
# Power BI-like report: cards + matrix
def pbi(dark):
    rows=""
    for reg_,t in [("Yorkshire","Leeds"),("North West","Preston"),("Wales","Cardiff")]:
        m=ids.mpan_core(); v=f"{ids.R.randint(10000,99999):,}"
        rows+=f"<tr><td>{K(reg_,'region')}</td><td>{K(t,'town')}</td><td class=mono>{I('MPAN',m)}</td><td style='text-align:right'>{K(v,'kwh')}</td><td>{K(str(ids.R.randint(40,48)),'count')}</td></tr>"
    card=lambda a,b:f"<div class=card style='display:inline-block;width:170px;text-align:center'><div style='font-size:26px'>{a}</div><div class=muted>{b}</div></div>"
    body=f"""<div class=bar>Power BI · Settlement Readiness (MHHS) · Page 2 of 5</div>
{card(K('98.7%','pct'),'Reads received')}{card(K('1,204','count'),'Exceptions')}{card(K('£48.2k','amount'),'Imbalance')}{card(K('D0010 / IF-031','flow'),'Flows')}
<div class=card><b>Matrix: consumption by region</b><table style='margin-top:6px'><tr><th>Region</th><th>Town</th><th>MPAN</th><th>kWh</th><th>Periods</th></tr>{rows}</table>
<p class=muted>{K('Data refreshed 06/12/2026 05:30','date')} · {K('Dataset v2026.12.1','version')}</p></div>"""
    return page("PBI", body, dark)
# Teams chat with pasted table and reactions
def teams(dark):
    m=ids.mpan_core(); g=ids.mprn(); s=ids.eserial(); n=ids.name(); m2=ids.mpan_core()
    body=f"""<div class=bar>Microsoft Teams · SIT Cycle 3 – Defects</div>
<div class=card><b>{K('Priya Raman','tester')}</b> <span class=muted>{K('09:14','time')}</span><br>Failing case below, {K('Bug 118904','ref')} — customer {I('NAME',n)} is the contact<br>
<table style='margin:6px 0'><tr><th>MPAN</th><th>MPRN</th><th>MSN</th><th>Flow</th></tr><tr><td>{I('MPAN',m)}</td><td>{I('MPRN',g)}</td><td>{I('SERIAL',s)}</td><td>{K('D0150','flow')}</td></tr></table>
<span style='border:1px solid #aaa;border-radius:10px;padding:1px 6px'>👍 {K('3','count')}</span> <span style='border:1px solid #aaa;border-radius:10px;padding:1px 6px'>👀 2</span></div>
<div class=card><b>{K('Tom Beckwith','tester')}</b> <span class=muted>{K('09:16','time')}</span><br>Same on the second one ({I('MPAN',m2,m2[:6]+' '+m2[6:])}) – retest after {K('build 4.18.2','version')}</div>"""
    return page("Teams", body, dark)
# Outlook reading pane with signature + phone
def outlook(dark):
    n=ids.name(); ph=ids.phone(); em=ids.email(n); a=ids.address(); m=ids.mpan_core()
    body=f"""<div class=bar>Outlook · Inbox</div><div class=card style='width:760px'>
<b>RE: Meter exchange – {K('Ticket 44172','ref')}</b><br><span class=muted>From {I('NAME',n)} &lt;{I('EMAIL',em)}&gt; · {K('Fri 05/12/2026 16:22','date')}</span><hr>
<p>Hi, the engineer came but the supply {I('MPAN',m, m[:2]+' '+m[2:6]+' '+m[6:10]+' '+m[10:])} still shows the old meter.</p>
<p>Kind regards,<br>{I('NAME',n+' ',n)}<br>{I('ADDRESS',a[0])}, {K(a[1],'town')} {I('POSTCODE',a[2])}<br>Mob: {I('PHONE',ph)}</p></div>"""
    return page("Outlook", body, dark)
if __name__=="__main__":
    P("pbi_report", pbi, [(1,False,"100_light"),(1.25,True,"125_dark")], 1000, 420)
    P("teams_chat", teams, [(1,False,"100_light"),(1.5,True,"150_dark")], 820, 330)
    P("outlook_pane", outlook, [(1.25,False,"125_light")], 820, 300)
    P("ado_runner", ado, [(1.75,False,"175_light")], 1100, 640)
    # Chromium print-to-PDF of a fresh d365 page, rasterised
    htmltext=d365(False); hp=f"{HT}/d365_print.html"; open(hp,"w").write(htmltext)
    pdf=f"{HT}/d365_print.pdf"
    subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer",f"--print-to-pdf={pdf}","file://"+hp],capture_output=True,timeout=120)
    dpi=110; base=f"{HT}/d365_print"
    subprocess.run(["pdftoppm","-png","-r",str(dpi),"-f","1","-l","1","-singlefile",pdf,base],check=True)
    from PIL import Image
    Image.open(base+".png").convert("RGB").save(f"{OUT}/chromium_print_d365_110dpi.png")
    x=subprocess.run(["pdftotext","-bbox","-f","1","-l","1",pdf,"-"],capture_output=True,text=True).stdout
    wl=[(float(a),float(b),float(c),float(d),html.unescape(w)) for a,b,c,d,w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
    doc=lxml.html.fromstring(htmltext); used=set(); items=[]
    for e in doc.xpath("//*[@data-k]"):
        typ,kind,val=json.loads(e.get("data-k")); toks=e.text_content().split(); rs=[]
        ok=0
        for tk in toks:
            cand=[j for j,w in enumerate(wl) if j not in used and (w[4]==tk or tk in w[4])]
            if cand: used.add(cand[0]); rs.append(list(wl[cand[0]][:4])); ok+=1; continue
            rem=tk
            while rem:
                cand=[j for j,w in enumerate(wl) if j not in used and w[4] and rem.startswith(w[4])]
                if not cand: break
                used.add(cand[0]); rs.append(list(wl[cand[0]][:4])); rem=rem[len(wl[cand[0]][4]):]
            if not rem: ok+=1
        if ok!=len(toks): print("partial",val,toks,ok)
        if rs: items.append({"type":typ,"kind":kind,"value":val,"rects":[[round(c*dpi/72,1) for c in r] for r in rs],"rot":0})
    json.dump({"file":"chromium_print_d365_110dpi.png","toolkit":"chromium-print+pdftoppm","scale":dpi,"items":items},open(f"{TR}/chromium_print_d365_110dpi.json","w"),indent=1)
    print("print ok", len(items))
