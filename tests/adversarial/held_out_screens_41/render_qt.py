import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import common
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
SCALE = float(os.environ.get("QT_SCALE_FACTOR", "1")); TAG = os.environ.get("TAG", "100")
common.R.seed(int(SCALE*1000) + 7)
OUT = "/tmp/ho34/screens/img"
app = QApplication(sys.argv); app.setStyle("Fusion")
def palette(dark):
    p = QPalette()
    if dark:
        for role, c in [(QPalette.Window,"#2b2b2b"),(QPalette.WindowText,"#e6e6e6"),(QPalette.Base,"#1e1e1e"),(QPalette.AlternateBase,"#323232"),(QPalette.Text,"#e6e6e6"),(QPalette.Button,"#3a3a3a"),(QPalette.ButtonText,"#e6e6e6"),(QPalette.Highlight,"#2f65ca"),(QPalette.HighlightedText,"#ffffff"),(QPalette.ToolTipBase,"#444"),(QPalette.ToolTipText,"#fff")]:
            p.setColor(role, QColor(c))
    else:
        p = app.style().standardPalette()
    app.setPalette(p)
def wbox(rec_entry, w, root):
    g = w.mapTo(root, QPoint(0,0)); rec_entry.setdefault("boxes", []).append([round(g.x()*SCALE), round(g.y()*SCALE), round(w.width()*SCALE), round(w.height()*SCALE)])
def L(rec, text, kind=None, value=None, font=None, keep=False, reg=None):
    lab = QLabel(text)
    if font: lab.setFont(font)
    if kind: rec.s(kind, value or text, text); reg.append((rec.d["secrets"][-1], lab))
    elif keep: rec.k(text); reg.append((rec.d["keeps"][-1], lab))
    return lab
def finish(rec, root, reg, name):
    root.adjustSize(); root.show(); app.processEvents()
    for e, w in reg: wbox(e, w, root)
    pm = root.grab(); pm.save(f"{OUT}/{name}.png"); rec.emit(); print(name, pm.width(), pm.height()); root.close()

def form(dark, font_family):
    palette(dark); name = f"q01_form_{'dark' if dark else 'light'}_{TAG}"
    rec = Rec(name+".png", "qt-widgets", SCALE, "dark" if dark else "light"); reg = []
    root = QWidget(); root.setFont(QFont(font_family, 10)); v = QVBoxLayout(root)
    m = mpan(); g = mprn(); n = person(); a = address(); pc = R.choice(PCS); es = elec_serial(); ch = eui64()
    title = QLabel(f"Meter Point Admin – {m} – SIT-B"); title.setStyleSheet("background:#1f3b5c;color:white;padding:4px"); rec.s("mpan", m, m); reg.append((rec.d["secrets"][-1], title)); v.addWidget(title)
    tb = QTabBar(); tb.addTab("Overview"); tb.addTab(f"Gas {g}"); tb.addTab("History"); rec.k("Overview"); rec.k("History"); rec.s("mprn", g, f"Gas {g}"); v.addWidget(tb)
    f = QFormLayout(); v.addLayout(f)
    def row(lbl, val, kind=None):
        l = QLabel(lbl); rec.k(lbl); reg.append((rec.d["keeps"][-1], l))
        e = QLineEdit(val); e.setMinimumWidth(320); e.setCursorPosition(0)
        if kind: rec.s(kind, val); reg.append((rec.d["secrets"][-1], e))
        else: rec.k(val); reg.append((rec.d["keeps"][-1], e))
        f.addRow(l, e)
    row("Customer", n, "name"); row("Premises", a, "address"); row("Postcode", pc, "postcode")
    row("MPRN", g, "mprn"); row("Meter serial", es.lower(), "elec_serial"); row("CHF device ID", ch.replace("-", ":"), "eui64")
    row("Test case", "TC-SIT-MS-0093"); row("Flow", "D0149 / D0150")
    # S box
    box = QFrame(); box.setFrameShape(QFrame.Box); box.setLineWidth(2); gl = QGridLayout(box)
    S = QLabel("S"); S.setFont(QFont(font_family, 26, QFont.Bold)); gl.addWidget(S, 0, 0, 2, 1)
    mono = QFont("DejaVu Sans Mono", 11)
    top = QLabel(f"{R.choice(['01','03','05'])}   {R.choice(['801','845','151'])}   {R.choice(['812','021','516'])}"); top.setFont(mono); gl.addWidget(top, 0, 1)
    m2 = mpan(); core = QLabel(sbox_core(m2).replace(" ", "   ")); core.setFont(mono); gl.addWidget(core, 1, 1)
    rec.s("mpan", m2, core.text()); reg.append((rec.d["secrets"][-1], core))
    hb = QHBoxLayout(); hb.addWidget(box); hb.addStretch(); v.addLayout(hb)
    notes = QPlainTextEdit(); notes.setFixedSize(300, 90); m3 = mpan()
    txt = f"Site visit 02/12: supply MPAN {m3[:6]}\n{m3[6:]} checked, LLFC 812, MTC 845 OK."
    notes.setPlainText(txt); rec.s("mpan", m3, m3[:6] + "\n" + m3[6:]); rec.k("LLFC 812"); rec.k("MTC 845"); v.addWidget(notes)
    sb = QLabel(f"Ready | Connected: SIT-B | Record 14 of 230 | MPAN {m}"); sb.setStyleSheet("border-top:1px solid gray;padding:2px"); rec.s("mpan", m, m); reg.append((rec.d["secrets"][-1], sb)); rec.k("Record 14 of 230"); v.addWidget(sb)
    finish(rec, root, reg, name)

