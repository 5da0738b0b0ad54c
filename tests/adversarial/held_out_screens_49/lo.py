import subprocess, os, re, html, json
from PIL import Image, ImageOps
from lib import *
T=ROOT+'/gen/tmp/lo'; os.makedirs(T,exist_ok=True)
def bill_html(pt):
    m=mpan(14,'5500123498')
    return f"""<html><body style="font-family:'Liberation Sans';font-size:{pt}pt">
<p style="font-size:{pt+8}pt"><b>Brightwell Energy</b></p>
<p>Olufemi Adebayo-Hart<br>Flat 3, 27 Alderney Crescent<br>Portishead<br>BS20 7QF</p>
<p>Invoice INV-2026-118823 &nbsp;&nbsp; Bill date 14 November 2026</p>
<p><b>Your electricity supply</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:2px solid #000">
<tr><td rowspan="2" style="font-size:{pt*2+4}pt"><b>S</b></td><td>05</td><td>845</td><td>211</td></tr>
<tr><td>{m[:2]}</td><td>{m[2:6]} {m[6:10]}</td><td>{m[10:]}</td></tr></table>
<p>Meter serial number 14J0093321 &nbsp; Tariff Standard Variable E7</p>
<p><b>Your gas supply</b><br>Meter Point Reference Number 6608127349<br>Gas meter serial G4K00192837D</p>
<p>Previous reading 031877 &nbsp; Present reading 032204 &nbsp; Units used 327</p>
<p>Total charges this period £96.41 including VAT at 5%</p>
<p>Questions? Call 0330 088 1122 or visit brightwell.example/help</p></body></html>""", m
def sheet(path):
    import openpyxl
    wb=openpyxl.Workbook(); ws=wb.active; ws.title='Test data'
    ws.append(['Test case','Flow','MPAN','MPRN','Postcode','Run date','Result'])
    rows=[('TC-MHHS-0417','IF-031',mpan(10,'2847193650'),'7412093385','TF13 6BQ','2026-11-14','Pass'),
          ('TC-MHHS-0418','IF-033',mpan(22,'1234567890'),'3159027746','BS20 7QF','2026-11-14','Fail'),
          ('TC-MHHS-0421','PUB-011',mpan(12,'3046618820'),'8820461937','NP4 8LT','2026-11-15','Pass'),
          ('TC-UKL-0032','NOSI',mpan(19,'8812047735'),'2004519873','SL7 3PX','2026-11-15','Blocked')]
    for r in rows: ws.append(list(r))
    for c,wd in zip('ABCDEFG',[16,10,18,14,12,12,10]): ws.column_dimensions[c].width=wd
    ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.page_setup.orientation='landscape'
    wb.save(path); return rows
