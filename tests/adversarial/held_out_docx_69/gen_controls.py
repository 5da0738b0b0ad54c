import sys; sys.path.insert(0,'/tmp/ho42/docx/gen')
from tech import *
import ids, json, os, shutil
OUT='/tmp/ho42/docx/corpus/controls'; shutil.rmtree(OUT,ignore_errors=True); os.makedirs(OUT)
ids.LABEL['CTRL']='Reference'
_og=ids.groups
def groups(k,v): return v.split(' ') if k=='CTRL' else _og(k,v)
ids.groups=groups
import tech as TM
TM.G=lambda k,v: groups(k,v)
BASES={'A':'A_attest_pack.docx','B':'B_python_docx.docx','C':'C_libreoffice.docx','D':'D_minimal.docx'}
C=[('tab_between_groups','IF-031 D0055 001','B'),('one_char_per_cell','2026-11-24','C'),('sup_sub_alternate','MPAN-REF-07','A'),
('png_pixels_screenshot','IF-031 ACCEPTED 202','D'),('png_ztxt','Software: Attest 0.1.0','D'),('jpeg_com_segment','CREATOR: gd-jpeg v1.0 quality = 90','D'),
('svg_textpath','DIP-MSG-000184467','D'),('emf_exttextoutw','RUN-2026-1184','D'),('wmf_textout','SIT_COS_TC_07 v3','D'),('chart_series_name','Reads 2026-11','A'),
('chart_embedded_workbook','TOTAL 1,234,567','B'),('watermark_picture_header','DRAFT','B'),('first_header_frame_titlepg','SEC Release Nov 2022 v1.0','A'),
('ffdata_helptext','Enter the MPAN reference (MPAN-REF-nn)','C'),('ffdata_dropdown_selected','MSN-REF-03','B'),('sdt_combobox_value_attr','SIT-B','A'),
('databinding_customxml','RUN-2026-1184','C'),('mailmerge_query','2026-11-24T09:15:02Z','A'),('customxml_schemaref_uri','contentType','B'),
('ole_xls_biff8','Total messages 1184','A'),('ole_doc_word97','Observation OBS-0042 closed','C'),('zip_holding_docx','Defect DEF-4471 retest passed','B'),
('gzip_csv_embedded','IF-031,202,ACCEPTED','D'),('altchunk_rtf_pict','PASS','A'),('altchunk_rtf_unicode_escapes','Correlation 3f9e2b10-77aa-4c1e-9d2e-5b3c0a9e1f44','B'),
('json_payload_embedded_utf16','7c4f0a52-1d39-4e0b-9f55-2e8a1d7b6c30','C'),('unicode_digits_arabic','2026-11-24 09:15','B'),
('textbox_rot90','IF-031 response time 1.8 s','C'),('overlap_interleave','2026-11-24 09:15','D'),('inkml_annotation','OK','B'),('tar_embedded','INFO harness started pid=48211','A'),
('wordart_char_shapes','D0055','B'),('line_break_groups','FM_TS_1_TC_01 step 3','A'),('rot180_pixels','Message Tracker','D'),('crop_value_outside','HTTP 202 Accepted','D')]
PROSE=['Audit head 77f4a88609ced184a0f9e543c3cca51ca0e8beb2cdde2ede6835f1e2470f86b8 (SHA-256).',
 'Build 3.0.12.4455; GBCS v4.0; SMETS2; DUIS 5.1; MMC 4.2; release R2.1.3.',
 'Settlement total £1,234,567.89 over 1,184 messages; 98.7 % within SLA; 4,096 reads.',
 'Standards: BS EN 62053-21, EN 50470-3, G99, P272, ISO 8601, SEC Section H14.4.',
 'Signed off by: Demo Tester (Tester), Test Manager, Release Manager – Smart Energy Code Panel.',
 'Batch 2026112409153 closed; DIP message DIP-0000123456780 acknowledged.',
 'Test laptop NIC 00-1B-44-11-3A-B7 (MAC-48, not a meter device).',
 'Cases SIT_SM_TC_101, SIT_SM_TC_102, ADO-40230 and COS_TS_2_TC_03 passed at 2026-11-24T09:15:02Z.']
