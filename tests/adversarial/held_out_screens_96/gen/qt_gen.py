import os, sys, json, random
os.environ['QT_QPA_PLATFORM']='offscreen'
SCALE=float(sys.argv[1]); DARK=sys.argv[2]=='dark'; NAME=sys.argv[3]; SEED=int(sys.argv[4])
os.environ['QT_SCALE_FACTOR']=str(SCALE)
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
sys.path.insert(0,os.path.dirname(__file__))
from vals import *
r=random.Random(SEED)
app=QApplication([]); app.setStyle('Fusion')
f=QFont('DejaVu Sans',9); app.setFont(f)
if DARK:
    p=QPalette(); 
    for role,c in [(QPalette.Window,'#2d2d30'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#2a2a2a'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#3a3a3d'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#264f78'),(QPalette.HighlightedText,'#ffffff')]:
        p.setColor(role,QColor(c))
    app.setPalette(p)
items=[]   # (kind/keep, text, widget, rect-in-widget or None)
def S(kind,v,w,rect=None): items.append(('s',kind,v,w,rect))
def K(v,w,rect=None,kind='keep'): items.append(('k',kind,v,w,rect))
win=QMainWindow(); win.setWindowTitle('Meter Asset Console'); win.resize(1180,720)
central=QWidget(); win.setCentralWidget(central); lay=QHBoxLayout(central)
# left: form in a group box
gb=QGroupBox('Supply point'); fl=QFormLayout(gb)
def row(label,kind,val,keep=False):
    l=QLabel(label); e=QLineEdit(val); e.setCursorPosition(0); fl.addRow(l,e); K(label,l)
    (K(val,e) if keep else S(kind,val,e))
nm=name(r); st,town,pc=address(r); core=mpan_core(r); pt,mt,ll=mpan_top(r)
row('MPAN core','mpan',core); row('Top line',None,f'{pt} {mt} {ll}',keep=True); row('Meter serial','eserial',eserial(r)); row('MPRN','mprn',mprn(r))
row('Gas meter','gserial',gserial(r)); row('ESME ID','eui64',eui(r)); row('Customer','name',nm); row('Address','address',st)
row('Town',None,town,keep=True); row('Postcode','postcode',pc); row('Phone','phone',phone(r)); row('Email','email',email(r,nm)); row('Account','account',account(r))
row('Test case',None,tc(r),keep=True); row('Reference',None,mref(r),keep=True)
left=QVBoxLayout(); left.addWidget(gb); lay.addLayout(left,2)
# right: tabs with a table and an icon-mode list and a log
tabs=QTabWidget(); lay.addWidget(tabs,3)
tbl=QTableWidget(12,5); hdr=['MPAN','Serial','Last read','Flow','Updated']; tbl.setHorizontalHeaderLabels(hdr)
tbl.setAlternatingRowColors(True)
for i in range(12):
    vals=[('mpan',mpan_core(r)),('eserial',eserial(r)),(None,reading(r)),(None,flow(r)),(None,ts(r))]
    for j,(k,v) in enumerate(vals):
        it=QTableWidgetItem(v); tbl.setItem(i,j,it); items.append(('s' if k else 'k',k or 'keep',v,tbl,('cell',i,j)))
tbl.resizeColumnsToContents()
split=QSplitter(Qt.Vertical); split.addWidget(tbl)
lw=QListWidget(); lw.setViewMode(QListWidget.IconMode); lw.setWordWrap(True); lw.setGridSize(QSize(150,80)); lw.setResizeMode(QListWidget.Adjust)
icon=app.style().standardIcon(QStyle.SP_FileIcon)
for i in range(6):
    k=r.choice(['mpan','eserial','mprn'])
    v={'mpan':mpan_core(r),'eserial':eserial(r),'mprn':mprn(r)}[k]
    fn=f'{k.upper()}_{v}_{r.choice(["photo","read","screen"])}.png'
    it=QListWidgetItem(icon,fn); lw.addItem(it); items.append(('s',k,v,lw,('list',i,fn)))
split.addWidget(lw)
tabs.addTab(split,'Supplies'); 
log=QPlainTextEdit(); tabs.addTab(log,'Log')
win.statusBar().showMessage(f'Connected · {dip(r)} · {fw(r)}')
win.show(); app.processEvents()
for _ in range(3): app.processEvents()
pm=win.grab(); dpr=pm.devicePixelRatio()
img=pm.toImage(); path=f'/tmp/ho49/screens/corpus/{NAME}.png'; img.save(path)
out=[]
for typ,kind,v,w,rect in items:
    if rect is None:
        tl=w.mapTo(win,QPoint(0,0)); R=QRect(tl,w.size())
        if isinstance(w,QLineEdit):
            fm=w.fontMetrics(); tw=fm.horizontalAdvance(v); cr=w.cursorRect()
            R=QRect(tl.x()+4,tl.y(),min(tw+6,w.width()-4),w.height())
        elif isinstance(w,QLabel):
            R=QRect(tl,QSize(min(w.fontMetrics().horizontalAdvance(v)+2,w.width()),w.height()))
    elif rect[0]=='cell':
        vr=w.visualItemRect(w.item(rect[1],rect[2])); tl=w.viewport().mapTo(win,vr.topLeft()); R=QRect(tl,vr.size())
        if not w.viewport().rect().intersects(vr): continue
        vis=vr.intersected(w.viewport().rect()); tl=w.viewport().mapTo(win,vis.topLeft()); R=QRect(tl,vis.size())
        if vis.height()<vr.height()*0.6: continue
    elif rect[0]=='list':
        vr=w.visualItemRect(w.item(rect[1])); tl=w.viewport().mapTo(win,vr.topLeft()); R=QRect(tl,vr.size())
    b=[R.left()*dpr,R.top()*dpr,(R.right()+1)*dpr,(R.bottom()+1)*dpr]
    out.append({'s':kind if typ=='s' else None,'k':kind if typ=='k' else None,'text':v,'box':b,'parts':[b]})
# header keeps and the status bar
for j,hname in enumerate(hdr):
    x=tbl.horizontalHeader().sectionViewportPosition(j); tl=tbl.horizontalHeader().viewport().mapTo(win,QPoint(x,0))
    b=[tl.x()*dpr,tl.y()*dpr,(tl.x()+tbl.horizontalHeader().sectionSize(j))*dpr,(tl.y()+tbl.horizontalHeader().height())*dpr]
    out.append({'s':None,'k':'header','text':hname,'box':b,'parts':[b]})
json.dump({'toolkit':'qt','design':'asset_console','scale':SCALE,'theme':'dark' if DARK else 'light','items':out},open(f'/tmp/ho49/screens/gen/truth_qt_{NAME}.json','w'))
print(NAME,img.width(),img.height(),len(out))
