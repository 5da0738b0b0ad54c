import docx, zipfile, os, subprocess, shutil
from docx.shared import Pt
B='/tmp/ho38/docx/base'
d=docx.Document()
d.add_heading('Test Evidence – LDSO Qualification Testing, Smart meter install (SIT cycle 3)',0)
d.add_paragraph('Test case: TC_BP7_SIT_03_014   Run: R-2025-0412   Environment: SIT-B   Tester ref: TST-44')
d.add_paragraph('Supply: MPAN-REF-07 (see register). Gas supply: MPRN-REF-12. Meter: SER-REF-03.')
t=d.add_table(rows=4,cols=4); t.style='Table Grid'
rows=[('Step','Action','Expected','Result'),('1','Submit SRV 8.1.1 via DUIS','Response code I0 within 30 s','Passed 2025-04-12T09:14:03Z'),
      ('2','Check DIP message DIP-MSG-2025-004411','Flow D0150 v001 received','Passed'),('3','Read register totals','1,234.5 kWh','Passed')]
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text=c
d.add_paragraph('Observations: response latency 2.3 s; correlation id 7f3c2a10-55b1-4c1e-9a0e-2b1d3c4e5f60.')
sec=d.sections[0]; sec.header.paragraphs[0].text='DCC Public – evidence pack v1.4'; sec.footer.paragraphs[0].text='Page footer – TAG 87'
d.save(f'{B}/B2_pythondocx.docx')
# B3: LibreOffice-saved
tmp='/tmp/ho38/docx/base/lo_tmp'; os.makedirs(tmp,exist_ok=True)
shutil.copy(f'{B}/B2_pythondocx.docx',f'{tmp}/B3_libreoffice.odt.docx')
subprocess.run(['soffice','--headless','--convert-to','odt','--outdir',tmp,f'{tmp}/B3_libreoffice.odt.docx'],check=True,capture_output=True)
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir',tmp,f'{tmp}/B3_libreoffice.odt.odt'],check=True,capture_output=True)
shutil.move(f'{tmp}/B3_libreoffice.odt.docx',f'{B}/B3_libreoffice.docx'); shutil.rmtree(tmp)
# B4 minimal
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Site visit note, job JB-20931, engineer ref ENG-118.</w:t></w:r></w:p><w:p><w:r><w:t>Work completed 14:05; SMETS2 install; CH type DBCH.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
with zipfile.ZipFile(f'{B}/B4_minimal.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc)
