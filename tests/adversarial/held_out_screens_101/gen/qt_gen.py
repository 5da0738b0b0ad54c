import os, sys, json, random
os.environ.setdefault('QT_QPA_PLATFORM','offscreen')
sys.path.insert(0, os.path.dirname(__file__))
sys.path.append('/tmp/ho50/screens/venv/lib/python3.11/site-packages')
from ids import V
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
OUT='/tmp/ho50/screens'
sc=float(os.environ['QT_SCALE_FACTOR']); dark=os.environ.get('DARK')=='1'; seed=int(os.environ['SEED'])
app=QApplication([]); app.setStyle('Fusion')
fam = 'DejaVu Sans'; app.setFont(QFont(fam, 10))
if dark:
    p=QPalette(); 
    for r,c in [(QPalette.Window,'#2b2b2b'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#262626'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#353535'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#2a82da'),(QPalette.HighlightedText,'#ffffff')]:
        p.setColor(r,QColor(c))
    app.setPalette(p)
v=V(seed); random.seed(seed)
items=[]
w=QWidget(); w.resize(1180,720); lay=QHBoxLayout(w)
left=QVBoxLayout(); lay.addLayout(left,3)
title=QLabel('Meter Asset Console — SIT2'); f=QFont(fam,14); f.setBold(True); title.setFont(f); left.addWidget(title)
reg=[]  # (widget, text, kind, secret, rect_fn)
reg.append((title,'Meter Asset Console','heading',False,None))
form=QFormLayout(); left.addLayout(form)
n=v.name(); a,t,pc=v.addr()
vals=[('Customer',n,'name',True,'it'),('Address',a,'address',True,''),('Town',t,'town',False,''),('Postcode',pc,'postcode',True,'bi'),('MPAN',v.mpan(' '),'mpan',True,'bi'),
      ('MPRN',v.mprn(),'mprn',True,'it'),('Comms hub',v.eui('.'),'eui64',True,''),('Phone',v.phone(),'phone',True,''),('Work order',v.wo(),'wo',False,''),('Test case',v.tc(),'tc',False,'it')]
for lab,val,kind,sec,sty in vals:
    L=QLabel(lab+':'); E=QLineEdit(val) if lab in ('MPRN','Phone','Comms hub') else QLabel(val)
    fnt=QFont(fam,10); fnt.setItalic('i' in sty); fnt.setBold('b' in sty); E.setFont(fnt)
    form.addRow(L,E); reg.append((L,lab,'label',False,None)); reg.append((E,val,kind,sec,'text'))
tbl=QTableWidget(9,4); tbl.setHorizontalHeaderLabels(['Supply (wrapped)','Meter serial','Flow','Amount']); tbl.setWordWrap(True)
tbl.setColumnWidth(0,110); tbl.setColumnWidth(1,120); tbl.setColumnWidth(2,70); tbl.setColumnWidth(3,80)
cells=[]
for r in range(9):
    row=[(v.mpan(' '),'mpan',True),(v.eserial() if r%2 else v.gserial(),'serial',True),(v.flow(),'flow',False),(v.amt(),'amount',False)]
    for c,(txt,k,s) in enumerate(row):
        it=QTableWidgetItem(txt); tbl.setItem(r,c,it); cells.append((r,c,txt,k,s))
tbl.resizeRowsToContents(); left.addWidget(tbl)
right=QVBoxLayout(); lay.addLayout(right,2)
hl=QLabel('Devices (multi-select)'); right.addWidget(hl); reg.append((hl,'Devices','label',False,None))
lst=QListWidget(); lst.setSelectionMode(QAbstractItemView.ExtendedSelection)
lvals=[]
for i in range(12):
    e=v.eui(['-',':',''][i%3]); lst.addItem(e); lvals.append(e)
for i in (1,2,6,7,10): lst.item(i).setSelected(True)
right.addWidget(lst)
tr=QTreeWidget(); tr.setHeaderLabels(['Asset','Detail'])
tvals=[]
for s in range(3):
    top=QTreeWidgetItem(['Site %d'%(s+1), v.addr()[2]]); tr.addTopLevelItem(top); tvals.append((top,0,'Site %d'%(s+1),'label',False)); tvals.append((top,1,top.text(1),'postcode',True))
    for m in range(2):
        ch=QTreeWidgetItem([v.ref(), v.core()]); top.addChild(ch); tvals.append((ch,0,ch.text(0),'mpanref',False)); tvals.append((ch,1,ch.text(1),'mpan',True))
        g=QTreeWidgetItem([v.fw(), v.eserial()]); ch.addChild(g); tvals.append((g,0,g.text(0),'fw',False)); tvals.append((g,1,g.text(1),'serial',True))
tr.expandAll(); tr.setColumnWidth(0,170); right.addWidget(tr)
st=QLabel('Ready · '+v.ts()); right.addWidget(st); reg.append((st,st.text().split(' · ')[1],'ts',False,'text'))
w.show(); app.processEvents(); tbl.resizeRowsToContents(); app.processEvents()
pm=w.grab(); dpr=pm.devicePixelRatio(); img=pm.toImage()
def R(rect): return [round(rect.x()*dpr,1),round(rect.y()*dpr,1),round((rect.x()+rect.width())*dpr,1),round((rect.y()+rect.height())*dpr,1)]
def textrect(wd,txt):
    fm=QFontMetrics(wd.font()); g=wd.geometry(); p=wd.mapTo(w,QPoint(0,0))
    tw=fm.horizontalAdvance(txt); h=fm.height()
    if isinstance(wd,QLineEdit): x=p.x()+4; 
    else:
        full=wd.text(); x=p.x()+fm.horizontalAdvance(full[:full.find(txt)]) if txt in full else p.x()
    y=p.y()+(g.height()-h)//2
    return QRect(x,y,tw+2,h)
for wd,txt,k,s,mode in reg:
    items.append(dict(text=txt,kind=k,secret=s,parts=[R(textrect(wd,txt))],visible=True))
for r,c,txt,k,s in cells:
    rc=tbl.visualItemRect(tbl.item(r,c)); p=tbl.viewport().mapTo(w,rc.topLeft()); vis=rc.bottom()<=tbl.viewport().height()
    items.append(dict(text=txt,kind=k,secret=s,parts=[R(QRect(p,rc.size()))],visible=bool(vis)))
for i,e in enumerate(lvals):
    rc=lst.visualItemRect(lst.item(i)); p=lst.viewport().mapTo(w,rc.topLeft()); vis=rc.bottom()<=lst.viewport().height()
    items.append(dict(text=e,kind='eui64',secret=True,parts=[R(QRect(p,rc.size()))],visible=bool(vis),selected=i in (1,2,6,7,10)))
for it,col,txt,k,s in tvals:
    rc=tr.visualItemRect(it); 
    x0=tr.header().sectionViewportPosition(col); wcol=tr.header().sectionSize(col)
    rr=QRect(x0,rc.y(),wcol,rc.height()); p=tr.viewport().mapTo(w,rr.topLeft()); vis=rc.bottom()<=tr.viewport().height() and rc.y()>=0
    items.append(dict(text=txt,kind=k,secret=s,parts=[R(QRect(p,rr.size()))],visible=bool(vis)))
for i,h in enumerate(['Supply (wrapped)','Meter serial','Flow','Amount']):
    x=tbl.horizontalHeader().sectionViewportPosition(i); p=tbl.horizontalHeader().mapTo(w,QPoint(x,0))
    items.append(dict(text=h,kind='colhdr',secret=False,parts=[R(QRect(p,QSize(tbl.horizontalHeader().sectionSize(i),tbl.horizontalHeader().height())))],visible=True))
stem='q_console_%d_%s'%(int(sc*100),'dark' if dark else 'light')
img.save('%s/corpus/%s.png'%(OUT,stem))
json.dump({stem+'.png':dict(toolkit='qt',design='console',scale=sc,theme='dark' if dark else 'light',items=items)},open('%s/truth_%s.json'%(OUT,stem),'w'),ensure_ascii=False)
print(stem,img.width(),img.height(),dpr,sum(1 for x in items if x['secret']),sum(1 for x in items if not x['secret']))
