import sys; sys.path.insert(0,'/tmp/ho33/docx/gen')
from tech import *
import tech, json, traceback
truth={'altered':[],'controls':[]}
BL=['B1','B2','B3']
for i,(name,kinds,fn,vis) in enumerate(T):
    ks=[('mpan' if 'mpan' in kinds else kinds[0])]
    others=[x for x in kinds if x!=ks[0]]
    ks.append(R.choice(others) if others else ks[0])
    for j,kind in enumerate(ks):
        b=BL[(i+j)%3] if not (i%7==0 and j==1) else 'B4'
        p=Pkg(BASES[b]); v=ident(kind)
        try: where=fn(p,v,kind)
        except Exception as e: traceback.print_exc(); print('FAIL',name,kind); continue
        if where is None: continue
        fname=f'a{len(truth["altered"])+1:03d}_{name}_{kind}_{b}.docx'; p.save(f'{OUT}/altered/{fname}')
        truth['altered'].append(dict(file='altered/'+fname,base=b,base_file=BASES[b].split('/')[-1],technique=name,kind=kind,secret=v,where=where,visibility_claim=vis,label=LABEL[kind]))
# ---------- controls ----------
C=[]
def c(name):
    def d(fn): C.append((name,fn)); return fn
    return d
@c('unchanged')
def _(p): return 'base copy, no change'
@c('keeps_paragraph')
def _(p): p.body(para('IF-031 accepted 2026-11-03T10:42:17Z, correlationId 7d1e4c2a-93b0-4f5e-a8c6-2b9d0e1f3a47, DIP message id DIP-MSG-20261103-000981; D0010 v2.3 reading 004512.7 kWh register 01; MTC 801; LLFC 100; amount £87.40.')); return 'keeps in a body paragraph'
@c('keeps_split_runs')
def _(p): p.body(P(Rn('Correlation ')+''.join(Rn(x,'<w:b/>') for x in ['3f9c2b1e','-8d4a-','4e61-b2a7','-0c5d9e8f1a23'])+Rn(' at 2026-11-03 09:14:02'))); return 'GUID split across runs'
@c('comment_keep')
def _(p): comment(p,Rn('Retest after DIP fix, see ADO 40231 and SIT_COS_TC_02 v3.')); return 'comment with keeps'
@c('header_keep')
def _(p): header_part(p,para('SIT-A Evidence v1.2 – OFFICIAL – Release R2.1 build 4.17.3')); return 'header with keeps'
@c('watermark_draft')
def _(p): header_part(p,P('<w:r><w:pict><v:shape id="WM1" type="#_x0000_t136" style="position:absolute;width:468pt;height:117pt;rotation:315" fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT – SIT CYCLE 2"/></v:shape></w:pict></w:r>')); return 'watermark DRAFT'
@c('docvar_keep')
def _(p): settings_insert(p,'<w:docVars><w:docVar w:name="TestCaseRef" w:val="SIT_COS_TC_01"/><w:docVar w:name="Cycle" w:val="2"/></w:docVars>'); return 'docVars with keeps'
@c('custom_prop_keep')
def _(p): custom(p,'ADOTestPlan','40230'); return 'custom property keep'
@c('style_keep')
def _(p): style(p,'Evidence Heading 2',alias='EvH2'); return 'custom style name'
@c('numbering_keep')
def _(p): numbering(p,'Step %1.'); return 'numbering Step %1.'
@c('altchunk_keep')
def _(p): altchunk(p,b'<html><body><p>DUIS SRV 8.1 response I0 at 2026-10-21T14:33:08Z, request id [EUI64-1]:[EUI64-2]:1022</p></body></html>','html','text/html'); return 'altChunk HTML keeps'
@c('ole_keep')
def _(p): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('IF-031_request.json.txt',b'{"messageType":"IF-031","correlationId":"5b8e2d10-4c7f-4a93-9e21-6f0d3b7a8c54","mpan":"[MPAN-1]","timestamp":"2026-11-03T10:42:17Z"}')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00')]))); return 'OLE package with masked payload'
@c('png_text_keep')
def _(p): pi=PngImagePlugin.PngInfo(); pi.add_text('Software','Greenshot 1.2.10'); pi.add_text('Comment','SIT_COS_TC_01 step 2'); img_par(p,imgbytes(png_text('Registration screen'),'PNG',pnginfo=pi),'png','image/png'); return 'PNG tEXt keeps'
@c('png_icc_keep')
def _(p): img_par(p,imgbytes(png_text('Registration screen'),'PNG',icc_profile=icc('sRGB IEC61966-2.1')),'png','image/png'); return 'PNG with ordinary ICC'
@c('png_pixels_keep')
def _(p): img_par(p,imgbytes(png_text('IF-031 accepted 2026-11-03 10:42:17',(1000,120),36),'PNG'),'png','image/png'); return 'PNG pixels keeps'
@c('svg_keep')
def _(p): svg_par(p,'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><title>D0010 flow</title><text x="10" y="38" font-size="24">D0010 v2.3 <tspan>accepted</tspan></text></svg>'); return 'SVG keeps'
@c('gif_animated_clean')
def _(p):
    f1=png_text('Loading…').convert('P'); f2=png_text('Done – step 3 passed').convert('P'); b=io.BytesIO(); f1.save(b,'GIF',save_all=True,append_images=[f2],duration=[300,300],loop=0); img_par(p,b.getvalue(),'gif','image/gif'); return 'animated GIF without identifiers'
