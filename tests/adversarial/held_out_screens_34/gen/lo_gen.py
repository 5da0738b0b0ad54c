import sys, os, subprocess, re, html, tempfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
import common as C
from PIL import Image, ImageOps
C.R.seed(4242); R = C.R
TMP = tempfile.mkdtemp(prefix="ho32lo_")

def soffice(path):
    extra = ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"] if path.endswith(".html") else ["--convert-to", "pdf"]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/prof"] + extra + ["--outdir", TMP, path],
                   capture_output=True, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"

def words(pdf):
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    pw, ph = float(m.group(1)), float(m.group(2))
    ws = [(html.unescape(g[4]), float(g[0]), float(g[1]), float(g[2]), float(g[3])) for g in
          re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]
    ws = [(t, x0, y0, x1, y1) for (t, x0, y0, x1, y1) in ws]
    return ws, pw, ph

def locate(ws, used, text):
    toks = text.split()
    for i in range(len(ws) - len(toks) + 1):
        if any(used[i + j] for j in range(len(toks))): continue
        if all(ws[i + j][0] == toks[j] or ws[i + j][0].rstrip(':,.') == toks[j] for j in range(len(toks))):
            for j in range(len(toks)): used[i + j] = True
            sel = ws[i:i + len(toks)]
            return [min(w[1] for w in sel), min(w[2] for w in sel), max(w[3] for w in sel), max(w[4] for w in sel)]
    return None

def finish(pdf, fname, items_s, items_k, dpi, case, dark=False, extra=None):
    ws, pw, ph = words(pdf)
    base = os.path.join(TMP, "r%d" % R.randint(0, 10**9))
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(dpi), "-png", "-singlefile", pdf, base], check=True)
    im = Image.open(base + ".png").convert("RGB")
    if dark: im = ImageOps.invert(im)
    out = os.path.join(C.OUT, fname); im.save(out)
    sx = im.width / pw; sy = im.height / ph
    used = [False] * len(ws)
    def bx(b): return [int(b[0] * sx) - 1, int(b[1] * sy) - 1, int(b[2] * sx + 0.999) + 1, int(b[3] * sy + 0.999) + 1]
    secrets = []; keeps = []
    for text, kind, disp in items_s:
        parts = [locate(ws, used, d) for d in disp]
        if any(p is None for p in parts): print("  secret not found", fname, disp); continue
        bs = [bx(p) for p in parts]
        e = {"text": text, "kind": kind, "box": [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]}
        if len(bs) > 1: e["parts"] = bs
        secrets.append(e)
    for text in items_k:
        b = locate(ws, used, text)
        if b is None: print("  keep not found", fname, text); continue
        keeps.append({"text": text, "box": bx(b)})
    ent = {"toolkit": "libreoffice", "case": case, "scale": dpi / 96, "theme": "dark" if dark else "light", "size": [im.width, im.height], "secrets": secrets, "keeps": keeps}
    if extra: ent.update(extra)
    C.save_entry(fname, ent)
    print("ok", fname, im.size, len(secrets), len(keeps))

def bill(fname, dpi, dark, pt, with_s):
    S = []; K = []
    def s(text, kind, disp=None): S.append((text, kind, disp or [text])); return html.escape(text)
    def k(text): K.append(text); return html.escape(text)
    n = C.name(); pc, mtc, llf = C.mpan_top(); core = C.mpan_core(); mp = C.mprn()
    S.append((f"{pc} {mtc} {llf}", "mpan_top", [pc, mtc, llf])); S.append((C.fmt_core(core), "mpan_core", [core[:2], core[2:6], core[6:10], core[10:]]))
    td = f'style="border:1px solid #000;font-family:DejaVu Sans Mono;font-size:{pt}pt;text-align:center"'
    scell = f'<td rowspan="2" style="border:1px solid #000;font-size:{int(pt*2.2)}pt;font-weight:bold;padding:4px">S</td>' if with_s else ''
    sb = (f'<table cellpadding="3" cellspacing="0" style="border:2px solid #000"><tr>{scell}<td {td}>{pc}</td><td {td}>{mtc}</td><td {td} colspan="2">{llf}</td></tr>'
          f'<tr><td {td}>{core[:2]}</td><td {td}>{core[2:6]}</td><td {td}>{core[6:10]}</td><td {td}>{core[10:]}</td></tr></table>')
    doc = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Liberation Sans;font-size:10pt">
