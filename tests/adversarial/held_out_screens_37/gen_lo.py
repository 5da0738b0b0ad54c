import os, subprocess, re, html
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageOps
LO = BUILD + "/lo"; os.makedirs(LO, exist_ok=True)
def borders(cell):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement('w:tcBorders')
    for e in ('top','left','bottom','right'):
        x = OxmlElement(f'w:{e}'); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '12'); x.set(qn('w:color'), '000000'); b.append(x)
    tcPr.append(b)
SECRETS_BILL = []; KEEPS_BILL = []
def bill():
    d = Document(); st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
    n = NAMES[5]; a = ADDR[2]
    p = d.add_paragraph(); r = p.add_run("Brightwater Energy Ltd"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Your electricity and gas bill    Bill date 21 November 2026    Bill number 100482917")
    d.add_paragraph(f"{n}\n{a[0]}\n{a[1]}\n{a[2]}")
    SECRETS_BILL.extend([('name', n), ('address', a[0]), ('address', a[1]), ('postcode', a[2])])
    d.add_paragraph("Account number 4031 8827 55    Amount due £218.64    Paid by Direct Debit on 05/12/2026")
    d.add_paragraph("Your electricity supply number").runs[0].bold = True
    t = d.add_table(rows=1, cols=2); c0, c1 = t.rows[0].cells; t.autofit = False; t.alignment = 0
    for col, wd in zip(t.columns, (Cm(1.6), Cm(6))):
        col.width = wd
        for c in col.cells: c.width = wd
    borders(c0); borders(c1)
    r = c0.paragraphs[0].add_run("S"); r.bold = True; r.font.size = Pt(28)
    core = M['m5']; top = "02  811  452"
    pr = c1.paragraphs[0]; rr = pr.add_run(top); rr.font.size = Pt(12); rr.font.name = 'Liberation Mono'
    pr2 = c1.add_paragraph(); rr = pr2.add_run(sp(core).replace(' ', '  ')); rr.font.size = Pt(12); rr.font.name = 'Liberation Mono'
    SECRETS_BILL.extend([('mpan_top', top), ('mpan', sp(core).replace(' ', '  '))])
    d.add_paragraph("")
    d.add_paragraph(f"Electricity meter {ESER['e6']}    Previous reading 31842 (A)    Current reading 32266 (E)    Units 424 kWh")
    d.add_paragraph(f"Gas meter point reference (MPRN) {MPRN['g6']}    Gas meter {GSER['s4']}")
    d.add_paragraph("Gas used 1,184 kWh (calorific value 39.2, volume correction 1.02264)")
    SECRETS_BILL.extend([('eserial', ESER['e6']), ('mprn', MPRN['g6']), ('gserial', GSER['s4'])])
    tb = d.add_table(rows=4, cols=3); tb.style = 'Table Grid'
    for i, row in enumerate([("Charge", "Units", "Amount"), ("Electricity unit rate 24.86p", "424 kWh", "£105.41"), ("Gas unit rate 6.04p", "1,184 kWh", "£71.51"), ("Standing charges", "30 days", "£41.72")]):
        for j, v in enumerate(row): tb.cell(i, j).text = v
    d.add_paragraph("Questions? Call 0330 088 1234 or visit brightwater.example.com/help. Emergency gas 0800 111 999.")
    d.save(f"{LO}/bill.docx")
    for k in ["Brightwater Energy Ltd", "Bill number 100482917", "Account number 4031 8827 55", "£218.64", "05/12/2026", "Your electricity supply number", "Previous reading 31842",
              "Gas used 1,184 kWh", "volume correction", "Current reading 32266", "Electricity unit rate 24.86p", "£105.41", "£71.51", "Standing charges", "£41.72", "0800 111 999", "21 November 2026"]:
        KEEPS_BILL.append(k)
SECRETS_SH = []; KEEPS_SH = []
def sheet():
    wb = Workbook(); ws = wb.active; ws.title = "SIT data"
    hdr = ["Test case", "Scenario", "MPAN", "Meter serial", "MPRN", "Customer", "Postcode", "Flow", "Outcome"]
    ws.append(hdr); KEEPS_SH.extend(hdr)
    rows = [("TC-SIT-0501", "COS gain", M['m10'], ESER['e1'], MPRN['g1'], NAMES[0], ADDR[0][2], "D0055", "Pass"),
            ("TC-SIT-0502", "COT", M['m11'], ESER['e2'], MPRN['g2'], NAMES[1], ADDR[1][2], "D0010", "Fail"),
            ("TC-SIT-0503", "Meter exchange", M['m12'], ESER['e3'], MPRN['g3'], NAMES[3], ADDR[3][2], "D0150", "Pass"),
            ("TC-SIT-0504", "Smart install", M['m1'], ESER['e4'], MPRN['g4'], NAMES[4], ADDR[4][2], "D0149", "Blocked")]
    for r in rows:
        ws.append(list(r))
        SECRETS_SH.extend([('mpan', r[2]), ('eserial', r[3]), ('mprn', r[4]), ('name', r[5]), ('postcode', r[6])])
        KEEPS_SH.extend([r[0], r[1], r[7], r[8]])
    for c, w in zip("ABCDEFGHI", [13, 15, 16, 13, 13, 24, 11, 8, 9]): ws.column_dimensions[c].width = w
    for c in ws[1]: c.font = Font(bold=True)
    # MPANs as text to avoid 1.2E+12
    for row in ws.iter_rows(min_row=2):
        row[2].number_format = '@'
    ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(f"{LO}/sheet.xlsx")
def words(pdf, page=1):
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout
    ws = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        ws.append((html.unescape(m.group(5)), [float(m.group(i)) for i in range(1, 5)]))
    return ws
def find(ws, text):
    toks = text.split(); res = []
    for i, (w0, b0) in enumerate(ws):
        if w0 != toks[0]: continue
        bs = [b0]; ok = True
        for tk in toks[1:]:
            c = [b for w, b in ws if w == tk and abs(b[1]-bs[-1][1]) < 3 and 0 <= b[0]-bs[-1][2] < 60]
            if not c: ok = False; break
            bs.append(min(c, key=lambda b: b[0]))
        if ok: res.append([min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)])
    return res
    for i in range(len(ws) - len(toks) + 1):
        if all(ws[i+j][0] == toks[j] for j in range(len(toks))):
            bs = [ws[i+j][1] for j in range(len(toks))]
            res.append([min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)])
    # also handle tokens with trailing punctuation
    if not res:
        for i in range(len(ws) - len(toks) + 1):
            if all(ws[i+j][0].strip(',.') == toks[j].strip(',.') for j in range(len(toks))):
                bs = [ws[i+j][1] for j in range(len(toks))]
                res.append([min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)])
    return res
