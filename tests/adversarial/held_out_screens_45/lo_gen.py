import os, sys, json, subprocess, re
sys.path.insert(0, os.path.dirname(__file__))
import data as D
D.rnd.seed(8002)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
B = "/tmp/ho35/screens/build/lo"; os.makedirs(B, exist_ok=True)
truth_items = {}  # doc -> list of (secret, kind, text, tokens-to-find, tok)
def borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{e}'); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '8'); el.set(qn('w:color'), '000000'); b.append(el)
    tblPr.append(b)
# ---- bill
doc = Document(); st = doc.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
items = []
def K(t): items.append((False, "keep", t, None)); return t
def S(kind, t, tok=None): items.append((True, kind, t, tok)); return t
f, l = D.person(); n, s, t = D.address(); m = D.mpan_core(); g = D.mprn(); ser = D.eserial(); gs = D.gserial(); acct = "BW" + str(D.rnd.randint(10**7, 10**8))
p = doc.add_paragraph(); r = p.add_run("BrightWatt Energy"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0, 0x59, 0x4f)
doc.add_paragraph(K("Your energy statement"))
doc.add_paragraph(f"{S('name', f'Mx {f} {l}', [f, l])}\n{S('address', f'{n} {s[0]} {s[1]}', [f'{n} {s[0]}', s[0]])}\n{K(t[0])}\n{S('postcode', t[1])}")
doc.add_paragraph(f"{K('Statement date')}: {K('12 November 2026')}    {K('Account number')}: {K(acct)}")
doc.add_paragraph(K("Your supply number")).runs[0].bold = True
tb = doc.add_table(rows=2, cols=4); borders(tb)
a = tb.cell(0, 0).merge(tb.cell(1, 0)); a.text = "S"; a.paragraphs[0].runs[0].font.size = Pt(24); a.paragraphs[0].runs[0].bold = True
for i, x in enumerate(["01", "801", "812"]): tb.cell(0, i+1).text = x
parts = [m[:2], m[2:6] + " " + m[6:10], m[10:]]
for i, x in enumerate(parts):
    tb.cell(1, i+1).text = x; items.append((True, "mpan_part", x, None))
for row in tb.rows:
    for c in row.cells:
        for pp in c.paragraphs:
            for rr in pp.runs: rr.font.size = Pt(12) if rr.text != "S" else Pt(24)
tb.autofit = False
for row in tb.rows:
    for j, c in enumerate(row.cells): c.width = Cm([1.4, 1.2, 2.6, 1.4][j])
for j, col in enumerate(tb.columns): col.width = Cm([1.4, 1.2, 2.6, 1.4][j])
tb.alignment = 0
doc.add_paragraph("")
doc.add_paragraph(f"{K('Gas supply number')} ({K('MPRN')}): {S('mprn', g)}")
doc.add_paragraph(f"{K('Electricity meter')} {S('serial', ser)}    {K('Gas meter')} {S('gserial', gs)}")
t2 = doc.add_table(rows=4, cols=4); t2.style = 'Table Grid'
for i, row in enumerate([("Register", "Previous", "Present", "Units"), ("Day", "38,214 A", "38,902 A", "688"), ("Night", "10,577 E", "10,811 A", "234"), ("Gas (m3)", "4,412 A", "4,530 A", "118")]):
    for j, x in enumerate(row): t2.cell(i, j).text = K(x) if x not in ("Day", "Night") else x
doc.add_paragraph("")
doc.add_paragraph(f"{K('Electricity charges')} {K('£142.18')}   {K('Gas charges')} {K('£61.07')}   {K('VAT at 5%')} {K('£10.16')}")
doc.add_paragraph(f"{K('Total to pay')}: {K('£213.41')} by Direct Debit on {K('28 November 2026')}.")
doc.add_paragraph(f"Questions? Call {S('phone', D.phone())} or write to {S('email', 'billing-team@brightwatt-energy.example.net')}. {K('Emergency: 0800 111 999')}")
doc.add_paragraph(f"{K('Tariff')}: {K('Fixed Saver v3')}   {K('Unit rate')} {K('24.86p/kWh')}   {K('Standing charge')} {K('53.35p/day')}")
doc.save(f"{B}/bill.docx"); truth_items["bill"] = items
# ---- spreadsheet
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "SIT data"
items = []
hdr = ["Test case", "MPAN", "MPRN", "Elec serial", "Gas serial", "Postcode", "Flow", "Expected", "Result"]
ws.append(hdr); [items.append((False, "keep", h, None)) for h in hdr]
for c in ws[1]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
for i in range(26):
    mm = D.mpan_core(); gg = D.mprn(); ee = D.eserial(); g2 = D.gserial(); pc = D.rnd.choice(D.TOWNS)[1]
    tc = f"SIT-TC-{300+i:04d}"; fl = ["D0010", "D0086", "IF-031", "D0150"][i % 4]
    row = [tc, mm, gg, ee if i % 5 else ee.lower(), g2, pc, fl, ["Accepted", "Rejected"][i % 3 == 0], ["Pass", "Fail", "Blocked"][i % 3]]
    ws.append(row)
    for k, v in zip(["keep", "mpan", "mprn", "serial", "gserial", "postcode", "keep", "keep", "keep"], row):
        if k == "keep" and i % 3: 
            if v in ("Pass", "Fail", "Blocked", "Accepted", "Rejected", "D0010", "D0086", "IF-031", "D0150"): continue
        items.append((k != "keep", k, v, None))
for col, w in zip("ABCDEFGHI", [14, 16, 13, 15, 17, 10, 9, 11, 9]): ws.column_dimensions[col].width = w
ws.cell(row=2, column=2).number_format = "0"
ws.page_setup.orientation = "landscape"; ws.print_options.gridLines = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(f"{B}/sheet.xlsx"); truth_items["sheet"] = items
json.dump(truth_items, open(f"{B}/items.json", "w"))
