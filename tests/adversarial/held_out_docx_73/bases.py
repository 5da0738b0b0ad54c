import docx, zipfile, subprocess, shutil, os
os.chdir('/tmp/ho44/docx/base')
d = docx.Document()
d.add_heading('SIT Change of Supplier – Evidence record', 0)
d.add_paragraph('Test case TC-COS-014 (MPAN-REF-07) executed in environment SIT-B on 2026-11-30T09:14:02Z.')
t = d.add_table(rows=3, cols=2)
for r,(a,b) in enumerate([('Flow','D0010 v002 read'),('DIP message id','DIP-MSG-20261130-000417'),('Result','Passed, 3 of 3 checks')]):
    t.cell(r,0).text=a; t.cell(r,1).text=b
d.add_paragraph('Release R2.3.1 build 4471; 12,480 records processed; £1,204.55 settled.')
d.save('B_pydocx.docx')
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','lo','B_pydocx.docx'],check=True,capture_output=True)
shutil.copy('lo/B_pydocx.docx','C_lo.docx')
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R='http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile('D_min.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>UIT smoke test note – step 2 of 5, ticket INC-0048812, ran 06/12/2026 05:40.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    z.writestr('word/_rels/document.xml.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