def convert(name, secrets, keeps, variants):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", LO, f"{LO}/{name}"], capture_output=True, timeout=180)
    pdf = f"{LO}/{name.rsplit('.',1)[0]}.pdf"; ws = words(pdf)
    for dpi, theme in variants:
        scale = dpi / 96; tag = f"lo_{name.split('.')[0]}_{int(round(scale*100))}_{theme}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, f"{LO}/{tag}"])
        im = Image.open(f"{LO}/{tag}.png").convert("RGB")
        # crop to top part of page if sheet (keep A4 page otherwise)
        if theme == "dark": im = ImageOps.invert(im)
        im.save(f"{CORPUS}/{tag}.png")
        t = Truth(f"{tag}.png", "libreoffice+pdftoppm", scale, theme, name)
        f = dpi / 72
        for kind, s in secrets:
            bs = find(ws, s)
            if not bs: print("NOT FOUND", name, s)
            for b in bs: t.s(kind, s, [v*f for v in b])
        for k in keeps:
            bs = find(ws, k)
            if not bs: print("keep NOT FOUND", name, k)
            for b in bs[:1]: t.k(k, [v*f for v in b])
        t.save(); print(tag, len(t.d['secrets']), len(t.d['keeps']))
bill(); sheet()
convert("bill.docx", SECRETS_BILL, KEEPS_BILL, [(96, 'light'), (120, 'light'), (144, 'light'), (120, 'dark')])
convert("sheet.xlsx", SECRETS_SH, KEEPS_SH, [(96, 'light'), (144, 'light')])
