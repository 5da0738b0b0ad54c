"""PySide6 widgets on the offscreen platform. Run: qt_screens.py DESIGN SCALE DARK SEEDOFFSET"""
import os, sys, json
scale, dark = float(sys.argv[2]), sys.argv[3] == "1"
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QT_SCALE_FACTOR"] = "%g" % scale
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
I.R.seed(7000 + int(sys.argv[4]))
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import Qt, QPoint, QRect
app = QApplication([])
app.setStyle("Fusion")
f = QFont("DejaVu Sans", 10); app.setFont(f)
if dark:
    p = QPalette()
    for role, c in [(QPalette.Window, "#2d2d30"), (QPalette.WindowText, "#e6e6e6"), (QPalette.Base, "#1e1e1e"), (QPalette.Text, "#e6e6e6"),
                    (QPalette.Button, "#3a3a3d"), (QPalette.ButtonText, "#e6e6e6"), (QPalette.AlternateBase, "#262629"), (QPalette.Highlight, "#2f65ca"), (QPalette.HighlightedText, "#fff")]:
        p.setColor(role, QColor(c))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#7a7a7a"))
    app.setPalette(p)
items = []
def reg(role, kind, value, widget, rect=None, rot=0):
    items.append((role, kind, value, widget, rect, rot))
win = QMainWindow(); design = sys.argv[1]
if design == "meterform":
    win.setWindowTitle("Meter Point Maintenance")
    w = QWidget(); lay = QVBoxLayout(w); form = QFormLayout()
    n = I.name(); core = I.mpan_core(); mp = I.mprn(); es = I.elec_serial(); eui = I.eui64(); st = I.street(); pc = I.postcode()
    def le(kind, v, disabled=False, label=None):
        e = QLineEdit(v); e.setEnabled(not disabled); e.setMinimumWidth(260)
        lab = QLabel(label); form.addRow(lab, e); reg("id", kind, v, e); reg("keep", "label", label, lab)
        return e
    le("name", n, label="Customer name"); le("mpan", core, label="MPAN core"); le("mprn", mp, disabled=True, label="Gas supply point")
    le("elec_serial", es.lower(), label="Meter serial"); le("eui64", eui.replace("-", ":"), label="ESME device ID"); le("postcode", pc, label="Postcode")
    lay.addLayout(form)
    notes = QPlainTextEdit(); notes.setFixedSize(230, 70)
    notes.setPlainText("Replaced meter on old MPAN " + core[:0]); core2 = I.mpan_core()
    notes.setPlainText("Old supply " + core2 + " now de-energised at " + st)
    lay.addWidget(notes); reg("id", "mpan", core2, notes); reg("id", "address", st, notes)
    tbl = QTableWidget(3, 3); tbl.setHorizontalHeaderLabels(["Register", "Reading", "Read date"])
    rows = [("001", "004512", "12/03/2026"), ("002", "018822", "12/03/2026"), ("003", "000733", "13/03/2026")]
    for r, row in enumerate(rows):
        for c, v in enumerate(row): tbl.setItem(r, c, QTableWidgetItem(v))
    tbl.setFixedHeight(130); lay.addWidget(tbl)
    btns = QHBoxLayout(); ok = QPushButton("Save"); cancel = QPushButton("Cancel"); btns.addWidget(ok); btns.addWidget(cancel); lay.addLayout(btns)
    reg("keep", "label", "Cancel", cancel)
    win.setCentralWidget(w); sb = QStatusBar(); win.setStatusBar(sb); msg = QLabel("Saved ref CR-%05d" % I.R.randint(0, 99999)); sb.addWidget(msg); reg("keep", "ref", msg.text(), msg)
    win.resize(520, 560)
    extra = [(tbl, rows)]
elif design == "devtree":
    win.setWindowTitle("HAN device explorer")
    w = QWidget(); lay = QHBoxLayout(w)
    tree = QTreeWidget(); tree.setHeaderLabels(["Device", "ID", "Status"]); tree.setColumnWidth(0, 150); tree.setColumnWidth(1, 230)
    site = QTreeWidgetItem(["Site", I.postcode(), "Online"]); tree.addTopLevelItem(site)
    devs = []
    for typ, fmt in [("Comms hub", "dot"), ("ESME", "hyph"), ("GSME", "plain"), ("IHD", "colon"), ("PPMID", "space")]:
        e = I.eui64(); h = e.replace("-", "")
        shown = {"dot": e.replace("-", "."), "hyph": e, "plain": h, "colon": e.replace("-", ":").lower(), "space": " ".join(h[i:i+4] for i in range(0, 16, 4))}[fmt]
        it = QTreeWidgetItem([typ, shown, "Joined"]); site.addChild(it); devs.append((it, e, shown))
    tree.expandAll(); lay.addWidget(tree)
    side = QVBoxLayout(); g = QGroupBox("Details"); gl = QFormLayout(g)
    mp = I.mprn(); gs = I.gas_serial()
    l1 = QLabel(mp); l2 = QLabel(gs); l3 = QLabel("2026-03-12T09:14:55Z"); l4 = QLabel("SMETS2 v4.2")
    gl.addRow("MPRN", l1); gl.addRow("Gas meter", l2); gl.addRow("Last seen", l3); gl.addRow("Firmware", l4); side.addWidget(g); side.addStretch(); lay.addLayout(side)
    reg("id", "mprn", mp, l1); reg("id", "gas_serial", gs, l2); reg("keep", "timestamp", l3.text(), l3); reg("keep", "version", l4.text(), l4)
    win.setCentralWidget(w); win.resize(820, 340)
    extra = [(tree, devs)]
