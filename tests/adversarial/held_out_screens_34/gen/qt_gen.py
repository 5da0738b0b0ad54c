import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common as C
SCALE = float(os.environ.get("QT_SCALE_FACTOR", "1"))
SEED = int(sys.argv[1]); C.R.seed(SEED)
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont, QFontMetrics
from PySide6.QtCore import Qt, QPoint, QRect
app = QApplication(sys.argv)
app.setStyle("Fusion")
app.setFont(QFont("DejaVu Sans", 10))

def set_theme(dark):
    p = QPalette()
    if dark:
        for role, c in [(QPalette.Window, "#2b2f33"), (QPalette.WindowText, "#e6e6e6"), (QPalette.Base, "#1e2124"), (QPalette.Text, "#e6e6e6"),
                        (QPalette.Button, "#3a3f44"), (QPalette.ButtonText, "#e6e6e6"), (QPalette.AlternateBase, "#26292d"), (QPalette.Highlight, "#3d6fa8")]:
            p.setColor(role, QColor(c))
    else:
        p = app.style().standardPalette()
    app.setPalette(p)

class Rec:
    def __init__(self, win): self.win = win; self.sec = []; self.keep = []
    def rect_of(self, w, text, align_right=False):
        fm = QFontMetrics(w.font())
        tl = w.mapTo(self.win, QPoint(0, 0)); cr = w.contentsRect()
        adv = fm.horizontalAdvance(text); hh = fm.height()
        if isinstance(w, QLineEdit):
            x = tl.x() + cr.left() + 1
        elif isinstance(w, QPushButton):
            x = tl.x() + (w.width() - adv) // 2
        else:
            x = tl.x() + cr.left() + (w.indent() if isinstance(w, QLabel) and w.indent() > 0 else 0)
            if isinstance(w, QLabel) and (w.alignment() & Qt.AlignHCenter): x = tl.x() + (w.width() - adv) // 2
            if isinstance(w, QLabel): x += w.margin()
        y = tl.y() + (w.height() - hh) // 2
        return [x, y, x + adv, y + hh]
    def s(self, w, text, kind): self.sec.append((w, text, kind, None))
    def k(self, w, text): self.keep.append((w, text, None))
    def s_rect(self, r, text, kind): self.sec.append((None, text, kind, r))
    def k_rect(self, r, text): self.keep.append((None, text, r))
    def save(self, fname, case, dark):
        app.processEvents()
        pm = self.win.grab(); dpr = pm.devicePixelRatio()
        img = pm.toImage(); out = os.path.join(C.OUT, fname); img.save(out)
        def sc(b): return [round(v * dpr) for v in b]
        secrets = [{"text": t, "kind": k, "box": sc(r if r else self.rect_of(w, t))} for w, t, k, r in self.sec]
        keeps = [{"text": t, "box": sc(r if r else self.rect_of(w, t))} for w, t, r in self.keep]
        C.save_entry(fname, {"toolkit": "qt", "case": case, "scale": SCALE, "theme": "dark" if dark else "light",
                             "size": [img.width(), img.height()], "secrets": secrets, "keeps": keeps})
        print("ok", fname, img.width(), img.height(), len(secrets), len(keeps))

def lab(t, rec=None, keep=True, **kw):
    l = QLabel(t)
    if rec and keep: rec.k(l, t)
    return l

def form(dark, fname):
    set_theme(dark)
    w = QWidget(); w.setWindowTitle("Customer"); rec = Rec(w); v = QVBoxLayout(w)
    title = QLabel("Customer record"); f = title.font(); f.setPointSize(13); f.setBold(True); title.setFont(f); v.addWidget(title); rec.k(title, "Customer record")
    fl = QFormLayout(); fl.setLabelAlignment(Qt.AlignLeft | Qt.AlignVCenter); v.addLayout(fl)
    n = C.name()
    rows = [("Full name", n, "name"), ("Address line 1", C.street(), "address"), ("Postcode", C.postcode(), "postcode"),
            ("Telephone", C.phone(), "phone"), ("Email", C.email(n), "email"),
            ("MPAN core", C.mpan_core(), "mpan_core"), ("MPRN", C.mprn(), "mprn"), ("Gas supply point", C.mprn(), "mprn"),
            ("Electricity meter serial", C.elec_serial(), "meter_serial"), ("Gas meter serial", C.gas_serial().lower(), "meter_serial"),
            ("Comms hub GUID", C.eui_fmt(C.eui(), "."), "device_id")]
    for labtxt, val, kind in rows:
        l = QLabel(labtxt); rec.k(l, labtxt); e = QLineEdit(val); e.setMinimumWidth(260); e.setCursorPosition(0); fl.addRow(l, e); rec.s(e, val, kind)
    for labtxt, val in [("Test case", "TC_UIT_0193"), ("Flow", "IF-021"), ("Status", "Awaiting response"), ("Submitted", "2026-11-29 13:05:44")]:
        l = QLabel(labtxt); rec.k(l, labtxt); e = QLineEdit(val); e.setCursorPosition(0); fl.addRow(l, e); rec.k(e, val)
    hb = QHBoxLayout(); v.addLayout(hb)
    for t in ["Save", "Cancel", "Raise defect"]:
        b = QPushButton(t); hb.addWidget(b); rec.k(b, t)
    w.resize(560, 10); w.show(); app.processEvents(); w.adjustSize(); app.processEvents()
    rec.save(fname, "qt_form_mprn_labelled", dark)