<p style="font-size:18pt"><b>{k('Northwind Power')}</b></p>
<table width="100%"><tr><td valign="top">{s(n,'name')}<br>{s(C.street(),'address')}<br>{s(C.town(),'address')}<br>{s(C.postcode(),'postcode')}</td>
<td valign="top" align="right">{k('Account number')} {s(C.acct(),'account')}<br>{k('Bill date')} {k('01/12/2026')}<br>{k('Bill period')} {k('01/11/2026 - 30/11/2026')}</td></tr></table>
<p style="font-size:14pt"><b>{k('Your energy bill')}</b></p>
<table width="100%" cellpadding="4"><tr><td>{k('Previous balance')}</td><td align="right">{k('£62.10')}</td></tr>
<tr><td>{k('Electricity charges')}</td><td align="right">{k('£84.55')}</td></tr><tr><td>{k('Gas charges')}</td><td align="right">{k('£51.20')}</td></tr>
<tr><td>{k('VAT at 5%')}</td><td align="right">{k('£6.79')}</td></tr><tr><td><b>{k('Total to pay')}</b></td><td align="right"><b>{k('£142.37')}</b></td></tr></table>
<p><b>{k('Your electricity supply number')}</b></p>{sb}
<p>{k('Electricity meter serial')}: {s(C.elec_serial(),'meter_serial')}</p>
<p><b>{k('Gas supply point number (MPRN)')}</b>: {s(mp,'mprn')}</p>
<p>{k('Gas meter serial')}: {s(C.gas_serial(),'meter_serial')}</p>
<p>{k('Questions? Call')} {s(C.phone(),'phone')} {k('or visit our website.')}</p>
</body></html>"""
    p = os.path.join(TMP, fname.replace(".png", ".html")); open(p, "w").write(doc)
    pdf = soffice(p)
    finish(pdf, fname, S, K, dpi, "lo_bill_sbox", dark)

def sheet(fname, dpi):
    S = []; K = []
    rows = []
    hdr = ["Test case", "Flow", "MPAN", "MPRN", "Meter serial", "Customer", "Postcode", "Status", "Amount"]
    K += hdr
    for i in range(18):
        n = C.name(); core = C.mpan_core()
        r = [("TC_SIT_%03d" % R.randint(1, 400), None), (R.choice(["IF-021", "IF-031", "PUB-011"]), None), (core, "mpan_core"),
             (C.mprn(), "mprn"), (C.elec_serial() if i % 2 else C.gas_serial(), "meter_serial"), (n, "name"), (C.postcode(), "postcode"),
             (R.choice(["Passed", "Failed", "Blocked"]), None), ("£%d.%02d" % (R.randint(5, 400), R.randint(0, 99)), None)]
        rows.append(r)
        for v, kd in r:
            if kd: S.append((v, kd, [v]))
            else: K.append(v)
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Evidence"
    ws.append(hdr)
    for c in ws[1]: c.font = Font(bold=True)
    for r in rows:
        ws.append([v for v, _ in r])
    for row in ws.iter_rows():
        for c in row: c.number_format = "@"
    for col, w in zip("ABCDEFGHI", [12, 9, 16, 12, 17, 24, 10, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    p = os.path.join(TMP, fname.replace(".png", ".xlsx")); wb.save(p)
    pdf = soffice(p)
    if "debug" in sys.argv: shutil.copy(p, "/tmp/ho32/dbg.fods")
    finish(pdf, fname, S, K, dpi, "lo_spreadsheet")

if "bill" in sys.argv:
  bill("lo_bill_100_light.png", 96, False, 10, True)
  bill("lo_bill_125_light.png", 120, False, 12, True)
  bill("lo_bill_150_light.png", 144, False, 14, False)
  bill("lo_bill_125_dark.png", 120, True, 11, True)
if "sheet" in sys.argv:
  sheet("lo_sheet_100_light.png", 96)
  sheet("lo_sheet_125_light.png", 120)
  sheet("lo_sheet_150_light.png", 144)
shutil.rmtree(TMP, ignore_errors=True)
