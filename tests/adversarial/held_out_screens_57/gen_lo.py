import os, sys, json, subprocess, re
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(2024); ids._ni = 11; ids._ai = 7; ids._pi = 60
from ids import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
W = "/tmp/ho38/screens/gen/lo"; os.makedirs(W, exist_ok=True)
TRUTH = {}
def bill(fn, font, size):
    T = []
    d = Document(); st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    n = name(); a, pc = address(); core, top = mpan_core(), mpan_top(); s = serial_elec(); mp = mprn(); gs = serial_gas(); e = eui(); ph = phone(); em = email(n)
    d.add_paragraph().add_run("Northwold Energy").bold = True
    d.add_paragraph("Invoice INV-2026-118204    Bill date 04 November 2026"); T += [("keep", "keep", "INV-2026-118204"), ("keep", "keep", "04 November 2026")]
    p = d.add_paragraph(f"{n}\n{a}\n{pc}"); T += [("id", "name", n, n), ("id", "address", a, a), ("id", "postcode", pc, pc)]
    d.add_paragraph("Your supply number"); T.append(("keep", "keep", "Your supply number"))
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    c = t.cell(0, 0).merge(t.cell(1, 0)); r = c.paragraphs[0].add_run("S"); r.bold = True; r.font.size = Pt(size * 2.6)
    t.cell(0, 1).paragraphs[0].add_run(g_top(top, "   ")); rr = t.cell(1, 1).paragraphs[0].add_run(g_core(core, "   ")); rr.bold = True
    t.columns[0].width = Cm(1.4)
    for row in t.rows: row.cells[0].width = Cm(1.4); row.cells[1].width = Cm(6)
    T += [("id", "mpan_top", top, g_top(top)), ("id", "mpan", core, g_core(core))]
    d.add_paragraph("")
    mt = d.add_table(rows=3, cols=4); mt.style = "Table Grid"
    for j, h in enumerate(["Meter", "Previous", "Present", "Units"]): mt.cell(0, j).text = h
    vals = [s, "034512", "035127", "615"]; vals2 = [gs, "08812", "08901", "89"]
    for j in range(4): mt.cell(1, j).text = vals[j]; mt.cell(2, j).text = vals2[j]
    T += [("id", "serial", s, s), ("id", "serial", gs, gs), ("keep", "keep", "034512"), ("keep", "keep", "035127")]
    d.add_paragraph(f"Gas supply point reference (MPRN): {mp}"); T.append(("id", "mprn", mp, mp))
    d.add_paragraph(f"Smart meter device ID {e.replace('-', ' ')}; in-home display pairing code IHD-4471"); T += [("id", "eui", e, e.replace('-', ' ')), ("keep", "keep", "IHD-4471")]
    d.add_paragraph(f"Total to pay £212.38 by Direct Debit on 18/11/2026. Questions: {ph} or {em}"); T += [("keep", "keep", "£212.38"), ("keep", "keep", "18/11/2026"), ("id", "phone", ph, ph), ("id", "email", em, em)]
    c2 = mpan_core()
    d.add_paragraph(f"Your previous supply number was {c2[:6]}").runs[0].add_break()
    d.paragraphs[-1].add_run(f"{c2[6:]} and has now been closed (ref MPAN-REF-07, v4.12.3).")
    T += [("id", "mpan", c2, c2[:6] + " " + c2[6:]), ("keep", "keep", "MPAN-REF-07"), ("keep", "keep", "v4.12.3")]
    d.save(f"{W}/{fn}.docx"); TRUTH[fn] = T
bill("lo_bill", "Liberation Serif", 11)
bill("lo_letter", "DejaVu Sans Condensed", 8)
import openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sites"; T = []
ws.append(["Site", "MPAN", "MPAN (number)", "Serial", "Customer", "Postcode", "kWh"]); T += [("keep", "keep", "Site"), ("keep", "keep", "Serial")]
for i in range(16):
    core = mpan_core(); s = serial_elec(); n = name(); a, pc = address()
    ws.append([f"S-{4100+i}", g_core(core), int(core), s.lower() if i % 2 else s, n, pc, 1000 + i * 71])
    ws.cell(row=i + 2, column=3).number_format = "0"
    T += [("keep", "keep", f"S-{4100+i}"), ("id", "mpan", core, g_core(core)), ("id", "mpan", core, core), ("id", "serial", s, s.lower() if i % 2 else s), ("id", "name", n, n), ("id", "postcode", pc, pc), ("keep", "keep", str(1000 + i * 71))]
ws.freeze_panes = "B2"; ws["B3"].comment = Comment("check old MPAN", "QA")
for col, w in zip("ABCDEFG", [9, 20, 17, 14, 30, 11, 8]): ws.column_dimensions[col].width = w
wb.save(f"{W}/lo_sheet.xlsx"); TRUTH["lo_sheet"] = T
json.dump(TRUTH, open(f"{W}/truth_src.json", "w"), indent=1)
