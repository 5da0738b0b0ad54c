import docx, subprocess, os
from docx.shared import Pt
d = docx.Document()
d.add_heading('SIT Cycle 3 – Change of Supplier evidence (SIT_COS_TC_02)', 0)
d.add_paragraph('Test case reference: SIT_COS_TC_02 v1.4. Environment: SIT-B. Tester: QA Team 2.')
d.add_paragraph('Step 1: Submit D0055 (Registration of Supplier to Specified Metering Point) via the DTN gateway. '
                'D0055 accepted at 2026-11-24 09:15:02Z; DIP message id DIP-MSG-7f3c2a91; correlation id '
                '3f2b8c1e-4d5a-4e8b-9c7d-1a2b3c4d5e6f.')
t = d.add_table(rows=4, cols=4)
t.style = 'Table Grid'
rows = [('Step','Flow','Result','Evidence'),('1','D0055','Passed','Screenshot 1'),('2','D0217','Passed','Payload 2'),('3','IF-031','Passed','Tracker 3')]
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text = c
d.add_paragraph('Register reading 0001234.5 kWh at 2026-11-25 00:00 (register id R1, MTC 801, LLFC 100 in isolation). Amount £42.17.')
d.add_paragraph('Observation: the DIP Message Tracker showed the PUB-004 publication within 3 minutes. No defect raised.')
d.save('base/pydocx_report.docx')
html = '''<html><head><meta charset="utf-8"><title>UIT evidence</title></head><body>
<h1>UIT Smart Metering – SRV 8.1 Change of Supplier witness notes</h1>
<p>Test case: UIT_SMETS2_TC_045 (version 2). Witness: DCC Test Assurance. Run 7.</p>
<p>Service request SRV 8.1 submitted via DUIS; response code I0; correlation id 6d1e4b2a-9c3f-4a7e-8b10-5f2d3c4e6a7b.</p>
<table border="1"><tr><th>Step</th><th>Message</th><th>Outcome</th></tr>
<tr><td>1</td><td>SRV 8.1.1</td><td>Passed</td></tr><tr><td>2</td><td>SRV 4.1.1 read</td><td>Passed</td></tr></table>
<p>Readings: 00412.7 kWh (import register). Timestamps 2026-11-26T10:01:44Z to 2026-11-26T10:03:09Z.</p>
<p>Conclusion: Passed with one observation (OBS-12).</p></body></html>'''
os.makedirs('scratch/lo', exist_ok=True)
open('scratch/lo/lo_notes.html','w').write(html)
subprocess.run(['soffice','--headless','--convert-to','docx:MS Word 2007 XML','--outdir','base','scratch/lo/lo_notes.html'],check=True)
