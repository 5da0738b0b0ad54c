import sys, os, subprocess, json
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import common
common.R.seed(4242)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from PIL import Image, ImageDraw, ImageFont, ImageOps
W = "/tmp/ho34/screens/work"; OUT = "/tmp/ho34/screens/img"
def bill(path):
    sec, keeps = [], []
    S = lambda kind, v, shown=None: (sec.append(dict(kind=kind, value=v, shown=shown or v, **({"tokens": tokens_of(v)} if kind in ("name","address") else {}))), shown or v)[1]
    K = lambda v: (keeps.append(dict(value=v)), v)[1]
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    h = d.add_paragraph(); r = h.add_run("BrightGrid Energy"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x0a,0x6e,0xbd); K("BrightGrid Energy")
    n = person(); a = address(); pc = R.choice(PCS)
    d.add_paragraph(S("name", n)).paragraph_format.space_after = Pt(0)
    p = d.add_paragraph(S("address", a)); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph(S("postcode", pc))
    d.add_paragraph(f"{K('Your electricity bill')}  ·  {K('Bill date')} {K('03 December 2026')}  ·  {K('Account')} {K('A-7731 0042 19')}")
    d.add_paragraph(K("Your supply number"))
    m = mpan(); pcl, mtc, llfc = "01", "801", "812"
    t = d.add_table(rows=2, cols=4); t.style = "Table Grid"
    c = t.cell(0,0).merge(t.cell(1,0)); c.text = "S"; c.paragraphs[0].runs[0].font.size = Pt(26); c.paragraphs[0].runs[0].bold = True
    for i, v in enumerate([pcl, mtc, llfc]): t.cell(0, i+1).text = v
    core = [m[:2], m[2:6] + " " + m[6:10], m[10:]]
    for i, v in enumerate(core): t.cell(1, i+1).text = v
    for row in t.rows:
        for cell in row.cells:
            for pp in cell.paragraphs:
                for rr in pp.runs:
                    if rr.text != "S": rr.font.size = Pt(12); rr.font.name = "Liberation Mono"
    S("mpan", m, " ".join(core))
    for col, wd in zip(t.columns, [Cm(1.2), Cm(1.6), Cm(3.2), Cm(1.6)]):
        for cell in col.cells: cell.width = wd
    d.add_paragraph("")
    es = elec_serial(); g = mprn(); gs = gas_serial()
    d.add_paragraph(f"{K('Meter serial number')}: {S('elec_serial', es)}    {K('Gas meter')}: {S('gas_serial', gs)}    {K('MPRN')}: {S('mprn', g)}")
    rt = d.add_table(rows=4, cols=5); rt.style = "Table Grid"
    for i, hh in enumerate(["Register", "Previous", "Current", "Units", "Charge"]): rt.cell(0, i).text = K(hh)
    for r_i in range(1, 4):
        vals = [f"R0{r_i}", f"{R.randint(10000,40000):05d}", f"{R.randint(40001,60000):05d}", f"{R.randint(100,900)} kWh", f"£{R.randint(10,200)}.{R.randint(0,99):02d}"]
        for i, v in enumerate(vals): rt.cell(r_i, i).text = K(v)
    d.add_paragraph("")
    m2 = mpan()
    p = d.add_paragraph(f"If you are moving home, please tell us at least 48 hours before and quote your supply number {m2[:5]}")
    p.add_run().add_break(WD_BREAK.LINE); p.add_run(f"{m2[5:]} and a final meter reading. {K('Ofgem')} licence {K('LIC-20931')}. Call us on {S('phone', phone())}.")
    S("mpan", m2, m2[:5] + "\n" + m2[5:])
    d.add_paragraph(f"{K('Total to pay')}: {K('£218.44')}   ·   {K('Direct Debit')} on {K('15/12/2026')}")
    d.save(path); return sec, keeps
