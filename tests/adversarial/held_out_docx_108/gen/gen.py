"""Generate altered copies, controls and altered templates + truth.json. Deterministic (seed 5252)."""
import random, json, os, io, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
import idents, pics
from pkg import Pkg, para, run, esc, inline_picture, inline_chart, inline_textbox, ns
ROOT = '/tmp/ho52/docx'; B = ROOT + '/bases'
OUT = ROOT + '/corpus'
SUB = str.maketrans('0123456789', '₀₁₂₃₄₅₆₇₈₉')
ODD = ['\u1680', '\u205f', '\u3000', '\u2008', '\u200a']
def groups(kind, v):
    """visible digit groups a person would type"""
    if kind == 'mpan': return [v[:2], v[2:6], v[6:10], v[10:]]
    if kind in ('mprn', 'account'): return [v[:3], v[3:6], v[6:]]
    if kind == 'eui64': return v.split('-')
    if kind == 'serial': return [v[:4], v[4:]]
    return None
def odd_sep(kind, v, rng):
    g = groups(kind, v)
    if g: return rng.choice(ODD).join(g)
    if kind == 'email':
        l, d = v.split('@'); return l + '\u200a@\u200a' + d
    return v.replace(' ', rng.choice(ODD))
def split2(v): return pics.split2(v) if ' ' in v or '-' in v else (v[:len(v) // 2], v[len(v) // 2:])
def chart_xml(title_runs):
    cats = ''.join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, d) for i, d in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']))
    vals = ''.join('<c:pt idx="%d"><c:v>%d</c:v></c:pt>' % (i, x) for i, x in enumerate([12, 19, 7, 15, 22]))
    rich = ''.join('<a:r><a:rPr lang="en-GB" sz="1200" b="%d"/><a:t>%s</a:t></a:r>' % (i % 2, esc(t)) for i, t in enumerate(title_runs))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace %s><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/>'
            '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Reads</c:v></c:tx><c:cat><c:strLit><c:ptCount val="5"/>%s</c:strLit></c:cat>'
            '<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="5"/>%s</c:numLit></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart>'
            '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
            '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>%s</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/></c:catAx>'
            '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/></c:valAx>'
            '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>') % (ns('c', 'a', 'r'), cats, vals, rich)
