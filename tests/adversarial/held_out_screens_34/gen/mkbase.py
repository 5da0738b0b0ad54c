import docx, os
from docx.shared import Pt
B='/tmp/ho32/docx/base/'
d=docx.Document()
d.core_properties.title='Test evidence'; d.core_properties.author='QA Team'
d.add_heading('Qualification test evidence – IF-021 registration',0)
d.add_paragraph('Test case FM_TS_1_TC_02, step 3. The test data reference MPAN001 was used throughout.')
d.add_paragraph('Result: the registration message was accepted by the data service and a response returned within 2 seconds.')
t=d.add_table(rows=3,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Step','Expected'),('1','Message accepted'),('2','Response within SLA')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph('Observations are recorded below.')
d.sections[0].header.paragraphs[0].text='MHHS Qualification Testing – evidence'
d.sections[0].footer.paragraphs[0].text='Classification: programme internal'
d.save(B+'pydocx_base.docx')
d2=docx.Document(); d2.add_paragraph('Witness session notes'); d2.add_paragraph('Run started 2026-11-30 10:02 UTC by the tester; witness present.')
d2.save(B+'pydocx_min.docx')
html='''<html><head><meta charset="utf-8"><title>Evidence</title></head><body><h1>Evidence of test execution</h1>
<p>Case DIP_TS_04_TC_11 was executed in SIT-A. Data reference MPAN007.</p>
<table border="1"><tr><th>Step</th><th>Outcome</th></tr><tr><td>1</td><td>Pass</td></tr><tr><td>2</td><td>Pass</td></tr></table>
<p>End of notes.</p></body></html>'''
open('/tmp/ho32/work/lo_src.html','w').write(html)
