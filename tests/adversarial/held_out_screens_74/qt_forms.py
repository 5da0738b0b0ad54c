import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
import ids
scale=float(sys.argv[1]); dark=sys.argv[2]=="dark"; name=sys.argv[3]; seed=int(sys.argv[4])
ids.R.seed(seed)
os.environ["QT_QPA_PLATFORM"]="offscreen"; os.environ["QT_SCALE_FACTOR"]=str(scale)
from PySide6.QtWidgets import *
from PySide6.QtGui import QPalette, QColor, QFont
from PySide6.QtCore import QDate, QPoint, Qt
app=QApplication([]); app.setStyle("Fusion")
if dark:
    p=QPalette(); 
    for role,c in [(QPalette.Window,"#2b2d31"),(QPalette.WindowText,"#e3e3e3"),(QPalette.Base,"#1e1f22"),(QPalette.AlternateBase,"#2b2d31"),(QPalette.Text,"#e3e3e3"),(QPalette.Button,"#3a3c41"),(QPalette.ButtonText,"#e3e3e3"),(QPalette.Highlight,"#3d6dcc"),(QPalette.PlaceholderText,"#8a8d93")]:
        p.setColor(role,QColor(c))
    app.setPalette(p)
f=QFont("DejaVu Sans"); f.setPointSize(10); app.setFont(f)
items=[]; reg=[]
win=QMainWindow(); win.setWindowTitle("FieldForce Installer"); win.resize(1000,640)
cw=QWidget(); win.setCentralWidget(cw); h=QHBoxLayout(cw)
left=QWidget(); form=QFormLayout(left); h.addWidget(left,3)
def idw(w,kind,val): reg.append((w,"id",kind,val)); return w
def kw(w,kind,val): reg.append((w,"keep",kind,val)); return w
n=ids.name(); a=ids.address(); m=ids.mpan_core(); g=ids.mprn(); e=ids.eui(); gs=ids.gserial(); es=ids.eserial(); ph=ids.phone()
jr=kw(QLabel("JOB-2026-55831"),"ref","JOB-2026-55831"); form.addRow(kw(QLabel("Job reference"),"label","Job reference"), jr)
form.addRow(QLabel("Customer"), idw(QLineEdit(n),"NAME",n))
form.addRow(QLabel("Address"), idw(QLineEdit(a[0]),"ADDRESS",a[0]))
form.addRow(QLabel("Postcode"), idw(QLineEdit(a[2]),"POSTCODE",a[2]))
form.addRow(QLabel("Contact"), idw(QLineEdit(ph),"PHONE",ph))
form.addRow(kw(QLabel("Supply number"),"label","Supply number"), idw(QLineEdit(f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"),"MPAN",m))
row=QWidget(); rl=QHBoxLayout(row); rl.setContentsMargins(0,0,0,0)
rl.addWidget(idw(QLineEdit(g),"MPRN",g)); de=QDateEdit(QDate(2026,12,9)); de.setDisplayFormat("dd/MM/yyyy"); de.setCalendarPopup(True); rl.addWidget(kw(de,"date","09/12/2026"))
form.addRow(kw(QLabel("Gas supply point"),"label","Gas supply point"), row)
form.addRow(QLabel("Comms hub (EUI)"), idw(QLineEdit(ids.eui_fmt(e,".",True)),"EUI64",e))
gsd=gs.lower(); gsd=" ".join([gsd[:3],gsd[3:7],gsd[7:11],gsd[11:]])
form.addRow(QLabel("Gas meter serial"), idw(QLineEdit(gsd),"SERIAL",gs))
ph2=QLineEdit(); ph2.setPlaceholderText("e.g. MPAN-REF-07"); form.addRow(QLabel("Test data ref"), kw(ph2,"placeholder","MPAN-REF-07"))
form.addRow(QLabel("Reading (kWh)"), kw(QLineEdit("18,204.3"),"amount","18,204.3"))
right=QTabWidget(); h.addWidget(right,4)
tree=QTreeWidget(); tree.setHeaderLabels(["Asset","Identifier","Installed"]); tree.setColumnWidth(0,150); tree.setColumnWidth(1,210)
e2=ids.eui(); es2=ids.eserial(); m2=ids.mpan_core()
site=QTreeWidgetItem(["Site 0117 Keighley","","03/12/2026"]); tree.addTopLevelItem(site)
c1=QTreeWidgetItem(["ESME", ids.eui_fmt(e2,"-"), "03/12/2026"]); site.addChild(c1)
c2=QTreeWidgetItem(["Meter serial", es2, "03/12/2026"]); site.addChild(c2)
c3=QTreeWidgetItem(["MPAN", m2, "03/12/2026"]); site.addChild(c3)
c4=QTreeWidgetItem(["Firmware", "v4.2.19 (build 8831)", "01/12/2026"]); site.addChild(c4)
tree.expandAll()
right.addTab(tree,"Meters (3)"); right.addTab(QWidget(),"Photos (12)"); right.addTab(QWidget(),"Notes")
sb=QStatusBar(); win.setStatusBar(sb); sbl=QLabel("Connected: amqps://broker-uat.fieldforce.local:5671  queue=jobs.in  msg 7f3e91c2"); sb.addWidget(sbl)
kw(sbl,"conn","broker-uat.fieldforce.local:5671")
win.show(); app.processEvents()
pm=win.grab(); dpr=pm.devicePixelRatio()
img=pm.toImage(); out=f"/tmp/ho44/screens/corpus/{name}.png"; img.save(out)
def rect_of(w):
    p=w.mapTo(win,QPoint(0,0)); return [p.x()*dpr,p.y()*dpr,(p.x()+w.width())*dpr,(p.y()+w.height())*dpr]
for w,t,k,v in reg: items.append({"type":t,"kind":k,"value":v,"rects":[rect_of(w)],"rot":0})
vp=tree.viewport()
for it,col,t,k,v in [(c1,1,"id","EUI64",e2),(c2,1,"id","SERIAL",es2),(c3,1,"id","MPAN",m2),(c4,1,"keep","version","v4.2.19 (build 8831)"),(site,0,"keep","site","Site 0117 Keighley"),(c1,2,"keep","date","03/12/2026")]:
    r=tree.visualItemRect(it); x0=tree.header().sectionViewportPosition(col); wdt=tree.header().sectionSize(col)
    p=vp.mapTo(win,QPoint(x0,r.y())); items.append({"type":t,"kind":k,"value":v,"rects":[[p.x()*dpr,p.y()*dpr,(p.x()+wdt)*dpr,(p.y()+r.height())*dpr]],"rot":0})
tb=right.tabBar()
for i,lab in enumerate(["Meters (3)","Photos (12)"]):
    r=tb.tabRect(i); p=tb.mapTo(win,r.topLeft()); items.append({"type":"keep","kind":"count","value":lab,"rects":[[p.x()*dpr,p.y()*dpr,(p.x()+r.width())*dpr,(p.y()+r.height())*dpr]],"rot":0})
json.dump({"file":name+".png","toolkit":"pyside6","scale":scale,"items":items},open(f"/tmp/ho44/screens/truth/{name}.json","w"),indent=1)
print(name, img.width(), img.height(), dpr)
