"""LibreOffice: HTML -> (Writer/Calc) -> PDF -> pdftoppm. Boxes from pdftotext -bbox-layout word boxes x dpi/72."""
import json, os, re, subprocess, sys, html
sys.path.insert(0, os.path.dirname(__file__))
import ids
OUT = sys.argv[1]; WORK = os.path.abspath("../work/lo"); os.makedirs(WORK, exist_ok=True)
e = html.escape

def bill(g, it):
    def I(kind, v=None, surf=None):
        v = v or getattr(g, kind)(); it.append(dict(role="id", kind=kind, value=v, surface=surf or v)); return e(surf or v)
    def K(v): it.append(dict(role="keep", kind="keep", value=v, surface=v)); return e(v)
    core = g.mpan_core(); pc, mtc, llf = g.top_line()
    it.append(dict(role="id", kind="mpan_sbox", value=core, surface="%s %s %s %s" % (core[:2], core[2:6], core[6:10], core[10:])))
    it.append(dict(role="neutral", kind="sbox_top", value=pc + mtc + llf, surface="%s %s %s" % (pc, mtc, llf)))
    sb = ('<table border=1 cellspacing=0 cellpadding=3 style="border-collapse:collapse"><tr><td rowspan=2><font size=6><b>S</b></font></td>'
          '<td><font face="Liberation Mono">%s</font></td><td><font face="Liberation Mono">%s</font></td><td><font face="Liberation Mono">%s</font></td></tr>'
          '<tr><td><font face="Liberation Mono">%s</font></td><td><font face="Liberation Mono">%s %s</font></td><td><font face="Liberation Mono">%s</font></td></tr></table>') % (
              pc, mtc, llf, core[:2], core[2:6], core[6:10], core[10:])
    nm = g.name()
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (I("elec_serial" if k else "gas_serial"), K(g.ts()[:10]), K(g.reading()), K(g.reading()), K(g.amount())) for k in [1, 1, 0, 0, 1])
    return ('<html><body style="font-family:Liberation Sans;font-size:10pt"><table width="100%%"><tr><td>%s<br>%s<br>%s<br>%s</td>'
            '<td align=right><b>%s Energy</b><br>Bill date %s<br>Account number %s<br>Customer ref %s</td></tr></table>'
            '<h2>Your energy bill</h2><p>Hello %s, this bill covers %s to %s. Questions? Call %s or e-mail %s.</p>'
            '<p><b>Your electricity supply number</b></p>%s<p>Gas supply point number (MPRN) %s &nbsp;&nbsp; Meter point reference %s</p>'
            '<table border=1 cellspacing=0 cellpadding=3 style="border-collapse:collapse;font-size:8pt"><tr><th>Meter</th><th>Read date</th><th>Previous</th><th>Present</th><th>Cost</th></tr>%s</table>'
            '<p>Total to pay %s. Direct Debit reference %s. Evidence %s for %s, flows %s and %s.</p>'
            '<p style="font-size:7pt">Emergency number for gas leaks 0800 111 999. Document %s version %s.</p></body></html>') % (
                I("name", nm), I("address"), g.r.choice(ids.Gen.TOWNS), I("postcode"), g.word(), K(g.ts()[:10]), I("account"), K(g.ref()),
                I("name", nm.split()[0] + " " + g.r.choice(ids.Gen.LAST)), K(g.ts()[:10]), K(g.ts()[:10]), I("phone"), I("email"),
                sb, I("mprn"), I("mprn"), rows, K(g.amount()), I("account"), K(g.tc()), K(g.ref()), K(g.flow()), K(g.flow()), K(g.uuid()), K(g.ver()))

def sheet(g, it):
    def I(kind, v=None, surf=None):
        v = v or getattr(g, kind)(); it.append(dict(role="id", kind=kind, value=v, surface=surf or v)); return e(surf or v)
    def K(v): it.append(dict(role="keep", kind="keep", value=v, surface=v)); return e(v)
    rows = []
    for _ in range(26):
        m = g.mpan_core()
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            K(g.tc()), I("mpan", m, "%s %s %s %s" % (m[:2], m[2:6], m[6:10], m[10:])), I("elec_serial"), I("postcode"), I("phone"), K(g.flow()), K(g.ts()[:10])))
    return ('<html><body><table border=1><tr><th>Test case</th><th>MPAN core</th><th>MSN</th><th>Postcode</th><th>Contact</th><th>Flow</th><th>Date</th></tr>%s</table></body></html>' % "".join(rows))

def words_of(pdf, dpi):
    x = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for pg in re.findall(r"<page.*?</page>", x, re.S):
        ws = []
        for ln, line in enumerate(re.findall(r"<line.*?</line>", pg, re.S)):
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', line):
                ws.append((html.unescape(m.group(5)), [float(m.group(i)) * dpi / 72 for i in range(1, 5)], ln))
        pages.append(ws)
    return pages

def locate(ws, items):
    used = set()
    for it in items:
        toks = it["surface"].split(); it["boxes"] = []
        for i in range(len(ws) - len(toks) + 1):
            if any((i + j) in used for j in range(len(toks))): continue
            if all(ws[i + j][0].strip(",.;:()") == t.strip(",.;:()") for j, t in enumerate(toks)):
                # sbox_top/core tokens must be adjacent in reading order; merge per line
                per = {}
                for j in range(len(toks)):
                    used.add(i + j); b = ws[i + j][1]; ln = ws[i + j][2]
                    per.setdefault(ln, list(b)); p = per[ln]; per[ln] = [min(p[0], b[0]), min(p[1], b[1]), max(p[2], b[2]), max(p[3], b[3])]
                it["boxes"] = [[round(v) for v in b] for b in per.values()]; break

def build(name, kind, seed, dpi, dark=False):
    g = ids.Gen(seed); items = []
    src = os.path.join(WORK, name + ".html"); open(src, "w").write(bill(g, items) if kind == "bill" else sheet(g, items))
    filt = "writer_pdf_Export" if kind == "bill" else "calc_pdf_Export"
    inf = [] if kind == "bill" else ["--infilter=HTML (StarCalc)"]
    subprocess.run(["soffice", "--headless"] + inf + ["--convert-to", "pdf:" + filt, "--outdir", WORK, src], check=True, capture_output=True)
    pdf = os.path.join(WORK, name + ".pdf")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", pdf, os.path.join(OUT, name)], check=True)
    ws = words_of(pdf, dpi)[0]
    for i, it in enumerate(items): it["id"] = "l%d" % i
    locate(ws, items)
    if dark:
        from PIL import Image, ImageOps
        p = os.path.join(OUT, name + ".png"); ImageOps.invert(Image.open(p).convert("RGB")).save(p)
    json.dump(dict(image=name + ".png", toolkit="libreoffice", scale=dpi / 96, theme="dark" if dark else "light", design="lo_" + kind, items=items),
              open(os.path.join(OUT, name + ".json"), "w"), indent=1)
    print(name, len(items), sum(1 for i in items if not i["boxes"]))

if __name__ == "__main__":
    build("l_bill_light_100", "bill", 5901, 96)
    build("l_bill_light_156", "bill", 5902, 150)
    build("l_bill_dark_125", "bill", 5903, 120, dark=True)
    build("l_sheet_light_115", "sheet", 5904, 110)