def grid(dark):
    palette(dark); name = f"q02_grid_{'dark' if dark else 'light'}_{TAG}"
    rec = Rec(name+".png", "qt-widgets", SCALE, "dark" if dark else "light", "excel-like grid, selection, fills, elided cells"); reg = []
    root = QWidget(); v = QVBoxLayout(root); root.setFont(QFont("Liberation Sans", 10))
    fx = QLineEdit(); m0 = mpan(); fx.setText(f"={m0}"); lab = QLabel("fx"); h = QHBoxLayout(); h.addWidget(QLabel("C4")); h.addWidget(lab); h.addWidget(fx); v.addLayout(h)
    rec.s("mpan", m0, "=" + m0); reg.append((rec.d["secrets"][-1], fx)); rec.k("C4")
    t = QTableWidget(14, 6); t.setHorizontalHeaderLabels(["A","B","C","D","E","F"]); t.setFont(QFont("Liberation Sans", 10))
    hdr = ["Step", "Test case", "MPAN", "Meter serial", "Read date", "Reading"]
    for c, hh in enumerate(hdr): t.setItem(0, c, QTableWidgetItem(hh)); rec.k(hh)
    for r in range(1, 14):
        m = mpan(); es = elec_serial() if r % 3 else gas_serial()
        vals = [str(r), f"TC-QT-{R.randint(100,999)}", m, es, f"0{R.randint(1,9)}/12/2026", f"{R.randint(1000,99999)}.{R.randint(0,9)}"]
        for c, val in enumerate(vals):
            it = QTableWidgetItem(val)
            if r in (3, 4): it.setBackground(QColor("#ffd966") if not dark else QColor("#7a5c00"))
            if c == 5 and r % 4 == 0: it.setBackground(QColor("#c6efce")); it.setForeground(QColor("#006100"))
            t.setItem(r, c, it)
            if c == 2: rec.s("mpan", m, m)
            elif c == 3: rec.s("gas_serial" if r % 3 == 0 else "elec_serial", es)
            elif c != 0: rec.k(val)
    t.setColumnWidth(0, 40); t.setColumnWidth(1, 100); t.setColumnWidth(2, 92); t.setColumnWidth(3, 120); t.setColumnWidth(4, 90); t.setColumnWidth(5, 80)
    t.setFixedSize(600, 430); t.setRangeSelected(QTableWidgetSelectionRange(5, 1, 8, 3), True)
    v.addWidget(t); finish(rec, root, reg, name)

