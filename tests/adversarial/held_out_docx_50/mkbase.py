import docx, zipfile, subprocess, os
from docx.shared import Pt
d = docx.Document()
d.add_heading('Test evidence – MHHS SIT Qualification, FM_TS_4_TC_07', 0)
d.add_paragraph('Scenario: change of supplier on a half-hourly settled import supply (IF-031 / PUB-031). '
                'Tester: SIT witness team. Environment: SIT-B. Build 4.2.17.')
d.add_paragraph('Test case reference TC-MHHS-0442; DIP message id DIP-7c1e0b3a-41d2-4f8e-9a65-2b1d90c4e771; '
                'correlation id 3f2a8c1e-9b7d-4e55-a0c3-6d81f24b9e10. Received 2026-11-18T09:42:17.331Z.')
t = d.add_table(rows=4, cols=4)
t.style = 'Table Grid'
rows = [('Step','Action','Expected','Result'),
        ('1','Send IF-031 registration request','ACK within 30s','Passed'),
        ('2','Check D0010 reading 004512.7 on register 1','Reading loaded','Passed'),
        ('3','Verify SRV 8.1 response, GBCS use case ECS17b','Response code I0','Passed')]
for r,row in zip(t.rows, rows):
    for c,v in zip(r.cells,row): c.text=v
d.add_paragraph('Outcome: all steps passed. Defect DEF-2291 raised for a cosmetic label issue (severity 4).')
d.add_paragraph('Attachments: IF-031_request_20261118.json, SRV8.1_response.xml, portal_screen_03.png')
d.save('base/pydocx.docx')
html = '''<html><head><meta charset="utf-8"><title>UIT evidence</title></head><body>
<h1>UIT evidence record – SEC November release</h1>
<p>Test phase: UIT-A. Test script UIT-SRV-0117, execution 3 of 4. Witnessed under TAD section 6.2.2.</p>
<table border="1"><tr><th>Step</th><th>Service request</th><th>Outcome</th><th>Time (UTC)</th></tr>
<tr><td>1</td><td>SRV 4.1.1 Read Instantaneous Import Registers</td><td>Passed</td><td>10:02:44</td></tr>
<tr><td>2</td><td>SRV 6.15.1 Update Security Credentials</td><td>Passed</td><td>10:07:12</td></tr>
<tr><td>3</td><td>SRV 8.14.2 Communications Hub Status Update</td><td>Failed – see DEF-3108</td><td>10:15:59</td></tr></table>
<p>Response received with DUIS schema version 5.1; message type 0x0072; request id withheld per data security policy; counter 1001.</p>
<p>Completion report to follow (table 12). Issue thresholds per section 9.5: no Severity 1 or 2 open.</p>
</body></html>'''
open('scratch/lo.html','w').write(html)
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','scratch','scratch/lo.html'],check=True)
os.replace('scratch/lo.docx','base/lo.docx')
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
styles=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>'''
def p(t, style=None):
    s = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{s}<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
body = (p('Defect retest notes – DEF-4410','Heading1') + p('Retest of MHHS PUB-015 publication after fix in release 2.3.1. Run on 02/12/2026 at 14:05.')
 + p('Observed: IF-015 message accepted, D0150 reissued, MTC 845 and LLFC 210 unchanged; profile class 03.')
 + p('Status: Closed – verified by tester in DIP environment PP1. Next action: none.'))
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'''
with zipfile.ZipFile('base/minimal.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc)
    z.writestr('word/_rels/document.xml.rels',drels); z.writestr('word/styles.xml',styles)
