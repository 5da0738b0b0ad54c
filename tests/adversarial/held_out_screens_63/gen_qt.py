import sys, os
sys.path.insert(0, os.path.dirname(__file__))
FN, scale, theme, variant, seed = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
os.environ['QT_QPA_PLATFORM'] = 'offscreen'; os.environ['QT_SCALE_FACTOR'] = str(scale)
import common
common.rng.seed(seed)
from common import *
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
app = QApplication([])
app.setStyle('Fusion')
if theme == 'dark':
    p = QPalette(); p.setColor(QPalette.Window, QColor(37, 40, 46)); p.setColor(QPalette.WindowText, QColor(225, 228, 232)); p.setColor(QPalette.Base, QColor(28, 30, 34)); p.setColor(QPalette.Text, QColor(230, 232, 235)); p.setColor(QPalette.Button, QColor(50, 54, 60)); p.setColor(QPalette.ButtonText, QColor(225, 228, 232)); p.setColor(QPalette.AlternateBase, QColor(44, 47, 53))
    app.setPalette(p)
f = QFont('Liberation Sans', 10); app.setFont(f)
win = QWidget(); win.setWindowTitle('x')
t = Truth(FN + '.png', 'pyside6', variant, scale, theme)
reg = []  # (kind, value, form, widget or callable)
def box_of(w, rect=None):
    if rect is None: rect = w.rect()
    tl = w.mapTo(win, rect.topLeft()); return [tl.x()*scale, tl.y()*scale, (tl.x()+rect.width())*scale, (tl.y()+rect.height())*scale]
keeps = []
def KL(text, kind='label'):
    l = QLabel(text); keeps.append((text, kind, l)); return l

if variant == 'scheduler':
    win.resize(940, 560)
    lay = QVBoxLayout(win)
    hdr = KL('Meter Exchange Scheduler — Job MX-%05d' % rng.randint(0, 99999), 'ref'); hdr.setStyleSheet('font-size:15px;font-weight:bold'); lay.addWidget(hdr)
    top = QHBoxLayout(); lay.addLayout(top)
    g1 = QGroupBox('Electricity'); top.addWidget(g1); v1 = QVBoxLayout(g1)
    fr = QFrame(); fr.setFrameShape(QFrame.Box); fr.setLineWidth(2); gl = QGridLayout(fr)
    pc, mtc, llf, core = mpan_full(); gg = sgroups(core)
    sl = QLabel('S'); sl.setStyleSheet('font-size:34px;font-weight:bold;font-family:"Liberation Serif"'); gl.addWidget(sl, 0, 0, 2, 1)
    l1 = QLabel('%s   %s   %s' % (pc, mtc, llf)); l2 = QLabel('%s   %s   %s   %s' % gg)
    for l in (l1, l2): l.setFont(QFont('DejaVu Sans Mono', 11))
    gl.addWidget(l1, 0, 1); gl.addWidget(l2, 1, 1)
    v1.addWidget(KL('Supply number')); v1.addWidget(fr, 0, Qt.AlignLeft)
    reg.append(('mpan', pc+mtc+llf+core, 'Qt S box (QFrame grid)', [l1, l2]))
    fl = QFormLayout(); v1.addLayout(fl)
    ser = serial_elec(); e = QLineEdit(ser); fl.addRow(KL('Meter serial'), e); reg.append(('serial', ser, 'QLineEdit', [e]))
    eu = eui64(); eud = eu.replace('-', '.'); le = QLabel(eud); fl.addRow(KL('IHD device'), le); reg.append(('eui64', eu, 'dotted device id QLabel', [le]))
    g2 = QGroupBox('Gas'); top.addWidget(g2); f2 = QFormLayout(g2)
    m1 = mprn(); e1 = QLineEdit(m1); f2.addRow(KL('MPRN'), e1); reg.append(('mprn', m1, 'QLineEdit labelled MPRN', [e1]))
    m2 = mprn(); e2 = QLineEdit(m2); e2.setReadOnly(True); f2.addRow(KL('Gas supply point'), e2); reg.append(('mprn', m2, 'read-only QLineEdit labelled Gas supply point', [e2]))
    nm = name(); e3 = QLineEdit(nm); f2.addRow(KL('Contact'), e3); reg.append(('name', nm, 'QLineEdit', [e3]))
    ph = phone(); e4 = QLineEdit(ph); f2.addRow(KL('Phone'), e4); reg.append(('phone', ph, 'QLineEdit', [e4]))
    tw = QTableWidget(4, 4); tw.setHorizontalHeaderLabels(['Slot', 'Old meter', 'New meter', 'Status']); lay.addWidget(tw)
    tw.verticalHeader().setVisible(False); tw.setColumnWidth(1, 220); tw.setColumnWidth(2, 220); tw.setColumnWidth(0, 150)
    cell_items = []
    for r in range(4):
        s1 = serial_elec(); s2 = serial_gas()
        d1 = s1.lower() if r % 2 == 0 else ' '.join([s1[:3], s1[3:6], s1[6:]])
        d2 = ' '.join([s2[i:i+4] for i in range(0, len(s2), 4)]) if r % 2 == 0 else s2.lower()
        slot = '%02d/12/2026 %02d:00' % (rng.randint(1, 28), rng.randint(8, 17))
        it0 = QTableWidgetItem(slot); it1 = QTableWidgetItem(d1); it2 = QTableWidgetItem(d2); it3 = QTableWidgetItem(rng.choice(['Booked', 'Tentative', 'Cancelled']))
        for c, it in enumerate([it0, it1, it2, it3]): tw.setItem(r, c, it)
        cell_items.append(('serial', s1, 'table cell ' + ('lower-case' if r % 2 == 0 else 'spaced'), it1)); cell_items.append(('serial', s2, 'table cell ' + ('spaced 4s' if r % 2 == 0 else 'lower-case'), it2))
        keeps.append((slot, 'date', it0)); keeps.append((it3.text(), 'label', it3))
    ft = KL('Last sync 14:32:07  •  Build 3.18.2', 'version'); lay.addWidget(ft)
