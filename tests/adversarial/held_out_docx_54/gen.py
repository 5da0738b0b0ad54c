"""Generate the held-out .docx corpus + truth. Run once; then freeze."""
import random, json, os, io, base64, struct, zlib, re, sys, quopri, zipfile, hashlib
from PIL import Image, ImageDraw, ImageFont
from pkg import Pkg, R, P, FLD, esc, NS

random.seed(37012)
OUT = 'corpus'
os.makedirs(OUT + '/altered', exist_ok=True)
os.makedirs(OUT + '/controls', exist_ok=True)
os.makedirs('imgcheck', exist_ok=True)
BASES = ['attest_pack', 'pydocx_note', 'lo_writer', 'gdocs_min']
JR = '<w:jc w:val="right"/>'
LNK = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

# ---------------------------------------------------------------- identifiers
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
used = set()


def mpan():
    while True:
        d = [random.randint(1, 2)] + [random.randint(0, 9)]
        if not 10 <= d[0] * 10 + d[1] <= 23:
            continue
        d += [random.randint(0, 9) for _ in range(10)]
        c = sum(a * b for a, b in zip(W, d)) % 11 % 10
        s = ''.join(map(str, d)) + str(c)
        if s not in used:
            used.add(s); return s


FIRST = ['Eleanor', 'Rhys', 'Priya', 'Callum', 'Siobhan', 'Tomasz', 'Aisha', 'Gareth', 'Morag', 'Dev', 'Harriet', 'Olumide']
LAST = ['Pritchard', 'Halloran', 'Okonjo', 'Fairbairn', 'Lindqvist', 'Ashworth', 'Macready', 'Trevelyan', 'Nwachukwu', 'Balfour', 'Whitcombe', 'Szabo']
STREETS = ['Wrenfield Road', 'Copper Beech Avenue', 'Malthouse Lane', 'Station Terrace', 'Kestrel Close', 'Albion Street', 'Hawthorn Drive', 'Quarry Bank']
TOWNS = [('Harrogate', 'HG2'), ('Leeds', 'LS6'), ('Bristol', 'BS7'), ('Swansea', 'SA2'), ('Norwich', 'NR3'), ('Perth', 'PH1'), ('Stockport', 'SK4'), ('Exeter', 'EX4')]
L = 'ABDEFGHJLNPQRSTUWXYZ'


def pc(out):
    return f'{out} {random.randint(1, 9)}{random.choice(L)}{random.choice(L)}'


def make(kind):
    if kind == 'MPAN':
        v = mpan(); return 'MPAN', v
    if kind == 'MPRN':
        v = str(random.randint(1000000000, 9999999999)); return 'MPRN', v
    if kind == 'MSN_E':
        v = ''.join(random.choice('EKLMSP') for _ in range(2)) + str(random.randint(10, 24)) + random.choice('ABCDEFGHJKLM') + f'{random.randint(0, 99999):05d}'
        return 'Meter serial', v
    if kind == 'MSN_G':
        v = 'E6S' + f'{random.randint(0, 99999999):08d}' + str(random.randint(17, 24)); return 'Gas meter', v
    if kind == 'EUI':
        v = '-'.join(f'{random.randint(0, 255):02X}' for _ in range(8)); return 'Device EUI', v
    if kind == 'POSTCODE':
        t, o = random.choice(TOWNS); return 'Site postcode:', pc(o)
    if kind == 'PHONE':
        v = random.choice([f'07700 900{random.randint(0, 999):03d}', f'01632 960{random.randint(0, 999):03d}', f'020 7946 0{random.randint(0, 999):03d}'])
        return 'Customer phone', v
    if kind == 'EMAIL':
        v = f'{random.choice(FIRST).lower()}.{random.choice(LAST).lower()}@{random.choice(["example.com", "example.org", "example.net", "northfield-energy.co.uk"])}'
        return 'Contact', v
    if kind == 'ADDRESS':
        t, o = random.choice(TOWNS)
        v = f'{random.choice(["Mrs", "Mr", "Ms", "Dr"])} {random.choice(FIRST)} {random.choice(LAST)}, {random.randint(2, 98)} {random.choice(STREETS)}, {t} {pc(o)}'
        return 'Customer', v
    raise ValueError(kind)


ANY = ['MPAN', 'MPRN', 'MSN_E', 'MSN_G', 'EUI', 'POSTCODE', 'PHONE', 'EMAIL', 'ADDRESS', 'MPAN', 'MPAN']
DIG = ['MPAN', 'MPRN', 'MPAN']
NOSP = ['MPAN', 'MPRN', 'MSN_E', 'MSN_G', 'EUI', 'MPAN', 'EMAIL']
PERSON = ['EMAIL', 'ADDRESS', 'EMAIL']

# ---------------------------------------------------------------- images


def font(sz):
    return ImageFont.truetype(FONT, sz)


def text_img(lines, w=900, h=None, fg=(0, 0, 0), bg=(255, 255, 255), sz=28, mode='RGB'):
    lines = lines if isinstance(lines, list) else [lines]
    w = max(w, int(max(font(sz).getlength(l) for l in lines)) + 40)
    h = h or (sz + 16) * len(lines) + 20
    im = Image.new(mode, (w, h), bg)
    d = ImageDraw.Draw(im)
    for i, l in enumerate(lines):
        d.text((16, 12 + i * (sz + 16)), l, fill=fg, font=font(sz))
    return im


def to_bytes(im, fmt, **kw):
    b = io.BytesIO(); im.save(b, fmt, **kw); return b.getvalue()


IMG_N = [0]


def add_image(pkg, data, ext, ctype, source='MAIN'):
    IMG_N[0] += 1
    name = f'word/media/ho{IMG_N[0]}.{ext}'
    pkg.put(name, data)
    pkg.add_default(ext, ctype)
    src = pkg.main if source == 'MAIN' else source
    return pkg.add_rel(src, 'image', 'media/' + name.split('/')[-1]), name


def inline_pic(rid, cx, cy, did, descr='Screenshot', title='', extra_blip='', src_rect=''):
    t = f' title="{esc(title, True)}"' if title else ''
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{did}" name="Picture {did}" descr="{esc(descr, True)}"{t}/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{did}" name="Picture {did}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}">{extra_blip}</a:blip>{src_rect}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def emf_text(text, w=700, h=80):
    w = max(w, 20 * len(text) + 40)
    recs = []
    # font
    lf = struct.pack('<5i8B', -36, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + 'Arial'.encode('utf-16-le').ljust(64, b'\0')
    recs.append(struct.pack('<III', 82, 8 + 4 + len(lf), 1) + lf)
    recs.append(struct.pack('<III', 37, 12, 1))
    s = text.encode('utf-16-le')
    s += b'\0' * ((4 - len(s) % 4) % 4)
    n = len(text)
    off_str = 76
    off_dx = off_str + len(s)
    body = struct.pack('<4iIff', 0, 0, w, h, 1, 1.0, 1.0)
    body += struct.pack('<iiIII4iI', 10, 20, n, off_str, 0, 0, 0, w, h, off_dx)
    rec = body + s + struct.pack(f'<{n}I', *([20] * n))
    recs.append(struct.pack('<II', 84, 8 + len(rec)) + rec)
    recs.append(struct.pack('<IIIII', 14, 20, 0, 16, 20))
    nbytes = 108 + sum(len(r) for r in recs)
    hdr = struct.pack('<II4i4iIIIIHHIII2i2iIII2i', 1, 108, 0, 0, w - 1, h - 1, 0, 0, int(w * 26.46), int(h * 26.46),
                      0x464D4520, 0x10000, nbytes, len(recs) + 1, 2, 0, 0, 0, 0, 1920, 1080, 508, 286, 0, 0, 0, 508000, 286000)
    return hdr + b''.join(recs)


# ---------------------------------------------------------------- techniques
TECH = []


def tech(name, cls, kinds, vis, note=''):
    def deco(fn):
        TECH.append(dict(name=name, cls=cls, kinds=kinds, vis=vis, fn=fn, note=note))
        return fn
    return deco


def half(v, nz=False):
    k = len(v) // 2
    if nz:
        while k < len(v) - 1 and v[k] == '0':
            k += 1
    return v[:k], v[k:]


def lab(c):
    return c['label'] + ' '


# ---- fields that compute or pull text
@tech('fld_includetext_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Site details (linked): ') + FLD(' INCLUDETEXT "C:\\\\QT\\\\Evidence\\\\site_notes.docx" SiteBlock \\* MERGEFORMAT ', R(c['phrase']))))
    return 'INCLUDETEXT field cached result in body'


@tech('fld_includetext_path', 'field-compute', NOSP, 'field-code')
def _(p, c):
    p.body_append(P(R('Site notes: ') + FLD(f' INCLUDETEXT "C:\\\\QT\\\\Sites\\\\{c["label"].replace(" ", "_")}_{c["value"]}\\\\notes.docx" ', R('see site notes'))))
    return 'INCLUDETEXT instruction path (cached result is neutral)'


@tech('fld_includepicture_url', 'field-compute', NOSP, 'field-code')
def _(p, c):
    p.body_append(P(R('Meter photo: ') + FLD(f' INCLUDEPICTURE "https://evidence.example.com/sites/{c["value"]}/meter.jpg" \\d ', R('[photo not loaded]'))))
    return 'INCLUDEPICTURE URL in instruction'


@tech('fld_link_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(FLD(' LINK Excel.Sheet.12 "C:\\\\QT\\\\Data\\\\sites.xlsx" "Sheet1!R4C2" \\a \\t ', R(c['phrase']))))
    return 'LINK field cached result'


@tech('fld_autotext_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Contact block: ') + FLD(' AUTOTEXT "Site contact" ', R(c['phrase']))))
    return 'AUTOTEXT cached result'


@tech('fld_autotextlist_display', 'field-compute', ANY, 'word-only')
def _(p, c):
    p.body_append(P(R('Supply: ') + FLD(f' AUTOTEXTLIST "{c["phrase"]}" \\s "Normal" \\t "Right-click to choose a supply" ', None)))
    return 'AUTOTEXTLIST literal display text (no separate result)'


@tech('fld_docvariable_upper', 'field-compute', ['MSN_E', 'MSN_G', 'POSTCODE', 'EMAIL', 'EUI'], 'word-only(update)')
def _(p, c):
    p.settings_insert(f'<w:docVars><w:docVar w:name="SiteRef" w:val="{esc(c["value"].lower(), True)}"/></w:docVars>', after=r'<w:(?:compat|rsids)\b.*?</w:(?:compat|rsids)>')
    p.body_append(P(R(lab(c)) + FLD(' DOCVARIABLE SiteRef \\* Upper \\* MERGEFORMAT ', R(' '))))
    return 'docVar (lower case) shown by DOCVARIABLE \\* Upper (stale blank result)'


@tech('fld_macrobutton', 'field-compute', ANY, 'word-only')
def _(p, c):
    p.body_append(P(FLD(f' MACROBUTTON NoMacro {c["phrase"]} ', None)))
    return 'MACROBUTTON display text'


@tech('fld_macrobutton_split_instr', 'field-compute', NOSP, 'word-only')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(FLD([' MACROBUTTON ', 'NoMacro ', lab(c) + a, b + ' '], None)))
    return 'MACROBUTTON display text split over instrText runs'


@tech('fld_gotobutton', 'field-compute', ANY, 'word-only')
def _(p, c):
    p.body_append(P('<w:bookmarkStart w:id="77" w:name="SiteTop"/><w:bookmarkEnd w:id="77"/>' + FLD(f' GOTOBUTTON SiteTop {c["phrase"]} ', None)))
    return 'GOTOBUTTON display text'


@tech('fld_print', 'field-compute', ANY, 'field-code')
def _(p, c):
    p.body_append(P(R('Printed copy. ') + FLD(f' PRINT "%%Title: {c["phrase"]}" ', None)))
    return 'PRINT field PostScript text'


@tech('fld_addin_flddata', 'field-compute', ANY, 'extract(base64)')
def _(p, c):
    b = base64.b64encode(c['phrase'].encode()).decode()
    p.body_append(P(R('Reference ') + FLD(' ADDIN CSL_CITATION ', R('[1]'), begin_extra=f'<w:fldData xml:space="preserve">{b}</w:fldData>')))
    return 'ADDIN field w:fldData (base64 of phrase)'