@c('jpeg_exif_keep')
def _(p): ex=Image.Exif(); ex[271]='Dell'; ex[272]='Latitude 5440'; ex[305]='Snipping Tool'; img_par(p,imgbytes(png_text('Registration screen'),'JPEG',exif=ex.tobytes()),'jpeg','image/jpeg'); return 'JPEG EXIF make/model'
@c('zip_comment_keep')
def _(p): p.zcomment=b'Generated for SIT cycle 2'; return 'zip comment keep'
@c('stored_entries')
def _(p): p.stored.update(p.names); return 'all entries stored uncompressed'
@c('epoch_ms_keep')
def _(p):
    n=1764845123450
    while True:
        d=[int(x) for x in str(n)]; 
        if sum(a*b for a,b in zip(d[:12],W))%11%10!=d[12] : break
        n+=1
    p.body(para(f'Harness log: ts_epoch_ms={n} status=ACK')); return f'13-digit epoch ms {n} (invalid MPAN check digit)'
@c('sbox_topline_only')
def _(p):
    cell=lambda x:f'<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/></w:tcPr>{para(x)}</w:tc>'
    p.body(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'+'<w:gridCol w:w="900"/>'*4+f'</w:tblGrid><w:tr>{cell("S")}{cell("01")}{cell("801")}{cell("100")}</w:tr><w:tr>{cell("")}{cell("[MPAN-1]")}{cell("")}{cell("")}</w:tr></w:tbl>'+para('')); return 'S box top line only (PC/MTC/LLFC), core masked'
@c('fields_keep')
def _(p): p.body(P(Rn('Page ')+'<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'+Rn(' printed ')+'<w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; "><w:r><w:t>2026-12-04</w:t></w:r></w:fldSimple>')); return 'PAGE and DATE fields'
@c('hyperlink_keep')
def _(p): rid=p.rel('word/document.xml','hyperlink','https://www.mhhsprogramme.co.uk/testing',external=True); p.body(P(f'<w:hyperlink xmlns:r="{NS["r"]}" r:id="{rid}">'+Rn('MHHS testing page')+'</w:hyperlink>')); return 'benign hyperlink'
@c('footnote_keep')
def _(p): notes(p,'footnote',Rn(' See SEC Release Testing Approach, sections 9.4 and 9.5.')); return 'footnote keep'
@c('textbox_keep')
def _(p): tech.T[[x[0] for x in tech.T].index('textbox_vml')][2].__globals__  ; p.body(P(f'<w:r><w:pict {X("v","o")}><v:shape id="vtbk" type="#_x0000_t202" style="width:300pt;height:28pt"><v:textbox><w:txbxContent>{para("Witness: DCC Test Assurance, session 2026-10-28")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')); return 'VML text box keep'
@c('sdt_keep')
def _(p): p.body(f'<w:sdt><w:sdtPr><w:alias w:val="Test case"/><w:tag w:val="tc_ref"/><w:id w:val="424242"/><w:dropDownList><w:listItem w:displayText="SIT_SM_TC_101" w:value="101"/><w:listItem w:displayText="SIT_SM_TC_102" w:value="102"/></w:dropDownList></w:sdtPr><w:sdtContent>{para("SIT_SM_TC_101")}</w:sdtContent></w:sdt>'); return 'content control keeps'
@c('formfield_keep')
def _(p): p.body(P('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Result"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="Passed"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'+Rn('Passed')+'<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'form field default Passed'
@c('core_title_keep')
def _(p): core(p,'title','SIT_COS_TC_01 evidence, cycle 2'); core(p,'keywords','MHHS; SIT; IF-031; D0010'); return 'core title/keywords keeps'
@c('chart_keep')
def _(p): chart(p,'Reads by register (kWh)','Register 01'); return 'chart keeps'
@c('xlsx_keep')
def _(p):
    import openpyxl; wb=openpyxl.Workbook(); ws=wb.active; ws.append(['Step','Flow','Result']); ws.append([1,'D0055','Passed']); ws.append([2,'IF-031','Passed']); b=io.BytesIO(); wb.save(b)
    p.body(add_ole(p,b.getvalue(),progid='Excel.Sheet.12',target_name='Microsoft_Excel_Worksheet_keep.xlsx',ct='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')); return 'embedded xlsx keeps'
@c('sym_year')
def _(p): p.body(P(Rn('Cycle year ')+''.join(f'<w:r><w:sym w:font="Arial" w:char="{0x30+int(ch):04X}"/></w:r>' for ch in '2026'))); return 'w:sym digits 2026'
@c('eui_masked_and_devices')
def _(p): p.body(para('Device type ESME, SMETS2 CHTS v1.2, firmware 4.2.1-b37, SRV 8.1, DUIS 5.1, GBCS 4.0, Commands 17 sent, 0 failed.')); return 'device keeps without ids'
@c('phone_like_keep')
def _(p): p.body(para('Build 07.70.0900 released; ticket INC0790012; timer 01:63:29.60 (not a phone).')); return 'number patterns that are not phones'
CB=['B1','B2','B3','B4']
for i,(name,fn) in enumerate(C):
    bs=CB if name=='unchanged' else [CB[i%3]]
    for b in bs:
        p=Pkg(BASES[b]); where=fn(p); fname=f'c{len(truth["controls"])+1:03d}_{name}_{b}.docx'; p.save(f'{OUT}/controls/{fname}')
        truth['controls'].append(dict(file='controls/'+fname,base=b,base_file=BASES[b].split('/')[-1],alteration=name,where=where))
json.dump(truth,open(f'{OUT}/truth_raw.json','w'),indent=1)
print(len(truth['altered']),len(truth['controls']))