elif variant == 'logviewer':
    win.resize(820, 520)
    lay = QHBoxLayout(win)
    tree = QTreeWidget(); tree.setHeaderLabels(['Message', 'Flow']); tree.setColumnWidth(0, 170); lay.addWidget(tree, 1)
    for i in range(8):
        mid = 'MSG-%06d' % rng.randint(0, 999999); fl = rng.choice(['D0010', 'D0150', 'D0086', 'D0149'])
        it = QTreeWidgetItem([mid, fl]); tree.addTopLevelItem(it); keeps.append((mid, 'msgid', (tree, it, 0))); keeps.append((fl, 'flow', (tree, it, 1)))
    pe = QPlainTextEdit(); pe.setFont(QFont('DejaVu Sans Mono', 10)); pe.setWordWrapMode(QTextOption.WrapAnywhere); pe.setFixedWidth(330); lay.addWidget(pe)
    txt = ''; spans = []
    for i in range(4):
        core = mpan_core(); pre = '09:1%d:2%d INFO D0010 %s mpan_core=' % (i, i, 'x'*(i*2))
        start = len(txt) + len(pre); txt += pre + core + ' reads=2\n'; spans.append(('mpan', core, 'log line wrapped anywhere in QPlainTextEdit', start, len(core)))
    nm = name(); pre = 'note: contact '; start = len(txt) + len(pre); txt += pre + nm + ' at '; spans.append(('name', nm, 'log text', start, len(nm)))
    em = email(); start = len(txt); txt += em + '\n'; spans.append(('email', em, 'log text', start, len(em)))
    pe.setPlainText(txt)
else:  # dialog
    win.resize(460, 230)
    lay = QVBoxLayout(win)
    lay.addWidget(KL('Confirm change of supplier'))
    core = mpan_core(); l = QLabel('MPAN ' + core[:2] + ' ' + core[2:6] + ' ' + core[6:10] + ' ' + core[10:]); lay.addWidget(l); reg.append(('mpan', core, 'dialog label groups 2-4-4-3', [l]))
    pcd = postcode(); ad = address(); l2 = QLabel(ad + '\n' + pcd); lay.addWidget(l2); reg.append(('address', ad, 'dialog two-line label', [l2])); reg.append(('postcode', pcd, 'dialog two-line label', [l2]))
    bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel); lay.addWidget(bb)
    keeps.append(('OK', 'label', bb.button(QDialogButtonBox.Ok))); keeps.append(('Cancel', 'label', bb.button(QDialogButtonBox.Cancel)))
win.show(); app.processEvents(); QTest = None
pm = win.grab(); app.processEvents(); pm = win.grab()
img = pm.toImage(); img.save(os.path.join(CORPUS, FN + '.png'))
W = img.width()
for kind, value, form, ws in reg:
    if len(ws) == 1 and isinstance(ws[0], QLabel) and '\n' in ws[0].text():
        w = ws[0]; fm = w.fontMetrics(); lines = w.text().split('\n'); cr = w.contentsRect(); y0 = cr.top() + (cr.height() - fm.height()*len(lines))//2
        i = 0 if kind == 'address' else 1
        r = QRect(cr.left(), y0 + i*fm.height(), fm.horizontalAdvance(lines[i]) + 2, fm.height()); t.item(kind, value, form, [box_of(w, r)])
    else:
        t.item(kind, value, form, [box_of(w) for w in ws])
if variant == 'scheduler':
    for kind, value, form, it in cell_items:
        r = tw.visualItemRect(it); t.item(kind, value, form, [box_of(tw.viewport(), r)])
if variant == 'logviewer':
    for kind, value, form, start, n in spans:
        lines = {}
        for k in range(start, start + n):
            c = pe.textCursor(); c.setPosition(k); r = pe.cursorRect(c)
            lines.setdefault(r.top(), []).append(r)
        boxes = []
        for top_, rs in sorted(lines.items()):
            x0 = min(r.left() for r in rs); x1 = max(r.left() for r in rs) + pe.fontMetrics().horizontalAdvance('0'); b = rs[0].bottom()
            boxes.append(box_of(pe.viewport(), QRect(x0, top_, x1 - x0, b - top_ + 1)))
        t.item(kind, value, form, boxes)
for text, kind, w in keeps:
    if isinstance(w, QTableWidgetItem): t.keep(text, box_of(tw.viewport(), tw.visualItemRect(w)), kind=kind)
    elif isinstance(w, tuple): tr, it, col = w; t.keep(text, box_of(tr.viewport(), tr.visualItemRect(it).intersected(QRect(tr.header().sectionPosition(col), 0, tr.header().sectionSize(col), 10000))), kind=kind)
    else: t.keep(text, box_of(w), kind=kind)
t.save(); print(FN, img.width(), img.height(), len(t.d['items']), len(t.d['keeps']))
