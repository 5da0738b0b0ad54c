# LibreOffice documents -> PDF -> pdftoppm; boxes from pdftotext -bbox
import random, json, subprocess, os, re, sys, html
sys.path.insert(0,os.path.dirname(__file__))
from vals import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
import openpyxl
D='/tmp/ho49/screens/tmp/lo'; os.makedirs(D,exist_ok=True)
C='/tmp/ho49/screens/corpus'
planted={}  # docname -> list of (typ, kind, rendered_text, value)
def P(doc, typ, kind, rendered, value=None): planted.setdefault(doc,[]).append((typ,kind,rendered,value or rendered)); return rendered
# 1. Writer report with header/footer identifiers and a two-column section
r=random.Random(4951); dn='lo_report'
d=Document(); sec=d.sections[0]
core=mpan_core(r)
sec.header.paragraphs[0].text=f"{P(dn,'k','keep','Defect evidence')} – {P(dn,'k','keep',tc(r))} – MPAN {P(dn,'s','mpan',core)}"
sec.footer.paragraphs[0].text=f"{P(dn,'k','keep','Prepared for')} {P(dn,'s','name',name(r))} · {P(dn,'k','keep',ts(r))}"
d.add_heading(P(dn,'k','keep','Flow rejection analysis'),1)
d.add_paragraph(f"{P(dn,'k','keep','Incident')} {P(dn,'k','keep',dip(r))} {P(dn,'k','keep','was raised after')} {P(dn,'k','keep',flow(r))} {P(dn,'k','keep','for supply')} {P(dn,'s','mpan',mpan_core(r))} "
                f"{P(dn,'k','keep','was rejected. The meter')} {P(dn,'s','eserial',eserial(r))} {P(dn,'k','keep','showed')} {P(dn,'k','keep',reading(r))} {P(dn,'k','keep','on site.')}")
ns=d.add_section(WD_SECTION.CONTINUOUS)
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
cols=ns._sectPr.xpath('./w:cols'); 
c=cols[0] if cols else OxmlElement('w:cols'); c.set(qn('w:num'),'2'); c.set(qn('w:space'),'400')
if not cols: ns._sectPr.append(c)
for i in range(7):
    nm=name(r); st,town,pc=address(r)
    d.add_paragraph(f"{P(dn,'k','keep',wo(r))}: {P(dn,'s','name',nm)}, {P(dn,'s','address',st)}, {P(dn,'k','town',town)} {P(dn,'s','postcode',pc)}. "
                    f"MPAN {P(dn,'s','mpan',mpan_core(r))}, MPRN {P(dn,'s','mprn',mprn(r))}, hub {P(dn,'s','eui64',eui(r,'-'))}, tel {P(dn,'s','phone',phone(r))}. {P(dn,'k','keep','Balance')} {P(dn,'k','amount',amount(r))}.")
d.save(f'{D}/{dn}.docx')
# 2. Impress slide: test summary table
r=random.Random(4952); dn='lo_slide'
pr=Presentation(); pr.slide_width=Inches(13.333); pr.slide_height=Inches(7.5)
s=pr.slides.add_slide(pr.slide_layouts[5]); s.shapes.title.text=P(dn,'k','keep','SIT cycle 3 – failed scenarios')
tb=s.shapes.add_table(9,5,Inches(0.5),Inches(1.6),Inches(12.3),Inches(5)).table
hd=['Test case','MPAN','Meter','Flow','Customer']
for j,h in enumerate(hd): tb.cell(0,j).text=P(dn,'k','header',h)
for i in range(1,9):
    vals=[P(dn,'k','keep',tc(r)),P(dn,'s','mpan',mpan_core(r)),P(dn,'s','eserial',eserial(r)),P(dn,'k','keep',flow(r)),P(dn,'s','name',name(r))]
    for j,v in enumerate(vals):
        tb.cell(i,j).text=v
        for p in tb.cell(i,j).text_frame.paragraphs:
            for rr in p.runs: rr.font.size=PPt(16)
tx=s.shapes.add_textbox(Inches(0.5),Inches(6.8),Inches(12),Inches(0.5)).text_frame
pt,mt,ll=mpan_top(r); c2=mpan_core(r)
tx.text=f"{P(dn,'k','keep','Escalated')}: S {P(dn,'s','mpan_top',f'{pt} {mt} {ll}')} {P(dn,'s','mpan',f'{c2[:2]} {c2[2:6]} {c2[6:10]} {c2[10:]}',c2)}  {P(dn,'k','keep',mref(r))}"
pr.save(f'{D}/{dn}.pptx')
# 3. Calc sheet, landscape, gridlines printed
r=random.Random(4953); dn='lo_sheet'
wb=openpyxl.Workbook(); ws=wb.active; ws.title='Readings'
hd=['Row','MPAN','MPRN','Serial','Postcode','Read','Date','Flow']
ws.append([P(dn,'k','header',h) for h in hd])
for i in range(28):
    ws.append([P(dn,'k','rownum',str(i+1)),P(dn,'s','mpan',mpan_core(r)),P(dn,'s','mprn',mprn(r)),P(dn,'s','eserial',eserial(r)),P(dn,'s','postcode',postcode(r)),P(dn,'k','reading',reading(r)),P(dn,'k','keep',ts(r)[:10]),P(dn,'k','keep',flow(r))])
for col,wd in zip('ABCDEFGH',[6,17,13,14,11,10,12,8]): ws.column_dimensions[col].width=wd
ws.page_setup.orientation='landscape'; ws.print_options.gridLines=True; ws.oddHeader.center.text=P(dn,'k','keep','Readings extract')
wb.save(f'{D}/{dn}.xlsx')
json.dump(planted,open(f'{D}/planted.json','w'))
for f in ['lo_report.docx','lo_slide.pptx','lo_sheet.xlsx']:
    subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',D,f'{D}/{f}'],check=True,capture_output=True,timeout=180)
print('pdfs done')
