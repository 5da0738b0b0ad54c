import os, sys, json, subprocess, re
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(2024)
from docx import Document
from docx.shared import Pt, Cm
import openpyxl
W="/tmp/ho44/screens/gen/lo"; os.makedirs(W,exist_ok=True)
truth_items={}  # docname -> list of (type,kind,value,display tokens)
def add(doc,t,k,v,disp): truth_items.setdefault(doc,[]).append((t,k,v,disp.split()))
# ---- bill
d=Document(); st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
n=ids.name(); a=ids.address(); m=ids.mpan_core(); pc,mtc,llf=ids.top(); g=ids.mprn(); es=ids.eserial(); gs=ids.gserial()
d.add_paragraph("Heronsgate Energy Ltd    Invoice INV-58810442    Page 1 of 3").runs[0].bold=True
add("bill","keep","company","Heronsgate Energy Ltd","Heronsgate Energy Ltd"); add("bill","keep","ref","INV-58810442","INV-58810442"); add("bill","keep","count","Page 1 of 3","Page 1 of 3")
d.add_paragraph(n); add("bill","id","NAME",n,n)
d.add_paragraph(a[0]); add("bill","id","ADDRESS",a[0],a[0])
d.add_paragraph(a[1]); add("bill","keep","town",a[1],a[1])
d.add_paragraph(a[2]); add("bill","id","POSTCODE",a[2],a[2])
d.add_paragraph("Bill date 02/12/2026    Amount due £312.46    Direct Debit on 18/12/2026")
add("bill","keep","date","02/12/2026","02/12/2026"); add("bill","keep","amount","£312.46","£312.46"); add("bill","keep","date","18/12/2026","18/12/2026")
d.add_paragraph("Your supply number")
t=d.add_table(rows=2,cols=2); t.style='Table Grid'
c=t.cell(0,0).merge(t.cell(1,0)); c.text="S"; c.paragraphs[0].runs[0].font.size=Pt(26); c.paragraphs[0].runs[0].bold=True; c.width=Cm(1.2)
top=f"{pc} {mtc} {llf}"; core=f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
t.cell(0,1).text=top; t.cell(1,1).text=core
for r in (0,1):
    for run in t.cell(r,1).paragraphs[0].runs: run.font.size=Pt(12); run.font.name='Liberation Mono'
t.autofit=False
for r in (0,1):
    t.cell(r,0).width=Cm(1.3); t.cell(r,1).width=Cm(5.2)
add("bill","id","MPAN_TOP",pc+mtc+llf,top); add("bill","id","MPAN",m,core)
d.add_paragraph("")
d.add_paragraph("Meter details")
t2=d.add_table(rows=3,cols=5); t2.style='Table Grid'
hdr=["Meter","Serial","Register","Previous","Present"]
for i,hh in enumerate(hdr): t2.cell(0,i).text=hh
row1=["Electricity",es,"R01","40,118 A","40,512 A"]; gsd=gs[:3]+" "+gs[3:]
row2=["Gas (MPRN "+g+")",gsd,"G1","8,217 E","8,301 E"]
for i,v in enumerate(row1): t2.cell(1,i).text=v
for i,v in enumerate(row2): t2.cell(2,i).text=v
add("bill","id","SERIAL",es,es); add("bill","id","SERIAL",gs,gsd); add("bill","id","MPRN",g,g+")")
add("bill","keep","reading","40,512","40,512"); add("bill","keep","reading","8,301","8,301"); add("bill","keep","register","R01","R01")
d.add_paragraph("Tariff: Heronsgate Fix 24M v7 (TCR-0412)  Unit rate 24.87p/kWh  Standing charge 53.21p/day")
add("bill","keep","tariff","TCR-0412","(TCR-0412)"); add("bill","keep","amount","24.87p/kWh","24.87p/kWh"); add("bill","keep","amount","53.21p/day","53.21p/day")
e=ids.eui(); d.add_paragraph("Smart meter comms hub: "+ids.eui_fmt(e," ")); add("bill","id","EUI64",e,ids.eui_fmt(e," "))
ph=ids.phone(); d.add_paragraph("Questions? Call 0800 048 7712 (free) or text us from "+ph)
add("bill","keep","phone_company","0800 048 7712","0800 048 7712"); add("bill","id","PHONE",ph,ph)
d.save(f"{W}/bill.docx")
# ---- sheet
wb=openpyxl.Workbook(); ws=wb.active; ws.title="SIT data"
ws.append(["Ref","MPAN","MPRN","Meter serial","kWh","Read date","Flow","Status","Epoch ms","EAN"])
for c_ in "ABCDEFGHIJ": ws.column_dimensions[c_].width={'A':13,'B':16,'C':12,'D':14,'E':10,'F':11,'G':7,'H':9,'I':15,'J':15}[c_]
for hh in ["Ref","MPAN","MPRN","Meter serial","kWh","Read date","Flow","Status","Epoch ms","EAN"]: add("sheet","keep","header",hh,hh)
for i in range(6):
    mm=ids.mpan_core(); gg=ids.mprn(); ss=ids.eserial(); ref=ids.mref(); kwh=f"{ids.R.randint(1000,99999):,}.{ids.R.randint(0,9)}"
    ep=str(1764800000000+ids.R.randint(0,99999999)); ean="50"+"".join(str(ids.R.randint(0,9)) for _ in range(11)); dt=f"{ids.R.randint(1,28):02d}/11/2026"
    ws.append([ref,mm,gg,ss,kwh,dt,"D0010","OK",ep,ean])
    ws.cell(row=i+2,column=2).number_format='0'; ws.cell(row=i+2,column=3).number_format='0'
    ws.cell(row=i+2,column=2).value=int(mm); ws.cell(row=i+2,column=3).value=int(gg)
    add("sheet","keep","ref",ref,ref); add("sheet","id","MPAN",mm,mm); add("sheet","id","MPRN",gg,gg); add("sheet","id","SERIAL",ss,ss)
    add("sheet","keep","kwh",kwh,kwh); add("sheet","keep","epoch",ep,ep); add("sheet","keep","ean",ean,ean); add("sheet","keep","date",dt,dt)
