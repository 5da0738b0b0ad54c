import os, sys
scale = float(sys.argv[1]); theme = sys.argv[2]
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QT_SCALE_FACTOR"] = str(scale)
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
from common import *
app = QApplication([]); app.setStyle("Fusion")
QFontDatabase.addApplicationFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
app.setFont(QFont("Liberation Sans", 10))
if theme == "dark":
    p = QPalette(); p.setColor(QPalette.Window, QColor(37,37,38)); p.setColor(QPalette.WindowText, QColor(220,220,220))
    p.setColor(QPalette.Base, QColor(30,30,30)); p.setColor(QPalette.AlternateBase, QColor(45,45,48)); p.setColor(QPalette.Text, QColor(220,220,220))
    p.setColor(QPalette.Button, QColor(50,50,52)); p.setColor(QPalette.ButtonText, QColor(220,220,220)); p.setColor(QPalette.Highlight, QColor(0,120,212))
    p.setColor(QPalette.HighlightedText, QColor(255,255,255)); app.setPalette(p)
sc = scale
def lab_box(win, lab):
    fm = lab.fontMetrics(); r = lab.contentsRect(); tl = lab.mapTo(win, r.topLeft())
    w = fm.horizontalAdvance(lab.text()); h = fm.height()
    al = lab.alignment()
    x = tl.x() + lab.indent() if lab.indent() > 0 else tl.x()
    if al & Qt.AlignRight: x = tl.x() + r.width() - w
    elif al & Qt.AlignHCenter: x = tl.x() + (r.width() - w) / 2
    y = tl.y() + (r.height() - h) / 2 if not (al & Qt.AlignTop) else tl.y()
    return [x*sc, y*sc, (x+w)*sc, (y+h)*sc]
class Rec:
    def __init__(s, win): s.win = win; s.items = []
    def L(s, text, kind=None, t=None, font=None, style=None):
        l = QLabel(text)
        if font: l.setFont(font)
        if style: l.setStyleSheet(style)
        s.items.append((l, kind, t or text)); return l
    def save(s, name, desc):
        s.win.show(); app.processEvents(); s.win.resize(s.win.sizeHint().expandedTo(s.win.size())); app.processEvents()
        pm = s.win.grab(); fn = f"qt_{name}_{int(sc*100)}_{theme}.png"; pm.save(f"{CORPUS}/{fn}")
        t = Truth(fn, "qt", sc, theme, desc)
        for l, kind, text in s.items:
            b = lab_box(s.win, l)
            if kind: t.s(kind, text, b)
            else: t.k(text, b)
        for kind, text, b in getattr(s, 'extra', []):
            if kind: t.s(kind, text, b)
            else: t.k(text, b)
        t.save(); print(fn, len(t.d['secrets']), len(t.d['keeps']))
def crm():
    w = QWidget(); w.setWindowTitle("Customer 360"); w.resize(1100, 640); r = Rec(w)
    v = QVBoxLayout(w); hb = QHBoxLayout(); v.addLayout(hb)
    big = QFont("Liberation Sans", 15)
    hb.addWidget(r.L("Customer 360", font=big)); hb.addStretch(); hb.addWidget(r.L("Case CAS-220917")); hb.addWidget(QPushButton("Save"))
    tabs = QTabWidget(); v.addWidget(tabs); pg = QWidget(); tabs.addTab(pg, "Details"); tabs.addTab(QWidget(), "Interactions"); tabs.addTab(QWidget(), "Billing")
    g = QHBoxLayout(pg); left = QGroupBox("Customer"); right = QGroupBox("Supply"); g.addWidget(left); g.addWidget(right)
    f = QFormLayout(left); f2 = QFormLayout(right)
    a = ADDR[3]
    rows = [("Name", NAMES[1], 'name'), ("Address line 1", a[0], 'address'), ("Town", a[1], 'address'), ("Postcode", a[2], 'postcode'),
            ("Phone", PHONES[1], 'phone'), ("Email", EMAILS[1], 'email'), ("Account", "A-77120453", None), ("Segment", "Domestic credit", None)]
    for lbl, val, k in rows: f.addRow(r.L(lbl), r.L(val, k))
    rows2 = [("MPAN core", M['m2'], 'mpan'), ("Profile class", "01", None), ("MTC", "845", None), ("LLFC", "021", None), ("Meter serial", ESER['e5'], 'eserial'),
             ("MPRN", MPRN['g2'], 'mprn'), ("Gas meter serial", GSER['s2'], 'gserial'), ("Comms hub GUID", EUI['d4'], 'eui'), ("SSD", "01/04/2024", None), ("Status", "Live", None)]
    for lbl, val, k in rows2: f2.addRow(r.L(lbl), r.L(val, k))
    r.save("crm", "Qt CRM customer page")
