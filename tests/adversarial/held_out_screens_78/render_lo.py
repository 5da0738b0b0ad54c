import sys, os, json, subprocess, re
sys.path.insert(0, os.path.dirname(__file__))
import ids; from ids import *
ids.R.seed(9911)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
WK="/tmp/ho45/screens/work"; OUT="/tmp/ho45/screens/corpus"
items=[]  # (role, kind, value, tokens list)
def reg(role,kind,val,toks=None): items.append((role,kind,val,toks or val.split()))
d=Document(); st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11)
d.add_heading('Westerly Power Ltd – Your electricity and gas bill',1)
n=name(); a=street(); tw=R.choice(TOWNS); pc=postcode()
d.add_paragraph(f"{n}\n{a}\n{tw}\n{pc}"); reg("id","name",n); reg("id","addr",a); reg("keep","town",tw); reg("id","postcode",pc)
p=d.add_paragraph("Invoice number INV-20261206-0417   Bill date 06 December 2026   Account 7730 1184")
reg("keep","inv","INV-20261206-0417"); reg("keep","date","06 December 2026"); reg("keep","acct","7730 1184")
tp,mtc,llf=top(); core=mpan_core()
d.add_paragraph("Your supply number (MPAN):")
t=d.add_table(rows=2, cols=5); t.style='Table Grid'
s=t.cell(0,0).merge(t.cell(1,0)); s.text="S"; s.paragraphs[0].runs[0].font.size=Pt(26); s.paragraphs[0].runs[0].bold=True
for i,v in enumerate([tp,mtc,llf]): t.cell(0,i+1).text=v
for i,v in enumerate([core[:2],core[2:6],core[6:12],core[12]]): t.cell(1,i+1).text=v
for r in t.rows:
    for c in r.cells:
        for p_ in c.paragraphs:
            for ru in p_.runs: 
                if ru.text!="S": ru.font.size=Pt(12); ru.font.name='Liberation Mono'
reg("id","mpan_full",tp+mtc+llf+core,[tp,mtc,llf,core[:2],core[2:6],core[6:12],core[12]])
mp=mprn(); d.add_paragraph(f"Gas meter point reference (MPRN): {mp}"); reg("id","mprn",mp,[mp])
d.add_paragraph("Meter readings")
mt=d.add_table(rows=4, cols=5); mt.style='Table Grid'
for i,h in enumerate(["Meter serial","Register","Previous","Current","Units"]): mt.cell(0,i).text=h
for r in range(1,4):
    sr=serial() if r<3 else gserial(); reg("id","serial",sr,[sr])
    prev=R.randint(10000,60000); cur=prev+R.randint(100,900)
    vals=[sr, ["1.8.1","1.8.2","G1"][r-1], f"{prev:05d}", f"{cur:05d}", f"{cur-prev} kWh"]
    for i,v in enumerate(vals): mt.cell(r,i).text=v
    reg("keep","reading",f"{prev:05d}"); reg("keep","reading",f"{cur:05d}")
d.add_paragraph("Total to pay £482.17 by Direct Debit on 18/12/2026. Your prepayment top-up token 4417 0932 1186 5520 7713 was issued on 02/12/2026."); reg("keep","amt","£482.17"); reg("keep","date","18/12/2026"); reg("keep","sts","4417 0932 1186 5520 7713")
w=mpan_core()
d.add_paragraph(f"If you have a second supply, quote its core number {w[:6]}\u00a0{w[6:]} together with reference MPAN-REF-44 when you call 0800 028 1130 (free)."); reg("id","mpan_split",w,[w[:6]+w[6:]]); reg("keep","ref","MPAN-REF-44"); reg("keep","phone_company","0800 028 1130")
em=email(n); ph=phone(); d.add_paragraph(f"We will contact you at {em} or {ph}."); reg("id","email",em,[em]); reg("id","phone",ph)
d.add_paragraph("Page 1 of 2   EAN 5012345678900   Ofgem licence 0471")
reg("keep","page","Page 1 of 2"); reg("keep","ean","5012345678900")
d.save(f"{WK}/bill.docx")
json.dump(items,open(f"{WK}/bill_items.json","w"))
# Calc sheet
ids.R.seed(9912)
wb=openpyxl.Workbook(); ws=wb.active; ws.title="SIT-B reads"
ws.append(["Row","MPAN core","MPRN","Read at (epoch ms)","kWh","Amount £","Flow","Ref"])
sitems=[]
for r in range(14):
    c=mpan_core(); m=mprn(); ep=epoch_ms(); kwh=round(R.uniform(100,9999),1); amt=round(R.uniform(10,900),2); fl=R.choice(["D0010","D0086","IF-031"])
    ws.append([r+1,c,m,ep,kwh,amt,fl,f"MPAN-REF-{r+50}"]); 
    ws.cell(row=r+2,column=2).number_format='@'; ws.cell(row=r+2,column=3).number_format='@'; ws.cell(row=r+2,column=4).number_format='@'
    sitems+= [("id","mpan",c,[c]),("id","mprn",m,[m]),("keep","epoch_ms",ep,[ep]),("keep","ref",f"MPAN-REF-{r+50}",[f"MPAN-REF-{r+50}"]),("keep","flow",fl,[fl])]
for col,wd in zip("ABCDEFGH",[5,17,13,19,9,10,8,15]): ws.column_dimensions[col].width=wd
ws.page_setup.orientation='landscape'; ws.print_options.gridLines=True
wb.save(f"{WK}/sheet.xlsx"); json.dump(sitems,open(f"{WK}/sheet_items.json","w"))
for f in ["bill.docx","sheet.xlsx"]:
    subprocess.run(["soffice","--headless","--convert-to","pdf","--outdir",WK,f"{WK}/{f}"],capture_output=True,timeout=180)
print("ok")
