# builds base C (python-docx evidence note); base D = C re-saved by LibreOffice (done in shell)
import docx
from docx.shared import Pt
d = docx.Document()
d.core_properties.title = "Evidence note"
d.core_properties.author = "QA team"
d.add_heading("Evidence note - step 3 of FM_TS_1_TC_04", 1)
d.add_paragraph("This note records the outcome of the D0010 meter reading flow for the test case. "
                "Readings were accepted at 2026-11-02T09:14:33Z and the IF-031 response arrived within SLA.")
t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("Test case", "FM_TS_1_TC_04"), ("Supply ref", "MPAN-REF-03"), ("Ticket", "INC0045123")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph("Outcome: passed. Version v2.3.1 of the harness was used.")
d.save("bases/C_pydocx.docx")
