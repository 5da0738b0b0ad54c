import sys, os, subprocess, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
import common
common.rng.seed(301)
from common import *
from PIL import Image, ImageOps
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font
W = ROOT + '/html'

def borders(cell, sz=12):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement('w:tcBorders')
    for e in ('top', 'left', 'bottom', 'right'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '000000'); b.append(x)
    tcPr.append(b)

def bboxwords(pdf):
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
    out = out.split('</page>')[0]
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        words.append((H.unescape(m.group(5)), [float(m.group(i)) for i in range(1, 5)]))
    return words

def find(words, tokens, used):
    n = len(tokens)
    for i in range(len(words) - n + 1):
        if i in used: continue
        if all(words[i+j][0] == tokens[j] for j in range(n)):
            used.add(i)
            lines = []
            for j in range(n):
                b = words[i+j][1]
                if lines and abs(lines[-1][1] - b[1]) < 2: lines[-1] = [min(lines[-1][0], b[0]), min(lines[-1][1], b[1]), max(lines[-1][2], b[2]), max(lines[-1][3], b[3])]
                else: lines.append(list(b))
            return lines
    raise Exception('not found %r' % tokens)

def to_pdf(src):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', W, src], capture_output=True, timeout=180)
    return os.path.join(W, os.path.splitext(os.path.basename(src))[0] + '.pdf')

def rasterise(pdf, name, dpi, ids, keeps, genre, invert=False, crop_h=None):
    base = os.path.join(W, name)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-f', '1', '-l', '1', '-png', '-singlefile', pdf, base], check=True)
    im = Image.open(base + '.png').convert('RGB')
    if crop_h: im = im.crop((0, 0, im.width, int(crop_h * dpi / 72)))
    if invert: im = ImageOps.invert(im)
    im.save(os.path.join(CORPUS, name + '.png'))
    s = dpi / 72.0
    t = Truth(name + '.png', 'libreoffice', genre, dpi / 96.0, 'dark(inverted)' if invert else 'light')
    words = bboxwords(pdf); used = set()
    for kind, value, form, tokens_list in ids:
        boxes = []
        for toks in tokens_list: boxes += find(words, toks, used)
        t.item(kind, value, form, [[c*s for c in b] for b in boxes])
    for text, kind in keeps:
        bs = find(words, text.split(), used)
        b = [min(x[0] for x in bs), min(x[1] for x in bs), max(x[2] for x in bs), max(x[3] for x in bs)]
        t.keep(text, [c*s for c in b], kind=kind)
    t.save(); print(name, im.size, len(t.d['items']), len(t.d['keeps']))

# ---- bill
doc = Document(); sec = doc.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297); sec.top_margin = Mm(15)
st = doc.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
ids = []; keeps = []
p = doc.add_paragraph(); r = p.add_run('Harbourline Power'); r.bold = True; r.font.size = Pt(18); keeps.append(('Harbourline Power', 'label'))
br = 'BR-2026-%06d' % rng.randint(0, 999999)
doc.add_paragraph('Bill reference %s   Issued 03 November 2026' % br); keeps += [(br, 'ref'), ('03 November 2026', 'date')]
nm = name(); ad = address(); pcd = postcode()
street, town = ad.split(', ')
doc.add_paragraph(nm); doc.add_paragraph(street + ','); doc.add_paragraph(town); doc.add_paragraph(pcd)
ids.append(('name', nm, 'bill address block', [nm.split()])); ids.append(('address', ad, 'bill address block (two lines)', [(street + ',').split(), town.split()])); ids.append(('postcode', pcd, 'bill address block', [pcd.split()]))
doc.add_paragraph('Your supply number').runs[0].bold = True; keeps.append(('Your supply number', 'label'))
pc, mtc, llf, core = mpan_full(); g = sgroups(core)
tb = doc.add_table(rows=1, cols=2); c0, c1 = tb.rows[0].cells; c0.width = Mm(14); c1.width = Mm(60)
for c in (c0, c1): borders(c)
rr = c0.paragraphs[0].add_run('S'); rr.bold = True; rr.font.size = Pt(30)
r1 = c1.paragraphs[0].add_run('%s  %s  %s' % (pc, mtc, llf)); r1.font.size = Pt(12); r1.font.name = 'Liberation Mono'
r2 = c1.add_paragraph().add_run('%s  %s  %s  %s' % g); r2.font.size = Pt(12); r2.font.name = 'Liberation Mono'
ids.append(('mpan', pc+mtc+llf+core, 'S box in bill (bordered table, 12pt mono)', [[pc, mtc, llf], list(g)]))
mp = mprn(); doc.add_paragraph('Gas supply point (MPRN) %s' % mp); ids.append(('mprn', mp, 'bill labelled line', [[mp]])); keeps.append(('Gas supply point', 'label'))
doc.add_paragraph('Meter readings').runs[0].bold = True; keeps.append(('Meter readings', 'label'))
rt = doc.add_table(rows=3, cols=4); rt.style = 'Table Grid'
for j, h in enumerate(['Meter', 'Previous', 'Present', 'Units']): rt.rows[0].cells[j].text = h; keeps.append((h, 'label'))
for i in (1, 2):
    s = serial_elec() if i == 1 else serial_gas(); a = rng.randint(10000, 60000); b = a + rng.randint(100, 900)
    vals = [s, '%05d E' % a, '%05d A' % b, str(b - a)]
    for j, v in enumerate(vals): rt.rows[i].cells[j].text = v
    ids.append(('serial', s, 'bill meter table', [[s]])); keeps.append((str(b - a), 'count'))