def sboxw():
    w = QWidget(); w.resize(760, 330); r = Rec(w); v = QVBoxLayout(w)
    v.addWidget(r.L("Bill preview — Page 2 of 4", font=QFont("Liberation Sans", 13)))
    v.addWidget(r.L("Supply number"))
    fr = QFrame(); fr.setFrameShape(QFrame.Box); fr.setLineWidth(2); h = QHBoxLayout(fr); v.addWidget(fr, 0, Qt.AlignLeft)
    h.addWidget(r.L("S", font=QFont("Liberation Sans", 30, QFont.Bold)))
    gr = QGridLayout(); h.addLayout(gr); mono = QFont("Liberation Mono", 12)
    top = ["03", "801", "556"]; core = M['m3']; parts = [core[:2], core[2:6], core[6:10], core[10:]]
    for i, x in enumerate(top): gr.addWidget(r.L(x, 'mpan_top', "".join(top), font=mono), 0, i)
    for i, x in enumerate(parts): gr.addWidget(r.L(x, 'mpan', core, font=mono), 1, i)
    v.addWidget(r.L("Meter point reference (MPRN)  " )); v.addWidget(r.L(MPRN['g3'], 'mprn', font=QFont("Liberation Sans", 12)))
    v.addWidget(r.L("Reading type: Actual   Register 1.8.0   Consumption 412 kWh"))
    v.addStretch(); r.save("sbox", "Qt S box in bill preview")
def table():
    w = QWidget(); w.resize(1180, 520); r = Rec(w); v = QVBoxLayout(w); v.addWidget(r.L("Book1 - Test data extract SIT cycle 3.xlsx"))
    tb = QTableWidget(12, 7); v.addWidget(tb)
    hdr = ["Test case", "MPAN", "MSN", "MPRN", "Flow", "Read date", "Result"]; tb.setHorizontalHeaderLabels(hdr)
    data = [("TC-SIT-0401", M['m4'], ESER['e1'], MPRN['g1'], "D0010", "2026-11-02", "Pass"), ("TC-SIT-0402", M['m5'], ESER['e2'], MPRN['g2'], "D0086", "2026-11-02", "Pass"),
            ("TC-SIT-0403", M['m6'], ESER['e3'].lower(), MPRN['g3'], "D0150", "2026-11-03", "Fail"), ("TC-SIT-0404", M['m7'], ESER['e4'], MPRN['g4'], "D0149", "2026-11-03", "Pass"),
            ("TC-SIT-0405", M['m8'], ESER['e5'], MPRN['g5'], "IF-031", "2026-11-04", "Blocked"), ("TC-SIT-0406", M['m9'], ESER['e6'], MPRN['g6'], "D0010", "2026-11-04", "Pass")]
    kinds = [None, 'mpan', 'eserial', 'mprn', None, None, None]
    r.extra = []
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            it = QTableWidgetItem(val); tb.setItem(i, j, it)
    tb.resizeColumnsToContents(); w.show(); app.processEvents()
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            rc = tb.visualItemRect(tb.item(i, j)); tl = tb.viewport().mapTo(w, rc.topLeft())
            tw = tb.fontMetrics().horizontalAdvance(val) + 8
            r.extra.append((kinds[j], val, [tl.x()*sc, tl.y()*sc, (tl.x()+min(rc.width(), tw))*sc, (tl.y()+rc.height())*sc]))
    for j, hname in enumerate(hdr):
        x = tb.horizontalHeader().sectionViewportPosition(j); tl = tb.horizontalHeader().mapTo(w, QPoint(x, 0))
        r.extra.append((None, hname, [tl.x()*sc, tl.y()*sc, (tl.x()+tb.columnWidth(j))*sc, (tl.y()+tb.horizontalHeader().height())*sc]))
    r.save("grid", "Qt spreadsheet grid")
