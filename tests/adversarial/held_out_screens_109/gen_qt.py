"""PySide6 (offscreen) screens. Boxes = Qt geometry (widget/section/item rects) x device pixel ratio.
usage: venv/bin/python gen_qt.py OUTDIR   (re-executes itself once per variant so QT_SCALE_FACTOR applies)"""
import sys, os, json, subprocess
from ids import Vals, group, eui_fmt

VARIANTS = [("mask", 1.0, "light"), ("mask", 1.5, "dark"), ("pivot", 1.0, "light"), ("pivot", 2.0, "dark"),
            ("iconlist", 1.25, "light"), ("iconlist", 1.5, "dark")]


def child(out, design, scale, theme, seed):
    from PySide6.QtWidgets import (QApplication, QWidget, QFormLayout, QLineEdit, QLabel, QVBoxLayout, QTableWidget,
                                   QTableWidgetItem, QListWidget, QListWidgetItem, QListView, QHBoxLayout, QStyleFactory)
    from PySide6.QtGui import QPalette, QColor, QFont, QIcon, QPixmap
    from PySide6.QtCore import QPoint, QSize, Qt
    app = QApplication([])
    app.setStyle(QStyleFactory.create("Fusion"))
    if theme == "dark":
        pal = QPalette()
        for role, c in [(QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e8e8e8"), (QPalette.Base, "#1e1e1e"),
                        (QPalette.AlternateBase, "#2a2a2a"), (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#3a3a3a"),
                        (QPalette.ButtonText, "#e8e8e8"), (QPalette.Highlight, "#2f65ca"), (QPalette.HighlightedText, "#ffffff")]:
            pal.setColor(role, QColor(c))
        app.setPalette(pal)
    app.setFont(QFont("DejaVu Sans", 10))
    v = Vals(seed)
    items = []
    top = QWidget()
    dpr = None

    def rec(role, kind, value, surface, rect_fn):
        items.append({"role": role, "kind": kind, "value": value, "surface": surface, "rect_fn": rect_fn})

    if design == "mask":
        top.resize(760, 620)
        lay = QFormLayout(top)
        def field(label, role, kind, value, mask=None, shown=None):
            le = QLineEdit()
            if mask: le.setInputMask(mask)
            le.setText(value)
            lay.addRow(label, le)
            rec(role, kind, value, le.displayText(), lambda le=le: (le.mapTo(top, QPoint(0, 0)), le.size()))
        for i in range(4):
            field("MPAN core %d" % (i + 1), "id", "mpan", v.mpan(), "99 9999 9999 999;_")
        field("Supplementary", "id", "mpan_top", v.mpan_top(), "99 999 999;_")
        field("MPRN", "id", "mprn", v.mprn(10), "9999 999 999;_")
        field("Meter serial", "id", "serial", v.serial_e(), ">NNNNNNNNNN;_")
        field("Gas meter serial", "id", "serial", v.serial_g())
        e = v.eui64()
        field("Comms hub GUID", "id", "eui64", e, "HH-HH-HH-HH-HH-HH-HH-HH;_")
        nm = v.name()
        field("Occupier", "id", "name", nm)
        field("Postcode", "id", "postcode", v.postcode())
        field("Telephone", "id", "phone", v.phone())
        field("E-mail", "id", "email", v.email(nm))
        field("Test case", "keep", "tc", v.tc())
        field("Flow", "keep", "flow", v.flow())
        field("Correlation", "keep", "uuid", v.uuid())
        field("Received", "keep", "ts", v.ts())
        field("Ticket", "keep", "ticket", v.ticket())
        field("Notes", "keep", "word", "Mark as read")
    elif design == "pivot":
        top.resize(1180, 560)
        lay = QVBoxLayout(top)
        lab = QLabel("Half-hourly consumption by supply point")
        lay.addWidget(lab)
        tw = QTableWidget(12, 6)
        lay.addWidget(tw)
        heads = [v.mpan() for _ in range(6)]
        tw.setHorizontalHeaderLabels(heads)
        months = ["2026-%02d" % (m + 1) for m in range(12)]
        tw.setVerticalHeaderLabels(months)
        tw.resizeColumnsToContents()
        cells = []
        for r in range(12):
            for c in range(6):
                val = v.reading() if (r + c) % 3 else v.dip()
                tw.setItem(r, c, QTableWidgetItem(val))
                cells.append((r, c, val))
        tw.resizeColumnsToContents()
        top.show(); app.processEvents()
        hh, vh = tw.horizontalHeader(), tw.verticalHeader()
        for c, m in enumerate(heads):
            rec("id", "mpan", m, m, lambda c=c: (hh.mapTo(top, QPoint(hh.sectionViewportPosition(c), 0)), QSize(hh.sectionSize(c), hh.height())))
        for r, mo in enumerate(months):
            rec("keep", "date", mo, mo, lambda r=r: (vh.mapTo(top, QPoint(0, vh.sectionViewportPosition(r))), QSize(vh.width(), vh.sectionSize(r))))
        for r, c, val in cells:
            def fn(r=r, c=c):
                vr = tw.visualItemRect(tw.item(r, c))
                return tw.viewport().mapTo(top, vr.topLeft()), vr.size()
            rec("keep", "dip" if val.startswith("DIP") else "reading", val, val, fn)
    elif design == "iconlist":
        top.resize(980, 640)
        lay = QVBoxLayout(top)
        lw = QListWidget()
        lw.setViewMode(QListView.IconMode)
        lw.setWordWrap(True)
        lw.setGridSize(QSize(150, 120))
        lw.setIconSize(QSize(32, 32))
        lw.setResizeMode(QListView.Adjust)
        pm = QPixmap(32, 32); pm.fill(QColor("#5b8def"))
        lay.addWidget(lw)
        entries = []
        for i in range(24):
            k = i % 4
            if k == 0: val, kind, role = v.mpan(), "mpan", "id"
            elif k == 1: val, kind, role = v.mprn(10), "mprn", "id"
            elif k == 2: val, kind, role = v.tc(), "tc", "keep"
            else: val, kind, role = v.uuid()[:8] + ".png", "file", "keep"
            txt = "%s_%s.png" % (val, ["site", "gas", "evidence", "shot"][k]) if role == "id" else val
            it = QListWidgetItem(QIcon(pm), txt)
            lw.addItem(it)
            entries.append((it, role, kind, val, txt))
        top.show(); app.processEvents()
        for it, role, kind, val, txt in entries:
            def fn(it=it):
                vr = lw.visualItemRect(it)
                return lw.viewport().mapTo(top, vr.topLeft()), vr.size()
            rec(role, kind, val, txt, fn)
    top.show(); app.processEvents()
    pm = top.grab()
    dpr = pm.devicePixelRatio()
    name = "q_%s_%s_%d" % (design, theme, int(scale * 100))
    pm.save("%s/%s.png" % (out, name))
    real = []
    for n, it in enumerate(items):
        pt, sz = it["rect_fn"]()
        real.append({"id": "%s#%d" % (name, n), "role": it["role"], "kind": it["kind"], "value": it["value"], "surface": it["surface"],
                     "rects": [[round(pt.x() * dpr), round(pt.y() * dpr), round(sz.width() * dpr), round(sz.height() * dpr)]],
                     "ml": design == "iconlist"})
    json.dump({"image": name + ".png", "design": "qt_" + design, "toolkit": "pyside6", "scale": scale, "theme": theme, "dpr": dpr,
               "items": real}, open("%s/%s.json" % (out, name), "w"), indent=1, ensure_ascii=False)
    print(name, dpr, pm.width(), pm.height(), len(real))


if __name__ == "__main__":
    if len(sys.argv) > 2:
        child(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
    else:
        out = sys.argv[1]
        for i, (d, s, t) in enumerate(VARIANTS):
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(s))
            subprocess.run([sys.executable, __file__, out, d, str(s), t, str(6100 + i)], env=env, check=False)