def painter_pieces():
    W, H = int(1920*SCALE), int(1080*SCALE)
    def img(w, h, fmt=QImage.Format_RGB32, fill="#ffffff"):
        im = QImage(w, h, fmt); im.fill(QColor(fill) if fill else Qt.transparent); return im
    def txt(p, x, y, s, fam="Liberation Sans", px=14, bold=False, color="#000"):
        f = QFont(fam); f.setPixelSize(int(px*SCALE)); f.setBold(bold); p.setFont(f); p.setPen(QColor(color)); p.drawText(QPointF(x, y), s)
        br = QFontMetrics(f).boundingRect(s); return [round(x), round(y + br.y()), br.width(), br.height()]
    # lone small text on empty screen
    if TAG == "100":
        for i, (bg, fg, px) in enumerate([("#ffffff", "#333", 12), ("#0c0c0c", "#cccccc", 14)]):
            name = f"q10_lone_{i}_{TAG}"; rec = Rec(name+".png", "qt-painter", SCALE, "dark" if i else "light", f"lone {px}px text on empty 1920x1080")
            im = img(1920, 1080, fill=bg); p = QPainter(im); m = mpan()
            b = txt(p, 1400 if i else 210, 870 if i else 330, f"MPAN {m}", "DejaVu Sans" if i else "Liberation Sans", px, color=fg); rec.s("mpan", m, f"MPAN {m}", box=b); p.end()
            im.save(f"{OUT}/{name}.png"); rec.emit(); print(name)
        # white text on transparent PNG
        name = f"q11_white_on_transparent_{TAG}"; rec = Rec(name+".png", "qt-painter", SCALE, "transparent", "white text, alpha; visible on dark viewer")
        im = img(900, 260, QImage.Format_ARGB32, fill=None); p = QPainter(im); p.setRenderHint(QPainter.TextAntialiasing)
        m = mpan(); g = mprn(); n = person()
        rec.s("mpan", m, box=txt(p, 20, 60, f"Supply: {m}", px=26, color="#ffffff")); rec.k("Supply")
        rec.s("mprn", g, box=txt(p, 20, 120, f"MPRN {g}", px=22, color="#ffffff"))
        rec.s("name", n, box=txt(p, 20, 180, f"Account holder: {n}", px=22, color="#ffffff")); rec.k("Account holder")
        p.end(); im.save(f"{OUT}/{name}.png"); rec.d["views"] = ["on_black", "on_white", "rgb_ignore_alpha"]; rec.emit(); print(name)
        # hidden text in transparent pixels: visible content opaque, secret drawn where alpha = 0
        name = f"q12_hidden_in_alpha_{TAG}"; rec = Rec(name+".png", "qt-painter", SCALE, "light", "secret text in RGB of fully transparent pixels")
        im = img(900, 300, QImage.Format_ARGB32, fill="#ffffff"); p = QPainter(im)
        rec.k("Evidence: step 4 response OK", box=txt(p, 20, 50, "Evidence: step 4 response OK", px=22))
        p.end()
        hid = img(900, 300, QImage.Format_ARGB32, fill="#ffffff"); p = QPainter(hid); m = mpan()
        rec.s("mpan", m, box=txt(p, 20, 200, f"MPAN {m}", px=30)); p.end()
        # copy RGB from hid for rows 150..260 but alpha 0
        for y in range(150, 260):
            for x in range(0, 900):
                c = hid.pixelColor(x, y); c.setAlpha(0); im.setPixelColor(x, y, c)
        im.save(f"{OUT}/{name}.png"); rec.d["views"] = ["on_black", "on_white", "rgb_ignore_alpha"]; rec.emit(); print(name)
    # rotations
    for ang in ([90, 12] if TAG == "100" else [180] if TAG == "125" else [270, -7]):
        name = f"q13_rot{ang}_{TAG}".replace("-", "m"); rec = Rec(name+".png", "qt-painter", SCALE, "light", f"text rotated {ang} deg")
        im = img(1280, 900, fill="#f2f2f2"); p = QPainter(im); p.setRenderHint(QPainter.Antialiasing); p.setRenderHint(QPainter.TextAntialiasing)
        rec.k("Evidence viewer", box=txt(p, 20, 30, "Evidence viewer", px=16, bold=True))
        p.translate(640, 450); p.rotate(ang)
        m = mpan(); es = elec_serial(); n = person(); a = address()
        p.setPen(QPen(QColor("#000"), 2)); p.drawRect(-300, -110, 600, 210)
        txt(p, -280, -70, "Meter exchange certificate", px=20, bold=True); rec.k("Meter exchange certificate")
        txt(p, -280, -30, f"MPAN {m}", "DejaVu Sans Mono", 20); rec.s("mpan", m)
        txt(p, -280, 10, f"Meter {es}", "DejaVu Serif", 18); rec.s("elec_serial", es)
        txt(p, -280, 50, n, px=18); rec.s("name", n)
        txt(p, -280, 85, f"Job ref JOB-{R.randint(100000,999999)}", px=16)
        p.end(); im.save(f"{OUT}/{name}.png"); rec.d["views"] = ["plain", f"rot{ang}"]; rec.emit(); print(name)
    # boxed digits
    if TAG == "150":
        name = f"q14_boxed_digits_{TAG}"; rec = Rec(name+".png", "qt-painter", SCALE, "light", "one digit per cell, paper form")
        im = img(1100, 420, fill="#fffef6"); p = QPainter(im); p.setRenderHint(QPainter.TextAntialiasing)
        txt(p, 20, 40, "Change of tenancy form – section B", "DejaVu Serif", 20, True); rec.k("Change of tenancy form")
        for row_i, (lbl, val, kind) in enumerate([("Supply number (MPAN)", mpan(), "mpan"), ("Gas meter point ref (MPRN)", mprn(), "mprn"), ("Meter serial", elec_serial(), "elec_serial")]):
            y = 90 + row_i * 100; txt(p, 20, y, lbl, "DejaVu Serif", 16); rec.k(lbl)
            p.setPen(QPen(QColor("#444"), 1))
            for i, c in enumerate(val):
                p.drawRect(20 + i*34, y+12, 34, 44); txt(p, 30 + i*34, y+44, c, "Liberation Mono", 24, color="#1a237e")
            rec.s(kind, val, " ".join(val))
        p.end(); im.save(f"{OUT}/{name}.png"); rec.emit(); print(name)

if __name__ == "__main__":
    if TAG == "100": form(False, "Liberation Sans"); grid(False)
    if TAG == "125": form(True, "DejaVu Serif"); grid(True)
    if TAG == "150": form(False, "Liberation Sans Narrow"); grid(True)
    painter_pieces()
