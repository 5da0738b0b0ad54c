"""PySide6 offscreen widgets. Usage: QT_SCALE_FACTOR=1.25 python gen_qt.py <scale> <dark0/1> <idx>"""
import os, sys, json, random
os.environ.setdefault('QT_QPA_PLATFORM','offscreen')
sys.path.insert(0, os.path.dirname(__file__)); import ids
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
ROOT='/tmp/ho47/screens'
app = QApplication([])
scale=float(sys.argv[1]); dark=sys.argv[2]=='1'; idx=int(sys.argv[3])
app.setStyle('Fusion')
if dark:
    p=QPalette(); p.setColor(QPalette.Window,QColor(45,45,48)); p.setColor(QPalette.WindowText,QColor(230,230,230)); p.setColor(QPalette.Base,QColor(30,30,30))
    p.setColor(QPalette.AlternateBase,QColor(40,40,44)); p.setColor(QPalette.Text,QColor(230,230,230)); p.setColor(QPalette.Button,QColor(55,55,60)); p.setColor(QPalette.ButtonText,QColor(230,230,230))
    app.setPalette(p)
items=[]
def rect_of(w, win, rr=None):
    rr = rr or w.rect()
    tl = w.mapTo(win, rr.topLeft()); d = win.devicePixelRatioF() if False else scale
    return [tl.x()*d, tl.y()*d, (tl.x()+rr.width())*d, (tl.y()+rr.height())*d]
def add(secret, kind, text, box): items.append({'s':secret,'kind':kind,'text':text,'rects':[box]})
r = random.Random(9000+idx)
win = QWidget(); win.setWindowTitle('x')
f = QFont('Liberation Sans Narrow' if idx%2 else 'DejaVu Sans', 10); win.setFont(f)
lay = QVBoxLayout(win)
title = QLabel('ServiceDesk – Incident INC%07d' % r.randint(1,9999999)); title.setFont(QFont('DejaVu Sans', 13, QFont.Bold)); lay.addWidget(title)
form = QFormLayout(); lay.addLayout(form)
n=ids.name(r); core=ids.mpan_core(r); m=ids.mprn(r); ser=ids.elec_serial(r); a=ids.address(r); ph=ids.phone(r); dev=ids.eui(r,'.' if idx%2 else ':')
fields=[('CALLER','name',n),('MPAN','mpan',ids.mpan_fmt(core)),('MPRN','mprn',m),('METER SERIAL','serial',ser.lower() if idx==1 else ser),('COMMS HUB','eui',dev),('PHONE','phone',ph)]
wl=[]
for lab,k,v in fields:
    L=QLabel(lab); e=QLineEdit(v); e.setMinimumWidth(300); form.addRow(L,e); wl.append((L,e,k,v))
addr=QPlainTextEdit('\n'.join(a)); addr.setFixedHeight(70); la=QLabel('SUPPLY ADDRESS'); form.addRow(la,addr)
cat=QComboBox(); cat.addItem('Smart Export Guarantee'); lc=QLabel('CATEGORY'); form.addRow(lc,cat)
tbl=QTableWidget(8,6); hdr=['Test ref','Flow','MPAN','Serial','Received','Amount']; tbl.setHorizontalHeaderLabels(hdr); tbl.setAlternatingRowColors(True)
rowsv=[]
for i in range(8):
    vals=[('k','tc',ids.tc(r)),('k','flow',ids.flow(r)),('s','mpan',ids.mpan_core(r)),('s','serial',ids.gas_serial(r) if i%3==0 else ids.elec_serial(r)),('k','timestamp',ids.ts(r)),('k','amount',ids.amount(r))]
    for j,(sk,k,v) in enumerate(vals): tbl.setItem(i,j,QTableWidgetItem(v))
    rowsv.append(vals)
tbl.resizeColumnsToContents(); tbl.setMinimumHeight(290); lay.addWidget(tbl)
status=QLabel(f'Assigned to: Field Ops Warrington   ·   build {ids.fw(r)}'); lay.addWidget(status)
win.resize(760, 760); win.show(); app.processEvents()
pm = win.grab(); img=pm.toImage()
name=f'q{idx:02d}_incident_{int(scale*100)}_{"dark" if dark else "light"}'
d = pm.devicePixelRatio(); scale=d
img.save(f'{ROOT}/corpus/{name}.png')
add(False,'heading',title.text(),rect_of(title,win))
for L,e,k,v in wl:
    add(False,'label',L.text(),rect_of(L,win)); add(True,k,v,rect_of(e,win))
add(False,'label','SUPPLY ADDRESS',rect_of(la,win)); add(False,'label','CATEGORY',rect_of(lc,win)); add(False,'product','Smart Export Guarantee',rect_of(cat,win))
vp=addr.viewport(); fm=QFontMetrics(addr.font()); lh=fm.lineSpacing()
for i,(k,v) in enumerate(zip(['address','town','postcode'],a)):
    y=4+i*lh; add(True,k,v,rect_of(vp,win,QRect(0,y,vp.width(),lh+2)))
for j,h in enumerate(hdr):
    x=tbl.horizontalHeader().sectionViewportPosition(j); add(False,'colhead',h,rect_of(tbl.horizontalHeader(),win,QRect(x,0,tbl.columnWidth(j),tbl.horizontalHeader().height())))
vh=tbl.verticalHeader()
for i,vals in enumerate(rowsv):
    add(False,'rownum',str(i+1),rect_of(vh,win,QRect(0,vh.sectionViewportPosition(i),vh.width(),tbl.rowHeight(i))))
    for j,(sk,k,v) in enumerate(vals):
        add(sk=='s',k,v,rect_of(tbl.viewport(),win,tbl.visualItemRect(tbl.item(i,j))))
add(False,'label','Field Ops Warrington',rect_of(status,win))
json.dump({'image':name+'.png','toolkit':'pyside6','design':'incident','scale':scale,'theme':'dark' if dark else 'light','items':items},open(f'{ROOT}/truth/{name}.json','w'),ensure_ascii=False)
print(name, img.width(), img.height(), len(items))
