"""PySide6 (offscreen) screens. Boxes from Qt geometry (tabRect, header sections, visualRect, cursorRect) x DPR."""
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
name, design, scale, theme, seed = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
os.environ["QT_SCALE_FACTOR"] = scale
from PySide6.QtWidgets import (QApplication, QTabWidget, QTableWidget, QTableWidgetItem, QWidget, QVBoxLayout, QTextBrowser,
                               QLabel, QStyleFactory)
from PySide6.QtGui import QPalette, QColor, QFont, QTextCursor
from PySide6.QtCore import QPoint, QRect
from ids import Gen

app = QApplication([])
app.setStyle(QStyleFactory.create("Fusion"))
app.setFont(QFont("DejaVu Sans", 10))
if theme == "dark":
    pal = QPalette()
    for role, c in [(QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e0e0e0"), (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#262626"),
                    (QPalette.Text, "#e0e0e0"), (QPalette.Button, "#3a3a3a"), (QPalette.ButtonText, "#e0e0e0"), (QPalette.Highlight, "#2d5c8a"),
                    (QPalette.HighlightedText, "#ffffff")]:
        pal.setColor(role, QColor(c))
    app.setPalette(pal)
g = Gen(seed)
items = []


def add(role, kind, value, surface, rect, top):
    tl = rect.topLeft() if isinstance(rect, QRect) else rect
    items.append({"r": role, "k": kind, "v": value, "s": surface, "qrect": (rect, top)})


def tabs_design():
    win = QTabWidget(); win.setTabPosition(QTabWidget.West); win.resize(1180, 760)
    labels = []
    for i in range(6):
        nm = g.name(); m = g.mpan()
        labels.append((nm, m))
        page = QWidget(); lay = QVBoxLayout(page)
        t = QTableWidget(14, 5); lay.addWidget(t)
        t.setHorizontalHeaderLabels(["Postcode", "Flow", "Received", "Reading", "Serial"])
        rows = []
        for r in range(14):
            mm = g.mpan(); rows.append(mm)
            vals = [("id", "postcode", g.postcode()), ("keep",) + g.keep(), ("keep",) + g.keep(), ("keep",) + g.keep(), ("id", "eserial", g.eserial())]
            for c, v in enumerate(vals):
                t.setItem(r, c, QTableWidgetItem(v[2]))
            t.setVerticalHeaderItem(r, QTableWidgetItem(mm))
            t._vals = getattr(t, "_vals", []) + [(r, vals)]
        t.resizeColumnsToContents(); t.verticalHeader().setMinimumWidth(10)
        page._t = t; page._rows = rows
        win.addTab(page, "%s · %s" % (nm, m))
    win.show(); app.processEvents()
    win.setCurrentIndex(2); app.processEvents()
    bar = win.tabBar()
    for i, (nm, m) in enumerate(labels):
        r = bar.tabRect(i); p = bar.mapTo(win, r.topLeft())
        items.append({"r": "id", "k": "mpan", "v": m, "s": m, "box": [p.x(), p.y(), r.width(), r.height()], "note": "west tab, shares box with name"})
        items.append({"r": "id", "k": "name", "v": nm, "s": nm, "box": [p.x(), p.y(), r.width(), r.height()], "note": "west tab, shares box with mpan"})
    page = win.currentWidget(); t = page._t; vh = t.verticalHeader()
    for r, mm in enumerate(page._rows):
        y = vh.sectionViewportPosition(r); h = vh.sectionSize(r)
        p = vh.viewport().mapTo(win, QPoint(0, y))
        if p.y() + h < win.height() - 4:
            items.append({"r": "id", "k": "mpan", "v": mm, "s": mm, "box": [p.x(), p.y(), vh.width(), h]})
    for r, vals in t._vals:
        for c, v in enumerate(vals):
            vr = t.visualRect(t.model().index(r, c)); p = t.viewport().mapTo(win, vr.topLeft())
            if p.y() + vr.height() < win.height() - 4:
                items.append({"r": v[0], "k": v[1], "v": v[2], "s": v[2], "box": [p.x(), p.y(), vr.width(), vr.height()]})
    return win


def rich_design():
    win = QWidget(); win.resize(1100, 820); lay = QVBoxLayout(win)
    lab = QLabel("Mail — re: switch failure"); lay.addWidget(lab)
    tb = QTextBrowser(); lay.addWidget(tb)
    segs = []  # (text, role, kind, value)

    def P(txt): segs.append((txt, None, None, None))

    def I(kind, v, s=None): segs.append((s or v, "id", kind, v))

    def K(): kd, v = g.keep(); segs.append((v, "keep", kd, v))
    for blk in range(6):
        nm = g.name(); m = g.mpan(); pc, mtc, ll = g.top()
        P("From: "); I("name", nm); P(" <"); I("email", g.email(nm)); P(">  sent "); K(); P("\n")
        P("Hi team, ticket "); K(); P(" for "); I("address", g.address()); P(", "); I("postcode", g.postcode()); P(". The supply ")
        I("mpan", m, "%s %s %s" % (m[:2], m[2:12], m[12])); P(" (top line "); I("mpan_top", pc + mtc + ll, "%s %s %s" % (pc, mtc, ll)); P(") failed ")
        K(); P(" at "); K(); P("; gas "); I("mprn", g.mprn()); P(", meter "); I("gserial", g.gserial()); P(", hub "); I("eui64", g.eui("-")); P(". Call ")
        I("phone", g.phone()); P(". Account "); I("account", g.account()); P(". Status "); K(); P(", version "); K(); P(".\n\n")
    tb.setPlainText("".join(s[0] for s in segs))
    f = tb.font(); f.setPointSize(11); tb.setFont(f)
    win.show(); app.processEvents()
    pos = 0
    for txt, role, kind, v in segs:
        if role:
            rects = {}
            for q in range(pos, pos + len(txt) + 1):
                c = tb.textCursor(); c.setPosition(q); cr = tb.cursorRect(c)
                rects.setdefault(cr.y(), []).append(cr)
            boxes = []
            for y, rs in sorted(rects.items()):
                x0 = min(r.x() for r in rs); x1 = max(r.x() for r in rs)
                p = tb.viewport().mapTo(win, QPoint(x0, y))
                if x1 > x0 and p.y() + rs[0].height() < win.height() - 8:
                    boxes.append([p.x(), p.y(), x1 - x0, rs[0].height()])
            if boxes:
                items.append({"r": role, "k": kind, "v": v, "s": txt, "boxes": boxes})
        pos += len(txt)
    return win


win = {"tabs": tabs_design, "rich": rich_design}[design]()
app.processEvents()
pm = win.grab(); dpr = pm.devicePixelRatio()
os.makedirs("corpus", exist_ok=True)
pm.save("corpus/%s.png" % name)
out = []
for i, it in enumerate(items):
    bxs = it.pop("boxes", None) or [it.pop("box")]
    it.pop("qrect", None)
    it["i"] = i + 1
    it["boxes"] = [[round(c * dpr, 1) for c in b] for b in bxs]
    out.append(it)
json.dump({"image": name + ".png", "toolkit": "pyside6", "scale": float(scale), "theme": theme, "items": out}, open("corpus/%s.json" % name, "w"), indent=0)
print(name, len(out), pm.width(), pm.height(), dpr)