ws.page_setup.orientation='landscape'; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
wb.save(f"{W}/sheet.xlsx")
for f in ["bill.docx","sheet.xlsx"]:
    subprocess.run(["soffice","--headless","--convert-to","pdf","--outdir",W,f"{W}/{f}"],capture_output=True,timeout=180)
def words(pdf):
    x=subprocess.run(["pdftotext","-bbox","-f","1","-l","1",pdf,"-"],capture_output=True,text=True).stdout
    return [(float(a),float(b),float(c),float(dd),html_unescape(w)) for a,b,c,dd,w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
import html as H
html_unescape=H.unescape
def locate(ws_, toks, used):
    for i in range(len(ws_)-len(toks)+1):
        if i in used: continue
        if all(ws_[i+j][4]==toks[j] for j in range(len(toks))):
            used.add(i); return [list(ws_[i+j][:4]) for j in range(len(toks))]
    out=[]
    for tk in toks:
        c=[j for j,w in enumerate(ws_) if w[4]==tk and j not in used]
        if not c: return None
        used.add(c[0]); out.append(list(ws_[c[0]][:4]))
    return out
def raster(doc, name, dpi, invert=False):
    pdf=f"{W}/{doc}.pdf"; base=f"{W}/{name}"
    subprocess.run(["pdftoppm","-png","-r",str(dpi),"-f","1","-l","1","-singlefile",pdf,base],check=True)
    from PIL import Image, ImageOps
    im=Image.open(base+".png").convert("RGB")
    if invert: im=ImageOps.invert(im)
    im.save(f"/tmp/ho44/screens/corpus/{name}.png")
    wl=words(pdf); used=set(); items=[]; k=dpi/72
    for t_,kind,v,toks in truth_items[doc]:
        rs=locate(wl,toks,used)
        if rs is None: print("NOTFOUND",doc,v,toks); continue
        # merge rects on the same line
        lines=[]
        for r in rs:
            if lines and abs(lines[-1][1]-r[1])<3: lines[-1]=[min(lines[-1][0],r[0]),min(lines[-1][1],r[1]),max(lines[-1][2],r[2]),max(lines[-1][3],r[3])]
            else: lines.append(r)
        items.append({"type":t_,"kind":kind,"value":v,"rects":[[round(c*k,1) for c in L] for L in lines],"rot":0})
    json.dump({"file":name+".png","toolkit":"libreoffice","scale":dpi,"items":items},open(f"/tmp/ho44/screens/truth/{name}.json","w"),indent=1)
    print(name, im.size, len(items))
raster("bill","lo_bill_150dpi",150); raster("bill","lo_bill_96dpi",96); raster("bill","lo_bill_120dpi_darkviewer",120,True)
raster("sheet","lo_calc_110dpi",110)
