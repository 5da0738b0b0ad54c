import docx, subprocess, os
from docx.shared import Pt
os.chdir('/tmp/ho35/docx/base')
d = docx.Document()
d.add_heading('SIT Cycle 3 – Change of Supplier evidence (COS_TS_2_TC_03)', 0)
d.add_paragraph('Prepared for MHHS Qualification Testing, release R2. Tester: QA Team B. Environment: SIT-A.')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Step', 'Action', 'Expected', 'Status']): c.text = h
rows = [('1', 'Send IF-031 to the DIP for MPAN reference MPAN004', 'Ack received within 5 min', 'Passed'),
        ('2', 'Check DIP Message Tracker for PUB-030', 'Message id DIP-7f3c91a2 shown as Delivered', 'Passed'),
        ('3', 'Confirm D0010 reading 045123 on register 1 (TOU)', 'Reading stored, status Accepted', 'Passed'),
        ('4', 'Raise SRV 8.1.1 via DUIS to the ESME', 'Response code I0, correlation 3b6e0c1d-5a2f-4c8e-9d71-0a6b2c4e8f13', 'Failed')]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
d.add_heading('Step 4 – Observations', 1)
d.add_paragraph('Defect 51234 raised in Azure DevOps (Sev 2, Priority 1). Retest planned for 2026-12-08 09:30 GMT. '
                'LLFC 100, MTC 801 and profile class 01 confirmed in isolation. Amount £123.45 credited.')
d.add_paragraph('Payload file: IF-031_request_20261204T101502Z.json (version 1.3.2).')
d.add_heading('Sign-off', 1)
d.add_paragraph('Test manager: approved, subject to defect 51234 retest.')
d.save('pydocx_base.docx')
html = '''<html><head><meta charset="utf-8"><title>UIT evidence</title></head><body>
<h1>UIT Smart Metering – SRV 6.15.1 evidence</h1>
<p>Test case SIT_SM_TC_101, run 2, environment UIT-2. Service request SRV 6.15.1 (Update Security Credentials) sent via DUIS 5.1.</p>
<table border="1"><tr><th>Field</th><th>Value</th></tr>
<tr><td>Request id</td><td>7d1e4c2a-8b0f-4f6e-a3d9-5c2b71e0f4a8</td></tr>
<tr><td>Response</td><td>Response code I0 at 2026-12-04 11:02:45</td></tr>
<tr><td>Register</td><td>Register 1 reading 003456.7 kWh</td></tr></table>
<p>ADO work item 40230 updated. Defect 51240 (Sev 3). Message type ECS17b acknowledged.</p>
<p>Pre-conditions met. Post-conditions met.</p>
</body></html>'''
open('lo_src.html', 'w').write(html)
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', '.', 'lo_src.html'], check=True)
os.rename('lo_src.docx', 'lo_base.docx')
