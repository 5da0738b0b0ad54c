# build base documents: python-docx, LibreOffice-saved, minimal hand-built (pack_demo.docx made by attest demo/pack)
import docx, zipfile, subprocess, os, shutil
os.makedirs('base', exist_ok=True)
d = docx.Document()
d.add_heading('Test evidence: DTC D0010 meter reading flow, SIT cycle 3', 1)
d.add_paragraph('Test case FM_TS_2_TC_14, step 3. Message id DUIS-REQ-000418 received at 2026-11-30T09:14:22Z.')
d.add_paragraph('Reference MPAN-REF-07 used for the supply point (see register). DIP id DIP-MSG-0003456, version v4.12.0.1.')
t = d.add_table(rows=2, cols=3)
for i, c in enumerate(['Flow', 'Records', 'Amount']): t.cell(0, i).text = c
for i, c in enumerate(['D0010 v002', '1,234,567', '£12,345.67']): t.cell(1, i).text = c
d.add_paragraph('Result: passed. ADO work item #48213, defect S3/P2 raised and closed.')
d.save('base/pydocx.docx')
os.makedirs('base/lo_tmp', exist_ok=True)
shutil.copy('base/pydocx.docx', 'base/lo_tmp/lo_src.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', 'base/lo_tmp', 'base/lo_tmp/lo_src.docx'], check=True, capture_output=True)
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', 'base/lo_tmp', 'base/lo_tmp/lo_src.odt'], check=True, capture_output=True)
shutil.copy('base/lo_tmp/lo_src.docx', 'base/lo.docx')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
with zipfile.ZipFile('base/mini.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Witness note, UIT run 12: ADO-7731 retest of D0150 (Non Half Hourly Meter Technical Details).</w:t></w:r></w:p><w:p><w:r><w:t>Timestamp 2026-12-01 14:03:55, 42 records processed, GSP group _A, profile class 01, SSC 0393.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
print('ok')
