# builds base documents B (python-docx), D (hand-built minimal) and helper inputs; C is made by soffice from B
import docx, os, zipfile
from docx.shared import Pt
OUT='/tmp/ho42/docx/base'
d=docx.Document()
d.add_heading('SIT Cycle 3 – Change of Supplier evidence (CoS-TS-4)',0)
d.add_paragraph('Run reference: RUN-2026-1184. Test case SIT_COS_TC_07 version 3. Environment SIT-B.')
t=d.add_table(rows=4,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Step','Submit D0055 registration to the DIP'),('Expected','IF-031 acknowledged HTTP 202'),('Actual','Acknowledged, correlation 3f9e2b10-77aa-4c1e-9d2e-5b3c0a9e1f44'),('Status','Passed')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph('Supply point: MPAN-REF-07 (see register). Message type D0055 001 sent at 2026-11-24T09:15:02Z.')
d.add_paragraph('Observations: none. Defect DEF-4471 closed.')
d.save(OUT+'/B_python_docx.docx')
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body><w:p><w:r><w:t>Witnessed run note – DCC SIT smart metering, test SIT_SM_TC_214.</w:t></w:r></w:p><w:p><w:r><w:t>Result recorded 2026-11-30 14:02 GMT. Evidence item EV-0032.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'''
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
with zipfile.ZipFile(OUT+'/D_minimal.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc); z.writestr('word/_rels/document.xml.rels',drels)