def table(dark, fname):
    set_theme(dark)
    w = QWidget(); rec = Rec(w); v = QVBoxLayout(w)
    t0 = QLabel("Meter register — SIT-B"); v.addWidget(t0); rec.k(t0, t0.text())
    cols = ["Flow", "MPAN", "Meter serial", "Device ID", "Status", "Received", "Test case"]
    tw = QTableWidget(12, len(cols)); tw.setHorizontalHeaderLabels(cols); tw.verticalHeader().setVisible(False); v.addWidget(tw)
    cells = []
    for r in range(12):
        core = C.mpan_core()
        vals = [(R.choice(["IF-021", "IF-031", "PUB-011"]), None), (core if r % 2 else C.fmt_core(core), "mpan_core"),
                (C.elec_serial() if r % 3 else C.gas_serial(), "meter_serial"), (C.eui_fmt(C.eui(), "-" if r % 2 else ""), "device_id"),
                (R.choice(["Accepted", "Rejected", "Pending"]), None), ("2026-11-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), None),
                ("TC_SIT_%03d" % R.randint(1, 300), None)]
        for c, (val, kind) in enumerate(vals):
            tw.setItem(r, c, QTableWidgetItem(val)); cells.append((r, c, val, kind))
    tw.resizeColumnsToContents(); tw.resizeRowsToContents()
    total_w = sum(tw.columnWidth(c) for c in range(len(cols))) + 4
    total_h = sum(tw.rowHeight(r) for r in range(12)) + tw.horizontalHeader().height() + 4
    tw.setFixedSize(total_w, total_h)
    w.show(); app.processEvents(); w.adjustSize(); app.processEvents()
    fm = QFontMetrics(tw.font())
    for r, c, val, kind in cells:
        vr = tw.visualItemRect(tw.item(r, c)); tl = tw.viewport().mapTo(w, vr.topLeft())
        x = tl.x() + 3; y = tl.y() + (vr.height() - fm.height()) // 2
        box = [x, y, x + fm.horizontalAdvance(val) + 1, y + fm.height()]
        (rec.s_rect(box, val, kind) if kind else rec.k_rect(box, val))
    rec.save(fname, "qt_table_dense", dark)

def dialog(dark, fname):
    set_theme(dark)
    w = QDialog(); rec = Rec(w); v = QVBoxLayout(w)
    dev = C.eui_fmt(C.eui()); mp = C.mprn(); core = C.mpan_core()
    q = QLabel("Commission this device?"); v.addWidget(q); rec.k(q, q.text())
    g = QGridLayout(); v.addLayout(g)
    for i, (lt, val, kind) in enumerate([("Device", dev, "device_id"), ("Gas supply point", mp, "mprn"), ("Linked MPAN", C.fmt_core(core), "mpan_core"), ("Install ref", "JOB-4471-B", None), ("Window", "2026-12-02 08:00–12:00", None)]):
        a = QLabel(lt); b = QLabel(val); g.addWidget(a, i, 0); g.addWidget(b, i, 1); rec.k(a, lt)
        rec.s(b, val, kind) if kind else rec.k(b, val)
    bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel); v.addWidget(bb)
    w.setWindowTitle("Confirm"); w.show(); app.processEvents(); w.adjustSize(); app.processEvents()
    for b in bb.buttons(): rec.k(b, b.text().replace("&", ""))
    rec.save(fname, "qt_dialog", dark)

def sbox(dark, fname, pt, with_s):
    set_theme(dark)
    w = QWidget(); rec = Rec(w); v = QVBoxLayout(w)
    hd = QLabel("Your electricity supply number"); v.addWidget(hd); rec.k(hd, hd.text())
    fr = QFrame(); fr.setFrameShape(QFrame.Box); fr.setLineWidth(2); g = QGridLayout(fr); g.setSpacing(0); v.addWidget(fr)
    pc, mtc, llf = C.mpan_top(); core = C.mpan_core()
    f = QFont("DejaVu Sans Mono", pt)
    top_lbls = []; core_lbls = []
    off = 0
    if with_s:
        s = QLabel("S"); fs = QFont("DejaVu Sans", int(pt * 2.2)); fs.setBold(True); s.setFont(fs); s.setContentsMargins(8, 0, 8, 0); g.addWidget(s, 0, 0, 2, 1); off = 1
    for i, t in enumerate([pc, mtc, llf]):
        l = QLabel(t); l.setFont(f); l.setFrameShape(QFrame.Box); l.setAlignment(Qt.AlignCenter); l.setContentsMargins(6, 2, 6, 2); g.addWidget(l, 0, off + i, 1, 2 if i == 2 else 1); top_lbls.append((l, t))
    for i, t in enumerate([core[:2], core[2:6], core[6:10], core[10:]]):
        l = QLabel(t); l.setFont(f); l.setFrameShape(QFrame.Box); l.setAlignment(Qt.AlignCenter); l.setContentsMargins(6, 2, 6, 2); g.addWidget(l, 1, off + i); core_lbls.append((l, t))
    ft = QLabel("Tariff: Economy 7 · Meter type: Smart (SMETS2)"); v.addWidget(ft); rec.k(ft, ft.text())
    w.show(); app.processEvents(); w.adjustSize(); app.processEvents()
    def union(lst):
        bs = [rec.rect_of(l, t) for l, t in lst]
        return [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]
    rec.s_rect(union(top_lbls), f"{pc} {mtc} {llf}", "mpan_top"); rec.s_rect(union(core_lbls), C.fmt_core(core), "mpan_core")
    rec.save(fname, "qt_sbox", dark)

R = C.R
pct = int(round(SCALE * 100))
which = sys.argv[2:]
for job in which:
    kind, theme = job.split(":")
    dark = theme == "dark"
    fname = f"qt_{kind}_{pct}_{theme}.png"
    if kind == "form": form(dark, fname)
    elif kind == "table": table(dark, fname)
    elif kind == "dialog": dialog(dark, fname)
    elif kind.startswith("sbox"):
        pt = int(kind[4:6]); sbox(dark, fname, pt, kind.endswith("s"))
