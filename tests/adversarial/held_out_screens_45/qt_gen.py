import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
import data as D
sc = float(sys.argv[1]); dark = sys.argv[2] == "dark"; out = sys.argv[3]
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QT_SCALE_FACTOR"] = str(sc)
D.rnd.seed(7001)  # same data for every variant
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import Qt, QPoint, QRect
app = QApplication([])
app.setStyle("Fusion"); app.setFont(QFont("DejaVu Sans", 10))
if dark:
    p = QPalette()
    for role, c in [(QPalette.Window, "#2d2d30"), (QPalette.WindowText, "#e0e0e0"), (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#2a2a2a"), (QPalette.Text, "#e0e0e0"), (QPalette.Button, "#3a3a3d"), (QPalette.ButtonText, "#e0e0e0"), (QPalette.Highlight, "#264f78"), (QPalette.HighlightedText, "#ffffff")]:
        p.setColor(role, QColor(c))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#6a6a6a")); app.setPalette(p)
items = []
win = QMainWindow(); win.setWindowTitle("Meter Asset Manager – SIT"); win.resize(1280, 800)
cw = QWidget(); win.setCentralWidget(cw); lay = QHBoxLayout(cw)
left = QWidget(); fl = QFormLayout(left); lay.addWidget(left, 2)
reg = []
def lbl(t):
    w = QLabel(t); reg.append((w, False, "keep", t, None)); return w
def le(kind, t, **kw):
    w = QLineEdit(t)
    if kw.get("ro"): w.setReadOnly(True)
    if kw.get("dis"): w.setEnabled(False)
    reg.append((w, kind != "keep", kind, t, kw.get("tok"))); return w
m = D.mpan_core(); g = D.mprn(); ser = D.eserial(); eu = D.eui(); f, l = D.person(); n, s, t = D.address(); ph = D.phone()
serl = " ".join([ser.lower()[:4], ser.lower()[4:8], ser.lower()[8:]])
eud = ".".join(eu.replace("-", "")[i:i+4] for i in range(0, 16, 4))
fl.addRow(lbl("Customer"), le("name", f"{f} {l}", tok=[f, l]))
fl.addRow(lbl("Premises"), le("address", f"{n} {s[0]} {s[1]}", tok=[f"{n} {s[0]}", s[0]]))
fl.addRow(lbl("Postcode"), le("postcode", t[1]))
fl.addRow(lbl("Gas supply point"), le("mprn", g, ro=True))
fl.addRow(lbl("Meter serial (as keyed)"), le("serial", serl))
fl.addRow(lbl("Comms hub (ESME) id"), le("eui", eud))
fl.addRow(lbl("Previous MPAN"), le("mpan", D.mpan_core(), dis=True))
ph_w = QLineEdit(); ph_w.setPlaceholderText("Search by MPAN or postcode"); reg.append((ph_w, False, "keep", "Search by MPAN or postcode", None))
fl.addRow(lbl("Find"), ph_w)
fl.addRow(lbl("Contact phone"), le("phone", ph))
# S box
box = QFrame(); box.setFrameShape(QFrame.Box); box.setLineWidth(2); gl = QGridLayout(box); gl.setSpacing(0)
big = QLabel("S"); bf = QFont("DejaVu Sans", 22, QFont.Bold); big.setFont(bf); gl.addWidget(big, 0, 0, 2, 1)
for i, x in enumerate(["02", "811", "260"]):
    q = QLabel(x); q.setFrameShape(QFrame.Box); q.setAlignment(Qt.AlignCenter); q.setMinimumWidth(60); gl.addWidget(q, 0, i+1)
for i, x in enumerate([m[:2], m[2:6] + " " + m[6:10], m[10:]]):
    q = QLabel(x); q.setFrameShape(QFrame.Box); q.setAlignment(Qt.AlignCenter); q.setMinimumWidth(60); gl.addWidget(q, 1, i+1); reg.append((q, True, "mpan_part", x, None))
fl.addRow(lbl("Supply number"), box)
cb = QComboBox(); cb.addItems(["SMETS2 – ESME", "SMETS1 – enrolled", "Traditional"]); reg.append((cb, False, "keep", "SMETS2 – ESME", None)); fl.addRow(lbl("Meter type"), cb)
right = QWidget(); rl = QVBoxLayout(right); lay.addWidget(right, 3)
rl.addWidget(lbl("Readings and flows"))
tw = QTableWidget(12, 5); tw.setHorizontalHeaderLabels(["Flow", "MPAN", "Register", "Reading", "Received"])
cells = []
for r in range(12):
    vals = [("keep", ["D0010", "D0086", "D0150", "D0036"][r % 4]), ("mpan", D.mpan_core()), ("keep", ["1", "R1", "TOU-D", "2"][r % 4]), ("keep", f"{r*4133 % 99999:05d}.{r}"), ("keep", f"2026-11-{r+1:02d} 09:{r:02d}")]
    for c, (k, v) in enumerate(vals):
        tw.setItem(r, c, QTableWidgetItem(v)); cells.append((r, c, k, v))
tw.resizeColumnsToContents(); rl.addWidget(tw)
notes = QPlainTextEdit(); mw = D.mpan_core()
notes.setPlainText(f"Step 4 (SIT-TC-0388): exchange complete, new meter commissioned for supply {mw} – awaiting D0150 from MOP.")
notes.setLineWrapMode(QPlainTextEdit.WidgetWidth); notes.setFixedWidth(330); rl.addWidget(notes)
sb = win.statusBar(); sb.showMessage("Connected: sit-db-02 · v4.12.0 · 14/11/2026 10:31")
win.show(); app.processEvents()
pm = win.grab(); dpr = pm.devicePixelRatio()
pm.save(out)
def rect_of(w, r=None):
    r = r or w.rect(); tl = w.mapTo(win, r.topLeft()); return [tl.x()*dpr, tl.y()*dpr, (tl.x()+r.width())*dpr, (tl.y()+r.height())*dpr]
for w, sec, kind, text, tok in reg:
    items.append({"secret": sec, "kind": kind, "text": text, "tok": json.dumps(tok) if tok else None, "rects": [rect_of(w)], "vis": "visible"})
for r, c, k, v in cells:
    it = tw.item(r, c); vr = tw.visualItemRect(it)
    if vr.intersects(tw.viewport().rect()):
        items.append({"secret": k != "keep", "kind": k, "text": v, "tok": None, "rects": [rect_of(tw.viewport(), vr)], "vis": "visible"})
items.append({"secret": True, "kind": "mpan", "text": mw, "tok": None, "rects": [rect_of(notes)], "vis": "visible"})
items.append({"secret": False, "kind": "keep", "text": "SIT-TC-0388", "tok": None, "rects": [rect_of(notes)], "vis": "visible"})
items.append({"secret": False, "kind": "keep", "text": "v4.12.0", "tok": None, "rects": [rect_of(sb)], "vis": "visible"})
json.dump({"source": "qt", "scale": sc, "dark": dark, "size": [pm.width(), pm.height()], "items": items}, open(out + ".json", "w"))
print(out, pm.width(), pm.height(), dpr)
