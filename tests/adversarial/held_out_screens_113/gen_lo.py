"""LibreOffice documents (Impress slide via python-pptx, Writer via HTML, Calc via openpyxl) -> PDF -> pdftoppm.
Boxes from pdftotext -bbox-layout (word boxes in pt x dpi/72)."""
import html, json, os, re, subprocess, sys
from PIL import Image, ImageOps
from ids import Gen

OUT = "corpus"; WORK = "work/lo"
os.makedirs(WORK, exist_ok=True)


def soffice_pdf(src):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/ho53/screens/work/lo_profile", "--convert-to", "pdf", 
                    "--outdir", WORK, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(WORK, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def words(pdf):
    x = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = []
    for pg in re.findall(r"<page [^>]*>(.*?)</page>", x, re.S):
        ws = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
              re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', pg)]
        pages.append(ws)
    return pages


def locate(pages, items, dpi, page_offsets):
    used = set(); found = []
    for it in items:
        toks = it["s"].split()
        hit = None
        for pi, ws in enumerate(pages):
            for wi in range(len(ws)):
                if (pi, wi) in used: continue
                ok = True
                for j, tk in enumerate(toks):
                    if wi + j >= len(ws) or (pi, wi + j) in used: ok = False; break
                    wt = ws[wi + j][4].strip(".,;:()<>")
                    if wt != tk.strip(".,;:()<>"): ok = False; break
                if ok: hit = (pi, wi); break
            if hit: break
        if not hit:
            it["notfound"] = True; found.append(it); continue
        pi, wi = hit; sel = pages[pi][wi:wi + len(toks)]
        for j in range(len(toks)): used.add((pi, wi + j))
        # group words by line (y) -> boxes
        lines = {}
        for a, b, c, d, t in sel:
            lines.setdefault(round(b), []).append((a, b, c, d))
        k = dpi / 72.0; boxes = []
        for _, ws_ in sorted(lines.items()):
            x0 = min(w[0] for w in ws_); y0 = min(w[1] for w in ws_); x1 = max(w[2] for w in ws_); y1 = max(w[3] for w in ws_)
            boxes.append([round(x0 * k, 1), round(y0 * k + page_offsets[pi], 1), round((x1 - x0) * k, 1), round((y1 - y0) * k, 1)])
        it["boxes"] = boxes; found.append(it)
    return found


def raster(pdf, dpi, name, items, dark=False, gap=24):
    base = os.path.join(WORK, name)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, base], check=True)
    pngs = sorted(f for f in os.listdir(WORK) if f.startswith(name + "-") and f.endswith(".png"))
    ims = [Image.open(os.path.join(WORK, f)).convert("RGB") for f in pngs]
    W = max(i.width for i in ims); H = sum(i.height for i in ims) + gap * (len(ims) - 1)
    canvas = Image.new("RGB", (W, H), (90, 90, 96)); offs = []; y = 0
    for im in ims:
        canvas.paste(im, (0, y)); offs.append(y); y += im.height + gap
    if dark: canvas = ImageOps.invert(canvas)
    its = locate(words(pdf), items, dpi, offs)
    canvas.save(os.path.join(OUT, name + ".png"))
    keep = [i for i in its if not i.get("notfound")]
    for n, it in enumerate(keep): it["i"] = n + 1
    json.dump({"image": name + ".png", "toolkit": "libreoffice", "scale": dpi / 96.0, "theme": "dark" if dark else "light", "items": keep,
               "notfound": [i for i in its if i.get("notfound")]}, open(os.path.join(OUT, name + ".json"), "w"), indent=0)
    print(name, len(keep), "notfound", len(its) - len(keep), canvas.size)


def I(items, kind, v, s=None, role="id"):
    items.append({"r": role, "k": kind, "v": v, "s": s or v}); return s or v


def K(items, g):
    kd, v = g.keep(); return I(items, kd, v, role="keep")


