"""Build the non-Attest bases: python-docx note, LibreOffice re-save, hand-built Word-like package."""
import os, subprocess, zipfile, shutil
from docx import Document
from docx.shared import Pt
B = '/tmp/ho53/docx/bases'
d = Document()
d.core_properties.author = 'Evidence Team'
d.core_properties.title = 'Evidence note TC-ELEC-0142'
d.add_heading('Evidence note: TC-ELEC-0142 (D0010 flow)', 1)
d.add_paragraph('Run started 2026-03-14T09:21:07Z in environment SIT-B. Ticket ADO-48213, version 2.3.1.')
t = d.add_table(rows=3, cols=2); t.style = 'Table Grid'
for i, (a, b) in enumerate([('Message type', 'IF-031'), ('Reference', 'MPAN-REF-07'), ('Reading', '004512.7 kWh')]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph('The tester observed the expected response within 30 seconds. Amount £142.56 reconciled.')
d.add_paragraph('Step 3 outcome: Passed. Correlation 3f6d2a4e-9b1c-4d7e-8a2f-5c0b1e9d7a36.')
d.save(f'{B}/pydocx.docx')
# LibreOffice re-save
tmp = '/tmp/ho53/docx/tmp_lo'; os.makedirs(tmp, exist_ok=True)
shutil.copy(f'{B}/pydocx.docx', f'{tmp}/lo_resave_src.docx')
subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file:///tmp/ho53/docx/lo_profile', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp+'/out', f'{tmp}/lo_resave_src.docx'], check=True, capture_output=True)
shutil.copy(f'{tmp}/out/lo_resave_src.docx', f'{B}/lo_resave.docx')
# hand-built Word-like package with settings, theme-less, customXml
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
NS = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"')
def p(t): return f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
       + p('Witness record for TC-GAS-0311 (IF-031 / D0150)') + p('Witnessed 2026-04-02T14:05:00Z; ticket ADO-51120; DIP id DIP-9F2C44A1.')
       + p('Reviewer notes: Rose garden test data set, Baker street scenario name only; MPAN-REF-12 used throughout.')
       + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/></w:settings>'
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Witness record TC-GAS-0311</dc:title><dc:creator>QA Team</dc:creator></cp:coreProperties>')
item = '<?xml version="1.0" encoding="UTF-8"?><evidence xmlns="urn:example:evidence"><case>TC-GAS-0311</case></evidence>'
iprops = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6B1E2C3A-1F00-4E55-9C11-1A2B3C4D5E6F}" '
          'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
irels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')
with zipfile.ZipFile(f'{B}/handbuilt.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    for n, c in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc), ('word/_rels/document.xml.rels', drels),
                 ('word/settings.xml', settings), ('docProps/core.xml', core), ('customXml/item1.xml', item),
                 ('customXml/itemProps1.xml', iprops), ('customXml/_rels/item1.xml.rels', irels)]:
        z.writestr(n, c)
print('bases ok')
