import os, sys, json, subprocess, re, html
import ids; ids.R.seed(913)
from ids import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT="/tmp/ho37/screens/build/lo"; os.makedirs(OUT,exist_ok=True)
def borders(tbl):
    tblPr=tbl._tbl.tblPr; b=OxmlElement('w:tblBorders')
    for e in ['top','left','bottom','right','insideH','insideV']:
        el=OxmlElement(f'w:{e}'); el.set(qn('w:val'),'single'); el.set(qn('w:sz'),'8'); el.set(qn('w:color'),'000000'); b.append(el)
    tblPr.append(b)
TRUTH={}
def bill(fn, dark=False):
    T=[]; d=Document(); st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
    n=name(); a,t,pc=addr(); m=mpan(); tp=top(); g=mprn(); es=eserial(); gs=gserial()
    h=d.add_paragraph(); r=h.add_run("Kestrel Energy Supply Ltd"); r.bold=True; r.font.size=Pt(18)
    d.add_paragraph(f"Bill date: 03 March 2026        Account number: 7741 2093")
    T+= [("k","label","Bill date"),("k","date","03 March 2026")]
    p=d.add_paragraph(f"{n}\n{a}\n{t}\n{pc}")
    T+= [("s","name",n),("s","address",a),("s","address",t),("s","postcode",pc)]
    hh=d.add_paragraph(); rr=hh.add_run("Your meter details"); rr.bold=True; rr.font.size=Pt(13); T.append(("k","label","Your meter details"))
    tb=d.add_table(rows=4,cols=3); borders(tb)
    tb.cell(0,0).text="" ; tb.cell(0,1).text="Electricity"; tb.cell(0,2).text="Gas"
    tb.cell(1,0).text="Supply number"; T.append(("k","label","Supply number"))
    # S box nested table
    c=tb.cell(1,1); c.text=""; inner=c.add_table(rows=2,cols=5); borders(inner)
    s=inner.cell(0,0).merge(inner.cell(1,0)); s.text=""; rs=s.paragraphs[0].add_run("S"); rs.bold=True; rs.font.size=Pt(24)
    inner.cell(0,1).text=tp[0]; inner.cell(0,2).text=tp[1]; inner.cell(0,3).merge(inner.cell(0,4)).text=tp[2]
    gr=mpan_sp(m).split()
    tb.autofit=False; inner.autofit=False
    for j,wd in enumerate([Cm(3.2),Cm(8.2),Cm(5.2)]): tb.columns[j].width=wd
    for j,wd in enumerate([Cm(1.2),Cm(1.0),Cm(1.6),Cm(1.6),Cm(1.3)]): inner.columns[j].width=wd
    for row in tb.rows:
        for j,wd in enumerate([Cm(3.2),Cm(8.2),Cm(5.2)]): row.cells[j].width=wd
    for row in inner.rows:
        for j,wd in enumerate([Cm(1.2),Cm(1.0),Cm(1.6),Cm(1.6),Cm(1.3)]): row.cells[j].width=wd
    for i,x in enumerate(gr): inner.cell(1,1+i).text=x
    T.append(("s","mpan",m,gr))
    tb.cell(1,2).text=f"MPRN {g}"; T.append(("s","mprn",g)); T.append(("k","label","MPRN"))
    tb.cell(2,0).text="Meter serial"; tb.cell(2,1).text=es; tb.cell(2,2).text=gs; T+=[("k","label","Meter serial"),("s","serial_e",es),("s","serial_g",gs)]
    tb.cell(3,0).text="Units used"; tb.cell(3,1).text="677 kWh"; tb.cell(3,2).text="179 m3 (1,991 kWh)"; T+=[("k","reading","677 kWh"),("k","label","Units used")]
    d.add_paragraph("")
    d.add_paragraph("Total charges for this period £214.37 including VAT at 5%"); T+=[("k","amount","£214.37")]
    d.add_paragraph("Standing charge 53.35p per day. Unit rate 24.50p per kWh."); T+=[("k","amount","53.35p"),("k","amount","24.50p")]
    d.add_paragraph("\n"*2+"- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
    d.add_paragraph("Payment slip. Please return with your cheque."); T+=[("k","label","Payment slip.")]
    sl=d.add_table(rows=2,cols=4); borders(sl); m2=m
    sl.cell(0,0).text="Account"; sl.cell(0,1).text="7741 2093"; sl.cell(0,2).text="Supply number"; sl.cell(0,3).text=mpan_sp(m)
    sl.cell(1,0).text="Name"; sl.cell(1,1).text=n; sl.cell(1,2).text="Amount"; sl.cell(1,3).text="£214.37"
    T+=[("s","mpan",m,mpan_sp(m).split()),("s","name",n)]
    d.save(f"{OUT}/{fn}.docx"); TRUTH[fn]=T
def sheet(fn):
    import openpyxl
    wb=openpyxl.Workbook(); ws=wb.active; ws.title="SIT data"; T=[]
    hdr=["Test ref","MPAN","MPRN","Postcode","Meter serial","Flow","Result"]; ws.append(hdr); T+=[("k","label",x) for x in ["Test ref","Postcode","Flow","Result"]]
    for i in range(12):
        a,t,pc=addr(); row=[tc(),mpan(),mprn(),pc,eserial(),R.choice(["D0010","D0150","IF-031","PUB-033"]),R.choice(["Pass","Fail"])]
        ws.append(row); T+=[("k","tcref",row[0]),("s","mpan",row[1]),("s","mprn",row[2]),("s","postcode",pc,pc.split()),("s","serial_e",row[4]),("k","msgtype",row[5])]
    for col,w in zip("ABCDEFG",[14,17,13,10,14,9,8]): ws.column_dimensions[col].width=w
    for c in ws["B"]+ws["C"]: c.number_format="@"
    for r in ws.iter_rows(min_row=2):
        r[1].value=str(r[1].value); r[2].value=str(r[2].value)
    ws.page_setup.orientation="landscape"; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; wb.save(f"{OUT}/{fn}.xlsx"); TRUTH[fn]=T
bill("lo_bill"); sheet("lo_sheet")
for fn,ext in [("lo_bill","docx"),("lo_sheet","xlsx")]:
    subprocess.run(["soffice","--headless","--convert-to","pdf","--outdir",OUT,f"{OUT}/{fn}.{ext}"],capture_output=True)
def words(pdf):
    x=subprocess.run(["pdftotext","-f","1","-l","1","-bbox",pdf,"-"],capture_output=True,text=True).stdout
    return [(html.unescape(m.group(5)),float(m.group(1)),float(m.group(2)),float(m.group(3)),float(m.group(4))) for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
for fn,dpis in [("lo_bill",[96,120,144]),("lo_sheet",[96,150])]:
    W=words(f"{OUT}/{fn}.pdf")
    for dpi in dpis:
        used=set(); items=[]
        for tr in TRUTH[fn]:
            r,k,t=tr[:3]; toks=[x.strip(':,.') for x in (tr[3] if len(tr)>3 else t.split())]
            # find consecutive sequence
            found=None
            for i in range(len(W)-len(toks)+1):
                if any((i+j) in used for j in range(len(toks))): continue
                if all(W[i+j][0].strip(":,.")==toks[j] for j in range(len(toks))): found=list(range(i,i+len(toks))); break
            if not found:
                # tokens may be in different order (address lines): find each
                found=[]
                for tk in toks:
                    for i,w in enumerate(W):
                        if i not in used and i not in found and w[0].strip(":,.")==tk: found.append(i); break
                if len(found)!=len(toks): print("NOTFOUND",fn,t); continue
            used.update(found); f=dpi/72
            # group by line
            rects=[]
            for i in found:
                _,x0,y0,x1,y1=W[i]; rects.append([x0*f,y0*f,(x1-x0)*f,(y1-y0)*f])
            # merge words on the same line
            merged=[]
            for rc in rects:
                if merged and abs(merged[-1][1]-rc[1])<3 and rc[0]>=merged[-1][0]:
                    m0=merged[-1]; x1=max(m0[0]+m0[2],rc[0]+rc[2]); merged[-1]=[m0[0],min(m0[1],rc[1]),x1-m0[0],max(m0[3],rc[3])]
                else: merged.append(rc)
            items.append(dict(r=r,k=k,t=t,rects=[[round(v,1) for v in m] for m in merged]))
        stem=f"{fn}_{int(dpi/96*100)}"
        subprocess.run(["pdftoppm","-r",str(dpi),"-f","1","-l","1","-singlefile","-png",f"{OUT}/{fn}.pdf",f"{OUT}/{stem}"])
        json.dump({"image":stem+".png","toolkit":"libreoffice","scale":dpi/96,"theme":"light","items":items},open(f"{OUT}/{stem}.json","w"))
        print(stem,len(items))
