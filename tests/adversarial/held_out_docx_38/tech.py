from alter import *
T=[]  # (name, kinds, fn, visibility, note)
def t(name,kinds,vis):
    def d(fn): T.append((name,kinds,fn,vis)); return fn
    return d
NUM=['mpan','mprn']; ALLK=['mpan','mprn','eserial','gserial','eui64','phone','email','address']; IDK=['mpan','mprn','eserial','gserial','eui64']
def lab(k,v): return f'{LABEL[k]}: {v}'
# ---- body runs / sliding window ----
@t('run_plain',ALLK,'render')
def _(p,v,k): p.body(para('Observation: '+lab(k,v)+' confirmed on registration screen.')); return 'document.xml plain run'
@t('runs_per_char',ALLK,'render')
def _(p,v,k): p.body(P(Rn(LABEL[k]+' ')+''.join(Rn(ch,'<w:b/>' if i%2 else '<w:i/>') for i,ch in enumerate(v)))); return 'one run per character, alternating b/i'
@t('runs_proofErr_bookmark',ALLK,'render')
def _(p,v,k):
    g=groups(v,k); mid='<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="901" w:name="_Hlk901"/>'
    p.body(P(Rn(LABEL[k]+' ')+Rn(g[0])+mid+''.join(Rn(x) for x in g[1:])+'<w:bookmarkEnd w:id="901"/><w:proofErr w:type="spellEnd"/>')); return 'groups in runs split by proofErr/bookmark'
