import io, os, shutil, base64
from pkg import P, R, xesc, NS
import media, gen
from PIL import Image
from PIL.PngImagePlugin import PngInfo
CONTROLS = []
def ctl(name, bases=('A',)):
    def d(f):
        for b in bases: CONTROLS.append((name, b, f))
        return f
    return d
K = dict(
 tc='FM_TS_1_TC_01', dip='DIP-7f3c91a2', guid='3b6e0c1d-5a2f-4c8e-9d71-0a6b2c4e8f13', ts='2026-12-04T10:15:02Z', flow='D0010', ifn='IF-031',
 srv='SRV 8.1.1', reading='045123', amount='£123.45', ado='ADO-40230', ver='1.3.2', llfc='LLFC 100', mtc='MTC 801', ref='MPAN004')
@ctl('unchanged_base', ('A', 'P', 'L'))
def c_unchanged(p, path): return []
@ctl('keeps_paragraph', ('A', 'P', 'L'))
def c_keeps(p, path):
    t = 'Retest of %s: %s sent %s at %s, correlation %s, %s acknowledged; %s reading %s on register 1; credit %s; %s; %s, %s in isolation; data ref %s.' % (K['tc'], K['ifn'], K['dip'], K['ts'], K['guid'], K['srv'], K['flow'], K['reading'], K['amount'], K['ado'], K['llfc'], K['mtc'], K['ref'])
    p.body_add(P(t)); return list(K.values())
@ctl('keeps_split_runs')
def c_split(p, path):
    p.body_add('<w:p>' + R('Timestamp 2026-12-') + R('04 10:15', '<w:b/>') + R(':02Z, DIP id ') + R('DIP-7f3c', '<w:i/>') + R('91a2') + '</w:p>'); return ['2026-12-04 10:15:02Z', 'DIP-7f3c91a2']
@ctl('keeps_header_footer', ('P',))
def c_hf(p, path):
    gen.add_hf(p, 'header', P('OFFICIAL – SIT Cycle 3 – COS_TS_2_TC_03 – v1.3.2')); gen.add_hf(p, 'footer', P('Page 1 – generated 2026-12-04 10:15 GMT')); return ['COS_TS_2_TC_03', 'v1.3.2']
@ctl('keeps_watermark', ('L',))
def c_wm(p, path):
    gen.add_hf(p, 'header', '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject2" type="#_x0000_t136" style="position:absolute;width:468pt;height:117pt;rotation:315" fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT – SIT"/></v:shape></w:pict></w:r></w:p>'); return ['DRAFT – SIT']
@ctl('keeps_comment', ('P',))
def c_comment(p, path):
    gen.add_comment(p, 'Retest after defect 51234 fixed; see IF-031 ack DIP-7f3c91a2.'); return ['51234', 'DIP-7f3c91a2']
@ctl('keeps_footnote', ('L',))
def c_fn(p, path):
    gen.add_notes(p, 'footnotes', 'Reading 045123 taken 2026-12-04 09:14 from register 1 (TOU).'); return ['045123']
@ctl('keeps_docvars_props', ('A',))
def c_docvars(p, path):
    p.settings_add('<w:docVars><w:docVar w:name="TestCase" w:val="FM_TS_1_TC_01"/><w:docVar w:name="Cycle" w:val="SIT-3"/></w:docVars>')
    gen.core_set(p, 'dc:title', 'FM_TS_1_TC_01 evidence pack v1.3.2'); gen.core_set(p, 'cp:keywords', 'MHHS; R2; IF-031; D0010'); return ['FM_TS_1_TC_01', 'SIT-3']
