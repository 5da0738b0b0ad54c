"""PySide6 offscreen screens; boxes from Qt geometry (item rects, cursorRect) x devicePixelRatio."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ids
OUT, NAME, SEED, THEME, SCALE = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QT_SCALE_FACTOR"] = str(SCALE)
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont, QTextCursor
from PySide6.QtCore import Qt, QPoint, QRect
app = QApplication([]); app.setStyle("Fusion"); app.setFont(QFont("DejaVu Sans", 9))
if THEME == "dark":
    pal = QPalette()
    for role, c in [(QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e0e0e0"), (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#262626"),
                    (QPalette.Text, "#e0e0e0"), (QPalette.Button, "#353535"), (QPalette.ButtonText, "#e0e0e0"), (QPalette.Highlight, "#2a5db0"), (QPalette.HighlightedText, "#fff")]:
        pal.setColor(role, QColor(c))
    app.setPalette(pal)
g = ids.Gen(SEED); items = []
def add(role, kind, value, rect, surface=None):
    items.append(dict(id="q%d" % len(items), role=role, kind=kind, value=value, surface=surface or value, rect=rect))
win = QMainWindow(); win.resize(1180, 700)
DESIGN = NAME.split("_")[1]
if DESIGN == "tree":
    w = QWidget(); lay = QHBoxLayout(w); win.setCentralWidget(w)
    tree = QTreeWidget(); tree.setColumnCount(3); tree.setHeaderLabels(["Asset", "Role", "Commissioned"]); tree.setAlternatingRowColors(True)
    lay.addWidget(tree, 3); side = QWidget(); form = QFormLayout(side); lay.addWidget(side, 2)
    cells = []
    for _ in range(4):
        m = g.mpan_core(); top = QTreeWidgetItem(tree, [m, "Import MPAN", g.ts()]); cells.append((top, 0, "id", "mpan", m)); cells.append((top, 2, "keep", "keep", top.text(2)))
        for kind, role in [("elec_serial", "ESME"), ("eui64", "CHF"), ("eui64", "IHD")]:
            v = g.elec_serial() if kind == "elec_serial" else g.eui(g.r.choice(["-", ":", ""]))
            k = g.r.choice([g.flow(), g.ver(), g.tc()])
            ch = QTreeWidgetItem(top, [v, role, k]); cells.append((ch, 0, "id", kind, v)); cells.append((ch, 2, "keep", "keep", k))
    tree.expandAll(); tree.header().resizeSection(0, 260); tree.header().resizeSection(1, 110)
    labels = []
    for lab, kind in [("Customer", "name"), ("Address", "address"), ("Postcode", "postcode"), ("Phone", "phone"), ("E-mail", "email"), ("Account", "account"), ("MPRN", "mprn"), ("Gas meter", "gas_serial")]:
        v = getattr(g, kind)(); l = QLabel(v); l.setTextInteractionFlags(Qt.TextSelectableByMouse); form.addRow(lab, l); labels.append((l, "id", kind, v))
    for lab in ["Test case", "Ticket", "Run id", "Evidence ref"]:
        v = {"Test case": g.tc, "Ticket": g.ticket, "Run id": g.uuid, "Evidence ref": g.ref}[lab](); l = QLabel(v); form.addRow(lab, l); labels.append((l, "keep", "keep", v))
    win.statusBar().showMessage("Connected to %s · %s" % ("asset-db-sit", g.ts()))
    win.show(); app.processEvents()
    for it, col, role, kind, v in cells:
        r = tree.visualItemRect(it); x = tree.header().sectionViewportPosition(col); wdt = tree.header().sectionSize(col)
        if col == 0:
            ind = tree.indentation() * (1 if it.parent() else 0) + tree.indentation(); x += ind; wdt -= ind
        tl = tree.viewport().mapTo(win, QPoint(x, r.top()))
        add(role, kind, v, [tl.x(), tl.y(), tl.x() + min(wdt, tree.fontMetrics().horizontalAdvance(v) + 8), tl.y() + r.height()])
    for l, role, kind, v in labels:
        tl = l.mapTo(win, QPoint(0, 0)); add(role, kind, v, [tl.x(), tl.y(), tl.x() + min(l.width(), l.fontMetrics().horizontalAdvance(v) + 4), tl.y() + l.height()])
else:
    w = QWidget(); lay = QVBoxLayout(w); win.setCentralWidget(w)
    lay.addWidget(QLabel("<b>Import failed</b> — the flow file could not be validated. Show Details ▾"))
    ed = QPlainTextEdit(); ed.setLineWrapMode(QPlainTextEdit.NoWrap); ed.setFont(QFont("DejaVu Sans Mono", 9)); lay.addWidget(ed)
    spans = []; text = ""
    def put(s, role=None, kind=None, value=None):
        global text
        if role: spans.append((len(text), len(text) + len(s), role, kind, value or s))
        text += s
    for n in range(22):
        put("%03d  " % (n + 1))
        c = n % 4
        if c == 0:
            put("ZHV|"); put(g.uuid(), "keep", "keep"); put("|"); put(g.flow(), "keep", "keep"); put("|X|"); put(g.ts(), "keep", "keep"); put("|")
        elif c == 1:
            m = g.mpan_core(); put("026|"); put(m, "id", "mpan"); put("|V|"); put(g.elec_serial(), "id", "elec_serial"); put("|"); put(g.reading(), "keep", "keep")
        elif c == 2:
            put("ERROR  row %d: LLFC mismatch for " % n); put(g.mpan_core(), "id", "mpan"); put(" (site "); put(g.postcode(), "id", "postcode"); put(") see "); put(g.ticket(), "keep", "keep")
        else:
            put("  customer="); put(g.name(), "id", "name"); put(" tel="); put(g.phone(), "id", "phone"); put(" mprn="); put(g.mprn(), "id", "mprn"); put(" ref="); put(g.ref(), "keep", "keep")
        put("\n")
    ed.setPlainText(text)
    btns = QHBoxLayout(); [btns.addWidget(QPushButton(t)) for t in ["Copy details", "Retry", "Close"]]; lay.addLayout(btns)
    win.statusBar().showMessage("Importer %s" % g.ver())
    win.show(); app.processEvents()
    for a, b, role, kind, v in spans:
        c = QTextCursor(ed.document()); c.setPosition(a); r1 = ed.cursorRect(c); c.setPosition(b); r2 = ed.cursorRect(c)
        tl = ed.viewport().mapTo(win, QPoint(r1.left(), r1.top())); br = ed.viewport().mapTo(win, QPoint(r2.left(), r2.bottom()))
        add(role, kind, v, [tl.x(), tl.y(), br.x(), br.y()])
pm = win.grab(); dpr = pm.devicePixelRatio(); img = pm.toImage(); img.save(os.path.join(OUT, NAME + ".png"))
vw, vh = img.width(), img.height()
out = []
for it in items:
    r = it.pop("rect"); b = [max(0, round(r[0] * dpr)), max(0, round(r[1] * dpr)), min(vw, round(r[2] * dpr)), min(vh, round(r[3] * dpr))]
    it["boxes"] = [b] if b[2] > b[0] and b[3] > b[1] else []
    out.append(it)
json.dump(dict(image=NAME + ".png", toolkit="pyside6", scale=dpr, theme=THEME, design="qt_" + DESIGN, items=out), open(os.path.join(OUT, NAME + ".json"), "w"), indent=1)
print(NAME, dpr, img.width(), img.height(), len(out))
