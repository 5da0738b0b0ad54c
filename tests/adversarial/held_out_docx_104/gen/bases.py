import docx, subprocess, os, zipfile, shutil
B='/tmp/ho51/docx/bases'
d=docx.Document()
d.add_heading('Evidence note - FM_TS_1_TC_03 run 2',1)
d.add_paragraph('Tester note for test case TC-0331. Flow D0010 sent via the DIP at 2026-11-24T10:02:11Z; message id 1b9e2a50-77c4-4a0f-8d1a-3e2f0c9b7a11.')
d.add_paragraph('Step 1: selected supply point MPAN-REF-03 from the data register. Step 2: IF-031 submitted, 202 Accepted.')
t=d.add_table(rows=3,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Step','Result'),('1','Passed'),('2','Passed')]): t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph('Observation: response time 1.4 s. Work order WO-100231 raised for the site visit.')
d.save(B+'/pyt.docx')
os.makedirs('/tmp/ho51/docx/lo_tmp',exist_ok=True)
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','/tmp/ho51/docx/lo_tmp',B+'/pyt.docx'],check=True,capture_output=True)
shutil.copy('/tmp/ho51/docx/lo_tmp/pyt.docx',B+'/lo.docx')
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
with zipfile.ZipFile(B+'/min.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    z.writestr('word/document.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Evidence for TC-0588: D0150 accepted by the DIP.</w:t></w:r></w:p><w:p><w:r><w:t>Meter exchange checked on site; reading 004512.0 kWh.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
shutil.copy('/tmp/ho51/docx/ws/demo/FM_TS_1_TC_01_run1_evidence.docx',B+'/demo.docx')
