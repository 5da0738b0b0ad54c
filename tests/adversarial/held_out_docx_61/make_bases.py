# Builds base documents B (python-docx), C (LibreOffice-saved), D (minimal hand-built). A = attest demo pack (copied by shell).
import docx, zipfile, subprocess, os, shutil
OUT='/tmp/ho39/docx/base'
def pydoc(path, title):
    d=docx.Document()
    d.add_heading(title,0)
    d.add_paragraph('Programme: MHHS Qualification Testing, test phase SIT-B. Test case FM_TS_2_TC_14 (version 3), run 7.')
    d.add_paragraph('Tester notes: the registration request IF-031 was submitted at 2026-11-20T09:14:03Z via the DIP; acknowledgement DIP-MSG-20261120-004417 received in 2.4 s. MPAN reference MPAN-REF-07 used throughout.')
    t=d.add_table(rows=3, cols=3)
    for r,row in enumerate([('Step','Expected','Actual'),('1','IF-031 accepted','Accepted, 1 of 1'),('2','D0150 flow produced','Produced, version 2.14.0')]):
        for c,v in enumerate(row): t.cell(r,c).text=v
    d.add_paragraph('Outcome: Passed. Defect DEF-2291 closed at retest; severity S3, priority P2.')
    d.save(path)
pydoc(OUT+'/B_python_docx.docx','Witness test evidence – change of supplier')
pydoc('/tmp/ho39/docx/tmp/C_src.docx','Evidence record – smart meter commissioning')
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','/tmp/ho39/docx/tmp/lo','/tmp/ho39/docx/tmp/C_src.docx'],check=True,capture_output=True)
shutil.copy('/tmp/ho39/docx/tmp/lo/C_src.docx',OUT+'/C_libreoffice.docx')
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Site visit record: commissioning of SMETS2 installation, job ref JOB-77812, 2026-11-28.</w:t></w:r></w:p><w:p><w:r><w:t>Readings taken at 10:42; firmware 3.1.0; CH paired first time.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'
with zipfile.ZipFile(OUT+'/D_minimal.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc)
