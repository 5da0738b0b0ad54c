# Builds the python-docx, LibreOffice and minimal bases (the Attest demo pack is copied from ws_demo).
import subprocess, zipfile, os, shutil
from docx import Document
from docx.shared import Pt
B = '/tmp/ho47/docx/bases'
d = Document()
d.add_heading('Evidence note - TC-2231 (SIT cycle 3)', 1)
d.add_paragraph('Tester: QA team B. Environment: SIT-2. Flow: D0010 meter readings via IF-031 and DIP.')
d.add_paragraph('Step 1: sent D0010 for MPAN-REF-07 at 2026-11-30T09:14:02Z, message 6f1c2a9e-3b7d-4c11-9a0e-2f5d8e1b7c40. Response accepted.')
d.add_paragraph('Step 2: reading 004512.7 kWh recorded against register R1, firmware 3.2.14, work order WO-55821.')
t = d.add_table(rows=3, cols=3); t.style = 'Table Grid'
for i, row in enumerate([('Step', 'Message', 'Result'), ('1', 'D0010', 'Passed'), ('2', 'IF-031', 'Passed')]):
    for j, c in enumerate(row): t.cell(i, j).text = c
d.add_paragraph('Outcome: passed; defect DEF-118 raised for a cosmetic issue.')
d.save(f'{B}/pydocx.docx')
tmp = '/tmp/ho47/docx/tmp_lo'; os.makedirs(tmp, exist_ok=True)
shutil.copy(f'{B}/pydocx.docx', f'{tmp}/lo.odt.docx')
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/ho47/docx/lo_profile', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, f'{B}/pydocx.docx'], check=True)
shutil.copy(f'{tmp}/pydocx.docx', f'{B}/lo.docx')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body><w:p><w:r><w:t>Witness note for TC-3302, DIP submission DIP-000451 at 2026-12-01T10:05:00Z.</w:t></w:r></w:p><w:p><w:r><w:t>Result: passed; IF-031 response code 200.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile(f'{B}/minimal.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc); z.writestr('word/_rels/document.xml.rels', drels)
print('ok')