def add_comment(p, cid, initials, text):
    part = 'word/comments.xml'
    cm = ('<w:comment w:id="%d" w:author="Reviewer" w:date="2026-11-20T10:00:00Z" w:initials="%s"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
          % (cid, esc(initials), esc(text)))
    if part in p.f:
        s = p.get(part)
        s = s.replace('</w:comments>', cm + '</w:comments>') if '</w:comments>' in s else s.replace('/>', '>' + cm + '</w:comments>', 1)
        p.put(part, s)
    else:
        p.put(part, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (ns('w'), cm))
        p.ct_override(part, 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml')
        p.add_rel(p.main_part(), 'comments', 'comments.xml')
    return ('<w:commentRangeStart w:id="%d"/>' % cid, '<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
def set_app(p, tag, val):
    s = p.get('docProps/app.xml')
    if '<%s>' % tag in s or '<%s/>' % tag in s:
        import re
        s = re.sub(r'<%s>.*?</%s>|<%s/>' % (tag, tag, tag), '<%s>%s</%s>' % (tag, esc(val), tag), s)
    else:
        s = s.replace('</Properties>', '<%s>%s</%s></Properties>' % (tag, esc(val), tag))
    p.put('docProps/app.xml', s)
def set_status(p, val):
    s = p.get('docProps/core.xml')
    s = s.replace('</cp:coreProperties>', '<cp:contentStatus>%s</cp:contentStatus></cp:coreProperties>' % esc(val))
    p.put('docProps/core.xml', s)
# ---- text/XML techniques: each applies "label: value" into part (body or footer) and returns (surface, carrier)
def t_subscript(p, L, v, kind, rng, part):
    s = v.translate(SUB); p.append_body(para(run(L + ': ') + run(s)), part); return s, 'body text, digits as U+2080..2089'
def t_oddspace(p, L, v, kind, rng, part):
    s = odd_sep(kind, v, rng); p.append_body(para(run(L + ': ' + s)), part); return s, 'body text, groups joined by an odd Unicode space'
def t_chart_axis(p, L, v, kind, rng, part):
    a, b = split2(v)
    n = 952; cp = 'word/charts/chart%d.xml' % n
    while cp in p.f: n += 1; cp = 'word/charts/chart%d.xml' % n
    p.put(cp, chart_xml([L + ': ' + a, (' ' if ' ' in v[len(a):len(a)+1] else '') + b]))
    p.ct_override(cp, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')
    rid = p.add_rel(part or p.main_part(), 'chart', 'charts/chart%d.xml' % n)
    p.append_body(para(inline_chart(rid, 4800000, 2600000, 9500 + n)), part)
    return a + '|' + b, 'chart category-axis title, split across two a:r runs (bold/regular)'
def t_comment_initials(p, L, v, kind, rng, part):
    st, en = add_comment(p, 952, v, L + ' recorded in these initials by mistake')
    p.append_body(para(run('Reviewed step 3 output; see comment. ') + st + run('Checked') + en), part)
    return v, 'comment w:initials attribute (comment text names the label)'
def t_app_manager(p, L, v, kind, rng, part):
    tag = ['Manager', 'Company'][rng.randint(0, 1)]; set_app(p, tag, L + ': ' + v); return v, 'docProps/app.xml <%s>' % tag
def t_core_status(p, L, v, kind, rng, part):
    set_status(p, L + ': ' + v); return v, 'docProps/core.xml cp:contentStatus (File > Info > Status)'
def t_hidden_mark(p, L, v, kind, rng, part):
    a, b = split2(v)
    p.append_body(para(run(L + ': ' + a), '<w:pPr><w:spacing w:after="0"/><w:rPr><w:vanish/></w:rPr></w:pPr>') + para(run(b)), part)
    return a + '|' + b, 'two paragraphs, the first paragraph mark hidden so Word joins them'
def t_field_paras(p, L, v, kind, rng, part):
    a, b = split2(v)
    x = ('<w:p>' + run(L + ': ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADDIN CRM.Lookup </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(a) + '</w:p><w:p>' + run(b) + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    p.append_body(x, part); return a + '|' + b, 'one complex field whose cached result spans two paragraphs'
def t_inline_txbx(p, L, v, kind, rng, part):
    a, b = split2(v)
    sep = ' ' if ' ' in v[len(a):len(a) + 1] else ''
    cx = 80000 * (len(b) + 2); x = para(run(L + ': ' + a + sep) + inline_textbox(b, cx, 200000, 9700 + rng.randint(0, 99)))
    p.append_body(x, part); return a + '|' + b, 'body run + inline borderless text box holding the rest'
TEXT = {'x_subscript_digits': t_subscript, 'x_odd_unicode_space': t_oddspace, 'x_chart_axis_title_runs': t_chart_axis,
        'x_comment_initials': t_comment_initials, 'x_app_manager_company': t_app_manager, 'x_core_content_status': t_core_status,
        'x_hidden_para_mark_join': t_hidden_mark, 'x_field_result_two_paras': t_field_paras, 'x_inline_textbox_split': t_inline_txbx}
def t_picture(tech):
    def f(p, L, v, kind, rng, part):
        im = pics.TECH[tech](L, v, rng)
        bio = io.BytesIO(); im.save(bio, 'PNG'); n = 952
        while 'word/media/ho52_%d.png' % n in p.f: n += 1
        mp = 'word/media/ho52_%d.png' % n
        p.put(mp, bio.getvalue()); p.ct_default('png', 'image/png')
        rid = p.add_rel(part or p.main_part(), 'image', 'media/ho52_%d.png' % n)
        w, h = im.size; sc = min(1.0, 620.0 / w)
        p.append_body(para(inline_picture(rid, int(w * sc * 9525), int(h * sc * 9525), 9800 + n, 'Picture %d' % n)), part)
        return v, 'PNG picture %dx%d mode %s' % (w, h, im.mode)
    return f
ALL = dict(TEXT)
for t in pics.TECH: ALL[t] = t_picture(t)
NODIGIT = {'name', 'email'}
BASES = ['attest_pack', 'pydocx_note', 'lo_resave', 'handbuilt', 'demo_pack']
def main():
    rng = random.Random(5252)
    shutil.rmtree(OUT, ignore_errors=True)
    for d in ('altered', 'controls', 'templates'): os.makedirs(OUT + '/' + d)
    truth = []
    bi = 0
    for tech, fn in ALL.items():
        for kind in idents.KINDS:
            if tech == 'x_subscript_digits' and kind in NODIGIT: continue
            v = idents.make(kind, rng)
            if tech == 'x_subscript_digits' and kind == 'serial' and not any(c.isdigit() for c in v): v = '21L4491562'
            base = BASES[bi % len(BASES)]; bi += 1
            p = Pkg('%s/%s.docx' % (B, base))
            L = idents.LABELS[kind]
            surface, carrier = fn(p, L, v, kind, rng, None)
            name = '%s__%s__%s.docx' % (tech, kind, base)
            p.save(OUT + '/altered/' + name)
            truth.append(dict(file='altered/' + name, set='altered', technique=tech, kind=kind, value=v, label=L, surface=surface,
                              carrier=carrier, base=base, family='picture' if tech.startswith('p_') else 'text'))
    # controls: keeps only
    techs = list(ALL)
    extra = ['x_odd_unicode_space', 'x_chart_axis_title_runs', 'p_spreadsheet_cell', 'p_flow_diagram_wrapped']
    plan = [(t, i) for t in techs for i in range(2)] + [(t, 2) for t in extra]
    for tech, i in plan:
        ks = idents.keeps(rng); L, v = ks[rng.randrange(len(ks))]
        base = BASES[bi % len(BASES)]; bi += 1
        p = Pkg('%s/%s.docx' % (B, base))
        kind = 'keep'
        surface, carrier = ALL[tech](p, L, v, kind, rng, None)
        name = '%s__keep%d__%s.docx' % (tech, i, base)
        p.save(OUT + '/controls/' + name)
        truth.append(dict(file='controls/' + name, set='control', technique=tech, kind='keep', value=v, label=L, surface=surface,
                          carrier=carrier, base=base, family='picture' if tech.startswith('p_') else 'text'))
    # templates: copies of an Attest pack (accepted as a template), carrier in the footer or package-level
    tpl = [('x_app_manager_company', 'mpan'), ('x_core_content_status', 'name'), ('x_comment_initials', 'email'),
           ('x_odd_unicode_space', 'mpan'), ('x_subscript_digits', 'mprn'), ('x_chart_axis_title_runs', 'phone'),
           ('x_inline_textbox_split', 'serial'), ('x_hidden_para_mark_join', 'postcode'), ('p_fax_1bit_dither', 'mpan'),
           ('p_nameplate_emboss', 'eui64'), ('p_spreadsheet_cell', 'address'), ('p_sheared_italic', 'account')]
    for tech, kind in tpl:
        v = idents.make(kind, rng); L = idents.LABELS[kind]
        p = Pkg(B + '/attest_pack.docx')
        part = None if tech in ('x_app_manager_company', 'x_core_content_status', 'x_comment_initials') else 'word/footer1.xml'
        surface, carrier = ALL[tech](p, L, v, kind, rng, part)
        name = 'tpl__%s__%s.docx' % (tech, kind)
        p.save(OUT + '/templates/' + name)
        truth.append(dict(file='templates/' + name, set='template', technique=tech, kind=kind, value=v, label=L, surface=surface,
                          carrier=carrier + (' (in footer1.xml)' if part else ''), base='attest_pack',
                          family='picture' if tech.startswith('p_') else 'text'))
    json.dump(truth, open(ROOT + '/truth.json', 'w'), indent=1, ensure_ascii=False)
    from collections import Counter
    print(Counter(t['set'] for t in truth))
main()