amt = '£%d.%02d' % (rng.randint(50, 400), rng.randint(0, 99))
doc.add_paragraph('Total to pay %s by Direct Debit' % amt); keeps.append((amt, 'amount'))
ph = phone(); doc.add_paragraph('We will text %s before a meter visit.' % ph); ids.append(('phone', ph, 'bill prose', [ph.split()]))
dx = os.path.join(W, 'lo_bill.docx'); doc.save(dx); pdf = to_pdf(dx)
for dpi, nm_, inv in [(96, 'lo_bill_100', False), (120, 'lo_bill_125', False), (144, 'lo_bill_150', False), (120, 'lo_bill_125_inverted', True)]:
    rasterise(pdf, nm_, dpi, ids, keeps, 'LibreOffice bill printed to PDF', invert=inv, crop_h=520)

# ---- spreadsheet
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sites'
hdr = ['Ref', 'MPAN core', 'MPAN (sci)', 'MPAN (#,##0)', 'MPRN', 'Postcode', 'Read date', 'kWh']
ws.append(hdr); ids = []; keeps = [(h, 'label') for h in hdr]
for i in range(6):
    c1_, c2_, c3_ = mpan_core(), mpan_core(), mpan_core(); mp = mprn(); pcd = postcode(); ref = 'MPAN-REF-%02d' % (30 + i); dt = '%02d/%02d/2026' % (rng.randint(1, 28), rng.randint(1, 12)); kwh = rng.randint(100, 9999)
    ws.append([ref, c1_, int(c2_), int(c3_), mp, pcd, dt, kwh])
    r = ws.max_row; ws.cell(r, 3).number_format = '0.00E+00'; ws.cell(r, 4).number_format = '#,##0'
    ids += [('mpan', c1_, 'spreadsheet text cell', [[c1_]]), ('mpan', c2_, 'spreadsheet scientific notation 0.00E+00', [['%.2E' % int(c2_)]]), ('mpan', c3_, 'spreadsheet thousands separators #,##0', [['{:,}'.format(int(c3_))]]), ('mprn', mp, 'spreadsheet cell', [[mp]]), ('postcode', pcd, 'spreadsheet cell', [pcd.split()])]
    keeps += [(ref, 'ref'), (dt, 'date'), (str(kwh), 'count')]
for col, wdt in zip('ABCDEFGH', [14, 17, 11, 22, 13, 11, 12, 8]): ws.column_dimensions[col].width = wdt
ws.print_options.gridLines = True; ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
xx = os.path.join(W, 'lo_sheet.xlsx'); wb.save(xx); pdf = to_pdf(xx)
for dpi, nm_ in [(96, 'lo_sheet_100'), (144, 'lo_sheet_150')]:
    rasterise(pdf, nm_, dpi, ids, keeps, 'LibreOffice spreadsheet printed to PDF', crop_h=220)