@ctl('keeps_field_results', ('P',))
def c_fields(p, path):
    p.body_add('<w:p>' + R('Printed ') + gen.cfield('DATE \\@ "yyyy-MM-dd HH:mm"', R('2026-12-04 10:15')) + R(', page ') + gen.cfield('PAGE', R('3')) + R(' of ') + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>'); return ['2026-12-04 10:15']
@ctl('keeps_table_readings', ('L',))
def c_table(p, path):
    tc = lambda t: '<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(t)
    rows = [('Register', 'Reading', 'Date'), ('1 (Day)', '045123', '2026-12-04'), ('2 (Night)', '012877', '2026-12-04'), ('MTC', '801', ''), ('LLFC', '100', '')]
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/></w:tblGrid>' + ''.join('<w:tr>' + ''.join(tc(c) for c in r) + '</w:tr>' for r in rows) + '</w:tbl>' + P('')); return ['045123', '012877']
@ctl('keeps_image_pixels', ('A', 'P'))
def c_img(p, path):
    gen.add_image(p, media.enc(media.text_img('DIP Message Tracker  IF-031  Accepted  2026-12-04 10:15:02', fs=24), 'PNG'), 'png', descr='Message tracker screenshot'); return ['IF-031', '2026-12-04 10:15:02']
@ctl('keeps_image_metadata', ('L',))
def c_imgmeta(p, path):
    ex = Image.Exif(); ex[0x010E] = 'SIT Cycle 3 screenshot FM_TS_1_TC_01 step 2'; ex[0x0110] = 'Surface Laptop 5'
    gen.add_image(p, media.enc(media.blank(), 'JPEG', exif=ex.tobytes(), icc_profile=media.icc_profile('sRGB IEC61966-2.1')), 'jpeg'); return ['FM_TS_1_TC_01']
@ctl('keeps_png_text_chunk', ('P',))
def c_pngtxt(p, path):
    pi = PngInfo(); pi.add_text('Software', 'Greenshot 1.3.2'); pi.add_text('Comment', 'Captured 2026-12-04 10:15:02 for ADO-40230')
    gen.add_image(p, media.enc(media.blank(), 'PNG', pnginfo=pi), 'png'); return ['ADO-40230']
@ctl('keeps_chart', ('A',))
def c_chart(p, path):
    gen.add_chart(p, gen.chart_xml(title='Half-hourly consumption 2026-12-04', cats=('00:00', '00:30', '01:00'), axis_title='Settlement period', sername='kWh (register 1)'), workbook=gen.xlsx_with('Register 1 reading 045123')); return ['045123']
@ctl('keeps_altchunk_html', ('P',))
def c_ac(p, path):
    gen.altchunk(p, 'html', '<html><body><p>PUB-030 delivered to <b>DIP-7f3c91a2</b> at 2026-12-04&nbsp;10:15:02Z, correlation 3b6e0c1d-5a2f-4c8e-9d71-0a6b2c4e8f13</p></body></html>'); return ['DIP-7f3c91a2']
@ctl('keeps_sdt', ('L',))
def c_sdt(p, path):
    p.body_add('<w:sdt><w:sdtPr><w:alias w:val="Test case reference"/><w:tag w:val="tc_ref"/><w:id w:val="2001"/><w:dropDownList><w:listItem w:displayText="Passed" w:value="P"/><w:listItem w:displayText="Failed" w:value="F"/></w:dropDownList></w:sdtPr><w:sdtContent><w:p>' + R('Passed') + '</w:p></w:sdtContent></w:sdt>'); return ['Test case reference']
@ctl('keeps_numbering_styles', ('A',))
def c_num(p, path):
    s = p.get('word/styles.xml').replace('</w:styles>', '<w:style w:type="paragraph" w:customStyle="1" w:styleId="EvidenceStep"><w:name w:val="Evidence Step"/><w:aliases w:val="Step,IF-031 step"/><w:basedOn w:val="Normal"/></w:style></w:styles>'); p.set('word/styles.xml', s)
    p.body_add('<w:p><w:pPr><w:pStyle w:val="EvidenceStep"/></w:pPr>' + R('Step 5: resend D0010 v1.3.2') + '</w:p>'); return ['Evidence Step']
@ctl('keeps_embedded_xlsx', ('P',))
def c_emb(p, path):
    gen.ole_object_package(p, gen.xlsx_with('Settlement period 17 reading 045123 kWh'), 'xlsx', 'Excel.Sheet.12', 'Readings.xlsx'); return ['045123']
@ctl('keeps_ole_package', ('A',))
def c_ole(p, path):
    gen.ole_native(p, 'IF-031_response.json', b'{"status":"Accepted","dipId":"DIP-7f3c91a2","ts":"2026-12-04T10:15:02Z"}', 'x'); return ['DIP-7f3c91a2']
@ctl('keeps_equation', ('P',))
def c_eq(p, path):
    p.body_add('<w:p><m:oMath><m:r><m:t>E=045123-044987=136 kWh</m:t></m:r></m:oMath></w:p>', ns=('m',)); return ['045123']
@ctl('keeps_hyperlink_ado', ('L',))
def c_link(p, path):
    rid = p.add_rel('word/document.xml', 'hyperlink', 'https://dev.azure.com/mhhs/Qualification/_workitems/edit/40230', external=True)
    p.body_add('<w:p><w:hyperlink r:id="%s" w:tooltip="ADO work item 40230">' % rid + R('ADO 40230') + '</w:hyperlink></w:p>'); return ['40230']
@ctl('keeps_emf', ('P',))
def c_emf(p, path):
    gen.add_image(p, media.emf_text('SRV 8.1.1 response I0 2026-12-04'), 'emf'); return ['SRV 8.1.1']
@ctl('keeps_svg', ('A',))
def c_svg(p, path):
    gen.add_image(p, b'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><text x="10" y="40" font-size="24">IF-031 <tspan>Accepted</tspan> 10:15:02</text></svg>', 'svg'); return ['IF-031']
@ctl('keeps_gif_animated', ('L',))
def c_gif(p, path):
    f1 = media.blank().convert('P'); f2 = media.text_img('Status: Passed', size=(600, 90), fs=18).convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[800, 800], loop=0)
    gen.add_image(p, b.getvalue(), 'gif'); return ['Passed']
