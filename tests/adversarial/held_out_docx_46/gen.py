import sys, os, json, io, re, struct, shutil, subprocess, tempfile, base64
sys.path.insert(0, os.path.dirname(__file__))
from pkg import Pkg, P, R, xesc, NS, RT
import media, ids
from ids import R as RND, CONTEXT
import olefile
from PIL import Image
from PIL.PngImagePlugin import PngInfo
OUT = '/tmp/ho35/docx/corpus'; BASE = '/tmp/ho35/docx/base'
BASES = {'A': BASE + '/attest_demo.docx', 'P': BASE + '/pydocx_base.docx', 'L': BASE + '/lo_base.docx'}
TECH = []
def tech(cls, vis, kinds=('MPAN',)):
    def d(f): TECH.append((f.__name__, cls, vis, kinds, f)); return f
    return d
def ctx(kind, v): return CONTEXT[kind].format(v=v)
def halves(v):
    k = len(v) // 2
    return v[:k], v[k:]
def mpan_groups(v): return [v[:2], v[2:6], v[6:10], v[10:]]
# ---------------- inline run-level ----------------
@tech('runs', 'word+lo', ('MPAN', 'EMAIL', 'ADDRESS'))
def plain_paragraph(p, v, k):
    p.body_add(P('Actual result: ' + ctx(k, v) + '.')); return 'word/document.xml', 'plain paragraph (sanity)'
@tech('runs', 'word+lo', ('MPAN', 'MPRN', 'NAME'))
def split_runs_formatting(p, v, k):
    a, b = halves(v); c = b[:3]; d = b[3:]
    p.body_add('<w:p>' + R('Actual result: supply ') + R(a, '<w:b/>') + R(c, '<w:i/>') + R(d, '<w:color w:val="1F4E79"/>') + R(' registered.') + '</w:p>'); return 'word/document.xml', 'split over 4 runs with different formatting'
@tech('runs', 'word+lo', ('MPAN', 'ESERIAL'))
def split_runs_bookmark_proof(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + R('Ref ') + R(a) + '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="901" w:name="_Hlk1"/><w:bookmarkEnd w:id="901"/>' + R(b) + '<w:proofErr w:type="spellEnd"/></w:p>'); return 'word/document.xml', 'split runs with bookmark+proofErr between'
@tech('runs', 'word+lo', ('MPAN', 'GSERIAL'))
def split_two_paragraphs(p, v, k):
    a, b = halves(v)
    p.body_add(P('Supply/meter on the screen: ' + a) + P(b + ' (copied from portal)')); return 'word/document.xml', 'split over two consecutive paragraphs'
@tech('tables', 'word+lo', ('MPAN', 'MPRN', 'PHONE'))
def split_borderless_cells(p, v, k):
    a, b = halves(v)
    cell = lambda t: '<w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(t)
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1400"/><w:gridCol w:w="1400"/></w:tblGrid><w:tr>' + cell(a) + cell(b) + '</w:tr></w:tbl>' + P(''))
    return 'word/document.xml', 'split over two borderless adjacent table cells'
@tech('runs', 'word+lo')
def wsym_digits(p, v, k):
    a, b = v[:7], v[7:]
    syms = ''.join('<w:r><w:sym w:font="Calibri" w:char="%04X"/></w:r>' % ord(ch) for ch in b)
    p.body_add('<w:p>' + R('MPAN ') + R(a) + syms + '</w:p>'); return 'word/document.xml', 'last 6 digits as w:sym characters (Calibri)'
@tech('runs', 'word+lo')
def tab_and_break_groups(p, v, k):
    g = mpan_groups(v)
    p.body_add('<w:p>' + R(g[0]) + '<w:r><w:tab/></w:r>' + R(g[1]) + '<w:r><w:br/></w:r>' + R(g[2]) + '<w:r><w:tab/></w:r>' + R(g[3]) + '</w:p>'); return 'word/document.xml', 'groups separated by w:tab and w:br'
@tech('runs', 'word+lo')
def nobreak_hyphen_groups(p, v, k):
    g = mpan_groups(v)
    p.body_add('<w:p>' + R('Core: ') + '<w:r><w:t>%s</w:t><w:noBreakHyphen/><w:t>%s</w:t><w:softHyphen/><w:t>%s</w:t><w:noBreakHyphen/><w:t>%s</w:t></w:r></w:p>' % tuple(g)); return 'word/document.xml', 'groups joined by w:noBreakHyphen / w:softHyphen'
@tech('unicode', 'word+lo', ('MPAN', 'MPRN'))
def fullwidth_digits(p, v, k):
    p.body_add(P('MPAN (pasted from portal): ' + ''.join(chr(0xFF10 + int(c)) for c in v))); return 'word/document.xml', 'fullwidth digits U+FF10..'
@tech('unicode', 'word+lo')
def math_bold_digits(p, v, k):
    p.body_add(P('Core ' + ''.join(chr(0x1D7CE + int(c)) for c in v))); return 'word/document.xml', 'mathematical bold digits U+1D7CE..'
@tech('unicode', 'word+lo')
def arabic_indic_digits(p, v, k):
    p.body_add(P('رقم ' + ''.join(chr(0x0660 + int(c)) for c in v))); return 'word/document.xml', 'Arabic-Indic digits U+0660..'
@tech('unicode', 'word+lo', ('MPAN', 'EUI64'))
def zero_width_between(p, v, k):
    zs = ['\u200b', '\u2060', '\ufeff', '\u200d', '\u00ad']
    p.body_add(P('Ref: ' + ''.join(c + zs[i % 5] for i, c in enumerate(v)))); return 'word/document.xml', 'ZWSP/WJ/BOM/ZWJ/SHY between characters'
@tech('unicode', 'word+lo')
def bidi_override(p, v, k):
    p.body_add('<w:p>' + R('MPAN ') + '<w:bdo w:val="rtl">' + R(v[::-1]) + '</w:bdo></w:p>'); return 'word/document.xml', 'w:bdo rtl with reversed digits (displays in order)'
@tech('hidden', 'word-hidden', ('MPAN', 'NAME'))
def vanish_text(p, v, k):
    p.body_add('<w:p>' + R('Observation recorded. ') + R(ctx(k, v), '<w:vanish/>') + '</w:p>'); return 'word/document.xml', 'w:vanish hidden text (shown with Show hidden / printed with option)'
@tech('formatting', 'word+lo', ('MPAN', 'EMAIL'))
def white_on_white(p, v, k):
    p.body_add(P(ctx(k, v), '<w:color w:val="FFFFFF"/>')); return 'word/document.xml', 'white text on white page (select-all shows it)'
@tech('formatting', 'word+lo', ('MPAN', 'POSTCODE'))
def one_point_text(p, v, k):
    p.body_add(P(ctx(k, v), '<w:sz w:val="2"/><w:szCs w:val="2"/>')); return 'word/document.xml', '1-pt text (w:sz=2)'
@tech('formatting', 'word+lo')
def position_raised_digits(p, v, k):
    p.body_add('<w:p>' + R('MPAN ') + ''.join(R(c, '<w:position w:val="%d"/>' % (6 if i % 2 else -6)) for i, c in enumerate(v)) + '</w:p>'); return 'word/document.xml', 'each digit alternately raised/lowered with w:position'
@tech('formatting', 'word+lo')
def extreme_spacing(p, v, k):
    p.body_add('<w:p>' + R('MPAN ') + R(v, '<w:spacing w:val="-30"/>') + R(' / ') + R(v[::-1], '<w:spacing w:val="1580"/>') + '</w:p>'); return 'word/document.xml', 'condensed -1.5pt spacing (and a reversed decoy at wide spacing)'
@tech('formatting', 'word+lo')
def char_scale_1pct(p, v, k):
    p.body_add(P('Supply ' + v, '<w:w w:val="1"/>')); return 'word/document.xml', 'w:w character scaling 1%'
@tech('formatting', 'word-only')
def fit_text(p, v, k):
    p.body_add('<w:p>' + R('Supply: ') + R(v, '<w:fitText w:val="240" w:id="77"/>') + '</w:p>'); return 'word/document.xml', 'w:fitText squeezing 13 digits into 12pt'
@tech('formatting', 'word+lo', ('MPAN', 'PHONE'))
def highlight_black_on_black(p, v, k):
    p.body_add(P(ctx(k, v), '<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>')); return 'word/document.xml', 'black text on black shading (looks redacted, text still there)'
@tech('formatting', 'word+lo', ('MPAN', 'ESERIAL'))
def caps_smallcaps_lower(p, v, k):
    p.body_add(P('meter ' + v.lower() + ' (typed in lower case, shown in capitals)', '<w:caps/>')); return 'word/document.xml', 'lower-case text displayed with w:caps'
