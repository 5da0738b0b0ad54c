"""Bases: python-docx note, LibreOffice re-save of it, a hand-built minimal package. (Attest packs made by attest.)"""
import zipfile, subprocess, os, shutil, docx
from docx.shared import Pt
B = '/tmp/ho52/docx/bases'
d = docx.Document()
d.core_properties.author = 'Evidence author'
d.core_properties.title = 'Evidence note FM_TS_1_TC_07'
d.add_heading('Evidence note: FM_TS_1_TC_07', 1)
d.add_paragraph('Step 3 sent a D0010 to the DIP and the harness received IF-031 within 40 seconds. '
                'The supply point is recorded as MPAN-REF-04 in the test data register.')
t = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('Step', 'Result'), ('3 send D0010', 'Passed'), ('4 check IF-031', 'Passed')]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph('Tester comments: harness 4.2.1, ticket MHHS-2231, reading 01234 kWh.')
d.sections[0].header.paragraphs[0].text = 'MHHS SIT evidence – internal'
d.save(B + '/pydocx_note.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', B + '/lo', B + '/pydocx_note.docx'],
               check=True, capture_output=True)
shutil.move(B + '/lo/pydocx_note.docx', B + '/lo_resave.docx'); os.rmdir(B + '/lo')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
with zipfile.ZipFile(B + '/handbuilt.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    z.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Handbuilt evidence</dc:title><dc:creator>SIT team</dc:creator></cp:coreProperties>')
    z.writestr('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Hand</Application></Properties>')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Run log for FM_TS_1_TC_11: D0150 accepted, DIP-00412231 acknowledged.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>' % W)
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
print('ok')
