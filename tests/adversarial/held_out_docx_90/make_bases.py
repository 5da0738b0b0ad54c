# Builds the four base documents (deterministic). Run with /tmp/venv/bin/python.
import shutil, subprocess, zipfile, os
from docx import Document
from docx.shared import Pt
B = '/tmp/ho48/docx/bases'
shutil.copy('/tmp/ho48/docx/ws0/FM_TS_1_TC_01_run1_evidence.docx', f'{B}/pack.docx')
d = Document()
d.add_heading('Evidence note – TC-4471 change of supplier read (D0010)', 1)
d.add_paragraph('Run started 2026-11-24T09:15:02Z in SIT-B. Work order WO-558213. Firmware 4.2.17 on the ESME.')
d.add_paragraph('MPAN reference MPAN-REF-07 used from the register; D0010 flow 4a9e1c20-77b3-4f6e-9d1a-0c5b2f8e3a11 received.')
t = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('Step', 'Result'), ('IF-031 sent to DIP', 'HTTP 202'), ('Reading', '04217.5 kWh, £142.37')]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph('Observation: DIP id DIP-00451 acknowledged; retest under DEF-2231.')
d.save(f'{B}/pyd.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', f'{B}/lo', f'{B}/pyd.docx'], check=True, capture_output=True)
shutil.move(f'{B}/lo/pyd.docx', f'{B}/lo.docx'); os.rmdir(f'{B}/lo')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Retest evidence TC-5120 (IF-047), run 2026-12-01T10:02:44Z.</w:t></w:r></w:p><w:p><w:r><w:t>Payload 0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0 accepted by DIP-00977.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile(f'{B}/min.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/_rels/document.xml.rels', drels); z.writestr('word/document.xml', doc)