@tech('tracked', 'word-markup', ('MPAN', 'ADDRESS'))
def tracked_deletion(p, v, k):
    p.body_add('<w:p>' + R('Reference corrected: ') + '<w:del w:id="811" w:author="QA Team B" w:date="2026-12-04T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % xesc(ctx(k, v)) + R('MPAN004') + '</w:p>'); return 'word/document.xml', 'w:del/w:delText tracked deletion (shown in All Markup)'
@tech('tracked', 'word+lo', ('MPAN', 'EMAIL'))
def tracked_insertion(p, v, k):
    p.body_add('<w:p>' + R('Note: ') + '<w:ins w:id="812" w:author="QA Team B" w:date="2026-12-04T10:00:00Z">' + R(ctx(k, v)) + '</w:ins></w:p>'); return 'word/document.xml', 'w:ins tracked insertion'
@tech('tracked', 'word-markup')
def tracked_move_from(p, v, k):
    p.body_add('<w:p><w:moveFromRangeStart w:id="813" w:author="QA" w:name="move1"/><w:moveFrom w:id="814" w:author="QA" w:date="2026-12-04T10:00:00Z">' + R('MPAN ' + v) + '</w:moveFrom><w:moveFromRangeEnd w:id="813"/></w:p>'); return 'word/document.xml', 'w:moveFrom tracked move source'
@tech('tracked', 'word-markup')
def tracked_split_ins_del(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + R('MPAN ' + a) + '<w:del w:id="815" w:author="QA" w:date="2026-12-04T10:00:00Z"><w:r><w:delText>%s</w:delText></w:r></w:del>' % b + '<w:ins w:id="816" w:author="QA" w:date="2026-12-04T10:00:00Z">' + R('XXXXXXX') + '</w:ins></w:p>'); return 'word/document.xml', 'first half in normal run, second half in w:delText (All Markup shows whole)'
# ---------------- fields ----------------
def cfield(instr, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (xesc(instr), result))
@tech('fields', 'word+lo', ('MPAN', 'NAME'))
def field_quote_stale(p, v, k):
    p.body_add('<w:p>' + R('Value: ') + cfield('QUOTE "%s"' % v, R(v)) + '</w:p>'); return 'word/document.xml', 'QUOTE field, code and cached result'
@tech('fields', 'word-codes')
def field_code_only(p, v, k):
    p.body_add('<w:p>' + R('Value: ') + cfield('QUOTE "Supply %s"' % v, R('see register')) + '</w:p>'); return 'word/document.xml', 'identifier only in field code (Alt+F9), result clean'
@tech('fields', 'word+lo', ('MPAN', 'EMAIL'))
def field_docproperty_result(p, v, k):
    p.body_add('<w:p>' + R('Subject: ') + cfield('DOCPROPERTY Subject \\* MERGEFORMAT', R(v)) + '</w:p>'); return 'word/document.xml', 'DOCPROPERTY field cached result'
@tech('fields', 'word+lo', ('MPAN', 'ADDRESS'))
def field_mergefield(p, v, k):
    p.body_add('<w:p>' + R('Site: ') + cfield('MERGEFIELD SiteAddress', R(v)) + '</w:p>'); return 'word/document.xml', 'MERGEFIELD cached result'
@tech('fields', 'word+lo')
def field_if_result(p, v, k):
    p.body_add('<w:p>' + cfield('IF 1 = 1 "MPAN %s" "none"' % v, R('MPAN ' + v)) + '</w:p>'); return 'word/document.xml', 'IF field code and result'
@tech('fields', 'word+lo', ('MPAN', 'PHONE'))
def field_formtext_default(p, v, k):
    p.body_add('<w:p>' + R('Contact/supply: ') + '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="%s"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % (xesc(v), R('\u2002' * 5))); return 'word/document.xml', 'FORMTEXT default value only (result blank)'
@tech('fields', 'word+lo')
def fldsimple_result(p, v, k):
    p.body_add('<w:p>' + R('MPAN: ') + '<w:fldSimple w:instr=" DOCVARIABLE supply "><w:r><w:t>%s</w:t></w:r></w:fldSimple></w:p>' % v); return 'word/document.xml', 'w:fldSimple DOCVARIABLE with cached result'
@tech('fields', 'word+lo')
def half_field_half_run(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + R('MPAN ') + cfield('REF _Ref1 \\h', R(a)) + R(b) + '</w:p>'); return 'word/document.xml', 'first half is a REF field result, second half a plain run'
@tech('fields', 'word+lo')
def half_sym_half_field(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + ''.join('<w:r><w:sym w:font="Arial" w:char="%04X"/></w:r>' % ord(c) for c in a) + '<w:fldSimple w:instr=" SEQ Supply \\* ARABIC "><w:r><w:t>%s</w:t></w:r></w:fldSimple></w:p>' % b); return 'word/document.xml', 'first half w:sym, second half fldSimple SEQ result'
@tech('fields', 'word+lo')
def seq_caption(p, v, k):
    g = mpan_groups(v)
    p.body_add('<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>' + R('Figure ') + cfield('SEQ Figure \\* ARABIC', R(g[0])) + R(g[1]) + '<w:fldSimple w:instr=" SEQ Table "><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % g[2] + R(g[3] + ' – portal screenshot') + '</w:p>'); return 'word/document.xml', 'caption: digits assembled from SEQ result, run, fldSimple result, run'
@tech('fields', 'word+lo', ('MPAN', 'EMAIL'))
def hyperlink_field_url(p, v, k):
    url = 'https://portal.example.com/supply?mpan=%s' % v if k == 'MPAN' else 'mailto:%s' % v
    p.body_add('<w:p>' + cfield('HYPERLINK "%s"' % url, R('open in portal', '<w:rStyle w:val="Hyperlink"/>')) + '</w:p>'); return 'word/document.xml', 'HYPERLINK field code URL (tooltip shows it on hover)'
@tech('fields', 'word+lo')
def toc_cached(p, v, k):
    p.body_add('<w:p>' + cfield('TOC \\o "1-3" \\h', '') + '</w:p>', where='start')
    s = p.get('word/document.xml')
    p.body_add('<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:hyperlink w:anchor="_Toc9">' + R('Step 5: confirm supply %s' % v) + R('\t7') + '</w:hyperlink></w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', where='end')
    return 'word/document.xml', 'TOC field cached entry text'
@tech('fields', 'word-codes', ('MPAN', 'NAME'))
def xe_index_entry(p, v, k):
    p.body_add('<w:p>' + R('Registration checked.') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> XE "%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' % xesc(v)); return 'word/document.xml', 'XE index entry (hidden field code; INDEX would print it)'
@tech('fields', 'word+lo', ('MPAN', 'NAME'))
def index_cached(p, v, k):
    p.body_add('<w:p>' + cfield('INDEX \\e "\t" \\c "1"', '') + '</w:p><w:p><w:pPr><w:pStyle w:val="Index1"/></w:pPr>' + R(v + '\t4') + '</w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'); return 'word/document.xml', 'INDEX field cached result'
@tech('fields', 'word+lo', ('MPAN', 'NAME'))
def citation_sources(p, v, k):
    src = '<?xml version="1.0" standalone="yes"?><b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"><b:Source><b:Tag>Reg26</b:Tag><b:SourceType>Report</b:SourceType><b:Title>Registration extract for %s</b:Title><b:Year>2026</b:Year></b:Source></b:Sources>' % xesc(v)
    p.set('customXml/item9.xml', src); p.add_rel('word/document.xml', 'customXml', '../customXml/item9.xml')
    p.body_add('<w:p>' + R('As shown in ') + cfield('CITATION Reg26 \\l 2057', R('(Registration extract for %s, 2026)' % v)) + '</w:p>'); return 'word/document.xml + customXml/item9.xml', 'CITATION cached result and bibliography source title'
# ---------------- tables ----------------
@tech('tables', 'word+lo', ('MPAN', 'MPRN'))
def nested_table(p, v, k):
    inner = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>' % P(v)
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s%s</w:tc></w:tr></w:tbl>' % (P('Supply'), inner, P('')) + P('')); return 'word/document.xml', 'value in a table nested inside a table cell'
@tech('tables', 'word+lo')
def vmerge_split(p, v, k):
    a, b = halves(v)
    tc = lambda t, vm='': '<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (vm, P(t))
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid><w:tr>' + tc('MPAN', '<w:vMerge w:val="restart"/>') + tc(a) + '</w:tr><w:tr>' + tc('', '<w:vMerge/>') + tc(b) + '</w:tr></w:tbl>' + P('')); return 'word/document.xml', 'halves in two rows beside a vMerge label cell'
@tech('tables', 'word+lo')
def gridspan_split(p, v, k):
    g = mpan_groups(v)
    tc = lambda t, sp='': '<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>%s<w:tcBorders><w:left w:val="nil"/><w:right w:val="nil"/></w:tcBorders></w:tcPr>%s</w:tc>' % (sp, P(t))
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="900"/>' * 5 + '</w:tblGrid><w:tr>' + tc(g[0]) + tc(g[1], '<w:gridSpan w:val="2"/>') + tc(g[2]) + tc(g[3]) + '</w:tr></w:tbl>' + P('')); return 'word/document.xml', 'MPAN groups in 4 cells, one with gridSpan'
@tech('tables', 'word+lo')
def boxed_digits_one_per_cell(p, v, k):
    tc = lambda t: '<w:tc><w:tcPr><w:tcW w:w="300" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(t)
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="300"/>' * len(v) + '</w:tblGrid><w:tr>' + ''.join(tc(c) for c in v) + '</w:tr></w:tbl>' + P('')); return 'word/document.xml', 'boxed digits, one per table cell'
@tech('tables', 'word+lo')
def s_box_table(p, v, k):
    top = ['0%d' % RND.randint(1, 8), '8%02d' % RND.randint(0, 99), '%03d' % RND.randint(100, 999)]
    g = mpan_groups(v)
    tc = lambda t, ex='': '<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (ex, P(t, '<w:sz w:val="28"/>'))
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="12"/><w:left w:val="single" w:sz="12"/><w:bottom w:val="single" w:sz="12"/><w:right w:val="single" w:sz="12"/></w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="900"/>' * 5 + '</w:tblGrid><w:tr>' + tc('S', '<w:vMerge w:val="restart"/>') + tc(top[0]) + tc(top[1]) + tc(top[2]) + tc('') + '</w:tr><w:tr>' + tc('', '<w:vMerge/>') + ''.join(tc(x) for x in g) + '</w:tr></w:tbl>' + P(''))
    return 'word/document.xml', 'bill-style S box: S + top line (PC/MTC/LLFC) + core in 4 cells'
@tech('tables', 'word+lo')
def tbrl_cell(p, v, k):
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="700"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="3500"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>%s</w:tc></w:tr></w:tbl>' % P(v) + P('')); return 'word/document.xml', 'vertical text (tbRl) cell'
@tech('alt', 'word-dialog', ('MPAN', 'ADDRESS'))
def table_caption_desc(p, v, k):
    p.body_add('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="Readings"/><w:tblDescription w:val="%s"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>' % (xesc(ctx(k, v)), P('Register 1: 04512.3')) + P('')); return 'word/document.xml', 'table alt-text description (w:tblDescription)'
# ---------------- text boxes / shapes ----------------
def anchor_shape(inner_paras, descr='Text Box 1'):
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="3600000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="501" name="%s"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="tb501" type="#_x0000_t202" style="width:283pt;height:39pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' % (descr, inner_paras, inner_paras))
@tech('shapes', 'word+lo', ('MPAN', 'NAME', 'EUI64'))
def wps_textbox(p, v, k):
    p.body_add(anchor_shape(P(ctx(k, v))), ns=('wp', 'a', 'wps', 'mc', 'v')); return 'word/document.xml', 'wps:txbx text box (with VML fallback)'
@tech('shapes', 'word+lo')
def vml_textbox_only(p, v, k):
    p.body_add('<w:p><w:r><w:pict><v:shape id="tb502" type="#_x0000_t202" style="width:283pt;height:39pt" stroked="f"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>' % P('MPAN ' + v), ns=('v', 'o')); return 'word/document.xml', 'legacy VML v:textbox only'
@tech('shapes', 'word+lo')
def textbox_split_with_body(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + R('Supply ' + a) + '</w:p>' + anchor_shape(P(b)), ns=('wp', 'a', 'wps', 'mc', 'v')); return 'word/document.xml', 'first half in body paragraph, second half in a text box after it'
@tech('shapes', 'word+lo', ('MPAN', 'POSTCODE'))
def wordart_vml_textpath(p, v, k):
    p.body_add('<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="wa1" type="#_x0000_t136" style="width:300pt;height:40pt" fillcolor="#1f4e79" stroked="f"><v:textpath style="font-family:&quot;Arial Black&quot;;font-size:28pt" string="%s"/></v:shape></w:pict></w:r></w:p>' % xesc(v), ns=('v', 'o')); return 'word/document.xml', 'WordArt VML textpath string= in body'
@tech('shapes', 'word+lo', ('MPAN', 'NAME'))
def group_shape_text(p, v, k):
    a, b = halves(v)
    sp = lambda t, x: '<wps:wsp><wps:cNvPr id="%d" name="tb"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="%d" y="0"/><a:ext cx="1500000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>' % (600 + x // 1000, x, P(t))
    p.body_add('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3000000" cy="400000"/><wp:docPr id="601" name="Group 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="400000"/><a:chOff x="0" y="0"/><a:chExt cx="3000000" cy="400000"/></a:xfrm></wpg:grpSpPr>' + sp(a, 0) + sp(b, 1500000) + '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>', ns=('wp', 'a', 'wps', 'wpg')); return 'word/document.xml', 'group of two text boxes, halves in each'
@tech('alt', 'word-dialog', ('MPAN', 'NAME'))
def vml_alt_attr(p, v, k):
    p.body_add('<w:p><w:r><w:pict><v:rect id="r1" style="width:50pt;height:20pt" alt="%s" fillcolor="#eeeeee"/></w:pict></w:r></w:p>' % xesc(ctx(k, v)), ns=('v', 'o')); return 'word/document.xml', 'VML v:rect alt= attribute'
@tech('mc', 'older-readers', ('MPAN',))
def mc_fallback_only(p, v, k):
    p.body_add('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>Supply recorded</w:t></mc:Choice><mc:Fallback><w:t>Supply %s</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>' % v, ns=('mc', 'w14')); return 'word/document.xml', 'mc:Fallback branch text (older readers)'
@tech('mc', 'word+lo', ('MPAN',))
def mc_choice_unknown_ns(p, v, k):
    p.body_add('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99" xmlns:w99="urn:example:future"><w:t>Supply recorded</w:t></mc:Choice><mc:Fallback><w:t>Supply %s</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>' % v, ns=('mc',)); return 'word/document.xml', 'mc:Choice requires unknown ns so Word shows mc:Fallback'
@tech('runs', 'word+lo')
def ruby_text(p, v, k):
    a, b = halves(v)
    p.body_add('<w:p>' + R('Supply ') + '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="12"/><w:hpsRaise w:val="22"/><w:hpsBaseText w:val="24"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:t>%s</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>MPAN</w:t></w:r></w:rubyBase></w:ruby></w:r>' % v + '</w:p>'); return 'word/document.xml', 'ruby (phonetic guide) text above a base word'
@tech('runs', 'word+lo')
def smarttag_and_customxml_inline(p, v, k):
    p.body_add('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="phone"><w:smartTagPr><w:attr w:name="val" w:val="%s"/></w:smartTagPr>' % v + R('see note') + '</w:smartTag>' + R(' – supply ') + '<w:customXml w:element="supply">' + R(v) + '</w:customXml></w:p>'); return 'word/document.xml', 'smartTag attr value + inline w:customXml element text'
# ---------------- equations ----------------
@tech('equations', 'word+lo')
def omml_mt(p, v, k):
    p.body_add('<w:p><m:oMathPara><m:oMath><m:r><m:t>%s</m:t></m:r></m:oMath></m:oMathPara></w:p>' % v, ns=('m',)); return 'word/document.xml', 'OMML m:t'
@tech('equations', 'word+lo')
def omml_split_runs(p, v, k):
    g = mpan_groups(v)
    p.body_add('<w:p>' + R('Core = ') + '<m:oMath>' + ''.join('<m:r><m:t>%s</m:t></m:r>' % x for x in g) + '</m:oMath></w:p>', ns=('m',)); return 'word/document.xml', 'OMML groups in separate m:r'
@tech('equations', 'word+lo')
def omml_begchr_endchr(p, v, k):
    p.body_add('<w:p>' + R('Check: ') + '<m:oMath><m:d><m:dPr><m:begChr m:val="%s"/><m:endChr m:val="%s"/></m:dPr><m:e><m:r><m:t>%s</m:t></m:r></m:e></m:d></m:oMath></w:p>' % (v[0], v[-1], v[1:-1]), ns=('m',)); return 'word/document.xml', 'first/last digit as m:begChr/m:endChr of a delimiter, middle in m:t'
@tech('equations', 'word+lo')
def omml_nary_chr_fraction(p, v, k):
    a, b = v[:6], v[7:]
    p.body_add('<w:p><m:oMath><m:r><m:t>%s</m:t></m:r><m:acc><m:accPr><m:chr m:val="%s"/></m:accPr><m:e><m:r><m:t>%s</m:t></m:r></m:e></m:acc></m:oMath></w:p>' % (a, v[6], b), ns=('m',)); return 'word/document.xml', '7th digit as m:acc m:chr accent char, rest in m:t (digit rendered above)'
# ---------------- drawing alt text, hyperlinks, bookmarks ----------------
def inline_pic(rid, descr='', title='', pid=701, cx=5400000, cy=600000, extra_blip=''):
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Picture %d" descr="%s" title="%s"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="img"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s">%s</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            % (cx, cy, pid, pid, xesc(descr), xesc(title), pid, rid, extra_blip, cx, cy))
def add_image(p, data, ext, descr='', title='', cx=5400000, cy=600000, extra_blip=''):
    p.n += 1; name = 'word/media/hx%d.%s' % (p.n, ext)
    p.set(name, data); p.ct_default(ext)
    rid = p.add_rel('word/document.xml', 'image', name[5:])
    p.body_add(inline_pic(rid, descr, title, 700 + p.n, cx, cy, extra_blip), ns=('wp', 'a', 'pic')); return name
def clean_png(): return media.enc(media.blank(), 'PNG')
@tech('alt', 'word-dialog', ('MPAN', 'NAME', 'ADDRESS'))
def docpr_descr(p, v, k):
    add_image(p, clean_png(), 'png', descr='Portal screenshot: ' + ctx(k, v)); return 'word/document.xml', 'wp:docPr descr (alt text) on a clean picture'
@tech('alt', 'word-dialog', ('MPAN', 'EMAIL'))
def docpr_title(p, v, k):
    add_image(p, clean_png(), 'png', title=v); return 'word/document.xml', 'wp:docPr title on a clean picture'
@tech('links', 'word-hover', ('MPAN', 'EMAIL'))
def hyperlink_external_target(p, v, k):
    url = 'https://crm.example.com/accounts/search?mpan=%s' % v if k == 'MPAN' else 'mailto:%s?subject=Appointment' % v
    rid = p.add_rel('word/document.xml', 'hyperlink', url, external=True)
    p.body_add('<w:p>' + R('Account in CRM: ') + '<w:hyperlink r:id="%s">' % rid + R('open record', '<w:color w:val="0563C1"/><w:u w:val="single"/>') + '</w:hyperlink></w:p>'); return 'word/_rels/document.xml.rels', 'external hyperlink target URL (shown on hover/ctrl-click)'
@tech('links', 'word-hover', ('MPAN', 'PHONE'))
def hyperlink_tooltip(p, v, k):
    p.body_add('<w:p><w:hyperlink w:anchor="_Toc1" w:tooltip="%s">' % xesc(ctx(k, v)) + R('step 1', '<w:u w:val="single"/>') + '</w:hyperlink></w:p>'); return 'word/document.xml', 'w:hyperlink w:tooltip (ScreenTip)'
@tech('links', 'word-dialog')
def bookmark_name(p, v, k):
    p.body_add('<w:p><w:bookmarkStart w:id="950" w:name="MPAN_%s"/>' % v + R('Registration record') + '<w:bookmarkEnd w:id="950"/></w:p>'); return 'word/document.xml', 'bookmark name (Insert > Bookmark dialog)'
@tech('links', 'word-hover')
def picture_hlinkclick(p, v, k):
    rid = p.add_rel('word/document.xml', 'hyperlink', 'https://portal.example.com/mpan/%s' % v, external=True)
    add_image(p, clean_png(), 'png', extra_blip='')
    s = p.get('word/document.xml'); i = s.rfind('<wp:docPr'); j = s.find('/>', i)
    s = s[:j] + '><a:hlinkClick r:id="%s" tooltip="Open %s"/></wp:docPr>' % (rid, v) + s[j + 2:]
    p.set('word/document.xml', s); return 'word/document.xml + rels', 'picture a:hlinkClick URL and tooltip'
# ---------------- headers, footers, notes, comments ----------------
HDR_NS = ' '.join('xmlns:%s="%s"' % (x, NS[x]) for x in ('w', 'r', 'v', 'o', 'wp', 'a', 'wps', 'mc', 'w10'))
def add_hf(p, kind, body, typ='default'):
    p.n += 1; name = 'word/%s%d.xml' % (kind, 90 + p.n)
    tag = 'hdr' if kind == 'header' else 'ftr'
    p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (tag, HDR_NS, body, tag))
    p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml' % kind)
    rid = p.add_rel('word/document.xml', kind, name[5:])
    s = p.get('word/document.xml')
    i = s.rfind('<w:sectPr'); sect = s[i:]
    sect = re.sub(r'<w:%sReference w:type="%s" r:id="[^"]+"/>' % (kind, typ), '', sect)
    s = s[:i] + sect; p.set('word/document.xml', s)
    p.sect_add('<w:%sReference w:type="%s" r:id="%s"/>' % (kind, typ, rid))
    if typ == 'first': 
        s = p.get('word/document.xml'); i = s.rfind('<w:sectPr'); j = s.find('</w:sectPr>', i)
        p.set('word/document.xml', s[:j] + '<w:titlePg/>' + s[j:])
    return name
@tech('headers', 'word+lo', ('MPAN', 'ADDRESS', 'NAME'))
def header_default(p, v, k):
    return add_hf(p, 'header', P('Evidence for ' + ctx(k, v))), 'default header paragraph'
@tech('headers', 'word+lo', ('MPAN', 'PHONE'))
def footer_default(p, v, k):
    return add_hf(p, 'footer', P('Contact: ' + ctx(k, v))), 'default footer paragraph'
@tech('headers', 'word+lo')
def header_first_page(p, v, k):
    return add_hf(p, 'header', P('MPAN ' + v), 'first'), 'first-page header (titlePg)'
@tech('headers', 'word+lo', ('MPAN', 'NAME'))
def header_watermark_textpath(p, v, k):
    wm = '<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>' % xesc(v)
    return add_hf(p, 'header', wm), 'watermark (VML textpath string) in header'
@tech('headers', 'word+lo')
def header_textbox(p, v, k):
    return add_hf(p, 'header', anchor_shape(P('Supply ' + v))), 'text box inside the header'
@tech('headers', 'word+lo')
def header_split_cells(p, v, k):
    a, b = halves(v)
    cell = lambda t: '<w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/></w:tcPr>%s</w:tc>' % P(t)
    tbl = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1400"/><w:gridCol w:w="1400"/></w:tblGrid><w:tr>' + cell(a) + cell(b) + '</w:tr></w:tbl>' + P('')
    return add_hf(p, 'header', tbl), 'header: halves in two borderless adjacent cells'
def add_notes(p, kind, text):
    tag = kind[:-1]  # footnote/endnote
    name = 'word/%ss.xml' % tag
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s><w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s><w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s></w:%ss>' % (tag, HDR_NS, tag, tag, tag, tag, tag))
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml' % tag)
        p.add_rel('word/document.xml', '%ss' % tag, name[5:])
    s = p.get(name)
    s = s.replace('</w:%ss>' % tag, '<w:%s w:id="7"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>%s</w:p></w:%s></w:%ss>' % (tag, tag, R(' ' + text), tag, tag))
    p.set(name, s)
    Tag = tag[0].upper() + tag[1:]
    p.body_add('<w:p>' + R('Reading taken from the meter display') + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="7"/></w:r></w:p>' % tag)
    return name
@tech('notes', 'word+lo', ('MPAN', 'GSERIAL', 'EMAIL'))
def footnote(p, v, k):
    return add_notes(p, 'footnotes', ctx(k, v)), 'footnote text'
@tech('notes', 'word+lo', ('MPAN', 'ADDRESS'))
def endnote(p, v, k):
    return add_notes(p, 'endnotes', ctx(k, v)), 'endnote text'
def add_comment(p, text, author='QA Team B', initials='QB'):
    name = 'word/comments.xml'
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s></w:comments>' % HDR_NS)
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
        p.add_rel('word/document.xml', 'comments', 'comments.xml')
    s = p.get(name)
    s = s.replace('</w:comments>', '<w:comment w:id="77" w:author="%s" w:initials="%s" w:date="2026-12-04T10:00:00Z">%s</w:comment></w:comments>' % (xesc(author), initials, P(text)))
    p.set(name, s)
    p.body_add('<w:p><w:commentRangeStart w:id="77"/>' + R('Step 3 verified') + '<w:commentRangeEnd w:id="77"/><w:r><w:commentReference w:id="77"/></w:r></w:p>')
    return name
@tech('comments', 'word+lo', ('MPAN', 'NAME', 'PHONE'))
def comment_text(p, v, k):
    return add_comment(p, ctx(k, v)), 'comment body'
@tech('comments', 'word+lo', ('NAME', 'EMAIL'))
def comment_author(p, v, k):
    return add_comment(p, 'Please re-check the register reading.', author=v, initials='XX'), 'comment w:author'
@tech('comments', 'word-dialog', ('EMAIL', 'NAME'))
def people_xml(p, v, k):
    add_comment(p, 'Checked.', author='QA Team B')
    p.set('word/people.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="%s" xmlns:w="%s"><w15:person w15:author="QA Team B"><w15:presenceInfo w15:providerId="AD" w15:userId="%s"/></w15:person></w15:people>' % (NS['w15'], NS['w'], xesc(v)))
    p.ct_override('word/people.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml')
    p.add_rel('word/document.xml', 'http://schemas.microsoft.com/office/2011/relationships/people', 'people.xml')
    return 'word/people.xml', 'people.xml presenceInfo userId'
# ---------------- content controls, docVars, settings ----------------
@tech('sdt', 'word-dialog', ('MPAN', 'NAME'))
def sdt_alias_tag(p, v, k):
    p.body_add('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="1001"/><w:text/></w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>' % (xesc(v), xesc(v), R('Registered'))); return 'word/document.xml', 'content control alias + tag (title shown on the control border)'
@tech('sdt', 'word+lo')
def sdt_dropdown_displaytext(p, v, k):
    p.body_add('<w:p><w:sdt><w:sdtPr><w:id w:val="1002"/><w:dropDownList><w:listItem w:displayText="Choose a supply" w:value="0"/><w:listItem w:displayText="MPAN %s" w:value="1"/></w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt></w:p>' % (v, R('Choose a supply'))); return 'word/document.xml', 'drop-down list item displayText (shown when list opened)'
@tech('sdt', 'word+lo', ('MPAN', 'ADDRESS'))
def sdt_databinding_customxml(p, v, k):
    p.set('customXml/item8.xml', '<?xml version="1.0" encoding="UTF-8"?><evidence xmlns="urn:example:evidence"><supply>%s</supply></evidence>' % xesc(v))
    p.set('customXml/itemProps8.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6A1B2C3D-0000-4000-8000-00000000ABCD}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:evidence"/></ds:schemaRefs></ds:datastoreItem>')
    p.ct_override('customXml/itemProps8.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.add_rel('customXml/item8.xml', 'customXmlProps', 'itemProps8.xml')
    p.add_rel('word/document.xml', 'customXml', '../customXml/item8.xml')
    p.body_add('<w:sdt><w:sdtPr><w:id w:val="1003"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:example:evidence\'" w:xpath="/ns0:evidence[1]/ns0:supply[1]" w:storeItemID="{6A1B2C3D-0000-4000-8000-00000000ABCD}"/><w:text/></w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>' % R('[supply]'))
    return 'customXml/item8.xml', 'content control bound to customXml; Word shows the bound value, cached content is a placeholder'
@tech('sdt', 'word+lo')
def sdt_placeholder_docpart(p, v, k):
    p.body_add('<w:sdt><w:sdtPr><w:id w:val="1004"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>' % R('Enter supply e.g. ' + v, '<w:rStyle w:val="PlaceholderText"/>')); return 'word/document.xml', 'content control placeholder text'
@tech('settings', 'word-fields', ('MPAN', 'NAME', 'ADDRESS'))
def docvars(p, v, k):
    p.settings_add('<w:docVars><w:docVar w:name="SupplyRef" w:val="%s"/></w:docVars>' % xesc(v)); return 'word/settings.xml', 'w:docVar value (shown by DOCVARIABLE field / macros)'
@tech('settings', 'word-dialog', ('MPAN', 'NAME'))
def attached_template_path(p, v, k):
    rid = p.add_rel('word/settings.xml', 'attachedTemplate', 'file:///C:/Users/QA/Templates/Evidence_%s.dotx' % v.replace(' ', '_'), external=True)
    s = p.get('word/settings.xml')
    if 'xmlns:r=' not in s[:s.find('>', s.find('<w:settings'))]: p.ensure_ns('word/settings.xml', 'r')
    p.settings_add('<w:attachedTemplate r:id="%s"/>' % rid, before=('w:defaultTabStop',)); return 'word/_rels/settings.xml.rels', 'attached template path (Developer > Document Template)'
@tech('settings', 'word-dialog', ('MPAN',))
def mailmerge_query(p, v, k):
    p.settings_add('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\data\\supplies.xlsx"/><w:query w:val="SELECT * FROM `Sheet1$` WHERE MPAN = \'%s\'"/></w:mailMerge>' % v, before=('w:defaultTabStop',)); return 'word/settings.xml', 'mail merge query text (shown on open)'
@tech('settings', 'word-dialog', ('EMAIL', 'NAME'))
def permission_range_editor(p, v, k):
    p.body_add('<w:p><w:permStart w:id="4" w:ed="%s"/>' % xesc(v) + R('Editable observation area') + '<w:permEnd w:id="4"/></w:p>'); return 'word/document.xml', 'w:permStart w:ed (Restrict Editing pane lists the person)'
@tech('settings', 'extract', ('MPAN',))
def websettings_frameset(p, v, k):
    if not p.has('word/webSettings.xml'):
        p.set('word/webSettings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:webSettings xmlns:w="%s"></w:webSettings>' % NS['w'])
        p.ct_override('word/webSettings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml'); p.add_rel('word/document.xml', 'webSettings', 'webSettings.xml')
    s = p.get('word/webSettings.xml'); i = s.find('>', s.find('<w:webSettings')) + 1
    if s[i - 2] == '/': s = s[:i - 2] + '>' + '</w:webSettings>'; i = len(s) - len('</w:webSettings>')
    p.set('word/webSettings.xml', s[:i] + '<w:frameset><w:frame><w:name w:val="supply"/><w:sourceFileName r:id="x"/><w:longDesc r:id="y"/><w:title w:val="MPAN %s"/></w:frame></w:frameset>' % v + s[i:]) if False else p.set('word/webSettings.xml', s[:i] + '<w:divs><w:div w:id="1"><w:bodyDiv w:val="1"/><w:marLeft w:val="0"/><w:marRight w:val="0"/><w:marTop w:val="0"/><w:marBottom w:val="0"/><w:divBdr/></w:div></w:divs><w:encoding w:val="MPAN-%s"/>' % v + s[i:])
    return 'word/webSettings.xml', 'webSettings w:encoding value'
@tech('numbering', 'word+lo', ('MPAN', 'NAME'))
def numbering_lvltext(p, v, k):
    name = 'word/numbering.xml'
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s"></w:numbering>' % NS['w'])
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'); p.add_rel('word/document.xml', 'numbering', 'numbering.xml')
    s = p.get(name)
    lvl = '<w:abstractNum w:abstractNumId="88"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s – step %%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' % xesc(v)
    i = s.find('<w:num '); i = i if i >= 0 else s.rfind('</w:numbering>')
    s = s[:i] + lvl + s[i:]
    s = s.replace('</w:numbering>', '<w:num w:numId="88"><w:abstractNumId w:val="88"/></w:num></w:numbering>')
    p.set(name, s)
    p.body_add('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="88"/></w:numPr></w:pPr>' + R('Send IF-031 and record the acknowledgement') + '</w:p>')
    return name, 'numbering lvlText prefix on a list paragraph'
@tech('numbering', 'word+lo')
def numbering_legal_split(p, v, k):
    a, b = v[:6], v[6:]
    name = 'word/numbering.xml'
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s"></w:numbering>' % NS['w'])
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'); p.add_rel('word/document.xml', 'numbering', 'numbering.xml')
    s = p.get(name)
    lvl = '<w:abstractNum w:abstractNumId="89"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:suff w:val="nothing"/></w:lvl></w:abstractNum>' % a
    i = s.find('<w:num '); i = i if i >= 0 else s.rfind('</w:numbering>')
    s = s[:i] + lvl + s[i:]
    s = s.replace('</w:numbering>', '<w:num w:numId="89"><w:abstractNumId w:val="89"/></w:num></w:numbering>')
    p.set(name, s)
    p.body_add('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="89"/></w:numPr></w:pPr>' + R(b) + '</w:p>')
    return name, 'legal numbering: first 6 digits are the list label (suff nothing), rest in the paragraph'
@tech('styles', 'word-dialog', ('MPAN', 'NAME'))
def style_name_alias(p, v, k):
    s = p.get('word/styles.xml')
    s = s.replace('</w:styles>', '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SupplyX"><w:name w:val="Supply %s"/><w:aliases w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style></w:styles>' % (xesc(v), xesc(v)))
    p.set('word/styles.xml', s)
    p.body_add('<w:p><w:pPr><w:pStyle w:val="SupplyX"/></w:pPr>' + R('Registration confirmed') + '</w:p>'); return 'word/styles.xml', 'style name + aliases (Styles gallery)'
@tech('fonts', 'word-dialog', ('MPAN',))
def font_table_name(p, v, k):
    s = p.get('word/fontTable.xml')
    s = s.replace('</w:fonts>', '<w:font w:name="MPAN %s"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>' % v)
    p.set('word/fontTable.xml', s)
    p.body_add(P('Registration confirmed', '<w:rFonts w:ascii="MPAN %s" w:hAnsi="MPAN %s"/>' % (v, v))); return 'word/fontTable.xml', 'font name used by a run (font box shows it)'
@tech('fonts', 'extract', ('MPAN',))
def theme_font_name(p, v, k):
    if not p.has('word/theme/theme1.xml'): return None
    s = p.get('word/theme/theme1.xml')
    s = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*', r'\g<1>Supply %s' % v, s, count=1)
    p.set('word/theme/theme1.xml', s); return 'word/theme/theme1.xml', 'theme minor latin font typeface'
# ---------------- properties ----------------
def core_set(p, tag, val):
    s = p.get('docProps/core.xml')
    if '<%s' % tag in s:
        s = re.sub(r'<%s(/>|>.*?</%s>)' % (tag, tag), '<%s>%s</%s>' % (tag, xesc(val), tag), s, count=1, flags=re.S)
    else:
        s = s.replace('</cp:coreProperties>', '<%s>%s</%s></cp:coreProperties>' % (tag, xesc(val), tag))
    p.set('docProps/core.xml', s)
@tech('props', 'word-dialog', ('MPAN', 'NAME'))
def core_title(p, v, k):
    core_set(p, 'dc:title', 'Evidence ' + v); return 'docProps/core.xml', 'dc:title (title bar / File > Info)'
@tech('props', 'word-dialog', ('MPAN', 'ADDRESS'))
def core_subject_keywords(p, v, k):
    core_set(p, 'cp:keywords', 'COS; R2; ' + v); return 'docProps/core.xml', 'cp:keywords'
@tech('props', 'word-dialog', ('NAME', 'EMAIL'))
def core_last_modified_by(p, v, k):
    core_set(p, 'cp:lastModifiedBy', v); return 'docProps/core.xml', 'cp:lastModifiedBy'
@tech('props', 'word-dialog', ('MPAN',))
def core_description(p, v, k):
    s = p.get('docProps/core.xml')
    if 'xmlns:dc=' not in s: return None
    core_set(p, 'dc:description', 'Supply ' + v); return 'docProps/core.xml', 'dc:description (Comments)'
@tech('props', 'word-dialog', ('MPAN', 'NAME'))
def app_company_manager(p, v, k):
    s = p.get('docProps/app.xml')
    s = re.sub(r'<Company>.*?</Company>|<Company/>', '', s)
    s = s.replace('</Properties>', '<Manager>%s</Manager></Properties>' % xesc(v))
    p.set('docProps/app.xml', s); return 'docProps/app.xml', 'extended property Manager'
@tech('props', 'word-dialog', ('MPAN', 'PHONE', 'EUI64'))
def custom_property(p, v, k):
    name = 'docProps/custom.xml'
    if not p.has(name):
        p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>')
        p.ct_override(name, 'application/vnd.openxmlformats-officedocument.custom-properties+xml')
        p.add_rel('', 'custom-properties', 'docProps/custom.xml')
    s = p.get(name)
    s = s.replace('</Properties>', '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="77" name="SupplyRef"><vt:lpwstr>%s</vt:lpwstr></property></Properties>' % xesc(v))
    p.set(name, s); return name, 'custom document property SupplyRef'
@tech('props', 'extract', ('MPAN',))
def customxml_itemprops_uri(p, v, k):
    p.set('customXml/item7.xml', '<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:example:x"/>')
    p.set('customXml/itemProps7.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{11111111-2222-4333-8444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:supply:%s"/></ds:schemaRefs></ds:datastoreItem>' % v)
    p.ct_override('customXml/itemProps7.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.add_rel('customXml/item7.xml', 'customXmlProps', 'itemProps7.xml'); p.add_rel('word/document.xml', 'customXml', '../customXml/item7.xml')
    return 'customXml/itemProps7.xml', 'customXml item properties schemaRef uri'
# ---------------- altChunks, glossary, extra parts ----------------
def altchunk(p, ext, data):
    p.n += 1; name = 'word/afchunk%d.%s' % (p.n, ext); p.set(name, data); p.ct_default(ext)
    rid = p.add_rel('word/document.xml', 'aFChunk', name[5:])
    p.body_add('<w:altChunk r:id="%s"/>' % rid); return name
@tech('altchunk', 'word+lo', ('MPAN', 'ADDRESS', 'NAME'))
def altchunk_html(p, v, k):
    return altchunk(p, 'html', '<html><body><p>Portal notes: %s</p></body></html>' % xesc(ctx(k, v))), 'altChunk HTML'
@tech('altchunk', 'word+lo')
def altchunk_html_split_tags(p, v, k):
    a, b = halves(v)
    return altchunk(p, 'html', '<html><body><p>MPAN <b>%s</b><span style="color:#333">%s</span></p></body></html>' % (a, b)), 'altChunk HTML digits split by <b>/<span>'
@tech('altchunk', 'word+lo', ('MPAN', 'MPRN'))
def altchunk_html_entities(p, v, k):
    return altchunk(p, 'html', '<html><body><p>Supply&nbsp;%s</p></body></html>' % ''.join('&#%d;' % ord(c) for c in v)), 'altChunk HTML numeric character references'
@tech('altchunk', 'word+lo', ('MPAN', 'PHONE'))
def altchunk_rtf(p, v, k):
    return altchunk(p, 'rtf', '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 Field notes: %s\\par}' % ctx(k, v)), 'altChunk RTF'
@tech('altchunk', 'word+lo')
def altchunk_rtf_hex_escapes(p, v, k):
    return altchunk(p, 'rtf', '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 MPAN %s\\par}' % ''.join("\\'%02x" % ord(c) for c in v)), "altChunk RTF with \\'hh escaped digits"
@tech('altchunk', 'word+lo', ('MPAN', 'EMAIL'))
def altchunk_text(p, v, k):
    return altchunk(p, 'txt', 'Harness log 2026-12-04T10:15:02Z INFO ' + ctx(k, v) + '\r\n'), 'altChunk plain text'
@tech('altchunk', 'word+lo')
def altchunk_text_utf16(p, v, k):
    return altchunk(p, 'txt', ('\ufeffSupply ' + v + '\r\n').encode('utf-16-le')), 'altChunk plain text UTF-16LE with BOM'
@tech('parts', 'word-glossary', ('MPAN', 'ADDRESS'))
def glossary_part(p, v, k):
    name = 'word/glossary/document.xml'
    p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="%s"><w:docParts><w:docPart><w:docPartPr><w:name w:val="SupplyBlock"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:guid w:val="{0A0B0C0D-1111-4222-8333-444455556666}"/></w:docPartPr><w:docPartBody>%s</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>' % (NS['w'], P(ctx(k, v))))
    p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml')
    p.add_rel('word/document.xml', 'glossaryDocument', 'glossary/document.xml'); return name, 'glossary document building block (Quick Parts)'
@tech('parts', 'extract', ('MPAN', 'NAME'))
def orphan_relationship_part(p, v, k):
    name = 'word/notes/handover.xml'
    p.set(name, '<?xml version="1.0" encoding="UTF-8"?><handover><note>%s</note></handover>' % xesc(ctx(k, v)))
    p.ct_override(name, 'application/xml'); p.add_rel('word/document.xml', 'http://example.com/relationships/handover', 'notes/handover.xml'); return name, 'extra XML part reached only by a custom relationship'
@tech('parts', 'extract', ('MPAN',))
def second_document_part(p, v, k):
    name = 'word/document2.xml'
    p.set(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (NS['w'], P('Supply ' + v)))
    p.ct_override(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    p.add_rel('word/document.xml', 'subDocument', 'document2.xml'); return name, 'second WordprocessingML main part reached by subDocument relationship'
@tech('parts', 'extract', ('MPAN',))
def unlisted_zip_member(p, v, k):
    p.set('word/media/readme.txt', 'pasted from portal: supply %s\n' % v); return 'word/media/readme.txt', 'zip member not in content types nor rels'
@tech('parts', 'extract', ('MPAN', 'NAME'))
def xml_comment_in_document(p, v, k):
    s = p.get('word/document.xml'); i = s.find('<w:body>') + len('<w:body>')
    p.set('word/document.xml', s[:i] + '<!-- source: %s -->' % ctx(k, v).replace('--', '-') + s[i:]); return 'word/document.xml', 'XML comment inside document.xml'
@tech('parts', 'extract', ('MPAN',))
def zip_file_comment(p, v, k):
    p.comment = ('exported for supply %s' % v).encode(); return '(zip comment)', 'zip archive comment'
# ---------------- images ----------------
@tech('images', 'word+lo', ('MPAN', 'ADDRESS', 'EUI64'))
def png_pixels(p, v, k):
    return add_image(p, media.enc(media.text_img(ctx(k, v)), 'PNG'), 'png'), 'PNG pixels'
@tech('images', 'extract', ('MPAN', 'NAME'))
def png_text_chunk(p, v, k):
    pi = PngInfo(); pi.add_text('Comment', ctx(k, v))
    return add_image(p, media.enc(media.blank(), 'PNG', pnginfo=pi), 'png'), 'PNG tEXt chunk'
@tech('images', 'extract', ('MPAN',))
def png_itxt_ztxt(p, v, k):
    pi = PngInfo(); pi.add_itxt('Description', 'Supply ' + v, zip=True)
    return add_image(p, media.enc(media.blank(), 'PNG', pnginfo=pi), 'png'), 'PNG compressed iTXt chunk'
@tech('images', 'extract', ('MPAN', 'NAME'))
def png_icc_desc(p, v, k):
    return add_image(p, media.enc(media.blank(), 'PNG', icc_profile=media.icc_profile('Supply ' + v if k == 'MPAN' else v)), 'png'), 'PNG iCCP profile desc text'
@tech('images', 'extract', ('MPAN',))
def jpeg_icc_cprt(p, v, k):
    return add_image(p, media.enc(media.blank(), 'JPEG', icc_profile=media.icc_profile('sRGB', 'MPAN ' + v)), 'jpeg'), 'JPEG ICC profile copyright text'
@tech('images', 'extract', ('MPAN', 'NAME', 'ADDRESS'))
def jpeg_exif_description(p, v, k):
    ex = Image.Exif(); ex[0x010E] = ctx(k, v); ex[0x013B] = 'QA Team B'
    return add_image(p, media.enc(media.blank(), 'JPEG', exif=ex.tobytes()), 'jpeg'), 'JPEG EXIF ImageDescription'
@tech('images', 'extract', ('MPAN', 'NAME'))
def jpeg_exif_xpcomment(p, v, k):
    ex = Image.Exif(); ex[0x9C9C] = (ctx(k, v) + '\0').encode('utf-16-le')
    return add_image(p, media.enc(media.blank(), 'JPEG', exif=ex.tobytes()), 'jpeg'), 'JPEG EXIF XPComment (UTF-16)'
@tech('images', 'extract', ('MPAN', 'EMAIL'))
def jpeg_com(p, v, k):
    return add_image(p, media.enc(media.blank(), 'JPEG', comment=ctx(k, v).encode()), 'jpeg'), 'JPEG COM segment'
@tech('images', 'extract', ('MPAN', 'ADDRESS'))
def jpeg_xmp(p, v, k):
    return add_image(p, media.jpeg_insert_segment(media.enc(media.blank(), 'JPEG'), 0xE1, media.xmp_packet(xesc(ctx(k, v)))), 'jpeg'), 'JPEG XMP dc:description'
@tech('images', 'extract', ('MPAN', 'NAME'))
def jpeg_iptc(p, v, k):
    return add_image(p, media.jpeg_insert_segment(media.enc(media.blank(), 'JPEG'), 0xED, media.iptc_app13(ctx(k, v))), 'jpeg'), 'JPEG IPTC caption (APP13)'
@tech('images', 'word+lo', ('MPAN', 'POSTCODE'))
def jpeg_pixels_lowq(p, v, k):
    return add_image(p, media.enc(media.text_img(ctx(k, v), fs=28), 'JPEG', quality=35), 'jpeg'), 'JPEG pixels quality 35 (screen-share copy)'
@tech('images', 'word+lo', ('MPAN', 'MPRN'))
def tiff_pixels(p, v, k):
    return add_image(p, media.enc(media.text_img('Supply ' + v), 'TIFF', compression='tiff_lzw'), 'tiff'), 'TIFF (LZW) pixels'
@tech('images', 'extract', ('MPAN',))
def tiff_description_tag(p, v, k):
    return add_image(p, media.enc(media.blank(), 'TIFF', tiffinfo={270: 'Supply ' + v}), 'tiff'), 'TIFF ImageDescription tag'
@tech('images', 'word+lo', ('MPAN', 'ESERIAL'))
def bmp_pixels(p, v, k):
    return add_image(p, media.enc(media.text_img(ctx(k, v)), 'BMP'), 'bmp'), 'BMP pixels'
@tech('images', 'word+lo', ('MPAN', 'NAME'))
def webp_pixels(p, v, k):
    return add_image(p, media.enc(media.text_img(ctx(k, v)), 'WEBP', quality=90), 'webp'), 'WebP pixels'
@tech('images', 'word+lo', ('MPAN', 'PHONE'))
def gif_pixels(p, v, k):
    return add_image(p, media.enc(media.text_img(ctx(k, v)).convert('P'), 'GIF'), 'gif'), 'GIF pixels'
@tech('images', 'extract', ('MPAN',))
def gif_comment(p, v, k):
    return add_image(p, media.enc(media.blank().convert('P'), 'GIF', comment=('Supply ' + v).encode()), 'gif'), 'GIF comment extension'
@tech('images', 'word-anim', ('MPAN', 'NAME'))
def gif_animated_second_frame(p, v, k):
    f1 = media.blank().convert('P'); f2 = media.text_img(ctx(k, v), size=(600, 90), fs=18).convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[800, 800], loop=0)
    return add_image(p, b.getvalue(), 'gif'), 'animated GIF, identifier only in frame 2'
@tech('images', 'word+lo', ('MPAN',))
def png_white_on_transparent(p, v, k):
    im = media.text_img('Supply ' + v, fg=(255, 255, 255, 255), bg=(255, 255, 255, 0), mode='RGBA')
    return add_image(p, media.enc(im, 'PNG'), 'png'), 'white text on transparent PNG (visible on dark page colour / viewer)'
@tech('images', 'word+lo', ('MPAN',))
def png_rotated_90(p, v, k):
    im = media.text_img('Supply ' + v).rotate(90, expand=True)
    return add_image(p, media.enc(im, 'PNG'), 'png', cx=600000, cy=5400000), 'PNG text rotated 90°'
@tech('images', 'word+lo', ('MPAN',))
def png_lone_small_text(p, v, k):
    from PIL import ImageDraw, ImageFont
    im = Image.new('RGB', (1920, 1080), 'white'); d = ImageDraw.Draw(im); d.text((1300, 900), v, fill='black', font=ImageFont.truetype(media.FONT, 14))
    return add_image(p, media.enc(im, 'PNG'), 'png', cx=5760000, cy=3240000), 'lone 14px MPAN on empty 1920x1080 screen'
@tech('images', 'word+lo', ('MPAN',))
def png_sbox(p, v, k):
    from PIL import ImageDraw, ImageFont
    im = Image.new('RGB', (520, 150), 'white'); d = ImageDraw.Draw(im); f = ImageFont.truetype(media.FONT, 26); fb = ImageFont.truetype(media.FONT, 70)
    d.rectangle((5, 5, 515, 145), outline='black', width=3); d.text((20, 30), 'S', font=fb, fill='black')
    d.text((110, 25), '0%d   8%02d   %03d' % (RND.randint(1, 8), RND.randint(0, 99), RND.randint(100, 999)), font=f, fill='black')
    g = mpan_groups(v); d.text((110, 85), '   '.join(g), font=f, fill='black')
    return add_image(p, media.enc(im, 'PNG'), 'png', cx=3300000, cy=950000), 'S-box image (bill style), 2 rows'
@tech('images', 'word-only', ('MPAN',))
def image_cropped_out(p, v, k):
    im = Image.new('RGB', (1200, 200), 'white'); from PIL import ImageDraw, ImageFont
    d = ImageDraw.Draw(im); d.text((20, 20), 'DIP Message Tracker - IF-031 Accepted', font=ImageFont.truetype(media.FONT, 28), fill='black'); d.text((20, 130), 'Supply ' + v, font=ImageFont.truetype(media.FONT, 28), fill='black')
    name = add_image(p, media.enc(im, 'PNG'), 'png')
    s = p.get('word/document.xml'); i = s.rfind('<a:stretch>')
    s = s[:i] + '<a:srcRect b="45000"/>' + s[i:]; p.set('word/document.xml', s)
    return name, 'image cropped with a:srcRect so the identifier line is hidden but kept in the file'
@tech('images', 'word+lo', ('MPAN', 'NAME'))
def svg_text(p, v, k):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="80"><rect width="1100" height="80" fill="white"/><text x="10" y="50" font-family="Arial" font-size="28">%s</text></svg>' % xesc(ctx(k, v))
    png = p.n
    ext = '<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="%s" r:embed="SVGRID"/></a:ext></a:extLst>' % NS['asvg']
    name = add_image(p, clean_png(), 'png', extra_blip=ext)
    p.n += 1; sname = 'word/media/hx%d.svg' % p.n; p.set(sname, svg); p.ct_default('svg')
    rid = p.add_rel('word/document.xml', 'image', sname[5:])
    p.set('word/document.xml', p.get('word/document.xml').replace('SVGRID', rid)); return sname, 'SVG blip (Word 2016+ shows SVG, PNG fallback clean)'
@tech('images', 'word+lo', ('MPAN',))
def svg_tspan_split(p, v, k):
    g = mpan_groups(v)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="80"><text x="10" y="50" font-family="Arial" font-size="28">MPAN <tspan>%s</tspan><tspan dx="4">%s</tspan><tspan fill="#222">%s</tspan><tspan>%s</tspan></text></svg>' % tuple(g)
    return add_image(p, svg.encode(), 'svg'), 'SVG only blip, digits split over tspans'
@tech('images', 'word+lo', ('MPAN', 'NAME'))
def emf_exttextout(p, v, k):
    return add_image(p, media.emf_text('Supply ' + v if k == 'MPAN' else v), 'emf'), 'EMF EMR_EXTTEXTOUTW record'
@tech('images', 'word+lo', ('MPAN',))
def wmf_exttextout(p, v, k):
    return add_image(p, media.wmf_text('Supply ' + v), 'wmf'), 'WMF META_EXTTEXTOUT record'
@tech('images', 'word-dialog', ('MPAN',))
def thumbnail_pixels(p, v, k):
    p.set('docProps/thumbnail.jpeg', media.enc(media.text_img('Supply ' + v, size=(700, 100)), 'JPEG')); p.ct_default('jpeg')
    p.add_rel('', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg')
    return 'docProps/thumbnail.jpeg', 'package thumbnail image pixels (Explorer/Finder preview)'
@tech('images', 'extract', ('MPAN',))
def unreferenced_media(p, v, k):
    p.set('word/media/image99.png', media.enc(media.text_img('Supply ' + v), 'PNG')); p.ct_default('png'); return 'word/media/image99.png', 'discarded image left in media/ with no relationship'
# ---------------- charts, smartart ----------------
CHART_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="%s" xmlns:a="%s" xmlns:r="%s"><c:chart>' % (NS['c'], NS['a'], NS['r'])
def rich(t): return '<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>%s</a:t></a:r></a:p></c:rich></c:tx>' % xesc(t)
def chart_xml(title='Consumption by day', cats=('Mon', 'Tue', 'Wed'), axis_title='Day', dlbl=None, sername='kWh'):
    cat = '<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$%d</c:f><c:strCache><c:ptCount val="%d"/>%s</c:strCache></c:strRef></c:cat>' % (len(cats) + 1, len(cats), ''.join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, xesc(c)) for i, c in enumerate(cats)))
    val = '<c:val><c:numRef><c:f>Sheet1!$B$2:$B$%d</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="%d"/>%s</c:numCache></c:numRef></c:val>' % (len(cats) + 1, len(cats), ''.join('<c:pt idx="%d"><c:v>%d</c:v></c:pt>' % (i, 10 + i * 3) for i in range(len(cats))))
    dl = ''
    if dlbl: dl = '<c:dLbls><c:dLbl><c:idx val="0"/>%s<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' % rich(dlbl)
    ser = '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:strCache></c:strRef></c:tx>%s%s%s</c:ser>' % (xesc(sername), dl, cat, val)
    return CHART_HEAD + '<c:title>%s<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>%s<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title>%s<c:overlay val="0"/></c:title><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>' % (rich(title), ser, rich(axis_title))
def add_chart(p, xml, workbook=None):
    p.n += 1; name = 'word/charts/chart%d.xml' % (50 + p.n); p.set(name, xml)
    p.ct_override(name, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')
    if workbook:
        wb = 'word/embeddings/Microsoft_Excel_Worksheet%d.xlsx' % p.n; p.set(wb, workbook); p.ct_default('xlsx')
        rid = p.add_rel(name, 'package', '../embeddings/' + wb.rsplit('/', 1)[1])
        p.set(name, p.get(name).replace('</c:chartSpace>', '<c:externalData r:id="%s"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>' % rid))
    rid = p.add_rel('word/document.xml', 'chart', name[5:])
    p.body_add('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5000000" cy="2800000"/><wp:docPr id="%d" name="Chart %d"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' % (800 + p.n, p.n, rid), ns=('wp', 'a', 'c'))
    return name
@tech('charts', 'word+lo', ('MPAN', 'ADDRESS'))
def chart_title(p, v, k):
    return add_chart(p, chart_xml(title='Half-hourly consumption for ' + (v if k == 'MPAN' else v))), 'chart title rich text'
@tech('charts', 'word+lo', ('MPAN',))
def chart_axis_title(p, v, k):
    return add_chart(p, chart_xml(axis_title='Supply ' + v)), 'chart category axis title'
@tech('charts', 'word+lo', ('MPAN', 'ESERIAL'))
def chart_category_cache(p, v, k):
    return add_chart(p, chart_xml(cats=('Mon', v, 'Wed'))), 'chart category label from c:strCache'
@tech('charts', 'word+lo', ('MPAN',))
def chart_series_name_cache(p, v, k):
    return add_chart(p, chart_xml(sername='MPAN ' + v)), 'series name from cache (legend)'
@tech('charts', 'word+lo', ('MPAN', 'NAME'))
def chart_data_label(p, v, k):
    return add_chart(p, chart_xml(dlbl=v)), 'custom data label rich text'
def xlsx_with(cell_text, sheet='Readings'):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = 'Day'; ws['B1'] = 'kWh'; ws['A2'] = 'Mon'; ws['B2'] = 10; ws['A5'] = cell_text
    b = io.BytesIO(); wb.save(b); return b.getvalue()
@tech('charts', 'extract', ('MPAN', 'NAME'))
def chart_embedded_workbook(p, v, k):
    return add_chart(p, chart_xml(), workbook=xlsx_with(ctx(k, v))), 'chart embedded workbook cell A5 (Edit Data shows it)'
@tech('smartart', 'word+lo', ('MPAN', 'NAME'))
def smartart_data(p, v, k):
    dm = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="%s" xmlns:a="%s"><dgm:ptLst><dgm:pt modelId="{00000000-0000-4000-8000-000000000001}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt><dgm:pt modelId="{00000000-0000-4000-8000-000000000002}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="{00000000-0000-4000-8000-000000000003}" srcId="{00000000-0000-4000-8000-000000000001}" destId="{00000000-0000-4000-8000-000000000002}" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>' % (NS['dgm'], NS['a'], xesc(ctx(k, v)))
    dr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dgm="%s" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="%s"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/><dsp:sp modelId="{00000000-0000-4000-8000-000000000002}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></dsp:spPr><dsp:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"/></dsp:style><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1400"/><a:t>%s</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="800000"/></dsp:txXfrm></dsp:sp></dsp:spTree></dsp:drawing>' % (NS['dgm'], NS['a'], xesc(ctx(k, v)))
    p.set('word/diagrams/data1.xml', dm); p.set('word/diagrams/drawing1.xml', dr)
    p.ct_override('word/diagrams/data1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml')
    p.ct_override('word/diagrams/drawing1.xml', 'application/vnd.ms-office.drawingml.diagramDrawing+xml')
    r1 = p.add_rel('word/document.xml', 'diagramData', 'diagrams/data1.xml')
    r2 = p.add_rel('word/document.xml', 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing', 'diagrams/drawing1.xml')
    p.body_add('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="4000000" cy="800000"/><wp:docPr id="901" name="Diagram 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="%s" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' % r1, ns=('wp', 'a', 'dgm'))
    return 'word/diagrams/data1.xml + drawing1.xml', 'SmartArt data model text and drawing cache'
# ---------------- embedded packages / OLE ----------------
def ole_object_package(p, data, ext, progid, preview_text='Embedded file'):
    p.n += 1; name = 'word/embeddings/Emb_%d.%s' % (p.n, ext); p.set(name, data); p.ct_default(ext)
    rid = p.add_rel('word/document.xml', 'package', name[5:])
    p.n += 1; img = 'word/media/hx%d.png' % p.n; p.set(img, media.enc(media.blank((300, 60), preview_text), 'PNG')); p.ct_default('png')
    irid = p.add_rel('word/document.xml', 'image', img[5:])
    p.body_add('<w:p><w:r><w:object w:dxaOrig="4500" w:dyaOrig="900"><v:shape id="ole%d" type="#_x0000_t75" style="width:225pt;height:45pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="%s" ShapeID="ole%d" DrawAspect="Content" ObjectID="_1770000%03d" r:id="%s"/></w:object></w:r></w:p>' % (p.n, irid, progid, p.n, p.n, rid), ns=('v', 'o'))
    return name
def docx_with(text):
    q = Pkg(BASES['P']); q.body_add(P(text)); b = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in q.order: z.writestr(n, q.p[n])
    return b.getvalue()
@tech('embedded', 'word-open', ('MPAN', 'NAME', 'MPRN'))
def embedded_xlsx(p, v, k):
    return ole_object_package(p, xlsx_with(ctx(k, v)), 'xlsx', 'Excel.Sheet.12', 'Readings.xlsx'), 'embedded .xlsx (package), cell A5'
@tech('embedded', 'word-open', ('MPAN',))
def embedded_xlsx_sheetname(p, v, k):
    return ole_object_package(p, xlsx_with('ok', sheet=v[:31]), 'xlsx', 'Excel.Sheet.12', 'Readings.xlsx'), 'embedded .xlsx worksheet name'
@tech('embedded', 'word-open', ('MPAN', 'ADDRESS'))
def embedded_docx(p, v, k):
    return ole_object_package(p, docx_with(ctx(k, v)), 'docx', 'Word.Document.12', 'Notes.docx'), 'embedded .docx (package)'
@tech('embedded', 'word-open', ('MPAN',))
def embedded_docx_recursive(p, v, k):
    inner = docx_with('Supply ' + v)
    q = Pkg(BASES['P']); ole_object_package(q, inner, 'docx', 'Word.Document.12', 'Inner.docx'); b = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in q.order: z.writestr(n, q.p[n])
    return ole_object_package(p, b.getvalue(), 'docx', 'Word.Document.12', 'Outer.docx'), 'docx inside docx inside the document (2 levels)'
@tech('embedded', 'word-open', ('MPAN', 'EMAIL'))
def embedded_pptx(p, v, k):
    if not os.path.exists('/tmp/ho35/docx/base/deck.pptx'): return None
    import zipfile
    z = zipfile.ZipFile('/tmp/ho35/docx/base/deck.pptx'); files = {n: z.read(n) for n in z.namelist()}
    for n in files:
        if n.startswith('ppt/slides/slide') and n.endswith('.xml'):
            files[n] = files[n].replace(b'PLACEHOLDERTEXT', xesc(ctx(k, v)).encode())
    return ole_object_package(p, media.zip_bytes(files), 'pptx', 'PowerPoint.Show.12', 'Deck.pptx'), 'embedded .pptx slide text'
def ole_native(p, label, payload, desc):
    if not p.has('word/embeddings/oleObject1.bin'): return None
    tmp = tempfile.mktemp(suffix='.bin'); open(tmp, 'wb').write(p.p['word/embeddings/oleObject1.bin'])
    o = olefile.OleFileIO(tmp, write_mode=True); sz = o.get_size('\x01Ole10Native')
    o.write_stream('\x01Ole10Native', media.ole10native(label, payload, sz)); o.close()
    p.set('word/embeddings/oleObject1.bin', open(tmp, 'rb').read()); os.unlink(tmp)
    return 'word/embeddings/oleObject1.bin', desc
@tech('ole', 'word-open', ('MPAN', 'NAME', 'ADDRESS'))
def ole_package_text(p, v, k):
    return ole_native(p, 'notes.txt', ('Field notes\r\n' + ctx(k, v) + '\r\n').encode(), 'OLE Package (Ole10Native) text payload')
@tech('ole', 'word-dialog', ('MPAN',))
def ole_package_label(p, v, k):
    return ole_native(p, 'MPAN_%s.txt' % v, b'{"status":"ok"}', 'OLE Package label / file name holds the MPAN, payload clean')
@tech('ole', 'word-open', ('MPAN',))
def ole_package_utf32(p, v, k):
    return ole_native(p, 'payload.json', ('{"mpan":"%s"}' % v).encode('utf-32'), 'OLE Package payload in UTF-32 (BOM)')
@tech('ole', 'word-open', ('MPAN', 'EMAIL'))
def ole_package_base64(p, v, k):
    return ole_native(p, 'payload.b64', base64.b64encode(('{"supply":"%s"}' % v).encode()), 'OLE Package payload base64 text')
@tech('ole', 'word-open', ('MPAN',))
def ole_package_pdf(p, v, k):
    return ole_native(p, 'extract.pdf', media.tiny_pdf('Supply %s' % v), 'OLE Package holding a PDF')
@tech('ole', 'word-open', ('MPAN', 'NAME'))
def ole_package_zip(p, v, k):
    return ole_native(p, 'logs.zip', media.zip_bytes({'run.log': 'INFO ' + ctx(k, v) + '\n'}), 'OLE Package holding a ZIP with a log')
@tech('ole', 'word-open', ('MPAN',))
def ole_package_html(p, v, k):
    return ole_native(p, 'portal.html', ('<p>MPAN <b>%s</b>%s</p>' % (v[:6], v[6:])).encode(), 'OLE Package HTML with tag split')
# ---------------- separator / case variants ----------------
@tech('variants', 'word+lo', ('MPAN',))
def mpan_dotted(p, v, k):
    p.body_add(P('MPAN ' + '.'.join(mpan_groups(v)))); return 'word/document.xml', 'MPAN groups joined by dots'
@tech('variants', 'word+lo', ('MPAN',))
def mpan_slash_underscore(p, v, k):
    g = mpan_groups(v); p.body_add(P('core ' + g[0] + '/' + g[1] + '_' + g[2] + ':' + g[3])); return 'word/document.xml', 'MPAN groups joined by / _ :'
@tech('variants', 'word+lo', ('MPAN',))
def mpan_nbsp_groups(p, v, k):
    p.body_add(P('Core:\u00a0' + '\u00a0'.join(mpan_groups(v)))); return 'word/document.xml', 'groups separated by NBSP'
@tech('variants', 'word+lo', ('EUI64',))
def eui_dotted_lower(p, v, k):
    p.body_add(P('device ' + v.replace('-', '.').lower())); return 'word/document.xml', 'EUI-64 lower-case dotted (truth text is the displayed form)'
@tech('variants', 'word+lo', ('EUI64',))
def eui_0x(p, v, k):
    p.body_add(P('GUID 0x' + v.replace('-', ''))); return 'word/document.xml', 'EUI-64 as 0x hex'
@tech('variants', 'word+lo', ('ESERIAL', 'GSERIAL'))
def serial_lower_spaced(p, v, k):
    p.body_add(P('meter serial ' + ' '.join([v[:4].lower(), v[4:].lower()]))); return 'word/document.xml', 'serial lower-case with a space'
@tech('variants', 'word+lo', ('POSTCODE',))
def postcode_hyphen(p, v, k):
    p.body_add(P('postcode ' + v.replace(' ', '-'))); return 'word/document.xml', 'postcode with hyphen'
@tech('variants', 'word+lo', ('MPAN',))
def mpan_in_filename_caption(p, v, k):
    p.body_add(P('Attachment: IF-031_request_%s_20261204.json' % v)); return 'word/document.xml', 'MPAN inside an attachment file name'
FILE_VARIANTS = ['docm', 'dotx', 'flat', 'strict']
def to_flat(p, path):
    parts = []
    for n in p.order:
        d = p.p[n]
        if n == '[Content_Types].xml': continue
        ct = 'application/xml'
        if n.endswith('.rels'): ct = 'application/vnd.openxmlformats-package.relationships+xml'
        elif n == 'word/document.xml': ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
        elif n.endswith('.xml'):
            m = re.search(r'PartName="/%s" ContentType="([^"]+)"' % re.escape(n), p.get('[Content_Types].xml')); ct = m.group(1) if m else 'application/xml'
        if n.endswith('.xml') or n.endswith('.rels'):
            x = d.decode('utf-8'); x = re.sub(r'^<\?xml[^>]*\?>', '', x)
            parts.append('<pkg:part pkg:name="/%s" pkg:contentType="%s"><pkg:xmlData>%s</pkg:xmlData></pkg:part>' % (n, ct, x))
        else:
            parts.append('<pkg:part pkg:name="/%s" pkg:contentType="application/octet-stream" pkg:compression="store"><pkg:binaryData>%s</pkg:binaryData></pkg:part>' % (n, base64.b64encode(d).decode()))
    open(path, 'w', encoding='utf-8').write('<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">%s</pkg:package>' % ''.join(parts))
def to_strict(p):
    rep = [('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'),
           ('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
           ('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'),
           ('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'),
           ('http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math')]
    for n in p.order:
        if n.endswith('.xml') or n.endswith('.rels'):
            s = p.get(n)
            for a, b in rep: s = s.replace(a, b)
            if n == 'word/document.xml': s = s.replace('<w:document ', '<w:document w:conformance="strict" ', 1)
            p.set(n, s)
def main():
    import random
    os.makedirs(OUT, exist_ok=True)
    truth = []
    bases = ['A', 'P', 'L']; bi = 0; idx = 0
    for name, cls, vis, kinds, f in TECH:
        for kind in kinds:
            b = bases[bi % 3]; bi += 1
            if cls == 'ole' or name in ('theme_font_name',): b = 'A'
            p = Pkg(BASES[b])
            val = ids.GEN[kind]()
            try:
                r = f(p, val, kind)
            except Exception as e:
                print('ERR', name, kind, e); raise
            if r is None: print('skip', name, kind, b); continue
            part, how = r
            idx += 1
            fn = 'alt_%03d_%s_%s_%s.docx' % (idx, name, kind.lower(), b)
            p.save(os.path.join(OUT, fn))
            shown = val
            if name == 'eui_dotted_lower': shown = val.replace('-', '.').lower()
            if name == 'eui_0x': shown = '0x' + val.replace('-', '')
            if name == 'serial_lower_spaced': shown = val[:4].lower() + ' ' + val[4:].lower()
            if name == 'postcode_hyphen': shown = val.replace(' ', '-')
            truth.append(dict(file=fn, altered=True, cls=cls, technique=name, how=how, kind=kind, secret=val, shown_as=shown, part=part, base=b, visibility_claim=vis))
    # file-type variants on a few simple alterations
    for ftype in FILE_VARIANTS:
        for kind in ('MPAN', 'NAME'):
            b = 'P' if ftype != 'docm' else 'A'
            p = Pkg(BASES[b]); val = ids.GEN[kind](); p.body_add(P('Actual result: ' + ctx(kind, val)))
            idx += 1; ext = {'docm': 'docm', 'dotx': 'dotx', 'flat': 'xml', 'strict': 'docx'}[ftype]
            fn = 'alt_%03d_filetype_%s_%s_%s.%s' % (idx, ftype, kind.lower(), b, ext)
            if ftype == 'docm':
                p.set('[Content_Types].xml', p.get('[Content_Types].xml').replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'))
            if ftype == 'dotx':
                p.set('[Content_Types].xml', p.get('[Content_Types].xml').replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'))
            if ftype == 'strict': to_strict(p)
            if ftype == 'flat': to_flat(p, os.path.join(OUT, fn))
            else: p.save(os.path.join(OUT, fn))
            truth.append(dict(file=fn, altered=True, cls='filetype', technique='filetype_' + ftype, how='%s container, identifier in a body paragraph' % ftype, kind=kind, secret=val, shown_as=val, part='word/document.xml', base=b, visibility_claim='word+lo'))
    # renamed extension: docx saved as .doc name? (a .docx with .tmp name is out of scope)
    import controls
    cidx = 0
    for cname, b, f in controls.CONTROLS:
        p = Pkg(BASES[b]) if b in BASES else None
        cidx += 1; fn = 'ctl_%02d_%s_%s.docx' % (cidx, cname, b)
        keeps = f(p, os.path.join(OUT, fn))
        if os.path.exists(os.path.join(OUT, fn[:-5] + '.xml')): fn = fn[:-5] + '.xml'
        elif p is not None and not os.path.exists(os.path.join(OUT, fn)): p.save(os.path.join(OUT, fn))
        truth.append(dict(file=fn, altered=False, cls='control', technique=cname, base=b, keeps=keeps))
    json.dump(truth, open('/tmp/ho35/docx/truth.json', 'w'), indent=1, ensure_ascii=False)
    print(len([t for t in truth if t['altered']]), 'altered', len([t for t in truth if not t['altered']]), 'controls')
if __name__ == '__main__': main()
