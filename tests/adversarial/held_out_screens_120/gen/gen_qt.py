"""PySide6 (offscreen) screen: table whose ROW HEADERS are MPANs, group-box titles holding ids, progress-bar text over the chunk."""
import sys, os, json
sc, th, name, seed = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
os.environ['QT_QPA_PLATFORM'] = 'offscreen'; os.environ['QT_SCALE_FACTOR'] = str(sc)
sys.path.insert(0, os.path.dirname(__file__))
from ids import Gen
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import QRect, QPoint, Qt
app = QApplication([]); app.setStyle('Fusion')
if th == 'dark':
    p = QPalette()
    for role, c in [(QPalette.Window,'#2b2b2b'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1f1f1f'),(QPalette.AlternateBase,'#262626'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#353535'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#2a82da'),(QPalette.HighlightedText,'#ffffff')]:
        p.setColor(role, QColor(c))
    app.setPalette(p)
app.setFont(QFont('Liberation Sans', 9))
g = Gen(seed); items = []
def add(w, rect, val, kind, role='id'):
    tl = w.mapTo(win, rect.topLeft())
    items.append(dict(kind=kind, role=role, value=val, boxes=[[tl.x()*sc, tl.y()*sc, (tl.x()+rect.width())*sc, (tl.y()+rect.height())*sc]]))
win = QWidget(); win.resize(1100, 640); lay = QVBoxLayout(win)
site_core = g.core(); site_name = g.name()
gb = QGroupBox(f"Site {site_core} — {site_name}"); lay.addWidget(gb); gl = QVBoxLayout(gb)
pb = QProgressBar(); pb.setRange(0, 100); pb.setValue(47); up_core = g.core(); up_flow = g.flow()
pb.setFormat(f"Uploading {up_flow} for {up_core}  %p%"); pb.setTextVisible(True); pb.setAlignment(Qt.AlignCenter); gl.addWidget(pb)
tbl = QTableWidget(12, 5); tbl.setHorizontalHeaderLabels(['Meter serial', 'Customer', 'Postcode', 'Status', 'Last flow'])
rowvals = []
for r in range(12):
    c = g.core(); rowvals.append(c)
    vals = [g.eserial() if r % 4 else g.gserial(), g.name(), g.postcode(), g.r.choice(['Energised', 'De-energised', 'Awaiting D0150', 'Commissioned']), g.flow() + ' ' + g.ts()[:10]]
    for k, v in enumerate(vals): tbl.setItem(r, k, QTableWidgetItem(v))
tbl.setVerticalHeaderLabels(rowvals); tbl.resizeColumnsToContents(); tbl.verticalHeader().setDefaultSectionSize(22)
gl.addWidget(tbl)
gb2 = QGroupBox(f"Comms hub {g.eui('-')}"); lay.addWidget(gb2); h2 = QHBoxLayout(gb2)
lab = QLabel(f"Test {g.testref()} · {g.version()} · {g.ticket()}"); h2.addWidget(lab)
win.show(); app.processEvents()
st = win.style()
def gb_title(box, kind_parts):
    opt = QStyleOptionGroupBox(); box.initStyleOption(opt)
    r = st.subControlRect(QStyle.CC_GroupBox, opt, QStyle.SC_GroupBoxLabel, box)
    return r
r = gb_title(gb, None); fm = gb.fontMetrics()
pre = fm.horizontalAdvance('Site '); wc = fm.horizontalAdvance(site_core); wdash = fm.horizontalAdvance(f"Site {site_core} — ")
add(gb, QRect(r.x()+pre, r.y(), wc, r.height()), site_core, 'mpan_core')
add(gb, QRect(r.x()+wdash, r.y(), fm.horizontalAdvance(site_name), r.height()), site_name, 'name')
r2 = gb_title(gb2, None); eui = gb2.title().split(' ', 2)[2]; pre2 = fm.horizontalAdvance('Comms hub ')
add(gb2, QRect(r2.x()+pre2, r2.y(), fm.horizontalAdvance(eui), r2.height()), eui, 'eui64')
add(pb, pb.rect(), up_core, 'mpan_core'); add(pb, pb.rect(), up_flow, 'flow', 'keep')
vh = tbl.verticalHeader(); hh = tbl.horizontalHeader()
kinds = [('serial', 'id'), ('name', 'id'), ('postcode', 'id'), ('status', 'keep'), ('flowts', 'keep')]
for rr in range(12):
    y = vh.sectionViewportPosition(rr); hgt = vh.sectionSize(rr)
    if y + hgt > vh.viewport().height(): continue
    add(vh.viewport(), QRect(0, y, vh.width(), hgt), rowvals[rr], 'mpan_core')
    for k in range(5):
        rect = tbl.visualItemRect(tbl.item(rr, k))
        if rect.right() > tbl.viewport().width(): continue
        kd, role = kinds[k]; v = tbl.item(rr, k).text()
        if kd == 'serial': kd = 'serial_g' if v.startswith('E6S') else 'serial_e'
        if kd == 'flowts':
            f, d = v.split(' '); add(tbl.viewport(), rect, f, 'flow', 'keep'); add(tbl.viewport(), rect, d, 'date', 'keep'); continue
        add(tbl.viewport(), rect, v, kd, role)
for part, kd in zip(lab.text().split(' · '), ['testref', 'version', 'ticket']):
    add(lab, lab.rect(), part.replace('Test ', ''), kd, 'keep')
pm = win.grab(); pm.save(f'/tmp/ho55/screens/corpus/{name}.png')
json.dump(dict(image=f'{name}.png', toolkit='pyside6', design='qt_rowheaders', scale=sc, theme=th, items=items), open(f'/tmp/ho55/screens/truth/{name}.json', 'w'), indent=0)
print(name, len(items), pm.width(), pm.height())
