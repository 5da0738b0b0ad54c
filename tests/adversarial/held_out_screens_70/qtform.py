"""PySide6 widgets on the offscreen platform. argv: item scale dark(0/1) [jpg]"""
import sys, os
item, sc, dark = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
os.environ['QT_QPA_PLATFORM'] = 'offscreen'; os.environ['QT_SCALE_FACTOR'] = sc
from common import *
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import QPoint, Qt
rng.seed(hash(item) % 100000 + 77)
app = QApplication([]); app.setStyle('Fusion'); app.setFont(QFont('DejaVu Sans', 10))
if dark:
    pal = QPalette()
    for r, c in [(QPalette.Window, '#2d2f33'), (QPalette.WindowText, '#e6e6e6'), (QPalette.Base, '#1e1f22'), (QPalette.Text, '#f0f0f0'),
                 (QPalette.Button, '#3a3c40'), (QPalette.ButtonText, '#eee'), (QPalette.AlternateBase, '#26282b'), (QPalette.Highlight, '#2f65ca')]:
        pal.setColor(r, QColor(c))
    app.setPalette(pal)
w = QWidget(); w.setWindowTitle('Meter Exchange'); lay = QHBoxLayout(w)
left = QGroupBox('Site'); fl = QFormLayout(left); reg = []
def field(label, kind, value, shown=None, form='', keep_label=True):
    le = QLineEdit(shown if shown is not None else value); le.setMinimumWidth(230)
    lab = QLabel(label); fl.addRow(lab, le); reg.append((le, kind, value, form, False)); reg.append((lab, 'label', label, '', True))
core = mpan(); gas = mprn(); d = eui(); s = esn(); nm = name(); st, town, pc = address()
field('MPAN core', 'mpan', core, form='QLineEdit')
field('MPRN', 'mprn', gas, form='QLineEdit')
field('CHF device ID', 'eui64', d, eui_fmt(d, 'dot4'), form='dot4 lower')
field('Meter serial', 'serial', s, ' '.join(s.lower()), form='lower, spaced per char')
field('Customer', 'name', nm)
field('Postcode', 'postcode', pc)
ref = keep_ref('WO-'); field('Work order', 'keep', ref); reg[-2] = (reg[-2][0], 'keep', ref, '', True)
lay.addWidget(left)
tbl = QTableWidget(6, 3); tbl.setHorizontalHeaderLabels(['Register', 'Reading', 'Date']); tbl.verticalHeader().setVisible(False)
cells = []
for r in range(6):
    vals = [('keep', ['Day', 'Night', 'Peak', 'Export', 'Total', 'Debt'][r]), ('keep', '%05d.%d' % (rng.randint(0, 99999), rng.randint(0, 9))), ('keep', '%02d/12/2026' % (r + 1))]
    if r == 4: vals[1] = ('eui64', eui())
    for c, (k, v) in enumerate(vals):
        tbl.setItem(r, c, QTableWidgetItem(eui_fmt(v, 'space') if k == 'eui64' else v)); cells.append((r, c, k, v))
tbl.resizeColumnsToContents(); tbl.setMinimumWidth(380); lay.addWidget(tbl)
w.resize(820, 300); w.show(); app.processEvents()
pm = w.grab(); img = pm.toImage(); dpr = pm.devicePixelRatio()
fn = item + '.png'; tmp = ROOT + '/work/' + fn; img.save(tmp)
t = Truth(item, fn, 'PySide6 Fusion offscreen', 'Qt form QT_SCALE_FACTOR=%s %s' % (sc, 'dark' if dark else 'light'))
for wid, kind, value, form, keep in reg:
    p0 = wid.mapTo(w, QPoint(0, 0)); b = [p0.x(), p0.y(), p0.x() + wid.width(), p0.y() + wid.height()]
    t.add(kind, value, [[v * dpr for v in b]], form=form, keep=keep)
for r, c, k, v in cells:
    rc = tbl.visualItemRect(tbl.item(r, c)); p0 = tbl.viewport().mapTo(w, rc.topLeft())
    b = [p0.x(), p0.y(), p0.x() + rc.width(), p0.y() + rc.height()]
    t.add(k, v, [[x * dpr for x in b]], form='table cell spaced', keep=(k == 'keep'))
im = Image.open(tmp).convert('RGB')
if len(sys.argv) > 4:
    f = 0.75; im = im.resize((round(im.width * f), round(im.height * f)), Image.LANCZOS); tr_scale(t, f)
    fn = item + '.jpg'; t.d['file'] = fn; im.save(CORPUS + '/' + fn, quality=35)
else:
    im.save(CORPUS + '/' + fn)
t.d['size'] = list(im.size); t.save(); print(item, im.size, len(t.d['ids']))
