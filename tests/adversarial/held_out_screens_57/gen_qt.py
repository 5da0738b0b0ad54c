import os, sys, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
SCALE = float(sys.argv[1]); THEME = sys.argv[2]; WHICH = sys.argv[3]; SEED = int(sys.argv[4])
os.environ["QT_SCALE_FACTOR"] = str(SCALE)
sys.path.insert(0, os.path.dirname(__file__))
import ids
ids.R.seed(SEED); ids._ni = SEED % 30; ids._ai = SEED % 20; ids._pi = SEED % 50
from ids import *
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont, QTextCursor
from PySide6.QtCore import Qt, QPoint, QRect
app = QApplication([])
app.setStyle("Fusion")
app.setFont(QFont("DejaVu Sans", 10))
if THEME == "dark":
    p = QPalette()
    for r, c in [(QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e0e0e0"), (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#333"), (QPalette.Text, "#e0e0e0"), (QPalette.Button, "#3a3a3a"), (QPalette.ButtonText, "#e0e0e0"), (QPalette.Highlight, "#2f65ca"), (QPalette.HighlightedText, "#fff")]:
        p.setColor(r, QColor(c))
    app.setPalette(p)
items = []
win = QWidget(); win.resize(1100, 720)
def rec(t, kind, val, w, rect=None, text=None, angle=0):
    items.append((t, kind, val, w, rect, text or val, angle))
def ID(kind, val, w, **k): rec("id", kind, val, w, **k); return w
def KP(text, w, **k): rec("keep", "keep", text, w, **k); return w
def textspans(te, spans):
    # spans: (t, kind, val, displayed) located inside QTextEdit/QPlainTextEdit text
    doc = te.toPlainText()
    for t, kind, val, disp in spans:
        i = doc.find(disp)
        if i < 0: continue
        lines = {}
        for pos in range(i, i + len(disp) + 1):
            c = te.textCursor(); c.setPosition(pos); r = te.cursorRect(c)
            lines.setdefault(r.top(), []).append(r)
        for top, rs in lines.items():
            x0 = min(r.left() for r in rs); x1 = max(r.right() for r in rs); y0 = min(r.top() for r in rs); y1 = max(r.bottom() for r in rs)
            rec(t, kind, val, te.viewport(), QRect(x0, y0, x1 - x0 + 1, y1 - y0 + 1), disp)
if WHICH == "dialog":
    win.setWindowTitle("Gas meter exchange")
    f = QFormLayout(win)
    mp = mprn(); s = serial_gas(); e = eui(); n = name(); a, pc = address(); ph = phone(); core = mpan_core()
    f.addRow(KP("Job reference JB-20931", QLabel("Job reference JB-20931")))
    for lab, kind, val, disp in [("MPRN", "mprn", mp, mp), ("Gas supply point", "mprn", mp, mp), ("Meter serial", "serial", s, s.lower()), ("Comms hub", "eui", e, eui_dotted(e)),
                                 ("Customer", "name", n, n), ("Address", "address", a, a), ("Postcode", "postcode", pc, pc), ("Phone", "phone", ph, ph), ("Electricity MPAN", "mpan", core, g_core(core))]:
        le = QLineEdit(disp); le.setMinimumWidth(420)
        f.addRow(KP(lab, QLabel(lab)), ID(kind, val, le, text=disp))
    bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel); f.addRow(bb)
    st = QLabel("Last saved 06/11/2026 14:02:55 by user T.EVANS"); f.addRow(KP(st.text(), st))
elif WHICH == "table":
    v = QVBoxLayout(win); lab = QLabel("Readings — export 2026-11-06 (v2.8.1)"); v.addWidget(KP(lab.text(), lab))
    tw = QTableWidget(14, 6); v.addWidget(tw)
    tw.setHorizontalHeaderLabels(["MPAN", "Meter serial", "Read date", "Register", "kWh", "Customer"])
    cells = []
    for r in range(14):
        core = mpan_core(); s = serial_elec(); n = name()
        vals = [("id", "mpan", core, [core, g_core(core), g_core(core)][r % 2]), ("id", "serial", s, s if r % 3 else " ".join([s[:3], s[3:]])), ("keep", "keep", f"2026-10-{10+r}", None), ("keep", "keep", f"R{r%3+1}", None), ("keep", "keep", f"{4000+r*311}.{r}", None), ("id", "name", n, None)]
        for c, (t, kind, val, disp) in enumerate(vals):
            it = QTableWidgetItem(disp or val); tw.setItem(r, c, it); cells.append((t, kind, val, it, disp or val))
    tw.resizeColumnsToContents(); tw.selectRow(4)
    win.show(); app.processEvents()
    for t, kind, val, it, disp in cells:
        rec(t, kind, val, tw.viewport(), tw.visualItemRect(it), disp)
