# Builds base documents B2 (python-docx) and B3 (python-docx -> LibreOffice round trip). B1/B1b are Attest packs.
import docx, subprocess, shutil, os
from docx.shared import Pt
OUT='/tmp/ho33/docx/base'
def b2():
    d=docx.Document()
    d.core_properties.title='SIT CoS evidence'; d.core_properties.author='SIT Test Team'
    d.add_heading('SIT_COS_TC_01 – Change of supplier gain, smart single-rate',0)
    d.add_paragraph('Programme: MHHS SIT Functional. Environment: SIT-A. Test plan: ADO 40230 / suite 40231.')
    t=d.add_table(rows=1,cols=4); t.style='Table Grid'
    for c,h in zip(t.rows[0].cells,['Step','Flow / message','Result','Recorded (UTC)']): c.text=h
    rows=[('1','D0055 Registration of Supplier to SMS sent','Passed','2026-11-03 09:12:44'),
          ('2','IF-031 to DIP, correlationId 3f9c2b1e-8d4a-4e61-b2a7-0c5d9e8f1a23','Passed','2026-11-03 09:14:02'),
          ('3','DIP message id DIP-MSG-20261103-000417 ACK received','Passed','2026-11-03 09:14:09'),
          ('4','D0010 reading 012345.6 kWh register 01, MTC 801, LLFC 100','Passed','2026-11-03 09:30:51'),
          ('5','SRV 8.1 Update Security Credentials via DUIS, request id 90-B3-D5-1F-30-01-00-00:4F2A','Failed','2026-11-03 10:02:17')]
    for r in rows:
        cs=t.add_row().cells
        for c,v in zip(cs,r): c.text=v
    d.add_heading('Observations',1)
    d.add_paragraph('Supply point [MPAN-1] (masked) moved to the gaining supplier on SSD 2026-11-17. Amount billed £1,234.56 for 2,310 kWh.')
    d.add_paragraph('Defect ADO 40277 raised, severity S2 / priority P2, linked to test case SIT_COS_TC_01 v3.', style='List Bullet')
    d.add_paragraph('Retest scheduled for cycle 2 (release R2.1, build 4.17.3).', style='List Bullet')
    d.add_paragraph('Signed off by: SIT Test Lead, 2026-11-04.')
    d.save(f'{OUT}/pydocx_cos_evidence.docx')
def b3():
    d=docx.Document()
    d.add_heading('DCC SIT witness record – SRV 1.1.1 Update Import Tariff (Primary Element)',1)
    d.add_paragraph('Test phase: SIT (Systems Integration Testing). Witness: DCC Test Assurance. Release: November 2022 SEC Release.')
    t=d.add_table(rows=1,cols=3); t.style='Table Grid'
    for c,h in zip(t.rows[0].cells,['Item','Value','Note']): c.text=h
    for r in [('Service request','SRV 1.1.1','DUIS 5.1 schema'),('Request id','[EUI64-1]:[EUI64-2]:1022','masked device ids'),
              ('Response code','I0 – success','received 2026-10-21T14:33:08Z'),('Test case','SIT-SRV-111-TC04','version 2.0'),
              ('Issue threshold','Sev 1: 0 open; Sev 2: 0 open','section 9.5')]:
        cs=t.add_row().cells
        for c,v in zip(cs,r): c.text=v
    d.add_paragraph('Outcome: Passed. Evidence pack reference EVP-2026-1021-04. GUID 0b7e9d2c-5a14-4f3e-9c61-7d2a8e4b1f90.')
    d.add_paragraph('Next witness session: 2026-10-28 10:00 (Teams).')
    src='/tmp/ho33/docx/scratch/lo_src.docx'; d.save(src)
    od='/tmp/ho33/docx/scratch/lo_out'; os.makedirs(od,exist_ok=True)
    # round trip through LibreOffice Writer so the package is written by LibreOffice
    subprocess.run(['soffice','--headless','-env:UserInstallation=file:///tmp/ho33/docx/scratch/lo_profile','--convert-to','docx:MS Word 2007 XML','--outdir',od,src],check=True,capture_output=True)
    shutil.copy(f'{od}/lo_src.docx',f'{OUT}/libreoffice_srv_witness.docx')
b2(); b3()
