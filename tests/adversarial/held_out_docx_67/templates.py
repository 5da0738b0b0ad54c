import sys, json, os, re, random
sys.argv = ['x']
src = open('gen/gen.py').read().split('# ---------- build ----------')[0]
src = src.replace("OUT = 'corpus'", "OUT = 'templates'")
g = {}; exec(compile(src, 'gen_helpers', 'exec'), g)
G = type('G', (), g)
G.R.seed(9041); os.makedirs('templates', exist_ok=True)
tt = []
def hdr(f, body):
    hp = 'word/header77.xml'
    f[hp] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{G.W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{G.NS["r"]}">{body}</w:hdr>'.encode()
    G.add_ct(f, hp, 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml')
    rid = G.add_rel(f, 'word/document.xml', 'header', 'header77.xml')
    s = G.doc(f); i = s.rfind('<w:sectPr'); j = s.find('>', i) + 1
    G.setdoc(f, G.ensure_ns(s[:j] + f'<w:headerReference w:type="default" r:id="{rid}"/>' + s[j:], 'r'))
def t_watermark(f, v): hdr(f, f'<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="position:absolute;width:400pt;height:80pt;rotation:315;z-index:-251654144;mso-position-horizontal:center;mso-position-vertical:center" fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{G.esc(v)}"/></v:shape></w:pict></w:r></w:p>')
def t_footer_text(f, v): hdr(f, G.P('Site ' + v + ' - evidence pack'))
def t_docvar(f, v):
    s = f['word/settings.xml'].decode(); s = s.replace('</w:settings>', f'<w:docVars><w:docVar w:name="SiteContact" w:val="{G.esc(v)}"/></w:docVars></w:settings>'); f['word/settings.xml'] = s.encode()
def t_style_alias(f, v):
    s = f['word/styles.xml'].decode(); s = s.replace('</w:styles>', f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="SiteNote"><w:name w:val="Site note"/><w:aliases w:val="{G.esc(v)}"/><w:basedOn w:val="Normal"/></w:style></w:styles>'); f['word/styles.xml'] = s.encode()
def t_sdt_tag(f, v): G.ins_body(f, f'<w:sdt><w:sdtPr><w:alias w:val="Contact"/><w:tag w:val="{G.esc(v)}"/><w:id w:val="4711"/></w:sdtPr><w:sdtContent>{G.P("Contact: see register")}</w:sdtContent></w:sdt>')
def t_body_image(f, v):
    rid = G.add_image(f, G.png_text(v), 'tplimg1.png'); G.ins_body(f, G.para(G.inline_pic(rid, descr='logo')), G.PIC_NS)
def t_glossary(f, v): G.ensure_glossary(f, f'<w:docPart><w:docPartPr><w:name w:val="Site block"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category></w:docPartPr><w:docPartBody>{G.P("Meter serial " + v)}</w:docPartBody></w:docPart>')
def t_caption(f, v):
    s = f['word/settings.xml'].decode(); s = s.replace('</w:settings>', f'<w:captions><w:caption w:name="{G.esc(v)}" w:pos="below"/></w:captions></w:settings>'); f['word/settings.xml'] = s.encode()
def t_core(f, v):
    s = f['docProps/core.xml'].decode(); s = re.sub(r'<cp:lastModifiedBy>.*?</cp:lastModifiedBy>|<cp:lastModifiedBy/>', '', s); s = s.replace('</cp:coreProperties>', f'<cp:lastModifiedBy>{G.esc(v)}</cp:lastModifiedBy></cp:coreProperties>'); f['docProps/core.xml'] = s.encode()
def t_fldData(f, v): G.T['fldData_base64'][0](f, v, 'mpan')
for i, (fn, kind) in enumerate([(t_watermark,'mpan'),(t_footer_text,'postcode'),(t_docvar,'name'),(t_style_alias,'postcode'),(t_sdt_tag,'phone'),(t_body_image,'email'),(t_glossary,'serial'),(t_caption,'mprn'),(t_core,'name'),(t_fldData,'eui')]):
    v = G.GEN[kind](); f = G.load('base/pack_demo.docx'); fn(f, v)
    out = f'templates/T{i+1:02d}_{fn.__name__}_{kind}.docx'; G.save(f, out)
    tt.append(dict(file=out, technique=fn.__name__, kind=kind, value=v))
json.dump(tt, open('templates_truth.json', 'w'), indent=1, ensure_ascii=False)
print(len(tt))
