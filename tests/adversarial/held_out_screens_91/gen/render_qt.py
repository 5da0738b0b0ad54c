# run: QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=<s> python render_qt.py <s> <theme>
import sys, os, json, random
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
SC = sys.argv[1]; THEME = sys.argv[2]
R = random.Random(int(float(SC) * 1000) + (7 if THEME == "dark" else 0))
ROOT = "/tmp/ho48/screens"
app = QApplication(sys.argv[:1]); app.setStyle("Fusion")
if THEME == "dark":
    p = QPalette()
    for role, c in [(QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e0e0e0"), (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#2a2d30"), (QPalette.Text, "#e0e0e0"), (QPalette.Button, "#3a3a3a"), (QPalette.ButtonText, "#e0e0e0"), (QPalette.Highlight, "#2f65ca")]:
        p.setColor(role, QColor(c))
    app.setPalette(p)
app.setFont(QFont("DejaVu Sans", 9))
def wbox(w, win, text):
    fm = QFontMetrics(w.font())
    tl = w.mapTo(win, QPoint(0, 0))
    r = w.rect()
    tw = fm.horizontalAdvance(text)
    if isinstance(w, QLineEdit):
        x0 = tl.x() + 2; x1 = min(tl.x() + r.width(), x0 + tw + 8)
    elif isinstance(w, QLabel) and not w.wordWrap():
        x0 = tl.x(); x1 = tl.x() + min(r.width(), tw + 2)
    else:
        x0 = tl.x(); x1 = tl.x() + r.width()
    return [x0, tl.y(), x1, tl.y() + r.height()]
def cellbox(view, win, idx, text):
    vr = view.visualRect(idx); tl = view.viewport().mapTo(win, vr.topLeft())
    tw = QFontMetrics(view.font()).horizontalAdvance(text)
    return [tl.x(), tl.y(), tl.x() + min(vr.width(), tw + 8), tl.y() + vr.height()]
def save(win, name, items, note):
    win.show(); app.processEvents(); QTest = None
    pm = win.grab(); dpr = pm.devicePixelRatio()
    img = pm.toImage(); img.save(f"{ROOT}/corpus/{name}.png")
    out = []
    for t, kind, text, b in items:
        out.append(dict(t=t, kind=kind, text=text, rects=[[round(v * dpr) for v in b]], clipped=False))
    json.dump(dict(name=name, file=name + ".png", toolkit="pyside6", scale=float(SC), theme=THEME, size=[img.width(), img.height()], note=note, dpr=dpr, items=out),
              open(f"{ROOT}/truth/{name}.json", "w"), indent=0, ensure_ascii=False)
    print(name, img.width(), img.height(), dpr, sum(1 for i in out if i["t"] == "S"), sum(1 for i in out if i["t"] == "K"))
tag = f"{THEME}_{int(float(SC)*100)}"
# --- form
win = QWidget(); win.resize(760, 520); win.setWindowTitle("x")
lay = QVBoxLayout(win)
head = QLabel("Incident INC-%06d  ·  %s" % (R.randint(0, 999999), I.tc(R))); head.setFont(QFont("DejaVu Sans", 12, QFont.Bold)); lay.addWidget(head)
grid = QGridLayout(); lay.addLayout(grid)
n = I.name(R); a = I.addr(R)
fields = [("MPAN", I.mpan_core(R), "mpan", True), ("MPRN", I.mprn(R), "mprn", True), ("Meter serial", I.eserial(R), "eserial", True), ("Gas meter", I.gserial(R), "gserial", True),
          ("CHF device", I.eui(R, ':'), "eui", True), ("Customer", n, "name", True), ("Address", a[0], "address", True), ("Town", a[1], "address", True), ("Postcode", a[2], "postcode", True),
          ("Phone", I.phone(R), "phone", True), ("Flow", I.flow(R), "flow", False), ("Raised", I.ts(R), "timestamp", False), ("Work order", I.wo(R), "wo", False), ("Firmware", I.fw(R), "fw", False)]
items = []
labs = []
for i, (lab, val, kind, secret) in enumerate(fields):
    l = QLabel(lab); e = QLineEdit(val); e.setReadOnly(i % 3 == 0); e.setCursorPosition(0)
    if kind in ("mpan", "mprn", "eserial"): e.setFont(QFont("DejaVu Sans Mono", 9))
    grid.addWidget(l, i % 7, (i // 7) * 2); grid.addWidget(e, i % 7, (i // 7) * 2 + 1)
    labs.append((l, lab)); items.append((e, "S" if secret else "K", kind, val))
notes_val = I.mpan_core(R)
notes = QLabel("Notes: customer rang about supply %s after the %s failed; engineer %s attended." % (notes_val, I.flow(R), I.name(R))); notes.setWordWrap(True); notes.setFixedWidth(260)
lay.addWidget(notes)
btn = QPushButton("Save"); lay.addWidget(btn); lay.addStretch()
win.show(); app.processEvents()
its = [("K", "heading", head.text(), wbox(head, win, head.text()))]
for l, lab in labs: its.append(("K", "label", lab, wbox(l, win, lab)))
for e, t, kind, val in items: its.append((t, kind, val, wbox(e, win, val)))
its.append(("S", "mpan", notes_val, wbox(notes, win, notes.text())))
its.append(("K", "label", "Save", wbox(btn, win, "Save")))
save(win, f"qt_form_{tag}", its, "PySide6 form with read-only line edits and a word-wrapped notes label")
# --- table
win2 = QWidget(); win2.resize(1000, 460); l2 = QVBoxLayout(win2)
cap = QLabel("Meter exchange batch %s" % I.wo(R)); l2.addWidget(cap)
hdr = ["Ref", "MPAN", "MPRN", "Serial", "Customer", "Postcode", "Flow", "Received"]
tw = QTableWidget(11, len(hdr)); tw.setHorizontalHeaderLabels(hdr); tw.setAlternatingRowColors(True); l2.addWidget(tw)
cells = []
for r in range(11):
    n = I.name(R); a = I.addr(R)
    row = [(I.mref(R), "mpanref", "K"), (I.mpan_core(R), "mpan", "S"), (I.mprn(R), "mprn", "S"), (I.eserial(R), "eserial", "S"), (n, "name", "S"), (a[2], "postcode", "S"), (I.flow(R), "flow", "K"), (I.ts(R)[:16].replace("T", " "), "timestamp", "K")]
    for c, (v, kind, t) in enumerate(row):
        tw.setItem(r, c, QTableWidgetItem(v)); cells.append((r, c, v, kind, t))
tw.resizeColumnsToContents()
win2.show(); app.processEvents()
its = [("K", "heading", cap.text(), wbox(cap, win2, cap.text()))]
hh = tw.horizontalHeader()
for c, h in enumerate(hdr):
    x = hh.sectionViewportPosition(c); tl = hh.viewport().mapTo(win2, QPoint(x, 0))
    its.append(("K", "header", h, [tl.x(), tl.y(), tl.x() + hh.sectionSize(c), tl.y() + hh.height()]))
for r, c, v, kind, t in cells:
    b = cellbox(tw, win2, tw.model().index(r, c), v)
    if b[1] < win2.height() - 5: its.append((t, kind, v, [b[0], b[1], b[2], min(b[3], win2.height())]))
save(win2, f"qt_table_{tag}", its, "PySide6 QTableWidget with alternating rows, resized to contents")
