import sys, json, random, subprocess, os, re, html
sys.path.insert(0,'/tmp/ho51/screens/gen'); from ids import *
from PIL import Image, ImageOps
D='/tmp/ho51/screens/gen/lo'; os.makedirs(D,exist_ok=True); C='/tmp/ho51/screens/corpus'; T='/tmp/ho51/screens/truth'
r=random.Random(7100)
sec=[]; keep=[]
def s(v,k): sec.append((v,k)); return html.escape(v)
def kp(v,k): keep.append((v,k)); return html.escape(v)
n=name(r); a,t,pc=address(r); core=mpan_core(r); pcl,mtc,llf=top_line(r)
rows=''.join(f'<tr><td>{s(elec_serial(r),"serial")}</td><td>{kp(reading(r).split()[0],"reading")}</td><td>{kp(reading(r).split()[0],"reading")}</td><td>{kp(amount(r),"amount")}</td></tr>' for _ in range(3))
doc=f'''<html><body style="font-family:Liberation Sans;font-size:11pt">
<p align=right><b>{kp("Hafren Power","product")}</b><br>{kp("Bill date","label")} {kp("2026-11-21","date")}<br>{kp("Page 1 of 2","label")}</p>
<p>{s(n,"name")}<br>{s(a,"address")}<br>{s(t,"address")}<br>{s(pc,"postcode")}</p>
<p>{kp("Account number","label")} {s(account(r),"account")}</p>
<table border=1 cellpadding=4 style="font-family:Liberation Mono;font-size:13pt"><tr><td rowspan=2><b><font size=6>S</font></b></td><td>{s(pcl,"mpan_top")}</td><td>{s(mtc,"mpan_top")}</td><td>{s(llf,"mpan_top")}</td></tr>
<tr><td>{s(core[:2],"mpan_part")}</td><td>{s(core[2:6],"mpan_g")}</td><td>{s(core[6:10],"mpan_g")} {s(core[10:],"mpan_g")}</td></tr></table>
<p>{kp("Gas supply point","label")} {s(mprn(r),"mprn")} &nbsp; {kp("Gas meter","label")} {s(gas_serial(r),"serial")}</p>
<table border=1 cellpadding=3><tr><th>{kp("Meter","header")}</th><th>{kp("Previous","header")}</th><th>{kp("Present","header")}</th><th>{kp("Charge","header")}</th></tr>{rows}</table>
<p>{kp("Questions? Call","text")} {s(phone(r),"phone")} {kp("quoting","text")} {kp(mref(r),"mref")}</p>
<p>{kp("Smart meter","label")} {s(eui(r,"-"),"eui64")} {kp("firmware","label")} {kp(fw(r),"version")}</p></body></html>'''
open(f'{D}/bill.html','w').write(doc)
# spreadsheet csv
r2=random.Random(7200); sk=[]; ss=[]
lines=['Row,MPAN,MPRN,Customer,Postcode,Flow,Test case,Amount']; sk+=[(x,'header') for x in ['Row','MPAN','MPRN','Customer','Postcode','Flow','Test','case','Amount']]
for i in range(18):
    m=mpan_core(r2); g=mprn(r2); nn=name(r2,True); p=address(r2)[2]; f=flow(r2); c=tc(r2); am=amount(r2).replace('£','')
    lines.append(f'{i+1},{m},{g},{nn},{p},{f},{c},{am}'); ss+=[(m,'mpan'),(g,'mprn'),(nn,'name'),(p,'postcode')]; sk+=[(f,'flow'),(c,'tc'),(am,'amount')]
open(f'{D}/sheet.csv','w').write('\n'.join(lines)+'\n')
subprocess.run(['soffice','--headless','--infilter=HTML (StarWriter)','--convert-to','pdf:writer_pdf_Export','--outdir',D,f'{D}/bill.html'],capture_output=True)
subprocess.run(['soffice','--headless','--infilter=CSV:44,34,76,1,1/1/2/2/3/2/4/2/5/2/6/2/7/2/8/2','--convert-to','pdf','--outdir',D,f'{D}/sheet.csv'],capture_output=True)
def words(pdf):
    subprocess.run(['pdftotext','-f','1','-l','1','-bbox',pdf,pdf+'.bbox.html'])
    return [(float(a),float(b),float(c),float(d),html.unescape(w)) for a,b,c,d,w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',open(pdf+'.bbox.html').read())]
def match(W,items,dpi):
    used=set(); out=[]
    for v,k,cls in items:
        toks=v.split(); ok=False
        for i in range(len(W)-len(toks)+1):
            if any(j in used for j in range(i,i+len(toks))): continue
            if [w[4] for w in W[i:i+len(toks)]]==toks:
                bs=W[i:i+len(toks)]; f=dpi/72; used.update(range(i,i+len(toks)))
                out.append({'text':v,'kind':k,'cls':cls,'box':[min(b[0] for b in bs)*f,min(b[1] for b in bs)*f,max(b[2] for b in bs)*f,max(b[3] for b in bs)*f]}); ok=True; break
        if not ok: print('NOMATCH',v,k)
    return out
def render(pdf,dpi,nm,items,dark=False):
    subprocess.run(['pdftoppm','-f','1','-l','1','-r',str(dpi),'-png','-singlefile',pdf,f'{D}/{nm}'])
    im=Image.open(f'{D}/{nm}.png').convert('RGB')
    if dark: im=ImageOps.invert(im)
    im.save(f'{C}/{nm}.png')
    W=words(pdf); out=match(W,items,dpi)
    json.dump({'image':nm+'.png','toolkit':'libreoffice','scale':dpi/96,'theme':'dark' if dark else 'light','items':out},open(f'{T}/{nm}.json','w'),indent=0); print(nm,len(out),im.size)
bi=[(v,k,'secret') for v,k in sec]+[(v,k,'keep') for v,k in keep]
render(f'{D}/bill.pdf',110,'l00_bill_110_light',bi); render(f'{D}/bill.pdf',150,'l01_bill_150_dark',bi,dark=True)
si=[(v,k,'secret') for v,k in ss]+[(v,k,'keep') for v,k in sk]
render(f'{D}/sheet.pdf',120,'l02_sheet_120_light',si)
