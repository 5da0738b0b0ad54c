import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
import ids; from ids import *
tag, dark, scale, seed = sys.argv[1], sys.argv[2]=="1", float(sys.argv[3]), int(sys.argv[4])
ids.R.seed(seed)
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import Qt, QPoint
app=QApplication([]); app.setStyle("Fusion")
if dark:
    p=QPalette(); 
    for r,c in [(QPalette.Window,"#2b2b2b"),(QPalette.WindowText,"#e0e0e0"),(QPalette.Base,"#1e1e1e"),(QPalette.Text,"#e8e8e8"),(QPalette.Button,"#3a3a3a"),(QPalette.ButtonText,"#e0e0e0"),(QPalette.AlternateBase,"#262626"),(QPalette.Highlight,"#3d6fb4")]: p.setColor(r,QColor(c))
    app.setPalette(p)
items=[]
w=QWidget(); w.setWindowTitle("Meter point"); lay=QHBoxLayout(w)
left=QWidget(); form=QFormLayout(left); lay.addWidget(left)
def add(label, val, role, kind, widget="line"):
    if widget=="line": e=QLineEdit(val); e.setMinimumWidth(260)
    else: e=QLabel(val)
    form.addRow(QLabel(label), e); items.append((e, role, kind, val)); return e
hdr=QLabel("Smart meter details"); f=hdr.font(); f.setPointSize(14); f.setBold(True); hdr.setFont(f); form.addRow(hdr)
items.append((hdr,"keep","label","Smart meter details"))
e=eui(); s=serial(); g=gserial(); n=name(); mp=mprn(); c=mpan_core(); pc=postcode()
add("MPAN core", c, "id","mpan")
add("Gas supply point (MPRN)", mp, "id","mprn")
add("ESME serial", s.lower(), "id","serial")
add("GSME serial", " ".join([g[:3],g[3:7],g[7:]]), "id","serial_spaced")
add("ESME device id", ".".join(e[i:i+4] for i in range(0,16,4)), "id","eui64_dotted")
e2=eui(); add("CHF id", e2.lower(), "id","eui64_bare")
add("Occupier", n, "id","name")
add("Postcode", pc, "id","postcode")
add("Firmware", "0x4A2B0117", "keep","fw", "label")
add("Install date", "04/12/2026 10:42", "keep","date","label")
add("Work order", "WO-2026-0088417", "keep","wo","label")
add("Register", "1.8.0 / 2.8.0", "keep","reg","label")
add("Ref", "MPAN-REF-22", "keep","ref","label")
t=QTableWidget(7,4); t.setHorizontalHeaderLabels(["mpan_core","read_date","kwh","flow"]); t.setMinimumWidth(470); t.setMinimumHeight(260)
cells=[]
for r in range(7):
    vals=[mpan_core(), f"2026-12-0{r+1}", f"{R.uniform(1000,99999):.1f}", R.choice(["D0010","D0086"])]
    for col,v in enumerate(vals): t.setItem(r,col,QTableWidgetItem(v)); cells.append((r,col,v))
t.resizeColumnsToContents(); lay.addWidget(t)
w.resize(1000,430); w.show(); app.processEvents()
pm=w.grab(); dpr=pm.devicePixelRatio(); pm.save(f"/tmp/ho45/screens/corpus/{tag}.png")
out=[]
for wd,role,kind,val in items:
    tl=wd.mapTo(w,QPoint(0,0)); out.append({"r":role,"k":kind,"v":val.replace(" ","") if kind in("serial_spaced",) else val,"rot":"0","box":[round(tl.x()*dpr),round(tl.y()*dpr),round((tl.x()+wd.width())*dpr),round((tl.y()+wd.height())*dpr)]})
vp=t.viewport()
for r,col,v in cells:
    rc=t.visualItemRect(t.item(r,col)); tl=vp.mapTo(w,rc.topLeft())
    out.append({"r":"id" if col==0 else "keep","k":"mpan" if col==0 else "cell","v":v,"rot":"0","box":[round(tl.x()*dpr),round(tl.y()*dpr),round((tl.x()+rc.width())*dpr),round((tl.y()+rc.height())*dpr)]})
for r in range(7):
    hdr=t.verticalHeader(); y=hdr.sectionViewportPosition(r); tl=hdr.viewport().mapTo(w,QPoint(0,y))
    out.append({"r":"keep","k":"rownum","v":str(r+1),"rot":"0","box":[round(tl.x()*dpr),round(tl.y()*dpr),round((tl.x()+hdr.width())*dpr),round((tl.y()+hdr.sectionSize(r))*dpr)]})
json.dump({"toolkit":"pyside6","scale":scale,"dark":dark,"items":out},open(f"/tmp/ho45/screens/work/tq_{tag}.json","w"))
print(tag, pm.width(), pm.height(), dpr)
