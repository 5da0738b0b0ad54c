# Build the four bases (deterministic content). Run once.
import docx, zipfile, subprocess, shutil, os
from docx.shared import Pt
os.makedirs('bases', exist_ok=True)
shutil.copy('base_pack.docx', 'bases/pack.docx')
d = docx.Document()
d.add_heading('Evidence note - TC-2231 DTC D0010 read flow', 1)
d.add_paragraph('Tester: QA team 3. Environment: SIT-B. Run started 2026-11-14T09:12:03Z.')
d.add_paragraph('Step 1: sent D0010 for MPAN-REF-07 via IF-031; response ACK in 1.8 s (msg 3f1c2a9e-77d0-4a51-9b1e-2c4d5e6f7a80).')
d.add_paragraph('Step 2: reading 004512.7 kWh accepted; firmware 3.14.2; work order WO-558812.')
t = d.add_table(rows=2, cols=3)
for i, h in enumerate(['Step', 'Flow', 'Result']): t.cell(0, i).text = h
for i, h in enumerate(['2', 'D0086', 'Pass']): t.cell(1, i).text = h
d.add_paragraph('Outcome: pass. DIP id DIP-0042. Amount GBP 12.50.')
d.save('bases/pyd.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', 'bases/lo', 'bases/pyd.docx'], check=True, capture_output=True)
shutil.move('bases/lo/pyd.docx', 'bases/lo.docx'); os.rmdir('bases/lo')
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
DOC = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Witness note TC-4410: D0150 sent, IF-031 ACK received 2026-11-20T14:02:11Z.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'''
DREL = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
with zipfile.ZipFile('bases/min.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS)
    z.writestr('word/document.xml', DOC); z.writestr('word/_rels/document.xml.rels', DREL)