truth=[]; n=0
def chk13(s):
    PR=[3,5,7,13,17,19,23,29,31,37,41,43]; return sum(int(d)*p for d,p in zip(s,PR))%11%10==int(s[12])
assert not chk13('2026112409153') and not chk13('0000123456780'), 'control 13-digit accidentally valid'
for tn,val,b in C:
    n+=1; p=Pkg(BASEDIR+'/'+BASES[b]); where,shown=T[tn]['f'](p,'CTRL',val); fid=f'K{n:03d}_{tn}_{b}.docx'; p.save(OUT+'/'+fid)
    truth.append(dict(file='controls/'+fid,base=b,technique=tn,kind='keep',value=val,shown=shown,where=where,expect='clean'))
for i,s in enumerate(PROSE):
    n+=1; b='ABCD'[i%4]; p=Pkg(BASEDIR+'/'+BASES[b]); p.add_body(P(R(s))); fid=f'K{n:03d}_prose_keep_{b}.docx'; p.save(OUT+'/'+fid)
    truth.append(dict(file='controls/'+fid,base=b,technique='prose_keep',kind='keep',value=s,shown=s,where='body paragraph',expect='clean'))
# clean signature line, vcard with national number, ODT renamed clean
n+=1; p=Pkg(BASEDIR+'/B_python_docx.docx'); p.add_body(P('<w:r><w:pict><v:shape id="SL1" style="width:192pt;height:96pt" type="#_x0000_t75"><o:signatureline v:ext="edit" id="{2A1B3C4D-1111-2222-3333-444455556667}" provid="{00000000-0000-0000-0000-000000000000}" o:suggestedsigner="Test Manager" o:suggestedsigner2="DCC witness" issignatureline="t"/></v:shape></w:pict></w:r>'))
fid=f'K{n:03d}_vml_signature_line_B.docx'; p.save(OUT+'/'+fid); truth.append(dict(file='controls/'+fid,base='B',technique='vml_signature_line',kind='keep',value='Test Manager',shown='Test Manager',where='VML signature line, role only',expect='clean'))
n+=1; p=Pkg(BASEDIR+'/A_attest_pack.docx'); d=p.parts['word/embeddings/oleObject1.bin']; i=d.find(b'"mpan": "[MPAN-1]"'); j=i+len(b'"mpan": "[MPAN-1]"'); new=b'"mpan": "MPAN-REF07"'[:j-i].ljust(j-i,b' ')
p.parts['word/embeddings/oleObject1.bin']=d[:i]+new+d[j:]; fid=f'K{n:03d}_ole_payload_inplace_edit_A.docx'; p.save(OUT+'/'+fid)
truth.append(dict(file='controls/'+fid,base='A',technique='ole_payload_inplace_edit',kind='keep',value=new.decode(),shown=new.decode(),where='OLE payload edited in place, MPAN reference only',expect='clean'))
n+=1; src=f'{WORK}/odtc.docx'; small_docx_with('Witness session SIT-B closed at 2026-12-01 10:40, 4 steps passed.',src); soffice_convert(src,'odt',WORK)
fid=f'K{n:03d}_odt_renamed_D.docx'; shutil.copy(src[:-4]+'odt',OUT+'/'+fid); truth.append(dict(file='controls/'+fid,base='D',technique='odt_renamed',kind='keep',value='SIT-B',shown='clean odt',where='ODT renamed .docx',expect='clean'))
for b,f in BASES.items():
    n+=1; fid=f'K{n:03d}_base_{b}.docx'; shutil.copy(BASEDIR+'/'+f,OUT+'/'+fid); truth.append(dict(file='controls/'+fid,base=b,technique='unaltered_base',kind='keep',value='',shown='',where='base document unaltered',expect='clean'))
json.dump(truth,open('/tmp/ho42/docx/truth_controls.json','w'),indent=1); print('controls',len(truth))
