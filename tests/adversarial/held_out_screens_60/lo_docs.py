"""LibreOffice-rendered documents: python-docx / openpyxl -> soffice PDF -> pdftoppm; boxes from pdftotext -bbox."""
import os, sys, json, subprocess, re, copy
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
I.R.seed(8800)
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
TMP = "/tmp/ho39/screens/tmp/lo"; os.makedirs(TMP, exist_ok=True)
OUT = "/tmp/ho39/screens/corpus"; TR = "/tmp/ho39/screens/truth"
truth_items = {}

def bill():
    d = Document(); items = []
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    n = I.name(); stt = I.street(); pc = I.postcode(); core = I.mpan_core(); top = I.mpan_top(); mp = I.mprn(); es = I.elec_serial(); gs = I.gas_serial()
    d.add_paragraph().add_run("Northfield Energy").bold = True
    d.add_paragraph("%s\n%s\n%s\n%s" % (n, stt, I.town(), pc))
    items += [("id", "name", n, n), ("id", "address", stt, stt), ("id", "postcode", pc, pc)]
    acct = "Account number 7712 0045 18"; dt = "Bill date 14 March 2026"
    d.add_paragraph(acct + "    " + dt); items += [("keep", "ref", "7712 0045 18", "7712 0045 18"), ("keep", "date", "14 March 2026", "14 March 2026")]
    d.add_paragraph("Your electricity supply number:")
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = ""; r = a.paragraphs[0].add_run("S"); r.bold = True; r.font.size = Pt(26)
    t.cell(0, 1).text = "%s   %s   %s" % (top[:2], top[2:5], top[5:]); t.cell(1, 1).text = I.sbox_fmt(core).replace(" ", "   ")
    for c in (t.cell(0, 1), t.cell(1, 1)):
        for p in c.paragraphs:
            for rr in p.runs: rr.font.size = Pt(12); rr.font.name = "Liberation Mono"
    t.columns[0].width = Cm(1.3)
    items.append(("id", "mpan_sbox", core, "S " + " ".join([top[:2], top[2:5], top[5:]]) + " " + I.sbox_fmt(core)))
    d.add_paragraph("")
    d.add_paragraph("Gas supply point reference (MPRN): %s" % mp); items.append(("id", "mprn", mp, mp))
    mt = d.add_table(rows=3, cols=4); mt.style = "Table Grid"
    hdr = ["Meter", "Previous", "Present", "Units"]
    for i, h in enumerate(hdr): mt.cell(0, i).text = h
    es2 = es[:3] + " " + es[3:]
    for i, v in enumerate([es2, "004512 A", "004987 E", "475"]): mt.cell(1, i).text = v
    for i, v in enumerate([gs.lower(), "01822 A", "01901 A", "79"]): mt.cell(2, i).text = v
    items += [("id", "elec_serial", es, es2), ("id", "gas_serial", gs, gs.lower()), ("keep", "number", "004512", "004512"), ("keep", "number", "004987", "004987")]
    tot = I.amount(); d.add_paragraph("Total to pay " + tot); items.append(("keep", "amount", tot, tot))
    ph = I.phone(); d.add_paragraph("Questions? Call us on %s, quoting %s." % (ph, "MPAN-REF-07")); items += [("id", "phone", ph, ph), ("keep", "ref", "MPAN-REF-07", "MPAN-REF-07")]
    return d, items

