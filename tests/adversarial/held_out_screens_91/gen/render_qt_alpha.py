import sys, os, json, random
sys.path.insert(0, os.path.dirname(__file__))
import ids as I
from PySide6.QtGui import *
from PySide6.QtCore import *
from PySide6.QtWidgets import QApplication
ROOT = "/tmp/ho48/screens"; R = random.Random(4851)
app = QApplication([])
img = QImage(900, 300, QImage.Format_ARGB32); img.fill(Qt.transparent)
p = QPainter(img); p.setRenderHint(QPainter.Antialiasing); p.setRenderHint(QPainter.TextAntialiasing)
items = []
y = 50
for lab, val, kind in [("Site", I.name(R), "name"), ("MPAN", I.mpan_core(R), "mpan"), ("Hub", I.eui(R, "-"), "eui"), ("MSN", I.eserial(R), "eserial")]:
    f = QFont("DejaVu Sans", 20, QFont.Light); f.setItalic(kind == "name"); p.setFont(f); fm = QFontMetrics(f)
    for dx, col in [(2, QColor(0, 0, 0, 70)), (0, QColor(255, 255, 255, 170))]:
        p.setPen(col); p.drawText(40 + dx, y + dx, lab); p.drawText(160 + dx, y + dx, val)
    for t, kk, v, x in [("K", "label", lab, 40), ("S", kind, val, 160)]:
        br = fm.boundingRect(v); items.append(dict(t=t, kind=kk, text=v, rects=[[x + br.left(), y + br.top(), x + br.right() + 1, y + br.bottom() + 1]], clipped=False))
    y += 60
p.end(); img.save(f"{ROOT}/corpus/qt_alpha_white.png")
json.dump(dict(name="qt_alpha_white", file="qt_alpha_white.png", toolkit="pyside6-qpainter", scale=1.0, theme="transparent", size=[900, 300], note="white 67%-alpha light/italic text with soft shadow on a fully transparent PNG (QPainter)", items=items),
          open(f"{ROOT}/truth/qt_alpha_white.json", "w"), indent=0, ensure_ascii=False)
print("qt_alpha_white", len(items))