elif design == "wizard":
    win.setWindowTitle("Change of tenancy wizard")
    w = QWidget(); lay = QVBoxLayout(w)
    steps = QLabel("① Property  ›  ② Meters  ›  ③ New occupier  ›  ④ Confirm"); lay.addWidget(steps); reg("keep", "label", "Property", steps)
    g = QGridLayout(); core = I.mpan_core(); top = I.mpan_top()
    sbox = QFrame(); sbox.setFrameShape(QFrame.Box); sl = QGridLayout(sbox)
    S = QLabel("S"); fS = QFont("DejaVu Sans", 26, QFont.Bold); S.setFont(fS)
    t = QLabel("%s   %s   %s" % (top[:2], top[2:5], top[5:])); c = QLabel(I.sbox_fmt(core).replace(" ", "   "))
    mono = QFont("DejaVu Sans Mono", 11); t.setFont(mono); c.setFont(mono)
    sl.addWidget(S, 0, 0, 2, 1); sl.addWidget(t, 0, 1); sl.addWidget(c, 1, 1)
    lay.addWidget(QLabel("Supply number (as on the bill):")); lay.addWidget(sbox, 0, Qt.AlignLeft); reg("id", "mpan_sbox", core, sbox)
    n = I.name(); ph = I.phone(); em = I.email(n)
    f2 = QFormLayout(); a = QLineEdit(n); b = QLineEdit(ph); cc = QLineEdit(em); d = QDateEdit(); 
    f2.addRow("New occupier", a); f2.addRow("Phone", b); f2.addRow("E-mail", cc); lay.addLayout(f2)
    reg("id", "name", n, a); reg("id", "phone", ph, b); reg("id", "email", em, cc)
    mp = I.mprn(); box = QHBoxLayout(); lab = QLabel("MPRN"); box.addWidget(lab); cells = QWidget(); cl = QHBoxLayout(cells); cl.setSpacing(2)
    for ch in mp:
        e = QLineEdit(ch); e.setFixedWidth(24); e.setAlignment(Qt.AlignCenter); cl.addWidget(e)
    box.addWidget(cells); box.addStretch(); lay.addLayout(box); reg("id", "mprn", mp, cells)
    nav = QHBoxLayout(); bk = QPushButton("< Back"); nx = QPushButton("Next >"); nav.addStretch(); nav.addWidget(bk); nav.addWidget(nx); lay.addLayout(nav)
    reg("keep", "label", "Next", nx)
    win.setCentralWidget(w); win.resize(560, 420); extra = []
win.show(); app.processEvents()
pix = win.grab(); dpr = pix.devicePixelRatio()
img = pix.toImage()
name = "qt_%s_%s_%g" % (design, "dark" if dark else "light", scale)
out = "/tmp/ho39/screens/corpus/%s.png" % name
img.save(out)
def box_of(wd, rect=None):
    r = rect or wd.rect(); p = wd.mapTo(win, r.topLeft())
    return [round(p.x() * dpr), round(p.y() * dpr), round((p.x() + r.width()) * dpr), round((p.y() + r.height()) * dpr)]
T = []
for role, kind, value, wd, rect, rot in items:
    T.append({"role": role, "kind": kind, "value": value, "rot": rot, "boxes": [box_of(wd, rect)]})
for wd, data in extra:
    if isinstance(wd, QTableWidget):
        vp = wd.viewport()
        for r, row in enumerate(data):
            for c, v in enumerate(row):
                T.append({"role": "keep", "kind": "number", "value": v, "rot": 0, "boxes": [box_of(vp, wd.visualItemRect(wd.item(r, c)))]})
    if isinstance(wd, QTreeWidget):
        vp = wd.viewport()
        for it, e, shown in data:
            r0 = wd.visualItemRect(it); hx = wd.header().sectionViewportPosition(1)
            T.append({"role": "id", "kind": "eui64", "value": e.replace("-", ""), "shown": shown, "rot": 0, "boxes": [box_of(vp, QRect(hx, r0.y(), wd.header().sectionSize(1), r0.height()))]})
json.dump({"file": name + ".png", "toolkit": "qt-offscreen", "scale": scale, "dark": dark, "size": [img.width(), img.height()], "items": T},
          open("/tmp/ho39/screens/truth/%s.json" % name, "w"), indent=1, ensure_ascii=False)
print(name, img.width(), img.height(), len(T))
