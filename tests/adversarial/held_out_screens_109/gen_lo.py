"""LibreOffice (HTML -> Writer -> PDF) then pdftoppm. Boxes = pdftotext -bbox-layout word boxes x dpi/72.
usage: python3 gen_lo.py OUTDIR"""
import sys, os, json, subprocess, re, html, tempfile
from ids import Vals, group

OUT = sys.argv[1]
E = html.escape
VARIANTS = [(96, "light", 7101), (150, "light", 7102), (120, "dark", 7103)]


def bill(v):
    items = []  # (role, kind, value, surface)
    def I(kind, value, surface=None):
        items.append(("id", kind, value, surface or value)); return E(surface or value)
    def K(kind, value, surface=None):
        items.append(("keep", kind, value, surface or value)); return E(surface or value)
    nm = v.name()
    core, top = v.mpan(), v.mpan_top()
    body = "<h3>Northwind Energy</h3><p style='font-size:9pt'>%s<br>%s<br>%s<br>%s</p>" % (I("name", nm), I("address", v.street()), v.town(), I("postcode", v.postcode()))
    body += "<h2>Annual statement %s</h2><p>Account %s &middot; issued %s &middot; statement ref %s</p>" % (K("ticket", v.ticket()), I("account", v.account()), K("date", v.date()), K("mpanref", v.mpanref()))
    tg = [top[:2], top[2:5], top[5:]]
    cg = [core[:2], core[2:6], core[6:10], core[10:]]
    # S box as a ruled table; each group its own cell; top line recorded as one item, core as one item
    items.append(("id", "mpan_top", top, " ".join(tg)))
    items.append(("id", "mpan", core, " ".join(cg)))
    sbox = "<table border=1 cellspacing=0 cellpadding=4 style='font-size:12pt'><tr><td rowspan=2 style='font-size:26pt'><b>S</b></td>%s<td></td></tr><tr>%s</tr></table>" % (
        "".join("<td>%s</td>" % g for g in tg), "".join("<td>%s</td>" % g for g in cg))
    body += "<p>Your electricity supply number:</p>" + sbox
    g = v.mprn(10)
    body += "<p>Your gas meter point reference (MPRN): <b>%s</b> &nbsp; Gas meter serial %s</p>" % (I("mprn", g), I("serial", v.serial_g()))
    rows = ""
    for i in range(6):
        m = v.mpan()
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            I("mpan", m, group(m, [2, 4, 4, 3])), I("serial", v.serial_e()), K("reading", v.reading()), K("date", v.date()), K("amount", v.amount()))
    body += "<table border=1 cellspacing=0 cellpadding=3 style='font-size:9pt'><tr><th>Supply number</th><th>Meter</th><th>Reading</th><th>Date</th><th>Charge</th></tr>%s</table>" % rows
    body += "<p style='font-size:8pt'>Questions? Call %s or write to %s. Flow %s, test %s, tariff %s.</p>" % (
        I("phone", v.phone()), I("email", v.email(nm)), K("flow", v.flow()), K("tc", v.tc()), K("word", "Summer tariff"))
    return "<html><body style='font-family:Liberation Sans'>%s</body></html>" % body, items


def words(pdf):
    x = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = x.split("<page ")[1:]
    best = max(range(len(pages)), key=lambda i: pages[i].count("<word"))
    x = pages[best]
    ws = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', x):
        ws.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), html.unescape(m.group(5))))
    return ws, best + 1


def main():
    tmp = tempfile.mkdtemp(prefix="lo52_")
    for dpi, theme, seed in VARIANTS:
        v = Vals(seed)
        doc, items = bill(v)
        name = "l_bill_%s_%d" % (theme, dpi)
        hp = "%s/%s.html" % (tmp, name)
        open(hp, "w").write(doc)
        subprocess.run(["nice", "soffice", "--headless", "-env:UserInstallation=file://%s/prof" % tmp, "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, hp],
                       capture_output=True, timeout=180)
        pdf = "%s/%s.pdf" % (tmp, name)
        ws, pg = words(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(pg), "-l", str(pg), "-png", "-singlefile", pdf, "%s/%s" % (OUT, name)], check=True)
        png = "%s/%s.png" % (OUT, name)
        used = [False] * len(ws)
        k = dpi / 72.0
        out = []
        for n, (role, kind, value, surface) in enumerate(items):
            toks = surface.split()
            found = None
            for i in range(len(ws) - len(toks) + 1):
                if any(used[i + j] for j in range(len(toks))): continue
                if all(ws[i + j][4] == toks[j] for j in range(len(toks))):
                    found = i; break
            if found is None:
                # token may carry trailing punctuation (e.g. "x." or "x,")
                for i in range(len(ws) - len(toks) + 1):
                    if any(used[i + j] for j in range(len(toks))): continue
                    if all(ws[i + j][4].rstrip(".,;:") == toks[j] for j in range(len(toks))):
                        found = i; break
            if found is None:
                print("UNMATCHED", name, surface); continue
            lines = {}
            for j in range(len(toks)):
                used[found + j] = True
                x0, y0, x1, y1, _ = ws[found + j]
                key = round(y0)
                a = lines.setdefault(key, [x0, y0, x1, y1])
                a[0], a[1], a[2], a[3] = min(a[0], x0), min(a[1], y0), max(a[2], x1), max(a[3], y1)
            rects = [[round(a[0] * k), round(a[1] * k), round((a[2] - a[0]) * k), round((a[3] - a[1]) * k)] for a in lines.values()]
            out.append({"id": "%s#%d" % (name, n), "role": role, "kind": kind, "value": value, "surface": surface, "rects": rects, "ml": False})
        json.dump({"image": name + ".png", "design": "lo_bill", "toolkit": "libreoffice", "scale": dpi / 96.0, "theme": theme, "dpi": dpi,
                   "items": out}, open("%s/%s.json" % (OUT, name), "w"), indent=1, ensure_ascii=False)
        print(name, len(out))


if __name__ == "__main__":
    main()