@tech('fld_addin_endnote_xml', 'field-compute', ANY, 'field-code')
def _(p, c):
    p.body_append(P(R('Source ') + FLD(f' ADDIN EN.CITE <EndNote><Cite><Author>Site survey</Author><Year>2026</Year><record><titles><title>{esc(c["phrase"])}</title></titles></record></Cite></EndNote>', R('(Site survey, 2026)'))))
    return 'ADDIN EN.CITE instruction XML'


@tech('fld_displaybarcode_code128', 'field-compute', DIG, 'word-only')
def _(p, c):
    p.body_append(P(FLD(f' DISPLAYBARCODE "{c["value"]}" CODE128 \\t \\h 1200 ', None)))
    return 'DISPLAYBARCODE CODE128 with human-readable \\t'


@tech('fld_displaybarcode_qr', 'field-compute', ANY, 'word-only(barcode)')
def _(p, c):
    p.body_append(P(FLD(f' DISPLAYBARCODE "{c["phrase"]}" QR \\q 3 ', None)))
    return 'DISPLAYBARCODE QR (value only encoded)'


@tech('fld_symbol_cached', 'field-compute', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for ch in c['value']:
        s += FLD(f' SYMBOL {ord(ch)} \\f "Arial" \\s 11 ', R(ch))
    p.body_append(P(s))
    return 'one SYMBOL field per character (cached results)'


@tech('fld_symbol_simple_nocache', 'field-compute', DIG, 'word-only(update)')
def _(p, c):
    s = R(lab(c)) + ''.join(f'<w:fldSimple w:instr=" SYMBOL {ord(ch)} \\f &quot;Arial&quot; "/>' for ch in c['value'])
    p.body_append(P(s))
    return 'fldSimple SYMBOL per digit, no cached result'


@tech('fld_eq_overstrike_digits', 'field-compute', DIG, 'word-only')
def _(p, c):
    ins = ' EQ ' + ''.join(f'\\o({ch},)' for ch in c['value']) + ' '
    p.body_append(P(R(lab(c)) + FLD(ins, None)))
    return 'EQ \\o() per digit builds the number'


@tech('fld_eq_array', 'field-compute', DIG, 'word-only')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(FLD(f' EQ \\a \\al \\co2 \\hs0 ({c["label"]},{a},,{b}) ', None)))
    return 'EQ \\a array, value split over cells'


@tech('fld_numpicture_literal', 'field-compute', DIG, 'render')
def _(p, c):
    a, b = half(c['value'], nz=True)
    p.body_append(P(R(lab(c)) + FLD(f' = {a} \\# "0\'{b}\'" ', R(c['value']))))
    return '= formula with \\# picture literal (cached result)'


@tech('fld_numpicture_nocache', 'field-compute', DIG, 'word-only(update)')
def _(p, c):
    a, b = half(c['value'], nz=True)
    p.body_append(P(R(lab(c)) + FLD(f' = {a} \\# "0\'{b}\'" ', R('!Syntax Error'))))
    return '= formula with \\# literal; stale cached result'


@tech('fld_datepicture_literal', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Visit: ') + FLD(f' DATE \\@ "\'{c["phrase"]}\' d MMMM yyyy" ', R(c['phrase'] + ' 5 December 2026'))))
    return 'DATE \\@ picture with quoted literal (cached result)'


@tech('fld_formula_sum', 'field-compute', DIG, 'render')
def _(p, c):
    v = int(c['value']); a = v - 987654
    p.body_append(P(R(lab(c)) + FLD(f' = {a} + 987654 \\# "0" ', R(c['value']))))
    return '= formula sum, cached result'


@tech('fld_if_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(FLD(['IF "', FLD(' MERGEFIELD FuelType ', R('E')), f'" = "E" "{c["phrase"]}" "no electricity supply" '], R(c['phrase']))))
    return 'IF with nested MERGEFIELD, chosen text cached'


@tech('fld_if_false_branch_nocache', 'field-compute', ANY, 'word-only(update)')
def _(p, c):
    p.body_append(P(FLD(f' IF 1 = 2 "n/a" "{c["phrase"]}" ', None)))
    return 'IF false branch text, no cached result'


@tech('fld_compare', 'field-compute', DIG, 'field-code')
def _(p, c):
    p.body_append(P(R('Check: ') + FLD(f' COMPARE "{c["value"]}" = "{c["value"]}" ', R('1'))))
    return 'COMPARE operands'


@tech('fld_quote_nested_split', 'field-compute', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c)) + FLD(['QUOTE "', FLD(f' QUOTE "{a}" ', R(a)), f'{b}" '], R(a) + R(b))))
    return 'nested QUOTE fields building value'


