import docx, zipfile, os
from docx.shared import Pt
os.makedirs('base', exist_ok=True)
# B2: python-docx evidence note
d = docx.Document()
d.add_heading('SIT_COS_TC_02 – Change of supplier, objection raised', 1)
d.add_paragraph('Tester: Demo Tester   Environment: SIT-B   Cycle: SIT C3 R2.1')
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
for i, row in enumerate([('Step','Action','Result'),('1','Send D0055 registration to MPAS (MPAN reference MPAN-REF-0042)','D0057 rejection returned, code 08'),('2','Check DIP message tracker for IF-031 (DIP id 7f3c2a10-44be-4d5e-9a61-0c2d3e4f5a6b)','Passed 2026-11-30 14:02:11Z'),('3','Verify SRV 8.1 response in DUIS log','Passed')]):
    for j, v in enumerate(row): t.cell(i, j).text = v
d.add_paragraph('Register 1 read 004512.3 kWh; tariff E7; LLFC 801; MTC 845; amount £42.17.')
d.sections[0].header.paragraphs[0].text = 'MHHS QT evidence – SIT_COS_TC_02'
d.sections[0].footer.paragraphs[0].text = 'OFFICIAL – Test data only'
d.save('base/pydocx_note.docx')
# B3: LibreOffice-produced (from HTML)
html = '''<html><body><h1>UIT defect retest – ADO-40230</h1>
<p>Defect 40230 (S2/P2) retest on UIT-1 build 4.12.7. Correlation id 3e9b1f4c-7a21-4d0e-b6c8-1f2e3d4c5b6a.</p>
<table border="1"><tr><th>Flow</th><th>Sent</th><th>Outcome</th></tr>
<tr><td>D0010</td><td>2026-11-28 09:14</td><td>Accepted</td></tr>
<tr><td>IF-021</td><td>2026-11-28 09:20</td><td>PUB-021 received</td></tr></table>
<p>Expected: MDS updates consumption, reading 012345 on register S. Actual: as expected.</p></body></html>'''
open('base/lo_src.html','w').write(html)
# B4: minimal Google-Docs/WPS-like package
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
DRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
STY = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style></w:styles>'''
DOC = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>SIT Smart Metering – SRV 8.1 Commissioning notes</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Test case SIT_SM_TC_101 step 2. DUIS response code I0 (Acknowledged) for service request 8.1.1 at at 10:42:07.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Outcome: Passed. Evidence file srv_8_1_response.xml attached in ADO (test point 551872).</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile('base/gdocs_min.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS)
    z.writestr('word/document.xml', DOC); z.writestr('word/_rels/document.xml.rels', DRELS); z.writestr('word/styles.xml', STY)
