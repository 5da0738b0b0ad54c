# Build the python-docx base, the LibreOffice re-save and a minimal hand-built package (deterministic).
import docx, zipfile, subprocess, os, shutil
from docx.shared import Pt
B='/tmp/ho50/docx/bases'
d=docx.Document()
d.core_properties.author='Test Team'; d.core_properties.title='SIT evidence note'
d.add_heading('SIT evidence note - TC-4821 change of supplier',1)
d.add_paragraph('Test case TC-4821 executed against environment SIT-B on 2026-11-30T10:15:00Z.')
d.add_paragraph('Flow D0010 received; IF-031 acknowledged; DIP id DIP-00412; reference MPAN-REF-07.')
t=d.add_table(rows=3,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Step','Result'),('1 Send D0010','Accepted'),('2 Check IF-031','Passed')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph('Work order WO-558812; firmware 4.2.1; message id 3f2a9c1e-8b7d-4e21-9a0c-5d6e7f801234.')
d.add_paragraph('Outcome: passed. Amount billed £123.45.')
d.save(f'{B}/b_pydocx.docx')
# LibreOffice re-save
tmp='/tmp/ho50/docx/bases/lo'; os.makedirs(tmp,exist_ok=True)
shutil.copy(f'{B}/b_pydocx.docx',f'{tmp}/b_lo_src.docx')
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir',tmp+'/out',f'{tmp}/b_lo_src.docx'],check=True,capture_output=True)
shutil.copy(f'{tmp}/out/b_lo_src.docx',f'{B}/b_lo.docx')
# minimal package
CT='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
RELS='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
DOC='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>UIT run note TC-7310: D0150 sent, IF-036 received at 2026-12-01T08:00:00Z.</w:t></w:r></w:p><w:p><w:r><w:t>Reference MPAN-REF-12, firmware 2.0.7, work order WO-104477.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile(f'{B}/b_min.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',CT); z.writestr('_rels/.rels',RELS); z.writestr('word/document.xml',DOC)
print('ok')
