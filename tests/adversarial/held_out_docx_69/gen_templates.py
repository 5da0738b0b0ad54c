import sys; sys.path.insert(0,'/tmp/ho42/docx/gen')
from tech import *
import ids, json, os, shutil, re
OUT='/tmp/ho42/docx/corpus/templates'; shutil.rmtree(OUT,ignore_errors=True); os.makedirs(OUT)
ids.R.seed(777)
truth=[]
def fresh(k): return ids.GEN[k]()
def save(p,name,k,v,where):
    p.save(OUT+'/'+name); truth.append(dict(file='templates/'+name,kind=k,value=v,where=where,expect='pack must not carry it'))
for b,bf in [('A','A_attest_pack.docx'),('B','B_python_docx.docx')]:
    v=fresh('MPAN'); p=Pkg(BASEDIR+'/'+bf)
    p.add_header(f'<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-1;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{v}"/></v:shape></w:pict></w:r></w:p>')
    save(p,f'T_{b}_watermark_mpan.docx','MPAN',v,'header VML watermark textpath')
    v=fresh('name'); p=Pkg(BASEDIR+'/'+bf); T['watermark_picture_header']['f'](p,'name',v); save(p,f'T_{b}_picture_watermark_name.docx','name',v,'header picture watermark (pixels)')
    v=fresh('email'); p=Pkg(BASEDIR+'/'+bf)
    p.add_header(f'<w:p><w:sdt><w:sdtPr><w:alias w:val="Owner"/><w:tag w:val="{v}"/></w:sdtPr><w:sdtContent>{R("Owner")}</w:sdtContent></w:sdt></w:p>',typ='default')
    save(p,f'T_{b}_header_sdt_tag_email.docx','email',v,'header content control w:tag')
    v=fresh('name'); p=Pkg(BASEDIR+'/'+bf); p.settings_insert_first(f'<w:docVars><w:docVar w:name="Preparer" w:val="{esc(v)}"/></w:docVars>') if False else None
    s=p.get('word/settings.xml'); s=s.replace('</w:settings>',f'<w:docVars><w:docVar w:name="Preparer" w:val="{esc(v)}"/></w:docVars></w:settings>'); p.put('word/settings.xml',s)
    save(p,f'T_{b}_docvar_name.docx','name',v,'settings docVars (appended at end of settings)')
    v=fresh('EUI64'); p=Pkg(BASEDIR+'/'+bf); s=p.get('word/styles.xml'); s=s.replace('</w:styles>',f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="HubX"><w:name w:val="Hub {v}"/><w:aliases w:val="CHF {v}"/><w:basedOn w:val="Normal"/></w:style></w:styles>'); p.put('word/styles.xml',s)
    save(p,f'T_{b}_style_name_eui.docx','EUI64',v,'styles.xml custom style name/alias')
    v=fresh('postcode'); p=Pkg(BASEDIR+'/'+bf); im=val_img('postcode',v); img_para(p,png_bytes(im),'png','image/png',*im.size); save(p,f'T_{b}_body_image_postcode.docx','postcode',v,'body picture (pixels) in template body')
    v=fresh('email'); p=Pkg(BASEDIR+'/'+bf); rid=p.add_rel(p.docpart,'hyperlink','mailto:'+v,external=True); p.add_body(P(f'<w:hyperlink r:id="{rid}">{R("Contact the owner")}</w:hyperlink>')); save(p,f'T_{b}_body_link_email.docx','email',v,'body hyperlink target mailto')
    v=fresh('phone'); p=Pkg(BASEDIR+'/'+bf); T['first_header_frame_titlepg']['f'](p,'phone',v); save(p,f'T_{b}_first_header_frame_phone.docx','phone',v,'first-page header frame text')
    v=fresh('serial'); p=Pkg(BASEDIR+'/'+bf); p.add_header(P(R('Meter serial: '+v)),kind='ftr'); save(p,f'T_{b}_footer_serial.docx','serial',v,'footer text')
    v=fresh('name'); p=Pkg(BASEDIR+'/'+bf); T['attached_template_unc']['f'](p,'name',v); save(p,f'T_{b}_attached_template_name.docx','name',v,'settings attachedTemplate UNC path')
    v=fresh('MPRN'); p=Pkg(BASEDIR+'/'+bf); T['databinding_customxml']['f'](p,'MPRN',v); save(p,f'T_{b}_databinding_mprn.docx','MPRN',v,'customXml item + bound content control')
    v=fresh('name'); p=Pkg(BASEDIR+'/'+bf); s=p.get('docProps/core.xml') if 'docProps/core.xml' in p.parts else None
    if s:
        s=re.sub(r'<dc:creator>.*?</dc:creator>','',s); s=s.replace('</cp:coreProperties>',f'<dc:creator>{esc(v)}</dc:creator></cp:coreProperties>'); p.put('docProps/core.xml',s)
        save(p,f'T_{b}_core_creator_name.docx','name',v,'docProps/core.xml dc:creator')
json.dump(truth,open('/tmp/ho42/docx/truth_templates.json','w'),indent=1); print('templates',len(truth))