# ---- mail merge / settings
@tech('mm_query_sql', 'mailmerge', DIG + ['POSTCODE'], 'ui(open prompt)')
def _(p, c):
    s = p.settings_part()
    rid = p.add_rel(s, 'mailMergeSource', 'file:///C:/QT/Data/sites.xlsx', external=True)
    q = f"SELECT * FROM `Sites$` WHERE `{c['label'].strip(':')}` = '{c['value']}'"
    p.settings_insert(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\QT\\Data\\sites.xlsx;Mode=Read"/><w:query w:val="{esc(q, True)}"/><w:dataSource r:id="{rid}"/></w:mailMerge>', after=r'<w:(?:zoom|view|proofState|defaultTabStop)\b[^>]*>')
    return 'settings w:mailMerge/w:query SQL'


@tech('mm_datasource_path', 'mailmerge', NOSP + ['POSTCODE'], 'ui')
def _(p, c):
    s = p.settings_part()
    rid = p.add_rel(s, 'mailMergeSource', f'file:///C:/QT/Merge/{c["value"].replace(" ", "%20")}_customer.csv', external=True)
    p.settings_insert(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/><w:dataSource r:id="{rid}"/></w:mailMerge>', after=r'<w:(?:zoom|view|proofState|defaultTabStop)\b[^>]*>')
    return 'settings rels: external mail-merge data source path'


@tech('mm_odso_udl', 'mailmerge', ANY, 'extract')
def _(p, c):
    p.settings_insert(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/><w:odso><w:udl w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source=C:\\QT\\Data\\sites.xlsx;Jet OLEDB:Database Password=&quot;{esc(c["phrase"], True)}&quot;"/><w:table w:val="Sites$"/><w:src r:id="rId1"/><w:colDelim w:val="9"/><w:fHdr/></w:odso></w:mailMerge>', after=r'<w:(?:zoom|view|proofState|defaultTabStop)\b[^>]*>')
    return 'settings w:odso/w:udl connection string'


@tech('mm_recipientdata_base64', 'mailmerge', ANY, 'extract(base64)')
def _(p, c):
    s = p.settings_part()
    data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:recipients xmlns:w="{NS["w"]}"><w:recipientData><w:active w:val="1"/><w:column w:val="0"/><w:uniqueTag w:val="{base64.b64encode(c["phrase"].encode()).decode()}"/></w:recipientData></w:recipients>'
    rid = p.add_part('word/recipientData.xml', data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.mailMergeRecipientData+xml', 'recipientData', source=s, target='recipientData.xml')
    p.settings_insert(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/><w:odso><w:table w:val="Sites$"/><w:recipientData r:id="{rid}"/></w:odso></w:mailMerge>', after=r'<w:(?:zoom|view|proofState|defaultTabStop)\b[^>]*>')
    return 'recipientData.xml uniqueTag (base64)'


@tech('attached_template_path', 'settings', ANY, 'ui')
def _(p, c):
    s = p.settings_part()
    rid = p.add_rel(s, 'attachedTemplate', 'file:///\\\\fs01\\templates\\' + c['phrase'].replace(' ', '%20').replace(',', '') + '.dotx', external=True)
    p.settings_insert(f'<w:attachedTemplate r:id="{rid}"/>', after=r'<w:(?:zoom|view|proofState)\b[^>]*>')
    return 'settings w:attachedTemplate external path'


# ---- places text lives
GLOSS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml'


def glossary(p, name, gallery, body):
    g = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"><w:docParts><w:docPart><w:docPartPr>'
         f'<w:name w:val="{name}"/><w:category><w:name w:val="General"/><w:gallery w:val="{gallery}"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors>'
         f'<w:guid w:val="{{5B0E8E7C-3C6F-4F0A-9E5D-2A1B3C4D5E6F}}"/></w:docPartPr><w:docPartBody>{body}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    p.add_part('word/glossary/document.xml', g, GLOSS_CT, 'glossaryDocument')


@tech('sdt_placeholder_glossary', 'content-control', ANY, 'ui(placeholder)')
def _(p, c):
    glossary(p, 'DefaultPlaceholder_SITE', 'placeholder', P(R(c['phrase'], '<w:rStyle w:val="PlaceholderText"/>')))
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Supply"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_SITE"/></w:placeholder></w:sdtPr><w:sdtContent>{P(R("Supply point recorded in register"))}</w:sdtContent></w:sdt>')
    return 'placeholder docPart text in glossary document'


@tech('fld_autotext_glossary', 'content-control', ANY, 'word-only(update)')
def _(p, c):
    glossary(p, 'SiteContact', 'autoTxt', P(R(c['phrase'])))
    p.body_append(P(R('Contact: ') + FLD(' AUTOTEXT SiteContact ', R(' '))))
    return 'AutoText entry in glossary, AUTOTEXT field with blank cached result'


@tech('sdt_dropdown_displaytext', 'content-control', ANY, 'ui(list)')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="Choose a site" w:value="0"/><w:listItem w:displayText="{esc(c["phrase"], True)}" w:value="1"/></w:dropDownList></w:sdtPr><w:sdtContent>{P(R("Choose a site"))}</w:sdtContent></w:sdt>')
    return 'dropDownList listItem displayText (not selected)'


@tech('sdt_dropdown_value', 'content-control', ANY, 'extract')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="Site A" w:value="{esc(c["value"], True)}"/><w:listItem w:displayText="Site B" w:value="B"/></w:dropDownList></w:sdtPr><w:sdtContent>{P(R("Site A"))}</w:sdtContent></w:sdt>')
    return 'dropDownList listItem value'


@tech('sdt_combobox_displaytext', 'content-control', ANY, 'ui(list)')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:comboBox w:lastValue="Other"><w:listItem w:displayText="Other" w:value="Other"/><w:listItem w:displayText="{esc(c["phrase"], True)}" w:value="S1"/></w:comboBox></w:sdtPr><w:sdtContent>{P(R("Other"))}</w:sdtContent></w:sdt>')
    return 'comboBox listItem displayText'


@tech('sdt_date_format_literal', 'content-control', ANY, 'render')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:date w:fullDate="2026-12-05T00:00:00Z"><w:dateFormat w:val="\'{esc(c["phrase"], True)}\' dd/MM/yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{P(R(c["phrase"] + " 05/12/2026"))}</w:sdtContent></w:sdt>')
    return 'date picker dateFormat literal + its rendered content'


@tech('sdt_date_format_only', 'content-control', ANY, 'ui(re-pick date)')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:date w:fullDate="2026-12-05T00:00:00Z"><w:dateFormat w:val="\'{esc(c["phrase"], True)}\' dd/MM/yyyy"/><w:lid w:val="en-GB"/></w:date></w:sdtPr><w:sdtContent>{P(R("05/12/2026"))}</w:sdtContent></w:sdt>')
    return 'date picker dateFormat literal only'


@tech('sdt_repeating_section', 'content-control', ANY, 'render')
def _(p, c):
    item = lambda t: f'<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>{P(R(t))}</w:sdtContent></w:sdt>'
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Visits"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>{item("Visit 1: no access")}{item("Visit 2: " + c["phrase"])}</w:sdtContent></w:sdt>')
    return 'w15 repeating section, second item'


@tech('sdt_databinding_stale', 'content-control', ANY, 'word-only(binding)')
def _(p, c):
    n = 90
    data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<site xmlns="urn:example:qt-site"><supply>{esc(c["phrase"])}</supply></site>'
    name = f'customXml/item{n}.xml'
    p.put(name, data)
    p.put(f'customXml/itemProps{n}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{{8D1C2B3A-1111-4222-8333-944455566677}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:qt-site"/></ds:schemaRefs></ds:datastoreItem>')
    p.add_override(f'customXml/itemProps{n}.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')
    p.add_rel(name, 'customXmlProps', f'itemProps{n}.xml')
    p.add_rel(p.main, 'customXml', f'../{name}')
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Supply"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:example:qt-site\'" w:xpath="/ns0:site[1]/ns0:supply[1]" w:storeItemID="{{8D1C2B3A-1111-4222-8333-944455566677}}"/><w:text/></w:sdtPr><w:sdtContent>{P(R("—"))}</w:sdtContent></w:sdt>')
    return 'customXml part bound to a content control (stale content "—")'


def cxml(p, data, n=91):
    name = f'customXml/item{n}.xml'
    p.put(name, data)
    p.add_rel(p.main, 'customXml', f'../{name}')
    return name


@tech('customxml_cdata', 'custom-xml', ANY, 'extract')
def _(p, c):
    cxml(p, f'<?xml version="1.0" encoding="UTF-8"?>\n<qt:case xmlns:qt="urn:example:qt"><qt:note><![CDATA[{c["phrase"]}]]></qt:note></qt:case>')
    return 'customXml item, CDATA'


@tech('customxml_charrefs', 'custom-xml', ANY, 'extract')
def _(p, c):
    cxml(p, '<?xml version="1.0" encoding="UTF-8"?>\n<case xmlns="urn:example:qt"><note>' + ''.join(f'&#{ord(ch)};' for ch in c['phrase']) + '</note></case>')
    return 'customXml item, numeric character references'


@tech('customxml_utf16', 'custom-xml', ANY, 'extract(utf16)')
def _(p, c):
    name = cxml(p, '')
    p.put(name, '\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<case xmlns="urn:example:qt"><note>{}</note></case>'.format(esc(c['phrase'])).encode('utf-16-le'))
    return 'customXml item in UTF-16LE with BOM'


@tech('customxml_ns_attr', 'custom-xml', ANY, 'extract')
def _(p, c):
    cxml(p, f'<?xml version="1.0" encoding="UTF-8"?>\n<a:root xmlns:a="urn:x:a"><b:x xmlns:b="urn:x:a" xmlns:a="urn:x:other" a:val="{esc(c["phrase"], True)}"/></a:root>')
    return 'customXml attribute under re-bound prefixes'


@tech('bibliography_source', 'custom-xml', ANY, 'ui(manage sources)')
def _(p, c):
    src = (f'<b:Source><b:Tag>Sit26</b:Tag><b:SourceType>Report</b:SourceType><b:Guid>{{1A2B3C4D-0000-4000-8000-00000000AB01}}</b:Guid>'
           f'<b:Title>Site survey {esc(c["phrase"])}</b:Title><b:Year>2026</b:Year></b:Source>')
    if 'customXml/item1.xml' in p.files and b'b:Sources' in p.files['customXml/item1.xml']:
        x = p.text('customXml/item1.xml')
        x = re.sub(r'<b:Sources([^>]*)/>', r'<b:Sources\1>' + src.replace('\\', '\\\\') + '</b:Sources>', x)
        p.put('customXml/item1.xml', x)
    else:
        cxml(p, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<b:Sources SelectedStyle="/APA.XSL" StyleName="APA" xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography">{src}</b:Sources>')
    return 'bibliography b:Source title (customXml)'


@tech('citation_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(R('As surveyed ') + FLD(' CITATION Sit26 \\l 2057 ', R(f'(Site survey {c["phrase"]}, 2026)'))))
    return 'CITATION field cached result'


@tech('tof_stale', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(FLD(' TOC \\h \\z \\c "Figure" ', None).split('<w:r><w:fldChar w:fldCharType="end"/></w:r>')[0].replace(
        '<w:r><w:fldChar w:fldCharType="begin"></w:fldChar></w:r>', '<w:r><w:fldChar w:fldCharType="begin"></w:fldChar></w:r>') + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + R('Figure 1: Meter at ' + c['phrase'] + '\t2'))
                  + P(R('Figure 2: DIP message tracker\t3') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return 'table of figures (TOC \\c) stale cached entry'


@tech('xe_t_crossref', 'field-compute', ANY, 'field-code')
def _(p, c):
    p.body_append(P(R('Supply point checked.') + FLD(f' XE "Supply point" \\t "See {c["phrase"]}" ', None)))
    return 'XE index entry \\t cross-reference text (hidden field)'


@tech('index_cached', 'field-compute', ANY, 'render')
def _(p, c):
    p.body_append(P(FLD(' INDEX \\e "\t" \\c "1" ', R('Supply point, See ' + c['phrase']))))
    return 'INDEX cached result'


@tech('tbl_caption', 'attribute', ANY, 'ui(alt text)')
def _(p, c):
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="{esc(c["phrase"], True)}"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{P(R("Reads taken"))}</w:tc></w:tr></w:tbl>' + P(''))
    return 'w:tblCaption'


@tech('tbl_description', 'attribute', ANY, 'ui(alt text)')
def _(p, c):
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="Reads"/><w:tblDescription w:val="Reads for {esc(c["phrase"], True)}"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{P(R("Register 1: 004512.3"))}</w:tc></w:tr></w:tbl>' + P(''))
    return 'w:tblDescription'


@tech('sdt_docpartgallery', 'attribute', ANY, 'extract')
def _(p, c):
    p.body_append(f'<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="{esc(c["phrase"], True)}"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{P(R("Cover page"))}</w:sdtContent></w:sdt>')
    return 'sdt docPartGallery value'


@tech('perm_editor', 'attribute', PERSON, 'ui(restrict editing)')
def _(p, c):
    ed = c['value'] if c['kind'] == 'EMAIL' else c['value'].split(',')[0]
    p.body_append(P(f'<w:permStart w:id="5" w:ed="{esc(ed, True)}"/>' + R('Editable by the site contact only.') + '<w:permEnd w:id="5"/>'))
    c['value'] = ed
    return 'w:permStart w:ed user name'


@tech('ruby_text', 'layout', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Supply ') + f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="20"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt>{R(c["phrase"])}</w:rt><w:rubyBase>{R("point")}</w:rubyBase></w:ruby></w:r>'))
    return 'w:ruby phonetic guide text'


@tech('eastasian_combine', 'layout', NOSP, 'render')
def _(p, c):
    p.body_append(P(R(lab(c)) + R(c['value'], '<w:eastAsianLayout w:id="1" w:combine="1" w:combineBrackets="round"/>')))
    return 'eastAsianLayout combine (two-line in brackets)'


@tech('custom_prop_vector', 'properties', ANY, 'extract')
def _(p, c):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Sites"><vt:vector size="2" baseType="lpwstr"><vt:lpwstr>Site A</vt:lpwstr><vt:lpwstr>{esc(c["phrase"])}</vt:lpwstr></vt:vector></property></Properties>')
    p.add_part('docProps/custom.xml', x, 'application/vnd.openxmlformats-officedocument.custom-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', source=None, target='docProps/custom.xml')
    return 'docProps/custom.xml vt:vector'


@tech('custom_prop_lpwstr', 'properties', ANY, 'ui(properties)')
def _(p, c):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Site"><vt:lpwstr>{esc(c["phrase"])}</vt:lpwstr></property></Properties>')
    p.add_part('docProps/custom.xml', x, 'application/vnd.openxmlformats-officedocument.custom-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', source=None, target='docProps/custom.xml')
    return 'docProps/custom.xml lpwstr'


@tech('app_titlesofparts', 'properties', ANY, 'extract')
def _(p, c):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f'<Application>Microsoft Office Word</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
         f'<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>{esc(c["phrase"])}</vt:lpstr></vt:vector></TitlesOfParts><Company>QT</Company></Properties>')
    if 'docProps/app.xml' in p.files:
        p.put('docProps/app.xml', x)
    else:
        p.add_part('docProps/app.xml', x, 'application/vnd.openxmlformats-officedocument.extended-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', source=None, target='docProps/app.xml')
    return 'docProps/app.xml TitlesOfParts'


@tech('people_presence', 'properties', PERSON, 'ui(comment card)')
def _(p, c):
    nm = c['value'] if c['kind'] == 'EMAIL' else c['value'].split(',')[0]
    x = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15="{NS["w15"]}"><w15:person w15:author="Site contact"><w15:presenceInfo w15:providerId="None" w15:userId="{esc(nm, True)}"/></w15:person></w15:people>'
    p.add_part('word/people.xml', x, 'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml', 'http://schemas.microsoft.com/office/2011/relationships/people')
    c['value'] = nm
    return 'word/people.xml presenceInfo userId'


def comments_add(p, author, text):
    cp = p.find_rel_target('comments')
    com = f'<w:comment w:id="901" w:author="{esc(author, True)}" w:initials="SC" w:date="2026-12-05T09:00:00Z">{P(R(text))}</w:comment>'
    if cp:
        x = p.text(cp); p.put(cp, x.replace('</w:comments>', com + '</w:comments>'))
    else:
        p.add_part('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{NS["w"]}">{com}</w:comments>',
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'comments')
    p.body_append(P('<w:commentRangeStart w:id="901"/>' + R('Reading accepted by MDS.') + '<w:commentRangeEnd w:id="901"/><w:r><w:commentReference w:id="901"/></w:r>'))


@tech('comment_author', 'annotation', PERSON, 'ui(margin)')
def _(p, c):
    nm = c['value'] if c['kind'] == 'EMAIL' else c['value'].split(',')[0]
    comments_add(p, nm, 'Confirmed with the customer by phone.')
    c['value'] = nm
    return 'comment w:author'


@tech('comment_text_split_paras', 'annotation', NOSP, 'ui(margin)')
def _(p, c):
    a, b = half(c['value'])
    cp = p.find_rel_target('comments')
    com = f'<w:comment w:id="902" w:author="Demo Tester" w:initials="DT">{P(R(lab(c) + a))}{P(R(b))}</w:comment>'
    if cp:
        x = p.text(cp); p.put(cp, x.replace('</w:comments>', com + '</w:comments>'))
    else:
        p.add_part('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{NS["w"]}">{com}</w:comments>',
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'comments')
    p.body_append(P('<w:commentRangeStart w:id="902"/>' + R('Step 2 result') + '<w:commentRangeEnd w:id="902"/><w:r><w:commentReference w:id="902"/></w:r>'))
    return 'comment text split over two comment paragraphs'


@tech('theme_font_name', 'styles-fonts', NOSP, 'ui(font list)')
def _(p, c):
    t = p.find_rel_target('theme')
    if not t:
        t = 'word/theme/theme1.xml'
        p.add_part(t, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="{NS["a"]}" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme></a:themeElements></a:theme>',
                   'application/vnd.openxmlformats-officedocument.theme+xml', 'theme')
    x = p.text(t)
    x = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*"', lambda m: m.group(1) + esc(c['label'] + ' ' + c['value'], True) + '"', x, count=1)
    p.put(t, x)
    return 'theme major latin typeface name'


@tech('fonttable_altname', 'styles-fonts', ANY, 'extract')
def _(p, c):
    f = p.find_rel_target('fontTable')
    ent = f'<w:font w:name="Arial Narrow"><w:altName w:val="{esc(c["phrase"], True)}"/><w:charset w:val="00"/><w:family w:val="swiss"/></w:font>'
    if f:
        x = p.text(f); p.put(f, x.replace('</w:fonts>', ent + '</w:fonts>'))
    else:
        p.add_part('word/fontTable.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{NS["w"]}">{ent}</w:fonts>', 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml', 'fontTable')
    return 'fontTable w:altName'


@tech('styles_with_effects_name', 'styles-fonts', ANY, 'extract')
def _(p, c):
    st = f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="SiteNote"><w:name w:val="{esc(c["phrase"], True)}"/><w:basedOn w:val="Normal"/></w:style>'
    t = p.find_rel_target('stylesWithEffects')
    if t:
        x = p.text(t); p.put(t, x.replace('</w:styles>', st + '</w:styles>'))
    else:
        p.add_part('word/stylesWithEffects.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{NS["w"]}">{st}</w:styles>', 'application/vnd.ms-word.stylesWithEffects+xml', 'http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects')
    return 'stylesWithEffects.xml style name'


@tech('style_name_used', 'styles-fonts', ANY, 'ui(styles pane)')
def _(p, c):
    s = p.styles_part(); x = p.text(s)
    p.put(s, x.replace('</w:styles>', f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="SiteRef9"><w:name w:val="{esc(c["phrase"], True)}"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style></w:styles>'))
    p.body_append(P(R('Retest notes follow.'), '<w:pStyle w:val="SiteRef9"/>'))
    return 'styles.xml style name (style in use)'


@tech('style_aliases', 'styles-fonts', ANY, 'ui(styles pane)')
def _(p, c):
    s = p.styles_part(); x = p.text(s)
    p.put(s, x.replace('</w:styles>', f'<w:style w:type="character" w:customStyle="1" w:styleId="SiteChar"><w:name w:val="Site char"/><w:aliases w:val="{esc(c["phrase"], True)}"/><w:rPr><w:b/></w:rPr></w:style></w:styles>'))
    p.body_append(P(R('Result: ') + R('Passed', '<w:rStyle w:val="SiteChar"/>')))
    return 'style w:aliases'


@tech('thumbnail_jpeg', 'image', ANY, 'ui(preview)+ocr')
def _(p, c):
    im = text_img(['Evidence pack preview', c['phrase']], w=1000, sz=30)
    data = to_bytes(im, 'JPEG', quality=92)
    c['_img'] = data
    if 'docProps/thumbnail.jpeg' in p.files:
        p.put('docProps/thumbnail.jpeg', data)
    else:
        p.put('docProps/thumbnail.jpeg', data); p.add_default('jpeg', 'image/jpeg')
        p.add_rel(None, 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg')
    return 'docProps/thumbnail.jpeg pixels'


@tech('thumbnail_emf', 'image', ANY, 'ui(preview)')
def _(p, c):
    data = emf_text(c['phrase'], w=900)
    p.put('docProps/thumbnail.emf', data); p.add_default('emf', 'image/x-emf')
    p.add_rel(None, 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.emf')
    return 'docProps/thumbnail.emf EXTTEXTOUTW'


# ---- layout
def two_col_section(p, inner):
    sect1 = '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>'
    sect2 = '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:num="2" w:space="720"/></w:sectPr>'
    p.body_append(P('', sect1) + inner + P('', sect2))


@tech('column_break_split', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    two_col_section(p, P(R(lab(c) + a) + '<w:r><w:br w:type="column"/></w:r>' + R(b)))
    return 'two newspaper columns, value split by a column break'


@tech('table_repeat_header_long', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    nb = '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
    cell = lambda t, w=2400: f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{nb}</w:tcPr>{P(R(t))}</w:tc>'
    rows = f'<w:tr><w:trPr><w:tblHeader/></w:trPr>{cell("Ref")}{cell(c["label"])}{cell("")}</w:tr>'
    for i in range(70):
        rows += f'<w:tr>{cell(f"MPAN-REF-{i:04d}")}{cell("masked")}{cell("")}</w:tr>'
    rows += f'<w:tr>{cell("MPAN-REF-0070")}{cell(a)}{cell(b)}</w:tr>'
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="7200" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/></w:tblGrid>{rows}</w:tbl>' + P(''))
    return 'long table over pages with repeated header; value in last row split across two borderless cells'


@tech('floating_tables_side_by_side', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    t = lambda x, txt: (f'<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="{x}" w:tblpY="200"/><w:tblW w:w="1800" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
                        f'<w:tblGrid><w:gridCol w:w="1800"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>{P(R(txt), JR if x == 0 else "")}</w:tc></w:tr></w:tbl>')
    p.body_append(P(R(c['label'] + ':')) + t(0, a) + t(1800, b) + P(''))
    return 'two floating tables (tblpPr) side by side, one half each'


def anchor_textbox(did, inner, behind=1):
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="{behind}" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="4572000" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{did}" name="Text Box {did}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


@tech('textbox_behind_text', 'layout', ANY, 'render')
def _(p, c):
    p.body_append(P(anchor_textbox(951, P(R(c['phrase'], '<w:color w:val="808080"/>'))) + R('Observed behaviour matched the expected result.')))
    return 'wps text box anchored behind text'


@tech('digits_position_updown', 'run-format', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for i, ch in enumerate(c['value']):
        s += R(ch, f'<w:position w:val="{(-1) ** i * 4}"/>')
    p.body_append(P(s))
    return 'one run per char with w:position raised/lowered'


@tech('digits_kern_negative_spacing', 'run-format', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for ch in c['value']:
        s += R(ch, '<w:spacing w:val="-6"/><w:kern w:val="16"/>')
    p.body_append(P(s))
    return 'one run per char with negative w:spacing and w:kern'


@tech('scale_w_1pct', 'run-format', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Notes: ') + R(c['phrase'], '<w:w w:val="1"/>') + R(' end of notes.')))
    return 'w:w 1% character scaling'


@tech('white_on_highlight', 'run-format', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase'], '<w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/>')))
    return 'white (page colour) text with dark highlight (visible)'


@tech('para_mark_vanish_join', 'run-format', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a), '<w:rPr><w:vanish/></w:rPr>') + P(R(b)))
    return 'hidden paragraph mark joins two paragraphs into one line'


@tech('para_mark_specvanish_join', 'run-format', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a), '<w:rPr><w:vanish/><w:specVanish/></w:rPr>') + P(R(b)))
    return 'style-separator (specVanish) paragraph mark joins halves'


@tech('webhidden_run', 'run-format', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase'], '<w:webHidden/>')))
    return 'w:webHidden run (visible in print layout)'


@tech('emboss_imprint_outline_shadow', 'run-format', NOSP, 'render')
def _(p, c):
    v = c['value']; q = len(v) // 4
    parts = [v[:q], v[q:2 * q], v[2 * q:3 * q], v[3 * q:]]
    fx = ['<w:emboss/>', '<w:imprint/>', '<w:outline/>', '<w:shadow/>']
    p.body_append(P(R(lab(c)) + ''.join(R(a, f) for a, f in zip(parts, fx))))
    return 'quarters of value in emboss/imprint/outline/shadow runs'


@tech('soft_hyphens', 'run-format', NOSP, 'render')
def _(p, c):
    v = c['value']
    p.body_append(P(R(lab(c)) + R(v[:4]) + '<w:r><w:softHyphen/></w:r>' + R(v[4:8]) + '<w:r><w:softHyphen/></w:r>' + R(v[8:])))
    return 'w:softHyphen elements between groups'


@tech('ptab_between', 'run-format', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + '<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>' + R(b)))
    return 'absolute position tab between halves'


@tech('markup_interleaved', 'run-format', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for i, ch in enumerate(c['value']):
        s += R(ch) + f'<w:bookmarkStart w:id="{300 + i}" w:name="_bm{i}"/><w:proofErr w:type="spellStart"/><w:r><w:lastRenderedPageBreak/></w:r><w:bookmarkEnd w:id="{300 + i}"/><w:proofErr w:type="spellEnd"/>'
    p.body_append(P(s))
    return 'bookmarks, proofErr, lastRenderedPageBreak between each char'


@tech('ins_del_interleaved', 'tracked', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + f'<w:del w:id="501" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"><w:r><w:delText>XXXX</w:delText></w:r></w:del><w:ins w:id="502" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z">{R(b)}</w:ins>'))
    return 'second half as a tracked insertion after a deletion'


@tech('deltext_whole', 'tracked', ANY, 'ui(markup)')
def _(p, c):
    p.body_append(P(R('Site: ') + f'<w:del w:id="503" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"><w:r><w:delText xml:space="preserve">{esc(c["phrase"])}</w:delText></w:r></w:del>' + R('[removed]')))
    return 'tracked deletion w:delText'


@tech('inline_sdt_half', 'wrapper', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + f'<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>{R(b)}</w:sdtContent></w:sdt>'))
    return 'second half inside an inline content control'


@tech('smarttag_half', 'wrapper', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="stockticker">{R(b)}</w:smartTag>'))
    return 'second half inside w:smartTag'


@tech('smarttag_attr', 'wrapper', ANY, 'extract')
def _(p, c):
    p.body_append(P(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="address"><w:smartTagPr><w:attr w:name="Street" w:val="{esc(c["phrase"], True)}"/></w:smartTagPr>{R("the site")}</w:smartTag>'))
    return 'w:smartTagPr w:attr value'


@tech('customxml_inline_half', 'wrapper', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(f'<w:customXml w:uri="urn:example:qt" w:element="supply"><w:customXmlPr><w:attr w:name="kind" w:val="x"/></w:customXmlPr>{R(lab(c) + a)}</w:customXml>' + R(b)))
    return 'first half inside inline w:customXml'


@tech('hyperlink_half', 'wrapper', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + f'<w:hyperlink w:anchor="_top">{R(b, LNK)}</w:hyperlink>'))
    return 'second half inside an internal hyperlink'


@tech('mc_choice', 'wrapper', ANY, 'render')
def _(p, c):
    p.body_append(P(f'<mc:AlternateContent><mc:Choice Requires="w14">{R(c["phrase"])}</mc:Choice><mc:Fallback>{R("[supply]")}</mc:Fallback></mc:AlternateContent>'))
    return 'mc:AlternateContent Choice (w14) holds value'


@tech('mc_fallback', 'wrapper', ANY, 'render')
def _(p, c):
    p.ensure_ns(p.main)
    x = p.text(p.main)
    if 'xmlns:w99=' not in x:
        x = x.replace('<w:document ', '<w:document xmlns:w99="http://example.com/unknown/w99" ', 1); p.put(p.main, x)
    p.body_append(P(f'<mc:AlternateContent><mc:Choice Requires="w99">{R("[supply]")}</mc:Choice><mc:Fallback>{R(c["phrase"])}</mc:Fallback></mc:AlternateContent>'))
    return 'mc:AlternateContent Fallback (Choice requires unknown ns) holds value'


def add_abstract_num(p, absxml, aid):
    n = p.numbering_part(); x = p.text(n)
    i = x.find('<w:num ')
    if i < 0:
        i = x.find('<w:numIdMacAtCleanup')
    if i < 0:
        i = x.find('</w:numbering>')
    x = x[:i] + absxml + x[i:]
    x = x.replace('</w:numbering>', f'<w:num w:numId="{aid}"><w:abstractNumId w:val="{aid}"/></w:num></w:numbering>')
    p.put(n, x)


def chunks_for_levels(v):
    out = []; i = 0
    while i < len(v):
        if v[i] == '0':
            out.append('0'); i += 1
        else:
            out.append(v[i:i + 4]); i += 4
    return out


@tech('numbering_composite_levels', 'numbering', DIG, 'render')
def _(p, c):
    while len(chunks_for_levels(c['value'])) > 9:
        c['label'], c['value'] = make(c['kind']); c['phrase'] = c['label'] + ' ' + c['value']
    ch = chunks_for_levels(c['value'])
    lv = ''.join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{int(x)}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{"".join("%" + str(k + 1) for k in range(i + 1))}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2880" w:hanging="2880"/></w:pPr></w:lvl>' for i, x in enumerate(ch))
    add_abstract_num(p, f'<w:abstractNum w:abstractNumId="900"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>', 900)
    p.body_append(P(R('is the ' + c['label'] + ' of the site'), f'<w:numPr><w:ilvl w:val="{len(ch) - 1}"/><w:numId w:val="900"/></w:numPr>'))
    return f'list number "%1..%{len(ch)}" built from the start values of {len(ch)} levels (each <=9999), one paragraph at the deepest level'


@tech('numbering_lvltext_literal', 'numbering', ANY, 'render')
def _(p, c):
    ab = (f'<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{esc(c["phrase"], True)} (%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>')
    add_abstract_num(p, ab, 901)
    p.body_append(P(R(' – reading accepted'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr>'))
    return 'numbering lvlText literal'


@tech('dropcap_first_digit', 'layout', NOSP, 'render')
def _(p, c):
    v = c['value']
    p.body_append(P(R(v[0]), '<w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="480" w:lineRule="exact"/>') + P(R(v[1:] + f' is the {c["label"]} used in this retest.')))
    return 'first char as a drop cap (frame paragraph), rest in next paragraph'


@tech('frames_side_by_side', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a), '<w:framePr w:w="3000" w:hSpace="0" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:x="0" w:y="1"/><w:jc w:val="right"/>')
                  + P(R(b), '<w:framePr w:w="3000" w:hSpace="0" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:x="3000" w:y="1"/>') + P(''))
    return 'two framed paragraphs positioned side by side'


@tech('arabic_indic_digits', 'run-format', DIG, 'render')
def _(p, c):
    t = ''.join(chr(0x660 + int(ch)) for ch in c['value'])
    p.body_append(P(R(lab(c)) + R(t, '<w:rtl w:val="0"/>')))
    return 'value typed in Arabic-Indic digits'


@tech('fullwidth_digits', 'run-format', NOSP, 'render')
def _(p, c):
    t = ''.join(chr(ord(ch) + 0xFEE0) if '!' <= ch <= '~' else ch for ch in c['value'])
    p.body_append(P(R(lab(c)) + R(t)))
    return 'value in full-width forms'


@tech('caps_lowercase', 'run-format', ['MSN_E', 'MSN_G', 'POSTCODE', 'EUI'], 'render')
def _(p, c):
    p.body_append(P(R(lab(c)) + R(c['value'].lower(), '<w:caps/>')))
    return 'lower-case value displayed with w:caps'


@tech('smallcaps_lowercase', 'run-format', ['POSTCODE', 'MSN_E', 'MSN_G'], 'render')
def _(p, c):
    p.body_append(P(R(lab(c)) + R(c['value'].lower(), '<w:smallCaps/>')))
    return 'lower-case value displayed with w:smallCaps'


@tech('fittext_squeezed', 'run-format', ANY, 'render')
def _(p, c):
    p.body_append(P(R('Site: ') + R(c['phrase'], '<w:fitText w:val="900" w:id="4711"/>')))
    return 'w:fitText squeezed into 0.6 inch'


@tech('vertalign_superscript_half', 'run-format', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c) + a) + R(b, '<w:vertAlign w:val="superscript"/>')))
    return 'second half superscript'


@tech('omml_subscript', 'math', DIG, 'render')
def _(p, c):
    a, b = half(c['value'])
    p.body_append(P(R(lab(c)) + f'<m:oMath><m:sSub><m:e><m:r><m:t>{a}</m:t></m:r></m:e><m:sub><m:r><m:t>{b}</m:t></m:r></m:sub></m:sSub></m:oMath>'))
    return 'OMML sSub: base + subscript halves'


@tech('omml_delimiter_digits', 'math', DIG, 'render')
def _(p, c):
    inner = ''.join(f'<m:e><m:r><m:t>{ch}</m:t></m:r></m:e>' for ch in c['value'])
    p.body_append(P(R(lab(c)) + f'<m:oMath><m:d><m:dPr><m:begChr m:val=""/><m:sepChr m:val=""/><m:endChr m:val=""/></m:dPr>{inner}</m:d></m:oMath>'))
    return 'OMML delimiter with empty separators, one digit per element'


@tech('bookmark_name', 'attribute', DIG, 'ui(bookmark dialog)')
def _(p, c):
    p.body_append(P(f'<w:bookmarkStart w:id="905" w:name="{c["label"]}_{c["value"]}"/>' + R('Meter exchange section') + '<w:bookmarkEnd w:id="905"/>'))
    return 'bookmark name'


# ---- headers / footers / notes
def add_hdr(p, kind, typ, inner, name=None, ctype_case=None):
    n = name or f'word/{kind}9{typ[0]}.xml'
    root = 'w:hdr' if kind == 'header' else 'w:ftr'
    x = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{root} xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">{inner}</{root}>'
    ct = f'application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml'
    rid = p.add_part(n, x, ct, kind)
    if ctype_case:
        xx = p.text('[Content_Types].xml').replace(f'PartName="/{n}"', f'PartName="/{ctype_case}"')
        p.put('[Content_Types].xml', xx)
    return rid


def replace_hdr_ref(p, typ, rid, kind='header'):
    x = p.text(p.main)
    i = x.rfind('<w:sectPr')
    tail = x[i:]
    tail = re.sub(rf'<w:{kind}Reference w:type="{typ}" r:id="[^"]*"/>', '', tail)
    tail = re.sub(rf'<w:{kind}Reference r:id="[^"]*" w:type="{typ}"/>', '', tail)
    p.put(p.main, x[:i] + tail)
    p.body_sectpr_add(f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>')


@tech('even_header_page2', 'header-footer', ANY, 'render')
def _(p, c):
    rid = add_hdr(p, 'header', 'even', P(R(c['phrase'])))
    replace_hdr_ref(p, 'even', rid)
    p.settings_insert('<w:evenAndOddHeaders/>', after=r'<w:(?:defaultTabStop)\b[^>]*>')
    p.body_append(P('<w:r><w:br w:type="page"/></w:r>' + R('Page two: follow-up notes.')))
    return 'even-page header (evenAndOddHeaders) on page 2'


@tech('first_header_without_titlepg', 'header-footer', ANY, 'extract(discarded)')
def _(p, c):
    rid = add_hdr(p, 'header', 'first', P(R(c['phrase'])))
    replace_hdr_ref(p, 'first', rid)
    return 'first-page header part referenced but w:titlePg absent (not shown)'


@tech('header_uppercase_partname', 'header-footer', ANY, 'render')
def _(p, c):
    rid = add_hdr(p, 'header', 'default', P(R(c['phrase'])), name='word/HEADER9.XML', ctype_case='word/header9.xml')
    replace_hdr_ref(p, 'default', rid)
    return 'default header in upper-case part name, content type override in other case'


@tech('footer_same_part_twice', 'header-footer', ANY, 'render')
def _(p, c):
    rid = add_hdr(p, 'footer', 'default', P(R(c['phrase'])))
    replace_hdr_ref(p, 'default', rid, 'footer')
    replace_hdr_ref(p, 'first', rid, 'footer')
    return 'one footer part referenced as default and first footer'


@tech('footnote_separator_text', 'notes', ANY, 'word-only')
def _(p, c):
    fx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">'
          f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t xml:space="preserve">{esc(c["phrase"])} </w:t></w:r><w:r><w:separator/></w:r></w:p></w:footnote>'
          f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See DIP message tracker.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    p.add_part('word/footnotes.xml', fx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', 'footnotes')
    p.body_append(P(R('PUB-021 received') + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    return 'text inside the footnote separator'


@tech('endnote_custom_mark', 'notes', ANY, 'render')
def _(p, c):
    ex = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">'
          f'<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
          f'<w:endnote w:id="1"><w:p><w:r><w:t xml:space="preserve">† {esc(c["phrase"])}</w:t></w:r></w:p></w:endnote></w:endnotes>')
    p.add_part('word/endnotes.xml', ex, 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml', 'endnotes')
    p.body_append(P(R('Site confirmed') + '<w:r><w:endnoteReference w:customMarkFollows="1" w:id="1"/><w:t>†</w:t></w:r>'))
    return 'endnote with custom mark'


# ---- packaging
@tech('hyperlink_external_url', 'packaging', NOSP + ['POSTCODE'], 'ui(hover)')
def _(p, c):
    rid = p.add_rel(p.main, 'hyperlink', 'https://crm.northfield-energy.co.uk/sites?q=' + c['value'].replace(' ', '+'), external=True)
    p.body_append(P(f'<w:hyperlink r:id="{rid}" w:history="1">{R("open site record", LNK)}</w:hyperlink>'))
    return 'external hyperlink target URL'


@tech('mailto_link', 'packaging', ['EMAIL'], 'ui(hover)')
def _(p, c):
    rid = p.add_rel(p.main, 'hyperlink', 'mailto:' + c['value'] + '?subject=Meter%20access', external=True)
    p.body_append(P(f'<w:hyperlink r:id="{rid}">{R("email the site contact")}</w:hyperlink>'))
    return 'mailto: hyperlink target'


@tech('orphan_external_rel', 'packaging', NOSP, 'extract(discarded)')
def _(p, c):
    p.add_rel(p.main, 'image', f'https://evidence.example.com/photos/{c["value"]}.jpg', external=True)
    return 'unused external image relationship'


@tech('subdoc_external', 'packaging', NOSP, 'ui(outline view)')
def _(p, c):
    rid = p.add_rel(p.main, 'subDocument', f'file:///C:/QT/Sites/{c["value"]}.docx', external=True)
    p.body_append(P(f'<w:subDoc r:id="{rid}"/>'))
    return 'w:subDoc external path'


def mini_docx(text_xml):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{NS["w"]}"><w:body>{text_xml}</w:body></w:document>')
    return b.getvalue()


@tech('subdoc_internal_package', 'packaging', ANY, 'extract(nested docx)')
def _(p, c):
    rid = p.add_part('word/subdocs/site.docx', mini_docx(P(R(c['phrase']))), None, 'subDocument')
    p.add_default('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    p.body_append(P(f'<w:subDoc r:id="{rid}"/>'))
    return 'w:subDoc to an internal nested .docx part'


def altchunk(p, name, data, ctype):
    rid = p.add_part(name, data, ctype, 'aFChunk')
    p.body_append(f'<w:altChunk r:id="{rid}"/>')


@tech('altchunk_mht_qp', 'altchunk', ANY, 'word-only')
def _(p, c):
    html = f'<html><body><p>Site visit note: {esc(c["phrase"])}</p></body></html>'
    qp = quopri.encodestring(html.encode()).decode()
    # force a soft line break inside the value
    v = esc(c['phrase']); k = len(v) // 2
    qp = qp.replace(v, v[:k] + '=\r\n' + v[k:]) if v in qp else qp
    mht = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\n'
           'Content-Location: file:///C:/note.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n' + qp + '\r\n------=_NextPart_01--\r\n')
    altchunk(p, 'word/afchunk_note.mht', mht, 'message/rfc822')
    return 'altChunk MHT, quoted-printable with soft break inside value'


@tech('altchunk_text_utf16', 'altchunk', ANY, 'word-only')
def _(p, c):
    altchunk(p, 'word/afchunk_log.txt', ('\ufeff2026-12-05 09:14:02 INFO site lookup ' + c['phrase'] + '\r\n').encode('utf-16-le'), 'text/plain')
    return 'altChunk text/plain UTF-16LE'


@tech('altchunk_html_entities', 'altchunk', NOSP, 'word-only')
def _(p, c):
    a, b = half(c['value'])
    html = f'<html><body><p>{esc(c["label"])} ' + ''.join(f'&#x{ord(ch):x};' for ch in a) + f'<span style="color:#000">{b}</span></p></body></html>'
    altchunk(p, 'word/afchunk1.html', html, 'text/html')
    return 'altChunk HTML, hex entities + span split'


@tech('altchunk_docx', 'altchunk', ANY, 'word-only')
def _(p, c):
    altchunk(p, 'word/afchunk_site.docx', mini_docx(P(R(c['phrase']))), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    return 'altChunk nested .docx'


def xlsx_bytes(val, numeric=False):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sites'
    ws.append(['Ref', 'Value', 'Status']); ws.append(['MPAN-REF-0042', int(val) if numeric else val, 'Registered'])
    b = io.BytesIO(); wb.save(b); return b.getvalue()


def embed_ole_pkg(p, data, progid='Excel.Sheet.12'):
    icon = to_bytes(text_img('Worksheet', w=160, h=60, sz=18), 'PNG')
    irid, _ = add_image(p, icon, 'png', 'image/png')
    p.put('word/embeddings/Microsoft_Excel_Worksheet9.xlsx', data)
    p.add_default('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    prid = p.add_rel(p.main, 'package', 'embeddings/Microsoft_Excel_Worksheet9.xlsx')
    p.body_append(P(f'<w:r><w:object w:dxaOrig="1520" w:dyaOrig="960"><v:shape id="_x0000_i1099" type="#_x0000_t75" style="width:76pt;height:48pt" o:ole=""><v:imagedata r:id="{irid}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1099" DrawAspect="Icon" ObjectID="_1790000099" r:id="{prid}"/></w:object></w:r>'))


@tech('ole_xlsx_string', 'ole-embed', ANY, 'ui(open object)')
def _(p, c):
    embed_ole_pkg(p, xlsx_bytes(c['phrase']))
    return 'embedded .xlsx package, sharedStrings cell'


@tech('ole_xlsx_numeric', 'ole-embed', DIG, 'ui(open object)')
def _(p, c):
    embed_ole_pkg(p, xlsx_bytes(c['value'], numeric=True))
    return 'embedded .xlsx package, value stored as a NUMBER cell'


# ---- images
def body_img(p, data, ext, ctype, cx=5400000, cy=900000, descr='Screenshot', extra_blip='', src_rect=''):
    rid, name = add_image(p, data, ext, ctype)
    if ext.lower() not in ('emf', 'svg') and cx == 5400000 and cy in (900000, 600000):
        try:
            iw, ih = Image.open(io.BytesIO(data)).size
            cy = int(cx * ih / iw) * (2 if src_rect else 1) // (2 if src_rect else 1)
        except Exception:
            pass
    p.body_append(P(inline_pic(rid, cx, cy, 960 + IMG_N[0], descr, extra_blip=extra_blip, src_rect=src_rect)))
    return name


@tech('img_gif_animated_frame2', 'image', ANY, 'render(frame2)+ocr')
def _(p, c):
    f1 = text_img('Loading message tracker...', sz=28, mode='RGB').convert('P')
    f2 = text_img(c['phrase'], sz=28, mode='RGB').convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[400, 4000], loop=0)
    c['_img'] = to_bytes(text_img(c['phrase'], sz=28), 'PNG')
    body_img(p, b.getvalue(), 'gif', 'image/gif')
    return 'animated GIF, value only in frame 2'


@tech('img_tiff_pixels', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28), 'TIFF', compression='tiff_lzw')
    c['_img'] = data; body_img(p, data, 'tiff', 'image/tiff')
    return 'TIFF (LZW) pixels'


@tech('img_bmp_lowcontrast', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28, fg=(150, 150, 150)), 'BMP')
    c['_img'] = data; body_img(p, data, 'bmp', 'image/bmp')
    return 'BMP, grey text on white'


@tech('img_png_rotated', 'image', ANY, 'render+ocr')
def _(p, c):
    im = text_img(c['phrase'], sz=28).rotate(90, expand=True)
    data = to_bytes(im, 'PNG'); c['_img'] = data
    body_img(p, data, 'png', 'image/png', cx=900000, cy=5400000)
    return 'PNG, text rotated 90 degrees'


@tech('img_split_two_pngs', 'image', NOSP, 'render+ocr')
def _(p, c):
    a, b = half(c['value'])
    ia = to_bytes(text_img(lab(c) + a, w=520, sz=28), 'PNG'); ib = to_bytes(text_img(b, w=300, sz=28), 'PNG')
    c['_img'] = to_bytes(text_img(lab(c) + a + b, sz=28), 'PNG')
    r1, _ = add_image(p, ia, 'png', 'image/png'); r2, _ = add_image(p, ib, 'png', 'image/png')
    p.body_append(P(inline_pic(r1, 3120000, 540000, 990) + inline_pic(r2, 1800000, 540000, 991)))
    return 'value split across two adjacent inline PNGs'


@tech('img_png_cropped_out', 'image', ANY, 'extract(cropped pixels)+ocr')
def _(p, c):
    im = text_img(['Message tracker: 3 messages, all Acknowledged', c['phrase']], sz=28)
    data = to_bytes(im, 'PNG'); c['_img'] = data
    body_img(p, data, 'png', 'image/png', cy=600000, src_rect='<a:srcRect b="50000"/>')
    return 'PNG whose lower half (holding value) is cropped away by srcRect'


@tech('img_png_ztxt', 'image-meta', ANY, 'extract')
def _(p, c):
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo(); info.add_text('Comment', c['phrase'], zip=True)
    data = to_bytes(text_img('DIP message tracker – 3 rows'), 'PNG', pnginfo=info)
    body_img(p, data, 'png', 'image/png')
    return 'PNG zTXt (compressed) chunk'


@tech('img_jpeg_exif_desc', 'image-meta', ANY, 'extract')
def _(p, c):
    im = text_img('Meter cupboard photo')
    ex = Image.Exif(); ex[0x010E] = c['phrase']; ex[0x013B] = 'Field engineer'
    body_img(p, to_bytes(im, 'JPEG', exif=ex.tobytes()), 'jpeg', 'image/jpeg')
    return 'JPEG EXIF ImageDescription'


@tech('img_jpeg_xmp', 'image-meta', ANY, 'extract')
def _(p, c):
    jb = to_bytes(text_img('Meter cupboard photo'), 'JPEG')
    xmp = (b'http://ns.adobe.com/xap/1.0/\x00<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
           + esc(c['phrase']).encode() + b'</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    seg = b'\xff\xe1' + struct.pack('>H', len(xmp) + 2) + xmp
    body_img(p, jb[:2] + seg + jb[2:], 'jpeg', 'image/jpeg')
    return 'JPEG APP1 XMP dc:description'


@tech('img_jpeg_com', 'image-meta', ANY, 'extract')
def _(p, c):
    jb = to_bytes(text_img('Meter cupboard photo'), 'JPEG')
    com = c['phrase'].encode('latin-1', 'replace')
    body_img(p, jb[:2] + b'\xff\xfe' + struct.pack('>H', len(com) + 2) + com + jb[2:], 'jpeg', 'image/jpeg')
    return 'JPEG COM segment'


@tech('img_emf_text', 'image', ANY, 'render')
def _(p, c):
    body_img(p, emf_text(c['phrase'], w=900), 'emf', 'image/x-emf', cx=5715000, cy=508000)
    return 'EMF EMR_EXTTEXTOUTW record'


@tech('img_svg_textpath', 'image', ANY, 'word-only(svg)')
def _(p, c):
    png = to_bytes(text_img('[diagram]', w=600, h=80), 'PNG')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="80"><defs><path id="p1" d="M10,50 L590,50"/></defs>'
           f'<text font-family="Arial" font-size="22"><textPath xlink:href="#p1">{esc(c["phrase"])}</textPath></text></svg>')
    rs, _ = add_image(p, svg.encode(), 'svg', 'image/svg+xml')
    ext = f'<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rs}"/></a:ext></a:extLst>'
    body_img(p, png, 'png', 'image/png', cx=5715000, cy=762000, extra_blip=ext)
    return 'SVG textPath (PNG fallback neutral)'


@tech('img_docpr_title', 'attribute', ANY, 'ui(alt text)')
def _(p, c):
    rid, _ = add_image(p, to_bytes(text_img('DIP message tracker'), 'PNG'), 'png', 'image/png')
    p.body_append(P(inline_pic(rid, 5400000, 600000, 997, descr='Screenshot of the tracker', title=c['phrase'])))
    return 'drawing wp:docPr title attribute'


# ---- second batch
@tech('fld_seq_reset_chunks', 'field-compute', DIG, 'render')
def _(p, c):
    a, b = half(c['value'], nz=True)
    p.body_append(P(R(lab(c)) + FLD(f' SEQ SiteA \\r {int(a)} \\* Arabic ', R(a)) + FLD(f' SEQ SiteB \\r {int(b)} \\* Arabic ', R(b))))
    return 'two SEQ fields reset (\\r) to the two halves (cached results)'


@tech('img_png_ext_case', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28), 'PNG'); c['_img'] = data
    body_img(p, data, 'Png', 'image/png')
    return 'PNG part with extension ".Png" (own Default content type in that case)'


@tech('fld_hyperlink_screentip', 'field-compute', ANY, 'ui(hover)')
def _(p, c):
    p.body_append(P(R('Defect: ') + FLD(f' HYPERLINK "https://dev.azure.com/example-org/MHHS/_workitems/edit/40230" \\o "{c["phrase"]}" ', R('ADO-40230', LNK))))
    return 'HYPERLINK field \\o ScreenTip text'


@tech('w_hyperlink_tooltip', 'attribute', ANY, 'ui(hover)')
def _(p, c):
    p.body_append(P(f'<w:hyperlink w:anchor="_top" w:tooltip="{esc(c["phrase"], True)}">{R("back to top", LNK)}</w:hyperlink>'))
    return 'w:hyperlink w:tooltip'


@tech('fld_userinfo', 'field-compute', ['ADDRESS', 'POSTCODE', 'EMAIL'], 'word-only(update)')
def _(p, c):
    f = 'USERADDRESS' if c['kind'] in ('ADDRESS', 'POSTCODE') else 'USERNAME'
    p.body_append(P(R('Prepared for: ') + FLD(f' {f} "{c["value"]}" ', R(' '))))
    return f'{f} field with literal argument (blank cached result)'


@tech('fld_fillin_default', 'field-compute', ANY, 'ui(prompt)')
def _(p, c):
    p.body_append(P(R('Site: ') + FLD(f' FILLIN "Enter the site for this retest" \\d "{c["phrase"]}" ', R(' '))))
    return 'FILLIN prompt default (\\d)'


@tech('fld_ask_ref', 'field-compute', ANY, 'ui(prompt)')
def _(p, c):
    p.body_append(P(FLD(f' ASK SiteQ "Which site?" \\d "{c["phrase"]}" ', None) + R('Site: ') + FLD(' REF SiteQ ', R(' '))))
    return 'ASK default + REF (blank cached result)'


@tech('fld_set_ref', 'field-compute', ANY, 'word-only(update)')
def _(p, c):
    p.body_append(P(FLD(f' SET SiteV "{c["phrase"]}" ', None) + R('Site: ') + FLD(' REF SiteV \\* MERGEFORMAT ', R(' '))))
    return 'SET bookmark value + REF (blank cached result)'


@tech('fld_docproperty_custom', 'field-compute', ANY, 'word-only(update)')
def _(p, c):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="SiteRef"><vt:lpwstr>{esc(c["phrase"])}</vt:lpwstr></property></Properties>')
    p.add_part('docProps/custom.xml', x, 'application/vnd.openxmlformats-officedocument.custom-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', source=None, target='docProps/custom.xml')
    p.body_append(P(R('Site: ') + FLD(' DOCPROPERTY SiteRef \\* MERGEFORMAT ', R(' '))))
    return 'custom property shown by DOCPROPERTY (blank cached result)'


@tech('vml_textbox_header', 'header-footer', ANY, 'render')
def _(p, c):
    shape = f'<w:r><w:pict><v:rect id="hb1" style="position:absolute;margin-left:250pt;margin-top:0;width:230pt;height:28pt;z-index:1" stroked="f"><v:textbox><w:txbxContent>{P(R(c["phrase"]))}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'
    rid = add_hdr(p, 'header', 'default', P(shape))
    h = [k for k in p.files if k.startswith('word/header9d')][0]
    p.put(h, p.text(h).replace('<w:hdr ', f'<w:hdr xmlns:v="{NS["v"]}" xmlns:o="{NS["o"]}" ', 1))
    replace_hdr_ref(p, 'default', rid)
    return 'VML v:textbox in header'


@tech('wpg_group_two_shapes', 'layout', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    def shp(i, x, t):
        return (f'<wps:wsp><wps:cNvPr id="{970 + i}" name="T{i}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{x}" y="0"/><a:ext cx="1800000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
                f'<wps:txbx><w:txbxContent>{P(R(t), JR if i == 0 else "")}</w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0"/></wps:wsp>')
    g = (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3600000" cy="400000"/><wp:docPr id="969" name="Group 969"/><wp:cNvGraphicFramePr/>'
         f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="400000"/><a:chOff x="0" y="0"/><a:chExt cx="3600000" cy="400000"/></a:xfrm></wpg:grpSpPr>'
         f'{shp(0, 0, lab(c) + a)}{shp(1, 1800000, b)}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    x = p.text(p.main)
    if 'xmlns:wpg=' not in x:
        p.put(p.main, x.replace('<w:document ', '<w:document xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ', 1))
    p.body_append(P(g))
    return 'drawing group (wpg) of two text shapes, one half each'


@tech('sdt_bound_coreprops', 'content-control', ANY, 'word-only(binding)')
def _(p, c):
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>QT evidence</dc:title><dc:subject>{esc(c["phrase"])}</dc:subject><dc:creator>Demo Tester</dc:creator></cp:coreProperties>')
    if 'docProps/core.xml' in p.files:
        x = p.text('docProps/core.xml')
        x = re.sub(r'<dc:subject>.*?</dc:subject>|<dc:subject/>', '', x)
        x = x.replace('</cp:coreProperties>', f'<dc:subject>{esc(c["phrase"])}</dc:subject></cp:coreProperties>')
        if 'xmlns:dc=' not in x:
            x = x.replace('<cp:coreProperties ', '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
        p.put('docProps/core.xml', x)
    else:
        p.add_part('docProps/core.xml', core, 'application/vnd.openxmlformats-package.core-properties+xml', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', source=None, target='docProps/core.xml')
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Subject"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\'" w:xpath="/ns1:coreProperties[1]/ns0:subject[1]" w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/><w:text/></w:sdtPr><w:sdtContent>{P(R("[Subject]"))}</w:sdtContent></w:sdt>')
    return 'core property dc:subject bound to a content control (stale "[Subject]")'


@tech('background_image', 'image', ANY, 'word-only(background)+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28, fg=(200, 200, 200)), 'PNG'); c['_img'] = to_bytes(text_img(c['phrase'], sz=28), 'PNG')
    rid, _ = add_image(p, data, 'png', 'image/png')
    p.settings_insert('<w:displayBackgroundShape/>', after=r'<w:(?:zoom|view)\b[^>]*>')
    p.ensure_ns(p.main)
    x = p.text(p.main)
    x = x.replace('<w:body>', f'<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" o:targetscreensize="1024,768"><v:fill r:id="{rid}" o:title="bg" recolor="t" type="frame"/></v:background></w:background><w:body>', 1)
    p.put(p.main, x)
    return 'page background picture (w:background v:fill)'


@tech('numpicbullet_image', 'image', ANY, 'render+ocr')
def _(p, c):
    data = to_bytes(text_img(c['phrase'], sz=28), 'PNG'); c['_img'] = data
    n = p.numbering_part()
    rid, _ = add_image(p, data, 'png', 'image/png', source=n)
    p.ensure_ns(n, ['w', 'r', 'v', 'o'])
    x = p.text(n)
    m = re.search(r'<w:numbering[^>]*>', x)
    x = x[:m.end()] + f'<w:numPicBullet w:numPicBulletId="7"><w:pict><v:shape id="_x0000_i1077" type="#_x0000_t75" style="width:300pt;height:24pt" o:bullet="t"><v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:numPicBullet>' + x[m.end():]
    p.put(n, x)
    add_abstract_num(p, '<w:abstractNum w:abstractNumId="903"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlPicBulletId w:val="7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>', 903)
    p.body_append(P(R('Reading accepted'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="903"/></w:numPr>'))
    return 'picture bullet (numPicBullet) image holding the value'


def ffield(ffdata, result):
    return FLD(' FORMTEXT ', R(result), begin_extra=f'<w:ffData>{ffdata}</w:ffData>')


@tech('ff_helptext', 'form-field', ANY, 'ui(F1 help)')
def _(p, c):
    p.body_append(P(R('Site: ') + ffield(f'<w:name w:val="Site1"/><w:enabled/><w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="{esc(c["phrase"], True)}"/><w:textInput/>', '\u2002\u2002\u2002\u2002\u2002')))
    return 'legacy form field helpText'


@tech('ff_statustext', 'form-field', ANY, 'ui(status bar)')
def _(p, c):
    p.body_append(P(R('Site: ') + ffield(f'<w:name w:val="Site2"/><w:enabled/><w:calcOnExit w:val="0"/><w:statusText w:type="text" w:val="{esc(c["phrase"], True)}"/><w:textInput/>', '\u2002\u2002\u2002\u2002\u2002')))
    return 'legacy form field statusText'


@tech('ff_dropdown_entry', 'form-field', NOSP + ['POSTCODE', 'PHONE'], 'ui(list)')
def _(p, c):
    p.body_append(P(R('Site: ') + FLD(' FORMDROPDOWN ', None, begin_extra=f'<w:ffData><w:name w:val="Site3"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="0"/><w:listEntry w:val="Choose"/><w:listEntry w:val="{esc(c["value"], True)}"/></w:ddList></w:ffData>')))
    return 'legacy FORMDROPDOWN listEntry (not selected)'


@tech('tracked_deleted_row', 'tracked', ANY, 'ui(markup)')
def _(p, c):
    dl = '<w:del w:id="{}" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z">{}</w:del>'
    DT = '<w:r><w:delText xml:space="preserve">{}</w:delText></w:r>'
    cell = lambda t, i: '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>' + dl.format(i, DT.format(esc(t))) + '</w:p></w:tc>'
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
                  f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{P(R("Ref"))}</w:tc><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{P(R("Detail"))}</w:tc></w:tr>'
                  f'<w:tr><w:trPr><w:del w:id="620" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"/></w:trPr>{cell("Site", 621)}{cell(c["phrase"], 622)}</w:tr></w:tbl>' + P(''))
    return 'table row deleted with tracked changes'


@tech('move_from', 'tracked', ANY, 'ui(markup)')
def _(p, c):
    p.body_append(P('<w:moveFromRangeStart w:id="630" w:name="move501" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z"/>'
                    f'<w:moveFrom w:id="631" w:author="Demo Tester" w:date="2026-12-05T09:00:00Z">{R(c["phrase"])}</w:moveFrom><w:moveFromRangeEnd w:id="630"/>'))
    return 'w:moveFrom text (no matching moveTo)'


@tech('pic_hlinkclick_tooltip', 'attribute', ANY, 'ui(hover)')
def _(p, c):
    rid, _ = add_image(p, to_bytes(text_img('Open DIP tracker'), 'PNG'), 'png', 'image/png')
    hr = p.add_rel(p.main, 'hyperlink', 'https://dip.example.com/tracker', external=True)
    xml = inline_pic(rid, 5400000, 600000, 998).replace('descr="Screenshot"/>', f'descr="Screenshot"><a:hlinkClick xmlns:a="{NS["a"]}" r:id="{hr}" tooltip="{esc(c["phrase"], True)}"/></wp:docPr>')
    p.body_append(P(xml))
    return 'picture a:hlinkClick tooltip'


@tech('pic_docpr_name', 'attribute', ANY, 'ui(selection pane)')
def _(p, c):
    rid, _ = add_image(p, to_bytes(text_img('Meter cupboard'), 'PNG'), 'png', 'image/png')
    xml = inline_pic(rid, 5400000, 600000, 999).replace('name="Picture 999"', f'name="{esc(c["phrase"], True)}"', 1)
    p.body_append(P(xml))
    return 'wp:docPr name (Selection Pane)'


@tech('noproof_lang_runs', 'run-format', NOSP, 'render')
def _(p, c):
    s = R(lab(c))
    for i, ch in enumerate(c['value']):
        s += R(ch, '<w:noProof/>' if i % 2 else '<w:lang w:val="cy-GB"/>')
    p.body_append(P(s))
    return 'alternating w:noProof / w:lang runs per char'


# ---- classic samples
@tech('vml_watermark_textpath', 'classic', NOSP, 'render')
def _(p, c):
    shape = (f'<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
             f'<v:shape id="PowerPlusWaterMarkObject9" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:60pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
             f'<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{esc(c["value"], True)}"/></v:shape></w:pict></w:r>')
    rid = add_hdr(p, 'header', 'default', P(shape).replace('<w:hdr ', '<w:hdr ').replace('<w:p>', '<w:p>', 1))
    h = [k for k in p.files if k.startswith('word/header9d')][0]
    x = p.text(h).replace('<w:hdr ', f'<w:hdr xmlns:v="{NS["v"]}" xmlns:o="{NS["o"]}" ', 1)
    p.put(h, x)
    replace_hdr_ref(p, 'default', rid)
    return 'VML watermark v:textpath string (header)'


@tech('docvars_plain', 'classic', ANY, 'extract')
def _(p, c):
    p.settings_insert(f'<w:docVars><w:docVar w:name="CustomerSite" w:val="{esc(c["phrase"], True)}"/></w:docVars>', after=r'<w:(?:compat|rsids)\b.*?</w:(?:compat|rsids)>')
    return 'settings docVars'


@tech('sym_digits', 'classic', DIG, 'render')
def _(p, c):
    p.body_append(P(R(lab(c)) + ''.join(f'<w:r><w:sym w:font="Arial" w:char="{0x30 + int(ch):04X}"/></w:r>' for ch in c['value'])))
    return 'w:sym per digit'


@tech('split_two_cells_borderless', 'classic', NOSP, 'render')
def _(p, c):
    a, b = half(c['value'])
    nb = '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
    p.body_append(f'<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr>'
                  f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>{nb}</w:tcPr>{P(R(lab(c) + a), JR)}</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>{nb}</w:tcPr>{P(R(b))}</w:tc></w:tr></w:tbl>' + P(''))
    return 'two borderless cells'


@tech('xml_comment_document', 'classic', ANY, 'extract')
def _(p, c):
    p.body_append(f'<!-- reviewer note: {c["phrase"].replace("--", "- -")} -->')
    return 'XML comment in document.xml'


@tech('zip_archive_comment', 'packaging', ANY, 'extract')
def _(p, c):
    p.zip_comment = ('site ' + c['phrase']).encode()
    return 'zip end-of-central-directory comment'


# ---- zip container tricks (value in an ordinary body paragraph, container odd)
@tech('zip_dup_entry_first', 'zip', ANY, 'render?')
def _(p, c):
    clean = p.files[p.main]
    p.body_append(P(R(c['phrase'])))
    bad = p.files[p.main]
    # first entry holds the value, the later duplicate is the clean original
    p.files[p.main] = bad; p.extra_entries.append((p.main, clean))
    return 'duplicate document.xml entries; FIRST holds value'


@tech('zip_dup_entry_second', 'zip', ANY, 'render?')
def _(p, c):
    clean = p.files[p.main]
    p.body_append(P(R(c['phrase'])))
    bad = p.files[p.main]
    p.files[p.main] = clean; p.extra_entries.append((p.main, bad))
    return 'duplicate document.xml entries; SECOND (last) holds value'


@tech('zip_zip64_forced', 'zip', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase']))); p.force_zip64.add(p.main)
    return 'document.xml written with zip64 extra fields'


@tech('zip_data_descriptor', 'zip', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase']))); p.descriptor = True
    return 'all entries with data descriptors (streamed zip)'


@tech('zip_stored_part', 'zip', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase']))); p.compress[p.main] = zipfile.ZIP_STORED
    return 'document.xml stored uncompressed'


@tech('zip_encrypted_flag', 'zip', ANY, 'refuse-expected')
def _(p, c):
    p.body_append(P(R(c['phrase']))); p.encrypt_flag.add(p.main)
    return 'document.xml entry flagged encrypted (bit 0) but plain'


@tech('ext_docm', 'zip', ANY, 'render', )
def _(p, c):
    x = p.text('[Content_Types].xml').replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml')
    x = x.replace('application/vnd.openxmlformats-officedocument.ms-word', 'application/vnd.ms-word')
    p.put('[Content_Types].xml', x)
    p.body_append(P(R(c['phrase'])))
    c['_ext'] = '.docm'
    return 'macro-enabled .docm (content type + extension)'


@tech('ext_dotx', 'zip', ANY, 'render')
def _(p, c):
    x = p.text('[Content_Types].xml').replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml')
    p.put('[Content_Types].xml', x)
    p.body_append(P(R(c['phrase'])))
    c['_ext'] = '.dotx'
    return 'template .dotx'


@tech('ext_upper_DOCX', 'zip', ANY, 'render')
def _(p, c):
    p.body_append(P(R(c['phrase'])))
    c['_ext'] = '.DOCX'
    return 'file extension in upper case'


@tech('manifest_attr', 'attest-pack', ANY, 'extract')
def _(p, c):
    for n in list(p.files):
        if n.startswith('customXml/item') and b'attest:manifest' in p.files[n]:
            x = p.text(n)
            x = x.replace('reference="', f'site="{esc(c["phrase"], True)}" reference="', 1)
            p.put(n, x)
            return f'{n} attest:manifest extra attribute'
    x = cxml(p, f'<?xml version="1.0" encoding="utf-8"?>\n<attest:manifest xmlns:attest="urn:attest:evidence-manifest:1" version="1" site="{esc(c["phrase"], True)}"/>')
    return 'customXml manifest-like item attribute'


# ---------------------------------------------------------------- controls
CTRL = []


def ctrl(name):
    def deco(fn):
        CTRL.append((name, fn)); return fn
    return deco


@ctrl('c_macrobutton')
def _(p):
    p.body_append(P(FLD(' MACROBUTTON NoMacro [Click to add evidence for step 3] ', None)))


@ctrl('c_barcode_case_ref')
def _(p):
    p.body_append(P(FLD(' DISPLAYBARCODE "SIT_SM_TC_101" QR \\q 3 ', None)))


@ctrl('c_symbol_tick')
def _(p):
    p.body_append(P(R('Result ') + FLD(' SYMBOL 252 \\f "Wingdings" \\s 11 ', R('\uf0fc', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')) + R(' Passed')))


@ctrl('c_numbering_levels_small')
def _(p):
    ab = ('<w:abstractNum w:abstractNumId="902"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>')
    add_abstract_num(p, ab, 902)
    n = lambda l: f'<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="902"/></w:numPr>'
    p.body_append(P(R('Send D0010 meter readings'), n(0)) + P(R('Check IF-031 on the DIP tracker'), n(1)))


@ctrl('c_docvar_runref')
def _(p):
    p.settings_insert('<w:docVars><w:docVar w:name="RunRef" w:val="FM_TS_1_TC_01 run 1"/><w:docVar w:name="MPANRef" w:val="MPAN-REF-0042"/></w:docVars>', after=r'<w:(?:compat|rsids)\b.*?</w:(?:compat|rsids)>')


@ctrl('c_custom_props')
def _(p):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="TestPhase"><vt:lpwstr>SIT</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ADO test point"><vt:i4>551872</vt:i4></property></Properties>')
    p.add_part('docProps/custom.xml', x, 'application/vnd.openxmlformats-officedocument.custom-properties+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', source=None, target='docProps/custom.xml')


@ctrl('c_comment_defect')
def _(p):
    comments_add(p, 'Demo Tester', 'Retest after DCC fix, see ADO-40230 (S3/P2). SRV 8.1 response I0.')


@ctrl('c_hyperlink_ado')
def _(p):
    rid = p.add_rel(p.main, 'hyperlink', 'https://dev.azure.com/example-org/MHHS/_workitems/edit/40230', external=True)
    p.body_append(P(f'<w:hyperlink r:id="{rid}">{R("ADO-40230")}</w:hyperlink>'))


@ctrl('c_altchunk_html_flows')
def _(p):
    altchunk(p, 'word/afchunk_ok.html', '<html><body><p>D0010 sent 2026-11-28T09:14:02Z; IF-031 ack 09:14:09; PUB-021 at 09:20:44. Reading 004512.3 kWh.</p></body></html>', 'text/html')


@ctrl('c_png_status')
def _(p):
    body_img(p, to_bytes(text_img(['Status: PASSED   IF-031   12:04:55', 'Correlation 3e9b1f4c-7a21-4d0e-b6c8-1f2e3d4c5b6a']), 'PNG'), 'png', 'image/png')


@ctrl('c_gif_animated')
def _(p):
    f1 = text_img('Loading...').convert('P'); f2 = text_img('Done: 3 messages acknowledged').convert('P')
    b = io.BytesIO(); f1.save(b, 'GIF', save_all=True, append_images=[f2], duration=[300, 3000], loop=0)
    body_img(p, b.getvalue(), 'gif', 'image/gif')


@ctrl('c_emf_text')
def _(p):
    body_img(p, emf_text('PUB-021 received 09:20:44'), 'emf', 'image/x-emf', cx=5715000, cy=508000)


@ctrl('c_tof_cached')
def _(p):
    p.body_append(P(FLD(' TOC \\h \\z \\c "Figure" ', R('Figure 1: DIP message tracker\t2'))))


@ctrl('c_header_page_field')
def _(p):
    rid = add_hdr(p, 'header', 'default', P(R('SIT_COS_TC_02 evidence – page ') + FLD(' PAGE ', R('1')) + R(' of ') + FLD(' NUMPAGES ', R('2'))))
    replace_hdr_ref(p, 'default', rid)


@ctrl('c_date_field')
def _(p):
    p.body_append(P(R('Printed ') + FLD(' DATE \\@ "dd/MM/yyyy HH:mm" ', R('05/12/2026 09:02'))))


@ctrl('c_formula_amounts')
def _(p):
    p.body_append(P(R('Bill total £') + FLD(' = 42.17 + 8.30 \\# "0.00" ', R('50.47'))))


@ctrl('c_dropdown_status')
def _(p):
    p.body_append(f'<w:sdt><w:sdtPr><w:alias w:val="Step result"/><w:tag w:val="StepResult"/><w:dropDownList><w:listItem w:displayText="Passed" w:value="P"/><w:listItem w:displayText="Failed" w:value="F"/><w:listItem w:displayText="Blocked" w:value="B"/></w:dropDownList></w:sdtPr><w:sdtContent>{P(R("Passed"))}</w:sdtContent></w:sdt>')


@ctrl('c_glossary_placeholder')
def _(p):
    glossary(p, 'DefaultPlaceholder_-1854013440', 'placeholder', P(R('Click or tap here to enter text.')))
    p.body_append(f'<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{P(R("Click or tap here to enter text."))}</w:sdtContent></w:sdt>')


@ctrl('c_customxml_ids')
def _(p):
    cxml(p, '<?xml version="1.0" encoding="UTF-8"?>\n<run xmlns="urn:example:qt"><correlationId>3e9b1f4c-7a21-4d0e-b6c8-1f2e3d4c5b6a</correlationId><dipMessageId>DIP-7f3c2a10-44be-4d5e-9a61-0c2d3e4f5a6b</dipMessageId><flow>IF-031</flow><sent>2026-11-28T09:14:02Z</sent></run>')


@ctrl('c_bookmark_names')
def _(p):
    p.body_append(P('<w:bookmarkStart w:id="906" w:name="_Toc212345678"/><w:bookmarkStart w:id="907" w:name="Step3_Result"/>' + R('Step 3 result') + '<w:bookmarkEnd w:id="907"/><w:bookmarkEnd w:id="906"/>'))


@ctrl('c_style_name')
def _(p):
    s = p.styles_part(); x = p.text(s)
    p.put(s, x.replace('</w:styles>', '<w:style w:type="paragraph" w:customStyle="1" w:styleId="EvidenceCaption"><w:name w:val="Evidence Caption"/><w:aliases w:val="EvCap,SRV 8.1 caption"/><w:basedOn w:val="Normal"/></w:style></w:styles>'))
    p.body_append(P(R('Figure 2: SRV 8.1 response (I0)'), '<w:pStyle w:val="EvidenceCaption"/>'))


@ctrl('c_people')
def _(p):
    x = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15="{NS["w15"]}"><w15:person w15:author="Demo Tester"><w15:presenceInfo w15:providerId="None" w15:userId="Demo Tester"/></w15:person></w15:people>'
    p.add_part('word/people.xml', x, 'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml', 'http://schemas.microsoft.com/office/2011/relationships/people')


@ctrl('c_ruby_mtc')
def _(p):
    p.body_append(P(R('MTC 845 ') + f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="20"/><w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt>{R("meter timeswitch code")}</w:rt><w:rubyBase>{R("MTC")}</w:rubyBase></w:ruby></w:r>'))


@ctrl('c_zip_stored_all')
def _(p):
    for n in p.files:
        p.compress[n] = zipfile.ZIP_STORED


@ctrl('c_zip64_descriptor')
def _(p):
    p.force_zip64.add(p.main); p.body_append(P(R('Reads: R1 004512.3, R2 000981.0')))


@ctrl('c_xml_comment')
def _(p):
    p.body_append('<!-- generated by QT harness 4.12.7, build 2026-12-05T08:00:00Z -->')


@ctrl('c_thumbnail')
def _(p):
    p.put('docProps/thumbnail.jpeg', to_bytes(text_img(['SIT evidence', 'SIT_COS_TC_02 step 1-3']), 'JPEG'))
    if b'thumbnail' not in p.files['_rels/.rels']:
        p.add_default('jpeg', 'image/jpeg')
        p.add_rel(None, 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg')


@ctrl('c_xlsx_steps')
def _(p):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(['Step', 'Flow', 'Sent', 'Outcome']); ws.append([1, 'D0055', '2026-11-28 09:14', 'D0057 code 08']); ws.append([2, 'IF-031', '2026-11-28 09:20', 'Acknowledged'])
    b = io.BytesIO(); wb.save(b); embed_ole_pkg(p, b.getvalue())


@ctrl('c_epoch_ms_log')
def _(p):
    p.body_append(P(R('harness: ts=1764930131000 level=INFO msg="IF-031 acknowledged" dip_id=7f3c2a10-44be-4d5e-9a61-0c2d3e4f5a6b')))


@ctrl('c_masked_refs_columns')
def _(p):
    two_col_section(p, P(R('MPAN ••••••••••678 (MPAN-REF-0042)') + '<w:r><w:br w:type="column"/></w:r>' + R('LLFC 801, MTC 845, SSC 0393')))


@ctrl('c_split_reading_runs')
def _(p):
    p.body_append(P(R('Register 1 read ') + ''.join(R(ch, f'<w:position w:val="{(-1) ** i * 3}"/>') for i, ch in enumerate('004512.3')) + R(' kWh')))


@ctrl('c_theme_font')
def _(p):
    t = p.find_rel_target('theme')
    if t:
        x = p.text(t); p.put(t, re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*"', r'\1Aptos Display"', x, count=1))
    else:
        p.body_append(P(R('Font check: Aptos')))


@ctrl('c_if_field_status')
def _(p):
    p.body_append(P(FLD(' IF "PASS" = "PASS" "Step passed at 09:20:44" "Step failed" ', R('Step passed at 09:20:44'))))


@ctrl('c_textbox_note')
def _(p):
    p.body_append(P(anchor_textbox(952, P(R('DRAFT – for QT review (SIT C3 R2.1)', '<w:color w:val="808080"/>'))) + R('Outcome recorded.')))


@ctrl('c_watermark_draft')
def _(p):
    shape = ('<w:r><w:pict><v:shape id="PowerPlusWaterMarkObject8" type="#_x0000_t136" style="position:absolute;width:460pt;height:60pt;rotation:315" fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT – SIT_COS_TC_02"/></v:shape></w:pict></w:r>')
    rid = add_hdr(p, 'header', 'default', P(shape))
    h = [k for k in p.files if k.startswith('word/header9d')][0]
    p.put(h, p.text(h).replace('<w:hdr ', f'<w:hdr xmlns:v="{NS["v"]}" xmlns:o="{NS["o"]}" ', 1))
    replace_hdr_ref(p, 'default', rid)


# ---------------------------------------------------------------- build
def main():
    truth = {'altered': [], 'controls': []}
    kind_ctr = {}
    n = 0
    for ti, t in enumerate(TECH):
        reps = 2 if t['cls'] not in ('attest-pack',) else 1
        if t['name'] in ('img_gif_animated_frame2', 'zip_encrypted_flag', 'fld_macrobutton', 'para_mark_vanish_join', 'numbering_composite_levels', 'sdt_databinding_stale', 'altchunk_mht_qp'):
            reps = 3
        for r in range(reps):
            base = 'attest_pack' if t['cls'] == 'attest-pack' else BASES[(ti + r * 2 + r) % 4]
            kinds = t['kinds']
            kc = kind_ctr.get(t['name'], random.randrange(len(kinds)))
            kind = kinds[(kc + r) % len(kinds)]
            kind_ctr[t['name']] = kc
            label, value = make(kind)
            c = dict(kind=kind, label=label, value=value, phrase=f'{label} {value}')
            p = Pkg(f'base/{base}.docx')
            where = t['fn'](p, c)
            n += 1
            ext = c.get('_ext', '.docx')
            fn = f'a{n:03d}_{t["name"]}_{base}{ext}'
            p.write(f'{OUT}/altered/{fn}')
            if '_img' in c:
                open(f'imgcheck/{fn}.img', 'wb').write(c['_img'])
            truth['altered'].append(dict(file=f'altered/{fn}', technique=t['name'], cls=t['cls'], base=base, kind=kind,
                                         value=c['value'], phrase=c['phrase'], where=where, visibility=t['vis']))
    for i, (name, fn_) in enumerate(CTRL):
        base = BASES[i % 4]
        p = Pkg(f'base/{base}.docx')
        fn_(p)
        f = f'k{i + 1:03d}_{name}_{base}.docx'
        p.write(f'{OUT}/controls/{f}')
        truth['controls'].append(dict(file=f'controls/{f}', technique=name, base=base))
    # add the four untouched bases as controls too
    for b in BASES:
        import shutil
        shutil.copy(f'base/{b}.docx', f'{OUT}/controls/k_base_{b}.docx')
        truth['controls'].append(dict(file=f'controls/k_base_{b}.docx', technique='unaltered_base', base=b))
    json.dump(truth, open(f'{OUT}/truth.json', 'w'), indent=1, ensure_ascii=False)
    print(len(truth['altered']), 'altered', len(truth['controls']), 'controls')


if __name__ == '__main__':
    main()