def words(pdf):
    out=subprocess.run(['pdftotext','-bbox-layout',pdf,'-'],capture_output=True,text=True).stdout
    pages=[]
    for pg in re.findall(r'<page .*?</page>',out,re.S):
        ws=[(html.unescape(w[4]),[float(w[0]),float(w[1]),float(w[2]),float(w[3])]) for w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',pg)]
        pages.append(ws)
    return pages
def find(ws,text):
    toks=text.split(); res=[]
    for i in range(len(ws)):
        if [w[0].rstrip(',') for w in ws[i:i+len(toks)]]==[t.rstrip(',') for t in toks]:
            res.append([w[1] for w in ws[i:i+len(toks)]])
    return res
def conv(src,fmt='pdf'):
    subprocess.run(['soffice','--headless']+(['--infilter=HTML (StarWriter)'] if src.endswith('.html') else [])+['--convert-to',fmt,'--outdir',T,src],capture_output=True,timeout=180)
    return os.path.join(T,os.path.splitext(os.path.basename(src))[0]+'.pdf')
def emit(pdf,name,dpi,spec,dark=False,crop_h=None,meta=None):
    pgs=words(pdf); pi=max(range(len(pgs)),key=lambda i:len(pgs[i]))
    pre=f"{T}/{name}"; subprocess.run(['pdftoppm','-r',str(dpi),'-png','-f',str(pi+1),'-l',str(pi+1),'-singlefile',pdf,pre],check=True)
    im=Image.open(pre+'.png').convert('RGB')
    if crop_h: im=im.crop((0,0,im.width,int(crop_h*dpi/72)))
    if dark: im=ImageOps.invert(im)
    fn=f"{name}.png"; im.save(f"{CORP}/{fn}")
    ws=pgs[pi]; f=dpi/72; items=[]
    for kind,typ,disp,val in spec:
        hits=find(ws,disp)
        if not hits: print('NOT FOUND',name,disp); continue
        for h in hits[:1]:
            bs=[[v*f for v in b] for b in h]
            # merge tokens on same line
            items.append({'kind':kind,'type':typ,'text':val,'boxes':bs})
    e={'file':fn,'toolkit':'libreoffice','scale':dpi/96,'theme':'dark' if dark else 'light','size':list(im.size),'items':items}; e.update(meta or {})
    save(e); print('wrote',fn,im.size)
for pt,dpi,dark in [(10,96,False),(12,120,False),(14,144,True),(11,96,True)]:
    h,m=bill_html(pt); src=f"{T}/bill_{pt}pt.html"; open(src,'w').write(h)
    pdf=conv(src)
    spec=[('secret','name','Olufemi Adebayo-Hart','Olufemi Adebayo-Hart'),('secret','address','Flat 3, 27 Alderney Crescent','Flat 3, 27 Alderney Crescent'),('secret','address','Portishead','Portishead'),('secret','postcode','BS20 7QF','BS20 7QF'),
      ('secret','mpan',m[:2],m),('secret','serial','14J0093321','14J0093321'),('secret','mprn','6608127349','6608127349'),('secret','gas_serial','G4K00192837D','G4K00192837D'),
      ('keep','keep','INV-2026-118823','INV-2026-118823'),('keep','date','14 November 2026','14 November 2026'),('keep','heading','Your electricity supply','Your electricity supply'),('keep','label','Meter Point Reference Number','Meter Point Reference Number'),
      ('keep','reading','031877','031877'),('keep','reading','032204','032204'),('keep','amount','£96.41','£96.41'),('keep','phone_company','0330 088 1122','0330 088 1122'),('keep','product','Standard Variable E7','Standard Variable E7')]
    pgs=words(pdf); ws=max(pgs,key=len)
    # S box: core digits - find the 3 tokens after top-line (05 845 211)
    y=[w for w in ws if w[0]==m[10:]][0][1][1]; core=[w for w in ws if abs(w[1][1]-y)<8 and w[1][0]<250 and w[0] in (m[:2],m[2:6],m[6:10],m[10:])]; assert len(core)==4,core
    spec2=[s for s in spec if s[3]!=m]
    name=f"lo_bill_{pt}pt_{'dark' if dark else 'light'}_{int(dpi/96*100)}"
    emit(pdf,name,dpi,spec2,dark,crop_h=560)
    e=json.load(open(f"{TRUTH_DIR}/{name}.png.json")); f=dpi/72
    e['items'].append({'kind':'secret','type':'mpan','text':m,'boxes':[[v*f for v in w[1]] for w in core],'note':'S box core'})
    json.dump(e,open(f"{TRUTH_DIR}/{name}.png.json",'w'),indent=1)
rows=sheet(f"{T}/testdata.xlsx"); pdf=conv(f"{T}/testdata.xlsx")
spec=[('keep','label',h,h) for h in ['Test case','Flow','MPAN','MPRN','Postcode','Run date','Result']]
for r in rows:
    spec+= [('keep','tcref',r[0],r[0]),('keep','msgtype',r[1],r[1]),('secret','mpan',r[2],r[2]),('secret','mprn',r[3],r[3]),('secret','postcode',r[4],r[4]),('keep','date',r[5],r[5]),('keep','status',r[6],r[6])]
emit(pdf,'lo_calc_sheet_125',120,spec,crop_h=200)
emit(pdf,'lo_calc_sheet_dark_100',96,spec,dark=True,crop_h=200)