def sheet(path):
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill, Font
    sec, keeps = [], []
    wb = Workbook(); ws = wb.active; ws.title = "QT cycle 3"
    hdr = ["Test case", "Step", "MPAN", "MPRN", "Customer", "Postcode", "Result"]
    ws.append(hdr); keeps += [dict(value=h) for h in hdr]
    for c in ws[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
    for i in range(18):
        m, g, n, pc = mpan(), mprn(), person(), R.choice(PCS)
        tc = f"TC-QT-LDSO-{R.randint(100,999):04d}"; res = R.choice(["Pass", "Fail", "Blocked"])
        ws.append([tc, i+1, m, int(g), n, pc, res])
        sec += [dict(kind="mpan", value=m, shown=m), dict(kind="mprn", value=g, shown=g), dict(kind="name", value=n, shown=n, tokens=tokens_of(n)), dict(kind="postcode", value=pc, shown=pc)]
        keeps += [dict(value=tc), dict(value=res)]
        fill = {"Pass": "C6EFCE", "Fail": "FFC7CE", "Blocked": "FFEB9C"}[res]
        ws.cell(i+2, 7).fill = PatternFill("solid", fgColor=fill)
        ws.cell(i+2, 3).number_format = "@"; ws.cell(i+2, 3).value = m
    for col, wd in zip("ABCDEFG", [18, 6, 17, 13, 26, 10, 9]): ws.column_dimensions[col].width = wd
    ws.print_options.gridLines = True; ws.page_setup.orientation = "landscape"
    wb.save(path); return sec, keeps
def topdf(src):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", W, src], capture_output=True, timeout=180)
    return src.rsplit(".", 1)[0] + ".pdf"
def raster(pdf, dpi, out):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, out[:-4]], check=True)
def emit_img(name, sec, keeps, toolkit, scale, theme, note, views=None):
    rec = Rec(name, toolkit, scale, theme, note); rec.d["secrets"] = json.loads(json.dumps(sec)); rec.d["keeps"] = json.loads(json.dumps(keeps))
    if views: rec.d["views"] = views
    rec.emit(); print(name)
if __name__ == "__main__":
    bsec, bkeep = bill(f"{W}/bill.docx"); bpdf = topdf(f"{W}/bill.docx")
    ssec, skeep = sheet(f"{W}/sheet.xlsx"); spdf = topdf(f"{W}/sheet.xlsx")
    for dpi, tag in [(72, "100"), (90, "125"), (108, "150")]:
        raster(bpdf, dpi, f"{OUT}/l01_bill_page_{tag}.png"); emit_img(f"l01_bill_page_{tag}.png", bsec, bkeep, "libreoffice+pdftoppm", dpi/72, "light", f"bill page at {dpi} dpi")
    raster(spdf, 96, f"{OUT}/l02_sheet_page_100.png"); emit_img("l02_sheet_page_100.png", ssec, skeep, "libreoffice+pdftoppm", 96/72, "light", "spreadsheet print")
    raster(spdf, 144, f"{OUT}/l02_sheet_page_150.png"); emit_img("l02_sheet_page_150.png", ssec, skeep, "libreoffice+pdftoppm", 2, "light", "spreadsheet print")
    # PDF viewer chrome at several zoom levels (light and dark/inverted)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 13)
    for zoom, dark in [(66, False), (85, True), (125, False)]:
        tmp = f"{W}/z{zoom}.png"; raster(bpdf, int(96*zoom/100), tmp); pg = Image.open(tmp).convert("RGB")
        if dark: pg = ImageOps.invert(pg)
        canvas = Image.new("RGB", (1920, 1080), "#3c3c3c" if dark else "#d4d4d4"); dr = ImageDraw.Draw(canvas)
        dr.rectangle([0, 0, 1920, 36], fill="#2b2b2b" if dark else "#f0f0f0")
        kk = [f"bill_2026-12.pdf", f"{zoom}%", "Page 1 of 2"]
        dr.text((12, 10), f"bill_2026-12.pdf — Document Viewer      {zoom}%      Page 1 of 2", font=font, fill="#ddd" if dark else "#222")
        x = (1920 - pg.width)//2; canvas.paste(pg.crop((0, 0, pg.width, min(pg.height, 1040))), (max(x, 0), 40))
        canvas.save(f"{OUT}/l03_pdfviewer_z{zoom}{'_dark' if dark else ''}.png")
        emit_img(f"l03_pdfviewer_z{zoom}{'_dark' if dark else ''}.png", bsec, bkeep + [dict(value=v) for v in kk], "libreoffice+pdftoppm+viewer", zoom/100, "dark" if dark else "light", f"PDF viewer zoom {zoom}%")
