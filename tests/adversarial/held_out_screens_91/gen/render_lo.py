# LibreOffice: docx bill + xlsx sheet -> PDF (soffice) -> PNG (pdftoppm); boxes from pdftotext -bbox
import sys, os, json, random, subprocess, re, html
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageOps
ROOT = "/tmp/ho48/screens"; W = f"{ROOT}/work/lo"; os.makedirs(W, exist_ok=True)
R = random.Random(4849)
def bill(name, font="Liberation Sans", size=10):
    d = Document(); st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7); sec.left_margin = sec.right_margin = Cm(2)
    items = []
    def S(v, kind): items.append(("S", kind, v)); return v
    def K(v, kind="label"): items.append(("K", kind, v)); return v
    p = d.add_paragraph(); r = p.add_run(K("Northgate Power", "product")); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x0b, 0x53, 0x94)
    n = I.name(R); a = I.addr(R)
    d.add_paragraph(S(n, "name")); d.add_paragraph(S(a[0], "address")); d.add_paragraph(S(a[1], "address")); d.add_paragraph(S(a[2], "postcode"))
    p = d.add_paragraph(K("Account number") + " " + S(I.acct(R), "account") + "    " + K("Statement date") + " " + K("02/12/2026", "date"))
    d.add_paragraph(K("Your supply number"))
    t3 = I.top(R); core = I.mpan_core(R)
    tb = d.add_table(rows=2, cols=4); tb.style = "Table Grid"
    c = tb.cell(0, 0).merge(tb.cell(1, 0)); rr = c.paragraphs[0].add_run("S"); rr.bold = True; rr.font.size = Pt(26)
    for j, v in enumerate(t3): tb.cell(0, j + 1).paragraphs[0].add_run(S(v, "mpan_top"))
    for j, v in enumerate([core[:2], core[2:6] + " " + core[6:10], core[10:]]): tb.cell(1, j + 1).paragraphs[0].add_run(S(v, "mpan_core_part"))
    d.add_paragraph("")
    d.add_paragraph(K("Gas supply point reference (MPRN)") + " " + S(I.mprn(R), "mprn"))
    t = d.add_table(rows=4, cols=5); t.style = "Table Grid"
    for j, h in enumerate(["Meter", "Register", "Previous", "Present", "Units"]): t.cell(0, j).paragraphs[0].add_run(K(h, "header"))
    for i in range(1, 4):
        vals = [(I.eserial(R) if i < 3 else I.gserial(R), "eserial" if i < 3 else "gserial", "S"), (R.choice(["Day", "Night", "Gas"]), "label", "K"), (I.reading(R)[:-4], "reading", "K"), (I.reading(R)[:-4], "reading", "K"), (str(R.randint(90, 999)), "reading", "K")]
        for j, (v, kind, tt) in enumerate(vals):
            t.cell(i, j).paragraphs[0].add_run(S(v, kind) if tt == "S" else K(v, kind))
    d.add_paragraph("")
    d.add_paragraph(K("Standing charge") + " " + K(I.amt(R), "amount") + "   " + K("Total due") + " " + K(I.amt(R), "amount"))
    d.add_paragraph(K("Questions? Call") + " " + K("0800 123 4567", "phone_company") + " " + K("quoting") + " " + K(I.tc(R), "tc"))
    d.add_paragraph(K("Smart meter comms hub") + " " + S(I.eui(R, " "), "eui"))
    d.save(f"{W}/{name}.docx")
    return items
def sheet(name):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Readings"
    items = []
    hdr = ["Row", "Test case", "MPAN", "MPRN", "Serial", "Customer", "Town", "Flow", "Read date", "kWh"]
    ws.append(hdr); items += [("K", "header", h) for h in hdr]
    for i in range(24):
        n = I.name(R); a = I.addr(R)
        row = [(str(i + 1), "rownum", "K"), (I.tc(R), "tc", "K"), (I.mpan_core(R), "mpan", "S"), (I.mprn(R), "mprn", "S"), (I.eserial(R), "eserial", "S"), (n, "name", "S"), (a[1], "town", "K"), (I.flow(R), "flow", "K"), ("2026-%02d-%02d" % (R.randint(1, 11), R.randint(1, 28)), "date", "K"), (str(R.randint(100, 9999)), "reading", "K")]
        ws.append([v for v, _, _ in row])
        items += [(t, k, v) for v, k, t in row]
    for col, w in zip("ABCDEFGHIJ", [5, 10, 16, 13, 13, 24, 12, 8, 12, 8]): ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row: c.number_format = "@"; c.value = str(c.value)
    ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(f"{W}/{name}.xlsx")
    return items
def words(pdf, page=1):
    x = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout
    pg = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', x)
    ws = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', x)]
    return ws, float(pg.group(1)), float(pg.group(2))
def locate(items, ws, f):
    used = [False] * len(ws); out = []
    for t, kind, v in items:
        toks = v.split()
        found = None
        for i in range(len(ws) - len(toks) + 1):
            if all(not used[i + j] and ws[i + j][4] == toks[j] for j in range(len(toks))):
                found = i; break
        if found is None:
            print("  NOT FOUND", v); continue
        for j in range(len(toks)): used[found + j] = True
        grp = ws[found:found + len(toks)]
        lines = {}
        for g in grp: lines.setdefault(round(g[1]), []).append(g)
        rects = [[round(min(g[0] for g in L) * f), round(min(g[1] for g in L) * f), round(max(g[2] for g in L) * f), round(max(g[3] for g in L) * f)] for L in lines.values()]
        out.append(dict(t=t, kind=kind, text=v, rects=rects, clipped=False))
    return out
def render(name, items, dpis, note, dark_for=()):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", W, f"{W}/{name}.{'xlsx' if name.startswith('lo_sheet') else 'docx'}"], capture_output=True, timeout=180)
    pdf = f"{W}/{name}.pdf"
    ws, pw, ph = words(pdf)
    for dpi in dpis:
        nm = f"{name}_{dpi}dpi" + ("_dark" if dpi in dark_for else "")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, f"{ROOT}/corpus/{nm}"])
        im = Image.open(f"{ROOT}/corpus/{nm}.png").convert("RGB")
        if dpi in dark_for: im = ImageOps.invert(im)
        im.save(f"{ROOT}/corpus/{nm}.png")
        its = locate(items, ws, dpi / 72.0)
        json.dump(dict(name=nm, file=nm + ".png", toolkit="libreoffice+pdftoppm", scale=dpi / 96, theme="dark" if dpi in dark_for else "light", size=list(im.size), note=note + f" at {dpi} dpi", dpr=dpi / 72, items=its),
                  open(f"{ROOT}/truth/{nm}.json", "w"), indent=0, ensure_ascii=False)
        print(nm, im.size, sum(1 for i in its if i["t"] == "S"), sum(1 for i in its if i["t"] == "K"))
it = bill("lo_bill_a"); render("lo_bill_a", it, [96, 150], "LibreOffice bill (docx) with S box as a ruled table, printed to PDF, rasterised by pdftoppm")
it = bill("lo_bill_b", font="DejaVu Serif", size=9); render("lo_bill_b", it, [120], "LibreOffice bill in serif 9pt, inverted to dark", dark_for=(120,))
it = sheet("lo_sheet"); render("lo_sheet", it, [110], "LibreOffice Calc sheet printed landscape, rasterised")
