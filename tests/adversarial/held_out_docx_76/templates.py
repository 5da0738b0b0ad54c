import sys, io, json, zipfile, re, docx
sys.argv = ['x']
src = open('/tmp/ho45/docx/gen/make.py').read()
src = src[:src.index('items = []; truth = []')]
exec(src)
import random as _r; _r.seed(9911)
os.makedirs(f'{ROOT}/templates', exist_ok=True)
d = docx.Document(); d.save(f'{ROOT}/base/tpl_blank.docx')
# pack with body emptied
z = zipfile.ZipFile(f'{ROOT}/base/attest_pack.docx'); parts = {n: z.read(n) for n in z.namelist()}
doc = etree.fromstring(parts['word/document.xml']); body = doc.find(f'{{{W}}}body')
for el in list(body):
    if etree.QName(el).localname != 'sectPr': body.remove(el)
parts['word/document.xml'] = etree.tostring(doc, xml_declaration=True, encoding='UTF-8', standalone=True)
with zipfile.ZipFile(f'{ROOT}/base/tpl_from_pack.docx', 'w', zipfile.ZIP_DEFLATED) as zo:
    for n, b in parts.items(): zo.writestr(n, b)
TT = []
def tpl(name, base, kind, fn):
    pk = Pkg(base); v = uniq(GEN[kind]); how = fn(pk, v)
    pk.save(f'{ROOT}/templates/{name}.docx'); TT.append(dict(file=f'templates/{name}.docx', base=base, kind=kind, value=v, how=how))
def hdr_watermark(pk, v):
    rid = pk.add_hf('header', f'<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:100pt;rotation:315;z-index:-1;mso-position-horizontal:center;mso-position-vertical:center" fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{esc(v)}"/></v:shape></w:pict></w:r></w:p>', 'header91')
    pk.sectpr().insert(0, etree.fromstring(f'<w:headerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'VML watermark textpath in header'
def hdr_text(pk, v):
    rid = pk.add_hf('header', P('Prepared for ' + v), 'header92')
    pk.sectpr().insert(0, etree.fromstring(f'<w:headerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'plain header paragraph'
def ftr_table(pk, v):
    rid = pk.add_hf('footer', f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:p>{run("Site")}</w:p></w:tc><w:tc><w:p>{run(v)}</w:p></w:tc></w:tr></w:tbl><w:p/>', 'footer93')
    pk.sectpr().insert(0, etree.fromstring(f'<w:footerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'table in default footer'
def first_footer(pk, v):
    rid = pk.add_hf('footer', P('Contact ' + v), 'footer94')
    sp = pk.sectpr(); sp.insert(0, etree.fromstring(f'<w:footerReference {NSDECL} w:type="first" r:id="{rid}"/>')); sp.append(etree.fromstring(f'<w:titlePg {NSDECL}/>')); return 'first-page footer'
def hdr_sdt(pk, v):
    rid = pk.add_hf('header', f'<w:sdt><w:sdtPr><w:alias w:val="{esc(v)}"/><w:tag w:val="site"/></w:sdtPr><w:sdtContent><w:p>{run("Site block")}</w:p></w:sdtContent></w:sdt>', 'header95')
    pk.sectpr().insert(0, etree.fromstring(f'<w:headerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'content control alias in header'
def hdr_image(pk, v):
    f = ImageFont.truetype(FONT, 30); im = Image.new('RGB', (700, 60), 'white'); ImageDraw.Draw(im).text((10, 12), v, font=f, fill='black')
    b = io.BytesIO(); im.save(b, 'PNG'); irid = pk.add_image(b.getvalue(), 'logo91')
    pk.rels = pk.rels  # header image rel must be on header part
    hp = 'word/header96.xml'
    pk.add_part(hp, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NSDECL}>{para(inline_pic("rIdH1", (350, 30), 501))}</w:hdr>', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    pk.add_part('word/_rels/header96.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo91.png"/></Relationships>')
    rid = pk.add_rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/header', 'header96.xml')
    pk.sectpr().insert(0, etree.fromstring(f'<w:headerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'header picture pixels'
def style_name(pk, v):
    s = pk.parts['word/styles.xml'].decode()
    s = s.replace('</w:styles>', f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="SiteStyle"><w:name w:val="Site {esc(v)}"/><w:aliases w:val="{esc(v)}"/><w:basedOn w:val="Normal"/></w:style></w:styles>')
    pk.parts['word/styles.xml'] = s.encode(); return 'style name and aliases'
def docvars(pk, v):
    s = pk.parts['word/settings.xml'].decode()
    s = re.sub(r'(<w:settings[^>]*>)', r'\1' + f'<w:docVars><w:docVar w:name="SiteRef" w:val="{esc(v)}"/></w:docVars>', s, 1)
    pk.parts['word/settings.xml'] = s.encode(); return 'docVars (placed first in settings)'
def body_text(pk, v):
    pk.append_body(P('Template note: site ' + v)); return 'template body paragraph'
def core_kw(pk, v):
    pk.set_core({'cp:keywords': v, 'dc:subject': 'Evidence template'}); return 'core keywords'
def sep_uni_hdr(pk, v):
    rid = pk.add_hf('header', P('Prepared for ' + UNI['U01_doublestruck_digits_bold_letters'](v)), 'header97')
    pk.sectpr().insert(0, etree.fromstring(f'<w:headerReference {NSDECL} w:type="default" r:id="{rid}"/>')); return 'header text with double-struck digits'
for i, (fn, kind) in enumerate([(hdr_watermark, 'mpan'), (hdr_text, 'name'), (ftr_table, 'serial'), (first_footer, 'phone'), (hdr_sdt, 'eui'), (hdr_image, 'mprn'),
                                (style_name, 'postcode'), (docvars, 'mpan'), (body_text, 'email'), (core_kw, 'mpan'), (sep_uni_hdr, 'mpan')]):
    for base in ('tpl_blank', 'tpl_from_pack'):
        tpl(f't{i+1:02d}_{fn.__name__}_{kind}_{base}', base, kind, fn)
json.dump(TT, open(f'{ROOT}/templates_truth.json', 'w'), ensure_ascii=False, indent=1)
print(len(TT))