@t('multi_wt_one_run',ALLK,'render')
def _(p,v,k): g=groups(v,k); p.body(P('<w:r>'+''.join(f'<w:t>{esc(x)}</w:t>' for x in g)+'</w:r>')); return 'several w:t in one run, no label'
@t('two_paragraphs',NUM+['eserial','eui64'],'render')
def _(p,v,k): g=groups(v,k); h=len(g)//2; p.body(para('Supply number: '+' '.join(g[:h]))+para(' '.join(g[h:]))); return 'identifier split over two adjacent paragraphs'
@t('two_borderless_cells',NUM+['eserial','gserial','eui64'],'render')
def _(p,v,k):
    g=groups(v,k); h=len(g)//2; nb='<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
    cell=lambda x:f'<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/>{nb}</w:tcPr>{para(x)}</w:tc>'
    p.body(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/></w:tblGrid><w:tr>{cell("".join(g[:h]))}{cell("".join(g[h:]))}</w:tr></w:tbl>'+para(''))
    return 'two borderless cells, halves concatenate visually'
@t('sbox_table',['mpan'],'render')
def _(p,v,k):
    SPARA=para('S','<w:b/><w:sz w:val="48"/>'); g=groups(v,k); cell=lambda x,w=900:f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{para(x)}</w:tc>'
    p.body(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="8"/><w:left w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/><w:right w:val="single" w:sz="8"/></w:tblBorders></w:tblPr><w:tblGrid>'+'<w:gridCol w:w="900"/>'*5+f'</w:tblGrid><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{SPARA}</w:tc>{cell("01")}{cell("801")}{cell("100")}{cell("")}</w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{para("")}</w:tc>{cell(g[0])}{cell(g[1])}{cell(g[2])}{cell(g[3])}</w:tr></w:tbl>'+para(''))
    return 'MPAN S-box as 2-row table (top line 01 801 100), core one group per cell'
@t('digit_per_cell',NUM,'render')
def _(p,v,k):
    cells=''.join(f'<w:tc><w:tcPr><w:tcW w:w="400" w:type="dxa"/></w:tcPr>{para(ch)}</w:tc>' for ch in v)
    p.body(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'+'<w:gridCol w:w="400"/>'*len(v)+f'</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'+para('')); return 'boxed digits, one per table cell'
@t('sym_digits',NUM,'render')
def _(p,v,k): p.body(P(Rn(LABEL[k]+' ')+''.join(f'<w:r><w:sym w:font="Arial" w:char="{0x30+int(ch):04X}"/></w:r>' for ch in v))); return 'w:sym digits'
@t('br_between_groups',ALLK,'render')
def _(p,v,k): g=groups(v,k); p.body(P('<w:r><w:t xml:space="preserve">'+esc(LABEL[k])+' '+esc(g[0])+'</w:t><w:br/>'+''.join(f'<w:t>{esc(x)}</w:t>' for x in g[1:])+'</w:r>')); return 'w:br line break inside identifier'
@t('tab_between_groups',NUM+['eui64','phone'],'render')
def _(p,v,k): g=groups(v,k); p.body(P('<w:r><w:t>'+esc(LABEL[k])+'</w:t><w:tab/>'+'<w:tab/>'.join(f'<w:t>{esc(x)}</w:t>' for x in g)+'</w:r>')); return 'w:tab between groups'
@t('nobreakhyphen_groups',NUM,'render')
def _(p,v,k): g=groups(v,k); p.body(P('<w:r><w:t xml:space="preserve">'+LABEL[k]+' </w:t>'+'<w:noBreakHyphen/>'.join(f'<w:t>{x}</w:t>' for x in g)+'</w:r>')); return 'groups joined by w:noBreakHyphen'
@t('many_spaces',NUM+['eserial','eui64'],'render')
def _(p,v,k): g=groups(v,k); p.body(para(LABEL[k]+'   '+'      '.join(g))); return 'long runs of spaces between groups'
@t('split_hyperlink_boundary',NUM+['eserial'],'render')
def _(p,v,k):
    g=groups(v,k); rid=p.rel('word/document.xml','hyperlink','https://dtc.example.net/help',external=True)
    p.body(P(Rn(LABEL[k]+' '+g[0])+f'<w:hyperlink xmlns:r="{NS["r"]}" r:id="{rid}">'+Rn(''.join(g[1:]),'<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>')+'</w:hyperlink>')); return 'first group plain, rest inside a hyperlink'
@t('split_sdt_boundary',NUM+['eserial'],'render')
def _(p,v,k):
    g=groups(v,k); p.body(P(Rn(LABEL[k]+' '+g[0])+f'<w:sdt><w:sdtPr><w:id w:val="90101"/><w:text/></w:sdtPr><w:sdtContent>{Rn("".join(g[1:]))}</w:sdtContent></w:sdt>')); return 'identifier split across run and inline content control'
@t('caps_lowercase',['eserial','gserial'],'render')
def _(p,v,k): p.body(P(Rn('Meter serial ')+Rn(v.lower(),'<w:caps/>'))); return 'lower-case serial shown upper-case by w:caps'
@t('smallcaps_lowercase',['eserial','gserial','email'],'render')
def _(p,v,k): p.body(P(Rn(LABEL[k]+' ')+Rn(v.lower(),'<w:smallCaps/>'))); return 'lower-case with w:smallCaps'
# ---- formatting that hides or shrinks ----
@t('hidden_vanish',ALLK,'extract')
def _(p,v,k): p.body(P(Rn('Checked. ')+Rn(lab(k,v),'<w:vanish/>'))); return 'w:vanish hidden text (shown with Show hidden)'
@t('white_tiny',ALLK,'render')
def _(p,v,k): p.body(para(lab(k,v),'<w:color w:val="FFFFFF"/><w:sz w:val="2"/>')); return 'white 1pt text'
@t('tracked_deletion',ALLK,'word')
def _(p,v,k): p.body(P(Rn('Identifier removed: ')+f'<w:del w:id="90111" w:author="SIT Tester" w:date="2026-11-03T10:00:00Z"><w:r><w:delText xml:space="preserve">{esc(lab(k,v))}</w:delText></w:r></w:del>')); return 'w:del/w:delText tracked deletion (visible in All Markup)'
@t('tracked_insertion',ALLK,'render')
def _(p,v,k): p.body(P(f'<w:ins w:id="90112" w:author="SIT Tester" w:date="2026-11-03T10:00:00Z">{Rn(lab(k,v))}</w:ins>')); return 'w:ins tracked insertion'
@t('movefrom',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:moveFromRangeStart w:id="90113" w:author="SIT Tester" w:date="2026-11-03T10:00:00Z" w:name="move1"/><w:moveFrom w:id="90114" w:author="SIT Tester" w:date="2026-11-03T10:00:00Z">{Rn(lab(k,v))}</w:moveFrom><w:moveFromRangeEnd w:id="90113"/>')); return 'w:moveFrom tracked move source'
@t('revision_author',['email'],'word')
def _(p,v,k): p.body(P(f'<w:ins w:id="90115" w:author="{esc(v)}" w:date="2026-11-03T10:00:00Z">{Rn("Retest passed.")}</w:ins>')); return 'tracked-change author attribute is the e-mail'
@t('ruby_text',NUM+['eserial'],'render')
def _(p,v,k): p.body(P(f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt>{Rn(v)}</w:rt><w:rubyBase>{Rn(LABEL[k])}</w:rubyBase></w:ruby></w:r>')); return 'phonetic guide (ruby) text'
@t('math_text',NUM,'render')
def _(p,v,k): p.body(P(f'<m:oMath {X("m")}><m:r><m:t>{v}</m:t></m:r></m:oMath>')); return 'OMML math run'
# ---- encodings ----
@t('char_refs',ALLK,'render')
def _(p,v,k): p.body(P('<w:r><w:t xml:space="preserve">'+esc(LABEL[k])+' '+''.join(f'&#x{ord(c):X};' for c in v)+'</w:t></w:r>')); return 'XML numeric character references'
@t('cdata',ALLK,'render')
def _(p,v,k): p.body(P(f'<w:r><w:t xml:space="preserve"><![CDATA[{lab(k,v)}]]></w:t></w:r>')); return 'CDATA section in w:t'
@t('fullwidth_digits',NUM,'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+''.join(chr(0xFF10+int(c)) for c in v))); return 'fullwidth digits U+FF10..'
@t('math_bold_digits',NUM,'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+''.join(chr(0x1D7CE+int(c)) for c in v))); return 'mathematical bold digits U+1D7CE..'
@t('zwsp_between',ALLK,'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+'\u200b'.join(v))); return 'U+200B between every character'
@t('soft_hyphen_between',NUM+['eserial'],'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+'\u00ad'.join(groups(v,k)))); return 'soft hyphen between groups'
@t('wordjoiner_lrm',NUM+['eui64'],'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+''.join(c+('\u2060' if i%2 else '\u200e') for i,c in enumerate(v)))); return 'U+2060 / LRM after each char'
@t('nbsp_groups',NUM+['address'],'render')
def _(p,v,k): p.body(para(LABEL[k]+' '+('\u00a0'.join(groups(v,k)) if k!='address' else v.replace(' ','\u00a0')))); return 'no-break spaces'
@t('utf16_document',ALLK,'render')
def _(p,v,k):
    p.body(para(lab(k,v))); d=p.get('word/document.xml'); d=re.sub(r"^<\?xml[^>]*\?>",'<?xml version="1.0" encoding="UTF-16" standalone="yes"?>',d)
    p.f['word/document.xml']=b'\xff\xfe'+d.encode('utf-16-le'); return 'document.xml stored as UTF-16LE with BOM'
@t('utf8_bom_doc_xml_comment',ALLK,'extract')
def _(p,v,k):
    d=p.get('word/document.xml'); i=d.rfind('<w:sectPr'); d=d[:i]+f'<!-- {lab(k,v)} -->'+d[i:]; p.put('word/document.xml',d); return 'XML comment in document.xml'
@t('processing_instruction',ALLK,'extract')
def _(p,v,k):
    d=p.get('word/document.xml'); i=d.rfind('<w:sectPr'); d=d[:i]+f'<?attest-note {lab(k,v)}?>'+d[i:]; p.put('word/document.xml',d); return 'XML processing instruction in document.xml'
@t('mc_fallback_only',ALLK,'extract')
def _(p,v,k):
    p.body(f'<mc:AlternateContent {X("mc")}><mc:Choice Requires="w14">{para("See evidence item 2.")}</mc:Choice><mc:Fallback>{para(lab(k,v))}</mc:Fallback></mc:AlternateContent>'); return 'mc:Fallback content (Choice shown)'
# ---- fields ----
@t('fldsimple_quote',ALLK,'render')
def _(p,v,k): p.body(P(f'<w:fldSimple w:instr=" QUOTE &quot;{esc(v)}&quot; ">{Rn(v)}</w:fldSimple>')); return 'fldSimple QUOTE with result'
@t('field_instr_only',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "{esc(lab(k,v))}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn("[value]")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'complex field, value only in instrText (shown on F9 / Alt+F9)'
@t('field_result_split',NUM+['eserial'],'render')
def _(p,v,k): g=groups(v,k); p.body(P(Rn(LABEL[k]+' '+g[0])+f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD RestOfId </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{"".join(Rn(x) for x in g[1:])}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'first group plain, rest as MERGEFIELD result'
@t('fillin_default',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> FILLIN "Enter {LABEL[k]}" \\d "{esc(v)}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn(" ")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'FILLIN prompt default (shown in prompt on update)'
@t('hyperlink_field_instr',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://crm.example.com/account?q={esc(v.replace(" ","%20"))}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn("open CRM account")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'HYPERLINK field target (tooltip on hover)'
@t('docvariable_field',ALLK,'render')
def _(p,v,k):
    settings_insert(p,f'<w:docVars><w:docVar w:name="SupplyRef" w:val="{esc(v)}"/></w:docVars>')
    p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCVARIABLE SupplyRef </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn(v)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'docVar shown by DOCVARIABLE field (result cached)'
@t('docvar_only',ALLK,'extract')
def _(p,v,k): settings_insert(p,f'<w:docVars><w:docVar w:name="CustomerRef" w:val="{esc(v)}"/></w:docVars>'); return 'settings.xml docVar only (macros/VBA, DOCVARIABLE)'
@t('docvar_name',['mpan','eserial'],'extract')
def _(p,v,k): settings_insert(p,f'<w:docVars><w:docVar w:name="ref_{esc(v.replace("-","_"))}" w:val="1"/></w:docVars>'); return 'docVar NAME holds the identifier'
# ---- form fields ----
@t('formtext_default_only',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="{esc(v)}"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn(chr(8194)*5)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'legacy text form field default (shown in Options / after reset)'
@t('formtext_default_shown',ALLK,'render')
def _(p,v,k): p.body(P(Rn(LABEL[k]+': ')+f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text2"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="{esc(v)}"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn(v)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'legacy text form field with default as result'
@t('formfield_dropdown',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:listEntry w:val="Select supply"/><w:listEntry w:val="{esc(v)}"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'legacy dropdown form field second entry'
@t('formfield_help_status',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="{esc(lab(k,v))}"/><w:statusText w:type="text" w:val="{esc(lab(k,v))}"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'+Rn(' Customer contacted'))); return 'checkbox form field help/status text (F1 / status bar)'
# ---- content controls ----
def sdt(pr,content='Supply point details'): return f'<w:sdt><w:sdtPr>{pr}<w:id w:val="{R.randint(100000,999999)}"/></w:sdtPr><w:sdtContent>{para(content)}</w:sdtContent></w:sdt>'
@t('sdt_alias',ALLK,'word')
def _(p,v,k): p.body(sdt(f'<w:alias w:val="{esc(v)}"/><w:tag w:val="supply"/>')); return 'content control alias (title tab)'
@t('sdt_tag',ALLK,'word')
def _(p,v,k): p.body(sdt(f'<w:alias w:val="Supply"/><w:tag w:val="{esc(v)}"/>')); return 'content control tag (design mode)'
@t('sdt_dropdown_display',ALLK,'word')
def _(p,v,k): p.body(sdt(f'<w:dropDownList><w:listItem w:displayText="Choose" w:value="0"/><w:listItem w:displayText="{esc(v)}" w:value="2"/></w:dropDownList>','Choose')); return 'dropdown content control listItem displayText'
@t('sdt_dropdown_value',ALLK,'extract')
def _(p,v,k): p.body(sdt(f'<w:comboBox><w:listItem w:displayText="Primary supply" w:value="{esc(v)}"/></w:comboBox>','Primary supply')); return 'combo box listItem value'
@t('sdt_content_plain',ALLK,'render')
def _(p,v,k): p.body(sdt('<w:alias w:val="Supply"/><w:text/>',lab(k,v))); return 'text inside block content control'
@t('sdt_placeholder_glossary',ALLK,'word')
def _(p,v,k):
    g='word/glossary/document.xml'
    p.put(g,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="{NS["w"]}"><w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_901"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{{9A1F3C2E-4B5D-4E6F-8A7B-1C2D3E4F5A6B}}"/></w:docPartPr><w:docPartBody>{para(lab(k,v))}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    p.ct_override(g,'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml'); p.rel('word/document.xml','glossaryDocument','glossary/document.xml')
    p.body(f'<w:sdt><w:sdtPr><w:id w:val="90121"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_901"/></w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>{para(" ")}</w:sdtContent></w:sdt>'); return 'glossary docPart used as content-control placeholder'
@t('glossary_only',ALLK,'extract')
def _(p,v,k):
    g='word/glossary/document.xml'
    p.put(g,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="{NS["w"]}"><w:docParts><w:docPart><w:docPartPr><w:name w:val="SiteBlock"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{{1B2C3D4E-5F60-4718-9A0B-C1D2E3F40516}}"/></w:docPartPr><w:docPartBody>{para(lab(k,v))}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    p.ct_override(g,'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml'); p.rel('word/document.xml','glossaryDocument','glossary/document.xml'); return 'glossary AutoText building block'
@t('sdt_databinding_customxml',ALLK,'word')
def _(p,v,k):
    n=f'customXml/item9{IMGID[0]}.xml'; IMGID[0]+=1
    p.put(n,f'<?xml version="1.0" encoding="UTF-8"?><site xmlns="urn:example:site"><ref>{esc(v)}</ref></site>')
    p.rel('word/document.xml','customXml','../'+n)
    p.body(f'<w:sdt><w:sdtPr><w:id w:val="90131"/><w:dataBinding w:prefixMappings="xmlns:s=\'urn:example:site\'" w:xpath="/s:site[1]/s:ref[1]"/><w:text/></w:sdtPr><w:sdtContent>{para("Site ref")}</w:sdtContent></w:sdt>'); return 'content control bound to customXml (Word refreshes from data store)'
@t('customxml_item',ALLK,'extract')
def _(p,v,k):
    n=f'customXml/item9{IMGID[0]}.xml'; IMGID[0]+=1
    p.put(n,f'<?xml version="1.0" encoding="UTF-8"?><crm:account xmlns:crm="urn:example:crm"><crm:supply>{esc(v)}</crm:supply></crm:account>'); p.rel('word/document.xml','customXml','../'+n); return 'customXml data store item'
# ---- numbering, styles, bookmarks ----
@t('numbering_lvltext',ALLK,'render')
def _(p,v,k): numbering(p,v.replace('%','')+' %1.'); return 'numbering lvlText prefix'
@t('style_name',ALLK,'word')
def _(p,v,k): style(p,'Site '+v); return 'custom style name (Styles pane)'
@t('style_alias',ALLK,'word')
def _(p,v,k): style(p,'Site visit',alias=v); return 'style aliases'
@t('bookmark_name',['mpan','mprn','eserial','gserial'],'word')
def _(p,v,k): p.body(P(f'<w:bookmarkStart w:id="90141" w:name="MPAN_{v}"/>'+Rn('Registration screen')+'<w:bookmarkEnd w:id="90141"/>')); return 'bookmark name (Insert > Bookmark)'
# ---- drawing objects ----
@t('textbox_wps',ALLK,'render')
def _(p,v,k):
    IMGID[0]+=1
    p.body(P(f'<w:r><w:drawing><wp:inline {X("wp")}><wp:extent cx="3600000" cy="500000"/><wp:docPr id="{IMGID[0]}" name="Text Box {IMGID[0]}"/><a:graphic {X("a")}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp {X("wps")}><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>{para(lab(k,v))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')); return 'DrawingML text box (wps)'
@t('textbox_vml',ALLK,'render')
def _(p,v,k): p.body(P(f'<w:r><w:pict {X("v","o")}><v:shape id="vtb{IMGID[0]}" type="#_x0000_t202" style="width:300pt;height:28pt" stroked="t"><v:textbox><w:txbxContent>{para(lab(k,v))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')); return 'VML text box'
@t('vml_alt',ALLK,'word')
def _(p,v,k):
    rid=add_media(p,f'vmlimg{IMGID[0]}.png',CLEAN_PNG,'image/png')
    p.body(P(f'<w:r><w:pict {X("v","o","r")}><v:shape id="vimg{IMGID[0]}" type="#_x0000_t75" style="width:300pt;height:40pt" alt="{esc(lab(k,v))}"><v:imagedata r:id="{rid}" o:title="Registration screen"/></v:shape></w:pict></w:r>')); return 'VML shape alt attribute'
@t('vml_imagedata_title',ALLK,'extract')
def _(p,v,k):
    rid=add_media(p,f'vmlimg{IMGID[0]}.png',CLEAN_PNG,'image/png')
    p.body(P(f'<w:r><w:pict {X("v","o","r")}><v:shape id="vimg{IMGID[0]}" type="#_x0000_t75" style="width:300pt;height:40pt"><v:imagedata r:id="{rid}" o:title="{esc(v)}"/></v:shape></w:pict></w:r>')); return 'VML imagedata o:title'
@t('wordart_textpath_body',ALLK,'render')
def _(p,v,k): p.body(P(f'<w:r><w:pict {X("v","o")}><v:shape id="wa{IMGID[0]}" type="#_x0000_t136" style="width:360pt;height:40pt" fillcolor="black" stroked="f"><v:path textpathok="t"/><v:textpath on="t" fitshape="t" style="font-family:&quot;Arial&quot;;font-size:20pt" string="{esc(v)}"/></v:shape></w:pict></w:r>')); return 'VML WordArt textpath string in body'
@t('alt_descr',ALLK,'word')
def _(p,v,k): rid=add_media(p,f'alt{IMGID[0]}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid}"',descr=f'Portal screen for {lab(k,v)}'))); return 'picture alt text wp:docPr descr'
@t('alt_title',ALLK,'word')
def _(p,v,k): rid=add_media(p,f'alt{IMGID[0]}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid}"',title=v))); return 'picture alt title wp:docPr title'
@t('docpr_name',ALLK,'word')
def _(p,v,k): rid=add_media(p,f'alt{IMGID[0]}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid}"',name=f'Screenshot {v}'))); return 'picture name (Selection pane)'
@t('pic_cnvpr_descr',ALLK,'extract')
def _(p,v,k): rid=add_media(p,f'alt{IMGID[0]}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid}"',cdescr=lab(k,v)))); return 'pic:cNvPr descr (inner picture)'
# ---- headers / footers / notes / comments ----
@t('header_default',ALLK,'render')
def _(p,v,k): header_part(p,para('SIT evidence – '+lab(k,v))); return 'default header'
@t('footer_first',ALLK,'render')
def _(p,v,k): header_part(p,para(lab(k,v)),'footer','first'); return 'first-page footer'
@t('header_even',ALLK,'render')
def _(p,v,k): header_part(p,para(lab(k,v)),'header','even'); p.body('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'+para('Page two.')); return 'even-page header (evenAndOddHeaders)'
@t('header_table_split',NUM,'render')
def _(p,v,k):
    g=groups(v,k); cells=''.join(f'<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>{para(x)}</w:tc>' for x in g)
    header_part(p,f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'+'<w:gridCol w:w="1200"/>'*len(g)+f'</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'+para('')); return 'header table, one group per borderless cell'
@t('watermark_header',ALLK,'render')
def _(p,v,k):
    header_part(p,P(f'<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject901" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{esc(v)}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>')); return 'VML watermark textpath string in header'
@t('footnote',ALLK,'render')
def _(p,v,k): notes(p,'footnote',Rn(' '+lab(k,v))); return 'footnote text'
@t('endnote',ALLK,'render')
def _(p,v,k): notes(p,'endnote',Rn(' '+lab(k,v))); return 'endnote text'
@t('comment_body',ALLK,'word')
def _(p,v,k): comment(p,Rn('Customer confirmed '+lab(k,v))); return 'comment text'
@t('comment_author',['email'],'word')
def _(p,v,k): comment(p,Rn('Please re-run step 3.'),author=v,initials='EP'); return 'comment author attribute'
@t('comment_split_runs',NUM,'word')
def _(p,v,k): comment(p,''.join(Rn(x,'<w:b/>') for x in groups(v,k))); return 'comment text split across runs'
@t('people_part',['email'],'word')
def _(p,v,k):
    n='word/people.xml'; p.put(n,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="SIT Tester"><w15:presenceInfo w15:providerId="AD" w15:userId="{esc(v)}"/></w15:person></w15:people>')
    p.ct_override(n,'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml'); p.rel('word/document.xml','http://schemas.microsoft.com/office/2011/relationships/people','people.xml'); return 'people.xml presence userId'
# ---- properties ----
for fld in ['title','subject','creator','keywords','description','lastModifiedBy','category']:
    def mk(fld):
        @t('core_'+fld,ALLK,'word')
        def _(p,v,k): core(p,fld,('Site ' if fld in('title','subject') else '')+v); return f'docProps/core.xml {fld} (File > Info)'
    mk(fld)
@t('app_company',ALLK,'word')
def _(p,v,k): app(p,'Company',v); return 'app.xml Company'
@t('app_manager',ALLK,'word')
def _(p,v,k): app(p,'Manager',v); return 'app.xml Manager'
@t('custom_prop',ALLK,'word')
def _(p,v,k): custom(p,LABEL[k].replace(' ','')+'Ref',v); return 'docProps/custom.xml property (File > Properties > Custom)'
@t('custom_prop_name',['mpan','eserial'],'word')
def _(p,v,k): custom(p,'Supply '+v,'checked'); return 'custom property NAME holds identifier'
@t('docproperty_field',ALLK,'render')
def _(p,v,k):
    core(p,'subject',v); p.body(P(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SUBJECT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{Rn(v)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')); return 'SUBJECT field showing core subject'
# ---- hyperlinks / relationships ----
@t('hyperlink_target',ALLK,'word')
def _(p,v,k):
    url=('mailto:'+v) if k=='email' else 'https://crm.example.com/accounts/search?term='+v.replace(' ','%20')
    rid=p.rel('word/document.xml','hyperlink',url,external=True); p.body(P(f'<w:hyperlink xmlns:r="{NS["r"]}" r:id="{rid}">'+Rn('CRM account','<w:color w:val="0563C1"/><w:u w:val="single"/>')+'</w:hyperlink>')); return 'hyperlink relationship target (hover, Edit Link)'
@t('hyperlink_tooltip',ALLK,'word')
def _(p,v,k): p.body(P(f'<w:hyperlink w:anchor="_top" w:tooltip="{esc(lab(k,v))}">'+Rn('back to top','<w:color w:val="0563C1"/><w:u w:val="single"/>')+'</w:hyperlink>')); return 'w:hyperlink w:tooltip screen tip'
@t('linked_image_external',ALLK,'extract')
def _(p,v,k):
    rid=p.rel('word/document.xml','image','https://portal.example.net/meters/'+v.replace(' ','_')+'.png',external=True)
    rid2=add_media(p,f'lnk{IMGID[0]}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid2}" r:link="{rid}"'))); return 'image r:link external target URL'
@t('attached_template',ALLK,'extract')
def _(p,v,k):
    rid=p.rel('word/settings.xml','attachedTemplate','file:///C:/Users/sit/Templates/Site%20'+v.replace(' ','%20')+'.dotm',external=True)
    settings_insert(p,f'<w:attachedTemplate xmlns:r="{NS["r"]}" r:id="{rid}"/>') ; return 'settings attachedTemplate external path (Developer > Templates)'
@t('mailmerge_query',ALLK,'word')
def _(p,v,k):
    rid=p.rel('word/settings.xml','mailMergeSource','file:///C:/sit/cos_sites.xlsx',external=True)
    settings_insert(p,f'<w:mailMerge xmlns:r="{NS["r"]}"><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="spreadsheet"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0"/><w:query w:val="SELECT * FROM `Sites$` WHERE `ref` = \'{esc(v)}\'"/><w:dataSource r:id="{rid}"/></w:mailMerge>'); return 'settings mailMerge SQL query'
@t('ole_link_external',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,None,progid='Excel.Sheet.12',link='file:///\\\\fs01\\sit\\'+v.replace(' ','_')+'.xlsx')); return 'linked OLE object external path'
# ---- altChunk ----
@t('altchunk_html',ALLK,'render')
def _(p,v,k): altchunk(p,f'<html><body><p>Imported note: {esc(LABEL[k])} {esc(v)}</p></body></html>'.encode(),'html','text/html'); return 'altChunk HTML'
@t('altchunk_html_tags_split',NUM+['eserial','email'],'render')
def _(p,v,k): g=groups(v,k); altchunk(p,('<html><body><p>'+esc(LABEL[k])+' <b>'+esc(g[0])+'</b><span>'+'</span><wbr><mark>'.join(esc(x) for x in g[1:])+'</mark></p></body></html>').encode(),'htm','text/html'); return 'altChunk HTML with tags splitting the value'
@t('altchunk_html_entities',ALLK,'render')
def _(p,v,k): altchunk(p,('<html><body><p>'+esc(LABEL[k])+' '+''.join(f'&#{ord(c)};' for c in v)+'</p></body></html>').encode(),'html','text/html'); return 'altChunk HTML numeric entities'
@t('altchunk_rtf',ALLK,'render')
def _(p,v,k): altchunk(p,('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 Call note: '+LABEL[k]+' '+v+'\\par}').encode(),'rtf','application/rtf'); return 'altChunk RTF'
@t('altchunk_rtf_unicode',NUM+['eserial'],'render')
def _(p,v,k): altchunk(p,('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 '+LABEL[k]+' '+''.join(f'\\u{ord(c)}?' for c in v)+'\\par}').encode(),'rtf','application/rtf'); return 'altChunk RTF \\u escapes'
@t('altchunk_text',ALLK,'render')
def _(p,v,k): altchunk(p,(lab(k,v)+'\r\n').encode(),'txt','text/plain'); return 'altChunk plain text'
@t('altchunk_text_utf16',ALLK,'render')
def _(p,v,k): altchunk(p,b'\xff\xfe'+(lab(k,v)+'\r\n').encode('utf-16-le'),'txt','text/plain'); return 'altChunk plain text UTF-16LE BOM'
@t('altchunk_mht_qp',NUM+['email'],'render')
def _(p,v,k):
    body='<html><body><p>'+LABEL[k]+' '+v+'</p></body></html>'; qp=''.join(f'={ord(c):02X}' if c.isdigit() or c=='@' else c for c in body)
    altchunk(p,('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/note.htm\r\n\r\n'+qp+'\r\n--b1--\r\n').encode(),'mht','message/rfc822'); return 'altChunk MHT quoted-printable'
# ---- OLE ----
@t('ole_label',ALLK,'word')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native(f'{v}.txt',b'IF-031 request body (redacted)\r\n')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00')]))); return 'OLE Package label/file name'
@t('ole_native_content',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('D0150_payload.txt',f'ZHV|D0150001|...\r\n{LABEL[k]}|{v}|\r\n'.encode())),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00')]))); return 'OLE Package content (double-click opens)'
@t('ole_extra_stream',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('notes.txt',b'no identifiers\r\n')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00'),('Notes',lab(k,v).encode())]))); return 'extra OLE stream "Notes" ascii'
@t('ole_stream_utf16',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('a.txt',b'-')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00'),('\x05SummaryInformationX',lab(k,v).encode('utf-16-le'))]))); return 'OLE stream UTF-16LE'
@t('ole_stream_utf32',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('b.txt',b'-')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00'),('Payload',lab(k,v).encode('utf-32-le'))]))); return 'OLE stream UTF-32LE'
@t('ole_stream_base64',ALLK,'extract')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('c.txt',base64.b64encode(lab(k,v).encode())+b'\r\n')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00')]))); return 'OLE Package content base64'
@t('ole_icon_pixels',NUM+['eserial','email'],'render')
def _(p,v,k): p.body(add_ole(p,cfb2([('\x01CompObj',COMPOBJ),('\x01Ole10Native',ole10native('payload.txt',b'-')),('\x03ObjInfo',b'\x00\x00\x03\x00\r\x00')]),icon_png=imgbytes(png_text(f'{v}.txt',(700,90),34),'PNG'))); return 'OLE icon picture shows identifier as label (pixels)'
@t('embedded_xlsx',ALLK,'extract')
def _(p,v,k):
    import openpyxl; wb=openpyxl.Workbook(); ws=wb.active; ws['A1']='Site'; ws['B1']=LABEL[k]; ws['A2']='SIT-A'; ws['B2']=v; b=io.BytesIO(); wb.save(b)
    p.body(add_ole(p,b.getvalue(),progid='Excel.Sheet.12',target_name=f'Microsoft_Excel_Worksheet{IMGID[0]}.xlsx',ct='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')); return 'embedded Excel workbook package cell'
@t('embedded_docx',ALLK,'extract')
def _(p,v,k):
    import docx; d=docx.Document(); d.add_paragraph(lab(k,v)); b=io.BytesIO(); d.save(b)
    p.body(add_ole(p,b.getvalue(),progid='Word.Document.12',target_name=f'Microsoft_Word_Document{IMGID[0]}.docx',ct='application/vnd.openxmlformats-officedocument.wordprocessingml.document')); return 'embedded Word document package'
# ---- images ----
def img_par(p,data,ext,ct,**kw): rid=add_media(p,f'ev{IMGID[0]}.{ext}',data,ct); p.body(P(drawing(f'r:embed="{rid}"',**kw)))
@t('png_pixels',ALLK,'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v)),'PNG'),'png','image/png'); return 'PNG pixels'
@t('png_pixels_small_grey',NUM+['eserial'],'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v),(1600,300),18,fg=(110,110,110)),'PNG'),'png','image/png',cx=5000000,cy=940000); return 'small grey text on large PNG'
@t('png_pixels_rotated',NUM,'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v),(700,110),38).rotate(90,expand=True),'PNG'),'png','image/png',cx=700000,cy=4400000); return 'PNG text rotated 90°'
@t('png_white_on_transparent',NUM+['eserial'],'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v),fg=(255,255,255,255),bg=(0,0,0,0),mode='RGBA'),'PNG'),'png','image/png'); return 'white text on transparent PNG (visible on dark page/viewer)'
@t('png_text_chunk',ALLK,'extract')
def _(p,v,k): pi=PngImagePlugin.PngInfo(); pi.add_text('Comment',lab(k,v)); img_par(p,imgbytes(png_text('Registration screen'),'PNG',pnginfo=pi),'png','image/png'); return 'PNG tEXt chunk'
@t('png_ztxt_chunk',ALLK,'extract')
def _(p,v,k): pi=PngImagePlugin.PngInfo(); pi.add_text('Description',lab(k,v),zip=True); img_par(p,imgbytes(png_text('Registration screen'),'PNG',pnginfo=pi),'png','image/png'); return 'PNG zTXt (compressed) chunk'
@t('png_itxt_chunk',ALLK,'extract')
def _(p,v,k): pi=PngImagePlugin.PngInfo(); pi.add_itxt('Title',lab(k,v),lang='en',tkey='Title'); img_par(p,imgbytes(png_text('Registration screen'),'PNG',pnginfo=pi),'png','image/png'); return 'PNG iTXt chunk'
@t('png_icc_desc',ALLK,'extract')
def _(p,v,k): img_par(p,imgbytes(png_text('Registration screen'),'PNG',icc_profile=icc(v)),'png','image/png'); return 'PNG iCCP profile description (zlib)'
@t('jpeg_icc_desc',ALLK,'extract')
def _(p,v,k): img_par(p,imgbytes(png_text('Registration screen'),'JPEG',icc_profile=icc('sRGB display',cprt=lab(k,v)),quality=90),'jpeg','image/jpeg'); return 'JPEG ICC profile copyright text'
@t('jpeg_comment',ALLK,'extract')
def _(p,v,k): img_par(p,imgbytes(png_text('Registration screen'),'JPEG',comment=lab(k,v).encode(),quality=90),'jpeg','image/jpeg'); return 'JPEG COM segment'
@t('jpeg_exif_desc',ALLK,'extract')
def _(p,v,k):
    im=png_text('Registration screen'); ex=Image.Exif(); ex[270]=lab(k,v); ex[315]='SIT Tester'
    img_par(p,imgbytes(im,'JPEG',exif=ex.tobytes(),quality=90),'jpeg','image/jpeg'); return 'JPEG EXIF ImageDescription'
@t('jpeg_xmp',ALLK,'extract')
def _(p,v,k): j=imgbytes(png_text('Registration screen'),'JPEG',quality=90); img_par(p,jpeg_with_app(j,0xE1,b'http://ns.adobe.com/xap/1.0/\0'+xmp(lab(k,v))),'jpeg','image/jpeg'); return 'JPEG XMP dc:description'
@t('jpeg_pixels',ALLK,'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v)),'JPEG',quality=70),'jpeg','image/jpeg'); return 'JPEG pixels (screen-share quality)'
@t('gif_comment',ALLK,'extract')
def _(p,v,k): img_par(p,imgbytes(png_text('Registration screen').convert('P'),'GIF',comment=lab(k,v).encode()),'gif','image/gif'); return 'GIF comment extension'
@t('gif_animated_frame2',NUM+['eserial','email'],'render')
def _(p,v,k):
    f1=png_text('Loading…').convert('P'); f2=png_text(lab(k,v)).convert('P'); b=io.BytesIO(); f1.save(b,'GIF',save_all=True,append_images=[f2],duration=[400,4000],loop=0)
    img_par(p,b.getvalue(),'gif','image/gif'); return 'animated GIF, identifier in 2nd frame'
@t('tiff_description',ALLK,'extract')
def _(p,v,k): img_par(p,imgbytes(png_text('Registration screen'),'TIFF',description=lab(k,v)),'tiff','image/tiff'); return 'TIFF ImageDescription tag'
@t('bmp_pixels',NUM+['eserial'],'render')
def _(p,v,k): img_par(p,imgbytes(png_text(lab(k,v)),'BMP'),'bmp','image/bmp'); return 'BMP pixels'
@t('image_in_header',NUM+['eserial'],'render')
def _(p,v,k):
    rid=add_media(p,f'hdr{IMGID[0]}.png',imgbytes(png_text(lab(k,v)),'PNG'),'image/png')
    header_part(p,'')  # placeholder create
    # put the drawing into the header just created: find the last header part and add rel there
    hn=[n for n in p.names if n.startswith('word/headerH')][-1]
    hr=p.rel(hn,'image','media/'+f'hdr{IMGID[0]}.png'); c=p.get(hn); c=c.replace('</w:hdr>',P(drawing(f'r:embed="{hr}"'))+'</w:hdr>'); p.put(hn,c); return 'PNG pixels in header image'
def svg_par(p,svg,fallback=CLEAN_PNG):
    rid=add_media(p,f'svgfb{IMGID[0]}.png',fallback,'image/png'); srid=add_media(p,f'svg{IMGID[0]}.svg',svg.encode(),'image/svg+xml')
    p.body(P(drawing(f'r:embed="{rid}"',extra_blip=f'<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" {X("r")} r:embed="{srid}"/></a:ext></a:extLst>')))
@t('svg_text',ALLK,'word')
def _(p,v,k): svg_par(p,f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><rect width="600" height="60" fill="#fff"/><text x="10" y="38" font-family="Arial" font-size="24">{esc(lab(k,v))}</text></svg>'); return 'SVG text (Word renders svgBlip, PNG fallback is clean)'
@t('svg_tspan_split',NUM+['eserial','email'],'word')
def _(p,v,k):
    g=groups(v,k); sp=''.join(f'<tspan>{esc(x)}</tspan>' for x in g)
    svg_par(p,f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><text x="10" y="38" font-family="Arial" font-size="24">{esc(LABEL[k])} {sp}</text></svg>'); return 'SVG tspans split the value'
@t('svg_title_desc',ALLK,'extract')
def _(p,v,k): svg_par(p,f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><title>{esc(lab(k,v))}</title><rect width="600" height="60" fill="#eee"/></svg>'); return 'SVG title element'
@t('svg_as_main_blip',NUM+['eserial'],'render')
def _(p,v,k): img_par(p,f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><text x="10" y="38" font-family="Arial" font-size="24">{esc(lab(k,v))}</text></svg>'.encode(),'svg','image/svg+xml'); return 'SVG as the only blip'
@t('thumbnail_pixels',NUM+['eserial'],'extract')
def _(p,v,k):
    data=imgbytes(png_text(lab(k,v),(600,300),30),'JPEG',quality=85); n='docProps/thumbnail.jpeg'
    p.ct_default('jpeg','image/jpeg')
    if n not in p.f: p.rel('','http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail','docProps/thumbnail.jpeg')
    p.put(n,data); return 'docProps thumbnail pixels (Explorer/Finder preview)'
# ---- charts / smartart ----
def chart(p,title,cat):
    IMGID[0]+=1; n=f'word/charts/chart{IMGID[0]}.xml'
    p.put(n,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace {X("c","a","r")}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>kWh</c:v></c:tx><c:cat><c:strLit><c:ptCount val="2"/><c:pt idx="0"><c:v>{esc(cat)}</c:v></c:pt><c:pt idx="1"><c:v>Register 02</c:v></c:pt></c:strLit></c:cat><c:val><c:numLit><c:ptCount val="2"/><c:pt idx="0"><c:v>1234</c:v></c:pt><c:pt idx="1"><c:v>876</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>')
    p.ct_override(n,'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'); rid=p.rel('word/document.xml','chart',n.split('/',1)[1])
    p.body(P(f'<w:r><w:drawing><wp:inline {X("wp")}><wp:extent cx="4000000" cy="2400000"/><wp:docPr id="{IMGID[0]}" name="Chart {IMGID[0]}"/><a:graphic {X("a")}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart {X("c","r")} r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
@t('chart_title',ALLK,'render')
def _(p,v,k): chart(p,'Consumption '+v,'Register 01'); return 'chart title'
@t('chart_category',NUM+['eserial','gserial'],'render')
def _(p,v,k): chart(p,'Consumption by register',v); return 'chart category label'
@t('smartart_data',ALLK,'extract')
def _(p,v,k):
    IMGID[0]+=1; n=f'word/diagrams/data{IMGID[0]}.xml'
    p.put(n,f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel {X("dgm","a")}><dgm:ptLst><dgm:pt modelId="{{00000000-0000-0000-0000-000000000001}}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt><dgm:pt modelId="{{00000000-0000-0000-0000-000000000002}}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{esc(lab(k,v))}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst/></dgm:dataModel>')
    p.ct_override(n,'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml'); rid=p.rel('word/document.xml','diagramData',n.split('/',1)[1])
    p.body(P(f'<w:r><w:drawing><wp:inline {X("wp")}><wp:extent cx="4000000" cy="1200000"/><wp:docPr id="{IMGID[0]}" name="Diagram {IMGID[0]}"/><a:graphic {X("a")}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds {X("dgm","r")} r:dm="{rid}" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')); return 'SmartArt data model point text'
# ---- fonts ----
@t('embedded_font_name',['mpan','eserial','email'],'extract')
def _(p,v,k):
    from fontTools.ttLib import TTFont; from fontTools import subset
    f=TTFont(FONT); s=subset.Subsetter(); s.populate(text='Site 0123456789'); s.subset(f)
    for rec in f['name'].names:
        if rec.nameID in (0,1,4,16): rec.string=('Site '+v) if rec.nameID!=0 else ('Copyright '+lab(k,v))
    b=io.BytesIO(); f.save(b); ttf=bytearray(b.getvalue()); g=str(uuid.UUID(int=R.getrandbits(128))).upper()
    key=bytes.fromhex(g.replace('-',''))[::-1]
    for i in range(32): ttf[i]^=key[i%16]
    IMGID[0]+=1; n=f'word/fonts/font{IMGID[0]}.odttf'; p.put(n,bytes(ttf)); p.ct_default('odttf','application/vnd.openxmlformats-officedocument.obfuscatedFont')
    rid=p.rel('word/fontTable.xml','font',n.split('/',1)[1]); c=p.get('word/fontTable.xml')
    c=c.replace('</w:fonts>',f'<w:font w:name="EvidenceSans"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:embedRegular xmlns:r="{NS["r"]}" r:id="{rid}" w:fontKey="{{{g}}}"/></w:font></w:fonts>'); p.put('word/fontTable.xml',c)
    p.body(para('Embedded font sample 0123456789','<w:rFonts w:ascii="EvidenceSans" w:hAnsi="EvidenceSans"/>')); return 'embedded (obfuscated) font name/copyright records'
@t('fonttable_name',['mpan','eserial'],'word')
def _(p,v,k):
    c=p.get('word/fontTable.xml'); c=c.replace('</w:fonts>',f'<w:font w:name="Site {esc(v)}"><w:altName w:val="Arial"/><w:family w:val="swiss"/></w:font></w:fonts>'); p.put('word/fontTable.xml',c)
    p.body(para('Font sample',f'<w:rFonts w:ascii="Site {esc(v)}" w:hAnsi="Site {esc(v)}"/>')); return 'font name used by a run (font box shows it)'
@t('theme_name',ALLK,'extract')
def _(p,v,k): c=p.get('word/theme/theme1.xml'); c=re.sub(r'(<a:theme[^>]*name=")[^"]*"',lambda m:m.group(1)+esc(v)+'"',c,count=1); p.put('word/theme/theme1.xml',c); return 'theme name attribute'
# ---- zip tricks ----
@t('zip_unreferenced_part',ALLK,'extract')
def _(p,v,k): p.put('word/handover_notes.txt',('Handover: '+lab(k,v)+'\n').encode()); return 'unreferenced extra zip part'
@t('zip_archive_comment',ALLK,'extract')
def _(p,v,k): p.zcomment=lab(k,v).encode(); return 'zip archive comment'
@t('zip_member_comment',ALLK,'extract')
def _(p,v,k): p.mcomments['word/document.xml']=lab(k,v).encode(); return 'zip member comment on document.xml'
@t('zip_member_name',['mpan','eserial','mprn'],'extract')
def _(p,v,k): rid=add_media(p,f'screen_{v}.png',CLEAN_PNG,'image/png'); p.body(P(drawing(f'r:embed="{rid}"'))); return 'media part file name holds identifier'
@t('zip_stored_deflate_mix',ALLK,'render')
def _(p,v,k): p.body(para(lab(k,v))); p.stored.add('word/document.xml'); return 'document.xml STORED uncompressed, plain run'
@t('websettings_frame',ALLK,'extract')
def _(p,v,k):
    if 'word/webSettings.xml' not in p.f: return None
    c=p.get('word/webSettings.xml'); c=c.replace('</w:webSettings>',f'<w:frameset><w:frame><w:name w:val="{esc(v)}"/></w:frame></w:frameset></w:webSettings>'); p.put('word/webSettings.xml',c); return 'webSettings frame name'