def tracked():
    d = Document(); items = []
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    d.add_heading("Test evidence – TC-0522 change of supplier", 1); items.append(("keep", "ref", "TC-0522", "TC-0522"))
    old = I.mpan_core(); new = I.mpan_core(); n = I.name(); pc = I.postcode(); mp = I.mprn()
    p = d.add_paragraph("Step 3: the D0055 was sent for MPAN ")
    def rev(tag, text, idn):
        el = OxmlElement("w:" + tag); el.set(qn("w:id"), str(idn)); el.set(qn("w:author"), "Reviewer"); el.set(qn("w:date"), "2026-03-12T10:00:00Z")
        r = OxmlElement("w:r"); t = OxmlElement("w:delText" if tag == "del" else "w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t); el.append(r)
        p._p.append(el)
    rev("del", old, 1); rev("ins", new, 2); p.add_run(" and accepted within %s." % "2 working days")
    items += [("id", "mpan", old, old), ("id", "mpan", new, new), ("keep", "date", "2 working days", "2 working days")]
    p2 = d.add_paragraph("Customer "); rev2 = None
    p2.add_run(n); p2.add_run(" at postcode "); p2.add_run(pc); p2.add_run(" confirmed the gas MPRN ")
    items += [("id", "name", n, n), ("id", "postcode", pc, pc)]
    p2.add_run(mp[:6]); p2.add_run(mp[6:]).font.highlight_color = 7
    items.append(("id", "mprn", mp, mp))
    d.add_paragraph("Result: PASS. Defect DEF-4410 closed. Message id %s." % "DIP-00417723"); items += [("keep", "ref", "DEF-4410", "DEF-4410"), ("keep", "msgid", "DIP-00417723", "DIP-00417723.")]
    # enable showing changes
    return d, items

def sheet():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Reads"; items = []
    heads = ["Case", "MPAN", "Serial", "Read", "Date"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(1, i, h); c.alignment = Alignment(text_rotation=90); c.font = Font(bold=True)
    ws.row_dimensions[1].height = 60
    cores = []
    for r in range(2, 8):
        core = I.mpan_core(); es = I.elec_serial()
        ws.cell(r, 1, "TC-%04d" % (400 + r)); ws.cell(r, 2, int(core)).number_format = "0"; ws.cell(r, 3, es); ws.cell(r, 4, 1000 + r * 37); ws.cell(r, 5, "1%d/03/2026" % r)
        items += [("id", "mpan", core, core), ("id", "elec_serial", es, es), ("keep", "ref", "TC-%04d" % (400 + r), "TC-%04d" % (400 + r))]
    # rotated MPAN header cell
    core = I.mpan_core(); c = ws.cell(1, 7, core); c.alignment = Alignment(text_rotation=90); ws.column_dimensions["G"].width = 4
    ws.row_dimensions[1].height = 110
    items.append(("id", "mpan", core, core, 90))
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.column_dimensions["B"].width = 18; ws.column_dimensions["C"].width = 14
    return wb, items

def bboxes(pdf):
    x = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = x.split("<page ")[1:]
    words = []
    for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', pages[0]):
        words.append((float(w.group(1)), float(w.group(2)), float(w.group(3)), float(w.group(4)), __import__("html").unescape(w.group(5))))
    return words

def locate(words, shown):
    an = lambda t: re.sub(r"[^0-9a-z]", "", t.lower())
    target = an(shown)
    for i in range(len(words)):
        acc = ""; j = i
        while j < len(words) and len(acc) < len(target) + 40:
            acc += an(words[j][4]); j += 1
            if target in acc:
                # shrink start
                ws = words[i:j]
                if target not in an("".join(w[4] for w in ws[1:])):
                    lines = {}
                    for w in ws: lines.setdefault(round(w[1]), []).append(w)
                    return [[min(w[0] for w in L), min(w[1] for w in L), max(w[2] for w in L), max(w[3] for w in L)] for L in lines.values()]
                break
    toks = shown.split()
    fs = [w for w in words if w[4] in toks]
    if len(fs) >= len(toks):
        return [[min(w[0] for w in fs), min(w[1] for w in fs), max(w[2] for w in fs), max(w[3] for w in fs)]]
    return []

def emit(base, pdf, items, dpis):
    words = bboxes(pdf)
    for dpi in dpis:
        name = "%s_%ddpi" % (base, dpi)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, os.path.join(OUT, name)], check=True)
        T = []; k = dpi / 72.0
        for it in items:
            role, kind, value, shown = it[:4]; rot = it[4] if len(it) > 4 else 0
            bs = locate(words, shown)
            if not bs:
                print("  NOT LOCATED", name, kind, shown); continue
            T.append({"role": role, "kind": kind, "value": value, "rot": rot, "boxes": [[round(b[0] * k) - 2, round(b[1] * k) - 2, round(b[2] * k) + 2, round(b[3] * k) + 2] for b in bs]})
        from PIL import Image
        im = Image.open(os.path.join(OUT, name + ".png"))
        json.dump({"file": name + ".png", "toolkit": "libreoffice+pdftoppm", "dpi": dpi, "size": list(im.size), "items": T}, open(os.path.join(TR, name + ".json"), "w"), indent=1, ensure_ascii=False)
        print(name, im.size, len(T))

def convert(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, path], capture_output=True, check=True)
    return os.path.splitext(path)[0] + ".pdf"

if __name__ == "__main__":
    d, it = bill(); d.save(TMP + "/lo_bill.docx"); emit("lo_bill", convert(TMP + "/lo_bill.docx"), it, [96, 120, 144])
    d, it = tracked(); d.save(TMP + "/lo_trackchanges.docx"); emit("lo_trackchanges", convert(TMP + "/lo_trackchanges.docx"), it, [96, 150])
    wb, it = sheet(); wb.save(TMP + "/lo_sheet.xlsx"); emit("lo_sheet", convert(TMP + "/lo_sheet.xlsx"), it, [110])
