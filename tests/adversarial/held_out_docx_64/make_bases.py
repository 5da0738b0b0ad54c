# Builds base documents: python-docx doc, LibreOffice-saved doc, minimal hand-built package.
# base/attest_pack.docx is copied from `attest demo` output.
import docx, zipfile, subprocess, os, shutil
B='/tmp/ho40/docx/base'
d=docx.Document()
d.add_heading('SIT evidence: MHHS-SIT-0412 meter exchange',1)
d.add_paragraph('Test case TC_MHHS_0412 step 3: send IF-031 and check the DIP acknowledgement DIP-ACK-000918.')
d.add_paragraph('Environment SIT-B, build v4.12.3, run at 2026-03-14T09:30:00Z. MPAN reference MPAN-REF-07.')
t=d.add_table(rows=2,cols=3); t.style='Table Grid'
for i,h in enumerate(['Step','Expected','Result']): t.cell(0,i).text=h
for i,h in enumerate(['3','ACK received within 30 s','Passed']): t.cell(1,i).text=h
d.sections[0].header.paragraphs[0].text='DCC Public - SEC Release Testing'
d.sections[0].footer.paragraphs[0].text='Evidence pack draft 0.3'
d.save(f'{B}/pydocx.docx')
# LibreOffice-saved: round-trip through ODT, then save as docx
tmp='/tmp/ho40/docx/scratch/lo'; os.makedirs(tmp,exist_ok=True)
subprocess.run(['soffice','--headless','--convert-to','odt','--outdir',tmp,f'{B}/pydocx.docx'],check=True,capture_output=True)
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir',tmp,f'{tmp}/pydocx.odt'],check=True,capture_output=True)
shutil.copy(f'{tmp}/pydocx.docx',f'{B}/lo_saved.docx')
# minimal hand-built package
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Witness note for UIT run 7, case TC_UIT_0077.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Flow D0010 replayed; message id 5e1f0c2a-77d3-4d0b-9a61-3f0e2b8c1d44 acknowledged.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'''
docrels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'''
with zipfile.ZipFile(f'{B}/minimal.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels)
    z.writestr('word/document.xml',doc); z.writestr('word/_rels/document.xml.rels',docrels)
