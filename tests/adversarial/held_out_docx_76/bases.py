import docx, zipfile, os
from docx.shared import Pt
os.makedirs('base', exist_ok=True)
d = docx.Document()
d.add_heading('Site visit note - smart meter exchange (SIT cycle 4)', 1)
d.add_paragraph('Test case FM_TS_2_TC_14, step 3. Engineer attended, old meter removed, SMETS2 meter fitted and commissioned.')
t = d.add_table(rows=3, cols=3)
for r, row in enumerate([('Step', 'Expected', 'Actual'), ('3', 'D0150 sent within 5 WD', 'D0150 sent day 2'), ('4', 'Install & Commission', 'Passed')]):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
d.add_paragraph('Reference MPAN-REF-03 used throughout; DIP message id DIP-MSG-0004417 acknowledged at 2026-11-30T10:14:07Z.')
d.save('base/pydocx_note.docx')
# minimal hand-built package
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
with zipfile.ZipFile('base/minimal.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Defect DEF-2291 retest note. Step 6 re-run after fix build 4.18.2.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