@ctl('keeps_epoch_ms_log', ('P',))
def c_epoch(p, path):
    p.body_add(P('harness 2026-12-04T10:15:02.481Z DEBUG poll elapsed=4812ms attempts=3 build=20261204.7 version 1.3.2')); return ['20261204.7']
@ctl('keeps_tracked_changes', ('A',))
def c_tracked(p, path):
    p.body_add('<w:p>' + R('Status: ') + '<w:del w:id="991" w:author="QA Team B" w:date="2026-12-04T10:00:00Z"><w:r><w:delText>Failed</w:delText></w:r></w:del><w:ins w:id="992" w:author="QA Team B" w:date="2026-12-04T10:00:00Z">' + R('Passed after retest (defect 51234)') + '</w:ins></w:p>'); return ['51234']
@ctl('keeps_textbox', ('P',))
def c_tb(p, path):
    p.body_add(gen.anchor_shape(P('Note: message DIP-7f3c91a2 resent at 10:15')), ns=('wp', 'a', 'wps', 'mc', 'v')); return ['DIP-7f3c91a2']
@ctl('keeps_flat_opc', ('P',))
def c_flat(p, path):
    p.body_add(P('Flat OPC export of COS_TS_2_TC_03, v1.3.2')); gen.to_flat(p, path[:-5] + '.xml'); return ['COS_TS_2_TC_03']
@ctl('keeps_thumbnail', ('L',))
def c_thumb(p, path):
    p.set('docProps/thumbnail.jpeg', media.enc(media.text_img('UIT Smart Metering evidence', size=(700, 100)), 'JPEG')); p.ct_default('jpeg')
    p.add_rel('', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg'); return []
@ctl('keeps_bullets_lo', ('X',))
def c_bullets(p, path):
    shutil.copy('/tmp/ho35/docx/base/lo_bullets_base.docx', path); return ['(LibreOffice bullet list; flagged pre-freeze as DEVICE, see PREFREEZE_NOTES.md)']
@ctl('keeps_word_bullets', ('P',))
def c_wbul(p, path):
    gen.numbering_lvltext.__wrapped__ if False else None
    name = 'word/numbering.xml'
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s"></w:numbering>' % NS['w'])
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'); p.add_rel('word/document.xml', 'numbering', 'numbering.xml')
    s = p.get(name)
    lvl = '<w:abstractNum w:abstractNumId="87"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    i = s.find('<w:num '); i = i if i >= 0 else s.rfind('</w:numbering>')
    s = s[:i] + lvl + s[i:]; s = s.replace('</w:numbering>', '<w:num w:numId="87"><w:abstractNumId w:val="87"/></w:num></w:numbering>'); p.set(name, s)
    p.body_add('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="87"/></w:numPr></w:pPr>' + R('Pre-conditions met') + '</w:p>'); return ['Word default Symbol bullet U+F0B7']