def impress(seed):
    from pptx import Presentation
    from pptx.util import Inches, Pt
    g = Gen(seed); items = []
    prs = Presentation(); prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Test completion: %s %s" % (I(items, "tc", "TC-MIG-0311", role="keep"), I(items, "status", "Passed", role="keep"))
    rows = 11
    tbl = s.shapes.add_table(rows, 6, Inches(0.4), Inches(1.5), Inches(12.5), Inches(5.4)).table
    for c, h in enumerate(["Customer", "MPAN", "MPRN", "Postcode", "Flow", "Result"]):
        tbl.cell(0, c).text = h
    for r in range(1, rows):
        vals = [I(items, "name", g.name()), I(items, "mpan", g.mpan()), I(items, "mprn", g.mprn()), I(items, "postcode", g.postcode()),
                K(items, g), K(items, g)]
        for c, v in enumerate(vals):
            tbl.cell(r, c).text = v
            for para in tbl.cell(r, c).text_frame.paragraphs:
                for run in para.runs: run.font.size = Pt(14)
    p = os.path.join(WORK, "impress_%d.pptx" % seed); prs.save(p)
    return soffice_pdf(p), items


def writer(seed):
    g = Gen(seed); items = []
    nm = g.name()
    rows = []
    for r in range(34):
        m = g.mpan(); pc, mtc, ll = g.top()
        rows.append("<tr><td>%s</td><td>%s %s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            K(items, g), I(items, "mpan_top", pc + mtc + ll, "%s %s %s" % (pc, mtc, ll)), I(items, "mpan", m, "%s %s %s" % (m[:2], m[2:12], m[12])),
            I(items, "eserial", g.eserial()), K(items, g), K(items, g)))
    body = ("<p>%s<br>%s<br>%s</p><p>Account %s &nbsp; Tel %s</p><h2>Meter points on your portfolio %s</h2>"
            "<table border=1 cellpadding=4><tr><th>Ref</th><th>Top line</th><th>Supply number</th><th>Meter</th><th>Read</th><th>Amount</th></tr>%s</table>"
            "<p>Contact %s if anything is wrong.</p>" % (
                I(items, "name", nm), I(items, "address", g.address()), I(items, "postcode", g.postcode()), I(items, "account", g.account()),
                I(items, "phone", g.phone()), K(items, g), "".join(rows), I(items, "email", g.email(nm))))
    p = os.path.join(WORK, "writer_%d.html" % seed)
    open(p, "w").write("<html><meta charset=utf-8><body style='font-family:Liberation Serif;font-size:11pt'>%s</body></html>" % body)
    return soffice_pdf(p), items


def calc(seed):
    import openpyxl
    from openpyxl.styles import Font
    g = Gen(seed); items = []
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Portfolio"
    ws.append(["Ref", "MPAN", "MPRN", "Customer", "Phone", "Flow", "Amount"])
    for r in range(40):
        m = g.mpan(); mp = g.mprn()
        sm = "%s %s %s %s" % (m[:2], m[2:6], m[6:10], m[10:]); smp = mp
        _, ref = g.keep(); nm = g.name(); ph = g.phone(); _, fl = g.keep(); amt = round(g.r.uniform(10, 900), 2)
        ws.append([ref, int(m), int(mp), nm, ph, fl, amt])
        ws.cell(r + 2, 2).number_format = "00 0000 0000 000"
        ws.cell(r + 2, 3).number_format = "0000000000"
        ws.cell(r + 2, 7).number_format = "£#,##0.00"
        I(items, "keep", ref, role="keep"); I(items, "mpan", m, sm); I(items, "mprn", mp, smp); I(items, "name", nm); I(items, "phone", ph)
        I(items, "keep", fl, role="keep"); I(items, "amount", "£%s" % format(amt, ",.2f"), role="keep")
    for col, w in zip("ABCDEFG", [20, 20, 13, 24, 16, 20, 12]): ws.column_dimensions[col].width = w
    ws.print_options.gridLines = True; ws.print_options.headings = True
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = os.path.join(WORK, "calc_%d.xlsx" % seed); wb.save(p)
    return soffice_pdf(p), items


if __name__ == "__main__":
    import copy
    pdf, it = impress(5501)
    raster(pdf, 96, "l01_impress_96_light", copy.deepcopy(it)); raster(pdf, 150, "l02_impress_150_dark", copy.deepcopy(it), dark=True)
    pdf, it = writer(5502)
    raster(pdf, 110, "l03_writer_pagebreak_110_light", copy.deepcopy(it))
    raster(pdf, 144, "l04_writer_pagebreak_144_dark", copy.deepcopy(it), dark=True)
    pdf, it = calc(5503)
    raster(pdf, 120, "l05_calc_numfmt_120_light", copy.deepcopy(it))