def term():
    w = QPlainTextEdit(); w.resize(1000, 420); w.setFont(QFont("Liberation Mono", 10))
    lines = [
      "$ ./harness run --case TC-UIT-1187 --env UIT-2",
      "2026-11-19T10:02:11.482Z INFO  dispatch IF-031 corr=0b9e44c1-7a2f-4e6b-9d03-5c18f2a6e7b4",
      f"2026-11-19T10:02:11.517Z DEBUG payload mpan={M['m12']} msn={ESER['e6'].lower()} reg=1.8.0 read=018224",
      f"2026-11-19T10:02:12.004Z WARN  device {EUI['d2'].replace('-', '.')} no response, retry 1/3",
      f"2026-11-19T10:02:13.911Z INFO  gas mprn={MPRN['g5']} meter={GSER['s3'].lower()} status=ACCEPTED",
      f"2026-11-19T10:02:14.230Z ERROR customer address {ADDR[4][0]}, {ADDR[4][1]} {ADDR[4][2]} failed PAF lookup",
      f"2026-11-19T10:02:14.231Z INFO  msn spaced: {ESER['e1'][:3]} {ESER['e1'][3:6]} {ESER['e1'][6:]}  dip_id=DIP-MSG-00418827",
      "2026-11-19T10:02:15.000Z INFO  done: 7 passed, 1 failed (TC-UIT-1187 step 4)"]
    w.setPlainText("\n".join(lines)); w.setWindowTitle("bash")
    secrets = [('mpan', M['m12']), ('eserial', ESER['e6'].lower()), ('eui', EUI['d2'].replace('-', '.')), ('mprn', MPRN['g5']), ('gserial', GSER['s3'].lower()),
               ('address', ADDR[4][0]), ('address', ADDR[4][1]), ('postcode', ADDR[4][2]), ('eserial', f"{ESER['e1'][:3]} {ESER['e1'][3:6]} {ESER['e1'][6:]}")]
    keeps = ["TC-UIT-1187", "IF-031", "0b9e44c1-7a2f-4e6b-9d03-5c18f2a6e7b4", "2026-11-19T10:02:11.482Z", "reg=1.8.0", "read=018224", "retry 1/3", "ACCEPTED", "PAF lookup", "DIP-MSG-00418827", "7 passed, 1 failed"]
    w.show(); app.processEvents(); txt = w.toPlainText(); r = Rec(w); r.extra = []
    def box(sub):
        i = txt.find(sub); c = w.textCursor(); c.setPosition(i); a = w.cursorRect(c); c.setPosition(i + len(sub)); b = w.cursorRect(c)
        tl = w.viewport().mapTo(w, a.topLeft()); br = w.viewport().mapTo(w, b.bottomRight())
        return [tl.x()*sc, tl.y()*sc, br.x()*sc, br.y()*sc]
    for k, s_ in secrets: r.extra.append((k, s_, box(s_)))
    for s_ in keeps: r.extra.append((None, s_, box(s_)))
    r.save("terminal", "Qt terminal log")
def outlook():
    w = QWidget(); w.resize(1000, 560); r = Rec(w); v = QVBoxLayout(w)
    v.addWidget(r.L("RE: Witness test evidence - TC-SIT-0412 (IF-031)", font=QFont("Liberation Sans", 13, QFont.Bold)))
    v.addWidget(r.L(f"From: {NAMES[2]}", 'name', NAMES[2])); v.addWidget(r.L("To: SIT Test Team; DCC Witness Desk"))
    v.addWidget(r.L("Sent: Thu 19/11/2026 11:42"))
    body = QVBoxLayout(); v.addLayout(body)
    body.addWidget(r.L("Hi all, the supply below failed again at step 5:"))
    body.addWidget(r.L(f"MPAN {sp(M['m1'])}", 'mpan', sp(M['m1'])))
    body.addWidget(r.L(f"Meter {ESER['e2']} / hub {EUI['d1']}", 'eserial', ESER['e2']))
    body.addWidget(r.L(f"Site contact {NAMES[7]} on {PHONES[4]}", 'phone', PHONES[4]))
    body.addWidget(r.L(f"MPRN: {MPRN['g1']}", 'mprn', MPRN['g1']))
    body.addWidget(r.L("Defect raised as Bug 48213, severity 2. Retest planned for SIT Cycle 4."))
    body.addWidget(r.L("Regards,")); body.addWidget(r.L(NAMES[2], 'name'))
    v.addStretch(); w.show(); app.processEvents()
    # refine boxes for substrings within labels
    r.extra = []; new = []
    for l, kind, text in r.items:
        if kind and text != l.text():
            fm = l.fontMetrics(); b = lab_box(w, l); i = l.text().find(text)
            x0 = b[0] + fm.horizontalAdvance(l.text()[:i])*sc; x1 = x0 + fm.horizontalAdvance(text)*sc
            r.extra.append((kind, text, [x0, b[1], x1, b[3]]))
            if kind == 'eserial': 
                i2 = l.text().find(EUI['d1']); x0 = b[0] + fm.horizontalAdvance(l.text()[:i2])*sc
                r.extra.append(('eui', EUI['d1'], [x0, b[1], x0 + fm.horizontalAdvance(EUI['d1'])*sc, b[3]]))
            if kind == 'phone':
                i2 = l.text().find(NAMES[7]); x0 = b[0] + fm.horizontalAdvance(l.text()[:i2])*sc
                r.extra.append(('name', NAMES[7], [x0, b[1], x0 + fm.horizontalAdvance(NAMES[7])*sc, b[3]]))
        else: new.append((l, kind, text))
    r.items = new; r.save("outlook", "Qt Outlook-style mail")
crm(); sboxw(); table(); term(); outlook()
