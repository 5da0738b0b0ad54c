# Builds bases B2 (python-docx note), B3 (LibreOffice re-save), B4 (minimal package). B1 = attest demo pack (copied).
import zipfile, subprocess, shutil, os
from docx import Document
from docx.shared import Pt
os.chdir('/tmp/ho46/docx')
d = Document()
d.add_heading('Test evidence note - TC-2231 SIT cycle 3', 1)
d.add_paragraph('Tester: test lead (see register). Environment: SIT-B. Flow D0010 sent via DTN, IF-031 response received 2026-11-18T09:42:17Z.')
d.add_paragraph('Step 1: send D0010 for MPAN-REF-07, reading 004512.7 kWh, firmware 3.2.114. Work order WO-448812.')
d.add_paragraph('Step 2: check the DIP message id 5f0c2d1e-8a3b-4c7d-9e21-0b6a4f3c2d19 was acknowledged (DIP-00042).')
t = d.add_table(rows=3, cols=2)
for i,(a,b) in enumerate([('Step','Result'),('TC-2231-01','Passed'),('TC-2231-02','Passed, settlement £1,234.56')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph('Observations below.')
d.save('bases/B2_pydocx.docx')
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','bases/lo','bases/B2_pydocx.docx'],check=True,capture_output=True)
shutil.copy('bases/lo/B2_pydocx.docx','bases/B3_lo.docx')
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
docrels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Evidence TC-3310 run 2: D0150 received, IF-031 ack 2026-11-20T14:05:00Z, WO-551203.</w:t></w:r></w:p><w:p><w:r><w:t>Notes:</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile('bases/B4_min.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/_rels/document.xml.rels',docrels); z.writestr('word/document.xml',doc)
print('ok')