elif WHICH == "textlog":
    v = QVBoxLayout(win); lab = QLabel("Case notes — DEF-20977"); v.addWidget(KP(lab.text(), lab))
    te = QTextEdit(); te.setFont(QFont("DejaVu Sans Mono", 10)); te.setFixedWidth(420); te.setWordWrapMode(__import__("PySide6.QtGui",fromlist=["QTextOption"]).QTextOption.WrapAnywhere); v.addWidget(te)
    c1 = mpan_core(); c2 = mpan_core(); s = serial_gas(); n = name(); e = eui()
    txt = f"10:02 Called {n}. Supply number {g_core(c1)} confirmed, meter {s.lower()} will be exchanged. Comms hub {e.replace('-', ':')} offline since 2026-11-01. Old supply core {c2} (pre-COT) attached as evidence item EV-0042."
    te.setPlainText(txt)
    win.show(); app.processEvents()
    textspans(te, [("id", "name", n, n), ("id", "mpan", c1, g_core(c1)), ("id", "serial", s, s.lower()), ("id", "eui", e, e.replace('-', ':')), ("id", "mpan", c2, c2), ("keep", "keep", "2026-11-01", "2026-11-01"), ("keep", "keep", "EV-0042", "EV-0042")])
elif WHICH == "sbox":
    v = QVBoxLayout(win); tabs = QTabWidget(); v.addWidget(tabs)
    tabs.setElideMode(Qt.ElideRight); tabs.tabBar().setExpanding(False)
    page = QWidget(); g = QVBoxLayout(page)
    for i in range(3):
        core = mpan_core(); top = mpan_top(); fr = QFrame(); fr.setFrameShape(QFrame.Box); fr.setLineWidth(2); gl = QGridLayout(fr)
        sl = QLabel("S"); sl.setFont(QFont(["DejaVu Serif", "Liberation Sans", "DejaVu Sans Mono"][i], 30, QFont.Bold)); gl.addWidget(sl, 0, 0, 2, 1)
        l1 = QLabel(g_top(top, "   ")); l1.setFont(QFont("Liberation Sans", 11)); l2 = QLabel(g_core(core, "   ")); l2.setFont(QFont("DejaVu Sans Mono", 12, QFont.Bold))
        gl.addWidget(ID("mpan_top", top, l1, text=l1.text()), 0, 1); gl.addWidget(ID("mpan", core, l2, text=l2.text()), 1, 1)
        h = QHBoxLayout(); kl = QLabel("Supply number"); h.addWidget(KP("Supply number", kl)); h.addWidget(fr); h.addStretch(); g.addLayout(h)
    g.addStretch()
    for i in range(4):
        core = mpan_core(); n = name()
        tabs.addTab(page if i == 0 else QWidget(), [f"MPAN {core} supply detail", f"{n} account"][i % 2])
    tabs.tabBar().setMaximumWidth(1000); tabs.setUsesScrollButtons(False)
    win.show(); app.processEvents()
    for i in range(4):
        t = tabs.tabText(i); kind, val = ("mpan", t.split()[1]) if i % 2 == 0 else ("name", " ".join(t.split()[:-1]))
        rec("id", kind, val, tabs.tabBar(), tabs.tabBar().tabRect(i), t)
elif WHICH == "tree":
    v = QVBoxLayout(win); tr = QTreeWidget(); tr.setHeaderLabels(["Site / supply", "Detail", "Updated"]); v.addWidget(tr)
    recs = []
    for i in range(5):
        n = name(); a, pc = address(); core = mpan_core(); s = serial_elec(); e = eui()
        top_ = QTreeWidgetItem([n, f"{a}, {pc}", f"2026-11-0{i+1}"]); tr.addTopLevelItem(top_)
        c1 = QTreeWidgetItem([g_core(core), "Electricity", "v" + str(i) + ".3"]); c2 = QTreeWidgetItem([s.lower(), eui_plain(e), "—"])
        top_.addChildren([c1, c2]); recs += [("id", "name", n, top_, 0, n), ("id", "address", a, top_, 1, f"{a}, {pc}"), ("id", "mpan", core, c1, 0, g_core(core)), ("id", "serial", s, c2, 0, s.lower()), ("id", "eui", e, c2, 1, eui_plain(e)), ("keep", "keep", f"2026-11-0{i+1}", top_, 2, None)]
    tr.expandAll(); tr.setColumnWidth(0, 260); tr.setColumnWidth(1, 420)
    win.show(); app.processEvents()
    for t, kind, val, it, col, disp in recs:
        rec(t, kind, val, tr.viewport(), tr.visualItemRect(it).intersected(QRect(tr.header().sectionViewportPosition(col), 0, tr.header().sectionSize(col), 10000)), disp or val)
win.show(); app.processEvents()
pm = win.grab(); tag = f"qt_{WHICH}_{THEME}_{int(SCALE*100)}"
png = f"/tmp/ho38/screens/corpus/{tag}.png"; pm.save(png)
dpr = pm.devicePixelRatio()
out = []
for t, kind, val, w, rect, text, angle in items:
    r = rect if rect is not None else w.rect()
    p = w.mapTo(win, r.topLeft())
    b = [p.x() * dpr, p.y() * dpr, (p.x() + r.width()) * dpr, (p.y() + r.height()) * dpr]
    if w.isVisible() and r.width() > 0:
        out.append(dict(t=t, kind=kind, val=val, text=text, angle=angle, box=[round(x) for x in b]))
json.dump(dict(file=tag + ".png", toolkit="qt", scale=SCALE, theme=THEME, size=[pm.width(), pm.height()], items=out), open(f"/tmp/ho38/screens/truth/{tag}.json", "w"), indent=1)
print(tag, pm.width(), pm.height(), dpr, len(out))
